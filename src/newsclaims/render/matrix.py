"""The view model every renderer shares: outlet letters, verdict symbols, which clusters to show.

A `Reconciliation` is shown as an agreement matrix, clusters x outlets, one symbol per verdict.
Outlets are columns labelled A, B, C, ... (a key maps letters to sources) so the matrix stays
narrow whatever the source ids look like. Cluster numbers are positions in
`Reconciliation.clusters` (1-based), so a number means the same cluster with and without `--all`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..models import Article, ClaimCluster, Reconciliation

VERDICTS = ("agrees", "adds_detail", "diverges", "exclusive")
SYMBOLS = {"agrees": "✓", "adds_detail": "+", "diverges": "≠", "exclusive": "●", None: " "}
ASCII_SYMBOLS = {"agrees": "=", "adds_detail": "+", "diverges": "!", "exclusive": "*", None: " "}
LABELS = {"agrees": "agrees", "adds_detail": "adds detail", "diverges": "diverges",
          "exclusive": "exclusive (only this outlet)", None: "absent"}
#: a verdict missing from `ClaimCluster.verdicts` for an outlet that has claims in the cluster
UNKNOWN = "?"


def letters(n: int) -> list[str]:
    """Column labels A..Z, AA..AZ, ... for n outlets."""
    out = []
    for i in range(n):
        label, k = "", i
        while True:
            label = chr(ord("A") + k % 26) + label
            k = k // 26 - 1
            if k < 0:
                break
        out.append(label)
    return out


def one_line(text: str, width: int | None = None) -> str:
    """White space collapsed to single spaces; cut to `width` characters with an ellipsis."""
    s = re.sub(r"\s+", " ", text or "").strip()
    if width is not None and len(s) > width:
        s = s[: max(width - 1, 0)].rstrip() + "…"
    return s


@dataclass(frozen=True)
class Outlet:
    letter: str
    source: str
    outlet: str | None = None
    title: str | None = None
    claims: int = 0

    @property
    def name(self) -> str:
        """The outlet name when the article gave one, else the source id."""
        return self.outlet or self.source


def outlets(rec: Reconciliation, articles: Iterable[Article] | None = None) -> list[Outlet]:
    """Every source of the reconciliation (and of its clusters), in order, with its letter."""
    sources = list(dict.fromkeys([*rec.sources, *(s for c in rec.clusters for s in c.sources)]))
    by_source = {a.source: a for a in (articles or ()) if isinstance(a, Article)}
    counts: dict[str, int] = {}
    for c in rec.clusters:
        for claim in c.claims:
            counts[claim.source] = counts.get(claim.source, 0) + 1
    out = []
    for letter, s in zip(letters(len(sources)), sources):
        a = by_source.get(s)
        out.append(Outlet(letter, s, a.outlet if a else None, a.title if a else None, counts.get(s, 0)))
    return out


def verdict(cluster: ClaimCluster, source: str) -> str | None:
    """The cluster's verdict for `source`; None when absent, `UNKNOWN` if present without one."""
    v = cluster.verdicts.get(source)
    if v is None and source in cluster.sources:
        return UNKNOWN
    return v


def is_multi(cluster: ClaimCluster) -> bool:
    """True when more than one outlet has claims in the cluster."""
    return len(set(cluster.sources) | {c.source for c in cluster.claims}) > 1


def numbered(rec: Reconciliation, show_all: bool = False) -> tuple[list[tuple[int, ClaimCluster]], int]:
    """`([(number, cluster)], hidden)`: multi-outlet clusters (all with `show_all`) and how many
    single-outlet clusters were left out."""
    shown, hidden = [], 0
    for i, c in enumerate(rec.clusters, 1):
        if show_all or is_multi(c):
            shown.append((i, c))
        else:
            hidden += 1
    return shown, hidden


def letter_map(outs: list[Outlet]) -> dict[str, str]:
    return {o.source: o.letter for o in outs}


def side(sources: Iterable[str], letter_of: dict[str, str]) -> str:
    """'A, C' for a list of sources (the source id itself when it has no letter)."""
    return ", ".join(letter_of.get(s, s) for s in sources) or "—"


def detail_phrase(text: str) -> str:
    """'adds X' for a `Detail.text` X (kept as is when the reconciler already wrote 'adds ...')."""
    t = one_line(text)
    return t if re.match(r"adds?\b", t, re.I) else f"adds {t}"


def counts(rec: Reconciliation) -> dict[str, int]:
    multi = sum(1 for c in rec.clusters if is_multi(c))
    return {"clusters": len(rec.clusters), "multi": multi, "single": len(rec.clusters) - multi,
            "divergences": sum(len(c.divergences) for c in rec.clusters),
            "details": sum(len(c.details) for c in rec.clusters),
            "claims": sum(len(c.claims) for c in rec.clusters)}
