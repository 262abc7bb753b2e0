"""The NLP pipeline: ``spacy.blank("zh")`` with jieba's words (:mod:`kg.nlp.tokenizer`), then kg's components.

``make_nlp`` assembles the pipeline from registered factories (:data:`PIPES`); ``extract`` runs it over articles with
``nlp.pipe(as_tuples=True)`` so each Doc carries its :class:`~kg.records.Article`.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator

from kg.records import Article, Extraction

__all__ = ["PIPES", "ENTITY_PIPES", "register_components", "make_nlp", "extract"]

#: The entity recogniser (:mod:`kg.nlp.entities`): the candidate sources, then ``kg_entities``,
#: which settles them into ``doc._.kg_mentions``.  A source reads what the ones before it set
#: (places and post titles; ``kg_award_events`` and ``kg_officials`` the bodies and contests).
ENTITY_PIPES: tuple[str, ...] = (
    "kg_places", "kg_titles", "kg_bylines", "kg_quoted_projects", "kg_metro_lines", "kg_departments",
    "kg_suffix_names", "kg_awards", "kg_award_events", "kg_listed_companies", "kg_listed_projects", "kg_built_works",
    "kg_officials", "kg_name_runs", "kg_entities",
)
#: Component order: each reads what the ones before it set.
PIPES: tuple[str, ...] = ("kg_sentencizer", "kg_ner", *ENTITY_PIPES, "kg_context", "kg_coref", "kg_relations")


def register_components() -> None:
    """Import every module that registers one of kg's spaCy factories, filters or its tokenizer."""
    from kg.nlp import context, coref, entities, relations, sentences, tokenizer  # noqa: F401
    from kg.nlp.model import component  # noqa: F401  (kg_ner)


def make_nlp(pipes: Iterable[str] = PIPES, config: dict | None = None):
    """A blank Chinese pipeline with the jieba segmenter and kg's components.

    ``config`` maps a pipe name to its component config (overrides the factory defaults).
    """
    # The pipeline's tables (jieba's dictionary, the divisions, the lexicon, the model) are
    # a million objects made at once and kept: the cyclic collector, run by allocation
    # counts, would walk them again and again while they load and find nothing to free
    # (~0.45 s of ~2.1 s).  It is paused while they load, and runs as before afterwards.
    collecting = gc.isenabled()
    gc.disable()
    try:
        import spacy

        from kg.lang.jieba_tables import import_jieba

        jieba = import_jieba()
        jieba.setLogLevel(logging.WARNING)  # jieba prints its dictionary build on stderr
        from kg.nlp.extensions import ensure_extensions

        register_components()  # importing the modules registers their factories with spaCy
        ensure_extensions()
        # jieba's words, aligned to the text in linear time (kg.nlp.tokenizer)
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.JiebaTokenizer.v1"}}})
        for name in pipes:
            nlp.add_pipe(name, config=(config or {}).get(name, {}))
        nlp.initialize()
    finally:
        if collecting:
            gc.enable()
    return nlp


def extract(articles: Iterable[Article], nlp=None, batch_size: int = 16) -> Iterator[Extraction]:
    """Run the pipeline over ``articles``, yielding one :class:`Extraction` each, in order.

    Each Doc is made first and given its Article (``doc._.kg_article``), then the batch
    goes through ``nlp.pipe``, so components can read the article's context (masthead,
    headline, bylines) while they run.
    """
    from kg.nlp.extensions import doc_text

    nlp = nlp or make_nlp()

    def docs():
        for article in articles:
            doc = nlp.make_doc(article.text)
            doc._.kg_article = article
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        text = doc_text(doc)  # Doc.text would rebuild the text from every token
        yield Extraction(
            article=doc._.kg_article,
            mentions=tuple(doc._.kg_mentions or ()),
            relations=tuple(doc._.kg_relations or ()),
            sentences=tuple(_trimmed(text, s.start_char, s.end_char) for s in doc.sents),
            context=tuple(doc._.kg_context or ()),
            investments=tuple(doc._.kg_investments or ()),
        )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence span without the layout whitespace (paragraph newlines) at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
