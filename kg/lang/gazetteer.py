"""China's administrative divisions: look-up, parent chains, short names, scope words.

The gazetteer is general knowledge the extractor needs to name places the way the
guide asks (``../shared/spec/GUIDE.md`` §2–3):

* ``即墨`` is 即墨区, which lies in 青岛市, which lies in 山东省 — the ``locatedIn``
  nesting of places (村/社区 → 街道/镇 → 区/县 → 市 → 省);
* ``区住建局`` in an article about 即墨区 is 即墨区住建局: the scope words ``区``,
  ``市``, ``省`` (also ``我区``, ``全市`` …) resolve to the article's district, city
  or province;
* a name such as ``城阳`` is ambiguous (城阳区, 城阳街道) and is resolved inside the
  article's district or city.

Two data files ship with the package (see ``kg/data/SOURCES.md``):

``kg/data/divisions.tsv``
    the National Bureau of Statistics codes (2023 edition, state of 2023-06-30):
    provinces, cities, districts/counties and towns (街道/镇/乡) of the whole country,
    villages (村/社区) of 青岛市. Columns ``code name level parent_code``.
``kg/data/functional_areas.tsv``
    a short hand list of names the news uses that are not formal divisions:
    西海岸新区 (another name of 黄岛区), 青岛开发区, 通济新区 …

Nothing is read at import time; :meth:`Gazetteer.load` reads both files once and
caches the result.  What it derives from them (the divisions with their short names, and
the index of :meth:`Gazetteer.place_names` with its default arguments: ~0.6 s a process)
is also kept between runs in kg's cache of derived tables (:mod:`kg.lang.derived`), keyed
by the data files' text and this module's source, and read back in ~0.35 s.

Examples
--------
>>> gaz = Gazetteer.load()
>>> jimo = gaz.lookup("即墨")[0]
>>> jimo.name, jimo.code
('即墨区', '370215')
>>> [d.name for d in gaz.parents(jimo)]
['青岛市', '山东省']
>>> gaz.resolve_scope("市", [jimo]).name
'青岛市'
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.errors import KgError
from kg.lang import derived
from kg.lang.datafiles import read_data

__all__ = [
    "Division",
    "Gazetteer",
    "PlaceIndex",
    "LEVELS",
    "KINDS",
    "GENERIC_NAMES",
    "HOME_CODES",
    "DATA_FILES",
    "read_texts",
    "short_name",
]

#: The data files the gazetteer reads, under ``kg/data/`` (or a saved pipeline's folder).
DATA_FILES: tuple[str, ...] = ("divisions.tsv", "functional_areas.tsv", "countries.tsv", "regions.tsv", "world_cities.tsv")

#: Levels from the top down. ``zone`` is a functional area inside a district
#: (通济新区, 青岛开发区); it may cross town lines, so towns are not nested in it.
LEVELS: tuple[str, ...] = ("province", "city", "district", "zone", "town", "village")
_LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}

#: ``division``: a formal division; ``statistical``: an NBS "类似县级/乡级单位"
#: (development zone, farm, scenic area counted like a district or town);
#: ``functional``: a functional area from the hand list; ``alias``: another name of
#: a division or functional area (it carries the same code).
KINDS: tuple[str, ...] = ("division", "statistical", "functional", "alias")
_KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}

#: Words that name divisions somewhere (山西 has districts called 城区, 矿区, 郊区; 洛阳 a 老城区)
#: but are ordinary words in news text; never looked up, never recognised.
GENERIC_NAMES: frozenset[str] = frozenset(
    "中心 新区 市 区 省 县 镇 乡 村 街道 社区 城区 郊区 矿区 市区 市辖区 县城 "
    "开发区 高新区 园区 新城 老城 城关 片区 辖区 老城区 新城区".split()
)

#: Short forms that are too common as words to recognise in running text
#: (they can still be looked up).
_SHORT_STOP: frozenset[str] = frozenset(
    "市中 城中 城东 城西 城南 城北 开发 高新 新城 中心 东区 西区 南区 北区 阿里 白银 普洱 安康 中山 来宾".split()
)

#: Where district and county short forms are recognised by default: 山东省, the
#: province the news kg reads comes from. Elsewhere county short forms (资源, 合作,
#: 比如, 解放, 东方 …) are mostly ordinary words.
HOME_CODES: tuple[str, ...] = ("370000",)

# The 55 ethnic minorities' names as they appear in 自治区/州/县/旗 and 民族乡 names,
# longest first so that 土家族 is stripped before a shorter name could match.
_ETHNIC = sorted(
    (
        "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
        "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
        "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
    ).split(),
    key=len,
    reverse=True,
)

# Suffixes stripped for the short name, by level, longest first; the first that
# matches is stripped (惜福镇街道 → 惜福镇, not 惜福).
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "city": ("自治州", "地区", "盟", "市"),
    "district": ("自治县", "自治旗", "新区", "林区", "特区", "区", "县", "市", "旗"),
    "town": ("街道办事处", "街道", "办事处", "地区", "苏木", "镇", "乡"),
}

def level_suffixes(level: str) -> tuple[str, ...]:
    """The words a division's name ends with at ``level`` (town: 街道, 镇, 乡 …), longest first."""
    return _SUFFIXES.get(level, ())


