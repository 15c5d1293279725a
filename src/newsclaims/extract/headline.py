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
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

TITLE_CASE_SHARE = 0.75  # share of capitalised words (of four letters or more) of a title-cased line
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
            if stem + rep in verbs:
                return stem + rep
            # a doubled final consonant: "cutting" -> "cut", "planned" -> "plan"
            if not rep and suf in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2] \
                    and stem[-1] not in "aeiou" and stem[:-1] in verbs:
                return stem[:-1]
    return None


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
