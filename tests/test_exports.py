"""kg.exports: every registered format written atomically, byte-identical, round-tripping."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.exports import EXPORTERS, get_exporter, render, write_outputs
from kg.outputs import atomic_write
from kg.exports.tables import (
    CELL_LIMIT, ENTITY_COLUMNS, EVIDENCE_IN_ROW, EVIDENCE_SEPARATOR, RELATION_COLUMNS, render_entities, render_relations,
)
from kg.graph.rdf import to_rdf
from kg.graph.vocab import entity_iri
from test_rdf import large_model, small_model

# rdflib's own JSON-LD parser still uses ConjunctiveGraph
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

ROOT = Path(__file__).resolve().parents[1]
FILES = ["graph.ttl", "graph.nt", "graph.jsonld", "entities.csv", "relations.csv", "investments.csv"]


@pytest.fixture(scope="module")
def model():
    return small_model()


@pytest.fixture(scope="module")
def written(model, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    return write_outputs(model, to_rdf(model), out)


def test_exports_registry_snapshot():
    assert [(e.name, e.filename, e.media_type) for e in EXPORTERS] == [
        ("turtle", "graph.ttl", "text/turtle"),
        ("ntriples", "graph.nt", "application/n-triples"),
        ("jsonld", "graph.jsonld", "application/ld+json"),
        ("entities-csv", "entities.csv", "text/csv"),
        ("relations-csv", "relations.csv", "text/csv"),
        ("investments-csv", "investments.csv", "text/csv"),
    ]
    for e in EXPORTERS:
        assert callable(e.load())


def test_exports_lookup_by_alias_and_unknown_names_valid_ones():
    assert get_exporter("nt").name == "ntriples"
    assert get_exporter("application/ld+json").name == "jsonld"
    with pytest.raises(KeyError, match="valid: turtle, ntriples"):
        get_exporter("rdfxml")


def test_exports_write_every_file(written):
    assert sorted(p.name for p in written.values()) == sorted(FILES)
    for path in written.values():
        assert path.stat().st_size > 0
    assert not [p for p in next(iter(written.values())).parent.iterdir() if p.name.startswith(".")]


def test_exports_write_selected_formats(model, tmp_path):
    written = write_outputs(model, to_rdf(model), tmp_path / "new", formats=["ttl", "nt"])
    assert sorted(written) == ["ntriples", "turtle"]


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_exports_rdf_roundtrip_rdflib(model, written, fmt):
    name = {"turtle": "graph.ttl", "nt": "graph.nt", "json-ld": "graph.jsonld"}[fmt]
    path = next(p for p in written.values() if p.name == name)
    back = Graph().parse(path, format=fmt)
    assert isomorphic(back, to_rdf(model))


@pytest.mark.parametrize("name,fmt", [("graph.ttl", "TURTLE"), ("graph.nt", "N_TRIPLES")])
def test_exports_rdf_roundtrip_pyoxigraph(model, written, name, fmt):
    path = next(p for p in written.values() if p.name == name)
    quads = list(pyoxigraph.parse(path=str(path), format=getattr(pyoxigraph.RdfFormat, fmt)))
    back = Graph().parse(data="".join(f"{q.triple} .\n" for q in quads), format="nt")
    assert isomorphic(back, to_rdf(model))


def test_exports_turtle_is_scored_by_local_names(written):
    if not (ROOT.parent / "shared" / "tools" / "score.py").is_file():
        pytest.skip("no scorer in ../shared/tools")
    sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
    try:
        import score
    finally:
        sys.path.pop(0)
    path = next(p for p in written.values() if p.name == "graph.ttl")
    ents, rels, _ = score.load_graph(str(path), {"000_e98db0bf95b318e9.txt"})
    assert len(ents) == 5
    assert all(e.files == {"000_e98db0bf95b318e9.txt"} for e in ents.values())
    assert sorted(r[1] for r in rels) == ["funds", "leads", "locatedIn", "locatedIn"]
    assert all(r[3] == {"000_e98db0bf95b318e9.txt"} for r in rels)


def test_exports_same_graph_same_bytes(model, tmp_path):
    a = write_outputs(model, to_rdf(model), tmp_path / "a")
    b = write_outputs(small_model(), to_rdf(small_model()), tmp_path / "b")
    for name in a:
        assert a[name].read_bytes() == b[name].read_bytes(), name


_DIGEST = """
import hashlib, sys
sys.path.insert(0, "tests")
from test_rdf import large_model
from kg.graph.rdf import to_rdf
from kg.exports import EXPORTERS
G = large_model()
g = to_rdf(G)
for e in EXPORTERS:
    print(e.name, hashlib.sha256(e.load()(G, g)).hexdigest())
