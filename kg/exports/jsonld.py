"""JSON-LD export (``graph.jsonld``): the graph as expanded, flattened JSON-LD, nodes sorted.

pyoxigraph writes the triples of :func:`~kg.exports.triples.sorted_triples` as a list of
node objects, one per subject in N-Triples order, each predicate a full IRI with its
values in order: ``{"@id": …}``, ``{"@value": …, "@language": …}``, ``{"@value": …,
"@type": datatype}`` (JSON-LD 1.1 expanded form, which any JSON-LD processor reads with no
context to fetch or trust).

It is not compacted against a context: rdflib's JSON-LD serialiser (with kg's prefixes as
context) took ~31 s and pyld more than 4 CPU-minutes on the graph of 100x the seeds
(119,373 triples), pyoxigraph 0.5 s; kg's hand-written compacting writer that this
replaced was ~0.9 s.

>>> from rdflib import Graph, Literal, URIRef
>>> from rdflib.namespace import RDFS
>>> g = Graph()
>>> _ = g.add((URIRef("https://w3id.org/kgnews/id/place/即墨区"), RDFS.label, Literal("即墨区", lang="zh")))
>>> print(render(None, g).decode(), end="")
[{"@id":"https://w3id.org/kgnews/id/place/即墨区","http://www.w3.org/2000/01/rdf-schema#label":[{"@language":"zh","@value":"即墨区"}]}]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.exports.triples import sorted_triples

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["render"]


def render(G: nx.MultiDiGraph | None, rdf: Any) -> bytes:
    """``rdf`` (see :func:`~kg.exports.triples.sorted_triples`) as UTF-8 JSON-LD, ending in a newline; ``G`` is not used."""
    import pyoxigraph as ox

    return ox.serialize(sorted_triples(rdf), format=ox.RdfFormat.JSON_LD) + b"\n"
