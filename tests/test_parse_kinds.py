"""Paragraph kinds and metadata on made-up articles: the rules are general, not about the corpus."""
from __future__ import annotations

import pytest

from newsclaims import parse_article
from newsclaims.models import CONTENT_KINDS
from newsclaims.parse.metadata import byline_line, date_line, normalise_date


def kinds(text: str, fmt: str = "text") -> list[tuple[str, str]]:
    a = parse_article(text, "t", fmt=fmt)
    return [(p.kind, p.text) for p in a.paragraphs]


def kind(text: str, line: str, fmt: str = "text") -> str:
    found = [k for k, t in kinds(text, fmt) if t == line]
    assert found, (line, kinds(text, fmt))
    return found[0]


BODY = "The harbour authority said on Tuesday that the new terminal would open in the spring."
BODY2 = "Ticket prices will stay the same for at least a year, according to the operator."


@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "Sponsored", "Ads by Example Network", "Read more: Storm hits the coast",
    "Share this article", "Tags: Politics, Elections, Transport", "Home > World > Europe", "Photo: Jane Doe/AP",
    "Reporting by Jane Doe; Editing by John Roe", "Jane Doe / Harbour Photos", "Getty Images", "Posted 3 hours ago",
    "© 2024 Daily Planet. All rights reserved.", "https://example.com/story/123", "Politics, Transport, Harbour, City",
    "5 min read", "Most read", "Recommended for you", "Also read", "Updated 12 March 2024 14:05 GMT",
    "*Additional reporting by Jane Doe*", "— Editing by John Roe",
    "(Photo: Jane Doe/The Harbour Times)", "[Image: Harbour Photos]", "(Credit: Jane Doe)",
])
def test_page_debris_lines_are_boilerplate(line):
    text = f"Terminal Opening Delayed\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert kind(text, line) == "boilerplate", kinds(text)


def test_caption_followed_by_credit():
    text = f"Ferry Terminal Opens\n{BODY}\nPassengers board the first ferry on Monday morning.\nJane Doe / Harbour Photos\n{BODY2}\n"
    assert kind(text, "Passengers board the first ferry on Monday morning.") == "caption"
    assert kind(text, "Jane Doe / Harbour Photos") == "boilerplate"
    assert kind(text, BODY2) == "body"


def test_long_caption_ending_with_an_agency_credit():
    line = ("Passengers board the first ferry at the new terminal in the harbour on Monday, March 4, "
            "2024.EXAMPLE/Jane Doe")
    assert kind(f"Ferry Terminal Opens\n\n{line}\n\n{BODY}\n", line) in ("caption", "boilerplate")


def test_embedded_post_text_and_attribution():
    text = (f"Ferry Terminal Opens\n{BODY}\nFirst crossing from the new terminal today. What a view!\n"
            "https://t.co/abc123\n— Harbour Fan (@harbourfan) March 4, 2024\n{BODY2}\n").replace("{BODY2}", BODY2)
    assert kind(text, "First crossing from the new terminal today. What a view!") == "embed"
    assert kind(text, "https://t.co/abc123") == "boilerplate"
    assert kind(text, "— Harbour Fan (@harbourfan) March 4, 2024") == "boilerplate"
    assert kind(text, BODY) == "body"  # the long paragraph before the post stays body
    assert kind(text, BODY2) == "body"


def test_repeated_paragraph_second_and_third_copies_are_boilerplate():
    a = parse_article(f"Terminal News\n\n{BODY}\n\n{BODY2}\n\n{BODY}\n\n{BODY}\n", "t")
    assert [p.kind for p in a.paragraphs if p.text == BODY] == ["body", "boilerplate", "boilerplate"]


def test_truncated_teaser_of_a_later_paragraph_is_boilerplate():
    text = f"News Ferry Terminal Opening Delayed Until...\n\nFerry Terminal Opening Delayed Until Spring\n\n{BODY}\n"
    ks = kinds(text)
    assert ks[0][0] == "boilerplate" and ks[1] == ("title", "Ferry Terminal Opening Delayed Until Spring")


