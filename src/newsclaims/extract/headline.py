"""Title-cased headlines ("Actress Jane Doe Dies at 91"): telling their verbs from their names.

The small tagger and recogniser read capitalised words as proper nouns, so in a title-cased line a
verb is taken into the name before it ("Jane Doe Dies" as a PERSON) and a headline seems to have
no verb. Method: a word is a verb form when it is an inflected form (-s, -es, -ies, -ed, -ied;
-ing only in lower case: "Breaking News") of a verb in spaCy's English lemma tables; an entity of
a title-cased sentence is cut before its first such word (a person's name also before a stop word:
"Checks Into Rehab"), unless a longer part of it is written elsewhere in the article ("Bill Gates
Steps Down" keeps "Bill Gates" when the body names him so), and a word read as a name elsewhere
in the article ("Gates said ...") is no cut.

Limits: a surname that is a verb form ("Bill Gates", "Ken Burns") is cut too when the article
never writes the full name outside the headline; without lemma tables no word is a verb form.

Headlines also join two news with a comma ("Blaze grows, governor declares emergency"):
`headline_clauses` cuts such a headline into its clauses (parse and tags; see its docstring).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from .lexicon import SPEECH_VERBS
from .segment import Unit, has_parse, subject_of

TITLE_CASE_SHARE = 0.75  # share of capitalised words (of four letters or more) of a title-cased line
_ES_STEMS = ("s", "x", "z", "ch", "sh", "o")
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


@lru_cache(maxsize=4)
def lemma_index(pos: str) -> frozenset:
    """The lemmas of one part of speech ("verb", "noun", "adj") in the pipeline's lemma tables
    (empty without them)."""
    try:
        from ..nlp import get_nlp

        return frozenset(get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")[pos])
    except Exception:  # no trained pipeline or no lemma tables
        return frozenset()


def verb_lemma(word: str, capitals: bool = False) -> str | None:
    """The known verb a lower-case (with `capitals`, also a capitalised) inflected form comes from
    ("ends" -> "end", "cutting" -> "cut", with capitals "Checks" -> "check", "Dies" -> "die");
    None when it is none.
    A capitalised -ing form is not read as one ("Breaking News")."""
    capitalised = capitals and word.istitle()
    w = word.lower() if capitalised else word
    if not w.islower() or not w.isalpha():
        return None
    verbs = lemma_index("verb")
    for suf, rep in _INFLECTIONS:
        if capitalised and suf == "ing":
            continue
        if w.endswith(suf) and len(w) > len(suf) + 1:
            stem = w[: len(w) - len(suf)]
            if suf == "es" and not stem.endswith(_ES_STEMS):
                continue  # "-es" follows a sibilant or "o" ("boxes", "goes"): "fines" is "fine", not "fin"
            if stem + rep in verbs:
                return stem + rep
            # a doubled final consonant: "cutting" -> "cut", "planned" -> "plan"
            if not rep and suf in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2] \
                    and stem[-1] not in "aeiou" and stem[:-1] in verbs:
                return stem[:-1]
    return None


def verb_only(word: str) -> bool:
    """The lemma tables know `word` (any case) as a verb and as no noun or adjective ("seize",
    "extend"; not "clinch", "plan", "open")."""
    w = word.lower()
    return w in lemma_index("verb") and w not in lemma_index("noun") and w not in lemma_index("adj")


def verb_form(word: str, capitals: bool = False) -> bool:
    """An inflected form of a known verb (see `verb_lemma`: "ends", "fired"), which the small
    tagger sometimes reads as a noun or adjective ("A second paragraph ends here.")."""
    return verb_lemma(word, capitals) is not None


def title_cased(words: list[str]) -> bool:
    """Most words of four letters or more are capitalised ("Deputy Shot and Killed in Ambush"):
    capitals then tell nothing about names."""
    long = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= TITLE_CASE_SHARE * len(long)


def trim_entity(ent: Span) -> Span:
    """The entity without the headline words the recogniser took into it (see the module
    docstring); the entity itself when nothing is cut."""
    doc = ent.doc
    if len(ent) < 2 or ent.ent_id_ or not doc.has_annotation("SENT_START"):
        return ent
    sent = ent.sent
    if not title_cased([t.text for t in sent]):
        return ent
    if ent[0].is_title and ent.start > sent.start and verb_only(ent[0].text) and not ent[0].ent_id_:
        ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)  # "Rebels Seize Kavara": the verb opens it
        if len(ent) < 2:
            return ent
    cuts = [t.i for t in ent[1:] if verb_form(t.text, True) or (ent.label_ == "PERSON" and t.is_stop)]
    if not cuts:
        return ent
    named = {t.text for t in doc if (t.ent_type_ or t.pos_ == "PROPN") and not sent.start <= t.i < sent.end}
    cuts = [i for i in cuts if doc[i].text not in named]  # "Gates" named in the body is a name
    if not cuts:
        return ent
    text = doc.text
    for end in (ent.end, *reversed(cuts)):  # the longest part written elsewhere: "Bill Gates" Steps Down
        name = doc[ent.start:end].text
        if text.find(name, 0, sent.start_char) >= 0 or text.find(name, sent.end_char) >= 0:
            return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)
    return Span(doc, ent.start, cuts[0], label=ent.label_)


_FINITE = frozenset(("VBZ", "VBP", "VBD"))


def _finite_verb(toks: list[Token]) -> Token | None:
    """The first finite verb of a headline part; else the first title-cased word of a verb's form,
    which the tagger read as a name ("Blaze Grows"). A word the tagger read as a plural noun before
    its finite verb is no verb ("Rates rise to 4.5%")."""
    return next((t for t in toks if t.tag_ in _FINITE), None) or \
        next((t for t in toks if t.is_title and verb_form(t.text, True)), None)


def headline_clauses(unit: Unit, sent: Span) -> list[Unit]:
    """Headlines join two news with a comma ("Blaze grows, governor declares emergency", "Bank
    raises rates, shares fall", "Mayor resigns, cites health"): each part with a finite verb of
    its own is a claim. Not before a source ("Fire guts church, pastor says": a speech verb with
    nothing said after it), nor at a comma that sets off an aside without a verb ("Actress, 91,
    dies"), nor before a dependent clause ("..., as talks stall": `_CLAUSE_OPENERS`)."""
    if not has_parse(sent) or unit.lead_in:
        return [unit]
    doc = sent.doc
    for k in range(unit.start + 1, unit.end - 1):
        if doc[k].text != ",":
            continue
        left = [t for t in doc[unit.start:k] if not t.is_space]
        right = [t for t in doc[k + 1:unit.end] if not (t.is_space or t.is_punct)]
        lv, rv = _finite_verb(left), _finite_verb(right)
        if lv is None or rv is None or right[0].lower_ in _CLAUSE_OPENERS or right[0].like_num:
            continue
        if left[-1].pos_ == "PROPN" and right[0].pos_ == "PROPN" \
                and any(t.lower_ in _CLAUSE_OPENERS for t in left if t.i > lv.i):
            continue  # "Pact falls short as Kenya, Ghana stay out": names listed in a clause
        if not (_opens_clause(left, lv) and _opens_clause(right, rv)):
            continue  # an aside with a verb ("X, swimmer turned actress, dies"), a list ("205 yards,
            #           4th-quarter TD as ...")
        if _said(rv) and (rv is right[0] or all(
                t.pos_ in ("ADV", "ADP", "PART") or t.ent_type_ in ("DATE", "TIME") for t in right if t.i > rv.i)):
            continue  # the source: "..., says witness", "..., pastor says", "..., police said on Monday"
        first = Unit(unit.start, k, head=lv, predicate=lv.lemma_.lower(), subject=subject_of(lv))
        rest = Unit(k + 1, unit.end, head=rv, predicate=rv.lemma_.lower(), subject=subject_of(rv))
        return [first, *headline_clauses(rest, sent)]
    return [unit]


def _said(verb: Token) -> bool:
    return (verb_lemma(verb.text, capitals=verb.is_title) or verb.lemma_.lower()) in SPEECH_VERBS


def _opens_clause(part: list[Token], verb: Token) -> bool:
    """A headline part is a clause of its own: its verb comes first ("Runs Away") or after a short
    run of subject words without a comma, verb, number-led list or relative word ("Blaze in
    Harbour County grows", "death toll rises"), and is no modifier in the parse."""
    before = [t for t in part if t.i < verb.i]
    if verb.dep_ in ("acl", "relcl", "amod", "advcl") or (verb.dep_ == "appos" and before):
        return False  # (a part its verb opens is no aside: "Doe Leaves Clinic, Checks Into Rehab")
    return len(before) <= 6 and not any(t.is_punct or t.lower_ in _RELATIVE or (t.tag_.startswith("VB") and t.dep_ not in _NOMINAL)
                                        for t in before)


_NOMINAL = frozenset(("nsubj", "nsubjpass", "compound", "pobj", "dobj"))  # "Blaze/VB in ... grows": a noun the tagger misread


_RELATIVE = frozenset("who whom whose which that as".split())
#: words that open a dependent clause, not a second headline ("..., as talks stall")
_CLAUSE_OPENERS = frozenset("as after before while when where which who whose that because since until if though "
                            "although amid despite and but or".split())
