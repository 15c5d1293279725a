"""Input formats: which files a folder holds, reading them, HTML and JSONL.

- ``.txt`` plain text, ``.md``/``.markdown`` Markdown: the file decoded as UTF-8 (strict),
  unmodified.
- ``.html``/``.htm``: the main text extracted by trafilatura (optional extra ``html``);
  the article then holds that extracted text, and trafilatura's title/date/author/
  sitename/url fill the metadata the caller did not give.
- ``.jsonl``: one JSON object per line with ``source``, ``text`` or ``html``, optional
  ``title``, ``outlet``, ``published``, ``url``, ``byline``; blank lines are skipped; a bad
  line is reported as ``file.jsonl:LINE``.

Folders are read flat (no recursion) in sorted name order; hidden files and a folder's
own documentation files (README, LICENSE, CHANGELOG, ...) are not articles.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

from ..errors import (
    BadRecordError,
    DecodeError,
    EmptyArticleError,
    InputTooLargeError,
    MissingExtraError,
    NewsClaimsError,
    NoArticlesError,
    UnknownFormatError,
)
from .metadata import title_outlet

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FORMATS = {".txt": "auto", ".text": "auto",  # text, or HTML when the file is an HTML document
           ".md": "markdown", ".markdown": "markdown",
           ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
FOLDER_SUFFIXES = (".txt", ".html", ".htm", ".md", ".jsonl")
_DOC_STEMS = {"readme", "license", "licence", "changelog", "changes", "contributing", "notice", "authors",
              "copying", "history", "code_of_conduct", "security"}


@dataclass
class Item:
    """One article to parse: its source id, its text (or HTML), format and given metadata."""

    source: str
    text: str
    fmt: str
    meta: dict = field(default_factory=dict)
    origin: str = ""  # file (and line) it came from, for error reports


@dataclass
class Failure:
    origin: str
    error: NewsClaimsError


def folder_files(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """(the article files of a folder, sorted by name; `(path, why)` for every other entry)."""
    files, skipped = [], []
    for p in sorted(folder.iterdir()):
        if p.name.startswith("."):
            why = "hidden"
        elif not p.is_file():
            why = "not a file (folders are not searched)"
        elif p.suffix.lower() not in FOLDER_SUFFIXES:
            why = f"not an article format ({p.suffix or 'no extension'}; reads {', '.join(FOLDER_SUFFIXES)})"
        elif p.stem.lower() in _DOC_STEMS:
            why = "a documentation file"
        else:
            files.append(p)
            continue
        skipped.append((str(p), why))
    return files, skipped


def decode(data: bytes, origin: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid UTF-8 (byte {exc.start}: {exc.reason})", source=origin) from None


def check_size(n: int, limit: int, origin: str) -> None:
    if limit is not None and n > limit:
        raise InputTooLargeError(f"{n} bytes is over the limit of {limit} bytes (raise max_bytes to read it)",
                                 source=origin)


def read_file(path: Path, max_bytes: int) -> Iterator[Item | Failure]:
    """The articles of one file. Whole-file problems raise; a bad JSONL line is a Failure."""
    origin = str(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnknownFormatError(
            f"unknown file type {path.suffix or '(none)'!r}; expected one of {', '.join(sorted(FORMATS))}",
            source=origin)
    try:
        if fmt == "jsonl":
            yield from _read_jsonl(path, max_bytes)
            return
        check_size(path.stat().st_size, max_bytes, origin)
        data = path.read_bytes()
    except OSError as exc:
        raise NoArticlesError(f"cannot read the file ({exc.strerror or exc})", source=origin) from None
    yield Item(path.stem, decode(data, origin), fmt, {}, origin)


_FIELDS = ("title", "outlet", "published", "url", "byline")


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item | Failure]:
    records = 0
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            origin = f"{path}:{lineno}"
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]  # a byte-order mark (Windows editors) is not part of the first record
            try:
                if not raw.strip():
                    continue
                records += 1
                check_size(len(raw), max_bytes, origin)
                yield _record(decode(raw, origin), origin)
            except NewsClaimsError as exc:
                yield Failure(origin, exc)
    if not records:  # an empty feed is reported, not skipped in silence
        yield Failure(str(path), EmptyArticleError("the JSONL file holds no record", source=str(path)))


def _record(line: str, origin: str) -> Item:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadRecordError(f"not valid JSON ({exc.msg} at column {exc.colno})", source=origin) from None
    if not isinstance(rec, dict):
        raise BadRecordError(f"a record must be a JSON object, not {type(rec).__name__}", source=origin)
    source = rec.get("source")
    if not isinstance(source, str) or not source.strip():
        raise BadRecordError("the record has no 'source' (a non-empty string)", source=origin)
    text, html = rec.get("text"), rec.get("html")
    if text is not None and not isinstance(text, str) or html is not None and not isinstance(html, str):
        raise BadRecordError(f"record {source!r}: 'text'/'html' must be strings", source=origin)
    if text is None and html is None:
        raise BadRecordError(f"record {source!r} has neither 'text' nor 'html'", source=origin)
    meta = {}
    for k in _FIELDS:
        v = rec.get(k)
        if v is not None and not isinstance(v, str):
            raise BadRecordError(f"record {source!r}: {k!r} must be a string", source=origin)
        if v:
            meta[k] = v
    if text is not None:
        return Item(source, text, "text", meta, origin)
    return Item(source, html, "html", meta, origin)


def html_to_text(html: str, source: str, url: str | None = None) -> tuple[str, dict[str, str]]:
    """(main text, metadata) of an HTML page, by trafilatura (no network access)."""
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError(
            "reading HTML needs trafilatura, which is not installed: pip install 'newsclaims[html]'",
            source=source) from None
    tree = _tree(html, source)
    # the date only where the page states one (its metadata, a dated element): htmldate's extensive
    # search reads "© 2026" in a footer as 1 January 2026
    dates = {"original_date": True, "extensive_search": False}
    doc = trafilatura.bare_extraction(
        html if tree is None else tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, deduplicate=False, output_format="python",
        date_extraction_params=dates)
    if doc is None:
        raise EmptyArticleError("no article text found in the HTML", source=source)
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    meta = {}
    for ours, theirs in (("title", "title"), ("published", "date"), ("byline", "author"),
                         ("outlet", "sitename"), ("url", "url")):
        v = d.get(theirs)
        if isinstance(v, str) and v.strip():
            meta[ours] = v.strip()
    if "outlet" in meta and _opens(meta.get("title"), meta["outlet"]):
        del meta["outlet"]  # trafilatura took the headline part of "<title>Headline | Metro Herald"
    if "outlet" not in meta:  # "<title>Headline | Metro Herald</title>"
        m = _PAGE_TITLE.search(html)
        name = title_outlet(unescape(m.group(1)), meta.get("title")) if m else None
        if name:
            meta["outlet"] = name
    return d.get("text") or "", meta


def _opens(headline: str | None, name: str) -> bool:
    """The name is the headline or its first words ("Rates rise to 4.5%" of "Rates rise to 4.5%,
    bank signals pause"): no publication's name."""
    words, lead = re.findall(r"\w+", name.lower()), re.findall(r"\w+", (headline or "").lower())
    return len(words) >= 2 and lead[:len(words)] == words


_PAGE_TITLE = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.I)


def _tree(html: str, source: str):
    """The page as an lxml tree, parsed as trafilatura parses it but with `huge_tree` (else
    libxml2 silently drops everything nested more than 256 elements deep); None to let
    trafilatura load the page itself. Deeper than libxml2's hard limit (2048): an error."""
    from lxml.html import HTMLParser, fromstring
    from trafilatura.utils import repair_faulty_html

    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                        remove_pis=True, huge_tree=True)
    fixed = repair_faulty_html(html, html[:50].lower())
    try:
        tree = fromstring(fixed.encode("utf-8", "surrogatepass"), parser=parser)
    except Exception:  # lxml's own failures on junk: trafilatura's loader decides
        return None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise InputTooLargeError("the HTML nests elements too deeply for the parser (over 2048 levels); "
                                 "the text below that depth would be lost", source=source)
    if tree is None or len(tree) < (2 if "html" not in fixed[:50].lower() else 1):
        return None
    return tree
