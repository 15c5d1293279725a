"""spaCy component `newsclaims_breaks`: a line break always starts a new sentence, and a word in
lower case after a full stop never does (an abbreviation or a split web address, not a new
sentence), nor does a word right after a word with no punctuation between them ("December
14th the committee ...": the small parser splits such lines), nor does a word right after the quotation mark that opens a sentence,
nor does a speech tag after a closing quotation mark ('"Why now?" Smith asked.': the tag names who asked, it is not a
sentence of its own).

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
Hon. Pres. Supt. Insp. Det. Ofc. Atty. Dist. Dep. Asst. Assoc. St. Ave. Blvd. Rd. Mt. Ft. Jr. Sr. Dept.
""".split())

#: surface forms of verbs that tag a quotation ("... ?" she asked), read before any lemma exists
TAG_VERBS = frozenset(f for v in """
say said says ask asked asks add added adds tell told tells wonder wondered wonders shout shouted
shouts exclaim exclaimed exclaims reply replied replies recall recalled recalls continue continued
continues explain explained explains insist insisted insists note noted notes agree agreed agrees
write wrote writes cry cried cries yell yelled yells scream screamed screams answer answered answers
respond responded responds counter countered counters quip quipped quips joke joked jokes
demand demanded demands plead pleaded pleads whisper whispered whispers declare declared declares
""".split() for f in (v,))
_PRONOUNS = frozenset("he she they we i you it".split())
_CLOSE_QUOTES = frozenset(('"', "\u201d", "'", "\u2019"))
_OPEN_QUOTES = frozenset(("\u201c", "\u2018", "\u00ab", "\u201e"))
TAG_NAME_WORDS = 6  # a speaker of at most this many words ("Police Chief Jane Doe")


@Language.component("newsclaims_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    # set through one array: the `Token.is_sent_start` setter scans the whole doc on every call
    # (quadratic in the number of lines)
    starts = doc.to_array([SENT_START]).astype("int64")  # -1 ("not a start") needs a signed array
    changed = False
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if doc[i].text in _CLOSE_QUOTES and prev.text[-1:] in ".?!" and not prev.whitespace_ \
                and (i + 1 == len(doc) or doc[i].whitespace_ or doc[i + 1].is_space or doc[i + 1].is_punct):
            # 'She was tired."' then a line break: the closing quotation mark ends the sentence it
            # closes (the parser made it a sentence of its own, cut from the claim's text)
            starts[i] = -1
            changed = True
        elif "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not doc[i].is_space:
                starts[i] = 1
                changed = True
        elif prev.text in _OPEN_QUOTES or (prev.text in _CLOSE_QUOTES and starts[i - 1] == 1):
            # '“ It is over.”': a sentence never starts inside the quotation mark that opens it
            starts[i] = -1
            changed = True
        elif prev.text.endswith(".") and ((doc[i].text[:1].islower() and doc[i].is_alpha) or _abbreviation(doc, i - 1)):
            # "MyFoxHouston. com reported", "in the U.S. and abroad": a sentence never opens in lower
            # case; "Police Capt. John Smith", "Utica Ave. and": a title or address abbreviation ends none
            starts[i] = -1
            changed = True
        elif (prev.is_alpha or prev.like_num) and not doc[i].is_space and not prev.whitespace_.count("\n"):
            # "boss Vincent" / "updated 12/19/2005": a sentence never starts right after a word
            # with no punctuation between them (the parser splits so in long or noisy lines)
            starts[i] = -1
            changed = True
        elif prev.text in _CLOSE_QUOTES and i > 1 and doc[i - 2].text[-1:] in ".?!" \
                and _speech_tag(doc, i, bare=doc[i - 2].text[-1:] == "."):
            starts[i] = -1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts.view("uint64"))  # the same bits, as spaCy expects
    return doc


def _speech_tag(doc: Doc, i: int, bare: bool = False) -> bool:
    """doc[i:] opens a speech tag: a speech verb ("asked Smith"), or a pronoun or up to
    TAG_NAME_WORDS capitalised words (titles and their full stops allowed) before one. `bare`: the
    tag must also be all of the sentence ('"It is over." Smith said.'), since after a full stop
    'He said the vote ...' is a new sentence."""
    if doc[i].lower_ in TAG_VERBS:
        verb = i
    elif doc[i].lower_ in _PRONOUNS:
        verb = i + 1
    else:
        verb = i
        while verb < len(doc) and verb - i < TAG_NAME_WORDS and (
                doc[verb].text[:1].isupper() or _abbreviation(doc, verb) or doc[verb].text in ("'s", "\u2019s", "-")):
            verb += 1
        if verb == i:
            return False
    if verb >= len(doc) or doc[verb].lower_ not in TAG_VERBS:
        return False
    if not bare:
        return True
    if verb == i:  # "said Smith."
        verb += 1
        while verb < len(doc) and verb - i <= TAG_NAME_WORDS and doc[verb].text[:1].isupper():
            verb += 1
        verb -= 1
    end = verb + 1
    return end >= len(doc) or doc[end].text in (".", "\n") or doc[end].is_space


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
