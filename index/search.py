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


# Fitted on release recall@1 of German and English questions: the development set (38 real
# releases among 300 news articles) and 600 XQuAD questions (240 German paragraphs). German
# questions share words with the releases; English ones reach them mostly through the encoder.
WEIGHTS = {
    "de": FusionWeights(dense=0.8, bm25=0.1, coverage=0.2, support=0.15, joint=0.3),
    "en": FusionWeights(dense=1.0, bm25=0.1, coverage=0.2, support=0.15, joint=0.1),
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
        """The releases that best answer the query, best first, each with its scored passages.
        Of releases that score the same, the newest comes first."""
        _, dense_ids = self.index.vectors.search(query.vector[None, :], CANDIDATES)
        lexical_ids = _top(query.bm25, CANDIDATES)
        lexical_ids = lexical_ids[query.bm25[lexical_ids] > 0]
        candidates = np.union1d(dense_ids[0][dense_ids[0] >= 0], lexical_ids)
        by_release: dict[str, list[Hit]] = {}
        for hit in self.score_passages(query, candidates):
            by_release.setdefault(hit.passage.release_id, []).append(hit)
        joint = self._joint_coverage(query, list(by_release))
        ranked = [
            self._release_hit(query, release_id, hits, joint[release_id])
            for release_id, hits in by_release.items()
        ]
        ranked.sort(key=_newest_first)
        return ranked[:releases]

    def release_hit(self, query: Query, release_id: str) -> ReleaseHit:
        """One release scored for the query, as search would score it."""
        hits = self.release_passages(query, release_id)
        return self._release_hit(
            query, release_id, hits, self._joint_coverage(query, [release_id])[release_id]
        )

    def _release_hit(
        self, query: Query, release_id: str, hits: list[Hit], joint: float
    ) -> ReleaseHit:
        hits = sorted(hits, key=lambda h: -h.score)
        weights = WEIGHTS[query.language]
        second = hits[1].score if len(hits) > 1 else 0.0
        score = hits[0].score + weights.support * second + weights.joint * joint
        return ReleaseHit(self.index.releases[release_id], score, tuple(hits))

    def _joint_coverage(self, query: Query, release_ids: list[str]) -> dict[str, float]:
        """For each release, the share of the question's term weight found anywhere in it (one
        sentence may name the office, another the people), computed for all of them at once."""
        total = sum(match.idf for match in query.terms)
        if total == 0 or not release_ids:
            return dict.fromkeys(release_ids, 0.0)
        ids = [self.passage_ids(release_id) for release_id in release_ids]
        presence = self.index.lexical.term_presence(query.terms, np.concatenate(ids))
        bounds = np.cumsum([0, *map(len, ids)])
        per_release = np.maximum.reduceat(presence, bounds[:-1], axis=1).sum(axis=0) / total
        return dict(zip(release_ids, per_release.tolist(), strict=True))

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


def _top(scores: np.ndarray, count: int) -> np.ndarray:
    """Indices of the `count` highest scores, best first, without sorting them all."""
    if len(scores) <= count:
        return np.argsort(-scores)
    top = np.argpartition(-scores, count)[:count]
    return top[np.argsort(-scores[top])]


def _newest_first(release_hit: ReleaseHit) -> tuple[float, int]:
    date = release_hit.release.date
    return (-round(release_hit.score, 6), -(date.toordinal() if date else 0))
