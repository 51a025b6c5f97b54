"""The German words police releases use for English words a question may be asked in: "door" is
"Tür", "thieves" "Diebe", "maypole" "Maibaum". The multilingual encoder's word vectors miss many
of them ("door" is nearest to "entlang", "maypole" to "potenziell"; index.word_bridge), as a
word alone is a poor input for a sentence encoder. The glossary (glossary_en_de.txt, one English
word per line: "door: Tür, Haustür") was written for the kinds of events releases report by a
helper that saw neither the code nor the benchmark's questions (docs/quality.md)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from index.lexical import tokenize

GLOSSARY_FILE = Path(__file__).with_name("glossary_en_de.txt")
GLOSSARY_WEIGHT = 0.9  # a German word of the glossary counts this much for the English one


def parse_glossary(text: str, source: str = GLOSSARY_FILE.name) -> dict[str, tuple[str, ...]]:
    """English search term -> the search terms of its German words, from "word: Wort, Wort"
    lines; a German compound written with a hyphen stands for its last part ("E-Scooter" for
    "Scooter"). A line of another form, or whose English word is no search term, is an error
    naming its number."""
    found: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        english, colon, german = line.partition(":")
        english_terms = tokenize(english)
        german_terms = [terms[-1] for word in german.split(",") if (terms := tokenize(word))]
        if not colon or len(english_terms) != 1 or not german_terms:
            raise ValueError(
                f"{source} line {number}: expected 'word: Wort, Wort' with one English word that "
                f"is a search term, got {line!r}"
            )
        (term,) = english_terms
        found[term] = tuple(dict.fromkeys([*found.get(term, ()), *german_terms]))
    return found


@lru_cache(maxsize=1)
def glossary() -> dict[str, tuple[str, ...]]:
    return parse_glossary(GLOSSARY_FILE.read_text(encoding="utf-8"))


def glossary_translations(terms: list[str]) -> dict[str, dict[str, float]]:
    """For each English search term the glossary has: its German search terms, weighted."""
    known = glossary()
    return {term: dict.fromkeys(known[term], GLOSSARY_WEIGHT) for term in terms if term in known}
