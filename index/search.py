"""Hybrid retrieval: dense (FAISS) and lexical (BM25) evidence fused per passage and release."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

import numpy as np

from index.dates import DateRange
from index.encoders import Encoder
from index.glossary import colloquial_translations, glossary_translations
from index.language import detect_language
from index.lexical import (
    TermMatch,
    TermPresence,
    coverage_of,
    lemma_terms,
    term_set,
    tokenize,
    without_invisible,
    without_question_phrases,
    word_terms,
    words_of,
)
from index.places import PlaceNames
from index.releases import Release
from index.segment import Passage
from index.store import StoredIndex

CANDIDATES = 200  # passages taken from each of the dense and the lexical ranking
# An English question's words are also read among the words of this many passages nearest to it
# in meaning (index.word_bridge.WordBridge.translations_among).
CONTEXT_PASSAGES = 20
WORD_VECTORS = 10_000  # English question words whose vectors are kept (20 MB with USE)
# A question that names days ("gestern", "im Oktober 2021") prefers the releases dated in them.
PUBLICATION_LAG_DAYS = 1  # what happens late on a day is often published the next morning
DATED_SCAN = 2000  # up to this many passages of those days are all scored, one by one
DATED_WIDENING = 10  # above: the dense ranking is read this much deeper, then other days dropped
DATED_SHARE = 0.75  # those days answer when their best release scores this share of the best
# A place the question names (a town, a district, a street of the corpus) weighs this much more
# in a release's joint coverage when releases are ranked: "why cant the cops say what was taken
# from the house in angelbachtal" is about the release from Angelbachtal, not one whose words
# match better. 2.0 gained 3 read answers and lost 2 declines; 3.0 gained 4 and lost 1 (XQuAD
# and the held-out sets unchanged by either).
PLACE_WEIGHT = 3.0


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
# English joint coverage 0.1 -> 0.3 once their words were also read in context (recall@1 on
# English dev + fresh questions 0.888 -> 0.897, on the other half of XQuAD 0.867 -> 0.869).
WEIGHTS = {
    "de": FusionWeights(dense=0.8, bm25=0.1, coverage=0.2, support=0.15, joint=0.3),
    "en": FusionWeights(dense=1.0, bm25=0.1, coverage=0.2, support=0.15, joint=0.3),
}


@dataclass(frozen=True)
class Query:
    text: str
    language: str
    terms: list[TermMatch]
    vector: np.ndarray
    bm25: np.ndarray  # BM25 score of every passage
    nearest: np.ndarray  # the CANDIDATES passages nearest in meaning, nearest first
    presence: TermPresence  # of its terms in the passages looked up so far
    dates: DateRange | None = None  # the days the question asks about, when it names some

    def coverage(self, passage_ids: np.ndarray) -> np.ndarray:
        """Of each passage, the share of the question's term weight (idf) it holds."""
        return coverage_of(self.presence.of(passage_ids), self.terms)


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
    in_dates: bool = False  # dated in the days the question asks about (and ranked first)
    coverage: float = 0.0  # share of the question's term weight found anywhere in it


