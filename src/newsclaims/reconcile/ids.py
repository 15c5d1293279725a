"""Deterministic, order-invariant ids: a hash of the sorted member ids."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable


def digest(parts: Iterable[str], n: int = 12) -> str:
    h = hashlib.sha1()
    for p in sorted(set(parts)):
        h.update(p.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:n]


def cluster_id(claim_ids: Iterable[str]) -> str:
    """Id of a cluster: `c` + 12 hex digits of the SHA-1 of its sorted claim ids."""
    return "c" + digest(claim_ids)


def story_id(sources: Iterable[str]) -> str:
    """Id of a story: `s` + 10 hex digits of the SHA-1 of its sorted source ids."""
    return "s" + digest(sources, 10)


def text_source(text: str) -> str:
    """Source id of a bare text given without one: 12 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
