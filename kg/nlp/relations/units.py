"""Units: which body a unit belongs to (GUIDE §4 ``partOf``).

``part_of_unit``
    A unit written right after the body it belongs to (``营流路片区改造指挥部北阁网格工作组``,
    ``…指挥部下设…专班``), when the unit's name ends with a unit word (工作组, 专班, 支队 …).
``part_of_belongs``
    ``X隶属于Y``, ``X是Y下属单位``.
``part_of_listed``
    The units listed after a verb of having them (``甲大学设有A学院、B学院等14个二级学院``, ``乙学院下设C系
    和D中心``, ``丙集团旗下E公司、F公司``): each is part of the body written right before the verb.
``part_of_joined``
    Bodies joining a group (``A、B正式纳入集团``, ``C作为首批成员单位加入``, ``D加入甲医疗联合体``) are part of it.
``units_named_again``
    A unit only a list named (``part_of_listed``: 机械工程学院, plain words no suffix rule takes) is a unit
    wherever the article writes it again after the list (``其中，机械工程学院院长为邵建国``); it runs first, so
    the rules of posts see it.
``part_of_name`` (inferred)
    A unit whose name is its body's name and a unit word (``甲区住建局城建科``, ``乙区管委会
    建设管理部``, ``丙市委统战部``: part_of_name_unit_suffixes): the body becomes a mention of its
    own, and the unit is part of it.
"""

from __future__ import annotations

import re

from kg.lang.jieba_tables import is_common_verb
from kg.nlp.entities.text_classes import COUNT
from kg.nlp.relations.registry import Sentence, rule
from kg.records import Mention

__all__: list[str] = []

_BODY_SUFFIX_TYPES = frozenset({"Agency", "Organization", "Company"})


def _bodies(sent: Sentence) -> list[int]:
    mentions = sent.mentions
    return sorted((i for i in sent.idx if mentions[i].type in ("Agency", "Organization")), key=lambda i: mentions[i].start)


@rule("part_of_unit", needs=("Agency", "Organization"))
def part_of_unit(sent: Sentence) -> None:
    text, mentions, data = sent.text, sent.mentions, sent.data
    bodies = _bodies(sent)
    for a, b in zip(bodies, bodies[1:]):
        outer, unit = mentions[a], mentions[b]
        if text[outer.end:unit.start] in data["part_of_joiners"] and unit.name.endswith(
                tuple(data["part_of_unit_suffixes"])) and not unit.name.startswith(outer.name):
            sent.add(b, "partOf", a, "part_of_unit")


