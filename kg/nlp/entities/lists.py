"""``kg_listed_projects``: the named works of a list (GUIDE §2: "A、B、C等项目").

News names the works of a plan in a 、-list and then says what they are or what happens
to them; each item is then a named project (or place), whatever its last word:

* ``甲大厦、乙之眼、丙中心等项目开工建设``, ``甲路、乙大道等4条骨干道路``,
  ``甲小区等3个老旧小区改造项目``: a list (one item or more) before 等 and a kind word of
  ``kg/data/project_lists.tsv`` — after a count and modifiers (等40个基础设施项目) — whose
  type the items take (项目 → Project, 小区 → Place); the first kind word after 等 decides,
  so ``等企业负责人`` makes no list of works;
* ``甲产业园、乙中心、丙园三个重点项目开工``: two items or more and a count before the kind;
* ``甲产业园一期、乙中心提前开工建设``: two items or more right before what works undergo
  (开工, 竣工, 封顶 …; adverbs such as 提前 may stand between);
* ``重点项目包括：甲产业园、乙中心等。``: a kind word and a word that introduces its items (包括, 有,
  分别是 …), then the list to the end of the clause (等 left out).

An item ending in a place's word (小区, 社区: suffixes.tsv) is a place, named after the towns that open
it (``古楼街道光岳小区、柳园街道运河花园小区已完工``: 光岳小区 and 运河花园小区, apart from their towns).

A list made only of places, before 等, a kind of works and 项目 or 工程 (``甲街道乙村、丙村等城中村改造项目``),
names no works item by item: the places are where one undertaking is, and the whole list is its
name (GUIDE §2, a named programme of a specific place; §3, the fullest name the article writes).
The name opens at the town that holds the first item (what is written before it, the district
or city, is where the town is: ``locatedIn`` carries it, as for places); with a count after 等
(等3个城中村改造项目) the works are several and unnamed, so nothing is made.

An item is kept when it could be a name: two to 24 characters, no post title in it (a
person's), no generic opening (各, 该), no count, a proper-name signal (a place, a word
jieba tags as proper or does not know, Latin letters, digits, quotes, a phase 一期), and
not only places the other sources found (崔寨街道史坞村 is two places, not a work).  The
first item starts where a name of its own would (:meth:`~kg.nlp.entities.boundaries.NameBounds.walk_left`:
实施 | 房镇高西村).  It runs after ``kg_suffix_names`` and reads its places; where both
name the same words, the suffix's type wins (``kg_entities`` ranks it first).
"""

from __future__ import annotations

import bisect
import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.lang.gazetteer import short_name
from kg.lang.lexicon import PHASE
from kg.nlp.entities.component import CANDIDATES, NAME_INDEX, DataSource
from kg.nlp.entities.index import NameIndex
from kg.nlp.entities.text_classes import (COUNT, DETERMINERS, GENERIC_START, LATIN_OR_DIGIT, NUMERALS,
                                          ONE_CHARACTER_ADVERBS, QUANTIFIERS, STOP_PUNCT)
from kg.records import Mention

__all__ = ["ListedProjectSource", "MAX_ITEM"]

#: the longest item a list of works names (云洪路(西大环路—墩余路)道路工程 has 16 characters)
MAX_ITEM = 24
#: words of one character that, read alone by jieba inside an item, make it a clause (P也已在园区开工)
_CLAUSE_CHARACTERS = frozenset(ONE_CHARACTER_ADVERBS + "在")
#: how far after 等 (or a count) the kind word may stand: 等总投资15.7亿元的36项区城建重点工程
#: a figure and 号 opening an item: the number of a building or section (3号, 5号厂房)
_NUMBERED_PART = re.compile(r"[0-9０-９一二三四五六七八九十]+号")
_KIND_WINDOW = 24
_PHASE = re.compile(PHASE)
_CONJUNCTIONS = ("和", "及", "以及", "与")
#: the words a work named by a list of places ends with (甲村、乙村等城中村改造项目)
_WORKS = ("项目", "工程")
_OPEN = {")": "(", "）": "（", "”": "“"}


