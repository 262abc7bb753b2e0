"""The tagger's names as kg mentions, typed the way kg's rules type names.

The tagger finds where a name is; kg's language data knows better what it is: a name
ending in a suffix of ``kg/data/suffixes.tsv`` takes that suffix's type (局 → Agency,
有限公司 → Company, 大学 → Organization, 村 → Place), a place of the divisions data is a
Place; only then does the model's label decide (``PER`` → Person, ``LOC`` → Place,
``GOV`` → Agency, ``COM`` → Company, ``ORG`` → Organization).

Names that are unlikely to be names are dropped:

* edges: a person's name starts and ends where jieba's words do (刘文 of 刘文涛); another
  name may cut a word at one end only, and only when it ends with a suffix (jieba cuts
  区住建局 区住 | 建局), never leaving one character of the cut word (区党工委 of 起步区党工委);
* words: no name starts or ends with a function word (查处机关), holds a determiner (县直有关部门) or starts with a word of
  ``boundaries.txt`` (改扩建西六路小学); a whole jieba word jieba knows as a common word is no
  name (会同, 综合); a stem of everyday words before a suffix that needs a proper part is none
  (文化名城保护区);
* places: places of the divisions data one after another (淄博市张店区), a word and a place
  (扎根青岛), a place and a short word (临沂市文旅) or common words (姑苏产业) are the places
  on their own, which the gazetteer names;
* without a suffix: no name ends with a count (莆田7项), a direction, position or time
  (勒流街道东部, 桥下), and it needs a proper part (乱搭乱建, 西南 are none);
* a person's name of two to four characters starts with a surname (``kg/data/surnames.txt``);
  any other is a foreign name: joined by ``·``, or written in the characters of
  ``kg/data/transliteration.txt`` only (克林顿), three or more.

>>> from kg.nlp.model.tagger import ModelSpan
>>> typer = MentionTyper.load()  # doctest: +SKIP
>>> [(m.text, m.type) for m in typer.mentions("王小明在潍柴动力和即墨区统计局", [ModelSpan(0, 3, "PER"), ModelSpan(4, 8, "COM"), ModelSpan(9, 15, "ORG")])]  # doctest: +SKIP
[('王小明', 'Person'), ('潍柴动力', 'Company'), ('即墨区统计局', 'Agency')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence

from kg.lang.gazetteer import level_suffixes
from kg.nlp.entities.people import lone_name_end, name_before_verb
from kg.nlp.entities.text_classes import (AGENT_MARKERS, COPULAS, DASHES, DEMONSTRATIVES, DETERMINERS, EVERYDAY_FREQ, HOLDING, NAME_STOP,
                                          NAME_STOP_IN_NAMES, WITHHELD, conjunction_and_scope, everyday_compound,
                                          everyday_nr, opens_common_word)
from kg.records import Mention

__all__ = ["MentionTyper", "LABEL_TYPES"]

#: The model's labels → kg types (when the name's suffix or the gazetteer says nothing).
LABEL_TYPES: dict[str, str] = {"PER": "Person", "LOC": "Place", "GOV": "Agency", "COM": "Company", "ORG": "Organization"}

# the suffix types that override the model's label (a model's name is never a project or award)
_SUFFIX_TYPES = ("Agency", "Company", "Organization", "Place")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_DETERMINER_WORDS = tuple(sorted(DETERMINERS, key=len, reverse=True))
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: 各 opening the words, or after a scope word or a division (县各委办局, 东台市各委): the page's bodies of a kind
_KIND_OPENING = re.compile(r"(?:[\u4e00-\u9fff]{0,6}[省市县区镇乡])?各")
#: the year of a document's number, in the brackets of official documents (〔2025〕, [2025]): what comes right before
#: it is the issuer's code (鲁政发, 甲政任), no name
_DOCUMENT_YEAR = re.compile(r"[〔［\[【]\d{4}[〕］\]】]")
#: what follows a person's name at the start of a list's line, before the body and post (赵晓东　甲局副局长)
_LISTED_FIRST = re.compile(r"[ \t\u3000]|[：:]")
_PROPER_TAGS = ("ns", "nr", "nz", "nt", "j")  # j: abbreviations (建行, 央行, 欧盟; see MentionTyper._proper_tag)
# jieba tags of words that never open or close a name: verbs, prepositions, particles,
# conjunctions, adverbs, pronouns, modal particles, interjections
_FUNCTION_TAGS = ("v", "p", "u", "c", "d", "r", "y", "e")
# jieba tags of words a name with no suffix never ends with: directions (东部), positions
# (桥下), times (近日), numerals and measure words
_NOT_LAST_TAGS = ("f", "s", "t", "m", "q")
#: what never ends a given name (说, 在, 称; not 强, 为 …), so jieba's word that glues one to a name is the name
#: and that verb
_NEVER_ENDS_NAME = frozenset(NAME_STOP - NAME_STOP_IN_NAMES)
#: the last character of a trade's name (陶艺师, 讲解员, 志愿者), which jieba may glue to the name after it
_TRADE_ENDS = "师员者"
#: what joins two bodies' names the model may read as one (甲局和乙局)
_BODY_JOINERS = "和及与"
#: what joins the two places a route runs between (甲镇至乙街道)
_ROUTE = "至"
#: the units of towns, whose names hold the places written after them (澄波镇 | 岚集工业园)
_TOWN_UNITS = ("镇", "乡", "街道")
#: what ends as a town does but is a kind of grounds (康养小镇, 古镇)
_TOWN_KINDS = ("小镇", "古镇")


def _place_end(hit: tuple | None) -> bool:
    """Whether a suffix found (:meth:`~kg.lang.lexicon.Lexicon.suffix_at`) ends a place's name."""
    return hit is not None and hit[1] == "Place"
