"""Builders: who builds, runs or is the main actor of a project (GUIDE §4 ``develops``).

``works_built``
    A school, hospital or centre a sentence says is being built (由甲局作为项目单位，乙公司承建) is a work there.
``develops_project``
    A Company named inside or just before a Project (``京东方项目``, ``奇瑞零部件产业园``), or before it and 的
    (``甲有限公司的乙项目``).
``develops_verb``
    A body, a building verb (``develops_verbs``: 建设, 承建, 提报 …, with particles and
    的), then the Project or a list of them (``X投资建设的Y``, ``X加快推进Y、Z``; where X builds may stand
    before the verb, develops_where_words: ``X在甲区投资建设的Y``); or ``Y由X承建``; bodies joined
    before the verb build together, an institute among them builds nothing.
``develops_by``
    A project the sentence opens with ``由`` (``P是由X旗下的Y代建，A、B承建的…项目``), or whose
    next clause does (``P总投资10亿元，由X建设``): every list of bodies with a building verb
    after 由 develops it (Y, A and B; a parent named before 旗下的 is not the builder).
``develops_unit``
    A body named as a project's builder, owner or operator by the word for that part
    (``develops_unit_nouns``: 建设单位, 施工单位, 运营方 …): ``P的建设单位为X、Y``, ``P施工单位：X``,
    ``X作为P的建设单位`` (a designer or supervisor, 设计单位 and 监理单位, builds nothing); the parts
    listed one after another (``P的设计单位为A，业主为B``) are told apart by their endings
    (``develops_unit_endings``: 单位, 方, 商 …).
``develops_unit_summary``
    A line closing a list of works (``以上3个项目实施单位均为X``): X develops the works the last three items open
    with (develops_summary_openers, develops_summary_all).
``develops_role``
    A clause after a project that opens (after 由 or not) with bodies and ends with their part in the
    building (``，乙公司承建``, ``，丙公司为施工总承包单位``, ``由甲公司作为项目业主负责投资、建设和运营``,
    ``A与B组成的联合体承担设计施工总承包``): each body develops the project (and funds it when its part is
    to invest); a supervisor or designer (负责监理) has no part in the building.  ``，工程由X负责建设`` (a bare
    kind word before 由: develops_role_openers) is about the work named before too.
``develops_parties``
    The word for both parties (``双方``, develops_party_words) after a signing: its builders develop the
    projects built right after it (``…签署协议。双方将共同建设P``, also past an investment and its amount:
    ``双方将共同投资8亿元建设P``).
``develops_through``
    A company acting through its subsidiary (``甲集团通过其全资子公司乙投资建设P``): parent and subsidiary
    fund and build what either is found to (develops_through_words, develops_through_adverbs).
``develops_visited``
    A work a visit to one firm looks at (``走进甲公司，察看P建设情况``: scope_words.tsv visit_to, visit) is the firm's.
``develops_named_work``
    A builder that builds nothing named in the sentence, its verb and 的, then words up to a word that
    ends a work (invested_project_suffixes): they name its work (``由甲公司投资建设的高性能复合材料项目``).
``develops_topic``
    A clause naming builders by their part and no work (``施工由X承担``, ``X、Y分别中标一标段和二标段施工总承包``,
    ``项目施工总承包单位为X``, ``X负责施工``): they build the work named last before it, in the sentence or, in a
    sentence naming none, in its paragraph (or before it, when the paragraph opens with the work's bare kind
    word: develops_topic_paragraph_words, 工程…, 新馆…).  A manner (develops_manner_pattern: 以EPC模式) may stand between a
    builder and its verb anywhere (``由X以EPC模式承建``).
``develops_signing``
    Parties signing an agreement on projects (``X与Y签订有关P和Q合作协议``, ``X和Y就P签约``,
    ``X与Y签约P``) develop them, as planned; where a firm signs with a government, the firm
    does (the government hosts the work).  What the agreement is on, when the recogniser named nothing
    there, is split into its projects (develops_signing_object_ends: …线, …段, …项目), a
    shortened one written out from the one before (``甲地铁2号线东延段和东调段`` →
    甲地铁2号线东调段); they become Project mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.lang import lexicon
from kg.lang.jieba_tables import is_word
from kg.lang.money import chinese_number, find_money
from kg.lang.lexicon import PHASE_NUMERALS, firm_core
from kg.nlp.entities.text_classes import TOWN_WRITTEN
from kg.nlp.relations.data import RelationData
from kg.nlp.relations.registry import ENUMERATED, Sentence, names_park, rule
from kg.records import Mention
from kg.schema import RELATIONS

__all__ = ["topic_clause_end", "topic_clauses", "work_from", "says_where"]

_DEVELOPERS = RELATIONS["develops"].domain
_SIGNING_PARTIES = (*_DEVELOPERS, "Place", "Organization")  # (a university signs, and builds nothing)
_CO_BUILDERS = (*_DEVELOPERS, "Organization")  # who may be written building together (an institute with a body)


#: a town written with its unit, the subject of a verb of building (甲镇实施P)
_TOWN = re.compile(TOWN_WRITTEN)
#: what a town spends, between it and the verb (甲镇 | 投资1300万元 | 实施P)
_TOWN_SPENDS = re.compile(r"^(?:投资|投入|筹资|整合资金)[\d.]+[万亿]?元")


def _frames(data: RelationData) -> tuple[re.Pattern, re.Pattern]:
    """What may stand between a developer and its project: particles, a verb, 的/了
    (``提报的``, ``正在加快建设``, ``投资建设的``); and after ``Y由X``, the verb."""
    verbs = data.alternation("develops_verbs")
    particles = data.alternation("develops_particles")
    manner = data["develops_manner_pattern"]
    return (re.compile(rf"(?:{particles})*(?:{verbs})+(?:的|了)?"),
            re.compile(rf"(?:{manner})?(?:{particles})*(?:{verbs})+"))  # (负责实施: two verbs in a row; 以EPC模式承建)


@rule("works_built", needs=("Organization",))
def works_built(sent: Sentence) -> None:
    """A school, hospital or centre (lexicon's work facilities) a sentence names no work beside and says is being
    built (运河实验学校位于…，由区教育和体育局作为项目单位，甲公司承建，总投资4.3亿元: works_built_markers after it) is a
    work in that sentence, so the rules of builders and money read it (GUIDE §2: typed by what its sentences do
    with it; resolution makes it one thing with the institution other sentences name)."""
    from kg.lang.lexicon import load

    text, mentions = sent.text, sent.mentions
    if any(mentions[i].type == "Project" for i in sent.idx):
        return
    markers = sent.data["works_built_markers"]
    lex = load()
    facilities = lex.work_facilities
    for i in sent.idx:
        m = mentions[i]
        if m.type == "Organization" and m.kind in ("name", "coref") and not sent.nested(i) \
                and m.name.endswith(facilities) and (any(text.find(w, m.end, sent.end) >= 0 for w in markers)
                                                     or _built_by(text, m.end, sent.end, lex.work_builds)):
            mentions[i] = replace(m, type="Project")
            sent.types.add("Project")


def _built_by(text: str, at: int, end: int, builds: tuple[str, ...]) -> bool:
    """Whether the clause from ``at`` says who builds what was named right before it: 由…建设 (学校由甲公司投资4.2
    亿元建设)."""
    if not text.startswith("由", at):
        return False
    stop = min((k for k in (text.find(c, at, end) for c in "，,。；;") if k >= 0), default=end)
    return any(text.find(b, at, stop) >= 0 for b in builds)


@rule("develops_project", needs=("Project",))
def develops_project(sent: Sentence) -> None:
    """A project named after a company the article names (``京东方项目``, ``奇瑞零部件产业园``)."""
    mentions, idx = sent.mentions, sent.idx
    if not any(mentions[j].type == "Project" for j in idx):
        return  # most sentences name no project: spare them the pass over the article's mentions
    companies: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.type == "Company" and m.kind != "coref":
            companies.setdefault(m.text, i)
    for j in idx:
        proj = mentions[j]
        if proj.type != "Project":
            continue
        for short, i in companies.items():
            if len(short) >= 2 and proj.text.startswith(short) and len(proj.text) > len(short):
                sent.add(i, "develops", j, "develops_project")
                break
            core = firm_core(short)
            if len(core) >= 2 and proj.text.startswith(core) and len(proj.text) > len(core) + 1 \
                    and not _place_opening(core) and not _everyday(core) and "项目" not in proj.text[:-2]:
                # (not a facility named after a project: 万洋众创城项目招商中心)
                sent.add(i, "develops", j, "develops_project")  # 东阿阿胶股份有限公司 … 东阿阿胶文化产业园
                break
        else:
            if names_park(proj) and (developer := next((i for short, i in companies.items()
                                                        if _park_developer(short, proj.text)), None)) is not None:
                sent.add(developer, "develops", j, "develops_project")  # 甲县乙产业园开发建设有限公司 … 乙新材料产业园
                continue
            brand = next((i for short, i in companies.items() if _brand_opens(short, proj.text)), None)
            if brand is not None and not proj.text.startswith(_place_stems(mentions)):
                # 上海启曜智能科技有限公司 … 启曜工业机器人华北生产基地项目: the firm's brand opens it (not a town's
                # name the page writes with its unit, 甲川镇, that the firm is named after too: 甲川灌区节水改造工程)
                sent.add(brand, "develops", j, "develops_project")
                continue
            firm = _firm_opening(proj.text)
            if firm:  # 京东方科技集团股份有限公司华北区域总部项目: the firm written in full opens the work's name
                i = sent.add_mention(Mention(proj.start, proj.start + len(firm), firm, "Company", firm,
                                             rule="develops_project"))
                sent.add(i, "develops", j, "develops_project")
                continue
            owner = next((i for i in idx if mentions[i].type == "Company" and not sent.nested(i) and (
                mentions[i].end == proj.start and sent.text[proj.start] == "“"
                or mentions[i].end + 1 == proj.start and sent.text[mentions[i].end] == "的"
                or mentions[i].end + 2 == proj.start and sent.text[mentions[i].end] in PHASE_NUMERALS
                and sent.text[mentions[i].end + 1] == "期")), None)
            if owner is not None and "项目" not in proj.text[:-2]:
                # 甲精密机械有限公司的精密轴承项目, 甲公司二期年产10万锭纺纱项目, 甲公司“乙技术研发”项目: the firm's
                # own work (not a facility named after a project)
                sent.add(owner, "develops", j, "develops_project")


def _place_stems(mentions) -> tuple[str, ...]:
    """The names of the places the article names with a one-character unit, without it (甲川镇 → 甲川)."""
    return tuple(m.text[:-1] for m in mentions if m.type == "Place" and len(m.text) >= 3 and m.text[-1] in "镇乡村")


def _brand_opens(firm: str, work: str) -> bool:
    """Whether a work's name opens with the brand of a firm named in full with its legal form: the two
    characters after the places the firm's name opens with (上海 | 启曜智能科技有限公司 → 启曜), no word jieba
    knows (not 智能, 新能) and no place, then more of the work's own name."""
    from kg.lang.gazetteer import Gazetteer

    core = firm_core(firm)
    if core == firm:
        return False  # no legal form: no full name
    gaz = Gazetteer.load()
    index = gaz.place_names()
    at = 0
    while (hit := next((h for h in index.find(core[at:]) if h[0] == 0), None)) is not None:
        at += hit[1]
    brand = core[at : at + 2]
    # (a division's short name of any level is no brand: 成都 | 郫都城乡发展建设集团, 尼山 of 尼山镇)
    return len(brand) == 2 and len(core) - at > 2 and work.startswith(brand) and len(work) > 4 \
        and not is_word(brand) and not gaz.lookup(brand) \
        and not any(gaz.lookup(work[:k]) for k in range(len(brand) + 1, 6))  # (绥芬 | 河市…: a place opens the work)


def _park_developer(firm: str, park: str) -> bool:
    """Whether a firm is named as the developer of a park (甲县 | 乙 | 产业园 | 开发建设 | 有限公司) whose name opens with
    the same name after the firm's places (乙新材料产业园): the park's word, then what the firm does to it (开发, 建设,
    运营 …: relation_patterns develops_park_firm_words), ends the firm's name before its legal form — even where a town
    of the page has that name too (乙镇), which keeps other firms named after a town from its works."""
    from kg.lang.gazetteer import Gazetteer
    from kg.nlp.relations.data import RelationData

    lex = lexicon.load()
    core = firm_core(firm)
    doing = next((w for w in RelationData.load()["develops_park_firm_words"] if core.endswith(w)), None)
    if doing is None:
        return False
    kind = next((w for w in sorted(lex.work_parks, key=len, reverse=True) if core.endswith(w, 0, len(core) - len(doing))), None)
    if kind is None:
        return False
    stem = core[: len(core) - len(doing) - len(kind)]
    index, at = Gazetteer.load().place_names(), 0
    while (hit := next((h for h in index.find(stem[at:]) if h[0] == 0), None)) is not None:
        at += hit[1]  # (past the places the firm's name opens with: 广饶县 | 乙)
    return len(stem) - at >= 2 and park.startswith(stem[at:]) and len(park) > len(stem) - at


def _everyday(word: str) -> bool:
    """Whether a firm's brand is a national word (中国) or one jieba counts as everyday (发展 of 发展集团)."""
    from kg.lang.jieba_tables import tables
    from kg.lang.lexicon import load
    from kg.nlp.entities.text_classes import EVERYDAY_FREQ

    return word in load().national_prefixes or tables()[1].get(word, 0) >= EVERYDAY_FREQ


def _place_opening(core: str) -> bool:
    """Whether a firm's brand is only a place's name (青岛港 of 青岛港集团: 青岛港… works are no firm's)."""
    from kg.lang.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    return any(gaz.lookup(core[:k]) for k in (len(core), len(core) - 1))


def _firm_opening(name: str) -> str | None:
    """The firm's name a work's name opens with, ending in a firm's suffix of two characters or more
    (有限公司, 集团) and leaving a name of the work's own of three characters or more; else None.  (Wider than
    :func:`kg.lang.lexicon.firm_opening`, which resolution's alias needs: a legal form, so no 甲集团 | 乙项目.)"""
    from kg.lang.lexicon import load

    lex = load()
    for k in range(len(name) - 3, 3, -1):
        hit = lex.suffix_at(name, k)
        if hit is not None and hit[1] == "Company" and len(hit[0]) >= 2 and k > len(hit[0]) + 1:
            return name[:k]
    return None


@rule("develops_verb", needs=("Project",))
def develops_verb(sent: Sentence) -> None:
    """``X提报的Y``, ``X投资建设Y、Z``, ``Y由X承建``: the body X builds, runs or puts forward
    the project Y written right after (or before, with 由) the verb; the work's money may stand between the
    verb and 的 (``由X组织实施、总投资2.3亿元的Y``: develops_money_after_pattern)."""
    data, text, mentions, idx = sent.data, sent.text, sent.mentions, sent.idx
    if not any(mentions[j].type == "Project" for j in idx):
        return  # both frames relate a project: spare the nesting tests of every mention
    verb_gap, passive_gap = data.regex("develops_frames", _frames)
    money_after = data.regex("develops_money_after", lambda d: re.compile(d["develops_money_after_pattern"]))
    order = sorted((i for i in idx if not sent.nested(i)), key=lambda i: mentions[i].start)
    joiners = data["develops_list_joiners"]
    for k, (a, b) in enumerate(zip(order, order[1:])):
        x, y = mentions[a], mentions[b]
        gap = text[x.end:y.start]
        if y.type == "Place" and k + 2 < len(order) and mentions[order[k + 2]].type == "Project" \
                and mentions[order[k + 2]].start == y.end:
            b, y = order[k + 2], mentions[order[k + 2]]  # X承建的日照港 | 岚山港区…工程: a place opens the work's name
        elif y.type == "Place" and gap in data["develops_where_words"] and (w := _past_listed_places(sent, order, k + 1)) \
                < len(order) and mentions[order[w]].type == "Project":
            # X在成都高新区 | 投资建设的P, X在甲街道、乙街道 | 实施P: where X builds, between X and its verb
            b, y = order[w], mentions[order[w]]
            gap = text[mentions[order[w - 1]].end:y.start]
        if x.type == "Place" and y.type == "Project" and _TOWN.fullmatch(x.name) \
                and verb_gap.fullmatch(_TOWN_SPENDS.sub("", gap, count=1)):
            sent.add(b, "locatedIn", a, "develops_verb")  # 甲镇(投资1300万元)实施P: a town builds nothing (GUIDE §4),
            continue  # but the work it carries out is in it
        if x.type in _CO_BUILDERS and y.type == "Project" and gap.endswith("的"):
            gap = money_after.sub("", gap)  # 由甲局组织实施、总投资2.3亿元的P: the work's money, between the verb and 的
        if x.type in _CO_BUILDERS and y.type == "Project" and (verb_gap.fullmatch(gap) or gap[:1] in "，," and (
                verb_gap.fullmatch(gap, 1) and text.endswith(tuple(data["develops_attracting_verbs"]), 0, x.start))):
            # (将引进甲公司，建设P: the firm brought in is who builds the work of the next clause)
            body, projects = a, [b]
            k = order.index(b)
            while k + 1 < len(order) and mentions[order[k + 1]].type == "Project" and \
                    text[mentions[order[k]].end:mentions[order[k + 1]].start] in joiners:
                k += 1
                projects.append(order[k])
        elif x.type == "Project" and y.type in _DEVELOPERS and gap in data["develops_passive_markers"]:
            rest = text[y.end:y.end + 12]
            if not passive_gap.match(rest):
                continue
            body, projects = b, [a]
        else:
            continue
        bodies = [body]
        if body == a:  # 甲公司与乙集团合作建设P: the bodies joined before the verb build it together (of
            # 甲管理局与乙研究所共建的P, the one that may develop: an institute builds nothing, GUIDE §4)
            bodies = _builders(mentions, sent.chain_before(x.end, _CO_BUILDERS) or [body])
            if gap.endswith("的"):
                listed = _roles_before(sent, x.start, verb_gap)
                bodies += _builders(mentions, listed)
                for i in listed:  # 由甲公司投资、乙公司承建的P: the part of paying for it (funds too)
                    if any(text.startswith(w + "、", mentions[i].end) for w in data["develops_paying_parts"]):
                        for j in projects:
                            sent.add(i, "funds", j, "develops_verb")
            bodies += _builders(mentions, _leader_before(sent, mentions[bodies[0]].start if bodies else x.start))
        for i in bodies:
            for j in projects:
                sent.add(i, "develops", j, "develops_verb")


def _leader_before(sent: Sentence, pos: int) -> list[int]:
    """The bodies of a clause 由甲牵头 right before the joiner at ``pos`` (由甲局牵头，与 | 乙公司合作建设P): they lead the
    building, so they build too."""
    text, data = sent.text, sent.data
    joiner = next((j for j in data.longest_first("develops_lead_joiners") if text.endswith(j, 0, pos)), None)
    if joiner is None:
        return []
    at = pos - len(joiner)
    at -= text[at - 1 : at] in "，,"
    lead = next((w for w in data.longest_first("develops_lead_words") if text.endswith(w, 0, at)), None)
    if lead is None:
        return []
    chain = sent.chain_before(at - len(lead), _CO_BUILDERS)
    return chain if chain and text[sent.mentions[chain[0]].start - 1 : sent.mentions[chain[0]].start] == "由" else []


def _past_listed_places(sent: Sentence, order: list[int], k: int) -> int:
    """The position in ``order`` right after the place at ``k`` and the places listed after it (甲街道、乙街道)."""
    mentions, text = sent.mentions, sent.text
    joiners = sent.data["develops_list_joiners"]
    k += 1
    while k < len(order) and mentions[order[k]].type == "Place" \
            and text[mentions[order[k - 1]].end : mentions[order[k]].start] in joiners:
        k += 1
    return k


def _roles_before(sent: Sentence, pos: int, verb_gap: re.Pattern) -> list[int]:
    """The builders listed with their parts before the one at ``pos`` in a relative clause
    (``由甲公司投资建设、乙公司施工总承包的P``: 甲 before 乙; ``由甲局作为业主、乙公司承建的P``: a builder's part as
    its role, develops_unit_as and develops_unit_nouns), nearest last."""
    text, mentions = sent.text, sent.mentions
    role = sent.data.regex("develops_role", _role_clause)
    ends = {mentions[i].end: i for i in sent.idx if mentions[i].type in _CO_BUILDERS and not sent.nested(i)}
    out: list[int] = []
    while text[pos - 1 : pos] == "、":
        found = next((i for end, i in ends.items() if end < pos - 1 and (
            verb_gap.fullmatch(text, end, pos - 1) or (r := role.fullmatch(text, end, pos - 1)) and r.group("part"))), None)
        if found is None:
            break
        out.insert(0, found)
        pos = mentions[found].start
    return out


@rule("develops_named_work", needs=_DEVELOPERS)
def develops_named_work(sent: Sentence) -> None:
    """``由X投资建设的高性能复合材料项目``, ``X承建的P``: the words after a builder, its verb and 的, up to the
    first word that ends a work (invested_project_suffixes), name the builder's work when no rule named it
    (what it makes names it: the firm's, not a kind of work of every place)."""
    text, mentions = sent.text, sent.mentions
    verb_gap, _ = sent.data.regex("develops_frames", _frames)
    building = {f[0] for f in sent.found if f[1] == "develops"}  # (P是由X承建的安置住房项目: X builds P, named)
    for i in [i for i in sent.idx if mentions[i].type in _DEVELOPERS and not sent.nested(i) and i not in building]:
        verb = verb_gap.match(text, mentions[i].end, sent.end)
        if verb is None or not verb.group().endswith("的"):
            continue
        work = work_from(sent, verb.end())
        if work is not None:
            for builder in _builders(mentions, sent.chain_before(mentions[i].end, _CO_BUILDERS) or [i]):
                sent.add(builder, "develops", work, "develops_named_work")


#: how far before a sentence naming no work the work its builders build may be named (in its paragraph)
_TOPIC_REACH = 300


@rule("develops_topic", needs=_DEVELOPERS)
def develops_topic(sent: Sentence) -> None:
    """A clause naming builders by their part with no work of its own (``施工由X承担``, ``X、Y分别中标一标段和二标段
    施工总承包``, ``项目施工总承包单位为X``, ``X负责施工``): they build the work named last before the clause, in
    the sentence or, in a sentence naming none, before it in its paragraph."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    # (a builder must start where the rule reads one: the chains are looked for only there)
    builders_at = {mentions[i].start for i in sent.idx if mentions[i].type in _DEVELOPERS}
    role = data.regex("develops_role", _role_clause)
    part = data.regex("develops_unit_part", _unit_part)
    opener, by_part, won = data.regex("develops_topic", _topic_words)
    doers = tuple(data.longest_first("develops_topic_doers"))
    nouns = frozenset(data["develops_unit_nouns"])
    manner = data.regex("develops_manner", lambda d: re.compile(d["develops_manner_pattern"]))
    stops = data.regex("clause_stops_class", lambda d: re.compile("[" + re.escape("".join(d["clause_stops"])) + "]"))
    found = {(f[0], f[2]) for f in sent.found if f[1] == "develops"}
    breaks = [m.start() for m in stops.finditer(text, sent.start, sent.end)]
    starts = [sent.start] + [k + 1 for k in breaks if text[k] in "，,；;"]
    agents = data.longest_first("develops_role_openers")
    for start in starts:
        end = next((k for k in breaks if k >= start), sent.end)
        at = opened.end() if (opened := opener.match(text, start)) else start
        agent = next((w for w in agents if text.startswith(w, at)), "")
        if agent and at + len(agent) in builders_at:
            at += len(agent)  # 由X作为项目业主: the builders after the agent's 由
        builders: list[int] = []
        if (by := by_part.match(text, at)) is not None:
            chain = sent.chain_after(by.end(), _DEVELOPERS) if by.end() in builders_at else []  # 施工由X承担
            pos = mentions[chain[-1]].end if chain else end
            pos = way.end() if (way := manner.match(text, pos, end)) else pos
            if chain and text.startswith(doers, pos):
                builders = chain
        elif (unit := part.match(text, at, end)) is not None and unit.group("noun") in nouns:
            if unit.end() in builders_at:
                builders = sent.chain_after(unit.end(), _DEVELOPERS)  # 施工总承包单位为X
        elif at in builders_at and (chain := sent.chain_after(at, _DEVELOPERS)):
            pos = mentions[chain[-1]].end
            if (bid := won.match(text, pos)) is not None:  # X、Y分别中标一标段和二标段施工总承包
                if any(w in text[bid.end() : end] for w in data["develops_topic_won_parts"]):
                    builders = chain
            elif (does := role.match(text, pos, end)) is not None and does.group("part") and does.end() == end:
                builders = chain  # X负责施工
        if not builders:
            continue
        work = _topic_work(sent, start)
        for i in builders:
            if work is not None and (i, work) not in found:
                sent.add(i, "develops", work, "develops_topic")
                found.add((i, work))


def _topic_words(data: RelationData) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What may open a builders' clause (项目, 该工程), a part and 由 (施工由), a verb of winning a bid (分别中标)."""
    return (re.compile(data.alternation("develops_topic_openers")),
            re.compile(f"(?:{data.alternation('develops_topic_parts')})由"),
            re.compile(data.alternation("develops_topic_won")))


def _topic_work(sent: Sentence, pos: int) -> int | None:
    """The work named last before ``pos``: in the sentence, or (when the sentence names none) before the
    sentence in its paragraph, near."""
    text, mentions = sent.text, sent.mentions
    inside = [j for j in sent.idx if mentions[j].type == "Project" and not sent.nested(j)]
    if inside:
        # (该项目位于甲产业园，…，X总承包: the work, not the park where it is)
        before = [j for j in inside if mentions[j].end <= pos and not says_where(sent, j)]
        return _topic_over_parts(sent, before) if before else None  # (not a part listed after 主要建设)
    paragraph = text.rfind("\n", 0, sent.start) + 1
    # a paragraph opening with a work's bare kind word (工程土建共划分为5个标段, 新馆坐落于…) goes on about the work
    # named last before it, in an earlier paragraph too
    carried = text.startswith(tuple(sent.data["develops_topic_paragraph_words"]), paragraph)
    reach = _TOPIC_REACH * (3 if carried else 1)
    before = [i for i, m in enumerate(mentions) if m.type == "Project" and m.end <= sent.start
              and sent.start - m.end <= reach and (m.end >= paragraph or carried)]
    if not before:
        return None
    last = max(before, key=lambda i: mentions[i].end)
    if any(mentions[k].start <= mentions[last].start and mentions[last].end <= mentions[k].end
           and mentions[k].end - mentions[k].start > mentions[last].end - mentions[last].start for k in before):
        return None  # (a work inside a longer one's name)
    return last


def work_from(sent: Sentence, start: int, joined: bool = False) -> int | None:
    """A work named from ``start`` to the first word that ends a work (基地, 项目; 基地项目 whole): at least
    five characters before it (what is made: 高性能复合材料, 年产10万吨新能源材料; not 城市道路 of 城市道路工程, a
    kind), sixteen in all (twenty when ``joined``), no punctuation or list word, no mention inside but places; the
    new mention's index.  With ``joined`` (the money and the building verb before it say one work is built), 及
    between two things it makes is part of the name (中央厨房及预制菜产业园项目)."""
    text, data, mentions = sent.text, sent.data, sent.mentions
    suffixes = data.longest_first("invested_project_suffixes")
    end = None
    for k in range(start, min(sent.end, start + (20 if joined else 16))):
        if not ("\u4e00" <= text[k] <= "\u9fff" or text[k].isascii() and text[k].isalnum()) or text[k] in "和与等" \
                or text[k] == "及" and not (joined and k > start and not any(text.endswith(w, start, k) for w in suffixes)):
            return None
        hit = next((w for w in suffixes if text.startswith(w, k)), None) if k - start >= 5 else None
        if hit is not None:
            end = k + len(hit)
            while (more := next((w for w in suffixes if text.startswith(w, end)), None)) is not None:
                end += len(more)  # 中试基地 | 项目
            break
    if end is None or re.compile(data["generic_object_pattern"]).match(text, start, end) \
            or any(mentions[j].start < end and start < mentions[j].end and mentions[j].type != "Place" for j in sent.idx):
        return None
    name = text[start:end]
    return sent.add_mention(Mention(start, end, name, "Project", name, rule="develops_named_work"))


def _verb_after(sent: Sentence, pos: int) -> re.Match | None:
    """The building verb (with particles) written at ``pos``."""
    _, passive_gap = sent.data.regex("develops_frames", _frames)
    return passive_gap.match(sent.text, pos)


@rule("develops_by", needs=("Project",))
def develops_by(sent: Sentence) -> None:
    """``P是由X旗下的Y代建，A、B承建的…项目``: Y, A and B develop P."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    projects = [j for j in sent.idx if mentions[j].type == "Project" and not sent.nested(j)]
    if not projects:
        return
    stops = set("。；;！？!?")
    subsidiary = data.longest_first("develops_subsidiary_words")
    for j in projects:
        if says_where(sent, j):
            continue  # (P位于甲产业园，由X投资建设: X builds P, not the park)
        at = topic_clause_end(sent, j)
        marker = next((w for w in data.longest_first("develops_passive_markers") if text.startswith(w, at)), None)
        if marker is None:
            continue
        pos = at + len(marker)
        owner = next((w for w in data.longest_first("develops_owner_words") if text.startswith(w, pos)), "")
        if owner and (word := next((w for w in subsidiary if text.startswith(w, pos + len(owner))), None)):
            pos += len(owner) + len(word)  # 由集团全资子公司Y投资建设: the group named by its kind word, then Y
        elif text.startswith(tuple(data["develops_owner_pronouns"]), pos):
            pos = _past_own_subsidiary(sent, pos, subsidiary)  # 由其（在甲县注册成立的）全资子公司Y负责建设运营
        else:
            pos = _past_unnamed_owner(sent, pos, subsidiary)  # 由天源储能集团控股子公司Y投资建设
        while pos < sent.end and text[pos] not in stops:
            chain = sent.chain_after(pos, _DEVELOPERS)
            if not chain:
                break
            end = mentions[chain[-1]].end
            word = next((w for w in subsidiary if text.startswith(w, end)), None)
            if word is not None:  # X旗下的Y: Y builds
                pos = end + len(word)
                continue
            verb = _verb_after(sent, end)
            if verb is None:
                # 由甲局争取资金支持，由乙公司负责运营: what the first does is no building; the next 由 clause may name the builder
                again = text.find("，由", end, sent.end)
                if again < 0:
                    break
                pos = again + 2
                continue
            if _project_right_after(sent, verb.end()) is None:
                for i in chain:
                    sent.add(i, "develops", j, "develops_by")
            pos = verb.end()
            while pos < sent.end and text[pos] in "的了":
                pos += 1
            if pos < sent.end and text[pos] in "，,、":
                pos += 1  # …代建，A、B承建的: the next list of builders
                # (…负责建设，建成后委托B运营: who runs it, entrusted by the builder, develops it too)
                pos += len(next((w for w in data.longest_first("develops_entrust_words") if text.startswith(w, pos)), ""))
            elif not sent.chain_after(pos, _DEVELOPERS):
                break


#: how far the subsidiary word may stand after the owner's pronoun (其在甲县注册成立的全资子公司)
_OWNER_REACH = 14


def _past_unnamed_owner(sent: Sentence, pos: int, subsidiary: list[str]) -> int:
    """Past an owner the recogniser did not name, written at ``pos`` with a firm's suffix (天源储能集团), and the
    subsidiary word after it: where the subsidiary's name starts; else ``pos``."""
    text, lex = sent.text, lexicon.load()
    if any(sent.mentions[i].start == pos for i in sent.idx):
        return pos  # (a named owner: the chain of bodies reads it)
    for k in range(pos + 2, min(sent.end, pos + _OWNER_REACH)):
        if text[k] in "，,。；;！？!?、":
            break
        word = next((w for w in subsidiary if text.startswith(w, k)), None)
        if word is not None:
            hit = lex.suffix_at(text, k)
            return k + len(word) if hit is not None and hit[1] == "Company" else pos
    return pos


def _past_own_subsidiary(sent: Sentence, pos: int, subsidiary: list[str]) -> int:
    """Past the owner's pronoun at ``pos``, the words in its clause that describe the subsidiary, and the subsidiary
    word (其 | 在甲县注册成立的 | 全资子公司 | Y: the firm named before owns Y, which builds), else ``pos``."""
    text = sent.text
    for k in range(pos + 1, min(sent.end, pos + _OWNER_REACH)):
        if text[k] in "，,。；;！？!?、":
            break
        word = next((w for w in subsidiary if text.startswith(w, k)), None)
        if word is not None:
            return k + len(word)
    return pos


#: how many clauses about a project may stand between it and the 由 that names its builder
_TOPIC_CLAUSES = 6


def topic_clause_end(sent: Sentence, j: int) -> int:
    """Where what is said of project ``j`` goes on: right after it, or after the clauses that follow it
    (``P总投资10亿元，由X建设``, ``P位于Y，总建筑面积…，总投资…，由X代建``: P is the topic, 由 opens a later
    clause) when those clauses name no other mention but places and 由 opens the one after them; else right
    after the mention."""
    markers = sent.data.longest_first("develops_passive_markers")
    starts = topic_clauses(sent, j, _TOPIC_CLAUSES)
    return next((at for at in starts[1:] if sent.text.startswith(markers, at)), starts[0])


def topic_clauses(sent: Sentence, j: int, most: int = 3) -> list[int]:
    """Where what is said of project ``j`` may go on: right after it, then at the start of each of the
    next ``most`` clauses while the clauses between, each within 30 characters, name no mention but
    places (P总投资5.6亿元，| 获得…)."""
    text, mentions = sent.text, sent.mentions
    at = mentions[j].end
    starts = [at]
    for _ in range(most):
        comma = next((k for k in range(at, min(sent.end, at + 30)) if text[k] in "，,"), None)
        if comma is None or any(c in text[at:comma] for c in "。；;！？!?") \
                or any(at <= mentions[i].start < comma for i in sent.idx if i != j and not says_where(sent, i)):
            break
        at = comma + 1
        starts.append(at)
    return starts


def says_where(sent: Sentence, i: int) -> bool:
    """Whether mention ``i`` says where: a place, or a park written after a word saying where something is
    (P位于 | 甲产业园: the park is where P is, not what the clause is about)."""
    m = sent.mentions[i]
    return m.type == "Place" or m.type == "Project" and names_park(m) \
        and sent.text.endswith(tuple(sent.data["located_copula"]), sent.start, m.start)


def _project_right_after(sent: Sentence, pos: int) -> int | None:
    text, mentions = sent.text, sent.mentions
    while pos < sent.end and text[pos] in "的了":
        pos += 1
    return next((i for i in sent.idx if mentions[i].start == pos and mentions[i].type == "Project"), None)


@rule("develops_unit", needs=("Project",))
def develops_unit(sent: Sentence) -> None:
    """``P的建设单位为X、Y``, ``P施工单位：X``, ``P，施工单位为X``, ``X作为P的建设单位``, and in a later clause of the
    sentence's one work (``项目位于甲镇，建设单位为X``): X (and Y) develop P; the parts of a
    project listed one after another (``P的设计单位为A，施工单位为B``) each name theirs, and only the
    building, owning and running parts develop it."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    nouns = frozenset(data["develops_unit_nouns"])
    if not any(text.find(n, sent.start, sent.end) >= 0 for n in nouns):
        return
    part = data.regex("develops_unit_part", _unit_part)
    as_words = data.longest_first("develops_unit_as")
    works = [j for j in sent.idx if mentions[j].type == "Project" and not sent.nested(j)]
    for j in works:
        p = mentions[j]
        pos = p.end + (text.startswith("的", p.end))
        if text[pos : pos + 1] in ("，", ",") and (after := part.match(text, pos + 1, sent.end)) is not None \
                and after.group("noun") in nouns:
            pos += 1  # 甲投入1亿元建设P，施工单位为乙: the part in the clause right after the work
        elif len(works) == 1 and ((now := part.match(text, pos, sent.end)) is None or now.group("noun") not in nouns) \
                and (later := _unit_clause_after(sent, part, nouns, pos)) is not None:
            pos = later  # 项目位于甲镇，建设单位为乙局: the sentence's one work, its part in a later clause
        first = True
        while (m := part.match(text, pos, sent.end)) is not None:
            chain = sent.chain_after(m.end(), _DEVELOPERS) or _unit_named_after(sent, m.end())  # P的建设单位为X、Y
            if first and m.group("noun") in nouns:
                before = next((w for w in as_words if text.endswith(w, sent.start, p.start)), None)
                if before is not None:  # X作为P的建设单位
                    chain = chain + sent.chain_before(p.start - len(before), _DEVELOPERS)
            if m.group("noun") in nouns:
                for i in chain:
                    sent.add(i, "develops", j, "develops_unit")
            if not chain or mentions[chain[0]].start != m.end():
                break
            pos = max(mentions[i].end for i in chain if mentions[i].start >= m.end())
            if pos >= sent.end or text[pos] not in "，,；;":
                break
            pos, first = pos + 1, False  # …，施工单位为B: the next part of the same project


@rule("develops_unit_summary", needs=_DEVELOPERS)
def develops_unit_summary(sent: Sentence) -> None:
    """``以上3个项目实施单位均为X`` after a list whose items each open with a work (7.甲口袋公园，安排420万元；): X
    develops the works of the last three items (develops_summary_openers, develops_unit_nouns, develops_summary_all).
    The count must be written, and as many items must open with a work, or nothing is said."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    summary = data.regex("develops_unit_summary", lambda d: re.compile(
        f"(?:{d.alternation('develops_summary_openers')})(?P<count>[0-9一二三四五六七八九十两]+)个?(?:项目|工程)的?"
        f"(?:{d.alternation('develops_unit_nouns')})(?:{d.alternation('develops_summary_all')})?(?:为|是|：|:)"))
    m = summary.match(text, sent.start, sent.end)
    if m is None:
        return
    written = m.group("count")
    count = int(written) if written.isdigit() else chinese_number(written)
    if count is None or count < 1:
        return
    chain = sent.chain_after(m.end(), _DEVELOPERS)
    items = sorted((k for k, w in enumerate(mentions) if w.type == "Project" and w.kind == "name" and w.end <= sent.start
                    and (opening := ENUMERATED.match(text, text.rfind("\n", 0, w.start) + 1)) is not None
                    and opening.end() == w.start), key=lambda k: mentions[k].start)
    if not chain or len(items) < count:
        return
    for k in items[-count:]:
        for i in chain:
            sent.add(i, "develops", k, "develops_unit_summary")


