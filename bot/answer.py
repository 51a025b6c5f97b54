"""From ranked passages to the excerpt that answers the question."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import gender_guesser.detector
from rapidfuzz import fuzz

from index.dates import DateRange, split_time_words
from index.lexical import TermMatch, tokenize
from index.releases import Release
from index.search import Hit, Query, ReleaseHit, Searcher, updates

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
    # The days the question asks about ("gestern"), when the answering release is dated in them;
    # None when the question names no days or nothing of those days answers it.
    dates: DateRange | None = None

    @property
    def declined(self) -> bool:
        return self.excerpt is None


# --- what the question asks for ---------------------------------------------------------------

# What a question asks for, from its words; the first that matches wins, specific before general.
_KINDS = [
    (
        "money",
        r"\b(schaden\w*|damage\w*|wert|worth|kost\w*|cost\w*|geld|money|cash|beute|loot"
        r"|euro|how much .*(stolen|taken|geklaut|gestohlen))\b"
        r"|\bwie ?viel .*(gestohlen|geklaut|erbeut)",
    ),
    ("age", r"\b(how old|wie alt|alter|age)\b"),
    ("alcohol", r"\b(promille|drunk|betrunken|alkohol\w*|alcohol)\b"),
    ("size", r"\b(how (tall|big|large)|wie ?(gro(ß|ss)|hoch|lang|breit)|gr(ö|oe)(ß|ss)e)\b"),
    ("speed", r"\b(how fast|wie schnell|speed|geschwindigkeit|km/h)\b"),
    (
        "how_many",
        r"\b(how (many|much|long)|wie ?(viele?|lange|teuer)|anzahl|number of)\b",
    ),
    ("who", r"\b(who|whom|whose|wer|wen|wem|wessen)\b"),
    ("when", r"\b(when|what time|wann|um wie ?viel uhr|seit wann)\b"),
    ("where", r"\b(where|wo|wohin|woher)\b"),
    ("why", r"\b(why|warum|weshalb|wieso|weswegen)\b"),
    ("which", r"\b(which|welche[rsnm]?|what (car|kind|type|brand|make))\b"),
]
_WEEKDAY = r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\w*"
_MONTH = r"(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
_CUES = {
    "who": re.compile(
        r"\b\d{1,3}-[Jj]ährige\w*|\b[A-ZÄÖÜ]\w*(fahrer|täter|zeugin|zeuge|beamt|leiter)\w*"
    ),
    "when": re.compile(
        rf"\b({_WEEKDAY}|\d{{1,2}}\. ?{_MONTH}|\d{{1,2}}[.:]\d{{2}} Uhr|\d{{1,2}} Uhr|"
        rf"\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|{_MONTH} \d{{4}}|(vor|nach)mittag\w*|abend\w*|nacht\w*)",
        re.IGNORECASE,
    ),
    "where": re.compile(
        r"\b(in|im|an|am|auf|bei|beim|nach|vor|vom|zum|zur|aus) (der|dem|den|die)? ?"
        r"[A-ZÄÖÜ][\w-]*(straße|weg|platz|allee|ring|gasse|stadt|ort)?\b"
        r"|\b[A-ZÄÖÜ][\w-]*(straße|weg|platz|allee|ring|gasse)\b|\b[AB] ?\d+\b"
    ),
    # An amount: a number with its unit or thing ("12.000 unversteuerte Zigaretten", "rund
    # 5000 Euro", "0,5 Promille"), not a time of day or a date; or a number word.
    "how_many": re.compile(
        r"\b(?<![\d.,])\d[\d.,]*(?![\d.,]*\s?Uhr\b)(?:\s?-?\s?(?:[a-zäöüß]+\s)?"
        r"(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
        r"|Dezember)\b)[A-ZÄÖÜ€%]\w*|\s?-?[Jj]ährig\w*|\s?(?:Promille|Prozent|km/h|km|m|kg|g))"
        r"|\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig"
        r"|hundert|tausend)\w*\b",
    ),
    "money": re.compile(
        r"\b\d[\d.,]*(?:\.-)?\s?(?:Euro|€)|\b(?:mehrere|einige|etliche)\w* (?:hundert|tausend)\w*"
        r" Euro|\b\w+stellig\w*|\b(?:Bargeld|Euro)\b"
    ),
    "age": re.compile(
        r"\b\d{1,3}\s?-?\s?[Jj]ährig\w*|\b\w+ (?:Jahre|Monate|Wochen) alt\b|\b\w+ Monate\b"
    ),
    "alcohol": re.compile(r"\b[\d,]+ Promille|\b\w+ Promille|Atemalkohol\w*|alkoholisiert", re.I),
    "size": re.compile(r"\b\d[\d.,]*\s?(?:cm|m|Meter|Zentimeter|Metern)\b"),
    "speed": re.compile(r"\b\d+\s?(?:km/h|Stundenkilometer|Kilometer pro Stunde)"),
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
# Choosing the answering sentence within the top release (fitted on the development set).
TOPIC_WINDOW = 2  # sentences before this one that may carry the question's topic
OWN_WEIGHT = 0.3  # the sentence's own fused score
DENSE_WEIGHT = 0.5  # its closeness in meaning to the question
CUE_WEIGHT = 0.4  # it holds what the question asks for (a name, a date, an amount …)
CLAUSE_COVERAGE_WEIGHT = 0.1  # the clause repeats the question's terms
SENTENCE_OPENING_WORDS = 5  # kept before "…" when an excerpt starts inside a long sentence
NOT_ABOUT = 0.4  # the cue counts this much in a clause without the question's weightiest term
RERANKED_RELEASES = 3  # releases whose best sentence is weighed before one is chosen
ANSWER_WEIGHT = 0.5  # how much that sentence's fit adds to its release's score
FOLLOW_UP_BOOST = 0.6  # the previous answer's release, for a question that follows up on it
CONTEXT_BOOST = 0.1  # the previous answer's release, for any other question in the same chat
SAME_STATEMENT = 90  # rapidfuzz token-set ratio above which two sentences say the same
# A follow-up release (Nachtrag) answers rather than the release it updates when it holds as much
# of the question's terms and its answer scores at most this much less.
UPDATE_MARGIN = 0.3
FOLLOW_UP_CONFIDENCE = 0.6  # at least this sure when a follow-up is answered from that release


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
    clauses = _clauses(sentence)
    scores = [_clause_score(c, terms, kind) for c in clauses]
    best = max(range(len(clauses)), key=lambda i: (scores[i], -i))
    budget = max_chars - 4  # room for an ellipsis on either side
    first, last = best, best
    length = len(clauses[best])
    while True:  # grow towards the side that adds more, while it fits
        options = []
        if first > 0 and length + 1 + len(clauses[first - 1]) <= budget:
            options.append((scores[first - 1] + 0.01, "left"))
        if last < len(clauses) - 1 and length + 1 + len(clauses[last + 1]) <= budget:
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
    cut_end = last < len(clauses) - 1
    if len(text) > budget:  # one clause longer than the limit: cut at a word
        text = text[:budget].rsplit(" ", 1)[0] or text[:budget]
        cut_end = True
    tail = " …" if cut_end else ""
    if first > 0:
        # Starting inside a long sentence, keep its opening words, which its last clause
        # completes ("An dem Austausch nahmen neben … Steven Schmidt und Adrian Dudziak teil.").
        opening = " ".join(clauses[0].split()[:SENTENCE_OPENING_WORDS])
        fits = len(opening) + 3 + len(text) + len(tail) <= max_chars
        text = (f"{opening} … " if fits else "… ") + text
    text += tail
    return Excerpt(text, _highlights(clauses[best], terms, kind), scores[best])


def sentence_fit(sentence: str, terms: list[TermMatch], kind: str) -> float:
    """How well the sentence's best clause answers: best_excerpt's score, without the excerpt."""
    return max(_clause_score(c, terms, kind) for c in _clauses(sentence))


@lru_cache(maxsize=50_000)
def _clauses(sentence: str) -> tuple[str, ...]:
    return tuple(c for c in _CLAUSE_BREAK.split(sentence) if c) or (sentence,)


@lru_cache(maxsize=200_000)
def _terms_of(text: str) -> frozenset[str]:
    return frozenset(tokenize(text))


def _clause_score(clause: str, terms: list[TermMatch], kind: str) -> float:
    clause_terms = _terms_of(clause)
    presence = [
        max((w for v, w in match.variants.items() if v in clause_terms), default=0.0)
        for match in terms
    ]
    total = sum(match.idf for match in terms)
    coverage = sum(m.idf * p for m, p in zip(terms, presence, strict=True)) / total if total else 0
    cue = _CUES.get(kind)
    found = _cue_matches(cue, clause, {match.term for match in terms}, kind) if cue else []
    # A person's name answers "who" better than a role ("Beamte des Hauptzollamts").
    has_cue = 1.0 if kind == "who" and person_names(clause) else 0.6 if found else 0.0
    # What the question asks for counts fully in the clause that names what it is about, its
    # weightiest term: "vom Hauptzollamt Bielefeld Steven Schmidt und Adrian Dudziak".
    key = _key_term(terms)
    about = key is None or presence[terms.index(key)] > 0
    return CLAUSE_COVERAGE_WEIGHT * coverage + CUE_WEIGHT * has_cue * (1.0 if about else NOT_ABOUT)


def _cue_matches(cue: re.Pattern, clause: str, terms: set[str], kind: str) -> list[str]:
    """What the question asks for, found in the clause, but not just the question's own words."""
    found = [m.group(0) for m in cue.finditer(clause)]
    if kind == "who":
        found += list(person_names(clause))
    return [f for f in found if not set(tokenize(f)) <= terms or not tokenize(f)]


