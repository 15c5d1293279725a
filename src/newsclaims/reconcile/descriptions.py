"""Definite descriptions of an article's organisation: "the carmaker" is the article's company.

Method. One outlet writes "Shares in Velka rose", another "shares in the carmaker fell": the same
subject, one named, one described. Per article (source), the described company is its only
company-like ORG actor (`_dominant`), or the one named in the most claims when that is clear. Each claim of that article that describes an organisation with
"the" + a noun of `ORG_NOUNS` ("the company", "the firm", "the carmaker") and names neither
that organisation nor another gets the name's tokens where the description stands: in the token set, the
names, and the subject or object side that holds the noun. The claim's text and entities are
not changed (the contract keeps them as written); only what matching compares.

Limits: one organisation per article; an article about two firms that describes the smaller
one as "the company" gets it wrong when the smaller is named less often; no people ("the
minister"): titles name too many people in one story.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from .features import Sig, _name_word, _word, words_of

MIN_CLAIMS = 2
#: nouns by which news describes a company or organisation already named
ORG_NOUNS = frozenset("""company firm carmaker automaker manufacturer maker retailer airline
carrier lender insurer chain conglomerate operator broadcaster publisher supplier corporation
startup""".split())
_DESCRIBED = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?(" + "|".join(sorted(ORG_NOUNS)) + r")\b")  # lower case: no name


#: last words of organisations that are no company ("the company" never means "the Metal Union")
NOT_COMPANY = frozenset("""union unions party ministry department council agency committee commission
court police army government office association federation league society institute university
school college hospital church parliament assembly senate congress club team foundation authority
board service bureau organisation organization alliance coalition movement front forces navy
embassy fund press presse news reuters""".split())  # news agencies report, they are rarely "the company"


def _dominant(sigs: list[Sig]) -> dict[str, str]:
    """source -> the company an article's descriptions name: its only company-like organisation
    (an ORG actor whose head noun, the last word before any "of", is not in `NOT_COMPANY`), or the one named in
    the most claims when that is at least MIN_CLAIMS and more than any other."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for s in sigs:
        for name in {e.name or e.text for e in s.claim.actors if e.label == "ORG"}:
            head = words_of(name.lower().split(" of ")[0])[-1:]  # "Department of Agriculture": department
            if head and head[0] not in NOT_COMPANY:
                counts[s.source][name] += 1
    out = {}
    for src, c in counts.items():
        ranked = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) == 1 or (ranked[0][1] >= MIN_CLAIMS and ranked[1][1] < ranked[0][1]):
            out[src] = ranked[0][0]
    return out


def resolve_descriptions(sigs: list[Sig]) -> None:
    """Give claims that describe their article's dominant organisation its name's tokens (in place)."""
    dominant = _dominant(sigs)
    for s in sigs:
        name = dominant.get(s.source)
        if name is None:
            continue
        m = _DESCRIBED.search(s.claim.text)
        if m is None:
            continue
        toks = frozenset(t for w in words_of(name) if w[0].isalpha() for t in _name_word(w))
        if not toks or toks <= s.tset or any(e.label == "ORG" and (e.name or e.text) != name for e in s.claim.actors):
            continue  # named in the claim itself, or the claim names another organisation it may describe
        noun = frozenset(_word(m.group(1))[2])
        s.tset = s.tset | toks
        s.names = s.names | toks
        if noun & s.subj:
            s.subj = s.subj | toks
        elif noun & s.obj:
            s.obj = s.obj | toks
        if noun & s.core:
            s.core = s.core | toks
