"""Render the HTML report of corpus/ in headless Chromium and save a screenshot (docs/report.png).

    python examples/report_screenshot.py [OUT.png] [--open N]

One row of the matrix is opened to show claims in context: the first shared cluster with a
divergence and at most `--claims` claims (else the first shared cluster). Needs a `chromium`
(or Chrome) binary; the browser runs with a throw-away profile and no sandbox.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import newsclaims
from newsclaims.render import report_html

ROOT = Path(__file__).resolve().parents[1]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default=str(ROOT / "docs" / "report.png"))
    ap.add_argument("--claims", type=int, default=5, help="at most this many claims in the open row")
    ap.add_argument("--size", default="1280,1900", help="window size W,H")
    args = ap.parse_args()
    browser = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    if browser is None:
        print("no chromium binary on PATH", file=sys.stderr)
        return 2
    articles = newsclaims.load_corpus(ROOT / "corpus")
    rec = newsclaims.reconcile(articles)
    shared = [c for c in rec.clusters if len({k.source for k in c.claims}) > 1]
    pick = next((c for c in shared if c.divergences and len(c.claims) <= args.claims), shared[0] if shared else None)
    page_html = report_html(rec, articles, open_clusters=[pick.id] if pick else [])
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(page_html, encoding="utf-8")
        subprocess.run([browser, *FLAGS, f"--user-data-dir={tmp}/profile", f"--window-size={args.size}",
                        f"--screenshot={Path(args.out).resolve()}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
