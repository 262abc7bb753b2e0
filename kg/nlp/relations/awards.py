"""Prizes and events: who won what, and who organised it (GUIDE §4 ``awarded``, ``organizes``).

``awarded_verb``
    An entity, a prize verb (获, 斩获, 荣获 …), then an Award; the contest named before it
    (``在…大赛中``) is the ``event`` qualifier; a giver written before 授予的 (award_giving_words:
    ``X获得甲市人民政府授予的“Y”``) receives nothing; the giver after 被 (``X被甲协会评为Y``) organises it.
    Officials listed before the verb each with a post, parted by commas (``甲局局长张某，乙街道党工委书记
    刘某…等50名同志被评为Y``), all receive it.
``awarded_listed``
    The Award first: ``在…评选出的“Y”中，X位列…`` (X right after, with a prize verb, and no
    other prize in the clause) and ``作为Y的X``.
``awarded_named``
    An honour in quotes given to the entities before it (``甲公司、乙公司等12家企业为“Y”``,
    ``X被评为“Y”称号``) or after 授予 (``授予X“Y”称号``): award_named_verbs; or to those a commending verb
    lists and counts before it (``表彰了甲、乙等10家“Y”和丙等20名“Z”``: award_commend_verbs); the body right before
    授予, or before its decision to (``甲市人民政府决定授予``: award_grant_leads), organises it.
``awarded_list``
    A recipient list: after a list word (名单, 名录 …), each numbered item (``1.甲公司2.乙公司``)
    that is one name receives the honour of its section (``一、Y（46家）``), else the one the
    list's title names (``2025年度优秀企业名单``); a list goes on into the next sentences.  A list
    opened later (``本次入选的企业分别是：``: award_list_openers, an entering verb) lists the
    entrants of the honour a body announced before (``甲厅公布Y名单``, as ``awarded_list_title`` reads it).
``awarded_list_title``
    A body announces a list (``甲部公布第七批Y名单``: award_list_announce_verbs, award_list_words)
    and the next clause lists the bodies that made it (``乙公司、丙公司2家企业成功入选``:
    award_list_enter_verbs; or closed by 等: ``乙、丙等企业入选``): each receives Y, and the announcing
    bodies organise it (``甲部、乙委联合公布``: both).
``awarded_handed``
    ``A为B、C颁发“Y”牌匾`` (award_handing_verbs): the names right after 为 receive Y, the body
    before 为 organises it (never the recipients, as ``organizes_role`` would read them).
``awarded_lines``
    ``授予以下3名同志“Y”称号：`` ending its line: the person or body opening each line after it receives Y, up to
    the first line that opens with neither.
``organizes_role``
    Bodies joined by 、/和/会同 … before a role word (主办, 承办, 协办, 评选出 …, mapped to
    主办/承办/协办) and the Award/event right after it, or the one the sentence opened with
    ``由`` (``Y由A主办，B承办``).
``organizes_commend``
    A body commending (通报表扬, 表彰 …) honours the article names as honours elsewhere
    (``国资委通报表扬2025年度X和Y``): it organises each.

An honour named by these rules becomes an Award mention when the recogniser has none there.
It is named with the period the article gives its honours (``2019-2021年任期``, ``2025年度``,
``第三批``: written before a list title or after a commending verb), so that one year's
“优秀企业” is not another year's; the honour as written stays an alias.
"""

from __future__ import annotations

import dataclasses
import re

from kg.lang import lexicon
from kg.nlp.entities.text_classes import HONOUR_PERIOD, PARTY_NAMES, PEOPLE_COUNT
from kg.nlp.relations.data import RelationData
from kg.nlp.relations.posts import post_after_space
from kg.nlp.relations.registry import ENUMERATED, Sentence, rule
from kg.records import Mention
from kg.schema import BODY_TYPES, PERSON_TYPES

__all__ = ["award_period", "honour_mention"]


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


#: what may stand between a receiver and the award verb (红光村 | 已 | 获评)
_ADVERBS_ONLY = re.compile(r"(?:已|还|也|又|曾|均|先后|相继|多次|再次|成功|正式|被)*")
#: what opens an adverbial after a receiver, not the rest of a longer name (德州市 | 已连续三年获评, 乐陵市 | 2024年获评)
_ADVERBIAL = re.compile(r"[已曾连先正还也都均又将于在从近今去再0-9]")
#: a clause whose subject is a count of things (3家工厂被认定为Y, 共有12个村入选Y): those receiving it are counted,
#: not named; no one named elsewhere in the sentence receives it
_COUNTED_CLAUSE = re.compile(r"(?:另有|还有|共有|另|共|有)?[0-9０-９一二三四五六七八九十百千两几]+[余多]?[家个名位所项户批][\u4e00-\u9fff]{0,4}?"
                             r"(?:被|已|均|先后|成功)*$")


@rule("awarded_verb", needs=("Award",))
def awarded_verb(sent: Sentence) -> None:
    """The receiver is the nearest entity before the prize verb that precedes the Award (not a prize whose winner
    is named after it: awarded_won_by)."""
    text, mentions, idx = sent.text, sent.mentions, sent.idx
    verbs = sent.data.longest_first("award_verbs")
    for j in idx:
        award = mentions[j]
        if award.type != "Award" or _won_by(sent, award.end) is not None:
            continue
        window_start = max([mentions[i].end for i in idx if mentions[i].end <= award.start] + [0])
        verb_at = -1
        givers = set()
        for i in sorted(idx, key=lambda i: mentions[i].end, reverse=True):
            if mentions[i].end > award.start:
                continue
            gap = text[mentions[i].end:award.start]
            if gap.startswith(tuple(sent.data["award_giving_words"])):
                givers.add(i)  # 获得甲市人民政府授予的“Y”: the giver; the receiver is before the verb before it
                continue
            if not gap and mentions[i].type in BODY_TYPES and any(
                    text.endswith((v, v + "了"), sent.start, mentions[i].start) for v in verbs):
                # 入选了工业和信息化部 | 第五批专精特新“小巨人”企业: the body between the verb and the honour gives it
                givers.add(i)
                sent.add(i, "organizes", j, "awarded_verb", {"organizer_role": "主办"})
                continue
            hit = max((gap.rfind(v) for v in verbs), default=-1)
            if hit < 0 and gap.endswith(tuple(sent.data["award_verbs_right_before"])):
                hit = len(gap) - 1  # 被甲局记 | 个人二等功: 记 gives an honour only right before it (not 记者)
            if hit >= 0:
                verb_at = mentions[i].end + hit
                break
        if verb_at < 0 or window_start < 0:
            continue
        if text[verb_at - 1 : verb_at] in _TO_WHOM and text.startswith("的", award.end + (text[award.end : award.end + 1] == "”")):
            continue  # 甲局将对获得Y的项目给予奖励: the verb describes the noun after 的, which 甲 rewards
        if (won_by := _named_after_the_honour(sent, j)):
            for i in won_by:  # 为获评“Y”的甲公司、乙公司授牌: the names the clause of the honour describes
                sent.add(i, "awarded", j, "awarded_verb", award_event(sent, j))
            if text[verb_at - 1 : verb_at] == "为" and (giver := next(
                    (i for i in idx if mentions[i].type in BODY_TYPES and text[mentions[i].end : verb_at - 1] in _STILL),
                    None)) is not None:
                sent.add(giver, "organizes", j, "awarded_verb", {"organizer_role": "主办"})  # 丙局还为…授牌: 丙 gives it
            continue
        collective = award.name.startswith(tuple(sent.data["award_collective_words"]))
        receivers = [i for i in idx if mentions[i].end <= verb_at and mentions[i].type != "Award"
                     and not sent.nested(i) and i not in givers
                     and not (collective and mentions[i].type in PERSON_TYPES)]  # (集体三等功: a unit's, no person's)
        # (被 of an earlier clause is another prize's: 甲被授予Y1，乙获评Y2)
        clause_start = max(text.rfind(p, sent.start, verb_at) for p in "，,；;") + 1
        handing = text.startswith(tuple(sent.data["award_handing_verbs"]), verb_at) and text[verb_at - 1 : verb_at] != "被"
        if handing and _handed_to_those_commended(sent, j, verb_at):
            continue
        if handing and (to := text.rfind("为", clause_start, verb_at)) >= 0:
            # A为B、C等授予Y: A hands it over; who receives it is named after 为 (awarded_handed)
            receivers = [i for i in receivers if mentions[i].start > to]
        elif handing and text.rfind("被", clause_start, verb_at) < 0 and not _handed_by_relative_clause(sent, verb_at):
            continue  # A授予B“Y”称号: A hands it over, B after the verb receives it (awarded_named); A授予一批同志“Y”
            # 称号，甲、乙获此殊荣: those named after (awarded_this_honour)
        by = text.rfind("被", clause_start, verb_at)
        if by >= 0 and any(mentions[i].start > by for i in receivers):
            # X被B认定为Y: B confers the prize (it organises it); the receiver is named before 被
            for i in sent.chain_after(by + 1, BODY_TYPES):
                if mentions[i].start > by and mentions[i].end <= verb_at:
                    sent.add(i, "organizes", j, "awarded_verb", {"organizer_role": "主办"})
            receivers = [i for i in receivers if mentions[i].end <= by]
            right_before = [i for i in receivers if mentions[i].end == by]
            if right_before:  # …局长王志刚说，寒亭区被B认定为Y: the name right before 被, a place too
                receivers = right_before
        held = max(text.rfind(w, clause_start, verb_at) for w in sent.data["award_object_markers"])
        if by < 0 and held >= 0:
            # A将X评为Y: the body before 将 (or 把) confers it, X after it receives it (not A将获评Y: A will)
            objects = [i for i in receivers if mentions[i].start > held]
            doers = [i for i in receivers if mentions[i].end <= held and mentions[i].type in BODY_TYPES]
            if doers and (objects or verb_at - held > 2):  # (an object kg does not name still is no doer's)
                for i in doers[-1:]:
                    sent.add(i, "organizes", j, "awarded_verb", {"organizer_role": "主办"})
                receivers = objects
        # the receiver is in the verb's clause; when no body or person is named there, the one the
        # sentence opens with (莒县地处鲁东南，…，近年来先后获评Y: 莒县, not what it lies in)
        # (a headline's colon ends its topic: 甲区：乙产业区获评Y is 乙's)
        clause = max(text.rfind(p, sent.start, verb_at) for p in "，,；;：:") + 1
        in_clause = [i for i in receivers if mentions[i].start >= clause and mentions[i].type != "Place"]
        places_in_clause = [i for i in receivers if mentions[i].start >= clause and mentions[i].type == "Place"]
        if in_clause:
            receivers = in_clause
        elif _COUNTED_CLAUSE.match(text, clause, verb_at):
            continue
        elif (bare := next((types for w, types in sent.data["award_bare_subjects"].items()
                            if w in text[max(clause, sent.start):verb_at]), None)) is not None:
            # 甲公司董事长乙介绍，公司去年获评Y: the clause's subject is a kind word, the last of that kind named before
            # (not 公司与丙研究院共建的…，今年以来公司先后获评Y: the institute)
            receivers = [i for i in receivers if mentions[i].type in bare][-1:]
        elif places_in_clause and (_ADVERBS_ONLY.fullmatch(text, mentions[places_in_clause[-1]].end, verb_at)
                                   or _ADVERBIAL.match(text, mentions[places_in_clause[-1]].end)):
            receivers = places_in_clause[-1:]  # …，东夷小镇获评Y, 德州市已连续三年获评Y: the place the clause opens with
        elif places_in_clause and mentions[places_in_clause[0]].start == clause > sent.start + 1 and by < 0:
            receivers = []  # …，兰州水车博览园获评Y: a name kg does not know, opened by a place, receives it
        elif receivers and (mentions[receivers[0]].start <= sent.start + 1
                            or text[mentions[receivers[0]].start - 1] in "，,；;：:"):
            if text[clause - 1 : clause] in "：:" and clause > sent.start:
                receivers = [i for i in receivers if mentions[i].start >= clause] or receivers
            first = receivers[0]  # the first, opening the sentence or a clause (据介绍，莒县…), or the last of
            for i in receivers[1:]:  # places written one after another there (胶州市少海国家湿地公园)
                if mentions[i].start != mentions[first].end:
                    break
                first = i
            receivers = [first]
        if (entrants := _entrants_of_works(sent, verb_at)):
            for i in entrants:  # 甲公司报送的“X平台”、乙局报送的“Y系统”获一等奖: who entered each work wins
                sent.add(i, "awarded", j, "awarded_verb", award_event(sent, j))
            continue
        people = _people_items(sent, receivers, verb_at)
        if len(people) >= 2:  # 甲局张某、乙街道刘某等2人被评为Y; 李某（甲公司董事长）、王某（…）等2人: the people
            for i in people:
                sent.add(i, "awarded", j, "awarded_verb", award_event(sent, j))
            continue
        # a place receives a prize only when nothing else is named (青岛 inside 青岛…公司 is not one)
        receivers = [i for i in receivers if mentions[i].type != "Place"] or receivers
        if receivers:
            last = mentions[receivers[-1]]
            # (a list may mix firms, co-operatives and bodies; a person's item is a person's, a place's a place's)
            kinds = PERSON_TYPES if last.type in PERSON_TYPES else BODY_TYPES if last.type in BODY_TYPES \
                else (last.type,)
            listed = sent.chain_before(last.end, kinds)
            listed = _posted_before(sent, listed) if listed else listed
            for i in listed or receivers[-1:]:  # 甲公司、乙公司等企业入选Y: each one listed
                sent.add(i, "awarded", j, "awarded_verb", award_event(sent, j))


