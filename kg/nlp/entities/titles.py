"""Post titles and the officials they introduce: ``kg_titles`` and ``kg_officials``.

``kg_titles`` finds the post titles of ``kg/data/titles.tsv`` (局长, 党组书记, 二级巡视员 …)
where jieba's words agree (总指挥 inside 总指挥部 is no title; 书记 right after a body's
last character is one even inside a word: 区委|书记) and records them in the Doc's
:class:`~kg.nlp.entities.index.NameIndex`: the suffix and department sources must not
run a name into a title.

``kg_officials`` runs after the body sources: a title of an official and the person's
name right after it (``党组书记、局长薛少华``) make an ``Official`` whose ``role`` is the
whole post string, bodies included (``区住房和城乡建设局党组书记、局长``), walking back
over titles, 、/， and the bodies the sources before it found.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, NAME_INDEX, DataSource
from kg.nlp.entities.index import NameIndex, name_index
from kg.nlp.entities.people import name_start_before, person_after
from kg.nlp.entities.text_classes import (APPOINTED, BODY_END, CJK, COMRADE, DEMONSTRATIVES, GIVEN_BY, HOLDING, PEOPLE_COUNT, PUNCT,
                                          REMOVED, RESUME_CLAUSE)
from kg.nlp.model.component import EXTENSION as MODEL_RULE
from kg.records import Mention

__all__ = ["TitleFinder", "OfficialSource", "RULE"]

#: what may open an entry of a list before the name (一、, 1., （二）)
_ENTRY_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])?\s*")

#: The rule name of the officials' mentions.
RULE = "title_name"
_BODY_TYPES = ("Agency", "Organization", "Company", "Project")


#: what spaces a two-character name out to the width of three in a list (周　明)
_PADDING = " \u3000"


def _unpadded(name: str) -> str:
    """A name without the space that padded it in a list (周　明 → 周明)."""
    return "".join(c for c in name if c not in _PADDING)


#: the rest of a village's name after a title's first character closed a place (移风店镇 | 长埠村)
_SETTLEMENT_NEXT = re.compile(r"[\u4e00-\u9fff]{1,3}(?:村|社区)(?![委民])")
#: what joins the names a post introduces (副主任甲、乙和丙)
_NAME_JOINERS = "、和"
#: the word closing a removal from a post (免去赵国强的市教育局局长职务)
_POST_WORD = "职务"


#: the most characters of a body's name a title may open with (党工委 of 党工委副书记)
_TITLE_BODY_WORD = 3
#: a verb of taking a post on right before it (乙任 | 副总指挥, 丙为 | 组长): the post is that person's, no part of a chain
_POST_TAKEN = ("任", "为")
#: the verbs that appoint a person named right after them to a post after 为 (任命甲为…局长, 聘任乙为…总经理)
_APPOINTING = ("任命", "聘任", "提名")

#: a place named by its unit (a town, a district) right before a post, whose government the post is in (颜庄镇 | 副镇长)
_PLACE_BEFORE_POST = re.compile(r"[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|区|县|市)")
_PLACE_REACH = 9

def _held_in_place(text: str, p: int) -> int:
    """Where a post starting at ``p`` starts with the place written between it and the verb of holding it
    (现任 | 颜庄镇 | 副镇长: at 颜庄镇, whose government the post is in); ``p`` where no place stands so."""
    for verb in HOLDING:
        at = text.rfind(verb, max(0, p - _PLACE_REACH), p)
        if at >= 0 and _PLACE_BEFORE_POST.fullmatch(text, at + len(verb), p):
            return at + len(verb)
    return p


#: the longest name of a person read before a verb (parts a middle dot joins: 阿不都克力木·吐尔逊)
_LONGEST_NAME = 16


class TitleFinder(DataSource):
    """Record the post titles of the text in its name index (no candidates of its own)."""

    def __call__(self, doc: Doc) -> Doc:
        index = name_index(doc)
        index.set_titles(self.find_titles(index))
        return doc

    def find_titles(self, index: NameIndex) -> list[tuple[int, int]]:
        """The titles' (start, end) where jieba's words agree (or where jieba glued the title's last character
        to the surname of the name after it: 总河 | 长于 | 晓波).  Where the longest title at a place is no reading
        of jieba's words, a shorter one after it may be (镇党委 | 副 | 书记: 副书记, not 党委副书记)."""
        text, starts, ends, title_re = index.text, index.starts, index.ends, self.data.lex.title_re
        found = []
        pos = 0
        while (m := title_re.search(text, pos)) is not None:
            if m.start() + 1 in index.place_end and _SETTLEMENT_NEXT.match(text, m.end()):
                pos = m.start() + 1  # 移风店镇 | 长埠村: the place's unit and a village's first character, no 镇长
                continue
            if self.data.lex.titles[m.group()].type == "Person" and self._body_word_at(text, m.end()):
                pos = m.end()  # 居民 | 委员会: a credit's word opening a body's name is no credit
                continue
            if (m.start() in starts or m.start() == 0 or text[m.start() - 1] in BODY_END) \
                    and (m.end() in ends or m.end() == len(text) or m.start() in starts and self._name_glued(index, m.end())):
                found.append((m.start(), m.end()))
                pos = m.end()
            else:
                pos = m.start() + 1  # (glued at both ends, the title is a reading across words: 学校 | 长安分校)
        return found

    def _body_word_at(self, text: str, at: int) -> bool:
        """Whether a body's kind word of suffixes.tsv starts at ``at`` (委员会, 小组)."""
        suffixes = self.data.lex.suffixes
        return any(suffixes.get(text[at : at + n], ("",))[0] in ("Agency", "Organization") for n in range(2, 6))

    def _name_glued(self, index: NameIndex, end: int) -> bool:
        """Whether jieba's word over ``end`` is the title's last character and a surname opening a name."""
        word = index.word_covering(end - 1)
        return word is not None and word[1] == end + 1 and person_after(
            index.text, end, self.data.lex.surnames, self.data.freq) is not None


