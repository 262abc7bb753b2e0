"""What the three RDF writers share: the graph as sorted, canonical N-Triples lines.

Turtle (:mod:`kg.exports.turtle`), N-Triples (:mod:`kg.exports.ntriples`) and JSON-LD
(:mod:`kg.exports.jsonld`) are written by hand from one list: every triple of the graph
as an N-Triples line, sorted, so that each file is a function of the *set* of triples —
not of the order they were added in, nor of the hash seed.  (rdflib's serialisers took
~1.6 s for the three files of a graph of 10x the seeds, these ~0.2 s.  pyoxigraph's
serialisers are fast, but turning rdflib's terms into pyoxigraph's costs as much as
writing these lines, and its JSON-LD is not compacted against kg's context.)

An N-Triples line is built from :func:`nt_term` of each term, in the canonical form of
RDF 1.2 N-Triples (the form pyoxigraph writes, but for the case of language tags):

* an IRI as ``<iri>``; it must be absolute and hold none of the characters IRIREF
  forbids (controls, space, ``<>"{}|^`\\``), else ValueError.  kg's IRIs never hold
  them (:mod:`kg.graph.vocab` percent-encodes); rdflib refused most of them too, and wrote the
  others (a line break, say) raw into a broken file;
* a literal as ``"…"`` with ``\\b \\t \\n \\f \\r \\" \\\\`` and every other control
  character as ``\\u00XX``, every other character as itself; then ``@lang`` (its case
  kept) or ``^^<datatype>`` (``xsd:string`` too, when rdflib has it, so that rdflib
  reads back the same term);
* a blank node as ``_:label``.  kg makes none; a graph with any is first canonicalised
  (:func:`rdflib.compare.to_canonical_graph`), so its labels do not depend on the run.

Sorted lines keep each subject's lines together, and each predicate's within them: a
subject is a prefix ``"<s> "`` of its lines, and neither an IRI nor a blank-node label
holds a space.  The Turtle and JSON-LD writers walk the lines in that order.

>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph()
>>> _ = g.add((URIRef("http://e/s"), URIRef("http://e/p"), Literal('say "hi"\\n', lang="zh")))
>>> _ = g.add((URIRef("http://e/a"), URIRef("http://e/p"), Literal("7", datatype=URIRef(XSD + "integer"))))
>>> t = sorted_triples(g)
>>> print("".join(t.lines), end="")
<http://e/a> <http://e/p> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .
<http://e/s> <http://e/p> "say \\"hi\\"\\n"@zh .
>>> t.literals['"7"^^<http://www.w3.org/2001/XMLSchema#integer>']
('7', None, 'http://www.w3.org/2001/XMLSchema#integer')
>>> nt_term(URIRef("http://e/a b"))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
ValueError: cannot write the IRI 'http://e/a b' in N-Triples, Turtle or JSON-LD: ...
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from rdflib import BNode, Literal, URIRef

if TYPE_CHECKING:  # pragma: no cover
    import rdflib

__all__ = [
    "XSD", "RDF_TYPE", "Triples", "sorted_triples", "shared_triples", "by_subject", "split_line", "nt_term", "quote", "check_iri",
    "prefixed",
]

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

# An absolute IRI (scheme ":" …) with only characters IRIREF allows unescaped.
_IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>"{}|^`\\]*')
# BLANK_NODE_LABEL, ASCII part only (rdflib's labels, canonical ones included, are ASCII).
_BNODE_LABEL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?")
# Characters a string literal may not hold raw (", \, LF, CR) or that canonical N-Triples escapes.
_ESCAPED = re.compile(r'[\x00-\x1f\x7f"\\]')
# A local name that is certainly a valid Turtle PN_LOCAL and JSON-LD compact-IRI suffix:
# ASCII, no dots, no escapes (kg's terms: kg:funds, xsd:gYear, rdfs:label …).
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
_ECHAR = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ECHAR.get(char) or f"\\u{ord(char):04X}"


def quote(text: str) -> str:
    """``text`` as a quoted N-Triples (and Turtle) string, canonically escaped.

    >>> print(quote('a"b\\\\c\\nd\\te\\x00f 即墨 😀'))
    "a\\"b\\\\c\\nd\\te\\u0000f 即墨 😀"
    """
    if _ESCAPED.search(text) is None:  # the common case: nothing to escape
        return f'"{text}"'
    return f'"{_ESCAPED.sub(_escape, text)}"'


def check_iri(iri: str) -> str:
    """``iri`` if it can be written between ``<`` and ``>``, else ValueError."""
    if _IRI.fullmatch(iri) is None:
        raise ValueError(
            f"cannot write the IRI {str(iri)!r} in N-Triples, Turtle or JSON-LD: not an absolute IRI, "
            'or it holds a character IRIs forbid (controls, space, <>"{}|^`\\)'
        )
    return iri


def nt_term(term: rdflib.term.Node) -> str:
    """The N-Triples form of one rdflib term (see the module docstring)."""
    if isinstance(term, URIRef):
        return f"<{check_iri(term)}>"
    if isinstance(term, Literal):
        return _literal(term)[0]
    if isinstance(term, BNode):
        if _BNODE_LABEL.fullmatch(term) is None:
            raise ValueError(f"cannot write the blank node label {str(term)!r}")
        return f"_:{term}"
    raise ValueError(f"cannot write {term!r} in N-Triples: not an IRI, literal or blank node")


def _literal(term: Literal) -> tuple[str, tuple[str, str | None, str | None]]:
    """The N-Triples form of a literal, and its (lexical form, language, datatype IRI)."""
    lexical = str(term)
    language = term.language
    datatype = term.datatype
    if language:  # kept as rdflib has it (rdflib compares graphs with the tag's case)
        return f"{quote(lexical)}@{language}", (lexical, language, None)
    if datatype is not None:
        datatype = str(check_iri(datatype))
        return f"{quote(lexical)}^^<{datatype}>", (lexical, None, datatype)
    return quote(lexical), (lexical, None, None)


@dataclass(frozen=True)
class Triples:
    """A graph's triples as sorted, unique N-Triples lines.

    ``lines`` end in ``" .\\n"``; ``literals`` maps the N-Triples form of every literal
    object to its (lexical form, language, datatype IRI), for the writers that spell
    literals their own way.
    """

    lines: list[str]
    literals: dict[str, tuple[str, str | None, str | None]]


class _BlankNodeFound(Exception):
    """Raised by :func:`_encode` at the first blank node when they are not expected."""


def _encode(rdf: rdflib.Graph, *, blank_nodes: bool) -> Triples:
    """Every triple of ``rdf`` as an N-Triples line; sorted and unique.

    This loop is the hot path of every RDF export (177k triples at 100x the seeds): IRIs,
    most terms, take the short way (:func:`iri`), each distinct one checked once.
    """
    lines: set[str] = set()
    literals: dict[str, tuple[str, str | None, str | None]] = {}
    checked: set[str] = set()  # IRIs, as written, already found valid
    fullmatch = _IRI.fullmatch
    join = "".join  # joining is faster than an f-string on rdflib's str subclasses

    def iri(node: URIRef) -> str:
        written = join(("<", node, ">"))
        if written not in checked:
            if fullmatch(node) is None:
                check_iri(node)  # raises, naming the IRI
            checked.add(written)
        return written

    def other(node: rdflib.term.Node, position: str) -> str:
        if isinstance(node, Literal):
            if position != "object":
                raise ValueError(f"cannot write a triple whose {position} is a literal: {node!r}")
            written, parts = _literal(node)
            literals[written] = parts
            return written
        if position == "predicate" and not isinstance(node, URIRef):
            raise ValueError(f"cannot write a triple whose predicate is not an IRI: {node!r}")
        if isinstance(node, BNode) and not blank_nodes:
            raise _BlankNodeFound
        return nt_term(node)  # blank nodes, URIRef subclasses; anything else raises

    for s, p, o in rdf:
        lines.add(join((
            iri(s) if type(s) is URIRef else other(s, "subject"), " ",
            iri(p) if type(p) is URIRef else other(p, "predicate"), " ",
            iri(o) if type(o) is URIRef else other(o, "object"), " .\n",
        )))
    return Triples(sorted(lines), literals)


def _compute(rdf: rdflib.Graph) -> Triples:
    try:
        return _encode(rdf, blank_nodes=False)
    except _BlankNodeFound:
        # labels made while the graph was built depend on the order and the run: replace
        # them by labels computed from the graph itself (rdflib's RGDA1), as before
        from rdflib.compare import to_canonical_graph

        return _encode(to_canonical_graph(rdf), blank_nodes=True)


class _Memo:
    """The triples of one graph, computed on first use inside :func:`shared_triples`."""

    def __init__(self, graph: rdflib.Graph) -> None:
        self.graph = graph
        self.triples: Triples | None = None


_memo: ContextVar[_Memo | None] = ContextVar("kg_exports_triples", default=None)


@contextmanager
def shared_triples(rdf: rdflib.Graph) -> Iterator[None]:
    """Inside the block, :func:`sorted_triples` of ``rdf`` is computed once and reused.

    :func:`kg.exports.write_outputs` writes Turtle, N-Triples and JSON-LD from the same
    lines this way.  ``rdf`` must not change inside the block.  Inside a block for the
    same graph, a nested block changes nothing (it shares the outer one's lines).
    """
    outer = _memo.get()
    if outer is not None and outer.graph is rdf:
        yield
        return
    token = _memo.set(_Memo(rdf))
    try:
        yield
    finally:
        _memo.reset(token)


def sorted_triples(rdf: rdflib.Graph) -> Triples:
    """The triples of ``rdf`` as sorted N-Triples lines (see :class:`Triples`)."""
    memo = _memo.get()
    if memo is None or memo.graph is not rdf:
        return _compute(rdf)
    if memo.triples is None:
        memo.triples = _compute(rdf)
    return memo.triples


def by_subject(lines: Iterable[str]) -> Iterator[tuple[str, dict[str, list[str]]]]:
    """Each subject of sorted lines, with its predicates' objects (all as written), in order.

    >>> list(by_subject(['<a> <p> "1" .\\n', '<a> <p> "2" .\\n', '<b> <q> <c> .\\n']))
    [('<a>', {'<p>': ['"1"', '"2"']}), ('<b>', {'<q>': ['<c>']})]
    """
    subject: str | None = None
    predicates: dict[str, list[str]] = {}
    for line in lines:
        s, p, o = split_line(line)
        if s != subject:
            if subject is not None:
                yield subject, predicates
            subject, predicates = s, {}
        objects = predicates.get(p)
        if objects is None:
            objects = predicates[p] = []
        objects.append(o)
    if subject is not None:
        yield subject, predicates


def split_line(line: str) -> tuple[str, str, str]:
    """The subject, predicate and object of an N-Triples line from :func:`sorted_triples`.

    Neither the subject nor the predicate holds a space, so two splits find them.

    >>> split_line('<http://e/s> <http://e/p> "a b" .\\n')
    ('<http://e/s>', '<http://e/p>', '"a b"')
    """
    s, p, o = line.split(" ", 2)
    return s, p, o[:-3]


@cache
def _namespaces() -> tuple[tuple[str, str], ...]:
    """kg's (namespace, prefix) pairs, longest namespace first (the closest one wins)."""
    from kg.graph.rdf import PREFIXES

    return tuple(sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda x: (-len(x[0]), x[1])))


def prefixed(iri: str) -> tuple[str, str] | None:
    """``(prefix, local name)`` of ``iri`` under :data:`kg.graph.rdf.PREFIXES`, or None.

    Only where the local name is a plain ASCII name (letters, digits, ``_``, ``-``; not
    a digit or ``-`` first), which is valid as a Turtle ``PN_LOCAL`` and a JSON-LD
    compact IRI with no escaping; other IRIs are written in full.

    >>> prefixed("https://w3id.org/kgnews/ontology#funds")
    ('kg', 'funds')
    >>> prefixed("https://w3id.org/kgnews/id/place/即墨区") is None
    True
    """
    for namespace, prefix in _namespaces():
        if iri.startswith(namespace) and _LOCAL.fullmatch(iri, len(namespace)):
            return prefix, iri[len(namespace):]
    return None
