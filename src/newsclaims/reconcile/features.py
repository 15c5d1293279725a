"""Claim signatures: what `match` compares, computed once per claim with cheap means.

Method. The claim text is split by a regex into words and punctuation; each word gets a lemma from
spaCy's English lemma tables (exceptions, then suffix rules checked against the word index, no
tagging: verb, then noun, then adjective readings), cached per word; no pipeline is run. When the
extractor filled `Claim.keywords` / `Claim.predicate`, those win. Content words (stop words, reporting
words and negations removed) are mapped through the synonym classes of `lexicon` ("reduce" ->
"~cut"), so paraphrases share tokens. The predicate splits the words into a subject side and an
object side (for a passive with a "by" agent the sides are swapped), which is what tells a role
swap ("A urges B to withdraw" / "B urges A to withdraw") from a paraphrase. The core (what the
claim is about) is the object side, or the whole claim but the predicate when there is no object
(an event whose verb the parse found without one: "the warehouse burned on Tuesday"). What is not claimed
is set aside: an opening concession ("Despite X, ...") leaves the tokens; a condition ("if ...")
and an aside between commas (appositive, non-restrictive relative clause) leave the core.

Limits: without a parse the fallback predicate is the first word found in the synonym lexicon,
and the subject/object split is positional; names are taken from the claim's entities plus
capitalised words inside the sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS
from spacy.lang.en.stop_words import STOP_WORDS

from ..extract.entities import TITLES as _ENTITY_TITLES
from ..extract.lexicon import PEOPLE_NOUNS
from ..models import Claim
from . import lexicon as lx

STOP = frozenset(w for w in STOP_WORDS if "'" not in w and "’" not in w) - lx.KEEP
TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’]*|\d[\d,.]*\d%?|\d%?|[^\sA-Za-z\d]")
_SENT_PUNCT = frozenset((".", ":", "\u201c", '"', "-", "\u2014", "\u2013", "\u2022"))
BE = frozenset("be is are was were been being 's".split())
#: prepositions that open an adjunct (when, where, how), not what a verb acts on
_ADJUNCT_PREPS = frozenset("at in on after before during since until amid near outside inside".split())
_VALUE_PREPS = frozenset("to by from".split())
_CHANGE_CLASSES = frozenset((lx.canon("cut"), lx.canon("increase")))
SAY_CLASS = lx.canon("say")
REJECT_CLASS = lx.canon("reject")
_CONDITION_MARKS = frozenset(("if", "unless"))
_CONCESSION_MARKS = frozenset(("despite", "notwithstanding", "although", "though"))
_WILLING, _UNWILLING = lx.canon("willing"), lx.canon("unwilling")
_OBJECT_PRONOUNS = frozenset("""himself herself itself themselves myself yourself ourselves him her it them
me us""".split())


# ---------------------------------------------------------------- lemmas
@lru_cache(maxsize=1)
def _tables():
    try:
        from ..nlp import get_nlp

        lookups = get_nlp().get_pipe("lemmatizer").lookups
        return (lookups.get_table("lemma_index"), lookups.get_table("lemma_exc"),
                lookups.get_table("lemma_rules"))
    except Exception:  # no trained pipeline: crude suffix rules below
        return None


_CRUDE = (("ies", "y"), ("sses", "ss"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def american(word: str) -> str:
    """The American spelling of a lower-case British one (breame's table), else the word."""
    return BRITISH_ENGLISH_SPELLINGS.get(word, word)


def predicate_lemma(claim: Claim) -> str:
    """The extractor's predicate, lower-cased, in American spelling ("" when it gave none)."""
    return american(claim.predicate.lower()) if claim.predicate else ""


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Lemma of a lower-case word without context: exceptions, then verb/noun/adj suffix rules.
    A British spelling is read in its American form first (breame's table: "centre" -> "center",
    "tyres" -> "tires", "organised" -> "organized"), so that outlets of both shores share words."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s") or w.endswith("s'"):
        w = w[:-2] if w.endswith("'s") else w[:-1]
    if not w.isalpha():
        return w
    w = american(w)
    t = _tables()
    if t is None:
        for old, new in _CRUDE:
            if w.endswith(old) and len(w) - len(old) >= 3:
                return w[: len(w) - len(old)] + new
        return w
    index, exc, rules = t
    for pos in ("verb", "noun", "adj"):
        e = exc.get(pos, {}).get(w)
        if e:
            return e[0]
        idx = index.get(pos, ())
        if pos == "verb" and w in idx:
            return w  # a base form stays: "pass", "discuss" (a rule would make "pas", "discus")
        for old, new in rules.get(pos, ()):
            if w.endswith(old) and len(w) > len(old) + 1:
                form = w[: len(w) - len(old)] + new
                if form in idx:
                    if form in STOP and w in index.get("adj", ()):
                        break  # an adjective, not a form of an auxiliary: "willing" is not "will"
                    return form
    return w


_DERIVE = (  # (suffix, replacements, parts of speech the base must be) - nominalisations to their base
    ("iness", ("y",), ("adj",)), ("ness", ("",), ("adj",)), ("ity", ("", "e"), ("adj",)),
    ("ation", ("ate", "e", ""), ("verb",)), ("ion", ("", "e"), ("verb",)), ("ment", ("",), ("verb",)),
    ("ance", ("", "e"), ("verb",)), ("ence", ("", "e"), ("verb",)), ("ure", ("", "e"), ("verb",)),
    ("al", ("", "e"), ("verb",)), ("er", ("",), ("verb",)), ("ful", ("",), ("noun",)),
)
_NO_DERIVE = frozenset("""
million billion trillion mission passion fashion cushion pension session lion onion station nation
signal total final animal local number former corner letter matter later power order member border
sentence pressure measure nature future culture feature creature treasure figure position
question portion department apartment portal venture posture computer version
facility opportunity generation majority minority priority security activity reality community
career counter render shower pointer twitter barber stagger splinter slipper locker cracker heater poster
tension opinion contention destination revelation legislature stability diversity personality electricity
grateful handful careful
""".split())


#: classes of a change in amount: an agent noun ("climber", "grower", "booster") is no such change
_AMOUNT_CLASSES = frozenset(lx.canon(w) for w in ("increase", "cut"))


@lru_cache(maxsize=200_000)
def derive(le: str) -> str:
    """Base of a derived noun when the base is a known verb/adjective: "protection" -> "protect",
    "withdrawal" -> "withdraw", "speaker" -> "speak", "legality" -> "legal", "peaceful" ->
    "peace". A word of the synonym lexicon stays as it is ("aspiration" is not "aspirate"), and
    an agent noun does not go to a verb of changing amounts ("climber" is not "climb": it rose
    nothing)."""
    t = _tables()
    if t is None or le in _NO_DERIVE or not le.isalpha() or le in lx.PRED_CLASS or le in lx.NEGATIVE_OF:
        return le
    index = t[0]
    for suf, reps, poss in _DERIVE:
        if le.endswith(suf) and len(le) - len(suf) >= 4:
            if suf == "al" and le in index.get("adj", ()):
                return le  # "formal", "internal", "pivotal" are adjectives, not "form", "intern", "pivot"
            stem = le[: len(le) - len(suf)]
            cands = [stem + r for r in reps]
            if suf == "er" and len(stem) >= 5 and stem[-1] == stem[-2]:
                cands.append(stem[:-1])
            for c in cands:
                if any(c in index.get(p, ()) for p in poss):
                    if suf == "er" and lx.canon(c) in _AMOUNT_CLASSES:
                        return le  # "climbers", "growers", "booster shots" rise nothing
                    return c
            return le
    return le


def _canon_derived(le: str) -> str:
    """The synonym class of a lemma; a derived noun not in the lexicon goes to its base first."""
    return lx.canon(derive(le))


@lru_cache(maxsize=50_000)
def place_words(word: str) -> tuple[str, ...] | None:
    """A capitalised demonym or exonym as the words of its place ("Ukrainian" -> ("ukraine",),
    "Kiev" -> ("kyiv",)), from the gazetteer; None if it is neither."""
    try:
        from ..extract import gazetteer as gz
    except Exception:  # pragma: no cover
        return None
    try:
        p = gz.demonym_place(word) or gz.canonical_place(word)
    except Exception:
        return None
    if not p or p == word:
        return None
    out = tuple(w.lower() for w in TOKEN_RE.findall(p) if w[0].isalpha() and w.lower() not in STOP)
    return out or None


# ---------------------------------------------------------------- numbers
_UNITS = {"percent": "fraction", "per cent": "fraction", "%": "fraction"}
_WORDNUM = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_WORDNUM.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                 "ninety": 90, "dozen": 12, "hundred": 100})
_SCALE = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_FRACTION = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "halves": 2, "thirds": 3, "quarters": 4, "fifths": 5}
APPROX = frozenset("nearly almost around about roughly approximately some over under estimated close "
                   "up more less than just barely circa".split())


