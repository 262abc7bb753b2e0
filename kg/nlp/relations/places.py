"""Places: what is where (GUIDE §4 ``locatedIn``).

``located_copula``
    ``X位于Y``, and ``位于Y的X``: the innermost place of each list item (``通济新区前枣杭村、城马路西侧`` →
    前枣杭村, 城马路).
``located_settle``
    ``X落户Y``, ``X迁入Y``, and ``迁入Y的…X``.
``located_hosted``
    ``甲产业园已入驻乙公司、丙公司等企业23家``, ``园区先后引进…`` (the park named last): the firms a park hosts are in it.
``located_at``
    ``X在Y…成立/开工``: establishing verbs for any body, building verbs for projects and places.  What X
    sets up there (``甲集团在乙县设立子公司``: located_offspring_words) is in Y, not X; nor is X in
    ``甲公司是乙集团在丙县设立的全资子公司``, where 甲, named before 是, is.
``located_in_the_park``
    ``P、Q也已在园区开工建设``: on a page about one park, what is built or settles 在园区 (the bare word) is in it.
``located_event``
    ``在Y…举行/开工`` + the project or event named after the place; ``在Y建设P``: the work built right
    after the place (located_work_verbs).
``located_bracketed``
    ``甲公司（乙县）``: a place alone in brackets right after a firm, body or work.
``located_possessive``
    ``甲镇的乙公司``, ``甲街道的P``: a firm, body or work right after a place and 的; a place too after a word
    saying it is within (``甲镇境内的乙经济开发区``: located_inside_words).
``located_jurisdiction``
    ``甲街道…对辖区乙小区、丙新村等…实施改造``: the places listed right after a word for the area a body governs
    (located_jurisdiction_words: 辖区, 辖区内) are in the town, district or county named last before it in the
    sentence.
``located_setting``
    ``在甲镇，…P…``: the first work (else firm or body) of a sentence that opens by setting itself in a place.
``located_worked_place``
    ``甲村投资460万元实施P``, ``甲村成立乙合作社``: a village, community or town opening a sentence as its subject;
    what it builds or sets up is in it.
``located_item_label``
    ``一、甲县：P，安排资金…``: a numbered item's work, after the place its line is labelled with, is in it.
``located_visit``
    ``王建国来到艾山街道，调研P``, ``…，走访了甲公司``: a work or firm a visit to one place looks at is in that place
    (scope_words.tsv visit_to, visit).
``located_site``
    ``甲公司签约的P…，将在乙开发区建设…``: a later clause building in a place, naming no work and no subject of its
    own (a builder after 由 only), says where the one work the sentence named before it is built.
``located_extent``
    ``P西起Y，东至Z``, ``P涉及Y、Z``: a work is in the places its ends are in, or that it covers
    (located_extent_words, located_span_words); the work opening the clause, referred back to, or the one work
    closing the clause before (``用于实施P，涉及Y、Z``).
``located_in_name`` (inferred)
    A place inside a project's name (``…（即墨段）``), opening a company's name, or written into
    a project's name from an earlier place (``台东步行街`` → ``步行街…工程``).
``located_scope`` (inferred)
    A project, a road, village or park the divisions data does not place, or a company that
    settled with no place written (``从外地迁入的…X``, ``X正式落户。``) or is called local
    (``由本地企业X供应``: located_local_words, located_local_kinds), is in the place the
    passage is about: the article's district or city (``doc._.kg_context``, :mod:`kg.nlp.context`)
    or the place a clause opened with (``黄务街道以项目为核心…``), when the sentence names no
    other place for it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from kg.lang import lexicon
from kg.lang.gazetteer import level_suffixes
from kg.lang.jieba_tables import is_word
from kg.nlp.entities.text_classes import ONE_CHARACTER_ADVERBS
from kg.nlp.relations.registry import ENUMERATED, PARK_TYPES, Sentence, names_park, rule
from kg.records import Mention
from kg.schema import BODY_TYPES, RELATIONS

__all__ = ["gazetteer"]

#: what may be located in a place (GUIDE §4), and what settles (落户, 迁入) in one
_LOCATED_SUBJECTS = RELATIONS["locatedIn"].domain
#: after a body, a clause of what it did and 的 before a noun of two characters or more (…合作共建的育苗中心):
#: that noun, no name, is what the clause is about
_HEAD_AFTER = re.compile(r"[^，,。；;]*?的[\u4e00-\u9fff]{2,}")
_SETTLERS = {"Project", "Company", "Organization"}
#: the units a town's name ends with (not 地区, which also ends regions: 中东地区)
_TOWN_UNITS = tuple(unit for unit in level_suffixes("town") if unit != "地区")
_AT = re.compile("[在于]")


@cache
def gazetteer():
    from kg.lang.gazetteer import Gazetteer

    return Gazetteer.load()


@lru_cache(maxsize=65536)
def _division(name: str, context_code: str | None):
    """The division a place name means in an article about ``context_code`` (names recur: asked once).

    A village counts only in its own city: the divisions data hold one city's villages, and a
    name as common as 龙潭村 in an article about another city is another village."""
    gaz = gazetteer()
    context = gaz.get(context_code) if context_code else None
    div = gaz.full_name(name, context)
    if div is not None and div.name != name and name.endswith(lexicon.load().settlement_words):
        return None  # 东高村 is a village, not the town 东高村镇 its short name stands for
    if div is not None and div.level == "village":
        city = next((d for d in ([context, *gaz.parents(context)] if context is not None else [])
                     if d.level == "city"), None)
        if city is None or not gaz.contains(city, div):
            return None
    if div is not None and div.level == "town" and context is not None:
        city = gaz.city(context)
        if not gaz.same_province(div, context) or city is not None and not gaz.contains(city, div):
            return None  # a town of another province's county, or of another city's, is a namesake of the page's own
    return div



def _places(sent: Sentence) -> list[int]:
    """The sentence's places that are not inside a longer name."""
    key = ("places", sent.start)
    cached = sent.article.state.get(key)
    if cached is None:
        cached = [j for j in sent.idx if sent.mentions[j].type == "Place" and not sent.nested(j)]
        sent.article.state[key] = cached
    return cached


def _place_groups(sent: Sentence, places: list[int], at: int) -> list[int]:
    """The places written from ``at`` on: one per list item, the innermost of each nesting.

    ``通济新区前枣杭村、城马路西侧`` → [前枣杭村, 城马路]: places written one after the
    other nest (the last is the most specific), list joiners start a new item, a
    locative word (西侧, 沿线 …) may close an item.  A road ending an item comes with the town
    or sub-district written before it (``栗雨街道珠江南路``, ``栗雨街道珠江南路西侧`` → [栗雨街道,
    珠江南路]: what is on or beside the road is in both); beyond a road (``以南``: located_beyond)
    only the town holds it.
    """
    text, mentions = sent.text, sent.mentions
    by_start = {mentions[j].start: j for j in places}
    joiners = sent.data.longest_first("located_list_joiners")
    locatives = sent.data.longest_first("located_locatives")
    out: list[int] = []
    pos = at
    local = next((w for w in sent.data["located_local_words"] if text.startswith(w, pos)), "")
    if local and pos + len(local) in by_start:
        pos += len(local)  # 位于我市 | 甲镇: the page's own place, then the place written in it
    while pos in by_start:
        j = by_start[pos]
        chain = [j]
        while mentions[j].end in by_start:  # 通济新区前枣杭村: the village
            j = by_start[mentions[j].end]
            chain.append(j)
        pos = mentions[j].end
        loc = next((w for w in locatives if text.startswith(w, pos)), "")
        # 甪直镇澄湖路以南: beyond a road, in the town it runs through (the road is a bearing, not a container);
        # 甲街道乙路, 甲街道乙路西侧: on or beside the road, so in the town it runs through too
        if len(chain) > 1 and loc in sent.data["located_beyond"]:
            out.append(chain[-2])
        elif len(chain) > 1 and _is_road(sent, j) and not _is_road(sent, chain[-2]):
            out += [chain[-2], j]
        else:
            out.append(j)
        pos += len(loc)
        joiner = next((w for w in joiners if text.startswith(w, pos)), None)
        if joiner is None:
            break
        pos += len(joiner)
    return out


def _is_road(sent: Sentence, j: int) -> bool:
    return sent.mentions[j].name.endswith(tuple(sent.data["located_road_endings"]))


def _subject_before(sent: Sentence, pos: int, types, *, place_gap: int = 0) -> int | None:
    """The nearest mention of ``types`` ending before ``pos`` in its clause (a place only
    when it ends at most ``place_gap`` characters before)."""
    text, mentions = sent.text, sent.mentions
    stops = sent.data["clause_stops"]
    for i in sorted(sent.idx, key=lambda i: mentions[i].end, reverse=True):
        m = mentions[i]
        if m.end > pos or sent.nested(i):
            continue
        if any(c in text[m.end:pos] for c in stops):
            return None
        if m.type == "Place":
            if "Place" in types and pos - m.end <= place_gap:
                return i
            continue
        return i if m.type in types else None
    return None


def _named_after(sent: Sentence, end: int, types) -> int | None:
    """The first name after ``end`` (the 的 of a relative clause) in this clause, if it is of ``types``."""
    text, mentions, stops = sent.text, sent.mentions, sent.data["clause_stops"]
    for i in sorted(sent.idx, key=lambda i: mentions[i].start):
        mi = mentions[i]
        if mi.start <= end or sent.nested(i):
            continue
        if any(c in text[end:mi.start] for c in stops):
            return None
        if mi.type == "Place":  # 位于甲街道的 | 乙区 | 丙项目: the place opens the name the work is written with
            i = next((k for k in sent.idx if mentions[k].start == mi.end and mentions[k].type != "Place"
                      and not sent.nested(k)), i)
        return i if mentions[i].type in types else None
    return None


