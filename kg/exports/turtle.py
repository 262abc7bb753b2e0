"""Turtle export (``graph.ttl``): one block per subject, sorted, kg's prefixes.

Written from the sorted N-Triples lines of :mod:`kg.exports._triples`, in the layout of
rdflib's ``longturtle`` (which this replaced, ~10x faster): ``PREFIX`` lines for the
prefixes of :data:`kg.graph.rdf.PREFIXES` that are used, then one block per subject — ``a``
(``rdf:type``) first, ``rdfs:label`` next, the other predicates and every predicate's
objects in N-Triples order, a predicate with several objects on one line per object.
The same set of triples always gives the same bytes.

Terms are written exactly:

* an IRI as a prefixed name (``kg:funds``) only where its local name is a plain ASCII
  name (:func:`kg.exports._triples.prefixed`), else in full (``<…/place/即墨区>``);
* ``xsd:integer``/``decimal``/``double``/``boolean`` literals bare (``3020``,
  ``7940000000.0``) only when the lexical form is exactly what Turtle's bare number
  reads back, else quoted with their datatype (``"2025"^^xsd:gYear``);
* strings with the escapes of canonical N-Triples, on one line.

Blank nodes (kg makes none) are written ``_:label`` after canonicalisation.

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
>>> from rdflib.namespace import RDF, XSD
>>> from kg.graph.vocab import KG
>>> art = URIRef("https://w3id.org/kgnews/id/article/f.txt/0")
>>> for triple in [(art, RDF.type, KG.Article), (art, KG.startOffset, Literal(12)),
...                (art, KG.date, Literal("2025", datatype=XSD.gYear)),
...                (art, KG.mentions, URIRef("https://w3id.org/kgnews/id/place/b")),
...                (art, KG.mentions, URIRef("https://w3id.org/kgnews/id/place/a"))]:
...     _ = g.add(triple)
>>> print(render(None, g).decode())  # doctest: +ELLIPSIS
PREFIX kg: <https://w3id.org/kgnews/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
<BLANKLINE>
<https://w3id.org/kgnews/id/article/f.txt/0>
    a kg:Article ;
    kg:date "2025"^^xsd:gYear ;
    kg:mentions
        <https://w3id.org/kgnews/id/place/a> ,
        <https://w3id.org/kgnews/id/place/b> ;
    kg:startOffset 12 ;
.
<BLANKLINE>
<https://w3id.org/kgnews/id/place/即墨区>
...
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.exports._triples import RDF_TYPE, XSD, by_subject, prefixed, quote, sorted_triples

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import rdflib

__all__ = ["render"]

RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
INDENT = "    "

# Datatypes with a bare Turtle form, and the lexical forms that form reads back unchanged
# (Turtle's INTEGER, DECIMAL, DOUBLE and boolean productions; ASCII digits only).
_BARE = {
    f"{XSD}integer": re.compile(r"[+-]?[0-9]+"),
    f"{XSD}decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    f"{XSD}double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
    f"{XSD}boolean": re.compile(r"true|false"),
}


def render(G: nx.MultiDiGraph | None, rdf: rdflib.Graph) -> bytes:
    """``rdf`` as UTF-8 Turtle (``G`` is not used)."""
    triples = sorted_triples(rdf)
    writer = _Writer(triples.literals)
    term = writer.term
    blocks = [writer.block(s, {p: [term(o) for o in objects] for p, objects in predicates.items()})
              for s, predicates in by_subject(triples.lines)]
    return (writer.header() + "".join(blocks)).encode("utf-8")


class _Writer:
    """Turtle forms of N-Triples terms, remembered (terms repeat), and the prefixes used."""

    def __init__(self, literals: dict[str, tuple[str, str | None, str | None]]) -> None:
        self.literals = literals
        self.written: dict[str, str] = {}
        self.used: dict[str, str] = {}  # prefix → namespace

    def header(self) -> str:
        return "".join(f"PREFIX {prefix}: <{ns}>\n" for prefix, ns in sorted(self.used.items()))

    def block(self, subject: str, predicates: dict[str, list[str]]) -> str:
        """One subject's statements, ``a`` and ``rdfs:label`` first, the rest in order."""
        order = [p for p in (RDF_TYPE, RDFS_LABEL) if p in predicates]
        order += [p for p in predicates if p != RDF_TYPE and p != RDFS_LABEL]
        parts = []
        for p in order:
            verb = "a" if p == RDF_TYPE else self.term(p)
            objects = predicates[p]
            if len(objects) == 1:
                parts.append(f"{INDENT}{verb} {objects[0]}")
            else:
                parts.append(f"{INDENT}{verb}\n{INDENT}{INDENT}" + f" ,\n{INDENT}{INDENT}".join(objects))
        return f"\n{self.term(subject)}\n" + " ;\n".join(parts) + " ;\n.\n"

    def term(self, nt: str) -> str:
        """The Turtle form of the term written ``nt`` in N-Triples."""
        written = self.written.get(nt)
        if written is None:
            written = self.written[nt] = self._convert(nt)
        return written

    def iri(self, iri: str) -> str:
        pair = prefixed(iri)
        if pair is None:
            return f"<{iri}>"
        prefix, local = pair
        self.used[prefix] = iri[: len(iri) - len(local)]
        return f"{prefix}:{local}"

    def _convert(self, nt: str) -> str:
        if nt[0] == "<":
            return self.iri(nt[1:-1])
        if nt[0] != '"':  # a blank node: the same in both syntaxes
            return nt
        lexical, language, datatype = self.literals[nt]
        if datatype is None:  # a plain or language-tagged string: the same in both syntaxes
            return nt
        bare = _BARE.get(datatype)
        if bare is not None and bare.fullmatch(lexical):
            return lexical
        return f"{quote(lexical)}^^{self.iri(datatype)}"
