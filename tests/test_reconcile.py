"""reconcile() end to end: articles in, clusters out (runs the spaCy pipeline)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsclaims import load_corpus, parse_article, reconcile

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# Two unrelated stories, three outlets each (written for this test).
FARES = {
    "fares_a": "City council votes to cut bus fares\n\nThe city council voted on Tuesday to cut bus fares "
               "by 20% from March. Mayor Ellen Park said the cut would help commuters. Bus drivers' union "
               "leader Tom Reyes welcomed the vote but demanded more drivers on night routes.",
    "fares_b": "Bus fares to fall after council vote\n\nBus fares in the city will be reduced by a fifth from "
               "March after the city council backed the plan on Tuesday. Mayor Ellen Park said commuters "
               "would benefit. The drivers' union called for extra staff on night routes.",
    "fares_c": "Council approves cheaper buses\n\nThe city council approved a 20% cut in bus fares on Tuesday. "
               "Opposition councillor Mark Dunn said the plan was unfunded and would raise council tax.",
}
FOOTBALL = {
    "ball_a": "Rovers sign striker Diaz\n\nRiverside Rovers have signed striker Luis Diaz from Porto on a "
              "four-year contract. Manager Anna Kohl said Diaz would start against Wanderers on Saturday.",
    "ball_b": "Diaz joins Rovers\n\nStriker Luis Diaz has joined Riverside Rovers from Porto on a four-year "
              "deal. Kohl said the Colombian was fit to play against Wanderers on Saturday.",
    "ball_c": "Rovers complete Diaz deal\n\nRiverside Rovers completed the signing of Luis Diaz from Porto. "
              "The club did not disclose the fee, which reports put at 30 million euros.",
}


@pytest.fixture(scope="module")
def corpus_articles():
    return load_corpus(str(CORPUS))


def test_shuffled_articles_give_identical_output(corpus_articles):
    base = reconcile(corpus_articles).model_dump(mode="json")
    for seed in (1, 2):
        arts = list(corpus_articles)
        random.Random(seed).shuffle(arts)
        assert reconcile(arts).model_dump(mode="json") == base


def test_every_claim_in_exactly_one_cluster(corpus_articles):
    from newsclaims import extract_many

    rep = reconcile(corpus_articles)
    ids = [c.id for cl in rep.clusters for c in cl.claims]
    assert len(ids) == len(set(ids))
    expected = {c.id for cs in extract_many(corpus_articles) for c in cs}
    assert set(ids) == expected
    assert rep.sources == sorted(a.source for a in corpus_articles)
    # the fixture is one story told by five outlets: some claims must be shared
    assert any(len(cl.sources) >= 3 for cl in rep.clusters)
    assert len({cl.story for cl in rep.clusters}) == 1


def test_unrelated_stories_never_share_a_cluster():
    arts = [parse_article(text, src) for src, text in {**FARES, **FOOTBALL}.items()]
    rep = reconcile(arts)
    assert rep.sources == sorted(set(FARES) | set(FOOTBALL))
    story_of = {}
    for cl in rep.clusters:
        srcs = set(cl.sources)
        assert not (srcs & set(FARES) and srcs & set(FOOTBALL)), cl.summary
        for s in srcs:
            story_of.setdefault(s, set()).add(cl.story)
    fares_stories = set().union(*(story_of[s] for s in FARES if s in story_of))
    ball_stories = set().union(*(story_of[s] for s in FOOTBALL if s in story_of))
    assert not (fares_stories & ball_stories)
    # within a story the outlets do meet: the fare cut is one claim told three ways
    assert any(set(cl.sources) >= {"fares_a", "fares_b"} for cl in rep.clusters)


def test_inputs_as_texts_and_tuples():
    pairs = list(FARES.items())
    rep = reconcile(pairs)
    assert set(rep.sources) == set(FARES)
    texts = [t for _, t in pairs]
    rep2 = reconcile(texts)
    assert len(rep2.sources) == 3 and all(len(s) == 12 for s in rep2.sources)


def test_a_headline_and_its_own_lead_share_a_cluster():
    # a headline restates its article's lead in other words: one claim, not two
    text = ("Blaze guts town library\n\nA fire destroyed the public library in Linden on Sunday night, "
            "the fire service said. Nobody was injured.")
    rep = reconcile([parse_article(text, source="library")])
    by_text = {c.text: cl.id for cl in rep.clusters for c in cl.claims}
    assert by_text["Blaze guts town library"] == by_text[next(t for t in by_text if t.startswith("A fire destroyed"))]
    # a claim further down stays apart from the headline
    assert by_text["Nobody was injured."] != by_text["Blaze guts town library"]


def test_a_headline_worded_far_from_its_lead_still_joins_the_other_outlets():
    # outlet a's headline and lead share few words (their own score is low), yet both say what
    # outlets b and c say; the headline restates the lead, so all six claims are one cluster
    # rather than a cluster of headlines and a cluster of leads
    texts = {
        "a": "Fred Mabry, Harbour Board Chief, Dies at 81\n\nFrederick J. Mabry, a top campaign aide to former "
             "governor Elena Ruiz, passed away in a Dunmore hotel room on Sunday.",
        "b": "Fred Mabry, former harbour board chief, dies at 81\n\nFred Mabry, a former harbour board chief and "
             "top aide to governor Elena Ruiz, has died at 81 in a Dunmore hotel, police said on Sunday.",
        "c": "Ruiz aide Mabry found dead in hotel\n\nFred Mabry, the harbour board chief who was a campaign aide "
             "to governor Elena Ruiz, was found dead on Sunday in his Dunmore hotel room.",
    }
    rep = reconcile([parse_article(t, source=s) for s, t in texts.items()])
    a_clusters = {cl.id for cl in rep.clusters for c in cl.claims if c.source == "a"}
    assert len(a_clusters) == 1
    (cluster,) = [cl for cl in rep.clusters if cl.id in a_clusters]
    assert cluster.sources == ["a", "b", "c"] and len(cluster.claims) == 6


def test_a_reporting_verb_negated_or_a_negative_subject_is_no_contradiction():
    """"Would not say where" and "said" report different things, not one claim denied; "no gun
    has been recovered" and "the gun has not been recovered" both deny (claims as extracted,
    compared as if they had matched strongly)."""
    from newsclaims.extract import extract_claims
    from newsclaims.reconcile.compare import compare
    from newsclaims.reconcile.features import signature

    def sig(text, source, i):
        return signature(i, extract_claims(parse_article(text, source))[0])

    for x, y in [("The agent would not say where the singer was being treated.",
                  "The agent said the singer went to a clinic in Malibu."),
                 ("No gun has been recovered.", "The gun has not been recovered.")]:
        assert compare([sig(x, "a", 0), sig(y, "b", 1)], {(0, 1): 0.9})[2] == [], (x, y)


def test_a_reported_participle_denied_is_a_contradiction_of_the_same_thing_only():
    """"Said the fire was not contained" denies "said the fire was 15% contained" (a participle
    after its auxiliary, past a figure, is what is said to happen); a denial about something else,
    "did not speak to reporters" / "said he had spoken to the boy's parents", is none (claims as
    extracted, compared as if they had matched strongly)."""
    (div,) = _divergences_of("Chief Ilse Brandt said the fire was 15% contained.",
                             "Fire chief Ilse Brandt said the fire was not contained.")
    assert div.kind == "contradiction" and "not contain" in div.explanation
    assert _divergences_of("The coach did not speak to reporters.",
                           "The coach said he had spoken to the boy's parents.") == []


def test_the_speech_verb_before_what_is_said_makes_no_match():
    # "said" is how both claims are told, not what they say: two reported claims of one article
    # about different things stay apart (they shared only "said" and scored as a restatement)
    text = ("Airline outage grounds flights\n\nThe aviation authority said it was investigating.\n\n"
            "Analysts said the outage was likely to hurt the airline's plans to expand into long-haul routes.")
    rep = reconcile([parse_article(text, "one")])
    by_text = {c.text: cl.id for cl in rep.clusters for c in cl.claims}
    assert by_text["The aviation authority said it was investigating."] != \
        next(cid for t, cid in by_text.items() if t.startswith("Analysts said"))


def _sig_of_last(text, source, i):
    from newsclaims.extract import extract_claims
    from newsclaims.reconcile.features import signature
    return signature(i, extract_claims(parse_article("Update\n\n" + text, source))[-1])


def _divergences_of(text_a, text_b):
    """The divergences of the last claims of two one-paragraph articles, compared as if matched well."""
    from newsclaims.reconcile.compare import compare
    return compare([_sig_of_last(text_a, "a", 0), _sig_of_last(text_b, "b", 1)], {(0, 1): 0.9})[2]


def test_a_denial_passed_on_contradicts_what_another_outlet_was_told():
    """"Officials denied that the ferry was overloaded" says it was not: it contradicts "The vessel
    was overloaded, a port official said" (a ferry is a vessel); the denial's verb is how it is
    told, not what is told."""
    from newsclaims.reconcile.compare import compare

    a = _sig_of_last("Officials denied that the ferry was overloaded.", "a", 0)
    b = _sig_of_last("The vessel was overloaded, a port official said.", "b", 1)
    assert a.claim.negated and a.pred == b.pred
    (div,) = compare([a, b], {(0, 1): 0.9})[2]
    assert div.kind == "contradiction" and "not overload" in div.explanation
    c = _sig_of_last("Officials said the boat was not overloaded.", "c", 2)
    (div,) = compare([c, b], {(1, 2): 0.9})[2]
    assert div.kind == "contradiction"


def test_not_deciding_whether_to_act_contradicts_a_decision_not_an_open_question():
    """"has not decided whether to suspend its routes" diverges from "will suspend all its other
    routes", not from "may suspend" or "is considering whether to suspend"."""
    from newsclaims.reconcile.compare import compare

    a = _sig_of_last("Brelland Lines has not decided whether to suspend its other routes.", "a", 0)
    b = _sig_of_last("Brelland Lines will suspend all its other routes, a spokeswoman said.", "b", 1)
    (div,) = compare([a, b], {(0, 1): 0.9})[2]
    assert div.kind == "contradiction" and "undecided whether to suspend" in div.explanation
    for k, text in enumerate(["Brelland Lines may suspend its other routes.",
                              "Brelland Lines is considering whether to suspend its other routes."], 2):
        c = _sig_of_last(text, "c", k)
        assert compare([a, c], {(0, k): 0.9})[2] == [], text


