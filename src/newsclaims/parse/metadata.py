"""Metadata the text states: outlet, byline, publication date; and a language guess.

Method: short lines are matched against a few general patterns -- ``By Jane Doe``,
``By Jane Doe | Outlet``, ``Published May 29, 2025`` / ``Updated ...``, a line that is
only a date, a slash dateline ``Outlet/ CITY/ Author/ Edition/``, an agency dateline
``CITY (Agency) -`` at the start of a paragraph, ``© 2025 Outlet``. Dates are read in
the usual English forms (``May 29, 2025``, ``29 May 2025``, ``2025-05-29``) and returned
as ISO ``YYYY-MM-DD``. Only the first 300 characters of a paragraph are looked at.

Limits: numeric dates other than ISO (``05/06/2025``) are ambiguous and ignored; names
are recognised by capitalisation only.
"""
from __future__ import annotations

import datetime as _dt
import re

from .paragraphs import clean

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_M = r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = re.compile(
    r"\b(?:" + _M.format("m1") + r"\.? (?P<d1>\d{1,2})(?:st|nd|rd|th)?,? (?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)? (?:of )?" + _M.format("m2") + r"\.?,? (?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))\b",
    re.I,
)
_LIMIT = 300
_WRAPPED = re.compile(r"([*_]{1,3})(\S(?:.*\S)?)\1")


#: emphasis around a piece of a line ("**Coast Ledger** | 4 Nov 2026"); the marks stand outside words
_WRAPPED_PIECE = re.compile(r"(?<![\w*])([*_]{1,3})([^\s*_](?:[^*_]*[^\s*_])?)\1(?![\w*])")


def _line(s: str) -> str:
    """A short line as the cues read it: invisible characters dropped, white space collapsed,
    and emphasis marks taken off, around the whole line ("*Valley Post, 3 May 2026*") or a piece
    of it ("**Coast Ledger** | 4 Nov 2026")."""
    s = " ".join(clean(s)[:_LIMIT].split())
    m = _WRAPPED.fullmatch(s)
    return m.group(2) if m else _WRAPPED_PIECE.sub(r"\2", s)


_NUMERIC = re.compile(r"\b(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})\b")


def numeric_date(s: str) -> tuple[str | None, int, int] | None:
    """A numeric date ('2012.08.08', '05/03/2013', '11/28/05') as (ISO or None when the
    day/month order is ambiguous, start, end)."""
    m = _NUMERIC.search(s[:_LIMIT])
    if not m:
        return None
    a, b, c = m.group(1), m.group(3), m.group(4)
    try:
        if len(a) == 4:
            return _dt.date(int(a), int(b), int(c)).isoformat(), m.start(), m.end()
        if len(a) > 2:
            return None
        year = int(c) + (2000 if len(c) == 2 and int(c) < 70 else 1900 if len(c) == 2 else 0)
        x, y = int(a), int(b)
        if x > 12 >= y:
            return _dt.date(year, y, x).isoformat(), m.start(), m.end()
        if y > 12 >= x:
            return _dt.date(year, x, y).isoformat(), m.start(), m.end()
        if 1 <= x <= 12 and 1 <= y <= 12:
            return (_dt.date(year, x, y).isoformat() if x == y else None), m.start(), m.end()
    except ValueError:
        return None
    return None


def find_date(s: str) -> tuple[str, int, int] | None:
    """The first date in `s` as (ISO date, start, end), or None."""
    for m in _DATE.finditer(" ".join(s[:_LIMIT].split())):
        g = m.groupdict()
        try:
            if g["y1"]:
                d = _dt.date(int(g["y1"]), _MONTHS[g["m1"].lower()], int(g["d1"]))
            elif g["y2"]:
                d = _dt.date(int(g["y2"]), _MONTHS[g["m2"].lower()], int(g["d2"]))
            else:
                d = _dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        except (ValueError, KeyError):
            continue
        return d.isoformat(), m.start(), m.end()
    return None


