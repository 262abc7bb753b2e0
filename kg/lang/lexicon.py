"""Language data for entity recognition: loaders for kg's data files, read once, lazily.

One file per kind of knowledge lives in ``kg/data/`` (their sources are in each
file's header and in ``kg/data/SOURCES.md``):

``suffixes.tsv``
    the last word of a name and the type it marks (局 → Agency, 有限公司 → Company,
    产业园 → Project, 村 → Place, 一等奖 → Award), and whether the words before it must
    carry a proper-name signal;
``departments.txt``
    full names of standard government departments (住房和城乡建设局 …);
``ministries.txt``
    the State Council's ministries (教育部 …), whose bare name is the national body;
``honours.tsv``
    the words that open (全国, 省级) and end (文明城市's 城市, 劳动奖章's 奖章) an honour named after an award verb;
``abbreviations.tsv``
    standard short forms and what they stand for (住建局 → 住房和城乡建设局);
``titles.tsv``
    post titles that introduce a person (党组书记, 局长, 记者 …);
``surnames.txt``
    Chinese family names, compound ones included;
``transliteration.txt``
    the characters foreign personal names are written with (克林顿);
``minority_names.txt``
    the parts of Tibetan and Mongolian names, which have no family name (扎西 | 次仁);
``settlement_endings.txt``
    the characters village and quarter names end with, and given names do not (傅家埠, 李家庄);
``boundaries.txt``
    words a name never starts with or spans (在, 召开, 位于 …);
``work_names.tsv``
    what a work's name holds that ends other names: a figure's unit (30万吨级), an output (年产), a verb (改扩建);
``everyday_words.txt``
    everyday words of policy news jieba's dictionary lacks (老旧, 文旅, 乡村振兴): no proper part of a name;
``stop_names.txt``
    generic phrases that end in a suffix but name nothing (重点项目, 各镇街 …);
``event_words.txt``
    the last words of events' names (马拉松, 博览会, 文化节): no entity of kg's types ends so;
``job_endings.txt``
    the last characters of jobs written between a workplace and a person's name (制茶师, 技术员, 电工);
``scope_words.tsv``
    scope words: a division's unit word (区, 市 …) that, opening a name, means the
    article's own division, and the words before it (我区, 本市, 全市);
``outlets.tsv``
    news outlets of credit lines, and the words for "this outlet" (本报, 融媒) that
    name no medium;
``body_names.tsv``
    the full names of party and government bodies written short (X党工委 →
    中国共产党X工作委员会, X政协 → 中国人民政治协商会议X委员会);
``parties.tsv``
    the democratic parties' short and full names (民进 → 中国民主促进会);
``industry_words.txt``
    words that end a firm's short name after its brand (动力 of 潍柴动力, 股份 of 歌尔股份);
``project_lists.tsv``
    the words that make a 、-list one of named works: the kind after 等 (等4条骨干道路), what
    the works undergo (开工, 封顶) and the adverbs between; and what is done to a work written
    right before its name (建设, 投资), which the name never opens with.

Nothing is read at import time: :func:`load` reads every file the first time it is
called and caches the :class:`Lexicon`.  ``load(folder)`` reads the same files from another
folder (a saved spaCy pipeline keeps a copy beside each component that reads them: see
:mod:`kg.nlp.entities`); :func:`read_texts` gives the files' text to copy.

Examples
--------
>>> lex = load()
>>> lex.abbreviations["住建局"]
('住房和城乡建设局', 'Agency')
>>> lex.suffix_at("区统计局", 4)
('局', 'Agency', 0)
>>> "欧阳" in lex.surnames
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.lang.datafiles import read_data

__all__ = ["Lexicon", "Title", "BodyName", "load", "read_texts", "from_texts", "trie_pattern", "firm_core", "firm_opening",
           "DATA_FILES", "EDITION_ONLY"]

#: the proper code (suffixes.tsv) of a suffix that names an event only right after its year or edition (…发展大会)
EDITION_ONLY = 4

#: the numerals of a work's phase (一期, 二期)
PHASE_NUMERALS = "一二三四五六七八九"
#: a work's phase, written after its name and part of it (甲产业园二期, 乙路3期): the one definition every stage reads
PHASE = rf"(?:[{PHASE_NUMERALS}十]|\d{{1,2}})期"

#: what joins the outlets of one source or credit line (青岛日报/观海新闻, 大众报业·半岛网)
_OUTLET_JOINERS = re.compile(r"[/·・|｜\s]+")

#: the party whose committees' full names in body_names.tsv open with its name (中国共产党{X}委员会)
_PARTY = "中国共产党"
#: a firm's legal form at the end of its name, 集团 before it or alone (股份有限公司, 集团有限公司, 集团)
_LEGAL_FORM = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司)$|集团$")


#: a firm written in full with its legal form, opening a longer name (甲新材料科技有限公司 | 年产…项目)
_FIRM_OPENING = re.compile(r"^.{2,}?(?:集团)?(?:股份有限公司|有限责任公司|有限公司)(?=.{4})")


def firm_opening(name: str) -> str | None:
    """The firm written in full with its legal form that a longer name opens with, leaving four characters or
    more of the name's own; else None.

    >>> firm_opening("陕西甲乙新材料科技有限公司年产30万吨丙项目"), firm_opening("甲乙集团智能制造项目")
    ('陕西甲乙新材料科技有限公司', None)
    """
    hit = _FIRM_OPENING.match(name)
    return hit.group() if hit else None


def firm_core(name: str) -> str:
    """A firm's name without its legal form and 集团: its brand (中国华电集团有限公司 → 中国华电).

    >>> firm_core("中国华电集团有限公司"), firm_core("东阿阿胶股份有限公司"), firm_core("潍柴集团")
    ('中国华电', '东阿阿胶', '潍柴')
    """
    return _LEGAL_FORM.sub("", name)


#: The data files this module reads, all under ``kg/data/``.
DATA_FILES: tuple[str, ...] = (
    "suffixes.tsv",
    "departments.txt",
    "ministries.txt",
    "abbreviations.tsv",
    "titles.tsv",
    "surnames.txt",
    "transliteration.txt",
    "minority_names.txt",
    "settlement_endings.txt",
    "boundaries.txt",
    "stop_names.txt",
    "scope_words.tsv",
    "outlets.tsv",
    "body_names.tsv",
    "parties.tsv",
    "industry_words.txt",
    "project_lists.tsv",
    "honours.tsv",
    "work_names.tsv",
    "everyday_words.txt",
    "event_words.txt",
    "job_endings.txt",
)

_TYPES = ("Official", "Person", "Agency", "Company", "Organization", "Project", "Place", "Award")


@dataclass(frozen=True)
class Title:
    """A post title: ``局长`` heads its body (``head``), ``副局长`` does not."""

    title: str
    type: str
    head: bool


@dataclass(frozen=True)
class BodyName:
    """A body's name written short and in full: ``X党工委`` → ``中国共产党X工作委员会``."""

    short: str
    full: str  # with {X}
    division_only: bool  # X must be a division of the divisions data

    def expand(self, x: str) -> str:
        return self.full.replace("{X}", x)