def test_what_remains_is_no_counted_noun():
    """"About 20 remain missing" counts nothing named: "remain" is its verb, so the figure does not
    count a "remain" that no other outlet's figure can agree with."""
    s = _sig_of_last("About 20 remain missing.", "a", 0)
    assert [n.of for n in s.nums] == [""] and all("remain" not in n.unit for n in s.nums)


def test_a_verbs_base_form_is_its_lemma_and_a_level_reached_is_one_predicate():
    """"pass", "discuss" are their own lemmas (a suffix rule made "pas", so that "would pass the rise
    on" / "would not pass the rise on" could not be told apart); "inflation hit 6.3%" and "stood
    at 6.1%" say where one level stands, so they match and their figures diverge."""
    from newsclaims.reconcile.features import lemma

    assert [lemma(w) for w in ("pass", "discuss", "boss", "kills", "means")] == ["pass", "discuss", "boss", "kill", "mean"]
    (div,) = _divergences_of("Lenders Halden and Crestway said they would pass the rise on to customers.",
                             "Crestway said it would not pass the rise on to existing customers.")
    assert div.kind == "contradiction" and "not pass" in div.explanation
    x = _sig_of_last("Inflation hit 6.3% in October, the statistics office said.", "x", 0)
    y = _sig_of_last("Inflation stood at 6.1% in October.", "y", 1)
    assert x.pred == y.pred == "reach"
    assert _sig_of_last("The storm hit three towns.", "z", 2).pred != "reach"  # a count struck, no level


