"""``kg build --update``: unchanged files come from the cache, and the graph is the full build's."""

from __future__ import annotations

import json
import shutil

import pytest

from kg.run.build import CACHE_DIR, build

pytestmark = pytest.mark.slow


def _corpus(folder, seed_files, names):
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(seed_files[int(name[1])], folder / f"{name}.txt")
    return folder


def _build(corpus, out, **kwargs):
    summary = build([corpus], out, html=False, store=False, **kwargs)
    return summary, (out / "graph.ttl").read_bytes()


def _count_extractions(monkeypatch):
    """Count the files actually extracted (not taken from the cache)."""
    import kg.run.runner

    calls = []
    real = kg.run.runner.extract_jobs

    def counting(jobs, *args, **kwargs):
        def seen():
            for job in jobs:
                calls.append(job.path)
                yield job

        return real(seen(), *args, **kwargs)

    monkeypatch.setattr(kg.run.runner, "extract_jobs", counting)
    return calls


def test_update_reextracts_only_new_and_changed_files_and_matches_a_full_build(tmp_path, seed_files, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", seed_files, ["p0", "p1", "p2"])
    out = tmp_path / "out"
    _build(corpus, out)

    # change one file, remove one, add one
    with open(corpus / "p1.txt", "a", encoding="utf-8") as f:
        f.write("\n\n青岛市即墨区住房和城乡建设局局长王大明表示，将继续推进城中村改造。\n")
    (corpus / "p2.txt").unlink()
    shutil.copy(seed_files[3], corpus / "p3.txt")

    calls = _count_extractions(monkeypatch)
    summary, updated = _build(corpus, out, update=True)
    assert sorted(p.rsplit("/", 1)[-1] for p in calls) == ["p1.txt", "p3.txt"]
    assert summary.files == 3 and summary.files_cached == 1
    assert len(list((out / CACHE_DIR).glob("*.json"))) == 3  # the removed file's entry is gone

    monkeypatch.undo()
    _, full = _build(corpus, tmp_path / "full")
    assert updated == full
    assert "王大明" in updated.decode()
    assert "p2.txt" not in updated.decode()


def test_update_with_nothing_changed_extracts_nothing(tmp_path, seed_files, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", seed_files, ["p0", "p4"])
    out = tmp_path / "out"
    _, first = _build(corpus, out)
    calls = _count_extractions(monkeypatch)
    summary, second = _build(corpus, out, update=True)
    assert calls == [] and summary.files_cached == 2
    assert second == first


def test_renamed_file_is_extracted_again(tmp_path, seed_files, monkeypatch):
    # article ids carry the file name, so a cached extraction under the old name is wrong
    corpus = _corpus(tmp_path / "corpus", seed_files, ["p0"])
    out = tmp_path / "out"
    _build(corpus, out)
    (corpus / "p0.txt").rename(corpus / "renamed.txt")
    calls = _count_extractions(monkeypatch)
    _, graph = _build(corpus, out, update=True)
    assert len(calls) == 1
    assert "renamed.txt" in graph.decode() and "p0.txt" not in graph.decode()


@pytest.mark.parametrize("damage", ["flip a byte", "truncate", "junk header", "empty", "wrong key"])
def test_corrupt_cache_entry_is_reported_and_rebuilt(tmp_path, seed_files, monkeypatch, damage):
    corpus = _corpus(tmp_path / "corpus", seed_files, ["p0", "p1"])
    out = tmp_path / "out"
    _, first = _build(corpus, out)
    entries = sorted((out / CACHE_DIR).glob("*.json"))
    victim = entries[0]
    raw = victim.read_bytes()
    head, _, body = raw.partition(b"\n")
    if damage == "flip a byte":
        middle = len(head) + 1 + len(body) // 2
        raw = raw[:middle] + bytes([raw[middle] ^ 0x01]) + raw[middle + 1:]
    elif damage == "truncate":
        raw = raw[: len(raw) // 2]
    elif damage == "junk header":
        raw = b"\x00\xffnot json\n" + body
    elif damage == "empty":
        raw = b""
    elif damage == "wrong key":  # a valid entry copied under another file's name
        raw = entries[1].read_bytes()
    victim.write_bytes(raw)

    problems = []
    calls = _count_extractions(monkeypatch)
    summary = build([corpus], out, html=False, store=False, update=True, on_error=problems.append)
    assert len(calls) == 1, "the damaged entry's file must be extracted again"
    assert summary.files_cached == 1 and summary.files_failed == []
    assert [e.path for e in problems] == [str(victim)] and "corrupt cache entry" in problems[0].problem
    assert (out / "graph.ttl").read_bytes() == first
    # and the entry is whole again
    calls.clear()
    build([corpus], out, html=False, store=False, update=True, on_error=problems.append)
    assert calls == []


def test_entries_written_by_other_code_are_not_trusted(tmp_path, seed_files, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", seed_files, ["p0"])
    out = tmp_path / "out"
    _build(corpus, out)
    import kg.run.cache

    kg.run.cache.fingerprint.cache_clear()
    monkeypatch.setattr(kg.run.cache, "fingerprint", lambda: "another version of kg")
    problems = []
    calls = _count_extractions(monkeypatch)
    summary = build([corpus], out, html=False, store=False, update=True, on_error=problems.append)
    assert len(calls) == 1 and summary.files_cached == 0
    assert problems == []  # stale is not corrupt: no warning
    header = json.loads((out / CACHE_DIR).glob("*.json").__next__().read_bytes().partition(b"\n")[0])
    assert header["fingerprint"] == "another version of kg"


def test_cli_update_reports_unchanged_files(tmp_path, seed_files):
    from click.testing import CliRunner

    from kg.cli import cli

    corpus = _corpus(tmp_path / "corpus", seed_files, ["p0", "p1"])
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(corpus), "-o", str(out), "--no-html", "--no-store"]).exit_code == 0
    result = runner.invoke(cli, ["build", str(corpus), "-o", str(out), "--no-html", "--no-store", "--update"])
    assert result.exit_code == 0, result.output
    assert "2 unchanged" in result.output
