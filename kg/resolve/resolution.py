"""Resolution (GUIDE §3): mentions of every article → one node per real thing, and edges.

:func:`resolve` takes the pipeline's :class:`~kg.records.Extraction` records and returns
a :class:`Resolution`:

1. **Context.** Each article's place context is the chain ``kg_context`` set
   (:mod:`kg.lang.scope`): the masthead (``今日即墨`` → 即墨区), else the district (or
   city) the article's own place mentions name most often, else its file's.
2. **Canonical names.** A scope word opening a body's name resolves against that
   context (``区住房和城乡建设局`` in a 即墨 article → ``即墨区住房和城乡建设局``, in a
   西海岸新区 article → ``黄岛区…``'s own node), a short place name opening it is
   written out (``即墨住建局`` → ``即墨区…``), ``市委`` becomes
   ``中国共产党青岛市委员会``.  A project named only by common words (``城中村改造``,
   ``燃气设施更新项目``: GUIDE §2's programme of a place) takes the context's name in front
   (``即墨区城中村改造``), so two districts' programmes stay two nodes; the words as
   written stay an alias.  A place of the divisions data is keyed by its code, so
   ``青岛`` and ``青岛市`` are one node, and so are ``西海岸新区`` and ``青岛西海岸新区``.
3. **Union-find** over the keys ``(type family, canonical name)`` joins every mention
   of one thing; what each mention was called becomes an alias (``skos:altLabel``),
   except coreference words (该局), which map to their antecedent's node.
4. **Ids** are ``<Type>/<label>``, with ``/2``, ``/3`` … only where two different things
   share a type and label; they depend only on the data, never on processing order.

Byline names that the article splitter moved out of the text (``Article.bylines``)
become ``Person`` entities here; bylines left in the text are mentions of kind
``byline`` from :mod:`kg.nlp.entities`.  Either way one reporter is one node.

:meth:`Resolution.edges` yields the relation edges of every extraction plus the place
nesting (``locatedIn``) that the divisions data knows between places the corpus names.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from kg.lang.gazetteer import level_suffixes
from kg.lang.lexicon import PHASE, firm_core, firm_opening
from kg.records import Article, Entity, Evidence, Mention
from kg.schema import allowed

__all__ = ["Resolution", "resolve", "prepare"]

_FAMILY = {"Official": "Person", "Person": "Person"}
# kinds of names an article may write in full and then shortened by their start
_SHORTENED_KINDS = frozenset({"Agency", "Organization", "Place"})
_LAYOUT = re.compile(r"\s+")
_MARKED_NAME = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ“”\"·《》（）()]")
#: the year an honour's name opens with (2025年度, 2019-2021年): the scope word after it is the article's place's
_AWARD_YEAR = re.compile(r"(?:19|20)\d{2}(?:[-—－~～至](?:19|20)\d{2})?年度?")
#: a work named in quotes and its kind words after them, ending its name (“甲乙研发及产业化”项目, “丙丁”民宿集群)
_QUOTED_WORK = re.compile(r"“([^“”]{2,30})”[\u4e00-\u9fff]{0,6}$")
# project words that name the thing itself, so a 项目 after them adds nothing
_PROJECT_KINDS = ("产业园", "科技园", "园区", "基地", "工程", "工厂", "停车场", "公园", "中心", "绿道")
# what joins the items of a list of places (甲街道乙村、丙村和丁村)
_LIST_JOINERS = frozenset({"、", "和", "及", "与"})


def _level(gaz, name: str, code: str | None) -> int:
    """How far down the divisions a place is (:data:`kg.lang.gazetteer.LEVELS`: province 0 … village 5): its
    division's level, else the level its name's ending says (唐昌街道: a town; 吴中经济技术开发区: a zone; 柳溪村: a
    village); a place that is no division (成山头景区, 锦绣里小区: a longer kind word than a division's ends it)
    holds none (6)."""
    from kg.lang.gazetteer import LEVELS, level_suffixes
    from kg.lang.lexicon import load

    division = gaz.get(code) if code else None
    if division is not None:
        return LEVELS.index(division.level)
    lex = load()
    if lex.zone_suffix(name) is not None:
        return LEVELS.index("zone")
    if name.endswith(lex.settlement_words):
        return LEVELS.index("village")
    kind = lex.suffix_at(name, len(name))
    for level in ("town", "district"):
        ending = next((s for s in level_suffixes(level) if name.endswith(s)), None)
        if ending is not None and (kind is None or len(kind[0]) <= len(ending)):
            return LEVELS.index(level)
    return len(LEVELS)


@dataclass
class Resolution:
    """Entities, the entity of each mention, and the extractions the edges come from."""

    entities: list[Entity]
    mention_entity: dict[tuple[str, int], str]
    extractions: Sequence = ()
    place_codes: dict[str, str] = field(default_factory=dict)  # entity id → division code
    #: reporters credited with their paper outside the text: (person id, outlet id, evidence)
    credits: list[tuple[str, str, Evidence]] = field(default_factory=list)

    def edges(self) -> Iterator[tuple[str, str, str, Evidence]]:
        """Yield ``(subject id, predicate, object id, evidence)`` for every relation mention
        and every place nesting the divisions data knows (rule ``divisions_data``)."""
        types = {e.id: e.type for e in self.entities}
        classes = {e.id: (e.type, *sorted(e.also)) for e in self.entities}  # (a park: a work and a place)
        for x in self.extractions:
            art = x.article
            for rel in x.relations:
                s = self.mention_entity.get((art.id, rel.subject))
                o = self.mention_entity.get((art.id, rel.object))
                if s is None or o is None or s == o or not any(
                        allowed(rel.predicate, a, b) for a in classes[s] for b in classes[o]):
                    continue
                yield s, rel.predicate, o, _evidence(art, rel.sentence_start, rel.sentence_end, rel.rule, rel.qualifiers,
                                                     rel.basis)
        for person, outlet, evidence in self.credits:
            yield person, "memberOf", outlet, evidence
        yield from self._nesting(types)

    def _nesting(self, types: dict[str, str]) -> Iterator[tuple[str, str, str, Evidence]]:
        """Place nesting: from the divisions data, between places one article names, and a place written right
        after the place that holds it (通济新区前枣杭村), one evidence per article that names the child."""
        from kg.lang.gazetteer import Gazetteer

        gaz = Gazetteer.load()
        seen: set[tuple[str, str, str]] = set()
        for x in self.extractions:
            ids = {i: self.mention_entity.get((x.article.id, i)) for i in range(len(x.mentions))}
            # the divisions the article itself names: a place is in the nearest of them that holds it (an article
            # about 青岛市 alone says nothing of 山东省, though another article names the province)
            by_code: dict[str, str] = {}
            for eid in sorted({e for e in ids.values() if e is not None and e in self.place_codes}):
                by_code.setdefault(self.place_codes[eid], eid)
            prev: Mention | None = None
            prev_id = None
            listed_in: str | None = None  # 甲街道乙村、丙村: the place the list's first item was written in
            for i, m in enumerate(x.mentions):
                eid = ids[i]
                if eid is None or m.kind != "name" or types.get(eid) != "Place":
                    continue
                targets = []
                code = self.place_codes.get(eid)
                known = code is not None and gaz.get(code) is not None
                if known:
                    for parent in gaz.parents(gaz.get(code)):
                        if parent.code in by_code and by_code[parent.code] != eid:
                            targets.append((by_code[parent.code], "divisions_data"))
                            break  # the nearest named ancestor; the rest follows by transitivity
                if not targets and prev is not None and prev.end == m.start and prev_id != eid and (
                        not known and prev_id in self.place_codes
                        or _level(gaz, prev.name, self.place_codes.get(prev_id)) < _level(gaz, m.name, code)):
                    # (通济新区前枣杭村; 双凤桥街道空港社区: a community whose name the divisions data gives elsewhere,
                    # none of whose divisions the corpus names, is in the larger place written right before it)
                    targets.append((prev_id, "place_sequence"))
                elif not known and prev is not None and listed_in and listed_in != eid \
                        and x.article.text[prev.end:m.start] in _LIST_JOINERS:
                    targets.append((listed_in, "place_sequence"))  # the next item of the list is there too
                if not (targets and targets[0][1] == "place_sequence"):
                    listed_in = None
                elif listed_in is None:
                    listed_in = targets[0][0]
                for target, rule in targets:
                    if (eid, target, x.article.id) in seen or not allowed("locatedIn", "Place", types.get(target)):
                        continue
                    seen.add((eid, target, x.article.id))
                    s, e = _sentence_of(x, m.start, m.end)
                    # the divisions data is an inference (no sentence says it); two places written
                    # one after the other (通济新区前枣杭村) are the sentence's own statement
                    yield eid, "locatedIn", target, _evidence(x.article, s, e, rule, (),
                                                              "inferred" if rule == "divisions_data" else "stated")
                prev, prev_id = m, eid


def resolve(extractions: Sequence) -> Resolution:
    """Resolve the mentions of ``extractions`` into entities (see the module docstring).

    Parameters
    ----------
    extractions : Sequence[kg.records.Extraction]
        What the pipeline found, one per article.

    Returns
    -------
    Resolution
    """
    from kg.lang.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    lex = _lexicon()
    extractions = list(extractions)
    contexts = _contexts(extractions, gaz)

    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(k):
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    info: dict[tuple[str, str], dict] = {}
    mention_key: dict[tuple[str, int], tuple[str, str]] = {}
    corefs: list[tuple[tuple[str, int], tuple[str, int]]] = []
    mention_types: dict[tuple[str, int], str] = {}  # a coref mention's type (a work where its sentence builds it)

    def note(key, type_, label, alias, article_id, role, code=None):
        d = info.get(key)
        if d is None:  # (not setdefault: its default, two Counters, would be made on every call)
            d = info[key] = {"types": Counter(), "labels": Counter(), "aliases": set(), "articles": set(),
                             "roles": set(), "code": None}
        d["types"][type_] += 1
        d["labels"][label] += 1
        if alias:
            d["aliases"].add(alias)
        d["articles"].add(article_id)
        if role:
            d["roles"].add(role)
        if code:
            d["code"] = code
        find(key)

    people: list[tuple] = []  # person mentions, keyed once we know which of them are one person
    canonical_names = _CanonicalNames(gaz)
    zones = _named_zones(extractions, contexts, canonical_names)
    for x in extractions:
        art = x.article
        ctx = contexts[art.id]
        place_starts = {m.end: m.start for m in x.mentions if m.type == "Place" and m.kind == "name"}
        for i, m in enumerate(x.mentions):
            if m.kind == "coref":
                if m.antecedent is not None:
                    corefs.append(((art.id, i), (art.id, m.antecedent)))
                    mention_types[(art.id, i)] = m.type
                continue
            label, code = canonical_names(m, ctx)
            if (not label or label.startswith(_town_words())) and (town := _town_scoped(m, x.mentions, art.text)) is not None:
                label, code = canonical_names(town, ctx)  # (镇党委: no label; 街道办事处: the word's own)
            if not label:
                continue
            if code is None and m.type in ("Agency", "Organization", "Place"):
                label = _zone_scoped(label, zones.get(art.source, ()))
            if m.type in _FAMILY:
                people.append((art.id, i, m, label))
                continue
            key = (_FAMILY.get(m.type, m.type), code or label)
            # an implied body's text is the title that implies it (区长 → 区人民政府): no name of it
            surface = None if m.kind == "implied" else _LAYOUT.sub("", m.text)
            note(key, m.type, label, surface, art.id, _role(m), code)
            if surface is not None and m.name != surface:
                info[key]["aliases"].add(m.name)
            if m.type == "Project" and m.kind == "name" and m.start in place_starts:
                # 浑南区 | 白塔九年一贯制学校建设工程: the work is named without the places written before it,
                # and as written with them (an alias a reader may search by)
                opens = m.start
                while opens in place_starts:
                    opens = place_starts[opens]
                info[key]["aliases"].add(_LAYOUT.sub("", art.text[opens : m.end]))
            if m.type == "Project" and m.kind == "name" and (quoted := _QUOTED_WORK.search(label)) is not None:
                # 甲公司“乙技术研发及产业化”项目, “丙荔乡”乡村旅游项目: the work's own name in quotes, which a reader
                # (and a list elsewhere) names it by
                info[key]["aliases"].add(quoted.group(1))
            if m.type == "Project" and m.kind == "name" and (firm := firm_opening(label)) is not None:
                # 甲新材料科技有限公司年产30万吨乙项目: the firm's work, which a reader (and another page) also names
                # without the firm; the firm stays in the label, which keeps two firms' works apart
                info[key]["aliases"].add(label[len(firm):])
                if surface is not None and surface.startswith(firm) and surface != label:
                    info[key]["aliases"].add(surface[len(firm):])  # (…二期项目 as written, …二期 its name)
            mention_key[(art.id, i)] = key
        # the paper or site the page names as its source (来源：大众报业·半岛网) is named on it
        for outlet in lex.outlets_in(art.publisher):
            outlet = lex.site_owner(outlet) or outlet  # (甲区人民政府网站: the government, on its own site)
            body = lex.source_body(outlet)
            if body is None:
                note(("Organization", outlet), "Organization", outlet, outlet, art.id, None)
                continue
            # a body publishing its own page (来源：潍坊市财政局): the node its name in the text gets
            label, code = canonical_names(Mention(0, len(outlet), outlet, body, outlet, rule="byline_source"), ctx)
            if label:
                note((_FAMILY.get(body, body), code or label), body, label, outlet, art.id, None, code)
        for b in art.bylines:
            people.append((art.id, None, b, b.name))
            for outlet in lex.outlets_in(b.outlet):  # 青岛日报/观海新闻: the reporter's media
                note(("Organization", outlet), "Organization", outlet, outlet, art.id, None)

    # same name, different people (GUIDE §3): one node per name only where posts or places agree
    groups = _person_groups(extractions, people, mention_key, contexts, gaz)
    for article_id, i, m, label in people:
        key = ("Person", label, groups[(label, article_id)])
        if i is None:  # a byline the article splitter moved out of the text
            note(key, "Person", label, label, article_id, m.role)
            continue
        surface = _LAYOUT.sub("", m.text)
        note(key, m.type, label, surface, article_id, _role(m), None)
        if m.name != surface:
            info[key]["aliases"].add(m.name)
        mention_key[(article_id, i)] = key

    # a headline shortens the award the body names in full (青岛市智慧化城管…大赛一等奖 is
    # 2025年青岛市智慧化城市管理…大赛一等奖): same page, same kind of prize, no character of its own
    awards = sorted(k for k in info if k[0] == "Award")
    for i, a in enumerate(awards):
        for b in awards[i + 1 :]:
            if _same_award(a[1], b[1]) and _files(info[a]["articles"]) & _files(info[b]["articles"]):
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[ra] = rb
    # a decision's headline and body write one honour with its year and with its place (2024年度甲工作先进集体 …
    # “乙区甲工作先进集体”称号): one award, where each is the other's only such name on the page (a page with two
    # years' rounds of it, 2023年度… and 2024年度…, tells no reader which the placed one is)
    parts = {k: _honour_parts(k[1], gaz) for k in awards}
    by_rest: dict[str, list[tuple[str, str]]] = defaultdict(list)  # (only names of one rest can be one honour)
    for k in awards:
        by_rest[parts[k][2]].append(k)
    fits = {a: {b for b in by_rest[parts[a][2]] if _one_honour(parts[a], parts[b])
                and _files(info[a]["articles"]) & _files(info[b]["articles"])} for a in awards}
    for a in awards:
        if len(fits[a]) == 1 and (b := next(iter(fits[a]))) > a and fits[b] == {a}:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
    # a division's name reached without its code (高新区管委 → the page's 青岛高新技术产业开发区, by the zone
    # word) is the division the same page names with its code: one node, not two of one label
    coded: dict[tuple[str, str], tuple[str, str]] = {}
    for k in sorted(info):
        div = gaz.get(info[k]["code"]) if info[k]["code"] else None
        if div is not None:
            coded.setdefault((k[0], div.name), k)
    for k in sorted(info):
        other = coded.get(k)
        if other is not None and other != k and _files(info[k]["articles"]) & _files(info[other]["articles"]):
            ra, rb = find(k), find(other)
            if ra != rb:
                parent[ra] = rb

    def union_one_fit_per_page(types: tuple[str, ...], fits) -> None:
        """Join each name of ``types`` to the one other name of its page that ``fits(short, other)``,
        where exactly one does."""
        by_file: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for k in sorted(k for k in info if k[0] in types):
            for f in _files(info[k]["articles"]):
                by_file[f].append(k)
        for f in sorted(by_file):
            keys = by_file[f]
            for short in keys:
                found = {find(k) for k in keys if k != short and fits(short, k)}
                if len(found) == 1:
                    ra, rb = find(short), found.pop()
                    if ra != rb:
                        parent[ra] = rb

    placeless: dict[str, str] = {}  # name → _without_places(name), which every pair of a page's names asks

    def without_places(name: str) -> str:
        if name not in placeless:
            placeless[name] = _without_places(name, gaz)
        return placeless[name]

    def shortened(short: tuple[str, str], other: tuple[str, str]) -> bool:
        return any(_shortened_project(a, b) or without_places(b).removesuffix("项目") == a.removesuffix("项目") != b
                   for a in {short[1]} | info[short]["aliases"] for b in {other[1]} | info[other]["aliases"])

    # an institution built (a work) where one sentence builds it and an institution where another names it
    # (甲创新中心由乙建设 … 甲创新中心主任): one thing, a work (GUIDE §2: built → Project), also where the sentence
    # that builds it refers to it by its kind word (学校由甲公司投资建设)
    built = {mention_key[ante] for mk, ante in corefs if ante in mention_key
             and mention_types.get(mk) == "Project" and mention_key[ante][0] == "Organization"}
    for key in sorted(k for k in info if k[0] == "Organization" and k[1].endswith(lex.work_facilities)):
        if key in built:
            info[key]["types"]["Project"] += info[key]["types"]["Organization"]
        if ("Project", key[1]) in info:
            ra, rb = find(key), find(("Project", key[1]))
            if ra != rb:
                parent[ra] = rb
    # a page writes a project's name in full and shortened (甲乙村改项目 … 甲村改项目, 青岛万洋众创城 …
    # 万洋众创城项目, 德州市陵城区智能装备产业园 … 智能装备产业园): one project, where exactly one longer
    # name on the page fits the shorter
    union_one_fit_per_page(("Project",), shortened)
    # a firm named with and without its legal form (中国华电集团有限公司, 中国华电集团, 中国华电) is one firm
    by_core: dict[str, tuple[str, str]] = {}
    for k in sorted(k for k in info if k[0] == "Company"):
        core = firm_core(k[1])
        if len(core) < 3:
            continue
        other = by_core.setdefault(core, k)
        ra, rb = find(k), find(other)
        if ra != rb:
            parent[ra] = rb
    # a page names a national firm in full and then short, without 中国 (中国华能集团有限公司 … 华能集团): one
    # firm, where exactly one firm of the page has the short name's brand after 中国
    national = _lexicon().national_prefixes

    def without_china(short: tuple[str, str], other: tuple[str, str]) -> bool:
        core = firm_core(short[1])
        # (no legal form or 集团 cut: 中国银行's 银行 is no firm's brand)
        return len(core) >= 2 and not core.startswith(national) and core != short[1] \
            and firm_core(other[1]) in {p + core for p in national}

    union_one_fit_per_page(("Company",), without_china)

    def brand_and_trade(short: tuple[str, str], other: tuple[str, str]) -> bool:
        """A page names a firm in full, then by its brand and trade (杭州晟岳新材料科技股份有限公司 … 晟岳科技,
        浙江澜拓智能装备集团有限公司 … 澜拓集团): the short name's brand opens the full name's words after
        its places, and what follows the brand in the short name follows it in the full name too."""
        name, full = short[1], other[1]
        if name.endswith("公司") or not full.endswith("公司") or name.endswith("集团") and "集团" not in full:
            return False  # (a group is no company of its group's brand)
        brand_trade, rest = firm_core(name), without_places(firm_core(full))
        if len(name) == 3:
            return rest.startswith(name) and len(rest) > 3  # 山东金厨坊厨业有限公司 … 金厨坊董事长: the brand alone
        return len(name) >= 4 and any(rest.startswith(brand_trade[:k]) and brand_trade[k:] in rest[k:]
                                      for k in range(2, len(brand_trade) + 1))

    union_one_fit_per_page(("Company",), brand_and_trade)

    def shortened_body(short: tuple[str, str], other: tuple[str, str]) -> bool:
        """A page names an institution in full, then by the words after its places and its kind word alone
        (甲县乙丙种植专业合作社 … 乙丙合作社): the short name's stem opens the full name after its places, and
        both end with the same kind word (suffixes.tsv)."""
        name, full = short[1], other[1]
        hit = lex.suffix_at(name, len(name))
        if hit is None or not full.endswith(hit[0]):
            return False
        stem, rest = name[: -len(hit[0])], without_places(full)
        return len(stem) >= 2 and len(rest) > len(name) and rest.startswith(stem)

    union_one_fit_per_page(("Organization",), shortened_body)

    place_spans: dict[str, dict[int, int]] = {}  # name → where each place in it starts → where it ends

    def city_written(short: tuple[str, str], other: tuple[str, str]) -> bool:
        """A page names a body with the places above its own and without (中共甲市乙区委员会 … 区委, resolved to
        中国共产党乙区委员会; 中共甲市乙区丙镇委员会 … 丙镇党委): the other name is the short one with places
        written one after another before the place it holds."""
        name = other[1]
        if name not in place_spans:
            place_spans[name] = {a: b for a, b, _ in gaz.place_names().find(name)}
        ends = place_spans[name]
        for a in ends:
            b = ends[a]
            if _TOWN_OPENING.match(name, b) and name[:a] + name[b:] == short[1]:
                return True  # 甲区 | 乙丙镇人民政府 … 乙丙镇人民政府: a town the divisions data does not hold, after its county
            while b in ends:  # (泰安市 | 岱岳区 | 青峪镇: the places before the last one, in a row)
                if name[:a] + name[b:] == short[1]:
                    return True
                b = ends[b]
        return False

    union_one_fit_per_page(("Agency",), city_written)
    # a body an article names in full and then short (国务院国资委 … 国资委; 甲新区党工委 … 新区党工委)
    # is one body, where the short name ends exactly one full name of its kind in the article
    for short, full in _short_names(extractions, mention_key, info, gaz):
        ra, rb = find(short), find(full)
        if ra != rb:
            parent[ra] = rb
    # a park is built (a work) and firms settle in it (a place: GUIDE §2): a page's or the corpus's names of it as
    # either are one thing, which is both
    for k in sorted(info):
        if k[0] == "Place" and k[1].endswith(lex.work_parks) and ("Project", k[1]) in info:
            ra, rb = find(k), find(("Project", k[1]))
            if ra != rb:
                parent[ra] = rb
    # a page names a park in full, then by its brand and the bare word of parks (甲乙循环经济产业园 … 甲乙园区, 甲乙园区
    # 管委会): one park (a place or a work), one committee, where exactly one name of the page fits
    union_one_fit_per_page((*_PARK_TYPES, "Agency"), lambda short, other: _park_of(short, other, lex, without_places))
    roots: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for k in info:
        roots[find(k)].append(k)

    entities: dict[tuple[str, str], Entity] = {}
    labels_used: Counter = Counter()
    key_id: dict[tuple[str, str], str] = {}
    for root in sorted(roots):
        members = roots[root]
        types, labels, aliases, articles, roles, code = Counter(), Counter(), set(), set(), set(), None
        for k in members:
            d = info[k]
            types.update(d["types"])
            labels.update(d["labels"])
            aliases |= d["aliases"]
            articles |= d["articles"]
            roles |= d["roles"]
            code = code or d["code"]
        type_ = _pick_type(types)
        label = max(labels, key=lambda s: (len(s), labels[s], s))  # the fullest name (GUIDE §3)
        if type_ == "Award":
            label = _honour_in_full(label, labels, gaz)
        if code and (div := gaz.get(code)) is not None and div.name in labels:
            label = div.name
        base = f"{type_}/{label}"
        labels_used[base] += 1
        eid = base if labels_used[base] == 1 else f"{base}/{labels_used[base]}"
        entities[root] = Entity(eid, type_, label, aliases | set(labels), articles, roles)
        for k in members:
            key_id[k] = eid

    mention_entity = {mk: key_id[find(k)] for mk, k in mention_key.items()}
    referred_as: dict[str, set[str]] = defaultdict(set)  # what the references to an entity take it as
    for mk, ante in corefs:
        target = mention_entity.get(ante)
        if target is not None:
            mention_entity[mk] = target
            referred_as[target].add(mention_types[mk])
    by_id = {ent.id: ent for ent in entities.values()}
    for x in extractions:  # what each sentence does with the object: something is in it (a place), built (a work)
        for rel in x.relations:
            target = mention_entity.get((x.article.id, rel.object))
            if target is not None and rel.predicate in _PARK_ROLES:
                referred_as[target].add(_PARK_ROLES[rel.predicate])
    # a park built in one sentence and settled in by firms in another (落户园区: the reference is a place) is a
    # work and a place (GUIDE §2): its node is both, so each edge takes it as what its sentence does with it
    for root, ent in entities.items():
        if ent.type in _PARK_TYPES and (ent.label.endswith(lex.work_parks) or _park_phase(ent.label, lex)):
            # (a park's phase built as a work, 甲产业园二期项目, is where the firms that settle in it are too)
            seen = {t for k in roots[root] for t in info[k]["types"]} | referred_as[ent.id]
            ent.also = frozenset(seen & _PARK_TYPES - {ent.type})
    for x in extractions:  # a project's own investments, on its entity
        for inv in x.investments:
            eid = mention_entity.get((x.article.id, inv.project))
            if eid is not None and "Project" in (by_id[eid].type, *by_id[eid].also):
                by_id[eid].investments.add(_evidence(x.article, inv.sentence_start, inv.sentence_end, inv.rule,
                                                     inv.qualifiers))
    place_codes = {}
    for root, ent in entities.items():
        c = next((info[k]["code"] for k in roots[root] if info[k]["code"]), None)
        if c and ent.type == "Place":
            place_codes[ent.id] = c
    # a reporter credited with a paper (（郑州日报记者 刘春阳）, 本报记者 on the paper's page) is on its staff:
    # memberOf the paper (GUIDE §4), the credit as its evidence
    credits = []
    for x in extractions:
        art = x.article
        house = [o for o in lex.outlets_in(art.publisher) if lex.source_body(o) is None]
        for b in art.bylines:
            if not (b.role or "").endswith("记者") or not b.line:
                continue
            if b.outlet:
                outlets = lex.outlets_in(b.outlet) or (house if b.outlet.startswith(lex.house_outlets) else [])
            else:  # (来源：甲区融媒体中心 / 记者 乙　通讯员 丙: a credit line naming no paper, under an outlet's page)
                outlets = house if b.line.lstrip().startswith(b.role) else []
            person = key_id.get(find(("Person", b.name, groups[(b.name, art.id)])))
            for outlet in outlets:
                paper = key_id.get(find(("Organization", outlet))) if ("Organization", outlet) in info else None
                if person is not None and paper is not None:
                    credits.append((person, paper, Evidence(art.id, art.source, art.headline, b.line, b.source_start,
                                                            b.source_end, "byline_outlet", (("role", b.role),))))
    return Resolution(sorted(entities.values(), key=lambda e: e.id), mention_entity, extractions, place_codes, credits)


def canonical(m: Mention, context: Sequence, gaz) -> tuple[str | None, str | None]:
    """The canonical name of a mention and, for places of the divisions data, their code.

    Parameters
    ----------
    m : Mention
        A name mention.
    context : Sequence[Division]
        The article's divisions, most specific first.
    gaz : Gazetteer

    Returns
    -------
    (label, code)
        ``label`` is ``None`` when the mention cannot be named (a bare scope word).
    """
    name = _LAYOUT.sub("", m.name)
    ctx0 = context[0] if context else None
    if m.type == "Place":
        div = gaz.full_name(name, ctx0)
        if div is not None and div.name != name and div.level in ("town", "village") and (
                ctx0 is not None and not gaz.contains([ctx0, *gaz.parents(ctx0)][-1], div)
                or (_lexicon().suffix_at(name, len(name)) or ("", ""))[1] == "Place"):
            # 大沙河 on a page of 枣庄: a river there, not the town 大沙河镇 of another province; a short name
            # that ends as places do (雅砻江, 大沙河) names the river or hill the town is named after (a page
            # on the town writes 镇 or 街道)
            return name, None
        if div is not None and (div.name == name or div.short == name or div.kind == "alias"):
            div = gaz.canonical(div) if div.kind == "alias" and div.level == "district" else div
            return div.name if div.kind != "alias" else name, div.code
        if m.rule == "venue" and (sm := _scope_re().match(name)) is not None and context \
                and (div := gaz.resolve_scope(sm.group(0), context)) is not None:
            return div.name + name[len(sm.group(0)):], None  # 在县会展中心举行: the venue of the article's county
        return name, None
    if m.type in ("Official", "Person"):
        return name, None
    lex = _lexicon()
    if m.type == "Project" and name.endswith("项目") and _names_a_project(name[:-2], lex):
        name = name[:-2]  # 青岛光电显示新材料产业园项目 is the 产业园, 山港航运金融大厦项目 the 大厦
    party = next((p for p in _longest_first(tuple(lex.parties)) if name.startswith(p)), None)
    if party is not None and m.type == "Organization" and len(name) > len(party):
        # 民进市委会: the committee of 中国民主促进会 in the article's city
        x = re.sub(r"委(?:员会|会)?$", "", name[len(party):])  # 市委会 → 市
        sm = _compiled("^" + lex.scope_pattern + "$").match(x)
        div = gaz.resolve_scope(x, context) if sm and context else None
        return lex.parties[party] + (div.name if div is not None else x) + "委员会", None
    # scope word at the start: 区住建局 → 即墨区住建局
    sm = _scope_re().match(name)
    if m.type == "Award" and sm is None and (year := _AWARD_YEAR.match(name)) is not None \
            and (sm := _scope_re().match(name[year.end():])) is not None and context \
            and (div := gaz.resolve_scope(sm.group(0), context)) is not None:
        # 2025年度全市乡村振兴工作先进个人: the year, then the honour of the article's city
        return name[: year.end()] + div.name + name[year.end() + len(sm.group(0)):], None
    if m.type == "Project" and not sm and ctx0 is not None and ctx0.level in ("district", "city") \
            and _generic_name(name, gaz) and m.rule not in ("invested_project", "develops_signing", "develops_named_work"):
        # a programme named only by what it does (城中村改造) is the article's place's own:
        # 即墨区城中村改造, not the one of every district that writes the same words (a work named
        # by what money goes into, 城轨车辆智能制造基地, or by the agreement signed for it is its investor's
        # or signer's: its name stays as written)
        return ctx0.name + name, None
    if sm and not gaz.lookup(name[: len(sm.group(0)) + 2]):
        div = gaz.resolve_scope(sm.group(0), context) if context else None
        if div is not None:
            name = div.name + name[len(sm.group(0)):]
        elif name[len(sm.group(0)):] in lex.stop_names:
            return None, None  # 镇人民政府 in an article naming no town: any town's, no one body
    elif m.type == "Agency":
        name = _expand_place_prefix(_innermost_place_first(name, gaz), ctx0, gaz)
    if m.type == "Agency":
        # 山东省政府驻上海办事处: the body before 驻 is written out, the office keeps its name
        resident = next((w for w in _lexicon().resident_words if w in name[1:-1]), None)
        if resident:
            head, _, tail = name.partition(resident)
            name = _full_body_name(head, gaz, ctx0) + resident + tail
        else:
            name = _full_body_name(name, gaz, ctx0)
    return name, None


def _full_body_name(name: str, gaz, ctx0=None) -> str:
    """A party or government body's full name (kg/data/body_names.tsv): 青岛市委 → 中国共产党青岛市委员会,
    泰安高新区党工委 → 中国共产党泰安高新技术产业开发区工作委员会, 山东省政府 → 山东省人民政府,
    青岛市委统一战线工作部 → 中国共产党青岛市委员会统一战线工作部; a town's party committee names the
    county it is in (夏格庄镇党委 → 中国共产党莱西市夏格庄镇委员会: :func:`_committee_place`)."""
    lex = _lexicon()
    if name.startswith(_PARTY_SHORT) and name[len(_PARTY_SHORT) :] \
            and not any(name.startswith(k) for k in lex.abbreviations if k.startswith(_PARTY_SHORT)):  # (中共中央)
        name = name[len(_PARTY_SHORT) :]  # 中共甲县委组织部: the party's short name, written out below with the committee
    for short, (full, _type) in lex.abbreviations.items():
        if _type == "Place" and short in name and full not in name:
            name = name.replace(short, full)  # 高新区 → 高新技术产业开发区 inside a body's name
    for row in lex.body_names:
        if name.endswith(row.short) and len(name) > len(row.short):
            x = name[: -len(row.short)]
            if len(x) >= 3 and x[-1] == x[-2] and x[-1] in lex.one_char_units and _ends_in_division(x[:-1], gaz, ctx0):
                x = x[:-1]  # 沛县 | 县委, 甲镇 | 镇政府: the division, then its own unit opening the body's short name
            if row.division_only and not _ends_in_division(x, gaz, ctx0):
                continue
            return row.expand(_committee_place(x, ctx0, gaz) if row.full.startswith(_PARTY) else x)
    # a department of a party committee: 青岛市委 | 统一战线工作部
    pm = _compiled(rf"^(.+?(?:{'|'.join(map(re.escape, lex.one_char_units))}))委(.+)$").match(name)
    if pm and (pm.group(2) in lex.departments or _named_unit(pm.group(2), lex)) and _ends_in_division(pm.group(1), gaz, ctx0):
        # (市委 | 农村工作领导小组: a unit named in full; 崂山区委 | 宣传部: the committee named as it is alone)
        return f"中国共产党{_committee_place(pm.group(1), ctx0, gaz)}委员会{pm.group(2)}"
    return name


def _named_unit(unit: str, lex) -> bool:
    """Whether ``unit`` names a body of its own by an Agency's suffix with words before it (农村工作领导小组,
    全面深化改革委员会), or a department's section (组织部干部教育科): written after a party committee's short name,
    it is that committee's."""
    hit = lex.suffix_at(unit, len(unit))
    if hit is None and unit.endswith(tuple(lex.title_parts)):
        # (组织部 | 干部教育科: a department's section, named after the department)
        department = next((d for d in sorted(lex.departments, key=len, reverse=True) if unit.startswith(d)), "")
        return bool(department) and len(unit) >= len(department) + 3
    return hit is not None and hit[1] == "Agency" and len(unit) >= len(hit[0]) + 2


