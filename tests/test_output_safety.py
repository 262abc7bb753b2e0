"""kg never deletes or overwrites a file it did not create (issue 16, part 1).

Each refusal is checked through the CLI: exit code 1, one line naming the folder, and the
folder byte for byte as it was; killed builds leave no lock and no temporary file.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.outputs import MARKER, check_output

ROOT = Path(__file__).resolve().parents[1]


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every path under ``folder`` with its bytes (None for a folder)."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


def run_build(*args: str):
    return CliRunner().invoke(cli, ["build", *args, "--no-html", "--no-store", "--shacl", "none", "-q"])


@pytest.fixture
def one_seed(tmp_path, seed_files) -> Path:
    """A folder with one short seed page."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    smallest = min(seed_files, key=lambda p: p.stat().st_size)
    (corpus / smallest.name).write_bytes(smallest.read_bytes())
    return corpus


@pytest.fixture
def user_folder(tmp_path) -> Path:
    folder = tmp_path / "mine"
    (folder / "photos").mkdir(parents=True)
    (folder / "notes.txt").write_text("my notes", encoding="utf-8")
    (folder / "photos" / "a.jpg").write_bytes(b"\xff\xd8\xff")
    return folder


def refused(result, folder_text: str) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: output folder ") and folder_text in lines[0], lines
    return lines[0]


def test_output_a_users_folder_is_refused_and_left_unchanged(one_seed, user_folder):
    before = snapshot(user_folder)
    line = refused(run_build(str(one_seed), "-o", str(user_folder)), str(user_folder))
    assert "was not made by kg" in line and "nothing in it was changed" in line
    assert snapshot(user_folder) == before


def test_output_the_input_folder_is_refused(one_seed):
    before = snapshot(one_seed)
    line = refused(run_build(str(one_seed), "-o", str(one_seed)), str(one_seed))
    assert "is the input" in line
    assert snapshot(one_seed) == before


def test_output_a_folder_above_the_input_is_refused(one_seed):
    parent = one_seed.parent
    before = snapshot(parent)
    line = refused(run_build(str(one_seed), "-o", str(parent)), str(parent))
    assert "holds the input" in line
    assert snapshot(parent) == before


def test_output_the_current_folder_is_refused(one_seed, monkeypatch):
    work = one_seed.parent / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    line = refused(run_build(str(one_seed), "-o", "."), ".")
    assert "is the current folder" in line
    assert list(work.iterdir()) == []