@rule("part_of_belongs", needs=("Agency", "Organization"))
def part_of_belongs(sent: Sentence) -> None:
    """The unit first: 甲支队隶属于乙局, 甲中心是乙局下属单位, 甲医院是乙委直属的三级医院, 甲院为乙局直属科研机构."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    unit_kind = data.regex("part_of_unit_kind", lambda d: re.compile(d["part_of_unit_kind_pattern"]))
    bodies = _bodies(sent)
    for a, b in zip(bodies, bodies[1:]):
        unit, outer = mentions[a], mentions[b]
        gap = text[unit.end:outer.start]
        tail = text[outer.end:outer.end + 8]
        if gap in data["part_of_belongs"] or (gap in data["part_of_copulas"] and (
                any(tail.startswith(w) for w in data["part_of_unit_nouns"]) or unit_kind.match(tail))):
            sent.add(a, "partOf", b, "part_of_belongs")


@rule("part_of_name", basis="inferred", needs=("Agency", "Organization"))
def part_of_name(sent: Sentence) -> None:
    """``甲区住建局城建科`` is part of ``甲区住建局``: the longest front of a unit's name that ends
    as a body's name does (局, 管委会, 委 …: the recogniser's suffixes) before a unit word."""
    mentions, data = sent.mentions, sent.data
    units = tuple(data.longest_first("part_of_name_unit_suffixes"))
    todo = [i for i in sent.idx if mentions[i].type in ("Agency", "Organization") and mentions[i].kind == "name"
            and mentions[i].text.endswith(units)]
    if not todo:
        return
    from kg.lang.lexicon import load

    lex = load()
    shortest = data["part_of_name_min_unit"]
    while todo:
        i = todo.pop()
        m = mentions[i]
        text = m.text
        if not text.endswith(units):
            continue
        own = lex.suffix_at(text, len(text))  # the unit's own last word: never split inside it (办|事处, 办|公室)
        last = len(text) - len(own[0]) if own else len(text)
        for k in range(min(len(text) - shortest, last), 1, -1):  # (县委 | 组织部: a scope word's body of two)
            found = lex.suffix_at(text, k)
            if found is None and text[:k].endswith(lex.ministry_names):
                found = ("部", "Agency")  # 财政部 | 经济建设司: a ministry of ministries.txt (部 is no suffix of its own)
            elif found is None and (dept := next((d for d in lex.departments if text.endswith(d, 0, k)), None)) \
                    and text.endswith(("委", "委员会"), 0, k - len(dept)):
                found = (dept, "Agency")  # 甲市委组织部 | 干部教育科: a party committee's department (departments.txt)
            if found is None or found[1] not in _BODY_SUFFIX_TYPES or not text[k:].endswith(units) \
                    or k == 2 and text[0] not in lex.one_char_units or len(found[0]) == 1 and is_common_verb(text[k - 2 : k]):
                continue  # (of two characters, only a scope word's body: 县委 | 组织部, not 学校 | 党委; 办 of 项目代办 |
                # 服务科 ends a verb, 代办, no office: the section is the bureau's before it)
            start, end = m.start, m.start + k
            outer = next((j for j in sent.idx if mentions[j].start == start and mentions[j].end == end
                          and mentions[j].type in _BODY_SUFFIX_TYPES), None)
            if m.name != text and m.name.endswith(text[k:]) and len(m.name) > len(text):
                # (指挥部办公室 named 甲区…指挥部办公室 from the body named before: part of that body, not of the bare word)
                outer = sent.add_mention(Mention(start, end, text[:k], "Agency" if found[1] == "Agency" else found[1],
                                                 m.name[: len(m.name) - len(text) + k], rule="part_of_name"))
            elif outer is None:
                outer = sent.add_mention(Mention(start, end, text[:k], "Agency" if found[1] == "Agency" else found[1],
                                                 _written_out(text[:k], lex), rule="part_of_name"))
                todo.append(outer)
            if mentions[outer].type in ("Agency", "Organization"):
                sent.add(i, "partOf", outer, "part_of_name")
            break


def _written_out(text: str, lex) -> str:
    """A body's name with its abbreviation written out as the recogniser does (区住建局 → 区住房和城乡建设局)."""
    for short in sorted((a for a in lex.abbreviations if text.endswith(a)), key=len, reverse=True)[:1]:
        full = lex.abbreviations[short][0]
        return text if text.endswith(full) else text[: -len(short)] + full
    return text


