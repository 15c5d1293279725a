"""Average-link agglomerative clustering over a sparse similarity graph, with cannot-links.

Rule: repeatedly merge the two clusters with the highest average pairwise similarity, where a pair
that was never scored (not a blocking candidate) counts as 0, while that average is >= `threshold`.
Because every member pair counts, a chain a~b~c with a and c unrelated does not pull a and c
together (no single-link chaining). A merge is refused when it would put together two items of one
group (one article) whose own similarity is below `same_group_threshold`: two claims of one article
share a cluster only when one restates the other. Within one article a restatement is often worded
too tersely to score as one ("the fire devastated the church" after "the Bible Church was badly
damaged in an arson fire"), so a witness also counts: when both claims match one item of another
group at >= `witness_threshold`, share some word (own score > 0) and pass the caller's
`vouchable(a, b)` test (reconcile: they share a core token, so that the two items of one demand
list that a third outlet states in one sentence stay apart), they may share a cluster.

With `rescore` (reconcile uses it), the pairs that blocking never scored are scored when they
matter: a candidate merge whose scored pairs alone average >= `threshold`, but whose average over
all member pairs (unscored as 0) falls short, is re-scored with `pair_score` over every member pair
before it is accepted or dropped. Blocking keeps each claim's k best candidates only, so two
clusters of one claim, told by ten outlets each, were kept apart by the pairs nobody scored.

Ties are broken by the smaller (index, index) pair, so the result depends only on the item order,
which the caller makes canonical. Heap-based, O(E log E) for E scored pairs, plus the pairs
re-scored (at most the product of the two sides' sizes per candidate merge).
"""
from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence


