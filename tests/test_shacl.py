"""kg.validate.shacl: the export conforms to ontology/shapes.ttl; each broken rule is reported by name."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from kg.graph.model import build_graph
from kg.graph.rdf import to_rdf
from kg.records import Entity, Evidence
from kg.validate.shacl import ShaclResult, validate
from kg.graph.vocab import KG, KGR, article_iri, entity_iri
from test_rdf import A0, F, large_model, small_model


def _statement(g, predicate):
    return next(st for st in g.subjects(RDF.type, RDF.Statement) if g.value(st, RDF.predicate) == predicate)


def _fails_with(g, text: str) -> ShaclResult:
    result = validate(g)
    assert not result.conforms
    assert result.violations >= 1
    assert any(text in line for line in result.messages), result.messages
    return result


def test_shacl_good_graph_conforms():
    result = validate(to_rdf(small_model()))
    assert result.conforms, result.messages
    assert (result.violations, result.messages) == (0, ())


def test_shacl_leads_from_an_agency_fails():
    ev = Evidence(A0, F, None, "甲局领导乙局。", 0, 7, "leads_title")
    G = build_graph([Entity("Agency/甲局", "Agency", "甲局"), Entity("Agency/乙局", "Agency", "乙局")],
                    [("Agency/甲局", "leads", "Agency/乙局", ev)], {})
    result = _fails_with(to_rdf(G), "kg:leads: the subject must be a kg:Official")
    assert result.violations == 1
    assert "kgr:agency/甲局" in result.messages[0]


def test_shacl_leads_to_a_place_fails():
    ev = Evidence(A0, F, None, "甲领导乙地。", 0, 6, "leads_title")
    G = build_graph([Entity("Official/甲", "Official", "甲"), Entity("Place/乙地", "Place", "乙地")],
                    [("Official/甲", "leads", "Place/乙地", ev)], {})
    _fails_with(to_rdf(G), "kg:leads: the object must be a kg:Agency, kg:Organization, kg:Company or kg:Project")


def test_shacl_member_of_accepts_an_official_as_a_person():
    ev = Evidence(A0, F, None, "甲是乙局副局长。", 0, 8, "member_title")
    G = build_graph([Entity("Official/甲", "Official", "甲"), Entity("Agency/乙局", "Agency", "乙局")],
                    [("Official/甲", "memberOf", "Agency/乙局", ev)], {})
    assert validate(to_rdf(G)).conforms


def test_shacl_statement_without_sentence_fails():
    g = to_rdf(small_model())
    st = _statement(g, KG.leads)
    g.remove((st, KG.sentence, None))
    result = _fails_with(g, "rdf:Statement: a stated relation needs its kg:sentence")
    assert result.violations == 1


def test_shacl_inferred_statement_shows_no_sentence():
    ev = Evidence(A0, F, None, "", 0, 0, "divisions_data", basis="inferred")
    G = build_graph([Entity("Place/甲村", "Place", "甲村"), Entity("Place/乙区", "Place", "乙区")],
                    [("Place/甲村", "locatedIn", "Place/乙区", ev)], {})
    g = to_rdf(G)
    assert validate(g).conforms
    st = _statement(g, KG.locatedIn)
    g.add((st, KG.sentence, Literal("甲村在乙区。", lang="zh")))
    result = _fails_with(g, "rdf:Statement: an inferred relation shows no kg:sentence")
    assert result.violations == 1


def test_shacl_negative_amount_fails():
    g = to_rdf(small_model())
    st = next(g.subjects(KG.amount, None))
    g.set((st, KG.amount, Literal("-5.0", datatype=XSD.decimal)))
    result = _fails_with(g, "kg:amount must be one xsd:decimal >= 0")
    assert result.violations == 1


def test_shacl_amount_not_decimal_fails():
    g = to_rdf(small_model())
    st = next(g.subjects(KG.amount, None))
    g.set((st, KG.amount, Literal("79.4亿元")))
    _fails_with(g, "kg:amount must be one xsd:decimal >= 0")


def test_shacl_start_after_end_fails():
    g = to_rdf(small_model())
    st = next(st for st in g.subjects(KG.basis, Literal("stated")) if g.value(st, RDF.predicate) == KG.locatedIn)
    g.set((st, KG.startOffset, Literal(500)))
    _fails_with(g, "kg:startOffset >= 0 and <= kg:endOffset")


def test_shacl_statement_from_a_non_article_fails():
    g = to_rdf(small_model())
    st = _statement(g, KG.leads)
    g.set((st, PROV.wasDerivedFrom, KGR["article/nowhere.txt/0"]))
    _fails_with(g, "needs prov:wasDerivedFrom a kg:Article")


def test_shacl_statement_of_an_unasserted_triple_fails():
    g = to_rdf(small_model())
    g.remove((entity_iri("Official/薛少华"), KG.leads, None))
    _fails_with(g, "the triple it describes is not asserted")


def test_shacl_article_without_source_fails():
    g = to_rdf(small_model())
    g.remove((article_iri(A0), DCTERMS.source, None))
    _fails_with(g, "kg:Article: needs exactly one dcterms:source")


def test_shacl_entity_label_rules():
    g = to_rdf(small_model())
    place = entity_iri("Place/即墨区")
    g.add((place, RDFS.label, Literal("Jimo", lang="en")))
    _fails_with(g, "entity: needs exactly one non-empty rdfs:label in Chinese")
    g = to_rdf(small_model())
    g.remove((place, RDFS.label, None))
    _fails_with(g, "entity: needs exactly one non-empty rdfs:label in Chinese")


def test_shacl_untyped_mentioned_entity_fails():
    g = to_rdf(small_model())
    g.remove((entity_iri("Place/即墨区"), RDF.type, None))
    _fails_with(g, "entity: must have rdf:type one of")


def test_shacl_bad_modality_and_date_fail():
    g = to_rdf(small_model())
    st = next(g.subjects(KG.modality, None))
    g.set((st, KG.modality, Literal("maybe")))
    g.add((st, KG.date, Literal("2025年")))
    result = validate(g)
    assert result.violations == 2, result.messages


def test_shacl_messages_are_short_lines_and_text_is_full():
    g = to_rdf(small_model())
    g.remove((_statement(g, KG.leads), KG.sentence, None))
    result = validate(g)
    assert all("\n" not in line and len(line) < 300 for line in result.messages)
    assert "Constraint Violation" in result.text


def test_shacl_large_model_conforms():
    g = to_rdf(large_model())
    assert len(g) >= 2500
    result = validate(g)
    assert (result.conforms, result.violations, result.messages) == (True, 0, ())


@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_shacl_rdfs_inference_would_hide_a_wrong_leads(inference):
    """Why kg validates without inference: rdfs:domain of kg:leads would make the agency an Official."""
    ev = Evidence(A0, F, None, "甲局领导乙局。", 0, 7, "leads_title")
    G = build_graph([Entity("Agency/甲局", "Agency", "甲局"), Entity("Agency/乙局", "Agency", "乙局")],
                    [("Agency/甲局", "leads", "Agency/乙局", ev)], {})
    assert validate(to_rdf(G), inference=inference).conforms is (inference == "rdfs")


def test_validating_the_written_n_triples_gives_the_same_report(tmp_path):
    from kg.validate.shacl import validate_file

    ev = Evidence(A0, F, None, "甲局领导乙局。", 0, 7, "leads_title")
    G = build_graph([Entity("Agency/甲局", "Agency", "甲局"), Entity("Agency/乙局", "Agency", "乙局")],
                    [("Agency/甲局", "leads", "Agency/乙局", ev)], {})
    rdf = to_rdf(G)
    rdf.serialize(tmp_path / "graph.nt", format="nt", encoding="utf-8")
    in_memory, from_file = validate(rdf), validate_file(tmp_path / "graph.nt")
    assert not from_file.conforms
    assert (from_file.violations, from_file.messages) == (in_memory.violations, in_memory.messages)


def test_build_engines_give_the_same_report(tmp_path):
    """kg build validates with the Rust engine; pyshacl, the reference engine, gives the same
    report on the same corpus; "none" skips the check."""
    from pathlib import Path

    from kg.run.build import build

    seed = sorted(Path("seeds").glob("*.txt"))[0]
    reports = {}
    for engine in ("rust", "pyshacl", "none"):
        summary = build([seed], tmp_path / engine, html=False, store=False, shacl=engine)
        reports[engine] = (summary.shacl_conforms, summary.shacl_violations, summary.shacl_messages)
        assert summary.shacl_engine == engine
    assert reports["rust"] == reports["pyshacl"] == (True, 0, [])
    assert reports["none"] == (None, 0, [])
    assert (tmp_path / "rust" / "graph.ttl").read_bytes() == (tmp_path / "none" / "graph.ttl").read_bytes()


def test_build_refuses_an_unknown_shacl_engine_before_extracting(tmp_path):
    from kg.run.build import build
    from kg.errors import BuildError

    with pytest.raises(BuildError, match="unknown SHACL engine 'bogus'; valid: rust, pyshacl, none"):
        build([tmp_path / "no-such-file.txt"], tmp_path / "out", shacl="bogus")  # refused before the file is missed
    assert not (tmp_path / "out").exists()
