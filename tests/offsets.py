"""Shared test helper: every offset a parsed article and its claims carry indexes the text exactly."""
from __future__ import annotations


def check_offsets(article, claims) -> None:
    """Paragraphs in order, non-empty and exact; each claim inside its paragraph; its quotes,
    speakers, entities and numbers exact slices of `article.text`."""
    t = article.text
    last = 0
    for i, p in enumerate(article.paragraphs):
        assert p.index == i and last <= p.start < p.end and t[p.start:p.end] == p.text
        last = p.end
    for c in claims:
        assert c.source == article.source
        assert t[c.start:c.end] == c.text and c.text
        para = article.paragraphs[c.paragraph]
        assert para.start <= c.start <= c.end <= para.end
        for q in c.quotes:
            assert t[q.start:q.end] == q.text
            if q.speaker_start is not None:
                assert 0 <= q.speaker_start <= q.speaker_end <= len(t)
        for e in c.actors + c.regions:
            assert t[e.start:e.end] == e.text
        for n in c.numbers:
            assert t[n.start:n.end] == n.text
