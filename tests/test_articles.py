"""Article segmentation on the seeds (both headline layouts) and on small hand-made pages."""

from __future__ import annotations

import pytest

from kg.ingest.articles import split_articles
from kg.records import Source
from kg.ingest.sources import read_source


@pytest.fixture(scope="module")
def seeds(seed_files):
    return {p.name[:3]: (read_source(p), split_articles(read_source(p))) for p in seed_files}


def _page(text: str) -> Source:
    return Source(name="page.txt", path="page.txt", text=text, encoding="utf-8")


def test_articles_offsets_map_back_to_the_file(seeds):
    for source, articles in seeds.values():
        for a in articles:
            assert len(a.offsets) == len(a.text) + 1
            for i, ch in enumerate(a.text):
                if ch not in "\n ":
                    assert source.text[a.offsets[i]] == ch


def test_articles_foot_headline_lands_with_the_article_above(seeds):
    _, articles = seeds["000"]
    stats = next(a for a in articles if a.headline and "工业统计" in a.headline)
    assert "区统计局" in stats.text
    open_day = next(a for a in articles if a.headline and "通济新区开放日" in a.headline)
    assert "营商对话会" in open_day.text
    assert [b.name for b in open_day.bylines] == ["陈一豪", "张燕"]


def test_articles_block_of_foot_headlines_is_matched_by_content(seeds):
    _, articles = seeds["002"]
    by_head = {a.headline.split("———")[0]: a for a in articles if a.headline}
    assert "区住建局" in by_head["区住房和城乡建设局党组书记、局长薛少华"].text
    assert "黄岛街道" in by_head["黄岛街道党工委书记许峰"].text[:40]
    assert "青岛开发区" in by_head["青岛开发区管委副主任李博"].text


def test_articles_page_furniture_is_no_article_but_its_credits_are_kept(seeds):
    source, articles = seeds["003"]
    for a in articles:
        assert "责编" not in a.text and "JIN RI JI MO" not in a.text
        assert a.masthead == "今日即墨"
    credited = {(b.name, b.role) for a in articles for b in a.bylines}
    assert {("王杰", "责编"), ("梁孝鹏", "摄影"), ("王涛", "记者"), ("林俊文", "通讯员")} <= credited


def test_articles_markdown_headings_with_bylines_start_articles(seeds):
    _, articles = seeds["004"]
    heads = [a.headline for a in articles]
    assert any(h and "攻坚突破1296个城市更新建设项目" in h for h in heads)
    assert any(h and "法治护航" in h for h in heads)
    # a section heading without its own byline stays inside its article
    first = next(a for a in articles if a.headline and "1296" in a.headline)
    assert "## 更大力度推进城市更新" in first.text


def test_articles_every_seed_byline_is_recorded(seeds):
    names = {b.name for _, arts in seeds.values() for a in arts for b in a.bylines}
    assert {"史晓萌", "韩伟绩", "张燕", "张澜", "张静", "丁霞", "刘腾", "王冰洁", "贾臻", "王涛", "常青"} <= names


