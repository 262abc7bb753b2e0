"""JSON-LD export (``graph.jsonld``): flattened, compacted with kg's prefixes, sorted.

The document is ``{"@context": …, "@graph": [node, …]}``: the context maps kg's prefixes
(:func:`context`), and ``@graph`` holds one node object per subject, sorted by ``@id``:

* ``"@id"`` and ``"@type"`` (the ``rdf:type`` IRIs), then one key per predicate;
* IRIs as compact IRIs (``kg:funds``) where :func:`kg.exports._triples.prefixed` gives
  one, else in full (``https://w3id.org/kgnews/id/place/即墨区``);
* values as ``{"@id": …}``, ``{"@language": …, "@value": …}``, ``{"@type": datatype,
  "@value": …}``, a plain string for a string without language or datatype, and a JSON
  number for an ``xsd:integer`` in canonical form of at most 15 digits (a number any JSON
  reader keeps exactly);
* a single value as itself, several as a list in N-Triples order.

It is written by hand from the sorted lines of :mod:`kg.exports._triples` (rdflib's
serialiser, plus the re-sorting its hash-seed-dependent order needed, was ~10x slower),
byte for byte as ``json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)`` would
write it, plus a final newline.  An IRI whose scheme is one of the context's prefixes
(``kg:x``) would read back as a compact IRI, so it is refused (ValueError); kg's IRIs are
all ``https``.

>>> from rdflib import Graph, Literal, URIRef
>>> from kg.graph.rdf import bind_prefixes
>>> g = bind_prefixes(Graph())
>>> from rdflib.namespace import RDFS
>>> _ = g.add((URIRef("https://w3id.org/kgnews/id/place/即墨区"), RDFS.label, Literal("即墨区", lang="zh")))
>>> import json
>>> json.loads(render(None, g))["@graph"][0]["rdfs:label"]
{'@language': 'zh', '@value': '即墨区'}
>>> from kg.graph.vocab import KG
>>> _ = g.add((URIRef("https://w3id.org/kgnews/id/place/即墨区"), KG.startOffset, Literal(3)))
>>> print(render(None, g).decode().split('"@graph": ')[1], end="")
[
    {
      "@id": "https://w3id.org/kgnews/id/place/即墨区",
      "kg:startOffset": 3,
      "rdfs:label": {
        "@language": "zh",
        "@value": "即墨区"
      }
    }
  ]
}
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from kg.exports._triples import RDF_TYPE, XSD, by_subject, prefixed, sorted_triples

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import rdflib

__all__ = ["render", "context"]

# A JSON string, as json.dumps(..., ensure_ascii=False) writes it (C code, one encoder).
_string = json.JSONEncoder(ensure_ascii=False).encode
# xsd:integer lexical forms written as JSON numbers: canonical (JSON-LD reads a number back
# in canonical form) and at most 15 digits (exact even where JSON numbers are doubles).
_NATIVE_INTEGER = re.compile(r"0|-?[1-9][0-9]{0,14}")
_INTEGER = f"{XSD}integer"
# Node keys sit 6 spaces in (document → "@graph" → node); list items 8; a value object's
# keys 2 more than its braces.
_KEY, _ITEM = " " * 6, " " * 8

#: A value: the JSON text of a string or number, or a value object's (key, value) pairs.
Value = str | tuple[tuple[str, str], ...]


def context() -> dict[str, str]:
    """The ``@context``: kg's prefixes (:data:`kg.graph.rdf.PREFIXES`)."""
    from kg.graph.rdf import PREFIXES

    return {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}


def render(G: nx.MultiDiGraph | None, rdf: rdflib.Graph) -> bytes:
    """``rdf`` as sorted, indented UTF-8 JSON-LD (``G`` is not used)."""
    ctx = context()
    triples = sorted_triples(rdf)
    writer = _Writer(ctx, triples.literals)
    # (@id as written, the node's JSON text)
    nodes: list[tuple[str, str]] = [writer.node(s, predicates) for s, predicates in by_subject(triples.lines)]
    nodes.sort()  # by @id (unique), as written
    head = ",\n".join(f"    {_string(prefix)}: {_string(ns)}" for prefix, ns in ctx.items())
    graph = "[\n" + ",\n".join(text for _, text in nodes) + "\n  ]" if nodes else "[]"
    return f'{{\n  "@context": {{\n{head}\n  }},\n  "@graph": {graph}\n}}\n'.encode("utf-8")


