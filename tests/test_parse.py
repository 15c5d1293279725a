"""Parsing the five corpus articles and the fixtures of tests/fixtures (HTML, JSONL, Markdown).

These tests assert what the fixture articles contain; the library logic itself knows
nothing about them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newsclaims import Article, NoArticlesError, load_corpus, parse_article
from newsclaims.models import CONTENT_KINDS
from newsclaims.parse import ArticleList

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIX = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def corpus() -> dict[str, Article]:
    arts = load_corpus(CORPUS)
    return {a.source: a for a in arts}


def kind_of(article: Article, line: str) -> str:
    """The kind of the paragraph(s) covering `line` (one kind, or an error)."""
    i = article.text.find(line)
    assert i >= 0, f"{line!r} not in {article.source}"
    kinds = {p.kind for p in article.paragraphs if p.start < i + len(line) and i < p.end}
    assert len(kinds) == 1, (line, kinds)
    return kinds.pop()


def kinds_of(article: Article, line: str) -> list[str]:
    i = article.text.find(line)
    assert i >= 0
    return [p.kind for p in article.paragraphs if p.start < i + len(line) and i < p.end]


def paragraph(article: Article, line: str):
    return next(p for p in article.paragraphs if p.text == line)


# ------------------------------------------------------------------ corpus
def test_corpus_loads_five_articles_in_name_order():
    arts = load_corpus(CORPUS)
    assert isinstance(arts, ArticleList) and arts.errors == []
    assert [a.source for a in arts] == sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert len(arts) == 5


def test_text_is_the_file_unmodified_and_offsets_exact(corpus):
    for src, a in corpus.items():
        assert a.text == (CORPUS / f"{src}.txt").read_bytes().decode("utf-8")
        assert a.paragraphs, src
        last = 0
        for i, p in enumerate(a.paragraphs):
            assert p.index == i
            assert a.text[p.start:p.end] == p.text
            assert p.text == p.text.strip() and p.text
            assert p.start >= last  # in order, no overlap
            last = p.end


def test_page_debris_is_boilerplate(corpus):
    a = corpus["000_e1124c9a9c92e109"]
    for line in ("Homepage News Putin ‘Demands’ End to NATO Expansion in Exchange for Peace...",  # breadcrumb
                 "Ukraine, Putin, Russia, Invasion",  # tag line
                 "kovop / Shutterstock",  # image credit
                 "Others are reading now", "Also read", "Ads by MGDK"):
        assert kind_of(a, line) == "boilerplate", line
    # both "Also read" labels
    assert [p.kind for p in a.paragraphs if p.text == "Also read"] == ["boilerplate", "boilerplate"]


def test_breadcrumb_is_not_the_title_the_headline_is(corpus):
    a = corpus["000_e1124c9a9c92e109"]
    assert a.title == "Putin ‘Demands’ End to NATO Expansion in Exchange for Peace in Ukraine"
    assert kind_of(a, a.title + "\n") == "title"


def test_repeated_standfirst_is_boilerplate_the_second_time(corpus):
    a = corpus["000_e1124c9a9c92e109"]
    standfirst = "As the war in Ukraine grinds on, Russian President Vladimir Putin is reportedly willing"
    copies = [p for p in a.paragraphs if p.text.startswith(standfirst)]
    assert [p.kind for p in copies] == ["body", "boilerplate"]


def test_embedded_post(corpus):
    a = corpus["002_d31c4cfeb24df11a"]
    assert kind_of(a, "BIG: Putin’s conditions to end the war include a written pledge") == "embed"
    assert kind_of(a, "Russia also wants Ukrainian neutrality, some Western sanctions lifted") == "embed"
    assert kind_of(a, "pic.twitter.com/XvJPMujlsO") == "boilerplate"
    assert kind_of(a, "— Clash Report (@clashreport) May 28, 2025") == "boilerplate"
    # the paragraph before the post stays body
    assert kind_of(a, "The Russian leader has also demanded significant sanctions relief") == "body"


def test_numbered_section_headings_are_headings(corpus):
    a = corpus["001_b41d213ba2bca6d0"]
    for line in ("1. Redrawing Post-Cold War Security Norms", "2. Strategic Win for Russia—Without Losing the War",
                 "3. Setting a Global Precedent", "4. Divisions Among NATO Allies", "5. Ukraine’s Sovereignty at Risk",
                 "Overall Takeaway:"):
        assert kind_of(a, line) == "heading", line


def test_key_takeaways_bullets(corpus):
    a = corpus["002_d31c4cfeb24df11a"]
    assert kind_of(a, "Key Takeaways") == "heading"
    bullets = [p for p in a.paragraphs if p.text.startswith("- ")]
    assert len(bullets) == 5 and all(p.kind == "bullet" for p in bullets)


def test_sources_list_is_boilerplate(corpus):
    a = corpus["001_b41d213ba2bca6d0"]
    for line in ("SOURCES: REUTERS – Putin’s demands for peace include an end to NATO enlargement, sources say",
                 "THE MOSCOW TIMES – Putin Wants End to NATO Expansion, Sanctions Relief for Peace in Ukraine",
                 "THE JAPAN TIMES – Putin’s demands for peace include an end to NATO enlargement, sources say"):
        assert kinds_of(a, line) and set(kinds_of(a, line)) == {"boilerplate"}, line


def test_caption_with_credit_and_published_line(corpus):
    a = corpus["001_b41d213ba2bca6d0"]
    assert kind_of(a, "German Chancellor Friedrich Merz and Ukrainian President") in ("caption", "boilerplate")
    assert kind_of(a, "| Published May 29, 2025") == "boilerplate"
    assert a.published == "2025-05-29"
    assert a.title == "Putin’s demands for peace include an end to NATO enlargement, sources say"


def test_slash_dateline_is_split_and_read(corpus):
    a = corpus["003_12a19454a815f87a"]
    assert a.outlet == "Newslooks"
    assert a.byline == "J. Mansour"
    assert a.title == "Putin’s Ukraine Peace Terms: Stop NATO Expansion, Sanctions Relief"
    first_line = a.text.split("\n", 1)[0]
    on_line = [p for p in a.paragraphs if p.end <= len(first_line)]
    assert [p.kind for p in on_line] == ["title", "boilerplate", "body"]
    assert on_line[1].text == "Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/"
    assert on_line[2].text.startswith("President Vladimir Putin demands a formal halt")


def test_headings_and_bullets_of_one_line_per_paragraph_text(corpus):
    a = corpus["003_12a19454a815f87a"]
    for line in ("Putin’s NATO Ultimatum + Quick Looks", "Deep Look: Putin Wants NATO Halt in Ukraine Peace Plan",
                 "Tensions with the West Escalate", "Ground Realities & War Impact"):
        assert kind_of(a, line) == "heading", line
    assert kind_of(a, "- Peace Terms: Putin wants written Western pledge") == "bullet"
    assert kind_of(a, "In addition to stopping NATO expansion, Moscow is seeking:") == "body"
    assert kind_of(a, "The war is draining both sides:") == "body"
    b = corpus["004_27113dea0c2c8c8f"]
    assert kind_of(b, "A Stalemate or a Path to Peace?") == "heading"
    assert kind_of(b, "- The lifting of some Western sanctions against Russia") == "bullet"


def test_standfirst_sentence_is_not_a_title(corpus):
    a = corpus["002_d31c4cfeb24df11a"]
    assert a.paragraphs[0].kind == "body"
    assert a.title is None


def test_metadata_left_empty_when_not_stated(corpus):
    a = corpus["000_e1124c9a9c92e109"]
    assert (a.outlet, a.byline, a.published) == (None, None, None)
    assert all(x.language == "en" and x.warnings == [] for x in corpus.values())


def test_only_content_kinds_hold_quoted_body_sentences(corpus):
    a = corpus["002_d31c4cfeb24df11a"]
    assert kind_of(a, "“Putin is ready to make peace but not at any price,”") in CONTENT_KINDS


def test_explicit_metadata_wins(corpus):
    text = corpus["003_12a19454a815f87a"].text
    a = parse_article(text, "x", title="T", outlet="O", published="2024-01-02", url="https://e.example/x")
    assert (a.title, a.outlet, a.published, a.url) == ("T", "O", "2024-01-02", "https://e.example/x")
    assert a.byline == "J. Mansour"  # not given: from the text


# ------------------------------------------------------------------ fixtures
def test_html_fixture_main_text_and_metadata():
    arts = load_corpus(FIX / "harbour_bridge.html")
    assert len(arts) == 1
    a = arts[0]
    assert a.source == "harbour_bridge"
    assert a.title == "Council approves harbour bridge repairs after safety review"
    assert (a.outlet, a.byline, a.published) == ("The Coastal Ledger", "Maria Okafor", "2024-03-14")
    assert a.url == "https://ledger.example.org/news/harbour-bridge-repairs"
    assert "<p>" not in a.text and "Most read" not in a.text and "Privacy" not in a.text
    for p in a.paragraphs:
        assert a.text[p.start:p.end] == p.text
    assert kind_of(a, "What the engineers found") == "heading"
    assert kind_of(a, "- Repairs are expected to take eight months.") == "bullet"
    assert kind_of(a, "The city council voted on Wednesday") == "body"


@pytest.mark.parametrize("page_title, outlet", [
    ("Ferry service cut to two sailings | Island Courier", "Island Courier"),
    ("Ferry service cut to two sailings - The Island Courier", "The Island Courier"),
    ("Ferry service cut - what it means for you", None),  # the headline's own dash
    ("Ferry service cut to two sailings | Tom Brady", None),  # a person is no outlet
    ("Latest news | Island Courier", None),  # not this page's headline
])
def test_the_page_title_after_the_headline_names_the_outlet(page_title, outlet):
    page = (f"<html><head><title>{page_title}</title></head><body><article>"
            "<h1>Ferry service cut to two sailings a day</h1><p>The island's only ferry will sail twice a day "
            "from Monday, the operator said, after a second vessel failed its safety inspection.</p>"
            "<p>Residents said the change would leave commuters stranded on the mainland overnight.</p>"
            "</article></body></html>")
    assert parse_article(page, "p", fmt="html").outlet == outlet


def test_an_html_page_passed_without_a_format_or_saved_as_txt_is_read_as_html(tmp_path):
    page = (FIX / "harbour_bridge.html").read_text(encoding="utf-8")
    a = parse_article(page, "x")
    assert a.title == "Council approves harbour bridge repairs after safety review"
    assert "<p>" not in a.text and a.outlet == "The Coastal Ledger"
    (tmp_path / "saved.txt").write_text(page, encoding="utf-8")
    assert "<p>" not in load_corpus(tmp_path / "saved.txt")[0].text
    # prose that mentions a tag is prose; and an explicit fmt="text" is obeyed
    prose = "Browsers\n\nThe <html> tag opens every page, the standards body said on Monday.\n"
    assert parse_article(prose, "y").text == prose
    assert "<p>" in parse_article(page, "z", fmt="text").text


def test_jsonl_fixture_records():
    arts = load_corpus(FIX / "batch.jsonl")
    assert [a.source for a in arts] == ["wire-flood", "ledger-bridge", "radio-bridge"]
    flood, ledger, radio = arts
    assert (flood.title, flood.outlet, flood.published, flood.url) == (
        "River levels fall as flood warnings are lifted", "Valley Wire", "2024-02-02", "https://wire.example.com/flood")
    assert flood.byline == "Tom Hale"
    assert kind_of(flood, "By Tom Hale | Valley Wire") == "boilerplate"
    assert flood.text.endswith("before Monday.\n")  # unmodified
    assert ledger.outlet == "The Coastal Ledger" and "city council voted" in ledger.text
    assert radio.published == "2024-03-14" and radio.title == "Bridge repairs approved"
    assert kind_of(radio, "Published March 14, 2024") == "boilerplate"


@pytest.mark.parametrize("line, outlet", [
    ("Capital Ledger", "Capital Ledger"),
    ("Sports Desk", None),       # a desk, not a publication
    ("Lina Berg", None),         # a person: the byline's line is another
    ("Lisbon", None),            # a place
])
def test_a_name_line_under_the_title_beside_the_byline_is_the_outlet(line, outlet):
    a = parse_article(f"Central bank holds rates\n\n{line}\nBy Omar Haddou\n5 December 2026\n\n"
                      "The central bank kept its main rate at 4.5% on Thursday.\n", "t")
    assert a.outlet == outlet
    assert a.byline == "Omar Haddou" and a.published == "2026-12-05"


@pytest.mark.parametrize("line, outlet, byline", [
    ("Eastern Standard", "Eastern Standard", None),   # no given name: a publication
    ("Lina Berg", None, "Lina Berg"),                # a person: the byline
])
def test_a_bare_name_line_beside_the_date_is_the_outlet_or_the_byline(line, outlet, byline):
    a = parse_article(f"Central bank holds rates\n\n{line}\n\nPublished 5 December 2026\n\n"
                      "The central bank kept its main rate at 4.5% on Thursday.\n", "t")
    assert (a.outlet, a.byline, a.published) == (outlet, byline, "2026-12-05")


def test_markdown_passed_as_a_string_is_read_as_markdown():
    """A text opening with a Markdown heading is Markdown, whatever the caller forgot to say: the
    title holds no '#', and no claim starts with one; a hashtag opens no heading."""
    from newsclaims import extract_claims

    md = ("# Ferry operator fined over late sailings\n\n*By Ana Roe, Harbour Times*\n\n"
          "The regulator fined Selvik Ferries on Monday.\n\n## Reaction\n\nPassengers welcomed the fine.\n")
    a = parse_article(md, "md")
    assert a.title == "Ferry operator fined over late sailings"
    assert kind_of(a, "Reaction") == "heading"
    assert not any(c.text.startswith("#") for c in extract_claims(a))
    assert parse_article(md, "t", fmt="text").title.startswith("# ")  # said to be text: kept as written
    tag = parse_article("#MeToo rallies spread to Selvik\n\nThousands marched on Monday.\n", "tag")
    assert tag.title == "#MeToo rallies spread to Selvik"


def test_markdown_fixture():
    a = load_corpus(FIX / "school_meals.md")[0]
    raw = (FIX / "school_meals.md").read_text(encoding="utf-8")
    assert a.text == raw
    assert a.title == "Free school meals extended to all primary pupils"
    assert (a.outlet, a.byline, a.published) == ("Northern Gazette", "Priya Natarajan", "2024-09-05")
    title = next(p for p in a.paragraphs if p.kind == "title")
    assert title.text == "Free school meals extended to all primary pupils"  # without the '#'
    assert raw[title.start - 2:title.start] == "# "
    assert kind_of(a, "What changes") == "heading" and kind_of(a, "Reaction") == "heading"
    assert kind_of(a, "- Every pupil in years one to six") == "bullet"
    assert kind_of(a, "![Children queue") == "caption"
    assert kind_of(a, "Share this article") == "boilerplate"
    assert kind_of(a, "Related articles") == "boilerplate"
    # a hard-wrapped paragraph is one paragraph
    body = next(p for p in a.paragraphs if p.text.startswith("The regional government"))
    assert body.kind == "body" and body.text.endswith("120,000 children.") and body.text.count("\n") == 2


def test_folder_of_mixed_formats(tmp_path):
    for name in ("harbour_bridge.html", "batch.jsonl", "school_meals.md"):
        (tmp_path / name).write_bytes((FIX / name).read_bytes())
    (tmp_path / "note.txt").write_text("A plain note\n\nThe ferry will run every hour from May.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder\n", encoding="utf-8")
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    arts = load_corpus(tmp_path)
    assert [a.source for a in arts] == ["wire-flood", "ledger-bridge", "radio-bridge", "harbour_bridge", "note",
                                        "school_meals"]
    assert load_corpus(tmp_path)[3].model_dump() == arts[3].model_dump()  # deterministic
    # nothing is dropped without a word: the entries not read are listed with the reason
    assert arts.errors == []
    assert [(Path(f).name, why.split(" (")[0]) for f, why in arts.skipped] == [
        ("README.md", "a documentation file"), ("data.csv", "not an article format")]


def test_folder_lists_hidden_files_and_subfolders_as_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nThe council approved the budget on Monday.\n", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "photos").mkdir()
    (tmp_path / "photo.JPG").write_bytes(b"\xff\xd8")
    arts = load_corpus(tmp_path, on_error="collect")
    assert [a.source for a in arts] == ["a"] and arts.errors == []
    assert {Path(f).name: why.split(" (")[0] for f, why in arts.skipped} == {
        ".DS_Store": "hidden", "photos": "not a file", "photo.JPG": "not an article format"}
    only_images = tmp_path / "only"
    only_images.mkdir()
    (only_images / "x.png").write_bytes(b"\x89PNG")
    with pytest.raises(NoArticlesError, match=r"x\.png: not an article format"):
        load_corpus(only_images)


def test_a_site_name_that_is_the_headline_is_no_outlet():
    """trafilatura may take the headline part of "<title>Rates rise to 4.5% | Estavia Herald" for
    the site's name; the outlet is the part after the headline."""
    page = ("<html><head><title>Rates rise to 4.5% | Estavia Herald</title></head><body><article>"
            "<h1>Rates rise to 4.5%, bank signals pause</h1><p class=\"byline\">By Jonas Ekberg</p>"
            "<p>The central bank raised its key rate to 4.5% on Wednesday, but its governor said the bank "
            "would now pause to assess the effect of its increases.</p><p>Inflation stood at 6.1% in October, "
            "the statistics office said on Tuesday.</p></article></body></html>")
    assert parse_article(page, "p", fmt="html").outlet == "Estavia Herald"