_LATIN = re.compile(r"[A-Za-z]")
_PUNCT = re.compile(r"[^\w]")
_NUMERAL = re.compile(r"[0-9０-９〇零一二三四五六七八九十百千万两]+")


def _inside_quotes(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside one pair of double quotes (“…”) on its line."""
    opened = text.rfind("“", 0, start)
    if opened < 0 or text.rfind("”", 0, start) > opened or "\n" in text[opened:start]:
        return False
    closed = text.find("”", end)
    return closed >= 0 and "“" not in text[end:closed] and "\n" not in text[end:closed]


class MentionTyper:
    """Turns :class:`~kg.nlp.model.tagger.ModelSpan` records into typed :class:`Mention` records."""

    def __init__(self, lexicon, places, tags: dict[str, str], freq: dict[str, int],
                 world: frozenset[str] = frozenset(), cities: frozenset[str] = frozenset(),
                 unit_verbs: frozenset[str] = frozenset()) -> None:
        self._lex = lexicon
        # verbs of a body having units (下设, 内设): a name the model runs over one is the unit's after it
        self._unit_verbs = unit_verbs
        self._places = places
        # the places in a name, asked up to five times a name and again for each name that recurs:
        # remembered (the lists are only read)
        self._find_places = functools.lru_cache(maxsize=1 << 16)(places.find)
        # countries and world regions (日本, 非洲): a name of its own when the model finds one whole;
        # not a place that other names are built on here (法国队 is a team, not 法国 and a word)
        self._world = world
        # the world's cities and China's own name: a place when the model finds one whole (巴黎, 中国), never
        # looked for in text (万象 is also a word; 中国 opens the names of national firms)
        self._cities = cities
        self._tags = tags
        self._freq = freq

    @classmethod
    def load(cls) -> MentionTyper:
        from kg.lang import jieba_tables, lexicon
        from kg.lang.gazetteer import Gazetteer

        from kg.nlp.relations.data import RelationData

        tags, freq = jieba_tables.tables()
        gaz = Gazetteer.load()
        return cls(lexicon.load(), gaz.place_names(), tags, freq, world=gaz.world, cities=gaz.cities,
                   unit_verbs=frozenset(RelationData.load()["part_of_list_verbs"]))

    def mentions(self, text: str, spans: Iterable, words: Sequence[tuple[int, int]] = ()) -> list[Mention]:
        """The kept names of ``spans`` (``start``, ``end``, ``label``) as mentions, typed.

        ``words``: jieba's words (start, end) of ``text``, in order, for the checks on the
        words a name is made of."""
        starts = [a for a, _ in words]
        bounds = {a for a, _ in words} | {b for _, b in words}
        out = []
        for span in (part for span in spans for part in self._bodies_joined(text, span, bounds)):
            if span.label == "PER" and span.end - span.start == 2 and span.end in bounds and span.end + 1 in bounds \
                    and lone_name_end(text[span.end], text[span.end + 1 : span.end + 3], self._freq):
                span = type(span)(span.start, span.end + 1, span.label)  # 罗文 | 彬 | 等: jieba left the name's end alone
            if words and not self._edges_fit(text, span, words, starts, bounds):
                continue
            if span.label != "PER":
                span = self._with_partner(text, _after_de(text, span, bounds))
            inner = _words_inside(words, starts, span.start, span.end)
            m = self.mention(text, span.start, span.end, span.label, inner)
            if m is not None:
                out.append(m)
        return out

    def _bodies_joined(self, text: str, span, bounds: set[int]) -> list:
        """The span, or its two bodies when it runs over a conjunction between them (规划建设局 | 和 | 社会事务局:
        each part ends with a body's suffix); ``bounds``: where jieba's words start and end."""
        if span.label == "PER":
            return [span]
        for k in range(span.start + 2, span.end - 2):
            if text[k] in _BODY_JOINERS and k in bounds and k + 1 in bounds \
                    and self._lex.suffix_at(text, k) is not None and self._lex.suffix_at(text, span.end) is not None:
                return [type(span)(span.start, k, span.label), type(span)(k + 1, span.end, span.label)]
            if text[k] == _ROUTE and _place_end(self._lex.suffix_at(text, k)) and _place_end(self._lex.suffix_at(text, span.end)):
                # 甲镇 | 至 | 乙街道: a route between two places, whatever jieba glues (镇至)
                return [type(span)(span.start, k, span.label), type(span)(k + 1, span.end, span.label)]
        if span.label == "LOC" and _place_end(self._lex.suffix_at(text, span.end)):
            k = next((k for k in range(span.start + 3, min(span.start + 6, span.end - 2))
                      if (k in bounds or self._unit_glued(text, k - 1, span.end, bounds))
                      and text.endswith(_TOWN_UNITS, 0, k) and not text.endswith(_TOWN_KINDS, 0, k)
                      and _place_end(self._lex.suffix_at(text, k))), None)
            if k is not None and span.end - k - len(self._lex.suffix_at(text, span.end)[0]) >= 2 \
                    and text[span.start : k] not in self._places:
                # 澄波镇 | 岚集工业园: a town the divisions data does not know (its own are kg_places') and the place
                # in it written after it are two places (places nest)
                return [type(span)(span.start, k, span.label), type(span)(k, span.end, span.label)]
        return [span]

    def _unit_glued(self, text: str, at: int, end: int, bounds: set[int]) -> bool:
        """Whether jieba glued the unit at ``at`` to the words after it, into a word its dictionary does not hold
        (澄波 | 镇岚集 | 工业园)."""
        if at not in bounds:
            return False
        after = next((b for b in range(at + 2, end + 1) if b in bounds), end)
        return not self._freq.get(text[at:after])

    def _with_partner(self, text: str, span):
        """The span widened over a country joined to it by a dash (中国-阿联酋经贸综合服务平台: the
        model's name starts at 阿联酋), as kg's rules read such pairs (智利-中国投资贸易促进会)."""
        if span.start < 3 or text[span.start - 1] not in DASHES:
            return span
        for n in (4, 3, 2):
            partner = text[max(0, span.start - 1 - n) : span.start - 1]
            if len(partner) == n and (partner in self._world or partner in self._lex.national_prefixes):
                return type(span)(span.start - 1 - n, span.end, span.label)
        return span

    def _edges_fit(self, text: str, span, words: Sequence[tuple[int, int]], starts: list[int], bounds: set[int]) -> bool:
        """Whether the span's ends fall where jieba's words allow a name to end.

        A person's name starts and ends where words do (刘文 of 刘文涛).  Any name may cut
        one of jieba's words at one end (names of bodies often do: jieba cuts 区住建局 区住 |
        建局), but not at both ends, only when the name ends with a suffix of kg's data (新兴产
        of 新兴产业 is none), and not so that a single character of the word cut at its start
        is left inside the name (区党工委 of 起步区党工委), nor so that what it leaves out of that word is
        more than a scope or function word (区 of 区住, 和 of 和文; not 文 of 文旅康养)."""
        start_cut, end_cut = span.start not in bounds, span.end not in bounds
        if span.label == "PER":
            if end_cut and not start_cut and span.end + 1 in bounds and text[span.end] in _NEVER_ENDS_NAME \
                    and span.end - span.start in (2, 3):
                return True  # 孙健红 | 称: jieba glued the verb after the name to it
            return not (start_cut or end_cut)
        if start_cut and end_cut:
            return False
        if (start_cut or end_cut) and self._lex.suffix_at(text, span.end) is None:
            return False
        if start_cut:
            k = bisect.bisect_right(starts, span.start) - 1
            if words[k][1] - span.start == 1:
                return False
            left_out = text[words[k][0] : span.start]
            if left_out not in self._lex.one_char_units and left_out not in self._lex.boundaries:
                return False  # 文 | 旅康养产业园: only a scope word or a function word jieba glued to the name is left out
        return True

    def mention(self, text: str, start: int, end: int, label: str,
                words: Sequence[tuple[int, int]] = ()) -> Mention | None:
        """One name as a typed mention, or ``None`` when it is unlikely to be a name.

        ``words``: the jieba words inside the name (start, end)."""
        word = text[start:end]
        if len(word) < 2 or not _NAME_CHAR.search(word) or word in self._lex.stop_names:
            return None
        if start > 0 and text[start - 1].isdigit() and text.startswith(self._lex.work_units, start):
            return None  # 12 | 英寸集成电路: a figure's unit opens no name
        if word.endswith(self._lex.event_words):
            return None  # 济南马拉松, 国际马拉松赛: an event, of no type of kg's (GUIDE §2)
        if label == "PER" and len(word) == 2 and word[0] in self._lex.one_char_units:
            return None  # 区城 of 区城改办: a scope word (区, 市) and a character, no surname and given name
        if label == "LOC" and conjunction_and_scope(text, start, end, self._lex.one_char_units):
            return None  # 还 | 和 | 县供销社: a conjunction and a scope word, no 和县
        if label == "LOC" and len(word) == 2 and opens_common_word(text, start, end, self._freq):
            return None  # 惠民 | 生: the place's last character is a common word's (惠 | 民生)
        if _PUNCT.search(word) and not _balanced(word):
            return None  # 市)人民政府: a bracket the name does not open
        pieces = [text[a:b] for a, b in words]
        if label != "PER" and (k := next((k for k, p in enumerate(pieces[:-1]) if p in self._unit_verbs), None)) is not None:
            # 管委会 | 下设 | 党政办公室: the body having units and the verb are no part of the unit's name
            return self.mention(text, words[k + 1][0], end, label, words[k + 1 :])
        if label == "LOC" and len(pieces) > 1 and len(pieces[0]) >= 2 and pieces[0] in self._lex.boundaries:
            # 惠及 | 喜捷镇, 北起 | …: a word that ends names on its left opens no place's (boundaries.txt; a
            # firm's brand may open with one: 新建元控股集团)
            return self.mention(text, words[1][0], end, label, words[1:])
        # a name neither starts nor ends with a verb, preposition, particle, conjunction or
        # adverb jieba knows as a word of its own (查处机关, 王锦说)
        for k, piece in enumerate((pieces[:1] + pieces[-1:]) if pieces else ()):
            if self._tags.get(piece, "").startswith(_FUNCTION_TAGS) and not (k == 0 and self._brand_verb(word, piece, label)) \
                    and not (k == 1 and self._rare_verb_given_name(piece, len(pieces), label)):
                return None
        if label != "PER" and pieces and len(pieces[0]) >= 2 and not self._freq.get(pieces[0]) \
                and pieces[0][0] in self._lex.boundaries and self._tags.get(pieces[0][0], "")[:1] in ("p", "c"):
            return None  # 和代 | 村村: jieba's unknown-word model glued a conjunction or preposition to the name
            # (a person's surname may be one: 于澄)
        if label != "PER" and any(len(p) >= 2 and not self._freq.get(p) and p[-1] in self._lex.boundaries
                                  and self._tags.get(p[-1], "")[:1] == "p" for p in pieces[:-1]):
            return None  # 王某为 | 公司: a preposition jieba glued to the word before (聘任王某为公司总经理) parts the name
        if len(pieces) > 1 and len(pieces[-1]) >= 2 and pieces[-1] in self._lex.boundaries \
                and len((self._lex.suffix_at(word, len(word)) or ("",))[0]) < len(pieces[-1]):
            return None  # 华北地区 | 布局: a word that ends names on its left ends no name, a suffix inside it (局) or not
        if len(pieces) > 1 and pieces[-1].endswith(tuple(self._lex.work_name_verbs)):
            return None  # 人民路改扩建: what is done to a work ends the phrase before its kind word, no name
        if label in ("ORG", "GOV", "COM") and self._lex.suffix_at(word, len(word)) is None:
            for cut in (len(word) - 1, len(word) - 2):
                hit = self._lex.suffix_at(word, cut)
                if cut > 2 and hit is not None and hit[1] in ("Agency", "Company", "Organization") \
                        and word[cut] in self._lex.surnames and any(a == start + cut for a, _ in words):
                    # 西北工业大学 | 柳 (星辰): the tagger ran a body's name on into the surname of the person after it
                    return self.mention(text, start, start + cut, label, [(a, b) for a, b in words if b <= start + cut])
        tag = self._tags.get(word)
        if label == "PER" and word[-1] in self._lex.settlement_endings and _CJK_NAME.fullmatch(word) and len(word) >= 3:
            # 傅家埠, 居海坊: a name ending as villages and quarters do is a place's, no person's (the
            # model was sure of a name; what it names, the ending tells)
            return Mention(start, end, word, "Place", word, rule="kg_ner")
        if label == "LOC" and any(d in word for d in DASHES) \
                and all(part in self._places or part in self._world or part in self._lex.national_prefixes
                        for part in re.split(f"[{DASHES}]", word)):
            return None  # 中国—上海 (of 中国—上海合作组织…): places joined by a dash are each the gazetteer's
        if label == "PER" and WITHHELD in word:
            return None  # 张某某: a name withheld
        if label == "PER" and self._freq.get(word, 0) >= EVERYDAY_FREQ and not self._tags.get(word, "").startswith("nr"):
            return None  # 各成员单位: an everyday word jieba knows as no name (单位, a unit) is no person's, a surname first or not
        if label == "PER" and _inside_quotes(text, start, end):
            return None  # 走出了一条“农文旅”融合的路子, “茶香甲州·绿动未来”: words of a slogan in quotes, no person
        if _DOCUMENT_YEAR.match(text, end):
            return None  # 甲政任〔2025〕6号: the issuer's code of a document's number, no name
        if label != "PER" and (held := name_before_verb(text, start, end, HOLDING, self._lex.surnames, self._freq)) is not None:
            # 孙立华任教务处 (处长): the person given a post and the verb, then the post's body
            return self.mention(text, held, end, label, [(max(a, held), b) for a, b in words if b > held])
        if label != "PER" and any(p[:1] in AGENT_MARKERS and not self._freq.get(p) for p in pieces[1:]):
            return None  # 工坊 | 由村 (集体): the agent's 由 jieba glued to the next word is no part of a name
        if label != "PER" and ("该" in word or any(p.startswith(DEMONSTRATIVES) for p in pieces)):
            return None  # 任该 | 公司, 此 | 项目: what the page named before, which coreference finds, is no new name
        if label != "PER" and any(p in COPULAS for p in pieces[1:-1]):
            return None  # 东风干渠 | 是 | 钢城区: the copula between two names joins no name
        if label == "LOC" and (unit := next((u for u in self._lex.settlement_words if word.endswith(u + u)), None)):
            # 上岚村 | 村集体: the second 村 opens the village's word, the first ends its name
            cut = end - len(unit)
            return self.mention(text, start, cut, label, [(a, min(b, cut)) for a, b in words if a < cut])
        if label == "LOC" and text[start - 1 : start] == "“" and end < len(text) and text[end] not in "”\"":
            return None  # “中国铝业历史文化名城”: a place opening a quoted title is a word of the title's
        if label == "LOC" and (nested := self._place_after_division(word)) is not None \
                and (any(a == start + nested for a, _ in words)  # (where a word starts: not 山东 | 省级…,
                     or self._unit_glued(text, start + nested - 1, end, {a for w in words for a in w})):
            # 仁和街道 | 獐山村: a village after its town written in full is a place of its own (places nest); so is a town
            # after its county where jieba glued the county's unit to a word it does not know (武隆 | 区翠 | 岫镇))
            return self.mention(text, start + nested, end, label, [(a, b) for a, b in words if b > start + nested])
        if label == "PER" and len(word) == 3 and word[0] in _TRADE_ENDS and word[1] in self._lex.surnames \
                and start >= 2 and self._tags.get(text[start - 2 : start], "")[:1] == "n":
            # 陶艺 | 师周明: a trade (a noun and 师, 员, 者) before a name of two characters, its end glued to the name
            return self.mention(text, start + 1, end, label, [(start + 1, end)])
        if label == "PER" and len(word) == 3 and word[-1] in _NEVER_ENDS_NAME:
            # 王锦说: jieba glued the verb after a name of two characters to it, and the tagger followed
            return self.mention(text, start, end - 1, label, [(start, end - 1)])
        if label != "PER" and (text.endswith(_DETERMINER_WORDS, 0, start) or _KIND_OPENING.match(word)
                               or any(p in DETERMINERS for p in pieces[1:-1])):
            return None  # 各级 | 纪检监察机关, 县各委办局, 县直 | 有关 | 部门: a determiner before the words, after the
            # place or inside them makes them a kind
        if label != "PER" and any(word[:k] in self._lex.stop_names for k in range(4, len(word))):
            return None  # 老旧小区 | 焕新颜: a generic phrase (stop_names.txt) opening the words, a headline's slogan
        if label == "PER":
            if _CJK_NAME.fullmatch(word) and (word[:1] in self._lex.surnames or word[:2] in self._lex.surnames):
                if len(word) == 4 and word[:2] not in self._lex.surnames and not self._transliterated(word, tag):
                    return None  # 海康威视: four characters name a person after a compound surname (欧阳晓明) or
                    # in the characters of foreign names (谢苗诺娃)
                if self._freq.get(word) and not (tag or "").startswith("nr") or everyday_nr(word, self._tags, self._freq) \
                        or word in self._lex.everyday_words:
                    return None  # 管廊, 智慧 (jieba's nr), 包联 (kg's everyday words): a common word, not a name
            elif not ("·" in word[1:-1] or self._transliterated(word, tag)):
                return None  # (江·: a dot joins parts of a name, it opens or ends none)
            return Mention(start, end, word, "Person", word, rule="kg_ner")
        if self._freq.get(word) and (not self._proper_tag(word) or word in self._lex.everyday_words):
            return None  # a common word jieba knows: 政府, 城市空间, 研发 (and 科普, which it tags as a name)
        if word in self._world or (label == "LOC" and word in self._cities):
            return Mention(start, end, word, "Place", word, rule="kg_ner")
        if label == "LOC" and self._freq.get(word) and word not in self._places:
            return None  # one word jieba knows that the divisions data does not: 滨海, 桥头堡, 南大门
        bearing = next((k for k, p in enumerate(pieces) if self._tags.get(p, "")[:1] == "f"), None) if label == "LOC" else None
        if bearing is not None and bearing == len(pieces) - 2 and self._freq.get(pieces[-1], 0) >= EVERYDAY_FREQ:
            if bearing == 0:
                return None  # 西部 | 山区: a bearing and an everyday word for an area name no place
            if pieces[bearing - 1].endswith(self._lex.settlement_words + level_suffixes("town")):
                # 澄波镇 | 西部 | 山区: the town's, or village's, part is no place of its own
                return self.mention(text, start, words[bearing][0], label, words[:bearing])
        if pieces and self._opens_with_boundary(pieces[0], pieces[1:]):
            return None  # 改扩建西六路小学: a name does not open with a verb of boundaries.txt (扩建)
        if self._extends_place(word, pieces):
            return None
        hit = self._lex.suffix_at(word, len(word))
        if label == "LOC" and word not in self._places and self._runs_past_place(word):
            return None  # 甲社区居民喜迁新居, 乙市设省: a place and the words after it
        if word in self._places:
            type_ = "Place"
        elif hit is not None and hit[0] == word and hit[1] != "Agency":
            return None  # 养老服务中心, 运维中心: a kind word of kg's suffixes alone names nothing (a bare 管委会 is the
            # article's one committee, which resolution names)
        elif hit is not None and hit[1] in _SUFFIX_TYPES and len(word) == len(hit[0]) + 1 and word[0] in self._lex.suffixes:
            return None  # 路 | 快速路 (of 双元路快速路): a kind word alone before the kind word names nothing
        elif hit is not None and hit[1] in _SUFFIX_TYPES and len(word) > len(hit[0]):
            # the suffix types the name; where kg's data says a stem before this suffix needs a
            # proper part (区, 路, 园区 …), the model's must not be common words only (文化名城保护区,
            # 街道园区); the rules' stricter test would undo the model's gain (汇源集团, 夹河)
            stem = _stem_pieces(pieces, len(word) - len(hit[0]))
            if hit[2] and self._generic(stem, scope=hit[1] == "Place"):
                return None
            if word[: -len(hit[0])].endswith(self._lex.resident_words):
                return None  # 区农业农村委驻村: stationed in a village (驻 | 村), no village's name
            if hit[0] in self._lex.settlement_words and len(pieces) > 1 and len(pieces[-1]) > len(hit[0]) \
                    and pieces[-1].endswith(hit[0]) \
                    and self._freq.get(pieces[-1], 0) >= EVERYDAY_FREQ and self._tags.get(pieces[-1]) != "ns":
                return None  # 农业 | 农村: a village's unit ends an everyday word of jieba's (农村, countryside), no village's
                # name
            if stem and all(len(p) >= 2 and (p in self._lex.stop_names or p in DETERMINERS
                                            or self._tags.get(p, "")[:1] in ("s", "f")) for p in stem):
                return None  # 街道 | 党委, 当地 | 党委, 相关 | 部门: kind words before a body's suffix say which kind
            if self._places_then_generic(word):
                return None
            type_ = hit[1]
        else:
            type_ = LABEL_TYPES.get(label)
            if type_ is None:
                return None
            if label in ("GOV", "ORG") and len(word) == 3 and word[0] in self._lex.surnames and _CJK_NAME.fullmatch(word) \
                    and not self._freq.get(word) and (label == "GOV" or _LISTED_FIRST.match(text, end) and text[start - 1 : start] in ("", "\n")):
                # 赵晓东　甲开发区管委会副主任: a government's or organisation's name ends with its kind (局, 委, 政府,
                # 协会); three characters with none, a surname first, name the person a list writes before the post (an
                # organisation's only where the name opens a line and a space parts it from the post: 莫陆军 of a club's
                # news is its name)
                return Mention(start, end, word, "Person", word, rule="kg_ner")
            # no suffix and no known place: the name needs a proper part (乱搭乱建, 西南 are none)
            if not self._proper(pieces) or not self._plain_name(word, pieces, label):
                return None
            if label == "LOC" and len(pieces) > 1 and pieces[-1] in self._lex.industry_words:
                return None  # 海洋 | 装备 (涵盖海洋装备、新能源等领域): a trade, no place
        return Mention(start, end, word, type_, word, rule="kg_ner")

    def _brand_verb(self, word: str, first: str, label: str) -> bool:
        """Whether a firm's name opens with a rare verb that is its brand (兴发 | 集团, 圆通 | 速递): a
        company the tagger found, a firm's suffix after the verb, which jieba counts under 100 times
        (not 推动, 建设)."""
        hit = self._lex.suffix_at(word, len(word))
        return label == "COM" and hit is not None and hit[1] == "Company" and len(word) > len(first) \
            and self._tags.get(first, "") == "v" and self._freq.get(first, 0) < EVERYDAY_FREQ // 10

    def _place_after_division(self, word: str) -> int | None:
        """Where a place named by its suffix starts after a division written in full at the start of
        ``word`` (仁和街道 | 獐山村: 3 of …), or ``None``."""
        found = self._find_places(word)
        if not found or found[0][0] != 0 or found[0][1] >= len(word) - 2:
            return None
        k = found[0][1]
        unit = self._lex.suffix_at(word, k)
        rest = self._lex.suffix_at(word, len(word))
        if unit is None or unit[1] != "Place" or rest is None or rest[1] != "Place" or len(word) - k - len(rest[0]) < 2 \
                or word[k:] in self._places or self._lex.zone_suffix(word) is not None:
            return None  # (东营市 | 广饶县: both the gazetteer's; a zone carries its city's name: 潍坊市滨海开发区)
        return k

    def _rare_verb_given_name(self, last: str, n_pieces: int, label: str) -> bool:
        """Whether a person's name ends in a given name of two characters that jieba knows as a rare
        verb (杨 | 建新, 黄 | 培修), not in a verb of the sentence (王锦 | 说, 李明 | 表示)."""
        return label == "PER" and n_pieces == 2 and len(last) == 2 and self._tags.get(last, "")[:1] == "v" \
            and self._freq.get(last, 0) < EVERYDAY_FREQ // 10

    def _transliterated(self, word: str, tag: str | None) -> bool:
        """Whether ``word`` reads as a foreign personal name written in Chinese (克林顿, 普里马科夫):
        three characters or more, each one of ``transliteration.txt``, and no word jieba knows
        other than as a person's name (加拿大 is a place, 马拉松 a race)."""
        return len(word) >= 3 and all(ch in self._lex.transliteration for ch in word) \
            and (not self._freq.get(word) or (tag or "").startswith("nr"))

    def _proper_tag(self, word: str) -> bool:
        """Whether jieba tags ``word`` as a proper noun: a place, person, organisation or other
        proper name, or an abbreviation (j) that is no everyday word (建行, 欧盟; not 研发)."""
        tag = self._tags.get(word, "")
        if tag == "j":
            return self._freq.get(word, 0) < EVERYDAY_FREQ
        return tag.startswith(_PROPER_TAGS) and not everyday_nr(word, self._tags, self._freq)

    def _runs_past_place(self, word: str) -> bool:
        """Whether the name is a place of the divisions data written in full (with its unit: 甲社区,
        乙市) and more words that make no place of their own: 甲社区居民喜迁新居, 乙市设省.  A place
        after it (乙市丙区) or a longer place word (乙市丙丁起步区) is left to the other checks."""
        found = self._find_places(word)
        if not found or found[0][0] != 0 or found[0][1] >= len(word):
            return False
        place = word[: found[0][1]]
        unit = self._lex.suffix_at(place, len(place))
        if unit is None or unit[1] != "Place" or len(place) <= len(unit[0]):
            return False  # 青岛 of 青岛西海岸新区: a short name, the name goes on
        rest = word[len(place):]
        if self._find_places(rest)[:1] and self._find_places(rest)[0][0] == 0:
            return False
        hit = self._lex.suffix_at(rest, len(rest))
        return hit is None or hit[1] != "Place" or len(rest) - len(hit[0]) < 2

    def _opens_with_boundary(self, first: str, rest: Sequence[str]) -> bool:
        """Whether the name's first word is a word of ``boundaries.txt`` or ends with one of two
        characters or more (改扩建 ends with 扩建).  jieba tags some of those words as proper
        too (新建 is also a place): then only when the words after it are common ones (新建口袋公园;
        新建元控股集团 is a name)."""
        if first in self._lex.boundaries:
            return not self._proper_tag(first) or self._generic(rest)
        # a name that is one word of jieba's opens with no verb because it ends with one
        # (世界贸易组织 ends with 组织)
        return bool(rest) and self._lex.boundary_before(first, len(first)) > 1

    def _extends_place(self, word: str, pieces: Sequence[str]) -> bool:
        """Whether the name is only places of the divisions data with a word before them:
        places one after another (淄博市张店区) or a word and a place (扎根青岛).  Those are
        the places on their own, which the gazetteer names."""
        found = self._find_places(word)
        if not found or found[-1][1] != len(word):
            return False
        if found[0][0] == 0 and all(a == b for (_, b, _), (a, _, _) in zip(found, found[1:])):
            return len(found) > 1
        # one word before a single place (扎根青岛); not a name's own part (新建元 …)
        return len(found) == 1 and len(pieces) >= 2 and found[0][0] == len(pieces[0])

    def _plain_name(self, word: str, pieces: Sequence[str], label: str) -> bool:
        """Checks on a name with neither a suffix nor a place of its own to vouch for it."""
        last = pieces[-1] if pieces else word
        if len(pieces) >= 2 and len(last) == 1 and _NUMERAL.fullmatch(pieces[-2]):
            return False  # 莆田7项, 三个: a count, not a name
        if self._tags.get(last, "").startswith(_NOT_LAST_TAGS):
            return False  # 街道东部, 城市桥梁桥下, 西南: a name does not end with a direction, a position or a number
        # a place of the divisions data at the start: what follows must make a name of it
        found = self._find_places(word)
        if found and found[0][0] == 0:
            rest = word[found[0][1]:]
            if label == "LOC" and (len(rest) <= 2 or self._find_places(rest)[:1] and self._find_places(rest)[0][0] == 0):
                # a place and a short word (临沂市文旅, 济南新旧) or another place (淄博市张店区)
                # is no new place: the gazetteer names each place on its own; a longer place
                # name would carry a suffix (青岛西站)
                return False
            if any(rest + unit in self._places for unit in self._lex.one_char_units):
                return False  # 河南兰考: a province and a county written without its unit (兰考县) name places
            rest_pieces = _pieces_from(pieces, found[0][1])
            if not self._proper(rest_pieces):
                return False  # 姑苏产业, 平度市直部门: a place and common words
            if self._places_then_generic(word):
                return False
        return True

    def _places_then_generic(self, word: str) -> bool:
        """Whether ``word`` is places of the divisions data, one after another from its start, and
        then a generic phrase of ``stop_names.txt`` (市北区 | 老旧小区, 朝阳区双井街道 | 老旧小区), or
        holds a place and its level (山东 | 省级化工园区): no new place, the gazetteer names the
        places on their own."""
        found = self._find_places(word)
        ends = {b for _, b, _ in found}
        for level in self._lex.honour_levels:
            at = word.find(level, 1)
            if at > 0 and (at in ends or at + 1 in ends):
                return True  # 山东 | 省级化工园区 (山东省 | 级…): a place's level makes a kind of place
        if not found or found[0][0] != 0:
            return False
        chain_end = found[0][1]
        for a, b, _ in found[1:]:
            chain_end = b if a == chain_end else chain_end
        return word[chain_end:] in self._lex.stop_names

    def _generic(self, pieces: Sequence[str], scope: bool = False) -> bool:
        """Whether the words are all ones jieba knows (of two characters or more, none tagged
        proper), at least one of them an everyday word: a description, not a name."""
        if not pieces:
            return True
        freqs = []
        for piece in pieces:
            freq = self._freq.get(piece, 0) or (EVERYDAY_FREQ if piece in self._lex.everyday_words else 0)
            if piece in self._lex.stop_names and (len(piece) >= 2 or scope):
                # 镇街, 园区: kg's own generic words; 镇 of 镇规划区 (a scope word before a place word:
                # the town's zone), not 市 of 市人才集团 (the city's firm: a body's name)
                freqs.append(EVERYDAY_FREQ)
                continue
            if len(piece) < 2 and freq >= EVERYDAY_FREQ and self._tags.get(piece, "")[:1] in ("a", "b"):
                freqs.append(freq)  # 新 of 化工新材料公司: a one-character adjective describes, it names nothing
                continue
            if len(piece) < 2 or not freq or _LATIN.search(piece):
                return False
            if self._proper_tag(piece) and not (self._tags.get(piece) == "ns" and freq >= EVERYDAY_FREQ
                                                  and piece not in self._places and piece not in self._world):
                return False  # (美丽, 城市, 海洋: everyday words jieba tags as places, no place of the divisions data)
            freqs.append(freq)
        return max(freqs) >= EVERYDAY_FREQ

    def _proper(self, pieces: Sequence[str]) -> bool:
        """Whether a word of the name is one jieba tags as proper, one it does not know, or Latin.

        A word jieba does not know (its dictionary also holds every word's prefixes, with
        frequency 0: those it does not know either) counts only when it does not open with a
        function word of ``boundaries.txt`` (与央企 is 与 + 央企, not a name)."""
        for piece in pieces:
            if _LATIN.search(piece):
                return True
            if self._proper_tag(piece):
                return True
            if len(piece) >= 2 and not self._freq.get(piece) and piece[0] not in self._lex.boundaries \
                    and piece not in self._lex.stop_names and not everyday_compound(piece, self._freq, self._lex.everyday_words) \
                    and piece not in self._lex.everyday_words:
                return True
        return False




def _stem_pieces(pieces: Sequence[str], length: int) -> list[str]:
    """The first ``length`` characters of the words ``pieces``, as words (the last one cut)."""
    out, used = [], 0
    for piece in pieces:
        if used >= length:
            break
        out.append(piece[: length - used])
        used += len(out[-1])
    return out


def _pieces_from(pieces: Sequence[str], offset: int) -> list[str]:
    """The words ``pieces`` from character ``offset`` of their text on (the first one cut)."""
    out, at = [], 0
    for piece in pieces:
        if at + len(piece) > offset:
            out.append(piece[max(offset - at, 0):])
        at += len(piece)
    return out


def _words_inside(words: Sequence[tuple[int, int]], starts: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The words overlapping ``[start, end)``, cut to it."""
    out = []
    k = max(bisect.bisect_right(starts, start) - 1, 0)
    while k < len(words) and words[k][0] < end:
        a, b = words[k]
        if b > start:
            out.append((max(a, start), min(b, end)))
        k += 1
    return out


def _balanced(word: str) -> bool:
    """Whether every bracket in ``word`` is closed after it is opened, and nothing else is punctuation
    (but · and dashes: 中国-阿联酋…平台)."""
    depth = 0
    for ch in word:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
            if depth < 0:
                return False
        elif ch != "·" and ch not in DASHES and _PUNCT.match(ch):
            return False
    return depth == 0


def _after_de(text: str, span, bounds: set[int]):
    """The span from after the last 的 inside it that is a word of its own (乌兰察布市 | 南部的 | 丰镇市: the model's
    place ran over where the town is), when two characters or more of a name are left; else the span."""
    k = text.rfind("的", span.start + 1, span.end - 2)
    if k < 0 or k not in bounds or k + 1 not in bounds:
        return span
    return type(span)(k + 1, span.end, span.label)
