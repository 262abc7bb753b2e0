"""The relation rules' language data, loaded once per component and saved with it.

The words each rule looks for are language data in ``kg/data/relation_patterns.json`` (one key
per kind of knowledge; the rule modules say which keys they read).  Post titles come from
``kg/data/titles.tsv`` through :mod:`kg.lang.lexicon`, the one place they are kept.

:class:`RelationData` holds the patterns and the forms the rules compile from them
(longest-first word lists, regex alternations), each built once, on first use: the rules
run on every sentence, so nothing is compiled per sentence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["RelationData", "PATTERNS_FILE"]

#: The data file, under ``kg/data/`` in the package and under the component's folder on disk.
PATTERNS_FILE = "relation_patterns.json"


class RelationData:
    """The patterns of ``relation_patterns.json`` and what is compiled from them.

    >>> data = RelationData.load()
    >>> data.longest_first("develops_list_joiners")[0]
    '以及'
    >>> bool(data.regex("organizer_roles", lambda d: re.compile(d.alternation("organizer_role_map"))).match("主办"))
    True
    """

    def __init__(self, patterns: dict[str, Any]) -> None:
        self.patterns = patterns
        self._compiled: dict[str, Any] = {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> RelationData:
        """The shipped data (``path`` None) or the file a saved pipeline holds."""
        if path is None:
            text = resources.files("kg").joinpath("data", PATTERNS_FILE).read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        return cls(json.loads(text))

    def to_disk(self, path: str | Path) -> None:
        """Write the patterns as JSON (what :meth:`load` reads back)."""
        Path(path).write_text(json.dumps(self.patterns, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    def __getitem__(self, key: str) -> Any:
        return self.patterns[key]

    def longest_first(self, key: str) -> tuple[str, ...]:
        """The words of list ``key``, longest first (so a longer word wins a match)."""
        return self._once(("longest", key), lambda: tuple(sorted(self.patterns[key], key=len, reverse=True)))

    def alternation(self, key: str) -> str:
        """A regex alternation of the words of list ``key``, longest first, escaped."""
        return self._once(("alternation", key), lambda: "|".join(map(re.escape, self.longest_first(key))))

    def regex(self, name: str, build: Callable[[RelationData], Any]) -> Any:
        """What ``build(self)`` returns, built the first time ``name`` is asked for."""
        return self._once(("regex", name), lambda: build(self))

    def _once(self, key: tuple, make: Callable[[], Any]) -> Any:
        value = self._compiled.get(key)  # type: ignore[call-overload]
        if value is None:
            value = self._compiled[key] = make()  # type: ignore[index]
        return value