@pytest.mark.parametrize("line", ["**Coast Ledger** | 4 Nov 2026 | By Tom Vesely",
                                  "Coast Ledger | 4 November 2026 | By Tom Vesely"])
def test_a_line_of_outlet_date_and_byline_pieces_gives_all_three(line):
    a = parse_article(f"# Rates rise again\n\n{line}\n\nThe central bank raised rates on Wednesday.\n", "m")
    assert (a.outlet, a.byline, a.published) == ("Coast Ledger", "Tom Vesely", "2026-11-04")
    assert kind_of(a, line) == "boilerplate"


@pytest.mark.parametrize("head, dateline, footer, published", [
    ("", "", "<footer>\u00a9 2026 The Island Courier</footer>", None),  # a copyright year dates nothing
    ('<meta property="article:published_time" content="2026-11-30T10:00:00Z">', "", "", "2026-11-30"),
    ("", '<p class="date">Published 30 November 2026</p>', "", "2026-11-30"),
])
def test_an_html_page_is_dated_only_by_a_date_it_states(head, dateline, footer, published):
    page = (f"<html><head><title>Ferry service cut</title>{head}</head><body><article>"
            f"<h1>Ferry service cut to two sailings a day</h1>{dateline}"
            "<p>The island's only ferry will sail twice a day from Monday, the operator said, after a second "
            "vessel failed its safety inspection.</p><p>Residents said the change would leave commuters "
            f"stranded on the mainland overnight.</p></article>{footer}</body></html>")
    assert parse_article(page, "p", fmt="html").published == published
