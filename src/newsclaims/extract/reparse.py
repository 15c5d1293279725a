"""spaCy component `newsclaims_reparse`: a parse the small model gets wrong in a way news
writes every day, mended before anything reads it.

"Acme, a consumer group, called on the regulator to ...": the parser reads "a consumer group
called ..." as a reduced relative ("a group called Acme") and makes the name the root of a
sentence with no verb, so the sentence has no subject, no predicate and no demand. When the
root of a sentence is a noun with an apposition, and a finite past or present verb (tag VBD,
VBZ or VBP) hangs on it as `acl` right after the comma that closes the apposition, the verb is
the root and the noun its subject; what followed the verb under the noun moves to the verb.
A participle (VBN: "Acme, a group, founded in 1990") is left alone: it may well describe.

"urged the bank to compensate customers, offer free monitoring and publish an account": the
parser hangs "offer" on "urged", as if the group urged and then offered (so too "demanded that
the council freeze rents, extend ..."). A bare verb (VB, or VBP after a past or third-person verb)
with no subject or auxiliary of its own, coordinated with a verb that has a bare-verb complement
(xcomp or ccomp) before it, is a conjunct of that complement, tagged VB.

"urged residents to follow orders, to keep roads clear and to check on neighbours": the parser
reads ", to keep ..." as a purpose clause of "follow" (advcl). An infinitive (VB with its own
"to") set off by a comma, hung as `advcl` on an infinitive, is an item of a list when the
list goes on with "and/or to ...": a conjunct coordinated with it, itself with its own "to"
(so too each earlier ", to ..." item of that list). A lone ", to ..." stays a purpose clause
("lined the road, to greet the convoy").

"The union representing the workers called for severance pay.": the parser reads "the workers
called for ..." as a reduced relative and leaves the sentence without a verb (its root is
"union"). In a sentence of six tokens or more that ends in a full stop (not a headline), with a
noun as root and no finite verb or modal anywhere, a past form ("called": VBD, or VBN ending in
-ed) hung as `acl` on an object after the root, with no subject or auxiliary of its own but an
object or complement, is the root, and the old root its subject. A participle on the root
itself ("a union called Unite") describes.

"Talks will resume, the union's spokesman, Jo Bloggs, said.": the parser hangs "the union's
spokesman, Jo Bloggs" on "resume" as an object, and the speech verb at the end has no subject, so
what was said swallows who said it. A noun phrase set off by the comma after the content and
ending right before a final speech verb without a subject (one of `_CUE_FORMS`) is that verb's
subject.

"Ambulances were sent to other hospitals and routine surgery was postponed.": the parser reads
"hospitals and routine surgery" as one object, hangs the first clause on "postponed" as its
complement and leaves "postponed" without a subject. When a sentence's root verb has an
auxiliary but no subject, and the noun right before that auxiliary is a conjunct after "and"
inside a clause before the root that has a subject of its own, the noun is the root's subject and
the two clauses are coordinated (the first one is the root).

"A driver said to have been speeding was being questioned.", "The ship, said to be carrying
300 passengers, sank.": the parser makes "said" the root with the driver as its speaker and
the real verb its complement. When the root is one of `_HEARSAY` forms right before "to", with a
subject before it and an infinitive complement, and a later verb hangs on it (as a clause or a
conjunct) with no subject of its own but a word of time, that later verb is the root and the
subject is its own; the hearsay verb describes the subject (acl).

Runs after `parser`; does nothing in a pipeline without one.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .lexicon import TIME_WORDS

FINITE = frozenset(("VBD", "VBZ", "VBP"))
FINITE_OR_PARTICIPLE = FINITE | {"VBG", "VBN"}


def _misread_verb(root: Token) -> Token | None:
    """The finite verb hung on `root` as a relative clause after its apposition, if any."""
    if root.tag_ not in ("NNP", "NNPS", "NN", "NNS", "PRP"):
        return None
    kids = list(root.children)
    appos = [k for k in kids if k.dep_ == "appos" and k.i > root.i]
    if not appos:
        return None
    end = appos[0].right_edge.i
    for k in kids:
        if k.dep_ == "acl" and k.tag_ in FINITE and k.i == end + 2 and root.doc[end + 1].text == ",":
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in k.children):
                return k
    return None


def _verbless_root(sent: Span) -> Token | None:
    """The past form that is the verb of a sentence parsed without one (module docstring)."""
    root = sent.root
    if root.tag_ not in ("NN", "NNS", "NNP", "NNPS") or len(sent) < 6 or sent[-1].text != "." \
            or any(t.tag_ in FINITE or t.tag_ == "MD" for t in sent):
        return None
    for t in sent:
        if t.dep_ == "acl" and t.i > root.i and t.head.i != root.i and t.head.dep_ in ("dobj", "pobj") \
                and (t.tag_ == "VBD" or (t.tag_ == "VBN" and t.lower_.endswith("ed"))) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children) \
                and any(c.dep_ in ("prep", "dobj", "ccomp", "xcomp") for c in t.children):
            return t
    return None


#: past and present forms of speech verbs that close a sentence ("..., the spokesman, Jo Bloggs, said")
_CUE_FORMS = frozenset("""said says told tells added adds noted notes stated states explained explains warned
warns confirmed confirms announced announces insisted insists argued argues claimed claims wrote writes
reported reports""".split())
_NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))


def _stranded_speaker(sent: Span) -> Token | None:
    """The speaker the parser hung inside what was said, before a final speech verb that has no
    subject (module docstring)."""
    root = sent.root
    if root.lower_ not in _CUE_FORMS or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return None
    comp = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if comp is None:
        return None
    doc = sent.doc
    for t in comp.subtree:
        if t.i != comp.i and t.tag_ in _NOUN_TAGS and t.right_edge.i == root.i - 1 and t.left_edge.i > comp.i \
                and doc[t.left_edge.i - 1].text == ",":
            return t
    return None


def _conjoined_clause(sent: Span) -> tuple[Token, Token] | None:
    """(first clause's verb, the subject noun of the root) when the parser joined two clauses'
    nouns into one object (module docstring)."""
    root = sent.root
    if not root.tag_.startswith("VB") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
        return None
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    if not aux:
        return None
    doc = sent.doc
    first = aux[0]
    noun = next((t for t in doc[sent.start:first.i] if t.right_edge.i == first.i - 1 and t.dep_ == "conj"
                 and t.tag_ in _NOUN_TAGS), None)
    if noun is None or doc[noun.left_edge.i - 1].lower_ != "and":
        return None
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < noun.left_edge.i
                   and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    if clause is None or not clause.left_edge.i <= noun.i <= clause.right_edge.i:
        return None
    return clause, noun


#: verbs of hearsay that, as "X said to be ...", describe X ("believed to be in his 50s"); forms, not
#: lemmas (`lexicon.HEDGE_PASSIVES`): the repair runs before the lemmatizer
_HEARSAY = frozenset("said believed thought reported alleged rumoured rumored understood known".split())


def _hearsay_root(sent: Span) -> tuple[Token, Token] | None:
    """(the real verb, the subject) of a sentence whose root is a hearsay participle (module
    docstring)."""
    root = sent.root
    doc = sent.doc
    if root.lower_ not in _HEARSAY or root.i + 1 >= sent.end or doc[root.i + 1].lower_ != "to":
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    inf = next((c for c in root.children if c.dep_ == "xcomp" and c.i > root.i), None)
    if subj is None or inf is None:
        return None
    for v in root.children:
        if v.dep_ in ("ccomp", "conj") and v.i > inf.right_edge.i and v.tag_.startswith("VB") \
                and all(c.lower_ in TIME_WORDS for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")):
            return v, subj
    return None


def _subject_dep(verb: Token) -> str:
    """The dependency label of a subject given to `verb`: passive after a passive auxiliary."""
    return "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def _stray_conjuncts(sent: Span) -> list[tuple[Token, Token]]:
    """(conjunct, the bare verb it belongs to) pairs of `sent` (see the module docstring)."""
    out = []
    for tok in sent:
        head = tok.head
        if tok.dep_ != "conj" or head.i > tok.i or head.tag_ not in FINITE_OR_PARTICIPLE:
            continue
        if not (tok.tag_ == "VB" or (tok.tag_ == "VBP" and head.tag_ in ("VBD", "VBZ"))):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
            continue
        comps = [c for c in head.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" and c.i < tok.i]
        if comps:
            out.append((tok, comps[-1]))
    return out


def _to_infinitive(tok: Token) -> bool:
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _listed_infinitives(sent: Span) -> list[Token]:
    """", to <verb>" clauses of `sent` that are items of an infinitive list (module docstring),
    in order: each is re-hung as a conjunct of the infinitive it was a purpose clause of."""
    out: list[Token] = []
    for tok in sent:
        if tok.dep_ != "advcl" or not _to_infinitive(tok) or not _to_infinitive(tok.head) or tok.head.i > tok.i:
            continue
        first = tok.left_edge.i
        if first == 0 or tok.doc[first - 1].text != ",":
            continue
        item = tok
        while True:  # ", to B, to C and to D": the item whose conjunct closes the list
            nxt = [c for c in item.children if c.dep_ in ("conj", "advcl") and _to_infinitive(c) and c.i > item.i]
            if not nxt:
                break
            if nxt[0].dep_ == "conj":
                out.append(tok)
                break
            item = nxt[0]
    return out


def mend(sent: Span) -> bool:
    """Mend `sent` in place; whether anything changed."""
    listed = _listed_infinitives(sent)
    for tok in listed:
        tok.dep_ = "conj"
    stray = _stray_conjuncts(sent)
    for conj, comp in stray:
        conj.head = comp
        conj.tag_ = "VB"
    speaker = _stranded_speaker(sent)
    if speaker is not None:
        speaker.head = sent.root
        speaker.dep_ = "nsubj"
    hearsay = _hearsay_root(sent)
    if hearsay is not None:
        verb, subj = hearsay
        root = sent.root
        for c in list(verb.children):
            if c.dep_ in ("nsubj", "nsubjpass"):
                c.dep_ = "npadvmod"  # "was yesterday being questioned": the day, not the subject
            if c.dep_ in ("aux", "auxpass"):
                for g in list(c.children):
                    if g.lower_ in TIME_WORDS:  # (or hung on the auxiliary)
                        g.head, g.dep_ = verb, "npadvmod"
        for c in list(root.children):
            if c.dep_ in ("punct", "cc") and c.i > verb.i:
                c.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        subj.head, subj.dep_ = verb, _subject_dep(verb)
        root.head, root.dep_, root.tag_ = subj, "acl", "VBN"
        return True
    joined = _conjoined_clause(sent)
    if joined is not None:
        clause, noun = joined
        root = sent.root
        cc = sent.doc[noun.left_edge.i - 1]
        clause.head, clause.dep_ = clause, "ROOT"
        root.head, root.dep_ = clause, "conj"
        cc.head = clause
        noun.head, noun.dep_ = root, _subject_dep(root)
        for c in list(root.children):
            if c.dep_ == "punct" and c.i > root.i:
                c.head = clause
        return True
    root = sent.root
    verb = _misread_verb(root)
    if verb is None:
        verb = _verbless_root(sent)
        if verb is not None:
            verb.tag_ = "VBD"
    if verb is None:
        return bool(stray or listed or speaker is not None)
    verb.head = verb
    verb.dep_ = "ROOT"
    for c in list(root.children):
        if c.i > verb.i:
            c.head = verb
    root.head = verb
    root.dep_ = "nsubj"
    return True


@Language.component("newsclaims_reparse")
def reparse(doc: Doc) -> Doc:
    if doc.has_annotation("DEP"):
        for sent in list(doc.sents):
            mend(sent)
    return doc


def add_reparse(nlp: Language) -> None:
    if "parser" in nlp.pipe_names and "newsclaims_reparse" not in nlp.pipe_names:
        nlp.add_pipe("newsclaims_reparse", after="parser")
