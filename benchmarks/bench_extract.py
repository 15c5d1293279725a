"""Throughput of claim extraction against a bare spaCy pass over the same texts.

    .venv/bin/python benchmarks/bench_extract.py [--articles 200] [--rounds 3] [--corpus corpus]

The corpus is repeated until it holds at least `--articles` articles. After a warm-up, each
round times, on the same pipeline (`newsclaims.nlp.get_nlp()`) and batch size:

  ours        `newsclaims.extract_many(articles)` (parse + every extractor);
  bare-masked `nlp.pipe` over the masked texts the library parses (`masked_text`: only body,
              bullet and embed paragraphs kept, every other character blanked);
  bare-raw    `nlp.pipe` over the raw article texts.

The three passes are interleaved in each round (so a change in machine load hits them alike)
and the best round of each is kept. Throughput is article words (whitespace-separated words of
`Article.text`) per second, the same numerator for all three, so the figures compare directly.
Both wall-clock and process CPU time are measured and printed; the ratios use `--clock`
(default cpu: on a shared, loaded machine wall time mostly measures the other processes).
The ratio that must stay >= `--min-ratio` (0.75) is ours / bare-masked: the cost of everything
the library does beyond the parse it cannot avoid; ours / bare-raw is printed too. Exit status
1 when the ratio is below the minimum.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) taken by `fn()`."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w0, time.process_time() - c0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=200, help="at least this many articles (corpus repeated)")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds; the best of each pass is kept")
    ap.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size (extract_many's default)")
    ap.add_argument("--corpus", default=str(ROOT / "corpus"), help="folder of articles")
    ap.add_argument("--min-ratio", type=float, default=0.75, help="fail below this ours / bare-masked ratio")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu", help="time the ratios are computed from")
    args = ap.parse_args(argv)

    import newsclaims
    from newsclaims.extract.analysis import masked_text
    from newsclaims.nlp import get_nlp

    base = newsclaims.load_corpus(args.corpus)
    if not base:
        print(f"no articles in {args.corpus}", file=sys.stderr)
        return 2
    reps = -(-max(args.articles, 1) // len(base))
    articles = list(base) * reps
    raw = [a.text for a in articles]
    masked = [masked_text(a) for a in articles]
    words = sum(len(t.split()) for t in raw)
    nlp = get_nlp()
    bs = args.batch_size
    limit = min(nlp.max_length, 100_000)
    if any(len(t) > limit for t in masked):
        print(f"note: some texts exceed {limit} characters; the library parses them in chunks", file=sys.stderr)

    def ours() -> None:
        newsclaims.extract_many(articles, batch_size=bs)

    def bare_masked() -> None:
        deque(nlp.pipe(masked, batch_size=bs), maxlen=0)

    def bare_raw() -> None:
        deque(nlp.pipe(raw, batch_size=bs), maxlen=0)

    # warm-up: load the pipeline and lexicons, fill caches, on one copy of the corpus
    newsclaims.extract_many(list(base), batch_size=bs)
    deque(nlp.pipe([masked_text(a) for a in base], batch_size=bs), maxlen=0)

    passes = {"bare-masked": bare_masked, "bare-raw": bare_raw, "ours": ours}
    wall = {name: float("inf") for name in passes}
    cpu = dict(wall)
    for _ in range(max(args.rounds, 1)):
        for name, fn in passes.items():
            w, c = _timed(fn)
            wall[name], cpu[name] = min(wall[name], w), min(cpu[name], c)

    wall_rate = {name: words / t for name, t in wall.items()}
    cpu_rate = {name: words / t for name, t in cpu.items()}
    rate = cpu_rate if args.clock == "cpu" else wall_rate
    pipes = ", ".join(nlp.pipe_names)
    print(f"pipeline: {nlp.meta.get('name', '?')} {nlp.meta.get('version', '')} [{pipes}]")
    print(f"articles: {len(articles)} ({len(base)} x {reps}), {words} words; batch size {bs}; "
          f"best of {max(args.rounds, 1)} rounds")
    print(f"  {'pass':<12} {'wall s':>8} {'words/s':>9}   {'cpu s':>8} {'words/s':>9}")
    for name in passes:
        print(f"  {name:<12} {wall[name]:8.2f} {wall_rate[name]:9.0f}   {cpu[name]:8.2f} {cpu_rate[name]:9.0f}")
    ratio = rate["ours"] / rate["bare-masked"]
    ratio_raw = rate["ours"] / rate["bare-raw"]
    verdict = "ok" if ratio >= args.min_ratio else f"BELOW {args.min_ratio}"
    print(f"ratio ours / bare-masked ({args.clock}): {ratio:.3f} ({verdict})")
    print(f"ratio ours / bare-raw    ({args.clock}): {ratio_raw:.3f}")
    return 0 if ratio >= args.min_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