def test_the_words_of_a_percentage_are_no_tokens():
    """"a pay rise of 12 per cent" and "a 12% pay rise" say the same: "cent" and "percent" are the
    quantity's unit, compared as a number, not words of the claim."""
    a = _sig_of_last("Nurses want a pay rise of 12 per cent.", "a", 0)
    b = _sig_of_last("Nurses want a 12% pay rise.", "b", 1)
    c = _sig_of_last("Nurses want a 12 percent pay rise.", "c", 2)
    assert a.tset == b.tset == c.tset


def test_no_one_killed_is_no_one_dead_but_a_named_killer_keeps_the_killing():
    """"No one was killed" says what "No deaths have been reported" and "There were no
    fatalities" say (the agentless passive of a negative subject is a death denied); "Three people
    were killed" keeps its predicate, and so does a killing with its agent."""
    from newsclaims.reconcile.lexicon import canon

    DIE_CLASS, KILL_CLASS = canon("die"), canon("kill")
    a = _sig_of_last("No one was killed.", "a", 0)
    b = _sig_of_last("No deaths have been reported.", "b", 1)
    c = _sig_of_last("There were no fatalities.", "c", 2)
    assert a.pred == DIE_CLASS and a.neg and a.tset & b.tset & c.tset == {DIE_CLASS}
    assert _sig_of_last("Three people were killed.", "d", 3).pred == KILL_CLASS
    assert _sig_of_last("Nobody was killed by the gunmen.", "e", 4).pred == KILL_CLASS


