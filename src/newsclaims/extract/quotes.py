"""Direct quotes, partial/scare quotes and reported speech, with their speakers.

Method
1. Marks (`scan_marks`): one left-to-right pass over each content paragraph pairs
   quotation marks: curly and straight doubles, guillemets, and single marks (curly or
   straight) only where they open at a word start and close at a word end, so the
   apostrophes of "Putin’s" or "don’t" are never quotes. An unclosed mark runs to the end of
   its paragraph, never further; it continues into the next paragraph only when that one
   opens with a mark (the news convention for quotes of several paragraphs), one record
   per paragraph. Linear in the text, no regex backtracking.
2. Kind: a quote standing as an utterance (at a sentence start, after a colon, or next to
   a speech cue) with a finite verb, or any quote with a finite verb and 5+ words, is
   direct; a short phrase or one without a finite verb inside a sentence (NATO's “open
   door” policy) is a partial/scare quote, `direct=False`. A quote that is a whole paragraph
   of two words or more is direct (“Business as usual.”).
3. Speaker: walking up the dependency tree from the quote, the subject of the first
   speech verb (`SPEECH_VERBS`) or naming verb ("what it calls"), or the possessor of the
   noun the quote modifies; else the nearest speech cue or "according to X" in the
   quote's sentences; else (direct quotes) a quote running on into the next paragraph
   takes the speaker named at its end; else a whole-paragraph quote after a paragraph of
   reported speech ("..., she said.") is that speaker's; else the previous direct quote's
   speaker. Named speakers get the entity index's canonical name; descriptions ("one
   senior source") are kept as written; pronouns are resolved to the nearest compatible
   named actor.
4. Reported speech: a speech verb with a clausal complement and no marks around it gives
   `direct=False` with the clause as text; so does "According to X, <clause>".
5. Embedded posts: consecutive `embed` paragraphs are one direct quote whose speaker is
   the author of the attribution line that follows ("— Name (@handle) date").

Limits: the small spaCy model misparses some long sentences, so a cue may be missed;
speakers are then inherited. Nested quotes inside a double-quoted passage are not
reported separately.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import islice

from ..models import CONTENT_KINDS, Quote
from .entities import is_given_name
from .lexicon import PEOPLE_NOUNS, SPEECH_VERBS
from .segment import conjunction_of, second_act, second_said, withheld_speech

#: verbs that put a label in someone's mouth: "what it calls the “root causes”"
NAMING_VERBS = frozenset("call dub term label brand name describe".split())
CUE_VERBS = SPEECH_VERBS | NAMING_VERBS
NAMED_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
PERSON_PRONOUNS = frozenset("he she him his her hers himself herself".split())
THING_PRONOUNS = frozenset("it its itself they them their theirs themselves".split())
PRONOUN_GENDER = {**dict.fromkeys("he him his himself".split(), "male"),
                  **dict.fromkeys("she her hers herself".split(), "female")}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: children of a subject's head that describe rather than identify it (cut when set off by a comma)
LOOSE_DEPS = frozenset({"appos", "relcl", "acl", "advmod", "punct", "prep", "amod"})
#: prepositions that, right after an inverted subject, still belong to it ("said a source with ...")
SUBJECT_PREPS = frozenset({"with", "of", "from", "for"})

OPEN_D, CLOSE_D = "“„«", "”»"
SINGLE_OPEN, SINGLE_CLOSE = "‘‚", "’"
MARKS = frozenset('"\'`' + OPEN_D + CLOSE_D + SINGLE_OPEN + SINGLE_CLOSE)
LEFT_CONTEXT = "([{—–-/"
RIGHT_CONTEXT = ")]}.,;:!?—–…"
MAX_WALK = 12  # ancestors visited from a quote
MAX_CLAUSE = 1000  # characters of a reported clause


@dataclass
class Span:
    """A quoted stretch `[start, end)` (inside the marks) within paragraph `para`."""

    start: int
    end: int
    para: int
    lq: int               # position of the opening mark
    rq: int | None        # position of the closing mark (None: unclosed, runs to the paragraph end)
    single: bool = False


# ------------------------------------------------------------------ marks
def _is_open_ctx(ch: str) -> bool:
    return not ch or ch.isspace() or ch in LEFT_CONTEXT or ch in OPEN_D or ch in SINGLE_OPEN or ch == '"'


def _is_close_ctx(ch: str) -> bool:
    return not ch or ch.isspace() or ch in RIGHT_CONTEXT or ch in CLOSE_D or ch in SINGLE_CLOSE or ch == '"'


def scan_marks(text: str, start: int, end: int) -> tuple[list[tuple[int, int, bool]], int | None]:
    """Paired marks in `text[start:end]`: `([(inner_start, inner_end, single)], unclosed_open)`.

    `unclosed_open` is the inner start of a double quote still open at `end`. One pass;
    an opening double mark while another is open restarts the quote (the first was
    unbalanced); a closing mark with nothing open is ignored; singles nested in a double
    quote are dropped.
    """
    out: list[tuple[int, int, bool]] = []
    dopen: int | None = None
    sopen: int | None = None
    skip = -1
    for i in range(start, end):
        c = text[i]
        if c not in MARKS or i == skip:
            continue
        prev = text[i - 1] if i > start else ""
        nxt = text[i + 1] if i + 1 < end else ""
        if c + nxt in ("``", "''"):  # ASCII typesetting: ``...'' (or "...'')
            skip, c = i + 1, ("“" if c == "`" else "”")
            nxt = text[i + 2] if i + 2 < end else ""
            if c == "“":
                dopen, sopen = i + 2, None
                continue
        left_free, right_free = _is_open_ctx(prev), _is_close_ctx(nxt)
        if c in OPEN_D or c in CLOSE_D or c == '"':
            if c in OPEN_D:
                opening = True
            elif c in CLOSE_D:
                opening = dopen is None and left_free and not right_free  # ” used as an opener
            elif left_free and not right_free:  # ..., "testified X: a closer typed after a space
                opening = not (dopen is not None and prev.isspace() and i - 2 >= start and text[i - 2] in ",.?!'’")
            elif right_free and not left_free:
                opening = False
            elif prev.isdigit():  # 12" (inches)
                continue
            else:
                opening = dopen is None
            if opening:
                dopen, sopen = i + 1, None
            elif dopen is not None:
                out.append((dopen, i, False))
                dopen = None
                sopen = None if sopen is not None and sopen > (out[-1][0]) else sopen
            continue
        # single marks: open at a word start, close at a word end, else an apostrophe
        if c in SINGLE_OPEN or (c == "'" and left_free):
            if left_free and nxt and not nxt.isspace() and not nxt.isdigit() and nxt not in MARKS:
                sopen = i + 1
            continue
        if sopen is not None and prev and not prev.isspace() and not nxt.isalnum():
            if (dopen is None or sopen < dopen) and i - sopen > 1:  # not rock 'n' roll
                out.append((sopen, i, True))
            sopen = None
    return out, dopen


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _stray_closer(text: str, mark: int, para_start: int) -> bool:
    """A straight mark typed after a space that closes a quote: `her, "testified X`."""
    if text[mark] != '"' or mark - 1 <= para_start or not text[mark - 1].isspace():
        return False
    return text[mark - 2] in ",.?!'’"


def find_spans(article) -> list[Span]:
    """Quoted spans of the content paragraphs, in order (see `scan_marks`)."""
    text = article.text
    spans: list[Span] = []
    for p in article.paragraphs:
        if p.kind not in CONTENT_KINDS:
            continue
        pairs, dangling = scan_marks(text, p.start, p.end)
        found = [Span(s, e, p.index, s - 1, e, single) for s, e, single in pairs]
        if dangling is not None and not _stray_closer(text, dangling - 1, p.start):
            found.append(Span(dangling, p.end, p.index, dangling - 1, None))  # runs to the paragraph end
        for sp in found:
            sp.start, sp.end = _trim(text, sp.start, sp.end)
            if sp.end > sp.start and not _nickname(text, sp):
                spans.append(sp)
    spans.sort(key=lambda sp: sp.start)
    return spans


_NAME_BEFORE = re.compile(r"(?:([A-Z][a-z]+)\s+)?([A-Z][a-z]+)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _nickname(text: str, sp: Span) -> bool:
    """A quoted nickname inside a person's name (Frank 'The Hammer' Russo, Joe "Big Joe"
    Smith): one to three capitalised words without punctuation, closed, right after a given name
    (census lists, `entities.is_given_name`), not itself after a given name ("Mark Owen 'Silent
    Harbor' Talks" names a film), and right before a capitalised word. It is part of the name, not a
    quote. Limits: a given middle name before the nickname ("Ana Maria 'Mimi' Lopez") or a
    given name missing from the lists (ambiguous or rare ones) leaves it a partial quote."""
    if sp.rq is None:
        return False
    inner = text[sp.start:sp.end]
    words = inner.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or any(ch in inner for ch in ".!?,;:"):
        return False
    before = _NAME_BEFORE.search(text, max(0, sp.lq - 40), sp.lq)
    if not before or not is_given_name(before.group(2)) or (before.group(1) and is_given_name(before.group(1))):
        return False  # "Mark Owen 'Silent Harbor' Talks": a first name and a surname, then a title
    return bool(_NAME_AFTER.match(text, sp.rq + 1))


# ------------------------------------------------------------------ entity index (tolerant)
class _Names:
    """Adapter over the entity index: canonical names, mentions at a span, pronoun resolution.

    Uses `entities.canonical/at/resolve_pronoun` when present, else falls back to the
    mentions list (nearest preceding mention of a compatible label) or the text as written.
    """

    def __init__(self, entities):
        self.ix = entities
        ms = list(getattr(entities, "mentions", []) or [])
        self.mentions = sorted(ms, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        votes: dict[str, dict[str, int]] = {}  # a name's most frequent label, for the fallback resolver
        for m in self.mentions:
            d = votes.setdefault(m.name, {})
            d[m.label] = d.get(m.label, 0) + 1
        self.label = {n: max(d, key=lambda lab: (d[lab], lab)) for n, d in votes.items()}
        surnames = {n.rsplit(" ", 1)[-1] for n, lab in self.label.items() if lab == "PERSON" and " " in n}
        for n in self.label:  # "Trump" is the person "Donald Trump", whatever the tagger said
            if n in surnames:
                self.label[n] = "PERSON"

    def canonical(self, text: str) -> str:
        f = getattr(self.ix, "canonical", None)
        try:
            name = f(text) if f else None
        except Exception:  # the index is another module's; never let it break quotes
            name = None
        return name if isinstance(name, str) and name.strip() else text

    def at(self, start: int, end: int):
        """A named mention overlapping `[start, end)`, or None."""
        f = getattr(self.ix, "at", None)
        found = None
        if f:  # the index knows best
            try:
                found = f(start, end)
            except Exception:
                found = None
            if isinstance(found, (list, tuple)):
                found = found[0] if found else None
        else:
            i = bisect.bisect_right(self.starts, end) - 1
            while i >= 0 and self.starts[i] > start - 200:  # mentions are short
                m = self.mentions[i]
                if m.end > start and m.start < end:
                    found = m
                    break
                i -= 1
        if found is not None and getattr(found, "label", "PERSON") not in NAMED_LABELS:
            return None
        return found

    def resolve(self, pos: int, person: bool, gender: str | None = None) -> str | None:
        f = getattr(self.ix, "resolve_pronoun", None)
        if f:
            try:
                r = f(pos, person=person, gender=gender) if gender else f(pos, person=person)
            except Exception:
                r = None
            if r is not None:
                name = r if isinstance(r, str) else getattr(r, "name", None)
                if name:
                    return name
            return None
        ok = {"PERSON"} if person else {"ORG", "GPE", "NORP"}
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            if self.label.get(m.name, m.label) in ok and m.end <= pos:
                return self.canonical(m.name or m.text)
            i -= 1
        return None


# ------------------------------------------------------------------ speakers from the parse
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: extra verbs that introduce a direct quote (not reported speech): “...,” he shouted
QUOTE_ONLY_VERBS = frozenset("""ask shout exclaim whisper yell cry scream mutter joke quip retort counter plead
continue conclude muse wonder sigh laugh proclaim repeat interject notify inform""".split())
Speaker = tuple[str, int, int]  # (name, start, end)


class _Ctx:
    """One article's parse, with which tokens lie inside quotation marks."""

    def __init__(self, analysis, names: _Names, spans: list[Span]):
        self.text = analysis.article.text
        self.names = names
        self.segs = list(analysis.segments)
        self.bases = [b for b, _ in self.segs]
        self.ends = [b + len(d.text) for b, d in self.segs]  # Doc.text is rebuilt on each access
        self.inside: dict[int, bytearray] = {id(d): bytearray(len(d)) for _, d in self.segs}
        for sp in spans:  # the marks too: a mark is part of the quotation
            got = self.tokens(max(sp.start - 1, 0), min(sp.end + 1, len(self.text)))
            if got:
                mask = self.inside[id(got[1].doc)]
                for t in got[1]:
                    mask[t.i] = 1
        # per doc: sentence starts, and the speech cues outside quotes (token index, cue)
        self.sstarts: dict[int, list[int]] = {}
        self.cues: dict[int, tuple[list[int], list[str]]] = {}
        for _, d in self.segs:
            self.sstarts[id(d)] = [t.i for t in d if t.is_sent_start]
            idx, kinds = [], []
            for t in d:
                cue = None if self.inside[id(d)][t.i] else _cue_kind(t)
                if cue:
                    idx.append(t.i)
                    kinds.append(cue)
            self.cues[id(d)] = (idx, kinds)

    def tokens(self, s: int, e: int):
        """`(base, spaCy Span)` covering `[s, e)`, or None (no parse there)."""
        k = bisect.bisect_right(self.bases, s) - 1
        if k < 0:
            return None
        base, doc = self.segs[k]
        if e > self.ends[k]:
            return None
        sp = doc.char_span(s - base, e - base, alignment_mode="expand")
        return (base, sp) if sp is not None and len(sp) else None

    def quoted(self, tok) -> bool:
        return bool(self.inside[id(tok.doc)][tok.i])

    # -- noun phrases
    def phrase(self, head, base: int, verb=None) -> tuple[int, int]:
        """Character extent of the noun phrase headed by `head`, as written, without the
        parts set off by commas (appositions, relative clauses) and edge punctuation."""
        doc = head.doc
        lo, hi = head.left_edge.i, head.right_edge.i
        for c in head.children:
            if c.dep_ == "case" and c.i > head.i:
                hi = min(hi, c.i - 1)
            elif c.dep_ in LOOSE_DEPS and c.i > head.i and c.left_edge.i > 0 \
                    and doc[c.left_edge.i - 1].text in ",(—–":
                hi = min(hi, c.left_edge.i - 1)  # set off by a comma: not part of the name
        if verb is not None and head.i > verb.i:  # inverted: "said a source with knowledge of ..."
            for c in verb.children:
                if c.dep_ == "prep" and c.i == hi + 1 and c.lower_ in SUBJECT_PREPS:
                    hi = c.right_edge.i
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
            hi -= 1
        return base + doc[lo].idx, base + doc[hi].idx + len(doc[hi].text)

    def speaker(self, tok, base: int, verb=None) -> Speaker | None:
        """The speaker named by the noun phrase headed by `tok` (a subject or possessor)."""
        if tok.pos_ == "PRON" or tok.lower_ in PERSON_PRONOUNS | THING_PRONOUNS:
            low = tok.lower_
            s, e = base + tok.idx, base + tok.idx + len(tok.text)
            if low in PERSON_PRONOUNS:
                name = self.names.resolve(s, True, PRONOUN_GENDER.get(low))
            elif low in ("they", "them", "their"):
                name = _plural_antecedent(tok) or self.names.resolve(s, False) or self.names.resolve(s, True)
            elif low in THING_PRONOUNS:
                name = self.names.resolve(s, False)
            elif low in ("what", "which", "who", "that", "this", "there"):
                return None
            else:
                name = None
            return (name or tok.text, s, e)
        s, e = self.phrase(tok, base, verb)
        h0, h1 = base + tok.idx, base + tok.idx + len(tok.text)
        if any(c.dep_ == "conj" for c in tok.children):
            return (self.text[s:e], s, e)
        ent = self.names.at(h0, h1)
        if ent is None:
            loose = not self._actor_like(tok, base)  # ("Director at Acme, Mira Tessaly": a capitalised title)
            for c in tok.children:  # "the mayor, Anna Kowalska,": the name it is in apposition with
                if c.dep_ != "appos":
                    continue
                named = self.names.at(base + c.idx, base + c.idx + len(c.text))
                if (loose and ((c.pos_ == "PROPN" and c.text[:1].isupper()) or named)) \
                        or (named is not None and getattr(named, "label", None) == "PERSON"):
                    return self.speaker(c, base)
        if ent is not None:
            return (getattr(ent, "name", None) or self.names.canonical(ent.text), s, e)
        if (tok.ent_type_ in NAMED_LABELS or tok.pos_ == "PROPN") and tok.text[:1].isupper():
            lo = tok.i
            while lo > 0 and tok.doc[lo - 1].pos_ == "PROPN" and tok.doc[lo - 1].dep_ in ("compound", "flat"):
                lo -= 1
            name = tok.doc[lo:tok.i + 1].text
            return (self.names.canonical(name), s, e)
        return (self.text[s:e], s, e)

    # -- cues
    def subject(self, verb, hops: int = 3):
        """The (non-expletive) subject of `verb`, climbing through participles and conjuncts;
        for a parenthetical inverted cue ("..., said Yeager:") the name after the verb."""
        doc = verb.doc
        # not inverted when the verb has its own subject before it and what is said after it: in
        # "Her agent, Jo Bloggs, said Smith died" the comma closes an apposition and "Smith" is the
        # reported clause's subject (in "X 'fixed', say Microsoft" what is said comes first)
        kids = list(islice(verb.children, 64))
        fronted = any(c.dep_ in SUBJECT_DEPS and c.i < verb.i and not self.quoted(c) for c in kids) \
            and any(c.dep_ == "ccomp" and c.i > verb.i for c in kids)
        # nor with "tell": in "..., the governor told Reuters" the name after the verb was told
        if 0 < verb.i < len(doc) - 1 and not fronted and verb.lemma_.lower() != "tell" \
                and (doc[verb.i - 1].text == "," or self.quoted(doc[verb.i - 1])):
            nxt = doc[verb.i + 1]
            if nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and not self.quoted(nxt):
                while nxt.head.i != nxt.i and nxt.head.pos_ == "PROPN" and nxt.head.i > nxt.i:
                    nxt = nxt.head
                return nxt
            # "Bridge 'fixed', say engineers": a common-noun subject after the verb is the speaker,
            # not the subject the parser found in what is said before it
            last = max((t.i for t in doc[verb.i:verb.sent.end] if not (t.is_punct or t.is_space)), default=verb.i)
            after = next((c for c in kids if c.dep_ in SUBJECT_DEPS and c.i > verb.i and not self.quoted(c)
                          and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i >= last), None)
            if after is not None:
                return after
        v = verb
        for _ in range(hops + 1):
            subs = [c for c in islice(v.children, 64) if c.dep_ in SUBJECT_DEPS and not self.quoted(c)]
            if subs:  # of two (a misparsed dateline's place and the subject) the nearest before the verb
                before = [c for c in subs if c.i < v.i]
                return before[-1] if before else subs[0]
            if v.dep_ in ("advcl", "conj", "xcomp", "pcomp") and v.head.i != v.i:
                v = v.head
            elif v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ not in SUBJECT_DEPS \
                    and v.head.head.i != v.head.i:  # X downplayed the unrest, saying ...
                v = v.head.head
            else:
                return None
        return None

    def walk(self, qspan, base: int):
        """Speaker by walking up from the quote: `((speaker, cue lemma, adjacent) | None, fallback)`.

        `adjacent` says the cue governs the quote directly (“...,” he said); `fallback` is
        the actor-like subject of the nearest verb above the quote (a weaker guess)."""
        heads = [t for t in qspan if not (t.is_punct or t.is_space)
                 and (t.head.i == t.i or not (qspan.start <= t.head.i < qspan.end))]
        fallback = None
        for h in heads[:4]:
            n, via, steps = h, None, 0
            while steps < MAX_WALK:
                if n.pos_ in ("NOUN", "PROPN") and (via is None or via in ("compound", "amod", "nmod")):
                    for c in n.children:
                        if c.dep_ == "poss" and not self.quoted(c) and self._actor_like(c, base):
                            sp = self.speaker(c, base)
                            if sp and not sp[0][:1].islower():
                                return (sp, None, False), fallback
                if n.i != h.i and n.lemma_.lower() in CUE_VERBS | QUOTE_ONLY_VERBS and n.pos_ in ("VERB", "AUX") \
                        and not self.quoted(n):
                    subj = self.subject(n)
                    if subj is not None:
                        sp = self.speaker(subj, base, n)
                        if sp:
                            return (sp, n.lemma_.lower(), n.i == h.head.i), fallback
                if fallback is None and n.i != h.i and n.pos_ in ("VERB", "AUX") and not self.quoted(n):
                    subj = self.subject(n, 0)
                    if subj is not None and self._actor_like(subj, base):
                        fallback = self.speaker(subj, base, n)
                if n.head.i == n.i:
                    break
                via, n, steps = n.dep_, n.head, steps + 1
        return None, fallback

    def cue_before(self, pos: int) -> bool:
        """Is the word right before `pos` (a mark) a speech verb?"""
        got = self.tokens(max(pos - 1, 0), pos)
        if not got or got[1][0].i == 0:
            return False
        t = got[1][0]
        t = t if not t.is_punct else t.doc[t.i - 1]
        while t.i > 0 and t.is_space:
            t = t.doc[t.i - 1]
        return t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS | QUOTE_ONLY_VERBS

    def colon_cue(self, para):
        """`X said:` (or a paragraph ending "..., he said") introducing the quote that opens
        the next paragraph: `(speaker, cue)` or None."""
        got = self.tokens(max(para.start, para.end - 300), para.end)
        if not got:
            return None
        base, span = got
        words = [t for t in span if not (t.is_punct or t.is_space)]
        colon = para.text.rstrip().endswith(":")
        for t in reversed(words if colon else words[-1:]):
            if t.is_sent_start and t.i != span.start:
                break
            if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS | QUOTE_ONLY_VERBS and not self.quoted(t):
                subj = self.subject(t)
                sp = self.speaker(subj, base, t) if subj is not None else None
                return (sp, t.lemma_.lower()) if sp else None
        return None

    def _actor_like(self, tok, base: int) -> bool:
        low = tok.lower_
        if low in PERSON_PRONOUNS or low in THING_PRONOUNS:
            return True
        if self.names.at(base + tok.idx, base + tok.idx + len(tok.text)) is not None:
            return True
        return (tok.ent_type_ in NAMED_LABELS or tok.pos_ == "PROPN") and tok.text[:1].isupper()

    def nearest_cue(self, qs: int, qe: int):
        """The nearest speech cue outside quotes in the sentences around `[qs, qe)`."""
        got = self.tokens(qs, qe)
        if not got:
            return None
        base, qspan = got
        doc = qspan.doc
        starts = self.sstarts[id(doc)]  # the quote's sentences, at most 60 tokens either side
        k = bisect.bisect_right(starts, qspan.start) - 1
        lo = max(starts[k] if k >= 0 else 0, qspan.start - 60)
        k = bisect.bisect_right(starts, max(qspan.end - 1, qspan.start))
        while k < len(starts) and "\n" not in doc[starts[k] - 1].text_with_ws and (
                starts[k] == qspan.end  # the closing mark split off as a sentence
                or (doc[starts[k]].text[:1].islower() and self.quoted(doc[starts[k] - 1]))):  # “...?” she asked.
            k += 1
        hi = min(starts[k] if k < len(starts) else len(doc), qspan.end + 60)
        idx, kinds = self.cues[id(doc)]
        best = None
        a = bisect.bisect_left(idx, qspan.start) - 1  # nearest cue before the quote
        while a >= 0 and idx[a] >= lo and kinds[a].startswith("="):
            a -= 1
        if a >= 0 and idx[a] >= lo:
            best = (qspan.start - idx[a], doc[idx[a]], kinds[a])
        b = bisect.bisect_left(idx, qspan.end)  # and after it
        if b < len(idx) and idx[b] < hi and (best is None or idx[b] - qspan.end < best[0]):
            best = (idx[b] - qspan.end, doc[idx[b]], kinds[b])
        if best is None:
            return None
        _, t, cue = best
        if cue.startswith("="):
            first = next((c for c in t.lefts if c.dep_ in ("compound", "det")), None)
            lo = first.left_edge.i if first is not None else t.i
            s, e = base + doc[lo].idx, base + t.idx
            return ((self.text[s:e].rstrip(), s, base + doc[t.i - 1].idx + len(doc[t.i - 1].text)), cue[1:]) if lo < t.i else None
        if cue == "according to":
            to = t.doc[t.i + 1]
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) \
                or next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is None:
                return None
            return self.speaker(obj, base), cue
        subj = self.subject(t)
        if subj is None and t.i >= qspan.end:  # a broken parse: the noun phrase between quote and cue,
            lo, hi = qspan.end, t.i               # or right after an inverted cue (“...,” said X)
            if not any(x.pos_ in ("NOUN", "PROPN", "PRON") and not self.quoted(x) for x in doc[lo:hi]) \
                    and t.i <= qspan.end + 3 and cue != "tell":
                lo, hi = t.i + 1, min(t.i + 12, len(doc))
            subj = next((x for x in doc[lo:hi] if x.pos_ in ("NOUN", "PROPN", "PRON") and not self.quoted(x)), None)
            while subj is not None and subj.head.i != subj.i and lo <= subj.head.i < hi \
                    and subj.head.pos_ in ("NOUN", "PROPN"):
                subj = subj.head
        if subj is None:
            return None
        sp = self.speaker(subj, base, t)
        return (sp, cue) if sp else None


