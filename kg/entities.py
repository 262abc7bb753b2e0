"""Entity recognition: the spaCy component ``kg_entities`` (placeholder, being written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import ensure_extensions

__all__ = ["EntityRecognizer"]


class EntityRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_mentions = []
        return doc


@Language.factory("kg_entities", assigns=["doc._.kg_mentions"], default_config={})
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    ensure_extensions()
    return EntityRecognizer()
