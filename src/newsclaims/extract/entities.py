"""Actors and regions of an article, with names canonical within the article.

`build_entities(analysis)` reads the spaCy entities (the gazetteer ruler runs before `ner`, so
places and well-known organisations carry a canonical `ent_id_`) and the parse, and finds:

- people: titles ("President", "Chancellor", "Mr" ...), nationality adjectives and possessive 's
  are stripped; a surname alone maps to the longest full name of the article ending with it;
  spelling variants of a surname (Zelenskiy / Zelenskyy) are unified by rapidfuzz when the first
  names agree or one is absent; "the Russian leader" / "the president" resolve to the latest person
  seen with that title (and nationality).
- organisations and places: gazetteer canonical names (Kiev -> Kyiv, U.S. -> United States);
  other names minus "the" and 's; an acronym maps to a longer name of the article with those initials.
- groups and anonymous sources ("three sources close to the Kremlin", "a senior official", "Russian
  officials", "media"): noun phrases headed by a source/official/leader/government/... noun,
  kept as written minus determiners, when they are the subject or agent of a clause or follow
  "according to". "Western leaders/powers/allies/nations..." -> "the West".
- regional descriptors: compass adjective + place or demonym + region noun ("eastern Ukraine",
  "eastern Ukrainian regions" -> "Eastern Ukraine"), demonym + polity noun ("Eastern European
  states", "former Soviet republics").

Actor or region: people, organisations, groups and blocs are actors. A place (or group of states)
that acts somewhere in the article (subject, passive agent, "according to", possessor of an
agentive noun such as "Russia's demands", object of a control verb "urging Russia to ...") is an
actor; its locative mentions ("in Kyiv") are regions. A place that never acts is a region.

Limits: heuristics over the small model's parse; coreference beyond titles and pronouns
(`resolve_pronoun`) is not attempted; on a blank pipeline (no parse) places are regions.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from ..models import Entity
from ..parse.metadata import dateline_place
from .gazetteer import demonym_place, kind_of, lookup
from .headline import lemma_index, title_cased, trim_entity, verb_form
from .lexicon import DESCRIPTOR_NOUNS, OPENING_ADVERBS, ORG_NAME_WORDS, PERSON_DESCRIPTORS, PLACE_NAME_WORDS

# ---------------------------------------------------------------- lexicons (general English)
TITLES = frozenset("""
president vice prime minister chancellor premier secretary director general mr mrs ms miss dr sir dame lord lady
king queen prince princess emperor pope sheikh emir ayatollah senator sen rep representative governor mayor judge
justice ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair chief ceo head leader commander
foreign defence defense interior finance deputy acting former late lt col gen adm sgt cpt capt colonel lieutenant
admiral sergeant captain professor prof rev reverend father bishop cardinal archbishop minister-president state
""".split())
LEADER_TITLES = frozenset("president prime premier chancellor king queen leader emperor emir".split())
#: heads of noun phrases that denote people who speak or act as a group or anonymous source
GROUP_HEADS = frozenset("""
source official insider diplomat leader government power ally capital analyst expert observer critic lawmaker
legislator negotiator envoy aide adviser advisor minister media authority people person
""".split())
#: group heads too vague unless post-modified ("people familiar with the matter")
VAGUE_HEADS = frozenset("people person".split())
#: group heads that are institutions: actors in any role when they carry a place adjective
INSTITUTION_HEADS = frozenset("government capital".split())
#: vague quantifiers dropped from the front of a group name ("some European countries")
VAGUE = frozenset("some many most several certain various".split())
#: verbs whose subject is not an agent ("Georgia would become a member")
COPULAS = frozenset("be become remain seem appear stay".split())
#: verbs of wanting: the subject of their complement clause is wanted, not acting ("wants Kyiv to yield")
DESIRE_VERBS = frozenset("want wish need expect demand require prefer like".split())
#: the phrase modifiers of a noun, left of it
MOD_DEPS = frozenset("det amod compound nummod nmod poss quantmod npadvmod advmod predet".split())
#: heads of noun phrases that denote groups of states or territory (regional descriptors)
STATE_HEADS = frozenset("state nation country republic".split())
TERRITORY_HEADS = frozenset("region territory province area land oblast".split())
#: with "Western": the West
WEST_HEADS = frozenset("power leader ally nation country state government official diplomat capital democracy".split())
#: adjectives that make a bare group phrase specific ("senior officials", "unnamed sources")
SOURCE_ADJ = frozenset("senior unnamed anonymous high-level top-level official knowledgeable informed".split())
GENERIC_DET = frozenset("any every no each such".split())
COMPASS = {
    "eastern": "Eastern", "western": "Western", "northern": "Northern", "southern": "Southern",
    "central": "Central", "northeastern": "Northeastern", "northwestern": "Northwestern",
    "southeastern": "Southeastern", "southwestern": "Southwestern", "north-eastern": "North-eastern",
    "north-western": "North-western", "south-eastern": "South-eastern", "south-western": "South-western",
}
#: possessed nouns that make the possessor an agent ("Russia's demands")
AGENTIVE_NOUNS = frozenset("""
demand condition term position stance decision desire belief view claim call offer response approach refusal
proposal plan strategy attack invasion aggression opposition government administration military army force troop
leader president minister official spokesman spokesperson use action effort commitment insistence warning threat
ultimatum support rejection push bid move intention goal aim ambition aspiration insistence statement
announcement request pledge promise argument accusation denial objection veto policy campaign offensive
ministry department parliament court embassy navy police regime cabinet spokesman negotiator envoy diplomat
""".split())
#: verbs whose object is asked to act ("urging Russia to reciprocate")
INFLUENCE_VERBS = frozenset("urge encourage ask press push persuade pressure invite tell call order instruct".split())
#: verbs of motion: their "to"/"from" objects are places, not partners ("flew to Kyiv")
MOTION_VERBS = frozenset("""
go fly travel return move send deploy come head flee drive sail march withdraw retreat evacuate relocate
export ship bring take arrive transfer
""".split())
LOCATIVE_PREPS = frozenset("in into inside within across throughout near around at outside toward towards onto over".split())
PERSON_PRONOUNS = frozenset("he him his she her hers".split())
THING_PRONOUNS = frozenset("it its they them their".split())

ACTOR_CLASSES = frozenset({"person", "org", "group", "bloc"})
#: gazetteer kinds whose names are also surnames often enough that the model's PERSON is trusted
NAME_KINDS = frozenset({"city", "subdivision", "state"})


@dataclass
class _Mention:
    start: int          # article offsets
    end: int
    text: str
    name: str
    label: str
    cls: str            # person | org | place | group | bloc | descriptor
    role: str = "other"  # agent | locative | other
    kind: str = ""      # actor | region (decided at the end)
    info: dict = field(default_factory=dict)


# ---------------------------------------------------------------- small helpers
def _strip_poss(text: str) -> str:
    return re.sub(r"['’]s?$", "", text.strip()).rstrip()  # (a leading \s* would be quadratic in a run of spaces)


def _clean_name(text: str) -> str:
    text = _strip_poss(text)
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _is_place_kind(kind: str | None) -> bool:
    return kind in {"country", "state", "subdivision", "city", "place", "region", "continent"}


def _climb(tok: Token) -> Token:
    """The head a coordinated or appositive token shares its role with."""
    seen = 0
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i and seen < 10:
        tok = tok.head
        seen += 1
    return tok


def _role(tok: Token) -> str:
    """agent | locative | other for the head token of a mention (see module docstring)."""
    t = _climb(tok)
    dep, head = t.dep_, t.head
    if dep in ("nsubj", "csubj"):
        if head.lemma_ in COPULAS or (head.dep_ in ("ccomp", "xcomp") and head.head.lemma_ in DESIRE_VERBS
                                      and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)):
            return "other"
        if head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
            return "other"  # "Moldova excluded from ..." (a small clause, not an agent)
        return "agent"
    if dep == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        return "agent"
    if dep == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return "agent"
    if dep == "poss" and head.lemma_.lower() in AGENTIVE_NOUNS:
        return "agent"
    if dep == "dobj" and head.lemma_ in INFLUENCE_VERBS and any(
            c.dep_ == "xcomp" and c.i > t.i and c.lemma_ not in COPULAS and c.tag_ != "VBN" for c in head.children):
        return "agent"  # "urging Russia to reciprocate"
    if dep in ("compound", "nmod") and head.lower_.rstrip(".") in TITLES:
        return "agent"  # "U.S. President Joe Biden": the country acts through its officer
    if dep == "pobj" and head.lower_ in LOCATIVE_PREPS:
        return "locative"
    if dep == "pobj" and head.lower_ in ("to", "from") and head.head.lemma_ in MOTION_VERBS:
        return "locative"
    return "other"


# ---------------------------------------------------------------- the index
@dataclass
class EntityIndex:
    """Mentions of actors and regions in one article (offsets into `Article.text`)."""

    mentions: list[Entity] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)      # "actor" | "region", parallel to mentions
    classes: list[str] = field(default_factory=list)    # person | org | place | group | bloc | descriptor
    genders: dict[str, str] = field(default_factory=dict)  # canonical person name -> female | male
    aliases: dict[str, str] = field(default_factory=dict)  # lower-case text as written -> canonical

    def within(self, start: int, end: int) -> tuple[list[Entity], list[Entity]]:
        """(actors, regions) mentioned inside [start, end), one per canonical name, in order."""
        actors: dict[str, Entity] = {}
        regions: dict[str, Entity] = {}
        for i in self._starting(start, end):
            m, k = self.mentions[i], self.kinds[i]
            if m.start >= start and m.end <= end:
                (actors if k == "actor" else regions).setdefault(m.name, m)
        return list(actors.values()), list(regions.values())

    def canonical(self, text: str) -> str:
        """The canonical name for a name or description as written (itself if unknown)."""
        key = _clean_name(text).lower()
        if key in self.aliases:
            return self.aliases[key]
        r = lookup(text)
        if r is not None:
            return r["id"]
        last = key.split()[-1] if key.split() else key
        for m, c in zip(self.mentions, self.classes):
            if c == "person" and m.name.lower().split()[-1:] == [last]:
                return m.name
        return _clean_name(text)

    def at(self, start: int, end: int) -> Entity | None:
        """The mention overlapping [start, end) most, an actor before a region (None if none)."""
        return self._best(start, end, actors_only=False)

    def actor_at(self, start: int, end: int) -> Entity | None:
        """The actor mention overlapping [start, end) most (None if none: e.g. only regions)."""
        return self._best(start, end, actors_only=True)

    def is_actor(self, entity: Entity) -> bool:
        """Whether this mention (by span and name) is an actor mention of the index."""
        return any(m.start == entity.start and m.end == entity.end and m.name == entity.name and k == "actor"
                   for m, k in zip(self.mentions, self.kinds))

    def _best(self, start: int, end: int, actors_only: bool) -> Entity | None:
        best, best_key = None, None
        for i in self._starting(start - self._longest(), end):
            m, k = self.mentions[i], self.kinds[i]
            ov = min(end, m.end) - max(start, m.start)
            if ov <= 0 or (actors_only and k != "actor"):
                continue
            key = (k == "actor", ov, m.end - m.start, -m.start)
            if best_key is None or key > best_key:
                best, best_key = m, key
        return best

    def _sorted(self) -> tuple[list[int], list[int], int]:
        """(mention indices by start, their starts, longest mention), rebuilt if mentions changed."""
        cache = self.__dict__.get("_by_start")
        if cache is None or cache[0] != len(self.mentions):
            order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
            starts = [self.mentions[i].start for i in order]
            longest = max((m.end - m.start for m in self.mentions), default=0)
            cache = self.__dict__["_by_start"] = (len(self.mentions), order, starts, longest)
        return cache[1], cache[2], cache[3]

    def _longest(self) -> int:
        return self._sorted()[2]

    def _starting(self, lo: int, hi: int) -> list[int]:
        """Indices (in list order) of the mentions starting in [lo, hi): a binary search, so a
        lookup per claim or quote stays cheap on articles with thousands of mentions."""
        order, starts, _ = self._sorted()
        return sorted(order[bisect_left(starts, lo):bisect_left(starts, hi)])

    def resolve_pronoun(self, pos: int, person: bool = True, gender: str | None = None) -> Entity | None:
        """The nearest named actor before `pos`: a person for he/she, else an organisation, group or
        acting place (it/they). With `gender` ("female"/"male", from the pronoun), a person whose
        gender is known otherwise (given name or title, see `person_gender`) is passed over."""
        order, ends = self._by_end(person)
        j = bisect_right(ends, pos) - 1  # walk back from the latest end <= pos (binary search)
        while j >= 0:
            m = self.mentions[order[j]]
            g = self.genders.get(m.name) if person and gender else None
            if g is None or g == gender:
                return m
            j -= 1
        return None

    def _by_end(self, person: bool) -> tuple[list[int], list[int]]:
        """Indices of the mentions a pronoun may refer to, by end (ties: list order last), and their ends."""
        key = "_ends_person" if person else "_ends_other"
        cache = self.__dict__.get(key)
        if cache is None or cache[0] != len(self.mentions):
            ok = [i for i, (k, c) in enumerate(zip(self.kinds, self.classes))
                  if (c == "person" if person else (c in ("org", "group", "bloc") or (c == "place" and k == "actor")))]
            ok.sort(key=lambda i: (self.mentions[i].end, -i))
            cache = self.__dict__[key] = (len(self.mentions), ok, [self.mentions[i].end for i in ok])
        return cache[1], cache[2]


# ---------------------------------------------------------------- building
def build_entities(analysis) -> EntityIndex:
    """All actor and region mentions of the analysed article (see the module docstring)."""
    raw: list[_Mention] = []
    for base, doc in analysis.segments:
        raw.extend(_from_doc(base, doc))
    raw.sort(key=lambda m: (m.start, -(m.end - m.start)))
    raw = _drop_overlaps(raw)
    raw = _not_the_outlet(raw, analysis.article.outlet)
    lower = _lower_case_words(analysis.article.text)
    raw = _headline_names(raw, analysis, lower)
    raw = _sentence_initial_common_words(raw, analysis.article.text, lower)
    raw = _listed_places(raw, analysis)
    raw = _repeated_names(raw, analysis)
    _consistent_places(raw, _dateline_places(analysis.article))
    _canonical_people(raw)
    _canonical_orgs(raw)
    _canonical_groups(raw)
    _decide_kinds(raw)
    idx = EntityIndex()
    for m in raw:
        idx.mentions.append(Entity(name=m.name, text=m.text, start=m.start, end=m.end, label=m.label))
        idx.kinds.append(m.kind)
        idx.classes.append(m.cls)
        idx.aliases.setdefault(_clean_name(m.text).lower(), m.name)
        if m.cls == "person" and m.name not in idx.genders:
            g = person_gender(m.name, m.info.get("titles") or ())
            if g:
                idx.genders[m.name] = g
    return idx


def _not_the_outlet(raw: list[_Mention], outlet: str | None) -> list[_Mention]:
    """Mentions of the article's own outlet are no actor or place of what it reports ("a port
    official told the Valley Post": the telling's audience is the paper itself)."""
    key = outlet_key(outlet)
    return [m for m in raw if outlet_key(m.text) != key] if key else raw


