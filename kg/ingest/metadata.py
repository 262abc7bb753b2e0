"""What a page says about an article: its date, its paper or site, its page, its credits.

Web pages print these on lines of their own, around the headline::

    2024年08月31日 09:25　来源：北河日报　作者：林静　浏览次数：1024
    发布日期：2023-09-20
    （责任编辑：王丽）
    原标题：……

and news opens with a dispatch line that names the outlet, the day and the reporters:
``本报讯（记者 孙军）``, ``湖北日报讯 （记者张爱虎、通讯员李小龙）``, ``新华社北京5月1日电``.
E-paper pages print a masthead line: ``2024年8月31日 星期六 A01版 青岛日报``.

:func:`parse_meta_line` reads such a line (``None`` for any other line);
:func:`parse_dispatch` reads the opening of a paragraph; :func:`iso_date` normalises a
date as exactly as it is given.  The labels and outlet words are in
``data/furniture.json``; names of people are checked against the surname list, so an
organisation in a credit (``作者：中建七局 张文超``) is never taken for a person.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["LineMeta", "Dispatch", "parse_meta_line", "parse_dispatch", "iso_date", "credited_names", "furniture_data"]


@cache
def furniture_data() -> dict:
    """``data/furniture.json``: credit roles, masthead patterns, web page labels (outlets: ``data/outlets.tsv``)."""
    return json.loads(resources.files("kg").joinpath("data/furniture.json").read_text(encoding="utf-8"))

# a date as pages print it: 2024年08月31日, 2024-08-31, 2024/8/31, 2024.08.31 (time and weekday may follow)
_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")
_WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")
_PAGE = re.compile(r"^(?:第\s*)?([A-Za-z]{0,2}\d{1,3})\s*版(?:[:：].{0,8})?$")
_STOPS = re.compile(r"[。！？；!?;，,]")
_SPACE = "\\s\u3000|｜丨"
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


@dataclass(frozen=True)
class LineMeta:
    """What one date, source or credit line says (``None``/empty where it says nothing)."""

    date: str | None = None  # ISO, as exact as given (2024-08-31)
    publisher: str | None = None  # 来源 or a site's name on the line
    page: str | None = None  # A01
    people: tuple[tuple[str, str], ...] = ()  # (name, role)
    original_title: str | None = None


@dataclass(frozen=True)
class Dispatch:
    """A dispatch opening (``本报讯（记者 孙军）``): where it ends in the line, its outlet
    (``None`` for the paper itself: 本报), the month and day it names, its reporters."""

    end: int
    outlet: str | None
    month_day: tuple[int, int] | None
    people: tuple[tuple[str, str], ...]


def iso_date(text: str) -> str | None:
    """The first full date in ``text`` as ``YYYY-MM-DD``, or None.

    >>> iso_date("发布时间：2021年03月26日 09:25"), iso_date("2023-9-20"), iso_date("2023年13月1日")
    ('2021-03-26', '2023-09-20', None)
    """
    for m in _DATE.finditer(text):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= month <= 12 and 1 <= day <= _days(year, month):
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _days(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@cache
def _patterns() -> dict[str, re.Pattern]:
    from kg.lang import lexicon

    d, lex = furniture_data(), lexicon.load()
    labels = "|".join(map(re.escape, sorted(d["meta_labels"], key=len, reverse=True)))
    suffixes = "|".join(map(re.escape, sorted(lex.outlet_endings, key=len, reverse=True)))
    houses = "|".join(map(re.escape, lex.house_outlets))
    return {
        # a label at the start of the line or after a space or bar, then a colon
        "label": re.compile(rf"(?:^|(?<=[{_SPACE}]))({labels})\s*[:：]\s*"),
        "outlet": re.compile(rf"^[\u4e00-\u9fffA-Za-z·\-/（）()]{{1,20}}?(?:{suffixes})$"),
        "outlet_end": re.compile(rf"^(.*?(?:{suffixes}))[\u4e00-\u9fff]{{2,3}}$"),
        # 本报讯, 湖北日报讯, 人民网福州4月26日电, 本报8月4日讯 — then reporters in brackets, maybe
        "dispatch": re.compile(
            rf"^(?P<outlet>{houses}|[\u4e00-\u9fffA-Za-z·/]{{2,20}}?)\s*(?:(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})日)?\s*(?:讯|电)"
            rf"\s*(?:[（(](?P<credit>[^（）()。，]{{1,40}})[）)])?\s*"),
        "house": re.compile(rf"^(?:{houses})$"),
    }


def _outlet(name: str) -> str | None:
    """``name`` when it is a paper, site or channel (ends with 报, 网, 台 …), else None."""
    name = name.strip(" -—·|｜")
    return name if name and _patterns()["outlet"].match(name) else None


def parse_meta_line(line: str) -> LineMeta | None:
    """What a date, source or credit line says; None when ``line`` is not one.

    >>> m = parse_meta_line("2024年08月31日 09:25　来源：北河日报　作者：林静　浏览次数：1024")
    >>> m.date, m.publisher, m.people
    ('2024-08-31', '北河日报', (('林静', '作者'),))
    >>> parse_meta_line("2021-01-12 10:31 大众报业·半岛网").publisher
    '大众报业·半岛网'
    >>> parse_meta_line("2024年8月31日 星期六 A01版 青岛日报").page
    'A01'
    >>> parse_meta_line("齐州晚报网").publisher
    '齐州晚报网'
    >>> parse_meta_line("（责任编辑：王丽）").people
    (('王丽', '责任编辑'),)
    >>> parse_meta_line("2024年8月31日，全区召开会议。") is None, parse_meta_line("全区经济工作会议召开") is None
    (True, True)
    """
    s = line.strip()
    if len(s) >= 2 and s[0] in "（(【[" and s[-1] in "）)】]":
        s = s[1:-1].strip()
    if not s or len(s) > 120:
        return None
    p = _patterns()
    if s.startswith("原标题"):
        m = p["label"].match(s)
        if m and m.end() < len(s):
            return LineMeta(original_title=s[m.end():].strip())
        return None
    if _STOPS.search(s):
        return None
    labels = list(p["label"].finditer(s))
    prefix = s[: labels[0].start()] if labels else s
    kinds = furniture_data()["meta_labels"]
    date = iso_date(prefix)
    publisher = page = None
    people: list[tuple[str, str]] = []
    # before the first label: dates, times, weekdays, a page, the names of papers and sites
    rest = _WEEKDAY.sub(" ", _TIME.sub(" ", _DATE.sub(" ", prefix)))
    for token in re.split(rf"[{_SPACE}]+", rest):
        if not token:
            continue
        if _PAGE.match(token):
            page = _PAGE.match(token).group(1).upper()
        elif token in furniture_data()["page_sections"]:
            continue  # 第3版 综合新闻: the page's name, no outlet's
        elif _outlet(token):
            publisher = publisher or _outlet(token)
        else:
            return None  # words that are neither: a headline or a sentence, not a meta line
    if not labels and date is None and page is None and publisher is None:
        return None  # a line of outlets alone (齐鲁晚报网 over a web story) is its site's name
    for k, m in enumerate(labels):
        value = s[m.end(): labels[k + 1].start() if k + 1 < len(labels) else len(s)].strip()
        kind = kinds[m.group(1)]
        if kind == "date":
            date = date or iso_date(value)
            if iso_date(value) is None and not _TIME.fullmatch(value):
                return None  # 时间：…, not a date: a sentence that starts with a label
        elif kind == "source":
            publisher = publisher or (value.split()[0] if value.split() else None)
        elif kind == "original_title":
            return None  # 原标题 mid-line: not a meta line
        elif kind != "ignore":
            names = credited_names(value)
            people.extend((name, kind) for name in names)
            if not names and _outlet(value):
                publisher = publisher or _outlet(value)  # 编辑：鲁南网 — a site, not a person
    return LineMeta(date=date, publisher=publisher, page=page, people=tuple(people))


def credited_names(text: str) -> list[str]:
    """The people a credit names (``张文超 张景世``, ``张爱虎、周三春``), each 2–4 characters
    starting with a known surname; other words (an organisation: 中建七局; an outlet, though
    it starts like a name: 鲁南网) are skipped.

    >>> credited_names("中建七局 张文超 张景世")
    ['张文超', '张景世']
    >>> credited_names("鲁南网")
    []
    """
    from kg.lang.lexicon import load

    surnames = load().surnames
    names = []
    for token in re.split(r"[\s\u3000、，,/]+", text):
        if _CJK_NAME.fullmatch(token) and (token[:1] in surnames or token[:2] in surnames) and not (len(token) > 2 and _outlet(token)):
            names.append(token)
    return names


def parse_dispatch(paragraph: str) -> Dispatch | None:
    """The dispatch opening of a paragraph, or None.

    >>> d = parse_dispatch("本报讯（记者 孙军 通讯员 高远）日前，区委召开会议。")
    >>> d.outlet, d.people, paragraph_rest("本报讯（记者 孙军 通讯员 高远）日前，区委召开会议。", d)
    (None, (('孙军', '记者'), ('高远', '通讯员')), '日前，区委召开会议。')
    >>> parse_dispatch("人民网福州4月26日电 （刘宝琴）25日下午，…").outlet
    '人民网'
    >>> parse_dispatch("国家电网公司召开会议。") is None
    True
    """
    if "讯" not in paragraph[:40] and "电" not in paragraph[:40]:
        return None
    p = _patterns()
    m = p["dispatch"].match(paragraph)
    if not m or m.end() >= len(paragraph):
        return None
    raw = m.group("outlet")
    month_day = (int(m.group("month")), int(m.group("day"))) if m.group("month") else None
    if p["house"].match(raw):
        outlet = None
    else:
        outlet = _outlet(raw)
        if outlet is None:
            cut = p["outlet_end"].match(raw)  # 人民网福州 → 人民网: the city it was filed from follows
            outlet = _outlet(cut.group(1)) if cut else None
        if outlet is None:
            return None  # 国家电网: no outlet before 电, so no dispatch
    people: list[tuple[str, str]] = []
    credit = re.sub(r"文/图|图/文", " ", m.group("credit") or "")  # (记者甲文/图, the layout's spaces taken out)
    parts = re.split(r"(记者|通讯员|实习生|摄影)", credit)
    role = "记者" if len(parts) == 1 else None  # （刘宝琴）: a reporter; else names follow a role word
    for part in parts:
        if part in ("记者", "通讯员", "实习生", "摄影"):
            role = part
        elif role is not None:  # before the first role word: the reporters' outlet (YMG全媒体)
            people.extend((name, role) for name in credited_names(part))
    if credit and not people:
        return None  # brackets that name no one: not a credit
    return Dispatch(end=m.end(), outlet=outlet, month_day=month_day, people=tuple(people))


def paragraph_rest(paragraph: str, dispatch: Dispatch) -> str:
    """The paragraph after its dispatch opening (for doctests and callers that show it)."""
    return paragraph[dispatch.end:]