def test_headings_bullets_and_lead_in():
    text = ("Harbour Plan Approved\n"
            f"{BODY}\n"
            "What Happens Next\n"
            "The plan sets out three stages:\n"
            "- Dredging of the outer basin will start in May.\n"
            "• A new quay will be built by 2026.\n"
            "1. The council will review costs every year.\n"
            "2. Funding and Oversight\n"
            "Key points:\n"
            f"{BODY2}\n"
            "Is the Harbour Ready?\n"
            f"{BODY}x\n")
    ks = dict((t, k) for k, t in kinds(text))
    assert ks["Harbour Plan Approved"] == "title"
    assert ks["What Happens Next"] == "heading"
    assert ks["The plan sets out three stages:"] == "body"
    assert ks["- Dredging of the outer basin will start in May."] == "bullet"
    assert ks["• A new quay will be built by 2026."] == "bullet"
    assert ks["1. The council will review costs every year."] == "bullet"
    assert ks["2. Funding and Oversight"] == "heading"
    assert ks["Key points:"] == "heading"
    assert ks["Is the Harbour Ready?"] == "heading"


def test_sentence_case_label_heading_or_dangling():
    text = f"Harbour Plan Approved\n\n{BODY}\n\nWhat we know so far\n\n{BODY2}\n\nMore from this author\n\nOther Harbour News\n"
    assert kind(text, "What we know so far") == "heading"
    assert kind(text, "More from this author") == "boilerplate"


def test_single_paragraph_is_body_even_without_a_period():
    assert kinds("Council Approves Harbour Plan") == [("body", "Council Approves Harbour Plan")]
    assert kinds("  The council approved the plan  \n") == [("body", "The council approved the plan")]


def test_sources_list_in_line_per_paragraph_text():
    text = f"Harbour Plan\n{BODY}\nSources:\nHarbour Authority annual report 2023\nCity council minutes, March 2024\n"
    ks = kinds(text)
    assert [k for k, _ in ks[-3:]] == ["boilerplate"] * 3


def test_hard_wrapped_text_is_joined_one_per_line_is_not():
    wrapped = ("Harbour Plan Approved\n\nThe harbour authority said on Tuesday that the new terminal\n"
               "would open in the spring, two years later than planned, because of\n"
               "rising costs.\n\nA second paragraph follows here.\n")
    ks = kinds(wrapped)
    assert [k for k, _ in ks] == ["title", "body", "body"]
    assert ks[1][1].endswith("rising costs.") and ks[1][1].count("\n") == 2
    per_line = f"Harbour Plan Approved\n{BODY}\n{BODY2}\n"
    assert [k for k, _ in kinds(per_line)] == ["title", "body", "body"]


def test_metadata_from_byline_and_dates():
    text = f"Harbour Plan Approved\nBy Jane Doe | Daily Planet\nThursday 29 May 2025 10.02 BST\n{BODY}\n"
    a = parse_article(text, "t")
    assert (a.byline, a.outlet, a.published) == ("Jane Doe", "Daily Planet", "2025-05-29")
    assert [p.kind for p in a.paragraphs] == ["title", "boilerplate", "boilerplate", "body"]


def test_agency_dateline_and_copyright_give_the_outlet():
    a = parse_article(f"Harbour Plan Approved\n\nPORTSMOUTH (AP) — {BODY}\n", "t")
    assert a.outlet == "AP"
    b = parse_article(f"Harbour Plan Approved\n\n{BODY}\n\n© 2024 Daily Planet. All rights reserved.\n", "t")
    assert b.outlet == "Daily Planet"


