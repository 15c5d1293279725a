"""spaCy component `newsclaims_breaks`: a line break always starts a new sentence.

Articles keep one paragraph (or bullet, or heading) per line; the parser must never
join the end of one line to the start of the next. Runs before the parser, which
respects sentence starts set earlier.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsclaims_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not doc[i].is_space:
                doc[i].is_sent_start = True
        elif not doc[i].is_space and i > 0 and doc[i].is_sent_start is None:
            pass
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
