"""Build examples/quickstart.ipynb from examples/quickstart.py (cells start at `# %%`).

    python examples/build_notebook.py

Markdown cells are `# %% [markdown]` blocks of `# ` comment lines. The notebook is written
without outputs; tests/test_notebook.py checks it matches the script and executes it.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPT, NOTEBOOK = HERE / "quickstart.py", HERE / "quickstart.ipynb"


def cells(source: str) -> list[tuple[str, str]]:
    """`[(cell_type, text)]` of a percent-format script."""
    out = []
    for block in re.split(r"^# %%", source, flags=re.M)[1:]:
        head, _, body = block.partition("\n")
        body = body.strip("\n")
        if "[markdown]" in head:
            out.append(("markdown", "\n".join(re.sub(r"^# ?", "", ln) for ln in body.splitlines())))
        else:
            out.append(("code", body))
    return out


def build() -> "nbformat.NotebookNode":  # noqa: F821
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                   "language_info": {"name": "python"}}
    for kind, text in cells(SCRIPT.read_text(encoding="utf-8")):
        make = nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell
        nb.cells.append(make(text))
    for i, cell in enumerate(nb.cells):  # stable ids, so rebuilding gives the same file
        cell.id = f"cell-{i}"
    return nb


if __name__ == "__main__":
    import nbformat

    nbformat.write(build(), NOTEBOOK)
    print(f"wrote {NOTEBOOK}", file=sys.stderr)
