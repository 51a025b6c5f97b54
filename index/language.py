"""Telling German questions from English ones: by the question word they open with, otherwise by
py3langid's character n-gram model, restricted to the two languages."""

from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# The question words of each language (index.lexical drops them as search terms); "was" is
# both a German and an English word.
GERMAN_QUESTION_WORDS = (
    *("wer", "wen", "wem", "wessen", "wann", "wo", "wohin", "woher", "wie", "wieviel"),
    *("wieviele", "welche", "welcher", "welches", "welchen", "welchem", "warum", "weshalb"),
    "wieso",
)
ENGLISH_QUESTION_WORDS = (
    *("who", "whom", "whose", "what", "when", "where", "which", "why", "how", "did", "does"),
    *("do", "were"),
)
# Words that open a question in one language only ("was" opens both: "was wurde gestohlen",
# "was the driver drunk").
_ENGLISH_OPENERS = frozenset(
    [*ENGLISH_QUESTION_WORDS, "is", "are", "has", "have", "had", "can", "could"]
)
_GERMAN_OPENERS = frozenset(
    [*GERMAN_QUESTION_WORDS, "gab", "gibt", "ist", "sind", "hat", "haben", "wurde", "wurden"]
)
ENGLISH_MIN = 0.6  # how sure the model must be of English: "unfall b27" is German (0.53 English)
_LEADING = re.compile(r"\W*(?:(?:und|and|also|so)\s+)?([^\W\d_]+)")


def detect_language(text: str) -> str:
    """'de' or 'en'; German when in doubt, as the releases are German. "leimen tram crash damage"
    and "who was at the Sicherheitskonferenz" are English."""
    lowered = text.lower()
    opening = _LEADING.match(lowered)
    if opening is None:
        return "de"
    if opening.group(1) in _ENGLISH_OPENERS:
        return "en"
    if opening.group(1) in _GERMAN_OPENERS:
        return "de"
    language, probability = _identifier().classify(lowered)
    return "en" if language == "en" and probability >= ENGLISH_MIN else "de"


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(["de", "en"])
    return identifier
