"""``kg_suffix_names``: names that end in a suffix of ``kg/data/suffixes.tsv``.

The suffix says what the thing is (局 → Agency, 有限公司 → Company, 产业园 → Project,
村 → Place, 一等奖 → Award); the name is the suffix and its stem, back to the nearest left
boundary (:meth:`kg.nlp.entities.boundaries.NameBounds.walk_left`).  Suffixes that also
end generic phrases (``proper = 1`` in the file: 项目, 公司, 路 …) need a proper-name
signal in the stem: a place, a word jieba tags ns/nr/nz/nt or does not know, Latin
letters, ·, quotes.  A stem without one is still a name when the text vouches for it
(:meth:`SuffixSource.vouched`): a neighbour in a 、-list of the same type, a place named
before whose kind word it opens with, or a firm an earlier source named opening it.  A line's
code after a railway's name belongs to it (甲乙城际铁路F3线), and a further line listed after
it is written out from it (…F3线和F4线 → 甲乙城际铁路F4线).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.lang.gazetteer import level_suffixes
from kg.lang.jieba_tables import is_word
from kg.lang.lexicon import EDITION_ONLY, PHASE, firm_core, firm_opening
from kg.nlp.entities.boundaries import HOLDING_UNITS
from kg.nlp.entities.component import CANDIDATES, NAME_INDEX, DataSource, candidate_groups
from kg.nlp.entities.index import NameIndex
from kg.nlp.entities.people import name_before_verb, name_start_before, person_after
from kg.nlp.entities.text_classes import (ACRONYM, AGENT_MARKERS, ALSO, APPOINTED, ASSOCIATION, BENEFACTIVE_MARKERS, CJK,
                                          COMMITTEE_OPENERS, CONJUNCTIONS, COUNT, DEMONSTRATIVES, DETERMINERS, GENERIC_START, HOLDING, LINE_CODE,
                                          LOCATIVE, MAX_NAME, MODALS, NAME_STOP, NUMERALS, PARTY_NAMES, POSTPOSITIONS,
                                          PUNCT, SLOGAN_NOUNS, STREET_WORDS, TOWN_UNIT, TOWN_WRITTEN, VILLAGE_BEARINGS, YEAR,
                                          COMMON_PAIR, held_at)

#: the last word of a committee's name written in full (中共甲县委员会; 甲县委 is read by kg_departments)
_COMMITTEE = "委员会"
#: one-character prepositions and conjunctions jieba's unknown-word model glues to the name after them
_GLUED_MARKERS = AGENT_MARKERS | BENEFACTIVE_MARKERS | frozenset(CONJUNCTIONS)

_BODIES = ("Agency", "Company", "Organization")
#: the conjunctions inside a work's name that join its parts (羊肉屠宰及冷链加工项目; as the boundaries read them)
_WORK_PARTS_JOINING = "及与"
#: the types of the names a page may write again without the places they open with (运河实验学校, 人民医院新院区)
_SHORTENED_TYPES = ("Organization", "Project")
#: a phase written right after a name (二期)
_PHASE = re.compile(PHASE)
#: a park's service centre, named after the park (甲产业园管理服务中心, 园区管理服务中心)
_PARK_CENTRE = "管理服务中心"
#: the suffixes of a park's committees (园区 | 管委会, 园区 | 党工委, 园区 | 管理服务中心)
_COMMITTEES = ("管委会", "管理委员会", "党工委", "工委", _PARK_CENTRE)
#: a body's office, named by the body's kind word alone (指挥部办公室, 领导小组办公室)
_OFFICES = ("办公室",)
#: how many characters may say what is done to a work named right before a work's kind word (基地 | 提质 | 项目)
_DONE_TO_A_WORK = 4
#: what parts the items of a list of bodies
_LIST_MARK = re.compile("、")
#: an ordinal opening a public institution's name after its unit word (市 | 第二 | 人民医院)
_ORDINAL = re.compile("^第[一二三四五六七八九十]{1,3}")
#: what ends a list of settlements sharing their unit word (甲、乙、丙等村; 甲、乙两村, 甲、乙、丙三个社区)
_SHARED_UNIT_ENDS = "等个两三四五六七八九十"
_SHARED_UNIT_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、)+(?:[\u4e00-\u9fff]{2,3}(?:、|和|及))?[\u4e00-\u9fff]{2,3})"
                               r"(?:等|[两三四五六七八九十]个?)$")
#: jieba's tags of a word that may be a settlement's name: places, people's and other proper names
_ITEM_TAGS = ("ns", "nr", "nz")


def _items_sharing_unit(index: NameIndex, tags: dict[str, str], unit_at: int) -> list[tuple[int, int]]:
    """The spans of the items of a list the unit word at ``unit_at`` follows (桐坞、青岚、下汤等 | 村): two items or more
    of two or three characters, each opening where jieba's words open (the first as long as it can be there: 串联 |
    桐坞), none a word of jieba's dictionary but a proper one (not 薄弱、涣散等村); ``[]`` where the words before the
    unit are no such list."""
    text = index.text
    m = _SHARED_UNIT_LIST.search(text, max(0, unit_at - 40), unit_at)
    if m is None:
        return []
    spans, pos = [], m.start(1)
    for item in re.split(r"、|和|及", m.group(1)):
        spans.append((pos, pos + len(item)))
        pos += len(item) + 1
    first_end = spans[0][1]
    start = next((a for a in range(spans[0][0], first_end - 1) if a in index.starts and first_end - a in (2, 3)), None)
    if start is None:
        return []
    spans[0] = (start, first_end)
    if len(spans) < 2 or any(a not in index.starts or text[a:b] in tags and not tags[text[a:b]].startswith(_ITEM_TAGS)
                             for a, b in spans):
        return []
    return spans


_NUMBERED_PLAN = re.compile(r"(?:[一二三四五六七八九十两]+[\u4e00-\u9fff])*[一二三四五六七八九十两]+")
#: the numerals of a numbered bureau (七局, 第十四工程局)
NUMBERED = set("一二三四五六七八九十")
from kg.records import Mention

#: the word before a zone's suffix that says the words before it name the industry it gathers (人工智能产业集聚区)
INDUSTRY_STEM = "产业"

__all__ = ["SuffixSource"]


#: a firm's legal form, which ends no work's name right before 项目 (甲有限公司项目: the firm's project)
_FIRM_FORMS = ("公司",)
#: where a clause ends (the verb of a clause made of a subject and a verb ends before it)
_CLAUSE_VERB_END = re.compile(r"[，,；;。]")
#: a town written with its unit (翠垟镇, 甲口街道), and the unit that ends it
_TOWN_WRITTEN = re.compile(TOWN_WRITTEN)
#: what opens a numbered item's line before the work it is about (三、, 2., （一）, and the county it is in: 三、甲县：)
_ITEM_PREFIX = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]+、|[0-9０-９]+[.．、]|[（(][一二三四五六七八九十0-9０-９]+[)）])"
                          r"(?:[\u4e00-\u9fff]{2,12}[：:])?")
#: what ends the head of a numbered item (its work), before what the item says of it (or its amount after a space)
_ITEM_HEAD_ENDS = ("，", ",", "；", ";", "（", "(", "：", ":", " ", "\t", "\u3000")
#: a work's section in brackets after its name (（甲村至乙村段）, （城区段）)
_SECTION = re.compile(r"[（(][^（()）\n，。；]{1,16}?段[）)]")
_TOWN_UNIT_END = re.compile(f"{TOWN_UNIT}$")
#: jieba's tags of idioms and set phrases (全力以赴 i, 真抓实干 l): words no name starts inside
_IDIOM_TAGS = ("i", "l")
#: a line of its own, spaces around it: the words of a list's item
_LINE = re.compile(r"(?m)^[ \t\u3000]*(?P<name>[^\s，,。；;：:、]{4,30}?)[ \t\u3000]*$")
#: a further line of the same railway listed after the first (F3线和F4线)
_NEXT_LINE = re.compile(rf"(?:和|及|与|、|以及)(?P<code>{LINE_CODE.pattern})")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_CODE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9\-]|\.(?=[0-9]))*")  # (8.6: a decimal is one code)
#: jieba's tags of words no section's name is made of (a bureau's 预算科, 企业服务处): function words, adverbs,
#: pronouns, figures and measure words
_NOT_SECTION_TAGS = ("p", "c", "d", "r", "u", "m", "q", "f", "t")
#: a brand in quotes inside a work's name (甲镇“梨乡田园”乡村振兴示范片区): one word of it (a longer slogan, “绿水青山就是金山银山”, is
#: words of its own)
_QUOTED_WORD = re.compile(r"“[^“”]{2,6}”")
#: a settlement's name (two characters or more, its unit 村 or 社区) and one or two characters more inside a place's
#: stem before a one-character place word (芦岭村 | 黄 | 河): the settlement is the place, what follows is of it
_SETTLED_STEM = re.compile(r"[\u4e00-\u9fff]{2,}(?:村|社区)[\u4e00-\u9fff]{1,2}$")
#: a fund named by what it is for (老旧小区改造 | 省级奖补资金, 农村公路改造 | 资金): the level that gives it, a kind
_FUND_AFTER = re.compile(r"(?:中央|省级|市级|区级|县级)?[\u4e00-\u9fff]{0,4}?(?:资金|经费)")
#: a part of a place by its direction (南部, 东南部): what follows a place in 芝罘南部项目
_PART_OF_PLACE = re.compile("[东西南北中]{1,2}部")


#: an event's year or edition written right before its name (2025潍坊马拉松, 第十届…旅游节, 首届…大赛)
_EDITION_WORDS = r"(?:(?:19|20)\d\d年?|第[一二三四五六七八九十百\d]+届|首届)"
_EDITION = re.compile(_EDITION_WORDS + "$")
#: the same, opening a name the walk took it into
_EDITION_OPENING = re.compile(_EDITION_WORDS)
#: how long an event's name after its year or edition may be (its words counted as _bare_len counts them)
_EVENT_WORDS = 20
#: a year opening a name (2023年, 2023年度)
_YEAR_OPENING = re.compile(r"(?:19|20)\d{2}年度?")
#: how far before 暨 the first of two names of one event may open with its edition
#: (2024年甲区“乙”人才交流 | 暨 | 校企对接会)
_JOINED_EVENT = 30
#: the most characters of a brand in quotes opening an event's name (“澄波好品”农产品展销会)
_QUOTED_BRAND = 12
_EDITION_BEFORE_ALSO = re.compile(_EDITION_WORDS + rf"[^，,。；;：:！？、\s{ALSO}]{{2,}}$")


def _item_head(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the head of a numbered item: right after the item's number that opens the line
    (三、甲县：, 2.) and before what the item says of it (，安排资金…; 360万元 after a space).  A head names the item's
    work however many words it takes (钢城区甲镇农产品产地冷藏保鲜设施建设项目)."""
    return _ITEM_PREFIX.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None \
        and text[end : end + 1] in _ITEM_HEAD_ENDS