def outlet_key(name: str | None) -> str:
    """An outlet's name in lower case without a leading "the" ("The Valley Post": "valley post")."""
    words = (name or "").lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


_NAME_WORD = re.compile(r"[^\W_][\w.'’&-]*")


def _name_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-case word without a possessive) of each word of a name."""
    out = []
    for m in _NAME_WORD.finditer(text):
        w = m.group().lower()
        w = re.sub(r"['’]s$", "", w).rstrip(".'’")
        if w:
            out.append((m.start(), m.end(), w))
    return out


def _lower_case_words(text: str) -> frozenset[str]:
    """The words an article writes in lower case, whole ("first-half") and in their parts
    ("first", "half"): a capitalised one of them is a common word at a sentence's start or in a
    title-cased headline, not a name."""
    return frozenset(re.findall(r"\b[a-z][a-z'’-]+\b", text)) | frozenset(re.findall(r"\b[a-z]+\b", text))


def _headline_names(raw: list[_Mention], analysis, common: frozenset[str]) -> list[_Mention]:
    """In a title-cased headline every long word is capitalised, so the recogniser runs names over
    verbs and common nouns ("Hawks Beat Rams", "Jane Doe Check", "Paintings Stolen"). A
    person or organisation named there is read against the names the article gives outside its
    title-cased headlines: when some of its words are such a name, it keeps those runs only
    ("Hawks", "Rams"; a single word the article also writes in lower case, "Church", is none);
    when none are, it is dropped if a word of it is one the article writes in lower case or a
    verb form ("Protests Erupt After Verdict"), and kept otherwise ("Vladimir Putin" named in the
    headline only). Places and gazetteer names are kept; an article that names no one outside
    its headlines is left as it is. Limits: a headline-only name of common words ("Bright Star
    Trust") is dropped."""
    art = analysis.article
    titles = [p for p in art.paragraphs if p.kind == "title" and title_cased(p.text.split())]
    if not titles:
        return raw

    def in_title(m: _Mention) -> bool:
        return any(p.start <= m.start and m.end <= p.end for p in titles)

    known: set[tuple[str, ...]] = set()  # every run of words of a name given outside the headlines
    for m in raw:
        if m.cls in ("person", "org", "place", "bloc") and not in_title(m):
            ws = tuple(w for _, _, w in _name_words(m.text))
            known.update(ws[i:j] for i in range(len(ws)) for j in range(i + 1, len(ws) + 1))
    if not known:
        return raw
    out = []
    for m in raw:
        if m.cls not in ("person", "org") or not in_title(m) or lookup(m.text) is not None:
            out.append(m)
            continue
        words = _name_words(m.text)
        runs = _known_runs([w for _, _, w in words], known)
        if runs == [(0, len(words))]:
            if not (len(words) == 1 and words[0][2] in common):
                out.append(m)
        elif not runs:
            if not any(w in common or verb_form(m.text[x:y], True) for x, y, w in words):
                out.append(m)
        for i, j in runs:
            if runs == [(0, len(words))] or (j == i + 1 and words[i][2] in common):
                continue
            x, y = words[i][0], words[j - 1][1]
            out.append(_Mention(m.start + x, m.start + y, m.text[x:y], _clean_name(m.text[x:y]), m.label, m.cls,
                                m.role, info=dict(m.info)))
    return out


def _sentence_initial_common_words(raw: list[_Mention], text: str, lower: frozenset[str]) -> list[_Mention]:
    """A one-word "name" that opens a sentence, which the article also writes in lower case and
    never capitalised inside a sentence, and that is no word of a longer name in it ("Arson
    suspected in church fire", later "arson"), is a common word the recogniser took for a name;
    "Page died" stays when the article names "Rita Page", "Parliament has 90 seats" when it
    writes "told Parliament". Gazetteer names are kept."""
    long_words = {w for m in raw if m.cls in ("person", "org") for w in _NAME_WORD.findall(m.text) if len(m.text.split()) > 1}
    out = []
    for m in raw:
        if m.cls in ("person", "org") and " " not in m.text and m.text.isalpha() and m.text[:1].isupper() \
                and not m.text.isupper() and m.text not in long_words and lookup(m.text) is None \
                and _opens_sentence(text, m.start) and m.text.lower() in lower \
                and not any(not _opens_sentence(text, x.start()) for x in re.finditer(rf"\b{m.text}\b", text)):
            continue
        out.append(m)
    return out


#: nouns of places, whose named members are places ("the villages of A, B and C", "three
#: provinces: A, B and C", "the province of A")
PLACE_NOUNS = frozenset("""village town city province region county district state country island
municipality department prefecture oblast governorate commune parish borough township canton
suburb neighbourhood neighborhood port harbour harbor""".split())
_NAME = r"[A-Z][\w-]*(?:[ \t]+(?:(?:de|del|la|le|of)[ \t]+)?[A-Z][\w-]*)*(?!['’\w])"
_PLACE_PLURALS = {re.sub(r"([^aeiou])y$", r"\1ie", n) + ("es" if n.endswith("sh") else "s") for n in PLACE_NOUNS}
_LISTED_PLACES = re.compile(
    r"\b(?P<noun>(?:" + "|".join(sorted(PLACE_NOUNS | _PLACE_PLURALS)) + r"))(?:[ \t]+of[ \t]+|[ \t]*:[ \t]*)(?P<list>(?:the[ \t]+)?" + _NAME + r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?(?:the[ \t]+)?"
    + _NAME + r")*(?:,?[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?" + _NAME + r")?)")
#: nouns whose "of" names a place, one name each: "the mayor of Arvel", "residents of Arvel",
#: "the outskirts of Arvel"; the mayor in "Arvel's mayor" (a mayor's is always a town's); and a
#: compass word before a name ("western Arvel")
PLACE_OF_NOUNS = frozenset("mayor mayors mayoress residents inhabitants townspeople outskirts streets".split())
#: lower-case nouns of places after which the name before them is one ("off Varno island", "the
#: Tessa river": a capitalised "Varno Island" is a name the recogniser reads whole)
NAMED_PLACE_NOUNS = frozenset("island islands river lake valley bay peninsula province county district region".split())
#: nouns of sites whose "in <name>" is a place ("its plant in Brisk", "a factory near Ardel")
SITE_NOUNS = frozenset("plant plants factory factories mine mines warehouse depot refinery mill".split())
_PLACE_OF = re.compile(r"\b(?i:" + "|".join(sorted(PLACE_OF_NOUNS)) + r")[ \t]+of[ \t]+(?:the[ \t]+)?(?P<name>"
                       + _NAME + r")|\b(?P<owner>[A-Z][\w-]*)['’]s?[ \t]+(?:(?:former|deputy|new|acting|longtime|"
                       r"long-serving)[ \t]+)?(?i:mayor)\b"
                       r"|\b(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)[ \t]+(?P<area>"
                       + _NAME + r")"  # "in western Arvel": a part of a place (lower case: not "Central Bank")
                       r"|\b(?P<named>[A-Z][\w-]*)[ \t]+(?:" + "|".join(sorted(NAMED_PLACE_NOUNS)) + r")\b"
                       r"|\b(?:" + "|".join(sorted(SITE_NOUNS)) + r")[ \t]+(?:in|at|near)[ \t]+(?P<site>[A-Z][\w-]*)"
                       r"|\b(?:spread|spreading|moved|moving|headed|heading|advanced|advancing|crept|creeping)[ \t]+"
                       r"(?:toward|towards)[ \t]+(?:the[ \t]+town[ \t]+of[ \t]+)?(?P<toward>[A-Z][\w-]*)(?![\w'’-])")
_LIST_SEP = re.compile(r",|\b(?:and|or)\b")  # (names hold no lower-case "and": a split is linear)


def _listed_places(raw: list[_Mention], analysis) -> list[_Mention]:
    """The names listed after a noun of places ("the villages of Varnetu, Oblesti and Brastova",
    "three counties: Marvel, Dunsby and Tolleck", "the province of Arvel") are places, whatever
    the recogniser labelled them (organisations, people) or missed: each becomes a place mention
    where it is written. So is the one-word name of a place an office or its people belong to
    (`PLACE_OF_NOUNS`: "the former mayor of Arvel", "Arvel's mayor", "residents of Arvel") or
    of which a compass word names a part ("western Arvel", "south-eastern Arvel"), or which a
    lower-case noun of places follows (`NAMED_PLACE_NOUNS`: "off Varno island"), or that a site is
    in (`SITE_NOUNS`: "its plant in Brisk"), or that something spreads or moves toward ("the fire
    spread toward Carvel", "flames crept towards Carvel"), unless it
    is a given name or the last word of a longer name (`_places_of`). Gazetteer names, and names
    opening with a title ("the city of Mayor Jane Roe"), keep their own reading. Limit: a list
    running on into a name that is not a place
    ("the towns of Arvel and Dunsby Mayor Jane Roe") takes it in."""
    text = analysis.article.text
    spans = [(base, base + len(doc.text)) for base, doc in analysis.segments]
    add: list[_Mention] = []
    for m in _LISTED_PLACES.finditer(text):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):
            continue
        pos = m.start("list")
        parts = [p.strip() for p in _LIST_SEP.split(m.group("list")) if p.strip()]
        if ":" in text[m.end("noun"):pos] and len(parts) < 2:
            continue  # "the Arctic region: For example ...": after a colon, only a list of names
        for part in parts:
            k = text.find(part, pos)
            if k < 0:
                continue
            pos = k + len(part)
            name = re.sub(r"^the\s+", "", part)
            start = k + len(part) - len(name)
            if lookup(name) is not None or name.split()[0].lower().rstrip(".") in TITLES:
                continue  # the gazetteer's own reading stays (a place, or an organisation)
            add.append(_Mention(start, start + len(name), name, name, "GPE", "place", role="locative"))
    add += _places_of(text, analysis, raw)
    if not add:
        return raw
    covered = _Spans([(x.start, x.end) for x in add])
    keep = [x for x in raw if not (x.cls in ("person", "org", "place") and lookup(x.text) is None
                                   and covered.overlaps(x.start, x.end))]
    return sorted(keep + add, key=lambda x: (x.start, -(x.end - x.start)))


