"""From ranked passages to the excerpt that answers the question."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from index.lexical import TermMatch, tokenize
from index.releases import Release
from index.search import Hit, Query, ReleaseHit, Searcher

EXCERPT_MAX_CHARS = 300
SUPPORTING_SOURCES = 2


@dataclass(frozen=True)
class Source:
    """A passage shown as evidence, with the release it comes from."""

    release: Release
    text: str  # the whole passage
    score: float


@dataclass(frozen=True)
class Answer:
    question: str
    language: str  # "de" or "en": the question's language, for the bot's own words
    excerpt: str | None  # plain text, at most EXCERPT_MAX_CHARS; None when the bot declines
    highlights: tuple[str, ...]  # the words within the excerpt that answer the question
    confidence: float  # in [0, 1]
    sources: tuple[Source, ...]  # the answering passage first, then up to two supporting ones

    @property
    def declined(self) -> bool:
        return self.excerpt is None


# --- what the question asks for ---------------------------------------------------------------

_KINDS = [
    (
        "how_many",
        r"\b(how (many|much|old|long|high|fast)|wie ?(viele?|hoch|alt|lange|schnell|teuer))\b",
    ),
    ("who", r"\b(who|whom|whose|wer|wen|wem|wessen)\b"),
    ("when", r"\b(when|what time|wann|um wie ?viel uhr|seit wann)\b"),
    ("where", r"\b(where|wo|wohin|woher)\b"),
    ("why", r"\b(why|warum|weshalb|wieso|weswegen)\b"),
    ("which", r"\b(which|welche[rsnm]?)\b"),
]
_WEEKDAY = r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\w*"
_MONTH = r"(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
_CUES = {
    "who": re.compile(
        r"\b[A-ZÄÖÜ][a-zäöüß]+ (?:von |van |de )?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\b"
        r"|\b\d{1,3}-[Jj]ährige\w*|\b\w*(fahrer|täter|zeug|beamt|leiter|präsident)\w*",
    ),
    "when": re.compile(
        rf"\b({_WEEKDAY}|\d{{1,2}}\. ?{_MONTH}|\d{{1,2}}[.:]\d{{2}} Uhr|\d{{1,2}} Uhr|"
        rf"\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|{_MONTH} \d{{4}}|(vor|nach)mittag\w*|abend\w*|nacht\w*)",
        re.IGNORECASE,
    ),
    "where": re.compile(
        r"\b(in|an|auf|bei|nach|vor) (der|dem|den|die)? ?[A-ZÄÖÜ][\w-]*(straße|weg|platz|allee|ring"
        r"|gasse|stadt|ort)?\b|\b[A-ZÄÖÜ][\w-]*(straße|weg|platz|allee|ring|gasse)\b|\b[AB] ?\d+\b"
    ),
    "how_many": re.compile(
        r"\b\d[\d.,]*\s?(-?Jährig\w*|Euro|€|Jahre?n?|Personen|Menschen|Fahrzeuge\w*|Meter|km/h|km"
        r"|Promille|Prozent|%|Kilo\w*|Gramm|Stunden|Minuten|Tage?n?)|\b(ein|zwei|drei|vier|fünf|"
        r"sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|tausend)\w*\b",
        re.IGNORECASE,
    ),
    "why": re.compile(
        r"\b(weil|da |wegen|aufgrund|vermutlich|deshalb|daher|Ursache|um zu)\b", re.I
    ),
}


def question_kind(question: str) -> str:
    lowered = question.lower()
    for kind, pattern in _KINDS:
        if re.search(pattern, lowered):
            return kind
    return "what"


# --- choosing and cutting the excerpt --------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"(?<=[,;:–])\s+|\s+(?=(?:sowie|aber|jedoch|während|nachdem|als) )")
CUE_WEIGHT = 0.15
CLAUSE_COVERAGE_WEIGHT = 0.3


@dataclass(frozen=True)
class Excerpt:
    text: str
    highlights: tuple[str, ...]
    score: float


def best_excerpt(
    sentence: str, terms: list[TermMatch], kind: str, max_chars: int = EXCERPT_MAX_CHARS
) -> Excerpt:
    """The clause of a sentence that holds the question's terms and what the question asks for,
    grown by its neighbours up to max_chars, whole words only, with an ellipsis where cut."""
    clauses = [c for c in _CLAUSE_BREAK.split(sentence) if c]
    scores = [_clause_score(c, terms, kind) for c in clauses]
    question_words = {match.term for match in terms}
    best = max(range(len(clauses)), key=lambda i: (scores[i], -i))
    first, last = best, best
    length = len(clauses[best])
    while True:  # grow towards the side that adds more, while it fits
        options = []
        if first > 0 and length + 1 + len(clauses[first - 1]) <= max_chars - 2:
            options.append((scores[first - 1] + 0.01, "left"))
        if last < len(clauses) - 1 and length + 1 + len(clauses[last + 1]) <= max_chars - 2:
            options.append((scores[last + 1], "right"))
        if not options:
            break
        if max(options)[1] == "left":
            first -= 1
            length += 1 + len(clauses[first])
        else:
            last += 1
            length += 1 + len(clauses[last])
    text = " ".join(clauses[first : last + 1])
    if len(text) > max_chars - 2:  # one clause longer than the limit: cut at a word
        text = text[: max_chars - 2].rsplit(" ", 1)[0]
        last = -1
    text = ("… " if first > 0 else "") + text + (" …" if last != len(clauses) - 1 else "")
    return Excerpt(text, _highlights(clauses[best], question_words, kind), scores[best])


def _clause_score(clause: str, terms: list[TermMatch], kind: str) -> float:
    clause_terms = set(tokenize(clause))
    total = sum(match.idf for match in terms)
    found = sum(
        match.idf * max((w for v, w in match.variants.items() if v in clause_terms), default=0.0)
        for match in terms
    )
    coverage = found / total if total else 0.0
    cue = _CUES.get(kind)
    has_cue = bool(cue and _cue_matches(cue, clause, {match.term for match in terms}))
    return CLAUSE_COVERAGE_WEIGHT * coverage + CUE_WEIGHT * has_cue


def _cue_matches(cue: re.Pattern, clause: str, terms: set[str]) -> list[str]:
    """Cue matches that are not just the question's own words."""
    return [
        m.group(0)
        for m in cue.finditer(clause)
        if not set(tokenize(m.group(0))) <= terms or not tokenize(m.group(0))
    ]


