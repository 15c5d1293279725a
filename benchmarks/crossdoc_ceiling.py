"""What the ECB+ cross-document figure can reach at all, whatever the claim clusters.

`../shared/eval/score_crossdoc.py` links two annotated sentences of different articles when claims
overlapping them share a cluster. This script scores these clusterings with the same pair rule, to
show where the figure is capped and where the floor lies:
  - `reconcile()` itself (its claim clusters);
  - rapidfuzz>=T: the floor of issue 4 on the same claims (`floor_rapidfuzz.rapidfuzz_clusters`:
    single link, claims of different articles joined at token_set_ratio >= T, within a topic);
  - story: every claim of one story (`ClaimCluster.story`) in one cluster, sentences without a
    claim left unlinked (a verbless headline, a dateline);
  - story+titles: the same, with every title sentence linked too, claim or not.
The data stays in ../shared/data (read, never copied).

    .venv/bin/python benchmarks/crossdoc_ceiling.py [--topics N]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import newsclaims

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling floor_rapidfuzz.py

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ecbplus_train.jsonl"
RF_THRESHOLDS = (50, 60, 70)
MODES = ("reconcile", *(f"rapidfuzz>={t}" for t in RF_THRESHOLDS), "story", "story+titles")


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0  # from the unrounded P and R, as score_crossdoc.py does
    return round(p, 3), round(r, 3), round(f, 3)


def _overlapping(spans: list[tuple[int, int, int]], a: int, b: int) -> list[int]:
    return [k for x, y, k in spans if min(b, y) - max(a, x) >= 0.5 * min(b - a, y - x)]


def _rapidfuzz_groups(claims: list) -> dict:
    """The floor's single-link groups (`floor_rapidfuzz.rapidfuzz_clusters`) at each threshold,
    as claim index -> group, and the claim spans per source (start, end, index)."""
    from floor_rapidfuzz import rapidfuzz_clusters

    claims = sorted(claims, key=lambda c: (c.source, c.start, c.end, c.id))
    index = {c.id: k for k, c in enumerate(claims)}
    out: dict = {"spans": defaultdict(list)}
    for k, c in enumerate(claims):
        out["spans"][c.source].append((c.start, c.end, k))
    for t in RF_THRESHOLDS:
        group = [0] * len(claims)
        for g, members in enumerate(rapidfuzz_clusters(claims, t)):
            for c in members:
                group[index[c.id]] = g
        out[t] = group
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--topics", type=int, default=0)
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"crossdoc_ceiling: needs {DATA}")
    topics: dict[int, list] = defaultdict(list)
    for line in DATA.open(encoding="utf-8"):
        st = json.loads(line)
        counts = Counter(ch for d in st["docs"] for s in d["sentences"] for ch in set(s["event_chains"]))
        dominant = {counts.most_common(1)[0][0]} if counts else set()
        topics[st["topic_id"]] += [(d, dominant) for d in st["docs"]]
    chosen = sorted(topics)[: args.topics] if args.topics else sorted(topics)
    counts = {m: {"ev": [0, 0, 0], "ev_nodom": [0, 0, 0]} for m in MODES}
    n_sent = n_title = 0
    for tid in chosen:
        docs = topics[tid]
        arts = {d["doc_id"]: newsclaims.parse_article(d["text"], source=d["doc_id"]) for d, _ in docs}
        rep = newsclaims.reconcile(list(arts.values()))
        spans = defaultdict(list)
        story = {}
        for cl in rep.clusters:
            for c in cl.claims:
                spans[c.source].append((c.start, c.end, cl.id))
                story[c.source] = cl.story
        rf = _rapidfuzz_groups([c for cl in rep.clusters for c in cl.claims])
        sents = []
        for d, dominant in docs:
            art = arts[d["doc_id"]]
            for s in d["sentences"]:
                a, b = s["start"], s["end"]
                cids = {cid for x, y, cid in spans[d["doc_id"]] if min(b, y) - max(a, x) >= 0.5 * min(b - a, y - x)}
                kind = next((p.kind for p in art.paragraphs if p.start <= a < p.end), None)
                n_sent += 1
                n_title += kind == "title"
                st = story.get(d["doc_id"])
                links = {"reconcile": cids, "story": {st} if cids and st else set(),
                         "story+titles": {st} if st and (cids or kind == "title") else set()}
                for t in RF_THRESHOLDS:
                    links[f"rapidfuzz>={t}"] = {rf[t][k] for k in _overlapping(rf["spans"][d["doc_id"]], a, b)}
                ev = set(s["event_chains"])
                sents.append((d["doc_id"], links, ev, ev - dominant))
        for i, j in combinations(range(len(sents)), 2):
            (da, la, ea, na), (db, lb, eb, nb) = sents[i], sents[j]
            if da == db:
                continue
            for m in MODES:
                pred = bool(la[m] & lb[m])
                for rel, gold in (("ev", bool(ea & eb)), ("ev_nodom", bool(na & nb))):
                    if rel == "ev_nodom" and not gold and (ea & eb):
                        continue
                    c = counts[m][rel]
                    c[0] += pred and gold
                    c[1] += pred and not gold
                    c[2] += gold and not pred
    print(f"{len(chosen)} topics, {n_sent} annotated sentences, {n_title} of them in a title paragraph")
    print("mode            ev (P, R, F1)            ev_nodom (P, R, F1)")
    for m in MODES:
        print(f"{m:15s} {str(_prf(*counts[m]['ev'])):24s} {_prf(*counts[m]['ev_nodom'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
