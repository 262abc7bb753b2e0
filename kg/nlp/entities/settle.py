"""``kg_entities``: settle the candidates of every source into ``doc._.kg_mentions``.

It reads ``doc._.kg_candidates`` (each source's names under its key) and the span groups
of statistical models (``doc.spans["kg_ner"]``: spans labelled PER/LOC/ORG or a kg type),
hands them to the registered filter its config names (:mod:`kg.nlp.entities.filters`) and
writes what the filter keeps, in text order, as :class:`~kg.records.Mention` records (a place
named exactly as a person of the same article taking the person's type: :func:`people_stay_people`).

Its config says how the sources rank:

``tiers``
    lists of source keys; earlier tiers first, and within a tier the source listed first
    wins between names of the same length.  A key of ``doc._.kg_candidates`` named
    nowhere in the config joins the first tier at the lowest rank, so a source added to
    the pipeline is never silently dropped;
``nested``
    sources whose names may also stand inside longer names (the divisions data's places);
``models``
    keys of model names: a group of ``doc._.kg_candidates`` already typed (``kg_posseg``,
    ``kg_lac``), else a span group of ``doc.spans`` (token spans labelled PER/LOC/ORG or a kg
    type), else a Doc extension of that name holding character spans (objects with ``start``,
    ``end``, ``label``: a tagger over characters need not align with jieba's tokens); the last
    two are typed here by :class:`~kg.nlp.entities.models.ModelTyping`; a key found nowhere
    is skipped;
``filter``
    the registered filter (``{"@misc": "kg.prioritize_rules_filter.v1"}``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.lang.gazetteer import level_suffixes
from kg.lang.lexicon import PHASE
from kg.nlp.entities.component import CANDIDATES, DataComponent
from kg.nlp.entities.filters import CandidateSet, EntityFilter
from kg.nlp.entities.index import NameIndex, name_index
from kg.nlp.entities.models import ModelTyping
from kg.nlp.entities.people import person_after
from kg.nlp.entities.places import RULE as PLACES_RULE
from kg.nlp.entities.text_classes import CJK, EVERYDAY_FREQ, INSTITUTION_ENDS, NAME_STOP, PARK_PART, TOWN_WRITTEN, UNIT_WORDS, held_at
from kg.nlp.extensions import doc_text, ensure_extensions
from kg.records import Mention

__all__ = ["EntitySettler", "DEFAULT_TIERS", "DEFAULT_NESTED", "DEFAULT_MODELS"]

#: The rule sources, in the order :data:`kg.nlp.pipeline.PIPES` runs them, ranked.
DEFAULT_TIERS: list[list[str]] = [
    ["kg_bylines", "kg_quoted_projects", "kg_metro_lines", "kg_awards", "kg_departments", "kg_suffix_names",
     "kg_listed_companies", "kg_listed_projects", "kg_built_works"],
    ["kg_officials", "kg_name_runs"],  # named after the bodies: only where no body's name is
    ["kg_award_events"],  # a bare prize after its contest: only where nothing else is
]
DEFAULT_NESTED: list[str] = ["kg_places"]
DEFAULT_MODELS: list[str] = ["kg_ner", "kg_posseg", "kg_lac"]

#: the rest of a list from an item's end on, closed by 等 and what its items are (、乙村等3个新启动社区)
_LIST_CLOSE = re.compile(r"(?:、[^、，,。；;：:\s]{2,8})*等(?:[0-9一二三四五六七八九十两]+个)?(?P<kind>[\u4e00-\u9fff]{1,6}?)"
                         r"(?=[，,。；;、\s]|$)")


class EntitySettler(DataComponent):
    """Settle the sources' candidates into ``doc._.kg_mentions`` (see the module docstring)."""

    uses_gazetteer = True  # ModelTyping knows the places of the divisions data

    def __init__(self, nlp: Language | None = None, name: str = "kg_entities", *, tiers: list[list[str]],
                 nested: list[str], models: list[str], filter: EntityFilter) -> None:
        super().__init__(nlp, name)
        self.tiers = [list(t) for t in tiers]
        self.nested = list(nested)
        self.models = list(models)
        self.filter = filter
        self._named = {k for t in self.tiers for k in t} | set(self.nested) | set(self.models)
        self._typing: ModelTyping | None = None
        self._typing_of = None  # the data _typing was made from (from_disk loads new data)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = self.candidates(doc)
        if self.data.lex.everyday_words:
            found = whole_words_only(text, found, self.data.lex.everyday_words, self.data.lex.max_everyday_word)
        kept = self._people_listed(text, self._places_listed(text, self.filter(found)))
        kept = people_stay_people(works_listed(kept, (doc._.kg_candidates or {}).get(_LISTED_WORKS, ())))
        if self.data.lex.job_endings:
            kept = people_after_jobs(text, kept, self.data.lex, self.data.freq)
        kept = people_named_again(name_index(doc), kept)
        kept = honours_end_no_place(facilities_built(text, declared_short_names(text, kept), self.data.lex))
        kept = places_with_their_units(text, sites_of_works(text, kept, self.data.lex), self.data.lex)
        if "中心" in text:
            kept = venues_of_events(text, kept, self.data.lex)
        kept = phases_in_brackets(text, parts_of_parks(text, kept))
        if _ONE_OF in text:
            kept = [m for m in kept if not (m.type in ("Project", "Place") and m.kind == "name" and m.rule != PLACES_RULE
                                            and text.startswith(_ONE_OF, m.end))]
        if "·" in text:
            kept = names_across_dots(name_index(doc), kept, self.data.freq)
        doc._.kg_mentions = kept
        return doc

    def _places_listed(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A model's bare person (no post, no byline) that a list says is a place: its neighbour
        in the 、-list is a place ending in the same character (甲海坊、乙海坊), or the list closes
        with 等 and a place's kind word (甲家埠、乙村等3个社区).  Surnames open village and street
        names as often as persons' names."""
        if "、" not in text:
            return mentions
        out = list(mentions)
        by_start = {m.start: k for k, m in enumerate(out)}
        by_end = {m.end: k for k, m in enumerate(out)}
        for k, m in enumerate(out):
            if m.type != "Person" or m.kind != "name" or m.role is not None or m.rule not in self.models:
                continue
            near = []
            if text[m.end : m.end + 1] == "、" and (j := by_start.get(m.end + 1)) is not None:
                near.append(out[j])
            if m.start > 0 and text[m.start - 1] == "、" and (j := by_end.get(m.start - 1)) is not None:
                near.append(out[j])
            if any(n.type == "Place" and n.text[-1] == m.text[-1] for n in near) or self._list_of_places(text, m.end):
                out[k] = replace(m, type="Place")
        return out

    def _people_listed(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A place a suffix names (赵庆山: 山 ends mountains) listed among people (区领导王晓东、李慧敏、赵庆山), or
        opening its line before a space and a post (赵庆山　甲合作社理事长, as lists of honoured people write it), is a
        person when it reads as a name: two or three characters, a surname first."""
        if "、" not in text and " " not in text and "\u3000" not in text:
            return mentions
        out = list(mentions)
        by_start = {m.start: m for m in out}
        by_end = {m.end: m for m in out}
        surnames = self.data.lex.surnames
        for k, m in enumerate(out):
            if m.type != "Place" or m.rule != "suffix" or not 2 <= len(m.text) <= 3 or m.text[:1] not in surnames:
                continue
            near = [by_start.get(m.end + 1) if text[m.end : m.end + 1] == "、" else None,
                    by_end.get(m.start - 1) if m.start > 0 and text[m.start - 1] == "、" else None]
            if any(n is not None and n.type in _PEOPLE for n in near) or self._posted_line(text, m):
                out[k] = replace(m, type="Person", name=m.text)
        return self._named_in_posted_lines(text, out)

    def _named_in_posted_lines(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Among lines of a list of people, each a name, a space and the post (王晓梅　甲局局长), the name no
        source found opening such a line (才让多吉, a Tibetan name without a family name of surnames.txt) is an
        official's, where a line next to it opens with a person found."""
        if "\u3000" not in text and " " not in text:
            return mentions
        lex = self.data.lex
        # (甲　乙旅行社导游: a line whose job is no post's title names a person still, by a family name of surnames.txt)
        # (a note in brackets after the post: 驻村第一书记（区住建局派驻）)
        lines = [(m.start(), m.end(), "Official" if lex.title_ending(_LINE_NOTE.sub("", m.group(2).rstrip())) is not None
                  else "Person") for m in _POSTED_LINE.finditer(text)]
        lines = [line for line in lines if line[2] == "Official"
                 or 2 <= line[1] - line[0] <= 3 and text[line[0]] in lex.surnames]
        if len(lines) < 2:
            return mentions
        people = {m.start for m in mentions if m.type in _PEOPLE}
        out = list(mentions)
        for k, (start, end, type_) in enumerate(lines):
            cut = next((j for j, m in enumerate(out) if m.start == start and m.type in _PEOPLE and m.end < end), None)
            if cut is not None and end - start <= 3 and not any(m.start < end and out[cut].end < m.end for m in out):
                # 宋家 | 和　甲中心主任: the tagger cut the name before a character that is also a conjunction; the
                # line's name runs to the space
                out[cut] = replace(out[cut], end=end, text=text[start:end], name=text[start:end])
                continue
            neighbours = [lines[j][0] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
            if start in people or not any(n in people for n in neighbours) \
                    or any(m.start < end and start < m.end for m in mentions):
                continue
            at = next((i for i, m in enumerate(out) if m.start > start), len(out))
            name = "".join(c for c in text[start:end] if c not in " \u3000")
            out.insert(at, Mention(start, end, text[start:end], type_, name, rule="posted_line"))
            people.add(start)  # (the next line's name may lean on this one: 甲 … 乙 … 丙, only 甲 found)
        return out

    def _posted_line(self, text: str, m: Mention) -> bool:
        """Whether ``m`` opens its line, a space after it, and the line ends with a post's title."""
        if m.start > 0 and text[m.start - 1] != "\n" or text[m.end : m.end + 1] not in (" ", "\u3000"):
            return False
        end = text.find("\n", m.end)
        line = text[m.end : end if end >= 0 else len(text)].rstrip()
        return len(line) <= 40 and self.data.lex.title_ending(line) is not None

    def _list_of_places(self, text: str, end: int) -> bool:
        """Whether the 、-list going on at ``end`` closes with 等 and a place's kind word (等3个社区)."""
        if text[end : end + 1] not in ("、", "等"):
            return False
        close = _LIST_CLOSE.match(text, end)
        if close is None:
            return False
        hit = self.data.lex.suffix_at(text, close.end())
        return hit is not None and hit[1] == "Place" and close.end() - len(hit[0]) >= close.start("kind")

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def candidates(self, doc: Doc) -> CandidateSet:
        """The Doc's candidates, grouped and ranked as the config says."""
        groups = doc._.kg_candidates or {}
        tiers = [[groups.get(key, ()) for key in tier] for tier in self.tiers]
        extra = [groups[key] for key in groups if key not in self._named]  # in the order the sources ran
        if extra:
            if tiers:
                tiers[0] = tiers[0] + extra
            else:
                tiers = [extra]
        nested = [m for key in self.nested for m in groups.get(key, ())]
        models: list[Mention] = []
        for key in self.models:
            if key in groups:
                models += groups[key]
            elif key in doc.spans:
                models += self._typed(doc, [(s.start_char, s.end_char, s.label_) for s in doc.spans[key]], key)
            elif Doc.has_extension(key) and getattr(doc._, key):
                # character spans with a label (start, end, label), as a tagger over characters writes them
                models += self._typed(doc, [(s.start, s.end, s.label) for s in getattr(doc._, key)], key)
        return CandidateSet(tiers, nested, models)

    def _typed(self, doc: Doc, spans: list[tuple[int, int, str]], key: str) -> list[Mention]:
        """A model's (start, end, label) character spans as mentions, typed by kg (spans kg takes for
        no name dropped); ``key`` is their rule name."""
        if self._typing is None or self._typing_of is not self.data:
            self._typing, self._typing_of = ModelTyping(self.data), self.data
        index = name_index(doc)
        out = []
        for start, end, label in spans:
            m = self._typing.mention(index, index.text, start, end, label, key)
            if m is not None:
                out.append(m)
        return out


def whole_words_only(text: str, found: CandidateSet, words: frozenset[str], longest: int) -> CandidateSet:
    """``found`` without the names that open inside a word of ``words`` (everyday words of policy news jieba's
    dictionary lacks, at most ``longest`` characters: 建设和美乡村, where jieba reads 和 | 美 | 乡村, opens no name at 美)."""

    def whole(m: Mention) -> bool:
        return not any(text[m.start - k : m.start - k + n] in words for n in range(2, longest + 1)
                       for k in range(1, min(n, m.start + 1)))

    return CandidateSet([[[m for m in group if whole(m)] for group in tier] for tier in found.tiers],
                        [m for m in found.nested if whole(m)], [m for m in found.models if whole(m)])


_PEOPLE = ("Official", "Person")
#: the source that names the works of a list being built (…等8所中小学校建设)
_LISTED_WORKS = "kg_listed_projects"


def works_listed(mentions: list[Mention], listed: Sequence[Mention]) -> list[Mention]:
    """A name a list of works being built holds is a Project there (启动科技苑中学、龙凤苑中学等8所学校
    建设): GUIDE §2 types a thing by what the sentence does with it, so the list's type wins over
    the one its suffix gives (中学 names an Organization where its head is named: 校长)."""
    works = {(m.start, m.end) for m in listed if m.type == "Project"}
    if not works:
        return mentions
    return [replace(m, type="Project") if (m.start, m.end) in works and m.type in ("Organization", "Place")
            and m.kind == "name" else m for m in mentions]


#: what follows a category a thing is one of (该项目是甲市2025年重大民生项目之一, 是甲县蜜桃主产村之一): a work's or
#: place's name a rule made before it names the category, no work or place
_ONE_OF = "之一"
#: a note in brackets closing a line of a people list (（区住建局派驻）)
_LINE_NOTE = re.compile(r"[（(][^（()）]{1,20}[)）]$")
#: a town written with its unit right before a park's name (选址 | 甲口镇 | 乙产业园)
_TOWN_BEFORE = re.compile(rf"{TOWN_WRITTEN}$")
#: a work's phase in brackets after its name (（二期）, (3期))
_PHASE = re.compile(rf"[（(]{PHASE}[)）]")
#: a line of a list of people: a name (two to four characters, or parts a middle dot joins), a space, the post
_POSTED_LINE = re.compile(r"^([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,10})"
                          r"(?=[ \u3000]+(\S.{1,40})$)", re.M)  # (魏 鹏: a name of two padded to the width of three)
#: how the names of parks and zones that have parts end (甲工业园 | 东区)
_PARK_ENDS = ("园", "园区", "开发区", "工业区", "产业区", "新区", "集聚区", "示范区")


#: a short name a text declares for the name right before it: （以下简称“即墨城投”）, (简称:甲集团)
_DECLARED_SHORT = re.compile(r"[（(]\s*(?:以下)?简称[:：]?\s*[“\"‘]?([^”\"’）)，,。]{2,12})[”\"’]?\s*[）)]")


def declared_short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A short name the text declares right after a body's name (青岛即墨城市发展投资集团有限公司（简称“即墨城投”）):
    every time the page writes it (a headline may come before the brackets), it is that body, named so (a name of
    its own there, the body's type: a rule's guess of it gives way).  The brackets are part of the full name's
    mention, so the relations read past them (由甲公司（简称“甲”）投资建设: 甲公司 builds), as past no other words."""
    if "简称" not in text:
        return mentions
    by_end = {m.end: k for k, m in enumerate(mentions) if m.kind == "name" and m.type in _BODIES_AND_WORKS}
    declared = []
    out = list(mentions)
    for hit in _DECLARED_SHORT.finditer(text):
        k = by_end.get(hit.start())
        if k is not None:
            out[k] = replace(out[k], end=hit.end())
            declared.append((hit.group(1), out[k], hit.group()))
    if not declared:
        return mentions
    brackets = [(full.end - len(hit), full.end) for _, full, hit in declared]
    out = [m for m in out if not any(a <= m.start and m.end <= b for a, b in brackets)]  # (即墨 of 即墨城投)
    for short, full, _ in declared:
        # (from the page's start: a headline may use the short name before the body declares it)
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            if any(a <= at < b for a, b in brackets):
                at = text.find(short, end)
                continue
            # (a rule's or the tagger's reading of it or of a part of it gives way: 宏耀 of 宏耀股份 is no person)
            out = [m for m in out if not (at <= m.start and m.end <= end and m.type != "Place")]
            if not any(m.start < end and at < m.end and not (at <= m.start and m.end <= end and m.type == "Place")
                       for m in out):  # (the places inside it stay, as inside any name)
                out.append(Mention(at, end, short, full.type, full.name, rule="declared_short"))
            at = text.find(short, end)
    return sorted(out, key=lambda m: (m.start, -m.end))


_BODIES_AND_WORKS = frozenset({"Agency", "Company", "Organization", "Project"})


def facilities_built(text: str, mentions: list[Mention], lex) -> list[Mention]:
    """An institution or a place the sentence builds is a work there (GUIDE §2: typed by what the sentence does
    with it): a name ending in a facility or grounds word of work_names.tsv (创新中心, 分校; 小镇, 公园) right after a
    building verb (投资建设 | 甲创新中心; 共建 | 甲研究院, not a school or hospital run together), or followed in its
    clause by 由, the builders and a building verb (甲中心由乙公司投资建设), is a Project; elsewhere (甲中心主任, 位于甲小镇)
    it stays what its suffix says."""
    facilities, grounds, builds = lex.work_facilities, lex.work_grounds, lex.work_builds
    out = list(mentions)
    works = [(m.start, m.end) for m in mentions if m.type == "Project"]
    for k, m in enumerate(out):
        if m.kind != "name" or not (m.type == "Organization" and m.name.endswith(facilities)
                                    or m.type == "Place" and m.name.endswith(grounds)):
            continue
        if any(a <= m.start and m.end < b for a, b in works):
            continue  # (建设 | 澄波古镇夜游综合体项目: the grounds open the work built, which is named in full)
        before = text[max(0, m.start - 8) : m.start].removesuffix("“")  # (共建“甲研究中心”: quoted)
        built = before.endswith(builds) or before.endswith(tuple(b + w for b in builds for w in "了的")) \
            or before.endswith(lex.work_joint_builds) and not m.name.endswith(INSTITUTION_ENDS)
        if not built and text.startswith(("由", "是由", "项目由", "，由", ",由"), m.end):
            clause = re.split(r"[。；;！？\n]", text[m.end : m.end + 60], maxsplit=1)[0]
            built = any(b in clause for b in builds)
        if not built and (m.start == 0 or text[m.start - 1] in "。！？；;\n"):
            # 甲小镇位于乙，由丙公司具体开发: the sentence it opens says, in a later clause, who builds it
            sentence = re.split(r"[。；;！？\n]", text[m.end : m.end + 80], maxsplit=1)[0]
            later = sentence.find("，由")
            built = later >= 0 and any(b in sentence[later:] for b in builds)
        if built:
            out[k] = replace(m, type="Project")
    return out


def _past_places(mentions: list[Mention], k: int) -> int:
    """Where the places written right before ``mentions[k]`` start (甲口镇 | 乙物流园), or its own start."""
    start = mentions[k].start
    for m in reversed(mentions[:k]):
        if m.type == "Place" and m.end == start:
            start = m.start
        elif m.end > start:
            continue  # (a place inside the park's name, read before it)
        else:
            break
    return start


#: what joins the items of a list of places
_PLACE_JOINERS = ("、", "和", "及", "与")


def sites_of_works(text: str, mentions: list[Mention], lex) -> list[Mention]:
    """A park or zone where another work is built (在甲产业园建设 | 乙生产基地), or a park written after a word that says
    where something is (位于 | 甲产业园, 落户 | 乙物流园: work_names.tsv ``park`` and ``site``) or listed with places
    (深入甲镇、乙镇和丙产业园), is a place there (GUIDE §2:
    something is located in it), whatever its suffix says elsewhere (甲产业园 built is a work); a town the divisions
    data lacks, written with its unit between the word and the park (选址 | 甲口镇 | 乙产业园), is a place too."""
    starts = {m.start for m in mentions if m.type == "Project"}
    sites = {k for k, m in enumerate(mentions)
             if m.type == "Project" and m.kind == "name" and text[m.start - 1 : m.start] == "在"
             # (work_builds is longest first: 投资建设 before 建设)
             and (verb := next((b for b in lex.work_builds if text.startswith(b, m.end)), None)) is not None
             and m.end + len(verb) in starts}
    # 乙项目位于 | 甲产业园, 选址 | 甲口镇 | 乙物流园: a park written where something is
    towns = []
    for k, m in enumerate(mentions):
        if m.type != "Project" or m.kind != "name" or not m.name.endswith(lex.work_parks):
            continue
        before = _past_places(mentions, k)
        town = _TOWN_BEFORE.search(text, max(0, before - 6), before)
        if town is not None and before == m.start and text.endswith(lex.work_sites, 0, town.start()):
            # (选址 | 甲口镇 | 乙产业园: the town, written with its unit, that the divisions data does not hold)
            towns.append(Mention(town.start(), before, town.group(), "Place", town.group(), rule="suffix"))
            before = town.start()
        if text.endswith(lex.work_sites, 0, before) or _listed_with_places(text, mentions, k):
            sites.add(k)
        elif text[m.start - 1 : m.start] == "在" and _work_opens_at(text, m.end, lex) \
                and any(w.end == m.start - 1 and w.type in ("Project", "Company") for w in mentions[max(0, k - 4) : k]):
            sites.add(k)  # 乙生产线在 | 甲产业园 | 正式投产: where the work opens (project_lists.tsv verb)
    # (a park the article also names as a work elsewhere stays one thing, a work: 甲产业园开工 … 在甲产业园建设乙)
    works = {m.name for k, m in enumerate(mentions) if m.type == "Project" and k not in sites}
    if not sites and not towns:
        return mentions
    out = [replace(m, type="Place") if k in sites and m.name not in works and _unplaced(m, mentions) not in works else m
           for k, m in enumerate(mentions)]
    return sorted(out + towns, key=lambda m: (m.start, -m.end)) if towns else out


def venues_of_events(text: str, mentions: list[Mention], lex) -> list[Mention]:
    """A body named by a suffix of ``title_suffixes`` (中心) between 在 and an event's verb (在县会展中心举行, 在区政务服务中心
    召开) is the venue, a place (GUIDE §2: something is held in it), named for the article's division (resolution,
    rule ``venue``); before a post title it stays a body.  (kg_suffix_names names such a venue no other source names.)"""
    centres = tuple(lex.title_suffixes)
    return [replace(m, type="Place", rule="venue") if m.type in ("Agency", "Organization") and m.kind == "name"
            and held_at(text, m.start, m.end) and m.text.endswith(centres) else m for m in mentions]


def _listed_with_places(text: str, mentions: list[Mention], k: int) -> bool:
    """Whether ``mentions[k]`` is listed with places, one 、 or 和 apart (深入甲镇、乙镇和丙产业园): an item of a list of
    places is a place."""
    m = mentions[k]
    before = next((p for p in reversed(mentions[:k]) if p.end <= m.start), None)
    after = next((p for p in mentions[k + 1 :] if p.start >= m.end), None)
    return before is not None and before.type == "Place" and text[before.end : m.start] in _PLACE_JOINERS \
        or after is not None and after.type == "Place" and text[m.end : after.start] in _PLACE_JOINERS


def _work_opens_at(text: str, at: int, lex) -> bool:
    """Whether what a list of works undergoes (开工, 投产: project_lists.tsv ``verb``) is written at ``at``, perhaps
    after words that may stand before it (正式, 顺利: ``adverb``)."""
    while True:
        word = next((text[at : at + n] for n in (2, 1) if lex.project_lists.get(text[at : at + n]) == "adverb"), None)
        if word is None:
            break
        at += len(word)
    return any(lex.project_lists.get(text[at : at + n]) == "verb" for n in (4, 3, 2))


def _unplaced(work: Mention, mentions: list[Mention]) -> str:
    """A work's name without the places it opens with (钢城区 | 翠岭产业园): the same park written short
    elsewhere is one thing with it."""
    start = work.start
    while (inner := next((m for m in mentions if m.type == "Place" and m.start == start and m.end < work.end), None)):
        start = inner.end
    return work.text[start - work.start :]


#: how often jieba's dictionary may count a word that goes on a name's part after its middle dot (维奇 79, 主演 825)
_RARE_NAME_PART = 300
#: the longest part of a name after its middle dot
_MAX_DOTTED_PART = 8


def names_across_dots(index: NameIndex, mentions: list[Mention], freq: dict[str, int]) -> list[Mention]:
    """A person's name written with a middle dot (古丽巴哈尔·艾买提, 阿依努尔·司马义: Uyghur, Kazakh and foreign
    names in Chinese characters): a person's mention ending in jieba's word right before the dot runs over the
    word it opens in and the part after the dot: the first word there, then words of one character or words
    jieba's dictionary counts rarely (乔沃 | 维奇 | 主演: not 主演), up to punctuation.  A mention inside the
    name so found is dropped."""
    text = index.text
    out: list[Mention] = []
    grown: list[tuple[int, int]] = []
    for m in mentions:
        word = index.word_covering(m.end - 1) if m.type in _PEOPLE else None
        if word is None:
            out.append(m)
            continue
        dot = word[1]
        first = index.word_covering(m.start)
        start = first[0] if first is not None else m.start
        if "·" in m.text[1:-1]:
            dot = m.start + m.text.rindex("·")  # 努尔兰·哈力 | 别克: a name found across its dot may stop short of its end
        while dot < len(text) and text[dot] != "·" and (w := index.word_covering(dot)) is not None \
                and w[1] - start <= _MAX_DOTTED_PART and _all_cjk(text[w[0] : w[1]]) \
                and freq.get(text[w[0] : w[1]], 0) < _RARE_NAME_PART:
            dot = w[1]  # (阿依 | 努尔 | ·: the first part read as two words)
        if text[dot : dot + 1] != "·" or not _all_cjk(text[dot + 1 : dot + 2]):
            out.append(m)
            continue
        end = max(dot + 1, m.end)
        while (w := index.word_covering(end)) is not None and w[0] == end and w[1] - dot - 1 <= _MAX_DOTTED_PART:
            part = text[w[0] : w[1]]
            if not _all_cjk(part) or end > dot + 1 and not (
                    len(part) == 1 and part not in NAME_STOP or freq.get(part, 0) < _RARE_NAME_PART):
                break
            if end == m.end > dot + 1 and not (_name_piece(part) and _ends_a_name(text, w[1])):
                break  # (哈维尔·巴尔顿 | 入围: a name found whole across its dot runs on only over a name's piece, 别克)
            end = w[1]
        if end == dot + 1 or (start, end) == (m.start, m.end):
            out.append(m)
            continue
        grown.append((start, end))
        out.append(replace(m, start=start, end=end, text=text[start:end], name=text[start:end]))
    if not grown:
        return out
    return [m for m in out if not any(a <= m.start and m.end <= b and (m.start, m.end) != (a, b) for a, b in grown)]


def _name_piece(word: str) -> bool:
    """Whether jieba tags ``word`` as a piece of a person's name (别克 of 哈力别克)."""
    from kg.lang.jieba_tables import tables

    return tables()[0].get(word, "").startswith("nr")


