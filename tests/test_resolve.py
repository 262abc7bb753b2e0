"""kg.resolve.resolution: scope words from the article's context, one node per real thing, stable ids, edges."""

from __future__ import annotations

import pytest

from kg.records import Article, Byline, Extraction, Mention, RelationMention
from kg.resolve.resolution import resolve


def article(source, index, text, masthead=None, bylines=()):
    return Article(source, index, text, tuple(range(len(text) + 1)), 0, len(text), masthead=masthead, bylines=bylines)


def mention(text, full, type_, name=None, kind="name", antecedent=None, role=None):
    start = full.index(text)
    return Mention(start, start + len(text), text, type_, name or text, kind=kind, antecedent=antecedent, role=role)


def x(art, mentions, relations=(), sentences=None):
    return Extraction(art, tuple(mentions), tuple(relations), tuple(sentences or [(0, len(art.text))]))


JIMO = "即墨区召开会议，区住建局局长表示。"
WEST = "西海岸新区召开会议，区住建局局长表示。"


def test_resolve_scope_words_two_districts_two_agencies():
    a = article("a.txt", 0, JIMO)
    b = article("b.txt", 0, WEST)
    res = resolve([
        x(a, [mention("即墨区", JIMO, "Place"), mention("区住建局", JIMO, "Agency", "区住房和城乡建设局")]),
        x(b, [mention("西海岸新区", WEST, "Place"), mention("区住建局", WEST, "Agency", "区住房和城乡建设局")]),
    ])
    agencies = sorted(e.id for e in res.entities if e.type == "Agency")
    assert agencies == ["Agency/即墨区住房和城乡建设局", "Agency/黄岛区住房和城乡建设局"]
    assert res.mention_entity[("a.txt#0", 1)] != res.mention_entity[("b.txt#0", 1)]


def test_resolve_abbreviated_and_full_forms_are_one_node():
    t1 = "2025年，即墨区住房和城乡建设局锚定目标。"
    t2 = "区住建局为重大项目注入活水。"
    a, b = article("p.txt", 0, t1), article("p.txt", 1, t2)
    res = resolve([
        x(a, [mention("即墨区住房和城乡建设局", t1, "Agency"), mention("即墨区", t1, "Place")]),
        x(b, [mention("区住建局", t2, "Agency", "区住房和城乡建设局")]),  # no place: the file's context
    ])
    ids = {res.mention_entity[("p.txt#0", 0)], res.mention_entity[("p.txt#1", 0)]}
    assert ids == {"Agency/即墨区住房和城乡建设局"}
    ent = next(e for e in res.entities if e.id == "Agency/即墨区住房和城乡建设局")
    assert {"区住建局", "即墨区住房和城乡建设局"} <= ent.aliases
    assert ent.articles == {"p.txt#0", "p.txt#1"}


def test_resolve_a_level_is_no_scope_word():
    t = "即墨区召开会议，区委宣传部获评省级优秀案例，市级文明单位同时揭晓。"
    a = article("l.txt", 0, t)
    res = resolve([x(a, [mention("即墨区", t, "Place"), mention("省级优秀案例", t, "Award"),
                         mention("市级文明单位", t, "Award")])])
    assert {e.id for e in res.entities if e.type == "Award"} == {"Award/省级优秀案例", "Award/市级文明单位"}


def test_resolve_a_body_named_by_its_zone_word_is_of_the_zone_the_file_names():
    t1 = "潍坊高新区重点项目集中开工。"
    t2 = "高新区党工委书记张三、高新区管委会副主任李四出席。"
    a, b = article("z.txt", 0, t1), article("z.txt", 1, t2)
    res = resolve([
        x(a, [mention("潍坊高新区", t1, "Place", "潍坊高新技术产业开发区")]),
        x(b, [mention("高新区党工委", t2, "Agency", "高新技术产业开发区党工委"),
              mention("高新区管委会", t2, "Agency", "高新技术产业开发区管委会")]),
    ])
    assert {e.id for e in res.entities if e.type == "Agency"} == {
        "Agency/中国共产党潍坊高新技术产业开发区工作委员会", "Agency/潍坊高新技术产业开发区管理委员会"}
    # a file naming no zone of that kind leaves the body as written
    t = "高新区管委会副主任李四出席。"
    res = resolve([x(article("n.txt", 0, t), [mention("高新区管委会", t, "Agency", "高新技术产业开发区管委会")])])
    assert {e.id for e in res.entities} == {"Agency/高新技术产业开发区管理委员会"}


def test_resolve_a_working_committee_written_short():
    t = "青岛西海岸新区工委书记周安出席。"
    res = resolve([x(article("w.txt", 0, t), [mention("青岛西海岸新区工委", t, "Agency")])])
    assert {e.id for e in res.entities} == {"Agency/中国共产党青岛西海岸新区工作委员会"}


def test_resolve_a_unit_of_a_party_committee_named_in_full():
    # 市委 | 农村工作领导小组: a unit with its own suffix after the committee's short name is the committee's
    t = "中共青岛市委农村工作领导小组印发通报。"
    res = resolve([x(article("u.txt", 0, t), [mention("青岛市委农村工作领导小组", t, "Agency")])])
    assert {e.id for e in res.entities} == {"Agency/中国共产党青岛市委员会农村工作领导小组"}


def test_resolve_city_scope_and_party_committee():
    t = "青岛市召开会议。市委副秘书长、市城市管理局局长出席。"
    a = article("c.txt", 0, t)
    res = resolve([x(a, [mention("青岛市", t, "Place"), mention("市委", t, "Agency"), mention("市城市管理局", t, "Agency")])])
    ids = {e.id for e in res.entities}
    assert {"Agency/中国共产党青岛市委员会", "Agency/青岛市城市管理局", "Place/青岛市"} <= ids


def test_resolve_a_banners_scope_word_and_party_committee():
    # 旗 is the unit of Inner Mongolia's banners, its counties: 旗委, 旗发改委 and 旗政府 are the page's banner's
    t = "达拉特旗召开会议。旗委书记、旗发改委主任和旗政府副旗长出席。"
    a = article("q.txt", 0, t)
    ms = [mention("达拉特旗", t, "Place"), mention("旗委", t, "Agency"), mention("旗发改委", t, "Agency", "旗发展和改革委员会"),
          mention("旗政府", t, "Agency")]
    res = resolve([x(a, ms)])
    assert {e.id for e in res.entities if e.type == "Agency"} == {
        "Agency/中国共产党达拉特旗委员会", "Agency/达拉特旗发展和改革委员会", "Agency/达拉特旗人民政府"}


def test_resolve_an_autonomous_prefecture_s_scope_word():
    # 州 is the unit of an autonomous prefecture: 州人民政府 and 州委 on its page are the prefecture's
    t = "湘西土家族苗族自治州召开会议。州委书记和州人民政府州长出席。"
    a = article("q.txt", 0, t)
    ms = [mention("湘西土家族苗族自治州", t, "Place"), mention("州委", t, "Agency"), mention("州人民政府", t, "Agency")]
    res = resolve([x(a, ms)])
    assert {e.id for e in res.entities if e.type == "Agency"} == {
        "Agency/中国共产党湘西土家族苗族自治州委员会", "Agency/湘西土家族苗族自治州人民政府"}


def test_resolve_masthead_gives_context():
    t = "区统计局召开工作会议。"
    a = article("m.txt", 0, t, masthead="今日即墨")
    res = resolve([x(a, [mention("区统计局", t, "Agency")])])
    assert [e.id for e in res.entities] == ["Agency/即墨区统计局"]


def test_resolve_place_short_and_full_names_one_node():
    t = "即墨区和青岛市。即墨发展，青岛首家。"
    a = article("s.txt", 0, t)
    res = resolve([x(a, [Mention(0, 3, "即墨区", "Place", "即墨区"), Mention(4, 7, "青岛市", "Place", "青岛市"),
                         Mention(8, 10, "即墨", "Place", "即墨"), Mention(13, 15, "青岛", "Place", "青岛")])])
    places = {e.id: e.aliases for e in res.entities}
    assert places == {"Place/即墨区": {"即墨区", "即墨"}, "Place/青岛市": {"青岛市", "青岛"}}


def test_resolve_coref_maps_to_antecedent_never_alias():
    t = "区住建局推动产业。该局创新机制。"
    a = article("k.txt", 0, t, masthead="今日即墨")
    ms = [mention("区住建局", t, "Agency", "区住房和城乡建设局"),
          Mention(9, 11, "该局", "Agency", "区住房和城乡建设局", kind="coref", antecedent=0)]
    res = resolve([x(a, ms)])
    assert res.mention_entity[("k.txt#0", 1)] == "Agency/即墨区住房和城乡建设局"
    assert all("该局" not in e.aliases for e in res.entities)


def test_resolve_reporter_on_two_pages_is_one_person_and_bylines_outside_text():
    t1, t2 = "正文一。", "正文二。"
    a = article("1.txt", 0, t1, bylines=(Byline("王涛", "记者", "青岛日报/观海新闻"),))
    b = article("2.txt", 0, t2, bylines=(Byline("王涛", "记者", "青岛日报"),))
    res = resolve([x(a, []), x(b, [])])
    people = [e for e in res.entities if e.type == "Person"]
    assert len(people) == 1 and people[0].id == "Person/王涛" and people[0].articles == {"1.txt#0", "2.txt#0"}
    assert "记者" in people[0].roles