# A stem ending in a road's word is the road's name, not the short name of the street named
# after it (郑州路街道: 郑州路 is the road).
_ROAD_ENDS = ("路", "街", "大道")



@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division, functional area or alias.

    Attributes
    ----------
    code : str
        GB/T 2260 / NBS code: 6 digits for provinces (``370000``), cities
        (``370200``) and districts (``370215``), 9 for towns, 12 for villages;
        ``<district>-F<n>`` for kg's functional areas. An alias has the code of
        what it names.
    name : str
        Full name as written (``即墨区``).
    level : str
        One of :data:`LEVELS`.
    parent_code : str or None
        Code of the enclosing division, ``None`` for provinces.
    short : str or None
        Short name (``即墨``), ``None`` when stripping would leave under 2 characters.
    kind : str
        One of :data:`KINDS`.
    """

    code: str
    name: str
    level: str
    parent_code: str | None
    short: str | None
    kind: str = "division"


def short_name(name: str, level: str) -> str | None:
    """Return the short form of a division's name, or ``None``.

    The level's suffix is stripped once (``街道``, ``镇``, ``区``, ``市``,
    ``自治州`` …), then any ethnic names before an autonomy suffix or a 民族乡
    (``延边朝鲜族自治州`` → ``延边``). No short form is made when fewer than two
    characters would remain (``城区``) or for levels without one (zones, villages).

    Parameters
    ----------
    name : str
        Full name.
    level : str
        One of :data:`LEVELS`.

    Returns
    -------
    str or None

    Examples
    --------
    >>> short_name("市南区", "district"), short_name("山东省", "province")
    ('市南', '山东')
    >>> short_name("黔东南苗族侗族自治州", "city"), short_name("惜福镇街道", "town")
    ('黔东南', '惜福镇')
    >>> short_name("城区", "district") is None
    True
    """
    for suffix in _SUFFIXES.get(level, ()):
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            break
    else:
        return None
    if name.endswith(("自治区", "自治州", "自治县", "自治旗")) and not stem.endswith("族"):
        # 新疆维吾尔自治区 → 新疆: the one name that writes its people without 族
        ethnic = next((e for e in _ETHNIC if len(e) >= 2 and stem.endswith(e) and len(stem) - len(e) >= 2), None)
        stem = stem[: -len(ethnic)] if ethnic else stem
    stripped = stem.endswith("族")
    while stripped:  # 湘西土家族苗族 → 湘西土家族 → 湘西
        stripped = False
        for ethnic in _ETHNIC:
            tail = ethnic + "族"
            if stem.endswith(tail) and len(stem) - len(tail) >= 2:
                stem, stripped = stem[: -len(tail)], True
                break
    if level == "town" and stem.endswith(_ROAD_ENDS):
        return None
    return stem if len(stem) >= 2 and stem != name else None


_OPEN_BITS = 20  # a million bits for some 25,000 opening pairs: 2% of other pairs share one
_HASH_MUL = np.uint64(0x9E3779B97F4A7C15)


def _pair_hash(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The bit of each pair of code points (uint64 arrays): a multiplicative hash of both."""
    with np.errstate(over="ignore"):  # the multiplication wraps around, as the hash means it to
        return ((first << np.uint64(21) | second) * _HASH_MUL) >> np.uint64(64 - _OPEN_BITS)