_NAME_GOES_ON = re.compile(r"[ \t]*\w*['’]|[ \t]+[A-Z]")  # a possessive or another capitalised word


class _Spans:
    """Character spans of names, for overlap queries in logarithmic time (a name is never longer
    than _Spans.LONGEST characters, so only spans starting that far back can overlap)."""
    LONGEST = 400

    def __init__(self, spans: list[tuple[int, int]], items: list | None = None):
        order = sorted(range(len(spans)), key=lambda k: spans[k])
        self.spans = [spans[k] for k in order]
        self.items = [items[k] for k in order] if items is not None else None
        self.starts = [a for a, _ in self.spans]

    def overlapping(self, start: int, end: int) -> list[int]:
        lo = bisect_left(self.starts, start - self.LONGEST)
        hi = bisect_left(self.starts, end)
        return [k for k in range(lo, hi) if self.spans[k][1] > start]

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.overlapping(start, end))


def _places_of(text: str, analysis, raw: list[_Mention]) -> list[_Mention]:
    """Place mentions for the one-word names `_PLACE_OF` finds (see `_listed_places`). Skipped:
    a name of more words, or the last word of one ("New Arvel's", "of New York's"), a gazetteer
    name, a title or given name, text outside the analysed segments, a word the tagger reads as
    an adjective or nationality ("southern Iranian island", "central Asian"), and a name the
    recogniser already reads as no person or organisation ("eastern Ukrainian regions")."""
    out = []
    mentions = _Spans([(x.start, x.end) for x in raw], raw)
    segs = sorted(((base, doc, [t.idx for t in doc], len(doc.text)) for base, doc in analysis.segments),
                  key=lambda x: x[0])
    bases = [x[0] for x in segs]
    for m in _PLACE_OF.finditer(text):
        g = next(k for k in ("name", "owner", "area", "named", "site", "toward") if m.group(k))
        name, start = m.group(g), m.start(g)
        end = start + len(name)
        tok = _token_at(segs, bases, start)
        before = re.search(r"(\w[\w-]*)[ \t]+$", text[max(0, start - 40):start])
        if tok is None or tok.tag_ == "JJ" or tok.ent_type_ == "NORP" or tok.is_stop or " " in name \
                or lookup(name) is not None or name.lower().rstrip(".") in TITLES or is_given_name(name) \
                or (before is not None and before.group(1)[0].isupper()) \
                or (g != "owner" and _NAME_GOES_ON.match(text, end)) \
                or any(mentions.items[k].cls not in ("person", "org") for k in mentions.overlapping(start, end)):
            continue
        out.append(_Mention(start, end, name, name, "GPE", "place", role="locative"))
    return out