"""


def test_exports_byte_identical_across_hash_seeds(outputs_across_hash_seeds):
    digests = outputs_across_hash_seeds(_DIGEST)
    assert len(digests) == 1, digests


def test_exports_ntriples_sorted_lines(written):
    lines = next(p for p in written.values() if p.name == "graph.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(to_rdf(small_model()))


def test_exports_jsonld_nodes_sorted(written):
    doc = json.loads(next(p for p in written.values() if p.name == "graph.jsonld").read_text(encoding="utf-8"))
    ids = [n["@id"] for n in doc]
    assert ids == sorted(ids) and len(ids) == len(set(ids)) == len(set(to_rdf(small_model()).subjects()))


def _rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, for Excel
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_exports_entities_csv(written):
    rows = _rows(next(p for p in written.values() if p.name == "entities.csv"))
    assert list(rows[0]) == list(ENTITY_COLUMNS)
    agency = next(r for r in rows if r["type"] == "Agency")
    assert agency == {
        "id": "Agency/即墨区住房和城乡建设局",
        "iri": str(entity_iri("Agency/即墨区住房和城乡建设局")),
        "type": "Agency",
        "label": "即墨区住房和城乡建设局",
        "aliases": "区住建局",
        "articles": "2",
        "roles": "",
    }
    official = next(r for r in rows if r["type"] == "Official")
    assert official["roles"] == "党组书记、局长"


def test_exports_relations_csv_one_row_per_edge(written):
    rows = _rows(next(p for p in written.values() if p.name == "relations.csv"))
    assert list(rows[0]) == list(RELATION_COLUMNS)
    assert len(rows) == 4
    leads = next(r for r in rows if r["predicate"] == "leads")
    assert leads["subject"] == "薛少华" and leads["object"] == "即墨区住房和城乡建设局"
    assert leads["evidence_count"] == leads["evidence_listed"] == "1" and leads["headline"] == "住建局召开会议"
    assert leads["basis"] == "stated" and leads["occurrences"] == "1"
    assert leads["sentence"] == "区住房和城乡建设局党组书记、局长薛少华出席。" and leads["role"] == "党组书记、局长"
    funds = next(r for r in rows if r["predicate"] == "funds")
    assert funds["evidence_count"] == funds["evidence_listed"] == "2"
    assert funds["sentence"].split(EVIDENCE_SEPARATOR) == ["区住建局争取城中村改造专项借款79.4亿元。", "该局力争再投资城中村改造。"]
    assert funds["start"] == f"40{EVIDENCE_SEPARATOR}210"
    assert funds["amount"].split(EVIDENCE_SEPARATOR) == ["7940000000", ""]  # parts stay aligned
    assert funds["modality"].split(EVIDENCE_SEPARATOR) == ["", "planned"]
    assert funds["event"] == ""
    assert funds["basis"] == f"stated{EVIDENCE_SEPARATOR}stated" and funds["occurrences"] == f"1{EVIDENCE_SEPARATOR}1"
    nested = next(r for r in rows if r["subject"] == "即墨区")
    # an inference shows no sentence and no offsets
    assert (nested["basis"], nested["rule"], nested["sentence"], nested["start"], nested["end"]) == (
        "inferred", "divisions_data", "", "", "")


def test_exports_investments_csv_one_row_per_investment(written):
    rows = _rows(next(p for p in written.values() if p.name == "investments.csv"))
    assert [(r["project"], r["amount"], r["currency"], r["money_kind"], r["sentence"], r["start"]) for r in rows] == [
        ("城中村改造", "12000000000", "CNY", "总投资", "城中村改造总投资120亿元。", "70")]


def test_exports_identical_evidence_is_one_part_with_its_count_and_other_articles(tmp_path):
    from kg.graph.model import build_graph
    from kg.records import Entity, Evidence

    evs = [Evidence(f"p{i}.txt#0", f"p{i}.txt", None, "甲局投资乙工程。", 5, 13, "funds_verb") for i in range(3)]
    G = build_graph([Entity("Agency/甲局", "Agency", "甲局"), Entity("Project/乙工程", "Project", "乙工程")],
                    [("Agency/甲局", "funds", "Project/乙工程", ev) for ev in evs], {})
    [row] = _rows(write_outputs(G, to_rdf(G), tmp_path, ["relations-csv"])["relations-csv"])
    assert (row["evidence_count"], row["source"], row["occurrences"], row["also_in"]) == (
        "1", "p0.txt", "3", "p1.txt#0|p2.txt#0")


def _edge_with_evidence(evidence, *, label="甲局") -> "nx.MultiDiGraph":
    from kg.graph.model import build_graph
    from kg.records import Entity

    ents = [Entity("Agency/甲局", "Agency", label, {f"别名{i}" for i in range(3)}), Entity("Project/乙工程", "Project", "乙工程")]
    return build_graph(ents, [("Agency/甲局", "funds", "Project/乙工程", ev) for ev in evidence], {})


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_exports_relations_csv_lists_the_first_evidence_and_counts_all():
    from kg.records import Evidence

    evidence = [Evidence(f"f{i:02}.txt#0", f"f{i:02}.txt", f"标题{i}", f"甲局投资乙工程{i}亿元。", 10 * i, 10 * i + 12,
                         "funds_verb", (("amount_text", f"{i}亿元"),)) for i in range(250)]
    (row,) = _csv_rows(render_relations(_edge_with_evidence(evidence)))
    assert (row["evidence_count"], row["evidence_listed"]) == ("250", str(EVIDENCE_IN_ROW)) == ("250", "3")
    assert row["sentence"].split(EVIDENCE_SEPARATOR) == ["甲局投资乙工程0亿元。", "甲局投资乙工程1亿元。", "甲局投资乙工程2亿元。"]
    assert row["source"].split(EVIDENCE_SEPARATOR) == ["f00.txt", "f01.txt", "f02.txt"]
    assert row["start"].split(EVIDENCE_SEPARATOR) == ["0", "10", "20"]
    assert row["amount_text"].split(EVIDENCE_SEPARATOR) == ["0亿元", "1亿元", "2亿元"]
    assert row["occurrences"] == EVIDENCE_SEPARATOR.join(["1"] * 3)


def test_exports_relations_csv_shows_basis_counts_and_other_articles():
    from kg.records import Evidence

    evidence = [
        Evidence("a.txt#0", "a.txt", "标题", "甲局投资乙工程。", 0, 8, "funds_verb", count=4000,
                 others=tuple(f"c{i:02}.txt#0" for i in range(12))),
        Evidence("a.txt#1", "a.txt", "标题", "", 0, 0, "divisions_data", basis="inferred"),
    ]
    (row,) = _csv_rows(render_relations(_edge_with_evidence(evidence)))
    # in the model's order (file, then offsets): the inference (no offsets) first
    assert row["basis"].split(EVIDENCE_SEPARATOR) == ["inferred", "stated"]
    assert row["occurrences"].split(EVIDENCE_SEPARATOR) == ["1", "4000"]
    assert row["sentence"].split(EVIDENCE_SEPARATOR) == ["", "甲局投资乙工程。"]
    assert row["start"].split(EVIDENCE_SEPARATOR) == ["", "0"]  # an inference has no offsets
    assert row["also_in"].split(EVIDENCE_SEPARATOR) == ["", "|".join([*(f"c{i:02}.txt#0" for i in range(10)), "+2"])]


def test_exports_csv_cells_never_exceed_the_spreadsheet_limit():
    from kg.records import Evidence

    long_sentence = "甲局投资乙工程" + "并" * 50_000 + "。"  # 50,008 characters: a page without punctuation
    label = "甲" * 40_000
    G = _edge_with_evidence([Evidence("a.txt#0", "a.txt", None, long_sentence, 0, len(long_sentence), "funds_verb")],
                            label=label)
    (row,) = _csv_rows(render_relations(G))
    assert CELL_LIMIT == 32_767
    # the start of the text and a note that fill the cell exactly: 32,743 + 24 and 32,744 + 23 characters
    assert row["sentence"] == long_sentence[:32_743] + "…[17265 more characters]"
    assert row["subject"] == label[:32_744] + "…[7256 more characters]"
    assert len(row["sentence"]) == len(row["subject"]) == CELL_LIMIT
    (entity,) = [r for r in _csv_rows(render_entities(G)) if r["type"] == "Agency"]
    assert max(len(cell) for cell in entity.values()) == CELL_LIMIT


def test_exports_atomic_write_keeps_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]  # no temporary file left behind


def test_exports_render_by_name(model):
    assert render("ttl", model, to_rdf(model)).startswith(b"@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n")


def hostile_model():
    """Names and sentences with every character that could break a serialiser."""
    from kg.graph.model import build_graph
    from kg.records import Entity, Evidence

    names = ['a b#c%d<e>"f"', "长" * 500, "行\n断", "\\反斜杠{}|^`", "青岛日报/观海新闻"]
    ents = [Entity(f"Organization/{n}", "Organization", n, aliases={n + "'"}, articles={"a b#c.txt#0"}) for n in names]
    ev = Evidence("a b#c.txt#0", "a b#c.txt", '标题"\n', '句子"引号"\n\t\\ \u2028。', 0, 5, "r\n")
    edges = [(f"Organization/{a}", "partOf", f"Organization/{b}", ev) for a, b in zip(names, names[1:])]
    return build_graph(ents, edges, {})


@pytest.mark.parametrize("name,fmt", [("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")])
def test_exports_hostile_text_roundtrips(tmp_path, name, fmt):
    G = hostile_model()
    g = to_rdf(G)
    path = write_outputs(G, g, tmp_path)[get_exporter(fmt).name]
    assert isomorphic(Graph().parse(path, format=fmt), g)
    if fmt != "json-ld":
        oxfmt = pyoxigraph.RdfFormat.TURTLE if fmt == "turtle" else pyoxigraph.RdfFormat.N_TRIPLES
        assert len(list(pyoxigraph.parse(path=str(path), format=oxfmt))) == len(g)
    rows = _rows(tmp_path / "relations.csv")
    assert len(rows) == 4 and rows[0]["sentence"] == '句子"引号"\n\t\\ \u2028。'


def test_exports_write_outputs_sorts_once(monkeypatch, tmp_path):
    """write_outputs sorts the triples once for the three RDF files, and not at all for the CSVs."""
    from kg.exports import triples

    calls = []
    original = triples.sorted_triples
    monkeypatch.setattr(triples, "sorted_triples", lambda rdf: calls.append(rdf) or original(rdf))
    G = large_model()
    rdf = to_rdf(G)
    write_outputs(G, rdf, tmp_path / "all")
    write_outputs(G, rdf, tmp_path / "csv", formats=["entities-csv", "relations-csv"])
    assert calls == [rdf]
    # sorted once already (as a build does around its two calls): the renderers take it as it is
    once = original(rdf)
    write_outputs(G, once, tmp_path / "again", formats=["nt", "ttl", "jsonld"])
    assert calls == [rdf, once]
    assert len(once) == len(rdf) and (tmp_path / "again" / "graph.ttl").read_bytes() == (tmp_path / "all" / "graph.ttl").read_bytes()


def _gold_model(gold_files):
    """The gold annotations as a graph model: one article per file, one evidence per relation."""
    from kg.graph.model import build_graph
    from kg.records import Article, Entity, Evidence

    rename = {"kind": "money_kind", "amount_yuan": "amount"}  # gold's keys → RelationMention's
    ents, edges, arts = {}, [], {}
    for path in gold_files:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        f, ids = data["file"], {}
        aid = f"{f}#0"
        arts[aid] = Article(f, 0, "x", (0, 1), 0, 1, headline="标题")
        for e in data["entities"]:
            ids[e["id"]] = eid = f"{e['type']}/{e['name']}"
            ent = ents.setdefault(eid, Entity(eid, e["type"], e["name"]))
            ent.aliases |= set(e.get("aliases", []))
            ent.articles.add(aid)
        for r in data["relations"]:
            q = tuple(sorted((rename.get(k, k), str(v)) for k, v in r.get("qualifiers", {}).items() if v is not None))
            ev = Evidence(aid, f, "标题", r.get("evidence") or "?", 0, 1, "gold", q)
            edges.append((ids[r["s"]], r["p"], ids[r["o"]], ev))
    return build_graph(ents.values(), edges, arts)


def test_exports_gold_as_graph_scores_perfectly(gold_files, tmp_path):
    """The scorer reads our Turtle by local names: the gold itself, exported, must score 1.0."""
    sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
    try:
        import score
    finally:
        sys.path.pop(0)
    G = _gold_model(gold_files)
    path = write_outputs(G, to_rdf(G), tmp_path, formats=["turtle"])["turtle"]
    report = score.score(str(path), [str(p) for p in gold_files])
    assert report["entity_micro"]["f1"] == 1.0
    assert report["relation_micro"]["f1"] == 1.0
    assert (report["split_errors"], report["merge_errors"]) == (0, 0)
