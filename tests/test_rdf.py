"""kg.graph.rdf: the graph model as RDF (GUIDE §5).

``small_model()`` and ``large_model()`` are the hand-built graph models that
test_exports.py and test_shacl.py import too.
"""

from __future__ import annotations

import logging

import pytest
from rdflib import Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.graph.model import build_graph
from kg.graph.rdf import PREFIXES, to_rdf
from kg.records import Article, Entity, Evidence
from kg.graph.vocab import KG, article_iri, entity_iri

F = "000_e98db0bf95b318e9.txt"
A0, A1 = f"{F}#0", f"{F}#1"

LEADS_EV = Evidence(A0, F, "住建局召开会议", "区住房和城乡建设局党组书记、局长薛少华出席。", 10, 31, "leads_title",
                    (("role", "党组书记、局长"),))
FUNDS_EV = Evidence(A0, F, "住建局召开会议", "区住建局争取城中村改造专项借款79.4亿元。", 40, 61, "funds_verb",
                    (("amount", "7940000000"), ("amount_text", "79.4亿元"), ("money_kind", "专项借款"),
                     ("period", "2025年上半年"), ("date", "2025-06")))
FUNDS_EV2 = Evidence(A1, F, None, "该局力争再投资城中村改造。", 210, 224, "funds_verb",
                     (("modality", "planned"), ("date", "2025年")))
LOCATED_EV = Evidence(A1, F, None, "城中村改造位于即墨区。", 230, 241, "located_in")
NESTED_EV = Evidence(A1, F, None, "", 0, 0, "divisions_data", basis="inferred")
INVESTMENT_EV = Evidence(A0, F, "住建局召开会议", "城中村改造总投资120亿元。", 70, 84, "investment",
                         (("amount", "12000000000"), ("amount_text", "120亿元"), ("money_kind", "总投资")))


def small_model():
    """Five entities, two articles, four edges (one with two evidences, one inferred), an investment."""
    ents = [
        Entity("Official/薛少华", "Official", "薛少华", articles={A0}, roles={"党组书记、局长"}),
        Entity("Agency/即墨区住房和城乡建设局", "Agency", "即墨区住房和城乡建设局",
               aliases={"区住建局", "即墨区住房和城乡建设局"}, articles={A0, A1}),
        Entity("Project/城中村改造", "Project", "城中村改造", articles={A0, A1}, investments={INVESTMENT_EV}),
        Entity("Place/即墨区", "Place", "即墨区", articles={A1}),
        Entity("Place/青岛市", "Place", "青岛市", articles={A1}),
    ]
    edges = [
        ("Official/薛少华", "leads", "Agency/即墨区住房和城乡建设局", LEADS_EV),
        ("Agency/即墨区住房和城乡建设局", "funds", "Project/城中村改造", FUNDS_EV),
        ("Agency/即墨区住房和城乡建设局", "funds", "Project/城中村改造", FUNDS_EV2),
        ("Project/城中村改造", "locatedIn", "Place/即墨区", LOCATED_EV),
        ("Place/即墨区", "locatedIn", "Place/青岛市", NESTED_EV),
    ]
    text = "x" * 200
    articles = {
        A0: Article(F, 0, text, tuple(range(201)), 0, 200, headline="住建局召开会议"),
        A1: Article(F, 1, text, tuple(range(200, 401)), 200, 400),
    }
    return build_graph(ents, edges, articles)


