"""The machinery under reconcile: candidate blocking and average-link clustering."""
from __future__ import annotations

import random

import numpy as np

from newsclaims.reconcile.block import symmetric_pairs, topk_pairs
from newsclaims.reconcile.cluster import average_link
from newsclaims.reconcile.ids import cluster_id


def brute_topk(keys, weights, k, max_df):
    n = len(keys)
    df = {}
    for ks in keys:
        for x in ks:
            df[x] = df.get(x, 0) + 1
    out = {}
    for i in range(n):
        wi = {x: w for x, w in zip(keys[i], weights[i]) if 2 <= df[x] <= max_df}
        sc = []
        for j in range(n):
            if j == i:
                continue
            s = sum(wi[x] * w for x, w in zip(keys[j], weights[j]) if x in wi)
            if s > 0:
                sc.append((-s, j))
        out[i] = sorted(round(-x, 9) for x, _ in sorted(sc)[:k])
    return out


def test_topk_pairs_matches_brute_force():
    rng = random.Random(7)
    keys, weights = [], []
    for _ in range(60):
        ks = sorted(rng.sample(range(40), rng.randint(0, 6)))
        keys.append(ks)
        weights.append([rng.choice([0.5, 1.0, 2.0]) for _ in ks])
    for chunk in (7, 10_000):
        i, j, s = topk_pairs(keys, weights, k=5, max_df=8, chunk_entries=chunk)
        got = {}
        for a, b, v in zip(i.tolist(), j.tolist(), s.tolist()):
            assert a != b
            got.setdefault(a, []).append(round(v, 9))
        want = brute_topk(keys, weights, 5, 8)
        for a in range(len(keys)):
            # ties may be broken differently at the k-th place: compare the scores, not the ids
            assert sorted(got.get(a, [])) == want[a]


def test_symmetric_pairs_are_unique_and_ordered():
    pairs = symmetric_pairs(np.array([0, 1, 2, 1]), np.array([1, 0, 1, 2]))
    assert pairs == [(0, 1), (1, 2)]


def test_average_link_does_not_chain():
    # a~b and b~c strongly, a and c unrelated: average link keeps c (or a) out
    edges = {(0, 1): 0.9, (1, 2): 0.9}
    clusters = average_link(3, edges, [0, 1, 2], threshold=0.5, same_group_threshold=0.5)
    assert [0, 1, 2] not in clusters
    assert sorted(len(c) for c in clusters) == [1, 2]


def test_average_link_joins_dense_groups_and_respects_same_group():
    edges = {(0, 1): 0.8, (0, 2): 0.7, (1, 2): 0.75, (3, 4): 0.9}
    clusters = average_link(5, edges, [0, 1, 2, 3, 4], threshold=0.5, same_group_threshold=0.5)
    assert clusters == [[0, 1, 2], [3, 4]]
    # items 3 and 4 from one group (article) with a weak own score stay apart
    edges2 = {(0, 1): 0.8, (0, 2): 0.8, (1, 2): 0.1}
    clusters = average_link(3, edges2, [0, 1, 1], threshold=0.3, same_group_threshold=0.5)
    assert [0, 1, 2] not in clusters


def test_cluster_ids_hash_the_member_set():
    assert cluster_id(["b#0-5", "a#0-3"]) == cluster_id(["a#0-3", "b#0-5"])
    assert cluster_id(["a#0-3"]) != cluster_id(["a#0-4"])


def test_a_witness_lets_two_claims_of_one_article_share_a_cluster():
    # items 1 and 2 are one article's; item 0 (another article) matches both strongly
    edges = {(0, 1): 0.8, (0, 2): 0.8, (1, 2): 0.05}
    kw = dict(threshold=0.3, same_group_threshold=0.5)
    assert [0, 1, 2] not in average_link(3, edges, [0, 1, 1], **kw)
    assert average_link(3, edges, [0, 1, 1], witness_threshold=0.6, **kw) == [[0, 1, 2]]
    # a witness below the witness threshold does not vouch
    assert [0, 1, 2] not in average_link(3, edges, [0, 1, 1], witness_threshold=0.9, **kw)
    # two claims sharing no word at all (score 0) are never vouched for
    no_word = {(0, 1): 0.8, (0, 2): 0.8}
    assert [0, 1, 2] not in average_link(3, no_word, [0, 1, 1], witness_threshold=0.6, **kw)
    # the witness must be of another article: one of the pair's own article does not count
    own = {(0, 1): 0.8, (0, 2): 0.8, (1, 2): 0.05, (0, 3): 0.9}
    assert [0, 1, 2] not in average_link(4, own, [1, 1, 1, 2], witness_threshold=0.6, **kw)
    # the caller's test decides which same-group pairs a witness may vouch for
    assert [0, 1, 2] not in average_link(3, edges, [0, 1, 1], witness_threshold=0.6,
                                         vouchable=lambda a, b: False, **kw)
    assert average_link(3, edges, [0, 1, 1], witness_threshold=0.6, vouchable=lambda a, b: True, **kw) == [[0, 1, 2]]


def test_rescore_scores_the_pairs_blocking_left_out_before_deciding_a_merge():
    # two dense pairs {0, 1} and {2, 3}; blocking scored only one pair across them (0~2). Counted
    # as 0, the three unscored pairs sink the average (0.9 / 4 < 0.5); scored, they lift it.
    edges = {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.9}
    full = {(0, 3): 0.8, (1, 2): 0.8, (1, 3): 0.7}

    def pair_score(a, b):
        return full.get((a, b), edges.get((a, b), 0.0))

    groups = [0, 1, 2, 3]
    kept_apart = average_link(4, edges, groups, threshold=0.5, same_group_threshold=0.5, pair_score=pair_score)
    assert kept_apart == [[0, 1], [2, 3]]
    joined = average_link(4, edges, groups, threshold=0.5, same_group_threshold=0.5, pair_score=pair_score,
                          rescore=True)
    assert joined == [[0, 1, 2, 3]]
    # and when the unscored pairs really are unrelated, rescoring keeps the two apart
    apart = average_link(4, edges, groups, threshold=0.5, same_group_threshold=0.5,
                         pair_score=lambda a, b: edges.get((a, b), 0.0), rescore=True)
    assert apart == [[0, 1], [2, 3]]
