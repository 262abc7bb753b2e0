"""The custom attributes kg's spaCy components read and write, registered once.

Why character records rather than ``doc.spans``: jieba's words do not always end where a
name ends (``区住建局`` is segmented ``区住 | 建局``), so a mention is kept as character
offsets into ``doc.text`` (a :class:`~kg.records.Mention`) instead of a token span that
would have to be widened or cut.  ``Doc.char_span(m.start, m.end, alignment_mode="expand")``
gives the covering tokens when a component wants them.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["ensure_extensions", "doc_text"]

_EXTENSIONS = {
    # the kg.records.Article the Doc was made from (context: masthead, headline, bylines)
    "kg_article": None,
    # dict[str, list[kg.records.Mention]]: each candidate source's names, by its key (kg.nlp.entities)
    "kg_candidates": None,
    # kg.nlp.entities.index.NameIndex: jieba's word boundaries, places and post titles, shared by the sources
    "kg_name_index": None,
    # list[kg.records.Mention], in text order; coreference mentions point back by index
    "kg_mentions": None,
    # list[kg.records.RelationMention]
    "kg_relations": None,
    # list[kg.records.InvestmentMention]: projects' own investments (kg_relations)
    "kg_investments": None,
    # tuple[str, ...]: the article's place context, division codes most specific first (kg_context)
    "kg_context": (),
}


def ensure_extensions() -> None:
    """Register kg's ``Doc`` extensions; safe to call any number of times."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


_ARTICLE_KEY = ("._.", "kg_article", None, None)  # spaCy's key for a Doc extension's value in Doc.user_data


def doc_text(doc: Doc) -> str:
    """``doc.text`` without rebuilding it: the text of the Doc's Article when it is that text.

    ``Doc.text`` joins a Token per word on every access, which costs more than some whole
    components.  A Doc made from ``Article.text`` (as :func:`kg.nlp.pipeline.extract` makes
    them) has the article's text; that string is returned when the Doc covers exactly as
    many characters and its first and last words are where the article has them, else
    ``doc.text``.
    """
    # where ``doc._.kg_article`` keeps its value (read directly: making ``doc._`` costs more
    # than the rest of this function); any other way of setting it just falls back to doc.text
    text = getattr(doc.user_data.get(_ARTICLE_KEY), "text", None)
    n = len(doc)
    if not isinstance(text, str) or n == 0:
        return doc.text
    last = doc[n - 1]
    start = last.idx
    if start + len(last.text_with_ws) == len(text) and text.startswith(last.text, start) and text.startswith(doc[0].text):
        return text
    return doc.text
