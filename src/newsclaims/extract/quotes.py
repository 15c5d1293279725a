"""Direct quotes, scare quotes and reported speech with their speakers (PLACEHOLDER)."""
from __future__ import annotations

from ..models import Quote


def find_quotes(analysis, entities) -> list[Quote]:
    """All quotes of an analysed article (see `Analysis`), speakers canonicalised by `entities`."""
    return []
