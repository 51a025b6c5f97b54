"""Which sentence of a release answers the question: a linear score over what is known of each
sentence, with weights fitted by bench/fit_sentence_choice.py (a conditional logit: of one
release's sentences, the one whose excerpt holds the answer)."""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache

import numpy as np

from bot.answerable import names_a_model
from bot.asked import Asked
from bot.cues import (
    CUES,
    DAY_OR_HOUR,
    DOER_FOUND,
    FLED,
    FOUND_AT,
    REASON_GIVEN,
    SPEEDING,
    VICTIM_TOLD,
    WITNESS_TOLD,
)
from bot.excerpt import (
    EXCERPT_MAX_CHARS,
    MEASURES,
    AskedTerms,
    Excerpt,
    counts_what_is_counted,
    cue_matches,
    joined_excerpt,
    names_one,
    sentence_fit,
)
from bot.people import names_holding, names_someone_for, person_names
from bot.question import holds_a_superlative
from index.lexical import TermMatch, tokenize
from index.search import Hit

# A sentence's topic is the best score among it, the sentence after it and this many before it in
# the same report: "Am Dienstag brannte in Aalen ein Auto." before "Der Schaden beträgt 5000 Euro."
TOPIC_WINDOW = 2
EXCERPT_SENTENCES = 3  # at most this many sentences of the report share an excerpt
HEADING_MIN_WORDS = 3  # a heading that tells what happened: "Heilbronn: Frau beraubt"
HEADING_MAX_CHARS = 150  # and leaves the sentence that tells more half the excerpt at least

