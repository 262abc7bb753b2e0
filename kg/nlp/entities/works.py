"""``kg_built_works``: works named by what they make, where the sentence builds, funds or visits them.

News names a firm's or a village's work by what it makes or does: 新能源汽车热管理系统生产基地项目,
怀山药精深加工项目, 标准化生态茶园提质改造项目.  No place or proper name opens such a name, so
``kg_suffix_names`` leaves it (it wants a proper part before 项目 or 工程, which also end generic
phrases: 重点项目, 老旧小区改造工程).  What marks one work is what the sentence does with it (GUIDE §2:
"a specific undertaking that is built, renovated, invested in or run"):

* a cue written right before the name: a building verb (work_names.tsv ``build``: 建设, 投资建设 …), a
  verb of carrying out or winning a work (``cue``: 实施, 签约, 用于 …) or what a visit does there
  (scope_words.tsv ``visit``: 察看, 调研): ``在马桥镇建设 | 瀚川氢能装备智能制造产业化项目``,
  ``察看 | 神垕钧瓷文化产业园项目``;
* 的 after such a cue or after a place: ``签约的 | P``, ``位于魏桥镇的 | 年产20万吨…项目``;
* the name opens its clause (or follows the 的 of a phrase opening it) and the words after it tell of
  that work (work_names.tsv ``told``: 由, 总投资, 位于 …): ``新能源汽车热管理系统生产基地项目由甲公司、
  乙公司共同出资``.

A road or railway named by its two ends (甲镇至乙乡旅游公路, 甲村至乙景区道路: a line word of work_names.tsv
after a route the name's walk crosses, boundaries.py) is the same: a work where its sentence builds it
(``建设``, ``改建``, work_names.tsv ``done``: 通车, 是…重点工程), and no name elsewhere (沿甲镇至乙乡公路 is where
something lies).  So is an institution a clause opens and says is built (甲社区老年助餐中心由乙街道办事处投资建设:
work_names.tsv ``facility``), whose name no rule source reads (中心 names a body only before a post title).

The name runs from the cue to the kind word of a work (suffixes.tsv, type ``Project``; 基地项目 whole),
with at least :data:`MIN_STEM` characters of what the work makes or does before the kind word and no
punctuation, list word or 的 among them; a counted category (项目5个) and a generic phrase
(stop_names.txt) are no name.  Where a rule source named a work ending at the same kind word, this source
adds nothing: it only fills what the others left.
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, NAME_INDEX, DataSource, candidate_groups
from kg.nlp.entities.index import NameIndex
from kg.nlp.entities.text_classes import CONJUNCTIONS, COUNT, GENERIC_START, NUMERALS
from kg.records import Mention

__all__ = ["BuiltWorkSource", "MIN_STEM", "MAX_STEM"]

#: the fewest characters before the kind word: what the work makes (甘薯精深加工 | 项目), not a kind of
#: work (城市道路 | 工程, 新能源产业 | 基地)
MIN_STEM = 6
#: the most characters before the kind word (a longer run of words is a description)
MAX_STEM = 20
#: what ends the words a name may hold on its left: punctuation, a list word, 的
_NOT_IN_NAME = set("，。、；：？！,.;:?!“”\"'‘’（）()[]【】《》<>—…\n\r\t 　/|的和与等或")
#: an aside in brackets right after a name (（简称“甲乙公路”）)
_ASIDE = re.compile(r"(?:[（(][^（()）\n]{0,20}[)）])?")
#: the kind words of a work named after the road before them (甲镇至乙乡公路改建工程)
_WORK_KINDS = ("工程", "项目")
#: where a clause starts (the subject frame's name opens it)
_CLAUSE_OPEN = set("，。；：？！,;:?!\n")
#: where a sentence starts (a predicate, 是由…承建的, may span its clauses)
_SENTENCE_END = "。；？！;?!\n"


#: what lists the parts of a work, no name's words (冷库8万立方米及分拣加工中心)
_LISTING = ("及", "、", "和")


class BuiltWorkSource(DataSource):
    """Works named by what they make where a cue or the clause says the sentence is about that work."""

    uses_gazetteer = True  # a road's name starts after the county it is in (NameBounds.trim_to_place)

    def __init__(self, nlp: Language | None = None, name: str = "", *, key: str | None = None) -> None:
        super().__init__(nlp, name, key=key)
        self._kinds_re: re.Pattern | None = None
        self._kinds_of = None  # the data the pattern was made from (from_disk may load other data)

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text, lex = index.text, self.data.lex
        out: list[Mention] = self._routes(index, doc) if "至" in text else []
        named_ends, place_ends = _named(doc)
        out += self._facilities(index, doc, named_ends)
        kinds = self._kinds()
        if kinds.search(text) is None:
            return out
        cues = (*lex.work_builds, *lex.work_cues, *lex.visit_words)
        pos = 0
        while (m := kinds.search(text, pos)) is not None:
            s_kind, end = m.start(), m.end()
            s_last = s_kind  # (where the last kind word starts)
            while (more := kinds.match(text, end)) is not None:
                s_last, end = more.start(), more.end()  # 生产基地 | 项目: one kind word after another ends one name
            pos = end
            if named_ends.intersection(range(s_kind + 1, end + 1)) \
                    or not (end in index.ends or end == len(text) or text[end] in _NOT_IN_NAME):
                continue  # named by a rule already (甲项目 | 一期 too), or the kind word opens a longer word (项目部)
            if COUNT.match(text, end) or text.startswith("、", end):
                continue  # 实施乡村振兴项目32个: a counted category; 主要建设甲生产基地、乙中心: the parts of a work
            start = self._start(index, s_kind, s_last, end, cues, place_ends)
            if start is None:
                continue
            name = text[start:end]
            if text[s_last:end] not in _WORK_KINDS and (text.startswith(_LISTING, end)
                                                        or any(c in text[start:s_kind] for c in _LISTING)):
                continue  # 建设冷库4万吨及分拣配送中心, 建设光伏电站及配套升压站: the parts a work builds (a facility's
                # kind word, listed), no work of their own (甲项目及乙项目 are two works)
            if name[0] in GENERIC_START and start not in index.place_start_end() or name[0] in NUMERALS \
                    or any(name[k:] in lex.stop_names for k in range(1, s_kind - start)) \
                    or any(name[:k] in lex.stop_names for k in range(3, s_kind - start)):
                continue  # 该项目, …重点项目, …新开工项目: generic; 800亩种植基地: a size of a kind; 老旧小区 | 改造项目:
                # a kind of place and what is done to it
            if any(start <= a < end for a, _ in index.title_spans) or COUNT.search(text, start, s_kind) \
                    or any(text[a:b] in lex.boundaries and not _joins_what_is_done(lex, text, a, b, start)
                           for a, b in index.words_within(start, s_kind)):
                continue  # 建设 | 管理部部长甲汇报起步区…项目: a post inside is no work's name, nor are a count
                # (集中开工12个 | 项目) or a word no name spans (调研 | 时强调抢抓机遇加快 | 项目: boundaries.txt)
            out.append(Mention(start, end, name, "Project", name, rule="built_work"))
        return out

    def _routes(self, index: NameIndex, doc: Doc) -> list[Mention]:
        """Roads and railways named by their two ends where their sentence builds them (see the module
        docstring); not one a rule source named within a longer work (甲镇至乙乡公路改建工程); one with a work named
        after it right after it, past an aside in brackets (甲镇至乙乡公路（简称…）改扩建工程), is the place worked on."""
        text, lex = index.text, self.data.lex
        works = [(m.start, m.end) for group in candidate_groups(doc).values() for m in group if m.type == "Project"]
        done = (*lex.work_builds, *lex.work_name_verbs, *lex.work_repairs, *lex.work_route_done)
        worked_on = (*lex.work_name_verbs, *lex.work_repairs, *_WORK_KINDS)
        out = []
        for m in _words_re(lex.work_lines).finditer(text):
            at, end = m.span()
            if not (end in index.ends or end == len(text)) or at not in index.starts:
                continue
            start, _ = self.data.bounds.walk_left(index, at, "Project")
            if start is None or "至" not in text[start:at]:
                continue
            start = self.data.bounds.trim_to_place(index, start, at, "Project")  # 钢城区 | 颜庄镇至…公路
            if "至" not in text[start:at] or any(a <= start and end <= b for a, b in works):
                continue
            after = _ASIDE.match(text, end).end()  # (甲镇至乙乡公路（简称“甲乙公路”）改扩建工程)
            if text.startswith(worked_on, after):
                # 甲镇至乙乡公路 | 改扩建工程: the work is named after the road, a place (GUIDE §2)
                out.append(Mention(start, end, text[start:end], "Place", text[start:end], rule="route_road"))
                continue
            opening = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
            closing = min((k for k in (text.find(c, end) for c in _SENTENCE_END) if k >= 0), default=len(text))
            if any(word in text[opening:start] or word in text[end:closing] for word in done):
                out.append(Mention(start, end, text[start:end], "Project", text[start:end], rule="route_work"))
        return out

    def _facilities(self, index: NameIndex, doc: Doc, named_ends: set[int]) -> list[Mention]:
        """Institutions a clause they open says are built (甲社区老年助餐中心由街道办事处投资96万元建设: work_names.tsv
        ``facility`` and ``build``), named from the clause's start, with a place or proper name in their words, where
        no rule source named them (a body ending in 中心 is named so only before a post title); and those a building
        verb names (:meth:`_built_facility`)."""
        text, lex, bounds = index.text, self.data.lex, self.data.bounds
        out = []
        brands: set[str] | None = None  # (read from the firms only where a facility's name is read: few pages)
        for m in _words_re(lex.work_facilities).finditer(text):
            at, end = m.span()
            if end not in index.ends or end in named_ends:
                continue
            if not text.startswith("由", end):
                brands = _firm_brands(index, doc) if brands is None else brands
                built = self._built_facility(index, at, end, brands) if brands else None
                if built is not None:
                    out.append(built)
                continue
            closing = min((k for k in (text.find(c, end) for c in _SENTENCE_END + "，,") if k >= 0), default=len(text))
            if not any(b in text[end:closing] for b in lex.work_builds):
                continue
            start = at
            while start > 0 and at - start < MAX_STEM and text[start - 1] not in _NOT_IN_NAME:
                start -= 1
            if start == at or start > 0 and text[start - 1] not in _CLAUSE_OPEN or not bounds.proper(index, start, at):
                continue  # (the clause must open with the name: 新建的 | 中心由… is no name)
            out.append(Mention(start, end, text[start:end], "Project", text[start:end], rule="built_work"))
        return out

    def _built_facility(self, index: NameIndex, at: int, end: int, brands: set[str]) -> Mention | None:
        """An institution named right after a building verb (甲环保科技有限公司将在园区内建设 | 甲危废综合处置中心:
        work_names.tsv ``build``), opening with the brand of a firm the text names (``brands``: the first two characters
        after its places): the firm's work (not after a visit: 调研甲中心 is the institution)."""
        text, lex = index.text, self.data.lex
        start = at
        while start > 0 and at - start < MAX_STEM and text[start - 1] not in _NOT_IN_NAME:
            start -= 1
            if start in index.starts and text.endswith(lex.work_builds, 0, start):
                break
        else:
            return None
        if at - start < MIN_STEM or any(c in text[start:at] for c in _LISTING) \
                or any(text[a:b] in lex.boundaries for a, b in index.words_within(start, at)):
            return None  # (建设冷库8万立方米及分拣加工中心: the parts of a work, no name; 建设单位为甲中心: 为 parts)
        if text[start : start + 2] not in brands:
            return None  # (not 智能家居生产车间, 甲市智能冷链物流中心: a firm's work opens with its brand)
        return Mention(start, end, text[start:end], "Project", text[start:end], rule="built_work")

    def _kinds(self) -> re.Pattern:
        """The kind words of works that need a proper part before them (suffixes.tsv: type Project, proper 1),
        longest first; made once per loaded data."""
        if self._kinds_re is None or self._kinds_of is not self.data:
            kinds = sorted((s for s, (t, proper) in self.data.lex.suffixes.items()
                            if t == "Project" and proper == 1 and len(s) >= 2 and not s.endswith("期")),
                           key=len, reverse=True)  # (a phase, 一期, is the work's part: 甲项目 | 一期厂房)
            self._kinds_re, self._kinds_of = re.compile("|".join(map(re.escape, kinds))), self.data
        return self._kinds_re

    def _start(self, index: NameIndex, s_kind: int, s_last: int, end: int, cues: tuple[str, ...],
               place_ends: dict[int, int]) -> int | None:
        """Where the work's name starts: right after the cue nearest the kind word, else at its clause's
        start when the words after the name tell of it (its stem then counted up to its last kind word:
        高效节能阀门产业园 | 项目由…); ``None`` when neither marks a work."""
        text = index.text
        if text.endswith(self.data.lex.work_cues, 0, s_kind):
            return None  # 用于 | 项目建设: a cue right before the kind word, nothing between, names no work (a building
            # verb there may be the name's: 农田建设 | 项目)
        left = s_kind
        while left > 0 and s_kind - left < MAX_STEM and text[left - 1] not in _NOT_IN_NAME:
            left -= 1
        for at in range(s_kind - 1, left - 1, -1):
            if at not in index.starts:
                continue
            done = at - (text[at - 1 : at] == "了")  # (签约了 | P)
            cue = next((c for c in cues if text.endswith(c, 0, done) and done - len(c) in index.starts), None)
            if cue is None and not (text[at - 1 : at] == "的" and _cue_before_de(text, at - 1, cues, place_ends)):
                continue
            return at if s_kind - at >= MIN_STEM else None  # the nearest cue rules: 建设 | 产业园项目 names no work
        if left > 0 and text[left - 1] == "的" and _cue_before_de(text, left - 1, cues, place_ends):
            return left if s_kind - left >= MIN_STEM else None  # 签约的 | P, 位于魏桥镇的 | P
        if (left == 0 or text[left - 1] in _CLAUSE_OPEN or text[left - 1] == "的") and s_last - left >= MIN_STEM \
                and text.startswith(self.data.lex.work_told, end):
            return left  # 新能源汽车热管理系统生产基地项目 | 由…: the clause is about the work it opens with
        return None


