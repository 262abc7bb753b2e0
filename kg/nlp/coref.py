"""Coreference of 该局/该项目/该公司 … (GUIDE §3): the spaCy component ``kg_coref``.

A demonstrative (该, 此, 这个/这家) before a kind word refers to the nearest mention
before it that fits the kind: 该局 → the last Agency whose name ends in 局, 该项目 →
the last Project, 该公司/该企业 → the last Company, 该园区 → a Project or Place whose name
ends as a park or zone does.  A company's name written short, the words before its ending
kept with 公司, refers to the company (投资公司 after 中建七局投资有限公司).
Each such phrase becomes a :class:`~kg.records.Mention` of kind ``"coref"`` with the
antecedent's type and name and ``antecedent`` set to the antecedent's index, so that
relation extraction can use it as a subject (该局创新建立…) while resolution never
takes it as an alias.

The mention list stays in text order; indices are recomputed after insertion, so an
``antecedent`` always indexes the final list.  The kind words live in
``default_config["kinds"]`` (JSON, overridable).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.text_classes import DEMONSTRATIVES
from kg.nlp.extensions import doc_text, ensure_extensions
from kg.records import Mention

__all__ = ["CorefResolver", "DEFAULT_KINDS"]

#: kind word → (types it may refer to, name endings it must have or [] for any[, characters that
#: may not follow it: 行 of 该行业 is no bank]).
DEFAULT_KINDS: dict[str, list] = {
    "局": [["Agency"], ["局"]],
    "委": [["Agency"], ["委", "委员会"]],
    "办": [["Agency"], ["办", "办公室"]],
    "中心": [["Agency", "Organization", "Project"], ["中心"]],
    "部门": [["Agency"], []],
    "单位": [["Agency", "Organization", "Company"], []],
    "街道": [["Agency", "Place"], ["街道", "街道办事处"]],
    "镇": [["Place", "Agency"], ["镇"]],
    "区": [["Place"], ["区"]],
    "村": [["Place"], ["村"]],
    "社区": [["Place"], ["社区"]],
    "项目": [["Project"], []],
    "工程": [["Project"], []],
    "园区": [["Project", "Place"], ["园区", "园", "开发区", "高新区", "集聚区", "工业区"]],
    "产业园": [["Project", "Place"], ["产业园", "园区"]],
    "系统": [["Project"], []],
    "工厂": [["Project"], ["工厂"]],
    "基地": [["Project"], ["基地"]],
    "平台": [["Project", "Company"], []],
    "公司": [["Company"], []],
    "企业": [["Company"], []],
    "集团": [["Company"], ["集团", "集团有限公司", "集团股份有限公司", "集团有限责任公司"]],
    "协会": [["Organization"], ["协会"]],
    "合作社": [["Organization", "Company"], ["合作社", "联合社"]],
    "行": [["Company"], ["银行", "分行", "支行"], "业情为动列长"],
    "院": [["Organization", "Agency"], ["院", "医院", "学院", "研究院", "法院", "检察院"], "士子落内外"],
    "校": [["Organization"], ["学", "学校", "学院"], "园区友内外"],
    "学校": [["Organization"], ["学", "学校", "学院"]],
    "医院": [["Organization"], ["医院"]],
    "商会": [["Organization"], ["商会"]],
    "奖项": [["Award"], []],
    "称号": [["Award"], []],
    "荣誉": [["Award"], []],
    "荣誉称号": [["Award"], []],
    "旅游节": [["Project"], ["旅游节"]],
    "文化节": [["Project"], ["文化节"]],
    "艺术节": [["Project"], ["艺术节"]],
    "博览会": [["Project"], ["博览会"]],
    "交易会": [["Project"], ["交易会"]],
    "旅游季": [["Project"], ["旅游季"]],
    "赛事": [["Project"], ["马拉松", "马拉松赛", "运动会"]],
    "马拉松": [["Project"], ["马拉松", "马拉松赛"]],
    "运动会": [["Project"], ["运动会"]],
    "认证": [["Award"], []],
}

#: (本届旅游节: the festival named before)
_DEMONSTRATIVE = "(?:" + "|".join(sorted(map(re.escape, DEMONSTRATIVES), key=len, reverse=True)) + ")"

#: a work's phase after its name (产业园一期: still a 园区)
_PHASE = re.compile(r"[一二三四五六七八九十\d]期$")

#: kind word opening a sentence bare → what may follow it there: the sentence is about the work named
#: before (项目由甲集团建设, 园区总投资10亿元), as 该项目 would be
DEFAULT_BARE_KINDS: dict[str, list[str]] = {
    "项目": ["由", "总投资", "计划总投资", "位于", "占地", "建成后", "达产后", "投产后", "预计", "计划", "一期", "采用",
           "建设单位", "施工单位"],
    "工程": ["由", "总投资", "位于", "建成后", "预计", "计划", "采用", "建设单位", "施工单位"],
    "园区": ["由", "总投资", "位于", "占地", "规划", "建成后"],
    "产业园": ["由", "总投资", "位于", "占地", "规划", "建成后"],
    # a firm's post after its kind word (公司董事长甲介绍), or its money (…介绍，公司投资12亿元建设的P): the firm named before
    "公司": ["董事长", "副董事长", "总经理", "副总经理", "党委书记", "党支部书记", "负责人", "投资", "投入", "自筹"],
    # (and an honour given to it: 集团获得…颁发的“Y”, 企业随后被甲部认定为“Y”)
    "企业": ["投资", "投入", "自筹", "被", "获评", "荣获", "入选"],
    "集团": ["董事长", "副董事长", "总经理", "副总经理", "党委书记", "负责人", "投资", "投入", "自筹", "被", "获评", "荣获",
           "获得", "入选"],
    # a co-op's post, honour or work after its kind word (合作社理事长甲, 合作社被评为“Y”, 合作社负责运营)
    "合作社": ["理事长", "被", "获评", "荣获", "入选", "负责运营", "运营", "自筹"],
    # a school or hospital, where it is (学校位于甲区, 医院占地…)
    "学校": ["位于", "坐落于", "占地", "始建于", "自筹"],
    "医院": ["位于", "坐落于", "占地", "始建于", "自筹"],
}
#: what may follow a work or institution named by the last words of its name at a clause's start (改扩建工程位于…,
#: 新院区总投资… after 甲医院新院区项目): the sentence is about it
DEFAULT_TAIL_AFTER = ("位于", "坐落于", "选址", "总投资", "计划总投资", "占地", "由", "建成后", "采用", "建设单位", "施工单位")
#: the types a name's last words may stand for
TAIL_TYPES = ("Project", "Organization")
#: the kind words a work's name may end with after the words that name it short (新院区 of 甲医院新院区项目)
_WORK_ENDING = re.compile(r"(?:建设)?(?:项目|工程)$")
#: what may follow a bare kind word after 、 (a post of a chain: 村党支部书记、合作社理事长甲)
BARE_KIND_POSTS = frozenset({"董事长", "副董事长", "总经理", "副总经理", "党委书记", "党支部书记", "理事长"})
#: what may stand between a bare kind word and what follows it, two at most (企业今年投资…, 合作社则于去年被…)
BARE_KIND_ADVERBS = ("今年", "去年", "于今年", "于去年", "近年来", "先后", "累计", "还", "将", "已", "拟", "计划", "随后", "则",
                     "也", "曾")

#: the word for the latter of two named before (甲镇与乙公司签约，后者将投资…), and what it may refer to
LATTER = "后者"
LATTER_TYPES = ("Agency", "Company", "Organization", "Person", "Official")
#: what a work is given after 为其 (甲局为其争取…资金): 其 is the work named last
PRONOUN_VERBS = ("争取", "申请", "安排", "协调", "筹集", "筹措", "下达", "拨付", "提供", "发放", "配套")
#: what a work's contractor is said to do right after its name (由甲公司施工总承包, 乙公司负责监理)
CONTRACTOR_ROLES = ("施工总承包", "工程总承包", "总承包", "承建", "负责施工", "负责监理", "监理", "代建", "中标", "负责设计")


#: how far before 该公司 the firm a contractor's work is for may be named (two or three sentences)
_OWNER_REACH = 200


def _contracts(text: str, m: Mention) -> bool:
    """Whether the firm ``m`` is named as a work's contractor (its role right after its name)."""
    return text.startswith(CONTRACTOR_ROLES, m.end)


