"""Quantities: what `find_quantities` reads, and how `same_quantity` / `conflicting_quantities` compare."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.extract.numbers import conflicting_quantities, find_quantities, same_quantity
from newsclaims.models import Quantity


def qs(text: str) -> list[tuple[str, float, str | None, bool]]:
    return [(q.text, q.value, q.unit, q.approximate) for q in find_quantities(text)]


def one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def check(text: str, span: str, value: float, unit: str | None, approximate: bool = False) -> None:
    q = one(text)
    assert q.text == span
    assert q.value == pytest.approx(value, rel=1e-3)
    assert q.unit == unit
    assert q.approximate is approximate


# --- numbers with digits, scales and money -------------------------------------------------------

@pytest.mark.parametrize("text, span, value, unit", [
    ("The firm cut 1,200 jobs.", "1,200", 1200, None),
    ("Prices rose 3.5 times.", "3.5", 3.5, None),
    ("It has 10k users.", "10k", 10_000, None),
    ("Of its 2.4 million residents, many left.", "2.4 million", 2.4e6, "person"),
    ("A fund of $5bn was agreed.", "$5bn", 5e9, "usd"),
    ("The EU pledged €3 billion on Monday.", "€3 billion", 3e9, "eur"),
    ("It costs US$40 per unit.", "US$40", 40, "usd"),
    ("A USD 40 million loan.", "USD 40 million", 4e7, "usd"),
    ("They lost 5 million euros.", "5 million euros", 5e6, "eur"),
    ("A convoy of 300,000 men.", "300,000", 300_000, "person"),
    ("A 20 kilometre stretch.", "20 kilometre", 20, "km"),
])
def test_digits_scales_and_money(text, span, value, unit):
    check(text, span, value, unit)


def test_thousands_separators_and_malformed_groups():
    assert qs("1,234,567 votes") == [("1,234,567", 1234567.0, None, False)]
    assert find_quantities("codes 1,2345 and 28.05.2025 and 1.2.3") == []


# --- percentages and fractions ---------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Turnout was 30% in the north.", "30%"),
    ("Turnout was 30 percent in the north.", "30 percent"),
    ("Turnout was 30 per cent in the north.", "30 per cent"),
    ("Turnout was thirty percent in the north.", "thirty percent"),
])
def test_percentages_are_proportions(text, span):
    check(text, span, 0.30, "percent")


@pytest.mark.parametrize("text, span, value", [
    ("It holds a third of the land.", "a third", 1 / 3),
    ("Two-thirds of voters agreed.", "Two-thirds", 2 / 3),
    ("Half the country voted.", "Half", 0.5),
    ("A quarter of homes lost power.", "A quarter", 0.25),
    ("Three quarters of the budget.", "Three quarters", 0.75),
    ("One in five adults smoke.", "One in five", 0.2),
    ("3 out of 4 doctors agree.", "3 out of 4", 0.75),
    ("One in every 500 users was exposed.", "One in every 500", 0.002),
    ("Three out of every four homes lost power.", "Three out of every four", 0.75),
    ("Sales fell by a third.", "a third", 1 / 3),
])
def test_fractions_in_words(text, span, value):
    check(text, span, value, "fraction")


def test_hedged_fractions_and_percentages_include_the_hedge():
    check("Russia controls nearly a fifth of Ukraine.", "nearly a fifth", 0.2, "fraction", True)
    check("It controls nearly a third of the land.", "nearly a third", 1 / 3, "fraction", True)
    check("It controls around 30% of the land.", "around 30%", 0.30, "percent", True)


def test_percentage_points_are_not_percentages():
    check("Rates rose 3 percentage points.", "3 percentage points", 0.03, "percentage_point")
    check("A cut of 25 basis points.", "25 basis points", 0.0025, "percentage_point")


@pytest.mark.parametrize("text, span, value, unit", [
    ("Rates went up by a quarter of a percentage point.", "a quarter of a percentage point", 0.0025, "percentage_point"),
    ("Rates went up by half a percentage point.", "half a percentage point", 0.005, "percentage_point"),
    ("Rates went up by three-quarters of a percentage point.", "three-quarters of a percentage point", 0.0075,
     "percentage_point"),
    ("Shares lost half a percent.", "half a percent", 0.005, "percent"),
    # a fraction of a bare point is of a percentage point ("did not raise rates by half a point")
    ("The bank did not raise rates by half a point.", "half a point", 0.005, "percentage_point"),
    ("Rates rose by three-quarters of a point.", "three-quarters of a point", 0.0075, "percentage_point"),
    ("The queue took a quarter of an hour.", "a quarter of an hour", 0.25, "hour"),
])
def test_a_fraction_of_a_unit_is_one_quantity_in_that_unit(text, span, value, unit):
    check(text, span, value, unit)


def test_a_fraction_of_a_percentage_point_is_the_same_as_basis_points():
    (a,), (b,) = find_quantities("a quarter of a percentage point"), find_quantities("25 basis points")
    assert same_quantity(a, b) and not conflicting_quantities(a, b)


def test_a_fraction_of_something_that_is_no_unit_stays_a_fraction():
    check("A third of the budget went on wages.", "A third", 1 / 3, "fraction")
    check("Half a loaf is better than none.", "Half", 0.5, "fraction")


@pytest.mark.parametrize("text", [
    "A second source confirmed it.",
    "The third day of talks began.",
    "He sought a third term in office.",
    "It was the 5th time this year.",
    "He came first; she came second.",
])
def test_ordinals_are_not_quantities(text):
    assert [q for q in find_quantities(text) if q.unit != "calendar_year"] == []


# --- number words and vague counts ------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("Three men were held.", "Three", 3),
    ("It took twenty-five votes.", "twenty-five", 25),
    ("It took twenty five votes.", "twenty five", 25),
    ("A hundred and five seats.", "A hundred and five", 105),
    ("Two dozen boats.", "Two dozen", 24),
    ("Half a million tonnes is not enough.", "Half a million tonnes", 500_000),
])
def test_number_words(text, span, value):
    q = one(text)
    assert (q.text, q.value) == (span, pytest.approx(value))


@pytest.mark.parametrize("text, span, value", [
    ("Tens of thousands marched.", "Tens of thousands", 10_000),
    ("Millions were displaced.", "Millions", 1e6),
    ("Dozens of boats sank.", "Dozens", 12),
    ("Hundreds of thousands fled.", "Hundreds of thousands", 1e5),
    ("It cost billions of dollars.", "billions of dollars", 1e9),
])
def test_vague_counts_are_approximate(text, span, value):
    q = one(text)
    assert (q.text, q.value, q.approximate) == (span, pytest.approx(value), True)


def test_counts_of_people_get_the_person_unit_without_the_noun_in_the_span():
    q = one("Police detained 40 protesters.")
    assert (q.text, q.unit) == ("40", "person")
    assert one("Hundreds of people gathered.").unit == "person"


@pytest.mark.parametrize("text", ["No one came.", "They blamed one another.", "He would one day return."])
def test_pronoun_uses_of_one_are_skipped(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["Hackers exploited a zero-day flaw.", "Zero Day Flaw Hits Every Browser",
                                  "It is not a zero-sum game.", "The school has zero tolerance for bullying."])
def test_zero_in_a_set_term_is_no_quantity(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["The Hawks led 13-3 at the half.", "He made a first-half free throw.",
                                  "It came with 5:12 left in the 1st half.", "They sit in the lower half of the table."])
def test_a_half_of_play_or_of_a_table_is_no_fraction(text):
    assert [q.unit for q in find_quantities(text) if q.unit == "fraction"] == []


@pytest.mark.parametrize("text, got", [("He lost half his savings.", ("half", 0.5, "fraction")),
                                       ("She hosted a half-hour show.", ("half-hour", 0.5, "hour"))])
def test_half_as_a_proportion_and_in_a_duration(text, got):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == [got]


def test_zero_as_a_count_is_still_a_quantity():
    assert [(q.text, q.value) for q in find_quantities("Zero deaths were reported.")] == [("Zero", 0.0)]


# --- hedges ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Almost 200 died.", "Almost 200"),
    ("Some 300 people fled.", "Some 300"),
    ("Roughly 40 ships.", "Roughly 40"),
    ("More than 5,000 troops.", "More than 5,000"),
    ("At least 12 died.", "At least 12"),
    ("Up to 80 drones.", "Up to 80"),
    ("Close to 90 ships.", "Close to 90"),
    ("~40 ships.", "~40"),
    ("Approximately 7 boats.", "Approximately 7"),
    ("It lasted 30 or so minutes.", "30 or so minutes"),
    ("A 30-odd strong crew.", "30-odd"),
])
def test_hedges_set_approximate_and_are_in_the_span(text, span):
    q = one(text)
    assert (q.text, q.approximate) == (span, True)


def test_a_preposition_is_not_a_hedge_before_a_small_number_word():
    assert qs("Control over four regions.") == [("four", 4.0, None, False)]
    assert one("Over 30 people died.").text == "Over 30"


# --- durations, ages, years and dates ------------------------------------------------------------

@pytest.mark.parametrize("text, span, value, unit", [
    ("Talks will end in two weeks.", "two weeks", 14, "day"),
    ("It reverses three decades of policy.", "three decades", 30, "year"),
    ("After a two-hour call, he spoke.", "two-hour", 2, "hour"),
    ("It happened a month ago.", "a month", 1, "month"),
    ("A 10-year plan.", "10-year", 10, "year"),
    ("It took two and a half years.", "two and a half years", 2.5, "year"),
    ("Within half an hour.", "half an hour", 0.5, "hour"),
    ("A 45-year-old man was held.", "45-year-old", 45, "age"),
])
def test_durations(text, span, value, unit):
    check(text, span, value, unit)


@pytest.mark.parametrize("text", ["Actress Jane Doe Dies at 91", "Jane Doe dead at 91", "She died at 91, her agent said.",
                                  "She died on Friday at the age of 91.", "A woman aged 91 was found.",
                                  "She died Thursday at age 91."])
def test_a_bare_figure_given_as_an_age_is_an_age(text):
    """"died at 91", "aged 91", "at the age of 91": an age, not a count (it was a count of 91 dead,
    which another outlet's "killed 3 people" could diverge from)."""
    check(text, "91", 91, "age")


@pytest.mark.parametrize("text, unit", [("He died at 91 Main Street.", None), ("The toll rose to 91.", None),
                                        ("Three people died at 5 sites.", None)])
def test_a_figure_after_dying_at_with_a_noun_after_it_is_no_age(text, unit):
    assert [q.unit for q in find_quantities(text) if q.value in (91, 5)] == [unit]


def test_bare_plural_durations_are_approximate():
    check("The war could go on for years.", "years", 1, "year", True)
    assert find_quantities("In recent years, trade grew.") == []


@pytest.mark.parametrize("text, span, value", [
    ("Finland joined in 2023.", "2023", 2023),
    ("The 2008 summit was pivotal.", "2008", 2008),
    ("It was annexed in 2014. Then", "2014", 2014),
    ("Around 2010, rules changed.", "Around 2010", 2010),
    ("The budget for 2014-15 was cut.", "2014-15", 2014),
    ("Talks about 2025 spending stalled.", "2025", 2025),
])
def test_calendar_years(text, span, value):
    q = one(text)
    assert (q.text, q.value, q.unit) == (span, value, "calendar_year")


def test_calendar_years_versus_counts_and_durations():
    assert qs("They sent 2000 troops.") == [("2000", 2000.0, "person", False)]
    assert qs("More than 2000 were killed.")[0][2] is None
    assert one("It has lasted 2 years.").unit == "year"
    assert one("in the 1990s").unit == "calendar_year"


@pytest.mark.parametrize("text, span, value", [
    ("Berlin, May 28, 2025. Reuters", "May 28, 2025", 20250528),
    ("On 28 May 2025 he left.", "28 May 2025", 20250528),
    ("Since February 2022, the war raged.", "February 2022", 20220200),
    ("On May 28th, 2025 he left.", "May 28th, 2025", 20250528),
    ("Due on Jan. 5 at noon.", "Jan. 5", 105),
    ("Filed 2025-05-28.", "2025-05-28", 20250528),
])
def test_dates_are_yyyymmdd_with_unknown_parts_zero(text, span, value):
    q = one(text)
    assert (q.text, q.value, q.unit) == (span, value, "date")


@pytest.mark.parametrize("text", [
    "Meet at 10:30 on site.", "Open 24/7 now.", "At 5pm sharp.", "At 5 a.m. today.",
    "COVID-19 spread.", "G7 leaders met.", "A 5G mast.", "F-16 jets flew.",
    "1. Redrawing the map", "  2) Second point",
    "Call 907-745-4811 with tips.", "Call (907) 745-4811.", "Call 745-4811.", "Dial +1 907.745.4811.",
])
def test_times_identifiers_and_list_markers_are_skipped(text):
    assert find_quantities(text) == []


def test_ranges_give_the_midpoint_approximately():
    check("Growth of 10-15% is forecast.", "10-15%", 0.125, "percent", True)
    check("It takes 2-3 weeks.", "2-3 weeks", 17.5, "day", True)
    check("Between 10 and 20 per cent.", "Between 10 and 20 per cent", 0.15, "percent", True)


def test_rates_do_not_add_a_one_unit_duration():
    assert [q.text for q in find_quantities("It costs $5bn a year and runs twice a day.")] == ["$5bn"]


# --- spans: offsets, order, overlaps ----------------------------------------------------------------

def test_offsets_are_exact_and_shifted():
    sentence = "Nearly a third of the 2.4 million people left in 2014 after two weeks."
    article = "Headline\n\n" + sentence
    base = article.index(sentence)
    found = find_quantities(sentence, offset=base)
    assert [q.text for q in found] == ["Nearly a third", "2.4 million", "2014", "two weeks"]
    for q in found:
        assert article[q.start:q.end] == q.text


_PIECES = ["nearly", "a", "third", "30%", "$5bn", "two", "-", "weeks", "2014", "in", "May", "28", ",",
           "1,200", "per", "cent", "hundreds", "of", "thousands", "second", "half", "one", ".", "~",
           "years", "for", "10k", "and", "twenty", "five", "\n", "10:30", "COVID", "19", "more", "than"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "  "])), max_size=30),
       st.integers(min_value=0, max_value=10_000))