@functools.lru_cache(maxsize=8)
def _words_re(words: tuple[str, ...]) -> re.Pattern:
    """The alternation of ``words`` (longest first, as the lexicon keeps them), compiled once."""
    return re.compile("|".join(map(re.escape, words)))


def _joins_what_is_done(lex, text: str, a: int, b: int, start: int) -> bool:
    """Whether the word ``text[a:b]`` is 及 joining two things the work does, each of two characters or more, inside the
    name from ``start`` (生猪屠宰 | 及 | 冷鲜肉加工项目): one work that does both; not after a work's own ending
    (物流产业园 | 及 | 冷链仓储中心项目: two works)."""
    return text[a:b] == "及" and a - start >= 2 and all("\u4e00" <= c <= "\u9fff" for c in text[a - 2 : a] + text[b : b + 2]) \
        and (lex.suffix_at(text, a) or ("", ""))[1] != "Project"


def _cue_before_de(text: str, de: int, cues: tuple[str, ...], place_ends: dict[int, int]) -> bool:
    """Does a cue or a place end right before the 的 at ``de`` (签约的, 位于魏桥镇的), in a clause that is no
    predicate (P是由甲承建的 | 安置保障性住房项目: what kind of work P is)?  Not the last place of a list
    (甲镇、乙镇的 | 高标准农田建设项目: the works of several places are a kind, no one work)."""
    if not text.endswith(cues, 0, de) and (de not in place_ends
                                           or text[place_ends[de] - 1 : place_ends[de]] in ("、", *CONJUNCTIONS)):
        return False
    opening = max(text.rfind(c, 0, de) for c in _SENTENCE_END)
    return "是" not in text[opening + 1 : de]  # (甲项目是由乙代建，丙承建的…: the predicate may span clauses)


