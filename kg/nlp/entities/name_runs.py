"""``kg_name_runs``: people's names written one after another with nothing between them.

Headlines and captions run the names of those present together (``甲乙丙丁戊出席``: five
names, no 、), and jieba and the tagger cut such a run anywhere (``朱开 | 国王 | 晓勇``).
The article usually names the same people again apart, after their posts or in a list.
So a run is cut where the names the other sources found (``kg_officials``,
``kg_bylines``, the tagger's people) fit it end to end; a stretch between two such names
that is a surname (``kg/data/surnames.txt``) and one or two characters is a name too.
A run needs two names or more that the article also writes elsewhere, outside the run;
each of its names is then a ``Person`` candidate, ranked with the officials, so the
tagger's cuts across the run (朱开, 王峰刘) give way.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, DataSource, candidate_groups
from kg.nlp.entities.index import NameIndex
from kg.records import Mention

__all__ = ["NameRunSource", "PERSON_SOURCES"]

#: the sources whose people anchor a run
PERSON_SOURCES: tuple[str, ...] = ("kg_officials", "kg_bylines", "kg_ner")
_MAX_NAMES = 12  # the longest run looked at


class NameRunSource(DataSource):
    """People's names run together, cut by the names the article writes elsewhere."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        text = index.text
        groups = candidate_groups(doc)
        known = {m.text for key in PERSON_SOURCES for m in groups.get(key, ())
                 if m.type in ("Person", "Official") and 2 <= len(m.text) <= 4}
        if len(known) < 2:
            return []
        at: dict[int, list[str]] = defaultdict(list)  # start → the known names there
        places: dict[str, list[int]] = {}
        for name in known:
            k = text.find(name)
            while k >= 0:
                at[k].append(name)
                places.setdefault(name, []).append(k)
                k = text.find(name, k + 1)
        out: list[Mention] = []
        done = 0
        for p in sorted(at):
            if p < done:
                continue
            run = self._run(text, p, at)
            end = run[-1][1] if run else p
            supported = sum(1 for s, e in run if any(k < p or k >= end for k in places.get(text[s:e], ())))
            if len(run) >= 2 and supported >= 2:
                out += [Mention(s, e, text[s:e], "Person", text[s:e], rule="name_run") for s, e in run]
                done = end
        return out

    def _run(self, text: str, p: int, at: dict[int, list[str]]) -> list[tuple[int, int]]:
        """The longest chain of names from ``p``: known names, and between two of them a surname
        and one or two characters."""
        best: list[tuple[int, int]] = []

        def extend(pos: int, chain: list[tuple[int, int]]) -> None:
            nonlocal best
            if len(chain) > len(best) or (len(chain) == len(best) and chain and chain[-1][1] > best[-1][1]):
                if not chain or chain[-1][2]:  # a chain ends with a known name
                    best = [(s, e) for s, e, _ in chain]
            if len(chain) >= _MAX_NAMES:
                return
            for name in at.get(pos, ()):
                extend(pos + len(name), chain + [(pos, pos + len(name), True)])
            if chain:  # between two known names: a surname and one or two characters
                for n in (2, 3):
                    end = pos + n
                    if end in at and self._surname_led(text, pos, end):
                        extend(end, chain + [(pos, end, False)])

        extend(p, [])
        return best

    def _surname_led(self, text: str, s: int, e: int) -> bool:
        surnames = self.data.lex.surnames
        return (text[s] in surnames or text[s : s + 2] in surnames) and all("\u4e00" <= c <= "\u9fff" for c in text[s:e])


@Language.factory("kg_name_runs", requires=[CANDIDATES], assigns=[CANDIDATES], default_config={"key": None})
def make_name_run_source(nlp: Language, name: str, key: str | None) -> NameRunSource:
    """Make the ``kg_name_runs`` component (see :class:`NameRunSource`)."""
    return NameRunSource(nlp, name, key=key)