def test_a_strike_of_workers_is_a_walkout_not_an_attack():
    """"went on strike", "a 48-hour strike", "strike over pay" stop work: they share a class with
    "stoppage" and not with "an air strike hit the town"."""
    from newsclaims.reconcile.lexicon import canon

    walkout, attack = canon("walkout"), canon("attack")
    for text in ("Nurses went on strike on Monday.", "Nurses began a 48-hour strike.", "Nurses strike over pay."):
        s = _sig_of_last(text, "a", 0)
        assert walkout in s.tset and attack not in s.tset, text
    assert walkout in _sig_of_last("The nurses began a 48-hour stoppage.", "b", 1).tset
    assert attack in _sig_of_last("An air strike hit the town.", "c", 2).tset


def test_a_part_of_an_owners_whole_and_a_figure_glued_to_a_word():
    """"29 of the assembly's 55 seats" counts 29 seats (the possessive is no counted noun) and the
    55 nothing; "30 seats in the 55-member assembly": the 55 describes the assembly, it counts no
    seats (it made the outlet give two seat counts, so that 29 / 30 was no divergence)."""
    a = _sig_of_last("The Greens took 29 of the assembly's 55 seats.", "a", 0)
    assert [(n.value, n.of) for n in a.nums] == [(29.0, "count:seat"), (55.0, "")]
    b = _sig_of_last("The Greens won 30 seats in the 55-member assembly.", "b", 1)
    assert [n.of for n in b.nums if n.value == 55.0] != ["count:seat"]
    # a figure joined to a figure is a score, still of the measure before it
    c = _sig_of_last("McArdle had five points during a pivotal 15-2 run.", "c", 2)
    assert [n.of for n in c.nums if n.value == 15.0] == ["count:point"]


def test_succumbing_is_dying_and_an_age_is_no_count_of_the_dead():
    """"succumbed to complications" is a death, of one class with "died"; "died at 91" gives an age,
    so it does not diverge from "the fire killed 3 people" as a count of the dead would."""
    a = _sig_of_last("Jane Doe succumbed to complications from a stroke on Friday.", "a", 0)
    b = _sig_of_last("Jane Doe died on Friday at 91, her agent said.", "b", 1)
    assert a.pred == b.pred
    assert [(n.value, n.unit) for n in b.nums] == [(91.0, "age")]
    assert not any(n.of.startswith("count:people") for n in b.nums)


def test_a_fire_is_a_blaze_and_gunfire_or_a_dismissal_is_none():
    """The noun "fire" is of one class with "blaze" ("fire sack oust" is the verb's class), so "the
    fire gutted the store" matches "a blaze destroyed it"; "opened fire", "fired at" and "fired its
    coach" are no blaze."""
    from newsclaims.reconcile.lexicon import canon

    burn = canon("blaze")
    for text in ("The fire gutted the store.", "A fire broke out at the plant.", "Police were alerted to a fire on the roof."):
        assert burn in _sig_of_last(text, "a", 0).tset, text
    for text in ("Gunmen opened fire on the crowd.", "She fired at two officers.", "The club fired its coach."):
        assert burn not in _sig_of_last(text, "b", 1).tset, text


def test_checking_out_is_leaving_and_checking_in_is_entering():
    """"checked out of the clinic" leaves it, as "checked into" enters it: the particle, not the
    verb, tells the predicate."""
    from newsclaims.reconcile.lexicon import canon

    out = _sig_of_last("Ada Brisk checked out of the Kestrel clinic on Monday.", "a", 0)
    left = _sig_of_last("Ada Brisk left the Kestrel clinic on Monday.", "b", 1)
    into = _sig_of_last("Ada Brisk checked into the Kestrel clinic on Monday.", "c", 2)
    assert out.pred == left.pred == canon("leave") and into.pred == canon("enter")


