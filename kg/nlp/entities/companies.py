"""``kg_listed_companies``: companies no suffix marks, named in a list or as a leader.

``卡奥斯、西门子等工业互联网平台``: the items of a 、-list before 等企业/等平台/等品牌 …;
``以京东方领头``, ``以海尔为龙头``: the firm that leads a cluster.  The first item runs
back to the last boundary word before it (在, 引进 …).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, DataSource, candidate_groups
from kg.nlp.entities.index import NameIndex
from kg.nlp.entities.text_classes import EVERYDAY_FREQ
from kg.records import Mention

__all__ = ["ListedCompanySource", "list_matches"]

# 等 and the kind of firm: 等企业, 等46家中央企业, 等科技创新类企业 (not 等近百位企业嘉宾: people; not 甲、乙等为受表彰的
# 企业颁奖: a preposition or a relative clause's 的 between says what the people listed do)
_LIST_CUE = r"(?:等)(?:[\d一二三四五六七八九十百千]+[余多]?家|多家|一批)?(?:(?:(?![位名人为的被在向对])[\u4e00-\u9fff]){0,6}?(?:企业|公司)|工业互联网平台|互联网平台|品牌|车企|央企)"
_LIST_ITEM = r"[^\W\d_等、，。；：]"
_LIST_CUE_RE = re.compile(_LIST_CUE)
_LIST = re.compile(rf"((?:{_LIST_ITEM}{{2,8}}、)*{_LIST_ITEM}{{2,8}}){_LIST_CUE}")
_LIST_CHAR = re.compile(rf"{_LIST_ITEM}|、")  # what the items and their joiners are made of
_LEADER = re.compile(r"以([\u4e00-\u9fffA-Za-z]{2,8}?)(?:等(?:企业|公司))?(?:领头|为龙头|为代表|为?牵头)")
_LEADER_CUE = re.compile(r"领头|为龙头|为代表|牵头")
# a 、-list: runs of name characters joined by 、, each matched whole (possessive: no backtracking)
_ITEM_LIST = re.compile(r"(?<![\u4e00-\u9fffA-Za-z])[\u4e00-\u9fffA-Za-z]++(?:、[\u4e00-\u9fffA-Za-z]++)+")
_MAX_ITEM = 10  # longest item: the first is cut to its last characters, the last to its first
#: words of a field of business: a list closed by its count (三大产业, 四大主导产业, 两大领域) or by a field's firms
#: (等领域企业, 等行业龙头企业) names trades or fields, no firms
_FIELDS = "产业|行业|领域|板块|赛道"
_COUNTED_FIELDS = re.compile(rf"[一二三四五六七八九十两]大[\u4e00-\u9fff]{{0,2}}?(?:{_FIELDS})")
_FIELDS_CUE = re.compile(rf"等(?:{_FIELDS})(?!链)")  # (等产业链上下游企业: firms of a chain)
#: jieba's tags of everyday nouns: a list of such words names trades (电池、电机), not firms
_TRADE_TAGS = frozenset({"n", "vn", "mq"})


class ListedCompanySource(DataSource):
    """Companies listed before a cue (等企业 …) or leading a cluster (以…领头)."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text, bounds = index.text, self.data.bounds
        out = []
        if "等" in text and _LIST_CUE_RE.search(text):
            for m in list_matches(text):
                if _FIELDS_CUE.match(text, m.end(1)) or self._trades_listed(index, m.start(1), m.group(1)):
                    continue  # (招引甲、乙等领域企业: the list names fields)
                pos = m.start(1)
                for item in m.group(1).split("、"):
                    s, e = pos, pos + len(item)
                    pos = e + 1
                    # the first item runs back to a boundary word: keep the tail after it
                    k = bounds.last_boundary(text, s, e)
                    if k is not None:
                        s = k
                    if e - s >= 2 and not _has_title(index, s, e):  # 梁环宇、…总裁亢越等近百位企业嘉宾: people
                        out.append(Mention(s, e, text[s:e], "Company", text[s:e], rule="list_company"))
        if "以" in text and _LEADER_CUE.search(text):
            for m in _LEADER.finditer(text):
                s, e = m.span(1)
                kind = self.data.lex.suffix_at(text, e)
                if kind is not None and kind[1] != "Company":
                    continue  # 以甲区乙医院为牵头单位: a hospital or a body leads, no firm (its suffix names it)
                out.append(Mention(s, e, text[s:e], "Company", text[s:e], rule="list_company"))
        if "、" in text:
            out += self.brand_lists(index)
            out += self.listed_with_firms(index, doc)
        return out

    def _trades_listed(self, index: NameIndex, start: int, items: str) -> bool:
        """Whether a list before 等企业 names trades, not firms (吸引电池、电机、电控等配套企业, 引进硅材料、光伏组件、
        铝型材等上下游企业): each item is one everyday noun of jieba's dictionary or words it knows that name no place
        or person (the first may follow a verb or a function word)."""
        bounds = self.data.bounds
        pos = start
        for k, item in enumerate(items.split("、")):
            words = []
            at = pos
            while at < pos + len(item) and (w := index.word_covering(at)) is not None:
                words.append((max(w[0], pos), min(w[1], pos + len(item))))
                at = w[1]
            if k == 0 and len(words) >= 2 and bounds.tags.get(index.text[slice(*words[-2])], "x")[:1] in "vdpcuf":
                words = words[-1:]  # (建成后将)吸引 | 电池: the list starts after the verb
            pieces = [index.text[a:b] for a, b in words]
            one_noun = len(pieces) == 1 and bounds.tags.get(pieces[0]) in _TRADE_TAGS
            # (words jieba knows, none a rare proper one: 硅 | 材料, 光伏 | 组件; a firm's brand is a word it does not
            # know or tags proper: 宏耀 | 铝业, 海信)
            known = all(bounds.freq.get(p, 0) > 0 and (not bounds.tags.get(p, "").startswith(("nr", "ns", "nz"))
                                                        or bounds.freq[p] >= EVERYDAY_FREQ) for p in pieces)
            if not pieces or not (one_noun or known):
                return False
            pos += len(item) + 1
        return True

    def brand_lists(self, index: NameIndex) -> list[Mention]:
        """Firms named by brand and trade in a 、-list (潍柴动力、歌尔股份、豪迈集团、弘润石化、山东新和成):
        a list with two items or more that are a brand (a word with a proper-name signal, no place)
        and an industry word (kg/data/industry_words.txt) is a list of firms, so its other items
        ending in an industry word or carrying a proper-name signal are firms too."""
        text, lex, bounds = index.text, self.data.lex, self.data.bounds
        out = []
        if not lex.industry_re.search(text):
            return out
        for m in _ITEM_LIST.finditer(text):
            items, pos = [], m.start()
            parts = m.group().split("、")
            if any(len(part) > _MAX_ITEM for part in parts[1:-1]):
                continue  # a clause between two 、: no list of names
            if sum(1 for part in parts if lex.industry_re.search(part)) < 2:
                continue  # fewer than two items with an industry word: no list of firms
            if _COUNTED_FIELDS.search(parts[-1]):
                continue  # 重点发展甲材料、乙材料和丙装备三大产业: a list closed by the count of its kind names trades
            if len(parts[0]) > _MAX_ITEM:
                pos += len(parts[0]) - _MAX_ITEM
                parts[0] = parts[0][-_MAX_ITEM:]
            parts[-1] = parts[-1][:_MAX_ITEM]
            for n, item in enumerate(parts):
                s, e = pos, pos + len(item)
                pos = e + 1
                title = next((a for a, b in index.title_spans if s < a < e), None)
                if title is not None:
                    e = title  # 新建元控股集团 | 总裁亢越: a post and its holder follow the firm
                elif n == len(parts) - 1:
                    e = self._last_item_end(index, s, e)  # the last runs on into the sentence: cut there
                k = bounds.last_boundary(text, s, e)  # an item runs back to a boundary word (以及, 和): cut there
                s = k if k is not None and e - k >= 2 else s
                if e - s >= 2 and not _has_title(index, s, e):
                    items.append((s, e))
            brands = [(s, e) for s, e in items if self._brand(index, s, e)]
            if len(brands) < 2:
                continue
            for s, e in items:
                other = lex.suffix_at(text, e)
                if (s, e) in brands or text[s:e].endswith(lex.industry_words) or (
                        bounds.proper(index, s, e) and not any(a == s and b == e for a, b in index.place_span)
                        and (other is None or other[1] == "Company")):
                    out.append(Mention(s, e, text[s:e], "Company", text[s:e], rule="brand_list"))
        return out

    def listed_with_firms(self, index: NameIndex, doc: Doc) -> list[Mention]:
        """Firms written short in a 、-list of firms a suffix names (甲化工科技有限公司、乙石油装备股份有限公司、
        丙新材料、丁物流集团): where two items or more, and half of them, are companies the sources before
        found, an item between two others that carries a proper-name signal, names no place and is marked
        as nothing else is a firm too (the list's first item may run back into the clause, so it is never
        one of these, nor a last item the sentence runs on from)."""
        text, lex, bounds = index.text, self.data.lex, self.data.bounds
        firms = {(m.start, m.end) for group in candidate_groups(doc).values() for m in group if m.type == "Company"}
        if len(firms) < 2:
            return []
        out = []
        for m in _ITEM_LIST.finditer(text):
            spans, pos = [], m.start()
            for part in m.group().split("、"):
                spans.append((pos, pos + len(part)))
                pos += len(part) + 1
            last = len(spans) - 1
            firm_ends, firm_starts = {e for _, e in firms}, {s for s, _ in firms}
            # (the first item may hold words of the clause before the firm, the last words after it)
            firm = [spans[k] in firms or k == 0 and spans[k][1] in firm_ends or k == last and spans[k][0] in firm_starts
                    for k in range(len(spans))]
            if sum(firm) < 2 or 2 * sum(firm) < len(spans):
                continue
            closed = m.end() == len(text) or text[m.end()] in "，。；,;"
            for k, (s, e) in enumerate(spans):
                if firm[k] or k == 0 or (k == last and not closed) or not 2 <= e - s <= _MAX_ITEM:
                    continue
                other = lex.suffix_at(text, e)
                if (other is None or other[1] == "Company") and bounds.proper(index, s, e) \
                        and not any(a == s and b == e for a, b in index.place_span) and not _has_title(index, s, e):
                    out.append(Mention(s, e, text[s:e], "Company", text[s:e], rule="list_company"))
        return out

    def _last_item_end(self, index: NameIndex, s: int, e: int) -> int:
        """Where the last item of a list ends: after its first brand and industry word (星驰汽车 |
        两家汽车4S店), else after the words that carry a proper-name signal (山东新和成 | 负责同志)."""
        text, lex, bounds = index.text, self.data.lex, self.data.bounds
        for k in range(s + 3, e + 1):
            trade = lex.industry_word_at(text, k)
            if trade is not None and k - s - len(trade) >= 2:
                return k
        end = s
        for k in range(bisect.bisect_right(index.word_ends, s), len(index.words)):  # the words from s on
            a, b = index.words[k]
            if a >= e or not (bounds.proper(index, a, min(b, e)) or any(x <= a and b <= y for x, y in index.place_span)):
                break
            end = min(b, e)
        return end

    def _brand(self, index: NameIndex, s: int, e: int) -> bool:
        """A brand and an industry word: 歌尔 + 股份; the brand no place the text names (青岛 + 汽车)."""
        text, lex = index.text, self.data.lex
        trade = lex.industry_word_at(text, e)
        if trade is None or e - s - len(trade) < 2:
            return False
        brand_end = e - len(trade)
        if any(a == s and b == brand_end for a, b in index.place_span):
            return False
        return self.data.bounds.proper(index, s, brand_end)