# Fitted by `python -m bench.fit_sentence_choice` on the development set and XQuAD; see
# docs/quality.md for the cross-validated accuracy.
WEIGHTS: dict[str, float] = {
    "score": 2.679,
    "dense": 1.618,
    "coverage": 3.312,
    "topic": 2.058,
    "previous": -1.696,
    "next": 1.752,
    "fit": 0.765,
    "cue": 2.144,
    "cue_in_topic": 0.723,
    "person_for_who": -1.106,
    "opening": -0.162,
    "position": 0.540,
    "length": 0.460,
    "new_words": -1.379,
    "dense_en": 1.075,
    "best_report": 1.400,
    # Not fitted with the rest: fitted alone, the others held, on the development set (XQuAD's
    # paragraphs are one report each); 1.25-2.0 pick the same sentences.
    "covering_report": 1.5,
    # Set by hand: a round weight by which "wer war für die stadt hamm dabei", "who was at the
    # Sicherheitskonferenz for the bundespolizei" and, naming the conference too, "who was at the
    # hamm security conference for the city" are answered by the sentence that names who acted
    # for it, not by the opening (the development set and XQuAD have 4 and 53 questions of the
    # kind: too few to fit). 2.0 -> 6.0 changed no benchmark record; 4.0 missed the English one.
    "acts_for_office": 6.0,
    # Set by hand: "which hauptzollamt sent people to the hamm sicherheitskonferenz" and "welche
    # linie war die stadtbahn" are answered by the sentence that names one ("vom Hauptzollamt
    # Bielefeld Steven Schmidt …", "der Linie U14"), not by the opening that names the office
    # alone ("des Hauptzollamtes").
    "names_asked": 1.0,
    # Set by hand: the round weight by which "hoechste geschwindigkeit a96 talbrücke obere argen"
    # and "fastest car measured on the talbrücke" are answered by "Die höchste gemessene
    # Geschwindigkeit betrug 209 km/h", not by the speed limit (3 read in-house questions).
    "superlative": 2.0,
    # Set by hand: the round weight by which "crailsheim ledersofa vertauscht wer wars" and "who
    # scraped the bmw and drove off" are answered by the one the police found did it ("bei einem
    # Nachbarn …, der den Tausch auch einräumte"), not by the one who called them; "who crashed
    # into the police car" by who collided with it (bot.cues.DOER_FOUND).
    "doer_found": 6.0,
    # Set by hand: "owen overtaking which road was that on" is answered by the sentence that
    # names the road ("befuhr … die L 1210"), not another place ("bei Owen").
    "names_road": 2.0,
    # Set by hand: "wo hat die polizei das ledersofa wiedergefunden" is answered by the sentence
    # that tells the find ("Die konnte ihr … Sitzmöbel bei einem Nachbarn feststellen"), not by
    # where the sofa stood before ("in den gemeinsamen Hausflur"); at 2.0 it was not shown. So is
    # "how was the roller guy found" ("von einem Passanten ohnmächtig angetroffen").
    "tells_find": 4.0,
    # Set by hand: "the guy who overtook … and just drove off, what car was he in", and "welches
    # auto hatte der, der … das fahrschulauto überholt hat" too, is answered by the vehicle told
    # of where the report says someone drove off ("Der Überholer fuhr unterdessen davon. Er war
    # mit einem Renault Twingo … unterwegs"), not the cars he passed: the vehicle a report asks
    # witnesses about is the one that left. 4.0 answered the German question in its release
    # among the others, not in a release of its own (tests).
    "fled_in": 6.0,
    # Set by hand: "a96 talbrücke speed check - how many ppl were too fast" and "wie viele sind
    # zu schnell gefahren" are answered by the count of those over the limit ("Davon
    # überschritten 2130 Fahrzeuge die zulässige Höchstgeschwindigkeit"), not by the limit or
    # the count measured, which the place's words make match better (five questions of five
    # read sets).
    "tells_speeding": 4.0,
    # Set by hand: "wen hat der trickdieb an der tanke abgezockt" and "who did he go after" are
    # answered by the sentence that tells whom the deed was done to ("Einem hilfsbereiten
    # Tankwart sind … gestohlen worden"), not by who did it (bot.cues.VICTIM_TOLD).
    "tells_victim": 4.0,
    # Set by hand, as tells_victim: "who saw the 2 guys trying to break into the friseur" is
    # answered by who noticed it ("Ein aufmerksamer Passant konnte die Tat beobachten"), not by
    # the doers the question's other words match (bot.cues.WITNESS_TOLD).
    "tells_witness": 4.0,
    "after_best": -0.957,
    # Set by hand: how much the words after the question word weigh again, when keywords that
    # say which report it is about come first ("backnang b14 opel über verkehrsinsel | warum
    # musste die straßenmeisterei kommen"). 1.5 and 3.0 were tried; 1.5 lost least elsewhere
    # (docs/quality-history.md, twenty-second round).
    "focus": 1.5,
    "cue_who": -0.556,
    "cue_when": 0.092,
    "cue_year": 0.150,
    "cue_where": -0.223,
    "cue_how_many": 0.110,
    "cue_money": 0.470,
    "cue_age": 0.411,
    "cue_alcohol": 0.402,
    "cue_size": 0.152,
    "cue_speed": 0.234,
    "cue_duration": 0.110,  # not fitted: cue_how_many's, the kind these questions had before
    "cue_colour": 0.0,  # not fitted: too few questions; the cue weighs as every kind's does
    "cue_clothing": 0.0,  # not fitted: too few questions
    "cue_description": 0.0,  # not fitted: too few questions
    "cue_injury": 0.0,  # not fitted: too few questions
    "cue_direction": -0.223,  # not fitted: cue_where's, the kind these questions had before
    "cue_why": 0.125,
    "cue_stolen": 0.255,
    "cue_way_in": 0.008,
    "cue_plate": 0.040,
    "cue_means": 0.150,
    "cue_vehicle": -0.021,
    "cue_station": 0.346,
    # not fitted: too few questions; the cue weighs as every kind's does
    "cue_said": 0.0,
    "cue_phone": 0.0,
    "cue_then": 0.0,
    "cue_ruse": 0.0,
    "cue_called": 0.0,
    "cue_road": 0.0,  # not a kind of its own: a "where" question's sentence names the road
    "cue_damaged": 0.0,
    "cue_traced": 0.0,
    "cue_alleged": 0.0,
    "cue_asked_for": 0.0,
    "cue_noticed": 0.0,
    "cue_stopped": 0.0,
    "cue_drug": 0.0,
    "cue_left_behind": 0.0,
    "cue_topic": 0.0,
}


