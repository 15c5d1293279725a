"""The ECB+ cross-document figure on one mixed feed: all 25 training topics in one reconcile() call.

`../shared/eval/score_crossdoc.py` reconciles one topic (its two similar stories) at a time. A
real feed mixes many stories, and story grouping then decides more: this script gives all 574
articles to one `reconcile()` call, scores the sentence pairs of each topic with the same rule
(two annotated sentences of different articles are linked when claims overlapping them share a
cluster; gold `ev`: they share an event chain; `ev_nodom`: one other than the subtopic's dominant
chain), and counts the stories and clusters that span two topics (each one an error).
The data stays in ../shared/data (read, never copied).

    .venv/bin/python benchmarks/crossdoc_mixed.py
"""
from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import newsclaims

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ecbplus_train.jsonl"


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r) if p + r else 0.0, 3)


def main() -> None:
    docs = []  # (topic id, doc, dominant chains)
    for line in DATA.open(encoding="utf-8"):
        st = json.loads(line)
        counts = Counter(ch for d in st["docs"] for s in d["sentences"] for ch in sorted(set(s["event_chains"])))
        dominant = {counts.most_common(1)[0][0]} if counts else set()
        docs += [(st["topic_id"], d, dominant) for d in st["docs"]]
    topic_of = {d["doc_id"]: t for t, d, _ in docs}
    t0 = time.perf_counter()
    rep = newsclaims.reconcile([newsclaims.parse_article(d["text"], source=d["doc_id"]) for _, d, _ in docs])
    seconds = time.perf_counter() - t0
    story_topics: dict[str, set] = defaultdict(set)
    spans = defaultdict(list)
    for cl in rep.clusters:
        story_topics[cl.story].update(topic_of[s] for s in cl.sources)
        for c in cl.claims:
            spans[c.source].append((c.start, c.end, cl.id))
    mixed_clusters = sum(len({topic_of[s] for s in cl.sources}) > 1 for cl in rep.clusters)
    sents = defaultdict(list)
    for t, d, dominant in docs:
        for s in d["sentences"]:
            a, b = s["start"], s["end"]
            cids = {k for x, y, k in spans[d["doc_id"]] if min(b, y) - max(a, x) >= 0.5 * min(b - a, y - x)}
            ev = set(s["event_chains"])
            sents[t].append((d["doc_id"], cids, ev, ev - dominant))
    counts = {"ev": [0, 0, 0], "ev_nodom": [0, 0, 0]}
    for rows in sents.values():
        for (da, ca, ea, na), (db, cb, eb, nb) in combinations(rows, 2):
            if da == db:
                continue
            pred = bool(ca & cb)
            for rel, gold in (("ev", bool(ea & eb)), ("ev_nodom", bool(na & nb))):
                if rel == "ev_nodom" and not gold and (ea & eb):
                    continue
                c = counts[rel]
                c[0] += pred and gold
                c[1] += pred and not gold
                c[2] += gold and not pred
    print(f"articles {len(docs)}  topics {len(sents)}  seconds {seconds:.1f} (parse, extract, reconcile)")
    print(f"stories {len(story_topics)}  spanning two topics {sum(len(v) > 1 for v in story_topics.values())}")
    print(f"clusters {len(rep.clusters)}  spanning two topics {mixed_clusters}")
    for rel, v in counts.items():
        p, r, f = _prf(*v)
        print(f"{rel:9s} precision {p}  recall {r}  f1 {f}")


if __name__ == "__main__":
    main()
