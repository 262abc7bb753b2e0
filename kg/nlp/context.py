"""The place an article is about: the spaCy component ``kg_context``.

A scope word means the article's own place: ``区住建局`` in an article about 即墨区 is
即墨区住房和城乡建设局 (GUIDE §3), and a project reported started with no place named
is in that district.  This component decides that place once per article and writes it
as ``doc._.kg_context``: division codes of :mod:`kg.lang.gazetteer`, most specific first.
Relation rules and resolution both read it, so the two always agree.

The chain is :func:`kg.lang.scope.context_chain`: the masthead, the article's own most
named district (or city), then its file's.  The third link needs the file's other articles: :meth:`ArticleContext.pipe` holds the
Docs of one file (they arrive together from :func:`kg.nlp.pipeline.extract`) until the
next file starts.  Called on one Doc, the file is that article alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from kg.lang.scope import context_chain, place_counts
from kg.nlp.extensions import doc_text, ensure_extensions

__all__ = ["ArticleContext"]


class ArticleContext:
    """Set ``doc._.kg_context`` from the article's masthead and place mentions."""

    def __init__(self, nlp: Language | None = None, name: str = "kg_context") -> None:
        self.name = name
        self._gaz = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Load the divisions data (also done on first use)."""
        self._gazetteer()

    def _gazetteer(self):
        if self._gaz is None:
            from kg.lang.gazetteer import Gazetteer

            self._gaz = Gazetteer.load()
        return self._gaz

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self._set([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Set the context of each Doc, holding one file's Docs at a time (link 3)."""
        held: list[Doc] = []
        source = object()
        for doc in docs:
            article = doc._.kg_article
            here = article.source if article is not None else None
            if held and here != source:
                yield from self._set(held)
                held = []
            held.append(doc)
            source = here
        yield from self._set(held)

    def _set(self, docs: Sequence[Doc]) -> Sequence[Doc]:
        gaz = self._gazetteer()
        own = [place_counts(doc._.kg_mentions or (), gaz, doc_text(doc)) for doc in docs]
        page: Counter = Counter()
        for counts in own:
            page.update(counts)
        for doc, counts in zip(docs, own):
            article = doc._.kg_article
            doc._.kg_context = context_chain(article.masthead if article is not None else None, counts, page, gaz,
                                             article.publisher if article is not None else None)
        return docs


@Language.factory("kg_context", requires=["doc._.kg_mentions"], assigns=["doc._.kg_context"], default_config={})
def make_article_context(nlp: Language, name: str) -> ArticleContext:
    """Make the ``kg_context`` component (see :class:`ArticleContext`)."""
    ensure_extensions()
    return ArticleContext(nlp, name)
