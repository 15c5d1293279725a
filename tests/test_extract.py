"""Claim extraction: segmentation, kinds, stance, attribution, on short sentences and the corpus."""
from __future__ import annotations

import spacy
import pytest

import newsclaims
from newsclaims.extract import extract_claims, extract_many
from newsclaims.extract.breaks import add_breaks


def claims(text: str):
    return newsclaims.extract_claims(newsclaims.parse_article("Headline\n\n" + text, "t"))


def test_coordinated_demands_become_one_claim_each():
    cs = claims("Maria Lopez demanded a pay rise, a shorter working week, and better pensions.")
    assert [c.text for c in cs][1:] == ["a shorter working week", "better pensions"]
    assert cs[0].text.startswith("Maria Lopez demanded a pay rise")
    assert all(c.kind == "demand" and c.predicate == "demand" for c in cs)
    assert all("Maria Lopez" in [a.name for a in c.actors] for c in cs)


@pytest.mark.parametrize("sentence, items", [
    # a passive demand: its subject is the addressee
    ("Residents were urged to stay indoors and close their windows.", ["stay indoors", "close their windows"]),
    ("The mayor demanded that the council freeze rents, extend the night bus service and close the landfill.",
     ["freeze rents", "extend the night bus service", "close the landfill"]),
    ("Farmers urged ministers to cut diesel duty and scrap the new levy.", ["cut diesel duty", "scrap the new levy"]),
    ("The union wants the company to reinstate the drivers, pay overtime and stop outsourcing.",
     ["reinstate the drivers", "pay overtime", "stop outsourcing"]),
    # the parser hangs "open talks" and "raise fares" on the object ("open" as an adjective)
    ("Drivers demanded the operator withdraw the rota, open talks and raise fares.",
     ["withdraw the rota", "open talks", "raise fares"]),
    ("Shop owners demanded that the council withdraw the levy and open talks with traders.",
     ["withdraw the levy", "open talks with traders"]),
    ("The residents demanded the firm rehouse the families, clear the rubble and secure the site.",
     ["rehouse the families", "clear the rubble", "secure the site"]),
])
def test_coordinated_demanded_actions_become_one_claim_each(sentence, items):
    cs = claims(sentence)
    assert len(cs) == len(items)
    assert all(c.kind == "demand" for c in cs)
    for c, item in zip(cs, items):
        assert c.text.rstrip(".").endswith(item)


@pytest.mark.parametrize("sentence", [
    "Microsoft urged customers to test and deploy the patch as soon as possible.",  # one shared object
    "The plan seeks to weaken the regulator and limit its budget.",  # one aim, asked of nobody
])
def test_coordinated_verbs_that_are_not_separate_demands_stay_one_claim(sentence):
    assert len(claims(sentence)) == 1


def test_a_demand_coordinated_with_another_act_is_its_own_claim():
    cs = claims('The senator called the ruling "a disgrace" and demanded that the minister resign at once.')
    assert len(cs) == 2
    assert cs[1].text.startswith("demanded that the minister resign") and cs[1].kind == "demand"
    assert cs[0].kind != "demand"


@pytest.mark.parametrize("sentence, second", [
    ("The opposition demanded an independent inquiry and called for the resignation of the health minister.",
     "called for the resignation"),
    ("Protesters called for new elections and demanded the release of detained activists.",
     "demanded the release"),
])
def test_two_demand_verbs_each_with_its_object_are_two_demands(sentence, second):
    cs = claims(sentence)
    assert len(cs) == 2 and all(c.kind == "demand" for c in cs)
    assert cs[1].text.startswith(second)


def test_two_verbs_sharing_one_object_stay_one_claim():
    cs = claims("Workers demanded and won a pay rise.")
    assert len(cs) == 1 and cs[0].text == "Workers demanded and won a pay rise."


def test_demand_noun_with_include_splits_items():
    cs = claims("The union's demands include higher wages and the reinstatement of dismissed workers.")
    assert [c.text for c in cs][-1] == "the reinstatement of dismissed workers"
    assert len(cs) == 2 and all(c.kind == "demand" for c in cs)


def test_list_of_places_is_one_claim():
    cs = claims("Lopez wants Chile, Peru and Bolivia excluded from the trade pact.")
    assert len(cs) == 1
    assert cs[0].kind == "demand"


def test_contrast_clause_is_its_own_claim():
    cs = claims("The factory closed in May, while the union has promised to fight the decision in court.")
    assert len(cs) == 2
    assert cs[1].text.startswith("while the union has promised")


def test_a_contrast_clause_before_a_trailing_cue_is_its_own_claim_of_the_source():
    cs = claims("The party took 42 percent of the vote, while the ruling bloc won 30 percent, the commission said.")
    assert [c.predicate for c in cs] == ["take", "win"]
    assert [c.attribution for c in cs] == ["the commission", "the commission"]


@pytest.mark.parametrize("sentence, predicate", [
    ("Police found two women dead in the house.", "find"),
    ("The video shows police beating a man.", "show"),
])
def test_a_verb_of_evidence_reports_only_with_a_document_for_subject(sentence, predicate):
    (c,) = claims(sentence)
    assert (c.predicate, c.attribution, c.stance) == (predicate, None, "asserts")


@pytest.mark.parametrize("text", [
    "The minister reportedly plans to resign before the summer.",
    "The mayor is said to be furious about the leak.",
    "The company appears to have lost the contract.",
])
def test_hedges(text):
    (c,) = claims(text)
    assert c.stance == "hedged"


@pytest.mark.parametrize("sentence, attribution, predicate", [
    ("Police believe the gunman acted alone.", "Police", "act"),
    ("Investigators suspect the fire was set deliberately.", "Investigators", "set"),
    ("The coroner believes Ada Brisk died of natural causes.", "The coroner", "die")])
def test_what_sources_believe_is_passed_on_hedged(sentence, attribution, predicate):
    """"Police believe X": the claim is X, the police its attribution, hedged (it was the police's
    own statement with predicate "believe", so it could not match "X, police said")."""
    (c,) = claims(sentence)
    assert (c.attribution, c.predicate, c.stance) == (attribution, predicate, "hedged")


@pytest.mark.parametrize("sentence", ["Most people thought she was dead.", "Ada Brisk believes the plan will fail."])
def test_what_anyone_or_a_named_person_believes_is_their_own_statement(sentence):
    (c,) = claims(sentence)
    assert c.attribution is None and c.predicate in ("think", "believe")


@pytest.mark.parametrize("headline, predicate", [
    ("Huge Fire Destroys Store", "destroy"),  # the tagger's verb, run into a noun compound
    ("Swimmer And Actress Dies Aged 91", "die"),  # "Aged 91" is her age, though the parser's root
])
def test_a_title_cased_headlines_verb_is_its_predicate(headline, predicate):
    got = extract_claims(headline + "\n\nThe team won on Sunday.\n")
    assert (got[0].text, got[0].predicate) == (headline, predicate)


def test_according_to_fills_attribution():
    (c,) = claims("According to two senior officials, the plant will close in March.")
    assert c.attribution == "two senior officials"
    assert c.stance == "reports"


def test_parenthetical_say_fills_attribution():
    (c,) = claims("The talks, the sources say, have stalled over the border question.")
    assert c.attribution == "the sources"
    assert c.stance == "reports"


@pytest.mark.parametrize("sentence, attribution", [
    ("The company, which employs 5,000 people, said it would cut 300 jobs.", "The company"),
    ("Anna Berg, who chairs the committee, said the report was late.", "Anna Berg"),
    # a restrictive clause says which man: it stays
    ("The man who found the body told police he had heard shots.", "The man who found the body"),
])
def test_a_relative_clause_set_off_by_commas_is_no_part_of_the_attribution(sentence, attribution):
    (c,) = claims(sentence)
    assert c.attribution == attribution


def test_plain_assertion():
    (c,) = claims("The storm destroyed 300 homes on the island on Monday.")
    assert c.stance == "asserts" and c.attribution is None
    assert c.kind == "event"


def test_modal_is_assessment():
    (c,) = claims("The decision could weaken the coalition ahead of the vote.")
    assert c.kind == "assessment"


def test_lead_in_gives_predicate_to_bullets():
    text = "Strike\n\nThe drivers' union is demanding:\n- Higher hourly wages for all drivers.\n- Safer working conditions at depots.\n"
    cs = claims(text)
    assert [c.text for c in cs] == ["Higher hourly wages for all drivers.", "Safer working conditions at depots."]
    assert all(c.kind == "demand" and c.predicate == "demand" for c in cs)


def test_questions_and_imperatives_are_not_claims():
    cs = claims("Prices rose by 4% in March. What do you think? Leave your comments below.")
    assert [c.text for c in cs] == ["Prices rose by 4% in March."]