def test_spans_are_exact_sorted_and_disjoint(parts, offset):
    text = "".join(p + sep for p, sep in parts)
    found = find_quantities(text, offset)
    for q in found:
        assert text[q.start - offset:q.end - offset] == q.text
        assert q.text.strip() == q.text and q.text
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


# --- comparisons ----------------------------------------------------------------------------------

def test_below_and_above_a_figure_are_bounds():
    """"to fall below 3%" admits 2.5% and not 3.5%; "stayed above 5%" admits 6%, not 4%."""
    assert one("expects inflation to fall below 3% next year").text == "below 3%"
    below, above = one("below 3%"), one("above 5%")
    assert not conflicting_quantities(below, one("2.5%")) and conflicting_quantities(below, one("3.5%"))
    assert not conflicting_quantities(above, one("6%")) and conflicting_quantities(above, one("4%"))


def test_nearly_a_third_is_the_same_as_around_30_percent():
    a, b = one("nearly a third"), one("around 30%")
    assert same_quantity(a, b) and same_quantity(b, a)
    assert not conflicting_quantities(a, b)


@pytest.mark.parametrize("x, y", [
    ("a third", "33%"),
    ("two-thirds", "67 percent"),
    ("two weeks", "14 days"),
    ("a fortnight", "two weeks"),
    ("a year", "12 months"),
    ("tens of thousands", "30,000"),
    ("thousands", "more than 12,000"),
    ("hundreds", "1,500"),
    ("more than 30", "around 33"),
    ("2014", "in 2014"),
    ("May 28, 2025", "28 May"),
    ("3%", "2.8%"),  # a whole percentage is a rounded one
    ("40 percent", "40.4 percent"),
])
def test_same_quantity(x, y):
    assert same_quantity(one(x), one(y)), (x, y)
    assert not conflicting_quantities(one(x), one(y)), (x, y)


