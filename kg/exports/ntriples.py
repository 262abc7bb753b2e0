"""N-Triples export (``graph.nt``): one triple a line, lines sorted, UTF-8.

N-Triples is the format to stream into a store (``kg/store.py`` loads this file into
pyoxigraph) or to ``diff`` two builds: sorting the lines makes the file independent of
the order triples were added in.  Blank-node labels would depend on that order, so a
graph with blank nodes (kg makes none) is canonicalised first.

>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph()
>>> s = URIRef("https://w3id.org/kgnews/id/place/即墨区")
>>> _ = g.add((s, URIRef("https://w3id.org/kgnews/ontology#period"), Literal("b")))
>>> _ = g.add((s, URIRef("https://w3id.org/kgnews/ontology#event"), Literal("a\\nb", lang="zh")))
>>> print(render(None, g).decode(), end="")
<https://w3id.org/kgnews/id/place/即墨区> <https://w3id.org/kgnews/ontology#event> "a\\nb"@zh .
<https://w3id.org/kgnews/id/place/即墨区> <https://w3id.org/kgnews/ontology#period> "b" .
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import rdflib

__all__ = ["render"]


def render(G: nx.MultiDiGraph | None, rdf: rdflib.Graph) -> bytes:
    """``rdf`` as sorted UTF-8 N-Triples (``G`` is not used)."""
    from rdflib import BNode
    from rdflib.compare import to_canonical_graph

    if any(isinstance(term, BNode) for triple in rdf for term in triple):
        rdf = to_canonical_graph(rdf)
    text = rdf.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted(line for line in text.split("\n") if line.strip())
    return "".join(line + "\n" for line in lines).encode("utf-8")