@dataclass(frozen=True)
class Lexicon:
    """Everything the recogniser knows about words, as read from the data files.

    Attributes
    ----------
    suffixes : dict[str, tuple[str, int]]
        suffix → (entity type, the proper-name signal its stem needs: 0 none, 1 some, 2 a strong one; 4 some, and
        the event's year or edition right before the name).
    resident_words : tuple[str, ...]
        what joins a body to its office in another place (驻: 甲省人民政府驻乙市办事处 is one name).
    part_suffixes : frozenset[str]
        suffixes naming a part of the company written before them (分行, 分公司): the name runs on over it.
    title_suffixes : dict[str, str]
        the suffixes (proper = 3 in ``suffixes.tsv``) that name a body only right before a post title
        (区政务服务中心 | 主任), and its type, longest first; not in :attr:`suffixes`: alone they end too many other names.
    title_parts : frozenset[str]
        those of them with part = 1: a bureau's sections (处, 科, 股), named after the bureau written right before them
        (甲市农业农村局 | 乡村产业发展处).
    departments : frozenset[str]
        full standard department names.
    ministries : frozenset[str]
        the State Council's ministries (教育部, 住房和城乡建设部): department names that, with no place or
        scope word before them, name the national body.
    honour_ranks : tuple[str, ...]
        words that open an honour's name (全国, 国家级, 省级 …), longest first.
    honour_heads : tuple[str, ...]
        words that end an honour's name after an award verb and a rank (城市, 集体, 奖章 …), longest first.
    abbreviations : dict[str, tuple[str, str]]
        short form → (full form, entity type).
    titles : dict[str, Title]
        post title → :class:`Title`.
    surnames : frozenset[str]
        family names of one or two characters.
    boundaries : frozenset[str]
        left-boundary words.
    stop_names : frozenset[str]
        generic phrases.
    scope_units : tuple[str, ...]
        the unit words of scope words (省, 市, 区, 县, 镇, 乡, 街道), longest first.
    scope_owners : tuple[str, ...]
        "our", "this" before a unit (我, 本): dropped from a name.
    scope_wholes : tuple[str, ...]
        "all of" before a unit (全).
    scope_zones : tuple[str, ...]
        zone words (新区) that, opening a body's name alone, mean the zone of that kind the page names.
    scope_publics : frozenset[str]
        the names of a division's own public institutions that a unit word before them makes whole (县人民医院,
        市第二人民医院 with an ordinal between): ``scope_words.tsv`` role ``public``.
    visit_to_words, visit_words : tuple[str, ...]
        what goes before a place visited (到, 赴) and what is done there (调研, 视察): a visited place is
        not the article's own (``scope_words.tsv``).
    national_prefixes : tuple[str, ...]
        words that open a national body's name (中国, 国家, 国务院): no place needed before them.
    outlets : dict[str, str]
        outlet → ``"house"`` (本报: no particular medium) or ``"named"``.
    outlet_endings : tuple[str, ...]
        the words an outlet's name ends with (网, 日报, 新闻 …), longest first.
    site_words : tuple[str, ...]
        the words that after a body's name make its own website (门户网站, 网站, 网), longest first.
    body_names : tuple[BodyName, ...]
        short endings of bodies' names and their full forms (file order: the first that fits wins).
    parties : dict[str, str]
        democratic party, short or full name → full name.
    industry_words : tuple[str, ...]
        words that end a firm's short name after its brand, longest first.
    project_lists : dict[str, str]
        word → its role in a list of works: ``Project`` or ``Place`` (a kind word after 等 naming
        what the items are), ``none`` (a kind word of a list of something else), ``verb`` (what
        the items undergo: 开工), ``adverb`` (between the last item and the verb: 提前).
    work_verbs : frozenset[str]
        what is done to a work, written right before its name (建设, 投资 of 投资5亿元建设即墨古城改造项目):
        the words of ``project_lists.tsv`` with the role ``before``; a work's name never opens with them.
    work_units, work_outputs : tuple[str, ...]
        a figure followed by a unit belongs to a work's name (30万吨级原油码头工程, 220千伏); an output
        opens it (年产10万吨…项目): ``work_names.tsv``, longest first.
    work_name_verbs : frozenset[str]
        what is done to a work, written right before its kind word and part of its name (改扩建 | 工程).
    work_sections : tuple[str, ...]
        a word that, right after a place, makes the place a section of the work named before it
        (G228丹东线 | 即墨段 | 改建工程): ``work_names.tsv``, longest first.
    work_routes : tuple[str, ...]
        a word that, right after a place, names a route after it (丹东线: the road is not in 丹东).
    work_lines : tuple[str, ...]
        the kind words of roads and railways whose sections are works (济潍高速公路 | 潍坊段), longest first.
    work_facilities : tuple[str, ...]
        the last words of institutions' names the news also builds (创新中心, 分校), longest first.
    work_grounds : tuple[str, ...]
        the last words of places' names the news also builds (小镇, 公园, 景区), longest first.
    work_builds : tuple[str, ...]
        the verbs that say such an institution is being built (投资建设, 新建), longest first.
    work_joint_builds : tuple[str, ...]
        the verbs that say bodies found such an institution together (共建): built, unless a school or hospital
        (run together), longest first.
    work_cues : tuple[str, ...]
        the verbs besides those after which the words up to a work's kind word name the work carried out,
        won or paid for (实施, 签约, 用于), longest first.
    work_told : tuple[str, ...]
        what, right after a work's name opening its clause, tells of that work (由, 总投资, 位于), longest first.
    work_parks : tuple[str, ...]
        the last words of parks' and bases' names the news also builds (产业园, 基地): after a word of ``work_sites``
        the park is where something is, a place (GUIDE §2), longest first.
    work_sites : tuple[str, ...]
        the words that say where something is, right before a park's name (位于, 选址), longest first.
    work_route_done : tuple[str, ...]
        what a sentence says happens to a road named by its two ends besides being built (通车, 竣工, 工程): with
        ``work_builds``, ``work_name_verbs`` and ``work_repairs`` it makes the road a work (甲镇至乙乡旅游公路).
    route_end_kinds : frozenset[str]
        the characters that end a hill's, pass's or hamlet's name written as a route's end (桂花岭至青龙垭…公路).
    work_repairs : tuple[str, ...]
        what is done to a road that is there (改造, 拓宽, 大修), after a road named by common words: the road's work
        (人民 | 路 | 改造工程), longest first.
    everyday_words : frozenset[str]
        everyday words jieba's dictionary lacks (老旧, 文旅): ``everyday_words.txt``; no proper part of a name.
    event_words : tuple[str, ...]
        the last words of events' names (马拉松, 博览会): ``event_words.txt``, longest first.
    job_endings : tuple[str, ...]
        the last characters of jobs between a workplace and a person's name (制茶师): ``job_endings.txt``.
    """

    suffixes: dict[str, tuple[str, int]]
    departments: frozenset[str]
    abbreviations: dict[str, tuple[str, str]]
    titles: dict[str, Title]
    surnames: frozenset[str]
    boundaries: frozenset[str]
    stop_names: frozenset[str]
    scope_units: tuple[str, ...] = ()
    scope_zones: tuple[str, ...] = ()
    scope_publics: frozenset[str] = frozenset()
    scope_owners: tuple[str, ...] = ()
    scope_wholes: tuple[str, ...] = ()
    visit_to_words: tuple[str, ...] = ()
    visit_words: tuple[str, ...] = ()
    national_prefixes: tuple[str, ...] = ()
    part_suffixes: frozenset[str] = frozenset()
    title_parts: frozenset[str] = frozenset()
    title_suffixes: dict[str, str] = field(default_factory=dict)
    ministries: frozenset[str] = frozenset()
    honour_ranks: tuple[str, ...] = ()
    honour_heads: tuple[str, ...] = ()
    resident_words: tuple[str, ...] = ()
    settlement_words: tuple[str, ...] = ()  # 村, 社区: a settlement's own bodies named by its word alone
    outlets: dict[str, str] = field(default_factory=dict)
    outlet_endings: tuple[str, ...] = ()
    site_words: tuple[str, ...] = ()
    body_names: tuple[BodyName, ...] = ()
    parties: dict[str, str] = field(default_factory=dict)
    industry_words: tuple[str, ...] = ()
    project_lists: dict[str, str] = field(default_factory=dict)
    work_verbs: frozenset[str] = frozenset()
    work_units: tuple[str, ...] = ()
    work_outputs: tuple[str, ...] = ()
    work_name_verbs: frozenset[str] = frozenset()
    work_sections: tuple[str, ...] = ()
    work_routes: tuple[str, ...] = ()
    work_lines: tuple[str, ...] = ()
    work_facilities: tuple[str, ...] = ()
    work_grounds: tuple[str, ...] = ()
    work_builds: tuple[str, ...] = ()
    work_joint_builds: tuple[str, ...] = ()
    work_cues: tuple[str, ...] = ()
    work_told: tuple[str, ...] = ()
    work_repairs: tuple[str, ...] = ()
    work_parks: tuple[str, ...] = ()
    work_sites: tuple[str, ...] = ()
    work_route_done: tuple[str, ...] = ()
    route_end_kinds: frozenset[str] = frozenset()  # 岭, 垭: the last character of a route's end (work_names.tsv end)
    everyday_words: frozenset[str] = frozenset()
    event_words: tuple[str, ...] = ()  # longest first
    job_endings: tuple[str, ...] = ()
    transliteration: frozenset[str] = frozenset()  # characters of foreign personal names (克, 林, 顿)
    minority_names: tuple[str, ...] = ()  # parts of Tibetan and Mongolian names (才让, 多杰), longest first
    settlement_endings: frozenset[str] = frozenset()  # last characters of village names, not given names (埠, 庄)

    @functools.cached_property
    def scope_pattern(self) -> str:
        """A scope word as a regular expression: an optional 我/本/全 and the unit (group 1)."""
        before = "|".join(map(re.escape, self.scope_owners + self.scope_wholes))
        return rf"(?:{before})?({'|'.join(map(re.escape, self.scope_units))})"

    @functools.cached_property
    def scope_re(self) -> re.Pattern:
        """A scope word opening a name: ``^`` + :attr:`scope_pattern` (``我区`` of 我区住建局)."""
        return re.compile("^" + self.scope_pattern)

    @functools.cached_property
    def one_char_units(self) -> str:
        """The scope units of one character (省市区县镇乡), as a string to test ``in``."""
        return "".join(u for u in self.scope_units if len(u) == 1)

    def outlets_in(self, joined: str | None) -> list[str]:
        """The outlets a source or credit names, joined as pages write them (青岛日报/观海新闻,
        大众报业·半岛网): each of two characters or more, none a word for "this outlet" (本报).

        >>> from kg.lang.lexicon import load
        >>> load().outlets_in("大众报业·半岛网"), load().outlets_in("本报/观海新闻"), load().outlets_in(None)
        (['大众报业', '半岛网'], ['观海新闻'], [])
        """
        return [o for o in _OUTLET_JOINERS.split(joined or "") if len(o) >= 2 and o not in self.house_outlets]

    def outlet_prefix(self, run: str) -> str | None:
        """The longest start of ``run`` that names an outlet: three characters or more ending in
        an outlet word, not a word for "this outlet" (大众网记者… → 大众网; 本报 → None)."""
        for end in range(len(run), 2, -1):
            head = run[:end]
            if head.endswith(self.outlet_endings) and head not in self.outlets and self._other_kind(head):
                continue  # 茶叶专业合作社: a longer kind word of the suffix table (合作社) than the outlet's (社)
            if head.endswith(self.outlet_endings) and head not in self.outlets or self.outlets.get(head) == "named":
                if head.startswith(self.house_outlets) and len(head) <= 3:
                    return None  # 本报
                house = next((h for h in self.house_outlets if head.endswith(h) and h not in self.outlet_endings), None)
                if house and not head[: -len(house)].endswith(self.outlet_endings):
                    return None  # a headline run into 本报讯: this outlet, no name (江东融媒: 融媒 also ends names)
                return head
        return None

    def _other_kind(self, name: str) -> bool:
        """Whether ``name`` ends in a kind word of the suffix table longer than any outlet word it ends in."""
        hit = self.suffix_at(name, len(name))
        ending = max((len(w) for w in self.outlet_endings if name.endswith(w)), default=0)
        return hit is not None and len(hit[0]) > ending

    def site_owner(self, name: str) -> str | None:
        """The body whose website a page's source names (来源：甲区人民政府网站, 甲市财政局网): the body publishes
        the page on its own site, so the source is the body; ``None`` when ``name`` is no body's site.

        >>> from kg.lang.lexicon import load
        >>> load().site_owner("城阳区人民政府网站"), load().site_owner("城阳区人民政府网"), load().site_owner("半岛网")
        ('城阳区人民政府', '城阳区人民政府', None)
        """
        site = next((w for w in self.site_words if name.endswith(w)), None)
        if site is None:
            return None
        owner = name[: -len(site)]
        return owner if len(owner) >= 3 and self.source_body(owner) is not None else None

    def source_body(self, name: str) -> str | None:
        """The type of a page's source (来源：…) that is a body publishing its own page rather than
        an outlet: its suffix's type (Agency, Company, Organization), or ``None`` for an outlet or a
        name no suffix types.

        >>> from kg.lang.lexicon import load
        >>> load().source_body("潍坊市财政局"), load().source_body("城阳区人民政府"), load().source_body("城阳区新闻中心")
        ('Agency', 'Agency', None)
        >>> load().source_body("农业农村部信息中心")  # (a suffix naming a body before a post: 中心)
        'Agency'
        """
        if self.outlet_prefix(name) == name:
            return None
        hit = self.suffix_at(name, len(name))
        if hit is None and any(name.endswith(d) and len(name) > len(d) for d in self.departments):
            return "Agency"  # 来源：中共甲县委组织部: a department (departments.txt) no suffix names
        if hit is None and (titled := next((t for w, t in self.title_suffixes.items()
                                            if name.endswith(w) and len(name) > len(w) + 1), None)):
            return titled  # 来源：农业农村部信息中心: named by a suffix that names a body before a post (中心), typed so
        return hit[1] if hit is not None and hit[1] in ("Agency", "Company", "Organization") else None

    @functools.cached_property
    def house_outlets(self) -> tuple[str, ...]:
        """The words for "this outlet" (本报, 融媒): a credit's outlet starting with one names no medium."""
        return tuple(o for o, kind in self.outlets.items() if kind == "house")

    @functools.cached_property
    def industry_re(self) -> re.Pattern:
        """The industry words as one pattern (a quick test that a list may name firms)."""
        return re.compile("|".join(map(re.escape, self.industry_words)) or "(?!)")

    @functools.cached_property
    def _industry_set(self) -> frozenset[str]:
        return frozenset(self.industry_words)

    @functools.cached_property
    def _industry_lengths(self) -> dict[str, tuple[int, ...]]:
        return _lengths_by_last_char(self.industry_words)

    def industry_word_at(self, text: str, end: int) -> str | None:
        """The longest industry word ending at ``text[end]`` (动力 of 潍柴动力), or ``None``."""
        if end <= 0 or end > len(text):
            return None
        for n in self._industry_lengths.get(text[end - 1], ()):
            if n <= end and text[end - n : end] in self._industry_set:
                return text[end - n : end]
        return None

    def body_endings(self, word: str) -> tuple[str, ...]:
        """A bare body word and the endings of the full names it stands for (body_names.tsv: 管委会 → 管委会,
        管理委员会): how a name the article gives in full ends when the word refers back to it."""
        return (word, *sorted({row.full.split("{X}")[-1] for row in self.body_names if row.short == word}))

    def strip_owner(self, name: str) -> str:
        """``我区住建局`` → ``区住建局``: "our"/"this" before a one-character unit is no part of a name."""
        if len(name) > 2 and name[0] in self.scope_owners and name[1] in self.one_char_units:
            return name[1:]
        return name

    @functools.cached_property
    def max_suffix(self) -> int:
        return max(map(len, self.suffixes))

    @functools.cached_property
    def max_boundary(self) -> int:
        return max(map(len, self.boundaries))

    @functools.cached_property
    def max_everyday_word(self) -> int:
        return max(map(len, self.everyday_words), default=0)

    @functools.cached_property
    def max_title(self) -> int:
        return max(map(len, self.titles))

    def is_job(self, word: str) -> bool:
        """Whether ``word`` reads as a job no title names: two to four Chinese characters ending as jobs do
        (``job_endings.txt``: 制茶师, 电工)."""
        return 2 <= len(word) <= 4 and word[-1] in self.job_endings and all("\u4e00" <= c <= "\u9fff" for c in word)

    def title_ending(self, text: str) -> str | None:
        """The longest post title of ``titles.tsv`` that ``text`` ends with (甲公司董事长 → 董事长), or ``None``."""
        return next((text[-n:] for n in range(min(self.max_title, len(text)), 0, -1) if text[-n:] in self.titles), None)

    @functools.cached_property
    def heads(self) -> dict[str, tuple[str, str]]:
        """Department names and abbreviations: text → (expanded form, type)."""
        heads = {d: (d, "Agency") for d in self.departments | self.ministries}
        heads.update(self.abbreviations)
        return heads

    @functools.cached_property
    def honour_levels(self) -> tuple[str, ...]:
        """The ranks of ``honours.tsv`` that are levels (国家级, 省级, 市级 …): a name holding one names a kind."""
        return tuple(r for r in self.honour_ranks if r.endswith("级"))

    @functools.cached_property
    def place_abbreviations(self) -> tuple[str, ...]:
        """The short forms of ``abbreviations.tsv`` that name a place (高新区, 经开区), longest first."""
        return tuple(sorted((w for w, (_, t) in self.abbreviations.items() if t == "Place"), key=len, reverse=True))

    @functools.cached_property
    def max_head(self) -> int:
        return max(map(len, self.heads))

    @functools.cached_property
    def party_committee_words(self) -> tuple[str, ...]:
        """The short words of the party's committees in ``body_names.tsv`` (党工委, 党委, 委 …), longest first."""
        words = {b.short for b in self.body_names if b.full.startswith(_PARTY)}
        return tuple(sorted(words, key=len, reverse=True))

    @functools.cached_property
    def head_names(self) -> frozenset[str]:
        """The department names and abbreviations of :attr:`heads`, short and written out."""
        return frozenset(self.heads) | frozenset(full for full, _ in self.heads.values())

    @functools.cached_property
    def ministry_names(self) -> tuple[str, ...]:
        """The ministries' names, longest first, for ``str.endswith``."""
        return tuple(sorted(self.ministries, key=len, reverse=True))

    @functools.cached_property
    def title_pattern(self) -> str:
        """A regular-expression alternation of the titles, longest first."""
        import re

        return "|".join(re.escape(t) for t in sorted(self.titles, key=len, reverse=True))

    @functools.cached_property
    def title_re(self) -> re.Pattern:
        """The titles as a trie-shaped pattern: the leftmost-longest match of :attr:`title_pattern`."""
        return re.compile(trie_pattern(self.titles))

    @functools.cached_property
    def head_re(self) -> re.Pattern:
        """Department names and abbreviations (:attr:`heads`) as a trie-shaped pattern."""
        return re.compile(trie_pattern(self.heads))

    @functools.cached_property
    def suffix_last_chars(self) -> frozenset[str]:
        """The characters a suffix can end with (a quick test before the dictionary probes)."""
        return frozenset(s[-1] for s in self.suffixes)

    @functools.cached_property
    def suffix_end_re(self) -> re.Pattern:
        """A character class of :attr:`suffix_last_chars`: where a suffix may end, found by a scan."""
        return re.compile("[" + "".join(re.escape(c) for c in sorted(self.suffix_last_chars)) + "]")

    @functools.cached_property
    def boundary_last_chars(self) -> frozenset[str]:
        return frozenset(b[-1] for b in self.boundaries)

    @functools.cached_property
    def _suffix_lengths(self) -> dict[str, tuple[int, ...]]:
        """Last character → the lengths of the suffixes ending in it, longest first."""
        return _lengths_by_last_char(self.suffixes)

    @functools.cached_property
    def _boundary_lengths(self) -> dict[str, tuple[int, ...]]:
        """Last character → the lengths of the boundary words ending in it, longest first."""
        return _lengths_by_last_char(self.boundaries)

    def prepare(self) -> Lexicon:
        """Build the look-up tables the recogniser uses (else each is built on first use)."""
        for name in ("max_suffix", "max_boundary", "max_everyday_word", "heads", "title_pattern", "title_re", "head_re",
                     "suffix_last_chars", "suffix_end_re", "boundary_last_chars", "_suffix_lengths", "_boundary_lengths", "scope_pattern",
                     "scope_re", "one_char_units", "house_outlets", "industry_re", "_industry_set", "_industry_lengths",
                     "place_abbreviations", "honour_levels"):
            getattr(self, name)
        return self

    def unit_suffix_at(self, text: str, end: int, start: int = 0) -> tuple[str, str] | None:
        """``(suffix, type)`` of the longest suffix ending at ``text[end]``, counting those that name a body
        only right before a post title (处 of 教务处): where a list or a post says the words are a unit."""
        hit = self.suffix_at(text, end)
        if hit is not None:
            return hit[0], hit[1]
        return next(((w, t) for w, t in self.title_suffixes.items() if text.endswith(w, start, end)), None)

    def suffix_at(self, text: str, end: int) -> tuple[str, str, int] | None:
        """Return the longest ``(suffix, type, proper)`` ending at ``text[end]``, or ``None``."""
        if end <= 0 or end > len(text):
            return None
        lengths = self._suffix_lengths.get(text[end - 1])
        if lengths is None:
            return None
        for n in lengths:  # only the suffixes that end in this character, longest first
            if n <= end:
                piece = text[end - n : end]
                hit = self.suffixes.get(piece)
                if hit is not None:
                    return (piece, *hit)
        return None

    def zone_suffix(self, name: str) -> str | None:
        """The zone word ``name`` ends with (开发区, 示范区, 起步区, 工业园, 产业带 …: a place suffix of three
        characters or more ending in 区 or in 园 (no 公园), or one ending in 带), or ``None``.  A zone's name opens
        with the name of its city or district (乐陵经济开发区).

        >>> from kg.lang.lexicon import load
        >>> load().zone_suffix("乐陵经济开发区"), load().zone_suffix("市北区")
        ('开发区', None)
        """
        hit = self.suffix_at(name, len(name))
        if hit is None or hit[1] != "Place":
            return None
        word = hit[0]
        # (an industrial park typed a place is a zone too, 甲县乙工业园; a park of nature, 森林公园, is not)
        return word if len(word) >= 3 and (word.endswith("区") or word.endswith("园") and not word.endswith("公园")) \
            or word.endswith("带") else None

    def boundary_before(self, text: str, pos: int) -> int:
        """Length of the longest boundary word ending at ``pos`` (0 when none)."""
        if pos <= 0:
            return 0
        lengths = self._boundary_lengths.get(text[pos - 1])
        if lengths is None:
            return 0
        for n in lengths:
            if n <= pos and text[pos - n : pos] in self.boundaries:
                return n
        return 0


