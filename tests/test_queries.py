"""Query files, the store and run_query on the hand-made fixture graph (tests/query_fixture.py)."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from wcwidth import wcswidth

from kg.errors import QueryError
from kg.store.query import (
    PREFIXES,
    ForbiddenQuery,
    check_read_only,
    format_result,
    parse_bindings,
    query_doc,
    read_query,
    run_query,
)
from kg.store.local import load_store, open_store, store_path
from query_fixture import A000, A002, FUNDS_SENTENCE, fixture_graph, fixture_model

QUERIES = Path(__file__).resolve().parents[1] / "queries"
REQUIRED = ("projects_funded_by", "project_investment", "leaders", "located_in", "awards", "entity", "funding_totals",
            "provenance")
JIMO = "即墨区住房和城乡建设局"
XIHAI = "西海岸新区住房和城乡建设局"
HOSTILE = [
    'x" } UNION { ?s ?p ?o } #',
    "}",
    "区住建局\" . ?funder ?p ?o . FILTER(true) #",
    "a\nb\r\n} UNION {",
    "'; DROP ALL; '",
    "{{ ?s ?p ?o }}",
    "区住建局\\",
    "<https://w3id.org/kgnews/id/agency/即墨区住房和城乡建设局>",
]


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return fixture_graph()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, graph) -> Path:
    return load_store(graph, tmp_path_factory.mktemp("out") / "store")


@pytest.fixture(scope="module")
def store(store_dir):
    return open_store(store_dir)


def ask(store, query_name: str, /, **bind: str) -> list[dict[str, str]]:
    return run_query(store, read_query(QUERIES / f"{query_name}.rq"), bind).values()


# ---------------------------------------------------------------- the files themselves


def test_queries_required_files_exist():
    assert {p.stem for p in QUERIES.glob("*.rq")} >= set(REQUIRED)


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_queries_file_documents_itself_and_its_bindings(path, store):
    doc = query_doc(path.read_text(encoding="utf-8"))
    assert doc.summary and "Answers" in doc.text
    assert doc.bindings, f"{path.name} lists no bindable variable"
    for name in doc.bindings:  # every documented variable can be bound (it is projected)
        run_query(store, doc.text, {name: "no such name"})


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_queries_same_rows_in_rdflib_and_pyoxigraph(path, graph, store):
    """The files are plain SPARQL 1.1: rdflib (with initBindings) gives the same rows."""
    text = path.read_text(encoding="utf-8")
    doc = query_doc(text)
    def plain(value) -> str | None:
        if value is None:
            return None
        text = str(value.value if hasattr(value, "value") and not isinstance(value, rdflib.term.Node) else value)
        try:  # the store writes decimals in their canonical form (7940000000, not 7940000000.0)
            return str(Decimal(text).normalize()) if re.fullmatch(r"-?\d+(\.\d+)?", text) else text
        except ArithmeticError:
            return text

    names = sorted({str(o) for o in graph.objects(None, rdflib.RDFS.label)})[:3]
    for bind in [{}] + [{name: value} for name in doc.bindings for value in ("区住建局", *names)]:
        ours = run_query(store, text, bind)
        theirs = graph.query(text, initBindings={k: rdflib.Literal(v, lang="zh") for k, v in bind.items()})
        ours_rows = sorted((tuple(plain(v) for v in row) for row in ours.rows), key=repr)
        their_rows = sorted((tuple(plain(row[v]) for v in ours.variables) for row in theirs), key=repr)
        assert ours_rows == their_rows, bind


def test_queries_prefixes_match_kg_rdf():
    from kg.graph.rdf import PREFIXES as RDF_PREFIXES

    assert PREFIXES == {k: str(v) for k, v in RDF_PREFIXES.items()}


# ---------------------------------------------------------------- each query's answers


def test_projects_funded_by_shared_alias_keeps_agencies_apart(store):
    rows = ask(store, "projects_funded_by", name="区住建局")
    assert {(r["funderLabel"], r["projectLabel"]) for r in rows} == {
        (JIMO, "城中村改造"), (JIMO, "棚户区改造"), (XIHAI, "老旧小区改造")}
    village = next(r for r in rows if r["projectLabel"] == "城中村改造")
    assert village["funder"].endswith("/agency/" + JIMO)
    assert Decimal(village["amount"]) == Decimal("7940000000")
    assert (village["amountText"], village["moneyKind"], village["period"]) == ("79.4亿元", "专项借款", "上半年")
    assert village["sentence"] == FUNDS_SENTENCE and village["source"] == A000
    assert village["name"] == "区住建局" and "modality" not in village
    shanty = next(r for r in rows if r["projectLabel"] == "棚户区改造")
    assert shanty["modality"] == "planned" and shanty["moneyKind"] == "中央预算内资金"
    old = next(r for r in rows if r["funderLabel"] == XIHAI)
    assert (old["source"], old["date"], old["moneyKind"]) == (A002, "2024", "专项债券")


def test_projects_funded_by_label_alias_and_unbound(store):
    assert {r["funderLabel"] for r in ask(store, "projects_funded_by", name=JIMO)} == {JIMO}
    assert {r["funderLabel"] for r in ask(store, "projects_funded_by", name="区住房和城乡建设局")} == {XIHAI}
    assert len(ask(store, "projects_funded_by")) == 3
    assert ask(store, "projects_funded_by", name="区住建") == []  # whole names only


def test_project_investment_own_money_and_funders(store):
    rows = ask(store, "project_investment", name="融通·融园装备制造产业园")
    assert sorted((r["amountText"], r["moneyKind"], r.get("modality") or "", "funderLabel" in r) for r in rows) == [
        ("25亿元", "总投资", "", False), ("8亿元", "一期计划投资", "planned", False)]
    assert {r["source"] for r in rows} == {A002}
    village = ask(store, "project_investment", name="城中村改造")
    assert [(r["funderLabel"], r["amountText"]) for r in village] == [(JIMO, "79.4亿元")]
    assert len(ask(store, "project_investment")) == 5  # every amount of every project


NEWS_PAGE = """胶州市重点项目集中签约 总投资48亿元

