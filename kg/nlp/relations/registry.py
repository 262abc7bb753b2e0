"""The registry of relation rules, and what every rule is handed: one sentence.

A rule is a plain function of a :class:`Sentence` registered under a name with
:func:`rule`; it adds what it finds with :meth:`Sentence.add`.  The component
(:mod:`kg.nlp.relations.component`) runs the rules its config lists, in that order, on every
sentence.  A rule's name is what the evidence records as ``kg:rule``; its ``basis`` says
whether a sentence *states* the relation (the evidence shows that sentence) or kg *infers*
it (from the divisions data, a place inside a name, the article's own district: no sentence
says it, so none is shown as evidence).

>>> sorted(RULES) == sorted(set(RULES))
True
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from kg.lang.gazetteer import Division
    from kg.nlp.relations.data import RelationData
    from kg.records import Mention

from kg.schema import BASES, BODY_TYPES, PERSON_TYPES

__all__ = ["Rule", "RULES", "rule", "Sentence", "Article", "Found", "nested", "is_outlet", "names_park", "PARK_TYPES", "ENUMERATED"]


@dataclass(frozen=True)
class Rule:
    """A registered relation rule; ``needs``: the mention types a sentence must have for the rule
    to find anything (any one of them; empty: every sentence), so the component skips the rest."""

    name: str
    func: Callable[[Sentence], None]
    basis: str
    module: str
    needs: frozenset[str] = frozenset()


#: Every registered rule by name (filled as the rule modules are imported).
RULES: dict[str, Rule] = {}


def rule(name: str, *, basis: str = "stated",
         needs: Iterable[str] = ()) -> Callable[[Callable[[Sentence], None]], Callable[[Sentence], None]]:
    """Register ``func`` as the relation rule ``name`` (``needs``: see :class:`Rule`).

    Raises
    ------
    ValueError
        For a name registered twice or a basis that is not one of :data:`BASES`.
    """
    if basis not in BASES:
        raise ValueError(f"rule {name!r}: basis {basis!r} is not one of {', '.join(BASES)}")

    def register(func: Callable[[Sentence], None]) -> Callable[[Sentence], None]:
        if name in RULES and RULES[name].func is not func:
            raise ValueError(f"relation rule {name!r} is registered twice ({RULES[name].module}, {func.__module__})")
        RULES[name] = Rule(name, func, basis, func.__module__, frozenset(needs))
        return func

    return register


#: What a rule finds: (subject index, predicate, object index, rule name, qualifiers).
Found = tuple[int, str, int, str, dict]


@dataclass
class Article:
    """What every sentence of one article shares: its text, its mentions (rules may append
    mentions, so indexes stay valid), its place, the data, and state carried between sentences."""

    text: str
    mentions: list[Mention]
    context: Division | None
    data: RelationData
    state: dict[str, Any] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    _ordered: int = 0

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.mentions]
        ordered = len(self._starts)
        if any(a > b for a, b in zip(self._starts, self._starts[1:])):
            ordered = 0  # not in text order after all: scan them all
        self._ordered = ordered

    def in_span(self, s: int, e: int) -> list[int]:
        """The indexes of the mentions inside ``[s, e)``, ascending.

        The recogniser's mentions come in text order, so each sentence's are found by
        bisection (a scan of every mention for every sentence is quadratic in a long
        article); mentions rules added later are scanned.
        """
        starts, ordered, mentions = self._starts, self._ordered, self.mentions
        lo, hi = bisect_left(starts, s, 0, ordered), bisect_left(starts, e, 0, ordered)
        found = [i for i in range(lo, hi) if mentions[i].end <= e]
        found += [i for i in range(ordered, len(mentions)) if mentions[i].start >= s and mentions[i].end <= e]
        return found

    def add_mention(self, mention: Mention) -> int:
        """Append a mention a rule found (a body a post names, a programme money is for)."""
        self.mentions.append(mention)
        return len(self.mentions) - 1


@dataclass
class Sentence:
    """One sentence as the rules see it: ``[start, end)`` of the article's text and the
    indexes of the mentions inside it; rules add relations to ``found``."""

    article: Article
    start: int
    end: int
    idx: list[int]
    found: list[Found] = field(default_factory=list)
    investments: list[tuple[int, str, dict]] = field(default_factory=list)  # (project, rule, qualifiers)
    types: set[str] = field(default_factory=set)  # the types of its mentions (filled by __post_init__)
    _nested: dict[int, bool] = field(default_factory=dict)  # nested(i), asked by many rules: answered once

    def __post_init__(self) -> None:
        self.types = {self.article.mentions[i].type for i in self.idx}

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def mentions(self) -> list[Mention]:
        return self.article.mentions

    @property
    def data(self) -> RelationData:
        return self.article.data

    def add(self, subject: int, predicate: str, object_: int, rule_name: str, qualifiers: dict | None = None) -> None:
        self.found.append((subject, predicate, object_, rule_name, dict(qualifiers or {})))

    def invest(self, project: int, rule_name: str, qualifiers: dict) -> None:
        """Record a project's own investment (:class:`kg.records.InvestmentMention`)."""
        self.investments.append((project, rule_name, dict(qualifiers)))

    def add_mention(self, mention: Mention, *, visible: bool = True) -> int:
        """Append a mention (see :meth:`Article.add_mention`); ``visible``: the rules after this
        one see it among the sentence's mentions (an implied body, 区人民政府 of 区长, is only
        the object of the post that names it)."""
        i = self.article.add_mention(mention)
        if visible:
            self.idx.append(i)
            self.types.add(mention.type)
            self._nested.clear()  # the new mention may hold others
        return i

    def of_type(self, *types: str) -> list[int]:
        return [i for i in self.idx if self.mentions[i].type in types]

    def nested(self, i: int) -> bool:
        """Is mention ``i`` inside a longer mention of the sentence (a place inside an agency's name)?"""
        found = self._nested.get(i)
        if found is None:
            found = self._nested[i] = nested(self.mentions, self.idx, i)
        return found

    def chain_before(self, pos: int, types, joiners: Sequence[str] = ()) -> list[int]:
        """The mentions of ``types`` listed right before ``pos``, in order: ``甲、乙和丙`` ending
        at ``pos`` → [甲, 乙, 丙] (joiners: ``list_joiners``, and ``joiners`` besides); [] when none
        ends there."""
        mentions, text = self.mentions, self.text
        by_end = {mentions[i].end: i for i in sorted(self.idx, key=lambda i: mentions[i].start, reverse=True)
                  if mentions[i].type in types and not self.nested(i)}
        joiners = sorted({*self.data.longest_first("list_joiners"), *joiners}, key=lambda w: (-len(w), w))
        bodies = {mentions[i].end: i for i in self.idx if mentions[i].type in BODY_TYPES} if set(types) & PERSON_TYPES else {}
        places = {mentions[i].end: mentions[i].start for i in self.idx if mentions[i].type == "Place" and not self.nested(i)}
        chain: list[int] = []
        while pos in by_end:
            i = by_end[pos]
            chain.insert(0, i)
            start = _item_start(mentions[i], text)
            if mentions[i].type in PERSON_TYPES and not any(text.startswith(w, start - len(w)) for w in joiners):
                start = _body_of_the_item(text, start, bodies, mentions)
                if start == mentions[i].start:
                    start = _description_of_the_item(text, start, joiners)
            while mentions[i].type not in PERSON_TYPES and start in places:
                start = places[start]  # 甲镇乙合作社、丙镇丁村: an item opens with the places it is in
            if mentions[i].type in BODY_TYPES and (owned := self.data.regex("develops_owner_descriptor_before", _descriptor_before)
                                                   .search(text, max(0, start - 10), start)) is not None:
                start = owned.start()  # (甲公司与区属国有企业 | 乙公司: what kind of owner it is, before its name)
            joiner = next((w for w in joiners if text.startswith(w, start - len(w))), None)
            if joiner is None:
                break
            pos = start - len(joiner)
        return chain

    def chain_after(self, pos: int, types, joiners: Sequence[str] = ()) -> list[int]:
        """The mentions of ``types`` listed from ``pos`` on: ``甲、乙和丙`` starting at ``pos`` (joiners:
        ``list_joiners``, and ``joiners`` besides).  Where persons are listed, an item may open with the body
        the person works for (甲公司董事长袁某、乙局科长王某): the item is the person."""
        mentions, text = self.mentions, self.text
        by_start = {_item_start(mentions[i], text): i for i in sorted(self.idx, key=lambda i: mentions[i].end)
                    if mentions[i].type in types and not self.nested(i)}
        persons = {k: i for k, i in by_start.items() if mentions[i].type in PERSON_TYPES}
        joiners = sorted({*self.data.longest_first("list_joiners"), *joiners}, key=lambda w: (-len(w), w))
        chain: list[int] = []
        described = self.data.regex("develops_owner_descriptor", _owner_descriptor)
        while pos in by_start or (owned := described.match(text, pos)) is not None and (pos := owned.end()) in by_start:
            # (由区属国有企业甲公司, 甲公司与区属国有企业乙公司: what kind of owner a body is, before its name)
            i = by_start[pos]
            if persons and mentions[i].type in BODY_TYPES:
                i = _person_of_the_item(text, mentions[i].end, persons, i)
            while mentions[i].type == "Place" and mentions[i].end in by_start \
                    and mentions[by_start[mentions[i].end]].type == "Place":
                i = by_start[mentions[i].end]  # 刘家沟镇西湾村、…: an item of places written one inside the next is the last
            chain.append(i)
            end = mentions[i].end
            joiner = next((w for w in joiners if text.startswith(w, end)), None)
            if joiner is None:
                break
            pos = end + len(joiner)
        return chain