def test_articles_head_layout_hand_made():
    page = _page("# 甲区召开大会\n\n□本报记者 李明\n\n甲区召开大会，部署工作。\n\n# 乙镇项目开工\n\n□本报记者 王红\n\n乙镇项目开工建设。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["甲区召开大会", "乙镇项目开工"]
    assert [b.name for b in arts[1].bylines] == ["王红"]
    assert "乙镇项目开工建设。" in arts[1].text and "甲区" not in arts[1].text


def test_articles_foot_layout_hand_made():
    page = _page("  甲区召开大\n会，部署工\n作。\n（李明）\n甲区部署\n全年工作\n  乙镇项目开\n工建设。\n（王红）\n乙镇项目开工\n")
    arts = split_articles(page)
    assert [(a.headline, a.text.split("\n")[-1]) for a in arts] == [
        ("甲区部署全年工作", "甲区召开大会，部署工作。"), ("乙镇项目开工", "乙镇项目开工建设。")]


def test_a_file_of_several_pages_keeps_each_pages_masthead_and_furniture():
    first = ("责编 王杰 美编 李晓萌\n今日即墨\n\n即墨区召开城市更新推进会\n\n"
             "□记者 张静\n\n  即墨区住房和城乡建设局召开会议，部署城中村改造工作。\n\n")
    second = ("责编 刘宗伟\n今日胶州\n\n胶州市推进老旧小区改造\n\n"
              "□记者 王涛\n\n  胶州市住房和城乡建设局介绍，今年将改造老旧小区30个。\n\n")
    articles = split_articles(_page(first + second))
    assert [a.masthead for a in articles] == ["今日即墨", "今日胶州"]
    editors = [{b.name for b in a.bylines if b.role == "责编"} for a in articles]
    assert editors == [{"王杰"}, {"刘宗伟"}]


def test_furniture_at_the_foot_of_a_single_page_stays_on_that_page():
    page = ("即墨区召开城市更新推进会\n\n□记者 张静\n\n"
            "  即墨区住房和城乡建设局召开会议，部署城中村改造工作。\n\n今日即墨\n责编 王杰\n")
    [article] = split_articles(_page(page))
    assert article.masthead == "今日即墨"
    assert "王杰" in {b.name for b in article.bylines}


def test_furniture_credits_with_spaced_names_are_one_person_each():
    # 责编 刘 洋  美编 张 敏: the spaces between the characters are layout, and a role word ends a name
    page = ("今日寒亭\n责编 刘 洋  美编 张 敏\n\n寒亭区召开重点项目观摩会\n\n"
            "  寒亭区住房和城乡建设局召开会议，部署城中村改造工作。\n\n")
    [article] = split_articles(_page(page))
    assert {(b.name, b.role) for b in article.bylines} == {("刘洋", "责编"), ("张敏", "美编")}


def test_articles_a_notice_signed_off_at_its_end_is_one_article():
    page = _page("甲市人民政府关于李明等同志职务任免的通知\n\n2025-01-10\n\n来源：甲市人民政府\n\n"
                 "经研究决定，任命李明为甲市教育局局长。\n\n甲市人民政府\n\n2025年1月8日\n")
    arts = split_articles(page)
    # the sign-off closes the one article (its date line does not replace the article's own)
    assert [(a.headline, a.text.split("\n")[-3:], a.date) for a in arts] == [
        ("甲市人民政府关于李明等同志职务任免的通知", ["经研究决定，任命李明为甲市教育局局长。", "甲市人民政府", "2025年1月8日"],
         "2025-01-10")]


def test_articles_a_photo_caption_with_its_credit_stays_apart_from_the_story_after_it(seeds):
    _, arts = seeds["001"]
    assert [(a.text, [b.name for b in a.bylines]) for a in arts if any(b.name == "常青" for b in a.bylines)] == [
        ("青岛汉缆股份有限公司的工人在生产海缆产品。", ["常青"])]


def test_articles_a_tables_last_rows_before_a_date_line_stay_in_their_story():
    # a date line after a story's text opens the next story with the short lines before it as its headline,
    # but a table's numbered rows are no headline: the whole table stays with the notice above it
    text = ("甲区重点项目名单公示\n发布日期：2024-03-18\n经研究，拟确定甲区重点项目3个，现予以公示。\n"
            "序号　项目名称　建设单位　建设地点\n1　澄波产业园　宏耀有限公司　艾山街道\n2　翠岭大道改造工程　区交通运输局　里辛街道\n"
            "3　岚集物流园　天铭物流有限公司　颜庄镇\n2024年3月18日")
    articles = split_articles(_page(text))
    assert [a.text.count("\n") for a in articles] == [7]  # (one story: headline, date, text, header, three rows, date)


def test_articles_a_lists_items_and_its_signing_bodies_before_a_date_line_stay_in_their_story():
    # the short lines before a closing date line are no headline of a next story when they are a list's items
    # (people with their posts) or the bodies signing the notice
    text = ("钢城区表彰2023年度优秀企业家\n发布时间：2024-02-28\n经研究，决定表彰以下同志。\n"
            "一、钢城区2023年度优秀企业家（2名）\n王晓梅　宏耀电子有限公司董事长\n周明　天铭科技有限公司总经理\n"
            "中共钢城区委　钢城区人民政府\n2024年2月26日")
    assert [a.text.count("\n") for a in split_articles(_page(text))] == [7]


def test_articles_an_editors_credit_closes_a_list_and_a_second_credit_line_stays_with_it():
    # 责任编辑：甲 with no brackets after an honours list closes the article: the list's last short lines are no next
    # headline; 责编：乙　美编：丙 after a closing credit are the same article's credits
    page = ("钢城区表彰2023年度先进集体\n\n发布时间：2024-02-06　来源：钢城区融媒体中心\n\n"
            "近日，钢城区人民政府决定命名翠岭湾景区等4家单位为“钢城区文明旅游示范单位”。\n\n"
            "三、钢城区文明旅游示范单位（4个）\n翠岭湾景区\n岚集谷景区\n澄波湾温泉度假区\n宏耀山庄\n"
            "责任编辑：王晓梅\n\n（通讯员 周明）\n\n责编：李建华　美编：赵晓东\n")
    articles = split_articles(_page(page))
    assert [(a.headline, a.text.endswith("宏耀山庄"), [(b.name, b.role) for b in a.bylines]) for a in articles] == [
        ("钢城区表彰2023年度先进集体", True,
         [("王晓梅", "责任编辑"), ("周明", "通讯员"), ("李建华", "责编"), ("赵晓东", "美编")])]


def test_articles_a_reporters_credit_after_the_text_and_a_final_review_are_the_articles_credits():
    # 记者 甲　摄影 乙 after the text, then 责任编辑：丙　终审：丁: no text follows the reporter's line, so it is the
    # article's credit (not a next story's); 终审 is a credit label as 审核 is
    body = "4月15日上午，钢城区2026年一季度重点项目集中开工活动在艾山街道举行，区委书记周明宣布项目开工。"
    page = f"钢城区集中开工12个项目\n\n{body}\n\n记者　王晓梅　　摄影　李建华\n\n责任编辑：赵晓东　　终审：余振江\n"
    articles = split_articles(_page(page))
    assert [(a.text.endswith(body), [(b.name, b.role) for b in a.bylines]) for a in articles] == [
        (True, [("王晓梅", "记者"), ("李建华", "摄影"), ("赵晓东", "责任编辑"), ("余振江", "终审")])]


def test_articles_a_credit_under_the_headline_and_its_date_line_is_the_articles():
    # 标题 / 来源：…　发布时间：… / 记者 甲　通讯员 乙 / the text: one article, its publisher and credits kept
    body = "3月13日，区委书记周明率队调研重点项目建设情况。"
    page = f"周明调研重点项目建设\n来源：济南市钢城区人民政府　　发布时间：2026-03-14 09:32\n记者 王晓梅　　通讯员 李建华\n\n{body}\n"
    articles = split_articles(_page(page))
    assert [(a.headline, a.publisher, a.text.endswith(body), [(b.name, b.role) for b in a.bylines]) for a in articles] == [
        ("周明调研重点项目建设", "济南市钢城区人民政府", True, [("王晓梅", "记者"), ("李建华", "通讯员")])]


def test_articles_an_editors_credit_over_a_pages_first_story_is_every_storys():
    # 责编：甲　美编：乙 under a page's edition line, before any story: the page's credit, as furniture is
    page = ("钢城日报　2026年5月14日　星期四　第3版　艾山新闻\n责编：王晓梅　美编：李建华\n\n上岚村集体经济过百万\n"
            "本报讯（记者 周明）日前，艾山街道上岚村集体经济收入突破百万元。\n\n颜庄镇建成智慧农场\n"
            "本报讯（通讯员 赵晓东）日前，颜庄镇东高村智慧农场建成投用。\n")
    articles = split_articles(_page(page))
    assert [(a.headline, [(b.name, b.role) for b in a.bylines]) for a in articles] == [
        ("上岚村集体经济过百万", [("王晓梅", "责编"), ("李建华", "美编"), ("周明", "记者")]),
        ("颜庄镇建成智慧农场", [("王晓梅", "责编"), ("李建华", "美编"), ("赵晓东", "通讯员")])]


def test_articles_a_notices_attachment_after_its_signing_date_is_the_notices():
    # a notice signed (bodies, date), then 附件 and its lists: one article, not a second one headed 附件
    page = ("钢城区人民政府关于表彰2025年度优秀企业的决定\n\n发布时间：2026-02-14\n\n"
            "各镇人民政府、街道办事处：为表彰先进，区政府决定，授予宏耀电子有限公司等2家企业“2025年度钢城区优秀企业”称号。\n\n"
            "钢城区人民政府\n2026年2月12日\n附件\n一、2025年度钢城区优秀企业（2家）\n宏耀电子有限公司\n天铭科技有限公司\n")
    articles = split_articles(_page(page))
    assert [(a.headline, a.text.endswith("天铭科技有限公司")) for a in articles] == [
        ("钢城区人民政府关于表彰2025年度优秀企业的决定", True)]


def test_articles_an_attachment_label_is_a_line_of_its_own_on_a_page_of_short_lines():
    # a page of short lines (a list after the notice) reads as wrapped, but 附件 is a label: the attachment's title
    # after it is no part of it, and the attachment stays the notice's
    page = ("钢城区人民政府关于表彰2025年度优秀企业的决定\n\n发布时间：2026-02-14\n\n"
            "各镇人民政府、街道办事处：为表彰先进，区政府决定，授予宏耀电子有限公司等2家企业“2025年度钢城区优秀企业”称号。\n\n"
            "钢城区人民政府\n2026年2月12日\n\n附件\n\n2025年度钢城区优秀企业名单\n\n一、优秀企业（2家）\n\n宏耀电子有限公司\n\n"
            "天铭科技有限公司\n\n澄波建材有限公司\n\n岚集物流有限公司\n")
    articles = split_articles(_page(page))
    assert [(a.headline, "附件\n2025年度钢城区优秀企业名单\n" in a.text) for a in articles] == [
        ("钢城区人民政府关于表彰2025年度优秀企业的决定", True)]


def test_articles_a_notices_publication_note_opens_no_article():
    # (此件公开发布) after the signing date says how the notice is published: the attachment after it is still
    # the notice's, and the note is no part of the text
    page = ("钢城区人民政府关于表彰2025年度优秀企业的决定\n\n发布时间：2026-02-14\n\n"
            "各镇人民政府、街道办事处：为表彰先进，区政府决定，授予宏耀电子有限公司等2家企业“2025年度钢城区优秀企业”称号。\n\n"
            "钢城区人民政府\n2026年2月12日\n（此件公开发布）\n附件\n一、2025年度钢城区优秀企业（2家）\n宏耀电子有限公司\n"
            "天铭科技有限公司\n")
    articles = split_articles(_page(page))
    assert [(a.headline, a.text.endswith("天铭科技有限公司"), "此件" in a.text) for a in articles] == [
        ("钢城区人民政府关于表彰2025年度优秀企业的决定", True, False)]


def test_articles_a_contact_line_opens_no_article():
    # 举报电话：… after a notice is a contact line, no article of its own (nor a headline)
    page = ("钢城区人民政府任免通知\n\n发布时间：2026-06-03\n\n"
            "经区政府研究决定：任命王晓梅为钢城区应急管理局局长；任命李建华为钢城区审计局副局长。特此通知。\n\n"
            "钢城区人民政府\n2026年6月2日\n\n举报电话：0452-5712345\n")
    assert [(a.headline, "举报" in a.text) for a in split_articles(_page(page))] == [("钢城区人民政府任免通知", False)]


def test_articles_a_photo_credit_with_the_reporters_credit_word_names_the_reporter_only():
    # …阅读。（记者 甲 摄）: 记者 is the credit word, no name; the photographer is the reporter
    body = "本报讯（记者 王晓梅）9月1日，颜庄镇实验学校迎来首批1860名学生，区财政局安排配套资金6500万元，用于学校设施设备购置。"
    page = f"钢城区一学校迎来首批学生\n\n　　{body}\n\n　　图为学生在学校书房阅读。（记者 王晓梅 摄）\n"
    (article,) = split_articles(_page(page))
    assert [(b.name, b.role) for b in article.bylines] == [("王晓梅", "摄影"), ("王晓梅", "记者")]


def test_articles_a_list_announced_as_an_attachment_before_the_signing_date_is_the_notices():
    # 附件：甲名单 before the bodies and date that sign the notice, then the list's numbered parts after the date: the
    # notice's, not a second article headed 一、先进集体
    page = ("钢城区人民政府关于表彰2025年度先进集体和先进个人的决定\n\n发布时间：2026-02-14\n\n"
            "区政府决定，授予宏耀电子有限公司等2个单位“2025年度钢城区先进集体”称号。\n\n"
            "附件：2025年度钢城区先进集体和先进个人名单\n\n钢城区人民政府\n\n2026年2月12日\n\n"
            "一、先进集体\n宏耀电子有限公司\n天铭科技有限公司\n\n二、先进个人\n王晓梅  宏耀电子有限公司总经理\n")
    articles = split_articles(_page(page))
    assert [(a.headline, a.text.endswith("宏耀电子有限公司总经理")) for a in articles] == [
        ("钢城区人民政府关于表彰2025年度先进集体和先进个人的决定", True)]
