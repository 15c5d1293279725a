"""Cues about one paragraph's text: is it headline-like, a bullet, web-page debris?

Every cue is about English web news in general (capitalisation, length, terminal
punctuation, credit/handle/URL patterns, widely used page labels), never about one
site or article. Cues look at a bounded prefix/suffix of the text so that a paragraph
of any length is judged in constant time beyond one linear `clean`/`split`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .paragraphs import clean, is_url, last_visible

#: words that stay lower case in Title Case (and a few that headline writers often leave so)
MINOR = frozenset(
    "a an the and but or nor for so yet as at by in of on to up via with from into onto over vs v per off out "
    "than amid about after before under between is are was be its his her their if not no".split()
)
_WORD = re.compile(r"[^\W\d_][\w'\u2019.\-]*")
_BULLET = re.compile(r"(?:[-*+\u2022\u00b7\u25aa\u2023\u25cf\u25e6\u2013]|(\d{1,3})[.)])[ \t\u00a0]+")
HEAD = 400  # characters of a paragraph the pattern cues look at


@dataclass
class Feat:
    """What the cues need about one paragraph (computed once)."""

    text: str  # visible text (invisible characters removed)
    n_words: int
    last: str  # last visible character, closing quotes/brackets ignored
    words: list[str] = field(default_factory=list)  # alphabetic words of the first HEAD chars
    marker: str = ""  # bullet marker with its space, if any
    numbered: bool = False

    @property
    def body(self) -> str:
        """The text after any bullet marker."""
        return self.text[len(self.marker):]

    @property
    def terminal(self) -> bool:
        return self.last in ".!?;\u2026" or self.text.endswith("...")


def features(raw: str) -> Feat:
    t = " ".join(clean(raw).split())
    m = _BULLET.match(t)
    marker = m.group(0) if m else ""
    head = t[:HEAD]
    return Feat(text=t, n_words=len(t.split()), last=last_visible(t), words=_WORD.findall(head[len(marker):]),
                marker=marker, numbered=bool(m and m.group(1)))


def lower_words(f: Feat) -> list[str]:
    return [w.lower().strip(".'\u2019-") for w in f.words]


def title_case(f: Feat) -> bool:
    """Most content words start with a capital (or the line is in capitals)."""
    content = [w for w in f.words if w.lower().strip(".'\u2019") not in MINOR]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps / len(content) >= 0.75 and f.words[0][0].isupper()


def all_caps(f: Feat) -> bool:
    letters = [c for c in f.body[:HEAD] if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019]? [\"'\u201c\u2018]?[A-Z]")
_ABBREV = frozenset("mr mrs ms dr st jr sr gen gov sen rep prof inc ltd co corp vs etc no col lt sgt capt".split())


def several_sentences(t: str) -> bool:
    """A sentence end followed by a capitalised word inside the text (abbreviations and
    initials such as 'J. Doe', 'U.S. troops', 'Gen. X' do not count)."""
    head = t[:HEAD]
    for m in _SENT_END.finditer(head):
        before = head[max(0, m.start() - 30):m.start()].split()
        w = before[-1].strip("\"'\u201c\u2018(") if before else ""
        if len(w) >= 3 and not (w[0].isupper() and len(w) <= 3) and "." not in w and w.lower() not in _ABBREV:
            return True
    return False


def headline_like(f: Feat) -> bool:
    """Short, no sentence-final punctuation, Title Case (or capitals, or a short `Label:`)."""
    t = f.body
    if not f.words or f.n_words > 16 or len(t) > 140 or several_sentences(t):
        return False
    if f.last in ".!;,\u2026" or t.endswith("..."):
        return False
    if f.last == ":" and f.n_words <= 3 and f.words[0][0].isupper():
        return True
    return title_case(f) or all_caps(f)


def title_candidate(f: Feat) -> bool:
    """Could open an article as its headline (sentence case allowed)."""
    if not f.words or f.marker or f.n_words > 30 or len(f.text) > 250 or several_sentences(f.text):
        return False
    return f.last not in ".!;,:\u2026" and not f.text.endswith("...") and f.words[0][0].isupper()


def short_label(f: Feat) -> bool:
    """A short line without sentence punctuation, commas or quotation marks (a heading,
    or a page label)."""
    t = f.text
    return bool(f.words) and not f.marker and f.n_words <= 8 and len(t) <= 80 and not f.terminal \
        and f.last not in ",:" and t[:1].isupper() and not any(c in t for c in ",\"\u201c\u201d\u2018")


# ------------------------------------------------------------ web-page debris
_DEBRIS_WHOLE = frozenset([
    "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content", "promoted",
    "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
    "tweet", "print", "email", "e-mail", "copy link", "link copied", "comments", "comment", "subscribe",
    "related", "recommended", "trending", "popular", "latest", "more", "menu", "search", "close", "login",
    "home", "homepage", "home page", "navigation", "main menu", "toggle navigation", "open menu",
    "log in", "sign in", "register", "skip to content", "skip to main content", "back to top", "top",
    "next", "previous", "next article", "previous article", "loading", "show more", "load more",
    "view comments", "listen", "watch", "play", "continue", "click here", "story continues below",
    "continue reading", "scroll to continue", "skip advertisement", "you may also like",
    "you might also like", "read more", "read also", "also read", "see also", "read next",
])
_DEBRIS_PHRASES = (
    "read more", "also read", "read also", "read next", "see also", "related articles", "related stories",
    "related content", "related coverage", "related topics", "recommended for you", "recommended stories",
    "most read", "most popular", "most viewed", "trending now", "reading now", "are reading",
    "also reading", "you may also like", "you might also like", "more from", "more stories", "more news",
    "top stories", "latest news", "latest stories", "don't miss", "do not miss", "editor's picks",
    "sign up for", "subscribe to", "follow us", "newsletter", "story continues", "continue reading",
    "click here", "min read", "minute read", "minutes read", "listen to this", "what to read next",
    "up next", "in case you missed", "also on", "more on this", "more in", "watch now", "watch live",
    "leave a comment", "leave a reply", "post a comment", "add a comment", "join the conversation",
    "comments are closed", "show comments", "view comments", "reuse this content", "explore more",
)
_FORM_DEBRIS = re.compile(
    r"required fields are marked|your email address will not be published|opens (?:in )?(?:a )?new (?:tab|window)|"
    r"we use cookies|accept (?:all )?cookies|privacy policy|terms of (?:use|service)|cookie policy|"
    r"\bcontributed (?:to (?:this|the) (?:report|story|article)|reporting\b|from [A-Z])|"
    r"all rights reserved|this (?:article|story) (?:was|has been) (?:updated|corrected)\b", re.I)
_DEBRIS_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _DEBRIS_PHRASES) + r")\b")
_DEBRIS_PREFIX = re.compile(
    r"(?:read more|read also|also read|see also|related|recommended|watch|listen|more|advertisement|"
    r"sponsored|trending|latest|don't miss|must read)\b ?[:|\u2013\u2014>\u203a-]",
    re.I,
)
_ADVERT = re.compile(
    r"(?:ads? by|advertisement|sponsored(?: by| content| post)?|promoted(?: by| content)?|paid (?:content|post|partnership)|"
    r"partner content|presented by|in partnership with|brought to you by)\b", re.I)


def debris_label(f: Feat) -> bool:
    """A navigation/teaser/share/'read more' label, a comment-form or cookie notice, a
    'X contributed to this report' credit: by a lexicon of generic page labels."""
    lw = " ".join(lower_words(f))
    if not lw:
        return False
    if f.n_words <= 6 and lw in _DEBRIS_WHOLE:
        return True
    if f.n_words <= 8 and not f.terminal and _DEBRIS_RE.search(lw):
        return True
    return f.n_words <= 30 and bool(_DEBRIS_PREFIX.match(f.body) or _FORM_DEBRIS.search(f.text[:HEAD]))


def advert(f: Feat) -> bool:
    return f.n_words <= 12 and bool(_ADVERT.match(f.body))


#: photo agencies and stock libraries (credits name them)
_AGENCIES = (
    "getty images", "shutterstock", "alamy", "istock", "istockphoto", "unsplash", "pexels", "pixabay",
    "wikimedia commons", "creative commons", "ap photo", "afp via getty", "afp photo", "epa-efe", "epa",
    "reuters", "associated press", "sipa", "xinhua", "anadolu", "tass", "sputnik", "dpa", "ansa",
    "zuma press", "nurphoto", "imago", "bloomberg via getty", "pool", "handout", "file photo",
)
_CREDIT_PREFIX = re.compile(
    r"[(\[]?(?:photo(?:graph|s)?|image|picture|pictured|credit|credits|illustration|video|file|source|via)\b ?(?:by|credit)?\s*[:|/\u00a9]"
    r"|\(?courtesy(?: of)?\b|(?-i:SOURCE) [A-Z]",
    re.I)
_CREDIT_ANY = re.compile(
    r"purchase licensing rights|all rights reserved|\u00a9|\(c\) \d{4}|image credit|photo credit|"
    r"photo by |photograph by |getty images|shutterstock|/ ?ap photo|ap photo/|via reuters|via getty", re.I)
_AGENCY_SLASH = re.compile(r"\b[A-Z]{2,}(?: [A-Z]{2,})?/[A-Z][a-z]+(?: [A-Z][a-z]+)+")


def credit(f: Feat) -> bool:
    """An image credit ('Name / Agency', 'AGENCY/Name', 'Photo: ...', 'Purchase Licensing Rights').
    In a long paragraph only its last 90 characters count (where a caption's credit sits),
    and only if it does not end as a sentence does (credits carry no final period)."""
    t = f.text
    if f.n_words <= 25 and _CREDIT_PREFIX.match(t):
        return True
    short = len(t) <= 200 and f.n_words <= 12
    tail = t if short else t[-90:]
    if (short or f.last not in ".!?") and (_CREDIT_ANY.search(tail) or _AGENCY_SLASH.search(tail)):
        return True
    if f.n_words <= 8 and not f.terminal and ":" not in t and t.count("/") in (1, 2):
        sides = [x.strip() for x in t.split("/")]
        if all(sides) and all(len(x.split()) <= 4 for x in sides):
            return " / " in t or any(a in sides[-1].lower() for a in _AGENCIES)
    return False


_PHOTO = re.compile(r"photo|image|picture|getty|shutterstock|alamy|istock|unsplash|licensing rights|courtesy", re.I)


def image_credit(f: Feat) -> bool:
    """A bare credit line of a picture ('Name / Agency', 'Photo: Name/AP'): short, with no
    description of its own; not a text source or copyright line."""
    head = f.text[:200]
    return f.n_words <= 6 and ". " not in head and credit(f) and bool(_PHOTO.search(head) or "/" in head)


def tag_list(f: Feat) -> bool:
    """'A, B, C, D' or 'Tags: ...': three or more short capitalised items, no sentence."""
    t = f.text
    if t.lower().startswith(("tags:", "topics:", "tagged:", "filed under:", "categories:", "keywords:")):
        return True
    if f.terminal or ":" in t or f.n_words > 30 or f.marker or all_caps(f):
        return False
    for sep in (",", "|", "\u00b7", "\u2022", ";"):
        items = [x.strip() for x in t.split(sep)]
        if len(items) >= 3 and all(items) and all(_tag_item(x) for x in items):
            return not (sep == "," and _name_aside_fate(items))
    return False


#: what a headline says befell the person it names ("Jane Doe, Swimmer Turned Actress, Dies")
HEADLINE_FATES = frozenset("dies dead resigns retires quits steps arrested charged convicted jailed sentenced "
                           "freed released acquitted killed injured hurt hospitalised hospitalized missing found "
                           "honoured honored elected appointed named fired sacked".split())


def _name_aside_fate(items: list[str]) -> bool:
    """'Jane Doe, Swimmer Turned Actress, Dies': a name, an aside of two words or more and a fate
    (`HEADLINE_FATES`) is a headline, not three tags."""
    last = items[-1].split()
    return len(items) == 3 and len(items[0].split()) >= 2 and len(items[1].split()) >= 2 \
        and last[0].lower() in HEADLINE_FATES


def _tag_item(x: str) -> bool:
    ws = x.split()
    return 1 <= len(ws) <= 3 and all(w[:1].isupper() or w[:1].isdigit() or w == "&" for w in ws)


_NAV_START = ("home", "homepage", "home page", "front page", "main page", "you are here", "main menu")


def breadcrumb(f: Feat) -> bool:
    """Navigation trail: 'Home > World > Europe', 'Homepage News <headline>...'."""
    t = f.text
    lw = t[:40].lower()
    if f.n_words <= 30 and any(lw.startswith(s + " ") or lw.startswith(s + ">") for s in _NAV_START):
        return f.last not in ".!?" or t.endswith(("...", "\u2026"))
    seps = sum(t.count(s) for s in ("\u203a", "\u00bb", " > ", " / "))
    return seps >= 2 and f.n_words <= 20 and not f.terminal


def truncated(f: Feat) -> bool:
    """A teaser cut short with an ellipsis."""
    return f.text.endswith(("...", "\u2026")) and not f.marker and f.n_words <= 40


_SOURCES = re.compile(r"(?:sources?|references?|further reading|bibliography|citations?|works cited)\s*:\s*", re.I)
_REF_SEP = re.compile(r"\s[\u2013\u2014-]\s|\s\|\s")
_PRODUCTION = re.compile(  # after any emphasis marks or a dash ("*Additional reporting by X*", "— Editing by")
    r"[*_\u2014\u2013 -]*\(?(?:additional |further )?(?:reporting|writing|editing|compiled|produced|research|graphics|translated)"
    r"(?: and (?:writing|editing|reporting))? by\b|\(?(?:editing|reporting) by\b", re.I)
_COPYRIGHT = re.compile(r"(?:\u00a9|copyright\b|\(c\) ?\d{4})", re.I)


def sources_label(f: Feat) -> bool:
    """'Sources:' / 'References:' opening a list: nothing after the colon, or a reference
    entry ('OUTLET – Title', a link). 'Sources: X will happen' is a headline, not a list."""
    m = _SOURCES.match(f.text)
    return bool(m) and (m.end() == len(f.text) or reference_like(f.text[m.end():]))


def reference_like(t: str) -> bool:
    """A reference-list entry: holds a link, or starts with a short name (often in
    capitals) set off by a dash or bar ('THE OUTLET – Title of the piece')."""
    toks = t.split()
    if not toks:
        return False
    if any(is_url(x) for x in toks[:40]):
        return True
    m = _REF_SEP.search(t[:120])
    if m and len(t[:m.start()].split()) <= 6:
        return True
    return len(toks[0]) >= 2 and toks[0].isupper() and toks[0].isalpha() and len(toks) > 1 and toks[1][:1].isupper()


def production_credit(f: Feat) -> bool:
    """Agency credit lines: 'Reporting by ...; Editing by ...'."""
    return f.n_words <= 40 and bool(_PRODUCTION.match(f.text))


def copyright_line(f: Feat) -> bool:
    return f.n_words <= 20 and bool(_COPYRIGHT.match(f.text))


_RELATIVE = re.compile(
    r"[\W_]*(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:\d{1,3}|an?|one)\s+"
    r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago\W*$", re.I)


def relative_time(f: Feat) -> bool:
    """'Posted 3 hours ago', 'Updated 5 mins ago'."""
    return f.n_words <= 8 and bool(_RELATIVE.match(f.text))


def link_only(f: Feat) -> bool:
    toks = f.text.split()
    return 0 < len(toks) <= 20 and all(is_url(x) for x in toks)


_HANDLE = re.compile(r"\(@\w{1,30}\)|(?:^|\s)@\w{1,30}\b")
_SOCIAL = ("twitter.com", "x.com/", "pic.twitter", "t.co/", "instagram.com", "facebook.com", "fb.watch",
           "tiktok.com", "youtube.com", "youtu.be", "bsky.app", "threads.net", "t.me/")


def embed_attribution(f: Feat) -> bool:
    """'— Name (@handle) May 28, 2025' or 'A post shared by Name (@handle)'."""
    t = f.text
    if f.n_words > 25:
        return False
    starts_dash = t[:1] in "\u2014\u2013-~"
    has_handle = bool(_HANDLE.search(t[:200]))
    return (starts_dash and has_handle) or t.lower().startswith(("a post shared by", "a video posted by"))


_POST_LEAD = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,}){0,2}:")
_TAGS = re.compile(r"(?:^|\s)[#@]\w")


def post_like(f: Feat) -> bool:
    """Reads like a social-media post: 'BREAKING:' lead-in, hashtags/@mentions, emoji, cut with '...'."""
    t = f.text[:400]
    return bool(_POST_LEAD.match(t) or _TAGS.search(t) or any(ord(c) >= 0x1F300 for c in t)
                or truncated(f))


def social_link(f: Feat) -> bool:
    low = f.text.lower()
    return link_only(f) and any(s in low for s in _SOCIAL)
