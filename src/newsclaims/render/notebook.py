"""Rich display in Jupyter: `Reconciliation._repr_html_` and `Article._repr_html_` call these.

`reconciliation_html` is the compact agreement matrix (multi-outlet clusters, at most
`MAX_ROWS` rows) with the outlet key; `article_html` shows each paragraph with its kind and the
article's claims marked, extracting them on first display (`newsclaims.extract_claims`). Both
are HTML fragments with their own scoped `<style>` (classes prefixed `ncnb-`), all text escaped.
"""
from __future__ import annotations

from html import escape

from ..models import CONTENT_KINDS, Article, Reconciliation
from . import matrix as mx

MAX_ROWS = 40

STYLE = """<style>
.ncnb{font-family:system-ui,sans-serif;font-size:13px;line-height:1.4}
.ncnb table{border-collapse:collapse}.ncnb td,.ncnb th{padding:2px 6px;border-bottom:1px solid #eee;text-align:left}
.ncnb td.v{text-align:center;font-weight:700;min-width:1.8em}
.ncnb .agrees{color:#1b7f3b;background:#dcf3e3}.ncnb .adds_detail{color:#0b5fa5;background:#dbeafb}
.ncnb .diverges{color:#b3261e;background:#fbe0dd}.ncnb .exclusive{color:#5f6368;background:#ececec}
.ncnb .muted{color:#777}.ncnb .kind{font-size:11px;color:#555;border:1px solid #ccc;border-radius:3px;padding:0 4px}
.ncnb p.para{margin:4px 0}.ncnb p.dim{color:#999}.ncnb mark{background:#fff1a8;border-radius:2px}
</style>"""


def reconciliation_html(rec: Reconciliation) -> str:
    """The compact matrix: outlet key, multi-outlet clusters x outlets, counts."""
    outs = mx.outlets(rec)
    shown, hidden = mx.numbered(rec)
    k = mx.counts(rec)
    key = ", ".join(f"<b>{escape(o.letter)}</b> {escape(o.source)}" for o in outs)
    head = "".join(f'<th title="{escape(o.source)}">{escape(o.letter)}</th>' for o in outs)
    rows = []
    for n, c in shown[:MAX_ROWS]:
        cells = []
        for o in outs:
            v = mx.verdict(c, o.source)
            sym = "" if v is None else mx.SYMBOLS.get(v, mx.UNKNOWN)
            cells.append(f'<td class="v {escape(v or "")}" title="{escape(mx.LABELS.get(v, str(v)))}">{sym}</td>')
        rows.append(f"<tr><td class=\"muted\">{n}</td><td>{escape(mx.one_line(c.summary, 90))}</td>"
                    f"{''.join(cells)}</tr>")
    more = f"<tr><td></td><td class=\"muted\">… {len(shown) - MAX_ROWS} more rows</td></tr>" \
        if len(shown) > MAX_ROWS else ""
    legend = " ".join(f'<span class="{v}">{mx.SYMBOLS[v]}</span> {escape(mx.LABELS[v])}' for v in mx.VERDICTS)
    return (f'{STYLE}<div class="ncnb"><div>Reconciliation of {len(outs)} outlets: {k["clusters"]} clusters, '
            f'{k["multi"]} shared, {k["single"]} exclusive ({hidden} not in the matrix), '
            f'{k["divergences"]} divergences, {k["details"]} details.</div>'
            f'<div class="muted">{key}</div>'
            f'<table><tr><th>#</th><th>claim</th>{head}</tr>{"".join(rows)}{more}</table>'
            f'<div class="muted">{legend}</div></div>')


def _marked(text: str, start: int, spans: list[tuple[int, int, str]]) -> str:
    """`text` (which begins at article offset `start`) escaped, with the spans in `<mark>`."""
    out, pos = [], start
    for s, e, title in spans:
        s, e = max(s, pos), min(e, start + len(text))
        if s >= e:
            continue
        out.append(escape(text[pos - start:s - start]))
        out.append(f'<mark title="{escape(title)}">{escape(text[s - start:e - start])}</mark>')
        pos = e
    out.append(escape(text[pos - start:]))
    return "".join(out)


def article_html(article: Article) -> str:
    """Metadata, then every paragraph with its kind; claims marked in content paragraphs."""
    from .. import extract_claims

    note = ""
    try:
        claims = extract_claims(article)
    except Exception as exc:  # display must not raise; say why there are no highlights
        claims, note = [], f'<div class="muted">claims not extracted: {escape(str(exc))}</div>'
    spans = sorted((c.start, c.end, f"{c.kind}: {c.id}") for c in claims
                   if article.text[c.start:c.end] == c.text)
    meta = " · ".join(escape(str(v)) for v in (article.outlet, article.published, article.byline, article.url) if v)
    paras = []
    for p in article.paragraphs:
        inside = [s for s in spans if s[0] < p.end and s[1] > p.start]
        cls = "para" if p.kind in CONTENT_KINDS else "para dim"
        paras.append(f'<p class="{cls}"><span class="kind">{escape(p.kind)}</span> '
                     f"{_marked(p.text, p.start, inside)}</p>")
    return (f'{STYLE}<div class="ncnb"><div><b>{escape(article.title or article.source)}</b> '
            f'<span class="muted">({escape(article.source)}; {len(article.paragraphs)} paragraphs, '
            f'{len(claims)} claims)</span></div><div class="muted">{meta}</div>{note}{"".join(paras)}</div>')