@dataclass(frozen=True, slots=True)
class Num:
    value: float
    unit: str  # "fraction", "year" (calendar), "count:<noun lemma>", the extractor's unit, or "" when unknown
    approximate: bool
    text: str
    q: object = None  # the extractor's Quantity, when it gave one (compared with its own rules)
    of: str | None = None  # what it quantifies, for divergences (None: `unit`; "": not known)
    share: str | None = None  # for a proportion, the noun of what it is a share of, when said (`_proportion_of`)

    @property
    def counts(self) -> str:
        """The unit two conflicting figures must share to diverge (stricter than `unit`)."""
        return self.unit if self.of is None else self.of


#: the extractor's units as `Num.unit`: calendar years and dates are "year" (no figure of a thing:
#: never compared as one), a duration in years ("seven years in prison") is "duration:year"
_UNIT_OF_QUANTITY = {"percent": "fraction", "fraction": "fraction", None: "count", "person": "count",
                     "calendar_year": "year", "date": "year", "year": "duration:year"}


def _from_quantities(claim: Claim) -> list[Num]:
    """The extractor's quantities (percentages are already proportions: 30% -> 0.30); a bare count
    is told apart by the noun after it ("four regions" is not "three sources"). For divergences
    (`Num.of`) stricter: the noun must follow the count before any punctuation (else, as in
    "Jane Doe, 58, and ..." or "one of the largest", it counts nothing known and conflicts with
    nothing), and an age is told apart by whom it is given for when a noun follows ("the
    32-year-old champion" is not "the 36-year-old challenger"). A count of people, or one whose
    noun is itself a fate word ("14 dead", "twelve killed"), is told apart by what befell them."""
    out = []
    for q in claim.numbers:
        unit = of = _UNIT_OF_QUANTITY.get(q.unit, q.unit or "")
        if unit == "count":
            tail = _compound_heads(words_of(claim.text[max(0, q.end - claim.start):]))  # the words after it
            verb = lemma(claim.predicate) if claim.predicate else None
            content = [w for w in tail if w[0].isalpha() and not _det_or_owner(w)][:3]
            noun = next((le for le in map(lemma, content) if le not in STOP), "")
            if noun and lemma(content[0]) == noun:
                noun = _compound_head(content) or noun  # "four rebel commanders" count commanders
            noun = "" if noun == verb else noun
            unit = "count:" + _count_noun(noun) if noun else ""
            noun = _counted(claim, q, tail)
            of = "count:" + _count_noun(noun) if noun else ""
            fate = _fate_of(noun) if noun else None  # "14 dead", "twelve killed"
            if noun in _PERSON_NOUNS and _count_noun(noun) != "people" and not fate:  # "shot three co-workers" / "shot and killed two co-workers":
                befell = _fate(claim, q, tail)     # the shot and the killed are two counts of co-workers
                of = f"{of}:{befell}" if befell else of
            if not noun and whole_of_part(claim, q):
                fate = None  # the whole of "killing 3 of the 5 hostages" is no count of the dead
            elif not fate and ((not noun and q.text.lower() != "one")  # "when one is killed": a pronoun
                             or (noun and _count_noun(noun) == "people")):
                fate = _fate(claim, q, tail)
            after_q = claim.text[q.end - claim.start:q.end - claim.start + 2]
            glued = len(after_q) == 2 and after_q[0] in _HYPHENS and after_q[1].isalpha()
            # (a figure glued to a word, "the 55-member assembly", describes a thing: it measures nothing)
            partitive = tail[:1] == ["of"]  # "four children ..., one of them in intensive care": a part of the four
            measure = _elided_measure(out) if not noun and not fate and not glued and not partitive \
                and not whole_of_part(claim, q) else None
            if fate:
                of = "count:people:" + fate
            elif measure:  # "rushed for 226 yards while Boyd added 101": 101 yards
                unit, of = measure
            elif not noun:
                anchor = _anchor(claim, q)
                if anchor:  # "the retirement age to 67": a figure of the age
                    of = "value:" + anchor
        elif unit == "duration:year" and _in_relative_clause(claim, q):
            of = ""  # "X, who ran the port for a decade, was jailed for seven years": a decade of nothing compared
        elif unit == "age" or (unit and unit not in ("year", "duration:year", "fraction") and "-" in q.text.strip("-")):
            # an age is someone's; "an 86-yard touchdown run" is no "226 yards" rushing
            run = _noun_run(words_of(claim.text[max(0, q.end - claim.start):]))
            of = unit + ":" + lemma(run[-1]) if run else unit
        out.append(Num(q.value, unit, q.approximate, q.text, q, of,
                       share=_proportion_of(claim, q) if unit == "fraction" else None))
    return out


#: nouns of a change in amount, after which "in" or "of" names what changed ("a 30% drop in sales")
_CHANGE_NOUNS = frozenset("drop fall rise increase decrease decline jump cut reduction growth gain loss slump surge "
                          "hike plunge".split())


def _proportion_of(claim: Claim, q) -> str | None:
    """What a proportion is of: the noun after "of" ("8% of its workforce", "nearly a third of
    voters") or after a noun of change and "in"/"of" ("a 30% drop in sales"), so that a share of
    the workforce does not conflict with a fall in sales; None when the claim does not say right
    after the figure ("sales fell 30%"), which conflicts with any other proportion as before.
    Limits: two words for one thing ("workforce", "staff") are two things."""
    tail = words_of(claim.text[max(0, q.end - claim.start):])[:6]
    if tail[:1] == ["of"]:
        rest = tail[1:]
    elif len(tail) > 2 and lemma(tail[0].lower()) in _CHANGE_NOUNS and tail[1].lower() in ("in", "of"):
        rest = tail[2:]
    else:
        return None
    noun = next((w for w in rest if not _det_or_owner(w)), "")
    return lemma(noun.lower()) if noun[:1].isalpha() and noun.lower() not in STOP else None


def _elided_measure(before: list[Num]) -> tuple[str, str] | None:
    """(unit, of) that a bare figure leaves unsaid because the claim gave it to the figure before
    it ("burned 12,000 hectares in May and 3,000 in June", "rushed for 226 yards while Boyd
    added 101"): that figure's, when it measures or counts a thing (not people, whose count goes
    by what befell them, nor a year, a proportion or an age)."""
    if not before:
        return None
    p = before[-1]
    if not p.of or p.of.startswith(("count:people", "value:")) or p.unit in ("year", "duration:year", "fraction", "age"):
        return None
    return p.unit, p.of


_RELATIVE_WORDS = frozenset("who whose whom which".split())
_CLAUSE_BREAKS = frozenset(",;:()\u2013\u2014")


def _in_relative_clause(claim: Claim, q) -> bool:
    """Whether a figure stands in a relative clause of the claim: a relative pronoun between it
    and the last comma (or dash, bracket) before it ("Marsh, who led the choir for more than a
    half-century, ..."). Text only: a clause after its comma-less end is missed."""
    before = words_of(claim.text[:max(0, q.start - claim.start)])
    for w in reversed(before):
        if w in _CLAUSE_BREAKS:
            return False
        if w.lower() in _RELATIVE_WORDS:
            return True
    return False


#: prepositions between a noun and the bare figure it is given for ("the retirement age to 67")
_ANCHOR_PREPS = frozenset(("to", "of", "at"))


def _anchor(claim: Claim, q) -> str | None:
    """The noun a bare figure with no noun after it is a value of: "<noun> to/of/at <figure>"
    ("raise the retirement age to 67", "a turnout of 61"), the noun neither a stop word nor of a
    predicate class ("rose to 67" says nothing of what rose)."""
    before = words_of(claim.text[:max(0, q.start - claim.start)])[-2:]
    if len(before) < 2 or before[1].lower() not in _ANCHOR_PREPS or not before[0][0].isalpha():
        return None
    le = lemma(before[0])
    if le in STOP or le in lx.PRED_CLASS:
        return None
    return le


#: what befell the people a count counts, by the synonym class of a word near it: the dead
#: ("killing 23", "the death toll has risen to 23"), the hurt, the arrested, the rescued
_FATES = {lx.canon("kill"): "dead", lx.canon("die"): "dead", lx.canon("hurt"): "hurt",
          lx.canon("arrest"): "arrested", lx.canon("rescue"): "rescued"}
#: fates told by the word itself, before its synonym class: the evacuated and those who fled or
#: were driven from their homes are the displaced (not the rescued, whose class "evacuate" shares)
_FATE_WORDS = {"evacuate": "displaced", "evacuee": "displaced", "flee": "displaced", "displace": "displaced", "home": "displaced",
               "homeless": "displaced"}
