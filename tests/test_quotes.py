"""Quotes: marks, kinds (direct, partial/scare, reported), speakers, and the fixture corpus."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsclaims.extract.analysis import analyse
from newsclaims.extract.entities import build_entities
from newsclaims.extract.quotes import find_quotes, find_spans, scan_marks
from newsclaims.models import CONTENT_KINDS
from newsclaims.parse import load_corpus, parse_article

HEAD = "Leaders meet for talks on the crisis\n\n"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def check(art, qs):
    """Invariants every caller relies on: exact offsets, sorted, speakers inside the text."""
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    for q in qs:
        assert art.text[q.start:q.end] == q.text
        assert q.text == q.text.strip() and q.text
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(art.text)


def run(body: str):
    art = parse_article(HEAD + body, "t")
    an = analyse([art])[0]
    qs = find_quotes(an, build_entities(an))
    check(art, qs)
    return art, qs


def one(qs, text):
    got = [q for q in qs if q.text == text]
    assert len(got) == 1, [q.text for q in qs]
    return got[0]


@pytest.mark.parametrize("body", [
    "“We will not give up on the talks,” Zelensky said.",
    '"We will not give up on the talks," Zelensky said.',
    "‘We will not give up on the talks,’ Zelensky said.",
])
def test_direct_quote_in_curly_straight_and_single_marks(body):
    art, qs = run(body)
    q = one(qs, "We will not give up on the talks,")
    assert q.direct and q.cue == "say"
    assert "Zelensky" in q.speaker
    assert art.text[q.speaker_start:q.speaker_end] == "Zelensky"


def test_split_quote_gives_two_parts_with_one_speaker():
    _, qs = run("“We are ready to talk,” Merkel said, “but we will not surrender any land.”")
    a = one(qs, "We are ready to talk,")
    b = one(qs, "but we will not surrender any land.")
    assert a.direct and b.direct
    assert a.speaker == b.speaker and "Merkel" in a.speaker


def test_multi_sentence_quote_is_one_record():
    _, qs = run("“The talks failed. We will try again next week,” said Prime Minister Mark Rutte.")
    q = one(qs, "The talks failed. We will try again next week,")
    assert q.direct and "Rutte" in q.speaker


def test_floating_quote_inherits_previous_speaker():
    art, qs = run("“Prices will rise this year,” said Andrew Bailey, the governor of the central bank.\n\n"
                  "The bank kept its main interest rate unchanged at its meeting on Thursday.\n\n"
                  "“There is no easy way out of this.”")
    first = one(qs, "Prices will rise this year,")
    floating = one(qs, "There is no easy way out of this.")
    assert "Bailey" in first.speaker
    assert floating.direct and floating.speaker == first.speaker


def test_floating_quote_after_reported_speech_is_the_reporters():
    _, qs = run("The operator is not sure what caused the outage, spokeswoman Maria Lopez said.\n\n"
                "“We have two theories and we are checking both.”")
    assert one(qs, "We have two theories and we are checking both.").speaker == "Maria Lopez"
    # a direct quote in the previous paragraph still wins over older reported speech
    _, qs = run("The mayor said the roads would reopen.\n\n“It will take a week,” said Tom Reed, an engineer.\n\n"
                "“Maybe two.”")
    assert one(qs, "Maybe two.").speaker == "Tom Reed"


def test_whole_paragraph_quote_without_a_verb_is_direct_and_inherits():
    _, qs = run("“He was not acting any different,” Grant Hill said.\n\n“Business as usual.”")
    q = one(qs, "Business as usual.")
    assert q.direct and q.speaker == "Grant Hill"


def test_pronoun_speaker_resolved_to_named_person():
    art, qs = run("Chancellor Olaf Scholz spoke to reporters in Berlin on Monday. "
                  "“We stand with our partners,” he said.")
    q = one(qs, "We stand with our partners,")
    assert "Scholz" in q.speaker
    assert art.text[q.speaker_start:q.speaker_end] == "he"


def test_they_is_the_plural_party_of_the_sentence_before_not_a_place():
    _, qs = run("Prosecutors in Veldham have charged the former mayor with fraud. "
                "They say he steered the contracts to his brother-in-law.")
    assert one(qs, "he steered the contracts to his brother-in-law").speaker == "Prosecutors"


def test_they_after_a_plural_thing_is_not_that_thing():
    _, qs = run("The union met the company in Veldham on Monday. Details of the offer were not disclosed. "
                "They said talks would resume on Friday.")
    assert one(qs, "talks would resume on Friday").speaker != "Details"


def test_inverted_said_keeps_description_as_written():
    art, qs = run("“The deal is dead,” said one senior European diplomat.")
    q = one(qs, "The deal is dead,")
    assert q.direct and q.speaker == "one senior European diplomat"
    assert art.text[q.speaker_start:q.speaker_end] == "one senior European diplomat"


@pytest.mark.parametrize("body, text, speaker", [
    # a comma closing an apposition before "said" is no inverted cue: the name after the verb
    # opens what is said ("Smith died ...", "Tuesday that ...")
    ("Her agent, Jo Bloggs, said Smith died on Monday at a clinic.", "Smith died on Monday at a clinic", "Jo Bloggs"),
    ("The police chief, Anna Kowalska, said Tuesday that officers had found the car.",
     "officers had found the car", "Anna Kowalska"),
    ("His sister, Mary Stone, told Radio Nord she had not seen him since June.",
     "she had not seen him since June", "Mary Stone"),
])
def test_speaker_before_an_apposition_comma_is_the_subject(body, text, speaker):
    _, qs = run(body)
    assert one(qs, text).speaker == speaker


@pytest.mark.parametrize("body, text, speaker", [
    # an inverted cue after a fronted phrase names the speaker after the verb
    ("One big difference, said Yeager:\n\n“She was more at ease than anyone.”",
     "She was more at ease than anyone.", "Yeager"),
    # a common noun after the verb speaks; "Bridge issue" is what the parser took for its subject
    ("Bridge issue 'fixed', say engineers\n\nThe bridge reopened on Monday.", "fixed", "engineers"),
    # "..., told Radio Nord": the name after "told" is the listener, never an inverted speaker
    ("“We are not afraid of anything,” Jo Bloggs, the shop's insurer, told Radio Nord.",
     "We are not afraid of anything,", "Jo Bloggs"),
], ids=["fronted-phrase", "common-noun-speaker", "listener-not-speaker"])
def test_inverted_cues_name_the_speaker_not_the_listener(body, text, speaker):
    _, qs = run(body)
    assert one(qs, text).speaker == speaker


def test_according_to_and_colon_cues():
    _, qs = run("“The ceasefire will begin on Sunday,” according to two officials familiar with the talks.")
    assert one(qs, "The ceasefire will begin on Sunday,").speaker == "two officials familiar with the talks"
    _, qs = run("In a post on social media, Senator Elizabeth Warren wrote: “This bill is a gift to the banks.”")
    q = one(qs, "This bill is a gift to the banks.")
    assert q.direct and "Warren" in q.speaker and q.cue == "write"


def test_cue_after_a_question_and_cue_closing_the_previous_paragraph():
    _, qs = run("Senator Elizabeth Warren questioned the banker for an hour. “What did you expect?” she asked.")
    q = one(qs, "What did you expect?")
    assert q.direct and q.cue == "ask" and "Warren" in q.speaker
    _, qs = run("In a statement released on Sunday evening, the foreign ministry of Poland said:\n\n"
                "“The attack was unprovoked and we will respond accordingly.”")
    q = one(qs, "The attack was unprovoked and we will respond accordingly.")
    assert q.direct and q.speaker == "the foreign ministry of Poland"


def test_reported_speech_is_indirect_with_the_clause_as_text():
    art, qs = run("The finance minister said that the budget would be balanced by 2026.")
    q = one(qs, "the budget would be balanced by 2026")
    assert not q.direct and q.cue == "say"
    assert q.speaker == "The finance minister"
    assert find_spans(art) == []


def test_what_a_speaker_added_is_the_speakers_though_the_parser_hangs_it_on_what_was_said():
    _, qs = run("Ana Ruiz said the dam was safe and added that the road would reopen.")
    assert one(qs, "the dam was safe").speaker == "Ana Ruiz"
    assert one(qs, "the road would reopen").speaker == "Ana Ruiz"


def test_two_things_said_are_two_reported_clauses_each_in_its_claim():
    """ "X said A and that B" reports A and B apart, as the extractor makes them two claims: the
    second claim's reported quote is B, not the whole complement."""
    from newsclaims import extract_claims

    body = "The harbour master said the channel would reopen on Monday and that the dredging had cost two million dollars."
    _, qs = run(body)
    first = one(qs, "the channel would reopen on Monday")
    second = one(qs, "the dredging had cost two million dollars")
    assert first.speaker == second.speaker == "The harbour master" and not second.direct
    claims = [c for c in extract_claims(parse_article(HEAD + body, "t")) if not c.headline]
    assert [[q.text for q in c.quotes] for c in claims] == [
        ["the channel would reopen on Monday"], ["the dredging had cost two million dollars"]]


