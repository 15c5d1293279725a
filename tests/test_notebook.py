"""Notebook display (`_repr_html_`), DataFrames, and the example notebook executed for real.

The notebook runs under nbclient with a throw-away kernel spec whose argv is this interpreter
(`sys.executable -m ipykernel_launcher`), put first on JUPYTER_PATH: nothing is installed in the
user's Jupyter directories, the kernel is always the test's venv whatever `python` is on PATH,
and runtime files go to the test's temporary folder, not $HOME. Without nbclient or ipykernel
the code cells are executed in order with `exec` instead, and the last expression of each cell
is rendered with its `_repr_html_`, as Jupyter would.
"""
from __future__ import annotations

import ast
import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsclaims
from newsclaims.errors import NewsClaimsError, PandasMissingError
from test_html import EVIL, ROOT, TEXTS as TEXTS_BY_SOURCE, parse, sample

EXAMPLES = ROOT / "examples"
NOTEBOOK = EXAMPLES / "quickstart.ipynb"


# ------------------------------------------------------------ _repr_html_
def test_reconciliation_repr_html_is_the_compact_matrix():
    _, rec = sample()
    page = rec._repr_html_()
    tree = parse(page)
    rows = [ln for ln in page.split("<tr>")[2:]]
    assert len(rows) == 2  # the two multi-outlet clusters
    assert '<td class="v diverges"' in rows[0] and '<td class="v adds_detail"' in rows[1]
    assert "5 clusters, 2 shared, 3 exclusive" in page
    assert EVIL + " were damaged" in "".join(tree.text) and "<script>alert" not in page
    assert not [t for t, _ in tree.tags if t == "script"]


def test_article_repr_html_extracts_claims_lazily_and_marks_them(monkeypatch):
    arts, rec = sample()
    article = arts[1]  # beta
    calls = []

    def extract(a):
        calls.append(a.source)
        return [k for c in rec.clusters for k in c.claims if k.source == a.source]

    monkeypatch.setattr(newsclaims, "extract_claims", extract)
    assert calls == []
    page = article._repr_html_()
    assert calls == ["beta"]
    tree = parse(page)
    assert tree.marks == ["The port will close for five days",
                          "No ships were damaged, the harbour master in the northern district said.",
                          "Fishermen were told to stay ashore."]
    kinds = [t for t in tree.text if t in ("title", "heading", "body", "bullet", "boilerplate")]
    assert kinds == [p.kind for p in article.paragraphs]
    assert "3 claims" in page


def test_article_repr_html_survives_an_extraction_error(monkeypatch):
    arts, _ = sample()

    def broken(a):
        raise newsclaims.ModelNotFoundError("no spaCy pipeline")

    monkeypatch.setattr(newsclaims, "extract_claims", broken)
    page = arts[0]._repr_html_()
    assert "claims not extracted: no spaCy pipeline" in page
    assert "&lt;script&gt;" in page and parse(page).marks == []


def test_article_repr_html_with_the_real_extractor():
    article = newsclaims.load_corpus(ROOT / "corpus")[1]
    claims = newsclaims.extract_claims(article)
    tree = parse(article._repr_html_())
    assert claims and len(tree.marks) >= 1
    assert all(m in article.text for m in tree.marks)


# ------------------------------------------------------------ DataFrames
def test_to_dataframe_one_row_per_claim():
    pytest.importorskip("pandas")
    _, rec = sample()
    df = rec.to_dataframe()
    assert len(df) == sum(len(c.claims) for c in rec.clusters) == 8
    assert list(df.columns)[:9] == ["cluster", "source", "verdict", "kind", "stance", "text", "start", "end", "actors"]
    assert {"regions", "attribution", "claim"} <= set(df.columns)
    row = df[(df.cluster == "c-close") & (df.source == "beta")].iloc[0]
    assert row.verdict == "diverges" and row.text == "The port will close for five days"
    assert TEXTS_BY_SOURCE[row.source][row.start:row.end] == row.text
    assert set(df[df.cluster == "c-school"].verdict) == {"exclusive"}
    assert df[df.cluster == "c-school"].iloc[0].actors == []


