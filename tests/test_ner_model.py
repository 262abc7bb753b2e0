"""The trained tagger ``kg_ner`` (kg.nlp.model): decoding, features, the component, its save and load."""

from __future__ import annotations

import numpy as np
import pytest

from kg.nlp.model.decode import TagScheme, clauses, viterbi
from kg.nlp.model.features import SubstringIndex, codes_of, word_spans


def test_decode_scheme_spans_round_trip():
    scheme = TagScheme(("PER", "LOC"))
    spans = [(0, 3, "PER"), (4, 5, "LOC"), (6, 8, "LOC")]
    assert scheme.spans(scheme.encode(9, spans)) == spans


def test_decode_clauses_cut_at_breaks():
    assert clauses(codes_of("王小明，在青岛。")).tolist() == [[0, 3], [4, 7]]
    assert clauses(codes_of("，。")).tolist() == []


def test_decode_viterbi_keeps_to_the_constraints():
    scheme = TagScheme(("PER",))
    t = len(scheme.tags)
    # emissions prefer I-PER everywhere, which no valid sequence can start with
    em = np.full((4, t), -1.0, dtype=np.float32)
    em[:, scheme.tags.index("I-PER")] = 5.0
    em[0, scheme.tags.index("B-PER")] = 4.0
    em[3, scheme.tags.index("E-PER")] = 4.0
    zeros = np.zeros(t, dtype=np.float32)
    tags = viterbi(em, np.array([[0, 4]]), scheme, np.zeros((t, t), dtype=np.float32), zeros, zeros)
    assert scheme.spans(tags) == [(0, 4, "PER")]


def test_decode_viterbi_batches_segments_of_any_length():
    scheme = TagScheme(("PER",))
    t = len(scheme.tags)
    rng = np.random.default_rng(0)
    em = rng.standard_normal((60, t)).astype(np.float32)
    segs = np.array([[0, 1], [2, 9], [10, 30], [31, 60]])
    zeros = np.zeros(t, dtype=np.float32)
    trans = rng.standard_normal((t, t)).astype(np.float32)
    together = viterbi(em, segs, scheme, trans, zeros, zeros)
    alone = np.zeros(60, dtype=np.int64)
    for seg in segs:
        alone += viterbi(em, seg[None], scheme, trans, zeros, zeros)
    assert together.tolist() == alone.tolist()


def test_decode_viterbi_blocks_merge_few_short_segments_and_change_no_tag():
    from kg.nlp.model import decode

    # a few segments: one block (five rows padded to 300 columns cost less than the 40 steps
    # of a block of their own); 500 short rows: a block of their own, not padded to 300
    # columns, while the one of 40 still goes with the one of 300
    lengths = np.array([1, 2, 3, 4, 40, 300])
    assert [b.tolist() for b in decode._blocks(lengths)] == [[0, 1, 2, 3, 4, 5]]
    many = np.full(500, 3)
    assert [b.tolist() for b in decode._blocks(np.concatenate([many, [40, 300]]))] == [
        list(range(500)), [500, 501]]

    scheme = TagScheme(("PER", "LOC"))
    t = len(scheme.tags)
    rng = np.random.default_rng(1)
    bounds = np.concatenate([[0], np.cumsum(lengths + 1)])
    segs = np.stack([bounds[:-1], bounds[:-1] + lengths], axis=1)
    n = int(bounds[-1])
    em = rng.standard_normal((n, t)).astype(np.float32)
    trans = rng.standard_normal((t, t)).astype(np.float32)
    start, end = rng.standard_normal(t).astype(np.float32), rng.standard_normal(t).astype(np.float32)
    together = viterbi(em, segs, scheme, trans, start, end)
    alone = sum(viterbi(em, seg[None], scheme, trans, start, end) for seg in segs)
    assert together.tolist() == alone.tolist()
    assert len(set(together.tolist())) > 3  # tags of several kinds, not all O


def test_features_substring_index_finds_every_word():
    index = SubstringIndex([("局", 1), ("有限公司", 2), ("公司", 3)])
    assert index.find("区统计局和某有限公司") == [(3, 4, 1), (6, 10, 2), (8, 10, 3)]


def test_features_word_spans_fill_gaps():
    starts, ends = word_spans([0, 3], [2, 5], 6)
    assert list(zip(starts.tolist(), ends.tolist())) == [(0, 2), (2, 3), (3, 5), (5, 6)]