#: how many characters of a word for a person's work may stand between the body and the name in a list item
#: (甲公司 | 董事长 | 袁某, 乙医院 | 心内科主任医师 | 谷某)
_WORK_WORDS = 8


def _body_of_the_item(text: str, start: int, bodies: dict[int, int], mentions: list[Mention]) -> int:
    """Where a list item naming a person starts when the body the person works for and a word for their
    work are written before the name (甲局科长周建军、乙街道应急办工作人员孙丽等): at the body, else ``start``."""
    for gap in range(0, _WORK_WORDS + 1):
        k = bodies.get(start - gap)
        if k is not None and all("\u4e00" <= c <= "\u9fff" for c in text[start - gap : start]):
            return mentions[k].start
    return start


def _description_of_the_item(text: str, start: int, joiners: Sequence[str]) -> int:
    """Where a list item naming a person starts when words for their work, no body, are written before the name
    (青瓷艺人甲、技艺传承人乙等10人): right after the joiner before them, else ``start``."""
    for gap in range(2, _DESCRIPTION + 1):
        if not "\u4e00" <= text[start - gap : start - gap + 1] <= "\u9fff":
            return start
        if any(text.startswith(w, start - gap - len(w)) for w in joiners):
            return start - gap
    return start


#: how many characters of words for a person's work, no body, may open a list item (宝剑锻制技艺传承人 | 乙)
_DESCRIPTION = 10


