"""Stage 1: text -> `Article` (paragraphs with kinds and exact offsets, metadata).

MINIMAL PLACEHOLDER: the parse work replaces this with the full parser.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import EmptyArticleError, NewsClaimsError, NoArticlesError
from ..models import Article, Paragraph


class ArticleList(list):
    """A list of articles that also carries `.errors`: `(source, reason)` for each bad input."""

    def __init__(self, items=(), errors=None):
        super().__init__(items)
        self.errors: list[tuple[str, str]] = list(errors or [])


def parse_article(text, source, *, title=None, outlet=None, published=None, url=None) -> Article:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not text.strip():
        raise EmptyArticleError("the text is empty", source=source)
    paras = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        t = text[s:e]
        if not paras:
            kind = "title"
        elif t.startswith(("- ", "• ", "* ")):
            kind = "bullet"
        elif len(t.split()) < 12 and t[-1] not in ".!?\"”":
            kind = "heading"
        else:
            kind = "body"
        paras.append(Paragraph(index=len(paras), start=s, end=e, text=t, kind=kind))
    return Article(source=source, text=text, title=title or (paras[0].text if paras else None),
                   outlet=outlet, published=published, url=url, paragraphs=paras)


def load_corpus(path, *, on_error: str = "raise") -> ArticleList:
    p = Path(path)
    files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
    out = ArticleList()
    for f in files:
        out.append(parse_article(f.read_bytes().decode("utf-8"), f.stem))
    if not out:
        raise NoArticlesError("no readable article", source=str(p))
    return out
