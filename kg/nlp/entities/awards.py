"""Awards: ``kg_awards`` (the object of an award verb) and ``kg_award_events`` (a bare prize
completed with the contest named before it).

``kg_awards``
    the object of 荣获/获评/争创/入选 … ending in an award word of ``suffixes.tsv``
    (``获评全国首批…试点城市``), when its name starts where the verb ends; or, where it ends in
    no award word, an honour that a rank or a place opens and a head word of ``honours.tsv``
    ends, with words between (``获评全国文明城市``, ``被评为省级文明单位``, ``荣获全国五一劳动奖章``); a
    year's round (``获评2025年度…优秀场景``) or the giver written before the verb (``被甲协会评为金牌赛事``)
    stands for the rank;
``kg_award_events``
    a bare ``一等奖`` after a contest the text names (``…应用场景大赛中 … 斩获一等奖`` →
    ``…应用场景大赛一等奖``).  It runs after the sources that name contests
    (``kg_suffix_names``, ``kg_awards``) and reads their candidates.
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, NAME_INDEX, CandidateSource, DataSource
from kg.nlp.entities.index import NameIndex
from kg.nlp.entities.text_classes import AWARD_RANK, DEMONSTRATIVES, HONOUR_PERIOD
from kg.records import Mention

__all__ = ["AwardSource", "AwardEventSource"]

#: an honour's words: characters, and a word in quotes inside it (专精特新“小巨人”企业)
_HONOUR_WORDS = r"(?:[^，。、；：“”！？\s]|“[^“”，。、；]{1,12}”)"
#: (获得甲市人民政府授予的“乙奖”: the giver before 授予的 ends the first verb's object, the honour follows)
#: (为甲镇颁发“乙示范镇”牌匾: the honour in quotes between 颁发 and what is handed over)
#: what is handed over with an honour, or names it a title, after its closing quote (“甲”称号, “乙”牌匾), or
#: the list of those given it (入选“甲”名单)
_AFTER_QUOTE = r"(?<=”)(?:牌匾|奖牌|证书|奖杯|匾额|荣誉证书|荣誉称号|称号|名单)"
#: the list of those given an honour, after its name (入选第三批甲省示范村名单)
_LIST_WORD = "名单"
#: what joins two quoted honours (“甲”和“乙”)
_QUOTE_JOINERS = "和及与"
_AWARD_VERB = re.compile(rf"(?:(?:荣获|荣膺|获评|获得|斩获|入选|评为|命名为|认定为|争创|获批|创建)了?|作为|成为|授予的|颁发的|获"
                         rf"|公布的|发布的|颁发了?(?=“)|授予了?(?=“)|确定为(?=“)|(?:公布|发布)了?(?=“[^“”]{{3,30}}”(?:名单|榜单)))"
                         rf"“?({_HONOUR_WORDS}{{3,30}}?)”?(?=[，。、；：！？\s的等]|中(?![心国小])|授予的|颁发的|公布的|发布的"
                         rf"|(?<=”)[{_QUOTE_JOINERS}]?“"
                         rf"|{_AFTER_QUOTE}|$)")
_AWARD_VERB_WORDS = ("获", "荣膺", "入选", "评为", "命名为", "认定为", "争创", "创建", "作为", "成为", "授予", "颁发",
                     "确定为", "公布", "发布")
#: a quoted name opening an honour's words (“四好农村路”全国示范县)
_QUOTED_OPENING = re.compile(r"(?:(?:19|20)\d\d年度?)?“[^“”，。；！？\s]{2,12}”")
#: a year's round, then the honour in quotes and nothing after (2024年度“最美乡村教师”, 2024年第四季度“甲好人榜”)
_DATED_QUOTED = re.compile(r"(?:19|20)\d\d年度?(?:第[一二三四1-4]季度)?“[^“”，。；！？\s]{2,20}”")
#: titles in quotes before 称号, one or a list of them closed by 等 (“甲”“乙”等荣誉称号, “甲”、“乙”等称号)
_QUOTED_TITLES = re.compile(r"(?:“[^“”，。；！？\s]{3,30}”、?)+(?<=”)等?(?:荣誉)?称号")
_QUOTED = re.compile(r"“([^“”]+)”")
#: a year's round opening an honour's name (2024年度)
_YEAR_OPENING = re.compile(r"(?:19|20)\d\d年")
#: the round of an honour written right before its quoted title (第三届, 2024年度, 第五批)
_ROUND_BEFORE = re.compile(r"(?:(?:19|20)\d\d年度?)?(?:第[一二三四五六七八九十百\d]+[届批])?(?<=[度年届批])$")
#: verbs that only ever give an honour: what they give in quotes is one, whatever its words (荣获“甲青年科技英才”)
_HONOURING_VERBS = ("荣获", "荣膺", "获评", "评为", "命名为", "认定为", "授予", "确定为", "颁发的")  # (确定为 only before quotes)
#: a count and a measure word right before the verb: 35家企业入选, 全市12个社区被评为
_COUNTED = re.compile(r"[0-9０-９一二三四五六七八九十百千两几]+[余多]?[家个名位所项户批][\u4e00-\u9fff]{0,4}$")
#: what joins two honours of one object (全国文明城市和国家卫生城市)
_HONOUR_JOINERS = "和及、与"
#: the next item of a list after an award verb's object (、全国文明单位)
_LIST_ITEM = re.compile(rf"“?({_HONOUR_WORDS}{{3,30}}?)”?(?=[，。、；：！？\s的等]|中(?![心国小])|(?<=”)[{_QUOTE_JOINERS}]?“|{_AFTER_QUOTE}|$)")
#: the giver of an honour written before its verb (被中国田径协会 | 评为金牌赛事), in the same clause
_CONFERRED = re.compile(r"被[^，。；！？、\s]{2,20}$")
#: verbs that take any role, not only an honour (成为全国重要城市): they name no honour by its words
_WEAK_VERBS = ("作为", "成为")
#: those commended, listed and counted, then their honour in quotes (表彰了甲、乙等10家“2024年度纳税先进企业”)
_COMMENDED = re.compile(r"(?:表彰|表扬|命名)了?[^。；！？]{2,300}?等[0-9０-９一二三四五六七八九十百千两]+[余多]?[家个名位所项户批]"
                        r"“([^“”，。；！？\s]{3,30})”")
#: an honour, unquoted, a body commends those named after for: its year's round opens it (对2024年度甲先进单位进行通报表扬)
_COMMENDED_CLASS = re.compile(r"对((?:19|20)\d\d年度?[\u4e00-\u9fff]{2,24}?)(?:进行|予以|给予)了?(?:通报)?(?:表彰|表扬)")
#: a year's round of an honour in quotes that prizes are handed for (为“2024年度甲县线缆产业创新十强企业”颁奖)
_PRESENTED_CLASS = re.compile(r"为“((?:19|20)\d\d年度?[^“”，。；！？\s]{2,30})”(?:颁奖|颁发|授牌)")
#: the word "title" after an honour's name (全国劳动模范称号)
_TITLE_WORDS = ("称号", "荣誉称号")


def untitled(name: str) -> str:
    """An honour's name without the word "title" written after it (山东省技术能手称号 names 山东省技术能手: the title
    is the same written with or without it, and in quotes before it)."""
    word = next((w for w in sorted(_TITLE_WORDS, key=len, reverse=True) if name.endswith(w)), "")
    return name[: -len(word)] if word and len(name) - len(word) >= 3 else name
#: a prize's year or edition before its name: 2024年度…, 第八届…
_PRIZE_EDITION = re.compile(r"(?:(?:19|20)\d\d年度?)?(?:第[一二三四五六七八九十\d]+届)?")
_CONTEST_ENDS = ("大赛", "竞赛", "比赛", "评选")
#: the word every prize of a contest ends with
_PRIZE_WORD = "奖"


@functools.cache
def _prizes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The prizes of a contest, by rank: the award words of ``suffixes.tsv`` ending in 奖 (一等奖, 金奖, 优秀组织奖 …;
    not 奖 alone), longest first.  Patterns of a prize anywhere, of a prize ending a name, and of a prize after the
    bare word of contests (大赛金奖: the prize of the contest the text named before)."""
    from kg.lang import lexicon

    words = sorted((w for w, (type_, *_) in lexicon.load().suffixes.items()
                    if type_ == "Award" and w.endswith(_PRIZE_WORD) and w != _PRIZE_WORD), key=len, reverse=True)
    prize = "|".join(map(re.escape, words))
    return (re.compile(f"({prize})"), re.compile(f"(?:{prize})$"),
            re.compile(rf"(?:{'|'.join(_CONTEST_ENDS)})(?:{prize})"))