#: the party whose committees are named by their places in full (body_names.tsv)
_PARTY = "中国共产党"
#: its short name, opening a committee's (中共龙江县委)
_PARTY_SHORT = "中共"


def _committee_place(x: str, ctx0, gaz) -> str:
    """The places a town's or a district's party committee is named with, as its statutory name has them: the
    county-level division it is in, after the city for a district (夏格庄镇 → 莱西市夏格庄镇, 道朗镇 → 泰安市岱岳区道朗镇,
    钢城区 → 济南市钢城区); the
    article's own name of an aliased district (青岛西海岸新区张家楼街道).  Anything but a town's name, or a town the
    divisions data cannot place inside the article's district or city (``ctx0``), is ``x`` unchanged."""
    div = gaz.full_name(x, ctx0) if ctx0 is not None else None
    if div is not None and div.level == "district" and div.name == x and div.name.endswith("区") \
            and (gaz.contains(ctx0, div) or gaz.contains(div, ctx0)):
        # 钢城区委 → 中国共产党济南市钢城区委员会: a city's district names its committee after the city too (a county
        # or a county-level city does not: 中国共产党邹城市委员会)
        city = next(iter(gaz.parents(div)), None)
        if _names_its_districts(city) and not x.startswith(city.short or city.name):
            return city.name + x
        return x
    if (div is None or ctx0 is not None and div.level == "town" and not gaz.same_province(div, ctx0)) \
            and x.endswith(_TOWN_UNITS) and len(x) > 2:
        return _town_committee_place(x, ctx0, gaz)  # (a town far away of the name is a namesake's)
    if div is None or div.level != "town" or div.name != x or not gaz.contains(ctx0, div):
        return x  # (a town outside the article's place: a namesake's guess, no name)
    parents = gaz.parents(div)
    if not parents or parents[0].level != "district":
        return x
    county, city = parents[0], parents[1] if len(parents) > 1 and _names_its_districts(parents[1]) else None
    if ctx0 is not None and ctx0.kind == "alias" and gaz.canonical(ctx0).code == county.code:
        named = ctx0.name  # (西海岸新区: the article's name of 黄岛区, written with the city's short name)
        if city is not None and city.short and not named.startswith(city.short):
            named = city.short + named
        return named + x
    if county.name.endswith("区") and city is not None and not county.name.startswith((city.short or city.name)):
        return city.name + county.name + x
    return county.name + x


