"""The NLP pipeline: ``spacy.blank("zh")`` with jieba's words (:mod:`kg.nlp.tokenizer`), then kg's components.

``make_nlp`` assembles the pipeline from registered factories (:data:`PIPES`); ``extract`` runs it over articles with
``nlp.pipe(as_tuples=True)`` so each Doc carries its :class:`~kg.records.Article`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from kg.records import Article, Extraction

__all__ = ["PIPES", "make_nlp", "extract"]

#: Component order: each reads what the ones before it set.
PIPES: tuple[str, ...] = ("kg_sentencizer", "kg_entities", "kg_context", "kg_coref", "kg_relations")


def make_nlp(pipes: Iterable[str] = PIPES, config: dict | None = None):
    """A blank Chinese pipeline with the jieba segmenter and kg's components.

    ``config`` maps a pipe name to its component config (overrides the factory defaults).
    """
    import jieba
    import spacy

    jieba.setLogLevel(logging.WARNING)  # jieba prints its dictionary build on stderr
    # importing the modules registers their factories with spaCy
    from kg.nlp import context, coref, entities, relations, sentences, tokenizer  # noqa: F401
    from kg.nlp.extensions import ensure_extensions

    ensure_extensions()
    # jieba's words, aligned to the text in linear time (kg.nlp.tokenizer)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.JiebaTokenizer.v1"}}})
    for name in pipes:
        nlp.add_pipe(name, config=(config or {}).get(name, {}))
    nlp.initialize()
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
