"""Build `Claim` records from an analysed article.

Each sentence of a body, bullet or embed paragraph is cut into claim units (`segment`); each
unit becomes a `Claim` with its kind, stance, attribution, predicate, object, actors,
regions, quotes and numbers. Bullets that follow a lead-in sentence ("X is seeking:")
inherit its predicate, subject, hedges and attribution. A short body sentence without a verb
("Indeed.", "Good luck, Tara.", a dateline) asserts nothing and gives no claim, unless it is a
direct quote.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..models import CONTENT_KINDS, Claim, Entity, Quote
from ..parse.metadata import dateline_end
from .analysis import Analysis
from .classify import (POSITION_VERBS, attribution_of, content_clause, hearsay_content, kind_of, reported_content,
                       stance_of)
from .entities import PERSON_PRONOUNS, THING_PRONOUNS, EntityIndex, build_entities, outlet_key
from .lexicon import DEMAND_VERBS, DENIAL_VERBS, EVENT_ADJECTIVES, EVENT_NOUNS, HEDGE_ADVERBS, SPEECH_VERBS, STATE_VERBS
from .numbers import find_quantities
from .quotes import find_quotes
from .headline import headline_clauses, title_cased, verb_form, verb_lemma, verb_only
from .segment import Unit, copula_verb, has_parse, segment, subject_of

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})
TRAIL_PUNCT = set(",;:–—-―(") | {" ", "\n", "\t", "\u00a0"}
LEAD_SKIP = set(",;:–—-―)") | {" ", "\n", "\t", "\u00a0"}
LEAD_WORDS = ("and ", "or ", "but ")
_BULLET_MARK = re.compile(r"(?:[*\u2022\u00b7\u2023\u25aa\u25e6\u2013\u2014+-]|\d{1,2}[.)])[ \t]+")


@dataclass
class _Context:
    """What a lead-in sentence hands to the bullets after it."""

    paragraph: int
    predicate: str | None
    subject: tuple[int, int] | None
    hedged: bool
    attribution: str | None


def _latin_prose(s: str) -> bool:
    """Some letters, most of them Latin (a Cyrillic or Arabic passage in an English article gives no claim)."""
    latin = other = 0
    for ch in s:
        if ch.isalpha():
            o = ord(ch)
            if o < 0x250 or 0x1E00 <= o < 0x1F00:
                latin += 1
            else:
                other += 1
    return latin > other


def _is_link(tok: Token) -> bool:
    t = tok.text
    return tok.like_url or t.startswith(("pic.twitter.com", "http", "www.")) or (t.startswith("@") and len(t) > 1)


def _char_span(doc_base: int, unit: Unit, sent: Span, text: str) -> tuple[int, int]:
    doc = sent.doc
    end_tok = unit.end
    while end_tok > unit.start and (doc[end_tok - 1].is_space or _is_link(doc[end_tok - 1])):
        end_tok -= 1
    start = doc_base + doc[unit.start].idx
    end = doc_base + doc[end_tok - 1].idx + len(doc[end_tok - 1].text) if end_tok > unit.start else start
    while start < end and text[start] in LEAD_SKIP:
        start += 1
    low = text[start:end].lower()
    for w in LEAD_WORDS:
        if low.startswith(w) and end - start > len(w) + 3:
            start += len(w)
            break
    while end > start and text[end - 1] in TRAIL_PUNCT:
        end -= 1
    return start, end


def _keywords(doc, a: int, b: int, skip: frozenset[int] = frozenset()) -> list[str]:
    """Content lemmas of the unit, in order; the frame is left out: hedge adverbs ("reportedly")
    are the stance, "according to" introduces the attribution, not what is claimed, and the
    tokens of `skip` (doc token indices: the article's own outlet, "told the Valley Post") are
    no part of any claim."""
    out = []
    for t in doc[a:b]:
        if t.is_stop or t.is_punct or t.is_space or _is_link(t) or t.i in skip:
            continue
        if t.lower_ in HEDGE_ADVERBS or (t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"):
            continue
        if has_parse(doc[a:b]) and t.pos_ not in CONTENT_POS:
            continue
        lem = (t.lemma_ or t.text).lower()
        if lem.endswith("’s") or lem.endswith("'s"):
            lem = lem[:-2]
        if lem and any(ch.isalnum() for ch in lem):
            out.append(lem)
    return out


def _elided_subject(unit: Unit, sent: Span) -> list[str]:
    """The content lemmas of a subject the claim shares with the verb before it and so does not
    write ("the company regretted the spill and would appeal the ruling": "would appeal the
    ruling" is the company's), so that the claim is about it. Demand list items keep their own
    reading (their party is the demander), and a named subject is an actor already."""
    subj, head = unit.subject, unit.head
    if subj is None or head is None or unit.item or head.dep_ != "conj" or subj.i >= unit.start:
        return []
    if subj.ent_type_ or subj.pos_ == "PRON":
        return []
    return _keywords(sent.doc, subj.left_edge.i, subj.i + 1)


_OBJECT_DEPS = frozenset(("dobj", "attr", "ccomp", "xcomp", "oprd"))
#: speech verbs whose direct object is who is told, before what is told ("told reporters that ...")
_ADDRESSEE_VERBS = frozenset("tell inform assure remind warn notify advise promise convince persuade".split())


def _object_text(unit: Unit, sent: Span, text: str, base: int) -> str | None:
    """The text of the unit's object: its verb's first object, complement, clause or prepositional
    phrase after the verb ("diverted to other hospitals"). Of a speech verb's clause, and of a
    demand verb's clause after an "on" phrase, the phrases before it are passed over, and the
    clause of a verb telling someone comes before the one told (`_ADDRESSEE_VERBS`): "said on
    Monday that the bridge would reopen" and "told reporters that the bridge would reopen" say
    that it would reopen, "called on the council to act" calls to act."""
    doc = sent.doc
    if unit.item:
        return None
    head = unit.head
    if head is None or not has_parse(sent):
        return None
    kids = [c for c in head.children if c.dep_ in _OBJECT_DEPS or (c.dep_ == "prep" and c.i > head.i)]
    clause = next((c for c in kids if c.dep_ in ("ccomp", "xcomp")), None)
    lem = head.lemma_.lower()
    if clause is not None and (lem in SPEECH_VERBS or (lem in DEMAND_VERBS and any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < clause.i for c in kids))):
        # "said on Monday that ...", "called on X to ...": the phrases before the clause are no object
        kids = [c for c in kids if c.dep_ != "prep" or c.i > clause.i]
        if clause.dep_ == "ccomp" and lem in _ADDRESSEE_VERBS:
            kids = [clause] + [c for c in kids if c is not clause]  # "told reporters that ...": what was told
    for c in kids:
        a, b = c.left_edge.i, c.right_edge.i + 1
        a, b = max(a, unit.start), min(b, unit.end)
        while a < b and doc[b - 1].is_space:  # a line break the parser hung on the object (a headline's
            b -= 1  # end, or blanked lines after it) is no part of it
        while a < b and doc[a].is_space:
            a += 1
        while a < b and (doc[b - 1].text in ",;:" or (doc[b - 1].is_quote and _odd_quotes(doc, a, b)
                                                      and not _possessive_mark(doc, b - 1))):
            b -= 1  # '"We waited," she said': the quotation's comma, not a word of the object
        if a < b and doc[a].is_quote and _odd_quotes(doc, a, b):
            a += 1  # and the mark that opens it, when the mark that closes it lies outside
        if a < b < unit.end and doc[b].is_quote and _odd_quotes(doc, a, b):
            b += 1  # 'rejected the "so-called reform"': the parser hung the closing mark on the verb
        if a < b:
            s, e = base + doc[a].idx, base + doc[b - 1].idx + len(doc[b - 1].text)
            return text[s:e][:200]
    return None


def _possessive_mark(doc, i: int) -> bool:
    """doc[i] is the apostrophe of a plural possessive ("officials’ memoirs": after an -s word,
    before another word), not a quotation mark ("the ‘files’.")."""
    return doc[i].text in ("'", "\u2019") and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ \
        and doc[i - 1].lower_.endswith("s") and bool(doc[i].whitespace_) and doc[i + 1].is_alpha


def _odd_quotes(doc, a: int, b: int) -> bool:
    """doc[a:b] holds an odd number of quotation-mark tokens: one of them is unmatched inside it."""
    return sum(doc[i].is_quote for i in range(a, b)) % 2 == 1


def _negated(unit: Unit, sent: Span) -> bool:
    head = unit.head
    if head is None or not has_parse(sent):
        return False
    if any(c.dep_ == "neg" for c in head.children):
        return True
    if head.lemma_ == "be" and any(g.dep_ == "neg" for c in head.children if c.dep_ == "acomp" for g in c.children):
        return True  # "The ferry was not overloaded": the negation hangs on the complement
    for c in head.children:
        if c.dep_ in ("dobj", "attr") and any(g.lower_ == "no" and g.dep_ == "det" for g in c.children):
            return True
    return False


def _denial(unit: Unit) -> bool:
    """The unit's speech verb denies what it passes on ("Officials denied that the ferry was
    overloaded": what they say is that it was not)."""
    return unit.head is not None and unit.head.lemma_.lower() in DENIAL_VERBS


def _outlet_pattern(outlet: str | None) -> re.Pattern | None:
    """The article's own outlet as written in its text ("the Valley Post"), or None."""
    words = outlet_key(outlet).split()
    return re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.I) if words else None


def _outlet_tokens(outlet: re.Pattern | None, doc) -> frozenset[int]:
    """Indices of the doc's tokens inside a mention of the outlet."""
    if outlet is None:
        return frozenset()
    out: set[int] = set()
    for m in outlet.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return frozenset(out)


_SUBJECT_PRONOUNS = {"he": "male", "she": "female"}


def _where_places(unit: Unit, sent: Span, base: int, ents: EntityIndex) -> list[Entity]:
    """The places a claim cut at ", where <clause>" happens in: those its antecedent names ("in
    Dunmore County, where a wildfire has burned ..."); none for any other claim."""
    first = sent.doc[unit.start]
    if first.lower_ != "where" or first.head.dep_ != "relcl":
        return []
    ante = first.head.head
    a = base + ante.left_edge.idx
    b = base + ante.idx + len(ante.text)
    return ents.within(a, b)[1]


def _named_speaker(quotes: list[Quote], names: frozenset[str]) -> bool:
    """The claim's direct quotations are all a named person's or body's (`names`: the actors the
    article names, "Judge Ana Ruiz"; not "a spokesman"): the article asserts that they said it, as
    it does for "Ruiz said ..." (`classify.stance_of`)."""
    direct = [q for q in quotes if q.direct]
    return bool(direct) and all(q.speaker in names for q in direct)


def _speaking_names(ents: EntityIndex) -> frozenset[str]:
    """The people and bodies an article names as actors."""
    return frozenset(m.name for m, k in zip(ents.mentions, ents.kinds) if k == "actor" and m.label in ("PERSON", "ORG"))


def _subject_entity(ents: EntityIndex, subj: Token | None, base: int) -> Entity | None:
    """The named actor of the claim's subject. A subject "he"/"she" is resolved to the nearest
    person named before it whose known gender does not clash (`EntityIndex.resolve_pronoun`); the
    entity then keeps the offsets of that earlier mention. "It"/"they" are left unresolved (too
    often an event or a group not named)."""
    if subj is None:
        return None
    gender = _SUBJECT_PRONOUNS.get(subj.lower_)
    if gender is not None and subj.left_edge.i == subj.i == subj.right_edge.i:
        return ents.resolve_pronoun(base + subj.idx, person=True, gender=gender)
    a = base + subj.left_edge.idx
    b = base + subj.right_edge.idx + len(subj.right_edge.text)
    return ents.actor_at(a, b)


VERBLESS_MAX_WORDS = 6  # longer verbless "sentences" are more often a verb the tagger missed


def _headline_verb(unit: Unit) -> Unit:
    """A title-cased headline verb the tagger read as a name ("Singer Checks Into Clinic") gets its
    verb lemma as the predicate ("check"), not the word in lower case."""
    head = unit.head
    passive = _headline_participle(head)
    if passive is not None:  # "Former mayor charged with fraud": the participle is the verb
        return replace(unit, head=passive, predicate=passive.lemma_.lower(), subject=head)
    aged = _headline_age(head, unit)
    if aged is not None:  # "Actress Dies Aged 91": "Aged 91" is her age, "Dies" the verb
        return _with_verb(unit, aged)
    planned = _headline_infinitive(head, unit)
    if planned is not None:  # "Firm to cut 500 jobs": what the firm is to do is the verb
        return replace(unit, head=planned, predicate=planned.lemma_.lower(), subject=head)
    named = _verb_before_noun(head, unit)
    if named is not None:  # "Huge Fire Destroys Store": the parser made the last noun the root
        return _with_verb(unit, named)
    if head is None or not head.text.istitle() or unit.predicate != head.lower_ or head.lemma_.lower() != head.lower_:
        return unit
    lemma = verb_lemma(head.text, capitals=True)
    return replace(unit, predicate=lemma) if lemma else unit


def _with_verb(unit: Unit, verb: Token) -> Unit:
    """The unit governed by `verb`, its predicate the verb's lemma (read from a title-cased form)."""
    return replace(unit, head=verb, predicate=verb_lemma(verb.text, capitals=True) or verb.lemma_.lower())


def _verb_before_noun(head: Token | None, unit: Unit) -> Token | None:
    """In a title-cased headline the parser may run the verb into a noun compound and make its
    object the root ("Huge Fire Destroys Store"): the first word after the first, before the root
    noun, that the tagger tags a finite verb and the recogniser puts in no name is the verb (None
    when there is none). Limits: a verb the tagger reads as a noun ("Doe Sets Scoring
    Record") is missed; its inflected form alone would take "Sports" in "Weekend Sports Roundup"."""
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.i - unit.start < 2 \
            or not title_cased([t.text for t in head.doc[unit.start:unit.end]]):
        return None
    return next((t for t in head.doc[unit.start + 1:head.i] if t.is_title and t.tag_ in ("VBZ", "VBD", "VBP") and not t.ent_type_
                 and t.dep_ == "compound"), None)


def _headline_age(head: Token | None, unit: Unit) -> Token | None:
    """A headline's "Aged 91" is an age, which the parser may take for the verb ("Swimmer Dies Aged
    91"): the verb is the word before it (None when that is no verb)."""
    if head is None or head.lower_ != "aged" or head.i + 1 >= unit.end or not head.doc[head.i + 1].like_num \
            or head.i - 1 < unit.start:
        return None
    verb = head.doc[head.i - 1]
    return verb if verb.tag_ in ("VBZ", "VBP", "VBD") or verb_form(verb.text, True) else None


def _headline_infinitive(head: Token | None, unit: Unit) -> Token | None:
    """Headlinese tells what is to come with "to" and a bare verb after a noun ("Firm to cut 500
    jobs", "...; operator to suspend routes"), which the parser hangs on the noun (or on a word it
    misreads as an adjective, or hangs elsewhere: "Harlow Motors to shed 1,000 jobs, shut plant",
    where "shed" is a clause of "shut"); that verb is the headline's (None when there is none)."""
    if head is None or head.pos_ in ("VERB", "AUX"):
        return None
    k = head.i + 2
    if k < unit.end and head.doc[k - 1].lower_ == "to" and head.doc[k].tag_ == "VB":
        return head.doc[k]
    return None


def _headline_participle(head: Token | None) -> Token | None:
    """Headlinese drops "was": in "Former mayor charged with fraud", "Three arrested after raid"
    the parser makes the noun (or number) the root and the participle right after it a modifier;
    that participle is the headline's verb (None when there is none). After a topic and a colon
    ("Measles: 25 cases confirmed") the noun hangs on the topic as its apposition; the participle
    may follow the noun's own apposition ("Jane Doe, former mayor, charged with fraud")."""
    if head is None or head.dep_ not in ("ROOT", "appos") or head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    doc = head.doc
    after = {head.i + 1} | {a.right_edge.i + 2 for a in head.children if a.dep_ == "appos" and a.i > head.i
                            and a.right_edge.i + 1 < len(doc) and doc[a.right_edge.i + 1].text == ","}
    return next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i in after), None)