@rule("located_copula", needs=("Place",))
def located_copula(sent: Sentence) -> None:
    """``X位于Y``, ``X坐落于Y村、Z路西侧``: X is in each innermost place written after the copula; ``甲、乙均位于Y``:
    each of the list (located_all_adverbs)."""
    places = _places(sent)
    if not places:
        return
    text, mentions, s = sent.text, sent.mentions, sent.start
    copulas = sent.data.regex("located_copula", lambda d: re.compile(f"(?:{d.alternation('located_copula')})[于在]?"))
    builders = _builders(sent)  # (甲项目由乙公司与丙公司共同投资建设，位于丁: no subject of 位于)
    for m in copulas.finditer(text[s:sent.end]):
        targets = _place_groups(sent, places, s + m.end())
        if not targets and m.group()[-1] in "于在":
            targets = _place_groups(sent, places, s + m.end() - 1)  # 选址 | 于里镇: the place's name opens with 于
        if not targets:
            continue
        end = mentions[targets[-1]].end
        end += len(next((w for w in sent.data.longest_first("located_locatives") if text.startswith(w + "的", end)), ""))
        if text.startswith("的", end):
            # a relative clause: 位于Y的X (X named after the place; 位于Y东部的X: in a part of it)
            subj = _named_after(sent, end, _LOCATED_SUBJECTS)
            if subj is not None:
                for j in targets:
                    sent.add(subj, "locatedIn", j, "located_copula")
            continue
        subj = _topic_subject(sent, s + m.start(), builders)
        if subj is not None and mentions[subj].type in BODY_TYPES and m.group().startswith(
                tuple(sent.data["located_site_copulas"])) and (work := _built_after(sent, end)) is not None:
            subj = work  # 甲公司投资1.6亿元，选址乙工业园，建设P: the site a body chooses is its work's
        if subj is not None:
            subjects = [subj]
            if text[mentions[subj].end : s + m.start()] in sent.data["located_all_adverbs"]:
                # 甲公司、乙公司均位于丙开发区: each item of the list before 均
                subjects = sent.chain_before(mentions[subj].end, _LOCATED_SUBJECTS) or subjects
            for i in subjects:
                for j in targets:
                    sent.add(i, "locatedIn", j, "located_copula")


def _built_after(sent: Sentence, pos: int) -> int | None:
    """The work a building verb right after ``pos`` (past a comma) names, else ``None``."""
    text, mentions = sent.text, sent.mentions
    at = pos + (text[pos : pos + 1] in "，,")
    verb = next((v for v in sent.data.longest_first("develops_verbs") if text.startswith(v, at)), None)
    if verb is None:
        return None
    return next((i for i in sent.idx if mentions[i].start == at + len(verb) and mentions[i].type == "Project"
                 and not sent.nested(i)), None)


def _topic_subject(sent: Sentence, pos: int, builders: set[int]) -> int | None:
    """The subject of a verb at ``pos`` that may be the sentence's topic, named clauses before: the nearest
    name before it, past places that are not right before it and the builders 由 introduces (甲项目由乙公司投资
    建设，位于丙: 甲); ``None`` when what the body did, 的, names the subject (甲公司与乙大学共建的育苗中心，位于丙)."""
    text, mentions = sent.text, sent.mentions
    for i in sorted(sent.idx, key=lambda i: mentions[i].end, reverse=True):
        mi = mentions[i]
        if mi.end > pos or sent.nested(i):
            continue
        if mi.type == "Place" and pos - mi.end > 0:
            continue  # a place is the subject only right before the verb
        if i in builders and pos - mi.end > 0:
            continue
        if mi.type in BODY_TYPES and _HEAD_AFTER.match(text, mi.end, pos):
            return None
        return i if mi.type in _LOCATED_SUBJECTS else None
    return None


def _builders(sent: Sentence) -> set[int]:
    """The bodies 由 introduces (甲项目由乙公司与丙公司共同投资建设), and the subsidiary written after a parent there
    (由甲集团控股子公司乙公司建设: located_offspring_words): the builders, no subject of a later clause."""
    text, mentions = sent.text, sent.mentions
    by_start = {mentions[i].start: i for i in sent.idx if mentions[i].type in BODY_TYPES}
    out = set()
    for j in sent.idx:
        if text[mentions[j].start - 1 : mentions[j].start] != "由":
            continue
        for k in sent.chain_after(mentions[j].start, BODY_TYPES):
            out.add(k)
            word = next((w for w in sent.data.longest_first("located_offspring_words")
                         if text.startswith(w, mentions[k].end)), None)
            if word is not None and mentions[k].end + len(word) in by_start:
                out.add(by_start[mentions[k].end + len(word)])
    return out


@rule("located_settle", needs=("Place", "Project"))
def located_settle(sent: Sentence) -> None:
    """``X落户Y``, ``X迁入Y``; ``迁入Y的…X`` (the settler named after the place); ``甲、乙等企业相继入驻Y`` (each of a
    list); Y may be a park the recogniser typed as a work (签约落户甲装备制造园: what settles in it makes it a place, GUIDE §2)."""
    places = _places_and_parks(sent)
    if not places:
        return
    text, mentions, s = sent.text, sent.mentions, sent.start
    verbs = sent.data.regex("located_settle", lambda d: re.compile(f"(?:{d.alternation('located_settle_verbs')})[于在到至]?"))
    for m in verbs.finditer(text[s:sent.end]):
        targets = _place_groups(sent, places, s + m.end())
        if not targets:
            continue
        end = mentions[targets[-1]].end
        if text.startswith("的", end):
            subj = _named_after(sent, end, _SETTLERS)  # a relative clause: 总部迁入Y的新晋独角兽企业X
            if subj is None and (subj := _subject_before(sent, s + m.start(), _SETTLERS)) is not None \
                    and not text.startswith("是", mentions[subj].end):
                subj = None  # (X是今年首个落户Y的企业: what the clause says X is settled there)
        else:
            subj = _subject_before(sent, s + m.start(), _SETTLERS)
            if subj is None and _SETTLE_CLAUSE_OPENING.search(text, sent.start, s + m.start()):
                # 甲项目由乙公司投资建设，落户丙镇: the verb opens its clause, the sentence's topic settles
                subj = _topic_subject(sent, s + m.start(), _builders(sent))
        if subj is None:
            continue
        # 甲公司、乙公司等企业相继入驻园区: each of the list settles (bodies of the settler's type only: 区政府与甲集团签约
        # 落户 does not move the government)
        subjects = sent.chain_before(mentions[subj].end, (mentions[subj].type,)) or [subj]
        for i in subjects:
            for j in targets:
                sent.add(i, "locatedIn", j, "located_settle")


def _places_and_parks(sent: Sentence) -> list[int]:
    """The sentence's places and the parks the recogniser typed as works (甲装备制造产业园: what settles or is made in
    one makes it a place, GUIDE §2), in text order."""
    return sorted([*_places(sent), *(j for j in sent.idx if sent.mentions[j].type == "Project"
                                     and names_park(sent.mentions[j]) and not sent.nested(j))],
                  key=lambda j: sent.mentions[j].start)


