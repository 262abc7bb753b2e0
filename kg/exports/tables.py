"""CSV exports for spreadsheets: ``entities.csv`` and ``relations.csv``.

Both are UTF-8 *with* a byte-order mark, so that Excel (which otherwise reads CSV in the
system code page, GBK on Chinese Windows) shows the Chinese text; Python reads them with
``encoding="utf-8-sig"``.  Lines end in CRLF (RFC 4180); rows come in the graph model's
sorted order, so the same graph gives the same bytes.

``entities.csv`` — one row per entity:

    id, iri, type, label, aliases (``|``-joined), articles (how many mention it), roles (``|``-joined)

``relations.csv`` — one row per edge, with the first few of its evidence sentences:

    subject, subject_iri, predicate, object, object_iri, evidence_count, evidence_listed,
    stated_or_inferred, times_found, sentence, headline, source, start, end, rule,
    <one column per qualifier>, other_qualifiers

``evidence_count`` is how many evidence items the edge has (each one an ``rdf:Statement``
in ``graph.ttl``); ``evidence_listed`` how many of them this row shows: the first
:data:`EVIDENCE_IN_ROW` in the graph's order, so a row stays readable and within a
spreadsheet cell's limit however often the corpus repeats a fact.  When
``evidence_listed`` < ``evidence_count``, the rest are in ``graph.ttl`` and
``kg query queries/provenance.rq``.  Every column from ``stated_or_inferred`` on holds one
part per listed evidence, joined by `` ‖ ``, in the same order (the n-th part of
``sentence`` goes with the n-th part of ``start``):

* ``stated_or_inferred`` — ``stated`` (a sentence says it) or ``inferred`` (kg derived it,
  e.g. from the gazetteer's nesting; such evidence has no sentence);
* ``times_found`` — how often that sentence was found for the edge (identical sentences
  are kept once per edge, with this count);
* ``sentence``, ``headline``, ``source`` (the file), ``start``/``end`` (character offsets
  into the decoded file), ``rule`` (the rule that found it);
* a qualifier column is empty when no listed evidence has that qualifier; otherwise it
  keeps a (possibly empty) part for each, so the parts stay aligned.

No cell holds more than :data:`CELL_LIMIT` characters (Excel's limit): a longer one is
cut and ends with ``…[N more characters]``.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from kg.exports._evidence import how_found, times_found
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
    "fit_cell",
    "render_entities",
    "render_relations",
]

#: Joins aliases and roles in one cell.
LIST_SEPARATOR = "|"
#: Joins the values of an edge's several evidences in one cell.
EVIDENCE_SEPARATOR = " ‖ "
#: How many of an edge's evidence items its row of ``relations.csv`` lists (the first ones).
EVIDENCE_IN_ROW = 3
#: The most characters one cell may hold: Excel's limit (LibreOffice allows more).
CELL_LIMIT = 32_767

ENTITY_COLUMNS = ("id", "iri", "type", "label", "aliases", "articles", "roles")
#: Qualifier keys with a column of their own, in order (those of RelationMention).
QUALIFIER_COLUMNS = tuple(QUALIFIERS)  # one column per qualifier of kg.schema, in its order
RELATION_COLUMNS = (
    "subject", "subject_iri", "predicate", "object", "object_iri", "evidence_count", "evidence_listed",
    "stated_or_inferred", "times_found", "sentence", "headline", "source", "start", "end", "rule", *QUALIFIER_COLUMNS, "other_qualifiers",
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


def render_relations(G: nx.MultiDiGraph, rdf: rdflib.Graph | None = None) -> bytes:
    """``relations.csv`` of the graph model ``G``: one row per edge, its first evidence (``rdf`` is not used)."""
    from kg.graph.vocab import entity_iri

    articles = G.graph.get("articles", {})

    def headline(ev: Evidence) -> str:
        article = articles.get(ev.article)
        return ev.headline or (article.headline if article is not None else None) or ""

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
            _joined([how_found(ev) for ev in listed]),
            _joined([str(times_found(ev)) for ev in listed]),
            _joined([ev.sentence for ev in listed]),
            _joined([headline(ev) for ev in listed]),
            _joined([ev.source for ev in listed]),
            _joined([str(ev.source_start) for ev in listed]),
            _joined([str(ev.source_end) for ev in listed]),
            _joined([ev.rule for ev in listed]),
            *(_joined([q.get(k, "") for q in qualifiers]) for k in QUALIFIER_COLUMNS),
            _joined(other),
        ])
    return _csv(RELATION_COLUMNS, rows)