def normalise_date(value) -> str | None:
    """An ISO date from a date/datetime or a string in a usual form; None if unreadable."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    s = str(value).strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", s):
        try:
            return _dt.date.fromisoformat(s[:10]).isoformat()
        except ValueError:
            return None
    found = find_date(s)
    return found[0] if found else None


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
_TIME_WORDS = {"am", "pm", "a.m.", "p.m.", "a", "p", "m", "a.m", "p.m", "hrs", "et", "est", "edt", "pt", "pst", "pdt", "gmt", "bst", "cet", "cest",
               "utc", "ist", "msk", "mst", "mdt", "cst", "cdt", "hst", "akst", "akdt", "aest", "aedt", "jst", "kst",
               "sast", "cat", "eat", "wat", "pkt", "eet", "eest", "wet", "west", "hkt", "sgt", "uk", "at", "on", "|", "-", "\u2013", "\u2014", "\u2022", "\u00b7", "/", ","}
_LABEL = re.compile(
    r"[\W_]*(originally published|first published|first posted|last updated|last modified|published time|"
    r"story created|created|published|updated|posted|date|modified|released?|release date)\b[\s:,]*(?:on\s+|at\s+)?",
    re.I)
_MONTH_DAY = re.compile(r"\b" + _M.format("m") + r"\.? \d{1,2}(?:st|nd|rd|th)?\b", re.I)


_PIECES = re.compile(r"[|\u2022\u00b7]|/(?=[A-Za-z])")  # pieces are stripped (a leading \s* scans quadratically)
_RANK = {"published": 0, "date": 1, "updated": 2}


def date_line(s: str) -> tuple[str, str] | None:
    """('published' | 'updated' | 'date', ISO) if the line is a dateline such as
    '| Published May 29, 2025', 'Published May 29 | Updated May 30, 2025' or
    'Thursday 29 May 2025 10.02 BST'; else None."""
    s = _line(s)
    if len(s.split()) > 16:
        return None
    pieces = [p for p in (q.strip() for q in _PIECES.split(s)) if p]
    if len(pieces) > 1:
        found = [_date_piece(p) or (("time", None) if _only_time(p.split()) else None) for p in pieces]
        dated = [x for x in found if x and x[0] != "time"]
        if not all(found) or not dated:
            return None
        return min(dated, key=lambda x: _RANK[x[0]])
    return _date_piece(s)


def _only_time(words: list[str]) -> bool:
    """Only times, weekdays, time zones, separators and dateline labels ('8:20 am',
    '5:40 p. m. ET', 'Updated 2 hours ago'); a trailing 'by Name' is allowed."""
    for k, w in enumerate(words):
        lw = w.lower().strip(".,:;")
        if not lw or lw in _WEEKDAYS or lw in _TIME_WORDS or lw in _LABEL_WORDS or _TIME_TOKEN.fullmatch(lw.strip("()")):
            continue
        if lw == "by" and k + 1 < len(words) and person_name(" ".join(words[k + 1:])):
            return True
        return False
    return True


_LABEL_WORDS = {"published", "updated", "posted", "modified", "last", "first", "ago", "hour", "hours", "min", "mins",
                "minute", "minutes", "day", "days", "week", "weeks", "second", "seconds", "an", "one"}


def by_name(s: str) -> str | None:
    """The name in a dateline's trailing 'by Name' ('Posted on May 30, 2025 by Ann Smith')."""
    words = _line(s).split()
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() == "by":
            name = " ".join(words[k + 1:]).strip(" .,")
            return name if person_name(name) else None
    return None


_TIME_TOKEN = re.compile(r"[\d:.]+(?:am|pm|a\.m|p\.m|a|p)?|(?:gmt|utc)?[+-]?\d{1,2}(?::?\d{2})?|(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?")