def test_reported_clause_ending_in_a_partial_quote_keeps_its_closing_mark():
    _, qs = run("The treasurer said the deficit was \u201cfar too large\u201d.")
    assert not one(qs, "the deficit was \u201cfar too large\u201d").direct
    assert one(qs, "far too large").speaker == "The treasurer"


def test_scare_quotes_are_indirect_with_possessor_or_subject_speaker():
    _, qs = run("The European Union defended its “strategic autonomy” agenda at the summit on Friday.")
    q = one(qs, "strategic autonomy")
    assert not q.direct and q.speaker and "European Union" in q.speaker
    _, qs = run("Germany’s “debt brake” rule was suspended for a second year in a row.")
    q = one(qs, "debt brake")
    assert not q.direct and q.speaker == "Germany"
    _, qs = run("The mayor called the plan ‘a disgrace’ and walked out of the meeting.")
    q = one(qs, "a disgrace")
    assert not q.direct and q.speaker == "The mayor"


def test_partial_quote_inside_reported_clause_belongs_to_the_speech_verb_subject():
    _, qs = run("Prime Minister Keir Starmer has warned the opposition that it is “playing politics” with the budget.")
    q = one(qs, "playing politics")
    assert not q.direct and "Starmer" in q.speaker and q.cue == "warn"


