"""The `newsclaims` command: every subcommand and output format, exit codes, progress, errors.

In-process tests run `cli.main` on the hand-made reconciliation of test_html.sample (so the
matrix, divergences and details are known exactly); subprocess tests run the real pipeline on
corpus/ through `python -m newsclaims.render.cli`, as a user would.
"""
from __future__ import annotations

import inspect
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsclaims
from newsclaims import Article, Claim, Reconciliation
from newsclaims.render import cli
from test_html import CORPUS, EVIL, sample

SOURCES = sorted(p.stem for p in CORPUS.glob("*.txt"))


def run(*args, cwd=None):
    env = {**os.environ, "COLUMNS": "120", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "newsclaims.render.cli", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=cwd, timeout=600)


class Loaded(list):
    """What a loader with on_error="collect" returns: articles plus `.errors`."""

    def __init__(self, items, errors=()):
        super().__init__(items)
        self.errors = list(errors)


@pytest.fixture
def fake(monkeypatch, tmp_path):
    """Make `load_corpus` return the sample articles and `reconcile` the sample reconciliation."""
    arts, rec = sample()
    state = {"errors": [], "calls": []}

    def load_corpus(path, *, on_error="raise"):
        state["calls"].append(on_error)
        return Loaded(arts, state["errors"])

    monkeypatch.setattr(newsclaims, "load_corpus", load_corpus)
    monkeypatch.setattr(newsclaims, "reconcile", lambda items: rec)
    monkeypatch.setenv("COLUMNS", "110")
    state.update(arts=arts, rec=rec, path=str(tmp_path))
    return state


# ------------------------------------------------------------ in process, known answer
def test_reconcile_terminal_matrix_legend_and_findings(fake, capsys):
    assert cli.main(["reconcile", fake["path"]]) == 0
    out = capsys.readouterr().out
    rows = [ln for ln in out.splitlines() if ln.startswith("│")]
    assert len(rows) == 2  # the two multi-outlet clusters; the three exclusive ones are counted
    assert [c.strip() for c in rows[0].split("│")[3:6]] == ["✓", "≠", "✓"]
    assert [c.strip() for c in rows[1].split("│")[3:6]] == ["✓", "+", ""]
    assert "The port will close for three days" in rows[0]
    assert "[bold]no[/bold]" in rows[1]  # article text is not rich markup
    assert "Legend: ✓ agrees   + adds detail   ≠ diverges   ● exclusive" in out
    assert "3 exclusive to one (3 not shown; use --all to list them)" in out
    assert "number: B vs A, C — five days vs three days" in out
    assert "B adds the northern district" in out
    for source in ("alpha", "beta", "gamma"):
        assert source in out
    assert fake["calls"] == ["collect"]


def test_reconcile_all_lists_every_cluster(fake, capsys):
    assert cli.main(["reconcile", "--all", fake["path"]]) == 0
    rows = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("│")]
    assert [r.split("│")[1].strip() for r in rows] == ["1", "2", "3", "4", "5"]
    assert [c.strip() for c in rows[4].split("│")[3:6]] == ["", "", "●"]