def test_published_beats_updated_and_body_dates_are_ignored():
    text = f"Harbour Plan\nUpdated June 2, 2025\nPublished June 1, 2025\n{BODY} The vote on 3 May 2025 was close.\n"
    assert parse_article(text, "t").published == "2025-06-01"
    assert parse_article(f"Harbour Plan\n\n{BODY} It opens on May 5, 2026.\n", "t").published is None


@pytest.mark.parametrize("line, published", [
    ("By Jane Doe | Daily Planet | 14 March 2026", "2026-03-14"),
    ("By Jane Doe, Daily Planet, March 14, 2026", "2026-03-14"),
    ("By Jane Doe - Updated March 14, 2026 10:02 GMT", "2026-03-14"),
    ("By Jane Doe | Daily Planet", None),
])
def test_a_date_on_the_byline_line_is_the_publication_date(line, published):
    a = parse_article(f"Harbour Plan\n\n{line}\n\n{BODY} The vote on 3 May 2025 was close.\n", "t")
    assert (a.byline, a.published) == ("Jane Doe", published)


@pytest.mark.parametrize("lines, expected", [
    (["Harbour Gazette | 14 March 2026"], ("Harbour Gazette", None, "2026-03-14")),
    (["By Jane Doe", "Harbour Gazette, March 14, 2026"], ("Harbour Gazette", "Jane Doe", "2026-03-14")),
    (["14 March 2026 - The Harbour Gazette"], ("The Harbour Gazette", None, "2026-03-14")),
    (["Jane Doe | 14 March 2026"], (None, "Jane Doe", "2026-03-14")),  # a given name: the byline
    (["Lisbon, 14 March 2026"], (None, None, None)),  # a place is no outlet
    (["Day of Service: Friday, June 24, 2005"], (None, None, None)),  # nor a label
    # emphasis marks around the whole line (Markdown) are no part of it
    (["*Harbour Gazette, 14 March 2026*"], ("Harbour Gazette", None, "2026-03-14")),
    (["_By Jane Doe_", "**Harbour Gazette | 14 March 2026**"], ("Harbour Gazette", "Jane Doe", "2026-03-14")),
])
def test_an_outlet_and_date_line_gives_both(lines, expected):
    head = "\n\n".join(lines)
    a = parse_article(f"Harbour Plan Approved\n\n{head}\n\n{BODY}\n", "t")
    assert (a.outlet, a.byline, a.published) == expected
    if expected[0]:
        assert a.paragraphs[len(lines)].kind == "boilerplate"


def test_a_two_word_title_above_a_date_line_is_the_title_not_a_byline():
    a = parse_article(f"Harbour Plan\n\nMarch 14, 2026\n\n{BODY}\n", "t")
    assert (a.title, a.byline, a.published) == ("Harbour Plan", None, "2026-03-14")
    assert [p.kind for p in a.paragraphs] == ["title", "boilerplate", "body"]


