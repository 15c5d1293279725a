"""Bad input: each case raises its NewsClaimsError subclass naming the source/file and the reason,
and on_error="collect" records it while keeping the good articles."""
from __future__ import annotations

import builtins
import json
from pathlib import Path

import pytest

from newsclaims import (
    BadRecordError,
    DecodeError,
    DuplicateSourceError,
    EmptyArticleError,
    InputTooLargeError,
    NewsClaimsError,
    NoArticlesError,
    UnknownFormatError,
    load_corpus,
    parse_article,
)
from newsclaims.errors import MissingExtraError

GOOD = "Ferry fares rise\n\nFerry fares will rise by 5% from June, the operator said on Monday.\n"


def write(folder: Path, name: str, data: str | bytes) -> Path:
    p = folder / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \r\n", "\u00a0\u3000"])
def test_empty_text(text):
    with pytest.raises(EmptyArticleError, match="my-src"):
        parse_article(text, "my-src")


def test_only_invisible_characters_is_empty():
    with pytest.raises(EmptyArticleError, match="visible"):
        parse_article("\u200b\u200e\ufeff\n\u2066", "inv")


@pytest.mark.parametrize("value", [b"bytes", None, 42, ["a"]])
def test_parse_article_needs_str(value):
    with pytest.raises(TypeError, match="str"):
        parse_article(value, "s")


def test_empty_file_names_the_file(tmp_path):
    p = write(tmp_path, "blank.txt", "  \n\n ")
    with pytest.raises(EmptyArticleError, match="blank"):
        load_corpus(p)


def test_not_utf8(tmp_path):
    p = write(tmp_path, "latin.txt", "Caf\u00e9 prices rise.".encode("latin-1"))
    with pytest.raises(DecodeError, match=r"latin\.txt.*UTF-8"):
        load_corpus(p)


def test_unknown_format(tmp_path):
    p = write(tmp_path, "story.docx", b"PK\x03\x04")
    with pytest.raises(UnknownFormatError, match=r"story\.docx.*\.docx"):
        load_corpus(p)
    with pytest.raises(UnknownFormatError):
        parse_article(GOOD, "s", fmt="pdf")


def test_folder_without_articles(tmp_path):
    write(tmp_path, "notes.csv", "a,b\n")
    with pytest.raises(NoArticlesError, match=str(tmp_path.name)):
        load_corpus(tmp_path)
    with pytest.raises(NoArticlesError, match="no such"):
        load_corpus(tmp_path / "missing")


def test_folder_whose_files_are_all_bad(tmp_path):
    write(tmp_path, "a.txt", "")
    write(tmp_path, "b.txt", b"\xff\xfe\x00")
    with pytest.raises(EmptyArticleError):
        load_corpus(tmp_path)
    with pytest.raises(NoArticlesError, match="2 bad"):
        load_corpus(tmp_path, on_error="collect")


def test_duplicate_sources(tmp_path):
    write(tmp_path, "story.txt", GOOD)
    write(tmp_path, "story.md", GOOD)
    with pytest.raises(DuplicateSourceError, match="'story'"):
        load_corpus(tmp_path)
    arts = load_corpus(tmp_path, on_error="collect")
    assert len(arts) == 1 and len(arts.errors) == 1 and "duplicate" in arts.errors[0][1]


def test_duplicate_source_between_jsonl_records(tmp_path):
    rec = json.dumps({"source": "x", "text": GOOD})
    p = write(tmp_path, "b.jsonl", f"{rec}\n{rec}\n")
    with pytest.raises(DuplicateSourceError, match=r"b\.jsonl:2"):
        load_corpus(p)


