"""What the CSV and the explorer show of one evidence item besides its sentence.

Two facts, read the same way by :mod:`kg.exports.tables` and :mod:`kg.exports.html`:

* how many times the item was found: identical sentences are kept once per edge with a
  ``count`` (an evidence record without one was found once);
* whether a sentence states the edge or kg inferred it (gazetteer nesting, a place inside
  a name, the article's district): an explicit ``inferred`` flag when the record has one,
  otherwise an item with no sentence is an inference.

>>> from kg.records import Evidence
>>> ev = Evidence("a.txt#0", "a.txt", None, "甲局投资乙工程。", 0, 8, "funds_verb")
>>> times_found(ev), is_inferred(ev)
(1, False)
>>> is_inferred(Evidence("a.txt#0", "a.txt", None, "", 0, 0, "place_nesting"))
True
"""

from __future__ import annotations

from typing import Any

__all__ = ["times_found", "is_inferred", "how_found"]


def times_found(ev: Any) -> int:
    """How often the evidence's sentence was found for its edge (1 when not counted)."""
    count = getattr(ev, "count", None)
    return max(1, int(count)) if count is not None else 1


def is_inferred(ev: Any) -> bool:
    """Whether kg inferred the edge rather than read it in a sentence."""
    flag = getattr(ev, "inferred", None)
    if flag is not None:
        return bool(flag)
    return not getattr(ev, "sentence", "")


def how_found(ev: Any) -> str:
    """``"stated"`` or ``"inferred"``."""
    return "inferred" if is_inferred(ev) else "stated"
