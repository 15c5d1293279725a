"""The parse repair (extract/reparse.py): "Name, an apposition, verbed ..." has the verb as its root."""
from __future__ import annotations

import pytest
import spacy

from newsclaims.extract.reparse import add_reparse
from newsclaims.nlp import get_nlp, is_trained

nlp = get_nlp()
pytestmark = pytest.mark.skipif(not is_trained(nlp), reason="needs the trained pipeline's parser")


def roots(text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.root.text, next((c.text for c in s.root.children if c.dep_ == "nsubj"), "")) for s in doc.sents]


def test_a_finite_verb_after_an_apposition_is_the_root_and_the_name_its_subject():
    # the small parser reads "a consumer group called ..." as "a group called FairPay"
    assert roots("Tarvel, a consumer group, called on the regulator to fine the company.") == [("called", "Tarvel")]
    assert roots("The actress, 33, reportedly headed to a clinic on Tuesday.") == [("headed", "actress")]


def test_a_participle_after_an_apposition_is_left_alone():
    # "Tarvel, a group founded in 1990": the participle may describe, so nothing is rebuilt
    doc = nlp("Tarvel, a consumer group, founded in 1990.")
    assert all(t.dep_ != "nsubj" for t in doc if t.text == "Tarvel")


def test_the_repaired_sentence_gives_a_demand_with_its_actor():
    import newsclaims

    art = newsclaims.parse_article("Headline\n\nFairPay, a consumer group, called on the regulator to fine "
                                   "the company.", "t")
    body = [c for c in newsclaims.extract_claims(art) if not c.headline]
    assert [c.kind for c in body] == ["demand"]
    assert body[0].predicate == "call"
    assert [a.name for a in body[0].actors] == ["FairPay"]


def test_a_bare_verb_the_parser_coordinated_with_the_demand_verb_joins_the_infinitive():
    # "offer" (tagged VBP) hangs on "urged": the group did not offer, it urged the bank to offer
    doc = nlp("Consumer group FairPay urged the bank to compensate affected customers, offer free credit "
              "monitoring and publish a full account of the attack.")
    offer = next(t for t in doc if t.text == "offer")
    assert (offer.head.text, offer.tag_) == ("compensate", "VB")
    # a verb with a subject of its own is another clause and stays where it is
    doc = nlp("The union urged members to strike, and managers threaten dismissals.")
    assert next(t for t in doc if t.text == "threaten").head.text != "strike"


def test_each_demanded_act_is_a_claim_when_the_parser_misplaced_one():
    import newsclaims

    art = newsclaims.parse_article("Headline\n\nConsumer group FairPay urged the bank to compensate affected "
                                   "customers, offer free credit monitoring and publish a full account.", "t")
    body = [c.text for c in newsclaims.extract_claims(art) if not c.headline]
    assert body[1:] == ["offer free credit monitoring", "publish a full account"]


def test_comma_infinitives_closed_by_and_to_are_a_list_of_demands():
    # ", to keep ..." is read as a purpose clause of "follow"; with "and to ..." after it, it is
    # the second of three things asked, each a demand of its own
    import newsclaims

    art = newsclaims.parse_article("Headline\n\nThe sheriff urged drivers to slow down near the school, "
                                   "to keep their lights on and to report loose cattle.", "t")
    body = [(c.kind, c.text) for c in newsclaims.extract_claims(art) if not c.headline]
    assert body == [("demand", "The sheriff urged drivers to slow down near the school"),
                    ("demand", "to keep their lights on"), ("demand", "to report loose cattle")]
    # a lone ", to ..." is a purpose, not a list item
    doc = nlp("The sheriff urged drivers to leave early, to avoid the traffic.")
    assert next(t for t in doc if t.text == "avoid").dep_ == "advcl"


def test_a_pipeline_without_a_parser_gets_no_repair():
    blank = spacy.blank("en")
    add_reparse(blank)
    assert "newsclaims_reparse" not in blank.pipe_names


def test_a_past_form_misread_as_a_relative_on_an_object_is_the_root():
    # the small parser reads "the workers called for ..." as a reduced relative, leaving the
    # sentence without a verb; "a union called Tarvel" (on the root itself, no full stop) describes
    assert roots("The union representing the workers called for severance pay and retraining.") == [
        ("called", "union")]
    import newsclaims

    art = newsclaims.parse_article("Headline\n\nThe union representing the workers called for severance "
                                   "pay and retraining.", "t")
    body = [c for c in newsclaims.extract_claims(art) if not c.headline]
    assert [(c.kind, c.predicate) for c in body] == [("demand", "call"), ("demand", "call")]
    doc = nlp("Footage of the mother killed in the crossfire caught on tape")
    assert all(t.dep_ != "ROOT" or t.tag_ not in ("VBD", "VBN") for t in doc)


def test_a_speaker_set_off_by_commas_before_a_final_said_is_its_subject():
    # the small parser hangs "the union's spokesman, Jo Bloggs" on "resume" as an object
    doc = nlp("Talks with the port operator will resume on Monday, the union's spokesman, Jo Bloggs, said.")
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["spokesman"]
    import newsclaims

    art = newsclaims.parse_article("Headline\n\nThe ministry will cut fuel subsidies, the government's "
                                   "spokesman, Jan Pelt, said.", "t")
    (c,) = [c for c in newsclaims.extract_claims(art) if not c.headline]
    assert c.object == "fuel subsidies" and c.attribution and "Jan Pelt" in c.attribution


def test_two_clauses_whose_nouns_the_parser_joined_are_coordinated():
    # the small parser reads "hospitals and routine surgery" as one object and hangs the first
    # clause on "postponed", which is left without a subject
    doc = nlp("Ambulances were sent to neighbouring hospitals and routine surgery was postponed.")
    postponed = next(t for t in doc if t.text == "postponed")
    assert [c.text for c in postponed.children if c.dep_ == "nsubjpass"] == ["surgery"]
    assert postponed.dep_ == "conj" and postponed.head.text == "sent"
    import newsclaims

    art = newsclaims.parse_article("Headline\n\nAmbulances were sent to neighbouring hospitals and routine "
                                   "surgery was postponed.", "t")
    body = [(c.predicate, c.text) for c in newsclaims.extract_claims(art) if not c.headline]
    assert body == [("send", "Ambulances were sent to neighbouring hospitals"),
                    ("postpone", "routine surgery was postponed.")]
    # a root with its own subject is left alone
    doc = nlp("Officials said the road was closed and a curfew was imposed.")
    assert next(t for t in doc if t.dep_ == "ROOT").text == "said"


def test_said_to_be_describes_its_noun_and_the_later_verb_is_the_root():
    # the small parser makes "said" the root with the ship as its speaker
    doc = nlp("The ship, said to be carrying 300 passengers, sank on Monday.")
    assert roots("The ship, said to be carrying 300 passengers, sank on Monday.") == [("sank", "ship")]
    assert next(t for t in doc if t.text == "said").dep_ == "acl"
    import newsclaims

    art = newsclaims.parse_article("Headline\n\nA cyclist believed to be in his 50s was taken to hospital.\n\n"
                                   "The ship, said to be carrying 300 passengers, sank on Monday.", "t")
    body = [c for c in newsclaims.extract_claims(art) if not c.headline]
    assert [(c.predicate, c.quotes, c.attribution) for c in body] == [("take", [], None), ("sink", [], None)]
    # a speech verb with its own clause is left alone
    assert roots("The minister said to reporters that taxes would rise.")[0][0] == "said"