# A capitalised word and the name after it; a lookahead, so that "Inspektionsleiter Rainer
# Hochkeppler" still yields "Rainer Hochkeppler".
_NAME_PAIR = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)(?=( (?:(?:von|van|de|zu) )?[A-ZÄÖÜ][\w-]+))")


@lru_cache(maxsize=1)
def _first_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=50_000)
def person_names(text: str) -> tuple[str, ...]:
    """Names of people: a known first name (gender-guesser's name list) and the word after it."""
    names = _first_names()
    return tuple(
        m.group(1) + m.group(2)
        for m in _NAME_PAIR.finditer(text)
        if names.get_gender(m.group(1)) != "unknown"
    )


def _highlights(clause: str, terms: list[TermMatch], kind: str) -> tuple[str, ...]:
    """What the question asks for within the clause; after the question's weightiest term when
    something follows it ("vom Hauptzollamt Bielefeld Steven Schmidt und Adrian Dudziak")."""
    cue = _CUES.get(kind)
    if cue is None:
        return ()
    found = [m.strip() for m in _cue_matches(cue, clause, {t.term for t in terms}, kind)]
    found = [m for m in dict.fromkeys(found) if len(m) > 2]
    key_at = _key_term_position(clause, terms)
    after_key = [m for m in found if key_at is not None and clause.find(m) > key_at]
    return tuple(after_key or found)


