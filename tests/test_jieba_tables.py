"""kg.lang.jieba_tables: jieba's tables from kg's cache are jieba's own, and jieba cuts and tags the same with them.

Each case runs in a fresh process: the tables are loaded once a process, and jieba's own
way of loading them is the reference.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

TEXT = "记者王小明在潍坊报道，青岛市即墨区住建局局长李华出席了欧阳娜娜主持的会议。"

#: What a process reports of jieba's tables and of jieba's segmenter and tagger on TEXT.
REPORT = f"""
import hashlib, json, sys
def digest(d):
    return hashlib.sha256(json.dumps(list(d.items()), ensure_ascii=False).encode()).hexdigest()
if sys.argv[1] == "kg":
    from kg.lang.jieba_tables import tables
    tags, freq = tables()
    import jieba, jieba.posseg
    assert tags is jieba.posseg.dt.word_tag_tab and freq is jieba.dt.FREQ
else:  # jieba's own way
    import logging, jieba, jieba.posseg
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    tags, freq = jieba.posseg.dt.word_tag_tab, jieba.dt.FREQ
print(json.dumps({{
    "tags": digest(tags), "freq": digest(freq), "total": jieba.dt.total, "words": len(tags),
    "posseg": [(p.word, p.flag) for p in jieba.posseg.cut({TEXT!r})],
    "lcut": jieba.lcut({TEXT!r}), "lcut_no_hmm": jieba.lcut({TEXT!r}, HMM=False),
}}, ensure_ascii=False))
"""


def report(how: str, cache: Path) -> dict:
    env = dict(os.environ, KG_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", REPORT, how], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    return report("jieba", tmp_path_factory.mktemp("unused"))


def test_jieba_tables_from_the_cache_are_jiebas_own(reference, tmp_path):
    first = report("kg", tmp_path)  # derives the tables (jieba's way) and writes the cache
    assert [p.name.split("-")[0] for p in tmp_path.glob("*.npz")] == ["jieba"]
    second = report("kg", tmp_path)  # reads them back
    assert first == reference
    assert second == reference
    assert reference["words"] > 300_000  # jieba's whole dictionary, not an empty table that agrees


def test_jieba_tables_a_damaged_cache_file_is_derived_again(reference, tmp_path):
    report("kg", tmp_path)
    (saved,) = tmp_path.glob("jieba-*.npz")
    saved.write_bytes(saved.read_bytes()[: saved.stat().st_size // 2])
    assert report("kg", tmp_path) == reference
    assert saved.stat().st_size > 1_000_000  # written whole again


def test_jieba_tables_without_a_writable_cache_folder(reference, tmp_path):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    assert report("kg", blocked / "cache") == reference


def test_jieba_imported_without_pkg_resources_reads_its_files():
    code = (
        "import sys\n"
        "from kg.lang.jieba_tables import import_jieba\n"
        "jieba = import_jieba()\n"
        "loaded = 'pkg_resources' in sys.modules\n"
        "with jieba._compat.get_module_res('dict.txt') as f:\n"
        "    first = f.readline().decode()\n"
        "import pkg_resources\n"  # still importable afterwards, for whoever needs it
        "print(loaded, first.split()[0], pkg_resources.__name__, import_jieba() is jieba)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["False", "AT&T", "pkg_resources", "True"]