def _entrants_of_works(sent: Sentence, verb_at: int) -> list[int]:
    """The bodies (or people: 返乡创业青年甲领衔的“X”项目) that entered the works in quotes listed right before the prize
    verb at ``verb_at``
    (``甲公司报送的“X平台”、乙局报送的“Y系统”获一等奖``: 甲 and 乙; award_entry_words), or whose works they are
    (``甲公司的“X平台”、乙公司“Y系统”项目获得一等奖``), or none."""
    text, mentions = sent.text, sent.mentions
    entry = sent.data.regex("award_entry", lambda d: re.compile(
        rf"(?:(?:{d.alternation('award_entry_words')})?的)?“[^“”，,。；;]{{2,40}}”(?:项目|作品)?"
        rf"(?:等[0-9一二三四五六七八九十]+个(?:项目|作品))?"))  # (…“X”项目等3个项目获得三等奖: the named one wins)
    entrants, at = [], verb_at
    for i in sorted((i for i in sent.idx if mentions[i].type in (*BODY_TYPES, *PERSON_TYPES) and not sent.nested(i)
                     and mentions[i].end < verb_at), key=lambda i: mentions[i].end, reverse=True):
        m = entry.match(text, mentions[i].end)
        if m is None:
            continue
        if not (m.end() == at or entrants and text[m.end() : at] in ("、", "和", "及", "与", "，")
                or not entrants and _ADVERBS_ONLY.fullmatch(text, m.end(), at)):
            break
        entrants.append(i)
        at = mentions[i].start
    return entrants[::-1]


#: prepositions before a prize verb that opens a relative clause (对获得Y的项目: those the clause describes)
_TO_WHOM = "对向给"

#: what may stand between a body and the 为 of its handing an honour over (丙局还为…授牌)
_STILL = ("", "还", "也", "同时", "现场")


def _named_after_the_honour(sent: Sentence, j: int) -> list[int]:
    """The names listed right after the honour ``j`` and 的 (获评“Y”的甲公司、乙公司): a relative clause, whose names
    won it; [] where no name follows (获评Y的企业)."""
    text, award = sent.text, sent.mentions[j]
    after = award.end + (text[award.end : award.end + 1] in "”\"")
    if not text.startswith("的", after):
        return []
    return sent.chain_after(after + 1, (*BODY_TYPES, *PERSON_TYPES, "Project"))


#: what may stand between a list's count of people (text_classes.PEOPLE_COUNT) and the prize verb (等3人被评为,
#: 等20名同志获)
_AFTER_PEOPLE_COUNT = re.compile(r"(?:同志)?(?:被|分别|均|先后)?")


def _people_items(sent: Sentence, receivers: list[int], verb_at: int) -> list[int]:
    """The people of a list right before the prize verb whose items each end with a person, after the unit or
    place they are of or before a note in brackets (``甲局张某、乙街道刘某、丙镇赵某等3人被评为Y``,
    ``李某（甲公司董事长）、王某（乙公司总经理）等2人``), first to last; none when the last item is no person's."""
    text, mentions = sent.text, sent.mentions
    persons = [i for i in receivers if mentions[i].type in PERSON_TYPES]
    if not persons:
        return []
    people = {mentions[i].end: i for i in sent.idx if mentions[i].type in PERSON_TYPES and not sent.nested(i)}

    def item_end(i: int) -> int:  # (a note in brackets after the name is the item's)
        end = mentions[i].end
        if text[end : end + 1] in ("（", "("):
            close = text.find("）" if text[end] == "（" else ")", end, verb_at)
            return close + 1 if close > 0 else end
        return end

    counted = next((c for c in PEOPLE_COUNT.finditer(text, sent.start, verb_at)
                    if _AFTER_PEOPLE_COUNT.fullmatch(text, c.end(), verb_at)), None)
    last = persons[-1]
    if counted is not None and item_end(last) != counted.start():
        # (…里辛街道赵某等3人: the list ends before its count of people, with a name the recogniser missed)
        last = _name_after_unit(sent, counted.start())
        if last is None:
            return []
    tail = text[item_end(last) : verb_at]
    if any(c in _STOPS for c in tail) or any(item_end(last) <= mentions[i].start < verb_at for i in sent.idx):
        return []  # (the list ends right before the verb: 等3人, 被, nothing named between)
    out, i = [], last
    while True:
        out.insert(0, i)
        sep = max(text.rfind(c, sent.start, mentions[i].start) for c in "、，,")
        if sep < 0 or any(c in _STOPS for c in text[sep + 1 : mentions[i].start]):
            return out
        before = next((k for k, v in people.items() if v not in out and item_end(v) == sep), None)
        if before is None:
            i = _name_after_unit(sent, sep)  # (艾山街道 | 冯某: a name the recogniser missed, after the item's unit)
            if i is None:
                return out
            continue
        i = people[before]


def _name_after_unit(sent: Sentence, end: int) -> int | None:
    """A person's name of two or three characters (a surname first) ending a list's item at ``end`` right after the
    unit or place the recogniser named there (乙街道 | 刘某), added as a Person mention; ``None`` when there is none."""
    text, mentions = sent.text, sent.mentions
    unit = next((i for i in sent.idx if 2 <= end - mentions[i].end <= 3 and mentions[i].type not in PERSON_TYPES
                 and not sent.nested(i)), None)
    if unit is None:
        return None
    name = text[mentions[unit].end : end]
    if not all("\u4e00" <= c <= "\u9fff" for c in name) or name[0] not in lexicon.load().surnames:
        return None
    return sent.add_mention(Mention(mentions[unit].end, end, name, "Person", name, rule="awarded_verb"))


def _posted_before(sent: Sentence, listed: list[int]) -> list[int]:
    """``listed`` with the officials written before it as its items, each with its post, parted by commas or 、
    (``甲局局长张某，乙街道党工委书记刘某，丙公司经理孔某等50名同志被评为Y``: all three; ``甲镇党委书记张某、县人民
    医院院长李某…等37人获评Y``, the body of a post a few words kg did not name)."""
    text, mentions = sent.text, sent.mentions
    if mentions[listed[0]].type not in ("Official",):
        return listed
    officials = {mentions[i].end: i for i in sent.idx if mentions[i].type == "Official"}
    bodies = {mentions[i].end: mentions[i].start for i in sent.idx if mentions[i].type not in ("Official", "Person")}
    while True:
        first = mentions[listed[0]]
        if not first.role or not text.endswith(first.role, 0, first.start):
            return listed
        opens = first.start - len(first.role)
        while opens in bodies:  # (the body and places the post is of, written before the title)
            opens = bodies[opens]
        if text[opens - 1 : opens] not in ("，", ",", "、"):
            # (县人民医院 | 院长李某: a body kg did not name, a few words with no stop in them)
            opens = max(text.rfind(c, max(sent.start, opens - 12), opens) for c in "，,、") + 1
            if opens <= 0 or any(c in _STOPS for c in text[opens:first.start]):
                return listed
        before = officials.get(opens - 1)
        if before is None or before in listed:
            return listed
        listed = [before, *listed]


#: what ends a clause or a phrase: no body's name holds one
_STOPS = "，,。；;：:！？!?、“”《》（）()"


@rule("awarded_listed", needs=("Award",))
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


#: what follows a winner listed (甲、乙和丙等)
_WINNER_JOINERS = ("、", "，", ",", "和", "及", "与", "等")


