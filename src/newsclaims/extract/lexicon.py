"""General English lexicons used by the extractors: reporting verbs, demand cues, hedges,
modals of assessment, negation and contrast. Nothing here is specific to a story.

Lemmas are lower-case spaCy lemmas.
"""
from __future__ import annotations

#: verbs that introduce speech or a stated position ("X said that ...", "..., X warned")
SPEECH_VERBS = frozenset("""
say tell state add note claim argue insist warn explain announce declare assert affirm reiterate
stress emphasize emphasise maintain contend suggest report write post tweet comment remark reply respond
answer confirm deny admit acknowledge allege predict promise vow pledge threaten urge caution
concede disclose reveal indicate signal hint mention observe describe testify recount quote
acknowledge complain lament boast estimate told agree recall underline
""".split())

#: verbs whose participle after "be" names a feeling or a standing state, as an adjective does
#: ("was shocked", "are thrilled", "is best known for", "is based in"), not something done to its
#: subject
STATE_PARTICIPLES = frozenset("""
thrill shock worry excite concern disappoint please delight surprise interest frustrate upset scare
frighten terrify amaze stun impress satisfy relieve encourage discourage tire bore confuse embarrass
annoy devastate overwhelm horrify sadden anger alarm puzzle baffle dismay depress distress trouble
thank honour honor humble flatter offend outrage disgust astonish startle hearten inspire motivate
know base locate situate involve
""".split())

#: speech verbs that pass on content as untrue ("denied that the ferry was overloaded")
DENIAL_VERBS = frozenset("deny dispute refute".split())

#: verbs by which a document passes on content ("..., official figures showed", "a survey found
#: that ..."), with a subject of `EVIDENCE_NOUNS` only ("police found two bodies" is no report)
EVIDENCE_VERBS = frozenset("show find".split())
EVIDENCE_NOUNS = frozenset("""
data datum figure result poll survey study report record statistic census document analysis research count
estimate audit review investigation inquiry probe test
""".split())

#: verbs by which a speaker judges someone or something ("accused the union of ...", "described
#: the plan as reckless", "called the demands unrealistic")
STANCE_VERBS = frozenset("""
accuse blame criticize criticise condemn denounce praise dismiss reject welcome call dub label brand
describe
""".split())

#: common nouns of bodies that act and speak ("the council accused ...")
BODY_NOUNS = frozenset("""
company firm government council union ministry department agency group party board court committee
bank administration authority army navy force parliament assembly cabinet regime team club campaign
commission institute organisation organization
""".split())

#: last words of names of places and buildings, which a given name may open ("Jordan Valley",
#: "Victoria Station", "Grace Hospital"): such a name is no person
PLACE_NAME_WORDS = frozenset("""
street road avenue lane drive boulevard square bridge river valley lake mountain mount hill park island
beach bay coast county city town village district airport station stadium arena hall center centre
university college school academy hospital clinic church cathedral mosque temple house tower palace
""".split())

#: verbs and nouns of wanting/demanding: a claim governed by one is a demand
DEMAND_VERBS = frozenset("""
demand want seek ask insist require call press push request urge stipulate condition
need wish desire propose
""".split())
DEMAND_NOUNS = frozenset("""
demand condition term stipulation requirement precondition ultimatum call request wish proposal
""".split())

#: attributional phrases and cues
ATTRIBUTION_PREPS = ("according to", "citing", "cited by", "as reported by", "in the words of")
SOURCE_NOUNS = frozenset("""
source official spokesperson spokesman spokeswoman insider aide diplomat analyst expert
report media medium person people minister adviser advisor representative police authority
publicist rep agency statement guard coastguard firefighter rescuer paramedic medic coroner investigator witness office bureau
""".split())

#: nouns for groups of people who speak or act ("Prosecutors charged X. They say ..."): the
#: plural subjects a "they" may stand for (a plural thing, "details", "bodies", may not)
PEOPLE_NOUNS = frozenset("""
people person resident protester demonstrator critic supporter opponent attorney lawyer prosecutor
deputy officer police investigator detective official authority analyst expert economist witness
survivor victim worker employee member leader minister lawmaker legislator senator voter fan player
rebel troop soldier militant activist student teacher doctor nurse parent relative neighbour neighbor
farmer driver pilot passenger miner union manager executive director shareholder investor diplomat
observer scientist researcher engineer firefighter rescuer medic volunteer organiser organizer
spokesman spokeswoman spokesperson representative source insider aide adviser advisor agent
""".split())

#: people whose job is to pass on news about someone else
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson publicist rep representative agent".split())

#: adverbs that open a news sentence before its subject ("Later Smith told ...", "Meanwhile Acme
#: said ..."), which the recogniser may take into the name that follows
OPENING_ADVERBS = frozenset("""
later earlier meanwhile yesterday today tonight now then also however separately finally instead
afterwards afterward previously subsequently overnight recently eventually initially additionally
moreover furthermore nonetheless nevertheless elsewhere again first
""".split())

