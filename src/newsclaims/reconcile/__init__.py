"""Stage 3: the claims of several outlets -> `Reconciliation` (clusters of "the same claim").

    reconcile(items) -> Reconciliation
    items: list of Article | str | (source, text), or a list of Claim

Steps (each in its module):
  1. input: articles are parsed if needed and their claims extracted (one batched spaCy pass);
     duplicate source ids raise `DuplicateSourceError` (duplicate claim ids too, for claims).
     Claims are put in canonical order (source, start, end, id): the output does not depend on
     the input order. `reconcile([])` is an empty Reconciliation.
  2. `features`: one signature per claim (canonical content tokens with synonym classes,
     predicate, subject/object sides, names, numbers, negation, kind), by cheap means (regex
     words, spaCy's lemma tables, the extractor's keywords when given; no pipeline run);
     `descriptions`: a claim that describes its article's company ("the carmaker") gets the
     company's name tokens, when the article names one company clearly.
  3. `stories`: articles grouped into stories (TF-IDF over names and rare lemmas, average link at
     cosine 0.18, each group regrouped on its own until none splits); a cluster never spans two
     stories; `ClaimCluster.story` is the story id. The rest runs one story at a time.
  4. `block` + `match`: each claim's k best candidates (k = the story's outlets + 5, within
     CLAIM_K) through an inverted index over its tokens (tokens held by more than
     max(CLAIM_MIN_DF_CAP, CLAIM_DF_FRACTION * story size) claims are skipped), then each
     candidate pair scored by `match.score` (a logistic score in [0, 1]; a role swap or an answer
     to the other claim, "rejected calls to resign", vetoes; two
     news-writing priors raise it: both claims are leads, i.e. headline claims or in the opening
     of the first claim-bearing paragraph below the headline, of two articles or, for a headline
     and its own lead, of one; or both are events with one predicate class).
  5. `cluster`: average link, threshold THRESHOLD on the mean score over all member pairs
     (no single-link chaining; the pairs blocking left out are scored when a merge hinges on
     them); two claims of one article share a cluster only if one restates the other: their own score is >= SAME_SOURCE_THRESHOLD, or
     they are about one thing (a shared core token) and both match one claim of another article
     at >= WITNESS_THRESHOLD (that outlet's one sentence says what the two say; an article
     restates itself tersely, "the fire devastated the church" after "the Bible Church was badly
     damaged in an arson fire", where its own pair scores low), or one is the article's headline
     and the other its lead, sharing some word (a headline restates its lead, however worded).
  6. `compare`: verdicts, details and divergences per cluster; the summary is the medoid claim
     (highest summed score to the other members; ties: shorter text, then claim id); cluster ids
     hash the sorted claim ids (`ids`).

Thresholds were set on the seed annotation (../shared/gold; at these values: B-cubed F1 0.818,
cross-outlet pair F1 0.766, outlet-set Jaccard 0.808, divergence recall 0.7 with one false
divergence) and checked on the ECB+ training topics, where claim-level clusters are precise
(0.88) but link few of the sentence pairs that merely share an event (recall 0.35: most such
pairs are different claims about one happening; README, "Reconciliation quality").
SAME_SOURCE_THRESHOLD 0.12 (was 0.15) gained on both: seed B-cubed 0.813 -> 0.818, ECB+ ev F1
0.488 -> 0.496; below 0.10 the seed falls (0.08: outlet-set Jaccard 0.79, two false divergences).
Scale: 10,000 articles (about 400,000 claims) in 70 to 155 s and 3.5 GB peak including the input
claims (benchmarks/bench_reconcile.py); time grows about linearly.
"""
from __future__ import annotations

import gc
import math
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..errors import DuplicateSourceError, NewsClaimsError
from ..models import Article, Claim, ClaimCluster, Reconciliation
from .block import symmetric_pairs, topk_pairs
from .cluster import average_link
from .compare import compare
from .descriptions import resolve_descriptions
from .features import Sig, signature
from .ids import cluster_id, text_source
from .match import idf_mass
from .match import score
from .stories import group_stories

THRESHOLD = 0.16
SAME_SOURCE_THRESHOLD = 0.12
WITNESS_THRESHOLD = 0.4  # two claims of one article that both match one claim of another this well restate
CLAIM_K = (10, 40)  # candidates per claim: the story's number of outlets + 5, within these bounds
CLAIM_MIN_DF_CAP = 40
CLAIM_DF_FRACTION = 0.2

__all__ = ["reconcile", "claims_of_items"]


