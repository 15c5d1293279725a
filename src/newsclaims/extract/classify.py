"""Kind, stance and attribution of a claim unit.

- kind: quote (a direct quotation covers most of the unit), demand (governed by a demand
  verb or noun, or an item of a demand list), assessment (modal could/would/may/might/should,
  likely/unlikely, or an evaluative verb such as *challenge*, *reflect*, *signal* whose
  subject is not a person), statement (a speech or position verb), fact (a state verb or
  copula in the present, or figures), event (an action in the past or present perfect).
- stance: hedged when a hedge cue governs the unit ("reportedly", "seems", "is said to"),
  reports when the article attributes it to someone, else asserts.
- attribution: "according to X", "X said/says (that)", parenthetical "the sources say",
  the speaker of a quotation.
Limits: surface rules over a small parser; sarcasm, irony and long-distance attribution
(a source named two sentences earlier) are not followed.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..models import Quantity, Quote
from .lexicon import (
    ASSESSMENT_MODALS,
    ASSESSMENT_VERBS,
    BODY_NOUNS,
    DEMAND_NOUNS,
    DEMAND_VERBS,
    HEDGE_ADVERBS,
    HEDGE_PASSIVES,
    HEDGE_VERBS,
    SOURCE_NOUNS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    SPOKESPEOPLE,
    SPEECH_VERBS,
    STATE_VERBS,
)
from .segment import Unit, act_beside_speech, demand_sense, has_parse, indirect_question, second_act, subject_of, time_phrase, withheld_speech

POSITION_VERBS = frozenset("""
believe view consider think reject oppose insist maintain refuse regard see deny accept
welcome condemn criticize criticise support back favour favor doubt fear hope vow
denounce decry praise hail applaud commend slam dub label cite
""".split())
JUDGING_VERBS = frozenset(("accuse", "blame"))
PERSONISH = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _lem(t: Token) -> str:
    return (t.lemma_ or t.text).lower()


def _tokens(unit: Unit, sent: Span) -> list[Token]:
    return [sent.doc[i] for i in range(unit.start, unit.end)]


def _governing(unit: Unit, sent: Span) -> list[Token]:
    """Tokens of the unit plus the head clause of a list item (for hedges)."""
    toks = _tokens(unit, sent)
    if unit.item and unit.head is not None:
        h = unit.head
        toks += [c for c in h.children if c.dep_ in ("advmod", "aux", "neg")] + [h]
    return toks


def stance_of(unit: Unit, sent: Span, attribution: str | None) -> str:
    toks = _governing(unit, sent)
    for t in toks:
        low = t.lower_
        if low in HEDGE_ADVERBS:
            return "hedged"
        if _lem(t) in HEDGE_VERBS and t.pos_ in ("VERB", "AUX") and (t.dep_ in ("ROOT", "conj", "advcl") or not has_parse(sent)):
            return "hedged"
        # "is said to", "is believed to", "is reported to"
        if _lem(t) in HEDGE_PASSIVES and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
            if any(c.dep_ == "xcomp" for c in t.children):
                return "hedged"
    if attribution and unit.head is not None and _lem(unit.head) in _THINKING and reporting_verb(unit.head):
        return "hedged"  # "Police believe the fire was set": a belief passed on
    if attribution and _named_speech_act(unit):
        return "asserts"  # "The council insists that ...": the article asserts what a named party said
    return "reports" if attribution else "asserts"


#: how the parser attaches what is said before an inverted cue ("<content>, say police"), in the
#: order tried: a clause, then a subject the participle of a reduced passive hangs on
_CONTENT_DEPS = ("ccomp", "parataxis", "dep", "nsubj", "nsubjpass", "csubj")
#: what may follow the cue's verb besides its subject ("..., said police on Tuesday")
_AFTER_CUE = ("punct", "npadvmod", "advmod")
_AFTER_PREPS = frozenset({"on", "in", "at", "during", "late", "early", "earlier", "later"})
#: verbs that close a sentence as an inverted cue; "agree", "respond", "testify" ... do not
INVERTED_VERBS = frozenset("""
say add note claim insist warn explain announce declare state report write confirm allege
""".split())  # not "tell": "..., told Reuters" names who was told


def inverted_cue(head: Token) -> tuple[Token | None, Token] | None:
    """`(content head, speaker)` when the speech verb `head` closes its sentence after a comma,
    the news and headline form "<content>, say police" / "<content>, the union says"; else None.

    The speaker is the verb's subject after the comma; between the comma and the verb only the
    speaker (or an adverb: "police later said"), after it only the speaker, a time ("on
    Tuesday") and punctuation. The parser often reads the content's own subject as the verb's
    ("Ten [killed in blast], say police"): the content head is then the participle of that
    reduced passive; None for verbless content ("Road safe, says minister"). Limits: one
    comma; "..., police say, adding ..." and "..., she never said" are not inverted."""
    if head.pos_ != "VERB" or _lem(head) not in INVERTED_VERBS:
        return None
    kids = [c for c in head.children if not c.is_space]
    hung = _hung_cue(head, kids)
    if hung is not None:
        return hung
    comma = next((c for c in reversed(kids) if c.text == "," and c.i < head.i), None)
    after = [c for c in kids if c.i > head.i and c.dep_ != "punct"]
    doc = head.doc
    hung_on_content = comma is None and not after and _speaker_hung_on_content(head, kids)
    if hung_on_content:
        comma = doc[doc[head.i - 1].left_edge.i - 1]
    if comma is None:
        return None
    speaker = doc[head.i - 1] if hung_on_content else next((c for c in kids if c.dep_ == "nsubj" and c.i > comma.i), None)
    last = max((t.i for t in doc[head.i:head.sent.end] if not (t.is_punct or t.is_space)), default=head.i)
    if speaker is None and comma.i == head.i - 1 and len(after) == 1 and after[0].pos_ in ("NOUN", "PROPN") \
            and after[0].dep_ in ("ccomp", "dobj", "attr", "npadvmod", "appos") and after[0].right_edge.i >= last:
        speaker = after[0]  # "..., say police" with "police" misread as the verb's object
    if speaker is None:
        return None
    span = range(speaker.left_edge.i, speaker.right_edge.i + 1)
    if any(t.i not in span and not (t.dep_ == "advmod" and t.head.i == head.i and t.lower_ not in ("never", "not"))
           for t in doc[comma.i + 1:head.i]):
        return None
    for c in after:
        if c.i != speaker.i and c.dep_ not in _AFTER_CUE and not (c.dep_ == "prep" and c.lower_ in _AFTER_PREPS):
            return None
    cands = [c for c in kids if c.dep_ in _CONTENT_DEPS and c.i != speaker.i
             and (c.right_edge.i < comma.i or (hung_on_content and c.i < comma.i))]
    if not cands:
        return None
    told = min(cands, key=lambda c: _CONTENT_DEPS.index(c.dep_))
    if told.pos_ not in ("VERB", "AUX"):
        told = next((c for c in told.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    return told, speaker


def _speaker_hung_on_content(head: Token, kids: list[Token]) -> bool:
    """The parser hung the speaker of a closing cue on the content's last noun ("... its factory in
    Ardel, chief executive Maya Lund said": "Lund" an apposition of "Ardel"), leaving the speech
    verb with no subject: the name right before the verb opens after a comma and is no part of
    the verb's own phrase."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) or head.i < 2:
        return False
    prev = head.doc[head.i - 1]
    if prev.pos_ not in ("PROPN", "NOUN") or prev.head.i == head.i or prev.head.i > prev.i:
        return False
    k = prev.left_edge.i - 1
    return k > head.sent.start and head.doc[k].text == ","


def _hung_cue(head: Token, kids: list[Token]) -> tuple[Token, Token] | None:
    """The parser's other reading of "<content>, warn economists": the cue's verb hangs on the
    content's verb (conj or dep, right after a comma) with no subject, and the speaker is read as
    its object, running to the end of the sentence (a time or a place may follow)."""
    doc = head.doc
    if head.dep_ not in ("conj", "dep") or head.head.i >= head.i or head.head.pos_ not in ("VERB", "AUX") \
            or head.i == 0 or doc[head.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in kids) \
            or any(c.dep_ == "cc" and c.i < head.i for c in head.head.children if c.i > head.head.i):
        return None
    objs = [c for c in kids if c.i > head.i and c.dep_ in ("dobj", "attr", "npadvmod", "appos")]
    if len(objs) != 1 or objs[0].pos_ not in ("NOUN", "PROPN") or objs[0].left_edge.i != head.i + 1:
        return None
    for c in kids:
        if c.i > head.i and c is not objs[0] and c.dep_ not in _AFTER_CUE and c.dep_ != "prep":
            return None
    return head.head, objs[0]


def speech_subject(head: Token) -> Token | None:
    """Who speaks with the verb `head`: the subject after an inverted cue's comma, else its nsubj."""
    inv = inverted_cue(head)
    if inv is not None:
        return inv[1]
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None or head.dep_ != "conj" else _shared_subject(head)


def _shared_subject(verb: Token) -> Token | None:
    """The active subject a coordinated verb shares ("Forecasters expect rain but said ...");
    not a passive one ("“...” was written on the wall, he said, and alleged ...": a misparse)."""
    subj = subject_of(verb)
    return subj if subj is not None and subj.dep_ == "nsubj" else None


def _named_speech_act(unit: Unit) -> bool:
    """The unit is itself a party's speech act ("The council said that ...", "Lopez insists ..."),
    not content the article takes from unnamed sources ("officials say", "according to")."""
    head = unit.head
    if head is None or _lem(head) not in SPEECH_VERBS:
        return False
    subj = speech_subject(head)
    if subj is None or _source_subject(subj):
        return False
    content = content_clause(unit)
    return content is None or not _body_telling_of_another(subj, content)


def _document(subj: Token) -> bool:
    """A common noun of `EVIDENCE_NOUNS` ("official figures", "a survey"; not the body "the
    Geological Survey", which speaks for itself)."""
    return subj.pos_ == "NOUN" and _lem(subj) in EVIDENCE_NOUNS


def reporting_verb(v: Token) -> bool:
    """A verb that passes on content: a speech verb, a verb of thinking with sources for subject
    ("Police believe ...", "investigators suspect ..."), or a verb of evidence with a document for
    subject ("..., official figures showed"; `lexicon.EVIDENCE_VERBS`, `EVIDENCE_NOUNS`)."""
    if _lem(v) in SPEECH_VERBS:
        return True
    if _lem(v) in _THINKING:  # "Police believe the fire was set": what they pass on, as a belief
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.pos_ == "NOUN" and _lem(subj) not in _ANYONE and _source_subject(subj)
    if _lem(v) not in EVIDENCE_VERBS:
        return False
    subj = speech_subject(v)
    return subj is not None and _document(subj)


def _source_subject(subj: Token) -> bool:
    """A subject that passes on news rather than speaking for itself: "officials", "a source",
    a document ("official figures"), or a named spokesperson ("prison spokesman Al Ruiz", "Jane
    Roe, her publicist")."""
    if _lem(subj) in SOURCE_NOUNS or _lem(subj) in SPOKESPEOPLE or _document(subj):
        return True  # "..., her agent said"
    return any(_lem(c) in SPOKESPEOPLE for c in subj.children if c.dep_ in ("compound", "appos"))


def reported_content(unit: Unit) -> Token | None:
    """The head of what sources report, when the unit is "<content>, sources said" or "officials
    say <content>": the claim is the content (its predicate and kind), the sources are its
    attribution (`_source_subject`: a named spokesperson too). None for a named party's own
    speech act ("The council said that ...")."""
    content = content_clause(unit)
    if content is None:
        return None
    subj = speech_subject(unit.head)
    if subj is None or not (_source_subject(subj) or _body_telling_of_another(subj, content)):
        return None
    # "the coroner said he believes X died": what is reported is that X died
    inner = next((c for c in content.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    return inner if inner is not None and _lem(content) in _THINKING else content


def hearsay_content(unit: Unit) -> Token | None:
    """The verb of what is said or believed of the subject when the unit's verb is a passive of
    hearsay ("The drought is said to have caused ...", "Nobody is believed to have been hurt",
    "Prices are expected to rise": caused, hurt, rise), or None. The hearsay
    is the claim's hedge (`stance_of`), the infinitive its predicate. "To be" with a complement
    ("is said to be willing to ...") passes on no act: the hearsay stays the predicate (as "be"
    it matched no other outlet's "said he was ready to ...": seed B-cubed 0.825 -> 0.817)."""
    head = unit.head
    if head is None or unit.item or head.tag_ != "VBN" or _lem(head) not in HEDGE_PASSIVES \
            or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "xcomp" and c.i > head.i and _lem(c) != "be"
                 and unit.start <= c.i < unit.end and c.tag_.startswith("VB")), None)


def _state_complement(head: Token) -> bool:
    """The verb's complement is a state its subject is in: a participle ("missing", "trapped",
    "closed") or a place ("in hospital", "under arrest"), not a judging adjective ("unclear")."""
    return any((c.dep_ in ("acomp", "xcomp", "oprd")
                and (c.tag_ in ("VBN", "VBG") or (c.tag_ == "JJ" and c.lower_.endswith("ed")) or c.lower_ in ("open", "shut")))
               or (c.dep_ == "prep" and c.i > head.i and not time_phrase(c)) for c in head.children)


def _body_telling_of_another(subj: Token, content: Token) -> bool:
    """A body named by a common noun ("the ministry", "the company") tells what happened to
    someone or something else ("More than 5,000 operations were postponed, the ministry said"):
    that is content it passes on, as a source does. What it says of itself ("the company said it
    would appeal") or of what is to come ("the union said talks would resume": its position) stays
    its own statement."""
    if subj.pos_ != "NOUN" or _lem(subj) not in BODY_NOUNS:
        return False
    inner = subject_of(content)
    if inner is None or inner.pos_ not in ("NOUN", "PROPN", "NUM") or _lem(inner) == _lem(subj):
        return False
    auxes = [c for c in content.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in ("will", "shall") for a in auxes):
        return False
    return content.tag_ in ("VBD", "VBN") or any(a.tag_ in ("VBD", "VBN") for a in auxes)


#: sources whose beliefs are no news passed on ("Most people thought she was dead")
_ANYONE = frozenset("person people media medium report statement".split())
#: verbs of thinking whose clause is what a source reports ("said he believes X died")
_THINKING = frozenset("believe think suspect understand assume".split())


def content_clause(unit: Unit) -> Token | None:
    """The head of the clause a speech verb governs inside the unit ("X said [he wants Y]",
    "“[He wants Y],” a source said"), or None."""
    head = unit.head
    if head is None or unit.item or not reporting_verb(head) or not has_parse(head.doc[head.i:head.i + 1]) \
            or withheld_speech(head):
        return None  # "Police would not say why the man was arrested" passes on no arrest
    for c in head.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and unit.start <= c.i < unit.end:
            return c
    inv = inverted_cue(head)  # "Ten killed in blast, say police"
    if inv is not None and inv[0] is not None and unit.start <= inv[0].i < unit.end:
        return inv[0]
    return None


def _phrase(tok: Token, base: int, text: str) -> str:
    """The noun phrase of `tok` as written, without a relative clause set off by a comma ("The
    company, which employs 5,000 people," is "The company")."""
    left, right = tok.left_edge, tok.right_edge
    while left.i < tok.i and left.is_space:
        left = tok.doc[left.i + 1]  # a blanked markup run ("# " of a Markdown headline) the parser hung on it
    rel = [c for c in tok.children if c.dep_ == "relcl" and c.i > tok.i]
    if rel and rel[0].left_edge.i > tok.left_edge.i and tok.doc[rel[0].left_edge.i - 1].text == ",":
        right = tok.doc[rel[0].left_edge.i - 1]
    a = base + left.idx
    b = base + right.idx + len(right.text)
    return text[a:b].strip().strip(",").strip()


def attribution_of(unit: Unit, sent: Span, base: int, text: str, quotes: list[Quote] | None = None) -> str | None:
    """Who the article attributes the unit to, as written; None if the article asserts it (as
    it does the speaker's own act after what they said: "X said A and accused B")."""
    if unit.head is not None and has_parse(sent) and (second_act(unit.head, sent.root)
                                                      or act_beside_speech(unit.head, sent.root)):
        return None
    if quotes:
        for q in quotes:
            if q.speaker and (q.direct or q.end - q.start > 0.5 * len(unit_text(unit, sent))):
                return q.speaker  # a direct quotation, or reported speech making up the claim
    if not has_parse(sent):
        low = sent.text.lower()
        i = low.find("according to ")
        if i >= 0:
            rest = sent.text[i + 13:]
            return rest.split(",")[0].strip(" .") or None
        return None
    doc = sent.doc
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to":
            objs = [c for c in doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _phrase(objs[0], base, text)
    # a speech verb governing the unit: "X said (that) ...", "..., the sources say"
    head = unit.head
    cands = []
    if head is not None:
        cands.append(head)
        if head.dep_ in ("ccomp", "parataxis") and head.head.i != head.i:
            cands.append(head.head)
        cands += [c for c in head.children if c.dep_ in ("parataxis", "ccomp") and _lem(c) in SPEECH_VERBS]
        cands += [c for c in head.children if c.dep_ in ("conj", "dep") and _lem(c) in INVERTED_VERBS
                  and c.pos_ == "VERB" and _hung_cue(c, list(c.children)) is not None]  # "..., warn economists"
    root = sent.root
    # the sentence's speech verb, unless the unit is a main clause with its own subject coordinated
    # with a verb that passes on no content ("X have not said what caused it, but police arrested
    # two men", "Police responded, but ...": not what X said). After "X said <content>, but <clause>"
    # the parser cannot tell whether the clause is X's too; it stays X's, as before.
    if root not in cands and not (head is not None and head.dep_ == "conj" and head.head.i == root.i
                                  and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
                                  and not _passes_on_content(root)):
        cands.append(root)
    for v in cands:
        if (_lem(v) in {"cite", "indicate"} or reporting_verb(v)) and v.pos_ in ("VERB", "AUX"):
            if withheld_speech(v) and v is not head:
                continue  # "Police would not say why ...": what the unit says is not theirs
            inv = inverted_cue(v)
            if v is head and inv is None and not any(c.dep_ in ("ccomp",) for c in v.children):
                continue  # the speech act itself ("the mayor warned the council") is not reported content
            subj = inv[1] if inv is not None else next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is None and v.dep_ == "conj":
                subj = _shared_subject(v)  # "Forecasters expect rain, but said the river may rise"
            if subj is not None and subj.lower_ not in ("it", "this", "that"):
                return _phrase(subj, base, text)
    return None


def _passes_on_content(verb: Token) -> bool:
    """The speech verb states content: a that-clause or bare clause, and it is not withheld
    (`withheld_speech`: "have not said what caused it"; "responded" has no clause)."""
    return not withheld_speech(verb) and any(
        c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not indirect_question(c) for c in verb.children)


def unit_text(unit: Unit, sent: Span) -> str:
    doc = sent.doc
    return doc[unit.start:unit.end].text if unit.end > unit.start else ""


def _cue_only(unit: Unit, sent: Span, base: int, quotes: list[Quote]) -> bool:
    """Outside its direct quotations the unit is only their cue: the speech verb, its subject
    with whatever describes it, who was told, adverbs and punctuation ("“...,” said Jo Bloggs,
    mayor of the riverside town of Kestrel, on Tuesday", "“...,” the chief told reporters")."""
    head = unit.head
    if head is None or _lem(head) not in SPEECH_VERBS or not has_parse(sent):
        return False
    subj = speech_subject(head)
    if subj is None:
        return False
    keep = set(range(subj.left_edge.i, subj.right_edge.i + 1)) | {head.i}
    keep |= {c.i for c in head.children if c.dep_ in ("advmod", "npadvmod", "aux", "neg")}
    for c in head.children:  # who was told: "“...,” the chief told reporters"
        if c.dep_ in ("dobj", "dative") and c.i > head.i and c.pos_ in ("NOUN", "PROPN", "PRON"):
            keep |= set(range(c.left_edge.i, c.right_edge.i + 1))
    spans = [(q.start, q.end) for q in quotes if q.direct]
    doc = sent.doc
    for i in range(unit.start, unit.end):
        t = doc[i]
        a = base + t.idx
        if t.is_punct or t.is_space or i in keep or any(s <= a < e for s, e in spans):
            continue
        if t.dep_ == "prep" and t.head.i == head.i and t.i > head.i:
            keep |= set(range(t.i, t.right_edge.i + 1))  # "said X on Tuesday", "... with knowledge of"
            continue
        return False
    return True


def _names_something(verb: Token) -> bool:
    """"called the plan reckless", "called the ruling a disgrace": the object has a predicate (an
    object complement, or a noun phrase the parser hangs on the object as an apposition)."""
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp") or c.dep_ == "xcomp" and c.tag_ != "VB":
            return True
        if c.dep_ == "dobj" and any(g.dep_ == "appos" for g in c.children):
            return True
    return False


def _as_phrase(verb: Token) -> bool:
    """"dismissed the report as fantasy": an "as" phrase on the verb or on its object."""
    return any(t.dep_ == "prep" and t.lower_ == "as" and (t.head.i == verb.i or t.head.head.i == verb.i
                                                        and t.head.dep_ == "dobj") for t in verb.subtree)


def _tensed_past(verb: Token) -> bool:
    """A past or perfect verb ("hit", "has hit")."""
    return verb.tag_ in ("VBD", "VBN") or "have" in {_lem(c) for c in verb.children if c.dep_ == "aux"}


def kind_of(unit: Unit, sent: Span, start: int, end: int, quotes: list[Quote], numbers: list[Quantity],
            inherited_predicate: str | None = None, base: int | None = None) -> str:
    span_len = max(1, end - start)
    # the share of the claim inside direct quotations, one of which may open or close beyond it
    # (“A. B,” she said: "“A." is quoted too); not an embedded post, whose sentences are claims
    # of their own kinds
    direct = sum(max(0, min(q.end, end) - max(q.start, start)) for q in quotes
                 if q.direct and q.cue != "post" and (q.start >= start or q.end <= end))
    if direct >= 0.5 * span_len or (direct and base is not None and _cue_only(unit, sent, base, quotes)):
        return "quote"
    pred = unit.predicate or ""
    head = unit.head
    # "called him a hero", "pressed ahead", "asked whether": the verb makes no demand here
    other_sense = pred in DEMAND_VERBS and head is not None and has_parse(sent) and head.lemma_.lower() == pred \
        and not unit.item and not demand_sense(head)
    if unit.item or ((pred in DEMAND_VERBS or pred in DEMAND_NOUNS) and not other_sense):
        return "demand"
    if inherited_predicate and (inherited_predicate in DEMAND_VERBS or inherited_predicate in DEMAND_NOUNS):
        return "demand"
    toks = _tokens(unit, sent)
    if not has_parse(sent) or head is None:
        low = {t.lower_ for t in toks}
        if low & ASSESSMENT_MODALS:
            return "assessment"
        if {_lem(t) for t in toks} & DEMAND_VERBS:
            return "demand"
        return "statement"
    aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if aux & ASSESSMENT_MODALS or any(t.lower_ in ("likely", "unlikely") for t in toks):
        return "assessment"
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    human_subj = subj is not None and (subj.ent_type_ in PERSONISH or subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "they", "we", "i"))
    if pred in ("insist",) and any(c.dep_ == "prep" and c.lower_ == "on" and not time_phrase(c) for c in head.children):
        return "demand"
    # "called the decision a blow": naming something is a stated position
    # as is "dismissed the report as fantasy" (not "dismissed 200 workers")
    # (active: "was called to help" is a summons, "called his mom to say" a phone call)
    active = head.dep_ not in ("acl", "relcl") and not any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    naming = active and (other_sense and pred == "call" and _names_something(head)
                         or pred == "dismiss" and _as_phrase(head))
    # "accused the council of negligence" states a position; "is accused of murder" is a charge
    judging = active and pred in JUDGING_VERBS
    if pred in SPEECH_VERBS or pred in POSITION_VERBS or (other_sense and pred == "ask") or naming or judging:
        return "statement"
    if pred == "remain" and _state_complement(head):
        return "fact"  # "About 20 remain missing", "Two people remain in hospital" ("remains unclear" judges)
    if pred in ASSESSMENT_VERBS and not human_subj:
        return "assessment"
    if _tensed_past(head) or (head.tag_ == "VBG" and head.dep_ in ("advcl", "conj", "xcomp") and not aux
                              and head.head.i < head.i and _tensed_past(head.head)):
        # "hit the island on Sunday, killing ten people": the participle happened when its verb did
        return "event" if pred not in STATE_VERBS else "fact"
    if pred in STATE_VERBS or numbers:
        return "fact"
    if human_subj:
        return "statement"
    return "assessment" if subj is not None and subj.lower_ in ("this", "it", "that", "these") else "fact"