#: hedge cues: the article itself distances from the claim
HEDGE_ADVERBS = frozenset("reportedly allegedly apparently purportedly supposedly seemingly ostensibly".split())
HEDGE_VERBS = frozenset("seem appear".split())
#: "is said to", "is believed to", "is thought to", "is reported to", "is understood to"
HEDGE_PASSIVES = frozenset("say believe think report understand rumour rumor expect allege".split())

#: modal auxiliaries and verbs of the article's own analysis or prediction
ASSESSMENT_MODALS = frozenset("could would may might should likely unlikely".split())
ASSESSMENT_VERBS = frozenset("""
signal mark reflect represent challenge undermine validate reinforce weaken strain embolden
threaten risk suggest imply remain appear seem depend reshape redraw
""".split())

#: verbs of something that happened (event) vs. being/holding (fact)
STATE_VERBS = frozenset("be have control remain face hold own contain include comprise".split())

#: nouns that name a happening: a verbless headline built on one ("Major Fire at City Supermarket",
#: "Ten dead in quake", "Brother double-murder charge") reports an event, unlike a verbless label
#: ("Weekend Round-up", "Live updates", "The Peace Terms")
EVENT_NOUNS = frozenset("""
fire blaze inferno explosion blast bombing attack assault raid heist robbery theft burglary
shooting stabbing murder killing homicide massacre slaying death crash collision derailment
sinking accident quake earthquake tremor flood flooding storm hurricane typhoon cyclone tornado
landslide avalanche eruption outbreak epidemic riot protest strike walkout clash clashes fighting
arrest charge charges conviction verdict indictment acquittal trial escape kidnapping
abduction hijacking resignation dismissal sacking firing election victory defeat
merger takeover acquisition buyout ceasefire truce recall
bankruptcy collapse shutdown outage blackout leak spill rescue evacuation
""".split())
#: words of a fate that a verbless headline may be built on ("Jane Doe dead at 91")
EVENT_ADJECTIVES = frozenset("dead".split())

#: negation and opposites (for comparing claims)
NEGATION_WORDS = frozenset("not no never n't without neither nor none nobody nothing".split())
ANTONYMS: dict[str, str] = {}
for a, b in [
    ("rise", "fall"), ("increase", "decrease"), ("win", "lose"), ("accept", "reject"),
    ("agree", "refuse"), ("gain", "lose"), ("grow", "shrink"), ("approve", "reject"),
    ("support", "oppose"), ("advance", "retreat"), ("expand", "contract"), ("open", "close"),
    ("confirm", "deny"), ("raise", "cut"), ("raise", "lower"), ("allow", "ban"), ("lift", "impose"),
    ("success", "failure"), ("victory", "defeat"), ("gains", "setbacks"), ("gain", "setback"),
    ("up", "down"), ("higher", "lower"), ("more", "less"), ("full", "partial"), ("all", "some"),
]:
    ANTONYMS[a] = b
    ANTONYMS[b] = a

#: subordinate markers at which a sentence may be split into two claims
SPLIT_MARKERS = frozenset({"while", "whereas", "although", "though", "but", "however"})

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
#: words of time: when a thing happened is no role in it ("..., the bank said on Thursday")
TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset("""
today yesterday tomorrow tonight morning afternoon evening night weekend week month year day hour earlier
later""".split())
#: words that are verbs and adjectives alike, which the tagger reads as adjectives before a noun
#: ("... and open talks", "free the hostages"): in a list of demanded acts they start an act
VERB_ADJECTIVES = frozenset("open free clear close lower secure clean empty complete correct".split())
#: what a company or person is, written before the name like a title ("Carmaker Veltra is recalling
#: ...", "Striker Ilse Varga scored"): no part of the name (not before a place: "Airline Italia"; words
#: that open many company names, "Telecom", "Bank", "Utility", are left out)
COMPANY_DESCRIPTORS = frozenset("""
carmaker automaker chipmaker drugmaker planemaker shipbuilder retailer supermarket grocer airline
broadcaster publisher insurer lender miner brewer distiller conglomerate startup manufacturer
""".split())
PERSON_DESCRIPTORS = frozenset("""
singer rapper actor actress comedian presenter novelist author writer poet painter musician composer
designer chef billionaire tycoon entrepreneur activist economist striker defender midfielder
goalkeeper quarterback pitcher boxer swimmer sprinter cyclist golfer skier
""".split())
DESCRIPTOR_NOUNS = COMPANY_DESCRIPTORS | PERSON_DESCRIPTORS
#: last words of company and organisation names ("Harjula Metals", "Brell Airways"): no person's
#: name ends so, whatever the recogniser says
ORG_NAME_WORDS = frozenset("""
metals mining mines motors airlines airways group holdings industries energy systems technologies
pharmaceuticals pharma bank bancorp corp corporation inc incorporated ltd llc plc co company
partners capital foods steel chemicals petroleum oil telecom telecoms media insurance logistics
shipping railways foundation institute university association federation union council committee
commission authority agency ministry department party league club studios entertainment electric
utilities resources ventures brands labs laboratories networks communications solutions
""".split())
