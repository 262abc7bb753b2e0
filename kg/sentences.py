"""Sentence boundaries for Chinese news text, as the spaCy component ``kg_sentencizer``.

Modelled on spaCy's ``Sentencizer``: the punctuation that ends a sentence is default
config, overridable and saved with the pipeline.  Differences, and why:

* a closing quote or bracket right after the stop belongs to the sentence that ends
  (``……”说。`` / ``……。”``), so the boundary moves past it;
* a paragraph end (``\\n``, left by layout repair) always ends a sentence, because
  headlines and list items carry no stop punctuation.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import SENT_START

from spacy.language import Language
from spacy.tokens import Doc

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
    stops, closers = set(stops), set(closers)
    spans: list[tuple[int, int]] = []
    start, i, n = 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            spans.append((start, i))
            start = i + 1
        elif ch in stops:
            j = i + 1
            while j < n and (text[j] in stops or text[j] in closers):
                j += 1
            spans.append((start, j))
            start = i = j
            continue
        i += 1
    spans.append((start, n))
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

    def __call__(self, doc: Doc) -> Doc:
        starts = {s for s, _ in sentence_spans(doc.text, self.stops, self.closers)}
        # jieba always splits stop punctuation off, so sentence starts fall on token starts.
        # Set them as one array: the Token.is_sent_start setter scans the whole Doc on every
        # call (Doc.has_annotation), which makes a long article quadratic.
        flags = numpy.fromiter((1 if i == 0 or token.idx in starts else -1 for i, token in enumerate(doc)),
                               dtype="int32", count=len(doc))
        if len(doc):
            doc.from_array([SENT_START], flags.astype("uint64"))
        return doc


@Language.factory(
    "kg_sentencizer",
    assigns=["token.is_sent_start"],
    default_config={"stops": DEFAULT_STOPS, "closers": DEFAULT_CLOSERS},
)
def make_sentencizer(nlp: Language, name: str, stops: list[str], closers: list[str]) -> SentenceSplitter:
    return SentenceSplitter(stops=stops, closers=closers)