def _headlinese_event(head: Token | None, predicate: str | None) -> bool:
    """Headlines tell past happenings in the present simple ("Actress Dies at 91", "Inmate Escapes
    Prison Van"): a title claim governed by a present-tense verb (or a title-cased inflected
    one, which the tagger reads as a name) other than a state, speech or position verb is an
    event, not a fact. Not with an auxiliary ("Talks Will Resume", "Prices To Rise"): that is
    what is to come. (A present-tense headline with a person as subject stays a statement,
    which clashes with no kind in matching; as an event it matched ECB+ slightly worse.)"""
    if head is None or not predicate:
        return False
    pred = predicate.lower()
    if pred in STATE_VERBS or pred in SPEECH_VERBS or pred in POSITION_VERBS:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    return head.tag_ in ("VBZ", "VBP") or verb_form(head.text, True)


def _verbless_sentence(unit: Unit, sent: Span, headline: bool = False) -> bool:
    """The unit is a whole parsed sentence of at most VERBLESS_MAX_WORDS words with no verb or
    auxiliary (not a list item). In a headline, capitalised words count too ("Building Burns
    Down"): headlines are often written in title case."""
    if unit.item or not has_parse(sent):
        return False
    toks = [t for t in sent if not (t.is_space or t.is_punct)]
    most = VERBLESS_MAX_WORDS
    if headline and any(t.lower_ in EVENT_ADJECTIVES for t in toks):
        most *= 2  # a headline built on a fate may be long ("Ilse Doe, voice of Kestrel Radio, dead at 85")
    if not toks or len(toks) > most or toks[0].i < unit.start or toks[-1].i >= unit.end:
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") or verb_form(t.text, headline) for t in toks)


