"""Sentence splitting: the plain function and the spaCy component agree."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.sentences import sentence_spans


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

    import kg.sentences  # noqa: F401  (registers the factory)

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("kg_sentencizer", config={"stops": ["。"]})
    doc = nlp("第一句！还是第一句。第二句")
    assert [s.text for s in doc.sents] == ["第一句！还是第一句。", "第二句"]