def test_resolve_official_role_and_type():
    t = "区住房和城乡建设局党组书记、局长薛少华说。"
    a = article("o.txt", 0, t, masthead="今日即墨")
    res = resolve([x(a, [mention("区住房和城乡建设局", t, "Agency"),
                         mention("薛少华", t, "Official", role="区住房和城乡建设局党组书记、局长")])])
    off = next(e for e in res.entities if e.type == "Official")
    assert off.id == "Official/薛少华" and off.roles == {"区住房和城乡建设局党组书记、局长"}


def test_resolve_edges_map_relations_and_filter_types():
    t = "区住建局局长薛少华说。"
    a = article("e.txt", 0, t, masthead="今日即墨")
    ms = [mention("区住建局", t, "Agency", "区住房和城乡建设局"), mention("薛少华", t, "Official")]
    rels = [RelationMention(1, "leads", 0, 0, len(t), "title", (("role", "局长"),)),
            RelationMention(0, "leads", 1, 0, len(t), "bad")]  # Agency leads Official: not allowed
    res = resolve([x(a, ms, rels)])
    edges = list(res.edges())
    assert [(s, p, o) for s, p, o, _ in edges] == [("Official/薛少华", "leads", "Agency/即墨区住房和城乡建设局")]
    ev = edges[0][3]
    assert ev.sentence == t and (ev.source_start, ev.source_end) == (0, len(t)) and ev.qualifiers == (("role", "局长"),)


def test_resolve_place_nesting_from_divisions_and_sequence():
    t = "该项目位于即墨区通济新区前枣杭村。青岛市。"
    a = article("n.txt", 0, t)
    ms = [mention("即墨区", t, "Place"), mention("通济新区", t, "Place"), mention("前枣杭村", t, "Place"),
          mention("青岛市", t, "Place")]
    res = resolve([x(a, ms, sentences=[(0, 17), (17, 21)])])
    edges = {(s, o, ev.rule) for s, p, o, ev in res.edges() if p == "locatedIn"}
    assert edges == {
        ("Place/通济新区", "Place/即墨区", "divisions_data"),
        ("Place/即墨区", "Place/青岛市", "divisions_data"),
        ("Place/前枣杭村", "Place/通济新区", "place_sequence"),
    }
    # the divisions data is an inference: no sentence says it; two places written in a row are stated
    ev = next(ev for s, p, o, ev in res.edges() if s == "Place/即墨区")
    assert (ev.basis, ev.sentence, ev.source_start, ev.source_end) == ("inferred", "", 0, 0)
    ev = next(ev for s, p, o, ev in res.edges() if s == "Place/前枣杭村")
    assert (ev.basis, ev.sentence) == ("stated", t[:17])


def test_resolve_ids_are_deterministic():
    t = "区住建局、区统计局。"
    a = article("d.txt", 0, t, masthead="今日即墨")
    ms = [mention("区住建局", t, "Agency", "区住房和城乡建设局"), mention("区统计局", t, "Agency")]
    one = [e.id for e in resolve([x(a, ms)]).entities]
    two = [e.id for e in resolve([x(a, list(ms))]).entities]
    assert one == two == sorted(one)


def test_resolve_an_honours_scope_word_after_its_year_is_the_articles_place():
    # 2025年度全区…先进个人: the year, then the district's honour; the same honour without its year (the title
    # granted: 全区…先进个人) is one award with it
    t = "钢城区召开大会，授予王晓梅等10名同志“全区乡村振兴工作先进个人”称号。2025年度全区乡村振兴工作先进个人名单如下。"
    a = article("h.txt", 0, t)
    res = resolve([x(a, [mention("钢城区", t, "Place"), mention("全区乡村振兴工作先进个人", t, "Award"),
                         mention("2025年度全区乡村振兴工作先进个人", t, "Award")])])
    assert {(e.label, frozenset(e.aliases)) for e in res.entities if e.type == "Award"} == {
        ("2025年度钢城区乡村振兴工作先进个人", frozenset({"全区乡村振兴工作先进个人", "2025年度全区乡村振兴工作先进个人",
                                                  "钢城区乡村振兴工作先进个人", "2025年度钢城区乡村振兴工作先进个人"}))}


def test_resolve_an_honour_written_with_its_year_and_with_its_place_is_one_named_with_both():
    # a decision's headline writes the honour with its year, its body with its place (2025年度… / “钢城区…”称号):
    # one award, named with both
    t = "关于表彰2025年度乡村振兴工作先进集体的决定。授予艾山街道等5个单位“钢城区乡村振兴工作先进集体”称号。"
    found = [mention("2025年度乡村振兴工作先进集体", t, "Award"), mention("钢城区乡村振兴工作先进集体", t, "Award"),
             mention("钢城区", t, "Place")]
    res = resolve([x(article("d.txt", 0, t), found)])
    assert {(e.label, frozenset(e.aliases)) for e in res.entities if e.type == "Award"} == {
        ("2025年度钢城区乡村振兴工作先进集体", frozenset({"2025年度乡村振兴工作先进集体", "钢城区乡村振兴工作先进集体"}))}
    # a page naming another year's round of it too tells no reader which round the placed name is: three awards
    t2 = t + "2024年度乡村振兴工作先进集体名单同时公布。"
    found2 = [mention(m.text, t2, m.type) for m in found] + [mention("2024年度乡村振兴工作先进集体", t2, "Award")]
    res = resolve([x(article("d.txt", 0, t2), found2)])
    assert {e.label for e in res.entities if e.type == "Award"} == {
        "2025年度乡村振兴工作先进集体", "钢城区乡村振兴工作先进集体", "2024年度乡村振兴工作先进集体"}


def test_resolve_a_work_named_in_quotes_is_also_known_by_its_quoted_name():
    # 甲公司“乙研发及产业化”项目: a reader (and another list) names the work by the words in quotes; a quoted word
    # inside a longer name (“四好农村路”示范路建设工程) is no name of the work
    t = "宏耀科技有限公司“深海机器人研发及产业化”项目获支持。上岚村“四好农村路”示范路建设工程开工。"
    res = resolve([x(article("q.txt", 0, t), [mention("宏耀科技有限公司“深海机器人研发及产业化”项目", t, "Project"),
                                              mention("上岚村“四好农村路”示范路建设工程", t, "Project")])])
    assert {(e.label, frozenset(e.aliases)) for e in res.entities if e.type == "Project"} == {
        ("宏耀科技有限公司“深海机器人研发及产业化”项目",
         frozenset({"宏耀科技有限公司“深海机器人研发及产业化”项目", "“深海机器人研发及产业化”项目", "深海机器人研发及产业化"})),
        ("上岚村“四好农村路”示范路建设工程", frozenset({"上岚村“四好农村路”示范路建设工程"}))}


def test_resolve_a_body_named_with_and_without_its_city_is_one():
    # 中共济南市历城区委员会 … 区委 (resolved 中国共产党历城区委员会): the page's one committee, named in full
    t = "中共济南市历城区委员会召开会议。区委书记王晓梅主持。"
    a = article("c.txt", 0, t)
    res = resolve([x(a, [mention("中共济南市历城区委员会", t, "Agency"), mention("区委", t, "Agency"),
                         mention("历城区", t, "Place")])])
    assert {e.label for e in res.entities if e.type == "Agency"} == {"中国共产党济南市历城区委员会"}


def test_resolve_headline_award_joins_body_award_on_same_page():
    body = "斩获2025年青岛市智慧化城市管理创新应用场景大赛一等奖。"
    head = "区综合行政执法局获青岛市智慧化城管应用场景创新大赛一等奖"
    a, b = article("w.txt", 0, body), article("w.txt", 1, head)
    full, short = "2025年青岛市智慧化城市管理创新应用场景大赛一等奖", "青岛市智慧化城管应用场景创新大赛一等奖"
    res = resolve([x(a, [Mention(2, 2 + len(full), full, "Award", full)]),
                   x(b, [Mention(9, 9 + len(short), short, "Award", short)])])
    awards = [e for e in res.entities if e.type == "Award"]
    assert len(awards) == 1 and awards[0].label == full and short in awards[0].aliases
    # another page's prize of another contest stays apart
    other = "数字化城市管理协会行业场景竞赛一等奖"
    c = article("v.txt", 0, other)
    res = resolve([x(a, [Mention(2, 2 + len(full), full, "Award", full)]), x(c, [Mention(0, len(other), other, "Award", other)])])
    assert len([e for e in res.entities if e.type == "Award"]) == 2


def test_resolve_a_reporter_credited_under_an_outlets_page_is_its_staff():
    # 来源：钢城区融媒体中心 / 记者 王晓梅　通讯员 李建华: the reporter of a credit line naming no paper is the outlet's
    # (memberOf, the credit as evidence); the correspondent is not, nor a reporter under a government's page
    t = "钢城区召开大会。"
    line = "记者 王晓梅　通讯员 李建华"
    credits = (Byline("王晓梅", "记者", None, 20, 34, line), Byline("李建华", "通讯员", None, 20, 34, line))
    outlet = Article("m.txt", 0, t, tuple(range(len(t) + 1)), 0, len(t), bylines=credits, publisher="钢城区融媒体中心")
    government = Article("g.txt", 0, t, tuple(range(len(t) + 1)), 0, len(t), bylines=credits, publisher="钢城区人民政府")
    res = resolve([x(outlet, [mention("钢城区", t, "Place")]), x(government, [mention("钢城区", t, "Place")])])
    assert sorted((s, p, o) for s, p, o, _ in res.edges() if p == "memberOf") == [
        ("Person/王晓梅", "memberOf", "Organization/钢城区融媒体中心")]


