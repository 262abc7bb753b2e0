"""Offset maps: where each character of a derived text sits in the file it came from.

Layout repair and article splitting copy the file's text in long unbroken stretches and
drop a little between them (line breaks, layout spaces).  Storing one integer per
character would cost far more memory than the text itself (a Python ``int`` per CJK
character), so an :class:`OffsetMap` stores *runs*: the derived position where a run
starts and the file position it maps to; inside a run both advance together.  A page
has a few runs per line, so the map is small whatever the text's length, and a lookup
is one binary search.

>>> b = OffsetBuilder()
>>> b.add_run(10, 3)   # derived 0..2  ← file 10..12
>>> b.add(20)          # derived 3     ← file 20
>>> b.add(21)          # derived 4     ← file 21 (extends the previous run)
>>> m = b.build()
>>> list(m), m.runs
([10, 11, 12, 20, 21], 2)
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import overload

__all__ = ["OffsetMap", "OffsetBuilder"]


class OffsetMap(Sequence[int]):
    """An immutable sequence of file positions, stored as runs of consecutive values."""

    __slots__ = ("_starts", "_values", "_length")

    def __init__(self, starts: Iterable[int], values: Iterable[int], length: int) -> None:
        self._starts = array("q", starts)
        self._values = array("q", values)
        self._length = length
        if len(self._starts) != len(self._values) or (length and (not self._starts or self._starts[0] != 0)):
            raise ValueError("an offset map's runs must start at 0 and pair starts with values")

    @classmethod
    def of(cls, positions: Iterable[int]) -> "OffsetMap":
        """The map of an explicit sequence of positions."""
        builder = OffsetBuilder()
        for p in positions:
            builder.add(p)
        return builder.build()

    @property
    def runs(self) -> int:
        """How many runs the map stores (a measure of its size)."""
        return len(self._starts)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._length))]
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("offset map index out of range")
        k = bisect_right(self._starts, i) - 1
        return self._values[k] + (i - self._starts[k])

    def __iter__(self):
        starts, values, n = self._starts, self._values, len(self._starts)
        for k in range(n):
            end = starts[k + 1] if k + 1 < n else self._length
            yield from range(values[k], values[k] + end - starts[k])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetMap):
            return (self._length, self._starts, self._values) == (other._length, other._starts, other._values)
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == self._length and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._length, self._starts.tobytes(), self._values.tobytes()))

    def __repr__(self) -> str:
        return f"OffsetMap(len={self._length}, runs={self.runs})"

    def to_json(self) -> dict[str, object]:
        """A plain form for JSON (the extraction cache)."""
        return {"length": self._length, "starts": self._starts.tolist(), "values": self._values.tolist()}

    @classmethod
    def from_json(cls, data: dict) -> "OffsetMap":
        return cls(data["starts"], data["values"], int(data["length"]))

    def __reduce__(self):
        return (OffsetMap, (self._starts, self._values, self._length))


class OffsetBuilder:
    """Collects positions in order and merges consecutive ones into runs."""

    __slots__ = ("_starts", "_values", "_length")

    def __init__(self) -> None:
        self._starts = array("q")
        self._values = array("q")
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def add_run(self, position: int, count: int) -> None:
        """Append ``count`` consecutive positions starting at ``position``."""
        if count <= 0:
            return
        if not (self._starts and self._values[-1] + (self._length - self._starts[-1]) == position):
            self._starts.append(self._length)
            self._values.append(position)
        self._length += count

    def add(self, position: int) -> None:
        """Append one position."""
        self.add_run(position, 1)

    def extend(self, offsets: Sequence[int], start: int, end: int) -> None:
        """Append ``offsets[start:end]``, run by run when ``offsets`` is an :class:`OffsetMap`."""
        if not isinstance(offsets, OffsetMap):
            for p in offsets[start:end]:
                self.add(p)
            return
        i = start
        while i < end:
            k = bisect_right(offsets._starts, i) - 1
            run_end = offsets._starts[k + 1] if k + 1 < len(offsets._starts) else offsets._length
            stop = min(run_end, end)
            self.add_run(offsets._values[k] + (i - offsets._starts[k]), stop - i)
            i = stop

    def last(self) -> int:
        """The last position added."""
        if not self._length:
            raise IndexError("no position added yet")
        return self._values[-1] + (self._length - 1 - self._starts[-1])

    def build(self) -> OffsetMap:
        return OffsetMap(self._starts, self._values, self._length)
