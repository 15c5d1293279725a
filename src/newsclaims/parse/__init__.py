"""Stage 1: text -> `Article` (paragraphs with kinds and exact offsets, metadata).

    parse_article(text, source, *, title=None, outlet=None, published=None, url=None) -> Article
    load_corpus(path, *, on_error="raise") -> ArticleList

`Article.text` is the input exactly as given (for a file: its bytes decoded as UTF-8;
for HTML: trafilatura's extracted main text); every paragraph satisfies
``article.text[p.start:p.end] == p.text``. Modules: `paragraphs` (spans), `cues` and
`kinds` (paragraph kinds), `metadata` (outlet/byline/date, language), `formats` (files,
HTML, JSONL). Bad input raises a `NewsClaimsError` subclass naming the source and reason.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import (
    DecodeError,
    DuplicateSourceError,
    EmptyArticleError,
    NewsClaimsError,
    NoArticlesError,
    UnknownFormatError,
)
from ..models import Article, Paragraph
from . import metadata
from .formats import DEFAULT_MAX_BYTES, Failure, Item, check_size, folder_files, html_to_text, read_file
from .kinds import classify
from .paragraphs import split_segments

__all__ = ["DEFAULT_MAX_BYTES", "ArticleList", "load_corpus", "parse_article"]

_FMTS = ("text", "markdown", "html")
#: an HTML document's opening (after a byte-order mark, white space and comments)
#: the first line of a Markdown document: an ATX heading ("# Title") or front matter ("---")
_MARKDOWN_DOC = re.compile(r"\ufeff?\s*(?:#{1,6}[ \t]+\S|---[ \t]*\r?\n)")
_HTML_DOC = re.compile(r"\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_SURROGATE = re.compile("[\ud800-\udfff]")


class ArticleList(list):
    """A list of articles that also carries `.errors`: `(source, reason)` for each bad input, and
    `.skipped`: `(path, reason)` for each folder entry not read as an article (other file types,
    hidden files, README/LICENSE and the like, sub-folders). Skipped entries are not errors."""

    def __init__(self, items=(), errors=None, skipped=None):
        super().__init__(items)
        self.errors: list[tuple[str, str]] = list(errors or [])
        self.skipped: list[tuple[str, str]] = list(skipped or [])


def parse_article(text, source, *, title=None, outlet=None, published=None, url=None, byline=None,
                  fmt: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Article:
    """Parse one article. `fmt` is 'text', 'markdown' or 'html' (then `text` is the page and
    the article holds its extracted main text); None (default) reads an HTML document (text
    opening with '<!DOCTYPE html>', '<html>', '<head>' or '<body>') as 'html', text opening
    with a Markdown heading ("# Title", no prose line starts so) or front matter as 'markdown',
    anything else as 'text', so a page passed without saying so is not read as prose full of
    tags ('auto' is the same). Keyword
    metadata given here wins over what the text states; `published` may be a date or a date string."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}"
                        + (" (decode bytes as UTF-8 first)" if isinstance(text, bytes | bytearray) else ""))
    if not isinstance(source, str) or not source.strip():
        raise TypeError(f"source must be a non-empty str, not {source!r}")
    if fmt is None or fmt == "auto":
        fmt = "html" if _HTML_DOC.match(text[:4096]) else "markdown" if _MARKDOWN_DOC.match(text[:4096]) else "text"
    if fmt not in _FMTS:
        raise UnknownFormatError(f"unknown format {fmt!r}; expected one of {', '.join(_FMTS)}", source=source)
    for name, value in (("source", source), ("text", text), ("title", title), ("outlet", outlet), ("url", url),
                        ("byline", byline), ("published", published)):
        bad = _SURROGATE.search(value) if isinstance(value, str) else None
        if bad:  # e.g. a JSON "\ud800" escape: not Unicode text; spaCy and JSON output would fail on it
            raise DecodeError(f"the {name} holds an unpaired surrogate U+{ord(bad.group()):04X} at character "
                              f"{bad.start()}: not valid Unicode text",
                              source=ascii(source)[1:-1] if name == "source" else source)
    if max_bytes is not None and len(text) > max_bytes // 4:
        check_size(len(text.encode("utf-8", "surrogatepass")), max_bytes, source)
    given = {"title": title, "outlet": outlet, "url": url, "byline": byline}
    warnings: list[str] = []
    pub = metadata.normalise_date(published)
    if published is not None and pub is None:
        warnings.append(f"published={published!r} is not a recognisable date; ignored")
    given["published"] = pub
    found: dict[str, str] = {}
    if fmt == "html":
        text, found = html_to_text(text, source, url)
    if not text.strip():
        raise EmptyArticleError("the text is empty or only white space", source=source)
    segs = split_segments(text, markdown=fmt == "markdown")
    if not segs:
        raise EmptyArticleError("the text has no visible characters", source=source)
    kinds, feats = classify(text, segs)
    paragraphs = [Paragraph.model_construct(index=i, start=g.start, end=g.end, text=text[g.start:g.end], kind=k)
                  for i, (g, k) in enumerate(zip(segs, kinds))]
    if segs[0].hint == "md_front":
        for k, v in metadata.front_matter(text[segs[0].start:segs[0].end]).items():
            found.setdefault(k, v)
    stated = metadata.gather([f.text for f in feats], [g.hint for g in segs], kinds)
    for k, v in stated.items():
        found.setdefault(k, v)
    if "published" in found:
        found["published"] = metadata.normalise_date(found["published"])
    if "title" not in found:
        t = next((p.text for p in paragraphs if p.kind == "title"), None)
        if t:
            found["title"] = t
    fields = {k: (given.get(k) if given.get(k) is not None else found.get(k)) for k in
              ("title", "outlet", "published", "url", "byline")}
    language, warning = metadata.guess_language(text)
    if warning:
        warnings.append(warning)
    return Article(source=source, text=text, paragraphs=paragraphs, language=language, warnings=warnings,
                   **fields)


