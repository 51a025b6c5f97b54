"""Which release answers a question, from which sentence, and whether to answer at all."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

import numpy as np
from rapidfuzz import fuzz

from bot.answerable import report_cannot_answer
from bot.asked import Asked
from bot.excerpt import MEASURES, WRITTEN_MEASURES, Excerpt, measure_in
from bot.not_known import not_known_statement, whether_not_known
from bot.people import is_the_person_asked, names_someone_for, person_names
from bot.question import (
    about_a_person,
    contractions_spelt_out,
    german_chat_spelt_out,
    question_kind,
)
from bot.sentence_choice import answering_excerpt
from index.dates import DateRange, split_time_words
from index.lexical import TermMatch, term_set, tokenize, without_invisible
from index.places import happened_in_place_terms, heading_place_terms
from index.releases import Release
from index.search import Hit, Query, ReleaseHit, Searcher, updates
from index.segment import report_heading, split_sentences

SUPPORTING_SOURCES = 2
SHOWN_PIECE_MIN_CHARS = 15  # a part of the excerpt this long tells which sentence it shows


@dataclass(frozen=True)
class Source:
    """A passage shown as evidence, with the release it comes from."""

    release: Release
    text: str  # the whole passage
    score: float
    report: str | None = None  # the heading of its bundled report (index.segment.report_heading)

    @classmethod
    def of(cls, release: Release, hit: Hit) -> Source:
        return cls(release, hit.passage.text, hit.score, report_heading(release, hit.passage))


@dataclass(frozen=True)
class Answer:
    question: str
    language: str  # "de" or "en": the question's language, for the bot's own words
    excerpt: str | None  # plain text, at most bot.excerpt.EXCERPT_MAX_CHARS; None: declined
    highlights: tuple[str, ...]  # the words within the excerpt that answer the question
    confidence: float  # in [0, 1]
    sources: tuple[Source, ...]  # the answering passage first, then up to two supporting ones
    # The days the question asks about ("gestern"), when the answering release is dated in them,
    # or when it is declined as no release of the last days it names answers (names_last_days);
    # None when the question names no days or nothing of those days answers it.
    dates: DateRange | None = None
    # Declined, as the answering release says what is asked is not known yet: its sentence that
    # says so ("Zur Ursache gibt es noch keine Hinweise"), quoted from sources[0].
    not_known: str | None = None

    @property
    def declined(self) -> bool:
        return self.excerpt is None


# --- ranking the answering releases ----------------------------------------------------------

RERANKED_RELEASES = 2  # releases whose best sentence is weighed before one is chosen
ANSWER_WEIGHT = 0.5  # how much that sentence's fit adds to its release's score
FOLLOW_UP_BOOST = 0.6  # the previous answer's release, for a question that follows up on it
CONTEXT_BOOST = 0.1  # the previous answer's release, for any other question in the same chat
WHOLE_COVERAGE = 0.99  # a release that holds this much of a question's term weight holds it all
SAME_STATEMENT = 90  # rapidfuzz token-set ratio above which two sentences say the same
# A follow-up release (Nachtrag) answers rather than the release it updates when it holds as much
# of the question's terms and its answer scores at most this much less.
UPDATE_MARGIN = 0.3
FOLLOW_UP_CONFIDENCE = 0.6  # at least this sure when a follow-up is answered from that release
# A release that names the person the question names ("what did kubera say …": "Thomas Kubera"),
# when the other release weighed never mentions the name, is this much ahead: enough to answer
# "what did kubera say about the cooperation" from the Hamm release, not from an interview on
# "Kooperation" nearer in meaning. No in-house answer changes; XQuAD English loses 2 of 1,190
# to "Sierra Freeway" read as a name (docs/quality-history.md).
NAMED_PERSON_BOOST = 0.3
# A release that names someone acting for the office a "who" question asks about, its weightiest
# term ("wer war für die staatsanwaltschaft da": "Bettina Werner für die Staatsanwaltschaft"), is
# this much ahead, among the first OFFICE_POOL releases: news articles that only mention the
# office ranked above the shipped release. 0.1 is too little for that question; 0.15 to 0.3
# change no benchmark answer (docs/quality-history.md).
OFFICE_POOL = 10
OFFICE_BOOST = 0.2


@dataclass(frozen=True)
class Candidate:
    """A release that may answer, with its answering sentence and excerpt; and the sentence that
    answers best whatever its report, and its excerpt's score, which weigh the release: the same
    unless the question names the town of one of the release's reports (_from_the_place_asked)."""

    release_hit: ReleaseHit
    hit: Hit
    excerpt: Excerpt
    matched: Hit
    fit: float

    @property
    def score(self) -> float:
        return self.release_hit.score + ANSWER_WEIGHT * self.fit


