"""``kg_departments``: standard department names and their abbreviations, with the place
or scope word before them.

``kg/data/departments.txt`` and ``abbreviations.tsv`` (住房和城乡建设局, 住建局, 发改委 …):
``区住建局`` → name ``区住房和城乡建设局``, ``济南市历下区住建局`` → ``济南市历下区住房和城乡建设局``.
The left edge is the place chain or the scope word (区, 市, 我区 …) before the department,
so it is found without guessing; a department with neither is any district's and is no
name (综合行政执法局 alone), except the central ones (国务院, 中国…) and the State Council's
ministries of ``kg/data/ministries.txt`` (教育部, 科技部 = 科学技术部: no city has a 部 of
its own), where jieba ends a word after them (not 教育 | 部门).  Scope words are
resolved later, against the article's place (:mod:`kg.resolve.resolution`).
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, NAME_INDEX, DataSource
from kg.nlp.entities.index import NameIndex
from kg.nlp.entities.text_classes import GENERIC_START, SESSION
from kg.records import Mention

__all__ = ["DepartmentSource", "RULE"]

#: The rule name of the mentions this source makes.
RULE = "department"


#: the word a ministry's departments end with (法规与标准司, 规划计划司)
_DEPARTMENT_OF_MINISTRY = "司"
#: what no department's name holds: punctuation, spaces, figures
_NO_NAME = re.compile(r"[^\u4e00-\u9fff]")


class DepartmentSource(DataSource):
    """Department names and abbreviations, opened by their place or scope word."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text, lex, bounds = index.text, self.data.lex, self.data.bounds
        out = []
        for m in lex.head_re.finditer(text):
            s, e = m.span()
            full, type_ = lex.heads[m.group()]
            if (w := index.word_covering(e - 1)) is not None and w[1] > e and full.endswith(text[w[0] : w[1]]):
                e = w[1]  # 省政府新闻办 | 公室: the short name's last character opens a word of the full name (办公室)
            over = [a for a, b in index.place_span if a < s < b and b <= e and text[s:b] in lex.one_char_units]
            if over:  # 西湖区 + 区委: the place and the scope word share a character
                a = bounds.scope_left(index, over[0])
                out.append(Mention(a, e, text[a:e], type_, text[a:s] + full, rule=RULE))
                continue
            community = self._community_before(index, s)
            if community is not None:  # 甲社区 | 居委会: the community's own body, no district's (区 | 居委会)
                if community < s - 2:  # (社区居委会 with no community's name: the page's community, not named here)
                    out.append(Mention(community, e, text[community:e], type_, text[community:s] + full, rule=RULE))
                continue
            opening = s - (len(full) - len(m.group()))
            if full != m.group() and full.endswith(m.group()) and opening >= 0 and text.startswith(full, opening):
                # 中国 | 工商银行: the full name written out, of which the data list the short name
                out.append(Mention(opening, e, full, type_, full, rule=RULE))
                continue
            # a longer suffix may follow (城市管理局 + 执法大队): leave that to the suffix rule
            session = next((k for k in range(max(0, s - 6), s - 2) if SESSION.fullmatch(text, k, s)), s)
            start = bounds.scope_left(index, session)
            if session < s and start == session:
                start = s  # (第十七届人民代表大会 with no place before it: the name as before)
            if start == s and full in lex.stop_names:
                continue
            prefix = text[start:session]  # (青岛市第十七届人民代表大会: the session is no part of the name)
            if prefix and prefix in GENERIC_START:
                continue
            if start > 0 and text[start - 1] in GENERIC_START:
                continue
            national = _national_before(text, s, lex.national_prefixes) if start == s else s
            if national < s and type_ == "Agency" and (self._ends_a_word(index, e) or self._post_after(text, e)
                                                       or text[e : e + 1] in _JOINED):  # (国家发展改革委 | 和财政部)
                # the country's or the centre's body: 国家发改委, 中国外交部, 中央组织部, (中国)全国人大常委会
                start, prefix = national, text[national:s]
            elif start == s and full in lex.ministries:
                if not self._ministry_ends(index, e):
                    continue  # 教育部门, 财政部长: 部 opens another word
            elif start == s and type_ == "Agency" and not full.startswith(lex.national_prefixes) \
                    and full[:1] not in lex.one_char_units and not full.startswith("国"):
                continue  # 综合行政执法局 alone is any district's: no name without its place or scope
                # (国资委 = 国有资产…委员会 alone is taken: it is named so at every level, the State Council's first)
            elif start == s and type_ == "Organization" and not self._ends_a_word(index, e):
                continue  # 联合国 of 联合 | 国际物流公司: a body's short name alone ends where jieba's word does
            if full in lex.ministries and not self._ministry_ends(index, e):
                continue  # 县区财政部门: with a scope word too, 部 opening another word names no ministry
            name = lex.strip_owner(prefix + full)
            if name in lex.stop_names or full in ("人民政府",) and not prefix:
                continue
            if index.inside_title(s, e):
                continue
            name = self._scope_of_the_body_before(index, out, start, name)
            out.append(Mention(start, e, text[start:e], type_, name, rule=RULE))
        if "、" in text:
            out += self.listed_departments(index, {(m.start, m.end) for m in out})
        if _DEPARTMENT_OF_MINISTRY in text:
            out += self.ministries_departments(index, out)
        return out + self.party_committees(index)

    def ministries_departments(self, index: NameIndex, named: list[Mention]) -> list[Mention]:
        """A ministry's department written right after the ministry (生态环境部 | 法规与标准司, 水利部 | 规划计划司): the
        words up to 司 (two to eight characters, no punctuation, 司 ending one of jieba's words; not 公司) name it
        with the ministry."""
        text, out = index.text, []
        for m in named:
            if m.name not in self.data.lex.ministries:
                continue
            k = text.find(_DEPARTMENT_OF_MINISTRY, m.end + 2, m.end + 9)
            if k < 0 or text[k - 1] == "公" or k + 1 not in index.ends or _NO_NAME.search(text, m.end, k):
                continue
            out.append(Mention(m.start, k + 1, text[m.start : k + 1], "Agency", m.name + text[m.end : k + 1], rule=RULE))
        return out

    def listed_departments(self, index: NameIndex, named: set[tuple[int, int]]) -> list[Mention]:
        """A department no list names, written with its scope word as an item of a 、-list (甲镇、县发展和改革局、
        县商务和投资促进局、县住房和城乡建设局等8个单位): the whole item, from the scope word to an agency's suffix, is
        its name (the words inside it, 促进 or 和, end no name there), where the list names another body."""
        text, lex = index.text, self.data.lex
        out = []
        for m in _LISTED_ITEMS.finditer(text):
            s, e = m.span()
            if (s, e) in named or text[s] not in lex.one_char_units or text[s + 1 : s + 2] in lex.one_char_units:
                continue  # (县区: two scope words, any level's)
            hit = lex.suffix_at(text, e)
            before, after = text[s - 1 : s], text[e : e + 1]
            if hit is None or hit[1] != "Agency" or e - s - len(hit[0]) < 3 or not (
                    before == "、" and after in "、等和" or after == "、" and before in "、，,：:"):
                continue
            if any(s <= a and b <= e for a, b in named):
                continue  # (市住建局将会同市卫健局: a body inside the item makes it a clause)
            if not any(b == s - 1 or a == e + 1 for a, b in named):
                continue  # (a body of the list beside it says it is a list of bodies)
            out.append(Mention(s, e, text[s:e], "Agency", text[s:e], rule=RULE))
        return out

    def _ministry_ends(self, index: NameIndex, e: int) -> bool:
        """Whether a ministry's name may end at ``e``: where jieba's word ends, or before a post's title (建设部 |
        副部长, where jieba reads 部副) or the 等 or joiner of a list (交通运输部 | 等四部门, where it reads 部等)."""
        return self._ends_a_word(index, e) or self._post_after(index.text, e) or index.text[e : e + 1] in _LISTED

    def _post_after(self, text: str, e: int) -> bool:
        """Whether a post title of two characters or more starts at ``e`` (住房和城乡建设部 | 副部长)."""
        titles = self.data.lex.titles
        return any(text[e : e + n] in titles for n in range(2, 7))

    @staticmethod
    def _ends_a_word(index: NameIndex, e: int) -> bool:
        """Whether one of jieba's words ends at ``e`` (教育部 | 近日), not inside one (教育 | 部门)."""
        return e == len(index.text) or e in index.ends

    def _community_before(self, index: NameIndex, s: int) -> int | None:
        """Where the community whose name ends right before ``s`` starts (its settlement word's start when no name
        opens it), when its settlement word (社区) ends with a scope word's character that jieba reads inside it
        (银杏 | 社区 | 居委会: 区 is no district's), else ``None``."""
        text, lex = index.text, self.data.lex
        word = index.word_covering(s - 1) if s > 0 else None
        if word is None or word[1] != s or word[0] >= s - 1 or text[word[0] : s] not in lex.settlement_words:
            return None
        start, _ = self.data.bounds.walk_left(index, word[0], "Place")
        return start if start is not None and start < word[0] else word[0]

    def _scope_of_the_body_before(self, index: NameIndex, found: list[Mention], start: int, name: str) -> str:
        """A body named by a bare scope word right after a body of a place at that level (or after
        it and 、/和) is that place's: 乐陵市委市政府, 青岛市委、市政府 → 市政府 is 乐陵市人民政府,
        青岛市人民政府 (not whatever city the article is about)."""
        text, lex = index.text, self.data.lex
        unit = text[start : start + 1]
        joined = found and (found[-1].end == start or found[-1].end == start - 1 and text[start - 1] in "、和及与")
        before = found[-1] if joined else None
        if before is None or unit not in lex.one_char_units or not name.startswith(unit):
            return name
        place = next((text[a:b] for a, b in index.place_span if a == before.start and b < before.end), None)
        if place is None or not place.endswith(unit):
            return name
        return place + name[1:]

    def party_committees(self, index: NameIndex) -> list[Mention]:
        """A democratic party's committee (kg/data/parties.tsv): 民进市委会, 九三学社青岛市委员会 →
        Organization, the party's full name before the rest (scope words resolve later)."""
        lex, text = self.data.lex, index.text
        pattern = _party_pattern(tuple(lex.parties), lex.one_char_units)
        if not any(p in text for p in lex.parties):
            return []
        out = []
        for m in pattern.finditer(text):
            name = lex.parties[m.group(1)] + m.group(2) + "委员会"
            out.append(Mention(m.start(), m.end(), m.group(), "Organization", name, rule=RULE))
        return out


