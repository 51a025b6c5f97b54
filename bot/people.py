"""The people a release names: their names, their roles and the offices they acted for."""

from __future__ import annotations

import re
from functools import lru_cache

import gender_guesser.detector

from bot.cues import VEHICLE_WORD
from index.lexical import TermMatch, tokenize, words_for

# A capitalised word and the name after it, with a middle initial ("James O. McKinsey"); a
# lookahead, so that "Inspektionsleiter Rainer Hochkeppler" still yields "Rainer Hochkeppler".
_NAME_PAIR = re.compile(
    r"\b([A-ZÄÖÜ][a-zäöüß]+)(?=( (?:[A-Z]\. )?(?:(?:von|van|de|zu) )?[A-ZÄÖÜ][\w-]+))"
)


@lru_cache(maxsize=1)
def _first_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=100_000)
def is_first_name(word: str) -> bool:
    """Is the word a first name gender-guesser knows ("Jörg", "joerg" not)? Kept per word: the
    capitalised words of releases repeat, and with them kept person_names reads a sentence it
    has not met in 18 µs instead of 181 (the development index's passages)."""
    return _first_names().get_gender(word) != "unknown"


def is_the_person_asked(name: str, terms: set[str]) -> bool:
    """Are all the words of the name among the question's terms ("who is axel püttner")?"""
    return set(tokenize(name)) <= terms


# A role as releases write it beside a name: "Leiter der JVA Hamm", "Vorsitzende des
# Polizeibeirats", "Richtern am Amtsgericht Hamm", "Oberstaatsanwältin", "vom Hauptzollamt
# Bielefeld".
_ROLE = (
    r"[A-ZÄÖÜ][\w-]+(?:\s+(?:des|der|am|im)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)?"
    r"|(?:vom|von der|für die|für den|für das)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?"
)


def roles_of(text: str, name: str) -> tuple[str, ...]:
    """The role the text gives the person: right before the name ("der Leiter der JVA Hamm
    Martin Wulfert"), or after it, set off by a comma or "als" ("Nina Schraml, Richtern am
    Amtsgericht Hamm", "Hendrik Schickhoff als Leiter des Jugendamtes")."""
    escaped = re.escape(name)
    before = re.search(rf"\b({_ROLE})\s+{escaped}", text)
    after = re.search(rf"{escaped}(?:,\s+|\s+als\s+)({_ROLE})", text)
    found = [m.group(1) for m in (before, after) if m and not _function_word(m.group(1))]
    return tuple(found[:1])


def _function_word(role: str) -> bool:
    """Does the role open with a capitalised function word ("Auch Thomas Habermann")?"""
    first = role.split()[0]
    return first[0].isupper() and not tokenize(first)


@lru_cache(maxsize=50_000)
def person_names(text: str) -> tuple[str, ...]:
    """Names of people: a known first name (gender-guesser's name list) and the word after it;
    not a capitalised function word ("Am Freitag", "In Sorge") nor a vehicle ("Mercedes Benz")."""
    return tuple(
        m.group(1) + m.group(2)
        for m in _NAME_PAIR.finditer(text)
        if is_first_name(m.group(1))
        and tokenize(m.group(1))
        and not VEHICLE_WORD.fullmatch(m.group(1))
    )


# Between a name and the office the person acts for: "Bettina Werner für die Staatsanwaltschaft",
# "Nina Schraml, Richtern am Amtsgericht", "Hendrik Schickhoff als Leiter des Jugendamtes".
ACTS_FOR = re.compile(
    r",?\s+(?:für|vom|von)\s+(?:(?:die|den|das|der|dem)\s+)?"
    r"|(?:,\s+|\s+als\s+)[A-ZÄÖÜ][\w-]+\s+(?:am|an der|beim|bei der|des|der|im|vom)\s+"
)


# What stands right before an office someone acts for: "vom Hauptzollamt", "Für die Stadt".
_FOR_OFFICE = re.compile(
    r"\b(?:für|vom|von|seitens|seiten)\s+(?:(?:die|den|das|der|dem|des)\s+)?$", re.I
)
# A role in the office right before the office, whose holder is named right after it: "der
# Leiter der JVA Hamm Martin Wulfert", "der Vorsitzende des Polizeibeirats Axel Püttner".
_ROLE_IN_OFFICE = re.compile(r"\b[A-ZÄÖÜ][\w-]+\s+(?:des|der)\s+$")
_HOLDER_AFTER_OFFICE = re.compile(r"(?:\s+[A-ZÄÖÜ][\w-]+)?\s+")
NEXT_OFFICE = re.compile(r"\s(?:und|sowie)\s+(?:vom|von|für)\s")
_NAMED_AFTER_OFFICE = 80  # characters from the office to the name of who acted for it, at most


def names_someone_for(text: str, office: TermMatch) -> bool:
    """Does the text name a person who acted for the office (names_acting_for)?"""
    return bool(names_acting_for(text, office))


def names_acting_for(text: str, office: TermMatch) -> tuple[str, ...]:
    """The people the text names as acting for the office: after "für", "von" … it, up to where
    the next office's people begin ("von Seiten der Bundespolizei der stellvertretende
    Inspektionsleiter Rainer Hochkeppler", "Für die Stadt Hamm beteiligten sich Rechtsdezernent
    Jörg Mösgen"), as the holder of a role in it ("der Leiter der JVA Hamm Martin Wulfert"), or
    before "für" it or a role in it ("die Oberstaatsanwältin Bettina Werner für die
    Staatsanwaltschaft Dortmund", "Nina Schraml, Richtern am Amtsgericht Hamm")."""
    names = _named_at(text)
    acting = []
    for office_at in words_for(text, office):
        before = [n for n, _, end in names if ACTS_FOR.fullmatch(text[end : office_at.start()])]
        if before:  # "Bettina Werner für die Staatsanwaltschaft Dortmund, …, Nina Schraml"
            acting += before
            continue
        next_office = NEXT_OFFICE.search(text, office_at.end())
        until = next_office.start() if next_office else len(text)
        acting += [
            name
            for name, start, _ in names
            if (
                0 < start - office_at.end() <= _NAMED_AFTER_OFFICE
                and start < until
                and _FOR_OFFICE.search(text, 0, office_at.start())
            )
            or (
                _ROLE_IN_OFFICE.search(text, 0, office_at.start())
                and _HOLDER_AFTER_OFFICE.fullmatch(text, office_at.end(), start)
            )
        ]
    return tuple(dict.fromkeys(acting))


def _named_at(text: str) -> list[tuple[str, int, int]]:
    """The people the text names, each with where the name starts and ends."""
    return [
        (name, at, at + len(name)) for name in person_names(text) if (at := text.find(name)) >= 0
    ]


def names_holding(text: str, role: TermMatch) -> tuple[str, ...]:
    """The people the text names in the role: right after it ("die Oberstaatsanwältin Bettina
    Werner"), or before it, set off by a comma or "als" ("Nina Schraml, Richtern am Amtsgericht
    Hamm", "Hendrik Schickhoff als Leiter des Jugendamtes"). A role is a noun: "judge" may be
    searched as "spricht" too, but "spricht Thomas Kubera" does not make him one."""
    roles = [word for word in words_for(text, role) if word.group(0)[0].isupper()]
    held = (
        name
        for name, start, end in _named_at(text)
        if any(
            text[role_at.end() : start].isspace() or text[end : role_at.start()] in (", ", " als ")
            for role_at in roles
        )
    )
    return tuple(dict.fromkeys(held))