发布时间:2024-05-20 09:30 来源:胶州新闻网

5月19日上午,胶州市2024年二季度重点项目集中签约仪式举行。市委副书记、市长王立新出席并致辞,副市长孙海洋主持。

本次签约的项目中,青岛恒润机械集团有限公司、山东鑫泰建设股份有限公司联合投资12亿元的恒润高端装备产业园项目落户胶东街道。总投资8.5亿元的胶北智慧物流园项目计划年内开工。

据悉,少海湿地公园提升工程由青岛城发建设集团有限公司投资建设。
"""


def test_money_queries_answer_on_a_news_page(tmp_path):
    """A page as a news site gives it (headline, source line, body): who pays, and what a project costs."""
    from kg.run.build import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "news.txt").write_text(NEWS_PAGE, encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out", html=False)
    store = open_store(tmp_path / "out" / "store")
    funded = ask(store, "projects_funded_by", name="山东鑫泰建设股份有限公司")
    assert [(r["projectLabel"], r["amount"], r["moneyKind"]) for r in funded] == [("恒润高端装备产业园", "1200000000", "联合投资")]
    assert {r["funderLabel"] for r in ask(store, "projects_funded_by")} == {
        "青岛恒润机械集团有限公司", "山东鑫泰建设股份有限公司", "青岛城发建设集团有限公司"}
    own = ask(store, "project_investment", name="胶北智慧物流园项目")
    assert [(r["amount"], r["moneyKind"], r["modality"], r["source"]) for r in own] == [
        ("850000000", "总投资", "planned", "news.txt")]


def test_leaders_posts_and_bindings(store):
    rows = ask(store, "leaders")
    assert {(r["personLabel"], r["relation"], r["bodyLabel"], r["posts"]) for r in rows} == {
        ("薛少华", "leads", XIHAI, "党组书记、局长"), ("李博", "memberOf", "青岛开发区管委", "副主任")}
    assert [r["personLabel"] for r in ask(store, "leaders", bodyName="区住建局")] == ["薛少华"]
    assert [r["bodyLabel"] for r in ask(store, "leaders", name="李博")] == ["青岛开发区管委"]
    assert ask(store, "leaders", name="李博", bodyName="区住建局") == []


def test_located_in_is_transitive(store):
    rows = ask(store, "located_in", name="即墨区")
    assert {r["thingLabel"]: (r["type"], r["directlyIn"]) for r in rows} == {
        "通济新区": ("Place", "即墨区"), "前枣杭村": ("Place", "通济新区"),
        "融通·融园装备制造产业园": ("Project", "前枣杭村")}
    by_alias = {r["thingLabel"] for r in ask(store, "located_in", name="青岛")}
    assert by_alias == {"即墨区", "西海岸新区", "通济新区", "前枣杭村", "融通·融园装备制造产业园"}
    assert ask(store, "located_in", name="融通·融园装备制造产业园") == []  # not a place


def test_awards_recipient_event_organisers(store):
    (row,) = ask(store, "awards")
    assert row["recipientLabel"] == "即墨区综合行政执法局"
    assert row["event"] == "2025年青岛市智慧化城市管理创新应用场景大赛"
    assert row["organisers"] == "青岛市城市管理局（主办）"
    assert len(ask(store, "awards", recipientName="区综合行政执法局")) == 1
    assert ask(store, "awards", recipientName="青岛市城市管理局") == []


def _awards_graph(graph: rdflib.Graph) -> rdflib.Graph:
    """The fixture plus awards with the shapes awards.rq has to get right: a second award
    (two labels, a plain-literal alias) given to the fixture's 即墨区综合行政执法局 (no
    statement, so no event) and to a company (two statements, two events), organised with and
    without a role; an award nobody received; one whose recipient has no label; and
    statements about the company and about 丙会 and that award that are not kg:awarded or
    kg:organizes statements (their event and role must not show)."""
    from rdflib.namespace import RDF, RDFS, SKOS

    from kg.graph.vocab import KG

    g = rdflib.Graph()
    for t in graph:
        g.add(t)
    kgr = rdflib.Namespace("https://w3id.org/kgnews/id/")
    zh = lambda text: rdflib.Literal(text, lang="zh")  # noqa: E731
    law = kgr["agency/即墨区综合行政执法局"]
    case, nobody, unnamed = kgr["award/市级优秀案例"], kgr["award/无人获得奖"], kgr["award/无名者奖"]
    firm, org1, org2, ghost = kgr["company/甲公司"], kgr["agency/乙局"], kgr["organization/丙会"], kgr["company/x"]
    for award, label in ((case, "市级优秀案例"), (case, "优秀案例（市级）"), (nobody, "无人获得奖"), (unnamed, "无名者奖")):
        g.add((award, RDF.type, KG.Award))
        g.add((award, RDFS.label, zh(label)))
    g.add((case, SKOS.altLabel, rdflib.Literal("优秀案例")))
    g.add((firm, RDFS.label, zh("甲公司")))
    g.add((firm, SKOS.altLabel, rdflib.Literal("甲")))
    g.add((org1, RDFS.label, zh("乙局")))
    g.add((org2, RDFS.label, zh("丙会")))
    for s, p, o in ((law, KG.awarded, case), (firm, KG.awarded, case), (ghost, KG.awarded, unnamed),
                    (org1, KG.organizes, case), (org2, KG.organizes, case)):
        g.add((s, p, o))
    for n, (s, p, o, extra, value) in enumerate((
            (firm, KG.awarded, case, KG.event, "第一届大赛"),
            (firm, KG.awarded, case, KG.event, "第二届大赛"),
            (firm, KG.organizes, case, KG.event, "不是获奖的事件"),
            (org1, KG.organizes, case, KG.organizerRole, "承办"),
            (org2, KG.funds, case, KG.organizerRole, "不是组织者的角色"))):
        st = kgr[f"evidence/awards-test-{n}"]
        for p2, o2 in ((RDF.type, RDF.Statement), (RDF.subject, s), (RDF.predicate, p), (RDF.object, o),
                       (extra, zh(value))):
            g.add((st, p2, o2))
    return g


def _names(g: rdflib.Graph, node) -> set[str]:
    from rdflib.namespace import RDFS, SKOS

    return {str(o) for p in (RDFS.label, SKOS.altLabel) for o in g.objects(node, p)}


def _awards_expected(g: rdflib.Graph, name: str | None, recipient_name: str | None) -> list[tuple]:
    """awards.rq's rows worked out from the graph in Python: one per award label and
    recipient label (or one without recipient), events and organisers as sets."""
    from rdflib.namespace import RDF, RDFS

    from kg.graph.vocab import KG

    def statements(s, p, o):
        return [st for st in g.subjects(RDF.subject, s)
                if (st, RDF.predicate, p) in g and (st, RDF.object, o) in g]

    rows = []
    for award in set(g.subjects(RDF.type, KG.Award)):
        if name is not None and name not in _names(g, award):
            continue
        recipients = [(r, rl) for r in g.subjects(KG.awarded, award) for rl in g.objects(r, RDFS.label)]
        organisers = frozenset(
            text
            for org in g.subjects(KG.organizes, award)
            for ol in g.objects(org, RDFS.label)
            for text in ([f"{ol}（{role}）" for st in statements(org, KG.organizes, award)
                          for role in g.objects(st, KG.organizerRole)] or [str(ol)]))
        for award_label in g.objects(award, RDFS.label):
            for recipient, recipient_label in recipients or [(None, None)]:
                if recipient_name is not None and (recipient is None or recipient_name not in _names(g, recipient)):
                    continue
                events = frozenset(str(ev) for st in statements(recipient, KG.awarded, award)
                                   for ev in g.objects(st, KG.event)) if recipient is not None else frozenset()
                rows.append((str(award), str(award_label), recipient and str(recipient),
                             recipient_label and str(recipient_label), events, organisers))
    return sorted(rows, key=repr)


def _awards_rows(values) -> list[tuple]:
    """Rows of awards.rq as in :func:`_awards_expected` (GROUP_CONCAT's order is not SPARQL's to fix)."""
    def parts(text):
        return frozenset(text.split("；")) if text else frozenset()

    return sorted(((str(v["award"]), str(v["awardLabel"]), v.get("recipient") and str(v["recipient"]),
                    v.get("recipientLabel") and str(v["recipientLabel"]),
                    parts(str(v.get("event") or "")), parts(str(v.get("organisers") or "")))
                   for v in values), key=repr)


def test_awards_rows_for_every_binding_combination(graph):
    """awards.rq (shaped for pyoxigraph's planner) gives the rows the data implies, for no
    binding, ?name, ?recipientName and both — each an award's or recipient's label, an alias
    (plain or @zh), a name of something else and no name at all — in pyoxigraph and rdflib."""
    from rdflib.namespace import RDF

    from kg.graph.vocab import KG

    g = _awards_graph(graph)
    store = ox.Store()
    store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    text = read_query(QUERIES / "awards.rq")
    award_names = sorted({n for a in g.subjects(RDF.type, KG.Award) for n in _names(g, a)})
    recipient_names = sorted({n for r in g.subjects(KG.awarded, None) for n in _names(g, r)})
    assert {"优秀案例", "甲", "区综合行政执法局"} <= set(award_names) | set(recipient_names)
    name_choices = [None, *award_names, "青岛市城市管理局", "no such name"]
    recipient_choices = [None, *recipient_names, "青岛市城市管理局", "no such name"]
    # rdflib is slow, so it answers every single binding and one pair for each name (a
    # diagonal through the grid); pyoxigraph, which users' queries run on, answers them all
    pairs_for_rdflib = set(zip(name_choices[1:], itertools.cycle(recipient_choices[1:])))
    seen = set()
    for name in name_choices:
        for recipient_name in recipient_choices:
            bind = {k: v for k, v in (("name", name), ("recipientName", recipient_name)) if v is not None}
            expected = _awards_expected(g, name, recipient_name)
            result = run_query(store, text, bind)
            assert _awards_rows(result.values()) == expected, bind
            if len(bind) < 2 or (name, recipient_name) in pairs_for_rdflib:
                theirs = g.query(text, initBindings={k: rdflib.Literal(v, lang="zh") for k, v in bind.items()})
                assert _awards_rows(r.asdict() for r in theirs) == expected, bind
            seen.add(len(expected))
    assert {0, 1} < seen and max(seen) >= 6  # the combinations do select, not just all or nothing


def test_entity_sheet_for_a_shared_name(store):
    rows = ask(store, "entity", name="区住建局")
    assert {r["entity"].rsplit("/", 1)[1] for r in rows} == {JIMO, XIHAI}
    xihai = [r for r in rows if r["entity"].endswith(XIHAI)]
    facts = {(r["field"], r["value"]) for r in xihai}
    assert {("type", "Agency"), ("label", XIHAI), ("alias", "区住建局"), ("← leads", "薛少华"),
            ("→ funds", "老旧小区改造")} <= facts
    assert ("mentioned in", "西海岸新区住建局：2024年工作安排") in facts
    lead = next(r for r in xihai if r["field"] == "← leads")
    assert lead["sentence"].endswith("薛少华———") and lead["source"] == A002
    jimo_funds = [r for r in rows if r["entity"].endswith(JIMO) and r["field"] == "→ funds"]
    assert {r["value"] for r in jimo_funds} == {"城中村改造", "棚户区改造"}


def test_entity_by_iri(store):
    rows = ask(store, "entity", iri="https://w3id.org/kgnews/id/place/即墨区")
    facts = {(r["field"], r["value"]) for r in rows}
    assert {("type", "Place"), ("alias", "即墨"), ("→ locatedIn", "青岛市"), ("← locatedIn", "通济新区")} <= facts
    assert {r["entity"] for r in rows} == {"https://w3id.org/kgnews/id/place/即墨区"}


def test_funding_totals_per_funder_kind_modality(store):
    rows = ask(store, "funding_totals")
    got = {(r["funderLabel"], r["moneyKind"], r["modality"]): Decimal(r["total"]) for r in rows}
    assert got == {
        (JIMO, "专项借款", "actual"): Decimal("7940000000"),
        (JIMO, "（全部）", "actual"): Decimal("7940000000"),
        (JIMO, "中央预算内资金", "planned"): Decimal("1248000000"),
        (JIMO, "（全部）", "planned"): Decimal("1248000000"),
        (XIHAI, "专项债券", "actual"): Decimal("300000000"),
        (XIHAI, "（全部）", "actual"): Decimal("300000000"),
    }
    assert {r["funderLabel"] for r in ask(store, "funding_totals", name="即墨区住建局")} == {JIMO}


def test_funding_totals_count_a_fact_stated_twice_once(graph):
    """The same amount for the same project reported in a second article is not added twice."""
    from rdflib.namespace import PROV, RDF

    from kg.graph.vocab import KG

    g = rdflib.Graph()
    for t in graph:
        g.add(t)
    st = next(s for s in g.subjects(KG.amountText, rdflib.Literal("79.4亿元", lang="zh")))
    copy = rdflib.URIRef(str(st) + "-again")
    for p, o in g.predicate_objects(st):
        g.add((copy, p, o))
    g.set((copy, PROV.wasDerivedFrom, rdflib.URIRef("https://w3id.org/kgnews/id/article/x.txt/0")))
    assert (copy, RDF.type, RDF.Statement) in g
    store = ox.Store()
    store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    rows = run_query(store, read_query(QUERIES / "funding_totals.rq"), {"name": JIMO}).values()
    totals = {(r["moneyKind"], r["modality"]): Decimal(r["total"]) for r in rows}
    assert totals[("专项借款", "actual")] == Decimal("7940000000")
    assert len(ask(store, "provenance", subjectName=JIMO, objectName="城中村改造")) == 2


def test_provenance_of_one_edge(store):
    (row,) = ask(store, "provenance", subjectName="区住建局", relation="funds", objectName="城中村改造")
    assert row["predicate"] == "https://w3id.org/kgnews/ontology#funds"
    assert (row["sentence"], row["source"], row["headline"]) == (FUNDS_SENTENCE, A000, "向上争资+精准施策双管齐下")
    assert (int(row["start"]), int(row["end"])) == (1016, 1016 + len(FUNDS_SENTENCE))
    assert (int(row["articleStart"]), int(row["articleEnd"])) == (0, 1800)
    assert row["rule"] == "funds_secure" and row["article"].endswith(f"/article/{A000}/0")
    full = ask(store, "provenance", relation="https://w3id.org/kgnews/ontology#leads")
    assert [r["object"].rsplit("/", 1)[1] for r in full] == [XIHAI]
    assert len(ask(store, "provenance")) == 12  # one per evidence in the fixture


# ---------------------------------------------------------------- bindings are values, not text


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("name", REQUIRED)
def test_query_hostile_binding_matches_nothing_and_changes_nothing(store, name, value):
    before = len(store)
    doc = query_doc(read_query(QUERIES / f"{name}.rq"))
    for var in doc.bindings:
        assert run_query(store, doc.text, {var: value}).rows == [], var
    assert len(store) == before


def test_query_binding_matches_a_hostile_name_exactly(tmp_path):
    """A name full of quotes and braces is still just a name: bound, it matches itself."""
    from kg.graph.model import build_graph
    from kg.graph.rdf import to_rdf
    from kg.records import Entity, Evidence

    odd = 'x" } UNION { ?s ?p ?o } #\n局'
    ev = Evidence("f.txt#0", "f.txt", None, "句。", 0, 2, "r", (("amount", "5"),))
    G = build_graph([Entity(f"Agency/{odd}", "Agency", odd), Entity("Project/工程", "Project", "工程")],
                    [(f"Agency/{odd}", "funds", "Project/工程", ev)], {})
    store = open_store(load_store(to_rdf(G), tmp_path / "store"))
    rows = run_query(store, read_query(QUERIES / "projects_funded_by.rq"), {"name": odd}).values()
    assert [r["funderLabel"] for r in rows] == [odd]
    assert run_query(store, read_query(QUERIES / "projects_funded_by.rq"), {"name": 'x"'}).rows == []


def test_query_bind_unknown_variable_names_the_bindable_ones(store):
    with pytest.raises(QueryError, match=r"\?name"):
        run_query(store, read_query(QUERIES / "projects_funded_by.rq"), {"nmae": "区住建局"})


@pytest.mark.parametrize("item", ["novalue", "=x", "a b=c", "?=x"])
def test_query_parse_bindings_rejects(item):
    with pytest.raises(QueryError):
        parse_bindings([item])


def test_query_parse_bindings_keeps_value_exactly():
    assert parse_bindings(["$name=a=b\n}", "?x="]) == {"name": "a=b\n}", "x": ""}


# ---------------------------------------------------------------- read-only, errors, limits


@pytest.mark.parametrize("text", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "PREFIX kg: <https://w3id.org/kgnews/ontology#>\ndelete where { ?s kg:funds ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL", "DROP GRAPH <http://g>", "CREATE GRAPH <http://g>",
    "COPY DEFAULT TO <http://g>", "MOVE <http://a> TO <http://b>", "ADD <http://a> TO <http://b>",
    "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { service silent <http://127.0.0.1:8001/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <http://a> <http://b> <http://c> }",
])
def test_query_refuses_update_load_service(store, text):
    with pytest.raises(ForbiddenQuery):
        run_query(store, text)


@pytest.mark.parametrize("text", [
    'SELECT * WHERE { ?s ?p "INSERT DATA { <a> <b> <c> }" }',
    "SELECT ?service ?load WHERE { ?service <http://example.org/load> ?load }",
    "PREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ex:service ?o ; ex:DELETE ?x }",
    "# DELETE everything? no.\nSELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }",
    "SELECT * WHERE { ?s <http://example.org/SERVICE> '''\nLOAD\n''' }",
])
def test_query_read_only_check_ignores_strings_iris_names(text):
    check_read_only(text)


def test_query_syntax_error_has_parser_message(store):
    with pytest.raises(QueryError, match=r"SPARQL syntax error: error at 1:\d+"):
        run_query(store, "SELECT * WHERE { ?s ?p }")


def test_query_default_prefixes_and_row_limit(store):
    result = run_query(store, "SELECT ?s WHERE { ?s a kg:Place }", row_limit=2)
    assert len(result.rows) == 2 and result.truncated
    assert "cut at the row limit of 2" in format_result(result, "table")
    assert not run_query(store, "SELECT ?s WHERE { ?s a kg:Place }", row_limit=5).truncated


def test_query_read_query_file_text_and_errors(tmp_path):
    assert read_query("ASK {}") == "ASK {}"
    assert read_query(QUERIES / "leaders.rq").startswith("#")
    with pytest.raises(QueryError, match="no such query file"):
        read_query(tmp_path / "missing.rq")
    with pytest.raises(QueryError, match="empty"):
        read_query("  ")


def test_query_no_store_says_run_build(tmp_path):
    with pytest.raises(QueryError, match="kg build"):
        run_query(tmp_path, "ASK {}")


# ---------------------------------------------------------------- formats


@pytest.fixture(scope="module")
def funded(store):
    return run_query(store, read_query(QUERIES / "projects_funded_by.rq"), {"name": "区住建局"})


def test_format_table_lines_up_chinese_by_display_width(funded):
    lines = format_result(funded, "table").splitlines()
    header, rule, body = lines[0], lines[1], lines[2:-1]
    assert lines[-1] == "3 rows" and len(body) == 3
    # the amountText column starts at the same display column on every line, after
    # columns of Chinese text of different lengths
    col = funded.variables.index("amountText")
    starts = {wcswidth(header[: header.index("amountText")])}
    for line, row in zip(body, funded.rows):
        label = row[col].value
        starts.add(wcswidth(line[: line.index(label)]))
    assert len(starts) == 1
    assert set(rule) <= {"─", " "}


def test_format_table_keeps_hostile_text_on_one_line():
    from kg.store.query import QueryResult

    result = QueryResult(kind="select", variables=["x"], rows=[(ox.Literal("a\nb\x1b[31m\tc"),)])
    text = format_result(result, "table")
    assert text.splitlines()[2] == "a⏎b\ufffd[31m c" and "\x1b" not in text


def test_format_csv_tsv_json_xml(funded):
    rows = list(csv.DictReader(io.StringIO(format_result(funded, "csv"))))
    assert {r["funderLabel"] for r in rows} == {JIMO, XIHAI}
    tsv = format_result(funded, "tsv").splitlines()
    assert tsv[0].split("\t")[:2] == ["?name", "?funder"]
    assert any(f'"{JIMO}"@zh' in line for line in tsv[1:])
    data = json.loads(format_result(funded, "json"))
    assert data["head"]["vars"] == funded.variables
    # rows come in the store's order (no ORDER BY): pick 即墨's row
    first = next(b for b in data["results"]["bindings"] if b["funderLabel"]["value"] == JIMO)
    assert first["funderLabel"] == {"type": "literal", "value": JIMO, "xml:lang": "zh"}
    assert first["funder"]["type"] == "uri"
    assert first["amount"]["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"
    root = ET.fromstring(format_result(funded, "xml"))
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert len(root.findall(f"{ns}results/{ns}result")) == 3
    # pyoxigraph reads what we write
    parsed = ox.parse_query_results(format_result(funded, "json"), format=ox.QueryResultsFormat.JSON)
    assert len(list(parsed)) == 3


def test_format_xml_keeps_hostile_text_well_formed():
    """XML 1.0 cannot hold most control characters: they become U+FFFD; the rest is kept."""
    from kg.store.query import QueryResult

    values = [ox.Literal("a\x00b\x1b\tc<&>\u2028"), ox.Literal("x\x07", language="zh"), ox.NamedNode("http://e/a")]
    result = QueryResult(kind="select", variables=["x"], rows=[(v,) for v in values])
    ns = "{http://www.w3.org/2005/sparql-results#}"
    root = ET.fromstring(format_result(result, "xml"))
    assert [b[0].text for b in root.iter(f"{ns}binding")] == ["a\ufffdb\ufffd\tc<&>\u2028", "x\ufffd", "http://e/a"]
    assert list(ox.parse_query_results(format_result(result, "json"), format=ox.QueryResultsFormat.JSON)) == \
        list(ox.parse_query_results(format_result(result, "tsv"), format=ox.QueryResultsFormat.TSV))
    assert [s["x"] for s in ox.parse_query_results(format_result(result, "json"), format=ox.QueryResultsFormat.JSON)] == values


def test_format_ask_and_construct(store):
    ask_result = run_query(store, "ASK { ?s kg:funds ?o }")
    assert json.loads(format_result(ask_result, "json")) == {"head": {}, "boolean": True}
    assert format_result(ask_result, "table") == "true\n"
    graph_result = run_query(store, "CONSTRUCT { ?s kg:funds ?o } WHERE { ?s kg:funds ?o }")
    turtle = format_result(graph_result, "turtle")
    assert len(rdflib.Graph().parse(data=turtle, format="turtle")) == 3
    assert "3 triples" in format_result(graph_result, "table")
    with pytest.raises(QueryError, match="turtle"):
        format_result(graph_result, "csv")
    with pytest.raises(QueryError, match="valid"):
        format_result(ask_result, "yaml")


# ---------------------------------------------------------------- the store and the exports


def _decimal_values(g: rdflib.Graph) -> rdflib.Graph:
    """``g`` with every xsd:decimal literal in one lexical form (the store keeps values: it
    writes ``7940000000.0`` back as ``7940000000``, the XSD 1.1 canonical form)."""
    from rdflib.namespace import XSD

    out = rdflib.Graph()
    for s, p, o in g:
        if isinstance(o, rdflib.Literal) and o.datatype == XSD.decimal:
            o = rdflib.Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD.decimal, normalize=False)
        out.add((s, p, o))
    return out


def test_store_loads_every_export_and_round_trips(tmp_path, graph):
    """The exported Turtle, N-Triples and JSON-LD parse in rdflib and pyoxigraph, load into
    the store, and come back isomorphic to the graph they were made from (amounts equal as
    decimals: the store rewrites their lexical form)."""
    from kg.exports import render
    from kg.graph.rdf import to_rdf

    G = fixture_model()
    rdf = to_rdf(G)
    for name, suffix, rdflib_format in (("turtle", ".ttl", "turtle"), ("ntriples", ".nt", "nt"),
                                        ("jsonld", ".jsonld", "json-ld")):
        path = tmp_path / f"graph{suffix}"
        path.write_bytes(render(name, G, rdf))
        assert isomorphic(rdflib.Graph().parse(path, format=rdflib_format), graph), name
        parsed = ox.serialize(ox.parse(path=str(path)), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        assert isomorphic(rdflib.Graph().parse(data=parsed, format="nt"), graph), name
        store = open_store(load_store(path, tmp_path / f"store-{name}"))
        assert len(store) == len(graph), name
        nt = ox.serialize((quad.triple for quad in store), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        back = rdflib.Graph().parse(data=nt, format="nt")
        assert isomorphic(_decimal_values(back), _decimal_values(graph)), name


def test_store_load_replaces_atomically_and_cleans_up(tmp_path, graph):
    target = load_store(graph, tmp_path / "store")
    assert len(open_store(target)) == len(graph)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(QueryError, match="bad.ttl"):
        load_store(bad, target)
    assert len(open_store(target)) == len(graph)  # the old store survives a failed load
    small = rdflib.Graph()
    small.add((rdflib.URIRef("http://e/a"), rdflib.RDFS.label, rdflib.Literal("甲", lang="zh")))
    load_store(small, target)
    assert len(open_store(target)) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ttl", "store"]  # no temp folders left


def test_store_errors_name_the_problem(tmp_path):
    with pytest.raises(QueryError, match="unknown RDF file suffix"):
        load_store(tmp_path / "graph.xyz", tmp_path / "store")
    with pytest.raises(QueryError, match="no such file"):
        load_store(tmp_path / "graph.ttl", tmp_path / "store")
    with pytest.raises(QueryError, match="kg build"):
        store_path(tmp_path)


def test_store_open_read_only_twice(store_dir):
    a, b = open_store(store_dir), open_store(store_dir.parent)
    assert len(a) == len(b) > 0
    with pytest.raises((OSError, RuntimeError)):
        a.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/b"), ox.Literal("c")))


def test_queries_header_mentions_every_projected_bindable(store):
    """Documented bindables are exactly the variables each query compares names against."""
    for path in QUERIES.glob("*.rq"):
        doc = query_doc(path.read_text(encoding="utf-8"))
        select = doc.text[doc.text.index("SELECT"):doc.text.index("WHERE")]
        for name in doc.bindings:
            assert re.search(rf"\?{name}\b", select), (path.name, name)


def test_articles_by_date_an_entitys_articles_newest_first_and_by_range(store):
    rows = ask(store, "articles_by_date", name="区住建局")  # an alias of both agencies
    assert [(r["entityLabel"], r["date"], r["source"]) for r in rows] == [
        (JIMO, "2025-07-15", A000), (XIHAI, "2024-01-20", A002)]
    assert rows[0]["publisher"] == "今日即墨" and "publisher" not in rows[1]  # unbound: no cell
    in_2024 = ask(store, "articles_by_date", name="区住建局", **{"from": "2024", "to": "2024"})
    assert [r["entityLabel"] for r in in_2024] == [XIHAI]
    by_month = ask(store, "articles_by_date", name="区住建局", **{"from": "2024-02", "to": "2025-07"})
    assert [r["entityLabel"] for r in by_month] == [JIMO]


@pytest.mark.slow
def test_queries_ship_in_the_wheel(tmp_path):
    """A wheel built from the checkout holds every shipped query (kg/data/queries links to queries/),
    and the installed package finds them by name."""
    import shutil
    import subprocess
    import sys
    import zipfile

    root = QUERIES.parent
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "kg", "queries", "ontology"):
        copy = shutil.copytree if (root / name).is_dir() else shutil.copy2
        copy(root / name, src / name, **({"symlinks": True, "ignore": shutil.ignore_patterns("__pycache__")}
                                        if copy is shutil.copytree else {}))
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "-q", "-w", str(tmp_path / "whl")],
                   check=True, capture_output=True, timeout=600)
    (wheel,) = (tmp_path / "whl").glob("kg-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert sorted(n for n in names if n.startswith("kg/data/queries/") and n.endswith(".rq")) == sorted(
        f"kg/data/queries/{p.name}" for p in QUERIES.glob("*.rq"))
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    found = subprocess.run([sys.executable, "-c", "from kg.store.canned import queries_dir, shipped_queries; "
                            "print(queries_dir()); print(sorted(shipped_queries()))"],
                           cwd=tmp_path, env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"},
                           capture_output=True, text=True, check=True).stdout.splitlines()
    assert found == [str(tmp_path / "site" / "kg" / "data" / "queries"),
                     str(sorted(p.stem for p in QUERIES.glob("*.rq")))]


@pytest.mark.skipif(__import__("shutil").which("oxigraph") is None, reason="needs the oxigraph command (pip install oxigraph)")
def test_queries_a_first_page_reads_as_much_at_30_copies_as_at_3(tmp_path):
    """pyoxigraph's own count of what each step of a plan produced (`oxigraph query --explain
    --stats`), for the first page of every shipped query with nothing bound: on 30 renamed
    copies of the fixture no step produces much more than on 3 — a page looks things up, it
    does not read whole tables (a scan of the labels or statements grows tenfold)."""
    import json
    import subprocess

    from kg.store.paging import Page, plan_page
    from test_paging import copies

    def busiest_step(store_dir: Path, text: str) -> tuple[int, str]:
        query = tmp_path / "q.rq"
        query.write_text("".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items()) + text, encoding="utf-8")
        plan = tmp_path / "plan.json"
        subprocess.run(["oxigraph", "query", "--location", str(store_dir), "--query-file", str(query),
                        "--results-format", "csv", "--explain-file", str(plan), "--stats"],
                       check=True, capture_output=True, timeout=120)

        def steps(node):
            yield node.get("number of results", 0), node["name"]
            for child in node.get("children", []):
                yield from steps(child)

        return max(steps(json.loads(plan.read_text(encoding="utf-8"))["plan"]))

    small = load_store(copies(fixture_graph(), 3), tmp_path / "small")
    large = load_store(copies(fixture_graph(), 30), tmp_path / "large")
    for path in sorted(QUERIES.glob("*.rq")):
        text = plan_page(read_query(path), Page(1, 20)).text
        (few, _), (many, step) = busiest_step(small, text), busiest_step(large, text)
        assert many <= 2 * few + 40, (path.stem, few, many, step)