def _token_at(segs: list, bases: list[int], start: int):
    """The token of the analysed segments (`segs`: (offset, Doc, token offsets, length) in text order;
    `bases`: their offsets) at article offset `start`, else None."""
    k = bisect_right(bases, start) - 1
    if k < 0:
        return None
    base, doc, idxs, size = segs[k]
    if start >= base + size:
        return None
    i = bisect_right(idxs, start - base) - 1  # the token that holds the character
    return doc[i] if i >= 0 else None


def _dateline_places(art) -> list[str]:
    """The one-word place of the dateline opening the article's first body paragraph, in the
    article's spelling ("OSLAVIK, Jan 12 (Reuters) -" -> "Oslavik"), as a list of none or one."""
    first = next((p for p in art.paragraphs if p.kind == "body"), None)
    place = dateline_place(first.text) if first is not None else None
    return [place.title()] if place and place.isalpha() else []


def _consistent_places(raw: list[_Mention], datelines: list[str] = ()) -> None:
    """A one-word name that the article gives as a place where a place is written ("Dock workers
    in Valdren", "the port of Valdren", the dateline "VALDREN, May 2 -": `datelines`) at least as
    often as the recogniser labels it a person or an organisation is that place everywhere ("the
    strike is the first at Valdren"), unless it is a given name, a word of a longer person's name
    of the article ("Jordan" beside "Ana Jordan"), or known to the gazetteer. One article, one
    reading of a name; the majority guards against the recogniser's opposite error (a person's
    surname labelled a place in one sentence)."""
    places: dict[str, list[_Mention]] = {}
    for m in raw:
        if m.cls == "place" and m.label in ("GPE", "LOC") and " " not in m.text and m.role == "locative":
            places.setdefault(m.text, []).append(m)
    for name in datelines:
        places.setdefault(name, []).append(_Mention(-1, -1, name, name, "GPE", "place", role="locative"))
    if not places:
        return
    name_words = {w for m in raw if m.cls == "person" and " " in m.name for w in m.name.split()}
    others = [m for m in raw if m.cls in ("person", "org") and m.text in places]
    votes: dict[str, int] = {}
    for m in others:
        votes[m.text] = votes.get(m.text, 0) + 1
    for m in others:
        p = places[m.text]
        if votes[m.text] > len(p) or m.text in name_words or is_given_name(m.text) or lookup(m.text) is not None:
            continue
        m.cls, m.label, m.name = "place", p[0].label, p[0].name
        if m.role == "other":
            m.role = "locative"


def _opens_sentence(text: str, pos: int) -> bool:
    """Is `pos` the first word of a line or of a sentence (after ". ", "! ", "? ", a quote)?"""
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'“‘":
        k -= 1
    return k < 0 or text[k] in "\n.!?:"