#: a place in capitals and a comma before the date ("WASHINGTON, DC,"; not "STORM HITS CITY ON")
_CAPS_PLACE = re.compile(r"(?:[A-Z][A-Z.]+ ){0,2}[A-Z][A-Z.]+,(?: [A-Z][A-Z.]+,)?")


def _date_piece(s: str) -> tuple[str, str] | None:
    label = "date"
    m = _LABEL.match(s)
    if m:
        label = "updated" if m.group(1).lower() in ("last updated", "updated", "modified") else "published"
        s = s[m.end():]
    found = find_date(s) or numeric_date(s)
    if not found:
        m = _MONTH_DAY.search(s)  # 'Jul. 7 5:59 PM EDT': a dateline without the year
        if m and _only_time(s[:m.start()].split() + s[m.end():].split()):
            return label, None
        return (label, None) if label != "date" and s.split() and _only_time(s.split()) else None
    iso, a, b = found
    head = "" if _CAPS_PLACE.fullmatch(s[:a].strip()) else s[:a]  # 'WASHINGTON, DC, April 28, 2009'
    rest = (head + " " + s[b:]).replace(",", " ").split()
    if not _only_time([w for w in rest if not re.fullmatch(r"[\W_]+", w)]):
        return None
    return label, iso


_NAME_TOKEN = re.compile(r"(?:[A-Z][\w'\u2019\-]*\.?|[A-Z]\.|(?:de|da|van|von|der|den|al|bin|la|le|du|del|di|y)|[A-Z]\.[A-Z]\.)")
_CONNECT = {"and", "&"}


def person_name(s: str) -> bool:
    """1-5 capitalised tokens (initials, particles and 'and' between names allowed)."""
    toks = s.replace(",", " , ").split()
    if not toks or len(toks) > 12:
        return False
    names = 0
    for t in toks:
        if t in _CONNECT or t == ",":
            continue
        if not _NAME_TOKEN.fullmatch(t):
            return False
        names += 1
    return 1 <= names <= 9 and toks[0] not in _CONNECT and toks[-1] not in _CONNECT | {","}


_BY = re.compile(r"[\W_]*(?:written |words |story |text |reported )?by[:\s]\s*", re.I)
_AUTHOR = re.compile(r"[\W_]*(?:author|authors|byline|writer|reporter)\s*:\s*", re.I)


#: what separates a byline line's pieces ('By Jane Doe | Outlet - 14 March 2026')
_BYLINE_SEP = re.compile(r"\s[|\u2022\u00b7\u2013\u2014-]\s|\|")


def byline_line(s: str) -> tuple[str, str | None] | None:
    """(byline, outlet or None) from 'By Jane Doe', 'By Jane Doe | Outlet', 'By Jane Doe, Outlet',
    'Author: Jane Doe'; else None."""
    s = _line(s)
    if len(s.split()) > 18:
        return None
    m = _BY.match(s) or _AUTHOR.match(s)
    if not m:
        return None
    rest = s[m.end():]
    found = find_date(rest)
    if found:
        rest = rest[:found[1]]
    parts = [p.strip(" ,;|-\u2013\u2014\u2022\u00b7") for p in _BYLINE_SEP.split(rest)]
    parts = [p for p in parts if p]
    if not parts:
        return None
    name, outlet = parts[0], (parts[1] if len(parts) > 1 else None)
    if "," in name:  # 'Jane Doe, Outlet' / 'Jane Doe and John Roe, Outlet' / 'A, B and C'
        head, tail = (x.strip() for x in name.rsplit(",", 1))
        if tail.startswith("and ") or " and " in f" {tail} " or ("," in head and " and " not in head):
            pass  # a list of names
        elif any(w.lower() in _ROLES for w in tail.split()):
            name = head
        elif _outlet_like(tail):
            name, outlet = head, outlet or tail
        else:  # 'By Friday, Microsoft was aware ...': a sentence, not a byline
            return None
    if not person_name(name) or any(w.lower().strip(".,") in _NOT_NAMES for w in name.split()):
        return None
    if outlet and not _outlet_like(outlet):
        outlet = None
    return name, outlet


