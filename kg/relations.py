"""Relation extraction: the spaCy component ``kg_relations`` (placeholder, being written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import ensure_extensions

__all__ = ["RelationExtractor"]


class RelationExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_relations = []
        return doc


@Language.factory("kg_relations", requires=["doc._.kg_mentions"], assigns=["doc._.kg_relations"], default_config={})
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    ensure_extensions()
    return RelationExtractor()