def test_entering_and_later_leaving_is_a_sequence_not_a_contradiction():
    """"checked into the clinic" and "has left the clinic" tell one thing after another; on one
    named day they conflict. Rising against falling stays a contradiction."""
    assert _divergences_of("Ada Brisk checked into the Kestrel clinic.", "Ada Brisk has left the Kestrel clinic.") == []
    (div,) = _divergences_of("Ada Brisk checked into the Kestrel clinic on Monday.",
                             "Ada Brisk left the Kestrel clinic on Monday.")
    assert div.kind == "contradiction"
    (div,) = _divergences_of("Kestrel Bank shares rose on Monday.", "Kestrel Bank shares fell on Monday.")
    assert div.kind == "contradiction"


def test_saying_one_will_act_and_will_not_act_contradict_when_nothing_else_is_said():
    """"His lawyer said he would appeal" / "His lawyer said he would not appeal": nothing is said
    but the act, so they are about one thing; "did not speak to reporters" / "had spoken to the
    boy's parents" are not."""
    (div,) = _divergences_of("His lawyer said he would appeal.", "His lawyer said he would not appeal.")
    assert div.kind == "contradiction" and "not appeal" in div.explanation
    assert _divergences_of("Otto Brell did not speak to reporters.",
                           "Otto Brell said he had spoken to the boy's parents.") == []


def test_one_of_them_is_a_part_of_the_count_before_it_not_another_count():
    """"Four children are in hospital, one of them in intensive care": the one is of the four, so the
    outlet gives one count of children (4), and "three children" of another outlet diverges from it."""
    s = _sig_of_last("Four children are in hospital, one of them in intensive care.", "a", 0)
    assert [n.of for n in s.nums] == ["count:child", ""]
    (div,) = _divergences_of("Four children are in hospital, one of them in intensive care.",
                             "Three children have been admitted to hospital, the health authority said.")
    assert div.kind == "number" and "'Four'" in div.explanation and "'Three'" in div.explanation


def test_a_figure_an_outlet_gives_twice_is_one_detail():
    """"25 cases" in the headline and "Twenty-five cases" below it are one detail, not "25; Twenty-five"."""
    rep = reconcile([
        ("a", "Measles: 25 cases confirmed in Valdor\n\nTwenty-five cases of measles have been confirmed in Valdor, "
              "officials said on Wednesday."),
        ("b", "Measles cases confirmed in Valdor\n\nCases of measles have been confirmed in Valdor, officials said.")])
    (cl,) = [cl for cl in rep.clusters if len(cl.sources) == 2]
    assert [d.text for d in cl.details] == ["adds 25"]


def test_a_denied_amount_is_no_contradiction_and_no_figure():
    """"did not raise rates by half a point" denies the amount, not the rise: no contradiction with
    "raised rates by a quarter point" (it was one) and no number divergence (half a point is not
    given); the same amount denied is a contradiction."""
    assert _divergences_of("The central bank did not raise rates by half a point.",
                           "The Bank of Orrin raised its main rate by a quarter of a percentage point on Thursday.") == []
    assert _divergences_of("The central bank did not raise rates by half a point.",
                           "The Bank of Orrin raised its main rate on Thursday.") == []
    (div,) = _divergences_of("The central bank did not raise rates by a quarter of a point.",
                             "The Bank of Orrin raised its main rate by a quarter of a percentage point on Thursday.")
    assert div.kind == "contradiction"
    (div,) = _divergences_of("Police did not release the names of the three victims.",
                             "Police released the names of the victims on Friday.")
    assert div.kind == "contradiction"  # a count it names is no amount


def test_one_figure_in_other_words_for_other_people_is_no_detail():
    """"nearly half a million people" and "about 480,000 patients" are one figure of one unit: neither
    outlet adds it (each was listed as the other's detail); the speaker one names still is."""
    rep = reconcile([
        ("a", "Hackers hit Orrin hospital\n\nThe hospital said records for nearly half a million people may "
              "have been accessed."),
        ("b", "Orrin hospital attacked\n\nChief executive Tomas Vell said records of about 480,000 patients had "
              "been stolen.")])
    (cl,) = [cl for cl in rep.clusters if any("records" in c.text for c in cl.claims)]
    assert len(cl.claims) == 2 and [(d.source, d.text) for d in cl.details] == [("b", "adds Tomas Vell")]
    assert cl.divergences == []