@pytest.mark.parametrize("line, error, reason", [
    ("{not json", BadRecordError, "not valid JSON"),
    ("[1, 2]", BadRecordError, "JSON object"),
    ('"just a string"', BadRecordError, "JSON object"),
    ("42", BadRecordError, "JSON object"),
    ("null", BadRecordError, "JSON object"),
    ('{"text": "Some text."}', BadRecordError, "'source'"),
    ('{"source": "s"}', BadRecordError, "neither 'text' nor 'html'"),
    ('{"source": "s", "text": null}', BadRecordError, "neither"),
    ('{"source": "s", "text": 5}', BadRecordError, "must be strings"),
    ('{"source": "s", "text": ["a"]}', BadRecordError, "must be strings"),
    ('{"source": "s", "text": "Fine text.", "published": 2024}', BadRecordError, "'published' must be a string"),
    ('{"source": "s", "text": "  "}', EmptyArticleError, "empty"),
    ('{"source": "s", "text": "The bridge \\ud800 reopened."}', DecodeError, "surrogate"),
])
def test_bad_jsonl_record(tmp_path, line, error, reason):
    """A bad line raises a typed error naming file and line; in collect mode it is the one error
    and the good record of the feed is still read."""
    good = json.dumps({"source": "ok", "text": GOOD})
    p = write(tmp_path, "feed.jsonl", f"{good}\n{line}\n")
    with pytest.raises(error, match=rf"feed\.jsonl:2: .*{reason}"):
        load_corpus(p)
    arts = load_corpus(p, on_error="collect")
    assert [a.source for a in arts] == ["ok"]
    assert len(arts.errors) == 1
    origin, why = arts.errors[0]
    assert origin.endswith("feed.jsonl:2") and reason in why


def test_jsonl_record_with_empty_text_and_bad_bytes(tmp_path):
    good = json.dumps({"source": "ok", "text": GOOD}).encode()
    p = write(tmp_path, "f.jsonl", good + b"\n" + b'{"source": "e", "text": "  "}\n' + b'{"source": "\xff"}\n')
    arts = load_corpus(p, on_error="collect")
    assert [a.source for a in arts] == ["ok"]
    assert [o.rsplit(":", 1)[1] for o, _ in arts.errors] == ["2", "3"]
    assert "empty" in arts.errors[0][1] and "UTF-8" in arts.errors[1][1]


def test_collect_keeps_good_files(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.txt", b"\xc3\x28 broken")
    write(tmp_path, "c.txt", "")
    write(tmp_path, "d.md", "# Heading\n\nThe bridge reopened on Monday after repairs.\n")
    arts = load_corpus(tmp_path, on_error="collect")
    assert [a.source for a in arts] == ["a", "d"]
    assert [Path(o).name for o, _ in arts.errors] == ["b.txt", "c.txt"]
    assert all(isinstance(r, str) and r for _, r in arts.errors)
    with pytest.raises(ValueError):
        load_corpus(tmp_path, on_error="ignore")


def test_size_limit(tmp_path):
    p = write(tmp_path, "big.txt", GOOD * 100)
    with pytest.raises(InputTooLargeError, match=r"big\.txt.*limit"):
        load_corpus(p, max_bytes=1000)
    assert len(load_corpus(p)) == 1  # default limit is generous
    with pytest.raises(InputTooLargeError, match="s:"):
        parse_article("\u00e9" * 600, "s", max_bytes=1000)  # 1200 bytes in UTF-8
    rec = json.dumps({"source": "r", "text": GOOD * 100})
    q = write(tmp_path, "big.jsonl", rec + "\n")
    with pytest.raises(InputTooLargeError, match=r"big\.jsonl:1"):
        load_corpus(q, max_bytes=1000)


def test_html_without_trafilatura_says_what_to_install(monkeypatch):
    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "trafilatura" or name.startswith("trafilatura."):
            raise ImportError("No module named 'trafilatura'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(MissingExtraError, match=r"newsclaims\[html\]") as info:
        parse_article("<html><body><p>Hi.</p></body></html>", "page", fmt="html")
    assert isinstance(info.value, NewsClaimsError) and "page" in str(info.value)


def test_html_without_main_text():
    with pytest.raises(EmptyArticleError, match="pg"):
        parse_article("<html><head><title></title></head><body><div> </div></body></html>", "pg", fmt="html")


def test_unreadable_published_is_a_warning_not_a_crash():
    a = parse_article(GOOD, "s", published="sometime soon")
    assert a.published is None and any("published" in w for w in a.warnings)


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "locked.txt", GOOD)
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(NoArticlesError, match=r"locked\.txt.*cannot read.*Permission denied"):
        load_corpus(tmp_path)
    arts = load_corpus(tmp_path, on_error="collect")
    assert [a.source for a in arts] == ["good"] and "cannot read" in arts.errors[0][1]
