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
    sentence, headline, source, start, end, rule, <one column per qualifier>, other_qualifiers

An edge stated in several places has ``evidence_count`` > 1 and every evidence column
holds one value per evidence, in the same order, joined by `` ‖ `` (so the n-th part of
``sentence`` goes with the n-th part of ``start``).  A qualifier column is empty when no
evidence of the edge has that qualifier; otherwise it keeps a (possibly empty) part for
each evidence, so the parts stay aligned.
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
    "sentence", "headline", "source", "start", "end", "rule", *QUALIFIER_COLUMNS, "other_qualifiers",
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


def render_relations(G: nx.MultiDiGraph, rdf: rdflib.Graph | None = None) -> bytes:
    """``relations.csv`` of the graph model ``G``: one row per edge (``rdf`` is not used)."""
    from kg.graph.vocab import entity_iri

    articles = G.graph.get("articles", {})
    rows = []
    for s, o, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        evidence: tuple[Evidence, ...] = tuple(data.get("evidence", ()))

        def headline(ev: Evidence) -> str:
            article = articles.get(ev.article)
            return ev.headline or (article.headline if article is not None else None) or ""

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
            _joined([ev.sentence for ev in evidence]),
            _joined([headline(ev) for ev in evidence]),
            _joined([ev.source for ev in evidence]),
            _joined([str(ev.source_start) for ev in evidence]),
            _joined([str(ev.source_end) for ev in evidence]),
            _joined([ev.rule for ev in evidence]),
            *(_joined([q.get(k, "") for q in qualifiers]) for k in QUALIFIER_COLUMNS),
            _joined(other),
        ])
    return _csv(RELATION_COLUMNS, rows)