class PlaceIndex:
    """A set of place names with a fast leftmost-longest scan of text.

    Names are keyed by their first two characters (every name has at least two), so
    a scan costs one dictionary probe per character of text plus a few slices at
    the rare positions where a name may start.

    Parameters
    ----------
    names : Iterable[str]
        Names of two or more characters.

    Examples
    --------
    >>> index = PlaceIndex(["即墨区", "即墨", "青岛市", "青岛"])
    >>> index.find("青岛市即墨区通济新区")
    [(0, 3, '青岛市'), (3, 6, '即墨区')]
    >>> "即墨" in index
    True
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.names: frozenset[str] = frozenset(n for n in names if len(n) >= 2)
        lengths: defaultdict[str, set[int]] = defaultdict(set)
        for name in self.names:
            lengths[name[:2]].add(len(name))
        self._lengths = {key: tuple(sorted(ls, reverse=True)) for key, ls in lengths.items()}
        # a hashed bit per opening pair, for find's scan (a filter: a set bit may be a collision)
        self._opens = np.zeros(1 << _OPEN_BITS, dtype=bool)
        pairs = np.array([[ord(key[0]), ord(key[1])] for key in self._lengths], dtype=np.uint64).reshape(-1, 2)
        self._opens[_pair_hash(pairs[:, 0], pairs[:, 1])] = True

    def with_names(self, extra: Iterable[str]) -> PlaceIndex:
        """This index and ``extra`` names in one, made from this one's tables (no rebuild).

        >>> PlaceIndex(["即墨区"]).with_names(["日本"]).find("日本即墨区")
        [(0, 2, '日本'), (2, 5, '即墨区')]
        """
        added = frozenset(n for n in extra if len(n) >= 2) - self.names
        index = object.__new__(PlaceIndex)
        index.names = self.names | added
        lengths: dict[str, set[int]] = {}
        for name in added:
            lengths.setdefault(name[:2], set(self._lengths.get(name[:2], ()))).add(len(name))
        index._lengths = {**self._lengths, **{key: tuple(sorted(ls, reverse=True)) for key, ls in lengths.items()}}
        index._opens = self._opens.copy()
        if added:
            pairs = np.array([[ord(n[0]), ord(n[1])] for n in added], dtype=np.uint64).reshape(-1, 2)
            index._opens[_pair_hash(pairs[:, 0], pairs[:, 1])] = True
        return index

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __len__(self) -> int:
        return len(self.names)

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Return ``(start, end, name)`` of each name found, leftmost-longest, not overlapping.

        Matching is by characters only: it knows nothing of word boundaries
        (``市南`` is found inside ``城市南部``), so callers check boundaries.
        """
        found: list[tuple[int, int, str]] = []
        if len(text) < 2:
            return found
        lengths, names = self._lengths, self.names
        # Only a position whose two characters open a name can start one (about 1 in 13 of
        # them).  Testing every position's pair in Python cost most of the search, so numpy
        # tests the pairs' hashed bits at once; the few positions let through are checked here.
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
        maybe = np.flatnonzero(self._opens[_pair_hash(codes[:-1], codes[1:])]).tolist()
        done = 0  # the end of the last name found: names do not overlap
        for i in maybe:
            if i < done:
                continue
            candidates = lengths.get(text[i : i + 2])
            if candidates is None:
                continue  # another pair's bit
            for length in candidates:
                piece = text[i : i + length]
                if len(piece) == length and piece in names:
                    found.append((i, i + length, piece))
                    done = i + length
                    break
        return found