def _ends_a_name(text: str, at: int) -> bool:
    """Whether a name may end at ``at``: the text ends, or punctuation follows."""
    return at >= len(text) or not _all_cjk(text[at])


def _all_cjk(part: str) -> bool:
    return bool(part) and all("\u4e00" <= c <= "\u9fff" for c in part)


def places_with_their_units(text: str, mentions: list[Mention], lex) -> list[Mention]:
    """A place followed by a town's one-character unit is the town (澄波湾 | 镇: the walk from 湾 stops short of a
    town the divisions data does not know), as is one the article writes elsewhere with its unit (柳河 | 县 …
    柳河县); not where the unit opens a word of its own (乡村振兴)."""
    named = {m.text for m in mentions if m.type == "Place"}
    held = {(m.start, m.end) for m in mentions}
    towns = tuple(u for u in level_suffixes("town") if len(u) == 1)

    def unit_after(m: Mention) -> bool:
        unit = text[m.end : m.end + 1]
        if m.type != "Place" or not unit or unit not in lex.one_char_units or (m.start, m.end + 1) in held \
                or m.text.endswith((*lex.one_char_units, *lex.settlement_words, *towns)):
            return False  # (颜庄镇 | 镇长, 上岚村 | 镇: a division's name ends at its own unit)
        return text[m.start : m.end + 1] in named or unit in towns and not text.startswith(UNIT_WORDS, m.end)

    return [replace(m, end=m.end + 1, text=text[m.start : m.end + 1], name=text[m.start : m.end + 1])
            if unit_after(m) else m for m in mentions]


