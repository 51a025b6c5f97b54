"""The German words police releases use for English words and phrases a question may be asked in:
"door" is "Tür", "thieves" "Diebe", "maypole" "Maibaum", "car park" "Parkplatz". The multilingual
encoder's word vectors miss many of them ("door" is nearest to "entlang", "maypole" to
"potenziell"; index.word_bridge), as a word alone is a poor input for a sentence encoder. The
glossary (glossary_en_de.txt, one English word or phrase per line: "door: Tür, Haustür") was
written for the kinds of events releases report by helpers that saw neither the code nor the
benchmark's questions (docs/quality.md)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from index.lexical import tokenize

GLOSSARY_FILE = Path(__file__).with_name("glossary_en_de.txt")
GLOSSARY_WEIGHT = 0.9  # a German word of the glossary counts this much for the English one
MAX_PHRASE_TERMS = 3

Glossary = dict[tuple[str, ...], tuple[str, ...]]


def parse_glossary(text: str, source: str = GLOSSARY_FILE.name) -> Glossary:
    """The search terms of an English word or phrase -> the search terms of its German words,
    from "word: Wort, Wort" lines; a German compound written with a hyphen stands for its last
    part ("E-Scooter" for "Scooter"). A line of another form, or whose English side has no
    search term or more than MAX_PHRASE_TERMS, is an error naming its number."""
    found: Glossary = {}
    for number, line in enumerate(text.splitlines(), start=1):
        english, colon, german = line.partition(":")
        english_terms = tuple(tokenize(english))
        german_terms = [terms[-1] for word in german.split(",") if (terms := tokenize(word))]
        if not colon or not 0 < len(english_terms) <= MAX_PHRASE_TERMS or not german_terms:
            raise ValueError(
                f"{source} line {number}: expected 'word: Wort, Wort' with up to "
                f"{MAX_PHRASE_TERMS} English words that are search terms, got {line!r}"
            )
        known = found.get(english_terms, ())
        found[english_terms] = tuple(dict.fromkeys([*known, *german_terms]))
    return found


@lru_cache(maxsize=1)
def glossary() -> Glossary:
    return parse_glossary(GLOSSARY_FILE.read_text(encoding="utf-8"))


def glossary_translations(
    terms: list[str], lemmas: dict[str, str] | None = None
) -> dict[str, dict[str, float]]:
    """For the English search terms of a question, in order: the German search terms, weighted,
    of each word the glossary has and of each phrase it has, those given to the phrase's last
    word ("car park" → "Parkplatz" for "park"). A word or phrase the glossary lacks is looked up
    in its dictionary form (lemmas, see index.lexical.lemma_terms: "burgled" as "burgle")."""
    found = _looked_up(terms)
    if lemmas:
        in_dictionary_form = _looked_up([lemmas.get(term, term) for term in terms])
        for position, german in in_dictionary_form.items():
            found.setdefault(position, german)
    return {terms[position]: german for position, german in sorted(found.items())}


def _looked_up(terms: list[str]) -> dict[int, dict[str, float]]:
    """The glossary's German terms, weighted, by the position of the word they are given to."""
    known = glossary()
    found: dict[int, dict[str, float]] = {}
    for length in range(1, MAX_PHRASE_TERMS + 1):
        for start in range(len(terms) - length + 1):
            german = known.get(tuple(terms[start : start + length]), ())
            if german:
                found.setdefault(start + length - 1, {}).update(
                    dict.fromkeys(german, GLOSSARY_WEIGHT)
                )
    return found
