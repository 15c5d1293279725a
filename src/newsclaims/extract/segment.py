"""Segmentation: a sentence -> claim units (contiguous token ranges).

Method (over spaCy's dependency parse; a sentence is one unit when there is no parse):

1. Clause splits. A sentence is cut where it joins separately assertable clauses:
   - at a semicolon between clauses;
   - before a comma-set adverbial clause with its own subject introduced by a contrast or
     reason marker (``while``, ``whereas``, ``although``, ``as``, ``because``...), and after
     one that opens the sentence;
   - before a coordinated verb phrase that has its own auxiliary or subject, or follows
     ``, and``;
   - before a comma-set participle clause (``..., warning that ...``, ``..., citing ...``),
     an absolute ``, with X being/doing ...``, and additive ``, along with ...``;
   - before a non-restrictive relative clause (``, which ...``) on an object;
   - at a single dash followed by an appositive phrase (``– a direct challenge to ...``);
     paired dashes enclose a parenthesis and are never cut.
2. List splits. When a demand predicate (``want``, ``demand``, ``seek``, ``ask for``,
   ``insist on``, or ``include``/``involve`` with a subject such as *demands*, *terms*,
   *conditions*) governs a coordinated list of noun or gerund phrases, each item becomes
   its own unit: the first keeps the head clause, the rest are the bare items, all knowing
   the predicate and its subject. Lists of bare names (``Chile, Peru and Bolivia``)
   are entity sets inside one claim and are never split. The small parser often attaches
   list items wrongly, so items are found on the surface (commas and ``and``/``or``) and
   checked with part-of-speech tags.
3. A bullet's leading label (``Fuel & Food: ...``) is cut off; a sentence that only
   introduces a list (``X is seeking:``, no object) is no claim but gives its predicate,
   subject and hedges to the bullets that follow.

Limits: rules over a small statistical parser; long sentences with many commas may be cut
less well than a careful editor would.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import BODY_NOUNS, DEMAND_NOUNS, DEMAND_VERBS, PEOPLE_NOUNS, SOURCE_NOUNS, SPEECH_VERBS, STANCE_VERBS, STATE_PARTICIPLES, TIME_WORDS, VERB_ADJECTIVES

SPLIT_MARKS = frozenset({"while", "whereas", "although", "though", "as", "because"})
#: a past happening told after a comma is an event of its own ("..., after police shot a man");
#: a present or future one is a condition on the main clause ("..., before it commits to a truce")
TEMPORAL_MARKS = frozenset({"after", "when", "before"})
CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing"})
SIGNPOST_WH = frozenset({"what", "how", "why", "where", "who", "when", "which"})
LIST_VERBS = frozenset({"include", "involve", "encompass", "comprise", "be"})
ADDITIVE = (("along", "with"), ("as", "well", "as"), ("in", "addition", "to"))
DASHES = frozenset({"–", "—", "--", "―"})
PREP_OF_DEMAND = {"ask": "for", "call": "for", "press": "for", "push": "for", "insist": "on"}


@dataclass
class Unit:
    """A claim unit: tokens [start, end) of the doc, with what governs it."""

    start: int
    end: int
    head: Token | None = None
    predicate: str | None = None
    subject: Token | None = None
    item: bool = False
    lead_in: bool = False


def copula_verb(head: Token) -> str | None:
    """The verb a copula takes as its complement: a participle ("the ferry was (not) overloaded",
    parsed as "be" with an adjectival complement), whose predicate it is, as in the passive; or an
    act to come right after "is to" when the subject is someone who acts, named or a noun of
    people, bodies or agents ("the company is to close 20 stores": the predicate is "close", as in
    the headlinese "Company to close 20 stores"; "the aim is to cut costs" keeps "be"), or a passive
    to come after "is to be", whatever the subject ("fuel subsidies are to be reduced": "reduce")."""
    if head.lemma_ != "be":
        return None
    part = next((c for c in head.children if c.dep_ == "acomp" and c.tag_ == "VBN"), None)
    subj = subject_of(head) if part is None else None
    if subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ or (subj.pos_ == "NOUN" and _agent_noun(subj))):
        part = next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i == head.i + 2
                     and c.doc[head.i + 1].lower_ == "to"), None)
    if part is None:  # "fuel subsidies are to be reduced": a passive to come, whatever the subject
        part = next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBN" and c.i == head.i + 3
                     and c.doc[head.i + 1].lower_ == "to" and c.doc[head.i + 2].lower_ == "be"), None)
    le = part.lemma_.lower() if part is not None else ""
    return le if len(le) > 2 and le.isalpha() and le not in STATE_PARTICIPLES else None


def has_parse(sent: Span) -> bool:
    return sent.doc.has_annotation("DEP")


def subject_of(tok: Token) -> Token | None:
    """The nominal subject of a verb, climbing through conjunctions and xcomp/auxiliaries."""
    seen = 0
    while tok is not None and seen < 6:
        subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        if subs:
            # two subjects are a misparse, usually of a dateline ("OSLAND, Nov 2 — The bank
            # raised ..."): the one nearest before the verb is its subject
            before = [c for c in subs if c.i < tok.i]
            return before[-1] if before else subs[0]
        if tok.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl") and tok.head.i != tok.i:
            tok = tok.head
            seen += 1
            continue
        break
    return None


_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")


def _agent_noun(noun: Token) -> bool:
    """A common noun that may name someone who acts: people, sources, bodies ("council"), and
    agentive forms ("operator", "striker", "activist"; also "water": a thing kept as an agent
    errs on the side of no cut)."""
    lem = noun.lemma_.lower()
    return lem in PEOPLE_NOUNS or lem in SOURCE_NOUNS or lem in BODY_NOUNS or lem.endswith(_AGENT_SUFFIXES)


def conjunction_of(t: Token) -> Token | None:
    """The coordinating word ("and", "but") that joins the conjunct `t` to its head: the last one
    between them, or None."""
    head = t.head
    return next((c for c in reversed(list(head.children)) if c.dep_ == "cc" and head.i < c.i < t.i), None)


_SELF_PRONOUNS = frozenset("it he she they we".split())


def second_act(t: Token, root: Token) -> bool:
    """A verb the parser joined to what a speaker said that is the speaker's own next act: "X said
    the strike could cost $5m and accused the union of ...", "X said losses had reached $5m and
    described the demands as unrealistic". It is a conjunct without a subject of its own of the
    speech verb's clause (ccomp, after the verb: "A and B, a report said" is all said), in the
    speech verb's own form (both "said ... accused", both "says ... accuses"), and either that clause's verb cannot share its form ("could cost" and
    "accused": no modal before a past form) or the clause is about a thing (no name, no personal
    pronoun, no noun of people, bodies or agents: `_agent_noun`) while the conjunct is a verb of
    speaking, judging or demanding, which a thing does not do, or the clause is about the speaker
    (a personal pronoun: "said it had passed an inspection and denied that ...") while the
    conjunct speaks, judges or demands and has its own object or clause ("called for ..."): the
    act is the speaker's on either reading. Limits: lexicons, not meaning:
    "said the cuts had hurt and blamed ..." is cut, "said the water had risen and blamed ..." is
    not."""
    comp = t.head
    if not (t.dep_ == "conj" and t.pos_ == "VERB" and comp.dep_ == "ccomp" and comp.head.i == root.i
            and root.lemma_.lower() in SPEECH_VERBS and t.i > comp.i > root.i and t.tag_ == root.tag_
            and t.tag_ in ("VBD", "VBZ") and not _own_subject(t)
            and not any(c.dep_ in ("aux", "auxpass") for c in t.children)):
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in comp.children)
    if modal or comp.tag_ in ("VB", "VBG") or (comp.tag_ in ("VBZ", "VBP") and t.tag_ == "VBD"):
        return True
    subj = subject_of(comp)
    thing = subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_ and not _agent_noun(subj)
    lem = t.lemma_.lower()
    if lem in SPEECH_VERBS or lem in STANCE_VERBS or lem in DEMAND_VERBS:
        # "X said it had passed an inspection and denied that ...", "X said it feared job losses
        # and called for guarantees": the clause is about the speaker (a personal pronoun), so
        # the denial or the demand is X's whichever verb it hangs on
        if subj is not None and subj.lower_ in _SELF_PRONOUNS and any(
                c.dep_ in ("ccomp", "dobj") or (lem in DEMAND_VERBS and c.dep_ == "prep" and c.lower_ == "for")
                for c in t.children):
            return True
    return thing and (lem in SPEECH_VERBS or lem in STANCE_VERBS or lem in DEMAND_VERBS)


def _speech_act_on_thing(verb: Token, until: int) -> bool:
    """A speech verb whose object is a thing, with no clause said before `until` (the
    conjunction): "conceded defeat", "announced the cuts" are acts like any other, so a second act
    beside them ("... and congratulated the mayor") is a claim of its own; not "told reporters ..."
    (a person addressed), nor "said the storm damaged roofs and flooded ..." (a verb between: the
    parser may have made "the storm" the object of "said")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    doc = verb.doc
    return bool(objs) and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
        and not any(o.pos_ in ("PRON", "PROPN") or _agent_noun(o) for o in objs) \
        and not any(doc[k].pos_ in ("VERB", "AUX") for k in range(verb.i + 1, until))