def _known_runs(words: list[str], known: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Maximal runs (i, j) of `words` that are in `known`, left to right, longest first."""
    runs, i = [], 0
    while i < len(words):
        j = len(words)
        while j > i and tuple(words[i:j]) not in known:
            j -= 1
        if j > i:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


TITLE_GENDER = {
    **dict.fromkeys("mr sir lord king prince duke father brother mister monsieur herr senor señor".split(), "male"),
    **dict.fromkeys("mrs ms miss madam madame dame lady queen princess duchess sister mother frau senora señora".split(), "female"),
}


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    path = Path(__file__).resolve().parent.parent / "data" / "given_names.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {**dict.fromkeys(data.get("male", []), "male"), **dict.fromkeys(data.get("female", []), "female")}


def is_given_name(word: str) -> bool:
    """`word` is a given name of the census lists (clearly gendered ones only, see `person_gender`)."""
    return word.lower() in _given_names()


def person_gender(name: str, titles=()) -> str | None:
    """'female' / 'male' from a gendered title (Mrs, Sir, Queen, ...) or a clearly gendered given
    name (census lists, `tools/build_given_names.py`); None when unknown or ambiguous."""
    for t in titles:
        if t in TITLE_GENDER:
            return TITLE_GENDER[t]
    first = name.split()[0].lower() if len(name.split()) > 1 else ""
    return _given_names().get(first)


def _mk(base: int, span: Span, name: str, label: str, cls: str, **info) -> _Mention:
    """A mention of `span`, trimmed to one line (the model may run an entity over a line break
    into blanked non-content text)."""
    text = span.text.split("\n", 1)[0].rstrip()
    lead = len(text) - len(text.lstrip())
    start = base + span.start_char + lead
    return _Mention(start, start + len(text) - lead, text[lead:], name, label, cls, info=info)


def _from_doc(base: int, doc: Doc) -> list[_Mention]:
    parsed = doc.has_annotation("DEP")
    out: list[_Mention] = []
    in_ent: set[int] = set()
    covered = -1  # the end of a name extended over the next entity ("[St Aldwin's] [Hospital]")
    for ent in doc.ents:
        if ent.end <= covered:
            continue
        # "Jane Doe Dies at 91": the verb is not part of the name; "[St Aldwin's] Hospital" is one name
        ent = _with_possessed_name(_without_opening_adverb(trim_entity(ent)))
        covered = ent.end
        in_ent.update(range(ent.start, ent.end))
        m = _from_ent(base, ent)
        if m is None:
            continue
        if m.cls == "place" and parsed:
            m = _with_compass(base, doc, ent, m)
        if parsed:
            m.role = _role(m.info.pop("root", ent.root))
        m.info.pop("root", None)
        out.append(m)
    # gazetteer places inside other names ("the Berlin Wall", "NATO Bucharest Summit")
    for tok in doc:
        if tok.is_alpha and tok.text[:1].isupper() and (tok.i not in in_ent or tok.ent_type_ in ("FAC", "EVENT", "LAW", "ORG")):
            r = lookup(tok.text)
            if r and r["kind"] in ("city", "country", "place") and r["pattern"] == tok.text:
                out.append(_Mention(base + tok.idx, base + tok.idx + len(tok), tok.text, r["id"], "GPE", "place", "other"))
    out.extend(_nicknamed(base, doc))
    if parsed:
        out.extend(_groups(base, doc))
        out.extend(_person_descriptions(base, doc))
        out.extend(_untagged_people(base, doc, in_ent))
    return out


def _untagged_people(base: int, doc: Doc, in_ent: set[int]) -> list[_Mention]:
    """People the recogniser missed ("Mayor Ana Ruiz, speaking in parliament, said ..."): a run
    of two or three capitalised singular proper nouns (not in capitals, no abbreviation: "Dahlia
    Ave.") outside every entity, after any titles, that acts (an agent: subject, "according to",
    ...), opens with a given name of the census lists or follows a title ("Prime Minister Ulla
    Tornqvist"), and neither ends in a word of places or buildings ("Jordan Valley",
    `lexicon.PLACE_NAME_WORDS`) nor spells a gazetteer name. Names
    ending in a plural noun ("Carolina Panthers"; so too the rare surname "Parsons") and names
    after an article ("The Golden Compass") stay out."""
    out: list[_Mention] = []
    i, n = 0, len(doc)
    while i < n:
        j = i
        while j < n and doc[j].tag_ in ("NNP", "NNPS") and doc[j].is_alpha and doc[j].text[:1].isupper() \
                and j not in in_ent:
            j += 1
        if j == i:
            i += 1
            continue
        run = list(doc[i:j])
        while run and run[0].lower_.rstrip(".") in TITLES:
            run = run[1:]
        titled = len(run) < j - i  # "Prime Minister Ulla Tornqvist": a title names a person, known given name or not
        last = run[-1].lower_ if run else ""
        plural = last.endswith("s") and last[:-1] in lemma_index("noun")  # "Panthers", not "Ruiz"
        if 2 <= len(run) <= 3 and (titled or is_given_name(run[0].lower_)) and last not in PLACE_NAME_WORDS \
                and not plural \
                and all(t.tag_ == "NNP" and not t.is_upper and t.lower_ not in TITLES for t in run) \
                and _role(run[-1]) == "agent" and (j >= n or doc[j].text != ".") \
                and not (i > 0 and doc[i - 1].lower_ in ("the", "a", "an")):
            span = doc[run[0].i:run[-1].i + 1]
            if lookup(span.text) is None:
                m = _person(base, Span(doc, span.start, span.end, label="PERSON"))
                if m is not None:
                    m.role = "agent"
                    out.append(m)
        i = j
    return out


_OPEN_QUOTES = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019"}
NICKNAME_MAX_WORDS = 3


def _nicknamed(base: int, doc: Doc) -> list[_Mention]:
    """People written with a nickname in quotes between given and family name (Vincent "Fat Sal"
    Romano, Carlo 'The Fox' Bellini), which the recogniser cuts into pieces or reads as a
    title of a work: one person, named without the nickname ("Carlo Bellini"), so that later
    mentions by family name resolve to them. Method: a capitalised word, an opening quote, one to
    NICKNAME_MAX_WORDS capitalised words (after a "the"), the matching closing quote, a capitalised word; the
    first word must be a known given name (census lists) or, outside title-cased headlines,
    tagged as a name; the last must not be a verb form. Limits: a nickname
    before the given name ("'Whitey' James Bulger") or after the family name is not read."""
    out = []
    n = len(doc)
    for i in range(n - 4):
        first, q = doc[i], doc[i + 1]
        close = _OPEN_QUOTES.get(q.text)
        if close is None or not (first.is_alpha and first.text[:1].isupper()):
            continue
        capitals = title_cased([t.text for t in first.sent]) if doc.has_annotation("SENT_START") else False
        if first.lower_ not in _given_names() and (first.pos_ != "PROPN" or capitals):
            continue  # in a title-cased headline any word is capitalised: a known given name only
        j = i + 3 if i + 3 < n and doc[i + 2].lower_ == "the" else i + 2  # 'Frank "the Fox" Costa'
        k = j
        while j < n and j - k < NICKNAME_MAX_WORDS and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        if j == k or j + 1 >= n or doc[j].text != close:
            continue
        last = doc[j + 1]
        if not (last.is_alpha and last.text[:1].isupper()) or last.is_stop or verb_form(last.text, True):
            continue  # "Maria 'The Voice' Dies": the headline's verb is no family name
        span = doc[i:j + 2]
        out.append(_mk(base, span, f"{first.text} {last.text}", "PERSON", "person", titles=[], nationality=None))
    return out


_PORTFOLIO_TITLES = frozenset(("minister", "secretary"))
_TIME_QUALIFIERS = frozenset("former new current outgoing incoming then late acting interim".split())


def _person_descriptions(base: int, doc: Doc) -> list[_Mention]:
    """ "the Russian leader", "the president": resolved later to a person seen with that title."""
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lower_ not in LEADER_TITLES | {"chancellor", "minister"} or tok.ent_type_:
            continue
        lefts = _np_left(tok)
        if not lefts or lefts[0].lower_ != "the" or any(t.pos_ == "PROPN" and not demonym_place(t.text) for t in lefts):
            continue
        if any(c.dep_ in ("prep", "appos", "compound") and c.i > tok.i for c in tok.children):
            continue  # "the president of the bank", "the president, X"
        nat = next((demonym_place(t.text) for t in lefts if demonym_place(t.text)), None)
        span = doc[lefts[0].i:tok.i + 1]
        # "the environment minister", "the prime minister": the words that say which one (a
        # minister's or secretary's portfolio; "the sentencing judge" is the judge seen before)
        quals = sorted({t.lower_ for t in lefts[1:] if t.is_alpha and not t.is_stop and not demonym_place(t.text)
                        and t.lower_ not in _TIME_QUALIFIERS}) if tok.lower_ in _PORTFOLIO_TITLES else []
        out.append(_mk(base, span, "", "PERSON", "person_desc", title=tok.lower_, nationality=nat, quals=quals))
    return out


def _opens_sentence_at(tok: Token) -> bool:
    doc = tok.doc
    return tok.i == 0 or tok.is_sent_start or doc[tok.i - 1].text.strip() == "" or doc[tok.i - 1].text in ".!?\n"


def _without_opening_adverb(ent: Span) -> Span:
    """The entity without an English adverb opening its sentence that the recogniser took into
    the name ("Later Talvane told ...", "Meanwhile Acme said ..."); given names and gazetteer
    names stay whole (see lexicon.OPENING_ADVERBS)."""
    if len(ent) < 2 or ent.ent_id_ or not _opens_sentence_at(ent[0]) or not ent[1].text[:1].isupper():
        return ent
    first = ent[0]
    if first.lower_ not in OPENING_ADVERBS or lookup(first.text) is not None:
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


def _with_possessed_name(ent: Span) -> Span:
    """The entity with the capitalised name word its closing possessive belongs to, when the
    recogniser stopped at the 's ("[St Aldwin's] Hospital", "[St Aldwin's] [Hospital]": the name is
    the whole phrase). Only a word outside any other entity (or one word of the same kind), which
    the possessor modifies and which is the last word of its phrase: "[Orrin's] mayor" and
    "[Velmar's] Chief Executive Jo Bloggs" keep the possessor alone."""
    doc = ent.doc
    if len(ent) < 2 or ent[-1].lower_ not in ("'s", "\u2019s") or ent.end >= len(doc):
        return ent
    nxt = doc[ent.end]
    if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or ent[-2].head.i != nxt.i:
        return ent
    if nxt.ent_type_ and (nxt.ent_type_ != ent.label_ or nxt.ent_iob_ != "B"
                          or (ent.end + 1 < len(doc) and doc[ent.end + 1].ent_iob_ == "I")):
        return ent  # the word opens a name of its own; one word of the same kind joins ("[Hospital]")
    if nxt.head.i > nxt.i and nxt.head.pos_ == "PROPN":
        return ent  # a compound of a longer name after it ("Velmar's Chief Executive Jo Bloggs")
    return Span(doc, ent.start, ent.end + 1, label=ent.label_)


def _opening_adjective(ent: Span) -> bool:
    """A one-word "name" opening its sentence that is an English adjective before a lower-case
    common noun ("Heavy rain has forced ...", "Strong winds hit ..."): the recogniser read the
    capital letter as a name. Not a gazetteer name or a given name; "Brown said" and "Rich
    claims" (a verb follows) stay names."""
    if len(ent) != 1 or ent.end >= len(ent.doc):
        return False
    tok, nxt = ent[0], ent.doc[ent.end]
    if not _opens_sentence_at(tok):
        return False
    low = tok.lower_
    return low in lemma_index("adj") and nxt.text.islower() and nxt.tag_ in ("NN", "NNS") \
        and lookup(tok.text) is None and not is_given_name(low)


