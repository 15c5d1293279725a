"""Candidate blocking: for each item, its top-k neighbours through an inverted index.

Items (articles or claims) are bags of integer keys with weights. Keys held by more than
`max_df` items are skipped (they link everything to everything and carry little weight), as are
keys held by one item. For each item, every other item sharing a kept key accumulates
`w_ik * w_jk`; the `k` best (ties by index) above `min_score` are its candidates. With
L2-normalised weights the sum is the cosine over the kept keys.

The index walk is vectorised with numpy and done in row chunks, so memory stays bounded by
`chunk * keys per item * max_df` and time grows with the number of items times the mean
posting length, not with the square of the number of items.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def topk_pairs(keys: Sequence[Sequence[int]], weights: Sequence[Sequence[float]], *, k: int | np.ndarray,
               max_df: np.ndarray | int, min_score: float = 0.0, chunk_entries: int = 4_000_000,
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, score) arrays: for each item i its best `k` items j != i, score >= min_score.

    `k` is a number or an array (one per item); `max_df` a number or an array (one cap per key id)."""
    n = len(keys)
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    if n < 2:
        return empty
    lens = np.fromiter((len(x) for x in keys), np.int64, n)
    if lens.sum() == 0:
        return empty
    rows = np.repeat(np.arange(n, dtype=np.int64), lens)
    kk = np.fromiter((x for ks in keys for x in ks), np.int64, int(lens.sum()))
    ww = np.fromiter((x for ws in weights for x in ws), np.float64, int(lens.sum()))
    n_keys = int(kk.max()) + 1
    df = np.bincount(kk, minlength=n_keys)
    cap = max_df if np.isscalar(max_df) else np.asarray(max_df)[kk]
    keep = (df[kk] >= 2) & (df[kk] <= cap)
    rows, kk, ww = rows[keep], kk[keep], ww[keep]
    if len(kk) == 0:
        return empty
    order = np.argsort(kk, kind="stable")
    prow, pw = rows[order], ww[order]
    plen = np.bincount(kk, minlength=n_keys)
    kptr = np.zeros(n_keys + 1, np.int64)
    np.cumsum(plen, out=kptr[1:])
    cnt_all = plen[kk]
    out_i, out_j, out_s = [], [], []
    lo = 0
    m = len(kk)
    while lo < m:
        # grow the chunk until about chunk_entries generated pairs, ending at a row boundary
        csum = np.cumsum(cnt_all[lo:])
        hi = lo + int(np.searchsorted(csum, chunk_entries, side="right"))
        hi = max(hi, lo + 1)
        if hi < m:
            r_end = rows[hi - 1]
            hi = int(np.searchsorted(rows, r_end, side="right"))
            if hi <= lo:
                hi = int(np.searchsorted(rows, rows[lo], side="right"))
        r, kc, wc = rows[lo:hi], kk[lo:hi], ww[lo:hi]
        cnt = plen[kc]
        total = int(cnt.sum())
        rep_r = np.repeat(r, cnt)
        rep_w = np.repeat(wc, cnt)
        base = np.repeat(kptr[kc] - (np.cumsum(cnt) - cnt), cnt)
        offs = base + np.arange(total, dtype=np.int64)
        j = prow[offs]
        s = rep_w * pw[offs]
        sel = j != rep_r
        code = rep_r[sel] * n + j[sel]
        uniq, inv = np.unique(code, return_inverse=True)
        sums = np.bincount(inv.ravel(), weights=s[sel], minlength=len(uniq))
        ri, rj = uniq // n, uniq % n
        o = np.lexsort((-sums, ri))
        ri, rj, sums = ri[o], rj[o], sums[o]
        first = np.searchsorted(ri, ri, side="left")
        rank = np.arange(len(ri)) - first
        kk_i = k if np.isscalar(k) else np.asarray(k)[ri]
        keep2 = (rank < kk_i) & (sums >= min_score)
        out_i.append(ri[keep2])
        out_j.append(rj[keep2])
        out_s.append(sums[keep2])
        lo = hi
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_s)


def symmetric_pairs(i: np.ndarray, j: np.ndarray) -> list[tuple[int, int]]:
    """Unordered pairs (a < b) from directed candidate arrays, sorted, without repeats."""
    if len(i) == 0:
        return []
    a = np.minimum(i, j)
    b = np.maximum(i, j)
    n = int(b.max()) + 1
    code = np.unique(a * n + b)
    return list(zip((code // n).tolist(), (code % n).tolist()))