def byline_date(s: str) -> tuple[str, str] | None:
    """The dated piece of a byline line ('By Jane Doe | Outlet | Published 14 March 2026', 'By Jane
    Doe, Outlet, 14 March 2026'), as `date_line` gives it: a piece after the first, or the text
    after a comma, that is only a (labelled) date and a time."""
    s = _line(s)
    pieces = [p.strip(" ,;-\u2013\u2014") for p in _BYLINE_SEP.split(s)]
    dated = [d for d in (_date_piece(p) for p in pieces[1:] if p) if d and d[1]]
    if not dated:  # 'By Jane Doe, Outlet, 14 March 2026': a date closing the line after a comma
        dated = [d for d in (_date_piece(s[k + 1:].strip()) for k, ch in enumerate(s) if ch == ",")
                 if d and d[1]][:1]
    return min(dated, key=lambda x: _RANK[x[0]]) if dated else None


#: what separates an outlet from its date on one line ('Morning Post | 19 November 2026',
#: 'Finance Wire, 18 November 2026', 'Harbour Courier - 4 March 2026')
_OUTLET_DATE_SEP = re.compile(r"[|\u2022\u00b7,]|\s[\u2013\u2014-]\s")  # (pieces are stripped: no \s* scans)


_PIECE_SEP = re.compile(r"[|\u2022\u00b7]")


def piece_byline(s: str) -> tuple[str, str | None]:
    """A line of pieces with a byline among them ('Coast Ledger | 4 Nov 2026 | By Tom Vesely'):
    (the line without that piece, the byline); (the line, None) when no later piece is one."""
    s = _line(s)
    pieces = [p.strip() for p in _PIECE_SEP.split(s)]
    if len(pieces) < 3:
        return s, None
    for k, p in enumerate(pieces[1:], 1):
        by = byline_line(p) if p else None
        if by and not by[1]:
            return " | ".join(pieces[:k] + pieces[k + 1:]), by[0]
    return s, None


def outlet_date_line(s: str) -> tuple[str, str, str] | None:
    """(name, label, ISO) from a line that is a name and a date only, in either order
    ('Morning Post | 19 November 2026', '18 November 2026 - Finance Wire', 'Finance Wire,
    Published 18 November 2026'); the label is as `date_line` gives it. The name is an outlet or,
    when it opens with a known given name, a byline written without 'By' (`byline_or_outlet`).
    Not a place: 'London, 19 November 2026' is a dateline, and a place of the gazetteer is no
    outlet; nor is a label or a weekday ('End of Watch: Friday, June 24, 2005'). Limits: an
    outlet named like a person ('Alice Springs News' opens with 'Alice') is taken for a byline."""
    s = piece_byline(s)[0]  # 'Coast Ledger | 4 Nov 2026 | By Tom Vesely': the byline is read apart
    if len(s.split()) > 14:
        return None
    for m in _OUTLET_DATE_SEP.finditer(s):
        a, b = s[:m.start()].strip(), s[m.end():].strip()
        for name, rest in ((a, b), (b, a)):
            dated = _date_piece(rest) if rest else None
            if dated and dated[1] and _outlet_like(name) and not _caps(name) and not _is_place(name) \
                    and ":" not in name and not any(w.lower() in _WEEKDAYS or w.lower() in _MONTHS for w in name.split()):
                return name, dated[0], dated[1]
    return None


def byline_or_outlet(name: str) -> str:
    """'byline' when `name` opens with a given name of the census lists ('Paul Strand'), else
    'outlet' ('Morning Post')."""
    from ..extract.entities import is_given_name  # (a word list; extract does not import parse)
    words = name.split()
    return "byline" if len(words) >= 2 and person_name(name) and is_given_name(words[0]) else "outlet"


def _is_place(name: str) -> bool:
    from ..extract.gazetteer import lookup
    rec = lookup(name)
    return rec is not None and rec.get("kind") not in (None, "org")


