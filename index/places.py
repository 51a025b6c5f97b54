"""The places a corpus reports from: each release's dateline place ("Hamm (ots)"), the town
each bundled report's heading opens with ("Schorndorf: Auffahrunfall", "Esslingen (ES):
Einbruch", "Tübingen (TÜ) - Unfallflucht"), the districts its text names as such ("im
Wohngebiet Diegelsberg", "im Stadtteil Daxlanden"), the towns it says something happened near
("bei Gruibingen") and its streets ("in der Sportplatzstraße").
A question that names one asks about what happened there."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from index.glossary import glossary
from index.lexical import dictionary_form, tokenize
from index.releases import Release, is_heading

# "Schorndorf:", "Esslingen (ES):", "Tübingen (TÜ) -": the words before the colon or dash.
_HEADING_PLACE = re.compile(r"^([A-ZÄÖÜ][^:()\d]{1,50}?)\s*(?:\([^)]*\))?\s*(?::|\s-\s)")
# "im Wohngebiet Diegelsberg", "im Stadtteil Daxlanden", "Ortsteil Gerlachsheim"; all of a name
# of several words ("Stadtteil South Kensington" is not "south")
_DISTRICT = re.compile(
    r"\b(?:Wohngebiet|Stadtteil|Ortsteil|Teilort|Gewann|Wohnviertel)s?\s+"
    r"([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+){0,2})"
)
# "in der Sportplatzstraße", "Heinrich-Lanz-Straße", "Bötzinger Straße", "im Dieselweg", "in der
# Sonnenhalde", "im Bornrain": a
# street a report names; not a kind of road ("Landesstraße", "Ortsdurchgangsstraße") nor a way
# ("auf dem Heimweg").
_STREET = re.compile(
    r"\b((?:[A-ZÄÖÜ]\w*-)*[A-ZÄÖÜ]\w*(?:stra(?:ß|ss)e|gasse|allee|steige)"
    r"|(?:[A-ZÄÖÜ]\w*-)+(?:Stra(?:ß|ss)e|Gasse|Allee|Weg|Platz|Ring)(?:es)?"
    r"|[A-ZÄÖÜ][\w-]*(?:er|sche)[ ](?:Stra(?:ß|ss)e|Gasse|Allee|Weg|Platz))\b"
    r"|\b(?:im|am|zum|vom|in den|in der)\s+([A-ZÄÖÜ]\w+(?:weg|halde|rain))\b"
)
_ROAD_KINDS = re.compile(
    r"^(Land|Landes|Bundes|Kreis|Staats|Gemeinde|Orts|Ortsdurchgangs|Durchgangs|Umgehungs"
    r"|Seiten|Neben|Haupt|Hauptverkehrs|Verkehrs|Zufahrts|Anlieger|Einbahn|Wohn|Fern|Quer"
    r"|Dorf|Stadt|Fahr)(stra(ß|ss)e|gasse|allee)$"
)
_CONTACT_WORDS = re.compile(r"Telefon|Tel\.|E-Mail|Fax|http|Pressestelle|Rückfragen", re.I)
# "Rems-Murr-Kreis", "Wiesloch/Rhein-Neckar-Kreis", "Renningen, Malmsheim": each part a place,
# "Bad Cannstatt" and "Schwäbisch Hall" one place of two words.
_PLACE_BREAK = re.compile(r"\s*(?:[/,]|\s-\s|-)\s*")
_NO_PLACE = {("kreis",), ("landkreis",), ("stadt",), ("gemeinde",)}
# "Remseck am Neckar", "Rottenburg am Neckar", "Frankfurt an der Oder": the town alone is named too.
_QUALIFIED = re.compile(r"\s+(?:am|an der|an|im|in der|ob der|bei)\s+")


# A sentence that opens with where it happened: "In Rottenacker schlug jemand die Scheibe …" — a
# town's name, not a noun ("In Höhe", "In Zusammenarbeit mit").
_OPENING_PLACE = re.compile(
    r"(?:^|(?<=[.!?]\s))In ((?!(?:Höhe|Richtung|Folge|Zusammenarbeit|Absprache|Abstimmung"
    r"|Anwesenheit|Verbindung|Begleitung|Sachen|Bezug|Anbetracht|Zukunft|Summe|Kürze"
    r"|Deutschland|Europa)\b)"
    r"[A-ZÄÖÜ][a-zäöüß]+(?<!ung)(?<!heit)(?<!keit)(?<!schaft)(?<!ion)(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?= [a-zäöüß])",
    re.M,
)


_TOWN_DISTRICT = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)-([A-ZÄÖÜ][a-zäöüß]+)\b")
# A town named by where something happened near it: "zog es bei Gruibingen aus dem Verkehr",
# "zwischen Hohenstraßen und Ammertsweiler" — a name ending as towns' names end, not a noun ("bei
# Dunkelheit").
_NEAR_TOWN = re.compile(
    r"\b(?:bei|nahe|zwischen|und|nördlich von|südlich von|östlich von|westlich von)\s+"
    r"([A-ZÄÖÜ][a-zäöüß]+(?:ingen|heim|hausen|bach|dorf|burg|stadt|tal|berg|feld|furt|hofen"
    r"|weiler|stetten|kirchen|brunn|wang|zell|weil|rode))\b"
)


def report_places(release: Release) -> list[str]:
    """The release's dateline place, the places its reports' headings open with, the
    districts its text names and the towns it says something happened in or near."""
    found = [release.place] if release.place else []
    for line in release.text.split("\n"):
        heading = line.strip()
        match = _HEADING_PLACE.match(heading) if is_heading(heading) else None
        if match and not _CONTACT_WORDS.search(heading):
            found.append(match.group(1))
    found += [name for name in _DISTRICT.findall(release.text) if not _english_words(name)]
    # a district written after its town: "in Mannheim-Wallstadt", where the release is from
    # Mannheim
    towns = set(found)
    found += [
        f"{town}-{district}"
        for town, district in _TOWN_DISTRICT.findall(release.text)
        if town in towns
    ]
    opening = _OPENING_PLACE.findall(release.text) + _NEAR_TOWN.findall(release.text)
    found += [name for name in opening if not _inflected_noun(name)]  # "In Zahlen des …"
    return found


def report_streets(release: Release) -> list[str]:
    """The streets the release's text names, each one name however many words it has."""
    return street_names(release.text)