@rule("develops_role", needs=_DEVELOPERS)
def develops_role(sent: Sentence) -> None:
    """``P由X投资建设，Y承建``, ``P…，Y为施工总承包单位``, ``由X作为项目业主负责投资、建设和运营，Y担任EPC
    总承包单位``: a clause that opens (after 由 or not) with a list of bodies and ends with their part in the
    building (develops_role_verbs, after a doer word: 负责施工; or a unit noun: 为建设单位) is about the last
    project named before it in the sentence (and those listed with it: 启动P和Q，X作为实施主体), which each body develops (and funds, when its part is paying:
    develops_role_paying).  A designer or supervisor (负责监理) has no building part."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    projects = [j for j in sent.idx if mentions[j].type == "Project" and not sent.nested(j) and not says_where(sent, j)]
    if not projects:
        return
    role = data.regex("develops_role", _role_clause)
    openers = data.longest_first("develops_role_openers")
    stops = frozenset(data["clause_stops"])
    paying = tuple(data["develops_role_paying"])
    found = {(f[0], f[1], f[2]) for f in sent.found}
    starts = sorted({mentions[j].end for j in projects}
                    | {k + 1 for k in range(sent.start, sent.end) if text[k] in "，,"})
    for start in starts:
        before = [j for j in projects if mentions[j].end <= start]
        if not before:
            continue
        opener = next((w for w in openers if text.startswith(w, start)), "")
        if not opener and start in {mentions[j].end for j in projects}:
            continue  # right after a project, only 由 opens its builders' clause
        parts = _role_parts(sent, role, start + len(opener))
        if not parts or (parts[-1][1].end() < sent.end and text[parts[-1][1].end()] not in stops):
            continue
        project = _topic_over_parts(sent, before)
        # (启动P和Q，…，X作为实施主体: the works named together, each)
        works = sent.chain_before(mentions[project].end, ("Project",)) if project == max(
            before, key=lambda j: mentions[j].end) else []
        for chain, part in parts:
            pays = any(w in part.group("part") for w in paying)
            for i in chain:
                for work in works or [project]:
                    if (i, "develops", work) not in found:
                        sent.add(i, "develops", work, "develops_role")
                    if pays and (i, "funds", work) not in found:
                        sent.add(i, "funds", work, "develops_role")


def _role_parts(sent: Sentence, role: re.Pattern, pos: int) -> list[tuple[list[int], re.Match]]:
    """The bodies written from ``pos`` with their part (甲公司投资建设), and each further list of bodies with its own
    part after a 、 (由甲局作为项目业主、乙公司承建)."""
    text, out = sent.text, []
    while True:
        chain = sent.chain_after(pos, _DEVELOPERS)
        if not chain:
            return out
        part = role.match(text, _past_short_name(sent, sent.mentions[chain[-1]].end), sent.end)
        if part is None or not part.group("part"):
            return out
        out.append((chain, part))
        if text[part.end() : part.end() + 1] != "、":
            return out
        pos = part.end() + 1


def _past_short_name(sent: Sentence, end: int) -> int:
    """Past a name in brackets right after a body's (甲城市建设投资集团有限公司 | （区城投集团）| 代建): its short name."""
    text = sent.text
    close = {"（": "）", "(": ")"}.get(text[end : end + 1])
    if close is None:
        return end
    shut = text.find(close, end, min(sent.end, end + 20))
    named = shut > 0 and any(sent.mentions[i].start == end + 1 and sent.mentions[i].end == shut for i in sent.idx)
    return shut + 1 if named else end


