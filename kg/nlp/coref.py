"""Coreference of 该局/该项目/该公司 … (GUIDE §3): the spaCy component ``kg_coref``.

A demonstrative (该, 此, 这个/这家) before a kind word refers to the nearest mention
before it that fits the kind: 该局 → the last Agency whose name ends in 局, 该项目 →
the last Project, 该公司/该企业 → the last Company, 该园区 → a Project or Place whose name
ends as a park or zone does; a bare 园区 where something settles in it (入驻园区, 在园区设立…)
is the park named before, as a Place (something is located in it).  A company's name
written short, the words before its ending kept with 公司, refers to the company (投资公司
after 中建七局投资有限公司).
Each such phrase becomes a :class:`~kg.records.Mention` of kind ``"coref"`` with the
antecedent's type and name and ``antecedent`` set to the antecedent's index, so that
relation extraction can use it as a subject (该局创新建立…) while resolution never
takes it as an alias.  The words (kinds, what may follow a bare kind word, 前者/后者 …) are
in ``kg/data/coref.json``, read when the component is made and saved with a pipeline.

The mention list stays in text order; indices are recomputed after insertion, so an
``antecedent`` always indexes the final list.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.lang.lexicon import PHASE
from kg.nlp.entities.text_classes import DEMONSTRATIVES
from kg.nlp.extensions import doc_text, ensure_extensions
from kg.records import Mention

__all__ = ["CorefResolver", "load_data", "DATA_FILE"]

#: (本届旅游节: the festival named before)
_DEMONSTRATIVE = "(?:" + "|".join(sorted(map(re.escape, DEMONSTRATIVES), key=len, reverse=True)) + ")"

#: a work's phase after its name (产业园一期: still a 园区)
_PHASE = re.compile(rf"{PHASE}$")

#: the component's language data (kg/data/coref.json; its _comment says what each key holds)
DATA_FILE = "coref.json"


def load_data(path: str | Path | None = None) -> dict:
    """The shipped coreference data (``path`` None) or the file a saved pipeline holds.

    Raises
    ------
    KgError
        When the file cannot be read or is no JSON object, naming it.
    """
    source = resources.files("kg").joinpath("data", DATA_FILE) if path is None else Path(path)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        from kg.errors import KgError

        raise KgError(f"kg_coref: cannot read {source}: {err}") from err
    if not isinstance(data, dict):
        from kg.errors import KgError

        raise KgError(f"kg_coref: {source} holds no JSON object")
    return data


class CorefResolver:
    """Add coreference mentions for 该局/该项目/… to ``doc._.kg_mentions``.

    Parameters
    ----------
    nlp : Language
    name : str
    window : int
        How far back (characters) an antecedent may be.
    settlements : sequence of str
        The settlement words whose bodies are named by the word alone (村党支部); ``None``: those of
        ``scope_words.tsv``.
    zones : dict
        zone word → the name endings of the zones it refers to (开发区: 开发区); ``None``: the zone
        words of ``scope_words.tsv`` with their full forms from ``abbreviations.tsv``.
    data : dict
        The words (``kg/data/coref.json``, :func:`load_data`); ``None``: the shipped file.
    """

    def __init__(self, nlp: Language | None = None, name: str = "kg_coref", *, window: int = 600,
                 settlements: Sequence[str] | None = None, zones: dict[str, Sequence[str]] | None = None,
                 data: dict | None = None) -> None:
        self.name = name
        self.window = window
        if settlements is None or zones is None:
            from kg.lang.lexicon import load

            lex = load()
            if settlements is None:  # the settlement words of kg/data/scope_words.tsv (村, 社区)
                settlements = lex.settlement_words
            if zones is None:  # its zone words, with the full form abbreviations.tsv gives (高新区: 高新技术产业开发区)
                zones = {w: sorted({w, lex.abbreviations.get(w, (w, ""))[0]}) for w in lex.scope_zones}
        self.settlements = tuple(sorted(settlements, key=len, reverse=True))
        self.zones = {w: tuple(endings) for w, endings in zones.items()}
        zone_alt = "|".join(map(re.escape, sorted(self.zones, key=len, reverse=True))) or "(?!)"
        self._zone_pattern = re.compile(rf"(?:^|(?<=[，,。！？!?；;：:\n]))({zone_alt})")
        self._use(load_data() if data is None else data)

    def _use(self, data: dict) -> None:
        """Read the words of ``data`` and compile the patterns made of them."""
        self.data = data
        bare = data["bare_kinds"]
        kinds_alt = "|".join(map(re.escape, sorted(bare, key=len, reverse=True))) or "(?!)"
        after_alt = "|".join(map(re.escape, sorted({w for ws in bare.values() for w in ws}, key=len, reverse=True))) or "(?!)"
        # a kind word opening the text, a sentence or a clause (…介绍，公司投资…) or after a preposition of whom one
        # meets (与 | 公司董事长甲交流), at most two adverbs, then what is said of it right after
        adverbs = "|".join(map(re.escape, data["bare_kind_adverbs"]))
        # (or after a verb of help: 支持 | 合作社建设…; a look-behind has one width, so one per width)
        helps = "".join(f"|(?<={'|'.join(map(re.escape, sorted(ws)))})" for ws in _by_length(data["bare_kind_supporters"]))
        self._bare_pattern = re.compile(
            rf"(?:^|(?<=[。！？!?\n，,；;：:、”由为与同向]){helps})({kinds_alt})(?=(?:{adverbs}){{0,2}}({after_alt}))")
        self._bare_kinds = {k: tuple(v) for k, v in bare.items()}
        self._bare_kind_posts = frozenset(data["bare_kind_posts"])
        verbs = "|".join(map(re.escape, sorted(data["pronoun_verbs"], key=len, reverse=True)))
        pronouns = "|".join(map(re.escape, sorted(data["pronoun_words"], key=len, reverse=True)))
        self._pronoun_pattern = re.compile(rf"(?<=为)({pronouns})(?=(?:{adverbs}){{0,2}}(?:{verbs}))")
        investing = "|".join(map(re.escape, sorted(data["investor_pronoun_verbs"], key=len, reverse=True))) or "(?!)"
        self._investor_pattern = re.compile(rf"(?:^|(?<=[。！？!?\n，,；;]))(其)(?=(?:{adverbs}){{0,2}}(?:{investing}))")
        tail_alt = "|".join(map(re.escape, sorted(data["tail_after"], key=len, reverse=True))) or "(?!)"
        # the fewest characters from a clause's start before what is said of a work: the words that name it short
        self._tail_pattern = re.compile(
            rf"(?:^|(?<=[。！？!?\n，,；;：:]))([\u4e00-\u9fff]{{2,8}}?)(?=(?:{adverbs}){{0,2}}(?:{tail_alt}))")
        self._tail_types = tuple(data["tail_types"])
        self._work_ending = re.compile(data["work_ending_pattern"])
        self._latter, self._former = data["latter"], data["former"]
        self._latter_types = tuple(data["latter_types"])
        self._pair_joiners = tuple(data["pair_joiners"])
        self._contractor_roles = tuple(data["contractor_roles"])
        self._venue_verbs = tuple(data["venue_verbs"])
        # a kind word bare right after a verb of settling (落户园区), or after 在 before what is done there (在园区设立)
        settled = data.get("settled_kinds", {})
        settled_alt = "|".join(map(re.escape, sorted(settled, key=len, reverse=True))) or "(?!)"
        at_alt = "|".join(map(re.escape, sorted(data.get("settled_at_verbs", ()), key=len, reverse=True))) or "(?!)"
        self._settled_pattern = re.compile(rf"(?<=在)({settled_alt})(?=(?:{adverbs}){{0,2}}(?:{at_alt}))|({settled_alt})")
        self._settled_kinds = {k: tuple(v) for k, v in settled.items()}
        self._owner_reach = data["owner_reach"]
        self._work_tail_endings = tuple(data["work_tail_endings"])
        self._work_tail_min = data["work_tail_min"]
        self._work_tail_openers = frozenset(data["work_tail_openers"])
        kinds = data["kinds"]
        self.kinds = {k: (tuple(v[0]), tuple(v[1])) for k, v in kinds.items()}
        self._not_before = {k: v[2] for k, v in kinds.items() if len(v) > 2}
        self._not_endings = {k: tuple(v) for k, v in data["kind_not_endings"].items()}
        self.short_kinds = {k: (tuple(v[0]), tuple(v[1])) for k, v in data["short_kinds"].items()}
        words = sorted(self.kinds, key=len, reverse=True)
        self._pattern = re.compile(f"{_DEMONSTRATIVE}({'|'.join(map(re.escape, words))})")
        short = sorted(self.short_kinds, key=len, reverse=True)
        # two characters after a clause or list boundary, then the kind word: ，投资公司党委书记
        self._short_pattern = re.compile(
            rf"(?:^|(?<=[，,、。；;：:\s（(“]))([\u4e00-\u9fff]{{2}})({'|'.join(map(re.escape, short)) or '(?!)'})", re.M)

    # -- data -------------------------------------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / DATA_FILE).write_text(json.dumps(self.data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude=()) -> CorefResolver:
        self._use(load_data(Path(path) / DATA_FILE))
        return self

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_mentions = self.resolve(doc_text(doc), list(doc._.kg_mentions or []))
        return doc

    def resolve(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Return ``mentions`` with the coreference mentions of ``text`` added, in text order."""
        mentions = self._settlement_bodies(mentions)
        names = [m for m in mentions if m.kind != "coref"]
        found: list[tuple[Mention, Mention]] = []
        for match in self._pattern.finditer(text):
            s, e = match.span()
            if any(m.start < e and s < m.end for m in names):
                continue  # inside a name
            types, endings = self.kinds[match.group(1)]
            if text[e : e + 1] and text[e] in self._not_before.get(match.group(1), ""):
                continue  # 该行业: the kind word opens another word
            never = self._not_endings.get(match.group(1), ())
            fits = []
            for m in reversed(names):
                if m.end > s:
                    continue
                if s - m.end > self.window:
                    break
                if m.type in types and (not endings or _PHASE.sub("", m.name).endswith(endings)) and m.kind == "name" \
                        and not (never and m.name.endswith(never)) and not self._venue(text, m):
                    fits.append(m)
                    if "Company" not in types:
                        break
            # 该公司 after a work's contractors (由甲公司施工总承包，乙公司负责监理): the firm whose work it is, named
            # before them, if one is
            ante = next((m for m in fits if not text.startswith(self._contractor_roles, m.end)
                         and s - m.end <= self._owner_reach), fits[0] if fits else None)
            if ante is None:
                continue
            found.append((Mention(s, e, match.group(), ante.type, ante.name, kind="coref", rule="coref"), ante))
        found += self._pair_references(text, names, set(), parallel=True)  # (前者…，后者…: the pair's second)
        found += self._latter_references(text, names, {(c.start, c.end) for c, _ in found})
        found += self._pair_references(text, names, {(c.start, c.end) for c, _ in found})
        found += self._bare_references(text, names, found)
        found += self._tail_references(text, names)
        found += self._work_tail_references(text, names, found)
        found += self._pronoun_references(text, names, found)
        found += self._short_references(text, names)
        found += self._zone_references(text, names)
        found += self._settled_references(text, names, {(c.start, c.end) for c, _ in found})
        if not found:
            return mentions
        merged = sorted([*mentions, *(c for c, _ in found)], key=lambda m: (m.start, -m.end))
        index = {id(m): i for i, m in enumerate(merged)}
        old_index = {i: id(m) for i, m in enumerate(mentions)}
        out = []
        ante_of = {id(c): a for c, a in found}
        for m in merged:
            if id(m) in ante_of:
                m = Mention(m.start, m.end, m.text, m.type, m.name, kind="coref", rule=m.rule,
                            antecedent=index[id(ante_of[id(m)])])
            elif m.antecedent is not None:  # an earlier coref mention: re-point its index
                m = Mention(m.start, m.end, m.text, m.type, m.name, m.kind, m.role,
                            index[old_index[m.antecedent]], m.rule)
            out.append(m)
        return out

    def _settlement_bodies(self, mentions: list[Mention]) -> list[Mention]:
        """A village's or community's body named by the settlement word alone (村党支部, 村委会 after
        徐场村 is named) is that settlement's, the nearest one named before it within the window
        (徐场村党支部): a scope word no district or city resolves, whose bodies of different villages
        must not become one node.  Where no settlement of that word is named before, the body is
        left out (every 村党支部 of a corpus would be one)."""
        out: list[Mention] = []
        for m in mentions:
            word = next((w for w in self.settlements if m.name.startswith(w)), None)
            if word is None or m.type != "Agency" or m.kind != "name":
                out.append(m)
                continue
            place = next((p for p in reversed(out) if p.type == "Place" and p.kind == "name" and p.end <= m.start
                          and p.name.endswith(word) and len(p.name) > len(word)), None)
            if place is None or m.start - place.end > self.window:
                continue
            out.append(Mention(m.start, m.end, m.text, m.type, place.name + m.name[len(word):], m.kind, m.role,
                               m.antecedent, m.rule))
        return out

    def _latter_references(self, text: str, names: list[Mention],
                           taken: set[tuple[int, int]] = frozenset()) -> list[tuple[Mention, Mention]]:
        """后者 (the latter): the last body or person named before it in the same sentence (甲镇与乙公司签约，后者将
        投资…: 乙公司)."""
        out = []
        for match in re.finditer(self._latter, text):
            s, e = match.span()
            if (s, e) in taken or any(m.start < e and s < m.end for m in names):
                continue
            opening = max(text.rfind(c, 0, s) for c in "。！？!?\n") + 1
            ante = next((m for m in reversed(names) if opening <= m.start and m.end <= s and m.kind == "name"
                         and m.type in self._latter_types), None)
            if ante is not None:
                out.append((Mention(s, e, match.group(), ante.type, ante.name, kind="coref", rule="coref_latter"), ante))
        return out

    def _pair_references(self, text: str, names: list[Mention], taken: set[tuple[int, int]],
                         parallel: bool = False) -> list[tuple[Mention, Mention]]:
        """前者/后者 after two works joined by 和/与/及 (甲工程和乙工程也在加紧施工，前者由…实施。后者由…建设): the first or
        the second of the last such pair before it within the window; not where 后者 is a body (``taken``).
        ``parallel``: only a 后者 with a 前者 between it and the pair (前者由甲局实施，…；后者由乙公司建设), which is the
        pair's whatever bodies stand between."""
        out = []
        works = [m for m in names if m.kind == "name" and m.type == "Project"]
        latter, former = self._latter, self._former
        for match in re.finditer(f"{former}|{latter}", text):
            s, e = match.span()
            if (s, e) in taken or any(m.start < e and s < m.end for m in names):
                continue
            pairs = [(a, b) for a, b in zip(works, works[1:]) if b.end <= s and s - b.end <= self.window
                     and text[a.end : b.start] in self._pair_joiners]
            if parallel and not (pairs and match.group() == latter and former in text[pairs[-1][1].end : s]
                                 and latter not in text[text.rfind(former, 0, s) : s]):
                continue  # (the 前者 this 后者 answers: the last before it, no other 后者 between)
            if pairs:
                ante = pairs[-1][0] if match.group() == former else pairs[-1][1]
                out.append((Mention(s, e, match.group(), ante.type, ante.name, kind="coref", rule="coref_pair"), ante))
        return out

    def _work_tail_references(self, text: str, names: list[Mention],
                              found: list[tuple[Mention, Mention]]) -> list[tuple[Mention, Mention]]:
        """A work named again by the last words of its name (已向标准厂房项目发放… after 甲街道高端装备标准厂房项目), a
        work's kind word ending them (work_tail_endings) and at least work_tail_min characters long, after a
        character that opens no name (work_tail_openers): the nearest work before it whose name ends so, none
        where two different works do; the longest such words first, none inside a name or another reference."""
        works = [m for m in names if m.kind == "name" and m.type == "Project"]
        if not works:
            return []
        taken = [(m.start, m.end) for m in names] + [(c.start, c.end) for c, _ in found]
        tails = sorted({m.name[-n:] for m in works for n in range(self._work_tail_min, len(m.name) - 1)
                        if m.name[-n:].endswith(self._work_tail_endings)}, key=len, reverse=True)
        out = []
        for tail in tails:
            at = text.find(tail)
            while at >= 0:
                end = at + len(tail)
                if at > 0 and text[at - 1] in self._work_tail_openers and not any(a < end and at < b for a, b in taken):
                    fits = [m for m in works if m.end <= at and at - m.end <= self.window and m.name.endswith(tail)
                            and len(m.name) > len(tail)]
                    # (one work, though named with its places and without: 缙云县甲医院迁建工程, 甲医院迁建工程)
                    full = max(fits, key=lambda m: len(m.name), default=None)
                    if full is not None and all(full.name.endswith(m.name) for m in fits):
                        out.append((Mention(at, end, tail, "Project", full.name, kind="coref", rule="coref_work_tail"),
                                    full))
                        taken.append((at, end))
                at = text.find(tail, end)
        return out

    def _pronoun_references(self, text: str, names: list[Mention],
                            found: list[tuple[Mention, Mention]]) -> list[tuple[Mention, Mention]]:
        """其 after 为 and before a verb of getting money for something (甲局为其争取…资金, 乙局今年为其争取…): the work named
        (or referred to) last before it within the window; 其 opening a clause before a verb of investing
        (其投资5亿元建设的P): the firm named last."""
        out = []
        referred = {c.end: a for c, a in found}
        for match in self._investor_pattern.finditer(text):  # 其投资5亿元建设的P: the firm named last invests
            s, e = match.span(1)
            ante = next((m for m in reversed(names) if m.end <= s and s - m.end <= self.window and m.kind == "name"
                         and m.type == "Company"), None)
            if ante is not None:
                ante = _described(text, ante, names, referred, lambda m: m.type == "Company")
                out.append((Mention(s, e, match.group(1), ante.type, ante.name, kind="coref", rule="coref_pronoun"), ante))
        works = sorted([(m, m) for m in names if m.kind == "name" and m.type == "Project"]
                       + [(c, a) for c, a in found if c.type == "Project"], key=lambda pair: pair[0].end)
        for match in self._pronoun_pattern.finditer(text):
            s, e = match.span(1)
            ante = next((a for c, a in reversed(works) if c.end <= s and s - c.end <= self.window), None)
            if ante is not None:
                out.append((Mention(s, e, match.group(1), ante.type, ante.name, kind="coref", rule="coref_pronoun"), ante))
        return out

    def _bare_references(self, text: str, names: list[Mention],
                         found: list[tuple[Mention, Mention]] = ()) -> list[tuple[Mention, Mention]]:
        """A kind word opening a sentence or clause bare, what is said of a work or firm right after it (项目由甲集团建设,
        园区总投资10亿元, 公司投资…): the nearest work or firm before it within the window whose type and ending fit the kind
        (as for 该项目); none inside a name.  A firm that only says what another is (甲公司是乙集团在丙县设立的全资子公司，
        公司总经理…) gives way to that other, the sentence's subject (named, or referred to: ``found``)."""
        referred = {c.end: a for c, a in found}
        out = []
        for match in self._bare_pattern.finditer(text):
            s, e = match.span(1)
            kind, after = match.group(1), match.group(2)
            if after not in self._bare_kinds.get(kind, ()) or any(m.start < e and s < m.end for m in names):
                continue
            if text[s - 1 : s] == "、" and after not in self._bare_kind_posts:
                continue  # (村党支部书记、合作社理事长甲: a post of a chain; 企业、合作社被评为…: a list of kinds)
            types, endings = self.kinds[kind]
            near = [m for m in reversed(names) if m.end <= s and s - m.end <= self.window and m.kind == "name"
                    and m.type in types]
            # (the park itself before its phase: 甲产业园 … 甲产业园二期 … 园区获评 — the phase only where no park is named)
            ante = next((m for m in near if not endings or m.name.endswith(endings)), None) \
                or next((m for m in near if self._ends_as(m.name, endings)), None)
            if ante is not None:
                ante = _described(text, ante, names, referred,
                                  lambda m: m.type in types and (not endings or self._ends_as(m.name, endings)))
                if ante.type == "Organization" and after == "由":
                    # 学校由甲公司代建 after 乙中学新建工程: what is built is the work named after the school
                    ante = next((m for m in reversed(names) if m.end <= s and s - m.end <= self.window and m.type == "Project"
                                 and m.name.startswith(ante.name) and m.name != ante.name), ante)
                out.append((Mention(s, e, kind, ante.type, ante.name, kind="coref", rule="coref_bare"), ante))
        return out

    def _venue(self, text: str, m: Mention) -> bool:
        """Whether ``m`` is where something is held (仪式在甲产业园举行): a place there, whatever its type."""
        return text[m.start - 1 : m.start] == "在" and text.startswith(self._venue_verbs, m.end)

    def _ends_as(self, name: str, endings: tuple[str, ...]) -> bool:
        """Whether ``name``, without its phase (二期) or its work's ending (项目, 工程), ends with one of ``endings``
        (甲新材料产业园项目 is an 产业园)."""
        name = _PHASE.sub("", name)
        return name.endswith(endings) or self._work_ending.sub("", name).endswith(endings)

    def _tail_references(self, text: str, names: list[Mention]) -> list[tuple[Mention, Mention]]:
        """A work or institution named at a clause's start by the last words of its name, what is said of it
        right after (改扩建工程位于… after 甲机场改扩建工程, 新院区总投资… after 甲医院新院区项目, 新院区项目总投资…
        after 甲医院新院区): the nearest such
        name before it within the window; none for a bare kind word (:meth:`_bare_references`) or inside a name."""
        out = []
        for match in self._tail_pattern.finditer(text):
            s, e = match.span(1)
            word = match.group(1)
            if word in self._bare_kinds or any(m.start < e and s < m.end for m in names):
                continue
            bare = self._work_ending.sub("", word)  # (新院区项目 after 甲医院新院区: the kind word added)
            ante = next((m for m in reversed(names) if m.end <= s and s - m.end <= self.window and m.kind == "name"
                         and m.type in self._tail_types and len(m.name) > len(word) + 1
                         and (m.name.endswith(word) or self._work_ending.sub("", m.name).endswith(word)
                              or len(bare) >= 2 and m.type == "Project" and m.name.endswith(bare))), None)
            if ante is not None:
                out.append((Mention(s, e, word, ante.type, ante.name, kind="coref", rule="coref_tail"), ante))
        return out

    def _zone_references(self, text: str, names: list[Mention]) -> list[tuple[Mention, Mention]]:
        """A zone's word opening a clause alone (…介绍，开发区去年被评为…) is the zone of that kind named
        before it within the window (胶州经济技术开发区): the nearest place whose name ends in the word
        or its full form and is longer; none inside a name."""
        out = []
        for match in self._zone_pattern.finditer(text):
            s, e = match.span(1)
            if any(m.start < e and s < m.end for m in names):
                continue
            endings = self.zones[match.group(1)]
            ante = next((m for m in reversed(names) if m.end <= s and s - m.end <= self.window and m.kind == "name"
                         and m.type == "Place" and m.name.endswith(endings)
                         and not any(m.name == ending for ending in endings)), None)
            if ante is not None:
                out.append((Mention(s, e, match.group(1), ante.type, ante.name, kind="coref", rule="coref_zone"), ante))
        return out

    def _settled_references(self, text: str, names: list[Mention], taken: set[tuple[int, int]]) -> list[tuple[Mention, Mention]]:
        """A park's kind word bare where something settles in it (甲公司入驻园区, 首个落户园区的企业, 在园区设立研发中心) is
        the park or zone named before it within the window, as for 该园区; the reference is a place, since something
        is located in it (GUIDE §2), whatever the park's name is typed as elsewhere.  None inside a name."""
        out = []
        for match in self._settled_pattern.finditer(text):
            kind = match.group(1) or match.group(2)
            s, e = match.span(1) if match.group(1) else match.span(2)
            if match.group(2) and not text.endswith(self._settled_kinds[kind], 0, s):
                continue  # (the bare word only right after a verb of settling)
            if (s, e) in taken or any(m.start < e and s < m.end for m in names):
                continue
            types, endings = self.kinds[kind]
            ante = next((m for m in reversed(names) if m.end <= s and s - m.end <= self.window and m.kind == "name"
                         and m.type in types and self._ends_as(m.name, endings)), None)
            if ante is not None:
                out.append((Mention(s, e, kind, "Place", ante.name, kind="coref", rule="coref_settled"), ante))
        return out

    def _short_references(self, text: str, names: list[Mention]) -> list[tuple[Mention, Mention]]:
        """A full name written short, its kind word kept with the words before its ending:
        投资公司 after 中建七局投资有限公司.  The antecedent is the nearest name before, within the
        window, of a fitting type whose name ends with those words and one of the kind's endings;
        none when two different names fit (the reference is ambiguous)."""
        out = []
        for match in self._short_pattern.finditer(text):
            s, e = match.span()
            if any(m.start < e and s < m.end for m in names):
                continue  # part of a name (中建投资公司 is one)
            words, kind = match.groups()
            types, endings = self.short_kinds[kind]
            fits = [m for m in names if m.end <= s and s - m.end <= self.window and m.kind == "name"
                    and m.type in types and len(m.name) > len(words) + len(kind)
                    and any(m.name.endswith(words + ending) for ending in endings)]
            if not fits or len({m.name for m in fits}) > 1:
                continue
            ante = fits[-1]
            out.append((Mention(s, e, match.group(), ante.type, ante.name, kind="coref", rule="coref_short"), ante))
        return out


