"""``kg build``: files in, a graph out — every stage, in order, then the outputs moved into place.

The stages (each its own module)::

    discover/read_source ─► split_articles ─► extract (spaCy) ─► resolve
        ─► build_graph ─► to_rdf ─► exports, HTML, store ─► validate (SHACL)

The output folder is checked first (:mod:`kg.outputs`: kg writes only into a folder it
made, or a new or empty one) and locked; everything is written into a staging folder
inside it, and only when every file is written are they moved into place, so a failed or
killed build never leaves a half-written graph where a good one was.
"""

from __future__ import annotations

import json
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import BuildError, SourceError

__all__ = ["BuildSummary", "build", "DEFAULT_INPUT", "DEFAULT_OUTPUT"]

if TYPE_CHECKING:
    import networkx as nx

    from kg.ingest.sources import InputFile

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("out")
#: The extraction cache's folder inside the output folder (see :mod:`kg.run.cache`).
CACHE_DIR = "cache"
#: The folder of the files' texts, which evidence offsets count characters of:
#: ``text/<file name>.txt`` (the name with its folders under the input root).
TEXT_DIR = "text"
#: The values of ``build(shacl=…)`` and ``kg build --shacl``.
SHACL_ENGINES = ("rust", "pyshacl", "none")


@dataclass
class BuildSummary:
    """What a build did; printed by the CLI and written as ``build.json``."""

    files: int = 0
    files_cached: int = 0  # reused from the previous build's cache (--update)
    workers: int = 1
    dask: str | None = None
    files_failed: list[dict[str, str]] = field(default_factory=list)  # every file not read, and why
    files_skipped: int = 0  # len(files_failed): missing, unreadable or not a format kg reads
    articles: int = 0
    sentences: int = 0
    mentions: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    shacl_engine: str = "rust"
    shacl_conforms: bool | None = None  # None: not validated (shacl="none")
    shacl_violations: int = 0
    shacl_messages: list[str] = field(default_factory=list)
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)  # where the time went
    outputs: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def build(
    paths: Sequence[str | Path],
    outdir: str | Path = DEFAULT_OUTPUT,
    *,
    on_error: Callable[[SourceError], None] | None = None,
    progress: Callable[[Iterable, int, str], Iterable] | None = None,
    html: bool = True,
    store: bool = True,
    workers: int | None = None,
    update: bool = False,
    dask: str | None = None,
    shacl: str = "rust",
) -> BuildSummary:
    """Build the graph of the files under ``paths`` into ``outdir``.

    Parameters
    ----------
    paths
        Files and folders (folders are searched recursively for the formats kg reads:
        :data:`kg.ingest.formats.SUFFIXES`; every other file there is reported and counted).
    outdir
        The output folder: new, empty, or made by kg before (:mod:`kg.outputs`); its
        outputs are replaced only when the build succeeds, nothing else in it is touched.
    on_error
        Called with each unusable file's :class:`SourceError` (the CLI prints one line).
    progress
        ``progress(iterable, total, description)`` wraps the loop over files (a progress bar).
    workers
        Extract files in this many processes (1: in this process).  ``None``: one per core
        when there are several input files and they come to :data:`~kg.run.runner.AUTO_MIN_BYTES`
        or more, else this process (:func:`~kg.run.runner.auto_workers`; with ``update``, all the input counts,
        cached or not).  The output does not depend on it.
    update
        Reuse the extraction of every file unchanged since the last build into ``outdir``
        (its ``cache/``); extract only new and changed files.  Same graph as a full build.
    dask
        Address of a Dask distributed scheduler to extract on instead of local processes.
    shacl
        How the graph is checked against ``ontology/shapes.ttl``: ``"rust"`` (the ``shacl``
        package's Rust engine, :mod:`kg.validate.rust`), ``"pyshacl"`` (the reference engine,
        :mod:`kg.validate.shacl`: the same report, ~50x slower) or ``"none"``.

    Raises
    ------
    OutputRefused
        When ``outdir`` is not kg's to write (see :func:`kg.outputs.check_output`).
    BuildError
        When no input file could be read, or a stage failed; ``outdir`` is untouched.
    LockError
        When another build is writing ``outdir``.
    """
    started = time.perf_counter()
    if shacl not in SHACL_ENGINES:  # before an hour of extraction, not after
        raise BuildError(f"unknown SHACL engine {shacl!r}; valid: {', '.join(SHACL_ENGINES)}")
    from kg.outputs import OutputFolder, check_output
    from kg.ingest.sources import discover

    outdir = Path(outdir)
    check_output(outdir, paths)  # before anything is made or read
    files, missing = discover(paths, skip=[outdir])
    if not files:
        raise BuildError("no input file found" + "".join(f"; {err}" for err in missing[:3]))
    if workers is None:
        from kg.run.runner import auto_workers

        workers = 1 if dask else auto_workers(sum(_size(f.path) for f in files), len(files))
    if workers > 1 and not dask:
        from kg.run.runner import start_worker_server

        start_worker_server()  # its pipeline loads while this process gets ready
    import gc

    collecting = gc.isenabled()
    try:
        with OutputFolder(outdir) as folder:
            summary, G = _build(files, missing, outdir, folder.staging, on_error, progress,
                                workers=workers, update=update, dask=dask)
            summary.shacl_engine = shacl
            _write(G, folder.staging, summary, html=html, store=store, shacl=shacl)
            summary.seconds = round(time.perf_counter() - started, 2)
            (folder.staging / "build.json").write_text(summary.to_json(), encoding="utf-8")
            folder.commit()
    except OSError as err:
        if err.filename is None:  # not about a file: a bug or the system, keep the traceback
            raise
        # the output folder cannot be made or written (no permission, disk full, a read-only
        # file system): one line, and the previous output is as it was (OutputFolder)
        raise BuildError(f"output folder {outdir}: cannot write {err.filename}: {err.strerror or err}") from err
    finally:
        if collecting:
            gc.enable()  # _build turned the collector off after extraction
    return summary


