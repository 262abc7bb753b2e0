"""The tokenizer: jieba's words as a spaCy ``Doc``, in time linear in the text.

spaCy's own Chinese tokenizer (``segmenter = "jieba"``) makes the same Doc from the same words, but aligns
jieba's words to the text with ``spacy.util.get_words_and_spaces``, which searches
``text[pos:]`` — a fresh copy of the rest of the text — for every word: quadratic in the
length of an article.  jieba's words concatenate to exactly the input text, so no search
is needed: whitespace words are folded the way spaCy folds them (one ``" "`` after a word
becomes that word's trailing space; any other run of whitespace is one token of its own)
and the rest are the Doc's words.  ``tests/test_tokenizer.py`` checks the two agree.

It is registered as ``kg.JiebaTokenizer.v1`` and named in the pipeline's config
(:func:`kg.nlp.pipeline.make_nlp`), like any spaCy tokenizer.

>>> import spacy
>>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.JiebaTokenizer.v1"}}})
>>> [t.text_with_ws for t in nlp("青岛 投资\\n\\n建设")]
['青岛 ', '投资', '\\n\\n', '建设']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

__all__ = ["JiebaTokenizer", "words_and_spaces"]


def words_and_spaces(pieces: Iterable[str]) -> tuple[list[str], list[bool]]:
    """spaCy's words and trailing-space flags for ``pieces`` that concatenate to the text.

    The result equals ``spacy.util.get_words_and_spaces(pieces, "".join(pieces))``.

    >>> words_and_spaces(["  ", "甲", " ", " ", "乙", " "])
    (['  ', '甲', ' ', '乙'], [False, True, False, True])
    """
    words: list[str] = []
    spaces: list[bool] = []
    gap: list[str] = []  # whitespace pieces since the last word

    def flush() -> None:
        run = "".join(gap)
        gap.clear()
        if words and not words[-1].isspace() and run.startswith(" "):
            spaces[-1] = True  # the first space after a word is that word's trailing space
            run = run[1:]
        if run:
            words.append(run)
            spaces.append(False)

    for piece in pieces:
        if not piece:
            continue
        if piece.isspace():
            gap.append(piece)
            continue
        if gap:
            flush()
        words.append(piece)
        spaces.append(False)
    if gap:
        flush()
    return words, spaces


class JiebaTokenizer:
    """``text`` → ``Doc`` of jieba's words (accurate mode, with its HMM for unknown words).

    The words come from jieba-rs (``rjieba``), jieba's algorithm and default dictionary in
    Rust: the same words as ``jieba.cut`` on the seeds and the devset, about 18 times faster, and
    its dictionary loads in a fraction of jieba's time.  Two differences are known: ASCII runs
    joined by hyphens (``2020-07-13``) stay one word, and a run of characters no dictionary word
    covers may be cut elsewhere by the two HMMs (墨资资资住: 墨资 | 资资住, jieba 墨资资 | 资住).
    """

    def __init__(self, vocab: Vocab) -> None:
        import rjieba

        self.vocab = vocab
        self._cut = rjieba.cut

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces(self._cut(text, True))  # True: the HMM for unknown words
        return Doc(self.vocab, words=words, spaces=spaces)

    # spaCy calls these when a pipeline is saved or loaded; there is no state to keep
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "JiebaTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "JiebaTokenizer":
        return self


@registry.tokenizers("kg.JiebaTokenizer.v1")
def create_jieba_tokenizer() -> Callable[[Language], JiebaTokenizer]:
    """The factory spaCy's config names (``[nlp.tokenizer] @tokenizers = "kg.JiebaTokenizer.v1"``)."""

    def make(nlp: Language) -> JiebaTokenizer:
        return JiebaTokenizer(nlp.vocab)

    return make