_CUE_FEATURE_NAMES = [f"cue_{kind}" for kind in CUES]  # has_cue for the question's kind, else 0
# Kinds whose cue is rare enough that a sentence holding it likely answers; most sentences name
# a person or a place.
CUES_WORTH_ROOM = frozenset(CUES) - {"who", "where"}


def sentence_features(hits: list[Hit], asked: Asked) -> list[dict[str, float]]:
    """What is known of each sentence of a release (hits in reading order, scored for the
    question) that tells whether it answers: its scores, its neighbours', whether it is in the
    report that matches best, and whether it holds what the question asks for."""
    terms, kind, language = asked.terms, asked.kind, asked.language
    best = max(range(len(hits)), key=lambda j: hits[j].score)
    question = AskedTerms.of(terms)
    reports = [hit.passage.heading for hit in hits]
    # The report that holds most of the question's terms, its heading included: "Alfdorf: Auto
    # übersehen" is what "wann war der unfall in alfdorf" asks about, though another report's
    # sentence matches "Unfall" more closely.
    covering = reports[max(range(len(hits)), key=lambda j: (hits[j].coverage, hits[j].score))]
    # "wie viele autos": where the release counts them, a count of people is no answer
    counting = (
        [counts_what_is_counted(hit.passage.text, question.own, asked.counted) for hit in hits]
        if asked.counted is not None
        else []
    )
    counts_it = any(counting)
    focus_weight = sum(match.idf for match in asked.focus)
    rows = []
    for i, hit in enumerate(hits):
        same_report = [
            j
            for j in range(max(0, i - TOPIC_WINDOW), min(len(hits), i + 2))
            if reports[j] == reports[i]
        ]
        topic = max(hits[j].score for j in same_report)
        text = hit.passage.text
        has_cue = float(bool(cue_matches(text, question.own, kind)))
        # "which hauptzollamt": one named ("Hauptzollamt Bielefeld") is what is asked
        names_asked = asked.named is not None and bool(names_one(text, asked.named))
        has_cue = max(has_cue, float(names_asked))
        if counts_it and not counting[i]:
            has_cue = 0.0
        holds_role = asked.role is not None and bool(names_holding(text, asked.role))
        if asked.role is not None and not holds_role:
            has_cue = 0.0  # "which judge": someone named, but not as a judge
        if asked.model:
            # "which model was the audi": "den schwarzen Audi A 5", though the question names
            # the make; not "seinen Audi"
            has_cue = float(names_a_model(text))
        acts_for = holds_role or (
            asked.office is not None and names_someone_for(text, asked.office)
        )
        words = _words(text)
        row = {
            "score": hit.score,
            "dense": hit.dense,
            "coverage": hit.coverage,
            "topic": topic,
            "previous": hits[i - 1].score if i - 1 in same_report else 0.0,
            "next": hits[i + 1].score if i + 1 in same_report else 0.0,
            "fit": sentence_fit(text, question, kind),
            "cue": has_cue,
            "cue_in_topic": has_cue * topic,
            "person_for_who": float(kind == "who" and bool(person_names(text))),
            "opening": float(i == 0),
            "position": i / max(1, len(hits) - 1),
            "length": len(text) / 200,
            "new_words": (len(words) - sum(map(question.own.__contains__, words)))
            / max(1, len(words)),
            "dense_en": hit.dense * (language == "en"),
            "best_report": float(reports[i] == reports[best]),
            "covering_report": float(reports[i] == covering),
            "acts_for_office": float(acts_for),
            "names_asked": float(names_asked),
            "superlative": float(
                kind in MEASURES and bool(has_cue) and holds_a_superlative(text, asked.superlatives)
            ),
            # of the deed asked: a sentence that holds none of the question's words may tell of
            # another one ("… nahmen zwei Tatverdächtige fest, … in Dußlingen")
            "doer_found": float(
                asked.doer and bool(has_cue) and hit.coverage > 0 and bool(DOER_FOUND.search(text))
            ),
            "names_road": float(asked.road and bool(CUES["road"].search(text))),
            "tells_find": float(asked.found_at and bool(FOUND_AT.search(text))),
            "tells_speeding": float(asked.speeding and bool(SPEEDING.search(text))),
            "tells_victim": float(
                asked.victim and bool(has_cue) and bool(VICTIM_TOLD.search(text))
            ),
            "tells_witness": float(
                asked.witness and bool(has_cue) and bool(WITNESS_TOLD.search(text))
            ),
            "fled_in": float(
                kind == "vehicle"
                and bool(has_cue)
                and any(FLED.search(hits[j].passage.text) for j in (i - 1, i) if j in same_report)
            ),
            "after_best": float(i == best + 1 and reports[i] == reports[best]),
            "focus": _focus_share(words, asked.focus, focus_weight),
        }
        row.update(dict.fromkeys(_CUE_FEATURE_NAMES, 0.0))
        if kind in CUES:
            row[f"cue_{kind}"] = has_cue
        rows.append(row)
    return rows