def test_apostrophes_are_not_quotes():
    art, qs = run("Putin’s aides don’t expect the leaders’ meeting to happen this year, officials said.\n\n"
                  "It's the government's view that the '90s reforms worked, the minister's office said.")
    assert find_spans(art) == []
    assert all(not q.direct for q in qs)


def test_unbalanced_mark_stays_in_its_paragraph():
    body = ("“This will never end, the mayor of the city said on Tuesday.\n\n"
            "The city council met on Tuesday to discuss the budget for next year.\n\n"
            "He said \"no and left the room, and then the board voted on the plan.")
    art, qs = run(body)
    paras = [p for p in art.paragraphs if p.kind in CONTENT_KINDS]
    for q in qs:
        assert any(p.start <= q.start and q.end <= p.end for p in paras)
    council = art.text.index("The city council")
    assert not any(q.start <= council < q.end for q in qs)


def test_quote_runs_on_only_into_a_paragraph_opening_with_a_mark():
    art, qs = run("“We will rebuild the port and the schools and the roads of this city, all of them,\n\n"
                  "“And we will rebuild the trust of our people,” the mayor, Anna Kowalska, said.")
    first = one(qs, "We will rebuild the port and the schools and the roads of this city, all of them,")
    second = one(qs, "And we will rebuild the trust of our people,")
    assert second.speaker == first.speaker and "Kowalska" in second.speaker


