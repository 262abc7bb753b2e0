"""File exports: every format behind one small signature, registered by name.

Modelled on ``rdflib/plugin.py``: an :class:`Exporter` names a format, its aliases, media
type and default file name, and *where* its code lives (``module:function``); the module
is imported only when the format is used.  Every renderer has the signature::

    render(G: networkx.MultiDiGraph, rdf: rdflib.Graph) -> bytes

where ``rdf`` is an :class:`rdflib.Graph` or any collection of its triples (a build passes
the set of :func:`kg.graph.rdf.rdf_triples`: the writers only iterate it).  A renderer must give
byte-identical output for the same graph, whatever the process's hash seed.
The three RDF renderers are pyoxigraph's serialisers, given the graph's triples sorted
(:func:`kg.exports.triples.sorted_triples`), which :func:`write_outputs` computes once for
all of them; pass its result to several calls to share it across them too.
:func:`write_outputs` writes each format with :func:`kg.outputs.atomic_write` (a temporary file in the
same folder, fsync, :func:`os.replace`), so a reader never sees a half-written file.

=================  ===================  ========================  ====================================
name (aliases)     file                 media type                module
=================  ===================  ========================  ====================================
turtle (ttl)       ``graph.ttl``        ``text/turtle``           :mod:`kg.exports.turtle`
ntriples (nt)      ``graph.nt``         ``application/n-triples`` :mod:`kg.exports.ntriples`
jsonld (json-ld)   ``graph.jsonld``     ``application/ld+json``   :mod:`kg.exports.jsonld`
entities-csv       ``entities.csv``     ``text/csv``              :mod:`kg.exports.tables`
relations-csv      ``relations.csv``    ``text/csv``              :mod:`kg.exports.tables`
investments-csv    ``investments.csv``  ``text/csv``              :mod:`kg.exports.tables`
=================  ===================  ========================  ====================================

>>> [e.filename for e in EXPORTERS]
['graph.ttl', 'graph.nt', 'graph.jsonld', 'entities.csv', 'relations.csv', 'investments.csv']
>>> get_exporter("TTL").name, get_exporter("text/turtle").name
('turtle', 'turtle')
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import UnknownFormat
from kg.outputs import atomic_write
from kg.schema import MEDIA_TYPES

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import rdflib

__all__ = ["Exporter", "EXPORTERS", "get_exporter", "render", "write_outputs"]

Renderer = Callable[["nx.MultiDiGraph", "rdflib.Graph"], bytes]


@dataclass(frozen=True)
class Exporter:
    """One registered export format.

    ``target`` is ``"<module>:<function>"``, imported on first :meth:`load`.
    """

    name: str
    filename: str
    media_type: str
    target: str
    aliases: tuple[str, ...] = ()

    def load(self) -> Renderer:
        """Import and return the renderer."""
        module, _, function = self.target.partition(":")
        return getattr(importlib.import_module(module), function)

    def names(self) -> tuple[str, ...]:
        """Every name the format answers to: name, aliases, media type, file suffix."""
        return (self.name, *self.aliases, self.media_type, Path(self.filename).suffix.lstrip("."))


#: The registry, in the order files are written.
EXPORTERS: tuple[Exporter, ...] = (
    Exporter("turtle", "graph.ttl", MEDIA_TYPES["turtle"], "kg.exports.turtle:render", ("ttl", "longturtle")),
    Exporter("ntriples", "graph.nt", MEDIA_TYPES["ntriples"], "kg.exports.ntriples:render", ("nt", "n-triples")),
    Exporter("jsonld", "graph.jsonld", MEDIA_TYPES["jsonld"], "kg.exports.jsonld:render", ("json-ld",)),
    Exporter("entities-csv", "entities.csv", MEDIA_TYPES["csv"], "kg.exports.tables:render_entities", ("entities",)),
    Exporter("relations-csv", "relations.csv", MEDIA_TYPES["csv"], "kg.exports.tables:render_relations", ("relations",)),
    Exporter("investments-csv", "investments.csv", MEDIA_TYPES["csv"], "kg.exports.tables:render_investments",
             ("investments",)),
)
#: The formats written from the RDF triples (the others read the graph model).
_RDF_FORMATS = frozenset({"turtle", "ntriples", "jsonld"})


def get_exporter(name: str) -> Exporter:
    """The exporter called ``name`` (or one of its aliases, its media type or file suffix).

    Raises
    ------
    UnknownFormat
        A :class:`KeyError` and a :class:`~kg.errors.KgError`, naming the valid formats.  A media type or suffix shared by two formats
        (``text/csv``) picks the first; use the format's name to choose.
    """
    key = name.strip().lower()
    for exporter in EXPORTERS:
        if key in exporter.names():
            return exporter
    raise UnknownFormat(f"unknown export format {name!r}; valid: {', '.join(e.name for e in EXPORTERS)}")


def render(name: str, G: nx.MultiDiGraph, rdf: rdflib.Graph) -> bytes:
    """The bytes of format ``name`` for the graph model ``G`` and its RDF ``rdf``."""
    return get_exporter(name).load()(G, rdf)


def write_outputs(
    G: nx.MultiDiGraph,
    rdf_graph: rdflib.Graph,
    outdir: str | Path,
    formats: Iterable[str] | None = None,
) -> dict[str, Path]:
    """Write every export format (or those named in ``formats``) into ``outdir``.

    Parameters
    ----------
    G
        The graph model (:func:`kg.graph.model.build_graph`).
    rdf_graph
        Its RDF: :func:`kg.graph.rdf.to_rdf`, the set of :func:`kg.graph.rdf.rdf_triples`, or
        those sorted once already (:func:`kg.exports.triples.sorted_triples`).
    outdir
        The folder to write into; created if missing.
    formats
        Format names or aliases; all of :data:`EXPORTERS` when None.

    Returns
    -------
    dict[str, Path]
        Format name → the file written.
    """
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    chosen = EXPORTERS if formats is None else tuple(dict.fromkeys(get_exporter(f) for f in formats))
    if any(e.name in _RDF_FORMATS for e in chosen):
        from kg.exports.triples import sorted_triples

        rdf_graph = sorted_triples(rdf_graph)  # once, for Turtle, N-Triples and JSON-LD alike
    written: dict[str, Path] = {}
    for exporter in chosen:
        written[exporter.name] = atomic_write(outdir / exporter.filename, exporter.load()(G, rdf_graph))
    return written
