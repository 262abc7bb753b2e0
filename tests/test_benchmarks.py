"""Smoke tests of the benchmark (``benchmarks/run.py``): the smallest run, and its parts;
and the few tests that time something (the only wall-clock asserts of the suite: they can
flake on a loaded 2-core machine, so none is in another test file)."""

from __future__ import annotations

import importlib.util
import json
import math
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"kg_benchmark_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _positive(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0


@pytest.mark.slow
def test_benchmarks_smallest_run_writes_cold_ratios(tmp_path, seed_files, monkeypatch):
    run = _load("run")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(seed_files[0], seeds)
    monkeypatch.setattr(run, "DEFAULT_JSON", tmp_path / "latest.json")  # leave benchmarks/results/ alone

    out = tmp_path / "bench.json"
    run.main(["--seeds", str(seeds), "--sizes", "1", "--workers-sizes", "", "--default-sizes", "1", "--rounds", "1",
              "--no-cluener",
              "--components-size", "1", "--query-copies", "0", "--json", str(out)])

    results = json.loads(out.read_text(encoding="utf-8"))
    assert json.loads((tmp_path / "latest.json").read_text(encoding="utf-8")) == results
    build = results["builds"]["x1"]
    assert build["chars"] == len(seed_files[0].read_text(encoding="utf-8"))
    for key in ("build_seconds", "jieba_seconds", "build_to_jieba"):
        assert _positive(build[key]["median"]) and build[key]["n"] == 1, key
    assert _positive(results["startup"]["cold_build_to_floor"]["median"])
    from kg.nlp.pipeline import PIPES

    assert set(results["components"]["seconds"]) == {"tokenizer", *PIPES}
    assert math.isclose(sum(results["components"]["share"].values()), 1.0)
    assert results["workers"] == {}
    default = results["default_builds"]["x1"]
    assert default["workers"] == 1  # -j auto: one small file is extracted in kg's own process
    assert _positive(default["build_to_jieba"]["median"]) and default["build_to_jieba"]["n"] == 1


def test_benchmarks_rounds_rotate_the_order():
    run = _load("run")
    order = []
    rounds = run.Rounds(3, log=lambda line: None)
    for name in "abc":
        rounds.add(name, lambda name=name: order.append(name) or 1.0)
    assert rounds.run() == {"a": [1.0] * 3, "b": [1.0] * 3, "c": [1.0] * 3}
    assert order == list("abc" "bca" "cab")


@pytest.mark.slow
def test_benchmarks_queries_bound_and_unbound_in_process_and_over_http(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    bq = _load("bench_queries")
    rows = bq.bench_store("fixture", bq.seed_graph(tmp_path / "no-graph.nt"), tmp_path, runs=1)
    assert sorted(r["query"] for r in rows) == sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
    for r in rows:
        for key in ("bound_ms", "unbound_ms", "all_ms", "http_bound_ms", "http_unbound_ms"):
            assert _positive(r[key]), (key, r)
        assert r["rows_all"] >= r["rows_bound"] and r["rows_all"] >= r["rows_unbound"] > 0, r


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


def test_accuracy_script_scores_the_seeds_as_the_readme_quotes(tmp_path):
    """benchmarks/accuracy.py builds from the command line and scores with the project's scorer."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    if not (root.parent / "shared" / "tools" / "score.py").exists():
        pytest.skip("../shared is not here")
    out = tmp_path / "accuracy.json"
    done = subprocess.run([sys.executable, str(root / "benchmarks" / "accuracy.py"), "--sets", "seeds",
                           "--json", str(out)], capture_output=True, text=True, check=True)
    seeds = json.loads(out.read_text(encoding="utf-8"))["seeds"]
    e, r = seeds["entity_micro"], seeds["relation_micro"]
    assert done.stdout.splitlines() == [
        "| pages | entity F1 (P / R) | relation F1 (P / R) | split / merge errors |", "|---|---|---|---|",
        f"| seeds' gold (000, 004) | {e['f1']:.3f} ({e['p']:.2f} / {e['r']:.2f}) | {r['f1']:.3f} ({r['p']:.2f} / {r['r']:.2f}) | 0 / 0 |"]
    assert (seeds["split_errors"], seeds["merge_errors"]) == (0, 0)
    assert seeds["entity_micro"]["f1"] >= 0.90 and seeds["relation_micro"]["f1"] >= 0.85  # issues 14 and 15's bars