class OfficialSource(DataSource):
    """Officials named right after their post title, with the post string as ``role``."""

    _settlement_words: list[tuple[str, str, str]] | None = None  # (社区, 居委会, 社区居民委员会) …: word, body, name

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text, lex = index.text, self.data.lex
        out: list[Mention] = []
        counted = PEOPLE_COUNT.search(text)  # (a list of people closed by their count: 甲局赵某、乙局刘某等10名同志)
        listed = "、" in text  # (or a list of two or more, each written after a body: 甲委员会赵某、乙厅刘某获得一等奖)
        if not index.title_spans and counted is None and not listed:
            return out
        # the bodies the sources before found: where several end at one place, the longest
        # (the one kg_entities keeps: it settles longer names first)
        bodies: dict[int, Mention] = {}
        for group in (doc._.kg_candidates or {}).values():
            for m in group:
                if m.type in _BODY_TYPES and (m.end not in bodies or m.end - m.start > bodies[m.end].end - bodies[m.end].start):
                    bodies[m.end] = m
        if counted is not None:
            # (and the villages and communities people in such a list work in: 甲街道乙社区王某、…等10名同志)
            settlements = {m.end: m for group in (doc._.kg_candidates or {}).values() for m in group
                           if m.type == "Place" and m.text.endswith(lex.settlement_words)}
            out += self._listed_after_bodies(index, {**settlements, **bodies})
        if listed:
            out += self._paired_with_bodies(index, bodies)
        if not index.title_spans:
            return out
        starts_by_end = index.title_start_by_end()
        for m in self._settlement_bodies(index, bodies):
            out.append(m)
            bodies[m.end] = m
        out += self._bodies_in_posts(index, bodies)
        for m in out:
            bodies[m.end] = m
        title_starts = {a for a, _ in index.title_spans}
        body_starts = {m.start for m in bodies.values()}
        for ts, te in index.title_spans:
            info = lex.titles.get(text[ts:te])
            if info is None or info.type != "Official":
                continue
            if te < len(text) and text[te] in "、" and (te + 1 in title_starts or te + 1 in body_starts):
                continue  # another title follows (or another body's post), which names the person
                # (副院长、审判委员会委员: the words after are no post the chain reads back from)
            # (院长由副校长甲兼任: the post is given to a person named later, kg_relations reads it; 由 opens no name)
            name = person_after(text, te, lex.surnames, self.data.freq) if text[te : te + 1] != GIVEN_BY else None
            copula = 0
            if not name and text[te : te + 1] == APPOINTED and (after := person_after(text, te + 1, lex.surnames,
                                                                                       self.data.freq)) \
                    and (te + 1 + len(after) == len(text) or text[te + 1 + len(after)] in PUNCT):
                name, copula = after, 1  # 机械工程学院院长为邵建国，…: the post, 为, then who holds it, alone in the clause
            if not name:
                before = self._name_before(index, ts)  # 习近平总书记: the name, then the post
                if before is not None:
                    out.append(Mention(before, ts, text[before:ts], "Official", text[before:ts], role=text[ts:te],
                                       rule=RULE))
                    continue
                p = self._post_start(index, ts, bodies, starts_by_end, lex.one_char_units)
                bracketed = self._name_ending(index, p - 1) if text[p - 1 : p] in "（(" and text[te : te + 1] in "）)" \
                    else None
                appointed = self._appointed(index, p)  # 任命张明为 | 市财政局局长: the name, 为, then the post
                if bracketed is not None:
                    # 吴发展（甲集团有限公司董事长）: an entry of a list of people, the post in brackets after the name
                    out.append(Mention(*bracketed, text[slice(*bracketed)], "Official", _unpadded(text[slice(*bracketed)]),
                                       role=text[p:te], rule=RULE))
                elif appointed is not None:
                    post = text[appointed[1] + (len(COMRADE) if text.startswith(COMRADE, appointed[1]) else 0) + 1 : te]
                    out.append(Mention(*appointed, text[slice(*appointed)], "Official", text[slice(*appointed)],
                                       role=post, rule=RULE))
                    appointed = appointed[0]
                    while text[appointed - 1 : appointed] == "、" and (listed := self._name_ending(index, appointed - 1)):
                        # 任命秦雅楠、路海涛为管委会副主任: the names listed before the last are given the post too
                        appointed = listed[0]
                        out.append(Mention(*listed, text[slice(*listed)], "Official", text[slice(*listed)],
                                           role=post, rule=RULE))
                elif (holder := self._holder(index, p)) is not None:
                    # 张晓东，男，1978年5月出生，现任 | 甲区人民政府副区长: the name opens the entry, the post ends it
                    post = text[_held_in_place(text, p) : te]
                    post = post[len(next((v for v in HOLDING if post.startswith(v)), "")):]  # (王建国 | 任甲集团董事长)
                    out.append(Mention(*holder, text[slice(*holder)], "Official", text[slice(*holder)],
                                       role=post, rule=RULE))
                elif (removed := self._removed(index, p)) is not None:
                    # 免去赵国强的 | 市教育局局长职务: the post is no longer the person's, so no role (no relation)
                    out.append(Mention(*removed, text[slice(*removed)], "Official", text[slice(*removed)], rule=RULE))
                continue
            ns, ne = te + copula, te + copula + len(name)
            p = self._post_start(index, ts, bodies, starts_by_end, lex.one_char_units)
            out.append(Mention(ns, ne, name, "Official", name, role=text[p:te], rule=RULE))
            out += self._sharing_the_post(index, ne, text[p:te], title_starts, bodies)
        return out

    def _listed_after_bodies(self, index: NameIndex, bodies: dict[int, Mention]) -> list[Mention]:
        """The people of a list closed by their count, each written after the body or the community they work for
        with no post (高新区经济发展局赵某、规划建设局刘某等10名同志获评…, 甲街道乙社区王某): a surname and one or two
        characters right after the body, ending where jieba ends a word, before 、 or 等.  A Person, not an Official,
        even after an agency: the text gives no post (GUIDE §2), only where the person works."""
        text, out = index.text, []
        for counted in PEOPLE_COUNT.finditer(text):
            opens = max(text.rfind(p, 0, counted.start()) for p in "。；;！？\n") + 1
            for end in sorted(e for e in bodies if opens < e < counted.start()):
                name = self._name_after_body(index, end)
                ne = end + len(name) if name else end
                if name and (text[ne : ne + 1] == "、" or ne == counted.start()):
                    out.append(Mention(end, ne, name, "Person", name, rule="body_name"))
        return out

    def _name_after_body(self, index: NameIndex, end: int) -> str | None:
        """A person's name right after a body ending at ``end`` (甲局 | 赵某): a surname and one or two characters,
        ending where one of jieba's words ends."""
        name = person_after(index.text, end, self.data.lex.surnames, self.data.freq)
        return name if name and end + len(name) in index.ends else None

    def _paired_with_bodies(self, index: NameIndex, bodies: dict[int, Mention]) -> list[Mention]:
        """The people of a list whose items are each a body and a person's name right after it, with no post and no
        count (甲水利委员会赵某、乙省水利厅刘某获得一等奖): two items or more joined by 、, each name a surname and
        one or two characters ending where jieba ends a word.  An item alone (甲局王某) may be a body's name run on
        into a word, so it takes two; each a Person, as in :meth:`_listed_after_bodies`."""
        text = index.text
        items: dict[int, tuple[int, int, str]] = {}  # the body's start → (name's start, end, name)
        for end, body in bodies.items():
            if name := self._name_after_body(index, end):
                items[body.start] = (end, end + len(name), name)
        joined = {ne + 1 for _, ne, _ in items.values() if text[ne : ne + 1] == "、"} & items.keys()
        out = []
        for start, (ns, ne, name) in sorted(items.items()):
            if start in joined or ne + 1 in joined and text[ne] == "、":
                out.append(Mention(ns, ne, name, "Person", name, rule="body_name"))
        return out

    def _sharing_the_post(self, index: NameIndex, end: int, role: str, title_starts: set[int],
                          bodies: dict[int, Mention]) -> list[Mention]:
        """The names listed with 、 after the first one a post introduces, which hold the same post (副市长王静、
        孙海波出席): each a surname and one or two characters, ending where jieba ends a word, followed by 、 or the
        clause's end; a list item that opens with a post or a body a rule found is that item's own (the trained
        model's guess of a body, 钱军, is no reason to end the list)."""
        text, lex, out = index.text, self.data.lex, []
        while end < len(text) and text[end] in _NAME_JOINERS and end + 1 not in title_starts \
                and not any(m.start == end + 1 and m.rule != MODEL_RULE for m in bodies.values()):
            name = person_after(text, end + 1, lex.surnames, self.data.freq)
            ne = end + 1 + len(name) if name else end
            if name and ne in title_starts:
                break  # 、石岚镇 | 镇长乙: the words before a post open that item's own post (its town), no name
            if not name or ne not in index.ends or not (ne == len(text) or text[ne] in PUNCT or text[ne] == "等"
                                                        or self._verb_at(index, ne)
                                                        or text[ne] in _NAME_JOINERS and ne + 1 in title_starts):
                break  # (the list ends with its clause, 等, the verb of the sentence (出席, 参加), or another post
                # joined to it: 副主任甲、乙和秘书长丙)
            out.append(Mention(end + 1, ne, name, "Official", name, role=role, rule=RULE))
            end = ne
        return out

    @staticmethod
    def _post_start(index: NameIndex, ts: int, bodies: dict[int, Mention], starts_by_end: dict[int, int],
                    units: str = "") -> int:
        """Where the post string of the title at ``ts`` starts: titles, 、/，, bodies and scope words of
        ``units``, back to where the chain starts (区住房和城乡建设局党组书记、局长; 区长、区总河长)."""
        text, p = index.text, ts
        while True:
            if p in bodies:
                p = bodies[p].start
                continue
            # (甲街道 | 党工委副书记: a title opening with its body's word, 党工委, ends the body the place opens)
            across = min((m.start for m in bodies.values() if m.start < p < m.end and m.end - p <= _TITLE_BODY_WORD),
                         default=None)
            if across is not None:
                p = across
                continue
            if p > 1 and text[p - 1] in units and text[p - 2] in "、，" and p - 2 in starts_by_end:
                p = starts_by_end[p - 2]  # 区长、区 | 总河长: the post of the scope word's body, after another
                continue
            if p > 0 and text[p - 1] in "、，" and (p - 1) in starts_by_end:
                if text[p - 1] == "，" and text[starts_by_end[p - 1] - 1 : starts_by_end[p - 1]] in _POST_TAKEN:
                    return p  # 乙任常务副总指挥，| 区住建局局长丙: the post before the comma is the one 乙 took
                p = starts_by_end[p - 1]
                continue
            if p > 0 and text[p - 1] in "、，" and (p - 1) in bodies:
                p = bodies[p - 1].start
                continue
            q = index.title_start(p)
            if q != p:
                p = q
                continue
            return p

    def _appointed(self, index: NameIndex, p: int) -> tuple[int, int] | None:
        """Span of the person a post is given to with 为 (任命张明为市财政局局长, 李华为该公司总经理, 提名王某同志为…):
        a surname and one or two characters right before 为 (or before 同志 and 为), opening a word or the clause."""
        kind = self.data.lex.suffix_at(index.text, p)
        if kind is not None and kind[1] in ("Company", "Agency", "Organization"):
            k = p - len(kind[0])
            k -= len(next((d for d in DEMONSTRATIVES if index.text.endswith(d, 0, k)), ""))
            if index.text[k - 1 : k] == APPOINTED:
                p = k  # 聘任王某为 | (该)公司 | 总经理: the body's kind word alone, the body named before
        if p < 3 or index.text[p - 1] != APPOINTED:
            return None
        end = p - 1 - (len(COMRADE) if index.text.endswith(COMRADE, 0, p - 1) else 0)
        named = next((end - n for n in (3, 2) if index.text.endswith(_APPOINTING, 0, end - n)
                      and all(CJK.match(c) for c in index.text[end - n : end])
                      and not self.data.freq.get(index.text[end - n : end])), None)
        if named is not None:
            return named, end  # 任命 | 折晓东 | 为: all between the verb and 为 is the name, its family name a rare one
            # kg's list lacks (not 卫东 of it) or not
        name = self._name_ending(index, end)
        if name is None and end == p - 1:  # 任命潘蕾为 | …: jieba glued 为 to the name (or to what follows it)
            start = name_start_before(index.text, p - 1, APPOINTED, index.starts, self.data.lex.surnames, self.data.freq)
            return (start, end) if start is not None else None
        return name

    def _holder(self, index: NameIndex, p: int) -> tuple[int, int] | None:
        """Span of the person who holds the post starting at ``p`` (HOLDING: 现任): the name right before the
        verb, or the name that opens the short clauses of a résumé before it (张晓东，男，1978年5月出生，现任…),
        alone in the entry's first clause (after a numbering such as 一、 at most)."""
        text = index.text
        verb = next((v for v in HOLDING if text.endswith(v, 0, p)), None)
        if verb is None and (placed := _held_in_place(text, p)) != p:
            p = placed  # 现任 | 颜庄镇 | 副镇长: the place whose government the post is in, between the verb and the title
            verb = next(v for v in HOLDING if text.endswith(v, 0, p))
        if verb is None:
            # 王建国 | 任甲集团 | 董事长: a body read with the verb glued to it (the trained tagger's), the name before
            glued = next((v for v in HOLDING if text.startswith(v, p)), None)
            p -= len(COMRADE) if text.endswith(COMRADE, 0, p) else 0  # (李建华同志 | 任艾山 | 街道…)
            return self._name_ending(index, p) if glued is not None else None
        end = p - len(verb)
        end -= len(COMRADE) if text.endswith(COMRADE, 0, end) else 0  # (王晓梅同志任…)
        name = self._name_ending(index, end)
        if name is None:  # 王海鹏任 | 甲学院院长, 刘涵任 | …: jieba glued the verb to the name (or read it as its end)
            start = name_start_before(text, end, verb, index.starts, self.data.lex.surnames, self.data.freq)
            name = (start, end) if start is not None else None
        if name is not None:
            return name  # 张晓东现任…
        for _ in range(8):  # back over the résumé's clauses, each short
            if text[end - 1 : end] not in ("，", ","):
                return None
            end -= 1
            clause = max(text.rfind(c, 0, end) for c in "，,。；;\n") + 1
            if not 0 < end - clause <= RESUME_CLAUSE:
                return None
            if clause == 0 or text[clause - 1] not in "，,":  # the entry's first clause: its name
                name = self._name_ending(index, end)
                return name if name is not None and _ENTRY_OPENING.fullmatch(text, clause, name[0]) else None
            end = clause
        return None

    def _name_ending(self, index: NameIndex, end: int) -> tuple[int, int] | None:
        """Span of a person's name (a surname and one or two characters; or parts a middle dot joins, or the parts of
        a Tibetan or Mongolian name: 阿依努尔·吐尔洪, 扎西次仁) ending at ``end`` and opening a word."""
        text, lex = index.text, self.data.lex
        for s in range(max(0, end - _LONGEST_NAME), end - 3):
            # (opening the clause or after a verb, 任命 | 阿依努尔·吐尔洪, and no verb itself)
            if (s == 0 or text[s - 1] in PUNCT or self._verb_ends_at(index, s) or self._boundary_ends_at(index, s)) \
                    and not self._verb_at(index, s) and not self._boundary_at(index, s) \
                    and ("·" in text[s:end] or text.startswith(lex.minority_names, s)) \
                    and person_after(text, s, lex.surnames, self.data.freq) == text[s:end]:
                return s, end
        for n in (3, 2):
            s = end - n
            if s >= 0 and (s == 0 or s in index.starts or text[s - 1] in PUNCT) \
                    and person_after(text, s, lex.surnames, self.data.freq) == text[s:end]:
                return s, end
        s = end - 3  # 周　明（…）: a name of two characters spaced out to the width of three, opening its line
        if s >= 0 and (s == 0 or text[s - 1] == "\n") and text[s] in lex.surnames and text[s + 1] in _PADDING \
                and "\u4e00" <= text[end - 1] <= "\u9fff":
            return s, end
        return None

    def _removed(self, index: NameIndex, p: int) -> tuple[int, int] | None:
        """Span of the person removed from the post starting at ``p`` (免去赵国强的 | 市教育局局长职务, 免去李华同志的
        …): a surname and one or two characters between 免去 and 的 (or 同志的)."""
        text, lex = index.text, self.data.lex
        end = p - 1 if text[p - 1 : p] == "的" else p
        end -= len(COMRADE) if text.endswith(COMRADE, 0, end) else 0
        for n in (3, 2):
            s = end - n
            if s >= len(REMOVED) and (text.endswith(REMOVED, 0, s) or self._under_removals(text, s)) \
                    and person_after(text, s, lex.surnames, self.data.freq) == text[s:end]:
                return s, end
        s = end - 3
        if text.endswith(REMOVED, 0, s) and text[s] in lex.surnames and all(CJK.match(c) for c in text[s:end]):
            return s, end  # 免去 | 于国庆 | 的: all between the verb and 的 is the name, where a given name that is a
            # common word (建国) and a surname that is a preposition (于) read as no name elsewhere
        return None

    @staticmethod
    def _under_removals(text: str, s: int) -> bool:
        """Whether ``s`` opens a line of a list headed by 免去： (决定免去：| 赵国强的市教育局局长职务。), the lines
        between the heading and it each a removal too (…职务；)."""
        line_end = s - 1
        while line_end >= 0 and text[line_end] == "\n":
            line_start = text.rfind("\n", 0, line_end) + 1
            line = text[line_start:line_end].strip(" \u3000")
            if line.rstrip("：:").endswith(REMOVED):
                return True
            if not line.rstrip("；;。，,").endswith(_POST_WORD):
                return False
            line_end = line_start - 1
        return False

    def _boundary_ends_at(self, index: NameIndex, i: int) -> bool:
        """Whether a word of boundaries.txt (任命, 在 …: no name opens with or spans one) ends at ``i``."""
        w = index.word_covering(i - 1) if i > 0 else None
        return w is not None and w[1] == i and index.text[w[0] : w[1]] in self.data.lex.boundaries

    def _boundary_at(self, index: NameIndex, i: int) -> bool:
        """Whether the word starting at ``i`` is one of boundaries.txt."""
        w = index.word_covering(i)
        return w is not None and w[0] == i and index.text[w[0] : w[1]] in self.data.lex.boundaries

    def _verb_ends_at(self, index: NameIndex, i: int) -> bool:
        """Whether a word jieba tags a verb ends at ``i`` (任命 | 阿依古丽…)."""
        w = index.word_covering(i - 1) if i > 0 else None
        return w is not None and w[1] == i and self.data.bounds.tags.get(index.text[w[0] : w[1]], "").startswith("v")

    def _verb_at(self, index: NameIndex, i: int) -> bool:
        """Whether the word starting at ``i`` is one jieba tags a verb, or a set phrase it tags ``l`` (出席会议)."""
        return self.data.bounds.verb_word_at(index, i, ("v", "l"))

    def _settlement_bodies(self, index: NameIndex, bodies: dict[int, Mention]) -> list[Mention]:
        """A village's or community's body right before a post, named by the settlement's word and a body's
        generic word (村党支部书记, 社区党委书记: scope_words.tsv settlement, and the bodies of stop_names.txt):
        kg_coref names it after the settlement the article names before it."""
        text, lex = index.text, self.data.lex
        if self._settlement_words is None:
            generic = [w for w in lex.stop_names if len(w) >= 2 and (lex.suffixes.get(w, ("",))[0] == "Agency"
                                                                     or lex.abbreviations.get(w, ("", ""))[1] == "Agency")]
            self._settlement_words = sorted(((s, w, s + lex.abbreviations.get(w, (w,))[0])
                                             for s in lex.settlement_words for w in generic),
                                            key=lambda x: -len(x[0] + x[1]))
        out = []
        for ts, te in index.title_spans:
            if ts in bodies:
                continue
            for settlement, body, name in self._settlement_words:
                written = settlement + body
                if text.endswith(written, 0, ts):  # the body before the post (村党支部 | 书记)
                    out.append(Mention(ts - len(written), ts, written, "Agency", name, rule="settlement_body"))
                    break
                # the settlement's word before a post that opens with the body (社区 | 党委书记, a title of its
                # own), not inside a name a source found (前东葛村党支部)
                if text.endswith(settlement, 0, ts) and text.startswith(body, ts) and ts + len(body) < te \
                        and ts + len(body) not in bodies:
                    out.append(Mention(ts - len(settlement), ts + len(body), written, "Agency", name,
                                       rule="settlement_body"))
                    break
        return out

    def _bodies_in_posts(self, index: NameIndex, bodies: dict[int, Mention]) -> list[Mention]:
        """A body named bare inside a chain of posts belongs to the body the chain opened with:
        泰安高新区党工委书记、管委会主任 → 泰安高新区管委会; 市委副书记、统战部部长 → 市委统战部."""
        text, lex, out = index.text, self.data.lex, []
        for ts, _ in index.title_spans:
            sep = max(text.rfind("、", 0, ts), text.rfind("，", 0, ts), text.rfind(",", 0, ts))
            if sep < 0 or ts - sep - 1 < 2:
                continue
            bare = text[sep + 1 : ts]
            full = lex.heads.get(bare, (None,))[0] or (bare if lex.suffixes.get(bare, ("",))[0] == "Agency" else None)
            if full is None:
                continue
            opener = max((m for end, m in bodies.items() if end <= sep and m.type == "Agency"
                          and not any(c in "。；;！？" for c in text[end:sep])), key=lambda m: m.end, default=None)
            if opener is None or sep - opener.end > 12:
                continue
            if not any(opener.start < b <= sep for _, b in index.title_spans):
                # (甲领导小组办公室设在区住建局，办公室主任由…: the body before is no post's, so it opens no chain; the
                # office is the one the sentence named before, if it did)
                sentence = max(text.rfind(c, 0, sep) for c in "。；;！？\n") + 1
                named = max((m for m in bodies.values() if sentence <= m.start and m.end <= sep and m.type == "Agency"
                             and m.name.endswith(full) and len(m.name) > len(full)), key=lambda m: m.end, default=None)
                if named is not None:
                    out.append(Mention(sep + 1, ts, bare, "Agency", named.name, rule="post_chain"))
                continue
            if full.endswith("部") or full.startswith("政法") or full == "办公室":
                # a department of the party committee: 市委 + 统战部; an office is its own body's (区人大常委会
                # 副秘书长、办公室主任: the standing committee's office, not the district's)
                name = opener.name + full
            else:
                hit = lex.suffix_at(opener.name, len(opener.name))
                own = max((h for h in lex.head_names if opener.name.endswith(h) and len(h) < len(opener.name)),
                          key=len, default=hit[0] if hit and hit[1] == "Agency" else "")
                place = opener.name[: len(opener.name) - len(own)]
                party = next((w for w in lex.party_committee_words if place.endswith(w) and len(place) > len(w)), "")
                place = place[: len(place) - len(party)]
                # (a committee written out, 中国共产党甲区乙街道工作委员会: the place its template holds)
                place = next((x for b in lex.body_names if (x := _template_place(b.full, opener.name))), place)
                # the zone's or the town's own body: 泰安高新区 + 管委会; 区 (of 区委宣传部) + 文化和旅游局: a
                # government's bureau is the division's, not its party committee's; 乙街道 + 街道办事处 is 乙街道办事处
                overlap = max((k for k in range(2, len(full)) if place.endswith(full[:k])), default=0)
                name = place[: len(place) - overlap] + full
            out.append(Mention(sep + 1, ts, bare, "Agency", name, rule="post_chain"))
        return out

    def _name_before(self, index: NameIndex, ts: int) -> int | None:
        """Start of a person's name written right before the title at ``ts`` (习近平总书记): a whole
        jieba word it tags as a person, opening with a surname, with no title before it."""
        start = index.word_ending(ts)
        if start is None or not 2 <= ts - start <= 4:
            return None
        word = index.text[start:ts]
        lex = self.data.lex
        if not self.data.tags.get(word, "").startswith("nr") or not (word[:1] in lex.surnames or word[:2] in lex.surnames):
            return None
        if word in lex.boundaries:
            return None  # 荣获 | 省长质量奖, which jieba tags nr: a verb that stands before names is none
        if start - 1 in index.title_end_set():
            return None  # 局长张三书记: the name belongs to the title before it
        return start


@Language.factory("kg_titles", requires=[NAME_INDEX], assigns=[NAME_INDEX], default_config={})
def make_title_finder(nlp: Language, name: str) -> TitleFinder:
    """Make the ``kg_titles`` component (see :class:`TitleFinder`)."""
    return TitleFinder(nlp, name)


@Language.factory("kg_officials", requires=[CANDIDATES, NAME_INDEX], assigns=[CANDIDATES], default_config={"key": None})
def make_official_source(nlp: Language, name: str, key: str | None) -> OfficialSource:
    """Make the ``kg_officials`` component (see :class:`OfficialSource`)."""
    return OfficialSource(nlp, name, key=key)



def _template_place(template: str, name: str) -> str:
    """The place a body's written-out name holds in its template (中国共产党{X}工作委员会 of 中国共产党甲区乙街道工作委员会:
    甲区乙街道), or ``""`` where the name is not of that template."""
    head, _, tail = template.partition("{X}")
    if not tail or not name.startswith(head) or not name.endswith(tail) or len(name) <= len(head) + len(tail):
        return ""
    return name[len(head) : len(name) - len(tail)]
