"""Inside one cluster: who agrees, who adds detail, who diverges, and why.

Per outlet, the cluster's claims of that outlet are pooled (a fragment the extractor split off
right after a claim, "..., including the port city", is read with it). Divergences are looked for among
the cluster's core members only (`_core_members`: a claim the cluster took in at its edge, with a
mean score to the other outlets' claims below PERIPHERY times the cluster's mean, is left out):
  - numbers: values of one unit (proportions, years, counts of one noun, ...) compared with the
    extractor's `same_quantity` / `conflicting_quantities` ("nearly a third" = "around 30%"; a
    hedge widens the interval), or a relative tolerance for numbers found here; an outlet whose
    single value of a unit conflicts with another's is a `number` divergence, if two claims
    giving the conflicting values match at NUMBER_MIN_SCORE or more (a cluster's loosely matched
    claims give figures for different things: "80 people were wounded" / "killing hundreds");
  - enumerations ("A, B, and C", "A, B or C", "including X"; not participle clauses after a main
    clause, "hit the coast, killing ..., injuring ..."): members are matched across outlets by
    shared content words; when both outlets enumerate (the lists share >= 2 members, or one names a
    member by "including X" that the other's list of names lacks) a member held by some and not
    others is an `entity_set` divergence (one per pair of sides, naming every member in dispute);
  - scope qualifiers - `lexicon.PARTIAL` vs `FULL` ("partial" vs "significant" relief),
    `VAGUE_OUTCOME` vs `DEFINITE_OUTCOME` ("addressing" vs "unfreezing" the assets), `RETAIN` vs
    `FULL` ("maintaining control" vs "full control") - bearing on a head word both claims use,
    neither claim using both: a `scope` divergence ("all four regions" counts, it is not extent);
  - opposite predicates (`lexicon.opposite`: rose/fell, won/lost) or a negation of one content
    predicate on one side only (not of "say" or "be": "would not say where" is no denial of
    "said that"), or an act one side says is undecided ("has not decided whether to appeal") and
    the other states as settled ("will appeal"; not "may appeal"), between two claims that matched strongly (CONTRADICTION_MIN_SCORE, or when
    both name one subject CONTRADICTION_NAMED_MIN_SCORE, which also reads a claim at the
    cluster's edge: "Marlow's shares fell 3%" beside "Marlow shares jumped 18%"), that name no
    different subjects and, for quotations, quote one speaker: a `contradiction`, one per outlet
    that contradicts the others (naming them all).
Anything else an outlet has and the others lack (a name, a number, a list member, a qualifier)
is a `Detail`; an outlet with details and no divergence `adds_detail`; with none `agrees`; one
outlet alone is `exclusive`. A divergence names both sides (`sources`: the fewer outlets) and
puts its `sources` side at `diverges`. Different words for one thing never diverge: synonyms are
folded, spellings and demonyms mapped to places, and only the conflicts above are flagged
("framing" is not detected).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..models import Detail, Divergence

try:  # the extractor's rules for comparing quantities ("nearly a third" = "around 30%")
    from ..extract.numbers import conflicting_quantities as _conflicting
    from ..extract.numbers import same_quantity as _same_quantity
except ImportError:  # pragma: no cover
    _conflicting = _same_quantity = None
from . import lexicon as lx
from ..extract.headline import lemma_index, verb_form
from .features import DENY_CLASS, STOP, Num, Sig, lemma, place_words, subject_clash, words_of

NUM_TOL_APPROX = 0.15
NUM_TOL_EXACT = 0.02
CONTRADICTION_MIN_SCORE = 0.55
CONTRADICTION_NAMED_MIN_SCORE = 0.15  # when both claims name one subject (`_named_subject`)
NUMBER_MIN_SCORE = 0.4  # a number divergence needs two claims that match this well to give the figures
LIST_MIN_SCORE = 0.4  # two claims listing the members of one set match this well
PERIPHERY = 0.75
LIST_MAX_WORDS = 6
LIST_BOUNDARY = frozenset("""
from as to in into who which that with for on by at were was is are will would have has had whose
""".split())
LIST_PUNCT = frozenset(".;:()[]\u2013\u2014-\u2026!?\"\u201c\u201d")
#: words after which the first item of a list begins ("... hampered by | floods, A, and B")
FIRST_ITEM_CUT = LIST_BOUNDARY | frozenset("under over of about against like include including includes such than "
                                           "want wants wanted seek seeks demand demands".split())
#: words opening a clause inside a segment: the list (if any) begins after them
CLAUSE_OPENERS = frozenset("while whereas when because although though but who which including".split())
_INCLUSION_CUES = frozenset(("including", "includes", "include"))
#: an auxiliary or copula opening a segment: the "list" straddles a clause
_FINITE = frozenset("is are was were has have had will would can could".split())
#: first words of an opening adverbial ("Last Friday, ...", "In a related story, ...")
_ADVERBIAL = frozenset("""in within on at after before during since until following amid last next
today yesterday tonight earlier later late early hours days weeks months years minutes meanwhile
monday tuesday wednesday thursday friday saturday sunday""".split())
#: words with inner hyphens kept whole ("ex-Soviet"), for lists
HY_WORDS = re.compile(r"[A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z][A-Za-z'\u2019]*)*|\d[\d,.]*\d%?|\d%?|[^\sA-Za-z\d]")
GENERIC_ITEM_WORDS = frozenset("other former large part parts some many several various area areas".split())


# ---------------------------------------------------------------- per-claim extraction
@dataclass
class Item:
    text: str
    toks: frozenset[str]
    name: bool  # capitalised (a proper name)


@dataclass
class Pooled:
    """One outlet's view of the cluster."""

    source: str
    tokens: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)     # key -> as written
    known: set[str] = field(default_factory=set)            # name keys of its actors, stated here or not
    nums: list[Num] = field(default_factory=list)
    lists: list[list[Item]] = field(default_factory=list)   # enumerations of >= 3 items
    included: list[Item] = field(default_factory=list)      # "including X" members
    pairs: list[list[Item]] = field(default_factory=list)   # "in A and B": two names, no longer list
    quals: set[tuple[str, frozenset[str]]] = field(default_factory=set)
    claim_quals: list[set[tuple[str, frozenset[str]]]] = field(default_factory=list)
    phrases: dict[str, list[str]] = field(default_factory=dict)  # qualifier class -> "partial debt relief"


_PHRASE_ENDS = frozenset("of for to on in at by with from against over about into after before".split())


def _object_phrase(words: list[str]) -> list[str]:
    """The words up to the first preposition after a content word ("a patch for IE" -> "a patch")."""
    out = []
    for w in words:
        if w.lower() in _PHRASE_ENDS and _content(out):
            break
        out.append(w)
    return out