def rank_candidates(
    searcher: Searcher, query: Query, previous_release_id: str | None = None
) -> list[Candidate]:
    """The top releases, re-ranked by how well their best sentence answers: for "who" a release
    that names people near the question's term beats one that only mentions the term. In a chat,
    the release of the previous answer stays in the running, ahead when the question follows up
    on it ("und wer vertrat die Bundespolizei?")."""
    asked = Asked.of(query.text, query.terms, query.language)
    release_hits = _searched(searcher, query, asked.office)[:RERANKED_RELEASES]
    if previous_release_id in searcher.index.releases:
        previous = searcher.release_hit(query, previous_release_id)
        # A question all of whose words the last release holds ("wer war für die bundespolizei
        # da" after one on the Hamm conference) goes on about it, as one that says so does.
        goes_on = is_follow_up(query.text) or previous.coverage >= WHOLE_COVERAGE
        boost = FOLLOW_UP_BOOST if goes_on else CONTEXT_BOOST
        release_hits = [r for r in release_hits if r.release.release_id != previous_release_id]
        # "und …", "and …", "what about …", or a follow-up with hardly a word of its own ("what
        # did he say", "wann war das"): stay on it
        if _CONTINUATION.match(query.text) or (is_follow_up(query.text) and len(query.terms) < 2):
            boost = max([boost, *(r.score - previous.score + 1.0 for r in release_hits)])
        release_hits.append(replace(previous, score=previous.score + boost))
    release_hits = _named_person_first(searcher, query, release_hits)
    candidates = [
        Candidate(release_hit, *_answering_excerpt(searcher, query, release_hit, asked))
        for release_hit in release_hits
    ]
    # Releases of the days the question names stay ahead of the others (Searcher.search).
    candidates.sort(key=lambda c: (not c.release_hit.in_dates, -c.score))
    return _newest_of_the_same(candidates)


def _searched(searcher: Searcher, query: Query, office: TermMatch | None) -> list[ReleaseHit]:
    """The releases search ranks first. When the office a "who" question asks who acted for is
    its weightiest term, those of the first OFFICE_POOL that name someone acting for it ("für
    die Staatsanwaltschaft": "die Oberstaatsanwältin Bettina Werner für die Staatsanwaltschaft
    Dortmund") are OFFICE_BOOST ahead."""
    if office is None or office.idf < max(match.idf for match in query.terms):
        return searcher.search(query)
    boosted = [
        replace(r, score=r.score + OFFICE_BOOST)
        if any(names_someone_for(hit.passage.text, office) for hit in r.hits)
        else r
        for r in searcher.search(query, OFFICE_POOL)
    ]
    return sorted(boosted, key=lambda r: (not r.in_dates, -r.score))  # as search sorts them


def _named_person_first(
    searcher: Searcher, query: Query, release_hits: list[ReleaseHit]
) -> list[ReleaseHit]:
    """The releases, the one that names a person by a surname the question writes as the release
    does, which no other of them mentions, NAMED_PERSON_BOOST ahead."""
    written = [TermMatch(m.term, 1.0, {m.term: 1.0}) for m in query.terms if m.term in m.variants]
    if len(release_hits) < 2 or not written:
        return release_hits
    lexical = searcher.index.lexical
    ids = [searcher.passage_ids(r.release.release_id) for r in release_hits]
    found = np.array([lexical.term_presence(written, i).max(axis=1) > 0 for i in ids])
    boosted = []
    for number, release_hit in enumerate(release_hits):
        own = {
            match.term
            for match, here, elsewhere in zip(
                written, found[number], np.delete(found, number, axis=0).any(axis=0), strict=True
            )
            if here and not elsewhere
        }
        if own and own & _surname_terms(searcher, ids[number]):
            release_hit = replace(release_hit, score=release_hit.score + NAMED_PERSON_BOOST)
        boosted.append(release_hit)
    return boosted