def _outlet_like(s: str) -> bool:
    """A short capitalised name without digits, dates or job titles."""
    ws = s.split()
    return (0 < len(ws) <= 5 and s[0].isupper() and not date_line(s) and last_char(s) not in ".!?"
            and not any(w.lower() in _ROLES or any(c.isdigit() for c in w) for w in ws))


def last_char(s: str) -> str:
    return s.rstrip()[-1:] if s.strip() else ""


_NOT_NAMES = set(_MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                             "today", "tonight", "now", "then", "this", "that", "these", "those", "all", "some",
                             "law", "order", "contrast", "comparison", "far", "way", "the", "a", "an"}


_ROLES = {"staff", "writer", "writers", "correspondent", "reporter", "editor", "contributor", "columnist",
          "chief", "senior", "special", "freelance", "analyst", "producer"}


_EDITION = {"edition", "update", "updates", "bureau", "desk", "staff", "section", "news", "report", "daily"}


def dateline_fields(s: str) -> dict[str, str]:
    """Outlet and byline from a slash dateline 'Outlet/ CITY/ Author/ Edition/'."""
    parts = [p.strip() for p in s.split("/") if p.strip()]
    out: dict[str, str] = {}
    caps = next((k for k, p in enumerate(parts) if _caps(p)), None)
    if caps is None:
        if parts and not person_name_strict(parts[0]):
            out["outlet"] = parts[0]
        rest = parts[1:]
    else:
        if caps > 0:
            out["outlet"] = parts[caps - 1]
        rest = parts[caps + 1:]
    for p in rest:
        if person_name_strict(p) and not any(w.lower() in _EDITION for w in p.split()):
            out["byline"] = p
            break
    return out


def person_name_strict(s: str) -> bool:
    toks = s.split()
    return 2 <= len(toks) <= 4 and person_name(s)


def _caps(p: str) -> bool:
    letters = [c for c in p if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_AGENCY_DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019\- ]{1,30}(?:, [A-Za-z0-9. ]{1,25})?\s?\((?P<a>[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,3})\)\s*[-\u2013\u2014:]")
_COPYRIGHT = re.compile(r"(?:\u00a9|(?i:copyright)|\((?i:c)\))\s*(?:\d{4}\s*)?(?P<o>[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){0,3})")


def agency_dateline(s: str) -> str | None:
    """'WASHINGTON (Reuters) - ...' -> 'Reuters'."""
    m = _AGENCY_DATELINE.match(s[:120])
    return m.group("a") if m else None


#: a news dateline opening a paragraph: a place in capitals, optionally ", Region" or ", March 14"
#: and "(Agency)", then a dash or a colon and a capitalised word ("KYIV, Ukraine (AP) — Russian ...")
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'\u2019\-]{2,}(?: [A-Z][A-Z.'\u2019\-]+){0,3})(?:, [A-Z][A-Za-z0-9.]*(?: [A-Za-z0-9.]+){0,3})?"
    r"(?: ?\([A-Z][\w&.]*(?: [A-Z][\w&.]*){0,3}\))?\s?[-\u2013\u2014:]+\s+(?=[\"\u201c'\u2018]?[A-Z0-9])")


def dateline_end(s: str) -> int:
    """Length of the news dateline that opens paragraph text `s` ("ROTTERDAM — ", "KYIV, Ukraine
    (AP) — ", "LONDON, March 14 (Reuters) - ", "MUMBAI: "), 0 when there is none. The place must
    be in capitals: "NATO — the alliance ..." (lower case after the dash) is not a dateline."""
    m = _DATELINE.match(s[:160])
    return m.end() if m else 0


def dateline_place(s: str) -> str | None:
    """The place of the news dateline that opens paragraph text `s`, as written ("ROTTERDAM",
    "KYIV"), None when there is none."""
    m = _DATELINE.match(s[:160])
    return m.group("place") if m else None


