"""CSV exports for spreadsheets: ``entities.csv`` and ``relations.csv``.

Both are UTF-8 *with* a byte-order mark, so that Excel (which otherwise reads CSV in the
system code page, GBK on Chinese Windows) shows the Chinese text; Python reads them with
``encoding="utf-8-sig"``.  Lines end in CRLF (RFC 4180); rows come in the graph model's
sorted order, so the same graph gives the same bytes.

``entities.csv`` — one row per entity:

    id, iri, type, label, aliases (``|``-joined), articles (how many mention it), roles (``|``-joined)

``relations.csv`` — one row per edge, as the issue asks ("one row per edge, with its
evidence sentence and article headline"):

    subject, subject_iri, predicate, object, object_iri, evidence_count,
    basis, sentence, headline, source, start, end, rule, occurrences, also_in,
    <one column per qualifier>, other_qualifiers

An edge stated in several places has ``evidence_count`` > 1 and every evidence column
holds one value per evidence, in the same order, joined by `` ‖ `` (so the n-th part of
``sentence`` goes with the n-th part of ``start``).  ``basis`` is ``stated`` (the sentence
says it) or ``inferred`` (kg concluded it: the divisions data, a place inside a name, the
article's place; no sentence and no offsets are shown).  Identical evidence is one part:
``occurrences`` says how many times it was found and ``also_in`` lists the other articles
(``|``-joined).  A qualifier column is empty when no evidence of the edge has that
qualifier; otherwise it keeps a (possibly empty) part for each evidence, so the parts
stay aligned.

``investments.csv`` — one row per investment a sentence states for a project (its own
money, whoever pays; who pays is a ``funds`` row of relations.csv):

    project, project_iri, amount, currency, amount_text, money_kind, period, date, modality,
    sentence, headline, source, start, end, rule, occurrences, also_in
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from kg.schema import QUALIFIERS

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import rdflib

    from kg.records import Evidence

__all__ = [
    "ENTITY_COLUMNS",
    "RELATION_COLUMNS",
    "QUALIFIER_COLUMNS",
    "LIST_SEPARATOR",
    "EVIDENCE_SEPARATOR",
    "render_entities",
    "render_relations",
    "render_investments",
    "INVESTMENT_COLUMNS",
]

#: Joins aliases and roles in one cell.
LIST_SEPARATOR = "|"
#: Joins the values of an edge's several evidences in one cell.
EVIDENCE_SEPARATOR = " ‖ "

ENTITY_COLUMNS = ("id", "iri", "type", "label", "aliases", "articles", "roles")
#: Qualifier keys with a column of their own, in order (those of RelationMention).
QUALIFIER_COLUMNS = tuple(QUALIFIERS)  # one column per qualifier of kg.schema, in its order
RELATION_COLUMNS = (
    "subject", "subject_iri", "predicate", "object", "object_iri", "evidence_count",
    "basis", "sentence", "headline", "source", "start", "end", "rule", "occurrences", "also_in",
    *QUALIFIER_COLUMNS, "other_qualifiers",
)
INVESTMENT_COLUMNS = (
    "project", "project_iri", "amount", "currency", "amount_text", "money_kind", "period", "date", "modality",
    "sentence", "headline", "source", "start", "end", "rule", "occurrences", "also_in",
)


def _csv(header: tuple[str, ...], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def render_entities(G: nx.MultiDiGraph, rdf: rdflib.Graph | None = None) -> bytes:
    """``entities.csv`` of the graph model ``G`` (``rdf`` is not used).

    >>> from kg.graph.model import build_graph
    >>> from kg.records import Entity
    >>> G = build_graph([Entity("Agency/即墨区住房和城乡建设局", "Agency", "即墨区住房和城乡建设局", {"区住建局"})], [], {})
    >>> print(render_entities(G).decode("utf-8-sig").replace("\\r\\n", "\\n"), end="")
    id,iri,type,label,aliases,articles,roles
    Agency/即墨区住房和城乡建设局,https://w3id.org/kgnews/id/agency/即墨区住房和城乡建设局,Agency,即墨区住房和城乡建设局,区住建局,0,
    """
    from kg.graph.vocab import entity_iri

    rows = []
    for node_id, data in sorted(G.nodes(data=True), key=lambda item: item[0]):
        rows.append([
            node_id,
            str(entity_iri(node_id)),
            data.get("type", ""),
            data.get("label", ""),
            LIST_SEPARATOR.join(data.get("aliases", ())),
            str(len(data.get("articles", ()))),
            LIST_SEPARATOR.join(data.get("roles", ())),
        ])
    return _csv(ENTITY_COLUMNS, rows)


def _joined(values: list[str]) -> str:
    """Join per-evidence values; empty when every one is empty."""
    return EVIDENCE_SEPARATOR.join(values) if any(values) else ""


def _headline(G: nx.MultiDiGraph, ev: Evidence) -> str:
    article = G.graph.get("articles", {}).get(ev.article)
    return ev.headline or (article.headline if article is not None else None) or ""


def _offsets(ev: Evidence) -> tuple[str, str]:
    """An evidence's offsets as cells: none for an inference (no sentence says it)."""
    return (str(ev.source_start), str(ev.source_end)) if ev.basis == "stated" else ("", "")


