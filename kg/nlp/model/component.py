"""The spaCy component ``kg_ner``: the trained tagger's names.

It writes the tagger's raw spans as ``doc._.kg_ner`` (character offsets and a label) and
the names it keeps of them, typed as kg's rules type names and filtered by the kinds of
error the tagger makes (:class:`kg.nlp.model.mentions.MentionTyper`), as the candidate
group ``doc._.kg_candidates["kg_ner"]``.  It runs before the entity sources;
``kg_entities`` keeps a model name only where no rule found one
(:mod:`kg.nlp.entities.settle`, its ``models`` setting).

Why a Doc extension of character spans and not ``doc.spans``: the tagger labels
characters, and a name need not end where a jieba word ends (as in ``kg_entities``, see
:mod:`kg.extensions`), so a token span would have to be widened or cut.

The weights are loaded in :meth:`NameTagger.initialize` (from the package's
``kg/data/models/kg_ner/`` unless the config names a folder), written into the pipeline's
folder by ``nlp.to_disk`` and read back by ``nlp.from_disk``.  ``pipe`` scores a batch of
Docs at once: one pass of array operations and one Viterbi over all their clauses.

>>> import spacy, kg.nlp.model.component  # doctest: +SKIP
>>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.JiebaTokenizer.v1"}}})  # doctest: +SKIP
>>> nlp.add_pipe("kg_ner"); nlp.initialize()  # doctest: +SKIP
>>> [(s.start, s.end, s.label) for s in nlp("记者王小明在潍坊报道。")._.kg_ner]  # doctest: +SKIP
[(2, 5, 'PER'), (6, 8, 'LOC')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from itertools import islice
from pathlib import Path

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, add_candidates
from kg.nlp.entities.index import name_index
from kg.nlp.extensions import doc_text, ensure_extensions
from kg.nlp.model.tagger import ModelSpan, NameTagger

__all__ = ["NameRecognizer", "ensure_ner_extension", "shipped_model_path"]

EXTENSION = "kg_ner"


def ensure_ner_extension() -> None:
    """Register ``Doc._.kg_ner`` (a list of :class:`ModelSpan`); safe to call any number of times."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


def shipped_model_path() -> Path:
    """The model folder inside the installed package."""
    return Path(str(resources.files("kg").joinpath("data", "models", "kg_ner")))


class NameRecognizer:
    """Propose names with the trained tagger; set ``doc._.kg_ner``.

    Parameters
    ----------
    nlp : Language
        The pipeline (its tokenizer is jieba: the tagger reads its words).
    name : str
        The component's name.
    model : str or None
        A model folder; ``None`` for the one shipped in the package.
    batch_size : int
        Docs scored together by :meth:`pipe`.
    """

    def __init__(self, nlp: Language | None = None, name: str = "kg_ner", *, model: str | None = None,
                 batch_size: int = 32) -> None:
        self.name = name
        self.model = model
        self.batch_size = batch_size
        self.tagger: NameTagger | None = None
        self.typer = None  # a MentionTyper, made by initialize

    # -- data ----------------------------------------------------------------------------

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Load the tagger (the configured folder, else the shipped model)."""
        if self.tagger is None:
            self.tagger = NameTagger.from_disk(self.model or shipped_model_path())
        if self.typer is None:
            from kg.nlp.model.mentions import MentionTyper

            self.typer = MentionTyper.load()

    def to_disk(self, path, *, exclude=tuple()) -> None:
        self.initialize()
        self.tagger.to_disk(path)

    def from_disk(self, path, *, exclude=tuple()) -> NameRecognizer:
        self.tagger = NameTagger.from_disk(path)
        return self

    # -- spaCy ---------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        self.initialize()
        docs = iter(docs)
        size = batch_size or self.batch_size
        while batch := list(islice(docs, size)):
            for doc, spans in zip(batch, self.predict(batch)):
                doc._.kg_ner = spans
                index = name_index(doc)
                add_candidates(doc, self.name, self.typer.mentions(index.text, spans, index.words))
                yield doc

    def predict(self, docs: list[Doc]) -> list[list[ModelSpan]]:
        """The tagger's names in each Doc (character offsets into its text)."""
        items = []
        for doc in docs:
            if len(doc):
                # numpy columns, not Token objects (as kg_entities reads them)
                cols = doc.to_array([IDX, LENGTH])
                starts = cols[:, 0]
                items.append((doc_text(doc), starts, starts + cols[:, 1]))
            else:
                items.append((doc_text(doc), [], []))
        return self.tagger.predict(items)


@Language.factory(
    "kg_ner",
    assigns=["doc._.kg_ner", CANDIDATES],
    default_config={"model": None, "batch_size": 32},
)
def make_name_recognizer(nlp: Language, name: str, model: str | None, batch_size: int) -> NameRecognizer:
    """Make the ``kg_ner`` component (see :class:`NameRecognizer`)."""
    ensure_extensions()
    ensure_ner_extension()
    return NameRecognizer(nlp, name, model=model, batch_size=batch_size)
