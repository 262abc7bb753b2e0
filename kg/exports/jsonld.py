"""JSON-LD export (``graph.jsonld``): flattened, compacted with kg's prefixes, sorted.

rdflib's JSON-LD serialiser writes nodes in the order it meets them, which depends on the
process's hash seed.  This module re-sorts its output: the ``@graph`` nodes by ``@id``,
each node's keys, and each multi-valued property's values (JSON-LD values are unordered
sets unless they are ``@list``, which kg never writes), then dumps it with sorted keys.

>>> from rdflib import Graph, Literal, URIRef
>>> from kg.rdf import bind_prefixes
>>> g = bind_prefixes(Graph())
>>> from rdflib.namespace import RDFS
>>> _ = g.add((URIRef("https://w3id.org/kgnews/id/place/即墨区"), RDFS.label, Literal("即墨区", lang="zh")))
>>> import json
>>> json.loads(render(None, g))["@graph"][0]["rdfs:label"]
{'@language': 'zh', '@value': '即墨区'}
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import rdflib

__all__ = ["render", "context"]


def context() -> dict[str, str]:
    """The ``@context``: kg's prefixes (:data:`kg.rdf.PREFIXES`)."""
    from kg.rdf import PREFIXES

    return {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _sorted_node(node: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in node.items():
        if isinstance(value, list):
            value = sorted(value, key=_key)
        out[key] = value
    return out


def render(G: nx.MultiDiGraph | None, rdf: rdflib.Graph) -> bytes:
    """``rdf`` as sorted, indented UTF-8 JSON-LD (``G`` is not used)."""
    from rdflib import BNode
    from rdflib.compare import to_canonical_graph

    if any(isinstance(term, BNode) for triple in rdf for term in triple):
        rdf = to_canonical_graph(rdf)
    ctx = context()
    doc = json.loads(rdf.serialize(format="json-ld", context=ctx, auto_compact=False))
    if isinstance(doc, list):  # an empty graph, or one rdflib did not wrap
        nodes = doc
    else:
        single = {k: v for k, v in doc.items() if k != "@context"}  # one node: not wrapped in @graph
        nodes = doc.get("@graph", [single] if single else [])
    nodes = sorted((_sorted_node(n) for n in nodes), key=lambda n: (str(n.get("@id", "")), _key(n)))
    out = {"@context": ctx, "@graph": nodes}
    return (json.dumps(out, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