def test_output_a_file_is_refused(one_seed, tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("mine", encoding="utf-8")
    result = run_build(str(one_seed), "-o", str(target))
    assert result.exit_code == 2 and "is a file" in result.stderr  # click checks the option first
    from kg.errors import OutputRefused

    with pytest.raises(OutputRefused, match="is a file"):
        check_output(target)
    assert target.read_text(encoding="utf-8") == "mine"


def test_output_no_input_leaves_nothing_behind(tmp_path, monkeypatch):
    """`kg build` with no arguments outside the project: an error, and no file made."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == ["kg: error: no input file found; seeds: no such file or folder"]
    assert list(tmp_path.iterdir()) == []


def test_output_a_new_folder_is_made_with_the_marker_and_shareable_modes(one_seed, tmp_path):
    out = tmp_path / "new" / "out"
    old = os.umask(0o022)
    try:
        assert run_build(str(one_seed), "-o", str(out)).exit_code == 0
    finally:
        os.umask(old)
    marker = json.loads((out / MARKER).read_text(encoding="utf-8"))
    assert marker["entries"] == ["build.json", "cache", "entities.csv", "graph.jsonld", "graph.nt", "graph.ttl",
                                  "investments.csv", "relations.csv", "text"]
    assert sorted(p.name for p in out.iterdir()) == sorted([MARKER, *marker["entries"]])
    modes = {p.stat().st_mode & 0o777 for p in [out, *out.rglob("*")] if p.is_dir()}
    assert modes == {0o755}
    modes = {p.stat().st_mode & 0o777 for p in [out, *out.rglob("*")] if p.is_file()}
    assert modes == {0o644}


def test_output_modes_follow_the_umask(one_seed, tmp_path):
    out = tmp_path / "out"
    old = os.umask(0o077)
    try:
        assert run_build(str(one_seed), "-o", str(out)).exit_code == 0
    finally:
        os.umask(old)
    assert {p.stat().st_mode & 0o777 for p in [out, *out.rglob("*")]} == {0o700, 0o600}


@pytest.mark.slow
@pytest.mark.parametrize("umask", [0o022, 0o027], ids=["umask022", "umask027"])
def test_output_everything_any_command_writes_is_shareable(one_seed, tmp_path, monkeypatch, umask):
    """Files 0666 and folders 0777 less the umask, whoever writes them: every build output
    (graph.html and the store too), the cache an update carries over, kg show pages and
    the folders made for them, a store loaded by kg.store.local, and nothing reading the
    store (kg query, kg serve) changes a mode."""
    import rdflib

    from kg.store.local import load_store

    monkeypatch.chdir(tmp_path)
    g = rdflib.Graph()
    g.add((rdflib.URIRef("urn:kg:a"), rdflib.RDFS.label, rdflib.Literal("甲", lang="zh")))
    old = os.umask(umask)
    try:
        assert CliRunner().invoke(cli, ["build", str(one_seed), "-o", "out", "-q"]).exit_code == 0
        with open(tmp_path / "out" / "entities.csv", encoding="utf-8-sig", newline="") as f:
            name = next(csv.DictReader(f))["label"]
        for args in (["build", str(one_seed), "-o", "out", "-u", "-q"], ["show", name],
                     ["show", name, "-o", "pages/deep/page.html"], ["query", "ASK {}"],
                     ["serve", "--get", "/graph.html"]):
            result = CliRunner().invoke(cli, args)
            assert result.exit_code == 0, (args, result.output)
        load_store(g, tmp_path / "loaded" / "store")
    finally:
        os.umask(old)
    written = [p for top in ("out", "pages", "loaded") for p in [tmp_path / top, *(tmp_path / top).rglob("*")]]
    assert {p.relative_to(tmp_path).parts[:2] for p in written} >= {
        ("out", "graph.html"), ("out", "store"), ("out", "cache"), ("out", "show"), ("pages", "deep"), ("loaded", "store")}
    assert {oct(p.stat().st_mode & 0o777) for p in written if p.is_dir()} == {oct(0o777 & ~umask)}
    assert {oct(p.stat().st_mode & 0o777) for p in written if p.is_file()} == {oct(0o666 & ~umask)}


def test_output_an_empty_folder_is_accepted(one_seed, tmp_path):
    out = tmp_path / "empty"
    out.mkdir()
    assert run_build(str(one_seed), "-o", str(out)).exit_code == 0
    assert (out / "graph.ttl").is_file() and (out / MARKER).is_file()


def test_output_rebuild_keeps_show_pages_and_files_kg_did_not_write(one_seed, tmp_path):
    out = tmp_path / "out"
    assert run_build(str(one_seed), "-o", str(out)).exit_code == 0
    (out / "show").mkdir()
    (out / "show" / "page.html").write_text("<p>mine</p>", encoding="utf-8")
    (out / "notes.txt").write_text("my notes", encoding="utf-8")
    graph = (out / "graph.ttl").read_bytes()
    assert run_build(str(one_seed), "-o", str(out)).exit_code == 0
    assert (out / "show" / "page.html").read_text(encoding="utf-8") == "<p>mine</p>"
    assert (out / "notes.txt").read_text(encoding="utf-8") == "my notes"
    assert (out / "graph.ttl").read_bytes() == graph


def test_output_an_output_removed_by_an_option_goes_with_the_rebuild(one_seed, tmp_path):
    """graph.html was kg's: a rebuild --no-html takes it away rather than leave a stale page."""
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(one_seed), "-o", str(out), "--no-store", "-q"]).exit_code == 0
    assert (out / "graph.html").is_file()
    assert run_build(str(one_seed), "-o", str(out)).exit_code == 0
    assert not (out / "graph.html").exists()


def test_output_a_build_inside_its_input_does_not_read_its_own_outputs(one_seed):
    """`kg build news -o news/out`: the second build reads the same single page, not out/."""
    out = one_seed / "out"
    for _ in range(2):
        assert run_build(str(one_seed), "-o", str(out)).exit_code == 0
        assert json.loads((out / "build.json").read_text(encoding="utf-8"))["files"] == 1