def _topic_over_parts(sent: Sentence, before: list[int]) -> int:
    """The project named last of ``before``, unless it is a part the work the sentence opens with is built of
    (该工程…，主要建设甲区、乙场和丙交易中心，由X作为项目业主: X's work is the one the sentence is about)."""
    text, mentions = sent.text, sent.mentions
    last = max(before, key=lambda j: mentions[j].end)
    first = min(before, key=lambda j: mentions[j].start)
    clause = max((text.rfind(c, sent.start, mentions[last].start) for c in "，,"), default=-1) + 1
    if first != last and mentions[first].end <= clause and text.startswith(tuple(sent.data["develops_parts_openers"]), clause):
        return first
    return last


def _role_clause(data: RelationData) -> re.Pattern:
    """What follows the bodies of a builders' clause: a consortium word (组成的联合体), then ``作为项目业主``,
    a doer (负责, 担任, 为) and the part (投资、建设和运营; EPC总承包) with a unit's ending, or a unit noun."""
    groups = data.alternation("develops_role_groups")
    as_words = data.alternation("develops_unit_as")
    units = data.alternation("develops_unit_nouns")
    doers = data.alternation("develops_role_doers")
    verbs = data.alternation("develops_role_verbs")
    endings = data.alternation("develops_unit_endings")
    manner = data["develops_manner_pattern"]
    return re.compile(rf"(?:{groups})?(?:{manner})?(?P<part>(?:(?:{as_words})(?:项目)?(?:{units}))?(?:(?:{doers})?(?:项目)?[A-Z]{{0,4}}"
                      rf"(?:{verbs})(?:(?:[、和及与]|以及)(?:{verbs}))*(?:{endings})?)?)")