@pytest.mark.parametrize("x, y", [
    ("30%", "half"),
    ("30", "31"),
    ("67", "68"),  # whole counts are exact: no 1% rounding joins two of them
    ("died aged 84", "died aged 85"),  # so are whole ages
    ("250 seats", "252 seats"),
    ("two weeks", "three months"),
    ("in 2014", "in 2019"),
    ("May 28, 2025", "May 29, 2025"),
    ("$5bn", "$9bn"),
    ("around 30%", "50%"),
    ("dozens", "500"),
    ("3%", "4%"),
    ("3%", "3.5%"),
    ("3.4%", "3.1%"),
])
def test_conflicting_quantities(x, y):
    assert conflicting_quantities(one(x), one(y)), (x, y)
    assert not same_quantity(one(x), one(y)), (x, y)


def test_two_figures_each_rounded_to_one_digit_differ_unless_equal():
    # each outlet rounded: "about 4,000" and "around 5,000" are two figures, not one told twice
    assert conflicting_quantities(one("about 4,000 people"), one("around 5,000 people"))
    assert conflicting_quantities(one("about 30%"), one("around 40%"))
    # a finer figure still fits a rounded one
    assert same_quantity(one("about 30 ships"), one("about 35 ships"))
    assert same_quantity(one("about 4,000 people"), one("about 4,000 people"))


