"""kg_coref: 该局/该项目/该公司 point at the nearest fitting mention; the list stays in text order."""

from __future__ import annotations

import pytest

from kg.nlp.coref import CorefResolver
from kg.records import Mention


@pytest.fixture(scope="module")
def coref():
    return CorefResolver()


def m(text, start, type_, name=None, kind="name"):
    return Mention(start, start + len(text), text, type_, name or text, kind=kind)


def test_coref_agency_nearest_bureau(coref):
    text = "区住建局以精准施策推动产业。区统计局召开会议，该局部署工作。"
    mentions = [m("区住建局", 0, "Agency", "区住房和城乡建设局"), m("区统计局", 14, "Agency")]
    out = coref.resolve(text, mentions)
    c = [x for x in out if x.kind == "coref"]
    assert len(c) == 1 and c[0].text == "该局" and out[c[0].antecedent].name == "区统计局"
    assert c[0].type == "Agency" and c[0].name == "区统计局"


def test_coref_skips_unfitting_types(coref):
    text = "区住建局推进淮涉河二路大修工程，该局组织验收。"
    mentions = [m("区住建局", 0, "Agency"), m("淮涉河二路大修工程", 6, "Project")]
    out = coref.resolve(text, mentions)
    c = next(x for x in out if x.kind == "coref")
    assert out[c.antecedent].text == "区住建局"


def test_coref_project_and_order_and_indices(coref):
    text = "介绍了融通·融园装备制造产业园项目情况。该项目位于通济新区前枣杭村。"
    mentions = [m("融通·融园装备制造产业园项目", 3, "Project"), m("通济新区", 25, "Place"), m("前枣杭村", 29, "Place")]
    out = coref.resolve(text, mentions)
    assert [x.start for x in out] == sorted(x.start for x in out)
    c = next(x for x in out if x.kind == "coref")
    assert c.text == "该项目" and out[c.antecedent].type == "Project"
    assert [x.text for x in out] == ["融通·融园装备制造产业园项目", "该项目", "通济新区", "前枣杭村"]


def test_coref_without_antecedent_adds_nothing(coref):
    text = "该公司表示将扩大生产。"
    assert coref.resolve(text, []) == []


def test_coref_company(coref):
    text = "山东极视角科技有限公司落户新区，该公司聚焦视觉算法。"
    out = coref.resolve(text, [m("山东极视角科技有限公司", 0, "Company")])
    assert out[1].kind == "coref" and out[1].antecedent == 0


@pytest.mark.parametrize("text,antecedent,type_", [
    ("甲银行乙分行积极支持实体经济。今年以来，该行发放贷款10亿元。", "甲银行乙分行", "Company"),
    ("甲区人民医院新院区启用。该院院长张三介绍。", "甲区人民医院", "Organization"),
    ("甲市第二中学举行开学典礼。该校校长王强致辞。", "甲市第二中学", "Organization"),
])
def test_coref_a_bank_a_hospital_a_school(coref, text, antecedent, type_):
    out = coref.resolve(text, [m(antecedent, 0, type_)])
    assert [(x.text, x.type, x.antecedent) for x in out if x.kind == "coref"] == [(text[text.index("该"):][:2], type_, 0)]


@pytest.mark.parametrize("text,antecedent,type_,said", [
    ("翠岭社区口袋公园建成开放。该公园由区城市管理执法局投资建设。", "翠岭社区口袋公园", "Project", "该公园"),
    ("上岚至东高通村公路建成通车。该公路全长7.8公里。", "上岚至东高通村公路", "Project", "该公路"),
    ("澄波水库除险加固工程完工。该水库库容1200万立方米。", "澄波水库", "Place", "该水库"),
])
def test_coref_a_park_a_road_a_reservoir(coref, text, antecedent, type_, said):
    out = coref.resolve(text, [m(antecedent, 0, type_)])
    assert [(x.text, x.type, x.antecedent) for x in out if x.kind == "coref"] == [(said, type_, 0)]


def test_coref_a_kind_word_opening_another_word_refers_to_nothing(coref):
    text = "甲银行乙分行表示，该行业发展迅速。"
    assert [x.kind for x in coref.resolve(text, [m("甲银行乙分行", 0, "Company")])] == ["name"]


