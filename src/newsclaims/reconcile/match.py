"""Pair scoring: how surely two claims state the same thing, in [0, 1].

Structure first, text second. A pair is scored from
  - content overlap: IDF-weighted Dice and containment of the canonical content tokens (synonym
    classes already folded, IDF taken within the story), and rapidfuzz token_set/token_sort
    ratios over the same tokens as one further signal;
  - predicate: the same synonym class (or opposite classes: the same claim, contradicted) supports
    the match; two different known classes count against it;
  - roles: a role swap (the subject side of one is the object side of the other and vice versa)
    divides the score, whatever the words say; differing named subjects lower it;
  - kind: a demand against an event or fact lowers it.

    score = (W_DICE*dice + W_CONT*containment + W_FUZZ*fuzz + W_PRED*pred) * penalties

The weights were set on the seed annotation and checked on ECB+ (see `reconcile` docs).
"""
from __future__ import annotations

from rapidfuzz import fuzz

from . import lexicon as lx
from .features import Sig

W_DICE, W_CONT, W_FUZZ, W_PRED = 0.40, 0.15, 0.25, 0.20
ROLE_SWAP_FACTOR = 0.35
SUBJECT_CLASH_FACTOR = 0.75
KIND_CLASH_FACTOR = 0.9
_KIND_GROUP = {"demand": "demand", "event": "event", "fact": "fact", "assessment": "assessment",
               "statement": None, "quote": None}


def pred_agreement(a: Sig, b: Sig) -> float:
    """1 same class, 0.8 opposite classes, 0 different known classes, 0.4 unknown."""
    if a.pred is None or b.pred is None:
        return 0.4
    if a.pred == b.pred:
        return 1.0
    if lx.opposite(a.pred, b.pred):
        return 0.8
    if a.pred.startswith("~") and b.pred.startswith("~"):
        return 0.0
    return 0.2


def role_swap(a: Sig, b: Sig) -> bool:
    """A's subject side is B's object side and vice versa, with no shared subject."""
    return bool(a.subj and b.subj and a.subj & b.obj and b.subj & a.obj and not (a.subj & b.subj))


def subject_clash(a: Sig, b: Sig) -> bool:
    """Both name a subject and the named subjects differ (and neither is named anywhere in the other)."""
    sa, sb = a.subj & a.names, b.subj & b.names
    return bool(sa and sb and not (sa & sb) and not (sa & b.tset) and not (sb & a.tset))


def score(a: Sig, b: Sig, idf: dict[str, float]) -> float:
    if not a.tset or not b.tset:
        return 0.0
    inter = a.tset & b.tset
    if not inter:
        return 0.0
    wi = sum(idf.get(t, 1.0) for t in inter)
    wa = sum(idf.get(t, 1.0) for t in a.tset)
    wb = sum(idf.get(t, 1.0) for t in b.tset)
    dice = 2 * wi / (wa + wb)
    cont = wi / min(wa, wb)
    fz = (fuzz.token_set_ratio(a.text_key, b.text_key) + fuzz.token_sort_ratio(a.text_key, b.text_key)) / 200.0
    s = W_DICE * dice + W_CONT * cont + W_FUZZ * fz + W_PRED * pred_agreement(a, b)
    if role_swap(a, b):
        s *= ROLE_SWAP_FACTOR
    elif subject_clash(a, b):
        s *= SUBJECT_CLASH_FACTOR
    ka, kb = _KIND_GROUP.get(a.kind), _KIND_GROUP.get(b.kind)
    if ka and kb and ka != kb:
        s *= KIND_CLASH_FACTOR
    return s