def _content(words: list[str]) -> frozenset[str]:
    out = set()
    for w in (p for x in words for p in x.split("-") if p):
        place = place_words(w) if w[0].isupper() else None
        if place:  # "America" and "the United States" are one member
            out.update(place)
        elif w[0].isalpha():
            le = lemma(w)
            if le not in STOP and le not in lx.LIGHT and le not in GENERIC_ITEM_WORDS and len(le) > 1:
                out.add(lx.canon(le))
    return frozenset(out)


_DETERMINERS = frozenset("""the a an her his their its our my your this these those several many some dozens
hundreds thousands more most all both each every two three four five six seven eight nine ten""".split())


def _clause(words: list[str]) -> bool:
    """Starts like a participle clause: an -ing or -ed form followed by a determiner, a number or a
    pronoun ("injuring dozens more", "damaging several villages"), where "rising rents" or
    "falling wages" are noun phrases. Needs the pipeline's lemma tables (without them
    nothing is)."""
    if len(words) < 2 or not words[0][0].isalpha():
        return False
    w, nxt = words[0].lower(), words[1].lower()
    if not (nxt in _DETERMINERS or nxt[0].isdigit() or nxt in ("at", "up")):
        return False
    return w.endswith(("ing", "ed")) and verb_form(w)


def _place(words: list[str]) -> frozenset[str] | None:
    """The words of the place a capitalised item names, from the gazetteer ("America", "the
    United States" -> united, states), so that two names of one place are one member."""
    if not words or not any(w[:1].isupper() for w in words):
        return None
    try:
        from ..extract.gazetteer import canonical_place
        p = canonical_place(" ".join(words))
    except Exception:  # pragma: no cover
        return None
    return frozenset(w.lower() for w in words_of(p) if w[0].isalpha() and w.lower() not in STOP) if p else None


def _adverbial(raw: list[str], first: list[str]) -> bool:
    """An opening segment (`raw`, `first` as trimmed to its item) that says when or where ("Last
    Friday", "In a related story", "Hours after the announcement"), no member; "In Leeds, York
    and Hull" keeps its name."""
    if not first or not ((raw and raw[0].lower() in _ADVERBIAL) or first[0].lower() in _ADVERBIAL):
        return False
    named = all(w[0].isupper() for w in first if w[0].isalpha() and w.lower() not in STOP)
    return not named or all(w.lower() in _ADVERBIAL for w in first if w[0].isalpha())


def _verb_first(words: list[str]) -> bool:
    """Opens with a word that is only a verb, in its base form ("emulate her look"), as far as the
    pipeline's lemma tables tell (without them nothing does). Inflected forms are not read:
    "rising rents" and "armed groups" are noun phrases."""
    if not words or not words[0].islower():
        return False
    w = words[0]
    return w in lemma_index("verb") and w not in lemma_index("noun") and w not in lemma_index("adj")


#: words that open a member of a real list of people after a name ("Jane Doe, her husband and
#: two sons"), unlike the descriptions of an appositive ("Jane Doe, champion swimmer and actress")
_MEMBER_OPENERS = frozenset("his her their its my our your two three four five six several many".split())


_ALIAS_OPENERS = (("also", "known", "as"), ("known", "as"), ("aka",), ("formerly",), ("better", "known", "as"))


def _appositive(segs: list[list[str]], its: list[Item]) -> bool:
    """A name of two words or more followed by descriptions only (none of the other members is a
    name, and none opens like a member of a list of people: a possessive or a count), or by
    another name of it ("The X cable, also known as Y, ..."): no set of members."""
    if any(tuple(w.lower() for w in x[:len(o)]) == o for x in segs[1:] for o in _ALIAS_OPENERS):
        return True
    return len(segs[0]) >= 2 and its[0].name and not any(it.name for it in its[1:]) \
        and not any(x[0].lower() in _MEMBER_OPENERS for x in segs[1:])


def _name_head(last: list[str], before: list[list[str]]) -> list[str]:
    """The last item of a list of names, cut where its name ends: in "Asia, the Middle East and
    Europe experienced outages" (the list ends at no punctuation) or "the IBF, WBO and IBO
    titles" the member is "Europe", "IBO". Only when every item before it is a name and it opens
    with one; lower-case stop words inside a name are kept ("Bank of England")."""
    def named(x: list[str]) -> bool:
        caps = [w for w in x if w[0].isalpha() and w.lower() not in STOP]
        return bool(caps) and all(w[0].isupper() for w in caps)

    if not all(named(x) for x in before):
        return last
    k = 0
    while k < len(last) and not last[k][0].isupper() and last[k].lower() in STOP:
        k += 1  # "the Middle East"
    if k == len(last) or not last[k][0].isupper():
        return last
    end = k
    while end < len(last) and (last[end][0].isupper() or last[end].lower() in STOP and end + 1 < len(last)
                               and last[end + 1][0].isupper()):
        end += 1
    return last[:end]


def _item(words: list[str]) -> Item | None:
    toks = _place(words) or _content(words)
    if not toks:
        return None
    caps = [p for w in words for p in w.split("-") if p and p[0].isalpha() and p.lower() not in STOP]
    return Item(" ".join(words), toks, bool(caps) and all(w[0].isupper() for w in caps))


_QUAL_WORDS = lx.PARTIAL | lx.FULL | lx.VAGUE_OUTCOME | lx.DEFINITE_OUTCOME | lx.RETAIN
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozen hundred".split())
_QUAL_RE = re.compile(r"\b(?:" + "|".join(sorted({w[:5] for w in _QUAL_WORDS}, key=len, reverse=True)) + r")",
                      re.IGNORECASE)
_INCL_RE = re.compile(r"\b(?:includ|such as)", re.IGNORECASE)


