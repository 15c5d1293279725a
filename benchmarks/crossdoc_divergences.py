"""The divergences `reconcile()` names on real news, to read by hand: the ECB+ training topics.

ECB+ has no divergence annotation, so this script only counts the divergences by kind over the 25
topics (one `reconcile()` call per topic, as `../shared/eval/score_crossdoc.py` does) and prints a
reproducible sample of them with the two sides' claims, for a reader to judge.
The data stays in ../shared/data (read, never copied).

    .venv/bin/python benchmarks/crossdoc_divergences.py [--sample N] [--seed S]
"""
from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

import newsclaims

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ecbplus_train.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    topics = defaultdict(list)
    for line in DATA.open(encoding="utf-8"):
        st = json.loads(line)
        topics[st["topic_id"]] += st["docs"]
    found = []
    multi = 0
    for tid in sorted(topics):
        rep = newsclaims.reconcile([newsclaims.parse_article(d["text"], source=d["doc_id"]) for d in topics[tid]])
        for cl in rep.clusters:
            multi += len(cl.sources) > 1
            found += [(cl, d) for d in cl.divergences]
    kinds = Counter(d.kind for _, d in found)
    print(f"clusters with two outlets or more: {multi}; divergences: {len(found)} {dict(sorted(kinds.items()))}")
    for cl, d in random.Random(args.seed).sample(found, min(args.sample, len(found))):
        text = {}
        for c in cl.claims:
            text.setdefault(c.source, c.text)
        print(f"\n[{d.kind}] {d.explanation[:240]}")
        print(f"  {d.sources[0]}: {text.get(d.sources[0], '')[:160]}")
        print(f"  {d.versus[0]}: {text.get(d.versus[0], '')[:160]}")


if __name__ == "__main__":
    main()