class ListedProjectSource(DataSource):
    """Works named in a list before a kind word, a count or what they undergo."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text = index.text
        if "、" not in text and "等" not in text:
            return []
        roles = self.data.lex.project_lists
        places = self._places(index, doc)
        out: list[Mention] = []
        seen: set[tuple[int, int]] = set()
        for end, type_, many, lower in self._cues(index, roles):
            items = self._items(index, end, lower)
            if many and len(items) < 2:
                continue  # a count or a verb after one name says nothing of it
            first = _places_from(items[0][0], items[0][1], places) if items else None
            if not many and type_ == "Project" and first is not None \
                    and all(_covered(s, e, places) for s, e in items[1:]):
                work = self._work_of_places(index, (first, items[0][1]), end, places)
                if work is not None and work not in seen:
                    seen.add(work)
                    s, e = work
                    out.append(Mention(s, e, text[s:e], "Project", text[s:e], rule="list_places_project"))
                continue
            vouched = any(self._proper(index, s, e) for s, e in items)
            for s, e in items:
                kind, own = type_, s
                hit = self.data.lex.suffix_at(text, e)
                if type_ in ("Project", "Place") and hit is not None and hit[1] == "Place" and len(hit[0]) >= 2:
                    # 古楼街道光岳小区、柳园街道运河花园小区已完工: an item ending in a place's word (小区, 社区) is a
                    # place, named after the town that holds it
                    while own in places and any(b < e for b in places[own]):
                        own = max(b for b in places[own] if b < e)
                    kind = "Place" if e - own > len(hit[0]) else type_
                    own = own if kind == "Place" else s
                if (own, e) not in seen and self._name_like(index, own, e, places, vouched):
                    seen.add((own, e))
                    out.append(Mention(own, e, text[own:e], kind, text[own:e], rule="list_project"))
        return out

    # -- where a list of works ends ----------------------------------------------------------

    def _cues(self, index: NameIndex, roles: dict[str, str]):
        """``(end of the last item, type of the items, whether two items are needed, where the items may
        start)`` for each cue (a list a word introduces starts after it: 项目包括 | 甲、乙)."""
        text = index.text
        for m in re.finditer("等", text):
            c = m.start()
            if c in index.starts and c + 1 in index.starts and c > 0:  # 等 as a word of its own (not 等待, 平等)
                type_ = self._kind_after(index, c + 1, roles)
                if type_ is not None:
                    yield c, type_, False, 0
        yield from self._introduced(index, roles)
        if "、" not in text:
            return
        for m in COUNT.finditer(text):
            c = m.start()
            if c > 0 and c in index.starts and text[c - 1] not in STOP_PUNCT and text[c - 1] != "等":
                type_ = self._kind_after(index, m.end(), roles)
                if type_ is not None:
                    yield c, type_, True, 0
        verbs = sorted((w for w, r in roles.items() if r == "verb"), key=len, reverse=True)
        for m in re.finditer("|".join(map(re.escape, verbs)), text):
            c = m.start()
            if c not in index.starts or m.end() not in index.starts and m.end() < len(text):
                continue
            w = index.word_covering(m.end())
            if w is not None and self.data.tags.get(text[w[0] : w[1]], "").startswith("n"):
                continue  # 开工仪式: the verb names an event, not what the items undergo
            while True:  # back over the adverbs before the verb: 提前 | 开工建设
                w = index.word_ending(c)
                if w is None or roles.get(text[w:c]) != "adverb":
                    break
                c = w
            if c == 0 or text[c - 1] in STOP_PUNCT:
                continue
            k = c
            while k > 0 and text[k - 1] != "、" and text[k - 1] not in STOP_PUNCT and c - k <= MAX_ITEM:
                k -= 1
            if "等" in text[k:c] or COUNT.search(text, k, c):
                continue  # 甲、乙等项目开工, 甲、乙三个项目开工: the cue before the verb names the list
            yield c, "Project", True, 0

    def _introduced(self, index: NameIndex, roles: dict[str, str]):
        """The cues of lists a kind word introduces (项目包括：甲、乙等。): the end of the clause after the
        introducing word, before a 等 that ends it; the kind word right before the introducing word gives
        the type."""
        text = index.text
        for m in _introduced_re(tuple(sorted(roles.items()))).finditer(text):
            a, b = m.span("word")
            if a not in index.ends or b not in index.starts:
                continue  # 有 of 所有, 为 of 作为: the word must be one of jieba's
            kind = roles[m.group("kind")]
            start = b + 1 if text[b : b + 1] in "：:" else b
            end = start
            while end < len(text) and (text[end] not in STOP_PUNCT or text[end] in "、“”()（）"):
                end += 1
            if text.endswith("等", 0, end):
                end -= 1  # (jieba may glue 等 to the last item: 科技城等)
            if end - start >= 2:
                yield end, kind, False, start

    def _kind_after(self, index: NameIndex, start: int, roles: dict[str, str]) -> str | None:
        """The type the first kind word after ``start`` gives the list (``None``: none, or one of
        something else).  A kind word ends where a jieba word does; one of one character is a
        word of its own (村, not the 村 of 城中村)."""
        text = index.text
        limit = min(len(text), start + _KIND_WINDOW)
        for k in range(start + 1, limit + 1):
            if text[k - 1] in STOP_PUNCT and text[k - 1] != ".":
                return None
            if k not in index.ends:
                continue
            w = index.word_ending(k)
            for n in (4, 3, 2, 1):
                word = text[k - n : k]
                if k - n < start or word not in roles or roles[word] in ("verb", "adverb", "introduce"):
                    continue
                if n == 1 and w != k - 1 and not any(COUNT.fullmatch(text, a, k - 1) for a in range(max(start, k - 5), k - 2)):
                    continue  # (等5个村, where jieba reads 个村: a count makes it the kind word too)
                return roles[word] if roles[word] != "none" else None
        return None

    def _work_of_places(self, index: NameIndex, first: tuple[int, int], cue: int,
                        places: dict[int, set[int]]) -> tuple[int, int] | None:
        """The span of one work named by a list of places (``甲街道乙村、丙村等城中村改造项目``), or ``None``.

        ``first`` is the list's first item, ``cue`` the position of 等.  After 等 must come a kind of
        works (a Project suffix of ``kg/data/suffixes.tsv``: 改造, 综合整治, 产业园 …) and right after
        it 项目 or 工程, with no count, clause or punctuation between."""
        text, lex = index.text, self.data.lex
        for k in range(cue + 3, min(len(text), cue + 1 + _KIND_WINDOW) + 1):
            if text[k - 1] in STOP_PUNCT:
                return None
            word = next((w for w in _WORKS if text.endswith(w, 0, k)), None)
            if word is None or k not in index.ends:
                continue
            phrase = text[cue + 1 : k - len(word)]
            hit = lex.suffix_at(phrase, len(phrase))
            if len(phrase) < 2 or COUNT.search(phrase) or phrase[0] in NUMERALS or hit is None \
                    or hit[1] != "Project" or len(phrase) <= len(hit[0]):
                return None  # 等3个…项目: several works; 等改造项目: no kind of works named
            return _town_start(text, first, places), k
        return None

    # -- the items -------------------------------------------------------------------------

    def _items(self, index: NameIndex, end: int, lower: int = 0) -> list[tuple[int, int]]:
        """The items of the list whose last item ends at ``end``, in text order; none starts before ``lower``
        (an item crossing the word that introduced the list is a clause: “项目为王”理念)."""
        text = index.text
        items: list[tuple[int, int]] = []
        e = end
        while e > 0:
            k = e
            while k > 0 and e - k <= MAX_ITEM:
                ch = text[k - 1]
                if ch in _OPEN:  # a bracket or quote inside the item: 云洪路(西大环路—墩余路), 樱皇谷“溪游记”
                    opened = text.rfind(_OPEN[ch], max(0, k - 16), k - 1)
                    if opened >= 0 and not any(c in "、，。；" for c in text[opened:k]):
                        k = opened
                        continue
                if ch in "-－" and k >= 2 and text[k - 2].isascii() and text[k - 2].isalnum():
                    k -= 1  # XH1805-08: a dash inside a code
                    continue
                if ch == "、" or ch in STOP_PUNCT:
                    break
                k -= 1
            if k > 0 and text[k - 1] == "、" and e - k <= MAX_ITEM:
                if k < lower or self._clause(index, k, e):
                    break  # 甲产业加速起势、乙园等项目: the list of names ends at a clause
                items.append((k, e))
                e = k - 1
                continue
            # the first item: it starts where a name of its own would
            start, _ = self.data.bounds.walk_left(index, e, "Project")
            if start is not None and lower <= start < e and not self._clause(index, start, e):
                items.append((start, e))
            break
        items.reverse()
        return [part for s, e in items for part in self._split_conjunctions(index, s, e)]

    def _clause(self, index: NameIndex, s: int, e: int) -> bool:
        """Whether ``[s, e)`` is a clause rather than a name: it holds 等 or a word of ``boundaries.txt``
        of two characters or more (完成, 实现), an adverb of ``project_lists.tsv`` (加速) or one of
        :data:`_CLAUSE_CHARACTERS` (也, 已, 在) after its first word, or ends in 的 (…等多个城市的)."""
        text, lex = index.text, self.data.lex
        if text[e - 1] == "的":
            return True
        for a, b in _words_inside(index, s, e)[1:]:
            word = text[a:b]
            if word == "等" or (len(word) >= 2 and (word in lex.boundaries or lex.project_lists.get(word) == "adverb")) \
                    or word in _CLAUSE_CHARACTERS:
                return True  # (…项目 | 也 | 已 | 在 | 园区: adverbs and 在, words of their own, make a clause)
        return False

    def _split_conjunctions(self, index: NameIndex, s: int, e: int) -> list[tuple[int, int]]:
        """An item joined to the next by 和/及/与 (甲园和乙园) is two items."""
        text, bounds = index.text, self.data.bounds
        for k in range(s + 2, e - 1):
            for conj in _CONJUNCTIONS:
                if text.startswith(conj, k) and k in index.starts and k + len(conj) in index.starts \
                        and not (conj in ("及", "与") and bounds.joins_doings(index, k)
                                 and not bounds.named_part(index, k + len(conj), e)):
                    # (资源保护与开发利用中心: one work of two doings, as the name's walk reads it)
                    return [(s, k)] + self._split_conjunctions(index, k + len(conj), e)
        return [(s, e)]

    def _name_like(self, index: NameIndex, s: int, e: int, places: dict[int, set[int]], vouched: bool) -> bool:
        """Whether the item could be a work's name (see the module docstring); ``vouched``: another
        item of the list carries a proper-name signal."""
        text, lex = index.text, self.data.lex
        item = text[s:e]
        if not 2 <= e - s <= MAX_ITEM or item in lex.stop_names or item[0] in GENERIC_START and s not in index.place_start_end():
            return False
        if item.startswith(tuple(DETERMINERS)) or (item[0] in NUMERALS and item[1:2] in QUANTIFIERS) \
                or _NUMBERED_PART.match(item):
            return False  # (3号、5号厂房: a work's numbered buildings, no names)
        if any(a < e and s < b for a, b in index.title_spans) or s - 1 in index.title_end_set():
            return False  # a post, or the name right after one (市委书记 | 逄建国、市长…): the item names a person
        if self._ends_in_kind(item, ("none",)):
            return False  # 拟入驻企业: firms or bodies, not works
        if _covered(s, e, places):
            return False  # 崔寨街道史坞村: places, which their sources name
        if any(text[a:b] == "的" for a, b in _words_inside(index, s, e)):
            return False  # 乙镇的高标准农田建设项目: a description of whose works they are, no name
        if self._proper(index, s, e):
            return True
        # 甲、科技苑中学等学校: in a list with a proper item, a compound of common words names one too
        # (道路、桥梁等项目 are kinds, not names: single words)
        # it must end in a kind word (中学, 学校, 产业园), not in 项目/工程 (产业用地招商项目 is a kind of
        # project) nor in a word of what is done (产业招商)
        if not vouched or e - s < 4 or len(_words_inside(index, s, e)) < 2 or item.endswith(("项目", "工程")):
            return False
        hit = lex.suffix_at(item, len(item))
        return (hit is not None and hit[1] in ("Project", "Place", "Organization") and len(item) > len(hit[0])) \
            or self._ends_in_kind(item, ("Project", "Place"))

    def _ends_in_kind(self, item: str, roles: tuple[str, ...]) -> bool:
        """Whether ``item`` ends in a kind word of one of ``roles`` after two characters or more."""
        kinds = self.data.lex.project_lists
        return any(kinds.get(item[-n:]) in roles for n in (4, 3, 2) if len(item) >= n + 2)

    def _proper(self, index: NameIndex, s: int, e: int) -> bool:
        """Whether an item carries a proper-name signal (a phase and quotes count: 产业园一期)."""
        item = index.text[s:e]
        return bool(self.data.bounds.proper(index, s, e) or LATIN_OR_DIGIT.search(item) or _PHASE.search(item)
                    or "“" in item)

    def _places(self, index: NameIndex, doc: Doc) -> dict[int, set[int]]:
        """Start → ends of the places of the divisions data and of the places ``kg_suffix_names`` found."""
        spans: dict[int, set[int]] = {}
        for s, e in index.place_span:
            spans.setdefault(s, set()).add(e)
        for m in (doc.user_data.get(_CANDIDATES_KEY) or {}).get("kg_suffix_names", ()):
            if m.type == "Place":
                spans.setdefault(m.start, set()).add(m.end)
        return spans


@functools.lru_cache(maxsize=4)
def _introduced_re(roles: tuple[tuple[str, str], ...]) -> re.Pattern:
    """A kind word of works or places and a word introducing its items right after it (项目 | 包括)."""
    def alternation(role_names: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted((w for w, r in roles if r in role_names), key=len, reverse=True))

    return re.compile(rf"(?P<kind>{alternation(('Project', 'Place'))})(?P<word>{alternation(('introduce',))})")


def _words_inside(index: NameIndex, s: int, e: int) -> list[tuple[int, int]]:
    """jieba's words inside ``[s, e)`` (a word crossing an end is cut to it)."""
    out = []
    k = max(bisect.bisect_right(index.word_starts, s) - 1, 0)
    while k < len(index.words) and index.words[k][0] < e:
        a, b = index.words[k]
        if b > s:
            out.append((max(a, s), min(b, e)))
        k += 1
    return out


