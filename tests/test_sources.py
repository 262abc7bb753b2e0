"""Finding and decoding input files: every encoding a user hands over, and every bad file."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.ingest.sources import decode, discover, read_source


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""), ("gbk", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""), ("utf-16-be", b""),  # UTF-16 saved without a byte-order mark
])
def test_sources_every_seed_decodes_the_same_in_every_encoding(tmp_path, seed_files, encoding, bom):
    for seed in seed_files:
        original = read_source(seed).text
        if encoding == "gbk":
            try:
                original.encode("gbk")
            except UnicodeEncodeError:
                continue  # GBK cannot hold every seed; GB18030 can
        path = tmp_path / seed.name
        path.write_bytes(bom + original.encode(encoding))
        assert read_source(path).text == original


@pytest.mark.parametrize("data, problem", [
    (b"", "empty"),
    (b"  \n\r\n\t ", "no text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (bytes(range(256)) * 4, "binary"),
    ((bytes(range(1, 256)) + b"\x00") * 4, "binary"),  # even length and NULs, but not UTF-16 text
    (__import__("random").Random(7).randbytes(8192), "binary"),
])
def test_sources_bad_files_raise_a_clear_error(tmp_path, data, problem):
    path = tmp_path / "bad file 坏.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError) as err:
        read_source(path)
    assert problem in str(err.value) and "bad file 坏.txt" in str(err.value)


def test_sources_truncated_utf8_falls_back_or_fails_clearly(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("即墨区住房和城乡建设局".encode()[:-1])
    try:
        text = read_source(path).text
    except SourceError as err:
        assert "cut.txt" in str(err)
    else:
        assert text  # decoded by a fallback: no exception escapes


def test_sources_line_endings_are_normalised(tmp_path):
    for ending in ("\r\n", "\r"):
        path = tmp_path / "crlf.txt"
        path.write_bytes(f"第一行{ending}第二行{ending}".encode())
        assert read_source(path).text == "第一行\n第二行\n"


def test_sources_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("区住建局", encoding="utf-8")

    def deny(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(path), "read_bytes", deny)
    with pytest.raises(SourceError, match="not readable"):
        read_source(path)


def test_sources_discover_recurses_sorts_and_survives_symlink_loops(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a 中文").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a 中文" / "1.md").write_text("x", encoding="utf-8")
    (tmp_path / "a 中文" / "page.pdf").write_text("x", encoding="utf-8")
    (tmp_path / "a 中文" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "a 中文" / ".DS_Store").write_bytes(b"\0")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("x", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "b" / "loop")
    files, errors = discover([tmp_path, tmp_path / "missing"])
    assert [f.name for f in files] == ["a 中文/1.md", "a 中文/page.pdf", "b/2.txt"]
    assert [(Path(e.path).name, e.problem) for e in errors] == [
        ("photo.jpg", "not a format kg reads (an image (kg reads text, not scans))"),
        ("missing", "no such file or folder"),
    ]


def test_sources_names_are_paths_under_the_root_and_never_collide(tmp_path):
    for folder in ("2024-08-31", "2024-09-01"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "A01.txt").write_text("x", encoding="utf-8")
    (tmp_path / "other" / "2024-08-31").mkdir(parents=True)
    (tmp_path / "other" / "2024-08-31" / "A01.txt").write_text("y", encoding="utf-8")
    files, _ = discover([tmp_path / "in"])
    assert [f.name for f in files] == ["2024-08-31/A01.txt", "2024-09-01/A01.txt"]
    # a file given by name is its own root; two roots holding the same path are told apart by their folders
    files, _ = discover([tmp_path / "in" / "2024-08-31" / "A01.txt"])
    assert [f.name for f in files] == ["A01.txt"]
    files, _ = discover([tmp_path / "in", tmp_path / "other"])
    assert sorted(f.name for f in files) == ["2024-09-01/A01.txt", "in/2024-08-31/A01.txt", "other/2024-08-31/A01.txt"]


def test_sources_decode_reports_gb18030():
    assert decode("青岛市城市管理局".encode("gb18030")) == ("青岛市城市管理局", "gb18030")
