"""Turtle export (``graph.ttl``): rdflib's ``longturtle`` serialiser.

``longturtle`` writes subjects, predicates and objects in sorted order, ``PREFIX`` lines for
the prefixes used, and one statement block per subject — the same bytes for the same graph.
Blank nodes (kg itself makes none) would get labels from processing order, so a graph with
any is canonicalised first (``canon=True``, rdflib's RGDA1), which is slower.

>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph()
>>> from rdflib.namespace import RDFS
>>> _ = g.add((URIRef("https://w3id.org/kgnews/id/place/即墨区"), RDFS.label, Literal("即墨区", lang="zh")))
>>> print(render(None, g).decode())
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
<BLANKLINE>
<https://w3id.org/kgnews/id/place/即墨区>
    rdfs:label "即墨区"@zh ;
.
<BLANKLINE>
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import rdflib

__all__ = ["render"]


def render(G: nx.MultiDiGraph | None, rdf: rdflib.Graph) -> bytes:
    """``rdf`` as UTF-8 Turtle (``G`` is not used)."""
    from rdflib import BNode

    canon = any(isinstance(term, BNode) for triple in rdf for term in triple)
    return rdf.serialize(format="longturtle", canon=canon, encoding="utf-8")
