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

    score = (W_CORE*core_dice + W_CORE_CONT*core_containment + W_ALL*dice + W_FUZZ*fuzz)
            * predicate factor * role factor * kind factor

The weights were set on the seed annotation and checked on ECB+ (see `reconcile` docs).
"""
from __future__ import annotations

import math

from rapidfuzz import fuzz

from . import lexicon as lx
from .features import Sig

W_CORE, W_CORE_CONT, W_ALL, W_ALL_CONT, W_FUZZ, W_SUBJ, W_NUM = 0.45, 0.15, 0.20, 0.0, 0.20, 0.0, 0.0
PRED_SAME, PRED_OPPOSITE, PRED_UNKNOWN, PRED_OTHER, PRED_CLASH = 1.0, 0.95, 0.85, 0.7, 0.55
ROLE_SWAP_FACTOR = 0.35
SUBJECT_CLASH_FACTOR = 0.75
KIND_CLASH_FACTOR = 0.9
_KIND_GROUP = {"demand": "demand", "event": "event", "fact": "fact", "assessment": "assessment",
               "statement": None, "quote": None}


_LIGHT = lx.LIGHT_PREDICATES | {lx.canon("say")}


def pred_agreement(a: Sig, b: Sig) -> float:
    """Factor for the predicates: same class, opposite classes (the same claim, contradicted),
    unknown or light ("be", "include"), different lemmas, different synonym classes."""
    pa, pb = a.pred, b.pred
    if pa is None or pb is None or pa in _LIGHT or pb in _LIGHT:
        return PRED_UNKNOWN
    if pa == pb:
        return PRED_SAME
    if lx.opposite(pa, pb):
        return PRED_OPPOSITE
    if pa.startswith("~") and pb.startswith("~"):
        return PRED_CLASH
    return PRED_OTHER


def role_swap(a: Sig, b: Sig) -> bool:
    """A's subject side is B's object side and vice versa, with no shared subject."""
    return bool(a.subj and b.subj and a.subj & b.obj and b.subj & a.obj and not (a.subj & b.subj))


def subject_clash(a: Sig, b: Sig) -> bool:
    """Both name a subject and the named subjects differ (and neither is named anywhere in the other)."""
    sa, sb = a.subj & a.names, b.subj & b.names
    return bool(sa and sb and not (sa & sb) and not (sa & b.tset) and not (sb & a.tset))


def _wsum(ts, idf) -> float:
    return sum(idf.get(t, 1.0) for t in ts)


def features(a: Sig, b: Sig, idf: dict[str, float]) -> dict[str, float] | None:
    """The signals `score` combines (None when the claims share no token)."""
    ti = a.tset & b.tset
    if not ti:
        return None
    ci = a.core & b.core
    if ci:
        wi, wa, wb = _wsum(ci, idf), _wsum(a.core, idf), _wsum(b.core, idf)
        core_dice, core_cont = 2 * wi / (wa + wb), wi / min(wa, wb)
    else:
        core_dice = core_cont = 0.0
    wi, wa, wb = _wsum(ti, idf), _wsum(a.tset, idf), _wsum(b.tset, idf)
    sa, sb = a.subj & a.names, b.subj & b.names
    return {
        "core_dice": core_dice, "core_cont": core_cont,
        "all_dice": 2 * wi / (wa + wb), "all_cont": wi / min(wa, wb),
        "fz_set": fuzz.token_set_ratio(a.core_key, b.core_key) / 100.0,
        "fz_sort": fuzz.token_sort_ratio(a.text_key, b.text_key) / 100.0,
        "pred": pred_agreement(a, b),
        "swap": float(role_swap(a, b)),
        "clash": float(subject_clash(a, b)),
        "same_subj": float(bool(sa & sb)),
        "num": _numbers(a, b),
        "kind_clash": float(_kind_clash(a, b)),
    }


def _kind_clash(a: Sig, b: Sig) -> bool:
    ka, kb = _KIND_GROUP.get(a.kind), _KIND_GROUP.get(b.kind)
    return bool(ka and kb and ka != kb)


def _numbers(a: Sig, b: Sig) -> float:
    """1 when both give a quantity of one unit and some agree, 0 otherwise."""
    from .compare import same_number

    if not a.nums or not b.nums:
        return 0.0
    return float(any(same_number(x, y) for x in a.nums for y in b.nums if x.unit and x.unit != "year"))


#: logistic weights of the signals (fitted on the seed annotation's cross-outlet pairs, see docs)
LR_WEIGHTS = {"core_dice": 2.2, "core_cont": 1.8, "all_dice": 2.6, "all_cont": 2.4, "fz_set": 0.0,
              "fz_sort": 0.1, "pred": -1.2, "swap": 0.0, "clash": -0.5, "same_subj": 0.1, "num": 0.0,
              "kind_clash": -0.5}
LR_BIAS = -3.8
USE_LR = True


def score(a: Sig, b: Sig, idf: dict[str, float]) -> float:
    """Match score in [0, 1] (see module docstring)."""
    f = features(a, b, idf)
    if f is None:
        return 0.0
    if USE_LR:
        z = LR_BIAS + sum(w * f[k] for k, w in LR_WEIGHTS.items())
        s = 1.0 / (1.0 + math.exp(-z))
        return s * ROLE_SWAP_FACTOR if f["swap"] else s
    s = (W_CORE * f["core_dice"] + W_CORE_CONT * f["core_cont"] + W_ALL * f["all_dice"]
         + W_ALL_CONT * f["all_cont"] + W_FUZZ * (f["fz_set"] + f["fz_sort"]) / 2
         + W_SUBJ * f["same_subj"] + W_NUM * f["num"])
    s = min(1.0, s) * f["pred"]
    if f["swap"]:
        s *= ROLE_SWAP_FACTOR
    elif f["clash"]:
        s *= SUBJECT_CLASH_FACTOR
    if f["kind_clash"]:
        s *= KIND_CLASH_FACTOR
    return s
