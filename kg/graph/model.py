"""The one graph model every export is made from.

A plain :class:`networkx.MultiDiGraph`, read and written with plain functions:

* ``G.graph["articles"]`` — ``{Article.id: Article}``, every article of the corpus;
* a node per :class:`~kg.records.Entity`, keyed by ``Entity.id``, with attributes
  ``type``, ``label``, ``aliases`` (sorted tuple), ``articles`` (sorted tuple of
  Article.id), ``roles`` (sorted tuple of post titles);
* an edge per distinct fact ``(subject, object, key=predicate)`` with attributes
  ``predicate`` and ``evidence`` (a tuple of :class:`~kg.records.Evidence`, sorted);
  identical evidence — the same sentence with the same qualifiers, or the same inference —
  is kept once, at its first place, with ``count`` and the ``others`` articles it was found in
  (:func:`merge_evidence`: the same page copied 200 times gives one evidence counted 200 times);
* a project's node also has ``investments``: its own investments (:class:`~kg.records.Evidence`
  with the money qualifiers), merged the same way.

>>> from kg.records import Entity, Evidence
>>> a = Entity("Agency/甲局", "Agency", "甲局")
>>> p = Entity("Project/乙工程", "Project", "乙工程")
>>> ev = Evidence("f.txt#0", "f.txt", None, "甲局投资乙工程。", 0, 8, "funds_verb")
>>> G = build_graph([a, p], [("Agency/甲局", "funds", "Project/乙工程", ev)], {})
>>> sorted(G.edges(keys=True))
[('Agency/甲局', 'Project/乙工程', 'funds')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

import networkx as nx

from kg.records import Article, Entity, Evidence

__all__ = ["build_graph", "entities_by_type", "edges_by_predicate", "evidence_key", "merge_evidence"]


def evidence_key(ev: Evidence) -> tuple:
    """Sort key that makes evidence order independent of processing order."""
    return (ev.source, ev.source_start, ev.source_end, ev.rule, ev.qualifiers, ev.article, ev.basis)


def merge_evidence(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Identical evidence kept once: the same sentence with the same qualifiers (stated), or the
    same rule with the same qualifiers (inferred), becomes its first occurrence (by
    :func:`evidence_key`) with the ``count`` of all and the ``others`` articles, sorted.

    >>> from kg.records import Evidence
    >>> a = Evidence("a.txt#0", "a.txt", None, "甲局投资乙工程。", 0, 8, "funds_verb")
    >>> b = Evidence("b.txt#0", "b.txt", None, "甲局投资乙工程。", 5, 13, "funds_verb")
    >>> c = Evidence("a.txt#0", "a.txt", None, "甲局投资乙工程。", 0, 8, "develops_verb")  # the same place, another rule
    >>> [(e.article, e.rule, e.count, e.others) for e in merge_evidence([b, a, a, c])]
    [('a.txt#0', 'develops_verb', 2, ('b.txt#0',))]
    """
    groups: dict[tuple, list[Evidence]] = defaultdict(list)
    for ev in set(evidence):  # the very same record twice is one occurrence
        groups[(ev.basis, ev.sentence, ev.qualifiers, "" if ev.basis == "stated" else ev.rule)].append(ev)
    merged = []
    for group in groups.values():
        group.sort(key=evidence_key)
        first = group[0]
        others = {e.article for e in group} | {a for e in group for a in e.others}
        # an occurrence is a place in an article: two rules reading the same sentence found it once
        places: dict[tuple, int] = {}
        for e in group:
            places.setdefault((e.article, e.source_start, e.source_end), e.count)
        merged.append(replace(first, count=sum(places.values()), others=tuple(sorted(others - {first.article}))))
    return tuple(sorted(merged, key=evidence_key))


def build_graph(
    entities: Iterable[Entity],
    edges: Iterable[tuple[str, str, str, Evidence]],
    articles: Mapping[str, Article],
) -> nx.MultiDiGraph:
    """Make the graph model from resolved entities and evidenced edges.

    ``edges`` yields ``(subject id, predicate, object id, evidence)``; the same
    ``(subject, predicate, object)`` given twice becomes one edge with two evidences.
    Nodes and edges are inserted in sorted order, so iteration order (and so every
    export) does not depend on the order extraction finished in.
    """
    G = nx.MultiDiGraph()
    G.graph["articles"] = dict(sorted(articles.items()))
    for ent in sorted(entities, key=lambda e: e.id):
        G.add_node(
            ent.id,
            type=ent.type,
            also=tuple(sorted(ent.also - {ent.type})),
            label=ent.label,
            aliases=tuple(sorted(ent.aliases - {ent.label})),
            articles=tuple(sorted(ent.articles)),
            roles=tuple(sorted(ent.roles)),
            investments=merge_evidence(ent.investments),
        )
    grouped: dict[tuple[str, str, str], set[Evidence]] = defaultdict(set)
    for s, p, o, ev in edges:
        if s in G and o in G and s != o:
            grouped[(s, p, o)].add(ev)
    for (s, p, o), evs in sorted(grouped.items()):
        G.add_edge(s, o, key=p, predicate=p, evidence=merge_evidence(evs))
    return G


def entities_by_type(G: nx.MultiDiGraph) -> dict[str, int]:
    """Count of nodes per entity type."""
    counts: dict[str, int] = defaultdict(int)
    for _, t in G.nodes(data="type"):
        counts[t] += 1
    return dict(sorted(counts.items()))


def edges_by_predicate(G: nx.MultiDiGraph) -> dict[str, int]:
    """Count of edges per predicate."""
    counts: dict[str, int] = defaultdict(int)
    for _, _, p in G.edges(keys=True):
        counts[p] += 1
    return dict(sorted(counts.items()))
