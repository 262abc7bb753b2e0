"""Layout repair: broken lines joined, spaced CJK closed up, paragraphs kept, offsets true."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.ingest.layout import repair
from kg.ingest.sources import read_source


def test_layout_joins_words_broken_across_lines():
    r = repair("  2025年上半年，即墨区住房和\n\n城乡建设局锚定目标。\n\n  建筑业总产值预计完成85\n\n亿元。")
    assert r.text == "2025年上半年，即墨区住房和城乡建设局锚定目标。\n建筑业总产值预计完成85亿元。"


def test_layout_joins_a_word_broken_after_a_sentence_on_a_page_of_paragraph_lines():
    # a line of a page whose lines are paragraphs, cut inside a word after a sentence ended within it, goes on on
    # the next line (a headline holds no 。); a short line with no sentence inside it still stands alone
    page = ("钢城区集中开工12个项目\n\n4月15日，钢城区2026年一季度重点项目集中开工活动在艾山街道举行，区委书记周明宣布项目开工，"
            "区长李建华致辞。\n\n城市更新方面，上岚村老旧小区改造工程计划改造住宅楼46栋，惠及居民2100余户。区住房和\n\n"
            "城乡建设局局长王晓梅介绍，该局已为该项目争取资金3200万元。\n")
    assert repair(page).text.split("\n") == [
        "钢城区集中开工12个项目",
        "4月15日，钢城区2026年一季度重点项目集中开工活动在艾山街道举行，区委书记周明宣布项目开工，区长李建华致辞。",
        "城市更新方面，上岚村老旧小区改造工程计划改造住宅楼46栋，惠及居民2100余户。区住房和城乡建设局局长王晓梅介绍，"
        "该局已为该项目争取资金3200万元。"]


def test_layout_joins_a_word_broken_after_a_clause_where_the_break_cuts_a_common_word():
    # …管护机制，市水 | 利局…: a clause ended inside the line and 水利 across the break: layout; a headline with a
    # comma whose last character makes no word with the next line's first stays apart
    page = ("钢城区集中开工12个项目\n\n4月15日，钢城区2026年一季度重点项目集中开工活动在艾山街道举行，此次集中开工的12个项目总投资86.3亿元，区委书记周明宣布项目开工。\n\n"
            "王晓梅要求，项目建成后要建立长效管护机制，区水\n\n利局和颜庄镇要压实河长责任。\n\n"
            "建好一条路，富裕一方人\n\n颜庄镇东高村通村公路建成通车，全长9.6公里，总投资1.85亿元，由钢城区交通运输局建设，串联颜庄镇东高村等6个村，沿线群众出行难问题得到有效解决。\n")
    assert repair(page).text.split("\n") == [
        "钢城区集中开工12个项目", "4月15日，钢城区2026年一季度重点项目集中开工活动在艾山街道举行，此次集中开工的12个项目总投资86.3亿元，区委书记周明宣布项目开工。",
        "王晓梅要求，项目建成后要建立长效管护机制，区水利局和颜庄镇要压实河长责任。", "建好一条路，富裕一方人",
        "颜庄镇东高村通村公路建成通车，全长9.6公里，总投资1.85亿元，由钢城区交通运输局建设，串联颜庄镇东高村等6个村，沿线群众出行难问题得到有效解决。"]


def test_layout_removes_spaces_between_cjk_but_keeps_latin_words():
    assert repair("一 批 优 质 项 目 和 青 岛 炼化 Mini LED 背板").text == "一批优质项目和青岛炼化Mini LED背板"


def test_layout_keeps_the_space_between_a_headlines_two_clauses():
    # a space between two runs of four characters or more on a line with no clause's punctuation parts a
    # headline's clauses; a space inside a word (建 设局), or a spaced name, is layout's
    assert [repair(line).text for line in ("钢城区颜庄镇实验学校主体封顶 艾山医院新院区开工建设", "王晓梅出席 李建华致辞",
                                           "区住房和城乡建 设局召开会议。", "颜庄镇 实验学校", "赵 东")] == [
        "钢城区颜庄镇实验学校主体封顶 艾山医院新院区开工建设", "王晓梅出席 李建华致辞", "区住房和城乡建设局召开会议。",
        "颜庄镇实验学校", "赵东"]


def test_layout_a_credit_for_a_report_with_photos_names_no_one():
    # 摄影报道, 图文报道, 报道 after the names: what they did, no name
    from kg.ingest.furniture import parse_byline

    assert [parse_byline(s) for s in ("（记者 王晓梅 通讯员 李建华 摄影报道）", "记者 周明 图文报道")] == [
        [("王晓梅", "记者", None), ("李建华", "通讯员", None)], [("周明", "记者", None)]]


def test_layout_keeps_bylines_and_headlines_apart_from_body():
    page = "设计，确保数出有据。\n\n（融媒记者）\n\n严把数据关 工业统计精确有据\n\n  日前，在青岛市召开会议。"
    lines = repair(page).text.split("\n")
    assert lines[0] == "设计，确保数出有据。"
    assert lines[1] == "（融媒记者）"
    assert lines[2].startswith("严把数据关")
    assert lines[3] == "日前，在青岛市召开会议。"


def test_layout_an_ideographic_space_parts_a_name_from_its_post_but_ascii_spaces_close_up():
    assert repair("吴建华\u3000钢城宏耀化工有限公司董事长，一 批 优 质 项 目集中开工。").text == \
        "吴建华 钢城宏耀化工有限公司董事长，一批优质项目集中开工。"


def test_layout_keeps_names_apart_in_credits():
    assert "（韩伟绩 张燕）" in repair("实现共赢。\n（韩伟绩 张燕）\n").text


def test_layout_paragraph_per_line_pages_are_not_joined():
    page = ("今年是城市更新和城市建设三年攻坚行动承上启下的一年，关键一年当有关键作为。\n\n"
            "## 更大力度推进城市更新\n\n"
            "比如要紧紧抓住征迁腾地这个“牛鼻子”，在最大限度让利于民、让\n\n利于企的同时，留出空间。")
    assert repair(page).text.split("\n") == [
        "今年是城市更新和城市建设三年攻坚行动承上启下的一年，关键一年当有关键作为。",
        "## 更大力度推进城市更新",
        "比如要紧紧抓住征迁腾地这个“牛鼻子”，在最大限度让利于民、让利于企的同时，留出空间。",
    ]


def test_layout_a_numbered_section_or_item_opens_a_paragraph():
    # a long list line without a full stop, then the next section's heading; a colon before the first
    units = "、".join(f"{town}人民政府" for town in ("艾山街道", "里辛街道", "颜庄镇", "田横镇", "移风店镇", "钢城区", "汶源街道", "辛庄镇"))
    # (a web page: paragraphs on lines of their own, two long ones among them)
    page = ("2月20日，全区发展大会召开，会上宣读了区委、区政府关于表彰2024年度全区发展先进集体和突出贡献企业的决定。\n\n"
            "为树立鲜明导向，区委、区政府决定，对成绩突出的8个单位、2家企业予以表彰，号召全区各级各部门以受表彰的先进集体为榜样，实干争先。"
            f"名单如下：\n\n一、2024年度全区发展先进集体（8个）\n\n{units}\n\n"
            "二、2024年度全区突出贡献企业（2家）\n\n1．宏耀铝业有限公司\n2．瑞丰纸业有限公司\n\n"
            "今年，全区上下奋力攻坚，地区生产总值增速居全市第二位，固定资产投资增长百分之十二，表彰名单经研究确定")
    assert repair(page).text.split("\n")[1:] == [
        page.split("\n")[2], "一、2024年度全区发展先进集体（8个）", units, "二、2024年度全区突出贡献企业（2家）",
        "1．宏耀铝业有限公司", "2．瑞丰纸业有限公司", page.rsplit("\n", 1)[1]]


@given(st.text(max_size=500))
def test_layout_offsets_point_at_the_characters_they_claim(text):
    r = repair(text)
    assert len(r.offsets) == len(r.text) + 1
    for i, ch in enumerate(r.text):
        if ch == "\n":
            continue  # a paragraph break stands for the line end it replaced
        assert text[r.offsets[i]] == ch or (ch == " " and text[r.offsets[i]].isspace())
    body = [o for o, ch in zip(r.offsets, r.text) if ch != "\n"]
    assert body == sorted(body) and len(set(body)) == len(body)


def _norm(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if not ch.isspace())


def test_layout_no_gold_name_is_left_broken_on_any_seed(seed_files, gold_files):
    names = set()
    for gold in gold_files:
        for e in json.loads(gold.read_text(encoding="utf-8"))["entities"]:
            names |= {e["name"], *e.get("aliases", [])}
    for seed in seed_files:
        raw = read_source(seed).text
        squeezed = _norm(raw)
        repaired = unicodedata.normalize("NFKC", repair(raw).text)
        for name in names:
            n = unicodedata.normalize("NFKC", name)
            if " " in n or _norm(n) not in squeezed:
                continue
            assert n in repaired or n.replace("·", "") in repaired, f"{seed.name}: {name} still broken"


def test_layout_a_credit_closing_a_paragraph_keeps_the_spaces_between_its_names():
    text = ("项目 建设 稳步推进。（通讯员 王佳 孟凡超）\n"
            "各单位负责同志参加仪式。（崂山区融媒体中心 赵明轩 文/图）\n"
            "会议强调，要（全力）推进。（记者 王蕾 实习生 孙梓萌）")
    assert repair(text).text == ("项目建设稳步推进。（通讯员 王佳 孟凡超）\n"
                                 "各单位负责同志参加仪式。（崂山区融媒体中心 赵明轩 文/图）\n"
                                 "会议强调，要（全力）推进。（记者 王蕾 实习生 孙梓萌）")


def test_layout_credit_lines_name_papers_kg_has_no_list_of():
    from kg.ingest.furniture import classify, parse_byline

    assert [parse_byline(s) for s in ("（昆明日报全媒体记者 施雅 摄影 刘朝阳）", "（贵阳日报融媒体记者 潘婧）",
                                      "（记者 王蕾 实习生 孙梓萌）")] == [
        [("施雅", "记者", "昆明日报"), ("刘朝阳", "摄影", "昆明日报")], [("潘婧", "记者", "贵阳日报")],
        [("王蕾", "记者", None), ("孙梓萌", "实习生", None)]]
    assert classify("（昆明日报全媒体记者 施雅 摄影 刘朝阳）") == "end_byline"
    # the outlets of one newsroom joined by /, none of them on kg's list, and a compound surname (司马)
    line = "■淄博日报/淄博晚报/掌上淄博记者 司马博文 通讯员 荣晓丽"
    assert (classify(line), parse_byline(line)) == ("top_byline", [("司马博文", "记者", None), ("荣晓丽", "通讯员", None)])
    assert classify("临报融媒记者 王涛") == "short"  # (one outlet kg does not know, no /: no credit line read)


def test_layout_keeps_a_tables_rows_apart_on_a_wrapped_page():
    # a table's rows (cells an ideographic space apart) stay lines of their own; the short lines of a
    # hard-wrapped page around them are still joined
    r = repair("本批开工项目\n\n清单如下：\n\n序号\u3000项目名称\u3000建设单位\n\n1\u3000澄波产业园\u3000宏耀有限公司\n\n"
               "2\u3000翠岭大道改造工程\u3000区交通运输局\n\n区委书记王晓梅宣布\n\n项目开工。")
    # (the ideographic spaces become the ASCII spaces that part words: cells stay apart)
    assert r.text == ("本批开工项目清单如下：\n序号 项目名称 建设单位\n1 澄波产业园 宏耀有限公司\n"
                      "2 翠岭大道改造工程 区交通运输局\n区委书记王晓梅宣布项目开工。")


def test_layout_keeps_a_tables_rows_apart_where_bars_part_its_cells():
    # a table typed as text with bars between its cells (序号｜项目名称, | 1 | 澄波产业园 |): each row a line of its
    # own on a hard-wrapped page, its bars kept for the table rule to read
    r = repair("本批开工项目\n\n清单如下：\n\n序号｜项目名称｜建设单位\n\n1｜澄波产业园｜宏耀有限公司\n\n"
               "| 2 | 翠岭大道改造工程 | 区交通运输局 |\n\n区委书记王晓梅宣布\n\n项目开工。")
    assert r.text == ("本批开工项目清单如下：\n序号｜项目名称｜建设单位\n1｜澄波产业园｜宏耀有限公司\n"
                      "| 2 | 翠岭大道改造工程 | 区交通运输局 |\n区委书记王晓梅宣布项目开工。")


def test_layout_joins_a_table_exported_one_cell_a_line_into_rows():
    # a header opening with 序号 and rows opening with their numbers, one cell a line: each row is one line
    # again, its cells apart; the lines around the table keep their own breaks
    page = ("甲区重点项目名单\n\n序号\n项目名称\n建设单位\n总投资（万元）\n1\n澄波产业园\n宏耀有限公司\n18000\n"
            "2\n翠岭大道改造工程\n区交通运输局\n5200\n\n甲区发展和改革局\n2024年3月18日")
    r = repair(page)
    assert r.text == ("甲区重点项目名单\n序号 项目名称 建设单位 总投资（万元）\n1 澄波产业园 宏耀有限公司 18000\n"
                      "2 翠岭大道改造工程 区交通运输局 5200\n甲区发展和改革局\n2024年3月18日")
    assert all(page[r.offsets[i]] == ch for i, ch in enumerate(r.text) if ch not in " \n")


@pytest.mark.parametrize("page", [
    "序号\n项目名称\n1\n澄波产业园",  # two columns: no table of works
    "序号\n项目名称\n建设单位\n2\n澄波产业园\n宏耀有限公司",  # its rows are not numbered from 1
])
def test_layout_leaves_short_lines_that_are_no_table_of_cells(page):
    assert " " not in repair(page).text  # (no cells joined: the lines are read as any short lines)


def test_layout_keeps_a_tables_cells_apart_where_tabs_part_them():
    # a tab between two cells is no layout space: the cells stay apart (the table rule reads them)
    r = repair("序号\t项目名称\t建设单位\n1\t澄波产业园\t宏耀有限公司\n")
    assert r.text == "序号 项目名称 建设单位\n1 澄波产业园 宏耀有限公司"


def test_layout_keeps_a_list_one_item_a_line_on_a_page_of_short_lines():
    # lines in a row each ending with a body's kind word or a post's title are a list's items, each a line of its
    # own however short the page's lines; two spaces part a name and its post (one space closes up, as layout)
    page = ("附件：表彰名单\n一、2023年度钢城区突出贡献企业（2家）\n宏耀电子有限公司\n天铭科技有限公司\n"
            "二、2023年度钢城区优秀企业家（2名）\n王晓梅  宏耀电子有限公司董事长\n周明  天铭科技有限公司总经理\n"
            "一 批 优 质 项 目\n集中开工")
    assert repair(page).text == (
        "附件：表彰名单\n一、2023年度钢城区突出贡献企业（2家）\n宏耀电子有限公司\n天铭科技有限公司\n"
        "二、2023年度钢城区优秀企业家（2名）\n王晓梅 宏耀电子有限公司董事长\n周明 天铭科技有限公司总经理\n一批优质项目集中开工")


def test_layout_a_list_of_bureaus_and_a_numbered_list_title_stay_lines_of_their_own():
    # bodies whose kind word is one character (区财政局) are a list's items, so they make no page of short lines of
    # the page they are on; a list title numbered before its year (2.2025年度…名单) opens a line
    body = ("2025年，全区上下坚持以高质量发展为主线，奋力拼经济、抓项目、惠民生，涌现出一批敢于担当、善于作为的先进集体和先进个人。"
            "为表彰先进，区委、区政府决定，授予区财政局等3个单位“2025年度钢城区先进集体”称号。")
    lines = ["钢城区委　钢城区人民政府关于表彰2025年度先进集体和先进个人的决定", "来源：钢城区人民政府网　　发布时间：2026-03-02",
             "钢发〔2026〕5号", "各镇党委、人民政府，区直各单位：", body, "希望受表彰的先进集体和先进个人珍惜荣誉、再接再厉，作出新的更大贡献。",
             "附件：1.2025年度钢城区先进集体名单（部分）", "区财政局", "区民政局", "区交通运输局", "颜庄镇人民政府", "艾山街道办事处",
             "2.2025年度钢城区先进个人名单（部分）", "王晓梅　区财政局预算股股长", "李建华　颜庄镇党委书记", "周明　区民政局副局长",
             "3.2025年度钢城区优秀企业名单", "宏耀电子有限公司", "天铭科技有限公司", "钢城区人民政府", "2026年2月26日"]
    assert repair("\n\n".join(lines[:7]) + "\n\n" + "\n".join(lines[7:]) + "\n").text.split("\n") == [
        line.replace("\u3000", " ").replace("  ", " ") for line in lines]


def test_layout_a_counted_heading_and_villages_listed_under_it_are_lines_of_their_own():
    # 一、先进集体（3个） ends its line; villages and towns written whole are a list's items, as bodies are
    page = ("附件：2025年度钢城区先进集体名单\n\n一、先进集体（3个）\n\n颜庄镇上岚村\n\n艾山街道东高村\n\n里辛街道\n\n"
            "二、先进个人（1名）\n\n王晓梅　颜庄镇党委书记\n")
    assert repair(page).text.split("\n") == [
        "附件：2025年度钢城区先进集体名单", "一、先进集体（3个）", "颜庄镇上岚村", "艾山街道东高村", "里辛街道", "二、先进个人（1名）",
        "王晓梅 颜庄镇党委书记"]


def test_layout_a_long_list_line_and_a_blank_line_end_a_paragraph_on_a_page_of_paragraph_lines():
    # 甲公司、乙公司、…丁公司 | (blank) | 希望…: on a page whose lines are paragraphs, a long line that cuts no sentence or
    # clause and a blank line after it end the paragraph (the list is not run into the prose after it)
    firms = "、".join(f"钢城区{n}有限公司" for n in ("宏耀科技", "天铭新材料", "澄波物流集团", "翠岭建材", "上岚农业开发", "东高食品"))
    prose = [f"今年{k}月，全区上下深入贯彻落实省委、省政府和市委、市政府关于优化营商环境的决策部署，持续深化改革，成效明显。"
             for k in range(1, 9)]
    page = "\n\n".join([*prose, "三、诚信经营示范企业（6家）", firms, "希望受到表彰的企业珍惜荣誉、再接再厉，在新的一年再创佳绩。"])
    assert repair(page).text.split("\n") == [
        *prose, "三、诚信经营示范企业（6家）", firms, "希望受到表彰的企业珍惜荣誉、再接再厉，在新的一年再创佳绩。"]


def test_layout_an_outlet_written_as_a_word_of_its_own_before_the_credits():
    from kg.ingest.furniture import parse_byline

    # 钢城区融媒体中心 | 记者 王晓梅: the outlet is the whole first word, not its 融媒体 with the words round it read as names
    assert [parse_byline(s) for s in ("（钢城区融媒体中心 记者 王晓梅）", "（钢城区融媒体中心 记者 王晓梅 通讯员 李建华）")] == [
        [("王晓梅", "记者", "钢城区融媒体中心")],
        [("王晓梅", "记者", "钢城区融媒体中心"), ("李建华", "通讯员", "钢城区融媒体中心")]]
