"""Turtle export (``graph.ttl``): one block per subject, subjects sorted, kg's prefixes.

pyoxigraph writes the triples of :func:`~kg.exports.triples.sorted_triples` in their order,
a subject's predicates joined by ``;`` and a predicate's objects by ``,``; within each
subject, ``a`` (``rdf:type``) and ``rdfs:label`` are moved first, so a reader sees what a
node is before what it says.  kg's prefixes are declared (:data:`PREFIXES`), all but
``kgr:``: a resource's local name holds a ``/`` (``agency/即墨区…``), which Turtle would
have to escape (``kgr:agency\\/…``), so resources are written as full IRIs.  Numbers,
booleans and strings are written as pyoxigraph writes them: exactly, as the N-Triples say.

>>> from rdflib import Graph, Literal, URIRef
>>> from rdflib.namespace import RDF, RDFS
>>> from kg.graph.vocab import KG
>>> g = Graph()
>>> art = URIRef("https://w3id.org/kgnews/id/article/f.txt/0")
>>> for triple in [(art, KG.startOffset, Literal(12)), (art, RDFS.label, Literal("标题", lang="zh")),
...                (art, RDF.type, KG.Article), (art, KG.mentions, URIRef("https://w3id.org/kgnews/id/place/b")),
...                (art, KG.mentions, URIRef("https://w3id.org/kgnews/id/place/a"))]:
...     _ = g.add(triple)
>>> text = render(None, g).decode()
>>> print(text.split("\\n", len(PREFIXES))[-1].replace("\\t", "    "), end="")  # pyoxigraph indents with a tab
<https://w3id.org/kgnews/id/article/f.txt/0> a kg:Article ;
    rdfs:label "标题"@zh ;
    kg:mentions <https://w3id.org/kgnews/id/place/a> , <https://w3id.org/kgnews/id/place/b> ;
    kg:startOffset 12 .
"""

from __future__ import annotations

from itertools import groupby
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from kg.exports.triples import sorted_triples
from kg.schema import PREFIXES as SCHEMA_PREFIXES

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["PREFIXES", "render"]

#: The prefixes declared in ``graph.ttl``, sorted: kg's (:data:`kg.schema.PREFIXES`) but ``kgr:``.
PREFIXES: dict[str, str] = {prefix: ns for prefix, ns in sorted(SCHEMA_PREFIXES.items()) if prefix != "kgr"}
_FIRST = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#label")


def render(G: nx.MultiDiGraph | None, rdf: Any) -> bytes:
    """``rdf`` (see :func:`~kg.exports.triples.sorted_triples`) as UTF-8 Turtle; ``G`` is not used."""
    import pyoxigraph as ox

    ordered = []
    for _, block in groupby(sorted_triples(rdf), key=attrgetter("subject")):
        block = list(block)
        # a stable partition: rdf:type sorts before rdfs:label, so "a" comes first
        first = [t for t in block if t.predicate.value in _FIRST]
        ordered += first + [t for t in block if t.predicate.value not in _FIRST] if first else block
    return ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
