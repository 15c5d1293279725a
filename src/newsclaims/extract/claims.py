"""Build `Claim` records from an analysed article (FIRST VERSION: one claim per sentence)."""
from __future__ import annotations

from ..models import Claim
from .analysis import Analysis
from .entities import build_entities
from .numbers import find_quantities
from .quotes import find_quotes


def claims_of(an: Analysis) -> list[Claim]:
    art = an.article
    ents = build_entities(an)
    quotes = find_quotes(an, ents)
    out: list[Claim] = []
    for base, sent in an.sentences():
        start = base + sent.start_char
        end = base + sent.end_char
        text = art.text
        while end > start and text[end - 1].isspace():
            end -= 1
        para = an.paragraph_at(start)
        if para is None:
            continue
        actors, regions = ents.within(start, end)
        out.append(Claim(
            id=f"{art.source}#{start}-{end}", source=art.source, paragraph=para.index,
            start=start, end=end, text=text[start:end], kind="statement",
            actors=actors, regions=regions,
            quotes=[q for q in quotes if q.start >= start and q.end <= end],
            numbers=find_quantities(text[start:end], start),
        ))
    return out
