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
_BYLINE_PHOTO = re.compile(rf"(?:^|\n)[ 　]*({_BYLINE_NAME})[ 　]+摄")
_CREDIT = r"责任编辑|责编|美编|审读|排版|编辑|校对"
_BYLINE_CREDIT = re.compile(rf"({_CREDIT})[ 　]*((?:(?!{_CREDIT}){_BYLINE_NAME}(?:[ 　]+|$))+)", re.M)


@functools.cache
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
                pos = m.start(1)
                for outlet in m.group(1).split("/"):  # 青岛日报/观海新闻: the reporters' media
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
                for n in _NAME_RE.finditer(m.group(1)):
                    if n.group() in ("记者", "整理", "融媒记者"):
                        continue
                    add(m.start(1) + n.start(), m.start(1) + n.end(), None)
        if "摄" in text:
            for m in _BYLINE_PHOTO.finditer(text):
                add(m.start(1), m.end(1), "摄影")
        if "编" in text or "审读" in text or "排版" in text or "校对" in text:
            for m in _BYLINE_CREDIT.finditer(text):
                for n in _NAME_RE.finditer(m.group(2)):
                    add(m.start(2) + n.start(), m.start(2) + n.end(), m.group(1))
        return [m for m in out if len(m.name) <= 3 or m.type == "Organization"]


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