def load(folder: str | Path | None = None) -> Lexicon:
    """Return the :class:`Lexicon` of the data files.

    ``folder=None`` reads the files shipped in ``kg/data/`` (once, then cached); a folder
    reads the files of :data:`DATA_FILES` from there (a saved pipeline's copy), each time.
    """
    if folder is None:
        return _shipped()
    return from_texts(read_texts(folder), origin=str(folder))


@functools.cache
def _shipped() -> Lexicon:
    return from_texts(read_texts(), origin="kg/data")


def read_texts(folder: str | Path | None = None) -> dict[str, str]:
    """The text of each file of :data:`DATA_FILES`, from ``kg/data/`` or from ``folder``."""
    return read_data(DATA_FILES, folder, "language data file")


def from_texts(texts: Mapping[str, str], *, origin: str = "kg/data") -> Lexicon:
    """Build a :class:`Lexicon` from the text of each file of :data:`DATA_FILES`."""
    def rows(name: str, width: int) -> list[list[str]]:
        return _rows(texts[name], f"{origin}/{name}", width)

    def words(name: str) -> list[str]:
        return _words(texts[name])

    suffixes: dict[str, tuple[str, int]] = {}
    title_suffixes: dict[str, str] = {}
    part_suffixes = set()
    title_parts = set()
    for row in rows("suffixes.tsv", 4):
        suffix, type_, proper, part = row
        _check_type(type_, f"{origin}/suffixes.tsv", suffix)
        if proper not in ("0", "1", "2", "3", str(EDITION_ONLY)):
            raise KgError(f"{origin}/suffixes.tsv: {suffix!r} has proper {proper!r}; valid: 0, 1, 2, 3, 4")
        if part not in ("0", "1"):
            raise KgError(f"{origin}/suffixes.tsv: {suffix!r} has part {part!r}; valid: 0, 1")
        if proper == "3":
            title_suffixes[suffix] = type_  # (no suffix of every name: only right before a post title)
            if part == "1":
                title_parts.add(suffix)
            continue
        suffixes[suffix] = (type_, int(proper))
        if part == "1":
            part_suffixes.add(suffix)
    abbreviations: dict[str, tuple[str, str]] = {}
    for short, full, type_ in rows("abbreviations.tsv", 3):
        _check_type(type_, f"{origin}/abbreviations.tsv", short)
        abbreviations[short] = (full, type_)
    titles: dict[str, Title] = {}
    for title, type_, head in rows("titles.tsv", 3):
        _check_type(type_, f"{origin}/titles.tsv", title)
        titles[title] = Title(title, type_, head == "1")
    scope: dict[str, list[str]] = {"unit": [], "own": [], "whole": [], "national": [], "resident": [], "settlement": [],
                                   "visit_to": [], "visit": [], "zone": [], "public": []}
    for word, role in rows("scope_words.tsv", 2):
        if role not in scope:
            raise KgError(f"{origin}/scope_words.tsv: {word!r} has role {role!r}; valid: {', '.join(scope)}")
        scope[role].append(word)
    outlets: dict[str, str] = {}
    endings: list[str] = []
    sites: list[str] = []
    for outlet, kind in rows("outlets.tsv", 2):
        if kind not in ("house", "named", "ending", "site"):
            raise KgError(f"{origin}/outlets.tsv: {outlet!r} has kind {kind!r}; valid: house, named, ending, site")
        if kind == "ending":
            endings.append(outlet)
        elif kind == "site":
            sites.append(outlet)
        else:
            outlets[outlet] = kind
    body_names = []
    for short, full, x in rows("body_names.tsv", 3):
        if x not in ("any", "division") or "{X}" not in full:
            raise KgError(f"{origin}/body_names.tsv: {short!r}: x must be any or division and full must hold {{X}}")
        body_names.append(BodyName(short, full, x == "division"))
    project_lists: dict[str, str] = {}
    work_verbs: set[str] = set()
    for word, role in rows("project_lists.tsv", 2):
        if role not in ("Project", "Place", "none", "verb", "adverb", "before", "introduce"):
            raise KgError(f"{origin}/project_lists.tsv: {word!r} has role {role!r}; "
                          "valid: Project, Place, none, verb, adverb, before, introduce")
        if role == "before":
            work_verbs.add(word)
        else:
            project_lists[word] = role
    work_names: dict[str, list[str]] = {"unit": [], "output": [], "verb": [], "section": [], "route": [], "line": [],
                                        "facility": [], "grounds": [], "build": [], "joint": [], "cue": [], "told": [], "repair": [],
                                        "park": [], "site": [], "end": [], "done": []}
    for word, role in rows("work_names.tsv", 2):
        if role not in work_names:
            raise KgError(f"{origin}/work_names.tsv: {word!r} has role {role!r}; valid: {', '.join(work_names)}")
        work_names[role].append(word)
    honours: dict[str, list[str]] = {"rank": [], "head": []}
    for word, role in rows("honours.tsv", 2):
        if role not in honours:
            raise KgError(f"{origin}/honours.tsv: {word!r} has role {role!r}; valid: rank, head")
        honours[role].append(word)
    parties: dict[str, str] = {}
    for short, full in rows("parties.tsv", 2):
        parties[short] = parties[full] = full
    return Lexicon(
        suffixes=suffixes,
        part_suffixes=frozenset(part_suffixes),
        title_parts=frozenset(title_parts),
        title_suffixes=dict(sorted(title_suffixes.items(), key=lambda item: -len(item[0]))),
        departments=frozenset(words("departments.txt")),
        ministries=frozenset(words("ministries.txt")),
        honour_ranks=tuple(sorted(honours["rank"], key=len, reverse=True)),
        honour_heads=tuple(sorted(honours["head"], key=len, reverse=True)),
        abbreviations=abbreviations,
        titles=titles,
        surnames=frozenset(words("surnames.txt")),
        transliteration=frozenset("".join(words("transliteration.txt"))),
        minority_names=tuple(sorted(set(words("minority_names.txt")), key=len, reverse=True)),
        settlement_endings=frozenset("".join(words("settlement_endings.txt"))),
        boundaries=frozenset(words("boundaries.txt")),
        stop_names=frozenset(words("stop_names.txt")),
        scope_units=tuple(sorted(scope["unit"], key=len, reverse=True)),
        scope_owners=tuple(scope["own"]),
        scope_wholes=tuple(scope["whole"]),
        national_prefixes=tuple(scope["national"]),
        resident_words=tuple(scope["resident"]),
        settlement_words=tuple(sorted(scope["settlement"], key=len, reverse=True)),
        visit_to_words=tuple(sorted(scope["visit_to"], key=len, reverse=True)),
        visit_words=tuple(sorted(scope["visit"], key=len, reverse=True)),
        scope_zones=tuple(sorted(scope["zone"], key=len, reverse=True)),
        scope_publics=frozenset(scope["public"]),
        outlets=outlets,
        outlet_endings=tuple(sorted(endings, key=len, reverse=True)),
        site_words=tuple(sorted(sites, key=len, reverse=True)),
        body_names=tuple(body_names),
        parties=parties,
        industry_words=tuple(sorted(words("industry_words.txt"), key=len, reverse=True)),
        project_lists=project_lists,
        work_verbs=frozenset(work_verbs),
        work_units=tuple(sorted(work_names["unit"], key=len, reverse=True)),
        work_outputs=tuple(sorted(work_names["output"], key=len, reverse=True)),
        work_name_verbs=frozenset(work_names["verb"]),
        work_sections=tuple(sorted(work_names["section"], key=len, reverse=True)),
        work_routes=tuple(sorted(work_names["route"], key=len, reverse=True)),
        work_lines=tuple(sorted(work_names["line"], key=len, reverse=True)),
        work_facilities=tuple(sorted(work_names["facility"], key=len, reverse=True)),
        work_grounds=tuple(sorted(work_names["grounds"], key=len, reverse=True)),
        work_builds=tuple(sorted(work_names["build"], key=len, reverse=True)),
        work_joint_builds=tuple(sorted(work_names["joint"], key=len, reverse=True)),
        work_cues=tuple(sorted(work_names["cue"], key=len, reverse=True)),
        work_told=tuple(sorted(work_names["told"], key=len, reverse=True)),
        work_repairs=tuple(sorted(work_names["repair"], key=len, reverse=True)),
        work_parks=tuple(sorted(work_names["park"], key=len, reverse=True)),
        work_sites=tuple(sorted(work_names["site"], key=len, reverse=True)),
        work_route_done=tuple(sorted(work_names["done"], key=len, reverse=True)),
        route_end_kinds=frozenset(work_names["end"]),
        everyday_words=frozenset(words("everyday_words.txt")),
        event_words=tuple(sorted(words("event_words.txt"), key=len, reverse=True)),
        job_endings=tuple(words("job_endings.txt")),
    )


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching the same as the alternation of ``words`` longest first.

    The words share their prefixes (``(?:市(?:委(?:书(?:记))?|长))``): at a position the engine
    follows the one branch its character opens instead of trying each word in turn.  A
    word's end inside the trie is an optional group, greedy, so the longest word is taken,
    as the longest-first alternation takes it.

    >>> trie_pattern(["市委", "市委书记", "市长"])
    '(?:市(?:委(?:书(?:记))?|长))'
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[None] = None  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in node.items() if ch is not None]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if None in node else body

    return pattern(trie)


def _lengths_by_last_char(words) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for w in words:
        if w:
            lengths.setdefault(w[-1], set()).add(len(w))
    return {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()}


def _words(text: str) -> list[str]:
    """Whitespace-separated words of a list file, ``#`` comments skipped."""
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


def _rows(text: str, origin: str, width: int) -> list[list[str]]:
    """Rows of a TSV file after its comment lines and its column-name line."""
    rows, header = [], True
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        cols = line.split("\t")
        if len(cols) != width:
            raise KgError(f"{origin}:{lineno}: expected {width} tab-separated columns, got {len(cols)}: {line!r}")
        rows.append(cols)
    return rows


def _check_type(type_: str, name: str, key: str) -> None:
    if type_ not in _TYPES:
        raise KgError(f"{name}: {key!r} has type {type_!r}; valid: {', '.join(_TYPES)}")