class Gazetteer:
    """Divisions indexed by code, full name and short name.

    Use :meth:`load` for the shipped data; the constructor takes any divisions
    (tests build small ones).

    Parameters
    ----------
    divisions : Iterable[Division]
        Formal divisions, statistical units, functional areas and aliases.
    source : str
        Where the data comes from (the data file's header), for reports.

    Examples
    --------
    >>> gaz = Gazetteer.load()
    >>> [d.name for d in gaz.lookup("山东")]
    ['山东省']
    >>> gaz.lookup("新区"), gaz.lookup("中心")
    ([], [])
    """

    def __init__(self, divisions: Iterable[Division], source: str = "", world: Iterable[str] = (),
                 cities: Iterable[str] = ()) -> None:
        self.source = source
        self.world: frozenset[str] = frozenset(world)  # country and region names (world_names)
        # the world's cities and China's own name (world_cities.tsv): not looked for in text, they
        # vouch for a name the tagger finds whole
        self.cities: frozenset[str] = frozenset(cities)
        self._world: PlaceIndex | None = None
        self.divisions: tuple[Division, ...] = tuple(divisions)
        self._by_code: dict[str, Division] = {}
        self._by_name: defaultdict[str, list[Division]] = defaultdict(list)
        self._by_short: defaultdict[str, list[Division]] = defaultdict(list)
        self._indexes: dict[tuple[object, ...], PlaceIndex] = {}  # place_names(), built on demand
        for div in self.divisions:
            current = self._by_code.get(div.code)  # an alias shares its target's code; the target wins
            if current is None or (current.kind == "alias" and div.kind != "alias"):
                self._by_code[div.code] = div
            if div.name not in GENERIC_NAMES:
                self._by_name[div.name].append(div)
            if div.short and div.short not in GENERIC_NAMES:
                self._by_short[div.short].append(div)

    # -- loading ---------------------------------------------------------------

    @classmethod
    def load(cls, folder: str | Path | None = None) -> Gazetteer:
        """Return the gazetteer of the shipped data files, read once and cached; or, given a
        folder (a saved pipeline's copy), of the :data:`DATA_FILES` there, read each time."""
        if folder is None:
            return _shipped()
        return _from_texts(read_texts(folder), str(folder))

    def world_names(self) -> PlaceIndex:
        """Places beyond China's divisions, by name (no code): the countries of ``countries.tsv``
        (ISO 3166-1, CLDR's Chinese names) and the regions of ``regions.tsv`` (长三角, 京津冀)."""
        if self._world is None:
            self._world = PlaceIndex(self.world)
        return self._world

    @classmethod
    def from_text(cls, divisions_tsv: str, functional_tsv: str = "", *, origin: str = "<text>") -> Gazetteer:
        """Build a gazetteer from the text of the two TSV files (see the module docstring)."""
        header = "\n".join(line for line in divisions_tsv.splitlines() if line.startswith("#"))
        divs = list(_read_divisions(divisions_tsv, origin))
        if functional_tsv:
            divs += _read_functional(functional_tsv, origin + " (functional areas)")
        return cls(divs, source=header)

    # -- queries ----------------------------------------------------------------

    def get(self, code: str) -> Division | None:
        """Return the division with this code (not an alias when a division has it)."""
        return self._by_code.get(code)

    def lookup(self, name: str) -> list[Division]:
        """Return the divisions called ``name``, by full name or short name.

        Full-name matches come first, then short-name matches; within each, higher
        levels first, then by code. Generic words (:data:`GENERIC_NAMES`) and
        single characters give nothing.

        Parameters
        ----------
        name : str
            ``即墨区``, ``即墨``, ``西海岸新区`` …

        Returns
        -------
        list[Division]

        Examples
        --------
        >>> [(d.name, d.code) for d in Gazetteer.load().lookup("城阳")][:3]
        [('城阳区', '370214'), ('城阳镇', '350981112'), ('城阳街道', '370214001')]
        """
        name = name.strip()
        if len(name) < 2 or name in GENERIC_NAMES:
            return []
        full = sorted(self._by_name.get(name, ()), key=_order)
        short = sorted((d for d in self._by_short.get(name, ()) if d not in full), key=_order)
        return full + short

    def canonical(self, div: Division) -> Division:
        """Return what an alias names (西海岸新区 → 黄岛区); other divisions unchanged."""
        if div.kind == "alias":
            return self._by_code.get(div.code, div)
        return div

    def parents(self, div: Division) -> list[Division]:
        """Return the enclosing divisions, nearest first, up to the province.

        Examples
        --------
        >>> gaz = Gazetteer.load()
        >>> [d.name for d in gaz.parents(gaz.lookup("西海岸新区")[0])]
        ['青岛市', '山东省']
        """
        chain: list[Division] = []
        code = div.parent_code
        while code and len(chain) < len(LEVELS):
            parent = self._by_code.get(code)
            if parent is None:
                break
            chain.append(parent)
            code = parent.parent_code
        return chain

    def contains(self, outer: Division, inner: Division) -> bool:
        """Return whether ``inner`` is ``outer`` or lies inside it (aliases count as what they name)."""
        target = self.canonical(outer).code
        return any(d.code == target for d in [self.canonical(inner), *self.parents(inner)])

    def province(self, div: Division) -> Division:
        """Return the province-level division ``div`` lies in (itself when it is one): a town of the same name in
        another province is a namesake, not the page's own.

        >>> gaz = Gazetteer.load()
        >>> gaz.province(gaz.lookup("西海岸新区")[0]).name
        '山东省'
        """
        div = self.canonical(div)
        return ([*self.parents(div)[-1:]] or [div])[0]

    def city(self, div: Division) -> Division | None:
        """Return the city-level division ``div`` is or lies in; ``None`` for a province or a division directly under
        one (a municipality's district lies in no city of the data's).

        >>> gaz = Gazetteer.load()
        >>> gaz.city(gaz.lookup("西海岸新区")[0]).name
        '青岛市'
        """
        return next((d for d in [self.canonical(div), *self.parents(div)] if d.level == "city"), None)

    def same_province(self, one: Division, other: Division) -> bool:
        """Return whether two divisions lie in one province."""
        return self.province(one).code == self.province(other).code

    def inside_at(self, outer: str, text: str, at: int) -> int:
        """The length (three or two characters) of the name of a city or county inside one called ``outer`` that
        ``text`` has at ``at`` (河北 | 无极: 无极县 is in 河北); 0 where there is none.  A short name jieba keeps as a
        common word (无极), which :meth:`place_names` leaves out, counts here: the place before it vouches for it.
        A town's name does not (武城 | 甲马营纺织: firms are named after their township too)."""
        parents = self.lookup(outer)
        for k in (3, 2):
            if any(d.level in ("city", "district") and d.code != o.code and self.contains(o, d)
                   for d in self.lookup(text[at : at + k]) for o in parents):
                return k
        return 0

    def full_name(self, name: str, context: Division | None = None) -> Division | None:
        """Resolve a possibly ambiguous place name, preferring candidates inside ``context``.

        Candidates are ranked by how much of their parent chain they share with the
        context (inside the context's district beats inside its city beats inside
        its province), then full-name over short-name matches, then higher level
        over lower (``城阳`` is 城阳区 before 城阳街道). When the best two tie on all
        of that, the name is ambiguous and ``None`` is returned.

        Parameters
        ----------
        name : str
            A place name as written.
        context : Division or None
            The article's district or city.

        Returns
        -------
        Division or None

        Examples
        --------
        >>> gaz = Gazetteer.load()
        >>> jimo = gaz.lookup("即墨区")[0]
        >>> town = gaz.full_name("龙山街道", jimo)
        >>> town.code, gaz.parents(town)[0].name
        ('370215005', '即墨区')
        """
        candidates = self.lookup(name)
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        context_chain = [] if context is None else [self.canonical(context), *self.parents(context)]
        context_codes = {d.code: len(context_chain) - i for i, d in enumerate(context_chain)}

        def shared(div: Division) -> int:  # depth of the deepest common ancestor (province = 1)
            for d in [self.canonical(div), *self.parents(div)]:
                if d.code in context_codes:
                    return context_codes[d.code]
            return 0

        name = name.strip()
        scored = sorted(
            ((-shared(d), d.name != name, _LEVEL_RANK[d.level]), _order(d), d) for d in candidates
        )
        if len(scored) > 1 and scored[0][0] == scored[1][0]:
            first, second = scored[0][2], scored[1][2]
            if self.canonical(first).code != self.canonical(second).code:
                return None
        return scored[0][2]

    def resolve_scope(self, word: str, context: Sequence[Division]) -> Division | None:
        """Resolve a scope word (GUIDE §3) to the context's district, city or province.

        ``区``/``我区``/``全区``/``本区`` → the nearest enclosing district whose name
        ends in 区 (or an autonomous region); ``县`` likewise; ``市`` → a
        county-level city if the context is one (胶州市 says 我市 of itself), else
        the city, else a municipality (北京市); ``旗`` → the banner; ``省`` → the province; ``镇``, ``乡``,
        ``街道`` → the town; ``州`` → the autonomous prefecture. Each context division is tried in order, from itself
        upward.

        Parameters
        ----------
        word : str
            The scope word, e.g. the ``区`` of ``区住建局``.
        context : Sequence[Division]
            The article's divisions, most specific first.

        Returns
        -------
        Division or None
            ``None`` for words that are not scope words or a context without a match.

        Examples
        --------
        >>> gaz = Gazetteer.load()
        >>> jimo = gaz.lookup("即墨区")[0]
        >>> [gaz.resolve_scope(w, [jimo]).name for w in ("区", "全市", "我省")]
        ['即墨区', '青岛市', '山东省']
        """
        m = _scope_word_re().match(word.strip())
        if not m:
            return None
        unit = m.group(1)
        for start in context:
            for div in [start, *self.parents(start)]:
                if _scope_fits(unit, div):
                    return div
        return None

    def place_names(
        self,
        *,
        short_levels: Sequence[str] = ("province", "city", "district"),
        district_shorts_in: Sequence[str] | None = HOME_CODES,
    ) -> PlaceIndex:
        """Return the names to recognise in text: full names and unambiguous short forms.

        Included are the full names of every formal division, functional area and
        alias (except :data:`GENERIC_NAMES`), and of the NBS statistical units whose
        name starts with their district's or city's name (胶州经济技术开发区, not
        新材料产业园). A short form is included when it has two or more characters,
        its division's level is in ``short_levels`` (town short forms such as 胜利,
        幸福 are ordinary words, so they are off by default), it is not another
        division's full name, and :meth:`full_name` resolves it without context
        (``城阳`` → 城阳区; ``市中`` names four districts and is left out).
        District short forms are further limited to districts inside
        ``district_shorts_in`` (codes; ``None`` for everywhere).

        Parameters
        ----------
        short_levels : Sequence[str]
            Levels whose short forms are recognised.
        district_shorts_in : Sequence[str] or None
            Codes of the divisions whose districts' short forms are recognised.

        Returns
        -------
        PlaceIndex
            Built once per argument set and cached on the gazetteer.

        Examples
        --------
        >>> names = Gazetteer.load().place_names()
        >>> "即墨" in names and "西海岸新区" in names and "新区" not in names
        True
        >>> names.find("即墨区通济新区和胶州")
        [(0, 3, '即墨区'), (3, 7, '通济新区'), (8, 10, '胶州')]
        """
        key = (tuple(short_levels), None if district_shorts_in is None else tuple(district_shorts_in))
        if key not in self._indexes:
            self._indexes[key] = self._build_index(*key)
        return self._indexes[key]

    def _build_index(self, short_levels: tuple[str, ...], district_shorts_in: tuple[str, ...] | None) -> PlaceIndex:
        full: set[str] = set()
        for div in self.divisions:
            if div.name in GENERIC_NAMES or len(div.name) < 2:
                continue
            if div.kind == "statistical":
                heads = [n for p in self.parents(div)[:2] for n in (p.name, p.short) if n]
                if not any(div.name.startswith(h) for h in heads):
                    continue
            full.add(div.name)
        home = None if district_shorts_in is None else {self.get(c) for c in district_shorts_in} - {None}
        shorts: set[str] = set()
        for div in self.divisions:
            s = div.short
            if not s or div.level not in short_levels or s in full or s in _SHORT_STOP or s in GENERIC_NAMES:
                continue
            if div.level == "district" and home is not None and not any(self.contains(h, div) for h in home):
                continue
            if self.full_name(s) is not None:
                shorts.add(s)
        return PlaceIndex(full | shorts)