def large_model(n: int = 60):
    """A model of about 3000 triples: ``n`` articles, each with 4 entities and 3 evidenced edges."""
    ents, edges, articles = [], [], {}
    for i in range(n):
        aid = f"f{i % 7}.txt#{i}"
        articles[aid] = Article(f"f{i % 7}.txt", i, "x" * 50, tuple(range(51)), 0, 50, headline=f"标题{i}")
        off, ag, pr, pl = f"Official/官员{i}", f"Agency/机构{i}", f"Project/工程{i}", f"Place/地点{i % 5}"
        ents += [
            Entity(off, "Official", f"官员{i}", articles={aid}, roles={"局长"}),
            Entity(ag, "Agency", f"机构{i}", aliases={f"机{i}"}, articles={aid}),
            Entity(pr, "Project", f"工程{i}", articles={aid}),
        ]
        for s, p, o, q in ((off, "leads", ag, (("role", "局长"),)), (ag, "funds", pr, (("amount", f"{i}.5"),)),
                           (pr, "locatedIn", pl, ())):
            edges.append((s, p, o, Evidence(aid, f"f{i % 7}.txt", f"标题{i}", f"句子{i}{p}。", i, i + 9, p, q)))
    ents += [Entity(f"Place/地点{k}", "Place", f"地点{k}") for k in range(5)]
    return build_graph(ents, edges, articles)


@pytest.fixture
def g():
    return to_rdf(small_model())


OFF, AG = entity_iri("Official/薛少华"), entity_iri("Agency/即墨区住房和城乡建设局")
PR, PL = entity_iri("Project/城中村改造"), entity_iri("Place/即墨区")


def test_rdf_entities_typed_and_labelled(g):
    assert (OFF, RDF.type, KG.Official) in g
    assert set(g.objects(AG, RDFS.label)) == {Literal("即墨区住房和城乡建设局", lang="zh")}
    assert set(g.objects(AG, SKOS.altLabel)) == {Literal("区住建局", lang="zh")}  # the label is not an alias
    assert set(g.objects(OFF, KG.role)) == {Literal("党组书记、局长", lang="zh")}


def test_rdf_articles(g):
    a0, a1 = article_iri(A0), article_iri(A1)
    assert (a0, RDF.type, KG.Article) in g
    assert g.value(a0, DCTERMS.source) == Literal(F)
    assert g.value(a0, RDFS.label) == Literal("住建局召开会议", lang="zh")
    assert g.value(a1, RDFS.label) is None  # no headline found
    assert g.value(a1, KG.startOffset) == Literal(200, datatype=XSD.integer)
    assert set(g.objects(a0, KG.mentions)) == {OFF, AG, PR}
    assert set(g.objects(a1, KG.mentions)) == {AG, PR, PL, entity_iri("Place/青岛市")}


def test_rdf_direct_triples(g):
    assert (OFF, KG.leads, AG) in g
    assert (AG, KG.funds, PR) in g
    assert (PR, KG.locatedIn, PL) in g


def test_rdf_one_statement_per_evidence(g):
    statements = set(g.subjects(RDF.type, RDF.Statement))
    assert len(statements) == 5
    funds = {st for st in statements if g.value(st, RDF.predicate) == KG.funds}
    assert len(funds) == 2
    for st in funds:
        assert g.value(st, RDF.subject) == AG and g.value(st, RDF.object) == PR
        assert g.value(st, RDF.type) == RDF.Statement


def test_rdf_statement_evidence_and_qualifiers(g):
    (st,) = [s for s in g.subjects(KG.rule, Literal("funds_verb")) if g.value(s, KG.amount) is not None]
    assert g.value(st, PROV.wasDerivedFrom) == article_iri(A0)
    assert g.value(st, KG.sentence) == Literal("区住建局争取城中村改造专项借款79.4亿元。", lang="zh")
    assert g.value(st, KG.startOffset) == Literal(40) and g.value(st, KG.endOffset) == Literal(61)
    assert g.value(st, KG.amount) == Literal("7940000000.0", datatype=XSD.decimal)
    assert g.value(st, KG.currency) == Literal("CNY")
    assert g.value(st, KG.amountText) == Literal("79.4亿元", lang="zh")
    assert g.value(st, KG.moneyKind) == Literal("专项借款", lang="zh")
    assert g.value(st, KG.period) == Literal("2025年上半年", lang="zh")
    assert g.value(st, KG.date) == Literal("2025-06", datatype=XSD.gYearMonth)


