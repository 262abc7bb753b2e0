"""CSV exports for spreadsheets: ``entities.csv`` and ``relations.csv``.

Both are UTF-8 *with* a byte-order mark, so that Excel (which otherwise reads CSV in the
system code page, GBK on Chinese Windows) shows the Chinese text; Python reads them with
``encoding="utf-8-sig"``.  Lines end in CRLF (RFC 4180); rows come in the graph model's
sorted order, so the same graph gives the same bytes.

``entities.csv`` — one row per entity:

    id, iri, type, label, aliases (``|``-joined), articles (how many mention it), roles (``|``-joined)

``relations.csv`` — one row per edge, with the first few of its evidence sentences:

    subject, subject_iri, predicate, object, object_iri, evidence_count, evidence_listed,
    basis, sentence, headline, source, start, end, rule, occurrences, also_in,
    <one column per qualifier>, other_qualifiers

``evidence_count`` is how many evidence items the edge has (each one an ``rdf:Statement``
in ``graph.ttl``); ``evidence_listed`` how many of them this row shows: the first
:data:`EVIDENCE_IN_ROW` in the graph's order, so a row stays readable and within a
spreadsheet cell's limit however often the corpus repeats a fact.  When
``evidence_listed`` < ``evidence_count``, the rest are in ``graph.ttl`` and
``kg query provenance``.  Every column from ``basis`` on holds one part per listed
evidence, joined by `` ‖ ``, in the same order (the n-th part of ``sentence`` goes with the
n-th part of ``start``):

* ``basis`` — ``stated`` (the sentence says it) or ``inferred`` (kg concluded it: the
  divisions data, a place inside a name, the article's place; no sentence and no offsets
  are shown), as ``kg:basis`` in the RDF;
* ``sentence``, ``headline``, ``source`` (the file), ``start``/``end`` (character offsets
  into the decoded file), ``rule`` (the rule that found it);
* ``occurrences`` — how often that evidence was found for the edge (identical evidence is
  kept once per edge, at its first place); ``also_in`` the other articles it was found in
  (``|``-joined, the first :data:`ALSO_IN_LISTED`, then ``+N``);
* a qualifier column is empty when no listed evidence has that qualifier; otherwise it
  keeps a (possibly empty) part for each, so the parts stay aligned.

``investments.csv`` — one row per investment a sentence states for a project (its own
money, whoever pays; who pays is a ``funds`` row of relations.csv):

    project, project_iri, amount, currency, amount_text, money_kind, period, date, modality,
    sentence, headline, source, start, end, rule, occurrences, also_in

No cell holds more than :data:`CELL_LIMIT` characters (Excel's limit): a longer one is
cut and ends with ``…[N more characters]``.
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
    "EVIDENCE_IN_ROW",
    "CELL_LIMIT",
    "ALSO_IN_LISTED",
    "fit_cell",
    "render_entities",
    "render_relations",
    "render_investments",
    "INVESTMENT_COLUMNS",
]

#: Joins aliases and roles in one cell.
LIST_SEPARATOR = "|"
#: Joins the values of an edge's several evidences in one cell.
EVIDENCE_SEPARATOR = " ‖ "
#: How many of an edge's evidence items its row of ``relations.csv`` lists (the first ones).
EVIDENCE_IN_ROW = 3
#: How many of an evidence's other articles ``also_in`` names (then ``+N``).
ALSO_IN_LISTED = 10
#: The most characters one cell may hold: Excel's limit (LibreOffice allows more).
CELL_LIMIT = 32_767

ENTITY_COLUMNS = ("id", "iri", "type", "label", "aliases", "articles", "roles")
#: Qualifier keys with a column of their own, in order (those of RelationMention).
QUALIFIER_COLUMNS = tuple(QUALIFIERS)  # one column per qualifier of kg.schema, in its order
RELATION_COLUMNS = (
    "subject", "subject_iri", "predicate", "object", "object_iri", "evidence_count", "evidence_listed",
    "basis", "sentence", "headline", "source", "start", "end", "rule", "occurrences", "also_in",
    *QUALIFIER_COLUMNS, "other_qualifiers",
)
INVESTMENT_COLUMNS = (
    "project", "project_iri", "amount", "currency", "amount_text", "money_kind", "period", "date", "modality",
    "sentence", "headline", "source", "start", "end", "rule", "occurrences", "also_in",
)


def fit_cell(text: str, limit: int = CELL_LIMIT) -> str:
    """``text``, or as much of its start as fits in ``limit`` characters with a note of what was cut.

    >>> cut = fit_cell("一二三四五六七八九十" * 5, limit=30)
    >>> cut, len(cut)
    ('一二三四五六七八九…[41 more characters]', 30)
    >>> fit_cell("短", limit=30)
    '短'
    """
    if len(text) <= limit:
        return text
    kept = limit
    for _ in range(3):  # the note's length depends on the number in it, which depends on the note
        note = f"…[{len(text) - kept} more characters]"
        if kept + len(note) <= limit:
            return text[:kept] + note
        kept = limit - len(note)
        if kept <= 0:
            break
    return text[:limit]  # a limit too small for any note


def _csv(header: tuple[str, ...], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows([fit_cell(cell) for cell in row] for row in rows)
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


def _also_in(ev: Evidence) -> str:
    """The other articles an evidence was found in, the first :data:`ALSO_IN_LISTED` and a count.

    >>> from kg.records import Evidence
    >>> ev = Evidence("a#0", "a", None, "句。", 0, 2, "r", others=tuple(f"f{i}#0" for i in range(12)))
    >>> _also_in(ev)
    'f0#0|f1#0|f2#0|f3#0|f4#0|f5#0|f6#0|f7#0|f8#0|f9#0|+2'
    """
    shown = list(ev.others[:ALSO_IN_LISTED])
    if len(ev.others) > ALSO_IN_LISTED:
        shown.append(f"+{len(ev.others) - ALSO_IN_LISTED}")
    return LIST_SEPARATOR.join(shown)


def render_relations(G: nx.MultiDiGraph, rdf: rdflib.Graph | None = None) -> bytes:
    """``relations.csv`` of the graph model ``G``: one row per edge, its first evidence (``rdf`` is not used)."""
    from kg.graph.vocab import entity_iri

    rows = []
    for s, o, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        evidence: tuple[Evidence, ...] = tuple(data.get("evidence", ()))
        listed = evidence[:EVIDENCE_IN_ROW]
        qualifiers = [dict(ev.qualifiers) for ev in listed]
        other = [
            "; ".join(f"{k}={v}" for k, v in ev.qualifiers if k not in QUALIFIER_COLUMNS) for ev in listed
        ]
        rows.append([
            G.nodes[s].get("label", s),
            str(entity_iri(s)),
            data.get("predicate", key),
            G.nodes[o].get("label", o),
            str(entity_iri(o)),
            str(len(evidence)),
            str(len(listed)),
            _joined([ev.basis for ev in listed]),
            _joined([ev.sentence for ev in listed]),
            _joined([_headline(G, ev) for ev in listed]),
            _joined([ev.source for ev in listed]),
            _joined([_offsets(ev)[0] for ev in listed]),
            _joined([_offsets(ev)[1] for ev in listed]),
            _joined([ev.rule for ev in listed]),
            _joined([str(ev.count) for ev in listed]),
            _joined([_also_in(ev) for ev in listed]),
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
                _also_in(ev),
            ])
    return _csv(INVESTMENT_COLUMNS, rows)