def test_resolve_media_names_keep_their_place_word():
    t = "青岛日报报道。"
    a = article("r.txt", 0, t, bylines=(Byline("王涛", "记者", "青岛日报/观海新闻"),))
    res = resolve([x(a, [Mention(0, 4, "青岛日报", "Organization", "青岛日报")])])
    orgs = sorted(e.id for e in res.entities if e.type == "Organization")
    assert orgs == ["Organization/观海新闻", "Organization/青岛日报"]


def test_resolve_scope_falls_back_to_the_page_district():
    t1 = "区住建局坚决贯彻落实部署，办好家在青岛房交会。"  # names only the city
    t2 = "黄岛街道深入贯彻西海岸新区动员大会精神。"
    a, b = article("h.txt", 0, t1), article("h.txt", 1, t2)
    res = resolve([
        x(a, [mention("区住建局", t1, "Agency", "区住房和城乡建设局"), mention("青岛", t1, "Place")]),
        x(b, [mention("黄岛街道", t2, "Place"), mention("西海岸新区", t2, "Place")]),
    ])
    assert res.mention_entity[("h.txt#0", 0)] == "Agency/黄岛区住房和城乡建设局"


def test_resolve_project_word_after_a_park_adds_nothing():
    t = "青岛光电显示新材料产业园项目签约，青岛光电显示新材料产业园开工。"
    a = article("q.txt", 0, t)
    n1, n2 = "青岛光电显示新材料产业园项目", "青岛光电显示新材料产业园"
    res = resolve([x(a, [Mention(0, len(n1), n1, "Project", n1), Mention(17, 17 + len(n2), n2, "Project", n2)])])
    assert [e.id for e in res.entities if e.type == "Project"] == ["Project/青岛光电显示新材料产业园"]


def test_resolve_generic_programme_is_the_article_districts_own():
    # GUIDE §2/§3: a programme named only by what it does belongs to the article's place
    t1 = "即墨区推进城市更新。城中村改造加快推进，淮涉河二路大修工程竣工。"
    t2 = "西海岸新区召开会议。城中村改造全面启动。"
    a, b = article("j.txt", 0, t1), article("w.txt", 0, t2)
    res = resolve([
        x(a, [mention("即墨区", t1, "Place"), mention("城中村改造", t1, "Project"), mention("淮涉河二路大修工程", t1, "Project")]),
        x(b, [mention("西海岸新区", t2, "Place"), mention("城中村改造", t2, "Project")]),
    ])
    projects = {e.label: e.aliases for e in res.entities if e.type == "Project"}
    assert set(projects) == {"即墨区城中村改造", "黄岛区城中村改造", "淮涉河二路大修工程"}
    assert "城中村改造" in projects["即墨区城中村改造"]


def test_resolve_a_work_with_a_brand_jieba_splits_into_characters_is_no_programme():
    # 中 | 车 (中车四方…): characters jieba leaves single, together no word it knows, name the work;
    # everyday words jieba lacks (老旧) do not
    t = "城阳区召开会议。中车四方智能装备产业园二期开工，老旧管网改造启动。"
    a = article("c.txt", 0, t)
    res = resolve([x(a, [mention("城阳区", t, "Place"), mention("中车四方智能装备产业园二期", t, "Project"),
                         mention("老旧管网改造", t, "Project")])])
    assert {e.label for e in res.entities if e.type == "Project"} == {"中车四方智能装备产业园二期", "城阳区老旧管网改造"}


def test_resolve_a_work_named_by_its_money_or_agreement_keeps_its_written_name():
    # a work of common words that a money or signing frame named is its investor's or signer's, no programme
    # of the article's district (城中村改造 written alone is the district's)
    t = "城阳区召开会议。甲公司签约建设装备制造基地，乙公司投资5亿元建设智能工厂，城中村改造启动。"
    a = article("s.txt", 0, t)
    signed = mention("装备制造基地", t, "Project")
    invested = mention("智能工厂", t, "Project")
    res = resolve([x(a, [mention("城阳区", t, "Place"), Mention(signed.start, signed.end, signed.text, "Project",
                                                              signed.name, rule="develops_signing"),
                         Mention(invested.start, invested.end, invested.text, "Project", invested.name,
                                 rule="invested_project"), mention("城中村改造", t, "Project")])])
    assert {e.label for e in res.entities if e.type == "Project"} == {"装备制造基地", "智能工厂", "城阳区城中村改造"}


def test_resolve_generic_programme_written_out_in_full_is_one_node():
    t1 = "即墨区城中村改造加快推进。"
    t2 = "区住建局表示，城中村改造资金到位。"
    a, b = article("p.txt", 0, t1), article("p.txt", 1, t2)
    res = resolve([
        x(a, [mention("即墨区城中村改造", t1, "Project"), mention("即墨区", t1, "Place")]),
        x(b, [mention("城中村改造", t2, "Project")]),  # no place: the page's district
    ])
    assert {e.id for e in res.entities if e.type == "Project"} == {"Project/即墨区城中村改造"}


def test_resolve_named_projects_and_articles_without_a_place_keep_their_names():
    t1 = "胶州湾底绿道、京能渔光互补基地、地铁7号线二期开工。"
    t2 = "城中村改造加快推进。"
    a, b = article("q.txt", 0, "即墨区：" + t1), article("r.txt", 0, t2)
    full = "即墨区：" + t1
    res = resolve([
        x(a, [mention("即墨区", full, "Place")] + [mention(n, full, "Project") for n in ("胶州湾底绿道", "京能渔光互补基地", "地铁7号线二期")]),
        x(b, [mention("城中村改造", t2, "Project")]),
    ])
    assert {e.label for e in res.entities if e.type == "Project"} == {"胶州湾底绿道", "京能渔光互补基地", "地铁7号线二期", "城中村改造"}


def test_resolve_an_implied_body_takes_the_articles_place_and_the_title_is_no_alias():
    t = "即墨区召开会议。副区长王大明出席。"
    a = article("i.txt", 0, t)
    res = resolve([x(a, [mention("即墨区", t, "Place"), mention("副区长", t, "Agency", "区人民政府", kind="implied"),
                         mention("王大明", t, "Official")])])
    gov = next(e for e in res.entities if e.type == "Agency")
    assert (gov.id, gov.aliases) == ("Agency/即墨区人民政府", {"即墨区人民政府"})
    assert gov.articles == {"i.txt#0"}


def test_resolve_places_named_once_each_in_a_list_are_not_the_articles_place():
    t = "潍坊召开推进会，潍坊市市委书记讲话。会上，奎文区、寿光市、昌邑市负责同志发言，市委作出部署。"
    a = article("w.txt", 0, t)
    ms = [mention("潍坊", t, "Place"), mention("潍坊市", t, "Place"), mention("奎文区", t, "Place"),
          mention("寿光市", t, "Place"), mention("昌邑市", t, "Place"),
          Mention(t.rindex("市委"), t.rindex("市委") + 2, "市委", "Agency", "市委")]
    res = resolve([x(a, ms)])
    assert res.mention_entity[("w.txt#0", 5)] == "Agency/中国共产党潍坊市委员会"


def test_resolve_same_name_two_people_unless_posts_or_places_agree():
    jimo = "即墨区召开会议。区住建局局长张伟出席。"
    echeng = "鄂城区召开会议。区委书记张伟讲话。"
    jimo2 = "即墨区举行活动。张伟表示。"
    press1, press2 = "记者王涛报道。", "记者王涛报道。"
    exs = []
    for src, t, ms, rels in (
        ("a.txt", jimo, [mention("即墨区", jimo, "Place"), mention("区住建局", jimo, "Agency", "区住房和城乡建设局"),
                         mention("张伟", jimo, "Official", role="区住建局局长")], [RelationMention(2, "leads", 1, 8, 20, "post_title")]),
        ("b.txt", echeng, [mention("鄂城区", echeng, "Place"), mention("区委", echeng, "Agency"),
                           mention("张伟", echeng, "Official", role="区委书记")], [RelationMention(2, "leads", 1, 8, 17, "post_title")]),
        ("c.txt", jimo2, [mention("即墨区", jimo2, "Place"), mention("张伟", jimo2, "Official")], []),
        ("d.txt", press1, [mention("王涛", press1, "Person", role="记者")], []),
        ("e.txt", press2, [mention("王涛", press2, "Person", role="记者")], []),
    ):
        exs.append(x(article(src, 0, t), ms, rels))
    res = resolve(exs)
    who = {a: res.mention_entity[(f"{a}#0", i)] for a, i in (("a.txt", 2), ("b.txt", 2), ("c.txt", 1), ("d.txt", 0), ("e.txt", 0))}
    # the 即墨 局长 and the 鄂城 书记 are two; the 即墨 article's 张伟 is the 局长 (places agree); one reporter
    assert who["a.txt"] == who["c.txt"] != who["b.txt"]
    assert who["d.txt"] == who["e.txt"]
    assert sorted(e.id for e in res.entities if e.label == "张伟") == ["Official/张伟", "Official/张伟/2"]
    edges = {(s, o) for s, p, o, ev in res.edges() if p == "leads"}
    assert edges == {(who["a.txt"], "Agency/即墨区住房和城乡建设局"), (who["b.txt"], "Agency/中国共产党鄂州市鄂城区委员会")}


