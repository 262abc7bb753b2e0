"""Offset maps: a run-length sequence that behaves exactly like the list of positions it stores."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from kg.ingest.offsets import OffsetBuilder, OffsetMap

positions = st.lists(st.integers(min_value=0, max_value=10_000), max_size=200)


@given(positions)
def test_map_reads_back_every_position(values):
    m = OffsetMap.of(values)
    assert len(m) == len(values)
    assert list(m) == values
    assert [m[i] for i in range(len(values))] == values
    if values:
        assert m[-1] == values[-1]
    assert m == values


@given(positions, st.integers(0, 200), st.integers(0, 200))
def test_extend_copies_a_slice(values, a, b):
    a, b = sorted((min(a, len(values)), min(b, len(values))))
    builder = OffsetBuilder()
    builder.extend(OffsetMap.of(values), a, b)
    assert list(builder.build()) == values[a:b]


def test_consecutive_positions_are_one_run():
    m = OffsetMap.of(range(100, 10_100))
    assert m.runs == 1 and m[9_999] == 10_099


def test_a_gap_starts_a_run_and_equal_maps_are_equal():
    m = OffsetMap.of([5, 6, 7, 20, 21, 3])
    assert m.runs == 3
    assert m == OffsetMap.of([5, 6, 7, 20, 21, 3]) and hash(m) == hash(OffsetMap.of([5, 6, 7, 20, 21, 3]))
    assert m != OffsetMap.of([5, 6, 7, 20, 22, 3])


def test_round_trips_through_json_and_pickle():
    m = OffsetMap.of([0, 1, 2, 9, 4, 5])
    assert OffsetMap.from_json(m.to_json()) == m
    assert pickle.loads(pickle.dumps(m)) == m


def test_index_out_of_range_raises():
    m = OffsetMap.of([1, 2])
    try:
        m[2]
    except IndexError:
        pass
    else:
        raise AssertionError("m[2] should raise IndexError")