def _build(files: list["InputFile"], missing: list[SourceError], outdir: Path, tmp: Path, on_error, progress, *,
           workers: int, update: bool, dask: str | None) -> tuple[BuildSummary, "nx.MultiDiGraph"]:
    """Extract every file (reusing the cache on ``update``), then resolve into one graph."""
    from kg.run.cache import ExtractionCache
    from kg.graph.model import build_graph, edges_by_predicate, entities_by_type
    from kg.resolve.resolution import resolve
    from kg.run.runner import FileExtraction, Job, run_jobs
    from kg.ingest.sources import read_bytes, source_from_bytes

    summary = BuildSummary(workers=1 if dask else workers, dask=dask)
    report = on_error or (lambda err: print(f"kg: {err}", file=sys.stderr))

    for err in missing:
        summary.files_failed.append({"file": err.path, "problem": err.problem})
        report(err)

    previous, cache = ExtractionCache(outdir / CACHE_DIR), ExtractionCache(tmp / CACHE_DIR)
    ready: deque[FileExtraction] = deque()  # results that need no extraction (unreadable or cached)

    # elsewhere, the largest files go first, so no large file is left running alone at the
    # end while the other workers idle; results are put back in file order all the same
    order = sorted(range(len(files)), key=lambda i: -_size(files[i].path)) if workers > 1 or dask else range(len(files))

    def jobs() -> Iterator[Job]:
        for index in order:
            path, name = files[index].path, files[index].name
            try:
                job = Job(index, str(path), read_bytes(path), name)
            except SourceError as err:
                ready.append(FileExtraction(index, str(path), "", problem=err.problem, name=name))
                continue
            if update and (cached := _cached(previous, job.key, report)) is not None:
                cache.copy_from(previous, job.key)
                summary.files_cached += 1
                text = _previous_text(outdir, name)
                if text is None:  # an output from before out/text/: the file's text again
                    text = source_from_bytes(job.path, job.data, name).text
                ready.append(FileExtraction(index, job.path, job.key, cached, name=name, text=text))
                continue
            yield job

    def results() -> Iterator[FileExtraction]:
        for result in run_jobs(jobs(), workers=workers, dask=dask):
            yield from _drain(ready)
            yield result
        yield from _drain(ready)

    clock = _Clock(summary)
    if workers > 1 or dask:
        # this process waits while others extract: load what resolution needs meanwhile
        import threading

        threading.Thread(target=_prepare_after_extraction, name="kg-prepare-resolution", daemon=True).start()
        # and only takes in records (no pipeline runs here): no collection need walk them as
        # they arrive, while the workers want both cores (build() turns it back on)
        import gc

        gc.disable()
    stream: Iterable[FileExtraction] = results()
    if progress is not None:
        stream = progress(stream, len(files), "extracting")
    done: list[FileExtraction] = []
    for result in stream:
        if result.problem is not None:
            report(SourceError(result.path, result.problem))
        elif result.key and not cache.path(result.key).exists():
            cache.put(result.key, result.extractions)
        if result.text is not None:  # saved now, not held: a corpus's texts need not fit in memory
            _save_text(tmp, result.name, result.text)
            result = replace(result, text=None)
        done.append(result)

    extractions = []
    for result in sorted(done, key=lambda r: r.index):
        if result.problem is not None:
            summary.files_failed.append({"file": result.path, "problem": result.problem})
        else:
            summary.files += 1
            extractions.extend(result.extractions)
    summary.files_skipped = len(summary.files_failed)
    if not summary.files:
        raise BuildError("no input file could be read" + (f" (of {len(files)} found)" if files else ""))
    summary.articles = len(extractions)
    summary.sentences = sum(len(x.sentences) for x in extractions)
    summary.mentions = sum(len(x.mentions) for x in extractions)

    clock.lap("extract")
    # the extractions live until the graph is written: the collector need not walk them again and
    # again at each collection that resolution's and writing's allocations trigger (a third of
    # that time at 100x the seeds); build() turns it back on when it returns
    import gc

    gc.disable()
    resolution = resolve(extractions)
    G = build_graph(resolution.entities, resolution.edges(), {x.article.id: x.article for x in extractions})
    clock.lap("resolve")
    summary.entities = entities_by_type(G)
    summary.relations = edges_by_predicate(G)
    return summary, G