def _key_term(terms: list[TermMatch]) -> TermMatch | None:
    """The question's weightiest term that the corpus has in some spelling: what it is about."""
    return max(terms, key=lambda m: m.idf * max(m.variants.values(), default=0.0), default=None)


def _key_term_position(clause: str, terms: list[TermMatch]) -> int | None:
    key = _key_term(terms)
    if key is None:
        return None
    for word in re.finditer(r"\w+", clause):
        if _terms_of(word.group(0)) & key.variants.keys():
            return word.start()
    return None


# --- answering --------------------------------------------------------------------------------

# Logistic calibration of "the top release answers the question", fitted on the development set
# (173 answerable, 28 unanswerable questions, 300 news articles beside the releases). Features:
# the share of the question's term weight the top release holds, and how far its answer leads
# the next release's. English questions share fewer words with German releases, hence their offset.
CALIBRATION = {"bias": -1.43, "coverage": 1.43, "lead": 1.66, "english": 0.62}
# Declines 29% of the unanswerable development questions and 10% of the answerable ones; of 400
# XQuAD questions (all answerable) it declines 20%. bench/quality.py measures it.
ANSWER_THRESHOLD = 0.4


def confidence_of(coverage: float, lead: float, language: str) -> float:
    z = (
        CALIBRATION["bias"]
        + CALIBRATION["coverage"] * coverage
        + CALIBRATION["lead"] * lead
        + CALIBRATION["english"] * (language == "en")
    )
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class Candidate:
    """A release that may answer, with its answering sentence and excerpt."""

    release_hit: ReleaseHit
    hit: Hit
    excerpt: Excerpt

    @property
    def score(self) -> float:
        return self.release_hit.score + ANSWER_WEIGHT * self.excerpt.score