def _portfolio(ent: Span) -> bool:
    """A one-word "name" right before "Minister" or "Secretary" and a name: the portfolio in a
    title ("Transport Minister Jo Tamm", "Education Secretary Mia Lund"), not an organisation of
    its own; the person's mention holds the title. Gazetteer names keep their reading."""
    doc = ent.doc
    if len(ent) != 1 or ent.end + 1 >= len(doc) or lookup(ent.text) is not None:
        return False
    title, nxt = doc[ent.end], doc[ent.end + 1]
    return title.lower_ in _PORTFOLIO_TITLES and title.text[:1].isupper() and nxt.text[:1].isupper()


def _from_ent(base: int, ent: Span) -> _Mention | None:
    label = ent.label_
    if label not in ("PERSON", "ORG", "GPE", "LOC", "NORP"):
        return None
    if label in ("PERSON", "ORG") and len(ent) > 1 and ent[0].lower_ in DESCRIPTOR_NOUNS and not ent.ent_id_ \
            and lookup(ent[1:].text) is None:
        # "Carmaker Veltra", "Striker Ilse Varga" (which the recogniser calls an ORG): what they are
        label = "PERSON" if ent[0].lower_ in PERSON_DESCRIPTORS else "ORG"
        ent = Span(ent.doc, ent.start + 1, ent.end, label=label)
    if label == "PERSON" and len(ent) > 1 and ent[-1].lower_.rstrip(".") in ORG_NAME_WORDS:
        label = "ORG"  # "Harjula Metals said ...": the recogniser took a company for a person
        ent = Span(ent.doc, ent.start, ent.end, label=label)
    if label in ("PERSON", "ORG") and (_opening_adjective(ent) or _portfolio(ent)):
        return None
    text = ent.text
    if ent.ent_id_:
        r = lookup(text)
        kind = r["kind"] if r else kind_of(ent.ent_id_)
        cls = "org" if kind == "org" else "bloc" if kind == "bloc" else "place"
        return _mk(base, ent, ent.ent_id_, label, cls)
    if label == "NORP" or demonym_place(text) or demonym_place(_strip_poss(text)):
        return None
    r = lookup(_clean_name(text))
    if r is not None and not (label == "PERSON" and r["kind"] in NAME_KINDS):
        cls = "org" if r["kind"] == "org" else "bloc" if r["kind"] == "bloc" else "place"
        return _mk(base, ent, r["id"], "ORG" if cls == "org" else r["label"], cls)
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    if label == "PERSON" or (prev is not None and prev.text[:1].isupper() and prev.lower_.rstrip(".") in TITLES
                             and all(t.pos_ == "PROPN" for t in ent)):
        return _person(base, ent)
    name = _clean_name(text)
    if not name or not any(c.isupper() for c in name):
        return None
    if label == "ORG":
        return _mk(base, ent, name, "ORG", "org")
    return _mk(base, ent, name, label, "place")


def _person(base: int, ent: Span) -> _Mention | None:
    toks = list(ent)
    titles: list[str] = []
    nationality = None
    while toks and (toks[0].lower_.rstrip(".") in TITLES or not toks[0].text[:1].isupper() or toks[0].is_stop
                    or toks[0].pos_ in ("ADP", "DET", "ADV", "PUNCT") or demonym_place(toks[0].text)):
        if toks[0].lower_.rstrip(".") in TITLES:
            titles.append(toks[0].lower_.rstrip("."))
        elif demonym_place(toks[0].text):
            nationality = demonym_place(toks[0].text)
        toks = toks[1:]
    while toks and (toks[-1].tag_ == "POS" or toks[-1].is_punct or toks[-1].lower_ in ("'s", "’s")):
        toks = toks[:-1]
    if not toks or not any(t.pos_ == "PROPN" for t in toks):
        return None
    span = ent.doc[toks[0].i:toks[-1].i + 1]
    # titles and nationality written just before the name ("Russian President Vladimir Putin")
    i = ent.start - 1
    while i >= 0 and i >= ent.start - 4:
        t = ent.doc[i]
        if t.lower_.rstrip(".") in TITLES:
            titles.append(t.lower_.rstrip("."))
        elif demonym_place(t.text) or (t.ent_type_ == "GPE" and t.ent_id_):
            nationality = nationality or demonym_place(t.text) or t.ent_id_
        else:
            break
        i -= 1
    # the words of the title's portfolio ("Environment Minister Ana Ionescu": environment), for
    # telling "the environment minister" from "the prime minister"
    before = ent.doc[max(ent.sent.start if ent.doc.has_annotation("SENT_START") else 0, ent.start - 4):ent.start]
    portfolio = {t.lower_ for t in (*before, *list(ent)[:max(0, len(ent) - len(toks))]) if t.is_alpha and not t.is_stop}
    r = lookup(span.text)
    if r is not None and _is_place_kind(r["kind"]) and r["kind"] not in NAME_KINDS:
        return _mk(base, span, r["id"], "GPE", "place", root=span.root)
    return _mk(base, span, _without_nickname(_clean_name(span.text)), "PERSON", "person", titles=titles,
               nationality=nationality, root=span.root, portfolio=portfolio | set(titles))


_NICKNAMED = re.compile(r"^([^\W\d_][\w.-]*)\s+[\"'\u201c\u2018][^\"\u201d\u2019]{1,40}[\"'\u201d\u2019]\s+([^\W\d_][\w.-]*)$")


def _without_nickname(name: str) -> str:
    """'Carlo "The Fox" Bellini' -> "Carlo Bellini" (see `_nicknamed`)."""
    m = _NICKNAMED.match(name)
    return f"{m.group(1)} {m.group(2)}" if m else name


def _with_compass(base: int, doc: Doc, ent: Span, m: _Mention) -> _Mention:
    """"eastern Ukraine" -> one mention named "Eastern Ukraine"."""
    if ent.start == 0:
        return m
    prev = doc[ent.start - 1]
    adj = COMPASS.get(prev.lower_)
    if adj is None or prev.ent_type_:
        return m
    span = doc[prev.i:ent.end]
    out = _mk(base, span, f"{adj} {m.name}", "LOC", "place")
    out.info["root"] = ent.root
    return out


