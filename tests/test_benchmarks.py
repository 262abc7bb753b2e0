"""Smoke test of the benchmark (``benchmarks/run.py``): one seed file, 1× only, a few seconds."""

from __future__ import annotations

import importlib.util
import json
import math
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_run():
    spec = importlib.util.spec_from_file_location("kg_benchmark_run", ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _positive(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0


@pytest.mark.slow
def test_run_writes_ratios(tmp_path, seed_files, monkeypatch):
    run = _load_run()
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(seed_files[0], seeds)
    monkeypatch.setattr(run, "DEFAULT_JSON", tmp_path / "latest.json")  # leave benchmarks/results/ alone

    out = tmp_path / "bench.json"
    run.main(["--seeds", str(seeds), "--sizes", "1", "--no-cluener", "--workers", "0",
              "--query-copies", "0", "--repeats", "1", "--json", str(out)])

    results = json.loads(out.read_text(encoding="utf-8"))
    assert json.loads((tmp_path / "latest.json").read_text(encoding="utf-8")) == results
    build = results["builds"]["x1"]
    assert build["files"] == 1 and build["articles"] >= 1
    for key in ("ratio_build_to_jieba", "build_chars_per_s", "jieba_chars_per_s", "build_seconds",
                "jieba_seconds", "peak_mb", "peak_mb_per_article"):
        assert _positive(build[key]), (key, build[key])
    assert results["machine"]["cpu"] and results["machine"]["cores"] >= 1 and results["machine"]["python"]
    assert results["workers"]["supported"] is None  # --workers 0: not run


def test_workers_detected_from_the_signature(monkeypatch):
    """A kg whose build() has no ``workers`` gets "not supported", not a crash."""
    import kg.run.build

    run = _load_run()
    assert run.workers_supported() is True
    monkeypatch.setattr(kg.run.build, "build", lambda paths, outdir="out", *, html=True, store=True: None)
    assert run.workers_supported() is False