@rule("part_of_listed")  # (every sentence: 研究院下设… names its body by a bare word)
def part_of_listed(sent: Sentence) -> None:
    """``甲大学设有A学院、B学院等14个二级学院``, ``乙学院下设C系、D系和E中心``, ``丙集团旗下E公司、F公司``: each
    unit listed after a verb of having units (part_of_list_verbs) is part of the body written right before
    the verb, or an adverb before it (``现设有``).  A listed unit no rule named (教务处, 船舶工程系: plain words) is a unit by the list, of its
    body's kind (a university's 处 is no government's; a group's 公司 is a firm)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    if data.regex("part_of_list_verbs", lambda d: re.compile(d.alternation("part_of_list_verbs"))).search(
            text, sent.start, sent.end) is None:
        return  # (most sentences: one search in C)
    verbs = data.longest_first("part_of_list_verbs")
    from kg.lang.lexicon import load

    lex = load()
    bodies = sorted((i for i in sent.idx if mentions[i].type in _BODY_SUFFIX_TYPES and not sent.nested(i)),
                    key=lambda i: mentions[i].start)
    ends = {mentions[i].end: i for i in bodies}
    known = {mentions[i].start: mentions[i].end for i in bodies}
    joiners = data.longest_first("part_of_list_joiners")
    stops = tuple(data["part_of_list_ends"]) + tuple(data["clause_stops"])
    adverbs = data.longest_first("part_of_list_adverbs")
    for verb in verbs:
        found = text.find(verb, sent.start, sent.end)
        while found >= 0:
            # (甲大学现设有…: the body stands before the adverb)
            at = found - len(next((a for a in adverbs if text.endswith(a, sent.start, found)), ""))
            parent = ends.get(at)
            if parent is None:
                parent = _bare_parent(sent, at, lex)  # 管委会下设…: the 管理委员会 named before
            if parent is None and text[at - 1 : at] in ("，", ","):
                # 甲学院由…组建，下设…: the clause goes on about the subject of the clause before (not about a
                # body of a phrase opening the sentence: 根据学校党委会议决定，新成立的甲学院由…组建，下设…)
                opening = max(sent.start, *(text.rfind(c, sent.start, at - 1) + 1 for c in "，,；;"))
                parent = next((i for i in bodies if opening <= mentions[i].start and mentions[i].end < at),
                              bodies[0] if bodies and mentions[bodies[0]].end < at else None)
            if parent is not None:
                opened = found + len(verb) + text.startswith("的", found + len(verb))  # (旗下的甲公司、乙公司)
                for s, e in _listed_units(text, opened, sent.end, joiners, stops, lex, known):
                    unit = next((i for i in sent.idx if (mentions[i].start, mentions[i].end) == (s, e)
                                 and mentions[i].type in _BODY_SUFFIX_TYPES), None)
                    if unit is None:
                        unit = sent.add_mention(Mention(s, e, text[s:e], _unit_type(text[s:e], mentions[parent].type, lex),
                                                        text[s:e], rule="part_of_listed"))
                        sent.article.state.setdefault(_LISTED_UNITS, {})[text[s:e]] = mentions[unit].type
                    sent.add(unit, "partOf", parent, "part_of_listed")
            found = text.find(verb, found + len(verb), sent.end)


@rule("part_of_joined", needs=("Agency", "Organization"))
def part_of_joined(sent: Sentence) -> None:
    """``A、B正式纳入集团``, ``C、D作为首批成员单位加入``, ``E加入甲医疗联合体``: bodies listed before a verb of joining
    (part_of_join_verbs, past adverbs and 作为…成员单位: part_of_join_fillers) are part of the group after it: a body
    named there, a bare kind word (集团, 医联体: part_of_join_groups) for the last one of that kind named before,
    or, with nothing after the verb, the last group named before them."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    if data.regex("part_of_join_verbs", lambda d: re.compile(d.alternation("part_of_join_verbs"))).search(
            text, sent.start, sent.end) is None:
        return
    verbs = data.longest_first("part_of_join_verbs")
    from kg.lang.lexicon import load

    lex = load()
    fillers = data.regex("part_of_join_fillers", lambda d: re.compile(d["part_of_join_fillers_pattern"]))
    groups = data.longest_first("part_of_join_groups")
    units = ("Agency", "Organization")
    ends = {mentions[i].end: i for i in sent.idx if mentions[i].type in units and not sent.nested(i)}
    starts = {mentions[i].start: i for i in sent.idx if mentions[i].type in units and not sent.nested(i)}
    for end in sorted(ends):
        filler = fillers.match(text, end, sent.end)
        at = filler.end() if filler else end
        verb = next((v for v in verbs if text.startswith(v, at)), None)
        if verb is None:
            continue
        members = sent.chain_before(end, units)
        after = at + len(verb)
        group = starts.get(after)
        if group is None:
            word = next((w for w in groups if text.startswith(w, after)), None)
            if word is not None and (after + len(word) >= sent.end or not "\u4e00" <= text[after + len(word)] <= "\u9fff"):
                group = _last_named(mentions, mentions[members[0]].start, lex.body_endings(word), units)
            elif after >= sent.end or text[after] in "，,；;。":
                group = _last_named(mentions, mentions[members[0]].start,
                                    tuple(e for w in groups for e in lex.body_endings(w)), units)
        if group is None:
            continue
        for i in members:
            if i != group:
                sent.add(i, "partOf", group, "part_of_joined")