# -- helpers ---------------------------------------------------------------------


@functools.cache
def _scope_word_re() -> re.Pattern:
    """A whole scope word (区, 我区, 全市): kg/data/scope_words.tsv, read through the lexicon."""
    from kg.lang import lexicon

    return re.compile("^" + lexicon.load().scope_pattern + "$")


def _order(div: Division) -> tuple[int, int, str]:
    return (_LEVEL_RANK[div.level], _KIND_RANK[div.kind], div.code)


def _scope_fits(unit: str, div: Division) -> bool:
    if unit.startswith("自治"):  # 自治区, 自治州, 自治县: the autonomous region, prefecture or county
        return div.level == {"自治区": "province", "自治州": "city", "自治县": "district"}.get(unit) and div.name.endswith(unit)
    if unit == "省":
        return div.level == "province" and div.name.endswith("省")
    if unit == "市":
        return div.name.endswith("市") and div.level in ("province", "city", "district")
    if unit == "区":
        return (div.level == "district" and div.name.endswith("区")) or (
            div.level == "province" and div.name.endswith("自治区")
        )
    if unit == "州":  # (州委, 州人民政府: the autonomous prefecture, a city of its level; no town ends in 州)
        return div.level == "city" and div.name.endswith(unit)
    if unit in ("县", "旗"):  # (旗: Inner Mongolia's banners, its counties)
        return div.level == "district" and div.name.endswith(unit)
    return div.level == "town" and div.name.endswith(unit)  # 镇, 乡, 街道