def test_matrix_dataframe_clusters_by_outlets():
    pd = pytest.importorskip("pandas")
    _, rec = sample()
    m = rec.matrix_dataframe()
    assert m.shape == (5, 3)
    assert list(m.columns) == ["alpha", "beta", "gamma"] and m.index.name == "cluster"
    assert m.loc["c-close"].tolist() == ["agrees", "diverges", "agrees"]
    assert m.loc["c-ships", "beta"] == "adds_detail" and pd.isna(m.loc["c-ships", "gamma"])
    assert (m.notna().sum(axis=1) > 1).sum() == 2


def test_dataframes_without_pandas_raise_a_clear_error(monkeypatch):
    _, rec = sample()
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now raises ImportError
    for method in (rec.to_dataframe, rec.matrix_dataframe):
        with pytest.raises(PandasMissingError, match=r"pip install 'newsclaims\[notebook\]'") as exc:
            method()
        assert isinstance(exc.value, NewsClaimsError)


# ------------------------------------------------------------ the example notebook
def test_notebook_matches_its_script():
    sys.path.insert(0, str(EXAMPLES))
    try:
        import build_notebook
    finally:
        sys.path.remove(str(EXAMPLES))
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    have = [(c["cell_type"], "".join(c["source"])) for c in nb["cells"]]
    assert have == build_notebook.cells(build_notebook.SCRIPT.read_text(encoding="utf-8")), \
        "examples/quickstart.ipynb is stale: run python examples/build_notebook.py"
    assert all(not c.get("outputs") for c in nb["cells"] if c["cell_type"] == "code")


def test_quickstart_script_runs_from_the_project_root():
    done = subprocess.run([sys.executable, str(EXAMPLES / "quickstart.py")], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "report written to" in done.stdout


def _kernel_spec(tmp_path: Path) -> str:
    spec = tmp_path / "jupyter" / "kernels" / "newsclaims-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "newsclaims tests", "language": "python"}), encoding="utf-8")
    return str(tmp_path / "jupyter")


def _run_with_nbclient(tmp_path, monkeypatch) -> list[list[dict]]:
    import nbclient
    import nbformat

    monkeypatch.setenv("JUPYTER_PATH", _kernel_spec(tmp_path))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))  # connection files
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))  # nothing written to $HOME
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, kernel_name="newsclaims-test", timeout=600,
                            resources={"metadata": {"path": str(EXAMPLES)}}).execute()
    return [c.outputs for c in nb.cells if c.cell_type == "code"]


def _run_with_exec(monkeypatch) -> list[list[dict]]:
    """Jupyter's semantics without a kernel: run each code cell, display its last expression."""
    monkeypatch.chdir(EXAMPLES)
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    scope: dict = {"__name__": "__main__"}
    outputs = []
    for cell in (c for c in nb["cells"] if c["cell_type"] == "code"):
        tree = ast.parse("".join(cell["source"]))
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(tree, "<cell>", "exec"), scope)
            value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), scope) if last else None
        out = [{"output_type": "stream", "name": "stdout", "text": printed.getvalue()}]
        if value is not None:
            html = getattr(value, "_repr_html_", lambda: None)()
            out.append({"output_type": "execute_result",
                        "data": {"text/plain": repr(value), **({"text/html": html} if html else {})}})
        outputs.append(out)
    return outputs


def test_quickstart_notebook_executes(tmp_path, monkeypatch):
    try:
        import ipykernel  # noqa: F401
        import nbclient  # noqa: F401
        import nbformat  # noqa: F401
    except ImportError:
        outputs = _run_with_exec(monkeypatch)
    else:
        outputs = _run_with_nbclient(tmp_path, monkeypatch)
    html = ["".join(o.get("data", {}).get("text/html", "")) for cell in outputs for o in cell]
    assert not [o for cell in outputs for o in cell if o.get("output_type") == "error"]
    assert any('class="ncnb"' in h and 'class="kind"' in h and "<mark" in h for h in html), "no article display"
    assert any("Reconciliation of 5 outlets" in h for h in html), "no matrix display"
    assert sum('class="dataframe"' in h for h in html) == 2, "the two DataFrames are not displayed"
    text = "".join("".join(o.get("text", "")) for cell in outputs for o in cell)
    assert "report written to" in text