#: an event or a group of a contest opening its clause or a list's item before a prize (，钳工项目 | 一等奖, 、青年组 |
#: 金奖, 和木雕项目 | 一等奖): the prize is that event's
_PRIZE_CATEGORY = re.compile(r"(?:^|(?<=[，,、：:；;。\n和及与]))(?P<each>[各每])?[\u4e00-\u9fff]{1,8}?(?:项目|组)$")
_CATEGORY_REACH = 10
#: the shortest contest a prize named in full gives its bare prizes (not 省级 of 省级金奖)
_CONTEST_MIN = 4
#: a merit recorded for a person or a unit (被甲局记个人二等功, 记集体三等功, 记集体嘉奖): the merit is the honour
_MERIT = re.compile(r"(?<=记)((?:个人|集体)(?:[一二三]等功|嘉奖))")


def _without_list_word(text: str, s: int, e: int) -> tuple[int, int]:
    """An award verb's object without the list word after the honour (入选第三批甲省示范村 | 名单: the honour)."""
    return (s, e - len(_LIST_WORD)) if text.endswith(_LIST_WORD, s, e) and e - s > len(_LIST_WORD) + 2 else (s, e)


def _next_item(text: str, end: int) -> int | None:
    """Where the next honour of a list starts after one ending at ``end`` (its closing quote aside): after
    a 、, or at the opening quote of one written right after it (“甲”“乙”) or after 和 (“甲”和“乙”); ``None`` when
    the list ends."""
    k = end + (text[end : end + 1] == "”")
    if text[k : k + 1] == "、":
        return k + 1
    if k > end and text[k : k + 1] in _QUOTE_JOINERS and text[k + 1 : k + 2] == "“":
        return k + 1  # (“甲”和“乙”: two quoted honours joined)
    return k if text[k : k + 1] == "“" and k > end else None