def act_beside_speech(t: Token, root: Token) -> bool:
    """`t` is an act coordinated with a speech verb used on a thing ("conceded defeat and
    congratulated the mayor"): the speaker's own next act, which the article asserts."""
    if not (t.dep_ == "conj" and t.head.i == root.i and t.pos_ == "VERB" and t.i > root.i
            and root.lemma_.lower() in SPEECH_VERBS and t.lemma_.lower() not in SPEECH_VERBS):
        return False
    cc = conjunction_of(t)
    return _speech_act_on_thing(root, cc.i if cc is not None else t.i)


def second_said(t: Token, root: Token) -> Token | None:
    """The conjunction before a second thing a speaker says: "said A and that B", "said A, and
    B" (B a conjunct of the speech verb's clausal complement, with its own subject, after "and
    that" or a comma before the conjunction), "said it had opened A and could fine B" (no subject
    of its own, but a tense or mood of its own: `_other_tense`); None otherwise ("said prices
    rose and wages fell", "said it had cut jobs and had closed plants" are one thing said)."""
    if not (t.dep_ == "conj" and t.head.dep_ == "ccomp" and t.head.head.i == root.i
            and root.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")):
        return None
    cc = conjunction_of(t)
    if cc is None:
        return None
    if not _own_subject(t):
        return cc if _other_tense(t) else None
    mark = any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
    return cc if mark or (cc.i > 0 and t.doc[cc.i - 1].text == ",") else None


def _said_beside(t: Token, root: Token, cc: list[Token]) -> bool:
    """"conceded defeat and said he would stay on": an act, then a thing said (a conjunct speech
    verb with a clause of its own), two claims; not when the first verb says something itself
    ("said A and added that B" stays as it was; "conceded defeat" says nothing)."""
    if not cc or t.i <= root.i or t.pos_ != "VERB" or t.lemma_.lower() not in SPEECH_VERBS:
        return False
    if not any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in t.children):
        return False
    says = root.lemma_.lower() in SPEECH_VERBS and any(c.dep_ in ("ccomp", "dobj") and c.pos_ in ("VERB", "AUX")
                                                      for c in root.children)
    return root.pos_ == "VERB" and not says and cc[-1].i - root.i >= 2