def test_coref_in_pipeline(nlp_full):
    doc = nlp_full("区住建局以精准施策推动两大产业。为筑牢产业根基，该局创新建立双机制。")
    ms = doc._.kg_mentions
    c = [x for x in ms if x.kind == "coref"]
    assert len(c) == 1 and ms[c[0].antecedent].name == "区住房和城乡建设局"


def test_coref_component_reads_the_article_text(nlp_full):
    from kg.nlp.pipeline import extract
    from kg.records import Article

    text = "区住建局推进淮涉河二路大修工程，该局组织验收。该项目已完工。"
    article = Article("a.txt", 0, text, tuple(range(len(text) + 1)), 0, len(text))
    (ex,) = extract([article], nlp_full)
    doc = nlp_full(text)  # no Article: the components fall back to Doc.text
    assert list(ex.mentions) == doc._.kg_mentions
    assert [m.text for m in ex.mentions if m.kind == "coref"] == ["该局", "该项目"]


def test_coref_short_company_name_after_a_boundary(coref):
    # a company written short, the words before its ending kept with 公司, refers to it
    text = "华东建工投资有限公司与区政府签约。投资公司党委书记张明出席。"
    out = coref.resolve(text, [m("华东建工投资有限公司", 0, "Company")])
    assert [(x.text, x.kind, x.name, x.antecedent) for x in out] == [
        ("华东建工投资有限公司", "name", "华东建工投资有限公司", None),
        ("投资公司", "coref", "华东建工投资有限公司", 0)]


@pytest.mark.parametrize("text, mentions", [
    # two companies it could be: ambiguous, nothing
    ("甲乙投资有限公司和丙丁投资有限公司签约。投资公司将出资。",
     [m("甲乙投资有限公司", 0, "Company"), m("丙丁投资有限公司", 9, "Company")]),
    # the words kept are not the ones before the ending (建设 ≠ 投资)
    ("华东建工投资有限公司签约。建设公司将出资。", [m("华东建工投资有限公司", 0, "Company")]),
    # no boundary before the short form: it is inside a longer phrase
    ("华东建工投资有限公司签约。本地投资公司将出资。", [m("华东建工投资有限公司", 0, "Company")]),
])
def test_coref_short_company_name_needs_one_fitting_company(coref, text, mentions):
    assert coref.resolve(text, mentions) == mentions


def test_coref_short_company_name_carries_the_post(nlp_full):
    doc = nlp_full("华东建工投资有限公司与区政府签约。投资公司党委书记、董事长张明出席。")
    ms = doc._.kg_mentions
    assert {(r.predicate, ms[r.subject].name, ms[r.object].name) for r in doc._.kg_relations} == {
        ("leads", "张明", "华东建工投资有限公司")}


def test_coref_park_refers_to_a_park_not_the_nearest_place(coref):
    # 该产业园 is the last name ending as a park does, not the city named after it
    text = "双方共建华东数字经济产业园，落户杭州。该产业园位于余杭区。"
    mentions = [m("华东数字经济产业园", 4, "Project"), m("杭州", 16, "Place"), m("余杭区", 25, "Place")]
    out = coref.resolve(text, mentions)
    c = [x for x in out if x.kind == "coref"]
    assert [(x.text, x.name, out[x.antecedent].text) for x in c] == [("该产业园", "华东数字经济产业园", "华东数字经济产业园")]


def test_coref_a_settlements_body_named_by_its_word_is_the_settlement_named_before(coref):
    # 村党支部 and 村委会 after 甲村: 甲村's; before any village, none (every village's would be one node)
    text = "村委会换届。乙镇甲村发展乐器产业。村党支部书记、村委会主任张三介绍，丙社区居委会也参加。"
    at = lambda word, start=0: text.index(word, start)  # noqa: E731
    mentions = [m("村委会", 0, "Agency", "村村民委员会"), m("乙镇", at("乙镇"), "Place"), m("甲村", at("甲村"), "Place"),
                m("村党支部", at("村党支部"), "Agency"), m("村委会", at("村委会", 1), "Agency", "村村民委员会"),
                m("张三", at("张三"), "Official"), m("丙社区居委会", at("丙社区居委会"), "Agency", "丙社区居民委员会")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name) for x in out if x.type == "Agency"] == [
        ("村党支部", "甲村党支部"), ("村委会", "甲村村民委员会"), ("丙社区居委会", "丙社区居民委员会")]