def _names_its_districts(city) -> bool:
    """Whether a district's committee is named after ``city``, the division above it: a prefecture-level city, or a
    municipality (中国共产党重庆市武隆区委员会), whose districts lie right inside the province-level division."""
    return city is not None and (city.level == "city" or city.level == "province" and city.name.endswith("市"))


#: the units of towns (the divisions data's, not its words for a town's office or a prefecture: 办事处, 地区), whose
#: party committees are named after the county-level division holding them
_TOWN_UNITS = tuple(u for u in level_suffixes("town") if u != "地区" and not u.endswith("办事处"))


def _town_committee_place(x: str, ctx0, gaz) -> str:
    """The places of a town's committee the divisions data does not place by the town's name: a town written after
    its district (钢城区 | 甲街道 → 济南市钢城区甲街道, as 甲街道 alone in 钢城区 would be), or a town the data does not
    hold in the province of a page whose place is a district or county (甲镇 on 钢城区's page → 济南市钢城区甲镇: the
    page's own, as a reader takes it, not a namesake far away).  ``x`` unchanged otherwise."""
    hits = gaz.place_names().find(x)
    if hits and hits[0][0] == 0 and hits[0][1] < len(x) - 2:
        county = gaz.full_name(hits[0][2], ctx0)
        rest = x[hits[0][1] :]
        if county is None or county.level != "district" or gaz.lookup(rest) and gaz.full_name(rest, county) is None:
            return x
        named = hits[0][2]
    elif ctx0 is not None and gaz.canonical(ctx0).level == "district" and not any(
            gaz.same_province(d, ctx0) for d in gaz.lookup(x)):
        county, named, rest = gaz.canonical(ctx0), ctx0.name, x
    else:
        return x
    city = next(iter(gaz.parents(county)), None)
    if ctx0 is not None and ctx0.kind == "alias" and named == ctx0.name:
        # (西海岸新区: the article's name of 黄岛区, written with the city's short name, as _committee_place does)
        return (city.short if city is not None and city.short and not named.startswith(city.short) else "") + named + rest
    if county.name.endswith("区") and _names_its_districts(city) and not named.startswith(city.short or city.name):
        return city.name + named + rest
    return named + rest


