"""Silver labels for training text: places the annotators left unlabelled.

CLUENER2020 labels a country or city mostly when it is part of an address, and leaves
``中国``, ``美国``, ``北京`` unlabelled elsewhere; kg's GUIDE §2 makes every geographic
place a Place.  So where a name of ``training/world_places.txt`` or of kg's divisions data
(:meth:`kg.lang.gazetteer.Gazetteer.place_names`) stands as a jieba word of its own, outside
every gold span (of any CLUENER label), it is labelled ``LOC``.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["PlaceSilver"]


class PlaceSilver:
    """Adds ``LOC`` spans for known place names a sentence's gold leaves out."""

    def __init__(self, world_places: Path, use_gazetteer: bool = True) -> None:
        names = set()
        for line in world_places.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                names.update(line.split())
        if use_gazetteer:
            from kg.lang.gazetteer import Gazetteer

            names.update(Gazetteer.load().place_names())
        self.names = frozenset(n for n in names if len(n) >= 2)

    def spans(self, text: str, starts: list[int], ends: list[int], covered: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """``(start, end, "LOC")`` of each jieba word that is a known place outside ``covered``."""
        out = []
        for s, e in zip(starts, ends):
            if e - s >= 2 and text[s:e] in self.names and not any(a < e and s < b for a, b in covered):
                out.append((s, e, "LOC"))
        return out