def _surname_terms(searcher: Searcher, passage_ids: np.ndarray) -> set[str]:
    """The terms of the surnames of the people the passages name ("Thomas Kubera": kubera)."""
    passages = searcher.index.passages
    return {
        term
        for number in passage_ids.tolist()
        for name in person_names(passages[number].text)
        for term in tokenize(name.split(" ", 1)[1])
    }


def _answering_excerpt(
    searcher: Searcher, query: Query, top: ReleaseHit, asked: Asked
) -> tuple[Hit, Excerpt, Hit, float]:
    """The sentence of the release that answers and its excerpt (bot.sentence_choice); and the
    sentence that answers best of any report, and its excerpt's score (Candidate)."""
    hits = searcher.release_passages(query, top.release.release_id)
    matched, excerpt = answering_excerpt(hits, asked)
    among = _from_the_place_asked(hits, searcher.places.named_in(m.term for m in query.terms))
    if among is None or matched in among:
        return hits[matched], excerpt, hits[matched], excerpt.score
    best, shown = answering_excerpt(hits, asked, among)
    return hits[best], shown, hits[matched], excerpt.score


def _from_the_place_asked(hits: list[Hit], asked: list[tuple[str, ...]]) -> set[int] | None:
    """The numbers of the sentences of the reports from the town the question names, when the
    release bundles reports from several ("Esslingen (ES):", "Rottenburg (TÜ):"): "how many cars
    were in the autokorso in reutlingen" is not answered by Rottenburg's Autokorso. None (all
    may answer) when no report is from there."""
    if not asked:
        return None
    places = [heading_place_terms(hit.passage.heading) for hit in hits]
    if len(set(places)) < 2:
        return None
    # A report headed by its town may say in its text where in it it happened: "Filderstadt
    # (ES): …" tells of "ein Verkehrsunfall … in Bernhausen" (not "des Polizeipräsidiums
    # Reutlingen"), though another report's heading says "Filderstadt-Bernhausen".
    told: dict[str | None, frozenset[str]] = {}
    for hit, place in zip(hits, places, strict=True):
        heading = hit.passage.heading
        told[heading] = told.get(heading, place) | happened_in_place_terms(hit.passage.text)
    from_there = {
        i
        for i, hit in enumerate(hits)
        if any(set(terms) <= told[hit.passage.heading] for terms in asked)
    }
    return from_there or None


def _newest_of_the_same(candidates: list[Candidate]) -> list[Candidate]:
    """When several releases say the same thing, or one is a follow-up of the best (Nachtrag,
    Folgemeldung …) that answers nearly as well, the newest answers (and shows its date) — if
    it holds as much of the question's terms: a detail only the older one tells stays with it."""
    if not candidates:
        return candidates
    best = candidates[0]
    same = [
        c
        for c in candidates
        if c.release_hit.in_dates == best.release_hit.in_dates
        and c.release_hit.coverage >= best.release_hit.coverage
        and (
            fuzz.token_set_ratio(c.hit.passage.text, best.hit.passage.text) >= SAME_STATEMENT
            or (
                c.score >= best.score - UPDATE_MARGIN
                and updates(c.release_hit.release, best.release_hit.release)
            )
        )
    ]
    newest = max(same, key=lambda c: c.release_hit.release.date or dt.date.min)
    return [newest, *(c for c in candidates if c is not newest)]


_FOLLOW_UP = re.compile(
    r"^\s*(und|and|also|auch|what about|how about|und was|was ist mit|und wie|und wo|und wann"
    r"|und wer|dabei|dort|there)\b|\b(er|sie|ihn|ihm|ihr|dort|dabei|he|she|him|her|they|them"
    r"|there|it)\b|\b(das|that|this|da)\W*$",  # "wann war das?", "where was that", "… waren da"
    re.IGNORECASE,
)


