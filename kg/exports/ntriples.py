"""N-Triples export (``graph.nt``): one triple a line, lines sorted, UTF-8.

N-Triples is the format to stream into a store (``kg/store/local.py`` loads this file into
pyoxigraph) or to ``diff`` two builds: sorted lines make the file independent of the order
triples were added in.  pyoxigraph writes canonical N-Triples (one space between terms,
``\\n``-style escapes for ``"``, ``\\``, line breaks and tabs, ``\\u00XX`` for other
control characters, every other character as itself) from :func:`~kg.exports.triples.sorted_triples`.

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

from typing import TYPE_CHECKING, Any

from kg.exports.triples import sorted_triples

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["render"]


def render(G: nx.MultiDiGraph | None, rdf: Any) -> bytes:
    """``rdf`` (see :func:`~kg.exports.triples.sorted_triples`) as sorted UTF-8 N-Triples; ``G`` is not used."""
    import pyoxigraph as ox

    return ox.serialize(sorted_triples(rdf), format=ox.RdfFormat.N_TRIPLES)