def claims_of_items(items: Iterable) -> list[Claim]:
    """The claims of the input (articles parsed and extracted as needed), in canonical order."""
    items = list(items)
    if items and all(isinstance(x, Claim) for x in items):
        claims = list(items)
        seen: set[str] = set()
        for c in claims:
            if c.id in seen:
                raise DuplicateSourceError(f"claim id {c.id!r} appears twice (the same article given twice?)",
                                           source=c.source)
            seen.add(c.id)
    else:
        from ..extract import extract_many
        from ..parse import parse_article

        arts: list[Article] = []
        for x in items:
            if isinstance(x, Article):
                arts.append(x)
            elif isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], str) and isinstance(x[1], str):
                arts.append(parse_article(x[1], x[0]))
            elif isinstance(x, str):
                arts.append(parse_article(x, text_source(x)))
            elif isinstance(x, Claim):
                raise NewsClaimsError("a list mixes claims and articles; give one or the other")
            else:
                raise NewsClaimsError(f"cannot reconcile an item of type {type(x).__name__}")
        counts = Counter(a.source for a in arts)
        dups = sorted(s for s, k in counts.items() if k > 1)
        if dups:
            raise DuplicateSourceError(f"{len(dups)} source id(s) given more than once: {', '.join(dups[:5])}",
                                       source=dups[0])
        arts.sort(key=lambda a: a.source)
        claims = [c for cs in extract_many(arts) for c in cs]
    claims.sort(key=lambda c: (c.source, c.start, c.end, c.id))
    return claims


def reconcile(items) -> Reconciliation:
    """Cluster the claims of several outlets and compare them (see module docstring)."""
    if isinstance(items, (str, bytes, bytearray, Article, Claim, dict)):  # would iterate characters or keys
        raise TypeError(f"reconcile expects a list of articles, texts, (source, text) pairs or claims, "
                        f"not a single {type(items).__name__}")
    items = list(items)
    # many small objects are made and kept: the cyclic collector would rescan them all again and
    # again (minutes at 300,000 claims), so it is paused for the duration of the call
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _reconcile(items)
    finally:
        if enabled:
            gc.enable()


def _reconcile(items: list) -> Reconciliation:
    claims = claims_of_items(items)
    if not claims:
        sources = sorted(_given_sources(items))
        return Reconciliation(sources=sources, clusters=[])
    sigs = [signature(i, c) for i, c in enumerate(claims)]
    _mark_leads(sigs)
    resolve_descriptions(sigs)
    story_of = group_stories(sigs)
    context = _inclusion_fragments(sigs)
    by_story: dict[str, list[Sig]] = defaultdict(list)
    for s in sigs:
        by_story[story_of[s.source]].append(s)
    del sigs
    clusters: list[ClaimCluster] = []
    for st in sorted(by_story):  # one story at a time: memory is bounded by the largest story
        clusters.extend(_reconcile_story(st, by_story.pop(st), context))
    clusters.sort(key=lambda cl: (cl.story or "", -len(cl.sources), cl.claims[0].source, cl.claims[0].start, cl.id))
    sources = sorted({c.source for c in claims} | _given_sources(items))
    return Reconciliation(sources=sources, clusters=clusters)


def _reconcile_story(story: str, sigs: list[Sig], context: dict[int, list[str]]) -> list[ClaimCluster]:
    """Block, score, cluster and compare the claims of one story (indices local to `sigs`)."""
    story_of = {s.source: story for s in sigs}
    idf = story_idf(sigs, story_of)
    edges = score_pairs(sigs, story_of, idf)
    sidf = idf[story]

    def pair_score(a: int, b: int) -> float:
        return score(sigs[a], sigs[b], sidf)

    def vouchable(a: int, b: int) -> bool:  # a witness vouches only for two claims about one thing
        return bool(sigs[a].core & sigs[b].core)

    def restates(a: int, b: int) -> bool:  # an article's headline restates its own lead
        sa, sb = sigs[a], sigs[b]
        return sa.lead and sb.lead and sa.claim.headline != sb.claim.headline

    clusters_idx = average_link(len(sigs), edges, _source_index(sigs), threshold=THRESHOLD,
                                same_group_threshold=SAME_SOURCE_THRESHOLD, pair_score=pair_score,
                                witness_threshold=WITNESS_THRESHOLD, vouchable=vouchable, rescore=True,
                                restates=restates)
    return [_make_cluster([sigs[i] for i in members], _sub_edges(members, sigs, edges), story, context)
            for members in clusters_idx]


def _sub_edges(members: list[int], sigs: list[Sig], edges: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """The scored pairs among a cluster's members, keyed by the claims' global indices."""
    out = {}
    for x, a in enumerate(members):
        for b in members[x + 1:]:
            v = edges.get((a, b) if a < b else (b, a))
            if v is not None:
                ga, gb = sigs[a].idx, sigs[b].idx
                out[(ga, gb) if ga < gb else (gb, ga)] = v
    return out


LEAD_CHARS = 300  # a lead is one sentence or two: text without paragraph breaks has no lead beyond this


def _mark_leads(sigs: list[Sig]) -> None:
    """Flag each article's lead: its headline claims, and the claims of its first claim-bearing
    paragraph below the headline that start within LEAD_CHARS of that paragraph's first claim."""
    first: dict[str, tuple[int, int]] = {}
    for s in sigs:
        key = (s.claim.paragraph, s.claim.start)
        if not s.claim.headline and key < first.get(s.source, (1 << 62, 0)):
            first[s.source] = key
    for s in sigs:
        if s.claim.headline:
            s.lead = True
            continue
        para, start = first[s.source]
        s.lead = s.claim.paragraph == para and s.claim.start - start < LEAD_CHARS


def _given_sources(items: list) -> set[str]:
    """Source ids of the input articles (Article, (source, text) or text), with claims or not."""
    out = set()
    for x in items:
        if isinstance(x, Article):
            out.add(x.source)
        elif isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], str):
            out.add(x[0])
        elif isinstance(x, str):
            out.add(text_source(x))
    return out


