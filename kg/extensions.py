"""The custom attributes kg's spaCy components read and write, registered once.

Why character records rather than ``doc.spans``: jieba's words do not always end where a
name ends (``区住建局`` is segmented ``区住 | 建局``), so a mention is kept as character
offsets into ``doc.text`` (a :class:`~kg.records.Mention`) instead of a token span that
would have to be widened or cut.  ``Doc.char_span(m.start, m.end, alignment_mode="expand")``
gives the covering tokens when a component wants them.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["ensure_extensions"]

_EXTENSIONS = {
    # the kg.records.Article the Doc was made from (context: masthead, headline, bylines)
    "kg_article": None,
    # list[kg.records.Mention], in text order; coreference mentions point back by index
    "kg_mentions": None,
    # list[kg.records.RelationMention]
    "kg_relations": None,
}


def ensure_extensions() -> None:
    """Register kg's ``Doc`` extensions; safe to call any number of times."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