def _unit_named_after(sent: Sentence, pos: int) -> list[int]:
    """A body named after a part of a project that no rule named (建设单位为 | 莱阳市公路事业发展中心，): a place
    opening the clause at ``pos``, the words to the clause's end ending in a body's suffix; as a new mention."""
    from kg.lang.lexicon import load

    text, mentions = sent.text, sent.mentions
    if not any(mentions[i].start == pos and mentions[i].type == "Place" for i in sent.idx):
        return []
    end = min((k for k in (text.find(c, pos, sent.end) for c in "，,；;。") if k >= 0), default=sent.end)
    hit = load().unit_suffix_at(text, end, pos)
    if hit is None or hit[1] not in _DEVELOPERS or end - pos > 20 or end - pos <= len(hit[0]) + 2:
        return []
    return [sent.add_mention(Mention(pos, end, text[pos:end], hit[1], text[pos:end], rule="develops_unit"))]


def _unit_clause_after(sent: Sentence, part: re.Pattern, nouns: frozenset[str], pos: int) -> int | None:
    """Where a clause after ``pos`` opens with a part of a project and its copula (…，建设单位为乙局), if one does."""
    text = sent.text
    for k in range(pos, sent.end):
        if text[k] in "，,；;" and (m := part.match(text, k + 1, sent.end)) is not None and m.group("noun") in nouns \
                and m.end() > m.end("noun"):
            return k + 1
    return None


