"""The embedded SPARQL store: the built graph in a pyoxigraph (RocksDB) store on disk.

rdflib stays the API the code builds the graph with; pyoxigraph is the engine that answers
queries, because it answers in milliseconds where rdflib's pure-Python evaluator takes
seconds on the same graph (``benchmarks/bench_queries.py`` measures the ratio).

* :func:`load_store` writes a store from an :class:`rdflib.Graph` or an RDF file
  (Turtle, N-Triples, JSON-LD, RDF/XML, N-Quads, TriG) into ``store_dir``.  The store is
  built in a temporary sibling folder and swapped in with renames, so a reader never opens
  a half-loaded store and a failed load leaves the old one in place.
* :func:`open_store` opens a store *read-only* for queries (``kg query``, ``kg serve``);
  several processes may hold it open at once.

>>> import tempfile, rdflib
>>> g = rdflib.Graph()
>>> _ = g.add((rdflib.URIRef("http://example.org/a"), rdflib.RDFS.label, rdflib.Literal("甲", lang="zh")))
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = load_store(g, Path(tmp) / "store")
...     len(open_store(path))
1
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Union

from kg.errors import QueryError
from kg.outputs import folder_mode

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph
    import rdflib

__all__ = ["STORE_DIRNAME", "RDF_FORMATS", "load_store", "open_store", "store_path"]

#: Name of the store folder inside a build's output folder (``out/store``).
STORE_DIRNAME = "store"

#: File suffix → pyoxigraph ``RdfFormat`` attribute name, for :func:`load_store`.
RDF_FORMATS: dict[str, str] = {
    ".ttl": "TURTLE",
    ".nt": "N_TRIPLES",
    ".nq": "N_QUADS",
    ".trig": "TRIG",
    ".jsonld": "JSON_LD",
    ".rdf": "RDF_XML",
    ".owl": "RDF_XML",
    ".n3": "N3",
}

Source = Union["rdflib.Graph", str, os.PathLike]


def load_store(source: Source, store_dir: Path) -> Path:
    """Load ``source`` into a fresh pyoxigraph store at ``store_dir``; return ``store_dir``.

    Parameters
    ----------
    source
        An :class:`rdflib.Graph` (serialised to N-Triples, which keeps every term exactly),
        or the path of an RDF file whose suffix is one of :data:`RDF_FORMATS`.
    store_dir
        Where the store goes.  Anything there before is replaced, atomically: the new
        store is built in ``.<name>.loading-*`` beside it and renamed into place.

    Returns
    -------
    Path
        ``store_dir``.

    Raises
    ------
    QueryError
        If the file is missing, has an unknown suffix, or does not parse (the parser's
        message is kept).
    """
    import shutil
    import tempfile  # here, not at the top: `kg query` opens a store and never loads one

    import pyoxigraph as ox

    store_dir = Path(store_dir)
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    data: bytes | None = None
    path: Path | None = None
    fmt = ox.RdfFormat.N_TRIPLES
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        name = RDF_FORMATS.get(path.suffix.lower())
        if name is None:
            raise QueryError(f"{path}: unknown RDF file suffix {path.suffix!r}; valid: {', '.join(RDF_FORMATS)}")
        if not path.is_file():
            raise QueryError(f"{path}: no such file to load into the store")
        fmt = getattr(ox.RdfFormat, name)
    else:
        data = source.serialize(format="nt", encoding="utf-8")

    tmp = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.loading-", dir=store_dir.parent))
    try:
        os.chmod(tmp, folder_mode())  # mkdtemp makes it 0700: a colleague's kg query could not open the store
        store = ox.Store(str(tmp))
        try:
            if path is not None:
                store.bulk_load(path=str(path), format=fmt)
            else:
                store.bulk_load(input=data, format=fmt)
        except SyntaxError as err:
            raise QueryError(f"{path or 'graph'}: cannot load into the store: {err}") from err
        store.flush()
        store.optimize()
        del store  # closes RocksDB before the folder moves
        _swap(tmp, store_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return store_dir


def _swap(new: Path, target: Path) -> None:
    """Put ``new`` where ``target`` is, keeping ``target`` until the rename succeeded."""
    import shutil

    old = target.parent / f".{target.name}.old-{os.getpid()}"
    if target.exists():
        os.replace(target, old)
    try:
        os.replace(new, target)
    except BaseException:
        if old.exists():
            os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def store_path(where: str | os.PathLike) -> Path:
    """The store folder for ``where``: a build output folder (``out`` → ``out/store``) or a store itself.

    Raises
    ------
    QueryError
        If neither ``where`` nor ``where/store`` is a store (no ``kg build`` yet).
    """
    where = Path(where)
    for candidate in (where / STORE_DIRNAME, where):
        if (candidate / "CURRENT").is_file():  # RocksDB's marker file
            return candidate
    raise QueryError(f"{where}: no SPARQL store here (looked for {where / STORE_DIRNAME}); run `kg build` first")


def open_store(where: str | os.PathLike) -> pyoxigraph.Store:
    """Open the store at ``where`` (see :func:`store_path`) read-only.

    Raises
    ------
    QueryError
        If there is no store there or RocksDB cannot open it.
    """
    import pyoxigraph as ox

    path = store_path(where)
    try:
        return ox.Store.read_only(str(path))
    except (OSError, RuntimeError) as err:  # pyoxigraph reports RocksDB's "Corruption: …" as a RuntimeError
        raise QueryError(f"{path}: cannot open the SPARQL store: {err}; run `kg build` again") from err