def _cue_kind(t) -> str | None:
    """The cue a token can be for a quote near it: a speech verb's lemma, "according to",
    or "=lemma" for a speech verb the tagger took for a noun (“...,” the records state.)."""
    low = t.lemma_.lower()
    if low in SPEECH_VERBS | QUOTE_ONLY_VERBS and t.pos_ == "VERB":
        return low
    if t.dep_ == "ROOT" and t.pos_ == "NOUN" and low in SPEECH_VERBS and t.tag_ in ("NN", "NNS") \
            and any(c.dep_ in ("compound", "det") for c in t.lefts):
        return "=" + low
    if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
        return "according to"
    return None


# ------------------------------------------------------------------ the records
#: speech verbs that often take a non-human subject ("the data suggest that"): reported
#: speech through them needs a named or pronoun subject
WEAK_SPEECH = frozenset("suggest indicate signal hint reveal predict estimate describe mean show".split())
EDGE_PUNCT = frozenset(".,;:!?…—–-()[]{}\"'`“”‘’„«»")
URL_PREFIXES = ("http://", "https://", "pic.twitter.com/", "t.co/", "www.")


def _words(s: str) -> int:
    return sum(1 for w in s.split() if any(ch.isalnum() for ch in w))


def _record(text: str, s: int, e: int, direct: bool, sp, cue) -> Quote:
    name, ss, se = sp if sp else (None, None, None)
    return Quote(text=text[s:e], start=s, end=e, direct=direct, speaker=name,
                 speaker_start=ss, speaker_end=se, cue=cue)