def _topic_label(unit: Unit, sent: Span, base: int, text: str, para_end: int) -> bool:
    """A verbless headline part before a colon with a headline of its own after it ("Harbour
    fire: 300 evacuated as blaze spreads", "Exclusive: ..."): the topic or rubric, no claim. Before
    a colon that sets off a source ("Ten dead in quake: police", under three words after it) it is
    the claim."""
    toks = [t for t in sent.doc[unit.start:unit.end] if not (t.is_space or t.is_punct)]
    if not has_parse(sent) or any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") for t in toks):
        return False
    end = _char_span(base, unit, sent, text)[1]
    return len(re.findall(r"\w+", text[end:para_end])) >= 3


def _event_noun(unit: Unit, sent: Span) -> Token | None:
    """The noun naming a happening in a verbless headline ("Major Fire at City Supermarket",
    "Ten dead in quake": fire, quake), the last one when there are several ("Factory Fire
    Arrest": the arrest is the news), else a word of a fate ("Jane Doe dead at 91"); None when it
    names none (see `EVENT_NOUNS`, `EVENT_ADJECTIVES`). Limits: a
    lexicon, not a parse: "Fire Safety Week" names a fire too."""
    toks = sent.doc[unit.start:unit.end]
    capitals = title_cased([t.text for t in toks])  # "Daring Jewel Heist in Lyon": the recogniser's
    # "PERSON" there says nothing
    nouns = [t for t in toks
             if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in EVENT_NOUNS or t.lower_ in EVENT_NOUNS)
             and (capitals or not t.ent_type_)]
    if nouns:
        return nouns[-1]
    # "Jane Doe dead at 91": the word of a fate is the happening ("Ten dead in quake" names the quake)
    return next((t for t in toks if t.lower_ in EVENT_ADJECTIVES and t.pos_ != "VERB"), None)


