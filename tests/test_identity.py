"""Article identity (issue 16, part 2): an article is named by its file's path under the
input root, so files of the same name in two folders never collide, and names are stable."""

from __future__ import annotations

import json
import shutil

import pytest

from kg.run.build import build


def _articles(out):
    """dcterms:source of every article, by article IRI, from graph.nt."""
    sources = {}
    for line in (out / "graph.nt").read_text(encoding="utf-8").splitlines():
        if "<http://purl.org/dc/terms/source>" in line:
            s, _, o = line.split(" ", 2)
            sources[s] = o.rsplit('"', 1)[0].lstrip('"')
    return sources


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory, seed_files):
    """Seeds 003 and 004 as a/page.txt and b/page.txt, and the same files renamed apart."""
    root = tmp_path_factory.mktemp("identity")
    for folder, seed in (("a", seed_files[3]), ("b", seed_files[4])):
        (root / "same" / folder).mkdir(parents=True)
        shutil.copy(seed, root / "same" / folder / "page.txt")
    (root / "apart").mkdir()
    shutil.copy(seed_files[3], root / "apart" / "page_a.txt")
    shutil.copy(seed_files[4], root / "apart" / "page_b.txt")
    for corpus in ("same", "apart"):
        build([root / corpus], root / f"out-{corpus}", html=False, store=False, shacl="none")
    return root


def test_identity_same_file_name_in_two_folders_loses_no_triple(two_pages):
    same = json.loads((two_pages / "out-same" / "build.json").read_text(encoding="utf-8"))
    apart = json.loads((two_pages / "out-apart" / "build.json").read_text(encoding="utf-8"))
    assert same["triples"] == apart["triples"]
    assert same["articles"] == apart["articles"]


def test_identity_article_iris_and_sources_are_paths_under_the_root(two_pages):
    sources = _articles(two_pages / "out-same")
    assert set(sources.values()) == {"a/page.txt", "b/page.txt"}
    for iri, source in sources.items():
        assert iri.startswith("<https://w3id.org/kgnews/id/article/" + source + "/")


def test_identity_texts_are_saved_by_the_same_names(two_pages):
    text = two_pages / "out-same" / "text"
    assert sorted(p.relative_to(text).as_posix() for p in text.rglob("*.txt")) == ["a/page.txt.txt", "b/page.txt.txt"]
    assert (text / "a" / "page.txt.txt").read_text(encoding="utf-8") == \
        (two_pages / "same" / "a" / "page.txt").read_text(encoding="utf-8")


def test_identity_iris_are_stable_across_builds_and_roots(two_pages, tmp_path):
    # the same folder built again, and one of its folders given as a root of its own
    build([two_pages / "same"], tmp_path / "again", html=False, store=False, shacl="none")
    assert (tmp_path / "again" / "graph.nt").read_bytes() == (two_pages / "out-same" / "graph.nt").read_bytes()
    build([two_pages / "same" / "a" / "page.txt"], tmp_path / "one", html=False, store=False, shacl="none")
    assert set(_articles(tmp_path / "one").values()) == {"page.txt"}