def _unit_part(data: RelationData) -> re.Pattern:
    """A part of a project and the copula after it (``建设单位为``, ``设计单位：``, ``承建方是``)."""
    endings = data.alternation("develops_unit_endings")
    copulas = data.alternation("develops_unit_copulas")
    return re.compile(rf"(?P<noun>[\u4e00-\u9fff]{{0,6}}?(?:{endings}))(?:{copulas})?")


@rule("develops_signing", needs=("Company", "Agency"))
def develops_signing(sent: Sentence) -> None:
    """``X与Y签订有关P和Q合作协议``, ``X和Y就P签订协议``, ``X与Y签约P``: X and Y develop P and Q (planned);
    of a firm and a government that sign, the firm (the government hosts the work)."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    verbs = [v for v in data.longest_first("develops_signing_verbs") if text.find(v, sent.start, sent.end) >= 0]
    adverbs = data.longest_first("develops_signing_adverbs")
    objects = data.longest_first("develops_signing_objects")
    stops = set(data["clause_stops"]) - {"，", ","}
    for verb in verbs:
        at = text.find(verb, sent.start, sent.end)
        while at >= 0:
            start = at
            while True:  # 正式签订, 共同签署
                adv = next((a for a in adverbs if text.startswith(a, start - len(a))), None)
                if adv is None:
                    break
                start -= len(adv)
            about: list[int] = []
            jiu = text.rfind("就", sent.start, start)
            # a place signs as its government does (甲公司与浮来山街道签约): a party, never the builder
            place = next((i for i in sent.idx if mentions[i].end == start and mentions[i].type == "Place"
                          and text[mentions[i].start - 1 : mentions[i].start] == "在"), None)
            if place is not None:  # 甲市人民政府与乙公司 | 在甲市 | 签署: where they sign is no party
                start = mentions[place].start - 1
            parties = sent.chain_before(start, _SIGNING_PARTIES) or _parties_of_agreement(sent, start)
            if all(mentions[i].type == "Place" for i in parties):
                parties = []
            if not parties and jiu >= 0:  # X和Y就P签订: the projects between 就 and the verb
                parties = sent.chain_before(jiu, _DEVELOPERS)
                about = [i for i in sent.idx if mentions[i].type == "Project" and jiu < mentions[i].start
                         and mentions[i].end <= start and not sent.nested(i)]
            if len(parties) == 1 and mentions[parties[0]].type == "Company" and verb in data["develops_signing_alone"]:
                # 甲集团签约P: a firm signs for the work it will build (its partner unnamed)
                after = at + len(verb) + text.startswith("了", at + len(verb))
                for j in sent.chain_after(after, ("Project",)):
                    sent.add(parties[0], "develops", j, "develops_signing", {"modality": "planned"})
            if len(parties) >= 2:
                sent.article.state["signing_parties"] = _builders(mentions, parties)  # for 双方 after (develops_parties)
                sent.article.state["signing_all_parties"] = parties  # (and funds_verb: 双方将共同投资)
                end = min((text.find(o, at, sent.end) for o in objects if text.find(o, at, sent.end) >= 0), default=-1)
                if end > at and not any(c in text[at:end] for c in stops):
                    named = [i for i in sent.idx if mentions[i].type == "Project" and at < mentions[i].start
                             and mentions[i].end <= end and not sent.nested(i)]
                    about += named or _signed_projects(sent, at + len(verb), end) or _built_next(sent, end)
                elif not about:  # X与Y签约P, X与Y签约建设P: the projects signed right after the verb
                    after = at + len(verb) + text.startswith("了", at + len(verb))
                    after += next((len(v) for v in data.longest_first("develops_verbs") if text.startswith(v, after)), 0)
                    about = [i for i in sent.chain_after(after, ("Project",))] or _signed_work(sent, after)
                    if not about and text.startswith("的", after):  # X与Y签约的P总投资…: the work the clause is about
                        named = sent.chain_after(after + 1, ("Project",))
                        work = None if named else work_from(sent, after + 1)
                        about = named or ([work] if work is not None else [])
                builders = _builders(mentions, parties)
                for j in about:
                    for i in builders:
                        sent.add(i, "develops", j, "develops_signing", {"modality": "planned"})
            at = text.find(verb, at + len(verb), sent.end)


@rule("develops_parties", needs=("Project",))
def develops_parties(sent: Sentence) -> None:
    """``X与Y签署…协议。…双方将共同建设P和Q``: the word for both parties (develops_party_words) refers to
    the builders of the article's last signing, which develop the projects built right after it (planned)."""
    parties = sent.article.state.get("signing_parties")
    if not parties:
        return
    text, data = sent.text, sent.data
    _, passive_gap = data.regex("develops_frames", _frames)
    adverbs = data.longest_first("develops_signing_adverbs") + data.longest_first("funds_invest_adverbs")
    for word in data.longest_first("develops_party_words"):
        at = text.find(word, sent.start, sent.end)
        if at < 0:
            continue
        pos = at + len(word)
        while (adverb := next((a for a in adverbs if text.startswith(a, pos)), None)) is not None \
                or text.startswith("在", pos) and (where := _past_places(sent, pos + 1)) > pos + 1:
            # 双方将共同 | 建设, 双方将在甲开发区共同 | 建设 (where they build it, in between)
            pos = pos + len(adverb) if adverb is not None else where
        pos = _past_the_money(sent, pos)  # 双方将共同投资8亿元 | 建设
        verb = passive_gap.match(text, pos) or _joint_clause_after(sent, pos, passive_gap, adverbs)
        if verb is None:
            continue
        for j in sent.chain_after(verb.end() + text.startswith("“", verb.end()), ("Project",)):  # (共建“P”)
            for i in parties:
                sent.add(i, "develops", j, "develops_parties", {"modality": "planned"})