def _other_tense(t: Token) -> bool:
    """A conjunct that shares the subject of what was said but not its tense or mood: "said it had
    opened an inquiry and could fine the bank", "said it was investigating and would report by
    May" (an auxiliary of its own, not one the first verb has, and words of its own; a copula with
    its complement is its own tense: "had offered 4% and were ready to return"); not after a
    copula, where the two say one thing of the subject, nor a verb of speaking ("but did not say
    how many" is what the speaker did)."""
    if t.head.lemma_ == "be":  # "said decisions are sovereign matters and should not be dictated": one stance
        return False
    if t.lemma_.lower() in SPEECH_VERBS:  # "said X had been stolen but did not say how many": the speaker's own act
        return False
    own = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
    if t.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in t.children):
        own.add(t.lower_)  # "said they had offered 4% and were ready to return to talks": a copula's own tense
    first = {c.lower_ for c in t.head.children if c.dep_ in ("aux", "auxpass")}
    return bool(own) and not own & first and t.right_edge.i - t.i >= 2


def _past(verb: Token) -> bool:
    """Whether a clause's verb is in a past tense: "shot", "was arrested", "had left"."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _time_frame(root: Token) -> bool:
    """A main clause that only sets a time frame for the next: "It was not long, however, before ..."."""
    return root.lemma_ == "be" and any(c.lower_ in ("long", "soon", "years", "months", "weeks", "days")
                                       for c in root.children)


def _has_object(verb: Token, before: int) -> bool:
    """The verb has an object or complement of its own before token `before` ("demanded [an
    inquiry] and ...", "called [for talks] and ...")."""
    return any(c.i < before and (c.dep_ in ("dobj", "ccomp", "xcomp") or c.dep_ == "prep"
                                 and any(g.dep_ == "pobj" for g in c.children)) for c in verb.children)


def _negated_verb(v: Token) -> bool:
    return any(c.dep_ == "neg" for c in v.children)


def _modal(v: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)


def _own_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _prev_is(sent: Span, i: int, chars: set[str]) -> bool:
    j = i - 1
    return j >= sent.start and sent.doc[j].text in chars


