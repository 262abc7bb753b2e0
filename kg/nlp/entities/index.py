"""What the candidate sources share about one Doc: :class:`NameIndex`.

Every source asks the same questions of the text — where jieba's words start and end,
which word covers a character, where the places of the divisions data are, where a post
title is — so the answers are computed once per Doc and kept in ``doc._.kg_name_index``.
``kg_places`` records the places and ``kg_titles`` the post titles; the sources after them
read both.  Offsets are characters of the Doc's text (see :mod:`kg.nlp.extensions` for
why kg's names are character spans, not token spans).
"""

from __future__ import annotations

import bisect

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from kg.nlp.extensions import doc_text

__all__ = ["NameIndex", "name_index"]


class NameIndex:
    """The text of one Doc with jieba's word boundaries, its places and its post titles.

    Parameters
    ----------
    text : str
        The Doc's text.
    words : list of (start, end)
        jieba's words, in text order (they follow each other).
    """

    def __init__(self, text: str, words: list[tuple[int, int]]) -> None:
        self.text = text
        self.words = words
        #: start and end of each word, ascending
        self.word_starts: list[int] = [s for s, _ in words]
        self.word_ends: list[int] = [e for _, e in words]
        self.starts: set[int] = set(self.word_starts)
        self.ends: set[int] = set(self.word_ends)
        #: places of the divisions data, (start, end) in text order and apart (set by ``kg_places``)
        self.place_span: list[tuple[int, int]] = []
        #: place end → place start
        self.place_end: dict[int, int] = {}
        #: post titles, (start, end) (set by ``kg_titles``)
        self.title_spans: list[tuple[int, int]] = []
        self._title_ends: set[int] | None = None
        self._title_starts: dict[int, int] | None = None
        self._place_starts: set[int] | None = None
        self._place_starts_sorted: list[int] | None = None

    @classmethod
    def from_text(cls, text: str) -> NameIndex:
        """An index of ``text`` cut by ``jieba.lcut`` (for tests and tools without a Doc)."""
        import jieba

        words, pos = [], 0
        for w in jieba.lcut(text):
            words.append((pos, pos + len(w)))
            pos += len(w)
        return cls(text, words)

    # -- what kg_places and kg_titles record ---------------------------------------------

    def set_places(self, spans: list[tuple[int, int]]) -> None:
        """Record the places of the divisions data (text order, apart)."""
        self.place_span = list(spans)
        self.place_end = {e: s for s, e in spans}
        self._place_starts = self._place_starts_sorted = None

    def set_titles(self, spans: list[tuple[int, int]]) -> None:
        """Record the post titles."""
        self.title_spans = list(spans)
        self._title_ends = self._title_starts = None

    # -- questions -------------------------------------------------------------------------

    def title_end_set(self) -> set[int]:
        """The last character of each title."""
        if self._title_ends is None:
            self._title_ends = {e - 1 for _, e in self.title_spans}
        return self._title_ends

    def title_start_by_end(self) -> dict[int, int]:
        """Title end → its start."""
        if self._title_starts is None:
            self._title_starts = {e: s for s, e in self.title_spans}
        return self._title_starts

    def title_start(self, p: int) -> int:
        """Start of the title ending at ``p`` (``p`` itself when none does)."""
        return self.title_start_by_end().get(p, p)

    def inside_title(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` lies inside a longer post title (党委 in 党委书记)."""
        return any(a <= s and e <= b and (b - a) > (e - s) for a, b in self.title_spans)

    def place_end_after(self, start: int, limit: int) -> int:
        """Where the chain of places opening at ``start`` ends (before ``limit``); ``start`` if none does."""
        starts, at = self.place_starts_sorted(), start
        while True:
            k = bisect.bisect_left(starts, at)
            if k == len(starts) or starts[k] != at or self.place_span[k][1] > limit:
                return at
            at = self.place_span[k][1]

    def inside_place(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` lies inside one place (即墨 of 即墨区)."""
        k = bisect.bisect_right(self.place_starts_sorted(), s) - 1
        return k >= 0 and e <= self.place_span[k][1]

    def place_start_end(self) -> dict[int, int]:
        """Place start → its end."""
        return {s: e for s, e in self.place_span}

    def place_starts_sorted(self) -> list[int]:
        """Start of each place, ascending (place_span is in text order and its places apart)."""
        if self._place_starts_sorted is None:
            self._place_starts_sorted = [s for s, _ in self.place_span]
        return self._place_starts_sorted

    def place_starts(self) -> set[int]:
        if self._place_starts is None:
            self._place_starts = {s for s, _ in self.place_span}
        return self._place_starts

    def word_ending(self, i: int) -> int | None:
        """Start of the word that ends at ``i``."""
        w = self.word_covering(i - 1) if i > 0 else None
        return w[0] if w is not None and w[1] == i else None

    def words_within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The words (start, end) that start at ``start`` or after and end by ``end``, in order."""
        k = bisect.bisect_left(self.word_starts, start)
        out = []
        while k < len(self.words) and self.words[k][1] <= end:
            out.append(self.words[k])
            k += 1
        return out

    def word_covering(self, i: int) -> tuple[int, int] | None:
        """The word (start, end) that covers character ``i``, if any (a binary search)."""
        k = bisect.bisect_right(self.word_starts, i) - 1
        if k >= 0 and self.words[k][1] > i:
            return self.words[k]
        return None


def name_index(doc: Doc) -> NameIndex:
    """The Doc's :class:`NameIndex`, made on first use and kept in ``doc._.kg_name_index``."""
    index = doc.user_data.get(_INDEX_KEY)  # doc._.kg_name_index, read directly: making doc._ costs more
    if index is None:
        # numpy columns, not Token objects: making a Token per word costs more than some rules
        if len(doc):
            cols = doc.to_array([IDX, LENGTH])
            starts = cols[:, 0]
            words = list(zip(starts.tolist(), (starts + cols[:, 1]).tolist()))
        else:
            words = []
        # Doc.text joins a Token per word; the article's text is the same string, already made
        index = doc.user_data[_INDEX_KEY] = NameIndex(doc_text(doc), words)
    return index


_INDEX_KEY = ("._.", "kg_name_index", None, None)  # spaCy's key for the extension's value in Doc.user_data