@pytest.fixture(scope="module")
def nlp_ner():
    from kg.nlp.pipeline import make_nlp

    return make_nlp(pipes=("kg_ner", "kg_entities"))


TEXTS = ["记者王小明在潍坊报道，潍柴动力和歌尔股份参加了会议。", "日本代表团参观了长江沿岸的村庄。"]


def test_component_sets_spans_in_text_order(nlp_ner):
    doc = nlp_ner(TEXTS[0])
    spans = doc._.kg_ner
    assert spans == sorted(spans, key=lambda s: s.start)
    assert all(0 <= s.start < s.end <= len(TEXTS[0]) and s.label in ("PER", "LOC", "ORG", "GOV", "COM") for s in spans)
    # pipe over a batch gives what each Doc alone gives
    assert [d._.kg_ner for d in nlp_ner.pipe(TEXTS)] == [nlp_ner(t)._.kg_ner for t in TEXTS]


def test_component_round_trips_through_disk(nlp_ner, tmp_path):
    import spacy

    from kg.nlp.model.component import ensure_ner_extension

    nlp_ner.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "kg_ner" / "weights.npy").is_file()
    ensure_ner_extension()
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["kg_ner", "kg_entities"]
    for text in TEXTS:
        assert loaded(text)._.kg_ner == nlp_ner(text)._.kg_ner
    assert [(m.start, m.end, m.type) for m in loaded(TEXTS[0])._.kg_mentions] == \
        [(m.start, m.end, m.type) for m in nlp_ner(TEXTS[0])._.kg_mentions]


def test_mentions_typed_by_suffix_and_filtered():
    from kg.nlp.model.mentions import MentionTyper
    from kg.nlp.model.tagger import ModelSpan

    typer = MentionTyper.load()
    text = "王小明在潍柴动力和即墨区统计局查处机关事务"
    spans = [ModelSpan(0, 3, "PER"), ModelSpan(4, 8, "COM"), ModelSpan(9, 15, "ORG"), ModelSpan(15, 19, "GOV")]
    words = [(0, 3), (3, 4), (4, 6), (6, 8), (8, 9), (9, 12), (12, 14), (14, 15), (15, 17), (17, 19), (19, 21)]
    got = {(m.text, m.type) for m in typer.mentions(text, spans, words)}
    # 统计局 makes the ORG an Agency; 查处机关 starts with a verb: no name
    assert got == {("王小明", "Person"), ("潍柴动力", "Company"), ("即墨区统计局", "Agency")}
    # a person's name must start with a surname; a bracket the name does not open is no name
    assert typer.mention("小明同学", 0, 4, "PER") is None
    assert typer.mention("市)人民政府", 0, 6, "GOV") is None
    # a government's name the tagger found with no kind word after it, three characters opening with a surname, is the
    # person a list writes before the post (赵晓东　钢城区管委会副主任); a body named by its kind word stays one
    text = "赵晓东　钢城区管委会副主任"
    assert (typer.mention(text, 0, 3, "GOV", [(0, 3)]).type, typer.mention(text, 4, 10, "GOV", [(4, 7), (7, 10)]).type) \
        == ("Person", "Agency")
    # so is an organisation's found at the start of such a line, a space after it; in running text it stays a club's
    # or body's name the tagger read (the benchmark's 那不勒 of 那不勒斯)
    assert typer.mention("赵晓东　钢城区管委会副主任", 0, 3, "ORG", [(0, 3)]).type == "Person"
    assert typer.mention("昨晚赵晓东队客场取胜", 2, 5, "ORG", [(2, 5)]).type == "Organization"
    # a village's unit ending an everyday word of jieba's (农业 | 农村) names no village; a village's name stays one
    assert typer.mention("城市基础设施和农业农村等领域", 7, 11, "LOC", [(7, 9), (9, 11)]) is None
    assert typer.mention("走进颜庄镇上岚村", 5, 8, "LOC", [(5, 8)]).type == "Place"