def _attribution(line: str) -> tuple[int, int] | None:
    """Offsets (within `line`) of the author in an embed's attribution line
    "— Name (@handle) date", or None."""
    i = 0
    while i < len(line) and (line[i].isspace() or line[i] in "—–-"):
        i += 1
    if i == 0 or i >= len(line):
        return None
    j = line.find("(@", i)
    if j <= i:
        return None
    k = j
    while k > i and line[k - 1].isspace():
        k -= 1
    return (i, k) if k > i else None


def _embeds(article, names: _Names) -> tuple[list[Quote], set[int]]:
    """One direct quote per run of `embed` paragraphs, spoken by the attribution line's author."""
    text, paras = article.text, article.paragraphs
    out: list[Quote] = []
    used: set[int] = set()
    k = 0
    while k < len(paras):
        if paras[k].kind != "embed":
            k += 1
            continue
        j = k
        while j + 1 < len(paras) and paras[j + 1].kind == "embed":
            j += 1
        used.update(p.index for p in paras[k:j + 1])
        run = paras[k:j + 1]
        author = None
        after = paras[j + 1:j + 4]  # link lines, then the attribution
        if len(run) > 1 and _attribution(run[-1].text):  # the attribution marked as embed too
            after, run = [run[-1]], run[:-1]
        for nxt in after:
            if nxt.kind in CONTENT_KINDS or nxt.kind == "heading":
                break
            if a := _attribution(nxt.text):
                author = (nxt.start + a[0], nxt.start + a[1])
                break
        s, e = run[0].start, run[-1].end
        while True:  # drop trailing links (pic.twitter.com/..., https://t.co/...)
            s2, e2 = _trim(text, s, e)
            cut = max(text.rfind(" ", s2, e2), text.rfind("\n", s2, e2))
            last = text[cut + 1:e2]
            if cut > s2 and last.startswith(URL_PREFIXES):
                e = cut
            else:
                s, e = s2, e2
                break
        if e > s:
            sp = (names.canonical(text[author[0]:author[1]]), *author) if author else None
            out.append(_record(text, s, e, True, sp, "post"))
        k = j + 1
    return out, used