@rule("located_hosted", needs=("Company",))
def located_hosted(sent: Sentence) -> None:
    """``甲产业园已入驻乙公司、丙公司等企业23家``; ``园区先后引进…`` (the park the article named last): each firm listed
    after a park and a verb of hosting it (located_hosting_verbs, after located_hosting_adverbs) is in the park, the
    count of them between (已入驻企业43家，包括乙公司、丙公司: located_hosting_count_pattern) or not."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    verbs = data.regex("located_hosting", lambda d: re.compile(
        f"(?:{d.alternation('located_hosting_adverbs')})*(?:{d.alternation('located_hosting_verbs')})了?"
        f"(?:{d['located_hosting_count_pattern']})?"))
    for m in verbs.finditer(text, sent.start, sent.end):
        park = _park_before(sent, m.start())
        if park is None:
            continue
        for firm in _firms_listed(sent, m.end()):
            sent.add(firm, "locatedIn", park, "located_hosted")


def _park_before(sent: Sentence, pos: int) -> int | None:
    """The park written right before ``pos`` (a Place ending in a park's word: work_names.tsv ``park``), or the one
    the article named last before it when the bare word of parks stands there (园区已入驻…)."""
    text, mentions = sent.text, sent.mentions
    # (a park the recogniser typed as a work is one too: what is in it makes it a place, GUIDE §2)
    right_before = next((i for i in sent.idx if mentions[i].end == pos and mentions[i].type in PARK_TYPES
                         and not sent.nested(i)), None)
    if right_before is not None:
        return right_before if names_park(mentions[right_before]) else None
    if text[pos - 1 : pos] in ("，", ","):
        # 该产业园位于甲街道，由乙公司运营，| 已入驻…: a clause with no subject of its own goes on with the park that
        # opens the sentence
        opening = next((i for i in sent.idx if mentions[i].start == sent.start and not sent.nested(i)), None)
        return opening if opening is not None and names_park(mentions[opening]) else None
    if not text.endswith(_BARE_PARK, 0, pos) or (pos - len(_BARE_PARK) > 0 and text[pos - len(_BARE_PARK) - 1] not in _CLAUSE_OPENINGS):
        return None
    named = [i for i, m in enumerate(mentions) if m.end <= pos - len(_BARE_PARK) and names_park(m)]
    return max(named, key=lambda i: mentions[i].end) if named else None


def _firms_listed(sent: Sentence, pos: int) -> list[int]:
    """The firms listed from ``pos`` (甲公司、乙公司和丙公司等), up to the first thing that is no firm."""
    text, mentions = sent.text, sent.mentions
    by_start = {mentions[i].start: i for i in sent.idx if mentions[i].type == "Company" and not sent.nested(i)}
    out = []
    while (i := by_start.get(pos)) is not None:
        out.append(i)
        pos = mentions[i].end
        joiner = next((w for w in ("、", "和", "及", "以及") if text.startswith(w, pos)), None)
        if joiner is None:
            break
        pos += len(joiner)
    return out


#: the bare word of parks, for the park the article named last (园区已入驻…)
_BARE_PARK = "园区"
#: what a clause opens after
_CLAUSE_OPENINGS = "，。；：！？,;:\n"


@rule("located_at", needs=("Place", "Project"))
def located_at(sent: Sentence) -> None:
    """``X在Y(正式)成立``, ``X于Y开工建设``: X, named before 在/于, is in Y (a park typed as a work too: P在甲产业园正式
    投产)."""
    places = _places_and_parks(sent)
    if not places:
        return
    text, mentions, s, data = sent.text, sent.mentions, sent.start, sent.data
    stops = data["clause_stops"]
    establish, build = data["located_establish_verbs"], data["located_build_verbs"]
    ends = {mentions[i].end for i in sent.idx}
    for m in _AT.finditer(text[s:sent.end]):
        at = s + m.end()
        if m.group() == "于" and not (at - 1 in ends or text[at - 2:at - 1] in data["located_yu_after"]):
            continue  # 于 of 位于, 对于, 由于 …: only 于 right after a name or a date
        targets = _place_groups(sent, places, at)
        if not targets:
            continue
        after = text[mentions[targets[-1]].end:mentions[targets[-1]].end + data["located_verb_window"]]
        cut = min((after.find(c) for c in stops if c in after), default=len(after))
        after = after[:cut]
        subj = _subject_before(sent, s + m.start(), _LOCATED_SUBJECTS, place_gap=0)
        if subj is None:
            continue
        verbs = build + establish if mentions[subj].type in ("Project", "Place") else establish
        verb = next((v for v in sorted(verbs, key=len, reverse=True) if v in after), None)
        if verb is None:
            continue
        made = after[after.find(verb) + len(verb):]
        if _OFFSPRING_OPENING.sub("", made, count=1).startswith(tuple(data["located_offspring_words"])):
            continue  # 甲集团在乙县设立子公司: what it set up there is in 乙县, not the parent
        firm = _set_up_at(sent, mentions[targets[-1]].end + after.find(verb) + len(verb)) if verb in establish else None
        if firm is not None:
            for j in targets:  # 甲集团在乙园区注册成立丙有限公司: the firm set up there is in it, not its parent
                sent.add(firm, "locatedIn", j, "located_at")
            continue
        if mentions[subj].type == "Agency" and _CJK_OBJECT.match(made):
            continue  # 甲局在园区设立服务驿站: a government body's office stays where it is; what it set up is there
        if made.startswith("的"):
            # 甲公司是乙集团在丙县设立的全资子公司: what the verb made there (甲, named before 是) is in 丙县, not
            # who made it; without 是 the thing made is named after the clause, which other rules read
            subj = next((i for i in sent.idx if mentions[i].end == mentions[subj].start - 1
                         and text[mentions[i].end] == "是" and mentions[i].type in (*BODY_TYPES, "Project")), None)
            if subj is None:
                continue
        for j in targets:
            sent.add(subj, "locatedIn", j, "located_at")


@rule("located_in_the_park")
def located_in_the_park(sent: Sentence) -> None:
    """``P、Q也已在园区开工建设``, ``甲公司已在园区落户``: works or firms, listed right before 在 and the bare word of
    parks (园区) with a verb of building or settling after it, and the work the verb names (``甲公司将在园区内建设P``),
    are in the park of a page about one park
    (:func:`_park_named_before`); a firm set up there (``甲集团在园区注册成立乙公司``) is, its parent not."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    _settled_listed(sent)
    _inside_the_park(sent)
    at = text.find("在" + _BARE_PARK, sent.start, sent.end)
    if at < 0:
        return
    park = _park_named_before(sent, at)
    if park is None:
        return
    after = at + 1 + len(_BARE_PARK)
    clause = text[after : after + data["located_verb_window"]]
    clause = clause[: min((clause.find(c) for c in data["clause_stops"] if c in clause), default=len(clause))]
    verb = next((v for v in sorted((*data["located_build_verbs"], *data["located_establish_verbs"]), key=len, reverse=True)
                 if v in clause), None)
    if verb is None:
        return
    made = _set_up_at(sent, after + clause.find(verb) + len(verb)) if verb in data["located_establish_verbs"] else None
    if made is not None:
        sent.add(made, "locatedIn", park, "located_in_the_park")  # 甲集团在园区注册成立乙公司: 乙 is there, not 甲
        return
    pos = at
    while pos > sent.start and text[pos - 1] in ONE_CHARACTER_ADVERBS:
        pos -= 1  # (P也已 | 在园区: the adverbs between the subject and 在)
    built = after + clause.find(verb) + len(verb)
    # (甲公司将在园区内建设P: P, named right after the building verb, too)
    works = [i for i in sent.idx if mentions[i].start == built and mentions[i].type == "Project" and not sent.nested(i)]
    for j in [*sent.chain_before(pos, ("Project", "Company", "Organization")), *works]:
        if j != park:
            sent.add(j, "locatedIn", park, "located_in_the_park")


def _settled_listed(sent: Sentence) -> None:
    """``此次签约入驻的6家企业分别是：甲公司、乙公司和丙公司``, ``同样落户园区的还有甲公司、乙公司等企业``: the firms listed
    after a settling verb (located_settle_verbs, the bare 园区 perhaps, 的, a count and 企业 (及项目) perhaps, then 分别是, 为
    or 还有) are in the park of a page about one park."""
    text, mentions, state = sent.text, sent.mentions, sent.article.state
    line = text.rfind("\n", 0, sent.start) + 1
    listed = state.get(_SETTLED_LIST)
    if listed is not None and sent.start == line:
        # 一、甲公司，投资…: the list written one firm a numbered line; the first paragraph that is no item ends it
        item = ENUMERATED.match(text, line)
        if item is None:
            state.pop(_SETTLED_LIST)
        else:
            firm = next((j for j in sent.idx if mentions[j].start == item.end() and mentions[j].type == "Company"
                         and not sent.nested(j)), None)
            if firm is not None:
                sent.add(firm, "locatedIn", listed, "located_in_the_park")
            return
    frame = sent.data.regex("located_settled_listed", lambda d: re.compile(
        "(?:" + "|".join(map(re.escape, d["located_settle_verbs"])) + r")(?:园区)?的(?:[0-9一二三四五六七八九十两]+(?:家|个))?"
        r"(?:(?:企业|项目|公司)(?:及|和|与)?(?:企业|项目)?)?(?:分别|依次)?(?:还有|是|为|有|包括)[：:]?"))
    hit = frame.search(text, sent.start, sent.end)
    if hit is None or (park := _park_named_before(sent, hit.start())) is None:
        return
    if text.startswith("\n", hit.end()) or hit.end() == sent.end:
        state[_SETTLED_LIST] = park  # (…分别是：, the firms on the numbered lines below)
    for j in sent.chain_after(hit.end(), ("Company", "Project")):
        if j != park:
            sent.add(j, "locatedIn", park, "located_in_the_park")


def _inside_the_park(sent: Sentence) -> None:
    """``据了解，园区内已建成投产的甲公司、乙公司等企业运行良好``: the firms a clause opening with the bare 园区内 (园区东区 …)
    describes (its words up to 的, then the firms listed) are in the park of a page about one park; and those a clause
    after such a phrase alone opens with (:func:`_opening_in_the_park`)."""
    text = sent.text
    part = _PARK_PART.search(text, sent.start, sent.end)
    if part is None:
        return
    at = part.start()
    lead = at - (at > sent.start and text[at - 1] == "在")  # (在园区东区，)
    if lead > sent.start and text[lead - 1] not in "，,；;：:":
        return  # (甲产业园区内: a park's own name, not the bare word opening a clause)
    end = min((k for k in (text.find(c, at, sent.end) for c in "，,；;。") if k >= 0), default=sent.end)
    of = text.find("的", at, end)
    if of < 0 and part.end() == end and text.startswith("，", end):
        _opening_in_the_park(sent, at, end + 1)
        return
    if of < 0 or (park := _park_named_before(sent, at)) is None:
        return
    for j in sent.chain_after(of + 1, ("Company",)):
        sent.add(j, "locatedIn", park, "located_in_the_park")


def _opening_in_the_park(sent: Sentence, at: int, pos: int) -> None:
    """``在园区东区，甲公司的P正在进行设备安装``: the firm, or the work, the clause after a phrase of where in the park
    (园区内，园区东区，) opens with is in the park of a page about one park; so is the firm's work written after its 的."""
    text, mentions = sent.text, sent.mentions
    if (park := _park_named_before(sent, at)) is None:
        return
    first = next((i for i in sent.idx if mentions[i].start == pos and not sent.nested(i)
                  and mentions[i].type in _SETTLERS), None)
    if first is None:
        return
    held = [first]
    if mentions[first].type != "Project" and text.startswith("的", mentions[first].end):
        held += [i for i in sent.idx if mentions[i].start == mentions[first].end + 1 and mentions[i].type == "Project"
                 and not sent.nested(i)]
    for i in held:
        if i != park:
            sent.add(i, "locatedIn", park, "located_in_the_park")


#: where in the park a clause opens with (园区内, 园区东区, 园区北部)
_PARK_PART = re.compile(f"{_BARE_PARK}(?:内|里|[东南西北中]区|[东南西北中]部)")
#: the article's state key of a list of firms settling in the park, one a numbered line
_SETTLED_LIST = "settled_list"


def _set_up_at(sent: Sentence, pos: int) -> int | None:
    """The firm or organisation a verb of setting up ending at ``pos`` made, named right after it (注册成立 | 乙有限公司,
    设立了 | 一家丙公司): more such verbs and 了, 一家 between; None where no such name follows."""
    text, mentions = sent.text, sent.mentions
    while (more := next((v for v in sent.data["located_establish_verbs"] if text.startswith(v, pos)), None)) is not None:
        pos += len(more)  # (注册 | 成立: two verbs of setting up)
    pos += len(_MADE_OPENING.match(text, pos).group())
    return next((i for i in sent.idx if mentions[i].start == pos and mentions[i].type in ("Company", "Organization")
                 and not sent.nested(i)), None)


#: what a verb made, written right after it (设立 | 就业服务驿站), not a particle (设立 | 了, 成立 | 的)
_CJK_OBJECT = re.compile("(?![了的])[\u4e00-\u9fff]")
#: the same, read at a position of the text
_MADE_OPENING = re.compile(r"(?:了)?(?:一家|一个)?")
#: a settling verb opening its clause, after adverbs (…，将落户丙镇)
_SETTLE_CLAUSE_OPENING = re.compile(r"[，,](?:将|已|拟|计划|正式|成功|顺利)*$")
#: what may stand between an establishing verb and what it set up (设立了一家子公司)
_OFFSPRING_OPENING = re.compile(r"^(?:了)?(?:一家|一个)?")


@rule("located_event", needs=("Place",))
def located_event(sent: Sentence) -> None:
    """``在Y…举行/开工``: the project or event named right after the place is in it."""
    text, mentions, idx, data = sent.text, sent.mentions, sent.idx, sent.data
    places = {mentions[i].end: mentions[i].start for i in idx if mentions[i].type == "Place"}
    starts = {mentions[i].start: mentions[i].end for i in idx if mentions[i].type == "Place"}
    joiners = tuple(data["located_place_joiners"])
    for j in idx:
        place = mentions[j]
        if place.type != "Place" or place.end in starts:
            continue  # (在惠阳区 | 新圩镇: the innermost place of those written one inside the next)
        opening = place.start
        while opening in places or text[opening - 1 : opening] in joiners and opening - 1 in places:
            opening = places[opening] if opening in places else places[opening - 1]  # (在甲街道、| 乙街道实施P)
        end = _past_listed(text, place.end, starts, joiners)
        if text[max(0, opening - 4):opening].endswith("在"):
            after_ = text[end:end + 30]
            if any(v in after_ for v in data["located_event_verbs"] + data["located_landing_verbs"]):
                things = [i for i in idx if mentions[i].start >= end and mentions[i].type in ("Project", "Award")]
                for i in things[:1]:
                    sent.add(i, "locatedIn", j, "located_event")
            spent = _investment_after(text, end, data)  # (在羊口镇 | 投资3亿元 | 建设P: the money between)
            verb = next((v for v in data.longest_first("located_work_verbs") if text.startswith(v, spent)), None)
            if verb is not None:
                # 在俚岛镇建设蓝鲸智能化海洋牧场项目: the work built right after the place is in it (a relative
                # clause too: 投资甲公司在乙镇建设的P)
                built = spent + len(verb) + (text[spent + len(verb) : spent + len(verb) + 1] == "的")
                work = next((i for i in idx if mentions[i].type == "Project" and mentions[i].start == built), None)
                if work is not None:
                    sent.add(work, "locatedIn", j, "located_event")


def _past_listed(text: str, pos: int, starts: dict[int, int], joiners: tuple[str, ...]) -> int:
    """Past the places listed after the one ending at ``pos`` (甲街道 | 、乙街道、丙镇; ``joiners``: what parts
    them), each written whole (places one inside the next too), else ``pos``."""
    while text[pos : pos + 1] in joiners and pos + 1 in starts:
        pos = starts[pos + 1]
        while pos in starts:
            pos = starts[pos]
    return pos


def _investment_after(text: str, pos: int, data) -> int:
    """Past an investing verb and its amount at ``pos`` (投资3亿元, 投资12亿元，), else ``pos``."""
    from kg.lang.money import find_money

    verb = next((v for v in data.longest_first("funds_invest_verbs") if text.startswith(v, pos)), None)
    if verb is None:
        return pos
    money = next(find_money(text, pos + len(verb), min(len(text), pos + len(verb) + 16)), None)
    if money is None or money.start - pos - len(verb) > 2:  # (投资约12亿元: a hedge at most)
        return pos
    return money.end + (text[money.end : money.end + 1] in "，,")


@rule("located_bracketed", needs=("Place",))
def located_bracketed(sent: Sentence) -> None:
    """``甲公司（乙县）``: a place alone in brackets right after a firm, body or work says where it is (as a list of
    commended firms writes each one's county)."""
    text, mentions = sent.text, sent.mentions
    after = {mentions[i].start: i for i in sent.idx if mentions[i].type == "Place" and not sent.nested(i)}
    for i in sent.idx:
        m = mentions[i]
        if m.type not in _LOCATED_SUBJECTS or m.type == "Place" or sent.nested(i) or text[m.end : m.end + 1] not in ("（", "("):
            continue
        place = after.get(m.end + 1)
        while place is not None and mentions[place].end in after:  # (甲公司（乙市丙区）: the innermost)
            place = after[mentions[place].end]
        if place is not None and text[mentions[place].end : mentions[place].end + 1] in ("）", ")"):
            sent.add(i, "locatedIn", place, "located_bracketed")


@rule("located_possessive", needs=("Place",))
def located_possessive(sent: Sentence) -> None:
    """``曹王镇的山东润博新材料科技有限公司``, ``东城街道的P``: a firm, body or work right after a place and 的 is
    in it (the innermost place of those written one inside the next); a work after a route (甲镇至乙镇的P: a road
    between them) is in both its ends."""
    text, mentions = sent.text, sent.mentions
    starts = {mentions[i].start: i for i in sent.idx if mentions[i].type in _SETTLERS and not sent.nested(i)}
    places = _places(sent)
    ends = {mentions[j].end: j for j in places}
    place_starts = {mentions[j].start: j for j in places}
    for j in places:
        place = mentions[j]
        # (甲镇境内的乙公司; a place too after such a word: 甲镇境内的乙经济开发区)
        inside = next((w for w in sent.data.longest_first("located_inside_words") if text.startswith(w + "的", place.end)), "")
        after = place.end + len(inside) + 1
        if inside and (i := starts.get(after, place_starts.get(after))) is not None:
            sent.add(i, "locatedIn", j, "located_possessive")
            continue
        if text[place.end : place.end + 1] == "的" and (i := starts.get(place.end + 1)) is not None:
            sent.add(i, "locatedIn", j, "located_possessive")
            if text[place.start - 1 : place.start] == "至" and (k := ends.get(place.start - 1)) is not None \
                    and mentions[i].type == "Project":
                sent.add(i, "locatedIn", k, "located_possessive")


@rule("located_jurisdiction", needs=("Place",))
def located_jurisdiction(sent: Sentence) -> None:
    """``甲街道…对辖区乙小区、丙新村``: the places listed after 辖区 are in 甲街道 (see the module docstring)."""
    text, mentions = sent.text, sent.mentions
    words = sent.data.longest_first("located_jurisdiction_words")
    if not any(text.find(w, sent.start, sent.end) >= 0 for w in words):
        return
    places = _places(sent)
    for at in range(sent.start, sent.end):
        word = next((w for w in words if text.startswith(w, at)), None)
        if word is None:
            continue
        holder = max((j for j in places if mentions[j].end <= at and mentions[j].name.endswith(_HOLDERS)),
                     key=lambda j: mentions[j].end, default=None)
        if holder is None:
            continue
        for j in sent.chain_after(at + len(word), {"Place"}):
            if j != holder:
                sent.add(j, "locatedIn", holder, "located_jurisdiction")


#: the units of the places that govern an area (辖区): towns, districts, counties, cities
_HOLDERS = (*_TOWN_UNITS, "区", "县", "市", "旗")


@rule("located_setting", needs=("Place",))
def located_setting(sent: Sentence) -> None:
    """``在旌阳区黄许镇，曹晓峰察看了P``, ``在酒仙桥街道，P已完成…``: a sentence set in a place by its opening
    clause is about the first work named after it (or, naming none, the first firm or body) and whatever is listed
    with it, which are in that place."""
    text, mentions = sent.text, sent.mentions
    if not text.startswith("在", sent.start):
        return
    where = _place_groups(sent, _places(sent), sent.start + 1)  # (在旌阳区 | 黄许镇: the innermost)
    if len(where) != 1 or text[mentions[where[0]].end : mentions[where[0]].end + 1] not in ("，", ","):
        return
    j, at = where[0], mentions[where[0]].end
    after = sorted((i for i in sent.idx if mentions[i].start > at and mentions[i].type in _SETTLERS and not sent.nested(i)),
                   key=lambda i: mentions[i].start)
    # (a work first: 在甲区，乙公司投资建设的P is about P; a firm or body where the sentence names no work)
    first = next((i for i in after if mentions[i].type == "Project"), after[0] if after else None)
    if first is not None:
        # (走进甲项目、乙产业园和丙公司: each listed with it)
        for i in sent.chain_after(mentions[first].start, _SETTLERS) or [first]:
            sent.add(i, "locatedIn", j, "located_setting")


@rule("located_worked_place", needs=("Place",))
def located_worked_place(sent: Sentence) -> None:
    """``甲村投资460万元实施P``, ``甲村成立乙合作社``, ``甲村依托…，引进乙公司，建设P``: a village, community or town
    opening a sentence, or a clause after ；, as its subject: what it builds or carries out (develops_verbs) and the
    bodies it sets up (located_establish_verbs; not those it brings in, 引进: a firm a village brings in to run its
    works may be the county's), each named right after its verb where the verb opens a clause of the place's (after
    the place, a comma or an amount), up to the next ；, are in it."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    units = (*lexicon.load().settlement_words, *_TOWN_UNITS)
    starts = {mentions[i].start for i in sent.idx}
    for j in _places(sent):
        place = mentions[j]
        if not place.name.endswith(units) or place.end in starts or not (
                place.start == sent.start or text[place.start - 1] in _SUBJECT_OPENINGS):
            continue
        if text.startswith(_NOT_A_SUBJECT, place.end):
            continue  # 甲村的, 甲村、乙村: the place is no subject
        end = min((k for k in (text.find(c, place.end, sent.end) for c in "；;。") if k >= 0), default=sent.end)
        verbs = data.regex("located_worked_place", lambda d: re.compile(
            f"(?P<body>{d.alternation('located_establish_verbs')})|(?P<work>{d.alternation('develops_verbs')})"))
        for m in verbs.finditer(text, place.end, end):
            at = m.start()
            if not (at == place.end or text[at - 1] in "，," or text.endswith("元", 0, at)):
                continue  # (a verb opening no clause of the place's: 乙公司建设P is the firm's)
            kinds = ("Project",) if m.group("work") else ("Company", "Organization")
            done = m.end() + text.startswith("了", m.end())
            for i in sent.chain_after(done, kinds):
                sent.add(i, "locatedIn", j, "located_worked_place")


@rule("located_item_label", needs=("Place",))
def located_item_label(sent: Sentence) -> None:
    """``一、甲县：P，安排资金…``: a numbered item's line opening with a place and a colon, a label saying where its
    work is, then the work: the work is in the place."""
    text, mentions = sent.text, sent.mentions
    line = text.rfind("\n", 0, sent.start) + 1
    item = ENUMERATED.match(text, line)
    if item is None or not sent.start <= item.end() < sent.end:
        return
    place = next((j for j in _places(sent) if mentions[j].start == item.end()), None)
    if place is None or text[mentions[place].end : mentions[place].end + 1] not in ("：", ":"):
        return
    work = next((i for i in sent.idx if mentions[i].start == mentions[place].end + 1 and mentions[i].type == "Project"
                 and not sent.nested(i)), None)
    if work is not None:
        sent.add(work, "locatedIn", place, "located_item_label")


#: what a sentence's subject opens after: a sentence's start, a clause after ；, a line
_SUBJECT_OPENINGS = "；;\n"
#: what after a place makes it no subject (甲村的乙, 甲村、乙村, 甲村和乙村)
_NOT_A_SUBJECT = ("的", "、", "和", "与", "及", "等")


def visited_works(sent: Sentence, types: frozenset[str] | set[str],
                  looked_at: tuple[str, ...] = ("Project",)) -> list[tuple[int, list[int]]]:
    """``王建国来到艾山街道，调研P``, ``走进甲公司，察看P建设情况``, ``在艾山街道调研P``: each place or firm (of
    ``types``) a visit went to (scope_words.tsv visit_to, or visit_at_words, right before it), with the works named in
    the clause where the visit looks at them (scope_words.tsv visit, after its adverbs: visit_look_adverbs).  A
    visit to several places at once (``先后来到甲镇、乙镇，查看P、Q``) pairs no work with any of them."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    lex = lexicon.load()
    visits, looks = lex.visit_to_words + tuple(data["visit_at_words"]), lex.visit_words  # (scope_words.tsv)
    adverbs = data.longest_first("visit_look_adverbs")
    places = _places(sent)
    firms = {mentions[i].start: mentions[i].end for i in sent.idx if mentions[i].type == "Company" and not sent.nested(i)}
    place_ends = {mentions[j].end: mentions[j].start for j in places}
    out = []
    for i in sent.idx:
        host = mentions[i]
        if host.type not in types or sent.nested(i):
            continue
        at = host.start
        while host.type == "Company" and at in place_ends:
            at = place_ends[at]  # 来到钢城区艾山街道 | 甲机械有限公司: the firm in the places written before it
        if not text.endswith(visits, sent.start, at):
            continue
        if host.type == "Place":
            group = _place_groups(sent, places, host.start)  # (来到钢城区艾山街道: the innermost)
            if len(group) != 1 or text[mentions[group[0]].end : mentions[group[0]].end + 1] in ("、", "和", "及"):
                continue
            i, end = group[0], mentions[group[0]].end
            end = firms.get(end, end)  # (来到艾山街道甲公司，调研P: the firm's work, in the place)
        else:
            end = host.end
        pos = end + (text[end : end + 1] in ("，", ","))
        while (adverb := next((a for a in adverbs if text.startswith(a, pos)), None)) is not None:
            pos += len(adverb)
        if not text.startswith(looks, pos) or text.startswith("在", at - 1) and pos > end and text[end] in "，,":
            continue  # (在甲镇，…: the sentence's setting, located_setting)
        clause_end = min((k for k in (text.find(c, pos, sent.end) for c in "，,；;。") if k >= 0), default=sent.end)
        works = [j for j in sent.idx if mentions[j].type in looked_at and not sent.nested(j)
                 and pos < mentions[j].start and mentions[j].end <= clause_end]
        if works:
            out.append((i, works))
    return out


@rule("located_visit", needs=("Place", "Project"))
def located_visit(sent: Sentence) -> None:
    """``随后，王建国来到艾山街道，调研P``, ``…，走访了甲公司和乙公司``: a work or firm a visit looks at in a place is
    in that place."""
    for place, works in visited_works(sent, {"Place"}, ("Project", "Company")):
        for j in works:
            sent.add(j, "locatedIn", place, "located_visit")


@rule("located_extent", needs=("Project",))
def located_extent(sent: Sentence) -> None:
    """``该工程西起界湖街道，东至砖埠镇``: a work is in the places its ends are written in (located_extent_words),
    the work the last one named before the first end in the sentence."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    places = _places(sent)
    words = tuple(data["located_extent_words"])
    ends = [i for i in places if text.endswith(words, sent.start, mentions[i].start)]
    if ends:
        first = min(mentions[i].start for i in ends)
        work = max((i for i in sent.idx if mentions[i].type == "Project" and mentions[i].end <= first),
                   key=lambda i: mentions[i].end, default=None)
        if work is not None:
            for i in ends:
                sent.add(work, "locatedIn", i, "located_extent")
    # P涉及竞秀区、莲池区, 该工程由…实施，涉及…: every place listed after a word of what the work covers, the work
    # opening its clause, or the work referred back to (该工程) opening the clause before (not whatever else the
    # clause names: 赛道途经…, …医院…覆盖5县)
    spans = tuple(data["located_span_words"])
    covered = [j for i in places if text.endswith(spans, sent.start, mentions[i].start)
               for j in _place_groups(sent, places, mentions[i].start)]
    if covered:
        clause = _clause_start(sent, mentions[covered[0]].start)
        before = _clause_start(sent, clause - 1) if clause > sent.start else None
        work = next((i for i in sent.idx if mentions[i].type == "Project" and (mentions[i].start == clause
                     or mentions[i].kind == "coref" and mentions[i].start == before)), None)
        if work is None and before is not None and text[clause - 1 : clause] in "，,":
            # 用于实施P，涉及甲镇、乙镇: the one work the clause before names, closing it
            named = [i for i in sent.idx if mentions[i].type == "Project" and not sent.nested(i)
                     and before <= mentions[i].start and mentions[i].end < clause]
            work = named[0] if len(named) == 1 and mentions[named[0]].end == clause - 1 else None
        if work is None:
            work = _sentence_work(sent, mentions[covered[0]].start, clause)
        if work is not None:
            for i in covered:
                sent.add(work, "locatedIn", i, "located_extent")


def _sentence_work(sent: Sentence, at: int, clause: int) -> int | None:
    """The work that opens the sentence, where the clause from ``clause`` holds only adverbs before its word of
    what the work covers (its subject left out: located_span_adverbs) and no other work is named in between:
    ``P由甲局负责建设，全长3.8公里，将串联A、B`` (not ``P完工后，沿线的服务网络将覆盖A、B``)."""
    mentions, text = sent.mentions, sent.text
    span = next((w for w in sent.data.longest_first("located_span_words") if text.endswith(w, clause, at)), "")
    adverbs = sent.data.regex("located_span_adverbs", lambda d: re.compile(f"(?:{d.alternation('located_span_adverbs')})*"))
    if adverbs.fullmatch(text, clause, at - len(span)) is None:
        return None
    opening = sent.start + len(text[sent.start : sent.end]) - len(text[sent.start : sent.end].lstrip())
    works = [i for i in sent.idx if mentions[i].type == "Project" and not sent.nested(i) and mentions[i].start < at]
    if len(works) != 1 or mentions[works[0]].start != opening:
        return None
    return works[0]


@rule("located_site", needs=("Project", "Place"))
def located_site(sent: Sentence) -> None:
    """``甲公司签约的P投资最大，拟投资18亿元，将在乙开发区建设4条生产线``, ``…签约了P，由后者拟投资4.5亿元，在乙镇
    建设冷库``: a later clause that builds in a place (在Y, then a building verb in the clause) and names no work
    of its own, nor a work or place as its subject, says where the one work the sentence named before it is
    built."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    places = _places(sent)
    verbs = (*data["located_work_verbs"], *data["located_build_verbs"])
    for m in _AT.finditer(text, sent.start, sent.end):
        clause = _clause_start(sent, m.start())
        if m.group() != "在" or clause == sent.start:
            continue  # (a clause of its own after the work's: the sentence's first clause is the work's own)
        targets = _place_groups(sent, places, m.end())
        if not targets:
            continue
        after = mentions[targets[-1]].end
        end = min((k for k in (text.find(c, after, sent.end) for c in "，,；;") if k >= 0), default=sent.end)
        if not any(v in text[after:end] for v in verbs):
            continue
        inside = [i for i in sent.idx if clause <= mentions[i].start < end and not sent.nested(i)]
        subjects = [i for i in inside if mentions[i].end <= m.start()]
        if any(mentions[i].type == "Project" for i in inside) or any(mentions[i].type == "Place" for i in subjects) \
                or subjects and "由" not in text[clause : mentions[subjects[0]].start]:
            continue  # (its own work: located_event; a subject of its own, 甲镇在乙村建设…, 乙局在丙镇建设…, but
            # not the builder 由 names: 将由该集团在乙镇投资建设)
        works = [i for i in sent.idx if mentions[i].type == "Project" and mentions[i].end <= clause and not sent.nested(i)]
        if len(works) == 1:
            for j in targets:
                sent.add(works[0], "locatedIn", j, "located_site")


def _clause_start(sent: Sentence, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the comma before it, else at the sentence's start."""
    return max(sent.start, *(sent.text.rfind(c, sent.start, pos) + 1 for c in "，,"))


@rule("located_in_name", basis="inferred", needs=("Project", "Place", "Agency"))
def located_in_name(sent: Sentence) -> None:
    """A place inside a project's name (``地铁15号线一期（即墨段）``, ``青岛光电产业园``), or
    opening a zone's name (``甲市经济开发区`` is in 甲市); and a project whose name was written
    out with a place the article names (``步行街整体景观提升工程`` after ``台东步行街`` →
    ``台东步行街整体景观提升工程``).  A company's name says where it was registered, not where
    it is (``山东…集团`` works all over): no edge.  A body's office in another place is there
    (``甲省人民政府驻上海办事处`` in 上海), and so is an institution named after its town (``甲镇卫生院``)."""
    from kg.lang.lexicon import load

    mentions, idx = sent.mentions, sent.idx
    resident = load().resident_words
    context = sent.article.context.code if sent.article.context is not None else None
    for j in idx:
        thing = mentions[j]
        if thing.type == "Agency" and thing.kind == "name" and resident:
            # 甲省人民政府驻上海办事处: the office is in the place written after 驻
            at = max(thing.text.rfind(w) for w in resident)
            if at > 0:
                after = thing.start + at + 1
                place = next((k for k in idx if mentions[k].type == "Place" and mentions[k].start == after
                              and mentions[k].end <= thing.end), None)
                if place is not None:
                    sent.add(j, "locatedIn", place, "located_in_name")
            continue
        if thing.type == "Organization" and thing.kind == "name":
            # 甲镇卫生院, 乙村股份经济合作社: an institution named after its town or village is there (a district's
            # or a city's name says whose it is, not where: 甲区人民医院)
            towns = tuple(sent.data["located_in_name_towns"])
            place = next((k for k in idx if mentions[k].type == "Place" and mentions[k].start == thing.start
                          and mentions[k].end < thing.end and mentions[k].name.endswith(towns)), None)
            if place is not None and mentions[place].name.endswith(_TOWN_UNITS) and (village := _settlement_opening(
                    sent, thing, mentions[place].end - thing.start)) is not None:
                place = sent.add_mention(village, visible=False)  # 甲镇心田村…专业合作社: the village, in the town
            if place is not None:
                sent.add(j, "locatedIn", place, "located_in_name")
            continue
        if thing.type not in ("Project", "Place") or thing.kind != "name":
            continue
        ends = _range_ends(thing)
        routes = load().work_routes
        inside = [k for k in idx if k != j and mentions[k].type == "Place" and thing.start <= mentions[k].start
                  and mentions[k].end <= thing.end and (mentions[k].start, mentions[k].end) != (thing.start, thing.end)
                  and not any(a <= mentions[k].start < b for a, b in ends)
                  and not sent.text.startswith(routes, mentions[k].end)  # 丹东 | 线: a route named after it
                  # (古城文化街区 ending the work 甲古城文化街区: the work's own grounds, cut short)
                  and not (thing.type == "Project" and mentions[k].end == thing.end)]
        if thing.type == "Place":
            inside = [k for k in inside if mentions[k].start == thing.start]
            if not inside:
                opening = _zone_opening(sent, thing)
                if opening is not None:
                    inside = [sent.add_mention(opening, visible=False)]
        elif not inside and (settlement := _settlement_opening(sent, thing)) is not None:
            inside = [sent.add_mention(settlement, visible=False)]  # 心田村 | 古厝群修缮工程
        if thing.type == "Project" and not any(_division(mentions[k].name, context)
                                               or mentions[k].name.endswith((*_TOWN_UNITS, "村")) for k in inside):
            # 用于夏津县 | G308国道绕城段改建工程: a place written right before a work that has a proper name of its own
            # is where it is, not a word of its name (the recogniser starts the name after it); so is the district
            # before a work named after a quarter of it the divisions data does not hold (甲区 | 乙湖片区…改造项目)
            inside += [k for k in idx if mentions[k].type == "Place" and mentions[k].end == thing.start
                       and not sent.nested(k)][:1]
        if thing.type == "Project" and any(sent.text[mentions[k].end : mentions[n].start] == "·"
                                           for k in inside for n in inside):
            inside = []  # 2025甲市·乙市协作产业对接会: two places paired in an occasion's name are whose it is; where it
            # is held the sentence says
        if not inside and thing.type == "Project" and (park := _park_opening(sent, j)) is not None:
            inside = [park]  # 甲产业园二期标准厂房项目 after 甲产业园: a work of the park is in it
        for k in inside:
            sent.add(j, "locatedIn", k, "located_in_name")
        if inside or thing.type != "Project" or thing.name == thing.text:
            continue
        # the name was completed from an earlier place (a back-reference)
        earlier = [k for k, m in enumerate(mentions) if m.type == "Place" and m.kind == "name"
                   and m.end <= thing.start and len(m.name) >= 2 and thing.name.startswith(m.name)
                   and m.name not in thing.text]
        if earlier:
            sent.add(j, "locatedIn", earlier[-1], "located_in_name")


_RANGE = re.compile(r"[（(]([^（()）]*[-—－–~～至到][^（()）]*)[）)]")
#: a work's kind words ending a park's name written as a work (甲产业园项目 is the park built, in nothing of its own)
_WORK_KIND = re.compile(r"(?:建设)?(?:项目|工程)$")


def _park_opening(sent: Sentence, j: int) -> int | None:
    """The park the article names (a name ending in a park's word, work_names.tsv ``park``) that the work ``j``'s
    name opens with (its name or as written), with more than a work's kind words after it (甲产业园二期标准厂房项目, not 甲产业园项目): the
    longest such name, written before the work or inside its name."""
    thing, parks = sent.mentions[j], lexicon.load().work_parks
    # (by the park's name or as written: 澄波智造产业园 of 钢城区澄波智造产业园 opens 澄波智造产业园污水处理厂项目)
    found = [k for k, m in enumerate(sent.mentions) if k != j and m.kind == "name" and names_park(m)
             and m.start <= thing.start and any(
                 thing.name.startswith(w) and _WORK_KIND.sub("", thing.name[len(w):]) for w in {m.name, m.text}
                 if w.endswith(parks))]
    return max(found, key=lambda k: (len(sent.mentions[k].name), sent.mentions[k].start)) if found else None


def _range_ends(thing: Mention) -> list[tuple[int, int]]:
    """Where a name writes the two ends of its section in brackets (甲路(乙路—丙路)道路工程): the
    roads there bound the work, they do not hold it.

    >>> _range_ends(Mention(10, 23, "甲路(乙路—丙路)道路工程", "Project", "甲路(乙路—丙路)道路工程"))
    [(13, 18)]
    """
    return [(thing.start + m.start(1), thing.start + m.end(1)) for m in _RANGE.finditer(thing.text)]


def _zone_opening(sent: Sentence, zone: Mention) -> Mention | None:
    """The city or district a zone's name opens with (乐陵 of 乐陵经济开发区), as a mention of
    the divisions data's place, when the recogniser reported none inside the name."""
    from kg.lang.lexicon import load

    name = zone.name
    suffix = load().zone_suffix(name)
    if suffix is None:
        return None
    context = sent.article.context.code if sent.article.context is not None else None
    for n in range(len(name) - len(suffix), 1, -1):  # the longest opening that is a division
        div = _division(name[:n], context)
        if div is not None and div.level in ("province", "city", "district"):
            return Mention(zone.start, zone.start + n, zone.text[:n], "Place", name[:n], rule="located_in_name")
    return None


def _settlement_opening(sent: Sentence, work: Mention, offset: int = 0) -> Mention | None:
    """The village or community a work's name opens with (心田村 of 心田村古厝群修缮工程, 月川社区 of 月川社区邻里服务中心),
    or that is written ``offset`` characters into it (after its town: 甲镇 | 心田村…专业合作社), as a place mention,
    where the divisions data does not know it: two to four characters and a settlement word
    (located_settlement_words), a name's words going on after it (not 村民, 村级, 社区服务…:
    located_settlement_not_before)."""
    data, name = sent.data, work.text[offset:]
    for word in data.longest_first("located_settlement_words"):
        at = name.find(word, 2, 5 + len(word))
        if at < 2 or at > 4:
            continue
        end = at + len(word)
        blocked = next((w for w in data["located_settlement_not_before"] if name.startswith(w, end)), None)
        if len(name) - end < 4 or blocked is not None and not (len(blocked) == 1 and is_word(name[end : end + 2])):
            return None  # (甲村 | 民宿集群项目: 民 opens a word of the work, 民宿, where jieba reads 村民)
        stem = name[:at]
        if not all("\u4e00" <= c <= "\u9fff" for c in stem) or is_word(name[at - 1 : end]):
            return None  # (美丽乡村建设工程: 乡村, 农村 are words, no village's name)
        start = work.start + offset
        return Mention(start, start + end, name[:end], "Place", name[:end], rule="located_in_name")
    return None


def _holds(gaz, name: str, context) -> bool:
    div = _division(name, context.code if context is not None else None)
    return div is not None and gaz.contains(div, context)


@rule("located_scope", basis="inferred", needs=("Project", "Place", "Company", "Organization"))
def located_scope(sent: Sentence) -> None:
    """What an article about a place names is in that place (GUIDE §3, the article's own place).

    Every project, and every road, village, park … (located_local_place_suffixes) and town the
    divisions data does not place (a town only where it knows no town of that name), named in a
    sentence that gives it no place of its own, is in the place the passage is about: the article's district or city (``doc._.kg_context``),
    until a clause opens with another place inside it (``黄务街道以项目为核心，…``), which is
    then the place of the sentences after it.  A sentence that names a place elsewhere
    (another district) says nothing here.  A company is placed so only when the sentence says
    it settled with no place written (``从外地迁入的X``, ``X正式落户。``) or calls it local
    (``本地企业X``, ``当地的X``): its name alone says where it was registered, not where it is; one that settled
    on a page about one park (``…乙公司也将陆续入驻``: :func:`_park_named_before`) is in the park.  A village or community
    the divisions data does not hold, on a page whose headline names a town (``甲县乙镇：…``), is in that town,
    also one a clause opens with (``在丙村，…``).
    A sentence that speaks of "the town" (``镇里将在甲村、乙村推广…``, ``串联本镇甲村``:
    located_town_deixis) is about the town named last before it, whatever the passage's place.
    """
    topic, topic_div = _topic(sent)
    town = _town_meant(sent)
    if town is not None:
        topic, topic_div = town, None
    if topic is None and (sent.article.context is None or sent.article.context.level not in ("district", "city")):
        return
    text, mentions, idx, data = sent.text, sent.mentions, sent.idx, sent.data
    gaz = gazetteer()
    context = sent.article.context
    where = topic_div or context
    # a place this sentence gives, unless it only holds the passage's own (青岛 of 青岛光电…产业园)
    # or is a local area inside the thing's own name (上尧片区 of 上尧片区商住综合体: the thing is
    # also in the passage's place) or written right before it (甲镇 | 乙产业园: the passage's place holds both)
    code = context.code if context is not None else None
    located = {f[0] for f in sent.found if f[1] == "locatedIn" and f[3] not in _SITE_FIELDS
               and not (where is not None and _holds(gaz, mentions[f[2]].name, where))
               and not (f[3] == "located_in_name" and (_division(mentions[f[2]].name, code) is None
                                                       or mentions[f[2]].end == mentions[f[0]].start))}
    for k in idx:  # a place elsewhere: the sentence is not about this place
        if mentions[k].type == "Place" and k != topic and not sent.nested(k) and _elsewhere(gaz, mentions[k].name, where, context):
            return
    local = tuple(data["located_local_place_suffixes"])
    settle = data["located_settle_verbs"]
    for j in idx:
        m = mentions[j]
        if j in located or m.kind != "name" or sent.nested(j) or j == topic and not _village(m):
            continue
        if m.type == "Project":
            pass
        elif m.type == "Place":
            if not (m.name.endswith(local) or _town_name(m.name)) \
                    or _division(m.name, context.code if context is not None else None) is not None:
                continue  # a division is placed by the divisions data (a town it does not know in the page's city,
                # as a village)
            if text[m.start - 1:m.start] == "“" and text[m.end:m.end + 1] == "”":
                continue  # “一带一路”, “一轴四片区”: a slogan in quotes, not a road or an area
        elif m.type in _SETTLERS:
            settled = _settled_here(sent, j, settle)
            if not (settled or _called_local(sent, j) or town is not None and _founded(sent, j)):
                continue  # (村里成立了X合作社: a body the village founds is in the village)
            opening = next((i for i in idx if mentions[i].start == sent.start and mentions[i].type == "Project"
                            and mentions[i].end <= m.start), None)
            if settled and opening is not None:
                # (该项目由甲公司开发建设，…，目前乙公司、丙公司等6家企业已签约入驻: the work the sentence is about)
                for i in sent.chain_before(m.end, (m.type,)) or [j]:
                    sent.add(i, "locatedIn", opening, "located_scope")
                continue
            if settled and (park := _park_named_before(sent, m.start)) is not None:
                # (甲产业园… 乙公司也将陆续入驻: the page's park; 甲公司、乙公司等8家企业集中签约入驻: each of the list)
                for i in sent.chain_before(m.end, (m.type,)) or [j]:
                    sent.add(i, "locatedIn", park, "located_scope")
                continue
        else:
            continue
        target = topic if topic is not None and topic != j else _nearest_own(sent, gaz, context, m.start)
        if _village(m) and (topic in (None, j) or topic_div is not None and topic_div.level != "town") \
                and (page_town := _town_set_before(sent, m.start) or _page_town(sent)) is not None:
            # a page about 甲镇: its villages, which the divisions data does not hold, are in it, also a village a
            # clause opens with (在乙村，…); a page about two towns: in the one the passage was last set in (在丙街道，…)
            target = page_town
        elif m.type == "Project" and (topic is None or topic_div is not None and topic_div.level != "town") \
                and (page_town := _page_town(sent)) is not None:
            target = page_town  # a page about 甲镇 (甲镇3个重点项目集中开工): its works no place is written for are in it
        if target is not None and target != j and not (m.type == "Place" and not _village(m) and _village(mentions[target])):
            sent.add(j, "locatedIn", target, "located_scope")  # (no town in the village the passage is about)


#: the rules placing a work by a table's site cell or a record's site field: the page's place holds the site and
#: the work both
_SITE_FIELDS = ("develops_table_row", "develops_field_lines")


def _town_name(name: str, *, common_ok: bool = False) -> bool:
    """Whether ``name`` reads as a town's name: a town's unit after a stem of two characters or more, and no
    word of jieba's dictionary ending with the unit (城镇, 小镇, 乡镇: common nouns; ``common_ok``: where what
    precedes says it is a town)."""
    unit = next((u for u in _TOWN_UNITS if name.endswith(u)), None)
    return unit is not None and len(name) - len(unit) >= 2 and (len(unit) > 1 or common_ok or not is_word(name[-2:]))


def _elsewhere(gaz, name: str, where, context) -> bool:
    """Whether a place the divisions data knows lies outside the passage's place (and does not hold it)."""
    div = _division(name, context.code if context is not None else None)
    if div is None or where is None:
        return False
    return not (gaz.contains(div, where) or gaz.contains(where, div))


def _topic(sent: Sentence):
    """The place the passage is about, as (mention index, division): a place that opens a clause
    of this sentence and lies in the article's place becomes it for this sentence and the
    ones after; else the last one; (None, None) before any (the article's own place then)."""
    state = sent.article.state
    topic = state.get("topic", (None, None))
    text, mentions, data = sent.text, sent.mentions, sent.data
    gaz = gazetteer()
    context = sent.article.context
    by_start = {mentions[j].start: j for j in _places(sent)}
    for j in _places(sent):
        m = mentions[j]
        if m.start > sent.start and text[m.start - 1] not in "，,：:":
            continue  # not where a clause opens
        while mentions[j].end in by_start:  # 芝罘区世回尧街道: the street
            j = by_start[mentions[j].end]
        m = mentions[j]
        if any(text.startswith(w, m.end) for w in data["located_topic_not_after"]):
            continue  # 甲区的…, 甲区、乙区: a place named, not the subject
        if any(mentions[i].start == m.end and mentions[i].type != "Place" for i in sent.idx):
            continue  # 甲镇 | 乙光伏电站，总投资…: the place of the work it opens, not of the passage
        if any(mentions[i].start == m.start and mentions[i].end > m.end and mentions[i].type in BODY_TYPES
               for i in sent.idx):
            continue  # 甲镇党委书记乙、丙街道办事处主任丁作交流发言: the place opens a body's name, whose officials speak
        if not m.name.endswith(tuple(data["located_topic_name_ends"])):
            continue  # a short name (青岛) opening a clause more often opens a longer name (青岛万洋众创城)
        div = _division(m.name, context.code if context is not None else None)
        if div is not None:
            if context is not None and not gaz.contains(context, div):
                continue
        elif not (any(context is None or gaz.same_province(d, context) for d in gaz.lookup(m.name))
                  or m.name.endswith(tuple(data["located_topic_suffixes"]))):
            continue  # a place the divisions data cannot place: a known name (西湖区 of several cities) or a zone
        topic = (j, div)
        break
    state["topic"] = topic
    return topic


def _town_set_before(sent: Sentence, pos: int) -> int | None:
    """The last town of the article's place before ``pos`` that a clause of the article is set in, 在 before it and a
    comma after it (在甲街道，区长察看了…); ``None`` when there is none."""
    text, mentions = sent.text, sent.mentions
    if any(m.end == pos and m.type == "Place" and _town_name(m.name) for m in mentions):
        return None  # 来到乙镇 | 丙村: the town written right before the village holds it (place_sequence)
    set_in = [k for k, m in enumerate(mentions) if m.end <= pos and m.type == "Place" and m.kind == "name"
              and m.start >= 1 and text[m.start - 1] == "在" and text[m.end : m.end + 1] in ("，", ",")
              and (m.start == 1 or text[m.start - 2] in "，,：:。！？\n") and _local_town(sent, m)]
    return max(set_in, key=lambda k: mentions[k].start, default=None)


def _local_town(sent: Sentence, m: Mention, *, common_ok: bool = False) -> bool:
    """Whether ``m`` names a town of the article's place: a town's unit after a name the divisions data does not hold
    (:func:`_town_name`, ``common_ok`` as there), or a town of the divisions data in the article's place."""
    context = sent.article.context
    div = _division(m.name, context.code if context is not None else None)
    return div is None and _town_name(m.name, common_ok=common_ok) \
        or div is not None and div.level == "town" and (context is None or gazetteer().contains(context, div))


def _village(m: Mention) -> bool:
    """Whether ``m`` names a village or a community (scope_words.tsv settlement words: 村, 社区)."""
    return m.type == "Place" and m.name.endswith(lexicon.load().settlement_words)


def _page_town(sent: Sentence) -> int | None:
    """The town a page is about: the first town its headline names (甲县乙镇：特色产业串珠成链) — a town's unit after a
    name the divisions data does not hold, or a town of the divisions data in the article's place."""
    state = sent.article.state
    if "page_town" not in state:
        text, mentions, context = sent.text, sent.mentions, sent.article.context
        headline_end, town = text.find("\n"), None
        code = context.code if context is not None else None
        for k, m in enumerate(mentions):
            if m.end > headline_end:
                break
            if m.type != "Place" or m.kind != "name":
                continue
            # (甲市 | 翠山镇: right after a division a town's unit names a town, even where jieba knows the last two
            # characters as a word, 山镇)
            after_division = k > 0 and mentions[k - 1].end == m.start and _division(mentions[k - 1].name, code) is not None
            if _local_town(sent, m) or after_division and _local_town(sent, m, common_ok=True):
                town = k
                break
        state["page_town"] = town
    return state["page_town"]


def _nearest_own(sent: Sentence, gaz, context, pos: int) -> int | None:
    """The article's own place as this sentence names it, else its nearest mention."""
    if context is None:
        return None
    own = _own_place_mentions(sent, gaz, context)
    if not own:
        return None
    mentions = sent.mentions
    return min(own, key=lambda k: (not sent.start <= mentions[k].start < sent.end, abs(mentions[k].start - pos)))


def _own_place_mentions(sent: Sentence, gaz, context) -> list[int]:
    """The article's mentions of its own place, found when first needed: finding them costs a
    pass over every mention, too much to pay for every sentence."""
    own = sent.article.state.get("own_place")
    if own is None:
        own = [k for k, m in enumerate(sent.mentions) if m.type == "Place" and m.kind == "name"
               and (d := gaz.full_name(m.name, context)) is not None
               and gaz.canonical(d).code == gaz.canonical(context).code]
        sent.article.state["own_place"] = own
    return own


def _town_meant(sent: Sentence) -> int | None:
    """The town ``镇里``, ``本镇``, ``全乡`` … (located_town_deixis) mean: the last place named before
    the word whose name ends as the town's kind does (颜庄镇党委书记…表示，镇里将…: 颜庄镇)."""
    text, mentions = sent.text, sent.mentions
    spans = [(mentions[i].start, mentions[i].end) for i in sent.idx]
    for ending, words in sent.data["located_town_deixis"].items():
        pattern = sent.data.regex("town_deixis_" + ending, lambda d, w=tuple(words): re.compile("|".join(w)))
        found = [m.start() for m in pattern.finditer(text, sent.start, sent.end)]
        at = min((a for a in found if not any(b <= a < e for b, e in spans)), default=-1)  # not 青峰镇上丙村
        if at < 0:
            continue
        towns = [k for k, m in enumerate(mentions) if m.type == "Place" and m.kind == "name" and m.end <= at
                 and m.name.endswith(ending) and len(m.name) > len(ending) + 1]
        if towns:
            return max(towns, key=lambda k: mentions[k].end)
    return None


def _founded(sent: Sentence, j: int) -> bool:
    """Whether a verb of founding (located_founding_verbs: 成立了) stands right before mention ``j``."""
    return sent.text.endswith(tuple(sent.data["located_founding_verbs"]), sent.start, sent.mentions[j].start)


def _called_local(sent: Sentence, j: int) -> bool:
    """``由本地企业X供应``, ``当地的X``, ``本土龙头企业X``, ``我市X、Y``: the words right before X (or the list X
    opens) call it local (located_local_words, then 的 or a kind of body: located_local_kinds)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    m = mentions[j]
    ends = {mentions[i].end: i for i in sent.idx if mentions[i].type in _SETTLERS and not sent.nested(i)}
    while text[m.start - 1 : m.start] == "、" and (k := ends.get(m.start - 1)) is not None:
        m = mentions[k]  # 我市甲公司、乙公司: each listed after the first is called so too
    prev_end = max([mentions[i].end for i in sent.idx if mentions[i].end <= m.start] + [sent.start])
    before = text[max(prev_end, m.start - 8):m.start]
    kinds = data["located_local_kinds"]
    for word in data["located_local_words"]:
        at = before.rfind(word)
        rest = before[at + len(word):] if at >= 0 else None
        if rest is not None and (rest in ("", "的") or rest.removeprefix("的") in kinds):
            return True
    return False


def _park_named_before(sent: Sentence, pos: int) -> int | None:
    """The park of a page about one park, named before ``pos``: the article names one park (a name ending in a
    park's word, work_names.tsv ``park``; with and without its places it is one: 乙市甲产业园, 甲产业园; by its brand and
    园区, 甲园区, too), twice or more, and no other (or three times or more, and each other once: a firm's 生产基地);
    a page naming several parks says nothing of which one a firm settled in."""
    named = [i for i, m in enumerate(sent.mentions) if m.kind == "name" and names_park(m) and not sent.nested(i)]
    # (a work named once after ``pos``, 其中，甲公司将投资8亿元建设乙生产基地, is no second park of the page yet)
    counts = Counter(sent.mentions[i].name for i in named)
    named = [i for i in named if counts[sent.mentions[i].name] >= 2 or sent.mentions[i].start < pos]
    names = {sent.mentions[i].name for i in named}
    for short in [n for n in names if n.endswith(_BARE_PARK) and 2 <= len(n) - len(_BARE_PARK) <= 4]:
        full = [n for n in names if n != short and n.startswith(short[: -len(_BARE_PARK)])]
        if len(full) == 1:
            names.discard(short)  # 甲乙园区 of 甲乙循环经济产业园: the park by its brand and the bare word of parks
    shortest = min(names, key=len, default="")
    if not all(n.endswith(shortest) for n in names):
        # (a page naming its park three times or more and a firm's 生产基地 once: the base is a work built there)
        top, times = max(counts.items(), key=lambda kv: (kv[1], kv[0]), default=("", 0))
        if times < 3 or any(counts[n] > 1 for n in names if n != top and not top.endswith(n)):
            return None
        named = [i for i in named if top.endswith(sent.mentions[i].name)]
        if len(named) < 2:
            return None
    elif len(named) < 2:
        return None
    before = [i for i in named if sent.mentions[i].end <= pos]
    return max(before, key=lambda i: sent.mentions[i].end) if before else None


def _settled_here(sent: Sentence, j: int, settle) -> bool:
    """``从外地迁入的…X``, ``新落户的X``, ``X正式落户。``: X settled, and no place is written
    after the verb (the article's own place is meant); ``新入驻企业5家：X…；Y…``: X opens an item of a list whose
    lead before the colon says its firms settled."""
    text, mentions = sent.text, sent.mentions
    m = mentions[j]
    if text[m.start - 1 : m.start] in "：；;":  # (the list's items may be sentences of their own)
        colon = text.rfind("：", text.rfind("\n", 0, m.start) + 1, m.start)
        lead = max(text.rfind(c, 0, colon) for c in "。\n") + 1
        if colon >= 0 and "。" not in text[colon:m.start] and any(v in text[lead:colon] for v in settle) \
                and not any(n.type == "Place" and lead <= n.start < colon for n in mentions):
            return True
    stops = sent.data["clause_stops"]
    prev_end = max([mentions[i].end for i in sent.idx if mentions[i].end <= m.start] + [sent.start])
    before = text[prev_end:m.start]
    for v in settle:
        at = before.rfind(v + "的")
        if at >= 0 and not any(c in before[at:] for c in stops) and m.start - (prev_end + at) <= 16:
            return True
    after = text[m.end:m.end + 24]
    end = min([after.find(c) for c in stops if c in after] + [len(after)])
    if end == len(after):
        return False  # the clause goes on past what is read
    clause = after[:end]
    for v in settle:
        at = clause.rfind(v)
        # X正式落户。, 引进X、Y两家门店落户开业: the verb ends the clause or one more word (开业) does,
        # and no place is written after it
        if at >= 0 and len(clause) - at - len(v) <= 2 and not any(
                mentions[i].type == "Place" and m.end + at < mentions[i].start < m.end + end for i in sent.idx) \
                and not any(mentions[i].type == "Project" and m.end <= mentions[i].start < m.end + at for i in sent.idx):
            return True  # (X与Y共建的P近日落户: a work named before the verb is what settles)
    return False
