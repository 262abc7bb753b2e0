"""kg_relations on hand-made mentions: each rule, modality, and negatives."""

from __future__ import annotations

import pytest

from kg.records import Mention


@pytest.fixture(scope="module")
def nlp():
    import logging

    import jieba
    import spacy

    import kg.nlp.context  # noqa: F401
    import kg.nlp.relations  # noqa: F401
    import kg.nlp.sentences  # noqa: F401
    from kg.nlp.extensions import ensure_extensions

    jieba.setLogLevel(logging.WARNING)
    ensure_extensions()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("kg_sentencizer")
    nlp.add_pipe("kg_context")  # the article's district, which kg_relations reads
    nlp.add_pipe("kg_relations")
    return nlp


def mention(text: str, name: str, type_: str, role: str | None = None, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, type_, name, role=role)


def run(nlp, text, mentions):
    doc = nlp.make_doc(text)
    doc._.kg_mentions = mentions
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    found = doc._.kg_mentions  # the component may add mentions (funded programmes)
    return [(found[r.subject].name, r.predicate, found[r.object].name, dict(r.qualifiers))
            for r in doc._.kg_relations]


def triples(doc, *predicates: str) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name) of the Doc's relations of ``predicates``."""
    ms = doc._.kg_mentions
    return {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations if r.predicate in predicates}


def funded(doc) -> set[tuple[str, str, str | None]]:
    """(funder name, work name, amount in yuan) of the Doc's funds relations."""
    ms = doc._.kg_mentions
    return {(ms[r.subject].name, ms[r.object].name, dict(r.qualifiers).get("amount")) for r in doc._.kg_relations
            if r.predicate == "funds"}


def edges(doc, predicate: str) -> set[tuple[str, str]]:
    """(subject name, object name) of the Doc's relations of ``predicate``."""
    ms = doc._.kg_mentions
    return {(ms[r.subject].name, ms[r.object].name) for r in doc._.kg_relations if r.predicate == predicate}


def test_relations_multi_post_title_gives_one_edge_per_body(nlp):
    text = "市城市管理局党组书记、局长，市拆违治乱办公室副主任孙震说。"
    role = "市城市管理局党组书记、局长，市拆违治乱办公室副主任"
    ms = [mention(text, "市城市管理局", "Agency"), mention(text, "市拆违治乱办公室", "Agency"),
          mention(text, "孙震", "Official", role=role)]
    rels = {(s, p, o): q for s, p, o, q in run(nlp, text, ms)}
    assert rels[("孙震", "leads", "市城市管理局")]["role"] == "党组书记、局长"
    assert rels[("孙震", "memberOf", "市拆违治乱办公室")]["role"] == "副主任"


def posts(rels):
    return {(s, p, o, q.get("role")) for s, p, o, q in rels if p in ("leads", "memberOf")}


def test_relations_posts_party_committee_and_the_government_a_title_names(nlp):
    text = "甲市乙区委副书记、区长王大伟出席。"
    ms = [mention(text, "甲市乙区委", "Agency"), mention(text, "甲市", "Place"), mention(text, "乙区", "Place"),
          mention(text, "王大伟", "Official")]
    rels = run(nlp, text, ms)
    # 区长 names 乙区's government, the place of the body before it: one edge per post
    assert posts(rels) == {("王大伟", "memberOf", "甲市乙区委", "副书记"), ("王大伟", "leads", "乙区人民政府", "区长")}


def test_relations_posts_a_governments_secretary_general_is_a_member(nlp):
    # 秘书长 heads no government (GUIDE §4 leads: 局长, 主任, 市长 …): a member with that role
    text = "甲市人民政府秘书长张大伟出席。"
    ms = [mention(text, "甲市人民政府", "Agency"), mention(text, "甲市", "Place"), mention(text, "张大伟", "Official")]
    assert posts(run(nlp, text, ms)) == {("张大伟", "memberOf", "甲市人民政府", "秘书长")}


def test_relations_posts_body_words_take_the_place_before_them(nlp):
    text = "丙市委常委、丁区党工委书记、管委会主任刘大军，戊市副市长陈小明出席。"
    ms = [mention(text, "丙市委", "Agency"), mention(text, "丙市", "Place"), mention(text, "丁区", "Place"),
          mention(text, "刘大军", "Official"), mention(text, "戊市", "Place"), mention(text, "陈小明", "Official")]
    assert posts(run(nlp, text, ms)) == {
        ("刘大军", "memberOf", "丙市委", "常委"), ("刘大军", "leads", "丁区党工委", "书记"),
        ("刘大军", "leads", "丁区管委会", "主任"), ("陈小明", "memberOf", "戊市人民政府", "副市长")}


def test_relations_posts_a_committee_named_with_the_titles_party_word(nlp):
    # the recogniser named 丁高新区党工委 whole; the title grammar reads 党工委书记 as one title
    text = "丁高新区党工委书记、管委会主任刘大军出席。"
    ms = [mention(text, "丁高新区党工委", "Agency"), mention(text, "刘大军", "Official")]
    assert posts(run(nlp, text, ms)) == {
        ("刘大军", "leads", "丁高新区党工委", "书记"), ("刘大军", "leads", "丁高新区管委会", "主任")}


def test_relations_posts_a_bare_body_of_the_next_person_in_a_list_of_posts(nlp_full):
    # 甲街道党工委书记乙、办事处主任丙: the next person's bare 办事处 is the town's, as the chain of posts names it; a
    # bare word after a scope word's body alone (区委书记乙、管委会主任丙) names no one body
    doc = nlp_full("艾山街道党工委书记王晓梅、办事处主任周明等参加调研。区委书记李建华、管委会主任赵晓东出席。")
    assert triples(doc, "leads") == {("王晓梅", "leads", "艾山街道党工委"), ("周明", "leads", "艾山街道办事处"),
                                     ("李建华", "leads", "区委")}


def test_relations_posts_the_street_s_office_after_its_committee_written_out(nlp_full):
    # 中国共产党甲区乙街道工作委员会副书记、街道办事处主任: the bare office of the chain is the street's, the place the
    # committee's written-out name holds (its template in body_names.tsv); an audit bureau's 总审计师 is a member of it
    doc = nlp_full("拟任中国共产党济南市钢城区艾山街道工作委员会副书记、街道办事处主任王晓梅。任命周明为钢城区审计局总审计师。")
    assert triples(doc, "leads", "memberOf") == {
        ("王晓梅", "memberOf", "中国共产党济南市钢城区艾山街道工作委员会"), ("王晓梅", "leads", "济南市钢城区艾山街道办事处"),
        ("周明", "memberOf", "钢城区审计局")}


def test_relations_posts_party_department_belongs_to_the_committee_before_it(nlp):
    text = "市委副书记、统战部部长张大惠出席。"
    ms = [mention(text, "市委", "Agency"), mention(text, "张大惠", "Official")]
    assert posts(run(nlp, text, ms)) == {("张大惠", "memberOf", "市委", "副书记"),
                                         ("张大惠", "leads", "市委统一战线工作部", "部长")}


def test_relations_posts_a_government_title_alone_names_the_scope_government(nlp):
    text = "副市长徐大君主持会议。"
    ms = [mention(text, "徐大君", "Official")]
    doc = nlp.make_doc(text)
    doc._.kg_mentions = ms
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    [body] = [m for m in doc._.kg_mentions if m.type == "Agency"]
    # the title implies the body: it is not a name of it (resolution gives it no alias)
    assert (body.name, body.text, body.kind) == ("市人民政府", "副市长", "implied")
    [rel] = doc._.kg_relations
    assert (rel.predicate, doc._.kg_mentions[rel.object].name) == ("memberOf", "市人民政府")


def test_relations_posts_titles_without_a_body_keep_the_body_of_the_official_before(nlp):
    text = "甲集团党委书记、董事长张大山，党委副书记、总经理李文华，乙公司党委常委、执行总经理周大海出席。"
    ms = [mention(text, "甲集团", "Company"), mention(text, "张大山", "Official"), mention(text, "李文华", "Official"),
          mention(text, "乙公司", "Company"), mention(text, "周大海", "Official")]
    assert posts(run(nlp, text, ms)) == {
        ("张大山", "leads", "甲集团", "党委书记、董事长"), ("李文华", "leads", "甲集团", "党委副书记、总经理"),
        # 执行 makes a head title a deputy's
        ("周大海", "memberOf", "乙公司", "党委常委、执行总经理")}


def test_relations_posts_stop_at_another_person_and_at_a_body_whose_place_is_unknown(nlp):
    text = "甲局局长王大山、副局长李小文出席。管委会主任刘大军说。"
    ms = [mention(text, "甲局", "Agency"), mention(text, "王大山", "Official"), mention(text, "李小文", "Official"),
          mention(text, "刘大军", "Official")]
    doc = nlp.make_doc(text)
    doc._.kg_mentions = list(ms)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    found = doc._.kg_mentions
    rels = {(found[r.subject].name, r.predicate, found[r.object].name) for r in doc._.kg_relations}
    assert rels == {("王大山", "leads", "甲局"), ("李小文", "memberOf", "甲局")}
    assert found == ms  # whose 管委会? no mention is made for a bare body word


def test_relations_funds_with_amount_kind_and_period(nlp):
    text = "区住建局为重大项目注入活水。上半年争取城中村改造专项借款79.4亿元，到位68.94亿元。"
    ms = [mention(text, "区住建局", "Agency"), mention(text, "城中村改造", "Project")]
    [(s, p, o, q)] = run(nlp, text, ms)
    assert (s, p, o) == ("区住建局", "funds", "城中村改造")
    assert q["amount"] == "7940000000" and q["money_kind"] == "专项借款" and q["period"] == "上半年"


def test_relations_funds_a_programme_named_by_its_money_without_the_budget_it_is_from(nlp):
    text = "甲部下达中央财政城镇保障性安居工程补助资金128亿元。"
    rels = run(nlp, text, [mention(text, "甲部", "Agency")])
    assert {(s, p, o, q.get("amount")) for s, p, o, q in rels} == {("甲部", "funds", "城镇保障性安居工程", "12800000000")}


def test_relations_funds_money_named_before_what_it_is_for(nlp):
    # 下达…资金N元，用于支持P: the money before the purpose word is P's; without one, no amount is P's
    text = "甲省财政厅下达乙县衔接资金2.3亿元，用于支持丙产业园二期建设。丁局下达奖励2亿元，丙产业园二期开工。"
    ms = [mention(text, "甲省财政厅", "Agency"), mention(text, "丙产业园二期", "Project"), mention(text, "丁局", "Agency"),
          mention(text, "丙产业园二期", "Project", nth=1)]
    assert {(s, p, o, q.get("amount"), q.get("money_kind")) for s, p, o, q in run(nlp, text, ms)} == {
        ("甲省财政厅", "funds", "丙产业园二期", "230000000", "资金")}


@pytest.mark.parametrize("text,expected", [
    # a lender named before 向/为, the project, then the money verb; not the body it signs with
    ("甲银行乙分行与丙区住建局签约，向丁路工程提供贷款10亿元。", {("甲银行乙分行", "丁路工程", "1000000000", "贷款")}),
    ("甲农商银行乙支行为丁路工程授信5亿元。", {("甲农商银行乙支行", "丁路工程", "500000000", "授信")}),
    ("甲银行为丁路工程项目分别发放贷款3亿元。", {("甲银行", "丁路工程", "300000000", "贷款")}),
    ("甲银行向该区丁路工程提供贷款8亿元。", {("甲银行", "丁路工程", "800000000", "贷款")}),
    # a grant handed down to the work (下达, 下拨, 补助)
    ("甲银行为丁路工程下达补助资金3000万元。", {("甲银行", "丁路工程", "30000000", "补助资金")}),
    # no money verb after the project, or no preposition before it: no funder
    ("甲银行向丁路工程派出工作组。", set()),
    ("甲银行参观了丁路工程，提供贷款的事另议。", set()),
])
def test_relations_funds_a_lender_for_a_project(nlp, text, expected):
    names = [n for n in ("甲银行乙分行", "甲农商银行乙支行", "甲银行", "丙区住建局") if n in text]
    ms = sorted([mention(text, names[0], "Company"), mention(text, "丁路工程", "Project")]
                + [mention(text, n, "Agency") for n in names[1:] if n == "丙区住建局"], key=lambda m: m.start)
    rels = run(nlp, text, ms)
    assert {(s, o, q.get("amount"), q.get("money_kind")) for s, p, o, q in rels if p == "funds"} == expected


@pytest.mark.parametrize("word", ["拟", "力争", "计划"])
def test_relations_planned_funds_are_marked(nlp, word):
    text = f"区住建局{word}争取供热管网改造超长期国债2.7836亿元。"
    ms = [mention(text, "区住建局", "Agency"), mention(text, "供热管网改造", "Project")]
    [(_, _, _, q)] = run(nlp, text, ms)
    assert q["modality"] == "planned" and q["amount"] == "278360000"


def test_relations_generic_projects_and_reporters_give_nothing(nlp):
    text = "高标准推进72个老旧小区改造工程。记者王涛报道。"
    assert run(nlp, text, [mention(text, "王涛", "Person", role="记者")]) == []


def test_relations_a_pages_outlet_funds_nothing_its_sentences_say(nlp):
    # the masthead opens the paragraph; a later sentence naming no funder does not take it as one
    text = "齐州晚报网 本报讯 记者从报告中获悉，今年甲区将实施乙路综合整治等总投资15.7亿元的36项重点工程。"
    ms = [mention(text, "齐州晚报", "Organization"), mention(text, "甲区", "Place"), mention(text, "乙路综合整治", "Project")]
    assert [r for r in run(nlp, text, ms) if r[1] == "funds"] == []
    text = "齐州晚报网讯 甲区召开人代会。记者获悉，今年将实施乙路综合整治等总投资15.7亿元的重点工程。"
    ms = [mention(text, "齐州晚报", "Organization"), mention(text, "甲区", "Place"), mention(text, "乙路综合整治", "Project")]
    assert [r for r in run(nlp, text, ms) if r[1] == "funds"] == []


def test_relations_award_and_organisers(nlp):
    text = "在甲市城市管理局、甲市总工会主办的甲市创新大赛中，乙区执法局斩获甲市创新大赛一等奖。"
    ms = [mention(text, "甲市城市管理局", "Agency"), mention(text, "甲市总工会", "Organization"),
          mention(text, "甲市创新大赛", "Award"), mention(text, "乙区执法局", "Agency"),
          mention(text, "甲市创新大赛一等奖", "Award")]
    rels = {(s, p, o) for s, p, o, _ in run(nlp, text, ms)}
    assert ("甲市城市管理局", "organizes", "甲市创新大赛") in rels
    assert ("甲市总工会", "organizes", "甲市创新大赛") in rels
    assert ("乙区执法局", "awarded", "甲市创新大赛一等奖") in rels


def test_relations_located_copula(nlp):
    text = "该产业园项目位于丙新区丁村。"
    ms = [mention(text, "该产业园项目", "Project"), mention(text, "丙新区", "Place")]
    assert ("该产业园项目", "locatedIn", "丙新区", {}) in run(nlp, text, ms)


def test_relations_programme_named_only_by_its_money_is_a_project(nlp):
    text = "区住建局为重大项目注入活水。上半年争取城中村改造专项借款79.4亿元。申报16个棚户区改造中央预算内资金项目。"
    ms = [mention(text, "区住建局", "Agency")]
    rels = run(nlp, text, ms)
    assert [(s, p, o) for s, p, o, _ in rels] == [("区住建局", "funds", "城中村改造")]


def test_relations_unit_written_after_its_body_is_part_of_it(nlp):
    text = "营流路片区改造指挥部北阁网格工作组组长孙志仁说。青岛市教育局、即墨区教育和体育局协办。"
    ms = [mention(text, "营流路片区改造指挥部", "Agency"), mention(text, "北阁网格工作组", "Agency"),
          mention(text, "青岛市教育局", "Agency"), mention(text, "即墨区教育和体育局", "Agency")]
    rels = [(s, p, o) for s, p, o, _ in run(nlp, text, ms) if p == "partOf"]
    assert rels == [("北阁网格工作组", "partOf", "营流路片区改造指挥部")]


def test_relations_a_firms_work_written_after_it_and_de_is_developed_by_it(nlp):
    # 甲公司的P: the firm's own work; a place's (乙镇的P) or a firm's staff (丙公司的员工) is none
    text = "甲精密机械有限公司的精密轴承项目落户。艾山街道的丙项目开工。丁科技有限公司的员工参与戊工程。"
    ms = [mention(text, "甲精密机械有限公司", "Company"), mention(text, "精密轴承项目", "Project"),
          mention(text, "艾山街道", "Place"), mention(text, "丙项目", "Project"),
          mention(text, "丁科技有限公司", "Company"), mention(text, "戊工程", "Project")]
    assert [(s, o) for s, p, o, _ in run(nlp, text, ms) if p == "develops"] == [("甲精密机械有限公司", "精密轴承项目")]


def test_relations_a_firms_work_named_in_quotes_right_after_it_is_developed_by_it(nlp_full):
    # 1．甲公司“乙”项目，…: a numbered item of a funding list names the firm, then its work in quotes (the list's
    # number, 1．, is no part of the firm's name)
    doc = nlp_full("1．宏耀智能装备有限公司“深海机器人研发及产业化”项目，安排资金800万元。")
    assert triples(doc, "develops") == {("宏耀智能装备有限公司", "develops", "“深海机器人研发及产业化”项目")}


def test_relations_project_named_after_a_company_is_developed_by_it(nlp):
    text = "以京东方领头的产业集群崛起。京东方项目从落地到开工仅用45天。72个老旧小区改造工程推进。"
    ms = [mention(text, "京东方", "Company"), mention(text, "京东方项目", "Project"),
          mention(text, "老旧小区改造工程", "Project")]
    rels = [(s, p, o) for s, p, o, _ in run(nlp, text, ms) if p == "develops"]
    assert rels == [("京东方", "develops", "京东方项目")]


# -- locatedIn -----------------------------------------------------------------------------


def located(rels):
    return {(s, o) for s, p, o, _ in rels if p == "locatedIn"}


def test_relations_located_copula_takes_the_innermost_place_of_each_list_item(nlp):
    text = "该物流园位于甲新区乙村、丙路东侧，总投资5亿元。"
    ms = [mention(text, "该物流园", "Project"), mention(text, "甲新区", "Place"), mention(text, "乙村", "Place"),
          mention(text, "丙路", "Place")]
    assert located(run(nlp, text, ms)) == {("该物流园", "乙村"), ("该物流园", "丙路")}


@pytest.mark.parametrize("where,expected", [
    # a road right after its town, no bearing after it: on the road, so in the town as well
    ("甲街道乙路", {"甲街道", "乙路"}),
    ("甲街道乙大道", {"甲街道", "乙大道"}),
    # beyond the road (以南): in the town only; beside it (东侧): at the road and in the town; a village in its
    # town: the village
    ("甲街道乙路以南", {"甲街道"}),
    # near a place (周边, 附近) is in the place holding it
    ("甲街道乙路周边", {"甲街道"}),
    ("甲街道乙路东侧", {"甲街道", "乙路"}),
    ("甲街道丙村", {"丙村"}),
])
def test_relations_located_copula_a_road_after_its_town_holds_the_work_with_the_town(nlp, where, expected):
    text = f"丁医院位于{where}，总投资3亿元。"
    names = [w for w in ("甲街道", "乙路", "乙大道", "丙村") if w in where]
    ms = [mention(text, "丁医院", "Organization")] + [mention(text, w, "Place") for w in names]
    assert located(run(nlp, text, ms)) == {("丁医院", w) for w in expected}


def test_relations_a_zone_is_in_the_city_its_name_opens_with(nlp):
    # the recogniser reports no place inside a zone's name: the rule finds the division the name opens with
    text = "乐陵经济开发区召开会议。智慧园区和市北区一同发布。"
    ms = [mention(text, "乐陵经济开发区", "Place"), mention(text, "智慧园区", "Place"), mention(text, "市北区", "Place")]
    assert located(run(nlp, text, ms)) == {("乐陵经济开发区", "乐陵")}  # 园区 is no zone word, 市北区 no zone


def test_relations_the_roads_bounding_a_section_do_not_hold_the_work(nlp):
    text = "甲路(乙路—丙路)道路工程开工。"
    ms = [mention(text, "甲路(乙路—丙路)道路工程", "Project"), mention(text, "甲路", "Place"),
          mention(text, "乙路", "Place"), mention(text, "丙路", "Place")]
    assert located(run(nlp, text, ms)) == {("甲路(乙路—丙路)道路工程", "甲路")}


def test_relations_a_bodys_office_is_in_the_place_after_resident(nlp):
    text = "东山省人民政府驻上海办事处主任出席。"
    ms = [mention(text, "东山省人民政府驻上海办事处", "Agency"), mention(text, "上海", "Place")]
    assert located(run(nlp, text, ms)) == {("东山省人民政府驻上海办事处", "上海")}


def test_relations_located_settle_verbs_and_the_settler_named_after_the_place(nlp):
    text = "丁科技有限公司落户戊区。总部迁入己区的独角兽企业庚智能有限公司发布新品。"
    ms = [mention(text, "丁科技有限公司", "Company"), mention(text, "戊区", "Place"), mention(text, "己区", "Place"),
          mention(text, "庚智能有限公司", "Company")]
    assert located(run(nlp, text, ms)) == {("丁科技有限公司", "戊区"), ("庚智能有限公司", "己区")}


def test_relations_located_copula_the_builder_by_is_no_subject(nlp):
    # 甲项目由乙公司投资建设，位于丙: the work is there, not the firm 由 introduces
    text = "甲医疗产业园项目由乙医疗器械有限公司投资建设，位于丙区中润大道。"
    ms = [mention(text, "甲医疗产业园项目", "Project"), mention(text, "乙医疗器械有限公司", "Company"),
          mention(text, "丙区", "Place"), mention(text, "中润大道", "Place")]
    assert located(run(nlp, text, ms)) == {("甲医疗产业园项目", "丙区"), ("甲医疗产业园项目", "中润大道")}


def test_relations_located_copula_in_a_relative_clause(nlp):
    # 位于Y的X: X, named right after the place and 的, is in Y; not a name in the next clause
    text = "市领导在位于戊经济开发区的庚集团智能工厂项目现场调研。位于己区的，还有辛公司。"
    ms = [mention(text, "戊经济开发区", "Place"), mention(text, "庚集团智能工厂项目", "Project"),
          mention(text, "己区", "Place"), mention(text, "辛公司", "Company")]
    assert located(run(nlp, text, ms)) == {("庚集团智能工厂项目", "戊经济开发区")}
    # (位于Y东部的X: in a part of Y, so in Y)
    text = "走进位于澄波镇东部的澄波临港产业园。"
    ms = [mention(text, "澄波镇", "Place"), mention(text, "澄波临港产业园", "Place")]
    assert located(run(nlp, text, ms)) == {("澄波临港产业园", "澄波镇")}


def test_relations_located_copula_each_of_a_list_before_jun_and_set_in(nlp):
    # 甲、乙均位于丙: each item of the list; 丁研究院设在戊: 设在 is a copula too; 己公司位于庚 without 均: one
    text = "甲公司、乙公司均位于丙开发区。丁研究院设在戊镇。己公司、辛公司的项目位于庚镇。"
    ms = [mention(text, n, t) for n, t in (("甲公司", "Company"), ("乙公司", "Company"), ("丙开发区", "Place"),
                                            ("丁研究院", "Organization"), ("戊镇", "Place"), ("己公司", "Company"),
                                            ("辛公司", "Company"), ("庚镇", "Place"))]
    assert located(run(nlp, text, ms)) == {("甲公司", "丙开发区"), ("乙公司", "丙开发区"), ("丁研究院", "戊镇")}


@pytest.mark.parametrize("text,expected", [
    # the firms a park hosts are in it; 园区 is the park the article named last
    ("翠岭工业园已入驻宏耀医疗器械有限公司、天铭药用包装有限公司等企业23家。",
     {("宏耀医疗器械有限公司", "翠岭工业园"), ("天铭药用包装有限公司", "翠岭工业园")}),
    ("走进翠岭工业园，园区先后引进宏耀医疗器械有限公司和天铭药用包装有限公司。",
     {("宏耀医疗器械有限公司", "翠岭工业园"), ("天铭药用包装有限公司", "翠岭工业园")}),
    # a park the recogniser names as a work by its suffix hosts them too (and so is a place, GUIDE §2)
    ("钢城区翠岭新材料产业园已入驻宏耀科技有限公司、天铭新材料有限公司等企业。",
     {("宏耀科技有限公司", "翠岭新材料产业园"), ("天铭新材料有限公司", "翠岭新材料产业园")}),
    ("翠岭新材料产业园开工建设。目前，园区已引进宏耀科技有限公司。", {("宏耀科技有限公司", "翠岭新材料产业园")}),
    # the count of them may stand between (已入驻企业43家，包括…)
    ("翠岭新材料产业园已入驻企业43家，包括宏耀科技有限公司、天铭新材料有限公司等。",
     {("宏耀科技有限公司", "翠岭新材料产业园"), ("天铭新材料有限公司", "翠岭新材料产业园")}),
    ("翠岭工业园目前已引进项目12家，其中有宏耀科技有限公司。", {("宏耀科技有限公司", "翠岭工业园")}),
    # a count that lists nothing hosts nothing
    ("翠岭工业园已入驻企业43家，宏耀科技有限公司负责运营。", set()),
    # a firm that brings in another hosts none
    ("宏耀医疗器械有限公司引进天铭药用包装有限公司的技术。", set()),
])
def test_relations_the_firms_a_park_hosts_are_in_it(nlp_full, text, expected):
    doc = nlp_full(text)
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name) for r in doc._.kg_relations if r.rule == "located_hosted"} == expected


def test_relations_located_settle_needs_the_settler_in_the_same_clause(nlp):
    text = "丁公司代表发言，己项目落户戊区。"
    ms = [mention(text, "丁公司", "Company"), mention(text, "己项目", "Project"), mention(text, "戊区", "Place")]
    assert located(run(nlp, text, ms)) == {("己项目", "戊区")}


def test_relations_located_settle_opening_its_clause_the_sentence_s_topic_settles(nlp):
    # 甲项目由乙公司投资建设，落户丙镇: the builders 由 introduces do not settle, the topic does (丁公司负责人表示，将落户
    # 戊镇: the firm); a person settles nowhere (刘海燕表示，将落户己镇)
    text = "甲项目由乙公司投资2亿元建设，将落户丙镇。丁公司负责人表示，将落户戊镇。刘海燕表示，将落户己镇。"
    ms = [mention(text, "甲项目", "Project"), mention(text, "乙公司", "Company"), mention(text, "丙镇", "Place"),
          mention(text, "丁公司", "Company"), mention(text, "戊镇", "Place"), mention(text, "刘海燕", "Person"),
          mention(text, "己镇", "Place")]
    assert located(run(nlp, text, ms)) == {("甲项目", "丙镇"), ("丁公司", "戊镇")}


def test_relations_located_at_place_with_an_establishing_verb(nlp):
    text = "2021年初，甲金融区在乙新区正式成立。丙局在乙新区召开会议。丁集团在乙新区开工建设戊项目。"
    ms = [mention(text, "甲金融区", "Place"), mention(text, "乙新区", "Place"), mention(text, "丙局", "Agency"),
          mention(text, "乙新区", "Place", nth=1), mention(text, "丁集团", "Company"),
          mention(text, "乙新区", "Place", nth=2), mention(text, "戊项目", "Project")]
    # a body holding a meeting or building somewhere is not located there; what it builds is
    assert located(run(nlp, text, ms)) == {("甲金融区", "乙新区"), ("戊项目", "乙新区")}


def test_relations_located_at_what_a_parent_sets_up_is_there_not_the_parent(nlp):
    # 甲集团在乙县设立子公司 (the subsidiary is there), 丙公司是甲集团在乙县设立的全资子公司 (丙 is there)
    text = "甲集团在乙县设立了一家子公司。丙公司是甲集团在乙县设立的全资子公司。丁公司在乙县正式成立。"
    ms = [mention(text, "甲集团", "Company"), mention(text, "乙县", "Place"), mention(text, "丙公司", "Company"),
          mention(text, "甲集团", "Company", nth=1), mention(text, "乙县", "Place", nth=1),
          mention(text, "丁公司", "Company"), mention(text, "乙县", "Place", nth=2)]
    assert located(run(nlp, text, ms)) == {("丙公司", "乙县"), ("丁公司", "乙县")}


def test_relations_place_inside_a_project_name(nlp):
    text = "甲区滨河公园改造工程竣工，10号线一期（乙段）开通。"
    ms = [mention(text, "甲区滨河公园改造工程", "Project"), mention(text, "甲区", "Place"),
          mention(text, "10号线一期（乙段）", "Project"), mention(text, "乙", "Place")]
    assert located(run(nlp, text, ms)) == {("甲区滨河公园改造工程", "甲区"), ("10号线一期（乙段）", "乙")}


def test_relations_project_name_completed_from_an_earlier_place(nlp):
    text = "网友关心丙步行街。丙步行街将与步行街亮化工程一并实施。"
    ms = [mention(text, "丙步行街", "Place"), mention(text, "丙步行街", "Place", nth=1),
          Mention(text.index("步行街亮化工程"), text.index("步行街亮化工程") + 7, "步行街亮化工程", "Project",
                  "丙步行街亮化工程")]
    assert located(run(nlp, text, ms)) == {("丙步行街亮化工程", "丙步行街")}


def run_in_article(nlp, text, mentions, masthead=None):
    from kg.records import Article

    art = Article("t.txt", 0, text, tuple(range(len(text) + 1)), 0, len(text), masthead=masthead)
    doc = nlp.make_doc(text)
    doc._.kg_article = art
    doc._.kg_mentions = mentions
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    found = doc._.kg_mentions
    return [(found[r.subject].name, r.predicate, found[r.object].name, dict(r.qualifiers))
            for r in doc._.kg_relations]


def test_relations_projects_of_a_district_article_are_in_the_district(nlp):
    text = "城阳区以微更新带动大变化。甲樾府口袋公园提前完工，乙路大修工程正在设计。丙厂房项目在胶州市开工。"
    ms = [mention(text, "城阳区", "Place"), mention(text, "甲樾府口袋公园", "Project"),
          mention(text, "乙路大修工程", "Project"), mention(text, "丙厂房项目", "Project"), mention(text, "胶州市", "Place")]
    rels = run_in_article(nlp, text, ms, masthead="今日城阳")
    # 丙: the sentence names another place for it
    assert located(rels) == {("甲樾府口袋公园", "城阳区"), ("乙路大修工程", "城阳区"), ("丙厂房项目", "胶州市")}


def test_relations_villages_of_a_sentence_about_the_town_are_in_the_town_named_last(nlp):
    # 镇里 means the town named last (in a post here); 龙潭村 is a village of Qingdao's data, another
    # village in an article about 钢城区; 镇上 inside 青峰镇上丙村 is no word of its own; 青峰镇, a town the divisions
    # data holds in other provinces only, is 钢城区's
    text = ("钢城区推进茶产业发展。颜庄镇党委书记张伟表示，镇里将以甲村为示范，在龙潭村、乙村推广种植模式。"
            "青峰镇上丙村举办采茶节。")
    ms = [mention(text, "钢城区", "Place"), mention(text, "颜庄镇党委", "Agency"), mention(text, "颜庄镇", "Place"),
          mention(text, "甲村", "Place"), mention(text, "龙潭村", "Place"), mention(text, "乙村", "Place"),
          mention(text, "青峰镇", "Place"), mention(text, "上丙村", "Place")]
    rels = run_in_article(nlp, text, ms, masthead="钢城新闻")
    assert located(rels) == {("甲村", "颜庄镇"), ("龙潭村", "颜庄镇"), ("乙村", "颜庄镇"), ("上丙村", "钢城区"),
                             ("青峰镇", "钢城区")}


def test_relations_a_place_opening_a_clause_is_where_the_passage_is(nlp):
    text = ("城阳区召开会议。上半年，棘洪滩街道加快推进甲产业园，改造乙路。\n丙中心项目年底投产。"
            "胶州市丁项目开工，戊村召开会议。")
    ms = [mention(text, "城阳区", "Place"), mention(text, "棘洪滩街道", "Place"), mention(text, "甲产业园", "Project"),
          mention(text, "乙路", "Place"), mention(text, "丙中心项目", "Project"), mention(text, "胶州市", "Place"),
          mention(text, "丁项目", "Project"), mention(text, "戊村", "Place")]
    rels = run_in_article(nlp, text, ms, masthead="今日城阳")
    # the street the passage turned to holds what follows; a sentence naming another district is not in it (its
    # work is in the district written right before it)
    assert {(s, o) for s, p, o, _ in rels if p == "locatedIn"} == {
        ("甲产业园", "棘洪滩街道"), ("乙路", "棘洪滩街道"), ("丙中心项目", "棘洪滩街道"), ("丁项目", "胶州市")}


def test_relations_a_thing_named_after_a_local_area_is_also_where_the_passage_is(nlp):
    text = "城阳区召开会议。上半年，棘洪滩街道加快推动甲片区商住综合体建设。"
    ms = [mention(text, "城阳区", "Place"), mention(text, "棘洪滩街道", "Place"),
          mention(text, "甲片区商住综合体", "Project"), mention(text, "甲片区", "Place")]
    rels = run_in_article(nlp, text, ms, masthead="今日城阳")
    # 甲片区, inside the name, is no division: the work is in it and in the street the passage is about
    assert located(rels) == {("甲片区商住综合体", "甲片区"), ("甲片区商住综合体", "棘洪滩街道")}


def test_relations_a_port_area_of_a_district_article_is_in_the_district(nlp):
    text = "城阳区召开会议。甲邮轮港区建设全面铺开，乙智汇港开工，丙湾风光秀美。"
    ms = [mention(text, "城阳区", "Place"), mention(text, "甲邮轮港区", "Place"), mention(text, "乙智汇港", "Place"),
          mention(text, "丙湾", "Place")]
    rels = run_in_article(nlp, text, ms, masthead="今日城阳")
    # a port or port area the divisions data does not place is local, as a road is; a bay is no local place
    assert located(rels) == {("甲邮轮港区", "城阳区"), ("乙智汇港", "城阳区")}


def test_relations_firms_brought_in_to_settle_are_where_the_passage_is(nlp):
    text = ("城阳区召开会议。今年引进甲科技、乙物流两家企业落户投产，丙集团落户青岛市，"
            "丁公司落户后迅速扩大规模。")
    ms = [mention(text, "城阳区", "Place"), mention(text, "甲科技", "Company"), mention(text, "乙物流", "Company"),
          mention(text, "丙集团", "Company"), mention(text, "青岛市", "Place"), mention(text, "丁公司", "Company")]
    rels = run_in_article(nlp, text, ms, masthead="今日城阳")
    # 丙 settled in a place written after the verb; 丁's clause goes on past the verb
    assert located(rels) == {("甲科技", "城阳区"), ("乙物流", "城阳区"), ("丙集团", "青岛市")}


def test_relations_a_work_settling_is_what_settles_not_its_builders(nlp):
    # 甲集团与乙研究所共建的P近日落户: P settles (in the passage's place), the institute is not placed by it
    text = "城阳区召开会议。甲集团与乙研究所共建的丙中试基地项目近日落户。"
    ms = [mention(text, "城阳区", "Place"), mention(text, "甲集团", "Company"), mention(text, "乙研究所", "Organization"),
          mention(text, "丙中试基地项目", "Project")]
    rels = run_in_article(nlp, text, ms, masthead="今日城阳")
    assert located(rels) == {("丙中试基地项目", "城阳区")}


def test_relations_district_scope_from_the_text_alone(nlp):
    """A Doc with no Article still has a context: kg_context reads its own places."""
    text = "城阳区以微更新带动大变化。甲樾府口袋公园提前完工。"
    ms = [mention(text, "城阳区", "Place"), mention(text, "甲樾府口袋公园", "Project")]
    assert located(run(nlp, text, ms)) == {("甲樾府口袋公园", "城阳区")}


def test_relations_district_scope_needs_a_place(nlp):
    text = "以微更新带动大变化。甲樾府口袋公园提前完工。"
    ms = [mention(text, "甲樾府口袋公园", "Project")]
    assert located(run(nlp, text, ms)) == set()


# -- develops, awarded, organizes, partOf ---------------------------------------------------


def preds(rels, pred):
    return {(s, o) for s, p, o, _ in rels if p == pred}


def test_relations_develops_verb_frames(nlp):
    text = "甲集团投资建设的乙产业园开工，丙局正在加快推进丁路改造工程、戊停车场。己公园改造由庚公司承建。"
    ms = [mention(text, "甲集团", "Company"), mention(text, "乙产业园", "Project"), mention(text, "丙局", "Agency"),
          mention(text, "丁路改造工程", "Project"), mention(text, "戊停车场", "Project"),
          mention(text, "己公园改造", "Project"), mention(text, "庚公司", "Company")]
    assert preds(run(nlp, text, ms), "develops") == {
        ("甲集团", "乙产业园"), ("丙局", "丁路改造工程"), ("丙局", "戊停车场"), ("庚公司", "己公园改造")}


def test_relations_develops_needs_the_verb_between_body_and_project(nlp):
    # money sought for a project, a meeting about it, a reporter: none builds it
    text = "甲局争取乙工程专项资金。丙局召开丁项目推进会。记者王涛走访戊项目。"
    ms = [mention(text, "甲局", "Agency"), mention(text, "乙工程", "Project"), mention(text, "丙局", "Agency"),
          mention(text, "丁项目", "Project"), mention(text, "王涛", "Person", role="记者"), mention(text, "戊项目", "Project")]
    assert preds(run(nlp, text, ms), "develops") == set()


def test_relations_award_to_those_a_commending_verb_lists_and_counts(nlp_full):
    # 表彰了甲、乙等12个“Y”和丙等20名“Z”: each list receives the honour in quotes after its count
    doc = nlp_full("大会表彰了澄波社区、锦绣里小区等12个“平安示范社区”和王晓梅等20名“优秀网格员”。")
    assert triples(doc, "awarded") == {("澄波社区", "awarded", "平安示范社区"), ("锦绣里小区", "awarded", "平安示范社区"),
                                       ("王晓梅", "awarded", "优秀网格员")}


def test_relations_a_list_of_honoured_people_with_their_posts_after_a_space(nlp_full):
    # 王晓梅　颜庄镇党委副书记、镇长 under a heading: the person receives the heading's honour and holds the posts
    doc = nlp_full("钢城区表彰2024年度乡村振兴先进个人。\n一、2024年度钢城区乡村振兴工作先进个人（3名）\n"
                   "王晓梅　颜庄镇党委副书记、镇长\n李建华　澄波村党委书记\n赵晓东　钢城宏耀农业科技有限公司总经理")
    honour = "2024年度钢城区乡村振兴工作先进个人"
    assert triples(doc, "awarded", "leads", "memberOf") == {
        ("王晓梅", "awarded", honour), ("李建华", "awarded", honour), ("赵晓东", "awarded", honour),
        ("王晓梅", "memberOf", "颜庄镇党委"), ("王晓梅", "leads", "颜庄镇人民政府"), ("李建华", "leads", "澄波村党委"),
        ("赵晓东", "leads", "钢城宏耀农业科技有限公司")}


def test_relations_the_body_whose_notice_commends_honours_organises_them(nlp_full):
    # 甲领导小组印发通报，表扬Y先进集体和先进个人: the notice's body organises both, the second named in full by
    # the list's heading (not a 先进个人 of the year)
    doc = nlp_full("中共钢城区委农村工作领导小组印发通报，表扬2024年度钢城区乡村振兴工作先进集体和先进个人。\n"
                   "一、2024年度钢城区乡村振兴工作先进集体（1个）\n颜庄镇人民政府\n"
                   "二、2024年度钢城区乡村振兴工作先进个人（1名）\n王晓梅　颜庄镇党委副书记")
    assert triples(doc, "organizes") == {
        ("钢城区委农村工作领导小组", "organizes", "2024年度钢城区乡村振兴工作先进集体"),
        ("钢城区委农村工作领导小组", "organizes", "2024年度钢城区乡村振兴工作先进个人")}


def test_relations_a_decisions_honours_named_short_in_its_lists_headings(nlp_full):
    # 《关于表彰2023年度甲先进集体和先进个人的决定》, then 一、先进集体 … 二、先进个人 (no counts): each heading is the
    # decision's honour written out, its lines receive it, and the deciding bodies organise both
    doc = nlp_full("近日，中共钢城区委、钢城区人民政府印发《关于表彰2023年度营商环境先进集体和先进个人的决定》，"
                   "对作出突出贡献的集体和个人予以通报表彰。\n现将名单公布如下：\n一、先进集体\n钢城区交通运输局\n"
                   "颜庄镇人民政府\n二、先进个人\n王晓梅　区财政局预算股股长")
    group, person = "2023年度营商环境先进集体", "2023年度营商环境先进个人"
    assert triples(doc, "awarded", "organizes") == {
        ("钢城区交通运输局", "awarded", group), ("颜庄镇人民政府", "awarded", group), ("王晓梅", "awarded", person),
        ("钢城区委", "organizes", group), ("钢城区人民政府", "organizes", group),
        ("钢城区委", "organizes", person), ("钢城区人民政府", "organizes", person)}


def test_relations_a_work_opening_in_a_park_is_located_there(nlp_full):
    # P在甲产业园正式投产: the park where the work opens is a place there (GUIDE §2), the work in it; a park built
    # (甲产业园开工) stays a work
    doc = nlp_full("3月28日，宏耀药业年产200吨原料药项目在澄波生物医药产业园正式投产。")
    assert triples(doc, "locatedIn") == {("年产200吨原料药项目", "locatedIn", "澄波生物医药产业园")}
    assert [m.type for m in doc._.kg_mentions if m.name == "澄波生物医药产业园"] == ["Place"]
    doc = nlp_full("3月28日，澄波生物医药产业园正式开工。")
    assert [m.type for m in doc._.kg_mentions if m.name == "澄波生物医药产业园"] == ["Project"]


def test_relations_a_decisions_issuers_printed_on_the_line_above_its_title(nlp_full):
    # 中共甲区委　甲区人民政府 (a line of its own), then 关于表彰…的决定: the issuers decided it and organise its
    # honours; a section of a bureau that is a line of its own (区财政局预算股) is an item of the list
    doc = nlp_full("中共钢城区委\u3000钢城区人民政府\n关于表彰2025年度钢城区社区治理工作先进集体和先进个人的决定\n"
                   "为表彰先进，授予艾山街道上岚社区党委等2个集体“2025年度钢城区社区治理工作先进集体”称号。\n"
                   "一、先进集体（2个）\n艾山街道上岚社区党委\n区财政局预算股\n二、先进个人（1名）\n王晓梅　区财政局预算股股长")
    group, person = "2025年度钢城区社区治理工作先进集体", "2025年度钢城区社区治理工作先进个人"
    assert triples(doc, "awarded", "organizes") == {
        ("艾山街道上岚社区党委", "awarded", group), ("区财政局预算股", "awarded", group), ("王晓梅", "awarded", person),
        ("钢城区委", "organizes", group), ("钢城区人民政府", "organizes", group),
        ("钢城区委", "organizes", person), ("钢城区人民政府", "organizes", person)}


def test_relations_the_bodies_signing_a_decision_under_its_list_receive_nothing(nlp_full):
    # the issuers named in the title sign the notice off under its last list, written in full (中共 | 甲区委员会): no items
    doc = nlp_full("中共钢城区委员会\u3000钢城区人民政府关于表彰2025年度钢城区优秀企业的决定\n"
                   "一、2025年度钢城区优秀企业（2家）\n宏耀电子有限公司\n天铭科技有限公司\n"
                   "中共钢城区委员会\n钢城区人民政府\n2026年2月10日")
    honour = "2025年度钢城区优秀企业"
    assert triples(doc, "awarded") == {("宏耀电子有限公司", "awarded", honour), ("天铭科技有限公司", "awarded", honour)}


def test_relations_people_listed_after_their_communities_receive_the_honour_commended_before(nlp_full):
    # 对2025年度甲区“Y”进行表彰 names the honour (its round and place before the quotes); those listed after their
    # communities and counted (…等10名同志) in the next sentence 获此殊荣; the bodies that issued the notice organise it
    doc = nlp_full("近日，区委组织部、区民政局联合印发通报，对2025年度钢城区“最美社区工作者”进行表彰。"
                   "艾山街道上岚社区王晓梅、里辛街道东高社区李建华等10名同志获此殊荣。")
    honour = "2025年度钢城区最美社区工作者"
    assert triples(doc, "awarded", "organizes") == {
        ("王晓梅", "awarded", honour), ("李建华", "awarded", honour),
        ("区委组织部", "organizes", honour), ("区民政局", "organizes", honour)}


def test_relations_bodies_that_decided_to_give_an_honour_organise_it(nlp_full):
    # 区委、区政府决定，授予甲“Y”称号 (no 经 before them): the bodies decided it and organise it (the title's, resolved
    # to the same bodies); the village written after its town receives it, not the town
    doc = nlp_full("钢城区委\u3000钢城区人民政府关于表彰2025年度钢城区乡村振兴先进集体的决定\n发布时间：2026-02-27\n"
                   "各镇党委、政府：\n为激励担当作为，区委、区政府决定，授予颜庄镇东高村等2个单位“2025年度钢城区乡村振兴先进集体”称号。\n"
                   "一、先进集体（2个）\n颜庄镇东高村\n宏耀农业科技有限公司")
    honour = "2025年度钢城区乡村振兴先进集体"
    assert triples(doc, "awarded", "organizes") == {
        ("东高村", "awarded", honour), ("宏耀农业科技有限公司", "awarded", honour),
        ("区委", "organizes", honour), ("区人民政府", "organizes", honour)}


def test_relations_a_headline_above_a_decisions_title_decides_nothing(nlp_full):
    # the line above the title holds more than bodies' names (a headline): no issuers
    doc = nlp_full("钢城区人民政府网站发布通知\n关于表彰2025年度钢城区优秀企业的决定\n一、2025年度钢城区优秀企业（1家）\n"
                   "宏耀电子有限公司")
    assert triples(doc, "awarded", "organizes") == {("宏耀电子有限公司", "awarded", "2025年度钢城区优秀企业")}


def test_relations_numbered_list_titles_of_an_attachment_name_their_honours(nlp_full):
    # 附件：1.2025年度Y名单（部分） then its items, 2.2025年度Z名单 then people with posts: each list's title is its
    # honour, the attachment's number no part of it
    doc = nlp_full("附件：1.2025年度钢城区先进集体名单（部分）\n区财政局\n颜庄镇人民政府\n"
                   "2.2025年度钢城区先进个人名单（部分）\n王晓梅　区财政局预算股股长\n3.2025年度钢城区优秀企业名单\n宏耀电子有限公司")
    group, person, firm = "2025年度钢城区先进集体", "2025年度钢城区先进个人", "2025年度钢城区优秀企业"
    assert triples(doc, "awarded") == {("区财政局", "awarded", group), ("颜庄镇人民政府", "awarded", group),
                                       ("王晓梅", "awarded", person), ("宏耀电子有限公司", "awarded", firm)}


def test_relations_entrants_of_an_announced_list_after_the_pages_own_place(nlp_full):
    # 甲厅公布Y名单，我市乙公司、丙公司2家企业入选: 我市 (the page's place) opens the clause of the entrants
    doc = nlp_full("日前，省工业和信息化厅公布2024年钢城省专精特新中小企业名单，我市宏耀特钢有限公司、翠岭食品有限公司2家企业入选。")
    honour = "2024年钢城省专精特新中小企业"
    assert triples(doc, "awarded") == {("宏耀特钢有限公司", "awarded", honour), ("翠岭食品有限公司", "awarded", honour)}


def test_relations_award_named_before_its_receiver(nlp):
    text = "在甲省科技厅会同甲省财政厅等部门评选出的“甲省创新强县”中，乙区位列全省第二。作为全国首批试点城市的丙市早已走在前列。"
    ms = [mention(text, "甲省科技厅", "Agency"), mention(text, "甲省财政厅", "Agency"),
          mention(text, "甲省创新强县", "Award"), mention(text, "乙区", "Place"),
          mention(text, "全国首批试点城市", "Award"), mention(text, "丙市", "Place")]
    rels = run(nlp, text, ms)
    assert preds(rels, "awarded") == {("乙区", "甲省创新强县"), ("丙市", "全国首批试点城市")}
    assert preds(rels, "organizes") == {("甲省科技厅", "甲省创新强县"), ("甲省财政厅", "甲省创新强县")}


def test_relations_contest_is_the_event_of_the_prize_not_a_prize(nlp):
    text = "在甲市创新大赛中，乙局提报的项目斩获甲市创新大赛一等奖。"
    ms = [mention(text, "甲市创新大赛", "Award"), mention(text, "乙局", "Agency"),
          mention(text, "甲市创新大赛一等奖", "Award")]
    rels = run(nlp, text, ms)
    assert [(s, o, q.get("event")) for s, p, o, q in rels if p == "awarded"] == [("乙局", "甲市创新大赛一等奖", "甲市创新大赛")]


def test_relations_award_receiver_is_in_the_verbs_clause_or_opens_the_sentence(nlp):
    # what the subject lies in, named in an earlier clause, receives nothing: the subject does
    text = "据介绍，甲县地处乙山东麓，近年来先后获评全国丙重点县。丁公司在戊县建厂，获评全国己企业。"
    ms = [mention(text, "甲县", "Place"), mention(text, "乙山", "Organization"), mention(text, "全国丙重点县", "Award"),
          mention(text, "丁公司", "Company"), mention(text, "戊县", "Place"), mention(text, "全国己企业", "Award")]
    assert preds(run(nlp, text, ms), "awarded") == {("甲县", "全国丙重点县"), ("丁公司", "全国己企业")}


def test_relations_award_conferred_by_a_body_goes_to_the_one_before_bei(nlp):
    # X被B认定为Y: B confers the prize, X receives it
    text = "近日，甲区被乙部认定为第三批国家丙强镇。丁公司被戊协会评为“己先进单位”。"
    ms = [mention(text, "甲区", "Place"), mention(text, "乙部", "Agency"), mention(text, "第三批国家丙强镇", "Award"),
          mention(text, "丁公司", "Company"), mention(text, "戊协会", "Organization"), mention(text, "己先进单位", "Award")]
    # (the second in quotes: awarded_named's frame)
    assert preds(run(nlp, text, ms), "awarded") == {("甲区", "第三批国家丙强镇"), ("丁公司", "己先进单位")}


def test_relations_award_goes_to_each_body_listed_before_the_verb(nlp):
    text = "甲酿酒股份有限公司、乙化学集团等企业入选“丙省单项冠军企业”。在丁局的指导下，戊公司获评己企业。"
    ms = [mention(text, "甲酿酒股份有限公司", "Company"), mention(text, "乙化学集团", "Company"),
          mention(text, "丙省单项冠军企业", "Award"), mention(text, "丁局", "Agency"), mention(text, "戊公司", "Company"),
          mention(text, "己企业", "Award")]
    assert preds(run(nlp, text, ms), "awarded") == {("甲酿酒股份有限公司", "丙省单项冠军企业"),
                                                  ("乙化学集团", "丙省单项冠军企业"), ("戊公司", "己企业")}


def test_relations_award_opening_the_clause_goes_to_the_last_of_places_written_together(nlp):
    # 甲市乙湿地公园获评Y: the park, which the city before it only locates
    text = "另外，甲市乙湿地公园获评国家4A级旅游景区。"
    ms = [mention(text, "甲市", "Place"), mention(text, "乙湿地公园", "Place"), mention(text, "国家4A级旅游景区", "Award")]
    assert preds(run(nlp, text, ms), "awarded") == {("乙湿地公园", "国家4A级旅游景区")}


def test_relations_award_receiver_must_carry_the_prize_verb(nlp):
    # the place after the contest does not rank in it; it is only where the story goes on
    text = "在甲市创新大赛中，乙区举办了展览。"
    ms = [mention(text, "甲市创新大赛", "Award"), mention(text, "乙区", "Place")]
    assert preds(run(nlp, text, ms), "awarded") == set()


def test_relations_organizers_before_by_and_after_the_event(nlp):
    text = "甲创新大赛由乙市科技局主办，丙协会、丁学会承办。戊局召开会议，己公司主办的庚论坛开幕。"
    ms = [mention(text, "甲创新大赛", "Award"), mention(text, "乙市科技局", "Agency"),
          mention(text, "丙协会", "Organization"), mention(text, "丁学会", "Organization"),
          mention(text, "戊局", "Agency"), mention(text, "己公司", "Company"), mention(text, "庚论坛", "Project")]
    rels = {(s, o, q["organizer_role"]) for s, p, o, q in run(nlp, text, ms) if p == "organizes"}
    assert rels == {("乙市科技局", "甲创新大赛", "主办"), ("丙协会", "甲创新大赛", "承办"),
                    ("丁学会", "甲创新大赛", "承办"), ("己公司", "庚论坛", "主办")}


def test_relations_unit_belongs_to_body(nlp):
    text = "甲执法支队隶属于乙市城市管理局。丙服务中心是丁区民政局下属单位。戊局与己局召开会议。"
    ms = [mention(text, "甲执法支队", "Agency"), mention(text, "乙市城市管理局", "Agency"),
          mention(text, "丙服务中心", "Agency"), mention(text, "丁区民政局", "Agency"),
          mention(text, "戊局", "Agency"), mention(text, "己局", "Agency")]
    assert preds(run(nlp, text, ms), "partOf") == {("甲执法支队", "乙市城市管理局"), ("丙服务中心", "丁区民政局")}


def test_relations_unit_directly_under_a_body_by_the_word_for_its_kind(nlp):
    # 直属的 + what it is, 直属 + a kind of body (科研机构); a 直属 that says nothing of the unit (乙局直属领导) is none
    text = "甲医院是乙省卫生健康委员会直属的三级甲等综合医院。丙研究院为丁局直属科研机构。戊中心是己局直属领导的重点工作。"
    ms = [mention(text, "甲医院", "Organization"), mention(text, "乙省卫生健康委员会", "Agency"),
          mention(text, "丙研究院", "Organization"), mention(text, "丁局", "Agency"),
          mention(text, "戊中心", "Organization"), mention(text, "己局", "Agency")]
    assert preds(run(nlp, text, ms), "partOf") == {("甲医院", "乙省卫生健康委员会"), ("丙研究院", "丁局")}


def test_relations_company_settled_with_no_place_written_is_in_the_article_district(nlp):
    text = "城阳区引进科创企业。从外地迁入的甲科技有限公司发展迅速。乙智能有限公司正式落户。丙公司计划迁出。丁公司落户胶州市。"
    ms = [mention(text, "城阳区", "Place"), mention(text, "甲科技有限公司", "Company"),
          mention(text, "乙智能有限公司", "Company"), mention(text, "丙公司", "Company"),
          mention(text, "丁公司", "Company"), mention(text, "胶州市", "Place")]
    rels = located(run_in_article(nlp, text, ms, masthead="今日城阳"))
    assert rels == {("甲科技有限公司", "城阳区"), ("乙智能有限公司", "城阳区"), ("丁公司", "胶州市")}


def test_relations_company_called_local_is_in_the_article_district(nlp):
    # 本地企业 / 当地的 / 本土龙头企业 say where a firm is; a firm only named (丁集团) or a local word
    # further back (本地群众参与) says nothing
    text = ("城阳区举行推介会。综合体由本地企业甲茶业有限公司打造，面粉由当地的乙面业有限公司供应，"
            "丙合作社是本土龙头企业。本地群众参与丁集团的项目。")
    ms = [mention(text, "城阳区", "Place"), mention(text, "甲茶业有限公司", "Company"),
          mention(text, "乙面业有限公司", "Company"), mention(text, "丙合作社", "Organization"),
          mention(text, "丁集团", "Company")]
    rels = located(run_in_article(nlp, text, ms, masthead="今日城阳"))
    assert rels == {("甲茶业有限公司", "城阳区"), ("乙面业有限公司", "城阳区")}


def test_relations_places_in_other_clauses_or_frames_give_no_located_in(nlp):
    text = "丁公司在戊区召开发布会，介绍己村的变化。关于庚区的规划，辛公司成立专班。壬公司负责人位于现场。"
    ms = [mention(text, "丁公司", "Company"), mention(text, "戊区", "Place"), mention(text, "己村", "Place"),
          mention(text, "庚区", "Place"), mention(text, "辛公司", "Company"), mention(text, "壬公司", "Company")]
    assert located(run(nlp, text, ms)) == set()


# -- honours named in quotes, recipient lists, commendations ---------------------------------


def test_relations_award_in_quotes_goes_to_each_recipient_listed_before_it(nlp):
    text = "甲公司、乙公司等12家企业为“优秀企业”，丙协会被评为“先进社会组织”称号，丁公司为“园区”提供服务。"
    ms = [mention(text, "甲公司", "Company"), mention(text, "乙公司", "Company"), mention(text, "丙协会", "Organization"),
          mention(text, "丁公司", "Company")]
    # 为“园区”提供: 为 names an honour only with a count, a 称号 or the clause's end after it
    assert preds(run(nlp, text, ms), "awarded") == {("甲公司", "优秀企业"), ("乙公司", "优秀企业"),
                                                     ("丙协会", "先进社会组织")}


def test_relations_award_in_quotes_takes_no_period_of_another_clause(nlp):
    # 第二批 belongs to the list title of the first clause, not to the honour in quotes of the second
    text = "日前，甲区入选第二批国家乙示范区拟命名名单，丙集团有限公司荣获“全国绿色工厂”称号。"
    ms = [mention(text, "甲区", "Place"), mention(text, "丙集团有限公司", "Company")]
    rels = run(nlp, text, ms)
    doc_names = {(s, o) for s, p, o, q in rels if p == "awarded"}
    assert doc_names == {("丙集团有限公司", "全国绿色工厂")}


def test_relations_award_list_items_receive_their_sections_honour_named_with_the_period(nlp):
    text = "2024年度优秀企业和创新企业名单一、优秀企业(2家)1.甲公司2.乙公司二、创新企业(1家)1.丙公司研究院3.丁公司"
    ms = [mention(text, "甲公司", "Company"), mention(text, "乙公司", "Company"), mention(text, "丙公司研究院", "Organization"),
          mention(text, "丁公司", "Company")]
    rels = run(nlp, text, ms)
    assert preds(rels, "awarded") == {("甲公司", "2024年度优秀企业"), ("乙公司", "2024年度优秀企业"),
                                      ("丙公司研究院", "2024年度创新企业"), ("丁公司", "2024年度创新企业")}


def test_relations_award_list_goes_on_in_the_next_sentences_and_its_title_names_the_honour(nlp):
    text = "2025年度市级文明单位名单。1.甲局。2.乙公司。丙公司举行会议。"
    ms = [mention(text, "甲局", "Agency"), mention(text, "乙公司", "Company"), mention(text, "丙公司", "Company")]
    assert preds(run(nlp, text, ms), "awarded") == {("甲局", "2025年度市级文明单位"), ("乙公司", "2025年度市级文明单位")}


def test_relations_commending_body_organizes_the_honours_the_article_names(nlp):
    text = "甲市商务局日前通报表扬2024年度外贸优秀企业和创新企业。乙公司等5家企业为“外贸优秀企业”。丙局表扬了一批志愿者。"
    ms = [mention(text, "甲市商务局", "Agency"), mention(text, "乙公司", "Company"), mention(text, "丙局", "Agency")]
    rels = run(nlp, text, ms)
    # 创新企业 is named an honour nowhere else, 一批志愿者 is no honour
    assert preds(rels, "organizes") == {("甲市商务局", "2024年度外贸优秀企业")}
    assert preds(rels, "awarded") == {("乙公司", "2024年度外贸优秀企业")}


# -- money: funders and a project's own investment -----------------------------------------


def run_all(nlp, text, mentions):
    """Relations and investments: (name, qualifiers) per investment."""
    doc = nlp.make_doc(text)
    doc._.kg_mentions = mentions
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    found = doc._.kg_mentions
    rels = [(found[r.subject].name, r.predicate, found[r.object].name, dict(r.qualifiers)) for r in doc._.kg_relations]
    return rels, [(found[i.project].name, dict(i.qualifiers)) for i in doc._.kg_investments]


def test_relations_investment_of_a_project_with_no_funder(nlp):
    text = ("投资60亿元的甲学院新校签约。乙产业园项目，计划投资21.8亿元，年底投产。"
            "丙项目、丁项目等三个重点项目开工，总投资额73.7亿元。2020年一期投资约5000万元的戊中心开工。")
    ms = [mention(text, "甲学院新校", "Project"), mention(text, "乙产业园项目", "Project"), mention(text, "丙项目", "Project"),
          mention(text, "丁项目", "Project"), mention(text, "戊中心", "Project")]
    rels, inv = run_all(nlp, text, ms)
    assert sorted(inv) == sorted([
        ("甲学院新校", {"amount": "6000000000", "amount_text": "60亿元", "money_kind": "投资"}),
        ("乙产业园项目", {"amount": "2180000000", "amount_text": "21.8亿元", "money_kind": "计划投资", "modality": "planned"}),
        # 丙 and 丁 share a total: neither's own
        ("戊中心", {"amount": "50000000", "amount_text": "5000万元", "money_kind": "一期投资", "period": "2020年"}),
    ])
    assert [r for r in rels if r[1] == "funds"] == []


def test_relations_bodies_investing_as_owners_fund_and_develop(nlp):
    text = "甲科技集团有限公司、乙集团有限公司联合投资30亿元的丙产业园项目签约。丁项目由戊集团投资建设。"
    ms = [mention(text, "甲科技集团有限公司", "Company"), mention(text, "乙集团有限公司", "Company"),
          mention(text, "丙产业园项目", "Project"), mention(text, "丁项目", "Project"), mention(text, "戊集团", "Company")]
    rels, inv = run_all(nlp, text, ms)
    assert {(s, o, q.get("amount"), q.get("money_kind")) for s, p, o, q in rels if p == "funds"} == {
        ("甲科技集团有限公司", "丙产业园项目", "3000000000", "联合投资"), ("乙集团有限公司", "丙产业园项目", "3000000000", "联合投资"),
        ("戊集团", "丁项目", None, "投资建设")}
    assert preds(rels, "develops") == {("甲科技集团有限公司", "丙产业园项目"), ("乙集团有限公司", "丙产业园项目"),
                                       ("戊集团", "丁项目")}
    assert inv == []  # the money is the funders'


def test_relations_a_body_that_only_brokered_a_project_does_not_fund_it(nlp):
    text = "由甲市民营经济发展局牵线引荐、总投资66亿元的乙基地项目开工。"
    ms = [mention(text, "甲市民营经济发展局", "Agency"), mention(text, "乙基地项目", "Project")]
    rels, inv = run_all(nlp, text, ms)
    assert [r for r in rels if r[1] in ("funds", "develops")] == []
    assert inv == [("乙基地项目", {"amount": "6600000000", "amount_text": "66亿元", "money_kind": "总投资"})]


def test_relations_develops_by_every_builder_after_you(nlp):
    text = "甲村改造项目是由乙集团有限公司旗下的丙开发有限公司代建，丁建设有限公司、戊建工集团承建的安置房项目。"
    ms = [mention(text, "甲村改造项目", "Project"), mention(text, "乙集团有限公司", "Company"),
          mention(text, "丙开发有限公司", "Company"), mention(text, "丁建设有限公司", "Company"),
          mention(text, "戊建工集团", "Company")]
    # the parent named before 旗下的 does not build it
    assert preds(run(nlp, text, ms), "develops") == {("丙开发有限公司", "甲村改造项目"), ("丁建设有限公司", "甲村改造项目"),
                                                     ("戊建工集团", "甲村改造项目")}


def test_relations_develops_unit_names_the_builder_owner_or_operator(nlp):
    text = ("甲湿地公园项目的建设单位为乙城投集团有限公司，监理单位为丙咨询有限公司。丁大桥工程施工单位：戊路桥有限公司、己建设集团。"
            "庚集团作为辛产业园的运营方。壬医院项目的设计单位为癸设计院有限公司。子集团成功中标丑片区改造项目。"
            "寅大厦项目的设计单位为卯设计院有限公司，业主为辰置业有限公司，监理单位为巳咨询有限公司。")
    names = {"甲湿地公园项目": "Project", "乙城投集团有限公司": "Company", "丙咨询有限公司": "Company",
             "丁大桥工程": "Project", "戊路桥有限公司": "Company", "己建设集团": "Company", "庚集团": "Company",
             "辛产业园": "Project", "壬医院项目": "Project", "癸设计院有限公司": "Company", "子集团": "Company",
             "丑片区改造项目": "Project", "寅大厦项目": "Project", "卯设计院有限公司": "Company",
             "辰置业有限公司": "Company", "巳咨询有限公司": "Company"}
    ms = sorted((mention(text, n, t) for n, t in names.items()), key=lambda m: m.start)
    # a supervisor (监理) or designer (设计) builds nothing; the parts listed one after another each name theirs
    assert preds(run(nlp, text, ms), "develops") == {
        ("乙城投集团有限公司", "甲湿地公园项目"), ("戊路桥有限公司", "丁大桥工程"), ("己建设集团", "丁大桥工程"),
        ("庚集团", "辛产业园"), ("子集团", "丑片区改造项目"), ("辰置业有限公司", "寅大厦项目")}


def test_relations_a_work_a_firm_invests_in_and_builds_is_named_by_the_frame(nlp):
    # 甲公司投资20亿元建设P: P (common words, a project's ending, ending the clause) becomes a Project
    text = "甲车辆有限公司投资20亿元建设城轨车辆智能制造基地；全区投资5亿元建设道路。"
    rels = run(nlp, text, [mention(text, "甲车辆有限公司", "Company")])
    assert {(s, p, o, q.get("amount")) for s, p, o, q in rels} == {
        ("甲车辆有限公司", "funds", "城轨车辆智能制造基地", "2000000000"), ("甲车辆有限公司", "develops", "城轨车辆智能制造基地", None)}


def test_relations_a_work_named_after_its_money_and_building_verb(nlp):
    # 由甲投资N元建设的P: P (common words, a project's ending) is named by the frame; 甲 funds and builds it
    text = "由甲食业有限公司投资8000万元建设的大豆精深加工项目进入设备安装阶段。"
    rels = run(nlp, text, [mention(text, "甲食业有限公司", "Company")])
    assert {(s, p, o, q.get("amount")) for s, p, o, q in rels} == {
        ("甲食业有限公司", "funds", "大豆精深加工项目", "80000000"), ("甲食业有限公司", "develops", "大豆精深加工项目", None)}


def test_relations_develops_a_work_named_after_its_firm(nlp):
    # the firm written in full opens the work's name: it becomes a mention of its own and develops the work;
    # a firm's suffix with too little before it, or no name of the work's own after it, makes none
    text = "甲科技集团股份有限公司华北区域总部项目落户乙区。丙有限公司项目开工。"
    ms = [mention(text, "甲科技集团股份有限公司华北区域总部项目", "Project"), mention(text, "乙区", "Place"),
          mention(text, "丙有限公司项目", "Project")]
    assert preds(run(nlp, text, ms), "develops") == {("甲科技集团股份有限公司", "甲科技集团股份有限公司华北区域总部项目")}


def test_relations_develops_by_after_a_clause_of_places_and_a_work_named_by_the_firms_brand(nlp):
    # P坐落在Y，由X投资建设: X builds P (a clause naming a place keeps P the topic); a firm's brand (its
    # name without the legal form) opening a work's name builds it, a place's name does not
    # (nor one of everyday words; nor a facility named after another work: 戊众创城项目招商中心)
    text = ("甲新材料产业园项目坐落在乙开发区，由丙化工集团股份有限公司投资建设。丁阿胶股份有限公司的丁阿胶文化产业园开工。"
            "青岛港集团有限公司参加了青岛港口博物馆开馆。歌尔股份有限公司建设的歌尔智能制造产业园三期开工。"
            "发展集团有限公司参加发展论坛中心揭牌。戊集团的戊众创城项目招商中心开放。")
    names = {"甲新材料产业园项目": "Project", "乙开发区": "Place", "丙化工集团股份有限公司": "Company",
             "丁阿胶股份有限公司": "Company", "丁阿胶文化产业园": "Project", "青岛港集团有限公司": "Company",
             "青岛港口博物馆": "Project", "歌尔股份有限公司": "Company", "歌尔智能制造产业园三期": "Project",
             "发展集团有限公司": "Company", "发展论坛中心": "Project", "戊集团": "Company", "戊众创城项目招商中心": "Project"}
    ms = sorted((mention(text, n, t) for n, t in names.items()), key=lambda m: m.start)
    assert preds(run(nlp, text, ms), "develops") == {("丙化工集团股份有限公司", "甲新材料产业园项目"),
                                                    ("丁阿胶股份有限公司", "丁阿胶文化产业园"),
                                                    ("歌尔股份有限公司", "歌尔智能制造产业园三期")}


def test_relations_develops_firms_building_together(nlp):
    # 甲与乙合作建设P: both firms build it; with a government, the firm does
    text = "甲控股集团有限公司与乙发展集团合作建设丙科技城项目。丁集团与戊区人民政府共同建设己产业园项目。"
    names = {"甲控股集团有限公司": "Company", "乙发展集团": "Company", "丙科技城项目": "Project", "丁集团": "Company",
             "戊区人民政府": "Agency", "己产业园项目": "Project"}
    ms = sorted((mention(text, n, t) for n, t in names.items()), key=lambda m: m.start)
    assert preds(run(nlp, text, ms), "develops") == {
        ("甲控股集团有限公司", "丙科技城项目"), ("乙发展集团", "丙科技城项目"), ("丁集团", "己产业园项目")}


def test_relations_develops_investing_owner_and_the_next_clause_by_you(nlp):
    text = ("甲集团投资5亿元建设乙智能工厂项目。丙湿地公园项目总投资10亿元，由丁城投集团有限公司建设。"
            "戊公园项目由己集团与庚集团联合开发。辛广场项目开工仪式举行，由壬集团主持。")
    names = {"甲集团": "Company", "乙智能工厂项目": "Project", "丙湿地公园项目": "Project", "丁城投集团有限公司": "Company",
             "戊公园项目": "Project", "己集团": "Company", "庚集团": "Company", "辛广场项目": "Project", "壬集团": "Company"}
    ms = sorted((mention(text, n, t) for n, t in names.items()), key=lambda m: m.start)
    rels = run(nlp, text, ms)
    # a host of a ceremony (主持) builds nothing
    assert preds(rels, "develops") == {("甲集团", "乙智能工厂项目"), ("丁城投集团有限公司", "丙湿地公园项目"),
                                       ("己集团", "戊公园项目"), ("庚集团", "戊公园项目")}
    assert {(s, o, q["amount"]) for s, p, o, q in rels if p == "funds"} == {("甲集团", "乙智能工厂项目", "500000000")}


@pytest.mark.parametrize("text,names,expected", [
    # the firm builds, the government that signs with it hosts the work
    ("甲集团与乙区人民政府签约丙智能工厂项目。丁区人民政府与戊集团签订己产业园项目合作协议。",
     {"甲集团": "Company", "乙区人民政府": "Agency", "丙智能工厂项目": "Project", "丁区人民政府": "Agency",
      "戊集团": "Company", "己产业园项目": "Project"},
     {("甲集团", "丙智能工厂项目"), ("戊集团", "己产业园项目")}),
    # a place signs as its government; 签约建设P: the building verb after the signing one; two places build nothing
    ("甲农业发展有限公司与乙街道签约建设丙田园综合体项目。丁街道与戊镇签约建设己项目。",
     {"甲农业发展有限公司": "Company", "乙街道": "Place", "丙田园综合体项目": "Project", "丁街道": "Place",
      "戊镇": "Place", "己项目": "Project"},
     {("甲农业发展有限公司", "丙田园综合体项目")}),
])
def test_relations_develops_signing_a_firm_with_a_government_or_a_place(nlp, text, names, expected):
    ms = sorted((mention(text, n, t) for n, t in names.items()), key=lambda m: m.start)
    assert {(s, o, q.get("modality")) for s, p, o, q in run(nlp, text, ms) if p == "develops"} == {
        (s, o, "planned") for s, o in expected}


def test_relations_develops_signing_names_the_work_signed_for_right_after_the_verb(nlp):
    # the recogniser named no work (common words only): the words up to the clause's end name it when
    # they end as a work does; a list, or words ending in no work word, name none
    text = ("甲机械有限公司与乙管委会签约建设高端装备制造基地项目，计划总投资35亿元。"
            "丙集团与丁区人民政府签约建设冷链物流和仓储项目。戊集团与己区人民政府签约开展合作。")
    names = {"甲机械有限公司": "Company", "乙管委会": "Agency", "丙集团": "Company", "丁区人民政府": "Agency",
             "戊集团": "Company", "己区人民政府": "Agency"}
    ms = sorted((mention(text, n, t) for n, t in names.items()), key=lambda m: m.start)
    assert {(s, o, q.get("modality")) for s, p, o, q in run(nlp, text, ms) if p == "develops"} == {
        ("甲机械有限公司", "高端装备制造基地项目", "planned")}


def test_relations_a_signed_works_investment_before_it_and_a_site_chosen_in_a_clause(nlp_full):
    # 签约3.5亿元P: the amount is no word of the work's name; 甲公司投资1.6亿元，同样选址乙工业园，建设P: the firm
    # pays for and builds P, and the site chosen is P's, not the firm's
    signed = nlp_full("钢城区与宏耀集团签约3.5亿元颜庄文旅综合体项目。")
    sited = nlp_full("天铭供应链管理有限公司投资1.6亿元，同样选址翠岭工业园，建设岚集冷链物流中心。")
    assert (triples(signed, "develops"), triples(sited, "develops", "locatedIn"), funded(sited)) == (
        {("宏耀集团", "develops", "颜庄文旅综合体项目")},
        {("天铭供应链管理有限公司", "develops", "岚集冷链物流中心"), ("岚集冷链物流中心", "locatedIn", "翠岭工业园")},
        {("天铭供应链管理有限公司", "岚集冷链物流中心", "160000000")})


def test_relations_a_subsidiary_named_after_its_group_a_site_chosen_for_the_project_and_the_firm_again(nlp_full):
    # 由集团另一家子公司Y负责运营: Y develops P; 项目选址X: P is in X (a park's part); 公司还与…共建Q: the firm named
    # before builds Q
    doc = nlp_full("宏耀控股集团有限公司计划投资3.5亿元建设宏耀再制造产业园，由集团另一家子公司岚集再制造科技有限公司负责运营，"
                   "项目选址翠岭工业园东区。")
    again = nlp_full("天铭智能装备有限公司位于钢城区。公司还与澄波理工学院共建翠岭焊接技术研发中心。")
    assert (triples(doc, "develops", "locatedIn"), triples(again, "develops")) == ({
        ("宏耀控股集团有限公司", "develops", "宏耀再制造产业园"), ("岚集再制造科技有限公司", "develops", "宏耀再制造产业园"),
        ("宏耀再制造产业园", "locatedIn", "翠岭工业园东区"), ("翠岭工业园东区", "locatedIn", "翠岭工业园")},
        {("天铭智能装备有限公司", "develops", "翠岭焊接技术研发中心")})


def test_relations_a_list_titled_with_two_honours_and_a_name_no_source_found_in_it(nlp_full):
    # the list's title names both honours in full (和 inside the first's name too); its sections write them short; a
    # line of the list opens with a name no source found (a Tibetan name: no family name), then the post
    doc = nlp_full("附件\n\n2023年度全市招商引资和项目建设先进集体和先进个人名单\n\n一、先进集体（2个）\n\n市发展和改革委员会\n"
                   "市工业和信息化局\n\n二、先进个人（3名）\n\n王晓梅　市发展和改革委员会副主任\n才让多吉　艾山镇党委副书记、镇长\n"
                   "李建华　市工业和信息化局局长")
    group, person = "2023年度全市招商引资和项目建设先进集体", "2023年度全市招商引资和项目建设先进个人"
    assert triples(doc, "awarded", "leads", "memberOf") == {
        ("市发展和改革委员会", "awarded", group), ("市工业和信息化局", "awarded", group),
        ("王晓梅", "awarded", person), ("才让多吉", "awarded", person), ("李建华", "awarded", person),
        ("王晓梅", "memberOf", "市发展和改革委员会"), ("才让多吉", "memberOf", "艾山镇党委"),
        ("才让多吉", "leads", "艾山镇人民政府"), ("李建华", "leads", "市工业和信息化局")}


def test_relations_a_list_of_people_each_line_s_name_runs_to_the_space(nlp_full):
    # a line's name runs to the space though the tagger cut it before a character that is also a conjunction (周晓和);
    # a name no source found leans on the line before it, itself found by its neighbour (李建华 after 赵晓东)
    doc = nlp_full("二、先进个人（4名）\n王晓梅　艾山街道党工委副书记、办事处主任\n周晓和　钢城区城市建设服务中心主任\n"
                   "赵晓东　钢城区宏耀矿泉水有限公司总经理\n李建华　钢城区天铭酒店管理有限公司董事长")
    assert triples(doc, "leads") == {
        ("王晓梅", "leads", "艾山街道办事处"), ("周晓和", "leads", "钢城区城市建设服务中心"),
        ("赵晓东", "leads", "钢城区宏耀矿泉水有限公司"), ("李建华", "leads", "钢城区天铭酒店管理有限公司")}


def test_relations_a_list_of_firms_item_no_rule_named_and_a_note_before_a_post(nlp_full):
    # a numbered item under an honour of firms (Y企业) that names nothing found is a firm, and the list goes on past
    # it; a short note in brackets between a name and its post (（女）) keeps the line a list's; 执行董事 heads a firm
    doc = nlp_full("一、2023年度钢城区优秀民营企业（3家）\n\n1.钢城区宏耀矿泉水有限公司\n2.钢城区岚集腊味厂\n3.钢城区天铭酒店管理有限公司\n\n"
                   "二、2023年度钢城区优秀民营企业家（2名）\n\n周明　钢城区宏耀矿泉水有限公司董事长\n"
                   "王晓梅（女）　钢城区天铭酒店管理有限公司执行董事")
    firms, people = "2023年度钢城区优秀民营企业", "2023年度钢城区优秀民营企业家"
    assert triples(doc, "awarded", "leads") == {
        ("钢城区宏耀矿泉水有限公司", "awarded", firms), ("钢城区岚集腊味厂", "awarded", firms),
        ("钢城区天铭酒店管理有限公司", "awarded", firms), ("周明", "awarded", people), ("王晓梅", "awarded", people),
        ("周明", "leads", "钢城区宏耀矿泉水有限公司"), ("王晓梅", "leads", "钢城区天铭酒店管理有限公司")}


def test_relations_a_list_s_numbered_lines_of_people_with_where_they_work_after_the_post(nlp_full):
    # 1．王晓梅　甲公司董事长（钢城区）: the list's number before the name and the district in brackets after the post
    # keep the line a list's: the person holds the post; the district is a place, no reporter credited
    doc = nlp_full("一、拟表彰人选名单\n\n1．王晓梅　钢城区宏耀矿泉水有限公司董事长（钢城区）\n"
                   "2．周明（女）　钢城区天铭酒店管理有限公司总经理（莱芜区）\n")
    assert (triples(doc, "leads"), {(m.text, m.type) for m in doc._.kg_mentions if m.text in ("钢城区", "莱芜区")}) == (
        {("王晓梅", "leads", "钢城区宏耀矿泉水有限公司"), ("周明", "leads", "钢城区天铭酒店管理有限公司")},
        {("钢城区", "Place"), ("莱芜区", "Place")})


def test_relations_a_notice_s_contacts_work_in_the_bureaus_sections_written_before_them(nlp_full):
    # 联系人：甲局乙处 王某，电话：…；丙局丁处 李某: each contact works in the section written before the name (a
    # section named after its bureau without a post after it); a party committee's department's section is part of
    # the department; the words of no section (依法 | 处置) make none
    doc = nlp_full("联系人：钢城区财政局预算科 王晓梅，电话：0634-6123456；钢城区科技局资源配置与管理科 周明，电话：0634-6123457。\n"
                   "通信地址：中共钢城区委组织部干部教育科。\n钢城区住建局依法处置违法建设。")
    assert triples(doc, "memberOf", "partOf") == {
        ("王晓梅", "memberOf", "钢城区财政局预算科"), ("周明", "memberOf", "钢城区科技局资源配置与管理科"),
        ("钢城区财政局预算科", "partOf", "钢城区财政局"), ("钢城区科技局资源配置与管理科", "partOf", "钢城区科学技术局"),
        ("中共钢城区委组织部干部教育科", "partOf", "中共钢城区委组织部"), ("中共钢城区委组织部", "partOf", "中共钢城区委")}


def test_relations_a_given_name_jieba_reads_short_before_a_word_that_ends_names(nlp_full):
    # 罗文 | 彬 | 汇报: jieba knows the surname and the first character of the given name as a name, and tags 汇报 as
    # no verb; a word of boundaries.txt after the character left alone ends the given name there
    doc = nlp_full("区住建局局长罗文彬汇报了工程推进情况。")
    assert triples(doc, "leads") == {("罗文彬", "leads", "区住房和城乡建设局")}
    doc = nlp_full("区委副书记、区长李子航列席会议。")  # (李子 | 航 | 列席会议)
    assert triples(doc, "leads") == {("李子航", "leads", "区人民政府")}


def test_relations_a_bureau_s_section_before_a_post_ending_in_a_word_that_ends_names(nlp_full):
    # 甲局纳税服务股 | 股长, 甲局注册登记股 | 副股长, …股 | 一级主办: the section's words may end in one that ends names on
    # its left (服务); named after its bureau as where no post follows; 股长 heads it, the others are its members
    doc = nlp_full("王晓梅  钢城区税务局纳税服务股股长\n周明  钢城区市场监督管理局注册登记股副股长\n李建华  钢城区税务局征收管理股一级主办\n")
    assert triples(doc, "leads", "memberOf") == {
        ("王晓梅", "leads", "钢城区税务局纳税服务股"), ("周明", "memberOf", "钢城区市场监督管理局注册登记股"),
        ("李建华", "memberOf", "钢城区税务局征收管理股"),  # (and each is a member of the bureau: member_of_the_bureau)
        ("王晓梅", "memberOf", "钢城区税务局"), ("周明", "memberOf", "钢城区市场监督管理局"), ("李建华", "memberOf", "钢城区税务局")}


def test_relations_a_firms_short_name_before_a_projects_post(nlp_full):
    # 甲城投项目负责人: the firm's declared short name and the post 项目负责人 (a member's), no work named 甲城投项目
    doc = nlp_full("由钢城区城市建设投资集团有限公司（以下简称“钢城城投”）代建。“我们将全力推进。”钢城城投项目负责人周明说。")
    assert (triples(doc, "memberOf", "leads"), {m.name for m in doc._.kg_mentions if m.type == "Project"}) == (
        {("周明", "memberOf", "钢城区城市建设投资集团有限公司")}, set())


def test_relations_an_honour_conferred_when_written_between_its_receiver_and_bei(nlp_full):
    # X今年10月被B命名为“Y”: when, between X and 被, leaves X the receiver
    doc = nlp_full("据悉，上岚村今年10月被农业农村部命名为“2024年全国翠岭示范村”，城市社区将全覆盖。")
    assert (triples(doc, "awarded"), {m.name for m in doc._.kg_mentions if m.type == "Place"}) == (
        {("上岚村", "awarded", "2024年全国翠岭示范村")}, {"上岚村"})


def test_relations_a_new_campus_named_again_by_its_kind_word(nlp_full):
    # 新校区 opening the next sentence (选址…, 由…代建) is the campus named before, 项目 after its name or not
    doc = nlp_full("察看钢城区翠岭中学新校区建设工地。新校区规划用地180亩，由钢城区城市建设投资有限公司代建、宏耀建设集团有限公司施工。"
                   "钢城区岚集小学新校区项目已完成招标。新校区选址颜庄镇，由区教育局负责建设。")
    assert triples(doc, "develops", "locatedIn") == {
        ("钢城区城市建设投资有限公司", "develops", "钢城区翠岭中学新校区"), ("宏耀建设集团有限公司", "develops", "钢城区翠岭中学新校区"),
        ("区教育局", "develops", "钢城区岚集小学新校区项目"), ("钢城区岚集小学新校区项目", "locatedIn", "颜庄镇"),
        ("钢城区翠岭中学新校区", "locatedIn", "钢城区"), ("钢城区岚集小学新校区项目", "locatedIn", "钢城区"),
        ("颜庄镇", "locatedIn", "钢城区")}


def test_relations_develops_signing_an_agreement_then_building_in_the_next_clause(nlp):
    # 签订投资协议，将建设P: the firm builds P (planned); the agreement's 投资 is nobody's funding
    text = "甲集团与乙管委会签订投资协议，将建设年产5万吨丙项目。丁公司与戊区人民政府签订合作协议，双方将加强交流。"
    names = {"甲集团": "Company", "乙管委会": "Agency", "年产5万吨丙项目": "Project", "丁公司": "Company",
             "戊区人民政府": "Agency"}
    ms = sorted((mention(text, n, t) for n, t in names.items()), key=lambda m: m.start)
    rels = run(nlp, text, ms)
    assert {(s, p, o, q.get("modality")) for s, p, o, q in rels} == {("甲集团", "develops", "年产5万吨丙项目", "planned")}


def test_relations_develops_signing_parties_develop_the_projects_as_planned(nlp):
    text = "甲集团有限公司与乙建工集团签订有关丙地铁2号线东延段和丁铁路F3线合作协议。戊公司和己公司就庚项目签约。辛公司与壬公司签订战略合作协议。"
    ms = [mention(text, "甲集团有限公司", "Company"), mention(text, "乙建工集团", "Company"),
          mention(text, "丙地铁2号线东延段", "Project"), mention(text, "丁铁路F3线", "Project"),
          mention(text, "戊公司", "Company"), mention(text, "己公司", "Company"), mention(text, "庚项目", "Project"),
          mention(text, "辛公司", "Company"), mention(text, "壬公司", "Company")]
    rels = [(s, o, q.get("modality")) for s, p, o, q in run(nlp, text, ms) if p == "develops"]
    assert sorted(rels) == sorted([
        ("甲集团有限公司", "丙地铁2号线东延段", "planned"), ("乙建工集团", "丙地铁2号线东延段", "planned"),
        ("甲集团有限公司", "丁铁路F3线", "planned"), ("乙建工集团", "丁铁路F3线", "planned"),
        ("戊公司", "庚项目", "planned"), ("己公司", "庚项目", "planned")])


def test_relations_a_projects_own_investment_is_not_the_last_subjects_funding(nlp):
    text = "甲局召开会议。投资60亿元的乙小镇项目签约。"
    ms = [mention(text, "甲局", "Agency"), mention(text, "乙小镇项目", "Project")]
    rels, inv = run_all(nlp, text, ms)
    assert [r for r in rels if r[1] == "funds"] == []
    assert [name for name, _ in inv] == ["乙小镇项目"]


def test_relations_unit_named_after_its_body_is_part_of_it(nlp):
    text = "甲区住建局城建科、乙区管委会建设管理部和丙市委统战部参加，丁区人民政府新闻办公室、戊街道办事处、己市拆违办公室出席。"
    ms = [mention(text, "甲区住建局城建科", "Agency"), mention(text, "乙区管委会建设管理部", "Agency"),
          mention(text, "丙市委统战部", "Agency"), mention(text, "丁区人民政府新闻办公室", "Agency"),
          mention(text, "戊街道办事处", "Agency"), mention(text, "己市拆违办公室", "Agency")]
    doc = nlp.make_doc(text)
    doc._.kg_mentions = ms
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    found = doc._.kg_mentions
    rels = [(found[r.subject].name, found[r.object].name, r.basis) for r in doc._.kg_relations if r.predicate == "partOf"]
    # the body named in front becomes a mention of its own, its abbreviation written out
    # a name is never cut inside its own last word (办|事处, 办|公室)
    assert sorted(rels) == sorted([("甲区住建局城建科", "甲区住房和城乡建设局", "inferred"),
                                   ("乙区管委会建设管理部", "乙区管委会", "inferred"), ("丙市委统战部", "丙市委", "inferred"),
                                   ("丁区人民政府新闻办公室", "丁区人民政府", "inferred")])


def test_relations_a_short_place_name_or_a_quoted_slogan_is_no_passage_place(nlp):
    text = "城阳区召开会议。青岛甲园、乙中心项目开工，“一带一路”建设加快。"
    ms = [mention(text, "城阳区", "Place"), mention(text, "青岛", "Place"), mention(text, "乙中心项目", "Project"),
          mention(text, "一带一路", "Place")]
    rels = run_in_article(nlp, text, ms, masthead="今日城阳")
    # 青岛 opens 青岛甲园, a name: the passage is still about 城阳区
    assert located(rels) == {("乙中心项目", "城阳区")}


def test_relations_a_project_named_only_as_what_money_goes_into(nlp):
    text = "甲科技集团有限公司联合投资30亿元的乙丙绿色建材产业园项目签约，总投资5亿元的3个项目开工。"
    ms = [mention(text, "甲科技集团有限公司", "Company")]
    rels, inv = run_all(nlp, text, ms)
    assert {(s, p, o) for s, p, o, _ in rels if p in ("funds", "develops")} == {
        ("甲科技集团有限公司", "funds", "乙丙绿色建材产业园项目"), ("甲科技集团有限公司", "develops", "乙丙绿色建材产业园项目")}
    assert inv == []  # 3个项目: a count, no name


def test_relations_develops_signing_names_the_projects_of_the_agreement(nlp):
    text = "甲集团有限公司与乙建工集团签订有关丙市地铁3号线北延段和南延段、丁城际铁路S2线合作协议。戊公司和己公司签订战略合作协议。"
    ms = [mention(text, "甲集团有限公司", "Company"), mention(text, "乙建工集团", "Company"),
          mention(text, "戊公司", "Company"), mention(text, "己公司", "Company")]
    rels = run(nlp, text, ms)
    # 南延段 is 丙市地铁3号线's; 战略合作 is no project
    assert preds(rels, "develops") == {(c, p) for c in ("甲集团有限公司", "乙建工集团")
                                       for p in ("丙市地铁3号线北延段", "丙市地铁3号线南延段", "丁城际铁路S2线")}


def test_relations_develops_on_the_names_the_recogniser_gives(nlp_full):
    """End to end: builders of a work named by its places, parties to an agreement on sections and coded lines."""
    text = ("西安市雁塔区丈八沟街道木塔寨村、南窑头村等城中村改造项目是由陕西建工集团有限公司旗下的"
            "陕西建工第五建设集团有限公司代建，中铁二十局集团有限公司承建的安置住房项目。"
            "中铁四局集团有限公司与浙江交工集团股份有限公司签订有关杭州地铁5号线南延段和西调段、杭绍甬城际铁路S2线合作协议。")
    doc = nlp_full(text)
    ms = doc._.kg_mentions
    rels = {(ms[r.subject].name, ms[r.object].name, dict(r.qualifiers).get("modality"))
            for r in doc._.kg_relations if r.predicate == "develops"}
    work = "丈八沟街道木塔寨村、南窑头村等城中村改造项目"
    assert rels == {("陕西建工第五建设集团有限公司", work, None), ("中铁二十局集团有限公司", work, None)} | {
        (c, p, "planned") for c in ("中铁四局集团有限公司", "浙江交工集团股份有限公司")
        for p in ("杭州地铁5号线南延段", "杭州地铁5号线西调段", "杭绍甬城际铁路S2线")}


def test_relations_develops_a_work_named_after_the_firm_the_tagger_names(nlp_full):
    """雪花 is a common word to jieba, so only the trained tagger names 雪花集团; its works' name opens with it."""
    doc = nlp_full("分会场所在的雪花集团智能酿造融合项目，投资51亿元，建成后将成为雪花集团最大的生产基地。")
    ms = doc._.kg_mentions
    assert {(m.text, m.type) for m in ms} == {("雪花集团智能酿造融合项目", "Project"), ("雪花集团", "Company")}
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations} == {
        ("雪花集团", "develops", "雪花集团智能酿造融合项目")}


def test_relations_an_honour_in_quotes_the_recogniser_read_as_a_work_is_the_honour(nlp):
    # 认定为“…产业园”: the suffix rule's work at the honour's words becomes the Award; the body that
    # confers it organizes it, the place before 被 receives it, and no work is left
    import dataclasses

    text = "甲市被乙部认定为“国家丙产业园”。"
    ms = [mention(text, "甲市", "Place"), mention(text, "乙部", "Agency"),
          dataclasses.replace(mention(text, "国家丙产业园", "Project"), rule="suffix")]
    doc = nlp.make_doc(text)
    doc._.kg_mentions = ms
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert {(m.name, m.type) for m in doc._.kg_mentions} == {("甲市", "Place"), ("乙部", "Agency"), ("国家丙产业园", "Award")}
    rels = [(doc._.kg_mentions[r.subject].name, r.predicate, doc._.kg_mentions[r.object].name) for r in doc._.kg_relations]
    assert set(rels) == {("甲市", "awarded", "国家丙产业园"), ("乙部", "organizes", "国家丙产业园")}


def test_relations_located_copula_a_body_doing_something_to_a_noun_is_no_subject(nlp):
    # 甲公司与乙大学合作共建的育苗中心，…位于丙: the centre (no name) is there, not the university
    text = "甲集团与乙大学合作共建的智能育苗中心，总投资3亿元，位于丙街道。甲集团位于丁街道。"
    ms = [mention(text, "甲集团", "Company"), mention(text, "乙大学", "Organization"), mention(text, "丙街道", "Place"),
          mention(text, "甲集团", "Company", nth=1), mention(text, "丁街道", "Place")]
    assert located(run(nlp, text, ms)) == {("甲集团", "丁街道")}


def test_relations_part_of_name_a_county_committees_department(nlp_full):
    # 县委组织部, 县委办公室: units of the county's party committee, written after its scope word (two characters)
    # (and 县人大常委会办公室: the office of the people's congress's standing committee, not of a committee 县人大常委)
    doc = nlp_full("可向县委组织部反映。县委常委、县委办公室主任王晓梅参加。抄送：县人大常委会办公室。")
    assert triples(doc, "partOf") == {("县委组织部", "partOf", "县委"), ("县委办公室", "partOf", "县委"),
                                      ("县人大常委会办公室", "partOf", "县人民代表大会常务委员会")}


def test_relations_part_of_name_a_ministry_s_department(nlp):
    # 财政部 | 经济建设司: a ministry of ministries.txt fronts its department's name (部 is no suffix of its own)
    text = "财政部经济建设司司长李忠表示。"
    ms = [mention(text, "财政部经济建设司", "Agency"), mention(text, "李忠", "Official", role="财政部经济建设司司长")]
    assert {(s, p, o) for s, p, o, _ in run(nlp, text, ms)} == {
        ("财政部经济建设司", "partOf", "财政部"), ("李忠", "leads", "财政部经济建设司")}


@pytest.mark.parametrize("text,expected", [
    # an institution named after its town or village is there; one named after its district says whose it is
    ("留格庄镇卫生院和发城镇卫生院整体纳入医院管理。",
     {("留格庄镇卫生院", "locatedIn", "留格庄镇"), ("发城镇卫生院", "locatedIn", "发城镇")}),
    ("钢城区人民医院揭牌。", set()),
])
def test_relations_an_institution_named_after_its_town_is_there(nlp_full, text, expected):
    assert triples(nlp_full(text), "locatedIn") == expected


@pytest.mark.parametrize("text,unit,court", [
    # a court's enforcement bureau and its people's tribunals, a hospital's branch: named with the body they are of
    ("武城县人民法院执行局联合县公安局开展集中执行行动。", "武城县人民法院执行局", "武城县人民法院"),
    ("武城县人民法院甲马营人民法庭将庭审搬到村里。", "武城县人民法院甲马营人民法庭", "武城县人民法院"),
    ("钢城区中医医院艾山分院同时揭牌。", "钢城区中医医院艾山分院", "钢城区中医医院"),
])
def test_relations_a_courts_units_and_a_hospitals_branch_are_read_whole_and_part_of_it(nlp_full, text, unit, court):
    assert triples(nlp_full(text), "partOf") == {(unit, "partOf", court)}


def test_relations_develops_by_two_verbs_then_the_next_builder(nlp):
    # 由甲局负责实施，乙公司承建: 负责实施 is one gap of two verbs; the next clause's builder builds too
    text = "丙工程由甲局负责实施，乙建设集团有限公司承建，总投资3亿元。"
    ms = [mention(text, "丙工程", "Project"), mention(text, "甲局", "Agency"), mention(text, "乙建设集团有限公司", "Company")]
    assert preds(run(nlp, text, ms), "develops") == {("甲局", "丙工程"), ("乙建设集团有限公司", "丙工程")}


def test_relations_located_copula_no_builder_joined_to_the_one_by_introduces(nlp):
    text = "丙项目由甲集团与乙能源有限公司共同投资建设，总投资30亿元，位于丁镇。"
    ms = [mention(text, "丙项目", "Project"), mention(text, "甲集团", "Company"), mention(text, "乙能源有限公司", "Company"),
          mention(text, "丁镇", "Place")]
    assert located(run(nlp, text, ms)) == {("丙项目", "丁镇")}


def test_relations_awarded_list_title_each_body_that_made_the_announced_list(nlp):
    # 甲部公布Y名单，乙公司、丙公司2家企业成功入选: each receives Y; 甲部 organises it
    text = "近日，甲部公布第七批专精特新“小巨人”企业名单，丁区乙科技有限公司、丙股份有限公司2家企业成功入选。"
    ms = [mention(text, "甲部", "Agency"), mention(text, "丁区", "Place"), mention(text, "乙科技有限公司", "Company"),
          mention(text, "丙股份有限公司", "Company")]
    got = {(s, p, o) for s, p, o, _ in run(nlp, text, ms)}
    honour = "第七批专精特新“小巨人”企业"
    assert got == {("乙科技有限公司", "awarded", honour), ("丙股份有限公司", "awarded", honour),
                   ("甲部", "organizes", honour)}
    # a place may make the list (a park, a village)
    text = "甲部公布第五批国家级文化产业示范园区名单，乙影视文化产业区成功入选。"
    ms = [mention(text, "甲部", "Agency"), mention(text, "乙影视文化产业区", "Place")]
    assert {(s, p, o) for s, p, o, _ in run(nlp, text, ms)} == {
        ("乙影视文化产业区", "awarded", "第五批国家级文化产业示范园区"), ("甲部", "organizes", "第五批国家级文化产业示范园区")}
    # a list announced and no body said to have made it: nothing
    text = "甲部公布名单，乙科技有限公司负责实施。"
    assert run(nlp, text, [mention(text, "甲部", "Agency"), mention(text, "乙科技有限公司", "Company")]) == []


def test_relations_funds_money_then_support_for_a_work(nlp):
    # 甲局拨付资金5000万元，支持乙工程建设: the money's purpose after 支持
    text = "甲局拨付专项资金5000万元，支持乙港区铁路改造工程建设。甲局积极支持企业发展。"
    ms = [mention(text, "甲局", "Agency"), mention(text, "乙港区铁路改造工程", "Project"), mention(text, "甲局", "Agency", nth=1)]
    assert preds(run(nlp, text, ms), "funds") == {("甲局", "乙港区铁路改造工程")}


def test_relations_award_after_a_headline_colon_goes_to_the_place_after_it(nlp):
    # 甲区：乙产业区获评Y — the colon ends the headline's topic; 乙 receives Y
    text = "甲区：乙影视产业区获评国家级文化产业示范园区"
    ms = [mention(text, "甲区", "Place"), mention(text, "乙影视产业区", "Place"), mention(text, "国家级文化产业示范园区", "Award")]
    assert preds(run(nlp, text, ms), "awarded") == {("乙影视产业区", "国家级文化产业示范园区")}


def test_relations_awarded_list_title_after_zai_and_de_the_list_in_which_bodies_entered(nlp):
    # 在甲厅公布的Y名单中，乙、丙N家企业上榜: the list named inside 在…中, the bodies in the next clause
    text = "在甲厅公布的2025年度省级专精特新中小企业名单中，乙科技有限公司、丙食品有限公司2家企业上榜。"
    ms = [mention(text, "甲厅", "Agency"), mention(text, "乙科技有限公司", "Company"), mention(text, "丙食品有限公司", "Company")]
    rels = run(nlp, text, ms)
    honour = "2025年度省级专精特新中小企业"
    assert (preds(rels, "awarded"), preds(rels, "organizes")) == (
        {("乙科技有限公司", honour), ("丙食品有限公司", honour)}, {("甲厅", honour)})


def test_relations_awarded_list_entrants_listed_after_the_announcing_sentence(nlp_full):
    # 甲厅公布Y名单，乙县8家企业榜上有名。…本次入选的企业分别是：1.… 2.…: each item enters Y (not the county, whose
    # firms entered); 甲厅 organises it
    doc = nlp_full("近日，省工业和信息化厅公布2025年度省级专精特新中小企业名单，钢城区8家企业榜上有名。截至目前，全区累计达到63家。\n"
                   "本次入选的企业分别是：\n1.甲乙铝材科技有限公司\n2.丙丁磁电科技有限公司")
    honour = "2025年度省级专精特新中小企业"
    assert (edges(doc, "awarded"), edges(doc, "organizes")) == (
        {("甲乙铝材科技有限公司", honour), ("丙丁磁电科技有限公司", honour)}, {("省工业和信息化厅", honour)})


def test_relations_funds_allocated_by_bodies_that_hand_money_down_to_works_listed_later(nlp_full):
    # 甲厅、乙厅联合下达…资金，支持…: money allocated to no work the sentence names; the works of the list a later
    # paragraph announces (重点项目资金分配如下：) are the bodies'; a section of one (预算处) speaking between
    # allocates nothing of its own, and a list of other things (重点工作如下：) is none of the money's
    doc = nlp_full("近日，省财政厅、省水利厅联合下达2026年省级水利建设资金2.5亿元，支持全省河道治理。\n\n"
                   "省财政厅预算处处长王晓梅介绍，其中，安排河道治理资金1亿元。\n\n"
                   "重点项目资金分配如下：\n\n"
                   "1.澄波河综合治理工程，安排2800万元。工程由钢城区水利局组织实施。\n\n"
                   "2.翠岭水库除险加固工程，安排1500万元。\n\n"
                   "下一步重点工作如下：\n\n1.推进岚集河综合治理工程。\n")
    assert funded(doc) == {(body, work, amount) for body in ("省财政厅", "省水利厅")
                           for work, amount in (("澄波河综合治理工程", "28000000"), ("翠岭水库除险加固工程", "15000000"))}


def test_relations_awarded_list_items_with_their_works_and_places_in_columns(nlp_full):
    # a published list of honours, its sections headed by each (一、Y（2家）): an item names the firm, then its works and
    # its district in columns: the firm receives the section's honour; a count before the verb (3家工厂被认定为) names no
    # one, so the body publishing the list receives nothing
    doc = nlp_full("近日，区工业和信息化局公布2025年度钢城区“智能工厂”和“数字化车间”名单，3家工厂被认定为“智能工厂”。\n\n"
                   "一、智能工厂（2家）\n1. 宏耀精密机械股份有限公司　宏耀主轴智能工厂（钢城区）\n"
                   "2. 天铭汽车电子有限公司　天铭控制器智能工厂（钢城区）\n\n"
                   "二、数字化车间（1个）\n1. 澄波食品有限公司　澄波调理食品数字化车间（钢城区）\n")
    factory, workshop = "2025年度钢城区智能工厂", "2025年度钢城区数字化车间"
    assert edges(doc, "awarded") == {("宏耀精密机械股份有限公司", factory), ("天铭汽车电子有限公司", factory),
                                     ("澄波食品有限公司", workshop)}


def test_relations_awarded_list_under_section_headings_with_no_list_word_nor_numbers(nlp_full):
    # a heading on a line of its own (一、Y（3家）) opens its list; names joined by 、, or one per line with a post in
    # brackets, are its items (the next heading may share their line); the first sentence that is more than names
    # ends the list
    doc = nlp_full("钢城区召开大会，对3家企业和2名企业家予以表彰。\n一、2023年度钢城区优秀民营企业（3家）\n"
                   "甲乙装备股份有限公司、丙丁枣业有限公司、戊己物流有限公司\n二、2023年度钢城区优秀企业家（2名）\n"
                   "吴发展（甲乙装备股份有限公司董事长）\n郑晓梅（丙丁枣业有限公司副总经理）\n"
                   "会上，甲乙装备股份有限公司作了典型发言。")
    firms, people = "2023年度钢城区优秀民营企业", "2023年度钢城区优秀企业家"
    assert edges(doc, "awarded") == {("甲乙装备股份有限公司", firms), ("丙丁枣业有限公司", firms), ("戊己物流有限公司", firms),
                                     ("吴发展", people), ("郑晓梅", people)}
    assert (edges(doc, "leads"), edges(doc, "memberOf")) == (
        {("吴发展", "甲乙装备股份有限公司")}, {("郑晓梅", "丙丁枣业有限公司")})


def test_relations_awarded_list_entrants_written_out_in_the_sentence_that_opens_them(nlp_full):
    # 此次上榜的3家企业分别是：甲镇的乙公司、…，以及…: no numbers, each firm after the places it is in and 的;
    # the next sentence naming a firm again is no entrant
    doc = nlp_full("近日，工业和信息化部公布第七批专精特新“小巨人”企业名单，钢城区3家企业上榜。\n"
                   "此次上榜的3家企业分别是：艾山街道的甲乙鞋材科技股份有限公司、里辛街道的丙丁新材料有限公司，"
                   "以及钢城经济开发区的戊己光电科技有限公司。记者了解到，庚辛机械有限公司发展很快。")
    honour = "第七批专精特新“小巨人”企业"
    assert edges(doc, "awarded") == {(f, honour) for f in ("甲乙鞋材科技股份有限公司", "丙丁新材料有限公司",
                                                           "戊己光电科技有限公司")}


def test_relations_awarded_list_title_of_two_honours_each_clause_its_own(nlp):
    text = "甲部公布第三批全国乙示范城市和示范企业名单，丙市、丁市等10个城市入选示范城市，戊有限公司等100家企业入选示范企业。"
    ms = [mention(text, "甲部", "Agency"), mention(text, "丙市", "Place"), mention(text, "丁市", "Place"),
          mention(text, "戊有限公司", "Company")]
    got = {(s, p, o) for s, p, o, _ in run(nlp, text, ms)}
    cities, firms = "第三批全国乙示范城市", "第三批全国乙示范企业"
    assert got == {("丙市", "awarded", cities), ("丁市", "awarded", cities), ("戊有限公司", "awarded", firms),
                   ("甲部", "organizes", cities), ("甲部", "organizes", firms)}


def test_relations_post_given_after_the_name_with_wei(nlp):
    # 任命张明为市财政局局长: the post is written after the appointee's name and 为
    text = "市政府任命张明为市财政局局长，聘任李强为甲集团副总经理。"
    ms = [mention(text, "市政府", "Agency"), mention(text, "张明", "Official", role="市财政局局长"),
          mention(text, "市财政局", "Agency"), mention(text, "李强", "Official", role="甲集团副总经理"),
          mention(text, "甲集团", "Company")]
    assert posts(run(nlp, text, ms)) == {("张明", "leads", "市财政局", "局长"), ("李强", "memberOf", "甲集团", "副总经理")}


def test_relations_funds_received_and_a_purpose_listing_the_work(nlp):
    # P获得甲银行贷款50亿元: the lender funds P; 用于甲和P: P is one of what the money is for
    text = "丙地铁6号线二期工程获得甲开发银行贷款50亿元。乙局争取中央预算内资金1.2亿元，用于老旧小区改造和丁古城改造项目。"
    ms = [mention(text, "丙地铁6号线二期工程", "Project"), mention(text, "甲开发银行", "Company"),
          mention(text, "乙局", "Agency"), mention(text, "丁古城改造项目", "Project")]
    rels = run(nlp, text, ms)
    assert preds(rels, "funds") == {("甲开发银行", "丙地铁6号线二期工程"), ("乙局", "丁古城改造项目")}
    assert next(q for s, p, o, q in rels if s == "甲开发银行")["amount_text"] == "50亿元"


def test_relations_own_investment_before_a_work_whose_brand_the_name_leaves_out(nlp):
    # 投资50亿元的京东方 | 甲产业园项目: the work's own money, not the paragraph's subject's
    text = "区委书记张三致辞。签约项目中，投资50亿元的京东方甲智能终端产业园项目备受关注。"
    ms = [mention(text, "区委", "Agency"), mention(text, "张三", "Official", role="区委书记"),
          mention(text, "甲智能终端产业园项目", "Project")]
    assert preds(run(nlp, text, ms), "funds") == set()


def test_relations_award_conferred_with_bei_opening_a_clause_goes_to_the_sentence_s_subject(nlp):
    # X年交易额达60亿元，被B评为“Y”: no receiver right before 被, the one the sentence opens with
    text = "甲蔬菜批发市场有限公司年交易额达60亿元，被乙部评为“全国重点市场”。"
    ms = [mention(text, "甲蔬菜批发市场有限公司", "Company"), mention(text, "乙部", "Agency")]
    assert preds(run(nlp, text, ms), "awarded") == {("甲蔬菜批发市场有限公司", "全国重点市场")}


def test_relations_located_in_name_not_in_the_city_a_route_is_named_after(nlp):
    # G228丹东线即墨段改建工程: in 即墨 (its section), not in 丹东 (the route's name)
    text = "G228丹东线即墨段改建工程完工。"
    ms = [mention(text, "G228丹东线即墨段改建工程", "Project"), mention(text, "丹东", "Place"), mention(text, "即墨", "Place")]
    assert {(s, o) for s, p, o, _ in run(nlp, text, ms) if p == "locatedIn"} == {("G228丹东线即墨段改建工程", "即墨")}


def test_relations_develops_a_work_whose_name_a_place_opens(nlp):
    # X承建的日照港 | 乙港区…工程: the place the recogniser names before the work opens the work's name
    text = "甲建设集团有限公司承建的丙港乙港区配套道路工程开工。"
    ms = [mention(text, "甲建设集团有限公司", "Company"), mention(text, "丙港", "Place"),
          mention(text, "乙港区配套道路工程", "Project")]
    assert preds(run(nlp, text, ms), "develops") == {("甲建设集团有限公司", "乙港区配套道路工程")}


def test_relations_invested_and_built_work_after_de_is_named_without_the_verb(nlp):
    # 由X投资建设的P总投资45亿元: P is the phrase after 的 (not 建设的P), X funds and develops it
    text = "由甲化学集团股份有限公司投资建设的高性能材料一体化项目总投资45亿元。"
    rels = run(nlp, text, [mention(text, "甲化学集团股份有限公司", "Company")])
    firm, work = "甲化学集团股份有限公司", "高性能材料一体化项目"
    assert {(s, p, o) for s, p, o, _ in rels} == {(firm, "funds", work), (firm, "develops", work)}


def test_relations_award_list_items_written_with_their_posts(nlp):
    # 甲局乙科科长A、丙局局长B等50名同志被评为“Y”: each item is a post and a name; both people receive Y
    text = "甲局乙科科长周建军、丙局局长韩冬梅等50名同志被评为“全市安全生产先进个人”。"
    ms = [mention(text, "甲局乙科", "Agency"), mention(text, "周建军", "Official", role="甲局乙科科长"),
          mention(text, "丙局", "Agency"), mention(text, "韩冬梅", "Official", role="丙局局长")]
    assert preds(run(nlp, text, ms), "awarded") == {("周建军", "全市安全生产先进个人"), ("韩冬梅", "全市安全生产先进个人")}


def test_relations_names_listed_after_a_post_hold_it(nlp):
    # 副市长王静、孙海波: both are deputy mayors of the city's government
    text = "副市长王静、孙海波出席会议。"
    ms = [mention(text, "王静", "Official", role="副市长"), mention(text, "孙海波", "Official", role="副市长")]
    assert posts(run(nlp, text, ms)) == {("王静", "memberOf", "市人民政府", "副市长"),
                                         ("孙海波", "memberOf", "市人民政府", "副市长")}


def test_relations_builder_after_several_clauses_about_the_work(nlp):
    # P位于Y，总建筑面积…，总投资…，由X代建: the clauses between name only places, so X builds P
    text = "甲医院二期工程位于乙街道，总建筑面积约25万平方米，总投资约28亿元，由丙控股集团有限公司代建。"
    ms = [mention(text, "甲医院二期工程", "Project"), mention(text, "乙街道", "Place"),
          mention(text, "丙控股集团有限公司", "Company")]
    assert preds(run(nlp, text, ms), "develops") == {("丙控股集团有限公司", "甲医院二期工程")}


def test_relations_builders_that_organise_the_work_after_its_clauses(nlp):
    # 该工程总投资…，由甲局组织实施，乙公司负责设计施工总承包: both build it
    text = "该工程总投资6.8亿元，由甲市水利局组织实施，乙设计研究院有限公司负责设计施工总承包。"
    ms = [mention(text, "该工程", "Project"), mention(text, "甲市水利局", "Agency"),
          mention(text, "乙设计研究院有限公司", "Company")]
    assert preds(run(nlp, text, ms), "develops") == {("甲市水利局", "该工程"), ("乙设计研究院有限公司", "该工程")}


def test_relations_lender_of_the_sentence_before_funds_the_works_it_names_after_qizhong(nlp):
    # 甲行…授信180亿元。其中，为P提供贷款15亿元，为Q提供贷款8亿元: the paragraph's subject lends to P and Q
    text = "今年以来，甲银行乙省分行累计向丙市重点项目授信180亿元。其中，为丙市地下综合管廊工程提供贷款15亿元，为丁区棚户区改造项目提供贷款8亿元。"
    bank = "甲银行乙省分行"
    ms = [mention(text, bank, "Company"), mention(text, "丙市地下综合管廊工程", "Project"),
          mention(text, "丁区棚户区改造项目", "Project")]
    rels = run_in_article(nlp, text, ms)
    assert {(s, o, q.get("amount_text")) for s, p, o, q in rels if p == "funds"} == {
        (bank, "丙市地下综合管廊工程", "15亿元"), (bank, "丁区棚户区改造项目", "8亿元")}


def test_relations_both_parties_of_a_signing_build_what_they_build_together(nlp):
    # 甲市人民政府与乙公司在甲市签署…协议。双方将共同建设P和Q: the firm (the builder of the signing) develops both
    text = "甲市人民政府与乙科技有限公司在甲市签署战略合作协议。根据协议，双方将共同建设甲市数字经济产业园和甲市城市大脑项目。"
    ms = [mention(text, "甲市人民政府", "Agency"), mention(text, "乙科技有限公司", "Company"),
          mention(text, "甲市", "Place", nth=1), mention(text, "甲市数字经济产业园", "Project"),
          mention(text, "甲市城市大脑项目", "Project")]
    rels = run_in_article(nlp, text, ms)
    assert {(s, o, q.get("modality")) for s, p, o, q in rels if p == "develops"} == {
        ("乙科技有限公司", "甲市数字经济产业园", "planned"), ("乙科技有限公司", "甲市城市大脑项目", "planned")}


def test_relations_both_parties_of_an_agreement_named_before_its_signing_build_what_they_found_together(nlp):
    # 甲区人民政府与乙大学全面战略合作协议签约仪式…: the agreement's name between its parties and the signing; 双方将在…
    # 开展合作，共建P: a later clause, its subject left out, builds P (the government develops; a university builds
    # nothing: GUIDE §4); 丙公司…开展合作，共建Q names a subject of its own
    text = "甲区人民政府与乙大学全面战略合作协议签约仪式举行。根据协议，双方将在人才培养等方面开展全方位合作，共建乙大学甲区产业研究院。" \
           "双方将与丙科技有限公司开展合作，共建丁实训基地。"
    ms = [mention(text, "甲区人民政府", "Agency"), mention(text, "乙大学", "Organization"),
          mention(text, "乙大学甲区产业研究院", "Project"), mention(text, "丙科技有限公司", "Company"),
          mention(text, "丁实训基地", "Project")]
    rels = run_in_article(nlp, text, ms)
    assert {(s, o) for s, p, o, q in rels if p == "develops"} == {("甲区人民政府", "乙大学甲区产业研究院")}


def test_relations_the_builder_listed_as_paying_funds_the_work(nlp_full):
    # 由甲公司投资、乙公司承建的P: 甲 pays for P (funds) and builds it as owner, 乙 builds it
    doc = nlp_full("由宏耀建设投资集团有限公司投资、天铭建工集团有限公司承建的澄波河片区城市更新项目正式开工。")
    work = "澄波河片区城市更新项目"
    assert triples(doc, "funds", "develops") == {
        ("宏耀建设投资集团有限公司", "funds", work), ("宏耀建设投资集团有限公司", "develops", work),
        ("天铭建工集团有限公司", "develops", work)}


def test_relations_both_parties_build_where_a_later_clause_says_where(nlp_full):
    # 双方计划共同投资15亿元，在甲街道建设P: the place between the comma and the verb; the parties develop P, planned
    doc = nlp_full("宏耀文旅集团有限公司与天铭文旅投资有限公司签署合作协议，双方计划共同投资15亿元，在艾山街道建设澄波湾文旅综合体项目。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name, dict(r.qualifiers).get("modality")) for r in doc._.kg_relations
            if r.predicate == "develops"} == {("宏耀文旅集团有限公司", "澄波湾文旅综合体项目", "planned"),
                                                 ("天铭文旅投资有限公司", "澄波湾文旅综合体项目", "planned")}


def test_relations_both_parties_of_a_signing_invest_in_and_build_what_they_build_together(nlp):
    # 甲与乙签约，双方将共同投资8亿元建设P: the amount between the words for both and the building verb; both
    # bodies invest (funds), the firm builds (develops); a place signs as its government and funds nothing itself
    text = "甲市人民政府与乙集团有限公司签署战略合作协议。双方将共同投资20亿元建设丙新材料产业园项目。"
    ms = [mention(text, "甲市人民政府", "Agency"), mention(text, "乙集团有限公司", "Company"),
          mention(text, "丙新材料产业园项目", "Project")]
    rels = run_in_article(nlp, text, ms)
    assert {(s, p, o, q.get("modality"), q.get("amount_text")) for s, p, o, q in rels} == {
        ("甲市人民政府", "funds", "丙新材料产业园项目", "planned", "20亿元"),
        ("乙集团有限公司", "funds", "丙新材料产业园项目", "planned", "20亿元"),
        ("乙集团有限公司", "develops", "丙新材料产业园项目", "planned", None)}
    text = "丁县与乙集团有限公司签约，双方将共同投资8亿元建设戊古城文旅综合体项目。"
    ms = [mention(text, "丁县", "Place"), mention(text, "乙集团有限公司", "Company"),
          mention(text, "戊古城文旅综合体项目", "Project")]
    rels = run_in_article(nlp, text, ms)
    assert {(s, p, o) for s, p, o, q in rels if p != "locatedIn"} == {
        ("乙集团有限公司", "funds", "戊古城文旅综合体项目"), ("乙集团有限公司", "develops", "戊古城文旅综合体项目")}


def test_relations_an_award_list_item_opens_with_the_body_a_person_works_for(nlp):
    # 甲办主任赵刚、乙办工作人员孙丽等30名同志被评为“Y”: the second item is the body, a word for the work
    # (no post title) and the name; both people receive the honour
    text = "甲街道安监办主任赵刚、乙街道应急办工作人员孙丽等30名同志被评为“安全生产先进个人”。"
    ms = [mention(text, "甲街道安监办", "Agency"), mention(text, "赵刚", "Official", role="甲街道安监办主任"),
          mention(text, "乙街道应急办", "Agency"), mention(text, "孙丽", "Person"),
          mention(text, "安全生产先进个人", "Award")]
    assert {(s, o) for s, p, o, q in run(nlp, text, ms) if p == "awarded"} == {
        ("赵刚", "安全生产先进个人"), ("孙丽", "安全生产先进个人")}


def test_relations_a_resume_gives_the_post_held_and_the_post_proposed(nlp_full):
    # 张晓东，男，…，现任X副区长，拟任Y: the post held now, and the one proposed, planned (GUIDE §4: 拟)
    text = "王振宇，男，1975年10月出生，现任肥城市委常委、组织部部长，拟任肥城市人民政府市长候选人。"
    doc = nlp_full(text)
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name, dict(r.qualifiers).get("modality"))
            for r in doc._.kg_relations} == {
        ("王振宇", "memberOf", "肥城市委", None), ("王振宇", "leads", "肥城市委组织部", None),
        ("肥城市委组织部", "partOf", "肥城市委", None), ("王振宇", "leads", "肥城市人民政府", "planned")}
    doc = nlp_full("王晓梅，女，1985年10月生，汉族，大学学历，中共党员，现任艾山街道党工委副书记，拟任颜庄镇党委书记。"
                   "李建华，男，1980年9月生，现任区农业农村局副局长。"
                   "赵晓东，男，1981年11月生，现任艾山街道党工委委员、艾山街道办事处副主任，拟任区城市管理局副局长。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name, dict(r.qualifiers).get("modality"))
            for r in doc._.kg_relations} == {
        ("王晓梅", "memberOf", "艾山街道党工委", None), ("王晓梅", "leads", "颜庄镇党委", "planned"),
        ("李建华", "memberOf", "区农业农村局", None),
        # (the posts held, a chain whose first title opens with its body's word, 党工委委员, after the place; the
        # proposing verb after a comma opens no body's name: 区城市管理局)
        ("赵晓东", "memberOf", "艾山街道党工委", None), ("赵晓东", "memberOf", "艾山街道办事处", None),
        ("赵晓东", "memberOf", "区城市管理局", "planned")}
    doc = nlp_full("王建国任青岛甲乙集团有限公司董事长。")
    ms = doc._.kg_mentions
    assert [(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations] == [
        ("王建国", "leads", "青岛甲乙集团有限公司")]


def test_relations_a_notice_writes_the_honorific_between_the_name_and_the_post(nlp_full):
    # 王晓梅同志任…: 同志 is no part of the name, nor of the body after 任
    doc = nlp_full("经区委研究决定：王晓梅同志任钢城区财政局局长；李建华同志任艾山街道党工委副书记。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations} == {
        ("王晓梅", "leads", "钢城区财政局"), ("李建华", "memberOf", "艾山街道党工委")}
    assert {(m.name, m.type) for m in ms if m.type in ("Official", "Person")} == {("王晓梅", "Official"), ("李建华", "Official")}


def test_relations_a_party_committee_written_in_full_opens_with_the_partys_name(nlp_full):
    # 中共 | 甲县委员会: the party's short name is the committee's, and the holder before 任 holds its post
    doc = nlp_full("经市委研究决定：王晓梅同志任中共钢城区颜庄镇委员会书记。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations} == {
        ("王晓梅", "leads", "中共钢城区颜庄镇委员会")}


def test_relations_posts_given_with_ren_lead_the_bodies_named_between(nlp_full):
    doc = nlp_full("会议宣布：王海鹏任智能制造与信息工程学院院长，孙立华任教务处处长，李建国任市教育局副局长。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name, r.qualifiers) for r in doc._.kg_relations} == {
        ("王海鹏", "leads", "智能制造与信息工程学院", (("role", "院长"),)),
        ("孙立华", "leads", "教务处", (("role", "处长"),)),
        ("李建国", "memberOf", "市教育局", (("role", "副局长"),))}


def test_relations_a_firm_putting_money_in_funds_and_the_builder_named_after_develops(nlp_full):
    # 投入N亿元建设P funds and develops P; 施工单位为X in the next clause develops it too
    doc = nlp_full("社会资本方面，甲环境发展有限公司投入1.6亿元建设乙区第二水厂扩建工程，施工单位为丙水利建设有限公司。")
    assert triples(doc, "funds", "develops") == {
        ("甲环境发展有限公司", "funds", "乙区第二水厂扩建工程"), ("甲环境发展有限公司", "develops", "乙区第二水厂扩建工程"),
        ("丙水利建设有限公司", "develops", "乙区第二水厂扩建工程")}


@pytest.mark.parametrize("text,expected", [
    # the money, then a clause doing the work with it
    ("与此同时，区财政局安排专项资金1500万元，实施东城街道城区防洪堤提升工程。",
     {("区财政局", "funds", "东城街道城区防洪堤提升工程")}),
    # a firm doing the work with its own money develops it too
    ("乙水务投资有限公司投入自有资金3000万元，实施莱阳市农村供水保障提升工程。",
     {("乙水务投资有限公司", "funds", "莱阳市农村供水保障提升工程"), ("乙水务投资有限公司", "develops", "莱阳市农村供水保障提升工程")}),
    # a bank lending for the building develops nothing
    ("甲银行投入信贷资金3亿元，用于建设乙市丙工程。", {("甲银行", "funds", "乙市丙工程")}),
    # the local government's bonds: 地方政府 is no body
    ("区水利局还争取地方政府专项债券资金6000万元，全部用于丁水库工程。", {("区水利局", "funds", "丁水库工程")}),
    # the clause with no subject of its own is the firm's, which the investment's reading found
    ("山东宏泰精工机械有限公司与开发区管委签订协议，计划出资12亿元，建设宏泰高端轴承智能工厂。",
     {("山东宏泰精工机械有限公司", "funds", "宏泰高端轴承智能工厂"), ("山东宏泰精工机械有限公司", "develops", "宏泰高端轴承智能工厂")}),
])
def test_relations_money_then_a_clause_doing_the_work(nlp_full, text, expected):
    doc = nlp_full(text)
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations
            if r.predicate in ("funds", "develops")} == expected


@pytest.mark.parametrize("text,expected", [
    ("目前，甲江理工大学设有机械工程学院、电气与信息工程学院、建筑工程学院等14个二级学院。",
     {("机械工程学院", "Organization", "甲江理工大学"), ("电气与信息工程学院", "Organization", "甲江理工大学"),
      ("建筑工程学院", "Organization", "甲江理工大学")}),
    # after a comma the clause goes on about the sentence's subject; a 系 is a unit in a list
    ("新成立的海洋工程学院由原船舶与海洋工程系整合组建，下设船舶工程系、海洋装备系和南通海洋装备工程研究中心。",
     {("船舶工程系", "Organization", "海洋工程学院"), ("海洋装备系", "Organization", "海洋工程学院"),
      ("南通海洋装备工程研究中心", "Organization", "海洋工程学院")}),
    # a group's firms; the last item is the name the recogniser found, the clause going on after it
    ("江苏通海重工集团有限公司旗下南通通海船舶制造有限公司、如东通海风电装备有限公司将为学生提供实习岗位。",
     {("南通通海船舶制造有限公司", "Company", "江苏通海重工集团有限公司"),
      ("如东通海风电装备有限公司", "Company", "江苏通海重工集团有限公司")}),
    # a bureau's sections are of its kind
    ("区行政审批服务局内设综合科、审批一科和政务服务中心。",
     {("综合科", "Agency", "区行政审批服务局"), ("审批一科", "Agency", "区行政审批服务局"),
      ("政务服务中心", "Agency", "区行政审批服务局")}),
    # an adverb before the verb, the body opening the clause before it
    ("甲江农业大学位于乙市丙区，现设有农学院、机电工程学院、信息与计算机学院等12个学院。",
     {("农学院", "Organization", "甲江农业大学"), ("机电工程学院", "Organization", "甲江农业大学"),
      ("信息与计算机学院", "Organization", "甲江农业大学")}),
    # a bare kind word (研究院) in a sentence naming no body: the one named before
    ("甲江苹果产业研究院揭牌成立。研究院下设种质创新研究中心和智慧果园装备研究中心，分别由专家担任主任。",
     {("种质创新研究中心", "Organization", "甲江苹果产业研究院"),
      ("智慧果园装备研究中心", "Organization", "甲江苹果产业研究院")}),
    # units set up anew (新设), adverbs before the verb (同步), the body's bare kind word opening the clause
    ("钢城区中医医院新院区启用。借助新院区启用，医院同步新设治未病中心、针灸推拿科和老年病科。",
     {("治未病中心", "Organization", "钢城区中医医院"), ("针灸推拿科", "Organization", "钢城区中医医院"),
      ("老年病科", "Organization", "钢城区中医医院")}),
    # what is listed is no unit: nothing
    ("该中心设有3个服务窗口。", set()),
    ("该中心新设3个服务窗口。", set()),
])
def test_relations_the_units_listed_after_a_verb_of_having_them_are_part_of_the_body(nlp_full, text, expected):
    doc = nlp_full(text)
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.subject].type, ms[r.object].name) for r in doc._.kg_relations
            if r.predicate == "partOf"} == expected


@pytest.mark.parametrize("text,expected", [
    # a group named before, a bare kind word after the verb of joining
    ("甲县人民医院医疗健康集团成员单位签约仪式举行，乙镇卫生院、丙镇中心卫生院正式纳入集团。",
     {("乙镇卫生院", "甲县人民医院医疗健康集团"), ("丙镇中心卫生院", "甲县人民医院医疗健康集团")}),
    # nothing after the verb: the group named before the members
    ("豫东医疗联合体由丁省豫东医院牵头，太康县人民医院、淮阳区中医院作为首批成员单位加入，覆盖5个县。",
     {("太康县人民医院", "豫东医疗联合体"), ("淮阳区中医院", "豫东医疗联合体")}),
    # the group named after the verb
    ("庚县第二中学加入辛县实验中学教育集团。", {("庚县第二中学", "辛县实验中学教育集团")}),
    # a verb before a group's kind word ends the name (组建, 签订): no group, no member
    ("壬市湘江医院组建医疗联合体，癸镇卫生院加入集团。", set()),
])
def test_relations_bodies_joining_a_group_are_part_of_it(nlp_full, text, expected):
    doc = nlp_full(text)
    assert edges(doc, "partOf") == expected


def test_relations_a_town_paying_is_no_firm_of_the_paragraph(nlp_full):
    # 大盛镇投入…，实施P: the town pays (as its government); the firm the sentence before named does not
    doc = nlp_full("近年来，青龙村与重庆渝林果业发展有限公司合作建成800亩种植基地。今年，大盛镇投入衔接资金150万元，"
                   "实施青龙村人居环境整治提升项目。")
    assert [r for r in doc._.kg_relations if r.predicate in ("funds", "develops")] == []


def test_relations_a_body_and_an_institute_build_together_the_body_develops(nlp):
    # 甲管理局与乙研究所合作共建的P: an institute builds nothing (GUIDE §4), the body it builds with does
    text = "甲管理局与乙研究所合作共建的海洋生物医药中试基地项目近日落户。"
    ms = [mention(text, "甲管理局", "Agency"), mention(text, "乙研究所", "Organization"),
          mention(text, "海洋生物医药中试基地项目", "Project")]
    assert preds(run(nlp, text, ms), "develops") == {("甲管理局", "海洋生物医药中试基地项目")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # what a builder makes names the work it builds, when no rule named one
        ("由甲新材料有限公司投资建设的高性能复合材料项目已完成主体施工。",
         {("甲新材料有限公司", "develops", "高性能复合材料项目")}),
        ("由甲集团有限公司投资建设的年产10万吨新能源材料基地项目开工。",
         {("甲集团有限公司", "develops", "年产10万吨新能源材料基地项目")}),
        # a kind of work (four characters or fewer before 工程) or a count is no name
        ("甲有限公司承建的道路工程已完工。", set()),
        ("甲有限公司承建的城市道路工程已完工。", set()),
        ("甲有限公司投资建设的3个项目已完工。", set()),
    ],
)
def test_relations_a_work_named_by_what_its_builder_makes(nlp, text, expected):
    ms = [mention(text, text[text.index("甲") : text.index("公司") + 2], "Company")]
    assert {(s, p, o) for s, p, o, q in run(nlp, text, ms) if p == "develops"} == expected


def test_relations_a_builder_of_a_named_work_names_no_other(nlp):
    # P是由X承建的安置保障性住房项目: the words after the verb say what P is, X builds P
    text = "甲村改造项目是由乙建设有限公司承建的安置保障性住房项目。"
    ms = [mention(text, "甲村改造项目", "Project"), mention(text, "乙建设有限公司", "Company")]
    assert {(s, p, o) for s, p, o, q in run(nlp, text, ms)} == {("乙建设有限公司", "develops", "甲村改造项目")}


def test_relations_a_post_of_the_scope_s_own_keeps_the_posts_before_it(nlp_full):
    # 区委副书记、区长、区总河长X: the river chief's post has no body; the posts before it still give edges
    doc = nlp_full("文登区召开会议。区委副书记、区长、区总河长于晓波出席会议。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations} == {
        ("于晓波", "memberOf", "区委"), ("于晓波", "leads", "区人民政府")}


def test_relations_an_honour_handed_over_to_the_names_after_wei(nlp):
    # A为B、C颁发“Y”证书: B and C receive Y, A hands it over (organizes), and A is no recipient
    text = "市商务局为甲有限公司、乙有限公司颁发“诚信示范企业”证书。"
    ms = [mention(text, "市商务局", "Agency"), mention(text, "甲有限公司", "Company"), mention(text, "乙有限公司", "Company"),
          mention(text, "诚信示范企业", "Award")]
    assert {(s, p, o) for s, p, o, q in run(nlp, text, ms)} == {
        ("甲有限公司", "awarded", "诚信示范企业"), ("乙有限公司", "awarded", "诚信示范企业"),
        ("市商务局", "organizes", "诚信示范企业")}


def test_relations_a_job_no_title_names_between_the_workplace_and_the_name(nlp_full):
    # 甲公司制茶师乙: 乙 works there, the job the role; a place before the job is no workplace (社区茶农)
    doc = nlp_full("钢城区宏耀茶业有限公司制茶师桑晓岚、钢城区宏耀机械厂电工赵晓东获得表彰。澄波社区茶农周明表示。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name, dict(r.qualifiers).get("role")) for r in doc._.kg_relations
            if r.predicate == "memberOf"} == {("桑晓岚", "钢城区宏耀茶业有限公司", "制茶师"), ("赵晓东", "钢城区宏耀机械厂", "电工")}


def test_relations_a_plaque_handed_over_after_le(nlp_full):
    # 为A、B等5家单位颁发了“Y”牌匾: the plaque names the honour, 了 after the verb or not; A and B receive it
    doc = nlp_full("大会为钢城区宏耀茶业有限公司、钢城区天铭茶业专业合作社等5家单位颁发了“2025年度钢城茶标准化示范茶园”牌匾。"
                   "钢城区人民政府为艾山街道颁发了“钢城区平安街道”牌匾。")
    assert (triples(doc, "awarded", "organizes")) == {
        ("钢城区宏耀茶业有限公司", "awarded", "2025年度钢城茶标准化示范茶园"),
        ("钢城区天铭茶业专业合作社", "awarded", "2025年度钢城茶标准化示范茶园"),
        ("艾山街道", "awarded", "钢城区平安街道"), ("钢城区人民政府", "organizes", "钢城区平安街道")}


def test_relations_where_a_builder_builds_and_clauses_before_the_investors(nlp):
    # X在甲区投资建设的P: where X builds stands between X and the verb
    text = "乙科技集团股份有限公司在甲高新区投资建设的第8.6代AMOLED生产线项目正式开工。"
    ms = [mention(text, "乙科技集团股份有限公司", "Company"), mention(text, "甲高新区", "Place"),
          mention(text, "第8.6代AMOLED生产线项目", "Project")]
    assert preds(run(nlp, text, ms), "develops") == {("乙科技集团股份有限公司", "第8.6代AMOLED生产线项目")}
    # P总投资10亿元，由X和Y共同出资建设: both fund and develop P
    text = "丙光电产业园项目总投资10亿元，由丁集团有限公司和戊区人民政府共同出资建设。"
    ms = [mention(text, "丙光电产业园项目", "Project"), mention(text, "丁集团有限公司", "Company"),
          mention(text, "戊区人民政府", "Agency")]
    rels = run(nlp, text, ms)
    assert preds(rels, "funds") == preds(rels, "develops") == {
        ("丁集团有限公司", "丙光电产业园项目"), ("戊区人民政府", "丙光电产业园项目")}


def test_relations_the_name_right_before_bei_receives_the_honour(nlp):
    # …局长王志刚说，寒亭区被B认定为“Y”: the place right before 被 receives Y, not the body the sentence opens with
    text = "甲区农业农村局局长王志刚说，甲区被农业农村部认定为“全国农业科技现代化先行县”。"
    ms = [mention(text, "甲区农业农村局", "Agency"), mention(text, "王志刚", "Official", role="甲区农业农村局局长"),
          mention(text, "甲区", "Place", nth=1), mention(text, "农业农村部", "Agency"),
          mention(text, "全国农业科技现代化先行县", "Award")]
    assert preds(run(nlp, text, ms), "awarded") == {("甲区", "全国农业科技现代化先行县")}


def test_relations_the_work_signed_for_in_the_modifier_form(nlp):
    # X与Y签约的P总投资…: the firm develops the work the signing is for, named or not
    text = "甲经济技术开发区与乙能源科技有限公司签约的光伏储能一体化项目总投资50亿元。"
    ms = [mention(text, "甲经济技术开发区", "Place"), mention(text, "乙能源科技有限公司", "Company")]
    assert preds(run(nlp, text, ms), "develops") == {("乙能源科技有限公司", "光伏储能一体化项目")}
    text = "甲区人民政府与乙集团有限公司签约的丙新材料产业园项目总投资10亿元。"
    ms = [mention(text, "甲区人民政府", "Agency"), mention(text, "乙集团有限公司", "Company"),
          mention(text, "丙新材料产业园项目", "Project")]
    assert preds(run(nlp, text, ms), "develops") == {("乙集团有限公司", "丙新材料产业园项目")}


@pytest.mark.parametrize("joined", ["会同", "、"])
def test_relations_bodies_joined_before_the_money_verb_all_fund(nlp, joined):
    # 甲局会同乙局下达资金…用于支持P: both bodies pay
    text = f"市发展改革委{joined}市财政局下达专项资金1.2亿元，用于支持甲古城改造项目。"
    ms = [mention(text, "市发展改革委", "Agency"), mention(text, "市财政局", "Agency"), mention(text, "甲古城改造项目", "Project")]
    assert preds(run(nlp, text, ms), "funds") == {("市发展改革委", "甲古城改造项目"), ("市财政局", "甲古城改造项目")}


def test_relations_a_place_visited_is_not_the_article_s_own(nlp):
    # 到城阳区调研: the visitor comes from elsewhere, so the work started there is not placed by the scope
    # of the article (as test_relations_district_scope_from_the_text_alone places it when 城阳区 is the topic)
    text = "市委书记张三到城阳区调研。甲樾府口袋公园提前完工。"
    ms = [mention(text, "张三", "Official", role="市委书记"), mention(text, "城阳区", "Place"),
          mention(text, "甲樾府口袋公园", "Project")]
    assert located(run(nlp, text, ms)) == set()


def test_relations_an_award_given_by_a_body_named_before_shou_yu_de(nlp_full):
    # X获得甲市人民政府授予的“Y”: X receives Y, the government gives it (and organizes it)
    doc = nlp_full("甲智能科技有限公司获得青岛市人民政府授予的“青岛市市长质量奖”。")
    ms = doc._.kg_mentions
    got = {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations
           if r.predicate in ("awarded", "organizes")}
    assert got == {("甲智能科技有限公司", "awarded", "青岛市市长质量奖"), ("青岛市人民政府", "organizes", "青岛市市长质量奖")}


@pytest.mark.parametrize("adverbs", ["拟", "拟再", "还将", "又"])
def test_relations_invested_then_where_then_built(nlp, adverbs):
    # 甲公司拟投资10亿元，在乙区建设P: where the work is built stands between the money and the verb; adverbs of
    # plan and repetition (拟再, 还将) before the verb
    text = f"甲智能科技有限公司{adverbs}投资10亿元，在乙区建设丙装备产业园项目。"
    ms = [mention(text, "甲智能科技有限公司", "Company"), mention(text, "乙区", "Place"),
          mention(text, "丙装备产业园项目", "Project")]
    rels = run(nlp, text, ms)
    assert {(s, p, o) for s, p, o, _ in rels if p in ("funds", "develops")} == {
        ("甲智能科技有限公司", "funds", "丙装备产业园项目"), ("甲智能科技有限公司", "develops", "丙装备产业园项目")}


def test_relations_a_second_post_taken_on_with_jian_ren(nlp):
    # 副区长李强兼任乙街道党工委书记: the post after 兼任 (post_taking_verbs) is the official's too
    text = "即墨区人民政府副区长李强兼任蓝村街道党工委书记。"
    ms = [mention(text, "即墨区人民政府", "Agency"), mention(text, "即墨区", "Place"),
          mention(text, "李强", "Official", role="即墨区人民政府副区长"),
          mention(text, "蓝村街道党工委", "Agency")]
    assert {(s, p, o) for s, p, o, _ in posts(run(nlp, text, ms))} == {
        ("李强", "memberOf", "即墨区人民政府"), ("李强", "leads", "蓝村街道党工委")}


def test_relations_money_arranged_for_a_work_in_a_town_goes_from_the_articles_body(nlp_full):
    # the work's name starts after its county and town: what is done (安排…支持) is read before them
    doc = nlp_full("近日，潍坊市财政局下达资金1亿元。其中，安排3000万元支持潍坊市寿光市蔬菜产业园建设；"
                   "安排2000万元支持昌乐县宝都街道西瓜特色产业集群项目。")
    assert funded(doc) == {("潍坊市财政局", "潍坊市寿光市蔬菜产业园", "30000000"),
                                           ("潍坊市财政局", "西瓜特色产业集群项目", "20000000")}


def test_relations_a_declared_short_name_is_read_past_and_names_the_body_after(nlp_full):
    doc = nlp_full("蓝谷产业园由青岛即墨城市发展投资集团有限公司（以下简称“即墨城投”）投资建设，总投资23亿元。"
                   "仪式上，即墨城投与乙大学签署协议。")
    assert triples(doc, "funds", "develops") == {
        ("青岛即墨城市发展投资集团有限公司", "funds", "蓝谷产业园"), ("青岛即墨城市发展投资集团有限公司", "develops", "蓝谷产业园")}
    # the short name after the brackets is the firm, by its full name
    assert [(m.text, m.type, m.name) for m in doc._.kg_mentions if m.rule == "declared_short"] == [
        ("即墨城投", "Company", "青岛即墨城市发展投资集团有限公司")]


def test_relations_a_declared_short_name_wins_over_the_taggers_reading_and_counts_in_the_headline(nlp_full):
    # the headline uses the short name before the body declares it; 宏耀 inside it is no person
    doc = nlp_full("宏耀股份召开年度大会\n6月8日，钢城宏耀化学股份有限公司（以下简称“宏耀股份”）召开大会。"
                   "宏耀股份董事长吴发展出席。下一步，宏耀股份还计划投资6亿元，在同一园区建设年产3万吨改性塑料项目。")
    assert [(m.text, m.name) for m in doc._.kg_mentions if m.rule == "declared_short"] == [
        ("宏耀股份", "钢城宏耀化学股份有限公司")] * 3
    assert triples(doc, "leads", "funds", "develops") == {
        ("吴发展", "leads", "钢城宏耀化学股份有限公司"), ("钢城宏耀化学股份有限公司", "funds", "年产3万吨改性塑料项目"),
        ("钢城宏耀化学股份有限公司", "develops", "年产3万吨改性塑料项目")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a title in quotes before 称号 is an honour whatever its words; an adverb may stand before the verb
        ("张三荣获“西安市青年科技英才”称号。", {("张三", "西安市青年科技英才")}),
        ("目前，红光村已获评“黑龙江省乡村振兴示范村”称号。", {("红光村", "黑龙江省乡村振兴示范村")}),
        ("今年9月，鼓楼社区被民政部等部门授予“全国示范性老年友好型社区”称号。", {("鼓楼社区", "全国示范性老年友好型社区")}),
        # a place opening its own clause receives that clause's honour, not the sentence's first name
        ("甲区文旅局为东山风情街等5家单位授予“甲区文旅消费新场景”牌匾，东夷小镇获评“山东省旅游休闲街区”。",
         {("东山风情街", "甲区文旅消费新场景"), ("东夷小镇", "山东省旅游休闲街区")}),
        # 被 of the first clause is not the second's; a name kg does not know receives the second
        ("城关区张掖路被授予“国家级旅游休闲街区”称号，兰州水车博览园获评“甘肃省文旅消费新场景”。",
         {("张掖路", "国家级旅游休闲街区")}),
        # A授予B“Y”: B after the verb receives it, not A, who hands it over
        ("此外，区委、区政府授予甲乙食品有限公司“钢城区突出贡献企业”称号。", {("甲乙食品有限公司", "钢城区突出贡献企业")}),
    ],
)
def test_relations_honours_in_quotes_go_to_the_receiver_of_their_own_clause(nlp_full, text, expected):
    assert edges(nlp_full(text), "awarded") == expected


def test_relations_the_one_funder_of_a_work_gets_its_total_and_a_later_plan_is_not_its(nlp_full):
    doc = nlp_full("郑州新能源汽车零部件产业园由郑州航空港兴港投资集团有限公司投资建设，中国建筑第七工程局有限公司承建，"
                   "总投资56亿元，建成后将吸引配套企业。")
    ms = doc._.kg_mentions
    edges = {(ms[r.subject].name, r.predicate, dict(r.qualifiers).get("amount"), dict(r.qualifiers).get("modality"))
             for r in doc._.kg_relations if r.predicate in ("funds", "develops")}
    assert edges == {("郑州航空港兴港投资集团有限公司", "funds", "5600000000", None),
                     ("郑州航空港兴港投资集团有限公司", "develops", None, None),
                     ("中国建筑第七工程局有限公司", "develops", None, None)}


def test_relations_a_builder_that_invests_in_the_work_it_builds_funds_it(nlp_full):
    doc = nlp_full("其中，由青岛瀚海重工集团有限公司投资建设的瀚海深远海风电装备制造基地，总投资42亿元，选址于董家口经济区。")
    assert funded(doc) == {("青岛瀚海重工集团有限公司", "瀚海深远海风电装备制造基地", "4200000000")}


def test_relations_a_reporter_credited_in_the_text_is_memberof_the_paper(nlp_full):
    doc = nlp_full("会议要求各部门抓好落实。（昆明日报全媒体记者 施雅 摄影 刘朝阳）")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name, dict(r.qualifiers).get("role"))
            for r in doc._.kg_relations} == {("施雅", "memberOf", "昆明日报", "记者")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a head's bare title after a clause that visits a body of its kind heads it
        ("在青岛海泰新光科技股份有限公司，董事长郑耀介绍了企业发展情况。", {("郑耀", "leads", "青岛海泰新光科技股份有限公司")}),
        ("在昆明理工大学呈贡校区，王立新与校长段华峰交流校地合作。", {("段华峰", "leads", "昆明理工大学")}),
        # a title the visited body is no kind of heads nothing there
        ("在青岛海泰新光科技股份有限公司，校长李明介绍了合作情况。", set()),
    ],
)
def test_relations_a_bare_title_after_a_visit_heads_the_body_visited(nlp_full, text, expected):
    doc = nlp_full(text)
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations
            if r.predicate in ("leads", "memberOf")} == expected


def test_relations_a_bare_body_word_takes_what_the_committee_before_it_is_of(nlp_full):
    doc = nlp_full("青岛西海岸新区举行签约活动。新区工委委员、管委副主任孟庆涛出席活动。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name, dict(r.qualifiers)["role"]) for r in doc._.kg_relations
            if r.predicate == "memberOf"} == {("孟庆涛", "memberOf", "新区工委", "委员"),
                                              ("孟庆涛", "memberOf", "新区管委", "副主任")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a quoted name opening an honour's words is part of the honour
        ("据了解，德州市已连续三年获评“全省‘四好农村路’建设先进市”，乐陵市获评“四好农村路”全国示范县。",
         {("德州市", "全省‘四好农村路’建设先进市"), ("乐陵市", "“四好农村路”全国示范县")}),
        ("广饶县获评“黄河口杯”优质工程。", {("广饶县", "“黄河口杯”优质工程")}),
        # a slogan in quotes is no honour
        ("全市坚持“海洋强市”战略不动摇。", set()),
    ],
)
def test_relations_honours_opened_by_a_quoted_name_and_slogans(nlp_full, text, expected):
    doc = nlp_full(text)
    assert edges(doc, "awarded") == expected
    assert not any(m.type == "Award" and m.name == "海洋强市" for m in doc._.kg_mentions)


def test_relations_a_paragraph_opening_with_qizhong_goes_on_with_the_bodies_joined_before(nlp_full):
    doc = nlp_full("近日，德州市财政局、德州市交通运输局联合下达补助资金1.86亿元。\n"
                   "其中，安排1.12亿元支持陵城区徽王线改造工程。")
    assert edges(doc, "funds") == {
        ("德州市财政局", "陵城区徽王线改造工程"), ("德州市交通运输局", "陵城区徽王线改造工程")}


def test_relations_a_place_inside_a_phrase_before_an_award_verb_receives_nothing(nlp_full):
    doc = nlp_full("青岛蓝湾工程检测鉴定有限公司通过山东省质量检测机构资质核准，成为青岛首家获此认证的企业。")
    assert edges(doc, "awarded") == {("青岛蓝湾工程检测鉴定有限公司", "山东省质量检测机构资质核准")}


def test_relations_the_firms_listed_after_an_honour_and_a_colon_receive_it(nlp_full):
    doc = nlp_full("入选2024年度“数智领航”示范企业的有：天津海晟新材料股份有限公司、无锡锡澄微电子股份有限公司等。")
    assert edges(doc, "awarded") == {
        ("天津海晟新材料股份有限公司", "2024年度“数智领航”示范企业"), ("无锡锡澄微电子股份有限公司", "2024年度“数智领航”示范企业")}


@pytest.mark.parametrize("text,expected", [
    # a firm written short between firms a suffix names is one of the list
    ("获评“2024年度武城县突出贡献企业”的是：武城县宏达化工有限公司、山东颜庄机械股份有限公司、鲁兴新材料、德州恒远物流集团。",
     {(firm, "2024年度武城县突出贡献企业") for firm in
      ("武城县宏达化工有限公司", "山东颜庄机械股份有限公司", "鲁兴新材料", "德州恒远物流集团")}),
    # people listed with the bodies they work for, parted by commas: the people receive it
    ("获评“2024年度武城县优秀企业家”的是：武城县宏达化工有限公司董事长周文博，山东颜庄机械股份有限公司总经理韩立新。",
     {("周文博", "2024年度武城县优秀企业家"), ("韩立新", "2024年度武城县优秀企业家")}),
    ("获评“2024年度武城县先进个人”的是：县住建局城建科科长周文博、甲马营镇党委副书记韩立新。",
     {("周文博", "2024年度武城县先进个人"), ("韩立新", "2024年度武城县先进个人")}),
])
def test_relations_a_colon_list_of_firms_and_of_people_with_their_bodies_receives_the_honour(nlp_full, text, expected):
    assert edges(nlp_full(text), "awarded") == expected


def test_relations_the_bodies_that_decided_a_commendation_organise_the_honours_of_the_paragraph(nlp_full):
    doc = nlp_full("经区委、区政府研究决定，对表现突出的单位予以表彰。湖南麓谷智联科技股份有限公司获评“2023年度岳麓区纳税贡献突出企业”。\n"
                   "另讯，长沙微芯光电子有限公司获评“2023年度长沙市科技创新十强企业”。")
    assert edges(doc, "organizes") == {
        ("区委", "2023年度岳麓区纳税贡献突出企业"), ("区人民政府", "2023年度岳麓区纳税贡献突出企业")}


def test_relations_an_autonomous_regions_bodies_named_by_its_scope_word(nlp_full):
    # 自治区 is a scope word (scope_words.tsv): 自治区人民政府 is a body, and with the party committee before it
    # the giver of the honour, so the community before 被 receives it
    doc = nlp_full("今年初，丽水社区被广西壮族自治区党委、自治区人民政府命名为“自治区民族团结进步示范社区”。")
    assert triples(doc, "awarded", "organizes") == {
        ("丽水社区", "awarded", "自治区民族团结进步示范社区"),
        ("广西壮族自治区党委", "organizes", "自治区民族团结进步示范社区"),
        ("自治区人民政府", "organizes", "自治区民族团结进步示范社区")}


@pytest.mark.parametrize("text", [
    "村党支部书记王立新先后获得“山东省三八红旗手”“德州市乡村振兴带头人”等荣誉称号。",
    "村党支部书记王立新先后获得“山东省三八红旗手”、“德州市乡村振兴带头人”等称号。",
])
def test_relations_titles_in_quotes_listed_before_chenghao_are_each_an_honour(nlp_full, text):
    assert edges(nlp_full(text), "awarded") == {("王立新", "山东省三八红旗手"), ("王立新", "德州市乡村振兴带头人")}


@pytest.mark.parametrize("text,expected", [
    # A将X评为“Y”: A confers it, X receives it
    ("山东省妇女联合会还将武城县后屯村评为“巾帼创业示范基地”。",
     {("山东省妇女联合会", "organizes", "巾帼创业示范基地"), ("后屯村", "awarded", "巾帼创业示范基地")}),
    # an object kg does not name still is not the doer's honour
    ("山东省妇女联合会还将后屯村评为“巾帼创业示范基地”。", {("山东省妇女联合会", "organizes", "巾帼创业示范基地")}),
    # 将 right before the verb is "will": the subject receives it
    ("恒远公司将获评“省级专精特新企业”。", {("恒远公司", "awarded", "省级专精特新企业")}),
])
def test_relations_the_honour_a_body_confers_on_what_jiang_names(nlp_full, text, expected):
    assert triples(nlp_full(text), "awarded", "organizes") == expected


def test_relations_the_bodies_after_bei_give_the_honour_also_when_counted(nlp_full):
    # 被甲部等九部门评定为“Y”: the ministry (its fellows counted) organises it, the co-op before 被 receives it
    doc = nlp_full("去年12月，武城县恒远农民专业合作社被农业农村部等九部门评定为“国家农民合作社示范社”。")
    assert triples(doc, "awarded", "organizes") == {
        ("武城县恒远农民专业合作社", "awarded", "国家农民合作社示范社"), ("农业农村部", "organizes", "国家农民合作社示范社")}


def test_relations_a_department_no_list_names_is_an_item_of_a_list_of_bodies(nlp_full):
    # 县文化广电和旅游局: 和 ends no name inside an item between the list's marks, opened by a scope word
    doc = nlp_full("甲马营镇、武城县发展和改革局、县文化广电和旅游局、县住房和城乡建设局等8个单位被评为“2024年度项目建设先进集体”。")
    assert edges(doc, "awarded") == {(body, "2024年度项目建设先进集体") for body in (
        "甲马营镇", "武城县发展和改革局", "县文化广电和旅游局", "县住房和城乡建设局")}
    # an item holding a body's name is a clause: 市住建局将会同市卫健局 is no department
    doc = nlp_full("下一步，市住建局将会同市卫健局、市教育局推进项目建设。")
    assert {m.text for m in doc._.kg_mentions if m.type == "Agency"} == {"市住建局", "市卫健局", "市教育局"}


def test_relations_a_decision_announced_alone_organises_the_honours_of_the_paragraphs_after_it(nlp_full):
    """The decision is read out in a paragraph of its own; the honours follow paragraph by paragraph, and the
    first paragraph that gives none ends them (its honour, 另讯, is another's)."""
    doc = nlp_full("会议宣读了《中共武城县委 武城县人民政府关于表彰2024年度先进集体的决定》。\n"
                   "山东恒远机械有限公司获评“2024年度工业经济突出贡献企业”。\n"
                   "甲马营镇被评为“2024年度项目建设先进集体”。\n"
                   "会议指出，今年要再接再厉。\n"
                   "另讯，德州宏达化工有限公司获评“2024年度德州市纳税百强企业”。")
    assert edges(doc, "organizes") == {
        (body, honour) for body in ("武城县委", "武城县人民政府")
        for honour in ("2024年度工业经济突出贡献企业", "2024年度项目建设先进集体")}


def test_relations_a_decisions_honours_follow_根据决定_and_higher_honours_reported_are_not_its(nlp_full):
    """根据决定， opens the paragraph of the decision's honours (no aside); a paragraph reporting the honours higher
    bodies gave (上级荣誉) is not the decision's, though it follows one that gave some."""
    doc = nlp_full("钢城区召开大会，区委书记宣读《中共钢城区委 钢城区人民政府关于表彰2024年度先进单位的决定》。\n"
                   "根据决定，艾山街道、区商务局、区招商服务中心获评“2024年度招商引资优胜单位”。\n"
                   "会议还通报了2024年全区获得的上级荣誉情况：宏耀铝业有限公司获评“山东省科技创新示范企业”。")
    assert edges(doc, "organizes") == {(body, "2024年度招商引资优胜单位") for body in ("钢城区委", "钢城区人民政府")}
    assert edges(doc, "awarded") == {
        ("艾山街道", "2024年度招商引资优胜单位"), ("区商务局", "2024年度招商引资优胜单位"),
        ("区招商服务中心", "2024年度招商引资优胜单位"), ("宏耀铝业有限公司", "山东省科技创新示范企业")}


def test_relations_people_listed_with_words_for_their_work_before_their_names_receive_the_honour(nlp_full):
    # 青瓷艺人甲、…传承人乙、丙公司高级技师丁等10人被授予“Y”: each item opens after the joiner, with what the person
    # does (no body) or the body they work for
    doc = nlp_full("青瓷艺人王晓梅、宝剑锻制技艺传承人李建华、钢城区宏耀汽车零部件有限公司高级技师赵晓东等10人"
                   "被授予“2024年度钢城工匠”称号。")
    assert edges(doc, "awarded") == {(p, "2024年度钢城工匠") for p in ("王晓梅", "李建华", "赵晓东")}


def test_relations_bodies_that_organise_honours_a_clause_refers_back_to(nlp_full):
    """“甲工匠”评选由A、B联合组织: the honour named before whose name holds the quoted words; 这两项荣誉由C颁发: the
    honours of the sentence before; 该项目由D主办 refers to no honour."""
    doc = nlp_full("王晓梅获评“2024年度钢城工匠”。“钢城工匠”评选由区总工会、区人力社保局联合组织。\n"
                   "李建华荣获“钢城区五一劳动奖章”和“山东省劳动模范”称号。这两项荣誉由钢城区总工会颁发。该项目由区商务局主办。")
    assert edges(doc, "organizes") == {
        ("区总工会", "2024年度钢城工匠"), ("区人力社保局", "2024年度钢城工匠"),
        ("钢城区总工会", "钢城区五一劳动奖章"), ("钢城区总工会", "山东省劳动模范")}


def test_relations_bodies_that_organise_the_events_a_clause_refers_back_to(nlp_full):
    """本次活动由A主办，B、C承办，D协办: the events and contests of the last sentence that named any, each body with its
    role; a meeting that is no event of a series (动员大会) is none."""
    doc = nlp_full("5月18日，2025钢城茶产业发展大会暨第三届钢城茶制茶技能大赛在艾山街道举行。"
                   "本次活动由钢城区人民政府主办，钢城区农业农村局、钢城区商务局承办，钢城区茶叶协会协办。\n"
                   "钢城区召开城市更新动员大会。本次大会由钢城区住房和城乡建设局主办。")
    events = ("2025钢城茶产业发展大会", "第三届钢城茶制茶技能大赛")
    assert edges(doc, "organizes") == {(b, e) for e in events for b in (
        "钢城区人民政府", "钢城区农业农村局", "钢城区商务局", "钢城区茶叶协会")}
    roles = {dict(r.qualifiers)["organizer_role"] for r in doc._.kg_relations if r.predicate == "organizes"}
    assert roles == {"主办", "承办", "协办"}


def test_relations_a_list_of_people_under_a_heading_with_its_round_before_the_quotes(nlp_full):
    """一、2025年度“Y”（3名）: the heading's honour is Y with its round; each line's person receives it and works for
    the body written first after the space, the job after the body the role (member_line); a line whose post is a
    head's title kg knows is post_title's, and a line of two bodies no one workplace."""
    doc = nlp_full("钢城区人力资源和社会保障局关于命名2025年度“钢城工匠”的决定\n\n"
                   "附件：2025年度“钢城工匠”名单\n\n"
                   "一、2025年度“钢城工匠”（4名）\n"
                   "王晓梅  钢城区宏耀机械有限公司电焊班班长\n"
                   "李建华（女）  钢城区天铭数控机床有限公司数控车工、高级技师\n"
                   "赵晓东  钢城区澄波物流有限公司总经理\n"
                   "周明  钢城区锦绣里物业有限公司、钢城区岚集商贸有限公司维修工\n")
    assert edges(doc, "awarded") == {(p, "2025年度钢城工匠") for p in ("王晓梅", "李建华", "赵晓东", "周明")}
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name, dict(r.qualifiers).get("role"))
            for r in doc._.kg_relations if r.predicate in ("memberOf", "leads")} == {
        ("王晓梅", "memberOf", "钢城区宏耀机械有限公司", "电焊班班长"),
        ("李建华", "memberOf", "钢城区天铭数控机床有限公司", "数控车工、高级技师"),
        ("赵晓东", "leads", "钢城区澄波物流有限公司", "总经理")}


def test_relations_a_decisions_sections_give_their_honours_with_the_verb_and_the_title_word(nlp_full):
    """一、授予“Y”称号（2个）: the section's honour is Y; its line of bodies parted by 、 and its lines of people receive
    it; the decision's issuers organise it."""
    doc = nlp_full("中共钢城区委 钢城区人民政府关于表彰2024年度全区先进集体和先进个人的决定\n\n"
                   "一、授予“2024年度钢城区先进集体”称号（2个）\n"
                   "艾山街道办事处、钢城区宏耀机械有限公司\n\n"
                   "二、授予“2024年度钢城区先进个人”称号（1名）\n"
                   "王晓梅　区商务局外资外贸股股长\n")
    assert edges(doc, "awarded") == {("艾山街道办事处", "2024年度钢城区先进集体"), ("钢城区宏耀机械有限公司", "2024年度钢城区先进集体"),
                                     ("王晓梅", "2024年度钢城区先进个人")}


def test_relations_a_published_lists_sections_of_kinds_of_entrants_give_the_titles_honour(nlp_full):
    """关于公布Y名单的通知: Y is the list's honour (not 现将名单予以公布); sections naming only kinds of its entrants
    (示范乡镇, 示范村 under …示范村镇) give Y, a prize section (纳税贡献奖) its own; each item is the last of the places
    written on its line (1.甲省乙市丙区丁镇)."""
    villages = nlp_full(("钢城区农业农村局关于公布第一批钢城区和美乡村示范村镇名单的通知\n\n"
                                  "经各街道推荐，确定颜庄镇等2个镇、东高村等2个村为第一批钢城区和美乡村示范村镇。现将名单予以公布。\n\n"
                                  "一、示范乡镇（2个）\n1.山东省济南市钢城区颜庄镇\n2.山东省济南市钢城区岚集镇\n\n"
                                  "二、示范村（2个）\n1.山东省济南市钢城区颜庄镇东高村\n2.山东省济南市钢城区艾山街道澄波村\n"))
    firms = nlp_full("钢城区工业和信息化局关于公布2024年度钢城区优秀企业名单的通知\n\n一、纳税贡献奖（1家）\n"
                     "1.钢城区宏耀机械有限公司\n\n二、优秀企业（1家）\n1.钢城区天铭数控机床有限公司\n")
    assert (edges(villages, "awarded"), edges(firms, "awarded")) == (
        {(v, "第一批钢城区和美乡村示范村镇") for v in ("颜庄镇", "岚集镇", "东高村", "澄波村")},
        {("钢城区宏耀机械有限公司", "2024年度纳税贡献奖"), ("钢城区天铭数控机床有限公司", "2024年度钢城区优秀企业")})


def test_relations_a_list_published_in_quotes_its_entrants_and_the_selection_referred_to(nlp_full):
    """发布了“Y”名单，甲、乙2家企业获此称号。该评选由丙与丁联合组织开展: Y is an honour; 甲 and 乙 receive it, 丙 and
    丁 organise it."""
    doc = nlp_full("会上还发布了“2025年度钢城协作优秀企业”名单，钢城区宏耀食品集团有限公司、钢城区天铭物流有限公司2家企业获此称号。"
                   "该评选由钢城区商务局与钢城区商会联合组织开展。")
    honour = "2025年度钢城协作优秀企业"
    assert triples(doc, "awarded", "organizes") == {
        ("钢城区宏耀食品集团有限公司", "awarded", honour), ("钢城区天铭物流有限公司", "awarded", honour),
        ("钢城区商务局", "organizes", honour), ("钢城区商会", "organizes", honour)}


def test_relations_those_who_received_this_honour_after_it_was_handed_to_a_batch(nlp_full):
    """A授予一批同志“Y”称号: A hands Y over (organizes) and receives nothing; 甲、乙获此殊荣 receive it."""
    doc = nlp_full("省委、省政府授予一批同志“山东省劳动模范”称号，宏耀铝业有限公司技术总监王晓梅、"
                   "艾山街道农业综合服务中心主任李建华获此殊荣。")
    assert edges(doc, "awarded") == {("王晓梅", "山东省劳动模范"), ("李建华", "山东省劳动模范")}
    assert edges(doc, "organizes") == {("省委", "山东省劳动模范"), ("省人民政府", "山东省劳动模范")}


def test_relations_a_decision_whose_paragraph_opens_a_list_organises_every_paragraph_of_the_list(nlp_full):
    """其中： opens the list in the decision's own paragraph, which gives its first honour; a paragraph closed by
    ； goes on in the next; the aside after the list (此外，) is another matter."""
    doc = nlp_full("会议宣读了《中共钢城区委 钢城区人民政府关于表彰2024年度先进集体的决定》，对先进集体予以表彰。其中："
                   "甲乙机械有限公司获评“2024年度工业强区贡献企业”；\n"
                   "艾山街道被评为“2024年度重点工程先进集体”；\n"
                   "丙丁化工有限公司获评“2024年度纳税贡献企业”。\n"
                   "此外，戊己物流有限公司获评“2024年度全省物流百强企业”。")
    assert edges(doc, "organizes") == {
        (body, honour) for body in ("钢城区委", "钢城区人民政府")
        for honour in ("2024年度工业强区贡献企业", "2024年度重点工程先进集体", "2024年度纳税贡献企业")}


def test_relations_a_decision_announced_alone_organises_the_honours_of_the_list_sections_after_it(nlp_full):
    # a section's heading (一、Y（2家）) gives no honour itself: the entries after it do, and the decision goes on
    doc = nlp_full("会议宣读了中共钢城区委、钢城区人民政府《关于表彰2024年度优秀民营企业的决定》。\n"
                   "一、2024年度钢城区优秀民营企业（2家）\n甲乙装备股份有限公司、丙丁枣业有限公司\n"
                   "二、2024年度钢城区优秀企业家（1名）\n吴发展（甲乙装备股份有限公司董事长）")
    assert edges(doc, "organizes") == {
        (body, honour) for body in ("钢城区委", "钢城区人民政府")
        for honour in ("2024年度钢城区优秀民营企业", "2024年度钢城区优秀企业家")}


def test_relations_a_unions_decision_its_medal_list_and_an_honour_given_before(nlp_full):
    # 奖状, 奖章 and 先锋号 end honours; the people listed with their posts after 的2名个人分别是： receive the medal
    # (not the firm a post is at); an honour the clause dates before the decision (此前曾获, 2023年获评) is no honour
    # of the decision; 称号 is no part of an honour's name; 中队 and 年级组 name parts of the bodies before them
    doc = nlp_full("近日，钢城区总工会印发《关于表彰2025年钢城区五一劳动奖和钢城区工人先锋号的决定》。\n"
                   "宏耀铝业有限公司、钢城区人民医院获钢城区五一劳动奖状。\n"
                   "获钢城区五一劳动奖章的2名个人分别是：宏耀铝业有限公司高级技师李建华，以及艾山街道返乡创业青年、"
                   "钢城区翠岭茶叶专业合作社理事长王晓梅。李建华此前曾获山东省技术能手称号；王晓梅2023年获评“钢城区优秀农民”。\n"
                   "钢城区公安局交通管理大队事故处理中队、钢城区第一中学高三年级组获钢城区工人先锋号称号。")
    medals = ("钢城区五一劳动奖状", "钢城区五一劳动奖章", "钢城区工人先锋号")
    assert triples(doc, "awarded", "organizes") == {
        ("宏耀铝业有限公司", "awarded", medals[0]), ("钢城区人民医院", "awarded", medals[0]),
        ("李建华", "awarded", medals[1]), ("王晓梅", "awarded", medals[1]),
        ("李建华", "awarded", "山东省技术能手"), ("王晓梅", "awarded", "钢城区优秀农民"),
        ("钢城区公安局交通管理大队事故处理中队", "awarded", medals[2]), ("钢城区第一中学高三年级组", "awarded", medals[2]),
        *{("钢城区总工会", "organizes", medal) for medal in medals}}


@pytest.mark.parametrize("text,expected", [
    # a meeting that commends, and the next paragraph going on about it (会上)
    ("湖州市委、市政府召开全市制造业高质量发展大会，对先进集体和先进个人进行表彰。\n"
     "会上，浙江绿岸新材料股份有限公司被评为“2024年度湖州市工业突出贡献企业”。\n"
     "另讯，长沙微芯光电子有限公司获评“2023年度长沙市科技创新十强企业”。",
     {("湖州市委", "2024年度湖州市工业突出贡献企业"), ("湖州市人民政府", "2024年度湖州市工业突出贡献企业")}),
    # the decision named as a document's title
    ("会议宣读了《中共肥城市委 肥城市人民政府关于表彰2024年度高质量发展先进集体和先进个人的决定》。"
     "山东泰岳精工机械有限公司被授予“2024年度肥城市工业经济突出贡献企业”称号。",
     {("肥城市委", "2024年度肥城市工业经济突出贡献企业"), ("肥城市人民政府", "2024年度肥城市工业经济突出贡献企业")}),
    # the bodies written before the document's title
    ("会议宣读了中共莒南县委、莒南县人民政府《关于表彰2024年度全县高质量发展先进集体和先进个人的决定》。"
     "莒南宏远电子科技有限公司被授予“2024年度工业经济突出贡献企业”称号。",
     {("莒南县委", "2024年度工业经济突出贡献企业"), ("莒南县人民政府", "2024年度工业经济突出贡献企业")}),
    # an honour whose giver is written with it is that giver's only
    ("经区委、区政府研究决定，对表现突出的单位予以表彰。"
     "甲区乙街道获评由山东省民政厅授予的“全省社区治理示范街道”称号。",
     {("山东省民政厅", "全省社区治理示范街道")}),
])
def test_relations_the_bodies_of_a_commending_decision_or_meeting_organise_its_honours(nlp_full, text, expected):
    assert edges(nlp_full(text), "organizes") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the work built right after 在 and a place is in that place
        ("山东蓝鲸海洋牧场科技股份有限公司将投资8.5亿元，在俚岛镇建设蓝鲸智能化海洋牧场项目。",
         {("蓝鲸智能化海洋牧场项目", "俚岛镇")}),
        # and in a relative clause: 甲公司在乙街道建设的P
        ("集团出资1.5亿元，投资钢城宜能新材料有限公司在艾山街道建设的年产5万吨锂电负极材料项目。",
         {("年产5万吨锂电负极材料项目", "艾山街道")}),
        # beyond a road (以南) is in the town the road runs through; beside one (西侧) is by the road
        ("苏州恒拓新能源生产基地项目，位于甪直镇澄湖路以南。", {("苏州恒拓新能源生产基地项目", "甪直镇"),
                                                 ("苏州恒拓新能源生产基地项目", "苏州")}),
        ("融通·融园装备制造产业园位于通济新区前枣杭村、城马路西侧。",
         {("融通·融园装备制造产业园", "前枣杭村"), ("融通·融园装备制造产业园", "城马路")}),
    ],
)
def test_relations_where_a_work_is_built_or_lies_beyond_a_road(nlp_full, text, expected):
    doc = nlp_full(text)
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name) for r in doc._.kg_relations if r.predicate == "locatedIn"
            and ms[r.subject].type == "Project"} == expected


def test_relations_a_festivals_hosts_organise_it_and_this_year_s_festival_is_it(nlp_full):
    doc = nlp_full("8月15日晚，2025兰州黄河文化旅游节在兰州市城关区开幕。本届旅游节由甘肃省文化和旅游厅、兰州市人民政府主办，"
                   "兰州市文化和旅游局承办，兰州黄河文化传媒有限公司协办。")
    ms = doc._.kg_mentions
    festival = [i for i, m in enumerate(ms) if m.type == "Project" and m.kind == "name"]
    assert [ms[i].name for i in festival] == ["兰州黄河文化旅游节"]
    assert {(ms[r.subject].name, dict(r.qualifiers)["organizer_role"]) for r in doc._.kg_relations
            if r.predicate == "organizes" and ms[r.object].antecedent in festival} == {
        ("甘肃省文化和旅游厅", "主办"), ("兰州市人民政府", "主办"), ("兰州市文化和旅游局", "承办"),
        ("兰州黄河文化传媒有限公司", "协办")}


def test_relations_the_bodies_after_by_fund_or_run_the_work_each_in_its_clause(nlp_full):
    doc = nlp_full("东昌府区智慧农业大棚项目开工。该项目由聊城市农业农村局争取省级衔接资金200万元支持，"
                   "由山东鲁西农业科技有限公司负责运营。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, dict(r.qualifiers).get("amount")) for r in doc._.kg_relations
            if r.predicate in ("funds", "develops")} == {("聊城市农业农村局", "funds", "2000000"),
                                                         ("山东鲁西农业科技有限公司", "develops", None)}


def test_relations_money_for_a_work_its_places_named_in_a_modifier_before_it(nlp_full):
    # 都 of 郫都区 is no boundary inside the district's name; 等5个村 makes the list one of villages
    doc = nlp_full("省农业农村厅下达补助资金3200万元，用于唐昌街道柳溪村、清塘村等5个村的2024年郫都区高标准农田建设项目。")
    assert {(m.name, m.type) for m in doc._.kg_mentions if m.type in ("Project", "Place")} == {
        ("唐昌街道", "Place"), ("柳溪村", "Place"), ("清塘村", "Place"), ("郫都区", "Place"),
        ("2024年郫都区高标准农田建设项目", "Project")}
    assert edges(doc, "funds") == {("省农业农村厅", "2024年郫都区高标准农田建设项目")}


def test_relations_develops_role_clauses_after_the_project(nlp):
    # each clause that opens with bodies and ends with their part in the building is about the work
    # named before it: 乙 承建 (no 由), 丙 EPC总承包, 丁 为施工总承包单位; the supervisor 戊 builds nothing
    text = "甲产业园项目由甲科技有限公司投资20亿元建设，乙建工集团有限公司承建，丙工程局有限公司EPC总承包，" \
           "丁建设有限公司为施工总承包单位，戊监理有限公司负责监理，计划明年建成。"
    names = ["甲科技有限公司", "乙建工集团有限公司", "丙工程局有限公司", "丁建设有限公司", "戊监理有限公司"]
    ms = [mention(text, "甲产业园项目", "Project")] + [mention(text, n, "Company") for n in names]
    assert preds(run(nlp, text, ms), "develops") == {(n, "甲产业园项目") for n in names[:4]}


def test_relations_develops_role_owner_that_pays_and_a_consortium(nlp):
    # 作为项目业主负责投资、建设和运营: the owner develops and funds; a consortium (A与B组成的联合体) builds
    # as both firms; 负责施工 after 建设单位为 names the contractor
    text = "甲供水工程由甲水务集团有限公司作为项目业主负责投资、建设和运营，乙水利有限公司与丙环境有限公司" \
           "组成的联合体承担设计施工总承包。乙医院迁建工程建设单位为丁局，戊建设集团有限公司负责施工。"
    ms = [mention(text, "甲供水工程", "Project"), mention(text, "甲水务集团有限公司", "Company"),
          mention(text, "乙水利有限公司", "Company"), mention(text, "丙环境有限公司", "Company"),
          mention(text, "乙医院迁建工程", "Project"), mention(text, "丁局", "Agency"),
          mention(text, "戊建设集团有限公司", "Company")]
    rels = run(nlp, text, ms)
    assert preds(rels, "develops") == {("甲水务集团有限公司", "甲供水工程"), ("乙水利有限公司", "甲供水工程"),
                                       ("丙环境有限公司", "甲供水工程"), ("丁局", "乙医院迁建工程"),
                                       ("戊建设集团有限公司", "乙医院迁建工程")}
    assert preds(rels, "funds") == {("甲水务集团有限公司", "甲供水工程")}


def test_relations_develops_role_the_legal_person_of_a_work(nlp):
    # 由甲公司作为项目法人负责建设: the work's legal person (项目法人) builds it
    text = "甲医院新院区项目总投资12亿元，由甲城建投资集团有限公司作为项目法人负责建设。"
    ms = [mention(text, "甲医院新院区项目", "Project"), mention(text, "甲城建投资集团有限公司", "Company")]
    assert preds(run(nlp, text, ms), "develops") == {("甲城建投资集团有限公司", "甲医院新院区项目")}


def test_relations_develops_role_needs_a_part_in_the_building_at_the_clause_s_end(nlp):
    # 乙公司投资5亿元 (money follows: funds rules' business), 丙公司负责 (no part), 丁公司负责监理 (a
    # supervisor), 戊公司承建的己项目 (another work): none of these clauses is about 甲项目's builders
    text = "甲项目总投资9亿元，乙公司投资5亿元，丙公司负责，丁公司负责监理，戊公司承建的己项目同步开工。"
    ms = [mention(text, "甲项目", "Project"), mention(text, "乙公司", "Company"), mention(text, "丙公司", "Company"),
          mention(text, "丁公司", "Company"), mention(text, "戊公司", "Company"), mention(text, "己项目", "Project")]
    assert [(s, o) for s, p, o, _ in run(nlp, text, ms) if p == "develops"] == [("戊公司", "己项目")]


def test_relations_develops_topic_builders_in_a_sentence_of_their_own(nlp):
    # a sentence naming no work whose clauses name builders by their part builds the work named last before
    # it in the paragraph: 施工由X承担; X、Y分别中标…施工总承包; 项目施工总承包单位为X (监理单位 builds nothing)
    text = "甲河综合治理工程今年开工。施工由甲生态工程有限公司承担。乙轨道交通1号线工程进展顺利。" \
           "乙建设集团有限公司、丙建工集团有限公司分别中标一标段和二标段施工总承包。丙新材料项目开工。" \
           "项目施工总承包单位为丁化工建设有限公司，监理单位为戊工程监理有限公司。"
    works = ["甲河综合治理工程", "乙轨道交通1号线工程", "丙新材料项目"]
    firms = ["甲生态工程有限公司", "乙建设集团有限公司", "丙建工集团有限公司", "丁化工建设有限公司", "戊工程监理有限公司"]
    ms = sorted([mention(text, w, "Project") for w in works] + [mention(text, f, "Company") for f in firms],
                key=lambda m: m.start)
    assert preds(run(nlp, text, ms), "develops") == {
        ("甲生态工程有限公司", "甲河综合治理工程"), ("乙建设集团有限公司", "乙轨道交通1号线工程"),
        ("丙建工集团有限公司", "乙轨道交通1号线工程"), ("丁化工建设有限公司", "丙新材料项目")}


def test_relations_develops_topic_a_paragraph_opening_with_the_works_kind_word_goes_on_about_it(nlp):
    # 工程… opens the paragraph: the work named last before, in the paragraph before; a paragraph opening otherwise
    # is about no work of an earlier one
    text = "甲轨道交通1号线工程开工。\n工程土建共划分为5个标段。乙建设集团有限公司、丙建工集团有限公司分别中标一标段和二标段" \
           "施工总承包。\n今年全市交通投资增长。丁建设有限公司负责施工。"
    ms = sorted([mention(text, "甲轨道交通1号线工程", "Project")]
                + [mention(text, f, "Company") for f in ("乙建设集团有限公司", "丙建工集团有限公司", "丁建设有限公司")],
                key=lambda m: m.start)
    assert preds(run(nlp, text, ms), "develops") == {
        ("乙建设集团有限公司", "甲轨道交通1号线工程"), ("丙建工集团有限公司", "甲轨道交通1号线工程")}


def test_relations_develops_topic_needs_the_work_in_the_same_paragraph_and_a_building_part(nlp):
    # a new paragraph is about another work; 中标 of a purchase (设备采购) and 负责监理 build nothing
    text = "甲供水工程开工。\n施工由甲建设有限公司承担。乙园区项目开工。乙科技有限公司中标设备采购，丙咨询有限公司负责监理。"
    ms = sorted([mention(text, "甲供水工程", "Project"), mention(text, "乙园区项目", "Project")]
                + [mention(text, f, "Company") for f in ("甲建设有限公司", "乙科技有限公司", "丙咨询有限公司")],
                key=lambda m: m.start)
    assert preds(run(nlp, text, ms), "develops") == set()


def test_relations_develops_topic_builders_after_the_agents_marker_and_not_of_a_part(nlp):
    # 由X作为项目业主: the owner after 由 builds the work named before; the work the sentence opens with, not a
    # part it lists after 主要建设
    text = "甲中学新校区总投资3亿元。新校区可提供学位3600个，由乙教育局作为项目业主，甲城投公司负责投资建设。" \
           "丙口岸改造工程总投资4亿元，主要建设查验区和交易中心，由丁建设投资有限公司作为项目业主。"
    ms = sorted([mention(text, w, "Project") for w in ("甲中学新校区", "丙口岸改造工程", "交易中心")]
                + [mention(text, "乙教育局", "Agency")]
                + [mention(text, f, "Company") for f in ("甲城投公司", "丁建设投资有限公司")], key=lambda m: m.start)
    assert preds(run(nlp, text, ms), "develops") == {
        ("乙教育局", "甲中学新校区"), ("甲城投公司", "甲中学新校区"), ("丁建设投资有限公司", "丙口岸改造工程")}


def test_relations_a_school_referred_to_by_its_kind_word_and_built_by_a_firm(nlp_full):
    # 学校由X投资4.2亿元建设: the clause after the kind word builds the school (a work), X invests in and builds it
    doc = nlp_full("钢城区第三实验学校开工。学校由钢城区城市建设投资有限公司投资4.2亿元建设。")
    assert triples(doc, "funds", "develops") == {
        ("钢城区城市建设投资有限公司", "funds", "钢城区第三实验学校"), ("钢城区城市建设投资有限公司", "develops", "钢城区第三实验学校")}


def test_relations_builders_parts_of_financing_holding_and_joint_development(nlp_full):
    # 由X负责投融资和建设 (X funds and builds), 由X承担, 项目由X控股投资, 该物流园由A与B合作开发 (该物流园: the park named before)
    doc = nlp_full("翠岭大道提质改造工程全长7.2公里，由钢城区城市建设投资有限公司负责投融资和建设。"
                   "艾山矿山生态修复工程开工，由山东岚湾生态环境治理有限公司承担。该工程由宏耀工程监理有限公司承担监理。"
                   "澜湾新材料年产6万吨黄磷精深加工项目开工。项目由澜湾控股集团股份有限公司控股投资。"
                   "东高物流园开工。该物流园由钢城区城市发展投资集团有限公司与山东岚湾物流集团合作开发。")
    assert triples(doc, "funds", "develops") == {
        ("钢城区城市建设投资有限公司", "develops", "翠岭大道提质改造工程"), ("钢城区城市建设投资有限公司", "funds", "翠岭大道提质改造工程"),
        # (澜湾新材料, a brand of no firm the page names, is no word of the work's name)
        ("澜湾控股集团股份有限公司", "develops", "年产6万吨黄磷精深加工项目"),
        ("澜湾控股集团股份有限公司", "funds", "年产6万吨黄磷精深加工项目"),
        ("钢城区城市发展投资集团有限公司", "develops", "东高物流园"), ("山东岚湾物流集团", "develops", "东高物流园"),
        # 由X承担: X carries out the work; 承担监理 builds nothing
        ("山东岚湾生态环境治理有限公司", "develops", "艾山矿山生态修复工程")}


def test_relations_a_plan_a_work_is_entered_in_is_no_work_its_builders_build(nlp_full):
    # P纳入甲区…改造计划，由A组织实施，B承建: the plan's name is no work; A and B build P
    doc = nlp_full("2024年，翠岭社区老旧小区改造项目纳入钢城区城镇老旧小区改造计划，由区住建局组织实施，山东宏耀建设有限公司承建。")
    assert triples(doc, "develops") == {("区住房和城乡建设局", "develops", "翠岭社区老旧小区改造项目"),
                                        ("山东宏耀建设有限公司", "develops", "翠岭社区老旧小区改造项目")}


def test_relations_develops_by_a_manner_between_the_builder_and_its_verb(nlp):
    # 由X以EPC模式承建: the manner stands between the builder and the verb
    text = "甲储能电站项目由甲电力工程有限公司以EPC模式承建。"
    ms = [mention(text, "甲储能电站项目", "Project"), mention(text, "甲电力工程有限公司", "Company")]
    assert preds(run(nlp, text, ms), "develops") == {("甲电力工程有限公司", "甲储能电站项目")}


def test_relations_awarded_verb_the_giver_after_bei_organises_the_honour(nlp):
    # 甲被乙评为Y: 甲 receives Y, 乙 (between 被 and the verb) confers it
    text = "甲马拉松已连续三年被乙田径协会评为金牌赛事。"
    ms = [mention(text, "甲马拉松", "Project"), mention(text, "乙田径协会", "Organization"),
          mention(text, "金牌赛事", "Award")]
    rels = run(nlp, text, ms)
    assert (preds(rels, "awarded"), preds(rels, "organizes")) == (
        {("甲马拉松", "金牌赛事")}, {("乙田径协会", "金牌赛事")})


def test_relations_awarded_list_title_bodies_announcing_together_and_a_list_closed_by_deng(nlp):
    # 甲部、乙委联合公布Y名单，丙、丁等企业入选: both announce it; 等企业 (no count) closes the list
    text = "甲部、乙委联合公布2025年度智能制造示范工厂名单，丙科技有限公司、丁化工有限公司等企业入选。"
    ms = [mention(text, "甲部", "Agency"), mention(text, "乙委", "Agency"),
          mention(text, "丙科技有限公司", "Company"), mention(text, "丁化工有限公司", "Company")]
    rels = run(nlp, text, ms)
    honour = "2025年度智能制造示范工厂"
    assert (preds(rels, "awarded"), preds(rels, "organizes")) == (
        {("丙科技有限公司", honour), ("丁化工有限公司", honour)}, {("甲部", honour), ("乙委", honour)})


def test_relations_an_event_named_with_its_year_and_its_hosts_after_bence_saishi(nlp_full):
    # a marathon with a proper part is an event (typed Project, as the gold types events), its year part
    # of its name; 本次赛事 refers to it, and its hosts organise it
    doc = nlp_full("4月20日，2025崂山国际半程马拉松在崂山区鸣枪开跑。本次赛事由崂山区人民政府主办，"
                   "青岛恒跑体育有限公司承办，青岛海岳银行协办。")
    assert edges(doc, "organizes") == {(host, "2025崂山国际半程马拉松") for host in
                                       ("崂山区人民政府", "青岛恒跑体育有限公司", "青岛海岳银行")}


def test_relations_funds_verb_for_building_a_work_after_qizhong(nlp_full):
    # 其中，甲县获得N，用于建设P: the bodies of the sentence before pay; 用于建设 marks the work as 用于 does
    doc = nlp_full("近日，洛阳市财政局、洛阳市农业农村局联合下达乡村振兴补助资金1.92亿元。其中，嵩县获得5600万元，"
                   "用于建设白河镇食用菌产业园项目。")
    assert edges(doc, "funds") == {("洛阳市财政局", "白河镇食用菌产业园项目"), ("洛阳市农业农村局", "白河镇食用菌产业园项目")}


def test_relations_a_district_receiving_money_is_no_payer_of_the_sentence(nlp_full):
    # 其中，甲区获得补助资金…: 获得 is read before 补助; the bodies that handed the money out pay
    doc = nlp_full("近日，东营市财政局、市交通运输局联合下达市级补助资金1.26亿元。其中，垦利区获得补助资金3100万元，"
                   "重点用于胜利大街改建工程。")
    assert edges(doc, "funds") == {("东营市财政局", "胜利大街改建工程"), ("东营市交通运输局", "胜利大街改建工程")}


def test_relations_a_body_whose_meeting_opens_is_no_subject_of_the_next_sentence(nlp_full):
    # 甲区第十七届人大三次会议开幕: the congress meets; the works the report lists are no money of its
    doc = nlp_full("1月30日，淄博市张店区第十七届人大三次会议开幕。今年张店区将实施淄东铁路综合整治等总投资15.7亿元的36项重点工程。")
    assert edges(doc, "funds") == set()


def test_relations_a_post_then_wei_then_its_holder(nlp_full):
    doc = nlp_full("区财政局局长为王刚，区教育局副局长为李娜。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name, r.qualifiers) for r in doc._.kg_relations} == {
        ("王刚", "leads", "区财政局", (("role", "局长"),)), ("李娜", "memberOf", "区教育局", (("role", "副局长"),))}


def test_relations_funds_the_lender_not_the_firm_it_lends_to(nlp_full):
    # 甲银行还向乙公司发放贷款…，支持P: the bank funds P; 乙, after 向 and before 发放, borrows
    doc = nlp_full("中国建设银行曲靖分行还向曲靖市沾益区自来水有限公司发放贷款1.5亿元，支持沾益区城乡供水一体化工程建设。")
    assert edges(doc, "funds") == {("中国建设银行曲靖分行", "沾益区城乡供水一体化工程")}


def test_relations_funds_received_after_a_clause_about_the_work(nlp_full):
    # P总投资5.6亿元，获得甲银行项目贷款2亿元: the clause between names nothing, so P is still the topic
    doc = nlp_full("柳江电驱系统智能工厂项目总投资5.6亿元，获得中国工商银行柳州分行项目贷款2亿元。")
    assert edges(doc, "funds") == {("中国工商银行柳州分行", "柳江电驱系统智能工厂项目")}


def test_relations_a_work_lent_to_after_xiang_keeps_its_name(nlp_full):
    # 向傅 is one word of jieba's: the preposition still opens no work's name
    doc = nlp_full("国家开发银行山东省分行向傅疃河综合治理工程发放贷款6亿元。")
    assert edges(doc, "funds") == {("国家开发银行山东省分行", "傅疃河综合治理工程")}


def test_relations_funds_verb_a_clause_after_a_semicolon_pays_with_the_sentence_s_payer(nlp_full):
    # …，工程由甲局负责建设；拨付乙区6000万元，用于P: 甲局 builds the first work and pays for nothing; the
    # payer of every clause is the body that opens the sentence with 拨付
    doc = nlp_full("洛阳市财政局拨付1.3亿元用于伊河伊川段防洪治理工程，工程由伊川县水利局负责建设；"
                   "拨付偃师区6000万元，用于首阳山街道老旧小区改造项目。")
    assert (edges(doc, "funds"), edges(doc, "develops")) == (
        {("洛阳市财政局", "伊河伊川段防洪治理工程"), ("洛阳市财政局", "首阳山街道老旧小区改造项目")},
        {("伊川县水利局", "伊河伊川段防洪治理工程")})


@pytest.mark.parametrize("text, expected", [
    # the brand and the trade cut to two characters (新材料 → 新材), before a post's title
    ("济南瑞泰新材料股份有限公司参与建设。瑞泰新材董事长丁俊峰介绍，进展顺利。", {("丁俊峰", "瑞泰新材")}),
    # the brand and trade are everyday words (润泽, 水务): the title after them says a firm is meant
    ("日照润泽水务发展有限公司负责运营。润泽水务总经理隋建伟表示，将确保达标。", {("隋建伟", "润泽水务")}),
])
def test_relations_a_firm_s_short_name_before_a_post(nlp_full, text, expected):
    assert edges(nlp_full(text), "leads") == expected


def test_relations_funds_invest_a_clause_with_no_subject_is_the_opening_firm_s(nlp_full):
    # 甲公司与乙管委会签订协议，计划出资12亿元，建设P: the clause that invests has no subject; the firm that
    # opens the sentence (not the government it signs with) funds and builds P, as planned
    doc = nlp_full("5月8日，山东宏泰精工机械有限公司与胶州经济技术开发区管委会签订协议，计划出资12亿元，建设宏泰高端轴承智能工厂项目。")
    assert (edges(doc, "funds"), edges(doc, "develops")) == ({("山东宏泰精工机械有限公司", "宏泰高端轴承智能工厂项目")},) * 2


def test_relations_develops_unit_the_project_s_owning_unit(nlp):
    # 由甲局作为项目单位: 项目单位 (develops_unit_nouns) is the work's owner, which develops it
    text = "丙学校新建工程由甲局作为项目单位，乙建设工程有限公司承建。"
    ms = [mention(text, "丙学校新建工程", "Project"), mention(text, "甲局", "Agency"),
          mention(text, "乙建设工程有限公司", "Company")]
    assert preds(run(nlp, text, ms), "develops") == {("甲局", "丙学校新建工程"), ("乙建设工程有限公司", "丙学校新建工程")}


def test_relations_funds_verb_a_town_opening_the_clause_pays_not_the_body_before_it(nlp_full):
    # 甲镇党委书记乙汇报，该镇今年争取…资金，用于P: the town pays (a place funds nothing in the graph), not
    # 甲镇党委; 该局 (a body) still pays
    town = nlp_full("移风店镇党委书记隋海燕汇报，该镇今年争取补助资金860万元，重点用于大欧戈庄村人居环境提升工程。")
    bureau = nlp_full("即墨区农业农村局局长王建华介绍，该局今年争取资金500万元，用于后屯村冷库项目。")
    assert (edges(town, "funds"), edges(bureau, "funds")) == (set(), {("即墨区农业农村局", "后屯村冷库项目")})


@pytest.mark.parametrize("text,body,posts,expected", [
    # 甲常委会主任乙主持会议，副主任丙、丁出席: 副主任 (no body of its own, a clause after the head) is of the
    # body whose 主任 was named before; both names of the list hold it.  副市长 names its own body.
    ("区人大常委会主任邢建国主持会议，副主任高春燕、鲁卫东出席。", "区人大常委会",
     {"邢建国": "区人大常委会主任", "高春燕": "副主任", "鲁卫东": "副主任"},
     {("邢建国", "leads"), ("高春燕", "memberOf"), ("鲁卫东", "memberOf")}),
    # 副主席甲、乙，秘书长丙: 秘书长 (no body of its own) after the comma is of the body the list's post names
    ("县政协副主席刘明、孙军，秘书长黄伟在主席台就座。", "县政协",
     {"刘明": "县政协副主席", "孙军": "县政协副主席", "黄伟": "秘书长"},
     {("刘明", "memberOf"), ("孙军", "memberOf"), ("黄伟", "memberOf")}),
])
def test_relations_post_title_a_bare_post_is_of_the_body_named_before(nlp, text, body, posts, expected):
    ms = [mention(text, body, "Agency"), *(mention(text, name, "Official", role=role) for name, role in posts.items())]
    assert {(s, p, o) for s, p, o, _ in run(nlp, text, ms)} == {(name, p, body) for name, p in expected}


def test_relations_post_title_a_bare_bureau_word_opening_the_sentence_is_the_bureau_named_before(nlp_full):
    # …农业农村局召开会议。局党组书记、局长甲…，党组成员、副局长乙…: 局 is the bureau the sentence before named
    doc = nlp_full("7月8日，胶州市农业农村局召开上半年工作总结会议。局党组书记、局长纪洪涛出席并讲话，党组成员、副局长于晓琳主持会议。")
    assert (edges(doc, "leads"), edges(doc, "memberOf")) == (
        {("纪洪涛", "胶州市农业农村局")}, {("于晓琳", "胶州市农业农村局")})


def test_relations_develops_verb_a_firm_that_will_build_a_work(nlp_full):
    # 甲公司将在T建设P, 乙公司拟建设Q: a plan to build still names who builds it
    doc = nlp_full("甲乙生物科技有限公司将在钢城区建设年加工30万吨玉米深加工项目。丙丁食品有限公司拟建设年产5万吨速冻食品项目。")
    assert triples(doc, "develops") == {("甲乙生物科技有限公司", "develops", "年加工30万吨玉米深加工项目"),
                                        ("丙丁食品有限公司", "develops", "年产5万吨速冻食品项目")}


def test_relations_awarded_a_list_of_people_each_after_their_body_and_a_long_word_for_their_work(nlp_full):
    # 乙医院 | 心内科主任医师 | 刘某: seven characters of work between the body and the name still make one item
    doc = nlp_full("甲乙机械有限公司总经理赵明、钢城区人民医院心内科主任医师刘晓峰获评“2024年度钢城区先进个人”。")
    assert triples(doc, "awarded") == {("赵明", "awarded", "2024年度钢城区先进个人"), ("刘晓峰", "awarded", "2024年度钢城区先进个人")}


def test_relations_located_possessive_a_zone_or_firm_within_a_town(nlp_full):
    # 甲镇境内的乙开发区 / 乙公司: within the town; 以东的 (east of a road) says beside, not within
    doc = nlp_full("在颜庄镇境内的钢城经济开发区，山东甲乙机械有限公司投产。艾山街道辖区内的丙丁食品有限公司扩产。")
    beside = nlp_full("项目位于钢城大街以东的甲乙产业园内。")
    assert (triples(doc, "locatedIn"), triples(beside, "locatedIn")) == (
        {("钢城经济开发区", "locatedIn", "颜庄镇"), ("钢城经济开发区", "locatedIn", "钢城"),  # (钢城 opens its name)
         ("颜庄镇", "locatedIn", "钢城"),  # (a town the divisions data does not know: in the passage's place)
         ("丙丁食品有限公司", "locatedIn", "艾山街道")}, set())


def test_relations_the_head_an_institute_word_is_given_is_the_institutes(nlp_full):
    # 研究院院长由乙学院教授丙担任: 丙 heads the institute the page named, not the college after 由
    doc = nlp_full("钢城集成电路创新研究院揭牌成立。研究院院长由山东理工学院微电子学院教授刘明远担任。")
    assert triples(doc, "leads") == {("刘明远", "leads", "钢城集成电路创新研究院")}


def test_relations_a_firm_named_in_full_only_in_its_works_name_then_by_its_brand(nlp_full):
    # 山东翠河智能装备有限公司 | 年产…项目 … 翠河智能总经理: the brand (翠河 | 智能, no river 翠河) is the firm the
    # work's name opens with, which its manager heads
    doc = nlp_full("山东翠河智能装备有限公司年产30万套热管理系统项目投产。翠河智能总经理王刚介绍，项目总投资9.6亿元。")
    assert triples(doc, "leads") == {("王刚", "leads", "翠河智能")}


def test_relations_member_listed_people_of_a_counted_list_after_their_bodies(nlp_full):
    doc = nlp_full("钢城区商务局赵晓东、甲乙机械有限公司刘海燕等10名同志获评“2024年度钢城区先进个人”。")
    assert triples(doc, "memberOf") == {("赵晓东", "memberOf", "钢城区商务局"), ("刘海燕", "memberOf", "甲乙机械有限公司")}


def test_relations_funds_verb_each_work_of_a_list_built_with_the_money(nlp_full):
    # 甲局安排资金N元，用于建设P、Q和R: the bureau funds each work once; the amount is the total, no one work's
    doc = nlp_full("钢城区财政局安排资金3000万元，用于建设汶源路改造工程、棋山河治理工程和颜庄公园提升工程。")
    assert funded(doc) == {("钢城区财政局", "汶源路改造工程", None), ("钢城区财政局", "棋山河治理工程", None),
                           ("钢城区财政局", "颜庄公园提升工程", None)}
    assert len([r for r in doc._.kg_relations if r.predicate == "funds"]) == 3


@pytest.mark.parametrize("helped,developer", [
    ("艾山街道西岭村", None),  # a village (its town written first) does not develop: it is a place
    ("钢城区翠峰茶叶专业合作社", "钢城区翠峰茶叶专业合作社"),  # a co-operative does the work
    ("村集体", None),  # a short common noun
])
def test_relations_funds_verb_money_helping_someone_build_a_work(nlp_full, helped, developer):
    # 甲局安排资金N元，支持乙建设P: the money is for the work; the one helped (a body) develops it
    doc = nlp_full(f"区农业农村局安排衔接资金90万元，支持{helped}建设花生油压榨车间项目。")
    assert (funded(doc), edges(doc, "develops")) == (
        {("区农业农村局", "花生油压榨车间项目", "900000")}, {(developer, "花生油压榨车间项目")} if developer else set())


def test_relations_funds_verb_helping_words_far_from_the_work_are_no_purpose(nlp_full):
    # 支持 opening another clause, or a long phrase between it and the building verb: the money is not read as
    # being for the work
    doc = nlp_full("区农业农村局安排衔接资金90万元，支持，各村积极谋划乡村振兴产业发展重点建设花生油压榨车间项目。")
    assert funded(doc) == set()


@pytest.mark.parametrize("verb", ["合资建设", "合资兴建", "出资兴建"])
def test_relations_funds_invest_a_joint_venture_built_before_de(nlp_full, verb):
    # 由甲与乙合资建设的P: each partner funds and builds it
    doc = nlp_full(f"由钢城区城市建设投资有限公司与德州翠峰茶业有限公司{verb}的钢城翠峰茶叶工厂，总投资3.5亿元。")
    firms = ("钢城区城市建设投资有限公司", "德州翠峰茶业有限公司")
    assert (edges(doc, "funds"), edges(doc, "develops")) == ({(f, "钢城翠峰茶叶工厂") for f in firms},) * 2


def test_relations_a_cooperative_secures_money_for_a_work(nlp_full):
    # a co-operative (合作社) is a body that pays, not a news outlet (新华社) whose name also ends in 社
    doc = nlp_full("钢城区茶叶专业合作社争取到中央财政补助资金180万元，实施茶叶标准化加工车间建设项目。")
    assert funded(doc) == {("钢城区茶叶专业合作社", "茶叶标准化加工车间建设项目", "1800000")}


@pytest.mark.parametrize("joiner", ["与", "还与", "也与"])
def test_relations_funds_invest_partners_joined_with_an_adverb(nlp_full, joiner):
    # 甲还与乙合资建设P: both partners fund and build it
    doc = nlp_full(f"钢城区城市建设投资有限公司{joiner}德州翠峰茶业有限公司合资建设钢城翠峰茶叶工厂。")
    firms = ("钢城区城市建设投资有限公司", "德州翠峰茶业有限公司")
    assert (edges(doc, "funds"), edges(doc, "develops")) == ({(f, "钢城翠峰茶叶工厂") for f in firms},) * 2


@pytest.mark.parametrize("sentence", [
    "翠峰茶业将在艾山街道的钢城经济开发区投资12亿元建设钢城茶叶冷链物流园。",  # where, places joined by 的, before the money
    "翠峰茶业将投资7.5亿元，在艾山街道的钢城区茶叶产业园区建设钢城茶叶冷链物流园。",  # a park named as a work, where it is built
])
def test_relations_funds_invest_where_the_work_is_built_written_between(nlp_full, sentence):
    doc = nlp_full("钢城区翠峰茶业有限公司落户。根据协议，" + sentence)
    assert (edges(doc, "funds"), edges(doc, "develops")) == ({("翠峰茶业", "钢城茶叶冷链物流园")},) * 2


@pytest.mark.parametrize("text,firm,work", [
    # 甲与乙签订协议，共同建设丙县P: the county opens the work's name as written
    ("钢城区农业农村局与德州翠峰米业有限公司签订合作协议，共同建设钢城区千亩稻虾共作示范基地。",
     "德州翠峰米业有限公司", "千亩稻虾共作示范基地"),
    # 双方将在甲开发区共同建设P: where they build it is no part of the verb
    ("钢城区人民政府与德州翠峰能源集团有限公司签署合作协议。双方将在钢城经济开发区共同建设海洋牧场运维母港，拟总投资18亿元。",
     "德州翠峰能源集团有限公司", "海洋牧场运维母港"),
])
def test_relations_develops_the_work_an_agreement_builds_next_by_the_firm_that_signs(nlp_full, text, firm, work):
    assert edges(nlp_full(text), "develops") == {(firm, work)}


def test_relations_funds_invest_a_work_paid_for_in_full_by_the_firm_after_it(nlp_full):
    # P总投资N元，由X全额出资: X pays for all of it (and so builds it)
    doc = nlp_full("宏耀新能源二期储能电池项目总投资35亿元，由钢城宏耀能源集团股份有限公司全额出资。")
    assert (funded(doc), triples(doc, "develops")) == (
        {("钢城宏耀能源集团股份有限公司", "宏耀新能源二期储能电池项目", "3500000000")},
        {("钢城宏耀能源集团股份有限公司", "develops", "宏耀新能源二期储能电池项目")})


def test_relations_a_county_named_in_full_then_short_after_a_verb_or_a_subsidiary_word(nlp_full):
    # outside Shandong a county's short name counts where the page names the county in full: after a building verb
    # (分期建设 | 宁海…产业园) and after 子公司 it opens the name of the work or the firm
    doc = nlp_full("宁海县举行签约仪式。翠岭集团将在宁海县投资8亿元，分期建设宁海高原果蔬冷链物流产业园，"
                   "由翠岭集团控股子公司宁海翠岭果蔬有限公司负责运营。")
    assert {m.name for m in doc._.kg_mentions if m.type in ("Project", "Company")} == {
        "翠岭集团", "宁海高原果蔬冷链物流产业园", "宁海翠岭果蔬有限公司"}
    assert triples(doc, "funds", "develops") == {
        ("翠岭集团", "funds", "宁海高原果蔬冷链物流产业园"), ("翠岭集团", "develops", "宁海高原果蔬冷链物流产业园"),
        ("宁海翠岭果蔬有限公司", "develops", "宁海高原果蔬冷链物流产业园")}


def test_relations_develops_by_after_five_clauses_about_the_work(nlp_full):
    # 该工程起于…，止于…，全长…，按…建设，总投资…，由甲组织实施、乙施工总承包: the clauses between are about the work;
    # its subgrade (路基工程) is no work of its own
    doc = nlp_full("田横镇至移风店镇公路改扩建工程开工。该工程起于田横镇，止于移风店镇，全长28.6公里，按二级公路标准建设，"
                   "总投资9.8亿元，由县交通运输局组织实施、钢城翠岭交通建设有限公司施工总承包，目前路基工程已完成85%。")
    assert triples(doc, "develops") == {("县交通运输局", "develops", "田横镇至移风店镇公路改扩建工程"),
                                        ("钢城翠岭交通建设有限公司", "develops", "田横镇至移风店镇公路改扩建工程")}
    assert {m.name for m in doc._.kg_mentions if m.type == "Project"} == {"田横镇至移风店镇公路改扩建工程"}


def test_relations_develops_an_institution_the_parties_of_a_signing_build_together(nlp_full):
    # X与Y签订协议，共建“P”, 双方将共建“P”: the firm and the government that sign build it, the college or
    # university builds nothing (GUIDE: develops is a firm's or an agency's)
    doc = nlp_full("宏耀化工有限公司与钢城技师学院签订校企合作协议，共建“新能源汽车产业学院”。"
                   "钢城区人民政府与翠岭大学签订合作协议，双方将共建“钢城煤炭清洁利用研究中心”。")
    assert triples(doc, "develops") == {("宏耀化工有限公司", "develops", "新能源汽车产业学院"),
                                        ("钢城区人民政府", "develops", "钢城煤炭清洁利用研究中心")}


def test_relations_develops_role_the_work_the_sentence_is_about_not_its_parts(nlp_full):
    # 该工程…，主要建设A、B和C交易中心，由X作为项目业主: X builds the work, not the last part listed
    doc = nlp_full("钢城口岸功能提升改造工程开工。该工程位于艾山街道，总投资4.3亿元，主要建设联检查验区、货运停车场和"
                   "钢城边民互市交易中心，由钢城区城乡建设投资开发有限公司作为项目业主。")
    assert triples(doc, "develops") == {("钢城区城乡建设投资开发有限公司", "develops", "钢城口岸功能提升改造工程")}


def test_relations_funds_a_body_secures_for_the_work_and_a_category_the_work_is_one_of(nlp_full):
    # 甲局为项目争取…资金N元: 项目 after 为 is the work named last; …甲市2025年重大民生项目之一: the category the work is
    # one of is no work, and the money 其中 secures is the work's
    doc = nlp_full("钢城区人民医院外科综合楼开工。该项目是钢城区2025年重大民生项目之一，总投资5.6亿元，"
                   "其中区发改委争取中央预算内投资1.2亿元。区财政局为项目争取地方政府专项债券资金2亿元。")
    assert funded(doc) == {("区发展和改革委员会", "钢城区人民医院外科综合楼", "120000000"),
                           ("区财政局", "钢城区人民医院外科综合楼", "200000000")}
    assert {m.name for m in doc._.kg_mentions if m.type == "Project"} == {"钢城区人民医院外科综合楼"}


def test_relations_located_a_cooperative_the_village_founds_is_in_the_village(nlp_full):
    # 村里成立了X合作社: the village named last founds it, so it is there; 甲县蜜桃主产村之一 names a category, no village
    doc = nlp_full("钢城区艾山街道上岚村是钢城区蜜桃主产村之一。2021年，村里牵头成立了钢城区上岚黄芽茶叶专业合作社，"
                   "带动农户增收。")
    assert {t for t in triples(doc, "locatedIn") if t[0].endswith("合作社")} == {
        ("钢城区上岚黄芽茶叶专业合作社", "locatedIn", "上岚村")}
    assert {m.name for m in doc._.kg_mentions if m.type == "Place" and m.kind == "name"} == {
        "钢城区", "艾山街道", "上岚村"}


def test_relations_a_cobuilt_institute_named_bare_where_it_is_sited(nlp_full):
    # 研究院选址X after 双方将共建甲研究院: the bare kind word is the institute, a work now, and it is in X (and in
    # the place its name holds)
    doc = nlp_full("钢城区人民政府与翠岭大学签订合作协议，双方将共建翠岭大学钢城海洋装备研究院。"
                   "研究院选址钢城经济开发区，计划年底前挂牌运行。")
    assert {t for t in triples(doc, "locatedIn") if t[0].endswith("研究院")} == {
        ("翠岭大学钢城海洋装备研究院", "locatedIn", "钢城经济开发区"), ("翠岭大学钢城海洋装备研究院", "locatedIn", "钢城")}


def test_relations_a_village_named_as_a_towns_short_name_is_a_village(nlp_full):
    # 东高村 is a village here, not the town 东高村镇 elsewhere whose short name it is: the town meant (镇里) holds it
    doc = nlp_full("钢城区召开会议。颜庄镇镇长赵晓东介绍，镇里将以东高村为示范，联动上岚村打造茶叶产业带。")
    assert {t for t in triples(doc, "locatedIn") if t[0].endswith("村")} == {
        ("东高村", "locatedIn", "颜庄镇"), ("上岚村", "locatedIn", "颜庄镇")}


def test_relations_awarded_to_those_commended_named_by_a_pronoun(nlp_full):
    # A对B、C予以通报表扬，授予其“Y”称号: 其 is B and C, who receive Y; A confers it and receives nothing
    doc = nlp_full("区委、区政府对颜庄镇、艾山街道、钢城经济开发区予以通报表扬，授予其“二季度项目建设先进单位”称号。")
    honour = "二季度项目建设先进单位"
    assert triples(doc, "awarded", "organizes") == {
        ("颜庄镇", "awarded", honour), ("艾山街道", "awarded", honour), ("钢城经济开发区", "awarded", honour),
        ("区委", "organizes", honour), ("区人民政府", "organizes", honour)}


def test_relations_an_honour_in_quotes_heads_its_list_and_the_commending_bodies_organise_it(nlp_full):
    # 甲对…予以通报表彰: a decision of the bodies before 对; “Y”N家：A、B and “Z”N名：张三（…）、李四: each list's
    # recipients after the colon receive the honour that heads it (the note in brackets is no recipient)
    doc = nlp_full("会上，中共钢城区委、钢城区人民政府对2024年度作出突出贡献的集体和个人予以通报表彰。\n"
                   "“2024年度制造业十佳企业”2家：宏耀化工有限公司、翠岭纸业有限公司。\n"
                   "“2024年度钢城区优秀企业家”2名：赵晓东（宏耀化工有限公司董事长）、李建国。")
    firms, people = "2024年度制造业十佳企业", "2024年度钢城区优秀企业家"
    assert triples(doc, "awarded", "organizes") == {
        ("宏耀化工有限公司", "awarded", firms), ("翠岭纸业有限公司", "awarded", firms),
        ("赵晓东", "awarded", people), ("李建国", "awarded", people),
        *{(body, "organizes", honour) for body in ("钢城区委", "钢城区人民政府") for honour in (firms, people)}}


@pytest.mark.parametrize("text,expected", [
    # builders that share the work by sections (分标段承建)
    ("钢城河综合治理工程由区水利局组织实施，宏耀建设工程有限公司、翠岭水电建设有限公司分标段承建。",
     {("区水利局", "develops", "钢城河综合治理工程"), ("宏耀建设工程有限公司", "develops", "钢城河综合治理工程"),
      ("翠岭水电建设有限公司", "develops", "钢城河综合治理工程")}),
    # a school newly built by the money before it (投资N元新建的P): a work the bureau pays for and builds
    ("由区教育局投资1.9亿元新建的艾山街道第三中学已建成。",
     {("区教育局", "funds", "艾山街道第三中学"), ("区教育局", "develops", "艾山街道第三中学")}),
    # a firm alone signing for a work (甲集团签约P)
    ("宏耀竹业集团签约年产20万立方米竹木复合材料项目。", {("宏耀竹业集团", "develops", "年产20万立方米竹木复合材料项目")}),
])
def test_relations_develops_by_sections_newly_built_and_signed_alone(nlp_full, text, expected):
    assert triples(nlp_full(text), "funds", "develops") == expected


def test_relations_funds_invest_the_total_a_firm_puts_into_its_work(nlp_full):
    # X总投资N元的P: the firm's total investment in the work
    doc = nlp_full("在颜庄镇，钢城翠岭生物科技有限公司总投资4.2亿元的核桃食品深加工项目已进入设备调试阶段。")
    assert (funded(doc), triples(doc, "develops")) == (
        {("钢城翠岭生物科技有限公司", "核桃食品深加工项目", "420000000")},
        {("钢城翠岭生物科技有限公司", "develops", "核桃食品深加工项目")})


@pytest.mark.parametrize("builder", ["由其全资子公司钢城瑞丰新材料有限公司具体实施",
                                     "由其在钢城注册成立的全资子公司钢城瑞丰新材料有限公司负责建设运营"])
def test_relations_develops_by_the_subsidiary_of_the_firm_named_before(nlp_full, builder):
    # 由其（…的）全资子公司Y: its owner funds the work, the subsidiary builds it
    doc = nlp_full(f"宁海瑞丰科技集团计划投资18亿元，在钢城经济开发区建设年产3万吨碳纤维复合材料项目，项目{builder}。")
    assert triples(doc, "develops") == {("宁海瑞丰科技集团", "develops", "年产3万吨碳纤维复合材料项目"),
                                        ("钢城瑞丰新材料有限公司", "develops", "年产3万吨碳纤维复合材料项目")}


@pytest.mark.parametrize("aside", ["", "（以下简称“宏耀集团”）"])
def test_relations_develops_through_the_subsidiary(nlp_full, aside):
    # 甲集团将通过其控股子公司乙，在丙镇投资建设P: the parent acts through the subsidiary; both fund and build P
    doc = nlp_full(f"宏耀能源投资集团有限公司{aside}将通过其控股子公司钢城宏耀新能源有限公司，在颜庄镇投资建设"
                   "颜庄抽水蓄能电站，总投资约60亿元。")
    assert triples(doc, "funds", "develops") == {
        ("宏耀能源投资集团有限公司", "funds", "颜庄抽水蓄能电站"), ("宏耀能源投资集团有限公司", "develops", "颜庄抽水蓄能电站"),
        ("钢城宏耀新能源有限公司", "funds", "颜庄抽水蓄能电站"), ("钢城宏耀新能源有限公司", "develops", "颜庄抽水蓄能电站")}


@pytest.mark.parametrize(("purpose", "builds"), [("实施", True), ("用于", False)])
def test_relations_the_payer_that_carries_the_work_out_builds_it(nlp_full, purpose, builds):
    # 甲局安排资金N元，实施P: the agency pays and carries P out; …，用于P: it only pays
    doc = nlp_full(f"去年区农业农村局安排补助资金180万元，{purpose}上岚村高标准农田改造提升项目。")
    work = "上岚村高标准农田改造提升项目"
    assert triples(doc, "funds", "develops") == {("区农业农村局", "funds", work)} | (
        {("区农业农村局", "develops", work)} if builds else set())


@pytest.mark.parametrize(("verb", "builds"), [("实施", True), ("支持", False)])
def test_relations_the_payer_after_the_passive_marker_that_carries_the_work_out_builds_it(nlp_full, verb, builds):
    # P由甲局争取资金N元实施: the agency pays and carries P out; …支持: it only pays
    doc = nlp_full(f"上岚村高标准农田建设项目由区农业农村局争取中央财政资金960万元{verb}。")
    work = "上岚村高标准农田建设项目"
    assert triples(doc, "funds", "develops") == {("区农业农村局", "funds", work)} | (
        {("区农业农村局", "develops", work)} if builds else set())


def test_relations_develops_by_lists_after_a_verb_of_two_words(nlp_full):
    # 由甲局负责建设管理，乙集团下属的丙公司施工: both lists after 由 build the work (not the parent 乙)
    doc = nlp_full("澄波大道改造工程全长8.6公里，总投资5.4亿元，由区交通运输局负责建设管理，宏耀集团下属的翠岭路桥有限公司施工。")
    assert triples(doc, "develops") == {("区交通运输局", "develops", "澄波大道改造工程"),
                                        ("翠岭路桥有限公司", "develops", "澄波大道改造工程")}


def test_relations_a_work_named_again_without_its_places(nlp_full):
    # 钢城区人民医院新院区 … 区人民医院新院区由…承建: the campus named again without its district is the same work
    doc = nlp_full("在位于艾山街道的钢城区人民医院新院区建设现场，塔吊林立。\n"
                   "区人民医院新院区是全区投资规模最大的民生项目，由区城投集团代建、钢城宏耀建设工程有限公司承建。")
    assert triples(doc, "develops") == {("区城投集团", "develops", "钢城区人民医院新院区"),
                                        ("钢城宏耀建设工程有限公司", "develops", "钢城区人民医院新院区")}


_TABLE = ("本批开工项目清单如下：\n序号　项目名称　建设单位　总投资（亿元）　建设地点\n"
          "1　澄波新材料产业园　宏耀特钢有限公司　18.5　艾山街道\n"
          "2　翠岭大道改造工程　钢城区交通运输局　5.8　里辛街道\n"
          "3　钢城区人民医院迁建项目　钢城区人民医院　7.2　颜庄镇\n")


def test_relations_a_table_of_works_names_each_rows_work_builder_investment_and_site(nlp_full):
    # each row's work cell is a work, its builder cell develops it (a hospital, no builder by GUIDE §4, does not),
    # its investment cell with the header's unit is the work's own, its site cell is where it is
    doc = nlp_full(_TABLE)
    ms = doc._.kg_mentions
    rows = {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations
            if r.rule == "develops_table_row"}
    assert rows == {("宏耀特钢有限公司", "develops", "澄波新材料产业园"), ("钢城区交通运输局", "develops", "翠岭大道改造工程"),
                    ("澄波新材料产业园", "locatedIn", "艾山街道"), ("翠岭大道改造工程", "locatedIn", "里辛街道"),
                    ("钢城区人民医院迁建项目", "locatedIn", "颜庄镇")}
    assert {(ms[v.project].name, dict(v.qualifiers)["amount"]) for v in doc._.kg_investments if v.rule == "develops_table_row"} == {
        ("澄波新材料产业园", "1850000000"), ("翠岭大道改造工程", "580000000"), ("钢城区人民医院迁建项目", "720000000")}


def test_relations_a_works_record_written_as_lines_of_fields(nlp_full):
    # 一、P / 建设单位：X / 投资方：Y / 总投资：N / 建设内容：… / 建设地点：Z: each field says of the work on the line above
    # the fields what a table's column does; a field line under no work's line (after a blank line, or under a
    # sentence) says nothing
    doc = nlp_full("现将部分项目建设情况公布如下：\n\n"
                   "一、澄波新材料产业园二期项目\n建设单位：宏耀特钢有限公司\n施工单位：天铭建设工程有限公司\n"
                   "总投资：15.2亿元\n建设内容：新建联合厂房，总建筑面积21万平方米。\n建设地点：钢城区艾山街道\n\n"
                   "二、翠岭大道东延线道路工程\n投资方：钢城区城市建设投资有限公司\n进展情况：路基完成60%。\n\n"
                   "施工单位：宏耀路桥有限公司\n")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations
            if r.rule == "develops_field_lines"} == {
        ("宏耀特钢有限公司", "develops", "澄波新材料产业园二期项目"), ("天铭建设工程有限公司", "develops", "澄波新材料产业园二期项目"),
        ("澄波新材料产业园二期项目", "locatedIn", "艾山街道"),
        ("钢城区城市建设投资有限公司", "develops", "翠岭大道东延线道路工程"),
        ("钢城区城市建设投资有限公司", "funds", "翠岭大道东延线道路工程")}
    assert {(ms[v.project].name, dict(v.qualifiers)["amount"]) for v in doc._.kg_investments
            if v.rule == "develops_field_lines"} == {("澄波新材料产业园二期项目", "1520000000")}


@pytest.mark.parametrize("bar", ["｜", "|"])
def test_relations_a_table_typed_with_bars_and_a_site_cell_the_recogniser_left(nlp_full, bar):
    # cells parted by bars (序号｜项目名称, as typed into a page) are read as a table's; a bar is no part of a name;
    # a site cell naming a town the divisions data does not know (澄波湾镇) or a park is where the row's work is,
    # a generic one (主城区) nowhere
    table = ("序号　项目名称　建设单位　建设地点　总投资（亿元）\n"
             "1　澄波新材料产业园　宏耀特钢有限公司　澄波湾镇　18.5\n"
             "2　翠岭大道改造工程　区交通运输局　主城区　5.8\n"
             "3　高端铸件项目　天铭精密铸造有限公司　翠岭工业园　2.4\n").replace("　", bar)
    doc = nlp_full("本批开工项目清单如下：\n" + table)
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations
            if r.rule == "develops_table_row"} == {
        ("宏耀特钢有限公司", "develops", "澄波新材料产业园"), ("区交通运输局", "develops", "翠岭大道改造工程"),
        ("天铭精密铸造有限公司", "develops", "高端铸件项目"),
        ("澄波新材料产业园", "locatedIn", "澄波湾镇"), ("高端铸件项目", "locatedIn", "翠岭工业园")}
    assert not any(bar in m.text for m in ms)


@pytest.mark.parametrize("table,expected", [
    # 实施主体 (who carries the work out) builds it; 所在街道 (the street office it is in) is where it is
    ("序号｜项目名称｜实施主体｜总投资｜所在街道\n1｜上岚社区老旧小区改造项目｜区住房和城乡建设局｜1.36亿元｜艾山街道\n"
     "2｜东高片区城中村改造项目｜天铭置业有限公司｜42亿元｜里辛街道\n",
     {("区住房和城乡建设局", "develops", "上岚社区老旧小区改造项目"), ("上岚社区老旧小区改造项目", "locatedIn", "艾山街道"),
      ("天铭置业有限公司", "develops", "东高片区城中村改造项目"), ("东高片区城中村改造项目", "locatedIn", "里辛街道")}),
    # 施工单位 (the contractor) builds the row's work (GUIDE §4 develops: builds)
    ("序号　项目名称　所在乡镇　总投资（万元）　施工单位　形象进度\n"
     "1　东高村饮水安全巩固提升工程　颜庄镇　1600　宏耀水利建筑有限公司　已完工\n"
     "2　翠岭桥改造工程　里辛街道　2100　天铭路桥工程有限公司　完成4座\n",
     {("宏耀水利建筑有限公司", "develops", "东高村饮水安全巩固提升工程"), ("东高村饮水安全巩固提升工程", "locatedIn", "颜庄镇"),
      ("天铭路桥工程有限公司", "develops", "翠岭桥改造工程"), ("翠岭桥改造工程", "locatedIn", "里辛街道")}),
])
def test_relations_a_tables_columns_named_by_who_carries_the_work_out_or_builds_it_and_its_town(nlp_full, table, expected):
    doc = nlp_full(table)
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations
            if r.rule == "develops_table_row"} == expected


def test_relations_a_tables_investor_funds_and_builds_and_each_site_part_holds_the_work(nlp_full):
    # an investor's column (投资方) develops and funds the row's work, with the row's sum when it is one body's; a
    # cell naming two firms or two towns (、) names each; a header with the work and its site alone is a table;
    # 全区 in a site cell is no place's name
    doc = nlp_full("签约项目\n序号｜项目名称｜投资方｜投资额｜落户地\n"
                   "1｜澄波新材料产业园项目｜宏耀特钢有限公司｜18.5亿元｜颜庄镇\n"
                   "2｜翠岭文旅综合体项目｜天铭文旅有限公司、岚集投资有限公司｜6亿元｜全区\n"
                   "\n改造项目\n序号｜项目名称｜建设地点｜总投资（亿元）\n"
                   "1｜翠岭大道改造工程｜颜庄镇、里辛街道｜5.8\n")
    ms = doc._.kg_mentions
    rows = {(ms[r.subject].name, r.predicate, ms[r.object].name, dict(r.qualifiers).get("amount")) for r in doc._.kg_relations
            if r.rule == "develops_table_row"}
    assert rows == {("宏耀特钢有限公司", "develops", "澄波新材料产业园项目", None),
                    ("宏耀特钢有限公司", "funds", "澄波新材料产业园项目", "1850000000"),
                    ("澄波新材料产业园项目", "locatedIn", "颜庄镇", None),
                    ("天铭文旅有限公司", "develops", "翠岭文旅综合体项目", None),
                    ("天铭文旅有限公司", "funds", "翠岭文旅综合体项目", None),
                    ("岚集投资有限公司", "develops", "翠岭文旅综合体项目", None),
                    ("岚集投资有限公司", "funds", "翠岭文旅综合体项目", None),
                    ("翠岭大道改造工程", "locatedIn", "颜庄镇", None), ("翠岭大道改造工程", "locatedIn", "里辛街道", None)}


@pytest.mark.parametrize("text", [
    _TABLE.split("\n", 2)[2],  # rows with no header over them
    _TABLE.replace("\n1　", "\n开工仪式在艾山街道举行。\n1　"),  # a sentence between the header and the rows
])
def test_relations_rows_not_under_their_header_are_no_table(nlp_full, text):
    doc = nlp_full(text)
    assert [r for r in doc._.kg_relations if r.rule == "develops_table_row"] == []


def test_relations_the_subsidiary_of_an_owner_no_rule_named_builds(nlp_full):
    # 由天源储能集团控股子公司Y投资建设: the owner, a firm's suffix and the subsidiary word, is passed over; Y builds
    doc = nlp_full("年产8万吨锂电池负极材料项目开工。该项目由天源储能集团控股子公司钢城天铭新能源科技有限公司投资建设，总投资42亿元。")
    work = "年产8万吨锂电池负极材料项目"
    assert triples(doc, "funds", "develops") == {("钢城天铭新能源科技有限公司", "develops", work),
                                                 ("钢城天铭新能源科技有限公司", "funds", work)}


def test_relations_a_two_character_brand_opens_the_work_whose_output_follows(nlp_full):
    # 宏耀 | 年产…项目, the firm named in full before: the brand opens the work's name, and the firm builds it
    doc = nlp_full("钢城宏耀新能源科技有限公司在钢城区投资。王晓梅来到宏耀年产8万吨锂电池负极材料项目建设现场。")
    assert triples(doc, "develops") == {("钢城宏耀新能源科技有限公司", "develops", "宏耀年产8万吨锂电池负极材料项目")}


def test_relations_firms_the_page_calls_its_own_are_in_its_place(nlp_full):
    # 我市甲公司、乙公司2家企业入选: 我市 calls the firms listed after it the page's own, so they are in its city
    doc = nlp_full("密山市召开会议。日前，省工业和信息化厅公布2024年省级专精特新中小企业名单，"
                   "我市宏耀特钢有限公司、翠岭食品有限公司2家企业入选。")
    assert triples(doc, "locatedIn") == {("宏耀特钢有限公司", "locatedIn", "密山市"), ("翠岭食品有限公司", "locatedIn", "密山市")}


def test_relations_a_workshop_named_then_referred_to_by_its_kind_word(nlp_full):
    # 改造成“甲共富工坊”。工坊由A与B共同出资建设: a 工坊 is a work; its kind word alone refers back to it
    doc = nlp_full("村里还把闲置的老粮站改造成“澄波共富工坊”。工坊由钢城区供销合作社联合社与澄波村股份经济合作社共同出资建设。")
    work = "澄波共富工坊"
    assert triples(doc, "funds", "develops") == {
        ("钢城区供销合作社联合社", "funds", work), ("钢城区供销合作社联合社", "develops", work),
        ("澄波村股份经济合作社", "funds", work), ("澄波村股份经济合作社", "develops", work)}


def test_relations_the_operator_a_builder_entrusts_develops_too(nlp_full):
    # 项目由A负责建设，建成后委托B运营: B runs the work, so it develops it too
    doc = nlp_full("澄波社区长者食堂开工。项目由钢城宏耀置业有限公司负责建设，建成后委托翠岭社区服务有限公司运营。")
    assert triples(doc, "develops") == {("钢城宏耀置业有限公司", "develops", "澄波社区长者食堂"),
                                        ("翠岭社区服务有限公司", "develops", "澄波社区长者食堂")}


def test_relations_the_group_named_before_then_by_its_kind_word_builds_with_its_partner(nlp_full):
    # 集团将与乙公司合资建设P: 集团 is the group the page named in full; both fund and build P
    doc = nlp_full("宏耀能源化工集团有限公司与钢城区人民政府签约。根据协议，集团将与钢城区能源投资有限公司合资建设"
                   "翠岭煤层气综合利用项目，计划总投资8.5亿元。")
    work = "翠岭煤层气综合利用项目"
    assert triples(doc, "funds", "develops") == {
        ("宏耀能源化工集团有限公司", "funds", work), ("宏耀能源化工集团有限公司", "develops", work),
        ("钢城区能源投资有限公司", "funds", work), ("钢城区能源投资有限公司", "develops", work)}


def test_relations_develops_and_located_in_every_place_listed_after_zai(nlp_full):
    # X在甲街道、乙街道实施P: X builds P, which is in both; 老城区 is the old town, no district
    doc = nlp_full("城市更新领域，县住建局在艾山街道、里辛街道实施老城区燃气管道更新工程，计划改造管网38公里。")
    assert triples(doc, "develops", "locatedIn") == {
        ("县住房和城乡建设局", "develops", "老城区燃气管道更新工程"), ("老城区燃气管道更新工程", "locatedIn", "艾山街道"),
        ("老城区燃气管道更新工程", "locatedIn", "里辛街道")}


def test_relations_funds_invest_by_a_body_named_after_its_kind(nlp_full):
    # P由本地企业甲公司投资N元打造: the word for the kind of body after 由 is no part of who pays
    doc = nlp_full("茶旅融合综合体由本地企业钢城区翠岭茶业有限公司投资3.2亿元打造。")
    assert (funded(doc), triples(doc, "develops")) == (
        {("钢城区翠岭茶业有限公司", "茶旅融合综合体", "320000000")}, {("钢城区翠岭茶业有限公司", "develops", "茶旅融合综合体")})


def test_relations_funds_invest_a_resort_or_a_platform_built_after_the_money(nlp_full):
    # X投资N元，在T建设P: a resort (度假区) and a platform (平台) the money builds are works the firm funds and builds
    doc = nlp_full("其中，甲乙文旅发展有限公司投资5亿元，在颜庄镇建设丙丁民俗康养度假区；戊己农业科技有限公司投资1.2亿元，"
                   "建设农产品数字化溯源平台。")
    assert (funded(doc), triples(doc, "develops")) == (
        {("甲乙文旅发展有限公司", "丙丁民俗康养度假区", "500000000"), ("戊己农业科技有限公司", "农产品数字化溯源平台", "120000000")},
        {("甲乙文旅发展有限公司", "develops", "丙丁民俗康养度假区"), ("戊己农业科技有限公司", "develops", "农产品数字化溯源平台")})


NOTICE = ("钢城区财政局 钢城区农业农村局关于下达2026年第一批乡村振兴项目补助资金的通知\n\n"
          "各镇人民政府、街道办事处：\n\n"
          "现下达你单位2026年第一批乡村振兴项目补助资金900万元，用于支持以下项目建设：\n\n"
          "1.上岚村高标准农田建设项目，实施单位：颜庄镇人民政府，补助资金600万元；\n\n"
          "2.东高村人居环境整治提升工程，实施单位：艾山街道办事处，补助资金300万元。\n\n"
          "请及时将资金拨付到项目实施单位。此外，澄波文旅综合体项目总投资5亿元。\n")


def test_relations_funds_allocated_the_notice_s_issuers_fund_the_works_it_lists(nlp_full):
    # a notice allocating money, its title the headline: its issuers fund each work its numbered list names, with the
    # item's amount; each item's 实施单位 builds its work; the addressees' line opens no list, and a work named after
    # the list is none of the notice's
    doc = nlp_full(NOTICE)
    assert (funded(doc), triples(doc, "develops")) == (
        {(body, work, amount) for body in ("钢城区财政局", "钢城区农业农村局")
         for work, amount in (("上岚村高标准农田建设项目", "6000000"), ("东高村人居环境整治提升工程", "3000000"))},
        {("颜庄镇人民政府", "develops", "上岚村高标准农田建设项目"), ("艾山街道办事处", "develops", "东高村人居环境整治提升工程")})


def test_relations_funds_allocated_a_notice_issued_in_a_sentence_and_its_items_over_sentences(nlp_full):
    # 甲局会同乙局印发《关于下达…资金的通知》, then 如下： and numbered items: an item's work named in its heading, its money in
    # the next sentence (项目…，建设单位为…，下达…); an item of two amounts names none
    doc = nlp_full("近日，区财政局会同区发改局印发《关于下达2026年区级重点项目建设资金的通知》，下达资金5200万元。\n\n"
                   "资金安排如下：\n\n"
                   "一、澄波污水处理厂提标改造工程。项目位于艾山街道，建设单位为区水利局，下达中央预算内投资3200万元。\n\n"
                   "二、翠岭中学教学综合楼项目。安排专项债券资金1500万元、区级配套资金500万元。\n\n"
                   "区财政局局长王晓梅表示，资金已全部拨付。\n")
    assert (funded(doc), triples(doc, "develops")) == (
        {(body, work, amount) for body in ("区财政局", "区发展和改革局")
         for work, amount in (("澄波污水处理厂提标改造工程", None), ("澄波污水处理厂提标改造工程", "32000000"),
                              ("翠岭中学教学综合楼项目", None))},
        {("区水利局", "develops", "澄波污水处理厂提标改造工程")})


def test_relations_funds_allocated_a_reports_points_the_colon_joined_to_the_first(nlp_full):
    """…投向以下两个方面：一是… on one line (the page's layout joined them), 二是… a paragraph: the points are the list's
    items; a later clause on where the money came from (此批资金此前已由市财政局下达) keeps the allocating bodies."""
    doc = nlp_full("钢城区财政局会同区农业农村局下达2025年第一批乡村振兴补助资金1.26亿元，支持全区32个项目实施。\n"
                   "据了解，此批资金此前已由市财政局、市农业农村局提前下达我区。资金主要投向以下两个方面：一是支持产业发展，"
                   "安排资金5200万元。其中，艾山街道茶叶标准化基地提质项目1200万元，实施主体为艾山街道办事处；"
                   "颜庄镇柑橘冷链仓储物流中心项目860万元，由钢城区宏耀农产品供应链有限公司建设运营。\n"
                   "二是补齐基础设施短板，安排资金4600万元。其中，上岚村至东高村产业路改造工程1750万元。\n"
                   "区财政局局长王晓梅表示，将加强资金全过程绩效管理，推进翠岭中学教学综合楼项目。\n")
    assert funded(doc) == {(body, work, amount) for body in ("钢城区财政局", "区农业农村局") for work, amount in (
        ("艾山街道茶叶标准化基地提质项目", "12000000"), ("颜庄镇柑橘冷链仓储物流中心项目", "8600000"),
        ("上岚村至东高村产业路改造工程", "17500000"))}


def test_relations_funds_allocated_an_earlier_allocation_in_an_aside_funds_nothing_listed(nlp_full):
    """区财政局…下达…资金1.26亿元，重点支持P等…: a work a later clause names leaves the allocation standing (P gets the
    sum, funds_verb); 此前，山东省财政厅已下达…: another, earlier allocation, whose bodies fund none of the list after."""
    items = "本批资金分配情况如下：\n一、翠岭供热管网互联互通工程，补助资金2860万元。\n区财政局局长王晓梅表示，资金已全部拨付。\n"
    later = nlp_full("近日，区财政局会同区住建局下达2025年第一批城乡基础设施建设补助资金1.26亿元，"
                     "重点支持澄波雨污分流改造工程等民生项目建设。\n" + items)
    aside = nlp_full("此前，山东省财政厅已下达我区城镇老旧小区改造省级补助资金8400万元。\n" + items)
    assert (funded(later), funded(aside)) == (
        {(body, work, amount) for body in ("区财政局", "区住房和城乡建设局")
         for work, amount in (("翠岭供热管网互联互通工程", "28600000"), ("澄波雨污分流改造工程", "126000000"))}, set())


def test_relations_a_decisions_list_with_its_count_noted_and_its_signature_after(nlp_full):
    """一、先进集体（8个，列前2个）: a note after the count; the issuer signing after the list receives nothing."""
    doc = nlp_full("钢城区人民政府关于表彰2024年度钢城区重点项目建设先进集体的决定\n\n"
                   "区政府决定，授予艾山街道办事处等8个单位“2024年度钢城区重点项目建设先进集体”称号。\n\n"
                   "一、先进集体（8个，列前2个）\n艾山街道办事处\n钢城区宏耀机械有限公司\n\n"
                   "钢城区人民政府\n2025年2月20日\n")
    assert edges(doc, "awarded") == {("艾山街道办事处", "2024年度钢城区重点项目建设先进集体"),
                                     ("钢城区宏耀机械有限公司", "2024年度钢城区重点项目建设先进集体")}


def test_relations_funds_allocated_a_dashed_list_after_a_colon_line(nlp_full):
    """其中： alone on its line opens the allocation's list; items opened by a dash (——) name the works."""
    doc = nlp_full("近日，区财政局会同区科技局下达2025年第一批科技创新专项资金1360万元，支持12个项目。\n"
                   "其中：\n"
                   "——钢城区宏耀生物医药有限公司“澄波抗体药物中试平台建设”项目获得资金120万元；\n"
                   "——钢城区天铭装备有限公司翠岭智能播种机研制项目获得资金30万元。\n"
                   "区财政局局长王晓梅表示，将加强绩效管理。\n")
    assert funded(doc) == {(body, work, amount) for body in ("区财政局", "区科学技术局") for work, amount in (
        ("“澄波抗体药物中试平台建设”项目", "1200000"), ("钢城区天铭装备有限公司翠岭智能播种机研制项目", "300000"))}


def test_relations_funds_signed_the_firm_that_signs_for_a_work_pays_the_agreed_investment(nlp_full):
    """A与甲公司签订P投资协议，协议投资N: the firm funds P with N (planned); the money of 甲等项目 is several works'."""
    doc = nlp_full("签约环节，区商务局与钢城区宏耀新能源科技有限公司签订岚集储能模组项目投资协议，协议投资15亿元；"
                   "钢城区天铭科技有限公司和钢城区澄波投资有限公司就澄波产业园等项目签订协议，协议投资13亿元。"
                   "区商务局与钢城区翠岭科技有限公司签订颜庄储能模组项目投资协议，协议投资额度较大。")
    assert (funded(doc), triples(doc, "develops")) == (
        {("钢城区宏耀新能源科技有限公司", "岚集储能模组项目", "1500000000")},
        {("钢城区宏耀新能源科技有限公司", "develops", "岚集储能模组项目"), ("钢城区天铭科技有限公司", "develops", "澄波产业园"),
         ("钢城区澄波投资有限公司", "develops", "澄波产业园"), ("钢城区翠岭科技有限公司", "develops", "颜庄储能模组项目")})


def test_relations_awarded_verb_each_item_of_a_list_of_firms_co_ops_or_villages_named_with_their_places(nlp_full):
    # a list mixing a firm and co-operatives, items opening with the town they are in, and a list of villages each
    # written after its town: every item receives the honour
    firms = nlp_full("甲乙食品有限公司、艾山街道丙丁种植专业合作社、颜庄镇戊己股份经济合作社等12个单位被评为“2024年度钢城区农业产业化先进集体”。")
    villages = nlp_full("艾山街道东峪村、颜庄镇澜头村被评为“2024年度钢城区美丽乡村”。")
    honour, village_honour = "2024年度钢城区农业产业化先进集体", "2024年度钢城区美丽乡村"
    assert (triples(firms, "awarded"), triples(villages, "awarded")) == (
        {("甲乙食品有限公司", "awarded", honour), ("艾山街道丙丁种植专业合作社", "awarded", honour),  # (registered with
         ("颜庄镇戊己股份经济合作社", "awarded", honour)},  # its town, as a firm is)
        {("东峪村", "awarded", village_honour), ("澜头村", "awarded", village_honour)})


def test_relations_awarded_verb_officials_listed_with_their_posts_between_commas(nlp_full):
    # 甲局局长张某，乙街道党工委书记刘某，丙公司经理孔某等50名同志被评为Y: each with a post, parted by commas,
    # receives Y; an official of an earlier clause (区长…主持会议，副区长…获评) does not
    listed = nlp_full("罗庄区发展和改革局局长张文斌，沂水县沂城街道党工委书记刘晓梅，临沂鲁蒙化工集团有限公司项目部经理"
                      "孔祥宇等50名同志被评为“2024年度全市重点项目建设先进个人”。")
    clause = nlp_full("区长张立新主持会议，副区长李海波获评全国劳动模范。")
    assert (edges(listed, "awarded"), edges(clause, "awarded")) == (
        {(n, "2024年度全市重点项目建设先进个人") for n in ("张文斌", "刘晓梅", "孔祥宇")}, {("李海波", "全国劳动模范")})


def test_relations_awarded_verb_officials_listed_with_their_posts_between_enumeration_commas(nlp_full):
    # …、县人民医院院长罗某、…等37人获评Y: parted by 、, and a post's body kg did not name (县人民医院) in between
    doc = nlp_full("艾山街道党工委书记曹立新、区发展和改革局局长钱海涛、区人民医院院长罗文斌、翠峰集团董事长彭建中"
                   "等37人获评“2025年度经济发展先进个人”。")
    assert edges(doc, "awarded") == {(n, "2025年度经济发展先进个人") for n in ("曹立新", "钱海涛", "罗文斌", "彭建中")}


def test_relations_builders_and_funders_named_after_the_work_opened(nlp_full):
    """The work named, then 该项目 in the next paragraph: its investor is the subsidiary named after 全资子公司
    (not the parent); 项目采用…模式，由X承建 names the builder; 为该项目争取…资金 names who secured its money."""
    doc = nlp_full("青岛港智慧物流园项目在黄岛区开工。\n该项目由青岛港集团有限公司全资子公司青岛港物流有限公司投资建设。"
                   "项目采用EPC总承包模式，由山东鲁岳建设集团有限公司承建。"
                   "据了解，区发展和改革局今年已为该项目争取省级重大项目前期资金3000万元。")
    work = "青岛港智慧物流园项目"
    assert triples(doc, "funds", "develops") == {
        ("青岛港物流有限公司", "develops", work), ("青岛港物流有限公司", "funds", work),
        ("山东鲁岳建设集团有限公司", "develops", work), ("区发展和改革局", "funds", work)}


def test_relations_units_of_a_list_named_again_and_their_heads(nlp_full):
    """Units only a list names (plain words before 学院, 系) are units when written again after it, so their heads
    are found (其中，机械工程学院院长为邵建国); a unit list after 由…组建 belongs to the clause's subject, not to a
    body of the phrase opening the sentence (根据学校党委会议决定)."""
    doc = nlp_full("南通大学设有机械工程学院、电气与信息工程学院等14个二级学院。"
                   "其中，机械工程学院院长为邵建国，电气与信息工程学院院长为冯思远。"
                   "根据学校党委会议决定，新成立的海洋工程学院由原港口航道研究所整合组建，下设船舶工程系和海洋装备系。")
    assert triples(doc, "leads", "partOf") == {
        ("机械工程学院", "partOf", "南通大学"), ("电气与信息工程学院", "partOf", "南通大学"),
        ("邵建国", "leads", "机械工程学院"), ("冯思远", "leads", "电气与信息工程学院"),
        ("船舶工程系", "partOf", "海洋工程学院"), ("海洋装备系", "partOf", "海洋工程学院")}


def test_relations_money_of_the_work_named_before(nlp_full):
    """其中，… after a work and its total: each body paying in the sentence funds that work, and so does the next
    sentence of the paragraph paying; a place receiving (获得) pays nothing, nor a body of the next paragraph."""
    doc = nlp_full("胶州湾第二海底隧道工程于今年开工，总投资28亿元。其中，山东省财政厅安排省级补助资金10亿元，"
                   "青岛市财政局配套4亿元，青岛市黄岛区获得中央补助2亿元。青岛城投集团有限公司还将投入6亿元。\n"
                   "山东省财政厅下达其他资金3亿元。")
    work = "胶州湾第二海底隧道工程"
    assert funded(doc) == {("山东省财政厅", work, "1000000000"), ("青岛市财政局", work, "400000000"),
                           ("青岛城投集团有限公司", work, "600000000")}


def test_relations_a_subsidy_named_after_its_kind_in_the_money_of_a_work_is_no_work(nlp_full):
    doc = nlp_full("椰林苑小区老旧小区改造项目今年9月完工，总投资1680万元。"
                   "其中，吉阳区住房和城乡建设局争取中央财政城镇老旧小区改造补助资金1260万元。")
    assert {(m.name, m.type) for m in doc._.kg_mentions if m.type == "Project"} == {("椰林苑小区老旧小区改造项目", "Project")}
    assert edges(doc, "funds") == {("吉阳区住房和城乡建设局", "椰林苑小区老旧小区改造项目")}


def test_relations_money_in_the_clauses_after_a_works_total_opened_by_qizhong(nlp_full):
    """P…，总投资…，其中甲局积极争取…，乙办事处自筹…: in the same sentence as the work and its total, past clauses saying
    where it is; the kind of subsidy (省级水利建设补助资金) is no work of its own."""
    doc = nlp_full("同日开工的温瑞塘河瓯海段生态修复工程由区水利局组织实施，总投资4.6亿元，其中区水利局积极争取省级水利建设"
                   "补助资金1.2亿元。闽江路片区老旧小区改造项目涉及闽江路社区、江西路社区的31栋楼，总投资4600万元，"
                   "其中市南区住房和城乡建设局争取中央和省级补助资金3800万元，金门路街道办事处自筹资金800万元。")
    river, homes = "温瑞塘河瓯海段生态修复工程", "闽江路片区老旧小区改造项目"
    assert {m.name for m in doc._.kg_mentions if m.type == "Project"} == {river, homes}
    assert funded(doc) == {("区水利局", river, "120000000"), ("市南区住房和城乡建设局", homes, "38000000"),
                                           ("金门路街道办事处", homes, "8000000")}


def test_relations_a_firm_named_by_its_kind_word_invests_in_its_work(nlp_full):
    """…介绍，企业今年投资1.5亿元实施的P: the firm named before funds and builds P."""
    doc = nlp_full("山东岳峰重型机械有限公司加快转型。公司总经理周宏伟介绍，企业今年投资1.5亿元实施的岳峰矿山装备智能工厂项目"
                   "已完成设备安装。")
    firm, work = "山东岳峰重型机械有限公司", "岳峰矿山装备智能工厂项目"
    assert triples(doc, "funds", "develops", "leads") == {
        (firm, "funds", work), (firm, "develops", work), ("周宏伟", "leads", firm)}


def test_relations_a_place_written_right_before_a_work_with_a_name_of_its_own_is_where_it_is(nlp_full):
    """用于武城县G105国道…工程: the county opens no word of the work's name (the recogniser starts it at the road's
    code), it says where the work is (and the passage's place is still read for it)."""
    doc = nlp_full("武城县交通运输局争取省级专项资金2600万元，用于武城县G105国道绕城段改建工程。")
    assert {(ms.name, r.rule) for r in doc._.kg_relations if r.predicate == "locatedIn"
            for ms in [doc._.kg_mentions[r.object]]} == {("武城县", "located_in_name"), ("武城县", "located_scope")}


def test_relations_a_firms_brand_before_a_post_is_the_firm(nlp_full):
    """金厨坊董事长宋志刚, 椰城物业总经理林正南 (brand and trade): the firm the page names in full; a brand with no post
    after it (金厨坊发展很快) is no name of its own."""
    doc = nlp_full("山东金厨坊厨业有限公司入选名单。金厨坊董事长宋志刚说，金厨坊发展很快。三亚椰城物业服务有限公司进驻小区。"
                   "椰城物业总经理林正南说，收缴率提高。")
    assert {(m.text, m.type) for m in doc._.kg_mentions if m.rule == "suffix_brand"} == {
        ("金厨坊", "Company"), ("椰城物业", "Company")}
    assert triples(doc, "leads") == {("宋志刚", "leads", "金厨坊"), ("林正南", "leads", "椰城物业")}


def test_relations_a_bare_title_is_of_the_body_the_page_is_about(nlp_full):
    """校长甲说, 副校长乙、丙出席, 学校党委书记丁: the school the page names most often (not another named once,
    nearer), a university rather than one of its colleges; 总经理戊表示: the firm by its brand; 主任己 (heads too
    many kinds) is of no body."""
    uni, school, firm = "甲江理工大学", "曲阜市杏坛实验学校", "华晶新材"
    doc = nlp_full("甲江理工大学召开大会。甲江理工大学机电学院揭牌。学校党委书记张启明主持，校长葛卫东讲话，"
                   "副校长陈一凡、冯涛出席。")
    assert triples(doc, "leads", "memberOf") == {
        ("张启明", "leads", uni), ("葛卫东", "leads", uni), ("陈一凡", "memberOf", uni), ("冯涛", "memberOf", uni)}
    doc = nlp_full("曲阜市杏坛实验学校投用。曲阜市杏坛实验学校设72个班，周边的曲阜市东关小学同步扩建。校长孔祥玉说，"
                   "学校将办好。主任王立新出席。")
    assert triples(doc, "leads", "memberOf") == {("孔祥玉", "leads", school)}
    doc = nlp_full("蚌埠华晶新材料科技有限公司投产。华晶新材加快发展，总经理葛新宇表示，企业将加快布局。")
    assert triples(doc, "leads", "memberOf") == {("葛新宇", "leads", firm)}


@pytest.mark.parametrize("text,expected", [
    # a village or community the divisions data does not know, opening a work's name, is where the work is
    ("心田村用好专项资金，实施心田村古厝群修缮工程。", {("心田村古厝群修缮工程", "心田村")}),
    ("投入200万元建设华屋村冷链集配中心项目。", {("华屋村冷链集配中心项目", "华屋村")}),
    # a word ending in 村 (乡村, 农村) or a settlement's word going on (村级) names no village
    ("推进美丽乡村建设工程。", set()),
    ("实施前屯村级道路硬化工程。", set()),
])
def test_relations_a_settlement_opening_a_works_name_is_where_it_is(nlp_full, text, expected):
    assert edges(nlp_full(text), "locatedIn") == expected


def test_relations_an_institution_a_sentence_says_is_built_is_a_work_there(nlp_full):
    """钢城区凤凰实验学校 … 凤凰实验学校位于…，由甲局作为项目单位，乙公司承建: the school named again without its
    district is a name, and a work in the sentence that builds it; a kind of work (2024年民生实事项目) is none."""
    doc = nlp_full("钢城区凤凰实验学校今年启用。凤凰实验学校位于艾山街道，是钢城区2024年民生实事项目，由区教育和体育局"
                   "作为项目单位，山东泰岳建设集团有限公司承建。校长王立新说，学校将办好。")
    assert {(m.text, m.type, m.rule) for m in doc._.kg_mentions if m.type in ("Organization", "Project")} == {
        ("钢城区凤凰实验学校", "Organization", "suffix"), ("凤凰实验学校", "Project", "suffix_short")}
    assert triples(doc, "develops", "leads") == {
        ("区教育和体育局", "develops", "钢城区凤凰实验学校"), ("山东泰岳建设集团有限公司", "develops", "钢城区凤凰实验学校"),
        ("王立新", "leads", "钢城区凤凰实验学校")}


@pytest.mark.parametrize("text", [
    "甲马营镇光伏项目开工，该项目拟由武城宏达新能源有限公司投资6.8亿元建设。",  # a plan before 由
    "甲马营镇光伏项目开工，项目将由武城宏达新能源有限公司投资建设。",
])
def test_relations_a_work_a_firm_will_invest_in_and_build(nlp_full, text):
    assert triples(nlp_full(text), "funds", "develops") == {
        ("武城宏达新能源有限公司", "funds", "甲马营镇光伏项目"), ("武城宏达新能源有限公司", "develops", "甲马营镇光伏项目")}


@pytest.mark.parametrize("text,expected", [
    # a logistics park is a work (物流园: suffixes.tsv); the builder after the amount (the town written before its name
    # with a proper part of its own is where it is)
    ("同日开工的还有：颜庄镇恒通冷链物流园，总投资6.2亿元，由山东恒通供应链管理有限公司建设。",
     {("山东恒通供应链管理有限公司", "develops", "恒通冷链物流园")}),
    # a logistics hub is a work too, and a group's subsidiary invests in it and runs it (控股子公司)
    ("恒通冷链物流枢纽选址颜庄镇，由鲁通农发集团控股子公司山东鲁通冷链物流有限公司投资运营，一期投资8.5亿元。",
     {("山东鲁通冷链物流有限公司", "develops", "恒通冷链物流枢纽")}),
    # a body that organises the building develops the work (组织建设)
    ("武城县第二实验小学扩建工程由县教体局组织建设。", {("县教育和体育局", "develops", "武城县第二实验小学扩建工程")}),
])
def test_relations_who_builds_a_park_or_organises_the_building(nlp_full, text, expected):
    assert triples(nlp_full(text), "develops") == expected


def test_relations_a_town_opening_a_works_name_is_no_place_the_passage_is_about(nlp_full):
    # 艾山街道 | 恒通冷链物流园 opens a clause, but names where that work is: the works listed after it are
    # in the article's district, not in the town
    doc = nlp_full("钢城区2025年三季度重大项目集中开工。同日开工的还有：艾山街道恒通冷链物流园，总投资6.2亿元；"
                   "以及凤凰路东延工程等。")
    assert edges(doc, "locatedIn") == {
        ("恒通冷链物流园", "艾山街道"), ("恒通冷链物流园", "钢城区"), ("凤凰路东延工程", "钢城区")}


def test_relations_a_joint_venture_funds_and_builds_and_a_routes_work_lies_at_both_ends(nlp_full):
    # 由甲与乙合资建设: each partner funds and builds the work
    doc = nlp_full("恒远热管理系统项目开工。该项目总投资9.6亿元，由山东恒远智能装备有限公司与德州宏达热控股份有限公司合资建设。")
    assert triples(doc, "funds", "develops") == {
        (firm, pred, "恒远热管理系统项目") for firm in ("山东恒远智能装备有限公司", "德州宏达热控股份有限公司")
        for pred in ("funds", "develops")}
    # 甲镇至乙街道的P: a road between two places is in both
    doc = nlp_full("颜庄镇至艾山街道的颜艾线改建工程总投资4.8亿元。")
    assert edges(doc, "locatedIn") == {("颜艾线改建工程", "颜庄镇"), ("颜艾线改建工程", "艾山街道")}


def test_relations_money_for_several_works_built_after_an_adverb(nlp_full):
    # …投资30亿元，重点建设A和B: an adverb before the building verb; each work listed is funded and built, the amount
    # is theirs together (no work's own)
    doc = nlp_full("鲁通集团计划投资30亿元，重点建设颜庄夏布文创产业园和颜庄农产品冷链物流枢纽。")
    assert funded(doc) == {("鲁通集团", "颜庄夏布文创产业园", None), ("鲁通集团", "颜庄农产品冷链物流枢纽", None)}
    assert edges(doc, "develops") == {("鲁通集团", "颜庄夏布文创产业园"), ("鲁通集团", "颜庄农产品冷链物流枢纽")}
    doc = nlp_full("鲁通集团计划投资30亿元，重点建设颜庄夏布文创产业园。")
    assert funded(doc) == {("鲁通集团", "颜庄夏布文创产业园", "3000000000")}
    # an amount's floor is its hedge (不少于, 至少: investment_hedges)
    doc = nlp_full("鲁通集团计划在武城累计投资不少于30亿元，建设颜庄夏布文创产业园。")
    assert funded(doc) == {("鲁通集团", "颜庄夏布文创产业园", "3000000000")}


def test_relations_a_firm_named_again_by_its_brand_without_its_longest_trade_word(nlp_full):
    # 泰昊晟能新能源有限公司 … 泰昊晟能: the brand without 新能源 (not 泰昊晟能新 without 能源); resolution joins the two
    doc = nlp_full("武城县人民政府与泰昊晟能新能源有限公司签约甲马营镇光伏项目，该项目拟由泰昊晟能投资6.8亿元建设。")
    assert triples(doc, "funds", "develops") == {  # (the firm signing for the work develops it: develops_signing)
        ("泰昊晟能", "funds", "甲马营镇光伏项目"), ("泰昊晟能", "develops", "甲马营镇光伏项目"),
        ("泰昊晟能新能源有限公司", "develops", "甲马营镇光伏项目")}


def test_relations_an_institution_named_short_is_the_one_the_page_names_in_full(nlp_full):
    """人民医院 after 武城县人民医院 is that hospital, not a name of its own (every county has a 人民医院, and
    another page's would otherwise be joined to it); where two full names end so, the short one names none."""
    doc = nlp_full("武城县人民医院新建门诊楼项目开工。人民医院院长王立新说，门诊楼明年投用。")
    assert triples(doc, "leads") == {("王立新", "leads", "武城县人民医院")}
    doc = nlp_full("武城县人民医院和夏津县人民医院签约。人民医院院长王立新说，合作将深化。")
    assert triples(doc, "leads") == set()


def test_relations_a_ministry_between_the_award_verb_and_the_honour_gives_it(nlp_full):
    """入选了工业和信息化部第五批专精特新“小巨人”企业: the ministry is no word of the honour's name, it gives it."""
    doc = nlp_full("山东金厨坊厨业有限公司早在2023年就入选了工业和信息化部第五批专精特新“小巨人”企业。")
    honour = "第五批专精特新“小巨人”企业"
    assert {m.text for m in doc._.kg_mentions if m.type == "Award"} == {honour}
    assert triples(doc, "awarded", "organizes") == {
        ("山东金厨坊厨业有限公司", "awarded", honour), ("工业和信息化部", "organizes", honour)}


@pytest.mark.parametrize("text,works,builders", [
    # a new campus, a new building of an institution: a work named after it
    ("株洲市天元区人民医院新院区由株洲天元城发建设投资有限公司代建。", {"株洲市天元区人民医院新院区"},
     {("株洲天元城发建设投资有限公司", "株洲市天元区人民医院新院区")}),
    ("临清运河文化博物馆新馆开工建设，临清市文化和旅游局为建设单位。", {"临清运河文化博物馆新馆"},
     {("临清市文化和旅游局", "临清运河文化博物馆新馆")}),
    ("沁源县人民医院门诊医技综合楼由沁源县宏达建设工程有限公司承建。", {"沁源县人民医院门诊医技综合楼"},
     {("沁源县宏达建设工程有限公司", "沁源县人民医院门诊医技综合楼")}),
    # a new campus's name goes on with no building word; 力争 (a verb) opens no name
    ("郓城县第一中学新校区教学楼今年投用。", {"郓城县第一中学新校区"}, set()),
    ("医院将同步推进设备采购，力争新院区投用即满负荷运行。", set(), set()),
])
def test_relations_a_building_or_new_campus_of_an_institution_is_a_work(nlp_full, text, works, builders):
    doc = nlp_full(text)
    assert {m.name for m in doc._.kg_mentions if m.type == "Project"} == works
    assert edges(doc, "develops") == builders


def test_relations_posts_given_with_wei_to_a_list_and_to_plain_bodies(nlp_full):
    """任命A、B为… gives the post to both; 任命X为经济发展局局长 names the body whole, however plain its words; a bare
    管委会 after 兼任 is the one 管理委员会 the article names in full."""
    doc = nlp_full("任命霍建勋为邢台经济开发区管理委员会主任，任命秦雅楠、路海涛为管委会副主任；"
                   "市商务局副局长蔡文韬兼任管委会副主任。经党工委研究，任命焦文慧为经济发展局局长。")
    zone = "邢台经济开发区管理委员会"
    assert triples(doc, "leads", "memberOf") == {
        ("霍建勋", "leads", zone), ("秦雅楠", "memberOf", zone), ("路海涛", "memberOf", zone),
        ("蔡文韬", "memberOf", zone), ("蔡文韬", "memberOf", "市商务局"), ("焦文慧", "leads", "经济发展局")}


def test_relations_money_after_a_works_total_and_other_ways_of_paying(nlp_full):
    """The payers in the clauses after a work's total (P总投资…，甲局争取…，乙局安排…) or in the sentence right after
    it fund it; 为该项目出资, 捐赠…用于P, …投资N亿元在开发区建设P and 后者 (the latter of two named) are paying too."""
    doc = nlp_full("黄岛区实验中学扩建项目总投资1.8亿元，区教育和体育局争取专项债券资金1.1亿元，区财政局安排配套资金7000万元。"
                   "青岛西海岸新区第二海底隧道工程总投资12亿元。青岛市交通运输局争取车购税资金4800万元，市财政局配套1500万元。\n"
                   "签约项目中，山东鸿拓精密装备有限公司计划投资15亿元，在开发区建设鸿拓新能源汽车精密结构件项目。"
                   "龙口市财金发展集团有限公司将通过产业引导基金为该项目出资2亿元。\n"
                   "诸由观镇与龙口丰禾食品有限公司签约，后者将投资6亿元在该镇建设丰禾粉丝精深加工智能工厂。\n"
                   "山东曹普木业有限公司捐赠60万元，用于后李楼村文化广场改造提升工程。")
    school, tunnel = "黄岛区实验中学扩建项目", "青岛西海岸新区第二海底隧道工程"
    fasteners, noodles = "鸿拓新能源汽车精密结构件项目", "丰禾粉丝精深加工智能工厂"
    assert edges(doc, "funds") == {
        ("区教育和体育局", school), ("区财政局", school), ("青岛市交通运输局", tunnel), ("市财政局", tunnel),
        ("山东鸿拓精密装备有限公司", fasteners), ("龙口市财金发展集团有限公司", fasteners),
        ("龙口丰禾食品有限公司", noodles), ("山东曹普木业有限公司", "后李楼村文化广场改造提升工程")}


def test_relations_a_firms_brand_opening_a_works_name_builds_it(nlp_full):
    """上海启曜智能科技有限公司 … 启曜…项目: the brand after the firm's places opens the work's name; not when those two
    characters are a word jieba knows or a division's short name (成都郫都城乡发展建设集团 … 郫都区人民医院…)."""
    doc = nlp_full("市政府与上海启曜智能科技有限公司签订战略合作协议，启曜工业机器人华北生产基地项目落户开发区。"
                   "成都郫都城乡发展建设集团有限公司参加会议，郫都区人民医院医技综合楼项目开工。")
    assert edges(doc, "develops") == {
        ("上海启曜智能科技有限公司", "启曜工业机器人华北生产基地项目")}


def test_relations_honours_of_lists_givers_and_quotes(nlp_full):
    """入选Y名单 (the honour without 名单), 入选甲厅公布的“Y名单” (甲 organises Y), 获评甲厅“Y” (the giver before the
    quotes), 被甲委确定为“Y”, and a list read out (宣读了Y名单，甲镇乙村、丙镇丁村入选: the villages)."""
    doc = nlp_full("前李村入选第三批山东省乡村振兴示范村名单。"
                   "湖州禾丰童装科技有限公司入选浙江省经济和信息化厅公布的“2024年度浙江省专精特新中小企业名单”。"
                   "殷志刚同时获评山东省公安厅“全省公安机关优秀共产党员”。"
                   "郓城县被山东省卫生健康委员会确定为“全省紧密型县域医共体建设示范县”。"
                   "开幕式上，烟台市文化和旅游局宣读了2025年度烟台市乡村旅游重点村名单，刘家沟镇西湾村、大辛店镇木兰沟村入选。")
    assert triples(doc, "awarded", "organizes") == {
        ("前李村", "awarded", "第三批山东省乡村振兴示范村"),
        ("湖州禾丰童装科技有限公司", "awarded", "2024年度浙江省专精特新中小企业"),
        ("浙江省经济和信息化厅", "organizes", "2024年度浙江省专精特新中小企业"),
        ("殷志刚", "awarded", "全省公安机关优秀共产党员"),
        ("郓城县", "awarded", "全省紧密型县域医共体建设示范县"),
        ("山东省卫生健康委员会", "organizes", "全省紧密型县域医共体建设示范县"),
        ("西湾村", "awarded", "2025年度烟台市乡村旅游重点村"), ("木兰沟村", "awarded", "2025年度烟台市乡村旅游重点村"),
        ("烟台市文化和旅游局", "organizes", "2025年度烟台市乡村旅游重点村")}


def test_relations_a_work_named_by_the_money_and_the_building(nlp_full):
    """甲投资N亿元，在乙开发区建设P / 甲将在乙镇投资N亿元建设P: the words after the building verb up to a work's
    ending name the work when no rule named it; the where-phrase before the verb does not hide the investor; 及
    between two things it makes is part of the name, but not after a work's own ending (物流产业园及…: two works)."""
    doc = nlp_full("山东科锐微电子有限公司将投资12亿元，在巨野经济开发区建设功率半导体封装测试基地项目。"
                   "禾聚集团有限公司将在羊口镇投资3亿元建设蔬菜种苗繁育产业园。"
                   "钢城鲁味食品有限公司将投资6亿元，在艾山街道建设中央厨房及预制菜加工基地项目。"
                   "山东汶河物流有限公司将投资2亿元，在艾山街道建设物流产业园及冷链仓储中心项目。")
    assert triples(doc, "funds", "develops") == {
        (firm, p, work) for firm, work in (("山东科锐微电子有限公司", "功率半导体封装测试基地项目"),
                                           ("禾聚集团有限公司", "蔬菜种苗繁育产业园"),
                                           ("钢城鲁味食品有限公司", "中央厨房及预制菜加工基地项目"))
        for p in ("funds", "develops")}


def test_relations_the_body_granting_honours_clause_after_clause_organises_them(nlp_full):
    # (罗文彬: the tagger's 罗文 is a word to jieba, and 彬 left alone before 等 ends the name)
    doc = nlp_full("根据决定，贵州省总工会授予贵州乌蒙能源开发有限公司等40个单位“贵州省五一劳动奖状”，"
                   "授予罗文彬等120名职工“贵州省五一劳动奖章”。")
    assert triples(doc, "awarded", "organizes") == {
        ("贵州乌蒙能源开发有限公司", "awarded", "贵州省五一劳动奖状"), ("贵州省总工会", "organizes", "贵州省五一劳动奖状"),
        ("罗文彬", "awarded", "贵州省五一劳动奖章"), ("贵州省总工会", "organizes", "贵州省五一劳动奖章")}


def test_relations_a_towns_party_committee_named_by_its_scope_word(nlp_full):
    """镇党委书记X, 街道党工委副书记、办事处主任Y: the body of the scope word's division (resolution says which town)."""
    doc = nlp_full("镇党委书记黄志斌带队走访宝南村。由街道党工委副书记、办事处主任鲍文强牵头。")
    assert triples(doc, "leads", "memberOf") == {
        ("黄志斌", "leads", "镇党委"), ("鲍文强", "memberOf", "街道党工委"), ("鲍文强", "leads", "街道办事处")}


def test_relations_where_a_work_is_by_its_ends_and_by_the_place_of_its_investment(nlp_full):
    """该工程西起A，东至B: the work is in both; 甲公司将在乙区丙镇投资12亿元建设P: P is in 丙镇, the innermost."""
    doc = nlp_full("沂南县汶河城区段生态修复工程开工。该工程西起界湖街道，东至砖埠镇，全长9.6公里。"
                   "深圳市科朗达电子有限公司将在惠阳区新圩镇投资12亿元建设智能终端研发制造基地。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name, r.rule) for r in doc._.kg_relations
            if r.predicate == "locatedIn" and r.rule in ("located_extent", "located_event")} == {
        ("汶河城区段生态修复工程", "界湖街道", "located_extent"), ("汶河城区段生态修复工程", "砖埠镇", "located_extent"),
        ("智能终端研发制造基地", "新圩镇", "located_event")}


def test_relations_builders_named_after_a_part_and_a_works_kind_word(nlp_full):
    """工程建设单位为X (工程 opening the sentence is the work named before; X, a place and a body's suffix, named
    by its part), 施工单位为Y; 这座工厂由集团全资子公司Z投资…建设 (the group by its kind word, then the subsidiary)."""
    doc = nlp_full("莱阳市团旺至穴坊公路改建工程开工。工程建设单位为莱阳市公路事业发展中心，施工单位为山东恒通路桥集团有限公司。"
                   "年产10万吨预制菜智能工厂正式投产。这座工厂由集团全资子公司诸城恒岳食品有限公司投资8.6亿元建设。")
    road, plant = "团旺至穴坊公路改建工程", "年产10万吨预制菜智能工厂"
    assert triples(doc, "develops", "funds") == {
        ("莱阳市公路事业发展中心", "develops", road), ("山东恒通路桥集团有限公司", "develops", road),
        ("诸城恒岳食品有限公司", "develops", plant), ("诸城恒岳食品有限公司", "funds", plant)}


def test_relations_units_of_a_body_named_bare_before_the_verb(nlp_full):
    """管委会下设A、B、C和D: the 管理委员会 named before has the units; the tagger's name run over the verb
    (管委会下设党政办公室) or over 和 between two bureaus is cut."""
    doc = nlp_full("任命霍建勋为邢台经济开发区管理委员会主任。"
                   "改革后，管委会下设党政办公室、经济发展局、规划建设局和社会事务局4个内设机构。")
    zone = "邢台经济开发区管理委员会"
    assert edges(doc, "partOf") == {
        (unit, zone) for unit in ("党政办公室", "经济发展局", "规划建设局", "社会事务局")}


def test_relations_the_rest_of_the_money_and_the_next_payer_of_a_funded_work(nlp_full):
    """其余资金由X…解决: X funds the work too; 甲局为该项目争取…，乙局配套安排…: the clause after one funding the work
    goes on with it (not after a kind of subsidy named as what the money is for)."""
    doc = nlp_full("沂南县汶河城区段生态修复工程总投资1.8亿元。会议明确，县财政局统筹安排专项债券资金6000万元，"
                   "其余资金由县水利局积极争取上级水利发展资金解决。\n"
                   "单县第五实验小学建设项目开工。县教育和体育局为该项目争取专项债券资金1.1亿元，县财政局配套安排5000万元。")
    river, school = "汶河城区段生态修复工程", "单县第五实验小学建设项目"
    assert edges(doc, "funds") == {
        ("县财政局", river), ("县水利局", river), ("县教育和体育局", school), ("县财政局", school)}


def test_relations_a_place_and_de_before_a_firm_and_a_sentence_set_in_a_place(nlp_full):
    """曹王镇的X: X is in the town; 在旌阳区黄许镇，…察看了P: the sentence's first work is in the innermost place
    (a work before the firms the sentence names first)."""
    doc = nlp_full("曹王镇的山东润博新材料科技有限公司主攻高端彩涂板。"
                   "在旌阳区黄许镇，曹晓峰察看了四川蓉翔线缆股份有限公司智能工厂改造项目。"
                   "在董家口经济区，青岛鑫润投资集团有限公司出资建设的董家口冷链物流园项目开工。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name) for r in doc._.kg_relations
            if r.rule in ("located_possessive", "located_setting")} == {
        ("山东润博新材料科技有限公司", "曹王镇"), ("四川蓉翔线缆股份有限公司智能工厂改造项目", "黄许镇"),
        ("董家口冷链物流园项目", "董家口经济区")}


def test_relations_a_sentence_set_in_a_place_places_each_thing_listed_with_its_first_work(nlp_full):
    doc = nlp_full("在钢城经济开发区，王明一行先后走进甲乙新能源材料有限公司磷酸铁项目、钢城固废综合利用产业园和"
                   "山东泰岳化工有限公司。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name) for r in doc._.kg_relations if r.rule == "located_setting"} == {
        ("甲乙新能源材料有限公司磷酸铁项目", "钢城经济开发区"), ("钢城固废综合利用产业园", "钢城经济开发区"),
        ("山东泰岳化工有限公司", "钢城经济开发区")}


def test_relations_where_a_work_is_built_by_a_parents_subsidiary(nlp_full):
    # 由甲集团控股子公司乙公司建设，…，位于丙: the subsidiary builds; the work, not the firm, is in 丙
    doc = nlp_full("年产60万吨冷轧板项目由山东钢铁集团有限公司控股子公司山东钢城新材料科技有限公司建设，总投资26亿元，"
                   "位于艾山街道。")
    assert edges(doc, "locatedIn") == {("年产60万吨冷轧板项目", "艾山街道")}


def test_relations_a_work_a_visit_to_one_place_looks_at(nlp_full):
    """来到甲街道，调研P (走访甲公司): the work (the firm) is in the place visited (the innermost of 钢城区艾山街道), also with no comma
    (到乙镇实地察看P和Q); a visit to two places at once places no work; a visit that looks at no work places
    nothing; nor does a place a visit goes to that is the sentence's setting (located_setting reads that)."""
    doc = nlp_full("随后，王建国来到钢城区艾山街道，调研钢城新材料产业园项目。"
                   "李华到颜庄镇实地察看汶源路管网改造工程和颜庄污水处理厂扩建工程。"
                   "赵强先后来到里辛街道、辛庄街道，实地查看里辛冷链物流园项目、辛庄文化广场改造工程建设进展。"
                   "孙丽来到棋山社区，走访慰问困难群众。"
                   "周明来到田横镇，先后走访了宏耀木业有限公司和翠岭家居集团。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name) for r in doc._.kg_relations if r.rule == "located_visit"} == {
        ("钢城新材料产业园项目", "艾山街道"), ("汶源路管网改造工程", "颜庄镇"), ("颜庄污水处理厂扩建工程", "颜庄镇"),
        ("宏耀木业有限公司", "田横镇"), ("翠岭家居集团", "田横镇")}


def test_relations_firms_signing_to_invest_together_and_builders_listed_with_their_parts(nlp_full):
    """甲公司与乙公司签约，共同投资…建设P: both firms fund and develop P (one firm signing with a government: the
    firm alone); 由甲投资建设、乙施工总承包的Q: both develop Q, and 甲, investing, funds it."""
    doc = nlp_full("钢城鲁钢机械有限公司与山东汶河物流有限公司签约，共同投资35亿元在艾山街道建设钢城智能装备产业园。"
                   "由莱芜城市建设投资有限公司投资建设、山东钢城建工集团有限公司施工总承包的钢城区人民医院新院区项目封顶。")
    park, hospital = "钢城智能装备产业园", "钢城区人民医院新院区项目"
    assert triples(doc, "funds", "develops") == {
        ("钢城鲁钢机械有限公司", "funds", park), ("钢城鲁钢机械有限公司", "develops", park),
        ("山东汶河物流有限公司", "funds", park), ("山东汶河物流有限公司", "develops", park),
        ("莱芜城市建设投资有限公司", "funds", hospital), ("莱芜城市建设投资有限公司", "develops", hospital),
        ("山东钢城建工集团有限公司", "develops", hospital)}


def test_relations_a_firm_written_in_full_before_its_works_output_opens_the_works_name(nlp_full):
    """甲有限公司年产…项目, 甲股份有限公司智能工厂改造项目: the work's fullest name holds the firm (GUIDE §3), which
    develops it; a firm before a work named otherwise (甲公司承建的P) is no part of its name, and a generic phrase
    after it (重点项目) names no work."""
    doc = nlp_full("山东钢润光电科技有限公司年产500万片车载显示模组项目建设现场。"
                   "山东钢城建工集团有限公司承建的钢城新材料产业园项目开工。"
                   "山东汶河线缆股份有限公司智能工厂改造项目投产。山东汶河线缆股份有限公司重点项目开工。")
    assert triples(doc, "develops") == {
        ("山东钢润光电科技有限公司", "develops", "山东钢润光电科技有限公司年产500万片车载显示模组项目"),
        ("山东钢城建工集团有限公司", "develops", "钢城新材料产业园项目"),
        ("山东汶河线缆股份有限公司", "develops", "山东汶河线缆股份有限公司智能工厂改造项目")}


def test_relations_a_work_a_visit_to_one_firm_looks_at(nlp_full):
    """走进甲公司，察看P: the firm develops the work; 来到钢城区艾山街道乙公司，调研Q: the firm in the places written
    before it develops Q, which is in the innermost place; a firm named in passing (与甲公司座谈) develops nothing."""
    doc = nlp_full("在燕店镇，高振东走进山东鲁莘食品有限公司，察看年产5万吨果蔬脆片生产线项目建设情况。"
                   "王建国来到钢城区艾山街道山东钢润机械有限公司，调研钢润齿轮智能制造项目。"
                   "李华与山东汶河建材有限公司负责人座谈，随后察看颜庄污水处理厂扩建工程。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name) for r in doc._.kg_relations
            if r.rule in ("develops_visited", "located_visit")} == {
        ("山东鲁莘食品有限公司", "develops", "年产5万吨果蔬脆片生产线项目"),
        ("山东钢润机械有限公司", "develops", "钢润齿轮智能制造项目"), ("钢润齿轮智能制造项目", "locatedIn", "艾山街道")}


def test_relations_the_places_a_work_covers(nlp_full):
    """P涉及A、B: the work opening the clause is in each; 该工程…，涉及A、B: the work referred back to, opening the
    clause before; a clause opened by no work covers nothing kg names (P完工后，沿线的服务网络将覆盖A、B)."""
    doc = nlp_full("闽江路片区老旧小区改造项目涉及闽江路社区、江西路社区的31栋楼。"
                   "会议同意安排资金用于东风路综合提升工程，该工程由保定市住房和城乡建设局牵头实施，涉及竞秀区、莲池区。"
                   "东风路综合提升工程完工后，沿线的服务网络将覆盖高田镇、白沙镇。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name) for r in doc._.kg_relations if r.rule == "located_extent"} == {
        ("闽江路片区老旧小区改造项目", "闽江路社区"), ("闽江路片区老旧小区改造项目", "江西路社区"),
        ("东风路综合提升工程", "竞秀区"), ("东风路综合提升工程", "莲池区")}


def test_relations_the_places_the_work_opening_the_sentence_covers(nlp_full):
    """P由…建设，全长3.8公里，将串联A、B: the clauses after the work's leave out their subject, the work opening the
    sentence; a clause naming its own subject is not about it."""
    doc = nlp_full("宏耀路风光带二期工程由区住建局负责建设，全长3.8公里，将串联艾山街道、里辛街道沿江区域。"
                   "宏耀路改造工程已完工，区交通运输局将串联颜庄镇、里辛街道。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name) for r in doc._.kg_relations if r.rule == "located_extent"} == {
        ("宏耀路风光带二期工程", "艾山街道"), ("宏耀路风光带二期工程", "里辛街道")}


def test_relations_a_hospitals_or_schools_unit_word_opening_a_post(nlp_full):
    """院党委书记、院长甲 (the hospital named before), ，校党委书记乙 (the school named anywhere before, not the
    college named nearer)."""
    doc = nlp_full("郓城县人民医院召开大会。院党委书记、院长侯建民兼任集团总院长。\n"
                   "黑龙江三江理工大学举行捐赠仪式。农学院教授贾秋菊介绍了成果，校党委书记潘国栋向许长江颁发捐赠证书。")
    assert triples(doc, "leads") == {("侯建民", "leads", "郓城县人民医院"), ("潘国栋", "leads", "黑龙江三江理工大学")}


def test_relations_a_post_given_by_you_to_a_person_named_after(nlp_full):
    # 院长由副校长甲兼任: the post before 由 is the person's (the bare 院长 of the body named before it); 由 opens no
    # name after the title
    doc = nlp_full("新成立的寒地农业研究院为学校直属科研机构，院长由副校长韩卫东兼任。")
    assert triples(doc, "leads", "memberOf") == {("韩卫东", "leads", "寒地农业研究院")}
    assert {m.name for m in doc._.kg_mentions if m.type in ("Official", "Person")} == {"韩卫东"}
    doc = nlp_full("武城县市场监督管理局局长由县政府党组成员王德明兼任。")
    assert triples(doc, "leads") == {("王德明", "leads", "武城县市场监督管理局")}


def test_relations_an_acting_head_and_a_deputy_elected_to_a_congress(nlp_full):
    # 代理县长 heads the government; a deputy elected to a people's congress is a member of it
    doc = nlp_full("会议决定尹志航为武城县人民政府代理县长。")
    assert triples(doc, "leads", "memberOf") == {("尹志航", "leads", "武城县人民政府")}
    doc = nlp_full("钢城区市场监督管理局局长李崇文当选为济南市第十七届人民代表大会代表。")
    assert {(s, p, o, q) for s, p, o, q in ((doc._.kg_mentions[r.subject].name, r.predicate,
                                             doc._.kg_mentions[r.object].name, r.qualifiers)
                                            for r in doc._.kg_relations)} == {
        ("李崇文", "leads", "钢城区市场监督管理局", (("role", "局长"),)),
        ("李崇文", "memberOf", "济南市人民代表大会", (("role", "代表"),))}
    doc = nlp_full("王刚为济南市第十七届人民代表大会常务委员会副主任。")
    assert edges(doc, "memberOf") == {("王刚", "济南市人民代表大会常务委员会")}  # no deputy: a post of its standing committee


def test_relations_posts_given_respectively_to_the_units_listed_before(nlp_full):
    # 下设A、B和C，分别由甲、乙、丙担任主任: one person per unit, in order; counts that differ give nothing
    doc = nlp_full("钢城苹果产业研究院揭牌成立。研究院下设苹果种质创新研究中心、智慧果园装备研究中心和采后贮藏与加工研究中心，"
                   "分别由邵明杰、唐雨桐、窦立新担任主任。")
    assert triples(doc, "leads", "memberOf") == {
        ("邵明杰", "leads", "苹果种质创新研究中心"), ("唐雨桐", "leads", "智慧果园装备研究中心"),
        ("窦立新", "leads", "采后贮藏与加工研究中心")}
    doc = nlp_full("钢城苹果产业研究院揭牌成立。研究院下设苹果种质创新研究中心、智慧果园装备研究中心，分别由邵明杰、唐雨桐、"
                   "窦立新担任主任。")
    assert triples(doc, "leads", "memberOf") == set()


def test_relations_a_merit_recorded_by_a_body(nlp_full):
    # 甲被乙记个人二等功: 甲 receives it, 乙 gives it; a unit's merit (集体…) goes to no person; 记者 gives nothing
    doc = nlp_full("执行局干警邵明川被济南市中级人民法院记个人二等功。")
    assert triples(doc, "awarded", "organizes") == {("邵明川", "awarded", "个人二等功"),
                                                    ("济南市中级人民法院", "organizes", "个人二等功")}
    doc = nlp_full("大队长庞志远率队侦破一起案件，该大队此前已被济南市公安局记集体三等功。")
    assert triples(doc, "awarded", "organizes") == {("济南市公安局", "organizes", "集体三等功")}
    doc = nlp_full("本报记者王刚报道，第五届钢城琉璃设计大赛金奖揭晓。")
    assert triples(doc, "awarded") == set()


def test_relations_the_body_before_you_gives_the_post_a_bare_title_takes(nlp_full):
    # 甲中心由副院长乙兼任主任; 成立了丙合作社，由丁担任理事长: the post after the verb is the body's before 由
    doc = nlp_full("钢城区中医医院新设治未病中心。其中，治未病中心由副院长林雪芬兼任主任。")
    assert triples(doc, "leads") == {("林雪芬", "leads", "治未病中心")}
    doc = nlp_full("2019年，茶岭村成立了钢城区茶岭茶叶种植专业合作社，由返乡青年陈露瑶担任理事长。")
    assert triples(doc, "leads", "memberOf") == {("陈露瑶", "leads", "钢城区茶岭茶叶种植专业合作社")}
    # a title before each name listed after 分别由
    doc = nlp_full("钢城数字文旅研究院揭牌。研究院下设数字遗产保护研究中心和文旅融合发展研究中心，分别由教授冯立言、副教授安若楠担任主任。")
    assert triples(doc, "leads") == {("冯立言", "leads", "数字遗产保护研究中心"), ("安若楠", "leads", "文旅融合发展研究中心")}


def test_relations_money_after_a_sentence_about_who_builds_the_work(nlp_full):
    # P由甲局组织实施，乙公司承建。丙局已拨付…，其余2600万元由甲局…解决: the money of the sentence after one opening
    # with the work and its builders is the work's; the rest's amount may be written in it
    doc = nlp_full("钢城区农村供水管网提升改造工程由区水利局组织实施，钢城恒润水利工程有限公司中标承建。"
                   "区财政局已拨付首期资金1800万元，其余2600万元由区水利局积极争取上级水利发展资金解决。")
    assert funded(doc) == {("区财政局", "钢城区农村供水管网提升改造工程", "18000000"),
                                           ("区水利局", "钢城区农村供水管网提升改造工程", "26000000")}


@pytest.mark.parametrize("text,expected", [
    # money ending its clause after the one work a signing named: the firm's (后者, or the firm opening the sentence)
    ("钢城区艾山街道办事处与宁波海屿文旅发展有限公司签约雪山彩虹谷度假区提升项目，后者拟投资6亿元。",
     {("宁波海屿文旅发展有限公司", "雪山彩虹谷度假区提升项目", "600000000")}),
    ("宁波甬沂控股集团有限公司与钢城经济开发区管理委员会签约年产5万吨功能性食品原料项目，拟投资18亿元。",
     {("宁波甬沂控股集团有限公司", "年产5万吨功能性食品原料项目", "1800000000")}),
    # the place written between the building verb and the work (the work's name starts after it)
    ("钢城区人民政府与广州青禾文旅发展有限公司签约，由广州青禾文旅发展有限公司投资2.5亿元建设钢城区茉莉花田园综合体项目。",
     {("广州青禾文旅发展有限公司", "茉莉花田园综合体项目", "250000000")}),
    # a work's planned money in a speaker's sentence is no bureau's
    ("区水务局局长梁振波介绍，今年还将启动钢城区黄垒河生态缓冲带建设项目，计划投资3600万元。", set()),
])
def test_relations_a_firms_money_after_a_signing_or_a_place(nlp_full, text, expected):
    doc = nlp_full(text)
    assert funded(doc) == expected


def test_relations_a_kind_of_money_names_no_work(nlp_full):
    # 下达技术改造专项资金: 技术改造 (stop_names.txt) is what the money is for in general, no work it funds
    doc = nlp_full("烟台市工业和信息化局4月份又下达技术改造专项资金1200万元。")
    assert [m.name for m in doc._.kg_mentions if m.type == "Project"] == []
    assert triples(doc, "funds") == set()


@pytest.mark.parametrize("text, firm, work", [
    # 自筹资金 is how a firm invests: 甲自筹资金N元建设的P
    ("今年，甲电缆有限公司自筹资金3.6亿元建设的乙特种电缆项目投产。", "甲电缆有限公司", "乙特种电缆项目"),
    # a time word among the adverbs before the verb (计划明年投资)
    ("甲食品有限公司计划明年投资3亿元，在颜庄镇建设乙冬枣产业园项目。", "甲食品有限公司", "乙冬枣产业园项目"),
    # where it is built: a side of the village (在村东), a bearing after the place (在颜庄镇境内)
    ("甲食品有限公司投资2200万元在村东建设乙山药加工项目。", "甲食品有限公司", "乙山药加工项目"),
    ("甲食品有限公司投资3亿元，在颜庄镇境内建设乙冬枣产业园项目。", "甲食品有限公司", "乙冬枣产业园项目"),
])
def test_relations_a_firm_investing_in_a_work_funds_and_develops_it(nlp, text, firm, work):
    ms = [mention(text, firm, "Company"), mention(text, work, "Project")] + (
        [mention(text, "颜庄镇", "Place")] if "颜庄镇" in text else [])
    rels = run(nlp, text, ms)
    assert preds(rels, "funds") == preds(rels, "develops") == {(firm, work)}



@pytest.mark.parametrize("text, places, expected", [
    # a later clause building in a place, naming no work of its own: the one work named before is built there
    ("甲公司与乙区人民政府签约的丙材料项目计划投资28亿元，将由该公司在颜庄镇投资建设。", ["乙区", "颜庄镇"],
     {("丙材料项目", "颜庄镇")}),
    ("乙区人民政府与甲公司签约了丙冷链项目，由后者拟投资4.5亿元，在乙区颜庄镇建设冷库。", ["乙区", "乙区", "颜庄镇"],
     {("丙冷链项目", "颜庄镇")}),
    # the work's own first clause, two works before, a place opening the clause (its subject): no such reading
    ("丙材料项目在颜庄镇以南的地块上。", ["颜庄镇"], set()),
    ("甲公司签约丙材料项目和丁冷链项目，将在颜庄镇建设。", ["颜庄镇"], set()),
    ("甲公司签约丙材料项目，乙区人民政府在颜庄镇建设配套设施。", ["颜庄镇"], set()),
    # 选址 | 于里镇: the place's name opens with 于
    ("甲公司拟投资32亿元建设丙储能项目，项目选址于里镇。", ["于里镇"], {("丙储能项目", "于里镇")}),
])
def test_relations_where_the_sentence_builds_its_work(nlp, text, places, expected):
    ms = [mention(text, "甲公司", "Company")] if "甲公司" in text else []
    ms += [mention(text, w, "Project") for w in ("丙材料项目", "丁冷链项目", "丙冷链项目", "丙储能项目") if w in text]
    ms += [mention(text, "乙区人民政府", "Agency")] if "乙区人民政府" in text else []
    seen: dict[str, int] = {}
    for p in places:
        ms.append(mention(text, p, "Place", nth=seen.get(p, 0)))
        seen[p] = seen.get(p, 0) + 1
    ms = [m for m in ms if not (m.type == "Place" and m.name == "乙区" and text.startswith("乙区人民政府", m.start))]
    ms.sort(key=lambda m: m.start)
    assert {(s, o) for s, o in located(run(nlp, text, ms)) if s.endswith("项目")} == expected


@pytest.mark.parametrize("text, people, bodies, expected", [
    # 并担任 a head's bare title after what the person did: the body of the kind it heads named before it
    ("村党支部书记夏国强牵头组建武城县坪上果蔬专业合作社并担任理事长。", ["夏国强"], [("武城县坪上果蔬专业合作社", "Organization")],
     {("夏国强", "武城县坪上果蔬专业合作社")}),
    # a bare title taken on with no body in the sentence: the article's body of that kind
    ("去年，村里成立了武城县坪上果蔬专业合作社。如今，合作社社员已发展到136户，刘晓光担任理事长。", ["刘晓光"],
     [("武城县坪上果蔬专业合作社", "Organization")], {("刘晓光", "武城县坪上果蔬专业合作社")}),
    # 主任 heads too many kinds; a unit word the title names no kind of (集团总院长) is another body's
    ("武城县卫生健康委员会部署工作，卒中中心由副院长谭志远兼任主任。", ["谭志远"], [("武城县卫生健康委员会", "Agency")],
     set()),
    ("甲马营镇中心卫生院开诊。副县长侯建华兼任集团总院长。", ["侯建华"], [("甲马营镇中心卫生院", "Organization")], set()),
])
def test_relations_a_bare_head_title_taken_on_heads_the_body_of_its_kind(nlp, text, people, bodies, expected):
    ms = [mention(text, p, "Official") for p in people] + [mention(text, b, t) for b, t in bodies]
    ms.sort(key=lambda m: m.start)
    assert preds(run(nlp, text, ms), "leads") == expected


@pytest.mark.parametrize("text, expected", [
    # a working body's titles taken on, the deputy's too: the body of that kind set up before in the sentence
    ("成立钢城区城市更新指挥部，区长李建华任指挥长，区住建局局长王晓梅任副指挥长。",
     {("李建华", "leads", "钢城区城市更新指挥部"), ("王晓梅", "memberOf", "钢城区城市更新指挥部"),
      ("王晓梅", "leads", "区住房和城乡建设局")}),
    ("钢城区城市更新工作领导小组由区长李建华任组长，副区长赵晓东任副组长。",
     {("李建华", "leads", "钢城区城市更新工作领导小组"), ("赵晓东", "memberOf", "钢城区城市更新工作领导小组")}),
    # a person no title introduces who takes the post on after 由 is an official holding it
    ("会议宣布成立钢城区重点项目建设工作专班，由王晓梅任组长，赵晓东任副组长。",
     {("王晓梅", "leads", "钢城区重点项目建设工作专班"), ("赵晓东", "memberOf", "钢城区重点项目建设工作专班")}),
    # or in a sentence before: the group the page set up
    ("钢城区成立钢城区城市更新工作专班。区长李建华任组长，副区长赵晓东任副组长。",
     {("李建华", "leads", "钢城区城市更新工作专班"), ("赵晓东", "memberOf", "钢城区城市更新工作专班")}),
    # a group's title names no command (指挥部), nor a command's title a group
    ("成立钢城区城市更新指挥部，区长李建华任组长。", set()),
    ("钢城区城市更新工作领导小组召开会议，区长李建华任副指挥长。", set()),
])
def test_relations_a_working_bodys_title_taken_on(nlp_full, text, expected):
    doc = nlp_full(text)
    edges = {(s, p, o) for s, p, o in triples(doc, "leads", "memberOf") if not o.endswith("人民政府")}
    assert edges == expected


def test_relations_the_places_a_work_named_in_the_clause_before_covers(nlp):
    # 用于实施P，涉及A镇、B镇: the one work closing the clause before is in each place listed
    text = "资金用于实施武城县高标准农田建设项目，涉及甲马营镇、武城镇等4个镇。"
    ms = [mention(text, "武城县高标准农田建设项目", "Project"), mention(text, "甲马营镇", "Place"),
          mention(text, "武城镇", "Place")]
    assert located(run(nlp, text, ms)) == {("武城县高标准农田建设项目", "甲马营镇"), ("武城县高标准农田建设项目", "武城镇")}
    # two works in the clause before: neither is read as the one covering them
    text = "资金用于甲桥项目和乙路工程，涉及甲马营镇、武城镇等4个镇。"
    ms = [mention(text, "甲桥项目", "Project"), mention(text, "乙路工程", "Project"), mention(text, "甲马营镇", "Place"),
          mention(text, "武城镇", "Place")]
    assert located(run(nlp, text, ms)) == set()


def test_relations_units_listed_up_to_a_count(nlp):
    # 甲医院新设A科、B中心和C科三个科室: the count closes the list, the last item is a unit too
    text = "武城县人民医院新设重症医学科、儿童医学中心和康复医学科三个科室。"
    ms = [mention(text, "武城县人民医院", "Organization")]
    assert preds(run(nlp, text, ms), "partOf") == {
        ("重症医学科", "武城县人民医院"), ("儿童医学中心", "武城县人民医院"), ("康复医学科", "武城县人民医院")}


def test_relations_the_groups_a_command_sets_up(nlp_full):
    # 指挥部下设A组和B组: the command named before by its kind word, its task groups (组: a unit only in a list or
    # before a post) are parts of it; a bare 领导小组 before 组长 is no body's name
    doc = nlp_full("该县成立了武城县甲路建设指挥部，指挥部下设征地拆迁组和质量安全组。副县长王德明任领导小组组长。")
    assert triples(doc, "partOf") == {("征地拆迁组", "partOf", "武城县甲路建设指挥部"),
                                      ("质量安全组", "partOf", "武城县甲路建设指挥部")}
    assert {m.name for m in doc._.kg_mentions if m.type == "Agency" and m.kind == "name"} == {
        "武城县甲路建设指挥部", "征地拆迁组", "质量安全组"}



def test_relations_a_person_taking_on_a_post_written_before_them_is_an_official(nlp):
    # 甲中心主任由从乙医院引进的专家丙担任: no title introduces 丙; the post written before 由 makes them an official
    text = "武城县人民医院新设儿童医学中心，儿童医学中心主任由从甲医院引进的专家隗雅芝担任。"
    ms = [mention(text, "武城县人民医院", "Organization"), mention(text, "儿童医学中心", "Organization"),
          mention(text, "儿童医学中心", "Organization", nth=1), mention(text, "甲医院", "Organization"),
          mention(text, "隗雅芝", "Person")]
    doc = nlp.make_doc(text)
    doc._.kg_mentions = ms
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert triples(doc, "leads") == {("隗雅芝", "leads", "儿童医学中心")}
    assert {m.type for m in doc._.kg_mentions if m.name == "隗雅芝"} == {"Official"}


def test_relations_awarded_winners_listed_after_the_prize_and_de_you(nlp_full):
    # 获得Y的有…: the prize first, its winners after; the bare 银奖 is the contest's the full prize named; the
    # body a person works for and a place naming a maker win nothing; a trade glued by jieba to the name after
    # it (陶艺 | 师周明) is no part of the person's name
    doc = nlp_full("第十届澄波陶瓷艺术精品展评选结果揭晓。荣获第十届澄波陶瓷艺术精品展金奖的3件作品分别是：艾山街道翠岭窑"
                   "负责人李建华创作的《甲》，天铭科技有限公司选送的《乙》。获得银奖的有宏耀电子有限公司、岚集陶瓷有限公司选送的"
                   "作品和陶艺师周明、余建华的个人作品；获得铜奖的有东高陶瓷有限公司等单位和个人的4件作品。")
    gold, silver, bronze = (f"第十届澄波陶瓷艺术精品展{p}" for p in ("金奖", "银奖", "铜奖"))
    assert triples(doc, "awarded") == {
        ("李建华", "awarded", gold), ("天铭科技有限公司", "awarded", gold),
        ("宏耀电子有限公司", "awarded", silver), ("岚集陶瓷有限公司", "awarded", silver), ("周明", "awarded", silver),
        ("余建华", "awarded", silver), ("东高陶瓷有限公司", "awarded", bronze)}


def test_relations_awarded_winners_counted_as_people_are_the_people(nlp_full):
    # 获Y的5名个人分别是：甲公司高级技师丙，…: the people, not the firms they work for
    doc = nlp_full("获钢城区五一劳动奖章的2名个人分别是：宏耀电子有限公司高级技师王晓梅，钢城区人民医院心内科主任赵晓东。")
    assert triples(doc, "awarded") == {("王晓梅", "awarded", "钢城区五一劳动奖章"), ("赵晓东", "awarded", "钢城区五一劳动奖章")}


def test_relations_works_built_in_a_modifier_with_their_money_between(nlp_full):
    # 由甲局组织实施、总投资N元的P; 由甲局建设、乙公司承建、总投资N元的P: the work's money between the verb and 的
    doc = nlp_full("由区住建局组织实施、总投资2.3亿元的2024年钢城区老旧小区改造工程已完成。由区教育局建设、甲乙建筑工程有限公司"
                   "承建、总投资1.2亿元的钢城区第三实验小学新校区项目已封顶。")
    assert triples(doc, "develops") == {
        ("区住房和城乡建设局", "develops", "2024年钢城区老旧小区改造工程"),
        ("区教育局", "develops", "钢城区第三实验小学新校区项目"), ("甲乙建筑工程有限公司", "develops", "钢城区第三实验小学新校区项目")}


def test_relations_money_a_body_spends_doing_the_work_named_after_it(nlp_full):
    # 甲局争取资金N元实施的P, 甲局利用债券资金N元建设的P: it pays and builds (a finance bureau only pays; 利用 of
    # anything but money is no paying)
    doc = nlp_full("区水利局争取中央资金6800万元实施的澄波河堤防加固工程计划9月完工。区卫健局利用专项债券资金9000万元建设的"
                   "钢城区中医院门诊综合楼正在施工。区财政局安排资金500万元实施的翠岭路改造工程完工。")
    used = nlp_full("甲乙新能源有限公司与颜庄镇人民政府签订协议，利用颜庄镇塌陷区建设150兆瓦光伏电站，总投资6.5亿元。")
    assert (funded(doc), triples(doc, "develops"), funded(used)) == (
        {("区水利局", "澄波河堤防加固工程", "68000000"), ("区卫生健康局", "钢城区中医院门诊综合楼", "90000000"),
         ("区财政局", "翠岭路改造工程", "5000000")},
        {("区水利局", "develops", "澄波河堤防加固工程"), ("区卫生健康局", "develops", "钢城区中医院门诊综合楼")},
        {("甲乙新能源有限公司", "150兆瓦光伏电站", "650000000")})  # (the firm's, as funds_invest reads it; not the town's)


def test_relations_develops_verb_with_the_towns_where_the_firm_is_building(nlp_full):
    # X正在甲镇、乙镇建设P: the places where it builds stand between the firm and its verb
    doc = nlp_full("甲乙牧业有限公司正在颜庄镇、艾山街道建设年出栏20万头肉牛标准化养殖基地。")
    assert triples(doc, "develops") == {("甲乙牧业有限公司", "develops", "年出栏20万头肉牛标准化养殖基地")}


def test_relations_part_of_listed_after_qixia_de_and_no_kind_word_alone(nlp_full):
    # 甲集团旗下的乙公司、丙公司: the units after 旗下的; 旗下的控股子公司 names no unit (a kind alone)
    doc = nlp_full("天铭集团旗下的宏耀电子有限公司、岚集物流有限公司发展迅速。")
    kind = nlp_full("宏耀航宇是岚集航空装备集团旗下的控股子公司。")
    assert (triples(doc, "partOf"), [m.name for m in kind._.kg_mentions]) == (
        {("宏耀电子有限公司", "partOf", "天铭集团"), ("岚集物流有限公司", "partOf", "天铭集团")}, ["岚集航空装备集团"])


def test_relations_a_subjectless_investing_clause_is_the_owners(nlp_full):
    # P由甲公司开发建设，投资4.2亿元: the owner building it invests; a contractor's 承建 and the work's own 总投资 do not
    doc = nlp_full("翠岭康养小镇一期由钢城区文化旅游发展集团有限公司开发建设，投资4.2亿元，位于艾山街道。"
                   "翠岭路改造工程由甲乙建设有限公司承建，投资1.2亿元。澄波路改造工程由区住建局组织实施，总投资2亿元。")
    assert funded(doc) == {("钢城区文化旅游发展集团有限公司", "翠岭康养小镇一期", "420000000")}


def test_relations_a_table_works_cell_is_not_in_its_own_grounds_cut_short(nlp_full):
    # the recogniser read 古城文化旅游小镇 (a place); the table's work is the whole cell, and not in that place
    doc = nlp_full("序号　项目名称　建设单位　建设地点\n1　岚都古城文化旅游小镇　甲乙文旅开发有限公司　艾山街道")
    assert triples(doc, "locatedIn", "develops") == {
        ("岚都古城文化旅游小镇", "locatedIn", "艾山街道"), ("甲乙文旅开发有限公司", "develops", "岚都古城文化旅游小镇")}


def test_relations_awarded_verb_people_listed_each_after_their_unit_or_before_a_note(nlp_full):
    # 甲局张某、乙街道刘某等3人被评为Y: each item's person (a name the recogniser missed after its unit too);
    # 李某（甲公司董事长）、王某（乙公司总经理）等2人: the people, not the firms in their notes
    units = nlp_full("区工业和信息化局王晓梅、艾山街道周明、里辛街道赵晓东等3人被评为“服务企业优秀个人”。")
    notes = nlp_full("李建华（宏耀电子有限公司董事长）、余建华（天铭科技有限公司总经理）等2人被评为“优秀企业家”。")
    assert (triples(units, "awarded"), triples(notes, "awarded")) == (
        {("王晓梅", "awarded", "服务企业优秀个人"), ("周明", "awarded", "服务企业优秀个人"),
         ("赵晓东", "awarded", "服务企业优秀个人")},
        {("李建华", "awarded", "优秀企业家"), ("余建华", "awarded", "优秀企业家")})


def test_relations_builders_after_a_short_name_in_brackets_and_money_before_the_doing(nlp_full):
    # 由甲公司（区城投集团）代建: past the short name in brackets; 甲公司将在乙镇投资6亿元建设P: pays and builds; a
    # town opening the clause pays, not the body of the post named before it (全街道…投入…实施P)
    doc = nlp_full("钢城区人民医院新院区总投资6.8亿元，由钢城区城市建设投资集团有限公司（区城投集团）代建，甲乙建工集团有限公司"
                   "施工总承包。甲乙新能源开发有限公司将在颜庄镇、艾山街道投资6亿元建设屋顶光伏及储能项目。")
    town = nlp_full("艾山街道党工委书记王晓梅介绍，全街道今年计划投入1500万元实施翠岭路改造工程。")
    assert (triples(doc, "develops"), funded(doc), funded(town) | triples(town, "develops")) == (
        {("钢城区城市建设投资集团有限公司", "develops", "钢城区人民医院新院区"),
         ("甲乙建工集团有限公司", "develops", "钢城区人民医院新院区"),
         ("甲乙新能源开发有限公司", "develops", "屋顶光伏及储能项目")},
        {("甲乙新能源开发有限公司", "屋顶光伏及储能项目", "600000000")}, set())


def test_relations_awarded_list_under_quoted_headings_and_villages_after_their_towns(nlp_full):
    # 一、“Y”（2家） heads its section as 一、Y（2家） does; 甲镇乙村 in an item: the village receives it, not its town
    doc = nlp_full("根据决定，授予以下单位和个人荣誉称号：\n一、“2023年度钢城区工业经济突出贡献企业”（2家）\n宏耀电子有限公司\n"
                   "天铭科技有限公司\n二、“2023年度钢城区乡村振兴示范村”（2个）\n艾山街道上岚村、里辛街道东高村\n")
    firms, villages = "2023年度钢城区工业经济突出贡献企业", "2023年度钢城区乡村振兴示范村"
    assert triples(doc, "awarded") == {
        ("宏耀电子有限公司", "awarded", firms), ("天铭科技有限公司", "awarded", firms),
        ("上岚村", "awarded", villages), ("东高村", "awarded", villages)}


def test_relations_a_firms_brand_is_not_the_place_a_work_opens_with(nlp_full):
    # 吉林宏耀医药物流有限公司: its brand 宏耀 opens 宏耀医药物流园 (its work), not a work opening with a city whose
    # name starts with the same characters (绥芬 of 绥芬河市)
    doc = nlp_full("黑龙江绥芬医药物流有限公司参加签约。绥芬河市第二水厂扩建工程开工。")
    own = nlp_full("吉林宏耀医药物流有限公司参加签约。宏耀医药物流产业园二期开工。")
    assert (triples(doc, "develops"), triples(own, "develops")) == (
        set(), {("吉林宏耀医药物流有限公司", "develops", "宏耀医药物流产业园二期")})


def test_relations_awarded_list_section_with_a_place_before_its_year_and_people_with_posts(nlp_full):
    # 一、钢城区2023年度优秀企业家（2名）: a place before the year opens the section's honour, whose own year keeps the
    # decision's period from being written before it again; 李江山 (山 ends mountains) opening its line before a
    # space and a post is a person
    doc = nlp_full("中共钢城区委 钢城区人民政府关于表彰2023年度优秀企业和优秀企业家的决定\n附件：表彰名单\n"
                   "一、钢城区2023年度优秀企业家（2名）\n王晓梅　宏耀电子有限公司董事长\n李江山　天铭科技有限公司总经理\n")
    honour = "钢城区2023年度优秀企业家"
    assert triples(doc, "awarded") == {("王晓梅", "awarded", honour), ("李江山", "awarded", honour)}


def test_relations_a_decision_to_grant_titles_is_organised_by_the_deciders(nlp_full):
    # 为表彰先进，经甲、乙研究，决定授予…: the deciders organise the titles and receive none (表彰 opens no list
    # across the commas)
    doc = nlp_full("为表彰先进，经区委、区政府研究，决定授予宏耀机械有限公司等5家企业“2024年度工业突出贡献企业”称号，"
                   "授予王晓梅等4名同志“2024年度优秀企业家”称号。")
    assert triples(doc, "awarded", "organizes") == {
        ("宏耀机械有限公司", "awarded", "2024年度工业突出贡献企业"), ("王晓梅", "awarded", "2024年度优秀企业家"),
        ("区委", "organizes", "2024年度工业突出贡献企业"), ("区人民政府", "organizes", "2024年度工业突出贡献企业"),
        ("区委", "organizes", "2024年度优秀企业家"), ("区人民政府", "organizes", "2024年度优秀企业家")}


def test_relations_a_decision_headline_names_who_organises_the_lists_under_it(nlp_full):
    doc = nlp_full("中共钢城区委 钢城区人民政府关于表彰2024年度工业先进企业的决定\n各镇街：\n2024年，全区工业经济稳中有进。\n"
                   "一、工业先进企业（2家）\n宏耀机械有限公司\n天铭食品有限公司\n")
    assert triples(doc, "awarded", "organizes") == {
        ("宏耀机械有限公司", "awarded", "2024年度工业先进企业"), ("天铭食品有限公司", "awarded", "2024年度工业先进企业"),
        ("钢城区委", "organizes", "2024年度工业先进企业"), ("钢城区人民政府", "organizes", "2024年度工业先进企业")}


def test_relations_two_quoted_honours_joined_by_and(nlp_full):
    doc = nlp_full("近年来，宏耀纺织科技有限公司先后被评为“省级专精特新中小企业”和“省级绿色工厂”。")
    assert triples(doc, "awarded") == {("宏耀纺织科技有限公司", "awarded", "省级专精特新中小企业"),
                                       ("宏耀纺织科技有限公司", "awarded", "省级绿色工厂")}


def test_relations_located_in_a_town_of_the_pages_own_place(nlp_full):
    # 位于我市甲镇: 我市 is the page's place, the town written in it holds the park
    doc = nlp_full("据了解，澄波新能源产业园位于我市艾山街道境内，规划面积32平方公里。")
    assert triples(doc, "locatedIn") == {("澄波新能源产业园", "locatedIn", "艾山街道")}


def test_relations_a_firms_phase_of_a_work_is_its_own(nlp_full):
    doc = nlp_full("宏耀纺织科技有限公司二期年产10万锭纺纱项目正式投产。")
    assert triples(doc, "develops") == {("宏耀纺织科技有限公司", "develops", "年产10万锭纺纱项目")}


def test_relations_builders_listed_each_with_their_part(nlp_full):
    # 由甲局作为项目业主、乙公司承建: two lists of builders, each with its part, after one 由
    doc = nlp_full("澄波中学新建工程正在施工。该工程总投资1.6亿元，由市教育局作为项目业主、宏耀建设集团有限公司承建。")
    assert triples(doc, "develops") == {("市教育局", "develops", "澄波中学新建工程"),
                                        ("宏耀建设集团有限公司", "develops", "澄波中学新建工程")}


def test_relations_a_work_under_way_at_a_crossing_named_first(nlp_full):
    doc = nlp_full("在翠岭大道与澄波路交叉口，钢城区第十二中学新建工程正在进行室外配套施工。")
    assert triples(doc, "locatedIn") == {
        ("钢城区第十二中学新建工程", "locatedIn", "翠岭大道"), ("钢城区第十二中学新建工程", "locatedIn", "澄波路"),
        ("钢城区第十二中学新建工程", "locatedIn", "钢城区"), ("翠岭大道", "locatedIn", "钢城区"), ("澄波路", "locatedIn", "钢城区")}


@pytest.mark.parametrize("text,expected", [
    # 公司 opening the clause is the firm named before, not the institute it works with
    ("宏耀机械有限公司董事长王晓梅介绍，公司与澄波茶叶研究院共建的实验室已投入运行，今年以来公司先后获评“省级绿色工厂”。",
     {("宏耀机械有限公司", "awarded", "省级绿色工厂")}),
    ("总经理王晓梅介绍，公司与澄波茶叶研究院共建的实验室已投入运行，今年以来公司先后获评“省级绿色工厂”。", set()),
])
def test_relations_a_firm_called_the_company_receives_the_honour(nlp_full, text, expected):
    assert triples(nlp_full(text), "awarded") == expected


def test_relations_money_spent_in_a_park_named_after_its_county(nlp_full):
    # 在钢城化工产业园建设P: the park, a place holding the county's name, is passed as a whole to reach the work
    doc = nlp_full("宏耀公司计划投资22亿元，在钢城化工产业园建设年产5万吨聚酰亚胺薄膜项目。")
    assert funded(doc) == {("宏耀公司", "年产5万吨聚酰亚胺薄膜项目", "2200000000")}


def test_relations_a_cooperative_is_in_the_village_written_after_its_town(nlp_full):
    doc = nlp_full("艾山街道上岚村茶叶种植专业合作社成立。艾山街道茶叶种植专业合作社成立。")
    assert triples(doc, "locatedIn") == {("艾山街道上岚村茶叶种植专业合作社", "locatedIn", "上岚村"),
                                         ("艾山街道茶叶种植专业合作社", "locatedIn", "艾山街道")}


def test_relations_grounds_a_later_clause_says_who_builds(nlp_full):
    # the town opens the clause, a later clause says who builds it: a work, developed by the firm after 由
    doc = nlp_full("其中澄波湾小镇选址艾山街道；翠岭森林康养小镇位于城区翠岭脚下，由集团控股的天铭康旅置业有限公司具体开发。")
    assert triples(doc, "develops") == {("天铭康旅置业有限公司", "develops", "翠岭森林康养小镇")}


def test_relations_a_firm_the_tagger_names_elsewhere_is_named_where_jieba_splits_it(nlp_full):
    # 宁 | 水源 | 公司: no proper word to jieba after 全资子公司, but the tagger names 宁水源公司 in the next sentence
    doc = nlp_full("澄波饮用水项目开工。该项目由钢城水都实业集团有限公司全资子公司宁水源公司投资建设。据了解，宁水源公司成立于2022年。")
    assert triples(doc, "develops", "funds") == {("宁水源公司", "develops", "澄波饮用水项目"),
                                                 ("宁水源公司", "funds", "澄波饮用水项目")}


@pytest.mark.parametrize("text,expected", [
    # 由甲局牵头，与乙公司合作建设P: the bureau leading the build builds too
    ("会议同意由市文旅局牵头，与宏耀文旅发展集团有限公司合作建设澄波冰雪小镇。",
     {("市文化和旅游局", "develops", "澄波冰雪小镇"), ("宏耀文旅发展集团有限公司", "develops", "澄波冰雪小镇")}),
    ("宏耀文旅发展集团有限公司与天铭公司合作建设澄波冰雪小镇。",
     {("宏耀文旅发展集团有限公司", "develops", "澄波冰雪小镇"), ("天铭公司", "develops", "澄波冰雪小镇")}),
])
def test_relations_the_body_leading_a_joint_build_builds(nlp_full, text, expected):
    assert triples(nlp_full(text), "develops") == expected


def test_relations_a_commendation_decision_its_full_headings_and_a_list_another_body_announced(nlp_full):
    # 《关于表扬…的决定》: the bodies issuing it organise the honours its sections head, each heading written in full
    # (a place and a year inside it); a list in the same page that another body announced (甲厅公布的…名单) is that
    # body's; a line of a people list whose job is no post (导游) still names who is honoured
    doc = nlp_full(
        "近日，中共钢城区委、钢城区人民政府印发《关于表扬2023年度全区农业农村工作先进集体和先进个人的决定》。"
        "同时，在山东省农业农村厅公布的2023年度山东省农民合作社省级示范社名单中，我区有1家合作社入选。\n\n"
        "一、钢城区2023年度农业农村工作先进集体\n钢城区农业农村局\n宏耀农业开发有限公司\n\n"
        "二、钢城区2023年度农业农村工作先进个人\n王晓梅　天铭旅行社有限公司导游\n李建华　钢城区农业农村局副局长\n\n"
        "三、2023年度山东省农民合作社省级示范社\n钢城区翠岭果蔬专业合作社")
    group, person = "钢城区2023年度农业农村工作先进集体", "钢城区2023年度农业农村工作先进个人"
    model = "2023年度山东省农民合作社省级示范社"
    assert triples(doc, "awarded", "organizes") == {
        ("钢城区农业农村局", "awarded", group), ("宏耀农业开发有限公司", "awarded", group),
        ("王晓梅", "awarded", person), ("李建华", "awarded", person), ("钢城区翠岭果蔬专业合作社", "awarded", model),
        ("钢城区委", "organizes", group), ("钢城区人民政府", "organizes", group),
        ("钢城区委", "organizes", person), ("钢城区人民政府", "organizes", person),
        ("山东省农业农村厅", "organizes", model)}


def test_relations_the_body_deciding_to_grant_an_honour_organises_it(nlp_full):
    # 甲市人民政府决定授予X“Y”称号: the body whose decision it is organises Y
    doc = nlp_full("根据表彰决定，钢城区人民政府决定授予宏耀酒店管理有限公司等8个单位“2023年度钢城区文化旅游发展先进集体”称号。")
    assert triples(doc, "awarded", "organizes") == {
        ("宏耀酒店管理有限公司", "awarded", "2023年度钢城区文化旅游发展先进集体"),
        ("钢城区人民政府", "organizes", "2023年度钢城区文化旅游发展先进集体")}


def test_relations_a_route_between_towns_and_a_park_chosen_as_a_site(nlp_full):
    # B承建的甲坝镇至乙口镇公路改建工程: B builds the route; 选址甲口镇乙产业园: the work is in the park,
    # and the park in the district it is named after (the town written right before it holds it too: see test_resolve)
    route = nlp_full("宏耀路桥工程有限公司承建的岚集坝镇至翠岭口镇公路改建工程开工。")
    site = nlp_full("莱芜区召开会议。煤化工综合利用项目选址翠岭口镇莱芜循环经济产业园。")
    assert (triples(route, "develops"), triples(site, "locatedIn")) == (
        {("宏耀路桥工程有限公司", "develops", "岚集坝镇至翠岭口镇公路改建工程")},
        {("煤化工综合利用项目", "locatedIn", "莱芜循环经济产业园"), ("莱芜循环经济产业园", "locatedIn", "莱芜")})


def test_relations_a_people_list_line_with_a_note_after_the_post(nlp_full):
    # 赵晓东　丁村驻村第一书记（区住建局派驻）: the note in brackets after the post leaves the line a post's, so the name
    # no source found opening it is an official's (才让多吉: no family name of surnames.txt)
    doc = nlp_full("二、先进个人（2名）\n李建华　钢城区农业农村局局长\n才让多吉　艾山镇上岚村驻村第一书记（区住建局派驻）")
    assert {(m.text, m.type) for m in doc._.kg_mentions if m.type in ("Person", "Official")} == {
        ("李建华", "Official"), ("才让多吉", "Official")}


def test_relations_a_list_headed_by_an_honour_given_in_quotes_and_higher_honours_at_the_meeting(nlp_full):
    # a line naming an honour the article gave in quotes, a note and a colon after it, heads the list on the next
    # line; 会上 carries the meeting's decision on, but not to an honour of the province or the nation the city did
    # not give
    doc = nlp_full(
        "会议宣读了《中共钢城区委 钢城区人民政府关于表彰2023年度钢城区十佳民营企业的决定》。"
        "经区委、区政府研究决定，授予宏耀新材料股份有限公司等10家企业“2023年度钢城区十佳民营企业”称号。\n\n"
        "2023年度钢城区十佳民营企业（部分）：\n宏耀新材料股份有限公司、天铭物流集团有限公司\n\n"
        "会上，天铭物流作了交流发言。天铭物流新近入选山东省制造业单项冠军企业。")
    honour = "2023年度钢城区十佳民营企业"
    assert triples(doc, "awarded", "organizes") == {
        ("宏耀新材料股份有限公司", "awarded", honour), ("天铭物流集团有限公司", "awarded", honour),
        ("天铭物流", "awarded", "山东省制造业单项冠军企业"),
        ("区委", "organizes", honour), ("区人民政府", "organizes", honour)}  # (经区委、区政府研究决定，授予…: the decision's)


def test_relations_section_headings_with_a_note_and_an_honour_of_a_higher_rank_after_the_list(nlp_full):
    # 一、Y（部分）: a note on how much of the list is printed leaves the line a heading; the decision's bodies do not
    # organise an honour of the province's rank a village received (2023年度省级…示范村: its year's round first)
    doc = nlp_full(
        "近日，中共钢城区委、钢城区人民政府印发《关于表彰2023年度全区农业农村工作先进集体的决定》，予以通报表彰。"
        "现将部分受表彰名单公布如下：\n\n一、2023年度全区农业农村工作先进集体（部分）\n钢城区农业农村局\n"
        "宏耀农业开发有限公司\n\n其中，上岚村今年1月获评2023年度省级乡村振兴示范村。")
    honour = "2023年度全区农业农村工作先进集体"
    assert triples(doc, "awarded", "organizes") == {
        ("钢城区农业农村局", "awarded", honour), ("宏耀农业开发有限公司", "awarded", honour),
        ("上岚村", "awarded", "2023年度省级乡村振兴示范村"),
        ("钢城区委", "organizes", honour), ("钢城区人民政府", "organizes", honour)}


def test_relations_a_builder_named_by_its_role_before_a_work_in_a_relative_clause(nlp_full):
    # 由甲局作为业主、乙公司承建的P: the owner named by its role (作为业主) builds P too, as 由甲局投资建设、乙公司承建的P does
    doc = nlp_full("由钢城区交通运输局作为业主、宏耀路桥工程有限公司承建的岚集至翠岭公路改建工程全长16.5公里。")
    assert triples(doc, "develops") == {("钢城区交通运输局", "develops", "岚集至翠岭公路改建工程"),
                                        ("宏耀路桥工程有限公司", "develops", "岚集至翠岭公路改建工程")}



def test_relations_an_official_a_body_sends_to_a_village_belongs_to_the_body(nlp_full):
    # 甲局派驻乙村第一书记丙, 甲局干部丙: the post is the village's, the person the sending body's
    sent = nlp_full("钢城区召开会议。区农业农村局派驻上岚村第一书记王晓梅说，今年村里发展了油茶。")
    cadre = nlp_full("驻村第一书记、钢城区林业局干部李建华说。")
    stationed = nlp_full("县自然资源和规划局驻东高村第一书记周明说。")  # (驻: stationed there by the body)
    assert (triples(sent, "memberOf", "leads"), triples(cadre, "memberOf", "leads"),
            triples(stationed, "memberOf", "leads")) == (
        {("王晓梅", "memberOf", "区农业农村局")}, {("李建华", "memberOf", "钢城区林业局")},
        {("周明", "memberOf", "县自然资源和规划局")})


def test_relations_a_college_named_bare_after_its_full_name_and_a_college_of_a_university(nlp_full):
    # 学院党委书记甲 after 乙职业技术学院: the college named before; 甲大学乙学院 is part of 甲大学
    doc = nlp_full("钢城区与澄波职业技术学院签署合作协议。学院党委书记周明表示，将共建实训基地。")
    part = nlp_full("澄波理工大学机械工程学院院长李建华表示。")
    assert (triples(doc, "leads", "memberOf"), triples(part, "leads", "partOf")) == (
        {("周明", "leads", "澄波职业技术学院")},
        {("李建华", "leads", "澄波理工大学机械工程学院"), ("澄波理工大学机械工程学院", "partOf", "澄波理工大学")})


def test_relations_money_for_a_work_built_in_a_park_the_page_builds_too(nlp_full):
    # 甲投资8.5亿元，在乙产业园建设P: the park, a work elsewhere on the page (乙产业园开工建设), is where P is built; 甲
    # funds and builds P, not the park
    doc = nlp_full("翠岭产业园开工建设。其中，宏耀新材料科技有限公司投资8.5亿元，在翠岭产业园建设年产3万吨铝合金型材项目。")
    assert (triples(doc, "develops"), funded(doc)) == (
        {("宏耀新材料科技有限公司", "develops", "年产3万吨铝合金型材项目")},
        {("宏耀新材料科技有限公司", "年产3万吨铝合金型材项目", "850000000")})


def test_relations_a_park_committee_named_by_the_parks_kind_word(nlp_full):
    # 园区管委会主任甲, 产业园管委会主任乙 opening a clause: the committee of the park the page named before
    doc = nlp_full("岚集高新技术产业园位于钢城区。产业园管委会主任王晓梅介绍，园区已入驻企业43家。")
    zone = nlp_full("翠岭工业园区新项目开工。园区管委会主任周明表示，将做好服务。")
    assert (triples(doc, "leads"), triples(zone, "leads")) == (
        {("王晓梅", "leads", "岚集高新技术产业园管委会")}, {("周明", "leads", "翠岭工业园区管委会")})


def test_relations_a_work_named_with_and_without_its_county_then_by_its_tail(nlp_full):
    # the headline names the work without its county, the text with it: 医院迁建工程 after both is that one work
    doc = nlp_full("澄波医院迁建工程开工\n本报讯 钢城区澄波医院迁建工程在翠岭路东侧开工。"
                   "区卫生健康局局长王晓梅介绍，该局今年为医院迁建工程争取专项债券资金1.5亿元。")
    assert triples(doc, "funds") == {("区卫生健康局", "funds", "钢城区澄波医院迁建工程")}


def test_relations_a_towns_name_opening_a_firms_is_no_brand_of_its_works(nlp_full):
    # 宝鸡翠川田园农业开发有限公司 and 翠川灌区节水改造工程 both open with the town 翠川镇 the page names: the
    # firm develops the work it is said to build, not every work named after its town
    doc = nlp_full("在翠川镇，王晓梅调研了翠川现代设施农业园和翠川灌区节水改造工程。"
                   "设施农业园由宝鸡翠川田园农业开发有限公司建设运营；节水改造工程由县水利局组织实施。")
    assert triples(doc, "develops") == {("宝鸡翠川田园农业开发有限公司", "develops", "翠川现代设施农业园"),
                                        ("县水利局", "develops", "翠川灌区节水改造工程")}


def test_relations_a_job_between_the_body_and_the_name_makes_a_member(nlp_full):
    # 甲局环卫工人乙, 甲公司车间主任乙, 甲医院医生乙: the person works for the body, memberOf it with the job as the role;
    # a village's resident (上岚村村民) is no body's member
    doc = nlp_full("钢城区城市管理局环卫工人李建华坚守岗位23年；宏耀食品有限公司车间主任王晓梅牵头完成技术革新8项；"
                   "钢城区人民医院医生赵晓东说。上岚村村民周明说。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name, dict(r.qualifiers).get("role")) for r in doc._.kg_relations
            if r.predicate == "memberOf"} == {
        ("李建华", "memberOf", "钢城区城市管理局", "环卫工人"), ("王晓梅", "memberOf", "宏耀食品有限公司", "车间主任"),
        ("赵晓东", "memberOf", "钢城区人民医院", "医生")}


def test_relations_money_in_a_sentence_that_opens_with_the_work(nlp_full):
    # 该工程疏浚河道…，甲局争取…资金960万元; 项目由甲局组织实施，乙公司承建，丙局争取…: a sentence opening with the work is
    # about it, and the bodies paying in its later clauses fund it
    doc = nlp_full("王晓梅实地查看了澄波河综合治理工程。该工程疏浚河道7.2公里，新建生态护坡3.6公里，区水利局争取中央水利发展资金960万元。")
    assert triples(doc, "funds") == {("区水利局", "funds", "澄波河综合治理工程")}
    doc = nlp_full("翠垟镇卫生院迁建项目投用。项目由区卫健委组织实施，宏耀建设工程有限公司承建，区发改委争取中央预算内投资3000万元，"
                   "区财政局安排配套资金1500万元。")
    assert triples(doc, "funds") == {("区发展和改革委员会", "funds", "翠垟镇卫生院迁建项目"), ("区财政局", "funds", "翠垟镇卫生院迁建项目")}


def test_relations_the_body_that_runs_a_work_once_built_develops_it(nlp_full):
    # 建成后由甲负责运营, 建成后交由甲负责运营管理 (after what kind of owner it is: 镇属国有平台): who runs the work builds
    # it with its builder (GUIDE §4: builds, runs)
    doc = nlp_full("上岚直播电商中心项目开工，建成后由镇属国有平台钢城天铭乡村振兴发展有限公司负责运营。"
                   "澄波水厂扩容工程由宏耀水务工程有限公司EPC总承包,建成后交由钢城区水务集团有限公司负责运营管理。")
    assert triples(doc, "develops") == {("钢城天铭乡村振兴发展有限公司", "develops", "上岚直播电商中心项目"),
                                        ("宏耀水务工程有限公司", "develops", "澄波水厂扩容工程"),
                                        ("钢城区水务集团有限公司", "develops", "澄波水厂扩容工程")}


def test_relations_what_kind_of_owner_a_body_is_opens_no_name_in_a_list(nlp_full):
    # 由甲公司与区属国有企业乙公司合资建设: 区属国有企业 says what kind of owner 乙 is; both build and fund the work
    doc = nlp_full("翠岭半导体封装测试基地项目由宏耀微电子（上海）有限公司与区属国有企业钢城锦城产业投资集团有限公司合资建设。")
    work = "翠岭半导体封装测试基地项目"
    assert triples(doc, "funds", "develops") == {
        ("宏耀微电子（上海）有限公司", "funds", work), ("宏耀微电子（上海）有限公司", "develops", work),
        ("钢城锦城产业投资集团有限公司", "funds", work), ("钢城锦城产业投资集团有限公司", "develops", work)}


def test_relations_a_parks_committee_in_a_chain_of_posts(nlp_full):
    # 区委常委、园区管委会主任: 园区 is the park, not 区 + 管委会: the park's committee named before heads, else one named
    # after the park named before; no park before, no body
    doc = nlp_full("项目由钢城区翠岭工业园管理委员会建设，总投资2.4亿元。区委常委、园区管委会主任王晓梅表示，将加快建设。")
    assert triples(doc, "leads") == {("王晓梅", "leads", "钢城区翠岭工业园管理委员会")}
    doc = nlp_full("区委常委、园区管委会主任王晓梅表示，将加快建设。")
    assert triples(doc, "leads") == set()


def test_relations_places_listed_after_a_bodys_jurisdiction_are_in_it(nlp_full):
    # 甲街道…对辖区乙小区、丙新村等…实施改造: the places after 辖区 are in the town named last before it
    doc = nlp_full("钢城区住建局会同艾山街道对辖区翠岭小区、锦绣里新村等6个老旧小区实施改造。")
    assert {t for t in triples(doc, "locatedIn") if t[2] == "艾山街道"} == {
        ("翠岭小区", "locatedIn", "艾山街道"), ("锦绣里新村", "locatedIn", "艾山街道")}


def test_relations_a_body_told_to_push_a_work_on_develops_it(nlp_full):
    # 区住建局要加快推进P, 区城管局要抓好P: the body a leader charges with the work is its main actor (GUIDE §4)
    doc = nlp_full("会议要求，区住房和城乡建设局要加快推进艾山街道锦绣里片区城市更新项目，年内完成房屋征收；"
                   "区城市管理局要抓好澄波公园提升改造工程，9月底前开放。")
    assert triples(doc, "develops") == {("区住房和城乡建设局", "develops", "艾山街道锦绣里片区城市更新项目"),
                                        ("区城市管理局", "develops", "澄波公园提升改造工程")}


def test_relations_a_job_in_a_unit_of_the_body(nlp_full):
    # 甲公司聚合车间主任乙: the body's unit (a few characters) between the body and the job; the person is the body's
    doc = nlp_full("宏耀新材料有限公司聚合车间主任王晓梅牵头完成技术革新8项。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name, dict(r.qualifiers).get("role")) for r in doc._.kg_relations
            if r.predicate in ("memberOf", "leads")} == {("王晓梅", "memberOf", "宏耀新材料有限公司", "聚合车间主任")}


def test_relations_the_parties_investing_together_after_the_work_fund_it(nlp_full):
    # 甲与乙将合作打造P，双方计划共同投资12亿元: both build and fund P, the sum theirs together (no one's amount)
    doc = nlp_full("宏耀城乡发展集团有限公司与天铭文化旅游发展有限公司将合作打造翠岭古村文旅综合体项目，双方计划共同投资12亿元。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name, dict(r.qualifiers).get("amount")) for r in doc._.kg_relations
            if r.predicate == "funds"} == {("宏耀城乡发展集团有限公司", "翠岭古村文旅综合体项目", None),
                                           ("天铭文化旅游发展有限公司", "翠岭古村文旅综合体项目", None)}


def test_relations_a_work_money_went_into_ends_before_where_it_is(nlp_full):
    # 投资5.6亿元建设的P在产业园二期建成投产: the work's name ends before 在 and where it is
    doc = nlp_full("2025年，宏耀模具投资5.6亿元建设的大型精密冲压模具智能工厂项目在产业园二期建成投产。")
    assert {m.name for m in doc._.kg_mentions if m.type == "Project"} == {"大型精密冲压模具智能工厂项目"}


def test_relations_a_levels_fund_for_a_kind_of_work_names_no_work(nlp_full):
    # 争取省级乡村建设补助资金800万元用于项目建设: the level's fund for a kind of work is money, no programme; 用于 | 项目
    # names no work either; 在甲村实施高标准农田建设项目 still names one
    doc = nlp_full("钢城区召开会议。区农业农村局争取省级乡村建设补助资金800万元用于项目建设。"
                   "今年，区农业农村局在上岚村实施高标准农田建设项目。")
    assert {m.text for m in doc._.kg_mentions if m.type == "Project"} == {"高标准农田建设项目"}


def test_relations_the_body_whose_money_is_sought_funds_the_work_carried_out(nlp_full):
    # 镇政府争取区农业农村局…资金1280万元，在甲村实施P: the body written right after 争取 pays for P, the amount its clause's;
    # the town's government, which secures the money, funds P too (GUIDE §4)
    doc = nlp_full("镇政府争取区农业农村局高标准农田建设资金1280万元，在东高村、上岚村实施颜庄镇2026年高标准农田建设项目。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name, dict(r.qualifiers).get("amount")) for r in doc._.kg_relations
            if r.predicate == "funds"} == {("区农业农村局", "颜庄镇2026年高标准农田建设项目", "12800000"),
                                           ("镇人民政府", "颜庄镇2026年高标准农田建设项目", "12800000")}


def test_relations_firms_settling_in_the_park_a_page_is_about(nlp_full):
    # 入驻园区, 首个落户园区的企业, 在园区设立: the bare 园区 is the park named before, a place there; firms settling with
    # no place written on a page about one park are in it; a government body setting something up there is not;
    # a work named after the park (甲产业园二期…) is in it
    doc = nlp_full("走进钢城区艾山街道的澄波智能装备产业园，塔吊林立。今年以来，宏耀精密机械有限公司入驻园区。"
                   "天铭新材料有限公司是今年首个落户园区的企业。翠岭电子科技有限公司在园区设立研发中心。"
                   "岚集电气有限公司、上岚传感科技有限公司等企业也将陆续入驻。"
                   "钢城区人力资源和社会保障局在园区设立就业服务驿站。澄波智能装备产业园由济南市钢城区城市发展投资集团有限公司投资建设。")
    park = "澄波智能装备产业园"
    assert {(s, o) for s, p, o in triples(doc, "locatedIn") if o == park} == {
        ("宏耀精密机械有限公司", park), ("天铭新材料有限公司", park), ("翠岭电子科技有限公司", park),
        ("岚集电气有限公司", park), ("上岚传感科技有限公司", park)}
    # a page naming two parks says nothing of which one the firms settled in
    two = nlp_full("翠岭产业园和岚集物流园开工建设。宏耀电气有限公司也将陆续入驻。")
    assert triples(two, "locatedIn") == set()


def test_relations_firms_settling_where_the_sentence_is_about_a_work(nlp_full):
    # 该项目由甲开发建设，…，目前乙、丙等6家企业已签约入驻: the firms settled in the work the sentence opens with (a park's
    # phase), not in the article's place
    doc = nlp_full("随后，调研组来到钢城区，察看翠岭智控装备产业园二期项目。该项目由宏耀投资发展有限公司开发建设，"
                   "目前天铭精密传动有限公司、上岚光电科技有限公司等6家企业已签约入驻。")
    work = "翠岭智控装备产业园二期项目"
    assert {(s, o) for s, p, o in triples(doc, "locatedIn") if s.endswith("公司")} == {
        ("天铭精密传动有限公司", work), ("上岚光电科技有限公司", work)}


def test_relations_firms_opening_the_items_of_a_list_whose_lead_says_they_settled(nlp_full):
    # 新入驻企业3家：甲…；乙…；丙…: each firm opening an item (the items sentences of their own or not) settled in
    # the page's park; a firm inside an item's clause (与甲合作的乙) opens none; a lead saying nothing of settling
    # (新签约项目2个：) settles nobody
    park = "澄波智能装备产业园"
    doc = nlp_full(f"钢城区{park}开园。已有12家企业签约入驻{park}。今年以来，新入驻企业3家：宏耀电子科技有限公司投资5亿元建设"
                   "线束项目；天铭医疗器械有限公司租赁厂房1万平方米，与岚集物流有限公司合作；翠岭精工机械有限公司预计10月投产。\n"
                   "新签约项目2个：上岚新材料有限公司年产5万吨铝材项目正在设计。\n")
    assert {s for s, p, o in triples(doc, "locatedIn") if o == park} == {
        "宏耀电子科技有限公司", "天铭医疗器械有限公司", "翠岭精工机械有限公司"}


def test_relations_the_park_a_work_is_in_is_no_work_its_builders_build(nlp_full):
    # 该项目位于甲产业园，总投资N元，由X投资建设，Y总承包: X and Y build the work the sentence is about, not the park
    # written after 位于 (where the work is; a work itself where the page names it as one: 仪式在甲产业园举行)
    doc = nlp_full("集中开工仪式在翠岭新材料产业园举行。"
                   "投资规模最大的是宏耀新能源材料有限公司年产5万吨正极材料项目。该项目位于翠岭新材料产业园，总投资42亿元，"
                   "由宏耀新能源材料有限公司投资建设，天铭建工集团有限公司总承包。")
    work = "宏耀新能源材料有限公司年产5万吨正极材料项目"
    assert {(s, o) for s, p, o in triples(doc, "develops", "funds")} == {
        ("宏耀新能源材料有限公司", work), ("天铭建工集团有限公司", work)}


def test_relations_a_table_rows_or_records_work_is_in_its_site_and_in_the_pages_place(nlp_full):
    # the site cell places the row's work (艾山街道); the page's district holds the site and the work both, as it holds
    # a work its sentence names no place for
    doc = nlp_full("钢城区2026年重点项目名单\n来源：钢城区发展和改革局　　发布时间：2026-03-18\n\n"
                   "序号｜项目名称｜建设单位｜建设地点｜总投资（亿元）\n1｜宏耀高端轴承产业园项目｜宏耀轴承制造有限公司｜艾山街道｜18.0\n")
    assert {(s, o) for s, p, o in triples(doc, "locatedIn")} == {
        ("宏耀高端轴承产业园项目", "艾山街道"), ("宏耀高端轴承产业园项目", "钢城区")}  # (the divisions data nests the town)
    record = nlp_full("钢城区2026年重点项目名单\n来源：钢城区发展和改革局　　发布时间：2026-03-18\n\n一、宏耀高端轴承产业园项目\n"
                      "建设单位：宏耀轴承制造有限公司\n建设地点：艾山街道\n")
    assert {(s, o) for s, p, o in triples(record, "locatedIn")} == {
        ("宏耀高端轴承产业园项目", "艾山街道"), ("宏耀高端轴承产业园项目", "钢城区")}


def test_relations_a_work_named_after_its_park_and_a_table_of_works_in_parks(nlp):
    # 甲产业园二期标准厂房项目 after 甲产业园: in the park (the park built as a whole, 甲产业园项目, is in nothing of its own)
    text = "澄波产业园位于艾山街道。澄波产业园二期标准厂房项目开工，澄波产业园项目进展顺利。"
    ms = [mention(text, "澄波产业园", "Project"), mention(text, "艾山街道", "Place"),
          mention(text, "澄波产业园二期标准厂房项目", "Project"), mention(text, "澄波产业园项目", "Project")]
    assert {(s, o) for s, p, o, _ in run(nlp, text, ms) if p == "locatedIn" and o == "澄波产业园"} == {
        ("澄波产业园二期标准厂房项目", "澄波产业园")}
    # a table's site column naming a park
    table = "序号｜项目名称｜建设单位｜建设地点\n1｜年产5万吨铝材项目｜宏耀铝业有限公司｜翠岭新材料产业园\n"
    ms = [mention(table, "年产5万吨铝材项目", "Project"), mention(table, "宏耀铝业有限公司", "Company"),
          mention(table, "翠岭新材料产业园", "Project")]
    assert {(s, p, o) for s, p, o, _ in run(nlp, table, ms)} == {
        ("宏耀铝业有限公司", "develops", "年产5万吨铝材项目"), ("年产5万吨铝材项目", "locatedIn", "翠岭新材料产业园")}


def test_relations_villages_of_the_town_a_page_is_about(nlp_full):
    # the headline names the town (one the divisions data lacks, or one it holds in the article's district): the
    # villages the page names with no place of their own are in it; a page whose headline names no town puts them in
    # its district (a village opening its clause too: 在上岚村，…)
    head = "钢城区颜庄镇：特色产业串珠成链\n来源：钢城区融媒体中心　　发布时间：2025-09-23\n\n"
    body = "走进钢城区颜庄镇，稻浪翻滚。在上岚村，茶叶加工厂正开足马力生产。东高村则把目光投向了庭院经济。"
    real = "钢城区艾山街道：特色产业串珠成链\n来源：钢城区融媒体中心　　发布时间：2025-09-23\n\n" + body.replace("颜庄镇", "艾山街道")
    plain = "钢城区：特色产业串珠成链\n来源：钢城区融媒体中心　　发布时间：2025-09-23\n\n" + body
    # (a town whose last two characters jieba knows as a word, 山镇 of 翠山镇, is one right after the district)
    common = head.replace("颜庄镇", "翠山镇") + body.replace("颜庄镇", "翠山镇")
    villages = lambda doc: {(s, o) for s, p, o in triples(doc, "locatedIn") if s.endswith("村")}
    assert (villages(nlp_full(head + body)), villages(nlp_full(real)), villages(nlp_full(plain)),
            villages(nlp_full(common))) == (
        {("上岚村", "颜庄镇"), ("东高村", "颜庄镇")}, {("上岚村", "艾山街道"), ("东高村", "艾山街道")},
        {("上岚村", "钢城区"), ("东高村", "钢城区")}, {("上岚村", "翠山镇"), ("东高村", "翠山镇")})


def test_relations_no_larger_place_in_a_smaller_one(nlp_full):
    # 位于甲街道乙社区的丙区丁项目: the work the district's name opens is in the community, not the district; a town
    # written before the community a clause opens with is not in the community
    doc = nlp_full("随后，王晓梅来到位于艾山街道上岚社区的钢城区颐和康养综合体项目。")
    town = nlp_full("经过理论考试，澄波街道翠涧社区茶农周明获得二等奖。")
    assert ({(s, o) for s, p, o in triples(doc, "locatedIn") if "社区" in o},
            {(s, o) for s, p, o in triples(town, "locatedIn") if "社区" in o}) == ({("颐和康养综合体项目", "上岚社区")}, set())


def test_relations_a_working_body_named_by_two_tasks_its_posts_and_its_office(nlp_full):
    # 调整充实 | 区乡村振兴和城市建设攻坚指挥部: the scope word standing alone inside the span opens the name across 和 (and
    # 调整充实 opens no name); 乙任常务副总指挥 names a post of it; the post before the comma is 乙's, not part of 丙's
    # chain; 指挥部办公室 alone is the office of the headquarters named before, and part of it
    doc = nlp_full("会议决定，调整充实区乡村振兴和城市建设攻坚指挥部，由王晓梅任总指挥，周明任常务副总指挥，"
                   "区住建局局长李建华兼任指挥部办公室主任。")
    body = "区乡村振兴和城市建设攻坚指挥部"
    assert (triples(doc, "leads", "memberOf", "partOf"), {m.role for m in doc._.kg_mentions if m.name == "李建华"}) == (
        {("王晓梅", "leads", body), ("周明", "memberOf", body), ("李建华", "leads", body + "办公室"),
         ("李建华", "leads", "区住房和城乡建设局"), (body + "办公室", "partOf", body)}, {"区住建局局长"})


def test_relations_hosts_listed_in_the_clauses_after_and_the_youth_leagues_committee(nlp_full):
    # 大赛由甲主办，乙、丙承办，丁协办: each body of each clause hosts the contest with its role; 共青团 opens its
    # committee's name (共青团济南市钢城区委员会), which is the League's, no party committee, named in full (GUIDE §3)
    doc = nlp_full("第二届钢城区青年创业大赛决赛在钢城区举行。大赛由钢城区人民政府主办，钢城区人力资源和社会保障局、"
                   "共青团济南市钢城区委员会承办，济南宏耀农村商业银行股份有限公司协办。")
    contest = "第二届钢城区青年创业大赛"
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name, dict(r.qualifiers)["organizer_role"]) for r in doc._.kg_relations
            if r.predicate == "organizes"} == {
        ("钢城区人民政府", contest, "主办"), ("钢城区人力资源和社会保障局", contest, "承办"),
        ("中国共产主义青年团济南市钢城区委员会", contest, "承办"), ("济南宏耀农村商业银行股份有限公司", contest, "协办")}


def test_relations_a_contest_referred_to_hosted_by_bodies_and_the_league_written_short(nlp_full):
    # 本次竞赛由甲、乙、共青团丙区委联合主办，丁承办: the contest named before is what 本次竞赛 refers to; 共青团丙区委
    # is the Youth League's committee (an organisation, named in full), no party committee 丙区委; 团区委 is it again
    # (the district's, which resolution names: test_resolve)
    doc = nlp_full("2025年钢城区“翠岭杯”职业技能竞赛落下帷幕。本次竞赛由钢城区人力资源和社会保障局、钢城区总工会、"
                   "共青团钢城区委联合主办，钢城区技工学校承办。团区委书记周明为获奖选手颁奖。")
    contest, league = "2025年钢城区“翠岭杯”职业技能竞赛", "中国共产主义青年团钢城区委员会"
    ms = doc._.kg_mentions
    assert ({(ms[r.subject].name, ms[r.object].name, dict(r.qualifiers)["organizer_role"]) for r in doc._.kg_relations
             if r.predicate == "organizes"},
            {(m.name, m.type) for m in ms if "团" in m.text and m.type != "Award"}) == (
        {("钢城区人力资源和社会保障局", contest, "主办"), ("钢城区总工会", contest, "主办"), (league, contest, "主办"),
         ("钢城区技工学校", contest, "承办")}, {(league, "Organization"), ("共青团区委", "Organization")})


def test_relations_a_contests_event_prizes_won_by_those_named_after_them(nlp_full):
    # 钳工项目一等奖由甲（乙公司）获得: the prize of the contest's event (named with the contest), won by the person
    # between 由 and 获得 (not by the firm in brackets, nor by the winner of the clause before); 各比赛项目一等奖 is
    # every event's, no prize
    doc = nlp_full("2025年钢城区职业技能竞赛落下帷幕。其中，钳工项目一等奖由周明（宏耀机械有限公司）获得，"
                   "车工项目一等奖由钢城区技工学校教师赵晓东获得。各比赛项目一等奖获得者将获颁证书。")
    contest = "2025年钢城区职业技能竞赛"
    ms = doc._.kg_mentions
    assert ({m.name for m in ms if m.type == "Award"}, triples(doc, "awarded")) == (
        {contest, contest + "钳工项目一等奖", contest + "车工项目一等奖"},
        {("周明", "awarded", contest + "钳工项目一等奖"), ("赵晓东", "awarded", contest + "车工项目一等奖")})


def test_relations_hosts_of_an_event_named_after_the_clauses_that_list_them(nlp_full):
    # 由甲、乙主办，丙、丁承办，戊协办的Y: every body hosts Y with its clause's role; 丙 is a 中心, a body as an item of a
    # list of bodies; Y, two names joined by 暨 after its year, is one event (a second with an edition of its own
    # is another: 2025甲大会暨第九届乙大赛)
    doc = nlp_full("3月2日，由钢城区人力资源和社会保障局、共青团济南市钢城区委员会主办，钢城区就业服务中心、钢城区工商业联合会承办，"
                   "济南翠岭职业技术学院协办的2024年钢城区“澄波汇”人才交流暨校企对接会在澄波会展中心举行。")
    event = "2024年钢城区“澄波汇”人才交流暨校企对接会"
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, ms[r.object].name, dict(r.qualifiers)["organizer_role"]) for r in doc._.kg_relations
            if r.predicate == "organizes"} == {
        ("钢城区人力资源和社会保障局", event, "主办"), ("中国共产主义青年团济南市钢城区委员会", event, "主办"),
        ("钢城区就业服务中心", event, "承办"), ("钢城区工商业联合会", event, "承办"), ("济南翠岭职业技术学院", event, "协办")}
    two = nlp_full("由钢城区农业农村局主办的2024年钢城区茶产业发展大会暨第九届钢城区茶技能大赛在澄波茶博园举行。")
    assert {(m.name, m.type) for m in two._.kg_mentions if m.name.endswith(("大会", "大赛"))} == {
        ("2024年钢城区茶产业发展大会", "Project"), ("第九届钢城区茶技能大赛", "Award")}


@pytest.mark.parametrize("credit", ["文/图钢城区融媒体中心记者王晓梅", "文/图 钢城区融媒体中心记者 王晓梅", "图/文钢城区融媒体中心记者王晓梅"])
def test_relations_a_reporter_credited_for_words_and_pictures(nlp_full, credit):
    # 文/图 opening the credit line is its mark, no part of the outlet's name (图钢城区融媒体中心)
    doc = nlp_full(f"钢城区新项目开工\n来源：钢城区人民政府网 发布时间：2024-08-30 08:45\n{credit}\n盛夏时节，走进钢城区。")
    assert triples(doc, "memberOf") == {("王晓梅", "memberOf", "钢城区融媒体中心")}


def test_relations_an_honour_won_by_the_names_its_clause_describes(nlp_full):
    # 丙局还为获评“Y”的甲公司、乙公司授牌: 甲 and 乙 won Y, 丙 hands it over; 获评Y的企业 names no one
    doc = nlp_full("活动中，钢城区人力资源和社会保障局还为获评“2023年度钢城区优秀民营企业”的济南宏耀重型机械有限公司、"
                   "山东天铭智能装备有限公司授牌。")
    honour = "2023年度钢城区优秀民营企业"
    assert triples(doc, "awarded", "organizes") == {
        ("济南宏耀重型机械有限公司", "awarded", honour), ("山东天铭智能装备有限公司", "awarded", honour),
        ("钢城区人力资源和社会保障局", "organizes", honour)}


def test_relations_posts_given_to_comrades_and_nominees(nlp_full):
    # 任命甲同志为…, 任命甲、乙同志为…: 同志 between the name and 为; 提名甲同志为…人选: a nominee, the post planned
    doc = nlp_full("任命周明同志为钢城区发展和改革局局长，任命常晓岚、桑晓岚同志为钢城区发展和改革局副局长。"
                   "同意提名李建华同志为济南宏耀城市发展集团有限公司董事长人选。")
    ms = doc._.kg_mentions
    assert {(ms[r.subject].name, r.predicate, ms[r.object].name, dict(r.qualifiers).get("modality"))
            for r in doc._.kg_relations} == {
        ("周明", "leads", "钢城区发展和改革局", None), ("常晓岚", "memberOf", "钢城区发展和改革局", None),
        ("桑晓岚", "memberOf", "钢城区发展和改革局", None),
        ("李建华", "leads", "济南宏耀城市发展集团有限公司", "planned")}


@pytest.mark.parametrize("town", ["翠岫镇", "仙澜镇"])
def test_relations_a_town_after_its_county_where_jieba_glues_the_unit_on(nlp_full, town):
    # 武隆 | 区翠岫镇: jieba reads the county's unit with the town the divisions data does not hold; the tagger's one
    # name of both is two places, the town in the county
    doc = nlp_full(f"走进重庆市武隆区{town}，满眼绿意。")
    assert ({m.name for m in doc._.kg_mentions if m.type == "Place"}, triples(doc, "locatedIn")) == (
        {"重庆市", "武隆区", town}, {(town, "locatedIn", "武隆区")})


def test_relations_a_list_of_officials_each_with_a_post_of_their_own(nlp_full):
    # 甲镇党委书记乙、丙镇镇长丁: 丙镇 before 镇长 opens the next item's post, it is no second holder of the first;
    # 区行政审批服务管理局 (departments.txt) is a department whose name holds 服务
    doc = nlp_full("钢城区召开会议。澄岭镇党委书记王晓梅、石岚镇镇长李建华分别作交流发言。"
                   "区行政审批服务管理局党组书记、局长赵晓东汇报了改革进展。")
    assert triples(doc, "leads", "memberOf") == {
        ("王晓梅", "leads", "澄岭镇党委"), ("李建华", "leads", "石岚镇人民政府"),
        ("赵晓东", "leads", "区行政审批服务管理局")}


def test_relations_a_paragraphs_subject_does_not_carry_into_the_next(nlp_full):
    # the sentence before ends its paragraph (the line break is its trailing space): 甲厅 named there pays for nothing
    # the next paragraph supports with no payer of its own
    doc = nlp_full("钢城区财政局印发通知。\n\n资金由省财政厅下达我区；\n\n从资金分配看，艾山街道获得补助资金690万元，"
                   "重点支持澄波片区老旧小区改造项目（230万元）。")
    assert triples(doc, "funds") == set()


def test_relations_honours_granted_to_the_lines_after_and_to_firms_with_their_places(nlp_full):
    # 授予以下2名同志“Y”称号： then a line per person: each receives Y (the decision's issuer organises it); a firm's
    # place in brackets after it (甲公司（钢城区）) says where it is and receives nothing
    doc = nlp_full("钢城区人民政府关于表彰的决定\n\n一、授予济南宏耀新材料股份有限公司（钢城区）、济南天铭化工有限公司（莱芜区）"
                   "“2024年度济南市工业突出贡献企业”称号。\n\n二、授予以下2名同志“2024年度钢城区优秀企业家”称号：\n"
                   "王晓梅　济南宏耀新材料股份有限公司董事长\n周明　济南天铭化工有限公司总经理\n\n希望受到表彰的企业家珍惜荣誉。\n")
    firms, people = "2024年度济南市工业突出贡献企业", "2024年度钢城区优秀企业家"
    assert triples(doc, "awarded") == {
        ("济南宏耀新材料股份有限公司", "awarded", firms), ("济南天铭化工有限公司", "awarded", firms),
        ("王晓梅", "awarded", people), ("周明", "awarded", people)}


def test_relations_posts_given_at_the_firm_named_before_and_a_compound_surnames_name(nlp_full):
    # 董事会聘任甲为公司总经理: the bare 公司 is the firm named before (no firm 甲为公司, where jieba glues 为 to the
    # name); 推荐乙为…监事会主席人选: a member, the post proposed; 欧阳澜 | 致辞: the name ends before the verb
    doc = nlp_full("同意济南宏耀投资集团有限公司董事会聘任周明为公司总经理，聘期三年；推荐李建华为济南宏耀投资集团有限公司"
                   "监事会主席人选。江西省人民政府副省长欧阳澜致辞。")
    ms = doc._.kg_mentions
    assert ({(ms[r.subject].name, r.predicate, ms[r.object].name, dict(r.qualifiers).get("modality"))
             for r in doc._.kg_relations if r.predicate in ("leads", "memberOf")},
            {m.name for m in ms if m.type == "Company"}) == (
        {("周明", "leads", "济南宏耀投资集团有限公司", None), ("李建华", "memberOf", "济南宏耀投资集团有限公司", "planned"),
         ("欧阳澜", "memberOf", "江西省人民政府", None)}, {"济南宏耀投资集团有限公司"})


def test_relations_the_parks_party_working_committee_named_by_the_parks_word(nlp_full):
    # 园区党工委书记、管委会主任甲 after 乙园区 is named: the park's committees (not 区党工委, the 园 cut off)
    doc = nlp_full("澄波智造产业园区位于钢城区。区委常委、副区长周明，园区党工委书记、管委会主任李建华出席签约会。")
    assert triples(doc, "leads") == {("李建华", "leads", "澄波智造产业园区党工委"),
                                     ("李建华", "leads", "澄波智造产业园区管委会")}


def test_relations_located_bracketed(nlp):
    # 甲公司（乙区）: the place alone in brackets says where the firm is; the innermost of places written in a row;
    # a bracket holding more than a place says nothing
    text = "授予宏耀新材料股份有限公司（钢城区）、天铭化工有限公司（济南市莱芜区）、翠岭科技有限公司（钢城区北部）称号。"
    ms = [mention(text, "宏耀新材料股份有限公司", "Company"), mention(text, "钢城区", "Place"),
          mention(text, "天铭化工有限公司", "Company"), mention(text, "济南市", "Place"), mention(text, "莱芜区", "Place"),
          mention(text, "翠岭科技有限公司", "Company"), mention(text, "钢城区", "Place", nth=1)]
    assert {(s, o) for s, p, o, q in run(nlp, text, ms) if p == "locatedIn"} == {
        ("宏耀新材料股份有限公司", "钢城区"), ("天铭化工有限公司", "莱芜区")}


def test_relations_a_firm_entering_the_park_a_page_is_about(nlp_full):
    # 入园 (entering the park) with no place written: on a page about one park, the firm is in it
    doc = nlp_full("澄波智造产业园区再添5家入园企业\n\n澄波智造产业园区位于钢城区。"
                   "宏耀农业科技有限公司等5家企业与园区管委会签订入园协议，协议总投资9.8亿元。\n")
    assert triples(doc, "locatedIn") == {("澄波智造产业园区", "locatedIn", "钢城区"),
                                         ("宏耀农业科技有限公司", "locatedIn", "澄波智造产业园区")}


def test_relations_a_contest_s_prizes_each_heading_a_list_of_winners_over_semicolons(nlp_full):
    # a prize named by its level is the contest's (第三届…大赛一等奖); heading a line with a colon, it goes to every body
    # listed after it, its items running over the semicolons the sentencizer cuts at; a body rewarding those who won a
    # prize (对获得Y的项目给予奖励) wins none
    doc = nlp_full(
        "11月2日，第三届“澄波杯”乡村文旅创意大赛决赛在艾山街道举行。本届大赛由钢城区文化和旅游局主办。"
        "经专家评审，大赛共评出一等奖2个、二等奖1个。\n\n"
        "一等奖：宏耀文旅发展有限公司（翠岭夜游项目）；天铭旅游服务有限公司（上岚村研学基地）。\n\n"
        "二等奖：澄波农业科技有限公司（东高村采摘园）。\n\n"
        "据了解，钢城区文化和旅游局将对获得一等奖的项目给予每个20万元奖励。")
    contest = "第三届“澄波杯”乡村文旅创意大赛"
    assert triples(doc, "awarded", "organizes") == {
        ("宏耀文旅发展有限公司", "awarded", contest + "一等奖"), ("天铭旅游服务有限公司", "awarded", contest + "一等奖"),
        ("澄波农业科技有限公司", "awarded", contest + "二等奖"), ("钢城区文化和旅游局", "organizes", contest)}


def test_relations_those_who_entered_the_winning_works_win_the_prize(nlp_full):
    # 甲报送的“X”、乙报送的“Y”获一等奖: who entered each work in quotes wins; a centre whose name opens with a
    # ministry's, listed with a body, hosts
    doc = nlp_full(
        "由农业农村部信息中心、中国农学会主办的第二届全国数字乡村创新大赛在济南市举行。"
        "其中，宏耀科技有限公司报送的“翠岭智慧果园平台”、钢城区农业农村局报送的“上岚村数字田块系统”获一等奖。")
    contest = "第二届全国数字乡村创新大赛"
    assert triples(doc, "awarded", "organizes") == {
        ("宏耀科技有限公司", "awarded", contest + "一等奖"), ("钢城区农业农村局", "awarded", contest + "一等奖"),
        ("农业农村部信息中心", "organizes", contest), ("中国农学会", "organizes", contest)}


def test_relations_the_firms_whose_works_win_and_a_hosts_clause_opening_with_an_unnamed_host(nlp_full):
    # 甲公司的“X”、乙公司的“Y”获得一等奖: the firms whose works in quotes win, win; …，丙、丁协办的Y where kg names 丁 but
    # not 丙 (a long name it cannot read) still hosts Y, and the clauses before it too; a centre named by its task
    # (甲发展促进中心) listed with a body is a body
    doc = nlp_full(
        "由钢城区人民政府主办，钢城区商务局承办，澄波中小企业发展促进中心、翠岭高端装备智能制造产业技术研究院协办的"
        "第二届“翠岭杯”数字化转型创新大赛在济南市举行。宏耀科技有限公司的“翠岭智慧排产平台”、天铭软件有限公司的"
        "“上岚质检系统”获得大赛一等奖。")
    contest = "第二届“翠岭杯”数字化转型创新大赛"
    assert triples(doc, "awarded", "organizes") == {
        ("宏耀科技有限公司", "awarded", contest + "一等奖"), ("天铭软件有限公司", "awarded", contest + "一等奖"),
        ("钢城区人民政府", "organizes", contest), ("钢城区商务局", "organizes", contest),
        ("澄波中小企业发展促进中心", "organizes", contest), ("翠岭高端装备智能制造产业技术研究院", "organizes", contest)}
    doc = nlp_full(
        "由钢城区人民政府主办，钢城区商务局承办，有关行业组织和翠岭高端装备智能制造产业技术研究院协办的"
        "第二届“翠岭杯”数字化转型创新大赛在济南市举行。")
    assert triples(doc, "organizes") == {
        ("钢城区人民政府", "organizes", contest), ("钢城区商务局", "organizes", contest),
        ("翠岭高端装备智能制造产业技术研究院", "organizes", contest)}


def test_relations_a_meeting_commends_a_year_s_advanced_units_and_names_them_after(nlp_full):
    # 对2025年度Y先进单位进行了通报表扬，甲镇、乙局等10个单位受到表扬: the class commended is an honour (its year's round
    # and an honour's head word), the bodies listed before their count receive it; 对Y工作进行部署 is no honour
    doc = nlp_full("会议还对2025年度城市更新工作先进单位进行了通报表扬，澄岭镇、区住建局等10个单位受到表扬。"
                   "会议对2026年度重点项目建设工作进行了部署。")
    assert ({(m.name, m.type) for m in doc._.kg_mentions if m.type == "Award"}, triples(doc, "awarded")) == (
        {("2025年度城市更新工作先进单位", "Award")},
        {("澄岭镇", "awarded", "2025年度城市更新工作先进单位"), ("区住房和城乡建设局", "awarded", "2025年度城市更新工作先进单位")})


def test_relations_who_led_the_works_of_a_count_wins_and_a_centre_hosting_in_a_clause_of_its_own(nlp_full):
    # 甲公司的“X”项目获得一等奖, 返乡创业青年乙领衔的“Y”项目等3个项目获得三等奖: the firm and the person win (the
    # named one of a count); 本届大赛由丙局主办，丁中心承办，戊协会协办: a centre that makes a clause with its role word
    # alone is a body, and hosts
    doc = nlp_full(
        "第二届钢城区创新创业大赛决赛在澄波会展中心举行。本届大赛由钢城区科学技术局主办，钢城区创新创业服务中心承办，"
        "钢城区机械行业协会协办。宏耀科技有限公司的“翠岭智能检测系统”项目获得大赛一等奖；"
        "颜庄镇返乡创业青年周明领衔的“上岚数字管理平台”项目等3个项目获得三等奖。")
    contest = "第二届钢城区创新创业大赛"
    assert triples(doc, "awarded", "organizes") == {
        ("宏耀科技有限公司", "awarded", contest + "一等奖"), ("周明", "awarded", contest + "三等奖"),
        ("钢城区科学技术局", "organizes", contest), ("钢城区创新创业服务中心", "organizes", contest),
        ("钢城区机械行业协会", "organizes", contest)}


def test_relations_funds_allocated_a_list_announced_by_its_allocating_verb_alone(nlp_full):
    # 具体安排如下：: the list cue with the allocating verb (安排) and no word of money or works still opens the notice's list
    doc = nlp_full("近日，钢城区财政局印发《关于下达2026年第一批城乡建设专项资金的通知》，下达资金3000万元，支持2个项目建设。"
                   "具体安排如下：\n\n"
                   "一、翠岭中学教学综合楼项目，安排资金2000万元，由区教育和体育局组织实施。\n\n"
                   "二、澄波污水处理厂提标改造工程，安排资金1000万元，由区水务局组织实施。\n\n"
                   "区财政局局长王晓梅表示，资金已全部拨付。\n")
    assert funded(doc) == {("钢城区财政局", "翠岭中学教学综合楼项目", "20000000"),
                           ("钢城区财政局", "澄波污水处理厂提标改造工程", "10000000")}


def test_relations_appointed_and_holding_names_with_dots_minority_names_and_a_town_s_post(nlp_full):
    # 任命X为…: a name written with a middle dot or a Tibetan name is the appointee (not 任命 with it, not its end
    # that opens with a family name: 南平措); 张三，男，…，现任甲镇副镇长: the town between the verb and the post names
    # the government the post is in
    doc = nlp_full("任命阿依努尔·吐尔洪为钢城区教育局副局长；\n任命索南平措为钢城区教育局副局长；\n"
                   "叶尔兰·加纳别克，男，哈萨克族，1986年7月生，现任钢城区农业农村局副局长。\n"
                   "王晓梅，女，汉族，1986年7月生，现任颜庄镇副镇长。")
    assert triples(doc, "memberOf", "leads") == {
        ("阿依努尔·吐尔洪", "memberOf", "钢城区教育局"), ("索南平措", "memberOf", "钢城区教育局"),
        ("叶尔兰·加纳别克", "memberOf", "钢城区农业农村局"), ("王晓梅", "memberOf", "颜庄镇人民政府")}


def test_relations_hosts_over_clauses_one_of_them_naming_a_host_kg_does_not_know(nlp_full):
    # 由甲、乙主办，丙承办，丁协办的Y: every clause's bodies host Y, and a clause whose host kg does not name (某某单位协办)
    # does not stop the chain; an alliance named after its place is a body (联盟)
    doc = nlp_full("由钢城区人民政府、钢城区茶产业联盟主办，钢城区商务局、颜庄镇人民政府承办，有关企业协办的"
                   "2026钢城茶产业博览会在艾山街道开幕。")
    expo = "2026钢城茶产业博览会"
    assert triples(doc, "organizes") == {
        ("钢城区人民政府", "organizes", expo), ("钢城区商务局", "organizes", expo), ("颜庄镇人民政府", "organizes", expo),
        ("钢城区茶产业联盟", "organizes", expo)}


def test_relations_a_decision_s_sections_the_round_of_one_honour_and_people_listed_with_their_posts(nlp_full):
    # 一、第三届“Y1”（3名）: a heading whose honour opens with its round heads the people listed under it, each with a
    # post a space apart; the round written right before Y1's quotes is Y1's, not Y2's (quoted alone in the decision)
    doc = nlp_full(
        "中共钢城区委 钢城区人民政府关于表彰第三届“钢城区优秀民营企业家”和“钢城区民营经济发展工作先进单位”的决定\n\n"
        "区委、区政府决定，授予王晓梅等3名同志第三届“钢城区优秀民营企业家”称号，"
        "授予区工业和信息化局等2个单位“钢城区民营经济发展工作先进单位”称号。\n\n附件：\n\n"
        "一、第三届“钢城区优秀民营企业家”（3名）\n\n王晓梅  宏耀机械有限公司董事长\n"
        "李建华（女）  天铭科技股份有限公司总经理\n赵晓东  澄波食品集团有限公司董事长\n\n"
        "二、“钢城区民营经济发展工作先进单位”（2个）\n\n区工业和信息化局\n区商务局\n")
    y1, y2 = "第三届钢城区优秀民营企业家", "钢城区民营经济发展工作先进单位"
    assert triples(doc, "awarded") == {
        ("王晓梅", "awarded", y1), ("李建华", "awarded", y1), ("赵晓东", "awarded", y1),
        ("区工业和信息化局", "awarded", y2), ("区商务局", "awarded", y2)}


def test_relations_a_town_the_divisions_data_holds_only_far_away_is_the_pages_own(nlp_full):
    # 蒲家镇 is a town of 四川 only, 观水镇 one of 烟台 (another city of 山东) only: on a page about 钢城区 (济南) each is
    # 钢城区's, as a town the data does not hold at all (澄岭街道) is; a place opening a body's name whose officials
    # speak (蒲家镇党委书记…) is not the passage's place, so nothing after it is put in it
    doc = nlp_full("钢城区召开城市更新工作推进会。蒲家镇党委书记王晓梅、澄岭街道办事处主任李建华作交流发言。"
                   "截至3月底，蒲家镇已完成征收。李建华表示，澄岭街道将聚焦翠涧新村改造项目。观水镇和区住建局负责人作了表态发言。")
    assert triples(doc, "locatedIn") == {
        ("蒲家镇", "locatedIn", "钢城区"), ("澄岭街道", "locatedIn", "钢城区"), ("翠涧新村改造项目", "locatedIn", "钢城区"),
        ("观水镇", "locatedIn", "钢城区")}


def test_relations_lines_of_a_working_body_s_members_and_its_office_set_up_in_a_bureau(nlp_full):
    # 组　长：甲（…）: each line under the one naming the working body gives its role in it (a head's leads); the
    # office 设在 a bureau is the working body's, and 办公室主任 after it heads that office, not the bureau's
    doc = nlp_full("同时，对钢城区城市更新工作领导小组组成人员作如下调整：\n组　长：王晓梅（区委副书记、区长）\n"
                   "副组长：李建华（副区长）\n成　员：赵晓东（区住建局局长）、周明（区财政局局长）\n"
                   "领导小组办公室设在区住房和城乡建设局，办公室主任由区住建局局长常晓岚兼任。\n")
    group = "钢城区城市更新工作领导小组"
    assert triples(doc, "leads", "memberOf") == {
        ("王晓梅", "leads", group), ("李建华", "memberOf", group), ("赵晓东", "memberOf", group),
        ("周明", "memberOf", group), ("常晓岚", "leads", group + "办公室"),
        ("王晓梅", "memberOf", "区委"), ("王晓梅", "leads", "区人民政府"), ("李建华", "memberOf", "区人民政府"),
        ("赵晓东", "leads", "区住房和城乡建设局"), ("周明", "leads", "区财政局"), ("常晓岚", "leads", "区住房和城乡建设局")}
    # a line of another kind between the body and the roles: no list of its members
    doc = nlp_full("钢城区城市更新工作领导小组召开会议。\n会议由区政府办公室组织。\n组长：王晓梅（区长）\n")
    assert triples(doc, "leads", "memberOf") == {("王晓梅", "leads", "区人民政府")}


def test_relations_what_is_built_or_registered_in_the_park_named_before(nlp_full):
    # 在园区投资…建设的P: the bare 园区 is the park named before, and P is in it; 甲集团在园区注册成立乙公司: the firm set
    # up there is in it, not its parent
    doc = nlp_full("走进澄波智造产业园，机器轰鸣。宏耀科技有限公司总经理王晓梅介绍，企业在园区投资8亿元建设的高端数控机床项目"
                   "于今年3月开工。今年6月，天铭集团在园区注册成立天铭液压有限公司。")
    assert triples(doc, "locatedIn") == {("高端数控机床项目", "locatedIn", "澄波智造产业园"),
                                         ("天铭液压有限公司", "locatedIn", "澄波智造产业园")}


def test_relations_works_built_in_the_bare_park_of_a_page_about_one_park(nlp_full):
    # P、Q也已在园区开工建设: on a page about one park (named twice, with and without its place), the works listed before
    # 在园区 are in it, and a work named after the park as written (澄波智造产业园污水处理厂项目) too; a firm set up
    # there is, its parent not; a page naming two parks says nothing of which
    page = ("走进钢城区澄波智造产业园，机器轰鸣。澄波智造产业园规划面积6.8平方公里。"
            "宏耀科技有限公司环保涂料项目、天铭新材料有限公司生物基材料项目也已在园区开工建设。"
            "翠岭集团在园区注册成立翠岭液压有限公司。澄波智造产业园污水处理厂项目由区水务局负责建设。")
    doc = nlp_full(page)
    assert {t for t in triples(doc, "locatedIn") if t[2] == "澄波智造产业园"} == {
        ("宏耀科技有限公司环保涂料项目", "locatedIn", "澄波智造产业园"),
        ("天铭新材料有限公司生物基材料项目", "locatedIn", "澄波智造产业园"),
        ("翠岭液压有限公司", "locatedIn", "澄波智造产业园"),
        ("澄波智造产业园污水处理厂项目", "locatedIn", "澄波智造产业园")}
    doc = nlp_full(page.replace("规划面积", "与翠涧物流园规划面积"))
    assert {t for t in triples(doc, "locatedIn") if t[0].endswith(("材料项目", "涂料项目"))} == {
        ("宏耀科技有限公司环保涂料项目", "locatedIn", "钢城区"), ("天铭新材料有限公司生物基材料项目", "locatedIn", "钢城区")}


def test_relations_funds_allocated_the_notice_s_money_written_out_as_prose(nlp_full):
    # 从资金分配看，甲区获得…，重点支持P（2830万元）…: the notice's issuers fund the works its prose names, with the amount
    # in brackets after a work or given to it; a paragraph of another kind after the notice funds nothing
    doc = nlp_full("近日，市财政局印发《关于下达2026年第一批城市更新补助资金的通知》，下达补助资金1亿元，支持全市8个项目建设。\n\n"
                   "从资金分配看，钢城区获得补助资金6000万元，重点支持翠岭片区老旧小区改造项目（2800万元）和"
                   "澄波排水防涝设施提升工程（1900万元）；莱芜区获得补助资金4000万元，其中上岚社区城市更新项目安排3100万元。\n\n"
                   "目前，天铭物流园项目已进入施工阶段。\n")
    assert funded(doc) == {("市财政局", "翠岭片区老旧小区改造项目", "28000000"), ("市财政局", "澄波排水防涝设施提升工程", "19000000"),
                           ("市财政局", "上岚社区城市更新项目", "31000000")}


def test_relations_funds_allocated_the_prose_goes_on_in_the_paragraph_after_where_it_allocates(nlp_full):
    # the paragraph right after the prose goes on where it allocates money too (乙类项目共安排资金N元，主要用于…), each
    # of its sentences; the paragraph after that, saying nothing of money, funds nothing
    doc = nlp_full("近日，钢城区财政局会同区农业农村局下达2026年第一批衔接推进乡村振兴补助资金5000万元。\n\n"
                   "从资金安排看，产业发展类项目共安排资金3000万元。其中：翠岭茶叶加工中心项目安排900万元。\n\n"
                   "农村基础设施类项目共安排资金1500万元，主要用于颜庄镇供水管网改造工程（1000万元）。"
                   "农村公益事业类项目安排资金500万元，用于颜庄镇敬老院改造提升项目。\n\n"
                   "据了解，澄沣镇道路提升工程已完工。\n")
    assert funded(doc) == {(f, w, a) for f in ("钢城区财政局", "区农业农村局") for w, a in (
        ("翠岭茶叶加工中心项目", "9000000"), ("颜庄镇供水管网改造工程", "10000000"), ("颜庄镇敬老院改造提升项目", None))}


def test_relations_funds_allocated_the_notice_s_money_broken_down_in_numbered_paragraphs(nlp_full):
    # 一是…，安排资金N元。其中：P N元，由甲实施；…: numbered paragraphs right after the allocation, with no line announcing a
    # list, are its breakdown; a work there is funded only with an amount of its own, and the list ends with the first
    # paragraph that is not numbered
    doc = nlp_full("近日，市财政局会同市农业农村局联合下达2026年第二批乡村振兴补助资金1.2亿元，重点支持特色产业和基础设施。\n\n"
                   "一是支持特色产业发展，安排资金5000万元。其中：钢城区翠岭茶叶种植基地项目1200万元，由钢城区农业农村局实施；"
                   "澄岭镇肉牛养殖园建设项目980万元，由天铭牧业有限公司实施。\n\n"
                   "二是支持基础设施建设，同步推进上岚村供水保障工程。\n\n"
                   "下一步，市财政局将对宏耀冷链物流园项目开展绩效评价，安排工作经费30万元。\n")
    assert funded(doc) == {(f, w, a) for f in ("市财政局", "市农业农村局")
                           for w, a in (("翠岭茶叶种植基地项目", "12000000"), ("澄岭镇肉牛养殖园建设项目", "9800000"))}


def test_relations_funds_allocated_by_the_bodies_of_the_clause_before_the_verb(nlp_full):
    # 甲局、乙局联合印发通知，下达…资金N元: the clause allocating opens with its verb, its subject the clause before; the
    # list after 以下项目： gives each work its amount (a work of a livestock farm's size, 5万头, is named whole)
    doc = nlp_full("近日，钢城区财政局、钢城区农业农村局联合印发通知，下达2026年第一批乡村振兴补助资金8000万元。\n\n"
                   "本批资金重点支持以下项目：\n\n（一）澄岭镇5万头生猪标准化养殖场建设项目，安排资金1600万元；\n\n"
                   "（二）翠岭茶叶加工中心项目，安排资金500万元。\n")
    assert funded(doc) == {(f, w, a) for f in ("钢城区财政局", "钢城区农业农村局")
                           for w, a in (("澄岭镇5万头生猪标准化养殖场建设项目", "16000000"), ("翠岭茶叶加工中心项目", "5000000"))}


def test_relations_funds_allocated_by_the_body_that_hands_on_the_money_others_handed_down(nlp_full):
    # 甲局会同乙局，将丙厅下达我区的资金分解下达: 丙厅 names where the money came from, inside what 将 hands on; the
    # allocating bodies are the subject before 将. A paragraph breaking a numbered item down (其中P 650万元) is
    # still the list's: the work after it is funded too
    doc = nlp_full("钢城区财政局会同钢城区水利局，将山东省财政厅下达我区的2026年水利发展资金3000万元分解下达到各镇街。\n\n"
                   "资金分配情况如下：\n\n一、小型水库除险加固（2座，900万元）\n\n其中翠岭水库除险加固工程650万元，其余资金用于颜庄镇。\n\n"
                   "二、农村供水保障（1个项目，2100万元）\n\n澄沣镇集中供水工程，2100万元。\n")
    assert funded(doc) == {(f, w, a) for f in ("钢城区财政局", "钢城区水利局")
                           for w, a in (("翠岭水库除险加固工程", "6500000"), ("澄沣镇集中供水工程", "21000000"))}


def test_relations_a_numeral_and_measure_word_inside_a_county_s_name_count_nothing(nlp_full):
    # 九台区, 七台河市: 台 after a numeral is a measure word elsewhere (三台设备), inside the place it is no count
    doc = nlp_full("九台区澄岭镇茶叶种植基地项目已开工，新购三台设备改造项目同步推进。")
    assert {(m.name, m.type) for m in doc._.kg_mentions if m.type == "Project"} == {("澄岭镇茶叶种植基地项目", "Project")}


def test_relations_a_name_the_tagger_finds_across_its_dot_runs_on_over_a_name_s_piece_only(nlp_full):
    # the tagger's 哈维·巴顿 stays whole before a rare verb (入围): only a piece jieba tags as a name's (别克) before a
    # stop goes on it
    doc = nlp_full("这部电影成就了哈维·巴顿入围影帝。")
    assert {(m.name, m.type) for m in doc._.kg_mentions if m.type in ("Person", "Official")} == {("哈维·巴顿", "Person")}


def test_relations_funds_allocated_a_list_of_works_lines_with_the_unit_in_its_announcing_line(nlp_full):
    # 本批资金支持以下项目（单位：万元）： then lines of a work and a bare number (a table's rows written as lines): the
    # notice's bodies fund each work with the number in the unit of the line above; the list ends with a line that is
    # no work's; a district opening a work named after a quarter of it holds the work
    doc = nlp_full("近日，市财政局、市住建局联合下达2026年第一批城镇老旧小区改造补助资金1.2亿元。\n\n"
                   "本批资金重点支持以下项目（单位：万元）：\n槐荫区澄波湖片区老旧小区改造项目　3860\n"
                   "翠岭社区老旧小区改造及配套基础设施项目　2400\n其余5个项目共计5740万元。\n\n"
                   "下一步，市财政局将对澄岭镇供水保障工程开展绩效评价，安排工作经费30万元。\n")
    assert funded(doc) == {(f, w, a) for f in ("市财政局", "市住房和城乡建设局")
                           for w, a in (("澄波湖片区老旧小区改造项目", "38600000"),
                                        ("翠岭社区老旧小区改造及配套基础设施项目", "24000000"))}
    assert {t for t in triples(doc, "locatedIn") if t[0] == "澄波湖片区老旧小区改造项目"} == {
        ("澄波湖片区老旧小区改造项目", "locatedIn", "槐荫区"), ("澄波湖片区老旧小区改造项目", "locatedIn", "澄波湖片区")}


def test_relations_funds_allocated_by_the_body_the_list_s_line_names(nlp_full):
    # 本批资金由区财政局…切块下达，具体安排如下：: of the bodies issuing the notice, the one the list's line says hands the
    # money down funds its works
    doc = nlp_full("近日，钢城区财政局会同区住房和城乡建设局、区水务局联合印发通知，下达专项资金8000万元。\n\n"
                   "本批资金由区财政局根据年度建设计划切块下达，具体安排如下：\n\n"
                   "1.翠涧路片区老旧小区改造项目，安排资金6200万元，项目实施单位为区住房和城乡建设局；\n\n"
                   "2.翠涧河防洪治理工程，安排资金1800万元，由区水务局组织实施。\n")
    assert funded(doc) == {("区财政局", "翠涧路片区老旧小区改造项目", "62000000"), ("区财政局", "翠涧河防洪治理工程", "18000000")}


def test_relations_funds_topic_the_body_paying_after_the_clause_carrying_a_work_out(nlp_full):
    # 该村实施P，县农业农村局安排…资金N元，用于…: the clause after one that carries the work out is about its money; a
    # body named before the work makes no such clause
    doc = nlp_full("去年以来，该村实施上岚村人居环境整治提升项目，县农业农村局安排衔接推进乡村振兴补助资金180万元，用于改厕。")
    assert funded(doc) == {("县农业农村局", "上岚村人居环境整治提升项目", "1800000")}
    doc = nlp_full("去年以来，澄岭镇人民政府实施上岚村人居环境整治提升项目，县农业农村局安排补助资金180万元，用于改厕。")
    assert funded(doc) == set()


def test_relations_the_firm_signed_funds_the_work_with_its_planned_total(nlp_full):
    # 甲与乙公司签订P投资协议，项目计划总投资N元: the firm signing funds the work, planned
    doc = nlp_full("仪式上，钢城区人民政府与天铭新能源科技有限公司签订年产8GWh储能电池项目投资协议，项目计划总投资50亿元。")
    assert funded(doc) == {("天铭新能源科技有限公司", "年产8GWh储能电池项目", "5000000000")}


def test_relations_develops_the_firm_brought_in_builds_the_next_clause_s_work(nlp_full):
    # 将引进甲公司，建设P: the firm brought in builds the work; a firm the clause names otherwise does not
    doc = nlp_full("下一步将引进宏耀农业发展有限公司，建设上岚村小龙虾加工冷链项目。")
    assert triples(doc, "develops") == {("宏耀农业发展有限公司", "develops", "上岚村小龙虾加工冷链项目")}
    doc = nlp_full("下一步将走访宏耀农业发展有限公司，建设上岚村小龙虾加工冷链项目。")
    assert triples(doc, "develops") == set()


def test_relations_the_firms_listed_as_settling_in_the_park_a_page_is_about(nlp_full):
    # 此次签约入驻的N家企业分别是：甲、乙和丙: each firm listed is in the page's park (named twice); a base one firm
    # builds, named once after it, is no second park
    page = ("澄波智造产业园企业入驻集中签约活动举行。澄波智造产业园位于钢城区艾山街道。"
            "此次签约入驻的3家企业分别是：宏耀机器人有限公司、天铭数控机床股份有限公司和翠岭传动科技有限公司。"
            "其中，天铭数控机床股份有限公司将投资8亿元建设高端数控机床生产基地。")
    doc = nlp_full(page)
    assert {t for t in triples(doc, "locatedIn") if t[2] == "澄波智造产业园"} == {
        (f, "locatedIn", "澄波智造产业园") for f in ("宏耀机器人有限公司", "天铭数控机床股份有限公司", "翠岭传动科技有限公司")}
    doc = nlp_full(page.replace("企业入驻集中签约活动举行。", "与翠涧物流园企业入驻集中签约活动举行。翠涧物流园规划面积2平方公里。"))
    assert {t for t in triples(doc, "locatedIn") if t[2] == "澄波智造产业园"} == set()


def test_relations_firms_listed_one_a_numbered_line_and_those_inside_the_park(nlp_full):
    # 本次签约入园的N家企业分别是： then 一、甲公司，投资…: each line's firm is in the page's park; 园区内已投产的乙、丙等企业:
    # the firms the clause opening with the bare 园区内 describes are too; a firm a later paragraph names is not
    doc = nlp_full("澄波智造产业园再迎2家企业落户。澄波智造产业园位于钢城区艾山街道。\n\n本次签约入园的2家企业及项目分别是：\n"
                   "一、宏耀机器人有限公司，投资8亿元建设工业机器人项目；\n二、天铭数控机床股份有限公司，投资6亿元建设数控机床项目。\n\n"
                   "据了解，园区内已建成投产的翠岭传动科技有限公司、澄波新材料有限公司等企业运行良好。"
                   "同样落户园区的还有翠涧电子有限公司等企业。\n\n"
                   "翠涧建设集团有限公司负责园区道路建设。")
    assert {t for t in triples(doc, "locatedIn") if t[2] == "澄波智造产业园"} == {
        (f, "locatedIn", "澄波智造产业园") for f in ("宏耀机器人有限公司", "天铭数控机床股份有限公司", "翠岭传动科技有限公司",
                                                  "澄波新材料有限公司", "翠涧电子有限公司")}


def test_relations_a_work_settling_in_a_park_the_recogniser_typed_as_a_work(nlp_full):
    # P正式签约落户甲装备制造园: what settles in a park makes it a place (GUIDE §2), though its name is a work's
    doc = nlp_full("签约仪式在澄波装备制造园举行。宏耀重工机械有限公司重型机械再制造项目正式签约落户澄波装备制造园。")
    assert triples(doc, "locatedIn") == {("宏耀重工机械有限公司重型机械再制造项目", "locatedIn", "澄波装备制造园")}


def test_relations_awarded_lines_under_a_line_granting_the_honour_without_a_colon(nlp_full):
    # 一、授予以下3家企业“Y”称号 on a line of its own, then the firms on one line (甲、乙、丙) or one person a line (王某　甲公司
    # 董事长): each receives Y; the bodies whose decision it is confer each honour, line after line
    doc = nlp_full("经区委、区政府研究，决定对作出突出贡献的企业和个人予以表彰：\n\n"
                   "一、授予以下2家企业“2025年度钢城区优秀民营企业”称号\n\n宏耀精工机械有限公司、天铭食品有限公司\n\n"
                   "二、授予以下2名同志“2025年度钢城区优秀民营企业家”称号\n\n王晓梅　宏耀精工机械有限公司董事长\n"
                   "李建华　天铭食品有限公司总经理\n")
    firms, people = "2025年度钢城区优秀民营企业", "2025年度钢城区优秀民营企业家"
    assert triples(doc, "awarded") == {("宏耀精工机械有限公司", "awarded", firms), ("天铭食品有限公司", "awarded", firms),
                                       ("王晓梅", "awarded", people), ("李建华", "awarded", people)}
    assert triples(doc, "organizes") == {(b, "organizes", h) for b in ("区委", "区人民政府") for h in (firms, people)}


def test_relations_a_post_in_a_bureau_s_section_is_a_post_in_the_bureau(nlp_full):
    # 甲局综合科科长乙: 乙 leads the section and is a member of the bureau (named in full where written short); a
    # street's 办事处 is no section (处 of a longer suffix)
    doc = nlp_full("钢城区住建局综合科科长王晓梅、艾山街道办事处副主任周明介绍。")
    assert triples(doc, "leads", "memberOf") == {
        ("王晓梅", "leads", "钢城区住建局综合科"), ("王晓梅", "memberOf", "钢城区住房和城乡建设局"),
        ("周明", "memberOf", "艾山街道办事处")}


def test_relations_awarded_named_people_granted_with_their_posts_in_brackets(nlp_full):
    # 授予甲（乙局股长）、丙（丁公司安全总监）“Y”称号: the people receive Y, not the bodies their posts in brackets name
    doc = nlp_full("授予王晓梅（钢城区应急管理局综合科科长）、周明（宏耀化工有限公司安全总监）“2025年度钢城区安全生产先进个人”称号。")
    assert triples(doc, "awarded") == {(p, "awarded", "2025年度钢城区安全生产先进个人") for p in ("王晓梅", "周明")}
    assert triples(doc, "leads", "memberOf") == {
        ("王晓梅", "leads", "钢城区应急管理局综合科"), ("王晓梅", "memberOf", "钢城区应急管理局"),
        ("周明", "memberOf", "宏耀化工有限公司")}


def test_relations_a_post_after_the_short_name_a_firm_declares_in_brackets(nlp_full):
    # 甲集团有限公司（以下简称甲集团）党委书记、董事长乙: the brackets are the full name's, the post the firm's
    doc = nlp_full("宏耀城市发展集团有限公司（以下简称宏耀集团）党委书记、董事长周明表态发言。")
    assert triples(doc, "leads", "memberOf") == {("周明", "leads", "宏耀城市发展集团有限公司")}


def test_relations_develops_field_lines_under_a_heading_of_common_words(nlp_full):
    # 2. 风机总装基地项目 then 建设单位：甲: the heading line names the record's work though its words are common ones;
    # a heading holding a clause names none
    doc = nlp_full("1. 风机总装基地项目\n建设单位：宏耀重工装备有限公司\n总投资：18.5亿元\n\n"
                   "2. 加快推进重点项目，确保项目如期完工\n建设单位：天铭建设有限公司\n")
    assert triples(doc, "develops") == {("宏耀重工装备有限公司", "develops", "风机总装基地项目")}


def test_relations_firms_listed_before_a_settling_verb_each_settle(nlp_full):
    # 甲公司、乙公司、丙公司等企业也已相继入驻园区: each of the list is in the park, not the last alone; a government
    # signing with a firm that settles is not moved by it
    doc = nlp_full("走进位于钢城区的澄波循环经济产业园，厂房林立。此外，宏耀再生资源有限公司、天铭环保科技有限公司、"
                   "翠岭包装材料有限公司等企业也已相继入驻园区。钢城区人民政府与锦绣里食品有限公司签约，"
                   "锦绣里食品有限公司落户澄波循环经济产业园。")
    park = "澄波循环经济产业园"
    assert {t for t in triples(doc, "locatedIn") if t[2] == park} == {
        (f, "locatedIn", park) for f in ("宏耀再生资源有限公司", "天铭环保科技有限公司", "翠岭包装材料有限公司",
                                         "锦绣里食品有限公司")}


def test_relations_a_park_by_its_brand_and_the_clause_set_in_a_part_of_it(nlp_full):
    # 甲乙园区 is the park 甲乙循环经济产业园 (one park of the page); 在园区东区，丙公司的P…: the firm opening the clause
    # and its work after 的 are in it
    doc = nlp_full("走进澄波循环经济产业园，厂房林立。“我们选择落户澄波园区，看中的是这里的服务。”\n"
                   "在园区东区，宏耀盐化有限公司的苦水综合利用项目正在进行设备安装。")
    assert {t for t in triples(doc, "locatedIn") if t[2] in ("澄波循环经济产业园", "澄波园区")} == {
        ("宏耀盐化有限公司", "locatedIn", "澄波园区"), ("苦水综合利用项目", "locatedIn", "澄波园区")}


def test_relations_located_worked_place_a_village_s_works_and_bodies(nlp_full):
    # 甲村成立乙合作社；丙村投资…实施P，打造Q: what a village opening its clause sets up or carries out is in it; a firm a
    # village brings in is not (it may be the county's), nor a work another subject builds
    doc = nlp_full("澄岭镇积极推进乡村振兴。东高村成立翠涧辣椒种植专业合作社，流转土地1100亩；"
                   "西岚村投资460万元实施西岚人居环境提升工程，引进宏耀文旅有限公司，建设岚圩民宿项目；"
                   "上岚村依托山水资源，天铭建设有限公司建设上岚游客中心项目。")
    assert {t for t in triples(doc, "locatedIn") if t[2] in ("东高村", "西岚村", "上岚村")} == {
        ("翠涧辣椒种植专业合作社", "locatedIn", "东高村"), ("西岚人居环境提升工程", "locatedIn", "西岚村"),
        ("岚圩民宿项目", "locatedIn", "西岚村")}


def test_relations_awarded_lines_under_a_heading_of_the_honour_s_last_words(nlp_full):
    # 一、先进集体 under a decision that granted “2025年度钢城区…先进集体”称号: each line's body or person receives the honour
    # the heading's words end; a heading two honours end names none
    doc = nlp_full("区政府决定，授予宏耀电子有限公司等3个单位“2025年度钢城区安全生产先进集体”称号，授予王晓梅等2名同志"
                   "“2025年度钢城区安全生产先进个人”称号。\n\n一、先进集体\n宏耀电子有限公司\n天铭科技有限公司\n"
                   "钢城区应急管理局\n\n二、先进个人\n王晓梅  宏耀电子有限公司总经理\n李建华  钢城区应急管理局科长\n")
    units, people = "2025年度钢城区安全生产先进集体", "2025年度钢城区安全生产先进个人"
    assert triples(doc, "awarded") == {
        *((b, "awarded", units) for b in ("宏耀电子有限公司", "天铭科技有限公司", "钢城区应急管理局")),
        *((p, "awarded", people) for p in ("王晓梅", "李建华"))}


def test_relations_a_section_s_head_of_a_body_that_is_no_section_is_a_member(nlp_full):
    # 甲支队科长乙: the section is unnamed, 乙 is a member of the 支队; 甲局乙科科长丙 leads 乙科; 处长 of a 处 leads it
    doc = nlp_full("周明  钢城区旅游质监执法支队科长\n王晓梅  钢城区财政局农业科科长\n李建华  钢城区财政局预算处处长\n")
    assert triples(doc, "leads", "memberOf") == {
        ("周明", "memberOf", "钢城区旅游质监执法支队"), ("王晓梅", "leads", "钢城区财政局农业科"),
        ("王晓梅", "memberOf", "钢城区财政局"), ("李建华", "leads", "钢城区财政局预算处"), ("李建华", "memberOf", "钢城区财政局")}


def test_relations_funds_allocated_a_lead_after_the_headline_then_a_list_of_county_labelled_items(nlp_full):
    # the headline allocates, the lead says so again after the basis it follows (根据省财政厅…方案，下达…), a paragraph
    # later 重点支持项目有： opens the list; each item (一、甲县：P，安排资金…) is funded with its amount and is in its county
    doc = nlp_full("钢城区财政局下达2025年衔接资金2.36亿元\n\n近日，钢城区财政局，根据省财政厅资金分配方案，下达2025年衔接"
                   "推进乡村振兴补助资金2.36亿元，支持项目67个。\n\n从资金投向看，用于产业发展的资金达1.58亿元。重点支持项目有：\n\n"
                   "一、槐荫区：肉牛标准化养殖小区改扩建项目，安排资金750万元；\n\n二、天桥区：东高村木雕工坊项目，安排资金420万元。\n")
    assert funded(doc) == {("钢城区财政局", "肉牛标准化养殖小区改扩建项目", "7500000"),
                           ("钢城区财政局", "东高村木雕工坊项目", "4200000")}
    assert {t for t in triples(doc, "locatedIn") if t[2] in ("槐荫区", "天桥区")} == {
        ("肉牛标准化养殖小区改扩建项目", "locatedIn", "槐荫区"), ("东高村木雕工坊项目", "locatedIn", "天桥区")}


def test_relations_located_at_a_park_the_recogniser_typed_as_a_work(nlp_full):
    # P在甲产业园正式投产: P is in the park though the recogniser typed the park as a work (GUIDE §2; the headline
    # names it first, as a work)
    doc = nlp_full("钢城区新能源装备制造产业园再添新成员 今年已有9家企业签约入园\n\n"
                   "4月16日，宏耀风电装备有限公司年产200套风电塔架项目在钢城区新能源装备制造产业园正式投产。")
    assert [m.type for m in doc._.kg_mentions if m.name == "钢城区新能源装备制造产业园"] == ["Project", "Project"]
    assert {t for t in triples(doc, "locatedIn") if t[2] == "钢城区新能源装备制造产业园"} == {
        ("宏耀风电装备有限公司年产200套风电塔架项目", "locatedIn", "钢城区新能源装备制造产业园")}


def test_relations_develops_role_for_the_works_named_together(nlp_full):
    # 启动P和Q，…，X作为实施主体: X develops both works the clause before named
    doc = nlp_full("今年，全区将启动东高片区城中村改造项目和西岚片区城中村改造项目，改造任务由区旧村改造指挥部统筹推进，"
                   "宏耀城市发展集团有限公司作为实施主体。")
    assert triples(doc, "develops") == {("宏耀城市发展集团有限公司", "develops", w)
                                        for w in ("东高片区城中村改造项目", "西岚片区城中村改造项目")}


def test_relations_develops_table_row_a_park_in_the_site_column(nlp_full):
    # a site cell naming a park of common words the recogniser left (光明高新技术产业园: its kind word typed a work's
    # by the suffixes) is a place the row's work is in
    doc = nlp_full("序号\t项目名称\t建设单位\t建设地点\t总投资（亿元）\n"
                   "1\t翠岭智能装备产业园\t宏耀智能装备有限公司\t光明高新技术产业园\t26.3\n"
                   "2\t东高路东延工程\t钢城区交通运输局\t光明高新技术产业园\t3.4\n")
    assert {t for t in triples(doc, "locatedIn") if t[2] == "光明高新技术产业园"} == {
        ("翠岭智能装备产业园", "locatedIn", "光明高新技术产业园"), ("东高路东延工程", "locatedIn", "光明高新技术产业园")}


def test_relations_awarded_verb_a_clause_of_others_counted_names_no_winner(nlp_full):
    # …，另有3个创业团队获得三等奖: the winners of the third prize are counted, not named; no firm of an earlier clause wins it
    doc = nlp_full("最终，宏耀海洋科技有限公司获得2025钢城区创新创业大赛一等奖，天铭生物科技有限公司获得二等奖，"
                   "另有3个创业团队获得三等奖。")
    assert triples(doc, "awarded") == {("宏耀海洋科技有限公司", "awarded", "2025钢城区创新创业大赛一等奖"),
                                       ("天铭生物科技有限公司", "awarded", "2025钢城区创新创业大赛二等奖")}


def test_relations_a_decision_granting_honours_to_the_first_of_each_list_and_its_count(nlp_full):
    # 区委、区政府决定，对…予以表彰 then 一、授予甲公司等2家企业“Y”称号 and the list below: every line receives Y, and the
    # deciding bodies organise each honour of the decision
    doc = nlp_full("钢城区委 钢城区人民政府关于表彰2024年度优秀民营企业的决定\n\n各镇党委、政府：\n\n"
                   "2024年，全区民营企业作出了积极贡献。为树立先进典型，区委、区政府决定，对表现突出的企业和个人予以表彰。\n\n"
                   "一、授予宏耀精密机械有限公司等2家企业“2024年度钢城区优秀民营企业”称号\n\n宏耀精密机械有限公司\n"
                   "天铭医疗器械股份有限公司\n\n二、授予王晓梅等2名同志“2024年度钢城区优秀民营企业家”称号\n\n"
                   "王晓梅　宏耀精密机械有限公司董事长\n李建华　天铭医疗器械股份有限公司总经理\n")
    firms, people = "2024年度钢城区优秀民营企业", "2024年度钢城区优秀民营企业家"
    assert triples(doc, "awarded") == {("宏耀精密机械有限公司", "awarded", firms), ("天铭医疗器械股份有限公司", "awarded", firms),
                                       ("王晓梅", "awarded", people), ("李建华", "awarded", people)}
    assert triples(doc, "organizes") == {(b, "organizes", h) for b in ("区委", "区人民政府") for h in (firms, people)}


def test_relations_firms_settling_in_a_page_s_park_beside_a_firm_s_production_base(nlp_full):
    # a page names its park three times and a firm's 生产基地 once: the park is still the page's one; the firms listed
    # as settling with no place written are each in it; 甲公司将在园区内建设乙中心: the firm and the centre it builds
    doc = nlp_full("8家企业集中签约入驻澄波精细化工产业园\n\n7月2日，钢城区在澄波精细化工产业园举行签约仪式，宏耀新能源材料有限公司、"
                   "天铭生物医药科技有限公司等8家企业集中签约入驻。\n\n澄波精细化工产业园位于钢城区。天铭生物医药科技有限公司"
                   "投资6.2亿元建设天铭原料药生产基地。此外，翠岭环保科技有限公司将在园区内建设翠岭危废综合处置中心。")
    park = "澄波精细化工产业园"
    assert {t for t in triples(doc, "locatedIn") if t[2] == park} == {
        (x, "locatedIn", park) for x in ("宏耀新能源材料有限公司", "天铭生物医药科技有限公司", "翠岭环保科技有限公司",
                                         "翠岭危废综合处置中心")}


def test_relations_winners_of_a_contest_s_prize_named_by_the_bare_word_of_contests(nlp_full):
    # 甲公司“X”项目、乙公司“Y”项目获得大赛金奖: the firms whose works won receive the prize of the contest named before
    # (大赛金奖 is that contest's 金奖, no honour of its own)
    doc = nlp_full("会议期间，钢城区农业农村局联合发布了第三届钢城区农业创新创业大赛结果。宏耀农业发展有限公司“蜜桔深加工”项目、"
                   "天铭食品有限公司“岚圩云仓”项目获得大赛金奖，翠岭酒庄集团有限公司等10家单位获得银奖。")
    gold, silver = "第三届钢城区农业创新创业大赛金奖", "第三届钢城区农业创新创业大赛银奖"
    assert triples(doc, "awarded") == {("宏耀农业发展有限公司", "awarded", gold), ("天铭食品有限公司", "awarded", gold),
                                       ("翠岭酒庄集团有限公司", "awarded", silver)}


def test_relations_a_court_s_committee_post_and_an_occasion_of_two_paired_places(nlp_full):
    # 审判委员会委员 is a post of the court, no committee of its own; an occasion named after two places paired by a
    # middle dot is in neither by its name (the page's district holds it, as any work the page places nowhere else)
    doc = nlp_full("任命：\n赵晓东为钢城区人民法院审判委员会委员、审判员。\n"
                   "10月15日，2025青岛·菏泽协作产业对接会开幕。")
    assert [m.name for m in doc._.kg_mentions if m.type == "Project"] == ["2025青岛·菏泽协作产业对接会"]
    assert triples(doc, "memberOf", "locatedIn") == {("赵晓东", "memberOf", "钢城区人民法院"),
                                                    ("2025青岛·菏泽协作产业对接会", "locatedIn", "钢城区")}


def test_relations_villages_of_a_page_about_two_towns_are_in_the_one_the_passage_was_last_set_in(nlp_full):
    # 在乙街道，…: the villages named after it are in 乙街道, not in the first town of the headline; a village written
    # right after its town is in that one
    doc = nlp_full("区长到颜庄镇、艾山街道调研\n"
                   "在颜庄镇，周明察看了颜庄河综合治理工程。\n"
                   "在艾山街道，周明察看了艾山片区城市更新项目。该项目涉及芦岭村、翠云村两个村庄。\n"
                   "随后，周明来到颜庄镇梨花峪村。")
    assert {t for t in triples(doc, "locatedIn") if t[0].endswith("村")} == {
        ("芦岭村", "locatedIn", "艾山街道"), ("翠云村", "locatedIn", "艾山街道"), ("梨花峪村", "locatedIn", "颜庄镇")}


def test_relations_an_industrial_park_is_named_with_the_county_written_before_it(nlp_full):
    # 钢城区翠岭工业园, as a zone is (钢城经济开发区): the county opens the park's name, and holds it
    doc = nlp_full("宏耀线缆集团有限公司投资15亿元建设特种线缆研发生产基地项目，项目选址钢城区翠岭工业园。")
    assert [m.name for m in doc._.kg_mentions if m.type == "Place"] == ["钢城区翠岭工业园", "钢城区"]
    assert triples(doc, "locatedIn") == {("特种线缆研发生产基地项目", "locatedIn", "钢城区翠岭工业园"),
                                         ("钢城区翠岭工业园", "locatedIn", "钢城区")}


def test_relations_develops_unit_summary_a_line_closing_a_list_names_the_builder_of_its_last_items(nlp_full):
    # 以上3个项目实施单位均为X: X develops the works the last three items open with, not the items before them
    doc = nlp_full("一、背街小巷整治类\n"
                   "1.翠竹巷整治工程，安排960万元，实施单位：钢城区艾山街道办事处；\n"
                   "二、口袋公园建设类\n"
                   "2.翠云坊口袋公园，安排420万元；\n"
                   "3.槐香里口袋公园，安排1180万元；\n"
                   "4.翠屏口袋公园，安排1100万元。\n"
                   "以上3个项目实施单位均为钢城区城市管理局。")
    assert triples(doc, "develops") == {
        ("钢城区艾山街道办事处", "develops", "翠竹巷整治工程"), ("钢城区城市管理局", "develops", "翠云坊口袋公园"),
        ("钢城区城市管理局", "develops", "槐香里口袋公园"), ("钢城区城市管理局", "develops", "翠屏口袋公园")}


def test_relations_an_honour_prizes_are_handed_for_and_a_villages_work_where_jieba_reads_villagers(nlp_full):
    # 为“2024年度…十强企业”颁奖，A、B等10家企业获此殊荣: the honour in quotes, a year's round ending in an honour's
    # head, is what A and B won; 芦岭村民宿集群项目 (jieba: 村民 | 宿) is in the village its name opens with (and in
    # the page's district)
    doc = nlp_full("大会为“2024年度钢城区线缆产业创新十强企业”颁奖，宏耀线缆集团有限公司、天铭电缆有限公司等10家企业获此殊荣。\n"
                   "芦岭村民宿集群项目由翠岭文旅发展集团有限公司投资建设。")
    assert triples(doc, "awarded") == {("宏耀线缆集团有限公司", "awarded", "2024年度钢城区线缆产业创新十强企业"),
                                       ("天铭电缆有限公司", "awarded", "2024年度钢城区线缆产业创新十强企业")}
    assert {t for t in triples(doc, "locatedIn") if t[0] == "芦岭村民宿集群项目"} == {
        ("芦岭村民宿集群项目", "locatedIn", "芦岭村"), ("芦岭村民宿集群项目", "locatedIn", "钢城区")}


def test_relations_a_post_of_the_firm_named_before_written_with_this_company(nlp_full):
    # 聘任X为该公司总经理, X任该公司总经理: X heads the firm 该公司 refers to (not a firm named 该公司)
    doc = nlp_full("钢城区宏耀集团有限公司召开董事会，聘任李建华为该公司总经理。天铭电缆有限公司召开股东会，周明任该公司副总经理。")
    assert triples(doc, "leads") | triples(doc, "memberOf") == {
        ("李建华", "leads", "钢城区宏耀集团有限公司"), ("周明", "memberOf", "天铭电缆有限公司")}


def test_relations_a_section_named_after_a_verb_ending_as_an_office_and_a_list_of_people_written_post_first(nlp_full):
    # 项目代办 | 服务科: 代办 (to act for) is a verb, no office; the section is the bureau's before it.  In a list of
    # people honoured, a line written post first (芦岭村党支部书记周明) lists the person as the lines name first do
    doc = nlp_full("中共钢城区委关于表彰2023年度钢城区高质量发展先进个人的决定\n\n"
                   "一、2023年度钢城区高质量发展先进个人\n\n"
                   "王晓梅　钢城区行政审批服务局项目代办服务科科长\n\n"
                   "李建华　颜庄镇党委书记\n\n"
                   "芦岭村党支部书记周明\n\n"
                   "希望受到表彰的先进个人珍惜荣誉。")
    assert triples(doc, "partOf") == {("钢城区行政审批服务局项目代办服务科", "partOf", "钢城区行政审批服务局")}
    assert triples(doc, "memberOf") == {("王晓梅", "memberOf", "钢城区行政审批服务局")}
    assert triples(doc, "awarded") == {(p, "awarded", "2023年度钢城区高质量发展先进个人") for p in ("王晓梅", "李建华", "周明")}


def test_relations_a_parks_developer_named_after_it_and_the_work_a_town_carries_out(nlp_full):
    # 钢城区颜庄产业园开发建设有限公司 develops 颜庄新材料产业园, though 颜庄 is the town's name too; 颜庄镇投资…实施P:
    # the town builds nothing (GUIDE §4), but P is in it
    doc = nlp_full("走进位于钢城区颜庄镇的颜庄新材料产业园。园区由颜庄镇与钢城区颜庄产业园开发建设有限公司共同开发。\n"
                   "在人居环境整治方面，颜庄镇投资1300万元实施芦岭河沿岸村庄风貌提升工程。")
    assert triples(doc, "develops") == {("钢城区颜庄产业园开发建设有限公司", "develops", "颜庄新材料产业园")}
    assert {t for t in triples(doc, "locatedIn") if t[0] == "芦岭河沿岸村庄风貌提升工程"} == {
        ("芦岭河沿岸村庄风貌提升工程", "locatedIn", "颜庄镇"), ("芦岭河沿岸村庄风貌提升工程", "locatedIn", "芦岭河")}


def test_relations_firms_a_park_hosts_in_a_clause_going_on_with_it_and_the_works_of_a_page_about_a_town(nlp_full):
    # 该产业园位于…，由…运营，已入驻甲、乙等企业31家: the clause has no subject of its own, the park opening the
    # sentence hosts the firms.  A page whose headline is about 艾山街道: the works no place is written for are in it
    doc = nlp_full("周明来到翠岭数字科技产业园。该产业园由钢城区城投集团有限公司运营，已入驻宏耀工业软件有限公司、"
                   "天铭检测技术有限公司等企业31家。")
    assert {t for t in triples(doc, "locatedIn") if t[2] == "翠岭数字科技产业园"} == {
        ("宏耀工业软件有限公司", "locatedIn", "翠岭数字科技产业园"), ("天铭检测技术有限公司", "locatedIn", "翠岭数字科技产业园")}
    doc = nlp_full("钢城区翠山镇3个重点项目集中开工\n"
                   "翠山镇党委书记周明出席仪式。宏耀储能电池制造基地项目由宏耀新能源科技有限公司投资建设，总投资45亿元。")
    assert triples(doc, "locatedIn") == {("宏耀储能电池制造基地项目", "locatedIn", "翠山镇")}


def test_relations_funds_granted_the_body_securing_the_money_funds_the_work_too(nlp_full):
    # 甲局争取乙委下达…资金N元，用于P: 乙委 grants it, 甲局 secures it (GUIDE §4: funds "secures … money for it")
    doc = nlp_full("同期，区发展改革局争取国家发展改革委下达中央预算内投资3200万元，专项用于钢城区翠山污水处理厂三期扩建工程。")
    assert funded(doc) == {("国家发展和改革委员会", "翠山污水处理厂三期扩建工程", "32000000"),
                           ("区发展和改革局", "翠山污水处理厂三期扩建工程", "32000000")}


def test_relations_a_founders_chain_of_posts_a_firm_met_bare_and_money_secured_for_a_work_another_carries_out(nlp_full):
    # 创始人、总经理: a founder's post opens a chain (titles.tsv); 与公司董事长X: the bare 公司 after 与 is the firm named
    # before; 为甲公司实施的P争取…: the body securing the money funds P, the firm carrying it out develops it
    doc = nlp_full("翠岭墨骨数字科技有限公司创始人、总经理王晓梅说，公司团队平均年龄不到30岁。\n"
                   "周明来到宏耀智能装备有限公司。周明走进车间，与公司董事长李建华交流。\n"
                   "今年以来区发展和改革局积极对上争取，共为钢城区宏耀水务有限公司实施的钢城区城北污水处理厂扩建工程"
                   "争取中央预算内投资4200万元。")
    assert triples(doc, "leads", "memberOf") == {("王晓梅", "leads", "翠岭墨骨数字科技有限公司"),
                                                 ("李建华", "leads", "宏耀智能装备有限公司")}
    assert funded(doc) == {("区发展和改革局", "钢城区城北污水处理厂扩建工程", "42000000")}
    assert triples(doc, "develops") == {("钢城区宏耀水务有限公司", "develops", "钢城区城北污水处理厂扩建工程")}