def _before(text: str, sp: Span, para) -> str:
    """The last non-space character before the opening mark in its paragraph ('' at its
    start or after a bullet marker). Constant time for ordinary text."""
    i = sp.lq - 1
    while i >= para.start and text[i].isspace():
        i -= 1
    if i < para.start or (i - para.start < 3 and not text[para.start:i + 1].strip("-•* ")):
        return ""
    return text[i]


def _standalone(text: str, sp: Span, para, ctx: _Ctx) -> bool:
    """Does the quote stand as an utterance (sentence start, after a colon or a cue)?"""
    c = _before(text, sp, para)
    if not c or c in ".!?:;" or c in CLOSE_D or c == '"':
        return True
    if c == ",":
        i = sp.lq - 1
        while text[i] != ",":
            i -= 1
        got = ctx.tokens(i, i + 1)
        if got:
            t = got[1][0]
            if t.i > 0 and t.doc[t.i - 1].lemma_.lower() in SPEECH_VERBS | QUOTE_ONLY_VERBS:
                return True
    if ctx.cue_before(sp.lq):  # someone say "he has a gun"
        return True
    first = text[sp.start]
    return sp.rq is not None and text[sp.end - 1] in ",?!" and not first.islower()  # “A,” he said


def _finite(qspan, words: int) -> bool:
    """Does the quote hold a finite verb? (Without a tagger: does it have 5+ words?)"""
    if not qspan.doc.has_annotation("TAG"):
        return words >= 5
    return any(t.tag_ in FINITE_TAGS or "Fin" in t.morph.get("VerbForm") for t in qspan)