def load_corpus(path, *, on_error: str = "raise", max_bytes: int | None = DEFAULT_MAX_BYTES) -> ArticleList:
    """Articles of a folder (*.txt, *.html, *.htm, *.md, *.jsonl, sorted by name; the other
    entries are listed in `.skipped`) or of one file. `on_error="raise"` stops at the first bad file or record; `"collect"` records
    `(source, reason)` in `.errors` and returns the good articles. A load that yields no
    article raises `NoArticlesError` either way."""
    if on_error not in ("raise", "collect"):
        raise ValueError(f"on_error must be 'raise' or 'collect', not {on_error!r}")
    if isinstance(path, str) and not path.strip():
        raise NoArticlesError("the path is empty", source=repr(path))
    p = Path(path)
    skipped: list[tuple[str, str]] = []
    if p.is_dir():
        files, skipped = folder_files(p)
    elif p.is_file():
        files = [p]
    else:
        raise NoArticlesError("no such file or folder", source=str(p))
    out = ArticleList(skipped=skipped)
    seen: dict[str, str] = {}

    def fail(origin: str, exc: NewsClaimsError) -> None:
        msg = str(exc)
        prefix = f"{exc.source}: " if exc.source else ""
        reason = msg[len(prefix):] if prefix and msg.startswith(prefix) else msg
        if on_error == "raise":
            if exc.source == origin:
                raise exc
            raise type(exc)(reason, source=origin) from exc  # name the file (and line), not just the article id
        out.errors.append((origin, reason))

    for f in files:
        try:
            items = list(read_file(f, max_bytes))
        except NewsClaimsError as exc:
            fail(str(f), exc)
            continue
        for it in items:
            if isinstance(it, Failure):
                fail(it.origin, it.error)
                continue
            try:
                out.append(_parse_item(it, seen, max_bytes))
            except NewsClaimsError as exc:
                fail(it.origin, exc)
    if not out:
        why = f" ({len(out.errors)} bad: {out.errors[0][0]}: {out.errors[0][1]})" if out.errors else ""
        if not why and skipped:
            why = f" ({len(skipped)} other entries skipped, e.g. {skipped[0][0]}: {skipped[0][1]})"
        raise NoArticlesError(f"no readable article{why}", source=str(p))
    return out


def _parse_item(it: Item, seen: dict[str, str], max_bytes: int | None) -> Article:
    if it.source in seen:
        raise DuplicateSourceError(f"duplicate source id {it.source!r} (also in {seen[it.source]})",
                                   source=it.origin)
    art = parse_article(it.text, it.source, fmt=it.fmt, max_bytes=max_bytes, **it.meta)
    seen[it.source] = it.origin
    return art