def test_rdf_stated_or_inferred(g):
    stated = set(g.subjects(KG.basis, Literal("stated")))
    (inferred,) = g.subjects(KG.basis, Literal("inferred"))
    assert len(stated) == 4 and all(g.value(st, KG.sentence) is not None for st in stated)
    # no sentence says an inference: none is given, nor offsets
    assert (g.value(inferred, KG.rule), g.value(inferred, KG.sentence), g.value(inferred, KG.startOffset)) == (
        Literal("divisions_data"), None, None)
    assert g.value(inferred, PROV.wasDerivedFrom) == article_iri(A1)


def test_rdf_identical_evidence_is_one_statement_with_its_count_and_every_article():
    evs = [Evidence(f"f{i}.txt#0", f"f{i}.txt", None, "甲局投资乙工程。", 5, 13, "funds_verb") for i in range(3)]
    G = build_graph([Entity("Agency/甲局", "Agency", "甲局"), Entity("Project/乙工程", "Project", "乙工程")],
                    [("Agency/甲局", "funds", "Project/乙工程", ev) for ev in evs], {})
    g = to_rdf(G)
    (st,) = g.subjects(RDF.type, RDF.Statement)
    assert g.value(st, KG.occurrences) == Literal(3)
    assert set(g.objects(st, PROV.wasDerivedFrom)) == {article_iri(f"f{i}.txt#0") for i in range(3)}
    assert g.value(st, KG.startOffset) == Literal(5)  # the first article's


def test_rdf_a_projects_own_investment_is_a_node_with_its_evidence(g):
    (inv,) = g.objects(PR, KG.investment)
    assert (inv, RDF.type, KG.Investment) in g
    assert (g.value(inv, KG.amount), g.value(inv, KG.currency), g.value(inv, KG.moneyKind)) == (
        Literal("12000000000.0", datatype=XSD.decimal), Literal("CNY"), Literal("总投资", lang="zh"))
    assert (g.value(inv, KG.sentence), g.value(inv, PROV.wasDerivedFrom), g.value(inv, KG.startOffset)) == (
        Literal("城中村改造总投资120亿元。", lang="zh"), article_iri(A0), Literal(70))


def test_rdf_investments_and_bases_come_back_from_rdf(g):
    from kg.graph.rdf import from_rdf

    G = from_rdf(g)
    [inv] = G.nodes["Project/城中村改造"]["investments"]
    assert (inv.sentence, dict(inv.qualifiers)["money_kind"]) == ("城中村改造总投资120亿元。", "总投资")
    [ev] = G.edges["Place/即墨区", "Place/青岛市", "locatedIn"]["evidence"]
    assert (ev.basis, ev.sentence, ev.rule) == ("inferred", "", "divisions_data")


def test_rdf_inexact_date_kept_as_period_and_modality(g):
    (st,) = g.subjects(KG.modality, Literal("planned"))
    assert g.value(st, KG.date) is None
    assert g.value(st, KG.period) == Literal("2025年", lang="zh")
    assert g.value(st, KG.currency) is None  # no amount, no currency


def test_rdf_leads_role_qualifier(g):
    (st,) = g.subjects(RDF.predicate, KG.leads)
    assert g.value(st, KG.role) == Literal("党组书记、局长", lang="zh")


@pytest.mark.parametrize(
    "value,expected",
    [("7.94e9", "7940000000.0"), ("100.50", "100.5"), ("+3", "3.0"), ("0.000", "0.0"), ("-5", "-5.0"),
     (".5", "0.5"), ("-0", "0.0")],
)
def test_rdf_amount_plain_decimal(value, expected):
    from kg.graph.rdf import decimal_literal

    assert decimal_literal(value) == Literal(expected, datatype=XSD.decimal)