def _kind_of(code: str, level: str) -> str:
    """NBS codes 7x at district level and 4xx/5xx at town level are statistical units."""
    if level == "district" and code[4] == "7":
        return "statistical"
    if level == "town" and code[6] in "45":
        return "statistical"
    return "division"


def _rows(text: str, origin: str, width: int) -> Iterator[tuple[int, list[str]]]:
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:  # the column-name line
            header_seen = True
            continue
        cols = line.split("\t")
        if len(cols) != width:
            raise KgError(f"{origin}:{lineno}: expected {width} tab-separated columns, got {len(cols)}: {line!r}")
        yield lineno, cols


def _read_divisions(text: str, origin: str) -> Iterator[Division]:
    for lineno, (code, name, level, parent) in _rows(text, origin, 4):
        if level not in _LEVEL_RANK:
            raise KgError(f"{origin}:{lineno}: unknown level {level!r}; valid: {', '.join(LEVELS)}")
        kind = _kind_of(code, level)
        short = short_name(name, level) if kind == "division" else None
        yield Division(code, name, level, parent or None, short, kind)


def _read_functional(text: str, origin: str) -> Iterator[Division]:
    for lineno, (name, kind, level, code, parent, _note, _source) in _rows(text, origin, 7):
        if kind not in ("functional", "alias"):
            raise KgError(f"{origin}:{lineno}: unknown kind {kind!r}; valid: functional, alias")
        if level not in _LEVEL_RANK:
            raise KgError(f"{origin}:{lineno}: unknown level {level!r}; valid: {', '.join(LEVELS)}")
        short = short_name(name, level) if level == "district" else None
        yield Division(code, name, level, parent or None, short, kind)


