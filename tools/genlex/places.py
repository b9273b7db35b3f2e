#!/usr/bin/env python3
"""Generate internal/entity/lexicon/places.txt: countries, their first-level
subdivisions and major cities, for the entity recognizer's gazetteer.

Sources (Debian packages, read at generation time only):
- iso-codes (/usr/share/iso-codes/json): ISO 3166-1 countries (name, common
  name, official name) and ISO 3166-2 subdivisions. Licence: LGPL-2.1+ (the
  iso-codes package; the code lists themselves are ISO facts).
- tzdata (/usr/share/zoneinfo/zone1970.tab): the IANA time zone database's
  principal cities, one per zone, with their country codes. Public domain.
- wordnet-base (/usr/share/wordnet): WordNet 3.0, only to leave out one-word
  subdivision names that are also English words ("Central", "Lakes",
  "Orange"), which capitals alone cannot tell from the word. WordNet licence.
The hand-written lexicon/gpe.txt keeps what these lack: common short forms
("Britain", "U.S.") and regions that are no ISO unit ("Gaza", "Middle East").

Run: python3 tools/genlex/places.py > internal/entity/lexicon/places.txt
"""
import json
import re
import sys

ISO = "/usr/share/iso-codes/json"
TZ = "/usr/share/zoneinfo/zone1970.tab"
WN = "/usr/share/wordnet"
# Subdivision types that are small or numerous units whose names collide
# with villages and surnames more often than news means them.
SMALL = {"municipality", "district", "local council", "parish", "rayon", "unitary authority", "commune",
         "metropolitan district", "london borough", "council area", "two-tier county", "metropolitan department",
         "city corporation", "district council area", "quarter", "sector", "town council", "urban municipality",
         "administrative atoll", "island council", "ward", "county council"}


def wordnet_words():
    """WordNet's common words: lemmas written in lower case in data.* (the
    index files lower-case every lemma, proper nouns too)."""
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(f"{WN}/data.{pos}", encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                fields = line.split()
                for i in range(int(fields[3], 16)):
                    w = fields[4 + 2 * i].split("(")[0]
                    if w[:1].islower():
                        words.add(w)
    return words


def wordnet_capitals():
    """Capitalized one-word nouns of WordNet: those it knows as persons
    (noun.person, 18) and those it knows as places (noun.location, 15)."""
    persons, places = set(), set()
    with open(f"{WN}/data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lex = int(fields[1])
            for i in range(int(fields[3], 16)):
                w = fields[4 + 2 * i].split("(")[0]
                if w[:1].isupper() and "_" not in w:
                    (persons if lex == 18 else places if lex == 15 else set()).add(w)
    return persons, places


def first_names(path="internal/entity/lexicon/first_names.txt"):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                out.add(line.split("|")[0].strip().lower())
    return out


def clean(name):
    name = name.strip()
    if not name or any(c in name for c in ",()[]/;|"):
        return ""
    return name


def main():
    common, firsts = wordnet_words(), first_names()
    persons, wn_places = wordnet_capitals()

    def ambiguous(name):
        """A one-word name that capitals cannot tell from a word, a first
        name, or a person's surname that WordNet does not also know as a
        place ("Davis", "Casey", "Regina", "Center")."""
        if " " in name or "-" in name:
            return False
        low = name.lower()
        return (low in common or low.rstrip("s") in common or low in firsts or len(name) < 4
                or name in persons and name not in wn_places)
    entries = {}  # canonical -> (aliases, kind, country)

    def add(canonical, aliases, kind, country=""):
        canonical = clean(canonical)
        if not canonical or canonical in entries:
            return
        als = [a for a in (clean(x) for x in aliases) if a and a != canonical]
        entries[canonical] = (sorted(set(als)), kind, country)

    countries = json.load(open(f"{ISO}/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    country_of = {}  # alpha-2 code -> canonical name
    for c in countries:
        canonical = c.get("common_name") or c["name"]
        country_of[c["alpha_2"]] = clean(canonical) or canonical
        add(canonical, [c["name"], c.get("official_name", "")], "country")
    subs = json.load(open(f"{ISO}/iso_3166-2.json", encoding="utf-8"))["3166-2"]
    for s in subs:
        kind = s["type"].lower()
        if "parent" in s or kind in SMALL:
            continue
        name = clean(s["name"])
        if not name:
            continue
        if ambiguous(name):
            continue
        add(name, [], kind, country_of.get(s["code"].split("-")[0], ""))
    with open(TZ, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.split("\t")
            zone = fields[2].strip()
            if zone.startswith("Antarctica/"):
                continue  # research stations named after people (Casey, Davis)
            city = zone.rsplit("/", 1)[-1].replace("_", " ")
            if re.fullmatch(r"[A-Z][A-Za-z .'-]+", city) and not city.startswith(("GMT", "UTC")) and not ambiguous(city):
                add(city, [], "city", country_of.get(fields[0].split(",")[0], ""))
    out = sys.stdout
    out.write("# Generated by tools/genlex/places.py from Debian's iso-codes (ISO 3166-1 and 3166-2),\n")
    out.write("# tzdata (zone1970.tab cities, public domain) and wordnet-base (WordNet 3.0). Do not edit by hand:\n")
    out.write("# add short forms and regions to gpe.txt instead. canonical | aliases | kind | country\n")
    for name in sorted(entries):
        als, kind, country = entries[name]
        out.write(f"{name} | {', '.join(als)} | {kind} | {country}\n")


if __name__ == "__main__":
    main()
