"""Where extraction runs: in this process, in a pool of worker processes, or on Dask.

The unit of work is one input file: its bytes go in, its articles' extractions come
out (:class:`FileExtraction`).  A file is independent of every other file until
resolution, so files can be extracted anywhere, in any order; :func:`run_jobs` hands
the results back in the order of the jobs so a build's output never depends on which
worker finished first.  Resolution and export then reduce centrally (see
:mod:`kg.run.build`).

Memory stays bounded by the number of files in flight, not the corpus: at most
``2 × workers`` files are read and waiting at any time.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from kg.errors import BuildError, SourceError
from kg.records import Extraction

__all__ = ["Job", "FileExtraction", "file_key", "extract_job", "run_jobs", "process_context", "warm_pipeline"]


@dataclass(frozen=True)
class Job:
    """One file to extract: its path (for messages and ``Source.path``), the name kg knows
    it by (:attr:`kg.ingest.sources.InputFile.name`: article ids are made of it) and its bytes."""

    index: int  # position in the corpus: results are put back in this order
    path: str
    data: bytes
    name: str = ""  # default: the base name of path

    @cached_property
    def key(self) -> str:
        """:func:`file_key` of the file, hashed once (a build asks for it several times)."""
        return file_key(self.source_name, self.data)

    @property
    def source_name(self) -> str:
        return self.name or os.path.basename(self.path)


@dataclass(frozen=True)
class FileExtraction:
    """The extractions of one file's articles, or the problem that stopped it.

    ``text`` is the file's text (:attr:`kg.records.Source.text`), which the build saves
    beside the graph for evidence offsets to point into; ``name`` the file's name."""

    index: int
    path: str
    key: str
    extractions: tuple[Extraction, ...] = ()
    problem: str | None = None  # why the file was skipped (undecodable, or extraction failed)
    name: str = ""
    text: str | None = None


def file_key(name: str, data: bytes) -> str:
    """The cache key of a file: its name (its path under the input root: article ids contain it)
    and its content."""
    digest = hashlib.sha256(name.encode("utf-8") + b"\0")
    digest.update(data)
    return digest.hexdigest()


_local = threading.local()  # one pipeline per worker thread: spaCy pipelines are not shared


def _nlp():
    nlp = getattr(_local, "nlp", None)
    if nlp is None:
        from kg.nlp.pipeline import make_nlp

        nlp = _local.nlp = make_nlp()
    return nlp


def extract_job(job: Job) -> FileExtraction:
    """Decode, split and extract one file.  Runs in whatever process it is sent to.

    A file that cannot be decoded, or whose extraction raises, comes back with a
    ``problem`` instead of sinking the corpus.
    """
    from kg.ingest.articles import split_articles
    from kg.nlp.pipeline import extract
    from kg.ingest.sources import source_from_bytes

    try:
        source = source_from_bytes(job.path, job.data, job.source_name)
        extractions = tuple(extract(split_articles(source), _nlp()))
    except SourceError as err:
        return FileExtraction(job.index, job.path, job.key, problem=err.problem, name=job.source_name)
    except Exception as err:  # a bug on one odd file must not cost the user the rest
        return FileExtraction(job.index, job.path, job.key, problem=f"extraction failed ({type(err).__name__}: {err})",
                              name=job.source_name)
    return FileExtraction(job.index, job.path, job.key, extractions, name=job.source_name, text=source.text)


def run_jobs(jobs: Iterable[Job], *, workers: int = 1, dask: str | None = None) -> Iterator[FileExtraction]:
    """Extract every job, yielding results as they finish (callers sort by ``index``).

    ``workers == 1`` runs in this process; more runs a pool of that many processes;
    ``dask`` (a scheduler address such as ``tcp://10.0.0.5:8786``) sends the jobs to a
    Dask distributed cluster, whose workers must have kg installed.
    """
    if dask:
        yield from _run_dask(jobs, dask)
    elif workers <= 1:
        for job in jobs:
            yield extract_job(job)
    else:
        yield from _run_pool(jobs, workers)


def _run_pool(jobs: Iterable[Job], workers: int) -> Iterator[FileExtraction]:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    with ProcessPoolExecutor(max_workers=workers, mp_context=process_context(), initializer=warm_pipeline) as pool:
        pending: set = set()
        for job in jobs:
            pending.add(pool.submit(extract_job, job))
            if len(pending) >= 2 * workers:  # at most two files per worker read and waiting
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in done)
        for future in pending:
            yield future.result()


def process_context():
    """The multiprocessing context kg's worker processes start from.

    forkserver (spawn where there is none) rather than fork: the parent may run threads
    (the progress bar), and forking a threaded process can deadlock the child.
    """
    import multiprocessing

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # the server builds the pipeline once; workers fork from it with the pipeline built
        context.set_forkserver_preload(["kg.run.preload"])
    return context


def warm_pipeline() -> None:
    """Build this thread's pipeline now: in a worker as soon as it starts (while the parent
    is still reading files), and in the forkserver workers fork from (:mod:`kg.run.preload`)."""
    _nlp()


def _run_dask(jobs: Iterable[Job], address: str) -> Iterator[FileExtraction]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise BuildError("--dask needs Dask distributed: pip install 'kg[dask]'") from None
    try:
        client = Client(address, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError) as err:
        raise BuildError(f"cannot reach the Dask scheduler at {address} ({err})") from None
    with client:
        window = 2 * max(1, sum(client.nthreads().values()))
        running = as_completed(loop=client.loop)
        for job in jobs:
            # pure=False: two files with the same bytes under different names are different jobs
            running.add(client.submit(extract_job, job, pure=False))
            if running.count() >= window:
                yield next(running).result()
        for future in running:
            yield future.result()