def test_a_headlines_passive_without_was_is_no_role_swap():
    """"25 cases confirmed in Tarvel" is "25 cases were confirmed": the cases are what was confirmed,
    as in "officials have confirmed 23 cases", not its subject; the two are one claim (they read as a
    role swap and scored 0.05) and their figures diverge."""
    rep = reconcile([
        ("a", "Measles outbreak in Tarvel grows\n\nHealth officials in Tarvel have confirmed 23 cases of measles."),
        ("b", "Measles: 25 cases confirmed in Tarvel\n\nThe outbreak began at a nursery in October, officials believe.")])
    (cl,) = [cl for cl in rep.clusters if len(cl.sources) == 2 and any("23" in c.text for c in cl.claims)]
    assert any(c.text == "25 cases confirmed in Tarvel" for c in cl.claims)
    assert [d.kind for d in cl.divergences] == ["number"]
    from newsclaims.models import Claim
    from newsclaims.reconcile.features import _reduced_passive

    def head(text, obj):
        return Claim(id="x#0-1", source="x", paragraph=0, start=0, end=len(text), text=text, kind="event",
                     predicate="recall", object=obj, headline=True)
    assert _reduced_passive(head("Cars recalled over brake fault", "over brake fault"))
    assert not _reduced_passive(head("Veltra recalled 120,000 cars", "120,000 cars"))  # an active past, its object


def test_counts_of_people_by_what_they_are_are_told_apart_by_what_befell_them():
    """"shot three co-workers" and "shot and killed two co-workers" count different things (the
    shot, the killed): no divergence; a hyphenated compound counts its head ("co-workers": workers)."""
    from newsclaims.reconcile.compare import compare
    shot = _sig_of_last("Police said the employee shot three co-workers.", "a", 0)
    killed = _sig_of_last("Ilse Varga shot and killed two co-workers at the plant.", "b", 1)
    assert [n.of for n in shot.nums] == ["count:worker"] and [n.of for n in killed.nums] == ["count:worker:dead"]
    assert compare([shot, killed], {(0, 1): 0.9})[2] == []
    # two counts of the killed still diverge
    other = _sig_of_last("Ilse Varga shot and killed three co-workers at the plant.", "c", 2)
    (div,) = compare([killed, other], {(1, 2): 0.9})[2]
    assert div.kind == "number"


def test_admitting_what_another_outlet_says_was_denied_is_a_contradiction():
    """"admitted that warning signs had been ignored" owns up to it (the class of "confirm", not the
    "admitted to hospital" of "enter"), so it contradicts "denied that warning signs had been
    ignored"; "warning" before a noun is no verb of what is said. Being admitted to hospital is
    still entering it."""
    (div,) = _divergences_of("Velkor Mining denied that warning signs had been ignored.",
                             "Velkor Mining admitted that warning signs had been ignored.")
    assert div.kind == "contradiction" and "not ignore" in div.explanation
    assert _sig_of_last("Velkor Mining denied that warning signs had been ignored.", "a", 0).said_pred == "ignore"
    assert _sig_of_last("Two miners were admitted to hospital.", "c", 2).pred == \
        _sig_of_last("Two miners entered hospital.", "d", 3).pred


def test_shares_rising_against_falling_contradict_when_one_outlet_names_the_company_first():
    """"Kestrel shares rose 2%" opens with the name (a capital there shows no name by itself) and
    "Shares in Kestrel fell 6%" names it: one subject, opposite moves, a contradiction, not two
    outlets agreeing."""
    a = ("Kestrel Foods cuts 300 jobs\n\nKestrel Foods will cut 300 jobs at its bakery in Pellham, the "
         "company said on Monday.\n\nShares in Kestrel fell 6% in early trading.\n")
    b = ("Kestrel Foods to cut 300 jobs\n\nKestrel Foods said on Monday it would cut 300 jobs in Pellham.\n\n"
         "Kestrel shares rose 2% after the announcement.\n")
    rep = reconcile([parse_article(a, "a"), parse_article(b, "b")])
    (cl,) = [c for c in rep.clusters if any("shares" in x.text.lower() for x in c.claims)]
    assert cl.sources == ["a", "b"]
    assert [d.kind for d in cl.divergences] == ["contradiction"]
    assert cl.verdicts == {"a": "diverges", "b": "diverges"}


def test_shares_of_two_named_things_do_not_conflict():
    """"about 8% of its workforce" and "a 30% drop in sales" are proportions of two things; 8% and
    30% of the workforce conflict."""
    a = "Pellham Motors will close its Tarrow plant and cut about 8% of its workforce."
    assert _divergences_of(a, "Pellham Motors will close its Tarrow plant after a 30% drop in sales.") == []
    (div,) = _divergences_of(a, "Pellham Motors will close its Tarrow plant and cut 30% of its workforce.")
    assert div.kind == "number"


