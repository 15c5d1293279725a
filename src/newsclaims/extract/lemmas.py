"""spaCy component `newsclaims_lemmas`: verb lemmas the rule lemmatizer gets wrong by English
spelling, fixed from the lemmatizer's own verb index.

The rule lemmatizer strips "-ed"/"-ing" and keeps the first form its verb index knows; when
both "fin" and "fine" are verbs it reads "fined" as "fin", "dined" as "din". English doubles
the final consonant of a short stressed stem before "-ed"/"-ing" (fin -> finned, hop ->
hopped), so an undoubled consonant after one vowel ("fined", "hoped") comes from the stem
with its silent "e" (fine, hope): that lemma is used when the index lists it as a verb.
Stems stressed on an earlier syllable do not double ("visited", "opened"), and "visite",
"opene" are no verbs, so they keep their lemma. Runs after `lemmatizer`; does nothing in a
pipeline without one.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

#: one vowel and one consonant (not w, x or y, which never double) after a consonant
_SHORT_STEM = re.compile(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$")
_SUFFIXES = ("ed", "ing")


@Language.factory("newsclaims_lemmas")
def make_lemma_fix(nlp: Language, name: str):
    verbs: frozenset[str] = frozenset()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            verbs = frozenset(lookups.get_table("lemma_index").get("verb", []))

    def fix(doc: Doc) -> Doc:
        if not verbs:
            return doc
        for t in doc:
            if t.pos_ not in ("VERB", "AUX"):
                continue
            low = t.lower_
            for suf in _SUFFIXES:
                stem = low[: -len(suf)]
                if low.endswith(suf) and t.lemma_.lower() == stem and _SHORT_STEM.search(stem) \
                        and stem + "e" in verbs:
                    t.lemma_ = stem + "e"
                    break
        return doc

    return fix


def add_lemma_fix(nlp: Language) -> None:
    if "lemmatizer" in nlp.pipe_names and "newsclaims_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("newsclaims_lemmas", after="lemmatizer")