@rule("awarded_winners", needs=("Award",))
def awarded_winners(sent: Sentence) -> None:
    """The prize won first, its winners after ``的…有``: ``获得Y的有甲公司、乙公司选送的作品和陶艺师丙的个人作品``,
    ``荣获Y的3件作品分别是：甲负责人丙创作的…`` (award_winners_pattern): every name up to the clause's end
    receives Y, but a place naming the name right after it (甲镇 | 乙窑) and a body the person after it works
    for (乙窑负责人丙, 甲公司高级技师丁)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    verbs = data.longest_first("award_verbs")
    winners = data.regex("award_winners", lambda d: re.compile(d["award_winners_pattern"]))
    types = set(data["award_recipient_types"])
    order = sorted((i for i in sent.idx if not sent.nested(i)), key=lambda i: mentions[i].start)
    for k, j in enumerate(order):
        award = mentions[j]
        if award.type != "Award" or not any(text.endswith(v, sent.start, award.start) for v in verbs):
            continue
        opened = winners.match(text, award.end, sent.end)
        if opened is None:
            continue
        ends = [e for e in (text.find(c, opened.end(), sent.end) for c in "；;。") if e >= 0]
        close = min(ends + [sent.end])
        named = [i for i in order[k + 1:] if opened.end() <= mentions[i].start and mentions[i].end <= close]
        for n, i in enumerate(named):
            m = mentions[i]
            if m.type not in types or m.type == "Award":
                continue
            after = mentions[named[n + 1]] if n + 1 < len(named) else None
            if m.type == "Place" and not text.startswith(_WINNER_JOINERS, m.end, close) and m.end != close:
                continue  # 甲镇 | 乙窑: a place not listed names the maker after it
            if after is not None and after.type in PERSON_TYPES and m.type not in PERSON_TYPES \
                    and not any(w in text[m.end : after.start] for w in _WINNER_JOINERS):
                continue  # 乙窑负责人丙: the person who works there wins, not the body
            sent.add(i, "awarded", j, "awarded_winners")


@rule("awarded_list_title")
def awarded_list_title(sent: Sentence) -> None:
    """``甲部公布第七批Y名单，乙公司、丙公司2家企业成功入选`` (or ``在甲部公布的Y名单中，乙…入选``): 乙 and 丙
    receive Y; 甲 organises it.  A title of
    two honours (``…示范城市和示范企业名单``) gives each clause after it the one its verb names
    (``A、B等10个城市入选示范城市，C等100家企业入选示范企业``), the second named with the first's opening words."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    words = data.longest_first("award_list_words")
    if not any(text.find(w, sent.start, sent.end) >= 0 for w in words):
        return
    frame = data.regex("award_list_title", lambda d: re.compile(
        rf"(?:{d.alternation('award_list_announce_verbs')})[了的]?(?P<honour>[^，,。；;：:]{{3,40}}?)"
        rf"(?:{d.alternation('award_list_words')})中?[，,]"))  # (在甲厅公布的Y名单中，乙、丙入选)
    enter = data.regex("award_list_enter", lambda d: re.compile(
        rf"(?:{d['award_count_pattern']}|等[\u4e00-\u9fff]{{0,4}}?)?(?:{d.alternation('award_list_enter_verbs')})"))
    stops = data["clause_stops"]
    types = set(data["award_recipient_types"])
    for m in frame.finditer(text, sent.start, sent.end):
        a, b = m.span("honour")
        a += len(text[a:b]) - len(text[a:b].lstrip("“"))
        parts = _honour_parts(text, a, b)
        if len(parts) == 1:
            sent.article.state["announced_honour"] = (a, b)  # for a list of its entrants after (awarded_list)
        made: dict[int, int] = {}  # part → its Award mention
        pos = m.end()
        while pos < sent.end:
            clause_end = min([k for k in (text.find(c, pos, sent.end) for c in stops) if k >= 0] + [sent.end])
            # (我市 | 甲公司、乙公司3家企业入选: the page's own place, written as 我市, before the entrants)
            pos += len(next((w for w in data["award_own_place_words"] if text.startswith(w, pos)), ""))
            receivers = sent.chain_after(pos, types)
            if len(receivers) == 1 and mentions[receivers[0]].type == "Place":
                bodies = sent.chain_after(mentions[receivers[0]].end, types - {"Place"})
                receivers = bodies or receivers  # 城阳区 | 甲公司、乙公司…入选: where the bodies are opens the clause
            entered = enter.match(text, mentions[receivers[-1]].end) if receivers else None
            if entered is None or entered.end() > clause_end:
                break
            if len(receivers) == 1 and mentions[receivers[0]].type == "Place" and text[entered.start()].isdigit():
                # 甲县8家企业榜上有名: the firms of the place entered (listed later, if at all), not the place; the
                # honour is still the announcer's
                if len(parts) == 1 and 0 not in made:
                    made[0] = _honour_part_mention(sent, *parts[0])
                break
            tail = text[entered.end():clause_end]
            chosen = [k for k, (_, _, name) in enumerate(parts) if tail and name.endswith(tail)] \
                or ([0] if len(parts) == 1 else [])
            for k in chosen:
                if k not in made:
                    made[k] = _honour_part_mention(sent, *parts[k])
                for i in receivers:
                    sent.add(i, "awarded", made[k], "awarded_list_title")
            pos = clause_end + 1
        announcer = next((i for i in sorted(sent.idx, key=lambda i: -mentions[i].end)
                          if mentions[i].type in BODY_TYPES and mentions[i].end <= m.start()
                          and m.start() - mentions[i].end <= 8 and not sent.nested(i)
                          and not any(c in text[mentions[i].end:m.start()] for c in stops)), None)
        # (甲部、乙委联合公布: every body of the list before the verb announces it)
        announcers = sent.chain_before(mentions[announcer].end, BODY_TYPES) or [announcer] if announcer is not None else []
        for honour in made.values():
            for i in announcers:
                sent.add(i, "organizes", honour, "awarded_list_title", {"organizer_role": "主办"})