class Searcher:
    def __init__(self, index: StoredIndex, encoder: Encoder) -> None:
        self.index = index
        self.encoder = encoder
        self._word_vectors: dict[str, np.ndarray] = {}  # word of an English question -> vector
        numbers: dict[str, list[int]] = {}
        for number, passage in enumerate(index.passages):
            numbers.setdefault(passage.release_id, []).append(number)
        self._passage_ids = {release_id: np.asarray(n) for release_id, n in numbers.items()}
        self._release_ids = list(numbers)
        self.places = PlaceNames(index.releases.values())
        # Of each passage: its release (a number into _release_ids) and that release's date.
        self._release_numbers = np.zeros(len(index.passages), dtype=np.int64)
        self._passage_days = np.zeros(len(index.passages), dtype=np.int64)
        for release_number, (release_id, ids) in enumerate(self._passage_ids.items()):
            self._release_numbers[ids] = release_number
            self._passage_days[ids] = _day_number(index.releases[release_id].date)

    def passage_ids(self, release_id: str) -> np.ndarray:
        return self._passage_ids[release_id]

    def query(self, text: str, dates: DateRange | None = None) -> Query:
        """The question's terms and vector; dates: the days it asks about, whose words are best
        left out of text (index.dates.split_time_words). The words of an English question are
        encoded with it in one call and searched as the German words that mean the same too
        (index.word_bridge): a word the corpus lacks as the words that mean it alone and the
        word of the passages nearest the question that means it most; a word the corpus has but
        those passages lack ("house" in an English quote) as the words that mean it alone
        (index.lexical.LexicalIndex.match_terms keeps those much more frequent than it); and
        each word or phrase the glossary has as its German words (index.glossary). The words of
        a German question are searched in their dictionary form too (lemma_terms)."""
        text = without_invisible(text)
        language = detect_language(text)
        asked = without_question_phrases(text)  # "how many" says what kind of answer is wanted
        english = dict(word_terms(asked)) if language == "en" else {}  # term -> word as written
        question, words = self._encode(text, list(english.values()))
        _, nearest = self.index.vectors.search(question[None, :], CANDIDATES)
        nearest = nearest[0][nearest[0] >= 0]
        translations = self._translations(list(english), words, nearest)
        words_asked = words_of(asked)
        glossary = (
            glossary_translations(words_asked) if english else colloquial_translations(words_asked)
        )
        lemmas = lemma_terms(asked) if language == "de" else {}
        lexical = self.index.lexical
        terms = lexical.match_terms(
            tokenize(asked), translations, language == "en", lemmas, glossary
        )
        if language == "en":
            terms = lexical.with_pair_compounds(terms)
        elif words_asked:
            terms = lexical.with_joined_words(terms, [word.lower() for word in words_asked])
        return Query(
            text=text,
            language=language,
            terms=terms,
            vector=question,
            bm25=lexical.scores(terms),
            nearest=nearest,
            presence=TermPresence(lexical, terms),
            dates=dates,
        )

    def _encode(self, text: str, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The text's vector and the words' (one row each), in one encoder call; a word's vector
        is kept for the questions after (English questions share many words), up to
        WORD_VECTORS words. Safe when questions are answered in several threads at once."""
        known = {word: self._word_vectors.get(word) for word in words}
        new = [word for word, vector in known.items() if vector is None]
        vectors = self.encoder.encode([text, *new])
        known.update(zip(new, vectors[1:], strict=True))
        if len(self._word_vectors) + len(new) > WORD_VECTORS:
            self._word_vectors.clear()
        self._word_vectors.update(zip(new, vectors[1:], strict=True))
        rows = [known[word] for word in words]
        return vectors[0], np.array(rows).reshape(len(words), vectors.shape[1])

    def _translations(
        self, english: list[str], vectors: np.ndarray, nearest: np.ndarray
    ) -> dict[str, dict[str, float]]:
        """German terms for the English terms (their vectors in those rows), see query."""
        if not english:
            return {}
        lexical, bridge = self.index.lexical, self.index.bridge
        context = set()
        for number in nearest[:CONTEXT_PASSAGES].tolist():
            context.update(term_set(self.index.passages[number].text))
        known = [lexical.has_term(term) for term in english]
        lacked = [n for n, term in enumerate(english) if not known[n]]
        rare = [n for n, term in enumerate(english) if known[n] and term not in context]
        found = bridge.translations([english[n] for n in lacked + rare], vectors[lacked + rare])
        lacked_terms = [english[n] for n in lacked]
        among = bridge.translations_among(lacked_terms, vectors[lacked], context)
        for term, german in among.items():
            found[term] = {**german, **found.get(term, {})}
        return found

    def search(self, query: Query, releases: int = 5) -> list[ReleaseHit]:
        """The releases that best answer the query, best first, each with its scored passages.
        Of releases that score the same, the newest comes first.

        When the query names days, the releases dated in them (or the day after, when what
        happened late is published) come first, marked in_dates, followed by the others — if
        the best of them scores at least DATED_SHARE of the best release of any date. Otherwise
        nothing of those days answers and the ranking is the one without dates. A release
        without a date is never in the days asked about, and never left out either: it ranks
        among the others."""
        ranked = self._rank(query, self._candidates(query), releases)
        in_dates = self._passages_in(query.dates) if query.dates else np.empty(0, np.int64)
        if len(in_dates) == 0:
            return ranked
        dated = self._rank(query, self._candidates(query, within=in_dates), releases)
        if not dated or (ranked and dated[0].score < DATED_SHARE * ranked[0].score):
            return ranked
        chosen = {r.release.release_id for r in dated}
        others = [r for r in ranked if r.release.release_id not in chosen]
        return [*(replace(r, in_dates=True) for r in dated), *others][:releases]

    def release_hit(self, query: Query, release_id: str) -> ReleaseHit:
        """One release scored for the query, as search would score it."""
        hits = self.release_passages(query, release_id)
        release_hit = self._release_hit(
            query, release_id, hits, self._joint_coverage(query, [release_id])[release_id][0]
        )
        in_dates = query.dates is not None and dated_in(release_hit.release, query.dates)
        return replace(release_hit, in_dates=in_dates)

    def _candidates(self, query: Query, within: np.ndarray | None = None) -> np.ndarray:
        """Passage numbers worth scoring: the best of the dense and of the lexical ranking;
        within: only of these passages (all of them when they are few)."""
        if within is not None and len(within) <= DATED_SCAN:
            return within
        dense_ids = query.nearest
        bm25 = query.bm25
        if within is not None:
            depth = CANDIDATES * DATED_WIDENING
            _, dense_ids = self.index.vectors.search(query.vector[None, :], depth)
            dense_ids = dense_ids[0][dense_ids[0] >= 0]
            dense_ids = dense_ids[np.isin(dense_ids, within)][:CANDIDATES]
            bm25 = np.zeros_like(query.bm25)
            bm25[within] = query.bm25[within]
        lexical_ids = _top(bm25, CANDIDATES)
        lexical_ids = lexical_ids[bm25[lexical_ids] > 0]
        return np.union1d(dense_ids, lexical_ids)

    def _rank(self, query: Query, candidates: np.ndarray, count: int) -> list[ReleaseHit]:
        """The `count` best releases of the candidate passages, by their best passage, their
        second best (weights.support) and their joint coverage, in which a place the question
        names weighs PLACE_WEIGHT times (each keeps the score without it, which the confidence
        is fitted on); of releases that score the same,
        the newest first, then the one whose passage comes first. Scored as arrays: only the
        releases returned become objects."""
        if len(candidates) == 0:
            return []
        releases = self._release_numbers[candidates]
        # The joint coverage first: it looks up all passages of the candidates' releases in one
        # go, which leaves nothing to look up for the candidates' own scores.
        joint = self._joint_coverage(
            query, [self._release_ids[number] for number in np.unique(releases).tolist()]
        )
        scores, dense, coverage = self._fused_scores(query, candidates)
        order = np.lexsort((-scores, releases))  # by release, its best passage first (stable)
        grouped = releases[order]
        starts = np.flatnonzero(np.r_[True, grouped[1:] != grouped[:-1]])
        ends = np.r_[starts[1:], len(order)]
        best = scores[order[starts]].astype(np.float64)
        has_second = ends - starts > 1
        second = np.where(has_second, scores[order[np.minimum(starts + 1, len(order) - 1)]], 0)
        release_ids = [self._release_ids[number] for number in grouped[starts].tolist()]
        joint_share, by_place = np.array([joint[release_id] for release_id in release_ids]).T
        totals = _release_score(
            WEIGHTS[query.language], best, second.astype(np.float64), joint_share
        ).tolist()  # Python floats: round() as before, to the same digit
        # ranked with the place asked weighing more; scored (for the confidence) as before
        ranked_by = _release_score(
            WEIGHTS[query.language], best, second.astype(np.float64), by_place
        ).tolist()
        days = self._passage_days[candidates[order[starts]]].tolist()
        first_seen = np.minimum.reduceat(order, starts).tolist()
        ranking = sorted(
            range(len(starts)),
            key=lambda g: (-round(ranked_by[g], 6), -days[g], first_seen[g]),
        )
        return [
            ReleaseHit(
                self.index.releases[release_ids[g]],
                totals[g],
                tuple(
                    Hit(
                        self.index.passages[candidates[i]],
                        float(scores[i]),
                        float(dense[i]),
                        float(coverage[i]),
                    )
                    for i in order[starts[g] : ends[g]].tolist()
                ),
                coverage=joint[release_ids[g]][0],
            )
            for g in ranking[:count]
        ]

    def _passages_in(self, dates: DateRange) -> np.ndarray:
        """Numbers of the passages whose release is dated in the days (see dated_in)."""
        first = _day_number(dates.first)
        last = _day_number(dates.last + dt.timedelta(days=PUBLICATION_LAG_DAYS))
        days = self._passage_days
        return np.flatnonzero((days >= first) & (days <= last))

    def _release_hit(
        self, query: Query, release_id: str, hits: list[Hit], joint: float
    ) -> ReleaseHit:
        hits = sorted(hits, key=lambda h: -h.score)
        weights = WEIGHTS[query.language]
        second = hits[1].score if len(hits) > 1 else 0.0
        score = _release_score(weights, hits[0].score, second, joint)
        return ReleaseHit(self.index.releases[release_id], score, tuple(hits), coverage=joint)

    def _joint_coverage(
        self, query: Query, release_ids: list[str]
    ) -> dict[str, tuple[float, float]]:
        """For each release, the share of the question's term weight found anywhere in it (one
        sentence may name the office, another the people), computed for all of them at once: as
        it is, and with the terms of a place the question names weighing PLACE_WEIGHT times
        their idf."""
        total = sum(match.idf for match in query.terms)
        if total == 0 or not release_ids:
            return dict.fromkeys(release_ids, (0.0, 0.0))
        places = {t for place in self.places.named_in(m.term for m in query.terms) for t in place}
        weights = np.array([PLACE_WEIGHT if m.term in places else 1.0 for m in query.terms])
        weighted_total = float(sum(m.idf * w for m, w in zip(query.terms, weights, strict=True)))
        ids = [self.passage_ids(release_id) for release_id in release_ids]
        presence = query.presence.of(np.concatenate(ids))
        bounds = np.cumsum([0, *map(len, ids)])
        found = np.maximum.reduceat(presence, bounds[:-1], axis=1)  # idf-weighted, a row a term
        plain = (found.sum(axis=0) / total).tolist()
        by_place = ((found * weights[:, None]).sum(axis=0) / weighted_total).tolist()
        return dict(zip(release_ids, zip(plain, by_place, strict=True), strict=True))

    def release_passages(self, query: Query, release_id: str) -> list[Hit]:
        """Every passage of one release, scored for the query, in reading order."""
        return self.score_passages(query, self.passage_ids(release_id))

    def score_passages(self, query: Query, passage_ids: np.ndarray) -> list[Hit]:
        scores, dense, coverage = self._fused_scores(query, passage_ids)
        return [
            Hit(self.index.passages[i], float(s), float(d), float(c))
            for i, s, d, c in zip(passage_ids, scores, dense, coverage, strict=True)
        ]

    def _fused_scores(
        self, query: Query, passage_ids: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each passage's fused score, with its dense similarity and term coverage."""
        if len(passage_ids) == 0:
            return np.empty(0, np.float32), np.empty(0, np.float32), np.empty(0, np.float32)
        weights = WEIGHTS[query.language]
        vectors = self.index.vectors.reconstruct_batch(passage_ids.astype(np.int64))
        dense = vectors @ query.vector
        best_bm25 = float(query.bm25.max()) or 1.0
        bm25 = query.bm25[passage_ids] / best_bm25
        coverage = query.coverage(passage_ids)
        scores = weights.dense * dense + weights.bm25 * bm25 + weights.coverage * coverage
        return scores, dense, coverage


