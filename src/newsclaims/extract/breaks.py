"""spaCy component `newsclaims_breaks`: a line break always starts a new sentence, and a word in
lower case after a full stop never does (an abbreviation or a split web address, not a new
sentence).

Articles keep one paragraph (or bullet, or heading) per line; the parser must never
join the end of one line to the start of the next. Runs before the parser, which
respects sentence starts set earlier.
"""
from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc


#: English abbreviations of titles and addresses, which are followed by a name, not a new sentence
TITLE_ABBREVIATIONS = frozenset("""
Mr. Mrs. Ms. Dr. Prof. Gen. Lt. Col. Maj. Capt. Cmdr. Sgt. Cpl. Pvt. Adm. Gov. Sen. Rep. Rev. Fr.
Hon. Pres. Supt. Insp. Det. Ofc. Atty. St. Ave. Blvd. Rd. Mt. Ft. Jr. Sr. Dept.
""".split())


@Language.component("newsclaims_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    # set through one array: the `Token.is_sent_start` setter scans the whole doc on every call
    # (quadratic in the number of lines)
    starts = doc.to_array([SENT_START]).astype("int64")  # -1 ("not a start") needs a signed array
    changed = False
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not doc[i].is_space:
                starts[i] = 1
                changed = True
        elif prev.text.endswith(".") and ((doc[i].text[:1].islower() and doc[i].is_alpha) or _abbreviation(doc, i - 1)):
            # "MyFoxHouston. com reported", "in the U.S. and abroad": a sentence never opens in lower
            # case; "Police Capt. John Smith", "Utica Ave. and": a title or address abbreviation ends none
            starts[i] = -1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts.view("uint64"))  # the same bits, as spaCy expects
    return doc


def _abbreviation(doc: Doc, i: int) -> bool:
    """doc[i] ends an abbreviation of TITLE_ABBREVIATIONS ("Capt." or "Capt" + ".")."""
    t = doc[i]
    if t.text in TITLE_ABBREVIATIONS:
        return True
    return t.text == "." and i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text + "." in TITLE_ABBREVIATIONS


def add_breaks(nlp: Language) -> None:
    if "newsclaims_breaks" in nlp.pipe_names:
        return
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsclaims_breaks", before="parser")
    elif "sentencizer" in nlp.pipe_names:
        nlp.add_pipe("newsclaims_breaks", before="sentencizer")
    else:
        nlp.add_pipe("newsclaims_breaks", first=True)
