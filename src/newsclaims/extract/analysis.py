"""One spaCy pass per article, shared by every extractor.

`analyse(articles)` runs `nlp.pipe` over the articles' content (body, bullet and embed
paragraphs; every other character is blanked to a space so offsets into `Article.text`
are unchanged). Texts longer than `nlp.max_length` are cut into chunks at paragraph
boundaries, each chunk parsed on its own, with its offset kept.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import DecodeError
from ..models import CONTENT_KINDS, Article, Paragraph
from ..nlp import get_nlp
from ..parse.paragraphs import BREAKS


@dataclass
class Analysis:
    """An article with its parse: `segments` are `(offset, Doc)` pairs covering the text."""

    article: Article
    segments: list[tuple[int, Doc]] = field(default_factory=list)
    _starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    def sentences(self) -> Iterator[tuple[int, Span]]:
        """Every non-blank sentence as `(offset, span)`; article offset = offset + span.start_char."""
        for base, doc in self.segments:
            for sent in doc.sents:
                if sent.text.strip():
                    yield base, sent

    def paragraph_at(self, pos: int) -> Paragraph | None:
        """The paragraph holding `pos` (binary search: paragraphs are ordered and disjoint)."""
        if self._starts is None:
            self._starts = [p.start for p in self.article.paragraphs]
        i = bisect_right(self._starts, pos) - 1
        if i >= 0:
            p = self.article.paragraphs[i]
            if p.start <= pos < p.end:
                return p
        return None


#: blanked for spaCy (they hold no claim, and its tokenizer splits them one character at a time in
#: quadratic time): runs of SYMBOL_RUN or more symbols with nothing but spaces between them
#: ("=====", 40 nested brackets, a row of quote marks, "€ € € €"), and whitespace-free runs
#: longer than LONGEST_WORD characters (junk, very long URLs, unspaced scripts)
SYMBOL_RUN = 16
LONGEST_WORD = 200
_NONWORD = re.compile(r"[\W_]+")
_WORDS = re.compile(r"\S+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def masked_text(article: Article) -> str:
    """What spaCy sees: the article text, same length, with every non-content paragraph (and the
    gaps) blanked to spaces, line breaks between paragraphs kept (every kind of break, the
    ones `parse` cuts at, as a newline), and the line breaks of a
    hard-wrapped body or title paragraph turned into spaces (a paragraph break always ends a
    sentence, a wrapped line does not; where no break character follows a paragraph, as in
    "Headline/ Outlet/ ...", the first blanked character after it becomes a newline). Runs of symbols and over-long words are blanked too (see
    SYMBOL_RUN)."""
    text = article.text
    chars = ["\n" if c in BREAKS else " " for c in text]
    content = [p for p in article.paragraphs if p.kind in CONTENT_KINDS]
    for p in content:
        body = text[p.start:p.end]
        if p.kind in ("body", "title") and "\n" in body:
            body = body.replace("\r\n", "  ").replace("\n", " ").replace("\r", " ")
        chars[p.start:p.end] = body
    starts = {p.start for p in content}
    for p in content:  # "Headline/ Outlet/ Lead ...": a paragraph's end ends its sentence
        if p.end < len(text) and p.end not in starts and chars[p.end] == " ":
            chars[p.end] = "\n"
    masked = "".join(chars)
    junk = [m.span() for m in _NONWORD.finditer(masked)
            if m.end() - m.start() >= SYMBOL_RUN and sum(not c.isspace() for c in m.group()) >= SYMBOL_RUN]
    junk += [m.span() for m in _WORDS.finditer(masked) if m.end() - m.start() > LONGEST_WORD]
    if not junk:
        return masked
    for a, b in junk:
        chars[a:b] = [c if c == "\n" else " " for c in masked[a:b]]
    return "".join(chars)


def _chunks(article: Article, masked: str, limit: int) -> list[tuple[int, str]]:
    if len(masked) <= limit:
        return [(0, masked)]
    out: list[tuple[int, str]] = []
    cuts = sorted({p.start for p in article.paragraphs} | {len(masked)})
    start = 0
    last = 0
    for c in cuts:
        if c - start > limit and last > start:
            out.append((start, masked[start:last]))
            start = last
        while c - start > limit:  # one paragraph longer than the limit: hard cut at a space
            cut = masked.rfind(" ", start, start + limit)
            cut = cut if cut > start else start + limit
            out.append((start, masked[start:cut]))
            start = cut
        last = c
    if start < len(masked):
        out.append((start, masked[start:]))
    return [(o, t) for o, t in out if t.strip()]


def analyse(articles: Sequence[Article], *, nlp: Language | None = None, batch_size: int = 16) -> list[Analysis]:
    """Parse each article once (batched with `nlp.pipe`)."""
    nlp = nlp or get_nlp()
    limit = min(nlp.max_length, 100_000)
    jobs: list[tuple[int, int, str]] = []
    for ai, art in enumerate(articles):
        masked = masked_text(art)
        bad = _SURROGATE.search(masked)
        if bad:  # an Article built by hand around a lone surrogate (parse_article refuses them)
            raise DecodeError(f"the text holds an unpaired surrogate U+{ord(bad.group()):04X} at character "
                              f"{bad.start()}: not valid Unicode text", source=art.source)
        for off, chunk in _chunks(art, masked, limit):
            jobs.append((ai, off, chunk))
    out = [Analysis(article=a) for a in articles]
    docs = nlp.pipe((t for _, _, t in jobs), batch_size=batch_size)
    for (ai, off, _), doc in zip(jobs, docs):
        out[ai].segments.append((off, doc))
    return out