def enumerations(text: str) -> tuple[list[list[Item]], list[Item]]:
    """(lists of >= 3 items, members named after an inclusion cue). A text with one comma only
    lists short proper names ("in Arlen, Movia and Tesk")."""
    if "," not in text and not _INCL_RE.search(text):
        return [], []
    # with one comma, "A, B and C" is a list only of short names: the comma more often ends an
    # opening phrase ("Already without X, the coach relies on Y and Z")
    names_only = text.count(",") < 2
    words = HY_WORDS.findall(text)
    lists: list[list[Item]] = []
    included: list[Item] = []
    items: list[list[str]] = []
    cur: list[str] = []
    commas = 0
    final = False

    def close_list():
        nonlocal items, cur, commas, final
        if final and len(items) >= 2 and cur:
            segs = list(items)
            if len(segs) >= 3 and len(segs[0]) == 1 and segs[0][0].lower().endswith("ly"):
                segs = segs[1:]  # "Locally, the city faces A, B, and C": a sentence adverb
            opening, raw = segs[0] is text_first, segs[0]  # the first segment opens the text
            width = max(len(m) for m in (segs[1:] or [cur]))
            first = segs[0]
            cut = max((k + 1 for k, x in enumerate(first) if x.lower() in FIRST_ITEM_CUT), default=0)
            partial = cut > 0 and (first[cut - 1].lower() in _INCLUSION_CUES
                                   or [x.lower() for x in first[max(0, cut - 2):cut]] == ["such", "as"])
            first = first[cut:][-width:]
            segs = [first, *segs[1:], cur]
            if opening and _adverbial(raw, segs[0]):  # "Last Friday, A and B ...": no member
                segs = segs[1:]
            if len(segs) >= 3 and _verb_first(segs[0]) and not any(_verb_first(x) for x in segs[1:]):
                segs = segs[1:]  # "love to | emulate her look, her hair and red lipstick"
            if len(segs) < 3 or any(x[0].lower() in _FINITE for x in segs[1:]):
                segs = []  # a clause straddled ("..., who was promoted a month ago, is survived by A and B")
            if len(segs) >= 3 and segs[0]:
                segs[-1] = _name_head(segs[-1], segs[:-1])
            its = [_item(x) for x in segs] if segs and segs[0] else []
            # "X hit Y, killing A, injuring B and damaging C": participle clauses after a main
            # clause describe what happened, they are no set (a list of gerunds alone may be:
            # "calls for cutting fares, hiring more drivers and extending night routes")
            participles = [_clause(x) for x in segs]
            if its and all(its) and _appositive(segs, its):
                its = []  # "Jane Doe, champion swimmer turned actress and pin-up, dies": who she is
            if names_only and not all(it and it.name and len(x) <= 3 for it, x in zip(its, segs)):
                its = []
            if its and all(its) and not (any(participles[1:]) and not participles[0]):
                # "many stars including A, B and C" names some members only: no full list
                (included.extend if partial else lists.append)(its)  # type: ignore[arg-type]
        items, cur, commas, final = [], [], 0, False

    text_first = cur  # the text's first segment (compared by identity)
    i = 0
    while i < len(words):
        w = words[i]
        lw = w.lower()
        if final and (lw in LIST_BOUNDARY or w in LIST_PUNCT or w == "," or len(cur) >= LIST_MAX_WORDS
                      or (lw in ("and", "or") and cur)):  # "A, B and C and threw ...": C ends it
            close_list()
            continue
        if w == "," and items and any(x.lower() in CLAUSE_OPENERS for x in cur):
            items = []  # "..., while services to A, B and C": the list starts here
        if w == ",":
            if cur:
                if len(cur) > LIST_MAX_WORDS and items:
                    items = []
                items.append(cur)
                if len(items) > 1 and len(cur) > LIST_MAX_WORDS:
                    items = [cur]
            cur = []
            commas += 1
        elif lw in ("and", "or") and items and (words[i - 1] == "," or cur):
            if cur:
                items.append(cur)
                cur = []
            if len(items) >= 2 or (len(items) >= 1 and words[i - 1] == ","):
                final = True
            else:
                items = []
        elif w in LIST_PUNCT:
            close_list()
        else:
            cur.append(w)
            if not final and len(items) > 0 and len(cur) > LIST_MAX_WORDS + 4:
                items, cur = [], cur[-LIST_MAX_WORDS:]
        i += 1
    close_list()
    # inclusion cues: "including X", "such as X"
    low = [w.lower() for w in words]
    for k, lw in enumerate(low):
        cue = lw in ("including", "includes", "include") or (lw == "such" and k + 1 < len(low) and low[k + 1] == "as")
        if not cue:
            continue
        start = k + (2 if lw == "such" else 1)
        end = start
        while end < len(words) and words[end] not in LIST_PUNCT and words[end] != "," and low[end] not in ("and", "or") \
                and end - start < LIST_MAX_WORDS:
            end += 1
        it = _item(words[start:end])
        if it and not any(it.toks <= m.toks for lst in lists for m in lst[:1]) \
                and not any(it.toks <= m.toks for m in included):
            included.append(it)
    return lists, included


def name_pairs(text: str) -> list[list[Item]]:
    """Two proper names joined by "and" outside a longer list ("in the provinces of Arlen and
    Movia"): a set of two members, which an outlet listing three ("Arlen, Movia and Tesk")
    contradicts. Names are runs of up to three capitalised words; not at the text's start, where
    any word is capitalised, nor after a comma (the end of a longer list)."""
    words = HY_WORDS.findall(text)
    out = []
    for k, w in enumerate(words):
        if w != "and":
            continue
        j = k - 1
        left: list[str] = []
        while j >= 0 and words[j][:1].isupper() and len(left) < 3:
            left.insert(0, words[j])
            j -= 1
        if j < 0 or words[j] == "," or not left:
            continue
        right: list[str] = []
        j = k + 1
        while j < len(words) and words[j][:1].isupper() and len(right) < 3:
            right.append(words[j])
            j += 1
        a, b = (_item(left), _item(right)) if right else (None, None)
        if a and b and a.name and b.name and not a.toks & b.toks:
            out.append([a, b])
    return out


def qualifiers(text: str, phrases: dict[str, list[str]] | None = None) -> set[tuple[str, frozenset[str]]]:
    """(class, head tokens) for each scope qualifier: the content words in the 4 words after it."""
    if not _QUAL_RE.search(text):
        return set()
    words = words_of(text)
    out = set()
    for k, w in enumerate(words):
        if not w[0].isalpha():
            continue
        le = lemma(w)
        cls = ("partial" if le in lx.PARTIAL or w.lower() in lx.PARTIAL else
               "full" if le in lx.FULL or w.lower() in lx.FULL else
               "vague" if le in lx.VAGUE_OUTCOME or w.lower() in lx.VAGUE_OUTCOME else
               "definite" if le in lx.DEFINITE_OUTCOME or w.lower() in lx.DEFINITE_OUTCOME else
               "retain" if le in lx.RETAIN else None)
        if cls is None:
            continue
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if cls in ("full", "partial") and (nxt[:1].isdigit() or nxt in _COUNT_WORDS):
            continue  # "all four regions" counts a set, "some 2.4 million" is about: neither says extent
        window = []
        for x in words[k + 1:k + 5]:
            if not x[0].isalnum():
                break
            window.append(x)
        # an outcome is compared on its object, the noun phrase right after it: "address attacks
        # on X" / "release a patch for X" share X, not what is done
        head = _content(_object_phrase(window) if cls in ("vague", "definite") else window)
        if head:
            out.add((cls, head))
            if phrases is not None:
                phrases.setdefault(cls, []).append(" ".join([w, *window]))
    return out


_CONFLICTS = (("partial", "full"), ("vague", "definite"), ("retain", "full"))