def _clause_cuts(sent: Span) -> set[int]:
    """Token indices at which a new unit starts."""
    doc = sent.doc
    cuts: set[int] = set()
    root = sent.root
    dashes = [t.i for t in sent if t.text in DASHES]
    dh = _demand_head(list(sent))
    list_from = dh[1] if dh else sent.end
    for t in sent:
        # semicolon between clauses
        if t.text == ";" and sent.start < t.i < sent.end - 1:
            cuts.add(t.i + 1)
        h = t.head
        if h.i != root.i and not (h.dep_ in ("conj", "xcomp", "ccomp") and h.head.i == root.i):
            continue
        left = t.left_edge.i
        # adverbial clause with its own subject and a contrast/reason mark
        if t.dep_ == "advcl":
            marks = [c for c in t.children if c.dep_ == "mark" and (c.lower_ in SPLIT_MARKS
                     or (c.lower_ in TEMPORAL_MARKS and _past(t) and not _time_frame(root)))]
            clause = _own_subject(t) or (t.tag_ not in ("VBG", "VBN") and t.right_edge.i - left >= 4)
            if marks and clause:
                # after its clause, or a contrast after the reported clause of a trailing cue
                # ("X, while Y, official results showed")
                after = t.i > root.i or (t.i > h.i and marks[0].lower_ in CONTRAST_MARKS)
                if after and _prev_is(sent, left, {",", ";", "–", "—"}):
                    cuts.add(left)
                elif t.i < root.i and left == sent.start and marks[0].lower_ in CONTRAST_MARKS:
                    right = t.right_edge.i + 1
                    if right < sent.end and doc[right].text == ",":
                        cuts.add(right + 1)
        # participle clause after a comma: "..., warning that ...", "..., citing X"
        if t.dep_ in ("advcl", "xcomp", "conj") and t.tag_ == "VBG" and t.i > root.i and not _own_subject(t):
            lead = [doc[k] for k in range(left, t.i)]
            if t.i < list_from and _prev_is(sent, left, {","}) and all(x.pos_ == "ADV" for x in lead):
                cuts.add(left)
            # "... while maintaining control over ..."
            marks = [c for c in t.children if c.dep_ == "mark" and c.lower_ in ("while", "whereas")]
            if marks and t.right_edge.i - t.i >= 2 and marks[0].i > root.i:
                cuts.add(marks[0].i)
        # coordinated verb phrase with its own auxiliary/subject, or after ", and"
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i == root.i:
            cc = [c for c in t.head.children if c.dep_ == "cc" and root.i < c.i < t.i]
            if not cc and left - 1 > root.i and doc[left - 1].pos_ == "CCONJ":
                cc = [doc[left - 1]]
            # "has burned 12,000 acres and was 15% contained": a copula with its complement right
            # after the conjunction, beside another verb, says a second thing of the subject
            copula = t.lemma_ == "be" and root.lemma_ != "be" and bool(cc) and cc[-1].i == left - 1 \
                and t.right_edge.i - t.i >= 2 and any(c.dep_ in ("acomp", "attr") for c in t.children)
            own = _own_subject(t) or copula or any(c.dep_ in ("aux", "auxpass") for c in t.children)
            after_comma = bool(cc) and _prev_is(sent, cc[-1].i, {",", "–", "—"})
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # ("as Kenya, Ghana stay out": names listed without "and", the second the conjunct's subject)
            first = left + 1 if doc[left].text == "," else left
            bare = not cc and doc[first].pos_ == "PROPN" and t.tag_ in ("VBP", "VBZ", "VBD")
            edge = cc[-1].i if cc else first if bare else None
            before = doc[edge - 1] if edge is not None and edge - 1 > sent.start else None
            if before is not None and before.text == ",":
                before = doc[before.i - 1]
            enumeration = subj is not None and subj.pos_ == "PROPN" and before is not None and before.pos_ == "PROPN"
            # "X, but only if Y": the conjunct is a condition on the first clause, not a claim of its own
            condition = any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children)
            # "called the decision a blow and demanded that ...": a demand beside something else
            # is a claim of its own, whatever the punctuation
            demand_beside = t.pos_ == "VERB" and bool(cc) and t.i > root.i and t.right_edge.i - t.i >= 2 \
                and demand_sense(t) != demand_sense(root) and _has_object(root, cc[-1].i)
            # "demanded an inquiry and called for the minister's resignation": two demands, each
            # with its own object ("demanded and won a pay rise" shares one: neither cut)
            two_demands = t.pos_ == "VERB" and bool(cc) and t.i > root.i and t.right_edge.i - t.i >= 2 \
                and demand_sense(t) and demand_sense(root) and _has_object(root, cc[-1].i)
            # "left 12 people dead and 28 injured": a count and a bare participle, the verb gapped,
            # is one more figure of the first clause (as "killing 12 and injuring 28" is)
            gapped_count = t.tag_ == "VBN" and subj is not None and subj.pos_ == "NUM" \
                and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
            # "arrested two men and seized a gun": two acts, each with its own object, are two claims
            # ("killed 3 people and injured 12": a bare figure is one more count of the first act)
            two_acts = t.pos_ == "VERB" and bool(cc) and t.i > root.i and root.pos_ == "VERB" \
                and any(c.dep_ == "dobj" and c.i < cc[-1].i for c in root.children) \
                and any(c.dep_ == "dobj" and c.pos_ != "NUM" for c in t.children) \
                and (root.lemma_ not in SPEECH_VERBS or _speech_act_on_thing(root, cc[-1].i))
            if (own or after_comma or demand_beside or two_demands or two_acts or _said_beside(t, root, cc)) \
                    and not enumeration and not condition and not gapped_count:
                cuts.add(cc[-1].i if cc else left)
        # "said the government would not appeal and would start a new assessment": two acts said,
        # one denied and one not, each with its own modal, are two claims (each the speaker's); not
        # "said X had been stolen but did not say how many" (the speaker's own act: `second_act`)
        if t.dep_ == "conj" and t.pos_ == "VERB" and h.dep_ == "ccomp" and h.head.i == root.i \
                and root.lemma_ in SPEECH_VERBS and t.lemma_ not in SPEECH_VERBS \
                and _negated_verb(t) != _negated_verb(h) and _modal(t) and _modal(h):
            cc = [c for c in h.children if c.dep_ == "cc" and h.i < c.i < t.i]
            if cc:
                cuts.add(cc[-1].i)
        # "said A and accused B": the speaker's second act, which the parser hangs on A
        if second_act(t, root):
            cc = conjunction_of(t)
            if cc is not None:
                cuts.add(cc.i)
        # "said A and that B", "said A, and B": two things said, two claims (each the speaker's)
        cc = second_said(t, root)
        if cc is not None:
            cuts.add(cc.i)
            mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ == "that"), None)
            if mark is not None and mark.i == cc.i + 1:
                cuts.add(mark.i + 1)  # "and that" alone between the cuts says nothing: dropped
        # ", with X being ..." / ", with X doing ..."
        if t.dep_ == "prep" and t.lower_ == "with" and t.i > root.i and _prev_is(sent, t.i, {","}):
            if any(d.tag_ == "VBG" for d in t.subtree if d.i != t.i):
                cuts.add(t.i)
        # non-restrictive relative clause on an object: ", which ..."; ", where <clause>" with a
        # subject of its own is what happened there ("declared an emergency in the county, where a
        # wildfire has burned 15,000 hectares")
    for t in sent:
        if t.dep_ == "relcl" and t.head.dep_ in ("dobj", "pobj", "attr") and t.i > root.i:
            wh = t.left_edge
            if wh.lower_ in ("which",) and _prev_is(sent, wh.i, {","}):
                cuts.add(wh.i)
            elif wh.lower_ == "where" and _prev_is(sent, wh.i, {","}) and t.right_edge.i - wh.i >= 4 \
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > wh.i for c in t.children):
                cuts.add(wh.i)
    # ", along with ...", ", as well as ...", ", in addition to ..." (not sentence-initial)
    for i in range(sent.start + 1, sent.end):
        if doc[i - 1].text != ",":
            continue
        for words in ADDITIVE:
            if all(i + k < sent.end and doc[i + k].lower_ == w for k, w in enumerate(words)):
                cuts.add(i)
    # a single dash followed by an appositive or participle phrase
    if len(dashes) == 1:
        d = dashes[0]
        if sent.start + 3 < d < sent.end - 3:
            nxt = doc[d + 1]
            if nxt.pos_ in ("DET", "ADJ", "NOUN") or nxt.tag_ == "VBG" or (nxt.pos_ in ("ADV", "ADP") and doc[d + 2].tag_ == "VBG"):
                cuts.add(d + 1)
    quoted = _inside_quotes(sent)
    return {c for c in cuts if sent.start < c < sent.end and c not in quoted}