def _focus_share(words: tuple[str, ...], focus: tuple[TermMatch, ...], weight: float) -> float:
    """The share of the focus terms' weight (their summed idf) the sentence's words hold."""
    if not weight:
        return 0.0
    present = set(words)
    return sum(m.idf for m in focus if not present.isdisjoint(m.variants)) / weight


@lru_cache(maxsize=200_000)
def _words(text: str) -> tuple[str, ...]:
    return tuple(tokenize(text))


def sentence_scores(rows: list[dict[str, float]]) -> list[float]:
    """The linear score of each sentence's features (rows of sentence_features)."""
    if not rows:
        return []
    weights = np.array([WEIGHTS[name] for name in rows[0]])
    return (np.array([list(row.values()) for row in rows]) @ weights).tolist()


def answering_excerpt(
    hits: list[Hit], asked: Asked, among: Collection[int] | None = None
) -> tuple[int, Excerpt]:
    """The number of the answering sentence, and the excerpt that shows it: the sentence, then,
    in the room left, the best part of its report's runner-up and third sentences, in reading
    order — they hold the answer often enough to be worth the room (docs/quality.md). When the
    runner-up is the next sentence, both are shown whole if they fit. among: the numbers of the
    sentences that may answer, when not all may."""
    kind = kind_told(hits, asked.kind)
    rows = sentence_features(hits, replace(asked, kind=kind))
    scores = sentence_scores(rows)
    if among is not None:
        scores = [score if i in among else -math.inf for i, score in enumerate(scores)]
    best = max(range(len(hits)), key=scores.__getitem__)
    source = excerpt_source(hits, best)
    report = hits[best].passage.heading
    others = [i for i in range(len(hits)) if i != best and hits[i].passage.heading == report]
    others.sort(key=lambda i: -scores[i])
    if others and hits[others[0]].passage.text not in source:
        source = hits[best].passage.text  # the room goes to the runner-up, not the next one
        # The sentence after the best match was marked down as shown with it; now it is not,
        # it competes for third place as any other ("nahmen etwa 400 Fahrzeuge teil").
        unmarked = {i: scores[i] - WEIGHTS["after_best"] * rows[i]["after_best"] for i in others}
        others[1:] = sorted(others[1:], key=lambda i: -unmarked[i])
    # A runner-up that holds what is asked (a reason, a span of time …) has the room first,
    # whole if it fits, when the best sentence lacks it or the runner-up is not shown with it
    # already: "Als Ursache … konnte ein auf der eingeschalteten Herdplatte befindlicher
    # Plastikbehälter festgestellt werden"; "Der Grund, warum der 30-Jährige wegging, liegt
    # vermutlich darin, weil …" beside a best sentence whose reason is another's ("aufgrund
    # der Bergungsarbeiten gesperrt").
    # What was stolen is told in few sentences: the third-best may hold it ("Auch eine Flasche
    # Alkohol nahm der Unbekannte mit" below the way in and the money).
    # The station to call is named once, in the call for witnesses at the end, wherever it ranks.
    reach = EXCERPT_SENTENCES if kind == "stolen" else EXCERPT_SENTENCES - 1
    reach = len(others) if kind == "station" else reach
    shortlist = others[:reach] if kind in CUES_WORTH_ROOM else []
    holding = [i for i in shortlist if rows[i]["cue"]]
    if kind == "why":
        # A reason given as one, wherever it ranks, first: "Der Grund, warum der 30-Jährige
        # wegging, liegt vermutlich darin, weil …", not "aufgrund der Bergungsarbeiten gesperrt".
        given = [i for i in others if rows[i]["cue"] and REASON_GIVEN.search(hits[i].passage.text)]
        holding = given[:1] + [i for i in holding if i not in given[:1]]
    if kind == "who":
        # Someone named by a back-reference ("kollidierte die 36-Jährige") is shown as the
        # report introduced them ("Eine weitere 36-jährige Pkw-Lenkerin …").
        introduced = _introduction_of(hits, best)
        holding = [*introduced, *(i for i in holding if i not in introduced)]
    if asked.road and not rows[best]["names_road"]:
        # "which street", where the best sentence names none: the first sentence of the report
        # that does, first, as where it happened is told first ("… in der Mötzinger Straße in
        # Gäufelden ihr Unwesen", not where the two fled: "auf einem Feldweg")
        naming = sorted(i for i in others if rows[i]["names_road"])[:1]
        holding = naming + [i for i in holding if i not in naming]
    unshown = [i for i in holding if hits[i].passage.text not in source]
    if (holding and not rows[best]["cue"]) or unshown:
        source = hits[best].passage.text
        others = holding + [i for i in others if i not in holding]
    shown = [
        (i, hits[i].passage.text)
        for i in others[: EXCERPT_SENTENCES - 1]
        if hits[i].passage.text not in source
    ]
    # What happened is told by the report's heading first, "Gerlingen / Leonberg: Streit auf
    # offener Straße", when it says more than a dateline's town ("Hamm").
    heading = (hits[best].passage.heading or "").rstrip(": ")
    tells = len(heading.split()) >= HEADING_MIN_WORDS and len(heading) <= HEADING_MAX_CHARS
    lead = heading if kind == "happened" and tells else None
    shown_kind = "road" if asked.road else kind  # of the places, the street or road in bold
    return best, joined_excerpt([(best, source), *shown], replace(asked, kind=shown_kind), lead)


