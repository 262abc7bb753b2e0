"""Prizes and events: who won what, and who organised it (GUIDE §4 ``awarded``, ``organizes``).

``awarded_verb``
    An entity, a prize verb (获, 斩获, 荣获 …), then an Award; the contest named before it
    (``在…大赛中``) is the ``event`` qualifier.
``awarded_listed``
    The Award first: ``在…评选出的“Y”中，X位列…`` (X right after, with a prize verb, and no
    other prize in the clause) and ``作为Y的X``.
``organizes_role``
    Bodies joined by 、/和/会同 … before a role word (主办, 承办, 协办, 评选出 …, mapped to
    主办/承办/协办) and the Award/event right after it, or the one the sentence opened with
    ``由`` (``Y由A主办，B承办``).
"""

from __future__ import annotations

import re

from kg.nlp.relations.registry import Sentence, rule
from kg.schema import BODY_TYPES

__all__: list[str] = []


def award_event(sent: Sentence, j: int) -> dict:
    """The contest a prize was won in, when the sentence names it before the prize
    (``在…大赛中，…斩获一等奖``): the qualifier ``event``."""
    text, mentions = sent.text, sent.mentions
    prize = mentions[j]
    for i in sorted(sent.idx, key=lambda i: mentions[i].start, reverse=True):
        m = mentions[i]
        if m.type == "Award" and m.end <= prize.start and m.name != prize.name \
                and any(text.startswith(w, m.end) for w in sent.data["award_event_close"]):
            return {"event": m.name}
    return {}


@rule("awarded_verb")
def awarded_verb(sent: Sentence) -> None:
    """The receiver is the nearest entity before the prize verb that precedes the Award."""
    text, mentions, idx = sent.text, sent.mentions, sent.idx
    verbs = sent.data.longest_first("award_verbs")
    for j in idx:
        award = mentions[j]
        if award.type != "Award":
            continue
        window_start = max([mentions[i].end for i in idx if mentions[i].end <= award.start] + [0])
        verb_at = -1
        for i in sorted(idx, key=lambda i: mentions[i].end, reverse=True):
            if mentions[i].end > award.start:
                continue
            gap = text[mentions[i].end:award.start]
            hit = max((gap.rfind(v) for v in verbs), default=-1)
            if hit >= 0:
                verb_at = mentions[i].end + hit
                break
        if verb_at < 0 or window_start < 0:
            continue
        receivers = [i for i in idx if mentions[i].end <= verb_at and mentions[i].type != "Award"
                     and not sent.nested(i)]
        # a place receives a prize only when nothing else is named (青岛 inside 青岛…公司 is not one)
        receivers = [i for i in receivers if mentions[i].type != "Place"] or receivers
        if receivers:
            sent.add(receivers[-1], "awarded", j, "awarded_verb", award_event(sent, j))


@rule("awarded_listed")
def awarded_listed(sent: Sentence) -> None:
    """The prize or list is named first, the receiver after it:
    ``在…评选出的“Y”中，X位列全省第二`` (Y, then 中/上, then X and a prize verb) and
    ``作为Y的X`` (apposition)."""
    text, mentions, idx, data = sent.text, sent.mentions, sent.idx, sent.data
    if not any(mentions[j].type == "Award" for j in idx):
        return  # no prize or list named: spare the nesting tests of every mention
    verbs = data.longest_first("award_verbs")
    stops = data["clause_stops"]
    order = sorted((i for i in idx if not sent.nested(i)), key=lambda i: mentions[i].start)
    for k, j in enumerate(order):
        award = mentions[j]
        if award.type != "Award":
            continue
        nxt = order[k + 1] if k + 1 < len(order) else None
        if nxt is None or mentions[nxt].type == "Award":
            continue
        gap = text[award.end:mentions[nxt].start].strip("”\"")
        before = text[max(0, award.start - 3):award.start].rstrip("“\"")
        receiver = None
        if any(before.endswith(w) for w in data["award_as_words"]) and gap == "的":
            receiver = nxt  # 作为全国首批…试点城市的青岛西海岸新区
        elif gap.rstrip("，, ") in data["award_event_close"]:
            # 在“Y”中，X位列… : X's verb comes right after X, and no other prize follows in the clause
            rest = text[mentions[nxt].end:mentions[nxt].end + 4]
            clause_end = min([text.find(c, mentions[nxt].end) for c in stops if text.find(c, mentions[nxt].end) >= 0]
                             + [len(text)])
            later = [i for i in order[k + 2:] if mentions[i].type == "Award" and mentions[i].start < clause_end]
            if any(rest.startswith(v) for v in verbs) and not later:
                receiver = nxt
        if receiver is not None:
            sent.add(receiver, "awarded", j, "awarded_listed")


@rule("organizes_role")
def organizes_role(sent: Sentence) -> None:
    """Bodies joined by 、/和/会同 … before a role word (主办, 承办, 协办, 评选出 …) host the
    Award or event written right after it (``A、B主办的Y``), or the one the sentence
    opened with (``Y由A主办，B承办``)."""
    text, mentions, idx, data = sent.text, sent.mentions, sent.idx, sent.data
    if not any(mentions[j].type in ("Award", "Project") for j in idx):
        return  # nothing to host (events_all would be empty): spare the search for role words
    roles = data["organizer_role_map"]
    joiners = data["organizer_joiners"]
    role_re = data.regex("organizer_roles", lambda d: re.compile(d.alternation("organizer_role_map")))
    events_all = [j for j in idx if mentions[j].type in ("Award", "Project") and not sent.nested(j)]
    for m in role_re.finditer(text, sent.start, sent.end):  # this sentence only: not the article each time
        role = roles[m.group()]
        organisers = [i for i in idx if mentions[i].type in BODY_TYPES and mentions[i].end <= m.start()
                      and m.start() - mentions[i].end <= 40 and not sent.nested(i)]
        if not organisers:
            continue
        chain = [organisers[-1]]
        for i in reversed(organisers[:-1]):  # bodies joined by 、/和/会同 before the role word
            gap = text[mentions[i].end:mentions[chain[-1]].start]
            if gap in joiners:
                chain.append(i)
            else:
                break
        # 等部门/等单位 may stand between the last body and the role word, nothing else
        tail = text[mentions[organisers[-1]].end:m.start()]
        if tail and tail not in joiners and tail not in data["organizer_tails"]:
            continue
        events = [j for j in events_all if mentions[j].start >= m.end() and mentions[j].start - m.end() <= 6]
        if not events:
            # Y由A主办: the event before 由, in this sentence
            first = mentions[chain[-1]]
            events = [j for j in events_all if mentions[j].end <= first.start
                      and text[mentions[j].end:first.start] in data["organizer_passive_markers"]]
            if not events:
                # …，B承办: the event the sentence opened with 由
                events = [j for j in events_all if mentions[j].end <= first.start
                          and any(text.startswith(w, mentions[j].end) for w in data["organizer_passive_markers"])]
        if not events:
            continue
        for i in chain:
            sent.add(i, "organizes", events[0], "organizes_role", {"organizer_role": role})
