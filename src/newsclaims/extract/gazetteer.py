"""Place gazetteer as a spaCy `entity_ruler` placed before `ner` (placeholder; filled by the gazetteer work)."""
from __future__ import annotations

from spacy.language import Language


def add_entity_ruler(nlp: Language) -> None:
    return None
