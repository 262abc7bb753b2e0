"""``kg_places``: places of the divisions data (:mod:`kg.lang.gazetteer`), full and short names,
and the countries and regions of the world (``countries.tsv``, ``regions.tsv``).

``即墨区``, ``青岛``, ``市南``: accepted where a jieba word starts (or after punctuation),
and a two-character short name only where a word ends too, or a suffix or another word
follows it (青岛 in 青岛日报 is fine; 市南 inside 城市南部 is not).  The places are
recorded in the Doc's :class:`~kg.nlp.entities.index.NameIndex` for the sources after
this one (places anchor and nest names) and given to ``kg_entities`` as candidates that
may nest inside longer names (青岛 in 青岛市城市管理局), so nesting edges can be drawn.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.lang.gazetteer import GENERIC_NAMES, level_suffixes
from kg.lang.jieba_tables import is_word, tables
from kg.lang.money import chinese_number
from kg.nlp.entities.component import CANDIDATES, NAME_INDEX, DataSource
from kg.nlp.entities.index import NameIndex
from kg.nlp.entities.text_classes import (EVERYDAY_FREQ, GENERIC_START, PUNCT, STREET_WORDS, TOWN_UNIT, TOWN_UNIT_ENDS,
                                          VILLAGE_BEARINGS, conjunction_and_scope, opens_common_word)
from kg.records import Mention

__all__ = ["PlaceSource", "RULE"]

#: what closes a list of towns or villages written without their unit: a count and the unit (两个街道, 等5个村)
#: a town written after its county: two or three characters and its unit (甲区 | 乙丙镇)
_TOWN_AFTER = re.compile(rf"(?P<stem>[\u4e00-\u9fff]{{2,3}}?)(?P<unit>{TOWN_UNIT})")
_COUNTED_UNITS = re.compile(r"(?P<etc>等)?(?P<n>[0-9]+|[一二两三四五六七八九十]+)个(?P<unit>街道|社区|镇|乡|村)")

#: jieba's tags of one-character words that are only ever part of a longer word or name (bound morphemes,
#: characters of personal names): a place right after one is the tail of a name jieba did not know (灵 | 阳江)
_NAME_CHARACTER_TAGS = frozenset({"zg", "nr", "ng", "rg", "tg", "vg", "ag", "dg"})

#: The rule name of the mentions this source makes.
RULE = "place_gazetteer"


#: a bank or side, written after a bearing (北岸, 南侧, 东麓): 湖北 of 翠云湖北岸 is a lake's north shore
_BANK_WORDS = ("岸", "侧", "麓", "畔")


class PlaceSource(DataSource):
    """Find the places of the divisions data; record them in the name index."""

    uses_gazetteer = True

    def __init__(self, nlp: Language | None = None, name: str = "kg_places", *, key: str | None = None) -> None:
        super().__init__(nlp, name, key=key)
        self._names = self._names_of = None  # the gazetteer's place-name index, and the data it is of
        self._hosts: tuple[str, ...] = ()  # the bodies whose names hold a place (set with the index)

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        data = self.data
        if self._names is None or self._names_of is not data:
            # the divisions' names and the world's (澳大利亚, 长三角) in one index: one scan of the text
            self._names, self._names_of = data.gaz.place_names().with_names(data.gaz.world), data
            # the organisations of kg's abbreviations data whose names hold a place (上海合作组织, 欧洲联盟):
            # international bodies, not in the place they are named after
            bodies = {n for short, (full, type_) in data.lex.heads.items() if type_ == "Organization" for n in (short, full)}
            self._hosts = tuple(sorted(n for n in bodies if self._names.find(n)))
        text = index.text
        hosts = [(a, a + len(n)) for n in self._hosts for a in _occurrences(text, n)]
        found = []
        for s, e, name in self._names.find(text):
            if s not in index.starts and not (s > 0 and text[s - 1] in PUNCT) \
                    and not (found and found[-1][1] == s and self._written_inside(found[-1][2], name)) \
                    and not self._after_boundary_word(index, s):
                continue  # 市南 inside 城市南部 (not 文登区 | 米山镇, where jieba cuts 区米 | 山镇)
            if self._after_name_character(index, s) and not (found and found[-1][1] == s) \
                    and data.lex.suffix_at(text, s) is None:  # (甲县委 | 甲县人民政府: 委 ends a body's name)
                continue  # 灵 | 阳江: jieba left one character of a longer name (灵阳江) before the place
            if any(a <= s and e <= b for a, b in hosts):
                continue  # 上海 of 上海合作组织, 亚洲 of 亚洲基础设施投资银行: a body named after no place it is in
            if (text.startswith(data.lex.settlement_words, e) or text.startswith(STREET_WORDS, e)
                    and not text.startswith("街道", e)) and not any(d.name == name for d in data.gaz.lookup(name)):
                continue  # 丽水 | 社区, 青岛 | 路: a division's short name naming a community or a street elsewhere
            if conjunction_and_scope(text, s, e, data.lex.one_char_units, data.lex.boundaries) and not (found and found[-1][1] == s):
                continue  # 改造 | 和 | 县职教中心, 将 | 会同 | 县财政局: a joining word and a scope word (马鞍山市 | 和县: the
                # county of its city)
            if len(name) == 2 and name.endswith(level_suffixes("town")) and s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" \
                    and not (found and found[-1][1] == s) and not data.lex.boundary_before(text, s):
                continue  # 甲岭 | 铺镇: a town of one character and its unit, after characters that end no word of
                # boundaries.txt nor a place, is the tail of a longer town's name (甲岭铺镇), not the town 铺镇
            if len(name) == 2 and text[e : e + 1] in _BANK_WORDS and s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" \
                    and (kind := data.lex.suffix_at(text, s + 1)) is not None and kind[1] == "Place" and len(kind[0]) == 1:
                continue  # 翠云湖 | 北岸, 甲河 | 南侧: a lake's (river's, hill's) kind word and the bearing of its bank or side,
                # no 湖北 or 河南
            if self._says_what_to_next_word(text, e, name):
                continue  # 发展乡 | 村旅游, 振兴乡 | 村: 发展乡村, a verb and a word jieba knows, no town (not 和平乡 | 村民)
            if len(name) == 2 and opens_common_word(text, s, e, tables()[1]) and not any(d.name == name for d in data.gaz.lookup(name)):
                continue  # 惠民 | 生: a short name whose last character opens a common word with the next (惠 | 民生)
            if len(name) == 2 and e not in index.ends and not data.lex.suffix_at(text, e + 1):
                # a two-character short name must end a word too (青岛 in 青岛日报 is fine: 日报 follows)
                if e not in index.starts:  # no word starts where the name ends
                    continue
            if name.endswith("村") and s > 0 and text[s - 1] in VILLAGE_BEARINGS and self._bearing_opens(text, s, found):
                s, name = s - 1, text[s - 1 : e]  # 艾山街道 | 北官庄村: the bearing after the town opens the village's name
            found.append((s, e, name))
        if bearing_named := {name for _, _, name in found if name[0] in VILLAGE_BEARINGS}:
            # 以东 | 袁宋村 once the page has named 东袁宋村: the same village wherever the bearing is written before it
            found = [(s - 1, e, text[s - 1 : e]) if s > 0 and text[s - 1 : e] in bearing_named else (s, e, name)
                     for s, e, name in found]
        found = sorted(found + self._shorts_of_named(index, found))
        found = sorted(found + self._written_short_after_holder(index, found))
        found = sorted(found + self._towns_after_county(index, found))
        if "个" in text and "、" in text:
            found = sorted(found + self._counted_towns(index, found))
        index.set_places([(s, e) for s, e, _ in found])
        return [Mention(s, e, text[s:e], "Place", name, rule=RULE) for s, e, name in found]

    @staticmethod
    def _bearing_opens(text: str, s: int, found: list[tuple[int, int, str]]) -> bool:
        """Whether the bearing before a village of the divisions data opens the village's name (东 | 袁宋村 is
        东袁宋村): right after a town (艾山街道 | 北官庄村, 甲镇东 | 袁宋村, the town a name of the page's own that
        the divisions data lack) or opening a clause, where no bearing stands alone (东 | 袁宋村蔬菜大棚项目)."""
        # (after a town's unit a bearing is no direction: the town's east side is written 镇东部, 镇东侧)
        return found and found[-1][1] == s - 1 or s == 1 or text[s - 2] in PUNCT or text[s - 2] in TOWN_UNIT_ENDS

    @staticmethod
    def _says_what_to_next_word(text: str, e: int, name: str) -> bool:
        """Whether a town's name ending at ``e`` is a verb or an adjective and the first character of a common word
        written after it (发展 + 乡村旅游, 振兴 + 乡村: its unit character opens 乡村), where the character after the unit
        does not open a word of its own (和平乡 | 村民: the town's villagers)."""
        return len(name) >= 3 and name.endswith(level_suffixes("town")) and is_word(text[e - 1 : e + 1]) \
            and not is_word(text[e : e + 2]) and tables()[0].get(name[:-1], "")[:1] in ("v", "a")

    @staticmethod
    def _after_name_character(index: NameIndex, s: int) -> bool:
        """Whether the jieba word before ``s`` is one character jieba's tags say is only ever part of a name or a
        bound morpheme (_NAME_CHARACTER_TAGS: 浦 zg, 灵 nr), so that the place after it is the tail of a longer name."""
        start = index.word_ending(s)
        return start == s - 1 and "\u4e00" <= index.text[start] <= "\u9fff" \
            and tables()[0].get(index.text[start], "") in _NAME_CHARACTER_TAGS

    def _after_boundary_word(self, index: NameIndex, s: int) -> bool:
        """Whether the jieba word ``s`` falls inside opens with a word of boundaries.txt that ends right at ``s``
        (北起 | 泽头镇, 惠及 | 喜捷镇, where jieba reads 北起泽头 | 镇): the place starts after it."""
        w = index.word_covering(s)  # (of two characters or more: a one-character 以 of 以北 is read by the suffix rule)
        return w is not None and s - w[0] >= 2 and index.text[w[0] : s] in self.data.lex.boundaries

    def _shorts_of_named(self, index: NameIndex, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The short names of the districts the text names in full (海门 of 海门区 … 海门经济技术开发区), where
        they stand as words of their own opening a clause or after a boundary word, outside the places found:
        the divisions data mark a district's short name alone only in some provinces, but a page that names
        the district uses its short name for it."""
        gaz, text = self.data.gaz, index.text
        shorts = {d.short for _, _, name in found for d in gaz.lookup(name)
                  if d.name == name and d.level == "district" and d.short and len(d.short) >= 2}
        out: list[tuple[int, int, str]] = []
        for short in sorted(shorts):
            for a in _occurrences(text, short):
                b = a + len(short)
                if opens_common_word(text, a, b, tables()[1]):
                    continue  # (惠民 | 生 of 惠民县 … 惠民生: 惠 | 民生)
                # (opening a clause or after a word that ends names: inside a name, 联东U谷 | 姑苏 | 数字科技产业园,
                # the short name would cut it)
                if (a == 0 or text[a - 1] in PUNCT or self.data.lex.boundary_before(text, a)
                        or self._after_verb(index, a)) and b in index.ends \
                        and not any(x < b and a < y for x, y, _ in found + out):
                    out.append((a, b, short))
        return out

    def _written_short_after_holder(self, index: NameIndex, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A county's short name right after its city's (曲靖 | 沾益 | 恒通建材有限公司): a place, though jieba keeps the
        short name as a common word (沾益, a verb) and the divisions data's search leaves such words out; the city
        right before it vouches for it (a province before a county, 广东 | 顺德…有限公司, is a firm's name's words)."""
        gaz, text, out = self.data.gaz, index.text, []
        taken = {s for s, _, _ in found}
        for _, e, name in found:
            if e in taken or any(x < e + 2 and e < y for x, y, _ in found):
                continue
            cities = {d.code for d in gaz.lookup(name) if d.level == "city"}
            k = next((k for k in (3, 2) if e + k in index.ends and any(
                d.level == "district" and d.parent_code in cities for d in gaz.lookup(text[e : e + k]))), 0)
            if k and not any(x < e + k and e < y for x, y, _ in found):
                out.append((e, e + k, text[e : e + k]))
        return out

    def _towns_after_county(self, index: NameIndex, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A town the divisions data does not hold, written right after its county in full (甲区 | 乙丙镇的…): two or
        three characters and the town's unit, which stands as a word of its own or ends one jieba reads as the whole
        town (not 小镇 of 特色小镇, 乡镇 of 部分乡镇), and ending one; what no everyday word, verb or generic word (各乡, 城区) is."""
        gaz, text, out = self.data.gaz, index.text, []
        tags, freq = tables()
        starts = {s for s, _, _ in found}
        for _, e, name in found:
            if e in starts or not any(d.name == name and d.level == "district" for d in gaz.lookup(name)):
                continue
            m = _TOWN_AFTER.match(text, e)
            if m is None:
                continue
            stem, unit = m.group("stem"), m.group("unit")
            u = e + len(stem)
            w = index.word_covering(u)
            # (the unit glued to the town's last character in a word jieba only guessed, 甲岭 | 铺镇, where the
            # town's first words are no everyday ones: not 工业 | 强镇)
            guessed = w is not None and e < w[0] < u and w[1] == m.end() and text[w[0] : w[1]] not in freq \
                and freq.get(text[e : w[0]], 0) < EVERYDAY_FREQ
            if w is None or w[0] not in (e, u) and not guessed \
                    or not (m.end() in index.ends or m.end() == len(text) or text[m.end()] in PUNCT):
                continue
            if stem[0] in GENERIC_START or text.startswith(tuple(self.data.lex.boundaries), e) \
                    or stem in self.data.lex.stop_names or stem in GENERIC_NAMES \
                    or tags.get(stem, "")[:1] == "v" or tags.get(stem[:2], "")[:1] == "v" or freq.get(stem, 0) >= EVERYDAY_FREQ:
                continue
            out.append((e, m.end(), stem + unit))
        return out

    @staticmethod
    def _after_verb(index: NameIndex, a: int) -> bool:
        """Whether the jieba word ending at ``a`` is a verb of two characters or more (建设 | 宁海高原…产业园: what
        is built opens with the place)."""
        start = index.word_ending(a)
        return start is not None and a - start >= 2 and tables()[0].get(index.text[start:a], "")[:1] == "v"

    def _counted_towns(self, index: NameIndex, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Towns and villages written without their unit in a list the unit and their count close (涉及海州、兴海
        两个街道; 甲、乙、丙等5个村): each item is a place, named with the unit (海州街道).  The count must be the
        items' (more after 等); an item is two to four characters of CJK (the first after the boundary word
        before it, else jieba's word before the first 、)."""
        text, out = index.text, []
        taken = {(s, e) for s, e, _ in found}
        for m in _COUNTED_UNITS.finditer(text):
            count = int(m.group("n")) if m.group("n").isdigit() else chinese_number(m.group("n"))
            items, end = [], m.start()
            while True:
                at = text.rfind("、", max(0, end - 5), end)
                if at >= 0:
                    start = at + 1
                else:  # the first item: after the boundary word before it (途经 | 来龙门), else jieba's word
                    start = next((k for k in (self.data.bounds.last_boundary(text, max(0, end - 5), end),
                                              index.word_ending(end)) if k is not None and 2 <= end - k <= 4), None)
                if start is None or not 2 <= end - start <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in text[start:end]):
                    break
                items.append((start, end))
                if at < 0:
                    break
                end = at
            if len(items) < 2 or count is None or (count < len(items) if m.group("etc") else count != len(items)):
                continue
            unit = m.group("unit")
            out += [(s, e, text[s:e] + unit) for s, e in items
                    if (s, e) not in taken and not text[s:e].endswith(unit) and text[s:e] not in self.data.lex.stop_names]
        return out

    def _written_inside(self, before: str, name: str) -> bool:
        """Whether ``name`` is the full name of a division inside the one ``before`` names (文登区 | 米山镇)."""
        gaz = self.data.gaz
        inner = [d for d in gaz.lookup(name) if d.name == name]
        return any(gaz.contains(outer, d) for outer in gaz.lookup(before) for d in inner)


def _occurrences(text: str, name: str) -> list[int]:
    """Where ``name`` starts in ``text``, every time."""
    out, at = [], text.find(name)
    while at >= 0:
        out.append(at)
        at = text.find(name, at + 1)
    return out


@Language.factory("kg_places", assigns=[CANDIDATES, NAME_INDEX], default_config={"key": None})
def make_place_source(nlp: Language, name: str, key: str | None) -> PlaceSource:
    """Make the ``kg_places`` component (see :class:`PlaceSource`)."""
    return PlaceSource(nlp, name, key=key)