def _by_length(words: list[str]) -> list[list[str]]:
    """``words`` grouped by length (a regular expression's look-behind matches one width)."""
    groups: dict[int, list[str]] = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return [groups[n] for n in sorted(groups)]


def _described(text: str, ante: Mention, names: list[Mention], referred: dict[int, Mention], fits) -> Mention:
    """``ante``, or the subject it was named to describe when the sentence says what that subject is
    (甲公司是乙集团设立的全资子公司: 甲; 该公司是乙集团布局的生产基地: what 该公司 refers to; 甲公司位于丙，是乙集团的
    控股子公司: 甲, which opens the sentence), if it ``fits``."""
    if text[ante.start - 1 : ante.start] != "是":
        return ante
    subject = next((m for m in names if m.end == ante.start - 1 and m.kind == "name"), None) or referred.get(ante.start - 1)
    if subject is None and text[ante.start - 2 : ante.start - 1] in "，,":
        # 甲公司位于丙开发区，是乙集团的控股子公司: the name the sentence opens with, what the clauses are about
        opens = max(text.rfind(c, 0, ante.start) for c in "。！？!?\n") + 1
        subject = next((m for m in names if m.start == opens and m.kind == "name"), None)
    return subject if subject is not None and fits(subject) else ante


@Language.factory(
    "kg_coref",
    requires=["doc._.kg_mentions"],
    assigns=["doc._.kg_mentions"],
    default_config={"window": 600, "settlements": None, "zones": None},
)
def make_coref(nlp: Language, name: str, window: int, settlements: list[str] | None,
               zones: dict | None) -> CorefResolver:
    """Make the ``kg_coref`` component (see :class:`CorefResolver`); its words are kg/data/coref.json's."""
    ensure_extensions()
    return CorefResolver(nlp, name, window=window, settlements=settlements, zones=zones)
