"""Hostile and unusual text: exact spans always, time roughly linear, non-English flagged."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclaims import EmptyArticleError, parse_article
from newsclaims.parse.paragraphs import STRIP

# generous bounds: the machine running the tests may be busy; quadratic work on these inputs
# would take minutes, linear work takes well under a second
LIMIT_S = 15.0


def check_spans(a) -> None:
    last = 0
    for i, p in enumerate(a.paragraphs):
        assert p.index == i
        assert a.text[p.start:p.end] == p.text and p.text
        assert p.start >= last
        last = p.end


def timed(text: str, fmt: str = "text"):
    t0 = time.perf_counter()
    a = parse_article(text, "hostile", fmt=fmt)
    return a, time.perf_counter() - t0


HOSTILE = {
    "1 MB line of words": "word " * 200_000,
    "1 MB without a space": "A" * 1_000_000,
    "1 MB of spaces then a letter": " " * 1_000_000 + "x",
    "quote marks": "“He said” ‘so’ \" « » " * 30_000,
    "only quote marks": "\"“”" * 100_000,
    "control, zero-width and bidi": "a\u200b\u202eb\u2066c\u0000\u0007 d\ufeff " * 60_000,
    "tiny paragraphs": "A b.\n\n" * 20_000,
    "tiny lines": "x\n" * 20_000,
    "slash separators": "Ab/ " * 200_000,
    "dateline-like line": "Title/ OUTLET/ CITY/ Jane Doe/ " + "b " * 400_000,
    "dots": "." * 1_000_000,
    "truncated teasers": "Lorem ipsum dolor sit amet...\n" * 20_000,
    "source labels": "Sources: a\n" * 20_000,
    "credit pattern": "REUTERS/Name " * 80_000,
    "handles": "— A (@b) May 1, 2025\n" * 20_000,
    "hashes": "#" * 1_000_000,
    "carriage returns": "\r" * 300_000 + "z",
    "long comma list": ", ".join(["Abc"] * 200_000),
    "hard-wrapped prose": "the quick brown fox jumps over the lazy dog and keeps going on\n" * 15_000,
    "code fences": "```\n" * 30_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_parsed_quickly_with_exact_spans(name):
    for fmt in ("text", "markdown"):
        a, dt = timed(HOSTILE[name], fmt)
        check_spans(a)
        assert a.text == HOSTILE[name]
        assert dt < LIMIT_S, f"{name} ({fmt}) took {dt:.1f}s"


def test_time_grows_roughly_linearly():
    unit = "Heading Line Here\nA body sentence that says something, and ends here.\n- a bullet point.\n"
    _, small = timed(unit * 1_000)
    _, big = timed(unit * 8_000)
    assert big < max(1.0, small) * 8 * 3  # 8x the input: far from 64x


def test_invisible_characters_are_kept_in_text_but_not_at_span_edges():
    text = "\u200bTitle Of The Story\u200e\n\n\u2066The mayor said the road will reopen on Monday.\u2069\n"
    a = parse_article(text, "s")
    assert a.text == text
    assert [p.text for p in a.paragraphs] == ["Title Of The Story", "The mayor said the road will reopen on Monday."]
    assert [p.kind for p in a.paragraphs] == ["title", "body"]


def test_line_breaks_of_every_kind():
    text = "First Line Title\r\nThe council met on Monday.\rIt agreed a budget.\u2028It ends here.\u2029Last one.\x85Done."
    a = parse_article(text, "s")
    check_spans(a)
    assert [p.text for p in a.paragraphs][:3] == ["First Line Title", "The council met on Monday.", "It agreed a budget."]
    assert len(a.paragraphs) == 6


@pytest.mark.parametrize("text, lang", [
    ("Москва заявила, что переговоры продолжатся на следующей неделе. " * 5, "cyrillic"),
    ("وقالت الحكومة إن المحادثات ستستمر الأسبوع المقبل. " * 5, "arabic"),
    ("政府表示，谈判将于下周继续进行。" * 5, "han"),
])
def test_non_latin_text_gets_one_warning(text, lang):
    a = parse_article(text, "s")
    assert a.language == lang
    assert len(a.warnings) == 1 and "not English" in a.warnings[0]


def test_latin_non_english_is_flagged_and_english_is_en():
    fr = "Le gouvernement a déclaré que les négociations se poursuivront la semaine prochaine dans la capitale. " * 4
    a = parse_article(fr, "fr")
    assert a.language == "und" and len(a.warnings) == 1
    en = parse_article("The government said talks would continue next week in the capital city. " * 4, "en")
    assert en.language == "en" and en.warnings == []


_chars = st.sampled_from(list("aZ .,:;!?-*#/|@()\"'“”‘’…—–•\n\n\r\t\u200b\u202e\u00a0é中") + ["http://x.io/a", "By ", "May 5, 2024",
                                                                                          "\n\n", "1. ", "- ", "Ads by ", "REUTERS/Ann Lee"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_chars, max_size=120).map("".join), st.sampled_from(["text", "markdown"]))
def test_any_text_gives_exact_ordered_spans(text, fmt):
    try:
        a = parse_article(text, "prop", fmt=fmt)
    except EmptyArticleError:
        assert not text.strip(STRIP)  # nothing visible
        return
    assert a.text == text
    check_spans(a)
    for p in a.paragraphs:
        assert p.text == p.text.strip()


def test_byte_order_mark_stays_in_text_not_in_the_title(tmp_path):
    from newsclaims import load_corpus

    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffHarbour Plan Approved\r\n\r\nThe council approved the plan on Monday.\r\n".encode("utf-8"))
    a = load_corpus(p)[0]
    assert a.text.startswith("\ufeff") and a.title == "Harbour Plan Approved"
    check_spans(a)