def test_resolve_each_item_of_a_list_of_places_is_in_the_place_written_before_the_list():
    t = "即墨区通济新区前枣杭村、后枣杭村和城马路开展整治。"
    a = article("l.txt", 0, t)
    ms = [mention("即墨区", t, "Place"), mention("通济新区", t, "Place"), mention("前枣杭村", t, "Place"),
          mention("后枣杭村", t, "Place"), mention("城马路", t, "Place")]
    res = resolve([x(a, ms)])
    seq = {(s, o) for s, p, o, ev in res.edges() if ev.rule == "place_sequence"}
    assert seq == {("Place/前枣杭村", "Place/通济新区"), ("Place/后枣杭村", "Place/通济新区"), ("Place/城马路", "Place/通济新区")}


def test_resolve_a_compound_written_after_its_community_is_in_it():
    """锦绣里小区 ends in 区 as a district does, but its kind word is 小区: a compound, which the community
    written before it holds (as the community is in the street before it); 甲新区 after a community is no
    compound and not in it."""
    from dataclasses import replace

    t = "走进钢城区艾山街道澄波社区锦绣里小区，再到澄波社区甲新区。"
    at = t.index("澄波社区", 15)
    again = mention("澄波社区", t[at:], "Place")
    ms = [mention(name, t, "Place") for name in ("钢城区", "艾山街道", "澄波社区", "锦绣里小区")] + [
        replace(again, start=again.start + at, end=again.end + at), mention("甲新区", t, "Place")]
    res = resolve([x(article("c.txt", 0, t), ms)])
    seq = {(s, o) for s, p, o, ev in res.edges() if ev.rule == "place_sequence"}
    assert seq == {("Place/澄波社区", "Place/艾山街道"), ("Place/锦绣里小区", "Place/澄波社区")}


def test_resolve_a_settlements_body_read_after_its_settlement_is_no_shortening_of_anothers():
    """东石门村党支部 … 在相邻的西石门村，村党支部书记…: the bare 村党支部, read as 西石门村党支部 (the settlement written
    before it), is a body of its own, not the end of the one longer name on the page."""
    from dataclasses import replace

    t = "东石门村党支部书记刘玉山说。在相邻的西石门村，村党支部书记赵春霞说。"
    bare = replace(mention("村党支部", t[10:], "Agency", "西石门村党支部"), rule="settlement_body")
    bare = replace(bare, start=bare.start + 10, end=bare.end + 10)
    res = resolve([x(article("v.txt", 0, t), [mention("东石门村党支部", t, "Agency"), mention("西石门村", t, "Place"), bare])])
    assert sorted((e.label, tuple(sorted(e.aliases))) for e in res.entities if e.type == "Agency") == [
        ("东石门村党支部", ("东石门村党支部",)), ("西石门村党支部", ("村党支部", "西石门村党支部"))]


def test_resolve_a_place_is_in_the_divisions_its_own_article_names():
    """济南市 is in 山东省, both named in a.txt; b.txt names 青岛市 and 即墨区 but not the province: 即墨区 is in 青岛市,
    and 青岛市 in nothing (the province another article names is no evidence of b.txt's)."""
    ta, tb = "山东省济南市召开会议。", "青岛市即墨区召开会议。"
    res = resolve([x(article("a.txt", 0, ta), [mention("山东省", ta, "Place"), mention("济南市", ta, "Place")]),
                   x(article("b.txt", 0, tb), [mention("青岛市", tb, "Place"), mention("即墨区", tb, "Place")])])
    assert {(s, o, ev.rule) for s, p, o, ev in res.edges() if p == "locatedIn"} == {
        ("Place/济南市", "Place/山东省", "divisions_data"), ("Place/即墨区", "Place/青岛市", "divisions_data")}


def test_resolve_a_place_the_divisions_data_gives_elsewhere_is_in_the_larger_place_written_before_it():
    """空港社区 is a village of 胶州市 in the divisions data; written right after 双凤桥街道 (a town elsewhere, no
    division of which the corpus names) it is in that town; a town written after a town (刘家沟镇大辛店镇: both in
    the data, neither in the other) is in neither; a village after a town the data lacks (叶坪乡华屋村) is in it."""
    t = "在双凤桥街道空港社区、刘家沟镇大辛店镇和叶坪乡华屋村开展整治。"
    a = article("n.txt", 0, t)
    ms = [mention(name, t, "Place") for name in ("双凤桥街道", "空港社区", "刘家沟镇", "大辛店镇", "叶坪乡", "华屋村")]
    res = resolve([x(a, ms)])
    seq = {(s, o) for s, p, o, ev in res.edges() if ev.rule == "place_sequence"}
    assert seq == {("Place/空港社区", "Place/双凤桥街道"), ("Place/华屋村", "Place/叶坪乡")}


def test_resolve_person_groups_without_comparing_every_pair_are_the_pairwise_ones():
    import random

    from kg.resolve.persons import Unit, person_groups

    tree = {"C1": None, "C2": None, "D1": "C1", "D2": "C1", "D3": "C2", "T1": "D1"}

    def ancestors(code):
        out = []
        while tree.get(code):
            code = tree[code]
            out.append(code)
        return out

    def contains(outer, inner):
        return outer == inner or outer in ancestors(inner)

    rng = random.Random(7)
    units = [Unit("张伟", f"a{i:03}.txt#0", f"a{i % 9:03}.txt", rng.choice([None, *tree]),
                  frozenset(rng.sample(["局", "委", "公司"], rng.randint(0, 1))), rng.random() < 0.3,
                  frozenset(rng.sample(["日报", "晚报"], rng.randint(0, 1)))) for i in range(60)]
    assert person_groups(units, contains, ancestors) == person_groups(units, contains)


def _canonical(text, name, type_="Agency", context_text="莱阳市召开会议。"):
    from kg.lang.gazetteer import Gazetteer
    from kg.resolve.resolution import canonical

    gaz = Gazetteer.load()
    context = [gaz.lookup(p)[0] for p in ("莱阳市",) if p in context_text]
    return canonical(Mention(0, len(text), text, type_, name), context, gaz)[0]


def test_resolve_full_names_of_party_and_government_bodies():
    """kg/data/body_names.tsv and parties.tsv: the statutory names, scope words resolved first."""
    assert [_canonical(t, n) for t, n in [
        ("市委", "市委"),
        ("市政府", "市人民政府"),
        ("市政协", "市政治协商会议"),
        ("市委组织部", "市委组织部"),
        ("市国资委", "市国有资产监督管理委员会"),
        ("龙山街道党工委", "龙山街道党工委"),
        ("东城高新区管委会", "东城高新区管委会"),
        ("国务院国资委", "国务院国有资产监督管理委员会"),
    ]] == [
        "中国共产党莱阳市委员会", "莱阳市人民政府", "中国人民政治协商会议莱阳市委员会", "中国共产党莱阳市委员会组织部",
        "莱阳市人民政府国有资产监督管理委员会", "中国共产党龙山街道工作委员会", "东城高新技术产业开发区管理委员会",
        "国务院国有资产监督管理委员会",
    ]
    assert _canonical("民盟市委会", "中国民主同盟市委员会", "Organization") == "中国民主同盟莱阳市委员会"
    assert _canonical("公司党委", "公司党委") == "公司党委"  # a firm's committee: 党委 expands after a division only
    assert _canonical("镇人民政府", "镇人民政府", context_text="") is None  # no town to resolve it: no one body


def test_resolve_a_firm_with_and_without_its_legal_form_is_one_node():
    t1, t2 = "中国华能集团有限公司签约。", "中国华能集团、中国华能出席。"
    a, b = article("a.txt", 0, t1), article("b.txt", 0, t2)
    res = resolve([
        x(a, [mention("中国华能集团有限公司", t1, "Company")]),
        x(b, [mention("中国华能集团", t2, "Company"), mention("中国华能", t2, "Company")]),
    ])
    assert [(e.id, sorted(e.aliases)) for e in res.entities] == [
        ("Company/中国华能集团有限公司", ["中国华能", "中国华能集团", "中国华能集团有限公司"])]


def test_resolve_a_body_named_in_full_then_short_in_one_article_is_one_body():
    t = "国务院国资委召开会议。会上，国资委负责人介绍情况。"
    u = "东山新区党工委、西山新区管委会召开会议。新区管委会负责人讲话。"  # two full names would fit 新区… : no
    ms_t = [mention("国务院国资委", t, "Agency", "国务院国有资产监督管理委员会"),
            Mention(t.rindex("国资委"), t.rindex("国资委") + 3, "国资委", "Agency", "国资委")]
    ms_u = [mention("东山新区党工委", u, "Agency"), mention("西山新区管委会", u, "Agency"),
            Mention(u.rindex("新区管委会"), u.rindex("新区管委会") + 5, "新区管委会", "Agency", "新区管委会")]
    res = resolve([x(article("t.txt", 0, t), ms_t), x(article("u.txt", 0, u), ms_u)])
    assert res.mention_entity[("t.txt#0", 0)] == res.mention_entity[("t.txt#0", 1)] == "Agency/国务院国有资产监督管理委员会"
    # 新区管委会 ends only 西山新区管委会 (东山新区党工委 does not end with it): the same body
    assert res.mention_entity[("u.txt#0", 2)] == res.mention_entity[("u.txt#0", 1)]
    w = "东山新区办公室、西山新区办公室发文。新区办公室负责人讲话。"
    ms_w = [mention("东山新区办公室", w, "Agency"), mention("西山新区办公室", w, "Agency"),
            Mention(w.rindex("新区办公室"), w.rindex("新区办公室") + 5, "新区办公室", "Agency", "新区办公室")]
    res = resolve([x(article("w.txt", 0, w), ms_w)])
    assert len({res.mention_entity[("w.txt#0", i)] for i in range(3)}) == 3  # two full names fit: none chosen