def _release_score(weights: FusionWeights, best, second, joint):
    """A release's score from its best and second passage and its joint coverage: floats, or
    arrays of them (the same operations, in the same order)."""
    return best + weights.support * second + weights.joint * joint


def _top(scores: np.ndarray, count: int) -> np.ndarray:
    """Indices of the `count` highest scores, best first, without sorting them all."""
    if len(scores) <= count:
        return np.argsort(-scores)
    top = np.argpartition(-scores, count)[:count]
    return top[np.argsort(-scores[top])]


def _day_number(date: dt.date | None) -> int:
    return date.toordinal() if date else 0


def dated_in(release: Release, dates: DateRange) -> bool:
    """Is the release dated in the days, or on the day after them (published the next morning)?"""
    if release.date is None:
        return False
    lag = dt.timedelta(days=PUBLICATION_LAG_DAYS)
    return dates.first <= release.date <= dates.last + lag


# --- follow-up releases -----------------------------------------------------------------------

# A release that updates an earlier one says so in its title or its first words.
_UPDATE_MARKER = re.compile(
    r"\b(nachtrag\w*|folgemeldung\w*|fortschreibung|korrektur\w*|berichtigung\w*"
    r"|erg(?:ä|ae)nzung\w*|aktualisierung|update[ds]?|erledigung|erledigt|correction|follow-up)\b",
    re.IGNORECASE,
)
# The office's code before a presseportal title: "POL-HAM: ", "BPOL-KS: ".
_TITLE_CODE = re.compile(r"^[A-ZÄÖÜ]{2,}(?:-[A-ZÄÖÜ0-9]+)+:\s*")
UPDATE_OPENING_CHARS = 150  # how far into the text the marker may stand
SUBJECT_SHARE = 0.5  # of the earlier title's words, this share recurs in a follow-up


