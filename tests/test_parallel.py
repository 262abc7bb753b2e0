"""Extraction elsewhere: a process pool and a Dask cluster give the one-process graph, byte for byte."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from kg.run.build import build
from kg.run.runner import AUTO_MAX_WORKERS, AUTO_MIN_BYTES, auto_workers
from kg.cli import cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def one_process(seeds_build):
    return (seeds_build.out / "graph.ttl").read_bytes()


def test_two_workers_give_the_same_graph(one_process, seeds_dir, tmp_path):
    out = tmp_path / "out"
    summary = build([seeds_dir], out, html=False, store=False, workers=2)
    assert summary.workers == 2 and summary.files == 5
    assert summary.shacl_conforms is True  # validated in a second process
    assert any(stage.startswith("shacl") for stage in summary.stage_seconds)
    assert (out / "graph.ttl").read_bytes() == one_process


def test_dask_local_cluster_gives_the_same_graph(one_process, seeds_dir, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = tmp_path / "out"
        with distributed.Client(cluster.scheduler_address) as client, distributed.get_task_stream(client) as tasks:
            summary = build([seeds_dir], out, html=False, store=False, dask=cluster.scheduler_address)
        assert summary.dask == cluster.scheduler_address
        extracted = [t for t in tasks.data if str(t["key"]).startswith("extract_job")]
        assert len(extracted) == 5  # one task per file, run on the cluster's workers
        assert {t["worker"] for t in extracted} <= set(cluster.scheduler_info["workers"])
    assert (out / "graph.ttl").read_bytes() == one_process


def test_unreachable_dask_scheduler_is_a_one_line_error(seeds_dir, tmp_path):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    import dask.config

    # Dask's own connect setting decides how long kg tries (the README's advice to users)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        started = time.monotonic()
        result = CliRunner().invoke(cli, ["build", str(seeds_dir), "-o", str(tmp_path / "out"),
                                          "--dask", f"tcp://127.0.0.1:{port}"])
        waited = time.monotonic() - started
    assert result.exit_code == 1 and waited < 8
    assert "cannot reach the Dask scheduler" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_a_file_whose_extraction_crashes_is_skipped_not_fatal(tmp_path, seed_files, monkeypatch):
    import kg.nlp.pipeline

    real = kg.nlp.pipeline.extract

    def fragile(articles, nlp=None, **kw):
        articles = list(articles)
        if articles and articles[0].source == "bad.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return real(articles, nlp, **kw)

    monkeypatch.setattr(kg.nlp.pipeline, "extract", fragile)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bad.txt").write_bytes(seed_files[0].read_bytes())
    (corpus / "good.txt").write_bytes(seed_files[1].read_bytes())
    problems = []
    summary = build([corpus], tmp_path / "out", html=False, store=False, on_error=problems.append)
    assert summary.files == 1
    assert summary.files_failed == [{"file": str(corpus / "bad.txt"),
                                     "problem": "extraction failed (RecursionError: maximum recursion depth exceeded)"}]
    assert [p.path for p in problems] == [str(corpus / "bad.txt")]


@pytest.mark.parametrize("input_bytes,files,cores,expected", [
    (AUTO_MIN_BYTES - 1, 50, 4, 1),  # small input: kg's own process, however many cores
    (AUTO_MIN_BYTES, 50, 4, 4),  # one process per core
    (AUTO_MIN_BYTES, 50, 1, 1),
    (50 * AUTO_MIN_BYTES, 50, 64, AUTO_MAX_WORKERS),  # capped: each process holds a pipeline
    (50 * AUTO_MIN_BYTES, 1, 4, 1),  # one file is one worker's: no pool
    (50 * AUTO_MIN_BYTES, 3, 4, 3),  # no process without a file
])
def test_auto_workers_by_input_size_files_and_cores(input_bytes, files, cores, expected):
    assert auto_workers(input_bytes, files, cores=cores) == expected


def test_build_without_workers_decides_by_the_input(seeds_dir, tmp_path, monkeypatch):
    import kg.run.runner as runner

    asked: list[int] = []

    def run_here(jobs, *, workers=1, dask=None):  # the pool is tested above: here only what it is asked for
        asked.append(workers)
        return runner.extract_jobs(jobs)

    monkeypatch.setattr(runner, "run_jobs", run_here)
    monkeypatch.setattr(runner, "usable_cores", lambda: 3)
    seeds_bytes = sum(p.stat().st_size for p in seeds_dir.iterdir() if p.is_file())
    summaries = []
    for minimum in (seeds_bytes + 1, seeds_bytes):  # the seeds just below the threshold, then at it
        monkeypatch.setattr(runner, "AUTO_MIN_BYTES", minimum)
        summaries.append(build([seeds_dir], tmp_path / f"out{minimum}", html=False, store=False, shacl="none").workers)
    assert (asked, summaries) == ([1, 3], [1, 3])