def test_resolve_a_project_written_shorter_on_its_page_is_one_project():
    t = "青石塘柳村改项目启动。会上，青石村改项目负责人介绍进度；村改项目和东山大道工程同步推进。"
    ms = [mention("青石塘柳村改项目", t, "Project"), mention("青石村改项目", t, "Project"),
          Mention(t.rindex("村改项目"), t.rindex("村改项目") + 4, "村改项目", "Project", "村改项目"),
          mention("东山大道工程", t, "Project")]
    res = resolve([x(article("t.txt", 0, t), ms)])
    page = [res.mention_entity[("t.txt#0", i)] for i in range(4)]
    # 青石村改 is 青石塘柳村改 written shorter; 村改 (two characters) and 东山大道工程 are not
    assert page[0] == page[1] and len(set(page)) == 3


def test_resolve_the_pages_source_is_an_organization_named_on_it():
    t = "甲区召开会议。"
    a = Article("p.txt", 0, t, tuple(range(len(t) + 1)), 0, len(t), publisher="齐州报业·东山网")
    b = Article("q.txt", 0, t, tuple(range(len(t) + 1)), 0, len(t), publisher="本报")
    res = resolve([x(a, []), x(b, [])])
    assert [(e.id, e.articles) for e in res.entities] == [
        ("Organization/东山网", {"p.txt#0"}), ("Organization/齐州报业", {"p.txt#0"})]


def test_resolve_a_body_publishing_its_own_page_is_the_body_not_an_outlet():
    # 来源：甲市财政局: the body the text names, one node, typed by its suffix (no Organization beside it)
    t = "近日，齐州市财政局下达资金。"
    a = Article("p.txt", 0, t, tuple(range(len(t) + 1)), 0, len(t), publisher="齐州市财政局")
    b = Article("q.txt", 0, t, tuple(range(len(t) + 1)), 0, len(t), publisher="东山区新闻中心")
    res = resolve([x(a, [mention("齐州市财政局", t, "Agency")]), x(b, [])])
    assert sorted((e.id, e.type) for e in res.entities) == [
        ("Agency/齐州市财政局", "Agency"), ("Organization/东山区新闻中心", "Organization")]
    # (so is a body publishing on its own website: 来源：甲市财政局网站)
    c = Article("r.txt", 0, t, tuple(range(len(t) + 1)), 0, len(t), publisher="齐州市财政局网站")
    res = resolve([x(c, [mention("齐州市财政局", t, "Agency")])])
    assert sorted((e.id, e.type) for e in res.entities) == [("Agency/齐州市财政局", "Agency")]


def test_resolve_a_bodys_office_elsewhere_writes_out_the_body():
    t = "临沂市召开会议。省政府驻上海办事处负责人出席。"
    res = resolve([x(article("r.txt", 0, t), [mention("临沂市", t, "Place"), mention("省政府驻上海办事处", t, "Agency")])])
    assert res.mention_entity[("r.txt#0", 1)] == "Agency/山东省人民政府驻上海办事处"


def test_resolve_a_body_named_after_a_chain_of_places_is_the_innermost_places():
    t = "山东省济南市委召开会议。青岛市即墨区住建局、即墨区住建局相关负责人出席。"
    ms = [mention("山东省济南市委", t, "Agency"), mention("青岛市即墨区住建局", t, "Agency", "青岛市即墨区住房和城乡建设局"),
          Mention(t.rindex("即墨区住建局"), t.rindex("即墨区住建局") + 6, "即墨区住建局", "Agency", "即墨区住房和城乡建设局")]
    res = resolve([x(article("c.txt", 0, t), ms)])
    assert [res.mention_entity[("c.txt#0", i)] for i in range(3)] == [
        "Agency/中国共产党济南市委员会", "Agency/即墨区住房和城乡建设局", "Agency/即墨区住房和城乡建设局"]


def test_resolve_a_national_zone_named_with_its_citys_short_name_keeps_it():
    # 青岛国家高新技术产业开发区 is the zone's own name: no 市 goes in after 青岛 (the zone word is 11 characters)
    t = "青岛国家高新技术产业开发区管理委员会与大学签约。"
    a = article("z.txt", 0, t)
    res = resolve([x(a, [mention("青岛国家高新技术产业开发区管理委员会", t, "Agency"), mention("青岛", t, "Place")])])
    assert {e.id for e in res.entities if e.type == "Agency"} == {"Agency/青岛国家高新技术产业开发区管理委员会"}


def test_resolve_an_autonomous_prefecture_named_short_with_its_last_character():
    # 延边州 is 延边 and 州 of 延边朝鲜族自治州: the 州 is written once in the full name
    t = "延边州政府出资4亿元，延边州委主持。"
    res = resolve([x(article("y.txt", 0, t), [mention("延边州政府", t, "Agency"), mention("延边州委", t, "Agency")])])
    assert {e.id for e in res.entities if e.type == "Agency"} == {
        "Agency/延边朝鲜族自治州人民政府", "Agency/中国共产党延边朝鲜族自治州委员会"}


def test_resolve_a_towns_bodies_named_by_its_word_are_the_one_town_the_article_names():
    # an article about 平和县 names one town, 坂仔镇: 镇党委 and the 镇人民政府 of 镇长 are its; a word no
    # town of the article ends with (街道) stays unnamed
    t = "坂仔镇召开会议。镇党委书记黄志斌、镇长卢美玲出席，街道党工委派员参加。"
    ctx = article("t.txt", 0, t, masthead="平和县人民政府")
    ms = [mention("坂仔镇", t, "Place"), mention("镇党委", t, "Agency"),
          Mention(t.index("镇长"), t.index("镇长") + 2, "镇长", "Agency", "镇人民政府", kind="implied"),
          mention("街道党工委", t, "Agency")]
    res = resolve([x(ctx, ms)])
    assert {e.id for e in res.entities if e.type == "Agency"} == {
        "Agency/中国共产党平和县坂仔镇委员会", "Agency/坂仔镇人民政府"}  # (the committee's statutory name holds its county)


def test_resolve_a_towns_body_named_by_its_word_is_the_one_town_its_paragraph_names_before_it():
    # the page names two towns; 镇党委 is the one its own paragraph names before it, and no town where the
    # paragraph names none or both
    t = ("县长来到坂仔镇。\n他来到小溪镇甲村，与镇党委书记黄志斌交流。\n镇党委委员参加。\n"
         "在坂仔镇和小溪镇，镇党委部署工作。")
    ctx = article("t.txt", 0, t, masthead="平和县人民政府")
    at = [i for i in range(len(t)) if t.startswith("镇党委", i)]
    ms = [mention("坂仔镇", t, "Place"), Mention(t.index("小溪镇"), t.index("小溪镇") + 3, "小溪镇", "Place", "小溪镇"),
          Mention(t.rindex("坂仔镇"), t.rindex("坂仔镇") + 3, "坂仔镇", "Place", "坂仔镇"),
          Mention(t.rindex("小溪镇"), t.rindex("小溪镇") + 3, "小溪镇", "Place", "小溪镇"),
          *(Mention(i, i + 3, "镇党委", "Agency", "镇党委") for i in at)]
    res = resolve([x(ctx, ms)])
    assert [res.mention_entity.get(("t.txt#0", i)) for i in range(4, 7)] == [
        "Agency/中国共产党平和县小溪镇委员会", None, None]


def test_resolve_a_national_firm_named_short_without_china_on_its_page_is_one_node():
    t = "中国华能集团有限公司与省政府签约。华能集团将投资300亿元。"
    u = "大唐集团、中国大唐集团有限公司、中国华电集团有限公司出席。"  # 大唐集团 is 中国大唐's, not 华电's
    a, b = article("a.txt", 0, t), article("b.txt", 0, u)
    res = resolve([
        x(a, [mention("中国华能集团有限公司", t, "Company"),
              Mention(t.rindex("华能集团"), t.rindex("华能集团") + 4, "华能集团", "Company", "华能集团")]),
        x(b, [mention("大唐集团", u, "Company"), mention("中国大唐集团有限公司", u, "Company"),
              mention("中国华电集团有限公司", u, "Company")]),
    ])
    assert sorted((e.id, sorted(e.aliases)) for e in res.entities) == [
        ("Company/中国华电集团有限公司", ["中国华电集团有限公司"]),
        ("Company/中国华能集团有限公司", ["中国华能集团有限公司", "华能集团"]),
        ("Company/中国大唐集团有限公司", ["中国大唐集团有限公司", "大唐集团"])]