def test_exact_values_are_stricter_than_approximate_ones():
    assert not same_quantity(one("30 ships"), one("34 ships"))
    assert same_quantity(one("about 30 ships"), one("34 ships"))


def test_bounds_are_neither_same_nor_conflicting_when_far_but_consistent():
    more, hundred = one("more than 30"), one("100")
    assert not same_quantity(more, hundred)
    assert not conflicting_quantities(more, hundred)
    assert conflicting_quantities(one("more than 30"), one("20"))
    assert conflicting_quantities(one("up to 10"), one("40"))


def test_two_lower_bounds_are_two_counts():
    """"at least 23" and "at least 31" dead are two tolls; a lower bound and a larger exact
    figure stay consistent (the toll rose), and near bounds are one count."""
    assert conflicting_quantities(one("at least 23"), one("at least 31"))
    assert conflicting_quantities(one("more than 150"), one("more than 400"))
    assert not conflicting_quantities(one("at least 23"), one("at least 25"))
    assert not conflicting_quantities(one("at least 23"), one("31"))
    assert not conflicting_quantities(one("more than 150"), one("around 200"))


def test_a_few_is_loose_wording_for_ten_but_not_for_an_hour():
    few = one("a few minutes")
    assert not same_quantity(few, one("ten minutes"))
    assert not conflicting_quantities(few, one("ten minutes"))
    assert conflicting_quantities(few, one("an hour"))
    assert conflicting_quantities(one("several days"), one("three months"))
    assert same_quantity(one("several days"), one("five days"))


