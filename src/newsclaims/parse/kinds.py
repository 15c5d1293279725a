"""Paragraph kinds: title | heading | body | bullet | boilerplate | caption | embed.

Method, in passes over the segments (each linear in their number):

1. Debris by the paragraph's own text: layout hints (slash dateline, trailing link,
   Markdown rules/code/front matter), lines without words, bare links, embed
   attributions ('— Name (@handle) date'), advert labels, datelines and bylines,
   image credits (a long line that ends in a credit is a caption), breadcrumbs,
   tag lists, generic page labels ('Read more', 'Share'), agency production credits,
   copyright lines, and 'Sources:' / 'References:' lists (with the lines after them).
2. A teaser cut short with '...' whose words open another paragraph is debris.
3. A paragraph repeated verbatim: the second and later copies are boilerplate.
4. Structure: bullets ('-', '*', '•', '1.'); a numbered line that is a short Title Case
   phrase without a final period is a heading; headline-like lines (short, no final
   punctuation, Title Case or a short 'Label:') are headings; short sentence-case lines
   without punctuation are headings when content follows them and page labels
   (boilerplate) when they dangle before a heading or the end; the rest is body.
5. A short body line right before a bare picture credit (no blank line between) is that
   picture's caption.
6. Embedded posts: before an attribution/social link, the line right before it and up
   to two more lines that read like a post (an 'ALLCAPS:' lead-in, hashtags, @mentions,
   emoji, a text cut with '...', or a continuation in lower case), at most ~320
   characters together, are `embed`.
7. Three or more consecutive 1-3-word lines are a menu or topic list (boilerplate); a
   line that is only a person's name next to a dateline is the byline (boilerplate).
8. Title: the first paragraph that is not debris, if headline-like (sentence case
   allowed). An article with a single content paragraph keeps it as body.

Only body, bullet and embed paragraphs carry claims (`models.CONTENT_KINDS`).
"""
from __future__ import annotations

from . import cues
from .cues import Feat
from .metadata import byline_line, date_line, outlet_date_line, outlet_name, person_name_strict
from .paragraphs import Seg

_DEBRIS_HINTS = {"dateline": "boilerplate", "outlet": "boilerplate", "link": "boilerplate", "md_rule": "boilerplate",
                 "md_code": "boilerplate", "md_front": "boilerplate", "md_image": "caption"}
_NOT_CONTENT = ("boilerplate", "caption")
_EMBED_CHARS = 320


def classify(text: str, segs: list[Seg]) -> tuple[list[str], list[Feat]]:
    """The kind of each segment, and the features used (for the metadata pass)."""
    feats = [cues.features(text[g.start:g.end]) for g in segs]
    n = len(segs)
    kinds: list[str | None] = [None] * n
    anchor = [False] * n  # embed attribution or social link
    bare_credit = [False] * n
    sources_at: list[int] = []
    for i, (g, f) in enumerate(zip(segs, feats)):
        kinds[i] = _own_text_kind(g, f)
        if kinds[i] is None:
            continue
        if g.hint == "link" and cues.social_link(f) or cues.embed_attribution(f) or cues.social_link(f):
            anchor[i] = True
        if kinds[i] == "boilerplate" and cues.image_credit(f):
            bare_credit[i] = True
        if cues.sources_label(f):
            sources_at.append(i)
    _source_lists(segs, feats, kinds, sources_at)
    _teasers(feats, kinds)
    _repeats(feats, kinds)
    for i, (g, f) in enumerate(zip(segs, feats)):
        if kinds[i] is None:
            kinds[i] = _structural_kind(g, f)
    for i in range(1, n):  # caption before a bare credit
        if bare_credit[i] and kinds[i - 1] == "body" and feats[i - 1].n_words <= 40 \
                and segs[i - 1].block == segs[i].block:
            kinds[i - 1] = "caption"
    _embeds(feats, kinds, anchor)
    _short_runs(feats, kinds)
    _name_bylines(segs, feats, kinds)
    _title(segs, feats, kinds)
    _labels(kinds)
    return [k or "body" for k in kinds], feats


def _own_text_kind(g: Seg, f: Feat) -> str | None:
    if g.hint in _DEBRIS_HINTS:
        return _DEBRIS_HINTS[g.hint]
    if g.hint in ("md_heading", "title_part"):
        return None
    if not f.words or cues.link_only(f) or cues.embed_attribution(f) or cues.advert(f):
        return "boilerplate"
    if f.n_words <= 18 and (date_line(f.text) or byline_line(f.text) or outlet_date_line(f.text)):
        return "boilerplate"
    if cues.credit(f):
        return "caption" if f.n_words > 12 and not cues.sources_label(f) else "boilerplate"
    if (cues.breadcrumb(f) or cues.tag_list(f) or cues.debris_label(f) or cues.production_credit(f)
            or cues.copyright_line(f) or cues.sources_label(f) or cues.relative_time(f)):
        return "boilerplate"
    return None


def _source_lists(segs: list[Seg], feats: list[Feat], kinds: list, starts: list[int]) -> None:
    """The entries after a 'Sources:' label: the rest of its block; in text without blank
    lines, the following lines while they look like reference entries (a link, a
    'NAME – title' entry, or a short line that is neither a sentence nor a heading)."""
    blank_separated = len({g.block for g in segs}) > 0.3 * len(segs)
    done = -1
    for s in starts:
        if s <= done:
            continue
        done = s
        for j in range(s + 1, len(segs)):
            f = feats[j]
            same_block = segs[j].block == segs[s].block
            if blank_separated and not same_block:
                break
            if not blank_separated and not cues.reference_like(f.text) and (
                    f.terminal or f.n_words > 20 or cues.headline_like(f)):
                break
            kinds[j] = "boilerplate"
            done = j


