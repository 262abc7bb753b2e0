"""Relation extraction: the spaCy component ``kg_relations``.

Reads the mentions ``kg_entities``/``kg_coref`` set and writes
``doc._.kg_relations`` (:class:`~kg.records.RelationMention`).  Each rule is a small
function whose name is recorded as the evidence's ``rule``; the words each rule looks
for are language data in ``data/relation_patterns.json``.

Rules (all within one sentence):

``post_title``
    An Official's post string (``市城市管理局党组书记、局长，市拆违治乱办公室主任孙震``):
    each body named in it gets ``leads`` (a head post) or ``memberOf`` (any other).
``byline_outlet`` — (in :mod:`kg.resolve.resolution`): reporters and their outlets.
``funds_verb``
    A funder (Agency/Company/Organization; the paragraph's last subject when the
    sentence has none) + a money verb (争取, 投资 …) + a Project, with the amount in yuan,
    the kind of money and the period when the sentence gives them.
``develops_project``
    A Company named inside or just before a Project (``京东方项目``, ``奇瑞零部件产业园``).
``develops_verb``
    A body, a building verb (``develops_verbs``: 建设, 承建, 提报 …, with particles and
    的), then the Project or a list of them (``X投资建设的Y``, ``X加快推进Y、Z``); or
    ``Y由X承建``.
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
``part_of_unit`` / ``part_of_belongs``
    A unit written right after the body it belongs to (``营流路片区改造指挥部北阁网格工作组``,
    ``…指挥部下设…专班``), when the unit's name ends with a unit word (工作组, 专班, 支队 …);
    ``X隶属于Y``, ``X是Y下属单位``.
``located_copula``
    ``X位于Y``: the innermost place of each list item (``通济新区前枣杭村、城马路西侧`` →
    前枣杭村, 城马路).
``located_settle``
    ``X落户Y``, ``X迁入Y``, and ``迁入Y的…X``.
``located_at``
    ``X在Y…成立/开工``: establishing verbs for any body, building verbs for projects and places.
``located_event``
    ``在Y…举行/开工`` + the project or event named after the place.
``located_in_name``
    A place inside a project's name (``…（即墨段）``), opening a company's name, or written into
    a project's name from an earlier place (``台东步行街`` → ``步行街…工程``).
``located_scope``
    A project the sentence reports started, finished or landed (开工, 完工, 落地 …), or a
    company that settled with no place written (``从外地迁入的…X``, ``X正式落户。``), is in the
    article's district or city (``doc._.kg_context``, :mod:`kg.nlp.context`), when no other place is
    named for it in the sentence.

Modality: a sentence with a planning word (力争, 拟, 计划, 将 …) before the verb gives
``modality=planned``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.extensions import doc_text, ensure_extensions
from kg.records import Mention, RelationMention
from kg.schema import BODY_TYPES, PERSON_TYPES, RELATIONS

__all__ = ["RelationExtractor", "patterns"]

_BODIES = BODY_TYPES
_PERSONS = PERSON_TYPES
#: what may be located in a place (GUIDE §4), and what settles (落户, 迁入) in one
_LOCATED_SUBJECTS = RELATIONS["locatedIn"].domain
_SETTLERS = {"Project", "Company", "Organization"}
_DEVELOPERS = RELATIONS["develops"].domain


@cache
def patterns() -> dict:
    """The relation language data (``data/relation_patterns.json``)."""
    return json.loads(resources.files("kg").joinpath("data/relation_patterns.json").read_text(encoding="utf-8"))


@cache
def longest_first(key: str) -> tuple[str, ...]:
    """The words of pattern list ``key``, longest first (so a longer word wins a match)."""
    return tuple(sorted(patterns()[key], key=len, reverse=True))


@cache
def alternation(key: str) -> str:
    """A regex alternation of the words of pattern list ``key``, longest first, escaped."""
    return "|".join(map(re.escape, longest_first(key)))


@cache
def _programme_frame() -> tuple[re.Pattern, re.Pattern]:
    """A money verb, a short phrase ending in 改造/工程/项目/建设, a kind of money; and the
    generic objects that are not names.  Built once, not for every sentence."""
    p = patterns()
    verbs = alternation("funds_agent_verbs")
    kinds = alternation("money_kinds")
    frame = re.compile(rf"(?:{verbs})([\u4e00-\u9fff“”]{{2,14}}?(?:改造|工程|项目|建设))(?={kinds})")
    return frame, re.compile(p["generic_object_pattern"])


@cache
def _develops_frames() -> tuple[re.Pattern, re.Pattern]:
    """What may stand between a developer and its project: particles, a verb, 的/了
    (``提报的``, ``正在加快建设``, ``投资建设的``); and after ``Y由X``, the verb."""
    verbs = alternation("develops_verbs")
    particles = alternation("develops_particles")
    return (re.compile(rf"(?:{particles})*(?:{verbs})+(?:的|了)?"),
            re.compile(rf"(?:{particles})*(?:{verbs})"))


@cache
def _organizer_roles() -> re.Pattern:
    return re.compile(alternation("organizer_role_map"))


@cache
def _period_re() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns()["period_patterns"]))


def _mention_finder(mentions: list[Mention]):
    """``in_sentence(s, e)``: the indices of the mentions inside ``[s, e)``, ascending.

    The mentions come in text order, so each sentence's are found by bisection (a scan
    of every mention for every sentence is quadratic in a long article); mentions added
    later (programmes named by the money rule) are appended out of order and scanned.
    """
    from bisect import bisect_left

    starts = [m.start for m in mentions]
    ordered = len(starts)
    if any(a > b for a, b in zip(starts, starts[1:])):
        ordered = 0  # not in text order after all: scan them all

    def in_sentence(s: int, e: int) -> list[int]:
        lo, hi = bisect_left(starts, s, 0, ordered), bisect_left(starts, e, 0, ordered)
        found = [i for i in range(lo, hi) if mentions[i].end <= e]
        found += [i for i in range(ordered, len(mentions)) if mentions[i].start >= s and mentions[i].end <= e]
        return found

    return in_sentence


class RelationExtractor:
    """Find relations sentence by sentence; see the module docstring for the rules."""

    def __init__(self, *, window: int = 3) -> None:
        self.window = window  # sentences a paragraph's subject carries over

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = list(doc._.kg_mentions or [])
        text = doc_text(doc)
        context = _article_context(doc)
        out: list[RelationMention] = []
        last_subject: int | None = None
        since_subject = 0
        in_sentence = _mention_finder(mentions)
        for sent in doc.sents:
            s, e = sent.start_char, sent.end_char
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            if "\n" in text[sent.start_char:s]:
                last_subject, since_subject = None, 0  # a new paragraph
            idx = in_sentence(s, e)
            found: list[tuple[int, str, int, str, dict]] = []
            self._posts(mentions, idx, found)
            idx += self._funded_programmes(text, mentions, idx, s, e)
            subject = self._funds(text, mentions, idx, s, e, last_subject, found)
            self._develops(text, mentions, idx, found)
            self._develops_verb(text, mentions, idx, found)
            self._awards(text, mentions, idx, found)
            self._awards_listed(text, mentions, idx, found)
            self._organizes(text, mentions, idx, found, s, e)
            self._located(text, mentions, idx, found, s, e, context)
            self._part_of(text, mentions, idx, found)
            planned = bool(found) and self._planned(text[s:e])  # asked only of sentences with relations
            for subj, pred, obj, rule, qual in found:
                if subj == obj:
                    continue
                if planned and pred in ("funds", "awarded", "develops", "locatedIn"):
                    qual.setdefault("modality", "planned")
                out.append(RelationMention(subj, pred, obj, s, e, rule, tuple(sorted(qual.items()))))
            if subject is not None:
                last_subject, since_subject = subject, 0
            else:
                since_subject += 1
                if since_subject > self.window:
                    last_subject = None
        doc._.kg_relations = out
        doc._.kg_mentions = mentions  # with the programmes named only as what money is for
        return doc

    # -- rules ------------------------------------------------------------
    @staticmethod
    def _planned(sentence: str) -> bool:
        p = patterns()
        cleaned = sentence
        for word in p["modality_not_planned"]:
            cleaned = cleaned.replace(word, "")
        return any(word in cleaned for word in p["modality_planned"])

    @staticmethod
    def _posts(mentions, idx, found) -> None:
        p = patterns()
        heads = longest_first("title_head_suffixes")
        for i in idx:
            person = mentions[i]
            if person.type != "Official" or not person.role:
                continue
            span_start = person.start - len(person.role)
            bodies = [j for j in idx if mentions[j].type in _BODIES and mentions[j].start >= span_start - 2
                      and mentions[j].end <= person.start]
            for k, j in enumerate(bodies):
                body = mentions[j]
                stop = mentions[bodies[k + 1]].start if k + 1 < len(bodies) else person.start
                post = _doc_slice(mentions, body.end, stop, person)
                post = post.strip("、，, ")
                if not post:
                    continue
                last = re.split("[、，,]", post)
                is_head = any(t.endswith(h) and not any(t.endswith(pre + h) for pre in p["title_member_prefixes"])
                              for t in last for h in heads)
                found.append((i, "leads" if is_head else "memberOf", j, "post_title", {"role": post}))

    @staticmethod
    def _funded_programmes(text, mentions, idx, s, e) -> list[int]:
        """A programme named only as what money is for (``争取城中村改造专项借款79.4亿元``).

        No suffix grammar marks such a name, but the money frame does: a money verb, a
        short noun phrase ending in 改造/工程/项目/建设, then a kind of money.  The phrase
        becomes a Project mention (appended, so earlier mention indexes stay valid);
        counted categories (``16个棚户区改造…项目``) are not names.
        """
        frame, generic = _programme_frame()
        added = []
        for m in frame.finditer(text, s, e):
            start, end = m.span(1)
            name = m.group(1)
            if generic.match(name) or any(mentions[i].start < end and start < mentions[i].end for i in idx):
                continue
            mentions.append(Mention(start, end, name, "Project", name, rule="funded_programme"))
            added.append(len(mentions) - 1)
        return added

    @staticmethod
    def _funds(text, mentions, idx, s, e, last_subject, found) -> int | None:
        from kg.lang.money import find_money

        p = patterns()
        funders = [i for i in idx if mentions[i].type in _BODIES]
        subject = funders[0] if funders else None
        projects = [i for i in idx if mentions[i].type == "Project"]
        verbs = p["funds_agent_verbs"]
        for j in projects:
            proj = mentions[j]
            before = [i for i in funders if mentions[i].end <= proj.start]
            funder = before[-1] if before else (last_subject if not funders else None)
            if funder is None:
                continue
            between = text[mentions[funder].end if before else s:proj.start]
            after = text[proj.end:e]
            verb_before = any(v in between for v in verbs)
            money = next((m for m in find_money(after[:30]) if m.yuan is not None), None)
            kind = next((k for k in p["money_kinds"] if k in after[:20] or k in between[-8:]), None)
            if not (verb_before and (money or kind)):
                continue
            qual: dict = {}
            if money:
                qual["amount"] = str(money.yuan)
                qual["amount_text"] = money.text
            if kind:
                qual["money_kind"] = kind
            period = _period_re().search(text[s:e])
            if period:
                qual["period"] = period.group(0)
            found.append((funder, "funds", j, "funds_verb", qual))
        return subject

    @staticmethod
    def _develops(text, mentions, idx, found) -> None:
        """A project named after a company the article names (``京东方项目``, ``奇瑞零部件产业园``)."""
        if not any(mentions[j].type == "Project" for j in idx):
            return  # most sentences name no project: spare them the pass over the article's mentions
        companies = {}
        for i, m in enumerate(mentions):
            if m.type == "Company" and m.kind != "coref":
                companies.setdefault(m.text, i)
        for j in idx:
            proj = mentions[j]
            if proj.type != "Project":
                continue
            for short, i in companies.items():
                if len(short) >= 2 and proj.text.startswith(short) and len(proj.text) > len(short):
                    found.append((i, "develops", j, "develops_project", {}))
                    break

    @staticmethod
    def _develops_verb(text, mentions, idx, found) -> None:
        """``X提报的Y``, ``X投资建设Y、Z``, ``Y由X承建``: the body X builds, runs or puts forward
        the project Y written right after (or before, with 由) the verb."""
        if not any(mentions[j].type == "Project" for j in idx):
            return  # both frames relate a project: spare the nesting tests of every mention
        verb_gap, passive_gap = _develops_frames()
        order = sorted((i for i in idx if not _nested(mentions, idx, i)), key=lambda i: mentions[i].start)
        joiners = patterns()["develops_list_joiners"]
        for a, b in zip(order, order[1:]):
            x, y = mentions[a], mentions[b]
            gap = text[x.end:y.start]
            if x.type in _DEVELOPERS and y.type == "Project" and verb_gap.fullmatch(gap):
                body, projects = a, [b]
                k = order.index(b)
                while k + 1 < len(order) and mentions[order[k + 1]].type == "Project" and \
                        text[mentions[order[k]].end:mentions[order[k + 1]].start] in joiners:
                    k += 1
                    projects.append(order[k])
            elif x.type == "Project" and y.type in _DEVELOPERS and gap in patterns()["develops_passive_markers"]:
                rest = text[y.end:y.end + 12]
                if not passive_gap.match(rest):
                    continue
                body, projects = b, [a]
            else:
                continue
            for j in projects:
                found.append((body, "develops", j, "develops_verb", {}))

    @staticmethod
    def _awards(text, mentions, idx, found) -> None:
        """The receiver is the nearest entity before the prize verb that precedes the Award."""
        verbs = longest_first("award_verbs")
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
                         and not _nested(mentions, idx, i)]
            # a place receives a prize only when nothing else is named (青岛 inside 青岛…公司 is not one)
            receivers = [i for i in receivers if mentions[i].type != "Place"] or receivers
            if receivers:
                found.append((receivers[-1], "awarded", j, "awarded_verb", _award_event(text, mentions, idx, j)))

    @staticmethod
    def _awards_listed(text, mentions, idx, found) -> None:
        """The prize or list is named first, the receiver after it:
        ``在…评选出的“Y”中，X位列全省第二`` (Y, then 中/上, then X and a prize verb) and
        ``作为Y的X`` (apposition)."""
        if not any(mentions[j].type == "Award" for j in idx):
            return  # no prize or list named: spare the nesting tests of every mention
        p = patterns()
        verbs = longest_first("award_verbs")
        stops = p["clause_stops"]
        order = sorted((i for i in idx if not _nested(mentions, idx, i)), key=lambda i: mentions[i].start)
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
            if any(before.endswith(w) for w in p["award_as_words"]) and gap == "的":
                receiver = nxt  # 作为全国首批…试点城市的青岛西海岸新区
            elif gap.rstrip("，, ") in p["award_event_close"]:
                # 在“Y”中，X位列… : X's verb comes right after X, and no other prize follows in the clause
                rest = text[mentions[nxt].end:mentions[nxt].end + 4]
                clause_end = min([text.find(c, mentions[nxt].end) for c in stops if text.find(c, mentions[nxt].end) >= 0]
                                 + [len(text)])
                later = [i for i in order[k + 2:] if mentions[i].type == "Award" and mentions[i].start < clause_end]
                if any(rest.startswith(v) for v in verbs) and not later:
                    receiver = nxt
            if receiver is not None:
                found.append((receiver, "awarded", j, "awarded_listed", {}))

    @staticmethod
    def _organizes(text, mentions, idx, found, s, e) -> None:
        """Bodies joined by 、/和/会同 … before a role word (主办, 承办, 协办, 评选出 …) host the
        Award or event written right after it (``A、B主办的Y``), or the one the sentence
        opened with (``Y由A主办，B承办``)."""
        if not any(mentions[j].type in ("Award", "Project") for j in idx):
            return  # nothing to host (events_all would be empty): spare the search for role words
        p = patterns()
        roles = p["organizer_role_map"]
        joiners = p["organizer_joiners"]
        role_re = _organizer_roles()
        events_all = [j for j in idx if mentions[j].type in ("Award", "Project") and not _nested(mentions, idx, j)]
        for m in role_re.finditer(text, s, e):  # this sentence only: not the article each time
            role = roles[m.group()]
            organisers = [i for i in idx if mentions[i].type in _BODIES and mentions[i].end <= m.start()
                          and m.start() - mentions[i].end <= 40 and not _nested(mentions, idx, i)]
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
            if tail and tail not in joiners and tail not in p["organizer_tails"]:
                continue
            events = [j for j in events_all if mentions[j].start >= m.end() and mentions[j].start - m.end() <= 6]
            if not events:
                # Y由A主办: the event before 由, in this sentence
                first = mentions[chain[-1]]
                events = [j for j in events_all if mentions[j].end <= first.start
                          and text[mentions[j].end:first.start] in p["organizer_passive_markers"]]
                if not events:
                    # …，B承办: the event the sentence opened with 由
                    events = [j for j in events_all if mentions[j].end <= first.start
                              and any(text.startswith(w, mentions[j].end) for w in p["organizer_passive_markers"])]
            if not events:
                continue
            for i in chain:
                found.append((i, "organizes", events[0], "organizes_role", {"organizer_role": role}))

    @staticmethod
    def _part_of(text, mentions, idx, found) -> None:
        p = patterns()
        bodies = sorted((i for i in idx if mentions[i].type in ("Agency", "Organization")), key=lambda i: mentions[i].start)
        for a, b in zip(bodies, bodies[1:]):
            outer, unit = mentions[a], mentions[b]
            if text[outer.end:unit.start] in p["part_of_joiners"] and unit.name.endswith(
                    tuple(p["part_of_unit_suffixes"])) and not unit.name.startswith(outer.name):
                found.append((b, "partOf", a, "part_of_unit", {}))
        # the unit first: 甲支队隶属于乙局, 甲中心是乙局下属单位
        for a, b in zip(bodies, bodies[1:]):
            unit, outer = mentions[a], mentions[b]
            gap = text[unit.end:outer.start]
            tail = text[outer.end:outer.end + 8]
            if gap in p["part_of_belongs"] or (gap in p["part_of_copulas"]
                                               and any(tail.startswith(w) for w in p["part_of_unit_nouns"])):
                found.append((a, "partOf", b, "part_of_belongs", {}))

    def _located(self, text, mentions, idx, found, s, e, context) -> None:
        """``locatedIn`` (GUIDE §4): Project/Company/Organization/Agency (or a place) → Place."""
        p = patterns()
        places = [j for j in idx if mentions[j].type == "Place" and not _nested(mentions, idx, j)]
        n_before = len(found)
        if places:  # these three only relate something to a place written after their verbs
            self._located_copula(text, mentions, idx, places, found, s, e, p)
            self._located_settle(text, mentions, idx, places, found, s, e, p)
            self._located_at(text, mentions, idx, places, found, s, e, p)
        self._located_event(text, mentions, idx, found, p)
        self._located_in_name(mentions, idx, found)
        # a place this sentence gives, unless it only holds the article's own (青岛 of 青岛光电…产业园)
        gaz = _gazetteer()
        located = {f[0] for f in found[n_before:] if f[1] == "locatedIn"
                   and (context is None or not self._holds(gaz, mentions[f[2]].name, context))}
        self._located_scope(text, mentions, idx, found, s, e, p, context, located)

    @staticmethod
    def _place_groups(text, mentions, places, at, p) -> list[int]:
        """The places written from ``at`` on: one per list item, the innermost of each nesting.

        ``通济新区前枣杭村、城马路西侧`` → [前枣杭村, 城马路]: places written one after the
        other nest (the last is the most specific), list joiners start a new item, a
        locative word (西侧, 沿线 …) may close an item.
        """
        by_start = {mentions[j].start: j for j in places}
        joiners = longest_first("located_list_joiners")
        locatives = longest_first("located_locatives")
        out: list[int] = []
        pos = at
        while pos in by_start:
            j = by_start[pos]
            while mentions[j].end in by_start:  # 通济新区前枣杭村: the village
                j = by_start[mentions[j].end]
            out.append(j)
            pos = mentions[j].end
            loc = next((w for w in locatives if text.startswith(w, pos)), "")
            pos += len(loc)
            joiner = next((w for w in joiners if text.startswith(w, pos)), None)
            if joiner is None:
                break
            pos += len(joiner)
        return out

    @staticmethod
    def _subject_before(text, mentions, idx, pos, s, types, p, *, place_gap: int = 0) -> int | None:
        """The nearest mention of ``types`` ending before ``pos`` in its clause (a place only
        when it ends at most ``place_gap`` characters before)."""
        stops = p["clause_stops"]
        for i in sorted(idx, key=lambda i: mentions[i].end, reverse=True):
            m = mentions[i]
            if m.end > pos or _nested(mentions, idx, i):
                continue
            if any(c in text[m.end:pos] for c in stops):
                return None
            if m.type == "Place":
                if "Place" in types and pos - m.end <= place_gap:
                    return i
                continue
            return i if m.type in types else None
        return None

    def _located_copula(self, text, mentions, idx, places, found, s, e, p) -> None:
        """``X位于Y``, ``X坐落于Y村、Z路西侧``: X is in each innermost place written after the copula."""
        copulas = alternation("located_copula")
        for m in re.finditer(f"(?:{copulas})[于在]?", text[s:e]):
            at = s + m.end()
            targets = self._place_groups(text, mentions, places, at, p)
            if not targets:
                continue
            subj = None
            for i in sorted(idx, key=lambda i: mentions[i].end, reverse=True):
                mi = mentions[i]
                if mi.end > s + m.start() or _nested(mentions, idx, i):
                    continue
                if mi.type == "Place" and s + m.start() - mi.end > 0:
                    continue  # a place is the subject only right before the copula
                if mi.type in _LOCATED_SUBJECTS:
                    subj = i
                break
            if subj is not None:
                for j in targets:
                    found.append((subj, "locatedIn", j, "located_copula", {}))

    def _located_settle(self, text, mentions, idx, places, found, s, e, p) -> None:
        """``X落户Y``, ``X迁入Y``; ``迁入Y的…X`` (the settler named after the place)."""
        verbs = alternation("located_settle_verbs")
        stops = p["clause_stops"]
        for m in re.finditer(f"(?:{verbs})[于在到至]?", text[s:e]):
            at = s + m.end()
            targets = self._place_groups(text, mentions, places, at, p)
            if not targets:
                continue
            end = mentions[targets[-1]].end
            subj = None
            if text.startswith("的", end):
                # a relative clause: 总部迁入Y的新晋独角兽企业X
                for i in sorted(idx, key=lambda i: mentions[i].start):
                    mi = mentions[i]
                    if mi.start <= end or _nested(mentions, idx, i):
                        continue
                    if any(c in text[end:mi.start] for c in stops):
                        break
                    if mi.type in _SETTLERS:
                        subj = i
                    break
            else:
                subj = self._subject_before(text, mentions, idx, s + m.start(), s, _SETTLERS, p)
            if subj is not None:
                for j in targets:
                    found.append((subj, "locatedIn", j, "located_settle", {}))

    def _located_at(self, text, mentions, idx, places, found, s, e, p) -> None:
        """``X在Y(正式)成立``, ``X于Y开工建设``: X, named before 在/于, is in Y."""
        stops = p["clause_stops"]
        establish, build = p["located_establish_verbs"], p["located_build_verbs"]
        ends = {mentions[i].end for i in idx}
        for m in re.finditer("[在于]", text[s:e]):
            at = s + m.end()
            if m.group() == "于" and not (at - 1 in ends or text[at - 2:at - 1] in p["located_yu_after"]):
                continue  # 于 of 位于, 对于, 由于 …: only 于 right after a name or a date
            targets = self._place_groups(text, mentions, places, at, p)
            if not targets:
                continue
            after = text[mentions[targets[-1]].end:mentions[targets[-1]].end + p["located_verb_window"]]
            cut = min((after.find(c) for c in stops if c in after), default=len(after))
            after = after[:cut]
            subj = self._subject_before(text, mentions, idx, s + m.start(), s, _LOCATED_SUBJECTS, p,
                                        place_gap=0)
            if subj is None:
                continue
            verbs = build + establish if mentions[subj].type in ("Project", "Place") else establish
            if any(v in after for v in verbs):
                for j in targets:
                    found.append((subj, "locatedIn", j, "located_at", {}))

    @staticmethod
    def _located_event(text, mentions, idx, found, p) -> None:
        """``在Y…举行/开工``: the project or event named right after the place is in it."""
        for j in idx:
            place = mentions[j]
            if place.type != "Place":
                continue
            if text[max(0, place.start - 4):place.start].endswith("在"):
                after_ = text[place.end:place.end + 30]
                if any(v in after_ for v in p["located_event_verbs"] + p["located_landing_verbs"]):
                    things = [i for i in idx if mentions[i].start >= place.end and mentions[i].type in ("Project", "Award")]
                    for i in things[:1]:
                        found.append((i, "locatedIn", j, "located_event", {}))

    @staticmethod
    def _located_in_name(mentions, idx, found) -> None:
        """A place inside a project's name (``地铁15号线一期（即墨段）``, ``青岛光电产业园``), or
        opening a company's name (``青岛蓝湾…有限公司``, where it is registered); and a project
        whose name was written out with a place the article names (``步行街整体景观提升工程``
        after ``台东步行街`` → ``台东步行街整体景观提升工程``)."""
        for j in idx:
            thing = mentions[j]
            if thing.type not in ("Project", "Company") or thing.kind != "name":
                continue
            inside = [k for k in idx if k != j and mentions[k].type == "Place" and thing.start <= mentions[k].start
                      and mentions[k].end <= thing.end]
            if thing.type == "Company":
                inside = [k for k in inside if mentions[k].start == thing.start]
            for k in inside:
                found.append((j, "locatedIn", k, "located_in_name", {}))
            if inside or thing.type != "Project" or thing.name == thing.text:
                continue
            # the name was completed from an earlier place (a back-reference)
            earlier = [k for k, m in enumerate(mentions) if m.type == "Place" and m.kind == "name"
                       and m.end <= thing.start and len(m.name) >= 2 and thing.name.startswith(m.name)
                       and m.name not in thing.text]
            if earlier:
                found.append((j, "locatedIn", earlier[-1], "located_in_name", {}))

    def _located_scope(self, text, mentions, idx, found, s, e, p, context, located) -> None:
        """A project the article reports as started, finished or landed (``…项目从落地到开工``,
        ``…口袋公园提前完工``) is in the article's district or city (GUIDE §3: the article's
        own place), when the sentence names no other place for it."""
        if context is None or context.level not in ("district", "city"):
            return
        gaz = _gazetteer()
        verbs = p["located_landing_verbs"]
        stops = p["scope_verb_stops"]
        own: list[int] | None = None  # the article's mentions of its own place, found when first needed:
        # finding them costs a pass over every mention, too much to pay for every sentence
        settle = p["located_settle_verbs"]
        for j in idx:
            proj = mentions[j]
            if j in located or proj.type not in _SETTLERS or _nested(mentions, idx, j):
                continue
            if proj.type == "Project":
                nxt = min([mentions[i].start for i in idx if mentions[i].start >= proj.end] + [e])
                window = text[proj.end:min(nxt, proj.end + p["located_verb_window"])]
                cut = min((window.find(c) for c in stops if c in window), default=len(window))
                landed = any(v in window[:cut] for v in verbs)
            else:
                landed = False
            if not landed and not self._settled_here(text, mentions, idx, j, s, settle, p):
                continue
            # every place of the sentence must hold the article's place (青岛 in 青岛光电…产业园)
            if not all(self._holds(gaz, mentions[k].name, context) for k in idx if mentions[k].type == "Place"):
                continue
            if own is None:
                own = [k for k, m in enumerate(mentions) if m.type == "Place" and m.kind == "name"
                       and (d := gaz.full_name(m.name, context)) is not None
                       and gaz.canonical(d).code == gaz.canonical(context).code]
            if not own:
                return
            # the article's place as this sentence names it, else the nearest mention of it
            target = min(own, key=lambda k: (not s <= mentions[k].start < e, abs(mentions[k].start - proj.start)))
            found.append((j, "locatedIn", target, "located_scope", {}))

    @staticmethod
    def _settled_here(text, mentions, idx, j, s, settle, p) -> bool:
        """``从外地迁入的…X``, ``新落户的X``, ``X正式落户。``: X settled, and no place is written
        after the verb (the article's own place is meant)."""
        m = mentions[j]
        stops = p["clause_stops"]
        prev_end = max([mentions[i].end for i in idx if mentions[i].end <= m.start] + [s])
        before = text[prev_end:m.start]
        for v in settle:
            at = before.rfind(v + "的")
            if at >= 0 and not any(c in before[at:] for c in stops) and m.start - (prev_end + at) <= 16:
                return True
        after = text[m.end:m.end + 10]
        end = min([after.find(c) for c in stops if c in after] + [len(after)])
        clause = after[:end]
        return any(clause.endswith(v) for v in settle) and end < len(after)

    @staticmethod
    def _holds(gaz, name, context) -> bool:
        div = gaz.full_name(name, context)
        return div is not None and gaz.contains(div, context)


@cache
def _gazetteer():
    from kg.lang.gazetteer import Gazetteer

    return Gazetteer.load()


def _article_context(doc: Doc):
    """The division the article is about (the first of ``kg_context``'s chain), or ``None``."""
    codes = doc._.kg_context
    return _gazetteer().get(codes[0]) if codes else None


def _award_event(text, mentions, idx, j) -> dict:
    """The contest a prize was won in, when the sentence names it before the prize
    (``在…大赛中，…斩获一等奖``): the qualifier ``event``."""
    prize = mentions[j]
    for i in sorted(idx, key=lambda i: mentions[i].start, reverse=True):
        m = mentions[i]
        if m.type == "Award" and m.end <= prize.start and m.name != prize.name \
                and any(text.startswith(w, m.end) for w in patterns()["award_event_close"]):
            return {"event": m.name}
    return {}


def _nested(mentions, idx, i) -> bool:
    """Is mention ``i`` inside a longer mention (a place inside an agency's name)?"""
    m = mentions[i]
    return any(k != i and mentions[k].start <= m.start and m.end <= mentions[k].end
               and (mentions[k].end - mentions[k].start) > (m.end - m.start) for k in idx)


def _doc_slice(mentions, start: int, end: int, person: Mention) -> str:
    """Text of the post between a body and the next body (taken from the official's role)."""
    role_start = person.start - len(person.role)
    a, b = max(start, role_start) - role_start, end - role_start
    return person.role[a:b] if 0 <= a < b <= len(person.role) else ""


@Language.factory("kg_relations", requires=["doc._.kg_mentions", "doc._.kg_context"], assigns=["doc._.kg_relations"],
                  default_config={"window": 3})
def make_relation_extractor(nlp: Language, name: str, window: int) -> RelationExtractor:
    ensure_extensions()
    return RelationExtractor(window=window)