def _person_of_the_item(text: str, end: int, persons: dict[int, int], body: int) -> int:
    """The person whose item starts at most eight characters of a word for their work after the body that
    ends at ``end`` (甲公司 | 董事长袁某, 乙街道 | 应急办工作人员孙某), else ``body``: the mirror of
    :func:`_body_of_the_item`."""
    for gap in range(0, _WORK_WORDS + 1):
        k = persons.get(end + gap)
        if k is not None and all("\u4e00" <= c <= "\u9fff" for c in text[end : end + gap]):
            return k
    return body


def _owner_descriptor(data) -> re.Pattern:
    """What kind of owner a body is, written before its name (区属国有企业, 镇属国有平台): relation_patterns.json
    ``develops_owner_descriptor_pattern``."""
    return re.compile(data["develops_owner_descriptor_pattern"])


def _descriptor_before(data) -> re.Pattern:
    return re.compile(f"(?:{data['develops_owner_descriptor_pattern']})$")


def _item_start(m: Mention, text: str) -> int:
    """Where a list item naming ``m`` starts: at its post when the post is written right before the
    person (甲局科长周建军、乙局局长韩冬梅等: the item is the post and the name), else at the name."""
    if m.role and text.endswith(m.role, 0, m.start):
        return m.start - len(m.role)
    return m.start


def nested(mentions: list[Mention], idx: list[int], i: int) -> bool:
    """Is mention ``i`` inside a longer mention of ``idx`` (a place inside an agency's name)?"""
    m = mentions[i]
    return any(k != i and mentions[k].start <= m.start and m.end <= mentions[k].end
               and (mentions[k].end - mentions[k].start) > (m.end - m.start) for k in idx)


#: what opens an item of a list, at the start of its paragraph (一、 1. （一）, 一是 of a report's points, a dash or a
#: bullet: ——甲公司…)
ENUMERATED = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]+、|[0-9０-９]+[.．、]|[（(][一二三四五六七八九十0-9０-９]+[)）]"
                        r"|[一二三四五六七八九十]是|——|[●■◆▲])")


#: the types a park may have (GUIDE §2: what is built in it makes it a work, what is in it a place)
PARK_TYPES = ("Place", "Project")


def names_park(m: Mention) -> bool:
    """Whether mention ``m`` names a park: a place or a work whose name ends in a park's word (work_names.tsv
    ``park``: 产业园, 物流园区, 基地 …), whichever the recogniser typed it."""
    from kg.lang.lexicon import load

    return m.type in PARK_TYPES and m.name.endswith(load().work_parks)


def is_outlet(name: str) -> bool:
    """Whether ``name`` is a news outlet's (齐鲁晚报, 大众网): a page's masthead or a credit, which
    funds, builds and leads nothing the sentences say.

    >>> is_outlet("齐州晚报"), is_outlet("甲区住建局")
    (True, False)
    """
    from kg.lang.lexicon import load

    return load().outlet_prefix(name) == name
