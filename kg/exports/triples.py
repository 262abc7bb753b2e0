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
    import pyoxigraph as ox

    triples = [_triple(triple, ox) for triple in rdf]
    if any(isinstance(term, ox.BlankNode) for t in triples for term in (t.subject, t.object)):
        dataset = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        triples = [quad.triple for quad in dataset]
    # str() of a pyoxigraph triple is its canonical N-Triples line (less " ."); keyed by it, two
    # rdflib terms that are one RDF term (language tags "EN"/"en") become one triple
    lines = {str(t): t for t in triples}
    return SortedTriples(lines[line] for line in sorted(lines))


def _triple(triple: Any, ox: Any) -> pyoxigraph.Triple:
    s, p, o = triple
    try:
        return ox.Triple(_term(s, ox), _term(p, ox), _term(o, ox))
    except TypeError as err:  # a literal or blank node where RDF allows neither
        raise ValueError(f"cannot write the triple ({s!r}, {p!r}, {o!r}) in RDF: {err}") from None


def _term(node: Any, ox: Any) -> Any:
    """The pyoxigraph term of an rdflib one (pyoxigraph terms pass through)."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(node, URIRef):
        try:
            return ox.NamedNode(node)
        except ValueError as err:
            raise ValueError(f"cannot write the IRI {str(node)!r} in RDF: {err}") from None
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(node, language=node.language)
        return ox.Literal(node, datatype=None if node.datatype is None else _term(node.datatype, ox))
    if isinstance(node, BNode):
        return ox.BlankNode(node)
    return node
