"""What a line of a newspaper page is: body, headline candidate, credit, furniture.

Both layout repair (which must not join a byline onto the text around it) and article
segmentation (which cuts articles at credits and headings) ask this question, so it is
answered once, here.  The language knowledge — credit roles, outlets, furniture roles,
masthead patterns — is in ``data/furniture.json``; the outlets of credit lines are in
``data/outlets.tsv``, read through :mod:`kg.lang.lexicon`.
"""

from __future__ import annotations

import re
from functools import cache

from kg.ingest.metadata import furniture_data, parse_dispatch, parse_meta_line

__all__ = ["classify", "parse_byline", "parse_furniture", "inline_credit", "SPECIAL_KINDS", "SHORT_LINE", "ends_sentence",
           "attachment_label", "furniture_data"]

_STOPS = "。！？；…!?;"
# what a meta line cannot be without: a label's colon, a date, or a page (see kg.ingest.metadata)
_META_HINT = re.compile(r"[:：]|(?:19|20)\d{2}\s*[年\-/.]|\d版")
_CJK_NAME = r"[\u4e00-\u9fff·]{2,4}"
SHORT_LINE = 60  # longest line that can be a headline
#: the credit words of a byline in brackets at a paragraph's end (记者, 通讯员, 实习生, 见习记者, 融媒体记者)
_CREDIT_ROLE = r"(?:见习|特约|融媒体?|全媒体)?(?:记者|通讯员|实习生|摄影|摄像)"


_data = furniture_data


@cache
def _patterns() -> dict[str, re.Pattern]:
    from kg.lang import lexicon

    d = _data()
    roles = "|".join(map(re.escape, d["furniture_roles"]))
    outlets = "|".join(map(re.escape, sorted(lexicon.load().outlets, key=len, reverse=True)))
    endings = "|".join(map(re.escape, lexicon.load().outlet_endings))
    # a name that is not a furniture role and runs into none (刘洋美编 of 责编刘洋美编张敏, spaces repaired away)
    name = rf"(?:(?!(?:{roles}))[\u4e00-\u9fff·]){{2,4}}"
    return {
        "furniture": re.compile(rf"^(?:(?:{roles})\s*{name}(?:\s+{name})*\s*)+$"),
        "furniture_part": re.compile(rf"({roles})\s*((?:{name}\s*)+)"),
        "masthead": re.compile(d["masthead"]),
        "latin": re.compile(d["latin_masthead"]),
        "continuation": re.compile(d["continuation"]),
        "note": re.compile(d["publication_note"]),
        # □青岛日报/观海新闻记者 王涛文/图 ; 记者 王涛 通讯员 林俊文
        # (淄博日报/淄博晚报/掌上淄博记者 司马博文: the outlets of one newsroom joined by /, the first one kg knows or
        # named as outlets are)
        "top": re.compile(rf"^[□■]?\s*(?:(?:{outlets}|[\u4e00-\u9fff]{{2,10}}?(?:{endings})(?=/))(?:/[\u4e00-\u9fff]{{2,10}})*\s*)?"
                          rf"(?:(?:见习|特约|融媒)?记者|通讯员)\s*"
                          rf"{_CJK_NAME}(?:\s+(?:{_CREDIT_ROLE}\s*)?{_CJK_NAME})*\s*(?:文/图|图/文)?$"),
        # （本报记者 张静 整理） （史晓萌） （韩伟绩 张燕） (融媒记者)
        "end": re.compile(rf"^[（(]\s*(?:(?:{outlets})?(?:见习|特约|融媒)?记者\s*)?(?:{_CJK_NAME}(?:\s+{_CJK_NAME})*)?\s*(?:整理)?\s*[)）]$"
                          rf"|^[（(]\s*(?:(?:{outlets}|[\u4e00-\u9fff]{{2,10}}?(?:{endings}))\s*)?{_CREDIT_ROLE}\s*{_CJK_NAME}"
                          rf"(?:\s+(?:{_CREDIT_ROLE}\s*)?{_CJK_NAME})*\s*(?:整理|文/图|图/文)?\s*[)）]$"),
        # …评价。（张澜） ; …仪式。（崂山区融媒体中心 赵明轩 文/图） ; …。（记者 王蕾 实习生 孙梓萌）
        "end_in_line": re.compile(rf"(?<=[。！？”])\s*([（(]\s*(?:(?:{outlets}|[\u4e00-\u9fff]{{2,10}}?(?:{endings}))\s*)?"
                                  rf"(?:{_CREDIT_ROLE}\s*)?{_CJK_NAME}(?:\s+(?:{_CREDIT_ROLE}\s*)?{_CJK_NAME})*"
                                  rf"\s*(?:整理|文/图|图/文)?\s*[)）])$"),
        "photo": re.compile(rf"^[（(]?\s*{_CJK_NAME}(?:\s+{_CJK_NAME})*\s*摄\s*[)）]?$"),
        "continuation_in_line": re.compile(r"\s*([（(](?:下转|上接|转)[^）)]{1,6}[)）])$"),
        "photo_in_line": re.compile(rf"(?<=[。！？”])\s*([（(]\s*{_CJK_NAME}(?:\s+{_CJK_NAME})*\s*摄\s*[)）])$"),
        "outlet": re.compile(rf"({outlets})"),
    }