def _typed(typer, text: str, names: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (text, type) of the model names ``names`` ((surface, label), first occurrence) that
    the typer keeps in ``text``, with jieba's words of the text."""
    import jieba

    from kg.nlp.model.tagger import ModelSpan

    words, pos = [], 0
    for w in jieba.lcut(text):
        words.append((pos, pos + len(w)))
        pos += len(w)
    spans = [ModelSpan(text.index(name), text.index(name) + len(name), label) for name, label in names]
    return {(m.text, m.type) for m in typer.mentions(text, spans, words)}


def test_mentions_a_sites_registration_licence_names_no_firm():
    from kg.nlp.model.mentions import MentionTyper

    # 宏ICP备05012345号: the tagger's COM over ICP is the page's licence, a word of stop_names.txt
    assert _typed(MentionTyper.load(), "主办单位：宏耀市人民政府办公室　宏ICP备05012345号", [("ICP", "COM")]) == set()


def test_mentions_drop_places_extended_by_common_words():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # a word before a place (a verb), a place and a short common word, two places in a row,
    # a place and common words, a count after a place, a direction after a place: none is a new name (a verb of
    # boundaries.txt, 扎根, is cut off: the place after it stays, as the divisions data names it too)
    assert _typed(typer, "他们扎根潍坊。", [("扎根潍坊", "LOC")]) == {("潍坊", "Place")}
    assert _typed(typer, "他们驻扎潍坊。", [("驻扎潍坊", "LOC")]) == set()
    assert _typed(typer, "参观了烟台市文创、农产品", [("烟台市文创", "LOC")]) == set()
    assert _typed(typer, "东营市广饶县的", [("东营市广饶县", "LOC")]) == set()
    assert _typed(typer, "为潍坊产业用地", [("潍坊产业", "COM")]) == set()
    assert _typed(typer, "潍坊5项、日照3项", [("潍坊5项", "LOC"), ("日照3项", "LOC")]) == set()
    assert _typed(typer, "从日照港区东侧通过", [("日照港区东侧", "LOC")]) == set()
    assert _typed(typer, "从日照港区东侧通过", [("日照港区", "LOC")]) == {("日照港区", "Place")}
    # places and a generic phrase of stop_names.txt (老旧小区: 老旧 is no word jieba knows, yet no name)
    assert _typed(typer, "考察了北京市朝阳区双井街道老旧小区改造现场", [("北京市朝阳区双井街道老旧小区", "LOC")]) == set()
    assert _typed(typer, "他来到市北区老旧小区。", [("市北区老旧小区", "LOC")]) == set()
    assert _typed(typer, "该区是山东省级化工园区。", [("山东省级化工园区", "LOC")]) == set()
    # a firm's stem of everyday words and a one-character adjective (化工 | 新 | 材料) names no firm
    assert _typed(typer, "是全球领先的化工新材料公司，", [("新材料公司", "COM")]) == set()


def test_mentions_drop_verbs_generic_stems_and_cut_words():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # 改扩建 ends with the boundary word 扩建; 新建 (jieba also tags it a place) opens no name
    # of common words, but may open a name with a proper part
    assert _typed(typer, "改扩建光明路小学", [("改扩建光明路小学", "ORG")]) == set()
    assert _typed(typer, "新建口袋公园", [("新建口袋公园", "LOC")]) == set()
    assert _typed(typer, "推进新建元创科技集团建设", [("新建元创科技集团", "COM")]) == {("新建元创科技集团", "Company")}
    # a stem of everyday words before a suffix that needs a proper part
    assert _typed(typer, "重点生态保护区", [("重点生态保护区", "LOC")]) == set()
    # one character of a word cut at the start (区 of 淄川区); a name without a suffix that
    # ends inside a word (华凯兴 of 华凯 | 兴业)
    assert _typed(typer, "在淄川区党工委", [("区党工委", "GOV")]) == set()
    assert _typed(typer, "华凯兴业发展", [("华凯兴", "ORG")]) == set()
    assert _typed(typer, "宏远集团、德润集团和凯华集团", [("宏远集团", "COM"), ("德润集团", "COM")]) == \
        {("宏远集团", "Company"), ("德润集团", "Company")}


def test_mentions_kinds_of_the_taggers_names_kept_and_dropped():
    """A rare verb that is a firm's brand opens its name; a common verb, a withheld name, a determiner
    before the words, places joined by a dash, a four-character person with no compound surname, a
    work verb at the end do not."""
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    assert _typed(typer, "兴发集团与管委会签约", [("兴发集团", "COM")]) == {("兴发集团", "Company")}
    assert _typed(typer, "推动集团发展", [("推动集团", "COM")]) == set()
    assert _typed(typer, "张某某受到处分", [("张某某", "PER")]) == set()
    assert _typed(typer, "全市各级纪检监察机关", [("纪检监察机关", "GOV")]) == set()
    assert _typed(typer, "县直有关部门参加", [("县直有关部门", "GOV")]) == set()  # (a determiner inside the words)
    assert _typed(typer, "中国—上海合作组织", [("中国—上海", "LOC")]) == set()
    assert _typed(typer, "海康威视参展", [("海康威视", "PER")]) == set()
    assert _typed(typer, "欧阳晓明出席", [("欧阳晓明", "PER")]) == {("欧阳晓明", "Person")}
    assert _typed(typer, "人民路改扩建工程", [("人民路改扩建", "LOC")]) == set()
    # a word that ends names on its left ends none, though a body's suffix ends it (布 | 局); a whole word stays
    assert _typed(typer, "是集团在华北地区布局的首个基地", [("华北地区布局", "GOV")]) == set()
    assert _typed(typer, "加入世界贸易组织", [("世界贸易组织", "ORG")]) == {("世界贸易组织", "Organization")}
    assert _typed(typer, "建成省级美丽乡村示范村", [("美丽乡村示范村", "LOC")]) == set()
    assert _typed(typer, "河南兰考：小泡桐", [("河南兰考", "ORG")]) == set()
    # an everyday word of kg's list opening with a surname's character is no person (包联)
    assert _typed(typer, "区级领导包联、部门跟踪服务", [("包联", "PER")]) == set()
    # a kind word alone before a kind word names nothing (路 | 快速路 of 双元路快速路)
    assert _typed(typer, "建设双元路快速路", [("路快速路", "LOC")]) == set()
    # a name cutting a word at its start leaves out only a scope or function word (区 of 区住)
    assert _typed(typer, "加快文旅康养产业园建设", [("旅康养产业园", "LOC")]) == set()


def test_mentions_drop_places_run_on_and_common_abbreviations():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # a place written in full with its unit, then words that make no place: the model ran past it
    # (喜迁新居: jieba tags the idiom ns)
    assert _typed(typer, "在日照市设省主会场", [("日照市设省", "LOC")]) == set()
    assert _typed(typer, "李沧区居民喜迁新居", [("李沧区居民喜迁新居", "LOC")]) == set()
    # a longer place word after it is left to the other checks
    assert _typed(typer, "潍坊市滨海开发区", [("潍坊市滨海开发区", "LOC")]) == {("潍坊市滨海开发区", "Place")}
    # an abbreviation jieba tags j that is an everyday word (研发) is no proper part
    assert _typed(typer, "建设研发中心、检测中心", [("研发中心", "LOC")]) == set()
    # kg's generic words (镇街) and a scope word before a place word (镇 of 镇规划区) are no proper part;
    # a scope word before a body's kind word names the division's body (市人才集团)
    assert _typed(typer, "推进镇街园区建设", [("镇街园区", "LOC")]) == set()
    assert _typed(typer, "划入镇规划区", [("镇规划区", "LOC")]) == set()
    assert _typed(typer, "市人才集团进行推介", [("市人才集团", "COM")]) == {("市人才集团", "Company")}


def test_mentions_keep_foreign_names_and_world_places():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # a person's name in transliteration characters only, three or more, needs no Chinese surname
    assert _typed(typer, "普里马科夫表示", [("普里马科夫", "PER")]) == {("普里马科夫", "Person")}
    assert _typed(typer, "默克尔表示", [("默克尔", "PER")]) == {("默克尔", "Person")}
    # two such characters, a character outside the table, or a word jieba knows as no name: none
    assert _typed(typer, "布什表示", [("布什", "PER")]) == set()
    assert _typed(typer, "小明同学表示", [("小明同学", "PER")]) == set()
    assert _typed(typer, "访问加拿大", [("加拿大", "PER")]) == set()
    # a middle dot joins a name's parts: inside a name it marks one, at a span's edge it marks none
    assert _typed(typer, "艾则孜江·吾斯曼表示", [("艾则孜江·吾斯曼", "PER")]) == {("艾则孜江·吾斯曼", "Person")}
    assert _typed(typer, "艾则孜江·吾斯曼表示", [("江·", "PER")]) == set()
    # a name that is one word of jieba's ending with a verb of boundaries.txt (组织) opens with no verb
    assert _typed(typer, "世界贸易组织表示", [("世界贸易组织", "ORG")]) == {("世界贸易组织", "Organization")}
    # an everyday word jieba's dictionary tags nr (智慧, counted 1,581 times) is no person
    assert _typed(typer, "智慧赋能城市", [("智慧", "PER")]) == set()
    # a "person" ending as villages and quarters do (埠, 坊, 庄) is a place; a given name does not end so
    assert _typed(typer, "王家埠等社区完成回迁", [("王家埠", "PER")]) == {("王家埠", "Place")}
    assert _typed(typer, "王家明表示", [("王家明", "PER")]) == {("王家明", "Person")}
    # a country joined by a dash before the model's name is part of it (as the rules read 智利-中国…)
    assert _typed(typer, "签约东方-阿联酋经贸合作平台项目", [("阿联酋经贸合作平台", "ORG")]) == \
        {("阿联酋经贸合作平台", "Organization")}  # 东方 is no country
    assert _typed(typer, "签约中国-阿联酋经贸合作平台项目", [("阿联酋经贸合作平台", "ORG")]) == \
        {("中国-阿联酋经贸合作平台", "Organization")}
    # a world region the divisions data does not name is a place when the model finds it whole
    assert _typed(typer, "企业走进非洲和东南亚", [("非洲", "LOC"), ("东南亚", "LOC")]) == \
        {("非洲", "Place"), ("东南亚", "Place")}


def test_mentions_world_cities_and_china_only_where_the_tagger_finds_them_whole():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # a city of CLDR's exemplar cities (world_cities.tsv) and China's own name, found whole as places
    assert _typed(typer, "部长级会议在日内瓦开幕", [("日内瓦", "LOC")]) == set()  # no exemplar city: Zurich's zone
    assert _typed(typer, "代表团抵达莫斯科访问", [("莫斯科", "LOC")]) == {("莫斯科", "Place")}
    assert _typed(typer, "1997年中国出口增长放慢", [("中国", "LOC")]) == {("中国", "Place")}
    # where the tagger calls the name a person, the city's name does not make it a place (达尔文)
    assert _typed(typer, "达尔文提出进化论", [("达尔文", "PER")]) == {("达尔文", "Person")}


def test_mentions_kind_words_before_a_body_suffix_name_no_body():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    assert _typed(typer, "街道党委向上级汇报", [("街道党委", "GOV")]) == set()
    assert _typed(typer, "当地党委、政府高度重视", [("当地党委", "GOV")]) == set()
    # a department written without its scope, in a list of the district's bodies, is one
    assert _typed(typer, "区政府办、财政局等单位", [("财政局", "GOV")]) == {("财政局", "Agency")}


def test_mentions_people_whose_given_name_jieba_knows_as_a_rare_verb_or_glues_to_a_verb():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # 杨 | 建新 (建新: a verb jieba counts 36 times) is a name; 李明 | 表示 is a name and a verb
    assert _typed(typer, "该店经理杨建新指着家具", [("杨建新", "PER")]) == {("杨建新", "Person")}
    assert _typed(typer, "李明表示同意", [("李明表示", "PER")]) == set()
    # jieba glued 说 / 称 to the name: the name is the two or three characters before it
    assert _typed(typer, "王锦说：今年要加快", [("王锦说", "PER")]) == {("王锦", "Person")}
    assert _typed(typer, "首席法律顾问孙健红称，盗版", [("孙健红", "PER")]) == {("孙健红", "Person")}


def test_mentions_a_place_after_its_town_and_the_agents_marker_glued_to_a_word():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # a village after its town written in full is the village (the town is the gazetteer's)
    assert _typed(typer, "走进仁和街道獐山村的工坊", [("仁和街道獐山村", "LOC")]) == {("獐山村", "Place")}
    # 工坊 | 由村 (集体): the agent's 由 glued to the next word ends any name
    assert _typed(typer, "工坊由村集体共建", [("工坊由村", "LOC")]) == set()
    # the copula between two names joins no name (东风干渠 | 是 | 钢城区)
    assert _typed(typer, "东风干渠是钢城区重要的灌溉骨干河道", [("东风干渠是钢城区", "LOC")]) == set()
    # 上岚村 | 村集体: the village's name ends at its first 村
    assert _typed(typer, "上岚村村集体经济收入达到86万元", [("上岚村村", "LOC")]) == {("上岚村", "Place")}
    # a place opening a quoted title is a word of the title; a place quoted alone is a place
    assert _typed(typer, "钢城是“中国铝业历史文化名城”", [("中国", "LOC")]) == set()
    assert _typed(typer, "他说“中国”两个字很重", [("中国", "LOC")]) == {("中国", "Place")}


def test_mentions_a_place_run_over_a_de_starts_after_it():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # 德州市 | 南部 | 的 | 武城县: the model's place ran over where the county is; the county is the name
    assert _typed(typer, "地处德州市南部的武城县，", [("南部的武城县", "LOC")]) == {("武城县", "Place")}


def test_mentions_a_place_run_over_a_route_is_its_two_ends():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # 颜庄镇 | 至 | 艾山街道, where jieba glues 镇至: the route's two places, each a name
    assert _typed(typer, "颜庄镇至艾山街道的通行时间缩短", [("颜庄镇至艾山街道", "LOC")]) == {("颜庄镇", "Place"), ("艾山街道", "Place")}


def test_mentions_events_are_no_names():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # kg's GUIDE has no event type: a name ending in a word of event_words.txt is dropped, whatever the label
    assert _typed(typer, "2024济南马拉松鸣枪开跑", [("济南马拉松", "LOC")]) == set()
    assert _typed(typer, "国际马拉松赛开跑", [("国际马拉松赛", "ORG")]) == set()
    assert _typed(typer, "青岛国际啤酒节开幕", [("青岛国际啤酒节", "LOC")]) == set()
    # a contest is kept (its prizes are Awards); so is a place
    assert _typed(typer, "泉城广场热闹非凡", [("泉城广场", "LOC")]) == {("泉城广场", "Place")}


def test_mentions_a_conjunction_glued_to_the_name_opens_none():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # 和代 | 村村: jieba's unknown-word model glued 和 to the village's name; the span names nothing
    assert _typed(typer, "由甲公司和代村村集体共同投资", [("和代村村", "LOC")]) == set()
    # ... but a person's name may open with a surname jieba reads as a preposition (于澄, one unknown word)
    text = "工作的于澄则更加郁闷"
    m = typer.mention(text, 3, 5, "PER", [(3, 5)])
    assert (m.text, m.type) == ("于澄", "Person")


def test_ner_model_typing_ends_a_body_at_its_suffix_before_a_persons_surname():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # the tagger ran the university's name on into the surname of the person after it
    assert _typed(typer, "西北工业大学柳星辰荣获称号。", [("西北工业大学柳", "ORG")]) == {("西北工业大学", "Organization")}


def test_character_tables_from_the_cache_are_the_ones_made_and_a_damaged_file_is_made_again(tmp_path, monkeypatch):
    from kg.nlp.model import features

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    made = features._tables()
    for state in ("empty cache", "read back", "damaged"):
        if state == "damaged":
            (saved,) = tmp_path.glob("characters-*.npz")
            saved.write_bytes(saved.read_bytes()[:1000])
        norm, kind = features._cached_tables()
        assert (norm.dtype, kind.dtype) == (made[0].dtype, made[1].dtype), state
        assert np.array_equal(norm, made[0]) and np.array_equal(kind, made[1]), state
        assert [p.name.split("-")[0] for p in tmp_path.glob("*.npz")] == ["characters"], state


def test_mentions_a_bearing_and_an_area_word_name_no_place():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # 西部山区 (the western hills) names no place; after a town it is the town's part, the town the place
    assert _typed(typer, "项目选址西部山区，", [("西部山区", "LOC")]) == set()
    assert _typed(typer, "项目选址澄波镇西部山区，", [("澄波镇西部山区", "LOC")]) == {("澄波镇", "Place")}
    assert _typed(typer, "位于翠岭西部新城。", [("翠岭西部新城", "LOC")]) == {("翠岭西部新城", "Place")}


def test_mentions_a_kind_word_alone_names_nothing():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    assert _typed(typer, "建成面积1600平方米的养老服务中心，设置助餐区。", [("养老服务中心", "LOC"), ("养老服务中心", "ORG")]) == set()
    assert _typed(typer, "在我市建设天铭风电装备运维中心。", [("运维中心", "LOC")]) == set()


def test_mentions_a_town_and_the_place_written_after_it_are_two():
    from kg.nlp.model.mentions import MentionTyper

    typer = MentionTyper.load()
    # a town the divisions data does not know, then a park in it: two places (places nest)
    assert _typed(typer, "项目位于澄波镇岚集工业园。", [("澄波镇岚集工业园", "LOC")]) == {("澄波镇", "Place"), ("岚集工业园", "Place")}