def test_resolve_a_work_named_with_its_places_and_without_on_one_page_is_one_node():
    t = "总投资10亿元的智能装备产业园开工。德州市陵城区智能装备产业园项目开工仪式举行。"
    a = article("a.txt", 0, t)
    res = resolve([x(a, [mention("智能装备产业园", t, "Project"), mention("德州市", t, "Place"),
                         mention("德州市陵城区智能装备产业园项目", t, "Project")])])
    assert [(e.id, sorted(e.aliases)) for e in res.entities if e.type == "Project"] == [
        ("Project/德州市陵城区智能装备产业园", ["德州市智能装备产业园", "德州市陵城区智能装备产业园",
                                           "德州市陵城区智能装备产业园项目", "智能装备产业园"])]


def test_resolve_a_town_short_name_far_from_the_page_is_no_town():
    # 大沙河 is the short name of 大沙河镇 (丰县, Jiangsu); on a page of 峄城区 (Shandong) it is no town there
    # (the river suffix names it); a short name ending as places do (河) is the river on any page, the town
    # being written with 镇 (大沙河镇)
    text = "峄城区大沙河治理，峄城区召开会议。"
    res = resolve([x(article("a.txt", 0, text), [mention("峄城区", text, "Place"), mention("大沙河", text, "Place"),
                                                 Mention(10, 13, "峄城区", "Place", "峄城区")])])
    assert sorted(e.id for e in res.entities) == ["Place/大沙河", "Place/峄城区"]
    text = "丰县大沙河镇召开会议，大沙河两岸绿意盎然。"
    res = resolve([x(article("b.txt", 0, text), [mention("丰县", text, "Place"), mention("大沙河镇", text, "Place"),
                                                 Mention(11, 14, "大沙河", "Place", "大沙河")])])
    assert sorted(e.label for e in res.entities) == ["丰县", "大沙河", "大沙河镇"]


def test_resolve_a_scope_word_body_is_not_the_one_other_body_it_ends():
    # 市水利局 on a page of 枣庄 is 枣庄市水利局, which the page also writes out; 滕州市水利局 is another body
    text = "枣庄市水利局召开会议。市水利局局长王立新讲话。滕州市水利局局长陈国栋参加。"
    res = resolve([x(article("a.txt", 0, text), [
        mention("枣庄市", text, "Place"), mention("枣庄市水利局", text, "Agency"),
        Mention(text.index("市水利局局长王"), text.index("市水利局局长王") + 4, "市水利局", "Agency", "市水利局"),
        mention("滕州市水利局", text, "Agency")])])
    assert sorted(e.label for e in res.entities if e.type == "Agency") == ["枣庄市水利局", "滕州市水利局"]


def test_resolve_a_department_read_as_a_committee_s_is_not_the_page_s_other_one():
    # 组织部 after 肥城市委常委 is 肥城市委组织部; the page's 泰安市委组织部 is another body
    text = "泰安市委组织部公示。王振宇现任肥城市委常委、组织部部长。"
    at = text.index("组织部部长")
    res = resolve([x(article("a.txt", 0, text), [
        mention("泰安市委组织部", text, "Agency"), mention("肥城市委", text, "Agency"),
        Mention(at, at + 3, "组织部", "Agency", "肥城市委组织部")])])
    assert sorted(e.label for e in res.entities if e.type == "Agency") == [
        "中国共产党泰安市委员会组织部", "中国共产党肥城市委员会", "中国共产党肥城市委员会组织部"]


def test_resolve_a_river_named_as_a_town_is_short_is_the_river():
    # 雅砻江 is the short name of 雅砻江镇 (Sichuan); ending as places do (江), it names the river
    text = "四川省雅砻江水电站开工，四川省召开会议。"
    res = resolve([x(article("a.txt", 0, text), [mention("四川省", text, "Place"), mention("雅砻江", text, "Place"),
                                                 Mention(12, 15, "四川省", "Place", "四川省")])])
    assert sorted(e.label for e in res.entities) == ["四川省", "雅砻江"]


def test_resolve_a_firm_named_by_its_brand_and_trade_is_the_firm_named_in_full_on_its_page():
    t = "甲区与杭州晟岳新材料科技股份有限公司签约，晟岳科技将投资。浙江澜拓智能装备集团有限公司落户，澜拓集团董事长出席。" \
        "海尔智家股份有限公司参加，海尔集团代表发言。"
    names = ["杭州晟岳新材料科技股份有限公司", "晟岳科技", "浙江澜拓智能装备集团有限公司", "澜拓集团", "海尔智家股份有限公司", "海尔集团"]
    res = resolve([x(article("f.txt", 0, t), [mention(n, t, "Company") for n in names])])
    assert [res.mention_entity[("f.txt#0", i)] for i in range(6)] == [
        "Company/杭州晟岳新材料科技股份有限公司", "Company/杭州晟岳新材料科技股份有限公司",
        "Company/浙江澜拓智能装备集团有限公司", "Company/浙江澜拓智能装备集团有限公司",
        # a group is no company of its brand that is not a group
        "Company/海尔智家股份有限公司", "Company/海尔集团"]


def test_resolve_a_firm_whose_full_name_opens_with_a_province_and_a_county_in_it_is_named_by_its_brand():
    # 河北 | 无极 | 瑞丰纸业: 无极 (a word jieba knows, 无极县 of 河北) is a place; 河北甲乙 | 纸业 is no county's
    t = "河北无极瑞丰纸业有限公司投产，瑞丰纸业总经理出席。河北甲乙纸业有限公司参加，乙纸业代表发言。"
    names = ["河北无极瑞丰纸业有限公司", "瑞丰纸业", "河北甲乙纸业有限公司", "乙纸业"]
    res = resolve([x(article("f.txt", 0, t), [mention(n, t, "Company") for n in names])])
    assert [res.mention_entity[("f.txt#0", i)] for i in range(4)] == [
        "Company/河北无极瑞丰纸业有限公司", "Company/河北无极瑞丰纸业有限公司", "Company/河北甲乙纸业有限公司",
        "Company/乙纸业"]


def test_resolve_a_firm_named_by_its_three_character_brand_is_the_firm_named_in_full():
    # 金厨坊 opens the full name's words after its place; 金厨 (two characters) and 厨坊 (not its opening) are none
    t = "山东金厨坊厨业有限公司入选。金厨坊董事长宋志刚说。金厨发展。厨坊发展。"
    names = ["山东金厨坊厨业有限公司", "金厨坊", "金厨", "厨坊"]
    res = resolve([x(article("f.txt", 0, t), [mention(n, t, "Company") for n in names])])
    assert [res.mention_entity[("f.txt#0", i)] for i in range(4)] == [
        "Company/山东金厨坊厨业有限公司", "Company/山东金厨坊厨业有限公司", "Company/金厨", "Company/厨坊"]


def test_resolve_an_institution_named_by_its_words_after_its_places_and_its_kind_word_is_one_node():
    # 钢城区上岚果蔬种植专业合作社 … 上岚果蔬合作社 (named more often): one co-op, labelled by its fullest name;
    # 岚湾合作社 opens no full name after its places, 上岚果蔬商会 ends with another kind word
    t = "钢城区上岚果蔬种植专业合作社成立。上岚果蔬合作社发展，上岚果蔬合作社增收。岚湾合作社发展。上岚果蔬商会参加。"
    names = ["钢城区上岚果蔬种植专业合作社", "上岚果蔬合作社", "上岚果蔬合作社增收", "岚湾合作社", "上岚果蔬商会"]
    mentions = [mention(n, t, "Organization") for n in names]
    mentions[2] = Mention(mentions[2].start, mentions[2].start + 7, "上岚果蔬合作社", "Organization", "上岚果蔬合作社")
    res = resolve([x(article("f.txt", 0, t), mentions)])
    assert [res.mention_entity[("f.txt#0", i)] for i in range(5)] == [
        "Organization/钢城区上岚果蔬种植专业合作社", "Organization/钢城区上岚果蔬种植专业合作社",
        "Organization/钢城区上岚果蔬种植专业合作社", "Organization/岚湾合作社", "Organization/上岚果蔬商会"]


def test_resolve_an_institution_a_sentence_builds_by_its_kind_word_is_a_work():
    # 甲实验学校开工。学校由乙公司投资建设: the sentence that builds it refers to it by its kind word: a work (GUIDE §2);
    # a school only named (丙中学) stays an institution
    t = "甲实验学校开工。甲实验学校招生。学校由乙公司投资建设。丙中学招生。"
    school = mention("甲实验学校", t, "Organization")
    again = Mention(t.index("甲实验学校招生"), t.index("甲实验学校招生") + 5, "甲实验学校", "Organization", "甲实验学校")
    built = Mention(t.index("学校由"), t.index("学校由") + 2, "学校", "Project", "甲实验学校", kind="coref", antecedent=0)
    res = resolve([x(article("f.txt", 0, t), [school, again, built, mention("丙中学", t, "Organization")])])
    assert sorted((e.type, e.label) for e in res.entities) == [("Organization", "丙中学"), ("Project", "甲实验学校")]


def test_resolve_a_reporter_credited_with_a_paper_is_on_its_staff():
    from kg.records import Byline

    t = "甲区召开会议。"
    credit = "（郑州日报记者 刘春阳 通讯员 王芳）"
    a = Article("p.txt", 0, t, tuple(range(len(t) + 1)), 0, len(t), bylines=(
        Byline("刘春阳", "记者", "郑州日报", 10, 28, credit), Byline("王芳", "通讯员", "郑州日报", 10, 28, credit)))
    b = Article("q.txt", 0, t, tuple(range(len(t) + 1)), 0, len(t), publisher="东山日报",
                bylines=(Byline("张静", "记者", "本报", 3, 12, "（本报记者 张静）"),))
    res = resolve([x(a, []), x(b, [])])
    # 本报 is the page's own paper; a correspondent (通讯员) is no staff of it
    assert {(s, p, o, ev.sentence, ev.source_start) for s, p, o, ev in res.edges() if p == "memberOf"} == {
        ("Person/刘春阳", "memberOf", "Organization/郑州日报", credit, 10),
        ("Person/张静", "memberOf", "Organization/东山日报", "（本报记者 张静）", 3)}