def _ends_in_division(x: str, gaz, ctx0=None) -> bool:
    """Whether ``x`` is the name of a division (青岛市, 商丘市梁园区, 夏格庄镇), written with the places above it or
    alone, one the article's place ``ctx0`` tells from its namesakes where several bear it (小溪镇 of 平和县); not
    a name with other words before it (共青团甲市乙区: the Youth League's committee is no party committee)."""
    hits = gaz.place_names().find(x)
    at = 0
    for s, e, _ in hits:
        if s != at:
            break
        at = e
    if at < len(x):
        # 澄岭镇, 莱芜区 | 澄波镇: a town the divisions data does not hold, named by its unit, is a division too
        return _TOWN_NAME.fullmatch(x, at) is not None and not x.endswith(_TOWN_KINDS)
    return bool(hits) and gaz.full_name(hits[-1][2], ctx0) is not None


#: a town's name by its unit (its own words, two to four characters), and the kinds of grounds that end so (康养小镇)
_TOWN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}(?:%s)" % "|".join(_TOWN_UNITS))
_TOWN_KINDS = ("小镇", "古镇", "特色镇")


@functools.cache
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def _names_a_project(name: str, lex) -> bool:
    """Whether ``name`` ends in a word that names the undertaking itself (产业园, 工程, 大厦 …) or the
    place it builds (快速路: 塔山北路快速路项目 is the 快速路)."""
    if name.endswith(_PROJECT_KINDS):
        return True
    hit = lex.suffix_at(name, len(name))
    return hit is not None and hit[1] in ("Project", "Place") and hit[0] != "项目" and len(name) > len(hit[0])


