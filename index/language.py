"""Telling German questions from English ones, by their function words."""

from __future__ import annotations

import re

from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_GERMAN

_ENGLISH_QUESTION = frozenset(
    [
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "which",
        "why",
        "how",
        "many",
        "much",
        "did",
        "does",
    ]
)
_GERMAN_QUESTION = frozenset(
    ["wer", "wen", "wem", "wann", "wo", "wie", "warum", "welche", "welcher", "welches", "viele"]
)
_GERMAN = (frozenset(STOPWORDS_GERMAN) | _GERMAN_QUESTION) - frozenset(STOPWORDS_EN)
_ENGLISH = (frozenset(STOPWORDS_EN) | _ENGLISH_QUESTION) - frozenset(STOPWORDS_GERMAN)
_GERMAN_LETTERS = re.compile(r"[äöüß]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """'de' or 'en'; German when in doubt, as the releases are German."""
    words = [w.lower() for w in _WORD.findall(text)]
    german = sum(w in _GERMAN for w in words) + len(_GERMAN_LETTERS.findall(text))
    english = sum(w in _ENGLISH for w in words)
    return "en" if english > german else "de"