def _past_verbs(index: NameIndex, tags: dict[str, str], start: int, s_suf: int) -> int:
    """Where a village's or community's name starts, past the last verb among the words before its suffix that
    leaves two characters or more (社区计划建设 | 月川 | 社区: a verb opens no such name; 建设村 is one, the verb all
    its stem)."""
    text, k, cut = index.text, start, start
    while k <= s_suf - 2 and (w := index.word_covering(k)) is not None and w[0] == k:
        if w[1] <= s_suf - 2 and tags.get(text[w[0] : w[1]], "") in ("v", "vn"):
            cut = w[1]
        k = w[1]
    return cut


def _town_in(index: NameIndex, start: int, end: int) -> int | None:
    """Where a village's or community's name starts after the town written before it in ``[start, end)``
    (叶坪乡 | 华屋村, 新区街道 | 丽水: a town's ending, two characters or more before it and after it, that makes no
    word with the character after it: not 乡 of 美丽乡村), else None."""
    text = index.text
    for k in range(end - 2, start + 1, -1):
        ending = next((w for w in level_suffixes("town") if text.endswith(w, start, k) and k - len(w) - start >= 2), None)
        if ending is not None and (not is_word(text[k - 1 : k + 1]) or k in index.starts and k - len(ending) not in index.starts
                                   or text[k] in VILLAGE_BEARINGS and k - len(ending) in index.ends):
            return k  # (芦川镇 | 南港村: 镇南 is a word, but jieba reads the town whole and starts a word after it; 柳湾 |
            # 镇西 | 苇村: a village's name opening with a bearing, jieba reads the town's unit with it)
    return None


def _unit_in(index: NameIndex, lex, start: int, end: int) -> int | None:
    """Where a road's or a compound's name starts after the town or zone written before it in ``[start, end)``
    (甲乙街道 | 翠湖路, 钢城经济开发区 | 汶源五路, 高新区 | 丙大道): two characters or more of the road's own after a
    town's or a community's ending or a zone's word (a zone's written short too), with a name before it
    (澄波社区 | 锦绣里小区); else None."""
    text = index.text
    for k in range(end - 2, start + 1, -1):
        head = text[start:k]
        if head in lex.place_abbreviations or head in lex.scope_zones or lex.zone_suffix(head) is not None and len(head) > 3:
            return k
        if any(head.endswith(w) and len(head) - len(w) >= 2 for w in HOLDING_UNITS):
            return k if not is_word(text[k - 1 : k + 1]) else None  # (甲镇江路: 镇江 is a road's name's word)
    return None


def _bare_len(stem: str, units: tuple[str, ...] = (), parts: bool = False) -> int:
    """The length of a stem without what it holds in brackets, a code with its unit of ``units``
    counted as one character (云洪路(西大环路—墩余路)道路: 5, 紫金港220千伏架空线: 6, 中港区5万吨级通用泊位:
    8): a road's section or a place in brackets adds no words to the name's own, nor do a plot's
    code, a line's voltage or a berth's size, nor a programme's year (甲镇 | 2025年度 | 高标准农田建设项目); a name in
    quotes inside it is one word (甲镇“梨乡田园”乡村振兴示范片区: 11)."""
    bare = _QUOTED_WORD.sub("名", YEAR.sub("", _BRACKETED.sub("", stem)))
    if parts and any(c in bare for c in _WORK_PARTS_JOINING):
        # 生态修复及文旅综合开发: a work of two parts is as long as its longer part
        return max(_bare_len(part, units) for part in re.split(f"[{_WORK_PARTS_JOINING}]", bare))
    length = len(bare)
    for code in _CODE.finditer(bare):
        unit = next((u for u in units if bare.startswith(u, code.end())), "")
        if not unit and bare[code.end() : code.end() + 1] in "万千亿" and code.end() + 2 <= len(bare):
            unit = bare[code.end() : code.end() + 2]  # 30万套, 5千台: a magnitude and a measure word, a size too
        length -= len(code.group()) + len(unit) - 1
    return length


def _without_acronym(stem: str) -> str:
    """The stem without a Latin acronym opening it (RCEP青岛… → 青岛…)."""
    opening = ACRONYM.match(stem)
    return stem[opening.end():] if opening else stem


#: the party bodies a firm has as any body has (a firm's 党委 is named after the firm)
_PARTY_BODIES = ("党委", "党组", "党总支", "党支部")


#: what a work's name before it makes the name of a plan or list (纳入…改造计划), and the verbs that enter things in one
_PLANS = ("计划", "规划", "名单", "名录", "清单", "范围")
_ENTERED = ("纳入", "列入")

