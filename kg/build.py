"""``kg build``: files in, a graph out — every stage, in order, then an atomic swap.

The stages (each its own module)::

    discover/read_source ─► split_articles ─► extract (spaCy) ─► resolve
        ─► build_graph ─► to_rdf ─► validate (SHACL) ─► exports, HTML, store

Everything is written into a fresh temporary folder beside the output folder; only
when every file is written is the old output moved aside and the new one renamed into
place, so a failed or killed build never leaves a half-written graph where a good one
was.  A lock file beside the output folder keeps two builds from writing at once.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import BuildError, LockError, SourceError

__all__ = ["BuildSummary", "build", "output_lock", "recover_output", "DEFAULT_INPUT", "DEFAULT_OUTPUT"]

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("out")


@dataclass
class BuildSummary:
    """What a build did; printed by the CLI and written as ``build.json``."""

    files: int = 0
    files_failed: list[dict[str, str]] = field(default_factory=list)
    articles: int = 0
    sentences: int = 0
    mentions: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    shacl_conforms: bool | None = None
    shacl_violations: int = 0
    shacl_messages: list[str] = field(default_factory=list)
    seconds: float = 0.0
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
) -> BuildSummary:
    """Build the graph of the files under ``paths`` into ``outdir``.

    Parameters
    ----------
    paths
        Files and folders (folders are searched recursively for ``*.txt`` and ``*.md``).
    outdir
        The output folder; replaced as a whole only when the build succeeds.
    on_error
        Called with each unusable file's :class:`SourceError` (the CLI prints one line).
    progress
        ``progress(iterable, total, description)`` wraps the article loop (a progress bar).

    Raises
    ------
    BuildError
        When no input file could be read, or a stage failed; ``outdir`` is untouched.
    LockError
        When another build is writing ``outdir``.
    """
    started = time.perf_counter()
    outdir = Path(outdir)
    with output_lock(outdir):
        return _build(paths, outdir, started, on_error, progress, html=html, store=store)


def _build(paths, outdir: Path, started: float, on_error, progress, *, html: bool, store: bool) -> BuildSummary:
    from .articles import split_articles
    from .graph import build_graph, edges_by_predicate, entities_by_type
    from .pipeline import extract, make_nlp
    from .resolve import resolve
    from .sources import discover, read_source

    summary = BuildSummary()
    report = on_error or (lambda err: print(f"kg: {err}", file=sys.stderr))

    files, missing = discover(paths)
    for err in missing:
        summary.files_failed.append({"file": err.path, "problem": err.problem})
        report(err)
    sources = []
    for path in files:
        try:
            sources.append(read_source(path))
        except SourceError as err:
            summary.files_failed.append({"file": err.path, "problem": err.problem})
            report(err)
    summary.files = len(sources)
    if not sources:
        raise BuildError("no input file could be read" + (f" (of {len(files)} found)" if files else ""))

    articles = [article for source in sources for article in split_articles(source)]
    summary.articles = len(articles)
    nlp = make_nlp()
    stream = extract(articles, nlp)
    if progress is not None:
        stream = progress(stream, len(articles), "extracting")
    extractions = list(stream)
    summary.sentences = sum(len(x.sentences) for x in extractions)
    summary.mentions = sum(len(x.mentions) for x in extractions)

    resolution = resolve(extractions)
    G = build_graph(resolution.entities, resolution.edges(), {a.id: a for a in articles})
    summary.entities = entities_by_type(G)
    summary.relations = edges_by_predicate(G)

    _write(G, outdir, summary, started, html=html, store=store)
    return summary


def _write(G, outdir: Path, summary: BuildSummary, started: float, *, html: bool, store: bool) -> None:
    """Write every output into a temporary sibling of ``outdir``, then swap it in."""
    from .exports import write_outputs
    from .rdf import to_rdf
    from .shacl import validate

    rdf = to_rdf(G)
    summary.triples = len(rdf)
    result = validate(rdf)
    summary.shacl_conforms = result.conforms
    summary.shacl_violations = result.violations
    summary.shacl_messages = list(result.messages)[:20]

    outdir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.building-", dir=outdir.parent))
    try:
        written = dict(write_outputs(G, rdf, tmp))
        if html:
            from .html import write_html

            written["graph.html"] = write_html(G, tmp / "graph.html")
        if store:
            from .store import load_store

            written["store"] = load_store(tmp / "graph.nt", tmp / "store")
        summary.outputs = sorted(["build.json", *(Path(p).name for p in written.values())])
        summary.seconds = round(time.perf_counter() - started, 2)
        (tmp / "build.json").write_text(summary.to_json(), encoding="utf-8")
        _swap_in(tmp, outdir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _swap_in(new: Path, outdir: Path) -> None:
    """Replace ``outdir`` by ``new`` with two renames; a crash between them is repaired
    by :func:`recover_output` (the old folder is kept as ``.<name>.previous``)."""
    previous = outdir.parent / f".{outdir.name}.previous"
    if previous.exists():
        shutil.rmtree(previous)
    if outdir.exists():
        os.replace(outdir, previous)
    os.replace(new, outdir)
    shutil.rmtree(previous, ignore_errors=True)


def recover_output(outdir: str | Path) -> None:
    """Put back the previous output if a build died between the two renames of the swap."""
    outdir = Path(outdir)
    previous = outdir.parent / f".{outdir.name}.previous"
    if not outdir.exists() and previous.exists():
        os.replace(previous, outdir)


class output_lock:
    """An exclusive lock on an output folder (``.<name>.lock`` beside it)."""

    def __init__(self, outdir: str | Path) -> None:
        self.outdir = Path(outdir)

    def __enter__(self) -> "output_lock":
        from filelock import FileLock, Timeout

        self.outdir.parent.mkdir(parents=True, exist_ok=True)
        self._lock = FileLock(str(self.outdir.parent / f".{self.outdir.name}.lock"))
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise LockError(f"{self.outdir}: another kg build is writing this folder; wait for it to finish") from None
        recover_output(self.outdir)
        return self

    def __exit__(self, *exc) -> None:
        self._lock.release()
