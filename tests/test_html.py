"""The HTML report: structure and escaping on a hand-made reconciliation, then the corpus report
rendered by a real headless Chromium (DOM, screenshot, no network request, no console error)."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import newsclaims
from newsclaims import ClaimCluster, Detail, Divergence, Reconciliation
from newsclaims.models import Claim
from newsclaims.render import report_html

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

EVIL = "<script>alert('x')</script> [bold]no[/bold] ships & boats"
TEXTS = {
    "alpha": "Storm closes city port\n\nThe city council said on Monday that the port will close for three days. "
             "Officials expect losses of 2 million dollars.\n\nA spokesperson said " + EVIL + " were damaged.\n",
    "beta": "Port shut as storm nears\n\nThe port will close for five days, the council said. No ships were "
            "damaged, the harbour master in the northern district said.\n\nFishermen were told to stay ashore.\n",
    "gamma": "Storm update\n\nThe council announced the port will close for three days. Schools remain open.\n",
}


def _claim(article, phrase, kind="statement"):
    start = article.text.index(phrase)
    end = start + len(phrase)
    para = next(p.index for p in article.paragraphs if p.start <= start < p.end)
    return Claim(id=f"{article.source}#{start}-{end}", source=article.source, paragraph=para, start=start,
                 end=end, text=phrase, kind=kind)


def sample():
    """Three short articles and a reconciliation with every verdict, a divergence and a detail."""
    arts = {s: newsclaims.parse_article(t, s) for s, t in TEXTS.items()}
    a, b, g = arts["alpha"], arts["beta"], arts["gamma"]
    close = [_claim(a, "the port will close for three days"), _claim(b, "The port will close for five days"),
             _claim(g, "the port will close for three days")]
    ships = [_claim(a, "A spokesperson said " + EVIL + " were damaged."),
             _claim(b, "No ships were damaged, the harbour master in the northern district said.")]
    clusters = [
        ClaimCluster(id="c-close", claims=close, sources=["alpha", "beta", "gamma"],
                     summary="The port will close for three days",
                     verdicts={"alpha": "agrees", "beta": "diverges", "gamma": "agrees"},
                     divergences=[Divergence(kind="number", sources=["beta"], versus=["alpha", "gamma"],
                                             explanation="five days vs three days")]),
        ClaimCluster(id="c-ships", claims=ships, sources=["alpha", "beta"], summary=EVIL + " were damaged",
                     verdicts={"alpha": "agrees", "beta": "adds_detail"},
                     details=[Detail(source="beta", text="the northern district")]),
        ClaimCluster(id="c-loss", claims=[_claim(a, "Officials expect losses of 2 million dollars.")],
                     sources=["alpha"], summary="Officials expect losses of 2 million dollars.",
                     verdicts={"alpha": "exclusive"}),
        ClaimCluster(id="c-fish", claims=[_claim(b, "Fishermen were told to stay ashore.")], sources=["beta"],
                     summary="Fishermen were told to stay ashore.", verdicts={"beta": "exclusive"}),
        ClaimCluster(id="c-school", claims=[_claim(g, "Schools remain open.")], sources=["gamma"],
                     summary="Schools remain open.", verdicts={"gamma": "exclusive"}),
    ]
    return list(arts.values()), Reconciliation(sources=["alpha", "beta", "gamma"], clusters=clusters)


class _Tree(HTMLParser):
    """Tags with attributes, text, the text under each `<mark>`, style sheets; checks tag balance."""

    VOID = {"meta", "br", "img", "link", "input", "hr", "source", "wbr"}

    def __init__(self):
        super().__init__()
        self.tags, self.marks, self.stack, self.text, self.css = [], [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)
        if tag == "mark":
            self.marks.append("")

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}> after {self.stack[-3:]}"
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "style":
            self.css.append(data)
            return
        self.text.append(data)
        if "mark" in self.stack:
            self.marks[-1] += data


def parse(page: str) -> _Tree:
    tree = _Tree()
    tree.feed(page)
    tree.close()
    assert tree.stack == [], tree.stack
    return tree


FETCHING = {"src", "srcset", "action", "formaction", "poster", "data", "background", "ping", "manifest", "xlink:href"}


def external_refs(page: str) -> list[str]:
    """Everything in the document that points outside it: any src-like attribute, any href that
    is not a '#fragment', any url() or @import in a style sheet or style attribute."""
    tree = parse(page)
    refs = []
    for tag, attrs in tree.tags:
        for name, value in attrs.items():
            if name in FETCHING or (name == "href" and not (value or "").startswith("#")):
                refs.append(f"<{tag} {name}={value!r}>")
        if tag == "link" or (tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh"):
            refs.append(f"<{tag} {attrs}>")
    styles = tree.css + [a["style"] for _, a in tree.tags if a.get("style")]
    refs += [m for css in styles for m in re.findall(r"url\s*\([^)]*\)|@import[^;]*", css, re.I)]
    return refs


def test_report_structure_and_escaping():
    arts, rec = sample()
    page = report_html(rec, arts)
    tree = parse(page)
    # no script element, no external reference, and the article's markup only as text
    assert not [t for t, _ in tree.tags if t in ("script", "img", "link", "iframe")]
    assert external_refs(page) == []
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert EVIL + " were damaged" in "".join(tree.text)
    # every cluster is one <details> row; the multi-outlet ones in the main matrix
    rows = [a["data-cluster"] for t, a in tree.tags if t == "details" and "data-cluster" in a]
    assert rows == ["c-close", "c-ships", "c-loss", "c-fish", "c-school"]
    cells = [(a["data-source"], a["data-verdict"]) for t, a in tree.tags if t == "span" and "data-verdict" in a]
    assert cells[:5] == [("alpha", "agrees"), ("beta", "diverges"), ("gamma", "agrees"),
                         ("alpha", "agrees"), ("beta", "adds_detail")]
    assert ("gamma", "exclusive") in cells
    # the claim span is marked inside its paragraph, exactly at its offsets
    assert "the port will close for three days" in tree.marks
    assert "The city council said on Monday that <mark>the port will close for three days</mark>. " in page
    assert "A spokesperson said " + EVIL + " were damaged." in tree.marks
    # divergences and details name both sides (outlet letters A, B, C)
    text = " ".join("".join(tree.text).split())
    assert "number: B vs A, C — five days vs three days" in text
    assert "B adds the northern district" in text


def test_report_without_articles_marks_claim_text():
    _, rec = sample()
    tree = parse(report_html(rec))
    assert "The port will close for five days" in tree.marks
    assert "harbour" not in "".join(tree.marks[:3])  # no context without the articles


def test_context_of_a_claim_is_clipped_around_the_span():
    from newsclaims.render.html import claim_context

    text = "Lead.\n\n" + "word " * 400 + "KEY CLAIM here. " + "tail " * 400 + "\n"
    art = newsclaims.parse_article(text, "long")
    claim = _claim(art, "KEY CLAIM here.")
    ctx = claim_context(claim, art)
    assert "<mark>KEY CLAIM here.</mark>" in ctx
    assert ctx.startswith("…") and ctx.endswith("…") and len(ctx) < 800


# ---------------------------------------------------------------- the browser
def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         "--disable-default-apps", "--mute-audio", "--enable-logging=stderr", "--v=1"]


def run_browser(page: Path, tmp: Path, *extra: str) -> tuple[str, str, list[str]]:
    """`(stdout, stderr, urls)`: the browser's output and the URLs of the requests the page made."""
    netlog = tmp / f"net-{len(list(tmp.iterdir()))}.json"
    cmd = [chromium(), *FLAGS, f"--user-data-dir={tmp / 'profile'}", f"--log-net-log={netlog}",
           *extra, page.as_uri()]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, done.stderr, page_requests(netlog)


