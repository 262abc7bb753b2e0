"""Arbitrary text through every text stage: nothing raises, every offset tells the truth."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest.articles import split_articles
from kg.records import Source

# Text a broken export can hold: CJK with layout breaks, control characters, combining
# marks, emoji, right-to-left script, lone punctuation, long runs without any punctuation.
pieces = st.sampled_from([
    "即墨区住房和", "城乡建设局", "\n\n", "  ", "　　", "。", "，", "（融媒记者）", "□青岛日报/观海新闻记者 王涛",
    "区住建局争取专项借款79.4亿元。", "该局", "该项目位于通济新区前枣杭村。", "## 标题", "责编 王杰", "\x00", "\x07",
    "\u200b", "\u202e", "e\u0301", "😀", "שלום", "مرحبا", "<script>alert(1)</script>", "\" onmouseover=\"",
    "…", "——", "1", "亿元", "\r\n", "\r", "\ufeff",
])
texts = st.one_of(
    st.lists(pieces, max_size=40).map("".join),
    st.text(max_size=400),
    st.text(alphabet="。，！？；：、…", max_size=200),  # only punctuation
    st.text(alphabet="区局村路项目工程公司", min_size=500, max_size=3000),  # a long line, no punctuation
)


def _source(text: str) -> Source:
    return Source(name="h.txt", path="h.txt", text=text, encoding="utf-8")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_hostile_articles_offsets_point_at_their_text(text):
    source = _source(text)
    for article in split_articles(source):
        assert len(article.offsets) == len(article.text) + 1
        assert 0 <= article.start <= article.end <= len(text)
        for i, ch in enumerate(article.text):
            original = text[article.offsets[i]]
            assert ch == original or ch in "\n " or ch.isspace() or _same_after_normalising(ch, original)


def _same_after_normalising(a: str, b: str) -> bool:
    import unicodedata

    return unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b)


@pytest.fixture(scope="module")
def nlp(nlp_full):
    return nlp_full


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts)
def test_hostile_extraction_never_raises_and_evidence_is_true(nlp, text):
    from kg.nlp.pipeline import extract

    articles = split_articles(_source(text))
    for x in extract(articles, nlp):
        body = x.article.text
        for s, e in x.sentences:
            assert 0 <= s < e <= len(body)
        for m in x.mentions:
            assert 0 <= m.start < m.end <= len(body)
            assert body[m.start:m.end] == m.text
        for r in x.relations:
            assert 0 <= r.subject < len(x.mentions) and 0 <= r.object < len(x.mentions)
            src_s, src_e = x.article.to_source(r.sentence_start, r.sentence_end)
            assert 0 <= src_s <= src_e <= len(text)
