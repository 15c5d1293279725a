"""No network at run time: with every socket connection refused, the whole pipeline
(load_corpus + reconcile) runs on the corpus and on an HTML page.

The main check runs in a fresh interpreter, so that loading spaCy, the gazetteer and trafilatura
happens with the network already blocked (in this process they may be cached by other tests).
"""
from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HTML = """<!DOCTYPE html><html><head><title>Bridge reopens after repairs</title>
<meta property="og:site_name" content="City Times"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-05-29">
<link rel="stylesheet" href="https://cdn.example.com/site.css"><script src="https://ads.example.com/a.js"></script>
<style>body{font-family:serif}</style><script>fetch('https://tracker.example.com/p')</script></head>
<body><nav><a href="https://example.com/">Home</a></nav><article><h1>Bridge reopens after repairs</h1>
<img src="https://img.example.com/bridge.jpg" alt="The bridge">
<p>The city council said on Monday that the bridge would reopen on Friday after three weeks of repairs.</p>
<p>&ldquo;We are glad to see traffic moving again,&rdquo; the mayor told reporters, adding that repairs cost
$4.5 million.</p><iframe src="https://video.example.com/embed/1"></iframe>
<p>Police said about 30% of commuters had switched to buses while the bridge was closed.</p>
</article><footer>&copy; City Times</footer></body></html>
"""

BLOCK = """
import socket

class NetworkBlocked(OSError):
    pass

def refuse(*args, **kwargs):
    raise NetworkBlocked(f"network access attempted: {args[1:] or args}")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
"""


def test_whole_pipeline_in_a_fresh_process_without_network(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    script = BLOCK + textwrap.dedent(f"""
        import newsclaims
        from newsclaims.nlp import get_nlp
        nlp = get_nlp(strict=True)  # the trained model, loaded from disk
        corpus = newsclaims.load_corpus({str(ROOT / "corpus")!r})
        rec = newsclaims.reconcile(corpus)
        assert len(corpus) == 5 and rec.clusters, "corpus"
        page = newsclaims.load_corpus({str(tmp_path)!r})
        assert "bridge would reopen" in page[0].text, page[0].text
        both = newsclaims.reconcile(list(corpus) + list(page))
        assert "page" in both.sources
        assert newsclaims.extract_claims(page[0])
        try:
            socket.create_connection(("example.com", 80))
        except OSError as exc:
            assert "network access attempted" in str(exc)
        else:
            raise SystemExit("the block did not work")
        print("ok", len(rec.clusters), len(both.clusters))
    """)
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert p.returncode == 0, p.stderr[-3000:]
    assert p.stdout.startswith("ok")
    assert "network access attempted" not in p.stderr


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted")

    for target, name in ((socket.socket, "connect"), (socket.socket, "connect_ex"), (socket, "create_connection"),
                         (socket, "getaddrinfo")):
        monkeypatch.setattr(target, name, refuse)
    yield attempts


def test_in_process_pipeline_makes_no_connection(no_network, tmp_path):
    import newsclaims

    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    page = newsclaims.load_corpus(tmp_path / "page.html")
    assert page[0].outlet == "City Times" and page[0].published == "2025-05-29"
    corpus = newsclaims.load_corpus(ROOT / "corpus")
    rec = newsclaims.reconcile(list(corpus) + list(page))
    assert rec.clusters and "page" in rec.sources
    assert no_network == []
