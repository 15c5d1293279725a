"""Quantities in English news text: numbers, money, percentages, fractions, counts, durations,
calendar years and dates; and how to compare two of them.

Method. One regex splits the text into tokens: a run of digits (with `,` and `.` inside), a run
of letters, or a run of other symbols. Each alternative is a single character class repeated
once, so tokenising is linear and cannot backtrack. Two tokens may join into one quantity only
when they touch ("10k", "$5", "two-thirds") or only spaces lie between them ("2.4 million");
any other character between them (a comma, a full stop, a bracket, a blank line) keeps them
apart. A hand-written parser then reads the longest quantity at each token, left to right,
looking a few tokens ahead at most. So the pass is linear in the length of the text and the
results are sorted and never overlap. A hedge before the number ("nearly", "more than", "~")
or after it ("or so", "-odd") is part of the span and sets `approximate`.

Values and units (`Quantity.value`, `Quantity.unit`):

- counts: unit None, or "person" when a noun for people follows ("30 people"; the noun is not
  part of the span). Digits with separators ("1,200", "3.5"), scales ("10k", "2.4 million",
  "5bn"), words ("twenty-five", "a hundred and five", "two dozen", "half a million"). Vague
  plurals are approximate, valued at the unit they name: "dozens" 12, "hundreds" 100,
  "thousands" 1000, "tens of thousands" 10,000, "millions" 1e6; "several"/"a few" count
  three, "a couple" two.
- money: "$5bn", "€3 billion", "5 million euros", "USD 40" -> value in currency units,
  unit the lower-case ISO code ("usd", "eur", "gbp", ...).
- "percent": "30%", "30 percent", "30 per cent" -> 0.30 (a proportion, like fractions).
  "percentage_point": "3 percentage points" -> 0.03 (basis points likewise, 25bp -> 0.0025).
- "fraction": "a third", "two-thirds", "half", "three quarters", "one in five", "one in every
  500" -> proportion.
  A singular fraction after "a"/"one" counts only where it cannot be an ordinal ("a third of",
  "by a third.", "nearly a third"; not "a third term"). Ordinals ("second source", "5th") are
  never quantities.
- durations: "second", "minute", "hour", "day" (weeks are 7 days, fortnights 14), "month",
  "year" (decades are 10 years, centuries 100): "two weeks" -> 14 day, "two-hour call" ->
  2 hour, "a month" -> 1 month. A bare plural after "for"/"in"/"within"/"after"/"over" or
  before "of" ("for years") is approximate, valued at one unit.
- "age": "a 45-year-old", "45 years old" -> 45 (years).
- "calendar_year": a plain four-digit number 1800-2100 ("in 2014", "the 2022 election") unless
  a count noun follows ("2000 troops") or a bound hedge makes it a count ("more than 2000");
  "1990s" -> 1990 approximate; "2014-15" -> 2014.
- "date": value YYYYMMDD as a float, unknown parts 0: "May 28, 2025" -> 20250528,
  "28 May" -> 528, "May 2025" -> 20250500, "2025-05-28" -> 20250528.
- measures: "km", "mile", "metre", "kg", "tonne", "barrel", "hectare", "litre", "mw", ...

Skipped: ordinals, clock times ("10:30", "5pm", "5 a.m."), identifiers glued to letters
("G7", "5G", "COVID-19", "F-16"), slashed forms ("24/7", "5/28"), malformed digit groups
("1,2345", "28.05.2025"), digit runs longer than 24 characters, "no one", "one another", "one-off", "zero-day" (a
software flaw), "zero-sum", "zero tolerance".

Limits: English only; no negative numbers; ranges ("10-15%", "2 to 3 weeks") give their
midpoint, approximate; "pounds" is not taken for money (weight is as likely); a singular
fraction before a noun is read as an ordinal.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..models import Quantity

__all__ = ["conflicting_quantities", "find_quantities", "same_quantity"]

# --- lexicon ----------------------------------------------------------------------------------

_TOKEN = re.compile(r"[0-9][0-9,.]*|[^\W\d_]+|[^\w\s]+")
_NUM, _WORD, _SYM = 0, 1, 2
_DASHES = ("-", "\u2013", "\u2010", "\u2011")

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_ABBR_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}
_SPACED_ABBR = {"mn", "mln", "bn", "tn", "trn"}  # "5 bn" but not "5 m" (metres?) or "5 k"
_VAGUE = {"tens": 10.0, "dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3,
          "millions": 1e6, "billions": 1e9, "trillions": 1e12}
_VAGUE_OF = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
_FEW = {"several": 3.0, "few": 3.0, "couple": 2.0}
_DENOMS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
           "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
           "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
           "tenth": 10, "tenths": 10}
_DURATIONS = {"second": ("second", 1), "seconds": ("second", 1), "minute": ("minute", 1),
              "minutes": ("minute", 1), "min": ("minute", 1), "mins": ("minute", 1),
              "hour": ("hour", 1), "hours": ("hour", 1), "hr": ("hour", 1), "hrs": ("hour", 1),
              "day": ("day", 1), "days": ("day", 1), "week": ("day", 7), "weeks": ("day", 7),
              "fortnight": ("day", 14), "fortnights": ("day", 14), "month": ("month", 1),
              "months": ("month", 1), "year": ("year", 1), "years": ("year", 1), "yr": ("year", 1),
              "yrs": ("year", 1), "decade": ("year", 10), "decades": ("year", 10),
              "century": ("year", 100), "centuries": ("year", 100)}
_BARE_DURATIONS = {"hours", "days", "weeks", "months", "years", "decades", "centuries"}
_DURATION_PREP = {"for", "in", "within", "after", "over"}
_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "month": 30.4375, "year": 365.25}
_MEASURES = {"km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
             "mile": "mile", "miles": "mile", "metre": "metre", "metres": "metre", "meter": "metre",
             "meters": "metre", "kg": "kg", "kilogram": "kg", "kilograms": "kg", "tonne": "tonne",
             "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "barrel": "barrel", "barrels": "barrel",
             "hectare": "hectare", "hectares": "hectare", "acre": "acre", "acres": "acre",
             "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre", "mph": "mph",
             "mw": "mw", "megawatts": "mw", "gw": "gw", "gigawatts": "gw", "degrees": "degree"}
_GLUED_MEASURES = {"km", "kg", "mph", "mw", "gw"}
_CURRENCY_SYMBOLS = {"$": "usd", "\u20ac": "eur", "\u00a3": "gbp", "\u00a5": "jpy", "\u20b9": "inr",
                     "\u20bd": "rub", "\u20b4": "uah", "\u20a9": "krw"}
_CURRENCY_CODES = {c.lower(): c.lower() for c in
                   "USD EUR GBP JPY CNY INR RUB UAH CHF CAD AUD KRW TRY BRL ZAR SEK NOK DKK PLN".split()}
#: unit words read after "half a": "half a percentage point", "half a percent", "half a point"
#: (a fraction of a bare point is of a percentage point: rates, polls)
_HALF_OF_UNITS = frozenset(("percentage", "percent", "basis", "point"))
_CURRENCY_WORDS = {"dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "yen": "jpy",
                   "yuan": "cny", "renminbi": "cny", "rupee": "inr", "rupees": "inr", "rouble": "rub",
                   "roubles": "rub", "ruble": "rub", "rubles": "rub", "hryvnia": "uah", "hryvnias": "uah",
                   "franc": "chf", "francs": "chf", "lira": "try", "won": "krw", "zloty": "pln"}
_PERSONS = set("""people persons person individuals residents civilians children adults men women
soldiers troops workers employees staff students patients migrants refugees voters members officers
protesters demonstrators passengers fighters prisoners hostages detainees citizens inhabitants
victims journalists doctors nurses casualties""".split())
_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())})
_MONTHS["sept"] = 9
_MONTH_ABBR = {m for m in _MONTHS if len(m) <= 4 and m not in ("may", "june", "july")}
_DATE_PREP = set("""in since by from until till through before after during between of to and or
early mid late year fiscal circa spring summer autumn fall winter""".split())
_EVENT_NOUNS = set("""elections polls games olympics paralympics talks accords protests riots
negotiations hearings midterms finals playoffs regulations rules standards figures statistics
results numbers levels""".split())
_NOT_AFTER_ONE = {"another", "other"}
_ZERO_IDIOMS = {"day", "days", "sum", "tolerance"}  # "zero-day vulnerability", "zero-sum", "zero tolerance"
_NOT_BEFORE_ONE = {"no", "the", "any", "every", "each", "this", "that", "which", "someone", "anyone",
                   "will", "would", "could", "might", "may", "can", "should", "must"}  # "would one day"
#: hedges that are also prepositions: before a small number word without a unit, a year or a
#: date they are read as prepositions ("control over four regions", "talks about 2025")
_PREPOSITION_HEDGES = {"over", "under", "about"}
#: before "half" these make it a part or a period of play, not a proportion ("the first half",
#: "at the half", "the 1st half", "a first-half goal", "the lower half of the table")
_NOT_BEFORE_HALF = {"first", "second", "latter", "former", "other", "better", "bottom", "top", "back", "front",
                    "the", "this", "that", "each", "lower", "upper", "st", "nd"}
_DYING = {"die", "dies", "died", "dead", "dying"}  # "died at 91": the figure is an age
_RATE_WORDS = {"once", "twice", "thrice", "times", "per"}
#: words after "a third" that show it is a fraction, not an ordinal ("a third of", "by a third since")
_FUNCTION_WORDS = set("""of in on at by for from since to and or but than as with over under after before
during between is was are were be been has have had will would could should may might can must
says said say less more fewer smaller larger higher lower bigger greater cheaper this that these those
last next ago earlier later""".split())

# hedge phrase -> kind: about | below (at most the number) | above (at least) | upto
_HEDGES = {"nearly": "below", "almost": "below", "close to": "below", "just under": "below",
           "around": "about", "about": "about", "roughly": "about", "some": "about",
           "approximately": "about", "approx": "about", "an estimated": "about", "estimated": "about",
           "circa": "about", "~": "about", "more than": "above", "over": "above", "at least": "above",
           "upwards of": "above", "just over": "above", "well over": "above", "in excess of": "above",
           "up to": "upto", "less than": "upto", "fewer than": "upto", "under": "upto",
           "at most": "upto", "no more than": "upto", "as many as": "upto", "as much as": "upto",
           "below": "upto", "above": "above"}  # "to fall below 3%", "stayed above 5%"
_SUFFIX_HEDGES = {"or so": "about", "or more": "above", "odd": "about", "plus": "above"}
_HEDGE_TUPLES = sorted((tuple(h.split()) for h in _HEDGES if h != "~"), key=len, reverse=True)
_HEDGE_FIRST = {h[0] for h in _HEDGE_TUPLES}

_STARTERS = (set(_UNITS) | set(_TENS) | set(_VAGUE) | set(_MONTHS) | _HEDGE_FIRST | _BARE_DURATIONS
             | set(_CURRENCY_CODES) | {"a", "an", "half", "several", "us"})


_PAD = 4


@dataclass
class _Amount:
    """A number read from tokens `first..last` (inclusive), before any unit."""

    first: int
    last: int
    value: float
    kind: str  # num | word | article | vague | few | half
    approx: bool = False
    scaled: bool = False
    plain: str = ""  # the digits of a single unscaled NUM token without separators


@dataclass
class _Hit:
    start: int  # character offsets in the text
    end: int
    last: int  # last token used
    value: float | None  # None: consumed but not a quantity (ordinal, clock time, identifier)
    unit: str | None = None
    approx: bool = False


def _num_value(tok: str) -> float | None:
    """'1,200.5' -> 1200.5; None for malformed groups ('1,2345', '1.2.3') or very long runs."""
    if len(tok) > 24:
        return None
    whole, dot, frac = tok.partition(".")
    if "." in frac or "," in frac or (dot and not frac) or not whole:
        return None
    groups = whole.split(",")
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        return None
    return float(whole.replace(",", "") + (dot + frac))


class _Scanner:
    def __init__(self, text: str):
        self.text = text
        starts, toks, kinds = [], [], []
        for m in _TOKEN.finditer(text):
            t = m.group()
            c = t[0]
            if c <= "9" and c >= "0":
                t = t.rstrip(",.")
                kinds.append(_NUM)
            else:
                kinds.append(_WORD if c.isalpha() else _SYM)
            starts.append(m.start())
            toks.append(t)
        ends = [s + len(t) for s, t in zip(starts, toks)]
        n = len(toks)
        # link[i]: 2 if tokens i and i+1 touch, 1 if only spaces (no blank line) lie between, else 0
        link = []
        for i in range(n - 1):
            e, s = ends[i], starts[i + 1]
            if e == s:
                link.append(2)
            else:
                g = text[e:s]
                link.append(1 if g.isspace() and "\n\n" not in g else 0)
        # padding: indexes up to n + 3, and -1, -2 (from the end), read as "no token"
        pad = _PAD
        starts += [len(text)] * pad
        ends += [len(text)] * pad
        toks += [""] * pad
        kinds += [-1] * pad
        link += [0] * (pad + 1 if n else pad)
        self.n, self.starts, self.ends, self.toks, self.kinds, self.link = n, starts, ends, toks, kinds, link
        #: lower-cased words ('' for numbers, symbols and padding)
        self.wl = wl = [t.lower() if k == _WORD else "" for t, k in zip(toks, kinds)]
        self.low = [w or t for w, t in zip(wl, toks)]
        #: nw[i]: the word after token i if linked to it, else ''
        self.nw = [w if lk else "" for w, lk in zip(wl[1:] + [""], link)]
        #: pw[i]: the word before token i if linked to it, else ''
        self.pw = [""] + [w if lk else "" for w, lk in zip(wl, link)][:-1]
        #: dash[i]: token i is a hyphen touching both neighbours ("two-thirds")
        self.dash = [k == _SYM and t in _DASHES and lk == 2 and pl == 2
                     for k, t, lk, pl in zip(kinds, toks, link, [0] + link[:-1])]

    # --- token helpers -----------------------------------------------------------------------
    def joined(self, i: int) -> int:
        """Index of the token after i, if it follows i by space or a touching hyphen; else -1."""
        if i + 1 >= self.n or not self.link[i]:
            return -1
        if self.dash[i + 1]:
            return i + 2
        return i + 1 if self.kinds[i + 1] != _SYM else -1

    def phrase(self, i: int, words: tuple[str, ...]) -> int:
        """Last token index of `words` read from i (linked by spaces), else -1."""
        j = i
        for k, w in enumerate(words):
            if j >= self.n or self.wl[j] != w or (k and self.link[j - 1] != 1):
                return -1
            j += 1
        return j - 1

    def gap(self, i: int) -> str:
        return self.text[self.ends[i]:self.starts[i + 1]] if i + 1 < self.n else ""

    # --- main loop ---------------------------------------------------------------------------
    def scan(self) -> list[_Hit]:
        out: list[_Hit] = []
        i, n, kinds, low = 0, self.n, self.kinds, self.low
        prev_end = -2  # last token of the previous hit
        link, dash, toks = self.link, self.dash, self.toks
        while i < n:
            k = kinds[i]
            if k == _NUM and self.list_marker(i):
                i += 1
                continue
            free_before = link[i - 1] != 2 or kinds[i - 1] == _SYM and not (dash[i - 1] and kinds[i - 2] == _WORD)
            if k == _NUM and free_before and (link[i] == 0 or kinds[i + 1] == _NUM and link[i] == 1 or dash[i + 1]
                                              and kinds[i + 2] == _NUM and (not link[i + 2] or dash[i + 3])):
                # fast path: a number with nothing around it that could change it is a plain count
                t = toks[i]
                v = _num_value(t)
                if v is None or not (len(t) == 4 and 1800 <= v <= 2100):
                    if v is not None:
                        out.append(_Hit(self.starts[i], self.ends[i], i, v))
                        prev_end = i
                    i += 1
                    continue
            if k == _WORD and low[i] not in _STARTERS:
                i += 1
                continue
            if k == _SYM and self.toks[i][-1] not in _CURRENCY_SYMBOLS and self.toks[i][-1] != "~":
                i += 1
                continue
            hit = self.at(i, after_hit=prev_end == i - 1 and i > 0 and self.link[i - 1] == 1)
            if hit is None:
                i += 1
                continue
            if hit.value is not None:
                out.append(hit)
            prev_end = hit.last
            i = hit.last + 1
        for hit in out:
            if hit.unit is None and hit.value is not None and self.age_before(hit):
                hit.unit = "age"
        return out

    def age_before(self, hit: _Hit) -> bool:
        """A bare whole figure given as someone's age: after "aged", "age", "age of" ("died at the
        age of 91", "died at age 91", "a man aged 45"); after "at" that follows a word of dying by
        at most four words without punctuation ("dies at 91", "died on Friday at 91"), with no
        word after it but a function word ("died at 91 Main Street" names a place)."""
        if not (0 < hit.value < 130 and hit.value == int(hit.value)):
            return False
        i = bisect_left(self.starts, hit.start)
        if i >= self.n or self.starts[i] != hit.start:
            return False
        before, gap = self.pw[i], i - 1
        if before in ("aged", "age") or before == "of" and self.pw[gap] == "age":
            return True
        after = self.nw[hit.last]
        if after and after not in _FUNCTION_WORDS:
            return False
        if before != "at":
            return False
        for k in range(gap - 1, max(gap - 5, -1), -1):  # "died on Friday at 91", "died in hospital at 91"
            if self.kinds[k] != _WORD or self.link[k] != 1:
                return False
            if self.wl[k] in _DYING:
                return True
        return False

    def list_marker(self, i: int) -> bool:
        """'1.' or '2)' opening a line: the number of a list item, not a quantity."""
        s, e, text = self.starts[i], self.ends[i], self.text
        if e - s > 3 or text[e:e + 1] not in (".", ")") or text[e + 1:e + 2] not in (" ", "\t"):
            return False
        k = s
        while k > 0 and k > s - 8 and text[k - 1] in " \t":
            k -= 1
        return k == 0 or text[k - 1] == "\n"

    def at(self, i: int, after_hit: bool = False) -> _Hit | None:
        hedge, j = self.hedge(i)
        if hedge:
            hit = self.core(j, hedge, after_hit=False)
            if hit is not None and hit.value is not None and self.low[i] in _PREPOSITION_HEDGES and (
                    self.kinds[j] == _WORD and hit.unit in (None, "person") and hit.value < 10
                    or hit.unit in ("calendar_year", "date")):
                return hit  # "control over four regions", "talks about 2025": a preposition
            if hit is not None and hit.value is not None:
                hit.start = self.starts[i] if self.kinds[i] != _SYM else self.ends[i] - 1
                hit.approx = True
                return hit
        return self.core(i, None, after_hit)

    def hedge(self, i: int) -> tuple[str | None, int]:
        if self.kinds[i] == _SYM:
            if self.toks[i][-1] == "~" and self.link[i]:
                return "about", i + 1
            return None, i
        w = self.low[i]
        if w not in _HEDGE_FIRST:
            return None, i
        for h in _HEDGE_TUPLES:
            if h[0] == w:
                last = self.phrase(i, h)
                if last >= 0 and last + 1 < self.n and self.link[last] == 1:
                    return _HEDGES[" ".join(h)], last + 1
        return None, i

    # --- grammar -----------------------------------------------------------------------------
    def core(self, i: int, hedge: str | None, after_hit: bool) -> _Hit | None:
        if self.kinds[i] == _SYM:
            return self.money_prefix(i)
        hit = self.date(i)
        if hit is not None:
            return hit
        if self.wl[i] in ("usd", "us") or self.wl[i] in _CURRENCY_CODES:
            return self.money_prefix(i)
        if self.kinds[i] == _NUM:
            skip = self.identifier(i)
            if skip is not None:
                return skip
        w = self.wl[i]
        if w in _BARE_DURATIONS and self.bare_duration_ok(i):
            unit, mult = _DURATIONS[w]
            return _Hit(self.starts[i], self.ends[i], i, float(mult), unit, True)
        if w in ("a", "an") and after_hit or w in ("a", "an") and self.pw[i] in _RATE_WORDS:
            nw = self.nw[i]
            if nw in _DURATIONS:  # "$5bn a year", "twice a day": a rate, not a duration
                return _Hit(self.starts[i], self.ends[i + 1], i + 1, None)
        a = self.amount(i)
        if a is None:
            hit = self.fraction(i, None, hedge)
            if hit is None and w in ("a", "an"):  # "a month", "an hour"
                hit = self.unit(_Amount(i, i, 1.0, "article"), self.starts[i], 1.0)
            return hit
        return self.tail(a, hedge)

    def identifier(self, i: int) -> _Hit | None:
        """Skip numbers that are ordinals, clock times or parts of names ('5th', '10:30', 'G7')."""
        t, n = self.toks, self.n
        if i > 0 and self.link[i - 1] == 2:
            pk, pt = self.kinds[i - 1], t[i - 1]
            if pk == _WORD:  # "G7", "MH17"
                return _Hit(self.starts[i], self.ends[i], i, None)
            if pt in _DASHES and i > 1 and self.link[i - 2] == 2 and self.kinds[i - 2] == _WORD \
                    and self.low[i - 2] not in ("mid", "early", "late", "pre", "post"):
                return _Hit(self.starts[i], self.ends[i], i, None)  # "COVID-19", "F-16"
        if i + 2 < n and self.link[i] == 2 and self.link[i + 1] == 2 and t[i + 1] in (":", "/") \
                and self.kinds[i + 2] == _NUM:
            return _Hit(self.starts[i], self.ends[i + 2], i + 2, None)  # "10:30", "24/7"
        if i + 1 < n and self.link[i] == 2 and self.kinds[i + 1] == _WORD:
            suffix = self.low[i + 1]
            if suffix in ("st", "nd", "rd", "th", "am", "pm"):
                return _Hit(self.starts[i], self.ends[i + 1], i + 1, None)
        if i + 1 < n and self.link[i] and self.low[i + 1] in ("am", "pm", "a", "p"):
            after = self.text[self.starts[i + 1]:self.starts[i + 1] + 4].lower()
            if self.low[i + 1] in ("am", "pm") or after in ("a.m.", "p.m."):
                last = i + 1
                while last + 1 < self.n and self.ends[last] <= self.starts[i + 1] + 3:
                    last += 1
                return _Hit(self.starts[i], self.ends[last], last, None)
        return None

    def bare_duration_ok(self, i: int) -> bool:
        if self.pw[i] in _DURATION_PREP or self.nw[i] == "of":
            return True
        return self.dash[i + 1] and self.wl[i + 2] in ("long", "old")

    def amount(self, i: int) -> _Amount | None:
        w = self.wl[i]
        if self.kinds[i] == _NUM:
            v = _num_value(self.toks[i])
            if v is None:
                return None
            plain = self.toks[i] if self.toks[i].isdigit() else ""
            return self.scale(_Amount(i, i, v, "num", plain=plain))
        if w in _UNITS or w in _TENS or (w in ("a", "an") and self.nw[i] in ("hundred", "dozen", *_SCALES)):
            if w == "one" and (self.pw[i] in _NOT_BEFORE_ONE or self.nw[i] in _NOT_AFTER_ONE
                               or self.text.startswith(("'s", "\u2019s"), self.ends[i])
                               or self.dash[i + 1] and self.wl[i + 2] in ("off", "time", "sided", "way", "on")):
                return None
            if w == "zero" and self.joined(i) > 0 and self.wl[self.joined(i)] in _ZERO_IDIOMS:
                return None  # "a zero-day flaw", "a zero-sum game": terms, not quantities
            return self.words(i)
        if w in _VAGUE:
            return self.vague(i)
        if w == "half":
            k = self.joined(i)
            if k > 0 and self.wl[k] in _DURATIONS:  # "half-hour", "half hour"
                return _Amount(i, i, 0.5, "half")
            j = self.phrase(i + 1, ("a",)) if self.link[i] == 1 else -1
            if j < 0:
                j = self.phrase(i + 1, ("an",)) if self.link[i] == 1 else -1
            if j >= 0:
                nw = self.nw[j]
                if nw in _SCALES or nw == "dozen":
                    return _Amount(i, j + 1, 0.5 * (_SCALES.get(nw) or 12), "word", scaled=True)
                if nw in _DURATIONS or nw in _HALF_OF_UNITS or nw in _CURRENCY_WORDS or nw in _MEASURES:
                    return _Amount(i, j, 0.5, "half")  # "half an hour", "half a percentage point"
            return None
        if w in ("several", "a"):
            j = i
            if w == "a":
                j = i + 1 if self.nw[i] in ("few", "couple") else -1
                if j > 0 and self.low[j] == "couple" and self.nw[j] == "of":
                    j += 1
            if j < 0:
                return None
            mult = _FEW[self.low[j] if self.low[j] != "of" else "couple"]
            nw = self.nw[j]
            if nw in ("hundred", "dozen") or nw in _SCALES:
                return _Amount(i, j + 1, mult * (_SCALES.get(nw) or (100 if nw == "hundred" else 12)),
                               "word", approx=True, scaled=True)
            if nw in _DURATIONS and nw.endswith("s"):
                return _Amount(i, j, mult, "few", approx=True)
            return None
        return None

    def scale(self, a: _Amount) -> _Amount:
        """Scale words and glued abbreviations after a number: '10k', '5bn', '2.4 million'."""
        j = a.last
        if j + 1 < self.n and self.kinds[j + 1] == _WORD and self.link[j]:
            s = self.low[j + 1]
            if s in _ABBR_SCALES and s != "b" and (self.link[j] == 2 or s in _SPACED_ABBR):
                return _Amount(a.first, j + 1, a.value * _ABBR_SCALES[s], a.kind, a.approx, True)
        last_scale = 1e15
        if j + 2 < self.n and self.dash[j + 1] and self.wl[j + 2] in _SCALES:  # "$161-million deal"
            last_scale = _SCALES[self.wl[j + 2]]
            a.value *= last_scale
            j += 2
            a.last, a.scaled, a.plain = j, True, ""
        while True:
            nw = self.nw[j]
            if nw == "hundred" and last_scale > 100:
                a.value *= 100
            elif nw == "dozen" and last_scale > 12:
                a.value *= 12
            elif nw in _SCALES and _SCALES[nw] < last_scale:
                a.value *= _SCALES[nw]
                last_scale = _SCALES[nw]
            else:
                break
            j += 1
            a.last, a.scaled, a.plain = j, True, ""
        return a

    def words(self, i: int) -> _Amount:
        """'twenty-five', 'one hundred and five', 'two million three hundred thousand', 'a dozen'."""
        total, cur, state, j, last = 0.0, 0.0, "", i, i
        last_scale = 1e15
        while j < self.n:
            w = self.wl[j]
            if j == i and w in ("a", "an"):
                cur, state = 1.0, "unit"
            elif w in _UNITS and state in ("", "tens", "hundred", "scale", "and"):
                if state == "tens" and (_UNITS[w] == 0 or _UNITS[w] >= 10):
                    break
                cur += _UNITS[w]
                state = "unit" if _UNITS[w] < 10 else "teen"
            elif w in _TENS and state in ("", "hundred", "scale", "and"):
                cur += _TENS[w]
                state = "tens"
            elif w == "hundred" and state in ("unit", "teen") and last_scale > 100:
                cur, state = cur * 100, "hundred"
            elif w == "dozen" and state in ("unit",) and cur < 10:
                cur, state = cur * 12, "scale"
            elif w in _SCALES and state in ("unit", "teen", "tens", "hundred") and _SCALES[w] < last_scale:
                total, cur, state, last_scale = total + cur * _SCALES[w], 0.0, "scale", _SCALES[w]
            elif w == "and" and state in ("hundred", "scale") and self.wl[j + 1] in (*_UNITS, *_TENS) \
                    and self.link[j] == 1:
                state = "and"
            else:
                break
            if state != "and":
                last = j
            nxt = self.joined(j) if state != "and" else j + 1
            if nxt < 0 or (nxt == j + 2 and not (state == "tens" and self.wl[nxt] in _UNITS)):
                break  # a hyphen only joins "twenty-five"
            j = nxt
        scaled = last > i and any(self.wl[k] in ("hundred", "dozen", *_SCALES) for k in range(i, last + 1))
        return _Amount(i, last, total + cur, "word", scaled=scaled)

    def vague(self, i: int) -> _Amount | None:
        """'dozens', 'hundreds of thousands', 'tens of millions', 'scores of'."""
        w = self.low[i]
        v, j = _VAGUE[w], i
        while self.nw[j] == "of" and self.nw[j + 1] in _VAGUE_OF:
            v *= _VAGUE_OF[self.low[j + 2]]
            j += 2
        if j == i and w in ("tens", "scores") and not (w == "scores" and self.nw[i] == "of"):
            return None
        return _Amount(i, j, v, "vague", approx=True, scaled=True)

    def fraction(self, i: int, a: _Amount | None, hedge: str | None) -> _Hit | None:
        """'a third', 'two-thirds', 'half', 'three quarters', 'one in five', 'three out of four'."""
        if a is None:
            w = self.wl[i]
            if w == "half":
                if self.pw[i] in _NOT_BEFORE_HALF or i >= 2 and self.dash[i - 1] and self.wl[i - 2] in _NOT_BEFORE_HALF:
                    return None
                if self.dash[i + 1] and self.wl[i + 2] not in _DURATIONS:
                    return None  # "half-brother"
                if self.nw[i] == "time":
                    return None  # "left at half time": the break of a game
                return _Hit(self.starts[i], self.ends[i], i, 0.5, "fraction")
            if w not in ("a", "an"):
                return None
            a = _Amount(i, i, 1.0, "article")
        if a.scaled or a.kind not in ("word", "article", "num") or a.value != int(a.value) or a.value > 1000:
            return None
        j = self.joined(a.last)
        d = self.wl[j] if j > 0 else ""
        if d in _DENOMS and a.kind != "num" and a.value <= 20:
            if d == "half" and j + 2 < self.n and self.dash[j + 1]:
                return None  # "two half-brothers": a count of half-brothers; "a half-hour": a duration (read at "half")
            if a.value == 1 and not d.endswith("s") and d != "half" and not hedge:
                after = self.nw[j]
                if self.dash[j + 1] or (after and after not in _FUNCTION_WORDS):
                    return None  # "a third term", "a third-party": an ordinal
            hit = _Hit(self.starts[a.first], self.ends[j], j, a.value / _DENOMS[d], "fraction")
            return self.fraction_of_unit(hit, j) or hit
        if a.kind == "article":
            return None
        k = self.phrase(a.last + 1, ("in",)) if self.link[a.last] == 1 else -1
        if k < 0 and self.link[a.last] == 1:
            k = self.phrase(a.last + 1, ("out", "of"))
        if k >= 0 and self.link[k] == 1 and k + 2 < self.n and self.wl[k + 1] == "every" and self.link[k + 1] == 1:
            k += 1  # "one in every 500", "three out of every four"
        if k >= 0 and self.link[k] == 1 and k + 1 < self.n:
            b = self.amount(k + 1)
            if b is not None and not b.scaled and b.kind in ("num", "word") and a.value < b.value <= 1000 \
                    and b.value == int(b.value) and a.value >= 1 and self.nw[b.last] not in _DURATIONS:
                return _Hit(self.starts[a.first], self.ends[b.last], b.last, a.value / b.value, "fraction")
        return None

    def fraction_of_unit(self, hit: _Hit, j: int) -> _Hit | None:
        """'a quarter of a percentage point', 'three-quarters of a mile': the fraction of one unit
        (None when no unit follows 'of a': 'a third of a century' is read elsewhere, 'a third of
        a loaf' stays a fraction)."""
        k = self.phrase(j + 1, ("of", "a")) if self.link[j] == 1 else -1
        if k < 0:
            k = self.phrase(j + 1, ("of", "an")) if self.link[j] == 1 else -1
        if k < 0 or self.link[k] != 1:
            return None
        got = self.unit(_Amount(hit.last, k, hit.value, "half"), hit.start, hit.value)
        return got if got is not None and got.unit not in (None, "fraction") else None

    def tail(self, a: _Amount, hedge: str | None) -> _Hit | None:
        """Read what follows an amount: a unit, a fraction, a range, a year or a bare count."""
        start, approx, value = self.starts[a.first], a.approx, a.value
        if a.kind == "num" and not a.scaled and self.link[a.last] == 2 and self.kinds[a.last + 1] == _WORD:
            g = self.low[a.last + 1]  # letters glued to digits
            if g == "s" and len(a.plain) == 4 and 1800 <= value <= 2100 and value % 10 == 0:
                return _Hit(start, self.ends[a.last + 1], a.last + 1, value, "calendar_year", True)
            if g not in _GLUED_MEASURES and g not in _DURATIONS and g not in ("bp", "bps", "pc", "percent"):
                return _Hit(start, self.ends[a.last + 1], a.last + 1, None)  # "5G", "3D"
        frac = self.fraction(a.first, a, hedge) if a.kind in ("word", "num") else None
        if frac is not None:
            return frac
        # a range: "10-15%", "2 to 3 weeks" (only when a unit or scale follows)
        j = a.last
        if a.kind in ("num", "word") and len(a.plain) != 4 and j + 2 < self.n:
            between = self.pw[a.first] == "between"
            conj = "and" if between else "to"
            k = j + 2 if self.dash[j + 1] or (self.nw[j] == conj and self.link[j + 1] == 1) else -1
            b = self.amount(k) if k > 0 and self.kinds[k] == self.kinds[a.first] else None
            if b is not None and b.kind == a.kind:
                lo = a.value if a.scaled or not b.scaled else a.value * b.value / self._unscaled(b)
                hit = self.unit(b, start, b.value) if lo < b.value else None
                if hit is not None and hit.value is not None and (hit.unit is not None or b.scaled):
                    ratio = hit.value / b.value if b.value else 1.0
                    hit.value, hit.approx = (lo * ratio + hit.value) / 2, True
                    if between:
                        hit.start = self.starts[a.first - 1]
                    return hit
        # "two and a half (years)"
        if a.kind in ("num", "word") and not a.scaled and self.nw[j] == "and":
            k = self.phrase(j + 1, ("and", "a", "half"))
            if k >= 0:
                value, j = value + 0.5, k
                a = _Amount(a.first, j, value, a.kind, a.approx, a.scaled)
        hit = self.unit(a, start, value)
        if hit is None:
            return None
        hit.approx = hit.approx or approx
        if hit.unit is None and a.kind == "num" and len(a.plain) == 4 and 1800 <= value <= 2100:
            self.calendar(a, hit, hedge)
        if hit.unit is None and self.nw[hit.last] in _PERSONS:
            hit.unit = "person"
        elif hit.unit is None and self.nw[hit.last] == "of" and self.nw[hit.last + 1] in _PERSONS:
            hit.unit = "person"
        return hit

    def _unscaled(self, b: _Amount) -> float:
        """The value of an amount's first token before its scale ("10" of "10bn")."""
        if self.kinds[b.first] == _NUM:
            return _num_value(self.toks[b.first]) or 1.0
        return self.words(b.first).value if self.wl[b.first] not in ("a", "an") else 1.0

    def unit(self, a: _Amount, start: int, value: float) -> _Hit | None:
        """The unit after an amount (percent, money, duration, measure) and any suffix hedge."""
        j, approx = a.last, a.approx
        nw = self.nw[j]
        unit: str | None = None
        if j + 1 < self.n and self.link[j] and self.kinds[j + 1] == _SYM and self.toks[j + 1][0] == "%":
            return self.suffix(_Hit(start, self.starts[j + 1] + 1, j + 1, value / 100, "percent", approx))
        if nw in ("percent", "pc", "pct"):
            return self.suffix(_Hit(start, self.ends[j + 1], j + 1, value / 100, "percent", approx))
        if nw == "per" and self.nw[j + 1] == "cent":
            return self.suffix(_Hit(start, self.ends[j + 2], j + 2, value / 100, "percent", approx))
        if nw == "percentage" and self.nw[j + 1] in ("point", "points"):
            return _Hit(start, self.ends[j + 2], j + 2, value / 100, "percentage_point", approx)
        if a.kind == "half" and nw in ("point", "points"):  # "half a point", "three-quarters of a point"
            return _Hit(start, self.ends[j + 1], j + 1, value / 100, "percentage_point", approx)
        if nw == "basis" and self.nw[j + 1] in ("point", "points") or nw in ("bp", "bps"):
            last = j + 2 if nw == "basis" else j + 1
            return _Hit(start, self.ends[last], last, value / 10000, "percentage_point", approx)
        if nw in _CURRENCY_WORDS or nw in _CURRENCY_CODES and self.toks[j + 1].isupper() and a.kind != "article":
            unit = _CURRENCY_WORDS.get(nw) or _CURRENCY_CODES[nw]
            return self.suffix(_Hit(start, self.ends[j + 1], j + 1, value, unit, approx))
        if a.kind == "vague" and nw == "of" and self.nw[j + 1] in _CURRENCY_WORDS:
            return _Hit(start, self.ends[j + 2], j + 2, value, _CURRENCY_WORDS[self.low[j + 2]], approx)
        k = self.joined(j)
        d = self.wl[k] if k > 0 else ""
        if d in _DURATIONS and not (d == "second" and a.kind == "article"):
            return self.duration(a, start, value, k)
        if d in _MEASURES and (k == j + 1 or self.link[j] == 2):
            return self.suffix(_Hit(start, self.ends[k], k, value, _MEASURES[d], approx))
        if a.kind in ("article", "half", "few"):
            return None
        return self.suffix(_Hit(start, self.ends[j], j, value, unit, approx))

    def duration(self, a: _Amount, start: int, value: float, k: int) -> _Hit:
        unit, mult = _DURATIONS[self.low[k]]
        hit = _Hit(start, self.ends[k], k, value * mult, unit, a.approx)
        if self.dash[k + 1] and self.wl[k + 2] == "old":
            last = k + 2
        elif self.nw[k] == "old":
            last = k + 1
        else:
            h = self.phrase(k + 1, ("and", "a", "half")) if self.link[k] == 1 else -1
            if h >= 0 and a.kind == "article":
                hit.value, hit.end, hit.last = (value + 0.5) * mult, self.ends[h], h
            return self.suffix(hit)
        return _Hit(start, self.ends[last], last, value * mult * _DAYS[unit] / _DAYS["year"], "age", a.approx)

    def suffix(self, hit: _Hit) -> _Hit:
        """'30 or so', '30 or more', '30-odd', '30-plus'."""
        j = hit.last
        if self.nw[j] == "or" and self.link[j] == 1 and self.link[j + 1] == 1 and self.wl[j + 2] in ("so", "more"):
            hit.end, hit.last, hit.approx = self.ends[j + 2], j + 2, True
        elif self.dash[j + 1] and self.wl[j + 2] in ("odd", "plus"):
            hit.end, hit.last, hit.approx = self.ends[j + 2], j + 2, True
        else:
            return hit
        d = self.nw[hit.last]
        if hit.unit is None and d in _DURATIONS and d != "second":  # "30 or so minutes", "30-odd years"
            unit, mult = _DURATIONS[d]
            hit.value, hit.unit, hit.end, hit.last = hit.value * mult, unit, self.ends[hit.last + 1], hit.last + 1
        return hit

    def calendar(self, a: _Amount, hit: _Hit, hedge: str | None) -> None:
        """Make a plain 1800-2100 number a calendar year unless the context says it is a count."""
        nw = self.nw[hit.last]
        count_noun = nw in _PERSONS or nw in _MEASURES or (
            len(nw) > 3 and nw.endswith("s") and not nw.endswith("ss") and nw not in _EVENT_NOUNS)
        before = self.wl[a.first - 1] if a.first > 0 and self.link[a.first - 1] else ""
        if a.first > 1 and self.dash[a.first - 1]:
            before = self.wl[a.first - 2]  # "mid-2020"
        date_prep = before in _DATE_PREP or before in _MONTHS
        counting = hedge in ("above", "below", "upto") or self.wl[a.first - 1] == "some"
        if count_noun or (counting and not date_prep):
            return
        hit.unit = "calendar_year"
        j = hit.last  # "2014-15"
        if self.dash[j + 1] and self.kinds[j + 2] == _NUM and len(self.toks[j + 2]) == 2:
            hit.end, hit.last = self.ends[j + 2], j + 2

    def date(self, i: int) -> _Hit | None:
        """'May 28, 2025', '28 May 2025', 'May 2025', '2025-05-28'."""
        t = self.toks
        if self.kinds[i] == _WORD and self.low[i] in _MONTHS and t[i][0].isupper():
            month = _MONTHS[self.low[i]]
            j = i
            if self.low[i] in _MONTH_ABBR and self.link[i] == 2 and t[i + 1] == "." and self.link[i + 1] == 1:
                j = i + 1  # "Jan. 5"
            elif self.link[i] != 1:
                return None
            if j + 1 >= self.n or self.kinds[j + 1] != _NUM:
                return None
            day, last = self._day(j + 1)
            year, last2 = self._year_after(last if day else j)
            if day:
                return _Hit(self.starts[i], self.ends[last2], last2, year * 1e4 + month * 100 + day, "date")
            if year:
                return _Hit(self.starts[i], self.ends[last2], last2, year * 1e4 + month * 100, "date")
            return None
        if self.kinds[i] == _NUM:
            day, last = self._day(i)
            if day:
                k = last + 1
                if self.nw[last] == "of":
                    k += 1
                if k < self.n and self.link[k - 1] == 1 and self.kinds[k] == _WORD and self.low[k] in _MONTHS \
                        and t[k][0].isupper():
                    month = _MONTHS[self.low[k]]
                    year, last2 = self._year_after(k)
                    return _Hit(self.starts[i], self.ends[last2], last2, year * 1e4 + month * 100 + day, "date")
            if len(t[i]) == 4 and t[i].isdigit() and i + 4 < self.n and self.dash[i + 1] and self.dash[i + 3]:
                mm, dd = t[i + 2], t[i + 4]
                if mm.isdigit() and dd.isdigit() and len(mm) == 2 and len(dd) == 2 \
                        and 1 <= int(mm) <= 12 and 1 <= int(dd) <= 31:
                    return _Hit(self.starts[i], self.ends[i + 4], i + 4, float(t[i] + mm + dd), "date")
        return None

    def _day(self, i: int) -> tuple[int, int]:
        t = self.toks[i]
        if not (t.isdigit() and len(t) <= 2 and 1 <= int(t) <= 31):
            return 0, i
        if self.link[i] == 2 and self.wl[i + 1] in ("st", "nd", "rd", "th"):
            return int(t), i + 1
        if self.link[i] == 2 and i + 1 < self.n and self.kinds[i + 1] != _SYM:
            return 0, i
        return int(t), i

    def _year_after(self, i: int) -> tuple[int, int]:
        if i + 2 < self.n and self.link[i] == 2 and self.toks[i + 1] == "," and self.link[i + 1]:
            i += 1  # "28th, 2025"
        if i + 1 < self.n and self.kinds[i + 1] == _NUM and self.gap(i) in (" ", ", ", ","):
            y = self.toks[i + 1]
            if len(y) == 4 and y.isdigit() and not (self.link[i + 1] == 2 and self.kinds[i + 2] == _WORD):
                return int(y), i + 1
        return 0, i

    def money_prefix(self, i: int) -> _Hit | None:
        """'$5bn', '€3 billion', 'US$40', 'USD 40 million'."""
        t = self.toks[i]
        if self.kinds[i] == _SYM:
            cur = _CURRENCY_SYMBOLS.get(t[-1])
            start = self.ends[i] - 1
            if cur is None or not self.link[i]:
                return None
        else:
            w = self.low[i]
            start = self.starts[i]
            if w == "us" and self.link[i] == 2 and i + 1 < self.n and self.toks[i + 1] == "$":
                cur, i = "usd", i + 1
                if not self.link[i]:
                    return None
            elif w in _CURRENCY_CODES and t.isupper() and self.link[i] == 1:
                cur = _CURRENCY_CODES[w]
            else:
                return None
        if self.kinds[i + 1] != _NUM and self.wl[i + 1] not in _UNITS and self.wl[i + 1] not in _TENS:
            return None
        a = self.amount(i + 1)
        if a is None:
            return None
        if a.kind == "num" and not a.scaled and self.link[a.last] == 2 and self.wl[a.last + 1] == "b":
            a = _Amount(a.first, a.last + 1, a.value * 1e9, "num", scaled=True)
        if a.kind == "num" and not a.scaled and self.link[a.last] == 2 and self.kinds[a.last + 1] == _WORD:
            return _Hit(start, self.ends[a.last + 1], a.last + 1, None)
        value = a.value
        k = a.last
        if self.dash[k + 1] and self.kinds[k + 2] == _NUM:  # "$5-10bn"
            b = self.amount(k + 2)
            if b is not None and b.value > value:
                lo = value * (b.value / self._unscaled(b)) if b.scaled and not a.scaled else value
                value, k = (lo + b.value) / 2, b.last
                return self.suffix(_Hit(start, self.ends[k], k, value, cur, True))
        return self.suffix(_Hit(start, self.ends[k], k, value, cur, a.approx))


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every quantity in `text`, sorted, non-overlapping, spans shifted by `offset`.

    `Quantity.text == text[q.start - offset:q.end - offset]`. See the module docstring for the
    values and units produced.
    """
    if not text:
        return []
    make = Quantity.model_validate
    phones = [m.span() for m in _PHONE.finditer(text)] if "-" in text or "." in text else []
    return [make({"text": text[h.start:h.end], "start": h.start + offset, "end": h.end + offset,
                  "value": float(h.value), "unit": h.unit, "approximate": h.approx})
            for h in _Scanner(text).scan() if not any(a < h.end and h.start < b for a, b in phones)]


#: a telephone number ("907-745-4811", "(907) 745-4811", "745-4811"): no quantity
_PHONE = re.compile(r"(?<![\d-])(?:(?:\+?\d{1,3}[-. ])?(?:\(\d{3}\) ?|\d{3}[-.]))?\d{3}[-.]\d{4}(?![\d-])")


# --- comparing quantities ------------------------------------------------------------------------

_EXACT_TOL = 0.01  # rounding of an exact figure: "a third" and "33%" are the same
_WHOLE_TOL = 0.49  # at most this either side of an exact whole count (so 67 and 68 differ)
_WHOLE_PERCENT_TOL = 0.0045  # either side of a whole percentage ("3%" admits 2.6% to 3.4%; 3% and 4% differ)
_LOWER_HEDGES = sorted(_HEDGES, key=len, reverse=True)


def _dimension(q: Quantity) -> tuple[str, float]:
    u = q.unit
    if u in ("percent", "fraction"):
        return "proportion", q.value
    if u in _DAYS:
        return "duration", q.value * _DAYS[u]
    if u in (None, "person"):
        return "count", q.value
    return u, q.value


def _hedge_kind(q: Quantity) -> str | None:
    t = q.text.lower()
    for h in _LOWER_HEDGES:
        if t.startswith(h) and (h == "~" or t[len(h):len(h) + 1] in (" ", "\n", "\t")):
            return _HEDGES[h]
    words = t.replace("-", " ").split()
    if any(w in _VAGUE for w in words) or (len(words) == 1 and words[0] in _BARE_DURATIONS):
        return "vague"
    if words and words[0] in ("several", "few") or t.startswith(("a few", "a couple")):
        return "few"
    for s, kind in _SUFFIX_HEDGES.items():
        if t.endswith(" " + s) or t.endswith("-" + s):
            return kind
    return "about" if q.approximate else None


def _interval(q: Quantity, tol: float, loose: bool) -> tuple[float, float]:
    """The values `q` admits, in its dimension's unit. `loose`: open-ended bounds stay open."""
    dim, v = _dimension(q)
    e = _EXACT_TOL
    kind = _hedge_kind(q)
    if kind is None:
        if dim in ("count", "age") and v == int(v):  # a whole count or age is exact: 67 is not 68
            return v - min(e * v, _WHOLE_TOL), v + min(e * v, _WHOLE_TOL)
        if q.unit == "percent" and abs(v * 100 - round(v * 100)) < 1e-9:
            # a whole percentage is rounded: "fell 3%" is how "fell 2.8%" is told (not 3.5%)
            w = max(e * v, _WHOLE_PERCENT_TOL)
            return v - w, v + w
        return v * (1 - e), v * (1 + e)
    if kind == "about":
        return v * (1 - tol), v * (1 + tol)
    if kind == "below":
        return v * (1 - tol), v * (1 + e)
    if kind == "above":
        return v * (1 - e), (float("inf") if loose else v * (1 + 2 * tol))
    if kind == "upto":
        return (0.0 if loose else v * (1 - 2 * tol)), v * (1 + e)
    if kind == "vague":  # "thousands" is 1,000 up to where "tens of thousands" begins (20,000)
        return v, v * 20
    # several, a few, a couple: the same as 2 to 9 (3 for "a couple": 1.3 to 6); writers stretch
    # them further ("a few minutes" for ten), so they conflict only beyond four times their value
    return v * 2 / 3, v * (4 if loose else 3)


def _date_parts(v: float) -> tuple[int, int, int]:
    n = int(round(v))
    return n // 10000, n // 100 % 100, n % 100


def _compare(a: Quantity, b: Quantity, tol: float, loose: bool) -> bool | None:
    """Whether the two quantities' admitted values overlap; None when not comparable."""
    da, va = _dimension(a)
    db, vb = _dimension(b)
    if da != db:
        return None
    if da == "date":
        pa, pb = _date_parts(va), _date_parts(vb)
        shared = [(x, y) for x, y in zip(pa, pb) if x and y]
        return all(x == y for x, y in shared) if shared else None
    if da == "calendar_year":
        ra = (va - 2 * a.approximate, va + (9 if a.text.endswith("s") else 2 * a.approximate))
        rb = (vb - 2 * b.approximate, vb + (9 if b.text.endswith("s") else 2 * b.approximate))
        return ra[0] <= rb[1] and rb[0] <= ra[1]
    if _hedge_kind(a) == _hedge_kind(b) == "about":
        ra, rb = _round_figure(a), _round_figure(b)
        if ra and rb and ra != rb:
            return False  # "about 4,000" / "around 5,000": each outlet rounded, to different figures
    lo_a, hi_a = _interval(a, tol, loose)
    lo_b, hi_b = _interval(b, tol, loose)
    return lo_a <= hi_b and lo_b <= hi_a


def _round_figure(q: Quantity) -> float | None:
    """The figure when it has one significant digit and at least two digits (4,000, 30%, 200),
    as writers round; None otherwise (35, 4,500, a third)."""
    if q.unit == "fraction":
        return None
    x = round(q.value * 100, 6) if q.unit == "percent" else q.value
    if x < 10 or x != int(x):
        return None
    digits = str(int(x)).rstrip("0")
    return x if len(digits) == 1 else None


def same_quantity(a: Quantity, b: Quantity, rel_tol: float = 0.15) -> bool:
    """Whether `a` and `b` plausibly state the same figure.

    Percentages and fractions are one dimension (proportions), durations another (in days),
    counts with and without "person" a third; calendar years and dates compare by parts. Each
    quantity admits an interval: an exact figure +-1% (rounding: "a third" = "33%"; a whole
    percentage +-0.45 points, as "3%" tells a fall of 2.8%), a hedged one
    +-`rel_tol` ("around 30%"; but two hedged figures rounded to one significant digit are
    the same only when equal: "about 4,000" / "around 5,000" differ, as each outlet rounded to
    its own figure), "nearly x" [x - rel_tol, x], "more than x" up to x + 2 rel_tol,
    a vague plural from its value to twenty times it ("thousands": 1,000-20,000, so 12,000 are
    thousands; "tens of thousands": 10,000-200,000). The two
    are the same when the intervals overlap: "nearly a third" and "around 30%" are.
    """
    return bool(_compare(a, b, rel_tol, loose=False))


def conflicting_quantities(a: Quantity, b: Quantity, rel_tol: float = 0.15) -> bool:
    """Whether `a` and `b` measure the same dimension with clearly different values.

    As `same_quantity`, but bounds stay open ("more than 30" admits any value above 30), so a
    conflict means no value satisfies both: "30%" vs "a half", "two weeks" vs "three months",
    "2014" vs "2019"; "a few" and "several" conflict only beyond four times their value ("a few
    minutes" vs "ten minutes" is wording, vs "an hour" a conflict). Quantities of different
    dimensions never conflict. Two lower bounds are two counts, each the least its writer could
    confirm: "at least 23" and "at least 31" dead conflict (as "more than x" admits up to x + 2
    rel_tol), "at least 23" and "at least 25" do not.
    """
    loose = not (_hedge_kind(a) == _hedge_kind(b) == "above")
    return _compare(a, b, rel_tol, loose=loose) is False
