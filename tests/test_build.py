"""``kg build`` end to end: outputs, summary, determinism, bad input, atomic replacement, lock."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.run.build import build
from kg.cli import cli
from kg.errors import BuildError, LockError
from kg.outputs import MARKER, OutputFolder

OUTPUTS = ["graph.ttl", "graph.nt", "graph.jsonld", "graph.html", "entities.csv", "relations.csv", "investments.csv",
           "build.json"]


def test_build_seeds_writes_every_output(seeds_build):
    out = seeds_build.out
    for name in OUTPUTS:
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    assert (out / "store").is_dir()
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [MARKER], "staging folder left behind"


def test_build_summary_counts_the_corpus(seeds_build):
    out = seeds_build.out
    summary = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert summary["files"] == 5 and summary["files_failed"] == []
    assert summary["articles"] > 5  # several pages hold more than one article
    assert summary["sentences"] > summary["articles"]
    assert summary["entities"].get("Agency", 0) > 0 and summary["entities"].get("Place", 0) > 0
    assert summary["relations"], "no relation extracted from five pages"
    assert summary["shacl_conforms"] is True, summary["shacl_messages"]
    # the printed summary names every part the issue asks for
    for word in ("files", "articles", "sentences", "entities", "relations", "SHACL", "seconds"):
        assert word in seeds_build.result.output


def test_build_is_deterministic(seeds_build, seeds_dir, tmp_path):
    out = seeds_build.out
    again = tmp_path / "again"
    build([seeds_dir], again, html=False, store=False)
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "entities.csv", "relations.csv", "investments.csv"):
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


@pytest.mark.slow
def test_build_byte_identical_across_hash_seeds(seeds_dir, tmp_path):
    """Two builds of the seeds under other PYTHONHASHSEEDs write the same bytes, graph.html and
    the cache included; build.json differs only in its timings."""
    import os

    outputs = {}
    for seed in ("0", "4242"):
        out = tmp_path / f"out-{seed}"
        subprocess.run([sys.executable, "-m", "kg", "build", str(seeds_dir), "-o", str(out), "--no-store", "-q"],
                       env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        files = {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
        summary = json.loads(files.pop("build.json"))
        for timing in ("seconds", "stage_seconds"):
            summary.pop(timing)
        outputs[seed] = (files, summary)
    (files0, summary0), (files1, summary1) = outputs.values()
    assert sorted(files0) == sorted(files1) and {"graph.html", "graph.ttl", "relations.csv"} <= set(files0)
    assert [name for name in files0 if files0[name] != files1[name]] == []
    assert summary0 == summary1


def test_build_skips_bad_files_and_names_them(tmp_path, seed_files):
    corpus = tmp_path / ("a folder with a long name " * 3) / "corpus"
    corpus.mkdir(parents=True)
    shutil.copy(seed_files[0], corpus / "good.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    # a narrow terminal: each skipped file is still one line, its path whole
    result = CliRunner(env={"COLUMNS": "40"}).invoke(
        cli, ["build", str(corpus), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"), "--no-html"]
    )
    assert result.exit_code == 0, result.output
    named = sorted(line.removeprefix("kg: skipped ").split(": ")[0] for line in result.stderr.splitlines() if line)
    assert named == sorted([str(corpus / "binary.txt"), str(corpus / "empty.txt"), str(tmp_path / "missing.txt")])
    summary = json.loads((tmp_path / "out" / "build.json").read_text(encoding="utf-8"))
    assert summary["files"] == 1 and len(summary["files_failed"]) == 3


def _previous_output(out):
    """An output folder as a build left it: kg's marker and a graph."""
    out.mkdir()
    (out / MARKER).write_text('{"entries": ["graph.ttl"]}', encoding="utf-8")
    (out / "graph.ttl").write_text("previous", encoding="utf-8")


def test_build_with_no_readable_file_fails_and_keeps_previous_output(tmp_path):
    out = tmp_path / "out"
    _previous_output(out)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "empty.txt"), "-o", str(out)])
    assert result.exit_code != 0
    assert "no input file could be read" in result.stderr
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"


def test_build_failure_midway_leaves_previous_output(tmp_path, seed_files, monkeypatch):
    out = tmp_path / "out"
    _previous_output(out)

    def broken_export(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("kg.exports.write_outputs", broken_export)
    with pytest.raises(OSError):
        build([seed_files[0]], out, html=False, store=False)
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "graph.ttl"]


def test_build_refuses_a_second_concurrent_build(tmp_path, seed_files):
    out = tmp_path / "out"
    with OutputFolder(out):
        with pytest.raises(LockError, match="another kg build"):
            build([seed_files[0]], out, html=False, store=False)


def test_build_of_nothing_is_an_error(tmp_path):
    with pytest.raises(BuildError):
        build([tmp_path], tmp_path / "out")


def test_cli_help_loads_no_nlp():
    code = "import sys; from kg.cli import cli; print(any(m in sys.modules for m in ('jieba', 'spacy', 'rdflib')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_show_writes_an_ego_page_for_a_name_or_alias(seeds_build, tmp_path):
    out = seeds_build.out
    page = tmp_path / "ego.html"
    result = CliRunner().invoke(cli, ["show", "即墨区住房和城乡建设局", "-d", str(out), "--hops", "1", "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(page)
    assert "即墨区住房和城乡建设局" in page.read_text(encoding="utf-8")
    missing = CliRunner().invoke(cli, ["show", "没有这个实体", "-d", str(out)])
    assert missing.exit_code == 1 and "no entity named" in missing.stderr