def _pool(sigs: list[Sig], context: dict[int, list[str]] | None = None) -> dict[str, Pooled]:
    pools: dict[str, Pooled] = {}
    for s in sigs:
        for frag in (context or {}).get(s.idx, ()):  # "..., including X" split off by the extractor
            _, inc = enumerations(frag)
            pools.setdefault(s.source, Pooled(s.source)).included.extend(inc)
        p = pools.setdefault(s.source, Pooled(s.source))
        p.tokens |= s.tset
        for said_by in (s.claim.attribution, *(q.speaker for q in s.claim.quotes)):
            if said_by:  # the party it is attributed to is known to this outlet, wherever named
                p.known.add(_name_key(said_by))
        for e in (*s.claim.actors, *s.claim.regions):
            key = _name_key(e.name or e.text)
            if key:
                p.known.add(key)
            if e.end <= s.claim.start or e.start >= s.claim.end:
                continue  # named outside the claim (a resolved "he", a list's lead-in): not stated here
            if key:
                p.names.setdefault(key, e.name or e.text)
        p.nums.extend(x for x in s.nums if not _denied_amount(s, x))
        ls, inc = enumerations(s.claim.text)
        p.lists.extend(ls)
        p.included.extend(inc)
        p.pairs.extend(name_pairs(s.claim.text))
        q = qualifiers(s.claim.text, p.phrases)
        p.quals |= q
        if q:
            p.claim_quals.append(q)
    return pools


def _denied_amount(s: Sig, x: Num) -> bool:
    """A negated claim's amount of change is no figure it gives: "did not raise rates by half a
    point" says the rise was not half a point (a count it names, "did not release the names of
    the three victims", is given)."""
    if not s.neg:
        return False
    i = s.claim.text.find(x.text)
    return i > 0 and s.claim.text[:i].rstrip().lower().endswith(" by")


def _name_key(name: str) -> str:
    toks = [lemma(w) for w in words_of(name) if w[0].isalnum()]
    toks = [t for t in toks if t not in ("the",)]
    return " ".join(toks)


# ---------------------------------------------------------------- comparisons
def same_number(a: Num, b: Num) -> bool:
    """Do two quantities plausibly state one figure? (the extractor's `same_quantity` when both
    come from it; else one unit and a relative tolerance)"""
    if a.unit != b.unit:
        return False
    if a.q is not None and b.q is not None and _same_quantity is not None:
        return _same_quantity(a.q, b.q)
    tol = NUM_TOL_APPROX if (a.approximate or b.approximate) else NUM_TOL_EXACT
    big = max(abs(a.value), abs(b.value))
    return big == 0 or abs(a.value - b.value) <= tol * big


def _same_count(a: Num, b: Num) -> bool:
    """One figure of one counted thing (`Num.counts`, stricter than the unit: "killing 23 people"
    and "the toll has risen to 23" both count the dead), whatever words follow each."""
    if not a.counts or a.counts != b.counts or a.q is None or b.q is None or _same_quantity is None:
        return False
    return _same_quantity(a.q, b.q)


def _same_figure(a: Num, b: Num) -> bool:
    """The extractor's rule says the two quantities state one figure of one unit, whatever noun
    follows each ("nearly half a million people" / "about 480,000 patients")."""
    return a.q is not None and b.q is not None and _same_quantity is not None and _same_quantity(a.q, b.q)


def _conflict_number(a: Num, b: Num) -> bool:
    if a.share and b.share and a.share != b.share:
        return False  # "8% of its workforce" / "a 30% drop in sales": shares of two things
    if a.q is not None and b.q is not None and _conflicting is not None:
        return _conflicting(a.q, b.q)
    return not same_number(a, b)


def _distance(a: Num, b: Num) -> float:
    big, small = max(abs(a.value), abs(b.value)), min(abs(a.value), abs(b.value))
    return 0.0 if big == 0 else 1.0 - small / big


def _number_divergences(pools: dict[str, Pooled], core: list[Sig], scores: dict[tuple[int, int], float],
                        everything: dict[str, Pooled] | None = None) -> list[Divergence]:
    """Number divergences among the pooled figures of the cluster's core (`pools`); `everything`:
    the pools of all its claims (an outlet that gives the other side's figure there too disputes
    nothing)."""
    everything = everything or pools
    by_unit: dict[str, dict[str, list[Num]]] = defaultdict(dict)
    for src, p in pools.items():
        units = defaultdict(list)
        for x in p.nums:
            if x.counts and x.unit != "year":
                units[x.counts].append(x)
        for u, xs in units.items():
            by_unit[u][src] = xs
    out = []
    for unit, per in sorted(by_unit.items()):
        # an outlet giving one value twice gives it as loosely as it ever does ("$2bn" in the
        # headline, "about $2 billion" below it: the figure is about $2 billion)
        singles = {s: next((x for x in xs if x.approximate), xs[0]) for s, xs in per.items()
                   if len({x.value for x in xs}) == 1}
        if len(singles) < 2:
            continue
        # group outlets whose values agree with every value of the group: exact figures first,
        # then each hedged or bounded one ("at least seven") with the nearest group it fits, so
        # that it cannot join two figures that conflict ("seven" / "nine") into one group
        groups: list[list[str]] = []
        for s in sorted(singles, key=lambda s: (singles[s].approximate, s)):
            fits = [g for g in groups if not any(_conflict_number(singles[m], singles[s]) for m in g)]
            if fits:
                min(fits, key=lambda g: (_distance(singles[g[0]], singles[s]), g)).append(s)
            else:
                groups.append([s])
        if len(groups) < 2:
            continue
        # an outlet giving several figures ("ran the port for a decade, was sentenced to seven
        # years") sides with the one group that one of its figures fits, if just one does
        for s in sorted(set(per) - set(singles)):
            fits = [g for g in groups if any(not _conflict_number(singles[g[0]], x) for x in per[s])]
            if len(fits) == 1:
                fits[0].append(s)
        members = {s for g in groups for s in g}
        # the largest group is the reference (ties: the last by source id); every other group
        # whose figure is stated apart from the rest diverges from it ("one" / "two" / "three":
        # all three outlets differ, not one against two that agree)
        reference = max(groups, key=lambda g: (len(g), g))
        groups.sort(key=lambda g: (len(g), g))
        apart = [g for g in groups if g is not reference
                 and _stated_apart(core, scores, unit, set(g), members - set(g))
                 and not _also_given(pools, singles[g[0]], members - set(g))
                 and not _also_given(pools, singles[reference[0]], set(g))
                 and not _also_given(everything, singles[reference[0]], set(g), of_what=True)]
        if not apart:
            continue
        minority = sorted(s for g in apart for s in g)
        out.append(Divergence(kind="number", sources=minority, versus=sorted(reference),
                              explanation="; ".join(f"{', '.join(sorted(g))} {_give(g)} {singles[g[0]].text!r}"
                                                    for g in apart + [reference])))
    return out


