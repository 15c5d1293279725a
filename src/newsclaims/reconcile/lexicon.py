"""General English lexicons for comparing claims: predicate synonym classes, antonym classes,
scope qualifiers. Nothing here names a story, a person or a place.

Entries are lower-case lemmas (as `features.lemma` produces them). A word may head only one
synonym class; `PRED_CLASS[lemma]` gives the class name (its first member, prefixed with `~`).
"""
from __future__ import annotations

from ..extract.lexicon import ANTONYMS as _EXTRACT_ANTONYMS
from ..extract.lexicon import MONTHS, TIME_WORDS, WEEKDAYS  # noqa: F401  (re-exported for match, features, compare)

#: synonym classes of predicates (verbs and their nominalisations); first word names the class
_SYNONYMS = """
cut reduce slash lower decrease trim lessen curtail shrink diminish reduction decline drop fall plunge plummet sink slump dip tumble shed axe ax
increase raise rise grow boost hike climb jump surge soar expand expansion enlarge enlargement growth escalate spike rocket double triple
halt stop end freeze suspend cease pause terminate discontinue suspension cessation cancel cancellation
block bar exclude prevent prohibit ban forbid preclude veto exclusion
demand want seek insist call request require urge ask condition stipulate stipulation requirement
reject oppose refuse dismiss rebuff repudiate rejection refusal resist spurn
deny dispute contest denial
warn threaten caution warning threat ultimatum
say tell announce declare assert note add remark statement announcement declaration
confirm verify acknowledge confirmation
agree accept approve endorse consent agreement approval acceptance
support back aid help assist backing
kill slay murder assassinate killing
overturn capsize topple flip
die perish death dead fatality succumb
arrest detain apprehend capture nab detention custody
resume reopen restart renew resumption
disappear vanish miss missing unaccounted disappearance
attack strike hit bomb shell raid assault bombardment airstrike
win victory triumph prevail clinch defeat
lose loss
gain advance progress
setback retreat reverse
lift remove ease relax scrap repeal rescind relief removal easing
impose introduce levy slap
release free unfreeze return unblock
address resolve settle tackle handle resolution settlement
protect safeguard shield defend protection
promise pledge vow commit commitment guarantee assurance assure
control hold occupy retain keep maintain possess
leave quit exit depart resign withdraw withdrawal departure resignation
enter join admit accession admission membership
appoint name nominate hire select pick appointment nomination
fire sack oust
begin start launch initiate commence open
close shut
buy acquire purchase acquisition
sell
meet talk negotiate discuss meeting negotiation discussion
sign ink
hurt injure wound injury
damage destroy wreck destruction
investigate probe inquire investigation inquiry
charge indict accuse prosecute allegation indictment
convict sentence jail imprison conviction
rescue save evacuate
found establish create
plan intend aim prepare
try attempt bid effort
sue lawsuit
willing ready prepared eager
unwilling reluctant loath hesitant
firm tough hard hardline harden toughen stiffen strict uncompromising
criticize criticise critical critic condemn denounce slam blast
frustrate frustration impatience impatient anger angry exasperation irritation annoy
uncertain unclear doubtful uncertainty
additional further extra fresh
hint suggest signal indicate imply
delay stall postpone slow stonewall
draft write compose
believe think consider view regard feel belief
obstacle barrier hurdle impediment obstruction
outcome result consequence implication effect impact
reshape redraw redefine transform overhaul
territory region area zone land
military army troop soldier
neutral neutrality nonaligned
aspire aspiration ambition goal
large big huge vast
small little tiny low
important crucial key central vital essential primary main core
find discover locate uncover
fix patch repair remedy mend
steal rob loot theft robbery burglary heist burgle
escape flee abscond
explode detonate explosion
earthquake quake tremor temblor
flaw vulnerability bug loophole
outage disruption interruption disrupt interrupt
protest demonstration
penalty penalise penalize fine
merge merger
shoot shooting gunfire
crash collide collision
burn blaze flame ablaze inferno
offer proposal propose
ship vessel boat ferry
walkout stoppage
apologize apology sorry
"""

PRED_CLASS: dict[str, str] = {}
for _line in _SYNONYMS.strip().splitlines():
    _words = _line.split()
    for _w in _words:
        PRED_CLASS.setdefault(_w, "~" + _words[0])

