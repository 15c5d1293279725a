"""Seconds per MB of hostile inputs next to ordinary news, through the whole pipeline.

    .venv/bin/python benchmarks/bench_hostile.py [--mb 0.5] [--only NAME ...] [--max-ratio 3]

Each input is about `--mb` megabytes of UTF-8 (default 0.5: about 5 minutes on two cores;
`--mb 1` takes about 11). The timed pipeline is `parse_article` then
`extract_many` (one batched spaCy pass), then `reconcile` on the claims of that input plus the
five corpus articles' claims. "news" is the corpus articles, each parsed as its own article
(distinct source ids), repeated to the size; every hostile input is one article of that size
(the HTML one a page of that size, read through trafilatura as `load_corpus` reads .html files).

Hostile inputs are built from the corpus's own sentences (so their language and density of
names are ordinary) and varied with a seeded RNG, so that no paragraph repeats verbatim
(a repeated paragraph is boilerplate and would not be parsed at all):

  one line         the sentences joined by spaces: one paragraph, no newline at all
  quotes "         every few words quoted with straight marks (balanced)
  quotes curly     the same with “ ” and ‘ ’
  quotes unbal.    opening marks of all kinds scattered, none closed
  quote marks only a run of quote marks and spaces (no letters)
  quote runs       prose with runs of 300 quote marks (no spaces) between sentences
  symbol runs      prose with runs of 300 symbols (€ ) — _ = …) between sentences
  control/bidi     zero-width, bidi embedding/isolate, NUL/BEL and BOM characters between words
  cyrillic         Russian sentences (a non-English article: flagged, no claims)
  brackets         sentences wrapped in nested ( [ { brackets, 40 deep
  tiny paragraphs  one short sentence (a clause of the corpus) per paragraph
  html             the sentences as an HTML page with scripts, styles, comments, entities and
                   300-deep nested divs

Times are CPU seconds of this process (other work on the machine moves them less than wall
time); both are printed. The ratio is (parse + extract) CPU s/MB over the news figure; exit
status 1 if any input is over `--max-ratio`. spaCy's cost is per token, so inputs that are mostly
one-character tokens (quote marks) cost more per MB than prose by nature; see the token column.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

CYRILLIC = [
    "Москва заявила, что переговоры продолжатся на следующей неделе.",
    "Министр иностранных дел встретился с послом в понедельник.",
    "Правительство пообещало выделить дополнительные средства регионам.",
    "По данным агентства, в голосовании приняли участие около трёх миллионов человек.",
    "Представитель компании отказался от комментариев.",
    "В городе прошли акции протеста против повышения цен.",
    "Суд отложил рассмотрение дела до конца месяца.",
    "Эксперты считают, что инфляция замедлится к осени.",
]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u202e", "\u202c", "\u2066", "\u2069", "\ufeff", "\x00",
             "\x07", "\u00ad"]


def sentences(corpus: Path) -> list[str]:
    """Body sentences of the corpus (a simple split at . ! ? before a space)."""
    import newsclaims

    out = []
    for a in newsclaims.load_corpus(corpus):
        for p in a.paragraphs:
            if p.kind == "body":
                out.extend(s for s in re.split(r"(?<=[.!?])\s+", p.text) if len(s.split()) >= 4)
    return out


def _fill(make, size: int) -> str:
    parts, n = [], 0
    while n < size:
        s = make()
        parts.append(s)
        n += len(s.encode("utf-8"))
    return "".join(parts)


def _words(rng, pool, k: int = 3):
    """The words of `k` random sentences (a paragraph that does not repeat verbatim)."""
    return " ".join(rng.choice(pool) for _ in range(k)).split()


def build_inputs(pool: list[str], size: int, seed: int = 7) -> dict[str, tuple[str, str]]:
    """name -> (fmt, text) of about `size` bytes each."""
    rng = random.Random(seed)

    def para(k: int = 4) -> str:
        return " ".join(rng.choice(pool) for _ in range(k))

    def quoted(open_: str, close: str) -> str:
        w = _words(rng, pool)
        return " ".join(f"{open_}{x}{close}" if i % 3 == 0 else x for i, x in enumerate(w)) + "\n\n"

    def unbalanced() -> str:
        w = _words(rng, pool)
        return " ".join(rng.choice("\"“‘'«„") + x if i % 4 == 0 else x for i, x in enumerate(w)) + "\n\n"

    def invisible() -> str:
        return "".join(x + rng.choice(INVISIBLE) + " " for x in _words(rng, pool)) + "\n\n"

    def brackets() -> str:
        d = 40
        opens = "".join(rng.choice("([{") for _ in range(d))
        closes = "".join({"(": ")", "[": "]", "{": "}"}[c] for c in reversed(opens))
        return f"{opens}{rng.choice(pool)}{closes} {rng.choice(pool)}\n\n"

    def tiny() -> str:
        s = rng.choice(pool)
        clauses = [c.strip() for c in re.split(r"[,;:]", s) if len(c.split()) >= 2]
        return (rng.choice(clauses) if clauses else s).rstrip(".") + f" ({rng.randrange(10**6)}).\n\n"

    def cyr() -> str:
        return " ".join(rng.choice(CYRILLIC) for _ in range(4)) + f" {rng.randrange(10**6)}\n\n"

    def runs(marks: str) -> str:
        return f"{rng.choice(pool)} {rng.choice(marks) * 300} {rng.choice(pool)} {rng.choice(pool)}\n\n"

    one_line = _fill(lambda: rng.choice(pool) + " ", size).replace("\n", " ")
    return {
        "one line": ("text", one_line),
        'quotes "': ("text", _fill(lambda: quoted('"', '"'), size)),
        "quotes curly": ("text", _fill(lambda: quoted("“", "”") if rng.random() < .5 else quoted("‘", "’"), size)),
        "quotes unbal.": ("text", _fill(unbalanced, size)),
        "quote marks only": ("text", _fill(lambda: rng.choice(['"', "“", "”", "‘", "’", "'", " "]), size)),
        "quote runs": ("text", _fill(lambda: runs('"“”‘’\''), size)),
        "symbol runs": ("text", _fill(lambda: runs("€)—_=…"), size)),
        "control/bidi": ("text", _fill(invisible, size)),
        "cyrillic": ("text", _fill(cyr, size)),
        "brackets": ("text", _fill(brackets, size)),
        "tiny paragraphs": ("text", _fill(tiny, size)),
        "html": ("html", html_page(lambda: para(3), size)),
    }


def html_page(make_para, size: int, depth: int = 300) -> str:
    """A page of about `size` bytes: head with script/style, a deeply nested article, comments."""
    head = ("<!DOCTYPE html><html><head><title>Hostile page</title>"
            "<style>p{color:red}/* <p>not text</p> */</style>"
            "<script>var s = '<p>not text</p>'; for (var i=0;i<10;i++){}</script></head><body>"
            "<nav><a href='/'>Home</a> &middot; <a href='/news'>News</a></nav>"
            + "<div>" * depth + "<article><h1>Talks resume &amp; continue</h1>")
    tail = "</article>" + "</div>" * depth + "<footer>&copy; Outlet</footer></body></html>"
    parts, n, i = [head], len(head) + len(tail), 0
    while n < size:
        p = make_para()
        p = p.replace("&", "&amp;").replace("<", "&lt;")
        block = f"<p>{p} &ndash; &#8220;ok&#8221;</p><!-- comment {i} <p>hidden</p> -->"
        if i % 7 == 0:
            block += f"<script>document.write('<p>ad {i}</p>')</script><style>.x{i}{{}}</style>"
        parts.append(block)
        n += len(block.encode("utf-8"))
        i += 1
    parts.append(tail)
    return "".join(parts)


def news_items(size: int, corpus: Path) -> list[tuple[str, str]]:
    import newsclaims

    base = [(a.source, a.text) for a in newsclaims.load_corpus(corpus)]
    out, n, k = [], 0, 0
    while n < size:
        s, t = base[k % len(base)]
        out.append((f"{s}-{k}", t))
        n += len(t.encode("utf-8"))
        k += 1
    return out


def _clock():
    return time.process_time(), time.perf_counter()


def run(name: str, items: list[tuple[str, str, str]], corpus_claims) -> dict:
    """Parse + extract (timed), then reconcile with the corpus claims (timed apart)."""
    from newsclaims import extract_many, parse_article, reconcile
    from newsclaims.errors import NewsClaimsError

    mb = sum(len(t.encode("utf-8")) for _, _, t in items) / 1e6
    c0, w0 = _clock()
    try:
        arts = [parse_article(t, s, fmt=f) for s, f, t in items]
        claims = extract_many(arts)
        err = None
    except NewsClaimsError as exc:  # reported, not a crash
        arts, claims, err = [], [], f"{type(exc).__name__}: {exc}"
    c1, w1 = _clock()
    flat = [c for cs in claims for c in cs]
    rec = reconcile(flat + corpus_claims) if flat else None
    c2, w2 = _clock()
    return {"name": name, "mb": mb, "cpu": c1 - c0, "wall": w1 - w0, "rec_cpu": c2 - c1, "claims": len(flat),
            "clusters": len(rec.clusters) if rec else 0, "lang": ",".join(sorted({a.language or "-" for a in arts})),
            "warn": sum(len(a.warnings) for a in arts), "err": err}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=0.5, help="size of each input in MB")
    ap.add_argument("--only", nargs="*", help="run only these inputs (news always runs)")
    ap.add_argument("--corpus", default=str(ROOT / "corpus"))
    ap.add_argument("--max-ratio", type=float, default=3.0)
    args = ap.parse_args(argv)

    import newsclaims
    from newsclaims.nlp import get_nlp

    get_nlp()
    corpus = Path(args.corpus)
    base_articles = newsclaims.load_corpus(corpus)
    corpus_claims = [c for cs in newsclaims.extract_many(base_articles) for c in cs]  # warm-up too
    size = int(args.mb * 1_000_000)
    pool = sentences(corpus)
    inputs = build_inputs(pool, size)
    names = [n for n in inputs if not args.only or n in args.only]

    rows = [run("news", [(s, "text", t) for s, t in news_items(size, corpus)], corpus_claims)]
    print(f"{'input':<17} {'MB':>5} {'cpu s/MB':>9} {'wall s/MB':>9} {'ratio':>6} {'rec cpu s':>9} "
          f"{'claims':>7} {'clusters':>8}  language / error", flush=True)

    def show(r, ratio):
        tail = r["err"] or f"{r['lang']} ({r['warn']} warnings)"
        print(f"{r['name']:<17} {r['mb']:5.2f} {r['cpu'] / r['mb']:9.1f} {r['wall'] / r['mb']:9.1f} {ratio:6.2f} "
              f"{r['rec_cpu']:9.2f} {r['claims']:7d} {r['clusters']:8d}  {tail}", flush=True)

    news_rate = rows[0]["cpu"] / rows[0]["mb"]
    show(rows[0], 1.0)
    worst = 0.0
    for n in names:
        fmt, text = inputs[n]
        r = run(n, [(n.replace(" ", "_"), fmt, text)], corpus_claims)
        ratio = (r["cpu"] / r["mb"]) / news_rate
        worst = max(worst, ratio)
        show(r, ratio)
    verdict = "ok" if worst <= args.max_ratio else f"OVER {args.max_ratio}x"
    print(f"worst ratio to news: {worst:.2f} ({verdict})")
    return 0 if worst <= args.max_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