def _floating(text: str, sp: Span, para) -> bool:
    """Is the quote the whole paragraph (give or take a bullet marker and final punctuation)?"""
    after = sp.rq + 1 if sp.rq is not None else sp.end
    return (_before(text, sp, para) == "" and para.end - after <= 3
            and not text[after:para.end].strip(" \t.,;:!?"))


def _edge_punct(tok) -> bool:
    """Punctuation or space to trim from the edges of a clause (not %, $ and the like)."""
    return tok.is_space or all(ch in EDGE_PUNCT for ch in tok.text)


def _reported(ctx: _Ctx, markpos: set[int]) -> list[Quote]:
    """Reported speech: `X said (that) <clause>` and `According to X, <clause>`."""
    out: list[Quote] = []
    for base, doc in ctx.segs:
        for t in doc:
            low = t.lemma_.lower()
            if t.pos_ == "VERB" and low in SPEECH_VERBS and not ctx.quoted(t):
                comp = next((c for c in t.children if c.dep_ == "ccomp"), None)
                if comp is None or any(c.dep_ == "auxpass" for c in t.children) or withheld_speech(t):
                    continue  # "declined to say how many ...", "did not say whether ...": nothing said
                if t.tag_ == "VBN" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                    continue  # "a driver said to have been speeding ...": hearsay, no one's speech
                outer = t.head.head if t.dep_ == "conj" and t.head.dep_ == "ccomp" else None
                # "X said A and added that B": the parser hangs "added" on A; X added it
                subj = ctx.subject(outer if outer is not None and second_act(t, outer) else t)
                if subj is None or (low in WEAK_SPEECH and not ctx._actor_like(subj, base)):
                    continue
                lo, hi = comp.left_edge.i, comp.right_edge.i
                act = next((c for c in comp.children if second_act(c, t)), None)
                if act is not None:  # "said A and accused B": only A is said
                    cc = conjunction_of(act)
                    hi = cc.i - 1 if cc is not None else act.left_edge.i - 1
                ranges = _said_parts(comp, t, lo, hi)
                sp, cue = ctx.speaker(subj, base, t), low
            elif t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" \
                    and t.head.i != t.i and not ctx.quoted(t):
                to = doc[t.i + 1]
                obj = next((c for c in to.children if c.dep_ == "pobj"), None) \
                    or next((c for c in t.children if c.dep_ == "pobj"), None)
                v = t.head
                if obj is None or v.pos_ not in ("VERB", "AUX"):
                    continue
                a0, a1 = t.left_edge.i, max(t.right_edge.i, obj.right_edge.i)
                if a0 <= v.left_edge.i:
                    lo, hi = a1 + 1, v.right_edge.i
                elif a1 >= v.right_edge.i or all(x.is_punct for x in doc[a1 + 1:v.right_edge.i + 1]):
                    lo, hi = v.left_edge.i, a0 - 1
                else:
                    continue
                sp, cue = ctx.speaker(obj, base), "according to"
                ranges = [(lo, hi)]
            else:
                continue
            if lo <= t.i <= hi:  # "rules that they say are ...": the cue sits inside the clause
                continue
            for lo, hi in ranges:
                q = _reported_clause(ctx, doc, base, t, lo, hi, sp, cue, markpos)
                if q is not None:
                    out.append(q)
    return out