def _inside_quotes(sent: Span) -> set[int]:
    """Token indices strictly inside a quotation in this sentence (never cut a quotation). A
    quotation still open at the sentence's end runs on to it, when its mark is a curly or
    guillemet opening, or a straight one after a comma or colon ('He explained, "You feel good,
    but ...'): the sentence splitter cut the quotation, not its writer."""
    inside: set[int] = set()
    open_at: int | None = None
    for t in sent:
        if t.text in ("“", "«") or (t.text == '"' and open_at is None):
            open_at = t.i
        elif t.text in ("”", "»", '"') and open_at is not None:
            inside.update(range(open_at + 1, t.i + 1))
            open_at = None
    if open_at is not None:
        mark = sent.doc[open_at]
        if mark.text in ("“", "«") or (open_at > sent.start and sent.doc[open_at - 1].text in (",", ":")):
            inside.update(range(open_at + 1, sent.end))
    return inside


#: demand verbs that make a demand only with a particle or an infinitive: "call for", "call on X
#: to", "ask for", "ask X to", "press for", "push X to", "insist on" (not "called him a hero",
#: "asked whether", "insisted that he was ill",
#: "pressed ahead", "pushed back", "crews were called")
_NEEDS_FRAME = {"call": ("for", "on", "upon"), "ask": ("for",), "press": ("for",), "push": ("for",),
                "insist": ("on", "upon")}
_NOT_A_CLAIM_HEAD = frozenset(("relcl", "acl", "amod", "compound"))