@pytest.mark.parametrize("line, expected", [
    ("By Jane Doe", ("Jane Doe", None)),
    ("By Jane Doe and John Roe, Daily Planet", ("Jane Doe and John Roe", "Daily Planet")),
    ("By Jane Doe, John Roe and Ann Poe", ("Jane Doe, John Roe and Ann Poe", None)),
    ("By Jane Doe, Staff Writer", ("Jane Doe", None)),
    ("Written by Ann-Marie O'Neil", ("Ann-Marie O'Neil", None)),
    ("By the end of the year, prices rose", None),
])
def test_byline_forms(line, expected):
    assert byline_line(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("| Published May 29, 2025", ("published", "2025-05-29")),
    ("Published May 29, 2025 | Updated May 30, 2025", ("published", "2025-05-29")),
    ("Updated: 12 March 2024 14:05 GMT", ("updated", "2024-03-12")),
    ("Published on 2024-01-05", ("published", "2024-01-05")),
    ("Sept. 3, 2024", ("date", "2024-09-03")),
    ("The 29 May 2025 vote was close.", None),
    ("February 30, 2024", ("date", None)),  # a dateline, but no valid date
    ("Jul. 7 5:59 PM EDT", ("date", None)),
    ("26 September 2013, 10:00 (GMT+05:00)", ("date", "2013-09-26")),
    ("Published : 2012.08.08 09:01 AM", ("published", "2012-08-08")),
    ("11/28/05", ("date", "2005-11-28")),
    ("05/03/2013", ("date", None)),  # day/month order unknown
    ("Posted 3 hours ago", ("published", None)),  # a dateline without a date
    ("May 29, 2025 10:15 AM GMT+1 Updated 2 hours ago", ("date", "2025-05-29")),
    ("PUBLISHED FRIDAY, MARCH 8, 2013 AT 12:46 PM/UPDATED AT 12:48 PM", ("published", "2013-03-08")),
    ("on Jul 7 2012, 5:55p", ("date", "2012-07-07")),  # times as '5:55p'
    ("7:00pm UK, Wednesday 05 May 2010", ("date", "2010-05-05")),  # a country as time zone
    ("WASHINGTON, DC, April 28, 2009", ("date", "2009-04-28")),  # a place dateline in capitals
    ("NEW YORK (Reuters) - May 3, 2013", None),  # an agency dateline is read elsewhere
    ("Washington Post April 28, 2009", None),
    ("STORM HITS CITY ON MAY 3, 2013", None),  # a headline in capitals, not a dateline
])
def test_date_lines(line, expected):
    assert date_line(line) == expected


def test_normalise_date():
    import datetime as dt

    assert normalise_date("2025-05-29T10:00:00Z") == "2025-05-29"
    assert normalise_date(dt.date(2024, 1, 2)) == "2024-01-02"
    assert normalise_date("3 June 2024") == "2024-06-03"
    assert normalise_date("soon") is None


def test_markdown_structures():
    md = ("Harbour Plan Approved\n=====================\n\n"
          f"{BODY}\n\n"
          "Background\n----------\n\n"
          "```\ncode = 1\n```\n\n"
          "* A new quay will be built by 2026.\n\n"
          "> The harbour is our future, the mayor said.\n\n"
          "***\n")
    ks = kinds(md, "markdown")
    assert ks[0] == ("title", "Harbour Plan Approved")
    assert ("heading", "Background") in ks
    assert ("boilerplate", "```\ncode = 1\n```") in ks
    assert ("bullet", "* A new quay will be built by 2026.") in ks
    assert ("body", "The harbour is our future, the mayor said.") in ks
    assert ks[-1] == ("boilerplate", "***")


def test_content_kinds_are_title_body_bullet_embed():
    # a headline states the story's main claim; headings, captions and boilerplate state none
    assert CONTENT_KINDS == {"title", "body", "bullet", "embed"}


def test_source_or_copyright_footer_does_not_turn_the_last_paragraph_into_a_caption():
    for footer in ("Source: Harbour Authority", "© 2024 Daily Planet. All rights reserved."):
        text = f"Harbour Plan\n{BODY}\n{BODY2}\n{footer}\n"
        assert kind(text, BODY2) == "body", footer
        assert kind(text, footer) == "boilerplate"


def test_a_sentence_ending_with_photo_words_is_not_a_caption():
    line = "The authority published the plan on Tuesday, along with a photo by the harbour master."
    assert kind(f"Harbour Plan\n\n{BODY}\n\n{line}\n", line) == "body"


def test_wire_story_layout():
    text = ("Ferry operator cuts winter timetable\n"
            "By Jane Doe and John Roe\n"
            "March 4, 2024 10:15 AM GMT Updated 2 hours ago\n"
            "PORTSMOUTH, March 4 (Example News) - The ferry operator said on Monday it would cut winter sailings.\n"
            "The change affects three routes, the company said.\n"
            "Reporting by Jane Doe; Editing by John Roe\n"
            "Our Standards: The Example Trust Principles., opens new tab\n")
    a = parse_article(text, "t")
    assert (a.title, a.byline, a.published, a.outlet) == (
        "Ferry operator cuts winter timetable", "Jane Doe and John Roe", "2024-03-04", "Example News")
    assert [p.kind for p in a.paragraphs] == ["title", "boilerplate", "boilerplate", "body", "body",
                                              "boilerplate", "boilerplate"]