class SuffixSource(DataSource):
    """Names found from their suffix back to their left boundary."""

    uses_gazetteer = True  # NameBounds.trim_to_place asks the divisions data a place's level

    def _firm_committee(self, index: NameIndex, start: int, s_suf: int, suffix: str) -> bool:
        """Whether ``text[start:s_suf]`` + a party body (党委) names a firm's committee: the stem opens
        with no place of the divisions data or scope word, ends with no body's suffix or short name
        (人大, 政协), and carries a proper part (中国重汽, 国家电网)."""
        text, lex, bounds = index.text, self.data.lex, self.data.bounds
        stem = text[start:s_suf]
        if suffix not in _PARTY_BODIES or len(stem) < 2:
            return False
        if start in index.place_starts() or stem[:1] in lex.one_char_units or lex.scope_re.match(stem):
            return False
        if lex.suffix_at(text, s_suf) is not None or s_suf in index.place_end or stem.endswith(tuple(lex.abbreviations)):
            return False
        return bounds.proper(index, start, s_suf)

    def _zone_body(self, text: str, s_suf: int, suffix: str) -> bool:
        """Whether the body is a zone's, named by the zone (未来科技城 | 管委会): a body word any place
        may have (body_names.tsv, x = any) after a place's or work's ending (科技城, 产业园, 园区)."""
        lex = self.data.lex
        if not any(row.short == suffix and not row.division_only for row in lex.body_names):
            return False
        before = lex.suffix_at(text, s_suf)
        # (a zone word of its own, 起步区 | 管委会, is read by the place and department rules)
        return before is not None and before[1] in ("Place", "Project") and len(before[0]) >= 2 \
            and lex.zone_suffix(text[:s_suf]) is None

    def _has_verb(self, index: NameIndex, start: int, end: int) -> bool:
        """Whether a word inside ``[start, end)`` is one jieba tags a verb (v; not vn: 综合), other than what is
        done to a work right before its kind word (…文化小镇提升 | 项目, …老旧小区改造 | 提升 | 工程: work_names.tsv
        verbs)."""
        tags, text = self.data.bounds.tags, index.text
        words = index.words_within(start, end)
        done = end  # where the run of what is done to the work, right before its kind word, starts
        lex = self.data.lex
        for a, b in reversed(words):
            if b != done or text[a:b] not in lex.work_name_verbs and lex.suffixes.get(text[a:b], ("",))[0] != "Project":
                break
            done = a
        return any(tags.get(text[a:b]) == "v" and b > start and a < done for a, b in words if a >= start)

    def _names_thing(self, index: NameIndex, at: int, end: int) -> bool:
        """Whether the words from ``at``, right after the places a work's name opens with, to ``end`` name a thing
        rather than say what the places do (大王镇 | 农村公路安全生命防护工程, 米山水库 | 除险加固工程: the verbs
        describe the work; not 即墨区 | 全力推进…项目, 开发区 | 建设…基地项目: a verb or an adverb right after the
        place; nor 青岛西海岸新区 | 锚定…大抓项目: a verb of one character takes the kind word as its object)."""
        w = index.word_covering(at)
        if w is None or w[0] != at:
            return False
        tags, text = self.data.bounds.tags, index.text
        if tags.get(text[w[0] : w[1]], "x")[:1] in ("v", "d", "p", "c", "x") or self.data.lex.boundary_before(text, w[1]):
            return False
        return not any(b - a == 1 and tags.get(text[a:b]) == "v" for a, b in index.words_within(at, end))

    def _says_what(self, index: NameIndex, end: int) -> bool:
        """Whether the word before ``end`` is a verb or an adverb (jieba's tags v, d; not vn: 实验园区), or
        two characters jieba does not know opening with a verb (讲好, 建强): it says something of the place
        word after it (融入 | 新区), which is no name's end then (沂河 | 新区, 雄安 | 新区)."""
        w = index.word_ending(end)
        if w is None:
            return False
        word, tags = index.text[w:end], self.data.bounds.tags
        tag = tags.get(word)
        return tag in ("v", "d", "vd") or (tag is None and len(word) == 2 and tags.get(word[0]) == "v")

    def _park_committee(self, index: NameIndex, named: list[Mention], s_suf: int, e: int) -> Mention | None:
        """``园区管委会``, ``产业园管委会``, ``园区党工委`` opening a clause: the committee of the last park named before
        whose name ends in that kind word (甲工业园区 … 园区管委会主任: 甲工业园区管委会), else ``None``."""
        text, lex = index.text, self.data.lex
        kind = next((w for w in lex.work_parks if text.endswith(w, 0, s_suf)), None)
        if kind is None:
            return None
        start = s_suf - len(kind)
        if start > 0 and text[start - 1] not in PUNCT and not lex.boundary_before(text, start):
            return None  # (甲产业园管委会: a park's own name, which the walk reads)
        ends = (kind,)
        if kind == "园区" and text.startswith(_PARK_CENTRE, s_suf):
            ends = tuple(w for w in lex.work_parks if w.endswith("园"))  # 甲新材料产业园 … 园区管理服务中心主任: the
            # bare 园区 of a park's service centre is the park named before (a committee's is left to coreference)
        park = next((n for n in reversed(named) if n.type in ("Project", "Place") and n.end <= start
                     and n.name.endswith(ends) and len(n.name) > len(kind)), None)
        if park is None:
            return None
        return Mention(start, e, text[start:e], "Agency", park.name + text[s_suf:e], rule="suffix")

    def _office_of_named(self, index: NameIndex, named: list[Mention], s_suf: int, e: int) -> Mention | None:
        """A body's kind word alone before 办公室, opening its words (兼任 | 指挥部办公室主任, 领导小组办公室设在…): the office
        of the last body named before whose name ends in that kind word (甲区城市更新攻坚指挥部 … 指挥部办公室:
        甲区城市更新攻坚指挥部办公室), else ``None``."""
        text, lex = index.text, self.data.lex
        hit = lex.suffix_at(text, s_suf)
        if hit is None or hit[1] != "Agency" or len(hit[0]) < 2:
            return None  # (局办公室: a one-character kind word is no body's name alone)
        start = s_suf - len(hit[0])
        if start > 0 and text[start - 1] not in PUNCT and not lex.boundary_before(text, start):
            return None  # (甲指挥部办公室: the body's own name, which the walk reads)
        body = next((n for n in reversed(named) if n.type == "Agency" and n.end <= start
                     and n.name.endswith(hit[0]) and len(n.name) > len(hit[0])), None)
        if body is None:
            return None
        return Mention(start, e, text[start:e], "Agency", body.name + text[s_suf:e], rule="suffix")

    def _coined(self, index: NameIndex, start: int, end: int) -> bool:
        """Whether ``text[start:end]``, two or three characters, is no word jieba knows and it read each character
        alone: a name it has no entry for (岚圩, not 新型, 这个, 三个)."""
        stem = index.text[start:end]
        return 2 <= len(stem) <= 3 and all(CJK.match(c) for c in stem) and not self.data.freq.get(stem) \
            and stem[0] not in GENERIC_START and stem[0] not in NUMERALS \
            and all(index.word_covering(k) == (k, k + 1) for k in range(start, end))

    def _public(self, name: str) -> bool:
        """Whether ``name`` is a unit word (not 全: 全市 opens a phrase), an ordinal perhaps, and the name of a public
        institution of scope_words.tsv (县人民医院, 市第二人民医院)."""
        lex = self.data.lex
        scope = lex.scope_re.match(name)
        if scope is None or name.startswith(lex.scope_wholes):
            return False
        rest = name[scope.end() :]
        return _ORDINAL.sub("", rest, count=1) in lex.scope_publics

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text, lex, bounds = index.text, self.data.lex, self.data.bounds
        out = []
        unmarked: list[Mention] = []  # named by their suffix only: kept if a list or an earlier place vouches
        title_starts = {a for a, _ in index.title_spans}
        for m in lex.suffix_end_re.finditer(text, 1):  # where a suffix can end (past the first character)
            e = m.end()
            hit = lex.suffix_at(text, e)
            if hit is None:
                continue
            suffix, type_, proper = hit
            if type_ == "Place" and len(suffix) == 1 and suffix in lex.one_char_units:
                continue  # the divisions data names these (kg_places); the cheapest test first: two in five suffixes
            if type_ == "Place" and suffix in lex.settlement_words and text.endswith(suffix, 0, e - len(suffix)):
                continue  # 上岚村 | 村集体: the second 村 opens the village's word, the first ends its name
            s_suf = e - len(suffix)
            if type_ == "Place" and suffix in lex.settlement_words and text[s_suf - 1 : s_suf] in _SHARED_UNIT_ENDS \
                    and (items := _items_sharing_unit(index, self.data.bounds.tags, s_suf)):
                for a, b in items:  # 桐坞、青岚、下汤等村: each village named by its word and the unit they share
                    out.append(Mention(a, b, text[a:b], "Place", text[a:b] + suffix, rule="suffix_list"))
                continue
            if type_ == "Company" and not suffix.endswith("公司") and text.endswith(("公司", "集团"), 0, s_suf):
                continue  # 由甲集团有限公司 | 控股: a firm's name ends at its legal form; what follows says what it does
            if type_ == "Project" and (t := lex.title_re.match(text, s_suf)) is not None and t.end() > e:
                continue  # 恒泰建设 | 项目经理: the suffix opens a post's title (titles.tsv), it ends no work
            if e not in index.ends and not (e < len(text) and text[e] in PUNCT):
                # the name must end where a word ends, unless a longer suffix word follows
                w = index.word_covering(e - 1)
                if w is not None and w[1] > e and not (w[1] == e + 1 and text[e] in POSTPOSITIONS) \
                        and not (w == (e - 1, e + 1) and text[e] in MODALS) \
                        and not (w == (e - 1, e + 1) and text[e] in NAME_STOP and len(suffix) >= 2) \
                        and not (text[e] in CONJUNCTIONS and len(suffix) >= 2 and text[w[0] : w[1]] not in bounds.tags) \
                        and not (w[0] == s_suf and text[e : w[1]] in lex.titles) \
                        and s_suf not in title_starts and not (type_ == "Project" and w[0] == s_suf and len(suffix) >= 2
                                                               and bounds.tags.get(text[e : w[1]], "").startswith("v")):
                    continue  # 科创区内 (区|内) is fine, 党委|书记 too, 公路运输 is not a 路; 工程|建设 is a 工程;
                    # 分行|为 too, where jieba reads 行为: a particle or preposition (为, 在) is no part of a name;
                    # 农业园 | 和岚川, a word jieba's dictionary lacks (its guess, 园和岚川): 和 opens the next name;
                    # and 医院|院长, where jieba reads the suffix and the post after it as one word
            if index.inside_title(s_suf, e):
                before = lex.suffix_at(text, s_suf)
                if s_suf not in title_starts or (before and before[1] in _BODIES):
                    continue  # 局党组书记: the 党组 of the body before, inside its post; 夏格庄镇党委书记 names one
                if not any(a == s_suf and text[e:b] in lex.titles for a, b in index.title_spans):
                    continue  # 常委会委员: 委 opens the title 委员 (员 is no title); 党委书记 is 党委 and 书记
            if len(suffix) == 1 and bounds.in_verb_word(index, s_suf, e):
                continue  # 办 of 主办, 局 of 布局
            if type_ == "Agency" and suffix in _COMMITTEES and (named := self._park_committee(index, out, s_suf, e)):
                out.append(named)  # 园区管委会, 产业园管委会: the committee of the park the page named before
                continue
            if type_ == "Agency" and suffix in _OFFICES and (named := self._office_of_named(index, out, s_suf, e)):
                out.append(named)  # 指挥部办公室: the office of the headquarters the page named before
                continue
            # The places are sorted and apart, so the only one that can start before the suffix
            # and reach into it or past it is the last one starting before it (a bisection, not
            # a scan of every place for every suffix).
            k = bisect.bisect_left(index.place_starts_sorted(), s_suf) - 1
            a, b = index.place_span[k] if k >= 0 else (s_suf, s_suf)
            joined = s_suf < b < e and text[s_suf:b] == suffix[: b - s_suf]
            if s_suf < b and not (joined and type_ == "Agency"):
                continue  # 岛 of 青岛: the suffix is inside a place of the divisions data
            if type_ == "Project" and text[e : e + 1] == ALSO and (suffix in lex.event_words or proper == EDITION_ONLY) \
                    and not _EDITION_OPENING.match(text, e + 1):
                continue  # 2025甲论坛 | 暨 | 乙大赛: the first name of one occasion of two, no event of its own (a
                # second with its own edition is another: 2025甲大会暨第九届乙大赛)
            start, anchored = bounds.walk_left(index, s_suf, type_)  # checked after: the costlier test
            if start is None:
                continue
            if type_ == "Project" and (k := text.rfind(ALSO, start, s_suf)) >= 0:
                start = k + 1  # 丰收 | 节暨澄波 | 农产品展销会, where jieba glues 暨 to the words round it: it parts two names
            if type_ == "Project" and text[start - 1 : start] == "”" and (suffix in lex.event_words or proper == EDITION_ONLY) \
                    and 0 < (q := text.rfind("“", max(0, start - _QUOTED_BRAND), start - 1)) and text[q - 1] == ALSO:
                start = q  # 甲丰收节暨 | “乙好品” | 农产品展销会: the second name opens with its brand in quotes
            if type_ == "Project" and text[start - 1 : start] == ALSO and (suffix in lex.event_words or proper == EDITION_ONLY) \
                    and not _EDITION_OPENING.match(text, start) \
                    and (joined := _EDITION_BEFORE_ALSO.search(text, max(0, start - 1 - _JOINED_EVENT), start - 1)):
                start = joined.start()  # 2024年甲区“乙”人才交流 | 暨 | 校企对接会: one event of two names, its edition
                # before the first (a second with its own, 暨第九届…大赛, is another event)
            if joined and type_ == "Agency":
                a = bounds.scope_left(index, a)  # 浆洗街街道 + 办事处: the place opens the body's name
                out.append(Mention(a, e, text[a:e], type_, text[a:e], rule="suffix"))
                continue
            walked, start = start, self._past_holder(index, bounds.trim_to_place(index, start, s_suf, type_), s_suf)
            if (w := index.word_covering(start)) is not None and w[0] < start and bounds.tags.get(text[w[0] : w[1]]) in _IDIOM_TAGS:
                if w[1] >= s_suf:
                    continue
                start = w[1]  # 全力以赴 | 抓项目: no name starts inside an idiom jieba reads (以赴抓项目)
            if type_ == "Agency" and suffix == _COMMITTEE \
                    and (party := next((p for p in COMMITTEE_OPENERS if text.endswith(p, 0, start)), None)) is not None:
                start -= len(party)  # 中共 | 甲市乙区丙镇委员会: the party's (or the League's) name opens its committee's
            if type_ == "Company" and text[start - 1 : start] in AGENT_MARKERS and bounds.tags.get(suffix, "").startswith("v"):
                continue  # 由甲铜业 | 控股、乙公司参股: after the agent's 由, a suffix that is a verb is what the body does
            if type_ == "Project" and text.startswith(_PLANS, e) and text.endswith(_ENTERED, 0, walked):
                continue  # 纳入 | 甲市城镇老旧小区改造 | 计划: the plan's name, no work
            if type_ == "Place" and text[start : start + 1] in lex.boundaries and (w := index.word_covering(start)) is not None \
                    and w[0] == start and w[1] - w[0] == 2 and bounds.tags.get(text[w[0] : w[1]]) == "f":
                start += 1  # 以北 | 宅街道, where jieba reads 以北 (north of): the preposition opens no place's name
            if type_ == "Place" and suffix in lex.settlement_words:
                start = _past_verbs(index, bounds.tags, start, s_suf)  # 计划建设 | 月川社区
                if start - 1 in index.place_end and index.word_covering(start - 2) == (start - 2, start):
                    start -= 1  # 田横镇 | 上岚村, where jieba reads 镇上: the town's last character glued to the village's first
                town = _town_in(index, start, s_suf)
                if town is not None:
                    out.append(Mention(start, town, text[start:town], "Place", text[start:town], rule="suffix"))
                    start = town  # 叶坪乡 | 华屋村: a village's name holds no town's; the town it is in is written first
            if type_ == "Place" and suffix in STREET_WORDS and (unit := _unit_in(index, lex, start, s_suf)) is not None:
                town = _town_in(index, start, unit) if not text.endswith(level_suffixes("town"), start, unit) else None
                if town is not None:  # 澜湾街道 | 澄波社区 | 锦绣里小区: the town the community is in, written first
                    out.append(Mention(start, town, text[start:town], "Place", text[start:town], rule="suffix"))
                    start = town
                out.append(Mention(start, unit, text[start:unit], "Place", text[start:unit], rule="suffix"))
                start = unit  # 甲街道 | 翠湖路, 乙经济开发区 | 汶源五路: a road's name holds no town's or zone's
            if type_ == "Project" and walked < start and bounds.unlisted_town_at(index, walked) == start:
                out.append(Mention(walked, start, text[walked:start], "Place", text[walked:start], rule="suffix"))
                # 南湾街道 | 翠岭云谷产业园: the town the walk stepped past is a place of its own
            if type_ == "Project" and (cut := next((b for a, b in index.place_span if a < start < b <= s_suf), None)):
                start = cut  # 宝都 | 街道西瓜…项目, where jieba reads 都 alone: a work starts after its town, not inside it
            if type_ == "Project" and walked < start and start - walked >= 2 and any(
                    n.type == "Company" and n.end <= walked and text.startswith(text[walked:start], n.start) for n in out):
                start = walked  # 海信 | 即墨智能制造产业园 after 海信集团…有限公司: the firm's brand opens its work's name
            if type_ == "Project" and text.startswith(lex.work_outputs, start) and (firm := next(
                    (n for n in reversed(out[-4:]) if n.type == "Company" and n.end == start and n.rule == "suffix"), None)):
                start = firm.start  # 湖北甲光电科技有限公司 | 年产500万片…项目: the firm written in full right before
                # its work's output opens the work's fullest name (GUIDE §3)
            if type_ == "Place":
                w = index.word_covering(e - 1)
                if w is not None and w[1] == e and start < w[0] < s_suf and e - w[0] >= 3 \
                        and bounds.tags.get(text[w[0]:e]) == "ns":
                    start = w[0]  # 去 | 玉龙雪山, 季节来 | 长白山: a place jieba knows whole, its suffix inside, is the name
            if start - 1 in index.title_end_set():
                # 副省长曹广晶代表省政府, 董事长满慎刚携集团: the person a title introduces opens no name
                person = person_after(text, start, lex.surnames, self.data.freq)
                if person and start + len(person) < s_suf:
                    start += len(person)
                elif person and start + len(person) == e and type_ == "Place" and index.place_start_end().get(start) != e:
                    continue  # 区长薛天江, 书记谢兆村: the title introduces a person whose name ends like a place
            stem = text[start:s_suf]
            if type_ == "Place" and not stem and s_suf in index.place_end and suffix in ("湾", "河", "山", "岛", "湖"):
                start = index.place_end[s_suf]  # 胶州 + 湾
                stem = text[start:s_suf]
            if start > 0 and text[start - 1] == "等" and suffix in ("项目", "工程") \
                    and (not stem or stem in lex.stop_names or text[start:e] in lex.stop_names):
                # 融通·融园装备制造等产业园项目: the name is the first item with the kind word
                if not stem or lex.suffix_at(stem, len(stem)) is None:
                    # 甲大厦、乙园等项目, 甲快线等重大项目: the items are works named as written (kg_listed_projects);
                    # only a kind word (产业园) after 等 is part of the first item's name
                    continue
                s2, _ = bounds.walk_left(index, start - 1, type_)
                if s2 is not None and s2 < start - 1 and bounds.proper(index, s2, start - 1):
                    out.append(Mention(s2, e, text[s2:e], type_, text[s2 : start - 1] + stem, rule="suffix_list"))
                continue
            if not stem or _NUMBERED_PLAN.fullmatch(stem):
                continue  # 一轴四片区, 三核两带: the parts of a plan counted, no name
            if type_ == "Project" and (year := _YEAR_OPENING.match(stem)) is not None \
                    and all(any(a <= k < b for a, b in index.place_span) for k in range(start + year.end(), s_suf)):
                continue  # 2023年度甲市 | 项目 | 建设突出贡献个人: a year and a place name no work
            if type_ == "Project" and suffix == "项目" and stem.endswith(_FIRM_FORMS):
                continue  # 在甲有限公司 | 项目工地: the firm's project, named by the firm alone, no work's name
            if type_ == "Project" and COUNT.match(text, e):
                continue  # 实施老旧小区改造项目5个: a counted category, as 5个老旧小区改造项目 is
            raw = text[start:e]
            core = lex.scope_re.sub("", raw) if type_ != "Place" else raw
            if raw in lex.stop_names or core in lex.stop_names or not core \
                    or stem in lex.stop_names and not (type_ == "Agency" and stem in lex.scope_zones):
                continue  # (开发区管委会: a zone's word opening a body alone means the page's zone, scope_words.tsv)
            if stem[0] in GENERIC_START and start not in index.place_start_end():
                continue  # (该, 诸: but 诸城市, 诸暨市, places of the divisions data, open names)
            if (w := index.word_covering(start)) is not None and w[0] == start and text[w[0] : w[1]] in DETERMINERS:
                continue  # 本批 | 主要项目, 部分 | 重点企业: a determiner opening the phrase makes it generic
            # a name in quotes needs no proper part (“美丽乡村”示范带 …), a place's does: “民族乐器村” is a nickname
            quoted = start > 0 and text[start - 1] in "《“\"" and e < len(text) and text[e] in "》”\"" and type_ != "Place"
            # 县人民医院 | 院长: an institution named by its scope word, right before its head's title, is the page's own
            titled = type_ == "Organization" and e in title_starts and lex.scope_re.match(raw) is not None
            # 县人民医院, 市第二人民医院, 区实验小学: a division's own public institution, named whole by its unit word
            public = type_ == "Organization" and self._public(raw)
            if proper == 2 and _FUND_AFTER.match(text, e):
                continue  # 下达我区老旧小区改造 | 省级奖补资金: what a fund is for, no work of its own
            if proper == 2 and text[e : e + 1] in ("和", "与", "及"):
                continue  # 甲河流域综合治理和开发建设: a work named by what is done goes on after 和
            if proper == 2 and text.rfind("《", 0, start) > text.rfind("》", 0, start) and text[e : e + 1] != "》":
                continue  # 《甲市老旧小区改造三年行动方案》: what is done, inside a document's title, is its subject
            weak = proper == 2 and not bounds.strongly_proper(index, start, s_suf) \
                and not (type_ == "Organization" and text.startswith(lex.national_prefixes, start))  # (中华甲产业创新联盟:
            # the country's name opens a national alliance's, as a place opens a local one's)
            # a road or another place found before, inside the stem, names the work (甲路(乙路—丙路)道路工程)
            placed = type_ == "Project" and any(start <= n.start and n.end <= s_suf for n in out[-4:]
                                                if n.type == "Place")
            # (澄波社区 | 锦绣里小区: a road or compound the town or community written right before holds, which tells
            # it apart)
            placed = placed or type_ == "Place" and suffix in STREET_WORDS and any(
                n.type == "Place" and n.end == start and n.text.endswith(HOLDING_UNITS) for n in out[-3:])
            # a line named by the abbreviations of the places it joins (京沪 | 高铁, 胶济 | 铁路: jieba's j)
            abbreviated = suffix in lex.work_lines and bounds.tags.get(stem) == "j"
            # a settlement named by two or three characters jieba reads one by one and knows no word of (岚 | 圩 | 社区)
            placed = placed or type_ == "Place" and suffix in lex.settlement_words and self._coined(index, start, s_suf)
            # a reservoir, river or road named so opening a work's name (岚 | 圩 | 水库 | 除险加固工程): the work of a place
            placed = placed or type_ == "Project" and self._coined(index, start, start + 2) \
                and (w := index.word_covering(start + 2)) is not None and w[0] == start + 2 \
                and lex.suffixes.get(text[w[0] : w[1]], ("",))[0] == "Place"
            # a town written with its unit opening a work's name, words of the work after it (溪流镇 | 高标准农田建设项目, where
            # 溪流 is a common word to jieba and the town no division's)
            placed = placed or type_ == "Project" and proper != 2 and any(
                self._town_written(text, start, k) and s_suf - k >= 2 for k in range(start + 3, min(start + 6, s_suf)))
            # an institution found whole opening the work's name names the work (县第一中学 | 新校区, 县人民医院 | 住院综合楼项目)
            placed = placed or type_ == "Project" and any(n.type == "Organization" and n.start == start and n.end <= s_suf
                                                          for n in out[-4:])
            # a village or community opening an institution's name names it (甲村 | 股份经济合作社), found whole or by
            # its unit word alone (kept for now among the unmarked: the institution's name vouches for it)
            placed = placed or type_ == "Organization" and any(
                n.type == "Place" and n.start == start and n.end < s_suf and n.text.endswith(lex.settlement_words)
                for n in (*out[-4:], *unmarked[-2:]))
            # a body found whole opening an institution's name names it (交通运输部 | 科学研究院: the ministry's institute)
            placed = placed or type_ == "Organization" and any(
                text.startswith(w, start) and start + len(w) < s_suf for w in lex.ministries)
            # an edition before a contest or an event (第二届 | 全国智慧农业创新大赛) makes the series' name proper, as
            # its year does
            editioned = (type_ == "Award" or type_ == "Project" and (suffix in lex.event_words or proper == EDITION_ONLY)) \
                and (_EDITION_OPENING.match(text, start) or _EDITION.search(text, max(0, start - 8), start)) is not None
            # a section of the work in brackets after its name (农村公路提升工程（甲村至乙村段）): a work of common words made
            # one by the stretch it covers, whose name the brackets end
            section = _SECTION.match(text, e) if type_ == "Project" else None
            if type_ == "Project" and suffix in ("项目", "工程") and (inner := next(
                    (k for k in range(len(out) - 1, max(-1, len(out) - 4), -1) if out[k].type == "Project"
                     and out[k].end == s_suf and out[k].start < start), None)) is not None:
                a = out[inner].start  # 甲湖生态修复及环湖绿道 | 工程: the work named whole right before its kind word, over a
                out[inner] = Mention(a, e, text[a:e], type_, lex.strip_owner(text[a:e]), rule="suffix")  # 及 this walk
                continue  # stopped at, keeps the kind word
            if weak or proper and not quoted and not placed and not abbreviated and not titled and not public \
                    and not editioned and section is None and not bounds.proper(index, start, s_suf) \
                    and not bounds.proper_word_in(index, start, e, s_suf):
                lead = _industry_start(index, bounds, start, s_suf) if type_ == "Project" and not weak else None
                inner = next((k for k in range(len(out) - 1, max(-1, len(out) - 4), -1) if out[k].type == "Project"
                              and out[k].end == s_suf and out[k].start >= start), None) if type_ == "Project" else None
                if inner is not None and suffix in ("项目", "工程"):
                    a = out[inner].start  # 高端精密轴承产业基地 | 项目: the work named right before its kind word keeps it
                    out[inner] = Mention(a, e, text[a:e], type_, lex.strip_owner(text[a:e]), rule="suffix")
                    continue
                if lead is not None and _bare_len(text[lead:s_suf], lex.work_units) <= 12:
                    # 人工智能产业集聚区, 高端新材料产业集聚区: a zone named by the industry it gathers
                    start, raw = lead, text[lead:e]
                    out.append(Mention(start, e, raw, type_, lex.strip_owner(raw), rule="suffix"))
                    continue
                if not (type_ == "Place" and LOCATIVE.match(text, e)):
                    if _bare_len(stem, lex.work_units) <= 12:
                        unmarked.append(Mention(start, e, raw, type_, lex.strip_owner(raw), rule="suffix"))
                    continue
            if type_ in ("Agency", "Place") and len(suffix) == 1:
                w = index.word_covering(s_suf)
                if w is not None and w[0] < s_suf and text[w[0] : w[1]] in lex.stop_names:
                    if not (type_ == "Place" and LOCATIVE.match(text, e)):
                        continue  # 格局, 布局, 非公路
            if type_ == "Agency" and len(suffix) == 1 and text[start - 1 : start] == "“" and text[e : e + 1] == "”":
                continue  # “一窗通办”: a reform's slogan in quotes (办: to handle), no body
            if type_ == "Place" and text[start - 1 : start] == "“" and text[e : e + 1] == "”" \
                    and (e + 1 < len(text) and "\u4e00" <= text[e + 1] <= "\u9fff"):
                continue  # “四好农村路”示范路: a slogan in quotes opening a name, no place
            if text[start - 1 : start] == "“" and text[e : e + 1] == "”" and text.startswith(SLOGAN_NOUNS, e + 1):
                continue  # 坚持“海洋强市”战略: a slogan in quotes, the strategy's name, no honour or body
            if type_ == "Agency" and suffix == "局" and stem[-1:] in NUMBERED and not bounds.anchored(index, start):
                type_ = "Company"  # 中建七局, 中铁十四局: a state firm's numbered bureau, no government's
            if self._firm_committee(index, start, s_suf, suffix):
                # 中国重汽党委书记: the party committee of a body named without a body's suffix, after no
                # place, is a firm's (a government's ends 委, 局, 人大 …); the post is the firm's (GUIDE)
                out.append(Mention(start, s_suf, stem, "Company", stem, rule="suffix"))
                continue
            if type_ == "Agency" and not bounds.anchored(index, start) and not bounds.proper(index, start, s_suf) \
                    and not self._zone_body(text, s_suf, suffix) and not text.startswith(tuple(lex.ministries), start) \
                    and not self._town_written(text, start, s_suf):
                continue  # 强化政府, 产业布局: a body's name starts with a place, a scope word or a proper name
                # (or a ministry's: 工业和信息化部办公厅)
            # the firm a work is named after adds no words either (京东方科技集团股份有限公司 | 华北区域总部项目), nor
            # the places it opens with when no verb follows them (厦门 | 新机场片区综合交通枢纽项目; not 青岛西海岸新区 |
            # 锚定高质量发展方向大抓项目, a clause about the place)
            host = next((n for n in out[-6:] if type_ == "Project" and n.type in ("Company", "Organization")
                         and n.start < start < n.end < s_suf), None)
            if host is not None and index.word_covering(start) == (start, host.end) and text[start : host.end] in self.data.freq:
                # 李沧区中心医院 | 门诊医技综合楼改扩建项目: a work begun inside an institution's name is named after
                # it, with the places an institution named by one common word (中心医院) needs (白塔九年一贯制学校
                # needs none)
                start, raw, stem = host.start, text[host.start : e], text[host.start : s_suf]
            firm_end = max((n.end for n in out[-6:] if n.type in ("Company", "Organization")
                            and (n.start == start or n is host) and n.end < s_suf), default=start)
            if firm_end == start and type_ == "Project":
                after = index.place_end_after(start, s_suf)
                # (a place the suffix rule named opening it too: 青岛港 | 董家口港区…码头二期工程)
                after = max((n.end for n in out[-4:] if n.type == "Place" and start <= n.start <= after < n.end < s_suf),
                            default=after)
                if not self._has_verb(index, start, s_suf) or after > start and self._names_thing(index, after, s_suf):
                    firm_end = after
            # (a route is named by both its ends: 甲坝镇至乙口镇公路改建工程 is counted from its second end on; a work
            # done to a work named right before, 甲镇有机蔬菜标准化基地 | 提质项目, from that work's end)
            counted_from = max(firm_end, text.rfind("至", firm_end, s_suf) + 1,
                               max((n.end for n in out[-4:] if n.type == "Project" and start <= n.start
                                    and s_suf - _DONE_TO_A_WORK <= n.end < s_suf), default=start),
                               # (甲历史文化街区 | 保护提升工程: from a place the suffixes named inside the name)
                               max((n.end for n in out[-4:] if n.type == "Place" and start <= n.start < n.end < s_suf),
                                   default=start))
            if type_ == "Project" and _bare_len(_without_acronym(text[counted_from:s_suf]), lex.work_units, parts=True) > 12 \
                    and not quoted and "·" not in stem and not (editioned and _bare_len(stem, lex.work_units) <= _EVENT_WORDS) \
                    and not (_item_head(text, walked, e) or _item_head(text, start, e)):
                # (2025年全国县域商业体系建设工作现场推进会: an event's year or edition makes a longer name one)
                # a long run of words is a description (an acronym before it adds no words: RCEP…); but a work
                # named right before this suffix keeps it (恒锐新能源储能电池生产基地 | 项目: one name)
                inner = next((k for k in range(len(out) - 1, max(-1, len(out) - 5), -1)
                              if out[k].type == "Project" and out[k].end == s_suf and out[k].start >= start), None)
                if inner is not None:
                    a = out[inner].start
                    out[inner] = Mention(a, e, text[a:e], type_, lex.strip_owner(text[a:e]), rule="suffix")
                continue
            if type_ in ("Place", "Project", "Organization") and (
                    type_ == "Organization" and text.startswith(lex.honour_levels, start) or any(
                    text.startswith(lex.honour_levels, e_place) for e_place in index.place_end if start < e_place < s_suf)):
                # 山东 | 省级化工园区, 省级高水平中职学校: a level makes a kind of thing, no name of one (a work may
                # open with its level: 国家级海洋药物中试基地)
                continue
            if type_ == "Place" and len(stem) > (6 if len(suffix) == 1 else 18 if lex.zone_suffix(text[:e]) else 10):
                continue  # roads, rivers and villages have short names; zones long ones (中国—上海合作组织地方经贸合作示范区)
            if type_ == "Place" and len(suffix) >= 2 and suffix in lex.stop_names and self._says_what(index, s_suf):
                continue  # 深度融入 | 新区, 讲好 | 新区: a generic place word after what is said of it (the district's own)
            if type_ == "Place" and suffix in lex.settlement_words and bounds.tags.get(text[s_suf - 1]) == "v" \
                    and (index.word_covering(s_suf) == (s_suf - 1, e) or index.word_covering(s_suf - 1) == (s_suf - 1, s_suf)):
                continue  # 甲村驻村, 进村: a one-character verb before a settlement's word (one word with it, or
                # one of its own) says where one goes (环路 is a kind of road)
            if type_ == "Place" and len(suffix) == 1 and _SETTLED_STEM.search(stem):
                continue  # 芦岭村 | 黄河大米: a village's name and a character before a river's or a road's word name the
                # village (a place of its own) and what is of it, no river of the village's name
            if type_ == "Place" and any(w in stem for w in ("北部", "南部", "东部", "西部")) and suffix in ("区域",):
                continue
            if type_ == "Project":
                after_places = index.place_end_after(start, s_suf)
                if after_places == start:  # a zone written short is a place too: 高新区 | 坚持 | 项目
                    after_places += next((len(w) for w in lex.place_abbreviations if text.startswith(w, start)), 0)
                if _PART_OF_PLACE.fullmatch(text, after_places, s_suf):
                    continue  # 芝罘南部项目: the projects of a part of a place, no project's name
                if after_places > start and index.word_ending(s_suf) == after_places \
                        and bounds.tags.get(text[after_places:s_suf], "") == "v":
                    continue  # 即墨区坚持项目为王: a place and a verb before 项目 name no work
            if type_ == "Agency" and ASSOCIATION.search(stem):
                type_ = "Organization"  # 行业协会校服专业委员会: a committee of an association
            if suffix in lex.part_suffixes and (parent := lex.head_re.match(raw)) is not None \
                    and lex.heads[parent.group()][1] != type_ and parent.end() < len(stem) \
                    and not (type_ == "Organization" and lex.heads[parent.group()][1] == "Agency"):
                # 中国人民银行青岛市中心支行: a branch is of its body's kind; but a government's institute is a public
                # institution, no government body (交通运输部 | 科学研究院)
                type_ = lex.heads[parent.group()][1]
            if (
                len(raw) > len(suffix) + 1
                and any(raw[k:] in lex.stop_names for k in range(1, len(raw) - len(suffix)))
                and not (type_ == "Place" and LOCATIVE.match(text, e))
            ):
                continue  # 黄岛街道建立在建项目, 更多大项目: a generic phrase at the end makes it generic
            if type_ == "Project" and (code := LINE_CODE.match(text, e)) is not None:
                railway, e = raw, code.end()  # 甲乙城际铁路 | F3线: the line's code (and section) belong to its name
                raw = text[start:e]
                at = e
                while (nxt := _NEXT_LINE.match(text, at)) is not None:  # …F3线和F4线: the railway's line F4 too
                    code_text = nxt.group("code")
                    out.append(Mention(nxt.start("code"), nxt.end(), code_text, type_,
                                       lex.strip_owner(railway) + code_text, rule="suffix"))
                    at = nxt.end()
            if type_ == "Project" and 0 < (k := raw.find("项目")) and k + 2 < s_suf - start \
                    and not bounds.proper(index, start, start + k) and start + k + 2 in index.starts:
                start, raw = start + k + 2, text[start + k + 2 : e]  # 主会场项目 | 瓯海智能电器产业园: a generic
                # project word before a name says what part it plays, it is no part of the name
            if type_ == "Project" and suffix in lex.part_suffixes:
                k = max(raw.rfind(kind, 0, len(raw) - len(suffix)) for kind in ("项目", "工程"))
                if k > 0 and bounds.proper(index, start, start + k):
                    # 甲学校建设项目 | 教学综合楼: a building of the work named before it, which is the work the news is
                    # about (and named so already, by its own kind word)
                    if not any(n.start == start and n.end == start + k + 2 and n.type == type_ for n in out[-4:]):
                        out.append(Mention(start, start + k + 2, text[start : start + k + 2], type_,
                                           lex.strip_owner(text[start : start + k + 2]), rule="suffix"))
                    continue
            edition = _EDITION.search(text, max(0, start - 8), start) if type_ == "Award" or type_ == "Project" and (
                suffix in lex.event_words or proper == EDITION_ONLY) else None
            if edition is not None:
                start, raw = edition.start(), text[edition.start() : e]  # 2025 | 潍坊滨海半程马拉松, 第九届 | 甲技能大赛:
                # an event's or a prize's year or edition is part of its name (the next year's is another one)
            elif proper == EDITION_ONLY and not _EDITION_OPENING.match(text, start) \
                    and not _EDITION_OPENING.match(text, index.place_end_after(start, s_suf)):
                continue  # 甲区城市更新动员大会: a meeting, no event of a series (2024年甲区…大会, the walk took its year;
                # 即墨区 | 2025年…大会, the places it is of before the year)
            if section is not None and e == section.start():
                e = section.end()
                raw = text[start:e]
            out.append(Mention(start, e, raw, type_, lex.strip_owner(raw), rule="suffix"))
        works_at = {m.start for m in out if m.type == "Project"}
        out = [m for m in out if not (m.type == "Project" and _PHASE.fullmatch(m.text, len(m.text) - 2) and m.end in works_at)]
        # (甲公司二期 | 年产10万锭纺纱项目: the phase is the next work's, no work of its own)
        out += self._phases_of_places(index, out)
        sections, cut = self.line_sections(index, out)
        out = [m for m in out if m not in cut] + sections
        out += self.listed_with_bodies(index, out) + self.clause_subjects(index)
        out += self.before_titles(index, title_starts) + self.alone_on_lines(index) + self.posts_given(index, title_starts) \
            + self.sections_of_bureaus(index, title_starts) \
            + (self.venues(index) if "中心" in text else []) \
            + self.vouched(index, out, unmarked, _tagger_names(doc))
        out += self.named_without_places(index, out)
        return self._works_opened_by_brands(index, out, self.brands_alone(index, out))

    def named_without_places(self, index: NameIndex, named: list[Mention]) -> list[Mention]:
        """A school, hospital or other institution (or a work: 甲县人民医院新院区 … 县人民医院新院区) named in full, then
        without the places it opens with (德城区运河实验学校 … 运河实验学校位于…): the short name, four characters or
        more and ending in the institution's suffix,
        written where no name was found, names the institution of the full name: every county has its 人民医院, so the
        short name is no name of its own across pages.  A short name two full names of the page end in names none."""
        text, lex, out = index.text, self.data.lex, []
        spans = [(m.start, m.end) for m in named]
        starts = index.place_start_end()
        forms: dict[tuple[str, str], set[str]] = {}
        for m in named:
            if m.type not in _SHORTENED_TYPES or m.start not in starts:
                continue
            at = m.start
            while at in starts and starts[at] < m.end:
                at = starts[at]
            rest = text[at : m.end]
            hit = lex.suffix_at(rest, len(rest))
            if len(rest) >= 4 and hit is not None and hit[1] == m.type and len(rest) > len(hit[0]) + 1 \
                    and rest not in lex.stop_names:
                forms.setdefault((rest, m.type), set()).add(m.name)
        for k, m in enumerate(named):
            scope = lex.scope_re.match(m.text) if m.type in _SHORTENED_TYPES and m.start not in starts else None
            if scope is None or m.text.startswith(lex.scope_wholes):
                continue
            rest = m.text[scope.end() :]
            full = forms.get((rest, m.type), set())
            name = next(iter(full)) if len(full) == 1 else ""
            if name.endswith(rest) and name[: -len(rest)].endswith(scope.group(1)):
                # 钢城区人民医院新院区 … 区人民医院新院区: the unit word stands for the place the full name opens with
                named[k] = replace(m, name=name)
        # the longest first: 县人民医院新院区 is the campus, not the hospital and two more words
        for (form, type_), full in sorted(forms.items(), key=lambda f: (-len(f[0][0]), f[0])):
            if len(full) != 1:
                continue
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                if at in index.starts and not any(a < end and at < b for a, b in spans):
                    out.append(Mention(at, end, form, type_, next(iter(full)), rule="suffix_short"))
                    spans.append((at, end))
                at = text.find(form, end)
        return out

    def _works_opened_by_brands(self, index: NameIndex, out: list[Mention], brands: list[Mention]) -> list[Mention]:
        """``out`` and ``brands``, a work's name run on over the firm's brand written right before it (鑫泰传动 |
        年产30万套…项目, the firm named in full elsewhere): the brand is then no name of its own there."""
        text, lex = index.text, self.data.lex
        works = {m.start: k for k, m in enumerate(out) if m.type == "Project"}
        alone = []
        for brand in brands:
            k = works.get(brand.end)
            if k is None:
                alone.append(brand)
                continue
            work = out[k]
            out[k] = Mention(brand.start, work.end, text[brand.start : work.end], "Project",
                             lex.strip_owner(text[brand.start : work.end]), rule=work.rule)
        # (宏耀 | 年产8万吨…项目, 四川宏耀新能源科技有限公司 named in full: a brand of two characters, too short to
        # stand alone as the firm, still opens the work whose yearly output follows it)
        short = {b for m in out if m.type == "Company" and (b := self._short_brand(index, m))}
        # (山东启航化学品有限公司，投资8亿元建设 | 启航 | 高纯…基地项目: a brand jieba knows as a word still opens
        # the work its firm, named in the same sentence, builds)
        building = {(m.end, b) for m in out if m.type == "Company" and (b := self._short_brand(index, m, words=True))}
        for k, work in enumerate(out):
            brand = text[work.start - 2 : work.start]
            if work.type != "Project" or work.start - 2 not in index.starts:
                continue
            if brand in short and text.startswith(lex.work_outputs, work.start) or any(
                    b == brand and end <= work.start - 2 and not any(c in "。；;！？\n" for c in text[end : work.start])
                    for end, b in building) and self._built(index, work.start - 2):
                out[k] = Mention(work.start - 2, work.end, text[work.start - 2 : work.end], "Project",
                                 lex.strip_owner(text[work.start - 2 : work.end]), rule=work.rule)
        return out + alone

    def _built(self, index: NameIndex, pos: int) -> bool:
        """Whether a verb of building (work_names.tsv ``build``: 建设, 投资建设 …) ends at ``pos``."""
        return index.text.endswith(self.data.lex.work_builds, 0, pos)

    def _phases_of_places(self, index: NameIndex, found: list[Mention]) -> list[Mention]:
        """A park, town or zone named with its phase right after (甲康养度假小镇 | 二期由乙建设): the phase is a work,
        being built (GUIDE §2), named by both; a phase with a work's kind word after it (二期工程) the suffix rule
        reads already."""
        text, out = index.text, []
        for m in found:
            if m.type == "Place" and m.rule == "suffix" and (phase := _PHASE.match(text, m.end)) is not None:
                if any(n.type == "Project" and n.start <= m.start and n.end > phase.end() for n in found):
                    continue  # (…小镇二期工程: the suffix rule read the work with its kind word)
                end = phase.end()
                kind = next((text[end : end + n] for n in range(self.data.lex.max_suffix, 1, -1)
                             if self.data.lex.suffixes.get(text[end : end + n], ("",))[0] == "Project"), "")
                end += len(kind)  # (…小镇二期 | 工程: the work's kind word after the phase is the name's)
                out.append(Mention(m.start, end, text[m.start : end], "Project", text[m.start : end], rule="suffix"))
        return out

    def _road_works(self, index: NameIndex, work: Mention) -> bool:
        """Whether a work's name is a road's name and what is done to it (人民 | 路 | 改造工程, 解放 | 路 | 拓宽提升工程):
        a word of two characters or more, a street word of its own (STREET_WORDS; not 道路, one word), then a repair
        of work_names.tsv right after it."""
        text, lex = index.text, self.data.lex
        for k in range(work.start + 2, work.end - 2):
            street = next((w for w in STREET_WORDS if text.startswith(w, k) and w != "小区"), None)
            if street is None:
                continue
            first = index.word_covering(work.start)
            return first is not None and first == (work.start, k) and k + len(street) in index.starts \
                and index.word_covering(k) == (k, k + len(street)) and text.startswith(lex.work_repairs, k + len(street))
        return False

    def _short_brand(self, index: NameIndex, firm: Mention, words: bool = False) -> str | None:
        """The two characters after the places a firm named in full with its legal form opens with (四川 | 宏耀新能源
        科技有限公司 → 宏耀), when they are no word jieba knows and no place's name (whatever they are, with ``words``)."""
        if firm_core(firm.name) == firm.name:
            return None
        starts, at = index.place_start_end(), firm.start
        while at in starts and starts[at] < firm.end:
            at = starts[at]
        brand = index.text[at : at + 2]
        if len(brand) < 2 or at + 2 >= firm.end or not words and (is_word(brand) or self.data.gaz.lookup(brand)):
            return None
        return brand

    def brands_alone(self, index: NameIndex, named: list[Mention]) -> list[Mention]:
        """A firm named in full, then by its brand alone (潍柴动力股份有限公司 … 潍柴动力副总裁李志刚): the brand,
        written as words of its own outside every name found (a shorter one inside it gives way: 翠河 | 智能, no
        river) and ending inside no place (甲市乙泉 of 甲市乙泉街道), is the firm (resolution joins the two). A brand
        that is a place or holds no proper part is no firm's alone, unless a post's title follows it (润泽水务总经理)."""
        text, bounds, out = index.text, self.data.bounds, []
        spans = [(m.start, m.end) for m in named]
        title_starts = {a for a, _ in index.title_spans}
        places = set(index.place_span)
        # (and the firms written in full opening a work's name: 山东翠河智能装备有限公司 | 年产…项目 … 翠河智能)
        firms = [m for m in named if m.type == "Company"] + [
            Mention(m.start, m.start + len(f), f, "Company", f) for m in named
            if m.type == "Project" and (f := firm_opening(m.text)) is not None]
        cores = {firm_core(m.name) for m in firms}
        brands = {f for m in firms for f in self._brands(index, m)}
        for core in sorted(cores | brands | {f for m in firms for f in self._short_forms(index, m)}):
            if len(core) < 3 or core in self.data.lex.stop_names:
                continue  # (two characters are too often a word of another name: resolution joins none)
            at = text.find(core)
            while at >= 0:
                end = at + len(core)
                if (at in index.starts or self._glued_after_marker(index, at)) and end in index.ends \
                        and (at, end) not in places and not any(a < end < b for a, b in places) \
                        and not (text[end : end + 1].isascii() and text[end : end + 1].isalnum()) \
                        and not any(a < end and at < b and not at <= a < b <= end for a, b in spans) \
                        and (end in title_starts or core not in brands and bounds.proper(index, at, end)):
                    # (润泽水务 | 总经理: everyday words, but the firm named in full on the page, and a post after it)
                    out.append(Mention(at, end, core, "Company", core, rule="suffix_brand"))
                at = text.find(core, at + 1)
        return out

    @staticmethod
    def _glued_after_marker(index: NameIndex, at: int) -> bool:
        """Whether jieba's word covering ``at`` opens one character before it with a preposition or conjunction
        (由宏耀 | 铝业 of 由宏耀铝业投资建设): a name the page gave in full may start inside that word."""
        word = index.word_covering(at)
        return word is not None and word[0] == at - 1 and index.text[at - 1] in _GLUED_MARKERS

    def _brands(self, index: NameIndex, m: Mention) -> set[str]:
        """The three characters after the places a firm's full name opens with, when they are no word jieba
        knows (山东金厨坊厨业有限公司 → 金厨坊): its brand, a name alone only right before a post's title
        (金厨坊董事长宋志刚)."""
        text = index.text
        core = firm_core(text[m.start : m.end])
        if core == text[m.start : m.end]:
            return set()
        spans, at = index.place_start_end(), m.start
        while at in spans and spans[at] < m.start + len(core):
            at = spans[at]
        brand = text[at : at + 3]
        return {brand} if at > m.start and at + 3 < m.start + len(core) and brand not in self.data.freq else set()

    def _short_forms(self, index: NameIndex, m: Mention) -> set[str]:
        """The short names a page may give a firm it names in full with its legal form: the words after
        the places it opens with (its brand and trade), or its brand and one of its industry words
        (杭州晟岳新材料科技股份有限公司 → 晟岳新材料科技, 晟岳新材料, 晟岳科技; 哈尔滨北菌生物科技有限公司 →
        北菌生物; 济南瑞泰新材料股份有限公司 → 瑞泰新材, the trade cut to two characters). A brand is taken as two or
        three characters; the form must be four or more."""
        text = index.text
        core = firm_core(text[m.start : m.end])
        if core == text[m.start : m.end] or m.end - m.start > 30:
            return set()  # no legal form: no full name
        spans, at, end = index.place_start_end(), m.start, m.start + len(core)
        while at in spans and spans[at] < end:
            at = spans[at]
        if at > m.start and (k := self.data.gaz.inside_at(text[m.start : at], text, at)) and at + k + 2 <= end:
            at += k  # 河北 | 无极 | 瑞丰纸业: a county jieba reads as a common word, inside the province before it
        rest = text[at:end]
        forms = {rest} if at > m.start else set()
        for k in (2, 3):
            for word in self.data.lex.industry_words:
                if word in rest[k:]:
                    forms.add(rest[:k] + word)
                    if len(word) >= 3 and rest[k:].startswith(word):
                        forms.add(rest[:k] + word[:2])  # 瑞泰新材料 → 瑞泰新材: the trade cut to two characters
        # (the longest trade word it ends with: 粤电海能 | 新能源, not 粤电海能新 | 能源)
        trade = max((w for w in self.data.lex.industry_words if rest.endswith(w) and len(rest) - len(w) >= 4),
                    key=lambda w: (len(w), w), default=None)
        first = index.word_covering(at)
        if trade and not (first is not None and self.data.bounds.tags.get(text[first[0] : first[1]], "").startswith("ns")):
            # (not when a place opens what is left: 兰州 | 黄河文化传媒有限公司 leaves 黄河文化, no brand)
            forms.add(rest[: -len(trade)])  # 安徽凌锐智驾科技有限公司 → 凌锐智驾: the name without its last trade word
        if at > m.start and (brand := self._short_brand(index, m)) is not None and text.startswith(brand, at):
            forms.add(text[m.start : at] + brand)  # 河北宏耀汽车零部件有限公司 → 河北宏耀: its places and its brand
        return {f for f in forms if len(f) >= 4}

    def line_sections(self, index: NameIndex, named: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """A section of a road or railway, the line's name, a place and a section word (济南至潍坊高速公路 | 潍坊 |
        段): a work (GUIDE: a road being built is a Project), named from the places the line joins (济南至 …).
        Returns the sections and the lines' names they show cut (潍坊高速公路 of 济南至潍坊高速公路)."""
        text, lex, out, cut = index.text, self.data.lex, [], []
        spans = index.place_start_end()
        for m in named:
            if m.type != "Place" or not m.text.endswith(lex.work_lines) or m.end not in spans:
                continue
            at = spans[m.end]
            while text[at : at + 1] == "至" and at + 1 in spans:
                at = spans[at + 1]  # 潍坊 | 至 | 青岛段
            section = next((w for w in lex.work_sections if text.startswith(w, at)), None)
            if section is None:
                continue
            start = m.start
            if text[start - 1 : start] == "至" and start - 1 in index.place_end:
                start = index.place_end[start - 1]  # 济南 | 至 | 潍坊高速公路: the line is named after both ends
                cut.append(m)
            end = at + len(section)
            out.append(Mention(start, end, text[start:end], "Project", text[start:end], rule="suffix"))
        return out, cut

    def _past_holder(self, index: NameIndex, start: int, s_suf: int) -> int:
        """``start`` moved past a person's name and the verb giving the post (HOLDING) that open the
        words before a suffix: 李建国任 | 市教育局, 孙立华任 | 教务处 name the person, then the body."""
        held = name_before_verb(index.text, start, s_suf, HOLDING, self.data.lex.surnames, self.data.freq)
        return start if held is None else held

    def _post_given(self, index: NameIndex, s_suf: int) -> int | None:
        """Where the body of a post given to a person starts, the body's suffix at ``s_suf`` and the post's
        title after it: right after a person's name and the verb (HOLDING; or 为 of 任命X为) in the same clause;
        ``None`` when no such verb comes first."""
        text, lex = index.text, self.data.lex
        for k in range(s_suf - 1, max(-1, s_suf - MAX_NAME), -1):
            if text[k] in PUNCT or text[k].isspace():
                return None
            verb = next((v for v in (*HOLDING, APPOINTED) if text.startswith(v, k)), None)
            if verb is not None and k + len(verb) < s_suf \
                    and name_start_before(text, k, verb, index.starts, lex.surnames, self.data.freq) is not None:
                return k + len(verb)
        return None

    def posts_given(self, index: NameIndex, title_starts: set[int]) -> list[Mention]:
        """The bodies of posts given to a person (孙立华任 | 教务处 | 处长, 王海鹏任 | 智能制造与信息工程学院 | 院长,
        任命焦文慧为 | 经济发展局 | 局长):
        the words between the verb and the title, ending in a body's suffix, name the body whole, however
        plain they are (a university's 教务处 has no proper part)."""
        text, lex = index.text, self.data.lex
        out = []
        for t in sorted(title_starts):
            hit = lex.unit_suffix_at(text, t)  # (处 of 教务处 | 处长 too)
            if hit is None or hit[1] not in _BODIES:
                continue
            given = self._post_given(index, t - len(hit[0]))
            if given is not None and text[given:t] not in lex.stop_names and not text.startswith(DEMONSTRATIVES, given):
                # (任 | 该公司 | 总经理: the firm named before, which coreference finds, no name of its own)
                out.append(Mention(given, t, text[given:t], hit[1], lex.strip_owner(text[given:t]), rule="suffix_post"))
        return out

    def before_titles(self, index: NameIndex, title_starts: set[int]) -> list[Mention]:
        """Bodies named by a suffix of ``title_suffixes`` (proper = 3 in suffixes.tsv) right before a post
        title: 区政务服务中心 | 主任, 淄博市营商环境建设中心 | 主任; opened by a place, a scope word or a proper name."""
        out = []
        for t in sorted(title_starts):
            m = self._body_ending_at(index, t)
            if m is not None:
                out.append(m)
        return out

    def clause_subjects(self, index: NameIndex) -> list[Mention]:
        """Bodies named by a suffix of ``title_suffixes`` (中心) that make a clause with a verb of ``boundaries.txt``
        alone (…主办，甲县创新创业服务中心承办，…; …，乙中心牵头。): the clause's subject is a body, as before a title."""
        text, lex, out = index.text, self.data.lex, []
        centres = tuple(w for w in lex.title_suffixes if w not in lex.title_parts)
        for hit in _CLAUSE_VERB_END.finditer(text):
            t = hit.start()
            verb = next((v for v in (text[t - 2 : t], text[t - 3 : t]) if v in lex.boundaries), None)
            if verb is None or not text.endswith(centres, 0, t - len(verb)):
                continue
            m = self._body_ending_at(index, t - len(verb))
            if m is not None and (m.start == 0 or text[m.start - 1] in "，,；;：:\n"):
                out.append(m)
        return out

    def listed_with_bodies(self, index: NameIndex, named: list[Mention]) -> list[Mention]:
        """Bodies named by a suffix of ``title_suffixes`` (proper = 3: 中心) listed with a named body, one 、 apart
        (甲局、乙区就业服务中心、丙联合会承办): an item of a list of bodies is a body, as it is before a post title."""
        text, lex, out = index.text, self.data.lex, []
        centres = tuple(w for w in lex.title_suffixes if w not in lex.title_parts)  # (not 股 of 控股: a section's word)
        bodies = [m for m in named if m.type in _BODIES]
        ends, starts = {m.end for m in bodies}, {m.start for m in bodies}
        for hit in _LIST_MARK.finditer(text):
            a = hit.start()
            if a in ends and (m := self._body_ending_at_list(index, a + 1, centres)) is not None:
                out.append(m)  # 甲局、| 乙中心: after a body
            elif a + 1 in starts and text.endswith(centres, 0, a) and (m := self._body_ending_at(index, a)) is not None:
                out.append(m)  # 乙中心 | 、丙联合会: before one
        return out

    def _body_ending_at_list(self, index: NameIndex, start: int, centres: tuple[str, ...]) -> Mention | None:
        """The body named by a suffix of ``centres`` that opens at ``start``: the suffix ending nearest after it, within
        a name's reach and before any punctuation."""
        text = index.text
        for t in range(start + 2, min(len(text), start + MAX_NAME) + 1):
            if text[t - 1] in PUNCT:
                return None
            if not text.endswith(centres, 0, t):
                continue
            m = self._body_ending_at(index, t)
            if m is not None and m.start == start and t in index.ends:
                return m
        return None

    def sections_of_bureaus(self, index: NameIndex, title_starts: set[int]) -> list[Mention]:
        """A bureau's section (a suffix of ``title_parts``: 处, 科, 股) written right after the bureau, wherever it
        stands, not only before a post (联系人：市财政局预算科 王某, 甲委重点项目处牵头): named after the bureau, its
        own words two to eight characters of what it does (企业 | 服务处, 预算科, 资源配置与管理处; not 依法 | 处置,
        会同…处理: no word ends at the suffix there)."""
        text, lex, out = index.text, self.data.lex, []
        for part in sorted(lex.title_parts):
            for hit in re.finditer(re.escape(part), text):
                t = hit.end()
                if t in title_starts or t not in index.ends:
                    continue  # (before a title: before_titles reads it; 科 of 科技: no word's end)
                section = self._section_ending_at(index, t, part)
                if section is not None:
                    out.append(section)
        return out

    def _section_ending_at(self, index: NameIndex, t: int, part: str) -> Mention | None:
        """The bureau's section whose suffix ``part`` ends at ``t`` (sections_of_bureaus), or None."""
        text, lex, bounds = index.text, self.data.lex, self.data.bounds
        s_suf = t - len(part)
        bureau = next((k for k in range(s_suf - 2, max(0, s_suf - 8) - 1, -1)
                       if (b := lex.suffix_at(text, k)) is not None and b[1] == "Agency"), None)
        if bureau is None or not self._noun_words(index, bureau, s_suf):
            return None
        kind_at = bureau - len(lex.suffix_at(text, bureau)[0])  # where the bureau's kind word starts (局)
        start, _ = bounds.walk_left(index, kind_at, "Agency")
        if start is None or start >= kind_at:
            return None
        start = bounds.trim_to_place(index, start, bureau, "Agency")
        start -= len(next((p for p in PARTY_NAMES if text.endswith(p, 0, start)), ""))  # (中共 | 甲市委组织部…)
        return Mention(start, t, text[start:t], "Agency", lex.strip_owner(text[start:t]), rule="suffix")

    def _noun_words(self, index: NameIndex, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is made of jieba's words that name what a section does (企业, 预算, 教科文; the
        last may run on over the suffix: 服务处), none a function word, adverb, pronoun or figure (与 may join two)."""
        text, tags, k = index.text, self.data.bounds.tags, start
        if not all("\u4e00" <= c <= "\u9fff" for c in text[start:end]):
            return False
        while k < end:
            w = index.word_covering(k)
            if w is None or w[0] != k:
                return False
            word = text[w[0] : min(w[1], end)]
            tag = tags.get(word, "n")
            joining = word in CONJUNCTIONS and start < w[0] and w[1] < end  # (资源配置 | 与 | 管理处)
            if tag.startswith(_NOT_SECTION_TAGS) and w[1] <= end and not joining:
                return False
            k = w[1]
        return True

    def venues(self, index: NameIndex) -> list[Mention]:
        """Bodies named by a suffix of ``title_suffixes`` (中心) between 在 and an event's verb (在县会展中心举行): the
        venue, named here as the body it also is; settle.venues_of_events makes it a place, whichever source named it."""
        out = []
        for end in (k.end() for k in re.finditer("中心", index.text)):
            m = self._body_ending_at(index, end)
            if m is not None and held_at(index.text, m.start, m.end):
                out.append(m)
        return out

    def _town_written(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a town written with its unit (翠垟镇, before 人民政府), the divisions data's or
        not, its unit no common word's end (城镇, 乡镇)."""
        if _TOWN_WRITTEN.fullmatch(text, start, end) is None:
            return False
        unit_at = _TOWN_UNIT_END.search(text, start, end).start()
        return self.data.freq.get(text[unit_at - 1 : unit_at + 1], 0) < COMMON_PAIR

    def alone_on_lines(self, index: NameIndex) -> list[Mention]:
        """Bodies named by a suffix of ``title_suffixes`` that are a line of their own, as a list's items are
        (区财政局预算股 under 一、先进集体（8个）): the whole line is the name, opened by a place, a scope word or a
        proper name, as before a title."""
        text, out = index.text, []
        for line in _LINE.finditer(text):
            m = self._body_ending_at(index, line.end("name"))
            if m is not None and m.start == line.start("name"):
                out.append(m)
        return out

    def _body_ending_at(self, index: NameIndex, t: int) -> Mention | None:
        """The body named by a suffix of ``title_suffixes`` ending at ``t``, if its words make a name."""
        text, lex, bounds = index.text, self.data.lex, self.data.bounds
        # (longest first: 服务中心 before 中心, as 服务 ends names on its left)
        hit = next(((w, type_) for w, type_ in lex.title_suffixes.items() if text.endswith(w, 0, t)), None)
        if hit is None:
            return None
        s_suf = t - len(hit[0])
        start, _ = bounds.walk_left(index, s_suf, hit[1])
        if (start is None or start >= s_suf) and hit[0] in lex.title_parts:
            # 甲局纳税服务股 | 股长: the walk stops at a word that ends names (服务); a section's words after its
            # bureau name it as they do where no post follows
            return self._section_ending_at(index, t, hit[0])
        if start is None or start >= s_suf:
            return None
        start = self._past_holder(index, bounds.trim_to_place(index, start, s_suf, hit[1]), s_suf)
        if not bounds.anchored(index, start) and not bounds.proper(index, start, s_suf) \
                and not text.startswith(tuple(lex.ministries), start) or text[start:t] in lex.stop_names:
            return None  # 中心 | 主任 of 活动中心主任, 领导小组 | 组长 (a generic phrase): no body's name (a ministry's
            # opens one: 农业农村部 | 信息中心)
        parent = lex.suffix_at(text, start)
        if hit[0] in lex.title_parts and parent is not None and parent[1] == "Agency":
            # 甲市农业农村局 | 乡村产业发展处: a bureau's section is named after the bureau written right before it (the
            # walk stops at the bureau's suffix; kg_relations' part_of_name makes the section part of it)
            outer, _ = bounds.walk_left(index, start - len(parent[0]), "Agency")
            if outer is not None and outer < start - len(parent[0]):
                start = bounds.trim_to_place(index, outer, start - len(parent[0]), "Agency")
        return Mention(start, t, text[start:t], hit[1], lex.strip_owner(text[start:t]), rule="suffix")

    def vouched(self, index: NameIndex, named: list[Mention], unmarked: list[Mention],
                openers: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
        """Names with no proper-name signal that the text still marks as names:

        * an item of a 、-list whose neighbour is a name of the same type
          (青岛光电产业园、潍柴智慧智造中心、人工智能科技园等项目);
        * a name opening with the kind word of a place named before it, which it refers back
          to (台东步行街 … 步行街整体景观提升工程 → 台东步行街整体景观提升工程);
        * a name opening with the proper part of a place of the divisions data the text names
          (纸坊街道 … 纸坊老城片区城市更新项目);
        * a body's name opening with another body's (曲阜师范大学 | 孔子文化研究院): a unit of it;
        * a work whose name opens with the brand of a firm named in full in the text (中联重科 of
          中联重科股份有限公司: 中联重科智慧产业城二期项目);
        * a work of a firm named in full right before it and 的 (甲有限公司的综合利用项目);
        * a work a numbered item's line opens with, its head (三、甲县：肉牛养殖小区改扩建项目，安排资金…);
        * a firm the trained tagger names, in the same words, elsewhere in the text (``openers``);
        * a work whose name opens with a firm or a place another source named before this one
          (``openers``: the trained tagger's 甲集团 of 甲集团智能制造项目, whose brand jieba knows as a
          common word, or its 天府国际机场 of 天府国际机场基地项目): the firm's works (GUIDE §4
          ``develops``: 奇瑞零部件产业园), the works named after a place.
        """
        text, lex = index.text, self.data.lex
        out: list[Mention] = []
        if not unmarked:
            return out
        places = [m for m in named if m.type == "Place"]
        town_ends = {m.end for m in places if m.name.endswith(level_suffixes("town"))}
        # (and the zones: 乙经济开发区 | 汶源五路 is a road of the zone)
        unit_ends = town_ends | {m.end for m in places if lex.zone_suffix(m.name) or m.name in lex.place_abbreviations}
        settled: set[str] = set()  # communities and villages written after their town
        # the proper part of the places the text names (纸坊 of 纸坊街道): a name opening with it is named after it
        stems = {name[: -len(hit[0])] for a, b in index.place_span if (name := text[a:b])
                 and (hit := lex.suffix_at(name, len(name))) is not None and len(name) - len(hit[0]) >= 2}
        brands = {core for m in named if m.type == "Company" and len(core := firm_core(m.name)) >= 2 and core != m.name}
        tagged = {text[a:b] for a, b in openers}
        for m in unmarked:
            if m.text in lex.stop_names:
                continue
            if m.type == "Company" and m.text in tagged:
                out.append(m)  # 全资子公司 | 宁水源公司 …, 宁水源公司成立于: the tagger named the same firm elsewhere
                continue
            if m.type == "Project" and any(a == m.start and m.start < b < m.end - 2 for a, b in openers):
                out.append(m)
                continue
            if m.type == "Project" and any(m.text.startswith(brand) and len(brand) < len(m.text) - 2 for brand in brands):
                out.append(m)  # 中联重科 | 智慧产业城二期项目 … 中联重科股份有限公司: named after a firm the text names
                continue
            if m.type == "Project" and _item_head(text, m.start, m.end):
                out.append(m)  # 三、甲县：肉牛标准化养殖小区改扩建项目，安排资金…: the work a numbered item opens with
                continue
            if m.type == "Project" and text[m.start - 1 : m.start] == "的" and len(m.text) >= 6 and any(
                    n.type == "Company" and n.end == m.start - 1 for n in named):
                out.append(m)  # 甲有限公司的 | 苦水综合利用项目: a firm's own work, of common words
                continue
            if m.type in _BODIES and any(n.type in _BODIES and n.start == m.start and n.end < m.end - 2 for n in named):
                out.append(m)  # 曲阜师范大学 | 孔子文化研究院: a unit named after the institution it opens with
                continue
            if m.type == "Project" and self._road_works(index, m):
                out.append(m)  # 解放 | 路 | 改造工程: a road named by common words is still one road, and its works
                continue
            if any(m.text.startswith(stem) and len(m.text) > len(stem) + 2 for stem in stems) \
                    and not any(a <= m.start < b for a, b in index.place_span):
                out.append(m)  # 纸坊街道 … 纸坊老城片区城市更新项目: a work or place named after a place of the text
                continue
            near = [n for n in named if n.type == m.type and (n.end + 1 == m.start or m.end + 1 == n.start)]
            if any(text[min(n.end, m.end)] == "、" for n in near):
                out.append(m)
                continue
            for p in reversed([p for p in places if p.end <= m.start]):
                hit = lex.suffix_at(p.name, len(p.name))
                kind = hit[0] if hit else ""
                if len(kind) >= 2 and m.text.startswith(kind) and len(p.name) > len(kind):
                    out.append(Mention(m.start, m.end, m.text, m.type, p.name[: -len(kind)] + m.name, rule="suffix_backref"))
                    break
            else:
                if m.type == "Place" and (m.start in index.place_end or m.start in town_ends) \
                        and m.text.endswith(lex.settlement_words) \
                        and 2 <= len(m.text) - len(next(w for w in lex.settlement_words if m.text.endswith(w))) <= 4:
                    out.append(m)  # 孙武街道 | 鼓楼社区: a community or village written after its town is a place
                    settled.add(m.text)  # (a town the divisions data has, or one its suffix named: 甲乙街道 | 利民社区)
                elif m.type == "Place" and m.start in unit_ends and m.text.endswith(STREET_WORDS) \
                        and 2 <= len(m.text) - len(next(w for w in STREET_WORDS if m.text.endswith(w))) <= 4:
                    out.append(m)  # 乙经济开发区 | 汶源五路: a road (or compound) written after its town or zone
                    settled.add(m.text)
        # the same community written alone elsewhere in the article (鼓楼社区党委书记…) is that place too
        out += [m for m in unmarked if m.type == "Place" and m.text in settled and m not in out]
        return out


def _tagger_names(doc: Doc) -> frozenset[tuple[int, int]]:
    """The (start, end) of the firms the sources before this one named (the trained tagger's), and of its
    places of four characters or more (天府国际机场 of 天府国际机场基地项目: a work named after a place)."""
    groups = candidate_groups(doc)
    return frozenset((m.start, m.end) for ms in groups.values() for m in ms
                     if m.type == "Company" or m.type == "Place" and m.end - m.start >= 4)


def _industry_start(index: NameIndex, bounds, start: int, s_suf: int) -> int | None:
    """Where a zone's name that an industry names starts (甲乙丙丁 + 产业 + 集聚区): past the verbs and
    adjectives that open the phrase (培育壮大 | 特色产业集聚区); ``None`` when fewer than four characters
    name the industry, which is then a kind (特色, 新兴), no name."""
    text = index.text
    if not text.endswith(INDUSTRY_STEM, start, s_suf):
        return None
    i = start
    while i < s_suf:
        w = index.word_covering(i)
        if w is None or w[0] != i:
            break
        word = text[w[0] : min(w[1], s_suf)]
        tag = bounds.tags.get(word, "")
        if not (tag.startswith("v") or (tag == "a" and len(word) >= 2)):
            break
        i = w[1]
    if s_suf - len(INDUSTRY_STEM) - i < 4:
        return None
    return i


@Language.factory("kg_suffix_names", requires=[NAME_INDEX], assigns=[CANDIDATES], default_config={"key": None})
def make_suffix_source(nlp: Language, name: str, key: str | None) -> SuffixSource:
    """Make the ``kg_suffix_names`` component (see :class:`SuffixSource`)."""
    return SuffixSource(nlp, name, key=key)
