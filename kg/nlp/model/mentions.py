"""The tagger's names as kg mentions, typed the way kg's rules type names.

The tagger finds where a name is; kg's language data knows better what it is: a name
ending in a suffix of ``kg/data/suffixes.tsv`` takes that suffix's type (局 → Agency,
有限公司 → Company, 大学 → Organization, 村 → Place), a place of the divisions data is a
Place; only then does the model's label decide (``PER`` → Person, ``LOC`` → Place,
``GOV`` → Agency, ``COM`` → Company, ``ORG`` → Organization).

Names that are unlikely to be names are dropped: a person's name that starts or ends inside
a jieba word (刘文 of 刘文涛; names of bodies often do: jieba cuts 区住建局 区住 | 建局), a
name that starts or ends with a function word (查处机关); a person's name of two to four
characters must start with a surname (``kg/data/surnames.txt``), a longer one must be a
transliteration joined by ``·``; any name must have two characters or more, and a
whole jieba word jieba knows as a common word (not tagged ns/nr/nt/nz) is no name,
whatever the model says (会同, 综合).

>>> from kg.nlp.model.tagger import ModelSpan
>>> typer = MentionTyper.load()  # doctest: +SKIP
>>> [(m.text, m.type) for m in typer.mentions("王小明在潍柴动力和即墨区统计局", [ModelSpan(0, 3, "PER"), ModelSpan(4, 8, "COM"), ModelSpan(9, 15, "ORG")])]  # doctest: +SKIP
[('王小明', 'Person'), ('潍柴动力', 'Company'), ('即墨区统计局', 'Agency')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from kg.records import Mention

__all__ = ["MentionTyper", "LABEL_TYPES"]

#: The model's labels → kg types (when the name's suffix or the gazetteer says nothing).
LABEL_TYPES: dict[str, str] = {"PER": "Person", "LOC": "Place", "GOV": "Agency", "COM": "Company", "ORG": "Organization"}

# the suffix types that override the model's label (a model's name is never a project or award)
_SUFFIX_TYPES = ("Agency", "Company", "Organization", "Place")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_PROPER_TAGS = ("ns", "nr", "nz", "nt", "j")  # j: abbreviations (建行, 央行, 欧盟)
# jieba tags of words that never open or close a name: verbs, prepositions, particles,
# conjunctions, adverbs, pronouns, modal particles, interjections
_FUNCTION_TAGS = ("v", "p", "u", "c", "d", "r", "y", "e")
_LATIN = re.compile(r"[A-Za-z]")
_PUNCT = re.compile(r"[^\w]")


class MentionTyper:
    """Turns :class:`~kg.nlp.model.tagger.ModelSpan` records into typed :class:`Mention` records."""

    def __init__(self, lexicon, places, tags: dict[str, str], freq: dict[str, int]) -> None:
        self._lex = lexicon
        self._places = places
        self._tags = tags
        self._freq = freq

    @classmethod
    def load(cls) -> MentionTyper:
        import jieba
        import jieba.posseg

        from kg.lang import lexicon
        from kg.lang.gazetteer import Gazetteer

        jieba.initialize()
        return cls(lexicon.load(), Gazetteer.load().place_names(), jieba.posseg.dt.word_tag_tab, jieba.dt.FREQ)

    def mentions(self, text: str, spans: Iterable, words: Sequence[tuple[int, int]] = ()) -> list[Mention]:
        """The kept names of ``spans`` (``start``, ``end``, ``label``) as mentions, typed.

        ``words``: jieba's words (start, end) of ``text``, in order, for the checks on the
        words a name is made of."""
        starts = [a for a, _ in words]
        bounds = {a for a, _ in words} | {b for _, b in words}
        out = []
        for span in spans:
            if span.label == "PER" and words and (span.start not in bounds or span.end not in bounds):
                continue  # 刘文 of 刘文涛: a person's name starts and ends where jieba's words do
            inner = _words_inside(words, starts, span.start, span.end)
            m = self.mention(text, span.start, span.end, span.label, inner)
            if m is not None:
                out.append(m)
        return out

    def mention(self, text: str, start: int, end: int, label: str,
                words: Sequence[tuple[int, int]] = ()) -> Mention | None:
        """One name as a typed mention, or ``None`` when it is unlikely to be a name.

        ``words``: the jieba words inside the name (start, end)."""
        word = text[start:end]
        if len(word) < 2 or not _NAME_CHAR.search(word) or word in self._lex.stop_names:
            return None
        if _PUNCT.search(word) and not _balanced(word):
            return None  # 市)人民政府: a bracket the name does not open
        pieces = [text[a:b] for a, b in words]
        # a name neither starts nor ends with a verb, preposition, particle, conjunction or
        # adverb jieba knows as a word of its own (查处机关, 王锦说)
        for piece in (pieces[:1] + pieces[-1:]) if pieces else ():
            if self._tags.get(piece, "").startswith(_FUNCTION_TAGS):
                return None
        tag = self._tags.get(word)
        if label == "PER":
            if _CJK_NAME.fullmatch(word):
                if not (word[:1] in self._lex.surnames or word[:2] in self._lex.surnames):
                    return None
                if self._freq.get(word) and not (tag or "").startswith("nr"):
                    return None  # 管廊: a common word, not a name
            elif "·" not in word:
                return None
            return Mention(start, end, word, "Person", word, rule="kg_ner")
        if self._freq.get(word) and not (tag and tag.startswith(_PROPER_TAGS)):
            return None  # a common word jieba knows: 政府, 城市空间
        hit = self._lex.suffix_at(word, len(word))
        if hit is not None and hit[1] in _SUFFIX_TYPES and len(word) > len(hit[0]):
            type_ = hit[1]
        elif word in self._places:
            type_ = "Place"
        else:
            type_ = LABEL_TYPES.get(label)
            if type_ is None:
                return None
            # no suffix and no known place: the name needs a proper part (乱搭乱建, 西南 are none)
            if not self._proper(pieces):
                return None
        return Mention(start, end, word, type_, word, rule="kg_ner")

    def _proper(self, pieces: Sequence[str]) -> bool:
        """Whether a word of the name is one jieba tags as proper, one it does not know, or Latin."""
        for piece in pieces:
            if _LATIN.search(piece):
                return True
            tag = self._tags.get(piece)
            if tag is not None and tag.startswith(_PROPER_TAGS):
                return True
            if len(piece) >= 2 and piece not in self._freq:
                return True
        return False


def _words_inside(words: Sequence[tuple[int, int]], starts: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The words overlapping ``[start, end)``, cut to it."""
    out = []
    k = max(bisect.bisect_right(starts, start) - 1, 0)
    while k < len(words) and words[k][0] < end:
        a, b = words[k]
        if b > start:
            out.append((max(a, start), min(b, end)))
        k += 1
    return out


def _balanced(word: str) -> bool:
    """Whether every bracket in ``word`` is closed after it is opened, and nothing else is punctuation."""
    depth = 0
    for ch in word:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
            if depth < 0:
                return False
        elif ch != "·" and _PUNCT.match(ch):
            return False
    return depth == 0