#: an agreement named between its parties and the signing (X与Y | 全面战略合作协议 | 签约仪式)
_AGREEMENT_NAME = re.compile(r"[^，,。；;：:、“”\s]{0,14}协议书?$")


def _parties_of_agreement(sent: Sentence, start: int) -> list[int]:
    """The parties listed right before the agreement's name that ends at ``start`` (甲区人民政府与乙大学 | 全面战略
    合作协议 | 签约仪式), or []."""
    m = _AGREEMENT_NAME.search(sent.text, sent.start, start)
    if m is None:
        return []
    for k in range(m.start(), start):
        if (chain := sent.chain_before(k, _SIGNING_PARTIES)) and len(chain) >= 2:
            return chain
    return []


def _joint_clause_after(sent: Sentence, pos: int, verbs: re.Pattern, adverbs: list[str]) -> re.Match | None:
    """The building verb opening a later clause of the sentence whose subject is left out (双方将在…方面开展合作，
    共建P: the parties build P), where no body is named from ``pos`` to it."""
    text, mentions = sent.text, sent.mentions
    for k in range(pos, sent.end):
        if text[k] not in "，,":
            continue
        at = k + 1
        while (adverb := next((a for a in adverbs if text.startswith(a, at)), None)) is not None \
                or text.startswith("在", at) and (where := _past_places(sent, at + 1)) > at + 1:
            at = at + len(adverb) if adverb is not None else where  # (…，在甲街道 | 建设P: where, in between)
        verb = verbs.match(text, at)
        if verb is not None and not any(pos <= mentions[i].start < k and mentions[i].type in _DEVELOPERS for i in sent.idx):
            return verb
    return None