def _said_parts(comp, verb, lo: int, hi: int) -> list[tuple[int, int]]:
    """The token ranges of what a speech verb reports: its clausal complement, cut before each
    second thing said (`segment.second_said`: "said A and that B" reports A and B apart)."""
    cuts = sorted(cc.i for c in comp.children if c.i <= hi for cc in [second_said(c, verb)] if cc is not None)
    out, start = [], lo
    for cc in cuts:
        out.append((start, cc - 1))
        start = cc + 1
    out.append((start, hi))
    return out


def _reported_clause(ctx: _Ctx, doc, base: int, t, lo: int, hi: int, sp, cue: str, markpos: set[int]):
    """One reported clause, tokens lo..hi (edges and a leading "that"/"whether" trimmed), as a
    `Quote` with `direct=False`; None when it is too short, too long or inside quotation marks."""
    while lo <= hi and (_edge_punct(doc[lo]) or (doc[lo].lower_ in ("that", "whether") and (
            doc[lo].dep_ == "mark" or doc[lo - 1].i == t.i))):
        lo += 1
    while hi >= lo and _edge_punct(doc[hi]):
        hi -= 1
    if hi - lo < 2 or sp is None:
        return None
    s, e = base + doc[lo].idx, base + doc[hi].idx + len(doc[hi].text)
    if e in markpos and any(k in markpos for k in range(s, e)):
        e += 1  # the closing mark of a partial quote inside the clause stays with it
    if e - s > MAX_CLAUSE:
        return None  # a run-on parse, not a reported clause (and nesting would make output quadratic)
    if {s - 1, s} & markpos or ctx.quoted(doc[lo]):
        return None  # begins in quotation marks: the quote records cover it (one that ends in a
        # partial quote, 'said inflation was "far too high"', is reported speech around it)
    return _record(ctx.text, s, e, False, sp, cue)