def test_considering_an_act_contradicts_deciding_it():
    """"said he was considering an appeal" is as open as "has not decided whether to appeal": it
    diverges from "said they would appeal", and not from "has not decided whether to appeal"."""
    (div,) = _divergences_of("His lawyer said he was considering an appeal.",
                             "His lawyer, Jo Brell, said they would appeal.")
    assert div.kind == "contradiction" and "undecided whether to appeal" in div.explanation
    assert _divergences_of("His lawyer said he was considering an appeal.",
                           "His lawyer said he had not decided whether to appeal.") == []


def test_pleading_guilty_contradicts_pleading_not_guilty_and_denying():
    """"pleaded guilty" owns up, as "admitted" does; "pleaded not guilty" denies, as "denied the
    charges" does: the guilty plea contradicts both, and the two denials agree."""
    guilty = "Tomas Vell pleaded guilty to fraud on Monday."
    (div,) = _divergences_of(guilty, "Tomas Vell pleaded not guilty to fraud on Monday.")
    assert div.kind == "contradiction"
    (div,) = _divergences_of(guilty, "Tomas Vell has denied the fraud charges.")
    assert div.kind == "contradiction"
    assert _divergences_of("Tomas Vell pleaded not guilty to fraud.", "Tomas Vell has denied the fraud charges.") == []


def test_a_bill_passed_and_rejected_and_a_strike_called_off_and_cancelled():
    """"passed the bill" / "rejected the bill" contradict; "called off the strike" and "cancelled
    the strike" are one act (the class of "halt"), which "went ahead" contradicts."""
    (div,) = _divergences_of("The Senate passed the Orwel bill on Tuesday.", "The Senate rejected the Orwel bill on Tuesday.")
    assert div.kind == "contradiction"
    off = _sig_of_last("The Dorsel union called off the strike.", "a", 0)
    cancelled = _sig_of_last("The Dorsel union cancelled the strike.", "b", 1)
    assert off.pred == cancelled.pred
    (div,) = _divergences_of("The Dorsel union called off the strike.", "The Dorsel union's strike went ahead.")
    assert div.kind == "contradiction"


def test_upholding_a_ban_contradicts_overturning_it():
    (div,) = _divergences_of("The Orwel court upheld the ban on Tuesday.", "The Orwel court overturned the ban on Tuesday.")
    assert div.kind == "contradiction" and "'uphold' vs 'overturn'" in div.explanation


def test_whom_something_was_told_is_not_what_was_told():
    """"..., the housing minister told parliament": "parliament" is who heard it, not a word of
    the claim (it matched other claims about parliament); "told him to leave" keeps its object."""
    s = _sig_of_last("The government will build 500 homes, the housing minister told parliament.", "a", 0)
    assert "parliament" not in s.tset and {"500", "home"} <= s.tset
    s = _sig_of_last("Officials told the crowd to leave the square.", "a", 0)
    assert "crowd" in s.tset


def test_confirmed_or_feared_dead_is_a_death():
    """"Twelve people were confirmed dead" tells deaths (its predicate was the confirming, so it
    stayed apart from "At least 12 people were killed")."""
    for text in ("Twelve people were confirmed dead.", "Three climbers are feared dead."):
        assert _sig_of_last(text, "a", 0).pred == _sig_of_last("Three climbers died.", "b", 1).pred, text


def test_a_count_before_a_noun_compound_counts_its_head_but_an_adjective_restricts_it():
    """"four rebel commanders" counts commanders, as "three commanders" does, so the figures
    diverge; "two female delegates" counts no delegates (the adjective picks some of them, and "Eight of
    the jurors" is not in dispute with it)."""
    (div,) = _divergences_of("Velmar imposed new sanctions on three rebel commanders.",
                             "Orrin and Velmar announced sanctions against four rebel commanders.")
    assert div.kind == "number" and "'three'" in div.explanation and "'four'" in div.explanation
    assert [n.of for n in _sig_of_last("Two police officers were injured.", "a", 0).nums] == ["count:officer:hurt"]
    assert _divergences_of("Eight of the delegates were farmers.",
                           "The two female delegates, one from Orrin and one from Vell, spoke publicly on Saturday.") == []