@rule("develops_through", needs=("Company",))
def develops_through(sent: Sentence) -> None:
    """``甲集团将通过其全资子公司乙，在丙镇投资建设P``: the parent acts through its subsidiary, so what either
    is found to do to a work of the sentence (fund it, build it) both do; and a building verb between the
    subsidiary and the work (develops_verbs) makes both its builders."""
    text, mentions, data = sent.text, sent.mentions, sent.data
    found = [f for f in sent.found if f[1] in ("funds", "develops")]
    if not found:
        return
    subsidiary = data.longest_first("develops_subsidiary_words")
    for word in data["develops_through_words"]:
        at = text.find(word, sent.start, sent.end)
        if at < 0:
            continue
        owner = _owner_before(sent, at)
        pos = at + len(word)
        if text.startswith(tuple(data["develops_owner_pronouns"]), pos):
            pos = _past_own_subsidiary(sent, pos, subsidiary)
        elif (w := next((w for w in subsidiary if text.startswith(w, pos)), None)) is not None:
            pos += len(w)
        else:
            continue
        child = next((i for i in sent.idx if mentions[i].start == pos and mentions[i].type == "Company"
                      and not sent.nested(i)), None)
        if owner is None or child is None or pos == at + len(word):
            continue
        builds = data.regex("develops_through_builds", _verbs_between)
        for j in sorted({f[2] for f in found if f[0] in (owner, child)}):
            done = {(f[0], f[1]) for f in sent.found if f[2] == j}
            preds = {f[1] for f in found if f[2] == j and f[0] in (owner, child)}
            if builds.search(text, mentions[child].end, mentions[j].start):
                preds.add("develops")
            for body in (owner, child):
                for pred in sorted(preds - {p for b, p in done if b == body}):
                    sent.add(body, pred, j, "develops_through")