def test_name_line_next_to_a_dateline_is_the_byline_and_topic_lists_are_debris():
    text = ("Ferry operator cuts winter timetable\n"
            "Routes to the islands will run twice a day\n"
            "Jane Doe\n"
            "Mon 4 Mar 2024 10.02 GMT\n"
            "The ferry operator said on Monday it would cut winter sailings.\n"
            "Explore more on these topics\n"
            "Ferries\nTransport\nIslands\nnews\n")
    a = parse_article(text, "t")
    assert a.byline == "Jane Doe" and a.published == "2024-03-04"
    ks = [p.kind for p in a.paragraphs]
    assert ks[2] == "boilerplate" and ks[4] == "body" and ks[-5:] == ["boilerplate"] * 5


def test_blog_layout():
    text = ("Home \u00bb Travel \u00bb Ferries\n\nWhy the ferry cuts matter\n\n"
            "Posted on March 5, 2024 by Ann Smith\n\n"
            "The islands depend on the ferry. That much is clear.\n\n"
            "Tags: Ferries, Islands, Transport\n\nLeave a comment\n\n"
            "Your email address will not be published. Required fields are marked *\n")
    a = parse_article(text, "t")
    assert (a.title, a.byline, a.published) == ("Why the ferry cuts matter", "Ann Smith", "2024-03-05")
    assert [p.kind for p in a.paragraphs] == ["boilerplate", "title", "boilerplate", "body", "boilerplate",
                                              "boilerplate", "boilerplate"]


def test_agency_dateline_with_country_and_contributor_line():
    text = ("PORTSMOUTH, England (AP) \u2014 The ferry operator cut winter sailings, officials said Monday.\n\n"
            "AP writer John Roe contributed to this report.\n")
    a = parse_article(text, "t")
    assert a.outlet == "AP"
    assert [p.kind for p in a.paragraphs] == ["body", "boilerplate"]


def test_headline_with_outlet_on_the_first_line():
    a = parse_article(f"Ferry operator cuts winter timetable | Daily Planet\n\n{BODY}\n", "t")
    assert (a.title, a.outlet) == ("Ferry operator cuts winter timetable", "Daily Planet")
    assert [(p.kind, p.text) for p in a.paragraphs][:2] == [
        ("title", "Ferry operator cuts winter timetable"), ("boilerplate", "Daily Planet")]
    b = parse_article(f"Ferries | Trains | Buses\n\n{BODY}\n", "t")  # a menu, not a headline
    assert b.outlet is None


def test_date_line_in_lower_case_after_a_headline_is_its_own_paragraph():
    art = parse_article("RIVAL CLUB MAKES HUGE OFFER TO STAR PLAYER\non Tuesday, 16 December 2008 13:45.\n"
                        "The club has offered the player an eight-year contract, reports said.\n", "t")
    assert art.published == "2008-12-16"
    assert [p.kind for p in art.paragraphs][:2] == ["title", "boilerplate"]


@pytest.mark.parametrize("headline", ["Jane Doe, Swimmer Turned Actress, Dies", "Ilse Varga, Harbour Board Chief, Resigns"])
def test_a_headline_of_a_name_an_aside_and_a_fate_is_the_title_not_a_tag_list(headline):
    text = f"{headline}\n\n{BODY}\n\n{BODY2}\n"
    assert kind(text, headline) == "title", kinds(text)
    # three short capitalised items are still a tag list
    assert kind(f"Terminal Opening Delayed\n\n{BODY}\n\nHarbour News, City Transport, Ferries\n\n{BODY2}\n",
                "Harbour News, City Transport, Ferries") == "boilerplate"
