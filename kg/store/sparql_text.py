"""A lexical view of SPARQL text: which characters are code, and which are strings, IRIs or comments.

The read-only check (:func:`kg.store.query.check_read_only`) looks for keywords such as
``INSERT`` only in code, and paging (:mod:`kg.store.paging`) finds a query's form, its own
``LIMIT``/``OFFSET`` and its ``# kg:page`` line: both must not be fooled by a string that
says ``"LIMIT 5"`` or an IRI such as ``<http://example.org/select>``.  This module is
lexical only — it does not parse SPARQL.

>>> code_only('SELECT ?s { ?s ?p "LIMIT 5" } # LIMIT')
'SELECT ?s { ?s ?p           }        '
>>> keyword_at('PREFIX ask: <http://e/> SELECT * {}', ("ASK", "SELECT"))
'SELECT'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["NOT_CODE", "code_only", "comments", "keyword_pattern", "keyword_at"]

#: Strings, IRIs and comments.  An IRI's grammar allows no space, so ``?a < 3 && ?b > 2``
#: is not taken for one.
NOT_CODE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|<[^<>\"{}|^`\\\x00-\x20]*>"
    r"|#[^\n\r]*",
    re.S,
)


def code_only(text: str) -> str:
    """``text`` with every string, IRI and comment blanked out (same length, line breaks kept),
    so that positions in the result are positions in ``text``."""
    return NOT_CODE.sub(lambda m: re.sub(r"[^\n\r]", " ", m.group(0)), text)


def comments(text: str) -> Iterator[re.Match]:
    """The comments of ``text`` (``#`` to the end of the line), as matches in ``text``."""
    return (m for m in NOT_CODE.finditer(text) if m.group(0).startswith("#"))


def keyword_pattern(words: Iterable[str]) -> re.Pattern:
    """A case-insensitive pattern for these bare keywords: not part of a ``?variable``,
    ``$variable``, ``prefix:name`` or longer word."""
    return re.compile(r"(?<![\w?$:\-.])(" + "|".join(words) + r")(?![\w:\-])", re.I)


def keyword_at(text: str, words: Iterable[str]) -> str | None:
    """The first of ``words`` that occurs as a keyword in the code of ``text`` (upper case), or None."""
    m = keyword_pattern(words).search(code_only(text))
    return m.group(1).upper() if m else None
