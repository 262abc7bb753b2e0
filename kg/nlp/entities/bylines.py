"""``kg_bylines``: credit lines left in the text → ``Person`` mentions of kind ``byline``.

``□青岛日报/观海新闻记者 王涛`` (and its outlets, as ``Organization``), ``梁孝鹏 摄``,
``（史晓萌）``, ``（本报记者 张静 整理）``, ``（记者 周明 通讯员 郭晓燕）`` mid-paragraph,
``责编 王杰 刘宗伟``.  Byline names the article splitter moved out of the text
(``Article.bylines``) are not mentions: resolution makes them ``Person`` entities.

Each pattern first checks that the words it cannot match without are in the text at all:
most articles have no byline, and a pattern that fails costs a scan of the whole text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, DataSource
from kg.nlp.entities.index import NameIndex
from kg.nlp.entities.people import person_after
from kg.records import Mention

__all__ = ["BylineSource", "BYLINE_LINE", "byline_lines"]

_BYLINE_NAME = r"[\u4e00-\u9fff]{2,6}"
_NAME_RE = re.compile(_BYLINE_NAME)
#: a name whose parts a middle dot joins (阿依夏·吐尔洪)
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")
_WEEKDAY = re.compile(r"周[一二三四五六日天]|星期.")
#: a credit line: outlet, credit word, names (and 文/图, 摄, 整理) up to the line's end or a closing bracket
BYLINE_LINE = re.compile(
    rf"(?:^|□)[ 　]*([^\s□，。：（）()]{{0,20}}?)(记者|通讯员|见习记者|特约记者|摄影记者)[ 　]*((?:{_BYLINE_NAME}[ 　]*)+?)(?:文/图|文|/图|摄|整理)?(?=$|\n|）|\))",
    re.M,
)
# what BYLINE_LINE cannot match without: after the credit word only names and spaces (and
# 文/图, 摄, 整理) up to the line's end or a closing bracket.  BYLINE_LINE backtracks
# through every way of cutting a run of characters into names (a sentence of 记者 and 40
# characters took seconds), so it runs only on the lines that have this (see byline_lines).
_BYLINE_LINE_HINT = re.compile(r"(?:记者|通讯员)[ 　\u4e00-\u9fff]*(?:/图)?(?:$|\n|）|\))", re.M)
_BYLINE_BOX = re.compile(r"□([^\s□，。：]{0,20}?)(记者|通讯员)[ 　]*(?=[\u4e00-\u9fff])")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
#: the mark of a credit for words and pictures opening the line, before the outlet
_CREDIT_MARK = re.compile(r"(?:文/图|图/文)[ 　]*")
_BYLINE_PHOTO = re.compile(rf"(?:^|\n)[ 　]*({_BYLINE_NAME})[ 　]+摄")
_CREDIT = r"责任编辑|责编|美编|审读|排版|编辑|校对"
# A credit word run into the names around it (layout repair removes the spaces of a credit line):
# 大众网记者丁尊宝青岛报道, 半岛全媒体记者刘笑笑通讯员姜娟, (记者张爱虎、周三春、通讯员李小龙).
_INLINE_CREDIT = re.compile(r"(全媒体|融媒体?|见习|特约|摄影)?(记者|通讯员)")
# what may stand right before such a credit word: an outlet's name, or a Latin acronym (YMG全媒体记者)
_CREDIT_LEFT = re.compile(r"[\u4e00-\u9fffA-Za-z·/]{1,16}$")
# a dateline: 人民网福州4月26日电, 湖北日报讯, 青岛日报社/观海新闻9月29日讯 — found from its 电/讯 backwards
_DATELINE_END = re.compile(r"(?:\d{1,2}月\d{1,2}日)?(?:电|讯)")
# a dateline right before a credit word run into it: 新华社开罗4月28日电记者朱梦魁报道, 本报讯记者张伟
_DATELINE_BEFORE = re.compile(r"(?:\d{1,2}月\d{1,2}日)?(?:电|讯)[ 　]*$")
_REPORTED = "报道"  # 记者王娜济南报道: the word after a credit line's names (and the place reported from)
#: the longest city written between a dateline's outlet and its date (人民网 | 乌鲁木齐 | 4月26日电)
_DATELINE_PLACE = 5
_DATELINE_RUN = re.compile(r"(?:^|(?<=[\s。！？!?）)]))([\u4e00-\u9fffA-Za-z·/]{3,24})$")
_DATELINE_NAME = re.compile(r"[ 　]*[（(]([\u4e00-\u9fff]{2,4})[）)]")
# a labelled credit: 来源：人民网-福建频道, 编辑:鲁南网, （作者:中建七局 张文超 张景世）, (编辑:裴春梅)
_LABELLED = re.compile(r"(来源|稿源|编辑|责任编辑|责编|作者)[:：][ 　]*([\u4e00-\u9fffA-Za-z·][^\s,，。；;（）()]{1,30})")
_LABELS = ("来源", "稿源", "编辑", "责编", "作者")
#: a credit word and a colon before names (记者：甲　乙, 摄影：丙), and one name there with the spaces or 、 after it
_COLON_CREDIT = re.compile(r"(记者|通讯员|见习记者|特约记者|摄影记者|摄影|摄像|实习生)[:：][ 　]*")
_CREDIT_TOKEN = re.compile(r"([\u4e00-\u9fff·]+)[ 　、，,]*")
_CREDIT_GAP = re.compile(r"[ 　、，,]*")
# a photo credit after a caption's last stop: 座谈会现场。兰艳肖摄
#: a credit's mark after a slash (余婷/文, 邓卓/图)
_SLASH_MARKS = ("文字", "文", "图片", "图", "摄影", "摄")
_SLASH_CREDIT = re.compile(r"/(?:文字|文|图片|图|摄影|摄)(?=[^\u4e00-\u9fff]|[\u4e00-\u9fff]{2,3}/|$)")
_PHOTO_INLINE = re.compile(r"(?<=[。！？”])[ 　]*([\u4e00-\u9fff]{2,4}?)[ 　]*摄(?=[ 　]*(?:\n|$))")
_SEPARATORS = "、，, 　"
#: what a credit line writes after its names, never a name's character (记者 王 摄 is no 王摄)
_CREDIT_MARKS = "摄文图"
#: an editor's credit word before a name spaced out to the width of three (美编 连 晓, 责任编辑：冉 静)
_CREDIT_SPACED = re.compile(rf"({_CREDIT})[:：]?[ 　]*(?=[\u4e00-\u9fff][ 　][\u4e00-\u9fff](?:[ 　\n、，,）)]|$))")
_BYLINE_CREDIT = re.compile(rf"({_CREDIT})[ 　]*((?:(?:(?!{_CREDIT})[\u4e00-\u9fff]){{2,6}}(?:[ 　]+|$))+)", re.M)


@functools.cache
@functools.lru_cache(maxsize=1)
def _division_units() -> tuple[str, ...]:
    """The units a district's or a town's name ends with (李沧区, 莱西市, 甲镇): a name in closing brackets ending so
    is a place, no credit."""
    from kg.lang.gazetteer import level_suffixes

    return level_suffixes("district") + level_suffixes("town")


def _house_patterns(house: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The credit patterns that a word for "this outlet" (本报, 融媒: kg/data/outlets.tsv) may open:
    ``（本报记者 周明 通讯员 郭晓燕）`` (the whole and each part) and ``（本报记者 张静 整理）``."""
    before = "|".join(map(re.escape, sorted(house, key=len, reverse=True)))
    role = rf"(?:{before})?(记者|通讯员|见习记者|实习生)"
    brackets = re.compile(rf"[（(]((?:{role}[ 　]*(?:[\u4e00-\u9fff]{{2,3}}[ 　]*)+?)+)[）)]")
    part = re.compile(rf"{role}[ 　]*((?:(?!{role})[\u4e00-\u9fff]{{2,3}}[ 　]*)+)")
    end = re.compile(rf"[（(](?:{before})*(?:记者)?[ 　]*((?:{_BYLINE_NAME}[ 　]*){{1,3}})(?:整理)?[）)](?=[ 　]*(?:\n|$))")
    return brackets, part, end