def test_embedded_post_is_a_direct_quote_of_its_author():
    from newsclaims.models import Article, Paragraph

    lines = [("title", "Leaders meet for talks on the crisis"),
             ("body", "The agency posted its summary of the talks on Tuesday evening."),
             ("embed", "BREAKING: The talks will resume next week in Geneva, officials confirm."),
             ("boilerplate", "pic.twitter.com/AbCdEf123"),
             ("boilerplate", "— Example News Agency (@examplenews) May 28, 2025")]
    text, paras = "", []
    for i, (kind, line) in enumerate(lines):
        paras.append(Paragraph(index=i, start=len(text), end=len(text) + len(line), text=line, kind=kind))
        text += line + "\n"
    art = Article(source="e", text=text, paragraphs=paras)
    an = analyse([art])[0]
    qs = find_quotes(an, build_entities(an))
    check(art, qs)
    post = one(qs, lines[2][1])
    assert post.direct and post.cue == "post"
    assert art.text[post.speaker_start:post.speaker_end] == "Example News Agency"


def test_scan_is_linear_and_never_crashes_on_many_marks():
    n = 50_000
    text = " ".join(f"“w{i}” ’ ' \" ‘" for i in range(n))
    t0 = time.perf_counter()
    pairs, _ = scan_marks(text, 0, len(text))
    assert time.perf_counter() - t0 < 2.0
    assert len(pairs) >= n
    bad = "“" * n + "\n" + "”" * n + "\n" + "\"" * n
    art = parse_article("Title line here\n\n" + bad + "\n\nA closing sentence of the article follows here.", "b")
    t0 = time.perf_counter()
    spans = find_spans(art)
    assert time.perf_counter() - t0 < 2.0
    last = art.text.index("A closing sentence")
    assert not any(s.start <= last < s.end for s in spans)


def test_many_quotes_end_to_end_fast():
    body = "\n\n".join(f"“Item {i} is ready for the market,” the trader said about the “lot {i}” deal." for i in range(300))
    art = parse_article(HEAD + body, "m")
    an = analyse([art])[0]
    ents = build_entities(an)
    t0 = time.perf_counter()
    qs = find_quotes(an, ents)
    assert time.perf_counter() - t0 < 3.0
    check(art, qs)
    assert sum(q.direct for q in qs) == 300
    assert all(q.speaker == "the trader" for q in qs if q.direct)


# ------------------------------------------------------------------ the fixture corpus
@pytest.fixture(scope="module")
def corpus():
    arts = load_corpus(str(CORPUS))
    out = {}
    for an in analyse(arts):
        out[an.article.source[:3]] = (an.article, find_quotes(an, build_entities(an)))
    return out


def test_corpus_invariants(corpus):
    for art, qs in corpus.values():
        check(art, qs)
        content = [p for p in art.paragraphs if p.kind in CONTENT_KINDS]
        for q in qs:  # nothing from titles or headings
            assert any(p.start <= q.start < p.end for p in content)
        # every pair of marks in a content paragraph gives a quote
        starts = {q.start for q in qs}
        assert all(s.start in starts for s in find_spans(art))


def test_corpus_speakers(corpus):
    art, qs = corpus["002"]
    assert one(qs, "Putin has toughened his position,").speaker == "the second source"
    post = [q for q in qs if q.cue == "post"]
    assert len(post) == 1 and post[0].text.endswith("frozen assets…") and post[0].speaker == "Clash Report"
    art, qs = corpus["003"]
    q = one(qs, "Delays and deception will bring pain, not peace.")
    assert q.direct and "Trump" in q.speaker
    q = one(qs, "the military solution will be more painful for Ukraine.")
    assert q.direct and q.speaker == "One of the sources close to the Kremlin"
    q = one(qs, "open door")
    assert not q.direct and q.speaker == "NATO"
    art, qs = corpus["000"]
    q = one(qs, "root causes")
    assert not q.direct and "Kremlin" in q.speaker


