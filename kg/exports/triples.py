"""What the three RDF writers share: the graph's triples as pyoxigraph terms, in one order.

Turtle (:mod:`kg.exports.turtle`), N-Triples (:mod:`kg.exports.ntriples`) and JSON-LD
(:mod:`kg.exports.jsonld`) are written by pyoxigraph's serialisers (Rust), which write
their input in the order given.  :func:`sorted_triples` gives them the graph's triples
sorted as N-Triples lines, so that each file is a function of the *set* of triples — not of
the order they were added in, nor of the hash seed — and a subject's triples, and each of
its predicates' objects, come together (a subject is a prefix ``"<s> "`` of its lines).

Blank nodes (kg makes none) are first relabelled by RDFC-1.0 canonicalisation
(:meth:`pyoxigraph.Dataset.canonicalize`), so their labels do not depend on the run either.
A term pyoxigraph cannot write (an IRI with a space, a literal subject) raises ValueError
naming it.  Language tags come out lower-case, as pyoxigraph keeps them (BCP 47 tags are
case-insensitive; rdflib compares them so too).

>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph()
>>> _ = g.add((URIRef("http://e/s"), URIRef("http://e/p"), Literal('say "hi"', lang="zh")))
>>> _ = g.add((URIRef("http://e/a"), URIRef("http://e/p"), Literal(7)))
>>> [str(t) for t in sorted_triples(g)]
['<http://e/a> <http://e/p> "7"^^<http://www.w3.org/2001/XMLSchema#integer>', '<http://e/s> <http://e/p> "say \\\\"hi\\\\""@zh']
>>> sorted_triples([(URIRef("http://e/a b"), URIRef("http://e/p"), Literal(1))])
Traceback (most recent call last):
...
ValueError: cannot write the IRI 'http://e/a b' in RDF: Invalid IRI code point ' '
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

__all__ = ["SortedTriples", "sorted_triples"]


class SortedTriples(tuple):
    """pyoxigraph triples, unique, in N-Triples line order: what the RDF renderers write.

    :func:`sorted_triples` returns one, and returns one given to it unchanged, so
    :func:`kg.exports.write_outputs` (and a build, around its two calls) sorts once for all
    three formats.
    """


def sorted_triples(rdf: Iterable[Any]) -> SortedTriples:
    """The triples of ``rdf`` — an :class:`rdflib.Graph`, any iterable of rdflib or pyoxigraph
    triples, or a :class:`SortedTriples` (returned as it is) — unique and sorted.

    Raises
    ------
    ValueError
        For a term that cannot be written (see the module docstring).
    """
    if isinstance(rdf, SortedTriples):
        return rdf
    blank_nodes: list[Any] = []
    triples = [_triple(triple, blank_nodes) for triple in rdf]
    if blank_nodes:
        dataset = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        triples = [quad.triple for quad in dataset]
    triples.sort(key=str)  # str() of a pyoxigraph triple is its canonical N-Triples line, less " ."
    # two rdflib terms may be one RDF term (language tags "EN" and "en"): equal triples are neighbours now
    return SortedTriples(t for t, before in zip(triples, [None, *triples]) if t != before)


def _triple(triple: Any, blank_nodes: list[Any]) -> pyoxigraph.Triple:
    s, p, o = triple
    try:
        return ox.Triple(_term(s, blank_nodes), _term(p, blank_nodes), _term(o, blank_nodes))
    except TypeError as err:  # a literal or blank node where RDF allows neither
        raise ValueError(f"cannot write the triple ({s!r}, {p!r}, {o!r}) in RDF: {err}") from None


def _term(node: Any, blank_nodes: list[Any]) -> Any:
    """The pyoxigraph term of an rdflib one (pyoxigraph terms pass through); blank nodes are
    noted in ``blank_nodes``.  The hot path of a build's RDF (119,373 triples at 100x the
    seeds): IRIs and literals, nearly every term, take the first two branches.  (Remembering
    converted terms was measured slower than converting each again.)"""
    kind = type(node)
    try:
        if kind is URIRef:
            return ox.NamedNode(node)
        if kind is Literal:
            if node.language:
                return ox.Literal(node, language=node.language)
            datatype = node.datatype
            return ox.Literal(node) if datatype is None else ox.Literal(node, datatype=ox.NamedNode(datatype))
    except ValueError as err:
        raise ValueError(f"cannot write the IRI {str(node if kind is URIRef else node.datatype)!r} in RDF: {err}") from None
    if isinstance(node, (BNode, ox.BlankNode)):
        blank_nodes.append(node)
        return node if isinstance(node, ox.BlankNode) else ox.BlankNode(node)
    if isinstance(node, URIRef):  # a subclass
        return _term(URIRef(node), blank_nodes)
    if isinstance(node, Literal):
        return _term(Literal(node, lang=node.language, datatype=node.datatype), blank_nodes)
    return node  # a pyoxigraph term, or what pyoxigraph will refuse