def phases_in_brackets(text: str, mentions: list[Mention]) -> list[Mention]:
    """A work's phase in brackets right after its name is part of it (甲供水工程（二期）: another phase is another
    work)."""
    if "期" not in text:
        return mentions
    out = []
    for m in mentions:
        phase = _PHASE.match(text, m.end) if m.type == "Project" and m.kind == "name" else None
        if phase is not None:
            whole = text[m.start : phase.end()]
            m = replace(m, end=phase.end(), text=whole, name=m.name + phase.group())
        out.append(m)
    return out


def parts_of_parks(text: str, mentions: list[Mention]) -> list[Mention]:
    """A park or zone and a bearing's 区 right after it are one place, the park's part (翠岭工业园 | 东区 →
    翠岭工业园东区, the park nested in it), not a division of the divisions data that has that name elsewhere."""
    parks = {m.end: m for m in mentions if m.type in ("Place", "Project") and m.kind == "name"
             and m.text.endswith(_PARK_ENDS)}
    out = list(mentions)
    for k, m in enumerate(mentions):
        park = parks.get(m.start)
        if park is not None and m.type == "Place" and m.rule == PLACES_RULE and PARK_PART.fullmatch(m.text):
            whole = text[park.start : m.end]
            out.remove(m)  # (the whole before the park nested in it, as every name before its nested ones)
            out.insert(out.index(park), replace(m, start=park.start, text=whole, name=whole, rule="park_part"))
    return out


