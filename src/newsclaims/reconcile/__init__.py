"""Stage 3: claims of several outlets -> `Reconciliation`. PLACEHOLDER: one cluster per claim."""
from __future__ import annotations

import hashlib

from ..models import Article, Claim, ClaimCluster, Reconciliation


def reconcile(items) -> Reconciliation:
    from ..extract import extract_many
    from ..parse import parse_article

    items = list(items)
    if items and all(isinstance(x, Claim) for x in items):
        claims = items
    else:
        arts = []
        for x in items:
            if isinstance(x, Article):
                arts.append(x)
            elif isinstance(x, tuple):
                arts.append(parse_article(x[1], x[0]))
            else:
                arts.append(parse_article(x, hashlib.sha1(x.encode()).hexdigest()[:12]))
        claims = [c for cs in extract_many(arts) for c in cs]
    clusters = []
    for c in sorted(claims, key=lambda c: c.id):
        cid = hashlib.sha1(c.id.encode()).hexdigest()[:12]
        clusters.append(ClaimCluster(id=cid, claims=[c], sources=[c.source], summary=c.text,
                                     verdicts={c.source: "exclusive"}))
    return Reconciliation(sources=sorted({c.source for c in claims}), clusters=clusters)
