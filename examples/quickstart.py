# %% [markdown]
# # newsclaims quickstart
#
# Five outlets' articles on one story: which claims they share, who adds detail, who diverges.
# This script is the source of `quickstart.ipynb` (cells start at `# %%`); rebuild the notebook
# with `python examples/build_notebook.py`. Run it from the project root or from `examples/`.

# %%
from pathlib import Path

import newsclaims

CORPUS = next(p for p in (Path("corpus"), Path("../corpus")) if p.is_dir())
articles = newsclaims.load_corpus(CORPUS)
[(a.source, a.title) for a in articles]

# %% [markdown]
# An article shows its paragraphs with their kinds (title, body, boilerplate, ...) and its
# claims highlighted; the claims are extracted when the article is first displayed.

# %%
articles[1]

# %% [markdown]
# Reconcile the outlets. The report displays as the agreement matrix: one row per claim shared
# by several outlets, one column per outlet, one symbol per verdict.

# %%
report = newsclaims.reconcile(articles)
report

# %% [markdown]
# The same as DataFrames (pandas, the `notebook` extra): the matrix, and one row per claim.

# %%
matrix = report.matrix_dataframe()
matrix[matrix.notna().sum(axis=1) > 1]

# %%
claims = report.to_dataframe()
claims[claims.verdict.isin(["diverges", "adds_detail"])][["cluster", "source", "verdict", "kind", "text"]]

# %%
for cluster in report.clusters:
    for d in cluster.divergences:
        print(f"{d.kind}: {d.sources} vs {d.versus}: {d.explanation}")
    for detail in cluster.details:
        print(f"detail: {detail.source} adds {detail.text}")

# %% [markdown]
# A self-contained HTML report (no network, no script) to share or open in a browser.

# %%
import tempfile

from newsclaims.render import report_html

page = Path(tempfile.gettempdir()) / "newsclaims-report.html"
page.write_text(report_html(report, articles), encoding="utf-8")
print(f"{len(report.clusters)} clusters; report written to {page}")
