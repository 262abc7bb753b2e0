"""Candidate sources that are one pattern each: ``kg_metro_lines`` and ``kg_quoted_projects``.

``kg_metro_lines``
    a metro line's phase: ``地铁7号线二期``, ``15号线一期（即墨段）`` (a line without a
    phase is the line, not a project);
``kg_quoted_projects``
    a quoted name and the kind of undertaking after it:
    ``“AI智能分析系统助力市容问题高效整治”应用场景``.

Neither reads kg's data files, so neither saves anything with the pipeline.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, CandidateSource
from kg.nlp.entities.index import NameIndex
from kg.records import Mention

__all__ = ["MetroLineSource", "QuotedProjectSource"]

_METRO = re.compile(r"(?:地铁)?\d+号线(?:[一二三四五六七八九十\d]+期)?(?:[（(][\u4e00-\u9fff]{1,6}段[）)])?")
_QUOTED_PROJECT = re.compile(r"“([^“”\n]{4,30})”(应用场景|项目|工程|系统|平台|行动|工作法)")


class MetroLineSource(CandidateSource):
    """Phases of metro lines (``地铁7号线二期``) as ``Project``."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        out = []
        if "号线" not in index.text:
            return out
        for m in _METRO.finditer(index.text):
            name = m.group()
            if "期" not in name:
                continue
            out.append(Mention(m.start(), m.end(), name, "Project", name, rule="metro_line"))
        return out


class QuotedProjectSource(CandidateSource):
    """A quoted name and the kind of project after it, as ``Project``."""

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        out = []
        if "“" not in index.text:
            return out
        for m in _QUOTED_PROJECT.finditer(index.text):
            out.append(Mention(m.start(), m.end(), m.group(), "Project", m.group(), rule="quoted_project"))
        return out


@Language.factory("kg_metro_lines", assigns=[CANDIDATES], default_config={"key": None})
def make_metro_line_source(nlp: Language, name: str, key: str | None) -> MetroLineSource:
    """Make the ``kg_metro_lines`` component (see :class:`MetroLineSource`)."""
    return MetroLineSource(nlp, name, key=key)


@Language.factory("kg_quoted_projects", assigns=[CANDIDATES], default_config={"key": None})
def make_quoted_project_source(nlp: Language, name: str, key: str | None) -> QuotedProjectSource:
    """Make the ``kg_quoted_projects`` component (see :class:`QuotedProjectSource`)."""
    return QuotedProjectSource(nlp, name, key=key)
