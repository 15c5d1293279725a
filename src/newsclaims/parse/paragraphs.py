"""Paragraph spans: where each paragraph of an article starts and ends.

Method: the text is cut at line breaks (``\\n``, ``\\r\\n``, ``\\r``, U+2028/9 and the
other `str.splitlines` breaks); each line's span is trimmed of white space and invisible
format characters (zero-width, bidi controls, BOM) at both ends, never inside, so
``text[seg.start:seg.end]`` is always the paragraph exactly as written. Blank lines
separate blocks. Inside a block, lines are joined into one paragraph only where a line
is visibly hard-wrapped (it ends mid-sentence and the next line goes on in lower case,
or it ends with a comma or a lower-case word at the block's wrap width); otherwise each
line is a paragraph, which suits both blank-line-separated and one-paragraph-per-line
text. A line may hold several parts, which become several segments:
``Title/ Outlet/ CITY/ Author/ Edition/ First sentence...`` (a slash dateline) and
text followed by a trailing link (``... pic.twitter.com/abc``), and a first line
``Headline | Outlet``.

Markdown (``markdown=True``): ATX and setext headings, front matter, fenced code,
rules and image lines get a `hint`; heading spans exclude the ``#`` marks.

Limits: all work is linear in the text size; only plain string operations and
anchored regexes without nested quantifiers are used.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: characters that carry no visible text: removed from span edges and ignored by the cues
INVISIBLE = "".join(
    [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"]
    + [chr(c) for c in range(0x7F, 0xA0) if c != 0x85]
    + ["\u00ad", "\u034f", "\u061c", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u180e", "\u3164", "\ufeff", "\uffa0"]
    + [chr(c) for c in range(0x200B, 0x2010)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2060, 0x2070)]
)
_SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
STRIP = _SPACE + INVISIBLE
_DROP = str.maketrans("", "", INVISIBLE)

#: the characters that end a line (those of `str.splitlines`)
BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK = re.compile("\r\n|[" + BREAKS + "]")
_BULLET = re.compile(r"(?:[-*+\u2022\u00b7\u25aa\u2023\u25cf\u25e6\u2013]|\d{1,3}[.)])[ \t\u00a0]")
_TERMINAL = ".!?:;\u2026"
_CLOSERS = "\"'\u201d\u2019)]\u00bb*_"


def clean(s: str) -> str:
    """`s` without invisible format/control characters (for the cues; never for spans)."""
    return s.translate(_DROP)


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """`[s, e)` narrowed past surrounding white space and invisible characters."""
    seg = text[s:e]
    left = seg.lstrip(STRIP)
    if not left:
        return s, s
    s2 = s + len(seg) - len(left)
    return s2, s2 + len(left.rstrip(STRIP))


@dataclass
class Seg:
    """One paragraph span. `block` counts blank-line-separated blocks; `hint` is a cue
    from the layout: md_heading, md_rule, md_code, md_front, md_image, title_part,
    dateline, outlet, link (and byline, set by the kinds pass)."""

    start: int
    end: int
    block: int
    line: int
    hint: str | None = None
    level: int = 0  # Markdown heading level
    last: int = -1  # index of the last physical line (joined paragraphs span several)
    last_start: int = -1  # where that last line starts


def lines(text: str) -> list[tuple[int, int]]:
    """Spans of the physical lines (without their break characters)."""
    out, pos = [], 0
    for m in _BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


_TRAIL = STRIP + _CLOSERS


def last_visible(s: str) -> str:
    """The last character of `s` that is not a closing quote/bracket/emphasis mark."""
    t = s[-200:].rstrip(_TRAIL)
    return t[-1] if t else ""


def _soft_wrap(text: str, a: tuple[int, int], b: tuple[int, int], width: int) -> bool:
    """Does line `a` go on in line `b` (a hard-wrapped paragraph)? Yes when `a` is a
    longish line that stops mid-sentence and `b` continues in lower case, or when `a`
    fills the block's wrap width (50-100 characters) and ends with a comma or a
    lower-case word."""
    la, lb = text[a[0]:a[1]], text[b[0]:b[1]]
    if _BULLET.match(lb) or lb.startswith(("#", ">", "|", "\u2014", "![")):
        return False
    end = last_visible(la)
    if end in _TERMINAL or not end:
        return False
    first_tok = lb.split(None, 1)[0]
    if is_url(first_tok) or " / " in lb[:80]:
        return False
    n_words = len(la.split())
    if first_tok[:1].islower():
        from .metadata import date_line  # (metadata imports this module)

        if date_line(lb) is not None:  # 'on Tuesday, 16 December 2008 13:45.' under a headline
            return False
        return n_words >= 6 or len(la) >= 40
    if not 50 <= width <= 100 or len(la) < 0.75 * width or first_tok.isupper():
        return False
    tail = la.rsplit(None, 1)[-1]
    return end == "," or (tail[:1].islower() and n_words >= 6)


_MD_RULE = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_MD_SETEXT = re.compile(r"[ \t]{0,3}(?:=+|-+)[ \t]*$")


def _markdown_lines(text: str, spans: list[tuple[int, int]]) -> dict[int, tuple[str, int, int, int]]:
    """Per line index: (hint, start, end, level) for Markdown block markup; multi-line
    constructs (front matter, code fences) are reported on their first line with the end
    of their last line, and the following lines are marked 'skip'."""
    out: dict[int, tuple[str, int, int, int]] = {}
    n = len(spans)
    i = 0
    first = next((k for k in range(n) if text[spans[k][0]:spans[k][1]].strip(STRIP)), n)
    while i < n:
        s, e = spans[i]
        raw = text[s:e]
        body = raw.strip(STRIP)
        if i == first and body == "---":  # front matter
            j = next((k for k in range(i + 1, min(n, i + 200)) if text[spans[k][0]:spans[k][1]].strip() == "---"), None)
            if j is not None:
                out[i] = ("md_front", *strip_span(text, s, spans[j][1]), 0)
                for k in range(i + 1, j + 1):
                    out[k] = ("skip", 0, 0, 0)
                i = j + 1
                continue
        if body.startswith(("```", "~~~")):
            fence = body[:3]
            j = next((k for k in range(i + 1, n) if text[spans[k][0]:spans[k][1]].strip().startswith(fence)), n - 1)
            out[i] = ("md_code", *strip_span(text, s, spans[j][1]), 0)
            for k in range(i + 1, j + 1):
                out[k] = ("skip", 0, 0, 0)
            i = j + 1
            continue
        if body.startswith("#"):
            level = len(body) - len(body.lstrip("#"))
            rest = body[level:]
            if level <= 6 and (not rest or rest[0] in " \t"):
                hs = s + raw.index("#") + level
                he = s + len(raw.rstrip(STRIP))
                inner = text[hs:he].rstrip("#")
                if inner.endswith((" ", "\t")) or not inner.strip():
                    he = hs + len(inner)
                hs, he = strip_span(text, hs, he)
                if he > hs:
                    out[i] = ("md_heading", hs, he, level)
                else:
                    out[i] = ("md_rule", *strip_span(text, s, e), 0)
                i += 1
                continue
        if body and len(raw) <= 200 and _MD_SETEXT.match(raw) and i > 0 and (i - 1) not in out:
            ps, pe = spans[i - 1]
            prev = text[ps:pe].strip(STRIP)
            if prev and not _BULLET.match(prev):
                out[i - 1] = ("md_heading", *strip_span(text, ps, pe), 1 if "=" in body else 2)
                out[i] = ("md_rule", *strip_span(text, s, e), 0)
                i += 1
                continue
        if body and len(raw) <= 200 and _MD_RULE.match(raw):
            out[i] = ("md_rule", *strip_span(text, s, e), 0)
        elif body.startswith("![") and body.endswith(")"):
            out[i] = ("md_image", *strip_span(text, s, e), 0)
        elif body.startswith(">"):
            q = s + raw.index(">") + 1
            out[i] = ("md_quote", *strip_span(text, q, e), 0)
        i += 1
    return out


def split_segments(text: str, *, markdown: bool = False) -> list[Seg]:
    """Paragraph segments of `text` in order (see the module docstring)."""
    spans = lines(text)
    md = _markdown_lines(text, spans) if markdown else {}
    raw: list[Seg] = []
    block, blank_run = 0, False
    for li, (s, e) in enumerate(spans):
        hint = md.get(li)
        if hint and hint[0] == "skip":
            continue
        if hint and hint[0] != "md_quote":
            s2, e2 = hint[1], hint[2]
            if raw:
                block += blank_run
            blank_run = False
            raw.append(Seg(s2, e2, block, li, hint[0], hint[3]))
            continue
        if hint:
            s2, e2 = hint[1], hint[2]
        else:
            s2, e2 = strip_span(text, s, e)
        if s2 == e2:
            blank_run = True
            continue
        if raw:
            block += blank_run
        blank_run = False
        raw.append(Seg(s2, e2, block, li))
    # join hard-wrapped lines inside a block
    widths: dict[int, int] = {}
    for g in raw:
        widths[g.block] = max(widths.get(g.block, 0), g.end - g.start)
    joined: list[Seg] = []
    for g in raw:
        prev = joined[-1] if joined else None
        if (prev is not None and prev.block == g.block and prev.hint is None and g.hint is None
                and g.line == prev.last + 1
                and _soft_wrap(text, (prev.last_start, prev.end), (g.start, g.end), widths[g.block])):
            prev.end, prev.last, prev.last_start = g.end, g.line, g.start
            continue
        joined.append(Seg(g.start, g.end, g.block, g.line, g.hint, g.level, g.line, g.start))
    out: list[Seg] = []
    for g in joined:
        out.extend(_split_parts(text, g))
    if out and out[0].hint is None:
        out[0:1] = _title_outlet(text, out[0])
    return out


def _title_outlet(text: str, g: Seg) -> list[Seg]:
    """'Headline words here | Outlet Name' on the first line -> title_part + outlet."""
    line = text[g.start:g.end]
    cut = line.rfind(" | ", 0, 300)
    if cut < 0 or "\n" in line or len(line) > 300 or " | " in line[:cut]:
        return [g]
    head, tail = line[:cut], line[cut + 3:].strip()
    words = tail.split()
    if not (1 <= len(words) <= 4 and len(head.split()) >= 3 and tail[0].isupper()
            and last_visible(tail) not in _TERMINAL and not any(c.isdigit() for c in tail)):
        return [g]
    ts, te = strip_span(text, g.start, g.start + cut)
    os_, oe = strip_span(text, g.start + cut + 3, g.end)
    return [Seg(ts, te, g.block, g.line, "title_part"), Seg(os_, oe, g.block, g.line, "outlet")]


# ------------------------------------------------------------ parts of one line
def is_url(tok: str) -> bool:
    """A bare link token: http(s)://..., www...., or domain.tld/path."""
    tok = tok.strip("<>()[]\"'.,;")
    if tok.startswith(("http://", "https://", "www.")):
        return len(tok) > 8
    head, slash, _ = tok.partition("/")
    if not slash or "." not in head:
        return False
    labels = head.split(".")
    return all(x and x.replace("-", "").isalnum() for x in labels) and labels[-1].isalpha() and len(labels[-1]) >= 2


