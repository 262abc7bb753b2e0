"""Pages of a query's answer: ``LIMIT``/``OFFSET`` put where the query says, so that a page is cheap.

Unbound, a shipped query answers for the whole graph — 100,000 rows at 100 times the seeds —
so ``kg query`` and ``kg serve`` answer one page at a time (:class:`Page`: a number and a
size).  Where the slice goes decides what a page costs:

* **At the query's ``# kg:page`` line.**  Each file in ``queries/`` first lists the things it
  is about (entities, edges, awards, statements …) in a sub-``SELECT``, and marks the end of
  that sub-``SELECT`` with a comment line ``# kg:page``.  ``LIMIT``/``OFFSET`` go there, so a
  page is *size* of those things, each with all of its rows — aggregates (``GROUP BY``)
  included, which a slice of the final rows could not make cheap: a grouped answer exists
  only once every row is grouped.  Whether a next page exists is asked by a second query,
  sliced to the one thing after the page.
* **At the end of the query** (no marker): ``LIMIT size+1 OFFSET m`` — one row more than the
  page, whose presence says that a next page exists.
* **Over the rows as they come** when the query has a ``LIMIT``, ``OFFSET`` or trailing
  ``VALUES`` of its own (a second slice cannot be appended): skip, then keep.

Only ``SELECT`` queries are paged; ``ASK``, ``CONSTRUCT`` and ``DESCRIBE`` run whole.

**Order.**  The shipped queries have no ``ORDER BY``: an ORDER BY must compute and sort the
whole answer before its first row (pyoxigraph 0.5 takes 4.6 s to sort the 21,000 labels of
the 100-copy benchmark graph, because it looks each term up again to compare it), which no
page size can make fast.  Without it, pyoxigraph gives the rows in the order of its indexes
(sorted encoded terms) and of its deterministic (Fx) hash tables, so **the same store gives
the same pages**, in any process and from a store rebuilt from the same graph (tested).
Rows come grouped by the thing they are about, in that order; ``--all`` gives every page.

>>> plan = plan_page("SELECT ?s WHERE { ?s ?p ?o }", Page(number=3, size=10))
>>> plan.text
'SELECT ?s WHERE { ?s ?p ?o }\\nLIMIT 11 OFFSET 20'
>>> (plan.size, plan.skip, plan.probe)
(10, 0, None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import QueryError
from kg.store.sparql_text import code_only, comments, keyword_at, keyword_pattern

__all__ = ["PAGE_MARKER", "DEFAULT_PAGE_SIZE", "Page", "PagePlan", "has_marker", "plan_page"]

#: The comment that marks where a query's ``LIMIT``/``OFFSET`` go.
PAGE_MARKER = "kg:page"

#: Things (or rows) a page holds unless the caller says otherwise: about a screenful.
DEFAULT_PAGE_SIZE = 20

_MARKER_LINE = re.compile(r"#\s*" + re.escape(PAGE_MARKER) + r"(?![\w:-])")
_SLICE_WORDS = keyword_pattern(("LIMIT", "OFFSET"))
_TRAILING_VALUES = re.compile(r"(?<![\w?$:\-.])VALUES\s*(?:[?$]\w+|\([^()]*\))\s*\{[^{}]*\}\s*\Z", re.I)


@dataclass(frozen=True)
class Page:
    """Page ``number`` (from 1) of ``size`` things (or rows)."""

    number: int = 1
    size: int = DEFAULT_PAGE_SIZE

    def __post_init__(self) -> None:
        for name in ("number", "size"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise QueryError(f"page {name} must be a whole number from 1, got {value!r}")

    @property
    def offset(self) -> int:
        """How many things (or rows) come before this page."""
        return (self.number - 1) * self.size


@dataclass(frozen=True)
class PagePlan:
    """How to run one page of a query.

    Run ``text``; skip its first ``skip`` rows; keep ``size`` rows (None: all of them).  A next
    page exists when ``probe`` (if set) gives a row, or else when ``text`` gives a row beyond
    the first ``size`` (it is asked for one row more than the page).
    """

    text: str
    size: int | None
    skip: int = 0
    probe: str | None = None
    probe_fallback: str | None = None  # the whole query sliced at the marker, for a probe that cannot run
    unit: str = "rows"


def has_marker(text: str) -> bool:
    """Whether ``text`` has a ``# kg:page`` comment line (it pages by the things it lists)."""
    return _marker(text) is not None


def _marker(text: str) -> re.Match | None:
    for comment in comments(text):
        if _MARKER_LINE.match(comment.group(0)):
            return comment
    return None


def plan_page(text: str, page: Page) -> PagePlan:
    """How to run page ``page`` of the query ``text`` (see the module docstring).

    A query that is not a ``SELECT`` runs whole: ``size`` is None.
    """
    if keyword_at(text, ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")) != "SELECT":
        return PagePlan(text=text, size=None)
    marker = _marker(text)
    if marker is not None:
        at, following = marker.start(), page.offset + page.size
        return PagePlan(text=_slice_at(text, at, page.size, page.offset), size=page.size,
                        probe=_probe(text, at, following), probe_fallback=_slice_at(text, at, 1, following),
                        unit="things")
    code = code_only(text)
    tail = code[code.rfind("}") + 1:]
    if _SLICE_WORDS.search(tail) or _TRAILING_VALUES.search(code):
        return PagePlan(text=text, size=page.size, skip=page.offset)
    return PagePlan(text=f"{text.rstrip()}\nLIMIT {page.size + 1} OFFSET {page.offset}", size=page.size)


def _slice_at(text: str, at: int, limit: int, offset: int) -> str:
    return f"{text[:at]}LIMIT {limit} OFFSET {offset} {text[at:]}"


def _probe(text: str, at: int, offset: int) -> str:
    """A query that has a row when the thing at ``offset`` exists: the marked sub-select alone,
    sliced to that one thing (so a thing with no rows of its own cannot hide the ones after
    it), or, when the marker does not end a sub-select, the whole query sliced there."""
    code = code_only(text)
    depth, start = 0, None
    for i in range(at - 1, -1, -1):
        if code[i] == "}":
            depth += 1
        elif code[i] == "{":
            if depth == 0:
                start = i
                break
            depth -= 1
    top = keyword_pattern(("SELECT",)).search(code)
    if start is None or top is None or not re.match(r"\s*SELECT\b", code[start + 1:], re.I):
        return _slice_at(text, at, 1, offset)
    depth, end = 0, None
    for i in range(start, len(code)):
        depth += {"{": 1, "}": -1}.get(code[i], 0)
        if depth == 0:
            end = i + 1
            break
    if end is None:
        return _slice_at(text, at, 1, offset)
    group = _slice_at(text[start:end], at - start, 1, offset)
    return f"{text[:top.start()]}SELECT * WHERE {group}"
