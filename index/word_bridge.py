"""The corpus's German words for an English question's words, found by meaning: the multilingual
encoder puts "bedroom" next to "Schlafzimmer", "hospital" next to "Krankenhaus" and "jewelry"
next to "Schmuck", so that an English question's words are searched in German text too. The
corpus's most frequent words are encoded at each rebuild (cached like passages) into a small
HNSW graph. index.search looks up the words of an English question that the corpus lacks, and
those it has only where the passages nearest the question do not ("house" in an English quote).

Alone, a word means too many things to pass BRIDGE_MIN often ("burglar" is nearest to
"gestohlen"). Among the words of the passages nearest the whole question, the nearest word to
"burglar" is "Einbrecher" at a lower similarity: translations_among reads a word the corpus
lacks in the context the question gives it."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

from index.lexical import LexicalIndex

BRIDGE_WORDS = 10_000  # the corpus's most frequent search terms that an English word can reach
BRIDGE_MIN = 0.8  # cosine similarity from which a German word stands for an English one
BRIDGE_LIMIT = 3  # German words per English word, at most
CONTEXT_MIN = 0.6  # cosine similarity from which the nearest word among given ones stands for it
MAX_BRIDGE_TERMS = 2 * BRIDGE_WORDS  # an extended bridge larger than this is built afresh
# Shorter words ("di", "na") are abbreviations and parts of names; a short stem of a longer word
# is not ("feu" of "Feuer", which "fire" means).
BRIDGE_MIN_LENGTH = 4
# The graph finds the three nearest words of 59 of 60 a full scan finds (20 English words, 20,000
# German ones), in 0.2 ms instead of 4.5 ms for a question's words; built in about 0.5 s.
GRAPH_LINKS = 16
GRAPH_EF_CONSTRUCTION = 40
GRAPH_EF_SEARCH = 64
TERMS_FILE = "terms.txt"
GRAPH_FILE = "words.faiss"
BRIDGE_FILES = (TERMS_FILE, GRAPH_FILE)


def usual_spellings(lexical: LexicalIndex) -> dict[str, str]:
    """The corpus's BRIDGE_WORDS most frequent search terms (in the most passages), each with its
    most frequent spelling ("Schlafzimmer" for schlafzimm): what the bridge encodes. From the
    lexical index just built, which has read every word once already."""
    found = {}
    for term in lexical.frequent_terms(2 * BRIDGE_WORDS):
        spelling = lexical.spellings.get(term)
        if spelling and len(spelling) >= BRIDGE_MIN_LENGTH and not spelling.isdigit():
            found[term] = spelling
            if len(found) == BRIDGE_WORDS:
                break
    return found


class WordBridge:
    def __init__(self, terms: list[str], graph: faiss.Index) -> None:
        self.terms = terms  # search terms of the corpus (usual_spellings), one graph row each
        self._row_of = {term: row for row, term in enumerate(terms)}
        self._graph = graph
        self._graph.hnsw.efSearch = GRAPH_EF_SEARCH

    @classmethod
    def of_vectors(cls, terms: list[str], vectors: np.ndarray) -> WordBridge:
        """The bridge over the terms' L2-normalised vectors (of their usual spellings)."""
        graph = faiss.IndexHNSWFlat(vectors.shape[1], GRAPH_LINKS, faiss.METRIC_INNER_PRODUCT)
        graph.hnsw.efConstruction = GRAPH_EF_CONSTRUCTION
        graph.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return cls(terms, graph)

    def extended(self, terms: list[str], vectors: np.ndarray) -> WordBridge:
        """A copy with those of the terms it lacks added (vectors: one row per term), in a copy
        of its graph: a rebuild adds the few words a new release brings instead of building the
        graph again. Words no longer among the most frequent stay; they are still words."""
        known = set(self.terms)
        new = [number for number, term in enumerate(terms) if term not in known]
        graph = faiss.clone_index(self._graph)
        graph.add(np.ascontiguousarray(vectors[new], dtype=np.float32))
        return WordBridge(self.terms + [terms[number] for number in new], graph)

    def save(self, folder: Path) -> None:
        folder.mkdir()
        (folder / TERMS_FILE).write_text("\n".join(self.terms), encoding="utf-8")
        faiss.write_index(self._graph, str(folder / GRAPH_FILE))

    @classmethod
    def load(cls, folder: Path) -> WordBridge:
        text = (folder / TERMS_FILE).read_text(encoding="utf-8")
        return cls(text.split("\n") if text else [], faiss.read_index(str(folder / GRAPH_FILE)))

    def translations(self, terms: list[str], vectors: np.ndarray) -> dict[str, dict[str, float]]:
        """For each term (a word of an English question, its vector in that row of vectors): the
        corpus terms whose words mean the same, with their similarity — at most BRIDGE_LIMIT,
        each at least BRIDGE_MIN."""
        if not terms or not self.terms:
            return {}
        # One word at a time: a batch starts faiss's OpenMP threads, which wakes them from sleep
        # and costs twice what a question's few searches do alone (1.4 against 2.8 ms for three).
        found = {}
        for term, vector in zip(terms, np.asarray(vectors, dtype=np.float32), strict=True):
            similarities, rows = self._graph.search(vector[None, :], BRIDGE_LIMIT)
            found[term] = {
                self.terms[row]: float(similarity)
                for similarity, row in zip(similarities[0], rows[0].tolist(), strict=True)
                if row >= 0 and similarity >= BRIDGE_MIN
            }
        return found

    def translations_among(
        self, terms: list[str], vectors: np.ndarray, among: set[str]
    ) -> dict[str, dict[str, float]]:
        """For each term (its vector in that row of vectors): the one of the corpus terms among
        `among` (those the bridge holds) whose word means it most, when at least CONTEXT_MIN."""
        rows = sorted(self._row_of[term] for term in among if term in self._row_of)
        if not terms or not rows:
            return {}
        candidates = self._graph.reconstruct_batch(np.asarray(rows, dtype=np.int64))
        similarities = np.asarray(vectors, dtype=np.float32) @ candidates.T
        nearest = similarities.argmax(axis=1)
        return {
            term: {self.terms[rows[column]]: float(similarities[number, column])}
            for number, (term, column) in enumerate(zip(terms, nearest.tolist(), strict=True))
            if similarities[number, column] >= CONTEXT_MIN
        }