def render_relations(G: nx.MultiDiGraph, rdf: rdflib.Graph | None = None) -> bytes:
    """``relations.csv`` of the graph model ``G``: one row per edge (``rdf`` is not used)."""
    from kg.graph.vocab import entity_iri

    rows = []
    for s, o, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        evidence: tuple[Evidence, ...] = tuple(data.get("evidence", ()))

        def headline(ev: Evidence) -> str:
            return _headline(G, ev)

        qualifiers = [dict(ev.qualifiers) for ev in evidence]
        other = [
            "; ".join(f"{k}={v}" for k, v in ev.qualifiers if k not in QUALIFIER_COLUMNS) for ev in evidence
        ]
        rows.append([
            G.nodes[s].get("label", s),
            str(entity_iri(s)),
            data.get("predicate", key),
            G.nodes[o].get("label", o),
            str(entity_iri(o)),
            str(len(evidence)),
            _joined([ev.basis for ev in evidence]),
            _joined([ev.sentence for ev in evidence]),
            _joined([headline(ev) for ev in evidence]),
            _joined([ev.source for ev in evidence]),
            _joined([_offsets(ev)[0] for ev in evidence]),
            _joined([_offsets(ev)[1] for ev in evidence]),
            _joined([ev.rule for ev in evidence]),
            _joined([str(ev.count) for ev in evidence]),
            _joined([LIST_SEPARATOR.join(ev.others) for ev in evidence]),
            *(_joined([q.get(k, "") for q in qualifiers]) for k in QUALIFIER_COLUMNS),
            _joined(other),
        ])
    return _csv(RELATION_COLUMNS, rows)


def render_investments(G: nx.MultiDiGraph, rdf: rdflib.Graph | None = None) -> bytes:
    """``investments.csv`` of the graph model ``G``: one row per investment a sentence states.

    >>> from kg.graph.model import build_graph
    >>> from kg.records import Entity, Evidence
    >>> ev = Evidence("f.txt#0", "f.txt", None, "乙工程总投资5亿元。", 0, 10, "investment",
    ...               (("amount", "500000000"), ("amount_text", "5亿元"), ("money_kind", "总投资")))
    >>> G = build_graph([Entity("Project/乙工程", "Project", "乙工程", investments={ev})], [], {})
    >>> print(render_investments(G).decode("utf-8-sig").splitlines()[1])
    乙工程,https://w3id.org/kgnews/id/project/乙工程,500000000,CNY,5亿元,总投资,,,,乙工程总投资5亿元。,,f.txt,0,10,investment,1,
    """
    from kg.graph.vocab import entity_iri

    rows = []
    for node, data in sorted(G.nodes(data=True), key=lambda item: item[0]):
        for ev in data.get("investments", ()):
            q = dict(ev.qualifiers)
            rows.append([
                data.get("label", node), str(entity_iri(node)), q.get("amount", ""), "CNY" if q.get("amount") else "",
                q.get("amount_text", ""), q.get("money_kind", ""), q.get("period", ""), q.get("date", ""),
                q.get("modality", ""), ev.sentence, _headline(G, ev), ev.source, *_offsets(ev), ev.rule, str(ev.count),
                LIST_SEPARATOR.join(ev.others),
            ])
    return _csv(INVESTMENT_COLUMNS, rows)