#: opposite predicate classes (either order), besides `extract.lexicon.ANTONYMS` and `CONVERSE`
_OPPOSITES = [
    ("~cut", "~increase"), ("~agree", "~reject"), ("~support", "~reject"),
    ("~gain", "~setback"), ("~gain", "~lose"), ("~confirm", "~deny"), ("~lift", "~impose"), ("~lift", "~block"),
    ("~release", "~halt"), ("~begin", "~halt"), ("~begin", "~close"), ("~enter", "~leave"),
    ("~appoint", "~fire"), ("~agree", "~deny"), ("pass", "fail"), ("succeed", "fail"), ("acquit", "~convict"),
    ("legal", "illegal"), ("guilty", "innocent"), ("survive", "~die"),
    ("pass", "~reject"), ("~halt", "proceed"),  # a bill passed / rejected; a strike called off / going ahead
    ("uphold", "~overturn"),  # a ban upheld / overturned
    ("~lift", "extend"),  # a curfew lifted / extended
    ("~halt", "continue"),  # a strike ended / continued (on one day: `SEQUENCE`)
    ("~sign", "~block"),  # a bill signed / vetoed
]


#: opposites a story may tell one after the other ("checked into the clinic" ... "has left the
#: clinic", "talks began" ... "talks were suspended"): a sequence, a contradiction only on one day
SEQUENCE: set[frozenset[str]] = {frozenset(p) for p in [
    ("~enter", "~leave"), ("~begin", "~halt"), ("~begin", "~close"), ("~appoint", "~fire"), ("~halt", "continue"),
]}


def canon(lemma: str) -> str:
    """The synonym class of a lemma (`~cut` for "reduce"), or the lemma itself."""
    return PRED_CLASS.get(lemma, lemma)


#: polar adjectives and their negatives: "less willing" reads as "unwilling", "less likely" as
#: "unlikely" (`features` applies it), and the two contradict each other (`OPPOSITE`)
_POLAR = [("willing", "unwilling"), ("likely", "unlikely"), ("able", "unable"), ("possible", "impossible"),
          ("certain", "uncertain"), ("optimistic", "pessimistic"),
          ("popular", "unpopular"), ("effective", "ineffective"), ("successful", "unsuccessful")]
NEGATIVE_OF: dict[str, str] = {}
for _a, _b in _POLAR:
    NEGATIVE_OF[canon(_a)] = canon(_b)
    NEGATIVE_OF[canon(_b)] = canon(_a)
_OPPOSITES += [(canon(a), canon(b)) for a, b in _POLAR if canon(a) != canon(b)]
LESSEN = frozenset(("less", "fewer"))

#: giving ground; refusing it is standing firm: "unwilling to compromise", "no willingness to
#: budge" read as "~firm" ("has hardened her stance", "stands firm")
CONCESSION = frozenset("compromise concede concession budge yield relent soften bend".split())
FIRM = canon("firm")

OPPOSITE: set[frozenset[str]] = {frozenset(p) for p in _OPPOSITES}
for _a, _b in _EXTRACT_ANTONYMS.items():
    _ca, _cb = canon(_a), canon(_b)
    if _ca != _cb:
        OPPOSITE.add(frozenset((_ca, _cb)))


#: converse predicate classes: one happening told from either side ("A beat B" = "B lost to A",
#: "A sold X to B" = "B bought X from A"); with the roles swapped they say the same thing
CONVERSE: set[frozenset[str]] = {frozenset(p) for p in [
    ("~win", "~lose"), ("beat", "~lose"), ("~buy", "~sell"), ("lend", "borrow"),
]}
OPPOSITE |= CONVERSE  # with one subject they contradict: "A beat B" / "A lost to B"


def converse(a: str | None, b: str | None) -> bool:
    """Do two (canonical) predicates tell one happening from its two sides ("win" / "lose")?"""
    return bool(a and b and a != b and frozenset((canon(a), canon(b))) in CONVERSE)


def opposite(a: str | None, b: str | None) -> bool:
    """Are two (canonical) predicates opposites ("~increase" vs "~cut", "win" vs "lose")?"""
    return bool(a and b and a != b and frozenset((canon(a), canon(b))) in OPPOSITE)