def test_coref_a_kind_word_opening_a_sentence_refers_to_the_work_before(coref):
    # 项目由…, 园区由… at a sentence's start: the nearest fitting work (a phase after its name is no bar);
    # not inside a name, not before words that say nothing of the work
    text = "甲医药产业园一期竣工投产。园区由乙公司负责运营。项目建设很重要。丙路工程完工。项目总投资3亿元。"
    at = lambda word, start=0: text.index(word, start)  # noqa: E731
    mentions = [m("甲医药产业园一期", 0, "Project"), m("乙公司", at("乙公司"), "Company"),
                m("丙路工程", at("丙路工程"), "Project")]
    out = coref.resolve(text, mentions)
    assert [(x.start, x.text, x.name) for x in out if x.kind == "coref"] == [
        (at("园区由"), "园区", "甲医药产业园一期"), (at("项目总投资"), "项目", "丙路工程")]


def test_coref_a_kind_word_refers_to_a_work_whose_name_ends_with_it_before_project(coref):
    # 产业园由… after 甲新材料产业园项目: the work's ending (项目) does not hide its kind; 学校 fits no work
    text = "甲新材料产业园项目落户钢城区，产业园由乙公司负责运营。丙路工程完工，学校位于艾山街道。"
    at = lambda word, start=0: text.index(word, start)  # noqa: E731
    mentions = [m("甲新材料产业园项目", 0, "Project"), m("钢城区", at("钢城区"), "Place"),
                m("乙公司", at("乙公司"), "Company"), m("丙路工程", at("丙路工程"), "Project"),
                m("艾山街道", at("艾山街道"), "Place")]
    out = coref.resolve(text, mentions)
    assert [(x.start, x.text, x.name) for x in out if x.kind == "coref"] == [
        (at("产业园由"), "产业园", "甲新材料产业园项目")]


@pytest.mark.parametrize("text,words", [
    ("全区获评“全国文明城区”称号。该荣誉来之不易，甲村也获得这一称号。", ["该荣誉", "这一称号"]),
    ("全区获评“全国文明城区”称号。此项荣誉称号来之不易，甲村也获得此称号。", ["此项荣誉称号", "此称号"]),
])
def test_coref_an_honour_referred_to_by_a_demonstrative(coref, text, words):
    mentions = [m("全国文明城区", text.index("全国"), "Award"), m("甲村", text.index("甲村"), "Place")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.type, x.name, out[x.antecedent].text) for x in out if x.kind == "coref"] == [
        (w, "Award", "全国文明城区", "全国文明城区") for w in words]


@pytest.mark.parametrize("text,zone,word", [
    ("胶州经济技术开发区是国家级开发区。管委主任李青松介绍，开发区去年被评为绿色园区。", "胶州经济技术开发区", "开发区"),
    ("丁高新技术产业开发区举行签约仪式。今年以来，高新区累计签约项目23个。", "丁高新技术产业开发区", "高新区"),
    ("青岛西海岸新区召开大会；新区将加快建设。", "青岛西海岸新区", "新区"),
])
def test_coref_a_zone_word_opening_a_clause_is_the_zone_named_before(coref, text, zone, word):
    out = coref.resolve(text, [m(zone, 0, "Place")])
    assert [(x.text, x.type, x.name, x.antecedent, x.rule) for x in out if x.kind == "coref"] == [
        (word, "Place", zone, 0, "coref_zone")]


@pytest.mark.parametrize("text", [
    "开发区去年被评为绿色园区。",  # no zone named before
    "丁市人民政府召开会议，开发区管委会主任李四出席。",  # the word opens a name; and no zone named before
])
def test_coref_a_zone_word_with_no_zone_before_or_inside_a_name_refers_to_nothing(coref, text):
    ms = [m("丁市人民政府", 0, "Agency")] if text.startswith("丁市") else []
    if "管委会" in text:
        ms.append(m("开发区管委会", text.index("开发区"), "Agency"))
    assert [x for x in coref.resolve(text, ms) if x.kind == "coref"] == []


def test_coref_the_latter_is_the_last_body_of_its_sentence(coref):
    text = "诸由观镇与龙口丰禾食品有限公司签约，后者将投资6亿元。龙口市与烟台港集团座谈。后者表示支持。"
    mentions = [m("诸由观镇", 0, "Place"), m("龙口丰禾食品有限公司", 5, "Company"), m("龙口市", 27, "Place"),
                m("烟台港集团", 31, "Company")]
    out = coref.resolve(text, mentions)
    # (the second 后者 opens a sentence of its own: it points at nothing before it in that sentence)
    assert [(x.start, out[x.antecedent].name) for x in out if x.kind == "coref"] == [(18, "龙口丰禾食品有限公司")]