@pytest.mark.parametrize(
    "value,datatype",
    [("2025-06-30", XSD.date), ("2025-06", XSD.gYearMonth), ("2025", XSD.gYear),
     ("2025-13", None), ("2025年1月", None), ("2025-02-30", None), (" 2025 ", XSD.gYear)],
)
def test_rdf_date_literal_only_exact_iso(value, datatype):
    from kg.graph.rdf import date_literal

    lit = date_literal(value)
    assert (lit.datatype if lit is not None else None) == datatype


def test_rdf_non_numeric_amount_and_unknown_qualifier(caplog):
    ev = Evidence(A0, F, None, "甲局投资乙工程。", 0, 8, "r", (("amount", "数亿元"), ("colour", "red")))
    G = build_graph([Entity("Agency/甲局", "Agency", "甲局"), Entity("Project/乙工程", "Project", "乙工程")],
                    [("Agency/甲局", "funds", "Project/乙工程", ev)], {})
    with caplog.at_level(logging.WARNING, logger="kg.graph.rdf"):
        g = to_rdf(G)
    (st,) = g.subjects(RDF.type, RDF.Statement)
    assert g.value(st, KG.amount) is None and g.value(st, KG.currency) is None
    assert g.value(st, KG.amountText) == Literal("数亿元", lang="zh")
    assert "colour" in caplog.text
    assert {p for _, p, _ in g if str(p).endswith("colour")} == set()


def test_rdf_article_known_only_from_evidence_is_typed():
    ev = Evidence("other.txt#4", "other.txt", None, "甲局投资乙工程。", 0, 8, "r")
    G = build_graph([Entity("Agency/甲局", "Agency", "甲局"), Entity("Project/乙工程", "Project", "乙工程")],
                    [("Agency/甲局", "funds", "Project/乙工程", ev)], {})
    g = to_rdf(G)
    art = article_iri("other.txt#4")
    assert (art, RDF.type, KG.Article) in g
    assert g.value(art, DCTERMS.source) == Literal("other.txt")


def test_rdf_unknown_type_or_predicate_names_valid_ones():
    G = build_graph([Entity("Thing/x", "Thing", "x")], [], {})
    with pytest.raises(ValueError, match="valid types: Official"):
        to_rdf(G)
    G = build_graph([Entity("Agency/甲", "Agency", "甲"), Entity("Agency/乙", "Agency", "乙")],
                    [("Agency/甲", "owns", "Agency/乙", FUNDS_EV)], {})
    with pytest.raises(ValueError, match="valid: leads"):
        to_rdf(G)


def test_rdf_prefixes_bound(g):
    bound = {p: str(ns) for p, ns in g.namespaces()}
    for prefix, ns in PREFIXES.items():
        assert bound[prefix] == str(ns)


def test_rdf_same_model_same_triples():
    assert set(to_rdf(small_model())) == set(to_rdf(small_model()))


def test_rdf_large_model_size():
    assert 2500 <= len(to_rdf(large_model())) <= 3500


def test_rdf_a_park_both_built_and_settled_in_has_both_classes_and_keeps_its_own_on_reading():
    # GUIDE §2: 甲产业园 built (a work) that a firm settles in (a place): rdf:type both; read back, its IRI's class
    # (…/project/…) is its type again and the other one is kept as what it also is
    from kg.graph.rdf import from_rdf

    ev = Evidence(A0, F, None, "乙公司入驻园区。", 0, 8, "located_settle")
    G = build_graph([Entity("Project/甲产业园", "Project", "甲产业园", also=frozenset({"Place"})),
                     Entity("Company/乙公司", "Company", "乙公司")],
                    [("Company/乙公司", "locatedIn", "Project/甲产业园", ev)], {})
    g = to_rdf(G)
    park = entity_iri("Project/甲产业园")
    H = from_rdf(g)
    assert (set(g.objects(park, RDF.type)), H.nodes["Project/甲产业园"]["type"], H.nodes["Project/甲产业园"]["also"]) == (
        {KG.Project, KG.Place}, "Project", ("Place",))