def _save_text(folder: Path, name: str, text: str) -> None:
    """Write a file's text as ``text/<name>.txt`` in the build's folder."""
    path = folder / TEXT_DIR / (name + ".txt")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _previous_text(outdir: Path, name: str) -> str | None:
    try:
        return (outdir / TEXT_DIR / (name + ".txt")).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reported when it is read


def _cached(cache, key: str, report) -> tuple | None:
    """A cache entry, or ``None``; a corrupt entry is reported and not trusted."""
    from kg.errors import CacheCorrupt

    try:
        return cache.get(key)
    except CacheCorrupt as err:
        report(SourceError(str(cache.path(key)), f"corrupt cache entry ({err}); extracting the file again"))
        return None


def _record_shacl(summary: BuildSummary, result) -> None:
    summary.shacl_conforms = result.conforms
    summary.shacl_violations = result.violations
    summary.shacl_messages = list(result.messages)[:20]


class _Clock:
    """Records the seconds since the last lap under a stage's name in the summary."""

    def __init__(self, summary: BuildSummary) -> None:
        self.summary, self.last = summary, time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.summary.stage_seconds[stage] = round(now - self.last, 3)
        self.last = now


def _prepare_after_extraction() -> None:
    """Load what resolution reads and import the exporters (rdflib, the HTML page's layout),
    while other processes extract: after extraction, this process alone works."""
    from kg.resolve.resolution import prepare

    prepare()
    import kg.exports  # noqa: F401
    import kg.exports.html  # noqa: F401
    import kg.exports.triples  # noqa: F401
    import kg.graph.rdf  # noqa: F401
    import kg.store.local  # noqa: F401


def _drain(queue: deque) -> Iterator:
    while queue:
        yield queue.popleft()


def _write(G, tmp: Path, summary: BuildSummary, *, html: bool, store: bool, shacl: str = "rust") -> None:
    """Write every output into the build's temporary folder (swapped in by :func:`build`).

    graph.nt is written first; then the store is loaded from it and the graph checked
    against the shapes on a second thread while this one writes the other files.  Both run
    in Rust (pyoxigraph, the ``shacl`` engine) and release the GIL, so they take a second
    core instead of time; ``stage_seconds`` records their own durations.
    """
    from concurrent.futures import ThreadPoolExecutor

    from kg.exports import EXPORTERS, write_outputs
    from kg.exports.triples import sorted_triples
    from kg.graph.rdf import rdf_triples

    clock = _Clock(summary)
    # sorted once for the three RDF files; an rdflib.Graph is only built for pyshacl
    triples = sorted_triples(rdf_triples(G))
    summary.triples = len(triples)
    clock.lap("rdf")
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-store") as pool:
        written = write_outputs(G, triples, tmp, formats=["ntriples"])
        beside = pool.submit(_store_and_check, written["ntriples"], tmp, store=store, shacl=shacl)
        written.update(write_outputs(G, triples, tmp, formats=[e.name for e in EXPORTERS if e.name != "ntriples"]))
        clock.lap("exports")
        if html:
            from kg.exports.html import write_html

            written["graph.html"] = write_html(G, tmp / "graph.html")
            clock.lap("html")
        store_dir, result, seconds = beside.result()
        clock.lap("waiting for the store and SHACL")
    summary.stage_seconds.update(seconds)
    if store_dir is not None:
        written["store"] = store_dir
    if shacl == "pyshacl":  # the reference engine: Python, so on this thread
        from kg.graph.rdf import to_rdf
        from kg.validate.shacl import validate

        result = validate(to_rdf(G), inplace=True)
        clock.lap("shacl")
    if result is not None:
        _record_shacl(summary, result)
    summary.outputs = sorted(["build.json", CACHE_DIR, *([TEXT_DIR] if (tmp / TEXT_DIR).is_dir() else []),
                              *(Path(p).name for p in written.values())])


def _store_and_check(nt_file: Path, tmp: Path, *, store: bool, shacl: str):
    """Load the store from graph.nt and check the graph with the Rust SHACL engine (as asked);
    return the store's folder, the SHACL result and the seconds of each."""
    seconds: dict[str, float] = {}
    store_dir = result = None
    started = time.perf_counter()
    if store:
        from kg.store.local import load_store

        store_dir = load_store(nt_file, tmp / "store")
        seconds["store"] = round(time.perf_counter() - started, 3)
    if shacl == "rust":
        from kg.validate.rust import validate_file

        started = time.perf_counter()
        result = validate_file(nt_file)
        seconds["shacl"] = round(time.perf_counter() - started, 3)
    return store_dir, result, seconds