def _runs_on(spans: list[Span], k: int, paras) -> bool:
    """The quote is left open and goes on in the next paragraph, which opens with a mark."""
    sp = spans[k]
    nxt = spans[k + 1] if k + 1 < len(spans) else None
    return sp.rq is None and nxt is not None and nxt.para == sp.para + 1 and nxt.lq == paras[nxt.para].start


def _told_by_paragraph(analysis, reported: list[Quote]) -> dict[int, tuple]:
    """Paragraph index -> speaker (name, start, end) of the last reported speech in it."""
    out: dict[int, tuple] = {}
    for q in sorted(reported, key=lambda q: (q.start, q.end)):
        para = analysis.paragraph_at(q.start)
        if q.speaker and para is not None:
            out[para.index] = (q.speaker, q.speaker_start, q.speaker_end)
    return out


def find_quotes(analysis, entities) -> list[Quote]:
    """All quotes of an analysed article (see `Analysis`), speakers canonicalised by `entities`.

    Offsets index `analysis.article.text`; sorted by start."""
    art = analysis.article
    text = art.text
    names = _Names(entities)
    out, embed_paras = _embeds(art, names)
    spans = [sp for sp in find_spans(art) if sp.para not in embed_paras]
    ctx = _Ctx(analysis, names, spans)
    paras = {p.index: p for p in art.paragraphs}
    markpos = {sp.lq for sp in spans} | {sp.rq for sp in spans if sp.rq is not None}
    reported = _reported(ctx, markpos)
    told = _told_by_paragraph(analysis, reported)
    prev: tuple | None = None  # (paragraph, speaker) of the last direct quote with a speaker
    made: list[Quote] = []
    inherited: dict[int, tuple] = {}  # quotes running on into the next paragraph: speaker if none is named at the end
    for k, sp in enumerate(spans):
        para = paras[sp.para]
        words = _words(text[sp.start:sp.end])
        got = ctx.tokens(sp.start, sp.end)
        found, fallback = ctx.walk(got[1], got[0]) if got else (None, None)
        speaker, cue, adjacent = found or (None, None, False)
        finite = _finite(got[1], words) if got else words >= 5
        standalone = _standalone(text, sp, para, ctx)
        floating = _floating(text, sp, para)
        direct = (finite and words >= 5) or (standalone and (finite or adjacent)) or (floating and words >= 2)
        if direct and speaker is None:
            near = ctx.nearest_cue(sp.start, sp.end)
            if near:
                speaker, cue = near
        if speaker is None and fallback is not None and (not direct or _before(text, sp, para) == ":"):
            speaker = fallback
        if not direct and speaker is None and (near := ctx.nearest_cue(sp.start, sp.end)):
            speaker, cue = near  # a partial quote in a sentence with a cue: had “creased his head,” according to X
        if direct and speaker is None and _before(text, sp, para) == "" and sp.para - 1 in paras \
                and paras[sp.para - 1].kind in CONTENT_KINDS and (got_cue := ctx.colon_cue(paras[sp.para - 1])):
            speaker, cue = got_cue
        if direct and speaker is None:
            guess = None
            if floating and sp.para - 1 in told and (prev is None or prev[0] < sp.para - 1):
                guess = told[sp.para - 1]  # 'X is unsure, she said.' then a quote of its own: hers
            elif prev is not None and (floating or prev[0] >= sp.para - 1):
                guess = prev[1]
            if guess is not None and _runs_on(spans, k, paras):
                inherited[k] = guess
            else:
                speaker = guess
        if direct and speaker is not None:
            prev = (sp.para, speaker)
        made.append(_record(text, sp.start, sp.end, direct, speaker, cue))
    for i in range(len(spans) - 2, -1, -1):  # a quote running on into the next paragraph
        if made[i].speaker is None and _runs_on(spans, i, paras) and made[i + 1].speaker is not None:
            # takes the speaker named at its end
            q = made[i + 1]
            made[i].speaker, made[i].speaker_start, made[i].speaker_end = q.speaker, q.speaker_start, q.speaker_end
    for i, (name, ss, se) in inherited.items():
        if made[i].speaker is None:
            made[i].speaker, made[i].speaker_start, made[i].speaker_end = name, ss, se
    out.extend(made)
    out.extend(reported)
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _plural_antecedent(tok) -> str | None:
    """"Prosecutors have charged X. They say ...": the plural subject of the sentence before, as
    written ("Prosecutors", "Police sources"); None when that subject is no plural noun."""
    sent = tok.sent
    if sent.start == 0:
        return None
    prev = tok.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.tag_ in ("NNS", "NNPS") or subj.lower_ == "police") \
            or subj.lemma_.lower() not in PEOPLE_NOUNS:
        return None
    lo = min((c.i for c in subj.children if c.dep_ in ("compound", "amod") and c.i < subj.i), default=subj.i)
    return tok.doc[lo:subj.i + 1].text