def honours_end_no_place(mentions: list[Mention]) -> list[Mention]:
    """A place of the divisions data that ends an honour's name is the honour's last words, no place:
    “2024年度城阳区招商引资先进街道”称号 names no 先进街道 (a town of that name is elsewhere)."""
    ends = {(m.end, m.start) for m in mentions if m.type == "Award"}
    if not ends:
        return mentions
    return [m for m in mentions if not (m.type == "Place" and any(e == m.end and s < m.start for e, s in ends))]


#: the types of a workplace a job is written after
_WORKPLACES = ("Company", "Organization", "Agency")
#: how often jieba's dictionary may count the word a job's last character makes with the next (工程 16,869: a word
#: runs on there, and the job ends nowhere)
_JOB_RUNS_ON = 300


def people_after_jobs(text: str, mentions: list[Mention], lex, freq: dict[str, int]) -> list[Mention]:
    """A person's name right after a workplace and a job no title names, the job ending as jobs do (job_endings.txt:
    甲茶业有限公司制茶师 | 王某, 乙厂电工 | 赵某), where no name was found: a person."""
    added = []
    taken = [(m.start, m.end) for m in mentions]
    for m in mentions:
        if m.type not in _WORKPLACES or m.kind != "name" or lex.title_re.match(text, m.end) is not None:
            continue  # (甲局总工程师冯某: a title kg knows follows the body, whose 总工 is no job)
        for at in range(m.end + 2, m.end + 5):  # (电工, 制茶师, 高级技师)
            job = text[m.end : at]
            if any(c in NAME_STOP for c in job):
                break
            if not lex.is_job(job):
                continue
            if freq.get(text[at - 1 : at + 1], 0) >= _JOB_RUNS_ON:
                break  # (翠岭小学新建 | 工程: a word runs on over the job's end, which ends no job there)
            name = person_after(text, at, lex.surnames, freq)
            if name and freq.get(name, 0) >= EVERYDAY_FREQ:
                break  # 各成员 | 单位: an everyday word (a unit), a surname's character first or not, is nobody
            if name and not any(a < at + len(name) and at < b for a, b in taken):
                added.append(Mention(at, at + len(name), name, "Person", name, rule="after_job"))
                taken.append((at, at + len(name)))
            break
    return sorted(mentions + added, key=lambda m: (m.start, -m.end)) if added else mentions


