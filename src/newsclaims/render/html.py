"""One self-contained HTML report of a `Reconciliation`.

`report_html(reconciliation, articles=None)` returns a complete document: CSS inline, no script,
no external font, image or link, so opening it makes no network request. Each matrix row is a
native `<details>` element: its `<summary>` is the row (cluster summary and one coloured cell per
outlet) and opening it shows the divergences, details and claims. With `articles`, each claim is
shown inside its paragraph with the claim span marked (`<mark>`) at its offsets; without, the
claim text alone. Every piece of text from an article or a record goes through `html.escape`.
"""
from __future__ import annotations

from collections.abc import Iterable
from html import escape

from ..models import Article, Claim, ClaimCluster, Reconciliation
from . import matrix as mx

CONTEXT_CHARS = 320  # at most this many characters of context on each side of a claim

CSS = """
:root{--agrees:#1b7f3b;--agrees-bg:#dcf3e3;--adds_detail:#0b5fa5;--adds_detail-bg:#dbeafb;
--diverges:#b3261e;--diverges-bg:#fbe0dd;--exclusive:#5f6368;--exclusive-bg:#ececec;--unknown-bg:#fff3c4}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;
margin:0 auto;max-width:1200px;padding:24px}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.2em;margin:1.6em 0 .5em;border-bottom:1px solid #d0d7de}
.nc-muted{color:#656d76}.nc-small{font-size:.86em}
table.nc-key{border-collapse:collapse}table.nc-key td,table.nc-key th{padding:3px 10px;text-align:left;
border-bottom:1px solid #eaeef2;vertical-align:top}
.nc-legend span.nc-v{margin-left:12px}
.nc-matrix{--n:1;border:1px solid #d0d7de;border-radius:6px}
.nc-grid{display:grid;grid-template-columns:4em minmax(10em,1fr) repeat(var(--n),2.3em);align-items:center;
column-gap:2px}
.nc-head{position:sticky;top:0;background:#f6f8fa;font-weight:600;border-bottom:1px solid #d0d7de;
padding:6px 0;z-index:1}
.nc-head span{text-align:center}.nc-head span.nc-claimcol{text-align:left}
details.nc-row{border-bottom:1px solid #eaeef2}details.nc-row:last-child{border-bottom:0}
details.nc-row>summary{list-style:none;cursor:pointer;padding:3px 0}
details.nc-row>summary::-webkit-details-marker{display:none}
details.nc-row>summary:hover{background:#f6f8fa}
.nc-num{color:#656d76;text-align:right;padding-right:8px;white-space:nowrap}
summary .nc-num::before{content:"\\25B8 ";color:#8c959f}details[open]>summary .nc-num::before{content:"\\25BE "}
.nc-sum{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;padding-right:8px}
.nc-v{display:inline-block;min-width:2em;height:1.7em;line-height:1.7em;text-align:center;border-radius:4px;
font-weight:700}
.nc-agrees{color:var(--agrees);background:var(--agrees-bg)}
.nc-adds_detail{color:var(--adds_detail);background:var(--adds_detail-bg)}
.nc-diverges{color:var(--diverges);background:var(--diverges-bg)}
.nc-exclusive{color:var(--exclusive);background:var(--exclusive-bg)}
.nc-unknown{background:var(--unknown-bg)}
.nc-body{padding:6px 16px 14px 4em;background:#fbfcfd;border-top:1px dashed #eaeef2}
.nc-claim{margin:10px 0;padding:8px 10px;border-left:4px solid #d0d7de;background:#fff}
.nc-claim.nc-agrees,.nc-claim.nc-adds_detail,.nc-claim.nc-diverges,.nc-claim.nc-exclusive{background:#fff;
font-weight:400;color:inherit}
.nc-claim.nc-agrees{border-color:var(--agrees)}.nc-claim.nc-adds_detail{border-color:var(--adds_detail)}
.nc-claim.nc-diverges{border-color:var(--diverges)}.nc-claim.nc-exclusive{border-color:var(--exclusive)}
.nc-ctx{margin:4px 0;white-space:pre-wrap;color:#3d444d}
mark{background:#fff1a8;color:#1f2328;padding:0 1px;border-radius:2px}
.nc-letter{display:inline-block;min-width:1.6em;text-align:center;font-weight:700;border:1px solid #d0d7de;
border-radius:4px;margin-right:4px}
ul.nc-list{margin:4px 0;padding-left:1.2em}ul.nc-list li{margin:3px 0}
.nc-kind{font-weight:600}.nc-kind.nc-div{color:var(--diverges)}.nc-kind.nc-det{color:var(--adds_detail)}
details.nc-more>summary{cursor:pointer;font-weight:600;margin:1.4em 0 .5em}
a{color:#0969da}
"""