def test_reconcile_summaries_are_cut_to_the_terminal(fake, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    assert cli.main(["reconcile", fake["path"]]) == 0
    out = capsys.readouterr().out
    assert max(len(ln) for ln in out.splitlines() if ln.startswith("│")) <= 60
    assert "…" in out


def test_reconcile_markdown(fake, capsys):
    assert cli.main(["reconcile", "--markdown", fake["path"]]) == 0
    out = capsys.readouterr().out
    assert "| 1 | The port will close for three days | ✓ | ≠ | ✓ |" in out
    assert r"\<script\>alert('x')\</script\> \[bold\]no\[/bold\]" in out
    assert "- **#1** The port will close for three days: *number* — B vs A, C: five days vs three days" in out
    assert "B adds the northern district" in out
    assert "3 clusters exclusive to one outlet are not shown" in out


def test_reconcile_json_is_the_reconciliation(fake, capsys):
    assert cli.main(["reconcile", "--json", fake["path"]]) == 0
    assert Reconciliation.model_validate_json(capsys.readouterr().out) == fake["rec"]


def test_reconcile_html_to_file_and_to_stdout(fake, capsys, tmp_path):
    target = tmp_path / "report.html"
    assert cli.main(["reconcile", "--html", str(target), fake["path"]]) == 0
    out, err = capsys.readouterr()
    assert out == "" and f"wrote {target}" in err
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'data-cluster="c-close"' in page
    assert cli.main(["reconcile", "--html", "-", fake["path"]]) == 0
    assert capsys.readouterr().out == page
    assert cli.main(["reconcile", "--json", "--html", str(target), fake["path"]]) == 0
    assert Reconciliation.model_validate_json(capsys.readouterr().out) == fake["rec"]


def test_usage_errors_exit_2(fake, capsys):
    assert cli.main(["reconcile", "--html", "-", "--json", fake["path"]]) == 2
    assert "cannot be combined" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        cli.main(["reconcile", "--json", "--markdown", fake["path"]])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        cli.main([])
    assert exc.value.code == 2


def test_failed_articles_are_listed_and_exit_1(fake, capsys):
    fake["errors"][:] = [("broken.txt", "not valid UTF-8 at byte 0"), ("empty.md", "the text is empty")]
    assert cli.main(["reconcile", fake["path"]]) == 1
    out, err = capsys.readouterr()
    assert "newsclaims: skipped broken.txt: not valid UTF-8 at byte 0" in err
    assert "newsclaims: skipped empty.md: the text is empty" in err
    assert "Agreement matrix" in out  # the good articles were still reconciled


def test_loader_without_on_error_still_works(monkeypatch, capsys, tmp_path):
    arts, rec = sample()
    monkeypatch.setattr(newsclaims, "load_corpus", lambda path: list(arts))
    monkeypatch.setattr(newsclaims, "reconcile", lambda items: rec)
    assert cli.main(["reconcile", "--json", str(tmp_path)]) == 0
    assert Reconciliation.model_validate_json(capsys.readouterr().out) == rec


def test_library_errors_are_one_line_exit_2(monkeypatch, capsys, tmp_path):
    def broken(path, *, on_error="raise"):
        raise newsclaims.UnknownFormatError("cannot read .pdf files", source="x.pdf")

    monkeypatch.setattr(newsclaims, "load_corpus", broken)
    assert cli.main(["parse", str(tmp_path)]) == 2
    assert capsys.readouterr().err == "newsclaims: error: x.pdf: cannot read .pdf files\n"


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal_and_not_quiet(monkeypatch):
    monkeypatch.setattr(sys, "stderr", _Tty())
    with cli.progress(5, False, "extracting claims", 5) as advance:
        advance(5)
    assert "extracting claims" in sys.stderr.getvalue()
    for n, quiet in ((5, True), (cli.FEW, False)):
        monkeypatch.setattr(sys, "stderr", _Tty())
        with cli.progress(n, quiet, "extracting claims", n) as advance:
            advance(n)
        assert sys.stderr.getvalue() == ""
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # not a terminal
    with cli.progress(50, False, "extracting claims", 50) as advance:
        advance(50)
    assert sys.stderr.getvalue() == ""


def test_ascii_symbols_when_the_console_cannot_encode_them():
    from rich.console import Console

    from newsclaims.render.terminal import symbols_for

    assert symbols_for(Console(file=io.StringIO())) ["diverges"] in ("≠", "!")
    ascii_console = Console(file=io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    assert set(symbols_for(ascii_console).values()) <= set("=+!* ")


# ------------------------------------------------------------ subprocess, real pipeline on corpus/
def test_reconcile_corpus_terminal():
    done = run("reconcile", CORPUS)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    for source in SOURCES:
        assert source in done.stdout
    assert "Legend:" in done.stdout and "Divergences" in done.stdout and "Details" in done.stdout


@pytest.fixture(scope="module")
def corpus_rec():
    return newsclaims.reconcile(newsclaims.load_corpus(CORPUS))


def test_reconcile_corpus_json_equals_the_library(corpus_rec):
    done = run("reconcile", "--json", "--quiet", CORPUS)
    assert done.returncode == 0, done.stderr
    rec = Reconciliation.model_validate_json(done.stdout)
    assert rec == corpus_rec
    assert rec.sources == SOURCES


def test_reconcile_corpus_markdown_and_html(tmp_path, corpus_rec):
    done = run("reconcile", "--markdown", "--html", tmp_path / "r.html", CORPUS)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# Claim reconciliation") and "## Agreement matrix" in done.stdout
    shared = [c for c in corpus_rec.clusters if len({k.source for k in c.claims}) > 1]
    assert len(re.findall(r"^\| \d+ \| ", done.stdout, re.M)) == len(shared)  # one matrix row each
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count('class="nc-row"') == len(corpus_rec.clusters)


def test_parse_corpus_terminal_and_jsonl():
    done = run("parse", CORPUS)
    assert done.returncode == 0, done.stderr
    for source in SOURCES:
        assert source in done.stdout
    assert "kind" in done.stdout and "body" in done.stdout
    done = run("parse", "--json", CORPUS)
    assert done.returncode == 0, done.stderr
    arts = [Article.model_validate_json(line) for line in done.stdout.splitlines()]
    assert sorted(a.source for a in arts) == SOURCES
    for a in arts:  # the text is the file, unmodified, and paragraphs have kinds
        assert a.text == (CORPUS / f"{a.source}.txt").read_bytes().decode("utf-8")
        assert a.paragraphs and {p.kind for p in a.paragraphs} >= {"body"}


def test_extract_corpus_jsonl():
    done = run("extract", CORPUS)
    assert done.returncode == 0, done.stderr
    claims = [Claim.model_validate_json(line) for line in done.stdout.splitlines()]
    assert claims and {c.source for c in claims} == set(SOURCES)
    texts = {s: (CORPUS / f"{s}.txt").read_bytes().decode("utf-8") for s in SOURCES}
    assert all(texts[c.source][c.start:c.end] == c.text for c in claims)


def test_schema_is_the_models_json_schema(capsys):
    done = run("schema")
    assert done.returncode == 0
    assert json.loads(done.stdout) == Reconciliation.model_json_schema()
    assert cli.main(["schema", "claim"]) == 0
    assert json.loads(capsys.readouterr().out) == Claim.model_json_schema()
    assert cli.main(["schema", "article"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Article"


def test_missing_path_exits_2_without_traceback(tmp_path):
    done = run("reconcile", tmp_path / "nope")
    assert done.returncode == 2
    assert done.stderr == f"newsclaims: error: no such file or directory: {tmp_path / 'nope'}\n"
    assert done.stdout == ""


def test_empty_folder_and_no_arguments_exit_2(tmp_path, capsys):
    done = run("parse", tmp_path)
    assert done.returncode == 2 and done.stderr.startswith("newsclaims: error:")
    assert "Traceback" not in done.stderr
    with pytest.raises(SystemExit) as exc:
        cli.main([])
    assert exc.value.code == 2 and "usage:" in capsys.readouterr().err


def test_unknown_format_exits_2(tmp_path):
    odd = tmp_path / "story.pdf"
    odd.write_bytes(b"%PDF-1.4 not an article")
    done = run("reconcile", odd)
    assert done.returncode == 2, (done.stdout[-500:], done.stderr)
    assert done.stderr.startswith("newsclaims: error:") and "Traceback" not in done.stderr


@pytest.mark.skipif("on_error" not in inspect.signature(newsclaims.load_corpus).parameters,
                    reason="load_corpus has no on_error (the parser does not collect failures yet)")
def test_a_bad_file_in_a_folder_exits_1(tmp_path, capsys):
    good = sorted(CORPUS.glob("*.txt"))[1]
    (tmp_path / good.name).write_bytes(good.read_bytes())
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\xfa not UTF-8 \x80\x81")
    done = run("reconcile", tmp_path)
    assert done.returncode == 1, done.stderr
    assert "broken" in done.stderr and "Traceback" not in done.stderr
    assert good.stem in done.stdout
    for command in (["parse", "--json"], ["extract"]):  # the same in process, for the other commands
        assert cli.main([*command, str(tmp_path)]) == 1, command
        out, err = capsys.readouterr()
        assert err.startswith("newsclaims: skipped ") and "broken.txt" in err and good.stem in out


def test_entries_that_are_not_articles_are_named_but_do_not_fail(tmp_path):
    good = sorted(CORPUS.glob("*.txt"))[1]
    (tmp_path / good.name).write_bytes(good.read_bytes())
    (tmp_path / "chart.png").write_bytes(b"\x89PNG")
    done = run("parse", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "newsclaims: not read, not articles (1): chart.png" in done.stderr
    assert good.stem in done.stdout


def test_console_script_is_installed():
    script = Path(sys.executable).with_name("newsclaims")
    if not script.exists():
        pytest.skip(f"no console script next to {sys.executable} (package not installed with pip)")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"newsclaims {newsclaims.__version__}"


def test_sample_text_stays_text_in_terminal_output(fake, capsys):
    assert cli.main(["reconcile", fake["path"]]) == 0
    assert EVIL.split(" [")[0] in capsys.readouterr().out


def test_a_closed_pipe_ends_quietly():
    """`newsclaims reconcile --all corpus | head -1`: no traceback, exit 0. The pipe is shrunk to
    one page so the output cannot fit in it and the write after `head` exits really fails."""
    fcntl = pytest.importorskip("fcntl")
    read, write = os.pipe()
    try:
        fcntl.fcntl(write, getattr(fcntl, "F_SETPIPE_SZ", 1031), 4096)
    except OSError:
        pytest.skip("cannot shrink a pipe here")
    env = {**os.environ, "COLUMNS": "120", "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen([sys.executable, "-m", "newsclaims.render.cli", "reconcile", "--all", str(CORPUS)],
                            stdout=write, stderr=subprocess.PIPE, env=env)
    os.close(write)
    with os.fdopen(read, "rb") as out:
        assert out.readline()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=600) == 0, err
    assert "Traceback" not in err and "Exception" not in err, err
