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
    DEMAND_NOUNS,
    DEMAND_VERBS,
    HEDGE_ADVERBS,
    HEDGE_PASSIVES,
    HEDGE_VERBS,
    SOURCE_NOUNS,
    SPOKESPEOPLE,
    SPEECH_VERBS,
    STATE_VERBS,
)
from .segment import Unit, demand_sense, has_parse

POSITION_VERBS = frozenset("""
believe view consider think reject oppose insist maintain refuse regard see deny accept
welcome condemn criticize criticise support back favour favor doubt fear hope vow
""".split())
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
    if attribution and _named_speech_act(unit):
        return "asserts"  # "The council insists that ...": the article asserts what a named party said
    return "reports" if attribution else "asserts"


def _named_speech_act(unit: Unit) -> bool:
    """The unit is itself a party's speech act ("The council said that ...", "Lopez insists ..."),
    not content the article takes from unnamed sources ("officials say", "according to")."""
    head = unit.head
    if head is None or _lem(head) not in SPEECH_VERBS:
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subj is not None and not _source_subject(subj)


def _source_subject(subj: Token) -> bool:
    """A subject that passes on news rather than speaking for itself: "officials", "a source",
    or a named spokesperson ("prison spokesman Al Ruiz", "Jane Roe, her publicist")."""
    if _lem(subj) in SOURCE_NOUNS or _lem(subj) in SPOKESPEOPLE:
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
    subj = next((c for c in unit.head.children if c.dep_ == "nsubj"), None)
    return content if subj is not None and _source_subject(subj) else None


def content_clause(unit: Unit) -> Token | None:
    """The head of the clause a speech verb governs inside the unit ("X said [he wants Y]",
    "“[He wants Y],” a source said"), or None."""
    head = unit.head
    if head is None or unit.item or _lem(head) not in SPEECH_VERBS or not has_parse(head.doc[head.i:head.i + 1]):
        return None
    for c in head.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and unit.start <= c.i < unit.end:
            return c
    return None


def _phrase(tok: Token, base: int, text: str) -> str:
    a = base + tok.left_edge.idx
    b = base + tok.right_edge.idx + len(tok.right_edge.text)
    return text[a:b].strip(" ,")


def attribution_of(unit: Unit, sent: Span, base: int, text: str, quotes: list[Quote] | None = None) -> str | None:
    """Who the article attributes the unit to, as written; None if the article asserts it."""
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
        if head.dep_ in ("ccomp", "parataxis") and head.head is not head:
            cands.append(head.head)
        cands += [c for c in head.children if c.dep_ in ("parataxis", "ccomp") and _lem(c) in SPEECH_VERBS]
    root = sent.root
    if root not in cands:
        cands.append(root)
    for v in cands:
        if _lem(v) in SPEECH_VERBS | {"cite", "indicate"} and v.pos_ in ("VERB", "AUX"):
            if v is head and not any(c.dep_ in ("ccomp",) for c in v.children):
                continue  # the speech act itself ("the mayor warned the council") is not reported content
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in ("it", "this", "that"):
                return _phrase(subj, base, text)
    return None


def unit_text(unit: Unit, sent: Span) -> str:
    doc = sent.doc
    return doc[unit.start:unit.end].text if unit.end > unit.start else ""


def kind_of(unit: Unit, sent: Span, start: int, end: int, quotes: list[Quote], numbers: list[Quantity],
            inherited_predicate: str | None = None) -> str:
    span_len = max(1, end - start)
    direct = sum(q.end - q.start for q in quotes if q.direct and q.start >= start and q.end <= end)
    if direct >= 0.5 * span_len:
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
    if pred in ("insist",) and any(c.dep_ == "prep" and c.lower_ == "on" for c in head.children):
        return "demand"
    if pred in SPEECH_VERBS or pred in POSITION_VERBS or (other_sense and pred == "ask"):
        return "statement"
    if pred in ASSESSMENT_VERBS and not human_subj:
        return "assessment"
    if head.tag_ in ("VBD", "VBN") or "have" in {_lem(c) for c in head.children if c.dep_ == "aux"}:
        return "event" if pred not in STATE_VERBS else "fact"
    if pred in STATE_VERBS or numbers:
        return "fact"
    if human_subj:
        return "statement"
    return "assessment" if subj is not None and subj.lower_ in ("this", "it", "that", "these") else "fact"