def people_named_again(index: NameIndex, mentions: list[Mention]) -> list[Mention]:
    """A person found once is found wherever the article writes the name again and no other name is there
    (区委常委、副区长常晓岚主持会议 … 由常晓岚任组长, where jieba reads 由常晓岚 as one word: the
    title named her once).  A name of two characters only where a word of jieba's or a stop ends it (王静 | 表示,
    not 王静怡), and no person's longer name holds it."""
    text = index.text
    people = {}
    for m in mentions:
        if m.type in _PEOPLE and m.kind == "name" and 2 <= len(m.text) <= 4 and m.text == m.name:
            people[m.text] = "Official" if m.type == "Official" or people.get(m.text) == "Official" else m.type
    if not people:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    added = []
    for name, type_ in people.items():
        if any(name in other and name != other for other in people):
            continue  # (王静 and 王静怡: the shorter is no name of its own where the longer stands)
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            free = not any(a < end and at < b for a, b in taken)
            ends = len(name) >= 3 or end == len(text) or text[end] in NAME_STOP or not CJK.match(text[end]) \
                or end in index.starts
            if free and ends:
                added.append(Mention(at, end, name, type_, name, rule="named_again"))
                taken.append((at, end))
            at = text.find(name, end)
    return sorted(mentions + added, key=lambda m: (m.start, -m.end)) if added else mentions