def _place_chain(s: int, e: int, spans: dict[int, set[int]]) -> list[tuple[int, int]]:
    """The places that make up ``[s, e)`` end to end, shortest first at each step (``[]``: none do)."""
    def walk(k: int) -> list[tuple[int, int]] | None:
        if k == e:
            return []
        for b in sorted(b for b in spans.get(k, ()) if b <= e):
            rest = walk(b)
            if rest is not None:
                return [(k, b)] + rest
        return None

    return walk(s) or []


def _town_start(text: str, first: tuple[int, int], spans: dict[int, set[int]]) -> int:
    """Where a work named by a list of places opens: at the town written before the last place of
    the first item (崔寨街道 of 甲区崔寨街道史坞村), else at that last place; the district or city
    before it is where the work is, not its name."""
    chain = _place_chain(first[0], first[1], spans)
    if len(chain) < 2:
        return first[0]
    before = chain[-2]
    if short_name(text[before[0] : before[1]], "town") is not None:
        return before[0]
    return chain[-1][0]


def _places_from(s: int, e: int, spans: dict[int, set[int]]) -> int | None:
    """Where the places that make up ``[s, e)`` start: ``s``, or a later place start when what is
    before it is the end of a place that opened before ``s`` (an item cut inside a longer place's
    name: 起步区 | 崔寨街道史坞村 of 甲新旧动能转换起步区崔寨街道史坞村); ``None``: no places make it up."""
    if _covered(s, e, spans):
        return s
    for a in range(s + 1, e):
        if a in spans and any(b == a for k, ends in spans.items() if k < s for b in ends) and _covered(a, e, spans):
            return a
    return None


def _covered(s: int, e: int, spans: dict[int, set[int]]) -> bool:
    """Whether ``[s, e)`` is a chain of ``spans`` (start → ends) end to end (one span or more)."""
    reached = {s}
    for k in range(s, e):
        if k in reached:
            reached |= {b for b in spans.get(k, ()) if b <= e}
    return e in reached


_CANDIDATES_KEY = ("._.", "kg_candidates", None, None)  # doc._.kg_candidates in Doc.user_data


@Language.factory("kg_listed_projects", requires=[NAME_INDEX, CANDIDATES], assigns=[CANDIDATES], default_config={"key": None})
def make_listed_project_source(nlp: Language, name: str, key: str | None) -> ListedProjectSource:
    """Make the ``kg_listed_projects`` component (see :class:`ListedProjectSource`)."""
    return ListedProjectSource(nlp, name, key=key)