_FATE_AFTER = 5  # words after a count where its verb may stand ("18 people had been injured")


def _fate_of(word: str) -> str | None:
    le = lemma(word)
    return _FATE_WORDS.get(le) or _FATES.get(lx.canon(le))


def _fate(claim: Claim, q, after: list[str]) -> str | None:
    """What befell the people a bare count (or a count of people) counts: the fate class
    (`_FATES`) of the nearest fate word, after the count within _FATE_AFTER words or before it in
    its clause (back to the last punctuation or "and"), so that "killing at least 23 people and
    injuring more than 150" counts 23 dead and 150 hurt, and "31 dead" and "at least 23 killed"
    are counts of one thing while "150 injured" is not. None when no such word is near.
    `after`: the claim's words after the count."""
    before = words_of(claim.text[:max(0, q.start - claim.start)])
    best: tuple[int, str] | None = None
    for d, w in enumerate(after[:_FATE_AFTER], 1):
        if not w[0].isalnum():
            break
        f = _fate_of(w)
        if f:
            best = (d, f)
            break
    for d, w in enumerate(reversed(before), 1):
        if best is not None and d >= best[0]:
            break
        if not w[0].isalnum() or w.lower() in ("and", "but", "while"):
            break
        f = _fate_of(w)
        if f:
            best = (d, f)
            break
    return best[1] if best else None


#: nouns of people by what they are, whose counts are told apart by what befell them too: the
#: extractor's nouns of people who act, and people things befall
_PERSON_NOUNS = (PEOPLE_NOUNS | frozenset("""colleague child pupil patient civilian man woman teenager boy girl
customer guard prisoner inmate hostage""".split()))