def unspaced(line: str) -> str:
    """``line`` with the single spaces between lone characters taken out: a page export's spaced
    names (``责编 刘 洋  美编 张 敏`` → ``责编 刘洋  美编 张敏``); a wider gap still parts two names.

    >>> unspaced("责编 刘 洋  美编 张 敏"), unspaced("责编 王杰 刘宗伟")
    ('责编 刘洋  美编 张敏', '责编 王杰 刘宗伟')
    """
    if " " not in line:
        return line
    out = []
    for gap_or_run in re.split(r"(\s{2,}|\u3000+)", line):
        if not gap_or_run or gap_or_run.isspace():
            out.append(gap_or_run)
            continue
        words: list[str] = []
        lone = False  # whether the last word is lone characters joined
        for part in gap_or_run.split(" "):
            if len(part) == 1 and "\u4e00" <= part <= "\u9fff" and words and lone:
                words[-1] += part
            else:
                words.append(part)
                lone = len(part) == 1 and "\u4e00" <= part <= "\u9fff"
        out.append(" ".join(words))
    return "".join(out)


def classify(line: str) -> str:
    """The kind of a repaired paragraph.

    >>> [classify(x) for x in ("今日即墨", "（史晓萌）", "□青岛日报/观海新闻记者 王涛", "梁孝鹏 摄",
    ...                        "## 民生在线", "严把数据关 工业统计精确有据", "日前，会议召开。")]
    ['masthead', 'end_byline', 'top_byline', 'photo', 'heading2', 'short', 'body']
    >>> [classify(x) for x in ("发布日期：2023-09-20", "（责任编辑：王丽）", "本报讯（记者 孙军）日前，会议召开。")]
    ['meta', 'end_byline', 'dispatch']
    """
    p = _patterns()
    s = line.strip()
    if not s:
        return "blank"
    if p["masthead"].match(s):
        return "masthead"
    if p["latin"].match(s) or p["furniture"].match(unspaced(s)):
        return "furniture"
    if p["continuation"].match(s):
        return "continuation"
    if p["note"].match(s):
        return "note"  # (此件公开发布): how a notice is published, a line of no article's own
    if s.startswith("## ") or s.startswith("### "):
        return "heading2"
    if s.startswith("# "):
        return "heading1"
    # web pages: a date, source or credit line (发布时间：… 来源：…), a credit in brackets
    # at an article's end (（责任编辑：王丽）), a dispatch opening a story (本报讯（记者 孙军）…)
    if len(s) <= 120 and _META_HINT.search(s) or len(s) <= 12:  # 齐鲁晚报网 alone: its site's name
        meta = parse_meta_line(s)
        if meta is not None:
            bracketed = s[0] in "（(【[" and s[-1] in "）)】]"
            # (责任编辑：王丽 with no brackets: an editor's credit closes the text above it, as in brackets)
            closing = meta.people and meta.date is None and meta.publisher is None \
                and all(role in furniture_data()["closing_credits"] for _, role in meta.people)
            return "end_byline" if bracketed and meta.people or closing else "meta"
    if ("讯" in s[:40] or "电" in s[:40]) and parse_dispatch(s) is not None:
        return "dispatch"
    # the words a pattern cannot match without, tested first: most lines are body text
    if ("记者" in s or "通讯员" in s) and p["top"].match(s):
        return "top_byline"
    if p["end"].match(s) and len(s) <= 30:
        return "end_byline"
    if "摄" in s and p["photo"].match(s):
        return "photo"
    if len(s) <= SHORT_LINE and s[-1] not in _STOPS and not any(c in s for c in "。！？"):
        return "short"
    return "body"


def _outlet_before_role(token: str) -> str | None:
    """The outlet a credit word follows in ``token`` (昆明日报全媒体记者 → 昆明日报), by the endings of
    outlets' names (kg/data/outlets.tsv); ``None`` when no credit word ends the token."""
    from kg.lang import lexicon

    credit = re.search(rf"{_CREDIT_ROLE}$", token)
    if credit is None or credit.start() < 2:
        return None
    lex = lexicon.load()
    head = token[: credit.start()]
    named = lex.outlet_prefix(head)
    return named if named == head and not named.startswith(lex.house_outlets) else None


def _outlet_alone(token: str, line: str) -> str | None:
    """``token`` when the whole of it names an outlet (甲市融媒体中心) and more of the credit line follows it."""
    from kg.lang import lexicon

    return token if len(line) > len(token) and lexicon.load().outlet_prefix(token) == token else None


#: the mark of a credit for words and pictures, opening the line
_CREDIT_MARK_FIRST = re.compile(r"^(?:文/图|图/文|文\s*/\s*图)\s*")


