"""Group articles into stories before reconciling claims (a cluster never spans two stories).

Method. Each article (source) becomes a TF-IDF vector over its claims' keys: name tokens
(entities and capitalised words; weight NAME_WEIGHT, since who and where is what tells one story
from another) and rare content lemmas; term frequency is the number of its claims holding the key
(sublinear); inverse document frequency is log((1 + n) / (1 + df)) + IDF_FLOOR, so a key every
article holds (a feed's shared main actor: a boxer's two fights, a company's two software patches)
weighs IDF_FLOOR, half what the +1 of common smoothing gives, and the keys that tell two
happenings apart weigh more against it. Keys held by more than
`max(MIN_DF_CAP, DF_FRACTION * n_articles)` articles are dropped (in a large feed they are
vocabulary, not story markers), the vectors are L2-normalised
over the kept keys, each article's STORY_K nearest articles are found through an inverted index
(`block.topk_pairs`), and articles are joined by average-link clustering (`cluster.average_link`)
at cosine STORY_THRESHOLD, unscored pairs counting as 0. Then each group is grouped again on its
own, its keys weighed within it, and so on until no group splits (at most MAX_PASSES rounds): in
a feed of many stories, the keys that two similar stories share (a boxer's name) are rare in
the feed and weigh as much as the keys that tell them apart, so the first round joins them; the
second tells them apart as a feed of the two alone would. A regrouping split stands only if it
leaves two parts of MIN_PART articles or more (a smaller part joins the part it is most
similar to): a group that is one story would otherwise shed its outliers. On the 25 ECB+
training topics fed as one feed of 574 articles this keeps every story within its topic
(before: ten topics' two stories joined, and one story spanned two topics) and raises the
precision of the claim clusters from 0.68 to 0.87. IDF_FLOOR and STORY_THRESHOLD were set
on the ECB+ training topics (each topic: two similar stories mixed; article-pair F1 of the
grouping against its stories 0.90, against 0.86 with the +1 smoothing at cosine 0.2; the seed
feed stays one story at every value tried, floor 0.4 to 1, threshold 0.15 to 0.3).

Limits: a story much larger than STORY_K articles may be split (the average is taken over all
pairs, and only STORY_K neighbours per article are scored); two stories told with the same names
(a politician's two different speeches) may be joined, which is harmless to claim matching.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict

from .block import topk_pairs
from .cluster import average_link
from .features import Sig
from .ids import story_id

NAME_WEIGHT = 2.0
MIN_DF_CAP = 100
DF_FRACTION = 0.02
STORY_K = 40
STORY_THRESHOLD = 0.18
IDF_FLOOR = 0.5
MAX_PASSES = 4  # grouping rounds (a group that no longer splits is final)
MIN_PART = 3  # a regrouping split needs two parts of this many articles


def group_stories(sigs: list[Sig]) -> dict[str, str]:
    """{source: story id}. The feed is grouped, then each group again on its own (its keys weighed
    within it), until no group splits: a story is told apart from a similar one as it would be
    in a feed of the two alone, whatever other stories the feed holds."""
    by_src: dict[str, list[Sig]] = defaultdict(list)
    for s in sigs:
        by_src[s.source].append(s)
    todo = [sorted(by_src)]
    done: list[list[str]] = []
    for round_ in range(MAX_PASSES):
        nxt = []
        for group in todo:
            parts, edges = _split(group, by_src)
            if round_:
                parts = _regrouped(group, parts, edges)
            if len(parts) > 1:
                nxt.extend(parts)
            else:
                done.append(group)
        todo = nxt
        if not todo:
            break
    done.extend(todo)
    out: dict[str, str] = {}
    for group in done:
        sid = story_id(group)
        for src in group:
            out[src] = sid
    return out


def _regrouped(group: list[str], parts: list[list[str]], edges: dict[tuple[int, int], float]) -> list[list[str]]:
    """A regrouping split stands only if it leaves two parts of MIN_PART articles or more; a
    smaller part joins the large part it is most similar to (mean cosine, unscored pairs 0), or
    stays apart if it has no scored pair with any."""
    big = [p for p in parts if len(p) >= MIN_PART]
    if len(big) < 2:
        return [group]
    pos = {src: k for k, src in enumerate(group)}
    out = [list(p) for p in big]
    for small in (p for p in parts if len(p) < MIN_PART):
        best, best_k = 0.0, -1
        for k, p in enumerate(big):
            tot = 0.0
            for a in small:
                for b in p:
                    x, y = pos[a], pos[b]
                    tot += edges.get((x, y) if x < y else (y, x), 0.0)
            mean = tot / (len(small) * len(p))
            if mean > best:
                best, best_k = mean, k
        if best_k < 0:
            out.append(list(small))
        else:
            out[best_k].extend(small)
    return [sorted(p) for p in out]


def _split(sources: list[str], by_src: dict[str, list[Sig]]) -> tuple[list[list[str]], dict[tuple[int, int], float]]:
    """One grouping pass over `sources` (sorted), IDF taken over them alone: the groups, and the
    scored cosines between positions in `sources`."""
    n = len(sources)
    if n <= 1:
        return [sources], {}
    vocab: dict[str, int] = {}
    bags: list[Counter] = []
    for src in sources:
        c: Counter = Counter()
        for s in by_src[src]:
            for t in s.tset:
                c[t] += 1
        bags.append(c)
    df: Counter = Counter()
    for c in bags:
        df.update(c.keys())
    cap = max(MIN_DF_CAP, DF_FRACTION * n)
    names_of = [frozenset().union(*(s.names for s in by_src[src])) for src in sources]
    keys, weights = [], []
    for c, names in zip(bags, names_of):
        ks, ws = [], []
        for t in sorted(c):
            d = df[t]
            if d < 2 or d > cap:
                continue
            w = (1 + math.log(c[t])) * (math.log((1 + n) / (1 + d)) + IDF_FLOOR) * (NAME_WEIGHT if t in names else 1.0)
            ks.append(vocab.setdefault(t, len(vocab)))
            ws.append(w)
        norm = math.sqrt(sum(w * w for w in ws)) or 1.0
        keys.append(ks)
        weights.append([w / norm for w in ws])
    i, j, sc = topk_pairs(keys, weights, k=STORY_K, max_df=n)
    edges: dict[tuple[int, int], float] = {}
    for a, b, s in zip(i.tolist(), j.tolist(), sc.tolist()):
        key = (a, b) if a < b else (b, a)
        edges[key] = s
    clusters = average_link(n, edges, list(range(n)), threshold=STORY_THRESHOLD, same_group_threshold=0.0)
    return [[sources[k] for k in cl] for cl in clusters], edges