#: a run of name characters between list marks: an item of a 、-list (its ends are checked by the caller)
_LISTED_ITEMS = re.compile(r"(?<=[、，,：:])[\u4e00-\u9fff]{5,16}(?=[、等和])")
#: what may follow a body's name inside a jieba word that reads it with the name's last character (委和)
_JOINED = "和与及、"
#: and what may follow a ministry's so (部等: 交通运输部等四部门)
_LISTED = _JOINED + "等"


def _national_before(text: str, s: int, prefixes: tuple[str, ...]) -> int:
    """Where the national words right before ``s`` start (中国 | 全国 | 政协): ``s`` when none is there."""
    while (w := next((w for w in prefixes if text.startswith(w, s - len(w))), None)) is not None:
        s -= len(w)
    return s


@functools.cache
def _party_pattern(parties: tuple[str, ...], units: str) -> re.Pattern:
    names = "|".join(map(re.escape, sorted(parties, key=len, reverse=True)))
    return re.compile(rf"({names})([\u4e00-\u9fff]{{0,8}}?[{units}])委(?:员会|会)?")


@Language.factory("kg_departments", requires=[NAME_INDEX], assigns=[CANDIDATES], default_config={"key": None})
def make_department_source(nlp: Language, name: str, key: str | None) -> DepartmentSource:
    """Make the ``kg_departments`` component (see :class:`DepartmentSource`)."""
    return DepartmentSource(nlp, name, key=key)