@functools.lru_cache(maxsize=4)
def _commended_for(units: tuple[str, ...]) -> re.Pattern:
    """An honour a body commends people for, its round and place written before its quotes (对2025年度甲区“最美社区工作者”
    进行表彰): the round, the place (a name ending in a division's unit: scope_words.tsv) and the quoted words are the
    honour's name."""
    unit = "|".join(map(re.escape, units))
    return re.compile(rf"对((?:19|20)\d\d年度?)?([\u4e00-\u9fff]{{1,8}}?(?:{unit}))?“([^“”，。；！？\s]{{3,20}})”"
                      r"(?:荣誉称号|称号)?(?:进行|予以|给予)(?:通报)?表彰")


@functools.lru_cache(maxsize=4)
def _round_and_place(units: tuple[str, ...]) -> re.Pattern:
    """What may open an honour's name before its quoted title, and nothing else: its year's round, the place that
    confers it (a name ending in a division's unit: scope_words.tsv) and its batch (2024年度甲市, 甲市首批)."""
    unit = "|".join(map(re.escape, units))
    return re.compile(rf"(?=.)(?:(?:19|20)\d\d年度?)?(?:[\u4e00-\u9fff]{{1,8}}?(?:{unit}))?"
                      r"(?:首批|第[一二三四五六七八九十百\d]+批)?")