def read_texts(folder: str | Path | None = None) -> dict[str, str]:
    """The text of each file of :data:`DATA_FILES`, from ``kg/data/`` or from ``folder``."""
    return read_data(DATA_FILES, folder, "divisions data")


@functools.cache
def _shipped() -> Gazetteer:
    texts = read_texts()
    key = _cache_key(texts)
    saved = derived.load("gazetteer", key)
    gaz = _decode(saved) if saved is not None else None
    if gaz is None:
        gaz = _from_texts(texts, "kg/data")
        derived.save("gazetteer", key, _encode(gaz))
    return gaz


def _from_texts(texts: dict[str, str], origin: str) -> Gazetteer:
    gaz = Gazetteer.from_text(texts["divisions.tsv"], texts["functional_areas.tsv"], origin=f"{origin}/divisions.tsv")
    world = [cols[1] for _, cols in _rows(texts["countries.tsv"], f"{origin}/countries.tsv", 2)]
    world += [cols[0] for _, cols in _rows(texts["regions.tsv"], f"{origin}/regions.tsv", 2)]
    gaz.world = frozenset(world)
    gaz.cities = frozenset(cols[1] for _, cols in _rows(texts["world_cities.tsv"], f"{origin}/world_cities.tsv", 2))
    return gaz


# -- the shipped gazetteer in kg's cache of derived tables ---------------------------