def _has_title(index: NameIndex, s: int, e: int) -> bool:
    """Whether a post title overlaps ``[s, e)``: such an item names a person's post, not a firm."""
    return any(a < e and s < b for a, b in index.title_spans)


def list_matches(text: str) -> Iterator[re.Match]:
    """The matches of ``_LIST.finditer(text)``, found without its cost.

    ``_LIST`` backtracks through every way of cutting a run of characters into items at
    each position of the text, though a match needs a cue (等企业 …) right after its run.
    So only the run of item characters before each cue is searched: a match can start
    nowhere else (等 is no item character, so the run ends at the cue's 等), and it ends at
    that cue, whose match by ``_LIST_CUE_RE`` is the one ``_LIST`` makes.
    """
    done = 0  # where the last match ended: finditer goes on from there
    for cue in _LIST_CUE_RE.finditer(text):
        run = cue.start()
        while run > done and _LIST_CHAR.match(text, run - 1):
            run -= 1
        m = _LIST.search(text, run, cue.end())
        if m is not None:
            done = m.end()
            yield m


@Language.factory("kg_listed_companies", assigns=[CANDIDATES], default_config={"key": None})
def make_listed_company_source(nlp: Language, name: str, key: str | None) -> ListedCompanySource:
    """Make the ``kg_listed_companies`` component (see :class:`ListedCompanySource`)."""
    return ListedCompanySource(nlp, name, key=key)
