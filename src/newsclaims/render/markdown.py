"""Markdown output (GitHub-flavoured tables): outlet key, agreement matrix, divergences, details.

Article text is escaped for Markdown: pipes, backticks, asterisks, underscores, brackets, angle
brackets and leading '#' cannot open syntax or HTML.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import Article, Reconciliation
from . import matrix as mx

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def md(text: str, width: int | None = None) -> str:
    """One line of article text, safe inside a Markdown paragraph or table cell."""
    return _SPECIAL.sub(r"\\\1", mx.one_line(text, width))


def reconciliation_markdown(rec: Reconciliation, articles: Iterable[Article] | None = None, *,
                            show_all: bool = False) -> str:
    outs = mx.outlets(rec, articles)
    letter_of = mx.letter_map(outs)
    shown, hidden = mx.numbered(rec, show_all)
    k = mx.counts(rec)
    lines = ["# Claim reconciliation", "",
             f"{len(outs)} outlets, {k['clusters']} claim clusters: {k['multi']} shared by several "
             f"outlets, {k['single']} exclusive to one.", "", "## Outlets", "",
             "| | source | outlet / title | claims |", "|---|---|---|---:|"]
    for o in outs:
        desc = " — ".join(md(x, 80) for x in (o.outlet, o.title) if x)
        lines.append(f"| **{o.letter}** | {md(o.source)} | {desc} | {o.claims} |")
    legend = ", ".join(f"{mx.SYMBOLS[v]} {mx.LABELS[v]}" for v in mx.VERDICTS)
    lines += ["", "## Agreement matrix", "", f"Legend: {legend}; blank absent.", ""]
    if shown:
        lines.append("| # | claim | " + " | ".join(o.letter for o in outs) + " |")
        lines.append("|---:|---|" + "|".join(":-:" for _ in outs) + "|")
        for n, c in shown:
            cells = " | ".join(mx.SYMBOLS.get(mx.verdict(c, o.source), mx.UNKNOWN).strip() for o in outs)
            lines.append(f"| {n} | {md(c.summary, 100)} | {cells} |")
    else:
        lines.append("No claim is shared by two outlets.")
    if hidden:
        lines += ["", f"{hidden} clusters exclusive to one outlet are not shown (use `--all`)."]
    lines += ["", "## Divergences", ""]
    div = [(n, c, d) for n, c in shown for d in c.divergences]
    for n, c, d in div:
        lines.append(f"- **#{n}** {md(c.summary, 100)}: *{d.kind}* — {mx.side(d.sources, letter_of)} "
                     f"vs {mx.side(d.versus, letter_of)}: {md(d.explanation)}")
    lines += [] if div else ["None."]
    lines += ["", "## Details", ""]
    det = [(n, c, d) for n, c in shown for d in c.details]
    for n, c, d in det:
        lines.append(f"- **#{n}** {md(c.summary, 100)}: {letter_of.get(d.source, md(d.source))} "
                     f"{md(mx.detail_phrase(d.text))}")
    lines += [] if det else ["None."]
    return "\n".join(lines) + "\n"