def is_update(release: Release) -> bool:
    """Does the release call itself a follow-up: Nachtrag, Folgemeldung, Korrektur, Update …?"""
    opening = f"{release.title or ''} {release.text[:UPDATE_OPENING_CHARS]}"
    return bool(_UPDATE_MARKER.search(opening))


def updates(newer: Release, older: Release) -> bool:
    """Is newer a follow-up of older: it calls itself one, is not dated before it, comes from
    the same place, and is about the same — most of older's title words recur in it."""
    if newer.release_id == older.release_id or not is_update(newer):
        return False
    if newer.date and older.date and newer.date < older.date:
        return False
    if newer.place and older.place and set(tokenize(newer.place)) != set(tokenize(older.place)):
        return False
    subject = _subject_terms(older)
    shared = subject & set(tokenize(f"{newer.title or ''} {newer.text}"))
    return len(shared) >= min(2, len(subject)) > 0 and len(shared) >= SUBJECT_SHARE * len(subject)


def _subject_terms(release: Release) -> set[str]:
    """What a release is about: its title's terms, without the office code, the place and any
    follow-up marker."""
    title = _UPDATE_MARKER.sub(" ", _TITLE_CODE.sub("", release.title or ""))
    return set(tokenize(title)) - set(tokenize(release.place or ""))