def _teasers(feats: list[Feat], kinds: list) -> None:
    """A line cut with '...' whose tail words open another paragraph (a truncated teaser
    or a breadcrumb ending in the headline)."""
    index: dict[str, list[str]] = {}  # first 15 characters -> a few distinct texts
    for f in feats:
        if len(f.text) >= 15:
            bucket = index.setdefault(f.text[:15], [])
            if len(bucket) < 8 and f.text not in bucket:
                bucket.append(f.text)
    for i, f in enumerate(feats):
        if kinds[i] is not None or not cues.truncated(f):
            continue
        stem = f.text.rstrip(".\u2026 ")
        pos = 0
        for _ in range(12):  # drop up to 12 leading words (breadcrumb items)
            suffix = stem[pos:]
            if len(suffix) < 15:
                break
            if any(t != f.text and t.startswith(suffix) for t in index.get(suffix[:15], ())):
                kinds[i] = "boilerplate"
                break
            nxt = stem.find(" ", pos)
            if nxt < 0:
                break
            pos = nxt + 1


def _repeats(feats: list[Feat], kinds: list) -> None:
    seen: set[str] = set()
    for i, f in enumerate(feats):
        if f.n_words < 4 and len(f.text) < 25:
            continue
        if f.text in seen:
            kinds[i] = "boilerplate"
        else:
            seen.add(f.text)


def _structural_kind(g: Seg, f: Feat) -> str:
    if g.hint == "md_heading":
        return "heading"
    if g.hint == "title_part":
        return "title"
    if f.marker:
        if f.numbered and cues.headline_like(f):
            return "heading"
        return "bullet"
    if cues.headline_like(f):
        return "heading"
    if cues.short_label(f):
        return "label"
    return "body"


def _embeds(feats: list[Feat], kinds: list, anchor: list[bool]) -> None:
    i = 0
    n = len(feats)
    while i < n:
        if not anchor[i]:
            i += 1
            continue
        a = i
        while a > 0 and (anchor[a - 1] or (kinds[a - 1] == "boilerplate" and cues.link_only(feats[a - 1]))):
            a -= 1
        used, count, j = 0, 0, a - 1
        while j >= 0 and count < 3 and kinds[j] in ("body", "label", "heading"):
            used += len(feats[j].text)
            if used > _EMBED_CHARS or (count and not (cues.post_like(feats[j]) or _continues(feats[j + 1]))):
                break
            kinds[j] = "embed"
            count += 1
            j -= 1
        while i < n and anchor[i]:
            i += 1


def _short_runs(feats: list[Feat], kinds: list) -> None:
    """Three or more consecutive one-to-three-word lines without punctuation (a topic list
    or menu written one item per line) are boilerplate."""
    n, i = len(kinds), 0
    while i < n:
        j = i
        while j < n and kinds[j] in ("heading", "label", "body") and _menu_item(feats[j]):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                kinds[k] = "boilerplate"
        i = max(j, i + 1)


def _menu_item(f: Feat) -> bool:
    return 0 < f.n_words <= 3 and not f.terminal and not f.marker and f.last not in ":,"


def _name_bylines(segs: list[Seg], feats: list[Feat], kinds: list) -> None:
    """A line that is only a person's name next to a dateline is the byline; not the first
    content line, which is the title ("Harbour Plan" above "By Jane Doe | 14 March 2026"). A
    name that opens with no given name and can only be a publication's ("Eastern Standard" above
    "Published 12 October 2026": `metadata.outlet_name`) is the outlet."""
    first = next((i for i, k in enumerate(kinds) if k in ("heading", "label", "body", "title")), None)
    for i, f in enumerate(feats):
        if i == first or kinds[i] not in ("heading", "label", "body") or not person_name_strict(f.text):
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(feats) and kinds[j] == "boilerplate"]
        if any(date_line(feats[j].text) for j in near):
            kinds[i] = "boilerplate"
            segs[i].hint = "outlet" if outlet_name(f.text) else "byline"


def _continues(f: Feat) -> bool:
    """The line goes on from the one before (starts in lower case)."""
    return bool(f.text) and f.text[0].islower()


def _title(segs: list[Seg], feats: list[Feat], kinds: list) -> None:
    content = [i for i, k in enumerate(kinds) if k not in _NOT_CONTENT]
    if len(content) == 1:
        i = content[0]
        if kinds[i] in ("heading", "label", "title"):
            kinds[i] = "body"
        return
    if not content:
        return
    i = content[0]
    f = feats[i]
    if kinds[i] in ("title", "heading", "label") or (kinds[i] == "body" and cues.title_candidate(f)):
        kinds[i] = "title"
    for j in content[1:]:
        if kinds[j] == "title":  # a later title part (rare): keep one title
            kinds[j] = "heading"


def _labels(kinds: list) -> None:
    """Short sentence-case lines: a heading when content follows, else a page label."""
    n = len(kinds)
    for i in range(n):
        if kinds[i] != "label":
            continue
        j = i + 1
        while j < n and kinds[j] in _NOT_CONTENT:
            j += 1
        kinds[i] = "heading" if j < n and kinds[j] in ("body", "bullet") else "boilerplate"