def test_resolve_a_body_named_by_the_zone_word_alone_is_the_zones_the_page_names():
    t = "青岛西海岸新区举行签约活动。新区工委委员、管委副主任孟庆涛出席。"
    ms = [mention("青岛西海岸新区", t, "Place"), mention("新区工委", t, "Agency", "中国共产党新区工作委员会"),
          mention("管委", t, "Agency", "新区管理委员会")]
    res = resolve([x(article("z.txt", 0, t), ms)])
    assert [res.mention_entity[("z.txt#0", i)] for i in (1, 2)] == [
        "Agency/中国共产党青岛西海岸新区工作委员会", "Agency/青岛西海岸新区管理委员会"]


def test_resolve_a_work_named_after_its_places_keeps_the_name_as_written_with_them():
    t = "此次开工的浑南区白塔九年一贯制学校建设工程位于白塔街道。"
    ms = [mention("浑南区", t, "Place"), mention("白塔九年一贯制学校建设工程", t, "Project"), mention("白塔街道", t, "Place")]
    res = resolve([x(article("w.txt", 0, t), ms)])
    work = next(e for e in res.entities if e.type == "Project")
    assert (work.label, sorted(work.aliases)) == (
        "白塔九年一贯制学校建设工程", ["浑南区白塔九年一贯制学校建设工程", "白塔九年一贯制学校建设工程"])


def test_resolve_a_work_named_after_its_firm_in_full_is_also_named_without_it():
    # the label keeps the firm (two firms' 年产…项目 stay two works); the name without it is an alias
    t = "其中甲乙新材料科技有限公司年产8万吨丙丁材料项目建成投产，戊己集团智能制造项目开工。"
    ms = [mention("甲乙新材料科技有限公司年产8万吨丙丁材料项目", t, "Project"), mention("戊己集团智能制造项目", t, "Project")]
    res = resolve([x(article("f.txt", 0, t), ms)])
    assert sorted((e.label, tuple(sorted(e.aliases))) for e in res.entities) == [
        ("戊己集团智能制造项目", ("戊己集团智能制造项目",)),
        ("甲乙新材料科技有限公司年产8万吨丙丁材料项目", ("年产8万吨丙丁材料项目", "甲乙新材料科技有限公司年产8万吨丙丁材料项目"))]


def test_resolve_a_work_named_after_its_firm_as_written_is_also_named_without_it():
    # the phase's work named …二期 (its name) and written …二期项目: both are also named without the firm
    t = "甲乙铝业科技有限公司年产8万吨丙丁型材二期项目正式投产。"
    written = "甲乙铝业科技有限公司年产8万吨丙丁型材二期项目"
    ms = [mention(written, t, "Project", name=written.removesuffix("项目"))]
    res = resolve([x(article("g.txt", 0, t), ms)])
    assert sorted((e.label, tuple(sorted(e.aliases))) for e in res.entities) == [
        (written.removesuffix("项目"), ("年产8万吨丙丁型材二期", "年产8万吨丙丁型材二期项目",
                                      written.removesuffix("项目"), written))]


def test_resolve_an_institution_built_in_one_sentence_and_named_in_another_is_one_thing():
    t = "甲创新中心由乙公司投资建设。甲创新中心主任王明表示。"
    ms = [mention("甲创新中心", t, "Project"), Mention(t.rindex("甲创新中心"), t.rindex("甲创新中心") + 5, "甲创新中心",
                                                   "Organization", "甲创新中心")]
    res = resolve([x(article("i.txt", 0, t), ms)])
    assert [(e.id, e.type) for e in res.entities] == [("Project/甲创新中心", "Project")]


def test_resolve_a_zone_reached_by_its_word_and_named_with_its_code_is_one_node():
    # 高新区 (in 高新区管委) is the page's 青岛高新技术产业开发区, which the divisions data also holds
    t = "青岛高新技术产业开发区管理委员会召开会议。高新区管委副主任王刚出席。"
    ms = [mention("青岛高新技术产业开发区", t, "Place"), mention("高新区", t, "Place", "高新技术产业开发区")]
    res = resolve([x(article("g.txt", 0, t), ms)])
    assert [(e.id, e.label) for e in res.entities] == [("Place/青岛高新技术产业开发区", "青岛高新技术产业开发区")]


def test_resolve_a_party_committee_of_a_town_several_counties_have_is_the_articles_countys():
    # 小溪镇 is a town of three counties; the page's 坂仔镇 places it in 平和县
    t = "坂仔镇和小溪镇召开会议，小溪镇党委参加。"
    ms = [mention("坂仔镇", t, "Place"), mention("小溪镇", t, "Place"), mention("小溪镇党委", t, "Agency")]
    res = resolve([x(article("t.txt", 0, t), ms)])
    assert {e.id for e in res.entities if e.type == "Agency"} == {"Agency/中国共产党平和县小溪镇委员会"}


@pytest.mark.parametrize("written,context,expected", [
    # a town's party committee is named with its county, and the city before a district (its statutory name)
    ("夏格庄镇党委", "莱西市人民政府", "中国共产党莱西市夏格庄镇委员会"),
    ("道朗镇党委", "泰安市岱岳区人民政府", "中国共产党泰安市岱岳区道朗镇委员会"),
    ("勒流街道党工委", "佛山市顺德区人民政府", "中国共产党佛山市顺德区勒流街道工作委员会"),
    # the town's government keeps its name (a town outside the article's place is no guess: 龙山街道 of
    # test_resolve_full_names_of_party_and_government_bodies)
    ("道朗镇人民政府", "泰安市岱岳区人民政府", "道朗镇人民政府"),
    # a city's district names its committee (and the committee's departments) after the city; a county-level city
    # and a county do not
    ("钢城区委", "济南市钢城区人民政府", "中国共产党济南市钢城区委员会"),
    ("钢城区委宣传部", "济南市钢城区人民政府", "中国共产党济南市钢城区委员会宣传部"),
    ("邹城市委", "邹城市人民政府", "中国共产党邹城市委员会"),
    ("平和县委", "平和县人民政府", "中国共产党平和县委员会"),
    # a municipality's district names its committee after the municipality
    ("武隆区委", "重庆市武隆区人民政府", "中国共产党重庆市武隆区委员会"),
])
def test_resolve_a_towns_party_committee_names_its_county(written, context, expected):
    town = written.removesuffix("宣传部").removesuffix("党工委").removesuffix("党委").removesuffix("人民政府").removesuffix("委")
    t = f"{town}召开会议，{written}参加。"
    res = resolve([x(article("t.txt", 0, t, masthead=context), [mention(town, t, "Place"), mention(written, t, "Agency")])])
    assert {e.id for e in res.entities if e.type == "Agency"} == {f"Agency/{expected}"}


@pytest.mark.parametrize("district,written,expected", [
    # a town written after its district is named as the town written alone is (the city before a district)
    ("即墨区", "即墨区通济街道党工委", "中国共产党青岛市即墨区通济街道工作委员会"),
    ("即墨区", "通济街道党工委", "中国共产党青岛市即墨区通济街道工作委员会"),
    # a town the divisions data does not hold in the page's province is the page's district's or county's (澄岭镇 is
    # in no data; 碑庙镇 only in a county of 四川: a namesake)
    ("钢城区", "澄岭镇党委", "中国共产党济南市钢城区澄岭镇委员会"),
    ("莱西市", "澄岭镇党委", "中国共产党莱西市澄岭镇委员会"),
    ("钢城区", "碑庙镇党委", "中国共产党济南市钢城区碑庙镇委员会"),
    # a kind of grounds that ends as a town does has no party committee of a town
    ("钢城区", "康养小镇党委", "康养小镇党委"),
])
def test_resolve_a_towns_committee_on_a_districts_page(district, written, expected):
    t = f"{district}召开会议，{district}负责人和{written}参加。"
    res = resolve([x(article("t.txt", 0, t), [mention(district, t, "Place"), mention(written, t, "Agency")])])
    assert {e.id for e in res.entities if e.type == "Agency"} == {f"Agency/{expected}"}


def test_resolve_a_park_written_after_a_town_the_divisions_data_lacks_is_in_it():
    # 翠岭口镇莱芜循环经济产业园: a town (its unit says so) holds the park written right after it, as a division would
    t = "煤化工综合利用项目选址翠岭口镇莱芜循环经济产业园。"
    ms = [mention(name, t, type_) for name, type_ in (("煤化工综合利用项目", "Project"), ("翠岭口镇", "Place"),
                                                       ("莱芜循环经济产业园", "Place"))]
    res = resolve([x(article("t.txt", 0, t), ms)])
    seq = {(s, o) for s, p, o, ev in res.edges() if ev.rule == "place_sequence"}
    assert seq == {("Place/莱芜循环经济产业园", "Place/翠岭口镇")}