def _lexicon():
    from kg.lang import lexicon

    return lexicon.load()


def _scope_re() -> re.Pattern:
    """A scope word opening a longer name (区 of 区住建局; 我区, 全市): kg/data/scope_words.tsv.
    A unit before 级 is a level, not a place (省级文明单位 is no 山东省's 级文明单位)."""
    lex = _lexicon()
    return _compiled("^" + lex.scope_pattern + "(?=[^级])")


def _party_re() -> re.Pattern:
    """A party committee named by its division and 委 (青岛市委, 西湖区委员会): group 1 is the division."""
    units = "|".join(map(re.escape, _lexicon().one_char_units))
    return _compiled(rf"^(.+?(?:{units}))委(?:员会)?$")


@functools.cache
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _generic_name(name: str, gaz) -> bool:
    """Whether a name is made only of common words (城中村改造, 燃气设施更新项目).

    A word names something particular when jieba does not know it (樾府 of 中南樾府), tags
    it as a person, organisation or other proper noun, or tags it as a place (or a short
    form) and it is one character (京 of 京能) or the divisions data knows the place;
    common nouns jieba tags as places (城中村, 海洋) do not count.  A place the divisions
    data names (胶州湾), Latin letters, digits, quotes and · mark a name too.
    """
    if _MARKED_NAME.search(name) or gaz.place_names().find(name):
        return False
    import jieba

    tags, freq = _jieba_tables()
    words = jieba.lcut(name, HMM=False)
    run = ""
    for w in words + [""]:  # characters jieba leaves single, together no word it knows: 中 | 车 of 中车四方
        if len(w) == 1 and "\u4e00" <= w <= "\u9fff":
            run += w
            continue
        if len(run) >= 2 and not freq.get(run) and run not in _lexicon().everyday_words:
            return False
        run = ""
    for w in words:
        tag = tags.get(w, "")
        if len(w) >= 2 and not freq.get(w) and w not in _lexicon().everyday_words:
            return False  # (0: a prefix of words jieba knows, not a word it knows: 中车 of 中车四方)
        if tag.startswith(("nr", "nz", "nt")) or (tag.startswith(("ns", "j")) and (len(w) == 1 or gaz.lookup(w))):
            return False  # 京 of 京能…基地, 青 of 青特产业园: a one-character place or short form
    return True