_WH_WORDS = frozenset("what why how where when who which".split())
#: verbs of an explainer's rubric ("what we know", "what it means for you", "what to expect")
_EXPLAINER_VERBS = frozenset("know mean expect happen learn watch".split())


def _explainer(unit: Unit, sent: Span) -> bool:
    """A headline part that opens with a wh-word and is about knowing, meaning or expecting ("what
    owners need to know", "What It Means for Renters", "What to expect") announces an explainer: it
    claims nothing; so does one that names nothing, all verbs ("What was agreed", "What happened").
    ("Why the bank raised rates" tells that it did, and stays a claim.)"""
    toks = [t for t in sent.doc[unit.start:unit.end] if not (t.is_space or t.is_punct)]
    return bool(toks) and toks[0].lower_ in _WH_WORDS and (any(
        t.lemma_.lower() in _EXPLAINER_VERBS or t.lower_ in _EXPLAINER_VERBS for t in toks[1:])
        or all(t.pos_ in ("VERB", "AUX", "ADV", "PART") for t in toks[1:]))


def _verb_only_word(unit: Unit, sent: Span) -> Token | None:
    """In a headline the tagger found no verb in, a word after the first that the lemma tables know
    as a verb and as no noun or adjective is the verb it missed ("Valdor Sox extend offer to Varga": the
    tagger reads "extend" as a noun without the articles); None when there is none. Limits: a verb
    that is a noun too ("Hawks Clinch Playoff Spot", "cable cut") is not found."""
    return next((t for t in sent.doc[unit.start + 1:unit.end]
                 if (t.is_lower or t.is_title) and not t.ent_type_ and verb_only(t.text)), None)