def _also_given(pools: dict[str, Pooled], fig: Num, sources: set[str], of_what: bool = False) -> bool:
    """Some outlet of `sources` gives the figure too, of the same unit but for a thing not known
    ("226 yards ..., including an 86-yard run" gives the other outlet's "86 yard" run): the two
    may agree on it, so it is no divergence. With `of_what`: gives it for the same thing (in a
    claim of the cluster's periphery: an earlier "sentenced to seven years" beside "a sentence of
    12 years"): the outlet gives both figures and disputes neither."""
    if of_what:
        return any(y.counts == fig.counts and same_number(y, fig) for src in sources for y in pools[src].nums)
    return any(y.unit == fig.unit and not y.counts and same_number(y, fig)
               for src in sources for y in pools[src].nums)


def _give(sources: list[str]) -> str:
    return "gives" if len(sources) == 1 else "give"


def _stated_apart(core: list[Sig], scores: dict[tuple[int, int], float], unit: str,
                  side: set[str], others: set[str]) -> bool:
    """Some claim of `side` and some claim of `others` give conflicting values of `unit` and match
    each other at NUMBER_MIN_SCORE or more: the two figures are given for one thing, not for two
    things a cluster holds side by side ("80 people were wounded" / "killing hundreds"). Two
    durations must also be of one predicate ("sentenced to seven years" / "sentencing him to six
    years"; not "who led the choir for a half-century" / "found fame four decades after")."""
    for x in core:
        if x.source not in side:
            continue
        xs = [u for u in x.nums if u.counts == unit]
        if not xs:
            continue
        for y in core:
            if y.source not in others:
                continue
            ys = [v for v in y.nums if v.counts == unit]
            key = (x.idx, y.idx) if x.idx < y.idx else (y.idx, x.idx)
            if unit.startswith("duration:") and (x.pred is None or x.pred != y.pred):
                continue
            if ys and scores.get(key, 0.0) >= NUMBER_MIN_SCORE and any(_conflict_number(u, v) for u in xs for v in ys):
                return True
    return False


def _listed_apart(core: list[Sig], scores: dict[tuple[int, int], float], context, d: Divergence) -> bool:
    """Some claim of each side of an entity-set divergence lists members (or names one after
    "including") and the two claims match at LIST_MIN_SCORE or more: the two lists are given for
    one thing, not for two things a cluster holds side by side ("it connects twelve countries:
    A, B, ..." / "services to A, C and D were cut")."""
    def listing(s: Sig) -> bool:
        ls, inc = enumerations(s.claim.text)
        return bool(ls or inc or (context or {}).get(s.idx) or name_pairs(s.claim.text))

    side, other = set(d.sources), set(d.versus)
    xs = [s for s in core if s.source in side and listing(s)]
    ys = [s for s in core if s.source in other and listing(s)]
    return any(scores.get((x.idx, y.idx) if x.idx < y.idx else (y.idx, x.idx), 0.0) >= LIST_MIN_SCORE
               for x in xs for y in ys)


def _items_match(a: Item, b: Item) -> bool:
    """Members match on a shared token, or two one-word names spelled alike (rapidfuzz ratio >=
    SPELLING_RATIO, five letters or more: transliterations such as "Khaledi" / "Khaledin")."""
    if a.toks & b.toks:
        return True
    if a.name and b.name and len(a.toks) == len(b.toks) == 1:
        x, y = next(iter(a.toks)), next(iter(b.toks))
        return min(len(x), len(y)) >= 5 and fuzz.ratio(x, y) >= SPELLING_RATIO
    return False


SPELLING_RATIO = 85


def _entity_set_divergences(pools: dict[str, Pooled], sigs: list[Sig]) -> list[tuple[Divergence, frozenset[str]]]:
    """Each divergence with the tokens of the members in dispute. `sigs`: all the cluster's claims
    (core or not), for what each outlet says anywhere in it."""
    enum_src = sorted(s for s, p in pools.items() if p.lists)
    pair_src = sorted(s for s, p in pools.items() if p.pairs and not p.lists)
    said_cache: dict[str, frozenset[str]] = {}

    def said(src: str) -> frozenset[str]:  # content words of the outlet's claims, read when needed
        if src not in said_cache:
            said_cache[src] = frozenset().union(*(_content(HY_WORDS.findall(x.claim.text))
                                                  for x in sigs if x.source == src))
        return said_cache[src]

    incl_src = sorted(s for s, p in pools.items() if p.included)
    # members per outlet: list members plus included members
    members = {s: [m for lst in pools[s].lists for m in lst] + list(pools[s].included) for s in pools}
    # universe of members, matched across outlets
    universe: list[list[tuple[str, Item]]] = []
    for s in sorted(set(enum_src) | set(incl_src)):
        for m in members[s]:
            for u in universe:
                if any(_items_match(m, x) for _, x in u):
                    u.append((s, m))
                    break
            else:
                universe.append([(s, m)])
    for s in pair_src:  # "A and B" holds the members it names; it founds none
        for m in (m for pair in pools[s].pairs for m in pair):
            for u in universe:
                if any(_items_match(m, x) for _, x in u):
                    u.append((s, m))
                    break
    holders = [sorted({s for s, _ in u}) for u in universe]
    out: list[Divergence] = []
    seen: set[frozenset] = set()
    for u, hold in zip(universe, holders):
        hs = set(hold)
        # outlets that enumerate the same set (share >= 2 members, or >= 1 for short lists) but lack this member
        lacking = []
        for s in (*enum_src, *pair_src):
            if s in hs or any(m.toks <= said(s) for _, m in u):
                continue  # s names the member elsewhere in the cluster: it leaves nothing out
            for h in hold:
                if _same_set(h, s, members, holders, pools):
                    lacking.append(s)
                    break
        if not lacking:
            continue
        have = sorted(h for h in hold if any(_same_set(h, s, members, holders, pools) for s in lacking))
        if not have:
            continue
        key = frozenset((tuple(have), tuple(sorted(lacking))))
        label = u[0][1].text
        what = f"{', '.join(have)} list {label!r}, which {', '.join(sorted(lacking))} leave out"
        toks = frozenset().union(*(m.toks for _, m in u))
        if key in seen:  # one divergence per pair of sides, naming every member in dispute
            k = next(k for k, (d, _) in enumerate(out) if frozenset((tuple(d.sources), tuple(d.versus))) == key)
            out[k][0].explanation += f"; {what}"
            out[k] = (out[k][0], out[k][1] | toks)
            continue
        seen.add(key)
        side, other = (have, sorted(lacking)) if len(have) <= len(lacking) else (sorted(lacking), have)
        out.append((Divergence(kind="entity_set", sources=side, versus=other,
                               explanation=f"different members of one listed set: {what}"), toks))
    return out


