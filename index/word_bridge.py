"""The corpus's German words for an English question's words, found by meaning: the multilingual
encoder puts "stolen" next to "gestohlen", "hospital" next to "Krankenhaus" and "jewelry" next
to "Schmuck", so that an English question's words are searched in German text too. Built with
the index (the corpus's most frequent words, encoded once), used by index.search."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from index.encoders import Encoder
from index.lexical import term_of, words_of

BRIDGE_WORDS = 30_000  # the corpus's most frequent search terms that an English word can reach
BRIDGE_MIN = 0.8  # cosine similarity from which a German word stands for an English one
BRIDGE_LIMIT = 3  # German words per English word, at most
BRIDGE_MIN_LENGTH = 4  # shorter corpus terms ("di", "na") are abbreviations and parts of names
CACHED_WORDS = 100_000  # English words whose German words are kept once looked up
TERMS_FILE = "bridge_terms.txt"
VECTORS_FILE = "bridge_vectors.npy"


def usual_spellings(texts: Iterable[str]) -> dict[str, str]:
    """The texts' BRIDGE_WORDS most frequent search terms, most frequent first, each with its
    most frequent spelling: what the bridge encodes."""
    spellings: Counter[tuple[str, str]] = Counter()
    for text in texts:
        spellings.update(s for s in _spellings(text) if len(s[0]) >= BRIDGE_MIN_LENGTH)
    per_term: Counter[str] = Counter()
    spelling_of: dict[str, str] = {}
    for (term, word), count in spellings.most_common():
        per_term[term] += count
        spelling_of.setdefault(term, word)
    return {term: spelling_of[term] for term, _ in per_term.most_common(BRIDGE_WORDS)}


class WordBridge:
    def __init__(self, terms: list[str], vectors: np.ndarray) -> None:
        self.terms = terms  # search terms of the corpus (usual_spellings)
        self.vectors = vectors.astype(np.float32)  # one L2-normalised row per term
        self._found: dict[str, dict[str, float]] = {}  # word -> German terms, similarity

    def save(self, folder: Path) -> None:
        (folder / TERMS_FILE).write_text("\n".join(self.terms), encoding="utf-8")
        np.save(folder / VECTORS_FILE, self.vectors.astype(np.float16), allow_pickle=False)

    @classmethod
    def load(cls, folder: Path) -> WordBridge:
        text = (folder / TERMS_FILE).read_text(encoding="utf-8")
        vectors = np.load(folder / VECTORS_FILE, allow_pickle=False)
        return cls(text.split("\n") if text else [], vectors)

    def german_terms(self, question: str, encoder: Encoder) -> dict[str, dict[str, float]]:
        """For each search term of the (English) question, the corpus terms whose words mean the
        same, with their similarity: at most BRIDGE_LIMIT, each at least BRIDGE_MIN."""
        words = dict(_spellings(question))
        new = [word for word in dict.fromkeys(words.values()) if word not in self._found]
        if new and self.terms:
            if len(self._found) + len(new) > CACHED_WORDS:
                self._found.clear()
            similarities = encoder.encode(new) @ self.vectors.T
            for word, row in zip(new, similarities, strict=True):
                limit = min(BRIDGE_LIMIT, len(row))
                best = np.argpartition(-row, limit - 1)[:limit]
                self._found[word] = {
                    self.terms[i]: float(row[i]) for i in best if row[i] >= BRIDGE_MIN
                }
        return {term: self._found.get(word, {}) for term, word in words.items()}


def _spellings(text: str) -> list[tuple[str, str]]:
    """(search term, word as written) for each word of the text that is a search term."""
    found = []
    for word in words_of(text):
        term = term_of(word)
        if term is not None and not word.isdigit():
            found.append((term, word))
    return found