def claims_of(an: Analysis) -> list[Claim]:
    art = an.article
    if art.language not in (None, "en"):
        return []  # the rules are for English; parse has put a "not English" warning on the article
    text = art.text
    ents = build_entities(an)
    outlet = _outlet_pattern(art.outlet)
    outlet_at: dict[int, frozenset[int]] = {}

    def outlet_tokens(base: int, doc) -> frozenset[int]:
        """The outlet's tokens in the analysed segment at `base` (found once per segment)."""
        if base not in outlet_at:
            outlet_at[base] = _outlet_tokens(outlet, doc)
        return outlet_at[base]
    speaking = _speaking_names(ents)  # who may be quoted by name
    quotes = find_quotes(an, ents)
    q_starts = [q.start for q in quotes]  # sorted by start (find_quotes)
    q_longest = max((q.end - q.start for q in quotes), default=0)
    out: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    last_party: tuple[int, str] | None = None  # (paragraph, attribution) of the last claim a non-person said
    datelines: dict[int, int] = {}  # paragraph index -> where its text begins after a dateline
    ctx: _Context | None = None
    for base, sent in an.sentences():
        first = next((t for t in sent if not t.is_space), None)
        para = an.paragraph_at(base + first.idx) if first is not None else None
        if para is None or para.kind not in CONTENT_KINDS:
            continue
        if para.kind == "title" and not has_parse(sent):
            continue  # without a parser a headline ("Weekend Round-up") cannot be told from a label
        if ctx is not None and para.index != ctx.paragraph:
            between = art.paragraphs[ctx.paragraph + 1:para.index]
            if para.kind != "bullet" or any(p.kind not in ("bullet",) for p in between):
                ctx = None
        units = segment(sent)
        parts: set[tuple[int, int]] = set()  # headline clauses split at a comma: each its own claim
        if para.kind == "title":
            split = [headline_clauses(unit, sent) for unit in units]
            parts = {(u.start, u.end) for us in split if len(us) > 1 for u in us}
            units = [u for us in split for u in us]
        for unit in units:
            if para.kind == "title":
                unit = _headline_verb(unit)
            if para.kind == "title" and _explainer(unit, sent):
                continue  # "Veltra recall: what owners need to know" is a rubric, no claim
            if unit.lead_in and para.kind == "title":
                if _topic_label(unit, sent, base, text, para.end):
                    continue  # "Harbour fire: 300 evacuated": the topic, not a claim
                unit = replace(unit, lead_in=False)  # "Worker Kills 2 in Shooting: Police": a headline's colon
                # sets off its source or topic; no list follows a headline
            if unit.lead_in:
                st = stance_of(unit, sent, None)
                subj = unit.subject
                span = (base + subj.left_edge.idx, base + subj.right_edge.idx + len(subj.right_edge.text)) if subj is not None else None
                ctx = _Context(para.index, unit.predicate, span, st == "hedged",
                               attribution_of(unit, sent, base, text))
                continue
            start, end = _char_span(base, unit, sent, text)
            if para.kind == "bullet" and not text[para.start:start].strip():
                m = _BULLET_MARK.match(text, start, end)  # "* Prices rose": the marker is no part of the claim
                start = m.end() if m else start
            opening = datelines.get(para.index)
            if opening is None:
                opening = datelines[para.index] = para.start + (
                    dateline_end(text[para.start:para.end]) if para.kind == "body" else 0)
            if start < opening:  # "KYIV, Ukraine (AP) — ...": the dateline is no part of a claim
                start = opening
            if end - start < 3 or (start, end) in seen or not _latin_prose(text[start:end]):
                continue
            if has_parse(sent) and not any(t.pos_ in CONTENT_POS for t in sent.doc[unit.start:unit.end]):
                continue  # a stray "and" or "It is." between cuts says nothing
            seen.add((start, end))
            if not (para.start <= start and end <= para.end):  # a unit never crosses its paragraph
                start, end = max(start, para.start), min(end, para.end)
                if end - start < 3:
                    continue
            inherited = ctx if (ctx is not None and para.kind == "bullet" and para.index != ctx.paragraph) else None
            claim_quotes = [q for q in quotes[bisect_left(q_starts, start - q_longest):bisect_left(q_starts, end)]
                            if q.end > start]
            happening = None
            if para.kind in ("body", "title") and _verbless_sentence(unit, sent, para.kind == "title") and not any(q.direct for q in claim_quotes):
                happening = (_event_noun(unit, sent) or _verb_only_word(unit, sent)) if para.kind == "title" else None
                if happening is None:
                    continue  # "Indeed.", "Unbelievable.", a dateline: a sentence without a verb asserts nothing
            numbers = find_quantities(text[start:end], start)
            actors, regions = ents.within(start, end)
            for place in _where_places(unit, sent, base, ents):  # ", where ...": what happened there
                if not any(r.name == place.name for r in regions):
                    regions = [*regions, place]
            subj_ent = _subject_entity(ents, unit.subject, base)
            inner = content_clause(unit)  # who the reported words are about ("“He wants ...,” a source said")
            inner_ent = _subject_entity(ents, subject_of(inner), base) if inner is not None else None
            for e in (subj_ent, inner_ent):
                if e is not None and para.start <= e.start < opening:
                    continue  # the dateline's place, misread as the subject
                if e is not None and not any(a.name == e.name for a in actors) and e.label != "LOC":
                    actors = [*actors, e]
            attribution = _resolved_attribution(attribution_of(unit, sent, base, text, claim_quotes),
                                                claim_quotes, text, start, end, last_party, para.index)
            if (unit.start, unit.end) in parts and attribution and attribution not in text[start:end]:
                attribution = None  # "Blaze grows, governor declares emergency": the blaze is no one's word
            if attribution and attribution.lower() not in PRONOUNS:
                for q in claim_quotes:  # the quote said through that "it" is the same party's
                    if (q.speaker or "").lower() == "it" and q.speaker_start is not None and start <= q.speaker_start < end:
                        q.speaker = attribution
                person = any(a.name == attribution and a.label == "PERSON" for a in actors)
                last_party = None if person else (para.index, attribution)
            stance = stance_of(unit, sent, attribution)
            predicate = unit.predicate
            if inherited is not None:
                attribution = attribution or inherited.attribution
                if inherited.hedged:
                    stance = "hedged"
                elif attribution and stance == "asserts":
                    stance = "reports"
                predicate = inherited.predicate or predicate
                inh = ents.actor_at(*inherited.subject) if inherited.subject else None
                if inh is not None and not any(a.name == inh.name for a in actors):
                    actors = [*actors, inh]
            kind = kind_of(unit, sent, start, end, claim_quotes, numbers,
                           inherited_predicate=inherited.predicate if inherited else None, base=base)
            content = reported_content(unit) if inherited is None and kind != "quote" else None
            if content is None and kind != "quote":
                content = hearsay_content(unit)  # "Nobody is believed to have been hurt": hurt
            told = unit
            if content is not None:  # "<content>, sources said": the claim is the content
                predicate = copula_verb(content) or content.lemma_.lower()
                subj = subject_of(content) or (content.head if content.dep_ in ("acl", "relcl") else None)
                told = Unit(unit.start, unit.end, head=content, predicate=predicate, subject=subj)  # "Two men
                # [arrested], police say": a reduced passive's subject is the noun it hangs on
                kind = kind_of(told, sent, start, end, claim_quotes, numbers)
            if para.kind == "title" and kind == "fact" and \
                    _headlinese_event(content if content is not None else unit.head, predicate):
                kind = "event"
            if happening is not None:  # "Major Fire at City Supermarket": the fire is what happened
                predicate, kind = happening.lemma_.lower(), "event"
            if kind == "quote" and stance == "reports" and _named_speaker(claim_quotes, speaking):
                stance = "asserts"  # a quotation's next sentence is the named speaker's, as the cued one is
            out.append(Claim(
                id=f"{art.source}#{start}-{end}", source=art.source, paragraph=para.index,
                start=start, end=end, text=text[start:end], kind=kind,
                actors=sorted(actors, key=lambda e: (e.start, e.end)), regions=regions,
                quotes=claim_quotes, attribution=attribution, stance=stance,
                predicate=predicate, numbers=numbers,
                object=_object_text(told, sent, text, base) if not unit.item else text[start:end],
                negated=_negated(told, sent) != (told is not unit and _denial(unit)),
                keywords=_elided_subject(unit, sent) + _keywords(sent.doc, unit.start, unit.end,
                                                                   outlet_tokens(base, sent.doc)),
                headline=para.kind == "title",
            ))
    out.sort(key=lambda c: (c.start, c.end))
    return out


PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS


def _resolved_attribution(attribution: str | None, quotes, text: str, start: int, end: int,
                          last_party: tuple[int, str] | None, paragraph: int) -> str | None:
    """A pronoun attribution as the claim's quotes resolved it ("..., she added": the quote's
    speaker at that pronoun, "Jo Smith"); a bare "it" left unresolved ("The company said ... It
    added that ...") is the party a claim of this paragraph or the one before was last attributed
    to, when that is no person. Else the attribution as written."""
    if not attribution or attribution.lower() not in PRONOUNS - {"they", "them", "their"}:
        return attribution  # "they" stays as written: a plural is rarely one named party
    for q in quotes:
        s0, s1 = q.speaker_start, q.speaker_end
        if s0 is not None and start <= s0 < end and text[s0:s1].lower() == attribution.lower() \
                and q.speaker and q.speaker.lower() not in PRONOUNS:
            return q.speaker
    if attribution.lower() == "it" and last_party is not None and last_party[0] >= paragraph - 1:
        return last_party[1]
    return attribution


__all__ = ["claims_of"]