def _np_left(head: Token) -> list[Token]:
    """Pre-modifiers of a noun (determiners, numbers, adjectives, compounds), left to right."""
    return [c for c in head.lefts if c.dep_ in ("det", "amod", "compound", "nummod", "nmod", "poss", "quantmod", "npadvmod")]


def _groups(base: int, doc: Doc) -> list[_Mention]:
    """Group actors and regional descriptors from noun phrases (see module docstring)."""
    out: list[_Mention] = []
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("PERSON", "ORG", "GPE"):
            continue
        lemma = tok.lemma_.lower()
        if lemma not in GROUP_HEADS and lemma not in STATE_HEADS and lemma not in TERRITORY_HEADS:
            continue
        lefts = _np_left(tok)
        left_words = [t.lower_ for t in tok.subtree if t.i < tok.i and t.i >= (lefts[0].i if lefts else tok.i)]
        if any(t.lower_ in GENERIC_DET for t in lefts):
            continue
        geo = [t for t in lefts if t.ent_type_ in ("NORP", "GPE", "LOC", "ORG") or demonym_place(t.text)
               or t.lower_ in COMPASS or t.lower_.startswith("ex-")]
        compass = next((COMPASS[t.lower_] for t in lefts if t.lower_ in COMPASS), None)
        norp = next((demonym_place(t.text) for t in lefts if demonym_place(t.text)), None)
        start = tok.i
        while start > 0:
            prev = doc[start - 1]
            if prev.dep_ in MOD_DEPS and tok.i >= prev.head.i >= start:
                start -= 1
            elif prev.text == "-" and not prev.whitespace_ and start >= 2 and not doc[start - 2].whitespace_:
                start -= 2  # "high-level"
            else:
                break
        while start < tok.i and doc[start].lower_ in VAGUE:
            start += 1
        lefts = [t for t in lefts if t.i >= start]
        end = tok.i + 1
        # post-modifiers of sources: "close to the Kremlin", "familiar with ...", "with knowledge of ...",
        # "in Gaza", "at the Pentagon"
        for c in tok.rights:
            if c.dep_ in ("amod", "prep", "acl") and (c.lower_ in ("close", "familiar", "with", "knowledgeable", "briefed", "close-to")):
                end = max(end, c.right_edge.i + 1)
            elif lemma in GROUP_HEADS and c.dep_ == "prep" and c.lower_ in ("in", "at", "from", "of") and c.i == end and any(
                    g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG", "LOC", "NORP") for g in c.children):
                end = max(end, c.right_edge.i + 1)
        if end - start > 14:
            end = tok.i + 1
        span = doc[start:end]
        west = any(t.lower_ == "western" for t in lefts) and lemma in WEST_HEADS
        role = _role(tok)
        singular = tok.tag_ in ("NN", "NNP")
        if tok.dep_ == "appos" or (singular and lemma in LEADER_TITLES | {"capital", "minister"} | STATE_HEADS):
            continue  # "the French capital", "the Greek prime minister", "the Central Asian nation": one referent
        if tok.i + 1 < len(doc) and (doc[tok.i + 1].pos_ == "PROPN" or doc[tok.i + 1].ent_type_ == "PERSON"):
            continue  # a title before a name: "defence minister Israel Katz"  # "Donald Trump, a vocal critic of the war": a description of a named actor
        if lemma in GROUP_HEADS or west:
            if role != "agent" and not (lemma in INSTITUTION_HEADS and geo):
                continue
            if west:
                out.append(_mk(base, span, "the West", "LOC", "bloc"))
                continue
            if lemma in ("government", "power", "capital", "ally") and not geo:
                continue
            specific = geo or any(t.lower_ in SOURCE_ADJ for t in lefts) or end > tok.i + 1 \
                or any(t.dep_ in ("nummod", "det") and t.lower_ not in ("the",) for t in lefts) \
                or any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in lefts) or lemma == "media"
            if lemma in VAGUE_HEADS:
                specific = end > tok.i + 1
            if not specific and not (left_words and left_words[0] == "the" and lemma == "source"):
                continue
            out.append(_mk(base, span, _strip_poss(span.text), "GROUP", "group", head=lemma,
                           definite=doc[start].lower_ == "the" and end == tok.i + 1
                           and not any(t.lower_ in ("second", "third", "other", "another") for t in doc[start:tok.i])))
        elif geo:
            former = any(t.lower_ in ("former", "ex") or t.lower_.startswith("ex-") for t in doc[start:tok.i])
            if former:
                m = _mk(base, span, _strip_poss(span.text), "LOC", "descriptor")
            elif lemma in TERRITORY_HEADS and norp and _is_place_kind(kind_of(norp) or "place"):
                name = f"{compass} {norp}" if compass and compass.lower() != norp.split()[0].lower() else norp
                m = _mk(base, span, name, "LOC", "place")
            elif lemma in STATE_HEADS:
                m = _mk(base, span, _clean_name(span.text), "LOC", "descriptor")
            else:
                continue
            m.role = role
            out.append(m)
    return out


def _drop_overlaps(ms: list[_Mention]) -> list[_Mention]:
    """Keep the longer of overlapping mentions (a group phrase over the place inside it, "eastern
    Ukraine" over "Ukraine"), except a group keeps the named actors inside it ("sources close to
    the Kremlin" keeps "Kremlin")."""
    out: list[_Mention] = []
    starts: list[int] = []  # kept mentions by start (binary search: no scan of all kept per mention)
    kept: list[_Mention] = []
    longest = 0
    for m in sorted(ms, key=lambda m: (-(m.end - m.start), m.start)):
        near = kept[bisect_left(starts, m.start - longest):bisect_left(starts, m.end)]
        clash = [o for o in near if o.start < m.end and m.start < o.end]
        if clash and not all(o.cls in ("group", "descriptor") and m.cls in ("org", "place", "person", "bloc")
                             and not (o.start == m.start and o.end == m.end) for o in clash):
            continue
        if clash:
            m.info["in_group"] = True
        out.append(m)
        at = bisect_right(starts, m.start)
        starts.insert(at, m.start)
        kept.insert(at, m)
        longest = max(longest, m.end - m.start)
    out.sort(key=lambda m: (m.start, m.end))
    return out


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """English nouns, adjectives, verbs and adverbs of the pipeline's lemma tables."""
    return lemma_index("noun") | lemma_index("adj") | lemma_index("verb") | lemma_index("adv")


def _short_forms(raw: list[_Mention]) -> dict[tuple[str, ...], _Mention]:
    """Words that name a person or organisation already found: a person's full name and surname
    ("Jane Doe", "Doe"), an organisation's name and its first word when that word is no English
    word ("Corvane Systems", "Corvane"; not "General" of "General Motors"; the lemma tables list
    many surnames as nouns, so a surname is not checked)."""
    common = _common_words()
    out: dict[tuple[str, ...], _Mention] = {}
    owners: dict[str, set[str]] = {}
    for m in raw:
        words = tuple(m.name.split())
        if m.cls not in ("person", "org") or len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        out.setdefault(words, m)
        short = words[-1] if m.cls == "person" else words[0]
        if len(short) > 2 and short.isalpha() and lookup(short) is None and (m.cls == "person" or short.lower() not in common):
            out.setdefault((short,), m)
            owners.setdefault(short, set()).add(m.name)
    for short, names in owners.items():  # "Kessler" of Ana and of Robert Kessler: nobody's
        if len(names) > 1:
            del out[(short,)]
    return out