def page_requests(netlog: Path) -> list[str]:
    """URLs of the network requests a page started, from Chrome's NetLog (one event a line).

    The browser's own background requests (update checks, account probes) carry the initiator
    'not an origin'; anything a document loads carries the document's origin ('null' for file://).
    """
    assert netlog.exists(), "chromium wrote no NetLog"
    lines = netlog.read_text(encoding="utf-8", errors="replace").splitlines()
    kinds = json.loads(lines[0].rstrip(",") + "}")["constants"]["logEventTypes"]
    start = kinds["URL_REQUEST_START_JOB"]
    urls = []
    for line in lines[1:]:
        line = line.rstrip().rstrip(",")
        if not line.startswith("{"):
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError:  # the last line of a log cut short at exit
            continue
        params = event.get("params") or {}
        if event.get("type") == start and "url" in params and params.get("initiator") != "not an origin":
            urls.append(params["url"])
    return urls


def console_messages(stderr: str) -> list[str]:
    """Every console message of the page (Chrome logs them as INFO:CONSOLE whatever their level;
    the report has no script, so any message is an error, a CSP refusal or a warning)."""
    return [ln for ln in stderr.splitlines() if re.search(r":CONSOLE[:(]", ln)]


needs_browser = pytest.mark.skipif(chromium() is None, reason="no chromium binary on PATH "
                                   "(.ci/run installs Debian's chromium with apt-get; apt failed or was not run)")