# Someone named only by age, as a report names them again: "die 36-Jährige", "dem 18-Jährigen".
_BACK_REFERENCE = re.compile(r"\b(?:die|der|dem|den) (\d{1,3})-Jährigen?\b")


def _introduction_of(hits: list[Hit], best: int) -> list[int]:
    """The earlier sentence of the best one's report that introduced the person it names only by
    age ("Eine weitere 36-jährige Pkw-Lenkerin" for "die 36-Jährige"), if any."""
    found = _BACK_REFERENCE.search(hits[best].passage.text)
    if found is None:
        return []
    introducing = re.compile(rf"\b{found.group(1)}-jährige[rn]? [A-ZÄÖÜ][\w-]+")
    report = hits[best].passage.heading
    return [
        i
        for i in range(best - 1, -1, -1)
        if hits[i].passage.heading == report and introducing.search(hits[i].passage.text)
    ][:1]


def kind_told(hits: list[Hit], kind: str) -> str:
    """A "when" question about a release that names no day or hour is answered by a year
    ("Wann erreichte die Pest England?" – 1349, though "im November 1347" stands beside it). One
    that does name them is answered by them, not by a year in the background ("im Jahr 2020"
    beside "am Dienstag, 5. Oktober")."""
    if kind == "when" and not any(DAY_OR_HOUR.search(hit.passage.text) for hit in hits):
        return "year"
    return kind


def excerpt_source(hits: list[Hit], i: int) -> str:
    """Sentence i, with the next one of the same report when both fit in an excerpt."""
    text = hits[i].passage.text
    if i + 1 < len(hits):
        following = hits[i + 1].passage
        if (
            following.heading == hits[i].passage.heading
            and len(text) + len(following.text) < EXCERPT_MAX_CHARS
        ):
            return f"{text} {following.text}"
    return text