def rank_candidates(
    searcher: Searcher, query: Query, previous_release_id: str | None = None
) -> list[Candidate]:
    """The top releases, re-ranked by how well their best sentence answers: for "who" a release
    that names people near the question's term beats one that only mentions the term. In a chat,
    the release of the previous answer stays in the running, ahead when the question follows up
    on it ("und wer vertrat die Bundespolizei?")."""
    kind = question_kind(query.text)
    release_hits = searcher.search(query)[:RERANKED_RELEASES]
    if previous_release_id in searcher.index.releases:
        previous = searcher.release_hit(query, previous_release_id)
        boost = FOLLOW_UP_BOOST if is_follow_up(query.text) else CONTEXT_BOOST
        release_hits = [r for r in release_hits if r.release.release_id != previous_release_id]
        if _CONTINUATION.match(query.text):  # "und …", "and …", "what about …": stay on it
            boost = max([boost, *(r.score - previous.score + 1.0 for r in release_hits)])
        release_hits.append(replace(previous, score=previous.score + boost))
    candidates = [
        Candidate(release_hit, *_choose_sentence(searcher, query, release_hit, kind))
        for release_hit in release_hits
    ]
    # Releases of the days the question names stay ahead of the others (Searcher.search).
    candidates.sort(key=lambda c: (not c.release_hit.in_dates, -c.score))
    return _newest_of_the_same(candidates)


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
    r"|there|it)\b",
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
    answers it confidently (the answer's dates say so); otherwise as if it named none."""
    dates, rest = split_time_words(question, today or dt.date.today())
    if dates is not None:
        query = searcher.query(rest or question, dates)
        dated = _answer_from(searcher, question, query, previous_release_id)
        if dated.dates is not None:
            return dated
    return _answer_from(searcher, question, searcher.query(question), previous_release_id)


def _answer_from(
    searcher: Searcher, question: str, query: Query, previous_release_id: str | None
) -> Answer:
    candidates = rank_candidates(searcher, query, previous_release_id)
    if not candidates:
        return _declined(query, 0.0)
    best = candidates[0]
    # What it leads: the next release, unless that is one it updates (a Nachtrag answers first).
    rivals = [
        c for c in candidates[1:] if not updates(best.release_hit.release, c.release_hit.release)
    ]
    lead = best.score - (rivals[0].score if rivals else 0.0)
    if best.release_hit.in_dates:
        lead = max(lead, 0.0)  # the date, not the score, put it ahead of a release of other days
    coverage = searcher.index.lexical.joint_coverage(
        query.terms, searcher.passage_ids(best.release_hit.release.release_id)
    )
    confidence = confidence_of(coverage, lead, query.language)
    if best.release_hit.release.release_id == previous_release_id and is_follow_up(question):
        # The chat already settled which release this is about; "und wann war das?" has no
        # words of its own to match.
        confidence = max(confidence, FOLLOW_UP_CONFIDENCE)
    if confidence < ANSWER_THRESHOLD:
        return _declined(query, confidence)
    sources = [Source(best.release_hit.release, best.hit.passage.text, best.hit.score)]
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


def _choose_sentence(
    searcher: Searcher, query: Query, top: ReleaseHit, kind: str
) -> tuple[Hit, Excerpt]:
    """The sentence of the top release that answers: near the sentences that match the question
    (its report), close to it in meaning, and holding what the question asks for; followed by the
    next sentence of the same report when both fit in the excerpt."""
    hits = searcher.release_passages(query, top.release.release_id)

    def topic(i: int) -> float:
        heading = hits[i].passage.heading
        nearby = hits[max(0, i - TOPIC_WINDOW) : i + 2]
        return max(h.score for h in nearby if h.passage.heading == heading)

    def score(i: int) -> float:
        fit = sentence_fit(hits[i].passage.text, query.terms, kind)
        return topic(i) + OWN_WEIGHT * hits[i].score + DENSE_WEIGHT * hits[i].dense + fit

    best = max(range(len(hits)), key=score)
    text = hits[best].passage.text
    following = hits[best + 1].passage if best + 1 < len(hits) else None
    if (
        following
        and following.heading == hits[best].passage.heading
        and len(text) + len(following.text) < EXCERPT_MAX_CHARS
    ):
        text = f"{text} {following.text}"
    return hits[best], best_excerpt(text, query.terms, kind)


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
