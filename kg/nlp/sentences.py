"""Sentence boundaries for Chinese news text, as the spaCy component ``kg_sentencizer``.

Modelled on spaCy's ``Sentencizer``: the punctuation that ends a sentence is default
config, overridable and saved with the pipeline.  Differences, and why:

* a closing quote or bracket right after the stop belongs to the sentence that ends
  (``……”说。`` / ``……。”``), so the boundary moves past it;
* a paragraph end (``\\n``, left by layout repair) always ends a sentence, because
  headlines and list items carry no stop punctuation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import numpy
from spacy.attrs import IDX, SENT_START

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.extensions import doc_text

__all__ = ["SentenceSplitter", "make_sentencizer", "DEFAULT_STOPS", "DEFAULT_CLOSERS", "sentence_spans"]

DEFAULT_STOPS: list[str] = ["。", "！", "？", "；", "!", "?", ";", "…"]
DEFAULT_CLOSERS: list[str] = ["”", "’", "」", "』", "）", ")", "》", "\"", "'"]


def sentence_spans(text: str, stops: Iterable[str] = DEFAULT_STOPS,
                   closers: Iterable[str] = DEFAULT_CLOSERS) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (newlines excluded, empty ones dropped).

    >>> text = "区住建局召开会议。“我们要抓落实。”他说。\\n标题"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['区住建局召开会议。', '“我们要抓落实。”', '他说。', '标题']
    """
    return _spans(text, _boundary_re(frozenset(stops), frozenset(closers)))


@functools.lru_cache(maxsize=32)
def _boundary_re(stops: frozenset[str], closers: frozenset[str]) -> re.Pattern:
    """What ends a sentence: a newline, or a stop with the stops and closers right after it.

    A newline ends a sentence even when it is also configured as a stop; once a stop has
    been seen, every stop or closer after it (a newline too, if configured so) belongs to it.
    """
    def charset(chars) -> str:
        return "".join(re.escape(c) for c in sorted(chars) if len(c) == 1)

    first = charset(stops - {"\n"})
    rest = charset(stops | closers)
    alternatives = ["\n"]
    if first:
        alternatives.append(f"[{first}]" + (f"[{rest}]*" if rest else ""))
    return re.compile("|".join(alternatives))


def _spans(text: str, boundary: re.Pattern) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in boundary.finditer(text):
        if m.group() == "\n":
            spans.append((start, m.start()))
        else:
            spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


class SentenceSplitter:
    """Set ``Token.is_sent_start`` from :func:`sentence_spans`."""

    def __init__(self, *, stops: list[str], closers: list[str]) -> None:
        self.stops = list(stops)
        self.closers = list(closers)
        self._boundary = _boundary_re(frozenset(self.stops), frozenset(self.closers))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = {s for s, _ in _spans(doc_text(doc), self._boundary)}
        # jieba always splits stop punctuation off, so sentence starts fall on token starts.
        # Set them as one array, from the tokens' offsets (a numpy column, not a Token per
        # word): the Token.is_sent_start setter scans the whole Doc on every call
        # (Doc.has_annotation), which makes a long article quadratic.
        starts.add(0)  # the first token starts a sentence
        if len(starts) == 1:  # one sentence (the first token is the only one at offset 0)
            flags = numpy.full(len(doc), -1, dtype="int64")
            flags[0] = 1
        else:
            flags = numpy.array([1 if i in starts else -1 for i in doc.to_array(IDX).tolist()], dtype="int64")
        doc.from_array([SENT_START], flags.view("uint64"))
        return doc


@Language.factory(
    "kg_sentencizer",
    assigns=["token.is_sent_start"],
    default_config={"stops": DEFAULT_STOPS, "closers": DEFAULT_CLOSERS},
)
def make_sentencizer(nlp: Language, name: str, stops: list[str], closers: list[str]) -> SentenceSplitter:
    return SentenceSplitter(stops=stops, closers=closers)
