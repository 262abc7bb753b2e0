"""``kg_listed_companies``: companies no suffix marks, named in a list or as a leader.

``卡奥斯、西门子等工业互联网平台``: the items of a 、-list before 等企业/等平台/等品牌 …;
``以京东方领头``, ``以海尔为龙头``: the firm that leads a cluster.  The first item runs
back to the last boundary word before it (在, 引进 …).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, DataSource
from kg.nlp.entities.index import NameIndex
from kg.records import Mention

__all__ = ["ListedCompanySource", "list_matches"]

_LIST_CUE = r"(?:等)(?:企业|公司|整车企业|龙头企业|头部企业|工业互联网平台|互联网平台|品牌|车企)"
_LIST_ITEM = r"[^\W\d_等、，。；：]"
_LIST_CUE_RE = re.compile(_LIST_CUE)
_LIST = re.compile(rf"((?:{_LIST_ITEM}{{2,8}}、)*{_LIST_ITEM}{{2,8}}){_LIST_CUE}")
_LIST_CHAR = re.compile(rf"{_LIST_ITEM}|、")  # what the items and their joiners are made of
_LEADER = re.compile(r"以([\u4e00-\u9fffA-Za-z]{2,8}?)(?:等(?:企业|公司))?(?:领头|为龙头|为代表|牵头)")
_LEADER_CUE = re.compile(r"领头|为龙头|为代表|牵头")


class ListedCompanySource(DataSource):
    """Companies listed before a cue (等企业 …) or leading a cluster (以…领头)."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text, bounds = index.text, self.data.bounds
        out = []
        if "等" in text and _LIST_CUE_RE.search(text):
            for m in list_matches(text):
                pos = m.start(1)
                for item in m.group(1).split("、"):
                    s, e = pos, pos + len(item)
                    pos = e + 1
                    # the first item runs back to a boundary word: keep the tail after it
                    k = bounds.last_boundary(text, s, e)
                    if k is not None:
                        s = k
                    if e - s >= 2:
                        out.append(Mention(s, e, text[s:e], "Company", text[s:e], rule="list_company"))
        if "以" in text and _LEADER_CUE.search(text):
            for m in _LEADER.finditer(text):
                s, e = m.span(1)
                out.append(Mention(s, e, text[s:e], "Company", text[s:e], rule="list_company"))
        return out


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