def _honour_parts(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """The honours a list's title names, ``(start, end, name)``: one, or two joined by 和/及 whose second
    is named with the first's opening words (第三批…示范城市和示范企业 → …示范城市, …示范企业)."""
    title = text[a:b]
    for joiner in "和及":
        k = title.find(joiner)
        if k >= 2 and len(title) - k - 1 >= 2:
            first, second = title[:k], title[k + 1 :]
            shared = first.rfind(second[:2])
            name = first[:shared] + second if shared > 0 else second
            return [(a, a + k, first), (a + k + 1, b, name)]
    return [(a, b, title)]


def _honour_part_mention(sent: Sentence, start: int, end: int, name: str) -> int:
    """The Award mention of one honour of a list's title: :func:`honour_mention`'s, renamed when the
    title names it short (示范企业 of …示范城市和示范企业)."""
    i = honour_mention(sent, start, end)
    if name != sent.text[start:end]:
        sent.article.mentions[i] = dataclasses.replace(sent.mentions[i], name=name)
    return i


@rule("awarded_handed", needs=("Award",))
def awarded_handed(sent: Sentence) -> None:
    """``A为B、C颁发“Y”牌匾``: B and C (right after 为) receive Y, the body A before 为 hands it over and
    organizes it (award_handing_verbs)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    types = set(data["award_recipient_types"])
    for verb in data.longest_first("award_handing_verbs"):
        at = text.find(verb, sent.start, sent.end)
        while at >= 0:
            after = at + len(verb) + text.startswith("了", at + len(verb))  # (颁发了“Y”)
            honour = next((j for j in sent.idx if mentions[j].type == "Award"
                           and 0 <= mentions[j].start - after <= 1), None)  # (“Y”: the quote between)
            opened = text.rfind("为", sent.start, at)
            if honour is not None and opened >= 0:
                who = [i for i in sent.chain_after(opened + 1, types) if mentions[i].end <= at]
                while who and (inner := next((k for k in sent.idx if mentions[k].type == "Place" == mentions[who[-1]].type
                                              and mentions[k].start == mentions[who[-1]].end), None)) is not None:
                    who[-1] = inner  # 为文登区 | 米山镇等: the place written inside the one before it
                if who and not (mentions[who[-1]].end == at or text.startswith("等", mentions[who[-1]].end)):
                    who = []  # (为文登区 | 米山镇等颁发: the list's item goes on past the name)
                for i in who:
                    sent.add(i, "awarded", honour, "awarded_handed")
                giver = next((i for i in sent.idx if mentions[i].end == opened and mentions[i].type in BODY_TYPES), None)
                if who and giver is not None:
                    sent.add(giver, "organizes", honour, "awarded_handed")
            at = text.find(verb, at + len(verb), sent.end)


@rule("organizes_role", needs=("Award", "Project"))
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
        if text[mentions[chain[-1]].start - 1 : mentions[chain[-1]].start] == "为":
            continue  # A为B颁发Y: B receives it (awarded_handed), A before 为 hands it over
        # 等部门/等单位 may stand between the last body and the role word, nothing else
        tail = text[mentions[organisers[-1]].end:m.start()]
        if tail and tail not in joiners and tail not in data["organizer_tails"]:
            continue
        events = [j for j in events_all if mentions[j].start >= m.end() and mentions[j].start - m.end() <= 6]
        if not events:
            # 由A主办，B承办，C协办的Y: the event after the clauses that follow with their bodies and role words
            events = _hosted_after_clauses(sent, m.end(), events_all, role_re)
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


#: the longest clause of hosts kg does not name (all or the first) before its role word (…，甲产业联盟协办的Y,
#: …，中国甲乙发展促进中心、丙研究院协办的Y)
_HOST_CLAUSE = 40


def _hosted_after_clauses(sent: Sentence, pos: int, events: list[int], role_re: re.Pattern) -> list[int]:
    """The events right after the last of the clauses from ``pos`` on, each a comma, bodies and a role word
    (…主办 | ，B、C承办，D协办的Y: [Y]); [] where a clause of another shape comes first."""
    text, mentions = sent.text, sent.mentions
    joiners = tuple(sent.data.longest_first("organizer_joiners"))
    while text[pos : pos + 1] in ("，", ","):
        chain = sent.chain_after(pos + 1, BODY_TYPES, joiners)
        role = role_re.match(text, mentions[chain[-1]].end) if chain else None
        if role is None:
            # (…，丁联盟协办的Y: a clause whose host kg does not name, or not its first, still ends with its role word)
            role = role_re.search(text, pos + 1, min(sent.end, pos + 1 + _HOST_CLAUSE))
            role = role if role is not None and not any(c in text[pos + 1 : role.start()] for c in "，,。；;") else None
        if role is None:
            return []
        pos = role.end()
        after = [j for j in events if mentions[j].start >= pos and mentions[j].start - pos <= 6]
        if after:
            return after
    return []


@rule("awarded_won_by", needs=("Award",))
def awarded_won_by(sent: Sentence) -> None:
    """``钳工项目一等奖由甲（乙公司）获得``, ``车工项目一等奖由丙学校教师丁获得``: the prize's winners are named between 由
    right after it and a verb of winning (award_won_by_verbs) in its clause (a person, the workplace written before
    it or in brackets after it being the person's)."""
    mentions = sent.mentions
    for j in sent.idx:
        if mentions[j].type != "Award" or (verb_at := _won_by(sent, mentions[j].end)) is None:
            continue
        for i in sent.chain_after(mentions[j].end + 1, (*PERSON_TYPES, *BODY_TYPES)):
            if mentions[i].end <= verb_at and mentions[i].type != "Place":
                sent.add(i, "awarded", j, "awarded_won_by", award_event(sent, j))


def _won_by(sent: Sentence, end: int) -> int | None:
    """Where the verb of winning is in ``由…获得`` written right after a prize ending at ``end``, or None."""
    text = sent.text
    if not text.startswith("由", end):
        return None
    stops = [k for k in (text.find(c, end, sent.end) for c in "，,；;。") if k >= 0]
    clause_end = min(stops) if stops else sent.end
    hits = [k for k in (text.find(v, end + 1, clause_end) for v in sent.data["award_won_by_verbs"]) if k >= 0]
    return min(hits) if hits else None


@rule("organizes_referred", needs=("Agency", "Organization", "Company"))
def organizes_referred(sent: Sentence) -> None:
    """``“甲工匠”评选由乙、丙联合组织``, ``这两项荣誉由丁颁发``: a clause whose subject refers back to honours named
    before (:func:`_honours_referred`), then 由, the bodies and a role word (organizer_role_map): the bodies
    organise those honours."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    if text.find("由", sent.start, sent.end) < 0:
        return
    roles = data["organizer_role_map"]
    role_re = data.regex("organizer_roles", lambda d: re.compile(d.alternation("organizer_role_map")))
    joiners = tuple(data.longest_first("organizer_joiners"))
    for k in range(sent.start, sent.end):
        if text[k] != "由":
            continue
        chain = sent.chain_after(k + 1, BODY_TYPES, joiners)
        if not chain:
            continue
        pos = mentions[chain[-1]].end
        tail = next((t for t in data.longest_first("organizer_tails") if text.startswith(t, pos)), "")
        role = role_re.match(text, pos) or role_re.match(text, pos + len(tail))  # (联合组织, 共同 | 颁发)
        if role is None:
            continue
        referred = _honours_referred(sent, k + 1)
        while chain and role is not None:
            for j in referred:
                for i in chain:
                    sent.add(i, "organizes", j, "organizes_referred", {"organizer_role": roles[role.group()]})
            # …，乙承办，丙协办: the next clauses' bodies and role words host the same
            after = role.end()
            chain = sent.chain_after(after + 1, BODY_TYPES, joiners) if text[after : after + 1] in "，,；;" else []
            role = role_re.match(text, mentions[chain[-1]].end) if chain else None


def _honours_referred(sent: Sentence, first: int) -> list[int]:
    """The honours a clause opening with 由 before ``first`` refers back to: ``“甲工匠”评选由…`` (the honour named
    before whose name holds the quoted words), ``这两项荣誉由…颁发`` (the honours of the last sentence that named
    any, in the paragraph: organizer_honour_references)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    marker = next((w for w in data.longest_first("organizer_passive_markers") if text.endswith(w, sent.start, first)), None)
    if marker is None:
        return []
    clause_start = max(text.rfind(c, sent.start, first - len(marker)) for c in "，,；;") + 1
    subject = text[max(clause_start, sent.start) : first - len(marker)].strip()
    paragraph = text.rfind("\n", 0, sent.start) + 1
    awards = [j for j, m in enumerate(mentions) if m.type == "Award" and paragraph <= m.start and m.end <= first
              and m.kind != "coref"]
    quoted = re.fullmatch(r"“([^”]{2,20})”(?:评选|评审|活动|奖项|称号)?", subject)
    if quoted is not None:
        named = [j for j in awards if quoted.group(1) in mentions[j].name]
        return [max(named, key=lambda j: mentions[j].end)] if named else []
    referring = data.regex("organizer_honour_references", lambda d: re.compile(d["organizer_honour_references"]))
    if referring.fullmatch(subject) is None:
        referring = data.regex("organizer_event_references", lambda d: re.compile(d["organizer_event_references"]))
        if referring.fullmatch(subject) is None:
            return []
        # 本次活动由…主办: the events (and contests) of the last sentence that named any, in the paragraph
        awards = [j for j, m in enumerate(mentions) if paragraph <= m.start and m.end <= first and m.kind != "coref"
                  and _is_event(m, data)]
    if not awards:
        return []
    last = max(awards, key=lambda j: mentions[j].end)
    opened = max(text.rfind(c, paragraph, mentions[last].start) for c in "。！？!?") + 1
    return [j for j in awards if mentions[j].start >= opened]


def _is_event(m: Mention, data: RelationData) -> bool:
    """Whether ``m`` names an event: a work named by an event's word (2025甲茶产业发展大会, 第三届乙旅游节: the
    lexicon's event words, the suffixes of an event of a series) or a contest (第九届甲技能大赛: organizer_contest_words)."""
    lex = lexicon.load()
    if m.type == "Award":
        return m.name.endswith(tuple(data["organizer_contest_words"]))
    hit = lex.suffix_at(m.name, len(m.name))
    return m.type == "Project" and (m.name.endswith(lex.event_words) or hit is not None and hit[2] == lexicon.EDITION_ONLY)


# -- honours named by quotes, lists and commendations ---------------------------------------


def _period_re(data: RelationData) -> str:
    return "|".join(f"(?:{p})" for p in data["award_period_patterns"])


def award_period(sent: Sentence) -> str:
    """The period the article's honours belong to ("" when it gives none): the one written
    just before a list title (``2019-2021年任期…名单``) or after a commending verb
    (``通报表扬2025年度…``), found once per article."""
    state = sent.article.state
    if "award_period" not in state:
        data = sent.data
        period = _period_re(data)
        found = data.regex("award_period", lambda d: re.compile(
            rf"({period})(?=[^，,。；;]{{0,30}}?(?:{d.alternation('award_list_words')}))"
            rf"|(?:{d.alternation('award_commend_verbs')})({period})")).search(sent.text)
        state["award_period"] = (found.group(1) or found.group(2)) if found else ""
    return state["award_period"]


def honour_mention(sent: Sentence, start: int, end: int, listed: bool = True) -> int:
    """The Award mention of the honour written at ``[start, end)``: the recogniser's, else a
    new one named with the article's period (for an honour not ``listed`` — one named in quotes
    after its receiver — not when its sentence writes that period in another clause: 第二批 of
    another list's title there names no 全国绿色工厂)."""
    for i in sent.idx:
        m = sent.mentions[i]
        if m.type == "Award" and m.start == start and m.end == end:
            return i
    made = sent.article.state.setdefault("honours", {})
    same = next((i for i in sent.idx if (sent.mentions[i].start, sent.mentions[i].end) == (start, end)
                 and sent.mentions[i].type in ("Project", "Place") and sent.mentions[i].rule == "suffix"), None)
    if (start, end) not in made:
        text = sent.text[start:end]
        period = award_period(sent)
        if not listed and period and period in sent.text[sent.start : sent.end]:
            clause = max(sent.text.rfind(c, sent.start, start) for c in "，,；;") + 1
            if period not in sent.text[max(clause, sent.start) : end]:
                period = ""  # written in another clause of the sentence: another honour's
        starts_dated = sent.data.regex("award_period_start", lambda d: re.compile(_period_re(d))).match(text)
        dated = starts_dated or re.search(r"(?:19|20)\d\d年", text)  # (甲市2023年度优秀企业家: its year inside)
        # (2025年度“甲工匠: a heading's round before the quoted title, its quotes unpaired; paired ones stay: 专精特新“小巨人”企业)
        plain = re.sub("[“”]", "", text) if text.count("“") != text.count("”") else text
        if period and not dated and _named_without(sent.text, plain.strip("“”"), period):
            period = ""  # (第三届“甲”和“乙”: the article's round is 甲's; 乙, quoted on its own elsewhere, has none)
        name = plain if not period or dated else period + plain
        here = sent.start <= start < sent.end  # a list's title may be a sentence before its items
        honour = Mention(start, end, text, "Award", name, rule="award_honour")
        if same is not None:
            # 认定为“国家现代农业产业园”: the recogniser read the honour's last word as a kind of work (产业园);
            # conferred, it is the honour, not a work of the receiver's
            sent.article.mentions[same] = honour
            sent.types.add("Award")
            made[(start, end)] = same
        else:
            made[(start, end)] = sent.add_mention(honour, visible=here)
    return made[(start, end)]


def _named_without(text: str, honour: str, period: str) -> bool:
    """Whether the article quotes ``honour`` somewhere with no round before it, and nowhere with ``period`` (授予…
    “甲先进单位”称号 in a decision giving 第三届“乙” too): the article's round is another honour's."""
    quoted = f"“{honour}”"
    at = [m.start() for m in re.finditer(re.escape(quoted), text)]
    rounds = [m.end() for m in re.finditer(re.escape(period), text)]
    # (the round is written only right before another honour's opening quote: 第三届“乙”, not 2019-2021年任期甲和丙)
    return bool(at) and not any(text.endswith(period, 0, k) for k in at) \
        and all(text.startswith("“", k) and not text.startswith(quoted, k) for k in rounds)


#: the givers counted after the first of them (被甲部等九部门评定为: 等九部门)
_COUNTED_GIVERS = re.compile(r"等[0-9一二三四五六七八九十两]*个?(?:部门|单位|部委)$")


def _before_counted_givers(text: str, pos: int) -> int:
    """Where the givers end when a count of them stands right before ``pos`` (甲部 | 等九部门 | 评定为), else ``pos``."""
    m = _COUNTED_GIVERS.search(text, max(0, pos - 8), pos)
    return m.start() if m is not None else pos


def _named_frames(data: RelationData) -> tuple[re.Pattern, re.Pattern]:
    count = data["award_count_pattern"]
    verbs = data.alternation("award_named_verbs")
    tails = data.alternation("award_named_tails")
    given = re.compile(rf"(?P<count>{count})?(?P<verb>{verbs})“(?P<honour>[^“”]{{2,30}})”(?P<tail>{tails})?")
    granted = re.compile(rf"授予(?P<who>[^“”，,。；;]{{2,300}}?)“(?P<honour>[^“”]{{2,30}})”(?:{tails})?")
    return given, granted


def _commended_frames(data: RelationData) -> tuple[re.Pattern, re.Pattern]:
    """表彰了甲、乙等10家“Y”, and the next list of the same verb (和丙等20名“Z”)."""
    count = data["award_count_pattern"]
    verbs = data.alternation("award_commend_verbs")
    # (no comma in the list: 为表彰先进，经甲研究，决定授予乙等5家“Y” is no list after 表彰)
    listed = rf"(?P<who>[^“”。；;，,]{{2,300}}?)(?={count}“)(?:{count})“(?P<honour>[^“”]{{2,30}})”"
    return re.compile(rf"(?:{verbs})了?{listed}"), re.compile(rf"(?:和|及|、|，|,){listed}")


@rule("awarded_named")
def awarded_named(sent: Sentence) -> None:
    """``甲、乙等12家企业为“Y”``, ``X被评为“Y”称号``, ``授予X“Y”称号``."""
    text = sent.text
    if text.find("“", sent.start, sent.end) < 0:
        return
    given, granted = sent.data.regex("award_named", _named_frames)
    stops = sent.data["clause_stops"]
    for m in given.finditer(text, sent.start, sent.end):
        after = text[m.end():m.end() + 1]
        if m.group("verb") in ("为", "成为") and not (m.group("count") or m.group("tail")) and after and after not in stops:
            continue  # X为“Y”提供… : 为 is an honour only when a count, a 称号 or the clause's end says so
        who = sent.chain_before(_before_counted_givers(text, m.start()), set(sent.data["award_recipient_types"]))
        givers: list[int] = []
        if who and text.endswith("被", 0, sent.mentions[who[0]].start):
            # X被B命名为“Y”: B confers it, X (before 被) receives it; B, where a chain of bodies ending right before
            # the verb (or its count: 等九部门), organises it
            givers = who if all(sent.mentions[i].type in BODY_TYPES for i in who) else []
            by = sent.mentions[who[0]].start - 1
            when = sent.data.regex("award_when", lambda d: re.compile(f"(?:{d['award_when_pattern']})$"))
            when_at = when.search(text, sent.start, by)  # X今年10月被B命名为“Y”: when, between X and 被
            who = sent.chain_before(when_at.start() if when_at and when_at.start() < by else by,
                                    set(sent.data["award_recipient_types"]))
            if not who and text[by - 1 : by] in stops:
                who = _opening_subject(sent)  # X年交易额达60亿元，被B评为“Y”: the one the sentence opens with
        if who and not _inside_award(sent, *m.span("honour")):
            honour = honour_mention(sent, *m.span("honour"), listed=False)
            for i in who:
                sent.add(i, "awarded", honour, "awarded_named")
            organised = {f[0] for f in sent.found if f[1] == "organizes" and f[2] == honour}
            for i in givers:
                if i not in organised:
                    sent.add(i, "organizes", honour, "awarded_named", {"organizer_role": "主办"})
    types = set(sent.data["award_recipient_types"])
    commended, more = sent.data.regex("award_commended", _commended_frames)
    for m in commended.finditer(text, sent.start, sent.end):
        # 表彰了甲、乙等10家“Y”和丙等20名“Z”: each list receives the honour its count is followed by
        while m is not None:
            a, b = m.span("who")
            who = _held_places_out(sent, [i for i in sent.idx if a <= sent.mentions[i].start and sent.mentions[i].end <= b
                                          and sent.mentions[i].type in types and not sent.nested(i)])
            if who and not _inside_award(sent, *m.span("honour")):
                honour = honour_mention(sent, *m.span("honour"), listed=False)
                for i in who:
                    sent.add(i, "awarded", honour, "awarded_named")
            m = more.match(text, m.end(), sent.end)
    giver: list[int] = []
    for m in granted.finditer(text, sent.start, sent.end):
        a, b = m.span("who")
        # (授予甲（乙局股长）、丙（丁公司总监）“Y”称号: a person's post in brackets names no recipient)
        noted = [(k.start(), k.end()) for k in _BRACKETED.finditer(text, a, b)]
        who = _held_places_out(sent, [i for i in sent.idx if a <= sent.mentions[i].start and sent.mentions[i].end <= b
                                      and sent.mentions[i].type in types and not sent.nested(i)
                                      and not any(x < sent.mentions[i].start and sent.mentions[i].end < y for x, y in noted)])
        # the body granting it, right before 授予, or that of the clause before (甲总工会授予…“Y”，授予…“Z”)
        # (甲市人民政府决定授予…: the body deciding to grant it)
        lead = next((w for w in sent.data.longest_first("award_grant_leads") if text.endswith(w, 0, m.start())), "")
        giver = sent.chain_before(m.start() - len(lead), BODY_TYPES) \
            or (giver if text[m.start() - 1 : m.start()] in "，," else [])
        if who:
            honour = honour_mention(sent, *m.span("honour"), listed=False)
            for i in who:
                sent.add(i, "awarded", honour, "awarded_named")
            for i in giver:
                sent.add(i, "organizes", honour, "awarded_named", {"organizer_role": "主办"})


#: a note in brackets (a person's post, a firm's place)
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")


def _held_places_out(sent: Sentence, who: list[int]) -> list[int]:
    """``who`` without a place written right before another place it holds (颜庄镇 of 颜庄镇东高村: the village is
    the recipient, written after its town), nor a place in brackets right after another recipient (甲公司（乙县）:
    where the firm is, no recipient of its own)."""
    mentions, text = sent.mentions, sent.text
    starts = {mentions[i].start for i in who if mentions[i].type == "Place"}
    ends = {mentions[i].end for i in who}
    return [i for i in who if not (mentions[i].type == "Place" and mentions[i].end in starts)
            and not (mentions[i].type == "Place" and text[mentions[i].start - 1 : mentions[i].start] in "（("
                     and mentions[i].start - 1 in ends and text[mentions[i].end : mentions[i].end + 1] in "）)")]


def _inside_award(sent: Sentence, start: int, end: int) -> bool:
    """Whether the quoted name at ``[start, end)`` opens a longer honour the recogniser named
    (“四好农村路”全国示范县): that honour is the one given."""
    return any(sent.mentions[i].type == "Award" and sent.mentions[i].start <= start - 1 and end + 1 < sent.mentions[i].end
               for i in sent.idx)


def _opening_subject(sent: Sentence) -> list[int]:
    """The body, person or place the sentence opens with (after an adverbial clause's comma), as a list."""
    types = set(sent.data["award_recipient_types"])
    first = min((i for i in sent.idx if sent.mentions[i].type in types and not sent.nested(i)),
                key=lambda i: sent.mentions[i].start, default=None)
    if first is None:
        return []
    lead = sent.text[sent.start : sent.mentions[first].start]
    return [first] if not lead.strip() or lead.endswith(("，", ",")) and len(lead) <= 8 else []


def _list_patterns(data: RelationData) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    enumerator = "|".join(f"(?:{p})" for p in data["list_item_enumerators"])
    return (re.compile(rf"(?:{enumerator})\s*$"), re.compile(rf"^\s*(?:{enumerator})"),
            re.compile(data["list_section_pattern"]))


@rule("awarded_list")
def awarded_list(sent: Sentence) -> None:
    """Each numbered item of a recipient list receives its section's honour (see the module docstring)."""
    text, mentions, data, state = sent.text, sent.mentions, sent.data, sent.article.state
    s, e = sent.start, sent.end
    listing = state.get("award_list")
    word = data.regex("award_list_words", lambda d: re.compile(d.alternation("award_list_words"))).search(text, s, e)
    at = word.start() if word else -1
    before_item, item_start, section = data.regex("award_list", _list_patterns)
    opened = _opened_list(sent)
    if listing is None and at < 0:
        announced = state.get("announced_honour")
        if announced is not None and text[s:e].rstrip().endswith(tuple(data["award_list_openers"])) \
                and any(text.find(v, s, e) >= 0 for v in data["award_list_enter_verbs"]):
            # 甲厅公布Y名单，…。本次入选的企业分别是：1.乙公司 2.丙公司: the entrants of the list announced before
            state["award_list"] = {"honour": announced}
            return
        if announced is not None and opened is not None:
            listing = {"honour": announced}  # …。此次上榜的6家企业分别是：甲公司、乙公司。: the list in the sentence
        else:
            if (heading := _heading(sent, section)) is not None:
                # 一、Y（12家） on a line of its own: its list follows
                state["award_list"] = {"honour": _section_or_title(sent, heading)}
            return
    types = set(data["award_recipient_types"])
    floor = at if at >= 0 else s
    bare = _bare_list(sent, types, section) if listing is not None else []
    if bare:
        bare = [i for i in bare if _without_party(mentions[i].name) not in _issuers(sent)]  # (the bodies signing it off)
    items = [(mentions[i].start, "item", i) for i in bare]
    for i in sent.idx:
        m = mentions[i]
        if bare or m.start < floor or m.type not in types or sent.nested(i):
            continue
        opens = _after_its_places(sent, i)  # (1.甲省乙市丙县丁镇: the item is the last place, after those holding it)
        if not before_item.search(text, max(s, opens - 6), opens):
            continue
        rest = text[m.end:e]
        if rest and not (item_start.match(rest) or section.match(rest) or rest[0] in "。；;，, \t\u3000"):
            continue  # the item is more than this name (a column after it is not: 1. 甲公司　甲公司智能工厂（乙区）)
        items.append((m.start, "item", i))
    if not items and opened is not None:
        # 此次上榜的6家企业分别是：甲镇的乙公司、丙公司，以及丁园的戊公司: no numbers, each item after the places it is in
        items = [(mentions[i].start, "item", i) for i in _entrants_after(sent, opened, types)]
    sections = [(h.start("honour"), "section", h.span("honour")) for h in section.finditer(text, floor, e)]
    current = listing.get("honour") if listing else None  # a mention, or the span of a title's honour
    if current is None and items and opened is not None:
        current = state.get("announced_honour")  # (甲部公布Y名单，…上榜。此次上榜的…分别是：…: Y, the title's honour)
    if at >= 0 and not sections:
        current = _list_title(sent, at)
        if current is not None:
            state["list_title"] = current  # (its sections may name only the kinds of its entrants: 一、示范村（5个）)
        if current is None and not state.get("decided_names"):
            state["decided_names"] = _titled_names(sent, at)  # (甲和乙名单: its sections' headings write them short)
    if not items and current is not None and at < 0 and not sections \
            and (firm := _unnamed_firm_item(sent, item_start, current)) is not None:
        items = [(mentions[firm].start, "item", firm)]  # 8.甲市乙腊味厂 under Y企业: a firm no rule named
    if not items:
        if at >= 0:
            state["award_list"] = {"honour": current}  # a list title: the items follow
        elif (heading := _heading(sent, section)) is not None:
            state["award_list"] = {"honour": _section_or_title(sent, heading)}  # the list's next section: 二、Y（6名）
        else:
            state.pop("award_list", None)  # the list has ended
        return
    for _, kind, what in sorted(items + sections):
        if kind == "section":
            what = _section_or_title(sent, what)
            current = _named_by_decision(sent, _section_honour(sent, *what))
        elif current is not None:
            if isinstance(current, tuple):
                current = _named_by_decision(sent, honour_mention(sent, *current))  # made once an item receives it
            sent.add(what, "awarded", current, "awarded_list")
    state["award_list"] = {"honour": current}


def _issuers(sent: Sentence) -> set[str]:
    """The names of the bodies that issue the document, without the party's name: those of the decision, and those
    named before 关于 in its title (甲区委 乙区人民政府关于表彰…的决定), who sign it after its lists."""
    text, mentions = sent.text, sent.mentions
    headline = text.find("\n")
    return {_without_party(mentions[b].name) for b in sent.article.state.get("decided_by", (0, []))[1]} | {
        _without_party(m.name) for m in mentions if m.type in BODY_TYPES and m.end <= headline
        and text.find("关于", m.end, headline) >= 0}


def _after_its_places(sent: Sentence, i: int) -> int:
    """Where the item ``i`` is written from: before the places right before it that hold it (甲省乙市丙县 | 丁镇)."""
    mentions, pos = sent.mentions, sent.mentions[i].start
    while (held := next((j for j in sent.idx if mentions[j].type == "Place" and mentions[j].end == pos
                         and mentions[j].start < pos), None)) is not None:
        pos = mentions[held].start
    return pos


def _section_or_title(sent: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """The honour a list's section heading at ``span`` gives: its own, unless the list's title names one honour and
    the heading only a kind of its entrants, the title's words opening it and its last one of the title's last two
    (一、示范乡镇（3个）, 二、示范村（5个） under 第一批甲示范村镇名单: all receive the title's honour); a prize (a
    suffix of an Award: 创新奖) is always its own."""
    title = sent.article.state.get("list_title")
    if title is None:
        return span
    heading, named = sent.text[span[0] : span[1]].strip("“”\""), sent.text[title[0] : title[1]]
    hit = lexicon.load().suffix_at(heading, len(heading))
    if len(heading) < 3 or hit is not None and hit[1] == "Award" or heading[:2] not in named \
            or heading[-1] not in named[-2:]:
        return span
    return title


def _section_honour(sent: Sentence, start: int, end: int) -> int:
    """The Award mention of a section heading's honour at ``[start, end)``: the recogniser's that ends with the
    closing quote after it (一、2025年度“甲工匠”（5名）: 2025年度“甲工匠”), else :func:`honour_mention`'s."""
    text, mentions = sent.text, sent.mentions
    quoted = next((i for i in sent.idx if mentions[i].type == "Award" and mentions[i].start == start
                   and mentions[i].end == end + 1 and text[end] in "”\""), None)
    return quoted if quoted is not None else honour_mention(sent, start, end)


def _without_party(name: str) -> str:
    """A body's name without the party's name opening it (中共甲区委员会 and 甲区委员会 name one issuer)."""
    return name.removeprefix(next((p for p in PARTY_NAMES if name.startswith(p)), ""))


#: what parts the entrants of a list written out in a sentence (甲公司、乙公司，以及丙公司)
_ENTRANT_JOINERS = ("，以及", "、", "以及", "和", "及")


def _opened_list(sent: Sentence) -> int | None:
    """Where the entrants start, when the sentence says who entered a list and opens their list with a word of
    award_list_openers (此次上榜的6家企业分别是：…): an entering verb before the opener; else ``None``."""
    text, data = sent.text, sent.data
    for w in data["award_list_openers"]:
        at = text.find(w, sent.start, sent.end)
        if at >= 0 and any(text.find(v, sent.start, at) >= 0 for v in data["award_list_enter_verbs"]):
            return at + len(w)
    return None


def _entrants_after(sent: Sentence, at: int, types: set[str]) -> list[int]:
    """The recipients listed from ``at`` on, each perhaps after the places it is in and 的 (艾山街道的甲公司), parted
    by 、 or 以及, up to the first thing that is no such item."""
    text, mentions = sent.text, sent.mentions
    by_start = {mentions[i].start: i for i in sent.idx if not sent.nested(i)}
    items, pos = [], at
    while pos < sent.end:
        i = by_start.get(pos)
        while i is not None and mentions[i].type == "Place" and (text.startswith("的", mentions[i].end)
                                                                 or mentions[i].end in by_start):
            pos = mentions[i].end + text.startswith("的", mentions[i].end)  # 钢城经济开发区汶源园的 | 甲公司
            i = by_start.get(pos)
        if i is None or mentions[i].type not in types:
            break
        items.append(i)
        pos = mentions[i].end
        joiner = next((w for w in _ENTRANT_JOINERS if text.startswith(w, pos)), None)
        if joiner is None:
            break
        pos += len(joiner)
    return items


def _named_by_decision(sent: Sentence, honour: int) -> int:
    """``honour``, named in full by the decision that gave it when a list's heading writes it short (先进集体 under
    《关于表彰2023年度营商环境先进集体和先进个人的决定》), or else by the honour the page wrote in full before it (智能工厂
    under 公布2025年度甲区“智能工厂”名单)."""
    names = sent.article.state.get("decided_names", ())
    m = sent.mentions[honour]
    if not any(n.endswith(m.text) and len(n) > len(m.text) for n in names):
        names = {a.name for a in sent.mentions[:honour] if a.type == "Award" and a.end <= m.start}
    return _written_out(sent, honour, names)


def _written_out(sent: Sentence, honour: int, names) -> int:
    """``honour``, an Award mention the rules made, named by the one name of ``names`` that ends with its words and
    is longer (先进个人 → 2023年度营商环境先进个人)."""
    m = sent.mentions[honour]
    fuller = [n for n in names if n.endswith(m.text) and len(n) > len(m.text)]
    if m.rule == "award_honour" and len(fuller) == 1:
        sent.mentions[honour] = dataclasses.replace(m, name=fuller[0])
    return honour


def _decided_names(honours: str) -> list[str]:
    """The honours a decision's title gives, written out (2023年度营商环境先进集体和先进个人 → …先进集体,
    2023年度营商环境先进个人: a later one as long as the first's last words shares the words before them)."""
    parts = [p for p in re.split("[和、及与]", honours) if p]
    heads = lexicon.load().honour_heads
    while len(parts) > 1 and not parts[0].endswith(heads) and parts[1].endswith(heads):
        # (2023年度招商引资和项目建设先进集体和先进个人: the first 和 is inside the first honour's name)
        parts[:2] = [honours[: len(parts[0]) + 1 + len(parts[1])]]
    if not parts:
        return []
    first, out = parts[0], [parts[0]]
    for p in parts[1:]:
        out.append(first[: -len(p)] + p if len(first) > len(p) + 1 else p)
    return out


def _heading(sent: Sentence, section: re.Pattern) -> tuple[int, int] | None:
    """The honour of a section heading that is a line of its own (``一、2024年度优秀企业（12家）``),
    as its span."""
    text = sent.text
    start = sent.start + len(text[sent.start:sent.end]) - len(text[sent.start:sent.end].lstrip())
    h = section.match(text, start)
    if h is None:
        # 2023年度甲市十佳民营企业（部分）：, a line of its own naming an honour the article gave in quotes: its list follows
        line = _UNNUMBERED_HEADING.fullmatch(text, start, sent.end)
        if line is not None and line.group("honour") in _known_honours(sent):
            return line.span("honour")
        # 一、先进集体: a heading with no count, a line of its own that ends with an honour's word, under the
        # decision that named the honours (organizes_decided)
        h = _BARE_HEADING.match(text, start)
        if h is None or not sent.article.state.get("decided_names") \
                or not h.group("honour").endswith(lexicon.load().honour_heads):
            return None
    rest = text[h.end():sent.end].strip(" \t\n\u3000。")
    if rest and not _HEADING_NOTE.fullmatch(rest):
        return None  # (一、Y（部分）: a note on how much of the list is printed)
    return h.span("honour")


#: a line naming an honour, perhaps a note in brackets (（部分）, （10家）) and a colon after it, nothing else
_UNNUMBERED_HEADING = re.compile(r"(?P<honour>[^、，,。；;：:（()）\s]{4,30}?)\s*(?:[（(][^（()）]{1,8}[)）])?\s*[:：]?\s*")
#: a note in brackets after a section heading's honour (（部分）, （排名不分先后）)
_HEADING_NOTE = re.compile(r"[（(][^（()）\d]{1,8}[)）][:：]?")
#: a section heading with no count (一、先进集体)
_BARE_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}[、.．]\s*(?P<honour>(?:[^、，,。；;：:（(0-9\s]{0,8}?(?:19|20)\d\d年度?)?"
                           r"[^、，,。；;：:（(0-9\s]{2,24})")


def _bare_list(sent: Sentence, types: set[str], section: re.Pattern, start: int | None = None) -> list[int]:
    """The recipients of a sentence (from ``start`` on, when given) that lists them and says nothing else, each
    name parted from the next by 、 or a line, perhaps with a note in brackets after it: ``甲公司、乙公司、丙合作社``,
    ``张三（甲公司董事长）`` (张三), or a post after it a space apart (``张三　甲公司董事长``); the next section's
    heading may follow on its line (``二、Y（6名）``); of a village written after its town (``甲镇乙村``), the village.
    Under a list's heading its items need no numbers."""
    text, mentions = sent.text, sent.mentions
    start = sent.start if start is None else start
    notes = [(n.start(), n.end()) for n in re.finditer(r"[（(][^（）()]*[)）]", text[start:sent.end])]
    notes += [(h.start() - start, h.end() - start) for h in section.finditer(text, start, sent.end)]
    # (王晓梅　甲镇党委副书记、镇长: a post after the name, a space apart, is a note on the person too)
    notes += [(a - start, b - start) for i in sent.idx if mentions[i].type in PERSON_TYPES and mentions[i].start >= start
              and (span := post_after_space(sent, i, titled=False)) is not None for a, b in [span]]
    # (甲村党支部书记周明: the post opening the line before the name is a note on the person too)
    notes += [(m.start - len(m.role) - start, m.start - start) for i in sent.idx
              if (m := mentions[i]).type in PERSON_TYPES and m.role and m.start - len(m.role) >= start
              and text.endswith(m.role, 0, m.start) and text[m.start - len(m.role) - 1 : m.start - len(m.role)] in ("", "\n")]
    names = sorted((mentions[i].start, mentions[i].end, i) for i in sent.idx
                   if mentions[i].type in types and not sent.nested(i) and mentions[i].start >= start
                   and not any(a <= mentions[i].start - start < b for a, b in notes))
    pos = start
    for a, b, _ in names:
        if a < pos:
            return []
        pos = b
    # what is neither a name nor a note on one (甲公司董事长 in brackets, a post after a space, a heading)
    kept = [True] * (sent.end - start)
    for a, b in [(a - start, b - start) for a, b, _ in names] + notes:
        kept[a:b] = [False] * (b - a)
    between = "".join(c for c, k in zip(text[start:sent.end], kept) if k)
    between = re.sub(r"[（(][^（）()]*[)）]", "", between)  # (a note whose brackets held a name's: 乙（钟祥）有限公司)
    if not names or between.strip(" \t\n\u3000、，,；;。"):
        return []
    # (甲镇乙村: the town a village is written after holds it; the village is the item)
    return [i for k, (_, b, i) in enumerate(names)
            if not (mentions[i].type == "Place" and k + 1 < len(names) and names[k + 1][0] == b
                    and mentions[names[k + 1][2]].type == "Place")]


#: a numbered item's words that may name a firm: characters, and brackets of a place or branch in its name
_ITEM_NAME = re.compile(r"[\u4e00-\u9fff（）()]{4,24}")


def _unnamed_firm_item(sent: Sentence, item_start: re.Pattern, honour: int | tuple[int, int]) -> int | None:
    """A numbered item of a list of firms' honour (Y企业) that is a line of its own and names nothing the
    recogniser found (8.甲市乙腊味厂): a Company mention over its words, else ``None``."""
    text, mentions = sent.text, sent.mentions
    name = text[honour[0] : honour[1]] if isinstance(honour, tuple) else mentions[honour].name
    number = item_start.match(text[sent.start : sent.end])
    if not name.endswith(tuple(sent.data["award_firm_kinds"])) or number is None \
            or (sent.start and text[sent.start - 1] != "\n") or any(mentions[i].type != "Place" for i in sent.idx):
        return None
    after = sent.start + number.end()
    words = _ITEM_NAME.fullmatch(text[after : sent.end].strip())
    if words is None:
        return None
    start = after + text[after : sent.end].index(words.group())
    return sent.add_mention(Mention(start, start + len(words.group()), words.group(), "Company", words.group(),
                                    rule="awarded_list"))


def _list_title(sent: Sentence, at: int) -> tuple[int, int] | None:
    """The honour a list's title names (``2025年度优秀企业名单`` → 2025年度优秀企业), when it
    names one only (``甲和乙名单`` needs its sections)."""
    start = _TITLE_OPENING.match(sent.text, sent.start, at).end()  # (附件：1.2025年度Y名单: the attachment's number)
    # a notice's title: the honour after the verb announcing the list (甲局关于公布Y名单的通知)
    announced = max((k + len(v) for v in sent.data["award_list_announce_verbs"]
                     if (k := sent.text.rfind(v, start, at)) >= 0), default=start)
    if announced > start and sent.text.rfind("关于", start, announced) >= 0:
        start = announced
    title = sent.text[start:at]
    if not 2 <= len(title) <= 30 or _joins_two(title) or any(c in title for c in sent.data["clause_stops"]):
        return None  # a title is the start of its line, and names one honour
    word = next(w for w in sent.data.longest_first("award_list_words") if sent.text.startswith(w, at))
    if _TITLE_CLOSE.match(sent.text, at + len(word), sent.end) is None:
        return None  # 现将名单予以公布: a sentence about the list, no title
    if any(start <= sent.mentions[i].start < at and sent.mentions[i].type != "Place" for i in sent.idx):
        return None  # 甲公司入围…名单: a sentence about a list, not its title
    return start, at


def _joins_two(title: str) -> bool:
    """Whether a list's title names two honours: 、 or 及 in it, or 和 standing as a word of its own (甲和乙名单; not
    the 和 of 和美乡村, an everyday word)."""
    from kg.lang.jieba_tables import is_word

    if "、" in title or "及" in title:
        return True
    words = lexicon.load().everyday_words
    return any(c == "和" and not any(is_word(w) or w in words for w in (title[k : k + 2], title[k - 1 : k + 1]) if len(w) == 2)
               for k, c in enumerate(title))


#: what may follow a list's title after its list word: nothing on the line, the notice's kind (…名单的通知), a note in
#: brackets, a colon or the sentence's end
_TITLE_CLOSE = re.compile(r"\s*(?:$|\n|的(?:通知|决定|公告|通报|公示)|[（(：:。])")

#: what opens a list's title before its honour: an attachment's label and the list's number (附件：1. , 2、), the
#: number no figure of the honour (2.2025年度…: the number, then the year)
_TITLE_OPENING = re.compile(r"\s*(?:附件\s*\d{0,2}\s*[：:]\s*)?(?:\d{1,2}[.．、]\s*(?=\D|(?:19|20)\d\d))?")


def _titled_names(sent: Sentence, at: int) -> list[str]:
    """The honours a list's title line names, written out (2023年度全市招商引资先进集体和先进个人名单 → …先进集体,
    2023年度全市招商引资先进个人), when it names several; else []."""
    text, line_end = sent.text, sent.text.find("\n", at)
    title = text[sent.start:at]
    if not 4 <= len(title) <= 60 or not any(w in title for w in ("和", "、", "及")) \
            or any(c in title for c in sent.data["clause_stops"]) or (sent.start and text[sent.start - 1] != "\n") \
            or text[at : line_end if line_end >= 0 else len(text)].strip() not in sent.data["award_list_words"]:
        return []  # (a title is a line of its own: the names, then the list word)
    if any(sent.start <= sent.mentions[i].start < at and sent.mentions[i].type not in ("Place", "Award") for i in sent.idx):
        return []
    return _decided_names(title)


def _known_honours(sent: Sentence) -> set[str]:
    """The honours the article names in quotes after an honour verb or as list sections."""
    state = sent.article.state
    if "known_honours" not in state:
        given, granted = sent.data.regex("award_named", _named_frames)
        _, _, section = sent.data.regex("award_list", _list_patterns)
        text = sent.article.text
        state["known_honours"] = {m.group("honour") for pattern in (given, granted, section)
                                  for m in pattern.finditer(text)}
    return state["known_honours"]


@rule("organizes_commend", needs=("Agency", "Organization", "Company"))
def organizes_commend(sent: Sentence) -> None:
    """``国资委通报表扬2025年度甲企业和乙企业``: the body organises each honour it commends, when
    the article names it as an honour elsewhere (in quotes after 为/评为, or as a list section)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    verbs = data.longest_first("award_commend_verbs")
    if not any(text.find(v, sent.start, sent.end) >= 0 for v in verbs):
        return
    period = _period_re(data)
    frame = data.regex("commend_frame", lambda d: re.compile(
        rf"(?:{d.alternation('award_commend_verbs')})(?:了)?(?P<period>{period})?(?P<honours>[^，,。；;：:“”]{{2,60}})"))
    known = _known_honours(sent)
    stops = data["clause_stops"]
    for m in frame.finditer(text, sent.start, sent.end):
        leads = tuple(data["award_commend_leads"])  # (甲领导小组印发通报，表扬Y: the notice's body commends)
        organisers = [i for i in sent.idx if mentions[i].type in BODY_TYPES and mentions[i].end <= m.start()
                      and not sent.nested(i) and (m.start() - mentions[i].end <= 8
                      and not any(c in text[mentions[i].end:m.start()] for c in stops)
                      or text[mentions[i].end:m.start()] in leads)]
        if not organisers:
            continue
        a = m.start("honours")
        for piece in re.finditer(r"[^和、及与]+", m.group("honours").removesuffix("名单")):
            name = piece.group()
            if any(h.endswith(name) or name.endswith(h) for h in known if len(h) >= 2):
                # (表扬甲年度乙先进集体和先进个人: 先进个人 is the honour the list names in full)
                honour = _written_out(sent, honour_mention(sent, a + piece.start(), a + piece.end()), known)
                sent.add(organisers[-1], "organizes", honour, "organizes_commend", {"organizer_role": "主办"})


#: what ends a sentence whose list goes on in the next (the sentencizer cuts at a semicolon)
_ITEMS_GO_ON = ("；", ";")


@rule("awarded_headed_list")
def awarded_headed_list(sent: Sentence) -> None:
    """``“Y”10家：甲公司、乙公司…``, ``“Y”5名：张三（甲公司董事长）、李四``: an honour in quotes opening the sentence,
    its count and a colon head the list of those who receive it, written after the colon and nothing else; so does a
    prize found as a name (``一等奖：甲公司（甲平台）；乙公司（乙系统）``, a contest's prize named by its level)."""
    text, mentions, data, state = sent.text, sent.mentions, sent.data, sent.article.state
    start = sent.start + len(text[sent.start : sent.end]) - len(text[sent.start : sent.end].lstrip())
    _, _, section = data.regex("award_list", _list_patterns)
    carried = state.pop("headed_honour", None)
    if carried is not None and text[:start].rstrip().endswith(_ITEMS_GO_ON):
        # …；乙公司（乙系统）。: the list goes on past the semicolon that ended the sentence before
        recipients = _bare_list(sent, set(data["award_recipient_types"]), section, start)
        for i in recipients:
            sent.add(i, "awarded", carried, "awarded_headed_list", award_event(sent, carried))
        if recipients and text[sent.start : sent.end].rstrip().endswith(_ITEMS_GO_ON):
            state["headed_honour"] = carried
        return
    head = data.regex("award_headed_list", lambda d: re.compile(rf"”?(?:{d['award_count_pattern']})?[:：]"))
    if text[start : start + 1] == "“":
        close = text.find("”", start + 1, min(sent.end, start + 32))
        m = head.match(text, close) if close > start + 2 and text[close] == "”" else None
        honour = (start + 1, close)
    else:
        prize = next((j for j in sent.idx if mentions[j].type == "Award" and mentions[j].start == start
                      and not sent.nested(j)), None)
        m = head.match(text, mentions[prize].end) if prize is not None else None
        honour = prize
    if m is None:
        return
    recipients = _bare_list(sent, set(data["award_recipient_types"]), section, m.end())
    if not recipients:
        return
    honour = honour_mention(sent, *honour) if isinstance(honour, tuple) else honour
    if text[sent.start : sent.end].rstrip().endswith(_ITEMS_GO_ON):
        state["headed_honour"] = honour
    for i in recipients:
        sent.add(i, "awarded", honour, "awarded_headed_list", award_event(sent, honour))


def _handed_by_relative_clause(sent: Sentence, verb_at: int) -> bool:
    """Whether the handing verb at ``verb_at`` opens a relative clause (X获得甲授予的“Y”: who receives it is before
    another verb)."""
    verb = next(v for v in sent.data.longest_first("award_handing_verbs") if sent.text.startswith(v, verb_at))
    return sent.text.startswith("的", verb_at + len(verb))


#: the count closing a list of bodies right before the word referring back to the honour (等10个单位, 等5家企业)
_BODY_COUNT = re.compile(r"等[0-9０-９一二三四五六七八九十百]+[个家](?:单位|企业|集体|部门)$")


@rule("awarded_this_honour")
def awarded_this_honour(sent: Sentence) -> None:
    """``…授予一批同志“Y”称号，甲公司总监王某、乙中心主任李某获此殊荣``, ``对Y进行通报表扬，甲镇、乙局等10个单位受到
    表扬``: those listed right before a word that refers back to the honour (award_this_honour_words), or before their
    count, receive the last honour named before them."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    types = set(data["award_recipient_types"])
    for word in data["award_this_honour_words"]:
        at = text.find(word, sent.start, sent.end)
        if at < 0:
            continue
        honours = [j for j in sent.idx if mentions[j].type == "Award" and mentions[j].end <= at and not sent.nested(j)]
        if not honours:
            # (对“Y”进行表彰。甲、乙等10名同志获此殊荣: the honour of the sentence before, in the same paragraph)
            paragraph = text.rfind("\n", 0, sent.start) + 1
            honours = [j for j, m in enumerate(mentions) if m.type == "Award" and paragraph <= m.start and m.end <= sent.start]
        if not honours:
            continue
        honour = max(honours, key=lambda j: mentions[j].end)
        people = [i for i in sent.idx if mentions[i].type in PERSON_TYPES and mentions[i].end <= at]
        counted = _BODY_COUNT.search(text, max(sent.start, at - 12), at)
        # (甲街道乙社区王某、…等10名同志 | 获此殊荣: the people listed after their units, as before a prize verb; 甲镇、乙局
        # 等10个单位 | 受到表扬: the bodies listed before their count)
        for i in _people_items(sent, people, at) or sent.chain_before(counted.start() if counted else at, types):
            sent.add(i, "awarded", honour, "awarded_this_honour", award_event(sent, honour))


@rule("awarded_colon_list", needs=("Award",))
def awarded_colon_list(sent: Sentence) -> None:
    """``入选2024年度“甲”示范企业的有：A、B、C等``: each body listed after the colon receives the honour the
    award verb before it names (award_list_enter_verbs, award_verbs; award_colon_list_openers)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    if "：" not in text[sent.start : sent.end] and ":" not in text[sent.start : sent.end]:
        return
    opener = data.regex("award_colon_list", lambda d: re.compile(
        rf"”?的(?:{d['award_count_pattern']})?(?:{d.alternation('award_colon_list_kinds')})?"
        rf"(?:{d.alternation('award_colon_list_openers')})[:：]"))
    verbs = tuple(data["award_list_enter_verbs"]) + tuple(data["award_verbs"])
    types = set(data["award_recipient_types"])
    for j in sent.idx:
        award = mentions[j]
        if award.type != "Award" or sent.nested(j):
            continue
        m = opener.match(text, award.end)
        if m is None or not text.endswith(verbs, max(sent.start, award.start - 8), award.start - (text[award.start - 1 : award.start] == "“")):
            continue
        chain = _people_listed(sent, m.end()) or sent.chain_after(m.end(), types)
        for i in chain:
            sent.add(i, "awarded", j, "awarded_colon_list", award_event(sent, j))


@rule("awarded_lines")
def awarded_lines(sent: Sentence) -> None:
    """``三、授予以下3名同志“Y”称号：`` ending its line (award_lines_openers; or the first recipient and the count of
    all: 授予甲公司等8家企业“Y”称号), or ``一、先进集体`` naming an honour the
    article granted by its last words (:func:`_honour_headed`), then one line per recipient (``王某　甲公司董事长``):
    the person or body each line opens with receives Y; the list ends with the first line that opens with neither."""
    text, mentions, data, state = sent.text, sent.mentions, sent.data, sent.article.state
    line_start = sent.start == 0 or text[sent.start - 1] == "\n"
    honour = state.get("honour_lines")
    if honour is not None and line_start:
        first = min((i for i in sent.idx if not sent.nested(i)), key=lambda i: mentions[i].start, default=None)
        opens = _ITEM_NUMBER.match(text, sent.start).end()
        if first is not None and mentions[first].start == opens and mentions[first].type in set(data["award_recipient_types"]) \
                and mentions[first].type != "Place":
            # (甲公司、乙公司、丙公司 on one line: each firm the line lists)
            listed = [i for i in sent.chain_after(opens, set(data["award_recipient_types"])) if mentions[i].type != "Place"]
            for i in listed if first in listed else [first]:
                sent.add(i, "awarded", honour, "awarded_lines", award_event(sent, honour))
            return
        state.pop("honour_lines")
    if line_start and (named := _honour_headed(sent)) is not None:
        state["honour_lines"] = named  # 一、先进集体, under a decision granting “2024年度甲市…先进集体”称号
        return
    # (the line may end with the honour itself: 一、授予以下10家企业“Y”称号, its list on the lines below)
    if text[sent.start : sent.end].rstrip().endswith(("：", ":", *_HONOUR_LINE_ENDS)) \
            and text[sent.end : sent.end + 1] in ("\n", ""):
        opener = max((text.rfind(w, sent.start, sent.end) for w in data["award_lines_openers"]), default=-1)
        if opener < 0 and (counted := data.regex("award_lines_counted", _counted_grant).search(text, sent.start, sent.end)):
            opener = counted.end()  # 一、授予甲公司等8家企业“Y”称号: the first of the list, its count, the list below
        granted = [j for j in sent.idx if mentions[j].type == "Award" and not sent.nested(j) and opener >= 0
                   and mentions[j].start > opener]
        if len(granted) == 1:
            state["honour_lines"] = granted[0]  # (授予以下3名同志“Y”称号：: the lines after name who)


def _honour_headed(sent: Sentence) -> int | None:
    """The honour a numbered line heads the lines below with by the last words of its name alone (一、先进集体, 二、先进
    个人: the list annexed to a decision that granted “2024年度甲市…先进集体” and “…先进个人”): the last mention before the
    line of the one honour of the article whose name ends with the line's words, two to eight characters."""
    text, mentions = sent.text, sent.mentions
    if text[sent.end : sent.end + 1] not in ("\n", "") or (item := ENUMERATED.match(text, sent.start)) is None:
        return None
    words = text[item.end() : sent.end].strip()
    if not 2 <= len(words) <= 8 or not all("\u4e00" <= c <= "\u9fff" for c in words):
        return None
    named = [j for j, m in enumerate(mentions) if m.type == "Award" and m.end <= sent.start and m.name.endswith(words)
             and m.name != words]
    if len({mentions[j].name for j in named}) != 1:
        return None
    return max(named, key=lambda j: mentions[j].end)


def _counted_grant(data: RelationData) -> re.Pattern:
    """A handing verb, the first recipient and the count of them all (授予甲公司等8家企业, 授予乙等5名同志)."""
    return re.compile(rf"(?:{data.alternation('award_handing_verbs')})[^“”\n，。]{{1,60}}?等{data['award_count_pattern']}")


#: the last words of a line granting an honour whose recipients the lines below list (授予以下…“Y”称号)
_HONOUR_LINE_ENDS = ("称号", "荣誉称号", "称号。")
#: a number opening a list's line (1. 2、（3）)
_ITEM_NUMBER = re.compile(r"\s*(?:\d+[.、．]|[（(]\d+[）)])?\s*")


def _handed_to_those_commended(sent: Sentence, j: int, verb_at: int) -> bool:
    """``A对B、C予以通报表扬，授予其“Y”称号``: the pronoun after the handing verb (award_handed_pronouns) stands for
    those named after the commending preposition (award_commended_markers) before it, who receive honour ``j``;
    the bodies before the preposition confer it.  Whether the sentence said so."""
    text, data = sent.text, sent.data
    handed = next((v for v in data.longest_first("award_handing_verbs") if text.startswith(v, verb_at)), "")
    if not text.startswith(tuple(data["award_handed_pronouns"]), verb_at + len(handed)):
        return False
    to = max((text.rfind(w, sent.start, verb_at) for w in data["award_commended_markers"]), default=-1)
    receivers = sent.chain_after(to + 1, set(data["award_recipient_types"])) if to >= 0 else []
    if not receivers:
        return False
    for i in receivers:
        sent.add(i, "awarded", j, "awarded_verb", award_event(sent, j))
    for i in sent.chain_before(to, BODY_TYPES):
        sent.add(i, "organizes", j, "awarded_verb", {"organizer_role": "主办"})
    return True


#: what may open an item of a list after the comma that parts it from the one before (…，以及乙医院主任李某)
_ITEM_OPENERS = ("以及", "及", "和")


def _people_listed(sent: Sentence, at: int) -> list[int]:
    """The people of a list from ``at``, one item after another parted by commas or semicolons, each item a person
    with what they are written after (甲公司高级技师李某，乙医院主任王某，以及丙镇返乡青年、丁合作社理事长赵某): the
    people named in each item; [] when the first item names none (a list of bodies)."""
    text, mentions = sent.text, sent.mentions
    people: list[int] = []
    start = at
    while start < sent.end:
        end = next((k for k in range(start, sent.end) if text[k] in "，,；;。"), sent.end)
        start += next((len(w) for w in _ITEM_OPENERS if text.startswith(w, start)), 0)
        named = [i for i in sent.idx if start <= mentions[i].start and mentions[i].end <= end
                 and mentions[i].type in PERSON_TYPES and not sent.nested(i)]
        if not named:
            break
        people += named
        start = end + 1
    return people


@rule("organizes_decided")
def organizes_decided(sent: Sentence) -> None:
    """``经区委、区政府研究决定，对…予以表彰。甲获评“Y”…``, ``《甲市委 甲市人民政府关于表彰…的决定》``,
    ``甲县委、甲县人民政府《关于表彰…的决定》``,
    ``甲市委、市政府召开…大会，对…进行表彰。会上，乙被评为“Y”``: the bodies whose decision or meeting the
    commendation is organise each honour given in the rest of the paragraph, and of the paragraphs after it
    that go on about the meeting (会上…: award_meeting_carry_words) or, after a decision announced in a paragraph of
    its own, that give its honours (:func:`_decision_goes_on`), where no other giver is written with it
    (award_decision_patterns)."""
    text, mentions, data, state = sent.text, sent.mentions, sent.data, sent.article.state
    paragraph = text.rfind("\n", 0, sent.start) + 1
    for f in sent.found:
        if f[1] == "organizes" and f[3] in _ANNOUNCING_RULES:
            # (同时，在甲厅公布的Y名单中…: Y has a giver of its own, wherever its list is)
            state.setdefault("honour_givers", {}).setdefault(mentions[f[2]].name, set()).add(mentions[f[0]].name)
    # (every decision pattern holds 表彰, 表扬, 命名 or 授予: the cheap test first)
    if text.find("表", sent.start, sent.end) >= 0 or text.find("命名", sent.start, sent.end) >= 0 \
            or text.find("授予", sent.start, sent.end) >= 0:
        for decision in data.regex("award_decisions", lambda d: [re.compile(p) for p in d["award_decision_patterns"]]):
            m = decision.search(text, sent.start, sent.end)
            if m is None:
                continue
            bodies = [i for i in sent.idx if mentions[i].type in BODY_TYPES and m.start("who") <= mentions[i].start
                      and mentions[i].end <= m.end("who") and not sent.nested(i)]
            if bodies:
                named = _DECISION_HONOURS.search(m.group())
                _decide(state, paragraph, bodies, named.group(1) if named else None, m.group())
                break
        else:
            _decided_by_issuers_line(sent, paragraph)
    decided = state.get("decided_by")
    if decided and decided[0] != paragraph and sent.start == paragraph and (
            text.startswith(tuple(data["award_meeting_carry_words"]), paragraph)  # 会上，…: the meeting goes on
            or (_decision_goes_on(state, decided[0]) or _list_goes_on(sent, paragraph))
            and (not _ASIDE.match(text, paragraph) or text.startswith(tuple(data["award_decision_followers"]), paragraph))) \
            and not _names_higher_honours(sent, paragraph):  # (根据决定，…: the decision's own honours follow)
        decided = state["decided_by"] = (paragraph, decided[1])
        state["decided_carried"] = True
    if not decided or decided[0] != paragraph:
        return
    given = {f[2] for f in sent.found if f[1] == "organizes"}  # (入选乙厅公布的名单: its own giver)
    for obj in sorted({f[2] for f in sent.found if f[1] == "awarded"} - given):
        state.setdefault("decided_honours", set()).add(paragraph)
        givers = state.get("honour_givers", {}).get(mentions[obj].name, set())
        if _given_before(sent, mentions[obj].start, state.get("decided_year")) \
                or givers and not givers & {mentions[b].name for b in decided[1]} \
                or _rank(mentions[obj].name) > max(_rank(mentions[b].name) for b in decided[1]):
            continue  # (此前曾获乙称号, 2023年获评“丙”: an honour of an earlier time, not the decision's)
        for body in decided[1]:
            sent.add(body, "organizes", obj, "organizes_decided", {"organizer_role": "主办"})


def _decided_by_issuers_line(sent: Sentence, paragraph: int) -> None:
    """A decision's title, a line of its own, under a line that names its issuers and nothing else (``甲区委　甲区人民
    政府`` then ``关于表彰…的决定``, as a document's head prints them): the issuers decided it."""
    text, mentions, state = sent.text, sent.mentions, sent.article.state
    title = _ISSUED_TITLE.match(text, paragraph)
    if title is None or paragraph < 2 or sent.start > title.start() or sent.end < title.end():
        return
    above = text.rfind("\n", 0, paragraph - 1) + 1
    bodies = sorted((mentions[i].start, mentions[i].end, i) for i in range(len(mentions))
                    if above <= mentions[i].start and mentions[i].end < paragraph and mentions[i].type in BODY_TYPES)
    bodies = [(a, b, i) for a, b, i in bodies if not any(a2 <= a and b <= b2 and b2 - a2 > b - a for a2, b2, _ in bodies)]
    covered = list(text[above : paragraph - 1])
    for a, b, _ in bodies:
        party = next((p for p in PARTY_NAMES if text.endswith(p, above, a)), "")  # (中共甲区委: the committee's)
        covered[a - above - len(party) : b - above] = [" "] * (b - a + len(party))
    if not bodies or "".join(covered).strip(" \t\u3000、"):
        return  # (the line above holds more than its issuers' names: a headline, a date)
    _decide(state, paragraph, [i for _, _, i in bodies], title.group(1), title.group())


def _decide(state: dict, paragraph: int, bodies: list[int], honours: str | None, decision: str) -> None:
    """Record the commendation decision ``bodies`` made in ``paragraph``: the honours it names written out (none
    named, 区委、区政府决定，授予…, keeps those of the title before it: 关于表彰Y的决定), and its year."""
    state["decided_by"] = (paragraph, bodies)
    state["decided_names"] = _decided_names(honours) if honours else state.get("decided_names", [])
    state["decided_carried"] = False
    year = _YEAR.search(decision)
    state["decided_year"] = int(year.group(1)) if year else None


#: a decision's title as a line of its own (关于表彰2025年度甲先进集体和先进个人的决定)
_ISSUED_TITLE = re.compile(r"关于(?:表彰|表扬|通报表扬|通报表彰|命名)([^《》\n]{1,60}?)的决定(?=\n|$)")


def _names_higher_honours(sent: Sentence, paragraph: int) -> bool:
    """Whether the paragraph from ``paragraph`` reports honours higher bodies gave (会议还通报了…获得的上级荣誉：…):
    not the decision's (award_higher_words)."""
    text = sent.text
    end = text.find("\n", paragraph)
    return any(w in text[paragraph : end if end >= 0 else len(text)] for w in sent.data["award_higher_words"])


#: the rules that name who announces a list or an honour apart from any commendation decision (甲厅公布的Y名单)
_ANNOUNCING_RULES = frozenset({"organizes_role", "awarded_list_title"})
#: the honours a decision's title names (关于表彰 | 2023年度甲先进集体和先进个人 | 的决定)
_DECISION_HONOURS = re.compile(r"关于(?:表彰|表扬|通报表扬|通报表彰|命名)(.+?)的决定")
#: a year written in a decision or a clause (2025年, 2024年度)
_YEAR = re.compile(r"((?:19|20)\d\d)年")


def _rank(name: str) -> int:
    """How high the body or the honour ``name`` is: 2 national (国务院, 全国…, 国家级…), 1 a province's (省委, 省级…,
    江西省…), 0 any other: a city's decision gives no province's or nation's honour (会上…入选省级…企业: another's)."""
    name = _without_party(name)  # (the party's committee of a city is the city's)
    name = name[HONOUR_PERIOD.match(name).end() :]  # (2023年度自治区级…: the year's round first)
    if name.startswith(_NATIONAL_RANKS):
        return 2
    head = name[:8]
    return 1 if name.startswith(_PROVINCIAL_RANKS) or "省" in head or "自治区" in head else 0


#: the openings of a national body's or honour's name, and of a province's (a province's own name holds 省 or 自治区)
_NATIONAL_RANKS = ("国家级", "国家", "全国", "中国", "国务院", "中共中央", "中华人民共和国")
_PROVINCIAL_RANKS = ("省级", "全省", "省")


def _given_before(sent: Sentence, at: int, year: int | None) -> bool:
    """Whether the clause of the honour named at ``at`` says it was given before the decision of ``year`` was made:
    a word of award_earlier_words (此前曾获…, 曾被评为…) or an earlier year (2023年获评…) before it in its clause."""
    text = sent.text
    start = max((text.rfind(c, sent.start, at) for c in "，,；;"), default=-1) + 1
    clause = text[max(start, sent.start) : at]
    if any(w in clause for w in sent.data["award_earlier_words"]):
        return True
    written = _YEAR.search(clause)
    return year is not None and written is not None and int(written.group(1)) < year


#: a paragraph that opens with a word of its own before a comma (另讯，此外，) turns to another matter
_ASIDE = re.compile(r"[^，,。；;：:\n]{1,4}[，,]")


def _list_goes_on(sent: Sentence, paragraph: int) -> bool:
    """Whether the paragraph before ``paragraph`` opens or goes on with a list the next one continues: it ends with
    a colon or a semicolon (其中：, 甲公司…获评“Y”；), or it is a list section's heading (一、Y（12家）; under a decision
    naming its honours, 一、先进集体; a line granting an honour to those listed below it, 一、授予以下10家企业“Y”称号)."""
    text, end = sent.text, paragraph
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if text[end - 1 : end] in ("：", ":", "；", ";"):
        return True
    _, _, section = sent.data.regex("award_list", _list_patterns)
    start = text.rfind("\n", 0, end) + 1
    note = _HEADING_NOTE.search(text, start, end)
    if note is not None and note.end() == end:
        end = note.start()  # (一、Y（部分）)
    return section.fullmatch(text, start, end) is not None \
        or bool(sent.article.state.get("decided_names")) and _BARE_HEADING.fullmatch(text, start, end) is not None \
        or text.endswith(_HONOUR_LINE_ENDS, start, end) and any(
            text.find(w, start, end) >= 0 for w in sent.data["award_lines_openers"])  # (二、授予以下5名同志“Y”称号)


def _decision_goes_on(state: dict, paragraph: int) -> bool:
    """Whether a commendation decision covers the next paragraph too: it was announced in a paragraph of its own
    that gave no honour (会议宣读了《…关于表彰…的决定》。), or the paragraph it was last carried to gave one
    (甲公司获评“Y”。\n乙镇被评为“Z”。: the decision's honours, paragraph by paragraph, until one gives none or opens
    with a word of its own: 另讯，…)."""
    gave = paragraph in state.get("decided_honours", set())
    return gave if state.get("decided_carried") else not gave