def copyright_outlet(s: str) -> str | None:
    m = _COPYRIGHT.match(clean(s)[:120].strip())
    if not m:
        return None
    o = m.group("o").rstrip(".")
    return o if o.lower() not in ("all", "the", "by") else None


# ------------------------------------------------------------ language
_EN = frozenset("the of and to a in is that for on with as was by it at from are be this have has said not "
                "but or an will his he they their its were which who been would after more".split())
_SCRIPT_NAMES = {"CJK": "han", "HANGUL": "hangul", "HIRAGANA": "japanese", "KATAKANA": "japanese"}


def guess_language(text: str) -> tuple[str, str | None]:
    """('en' or a script/language guess, a warning or None). Looks at the first 100,000
    characters: mostly non-Latin letters -> the script's name (e.g. 'cyrillic', 'arabic',
    'han'); Latin letters with few English function words -> 'und' (undetermined)."""
    import unicodedata

    sample = text[:100_000]
    latin = 0
    other: dict[str, int] = {}
    for ch in sample:
        if not ch.isalpha():
            continue
        o = ord(ch)
        if o < 0x250 or 0x1E00 <= o < 0x1F00:
            latin += 1
        else:
            name = unicodedata.name(ch, "UNKNOWN").split()[0]
            other[name] = other.get(name, 0) + 1
    n_other = sum(other.values())
    if n_other > latin:
        script = max(sorted(other), key=other.get)
        lang = _SCRIPT_NAMES.get(script, script.lower())
        return lang, f"the text is mostly in {lang} script, not English; extraction is tuned for English news"
    head = "".join(ch for ch in sample[:20_000]  # zero-width, bidi and control characters hide no word
                   if ch.isspace() or unicodedata.category(ch) not in ("Cf", "Cc"))
    words = [w.lower() for w in head.split()][:2000]
    if len(words) >= 30:
        share = sum(1 for w in words if w.strip(".,;:!?\"'()\u201c\u201d\u2018\u2019") in _EN) / len(words)
        if share < 0.08:
            return "und", "the text does not look like English; extraction is tuned for English news"
    return "en", None


# ------------------------------------------------------------ gathering
_HEAD_SEGS = 12  # a bare date line counts as the publication date only near the top


def gather(texts: list[str], hints: list[str | None], kinds: list[str]) -> dict[str, str]:
    """outlet / byline / published stated by the paragraphs (first statement wins; a
    'Published' date beats a bare date line, which beats 'Updated'). A short name line right
    under the title, beside a byline or date line, is the outlet when nothing else names one."""
    found: dict[str, str] = {}
    outlets: list[tuple[int, str]] = []  # (priority, outlet)
    dates: list[tuple[int, str]] = []
    body_seen = 0
    for i, (t, hint, kind) in enumerate(zip(texts, hints, kinds)):
        if hint == "byline":
            found.setdefault("byline", t)
            continue
        if hint == "outlet":
            outlets.append((1, t))
            continue
        if hint == "dateline":
            f = dateline_fields(t)
            if "outlet" in f:
                outlets.append((0, f["outlet"]))
            if "byline" in f:
                found.setdefault("byline", f["byline"])
            continue
        if kind == "boilerplate":
            dl = date_line(t)
            if dl:
                label, iso = dl
                name = by_name(t)
                by = None if name else byline_line(t)  # 'By Jane Doe | March 14, 2026'
                if name or by:
                    found.setdefault("byline", name or by[0])
                if by and by[1]:
                    outlets.append((1, by[1]))
                if iso is None:
                    continue
                if label == "published":
                    dates.append((0, iso))
                elif label == "date" and i < _HEAD_SEGS:
                    dates.append((1, iso))
                elif label == "updated":
                    dates.append((2, iso))
                continue
            by = byline_line(t)
            if by:
                found.setdefault("byline", by[0])
                if by[1]:
                    outlets.append((1, by[1]))
                dated = byline_date(t)  # 'By Jane Doe | Outlet | 14 March 2026'
                if dated and (dated[0] != "date" or i < _HEAD_SEGS):
                    dates.append((_RANK[dated[0]], dated[1]))
                continue
            od = outlet_date_line(t)  # 'Morning Post | 19 November 2026'
            if od:
                name, label, iso = od
                by = piece_byline(t)[1]  # '... | By Tom Vesely'
                if by:
                    found.setdefault("byline", by)
                if byline_or_outlet(name) == "byline":
                    found.setdefault("byline", name)
                else:
                    outlets.append((1, name))
                if label != "date" or i < _HEAD_SEGS:
                    dates.append((_RANK[label], iso))
                continue
            co = copyright_outlet(t)
            if co:
                outlets.append((3, co))
        elif kind == "body" and body_seen < 3:
            body_seen += 1
            ag = agency_dateline(t)
            if ag:
                outlets.append((2, ag))
        elif kind == "heading" and i <= 2 and _beside_byline(texts, kinds, i) and outlet_name(t):
            outlets.append((4, t.strip()))  # "Headline / Capital Ledger / By Omar Haddou / 5 December 2026"
    if outlets:
        found["outlet"] = min(outlets, key=lambda x: x[0])[1]
    if dates:
        found["published"] = min(dates, key=lambda x: x[0])[1]
    return found