def _highlights(clause: str, terms: set[str], kind: str) -> tuple[str, ...]:
    cue = _CUES.get(kind)
    if cue is None:
        return ()
    found = [m.strip() for m in _cue_matches(cue, clause, terms)]
    return tuple(dict.fromkeys(m for m in found if len(m) > 2))


# --- answering --------------------------------------------------------------------------------

# Logistic calibration of "the top release answers the question", fitted on the development set
# (answerable vs. unanswerable questions; bench/quality.py): features are the best passage's
# fused score and the share of the question's term weight found in the top release.
CALIBRATION = {"bias": -6.0, "score": 7.0, "coverage": 3.0}
ANSWER_THRESHOLD = 0.5


def confidence_of(best: Hit, release_coverage: float) -> float:
    z = (
        CALIBRATION["bias"]
        + CALIBRATION["score"] * best.score
        + CALIBRATION["coverage"] * release_coverage
    )
    return 1.0 / (1.0 + math.exp(-z))


def answer_question(searcher: Searcher, question: str) -> Answer:
    query = searcher.query(question)
    ranked = searcher.search(query)
    if not ranked:
        return _declined(query, 0.0)
    top = ranked[0]
    kind = question_kind(question)
    chosen_hit, excerpt = _choose_sentence(searcher, query, top, kind)
    release_coverage = (
        float(
            searcher.index.lexical.coverage(
                query.terms, searcher.passage_ids(top.release.release_id)
            ).max()
        )
        if query.terms
        else 0.0
    )
    confidence = confidence_of(top.hits[0], release_coverage)
    if confidence < ANSWER_THRESHOLD:
        return _declined(query, confidence)
    sources = [Source(top.release, chosen_hit.passage.text, chosen_hit.score)]
    sources += _supporting(ranked, chosen_hit, top.hits[0].score)
    return Answer(
        question=question,
        language=query.language,
        excerpt=excerpt.text,
        highlights=excerpt.highlights,
        confidence=confidence,
        sources=tuple(sources),
    )


def _choose_sentence(
    searcher: Searcher, query: Query, top: ReleaseHit, kind: str
) -> tuple[Hit, Excerpt]:
    candidates = []
    for hit in searcher.release_passages(query, top.release.release_id):
        excerpt = best_excerpt(hit.passage.text, query.terms, kind)
        candidates.append((hit.score + excerpt.score, hit, excerpt))
    _, hit, excerpt = max(candidates, key=lambda c: c[0])
    return hit, excerpt


def _supporting(ranked: list[ReleaseHit], chosen: Hit, best_score: float) -> list[Source]:
    """Up to two more passages that score nearly as well, from any of the top releases."""
    more = [
        (hit, release_hit.release)
        for release_hit in ranked
        for hit in release_hit.hits[:2]
        if hit.passage != chosen.passage and hit.score >= 0.8 * best_score
    ]
    more.sort(key=lambda pair: -pair[0].score)
    return [
        Source(release, hit.passage.text, hit.score) for hit, release in more[:SUPPORTING_SOURCES]
    ]


def _declined(query: Query, confidence: float) -> Answer:
    return Answer(query.text, query.language, None, (), confidence, ())
