"""Output: the `newsclaims` command (`cli`), the HTML report (`html`), Markdown (`markdown`),
terminal tables (`terminal`), notebook display (`notebook`) and DataFrames (`frames`).

    >>> from newsclaims.render import report_html
    >>> Path("report.html").write_text(report_html(report, articles), encoding="utf-8")
"""
from __future__ import annotations

from .html import report_html
from .markdown import reconciliation_markdown

__all__ = ["reconciliation_markdown", "report_html"]