_DESK_WORDS = {"desk", "staff", "section", "bureau", "edition", "update", "updates", "team"}


def _beside_byline(texts: list[str], kinds: list[str], i: int) -> bool:
    """A boilerplate byline or date line is right before or after segment `i`."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(texts) and kinds[k] == "boilerplate" and (byline_line(texts[k]) or date_line(texts[k])):
            return True
    return False


def outlet_name(s: str) -> bool:
    """A line that can only be a publication's name: short, capitalised in every word, no person
    (no given name first), no place, no desk or section ("Sports Desk")."""
    s = s.strip()
    ws = s.split()
    return (_outlet_like(s) and len(ws) <= 4 and all(w[:1].isupper() or w.lower() in ("of", "the", "and", "&") for w in ws)
            and byline_or_outlet(s) == "outlet" and not _is_place(s) and not any(w.lower() in _DESK_WORDS for w in ws))


_TITLE_SEP = re.compile(r" [|\u2013\u2014-] ")  # on a title with white space collapsed (linear: no \s+ run)


def title_outlet(page_title: str, headline: str | None) -> str | None:
    """The publication a page's <title> names after its headline ("Blaze grows | Metro Herald",
    "Blaze grows - Metro Herald"): the last part after a bar or dash, when what comes before it
    opens the headline (or is opened by it) and the part is a publication's name (`outlet_name`).
    None otherwise, so a headline with a dash of its own ("Storm - what we know") gives none."""
    parts = _TITLE_SEP.split(" ".join(page_title.split()))
    if len(parts) < 2 or not headline:
        return None
    head, name = " ".join(parts[:-1]).lower(), parts[-1]
    words, lead = re.findall(r"\w+", head), re.findall(r"\w+", headline.lower())
    k = min(len(words), len(lead))
    if k < 2 or words[:k] != lead[:k] or not outlet_name(name):
        return None
    return name


def front_matter(block: str) -> dict[str, str]:
    """title/published/byline/outlet/url from Markdown front matter ('key: value' lines)."""
    keys = {"title": "title", "date": "published", "published": "published", "author": "byline",
            "authors": "byline", "byline": "byline", "outlet": "outlet", "publisher": "outlet",
            "site": "outlet", "sitename": "outlet", "url": "url", "link": "url"}
    out: dict[str, str] = {}
    for line in block.splitlines()[:200]:
        k, sep, v = line.partition(":")
        k, v = k.strip().lower(), v.strip().strip("\"'")
        if sep and v and k in keys:
            field = keys[k]
            if field == "published":
                v = normalise_date(v) or ""
            if v:
                out.setdefault(field, v)
    return out