class _Writer:
    """JSON texts of N-Triples terms (remembered: terms repeat) and of whole nodes."""

    def __init__(self, ctx: dict[str, str], literals: dict[str, tuple[str, str | None, str | None]]) -> None:
        self.ctx = ctx
        self.literals = literals
        self.names: dict[str, str] = {}  # N-Triples form of an IRI or blank node → its JSON-LD name
        self.values: dict[tuple[str, bool], str] = {}  # (N-Triples term, in a list?) → JSON text

    def node(self, subject: str, predicates: dict[str, list[str]]) -> tuple[str, str]:
        """The @id and JSON text of one subject's node object."""
        node_id = self.name(subject)
        keys: list[tuple[str, str]] = [("@id", _string(node_id))]  # (key, JSON text of its value)
        for p, objects in predicates.items():
            if p == RDF_TYPE:  # IRI types go under "@type"; anything else stays a value of rdf:type
                types = [_string(self.name(o)) for o in objects if o[0] == "<"]
                if types:
                    keys.append(("@type", types[0] if len(types) == 1 else self._list(types)))
                objects = [o for o in objects if o[0] != "<"]
                if not objects:
                    continue
            if len(objects) == 1:
                keys.append((self.name(p), self.value(objects[0], False)))
            else:
                keys.append((self.name(p), self._list([self.value(o, True) for o in objects])))
        keys.sort()  # as sort_keys=True: by the key itself (keys are unique)
        body = ",\n".join(f"{_KEY}{_string(key)}: {value}" for key, value in keys)
        return node_id, f"    {{\n{body}\n    }}"

    @staticmethod
    def _list(items: list[str]) -> str:
        return "[\n" + ",\n".join(f"{_ITEM}{item}" for item in items) + f"\n{_KEY}]"

    def name(self, nt: str) -> str:
        """How JSON-LD names an IRI or blank node (written ``<…>`` or ``_:…`` in N-Triples)."""
        written = self.names.get(nt)
        if written is None:
            written = self.names[nt] = self.iri(nt[1:-1]) if nt[0] == "<" else nt
        return written

    def iri(self, iri: str) -> str:
        """``iri`` as a compact IRI where possible, else in full."""
        pair = prefixed(iri)
        if pair is not None:
            return f"{pair[0]}:{pair[1]}"
        scheme, _, rest = iri.partition(":")
        if scheme in self.ctx and not rest.startswith("//"):
            raise ValueError(f"cannot write the IRI {iri!r} in JSON-LD: it would read back as a compact IRI")
        return iri

    def value(self, nt: str, in_list: bool) -> str:
        """The JSON text of an object, its braces (if any) indented for a key or a list item."""
        key = (nt, in_list)
        written = self.values.get(key)
        if written is None:
            value = self._value(nt)
            if isinstance(value, str):
                written = value
            else:
                outer = _ITEM if in_list else _KEY
                inner = outer + "  "
                written = "{\n" + ",\n".join(f"{inner}{k}: {v}" for k, v in value) + f"\n{outer}}}"
            self.values[key] = written
        return written

    def _value(self, nt: str) -> Value:
        if nt[0] != '"':
            return (('"@id"', _string(self.name(nt))),)
        lexical, language, datatype = self.literals[nt]
        if language is not None:
            return ('"@language"', _string(language)), ('"@value"', _string(lexical))
        if datatype is None:
            return _string(lexical)
        if datatype == _INTEGER and _NATIVE_INTEGER.fullmatch(lexical):
            return lexical
        return ('"@type"', _string(self.iri(datatype))), ('"@value"', _string(lexical))