def _cell(c: ClaimCluster, o: mx.Outlet) -> str:
    v = mx.verdict(c, o.source)
    if v is None:
        return f'<span class="nc-v nc-absent" title="{escape(o.letter)} {escape(o.source)}: absent"></span>'
    cls = "nc-unknown" if v == mx.UNKNOWN else f"nc-{v}"
    sym = mx.SYMBOLS.get(v, mx.UNKNOWN)
    return (f'<span class="nc-v {cls}" data-source="{escape(o.source)}" data-verdict="{escape(v)}" '
            f'title="{escape(o.letter)} {escape(o.source)}: {escape(mx.LABELS.get(v, v))}">{sym}</span>')


def _clip_left(s: str, n: int) -> str:
    if len(s) <= n:
        return s
    cut = s[-n:]
    return "…" + cut[cut.find(" ") + 1:] if " " in cut else "…" + cut


def _clip_right(s: str, n: int) -> str:
    if len(s) <= n:
        return s
    cut = s[:n]
    return cut[: cut.rfind(" ")] + "…" if " " in cut else cut + "…"


def claim_context(claim: Claim, article: Article | None) -> str:
    """The paragraph(s) holding the claim, escaped, with the claim span in `<mark>`."""
    text = article.text if article is not None else None
    if text is None or text[claim.start:claim.end] != claim.text:
        return f"<mark>{escape(claim.text)}</mark>"
    lo, hi = claim.start, claim.end
    for p in article.paragraphs:
        if p.start <= claim.start < p.end:
            lo = p.start
        if p.start < claim.end <= p.end:
            hi = max(hi, p.end)
    if not article.paragraphs:  # no paragraphs: the enclosing lines
        lo = text.rfind("\n", 0, claim.start) + 1
        nl = text.find("\n", claim.end)
        hi = len(text) if nl < 0 else nl
    before = _clip_left(text[lo:claim.start], CONTEXT_CHARS)
    after = _clip_right(text[claim.end:hi], CONTEXT_CHARS)
    return f"{escape(before)}<mark>{escape(claim.text)}</mark>{escape(after)}"


def _names(ents) -> str:
    return ", ".join(escape(e.name) for e in ents)


def _claim_html(claim: Claim, c: ClaimCluster, letter_of: dict, by_source: dict) -> str:
    v = mx.verdict(c, claim.source)
    cls = f" nc-{v}" if v in mx.VERDICTS else ""
    head = [f'<span class="nc-letter">{escape(letter_of.get(claim.source, "?"))}</span>'
            f"<b>{escape(claim.source)}</b>", escape(claim.kind), escape(claim.stance)]
    if claim.attribution:
        head.append("according to " + escape(claim.attribution))
    facts = []
    for label, value in (("actors", _names(claim.actors)), ("regions", _names(claim.regions)),
                         ("numbers", ", ".join(escape(q.text) for q in claim.numbers)),
                         ("speakers", ", ".join(escape(q.speaker) for q in claim.quotes if q.speaker))):
        if value:
            facts.append(f"{label}: {value}")
    return (f'<div class="nc-claim{cls}" data-claim="{escape(claim.id)}">'
            f'<div class="nc-small">{" · ".join(head)} '
            f'<span class="nc-muted">[{claim.start}:{claim.end}]</span></div>'
            f'<div class="nc-ctx">{claim_context(claim, by_source.get(claim.source))}</div>'
            + (f'<div class="nc-small nc-muted">{"; ".join(facts)}</div>' if facts else "")
            + "</div>")


def _divergence(d, letter_of: dict) -> str:
    return (f'<span class="nc-kind nc-div">{escape(d.kind)}</span>: '
            f"<b>{escape(mx.side(d.sources, letter_of))}</b> vs "
            f"<b>{escape(mx.side(d.versus, letter_of))}</b> — {escape(d.explanation)}")


def _detail(d, letter_of: dict) -> str:
    return f"<b>{escape(letter_of.get(d.source, d.source))}</b> {escape(mx.detail_phrase(d.text))}"


def _findings(c: ClaimCluster, letter_of: dict) -> str:
    items = [f"<li>{_divergence(d, letter_of)}</li>" for d in c.divergences]
    items += [f'<li><span class="nc-kind nc-det">detail</span>: {_detail(d, letter_of)}</li>' for d in c.details]
    return f'<ul class="nc-list">{"".join(items)}</ul>' if items else ""


def _row(n: int, c: ClaimCluster, outs: list[mx.Outlet], by_source: dict, is_open: bool = False) -> str:
    letter_of = mx.letter_map(outs)
    order = {o.source: i for i, o in enumerate(outs)}
    claims = sorted(c.claims, key=lambda k: (order.get(k.source, len(order)), k.start))
    cells = "".join(_cell(c, o) for o in outs)
    return (f'<details class="nc-row" id="c-{escape(c.id)}" data-cluster="{escape(c.id)}"{" open" if is_open else ""}>'
            f'<summary class="nc-grid"><span class="nc-num">{n}</span>'
            f'<span class="nc-sum" title="{escape(mx.one_line(c.summary))}">{escape(mx.one_line(c.summary))}</span>'
            f"{cells}</summary><div class=\"nc-body\">"
            f'<div class="nc-small nc-muted">cluster {escape(c.id)} · {len(c.claims)} claims</div>'
            f"{_findings(c, letter_of)}{''.join(_claim_html(k, c, letter_of, by_source) for k in claims)}"
            "</div></details>")