def _firm_brands(index: NameIndex, doc: Doc) -> set[str]:
    """The first two characters of each firm the sources before this one named, after its places (湖北 | 甲乙…有限公司:
    甲乙)."""
    text, places = index.text, index.place_start_end()
    brands = set()
    for firm in (m for group in candidate_groups(doc).values() for m in group if m.type == "Company"):
        at = firm.start
        while at in places and places[at] < firm.end:
            at = places[at]
        brands.add(text[at : at + 2])
    return brands


def _named(doc: Doc) -> tuple[set[int], dict[int, int]]:
    """Where the rule sources before this one end a work's name, and a place's (end → its start)."""
    works, places = set(), {}
    for group in candidate_groups(doc).values():
        for m in group:
            if m.type == "Project":
                works.add(m.end)
            elif m.type == "Place":
                places[m.end] = min(m.start, places.get(m.end, m.start))
    return works, places


@Language.factory("kg_built_works", requires=[NAME_INDEX, CANDIDATES], assigns=[CANDIDATES], default_config={"key": None})
def make_built_work_source(nlp: Language, name: str, key: str | None) -> BuiltWorkSource:
    """Make the ``kg_built_works`` component (see :class:`BuiltWorkSource`)."""
    return BuiltWorkSource(nlp, name, key=key)