_CONTINUATION = re.compile(
    r"^\s*(und|and|also|auch|what about|how about|was ist mit|und was)\b", re.IGNORECASE
)


def is_follow_up(question: str) -> bool:
    """Does the question lean on the one before ("und wer …", "what about …", "was hat er …")?"""
    return bool(_FOLLOW_UP.search(question))


def answer_question(
    searcher: Searcher,
    question: str,
    previous_release_id: str | None = None,
    *,
    today: dt.date | None = None,
) -> Answer:
    """The answer from the index; previous_release_id is the release of this chat's last answer,
    for follow-up questions (the Telegram bot passes it, the command line never does).

    A question that names days ("gestern", "letzte Woche", "im Oktober 2021") — read against
    today, the caller's date by default — is answered from a release dated in them when one
    answers it confidently (the answer's dates say so). Otherwise it is declined if it names
    the last days ("gestern", "last night"): a release of another day does not tell what
    happened then; else it is answered as if it named none."""
    typed = without_invisible(question)
    question = german_chat_spelt_out(contractions_spelt_out(typed))
    dates, rest = split_time_words(question, today or dt.date.today())
    if dates is not None:
        query = searcher.query(rest or question, dates)
        dated = _answer_from(searcher, question, query, previous_release_id)
        if dated.dates is not None:
            return replace(dated, question=typed)
        if names_last_days(dates):
            return replace(_declined(query, 0.0), question=typed, dates=dates)
    answer = _answer_from(searcher, question, searcher.query(question), previous_release_id)
    return replace(answer, question=typed)


