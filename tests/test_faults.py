"""Faults: a killed build, two builds at once — the previous output survives whole."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

BUILD = [sys.executable, "-m", "kg.cli", "build"]


def _corpus(tmp_path: Path, seed_files, copies: int) -> Path:
    corpus = tmp_path / f"corpus{copies}"
    corpus.mkdir()
    for i in range(copies):
        for seed in seed_files:
            shutil.copy(seed, corpus / f"{i:03d}_{seed.name}")
    return corpus


def _wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_sigkill_halfway_leaves_previous_output_complete(tmp_path, seed_files):
    from rdflib import Graph

    out = tmp_path / "out"
    subprocess.run([*BUILD, str(seed_files[0]), "-o", str(out), "-q", "--no-html"], check=True, cwd=tmp_path)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    big = _corpus(tmp_path, seed_files, 30)
    proc = subprocess.Popen([*BUILD, str(big), "-o", str(out), "-q", "--no-html"], cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(4)  # well into extraction of 150 pages
        assert proc.poll() is None, "the build finished before it could be killed; make the corpus bigger"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before
    Graph().parse(out / "graph.ttl")  # still loadable

    # and the next build succeeds, cleaning up after the dead one
    subprocess.run([*BUILD, str(seed_files[1]), "-o", str(out), "-q", "--no-html", "--no-store"],
                   check=True, cwd=tmp_path)
    assert (out / "graph.ttl").read_bytes() != before["graph.ttl"]


def test_second_concurrent_build_is_refused_with_a_clear_message(tmp_path, seed_files):
    out = tmp_path / "out"
    big = _corpus(tmp_path, seed_files, 20)
    first = subprocess.Popen([*BUILD, str(big), "-o", str(out), "-q", "--no-html", "--no-store"], cwd=tmp_path,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert _wait_for(lambda: any(out.glob(".kg-staging-*")), 60), "the first build never took the folder"
        second = subprocess.run([*BUILD, str(seed_files[0]), "-o", str(out), "-q", "--no-html", "--no-store"],
                                cwd=tmp_path, capture_output=True, text=True)
        assert first.poll() is None, "the first build finished too early for the test to mean anything"
        assert second.returncode != 0
        assert "another kg build" in second.stderr
    finally:
        first.wait(timeout=600)
    assert first.returncode == 0
    assert (out / "graph.ttl").is_file()
