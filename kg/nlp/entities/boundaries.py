"""Where a name starts: the left-boundary rules the suffix, department, award and list
sources share (:class:`NameBounds`).

A Chinese name usually ends in a word that says what it is (局, 有限公司, 产业园, 村 …)
and starts wherever the words before it stop being part of it.  Walking left from the
suffix, a name stops at punctuation, at a numeral with its measure word, at a word of
``kg/data/boundaries.txt`` (在, 召开, 位于 …), at a post title, at another body's suffix,
and — for places — at another place; and a stem of common words only is no name unless
something marks it as proper (:meth:`NameBounds.proper`).
"""

from __future__ import annotations

import bisect
import functools
import re

from kg.lang.gazetteer import level_suffixes
from kg.lang.lexicon import PHASE_NUMERALS
from kg.nlp.entities.index import NameIndex
from kg.nlp.entities.text_classes import (ACRONYM, AGENT_MARKERS, ALONG_WORDS, ALSO, APPROXIMATE, BENEFACTIVE_MARKERS, AREA_PART, CJK, COPULAS, DASHES, DETERMINERS, EVERYDAY_FREQ, LATIN,
                                          LATIN_OR_DIGIT, MAX_NAME, MEASURES, NUMERALS, PUNCT, QUANTIFIERS, RING, ROAD_CLASSES, STOP_PUNCT, STREET_WORDS, TOWN_UNIT_ENDS,
                                          TOWN_UNIT, TOWN_WRITTEN, YEAR, everyday_compound, is_proper_word)

__all__ = ["NameBounds", "DASHES", "HOLDING_UNITS"]

#: a road's code, its class before it (G228, 国道G521线, 省道S318)
_ROAD_CODE = re.compile(rf"(?:{'|'.join(ROAD_CLASSES)})?[GSXY]\d{{1,4}}")

#: the words of going to or being at a place, written right before a town that opens a work's name (来到 | 甲街道 | 乙项目)
_GONE_TO = ("在", "来到", "走进", "前往", "深入", "赴", "到")
#: the words of streets (text_classes.STREET_WORDS without 小区, an estate): a street's name of two or three
#: characters opening a work's name tells it apart (人民路 | 片区城市更新项目)
_STREETS = tuple(w for w in STREET_WORDS if w != "小区")
#: a year written without 年, opening an event's name (2025 | 甲县樱桃开园节暨…推介会)
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
#: a magnitude written between a figure and its measure word (30万套, 5千吨)
_MAGNITUDES = "万千百亿"

#: the words a town's name ends with, after the stem a route is named by (虹溪 | 镇)
_TOWN_UNITS = ("镇", "乡")
#: a town written with its unit at a route's end (甲坝镇 | 至, 至 | 乙口镇), or ending right before a place (not 城乡 or
#: 乡镇 before it)
_TOWN_WRITTEN = re.compile(TOWN_WRITTEN)
_TOWN_WRITTEN_BEFORE = re.compile(rf"(?<![乡城])[\u4e00-\u9fff]{{2}}{TOWN_UNIT}$")
_VILLAGE_WRITTEN_BEFORE = re.compile(r"(?<![农乡])[\u4e00-\u9fff]{2}(?:村|社区)$")
_VILLAGE_WRITTEN = re.compile(r"(?![\u4e00-\u9fff][农乡])[\u4e00-\u9fff]{2}(?:村|社区)")
#: an institution's number before its kind word (第一 | 中学)
_ORDINAL_BEFORE = re.compile("第[一二三四五六七八九十]{1,3}$")
#: the levels of the divisions data above a town (gazetteer.LEVELS)
_HIGHER_LEVELS = ("province", "city", "district")
#: the units of the places that hold a place written right after them: a town's, and a community's (澜湾街道 | 凤山,
#: 澄波社区 | 锦绣里小区)
HOLDING_UNITS = (*level_suffixes("town"), "社区")
#: the working bodies a government sets up for a task, named by the task (重大项目推进办公室, 城市更新协调专班)
_TASK_BODIES = ("办公室", "指挥部", "专班", "工作组", "领导小组")
#: conjunctions that join two names (甲中心和乙中心)
_NAME_JOINING = ("和", "与", "及")
#: the conjunctions inside a work's name joining the parts of the work (羊肉屠宰及冷链加工项目, 保护与开发利用中心)
_WORK_JOINING = ("及", "与")
#: an ordinal (第一, 第十四): a boundary word, except right after a place, inside a name
_ORDINAL = re.compile("第[一二三四五六七八九十百零〇两]+")
#: jieba's tags of words that are never part of a name: prepositions, conjunctions, pronouns
#: (not adverbs: jieba tags 自然 of 自然历史博物馆 d; not 之, u: 中国之声)
_FUNCTION_TAGS = ("p", "c", "r")
#: jieba's tags of words no brand is made of: verbs, adjectives, adverbs, numerals, function words,
#: directions, times and places as positions (扎根 | 青岛…)
_NOT_BRAND_TAGS = ("v", "a", "d", "m", "p", "c", "r", "u", "f", "t", "s")
#: types whose names may hold a bracketed place or kind word (华润(集团)有限公司, 顺德(勒流)…产业园)
_BRACKETED = ("Company", "Project", "Organization")
_BRACKET_CONTENT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9\-—－至]{1,12}")


def _code_start(text: str, j: int) -> int:
    """Where a code of Latin letters, digits and dashes ending with the digits from ``j`` starts
    (XH1805-08: letters and digits before a dash between them belong to it; 100MW/200MWh: two sizes)."""
    while j > 0:
        ch = text[j - 1]
        if ch.isascii() and ch.isalnum():
            j -= 1
        elif ch in "-－" and j >= 2 and text[j - 2].isascii() and text[j - 2].isalnum():
            j -= 1
        elif ch == "/" and j >= 2 and text[j - 2].isascii() and text[j - 2].isalpha() and text[j].isdigit():
            j -= 1  # 100MW/200MWh: a power and an energy, one size
        else:
            break
    return j


def _is_zone(text: str, pos: int, lex) -> bool:
    """Whether the place suffix starting at ``pos`` names a zone (开发区, 示范区, 工业区, 产业带 …),
    whose name opens with the name of its city or district."""
    for n in range(lex.max_suffix, 1, -1):
        hit = lex.suffixes.get(text[pos : pos + n])
        if hit is not None and hit[0] == "Place":
            return lex.zone_suffix(text[pos : pos + n]) is not None
    return False


#: the number of a list's item in brackets (（一）, (3)), which is no part of the name after it
_ITEM_NUMBER = re.compile(r"[一二三四五六七八九十0-9０-９]+")


def _bracket_start(text: str, close: int) -> int | None:
    """Where the bracket closed at ``close`` opens, if what it holds is a short name-like part."""
    for k in range(close - 1, max(-1, close - 14), -1):
        if text[k] in "(（":
            return k if k > 0 and _BRACKET_CONTENT.fullmatch(text, k + 1, close) else None
    return None


