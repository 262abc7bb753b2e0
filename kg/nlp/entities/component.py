"""The base of kg's candidate sources: their language data and how it is saved.

Each source is a spaCy component made by a registered factory.  What a source knows
comes from kg's data files (:mod:`kg.lang.lexicon`, and for some :mod:`kg.lang.gazetteer`)
and jieba's dictionary.  As spaCy's ``SpanRuler`` does with its patterns, the data is
loaded in :meth:`DataComponent.initialize` (from ``kg/data/``), written beside the
component by ``nlp.to_disk`` (a copy of each file it reads) and read back from there by
``nlp.from_disk`` / ``spacy.load``, so a saved pipeline gives the same names whatever
``kg/data/`` holds later.  jieba's dictionary belongs to the tokenizer and is not copied.

A source's ``__call__`` asks :meth:`CandidateSource.find` for its names in the Doc's
:class:`~kg.nlp.entities.index.NameIndex` and stores them under its key in
``doc._.kg_candidates``; ``kg_entities`` settles them (:mod:`kg.nlp.entities.settle`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.index import NameIndex, name_index
from kg.nlp.extensions import ensure_extensions
from kg.records import Mention

__all__ = ["EntityData", "CandidateSource", "DataComponent", "DataSource", "add_candidates", "candidate_groups", "CANDIDATES",
           "NAME_INDEX"]

#: What the sources assign and read, in spaCy's ``requires``/``assigns`` notation.
CANDIDATES = "doc._.kg_candidates"
NAME_INDEX = "doc._.kg_name_index"


class EntityData:
    """The language data of one component: the lexicon, the gazetteer if it needs one,
    jieba's part-of-speech tags and word frequencies, and the name-boundary rules over them.

    Parameters
    ----------
    folder : Path or None
        Where the data files are: ``None`` for ``kg/data/``, else a saved pipeline's folder.
    gazetteer : bool
        Whether to load the divisions data too.
    """

    def __init__(self, folder: Path | None = None, *, gazetteer: bool = False) -> None:
        from kg.lang import jieba_tables, lexicon
        from kg.lang.gazetteer import Gazetteer
        from kg.nlp.entities.boundaries import NameBounds

        tags, freq = jieba_tables.tables()
        self.folder = folder
        self.lex = lexicon.load(folder)
        self.lex.prepare()  # its look-up tables, made here rather than while the first Doc waits
        self.gaz = Gazetteer.load(folder) if gazetteer else None
        self.tags: dict[str, str] = tags
        self.freq: dict[str, int] = freq
        self.bounds = NameBounds(self.lex, self.gaz, self.tags, self.freq)

    def texts(self) -> dict[str, str]:
        """The text of every data file this data was read from (what ``to_disk`` writes)."""
        from kg.lang import gazetteer, lexicon

        texts = lexicon.read_texts(self.folder)
        if self.gaz is not None:
            texts.update(gazetteer.read_texts(self.folder))
        return texts


class CandidateSource:
    """A spaCy component that adds its candidate names to ``doc._.kg_candidates[key]``.

    Subclasses implement :meth:`find`; those that read kg's data files derive from
    :class:`DataSource` instead.

    Parameters
    ----------
    nlp : Language
        The pipeline.
    name : str
        The component's name.
    key : str
        Where in ``doc._.kg_candidates`` the names go (default: the component's name).
    """

    def __init__(self, nlp: Language | None = None, name: str = "", *, key: str | None = None) -> None:
        ensure_extensions()
        self.name = name
        self.key = key or name

    def __call__(self, doc: Doc) -> Doc:
        add_candidates(doc, self.key, self.find(name_index(doc), doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        """The source's names in the Doc (its text and words are in ``index``)."""
        raise NotImplementedError


class DataComponent:
    """A component that reads kg's language data: loaded by :meth:`initialize`, saved by
    :meth:`to_disk` (a copy of each file), read back by :meth:`from_disk`."""

    #: whether the component reads the divisions data (then it is loaded and saved too)
    uses_gazetteer: ClassVar[bool] = False

    def __init__(self, nlp: Language | None = None, name: str = "") -> None:
        self.name = name
        self._data: EntityData | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Load the language data from ``kg/data/`` (unless ``from_disk`` loaded a saved copy)."""
        if self._data is None:
            self._data = EntityData(gazetteer=self.uses_gazetteer)

    @property
    def data(self) -> EntityData:
        """The loaded data (loaded here when the component is used before ``initialize``)."""
        if self._data is None:
            self.initialize()
        return self._data

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write a copy of each data file the component reads into the folder ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in sorted(self.data.texts().items()):
            (folder / name).write_text(text, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> DataComponent:
        """Read the data files ``to_disk`` wrote."""
        self._data = EntityData(Path(path), gazetteer=self.uses_gazetteer)
        return self


class DataSource(CandidateSource, DataComponent):
    """A candidate source that reads kg's language data (see :class:`DataComponent`)."""

    def __init__(self, nlp: Language | None = None, name: str = "", *, key: str | None = None) -> None:
        CandidateSource.__init__(self, nlp, name, key=key)
        self._data = None


def add_candidates(doc: Doc, key: str, mentions: list[Mention]) -> None:
    """Store ``mentions`` under ``key`` in ``doc._.kg_candidates`` (replacing what a run before left)."""
    groups = doc.user_data.get(_CANDIDATES_KEY)  # doc._.kg_candidates, read directly: making doc._ costs more
    if groups is None:
        groups = doc.user_data[_CANDIDATES_KEY] = {}
    groups[key] = mentions


def candidate_groups(doc: Doc) -> dict[str, list[Mention]]:
    """What the sources that ran so far proposed: ``doc._.kg_candidates``, source key → names."""
    return doc.user_data.get(_CANDIDATES_KEY) or {}


_CANDIDATES_KEY = ("._.", "kg_candidates", None, None)  # spaCy's key for the extension's value in Doc.user_data
