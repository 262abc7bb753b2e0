"""Candidate sources that are one pattern each: ``kg_metro_lines`` and ``kg_quoted_projects``.

``kg_metro_lines``
    a metro line's phase or section: ``地铁7号线二期``, ``15号线一期（即墨段）``,
    ``甲市地铁2号线东延段``, ``地铁6号线海沧段`` (a section in a place; the city written before
    地铁 opens the name; a line without a phase or section is the line, not a project); a section listed after it is written out
    from it (``甲市地铁2号线东延段和东调段``: the second is ``甲市地铁2号线东调段``);
``kg_quoted_projects``
    a quoted name and the kind of undertaking after it:
    ``“AI智能分析系统助力市容问题高效整治”应用场景``.

Neither reads kg's data files, so neither saves anything with the pipeline (``kg_metro_lines`` asks
jieba's dictionary, as the tokenizer does).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, CandidateSource
from kg.nlp.entities.index import NameIndex
from kg.nlp.entities.text_classes import LINE_SECTION
from kg.records import Mention

__all__ = ["MetroLineSource", "QuotedProjectSource"]

_METRO = re.compile(rf"(?P<line>(?P<system>地铁|轨道交通)?\d+号线)(?P<part>(?:[一二三四五六七八九十\d]+期)?(?:{LINE_SECTION})?"
                    r"(?:[（(][\u4e00-\u9fff]{1,6}段[）)])?)")
#: what joins the items of a list of works
_LIST_JOINERS = ("和", "及", "与", "、", "以及")
#: a further section listed after the first (东延段和东调段, 北段、南段)
_NEXT_SECTION = re.compile(rf"(?:和|及|与|、)(?P<part>(?:{LINE_SECTION})(?:[一二三四五六七八九十\d]+期)?)")
# (what is quoted names a thing only where no clause ends inside it: “目前项目进度完成55%，住院楼已封顶。”项目负责人
# quotes a speaker)
_QUOTED_PROJECT = re.compile(r"“([^“”\n，。！？；,!?;]{4,30})”(应用场景|项目|工程|系统|平台|行动)")


class MetroLineSource(CandidateSource):
    """Phases and sections of metro lines (``地铁7号线二期``, ``地铁2号线东延段``) as ``Project``."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        out = []
        if "号线" not in index.text:
            return out
        text = index.text
        system, after = "", -1  # the metro system of the last work named (甲市地铁) and where its list goes on
        places = index.place_start_end()
        for m in _METRO.finditer(text):
            end = m.end()
            if not m.group("part"):
                at = places.get(end) or _place_word_end(index, end)
                if at is None or text[at : at + 1] != "段":
                    continue  # the line itself, not a work on it
                end = at + 1  # 地铁6号线 | 海沧 | 段: the line's section in a place
            start = m.start()
            if m.group("system") and start in index.place_end:
                start = index.place_end[start]  # 甲市 | 地铁2号线: the city's metro line
            if text[after : m.start()] in _LIST_JOINERS and not m.group("system"):
                prefix = system  # 甲市地铁2号线东延段和3号线北段: line 3 of the same metro
            else:
                prefix, system = "", text[start : m.end("system")] if m.group("system") else ""
            name = prefix + text[start:end]
            out.append(Mention(start, end, text[start:end], "Project", name, rule="metro_line"))
            line = prefix + text[start : m.start("part")]
            at = end
            while (nxt := _NEXT_SECTION.match(text, at)) is not None:  # …东延段和东调段: the line's east section too
                part = nxt.group("part")
                out.append(Mention(nxt.start("part"), nxt.end(), part, "Project", line + part, rule="metro_line"))
                at = nxt.end()
            after = at
        return out


def _place_word_end(index: NameIndex, at: int) -> int | None:
    """The end of the word from ``at`` when jieba's dictionary tags it a place (海沧 of 海沧区: a district's
    short name, which the divisions data do not mark alone)."""
    from kg.lang.jieba_tables import tables

    word = index.word_covering(at)
    if word is None or word[0] != at or tables()[0].get(index.text[word[0] : word[1]]) != "ns":
        return None
    return word[1]


class QuotedProjectSource(CandidateSource):
    """A quoted name and the kind of project after it, as ``Project``."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        out = []
        if "“" not in index.text:
            return out
        for m in _QUOTED_PROJECT.finditer(index.text):
            out.append(Mention(m.start(), m.end(), m.group(), "Project", m.group(), rule="quoted_project"))
        return out


@Language.factory("kg_metro_lines", assigns=[CANDIDATES], default_config={"key": None})
def make_metro_line_source(nlp: Language, name: str, key: str | None) -> MetroLineSource:
    """Make the ``kg_metro_lines`` component (see :class:`MetroLineSource`)."""
    return MetroLineSource(nlp, name, key=key)


@Language.factory("kg_quoted_projects", assigns=[CANDIDATES], default_config={"key": None})
def make_quoted_project_source(nlp: Language, name: str, key: str | None) -> QuotedProjectSource:
    """Make the ``kg_quoted_projects`` component (see :class:`QuotedProjectSource`)."""
    return QuotedProjectSource(nlp, name, key=key)