def time_phrase(prep: Token) -> bool:
    """A preposition that says when ("insisted on Friday that ..."): its object is a word of time
    or a date or time entity."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None and prep.i + 1 < len(prep.doc):
        obj = prep.doc[prep.i + 1]  # no parse: the next word
    return obj is not None and (obj.lower_ in TIME_WORDS or obj.ent_type_ in ("DATE", "TIME"))


def demand_sense(t: Token) -> bool:
    """Whether a verb of the demand lexicon is used to make a demand (see _NEEDS_FRAME)."""
    lem = t.lemma_.lower()
    if lem not in DEMAND_VERBS:
        return False
    frame = _NEEDS_FRAME.get(lem)
    if frame is None:
        return True
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children) and lem != "ask":
        return False
    nxt = t.i + 1
    while nxt < len(t.doc) and t.doc[nxt].pos_ in ("ADV", "PART") and t.doc[nxt].lower_ not in frame:
        nxt += 1
    if nxt < len(t.doc) and t.doc[nxt].lower_ in frame and not time_phrase(t.doc[nxt]):
        return True
    # "ask X to do", "press the government to act": an infinitive after the object (found in the
    # verb's subtree, as the small parser often hangs it on the object)
    if lem in ("call", "insist"):  # "insisted that X was needed to keep Y": no one is asked to keep it
        return False
    doc = t.doc
    return any(k.tag_ == "VB" and k.i > t.i + 1 and doc[k.i - 1].lower_ == "to" for k in t.subtree)


def _demand_head(tokens: list[Token]) -> tuple[Token, int] | None:
    """A demand predicate in the unit and the token index where its object region starts
    (not one inside a relative or participle clause: "companies seeking X" governs nothing here)."""
    for t in tokens:
        lem = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") and lem in DEMAND_VERBS and demand_sense(t) and not _embedded(t, tokens):
            prep = PREP_OF_DEMAND.get(lem)
            nxt = t.i + 1
            while nxt < len(t.doc) and t.doc[nxt].pos_ == "ADV":
                nxt += 1
            if prep and nxt < len(t.doc) and t.doc[nxt].lower_ == prep:
                nxt += 1
            return t, nxt
        if t.pos_ in ("VERB", "AUX") and lem in LIST_VERBS:
            subj = subject_of(t)
            if subj is not None and subj.lemma_.lower() in DEMAND_NOUNS:
                return t, t.i + 1
    return None


def _embedded(t: Token, tokens: list[Token]) -> bool:
    """t sits in a relative/participle clause or modifier within the unit."""
    lo, hi = tokens[0].i, tokens[-1].i
    x, steps = t, 0
    while steps < 8 and lo <= x.i <= hi:
        if x.dep_ in _NOT_A_CLAIM_HEAD:
            return True
        if x.head.i == x.i:
            break
        x, steps = x.head, steps + 1
    return False


def _own_clause(toks: list[Token]) -> bool:
    """The tokens hold a clause of their own (a verb with its subject and a finite auxiliary that
    hangs outside them, or is the sentence root): "..., the Yankees can never be discounted" is no
    list item."""
    lo, hi = toks[0].i, toks[-1].i
    for t in toks:
        # finite by an auxiliary: a bare "sanctions lifted" is a small clause the parser may
        # take for a sentence, and stays an item
        finite = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in t.children)
        if finite and t.pos_ in ("VERB", "AUX") and (t.dep_ == "ROOT" or not lo <= t.head.i <= hi) \
                and t.dep_ not in _NOT_A_CLAIM_HEAD and _own_subject(t):
            return True
    return False


def _is_item_start(tok: Token) -> bool:
    if tok.pos_ in ("DET", "ADJ", "NOUN") or tok.tag_ in ("VBG", "PRP$"):
        return True
    if tok.tag_ == "VBZ" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("and", ","):
        return True  # a plural noun the tagger took for a verb ("..., and guarantees for ...")
    if tok.pos_ == "PROPN":
        return True
    return False


def _bare_names(toks: list[Token]) -> bool:
    words = [t for t in toks if not t.is_punct and t.lower_ not in ("and", "or")]
    if not words or len(words) > 4:
        return False
    return all(t.pos_ == "PROPN" or t.ent_type_ or t.lower_ in ("the", "other") for t in words)


def _list_items(tokens: list[Token], start: int) -> list[tuple[int, int]]:
    """Surface list items (token index ranges) from `start` to the end of `tokens`."""
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in ("…",):
        end -= 1
    if end - start < 3 or not _is_item_start(doc[start]):
        return []
    seps: list[tuple[int, int]] = []  # (sep_start, item_start)
    i = start
    while i < end:
        t = doc[i]
        if t.text == ",":
            j = i + 1
            if j < end and doc[j].lower_ in ("and", "or"):
                j += 1
            seps.append((i, j))
            i = j
            continue
        if t.lower_ == "and" and t.pos_ == "CCONJ" and i - start >= 1 and end - i > 1:
            seps.append((i, i + 1))
        i += 1
    if not seps:
        return []
    bounds = []
    prev = start
    for s, nxt in seps:
        bounds.append((prev, s))
        prev = nxt
    bounds.append((prev, end))
    # a trailing reporting clause is the attribution, not an item ("..., sources say", "...,
    # according to minutes published on Friday")
    while len(bounds) > 1 and (_reporting_tail(doc, *bounds[-1]) or _according_to(doc, bounds[-1][0])):
        bounds.pop()
    if len(bounds) > 1:
        bounds[-1] = (bounds[-1][0], _shared_tail_cut(doc, *bounds[-1]))
    # validate: every item non-empty, starts like a noun phrase, holds a noun or gerund
    for a, b in bounds:
        if a >= b:
            return []
        toks = [doc[k] for k in range(a, b)]
        if not _is_item_start(toks[0]) and a != start:
            return []
        if not any(t.pos_ in ("NOUN", "PROPN") or t.tag_ in ("VBG", "VBZ") for t in toks):
            return []
        if _bare_names(toks) or _own_clause(toks):
            return []
    # "X, his former teammate": two phrases joined by a comma alone, the second parsed as an
    # apposition, are one thing named twice, not a list
    if len(bounds) == 2 and not any(doc[k].lower_ in ("and", "or") for s, nxt in seps for k in range(s, nxt)):
        a, b = bounds[1]
        if any(doc[k].dep_ == "appos" and not a <= doc[k].head.i < b for k in range(a, b)):
            return []
    return bounds if len(bounds) >= 2 else []


#: verbs of committing oneself to acts: coordinated acts promised are one claim each
PROMISE_VERBS = frozenset("promise pledge vow".split())
_CLAUSE_WORDS = frozenset("until unless when if because after before while".split())
_QUOTE_MARKS = frozenset('"“”«»‘’\'')


def _verb_items(tokens: list[Token], head: Token, asked: bool = True) -> list[tuple[int, int]]:
    """Items of a demand made of coordinated bare verbs ("demanded that the government freeze
    prices, extend the subsidy and raise the minimum wage", "urged ministers to resign and to hold
    elections"): one range per verb, the first from the unit's start. The verbs are the demand's
    complement (xcomp/ccomp) and its conjuncts without subjects of their own; a conjunct with its
    own subject is another clause, not an item. `asked=False`: the acts are the subject's own
    (a promise: "promised to freeze taxes and build 3,000 homes"), so no addressee is needed."""
    lo, hi = tokens[0].i, tokens[-1].i + 1
    doc = tokens[0].doc
    comp = next((c for c in head.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" and c.i > head.i), None)
    if comp is None:
        return []
    # made of someone else: an addressee ("urged ministers to", "called on the mayor to",
    # "residents were urged to") or a subject of the complement ("demanded that the government
    # ..."); "the plan seeks to A and B" states one aim, not a list of demands
    addressee = any(c.dep_ in ("dobj", "prep", "nsubjpass") and c.i < comp.i for c in head.children) \
        or _own_subject(comp)
    if asked and not addressee:
        return []
    verbs, todo = [], [comp]  # (a bare verb the parser coordinated with the demand verb: see reparse)
    starts_of: dict[int, Token] = {}  # item start -> the item's verb (or its noun, see below)
    while todo:
        v = todo.pop()
        for c in v.children:
            if c.dep_ == "conj" and _bare_verb(c) and not _own_subject(c) and lo <= c.left_edge.i < hi:
                verbs.append(c)
                todo.append(c)
        for c in _misattached_items(v, lo, hi):
            if c.i not in starts_of:
                starts_of[c.i] = c
                if c.tag_ == "VB":
                    todo.append(c)
    # every verb has words of its own: "urged users to test and deploy the update" is one
    # demand (the object is shared), and so, conservatively, is "to resign and hold elections"
    own = ("aux", "cc", "punct", "conj", "neg")
    if not (verbs or starts_of) or not all(any(c.dep_ not in own for c in v.children) for v in [comp] + verbs):
        return []
    if any(t.text in _QUOTE_MARKS for t in tokens):
        return []  # a quotation spans the items: cutting would split it
    starts = [lo] + sorted({v.left_edge.i for v in verbs} | set(starts_of))
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    bounds = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else hi
        while b > a and (doc[b - 1].is_punct or doc[b - 1].lower_ in ("and", "or")):
            b -= 1
        if b - a < 1 or (k == 0 and b <= comp.i):
            return []
        bounds.append((a, b))
    return bounds


def _bare_verb(t: Token) -> bool:
    """A bare infinitive, or a verb-adjective homograph the tagger took for an adjective but
    that governs an object ("..., clear the backlog and secure the site")."""
    return t.tag_ == "VB" or (t.lower_ in VERB_ADJECTIVES and any(c.dep_ == "dobj" for c in t.children))


def _misattached_items(verb: Token, lo: int, hi: int) -> list[Token]:
    """Further verb items the small parser hung on the verb's object rather than on the verb:
    in "the government withdraw the bill, open talks and raise wages" it makes "talks" a conjunct
    of "bill" (with "open" as its adjective) and "raise" a conjunct of "talks"; in "withdraw the
    levy and open talks" it makes "talks" a second object. Returned: a bare
    verb conjoined to the object (its item starts at its left edge), or the first word of a
    conjoined noun when that word is a verb-adjective homograph right after a comma or "and"
    (the item starts there). Limits: only the homographs of VERB_ADJECTIVES are read as verbs;
    "the bill and open records" with "open" meant as an adjective would be cut too."""
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # conjuncts of the object, and a second object ("withdraw the levy and open talks")
    todo, seen = objects[:1], objects[1:]
    while todo:
        n = todo.pop()
        for c in n.children:
            if c.dep_ == "conj" and lo <= c.left_edge.i < hi:
                todo.append(c)
                seen.append(c)
    found: list[Token] = []
    for c in sorted(seen, key=lambda t: t.i):
        if c.tag_ == "VB" and not _own_subject(c):
            found.append(c)
            continue
        first = c.left_edge
        if first.dep_ == "amod" and first.head.i == c.i and first.lower_ in VERB_ADJECTIVES \
                and first.i > 0 and doc[first.i - 1].lower_ in (",", "and", "or"):
            found.append(first)
    return found


_SHARED_TAIL_DEPS = frozenset(("prep", "advcl", "npadvmod", "advmod", "agent"))


def _shared_tail_cut(doc, a: int, b: int) -> int:
    """End of the last list item without a modifier that belongs to the whole list.

    "X demands A and B as conditions for a deal": "as conditions ..." hangs on a word before the
    last item (the verb, or a word of an earlier item when the parser misattaches), so it qualifies
    every item, not B alone; the last item ends before it. Items keep their own modifiers ("an
    inquiry into police violence": "into" hangs on "inquiry"). The item keeps at least two words."""
    for k in range(a + 2, b):
        t = doc[k]
        if t.dep_ in _SHARED_TAIL_DEPS and t.head.i < a:
            cut = min(k, t.left_edge.i)
            return cut if cut - a >= 2 else b
    return b


def _according_to(doc, a: int) -> bool:
    return a + 1 < len(doc) and doc[a].lower_ == "according" and doc[a + 1].lower_ == "to"


def _reporting_tail(doc, a: int, b: int) -> bool:
    """A short "<subject> <speech verb>" clause ("sources say", "officials told Reuters")."""
    toks = [doc[k] for k in range(a, b) if not doc[k].is_punct]
    if not toks or len(toks) > 6:
        return False
    verbs = [t for t in toks if t.pos_ in ("VERB", "AUX") or t.tag_ in ("VBZ", "VBD", "VBP")]
    return bool(verbs) and verbs[0].lemma_.lower() in SPEECH_VERBS and verbs[0].i > toks[0].i


def _leading_label(sent: Span) -> int:
    """Index after a short leading label such as ``Peace Terms:`` or ``BIG:`` (else sent.start)."""
    for t in sent[:7]:
        if t.text == ":" and t.i > sent.start and t.i < sent.end - 3:
            words = [w for w in sent.doc[sent.start:t.i] if not w.is_punct]
            if 1 <= len(words) <= 5 and not any(w.pos_ in ("VERB", "AUX") and w.tag_ not in ("NN", "NNP") for w in words):
                return t.i + 1
            return sent.start
    return sent.start


def is_lead_in(sent: Span) -> bool:
    """A sentence that only introduces a list: ends with ':' and its verb has no object."""
    toks = [t for t in sent if not t.is_space]
    if not toks or toks[-1].text != ":":
        return False
    if not has_parse(sent):
        return len(toks) < 12
    root = sent.root
    if root.lemma_ == "be":
        return False  # "Here are the main findings:" presents something; a claim
    objs = [c for c in root.children if c.dep_ in ("dobj", "attr", "ccomp", "xcomp", "oprd", "acomp")]
    objs += [c for c in root.children if c.dep_ == "prep" and c.i > root.i and any(g.dep_ == "pobj" for g in c.children)]
    return not objs


def is_claimless(sent: Span) -> bool:
    """Questions, imperatives and signposts ("What do you think?", "Leave a comment below.",
    "Here's what we know.") assert nothing."""
    toks = [t for t in sent if not t.is_space]
    if not toks:
        return True
    words = [t.lower_.replace("’", "'") for t in toks[:4]]
    if words[:1] == ["here"] and len(words) > 2 and words[1] in ("'s", "is", "are") and words[2] in SIGNPOST_WH \
            and len(toks) <= 10:
        return True  # "Here's what's at stake.", "Here is how it works:"
    end = toks[-1].text
    if end == "?" or (end in ("\"", "”", "’", "'") and len(toks) > 1 and toks[-2].text == "?"):
        return not any(t.text in ("“", "\"") for t in toks[:-1])  # a quoted question is still reported speech
    if has_parse(sent) and _imperative(sent):
        return _after_imperative(sent) is None
    return False


def _imperative(sent: Span) -> bool:
    root = sent.root
    first = next((t for t in sent if t.is_alpha), None)
    return root.tag_ == "VB" and first is not None and first.i == root.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def _after_imperative(sent: Span) -> int | None:
    """Where the claim starts in "Take it with a grain of salt, but we have a report that ...":
    the first clause coordinated with the imperative that has its own subject (None if none)."""
    for c in sent.root.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return c.left_edge.i
    return None


def segment(sent: Span) -> list[Unit]:
    """Claim units of one sentence."""
    doc = sent.doc
    if is_claimless(sent):
        return []
    start = _leading_label(sent) if has_parse(sent) else sent.start
    if has_parse(sent) and _imperative(sent):
        start = max(start, _after_imperative(sent))  # the imperative before it claims nothing
    if not has_parse(sent):
        units, s = [], start
        for t in sent:
            if t.text == ";" and s < t.i:
                units.append(Unit(s, t.i))
                s = t.i + 1
        units.append(Unit(s, sent.end))
        return [u for u in units if u.end > u.start]
    if is_lead_in(sent):
        root = sent.root
        return [Unit(start, sent.end, head=root, predicate=root.lemma_.lower(), subject=subject_of(root), lead_in=True)]
    cuts = sorted(c for c in _clause_cuts(sent) if c > start)
    bounds = []
    s = start
    for c in cuts:
        bounds.append((s, c))
        s = c
    bounds.append((s, sent.end))
    units: list[Unit] = []
    for a, b in bounds:
        toks = [doc[k] for k in range(a, b)]
        if not any(t.is_alpha for t in toks):
            continue
        heads = [t for t in toks if not (a <= t.head.i < b) or t.head.i == t.i]
        head = next((t for t in heads if t.pos_ in ("VERB", "AUX")), heads[0] if heads else None)
        dh = _demand_head(toks)
        items = (_list_items(toks, dh[1]) or _verb_items(toks, dh[0])) if dh else []
        if dh and items:
            pred, subj = dh[0].lemma_.lower(), subject_of(dh[0])
            if dh[0].lemma_.lower() in LIST_VERBS:
                subj_noun = subject_of(dh[0])
                pred = subj_noun.lemma_.lower() if subj_noun is not None else pred
                poss = [c for c in subj_noun.children if c.dep_ == "poss"] if subj_noun is not None else []
                subj = poss[0] if poss else subj
            for k, (ia, ib) in enumerate(items):
                units.append(Unit(a if k == 0 else ia, ib, head=dh[0], predicate=pred, subject=subj, item=k > 0))
            continue
        # a promise that is the sentence's own verb (not one inside what someone said)
        ph = next((t for t in toks if t.dep_ == "ROOT" and t.pos_ == "VERB" and t.lemma_.lower() in PROMISE_VERBS), None)
        acts = _verb_items(toks, ph, asked=False) if ph is not None else []
        if acts and any(doc[k].dep_ == "mark" or doc[k].lower_ in _CLAUSE_WORDS for k in range(ph.i, acts[-1][0])):
            acts = []  # "promised to remain until A, and B, are addressed": B is no act promised
        if acts:  # "promised to freeze taxes and build 3,000 homes": one promise per act
            for ia, ib in acts:
                units.append(Unit(a if ia == acts[0][0] else ia, ib, head=ph, predicate=ph.lemma_.lower(),
                                  subject=subject_of(ph)))
            continue
        pred = copula_verb(head) or head.lemma_.lower() if head is not None else None
        prev = units[-1] if units else None
        if prev is not None and _starts_additive(doc, a) and (prev.predicate in DEMAND_VERBS or prev.predicate in DEMAND_NOUNS):
            # "..., along with X": one more item of the same demand
            units.append(Unit(a, b, head=prev.head, predicate=prev.predicate, subject=prev.subject, item=True))
            continue
        subj = subject_of(sent.root) if head is not None and second_act(head, sent.root) else \
            subject_of(head) if head is not None else None
        units.append(Unit(a, b, head=head, predicate=pred, subject=subj))
    return units


def _starts_additive(doc, i: int) -> bool:
    return any(all(i + k < len(doc) and doc[i + k].lower_ == w for k, w in enumerate(words)) for words in ADDITIVE)


_WITHHOLDING = frozenset("decline refuse".split())


def withheld_speech(verb: Token) -> bool:
    """A speech verb that passes nothing on: negated ("did not say whether ...", "would not
    say why ..."), declined or refused ("declined to say how many ..."), or governing only a
    yes-no question ("asked whether ..."). What follows is no reported content. A wh-clause after
    a plain verb is content ("described how rioters tried to storm the shop")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in _WITHHOLDING
                                 or any(c.dep_ == "neg" for c in verb.head.children)):
        return True
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(comps) and all(indirect_question(c) and c.left_edge.lower_ in ("whether", "if") for c in comps)


def indirect_question(clause: Token) -> bool:
    """The clause opens with a wh-word, "whether" or "if" ("why the man was arrested"), not
    with its subject or "that" (a relative pronoun inside the subject does not count)."""
    first = clause.left_edge
    if first.i >= clause.i:
        return False
    if first.lower_ in ("whether", "if"):  # the complementizer, not a conditional clause inside
        return first.dep_ == "mark" and first.head.i == clause.i
    depth, t = 0, first
    while t.i != clause.i and depth < 4:  # "how many users were affected": the wh-word is deep
        t, depth = t.head, depth + 1
    return t.i == clause.i and first.tag_ in ("WDT", "WP", "WP$", "WRB") and first.lower_ != "that"

