"""Awards: ``kg_awards`` (the object of an award verb) and ``kg_award_events`` (a bare prize
completed with the contest named before it).

``kg_awards``
    the object of 荣获/获评/争创/入选 … ending in an award word of ``suffixes.tsv``
    (``获评全国首批…试点城市``), when its name starts where the verb ends;
``kg_award_events``
    a bare ``一等奖`` after a contest the text names (``…应用场景大赛中 … 斩获一等奖`` →
    ``…应用场景大赛一等奖``).  It runs after the sources that name contests
    (``kg_suffix_names``, ``kg_awards``) and reads their candidates.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, NAME_INDEX, CandidateSource, DataSource
from kg.nlp.entities.index import NameIndex
from kg.nlp.entities.text_classes import AWARD_RANK
from kg.records import Mention

__all__ = ["AwardSource", "AwardEventSource"]

_AWARD_VERB = re.compile(r"(?:荣获|获评|获得|斩获|入选|评为|争创|获批|创建|作为|成为|获)“?([^，。、；：“”！？\s]{3,30}?)”?(?=[，。、；：！？\s中的]|$)")
_AWARD_VERB_WORDS = ("获", "入选", "评为", "争创", "创建", "作为", "成为")
_AWARD_PRIZE = re.compile(r"(?<![\u4e00-\u9fff])?([一二三]等奖|金奖|银奖|铜奖|优秀奖|特等奖)")
_CONTEST_ENDS = ("大赛", "竞赛", "比赛", "评选")


class AwardSource(DataSource):
    """The award an award verb names."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text, lex, bounds = index.text, self.data.lex, self.data.bounds
        out = []
        if not any(w in text for w in _AWARD_VERB_WORDS):
            return out
        for m in _AWARD_VERB.finditer(text):
            s, e = m.span(1)
            hit = lex.suffix_at(text, e)
            if not hit or hit[1] != "Award" or text[s:e] in lex.stop_names:
                continue
            start, _ = bounds.walk_left(index, e - len(hit[0]), "Award")
            if start is None or (start > s and not AWARD_RANK.fullmatch(text[s:start])):
                continue  # 成为青岛首家获此认证: the object is no award's name
            out.append(Mention(s, e, text[s:e], "Award", text[s:e], rule="award_verb"))
        return out


class AwardEventSource(CandidateSource):
    """A bare prize (一等奖) named with the last contest before it."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text = index.text
        out: list[Mention] = []
        if "奖" not in text:
            return out
        # the contests the sources before named; of those ending at one place, the longest
        contests: dict[int, Mention] = {}
        for group in (doc._.kg_candidates or {}).values():
            for m in group:
                if m.type == "Award" and m.name.endswith(_CONTEST_ENDS):
                    if m.end not in contests or m.end - m.start > contests[m.end].end - contests[m.end].start:
                        contests[m.end] = m
        if not contests:
            return out  # a bare prize needs a contest named before it
        ends = sorted(contests)
        for m in _AWARD_PRIZE.finditer(text):
            s, e = m.span(1)
            before = [end for end in ends if end <= s]
            if not before:
                continue
            event = contests[before[-1]]
            out.append(Mention(s, e, text[s:e], "Award", event.name + m.group(1), rule="award_event"))
        return out


@Language.factory("kg_awards", requires=[NAME_INDEX], assigns=[CANDIDATES], default_config={"key": None})
def make_award_source(nlp: Language, name: str, key: str | None) -> AwardSource:
    """Make the ``kg_awards`` component (see :class:`AwardSource`)."""
    return AwardSource(nlp, name, key=key)


@Language.factory("kg_award_events", requires=[CANDIDATES], assigns=[CANDIDATES], default_config={"key": None})
def make_award_event_source(nlp: Language, name: str, key: str | None) -> AwardEventSource:
    """Make the ``kg_award_events`` component (see :class:`AwardEventSource`)."""
    return AwardEventSource(nlp, name, key=key)