def test_pronoun_speaker_respects_gender():
    from newsclaims import extract_claims, parse_article

    text = ("Headline\n\nMaria Lopez, the mayor, met John Carter on Monday. "
            "“We will rebuild the bridge,” she said. “It will take two years,” he added.")
    quotes = [q for c in extract_claims(parse_article(text, "g")) for q in c.quotes if q.direct]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will rebuild the bridge,", "Maria Lopez"),
        ("It will take two years,", "John Carter"),
    ]


def test_quote_running_on_takes_the_speaker_at_its_end_over_an_inherited_one():
    _, qs = run("The plan has critics, Senator Ann Lee said on Monday.\n\n"
                "“The bears do not need a new rule.\n\n“They need ice,” said Tom Reed, a biologist.")
    assert one(qs, "The bears do not need a new rule.").speaker == "Tom Reed"


@pytest.mark.parametrize("body", [
    "A spokeswoman declined to say how many ships had been delayed.",
    "The mayor did not say whether the bridge would reopen.",
    "Police would not say why the man was arrested.",
    "The minister asked whether the port could reopen soon.",
])
def test_withheld_speech_reports_nothing(body):
    """What a speaker would not say, declined to say or asked is no reported content."""
    _, qs = run(body)
    assert qs == []


def test_a_wh_clause_after_a_plain_speech_verb_is_still_content():
    _, qs = run("The mayor said the bridge would reopen in May. Jo Bloggs described how rioters tried to storm the shop.")
    assert [q.speaker for q in qs] == ["The mayor", "Jo Bloggs"]



@pytest.mark.parametrize("body, nickname", [
    ("Mobster Frank 'The Hammer' Russo died in prison on Monday, officials said.", "The Hammer"),
    ('Former boxer Joe "Brown Bomber" Miller has died at 81.', "Brown Bomber"),
])
def test_a_nickname_inside_a_name_is_no_quote(body, nickname):
    art, qs = run(body)
    assert nickname not in [q.text for q in qs]


def test_a_quoted_title_after_a_full_name_is_still_a_quote():
    # "Mark Owen" is a first name and a surname: what follows in marks is a film, not a nickname
    art, qs = run("Director Mark Owen 'Silent Harbor' Talks Continue, the studio said.")
    assert "Silent Harbor" in [q.text for q in qs]


def test_a_named_speakers_quotation_is_asserted_in_every_sentence():
    # the article asserts that the judge said both sentences; an unnamed source's words are reported
    from newsclaims import extract_claims, parse_article

    text = ('Court fines chemical firm\n\nJudge Ilse Brandt said the firm had ignored warnings. "This was '
            'not an accident. It was negligence," Brandt said.\n\n"They knew," a source close to the case '
            'said. "Everyone knew."')
    quotes = [c for c in extract_claims(parse_article(text, "q")) if c.kind == "quote"]
    stances = {c.text.strip('"\u201c\u201d, '): c.stance for c in quotes}
    assert stances["This was not an accident."] == "asserts"
    assert {s for t, s in stances.items() if "knew" in t.lower()} == {"reports"}



def test_a_capitalised_title_before_a_named_person_is_not_the_speaker():
    """"Director at security company Velnor, Mira Tessaly said ...": the parser may read the title as
    a name; the person in apposition with it is who said it."""
    _, qs = run("Velnor issued a fix on Monday. Director at security company Velnor, Mira Tessaly said that "
                "the fix was only a stopgap.")
    assert one(qs, "the fix was only a stopgap").speaker == "Mira Tessaly"


def test_hearsay_said_to_be_is_no_speech():
    _, qs = run("A driver said to have been speeding was being questioned by police on Sunday.")
    assert all(q.speaker != "A driver" for q in qs)