def test_a_clause_with_its_own_subject_after_an_imperative_is_a_claim():
    cs = claims("Stay calm, but the river is rising fast. Leave your comments below.")
    assert [c.text for c in cs] == ["the river is rising fast."]


@pytest.mark.parametrize("opening", ["ROTTERDAM — ", "KYIV, Ukraine (AP) — ", "LONDON, March 14 (Reuters) - ",
                                     "MUMBAI: "])
def test_a_dateline_is_no_part_of_the_claim_nor_its_actors(opening):
    cs = claims(f"Shelling\n\n{opening}Northern forces shelled the city overnight, officials said.\n")
    body = [c for c in cs if not c.headline]
    assert [c.text for c in body] == ["Northern forces shelled the city overnight, officials said."]
    assert not any(a.name in ("Ukraine", "Associated Press", "Reuters") for a in body[0].actors)


@pytest.mark.parametrize("sentence, first, second", [
    ("The minister said the dam was safe and that the road would reopen on Monday.",
     "The minister said the dam was safe", "the road would reopen on Monday"),
    ("Officials stressed that the leak was small, but that the plant would stay shut.",
     "Officials stressed that the leak was small", "the plant would stay shut"),
    ("Shipping agents said around 30 vessels were waiting to dock, and several cargoes had been diverted to Norvik.",
     "Shipping agents said around 30 vessels were waiting to dock", "several cargoes had been diverted to Norvik"),
    # one subject, but a tense or mood of its own: another thing said
    ("The regulator said it had opened an investigation and could fine the lender up to 4% of its turnover.",
     "The regulator said it had opened an investigation", "could fine the lender up to 4% of its turnover"),
])
def test_two_things_said_are_two_claims_of_the_speaker(sentence, first, second):
    cs = claims(sentence)
    assert [c.text.rstrip(".") for c in cs] == [first, second]
    assert cs[0].attribution == cs[1].attribution and cs[1].attribution


@pytest.mark.parametrize("sentence", [
    "The minister said prices rose and wages fell.",
    "The director said she had cut jobs and had closed two plants.",
    # after a copula the two say one thing of the subject
    "The office maintains that the talks are a private matter and should not be dictated by others.",
    # what the speaker did, not a second thing said
    "It said card numbers and passwords had been stolen for some customers, but did not say how many.",
])
def test_one_thing_said_in_two_verbs_is_one_claim(sentence):
    assert len(claims(sentence)) == 1


@pytest.mark.parametrize("sentence, said, act, predicate, kind", [
    ("Mayor Lena Korhonen said the closure could cost the town $2 million and accused the operator of negligence.",
     "the closure could cost the town $2 million", "accused the operator of negligence", "accuse", "statement"),
    ("Mayor Lena Korhonen said losses had reached $2 million and described the proposal as unworkable.",
     "losses had reached $2 million", "described the proposal as unworkable", "describe", "statement"),
])
def test_what_a_speaker_said_and_the_speakers_next_act_are_two_claims(sentence, said, act, predicate, kind):
    """The parser hangs "accused ..." on the reported clause; it is the mayor's own act, which
    the article asserts, and what she said ends before it."""
    cs = claims(sentence)
    assert [c.text.rstrip(".") for c in cs][1:] == [act]
    first, second = cs
    assert "Lena Korhonen" in first.attribution and first.text.rstrip(".").endswith(said)
    assert [q.text for q in first.quotes if not q.direct] == [said]
    assert (second.predicate, second.kind, second.attribution) == (predicate, kind, None)
    assert "Lena Korhonen" in [a.name for a in second.actors]


@pytest.mark.parametrize("sentence, act, said", [
    ("Party leader Tomas Brink conceded defeat and said he would stay on as leader.",
     "Party leader Tomas Brink conceded defeat", "said he would stay on as leader"),
    ("The minister visited the flooded town and said the damage was severe.",
     "The minister visited the flooded town", "said the damage was severe"),
])
def test_an_act_and_then_a_thing_said_are_two_claims(sentence, act, said):
    cs = claims(sentence)
    assert [c.text.rstrip(".") for c in cs] == [act, said]
    assert cs[1].attribution and cs[1].attribution in sentence and not cs[0].attribution


@pytest.mark.parametrize("sentence", [
    # the reported clause is about someone, who may have accused: it stays what was said
    "Mayor Lena Korhonen said the operator had cut jobs and accused the council of negligence.",
    # one verb form shared with the reported clause: both verbs are what was said
    "Mayor Lena Korhonen said the storm damaged roofs and flooded the old mill.",
])
def test_a_conjunct_that_may_be_what_was_said_is_not_cut(sentence):
    assert len(claims(sentence)) == 1


@pytest.mark.parametrize("sentence, figures, source", [
    # the verb of the second figure is gapped: "left 12 dead and [left] 28 injured"
    ("A bus accident near Tolvik on Tuesday left 12 people dead and 28 injured, according to local police.",
     ["12", "28"], "local police"),
    ("Five soldiers were killed and 11 wounded in the attack, the army said.", ["Five", "11"], "the army"),
])
def test_a_gapped_count_is_one_more_figure_of_its_clause(sentence, figures, source):
    (c,) = claims(sentence)
    assert [q.text for q in c.numbers] == figures
    assert c.attribution == source


def test_a_count_with_its_own_auxiliary_is_its_own_claim():
    got = claims("Four people died and 20 were injured in the blast.")
    assert [c.text for c in got] == ["Four people died", "20 were injured in the blast."]


@pytest.mark.parametrize("sentence, kind", [
    ("Minister Teodor Wills insisted on Friday that the changes were needed to keep pensions affordable.",
     "statement"),  # "on Friday" says when, and the infinitive is no one's task
    ("Wills insisted that the changes were needed to keep pensions affordable.", "statement"),
    ("The unions insisted on a pay rise.", "demand"),
    ("The unions insisted on Friday on a pay rise.", "demand"),
])
def test_insisting_that_something_is_so_is_no_demand(sentence, kind):
    (c,) = claims(sentence)
    assert c.kind == kind


def test_what_is_insisted_on_is_not_cut_at_a_list_of_places():
    (c,) = claims('Rask insisted the growing debt problems in Velmar and Ostravia had "absolutely nothing '
                  'to do with the situation in Corvale."')
    assert c.kind == "statement"


@pytest.mark.parametrize("sentence, predicate, kind", [
    ("Police said they believe the gunman acted alone.", "act", "event"),
    ("Officials said they think the fire started in the kitchen.", "start", "event"),
])
def test_what_sources_say_they_believe_is_the_claim(sentence, predicate, kind):
    (c,) = claims(sentence)
    assert (c.predicate, c.kind, c.stance) == (predicate, kind, "reports")


def test_a_quotation_the_sentence_splitter_left_open_is_not_cut():
    """'He explained, "A, but B.' is one quotation, whose closing mark the splitter put in a later
    sentence: the two clauses said are not cut apart."""
    cs = claims('He explained, "You feel good, but it is never going to bring him back to his family.')
    assert len(cs) == 1


def test_a_demonstrative_that_after_and_is_kept():
    cs = claims("The coach changed the line-up, and that was the main reason for the win.")
    assert any(c.text.startswith("that was the main reason") for c in cs)