def _same_set(h: str, s: str, members, holders, pools) -> bool:
    """Do outlets h and s enumerate the same set? (share >= 2 members; or s names two members
    ("A and B") that h lists with others; or h names a member by 'including' and s lists proper
    names, h's member being a name too)"""
    shared = sum(1 for hold in holders if h in hold and s in hold)
    if pools[h].lists and pools[s].lists and shared >= 2:
        return True
    if not pools[s].lists and pools[s].pairs and any(
            all(it.name for it in lst[:-1]) and all(any(_items_match(m, x) for x in lst) for m in pair)
            for pair in pools[s].pairs for lst in pools[h].lists):
        return True  # "A, B and C" / "A and B": both of the pair are in a list of names (the
        # last item may carry the head noun: "the IBF, WBO and IBO titles")
    if pools[h].included and pools[s].lists:
        names_s = [m for lst in pools[s].lists for m in lst]
        if sum(m.name for m in names_s) >= 0.66 * len(names_s) and any(m.name for m in pools[h].included):
            return True
    return False


def _scope_divergences(pools: dict[str, Pooled]) -> list[Divergence]:
    """Claim against claim: one bears qualifier class c1 on a head word, the other c2 on the same
    head, and neither claim bears both classes on it."""
    out = []
    srcs = sorted(pools)
    for c1, c2 in _CONFLICTS:
        side1: set[str] = set()
        side2: set[str] = set()
        for x, sa in enumerate(srcs):
            for sb in srcs[x + 1:]:
                for qa in pools[sa].claim_quals:
                    for qb in pools[sb].claim_quals:
                        hit = _conflict(qa, qb, c1, c2)
                        if hit == 1:
                            side1.add(sa)
                            side2.add(sb)
                        elif hit == 2:
                            side1.add(sb)
                            side2.add(sa)
        if not side1 or not side2:
            continue
        a, b = sorted(side1 - side2), sorted(side2 - side1)
        if not a or not b:
            continue
        side, other = (a, b) if len(a) <= len(b) else (b, a)
        out.append(Divergence(kind="scope", sources=side, versus=other,
                              explanation=f"{', '.join(a)} say {c1} ({_qual_words(pools, a, c1)}); "
                                          f"{', '.join(b)} say {c2} ({_qual_words(pools, b, c2)})"))
    return out


def _heads(q, cls) -> set[str]:
    return set().union(*[h for c, h in q if c == cls]) if q else set()


def _conflict(qa, qb, c1, c2) -> int:
    """1 if qa has c1 and qb c2 on a shared head (2 for the reverse), neither having both there."""
    a1, a2, b1, b2 = _heads(qa, c1), _heads(qa, c2), _heads(qb, c1), _heads(qb, c2)
    shared = (a1 & b2) - a2 - b1
    if shared:
        return 1
    shared = (a2 & b1) - a1 - b2
    if shared:
        return 2
    return 0


def _qual_words(pools, srcs, cls) -> str:
    said = []
    for s in srcs:
        for ph in pools[s].phrases.get(cls, []):
            if ph not in said:
                said.append(ph)
    return "; ".join(repr(x) for x in said[:3])


def _speakers(s: Sig) -> set[str]:
    return {q.speaker for q in s.claim.quotes if q.speaker}


def _other_side(a: Sig, b: Sig) -> bool:
    """Converse predicates with different subjects tell one happening from its two sides ("the
    Hawks won" / "the Rams lost"), which is no contradiction; with one subject ("A won" / "A
    lost") it is."""
    return lx.converse(a.pred, b.pred) and bool(a.subj and b.subj) and not (a.subj & b.subj)


def _comparable(a: Sig, b: Sig) -> bool:
    """Can the two claims contradict each other? Not when they name different subjects ("Diaz is
    not signed" / "Lee and Park are signed") or both name someone or somewhere and share no name
    (a passive has no subject to compare), nor when one is a quotation and they do not quote one
    speaker ("I'm not disappointed" / "I am extremely disappointed", two people)."""
    if subject_clash(a, b):
        return False
    na, nb = a.names & a.tset, b.names & b.tset
    if na and nb and not (na & nb):  # no one named in both: about different people or places
        return False
    if a.kind == "quote" or b.kind == "quote":
        return bool(_speakers(a) & _speakers(b))
    return True


def _said_of_one_thing(a: Sig, b: Sig, pred: str) -> bool:
    """A denial contradicts only what is said of the same thing: the claims share a content word
    besides the predicate and the telling ("did not speak to reporters" does not deny "said he
    had spoken to the boy's parents"), or neither says anything but the act ("his lawyer said he
    would not appeal" denies "his lawyer said he would appeal"; "did not speak to reporters" has
    no word but the act either, "had spoken to the boy's parents" has)."""
    own_a, own_b = _about_self(a, a.tset - {pred} - lx.REPORTING), _about_self(b, b.tset - {pred} - lx.REPORTING)
    return bool(own_a & own_b) or not (own_a or own_b)


_SELF = re.compile(r"\b(?:he|she|it|they|his|her|its|their)\b", re.I)


def _about_self(s: Sig, own: frozenset[str]) -> frozenset[str]:
    """A claim's own words; when it has none but the act and what it says is about its speaker,
    the speaker's ("The minister denied that she had resigned": the minister resigned or not;
    "The coach said he had spoken to the boy's parents" has words of its own, which a denial
    must share)."""
    if own or not s.claim.attribution or not _SELF.search(s.claim.text):
        return own
    return own | {lemma(w) for w in words_of(s.claim.attribution) if w[:1].isalpha()} - STOP


def _denies_the_figure(neg: Sig, pos: Sig) -> bool:
    """The negation is of an amount the other claim does not give ("did not raise rates by half a
    point" / "raised rates by a quarter point", or / "raised rates": `_denied_amount`): what is
    denied is the amount, not the act. The same amount denied is a contradiction."""
    figures = [x for x in neg.nums if _denied_amount(neg, x)]
    return bool(figures) and not any(same_number(x, y) or _same_figure(x, y) for x in figures for y in pos.nums)


def _named_subject(a: Sig, b: Sig) -> bool:
    """Two claims whose subject sides share a name (a word either claim names: "Shares in Velka
    rose" / "Velka shares fell", "shares in Velka Motors fell") are about one thing, however else
    worded; so are two that give a figure of one unit for one date (a month or a weekday) and
    share a word that is the subject of one of them:
    "Inflation rose to 3.4% in November" / "inflation fell to 3.1% in November, the office said"
    (a reported claim has no subject side; "voting began on Sunday" / "the election ended on
    Sunday" give no figure)."""
    if a.subj & b.subj & (a.names | b.names):  # ("Harlow shares rose": a name opening a claim is
        return True                            # read as a name only where another word shows it)
    shared = a.core & b.core
    if not shared & _DATE_WORDS or not (shared & (a.subj | b.subj)) - _DATE_WORDS:
        return False
    units = {x.unit for x in a.nums if x.unit and x.unit != "year"}
    return any(y.unit in units for y in b.nums)