def people_stay_people(mentions: list[Mention]) -> list[Mention]:
    """A place named exactly as a person of the same article is that person: 区长薛天江 … 薛天江对
    来宾表示欢迎 (江 ends rivers' names too; the title settled it once).  The mention takes the
    person's type (an Official stays one node); places of the divisions data are left alone."""
    people = {m.text: m.type for m in mentions if m.type in _PEOPLE and m.kind == "name"}
    if not people:
        return mentions
    return [replace(m, type=people[m.text], name=m.text) if m.type == "Place" and m.text in people
            and m.rule != "place_gazetteer" else m for m in mentions]


@Language.factory(
    "kg_entities",
    requires=[CANDIDATES],
    assigns=["doc._.kg_mentions"],
    default_config={
        "tiers": DEFAULT_TIERS,
        "nested": DEFAULT_NESTED,
        "models": DEFAULT_MODELS,
        "filter": {"@misc": "kg.prioritize_rules_filter.v1"},
    },
)
def make_entity_settler(nlp: Language, name: str, tiers: list[list[str]], nested: list[str], models: list[str],
                        filter: EntityFilter) -> EntitySettler:
    """Make the ``kg_entities`` component (see :class:`EntitySettler`)."""
    ensure_extensions()
    return EntitySettler(nlp, name, tiers=tiers, nested=nested, models=models, filter=filter)
