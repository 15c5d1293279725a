"""The `newsclaims` command.

    newsclaims parse PATH [--json]                 articles: metadata, paragraphs with kinds
    newsclaims extract PATH                        claims, one JSON object a line
    newsclaims reconcile PATH [--json | --markdown] [--html FILE] [--all]
    newsclaims schema [reconciliation | article | claim]

PATH is a folder (*.txt, *.html, *.md, *.jsonl) or one file. Articles that cannot be read are
listed on stderr and skipped. Exit status: 0 ok; 1 some articles failed (the rest was
processed); 2 bad usage or input (missing path, no article, unknown format). A progress bar
goes to stderr when more than `FEW` articles are processed, stderr is a terminal and `--quiet`
is not given.
"""
from __future__ import annotations

import argparse
import inspect
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

FEW = 3  # show a progress bar above this many articles
EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A user mistake: printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p = argparse.ArgumentParser(prog="newsclaims", description="Compare news articles claim by claim: "
                                "who agrees, who adds detail, who diverges.")
    p.add_argument("--version", action="version", version=f"newsclaims {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sp = sub.add_parser("parse", parents=[common], help="articles: metadata and paragraphs with kinds")
    sp.add_argument("path", metavar="PATH", help="a folder or one file")
    sp.add_argument("--json", action="store_true", help="one Article as JSON per line (JSONL)")
    sp = sub.add_parser("extract", parents=[common], help="claims as JSONL on stdout")
    sp.add_argument("path", metavar="PATH", help="a folder or one file")
    sp = sub.add_parser("reconcile", parents=[common], help="agreement matrix, divergences and details")
    sp.add_argument("path", metavar="PATH", help="a folder or one file")
    fmt = sp.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print the Reconciliation as JSON")
    fmt.add_argument("--markdown", action="store_true", help="print a Markdown report")
    sp.add_argument("--html", metavar="FILE", help="write a self-contained HTML report to FILE ('-': stdout)")
    sp.add_argument("--all", action="store_true", help="show every cluster, not only those of several outlets")
    sp = sub.add_parser("schema", help="print the JSON Schema of the records")
    sp.add_argument("model", nargs="?", default="reconciliation", choices=["reconciliation", "article", "claim"])
    return p


def _stderr():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _stdout():
    """A rich console on stdout whose broken pipe (`| head`) ends the command like any other."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return _Console(highlight=False)


def _say(msg: str) -> None:
    print(f"newsclaims: {msg}", file=sys.stderr)


def _format_error(err) -> str:
    if isinstance(err, tuple) and len(err) == 2:
        return f"{err[0]}: {err[1]}"
    return str(err)


def load(path: str):
    """`(articles, errors)`; collects per-file failures when the loader supports it."""
    from .. import load_corpus

    if not Path(path).exists():
        raise UsageError(f"no such file or directory: {path}")
    params = inspect.signature(load_corpus).parameters
    if "on_error" in params:
        articles = load_corpus(path, on_error="collect")
    else:
        articles = load_corpus(path)
    errors = list(getattr(articles, "errors", None) or [])
    for e in errors:
        _say(f"skipped {_format_error(e)}")
    others = list(getattr(articles, "skipped", None) or [])
    if others:  # not errors (a folder may hold images or notes), but never dropped without a word
        names = ", ".join(Path(f).name for f, _ in others[:5]) + (", ..." if len(others) > 5 else "")
        _say(f"not read, not articles ({len(others)}): {names}")
    if not articles:
        raise UsageError(f"no article could be read from {path}")
    return articles, errors


def _progress_on(n: int, quiet: bool) -> bool:
    return not quiet and n > FEW and sys.stderr.isatty()


@contextmanager
def progress(n: int, quiet: bool, label: str, total: int | None):
    """Yields `advance(k)`; draws a rich progress bar on stderr when enabled, else does nothing."""
    if not _progress_on(n, quiet):
        yield lambda k=1: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    cols = [TextColumn("{task.description}"), BarColumn()]
    cols += [MofNCompleteColumn()] if total else []
    with Progress(*cols, TimeElapsedColumn(), console=_stderr(), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda k=1: bar.advance(task, k)


def _extract(articles, quiet: bool):
    from .. import extract_many

    out = []
    step = max(1, min(16, len(articles) // 20))  # batches for spaCy, small enough to show progress
    with progress(len(articles), quiet, "extracting claims", len(articles)) as advance:
        for i in range(0, len(articles), step):
            chunk = articles[i:i + step]
            out.extend(extract_many(chunk))
            advance(len(chunk))
    return out


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def cmd_parse(args) -> int:
    articles, errors = load(args.path)
    if args.json:
        _write("".join(a.model_dump_json() + "\n" for a in articles))
    else:
        from .terminal import print_articles

        print_articles(articles, _stdout())
    return EXIT_PARTIAL if errors else EXIT_OK


def cmd_extract(args) -> int:
    articles, errors = load(args.path)
    for claims in _extract(list(articles), args.quiet):
        _write("".join(c.model_dump_json() + "\n" for c in claims))
    return EXIT_PARTIAL if errors else EXIT_OK


def cmd_reconcile(args) -> int:
    from .. import reconcile

    if args.html == "-" and (args.json or args.markdown):
        raise UsageError("--html - writes to stdout; it cannot be combined with --json or --markdown")
    articles, errors = load(args.path)
    with progress(len(articles), args.quiet, f"reconciling {len(articles)} articles", None):
        rec = reconcile(articles)
    if args.html:
        from .html import report_html

        page = report_html(rec, articles)
        if args.html == "-":
            _write(page)
        else:
            Path(args.html).write_text(page, encoding="utf-8")
            _say(f"wrote {args.html} ({len(rec.clusters)} clusters)")
    if args.json:
        _write(rec.model_dump_json(indent=2) + "\n")
    elif args.markdown:
        from .markdown import reconciliation_markdown

        _write(reconciliation_markdown(rec, articles, show_all=args.all))
    elif not args.html:
        from .terminal import print_reconciliation

        print_reconciliation(rec, _stdout(), articles=articles, show_all=args.all)
    return EXIT_PARTIAL if errors else EXIT_OK


def schema(model: str = "reconciliation") -> dict:
    """The JSON Schema the pydantic models generate."""
    from ..models import Article, Claim, Reconciliation

    cls = {"reconciliation": Reconciliation, "article": Article, "claim": Claim}[model]
    return cls.model_json_schema()


def cmd_schema(args) -> int:
    _write(json.dumps(schema(args.model), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


COMMANDS = {"parse": cmd_parse, "extract": cmd_extract, "reconcile": cmd_reconcile, "schema": cmd_schema}


def main(argv: list[str] | None = None) -> int:
    from ..errors import NewsClaimsError

    args = build_parser().parse_args(argv)  # exits 2 on bad usage
    try:
        return COMMANDS[args.command](args)
    except (UsageError, NewsClaimsError) as exc:
        _say(f"error: {exc}")
        return EXIT_USAGE
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):  # `newsclaims ... | head`
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
        name = f": {exc.filename}" if exc.filename else ""
        _say(f"error: {exc.strerror or exc}{name}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