class BylineSource(DataSource):
    """Reporters, photographers and editors credited in the text, and the reporters' outlets."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text, lex = index.text, self.data.lex
        out: list[Mention] = []
        byline_brackets, byline_part, byline_end = _house_patterns(lex.house_outlets)

        def add(s: int, e: int, role: str | None) -> None:
            if text.endswith(_REPORTED, s, e):
                # 记者王娜济南报道: the city the reporter wrote from and 报道 are no part of the names
                e -= len(_REPORTED)
                place = index.place_end.get(e)
                if place is not None and place > s:
                    e = place
            n = text[s:e]
            if len(n) >= 4:  # two names whose separating space the layout repair removed: 陈一豪张燕
                for k in (3, 2):
                    if n[k : k + 1] in lex.surnames and 2 <= len(n) - k <= 3 and n[:1] in lex.surnames:
                        add(s, s + k, role)
                        add(s + k, e, role)
                        return
                return
            if _WEEKDAY.fullmatch(n):
                return
            if n[:1] in lex.surnames or n[:2] in lex.surnames:
                out.append(Mention(s, e, n, "Person", n, kind="byline", role=role, rule="byline"))

        reporter = "记者" in text or "通讯员" in text
        bracket = "（" in text or "(" in text
        for line_start, line_end in byline_lines(text) if reporter else ():
            for m in BYLINE_LINE.finditer(text, line_start, line_end):
                for n in _NAME_RE.finditer(m.group(3)):
                    add(m.start(3) + n.start(), m.start(3) + n.end(), m.group(2))
                skip, run = self._without_dateline(m.group(1))
                if (mark := _CREDIT_MARK.match(run)) is not None:
                    skip, run = skip + mark.end(), run[mark.end():]  # (文/图 | 甲区融媒体中心记者乙: the mark, no outlet)
                pos = m.start(1) + skip
                for outlet in run.split("/"):  # 青岛日报/观海新闻: the reporters' media
                    if len(outlet) >= 2 and not outlet.startswith(lex.house_outlets):
                        out.append(Mention(pos, pos + len(outlet), outlet, "Organization", outlet, rule="byline_outlet"))
                    pos += len(outlet) + 1
        if reporter and "□" in text:
            for m in _BYLINE_BOX.finditer(text):
                if any(o.start <= m.end() < o.end for o in out):
                    continue
                n = person_after(text, m.end(), lex.surnames, self.data.freq)
                if n:
                    add(m.end(), m.end() + len(n), m.group(2))
        # （记者 周明 通讯员 郭晓燕）anywhere: the credit words make it a byline even mid-paragraph
        if bracket and (reporter or "实习生" in text):
            for m in byline_brackets.finditer(text):
                for part in byline_part.finditer(m.group(1)):
                    base = m.start(1) + part.start(2)
                    for n in _HAN_RUN.finditer(part.group(2)):
                        add(base + n.start(), base + n.end(), part.group(1))
        if bracket:
            for m in byline_end.finditer(text):
                post = lex.title_ending(m.group(1))
                if post is not None and lex.titles[post].type == "Official":
                    continue  # 周明（甲公司董事长）: a post in brackets after a name, no credit (董 is a surname too)
                for n in _NAME_RE.finditer(m.group(1)):
                    if n.group() in ("记者", "整理", "融媒记者") or n.group().endswith(_division_units()):
                        continue  # (…董事长（李沧区）: where a listed person works, a district, no credit)
                    add(m.start(1) + n.start(), m.start(1) + n.end(), None)
        if "摄" in text:
            for m in _BYLINE_PHOTO.finditer(text):
                add(m.start(1), m.end(1), "摄影")
        if bracket and "/" in text:
            out += self._slash_credits(text)
        if "编" in text or "审读" in text or "排版" in text or "校对" in text:
            for m in _BYLINE_CREDIT.finditer(text):
                for n in _NAME_RE.finditer(m.group(2)):
                    add(m.start(2) + n.start(), m.start(2) + n.end(), m.group(1))
            for m in _CREDIT_SPACED.finditer(text):  # (责任编辑：冉 静, 美编 连 晓: a name spaced out to three)
                if (spaced := self._spaced_name(text, m.end(), m.group(1))) is not None:
                    out.append(spaced)
        if reporter:
            out += self._inline_credits(text)
        if reporter or "摄" in text:
            out += self._colon_credits(text)
        if "电" in text or "讯" in text:
            out += self._datelines(text)
        if ("：" in text or ":" in text) and any(label in text for label in _LABELS):
            out += self._labelled(text)
        if "摄" in text:
            for m in _PHOTO_INLINE.finditer(text):
                add(m.start(1), m.end(1), "摄影")
        # (a name whose parts a middle dot joins is one however long: 古丽巴哈尔·艾买提)
        return [m for m in out if len(m.name) <= 3 or m.type == "Organization" or "·" in m.name]

    def _slash_credits(self, text: str) -> list[Mention]:
        """Who wrote or photographed an article, each name before a mark a slash opens, in the brackets closing it
        (（甲公司 余婷/文 邓卓/图）, the layout's spaces taken out: （甲公司余婷/文邓卓/图））: the name runs back two
        characters from the slash, or three where the first is a family name and no earlier mark ends there."""
        surnames, out = self.data.lex.surnames, []
        for m in _SLASH_CREDIT.finditer(text):
            p = m.start()
            opened = max(text.rfind("（", 0, p), text.rfind("(", 0, p))
            closed = min((k for k in (text.find("）", p), text.find(")", p)) if k >= 0), default=-1)
            if opened < 0 or closed < 0 or p - opened > 30 or "\n" in text[opened:closed] or text[p - 1 : p] in "文图":
                continue  # (文/图 after a name is one mark: the byline rules read it)
            three = p - 3 > opened and text[p - 3] in surnames and text[p - 4 : p - 3] != "/" \
                and not text.endswith(_SLASH_MARKS, 0, p - 2)
            start = p - 3 if three else p - 2
            if start > opened and text[start] in surnames and _HAN_RUN.fullmatch(text[start:p]):
                out.append(Mention(start, p, text[start:p], "Person", text[start:p], kind="byline", rule="byline"))
        return out

    def _spaced_name(self, text: str, pos: int, role: str | None) -> Mention | None:
        """A two-character name a credit line spaces out to the width of three (记者 俞 东): a surname, a space
        and one character, then a space, a separator or the line's end."""
        name = text[pos : pos + 3]
        after = text[pos + 3 : pos + 4]
        if len(name) == 3 and name[0] in self.data.lex.surnames and name[1] in " 　" and _HAN_RUN.fullmatch(name[2]) \
                and name[2] not in _CREDIT_MARKS and (not after or after in " 　\n、，,）)"):
            return Mention(pos, pos + 3, name, "Person", name[0] + name[2], kind="byline", role=role, rule="byline")
        return None

    def _person(self, text: str, pos: int, role: str | None) -> Mention | None:
        n = person_after(text, pos, self.data.lex.surnames, self.data.freq)
        if not n or _WEEKDAY.fullmatch(n):
            return None
        if len(n) == 3 and (n[2] == "摄" or n[2] in "文图" and text[pos + 3 : pos + 4] == "/"):
            n = n[:2]  # 记者陈蕾摄, 记者易婷文/图 (the layout's spaces taken out): the credit's mark, no part of the name
        return Mention(pos, pos + len(n), n, "Person", n, kind="byline", role=role, rule="byline")

    def _without_dateline(self, run: str) -> tuple[int, str]:
        """The outlets' part of the words before a credit word, and where it starts in them: a
        dateline after the outlet (新华社开罗4月28日电, 新华社电) and a 据 before it are no part of its name."""
        dated = _DATELINE_BEFORE.search(run)
        if dated is not None and (dated.group()[:1].isdigit() or run[: dated.start()].endswith(self.data.lex.outlet_endings)):
            run = run[: dated.start()]
        if run[:1] in self.data.lex.boundaries:
            return 1, run[1:]
        return 0, run

    def _outlets(self, run: str, start: int) -> list[Mention]:
        """The outlets named in ``run`` (at ``start``): its parts between · and /, each cut to
        the longest start that ends in an outlet word (大众报业·半岛网半岛 → 大众报业, 半岛网)."""
        lex, out, pos = self.data.lex, [], start
        if (mark := _CREDIT_MARK.match(run)) is not None:
            pos, run = pos + mark.end(), run[mark.end():]  # (文/图 | 甲区融媒体中心记者乙: the credit's mark, no outlet)
        for part in re.split(r"([·/])", run):
            if part not in ("·", "/"):
                name = lex.outlet_prefix(part)
                if name:
                    out.append(Mention(pos, pos + len(name), name, "Organization", name, rule="byline_outlet"))
            pos += len(part)
        return out

    def _inline_credits(self, text: str) -> list[Mention]:
        """Credit words run into the names: the names after them (、 between), their outlets before."""
        lex, out = self.data.lex, []
        for m in _INLINE_CREDIT.finditer(text):
            left = _CREDIT_LEFT.search(text, max(0, m.start() - 16), m.start())
            run = left.group() if left else ""
            dated = _DATELINE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            skip, run = self._without_dateline(run)
            outlets = self._outlets(run, left.start() + skip) if run else []
            if run and (m.group(1) or "").endswith(lex.outlet_endings):  # 临报融媒记者: 融媒 ends the outlet's name
                outlets = self._outlets(run + m.group(1), m.start() - len(run)) or outlets
            # a bare 记者 after other words is part of a sentence (接受记者采访): it needs an outlet, a
            # modifier (全媒体记者), an acronym (YMG) or nothing but punctuation before it
            if run and not (outlets or m.group(1) or run.isascii() or run.endswith(lex.house_outlets) or dated):
                continue
            found, pos, role = [], m.end(), m.group(2)
            while pos < len(text):
                while pos < len(text) and text[pos] in " 　":
                    pos += 1
                person = self._person(text, pos, role) or self._spaced_name(text, pos, role)
                if person is None:
                    break
                found.append(person)
                pos = person.end
                if text[pos : pos + 1] and text[pos] in "、，,":
                    pos += 1
                    continue
                gap = pos
                while gap < len(text) and text[gap] in " 　":
                    gap += 1
                again = _INLINE_CREDIT.match(text, gap)
                if again is None:
                    if gap > pos:  # 记者 孙雅琪 童磊: names parted by spaces, the next tried at the loop's top
                        continue
                    break
                role, pos = again.group(2), again.end()
            if found:
                out += outlets + found
        return out

    def _datelines(self, text: str) -> list[Mention]:
        """The outlets of a dateline (人民网福州4月26日电, 青岛日报社/观海新闻9月29日讯)."""
        out = []
        for end in _DATELINE_END.finditer(text):
            m = _DATELINE_RUN.search(text, max(0, end.start() - 24), end.start())
            if m is None:
                continue
            run, at = m.group(1), m.start(1)
            if run[0] in self.data.lex.boundaries:
                run, at = run[1:], at + 1  # 据新华社北京5月10日电: 据 opens no outlet's name
            found = self._outlets(run, at)
            if not found or at + len(run) - found[-1].end > _DATELINE_PLACE:
                continue  # (镇里还在社 | 区规划建设…直播 | 电商: words, no city, between an outlet's word and 电)
            out += found
            bracket = _DATELINE_NAME.match(text, end.end())  # 人民网福州4月26日电 (刘宝琴): the reporter
            if bracket:
                person = self._person(text, bracket.start(1), None)
                if person is not None and person.end == bracket.end(1):
                    out.append(person)
        return out

    def _colon_credits(self, text: str) -> list[Mention]:
        """A credit word and a colon, then names apart by spaces or 、 up to the next credit word or the line's end
        (记者：甲　乙　　摄影：丙, 通讯员：艾则孜·吾斯曼): each a person of that credit."""
        lex, freq, out = self.data.lex, self.data.freq, []
        for m in _COLON_CREDIT.finditer(text):
            pos = m.end()
            while (t := _CREDIT_TOKEN.match(text, pos)) is not None and not text.startswith(("：", ":"), t.end()):
                if (spaced := self._spaced_name(text, pos, m.group(1))) is not None:
                    out.append(spaced)  # (记者：俞 东, a name spaced out to three)
                    pos = _CREDIT_GAP.match(text, spaced.end).end()
                    continue
                name = t.group(1)
                if not (_DOTTED.fullmatch(name) or 2 <= len(name) <= 3 and person_after(name, 0, lex.surnames, freq) == name):
                    break
                out.append(Mention(t.start(1), t.end(1), name, "Person", name, kind="byline", role=m.group(1), rule="byline"))
                pos = t.end()
        return out

    def _labelled(self, text: str) -> list[Mention]:
        """来源：/编辑：/作者： and an outlet (来源:人民网-福建频道), or people (作者:中建七局张文超张景世)."""
        lex, out = self.data.lex, []
        for m in _LABELLED.finditer(text):
            label, value, start = m.group(1), m.group(2), m.start(2)
            head = value.split("-")[0].split("—")[0]
            if label in ("来源", "稿源") and (owner := lex.site_owner(head)) is not None:
                head = owner  # 来源：甲区人民政府网站: the body's own site, the body publishes the page
            body = lex.source_body(head) if label in ("来源", "稿源") else None
            if body is not None:  # 来源：潍坊市财政局: a body publishing its own page, named whole
                out.append(Mention(start, start + len(head), head, body, head, rule="byline_source"))
                continue
            found = self._outlets(head, start)
            if found or label in ("来源", "稿源"):
                out += found
                continue
            # people: one name whose parts a middle dot joins (阿依夏·米吉提), or the longest end of the value made of
            # names (2-3 characters, a surname first)
            names = [value] if _DOTTED.fullmatch(value) else _trailing_names(value, lex.surnames)
            pos = start + len(value) - sum(map(len, names))
            for n in names:
                out.append(Mention(pos, pos + len(n), n, "Person", n, kind="byline", role=label, rule="byline"))
                pos += len(n)
        return out


def _trailing_names(value: str, surnames: frozenset[str]) -> list[str]:
    """The names that end ``value``, run together (张文超张景世): the longest end made of two- and
    three-character names that each open with a surname, three characters preferred."""
    best: list[str] = []
    for start in range(len(value)):
        names, pos = [], start
        while pos < len(value):
            for size in (3, 2):
                piece = value[pos : pos + size]
                if len(piece) == size and piece[:1] in surnames and _HAN_RUN.fullmatch(piece):
                    names.append(piece)
                    pos += size
                    break
            else:
                break
        if pos == len(value) and names:
            return names
    return best


def byline_lines(text: str) -> Iterator[tuple[int, int]]:
    """The lines (start, end without the newline) where :data:`BYLINE_LINE` may match.

    Its matches never cross a newline, so matching line by line (``^`` and ``$`` hold at
    the ends of a line searched alone) finds the same ones; only lines with a
    ``_BYLINE_LINE_HINT`` are searched.
    """
    done = -1  # end of the last line given
    for hint in _BYLINE_LINE_HINT.finditer(text):
        if hint.start() <= done:
            continue
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.start())
        done = len(text) if end < 0 else end
        yield start, done


@Language.factory("kg_bylines", assigns=[CANDIDATES], default_config={"key": None})
def make_byline_source(nlp: Language, name: str, key: str | None) -> BylineSource:
    """Make the ``kg_bylines`` component (see :class:`BylineSource`)."""
    return BylineSource(nlp, name, key=key)