def test_of_two_subjects_the_one_nearest_before_the_verb_is_the_subject():
    # the parse a small model gives "VELDHAM, Mar 2 — The bank raised rates and signalled ...":
    # the dateline's place and the bank both hang on "raised" as subjects
    from spacy.tokens import Doc
    from newsclaims.extract.segment import subject_of
    words = ["VELDHAM", ",", "Mar", "2", "—", "The", "bank", "raised", "rates", "and", "signalled", "more", "."]
    heads = [7, 0, 0, 2, 0, 6, 7, 7, 7, 7, 7, 10, 7]
    deps = ["nsubj", "punct", "npadvmod", "nummod", "punct", "det", "nsubj", "ROOT", "dobj", "cc", "conj", "dobj",
            "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert subject_of(doc[10]).text == "bank"
    assert subject_of(doc[7]).text == "bank"


def test_a_capitalised_name_before_a_dash_and_lower_case_is_no_dateline():
    cs = claims("Alliance\n\nNATO — the alliance of 32 states — said on Monday it would hold talks.\n")
    assert [c.text for c in cs if not c.headline][0].startswith("NATO")


def test_a_pronoun_attribution_is_the_party_it_stands_for():
    cs = claims("The company said profits fell. It added that it would cut 200 jobs. "
                "Jo Smith said the plan was late. It was not clear why, she added.")
    by_text = {c.text[:12]: c for c in cs}
    it = by_text["It added tha"]
    assert it.attribution == "The company" and [q.speaker for q in it.quotes] == ["The company"]
    assert by_text["It was not c"].attribution == "Jo Smith"


def test_it_never_stands_for_a_person():
    cs = claims("Jo Smith said the plan was late. It added that it would cost more.")
    assert [c.attribution for c in cs if c.text.startswith("It added")] == ["It"]


def test_a_main_clause_coordinated_with_a_speech_verb_is_not_what_was_said():
    cs = claims("Authorities have not said what caused the fire, but police arrested two men on Friday.")
    arrest = [c for c in cs if c.predicate == "arrest"][0]
    assert (arrest.attribution, arrest.stance) == (None, "asserts")
    cs = claims("Officials said the fire was contained, but warned that it could flare up.")
    assert [c.attribution for c in cs] == ["Officials", "Officials"]


@pytest.mark.parametrize("sentence", [
    "\u201cThe wind is our biggest enemy right now,\u201d fire chief Marta Silva told reporters.",
    "\u201cWe will rebuild the bridge,\u201d the mayor told the BBC on Sunday.",
])
def test_a_quote_told_to_someone_is_a_quote(sentence):
    c = [c for c in claims(sentence) if not c.headline][0]
    assert c.kind == "quote" and c.quotes[0].direct


def test_what_sources_would_not_say_is_not_their_report():
    c = claims("Police would not say why the man was arrested.")[0]
    assert c.predicate == "say" and c.quotes == []


def test_claim_offsets_and_ids_on_corpus():
    arts = newsclaims.load_corpus("corpus")
    for art, cs in zip(arts, extract_many(arts)):
        assert cs, art.source
        kinds = {p.index: p.kind for p in art.paragraphs}
        for c in cs:
            assert art.text[c.start:c.end] == c.text
            assert c.id == f"{art.source}#{c.start}-{c.end}"
            assert kinds[c.paragraph] in ("title", "body", "bullet", "embed")
            assert c.headline == (kinds[c.paragraph] == "title")
            para = art.paragraphs[c.paragraph]
            assert para.start <= c.start and c.end <= para.end
        assert len({c.id for c in cs}) == len(cs)


def test_extraction_is_deterministic():
    art = newsclaims.load_corpus("corpus")[2]
    a = [c.model_dump() for c in newsclaims.extract_claims(art)]
    b = [c.model_dump() for c in newsclaims.extract_claims(art)]
    assert a == b


def test_blank_pipeline_still_extracts():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    add_breaks(nlp)
    art = newsclaims.parse_article("Headline\n\nOfficials said the bridge will reopen in June. Traffic fell by 20% in May.", "b")
    (cs,) = extract_many([art], nlp=nlp)
    assert [c.text for c in cs] == ["Officials said the bridge will reopen in June.", "Traffic fell by 20% in May."]


def test_quotation_is_never_cut():
    cs = claims("“The plant will close, but not this year,” said a company spokeswoman.")
    assert len(cs) == 1 and cs[0].kind == "quote"
    assert cs[0].attribution == "a company spokeswoman"


def test_along_with_is_another_demand_item():
    cs = claims("The rebels want Chad, Niger, and Mali excluded from the talks, along with the army withdrawing from the capital.")
    assert len(cs) == 2
    assert cs[0].text.endswith("excluded from the talks")
    assert cs[1].text.startswith("along with the army") and cs[1].kind == "demand" and cs[1].predicate == "want"


def test_hard_wrapped_paragraph_keeps_sentences_whole():
    text = ("The council said on Monday that the bridge\nwill reopen in June after repairs. Traffic fell\n"
            "by 20% in May.\n\nA second paragraph ends here.")
    cs = claims(text)
    assert [c.text for c in cs] == [
        "The council said on Monday that the bridge\nwill reopen in June after repairs.",
        "Traffic fell\nby 20% in May.",
        "A second paragraph ends here.",
    ]


def test_named_party_speech_is_asserted_sources_are_reported():
    cs = claims("The union said that talks would resume on Monday. Senior officials said that the plant "
                "would close. The bridge will reopen in June, a source said.")
    assert [(c.stance, c.attribution) for c in cs] == [
        ("asserts", "The union"), ("reports", "Senior officials"), ("reports", "a source")]


def test_scare_quote_does_not_make_a_claim_reported():
    (c,) = claims("The council will address what it calls the “root causes” of the strike.")
    assert c.stance == "asserts" and c.attribution is None


@pytest.mark.parametrize("text, actor", [
    ("Council votes on fares\n\nThe council elected Maria Lopez as mayor in May.\n\n"
     "She has promised to cut bus fares by a third.", "Maria Lopez"),
    ("Council votes on fares\n\nMaria Lopez and John Harris met on Monday.\n\n"
     "He has promised to cut bus fares by a third.", "John Harris"),
    # no person of a compatible gender was named before: the pronoun stays unresolved
    ("Council votes on fares\n\nJohn Harris lost the vote to the mayor in May.\n\n"
     "She has promised to cut bus fares by a third.", None),
])
def test_pronoun_subject_is_resolved_to_its_person(text, actor):
    claim = next(c for c in extract_claims(text) if c.text.startswith(("She ", "He ")))
    names = [a.name for a in claim.actors]
    assert names == ([actor] if actor else [])
    if actor:  # the entity is the earlier mention, with its own exact offsets
        e = claim.actors[0]
        assert text[e.start:e.end] == actor and e.end <= claim.start


def test_trailing_reporting_clause_is_no_list_item():
    text = "Title of the piece\n\nThe union wants higher wages and shorter hours, officials said.\n"
    got = [c.text for c in extract_claims(text)]
    assert got == ["The union wants higher wages", "shorter hours"]
    one = extract_claims("Nothing here\n\nHis demands include an end to the blockade, sources say.\n")
    assert len(one) == 1 and one[0].attribution == "sources"


def test_modifier_shared_by_a_list_is_not_part_of_its_last_item():
    # "in exchange for ..." qualifies both demands, not the shorter hours alone
    got = [c.text for c in extract_claims(
        "Title of the piece\n\nThe union wants higher wages and shorter hours in exchange for ending the strike.\n")]
    assert got == ["The union wants higher wages", "shorter hours"]
    # an item's own modifier stays with it
    got = [c.text for c in extract_claims(
        "Title of the piece\n\nProtesters demanded new elections and an inquiry into police violence.\n")]
    assert got == ["Protesters demanded new elections", "an inquiry into police violence."]


def test_past_temporal_clause_after_a_comma_is_its_own_event():
    cs = claims("The mayor resigned on Friday, hours after the council voted to censure him.")
    assert [c.text for c in cs] == ["The mayor resigned on Friday", "hours after the council voted to censure him."]
    assert cs[1].predicate == "vote" and cs[1].kind == "event"


def test_future_temporal_clause_stays_a_condition():
    cs = claims("The rebels will not sign the truce, before the army withdraws from the valley.")
    assert len(cs) == 1
    cs = claims("It was not long, however, before the mill was sold to a rival.")
    assert len(cs) == 1


def test_but_only_if_condition_stays_with_its_clause():
    # "..., but only if ..." restricts the first clause; a bare condition is no claim
    got = [c.text for c in extract_claims("Title of the piece\n\nThe union will end the strike, but only if wages rise.\n")]
    assert got == ["The union will end the strike, but only if wages rise."]
    # a coordinated clause with its own subject is still a claim of its own
    got = [c.text for c in extract_claims("Title of the piece\n\nThe minister resigned, and the party will choose a successor.\n")]
    assert got == ["The minister resigned", "the party will choose a successor."]


def test_keywords_leave_out_the_attribution_frame_and_hedges():
    (c,) = extract_claims("Title of the piece\n\nAccording to officials, the rebels reportedly signed the peace accord.\n")
    assert c.keywords.count("accord") == 1  # the treaty, not "according to"
    assert "reportedly" not in c.keywords and c.stance == "hedged"


def test_a_second_verb_that_shares_an_unnamed_subject_is_about_it():
    # "would appeal the ruling" is the company's: its keywords carry "company", so that it matches
    # another outlet's "the company will appeal"
    got = claims("The spokesman said the company regretted the spill and would appeal the ruling.")
    assert [c.text for c in got] == ["The spokesman said the company regretted the spill", "would appeal the ruling."]
    assert got[1].keywords[:2] == ["company", "appeal"]
    # a named subject is the claim's actor instead; a pronoun says nothing
    named = claims("Dana Voss regretted the spill and would appeal the ruling.")
    assert named[-1].keywords[0] == "appeal" and [a.name for a in named[-1].actors] == ["Dana Voss"]


def test_a_where_clause_with_its_own_subject_is_what_happened_there():
    got = claims("The governor declared an emergency in Dunmore County, where a wildfire has burned 9,000 hectares.")
    assert [c.text for c in got] == ["The governor declared an emergency in Dunmore County",
                                     "where a wildfire has burned 9,000 hectares."]
    assert [r.name for r in got[1].regions] == ["Dunmore County"] and got[1].kind == "event"
    assert [q.text for q in got[1].numbers] == ["9,000 hectares"]
    # a short one, or one without a comma, stays in its sentence
    assert len(claims("Police arrested the man in Ashby, where he lives.")) == 1
    assert len(claims("He grew up in the town where his father worked at the mill.")) == 1


@pytest.mark.parametrize("sentence, kinds", [
    # the participle after a past verb happened with it: an event, as "the bomb killed two guards"
    ("A bomb exploded outside the depot on Friday, killing two guards.", ["event", "event"]),
    ("The flood cut the valley road, forcing 300 residents to leave.", ["event", "event"]),
    # giving a reason is a stated position
    ("The board rejected the bid, citing the risk to jobs.", ["statement", "statement"]),
    # after a present verb the participle is no past happening
    ("Prices are rising, hurting families.", ["fact", "fact"]),
])
def test_a_participle_after_a_past_verb_is_an_event(sentence, kinds):
    assert [c.kind for c in claims(sentence)] == kinds


@pytest.mark.parametrize("sentence, kind", [
    ('The senator called the ruling "a disgrace to the court".', "statement"),
    ("The minister dismissed the report as fantasy.", "statement"),
    ("Residents denounced the plan.", "statement"),
    ("The firm dismissed 200 workers.", "event"),  # a dismissal, not a dismissive remark
    ("Engineers were called to switch off the power.", "event"),  # a summons
])
def test_naming_or_judging_something_is_a_stated_position(sentence, kind):
    assert claims(sentence)[0].kind == kind


@pytest.mark.parametrize("sentence, kind", [
    ("Police called the mechanic a hero.", "statement"),      # naming (a stated position), not a call for anything
    ("Crews were called to the building just after 6am.", "event"),
    ("He asked whether the deal was still on.", "statement"),  # a question
    ("Moscow is pressing ahead on the battlefield.", "statement"),
    ("Relatives insisted the suspect was ill.", "statement"),  # insisting that, not insisting on
    ("The senators called for an inquiry into the crash.", "demand"),
    ("The mayor called on residents to stay home.", "demand"),
    ("Unions pressed the government to raise wages.", "demand"),
    ("The government asked residents to stay indoors.", "demand"),
    ("He insists on a written commitment.", "demand"),
])
def test_demand_verbs_make_demands_only_in_their_demand_sense(sentence, kind):
    (c,) = extract_claims("Title of the piece\n\n" + sentence + "\n")
    assert c.kind == kind


@pytest.mark.parametrize("sentence, n", [
    # an apposition is no list
    ("McDermott sought the counsel of Harrison Barnes, his former teammate at Ames High School.", 1),
    # a demand verb inside a participle clause governs no list of the sentence
    ("The money came from companies seeking contracts from carpenters, teamsters and unions.", 1),
    # "insisted that X suffered from A, B and C" lists illnesses, not demands
    ("Relatives insisted he suffered from schizophrenia, dementia and Alzheimer's disease.", 1),
    # a small clause ("sanctions lifted") is still an item
    ("Russia also wants Ukrainian neutrality, some Western sanctions lifted, frozen assets…", 3),
])
def test_what_is_not_a_demand_list_stays_one_claim(sentence, n):
    assert len(extract_claims("Title of the piece\n\n" + sentence + "\n")) == n


@pytest.mark.parametrize("sentence, kind, predicate, attribution", [
    # what sources report is the claim; the sources are its attribution
    ("The quake struck the island at dawn, state media said.", "event", "strike", "state media"),
    ("Police said the suspect fled on foot.", "event", "flee", "Police"),
    # a named spokesperson passes on news about someone else
    ("Prison spokesman Al Ruiz said the inmate died early Monday.", "event", "die", "Prison spokesman Al Ruiz"),
    ("Jane Roe, her publicist, said the singer entered a clinic.", "event", "enter", "Jane Roe, her publicist"),
    ("The inmate died at the prison, said prison spokesman Al Ruiz.", "event", "die", "prison spokesman Al Ruiz"),
    ("The actress has died, her agent said.", "event", "die", "her agent"),
    # a named party's own speech act stays a statement
    ("The mayor said the bridge will reopen in May.", "statement", "say", "The mayor"),
    ("Al Ruiz said the inmate died early Monday.", "statement", "say", "Al Ruiz"),
    # a document passes on content with a verb of evidence
    ("Inflation rose to 3.4 percent in November, official data showed.", "event", "rise", "official data"),
    ("Court records show the man was arrested twice.", "event", "arrest", "Court records"),
])
def test_source_reported_claims_take_the_content_predicate(sentence, kind, predicate, attribution):
    (c,) = extract_claims("Title of the piece\n\n" + sentence + "\n")
    assert (c.kind, c.predicate, c.attribution) == (kind, predicate, attribution)
    assert c.stance == ("asserts" if kind == "statement" else "reports")


@pytest.mark.parametrize("headline, predicate, attribution", [
    # the headline form "<content>, say police": the sources come after the verb, and the
    # content is often a reduced passive the parser hangs on its subject
    ("Ten killed in blast, say police", "kill", "police"),
    ("Two men arrested after raid, police say", "arrest", "police"),
    ("Ferry sank in storm, say officials", "sink", "officials"),
])
def test_inverted_source_cue_in_a_headline_reports_the_content(headline, predicate, attribution):
    c = extract_claims(headline + "\n\nThe town was quiet on Monday.\n")[0]
    assert (c.kind, c.predicate, c.attribution, c.stance) == ("event", predicate, attribution, "reports")


@pytest.mark.parametrize("sentence, attribution", [
    # the parser hangs the cue's verb on the content's verb and reads the speaker as its object
    ("Prices will rise sharply next year, warn economists at the central bank.", "economists"),
    ("Prices will rise sharply next year, warn economists.", "economists"),
])
def test_a_cue_verb_hung_on_the_content_still_names_the_speaker(sentence, attribution):
    c = extract_claims("Prices\n\n" + sentence + "\n")[-1]
    assert (c.predicate, c.attribution, c.stance) == ("rise", attribution, "reports")


def test_a_coordinated_verb_with_an_object_is_no_hung_cue():
    c = [c for c in extract_claims("Floods\n\nThe storm flooded the town, and warned residents.\n")
         if c.predicate == "flood"][0]
    assert c.attribution is None


@pytest.mark.parametrize("sentence, obj", [
    ("Her publicist said the singer died on Tuesday at a hospital in Lyon.", "on Tuesday"),
    ("Officials said the rebels seized two border towns overnight.", "two border towns"),
])
def test_source_reported_claims_take_the_content_object(sentence, obj):
    # the object is the reported content's own, not the whole content clause of "said"
    (c,) = extract_claims("Title of the piece\n\n" + sentence + "\n")
    assert c.object == obj


def test_a_pronoun_inside_a_quotation_is_resolved_to_an_actor():
    text = ("Title\n\nPresident Vladimir Putin wants control of four regions, sources say.\n\n"
            "“He wants the full territories of the four regions,” a second source said.\n")
    quote = [c for c in extract_claims(text) if c.kind == "quote"][0]
    assert "Vladimir Putin" in [a.name for a in quote.actors]


@pytest.mark.parametrize("sentence", ["Here’s what’s at stake.", "Here is how the deal would work:", "Here's why it matters."])
def test_signpost_sentences_give_no_claim(sentence):
    assert extract_claims("Title of the piece\n\n" + sentence + "\n") == []


@pytest.mark.parametrize("text, claims", [
    # a split web address is no sentence end
    ("Comeaux took off with their weapons, MyFoxHouston. com reported.",
     ["Comeaux took off with their weapons, MyFoxHouston. com reported."]),
    # nor is a title or address abbreviation before a name
    ("Police Capt. John Smith said the suspect fled.", ["Police Capt. John Smith said the suspect fled."]),
    ("County Dist. Atty. Jane Roe said the case would be refiled.",
     ["County Dist. Atty. Jane Roe said the case would be refiled."]),
    ("He met Sgt. Jones. The talks went well.", ["He met Sgt. Jones.", "The talks went well."]),
    # a stray conjunction between two cuts is no claim
    ("A group stormed a diner on Utica Ave. and Ave. H in Flatbush after they spotted him.",
     ["A group stormed a diner on Utica Ave. and Ave. H in Flatbush after they spotted him."]),
])
def test_sentence_ends_are_not_made_at_abbreviations(text, claims):
    assert [c.text for c in extract_claims("Title of the piece\n\n" + text + "\n")] == claims


@pytest.mark.parametrize("text, claims, speaker", [
    # a speech tag after a quoted question or exclamation names its speaker: it is no sentence
    ("“Is this the end?” Mayor Jane Doe wondered aloud at the meeting.",
     ["“Is this the end?” Mayor Jane Doe wondered aloud at the meeting."], "Jane Doe"),
    ("“Would they have won without him?” asked Tom Smith, the coach.",
     ["“Would they have won without him?” asked Tom Smith, the coach."], "Tom Smith"),
    ("“We are ready,” he said. “Are you?” Ann Lee added.",
     ["“We are ready,” he said.", "“Are you?” Ann Lee added."], "Ann Lee"),
    # after a full stop only a bare tag is one: "He said the vote ..." starts a new sentence
    ("“It is over.” Ann Lee said.", ["“It is over.” Ann Lee said."], "Ann Lee"),
    ('"It is over." Ann Lee said.', ['"It is over." Ann Lee said.'], "Ann Lee"),
    ("He called the plan “a disgrace.” He said the vote would go ahead.",
     ["He called the plan “a disgrace.”", "He said the vote would go ahead."], None),
])
def test_speech_tag_after_a_closing_quote_stays_with_its_quote(text, claims, speaker):
    got = extract_claims("Title of the piece\n\n" + text + "\n")
    assert [c.text for c in got] == claims
    if speaker:
        assert speaker in (got[-1].quotes[0].speaker or "")


@pytest.mark.parametrize("text", [
    "December 14th the committee will announce its decision.",
    "The utility said the Fix It tool would repair the fault on most machines.",
])
def test_no_sentence_starts_right_after_a_word_without_punctuation(text):
    # the parser sometimes splits "December 14th | the committee"; a sentence needs a mark or a line break
    assert [c.text for c in extract_claims("Title of the piece\n\n" + text + "\n")] == [text]


@pytest.mark.parametrize("text", ["Unbelievable.", "Indeed.", "Quite the contrary.", "7:00pm UK, Wednesday 05 May 2010",
                                  "Good luck, Tara."])
def test_short_sentence_without_a_verb_gives_no_claim(text):
    got = extract_claims("Title of the piece\n\nThe team won on Sunday.\n\n" + text + "\n")
    assert [c.text for c in got] == ["The team won on Sunday."]


def test_verbless_list_items_and_quotes_are_still_claims():
    got = extract_claims("Title of the piece\n\nThe union wants higher pay, shorter hours and more staff.\n\n"
                         "“Business as usual,” he said.\n\n“Absolutely no way.”\n")
    texts = [c.text for c in got]
    assert "shorter hours" in texts and "more staff." in texts
    assert "“Absolutely no way.”" in texts


def test_short_sentence_with_a_verb_the_tagger_misreads_is_still_a_claim():
    # the small tagger reads "ends" here as a plural noun; it is an -s form of a known verb
    got = extract_claims("Title of the piece\n\nThe team won on Sunday.\n\nA second paragraph ends here.\n")
    assert [c.text for c in got] == ["The team won on Sunday.", "A second paragraph ends here."]


@pytest.mark.parametrize("headline", ["Harbour Plan Approved", "Storm Floods Coastal Towns",
                                      "Council votes to close the old library"])
def test_a_headline_with_a_verb_is_a_claim_flagged_as_headline(headline):
    art = newsclaims.parse_article(headline + "\n\nThe team won on Sunday.\n", "h")
    assert art.paragraphs[0].kind == "title"
    got = extract_claims(art)
    assert [(c.text, c.headline) for c in got] == [(headline, True), ("The team won on Sunday.", False)]


@pytest.mark.parametrize("headline, kind", [("Actress Jane Doe Dies at 91", "event"),
                                            ("Quake kills 10 in coastal town", "event"),
                                            ("Minister says talks will resume", "fact"),
                                            ("Prices To Rise In March", "fact")])
def test_a_present_tense_headline_reports_an_event(headline, kind):
    """Headlinese tells what happened in the present simple; what is to come stays a fact."""
    got = extract_claims(headline + "\n\nThe town council met on Tuesday.\n")
    assert got[0].headline and got[0].kind == kind


@pytest.mark.parametrize("headline, predicate", [("Former mayor charged with fraud", "charge"),
                                                 ("Three arrested after bank raid", "arrest"),
                                                 ("Ten killed in blast at market", "kill")])
def test_a_headline_without_was_is_a_passive_event(headline, predicate):
    """Headlinese drops the auxiliary: the participle after the noun is the verb."""
    got = extract_claims(headline + "\n\nThe town council met on Tuesday.\n")
    assert got[0].headline and got[0].kind == "event" and got[0].predicate == predicate


def test_a_title_cased_headline_verb_gets_its_verb_lemma():
    """The tagger reads "Checks" in a title-cased line as a name; the predicate is still "check"."""
    got = extract_claims("Singer Ana Ruiz Checks Into Clinic\n\nThe singer entered the clinic on Monday.\n")
    assert got[0].headline and got[0].predicate == "check"


@pytest.mark.parametrize("headline", ["Title of the piece", "Headline", "Weekend Sport Round-up"])
def test_a_headline_without_a_verb_is_a_label_not_a_claim(headline):
    got = extract_claims(headline + "\n\nThe team won on Sunday.\n")
    assert [c.text for c in got] == ["The team won on Sunday."]


@pytest.mark.parametrize("headline, predicate", [("Major fire at city supermarket", "fire"),
                                                 ("Ten dead in coastal quake", "quake"),
                                                 ("Daring Bank Heist in Downtown Lyon", "heist"),
                                                 ("Brother double-murder charge", "charge"),
                                                 ("Jane Doe dead at 91", "dead"),
                                                 ("Ada Brisk, voice of Kestrel Radio, dead at 85", "dead")])
def test_a_verbless_headline_naming_a_happening_is_an_event(headline, predicate):
    """A headline without a verb still reports an event when it names one; labels stay labels (above)."""
    got = extract_claims(headline + "\n\nThe team won on Sunday.\n")
    assert [(c.text, c.kind, c.predicate, c.headline) for c in got][0] == (headline, "event", predicate, True)


def test_a_headline_colon_sets_off_its_source_not_a_list():
    """ "Worker Kills 2 in Factory Shooting: Police": the colon does not make the headline a list lead-in."""
    got = extract_claims("Suspended Worker Kills 2 Women in Factory Shooting : Police\n\nThe team won on Sunday.\n")
    assert [c.text for c in got] == ["Suspended Worker Kills 2 Women in Factory Shooting", "The team won on Sunday."]
    assert got[0].predicate == "kill"


@pytest.mark.parametrize("headline, claims", [
    # a verbless topic or rubric before a colon, with a headline of its own after it: no claim
    ("# Dunmore County fire: 5,000 evacuated as blaze spreads", ["5,000 evacuated as blaze spreads"]),
    ("# Exclusive: Mayor resigns over expenses row", ["Mayor resigns over expenses row"]),
    # before a source ("police") the verbless part is the claim
    ("# Ten dead in quake: police", ["Ten dead in quake: police"]),
])
def test_a_headline_topic_before_a_colon_is_no_claim(headline, claims):
    text = headline + "\n\n*Lowland Times, 14 August 2026*\n\nAround 5,000 people have been evacuated.\n"
    got = extract_claims(newsclaims.parse_article(text, "h"))
    assert [c.text for c in got if c.headline] == claims


@pytest.mark.parametrize("headline, claims", [
    # two news joined by a comma: two claims, neither the other's words
    ("Blaze in Dunmore County grows, governor declares emergency",
     ["Blaze in Dunmore County grows", "governor declares emergency"]),
    ("Aftershocks jolt the island, death toll rises to 12", ["Aftershocks jolt the island", "death toll rises to 12"]),
    ("Harbour Bank raises rates, shares fall", ["Harbour Bank raises rates", "shares fall"]),
    # a part its verb opens is no aside, though the parser hangs it on a name as one
    ("Ada Brisk Leaves Kestrel Clinic, Checks Into Dover Rehab", ["Ada Brisk Leaves Kestrel Clinic",
                                                                  "Checks Into Dover Rehab"]),
    # an aside with a verb, a source, a dependent clause: one claim
    ("Ada Brisk, swimmer turned actress, dies at 91", ["Ada Brisk, swimmer turned actress, dies at 91"]),
    ("Fire guts chapel, pastor says", ["Fire guts chapel, pastor says"]),
    ("Teen shot by officers was unarmed, says witness", ["Teen shot by officers was unarmed, says witness"]),
    # names listed in a clause, without "and": one claim
    ("Ferry pact falls short as Arvelia, Tonskia stay out", ["Ferry pact falls short as Arvelia, Tonskia stay out"]),
])
def test_a_headline_of_two_clauses_joined_by_a_comma_is_two_claims(headline, claims):
    got = [c for c in extract_claims(newsclaims.parse_article(headline + "\n\nThe fire spread on Tuesday.\n", "h"))
           if c.headline]
    assert [c.text for c in got] == claims
    if len(claims) == 2:
        assert got[0].attribution is None  # the first news is not the second's speaker's


def test_a_headline_ends_its_sentence_even_without_a_line_break():
    # "Headline/ Outlet/ Place/ lead ...": the slash-separated parts are paragraphs of their own
    text = ("Harbour Plan Approved After Long Debate/ Coast News/ DOVER/ J. Smith/ Morning Edition/ "
            "The council approved the harbour plan on Monday.\n\nIt will cost more than planned.\n")
    art = newsclaims.parse_article(text, "s")
    assert [p.kind for p in art.paragraphs][0] == "title"
    got = [c.text for c in extract_claims(art)]
    assert got == ["Harbour Plan Approved After Long Debate", "The council approved the harbour plan on Monday.",
                   "It will cost more than planned."]


@pytest.mark.parametrize("word, capitals, lemma", [
    ("ends", False, "end"), ("cutting", False, "cut"), ("planned", False, "plan"), ("travelled", False, "travel"),
    ("filled", False, "fill"), ("Checks", True, "check"), ("Breaking", True, None), ("Rehab", True, None),
    # "-es" follows a sibilant or "o" only: "Fines" is "fine", not "fin"
    ("Fines", True, "fine"), ("boxes", False, "box"), ("goes", False, "go"), ("crashes", False, "crash")])
def test_verb_lemma_of_an_inflected_form(word, capitals, lemma):
    from newsclaims.extract.headline import verb_lemma

    assert verb_lemma(word, capitals) == lemma


@pytest.mark.parametrize("sentence", [
    # the quotation and its cue, however long the speaker's description
    '"We have never seen water levels like this," said Jo Bloggs, mayor of the riverside town of Kestrel.',
    '"Prices will fall," said one senior banker with knowledge of the central bank\'s thinking.',
    '"The bridge is safe," the chief engineer of the regional roads authority said on Tuesday.',
])
def test_a_quotation_with_a_long_cue_is_a_quote(sentence):
    (c,) = extract_claims("Title of the piece\n\n" + sentence + "\n")
    assert c.kind == "quote"


def test_each_sentence_of_a_quotation_is_a_quote():
    cs = extract_claims("Title of the piece\n\n“This is not about money. It is about trust,” said Jo Bloggs.\n")
    assert [c.kind for c in cs] == ["quote", "quote"]


def test_a_said_clause_outside_the_quotation_is_not_a_quote():
    (c,) = extract_claims('Title of the piece\n\nThe mayor said the council would meet on Friday to "review everything".\n')
    assert c.kind == "statement"


def test_a_coordinated_speech_verb_shares_its_speaker():
    cs = extract_claims("Title of the piece\n\nForecasters expect the rain to ease by Sunday, "
                        "but said the river may keep rising until Friday.\n")
    said = next(c for c in cs if c.predicate == "say")
    assert (said.attribution, said.stance) == ("Forecasters", "asserts")


def test_a_negated_copula_participle_is_the_predicate_negated():
    """"The ferry was not overloaded" (parsed as "be" with a participle complement) has the
    predicate "overload", negated, as "was overloaded" has; a feeling stays an adjective."""
    (c,) = extract_claims(newsclaims.parse_article("Update\n\nThe ferry was not overloaded.", "a"))
    assert c.predicate == "overload" and c.negated
    (d,) = extract_claims(newsclaims.parse_article("Update\n\nOfficials denied that the ferry was overloaded.", "a"))
    assert d.predicate == "overload" and d.negated and d.attribution == "Officials"
    for text in ("She was shocked.", "The mayor was delighted with the result."):
        (e,) = extract_claims(newsclaims.parse_article("Update\n\n" + text, "a"))
        assert e.predicate == "be", text


def test_the_articles_own_outlet_is_no_actor_of_what_it_was_told():
    text = ("Bridge closed after crack found\n\nRiverside Gazette\n3 May 2026\n\n"
            "The bridge was unsafe, a city engineer told the Riverside Gazette.")
    art = newsclaims.parse_article(text, "a")
    assert art.outlet == "Riverside Gazette"
    (c,) = [c for c in extract_claims(art) if not c.headline]
    assert not any("Gazette" in a.name for a in c.actors)
    assert "gazette" not in c.keywords


def test_a_demand_of_two_things_joined_by_and_is_two_demands():
    claims = extract_claims(newsclaims.parse_article("Update\n\nRelatives called for compensation and a faster search.", "a"))
    assert [c.kind for c in claims] == ["demand", "demand"]
    assert claims[1].text.startswith("a faster search")


def test_a_headline_noun_to_verb_has_the_verb_as_predicate():
    """Headlinese "Firm to cut 500 jobs" tells what the firm is to do: the predicate is "cut"."""
    for title, verb in [("Firm to cut 500 jobs", "cut"), ("Dock strike ends; operator to resume sailings", "resume"),
                        ("Pellham Motors to shed 1,000 jobs, shut Tarrow plant", "shed")]:
        art = newsclaims.parse_article(title + "\n\nThe talks went on all night.", "a")
        heads = [c for c in extract_claims(art) if c.headline]
        assert heads[0 if "," in title else -1].predicate == verb, title


def test_what_the_coast_guard_or_a_witness_says_happened_is_reported_content():
    """Rescuers, coroners and witnesses pass on what happened, as police do: "At least 9 people
    died ..., the coast guard said" is a reported event of dying, not the coast guard's own act."""
    for text, verb in [("At least 9 people died when the ferry capsized, the coast guard said.", "die"),
                       ("Witnesses said the driver fled the scene.", "flee")]:
        (c,) = extract_claims(newsclaims.parse_article("Update\n\n" + text, "a"))
        assert (c.kind, c.predicate, c.stance) == ("event", verb, "reports"), text


def test_a_name_before_a_lower_case_place_noun_is_a_place():
    """"off Varno island", "off Oster island": the name is a place (a region), not an actor, even
    where the recogniser labels it an organisation or nothing; "The island" names nothing."""
    for name in ("Varno", "Oster"):
        art = newsclaims.parse_article(f"Update\n\nAt least 14 people died when a passenger ferry capsized off "
                                       f"{name} island on Tuesday. The island has 800 residents.", "a")
        first, second = extract_claims(art)
        assert [r.name for r in first.regions] == [name] and not first.actors
        assert not second.regions


@pytest.mark.parametrize("marker", ["*", "\u2022", "1."])
def test_a_bullet_marker_is_no_part_of_any_claim(marker):
    art = newsclaims.parse_article(f"Prices update\n\n{marker} Inflation hit 6.3% in October.\n"
                                   f"{marker} Prices rose 2% in May.\n", "a")
    assert [c.text for c in extract_claims(art) if not c.headline] == ["Inflation hit 6.3% in October.", "Prices rose 2% in May."]


def test_a_headline_verb_is_the_tagged_finite_verb_not_a_plural_noun_before_it():
    """"Rates rise to 4.5%, bank signals pause": "Rates" could be a verb's form, but "rise" is the verb."""
    art = newsclaims.parse_article("Rates rise to 4.5%, bank signals pause\n\nThe talks went on all night.", "a")
    heads = [c for c in extract_claims(art) if c.headline]
    assert [c.predicate for c in heads] == ["rise", "pause"]


def test_what_a_statistics_office_says_is_reported_content():
    (c,) = extract_claims(newsclaims.parse_article("Update\n\nInflation rose to 6.3% in October, the statistics office said.", "a"))
    assert (c.predicate, c.stance, c.attribution) == ("rise", "reports", "the statistics office")


def test_a_body_telling_what_befell_others_passes_it_on_what_it_says_of_itself_is_its_own():
    """"More than 5,000 operations were postponed, the ministry said" is a reported event of
    postponing, like "..., according to the ministry"; "The company said it would appeal" stays
    the company's own statement."""
    (c,) = extract_claims(newsclaims.parse_article("Update\n\nMore than 5,000 operations were postponed, the ministry said.", "a"))
    assert (c.kind, c.predicate, c.stance, c.attribution) == ("event", "postpone", "reports", "the ministry")
    (d,) = extract_claims(newsclaims.parse_article("Update\n\nThe company said it would appeal.", "a"))
    assert (d.kind, d.predicate, d.stance) == ("statement", "say", "asserts")


@pytest.mark.parametrize("text, kind", [
    ("About 20 remain missing.", "fact"), ("Two people remain in hospital.", "fact"),
    ("Three roads remained closed on Monday.", "fact"), ("The cause remains unclear.", "assessment"),
])
def test_remaining_in_a_state_is_a_fact_remaining_unclear_a_judgement(text, kind):
    (c,) = extract_claims(newsclaims.parse_article("Update\n\n" + text, "a"))
    assert c.kind == kind


def test_what_an_electoral_commission_says_already_happened_is_reported():
    (c,) = extract_claims(newsclaims.parse_article("Update\n\nTurnout reached 61 percent, the commission said.", "a"))
    assert (c.predicate, c.stance, c.attribution) == ("reach", "reports", "the commission")


def test_a_closing_speaker_the_parser_hung_on_the_content_is_still_the_attribution():
    """"... to its factory in Ardel, chief executive Maya Lund said": the parser makes "Lund" an
    apposition of "Ardel" and leaves "said" with no subject; the speaker is still who said it (the
    repair in extract/reparse.py makes her the subject: her reported speech is the claim, and its
    attribution her canonical name, as for any "..., X said")."""
    (c,) = extract_claims(newsclaims.parse_article(
        "Update\n\nThe company will close its plant in Brisk and move production to its factory in Ardel, "
        "chief executive Maya Lund said.", "a"))
    assert c.attribution == "Maya Lund"
    assert [(q.speaker, q.direct) for q in c.quotes] == [("Maya Lund", False)]


def test_a_name_a_site_is_in_is_a_place():
    (c,) = extract_claims(newsclaims.parse_article(
        "Update\n\nThe company will close its plant in Brisk and move production to its factory in Ardel, "
        "chief executive Maya Lund said.", "a"))
    assert [r.name for r in c.regions] == ["Brisk", "Ardel"] and [a.name for a in c.actors] == ["Maya Lund"]


@pytest.mark.parametrize("text, parts", [
    ("Police arrested two men and seized a gun.", ["Police arrested two men", "seized a gun."]),
    ("The company will cut 1,500 jobs and close its factory.", ["The company will cut 1,500 jobs", "close its factory."]),
    ("The mayor said taxes would rise and warned of cuts.", None),  # a speech act and another: its own rules
])
def test_two_acts_of_one_subject_each_with_its_object_are_two_claims(text, parts):
    got = [c.text for c in extract_claims(newsclaims.parse_article("Update\n\n" + text, "a"))]
    if parts is not None:
        assert got == parts
    else:
        assert len(got) == 2


def test_a_headlines_object_holds_none_of_the_lines_after_it():
    # the parser hangs the headline's line break on its object; the blanked dateline after it
    # was then sliced into the object text
    art = newsclaims.parse_article("Jane Doe checks into rehab clinic\nPublished May 3, 2026\n\n"
                                   "Jane Doe checked into a rehab clinic on Monday, her agent said.\n", "t")
    head = [c for c in newsclaims.extract_claims(art) if c.headline]
    assert [c.object for c in head] == ["into rehab clinic"]


def test_a_headline_verb_the_tagger_reads_as_a_noun_is_its_predicate():
    # without articles the tagger reads "extend" as a noun and the headline had no verb: no claim
    art = newsclaims.parse_article("Valdor Sox extend offer to Varga\n\n"
                                   "The team extended a contract offer to the pitcher Ilse Varga on Monday.\n", "t")
    head = [c for c in newsclaims.extract_claims(art) if c.headline]
    assert [(c.text, c.predicate, c.kind) for c in head] == [("Valdor Sox extend offer to Varga", "extend", "event")]
    # a headline without a verb stays no claim ("Harbour Pilot")
    art = newsclaims.parse_article("Harbour Pilot\n\nThe harbour pilot retired on Monday after 30 years.\n", "t")
    assert not [c for c in newsclaims.extract_claims(art) if c.headline]


@pytest.mark.parametrize("headline", ["Veltra SUV recall: what owners need to know", "VELTRA SUV RECALL: WHAT OWNERS NEED TO KNOW",
                                      "Valdor Rate Rise: What It Means for Renters", "Valdor summit deal: what was agreed",
                                      "Valdor summit: What happened"])
def test_an_explainers_rubric_is_no_claim(headline):
    art = newsclaims.parse_article(f"{headline}\n\nVeltra is recalling 120,000 cars, the company said on Thursday.\n", "t")
    assert [c.text for c in newsclaims.extract_claims(art) if c.headline] == []


def test_a_why_headline_tells_what_happened():
    art = newsclaims.parse_article("Why the Valdor bank raised rates again\n\nThe bank raised rates on Monday.\n", "t")
    assert [c.predicate for c in newsclaims.extract_claims(art) if c.headline] == ["raise"]


@pytest.mark.parametrize("headline, predicate", [
    ("Measles: 25 cases confirmed in Valdor", "confirm"),      # after a topic and a colon
    ("Jane Doe, former Valdor mayor, jailed for six years", "jail"),  # after the name's apposition
])
def test_a_headlines_participle_after_a_colon_or_an_apposition_is_its_verb(headline, predicate):
    art = newsclaims.parse_article(f"{headline}\n\nOfficials gave the news on Wednesday in Valdor.\n", "t")
    assert [c.predicate for c in newsclaims.extract_claims(art) if c.headline] == [predicate]


def test_two_acts_said_one_denied_are_two_claims():
    # "would not appeal and would start ...": the denied act is a claim of its own (it can then
    # contradict "said it would appeal"); both stay the spokesperson's
    got = claims("A ministry spokesperson said the government would not appeal and would start a new review.")
    assert [(c.text, c.negated, c.stance) for c in got] == [
        ("A ministry spokesperson said the government would not appeal", True, "reports"),
        ("would start a new review.", False, "reports")]
    # two acts said alike stay one claim
    assert len(claims("The firm said it would cut jobs and would close a plant.")) == 1


@pytest.mark.parametrize("mark", ['"', "\u201d"])
def test_a_quotation_closing_a_paragraph_keeps_its_closing_mark(mark):
    opening = '"' if mark == '"' else "\u201c"
    text = (f"Strike\n\n{opening}We waited,{mark} Ann Berg told a rally. {opening}Our members are exhausted.{mark}"
            "\n\nThe firm said it would pay.")
    texts = [c.text for c in claims(text)]
    assert f"{opening}Our members are exhausted.{mark}" in texts
    assert "The firm said it would pay." in texts


def test_a_quotation_mark_opening_the_next_sentence_stays_with_it():
    texts = [c.text for c in claims('Strike\n\nHe left. "We will return," she said.')]
    assert texts[-2:] == ["He left.", '"We will return," she said.']


@pytest.mark.parametrize("sentence, obj", [
    ('"We waited for years," Ann Berg told a rally.', "We waited for years"),
    ('The minister rejected the "so-called reform" outright.', 'the "so-called reform"'),
])
def test_an_object_holds_no_unmatched_quotation_mark(sentence, obj):
    # the quotation's comma and its opening mark (the closing one lies outside) are no part of it
    c = [c for c in claims(sentence) if not c.headline][0]
    assert c.object == obj


def test_a_speakers_second_act_about_itself_is_its_own_claim():
    # "said it had passed X and denied Y": the denial is the speaker's on either reading of the
    # parse, so it is a claim of its own (which can meet another outlet's "admitted Y")
    cs = claims("Velkor Mining runs the pit.\n\nVelkor Mining said it had passed a safety inspection in "
                "August and denied that warning signs had been ignored.")
    body = [c for c in cs if not c.headline][1:]
    assert [c.predicate for c in body] == ["say", "deny"]
    assert body[1].text == "denied that warning signs had been ignored."
    assert [e.name for e in body[1].actors] == ["Velkor Mining"]
    # an act that is no speaking or judging stays in the one thing said
    (one,) = [c for c in claims("Police said they had arrested a man and charged him with theft.") if not c.headline]
    assert one.predicate == "arrest"


def test_a_copula_with_its_own_tense_after_what_was_said_is_a_second_thing_said():
    # "said they had offered 4% and were ready to return to talks": an offer and a readiness, two
    # claims of the speaker (the readiness can then meet "would not reopen talks"); "said the roads
    # were closed and were unsafe" says two things of one state and stays one (guard)
    cs = [c for c in claims("Regional officials said they had offered a rise of 4 percent and were ready "
                            "to return to talks on Wednesday.") if not c.headline]
    assert [c.text for c in cs] == ["Regional officials said they had offered a rise of 4 percent",
                                    "were ready to return to talks on Wednesday."]
    assert all(c.stance == "reports" for c in cs)
    (one,) = [c for c in claims("The council said the roads were closed and were unsafe.") if not c.headline]
    assert one.predicate == "say"


def test_a_copula_with_its_complement_after_an_act_is_a_second_claim():
    # "has burned 12,000 acres and was 15% contained": the extent and the containment are two
    # figures of two claims (another outlet's "was 10% contained" then meets the second alone);
    # "were closed and were unsafe" (a copula first) stays one (guard)
    cs = [c for c in claims("The Brackwater Fire has burned 12,000 acres and was 15% contained on Tuesday.")
          if not c.headline]
    assert [c.text for c in cs] == ["The Brackwater Fire has burned 12,000 acres", "was 15% contained on Tuesday."]
    assert [[q.unit for q in c.numbers] for c in cs] == [["acre"], ["percent"]]
    (one,) = [c for c in claims("The mountain roads were closed and were unsafe.") if not c.headline]
    assert one.text == "The mountain roads were closed and were unsafe."


def test_an_act_beside_a_speech_verb_used_on_a_thing_is_its_own_asserted_claim():
    # "conceded defeat and congratulated the mayor": two acts, each with its object, the second
    # asserted by the article (not reported by the one who conceded); "told reporters the news and
    # left" (a person addressed) stays one (guard)
    cs = [c for c in claims("The firm announced the cuts and closed two plants.") if not c.headline]
    assert [(c.text, c.stance) for c in cs] == [("The firm announced the cuts", "asserts"),
                                                ("closed two plants.", "asserts")]
    assert cs[1].attribution is None
    (one,) = [c for c in claims("She told reporters the news and left.") if not c.headline]
    assert one.predicate == "tell"


def test_coordinated_acts_promised_are_one_claim_each():
    # "promised to freeze taxes and build 3,000 homes": two promises, so another outlet's "pledged
    # to build 2,000 homes" meets the second; a promise hung inside a later clause by the parser,
    # or one inside what someone said, stays one claim (guards)
    cs = [c for c in claims("Mayor Ana Ruiz has promised to freeze property taxes and build 3,000 affordable homes.")
          if not c.headline]
    assert [c.text.rstrip(".") for c in cs] == ["Mayor Ana Ruiz has promised to freeze property taxes",
                                                 "build 3,000 affordable homes"]
    assert all(c.predicate == "promise" and c.kind != "demand" for c in cs)
    assert [q.value for q in cs[1].numbers] == [3000.0]
    said = [c for c in claims("The mayor said she had promised to cut fares and extend bus routes.") if not c.headline]
    assert len(said) == 1


def test_an_objects_plural_possessive_keeps_its_apostrophe():
    # the parser may end an object at a plural possessive ("former officials\u2019" of "former
    # officials\u2019 memoirs"): its apostrophe is no unmatched quotation mark to trim
    from newsclaims.extract.claims import _possessive_mark
    from newsclaims.nlp import get_nlp

    doc = get_nlp()("It was echoed in former officials\u2019 memoirs and in \u2018the files\u2019.")
    marks = [t.i for t in doc if t.text in ("\u2019",)]
    assert [_possessive_mark(doc, i) for i in marks] == [True, False]


def test_someone_who_is_to_act_has_the_act_as_predicate():
    # "The company is to close 20 stores" tells what the company will do, as the headline "Company
    # to close 20 stores" does; "The aim is to cut costs" (an aim does not act) keeps the copula
    for text, verb in [("Pellham Foods is to close 20 stores next year.", "close"),
                       ("The ministry is to cut fuel subsidies by April.", "cut"),
                       ("The aim is to cut costs by a fifth.", "be"),
                       ("Fuel subsidies are to be reduced by the ministry.", "reduce")]:
        (c,) = [c for c in claims(text) if not c.headline]
        assert c.predicate == verb, text


def test_names_listed_without_and_are_no_second_clause():
    # "as Kenya, Ghana stay out": the parser may join "stay" to the first verb with its own subject
    # "Ghana"; a name before the comma makes it a list of names, not a second clause
    art = newsclaims.parse_article("Pact falls short as Kenya, Ghana stay out\n\nThe talks ended.", "h")
    assert [c.text for c in extract_claims(art) if c.headline] == ["Pact falls short as Kenya, Ghana stay out"]


def test_a_name_a_fire_spreads_toward_is_a_place():
    # an unknown town the recogniser calls an organisation is a place when something spreads or
    # moves toward it; "moving towards Smith's farm" names the farm's owner, no place
    (c,) = [c for c in extract_claims(newsclaims.parse_article(
        "Update\n\nHundreds of people were ordered to leave as the Brackwater Fire spread toward Dunlaith on "
        "Wednesday.", "a")) if not c.headline]
    assert "Dunlaith" in [r.name for r in c.regions] and "Dunlaith" not in [a.name for a in c.actors]
    (d,) = [c for c in extract_claims(newsclaims.parse_article(
        "Update\n\nThe storm was moving towards Smith's farm on Monday.", "b")) if not c.headline]
    assert "Smith" not in [r.name for r in d.regions]


def test_the_object_of_said_on_a_day_is_what_was_said_not_the_day():
    (c,) = extract_claims(newsclaims.parse_article(
        "Update\n\nThe mayor said on Monday that the bridge would reopen.", "a"))
    assert c.object == "that the bridge would reopen"
    (c,) = extract_claims(newsclaims.parse_article(
        "Update\n\nThe mayor told reporters that the bridge would reopen.", "a"))
    assert c.object == "that the bridge would reopen"
    (c,) = extract_claims(newsclaims.parse_article(
        "Update\n\nResidents called on the council to reopen the bridge.", "a"))
    assert c.object == "to reopen the bridge"
    (c,) = extract_claims(newsclaims.parse_article("Update\n\nAmbulances were diverted to other hospitals.", "a"))
    assert c.object == "to other hospitals"  # no object: the phrase after the verb


def test_a_markdown_headline_attribution_has_no_markup():
    art = newsclaims.parse_article("# Hospital denies patient data was stolen\n\n*Orrin Radio, December 1, 2026*"
                                   "\n\nThe hospital said no data had been stolen.", "a")
    title = next(c for c in extract_claims(art) if c.headline)
    assert title.attribution == "Hospital"


def test_a_name_with_a_possessive_inside_is_one_name():
    # the recogniser stops at "St Aldwin's"; the name is the whole "St Aldwin's Hospital"
    (c,) = extract_claims(newsclaims.parse_article(
        "Update\n\nA ransomware attack on St Aldwin's Hospital in Orrin forced staff to divert ambulances.", "a"))
    assert "St Aldwin's Hospital" in [a.name for a in c.actors]
    (c,) = extract_claims(newsclaims.parse_article("Update\n\nOrrin's mayor resigned on Monday.", "a"))
    assert "Orrin" in [e.name for e in (*c.actors, *c.regions)]


def test_according_to_after_a_demand_is_its_source_not_a_second_item():
    (c,) = extract_claims(newsclaims.parse_article(
        "Update\n\nThree committee members wanted rates held at 4.5%, according to minutes published on Friday.", "a"))
    assert c.kind == "demand" and c.object == "rates held at 4.5%"


@pytest.mark.parametrize("text, predicate", [
    ("Update\n\nThe drought is said to have caused the failure of the harvest.", "cause"),
    ("Update\n\nNobody is believed to have been hurt.", "hurt"),
    ("Update\n\nPrices are expected to rise by 3% next year.", "rise"),
])
def test_a_passive_of_hearsay_hedges_what_it_passes_on(text, predicate):
    """"X is said to have caused": the claim is the causing, hedged (its predicate was "say", so
    it matched no other outlet's "X caused")."""
    (c,) = extract_claims(newsclaims.parse_article(text, "a"))
    assert (c.predicate, c.stance, c.attribution) == (predicate, "hedged", None)


def test_a_hearsay_of_being_so_keeps_the_hearsay_as_predicate():
    (c,) = extract_claims(newsclaims.parse_article("Update\n\nThe president is said to be willing to end "
                                                   "the blockade.", "a"))
    assert (c.predicate, c.stance) == ("say", "hedged")


def test_a_demand_after_what_a_speaker_said_of_itself_is_its_own_claim():
    body = [(c.kind, c.text) for c in extract_claims(newsclaims.parse_article(
        "Update\n\nThe union said it feared job losses and called for guarantees for all 4,000 employees.", "a"))]
    assert body == [("statement", "The union said it feared job losses"),
                    ("demand", "called for guarantees for all 4,000 employees.")]