def average_link(n: int, edges: dict[tuple[int, int], float], groups: Sequence[int], *,
                 threshold: float, same_group_threshold: float,
                 pair_score: Callable[[int, int], float] | None = None,
                 witness_threshold: float | None = None,
                 vouchable: Callable[[int, int], bool] | None = None,
                 rescore: bool = False,
                 restates: Callable[[int, int], bool] | None = None) -> list[list[int]]:
    """Clusters (lists of item indices, each sorted; clusters sorted by first member).

    `pair_score(a, b)` scores a pair that is not in `edges`: a same-group pair in the restatement
    test (without it, such a pair counts 0) and, with `rescore`, any pair a merge hinges on.
    `witness_threshold`: see the module docstring (None: no witnesses; it must be >= threshold,
    so that a witness lies in the component of the pair it vouches for). `rescore`: score the
    pairs missing from `edges` before deciding a merge (needs `pair_score`; module docstring).
    `restates(a, b)`: the caller's rule for a same-group pair that restates whatever it scores
    (it must still share some word: own score > 0).
    A merge needs an average >= threshold, hence some edge >= threshold between the two sides, so
    clusters never cross the components of the graph of such edges: each component is clustered
    on its own (same result, smaller heaps), and items in no such edge stay alone."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (a, b), s in edges.items():
        if s >= threshold:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    comp_items: dict[int, list[int]] = {}
    for i in range(n):
        comp_items.setdefault(find(i), []).append(i)
    comp_edges: dict[int, dict[tuple[int, int], float]] = {}
    for (a, b), s in edges.items():
        r = find(a)
        if r == find(b) and len(comp_items[r]) > 1:
            comp_edges.setdefault(r, {})[(a, b)] = s
    out: list[list[int]] = []
    for r, items in comp_items.items():
        if len(items) == 1:
            out.append(items)
            continue
        local = {x: k for k, x in enumerate(items)}
        le = {(local[a], local[b]): s for (a, b), s in comp_edges.get(r, {}).items()}
        lscore = (lambda x, y, items=items: pair_score(items[x], items[y])) if pair_score else None
        lvouch = (lambda x, y, items=items: vouchable(items[x], items[y])) if vouchable else None
        lrest = (lambda x, y, items=items: restates(items[x], items[y])) if restates else None
        for cl in _average_link(len(items), le, [groups[x] for x in items], threshold=threshold,
                                same_group_threshold=same_group_threshold, pair_score=lscore,
                                witness_threshold=witness_threshold, vouchable=lvouch,
                                rescore=rescore and pair_score is not None, restates=lrest):
            out.append([items[x] for x in cl])
    return sorted(sorted(m) for m in out)


def _average_link(n: int, edges: dict[tuple[int, int], float], groups: Sequence[int], *,
                  threshold: float, same_group_threshold: float,
                  pair_score: Callable[[int, int], float] | None = None,
                  witness_threshold: float | None = None,
                  vouchable: Callable[[int, int], bool] | None = None,
                  rescore: bool = False,
                  restates: Callable[[int, int], bool] | None = None) -> list[list[int]]:
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    gsets: dict[int, dict[int, list[int]]] = {i: {groups[i]: [i]} for i in range(n)}
    nbr: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for (a, b), s in edges.items():
        if a == b or s <= 0:
            continue
        nbr[a][b] = nbr[a].get(b, 0.0) + s
        nbr[b][a] = nbr[b].get(a, 0.0) + s
    strong: dict[int, set[int]] = {}  # item -> items of other groups it matches >= witness_threshold
    if witness_threshold is not None:
        for (a, b), s in edges.items():
            if s >= witness_threshold and groups[a] != groups[b]:
                strong.setdefault(a, set()).add(b)
                strong.setdefault(b, set()).add(a)
    version = [0] * n
    cnt: dict[int, dict[int, int]] = {i: dict.fromkeys(nb, 1) for i, nb in nbr.items()}  # scored pairs
    cache: dict[tuple[int, int], float] = {}

    def exact(a: int, c: int) -> float:
        """Mean score over all member pairs of a and c, unscored pairs scored now (`rescore`)."""
        total = 0.0
        for x in members[a]:
            for y in members[c]:
                key = (x, y) if x < y else (y, x)
                v = edges.get(key)
                if v is None:
                    v = cache.get(key)
                    if v is None:
                        v = cache[key] = pair_score(*key)
                total += max(v, 0.0)
        return total / (len(members[a]) * len(members[c]))

    def push(a: int, c: int) -> None:
        x, y = (a, c) if a < c else (c, a)
        if (x, y) in forbidden:
            return
        size = len(members[a]) * len(members[c])
        known = nbr[a][c] / size
        if known >= threshold:
            heapq.heappush(heap, (-known, x, y, version[x], version[y], True))
        elif rescore and cnt[a][c] < size and nbr[a][c] / cnt[a][c] >= threshold:
            # the scored pairs alone pass: score the rest before deciding (popped as not exact)
            heapq.heappush(heap, (-nbr[a][c] / cnt[a][c], x, y, version[x], version[y], False))

    heap: list[tuple[float, int, int, int, int, bool]] = []
    forbidden: set[tuple[int, int]] = set()
    for a in range(n):
        for b, s in nbr[a].items():
            if a < b and s >= threshold:
                heapq.heappush(heap, (-s, a, b, 0, 0, True))
    while heap:
        neg, a, b, va, vb, is_exact = heapq.heappop(heap)
        if -neg < threshold:
            break
        if a not in members or b not in members or version[a] != va or version[b] != vb:
            continue
        if (a, b) in forbidden:
            continue
        if not is_exact:
            v = exact(a, b)
            if v >= threshold:
                heapq.heappush(heap, (-v, a, b, va, vb, True))
            continue
        if not _compatible(gsets[a], gsets[b], edges, same_group_threshold, pair_score, strong, vouchable,
                           restates):
            forbidden.add((a, b))
            continue
        # merge b into a (a < b keeps the smaller representative)
        members[a].extend(members.pop(b))
        for g, its in gsets.pop(b).items():
            gsets[a].setdefault(g, []).extend(its)
        nb_a, nb_b = nbr[a], nbr.pop(b)
        ct_a, ct_b = cnt[a], cnt.pop(b)
        nb_a.pop(b, None)
        nb_b.pop(a, None)
        ct_a.pop(b, None)
        ct_b.pop(a, None)
        for c, s in nb_b.items():
            nb_a[c] = nb_a.get(c, 0.0) + s
            nbr[c][a] = nbr[c].get(a, 0.0) + s
            nbr[c].pop(b, None)
            ct_a[c] = cnt[c][a] = ct_a.get(c, 0) + ct_b[c]
            cnt[c].pop(b, None)
        version[a] += 1
        for c in nb_a:
            push(a, c)
    return sorted(sorted(m) for m in members.values())


def _compatible(ga: dict[int, list[int]], gb: dict[int, list[int]], edges, same_group_threshold,
                pair_score, strong: dict[int, set[int]], vouchable, restates=None) -> bool:
    """Every same-group pair across the two sides restates: its own score, a witness, or the
    caller's `restates` rule (for a pair that shares some word)."""
    for g, its_a in ga.items():
        its_b = gb.get(g)
        if not its_b:
            continue
        for x in its_a:
            for y in its_b:
                key = (x, y) if x < y else (y, x)
                s = edges.get(key)
                if s is None or s < same_group_threshold:
                    s = max(s or 0.0, pair_score(*key) if pair_score else 0.0)
                if s >= same_group_threshold or (s > 0 and restates is not None and restates(*key)):
                    continue
                if not (s > 0 and x in strong and y in strong and not strong[x].isdisjoint(strong[y])
                        and (vouchable is None or vouchable(*key))):
                    return False
    return True
