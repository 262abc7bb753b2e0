"""SHACL on a Rust engine: the ``shacl`` package (PyPI ``shacl``), kg's default check.

It gives the report :mod:`kg.validate.shacl` (pyshacl, the reference engine) gives, on
every constraint of ``ontology/shapes.ttl`` (``tests/test_shacl_engines.py`` breaks each
one, alone and in random combinations, and compares the results); on the seeds graph at
100x (119,373 triples) it takes ~0.7 s where pyshacl takes ~37 s.  It follows SHACL
where pyshacl does not: ``sh:lessThanOrEquals`` reports a value that cannot be compared
(an ill-typed ``"abc"^^xsd:integer`` offset), where pyshacl raises a TypeError or says
nothing.  The engine releases the GIL, so a build runs it beside its other outputs.

The ontology (``kg.ttl``) is read with the data, as pyshacl's ``ont_graph`` is mixed into
it, so that ``sh:class kg:Person`` accepts a ``kg:Official``; nothing is inferred
(``inference="none"``), for the reason :mod:`kg.validate.shacl` gives.

>>> from rdflib import Graph, Literal
>>> from rdflib.namespace import RDF, RDFS
>>> from kg.graph.vocab import KG, KGR
>>> validate_graph(Graph()).conforms
True
>>> g = Graph()
>>> _ = g.add((KGR["agency/甲局"], RDF.type, KG.Agency))
>>> _ = g.add((KGR["agency/甲局"], RDFS.label, Literal("Jia", lang="en")))
>>> validate_graph(g).messages
('entity: needs exactly one non-empty rdfs:label in Chinese (@zh) — kgr:agency/甲局 rdfs:label = "Jia"@en',)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.validate.shacl import ShaclResult, result_line

if TYPE_CHECKING:  # pragma: no cover
    import rdflib
    import shacl

__all__ = ["validate_file", "validate_graph", "validate_text", "results"]


@cache
def _shapes(path: str) -> shacl.Shapes:
    import shacl

    return shacl.Shapes.from_file(path)


def results(data: str) -> list[shacl.Result]:
    """The engine's results for the graph in ``data`` (Turtle or N-Triples), the ontology mixed in."""
    return _report(data).results


def _report(data: str) -> Any:
    from kg.graph.ontology import ontology_path, shapes_path

    ontology = ontology_path().read_text(encoding="utf-8")
    # N-Triples is Turtle: the data and the ontology read as one document
    return _shapes(str(shapes_path())).validate_text(data + "\n" + ontology, format="turtle", inference="none")


def validate_text(data: str) -> ShaclResult:
    """Validate the graph in ``data`` (Turtle or N-Triples) against kg's shapes."""
    from rdflib.util import from_n3

    def term(text: str | None) -> Any:
        if text is None:
            return None
        try:
            return from_n3(text)
        except Exception:  # a property path that is not one IRI (kg's shapes have none): as written
            return text

    report = _report(data)
    lines = sorted(result_line(r.message, r.component_iri.strip("<>"), term(r.focus_node), term(r.path),
                               term(r.value), r.severity_iri.strip("<>")) for r in report.results)
    violations = sum(r.severity == "Violation" for r in report.results)
    return ShaclResult(conforms=bool(report.conforms), violations=violations, text=report.turtle, messages=tuple(lines))


def validate_file(path: str | Path) -> ShaclResult:
    """Validate the graph in a Turtle or N-Triples file (a build checks the ``graph.nt`` it wrote)."""
    return validate_text(Path(path).read_text(encoding="utf-8"))


def validate_graph(data: rdflib.Graph) -> ShaclResult:
    """Validate an :class:`rdflib.Graph`."""
    return validate_text(data.serialize(format="nt"))
