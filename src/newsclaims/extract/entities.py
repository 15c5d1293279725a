"""Actors and regions, canonical within an article (PLACEHOLDER: spaCy entities as written)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Entity

REGION_LABELS = {"GPE", "LOC"}
ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}


@dataclass
class EntityIndex:
    mentions: list[Entity] = field(default_factory=list)

    def within(self, start: int, end: int) -> tuple[list[Entity], list[Entity]]:
        """(actors, regions) mentioned inside [start, end)."""
        ms = [m for m in self.mentions if m.start >= start and m.end <= end]
        return [m for m in ms if m.label in ACTOR_LABELS - {"GPE"}], [m for m in ms if m.label in REGION_LABELS]

    def canonical(self, text: str) -> str:
        return text


def build_entities(analysis) -> EntityIndex:
    ms = []
    for base, doc in analysis.segments:
        for e in doc.ents:
            ms.append(Entity(name=e.text, text=e.text, start=base + e.start_char, end=base + e.end_char, label=e.label_))
    return EntityIndex(mentions=ms)