#: the word for the former of two named before (甲工程和乙工程…，前者由…), and what joins the two works
FORMER = "前者"
PAIR_JOINERS = ("和", "与", "及", "以及", "、")
#: a work named again by the last words of its name (标准厂房项目 of 甲街道高端装备标准厂房项目): the kind words they end
#: with, how many characters at least (改造项目 alone names a kind), and the characters they may follow (a
#: preposition, a particle, punctuation: no name's first character)
WORK_TAIL_ENDINGS = ("项目", "工程")
WORK_TAIL_MIN = 5
WORK_TAIL_OPENERS = frozenset("向为对在的将和与及、，,。；;：:由是把从“（(\n")

#: kind word of a short reference → the endings a full name has after the words the short one
#: keeps: 投资公司 after 中建七局投资有限公司 (投资 + 有限公司), the nearest such company before it.
DEFAULT_SHORT_KINDS: dict[str, list] = {
    "公司": [["Company"], ["公司", "有限公司", "股份有限公司", "有限责任公司"]],
}


class CorefResolver:
    """Add coreference mentions for 该局/该项目/… to ``doc._.kg_mentions``.

    Parameters
    ----------
    nlp : Language
    name : str
    kinds : dict
        kind word → [types, name endings]; see :data:`DEFAULT_KINDS`.
    window : int
        How far back (characters) an antecedent may be.
    zones : dict
        zone word → the name endings of the zones it refers to (开发区: 开发区); ``None``: the zone
        words of ``scope_words.tsv`` with their full forms from ``abbreviations.tsv``.
    """

    def __init__(self, nlp: Language | None = None, name: str = "kg_coref", *, kinds: dict | None = None,
                 short_kinds: dict | None = None, window: int = 600,
                 settlements: Sequence[str] | None = None, bare_kinds: dict | None = None,
                 zones: dict[str, Sequence[str]] | None = None, tail_after: Sequence[str] | None = None) -> None:
        self.name = name
        bare = DEFAULT_BARE_KINDS if bare_kinds is None else bare_kinds
        kinds_alt = "|".join(map(re.escape, sorted(bare, key=len, reverse=True))) or "(?!)"
        after_alt = "|".join(map(re.escape, sorted({w for ws in bare.values() for w in ws}, key=len, reverse=True))) or "(?!)"
        # a kind word opening the text, a sentence or a clause (…介绍，公司投资…), at most two adverbs, then what is
        # said of it right after
        adverbs = "|".join(map(re.escape, BARE_KIND_ADVERBS))
        self._bare_pattern = re.compile(rf"(?:^|(?<=[。！？!?\n，,；;：:、”由]))({kinds_alt})(?=(?:{adverbs}){{0,2}}({after_alt}))")
        self._bare_kinds = {k: tuple(v) for k, v in bare.items()}
        verbs = "|".join(map(re.escape, sorted(PRONOUN_VERBS, key=len, reverse=True)))
        self._pronoun_pattern = re.compile(rf"(?<=为)(其)(?=(?:{adverbs}){{0,2}}(?:{verbs}))")
        tail_alt = "|".join(map(re.escape, sorted(DEFAULT_TAIL_AFTER if tail_after is None else tail_after,
                                                  key=len, reverse=True))) or "(?!)"
        # the fewest characters from a clause's start before what is said of a work: the words that name it short
        self._tail_pattern = re.compile(
            rf"(?:^|(?<=[。！？!?\n，,；;：:]))([\u4e00-\u9fff]{{2,8}}?)(?=(?:{adverbs}){{0,2}}(?:{tail_alt}))")
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
        self.kinds = {k: (tuple(v[0]), tuple(v[1])) for k, v in (kinds or DEFAULT_KINDS).items()}
        self._not_before = {k: v[2] for k, v in (kinds or DEFAULT_KINDS).items() if len(v) > 2}
        self.short_kinds = {k: (tuple(v[0]), tuple(v[1]))
                            for k, v in (DEFAULT_SHORT_KINDS if short_kinds is None else short_kinds).items()}
        self.window = window
        words = sorted(self.kinds, key=len, reverse=True)
        self._pattern = re.compile(f"{_DEMONSTRATIVE}({'|'.join(map(re.escape, words))})")
        short = sorted(self.short_kinds, key=len, reverse=True)
        # two characters after a clause or list boundary, then the kind word: ，投资公司党委书记
        self._short_pattern = re.compile(
            rf"(?:^|(?<=[，,、。；;：:\s（(“]))([\u4e00-\u9fff]{{2}})({'|'.join(map(re.escape, short)) or '(?!)'})", re.M)

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
            fits = []
            for m in reversed(names):
                if m.end > s:
                    continue
                if s - m.end > self.window:
                    break
                if m.type in types and (not endings or _PHASE.sub("", m.name).endswith(endings)) and m.kind == "name":
                    fits.append(m)
                    if "Company" not in types:
                        break
            # 该公司 after a work's contractors (由甲公司施工总承包，乙公司负责监理): the firm whose work it is, named
            # before them, if one is
            ante = next((m for m in fits if not _contracts(text, m) and s - m.end <= _OWNER_REACH), fits[0] if fits else None)
            if ante is None:
                continue
            found.append((Mention(s, e, match.group(), ante.type, ante.name, kind="coref", rule="coref"), ante))
        found += self._pair_references(text, names, set(), parallel=True)  # (前者…，后者…: the pair's second)
        found += self._latter_references(text, names, {(c.start, c.end) for c, _ in found})
        found += self._pair_references(text, names, {(c.start, c.end) for c, _ in found})
        found += self._bare_references(text, names)
        found += self._tail_references(text, names)
        found += self._work_tail_references(text, names, found)
        found += self._pronoun_references(text, names, found)
        found += self._short_references(text, names)
        found += self._zone_references(text, names)
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
        for match in re.finditer(LATTER, text):
            s, e = match.span()
            if (s, e) in taken or any(m.start < e and s < m.end for m in names):
                continue
            opening = max(text.rfind(c, 0, s) for c in "。！？!?\n") + 1
            ante = next((m for m in reversed(names) if opening <= m.start and m.end <= s and m.kind == "name"
                         and m.type in LATTER_TYPES), None)
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
        for match in re.finditer(f"{FORMER}|{LATTER}", text):
            s, e = match.span()
            if (s, e) in taken or any(m.start < e and s < m.end for m in names):
                continue
            pairs = [(a, b) for a, b in zip(works, works[1:]) if b.end <= s and s - b.end <= self.window
                     and text[a.end : b.start] in PAIR_JOINERS]
            if parallel and not (pairs and match.group() == LATTER and FORMER in text[pairs[-1][1].end : s]
                                 and LATTER not in text[text.rfind(FORMER, 0, s) : s]):
                continue  # (the 前者 this 后者 answers: the last before it, no other 后者 between)
            if pairs:
                ante = pairs[-1][0] if match.group() == FORMER else pairs[-1][1]
                out.append((Mention(s, e, match.group(), ante.type, ante.name, kind="coref", rule="coref_pair"), ante))
        return out

    def _work_tail_references(self, text: str, names: list[Mention],
                              found: list[tuple[Mention, Mention]]) -> list[tuple[Mention, Mention]]:
        """A work named again by the last words of its name (已向标准厂房项目发放… after 甲街道高端装备标准厂房项目), a
        work's kind word ending them (WORK_TAIL_ENDINGS) and at least WORK_TAIL_MIN characters long, after a
        character that opens no name (WORK_TAIL_OPENERS): the nearest work before it whose name ends so, none
        where two different works do; the longest such words first, none inside a name or another reference."""
        works = [m for m in names if m.kind == "name" and m.type == "Project"]
        if not works:
            return []
        taken = [(m.start, m.end) for m in names] + [(c.start, c.end) for c, _ in found]
        tails = sorted({m.name[-n:] for m in works for n in range(WORK_TAIL_MIN, len(m.name) - 1)
                        if m.name[-n:].endswith(WORK_TAIL_ENDINGS)}, key=len, reverse=True)
        out = []
        for tail in tails:
            at = text.find(tail)
            while at >= 0:
                end = at + len(tail)
                if at > 0 and text[at - 1] in WORK_TAIL_OPENERS and not any(a < end and at < b for a, b in taken):
                    fits = [m for m in works if m.end <= at and at - m.end <= self.window and m.name.endswith(tail)
                            and len(m.name) > len(tail)]
                    if fits and len({m.name for m in fits}) == 1:
                        out.append((Mention(at, end, tail, "Project", fits[-1].name, kind="coref", rule="coref_work_tail"),
                                    fits[-1]))
                        taken.append((at, end))
                at = text.find(tail, end)
        return out

    def _pronoun_references(self, text: str, names: list[Mention],
                            found: list[tuple[Mention, Mention]]) -> list[tuple[Mention, Mention]]:
        """其 after 为 and before a verb of getting money for something (甲局为其争取…资金, 乙局今年为其争取…): the work named
        (or referred to) last before it within the window."""
        out = []
        works = sorted([(m, m) for m in names if m.kind == "name" and m.type == "Project"]
                       + [(c, a) for c, a in found if c.type == "Project"], key=lambda pair: pair[0].end)
        for match in self._pronoun_pattern.finditer(text):
            s, e = match.span(1)
            ante = next((a for c, a in reversed(works) if c.end <= s and s - c.end <= self.window), None)
            if ante is not None:
                out.append((Mention(s, e, match.group(1), ante.type, ante.name, kind="coref", rule="coref_pronoun"), ante))
        return out

    def _bare_references(self, text: str, names: list[Mention]) -> list[tuple[Mention, Mention]]:
        """A kind word opening a sentence or clause bare, what is said of a work or firm right after it (项目由甲集团建设,
        园区总投资10亿元, 公司投资…): the nearest work or firm before it within the window whose type and ending fit the kind
        (as for 该项目); none inside a name."""
        out = []
        for match in self._bare_pattern.finditer(text):
            s, e = match.span(1)
            kind, after = match.group(1), match.group(2)
            if after not in self._bare_kinds.get(kind, ()) or any(m.start < e and s < m.end for m in names):
                continue
            if text[s - 1 : s] == "、" and after not in BARE_KIND_POSTS:
                continue  # (村党支部书记、合作社理事长甲: a post of a chain; 企业、合作社被评为…: a list of kinds)
            types, endings = self.kinds[kind]
            ante = next((m for m in reversed(names) if m.end <= s and s - m.end <= self.window and m.kind == "name"
                         and m.type in types and (not endings or _PHASE.sub("", m.name).endswith(endings))), None)
            if ante is not None:
                out.append((Mention(s, e, kind, ante.type, ante.name, kind="coref", rule="coref_bare"), ante))
        return out

    def _tail_references(self, text: str, names: list[Mention]) -> list[tuple[Mention, Mention]]:
        """A work or institution named at a clause's start by the last words of its name, what is said of it
        right after (改扩建工程位于… after 甲机场改扩建工程, 新院区总投资… after 甲医院新院区项目): the nearest such
        name before it within the window; none for a bare kind word (:meth:`_bare_references`) or inside a name."""
        out = []
        for match in self._tail_pattern.finditer(text):
            s, e = match.span(1)
            word = match.group(1)
            if word in self._bare_kinds or any(m.start < e and s < m.end for m in names):
                continue
            ante = next((m for m in reversed(names) if m.end <= s and s - m.end <= self.window and m.kind == "name"
                         and m.type in TAIL_TYPES and len(m.name) > len(word) + 1
                         and (m.name.endswith(word) or _WORK_ENDING.sub("", m.name).endswith(word))), None)
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


@Language.factory(
    "kg_coref",
    requires=["doc._.kg_mentions"],
    assigns=["doc._.kg_mentions"],
    default_config={"kinds": DEFAULT_KINDS, "short_kinds": DEFAULT_SHORT_KINDS, "window": 600, "settlements": None,
                    "bare_kinds": DEFAULT_BARE_KINDS, "zones": None, "tail_after": list(DEFAULT_TAIL_AFTER)},
)
def make_coref(nlp: Language, name: str, kinds: dict, short_kinds: dict, window: int,
               settlements: list[str] | None, bare_kinds: dict, zones: dict | None,
               tail_after: list[str]) -> CorefResolver:
    """Make the ``kg_coref`` component (see :class:`CorefResolver`)."""
    ensure_extensions()
    return CorefResolver(nlp, name, kinds=kinds, short_kinds=short_kinds, window=window, settlements=settlements,
                         bare_kinds=bare_kinds, zones=zones, tail_after=tail_after)
