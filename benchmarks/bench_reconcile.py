"""Benchmark: reconcile() on synthetic feeds of 100, 1,000 and 10,000 articles (pre-extracted claims).

Generator. The fixture articles in corpus/ are parsed and their claims extracted once. A feed of N
articles is N/5 "stories", each a copy of the five fixture articles' claims in which every name
(a capitalised word never written in lower case in the corpus: people, places, organisations,
demonyms) is replaced by a pseudo-word unique to the story, consistently in the claim text, its
entities and keywords, and every number is shifted by a story-dependent amount. Stories thus tell
the same kind of news about different people and places, as a real multi-story feed does, and the
vocabulary of ordinary words is shared across all of them (the hard case for blocking).

Each size runs in a fresh subprocess (so the peak resident memory, from getrusage, is that run's,
input claims included); time covers reconcile() only. Prints wall and CPU seconds (CPU time is the
steadier figure on a shared machine), claims/s, peak RSS (MB), claims and clusters, then the growth
exponent of time between consecutive sizes: log(t2/t1) / log(n2/n1).

    .venv/bin/python benchmarks/bench_reconcile.py            # 100, 1000, 10000
    .venv/bin/python benchmarks/bench_reconcile.py 100 1000   # chosen sizes
"""
from __future__ import annotations

import hashlib
import math
import pickle
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(tempfile.gettempdir()) / "newsclaims_bench_claims.pkl"
SYLLABLES = "ka lo mi ra ve tu sen dor bal fi na zu pe gor lin ta ro shi vel mar".split()
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")
NUM_RE = re.compile(r"\d+")


def base_claims():
    """The fixture claims (extracted once, cached in the temp folder)."""
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    sys.path.insert(0, str(ROOT / "src"))
    import newsclaims

    arts = newsclaims.load_corpus(str(ROOT / "corpus"))
    claims = [c for cs in newsclaims.extract_many(arts) for c in cs]
    CACHE.write_bytes(pickle.dumps(claims))
    return claims


def name_words(claims) -> set[str]:
    """Capitalised words never written in lower case anywhere in the claims."""
    caps, lower = set(), set()
    for c in claims:
        for w in WORD_RE.findall(c.text):
            (caps if w[0].isupper() else lower).add(w)
    lower_l = {w.lower() for w in lower}
    return {w for w in caps if w.lower() not in lower_l and len(w) > 2}


def pseudo(word: str, story: int) -> str:
    h = int(hashlib.sha1(f"{word}|{story}".encode()).hexdigest(), 16)
    parts = []
    for _ in range(3):
        parts.append(SYLLABLES[h % len(SYLLABLES)])
        h //= len(SYLLABLES)
    return "".join(parts).capitalize()


def story_copy(claims, names: set[str], story: int):
    from newsclaims.models import Claim, Entity, Quantity

    mapping = {w: pseudo(w, story) for w in names}
    low = {k.lower(): v.lower() for k, v in mapping.items()}
    shift = story % 37 + 1

    def ren(text: str) -> str:
        text = WORD_RE.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)
        return NUM_RE.sub(lambda m: str(int(m.group(0)) + shift), text)

    out = []
    for c in claims:
        src = f"{c.source}_s{story}"
        text = ren(c.text)

        def ent(e):
            t = ren(e.text)
            return Entity(name=ren(e.name), text=t, start=e.start, end=e.start + len(t), label=e.label)

        nums = []
        for q in c.numbers:
            t = ren(q.text)
            nums.append(Quantity(text=t, start=q.start, end=q.start + len(t), value=q.value + shift,
                                 unit=q.unit, approximate=q.approximate))
        out.append(Claim(
            id=f"{src}#{c.start}-{c.start + len(text)}", source=src, paragraph=c.paragraph, start=c.start,
            end=c.start + len(text), text=text, kind=c.kind, actors=[ent(e) for e in c.actors],
            regions=[ent(e) for e in c.regions], attribution=ren(c.attribution) if c.attribution else None,
            stance=c.stance, predicate=c.predicate, object=ren(c.object) if c.object else None,
            negated=c.negated, keywords=[low.get(k, k) for k in c.keywords],
        ))
    return out


def feed(n_articles: int):
    claims = base_claims()
    names = name_words(claims)
    n_sources = len({c.source for c in claims})
    out = []
    for story in range(max(1, n_articles // n_sources)):
        out.extend(story_copy(claims, names, story))
    return out


def run_one(n: int) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from newsclaims import reconcile

    claims = feed(n)
    t0, c0 = time.perf_counter(), time.process_time()
    rep = reconcile(claims)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"RESULT {n} {dt:.3f} {len(claims)} {len(rep.clusters)} {rss:.0f} {cpu:.3f}", flush=True)


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--one":
        run_one(int(argv[1]))
        return 0
    sizes = [int(a) for a in argv] or [100, 1000, 10_000]
    base_claims()  # extract once, outside the timed runs
    rows = []
    print(f"{'articles':>9} {'claims':>8} {'clusters':>8} {'seconds':>8} {'cpu s':>8} {'claims/s':>9} {'peak MB':>8}")
    for n in sizes:
        res = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True)
        line = next((x for x in res.stdout.splitlines() if x.startswith("RESULT")), None)
        if line is None:
            print(res.stdout, res.stderr)
            return 1
        _, n_, dt, nc, ncl, rss, cpu = line.split()
        dt, nc, cpu = float(dt), int(nc), float(cpu)
        rows.append((int(n_), dt, cpu))
        print(f"{n_:>9} {nc:>8} {ncl:>8} {dt:>8.2f} {cpu:>8.2f} {nc / dt:>9.0f} {rss:>8}")
    for (n1, t1, c1), (n2, t2, c2) in zip(rows, rows[1:]):
        print(f"growth exponent {n1} -> {n2}: {math.log(t2 / t1) / math.log(n2 / n1):.2f} (wall), "
              f"{math.log(c2 / c1) / math.log(n2 / n1):.2f} (cpu)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
