"""Hybrid retrieval: dense (FAISS) and lexical (BM25) evidence fused per passage and release."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.encoders import Encoder
from index.language import detect_language
from index.lexical import TermMatch, tokenize
from index.releases import Release
from index.segment import Passage
from index.store import StoredIndex

CANDIDATES = 200  # passages taken from each of the dense and the lexical ranking


@dataclass(frozen=True)
class FusionWeights:
    dense: float  # cosine similarity of question and passage
    bm25: float  # BM25 relative to the best passage for this question
    coverage: float  # share of the question's term weight found in the passage
    support: float  # how much a release's second-best passage adds to its best one
    joint: float  # share of the question's term weight found anywhere in the release


# Fitted on XQuAD and the in-domain development set (bench/quality.py, docs/quality.md):
# German questions share words with the releases; English ones reach them through the encoder.
WEIGHTS = {
    "de": FusionWeights(dense=0.5, bm25=0.25, coverage=0.5, support=0.15, joint=0.3),
    "en": FusionWeights(dense=0.8, bm25=0.1, coverage=0.35, support=0.15, joint=0.2),
}


@dataclass(frozen=True)
class Query:
    text: str
    language: str
    terms: list[TermMatch]
    vector: np.ndarray
    bm25: np.ndarray  # BM25 score of every passage


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float
    dense: float
    coverage: float


@dataclass(frozen=True)
class ReleaseHit:
    release: Release
    score: float
    hits: tuple[Hit, ...]  # its matching passages, best first


class Searcher:
    def __init__(self, index: StoredIndex, encoder: Encoder) -> None:
        self.index = index
        self.encoder = encoder
        numbers: dict[str, list[int]] = {}
        for number, passage in enumerate(index.passages):
            numbers.setdefault(passage.release_id, []).append(number)
        self._passage_ids = {release_id: np.asarray(n) for release_id, n in numbers.items()}

    def passage_ids(self, release_id: str) -> np.ndarray:
        return self._passage_ids[release_id]

    def query(self, text: str) -> Query:
        terms = self.index.lexical.match_terms(tokenize(text))
        return Query(
            text=text,
            language=detect_language(text),
            terms=terms,
            vector=self.encoder.encode([text])[0],
            bm25=self.index.lexical.scores(terms),
        )

    def search(self, query: Query, releases: int = 5) -> list[ReleaseHit]:
        """The releases that best answer the query, best first, each with its scored passages."""
        _, dense_ids = self.index.vectors.search(query.vector[None, :], CANDIDATES)
        lexical_ids = np.argsort(-query.bm25)[:CANDIDATES]
        lexical_ids = lexical_ids[query.bm25[lexical_ids] > 0]
        candidates = np.union1d(dense_ids[0][dense_ids[0] >= 0], lexical_ids)
        hits = self.score_passages(query, candidates)
        by_release: dict[str, list[Hit]] = {}
        for hit in sorted(hits, key=lambda h: -h.score):
            by_release.setdefault(hit.passage.release_id, []).append(hit)
        weights = WEIGHTS[query.language]
        ranked = []
        for release_id, release_hits in by_release.items():
            second = release_hits[1].score if len(release_hits) > 1 else 0.0
            joint = self.index.lexical.joint_coverage(query.terms, self.passage_ids(release_id))
            score = release_hits[0].score + weights.support * second + weights.joint * joint
            ranked.append(ReleaseHit(self.index.releases[release_id], score, tuple(release_hits)))
        ranked.sort(
            key=lambda r: (-r.score, -(r.release.date.toordinal() if r.release.date else 0))
        )
        return ranked[:releases]

    def release_passages(self, query: Query, release_id: str) -> list[Hit]:
        """Every passage of one release, scored for the query, in reading order."""
        return self.score_passages(query, self.passage_ids(release_id))

    def score_passages(self, query: Query, passage_ids: np.ndarray) -> list[Hit]:
        weights = WEIGHTS[query.language]
        vectors = self.index.vectors.reconstruct_batch(passage_ids.astype(np.int64))
        dense = vectors @ query.vector
        best_bm25 = float(query.bm25.max()) or 1.0
        bm25 = query.bm25[passage_ids] / best_bm25
        coverage = self.index.lexical.coverage(query.terms, passage_ids)
        scores = weights.dense * dense + weights.bm25 * bm25 + weights.coverage * coverage
        return [
            Hit(self.index.passages[i], float(s), float(d), float(c))
            for i, s, d, c in zip(passage_ids, scores, dense, coverage, strict=True)
        ]