_DATE_WORDS = frozenset(lx.WEEKDAYS) | frozenset(lx.MONTHS) - {"may"}  # ("may" is mostly the modal)


_REFUSED = re.compile(r"\b(?:(?:refus|declin)(?:e|es|ed|ing)|fail(?:s|ed|ing)?)\s+to\s+([a-z]+)", re.I)
_REFUSING = frozenset((lx.canon("refuse"), lx.canon("decline"), lx.canon("fail")))  # "decline" is of the "~cut" class


def _stated(s: Sig) -> tuple[str | None, bool]:
    """The predicate a claim states and its negation; for "X said <content>", the content's; for
    "X refused (declined, failed) to resign", "resign", negated."""
    if s.said_pred and (s.pred in lx.REPORTING or s.pred == DENY_CLASS):
        return s.said_pred, s.said_neg
    m = _REFUSED.search(s.claim.text) if s.pred in _REFUSING else None
    if m:
        return lx.canon(lemma(m.group(1).lower())), not s.neg
    return s.pred, s.neg


_UNDECIDED = re.compile(r"\b(?:(?:not\s+(?:yet\s+)?decided|n't\s+(?:yet\s+)?decided|undecided(?:\s+on)?)\s+"
                        r"(?:whether|if)\s+(?:or\s+not\s+)?to|consider(?:s|ed|ing)\s+(?:whether\s+(?:or\s+not\s+)?to|an?))"
                        r"\s+([a-z]+)", re.I)
_OPEN = re.compile(r"\b(?:may|might|could|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|whether|if)\b", re.I)


def _undecided(s: Sig) -> tuple[str, str] | None:
    """The act a claim says its party has not decided on ("has not decided whether to appeal", "is
    considering an appeal", "considering whether to appeal"), as its predicate class and as
    written, or None."""
    m = _UNDECIDED.search(s.claim.text)
    return (lx.canon(lemma(m.group(1).lower())), m.group(1)) if m else None


def _decided(s: Sig, act: str) -> bool:
    """The claim states the act as settled, done or not ("will appeal", "appealed", "will not
    appeal"), not as open ("may appeal", "is considering whether to appeal") nor hedged."""
    return _stated(s)[0] == act and s.claim.stance != "hedged" and not _OPEN.search(s.claim.text) \
        and _undecided(s) is None


_TIME_BOUND = re.compile(r"\b(?:until|till|only after|only when|at first|initially)\b", re.I)


def _time_bounded(s: Sig) -> bool:
    """The claim bounds its predicate in time ("denied the accusations until finally coming
    forward", "only after he came forward"): its opposite at another time is no contradiction."""
    return bool(_TIME_BOUND.search(s.claim.text))


def _sequence(a: Sig, b: Sig, pa: str, pb: str) -> bool:
    """Two opposites a story may tell one after the other (`lexicon.SEQUENCE`: entering and
    leaving, beginning and halting), not dated to one weekday: no contradiction."""
    return frozenset((pa, pb)) in lx.SEQUENCE and not (a.day and a.day == b.day)


def _contradictions(sigs: list[Sig], scores: dict[tuple[int, int], float],
                    core: set[int] | None = None) -> list[Divergence]:
    """Pairs of outlets' claims with opposite predicates (or one negated), matched well enough.
    A claim outside the cluster's `core` (indices; None: all are core) is read only against a
    claim about the same named subject: "Marlow's shares fell 3%" sits at the edge of a cluster
    of "Marlow shares jumped 18%" because of the very words that contradict it."""
    out = []
    found: dict[tuple[str, str], tuple[Sig, Sig, str]] = {}
    stated = {s.idx: _stated(s) for s in sigs}
    undecided = {s.idx: _undecided(s) for s in sigs}
    bounded = {s.idx for s in sigs if _time_bounded(s)}
    for i, a in enumerate(sigs):
        if a.idx in bounded:
            continue
        for b in sigs[i + 1:]:
            if a.source == b.source or b.idx in bounded:
                continue
            key = (a.idx, b.idx) if a.idx < b.idx else (b.idx, a.idx)
            named = _named_subject(a, b)
            if core is not None and not named and not (a.idx in core and b.idx in core):
                continue
            if scores.get(key, 0.0) < (CONTRADICTION_NAMED_MIN_SCORE if named else CONTRADICTION_MIN_SCORE):
                continue
            if not _comparable(a, b):
                continue
            why = None
            (pa, na), (pb, nb) = stated[a.idx], stated[b.idx]
            if pa and pb and lx.opposite(pa, pb) and not na and not nb and not _other_side(a, b) \
                    and not _sequence(a, b, pa, pb):
                why = f"{pa.lstrip('~')!r} vs {pb.lstrip('~')!r}"
            elif pa and pa == pb and na != nb and pa not in lx.UNINFORMATIVE and _said_of_one_thing(a, b, pa) \
                    and not _denies_the_figure(a if na else b, b if na else a):
                why = f"{'not ' if na else ''}{pa.lstrip('~')} vs {'not ' if nb else ''}{pb.lstrip('~')}"
            elif undecided.get(a.idx) and _decided(b, undecided[a.idx][0]):
                why = f"undecided whether to {undecided[a.idx][1]} vs decided"
            elif undecided.get(b.idx) and _decided(a, undecided[b.idx][0]):
                why = f"decided vs undecided whether to {undecided[b.idx][1]}"
            if why is None:
                continue
            pair = (a.source, b.source) if a.source < b.source else (b.source, a.source)
            if pair not in found:
                found[pair] = (a, b, why) if a.source < b.source else (b, a, why)
    # one divergence per outlet that contradicts others: the outlet contradicting most goes first
    while found:
        partners: dict[str, list[str]] = defaultdict(list)
        for x, y in found:
            partners[x].append(y)
            partners[y].append(x)
        side = min(partners, key=lambda o: (-len(partners[o]), o))
        versus = sorted(partners[side])
        a, b, why = found[(side, versus[0]) if side < versus[0] else (versus[0], side)]
        mine, theirs = (a, b) if a.source == side else (b, a)
        for o in versus:
            found.pop((side, o) if side < o else (o, side))
        # the outlets that state what one side states are on that side (each claim scored too
        # low against the other side to be found above, "profit drops" beside "profit fell 12%")
        sides = ([side], list(versus))
        for s in sigs:
            if s.source in sides[0] or s.source in sides[1]:
                continue
            for k, ref in enumerate((mine, theirs)):
                if stated[s.idx] == stated[ref.idx] and stated[s.idx][0] and _comparable(s, ref):
                    sides[k].append(s.source)
                    break
        ours, others = sorted(set(sides[0])), sorted(set(sides[1]) - set(sides[0]))
        if len(ours) > len(others):  # the smaller side is the one that diverges
            ours, others, mine, theirs = others, ours, theirs, mine
        for key in [k for k in found if (k[0] in ours and k[1] in others) or (k[1] in ours and k[0] in others)]:
            found.pop(key)  # told once
        out.append(Divergence(kind="contradiction", sources=ours, versus=others,
                              explanation=f"{', '.join(ours)}: {mine.claim.text!r}; {', '.join(others)}: "
                                          f"{theirs.claim.text!r} ({why})"))
    return out