@functools.lru_cache(maxsize=4)
def _published_list(units: tuple[str, ...]) -> re.Pattern:
    """A list of honours a body publishes, by its title: the round, the place (a name ending in a division's unit:
    scope_words.tsv), then the honours in quotes and 名单 (公布2025年度甲市“乙工厂”和“丙车间”名单, 附：2025年度甲市
    “乙工厂”名单), or a decision's (《关于表彰2024年度甲区“乙企业”的决定》): each quoted honour is named with the round
    and the place."""
    unit = "|".join(map(re.escape, units))
    return re.compile(rf"((?:19|20)\d\d年度?)([\u4e00-\u9fff]{{1,8}}?(?:{unit}))?"
                      rf"((?:“[^“”，。；！？\s]{{2,20}}”[{_QUOTE_JOINERS}、]?)+)(?={_LIST_WORD}|榜单|的决定)")


class AwardSource(DataSource):
    """The award an award verb names."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text, lex, bounds = index.text, self.data.lex, self.data.bounds
        out = []
        if "称号" in text and "”" in text:
            # “甲先进街道”称号: a title in quotes before 称号 is an honour, whoever gives it to whom; so is each of a
            # list of them (“甲”“乙”等荣誉称号)
            for run in _QUOTED_TITLES.finditer(text):
                listed = list(_QUOTED.finditer(text, run.start(), run.end()))
                if len(listed) > 1 and "等" not in text[listed[-1].end() : run.end()] and not all(
                        text[q.end() : q.end() + 1] == "、" for q in listed[:-1]):
                    listed = listed[-1:]  # (“甲”“乙”称号 with no 等: a title and the one before it, not a list)
                # (第三届“甲工匠”称号, 2024年度“乙”“丙”等称号: the round written before the quotes is each title's; so
                # are the round and the place that confers it: 2024年度甲区“乙”称号)
                period = _ROUND_BEFORE.search(text, max(0, run.start() - 12), run.start())
                placed = next((m for k in range(max(0, run.start() - 16), run.start() - 5)
                               if (m := _round_and_place(lex.scope_units).fullmatch(text, k, run.start())) is not None
                               and _YEAR_OPENING.match(text, k)), None)
                period = placed or period
                period_text = period.group() if period is not None else ""
                for m in listed:
                    if m.group(1) not in lex.stop_names:
                        start = period.start() if period_text and m.start() == run.start() else m.start(1)
                        out.append(Mention(start, m.end(1) + (start < m.start(1)), text[start : m.end(1) + (start < m.start(1))],
                                           "Award", period_text + m.group(1), rule="award_title"))
        if "名单" in text or "榜单" in text or "的决定" in text:
            for m in _published_list(lex.scope_units).finditer(text):
                prefix = m.group(1) + (m.group(2) or "")
                for k, q in enumerate(_QUOTED.finditer(text, m.start(3), m.end(3))):
                    if q.group(1) in lex.stop_names:
                        continue
                    start = m.start() if k == 0 else q.start(1)
                    out.append(Mention(start, q.end(1) + (k == 0), text[start : q.end(1) + (k == 0)], "Award",
                                       prefix + q.group(1), rule="award_title"))
        if "记" in text:
            out += [Mention(*m.span(1), m.group(1), "Award", m.group(1), rule="award_merit") for m in _MERIT.finditer(text)]
        if "”" in text:
            out += [Mention(*m.span(1), m.group(1), "Award", m.group(1), rule="award_commended")
                    for m in _COMMENDED.finditer(text) if m.group(1) not in lex.stop_names]
            for m in _commended_for(lex.scope_units).finditer(text):
                start = m.start(1) if m.group(1) else m.start(2) if m.group(2) else m.start(3)
                name = "".join(g for g in m.groups() if g)
                if m.group(3) not in lex.stop_names:
                    out.append(Mention(start, m.end(3) + 1, text[start : m.end(3) + 1], "Award", name, rule="award_commended"))
        if "对" in text and ("表彰" in text or "表扬" in text):
            # 对2025年度甲乙建设先进单位进行通报表扬: a year's round and words ending in an honour's head (honours.tsv)
            out += [Mention(*m.span(1), m.group(1), "Award", m.group(1), rule="award_commended")
                    for m in _COMMENDED_CLASS.finditer(text) if m.group(1).endswith(lex.honour_heads)]
        if "”颁" in text or "”授牌" in text:
            # 为“2024年度甲县线缆产业创新十强企业”颁奖: a year's round in quotes ending in an honour's head (honours.tsv)
            out += [Mention(*m.span(1), m.group(1), "Award", m.group(1), rule="award_presented")
                    for m in _PRESENTED_CLASS.finditer(text) if m.group(1).endswith(lex.honour_heads)]
        if not any(w in text for w in _AWARD_VERB_WORDS):
            return out
        for m in _AWARD_VERB.finditer(text):
            if text.startswith("获奖", m.start()):
                continue  # 为获奖代表颁奖: 获奖 (winning) is one word, and what follows it no prize's name
            if m.group(0).startswith(("颁发“", "颁发了“")) and text[m.end(1) : m.end(1) + 1] == "”":
                # 颁发“美丽幸福河湖示范镇”牌匾: a plaque or certificate handed over carries the honour's name
                if text[slice(*m.span(1))] not in lex.stop_names:
                    out.append(Mention(*m.span(1), m.group(1), "Award", m.group(1), rule="award_verb"))
                continue
            weak = m.group(0).startswith(_WEAK_VERBS)
            counted = _COUNTED.search(text, max(0, m.start() - 8), m.start()) is not None
            kinds = {"honours": not weak and not counted, "honouring": m.group(0).startswith(_HONOURING_VERBS),
                     "conferred": _CONFERRED.search(text, max(0, m.start() - 24), m.start()) is not None}
            s, e = _without_list_word(text, *m.span(1))
            giver = max((w for w in lex.ministries if text.startswith(w, s)), key=len, default="")
            if giver and e - s - len(giver) >= 4:  # 入选了工业和信息化部 | 第五批专精特新“小巨人”企业: the giver, then the
                s, kinds["conferred"] = s + len(giver), True  # honour (the ministry is named by kg_departments)
            found = self._awards_at(index, s, e, **kinds)
            out += found
            end = m.end(1)
            while found and (nxt := _next_item(text, end)) is not None:
                # 获评甲示范园区、全国文明单位, 荣获“甲”“乙”等称号: the list goes on
                item = _LIST_ITEM.match(text, nxt)
                found = self._awards_at(index, *_without_list_word(text, *item.span(1)), **kinds) if item else []
                out += found
                end = item.end(1) if item else end
        return out

    def _awards_at(self, index: NameIndex, s: int, e: int, *, honours: bool, honouring: bool = False,
                   conferred: bool = False) -> list[Mention]:
        """The award or honours an award verb's object ``text[s:e]`` names, if any: in quotes, after a
        verb that only gives honours (``honouring``) or before 称号 (获“甲先进集体”称号); by an award word
        of ``suffixes.tsv`` it ends in; else, when ``honours`` (a verb of awards, no counted subject
        before it: 35家企业入选…), by its words (:meth:`_honours`; ``conferred``: the giver is written,
        被甲协会评为, so no rank need open them)."""
        text, lex, bounds = index.text, self.data.lex, self.data.bounds
        if text[s:e] in lex.stop_names or text.startswith(DEMONSTRATIVES, s):
            return []  # 获评该称号: the honour named before (kg_coref), no name
        if _prizes()[2].fullmatch(text, s, e):
            return []  # 获得大赛金奖: the prize of the contest named before (kg_award_events names it in full)
        if text[s - 1 : s] == "“" and text[e : e + 1] == "”" \
                and (honouring or honours and text.startswith(_TITLE_WORDS + (_LIST_WORD,), e + 1)):
            return [Mention(s, e, text[s:e], "Award", text[s:e], rule="award_verb")]
        if (honouring or honours) and _DATED_QUOTED.fullmatch(text, s, e):
            # 入选2024年度“最美乡村教师”: the year's round opens the honour's name, the quotes are no part of it
            return [Mention(s, e, text[s:e], "Award", text[s:e].replace("“", "").replace("”", ""), rule="award_verb")]
        if honouring and text[e - 1 : e] == "”" and (q := text.rfind("“", s, e)) > s + 1 and "”" not in text[s : e - 1]:
            if _round_and_place(lex.scope_units).fullmatch(text, s, q):
                # 被评为2024年度甲市“十佳产业园区”, 信阳市首批“茶乡振兴示范村”: the round and the place open its name
                return [Mention(s, e, text[s:e], "Award", text[s:q] + text[q + 1 : e - 1], rule="award_verb")]
            # 获评山东省公安厅“全省公安机关优秀共产党员”: the giver, then the honour in quotes
            return [Mention(q + 1, e - 1, text[q + 1 : e - 1], "Award", text[q + 1 : e - 1], rule="award_verb")]
        if (quoted := _QUOTED_OPENING.match(text, s, e)) is not None and 2 <= e - quoted.end() <= 8 \
                and (honouring or honours and text.endswith(lex.honour_heads, quoted.end(), e)):
            # 获评“四好农村路”全国示范县, 获评“黄河口杯”优质工程, 入选2024年度“数智领航”示范企业: a quoted name
            # and the honour's words after it (after a verb of lists, words that end honours)
            return [Mention(s, e, text[s:e], "Award", text[s:e], rule="award_verb")]
        hit = lex.suffix_at(text, e)
        if hit and hit[1] == "Award":
            start, _ = bounds.walk_left(index, e - len(hit[0]), "Award")
            quoted = text[s - 1 : s] == "“" and text[e : e + 1] == "”"  # the quotes delimit it (市长质量奖: a title inside)
            if quoted or start is not None and (start == s or AWARD_RANK.fullmatch(text[s:start])) \
                    or honouring and e - _PRIZE_EDITION.match(text, s, e).end() <= 12 and text[s:e] not in lex.stop_names:
                # (荣获省长质量奖, 荣获第八届甲省省长质量奖提名奖: after a verb that only gives honours, the object is one,
                # a title inside it or not)
                return [Mention(s, e, text[s:e], "Award", untitled(text[s:e]), rule="award_verb")]
            # 成为青岛首家获此认证: the object is no award's name by its suffix; a title may still
            # be an honour by its words (获得全国先进基层党组织称号)
            honour_end = e - len(hit[0]) if hit[0] in _TITLE_WORDS else None
        else:
            honour_end = e
        if honour_end is None or not honours:
            return []
        out = []
        for a, b in self._honours(index, s, honour_end, conferred):
            b = e if b == honour_end else b  # the last keeps the title word as written: …党组织称号
            out.append(Mention(a, b, text[a:b], "Award", untitled(text[a:b]), rule="award_honour"))
        return out

    def _honours(self, index: NameIndex, s: int, e: int, conferred: bool = False) -> list[tuple[int, int]]:
        """The honours of an award verb's object, two joined by 和/及/、 apart (全国文明城市和国家卫生城市):
        each part must be one by its words (:meth:`_honour`), or the whole is none."""
        text = index.text
        cuts = [i for i in range(s + 1, e - 1) if text[i] in _HONOUR_JOINERS and self._opens_honour(index, i + 1)]
        parts = list(zip([s] + [c + 1 for c in cuts], cuts + [e]))
        return parts if all(self._honour(index, a, b, conferred) for a, b in parts) else []

    def _opens_honour(self, index: NameIndex, i: int) -> bool:
        """Whether a place or a rank of ``honours.tsv`` starts at ``i`` (国家 of …和国家卫生城市)."""
        return i in index.place_start_end() or index.text.startswith(self.data.lex.honour_ranks, i)

    def _honour(self, index: NameIndex, s: int, e: int, conferred: bool = False) -> bool:
        """Whether ``text[s:e]`` (an award verb's object) is an honour by its words: a period, then a
        rank or places (全国, 省级, 山东省), a batch, words, and a head (城市, 集体, 奖章); the rank may
        be missing where a year's round (2025年度…优秀场景) or the giver (``conferred``) says it is one."""
        text, lex = index.text, self.data.lex
        head = next((h for h in lex.honour_heads if text.endswith(h, s, e)), None)
        if head is None:
            return False
        i = HONOUR_PERIOD.match(text, s, e).end()
        opened = i
        while True:  # places, then a rank: 山东省, 青岛市, 全国, 国家级
            place_end = index.place_start_end().get(i)
            rank = next((r for r in lex.honour_ranks if text.startswith(r, i)), None) if place_end is None else None
            if place_end is None and rank is None:
                break
            i = place_end if place_end is not None else i + len(rank)
        if i == opened and not (conferred or opened > s):
            return False  # no rank, no place: 成为重要城市, 入选企业
        i = HONOUR_PERIOD.match(text, i, e).end()
        # words between the rank and the head (not 全国城市), or a head that names the honour by itself
        # (山东省劳动模范)
        return e - len(head) - i >= 1 or (e - len(head) == i and len(head) >= 3)


class AwardEventSource(CandidateSource):
    """A bare prize (一等奖) named with the last contest before it."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text = index.text
        out: list[Mention] = []
        if "奖" not in text:
            return out
        # the contests the sources before named (a prize named in full names its contest too:
        # 第十届甲展金奖 … 获得银奖的 is 第十届甲展银奖); of those ending at one place, the longest
        contests: dict[int, tuple[int, str]] = {}
        for group in (doc._.kg_candidates or {}).values():
            for m in group:
                if m.type != "Award":
                    continue
                prize = _prizes()[1].search(m.name)
                if m.name.endswith(_CONTEST_ENDS):
                    contest = m.name
                elif prize is not None and prize.start() >= _CONTEST_MIN \
                        and _PRIZE_CATEGORY.search(m.name, 0, prize.start()) is None:
                    contest = m.name[: prize.start()]  # (钳工项目一等奖: an event's prize names no contest)
                else:
                    continue
                if m.end not in contests or m.end - m.start > contests[m.end][0]:
                    contests[m.end] = (m.end - m.start, contest)
        if not contests:
            return out  # a bare prize needs a contest named before it
        ends = sorted(contests)
        for m in _prizes()[0].finditer(text):
            s, e = m.span(1)
            before = [end for end in ends if end <= s]
            if not before:
                continue
            contest = contests[before[-1]][1]
            category = _PRIZE_CATEGORY.search(text, max(0, s - _CATEGORY_REACH), s)
            if category is not None and category.group("each"):
                continue  # 各比赛项目一等奖获得者: the prizes of every event, no one prize
            if category is not None:
                s = category.start()  # 其中，钳工项目一等奖: the prize of one of the contest's events
            out.append(Mention(s, e, text[s:e], "Award", contest + text[s:e], rule="award_event"))
        return out


@Language.factory("kg_awards", requires=[NAME_INDEX], assigns=[CANDIDATES], default_config={"key": None})
def make_award_source(nlp: Language, name: str, key: str | None) -> AwardSource:
    """Make the ``kg_awards`` component (see :class:`AwardSource`)."""
    return AwardSource(nlp, name, key=key)


@Language.factory("kg_award_events", requires=[CANDIDATES], assigns=[CANDIDATES], default_config={"key": None})
def make_award_event_source(nlp: Language, name: str, key: str | None) -> AwardEventSource:
    """Make the ``kg_award_events`` component (see :class:`AwardEventSource`)."""
    return AwardEventSource(nlp, name, key=key)
