"""kg's jieba tokenizer makes the Doc spaCy's own Chinese tokenizer makes from the same words, in linear time."""

from __future__ import annotations

import jieba
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces

from kg.nlp.tokenizer import JiebaTokenizer, words_and_spaces

jieba.setLogLevel(60)

# CJK, ASCII letters and digits, punctuation and every kind of whitespace layout text has
_CHARS = st.sampled_from(list("即墨区住建局投资工程青岛市abcXY12 ，。：\n\r\t\u3000 "))


@pytest.fixture(scope="module")
def tokenizers():
    ours = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.JiebaTokenizer.v1"}}})
    theirs = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    return ours.tokenizer, theirs.tokenizer


# jieba's pieces: words without whitespace, and runs of whitespace
_WORD = st.text(st.sampled_from(list("即墨区住建局abc12，。")), min_size=1, max_size=4)
_SPACE = st.text(st.sampled_from(list(" \n\r\t\u3000")), min_size=1, max_size=3)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WORD, _SPACE), max_size=12))
def test_words_and_spaces_equals_spacys_alignment(pieces):
    text = "".join(pieces)
    assert words_and_spaces(pieces) == get_words_and_spaces([p for p in pieces if p], text)


@settings(max_examples=200, deadline=None)
@given(st.text(_CHARS, max_size=60))
def test_same_doc_as_spacys_alignment_of_the_same_words(tokenizers, text):
    # the Doc spaCy's Chinese tokenizer makes from jieba-rs's words (its alignment, quadratic): ours, in linear time
    import rjieba

    ours, theirs = tokenizers
    words, spaces = get_words_and_spaces([w for w in rjieba.cut(text) if w], text)  # (as spacy.lang.zh does)
    a = ours(text)
    assert a.text == text
    assert [(t.text, t.whitespace_) for t in a] == [(t.text, t.whitespace_) for t in Doc(theirs.vocab, words, spaces)]


def test_jieba_rs_and_jieba_cut_a_run_no_word_covers_differently(tokenizers):
    """The known difference of the two HMMs, as the tokenizer's docstring says: both cut the run, elsewhere."""
    ours, theirs = tokenizers
    assert ([t.text for t in ours("墨资资资住")], [t.text for t in theirs("墨资资资住")]) == (
        ["墨资", "资资住"], ["墨资资", "资住"])


def test_same_doc_on_a_seed_page(tokenizers):
    from pathlib import Path

    ours, theirs = tokenizers
    text = sorted(Path("seeds").glob("*"))[0].read_text(encoding="utf-8")
    assert [t.text_with_ws for t in ours(text)] == [t.text_with_ws for t in theirs(text)]


def test_jieba_rs_words_are_jiebas(tokenizers):
    """jieba-rs cuts as jieba does: the same words on layout text with places, bodies and numbers."""
    ours, _ = tokenizers
    text = "即墨区住建局投资建设城中村改造工程，总投资3.5亿元。\n\n青岛 市城市管理局局长孙震出席。"
    assert [t.text for t in ours(text)] == words_and_spaces(jieba.lcut(text))[0]


def test_hyphenated_ascii_stays_one_word(tokenizers):
    """The one difference from jieba: ASCII joined by hyphens is one word (jieba cuts at each hyphen)."""
    ours, _ = tokenizers
    assert [t.text for t in ours("2020-07-13开工XH1805-08地块")] == ["2020-07-13", "开工", "XH1805-08", "地块"]