def _details(pools: dict[str, Pooled], disputed: frozenset[str] = frozenset()) -> list[Detail]:
    """What each outlet adds that no other gives: names, figures, extent qualifiers, list members.
    A member of a listed set in dispute (`disputed`: its tokens) is no detail: the divergence
    names it."""
    out = []
    for s in sorted(pools):
        others = [p for t, p in pools.items() if t != s]
        other_tokens = set().union(*(p.tokens for p in others))
        # the words of the names the others give ("Jane Doe" is "Jane Q. Doe")
        # the words of the names the others give ("Jane Doe" is "Jane Q. Doe"), also those that
        # name the claim's party outside its text (the demander of a list item split off)
        other_names = {w for p in others for k in p.names.keys() | p.known for w in k.split()}
        extra = []
        for key, name in sorted(pools[s].names.items()):
            if not any(key in p.names or key in p.known for p in others) \
                    and not (set(key.split()) & (other_tokens | other_names)) and not set(key.split()) <= disputed:
                extra.append(name)
        # a figure that another outlet gives, or conflicts with, is no detail; nor is it when the
        # outlet gives it twice and one of the two is so ("draws 100,000" in a headline, "more than
        # 100,000 people" below it), or when another gives it of other words for the same unit
        # ("nearly half a million people" / "about 480,000 patients")
        told = {x.value for x in pools[s].nums
                if any(same_number(x, y) or _same_count(x, y) or x.text.lower() == y.text.lower() or _same_figure(x, y)
                       or (x.counts == y.counts and (x.counts or x.unit == y.unit) and _conflict_number(x, y))
                       for p in others for y in p.nums)}
        given: set[tuple[float, str]] = set()  # one figure once: "25" in the headline, "Twenty-five" below it
        extra += [x.text for x in pools[s].nums if x.value not in told
                  and not ((x.value, x.of or x.unit) in given or given.add((x.value, x.of or x.unit)))]
        for c, h in sorted(pools[s].quals, key=lambda q: (q[0], sorted(q[1]))):
            if c not in _EXTENT:  # "address", "review" are outcome words: they matter in a conflict only
                continue
            if not any(c == c2 and h & h2 for p in others for c2, h2 in p.quals) and h & other_tokens:
                extra.append(_qual_phrase(pools[s], c, h))
        members = [m for lst in pools[s].lists for m in lst] + pools[s].included
        for m in members:
            om = [y for p in others for lst in p.lists for y in lst] + [y for p in others for y in p.included]
            if om and not any(_items_match(m, y) for y in om) and m.text not in extra and not m.toks <= disputed \
                    and not any(_part_of_name(m.text, x) for x in extra):
                extra.append(m.text)
        seen = set()
        extra = [x for x in extra if not (x in seen or seen.add(x))]
        if extra:
            out.append(Detail(source=s, text="adds " + "; ".join(extra[:8])))
    return out


def _part_of_name(short: str, name: str) -> bool:
    """Whether a list member's words are all words of a name already given ("Dahl" of "Jo Dahl")."""
    words = set(words_of(short.lower()))
    return bool(words) and words <= set(words_of(name.lower()))


_EXTENT = frozenset(("partial", "full", "retain"))  # qualifier classes that say how much, as details


def _qual_phrase(p: Pooled, cls: str, head: frozenset[str]) -> str:
    """A qualifier as the outlet wrote it ("fully repair the line"), else its class and head words."""
    for ph in p.phrases.get(cls, []):
        if _content(words_of(ph)[1:]) & head:
            return ph
    return f"{cls} ({' '.join(sorted(t.lstrip('~') for t in head))})"


def _core_members(sigs: list[Sig], scores: dict[tuple[int, int], float]) -> list[Sig]:
    """The claims that state the cluster's claim, not ones it took in at its edge: a claim whose mean
    score to the other outlets' claims is below PERIPHERY * the cluster's mean cross-outlet score
    is left out of the divergence checks (it still counts for details and verdicts)."""
    if len(sigs) <= 2:
        return sigs
    tot: dict[int, list[float]] = {s.idx: [] for s in sigs}
    pairs = []
    for x, a in enumerate(sigs):
        for b in sigs[x + 1:]:
            if a.source == b.source:
                continue
            v = scores.get((a.idx, b.idx) if a.idx < b.idx else (b.idx, a.idx), 0.0)
            tot[a.idx].append(v)
            tot[b.idx].append(v)
            pairs.append(v)
    if not pairs:
        return sigs
    bar = PERIPHERY * sum(pairs) / len(pairs)
    core = [s for s in sigs if not tot[s.idx] or sum(tot[s.idx]) / len(tot[s.idx]) >= bar]
    return core if len({s.source for s in core}) >= 2 else sigs


def compare(sigs: list[Sig], scores: dict[tuple[int, int], float], context: dict[int, list[str]] | None = None):
    """(verdicts, details, divergences) for one cluster's claims. `context` maps a claim (by index)
    to the texts of fragments split off its sentence right after it ("including X")."""
    sources = sorted({s.source for s in sigs})
    if len(sources) == 1:
        return {sources[0]: "exclusive"}, [], []
    pools = _pool(sigs, context)
    core = _core_members(sigs, scores)
    cpools = _pool(core, context) if len(core) < len(sigs) else pools
    found = [(d, t) for d, t in _entity_set_divergences(cpools, sigs) if _listed_apart(core, scores, context, d)]
    sets = [d for d, _ in found]
    divs = (_number_divergences(cpools, core, scores, pools) + sets + _scope_divergences(cpools)
            + _contradictions(sigs, scores, {s.idx for s in core}))
    details = _details(pools, frozenset().union(*(t for _, t in found)))
    verdicts = {}
    # the minority of a conflict diverges; when neither side outnumbers the other, both do
    diverging = {s for d in divs for s in (d.sources + d.versus if len(d.versus) <= len(d.sources) else d.sources)}
    detailed = {d.source for d in details}
    for s in sources:
        verdicts[s] = "diverges" if s in diverging else "adds_detail" if s in detailed else "agrees"
    return verdicts, details, divs