def test_different_dimensions_are_neither_same_nor_conflicting():
    pairs = [("30%", "30"), ("two weeks", "14"), ("2014", "2,014"), ("$5", "5 km")]
    for x, y in pairs:
        assert not same_quantity(one(x), one(y)) and not conflicting_quantities(one(x), one(y)), (x, y)


# --- linear time ----------------------------------------------------------------------------------

def test_megabyte_lines_of_digits_and_punctuation_complete():
    """A catastrophic-backtracking regex would never return on these; a linear scan returns."""
    mb = 1_000_000
    assert find_quantities("9" * mb) == []  # one over-long digit run
    assert find_quantities("1," * (mb // 2)) == []  # one malformed digit group
    assert find_quantities(".,;:-$%~" * (mb // 8)) == []
    assert find_quantities("1.2.3-10:30 24/7 " * (mb // 17)) == []  # versions, clock times, slashes
    dashed = find_quantities("12-" * (mb // 15))  # dense: every token a quantity (200 KB)
    assert len(dashed) == mb // 15 and dashed[-1].text == "12"
    rng = random.Random(7)
    noise = "".join(rng.choice("0123456789,.-$%/: ~") for _ in range(mb // 5))
    found = find_quantities(noise)
    assert all(noise[q.start:q.end] == q.text for q in found)


@pytest.mark.parametrize("text, span, value", [
    ("They agreed a seven-year, $161-million deal.", "$161-million", 161e6),
    ("A $2.5-billion plan was unveiled.", "$2.5-billion", 2.5e9),
])
def test_a_scale_joined_by_a_hyphen_scales(text, span, value):
    qs = [q for q in find_quantities(text) if q.unit == "usd"]
    assert [(q.text, q.value) for q in qs] == [(span, pytest.approx(value))]


def test_a_count_of_half_siblings_is_no_fraction():
    assert all(q.unit != "fraction" for q in find_quantities("His two half-brothers were also arrested."))


def test_half_time_in_a_game_is_no_fraction():
    assert find_quantities("Varga left the pitch at half time with a knee injury.") == []
    assert [q.value for q in find_quantities("Half the staff were sent home.")] == [0.5]