def _short_part(p: str) -> bool:
    t = p.strip()
    return bool(t) and len(t) <= 40 and len(t.split()) <= 5 and last_visible(t) not in ".!?;"


def _is_caps(p: str) -> bool:
    letters = [c for c in p if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _split_parts(text: str, g: Seg) -> list[Seg]:
    if g.hint is not None:
        return [g]
    parts = _dateline_parts(text, g)
    if parts is None:
        parts = [g]
    out: list[Seg] = []
    for p in parts:
        out.extend(_trailing_link(text, p) if p.hint is None else [p])
    return out


def _dateline_parts(text: str, g: Seg) -> list[Seg] | None:
    """`Title/ Outlet/ CITY/ Author/ Edition/ Body` -> title_part, dateline, body."""
    head = text[g.start:min(g.end, g.start + 600)]
    seps: list[int] = []  # offsets (in head) of a '/' glued to a word and followed by a space
    pos = head.find("/ ")
    while pos > 0 and len(seps) < 12:
        if not head[pos - 1].isspace():
            seps.append(pos)
        pos = head.find("/ ", pos + 1)
    if len(seps) < 3:
        return None
    bounds = [0] + [p + 1 for p in seps]
    pieces = [head[bounds[k]:(seps[k] if k < len(seps) else len(head))] for k in range(len(bounds))]
    # pieces[k] is the text before separator k (the last piece runs on to the end)
    caps = next((k for k in range(1, len(pieces) - 1) if _short_part(pieces[k]) and _is_caps(pieces[k])), None)
    if caps is not None:
        first = caps - 1 if caps >= 2 and _short_part(pieces[caps - 1]) else caps
    else:
        first = 1
    last = first
    while last + 1 < len(pieces) - 1 and _short_part(pieces[last + 1]):
        last += 1
    if last - first < 2 or not all(_short_part(pieces[k]) for k in range(first, last + 1)):
        return None
    out: list[Seg] = []
    if first > 0:
        ts, te = strip_span(text, g.start, g.start + seps[first - 1])
        if te > ts:
            out.append(Seg(ts, te, g.block, g.line, "title_part"))
    ds, de = strip_span(text, g.start + bounds[first], g.start + seps[last] + 1)
    out.append(Seg(ds, de, g.block, g.line, "dateline"))
    bs, be = strip_span(text, g.start + seps[last] + 1, g.end)
    if be > bs:
        out.append(Seg(bs, be, g.block, g.line))
    return out


def _trailing_link(text: str, g: Seg) -> list[Seg]:
    """Split a trailing URL (e.g. an embedded post's picture link) off the text before it."""
    tail_start = max(g.start, g.end - 300)
    tail = text[tail_start:g.end]
    cut = max(tail.rfind(" "), tail.rfind("\t"), tail.rfind("\u00a0"))
    if cut < 0:
        return [g]
    tok = tail[cut + 1:]
    if not is_url(tok):
        return [g]
    ls, le = strip_span(text, tail_start + cut + 1, g.end)
    ts, te = strip_span(text, g.start, tail_start + cut)
    if te <= ts:
        return [g]
    return [Seg(ts, te, g.block, g.line), Seg(ls, le, g.block, g.line, "link")]