def test_check_output_accepts_a_folder_written_before_the_marker(tmp_path):
    legacy = tmp_path / "out"
    legacy.mkdir()
    for name in ("build.json", "graph.ttl"):
        (legacy / name).write_text("{}", encoding="utf-8")
    assert check_output(legacy) == legacy.resolve()


# -- killed builds ---------------------------------------------------------------------


def _start_build(corpus: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-q", "--no-html"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for_staging(proc: subprocess.Popen, out: Path) -> None:
    deadline = time.monotonic() + 60
    while not list(out.glob(".kg-staging-*")):
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "the build never started"
        time.sleep(0.01)


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["SIGINT", "SIGTERM", "SIGKILL"])
def test_output_a_killed_build_leaves_the_previous_output_and_no_lock(seeds_dir, tmp_path, sig):
    out = tmp_path / "out"
    assert run_build(str(seeds_dir), "-o", str(out)).exit_code == 0
    before = snapshot(out)
    proc = _start_build(seeds_dir, out)
    _wait_for_staging(proc, out)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    assert proc.returncode != 0
    after = {k: v for k, v in snapshot(out).items() if not k.startswith(".kg-staging-")}
    assert after == before
    if sig != signal.SIGKILL:  # a handled signal cleans up; SIGKILL's staging goes with the next build
        assert not list(out.glob(".kg-staging-*"))
    assert not list(tmp_path.glob("*.lock")) and not list(out.glob("*.lock"))
    # no lock outlives the process: the next build runs, and tidies what SIGKILL left
    assert run_build(str(seeds_dir), "-o", str(out)).exit_code == 0
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [MARKER]


def test_output_ctrl_c_as_the_staging_folder_is_made_leaves_nothing(tmp_path, monkeypatch):
    """KeyboardInterrupt raised inside mkdir, after the folder exists (where a signal sent on
    seeing the folder lands on a loaded machine): no staging folder, no lock, no output folder."""
    import pathlib

    from kg.outputs import OutputFolder

    real_mkdir = pathlib.Path.mkdir

    def interrupted_mkdir(self, *args, **kwargs):
        real_mkdir(self, *args, **kwargs)
        if self.name.startswith(".kg-staging-"):
            raise KeyboardInterrupt

    out = tmp_path / "out"
    monkeypatch.setattr(pathlib.Path, "mkdir", interrupted_mkdir)
    with pytest.raises(KeyboardInterrupt):
        with OutputFolder(out):
            pass
    assert not out.exists()  # made by this build, left empty: removed
    out.mkdir()
    (out / MARKER).write_text('{"entries": []}', encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with OutputFolder(out):
            pass
    assert [p.name for p in out.iterdir()] == [MARKER]
    monkeypatch.setattr(pathlib.Path, "mkdir", real_mkdir)
    with OutputFolder(out):  # not locked any more
        pass


def test_output_a_build_killed_while_moving_is_finished_by_the_next(tmp_path):
    """The journal: a build that died after moving some entries is completed, not left mixed."""
    from kg.outputs import OutputFolder

    out = tmp_path / "out"
    (out / "store").mkdir(parents=True)
    (out / MARKER).write_text('{"entries": ["graph.ttl", "old.csv", "store"]}', encoding="utf-8")
    (out / "graph.ttl").write_text("old", encoding="utf-8")
    (out / "old.csv").write_text("old", encoding="utf-8")
    (out / "store" / "new").write_text("new", encoding="utf-8")  # moved before the kill
    staging = out / ".kg-staging-1-dead"
    staging.mkdir()
    (staging / "graph.ttl").write_text("new", encoding="utf-8")  # not moved yet
    marker = {"kg": "0", "entries": ["graph.ttl", "store"]}
    (staging / ".kg-moves.json").write_text(json.dumps({"entries": ["graph.ttl", "store"], "stale": ["old.csv"],
                                                          "marker": marker}), encoding="utf-8")
    with OutputFolder(out):
        pass
    assert snapshot(out) == {MARKER: (out / MARKER).read_bytes(), "graph.ttl": b"new", "store": None,
                             "store/new": b"new"}
    assert json.loads((out / MARKER).read_text(encoding="utf-8"))["entries"] == ["graph.ttl", "store"]