#: the endings of organisations registered, as firms are, under a name that opens with their places (专业合作社; not
#: 合作社 alone: 甲镇 | 乙村合作社 is the village's co-operative, called so)
_REGISTERED_NAMES = ("专业合作社", "经济合作社", "股份经济合作社", "合作联社")
#: a firm's legal form, after which the trade written before it belongs to the name (养老服务 | 有限公司)
_LEGAL_FORMS = ("有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "公司")


#: a national administration and its trade (国家税务总局: 税务), whose local offices are named after it
_NATIONAL_ADMINISTRATION = re.compile(r"国家([\u4e00-\u9fff]{2,6}?)总局")


class NameBounds:
    """The left-boundary rules over the lexicon, the gazetteer and jieba's tables.

    Parameters
    ----------
    lex : kg.lang.lexicon.Lexicon
    gaz : kg.lang.gazetteer.Gazetteer or None
        Needed by :meth:`trim_to_place` only.
    tags, freq : dict
        jieba's part-of-speech tags and word frequencies.
    """

    def __init__(self, lex, gaz, tags: dict[str, str], freq: dict[str, int]) -> None:
        self.lex = lex
        self.gaz = gaz
        self.tags = tags
        self.freq = freq
        self._proper: dict[str, bool] = {}  # is_proper_word's answers: a text's words recur
        # the organisations of kg's abbreviations data (上海合作组织, 联合国): a proper part of a name built on one
        self._organisations = frozenset(name for name, (_, type_) in lex.heads.items() if type_ == "Organization")

    def _known_body_at(self, text: str, i: int) -> str | None:
        """The name of ``lex.heads`` (departments, ministries, abbreviations) written from ``i``, if any."""
        m = self.lex.head_re.match(text, i)
        return m.group() if m else None

    def _known_body_over(self, text: str, a: int, b: int, pos: int) -> tuple[int, str] | None:
        """Where a name of ``lex.heads`` starts that holds the boundary word ``text[a:b]`` and ends by
        ``pos`` (住房和城乡建设部 holds 和), and the name; ``None`` when none does."""
        for k in range(a - 1, max(-1, a - 12), -1):
            m = self.lex.head_re.match(text, k)
            if m is not None and b <= m.end() <= pos and m.end() - k > 2:
                return k, m.group()
        return None

    #: the most characters of words between a place and a boundary word inside one name (农村供水)
    PLACED_WORDS = 8

    def _inside_placed_name(self, index: NameIndex, at: int, limit: int) -> bool:
        """Whether the boundary word starting at ``at`` is inside a name that opens with a place of the
        divisions data: the place, then up to ``PLACED_WORDS`` characters of words that hold no boundary word
        and no punctuation, then the word (文登区 | 农村供水 | 保障 | 提升工程, 济南市 | 民营经济发展 | 促进 |
        中心).  Right after the place the word says what the place does (即墨区 | 推进 | …工程): no name."""
        text, lex = index.text, self.lex
        body = lex.suffix_at(text, at)
        if body is not None and body[1] in ("Agency", "Company", "Organization", "Place"):
            return False  # 兰山区政府 | 共建 | 大学科技园: a body named before the word is who does it (a place too:
            # 甲镇乙村 | 引进 | 民宿项目)
        if at > 0 and (text[at - 1] in STOP_PUNCT or text[at - 1].isspace()):
            return False  # (…副主任，| 拟任 | 区城市管理局: the word opens its clause)
        reach = self.PLACED_WORDS
        if (year := YEAR.search(text, max(limit, at - reach - 6), at)) is not None:
            reach += year.end() - year.start()  # (文登区 | 2026年 | 农村供水保障 | 提升工程: the programme's year)
        for j in range(at - 2, max(limit, at - reach) - 1, -1):
            if text[j] in STOP_PUNCT or text[j].isspace() or lex.boundary_before(text, j + 1) \
                    and j + 1 < at and not index.inside_place(j, j + 1):
                return False  # (a boundary word among the words: 推进 of 即墨区推进农村供水保障工程)
            if j in index.place_end:  # the place: the first word after it must be no verb (即墨区 | 推进)
                w = index.word_covering(j)
                return w is None or w[0] != j or self.tags.get(text[w[0] : w[1]], "")[:1] != "v"
        return False

    def proper_word(self, word: str) -> bool:
        """:func:`~kg.nlp.entities.text_classes.is_proper_word` over jieba's tables, remembered."""
        known = self._proper.get(word)
        if known is None:
            if len(self._proper) > 100_000:
                self._proper.clear()
            known = self._proper[word] = is_proper_word(word, self.tags, self.freq, self.lex.everyday_words)
        return known

    def _route_end(self, index: NameIndex, at: int, *, before: bool) -> bool:
        """Whether a route's end is named right before (or after) ``at``: a place of the divisions data, or a
        word of two or three characters jieba does not know (团旺, 穴坊: towns written short), or one that with
        镇/乡 is a town of the divisions data (虹溪 of 虹溪镇)."""
        if (at in index.place_end) if before else (at in index.place_starts()):
            return True
        if _TOWN_WRITTEN_BEFORE.search(index.text, max(0, at - 6), at) if before else _TOWN_WRITTEN.match(index.text, at):
            return True  # 甲坝镇至乙口镇公路: towns written with their unit, whether the divisions data has them or not
        if _VILLAGE_WRITTEN_BEFORE.search(index.text, max(0, at - 6), at) if before else _VILLAGE_WRITTEN.match(index.text, at):
            return True  # 甲村至乙村旅游公路: so are villages
        word = index.word_covering(at - 1 if before else at)
        if before and word is not None and word[1] == at + 1 and index.text[at] == "至":
            word = (word[0], at)  # 半塔至 | 张山: jieba glued 至 to a town written short
        if not before and word is not None and word[0] == at - 1 and index.text[at - 1] == "至":
            word = (at, word[1])  # 颜庄 | 至艾山: or to the town after it
        if word is None or (word[1] != at if before else word[0] != at):
            return False
        stem = index.text[word[0] : word[1]]
        if before and len(stem) == 1 and self._place_kind(index.text, at) \
                and (w := index.word_ending(word[0])) is not None and word[0] - w >= 2:
            return True  # 鹤鸣 | 溪至 | …, 桂花 | 岭 | 至: a place's kind character (溪, 岭) after the name's word
        if not before and len(stem) == 2 and index.word_covering(word[1]) == (word[1], word[1] + 1) \
                and self._place_kind(index.text, word[1] + 1):
            return True  # …至 | 青龙 | 垭: the second end, a name's word and a place's kind character jieba left alone
        return 2 <= len(stem) <= 3 and (self.unknown_word(stem) or self.gaz is not None
                                         and any(self.gaz.lookup(stem + unit) for unit in _TOWN_UNITS))

    def _place_kind(self, text: str, end: int) -> bool:
        """Whether the character before ``end`` is a place's kind: a one-character place suffix (溪, 河), a
        settlement's ending (庄, 峪: settlement_endings.txt) or a route end's (岭, 垭: work_names.tsv end)."""
        hit = self.lex.suffix_at(text, end)
        return hit is not None and hit[1] == "Place" and len(hit[0]) == 1 \
            or text[end - 1 : end] in self.lex.settlement_endings or text[end - 1 : end] in self.lex.route_end_kinds

    def _holder_ends(self, index: NameIndex, i: int) -> bool:
        """Whether a town's or community's name ends at ``i``: its unit (HOLDING_UNITS) a word of its own after
        a stem of two characters or more (海安 | 街道), or ending a word jieba does not know or tags as a place
        (移风店镇); not an everyday word that ends so (城乡, 乡镇)."""
        text = index.text
        unit = next((u for u in HOLDING_UNITS if text.endswith(u, 0, i)), None)
        start = index.word_ending(i)
        if unit is None or start is None:
            return False
        if i - start == len(unit):
            stem = index.word_ending(start)
            if stem is not None and start - stem == 1 and (before := index.word_ending(stem)) is not None:
                stem = before  # 鹤岭 | 路 | 街道: a road's name and the office named after it
            return stem is not None and start - stem >= 2 and all(CJK.match(c) for c in text[stem:start])
        word = text[start:i]
        return self.tags.get(word, "").startswith("ns") or not self.freq.get(word)

    def _institution_ends_in(self, text: str, start: int, end: int) -> bool:
        """Whether an institution's suffix of two characters or more (中学, 卫生院) ends in ``text[start:end + 1]``."""
        return any((body := self.lex.suffix_at(text, k)) is not None and body[1] == "Organization" and len(body[0]) >= 2
                   for k in range(end, start - 1, -1))

    def _street_or_settlement_at(self, text: str, pos: int) -> bool:
        """Whether a street's or a settlement's word (路, 街, 小区, 村, 社区) is the suffix at ``pos``, not the first
        character of a longer place suffix (街 | 区 is 街区, a quarter, no street)."""
        word = next((w for w in (*STREET_WORDS, *self.lex.settlement_words) if text.startswith(w, pos)), None)
        if word is None:
            return False
        longer = self.lex.suffix_at(text, pos + len(word) + 1)
        return longer is None or len(longer[0]) <= len(word)

    def unlisted_town_at(self, index: NameIndex, i: int) -> int | None:
        """The end of a town the divisions data lacks written with its unit from ``i`` (南湾 | 街道, 澄沣镇), its unit
        a word of its own or ending a word jieba does not know (:meth:`_holder_ends`); None otherwise."""
        town = _TOWN_WRITTEN.match(index.text, i)
        if town is None or i not in index.starts or i in index.place_starts():
            return None
        end = next((e for e in range(town.end(), i + 2, -1) if self._holder_ends(index, e)), None)
        return end if end is not None and index.text[i:end] not in self.lex.stop_names else None

    def _higher_after_town(self, index: NameIndex, i: int) -> bool:
        """Whether a county, city or province of the divisions data starts at ``i`` right after a town written with its
        unit (甲口镇 | 莱芜…): the town holds no county, so the name after it is another's."""
        if index.text[i - 1 : i] not in TOWN_UNIT_ENDS or self.gaz is None \
                or not _TOWN_WRITTEN_BEFORE.search(index.text, max(0, i - 6), i):
            return False  # (the cheap test first: the walk asks at every character)
        end = index.place_start_end().get(i)
        if end is None:  # (a county written short, which the gazetteer's search reads only near its city: a word of jieba's)
            word = index.word_covering(i)
            end = word[1] if word is not None and word[0] == i and word[1] - i >= 2 else None
        if end is None:
            return False
        # (the county written in full elsewhere on the page: 鼓楼 alone in 甲街道鼓楼片区 names a district of another city)
        return any(d.level in _HIGHER_LEVELS and (end == index.place_start_end().get(i) or d.name in index.text)
                   for d in self.gaz.lookup(index.text[i:end]))

    def unknown_word(self, word: str) -> bool:
        """Whether jieba does not know ``word`` and it is no everyday word either (老旧, 文旅康养: kg's
        ``everyday_words.txt`` and :func:`~kg.nlp.entities.text_classes.everyday_compound`)."""
        return not self.freq.get(word) and word not in self.lex.everyday_words \
            and not everyday_compound(word, self.freq, self.lex.everyday_words)

    def walk_left(self, index: NameIndex, pos: int, type_: str) -> tuple[int | None, bool]:
        """Where a name of ``type_`` whose suffix starts at ``pos`` starts, and whether a
        place inside it anchors it; ``(None, False)`` when the phrase is no name (counted,
        generic)."""
        text, lex = index.text, self.lex
        limit = max(0, pos - MAX_NAME)
        if type_ == "Project" and index.word_ending(pos) == pos - 1 and self.tags.get(text[pos - 1 : pos]) == "d":
            return None, False  # 全区共 | 改造 | 老旧小区56个, 已 | 建设: after an adverb the kind word is a verb
        zone = type_ == "Place" and _is_zone(text, pos, lex)
        anchor = None
        seen_proper = False
        joined = -1  # where the walk crossed a conjunction joining the parts of a work (…修复 | 及 | …)
        coded = False  # whether a road's code opens the work's name
        i = pos
        while i > 0:
            ch = text[i - 1]
            if ch in STOP_PUNCT or ch.isspace():
                if ch == "·" or ch == "•":
                    i -= 1
                    continue
                if ch == "/" and type_ == "Project" and text.startswith("年", i) and text.endswith(lex.work_units, 0, i - 1):
                    i -= 1  # 10万吨/年 | 高纯碳酸锂项目: a yearly capacity written as a rate opens the work's name
                    continue
                if ch == "、" and type_ == "Project" and i < pos and i in index.place_starts() and i - 1 in index.place_end:
                    i = index.place_end[i - 1]  # 艾山街道、里辛街道供水管网改造工程: the places it is named after, listed
                    continue
                if ch == " " and i >= 2 and i < pos and text[i - 2].isascii() and text[i - 2].isalnum() \
                        and text[i].isascii() and text[i].isalnum():
                    i -= 1  # Micro LED芯片产业化项目: a space between two Latin words of the name
                    continue
                national = lex.national_prefixes
                if ch in DASHES and ((i - 1) in index.place_end or text.endswith(national, 0, i - 1)) \
                        and (i in index.place_starts() or text.startswith(national, i)
                             or self._known_body_at(text, i) is not None):
                    i -= 1  # 智利-中国投资贸易促进会, 中国—上海合作组织…: a dash joins two places (or bodies) in a name
                    continue
                if ch == "”" and type_ in ("Project", "Award") and 0 <= (opened := text.rfind("“", max(limit, i - 14), i - 1)) \
                        and not any(c in STOP_PUNCT for c in text[opened + 1 : i - 1]) \
                        and (i < pos or type_ == "Project" and self.proper(index, opened + 1, i - 1, figures=False)
                             and not self.verb_word_at(index, pos)):
                    # 辛寨镇“四好农村路”示范路建设工程: a quoted name inside a work's name is part of it (and a cup
                    # inside a contest's: 第三届“甲杯”创新大赛); right before the kind word, a brand with a word jieba
                    # does not know opens it (“甲乡记忆”民宿群; not 新一轮 | “四改两建”工程; no slogan of common words)
                    if i == pos:
                        i = opened
                        break
                    i = opened
                    continue
                if ch in ")）" and (type_ in _BRACKETED or zone):  # (a zone too: 中国（山东）自由贸易试验区)
                    opened = _bracket_start(text, i - 1)
                    if opened is not None and not _ITEM_NUMBER.fullmatch(text, opened + 1, i - 1):  # (（一）: a list
                        # item's number opens no name)
                        i = opened  # 顺德(勒流)智慧家居产业园, 华润(集团)有限公司: a place or kind word in brackets
                        continue
                break
            if type_ in ("Place", "Project") and i < pos and self._higher_after_town(index, i):
                break  # 甲口镇 | 莱芜循环经济产业园: a county after a town opens a name of its own (places nest downwards)
            if type_ == "Place" and i < pos and text.endswith(lex.resident_words, 0, i):
                break  # 甲局驻 | 长埠村工作队: the place a body is stationed in starts after 驻
            if type_ == "Place" and i in index.place_end:
                if i == pos:
                    return index.place_end[i], True  # 青岛 + 港, 胶州 + 湾: the place is the whole stem
                if RING.fullmatch(text, i, pos):
                    return index.place_end[i], True  # 佛山 + 一环高速: every city has its 一环, the city names it
                if not zone:
                    break  # places nest: 通济新区 | 前枣杭村; a zone carries its city's name: 乐陵经济开发区
            if type_ == "Place" and not zone and i < pos and self._holder_ends(index, i) \
                    and not self._street_or_settlement_at(text, pos):
                break  # 澜湾街道 | 凤山: a town or community written before a place holds it (a road's, a compound's
                # and a village's names are parted from theirs where they are found)
            if i in index.place_end:
                anchor = index.place_end[i]
            if ch.isdigit() or ch in "０１２３４５６７８９":
                j = i
                while j > 0 and (text[j - 1].isdigit() or text[j - 1] in "０１２３４５６７８９"
                                 or text[j - 1] == "." and j >= 2 and text[j - 2].isdigit()):
                    j -= 1  # (8.6: a decimal figure is one)
                after = text[i] if i < len(text) else ""
                if after in APPROXIMATE:
                    return None, False  # 30余人走进法院, 20多家企业: a count ("more than 30") opens no name
                if after == "年" and type_ in ("Award", "Project") and j < i:
                    i = j  # 2025年青岛市…大赛
                    continue
                if after in ("号", "G", "期") or text[i : i + 2] == "号线":
                    i = j
                    continue
                if type_ == "Project" and j > 0 and text[j - 1].isascii() and text[j - 1].isalpha():
                    i = _code_start(text, j)  # G228 | 丹东线…改建工程: a road's code opens the work's name, after
                    i -= len(next((c for c in ROAD_CLASSES if text.endswith(c, 0, i)), ""))  # its class (国道G521线)
                    coded = True  # (however long the name, the code opens it, not a place inside it)
                    break
                if type_ == "Project" and text.startswith(lex.work_units, i):
                    # 甲单元05地块, XH1805-08地块, 220千伏, 30万吨级: a plot's code, a voltage, a size class
                    i = _code_start(text, j)
                    if text[i - 1 : i] == "第":
                        i -= 1  # 第8.6代: an ordinal figure
                    seen_proper = True  # the figure tells this work from others (200兆瓦光伏发电项目)
                    output = next((w for w in lex.work_outputs if text.endswith(w, 0, i)), "")
                    if output:
                        i -= len(output)  # 年产 | 10万吨新能源材料项目: the output opens the name
                        break
                    continue
                i += len(next((u for u in MEASURES if text.startswith(u, i, pos)), ""))  # 2.6公里 | 环村产业路: a length
                break
            if type_ in ("Organization", "Project") and (ordinal := _ORDINAL_BEFORE.search(text, max(0, i - 4), i)) \
                    is not None:
                i = ordinal.start()  # 县 | 第一 | 中学(新校区), 市第二人民医院: the institution's number is part of its name
                continue
            if ch == "年" and type_ in ("Award", "Project") and i >= 5 and text[i - 5 : i - 1].isdigit():
                i -= 5  # 2025年青岛市…大赛: a year opens the name
                continue
            if ch == "度" and type_ == "Award" and i >= 6 and text[i - 2] == "年" and text[i - 6 : i - 2].isdigit():
                i -= 6  # 2024年度西安市科学技术进步奖: so does a year's round of a prize
                continue
            if ch == "期" and type_ == "Project" and i >= 3 and text[i - 2] in PHASE_NUMERALS and text[i - 3] not in NUMERALS:
                i -= 2  # 橡胶谷二期项目, …产业园一期: the phase of a named project, no count
                continue
            if type_ == "Company" and ch in NUMERALS and text[i : i + 1] == "局":
                while i > 0 and text[i - 1] in NUMERALS:
                    i -= 1  # 中铁二十五 | 局集团有限公司: a state builder's numbered bureau, no count
                continue
            if ch in QUANTIFIERS and i >= 2 and text[i - 2] in NUMERALS and not index.inside_place(i - 2, i):
                # (七台河市, 九台区: a numeral and a measure word inside a place's name count nothing)
                figure = i - 2 - (text[i - 2] in _MAGNITUDES and text[i - 3 : i - 2].isdigit())  # (30万 | 套)
                if type_ == "Project" and text[figure].isdigit():
                    j = figure
                    while j > 0 and (text[j - 1].isdigit() or text[j - 1] == "."):
                        j -= 1
                    output = next((w for w in lex.work_outputs if text.endswith(w, 0, j)), "")
                    if output:
                        i = j - len(output)  # 年产 | 500万片 | 车载显示模组项目: a yearly output, no count
                        break
                if ch == "年" and text.startswith("一贯制", i):
                    i -= 2  # 九年一贯制学校: the school's kind, no count of years
                    continue
                if type_ == "Project" and text[figure].isdigit() and text.startswith(lex.work_units, figure + 1):
                    i = figure + 1  # 220千伏, 10万吨, 200万千瓦: a voltage or size, no count (the digits are read next)
                    continue
                return None, False  # 72个老旧小区改造工程: a counted category, not a name
            b = lex.boundary_before(text, i)
            if b and i < pos and index.inside_place(i - b, i):
                b = 0  # 郫 | 都 | 区: a word of boundaries.txt inside a place of the divisions data is the place's
            if b and text.startswith(lex.scope_zones, i - b):
                b = 0  # 子牙 | 经开区管委会: a zone's word (scope_words.tsv) opening with a boundary word's characters
            # a boundary word whose first characters end a place is read from after the place (济南 | 至泰安:
            # 南至 of 东至嫩江路 is no word there)
            if b > 1:
                b = next((b - k for k in range(1, b) if i - b + k in index.place_end), b)
            if b:
                known = self._known_body_over(text, i - b, i, pos)
                if known is not None:
                    # 上海合作组织 | 地方经贸合作示范区, 住房和城乡建设部 | 城市建设司: a body kg knows, its 组织
                    # or 和 no verb or conjunction here; the name runs on over it
                    i, name = known
                    seen_proper = seen_proper or name in self._organisations or name in lex.ministries
                    continue
                word = text[i - b : i]
                if type_ == "Project" and i < pos and (inner := self._suffix_over(text, i - b, i, pos)) is not None:
                    i = inner  # 澄波社区卫生 | 服务 | 中心提质改造: the word is one of the name of the body the work
                    continue  # upgrades (卫生服务中心), no boundary
                if type_ == "Company" and i == pos and text.startswith(_LEGAL_FORMS, pos) \
                        and self.tags.get(word, "")[:1] not in _FUNCTION_TAGS and word not in COPULAS:
                    i -= b  # 养老服务 | 有限公司: the trade written right before a firm's legal form is its name's (not
                    continue  # 为 of 聘任王某为 | 公司总经理: a preposition before the firm's bare kind word)
                if type_ == "Project" and i == pos and word in lex.work_name_verbs:
                    i -= b  # 西六路改扩建 | 工程: what is done to the work, right before its kind word, names it
                    continue
                if word == "至" and type_ == "Project" and self._route_end(index, i - 1, before=True) \
                        and self._route_end(index, i, before=False):
                    i -= 1  # 济南至青岛段改扩建工程, 团旺至穴坊公路改建工程: a route is named by the places at its ends
                    continue
                if word == "的" and text.startswith("有", i) and i + 1 < pos and (w := index.word_covering(i)) is not None \
                        and w[0] == i and (w[1] == i + 1 or w[1] - i >= 3 and not self.freq.get(text[i : w[1]])):
                    i += 1  # 获得银奖的有 | 甲公司: after 的, 有 is "there are" (a word, or glued by jieba to the name)
                    break
                if word in DETERMINERS:
                    return None, False  # 部分友好商会, 各类协会: a determiner makes the phrase generic
                if word in ALONG_WORDS and i - b > 0 and CJK.match(text, i - b - 1) and not lex.boundary_before(text, i - b):
                    i -= b  # 澄波河沿线慢行绿道: after a name's words 沿线 is one of them (after a stop, 沿线 | 上岚村,
                    continue  # it says the places after it lie along a route)
                if word in ("和", "及") and not self._name_opens_with_place(index, i) and self.crosses_and(index, i - 1, pos):
                    # (甲镇蜜桔果园和 | 鲁南乙农业发展有限公司: a name opening with its place after 和 is a name of its
                    # own, the 和 between two names)
                    i -= 1
                    continue
                if word in _WORK_JOINING and type_ == "Project" and i < pos and self.joins_doings(index, i - 1) \
                        and not self.named_part(index, i, pos):
                    i -= 1  # 生态修复 | 及 | 文旅综合开发项目: the words after 及 name no work alone, so they join what
                    joined = i  # was before into one work's name (甲公司及乙产业园: 乙 names one, and 及 parts them)
                    continue
                if type_ == "Agency" and b >= 2 and i - b > 0 and CJK.match(text, i - b - 1) \
                        and (body := next((w for w in _TASK_BODIES if text.startswith(w, i)), None)) is not None \
                        and (i < pos or not text.startswith(_TASK_BODIES, pos + len(body))) \
                        and not lex.boundary_before(text, i - b) and self.tags.get(word, "")[:1] == "v":
                    i -= b  # 重大项目 | 推进 | 办公室, 城市更新 | 协调 | 专班: the task a working body is set up for, after
                    continue  # what it is done to, names the body (and its office: …推进 | 指挥部办公室; the
                    # 指挥部 inside that name is none of its own)
                before = index.word_ending(i - b)
                if _ORDINAL.fullmatch(word) and (i - b in index.place_end or text.endswith(lex.national_prefixes, 0, i - b)
                                                 or before is not None and self.tags.get(text[before : i - b]) == "ns"
                                                 or type_ == "Company" and before is not None and i - b - before >= 2
                                                 and self.unknown_word(text[before : i - b])):
                    i -= b  # 中国第一汽车集团, 青岛第一中学, 中交第一航务工程局: an ordinal after a place or a brand
                    continue
                if _ORDINAL.fullmatch(word) and type_ == "Company" and i != pos and before is not None \
                        and before < i - b and self.tags.get(text[before : i - b], "")[:1] in ("n", "v") \
                        and not lex.boundary_before(text, i - b):
                    i -= b  # 山东电力建设第一工程有限公司: a firm's numbered unit, after the words of its trade
                    continue
                if type_ == "Company" and b == 1 and i != pos and (w := index.word_ending(i - 1)) is not None \
                        and i - 1 - w >= 2 and self.tags.get(text[w : i - 1], "") in ("nz", "nr", "nrt") \
                        and self.freq.get(text[w : i - 1], 0) < 10:
                    i -= 1  # 恒瑞 | 达 | 投资发展有限公司: a rare proper word and the character after it are the brand
                    continue
                if type_ == "Company" and b == 1 and i != pos and i - 2 in index.place_end and "\u4e00" <= text[i - 2] <= "\u9fff":
                    i -= 2  # 钢城区 | 茶 | 都 | 商贸有限公司: a character and the boundary word right after the county are
                    continue  # the brand (茶都, the tea capital), no adverb
                if type_ == "Company" and b == 1 and i != pos and (w := index.word_ending(i - 1)) is not None \
                        and i - 1 - w == 2 and w in index.place_end and not lex.boundary_before(text, i - 1) \
                        and self.tags.get(text[w : i - 1], "")[:1] not in _NOT_BRAND_TAGS \
                        and self.tags.get(word, "")[:1] not in _FUNCTION_TAGS:
                    i -= 3  # 钢城区 | 康乐 | 居 | 养老服务有限公司: so are a name's word and the boundary word after it
                    continue  # (not 甲市 | 分别 | 与 | 乙集团: an adverb and a preposition)
                if b >= 2 and i < pos and type_ in ("Project", "Agency", "Organization") \
                        and self._inside_placed_name(index, i - b, limit):
                    i -= b  # 文登区农村供水 | 保障 | 提升工程: a place, words, then the boundary word, open one name
                    continue
                if b >= 2 and i < pos and (w := index.word_covering(i - b)) is not None and w[0] < i - b < w[1] < i \
                        and (v := index.word_covering(i - 1)) is not None and w[1] == v[0] and i < v[1] <= pos \
                        and self.freq.get(text[w[0] : w[1]]) and self.freq.get(text[v[0] : v[1]]):
                    i -= b  # 城发更 | 新 | 建 | 设集团, where jieba reads 更新 | 建设: a boundary word across two of
                    continue  # jieba's words (新建) is none
                if type_ == "Agency" and b >= 2 and i < pos and (w := index.word_covering(i - b)) is not None \
                        and w[0] == i - b and i < w[1] <= pos and self.freq.get(text[w[0] : w[1]]):
                    i -= b  # 钢城区 | 重点项目 | 建设工作专班: a boundary word opening a longer word of jieba's is no
                    continue  # boundary (重点 of 重点项目): a working body is named by its task
                # a boundary word must be a word of its own to end a name (在 of 所在地 does not); a conjunction
                # right after a name's suffix joins two names whatever jieba reads (研究中心 | 和文 | 旅…研究中心)
                if b >= 2 or ((i - b) in index.starts and i in index.starts) \
                        or word in _NAME_JOINING and lex.unit_suffix_at(text, i - b) is not None:
                    break
                if b == 1 and i < pos and lex.boundary_before(text, i - 1) and (w := index.word_covering(i - 1)) is not None \
                        and w[0] < i - 1 < i < w[1] and not self.freq.get(text[w[0] : w[1]]):
                    break  # 拟由 | 宏耀（钢城）公司, where jieba reads 拟由宏耀: two function words in a row, inside a word
                    # jieba does not know, end the name
                if type_ == "Agency" and b == 1 and i < pos and self.tags.get(word, "")[:1] == "p" \
                        and (w := index.word_covering(i - 1)) is not None and w[0] == i - 1 and w[1] > i \
                        and not self.freq.get(text[w[0] : w[1]]):
                    break  # 主体为 | 岚集镇人民政府, where jieba reads 为岚: a preposition opening a word jieba does not
                    # know ends a government body's name before the word's rest (a firm's brand may open with one: 以岚)
                if type_ == "Agency" and text[i : i + 1] in lex.one_char_units:
                    break  # 据 | 区卫生健康局, where jieba reads 据区: a scope word opens the body's name
                w = index.word_covering(i - 1)
                if w is not None and w[1] == i and w[1] - w[0] > 1 and index.text[w[0] : w[1]] not in self.freq \
                        and (type_ != "Company" or self.tags.get(word, "")[:1] in _FUNCTION_TAGS or word in COPULAS):
                    break  # 张三在, 周维民获: jieba's unknown-word model glued the boundary to a name (but a firm's
                    # brand ends with a verb's character: 达 of 恒达 in 柳州恒达精密铸造有限公司)
                if w is not None and w[0] == i - 1 and (w[1] - i >= 2 or word in AGENT_MARKERS or type_ == "Place"
                                                        or type_ == "Project" and word in BENEFACTIVE_MARKERS) \
                        and not self.freq.get(index.text[w[0] : w[1]]) and (self.tags.get(word, "x")[0] in "pcu"
                                                                          or word in COPULAS or word == ALSO):
                    break  # 由万洋 | 集团: or a preposition (or conjunction: 和代 | 村; a particle: 了岚集; the copula:
                    # 是岚集) to two characters or more after it (not 以萨 of 以萨技术), or the agent's 由 to one (由融 |
                    # 创文化集团), or any before a place's name (沿济 | 青高速公路), or who a work is for to one (向傅 |
                    # 疃河综合治理工程)
            if i - 1 in index.title_end_set():
                if type_ == "Project" and i < pos and i >= 3 and text[i - 2] in lex.settlement_words \
                        and CJK.match(text, i - 3) and self.freq.get(text[i - 1 : i + 1]):
                    i -= 2  # 芦岭村民宿集群项目, where jieba reads the title 村民 (villagers): the village's unit, then a
                    continue  # word of the work (民宿); the village's name opens the work's
                break
            if i != pos and type_ == "Project" and text.startswith(lex.work_repairs, pos) and i in index.ends \
                    and (lex.suffix_at(text, i) or ("", ""))[1] == "Agency" and not self.proper(index, i, pos):
                break  # 区住建局 | 老旧小区改造: a body's name before common words and what is done (改造) is who does it
                # (甲县公安局指挥中心项目 is the body's work)
            if i != pos and type_ == "Agency":
                other = lex.suffix_at(text, i)
                if other and other[1] == "Agency" and len(other[0]) >= 2 and other[0] not in ("委员会", "办公室") \
                        and not text.startswith(lex.resident_words, i) and not self.names_branch(index, pos) \
                        and not (any(text.endswith(m, 0, i) for m in lex.ministries) and not self.proper(index, i, pos)) \
                        and not (other[0] == "人民政府" and text.startswith("办公室", pos)) \
                        and not self._local_office(text, i, pos):
                    break  # 营流路片区改造指挥部 | 北阁网格工作组: a unit named after its parent body (a
                    # government's office is the government's: 山东省人民政府外事办公室)
                if other and other[1] == "Agency" and (text[i : i + 1] in lex.one_char_units or i in index.place_starts()) \
                        and not self.names_branch(index, pos) and not self._local_office(text, i, pos):
                    break  # 乐陵市委 | 市政府: a body named by its own scope word starts here
            if type_ == "Place" and i != pos and i < pos - 1 and (z := lex.zone_suffix(text[max(limit, i - 6) : i])) \
                    and CJK.match(text, i - len(z) - 1) and not lex.boundary_before(text, i - len(z)):
                break  # 甲经济开发区 | 乙园区: a park inside a zone named in full is a place of its own (places nest;
                # the zone's word alone, 位于开发区翠岭路, is the page's zone, read with the road)
            if i != pos and type_ in ("Organization", "Company", "Place") and i not in index.place_end:
                # (a place of the divisions data ending in such a suffix is a place: 枣强县, not 百强县's 强县)
                other = lex.suffix_at(text, i)
                if other and other[1] in ("Organization", "Company", "Award") and len(other[0]) >= 2 \
                        and not (other[1] == "Company" and i not in index.ends) \
                        and not (other[1] in ("Company", "Organization") and self.names_branch(index, pos)) \
                        and not (other[1] == type_ == "Company" and not self.proper(index, i, pos)
                                 and self._proper_before(index, i - len(other[0])))\
                        and not (type_ == other[1] == "Company" and self._place_opens(index, i)  # 国家电投集团 | 山东…
                                 and self._proper_before(index, i - len(other[0]))):
                    break  # 青岛日报青岛早报, 一等奖岘山公园: two names side by side (not 中国银行 | 青岛分行,
                    # nor 海信集团 | 控股股份有限公司: what follows the group names nothing of its own; nor 控股 |
                    # 集团有限公司, where jieba reads 控股集团: a suffix inside a word ends no name)
            if i in index.starts:
                w = index.word_covering(i)
                # the word, or its part before the suffix (宝沣 of 宝沣路), carries a proper-name signal
                if w is not None and self.proper_word(text[w[0] : min(w[1], pos)]):
                    seen_proper = True
                if i in index.place_starts():
                    seen_proper = True
            if i in index.starts and i != pos and i not in index.place_end:
                w = index.word_ending(i)
                if w is not None and i - w >= 2 and self.tags.get(text[w:i], "")[:1] in _FUNCTION_TAGS:
                    # 对于 | 中国房地产协会, 他们 | …: a preposition, conjunction or pronoun of two characters
                    # or more ends a name (one character may be jieba's guess inside one: 极 of 极视角)
                    break
                if w is not None and i - w == 1 and self.tags.get(text[w:i], "")[:1] in _FUNCTION_TAGS + ("v",) \
                        and (v := index.word_ending(w)) is not None and self.tags.get(text[v:w], "") == "nr":
                    break  # 王建国任 | 青岛甲乙集团有限公司董事长: a person's name and a word of one character
                    # (任, 在, 和) before the name, as jieba reads them, are no part of it
            if type_ == "Place" and i != pos and i in index.starts and (w := index.word_ending(i)) is not None \
                    and text[w:i] in lex.work_verbs:
                break  # 在我市建设 | 澄波湾冰雪度假区: what is done to the place opens no place's name
            if type_ in ("Project", "Organization") and i != pos and i in index.starts:
                w = index.word_ending(i)
                if w is not None and text[w:i] in lex.work_verbs and self._body_before_verbs(index, w):
                    break  # 海信集团有限公司投资建设 | 新能源产业基地, 将在胶州市建设 | 智能家电产业园项目: a body or a
                    # place, and what is done to the work, open no name (nor an institution's: 在钢城区投资建设 | 研发中心)
            if seen_proper and i in index.starts:
                w = index.word_ending(i)
                if w is not None and self.tags.get(text[w:i], "") == "v" and i - w >= 2 and i not in index.place_end \
                        and text[w:i] not in lex.everyday_words and not index.inside_place(w, i) \
                        and not self._road_word_at(index, i) and i != joined:  # (生态修复 | 及: the first part's verb)
                    break  # 发起 | 唐岛湾金融科创区: a name starts with its proper part (市立, which jieba tags a
                    # verb, is a name's word: everyday_words.txt; so is 即墨 of 即墨 | 区, part of a place; and a
                    # road's: 博望 | 大道东延工程)
                if w is not None and type_ in ("Project", "Organization") and text[w:i] in lex.work_verbs \
                        and (self._proper_at(index, i, pos) or self.proper(index, i, pos)):
                    break  # 投资5亿元建设 | 即墨古城改造项目: what is done to a work, right before its proper part
                    # (or a name whose proper part is its second word: 建设 | 万 | 华新材料产业园); a centre or
                    # institute built is named from its proper part too (共同建设 | 潍柴博世…研发中心)
            i -= 1
            if i < limit:
                return (anchor, True) if anchor is not None else (None, False)
        if anchor is not None and i < anchor and pos - i > 16 and not YEAR.fullmatch(text[i:anchor]) and not coded \
                and not (type_ == "Project" and self._firm_inside(text, anchor, pos)):
            return anchor, True
        return i, anchor is not None

    def _suffix_over(self, text: str, a: int, b: int, pos: int) -> int | None:
        """Where a body's suffix (卫生服务中心) that holds the word ``text[a:b]`` and ends before ``pos`` starts, if
        one does."""
        for end in range(b + 1, min(pos, b + 6) + 1):
            hit = self.lex.suffix_at(text, end)
            if hit is not None and hit[1] in ("Agency", "Organization") and end - len(hit[0]) <= a:
                return end - len(hit[0])
        return None

    def _road_word_at(self, index: NameIndex, i: int) -> bool:
        """Whether jieba's word at ``i`` is a line's kind word of its own (大道, 公路: work_names.tsv's lines): the
        word before it names the road."""
        w = index.word_covering(i)
        return w is not None and w[0] == i and index.text[w[0] : w[1]] in self.lex.work_lines

    def _body_before_verbs(self, index: NameIndex, w: int) -> bool:
        """Whether a body's name (a suffix of a Company, Agency or Organization) or a place (of the divisions data or
        a Place suffix) ends right before the
        words of work_verbs that end at the word starting at ``w`` (海信集团有限公司 | 投资 | 建设, 胶州市 | 建设)."""
        text = index.text
        while (v := index.word_ending(w)) is not None and text[v:w] in self.lex.work_verbs:
            w = v
        if w in index.place_end:
            return True  # (a place: 在胶州市 | 建设)
        hit = self.lex.suffix_at(text, w)
        # (or a place its suffix names: 在湄潭经济开发区 | 建设)
        return hit is not None and hit[1] in ("Company", "Agency", "Organization", "Place")

    def _settlement_in(self, stem: str) -> bool:
        """Whether ``stem`` holds a settlement's name: a surname, 家 and an ending of settlement_endings.txt
        (董家口 of 董家口港区, 李家庄): such names are places of their own, though jieba knows none of them."""
        k = stem.find("家", 1)
        while k > 0:
            if stem[k - 1] in self.lex.surnames and stem[k + 1 : k + 2] in self.lex.settlement_endings \
                    and stem[k - 1] != "国":  # (国家 is the state)
                return True
            k = stem.find("家", k + 1)
        return False

    def _place_opens(self, index: NameIndex, i: int) -> bool:
        """Whether a place starts at ``i``: one the places source marked, or a province's name that jieba glued
        to the next word (山东电力 of 中国电建集团 | 山东电力建设第一工程有限公司; a city so glued is more often a
        firm's own brand: 青岛海尔 of 海尔集团 | 青岛海尔智能家电有限公司)."""
        if i in index.place_starts():
            return True
        if self.gaz is None:
            return False
        hits = self.gaz.place_names().find(index.text[i : i + 4])
        return any(s == 0 and (div := self.gaz.full_name(name)) is not None and div.level == "province"
                   for s, _, name in hits)

    def _firm_inside(self, text: str, a: int, b: int) -> bool:
        """Whether a firm's name ends inside ``(a + 2, b)`` with a suffix of three characters or more (有限公司,
        股份公司): a work's name that holds it is named after the firm written in full."""
        return any((firm := self.lex.suffix_at(text, k)) is not None and firm[1] == "Company" and len(firm[0]) >= 3
                   for k in range(a + 3, b))

    def _proper_before(self, index: NameIndex, i: int, words: int = 3) -> bool:
        """Whether the words right before ``i`` carry a proper-name signal (海信 of 海信 | 集团, also
        where jieba reads 海信集团 as one word): one of the last ``words`` words before it, back to a
        punctuation mark or a word of ``boundaries.txt`` (青岛 of 青岛城市建设 | 集团)."""
        text = index.text
        for _ in range(words):
            w = index.word_ending(i)
            if w is None:
                covering = index.word_covering(i)
                if covering is None or covering[0] >= i:
                    return False
                w = covering[0]
            if w in index.place_starts() or self.proper_word(text[w:i]):
                return True
            if w == 0 or text[w - 1] in STOP_PUNCT or self.lex.boundary_before(text, w):
                return False
            i = w
        return False

    def _proper_at(self, index: NameIndex, i: int, pos: int) -> bool:
        """Whether the word at ``i`` (up to ``pos``) is a place or carries a proper-name signal."""
        w = index.word_covering(i)
        return i in index.place_starts() or (w is not None and self.proper_word(index.text[w[0] : min(w[1], pos)]))

    def scope_left(self, index: NameIndex, s: int) -> int:
        """Extend a department name left over places, a scope word (青岛市 | 市 | 我区) or the
        national body it belongs to (国务院 | 国资委)."""
        text = index.text
        start = s
        while True:
            ps = index.place_end.get(start)
            if ps is not None:
                start = ps
                continue
            break
        if start == s and s > 1 and text[s - 1] == "委":
            committee = self.scope_left(index, s - 1)
            if committee < s - 1:
                return committee  # 青岛市委 | 统战部: a department of the party committee
        if start == s:
            zone = next((w for w in self.lex.scope_zones if s >= len(w) and text.startswith(w, s - len(w))), None)
            if zone is not None:  # 高新区 | 财政局: the zone the page names, not any district (区 | 财政局)
                start = s - len(zone)
                while (ps := index.place_end.get(start)) is not None:
                    start = ps  # 宝鸡 | 高新区财政局
                return start
            for w in self.lex.national_prefixes:
                if len(w) >= 3 and s >= len(w) and text.startswith(w, s - len(w)):
                    return s - len(w)  # 国务院国资委: a body of the State Council
            for w in self.lex.scope_units:  # longest first
                if text.startswith(w, s - len(w)) and s - len(w) >= 0:
                    start = s - len(w)
                    if start > 0 and text[start - 1] in self.lex.scope_owners:
                        start -= 1
                    break
        return start

    def anchored(self, index: NameIndex, start: int) -> bool:
        """Whether a name starting at ``start`` opens with a place, a scope word or a zone's word."""
        text, lex = index.text, self.lex
        if start in index.place_starts() or text[start : start + 1] in lex.one_char_units:
            return True
        if text[start : start + 1] in lex.scope_owners and text[start + 1 : start + 2] in lex.one_char_units:
            return True  # 我区, 本市
        return text.startswith(lex.scope_units, start) or text.startswith(lex.national_prefixes, start) \
            or text.startswith(lex.scope_zones, start)  # 开发区管委: the page's zone (scope_words.tsv)

    def _local_office(self, text: str, i: int, pos: int) -> bool:
        """Whether the body ending at ``i`` is a national administration whose local office's name runs on after
        it, its trade repeated (国家税务总局 | 钢城区税务局: one name, the county's tax office)."""
        parent = _NATIONAL_ADMINISTRATION.search(text, max(0, i - 12), i)
        return parent is not None and parent.end() == i and parent.group(1) in text[i : pos + 3]

    def names_branch(self, index: NameIndex, pos: int) -> bool:
        """Whether the company suffix at ``pos`` names a branch of the company written before it:
        a part suffix (甲集团江苏分公司), or 公司 or 有限公司 right after a place right after a company's
        name (甲投资有限公司商丘公司: the Shangqiu company of 甲; 甲通信集团浙江有限公司)."""
        text = index.text
        if text.startswith(tuple(self.lex.part_suffixes), pos):
            return True
        place_start = index.place_end.get(pos)
        if place_start is None or not text.startswith(("公司", "有限公司"), pos):
            return False  # (中国移动通信集团 | 浙江 | 有限公司: the group's company of that province)
        before = self.lex.suffix_at(text, place_start)
        return before is not None and before[1] == "Company"

    def trim_to_place(self, index: NameIndex, start: int, end: int, type_: str) -> int:
        """Start a name at the last chain of places inside it (新晋独角兽企业 | 山东极视角科技有限公司)."""
        starts = [s for s, e in index.place_span if start <= s < end and s not in index.place_end
                  and index.text[s - 1 : s] not in ("(", "（", "“")  # 众创产城(青岛)基地, “甲县好品”: no cut inside brackets or quotes
                  and not (index.text[s - 1 : s] in (*DASHES, "·")  # 智利-中国…促进会, 中国—上海合作组织…管理委员会,
                           # and a middle dot: 2025中国·甲县线缆产业发展大会
                           and (s - 1 in index.place_end or index.text.endswith(self.lex.national_prefixes, 0, s - 1)))
                  # 济南至青岛段, 颜庄 (a town written short) 至艾山街道…公路: a route is named by both its ends
                  and not (index.text[s - 1 : s] == "至" and self._route_end(index, s - 1, before=True))
                  and not (type_ == "Project" and index.text.startswith(self.lex.work_sections, e))  # 丹东线 | 即墨段
                  # 艾山街道、里辛街道供水管网改造工程: the places a work is named after, listed, open it
                  and not (type_ == "Project" and index.text[s - 1 : s] == "、" and s - 1 in index.place_end)]
        if type_ == "Agency" and (village := next(
                (s for s, e in reversed(index.place_span) if start < s and e <= end
                 and index.text.endswith(self.lex.settlement_words, s, e)), None)) is not None:
            return village  # 艾山街道 | 北官庄村党支部: a village's body is named from the village, its town before it
            # (a co-operative keeps its town: 艾山街道北官庄村茶叶种植专业合作社)
        if type_ == "Project" and (town_end := index.place_start_end().get(start)) is not None \
                and index.text.endswith(level_suffixes("town"), start, town_end) \
                and index.text.endswith(_GONE_TO, 0, start) and town_end not in index.place_start_end() \
                and self._named_after_places(index, town_end, end):
            return town_end  # 来到 | 姜山镇 | 翠岭谷科创中心项目: the town after a word of going or being there is
            # where the work is, not a word of its name (a list's 甲镇高标准农田建设项目 keeps it)
        if not starts and type_ == "Project" \
                and (town_end := self.unlisted_town_at(index, start)) is not None \
                and self._named_after_places(index, town_end, end) \
                and not self._institution_ends_in(index.text, town_end + 4, end):
            return town_end  # 南湾街道 | 翠岭里历史街区更新项目: a town the divisions data lacks, written with its unit,
            # before a name with a proper part of its own is where the thing is (as one it has, below)
        if not starts or type_ == "Place" or type_ == "Project" and _ROAD_CODE.match(index.text, start):
            return start  # (国道G521线 | 钢城 | 城区过境段改线工程: a road's code opens the work's name, places after it)
        last = max(starts)
        if type_ == "Organization" and self.names_branch(index, end) and any(
                (self.lex.suffix_at(index.text, k) or ("", ""))[1] == "Organization" for k in range(last - 2, last + 1)):
            # 山东大学 | 临沂 | 产业技术研究院, 甲师范大学附属 | 乙 | 实验学校: a university's institute or school in
            # a place (附属: attached to it) is the university's
            return start
        if type_ == "Agency" and self.names_branch(index, end) and (self.lex.suffix_at(index.text, last) or ("", ""))[1] == "Agency":
            return start  # 青岛市公安局 | 崂山 | 分局: a bureau's branch in a place is named after the bureau
        if type_ == "Organization" and index.text.endswith(tuple(self.lex.ministries), start, last):
            return start  # 水利部 | 南京 | 水利水文自动化研究所: a ministry's institute in a city is named after the ministry
        if type_ == "Agency" and self._local_office(index.text, last, end):
            return start  # 国家税务总局 | 钢城区 | 税务局: a national administration's local office is named after it
        if type_ == "Company" and self.names_branch(index, end):
            # 甲集团 | 江苏 | 分公司: a branch is named after its company, the place in between; the
            # company's name is the proper words and company words before the place (not 上述, 此前)
            s = max(starts)
            before = self.lex.suffix_at(index.text, s)
            if before is not None and before[1] == "Company":
                return start  # the company's own name, as the walk found it (甲投资有限公司 | 商丘 | 公司)
            brand = self.brand_before(index, start, s)
            if brand is not None:
                return brand  # 中建八局 | 青岛 | 分公司
            while s > start:
                w = index.word_ending(s)
                word = index.text[w:s] if w is not None else ""
                if not word or not (self.proper_word(word) or self.lex.suffixes.get(word, ("",))[0] == "Company"):
                    break
                s = w
            return s
        best = max(starts)
        if type_ == "Company" and best > start and (firm := self.lex.suffix_at(index.text, best)) is not None \
                and firm[1] == "Company":
            return start  # 国家电投集团 | 山东 | 能源发展有限公司: a group's company in a province is named after it
        if type_ in ("Company", "Organization") and (moved := self._after_district_written_first(index, best)) != best:
            return moved
        if type_ == "Company" and (brand := self.brand_before(index, start, best)) is not None:
            return brand  # 中车 | 青岛四方机车车辆股份有限公司, 国网 | 青岛供电公司
        if ACRONYM.fullmatch(index.text, start, best):
            return start  # RCEP | 青岛经贸合作先行创新试验基地: a Latin acronym opens the name
        if any(index.text.endswith(w, start + 1, best) for w in self.lex.resident_words):
            return start  # 甲省人民政府驻 | 乙市办事处: the office of the body before 驻, in that place
        if YEAR.fullmatch(index.text[start:best]) or _BARE_YEAR.fullmatch(index.text, start, best):
            return start  # 2022年 | 山东省科技创新强县, 2025 | 甲县樱桃开园节: the year belongs to the name
        if type_ == "Project" and self._firm_inside(index.text, best, end):
            return start  # 中国重汽集团泰安五岳专用汽车有限公司 | 新能源专用车项目: the firm in full, its place inside
            # it, opens its work's name (develops_project reads the firm from it)
        if type_ == "Project" and best - start >= 4 and (body := self.lex.suffix_at(index.text, best)) is not None \
                and body[1] == "Organization" and len(body[0]) >= 2:
            return start  # 青岛大学附属医院 | 西海岸院区二期工程: the institution a work is named after opens its
            # name (a firm's name before a work is read apart: develops_project)
        if type_ == "Project" and self._institution_ends_in(index.text, best + 4, end):
            return start  # 钢城区翠岭中学 | 新校区, 钢城区翠岭中学 | 综合楼项目: a campus or building of an institution is
            # named after the institution in full, its place with it
        if type_ == "Organization" and any(n in index.text[max(start, end - 4) : end + 5] for n in _REGISTERED_NAMES):
            return min(starts)  # 艾山街道上岚村茶叶种植专业合作社: a co-operative is registered under all its places
        if type_ in ("Project", "Organization", "Company"):
            # 通济新区 | 融通·融园招商中心, 潮海街道 | 即墨古城商户商会: a district (for projects), zone or
            # town before a name that has a proper part of its own is where the thing is, not its name
            levels = ("district", "zone", "town") if type_ == "Project" else ("zone", "town")
            chain_end, spans = best, index.place_start_end()
            while chain_end in spans:
                place = index.text[chain_end : spans[chain_end]]
                div = None if place in self.gaz.world else self.gaz.full_name(place)
                if div is None or div.level not in levels or div.level == "district" and place != div.name:
                    break  # (a district written short is often a word of the name: 岚山 | 港区疏港铁路改造工程)
                chain_end = spans[chain_end]
                if index.text[chain_end : chain_end + 1] == "、" and chain_end + 1 in spans:
                    chain_end += 1  # (甲镇、乙镇农村供水工程: the places listed are one chain)
            if chain_end > best and (town_end := self.unlisted_town_at(index, chain_end)) is not None:
                chain_end = town_end  # 钢城区 | 南湾街道 | …: a town the divisions data lacks ends the chain
            if chain_end > best and self._named_after_places(index, chain_end, end):
                return chain_end
        return best

    def _named_after_places(self, index: NameIndex, at: int, end: int) -> bool:
        """Whether the words from ``at`` to ``end`` (four characters or more with a proper part) name the thing on
        their own, the places before them saying where it is; not a route's first end (甲镇 | 至乙镇公路), nor the
        village in the town written before that names a route with it (甲镇 | 乙村至丙村公路)."""
        to = index.text.find("至", at, end)
        village_end = 0 < to - at <= 6 and index.text.endswith(self.lex.settlement_words, at, to)
        # (a street opening them names a thing of its own too: 甲街道 | 人民路片区城市更新, where jieba knows 人民)
        street = any(index.text.startswith(w, k) and k in index.starts and all(CJK.match(c) for c in index.text[at:k])
                     for k in range(at + 2, min(at + 4, end)) for w in _STREETS)  # (not 农村公路: 路 inside a word)
        return end - at >= 4 and (street or self.proper(index, at, end, figures=False)) and index.text[at : at + 1] != "至" \
            and not village_end

    def _after_district_written_first(self, index: NameIndex, s: int) -> int:
        """Where a body's name starts in the chain of places from ``s``: at a place that holds the one
        written before it (城阳区 | 青岛海泰新光…有限公司: the district, then the city the firm is named
        after); ``s`` when the chain nests as names do (青岛市 | 城阳区…)."""
        text, spans = index.text, index.place_start_end()
        cur = s
        while cur in spans and spans[cur] in spans:
            nxt = spans[cur]
            inner = self.gaz.full_name(text[cur:nxt])
            outer = self.gaz.full_name(text[nxt : spans[nxt]])
            if inner is not None and outer is not None and inner != outer and self.gaz.contains(outer, inner):
                return nxt
            cur = nxt
        return s

    def brand_before(self, index: NameIndex, start: int, place: int) -> int | None:
        """The group's brand opening a firm's name before its place (中车 | 青岛四方…股份有限公司, 华润置地 |
        青岛有限公司, 国网 | 青岛供电公司): ``start`` when all the walk found before the place is at
        most four characters of words that are no verb, function or everyday word, one of them
        proper (a name or abbreviation jieba tags, or a word it does not know); None otherwise
        (扎根 | 青岛…, 龙头企业 | 青岛…)."""
        text = index.text
        if not 2 <= place - start <= 4 or start not in index.starts or place not in index.starts:
            return None
        proper = False
        i = place
        while i > start:
            w = index.word_ending(i)
            if w is None or w < start:
                return None
            word = text[w:i]
            tag = self.tags.get(word, "")
            if self.lex.boundary_before(text, i) == len(word) or len(word) >= 2 and (
                    self.freq.get(word, 0) >= EVERYDAY_FREQ or tag[:1] in _NOT_BRAND_TAGS):
                return None  # (one character may be jieba's guess inside the brand: 置 | 地 of 华润置地)
            proper = proper or self.proper_word(word) or tag == "j"  # 中石化: an abbreviation
            i = w
        return start if proper else None

    def joins_doings(self, index: NameIndex, at: int) -> bool:
        """Whether the conjunction at ``at`` (a word of its own, or opening one: 及 | 文旅, 及文旅) comes after what is
        done, a verb or an adjective as jieba tags it (生态修复 | 及, 续建配套 | 与; a work's suffix that is a verb too:
        提标改造 | 及 | 管网工程), not after a thing (感染楼及地下停车场: two buildings) nor inside a word (涉及)."""
        text = index.text
        w = index.word_covering(at)
        before = index.word_ending(at)
        if w is None or w[0] != at or before is None or at - before < 2 or text[at - 1] in PUNCT \
                or (thing := self.lex.suffix_at(text, at)) is not None and self.tags.get(thing[0], "")[:1] != "v":
            return False
        return self.tags.get(text[before:at], "")[:1] in ("v", "a") or self.tags.get(text[before:at], "") == "nr"

    def verb_word_at(self, index: NameIndex, at: int, tags: tuple[str, ...] = ("v",)) -> bool:
        """Whether the jieba word opening at ``at`` is one it tags as a verb (改造 of “两旧一村”改造: what is done), or
        with another of ``tags`` (l: a set phrase, 出席会议)."""
        w = index.word_covering(at)
        return w is not None and w[0] == at and self.tags.get(index.text[w[0] : w[1]], "")[:1] in tags

    def named_part(self, index: NameIndex, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds what names a thing of its own: a place, a figure or Latin letters, or a word
        jieba does not know (a brand)."""
        text = index.text
        if LATIN_OR_DIGIT.search(text, start, end) or any(start <= s and e <= end for s, e in index.place_span):
            return True
        k = start
        while k < end:
            w = index.word_covering(k)
            if w is None:
                return True
            word = text[max(w[0], start) : min(w[1], end)]
            if w[0] >= start and w[1] <= end and not self.freq.get(word):
                return True
            k = w[1]
        return False

    def _name_opens_with_place(self, index: NameIndex, at: int) -> bool:
        """Whether a place opens the text at ``at`` (:meth:`_place_opens`), or a word jieba tags as a place that is
        no everyday word (鲁南, not 城市 of 城市更新和城市建设)."""
        if self._place_opens(index, at):
            return True
        w = index.word_covering(at)
        word = index.text[w[0] : w[1]] if w is not None and w[0] == at else ""
        return self.tags.get(word) == "ns" and self.freq.get(word, 0) < EVERYDAY_FREQ

    def crosses_and(self, index: NameIndex, at: int, pos: int) -> bool:
        """Whether the 和 at ``at`` is inside a name (城市更新和城市建设…), not between two names."""
        text = index.text
        left = text[at - 1] if at > 0 else ""
        if not left or left in PUNCT or self.lex.suffix_at(text, at):
            return False
        # a yearly output before it opens the whole name (年产2万吨高纯硅粉 | 及 | 深加工项目): what is made, in parts
        k = at
        while k > 0 and at - k < 16 and text[k - 1] not in PUNCT:
            k -= 1
        if any(text[o + len(w) : o + len(w) + 1].isdigit() for w in self.lex.work_outputs
               if (o := text.find(w, k, at)) >= 0):
            return True
        # look for a scope word or place that starts the whole name, left of the 和
        j = at
        while j > 0 and at - j < 10 and text[j - 1] not in PUNCT and not self.lex.boundary_before(text, j):
            j -= 1
        head = text[j:at]
        # (调整充实 | 区 | 乡村振兴和城市建设攻坚指挥部: a scope word standing as a word of its own inside the span)
        return bool(head) and (head[0] in self.lex.one_char_units or j in index.place_starts()
                               or text.startswith(self.lex.national_prefixes, j)  # 中国石油和化学工业联合会
                               or any(text[p] in self.lex.one_char_units and index.word_covering(p) == (p, p + 1)
                                      for p in range(j + 1, at)))

    def in_everyday_phrase(self, text: str, s: int, e: int) -> bool:
        """Whether the word ``text[s:e]`` is part of an everyday phrase of kg's written round it, which jieba cut
        elsewhere than its words (联农带 | 农 of 联农带农: no proper part)."""
        word = text[s:e]
        for phrase in self._everyday_phrases:
            k = phrase.find(word)
            if k >= 0 and len(phrase) > len(word) and text.startswith(phrase, s - k):
                return True
        return False

    @functools.cached_property
    def _everyday_phrases(self) -> tuple[str, ...]:
        """The everyday words of four characters or more (everyday_words.txt), those jieba may cut across."""
        return tuple(w for w in self.lex.everyday_words if len(w) >= 4)

    def proper(self, index: NameIndex, start: int, end: int, figures: bool = True) -> bool:
        """Whether ``text[start:end]`` carries a proper-name signal (with ``figures`` false, a
        figure is none: 港区30万吨级原油码头 is no name of its own after 岚山)."""
        text = index.text
        stem = text[start:end]
        if "·" in stem or (LATIN_OR_DIGIT if figures else LATIN).search(stem) or AREA_PART.search(stem):
            return True
        if any(start <= s and e <= end for s, e in index.place_span):
            return True
        if self._settlement_in(stem):
            return True
        first = index.word_covering(start)
        if first is not None and first[0] < start < first[1] < end and text[first[0] : start] in AGENT_MARKERS:
            # the name opens inside a word jieba glued to what was before it (由融 | 创文化集团): its rest and
            # the next word are read as one (融创)
            nxt = index.word_covering(first[1])
            if nxt is not None and nxt[1] <= end and self.proper_word(text[start : nxt[1]]):
                return True
        words = index.words
        for k in range(bisect.bisect_right(index.word_ends, start), len(words)):  # the words overlapping it
            s, e = words[k]
            if s >= end:
                break
            if self.proper_word(text[max(s, start) : min(e, end)]) and not self.in_everyday_phrase(text, s, e):
                return True
        return False

    def strongly_proper(self, index: NameIndex, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a place of the divisions data, Latin letters or digits, or
        a word jieba does not know (not merely one it tags as a place: 城市, 社区)."""
        text = index.text
        if LATIN_OR_DIGIT.search(text, start, end) or any(start <= s and e <= end for s, e in index.place_span):
            return True
        words = index.words
        for k in range(bisect.bisect_right(index.word_ends, start), len(words)):
            s, e = words[k]
            if s >= end:
                break
            w = text[max(s, start) : min(e, end)]
            if len(w) >= 2 and CJK.match(w) and self.unknown_word(w):
                return True
        return False

    def proper_word_in(self, index: NameIndex, start: int, end: int, stem_end: int | None = None) -> bool:
        """Whether a whole jieba word inside ``[start, end)`` is one it does not know (张村河); a word
        reaching past ``stem_end`` (into the suffix) counts only if its part before is no known word
        either (更新改造 is 更新 + 改造, a common word and the suffix)."""
        words = index.words
        for k in range(bisect.bisect_left(index.word_starts, start), len(words)):  # the words from start on
            s, e = words[k]
            if s >= end:
                break
            if e <= end and e - s >= 3 and CJK.match(index.text[s]) and self.unknown_word(index.text[s:e]) \
                    and not self.in_everyday_phrase(index.text, s, e):
                if stem_end is not None and s < stem_end < e and self.freq.get(index.text[s:stem_end]):
                    continue
                return True
        return False

    def in_verb_word(self, index: NameIndex, s: int, e: int) -> bool:
        """Whether a one-character suffix ends a longer jieba word that is a verb or a boundary word."""
        w = index.word_covering(s)
        if w is None or w[0] >= s:
            return False
        word = index.text[w[0] : w[1]]
        tag = self.tags.get(word, "")
        return word in self.lex.boundaries or tag.startswith("v")

    def last_boundary(self, text: str, s: int, e: int) -> int | None:
        """The last position inside ``(s, e)`` where a boundary word ends."""
        best = None
        for i in range(s + 1, e):
            if self.lex.boundary_before(text, i):
                best = i
        return best