def _last_named(mentions: list[Mention], before: int, endings: tuple[str, ...], types) -> int | None:
    """The last body of ``types`` named in full before ``before`` whose name ends with one of ``endings`` (the one a
    bare kind word means: 管委会, 集团) and is longer than the shortest of them."""
    return max((i for i, m in enumerate(mentions) if m.end <= before and m.type in types and m.kind == "name"
                and m.name.endswith(endings) and len(m.name) > min(map(len, endings))),
               key=lambda i: mentions[i].end, default=None)


def _bare_parent(sent: Sentence, at: int, lex) -> int | None:
    """The body a bare kind word right before ``at`` means (管委会 | 下设…, 集团 | 旗下…): the last body named
    before it whose name ends with the word or the word's full form (管委会: 管理委员会); ``None`` when no
    such word is there."""
    text, mentions = sent.text, sent.mentions
    word = next((w for w in sent.data.longest_first("part_of_bare_parents") if text.endswith(w, sent.start, at)), None)
    if word is None or any(m.end == at for m in mentions):
        return None
    return _last_named(mentions, at - len(word), lex.body_endings(word), _BODY_SUFFIX_TYPES)


#: the article's state key of the units only a list named: name → type
_LISTED_UNITS = "listed_units"


@rule("units_named_again")
def units_named_again(sent: Sentence) -> None:
    """``…设有机械工程学院、电气学院等14个二级学院。其中，机械工程学院院长为邵建国``: a unit only an earlier
    list named is a mention wherever the sentence writes it again, unless a mention covers it there."""
    units = sent.article.state.get(_LISTED_UNITS)
    if not units:
        return
    text, mentions = sent.text, sent.mentions
    for name, type_ in units.items():
        at = text.find(name, sent.start, sent.end)
        while at >= 0:
            end = at + len(name)
            if not any(mentions[i].start < end and at < mentions[i].end and mentions[i].type != "Place" for i in sent.idx):
                sent.add_mention(Mention(at, end, name, type_, name, rule="part_of_listed"))
            at = text.find(name, end, sent.end)


def _listed_units(text: str, pos: int, end: int, joiners: list[str], stops: tuple[str, ...], lex,
                  known: dict[int, int]) -> list[tuple[int, int]]:
    """The units listed from ``pos``: items joined by the joiners up to a stop (等, a count, a clause's end), each
    a name the recogniser found there (``known``: start → end) or words ending in a body's suffix (学院, 处,
    公司 …) that are no kind alone (控股子公司: stop_names.txt); none when an item is neither (设有3个服务窗口)."""
    out: list[tuple[int, int]] = []
    start = k = pos
    while k <= end:
        if k == start and start in known:  # (如东通海风电装备有限公司 | 将为学生…: the name ends the list)
            k = known[start]
            out.append((start, k))
            joiner = next((j for j in joiners if text.startswith(j, k)), None)
            if joiner is None:
                return out
            k = start = k + len(joiner)
            continue
        joiner = next((j for j in joiners if text.startswith(j, k)), None) if k < end else None
        stop = k >= end or text.startswith(stops, k) or COUNT.match(text, k) is not None  # (…和丙科三个科室: a count)
        if joiner is not None and k > start and (joiner == "、" or _unit_end(text, start, k, lex)) or stop:
            if not _unit_end(text, start, k, lex) or not 2 <= k - start <= 16 or text[start:k] in lex.stop_names:
                return out if stop and out else []
            out.append((start, k))
            if stop:
                return out
            k = start = k + len(joiner)
            continue
        k += 1
    return out


def _unit_end(text: str, s: int, e: int, lex) -> bool:
    """Whether ``text[s:e]`` ends in a body's suffix (also one that names bodies only before a title: 处)."""
    hit = lex.unit_suffix_at(text, e, s)
    return hit is not None and hit[1] in _BODY_SUFFIX_TYPES and len(hit[0]) < e - s


def _unit_type(name: str, parent_type: str, lex) -> str:
    """A unit is of its body's kind (a university's 处 is an Organization), a firm is a firm."""
    hit = lex.suffix_at(name, len(name))
    if hit is not None and hit[1] == "Company":
        return "Company"
    return parent_type if parent_type in ("Agency", "Organization") else (hit[1] if hit else "Organization")
