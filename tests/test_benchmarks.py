"""Smoke test of the benchmark (``benchmarks/run.py``): one seed file, 1× only, a few seconds;
and the few tests that time something (the only wall-clock asserts of the suite: they can
flake on a loaded 2-core machine, so none is in another test file)."""

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


# ---------------------------------------------------------------- timing guards


def test_tokenizer_long_text_is_not_quadratic():
    """Twenty times the text costs about twenty times the time (spaCy's alignment copied the rest
    of the text for every word); compared against jieba alone on the same text, so no bare timing."""
    import time

    import jieba
    import spacy

    from kg.nlp.tokenizer import JiebaTokenizer

    tok = JiebaTokenizer(spacy.blank("zh").vocab)
    unit = "即墨区住建局投资建设城中村改造工程，总投资3亿元。\n" * 200
    jieba.initialize()  # its dictionary loads once, outside every clock

    def best(f, text):  # best of three: a busy machine slows a run, never speeds one up
        times = []
        for _ in range(3):
            started = time.perf_counter()
            f(text)
            times.append(time.perf_counter() - started)
        return min(times)

    def ratio(text):
        assert len(tok(text)) == len(jieba.lcut(text))
        return best(tok, text) / best(jieba.lcut, text)

    small, large = ratio(unit), ratio(unit * 20)
    assert large < small * 3  # linear: the overhead over jieba does not grow with the length


def test_gazetteer_place_names_scan_is_fast(seed_files):
    import time

    from kg.lang.gazetteer import Gazetteer

    names = Gazetteer.load().place_names()
    text = "".join(p.read_text(encoding="utf-8") for p in seed_files) or "青岛市即墨区通济新区"
    text = (text * (100_000 // len(text) + 1))[:100_000]
    elapsed = []
    for _ in range(3):  # best of three: a busy machine slows a run, never speeds one up
        start = time.perf_counter()
        found = names.find(text)
        elapsed.append(time.perf_counter() - start)
    assert found and min(elapsed) < 0.2, elapsed
