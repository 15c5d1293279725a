"""spaCy component `newsclaims_breaks`: a line break always starts a new sentence.

Articles keep one paragraph (or bullet, or heading) per line; the parser must never
join the end of one line to the start of the next. Runs before the parser, which
respects sentence starts set earlier.
"""
from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsclaims_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    # set through one array: the `Token.is_sent_start` setter scans the whole doc on every call
    # (quadratic in the number of lines)
    starts = doc.to_array([SENT_START])
    changed = False
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not doc[i].is_space:
                starts[i] = 1
                changed = True
    if changed:
        doc.from_array([SENT_START], starts)
    return doc


def add_breaks(nlp: Language) -> None:
    if "newsclaims_breaks" in nlp.pipe_names:
        return
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsclaims_breaks", before="parser")
    elif "sentencizer" in nlp.pipe_names:
        nlp.add_pipe("newsclaims_breaks", before="sentencizer")
    else:
        nlp.add_pipe("newsclaims_breaks", first=True)