def _owner_before(sent: Sentence, at: int) -> int | None:
    """The company acting through its subsidiary: the one written last before ``at``, with nothing between
    but an aside in brackets (（以下简称“甲”）) and adverbs (develops_through_adverbs: 将, 拟 …)."""
    text, mentions = sent.text, sent.mentions
    adverbs = tuple(sent.data["develops_through_adverbs"])
    pos = at
    while pos > sent.start:
        w = next((a for a in adverbs if text.endswith(a, sent.start, pos)), None)
        if w is None:
            break
        pos -= len(w)
    ends = {pos}  # (a mention may hold its aside: 甲集团（以下简称“甲”）)
    if text[pos - 1 : pos] in ("）", ")"):
        ends.add(max(text.rfind("（", sent.start, pos), text.rfind("(", sent.start, pos)))
    return next((i for i in sent.idx if mentions[i].end in ends and mentions[i].type == "Company"
                 and not sent.nested(i)), None)


def _verbs_between(data: RelationData) -> re.Pattern:
    return re.compile("|".join(map(re.escape, data.longest_first("develops_verbs"))))


@rule("develops_visited", needs=("Company", "Project"))
def develops_visited(sent: Sentence) -> None:
    """``王建国走进甲食品有限公司，察看年产5万吨果蔬脆片生产线项目建设情况``: a work a visit to one firm looks at is
    the firm's (the visit frame of :func:`kg.nlp.relations.places.visited_works`)."""
    from kg.nlp.relations.places import visited_works

    for firm, works in visited_works(sent, {"Company"}):
        for j in works:
            sent.add(firm, "develops", j, "develops_visited")


def _past_places(sent: Sentence, pos: int) -> int:
    """Past the places written one after another from ``pos`` (甲区乙开发区), else ``pos``."""
    mentions = sent.mentions
    ends = {mentions[i].start: mentions[i].end for i in sent.idx if mentions[i].type == "Place" and not sent.nested(i)}
    while pos in ends:
        pos = ends[pos]
    return pos


def _past_the_money(sent: Sentence, pos: int) -> int:
    """Where the words after ``pos`` go on past an investment verb and its amount (投资8亿元 | 建设P), else ``pos``."""
    text = sent.text
    verb = next((v for v in sent.data.longest_first("funds_invest_verbs") if text.startswith(v, pos)), None)
    if verb is None:
        return pos
    money = next(find_money(text, pos + len(verb), sent.end), None)
    return money.end if money is not None and money.start == pos + len(verb) else pos


def _builders(mentions: list[Mention], parties: list[int]) -> list[int]:
    """Of bodies that build or sign together, the ones that build: the firms (甲公司与乙区人民政府签约P:
    the government hosts the work), else every party that may develop (a place signs as its government, a
    university or association builds nothing: GUIDE §4)."""
    return [i for i in parties if mentions[i].type == "Company"] or [i for i in parties
                                                                      if mentions[i].type in _DEVELOPERS]


def _built_next(sent: Sentence, end: int) -> list[int]:
    """The works the clause after an agreement says will be built (签订投资协议，将建设P): the projects
    right after a building verb, itself after the agreement's word, a comma and a modal (将, 拟)."""
    text, data = sent.text, sent.data
    at = next((end + len(o) for o in data.longest_first("develops_signing_objects") if text.startswith(o, end)), end)
    m = data.regex("built_next", lambda d: re.compile(
        rf"[，,](?:{d.alternation('modality_planned')}|{d.alternation('develops_signing_adverbs')})*"
        rf"(?:{d.alternation('develops_verbs')})")).match(text, at)
    if m is None:
        return []
    at, mentions = m.end() + text.startswith("“", m.end()), sent.mentions  # (共建“甲产业学院”: quoted)
    if not any(mentions[i].start == at and mentions[i].type == "Project" for i in sent.idx):
        at = _past_places(sent, at)  # (共同建设甲县 | 千亩…示范基地: the work is named after the county it is in)
    return sent.chain_after(at, ("Project",))


def _signed_work(sent: Sentence, start: int) -> list[int]:
    """The work signed for right after the verb when the recogniser named none (甲公司与乙管委会签约建设
    高端装备制造基地项目，…): the words up to the clause's end, when they end as a work does and
    no mention but a place is among them; the agreement names this one work, generic words or not. Its
    investment written before it (签约3.5亿元 | 甲文旅综合体项目) is no word of its name."""
    text, data, mentions = sent.text, sent.data, sent.mentions
    stops = "".join(data["clause_stops"])
    money = next(find_money(text, start, sent.end), None)
    if money is not None and money.start == start:
        start = money.end
    end = start
    while end < sent.end and text[end] not in stops:
        end += 1
    name = text[start:end]
    if not 4 <= len(name) <= 24 or not name.endswith(tuple(data["invested_project_suffixes"])) \
            or re.search(r"[和与及等、]", name) or re.compile(data["generic_object_pattern"]).match(name) \
            or any(mentions[i].start < end and start < mentions[i].end and mentions[i].type != "Place" for i in sent.idx):
        return []
    return [sent.add_mention(Mention(start, end, name, "Project", name, rule="develops_signing"))]


def _signed_projects(sent: Sentence, start: int, end: int) -> list[int]:
    """The projects an agreement is on, written between the signing verb and 协议 with no
    mention there: each item of the list that ends as a project does becomes a Project mention."""
    text, data = sent.text, sent.data
    for head in data.longest_first("develops_signing_object_heads"):
        if text.startswith(head, start):
            start += len(head)
            break
    for tail in data.longest_first("develops_signing_object_tails"):
        if text.endswith(tail, start, end):
            end -= len(tail)
            break
    ends = tuple(data["develops_signing_object_ends"])
    generic = re.compile(data["generic_object_pattern"])
    made: list[int] = []
    previous = ""
    for piece in re.finditer(r"[^和、及与]+", text[start:end]):
        name = piece.group()
        if not name.endswith(ends) or generic.match(name) or "等" in name:
            previous = ""
            continue
        if len(name) <= 4 and previous and previous.endswith(name[-1]) and len(previous) > len(name):
            name = previous[: len(previous) - len(name)] + name  # 东延段和东调段: the second is 甲线东调段
        elif len(name) < 4:
            previous = ""
            continue
        a, b = start + piece.start(), start + piece.end()
        made.append(sent.add_mention(Mention(a, b, text[a:b], "Project", name, rule="develops_signing")))
        previous = name
    return made