def test_coref_a_firms_kind_word_opening_a_sentence_with_a_post_after_it(coref):
    text = "来到四川鼎岳精密铸造有限公司。公司董事长邓光耀介绍。公司发展很快。"
    mentions = [m("四川鼎岳精密铸造有限公司", 3, "Company")]
    out = coref.resolve(text, mentions)
    # (公司 opening a sentence with no post after it is left alone)
    assert [(x.start, x.name) for x in out if x.kind == "coref"] == [(15, "四川鼎岳精密铸造有限公司")]


def test_coref_a_firms_kind_word_is_the_subject_a_parent_was_named_to_describe(coref):
    # 甲是乙集团设立的全资子公司，公司总经理…: 甲 (named, or referred to by 该公司), not the parent named after 是
    text = "甲乙新材料有限公司开工。甲乙新材料是丙丁化工集团有限公司设立的全资子公司，公司总经理刘海燕发言。"
    mentions = [m("甲乙新材料有限公司", 0, "Company"), m("甲乙新材料", 12, "Company"), m("丙丁化工集团有限公司", 18, "Company")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [("公司", "甲乙新材料")]
    text = "戊己精细化工有限公司发展很快。该公司是庚辛控股集团布局的生产基地。公司总经理赵晓东表示。"
    mentions = [m("戊己精细化工有限公司", 0, "Company"), m("庚辛控股集团", text.index("庚辛"), "Company")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [("该公司", "戊己精细化工有限公司"),
                                                                 ("公司", "戊己精细化工有限公司")]


def test_coref_a_firms_kind_word_is_the_subject_its_sentence_opens_with_before_a_clause_of_is(coref):
    # 甲公司位于丙，是乙集团的控股子公司。…公司总经理…: 甲, which the sentence opens with and the clause after 是 describes
    text = "甲乙精密钢带有限公司位于钢城经济开发区，是丙丁钢铁集团有限公司的控股子公司。“感谢指导。”公司总经理宋立新说。"
    at = text.index
    mentions = [m("甲乙精密钢带有限公司", 0, "Company"), m("钢城经济开发区", at("钢城"), "Place"),
                m("丙丁钢铁集团有限公司", at("丙丁"), "Company")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [("公司", "甲乙精密钢带有限公司")]


def test_coref_qi_investing_is_the_firm_named_last_or_the_one_it_describes(coref):
    # 其投资N元建设的P: 其 is the firm named last; after 该公司是乙集团…, the firm 该公司 is (not the group)
    text = "戊己精细化工有限公司发展很快，其投资5亿元建设的项目正在调试。该公司是庚辛控股集团布局的生产基地，其投资3亿元建设的二期已开工。"
    mentions = [m("戊己精细化工有限公司", 0, "Company"), m("庚辛控股集团", text.index("庚辛"), "Company")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name) for x in out if x.rule == "coref_pronoun"] == [("其", "戊己精细化工有限公司"),
                                                                        ("其", "戊己精细化工有限公司")]


def test_coref_a_groups_kind_word_is_the_group_not_its_last_subsidiary(coref):
    text = "恒岳集团旗下拥有诸城恒岳肉制品有限公司等8家子公司。集团董事长王守信介绍。该集团成立于1996年。"
    mentions = [m("恒岳集团", 0, "Company"), m("诸城恒岳肉制品有限公司", 8, "Company")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [("集团", "恒岳集团"), ("该集团", "恒岳集团")]


def test_coref_a_kind_word_opening_a_clause_and_a_firms_money(coref):
    # 公司/企业 before its money, past a time word, at a clause's start (…介绍，公司投资…); 项目由… after a comma;
    # 公司发展 says nothing of the firm's money or posts: left alone
    text = "来到甲精密铸造有限公司。董事长乙介绍，公司投资12亿元建设的丙项目已投产，企业今年投资1.5亿元，公司发展很快。" \
           "丁路工程开工，项目由戊集团有限公司建设。"
    mentions = [m("甲精密铸造有限公司", 2, "Company"), m("丙项目", text.index("丙项目"), "Project"),
                m("丁路工程", text.index("丁路工程"), "Project"), m("戊集团有限公司", text.index("戊集团"), "Company")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [
        ("公司", "甲精密铸造有限公司"), ("企业", "甲精密铸造有限公司"), ("项目", "丁路工程")]


def test_coref_a_co_ops_kind_word_securing_or_spending_money(coref):
    # 合作社争取到…资金, 合作社投入…: the co-operative named before; 合作社发展 says nothing of money: left alone
    text = "甲乙茶叶专业合作社成立于2018年。2024年，合作社争取到补助资金180万元。合作社投入自有资金50万元，合作社发展很快。"
    out = coref.resolve(text, [m("甲乙茶叶专业合作社", 0, "Organization")])
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [("合作社", "甲乙茶叶专业合作社"),
                                                                 ("合作社", "甲乙茶叶专业合作社")]


def test_coref_a_schools_kind_word_before_its_builder_is_the_work_named_after_it(coref):
    # 学校由…建设: the work named after the school, where the page names one; else the school
    text = "甲区第三中学新建工程进展顺利。学校由甲区城投公司代建。乙区实验学校开工。学校由乙区城投公司建设。"
    mentions = [m("甲区第三中学新建工程", 0, "Project"), m("甲区第三中学", 0, "Organization"),
                m("乙区实验学校", text.index("乙区实验学校"), "Organization")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [("学校", "甲区第三中学新建工程"), ("学校", "乙区实验学校")]


def test_coref_a_co_ops_kind_word_after_a_verb_of_help(coref):
    # 支持合作社建设P: the co-operative named before builds; 支持合作社发展 says nothing it does: left alone
    text = "甲乙果蔬专业合作社成立于2019年。区农业农村局安排资金120万元，支持合作社建设冷链仓储中心，支持合作社发展。"
    out = coref.resolve(text, [m("甲乙果蔬专业合作社", 0, "Organization"), m("区农业农村局", text.index("区农业农村局"), "Agency")])
    assert [(x.text, x.start, x.name) for x in out if x.kind == "coref"] == [
        ("合作社", text.index("合作社建设"), "甲乙果蔬专业合作社")]


def test_coref_a_co_op_and_a_firm_honoured_named_by_their_kind_words(coref):
    # 该合作社, 合作社则于去年被… (two adverbs), 企业随后被…, 集团获得…: the co-op, firm or group named before;
    # 企业发展 says nothing of an honour: left alone
    text = "甲樱桃种植专业合作社成立。该合作社获评示范社。合作社则于去年被乙局评为示范社。丙生物科技有限公司投产，" \
           "企业随后被丁部认定为冠军企业，企业发展很快。戊食品集团有限公司成立。集团获得市长质量奖。"
    mentions = [m("甲樱桃种植专业合作社", 0, "Organization"), m("乙局", text.index("乙局"), "Agency"),
                m("丙生物科技有限公司", text.index("丙生物"), "Company"), m("丁部", text.index("丁部"), "Agency"),
                m("戊食品集团有限公司", text.index("戊食品"), "Company")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [
        ("该合作社", "甲樱桃种植专业合作社"), ("合作社", "甲樱桃种植专业合作社"), ("企业", "丙生物科技有限公司"),
        ("集团", "戊食品集团有限公司")]


def test_coref_a_work_named_by_the_last_words_of_its_name_at_a_clauses_start(coref):
    # 改扩建工程位于…, 新院区总投资… (项目 left off the name): the nearest work or institution whose name ends so;
    # words that end no name before, or words said of nothing (新院区建设很快), refer to nothing
    text = "甲机场改扩建工程开工。改扩建工程位于乙镇。丙医院新院区项目开工，新院区总投资7亿元。停车场位于丁路。新院区建设很快。"
    at = text.index
    mentions = [m("甲机场改扩建工程", 0, "Project"), m("乙镇", at("乙镇"), "Place"),
                m("丙医院新院区项目", at("丙医院"), "Project"), m("丁路", at("丁路"), "Place")]
    out = coref.resolve(text, mentions)
    assert [(x.start, x.text, x.name, x.rule) for x in out if x.kind == "coref"] == [
        (at("改扩建工程位于"), "改扩建工程", "甲机场改扩建工程", "coref_tail"),
        (at("新院区总投资"), "新院区", "丙医院新院区项目", "coref_tail")]


def test_coref_a_work_named_by_the_last_words_of_its_name_and_a_kind_word(coref):
    # 新院区项目总投资… after 丙丁医院新院区: the work named short with 项目 added; not a place's name (戊新村)
    text = "来到丙丁医院新院区建设现场。新院区项目总投资7亿元。来到己庚镇戊新村。新村项目总投资3亿元。"
    at = text.index
    mentions = [m("丙丁医院新院区", at("丙丁医院"), "Project"), m("己庚镇戊新村", at("己庚镇"), "Place")]
    out = coref.resolve(text, mentions)
    assert [(x.start, x.text, x.name, x.rule) for x in out if x.kind == "coref"] == [
        (at("新院区项目"), "新院区项目", "丙丁医院新院区", "coref_tail")]


def test_coref_a_school_or_hospital_named_by_its_kind_word(coref):
    # 学校位于…, 该医院…: the university or hospital named before; 学校 before words said of no place refers to nothing
    text = "甲理工大学建校十周年。学校位于乙区。丙县人民医院揭牌。该医院位于丁镇。学校教育很重要。"
    at = text.index
    mentions = [m("甲理工大学", 0, "Organization"), m("乙区", at("乙区"), "Place"),
                m("丙县人民医院", at("丙县"), "Organization"), m("丁镇", at("丁镇"), "Place")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [
        ("学校", "甲理工大学"), ("该医院", "丙县人民医院")]


def test_coref_a_kind_word_in_a_post_chain_or_after_a_quote(coref):
    # 村党支部书记、合作社理事长甲; ”合作社理事长…: the co-op named before; after 、 only a post follows it (企业、合作社被
    # 评为… lists kinds)
    text = "甲樱桃种植专业合作社成立。村党支部书记、合作社理事长李学伟说。“很好。”合作社理事长说。龙头企业、合作社被评为示范单位。"
    out = coref.resolve(text, [m("甲樱桃种植专业合作社", 0, "Organization")])
    assert [(x.start, x.name) for x in out if x.kind == "coref"] == [
        (text.index("合作社理事长李"), "甲樱桃种植专业合作社"), (text.index("合作社理事长说"), "甲樱桃种植专业合作社")]


def test_coref_a_chamber_or_association_word_before_its_post(coref):
    # 商会会长甲 / 协会秘书长乙: the chamber and the association named before; 商会 before no post is no mention
    text = "县政府与甲市乙商会、丙县丁协会签约。商会会长王刚说，协会秘书长李红说，商会很活跃。"
    mentions = [m("甲市乙商会", text.index("甲市"), "Organization"), m("丙县丁协会", text.index("丙县"), "Organization")]
    out = coref.resolve(text, mentions)
    assert [(x.start, x.name) for x in out if x.kind == "coref"] == [
        (text.index("商会会长"), "甲市乙商会"), (text.index("协会秘书长"), "丙县丁协会")]


def test_coref_an_institute_word_before_its_post_or_what_it_does(coref):
    # 研究院院长…, 研究院首批…, 研究院选址…: the institute named before; 研究院 before no such word is no mention
    text = "甲乙集成电路研究院揭牌。研究院首批入驻团队，研究院院长由王刚担任。研究院选址丙区。研究院很重要。"
    out = coref.resolve(text, [m("甲乙集成电路研究院", 0, "Organization")])
    assert [(x.start, x.name) for x in out if x.kind == "coref"] == [
        (text.index("研究院首批"), "甲乙集成电路研究院"), (text.index("研究院院长"), "甲乙集成电路研究院"),
        (text.index("研究院选址"), "甲乙集成电路研究院")]


def test_coref_the_former_and_the_latter_of_two_works(coref):
    # 甲工程和乙工程…，前者…。后者…: the first and the second work of the pair; 后者 after a body is the body's (coref_latter)
    text = "甲路改造工程和乙厂扩建工程也在施工，前者由丙局实施。后者由丁公司建设。戊镇与己集团有限公司签约，后者将投资1亿元。"
    at = text.index
    mentions = [m("甲路改造工程", 0, "Project"), m("乙厂扩建工程", at("乙厂"), "Project"), m("丙局", at("丙局"), "Agency"),
                m("丁公司", at("丁公司"), "Company"), m("戊镇", at("戊镇"), "Place"),
                m("己集团有限公司", at("己集团"), "Company")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name, x.rule) for x in out if x.kind == "coref"] == [
        ("前者", "甲路改造工程", "coref_pair"), ("后者", "乙厂扩建工程", "coref_pair"), ("后者", "己集团有限公司", "coref_latter")]


def test_coref_a_work_named_again_by_the_last_words_of_its_name(coref):
    # 向标准厂房项目… after 甲街道高端装备标准厂房项目: the work; not a tail too short to name one (厂房项目 is a kind),
    # not after a character that may open a name (新标准厂房项目), not where two works end so
    text = "甲街道高端装备标准厂房项目开工。乙银行已向标准厂房项目发放贷款，新标准厂房项目和厂房项目另计。"
    out = coref.resolve(text, [m("甲街道高端装备标准厂房项目", 0, "Project"), m("乙银行", text.index("乙银行"), "Company")])
    assert [(x.start, x.text, x.name) for x in out if x.kind == "coref"] == [
        (text.index("标准厂房项目发放"), "标准厂房项目", "甲街道高端装备标准厂房项目")]
    text = "甲街道标准厂房项目和乙街道标准厂房项目开工。丙银行已向标准厂房项目发放贷款。"
    out = coref.resolve(text, [m("甲街道标准厂房项目", 0, "Project"), m("乙街道标准厂房项目", text.index("乙街道"), "Project")])
    assert [x.text for x in out if x.kind == "coref"] == []


def test_coref_qi_after_wei_before_a_money_verb_is_the_work_named_last(coref):
    # 甲局今年为其争取…: the work named (or referred to: 前者) last; 其 elsewhere is no work (其余, 其中)
    text = "甲路改造工程和乙厂扩建工程开工，前者由丙局实施，该局今年为其争取资金300万元，其余由丁公司自筹。"
    at = text.index
    mentions = [m("甲路改造工程", 0, "Project"), m("乙厂扩建工程", at("乙厂"), "Project"), m("丙局", at("丙局"), "Agency"),
                m("丁公司", at("丁公司"), "Company")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [
        ("前者", "甲路改造工程"), ("该局", "丙局"), ("其", "甲路改造工程")]


def test_coref_the_latter_after_the_former_is_the_second_work_whatever_bodies_stand_between(coref):
    # 甲工程和乙工程…，前者由丙局实施，该局…；后者由丁公司建设: 后者 is 乙工程, not 丙局; 由 before a bare kind word
    # (由集团投资, 其余由合作社自筹) names the one named before
    text = "甲路改造工程和乙厂扩建工程也在施工，前者由丙局实施，该局为其争取资金；后者由丁集团有限公司投资建设，" \
           "其余由戊茶叶专业合作社自筹。己项目由集团投资，其余由合作社自筹。"
    at = text.index
    mentions = [m("甲路改造工程", 0, "Project"), m("乙厂扩建工程", at("乙厂"), "Project"), m("丙局", at("丙局"), "Agency"),
                m("丁集团有限公司", at("丁集团"), "Company"), m("戊茶叶专业合作社", at("戊茶叶"), "Organization"),
                m("己项目", at("己项目"), "Project")]
    out = coref.resolve(text, mentions)
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [
        ("前者", "甲路改造工程"), ("该局", "丙局"), ("其", "甲路改造工程"), ("后者", "乙厂扩建工程"),
        ("集团", "丁集团有限公司"), ("合作社", "戊茶叶专业合作社")]


def test_coref_the_firm_after_a_works_contractors_is_the_one_whose_work_it_is(coref):
    # 甲公司…项目…由乙公司施工总承包，丙公司负责监理。该公司总经理…: 甲; with no other firm named, the contractor
    text = "甲精密铸造有限公司投资的项目已封顶，由乙建工集团有限公司施工总承包，丙监理有限公司负责监理。该公司总经理说。"
    at = text.index
    mentions = [m("甲精密铸造有限公司", 0, "Company"), m("乙建工集团有限公司", at("乙建工"), "Company"),
                m("丙监理有限公司", at("丙监理"), "Company")]
    assert [x.name for x in coref.resolve(text, mentions) if x.kind == "coref"] == ["甲精密铸造有限公司"]
    text = "项目由乙建工集团有限公司施工总承包。该公司总经理说。"
    assert [x.name for x in coref.resolve(text, [m("乙建工集团有限公司", text.index("乙"), "Company")])
            if x.kind == "coref"] == ["乙建工集团有限公司"]


def test_coref_a_saved_pipeline_reads_its_own_words_and_names_a_bad_file(tmp_path):
    import json

    import spacy

    from kg.errors import KgError
    from kg.nlp.pipeline import make_nlp

    nlp = make_nlp()
    nlp.to_disk(tmp_path / "p")
    saved = tmp_path / "p" / "kg_coref" / "coref.json"
    words = json.loads(saved.read_text(encoding="utf-8"))
    del words["kinds"]["局"]  # 该局 refers to nothing in the saved pipeline
    saved.write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")
    text = "钢城区住房和城乡建设局召开会议。该局表示。"
    assert [m.text for m in nlp(text)._.kg_mentions if m.kind == "coref"] == ["该局"]
    assert [m.text for m in spacy.load(tmp_path / "p")(text)._.kg_mentions if m.kind == "coref"] == []
    saved.write_text("{", encoding="utf-8")
    with pytest.raises(KgError, match=r"kg_coref: cannot read .*kg_coref/coref.json"):
        spacy.load(tmp_path / "p")


def test_coref_the_company_is_no_bank(coref):
    # 该公司 after a bank's branch (甲银行乙支行, a firm by the GUIDE but never 公司) is the firm named before it
    text = "武城恒泰食品有限公司获得甲银行颜庄支行贷款1.2亿元。据悉，该公司计划投资3亿元。"
    out = coref.resolve(text, [m("武城恒泰食品有限公司", 0, "Company"), m("甲银行颜庄支行", 12, "Company")])
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [("该公司", "武城恒泰食品有限公司")]


def test_coref_the_court_of_a_town(coref):
    # 该法庭: the people's court named before (a town's court of a county court)
    text = "武城县人民法院甲马营人民法庭开庭审理。2024年，该法庭被评为先进法庭。"
    out = coref.resolve(text, [m("武城县人民法院甲马营人民法庭", 0, "Agency")])
    assert [(x.text, x.name) for x in out if x.kind == "coref"] == [("该法庭", "武城县人民法院甲马营人民法庭")]


def test_coref_a_work_is_not_the_park_a_ceremony_is_held_in(coref):
    # 开工仪式在乙产业园举行: the park is the venue; 该项目 is the work whose ceremony it was
    text = "甲县100万千瓦光伏项目开工仪式在乙产业园举行。该项目总投资40亿元。"
    mentions = [m("甲县100万千瓦光伏项目", 0, "Project"), m("乙产业园", 17, "Project")]
    out = coref.resolve(text, mentions)
    assert [(x.text, out[x.antecedent].text) for x in out if x.kind == "coref"] == [("该项目", "甲县100万千瓦光伏项目")]


def test_coref_the_bare_park_something_settles_in_is_a_place(coref):
    # 入驻园区, 落户园区的, 在园区设立: the park named before, as a place (something is in it) though its name was
    # typed a work; 园区 elsewhere (园区道路, 园区管委会) and with no park named before refers to nothing
    text = "澄波产业园开工。宏耀公司入驻园区，天铭公司是首个落户园区的企业，翠岭公司在园区设立研发中心，园区道路完工。"
    out = coref.resolve(text, [m("澄波产业园", 0, "Project"), m("宏耀公司", 8, "Company"), m("天铭公司", 17, "Company"),
                               m("翠岭公司", 32, "Company")])
    assert [(x.start, x.text, x.type, out[x.antecedent].name) for x in out if x.kind == "coref"] == [
        (14, "园区", "Place", "澄波产业园"), (26, "园区", "Place", "澄波产业园"), (37, "园区", "Place", "澄波产业园")]
    assert coref.resolve("宏耀公司入驻园区。", [m("宏耀公司", 0, "Company")]) == [m("宏耀公司", 0, "Company")]


def test_coref_a_bare_park_that_wins_an_honour(coref):
    # 园区获评“Y”: the park named before wins it (as 企业获评 the firm), not its phase named since
    text = "澄波新材料产业园开工。澄波新材料产业园二期开工。今年5月，园区获评“2023年度济南市示范产业园区”。"
    out = coref.resolve(text, [m("澄波新材料产业园", 0, "Project"), m("澄波新材料产业园二期", 11, "Project")])
    assert [(x.text, out[x.antecedent].name) for x in out if x.kind == "coref"] == [("园区", "澄波新材料产业园")]
