"""How ``kg_entities`` settles overlapping candidates: registered filters, chosen by name.

As spaCy's ``SpanRuler`` takes its ``ents_filter`` from the registry
(``{"@misc": "spacy.first_longest_spans_filter.v1"}``), ``kg_entities`` takes a filter
named in its config.  A filter is a function of a :class:`CandidateSet` that returns the
mentions to keep, in text order.  Two are registered:

``kg.prioritize_rules_filter.v1`` (the default)
    The rule tiers in order: within a tier, longer names first, then the source listed
    first, then the leftmost; a name is kept where nothing kept so far overlaps it, so a
    later tier only fills gaps (officials are named after the bodies, a bare prize after
    its contest).  Then the model names (``kg_ner`` …), each kept only where no rule
    candidate overlaps it — kept or not: where a rule looked, its boundaries are trusted
    over a model's — except places of the divisions data wholly inside it.  Last, the
    places of the divisions data: on their own, and inside longer names (青岛 in
    青岛市城市管理局) so nesting edges can be drawn.
``kg.first_longest_filter.v1``
    Every rule and model name in one pool, longer first (then tier, source, leftmost);
    then the places as above.  For measuring a model that may know better than the rules.

A place is not reported inside a longer name when it crosses that name's edge, when it
is the name itself, when it and one more character are a place candidate inside the
name (胶州 of 胶州湾 in 胶州湾底绿道), or when the name is a person's or a place's (胶州 of 胶州湾).
A place another rule found (a road, a river, a village) is kept inside a project's name
(郑州路 of 郑州路两侧征收项目), unless it crosses or repeats another name there, has two
characters only (蓝湾 of 蓝湾科创中心: a word of the name) or is the project without its
项目 (甲路快速路 of 甲路快速路项目: the same work); so is a hospital or school opening a project's
name (甲县人民医院 of 甲县人民医院门诊医技综合楼: the institution the work is built for).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.util import registry

from kg.lang import lexicon
from kg.nlp.entities.text_classes import INSTITUTION_ENDS, RING
from kg.records import Mention

__all__ = ["CandidateSet", "EntityFilter", "prioritize_rules_filter", "first_longest_filter", "first_longest"]


@dataclass(frozen=True)
class CandidateSet:
    """What ``kg_entities`` hands its filter.

    Attributes
    ----------
    tiers : sequence of tiers; a tier is a sequence of groups (one per source, in priority
        order), a group a sequence of mentions.
    nested : mentions that may also be kept inside longer names (places of the divisions data).
    models : the model sources' mentions, typed by kg (lowest priority).
    """

    tiers: Sequence[Sequence[Sequence[Mention]]]
    nested: Sequence[Mention] = ()
    models: Sequence[Mention] = ()


#: A filter: candidates in, the mentions to keep out (text order).
EntityFilter = Callable[[CandidateSet], list[Mention]]


def first_longest(ranked: Sequence[tuple[Mention, int]], occupied: list[tuple[int, int]]) -> list[Mention]:
    """Keep from ``(mention, rank)`` pairs a set overlapping nothing in ``occupied`` nor each
    other: longer first, then lower rank, then leftmost (ties keep the given order).
    ``occupied`` is extended with what is kept."""
    ordered = sorted(ranked, key=lambda mr: (-(mr[0].end - mr[0].start), mr[1], mr[0].start))
    kept: list[Mention] = []
    for m, _ in ordered:
        if any(a < m.end and m.start < b for a, b in occupied):
            continue
        kept.append(m)
        occupied.append((m.start, m.end))
    return kept


def prioritize_rules_filter(candidates: CandidateSet) -> list[Mention]:
    """Rule tiers in order, then model names where no rule looked, then nested places."""
    chosen: list[Mention] = []
    occupied: list[tuple[int, int]] = []
    for tier in candidates.tiers:
        chosen += first_longest([(m, rank) for rank, group in enumerate(tier) for m in group], occupied)
    if candidates.models:
        rule_spans = [(m.start, m.end) for tier in candidates.tiers for group in tier for m in group]
        nested = [(m.start, m.end) for m in candidates.nested]
        free = [
            (m, 0) for m in candidates.models
            if not any(a < m.end and m.start < b for a, b in rule_spans)
            and all(m.start <= a and b <= m.end and (a, b) != (m.start, m.end)
                    for a, b in nested if a < m.end and m.start < b)
        ]
        chosen += first_longest(free, occupied)
    return _with_nested(chosen, candidates)


def first_longest_filter(candidates: CandidateSet) -> list[Mention]:
    """Every rule and model name in one pool, longer first; then nested places."""
    ranked, rank = [], 0
    for tier in candidates.tiers:
        for group in tier:
            ranked += [(m, rank) for m in group]
            rank += 1
    ranked += [(m, rank) for m in candidates.models]
    return _with_nested(first_longest(ranked, []), candidates)


def _with_nested(chosen: list[Mention], candidates: CandidateSet) -> list[Mention]:
    """``chosen`` plus the nested candidates (places) the module docstring allows, in text order."""
    chosen = list(chosen)
    taken = [(m.start, m.end) for m in chosen]
    persons = {(m.start, m.end) for m in chosen if m.type in ("Person", "Official")}
    # place candidates: 胶州湾 (a suffix name that lost to 胶州湾底绿道) is 胶州 and one character
    places = {(m.start, m.end) for tier in candidates.tiers for group in tier for m in group if m.type == "Place"}
    for p in candidates.nested:
        s, e = p.start, p.end
        if not any(a <= s and e <= b and (a, b) != (s, e) and (a, b) not in persons for a, b in taken):
            if any(a < e and s < b for a, b in taken):
                if not any(a <= s and e <= b for a, b in taken):
                    continue  # crosses another name's edge: not this place
        if (s, e) in taken:
            continue
        if (s, e + 1) in places and any(m.start <= s and e < m.end for m in chosen):
            continue  # 胶州 of 胶州湾底绿道 is not 胶州市
        if any(m.start <= s and e <= m.end and m.type in ("Person", "Official", "Place")
               and not RING.match(m.text, e - m.start) for m in chosen):
            continue  # 胶州 of 胶州湾 is not 胶州市 (佛山 of 佛山一环高速 is: the city's ring road)
        chosen.append(p)
    # a road, river or village inside a project's name (郑州路 of 郑州路两侧征收项目): a place the rules found
    projects = {(m.start, m.end): m.text for m in chosen if m.type == "Project"}
    if projects:
        taken = [(m.start, m.end) for m in chosen]
        same, grounds = _same_work(), lexicon.load().work_grounds
        inner = [p for tier in candidates.tiers for group in tier for p in group if p.type == "Place"
                 and any(a <= p.start and p.end <= b and (a, b) != (p.start, p.end) for a, b in projects)]
        for p in inner:
            if p.end - p.start < 3:
                continue  # 蓝湾 of 蓝湾科创中心: two characters inside a name are a word of it, no place
            if any(a == p.start and (text in (p.text + "项目", p.text + "工程") or p.text.endswith(grounds)
                                     and same.fullmatch(text, len(p.text))) for (a, _), text in projects.items()):
                continue  # 甲路快速路 of 甲路快速路项目, 甲小镇 of 甲小镇一期, 甲街区 of 甲街区提升项目: the project is
                # that place's work (its phase, what is done to it: grounds the news builds), no place beside it
                # (a compound renovated is a place of its own: 甲小区 of 甲小区改造项目)
            if any(b == p.end for _, b in projects):
                continue  # 古城文化旅游街区 of 岚都古城文化旅游街区 (built: a work): the work's own grounds, cut short
            if any(q.start <= p.start and p.end <= q.end and q is not p for q in inner):
                continue  # 东山 of 东山前片区, 淮涉河 of 淮涉河二路: part of a longer place
            if any(a < p.end and p.start < b and (a, b) not in projects
                   and not (p.start <= a and b <= p.end and (a, b) != (p.start, p.end)) for a, b in taken):
                continue  # it crosses or repeats another name in the project's (a place inside it is fine:
                # 漳州 of 漳州经济技术开发区 of 漳州经济技术开发区基础设施项目)
            chosen.append(p)
            taken.append((p.start, p.end))
        # an institution opening a work's name (甲县人民医院 | 门诊医技综合楼, 甲中学 | 新校区教学楼): named too
        for p in (p for tier in candidates.tiers for group in tier for p in group):
            if p.type == "Organization" and p.text.endswith(INSTITUTION_ENDS) and (p.start, p.end) not in taken \
                    and any(a == p.start and p.end < b for a, b in projects) \
                    and not any(_crosses((p.start, p.end), span) for span in taken):
                chosen.append(p)
                taken.append((p.start, p.end))
    chosen.sort(key=lambda m: (m.start, -m.end))
    return chosen


@functools.cache
def _same_work() -> re.Pattern:
    """What may follow grounds the news builds (work_names.tsv grounds: 小镇, 街区) in the name of a work on them
    itself: its phase, what is done to it (work_names.tsv verb and repair), its kind word (一期, 提升改造, 项目)."""
    lex = lexicon.load()
    done = "|".join(sorted({*lex.work_name_verbs, *lex.work_repairs}, key=len, reverse=True))
    return re.compile(rf"(?:{lexicon.PHASE})?(?:{done})*(?:项目|工程)?")


def _crosses(span: tuple[int, int], other: tuple[int, int]) -> bool:
    """Do the two spans overlap with neither inside the other (a name crossing another's edge)?"""
    (s, e), (a, b) = span, other
    return a < e and s < b and not (a <= s and e <= b) and not (s <= a and b <= e)


@registry.misc("kg.prioritize_rules_filter.v1")
def make_prioritize_rules_filter() -> EntityFilter:
    """The default filter of ``kg_entities`` (see :func:`prioritize_rules_filter`)."""
    return prioritize_rules_filter


@registry.misc("kg.first_longest_filter.v1")
def make_first_longest_filter() -> EntityFilter:
    """Rules and models in one pool, longer first (see :func:`first_longest_filter`)."""
    return first_longest_filter