@needs_browser
def test_browser_checks_can_fail(tmp_path):
    """A control page that fetches an image and logs an error: both detectors must see it."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/nc-canary.png">'
                   '<script>console.error("nc-canary")</script></body></html>', encoding="utf-8")
    _, err, urls = run_browser(bad, tmp_path, "--dump-dom")
    assert any("nc-canary.png" in u for u in urls), urls
    assert any("nc-canary" in ln for ln in console_messages(err)), err[-3000:]


@needs_browser
def test_corpus_report_in_headless_chromium(tmp_path):
    articles = newsclaims.load_corpus(CORPUS)
    rec = newsclaims.reconcile(articles)
    page = tmp_path / "report.html"
    page.write_text(report_html(rec, articles), encoding="utf-8")
    assert external_refs(page.read_text(encoding="utf-8")) == []

    dom, err, urls = run_browser(page, tmp_path, "--dump-dom")
    assert urls == [], f"the report made network requests: {urls}"
    assert console_messages(err) == [], console_messages(err)
    tree = parse(dom)
    rows = [a["data-cluster"] for t, a in tree.tags if t == "details" and "data-cluster" in a]
    assert rows == [c.id for c in rec.clusters if len({k.source for k in c.claims} | set(c.sources)) > 1] + \
        [c.id for c in rec.clusters if len({k.source for k in c.claims} | set(c.sources)) == 1]
    cells = {(a["data-source"], a["data-verdict"]) for t, a in tree.tags if t == "span" and "data-verdict" in a}
    assert cells == {(s, v) for c in rec.clusters for s, v in c.verdicts.items()}
    assert len(tree.marks) == sum(len(c.claims) for c in rec.clusters)

    shot = tmp_path / "report.png"
    _, err, urls = run_browser(page, tmp_path, f"--screenshot={shot}", "--window-size=1280,900",
                               "--hide-scrollbars")
    assert urls == [] and console_messages(err) == []
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


@needs_browser
def test_sample_report_escapes_in_the_browser(tmp_path):
    arts, rec = sample()
    page = tmp_path / "sample.html"
    page.write_text(report_html(rec, arts), encoding="utf-8")
    dom, err, urls = run_browser(page, tmp_path, "--dump-dom")
    assert urls == [] and console_messages(err) == []
    tree = parse(dom)
    assert not [t for t, _ in tree.tags if t == "script"]  # the article's <script> stayed text
    assert EVIL in "".join(tree.text)


def test_open_clusters_start_open():
    arts, rec = sample()
    tree = parse(report_html(rec, arts, open_clusters=["c-ships", "c-fish"]))
    opened = [a["data-cluster"] for t, a in tree.tags if t == "details" and "open" in a and "data-cluster" in a]
    assert opened == ["c-ships", "c-fish"]