def test_no_one_with_a_hyphen_is_a_negative_subject_as_far_from_the_verb():
    """"No-one is believed to have been hurt" denies injuries as "No one is believed to be
    injured" does (the hyphen took the "No" out of the window: a false contradiction)."""
    assert _sig_of_last("No-one is believed to have been hurt in the crash.", "a", 0).neg
    assert _divergences_of("No-one is believed to have been hurt in the crash.",
                           "No one is believed to be hurt at this stage.") == []


def test_a_figure_an_outlet_also_gives_as_approximate_is_approximate():
    """"$2bn" in a headline and "about $2 billion" below it: the outlet gives about $2 billion,
    which "$2.1 billion" fits (it was a number divergence)."""
    rep = reconcile([
        ("a", "Orvel Foods to buy Lanner Dairies for $2.1 billion\n\nOrvel Foods has agreed to buy Lanner Dairies "
              "for $2.1 billion in cash, the companies said on Tuesday."),
        ("b", "Orvel swallows Lanner in $2bn dairy deal\n\nOrvel Foods will acquire Lanner Dairies in a deal worth "
              "about $2 billion.")])
    (cl,) = [cl for cl in rep.clusters if len(cl.claims) >= 3]
    assert cl.divergences == []
    rep = reconcile([
        ("a", "Orvel Foods to buy Lanner Dairies for $2.1 billion\n\nOrvel Foods has agreed to buy Lanner Dairies "
              "for $2.1 billion in cash, the companies said on Tuesday."),
        ("b", "Orvel swallows Lanner in $3bn dairy deal\n\nOrvel Foods will acquire Lanner Dairies in a deal worth "
              "$3 billion.")])
    (cl,) = [cl for cl in rep.clusters if len(cl.claims) >= 3]
    assert [d.kind for d in cl.divergences] == ["number"]


def test_failing_to_do_a_thing_contradicts_doing_it():
    (div,) = _divergences_of("Negotiators failed to reach an agreement on Friday.",
                             "Negotiators reached an agreement on Friday.")
    assert div.kind == "contradiction" and "not reach vs reach" in div.explanation
    assert _divergences_of("Negotiators failed to reach an agreement on Friday.",
                           "Negotiators did not reach an agreement on Friday.") == []


def test_rejecting_the_claims_is_denying_the_allegations():
    a = _sig_of_last("The company denied the allegations.", "a", 0)
    b = _sig_of_last("The company rejected the claims.", "b", 1)
    assert a.core == b.core
    assert "claim" in _sig_of_last("The minister claimed the plan would work.", "c", 2).core


@pytest.mark.parametrize("one, other", [
    ("The council approved the plan.", "The council voted against the plan."),
    ("The jury found him guilty of fraud.", "The jury acquitted him of fraud."),
    ("The government lifted the curfew.", "The government extended the curfew."),
    ("The jury found him not guilty of fraud.", "The jury found him guilty of fraud."),
    ("Shares in Orvel closed 2% higher on Monday.", "Shares in Orvel closed 2% lower on Monday."),
    ("The president signed the bill into law.", "The president vetoed the bill."),
])
def test_votes_verdicts_extensions_closes_and_vetoes_contradict_their_opposites(one, other):
    (div,) = _divergences_of(one, other)
    assert div.kind == "contradiction"


def test_denying_of_oneself_contradicts_the_act_and_an_end_on_one_day_its_going_on():
    """"The minister denied that she had resigned" is about the minister (her words were dropped
    as the attribution, so the denial shared nothing with "The minister resigned")."""
    (div,) = _divergences_of("The minister denied that she had resigned.", "The minister resigned on Friday.")
    assert div.kind == "contradiction"
    (div,) = _divergences_of("The strike ended on Monday.", "The strike continued on Monday.")
    assert div.kind == "contradiction"
    assert _divergences_of("The strike ended on Monday.", "The strike continued on Tuesday.") == []


def test_a_verdict_and_a_close_meet_their_plain_words():
    assert _sig_of_last("The jury found him not guilty.", "a", 0).pred == _sig_of_last("The jury acquitted him.", "b", 1).pred
    assert _sig_of_last("Shares closed 2% higher.", "a", 0).pred == _sig_of_last("Shares rose 2%.", "b", 1).pred
    assert _sig_of_last("The factory closed down in May.", "a", 0).pred == _sig_of_last("The factory closed in May.", "b", 1).pred
