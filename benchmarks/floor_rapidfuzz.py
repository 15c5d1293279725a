"""The rapidfuzz floor: how a single-threshold rapidfuzz clustering of the same claims scores.

The issue sets that floor for the reconciler. This script extracts the claims of `corpus/` once,
then clusters them twice:
  - `reconcile()` itself;
  - single link over rapidfuzz `token_set_ratio` of the lower-cased claim texts, one threshold,
    claims of different articles only (what "a single-threshold rapidfuzz clustering" means here).
Both are scored with the seed annotation's scorer (`../shared/eval/score.py`, which must sit beside
the project, as in development) on the clustering figures: B-cubed F1, pair F1, outlet-set Jaccard.

    .venv/bin/python benchmarks/floor_rapidfuzz.py              # thresholds 50 60 70 80 90
    .venv/bin/python benchmarks/floor_rapidfuzz.py 65 70 75
"""
from __future__ import annotations

import importlib.util
import json
import sys
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

import newsclaims

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIGURES = ("bcubed_f1", "pair_f1", "sourceset_jaccard")


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        sys.exit(f"floor_rapidfuzz: needs the seed scorer at {path}")
    spec = importlib.util.spec_from_file_location("seed_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def rapidfuzz_clusters(claims: list[newsclaims.Claim], threshold: float) -> list[list[newsclaims.Claim]]:
    """Single link: two claims of different articles join when token_set_ratio >= threshold."""
    parent = list(range(len(claims)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    texts = [c.text.lower() for c in claims]
    for i, j in combinations(range(len(claims)), 2):
        if claims[i].source != claims[j].source and fuzz.token_set_ratio(texts[i], texts[j]) >= threshold:
            parent[find(i)] = find(j)
    groups: dict[int, list[newsclaims.Claim]] = {}
    for i, c in enumerate(claims):
        groups.setdefault(find(i), []).append(c)
    return list(groups.values())


def main(argv: list[str]) -> int:
    thresholds = [float(a) for a in argv] or [50, 60, 70, 80, 90]
    score = _scorer()
    gold = json.loads((SHARED / "gold" / "seed_gold.json").read_text(encoding="utf-8"))
    articles = newsclaims.load_corpus(str(ROOT / "corpus"))
    arts = [a.model_dump(mode="json") for a in articles]
    claims = [c for cs in newsclaims.extract_many(list(articles)) for c in cs]

    def row(name: str, rep: dict) -> None:
        res = score.score(gold, arts, rep)
        print(f"{name:<24}" + "".join(f"{res[k]:>20.3f}" for k in FIGURES))

    print(f"{'clustering':<24}" + "".join(f"{k:>20}" for k in FIGURES))
    row("reconcile()", newsclaims.reconcile(claims).model_dump(mode="json"))
    for t in thresholds:
        clusters = rapidfuzz_clusters(claims, t)
        rep = {"clusters": [{"id": f"r{k}", "claims": [c.model_dump(mode="json") for c in m]}
                            for k, m in enumerate(clusters)]}
        row(f"rapidfuzz >= {t:g}", rep)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