def _jieba_tables() -> tuple[dict, dict]:
    """jieba's part-of-speech tags and word frequencies, its dictionary loaded first."""
    from kg.lang import jieba_tables

    return jieba_tables.tables()


def prepare() -> None:
    """Load what resolution reads (jieba's dictionary, the divisions data) now.

    A build whose extraction runs in other processes calls this on a thread while they
    work, so the main process does not load them after extraction, on the critical path.
    """
    from kg.lang.gazetteer import Gazetteer

    Gazetteer.load().place_names()
    _jieba_tables()


def _innermost_place_first(name: str, gaz) -> str:
    """A body's name opening with a chain of places that nest names the innermost's body:
    ``山东省济南市委`` is ``济南市委`` (中国共产党济南市委员会, not …山东省济南市委员会)."""
    outer, end, innermost = None, 0, 0
    for s, e, place in gaz.place_names().find(name[:16]):
        if s != end:
            break  # the chain is over
        div = gaz.full_name(place, outer)
        if div is None or (outer is not None and not gaz.contains(outer, div)):
            break
        if outer is not None:
            innermost = s
        outer, end = div, e
    return name[innermost:] if end < len(name) else name


@functools.cache
def _zone_generics() -> tuple[str, ...]:
    """The full words of zones the news writes short (高新技术产业开发区 of 高新区), longest first."""
    lex = _lexicon()
    return _longest_first(tuple({full for full, type_ in lex.abbreviations.values() if type_ == "Place"}
                                | set(lex.scope_zones)))


class _CanonicalNames:
    """:func:`canonical`, remembered: a corpus names the same things in the same places again and
    again (青岛市 in every article about it), and the answer depends only on the mention's type,
    name and rule and on the article's context."""

    def __init__(self, gaz) -> None:
        self.gaz = gaz
        self._known: dict[tuple, tuple[str | None, str | None]] = {}

    def __call__(self, m: Mention, context: Sequence) -> tuple[str | None, str | None]:
        key = (m.type, m.name, m.rule == "invested_project", tuple(d.code for d in context))
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = canonical(m, context, self.gaz)
        return known


def _named_zones(extractions: Sequence, contexts: dict, canonical_names: _CanonicalNames) -> dict[str, tuple[str, ...]]:
    """Per file, the zones it names with their place (潍坊高新技术产业开发区 of 潍坊高新区)."""
    generics = _zone_generics()
    zones: dict[str, set[str]] = {}
    for x in extractions:
        for m in x.mentions:
            if m.type != "Place" or m.kind == "coref":
                continue
            label, _ = canonical_names(m, contexts[x.article.id])
            if label and any(label.endswith(g) and len(label) > len(g) for g in generics):
                zones.setdefault(x.article.source, set()).add(label)
            written = _LAYOUT.sub("", m.name)
            if any(written.endswith(z) and len(written) > len(z) + 1 for z in _lexicon().scope_zones):
                # 青岛西海岸新区, which the divisions data files under its district: the zone as written
                zones.setdefault(x.article.source, set()).add(written)
    return {source: tuple(sorted(names)) for source, names in zones.items()}


@functools.cache
def _town_words() -> tuple[str, ...]:
    """The scope words of towns (街道, 镇, 乡), longest first: the district an article is about names none."""
    from kg.lang.gazetteer import level_suffixes

    return tuple(u for u in _lexicon().scope_units if u in level_suffixes("town"))


def _town_scoped(m: Mention, mentions: Sequence[Mention], text: str) -> Mention | None:
    """A body named by a town's unit word alone (镇党委, 镇人民政府 of 镇长, 街道党工委), which the article's
    district cannot resolve, as the body of the one town of that word the article names (坂仔镇党委), else of
    the one its paragraph names before it (来到甲镇乙村…，与镇党委书记…); ``None`` when they name none or several."""
    if m.type not in ("Agency", "Organization"):
        return None
    unit = next((u for u in _town_words() if m.name.startswith(u)), None)
    if unit is None:
        return None
    towns = [p for p in mentions if p.type == "Place" and p.kind == "name" and p.name.endswith(unit)
             and len(p.name) > len(unit) + 1]
    if len({p.name for p in towns}) != 1:
        opens = text.rfind("\n", 0, m.start) + 1
        towns = [p for p in towns if opens <= p.start < m.start]
    towns = {p.name for p in towns}
    if len(towns) != 1:
        return None
    return replace(m, name=towns.pop() + m.name[len(unit):])