def test_resolve_a_venue_named_by_its_scope_word(tmp_path):
    # 在县会展中心举行: the venue between 在 and an event's verb is a place, named for the article's county; a centre
    # before a post title stays a body
    from kg.run.build import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(
        "钢城区重大项目集中签约\n\n来源：钢城区融媒体中心　发布时间：2026-05-12\n\n"
        "钢城区第二季度重大项目集中签约仪式在区会展中心举行，区政务服务中心主任王晓梅主持。"
        "次日，招商推介会在区政务服务中心召开。\n", encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out", html=False, store=False, shacl="none")
    lines = (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8").splitlines()
    typed = {(s.rsplit("/", 1)[-1].rstrip(">"), o.rsplit("#", 1)[-1].rstrip("> .")) for s, p, o in
             (line.split(" ", 2) for line in lines) if p.endswith("22-rdf-syntax-ns#type>") and "中心" in s}
    # (the centre where a meeting is held is a place, though another source names it as the body it also is)
    assert typed == {("钢城区会展中心", "Place"), ("钢城区政务服务中心", "Agency"), ("钢城区政务服务中心", "Place"),
                     ("钢城区融媒体中心", "Organization")}


def test_resolve_a_party_committees_unit_written_with_the_partys_short_name(tmp_path):
    # 来源：中共甲县委组织部 (a department no suffix names) and 中共甲县委办公室 in the text: the committee's units, named
    # in full, one node each with the text's 县委组织部
    from kg.run.build import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(
        "钢城区干部任前公示\n\n发布时间：2026-06-03　来源：中共钢城区委组织部\n\n"
        "王晓梅，女，现任中共钢城区委办公室副主任。区委组织部干部监督室受理。\n", encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out", html=False, store=False, shacl="none")
    lines = (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8").splitlines()
    bodies = {s.rsplit("/", 2)[-2] + "/" + s.rsplit("/", 1)[-1].rstrip(">") for s, p, o in (line.split(" ", 2) for line in lines)
              if p.endswith("22-rdf-syntax-ns#type>") and ("委员会" in s or "委" in s)}
    assert bodies == {"agency/中国共产党济南市钢城区委员会", "agency/中国共产党济南市钢城区委员会办公室",
                      "agency/中国共产党济南市钢城区委员会组织部"}


def test_resolve_a_park_built_and_settled_in_is_a_work_and_a_place():
    # GUIDE §2: 甲产业园 is built (develops: a work) and a firm settles in it (the reference 园区 is a place): one
    # node, a Project that is also a Place, so both edges stand; a work no edge puts anything in stays a work alone
    t = "丙公司投资建设甲产业园。乙公司入驻园区。丁产业园开工。"
    a = article("p.txt", 0, t)
    ms = [mention("丙公司", t, "Company"), mention("甲产业园", t, "Project"), mention("乙公司", t, "Company"),
          Mention(17, 19, "园区", "Place", "甲产业园", kind="coref", antecedent=1), mention("丁产业园", t, "Project")]
    rels = [RelationMention(0, "develops", 1, 0, 12, "develops_verb"), RelationMention(2, "locatedIn", 3, 12, 19, "located_settle")]
    res = resolve([x(a, ms, rels)])
    assert ({(e.id, e.type, e.also) for e in res.entities if e.type == "Project"},
            {(s, p, o) for s, p, o, _ in res.edges()}) == (
        {("Project/甲产业园", "Project", frozenset({"Place"})), ("Project/丁产业园", "Project", frozenset())},
        {("Company/丙公司", "develops", "Project/甲产业园"), ("Company/乙公司", "locatedIn", "Project/甲产业园")})


def test_resolve_a_parks_phase_firms_settle_in_is_a_work_and_a_place():
    # 甲产业园二期项目, built and settled in: one node, a work that is a place too (GUIDE §2); a work of another kind
    # firms settle in (乙项目) stays a work
    t = "丙公司开发建设甲产业园二期项目。乙公司入驻甲产业园二期项目。丁公司入驻乙项目。"
    a = article("p.txt", 0, t)
    ms = [mention("丙公司", t, "Company"), mention("甲产业园二期项目", t, "Project"), mention("乙公司", t, "Company"),
          Mention(t.rindex("甲产业园二期项目"), t.rindex("甲产业园二期项目") + 8, "甲产业园二期项目", "Project", "甲产业园二期项目"),
          mention("丁公司", t, "Company"), mention("乙项目", t, "Project")]
    rels = [RelationMention(0, "develops", 1, 0, 13, "develops_verb"), RelationMention(2, "locatedIn", 3, 14, 28, "located_settle"),
            RelationMention(4, "locatedIn", 5, 29, 37, "located_settle")]
    res = resolve([x(a, ms, rels)])
    assert {(e.id, e.also) for e in res.entities if e.type == "Project"} == {
        ("Project/甲产业园二期", frozenset({"Place"})), ("Project/乙项目", frozenset())}  # (its label without 项目)


def test_resolve_the_youth_leagues_committee_is_no_party_committee():
    # 共青团甲市乙区委员会 keeps its name; 钢城区委 is the party's
    t = "共青团济南市钢城区委员会和钢城区委。"
    a = article("y.txt", 0, t)
    ms = [mention("共青团济南市钢城区委员会", t, "Agency"), mention("钢城区委", t, "Agency")]
    assert sorted(e.id for e in resolve([x(a, ms)]).entities) == [
        "Agency/中国共产党钢城区委员会", "Agency/共青团济南市钢城区委员会"]


def test_resolve_the_youth_leagues_committee_written_short_is_named_in_full():
    # 共青团钢城区委 and 团区委 (共青团区委) on a page of 钢城区: one organisation, the League's committee of the district
    t = "钢城区举行大赛，共青团钢城区委主办。团区委书记讲话。"
    a = article("y.txt", 0, t)
    ms = [mention("钢城区", t, "Place"), mention("共青团钢城区委", t, "Organization", "中国共产主义青年团钢城区委员会"),
          mention("团区委", t, "Organization", "共青团区委")]
    assert sorted(e.id for e in resolve([x(a, ms)]).entities if e.type != "Place") == [
        "Organization/中国共产主义青年团钢城区委员会"]


def test_resolve_a_work_called_by_its_brand_and_kind_word():
    # 宏耀新能源汽车热管理系统项目 … 宏耀项目: one work, the short name an alias
    t = "建设宏耀新能源汽车热管理系统项目。宏耀项目是公司的首个基地。"
    a = article("b.txt", 0, t)
    ms = [mention("宏耀新能源汽车热管理系统项目", t, "Project"), mention("宏耀项目", t, "Project")]
    assert [(e.id, sorted(e.aliases)) for e in resolve([x(a, ms)]).entities] == [
        ("Project/宏耀新能源汽车热管理系统项目", ["宏耀新能源汽车热管理系统项目", "宏耀项目"])]


def test_resolve_a_park_by_its_brand_and_a_town_body_without_its_county():
    # 甲乙园区 (and its 管委会) of 甲乙循环经济产业园 is the park (a place or a work); 乙丙镇人民政府 is 甲区乙丙镇人民政府,
    # a town the divisions data does not hold written after its county; 甲乙园区 beside two parks of its brand is neither
    t = "钢城区澄沣镇人民政府与澄波循环经济产业园管委会签约。落户澄波园区的企业，澄波园区管委会，澄沣镇人民政府。"
    a = article("k.txt", 0, t)
    res = resolve([x(a, [
        mention("钢城区澄沣镇人民政府", t, "Agency"), mention("澄波循环经济产业园", t, "Project"),
        mention("澄波循环经济产业园管委会", t, "Agency", "澄波循环经济产业园管理委员会"),
        mention("澄波园区", t, "Place"), Mention(t.rindex("澄波园区管委会"), t.rindex("澄波园区管委会") + 7, "澄波园区管委会",
                                                   "Agency", "澄波园区管理委员会"),
        Mention(t.rindex("澄沣镇人民政府"), t.rindex("澄沣镇人民政府") + 7, "澄沣镇人民政府", "Agency", "澄沣镇人民政府")])])
    assert sorted(e.id for e in res.entities) == [
        "Agency/澄波循环经济产业园管理委员会", "Agency/钢城区澄沣镇人民政府", "Project/澄波循环经济产业园"]
    u = "甲乙循环经济产业园、甲乙物流园和甲乙园区。"
    b = article("m.txt", 0, u)
    res = resolve([x(b, [mention("甲乙循环经济产业园", u, "Project"), mention("甲乙物流园", u, "Project"),
                         mention("甲乙园区", u, "Place")])])
    assert sorted(e.id for e in res.entities) == ["Place/甲乙园区", "Project/甲乙循环经济产业园", "Project/甲乙物流园"]


def test_resolve_a_county_named_with_its_unit_before_its_bodies_short_name():
    # 沛县 | 县委, 沛县 | 县政府: a county of one character and its unit, then its body's short name opening with the unit
    # again: the county's party committee and government, not bodies of a county 沛县县
    t = "中共沛县县委、沛县县政府召开会议。萧县县委书记出席。"
    a = article("q.txt", 0, t)
    ms = [mention("沛县县委", t, "Agency"), mention("沛县县政府", t, "Agency"), mention("萧县县委", t, "Agency")]
    res = resolve([x(a, ms)])
    assert {e.id for e in res.entities if e.type == "Agency"} == {
        "Agency/中国共产党沛县委员会", "Agency/沛县人民政府", "Agency/中国共产党萧县委员会"}