# Words that name the last days by how long ago they were. Not "heute" or "today" alone, which
# also mean "nowadays" ("noch heute sichtbar"), nor a weekday: "am Montag" may be a release's
# own words, quoted by someone who read it, and what it means would change with the day asked.
_LAST_DAYS = re.compile(
    r"\b(vorgestern|gestern|heute ?(nacht|morgen|früh|fruh|vormittag|mittag|nachmittag|abend)"
    r"|letzte nacht|yesterday|last night|tonight|this (morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def names_last_days(dates: DateRange) -> bool:
    """Are the days named by how long ago they were ("gestern", "last night")?"""
    return bool(_LAST_DAYS.search(dates.words))


def _answer_from(
    searcher: Searcher, question: str, query: Query, previous_release_id: str | None
) -> Answer:
    candidates = _place_asked_first(
        searcher, query, rank_candidates(searcher, query, previous_release_id)
    )
    if not candidates:
        return _declined(query, 0.0)
    best = candidates[0]
    evidence = evidence_of(searcher, query, candidates)
    confidence = confidence_of(evidence)
    if best.release_hit.release.release_id == previous_release_id and is_follow_up(question):
        # The chat already settled which release this is about; "und wann war das?" has no
        # words of its own to match.
        confidence = max(confidence, FOLLOW_UP_CONFIDENCE)
    report = cache(lambda: _report_of(searcher, best.hit))  # read once, when a check needs it
    if _lacks_what_is_asked(searcher, query, best, report):
        confidence = 0.0
    if confidence < ANSWER_THRESHOLD:
        return _declined(query, confidence)
    sources = [Source.of(best.release_hit.release, best.hit)]
    not_known = not_known_statement(
        question, _shown_sentences(best.excerpt.text, report()), best.excerpt.highlights
    ) or whether_not_known(question, report())
    if not_known is not None:
        return _declined(query, confidence, tuple(sources), not_known)
    sources += _supporting([c.release_hit for c in candidates], best.hit, best.hit.score)
    return Answer(
        question=question,
        language=query.language,
        excerpt=best.excerpt.text,
        highlights=best.excerpt.highlights,
        confidence=confidence,
        sources=tuple(sources),
        dates=query.dates if best.release_hit.in_dates else None,
    )


# --- deciding whether to answer -------------------------------------------------------------

# Logistic calibration of "the top release answers the question", fitted by bench/fit_decline.py
# (see there and docs/quality.md for the questions and what it declines). The evidence is
# described at evidence_of.
CALIBRATION = {
    "bias": -7.14,
    "coverage": 3.66,
    "key_missing": 0.85,
    "lead": 2.78,
    "score": 3.67,
    "dense": 1.73,
    "sentence_coverage": 1.29,
    "measure_absent": -0.90,
    "english": 0.56,
}
# At most 5 % of each question set's answerable questions declined (issue 3's bound; measured by
# bench.quality on dev, the fresh sets and XQuAD, German and English: XQuAD English declines the
# most, 4.2 %). The rules of bot.answerable decline the near misses it lets through.
ANSWER_THRESHOLD = 0.18
# How far a release with no rival leads (a corpus of one release, as shipped): the median lead of
# the development set's answerable questions (bench.fit_decline's examples), so that having no
# rival tells nothing either way; its whole score as the lead answered most questions about Hamm
# that the release cannot answer ("how many crimes were there in 2020": 0.95).
LEAD_WITHOUT_RIVAL = 0.34


def confidence_of(evidence: dict[str, float], calibration: dict[str, float] = CALIBRATION) -> float:
    z = calibration["bias"] + sum(calibration[name] * v for name, v in evidence.items())
    return 1.0 / (1.0 + math.exp(-z))


def evidence_of(searcher: Searcher, query: Query, candidates: list[Candidate]) -> dict[str, float]:
    """What tells whether the best candidate answers: how much of the question's term weight its
    release holds (coverage), how heavy the weightiest term it lacks is (key_missing), how far
    it leads the next release (lead), its release's score, how close its sentence is in meaning
    (dense) and how much of the question's term weight that sentence holds alone; whether the
    release holds nothing of what a question for an amount, an age, a speed … asks for
    (measure_absent); and whether the question is English (fewer shared words with German)."""
    best = candidates[0]
    # What it leads: the next release, unless that is one it updates (a Nachtrag answers first).
    # Nor one that scores higher but never names the place the question names, which put the
    # best one first (_place_asked_first), unless it holds more of the question's words: then
    # it tells what the question asks of another place ("wurde in weinheim ein rasenmäher
    # gestohlen": the Sinsheim shed's).
    rivals = [
        c
        for c in candidates[1:]
        if not updates(best.release_hit.release, c.release_hit.release)
        and not (
            c.score > best.score
            and c.release_hit.coverage <= best.release_hit.coverage
            and _misses_the_place_asked(searcher, query, c)
        )
    ]
    lead = best.score - rivals[0].score if rivals else LEAD_WITHOUT_RIVAL
    if best.release_hit.in_dates:
        lead = max(lead, 0.0)  # the date, not the score, put it ahead of a release of other days
    passages = searcher.passage_ids(best.release_hit.release.release_id)
    presence = query.presence.of(passages).max(axis=1)
    missing = [m.idf - found for m, found in zip(query.terms, presence, strict=True)]
    heaviest = max((m.idf for m in query.terms), default=0.0)
    kind = question_kind(query.text)
    evidence = {
        "coverage": best.release_hit.coverage,
        "key_missing": max(missing, default=0.0) / heaviest if heaviest else 0.0,
        "lead": lead,
        "score": best.release_hit.score,
        "dense": best.matched.dense,
        "sentence_coverage": best.matched.coverage,
        "measure_absent": float(
            kind in MEASURES
            and not any(
                measure_in(searcher.index.passages[p].text, query.terms, kind) for p in passages
            )
        ),
        "english": float(query.language == "en"),
    }
    return {name: float(value) for name, value in evidence.items()}


def _lacks_what_is_asked(
    searcher: Searcher, query: Query, best: Candidate, report: Callable[[], list[str]]
) -> bool:
    """The answering report states nothing of what the question asks for, whatever else it
    matches: no speed for "wie schnell war er", no alcohol level for "how drunk", no colour for
    "welche farbe", no plate (another report of the release may give one); or nothing of what
    the question takes as given (bot.answerable: a name, a death, a make, an arrest, a fine …;
    which business, when it names one only as "eine Firma"); or it never names the person "who
    is …" asks about, or gives no age of the person "how old is …" names, or only others' ages
    ("wie alt ist der nachbar"); or the release never names the place the question asks about."""
    kind = question_kind(query.text)
    # what someone looked like, not how a thing is described ("describe the mass")
    written = kind in WRITTEN_MEASURES and (kind != "description" or about_a_person(query.text))
    if written and not any(measure_in(text, query.terms, kind) for text in report()):
        return True
    if _misses_the_place_asked(searcher, query, best):
        return True
    # "wer ist heiko kranz" is not answered by a report on Heiko Maas
    if kind == "identity" and not _names_the_person_asked(report(), query.terms):
        return True
    # "wie alt ist thomas kubera": the report names him, but gives no age
    if (
        kind == "age"
        and _names_the_person_asked(report(), query.terms)
        and not any(measure_in(text, query.terms, kind) for text in report())
    ):
        return True
    return report_cannot_answer(query.text, query.terms, report)


def _names_the_person_asked(report: list[str], terms: list[TermMatch]) -> bool:
    """Does the report name the person the question names ("axel püttner")?"""
    asked = {match.term for match in terms}
    named = (name for text in report for name in person_names(text))
    return any(is_the_person_asked(name, asked) for name in named)


def _place_asked_first(
    searcher: Searcher, query: Query, candidates: list[Candidate]
) -> list[Candidate]:
    """The candidates, those whose release names the place the question names ahead of those
    that never name it: "wo war der einbruchsversuch in malmsheim" is answered by the release
    that names Malmsheim, not by the one that holds "Einbruchsversuch" and scores higher."""
    return sorted(candidates, key=lambda c: _misses_the_place_asked(searcher, query, c))


def _misses_the_place_asked(searcher: Searcher, query: Query, best: Candidate) -> bool:
    """The question names a place the corpus reports from that the answering release never
    names (nor a near spelling of it): "how many people live in schorndorf" is not answered by
    a report of 300 refugees elsewhere."""
    named = {
        term for place in searcher.places.named_in(m.term for m in query.terms) for term in place
    }
    release = best.release_hit.release
    # A dateline's place is in no passage of a release whose reports all have headings.
    own = term_set(" ".join(filter(None, (release.place, release.title))))
    asked = [m for m in query.terms if m.term in named and m.term not in own]
    if not asked:
        return False
    passages = searcher.passage_ids(release.release_id)
    return not searcher.index.lexical.term_presence(asked, passages).max(axis=1).all()


def _report_of(searcher: Searcher, hit: Hit) -> list[str]:
    """The heading and sentences of the hit's report: a release may hold several reports. The
    heading tells too: "Renningen: Vordach einer Firma beschädigt"."""
    passages = map(
        searcher.index.passages.__getitem__, searcher.passage_ids(hit.passage.release_id)
    )
    heading = hit.passage.heading
    texts = [passage.text for passage in passages if passage.heading == heading]
    return [heading, *texts] if heading else texts


def _shown_sentences(excerpt: str, report: list[str]) -> list[str]:
    """The sentences of the report (its heading and sentences, _report_of) that the excerpt
    shows, whole or in part."""
    pieces = [
        piece
        for part in excerpt.split("…")
        for piece in split_sentences(part)
        if len(piece) >= SHOWN_PIECE_MIN_CHARS
    ]
    return [sentence for sentence in report if any(piece in sentence for piece in pieces)]


def _supporting(ranked: list[ReleaseHit], chosen: Hit, best_score: float) -> list[Source]:
    """Up to two more passages that score nearly as well, from any of the top releases; from
    another release than the answer's only when they hold as much of the question's terms
    ("Am Opel entstand ein Schaden" does not support an answer about a crash in Rheinau)."""
    more = [
        (hit, release_hit.release)
        for release_hit in ranked
        for hit in release_hit.hits[:2]
        if hit.passage != chosen.passage
        and hit.score >= 0.8 * best_score
        and (release_hit is ranked[0] or hit.coverage >= chosen.coverage)
    ]
    more.sort(key=lambda pair: -pair[0].score)
    return [Source.of(release, hit) for hit, release in more[:SUPPORTING_SOURCES]]


def _declined(
    query: Query,
    confidence: float,
    sources: tuple[Source, ...] = (),
    not_known: str | None = None,
) -> Answer:
    return Answer(query.text, query.language, None, (), confidence, sources, not_known=not_known)