def _zone_scoped(label: str, zones: Sequence[str]) -> str:
    """A body or place named by a zone's word alone (高新技术产业开发区管理委员会, from 高新区管委会) is of
    the zone of that kind its file names (潍坊高新区): 潍坊高新技术产业开发区管理委员会.  Left as it is
    when the file names no such zone, or two.  The zone may follow what a body's full form puts
    before its place (中国共产党 of 中国共产党高新技术产业开发区工作委员会, body_names.tsv)."""
    if not zones:
        return label
    for before in _body_name_openings():
        if not label.startswith(before):
            continue
        rest = label[len(before):]
        generic = next((g for g in _zone_generics() if rest.startswith(g)), None)
        named = [z for z in zones if generic and z.endswith(generic)]
        named = [z for z in named if not any(o != z and o.endswith(z) for o in named)]  # (西海岸新区 of 青岛西海岸新区)
        if len(named) == 1:
            return before + named[0][: -len(generic)] + rest
    return label


@functools.cache
def _body_name_openings() -> tuple[str, ...]:
    """What a body's full form puts before its place (中国共产党), and nothing, longest first."""
    return _longest_first(tuple({row.full.split("{X}")[0] for row in _lexicon().body_names} | {""}))


def _expand_place_prefix(name: str, ctx0, gaz) -> str:
    """``即墨住建局`` → ``即墨区住建局``; ``青岛市…`` unchanged; ``西海岸新区政府`` unchanged."""
    index = gaz.place_names()
    hits = index.find(name[:12])
    if not hits or hits[0][0] != 0:
        return name
    s, e, place = hits[0]
    if e >= len(name):
        return name
    div = gaz.full_name(place, ctx0)
    if div is None or div.name == place or div.kind == "alias":
        return name
    if _opens_with_zone(name[e:]):
        return name  # 泰安高新区党工委: a zone is named with its city's short name (泰安高新技术产业开发区)
    if div.short == place and not name[e:].startswith(div.name[len(place):]):
        if name[e] == div.name[-1]:
            return div.name + name[e + 1 :]  # 延边州政府: the short name and the division's last character (州 of
            # 延边朝鲜族自治州)
        return div.name + name[e:]
    return name


def _opens_with_zone(rest: str) -> bool:
    """Whether ``rest`` opens with a zone's word (开发区, 示范区 …) or its abbreviation (高新区).

    >>> _opens_with_zone("高新区党工委"), _opens_with_zone("国家高新技术产业开发区管理委员会"), _opens_with_zone("住建局")
    (True, True, False)
    """
    lex = _lexicon()
    for n in range(2, min(len(rest), 16) + 1):  # (国家高新技术产业开发区: 11 characters)
        word = rest[:n]
        full = lex.abbreviations.get(word, (word,))[0]
        if lex.zone_suffix(full) is not None:
            return True
    return False




#: the rule naming a settlement's body after the settlement written before it (kg.nlp.entities: 村党支部 → 甲村党支部)
_SETTLEMENT_BODY = "settlement_body"


def _short_names(extractions: Sequence, mention_key: dict, info: dict, gaz) -> list[tuple[tuple, tuple]]:
    """(short key, full key) pairs: in one article, a body or unlisted place written as the end
    of a longer name of the same kind (at least three characters, not a place of the divisions
    data), where only one longer name fits.  ``info`` gives each key's division code, if any.

    Several longer names that fit (区委办公室 and 区政府办公室 before 办公室) decide nothing, and a name
    already read as a place's body (市水利局 → 枣庄市水利局) is no shortening of another's."""
    pairs = []
    for x in extractions:
        named: dict[str, set] = defaultdict(set)
        for i, m in enumerate(x.mentions):
            key = mention_key.get((x.article.id, i))
            if key is not None and key[0] in _SHORTENED_KINDS and m.kind != "implied" and m.rule != _SETTLEMENT_BODY:
                # (村党支部 after 在西石门村，: read as 西石门村党支部 already, no shortening of 东石门村党支部)
                named[_LAYOUT.sub("", m.text)].add(key)
        for surface, keys in named.items():
            if len(surface) < 3 or len(keys) != 1:
                continue
            (key,) = keys
            if info[key]["code"]:
                continue  # a division is its own name (市中区 is no shortening of 济南市市中区's)
            longer = {k for s, ks in named.items() if len(s) > len(surface) and s.endswith(surface)
                      for k in ks if k[0] == key[0] and k != key}
            if len(longer) != 1:
                continue
            if _places_of(key[1], gaz) - _places_of(surface, gaz):
                continue  # already read as the body of a place (市水利局 on a page of 枣庄: 枣庄市水利局; 组织部
                # after 肥城市委常委: 肥城市委组织部), not any longer name on the page that ends so
            pairs.append((key, longer.pop()))
    return sorted(pairs)


def _places_of(name: str, gaz) -> set[str]:
    """The places of the divisions data written in ``name``."""
    return {place for _, _, place in gaz.place_names().find(name)}


def _files(article_ids: set[str]) -> set[str]:
    return {a.rpartition("#")[0] for a in article_ids}


def _honour_parts(name: str, gaz) -> tuple[str, str, str]:
    """An honour's name in three: the year's round it opens with (2024年度), the places after it (甲市乙区), and
    the rest (乡村振兴工作先进集体); the rest is the name itself when it is too short to tell honours apart."""
    year = _AWARD_YEAR.match(name)
    after_year = name[year.end() :] if year else name
    rest = _without_places(after_year, gaz)
    if len(rest) < 6:
        return "", "", name
    return (year.group() if year else ""), after_year[: len(after_year) - len(rest)], rest