#: Version of the cached arrays' layout (part of the key, with the data and this module's source).
_CACHE_FORMAT = 1
#: The arguments of :meth:`Gazetteer.place_names` whose index is cached (its defaults).
_DEFAULT_INDEX = (("province", "city", "district"), HOME_CODES)


def _cache_key(texts: dict[str, str]) -> str:
    """Of the data files and of this module's source: a change to either (a new stop word,
    another rule for short names) derives the tables again rather than read stale ones."""
    return derived.digest([*(texts[name] for name in DATA_FILES), Path(__file__).read_bytes()],
                          version=_CACHE_FORMAT)


def _encode(gaz: Gazetteer) -> dict[str, np.ndarray]:
    """The divisions as columns (``None`` as an empty string; levels and kinds as their
    numbers), the header lines, the world's names and the default index's names."""
    divs = gaz.divisions
    level, kind = {v: i for i, v in enumerate(LEVELS)}, {v: i for i, v in enumerate(KINDS)}
    return {
        "code": derived.text_array(d.code for d in divs),
        "name": derived.text_array(d.name for d in divs),
        "parent": derived.text_array(d.parent_code or "" for d in divs),
        "short": derived.text_array(d.short or "" for d in divs),
        "level": np.array([level[d.level] for d in divs], dtype=np.uint8),
        "kind": np.array([kind[d.kind] for d in divs], dtype=np.uint8),
        "source": derived.text_array(gaz.source.split("\n")),
        "world": derived.text_array(sorted(gaz.world)),
        "cities": derived.text_array(sorted(gaz.cities)),
        "places": derived.text_array(sorted(gaz.place_names(short_levels=_DEFAULT_INDEX[0],
                                                            district_shorts_in=_DEFAULT_INDEX[1]).names)),
    }


def _decode(arrays: dict[str, np.ndarray]) -> Gazetteer | None:
    """The gazetteer of :func:`_encode`'s arrays, or ``None`` when they do not fit together."""
    try:
        columns = [derived.text_list(arrays[k]) for k in ("code", "name", "parent", "short")]
        levels = [LEVELS[i] for i in arrays["level"].tolist()]
        kinds = [KINDS[i] for i in arrays["kind"].tolist()]
        if len({len(c) for c in (*columns, levels, kinds)}) != 1:
            return None
        codes, names, parents, shorts = columns
        divisions = map(Division, codes, names, levels, [p or None for p in parents],
                        [s or None for s in shorts], kinds)
        gaz = Gazetteer(divisions, source="\n".join(derived.text_list(arrays["source"])),
                        world=derived.text_list(arrays["world"]), cities=derived.text_list(arrays["cities"]))
        gaz._indexes[_DEFAULT_INDEX] = PlaceIndex(derived.text_list(arrays["places"]))
        return gaz
    except (KeyError, IndexError, UnicodeDecodeError, ValueError):
        return None