def parse_byline(text: str) -> list[tuple[str, str | None, str | None]]:
    """(name, role, outlet) for each person a credit line names.

    >>> parse_byline("□青岛日报/观海新闻记者 王涛 通讯员 林俊文")
    [('王涛', '记者', '青岛日报/观海新闻'), ('林俊文', '通讯员', '青岛日报/观海新闻')]
    >>> parse_byline("（本报记者 张静 整理）")
    [('张静', '记者', '本报')]
    >>> parse_byline("文/图 钢城区融媒体中心记者 王晓梅")
    [('王晓梅', '记者', '钢城区融媒体中心')]
    >>> parse_byline("梁孝鹏 摄"), parse_byline("（记者 梁孝鹏 摄）")
    ([('梁孝鹏', '摄影', None)], [('梁孝鹏', '摄影', None)])
    """
    p = _patterns()
    s = text.strip().strip("□■（）()").strip()
    s = _CREDIT_MARK_FIRST.sub("", s)  # (文/图 甲区融媒体中心记者 乙: the credit's mark, written first)
    first = s.split()[0] if s.split() else ""
    outlet = _outlet_before_role(first) or _outlet_alone(first, s)  # 贵阳日报 | 融媒体记者: an outlet kg has no
    # list of, before its credit word; 甲市融媒体中心 | 记者 乙: or a word of its own
    outlet_match = p["outlet"].search(s) if outlet is None else None
    outlet = outlet or (outlet_match.group(1) if outlet_match else None)
    if outlet:
        s = s.replace(outlet, " ", 1)
    s = re.sub(r"文/图|图/文", " ", s)
    people: list[tuple[str, str | None, str | None]] = []
    if s.endswith("摄"):
        # (记者 甲 摄: the credit word before the photographer's name is no name)
        return [(n, "摄影", outlet) for n in re.findall(_CJK_NAME, re.sub(_CREDIT_ROLE, " ", s[:-1]))]
    role: str | None = None
    for token in re.split(r"\s+|(?<=记者)|(?=通讯员)|(?<=通讯员)", s):
        token = token.strip()
        if not token or token == "整理":
            continue
        if outlet is None and (named := _outlet_before_role(token)) is not None:
            outlet, token = named, token[len(named) :]  # 郑州日报 | 记者: an outlet kg has no list of
        for word, canonical in _data()["byline_roles"].items():
            if token.endswith(word) and (len(token) <= len(word) + 2 or "/" in token):  # (甲日报/乙晚报记者)
                role = canonical
                break
        else:
            if re.fullmatch(_CJK_NAME, token):
                people.append((token, role, outlet))
    return people



#: Kinds of line that always stand alone: never joined to the lines around them.
SPECIAL_KINDS = frozenset({"masthead", "furniture", "continuation", "heading1", "heading2", "top_byline",
                           "end_byline", "photo", "meta", "note"})


def attachment_label(line: str) -> bool:
    """Is ``line`` a notice's attachment label, a line of its own (附件, 附件2：甲名单: furniture.json ``attachment``)?

    >>> attachment_label("附件"), attachment_label("附件2：先进个人名单"), attachment_label("附件下载量")
    (True, True, False)
    """
    return _attachment().match(line) is not None


@cache
def _attachment() -> re.Pattern:
    return re.compile(_data()["attachment"])


def ends_sentence(line: str) -> bool:
    """Does ``line`` end with sentence-final punctuation (closing quotes and brackets allowed)?

    >>> ends_sentence("他说。”"), ends_sentence("区综合行政执法局：")
    (True, False)
    """
    s = line.rstrip().rstrip("”’」』）)\"'")
    return bool(s) and s[-1] in _STOPS


def inline_credit(line: str, kinds: tuple[str, ...] = ("end_in_line", "photo_in_line", "continuation_in_line")) -> int | None:
    """Where a credit printed at the end of a body line starts (``…评价。 （张澜）``), if any; ``kinds``: which
    credits (``end_in_line``: the people who wrote it; ``photo_in_line``, ``continuation_in_line``)."""
    # each pattern ends with a closing bracket at the end ($ also holds before a final newline):
    # without one, spare the three searches, which try every position of the line
    if not (line[:-1] if line.endswith("\n") else line).endswith((")", "）")):
        return None
    p = _patterns()
    for key in kinds:
        m = p[key].search(line)
        if m and m.start(1) > 0:
            return m.start(1)
    return None


def parse_furniture(line: str) -> list[tuple[str, str | None, str | None]]:
    """(name, role, None) for each person a furniture line credits.

    >>> parse_furniture("责编 王杰 刘宗伟 美编 李晓萌")
    [('王杰', '责编', None), ('刘宗伟', '责编', None), ('李晓萌', '美编', None)]
    """
    out = []
    for role, names in _patterns()["furniture_part"].findall(unspaced(line)):
        out.extend((n, role, None) for n in names.split())
    return out