def _matrix(rows: list[tuple[int, ClaimCluster]], outs: list[mx.Outlet], by_source: dict,
            opened: frozenset = frozenset()) -> str:
    head = "".join(f'<span title="{escape(o.source)}">{escape(o.letter)}</span>' for o in outs)
    body = "".join(_row(n, c, outs, by_source, c.id in opened) for n, c in rows)
    return (f'<div class="nc-matrix" style="--n:{len(outs)}"><div class="nc-grid nc-head">'
            f'<span class="nc-num">#</span><span class="nc-claimcol">claim</span>{head}</div>{body}</div>')


def _key(outs: list[mx.Outlet]) -> str:
    rows = "".join(f'<tr><td><span class="nc-letter">{escape(o.letter)}</span></td><td>{escape(o.source)}</td>'
                   f"<td>{escape(o.outlet or '')}</td><td>{escape(mx.one_line(o.title or '', 120))}</td>"
                   f"<td>{o.claims}</td></tr>" for o in outs)
    return ('<table class="nc-key"><tr><th></th><th>source</th><th>outlet</th><th>title</th><th>claims</th></tr>'
            f"{rows}</table>")


def _legend() -> str:
    chips = "".join(f'<span class="nc-v nc-{v}">{mx.SYMBOLS[v]}</span> {escape(mx.LABELS[v])}' for v in mx.VERDICTS)
    return f'<p class="nc-legend nc-small">{chips} <span class="nc-v nc-absent"></span> blank: absent</p>'


def _all_findings(rows: list[tuple[int, ClaimCluster]], letter_of: dict) -> str:
    div, det = [], []
    for n, c in rows:
        link = f'<a href="#c-{escape(c.id)}">#{n}</a> {escape(mx.one_line(c.summary, 110))}'
        div += [f"<li>{link}<br>{_divergence(d, letter_of)}</li>" for d in c.divergences]
        det += [f"<li>{link}<br>{_detail(d, letter_of)}</li>" for d in c.details]
    none = '<p class="nc-muted">None.</p>'
    return (f'<h2 id="divergences">Divergences ({len(div)})</h2>'
            + (f'<ul class="nc-list">{"".join(div)}</ul>' if div else none)
            + f'<h2 id="details">Details ({len(det)})</h2>'
            + (f'<ul class="nc-list">{"".join(det)}</ul>' if det else none))


def _n(k: int, word: str) -> str:
    return f"{k} {word}" if k == 1 else f"{k} {word}s"


def report_html(reconciliation: Reconciliation, articles: Iterable[Article] | None = None, *,
                title: str = "newsclaims report", open_clusters: Iterable[str] = ()) -> str:
    """The whole report as one HTML document (a str); rows of `open_clusters` (ids) start open."""
    rec = reconciliation
    arts = list(articles) if articles is not None else []
    by_source = {a.source: a for a in arts if isinstance(a, Article)}
    outs = mx.outlets(rec, arts)
    letter_of = mx.letter_map(outs)
    multi, _ = mx.numbered(rec)
    single = [(n, c) for n, c in mx.numbered(rec, show_all=True)[0] if not mx.is_multi(c)]
    k = mx.counts(rec)
    parts = [f"<h1>{escape(title)}</h1>",
             f'<p class="nc-muted">{_n(len(outs), "outlet")} · {_n(k["claims"], "claim")} · '
             f'{_n(k["clusters"], "cluster")}: {k["multi"]} shared by several outlets, {k["single"]} exclusive '
             f'to one · {_n(k["divergences"], "divergence")} · {_n(k["details"], "detail")}</p>',
             "<h2>Outlets</h2>", _key(outs), f'<h2 id="matrix">Agreement matrix ({len(multi)})</h2>', _legend(),
             '<p class="nc-small nc-muted">Open a row to see its claims in context.</p>',
             _matrix(multi, outs, by_source, frozenset(open_clusters)) if multi else '<p class="nc-muted">No claim is shared by two outlets.</p>']
    if single:
        parts.append(f'<details class="nc-more" id="exclusive"><summary>Exclusive to one outlet ({len(single)})'
                     f"</summary>{_matrix(single, outs, by_source, frozenset(open_clusters))}</details>")
    parts.append(_all_findings(multi, letter_of))
    errors = getattr(articles, "errors", None) or []
    if errors:
        items = "".join(f"<li>{escape(': '.join(map(str, e)) if isinstance(e, tuple) else str(e))}</li>"
                        for e in errors)
        parts.append(f'<h2 id="errors">Not read ({len(errors)})</h2><ul class="nc-list">{items}</ul>')
    parts.append('<p class="nc-small nc-muted">Made by newsclaims. This file loads nothing from the network.</p>')
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>{escape(title)}</title><style>{CSS}</style></head>\n<body>\n"
            + "\n".join(parts) + "\n</body></html>\n")
