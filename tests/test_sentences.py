"""Sentence splitting: the plain function and the spaCy component agree."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.nlp.sentences import sentence_spans


@pytest.mark.parametrize(
    "text, expected",
    [
        ("区住建局召开会议。会议强调抓落实！", ["区住建局召开会议。", "会议强调抓落实！"]),
        # the closing quote belongs to the sentence it closes
        ("“今年要抓牢资金筹措。”姜德志说。", ["“今年要抓牢资金筹措。”", "姜德志说。"]),
        # a paragraph end ends a sentence even without punctuation (headlines, list items)
        ("严把数据关 工业统计精确有据\n日前，会议召开。", ["严把数据关 工业统计精确有据", "日前，会议召开。"]),
        # runs of stops stay with their sentence; ellipsis too
        ("真的吗？！是的……好。", ["真的吗？！", "是的……", "好。"]),
        # half-width punctuation as printed in some exports
        ("即墨区纪委监委建立机制;督促协调.", ["即墨区纪委监委建立机制;", "督促协调."]),
        ("", []),
        ("\n\n  \n", []),
    ],
)
def test_sentences_split_on_stops_and_paragraphs(text, expected):
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


@given(st.text(max_size=300))
def test_sentences_spans_are_ordered_trimmed_and_cover_all_non_space(text):
    spans = sentence_spans(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        last = e
    covered = "".join(text[s:e] for s, e in spans)
    assert [c for c in covered if not c.isspace()] == [c for c in text if not c.isspace()]


def test_sentences_component_sets_sent_starts(nlp_sentences):
    doc = nlp_sentences("区住建局召开会议。“我们要抓落实。”他说。\n新标题")
    assert [s.text.strip() for s in doc.sents] == ["区住建局召开会议。", "“我们要抓落实。”", "他说。", "新标题"]


def test_sentences_component_config_is_overridable():
    import spacy

    import kg.nlp.sentences  # noqa: F401  (registers the factory)

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("kg_sentencizer", config={"stops": ["。"]})
    doc = nlp("第一句！还是第一句。第二句")
    assert [s.text for s in doc.sents] == ["第一句！还是第一句。", "第二句"]


def _reference_spans(text, stops, closers):
    """The splitter as first written, a character at a time: what sentence_spans must equal."""
    stops, closers = set(stops), set(closers)
    spans, start, i, n = [], 0, 0, len(text)
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


_PUNCT = "。！？；!?;…”’」』）)》\"'\n \t　]^-\\说他区局"


@given(st.text(alphabet=_PUNCT, max_size=40))
def test_sentences_regex_splitter_equals_the_character_loop(text):
    from kg.nlp.sentences import DEFAULT_CLOSERS, DEFAULT_STOPS

    assert sentence_spans(text) == _reference_spans(text, DEFAULT_STOPS, DEFAULT_CLOSERS)


@given(st.text(alphabet=_PUNCT, max_size=30), st.lists(st.sampled_from(list(_PUNCT) + ["ab"]), max_size=4),
       st.lists(st.sampled_from(list(_PUNCT)), max_size=4))
def test_sentences_regex_splitter_equals_the_character_loop_any_config(text, stops, closers):
    # a newline configured as a stop or a closer, regex metacharacters, a stop of two characters
    assert sentence_spans(text, stops, closers) == _reference_spans(text, stops, closers)


def test_sentences_component_reads_the_article_text(nlp_sentences):
    from kg.nlp.extensions import ensure_extensions
    from kg.records import Article

    ensure_extensions()
    text = "区住建局召开会议。“我们要抓落实。”他说。\n新标题 "
    plain = nlp_sentences(text)
    doc = nlp_sentences.make_doc(text)
    doc._.kg_article = Article("a.txt", 0, text, tuple(range(len(text) + 1)), 0, len(text))
    doc = nlp_sentences.get_pipe("kg_sentencizer")(doc)
    assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in plain.sents]