def _inside_longer_name(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens a..b are part of a longer capitalised name ("Forest and Harbour Board",
    "Room No. 12" around "Harbour Board", "Room No")."""
    def cap(k: int) -> bool:  # a capitalised word of a name: not one opening the sentence, nor a title ("Mr")
        return 0 <= k < len(doc) and doc[k].text[:1].isupper() and not _opens_sentence_at(doc[k]) \
            and doc[k].lower_.rstrip(".") not in TITLES
    before = a - 1
    if 0 <= before < len(doc) and doc[before].lower_ in ("and", "of", "&", "for", "de") and cap(before - 1):
        return True
    nxt = doc[b] if b < len(doc) else None
    return cap(before) or (nxt is not None and (cap(b) or nxt.like_num or (nxt.text == "." and b + 1 < len(doc) and doc[b + 1].like_num)))


def _repeated_names(raw: list[_Mention], analysis) -> list[_Mention]:
    """A name the recogniser found once and missed when it came again: "Jane Doe said ..." then
    "Doe was arrested", "Corvane Systems said ..." then "Corvane later paid". Every untagged run of
    proper nouns (or capitalised words that are no English word: "Corvane" opening a sentence is
    tagged a common noun) spelling a full name, a person's surname or an
    organisation's first word (see `_short_forms`; one two names share is nobody's) is a mention
    of that person or organisation. Needs a parse (proper-noun tags)."""
    forms = _short_forms(raw)
    if not forms:
        return raw
    common = _common_words()
    taken = sorted((m.start, m.end) for m in raw)
    starts = [a for a, _ in taken]
    longest = max(forms, key=len)
    added: list[_Mention] = []
    for base, doc in analysis.segments:
        i, n = 0, len(doc)
        while i < n:
            tok = doc[i]
            if tok.ent_type_ or not tok.text[:1].isupper() or (
                    tok.tag_ not in ("NNP", "NNPS") and tok.lower_ in common):
                i += 1
                continue
            hit = None
            for size in range(min(len(longest), n - i), 0, -1):
                words = tuple(_strip_poss(t.text) if k == size - 1 else t.text for k, t in enumerate(doc[i:i + size]))
                if words in forms and all(not t.ent_type_ for t in doc[i:i + size]):
                    hit = (size, forms[words])
                    break
            if hit is None:
                i += 1
                continue
            size, src = hit
            if _inside_longer_name(doc, i, i + size):
                i += size
                continue
            start = base + tok.idx
            end = base + doc[i + size - 1].idx + len(_strip_poss(doc[i + size - 1].text))
            k = bisect_left(starts, end)
            if not (k and taken[k - 1][1] > start):
                m = _Mention(start, end, doc.text[tok.idx:end - base], src.name, src.label, src.cls)
                m.role = _role(doc[i + size - 1])
                added.append(m)
            i += size
    if not added:
        return raw
    return _join_split_names(sorted(raw + added, key=lambda m: (m.start, m.end)), set(map(id, added)),
                             analysis.article.text)


def _join_split_names(ms: list[_Mention], added: set[int], text: str) -> list[_Mention]:
    """A given name the recogniser cut from its surname ("Jane" of "Jane Doe checks into rehab")
    and the surname found again after it are one mention of the full name, when together they
    spell it."""
    out: list[_Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and id(m) in added and m.cls == prev.cls == "person" and m.start - prev.end == 1 \
                and text[prev.end] == " " and f"{prev.text} {m.text}" == m.name:
            out[-1] = _Mention(prev.start, m.end, m.name, m.name, m.label, m.cls, role=m.role)
            continue
        out.append(m)
    return out


def _canonical_people(ms: list[_Mention]) -> None:
    people = [m for m in ms if m.cls == "person"]
    surnames = {m.name.split()[-1] for m in people if len(m.name.split()) >= 2}
    for m in ms:  # the model sometimes calls a known surname an ORG or GPE ("Trump")
        r = lookup(m.text)
        if m.cls in ("org", "place") and _strip_poss(m.text) in surnames and (r is None or r["kind"] in NAME_KINDS):
            m.cls, m.label = "person", "PERSON"
            people.append(m)
    people.sort(key=lambda m: m.start)
    full: list[str] = []
    for m in people:
        if len(m.name.split()) >= 2 and m.name not in full:
            full.append(m.name)
    # unify spelling variants of full names: same first name, similar surname
    rep: dict[str, str] = {}
    for i, a in enumerate(full):
        rep.setdefault(a, a)
        for b in full[i + 1:]:
            fa, fb = a.split(), b.split()
            if fa[0] == fb[0] and fuzz.ratio(fa[-1], fb[-1]) >= 80:
                rep.setdefault(b, rep[a])
    for m in people:
        parts = m.name.split()
        if len(parts) >= 2:
            m.name = rep.get(m.name, m.name)
            continue
        cands = [f for f in full if f.split()[-1] == parts[0]] or \
                [f for f in full if fuzz.ratio(f.split()[-1], parts[0]) >= 80]
        if not cands and m.info.get("titles"):  # "Mr Li" for "Li Qiang" (family name first)
            cands = [f for f in full if f.split()[0] == parts[0]]
        said = person_gender(m.name, m.info.get("titles") or ())
        if said:  # "Mr. Gomes" is not "Catherine Gomes"
            cands = [f for f in cands if person_gender(f) in (None, said)]
        if cands:
            m.name = rep.get(max(cands, key=len), max(cands, key=len))
    # single names with spelling variants and no full name: first spelling wins
    singles: list[str] = []
    for m in people:
        if len(m.name.split()) == 1:
            hit = next((s for s in singles if fuzz.ratio(s, m.name) >= 80), None)
            if hit:
                m.name = hit
            else:
                singles.append(m.name)
    # descriptions: "the Russian leader", "the president"; titles are shared by all mentions of a person
    merged: dict[str, set] = {}
    portfolios: dict[str, set] = {}
    nats: dict[str, str] = {}
    for m in people:
        merged.setdefault(m.name, set()).update(m.info.get("titles") or [])
        portfolios.setdefault(m.name, set()).update(m.info.get("portfolio") or [])
        if m.info.get("nationality"):
            nats.setdefault(m.name, m.info["nationality"])
    for m in people:
        m.info["titles"] = merged[m.name]
        m.info["portfolio"] = portfolios[m.name]
        m.info["nationality"] = nats.get(m.name)
    _descriptions(ms, people)


def _descriptions(ms: list[_Mention], people: list[_Mention]) -> None:
    """Resolve "the Russian leader" to the latest earlier person with that title and nationality,
    and the words that qualify the title ("the environment minister") among those written with
    the person's name ("Environment Minister X"; not Prime Minister Y)."""
    for m in ms:
        if m.cls != "person_desc":
            continue
        title, nat = m.info.get("title"), m.info.get("nationality")
        best = None
        for p in people:
            if p.start >= m.start:
                break
            titles = set(p.info.get("titles") or [])
            if not titles:
                continue
            if title == "leader" and not titles & LEADER_TITLES:
                continue
            if title != "leader" and title not in titles:
                continue
            if nat and p.info.get("nationality") not in (None, nat):
                continue
            if not set(m.info.get("quals") or ()) <= set(p.info.get("portfolio") or ()):
                continue  # "the environment minister" is not Prime Minister X
            if best is None or p.role == "agent" or best.role != "agent":
                best = p  # the latest, preferring people who acted
        if best is not None:
            m.name, m.cls = best.name, "person"
    ms[:] = [m for m in ms if m.cls != "person_desc"]


def _canonical_groups(ms: list[_Mention]) -> None:
    """ "the sources" after "three sources close to the Kremlin" is that group."""
    seen: dict[str, str] = {}
    for m in ms:
        if m.cls != "group":
            continue
        head = m.info.get("head", "")
        if m.info.get("definite") and head in seen:
            m.name = seen[head]
        elif not m.info.get("definite"):
            seen[head] = m.name


def _canonical_orgs(ms: list[_Mention]) -> None:
    names = {m.name for m in ms if m.cls == "org"}
    for m in ms:
        if m.cls == "org" and m.name.isupper() and 2 <= len(m.name) <= 6:
            for n in names:
                words = [w for w in re.split(r"[\s-]+", n) if w[:1].isupper()]
                if len(words) == len(m.name) and "".join(w[0] for w in words) == m.name:
                    m.name = n
                    break


def _decide_kinds(ms: list[_Mention]) -> None:
    acting = {m.name for m in ms if m.cls in ("place", "descriptor") and m.role == "agent"}
    for m in ms:
        if m.cls in ACTOR_CLASSES:
            m.kind = "actor"
        elif m.name in acting:
            m.kind = "region" if m.role == "locative" else "actor"
        else:
            m.kind = "region"
