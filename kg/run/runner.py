"""Where extraction runs: in this process, in a pool of worker processes, or on Dask.

The unit of work is one input file: its bytes go in, its articles' extractions come
out (:class:`FileExtraction`).  A file is independent of every other file until
resolution, so files can be extracted anywhere, in any order; the build puts the
results back in the order of the files, so its output never depends on which worker
finished first.  Resolution and export then reduce centrally (see :mod:`kg.run.build`).

Within a process, the articles of successive files go through the pipeline as one stream
(:func:`extract_jobs`): ``nlp.pipe`` works in batches of Docs and every component pays
per batch, while a news file has a handful of articles.  Worker processes take files in
groups (:data:`GROUP_BYTES`) for the same reason.

Memory stays bounded by the files in flight, not the corpus: one batch of articles in a
process, and at most ``2 × workers`` groups of files read and waiting in a pool.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from kg.errors import BuildError, SourceError
from kg.records import Extraction

__all__ = ["Job", "FileExtraction", "ARTICLE_BATCH", "GROUP_BYTES", "AUTO_MIN_BYTES", "AUTO_MAX_WORKERS", "file_key",
           "extract_job", "extract_jobs", "run_jobs", "auto_workers", "usable_cores", "process_context", "start_worker_server", "warm_pipeline"]

#: Articles per batch of the pipeline (``nlp.pipe``).  Every component pays per batch
#: (spaCy's generators; kg_ner's features and Viterbi steps are numpy calls per batch),
#: so fuller batches are cheaper per article: at 40x the seeds, one stream in batches of
#: 64 extracts the same in about two thirds of the time of a pipe per file.
ARTICLE_BATCH = 64
#: A worker process takes files in groups of about this many bytes (a larger file is a
#: group of its own), so its batches are full as in one stream.
GROUP_BYTES = 128 * 1024
#: ``workers=None`` (``kg build -j auto``) extracts in this process below this many bytes of
#: input: a pool's start (the pipeline built in a second process, results sent back) costs
#: about what the second core saves there.  On 2 cores, ``-j 2`` took as long as ``-j 1`` on
#: 364 KB of news, 8% less on 724 KB and 20% less on 1.5 MB.
AUTO_MIN_BYTES = 512 * 1024
#: ``workers=None`` starts at most this many processes: each holds a pipeline (~0.4 GB).
AUTO_MAX_WORKERS = 8


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
        import gc

        from kg.nlp.pipeline import make_nlp

        nlp = _local.nlp = make_nlp()
        # The pipeline lives as long as the process: its objects go to the collector's
        # permanent generation, so the collections extraction triggers do not walk them
        # each time (~15% of extraction at 40x the seeds), and a worker forked from the
        # forkserver that built it does not touch (and so copy) their pages.
        gc.freeze()
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


class _InFlight:
    """A file whose articles entered the stream, and the extractions it waits for."""

    __slots__ = ("job", "text", "expected", "extractions", "problem")

    def __init__(self, job: Job) -> None:
        self.job = job
        self.text: str | None = None
        self.expected: int | None = None  # its number of articles, once split
        self.extractions: list[Extraction] = []
        self.problem: str | None = None

    @property
    def done(self) -> bool:
        return self.problem is not None or len(self.extractions) == self.expected

    def result(self) -> FileExtraction:
        job = self.job
        if self.problem is not None:
            return FileExtraction(job.index, job.path, job.key, problem=self.problem, name=job.source_name)
        return FileExtraction(job.index, job.path, job.key, tuple(self.extractions), name=job.source_name,
                              text=self.text)


def extract_jobs(jobs: Iterable[Job], batch_size: int = ARTICLE_BATCH) -> Iterator[FileExtraction]:
    """Extract every job in this process, the articles of successive files as one stream of
    the pipeline; each file's result as soon as its last article is out, in job order.

    The Extractions are those of :func:`extract_job` file by file: each article is
    extracted alone, and the one component that looks across articles, ``kg_context``,
    groups them by file (:class:`kg.nlp.context.ArticleContext`).  A file that cannot be
    decoded comes back with its problem.  When the stream raises (a bug on one odd file),
    the files in it are extracted again one by one with :func:`extract_job`, so only the
    file at fault is lost, and the stream goes on with the next file.
    """
    from kg.ingest.articles import split_articles
    from kg.ingest.sources import source_from_bytes
    from kg.nlp.pipeline import extract

    jobs = iter(jobs)
    nlp = _nlp()  # (a pipeline that cannot be built is no file's fault: it stops the run here, with its error)
    while True:
        inflight: deque[_InFlight] = deque()

        def articles() -> Iterator:
            for job in jobs:
                file = _InFlight(job)
                inflight.append(file)  # before anything can fail: a failure re-runs it alone
                try:
                    source = source_from_bytes(job.path, job.data, job.source_name)
                except SourceError as err:
                    file.problem = err.problem
                    continue
                file.text = source.text
                split = split_articles(source)
                file.expected = len(split)
                yield from split

        try:
            for extraction in extract(articles(), nlp, batch_size=batch_size):
                while inflight[0].done:
                    yield inflight.popleft().result()
                inflight[0].extractions.append(extraction)
        except Exception:  # a bug on one odd file must not cost the user the rest
            if not inflight:
                raise  # (failing before any file was read blames no file: going on would fail the same way forever)
            for file in inflight:
                yield file.result() if file.done else extract_job(file.job)
            continue  # the stream goes on from the next job
        while inflight:
            yield inflight.popleft().result()
        return


def extract_group(jobs: list[Job]) -> list[FileExtraction]:
    """:func:`extract_jobs` of a group of files, for a worker process."""
    return list(extract_jobs(jobs))


def _groups(jobs: Iterable[Job], size: int = GROUP_BYTES) -> Iterator[list[Job]]:
    """Successive jobs in groups of about ``size`` bytes."""
    group: list[Job] = []
    held = 0
    for job in jobs:
        group.append(job)
        held += len(job.data)
        if held >= size:
            yield group
            group, held = [], 0
    if group:
        yield group


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def auto_workers(input_bytes: int, files: int, cores: int | None = None) -> int:
    """How many processes ``workers=None`` extracts ``files`` of ``input_bytes`` in all in: one
    per core (at most :data:`AUTO_MAX_WORKERS`, and no more than files), or this process alone
    below :data:`AUTO_MIN_BYTES` or for one file (a worker takes whole files: one file is one
    worker's work, and the others would idle).

    >>> auto_workers(100_000, 50, cores=4), auto_workers(3_000_000, 50, cores=4), auto_workers(3_000_000, 50, cores=64)
    (1, 4, 8)
    >>> auto_workers(3_000_000, 1, cores=4), auto_workers(3_000_000, 3, cores=4)
    (1, 3)
    """
    if input_bytes < AUTO_MIN_BYTES or files < 2:
        return 1
    return max(1, min(usable_cores() if cores is None else cores, AUTO_MAX_WORKERS, files))


def run_jobs(jobs: Iterable[Job], *, workers: int = 1, dask: str | None = None) -> Iterator[FileExtraction]:
    """Extract every job, yielding results as they finish (callers sort by ``index``).

    ``workers == 1`` runs in this process; more runs a pool of that many processes;
    ``dask`` (a scheduler address such as ``tcp://10.0.0.5:8786``) sends the jobs to a
    Dask distributed cluster, whose workers must have kg installed.
    """
    if dask:
        yield from _run_dask(jobs, dask)
    elif workers <= 1:
        yield from extract_jobs(jobs)
    else:
        yield from _run_pool(jobs, workers)


def _run_pool(jobs: Iterable[Job], workers: int) -> Iterator[FileExtraction]:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    with ProcessPoolExecutor(max_workers=workers, mp_context=process_context(), initializer=warm_pipeline) as pool:
        pending: set = set()
        for group in _groups(jobs):
            pending.add(pool.submit(extract_group, group))
            if len(pending) >= 2 * workers:  # at most two groups per worker read and waiting
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
        for future in pending:
            yield from future.result()


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


def start_worker_server() -> None:
    """Start the process kg's workers fork from now, so that it builds its pipeline (about a
    second and a half) while this process is still reading files and importing what comes
    after extraction; a pool started later finds it running."""
    context = process_context()
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def warm_pipeline() -> None:
    """Build this thread's pipeline now: in a worker as soon as it starts (while the parent
    is still reading files), and in the forkserver workers fork from (:mod:`kg.run.preload`)."""
    _nlp()


def _run_dask(jobs: Iterable[Job], address: str) -> Iterator[FileExtraction]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise BuildError("--dask needs Dask distributed: pip install 'kg[dask]'") from None
    # how long to try is Dask's own setting (distributed.comm.timeouts.connect, 30 s unless the
    # user's Dask config or DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT says otherwise)
    try:
        client = Client(address, set_as_default=False)
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
