"""Bad input to every public function: a typed error naming the source and the reason (or a
TypeError/ValidationError for a wrong argument type), never anything else; batches either stop
at the first bad file (default) or collect every failure; nothing is silently dropped."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

import newsclaims
from newsclaims import (
    BadRecordError,
    DecodeError,
    DuplicateSourceError,
    EmptyArticleError,
    InputTooLargeError,
    NewsClaimsError,
    NoArticlesError,
    UnknownFormatError,
    extract_claims,
    extract_many,
    load_corpus,
    parse_article,
    reconcile,
)

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Bridge Reopens\n\nThe city council said on Monday that the bridge would reopen after repairs.\n"
OTHER = "The mayor said the bridge reopened on Monday, two weeks after it was closed for repairs.\n"
#: what a public function may raise on bad data
ALLOWED = (NewsClaimsError, TypeError, ValidationError)


def write(folder: Path, name: str, data: str | bytes) -> Path:
    p = folder / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def raises_typed(fn, *args, **kwargs) -> BaseException:
    """Call fn; it must raise, and only an allowed error type."""
    try:
        fn(*args, **kwargs)
    except ALLOWED as exc:
        return exc
    except Exception as exc:  # pragma: no cover - the failure message is the point
        pytest.fail(f"{fn.__name__} raised {type(exc).__name__}: {exc}")
    pytest.fail(f"{fn.__name__}{args!r} did not raise")


# ------------------------------------------------------------------ wrong argument types
BAD_VALUES = [None, b"The bridge reopened.", 5, 3.5, [], ["a", "b"], {"a": "b"}, object()]


@pytest.mark.parametrize("value", BAD_VALUES, ids=repr)
def test_parse_article_wrong_types(value):
    raises_typed(parse_article, value, "s")
    raises_typed(parse_article, "The bridge reopened on Monday.", value)


@pytest.mark.parametrize("value", BAD_VALUES, ids=repr)
def test_extract_claims_wrong_types(value):
    exc = raises_typed(extract_claims, value)
    assert isinstance(exc, TypeError)


@pytest.mark.parametrize("value", [None, 5, b"abc", "a whole text", {"a": "b"}, [None], [5], [b"x"], [["s", "t"]]],
                         ids=repr)
def test_extract_many_wrong_types(value):
    raises_typed(extract_many, value)


@pytest.mark.parametrize("value", [None, 5, b"abc", "a whole text", {"a": GOOD}, [None], [5], [b"x"], [["s", GOOD]],
                                   [("s",)], [("s", 5)], [(1, GOOD)]], ids=repr)
def test_reconcile_wrong_types(value):
    raises_typed(reconcile, value)


def test_a_single_text_is_not_taken_for_a_list_of_characters():
    with pytest.raises(TypeError, match="extract_claims"):
        extract_many(OTHER)
    with pytest.raises(TypeError, match="single str"):
        reconcile(OTHER)
    with pytest.raises(TypeError, match="single dict"):
        reconcile({"a": OTHER, "b": GOOD})  # a dict would have been read as its keys


@pytest.mark.parametrize("value", [None, 5, b"corpus", [], ["corpus"]], ids=repr)
def test_load_corpus_wrong_types(value):
    raises_typed(load_corpus, value)


def test_load_corpus_bad_on_error_and_empty_path():
    with pytest.raises(ValueError, match="on_error"):
        load_corpus(ROOT / "corpus", on_error="skip")
    with pytest.raises(NoArticlesError, match="empty"):
        load_corpus("")  # not the current folder


# ------------------------------------------------------------------ bad data: typed errors naming source and reason
@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "\u200b\u200e\ufeff", "\x00\x07"])
def test_empty_text_everywhere(text):
    with pytest.raises(EmptyArticleError, match="^story: "):
        parse_article(text, "story")
    with pytest.raises(EmptyArticleError):
        extract_claims(text)
    with pytest.raises(EmptyArticleError, match="^story: "):
        extract_many([("story", text)])
    with pytest.raises(EmptyArticleError, match="^story: "):
        reconcile([("ok", GOOD), ("story", text)])


def test_unpaired_surrogate_is_a_decode_error_not_a_crash():
    # json.loads('"\\ud800"') makes such strings; spaCy and JSON output would fail on them
    bad = json.loads('"The bridge \\ud800 reopened on Monday."')
    with pytest.raises(DecodeError, match=r"^s: .*surrogate U\+D800"):
        parse_article(bad, "s")
    with pytest.raises(DecodeError, match="title"):
        parse_article(GOOD, "s", title="\udc80")
    with pytest.raises(DecodeError):
        reconcile([("a", GOOD), ("s", bad)])
    by_hand = newsclaims.Article(source="hand", text=bad, paragraphs=[
        newsclaims.Paragraph(index=0, start=0, end=len(bad), text=bad, kind="body")])
    with pytest.raises(DecodeError, match="^hand: "):
        extract_claims(by_hand)


def test_unknown_format_and_size_limit():
    with pytest.raises(UnknownFormatError, match=r"^s: .*'pdf'"):
        parse_article(GOOD, "s", fmt="pdf")
    with pytest.raises(InputTooLargeError, match=r"^s: .*limit"):
        parse_article(GOOD * 50, "s", max_bytes=1000)


def test_wrong_metadata_type_is_a_validation_error_and_bad_date_a_warning():
    with pytest.raises(ValidationError):
        parse_article(GOOD, "s", title=5)
    a = parse_article(GOOD, "s", published="not a date")
    assert a.published is None and any("not a recognisable date" in w for w in a.warnings)


@pytest.mark.parametrize("name, data, error, reason", [
    ("latin1.txt", "Caf\u00e9 owners said prices rose.".encode("latin-1"), DecodeError, "UTF-8"),
    ("empty.txt", b"", EmptyArticleError, "empty"),
    ("blank.md", b"  \n\n \t\n", EmptyArticleError, "empty"),
    ("story.docx", b"PK\x03\x04", UnknownFormatError, "unknown file type"),
    ("story", b"The bridge reopened.", UnknownFormatError, "unknown file type"),
    ("page.html", b"<html><head><script>var x;</script></head><body></body></html>", EmptyArticleError, "HTML"),
])
def test_one_bad_file_names_the_file_and_the_reason(tmp_path, name, data, error, reason):
    p = write(tmp_path, name, data)
    with pytest.raises(error, match=reason) as info:
        load_corpus(p)
    assert name in str(info.value)


def test_an_empty_jsonl_file_is_reported_not_skipped(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "empty.jsonl", b"")
    write(tmp_path, "blank.jsonl", "\n  \n\n")
    with pytest.raises(EmptyArticleError, match=r"blank\.jsonl.*no record"):
        load_corpus(tmp_path)
    arts = load_corpus(tmp_path, on_error="collect")
    assert [a.source for a in arts] == ["a"]
    assert sorted(Path(o).name for o, _ in arts.errors) == ["blank.jsonl", "empty.jsonl"]


def test_jsonl_with_a_byte_order_mark(tmp_path):
    p = write(tmp_path, "feed.jsonl", b"\xef\xbb\xbf" + json.dumps({"source": "x", "text": GOOD}).encode() + b"\r\n")
    assert [a.source for a in load_corpus(p)] == ["x"]


def test_bad_jsonl_error_types(tmp_path):
    p = write(tmp_path, "f.jsonl", "{oops\n")
    with pytest.raises(BadRecordError):
        load_corpus(p)


# ------------------------------------------------------------------ batches: raise vs collect
@pytest.fixture
def messy(tmp_path) -> Path:
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "a.md", "# Another\n\nThe council met on Tuesday and agreed a budget.\n")  # duplicate source 'a'
    write(tmp_path, "b.txt", "Caf\u00e9".encode("latin-1") + b" owners said prices rose.")
    write(tmp_path, "c.txt", "")
    write(tmp_path, "d.txt", OTHER)
    write(tmp_path, "e.jsonl", json.dumps({"source": "e1", "text": OTHER.replace("mayor", "governor")}) + "\n"
          + "not json\n" + json.dumps({"source": "d", "text": GOOD}) + "\n")
    return tmp_path


def test_default_mode_stops_at_the_first_bad_file_and_names_it(messy):
    with pytest.raises(DuplicateSourceError, match=r"a\.txt.*'a'.*a\.md"):
        load_corpus(messy)  # files are read in name order: a.md, then a.txt


def test_collect_mode_keeps_the_good_and_lists_every_bad(messy):
    arts = load_corpus(messy, on_error="collect")
    assert isinstance(arts, newsclaims.ArticleList)
    assert [a.source for a in arts] == ["a", "d", "e1"]
    origins = [Path(o).name for o, _ in arts.errors]
    assert origins == ["a.txt", "b.txt", "c.txt", "e.jsonl:2", "e.jsonl:3"]
    reasons = dict(zip(origins, (r for _, r in arts.errors)))
    assert "duplicate" in reasons["a.txt"] and "a.md" in reasons["a.txt"]
    assert "UTF-8" in reasons["b.txt"]
    assert "empty" in reasons["c.txt"]
    assert "JSON" in reasons["e.jsonl:2"]
    assert "duplicate" in reasons["e.jsonl:3"]  # 'd' came from d.txt first
    # nothing dropped silently: every article file is either read or reported
    read = {a.source for a in arts}
    assert len(read) + len(arts.errors) == 8  # a.md a.txt b c d e1 e:2 e:3


def test_every_failure_is_a_pair_of_strings(messy):
    arts = load_corpus(messy, on_error="collect")
    assert all(isinstance(o, str) and isinstance(r, str) and r for o, r in arts.errors)
    # the reason is not prefixed again with the origin
    assert not any(r.startswith(o) for o, r in arts.errors)


def test_collect_with_nothing_good_still_raises(tmp_path):
    write(tmp_path, "c.txt", "")
    with pytest.raises(NoArticlesError, match="1 bad"):
        load_corpus(tmp_path, on_error="collect")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NoArticlesError):
        load_corpus(empty, on_error="collect")


def test_collected_articles_reconcile(messy):
    arts = load_corpus(messy, on_error="collect")
    rec = reconcile(arts)
    assert rec.sources == ["a", "d", "e1"]
    assert rec.clusters and all(c.claims for c in rec.clusters)


# ------------------------------------------------------------------ reconcile: duplicates and empty input
def test_reconcile_empty_inputs():
    for empty in ([], (), iter([]), newsclaims.ArticleList()):
        rec = reconcile(empty)
        assert rec.clusters == [] and rec.sources == []


def test_reconcile_keeps_an_article_without_claims_as_a_source():
    a = parse_article("Москва заявила, что переговоры продолжатся на следующей неделе. " * 3, "ru")
    assert extract_claims(a) == []  # not English: no claims
    rec = reconcile([a])
    assert rec.clusters == [] and rec.sources == ["ru"]
    rec = reconcile([a, ("en", OTHER)])
    assert rec.sources == ["en", "ru"] and all(c.sources == ["en"] for c in rec.clusters)


def test_reconcile_rejects_duplicate_sources():
    a, b = parse_article(GOOD, "x"), parse_article(OTHER, "x")
    with pytest.raises(DuplicateSourceError, match="x"):
        reconcile([a, b])
    with pytest.raises(DuplicateSourceError, match="x"):
        reconcile([("x", GOOD), ("x", OTHER)])
    with pytest.raises(DuplicateSourceError):
        reconcile([GOOD, GOOD])  # the same text twice: the same derived source id
    with pytest.raises(DuplicateSourceError):
        reconcile([a, ("x", OTHER)])
    claims = extract_claims(a)
    with pytest.raises(DuplicateSourceError):
        reconcile(claims + claims)


def test_reconcile_mixed_claims_and_articles_is_an_error():
    a = parse_article(GOOD, "x")
    with pytest.raises(NewsClaimsError, match="mixes"):
        reconcile(extract_claims(a) + [parse_article(OTHER, "y")])


# ------------------------------------------------------------------ the CLI: collect mode, failures listed, exit 1
def test_cli_reconcile_lists_failures_and_exits_1(messy):
    p = subprocess.run([sys.executable, "-m", "newsclaims.render.cli", "reconcile", "--json", "--quiet", str(messy)],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 1, p.stderr
    for name in ("a.txt", "b.txt", "c.txt", "e.jsonl:2", "e.jsonl:3"):
        assert name in p.stderr
    rec = json.loads(p.stdout)
    assert rec["sources"] == ["a", "d", "e1"]


def test_cli_reconcile_clean_folder_exits_0_and_bad_path_2(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.txt", OTHER)
    ok = subprocess.run([sys.executable, "-m", "newsclaims.render.cli", "reconcile", "--json", "-q", str(tmp_path)],
                        capture_output=True, text=True, timeout=300)
    assert ok.returncode == 0, ok.stderr
    missing = subprocess.run([sys.executable, "-m", "newsclaims.render.cli", "reconcile", str(tmp_path / "nope")],
                             capture_output=True, text=True, timeout=300)
    assert missing.returncode == 2 and "nope" in missing.stderr
