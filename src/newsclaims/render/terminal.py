"""Terminal output with rich: the agreement matrix, divergences and details; articles' paragraphs.

Every piece of article text goes in as a `rich.text.Text`, never as markup, so brackets in a
news text print as written. Symbols fall back to ASCII when the console cannot encode them.
"""
from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..models import CONTENT_KINDS, Article, Reconciliation
from . import matrix as mx

STYLES = {"agrees": "bold green", "adds_detail": "bold cyan", "diverges": "bold red",
          "exclusive": "dim", mx.UNKNOWN: "yellow", None: ""}
SUMMARY_WIDTH = 72


def symbols_for(console: Console) -> dict:
    """Unicode verdict symbols, or ASCII ones when the console's encoding lacks them."""
    try:
        "".join(mx.SYMBOLS[v] for v in mx.VERDICTS).encode(console.encoding or "ascii")
        return mx.SYMBOLS
    except (UnicodeEncodeError, LookupError):
        return mx.ASCII_SYMBOLS


def _cell(v: str | None, symbols: dict) -> Text:
    return Text(symbols.get(v, mx.UNKNOWN), style=STYLES.get(v, ""))


def legend(symbols: dict) -> Text:
    t = Text("Legend: ")
    for v in mx.VERDICTS:
        t.append(symbols[v], style=STYLES[v]).append(f" {mx.LABELS[v]}   ")
    t.append("blank absent")
    return t


def matrix_table(rec: Reconciliation, outs: list[mx.Outlet], *, show_all: bool = False,
                 symbols: dict = mx.SYMBOLS, width: int = 100) -> tuple[Table, int]:
    """The clusters x outlets table (fitted to `width` columns by cutting the claim summaries)
    and the number of single-outlet clusters left out."""
    shown, hidden = mx.numbered(rec, show_all)
    num = max([len(str(n)) for n, _ in shown] + [1])
    letter = max([len(o.letter) for o in outs] + [1])
    overhead = (num + 3) + (letter + 3) * len(outs) + 4  # padding and borders of every column
    summary = max(20, min(SUMMARY_WIDTH, width - overhead))
    table = Table(title="Agreement matrix", title_justify="left")
    table.add_column("#", justify="right", style="dim", no_wrap=True, min_width=num)
    table.add_column("claim", overflow="ellipsis", no_wrap=True, max_width=summary)
    for o in outs:
        table.add_column(o.letter, justify="center", no_wrap=True, min_width=letter)
    for n, c in shown:
        table.add_row(str(n), Text(mx.one_line(c.summary, summary)),
                      *(_cell(mx.verdict(c, o.source), symbols) for o in outs))
    return table, hidden


def outlet_key(outs: list[mx.Outlet], width: int = 100) -> Table:
    letter = max([len(o.letter) for o in outs] + [1])
    source = max([len(o.source) for o in outs] + [6])
    claims = max([len(str(o.claims)) for o in outs] + [6])
    desc = max(10, width - (letter + source + claims + 6))
    key = Table(title="Outlets", title_justify="left", box=None, pad_edge=False)
    key.add_column("", no_wrap=True, min_width=letter)
    key.add_column("source", no_wrap=True, min_width=min(source, 24), overflow="ellipsis")
    key.add_column("outlet / title", no_wrap=True, max_width=desc, overflow="ellipsis")
    key.add_column("claims", no_wrap=True, justify="right", min_width=claims)
    for o in outs:
        text = " — ".join(x for x in (o.outlet, mx.one_line(o.title or "", desc)) if x)
        key.add_row(Text(o.letter, style="bold"), Text(o.source), Text(text), str(o.claims))
    return key


def findings(rec: Reconciliation, outs: list[mx.Outlet], *, show_all: bool = False) -> Group:
    """Divergences, then details, each with the outlets on each side."""
    letter_of = mx.letter_map(outs)
    shown, _ = mx.numbered(rec, show_all)
    div, det = [], []
    for n, c in shown:
        head = Text(f"#{n} ", style="dim").append(mx.one_line(c.summary, SUMMARY_WIDTH), style="bold")
        if c.divergences:
            div.append(head)
            for d in c.divergences:
                line = Text(f"{d.kind}: ", style="bold red")
                line.append(mx.side(d.sources, letter_of), style="bold").append(" vs ")
                line.append(mx.side(d.versus, letter_of), style="bold").append(" — ")
                div.append(Padding(line.append(mx.one_line(d.explanation)), (0, 0, 0, 3)))
        if c.details:
            det.append(head)
            for d in c.details:
                line = Text(letter_of.get(d.source, d.source), style="bold cyan")
                det.append(Padding(line.append(" " + mx.detail_phrase(d.text)), (0, 0, 0, 3)))
    parts: list = [Text("Divergences", style="bold underline")]
    parts += div or [Text("   none", style="dim")]
    parts += [Text(""), Text("Details", style="bold underline")]
    parts += det or [Text("   none", style="dim")]
    return Group(*parts)


def print_reconciliation(rec: Reconciliation, console: Console, *,
                         articles: Iterable[Article] | None = None, show_all: bool = False) -> None:
    outs = mx.outlets(rec, articles)
    symbols = symbols_for(console)
    table, hidden = matrix_table(rec, outs, show_all=show_all, symbols=symbols, width=console.width)
    k = mx.counts(rec)
    console.print(outlet_key(outs, console.width))
    console.print()
    if table.row_count:
        console.print(table)
    else:
        console.print(Text("No claim is shared by two outlets.", style="yellow"))
    console.print(legend(symbols))
    note = (f"{k['clusters']} clusters: {k['multi']} shared by several outlets, "
            f"{k['single']} exclusive to one")
    if hidden:
        note += f" ({hidden} not shown; use --all to list them)"
    console.print(Text(note, style="dim"))
    console.print()
    console.print(findings(rec, outs, show_all=show_all))


def print_articles(articles: Iterable[Article], console: Console) -> None:
    """Each article's metadata and a table of its paragraphs (index, kind, span, text)."""
    for a in articles:
        console.print(Text(a.source, style="bold"))
        for k, v in (("title", a.title), ("outlet", a.outlet), ("published", a.published),
                     ("byline", a.byline), ("url", a.url)):
            if v:
                console.print(Text(f"  {k}: ").append(mx.one_line(str(v), max(20, console.width - 12))))
        for w in a.warnings:
            console.print(Text("  warning: " + mx.one_line(w, 120), style="yellow"))
        num = len(str(len(a.paragraphs)))
        span = max([len(f"{p.start}-{p.end}") for p in a.paragraphs] + [4])
        width = max(20, console.width - (num + span + 11 + 8))  # 11: longest kind; 8: padding
        t = Table(box=None, pad_edge=False, show_header=True)
        t.add_column("#", justify="right", style="dim", no_wrap=True, min_width=num)
        t.add_column("kind", no_wrap=True, min_width=11)
        t.add_column("span", style="dim", no_wrap=True, min_width=span)
        t.add_column("text", overflow="ellipsis", no_wrap=True, max_width=width)
        for p in a.paragraphs:
            style = "" if p.kind in CONTENT_KINDS else "dim"
            t.add_row(str(p.index), Text(p.kind, style=style or "green"), f"{p.start}-{p.end}",
                      Text(mx.one_line(p.text, width), style=style))
        console.print(t)
        console.print()
