"""Pages as users have them (issue 17): web-style text, HTML, Word and PDF files, article
dates, papers and pages.  Every text here is written for the test."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from kg.errors import SourceError
from kg.ingest.articles import split_articles
from kg.ingest.furniture import classify
from kg.ingest.metadata import iso_date, parse_dispatch, parse_meta_line
from kg.ingest.sources import read_source, source_from_bytes
from kg.records import Source

HTML = __import__("pathlib").Path(__file__).parent / "fixtures" / "html"

THREE_STORIES = """北河区召开项目建设推进会

2024年08月31日 来源：北河日报

本报讯（记者 孙军）区委书记刘长河日前主持召开项目建设推进会，区住房和城乡建设局局长陈安汇报了工作。

会议要求，要加快推进北河科技园项目建设。

（责任编辑：王丽）

民生实事

南岭县新建三所学校

发布日期：2024-09-02

南岭县教育局局长马春生介绍，三所学校将于明年投用。

东山镇举行农产品展销会

2024-09-03 09:30 东山新闻网

东山镇党委书记黄立出席开幕式并致辞，展销会共吸引客商两百余家。
"""


def _page(text: str, name: str = "page.txt") -> Source:
    return Source(name=name, path=name, text=text, encoding="utf-8")


# ---------------------------------------------------------------- lines


@pytest.mark.parametrize("line, date", [
    ("2024年08月31日", "2024-08-31"),
    ("发布日期:2023-09-20", "2023-09-20"),
    ("发布时间：2021年3月6日 09:25", "2021-03-06"),
    ("日期：2022/11/8", "2022-11-08"),
    ("2020.07.13 星期一", "2020-07-13"),
    ("2024年8月31日 星期六 A01版 青岛日报", "2024-08-31"),
])
def test_web_text_date_forms_are_read_exactly(line, date):
    assert parse_meta_line(line).date == date
    assert classify(line) == "meta"


def test_web_text_impossible_date_is_no_date():
    assert iso_date("2023年2月30日") is None


@pytest.mark.parametrize("line, kind", [
    ("来源：北河日报", "meta"),
    ("作者：林静　责任编辑：许文", "meta"),
    ("原标题：北河区今年将改造老旧小区四十个", "meta"),
    ("（责任编辑：王丽）", "end_byline"),
    ("(编辑:赵敏)", "end_byline"),
    ("本报讯（记者 孙军）区委召开会议。", "dispatch"),
    ("湖东日报讯 （记者 王芳、通讯员 李军）3日，会议召开。", "dispatch"),
    ("新华社北京5月1日电 节日期间，各地游人如织。", "dispatch"),
    ("国家电网公司召开年度工作会议。", "body"),
    ("2024年全区经济工作会议召开", "short"),
    ("时间不等人，会议要求加快进度。", "body"),
])
def test_web_text_boundary_cues_are_classified(line, kind):
    assert classify(line) == kind


def test_web_text_dispatch_names_outlet_day_and_reporters():
    d = parse_dispatch("湖东日报讯 （记者 王芳、通讯员 李军）3日，会议召开。")
    assert (d.outlet, d.month_day, d.people) == ("湖东日报", None, (("王芳", "记者"), ("李军", "通讯员")))
    d = parse_dispatch("本报8月4日讯 今年上半年，全区项目投资增长。")
    assert (d.outlet, d.month_day, d.people) == (None, (8, 4), ())
    # the credit's mark (文/图) after the name, the layout's spaces taken out, is no part of it
    d = parse_dispatch("本报讯（记者王晓梅文/图）9月5日，学校主体封顶。")
    assert d.people == (("王晓梅", "记者"),)


def test_web_text_an_e_papers_page_name_is_no_outlet():
    # 第3版 综合新闻: the page's name ends as an outlet's does (新闻) and is none; 青岛日报 after the page still is one
    assert [(m.publisher, m.page) for m in map(parse_meta_line, ["2026年9月15日　星期二　第3版　综合新闻",
                                                                "2024年8月31日 星期六 A01版 青岛日报"])] == [
        (None, "3"), ("青岛日报", "A01")]


def test_web_text_credit_names_skip_organisations():
    assert parse_meta_line("（作者：东山建工 刘明 张华）").people == (("刘明", "作者"), ("张华", "作者"))


# ---------------------------------------------------------------- articles


def test_web_text_an_outlet_credited_like_a_person_is_the_publisher():
    # 鲁 and 齐 are surnames, yet 鲁东网 and 齐州晚报 are outlets; a two-character name ending in 台 stays a name
    assert [(m.publisher, m.people) for m in map(parse_meta_line, ["编辑:鲁东网 发布时间:2024年06月25日",
                                                                  "责任编辑：齐州晚报", "编辑：王台"])] == [
        ("鲁东网", ()), ("齐州晚报", ()), (None, (("王台", "编辑"),))]


def test_web_text_three_stories_are_three_articles_with_their_headlines():
    articles = split_articles(_page(THREE_STORIES))
    assert [a.headline for a in articles] == [
        "北河区召开项目建设推进会", "民生实事 南岭县新建三所学校", "东山镇举行农产品展销会"]
    assert [a.date for a in articles] == ["2024-08-31", "2024-09-02", "2024-09-03"]
    assert [a.publisher for a in articles] == ["北河日报", None, "东山新闻网"]
    assert "马春生" in articles[1].text and "马春生" not in articles[0].text
    assert {(b.name, b.role) for b in articles[0].bylines} == {("孙军", "记者"), ("王丽", "责任编辑")}
    assert articles[1].bylines == () and articles[2].bylines == ()


def test_web_text_a_sites_name_over_the_story_is_its_publisher_not_its_headline():
    page = "齐州晚报网\n\n东山路综合整治年内实施\n\n本报1月30日讯(记者 马春生) 甲区召开会议。会议部署了全年工作。\n"
    [article] = split_articles(_page(page))
    assert (article.headline, article.publisher) == ("东山路综合整治年内实施", "齐州晚报网")


def test_web_text_a_first_line_over_the_date_line_is_the_headline_though_it_exclaims():
    page = "超50亿元的东山城破土动工!甲区52个项目集中开工!\n\n东山网  发布时间:2020-11-20 15:52\n\n转眼间到了年底。甲区举行集中开工活动。\n"
    [article] = split_articles(_page(page))
    assert (article.headline, article.publisher, article.date) == (
        "超50亿元的东山城破土动工!甲区52个项目集中开工!", "东山网", "2020-11-20")


def test_web_text_offsets_map_back_to_the_file():
    source = _page(THREE_STORIES)
    for a in split_articles(source):
        for i, ch in enumerate(a.text):
            if ch not in "\n ":
                assert source.text[a.offsets[i]] == ch


def test_web_text_byline_is_never_glued_into_a_name(nlp_full):
    from kg.nlp.pipeline import extract

    x = next(extract(split_articles(_page(THREE_STORIES)), nlp_full))
    names = {(m.type, m.name) for m in x.mentions}
    assert ("Person", "孙军") in names
    assert not any("孙军" in n and t != "Person" for t, n in names)


def test_web_text_edition_line_dates_every_article_of_the_page():
    page = ("2024年8月31日 星期六 A03版 北河日报\n\n北河区新建口袋公园\n\n本报讯 近日，北河区新建口袋公园十处，"
            "区城市管理局局长周平介绍了建设情况。\n\n南湖街道开展义诊\n\n本报讯 日前，南湖街道组织医生为居民义诊。\n")
    articles = split_articles(_page(page))
    assert [(a.headline, a.date, a.publisher, a.page) for a in articles] == [
        ("北河区新建口袋公园", "2024-08-31", "北河日报", "A03"),
        ("南湖街道开展义诊", "2024-08-31", "北河日报", "A03"),
    ]


def test_web_text_dispatch_day_takes_the_year_of_the_file():
    source = Source(name="p.html", path="p.html", text="西岭县召开会议\n\n本报3月5日讯 西岭县召开重点项目推进会。\n",
                    encoding="html", format="html", date="2024-03-06T08:00:00+08:00")
    assert [a.date for a in split_articles(source)] == ["2024-03-06"]
    source = Source(name="p.txt", path="p.txt", text="西岭县召开会议\n\n本报3月5日讯 西岭县召开重点项目推进会。\n",
                    encoding="utf-8")
    assert [a.date for a in split_articles(source)] == [None]


# ---------------------------------------------------------------- formats


def test_formats_html_keeps_the_article_not_menus_scripts_or_footer():
    for name, kept, dropped in [
        ("portal.html", ["区委书记周明远出席会议", "东湖区副区长郑海涛主持会议"],
         ["市委书记张三", "县长钱七", "区委副书记孙八", "政府信息公开", "版权所有", "北山区人民政府区长王五"]),
        ("news.html", ["新区管委会主任陈国栋", "西山精工机械有限公司投资建设"],
         ["市长朱九", "相关新闻", "冯涛", "网友", "版权所有", "信用卡"]),
        ("table.html", ["县长马文博", "年产5万吨新型复合材料项目"], ["县委书记杨十", "机构设置", "版权所有", "南岭县财政局"]),
    ]:
        text = read_source(HTML / name).text
        assert [k for k in kept if k not in text] == [], name
        assert [d for d in dropped if d in text] == [], name


def test_formats_html_metadata_and_gbk_charset():
    source = read_source(HTML / "news.html")  # declared gb2312, saved as GB18030
    assert (source.format, source.title, source.publisher) == ("html", "西山新区签约12个重点项目 总投资86亿元", "西山新闻网")
    assert [(a.headline, a.date, a.publisher) for a in split_articles(source)] == [
        ("西山新区签约12个重点项目总投资86亿元", "2023-09-20", "西山日报")]


def test_formats_html_given_by_name_is_never_read_as_raw_text(tmp_path, nlp_full):
    from kg.nlp.pipeline import extract

    page = tmp_path / "x.html"
    page.write_text('<html><head><script>var x="市委书记张三";</script></head><body><div><p>'
                    "日前，东岭区召开会议，区长王明出席会议并讲话，要求各部门抓好项目建设工作。</p></div>"
                    "<div>版权所有：东岭区人民政府</div></body></html>", encoding="utf-8")
    names = {m.name for x in extract(split_articles(read_source(page)), nlp_full) for m in x.mentions}
    assert "张三" not in names and "王明" in names


def test_formats_html_table_of_works_is_read_row_by_row(tmp_path):
    # a page's table of works: each row one line, its cells apart, so the row's builder develops its work and
    # the header's unit gives the work's investment
    from kg.run.build import build

    page = tmp_path / "in" / "list.html"
    page.parent.mkdir()
    page.write_text('<html><head><meta charset="utf-8"><title>钢城区重大项目集中开工</title></head><body><div>'
                    "<h1>钢城区重大项目集中开工</h1><p>5月15日，钢城区第二批重大项目集中开工，本批开工项目清单如下：</p>"
                    "<table><tr><th>序号</th><th>项目名称</th><th>建设单位</th><th>总投资（亿元）</th></tr>"
                    "<tr><td>1</td><td>澄波新材料产业园</td><td>宏耀特钢有限公司</td><td>18.5</td></tr>"
                    "<tr><td>2</td><td>翠岭大道改造工程</td><td>钢城区交通运输局</td><td>5.8</td></tr></table>"
                    "<p>区委书记王晓梅宣布项目开工。</p></div></body></html>", encoding="utf-8")
    build([page.parent], tmp_path / "out", html=False, store=False)
    rows = list(csv.DictReader((tmp_path / "out" / "relations.csv").open(encoding="utf-8-sig")))
    assert {(r["subject"], r["object"]) for r in rows if r["rule"] == "develops_table_row"} == {
        ("宏耀特钢有限公司", "澄波新材料产业园"), ("钢城区交通运输局", "翠岭大道改造工程")}
    money = list(csv.DictReader((tmp_path / "out" / "investments.csv").open(encoding="utf-8-sig")))
    assert {(r["project"], r["amount"]) for r in money} == {("澄波新材料产业园", "1850000000"),
                                                            ("翠岭大道改造工程", "580000000")}


def _docx_bytes(paragraphs, table=None) -> bytes:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _pdf_bytes(lines) -> bytes:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # built into reportlab: no font file
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 11)
    y = 800
    for line in lines:
        c.drawString(40, y, line)
        y -= 16
    c.save()
    return buf.getvalue()


DOCX_TEXT = ["西岭县召开招商推介会", "发布日期：2024-04-12",
             "4月11日，西岭县召开招商推介会，县委书记高峰出席并致辞。", "西岭县商务局局长林涛介绍了投资环境。"]


def test_formats_docx_paragraphs_and_tables():
    data = _docx_bytes(DOCX_TEXT, table=[["项目", "投资"], ["西岭物流园", "5亿元"]])
    source = source_from_bytes("a.docx", data)
    assert source.format == "docx"
    assert source.text == "\n\n".join(DOCX_TEXT + ["项目 投资", "西岭物流园 5亿元"])
    assert [(a.headline, a.date) for a in split_articles(source)] == [("西岭县召开招商推介会", "2024-04-12")]


def test_formats_pdf_text_layer():
    pytest.importorskip("pypdf")
    lines = ["西岭县新建污水处理厂", "2024年5月20日", "5月19日，西岭县污水处理厂项目开工，", "县住房和城乡建设局局长宋平出席。"]
    source = source_from_bytes("a.pdf", _pdf_bytes(lines))
    assert source.format == "pdf"
    assert [line for line in source.text.split("\n") if line.strip()] == lines
    [article] = split_articles(source)
    assert (article.headline, article.date) == ("西岭县新建污水处理厂", "2024-05-20")
    assert "西岭县污水处理厂项目开工，县住房和城乡建设局局长宋平出席。" in article.text


@pytest.mark.parametrize("suffix, module, hint", [
    (".pdf", "pypdf", "reading PDF needs pypdf: pip install 'kg[pdf]'"),
    (".docx", "docx", "reading DOCX needs python-docx: pip install 'kg[docx]'"),
    (".html", "readability", "reading HTML needs readability-lxml: pip install 'kg[html]'"),
])
def test_formats_missing_library_gives_the_install_line(monkeypatch, suffix, module, hint):
    import builtins

    real = builtins.__import__

    def no(name, *args, **kwargs):
        if name == module:
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no)
    with pytest.raises(SourceError) as err:
        source_from_bytes("a" + suffix, b"<html><body><p>x</p></body></html>")
    assert err.value.problem == hint


@pytest.mark.parametrize("name, data, problem", [
    ("scan.pdf", b"%PDF-1.4\n%broken", "not readable as PDF"),
    ("old.doc", b"\xd0\xcf\x11\xe0", "not a format kg reads (an old Word file: save it as .docx)"),
    ("bad.docx", b"PK\x03\x04nonsense", "not readable as .docx"),
])
def test_formats_bad_files_raise_one_clear_error(name, data, problem):
    pytest.importorskip("pypdf")
    pytest.importorskip("docx")
    with pytest.raises(SourceError) as err:
        source_from_bytes(name, data)
    assert err.value.problem.startswith(problem)


# ---------------------------------------------------------------- a folder as users have it


def test_formats_folder_of_every_kind_builds(tmp_path):
    from kg.run.build import build

    folder = tmp_path / "in"
    (folder / "web").mkdir(parents=True)
    shutil.copy(HTML / "portal.html", folder / "web" / "portal.html")
    (folder / "stories.txt").write_text(THREE_STORIES, encoding="utf-8")
    (folder / "notice.docx").write_bytes(_docx_bytes(DOCX_TEXT))
    (folder / "plant.pdf").write_bytes(_pdf_bytes(["西岭县新建污水处理厂", "2024年5月20日",
                                                   "县住房和城乡建设局局长宋平出席开工仪式。"]))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    errors = []
    summary = build([folder], tmp_path / "out", html=False, store=False, on_error=errors.append)
    assert summary.files == 4 and summary.shacl_conforms is True
    assert sorted((e.path.rsplit("/", 1)[1], e.problem) for e in errors) == [
        ("old.doc", "not a format kg reads (an old Word file: save it as .docx)"),
        ("photo.jpg", "not a format kg reads (an image (kg reads text, not scans))"),
    ]
    written = json.loads((tmp_path / "out" / "build.json").read_text(encoding="utf-8"))
    assert written["files_skipped"] == 2 and len(written["files_failed"]) == 2
    entities = (tmp_path / "out" / "entities.csv").read_text(encoding="utf-8-sig")
    for name in ("周明远", "刘长河", "马春生", "黄立", "高峰", "宋平"):
        assert name in entities, name
    for name in ("张三", "钱七", "孙八", "王五", "孙军区委"):
        assert name not in entities, name
    nt = (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8")
    headlines = {line.split('"')[1] for line in nt.splitlines()
                 if "/article/stories.txt/" in line and "rdf-schema#label" in line}
    assert headlines == {"北河区召开项目建设推进会", "民生实事 南岭县新建三所学校", "东山镇举行农产品展销会"}
    assert '<https://w3id.org/kgnews/id/article/stories.txt/0> <http://purl.org/dc/terms/date> ' \
           '"2024-08-31"^^<http://www.w3.org/2001/XMLSchema#date> .' in nt
    # evidence offsets count characters of the saved text
    saved = tmp_path / "out" / "text" / "web" / "portal.html.txt"
    assert "区委书记周明远出席会议并讲话" in saved.read_text(encoding="utf-8")