def _one_honour(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Whether two honours' parts (:func:`_honour_parts`) name one honour: the same rest, and each of the year and the
    places the same or written in one name only (2023年度 and 2024年度 are two rounds)."""
    return a[2] == b[2] and a != b and all(x == y or not x or not y for x, y in zip(a[:2], b[:2]))


def _honour_in_full(label: str, labels, gaz) -> str:
    """The name of an honour that a page writes with its year in one place and with its place in another (2024年度
    甲工作先进集体 … 乙区甲工作先进集体): the year, the place and the rest, as the GUIDE names a thing in full."""
    year, places, rest = _honour_parts(label, gaz)
    if year and places:
        return label
    for other in sorted(labels):
        parts = _honour_parts(other, gaz)
        if _one_honour((year, places, rest), parts):
            year, places = year or parts[0], places or parts[1]
    return year + places + rest if rest != label else label


def _same_award(a: str, b: str) -> bool:
    """Whether one award name is a shortening of the other: same last word, every character
    of the shorter in the longer, and most of the longer's characters used."""
    short, long_ = sorted((a, b), key=len)
    if short == long_ or short[-3:] != long_[-3:] or len(short) < 6:
        return False
    return set(short) <= set(long_) and len(set(short)) >= 0.7 * len(set(long_) - set("0123456789年"))


# a Latin acronym opening a name (as kg.nlp.entities.text_classes.ACRONYM; not imported from there:
# that package loads spaCy and every entity source, which resolution does not need)
_ACRONYM = re.compile("[A-Z][A-Z0-9]+")


def _without_places(name: str, gaz) -> str:
    """``name`` without the places of the divisions data that open it (德州市陵城区 | 智能装备产业园): the work
    named short on the same page drops where it is."""
    at = opens = 0
    for s, e, _ in gaz.place_names().find(name):
        if s != at:
            break
        opens, at = at, e
    if at and (k := gaz.inside_at(name[opens:at], name, at)) and at + k + 2 <= len(name):
        at += k  # 河北 | 无极 | 瑞丰纸业: a county jieba reads as a common word, inside the place before it
    return name[at:]


def _shortened_project(short: str, long_: str) -> bool:
    """Whether project name ``short`` is ``long_`` written shorter: without 项目 both keep
    their last two characters, the shorter (four characters or more, at least 60 % of the
    longer, or 40 % when both open with the longer's Latin acronym) is the longer with
    characters left out, in order; or the short one is the long one's first two to four
    characters (its brand) and 项目.

    >>> _shortened_project("众山村改项目", "众山塘柳村改项目"), _shortened_project("万洋众创城项目", "青岛万洋众创城")
    (True, True)
    >>> _shortened_project("甲路改造工程", "甲路乙路改造工程"), _shortened_project("二期项目", "橡胶谷二期项目")
    (True, False)
    >>> _shortened_project("ABC试验基地", "ABC甲乙丙丁戊己庚辛试验基地"), _shortened_project("甲乙试验基地", "甲乙丙丁戊己庚辛壬试验基地")
    (True, False)
    >>> _shortened_project("宏耀项目", "宏耀新能源汽车热管理系统项目"), _shortened_project("二期项目", "二期改造提升项目")
    (True, False)
    """
    a, b = short.removesuffix("项目"), long_.removesuffix("项目")
    if a != short and 2 <= len(a) <= 4 and len(b) > len(a) + 2 and b.startswith(a) and long_ != b \
            and not a[0].isdigit() and a[0] not in _NUMERAL_OPENERS:
        return True  # 甲乙项目 of 甲乙新能源汽车热管理系统项目: the work called by its brand and its kind word
    # one opening with the other's Latin acronym may leave out more (RCEP试验基地 of RCEP青岛…试验基地)
    acronym = _ACRONYM.match(b)
    least = 0.4 if acronym and a.startswith(acronym.group()) else 0.6
    if len(a) < 4 or len(a) >= len(b) or len(a) < least * len(b) or a[-2:] != b[-2:]:
        return False
    chars = iter(b)
    return all(ch in chars for ch in a)  # a subsequence of b


def _park_of(short: tuple[str, str], other: tuple[str, str], lex, without_places) -> bool:
    """Whether ``short`` names the park ``other`` names in full by its brand and 园区 (甲乙园区 of 甲乙循环经济产业园; a
    place or a work either), or the park's body so (甲乙园区管委会 of 甲乙循环经济产业园管委会): the brand, two to four
    characters, opens the full name after its places, and what follows 园区 (a body's kind word) ends it.

    >>> from kg.lang import lexicon
    >>> lex, keep = lexicon.load(), lambda name: name
    >>> _park_of(("Place", "甲乙园区"), ("Project", "甲乙循环经济产业园"), lex, keep)
    True
    >>> _park_of(("Agency", "甲乙园区管委会"), ("Agency", "甲乙循环经济产业园管委会"), lex, keep)
    True
    >>> _park_of(("Place", "甲乙园区"), ("Company", "甲乙循环经济有限公司"), lex, keep)
    False
    """
    name, full = short[1], without_places(other[1])
    at = name.find(_BARE_PARK)
    if not 2 <= at <= 4 or name == full:
        return False
    if short[0] in _PARK_TYPES:
        if other[0] not in _PARK_TYPES or at + len(_BARE_PARK) != len(name):
            return False
        rest = ""
    elif short[0] == other[0] == "Agency":
        rest = name[at + len(_BARE_PARK):]
        if not rest:
            return False
    else:
        return False
    park = full[: len(full) - len(rest)]
    return full.startswith(name[:at]) and full.endswith(rest) and len(park) > at + len(_BARE_PARK) \
        and park.endswith(lex.work_parks)


#: a town's name and unit opening what follows a county in a body's name (乙丙镇 | 人民政府)
_TOWN_OPENING = re.compile(rf"[\u4e00-\u9fff]{{2,3}}?(?:{'|'.join(u for u in level_suffixes('town') if u != '地区')})")
#: the bare word of parks, which a park's brand opens when a page shortens its name (甲乙园区)
_BARE_PARK = "园区"
#: what opens a count or a phase, no brand (二期项目, 三个项目)
_NUMERAL_OPENERS = "一二三四五六七八九十两首该本"
#: the classes a park may have at once (GUIDE §2: built → a work, something located in it → a place)
_PARK_TYPES = frozenset({"Project", "Place"})
#: a park's phase written after its name (甲产业园 | 二期项目, 乙物流园 | 三期工程)
_PHASE_WORK = re.compile(rf"{PHASE}(?:项目|工程)?$")


def _park_phase(label: str, lex) -> bool:
    """Whether ``label`` names a phase of a park (甲产业园二期项目)."""
    phase = _PHASE_WORK.search(label)
    return phase is not None and label[: phase.start()].endswith(lex.work_parks)

#: what an edge to a park takes it as: what is located in it makes it a place, what builds or pays for it a work
_PARK_ROLES = {"locatedIn": "Place", "develops": "Project", "funds": "Project"}


def _role(m: Mention) -> str | None:
    if not m.role:
        return None
    return m.role


def _pick_type(types: Counter) -> str:
    if "Official" in types:
        return "Official"
    return max(types, key=lambda t: (types[t], t))


def _contexts(extractions: Sequence, gaz) -> dict[str, list]:
    """Each article's divisions, most specific first: its ``context`` as ``kg_context`` set
    it; for an extraction made without it, the same chain computed here (:mod:`kg.lang.scope`)."""
    from kg.lang.scope import context_chain, place_counts

    missing = [x for x in extractions if not x.context]
    own = {x.article.id: place_counts(x.mentions, gaz) for x in missing}
    page: dict[str, Counter] = defaultdict(Counter)
    for x in missing:
        page[x.article.source].update(own[x.article.id])
    out = {}
    for x in extractions:
        art = x.article
        codes = x.context or context_chain(art.masthead, own[art.id], page[art.source], gaz, art.publisher)
        out[art.id] = [gaz.get(c) for c in codes if gaz.get(c) is not None]
    return out


def _person_groups(extractions: Sequence, people: list[tuple], mention_key: dict, contexts: dict, gaz) -> dict:
    """(name, article) → the tag of its person (:mod:`kg.resolve.persons`): what each name's
    mentions in an article say of the person — the bodies its posts are in, a press credit and
    its outlet, the article's place — decides which articles' mentions are one person."""
    from kg.lang.lexicon import load
    from kg.resolve.persons import Unit, person_groups

    lex = load()
    titles = lex.titles
    press_titles = tuple(t for t, info in titles.items() if info.type == "Person")
    source = {x.article.id: x.article.source for x in extractions}
    bodies: dict[tuple[str, str], set] = defaultdict(set)
    press: dict[tuple[str, str], bool] = defaultdict(bool)
    outlets: dict[tuple[str, str], set] = defaultdict(set)
    names = {}
    for article_id, i, m, label in people:
        unit = (label, article_id)
        names[(article_id, i)] = label
        role = m.role or ""
        press[unit] |= bool(role) and role.endswith(press_titles)
        if i is None:
            outlets[unit] |= set(lex.outlets_in(m.outlet))
    for x in extractions:
        for rel in x.relations:
            label = names.get((x.article.id, rel.subject))
            body = mention_key.get((x.article.id, rel.object))
            if label is not None and body is not None and rel.predicate in ("leads", "memberOf"):
                bodies[(label, x.article.id)].add(body)
    units = []
    for label, article_id in {(label, article_id) for article_id, _, _, label in people}:
        ctx = contexts.get(article_id) or []
        units.append(Unit(label, article_id, source.get(article_id, article_id), ctx[0].code if ctx else None,
                          frozenset(bodies[(label, article_id)]), press[(label, article_id)],
                          frozenset(outlets[(label, article_id)])))

    def contains(outer: str, inner: str) -> bool:
        a, b = gaz.get(outer), gaz.get(inner)
        return a is not None and b is not None and gaz.contains(a, b)

    def ancestors(code: str) -> list[str]:
        div = gaz.get(code)
        return [] if div is None else [gaz.canonical(d).code for d in gaz.parents(gaz.canonical(div))]

    return person_groups(units, contains, ancestors)


def _sentence_of(x, start: int, end: int) -> tuple[int, int]:
    for s, e in x.sentences:
        if s <= start and end <= e:
            return s, e
    return start, end


def _evidence(art: Article, start: int, end: int, rule: str, qualifiers, basis: str = "stated") -> Evidence:
    """An edge's evidence: the sentence at ``[start, end)`` of the article when it states the
    edge; for an inference, no sentence (none says it) and no offsets."""
    if basis != "stated":
        return Evidence(art.id, art.source, art.headline, "", 0, 0, rule, tuple(qualifiers), basis)
    s, e = art.to_source(start, end) if art.offsets else (start, end)
    return Evidence(art.id, art.source, art.headline, art.text[start:end], s, e, rule, tuple(qualifiers))