def _source_index(sigs: list[Sig]) -> list[int]:
    ids: dict[str, int] = {}
    return [ids.setdefault(s.source, len(ids)) for s in sigs]


def story_idf(sigs: list[Sig], story_of: dict[str, str]) -> dict[str, dict[str, float]]:
    """Per story, IDF of each token over the story's claims: log((1 + n) / (1 + df)) + 1."""
    df: dict[str, Counter] = defaultdict(Counter)
    n: Counter = Counter()
    for s in sigs:
        st = story_of[s.source]
        n[st] += 1
        df[st].update(s.tset)
    return {st: {t: math.log((1 + n[st]) / (1 + d)) + 1 for t, d in c.items()} for st, c in df.items()}


def score_pairs(sigs: list[Sig], story_of: dict[str, str], idf=None) -> dict[tuple[int, int], float]:
    """Blocking then scoring: {(i, j): score} for candidate pairs i < j of one story."""
    idf = idf or story_idf(sigs, story_of)
    vocab: dict[tuple[str, str], int] = {}
    caps: list[float] = []
    size = Counter(story_of[s.source] for s in sigs)
    outlets = Counter(story_of[src] for src in {s.source for s in sigs})
    keys, weights, ks_per_item = [], [], []
    for s in sigs:
        st = story_of[s.source]
        s.w_all = idf_mass(s.tset, idf[st])
        s.w_core = idf_mass(s.core, idf[st])
        cap = max(CLAIM_MIN_DF_CAP, CLAIM_DF_FRACTION * size[st])
        ks, ws = [], []
        for t in sorted(s.tset):
            k = vocab.get((st, t))
            if k is None:
                k = vocab[(st, t)] = len(vocab)
                caps.append(cap)
            ks.append(k)
            ws.append(idf[st][t])
        norm = math.sqrt(sum(w * w for w in ws)) or 1.0
        keys.append(ks)
        weights.append([w / norm for w in ws])
        ks_per_item.append(min(CLAIM_K[1], max(CLAIM_K[0], outlets[st] + 5)))
    import numpy as np

    i, j, _ = topk_pairs(keys, weights, k=np.asarray(ks_per_item), max_df=np.asarray(caps))
    edges: dict[tuple[int, int], float] = {}
    for a, b in symmetric_pairs(i, j):
        sa, sb = sigs[a], sigs[b]
        s = score(sa, sb, idf[story_of[sa.source]])
        if s > 0:
            edges[(a, b)] = s
    return edges


_INCLUSION_START = ("including ", "includes ", "such as ", "among them ", "notably ")


def _inclusion_fragments(sigs: list[Sig]) -> dict[int, list[str]]:
    """Claim index -> texts of the claims that follow it in its sentence and only name members of
    what it says ("..., including the port city"): compare reads them with the claim they qualify."""
    out: dict[int, list[str]] = {}
    for prev, nxt in zip(sigs, sigs[1:]):
        c, d = prev.claim, nxt.claim
        if c.source == d.source and 0 <= d.start - c.end <= 3 and d.text.lower().startswith(_INCLUSION_START):
            out.setdefault(prev.idx, []).append(d.text)
    return out


def _make_cluster(members: list[Sig], sub: dict[tuple[int, int], float], story: str,
                  context: dict[int, list[str]] | None = None) -> ClaimCluster:
    """`sub`: scores among the members, keyed by global claim index."""
    members = sorted(members, key=lambda s: (s.source, s.claim.start, s.claim.end, s.claim.id))
    verdicts, details, divergences = compare(members, sub, context)
    if len(members) == 1:
        summary = members[0].claim.text
    else:
        central = {s.idx: 0.0 for s in members}
        for (a, b), v in sub.items():
            central[a] += v
            central[b] += v
        best = max(members, key=lambda s: (central[s.idx], -len(s.claim.text), _neg_key(s.claim.id)))
        summary = best.claim.text
    claims = [s.claim for s in members]
    return ClaimCluster.model_construct(
        id=cluster_id(c.id for c in claims), claims=claims, sources=sorted({c.source for c in claims}),
        summary=summary, verdicts=verdicts, details=details, divergences=divergences,
        story=story)


def _neg_key(s: str) -> tuple[int, ...]:
    """Sort key that prefers the smaller string under max()."""
    return tuple(-ord(ch) for ch in s)