#: qualifiers of extent; one outlet's PARTIAL against another's FULL on the same head is a scope conflict
PARTIAL = frozenset("""
partial partially part some limited certain selective gradual gradually portion fraction piecemeal modest
""".split())
FULL = frozenset("""
full fully complete completely total totally all entire entirely whole wholesale significant substantial
major sweeping comprehensive extensive broad massive blanket unconditional
""".split())
#: verbs of an unspecified outcome ("address X") vs. a definite one ("release X"): a scope conflict
VAGUE_OUTCOME = frozenset("address resolve resolution settle settlement tackle handle discuss review consider deal".split())
DEFINITE_OUTCOME = frozenset("unfreeze unfreezing release return unblock free lift lifting cancel scrap abolish restore".split())

#: keeping what one has ("maintain control") against FULL ("full control"): a scope conflict
RETAIN = frozenset("maintain retain keep preserve".split())

#: words introducing members of a set ("including X", "such as X")
INCLUSION_CUES = ("including", "includes", "include", "included", "such as", "among them", "notably")

#: words that add little to what a claim says (reporting, attribution, discourse)
LIGHT = frozenset("""
say said report reportedly according source sources also additionally meanwhile however though
allegedly apparently tell add note mention cite know accord currently now recently still already nearly almost roughly around approximately
idea notion percent cent pct
""".split())

#: stop words: spaCy's English list minus the words of quantity, extent and direction we compare on
KEEP = frozenset("""
call keep full part whole some all show take give make move down up less more serious first last top
back front bottom side name see put former never not no none nobody nothing few several many most
empty alone off against
""".split())

#: predicates that say little by themselves (copulas, light and support verbs, prepositions a parser
#: may report as the head of a fragment): they neither support nor oppose a match
LIGHT_PREDICATES = frozenset("""
be have include involve make take get give reflect remain seem appear become with by for of as put
do go come keep mean represent constitute
""".split())

#: predicates that report rather than state ("X confirmed that ...", "..., Y told Z"): what is
#: claimed is the reported content, so they neither support nor oppose a match
_REPORTING = """say tell report write post tweet comment remark reply respond answer confirm note add
explain announce declare acknowledge disclose reveal mention observe describe recount quote cite show""".split()
_CLASS_MEMBERS: dict[str, set[str]] = {}
for _w, _c in PRED_CLASS.items():
    _CLASS_MEMBERS.setdefault(_c, set()).add(_w)
#: a synonym class counts as reporting when at least half its members are reporting verbs: "~say"
#: does, "~draft" (draft, compose, write) does not - drafting a memorandum is no speech act
REPORTING = frozenset(_REPORTING) | frozenset(
    canon(v) for v in _REPORTING
    if 2 * len(_CLASS_MEMBERS.get(canon(v), {v}) & set(_REPORTING)) >= len(_CLASS_MEMBERS.get(canon(v), {v})))
#: predicates that neither support nor oppose a match, nor carry a denial ("would not say")
UNINFORMATIVE = LIGHT_PREDICATES | REPORTING

#: phrasal verbs whose particle changes the predicate: (verb lemma, particle) -> a word of its class
PHRASAL = {
    ("pass", "away"): "die", ("check", "into"): "enter", ("check", "in"): "enter", ("check", "out"): "leave",
    ("step", "down"): "resign", ("call", "off"): "halt", ("turn", "down"): "reject",
    ("break", "out"): "begin", ("shut", "down"): "close", ("lay", "off"): "fire",
    ("set", "up"): "found", ("take", "over"): "control", ("hand", "over"): "release",
    ("rule", "out"): "reject", ("back", "down"): "retreat", ("pull", "out"): "withdraw",
    ("wipe", "out"): "destroy", ("put", "off"): "postpone", ("track", "down"): "capture",
    ("gun", "down"): "kill", ("sign", "off"): "approve", ("cut", "off"): "halt", ("go", "ahead"): "proceed",
    # "were confirmed dead", "are feared dead": a death, told as known or feared ("was found dead"
    # stays a finding: ECB+ annotates the discovery as an event of its own, ev 0.524 -> 0.522)
    ("confirm", "dead"): "die", ("fear", "dead"): "die",
    # "voted against the plan" rejects it, "voted for" approves it; "found him guilty" convicts
    ("vote", "against"): "reject", ("vote", "for"): "approve", ("find", "guilty"): "convict",
}

PARTICLES = frozenset(p for _, p in PHRASAL)

#: verbs of keeping or holding that, followed by "that", assert ("maintains that X" = "says X")
ASSERTING_SENSE = frozenset("maintain hold keep contend insist".split())

NEGATIONS = frozenset("not no never n't nobody nothing none neither nor without".split())

