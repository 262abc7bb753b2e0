"""The trained tagger ``kg_ner`` (kg.nlp.model): decoding, features, the component, its save and load."""

from __future__ import annotations

import numpy as np
import pytest

from kg.nlp.model.decode import TagScheme, clauses, viterbi
from kg.nlp.model.features import SubstringIndex, codes_of, word_spans


def test_decode_scheme_spans_round_trip():
    scheme = TagScheme(("PER", "LOC"))
    spans = [(0, 3, "PER"), (4, 5, "LOC"), (6, 8, "LOC")]
    assert scheme.spans(scheme.encode(9, spans)) == spans


def test_decode_clauses_cut_at_breaks():
    assert clauses(codes_of("王小明，在青岛。")).tolist() == [[0, 3], [4, 7]]
    assert clauses(codes_of("，。")).tolist() == []


def test_decode_viterbi_keeps_to_the_constraints():
    scheme = TagScheme(("PER",))
    t = len(scheme.tags)
    # emissions prefer I-PER everywhere, which no valid sequence can start with
    em = np.full((4, t), -1.0, dtype=np.float32)
    em[:, scheme.tags.index("I-PER")] = 5.0
    em[0, scheme.tags.index("B-PER")] = 4.0
    em[3, scheme.tags.index("E-PER")] = 4.0
    zeros = np.zeros(t, dtype=np.float32)
    tags = viterbi(em, np.array([[0, 4]]), scheme, np.zeros((t, t), dtype=np.float32), zeros, zeros)
    assert scheme.spans(tags) == [(0, 4, "PER")]


def test_decode_viterbi_batches_segments_of_any_length():
    scheme = TagScheme(("PER",))
    t = len(scheme.tags)
    rng = np.random.default_rng(0)
    em = rng.standard_normal((60, t)).astype(np.float32)
    segs = np.array([[0, 1], [2, 9], [10, 30], [31, 60]])
    zeros = np.zeros(t, dtype=np.float32)
    trans = rng.standard_normal((t, t)).astype(np.float32)
    together = viterbi(em, segs, scheme, trans, zeros, zeros)
    alone = np.zeros(60, dtype=np.int64)
    for seg in segs:
        alone += viterbi(em, seg[None], scheme, trans, zeros, zeros)
    assert together.tolist() == alone.tolist()


def test_features_substring_index_finds_every_word():
    index = SubstringIndex([("局", 1), ("有限公司", 2), ("公司", 3)])
    assert index.find("区统计局和某有限公司") == [(3, 4, 1), (6, 10, 2), (8, 10, 3)]


def test_features_word_spans_fill_gaps():
    starts, ends = word_spans([0, 3], [2, 5], 6)
    assert list(zip(starts.tolist(), ends.tolist())) == [(0, 2), (2, 3), (3, 5), (5, 6)]


@pytest.fixture(scope="module")
def nlp_ner():
    from kg.nlp.pipeline import make_nlp

    return make_nlp(pipes=("kg_ner", "kg_entities"))


TEXTS = ["记者王小明在潍坊报道，潍柴动力和歌尔股份参加了会议。", "日本代表团参观了长江沿岸的村庄。"]


def test_component_sets_spans_in_text_order(nlp_ner):
    doc = nlp_ner(TEXTS[0])
    spans = doc._.kg_ner
    assert spans == sorted(spans, key=lambda s: s.start)
    assert all(0 <= s.start < s.end <= len(TEXTS[0]) and s.label in ("PER", "LOC", "ORG", "GOV", "COM") for s in spans)
    # pipe over a batch gives what each Doc alone gives
    assert [d._.kg_ner for d in nlp_ner.pipe(TEXTS)] == [nlp_ner(t)._.kg_ner for t in TEXTS]


def test_component_round_trips_through_disk(nlp_ner, tmp_path):
    import spacy

    from kg.nlp.model.component import ensure_ner_extension

    nlp_ner.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "kg_ner" / "weights.npy").is_file()
    ensure_ner_extension()
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["kg_ner", "kg_entities"]
    for text in TEXTS:
        assert loaded(text)._.kg_ner == nlp_ner(text)._.kg_ner
    assert [(m.start, m.end, m.type) for m in loaded(TEXTS[0])._.kg_mentions] == \
        [(m.start, m.end, m.type) for m in nlp_ner(TEXTS[0])._.kg_mentions]


def test_mentions_typed_by_suffix_and_filtered():
    from kg.nlp.model.mentions import MentionTyper
    from kg.nlp.model.tagger import ModelSpan

    typer = MentionTyper.load()
    text = "王小明在潍柴动力和即墨区统计局查处机关事务"
    spans = [ModelSpan(0, 3, "PER"), ModelSpan(4, 8, "COM"), ModelSpan(9, 15, "ORG"), ModelSpan(15, 19, "GOV")]
    words = [(0, 3), (3, 4), (4, 6), (6, 8), (8, 9), (9, 12), (12, 14), (14, 15), (15, 17), (17, 19), (19, 21)]
    got = {(m.text, m.type) for m in typer.mentions(text, spans, words)}
    # 统计局 makes the ORG an Agency; 查处机关 starts with a verb: no name
    assert got == {("王小明", "Person"), ("潍柴动力", "Company"), ("即墨区统计局", "Agency")}
    # a person's name must start with a surname; a bracket the name does not open is no name
    assert typer.mention("小明同学", 0, 4, "PER") is None
    assert typer.mention("市)人民政府", 0, 6, "GOV") is None