def _compound_heads(words: list[str]) -> list[str]:
    """A hyphenated compound's head for its words ("co-workers" -> "workers", "ex-soldiers" ->
    "soldiers"), as `words_of` splits it at the hyphen."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if k + 2 < len(words) and words[k + 1] in _HYPHENS and words[k][0].isalpha() and words[k + 2][0].isalpha():
            k += 2
            continue
        out.append(words[k])
        k += 1
    return out


#: nouns that count people in general: "12,000 residents" and "12,000 people" count one thing
#: ("12 soldiers" and "12 civilians" do not)
_PEOPLE_COUNT = frozenset("people person resident inhabitant individual citizen".split())


def _count_noun(noun: str) -> str:
    """The counted noun, people in general as "people"."""
    return "people" if noun in _PEOPLE_COUNT else noun


def _noun_run(tail: list[str]) -> list[str]:
    """The words right after a quantity (`tail`: the claim's words after it), up to three, stopping
    at punctuation or a stop word (a possessive 's is dropped)."""
    run = []
    for w in tail[:3]:
        if not w[0].isalpha():
            break
        w = re.sub(r"['’]s$", "", w)
        if lemma(w) in STOP:
            break
        run.append(w)
    return run


#: determiners between a partitive "of" and the counted noun ("three of the victims")
_NOUN_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
#: words before a count that make it a part of the whole ("his first 17 passes")
_PART_OF = frozenset("first last next other another additional further remaining".split())


def _is_number_word(w: str) -> bool:
    return w[0].isdigit() or w.lower() in _WORDNUM


def _det_or_owner(w: str) -> bool:
    """A determiner or a possessive before a counted noun ("the", "the assembly's", "the Rovers'")."""
    return w.lower() in _NOUN_DETERMINERS or w.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def whole_of_part(claim: Claim, q) -> bool:
    """The figure is the whole of a partitive "N of (the) M <noun>" ("28 of the 60 seats", "29 of
    the assembly's 55 seats": the 60 and 55 are the assembly's size, not a count of seats won)."""
    before = words_of(claim.text[:max(0, q.start - claim.start)])[-4:]
    while before and _det_or_owner(before[-1]):
        before = before[:-1]
    return len(before) >= 2 and before[-1].lower() == "of" and _is_number_word(before[-2])


def _counted(claim: Claim, q, tail: list[str]) -> str:
    """The noun a bare count counts: the first content word after it, before any punctuation,
    other number or stop word but a partitive "of" ("three of the victims"; "28 of the 60 seats"
    counts seats, its whole 60 nothing: `whole_of_part`). None after "one of" (a member, not a
    count), in a run of numbers (a phone number, a list of versions), or after "first", "last",
    "other" ... (a part: "his first 17 passes")."""
    before = words_of(claim.text[:max(0, q.start - claim.start)])[-1:]
    if (before and before[0].lower() in _PART_OF) or whole_of_part(claim, q):
        return ""
    after = tail[:5]
    if after[:1] and after[0].lower() == "of":
        if q.value == 1 or len(after) < 2:
            return ""
        after = after[1:]
        while after and _det_or_owner(after[0]):  # "of the assembly's 55 seats"
            after = after[1:]
        if after and _is_number_word(after[0]):
            after = after[1:]  # "N of (the) M <noun>": the part counts the noun
        elif not after or not after[0][0].isalpha():
            return ""
    verb = lemma(claim.predicate) if claim.predicate else None
    for w in after:
        if not w[0].isalpha():
            return ""
        le = lemma(w)
        if le == verb:  # the claim's own verb counts nothing ("About 20 remain missing")
            return ""
        if le not in STOP:
            # a past-tense verb is no counted noun ("Thousands marched", "12 injured": what
            # befell them is read by `_fate`)
            if w.lower().endswith("ed") and le != w.lower():
                return ""
            return _compound_head(after[after.index(w):]) or le
        if w.lower() not in _NOUN_DETERMINERS:
            return ""
    return ""


def _compound_head(words: list[str]) -> str | None:
    """The head of a noun compound after a count: a lower-case singular word that is a noun and
    no adjective (the pipeline's lemma tables), then a plural ("four rebel commanders", "two
    police officers", "three committee members" count commanders, officers and members); None
    otherwise. An adjective restricts what is counted ("two female delegates" are not all the
    delegates another outlet counts), and without lemma tables nothing is read."""
    t = _tables()
    if t is None or len(words) < 2 or not (words[0].isalpha() and words[1].isalpha()):
        return None
    first, second = words[0], words[1].lower()
    index = t[0]
    if not first.islower() or first in index.get("adj", ()) or first not in index.get("noun", ()):
        return None
    head = lemma(second)
    if head == second or head in STOP or first.endswith("s") or not second.endswith("s"):
        return None
    return head


def find_numbers(words: list[str]) -> list[Num]:
    """Quantities in a token list (fallback when the extractor gave none): digits, percentages,
    number words, fractions in words ("nearly a third"), years; approximate when hedged."""
    out: list[Num] = []
    low = [w.lower() for w in words]
    i, n = 0, len(low)
    while i < n:
        w = low[i]
        value = None
        unit = ""
        j = i + 1
        if w[0].isdigit():
            try:
                value = float(w.rstrip("%").replace(",", ""))
            except ValueError:
                value = None
            if value is not None and w.endswith("%"):
                unit, value = "fraction", value / 100.0
            elif value is not None and 1800 <= value <= 2100 and "." not in w and "," not in w:
                unit = "year"
        elif w in _WORDNUM:
            value = float(_WORDNUM[w])
        elif w in ("a", "one", "two", "three", "four") and i + 1 < n and low[i + 1] in _FRACTION:
            k = 1 if w in ("a", "one") else _WORDNUM[w]
            value, unit, j = k / _FRACTION[low[i + 1]], "fraction", i + 2
        elif w in ("half",) and (i == 0 or low[i - 1] not in ("a", "one")):
            value, unit = 0.5, "fraction"
        if value is None:
            i += 1
            continue
        if unit == "" and j < n and low[j] in _SCALE:
            value *= _SCALE[low[j]]
            j += 1
        if unit == "" and j < n and low[j] in ("percent", "%"):
            unit, value, j = "fraction", value / 100.0, j + 1
        elif unit == "" and j + 1 < n and low[j] == "per" and low[j + 1] == "cent":
            unit, value, j = "fraction", value / 100.0, j + 2
        if unit == "":
            k = j
            while k < n and k < j + 3 and not low[k][0].isalpha():
                k += 1
            if k < n and low[k].isalpha() and low[k] not in STOP:
                unit = "count:" + _count_noun(lemma(low[k]))
        approx = any(low[k] in APPROX for k in range(max(0, i - 2), i))
        out.append(Num(value, unit, approx, " ".join(words[i:j])))
        i = j
    return out


# ---------------------------------------------------------------- signature
@dataclass(slots=True)
class Sig:
    """What matching needs of a claim (see module docstring)."""

    idx: int
    claim: Claim
    source: str

    tset: frozenset[str]
    names: frozenset[str]     # lower-case name tokens (entities, capitalised words)
    pred: str | None          # canonical predicate class or lemma
    subj: frozenset[str]
    obj: frozenset[str]
    neg: bool
    nums: tuple[Num, ...]
    kind: str
    text_key: str             # the canonical content tokens in text order, space-joined (rapidfuzz)
    core: frozenset[str]      # what is claimed about: the object side (all but the predicate if none)
    core_key: str
    w_all: float = 0.0        # IDF mass of tset and core (set by the caller, per story)
    w_core: float = 0.0
    lead: bool = False        # in its article's lead (set by the caller: reconcile._mark_leads)
    said_pred: str | None = None  # for a reporting predicate ("X said exports fell"): what is said ("~cut")
    said_neg: bool = False        # and whether that is negated ("has not resigned, her office said")
    day: str | None = None        # the one weekday it dates its happening by (`happening_day`)
    speakers: frozenset[str] = frozenset()  # surnames of the people it quotes (`person_speakers`)


def subject_clash(a: Sig, b: Sig) -> bool:
    """Both name a subject and the named subjects differ (and neither is named anywhere in the other)."""
    sa, sb = a.subj & a.names, b.subj & b.names
    return bool(sa and sb and not (sa & sb) and not (sa & b.tset) and not (sb & a.tset))


def person_speakers(claim: Claim) -> frozenset[str]:
    """Surnames (last words, lower-case) of the people a claim quotes or reports, by the canonical
    names of its PERSON actors (computed once per claim, in `signature`)."""
    people = {e.name for e in claim.actors if e.label == "PERSON"}
    return frozenset(q.speaker.split()[-1].lower() for q in claim.quotes if q.speaker in people)


def speaker_clash(a: Sig, b: Sig) -> bool:
    """Both claims give what a named person said, and the people differ (neither's surname in
    the other claim): "said he would stay on as leader" (one leader) is not what another told
    reporters."""
    pa, pb = a.speakers, b.speakers
    return bool(pa and pb and not (pa & pb) and not (pa & b.tset) and not (pb & a.tset))


def words_of(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def _word_norm(w: str) -> tuple[str, bool]:
    """(word without a contracted negation, whether it carried one)."""
    lw = w.lower().replace("’", "'")
    if lw.endswith("n't"):
        base = {"won't": "will", "can't": "can", "shan't": "shall"}.get(lw, lw[:-3])
        return base, True
    return lw, False


@lru_cache(maxsize=300_000)
def _name_word(w: str) -> tuple[str, ...]:
    """Tokens of a capitalised word inside a sentence: its place, or its lemma (never a synonym
    class: "Promises" the clinic is not the verb)."""
    place = place_words(w)
    if place:
        return place
    le = lemma(w)
    return () if le in STOP or le in lx.LIGHT or len(le) < 2 else (le,)


@lru_cache(maxsize=300_000)
def _word(w: str) -> tuple[str, bool, tuple[str, ...], bool]:
    """(lemma, carries a negation, canonical content tokens, is a place word) of a word as written."""
    lw, had_neg = _word_norm(w)
    le = lemma(lw) if lw[0].isalpha() else lw
    if lw in lx.NEGATIONS:
        return le, True, (), False
    if lw[0].isalpha() and le not in STOP and lw not in STOP and le not in lx.LIGHT and len(le) > 1:
        place = place_words(w) if w[0].isupper() else None
        return le, had_neg, (place or (_canon_derived(le),)), bool(place)
    return le, had_neg, (), False


@lru_cache(maxsize=300_000)
def _keyword(k: str) -> tuple[str, str] | None:
    """(base lemma, canonical token) of an extractor keyword, None for a stop word."""
    if not k or not k[0].isalnum():
        return None
    base = _relemma(american(k.lower()))
    c = lx.canon(base)
    return None if c in STOP or c in lx.LIGHT else (base, c)


def signature(idx: int, claim: Claim) -> Sig:
    words = words_of(claim.text)
    ent_tokens: set[str] = set()
    for e in (*claim.actors, *claim.regions):
        for part in TOKEN_RE.findall(e.name or e.text):
            if part[0].isalpha():
                ent_tokens.add(lemma(part))
    toks: list[str] = []
    pos_of_tok: list[int] = []     # index into words
    reduced = bool(claim.keywords) and _reduced_passive(claim)  # "25 cases confirmed": a passive
    lemmas: list[str] = []
    names: set[str] = set()
    prev = ""
    for wi, w in enumerate(words):
        le, _, cs, place = _word(w)
        lemmas.append(le)
        if cs and w[0].isupper() and wi > 0 and prev not in _SENT_PUNCT:
            cs, place = _name_word(w), True
        if cs:
            is_name = place or le in ent_tokens
            for c in cs:
                toks.append(c)
                pos_of_tok.append(wi)
                if is_name:
                    names.add(c)
        prev = w
    name_lemmas = {le for le, w in zip(lemmas, words) if w[0].isupper()} & names
    if claim.predicate:  # the word the extractor read as the verb is no name ("Actress X Dies at 91")
        name_lemmas.discard(predicate_lemma(claim))
    if claim.keywords:  # the extractor's content lemmas win over ours (same order, same mapping)
        kw = [bc[0] if bc[0] in name_lemmas else bc[1] for bc in map(_keyword, claim.keywords) if bc]
        if kw:
            toks = kw
            # word positions serve the passive reading only, which needs a form of "be"
            pos_of_tok = _align(kw, words) if reduced or any(w.lower() in BE for w in words) else []
            names |= {k for k in kw if k in ent_tokens}
    toks, pos_of_tok = _drop_speech_frame(toks, pos_of_tok, claim)
    if claim.attribution:  # who said it is not what is said
        toks, pos_of_tok = _drop_attribution(toks, pos_of_tok, claim.attribution)
    told = _addressee(claim.text)
    if told:  # "..., the minister told parliament": whom it was told is not what was told
        toks, pos_of_tok = _drop_attribution(toks, pos_of_tok, told)
    lessened = _lessened(words)
    if lessened:  # "less willing" is "unwilling" ("less" is then spent)
        toks, pos_of_tok = _kept(toks, pos_of_tok, [k for k, t in enumerate(toks) if t not in lx.LESSEN])
        toks = [lx.NEGATIVE_OF[t] if t in lessened else t for t in toks]
    # "passed away" is "died"; "hit 6.3%" is "reached 6.3%"; "went on strike" is a walkout
    recast = _phrasal(words) | _levels(words) | _labour_strike(words) | _fire_sense(words) | _defeat_noun(words) \
        | _admit_sense(words) | _state_verb(words) | _plea(words) | _denied_claims(words) | _verdict(words) \
        | _market_move(words)
    if any(w.lower() == "opposition" and nxt.lower() == "to" for w, nxt in zip(words, words[1:])):
        recast["opposition"] = REJECT_CLASS  # "opposition to the plan" rejects; "the opposition" is a side
    own = lx.canon(predicate_lemma(claim)) if claim.predicate else None
    if own and _asserts_that(claim, words):  # "maintains that ..." is "says that ...", not "keeps"
        recast[own] = SAY_CLASS
    if recast:
        toks = [recast.get(t, t) for t in toks]
    granted = _concession_only(words, claim.predicate)  # "Despite X, Y" claims Y (kept if Y has under two tokens)
    if granted and len(set(toks) - granted) >= 2:
        toks, pos_of_tok = _kept(toks, pos_of_tok, [k for k, t in enumerate(toks) if t not in granted])
    pred, subj, obj = _roles(words, lemmas, toks, pos_of_tok, recast.get(own, own), reduced=reduced)
    if pred in lx.REPORTING and _inverted_cue(claim):  # '“...,” said the mayor': the speaker follows
        subj, obj = obj, subj
    neg = (bool(claim.negated) or _negated_predicate(pred, words)) and not _focus_only(words)
    if neg and pred == KILL_CLASS and _agentless_passive(words):  # "no one was killed": no one died
        toks = [DIE_CLASS if t == KILL_CLASS else t for t in toks]
        pred, obj = DIE_CLASS, frozenset(DIE_CLASS if t == KILL_CLASS else t for t in obj)
    if _refuses_ground(toks, neg):  # "unwilling to compromise": standing firm
        toks = toks + [lx.FIRM]
        obj = obj | {lx.FIRM} if obj & lx.CONCESSION else obj
    # an extracted claim (with keywords) without numbers has none: the fallback finder would read
    # "the second half" as a fraction
    nums = _from_quantities(claim) if claim.numbers or claim.keywords else find_numbers(words)
    if pred is None or pred in lx.REPORTING or not obj or _intransitive_event(claim):
        core = frozenset(t for t in toks if t != pred)
    else:
        core = obj
    if not core:
        core = frozenset(toks)
    core = core - _condition_only(words) or core
    core = core - _aside_only(words) or core
    core_toks = [t for t in toks if t in core]
    # "denied reports that it planned to cut jobs": says "not cut" ("pleaded not guilty" says nothing more)
    denial = pred == DENY_CLASS and "plead" not in recast
    admits = recast.get(ENTER_CLASS) == CONFIRM_CLASS  # "admitted that ...": the verb is the telling
    said_pred = _said_predicate(words, pred, frozenset({"admit"}) if admits else frozenset()) if (pred in lx.REPORTING or denial) and not neg else None
    return Sig(idx=idx, claim=claim, source=claim.source, tset=frozenset(toks),
               names=frozenset(names), pred=pred, subj=subj, obj=obj, neg=neg, nums=tuple(nums),
               kind=claim.kind, text_key=" ".join(toks), core=core, core_key=" ".join(core_toks),
               said_pred=said_pred, said_neg=bool(said_pred) and _negated_predicate(said_pred, words) != denial,
               day=happening_day(claim.text), speakers=person_speakers(claim))


_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(lx.WEEKDAYS) + r")\b", re.I)
#: words before a weekday that date the telling, not the happening ("said on Monday")
_TELLING_BEFORE = re.compile(r"\b(?:said|says|told|tells|added|stated|reported|announced|confirmed|wrote|"
                             r"tweeted|noted|insisted|warned|argued|explained|declared|promised)\W+(?:\w+\W+){0,2}$",
                             re.I)


def happening_day(text: str) -> str | None:
    """The one weekday a claim dates its happening by ("marched on Saturday"); None when it names
    none or several, or dates only its telling ("officials said on Monday")."""
    days = {m.group(1).lower() for m in _WEEKDAY_WORD.finditer(text)
            if not _TELLING_BEFORE.search(text[max(0, m.start() - 40):m.start()])}
    return days.pop() if len(days) == 1 else None


_DEGREE = re.compile(r"[a-z]+ly|\d[\d.,]*%?|%|percent|per|cent")
_PARTICIPLE = re.compile(r"(?:ed|en|wn)$")
_AUX_BEFORE = frozenset("""has have had will would was were is are be been being did does do not n't
never may might could should can must""".split())
#: what a speaker thinks is no happening of its own ("said she believes the ferry sank"); nor is
#: an intention ("planned to cut jobs" says what would happen: the cut)
_COGNITIVE = frozenset(lx.canon(w) for w in "believe think expect hope fear know seem suppose doubt".split())
#: plain lemmas (outside the synonym classes) with an opposite: "had failed" / "passed" are read
_PLAIN_OPPOSITES = frozenset(w for p in lx.OPPOSITE for w in p if not w.startswith("~"))
_INTENT = frozenset(lx.canon(w) for w in "plan intend decide".split())
DENY_CLASS = lx.canon("deny")
KILL_CLASS, DIE_CLASS = lx.canon("kill"), lx.canon("die")
ENTER_CLASS, CONFIRM_CLASS = lx.canon("admit"), lx.canon("confirm")
CHARGE_CLASS = lx.canon("allegation")


def _admit_sense(words: list[str]) -> dict[str, str]:
    """{"~enter": "~confirm"} when "admit" is followed by a clause ("admitted that ...", "admits it
    was wrong") or a gerund ("admitted ignoring ..."): owning up, not being let in ("was admitted to
    hospital", the class of "enter", where the lexicon puts the word). Limits: a noun object
    ("admitted his guilt") stays in "enter"; only a clause says what happened, which is what a
    denial is compared on."""
    low = [w.lower() for w in words]
    if any(lemma(a) == "admit" and (b in _CLAUSE_OPENERS or b.endswith("ing")) for a, b in zip(low, low[1:])):
        return {ENTER_CLASS: CONFIRM_CLASS}
    return {}


_PLEAS = frozenset("plead pleads pleaded pled pleading".split())


def _plea(words: list[str]) -> dict[str, str]:
    """{"plead": "~confirm"} for "pleaded guilty" (owning up, as "admitted"), {"plead": "~deny"}
    for "pleaded not guilty" or "innocent" (as "denied the charges"), so that the two pleas
    contradict each other and each meets its like; a plea of nothing said keeps the verb."""
    low = [w.lower() for w in words]
    for k, w in enumerate(low[:-1]):
        if w in _PLEAS:
            nxt = low[k + 1:k + 3]
            if nxt[:1] == ["guilty"]:
                return {"plead": CONFIRM_CLASS}
            if nxt[:1] == ["innocent"] or nxt == ["not", "guilty"]:
                return {"plead": DENY_CLASS}
    return {}


def _denied_claims(words: list[str]) -> dict[str, str]:
    """{"claim": "~charge"} when the claims are what is denied or rejected (a word of the "deny" or
    "reject" class before them: "denied the claims", "dismissed claims that ..."): allegations, as
    "denied the allegations" says, not a verb of saying."""
    low = [w.lower() for w in words]
    for k, w in enumerate(low):
        if lx.canon(lemma(w)) in (DENY_CLASS, REJECT_CLASS) and any(x in ("claim", "claims")
                                                                    for x in low[k + 1:k + 4]):
            return {"claim": CHARGE_CLASS}
    return {}


def _verdict(words: list[str]) -> dict[str, str]:
    """{"find": "acquit"} for "found (him) not guilty": an acquittal, which contradicts "found
    him guilty" (`lexicon.PHRASAL` reads it as convicting) and meets "acquitted him". (Reading every
    "found ... guilty" as convicting, a word or more apart, lowered ECB+ ev 0.526 -> 0.524.)"""
    low = [w.lower() for w in words]
    for k, w in enumerate(low):
        nxt = low[k + 1:k + 6]
        if lemma(w) == "find" and "guilty" in nxt:
            between = nxt[:nxt.index("guilty")]
            if "not" in between and not any(x in (",", ";", ".") for x in between):
                return {lx.canon("find"): lx.canon("acquit")}
    return {}


#: verbs of a market's close or session ("shares closed 2% higher", "the index ended lower")
_SESSION_VERBS = frozenset(lx.canon(w) for w in "close end finish trade open".split())


def _market_move(words: list[str]) -> dict[str, str]:
    """{verb: "~increase"} for a session verb followed within three words by "higher", {verb:
    "~cut"} by "lower" ("closed 2% higher" rose, "ended lower" fell; not "up" or "down": "closed
    down" is a closing)."""
    low = [w.lower() for w in words]
    for k, w in enumerate(low):
        c = lx.canon(lemma(w))
        if c not in _SESSION_VERBS:
            continue
        for x in low[k + 1:k + 4]:
            if x == "higher":
                return {c: lx.canon("increase")}
            if x == "lower":
                return {c: lx.canon("cut")}
    return {}


_STATE_VERB_BEFORE = frozenset("to will would could may might must should also it he she they we i who".split())


def _state_verb(words: list[str]) -> dict[str, str]:
    """{"state": "~say"} when "state" is the verb of saying ("stated that", "stating", "will state",
    "states that"); the lexicon leaves the word out of "say", since the noun is far more common
    in news and says nothing ("a state of emergency", "state media", "the state's budget").
    Limits: a claim with both reads every "state" as the verb."""
    for _, w, before, after in _around(words, ("state", "states", "stated", "stating")):
        if w in ("stated", "stating") or after == "that" or (w == "state" and before in _STATE_VERB_BEFORE):
            return {"state": SAY_CLASS}
    return {}


#: words after which an -ing form opens a noun phrase, not a predicate
_NOUN_OPENERS = frozenset("that the a an this these those its his her their our my".split())
_CLAUSE_OPENERS = frozenset("that it he she they we i there".split())
_PASSIVE_BE = frozenset("was were been be being is are".split())


def _agentless_passive(words: list[str]) -> bool:
    """A passive of "kill" with no agent ("no one was killed", "nobody has been killed"): said of
    a negative subject, it says no one died (a killing with its killer named says more)."""
    low = [w.lower() for w in words]
    return "by" not in low and any(a in _PASSIVE_BE and lx.canon(lemma(b)) == KILL_CLASS for a, b in zip(low, low[1:]))


def _said_predicate(words: list[str], pred: str, own: frozenset[str] = frozenset()) -> str | None:
    """What a reporting claim says happened: the predicate class of its first verb-like word
    other than the reporting verb (after an auxiliary, or a past form: "exports fell", "has not
    resigned"), so that "exports fell, the office said" and "exports rose" can be told apart like
    two plain claims; only contradictions read it. Nouns of a class ("the effects", "no
    injuries"), verbs of thinking and infinitives ("not meant to close": "to" is no auxiliary)
    are skipped; the caller passes no negated reporting verb ("did not say why ..."). A verb outside
    the synonym lexicon counts in its base form or as a participle right after an auxiliary, also
    past a degree word or a figure ("would not intervene", "was not contained", "was 15% contained"),
    one with an opposite (`lx.OPPOSITE`: "pass" / "fail") in any verb form ("had failed").
    Limits: no parse, so a bare present form after a noun ("exports rise") is read only after an
    auxiliary. `own`: lemmas of the reporting verb read in another class ("admit")."""
    prev, intent, after_aux = "", False, False
    verbs = _verb_lemmas()
    for w in words:
        lw = w.lower()
        le, _, cs, _ = _word(w) if w[:1].isalnum() else (lw, False, (), False)
        # an auxiliary still governs past a degree word or a figure ("was 15% contained", "was
        # partly restored")
        after_aux = prev in _AUX_BEFORE or (after_aux and (_DEGREE.fullmatch(prev) is not None))
        verb_like = after_aux or lw.endswith("ed") or (le != lw and not lw.endswith("s")) \
            or (intent and prev == "to")  # "planned to cut": the infinitive after an intention
        if not after_aux and lw.endswith("ing") and prev in _NOUN_OPENERS:
            verb_like = False  # "denied that warning signs ...": a noun's modifier, not what happened
        skip = le in own
        prev = lw
        if skip:
            continue
        for c in cs:
            if c in _INTENT:
                intent = True
            elif c.startswith("~") and c != pred and c not in lx.UNINFORMATIVE and c not in _COGNITIVE and verb_like:
                return c
            elif c == le and after_aux and le in verbs and c != pred and c not in lx.UNINFORMATIVE \
                    and c not in _COGNITIVE and (le == lw or _PARTICIPLE.search(lw)):
                return c  # a verb outside the lexicon after an auxiliary, base form or participle
                #           ("would not intervene", "was not contained")
            elif c == le in _PLAIN_OPPOSITES and verb_like and c != pred:
                return c  # a verb with an opposite, in any form: "had failed", "passed"
    return None


@lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    """Verb lemmas of spaCy's lemma index (empty without a trained pipeline)."""
    t = _tables()
    return frozenset(t[0].get("verb", ())) if t is not None else frozenset()


def _intransitive_event(claim: Claim) -> bool:
    """An extracted event whose predicate has no object in the parse ("the warehouse burned to the
    ground on Tuesday", "three people died after ..."): what follows the verb are adjuncts, so the
    event is about its subject and the core is the whole claim but the predicate. An `object` that
    opens with a preposition of time or place ("at 91", "in her sleep") is such an adjunct too, and
    so is the figure of a change ("inflation rose to 3.4%", "fell by 5%", "climbed from 4% to 5%").
    Only claims the extractor made (with keywords) are read so: a hand-made claim without `object`
    may have one."""
    if claim.kind != "event" or not claim.keywords or not claim.predicate:
        return False
    first = words_of(claim.object)[:1] if claim.object else []
    if first and first[0].lower() in _VALUE_PREPS and lx.canon(lemma(claim.predicate)) in _CHANGE_CLASSES:
        return True  # "inflation rose to 3.4%", "exports fell by 5%": the figure is no object
    return not first or first[0].lower() in _ADJUNCT_PREPS


def _phrasal(words: list[str]) -> dict[str, str]:
    """Verbs that a particle turns into another predicate (`lexicon.PHRASAL`: "passed away" ->
    "~die", "checked herself into" -> "~enter"), as {verb token: class token}. The particle may
    follow the verb directly or after one reflexive or object pronoun."""
    out: dict[str, str] = {}
    low = [w.lower() for w in words]
    for k in range(len(low) - 1):
        for j in (k + 1, k + 2):
            if j >= len(low) or low[j] not in lx.PARTICLES:
                continue
            if j == k + 2 and low[k + 1] not in _OBJECT_PRONOUNS:
                continue
            for form in (lemma(low[k]), low[k]):  # ("lay off": the lemma tables read "lay" as "lie")
                target = lx.PHRASAL.get((form, low[j]))
                if target:
                    out[lx.canon(form)] = lx.canon(target)
                    break
    return out


_HYPHENS = ("-", "\u2010", "\u2011")
_STRIKE_BEFORE = frozenset("on general national nationwide".split())
_STRIKE_AFTER = frozenset("over action ballot".split())


def _around(words: list[str], forms: tuple[str, ...]):
    """(index, word, word before, word after), all lower case, of each word of `forms` in `words`
    ("" before the first word and after the last)."""
    low = [w.lower() for w in words]
    for k, w in enumerate(low):
        if w in forms:
            yield k, w, low[k - 1] if k else "", low[k + 1] if k + 1 < len(low) else ""


def _labour_strike(words: list[str]) -> dict[str, str]:
    """{"~attack": "~walkout"} when "strike" is a stoppage of work ("went on strike", "a 48-hour
    strike", "strike over pay", "strike action"), not an attack ("an air strike")."""
    for k, _, before, after in _around(words, ("strike", "strikes", "striking")):
        timed = before in ("hour", "day", "week") and k >= 2 and words[k - 2] in _HYPHENS  # "48-hour strike"
        if before in _STRIKE_BEFORE or after in _STRIKE_AFTER or timed:
            return {lx.canon("strike"): lx.canon("walkout")}
    return {}


_FIRE_OF_GUNS_BEFORE = frozenset("open opened opens opening return returned returning exchange exchanged exchanging "
                                  "cease heavy machine-gun".split())
_FIRE_OF_GUNS_AFTER = frozenset("shot shots round rounds bullet bullets gun guns weapon weapons warning tear".split())
_FIRED_AT = frozenset("at on upon into through".split())  # "fired at police" (but "a fire at the store")
_FIRE_VERB_BEFORE = _OBJECT_PRONOUNS | frozenset("""was were been being is are be has have had to will would
could may might who which that and""".split())


def _fire_sense(words: list[str]) -> dict[str, str]:
    """{"~fire": "~burn"} when "fire" is a blaze, not a dismissal ("fire sack oust" is its verb's
    class): a noun, not after an auxiliary, a pronoun or "to" ("the fire", "a fire at the store",
    "Fire crews"). Gunfire ("opened fire on", "fired shots", "fired at police") is no blaze and
    keeps the class (read as "~shoot", it measured worse on the ECB+ development topics: ev F1
    0.520 -> 0.515). Limits: a name before the verb ("Smith fires his coach") reads as a blaze."""
    for _, w, before, after in _around(words, ("fire", "fires", "fired", "firing")):
        if before in _FIRE_OF_GUNS_BEFORE or after in _FIRE_OF_GUNS_AFTER or (w in ("fired", "firing") and after in _FIRED_AT):
            return {}
        if w in ("fire", "fires") and before not in _FIRE_VERB_BEFORE:
            return {lx.canon("fire"): lx.canon("burn")}
    return {}


_DEFEAT_BEFORE = frozenset("""concede conceded concedes conceding suffer suffered suffers suffering accept accepted
accepts accepting admit admitted admits a the his her its their narrow heavy crushing humiliating surprise shock
first second third""".split())


def _defeat_noun(words: list[str]) -> dict[str, str]:
    """{"~win": "~lose"} when "defeat" is a loss ("conceded defeat", "suffered a heavy defeat"), not
    the verb of winning ("defeated the Rams", where the lexicon puts the word). Limits: "the
    defeat of the Rams" is the winner's too, and reads as a loss."""
    for _, _, before, _ in _around(words, ("defeat", "defeats")):
        if before in _DEFEAT_BEFORE:
            return {lx.canon("defeat"): lx.canon("lose")}
    return {}


#: verbs that, before a figure, say where a level stands: "inflation hit 6.3%", "stood at 6.1%",
#: "reached 6.1%" all read as "reach" ("hit" is otherwise of the "~attack" class)
_LEVEL_VERBS = frozenset("hit stand reach touch top".split())
_LEVEL_UNITS = frozenset("percent per cent point points degree degrees million billion trillion".split())


def _levels(words: list[str]) -> dict[str, str]:
    """{verb token: "reach"} for a `_LEVEL_VERBS` verb followed by a level: "stood at" or "reached"
    any figure ("stood at 4.5 per cent"), "hit", "topped" a rate or an amount only ("hit 6.3%",
    "hit a record 2 million", not "hit three towns", which is a strike)."""
    out: dict[str, str] = {}
    for k in range(len(words) - 1):
        le = lemma(words[k])
        if le not in _LEVEL_VERBS:
            continue
        at = words[k + 1].lower() == "at"
        j = k + 2 if at else k + 1
        nxt = words[j] if j < len(words) else ""
        if not (nxt[:1].isdigit() or nxt.lower() in _WORDNUM):
            continue
        level = at or le == "reach" or "%" in nxt or "." in nxt.strip(".") \
            or (j + 1 < len(words) and words[j + 1].lower() in _LEVEL_UNITS)
        if level:
            out[lx.canon(le)] = "reach"
    return out


#: where a quotation or the content of an inverted cue ends ('“...,” said', '..., police say')
_CONTENT_END = re.compile(r"(?:[,?!][\"\u201d\u2019']?|[\"\u201d\u2019'][,?!]?)\s+")
_CLAUSE_BREAK = re.compile(r"[,;:.?!\"\u201c\u201d]")


def _inverted_cue(claim: Claim) -> bool:
    """The claim's speech verb comes after what is said ("“...,” said the mayor", "..., the
    mayor said", "..., police say"): within five words after the content's closing punctuation,
    with the attributed speaker after that punctuation. The words before the verb are then the
    content, not its subject. "Officials, who asked not to be named, said ..." is not inverted:
    the speaker comes before the comma."""
    pred = predicate_lemma(claim)
    if not pred or not claim.attribution:
        return False
    text = claim.text
    for m in _CONTENT_END.finditer(text):
        if m.start() == 0:
            continue
        rest = text[m.end():]
        cut = _CLAUSE_BREAK.search(rest)
        words = words_of(rest[:cut.start()] if cut else rest)[:5]
        if any(lemma(w.lower()) == pred for w in words) and claim.attribution in text[m.start():]:
            return True
    return False


def _asserts_that(claim: Claim, words: list[str]) -> bool:
    """The predicate is a verb that, followed by "that", asserts rather than keeps, holds or
    demands (`lexicon.ASSERTING_SENSE`: "maintains that", "insisted on Friday that": only words of
    time or `_BEFORE_THAT` between), unless the extractor read a demand."""
    pred = predicate_lemma(claim)
    if pred not in lx.ASSERTING_SENSE or claim.kind == "demand":
        return False
    for k, w in enumerate(words[:-1]):
        if lemma(w.lower()) != pred:
            continue
        for x in words[k + 1:k + 4]:
            lx_ = x.lower()
            if lx_ == "that":
                return True
            if lx_ not in _BEFORE_THAT and lx_ not in lx.TIME_WORDS:
                break
    return False


#: words that may stand between an asserting verb and its "that" ("insisted on Friday that")
_BEFORE_THAT = frozenset("on again repeatedly also still last this".split())


def _only_in(words: list[str], inside: set[int]) -> set[str]:
    """Tokens of the words at the positions `inside` that no other word of the claim gives."""
    said: set[str] = set()
    rest: set[str] = set()
    for k, w in enumerate(words):
        (said if k in inside else rest).update(_word(w)[2])
    return said - rest


def _concession_only(words: list[str], predicate: str | None = None) -> set[str]:
    """Tokens said only in an opening concessive clause ("Despite the drought, the economy
    grew": "drought"). A concession is granted background; what the claim asserts is its main
    clause, so the concession's words are not the claim's. The clause runs from the opening
    "despite", "in spite of", "notwithstanding", "although" or "though" to the first comma,
    semicolon or colon. A concession after the main clause ("grew despite the drought") is part
    of what is claimed and stays; so does a claim without such a comma. An opening contrast
    ("Unlike A, B and C, D is ...") runs to the last comma before the claim's `predicate`, since
    it often holds a list."""
    low = [w.lower() for w in words[:3]]
    if low[:1] == ["unlike"] and predicate:  # "Unlike A, B and C, D is not signed": to the last comma
        at = next((k for k, w in enumerate(words) if k and lemma(w.lower()) == predicate), None)
        end = max((k for k in range(at or 0) if words[k] == ","), default=None)
        return set() if end is None else _only_in(words, set(range(end)))
    if low != ["in", "spite", "of"] and not (low and low[0] in _CONCESSION_MARKS):
        return set()
    end = next((k for k, w in enumerate(words) if w in (",", ";", ":")), None)
    return set() if end is None else _only_in(words, set(range(end)))


_RELATIVE = frozenset(("who", "which", "whose", "whom"))
_NAME_PUNCT = frozenset((".", "-", "'", "’"))  # "Mr. Doe", "Jean-Luc", "O'Neill"


def _aside_only(words: list[str]) -> set[str]:
    """Tokens said only in an aside set off by commas: an appositive after an opening name
    ("Jane Doe, a former minister, has died": "former", "minister") or a non-restrictive relative
    clause (", who ... ,"). Like a condition, an aside describes rather than claims, so its words
    leave the claim's core (they stay among its tokens). Limits: commas only; a relative clause
    that runs to the end of the claim has no closing comma and stays, since it often carries news
    of its own ("..., who resigned on Monday."); a list of names is no aside ("Arvel, Tonsk and
    Brem promised $3 billion ..., officials said": names joined by "and" right after the comma;
    "Jo Doe, security and forensic analyst at X, said" keeps its aside)."""
    commas = [k for k, w in enumerate(words) if w == ","]
    if len(commas) < 2:
        return set()
    spans = []
    first = commas[0]
    opening = words[:first]
    nxt = words[first + 1:first + 5]
    listed = bool(nxt) and nxt[0][:1].isupper() and any(
        w.lower() in ("and", "or") and k + 1 < len(nxt) and nxt[k + 1][:1].isupper() for k, w in enumerate(nxt))
    if 0 < first <= 5 and opening[0][:1].isupper() and not listed \
            and all(w[:1].isupper() or w in _NAME_PUNCT for w in opening):
        spans.append((first + 1, commas[1]))
    spans += [(a + 1, b) for a, b in zip(commas, commas[1:]) if words[a + 1].lower() in _RELATIVE]
    return _only_in(words, {k for a, b in spans for k in range(a, b)}) if spans else set()


def _condition_only(words: list[str]) -> set[str]:
    """Tokens said only in a condition ("a strike if the company keeps cutting wages": "company",
    "~cut", "wage"). What a claim is about is its main clause, so two claims that share only what one of
    them makes a condition are not the same claim. A condition runs from "if"/"unless" to the next
    comma, semicolon, colon or full stop."""
    if not any(w.lower() in _CONDITION_MARKS for w in words):
        return set()
    inside: set[int] = set()
    within = False
    for k, w in enumerate(words):
        lw = w.lower()
        if lw in _CONDITION_MARKS:
            within = True
        elif lw in (",", ";", ".", ":"):
            within = False
        elif within:
            inside.add(k)
    return _only_in(words, inside)


def _refuses_ground(toks: list[str], neg: bool) -> bool:
    """An unwillingness ("unwilling", "reluctant", or "willing"/"willingness" under a negation)
    together with a word of concession ("compromise", "budge", "concede"): refusing to give ground
    is standing firm, so the claim also gets "~firm" and meets "the mayor has hardened her stance".
    Limits: bag-of-words, the two need only occur in the same claim."""
    if not any(t in lx.CONCESSION for t in toks):
        return False
    return _UNWILLING in toks or (neg and _WILLING in toks)


def _lessened(words: list[str]) -> set[str]:
    """Polar classes that follow "less"/"fewer" in the text ("less willing" -> {"~willing"})."""
    out: set[str] = set()
    for k in range(len(words) - 1):
        if words[k].lower() in lx.LESSEN:
            out.update(t for t in _word(words[k + 1])[2] if t in lx.NEGATIVE_OF)
    return out


_NEGATIVE_SUBJECT = frozenset("no nobody nothing none neither".split())


def _negated_predicate(pred: str | None, words: list[str]) -> bool:
    """A negation among the three words before the predicate ("did not win", "won't admit"), or a
    negative subject earlier in its clause ("no gun has been recovered", "nobody was hurt"; not
    "No. 1", nor past a comma)."""
    if pred is None:
        return False
    for wi, w in enumerate(words):
        le, _, cs, _ = _word(w)
        if pred in cs or le == pred:
            if any(_word(x)[1] or x.lower() in lx.NEGATIONS for x in words[max(0, wi - 3):wi + 1]):
                return True
            seen = 0
            for k in range(wi - 1, -1, -1):
                if words[k] in _HYPHENS:
                    continue  # "No-one" is one word
                seen += 1
                if seen > 7:
                    break
                if words[k] in (",", ";", ":") or words[k].lower() in ("that", "which", "who", "but"):
                    return False
                if words[k].lower() in _NEGATIVE_SUBJECT and not (k + 1 < len(words) and (words[k + 1] == "." or words[k + 1][0].isdigit())):
                    return True
            return False
    return False


def _focus_only(words: list[str]) -> bool:
    """The claim's only negation bears on a focus word, "not only", "not just", "not merely", or
    "only"/"merely" right after the negated verb ("has not sent only three observers": it sent
    more), which denies nothing."""
    low = [w.lower() for w in words]
    negs = [k for k, w in enumerate(low) if w in lx.NEGATIONS or w.endswith("n't")]
    return bool(negs) and all(low[k + 1:k + 2] in (["only"], ["just"], ["merely"])
                              or low[k + 2:k + 3] in (["only"], ["merely"]) for k in negs)


def _drop_speech_frame(toks: list[str], pos: list[int], claim: Claim):
    """Remove the speech frame around what is said when the claim's predicate is not the speech
    verb ("X died in prison, said prison spokesman Tom Reyes" says "X died in prison"): the
    words of each speaker span after the quote and the last token of its cue verb; for a speaker
    before what is said ("The agency said it was investigating"), the first token of the cue verb
    (the speaker goes with the claim's attribution). Claims whose
    predicate is the speech verb ("The mayor said taxes will rise") keep it: their speaker is
    their subject."""
    own = lx.canon(predicate_lemma(claim))
    if not claim.predicate or own in lx.REPORTING:
        return toks, pos
    for q in claim.quotes:
        if q.speaker_start is None or q.speaker_end is None:
            continue
        if not (claim.start <= q.speaker_start < q.speaker_end <= claim.end):
            continue
        before = q.speaker_start < q.end  # "The agency said it was investigating"
        if not before:  # the speaker itself goes with the attribution when it comes first
            span = claim.text[q.speaker_start - claim.start:q.speaker_end - claim.start]
            toks, pos = _drop_attribution(toks, pos, span)
        cue = lx.canon(q.cue) if q.cue else None
        if cue and (cue in lx.REPORTING or (cue == DENY_CLASS and claim.negated)) and cue != own and cue in toks:
            at = toks.index(cue) if before else len(toks) - 1 - toks[::-1].index(cue)
            toks, pos = _kept(toks, pos, [k for k in range(len(toks)) if k != at])
    return toks, pos


#: words of a speaker's title written before the name ("chief executive", "finance minister")
_TITLE_TOKENS = frozenset(lx.canon(w) for w in (*_ENTITY_TITLES, "executive", "officer", "founder", "owner"))


_TOLD = re.compile(r"\b(?:told|tells|tell|telling)\s+((?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?)"
                   r"(?=\s*(?:[,.;:]|$|that\b|on\b|in\b|\u201c|\"))", re.I)


def _addressee(text: str) -> str | None:
    """Whom a claim says something was told ("told parliament", "told the AP news agency",
    "telling reporters that ..."), as written; None without one."""
    m = _TOLD.search(text)
    told = m.group(1).rstrip(".") if m else ""
    if not told or any(w.lower() in ("to", "that", "it") for w in words_of(told)):
        return None  # "told him to leave": an order, whom it was given to is its object
    return told


def _drop_attribution(toks: list[str], pos: list[int], attribution: str):
    """Remove the attribution's tokens (as a run if found, else one occurrence each)."""
    att = [lx.canon(derive(lemma(w))) for w in words_of(attribution) if w[0].isalpha()]
    att = [a for a in att if a not in STOP and a not in lx.LIGHT]
    if not att or len(att) >= len(toks):
        return toks, pos
    m = len(att)
    named = all(w[:1].isupper() for w in words_of(attribution))  # a person's name, not "the firm"
    for i in range(len(toks) - m + 1):
        if toks[i:i + m] == att:
            first = i
            while named and first > 0 and i - first < 3 and toks[first - 1] in _TITLE_TOKENS:
                first -= 1  # "..., chief executive Tomas Brandt said": the title is the speaker's too
            keep = [k for k in range(len(toks)) if not (first <= k < i + m)]
            break
    else:
        left = list(att)
        keep = []
        for k, t in enumerate(toks):
            if t in left:
                left.remove(t)
            else:
                keep.append(k)
    return _kept(toks, pos, keep)


@lru_cache(maxsize=300_000)
def _word_keys(w: str) -> frozenset[str]:
    """Every token a keyword for the word `w` may be: its lemma, its lower case, its canonical
    tokens and, capitalised, its name reading."""
    le, _, cs, _ = _word(w)
    keys = {le, w.lower(), *cs}
    if w[0].isupper():
        keys.update(_name_word(w))
    return frozenset(keys)


def _align(toks: list[str], words: list[str]) -> list[int]:
    """Word position of each extractor keyword (-1 where no word gives it), matched left to right
    against the words' lemmas and canonical tokens, so that a passive ("was arrested by police")
    is read as one in claims that carry keywords too. Empty (no passive is read) when at most
    half of the keywords are found: the keywords then do not follow the claim's text."""
    cands = [_word_keys(w) for w in words]
    out, at = [], 0
    for t in toks:
        k = next((k for k in range(at, len(words)) if t in cands[k]), None)
        if k is None:
            k = next((k for k in range(0, at) if t in cands[k]), -1)
        else:
            at = k + 1
        out.append(k)
    return out if sum(k >= 0 for k in out) * 2 > len(out) else []


def _kept(toks: list[str], pos: list[int], keep: list[int]) -> tuple[list[str], list[int]]:
    """The tokens at the positions `keep`, and their word positions (when known)."""
    return [toks[k] for k in keep], ([pos[k] for k in keep] if pos else pos)


def _relemma(k: str) -> str:
    """A keyword is already a lemma in context; only gerunds and plurals left as nouns are reduced
    (not a word of the synonym lexicon, and never to a stop word), then derived nouns go to their
    base and demonyms to their place."""
    if (k.endswith("ing") or (k.endswith("s") and not k.endswith("ss"))) and lx.canon(k) == k:
        base = lemma(k)
        if base not in STOP:  # "willing" is not "will", "during" not "dure"
            k = base
    place = place_words(k[:1].upper() + k[1:])
    if place and len(place) == 1:
        return place[0]
    return derive(k)


def _reduced_passive(claim: Claim) -> bool:
    """A headline in headlinese passive, "was" left out ("Mayor charged with fraud", "25 cases
    confirmed in Tarvel"): its verb is a participle after its subject and what follows it, if
    anything, opens with a preposition (an active past, "Veltra recalled 120,000 cars", has an
    object)."""
    if not claim.headline or not claim.predicate:
        return False
    first = words_of(claim.object)[:1] if claim.object else []
    return not first or first[0].lower() in _PARTICIPLE_PREPS


_PARTICIPLE_PREPS = frozenset("with in for after over at on by from to as amid near".split())
_PERFECT = frozenset(("have", "has", "had"))


def _roles(words, lemmas, toks, pos_of_tok, pred: str | None, reduced: bool = False):
    """(predicate, subject-side tokens, object-side tokens), given the claim's canonical predicate
    (None: the first synonym-class token, else "say"). `reduced`: a headline whose participle may
    be a passive without "was" (`_reduced_passive`)."""
    ti = None
    if pred is not None:
        ti = next((k for k, t in enumerate(toks) if t == pred), None)
    else:
        for k, t in enumerate(toks):
            if t.startswith("~") and t != SAY_CLASS:
                pred, ti = t, k
                break
        if pred is None:
            ti = next((k for k, t in enumerate(toks) if t == SAY_CLASS), None)
            pred = SAY_CLASS if ti is not None else None
    if ti is None:
        return pred, frozenset(), frozenset()
    before, after = frozenset(toks[:ti]), frozenset(toks[ti + 1:])
    if pos_of_tok:  # passive: "<be> ... <participle> by <agent>" -> agent is the subject
        wi = pos_of_tok[ti]
        if wi < 0:
            return pred, before, after
        raw = words[wi].lower()
        participle = (raw.endswith("ed") or raw.endswith("en") or lemmas[wi] != raw) and not raw.endswith("ing")
        aux = {lemmas[k] for k in range(max(0, wi - 3), wi)} | {words[k].lower() for k in range(max(0, wi - 3), wi)}
        passive = participle and (bool(aux & BE) or (reduced and wi > 0 and raw.endswith(("ed", "en"))
                                                      and not aux & _PERFECT))
        if passive:
            by = next((k for k in range(wi + 1, len(words)) if words[k].lower() == "by"), None)
            if by is not None:
                end = next((k for k in range(by + 1, len(words)) if not words[k][0].isalnum()), len(words))
                agent = {toks[k] for k, p in enumerate(pos_of_tok) if by < p < end}
                rest = {toks[k] for k, p in enumerate(pos_of_tok) if p > wi and not (by < p < end)}
                return pred, frozenset(agent), before | frozenset(rest)
            return pred, frozenset(), before | after
    return pred, before, after