def street_names(text: str) -> list[str]:
    """The streets the text names ("in der Sportplatzstraße", "in der Sonnenhalde"), not a kind
    of road ("Landesstraße")."""
    return [
        street
        for match in _STREET.finditer(text)
        if (street := match.group(1) or match.group(2)) and not _ROAD_KINDS.match(street)
    ]


def _inflected_noun(name: str) -> bool:
    """Is the name a German noun in an inflected form ("bei Flüchtlingen": "Flüchtling"), which
    no town's name is?"""
    return dictionary_form(name) != name


def _english_words(name: str) -> bool:
    """Is the name English words a question may ask by ("Stadtteil Wedding": "wedding")?"""
    return all((word,) in glossary() for word in name.lower().split())


@lru_cache(maxsize=10_000)
def heading_place_terms(heading: str | None) -> frozenset[str]:
    """The search terms of the town a report's heading opens with ("Rottenburg (TÜ):" ->
    rottenburg); a heading that is a dateline's place alone ("Reutlingen") is that place."""
    match = _HEADING_PLACE.match(heading.strip() + " :") if heading else None
    return frozenset(tokenize(match.group(1))) if match else frozenset()


# "in Bernhausen", "im Stadtteil Daxlanden", "… und der Anschlussstelle Crailsheim": where a
# sentence says something happened.
_HAPPENED_IN = re.compile(
    r"\b(?:in|im Ortsteil|im Stadtteil|Anschlussstelle|Anschlußstelle|Ausfahrt)\s+([A-ZÄÖÜ][\w-]+)"
)


@lru_cache(maxsize=50_000)
def happened_in_place_terms(text: str) -> frozenset[str]:
    """The search terms of the places the text says something happened in: "Ein Verkehrsunfall
    hat sich … in Bernhausen ereignet" -> bernhaus."""
    return frozenset(term for name in _HAPPENED_IN.findall(text) for term in tokenize(name))


class PlaceNames:
    """The places of a corpus, each as the search terms of its words."""

    def __init__(self, releases: Iterable[Release]) -> None:
        self._by_term: dict[str, set[tuple[str, ...]]] = {}
        for release in releases:
            for place in report_places(release):
                for part in _PLACE_BREAK.split(place):
                    for name in {part, _QUALIFIED.split(part)[0]}:
                        terms = tuple(tokenize(name))
                        if terms and terms not in _NO_PLACE:
                            self._add(terms)
            for street in report_streets(release):
                self._add(tuple(tokenize(street)))

    def _add(self, place: tuple[str, ...]) -> None:
        for term in place:
            self._by_term.setdefault(term, set()).add(place)

    def named_in(self, terms: Iterable[str]) -> list[tuple[str, ...]]:
        """The places all of whose words are among the terms (a question's)."""
        asked = set(terms)
        return sorted(
            {
                place
                for term in asked
                for place in self._by_term.get(term, ())
                if asked >= set(place)
            }
        )
