"""Coreference of 该局/该项目/该公司 …: the spaCy component ``kg_coref`` (placeholder, being written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import ensure_extensions

__all__ = ["CorefResolver"]


class CorefResolver:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("kg_coref", requires=["doc._.kg_mentions"], assigns=["doc._.kg_mentions"], default_config={})
def make_coref(nlp: Language, name: str) -> CorefResolver:
    ensure_extensions()
    return CorefResolver()
