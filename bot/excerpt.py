"""The excerpt of a sentence that shows what a question asks for, and what in it to show in bold."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.answerable import models_named
from bot.asked import Asked
from bot.cues import ANSWER_FINDERS, CHARGE, CUE_NEEDS, CUES, PEOPLE_ALONE, TELLING_CUES, pretexts
from bot.people import (
    ACTS_FOR,
    NEXT_OFFICE,
    is_the_person_asked,
    names_acting_for,
    names_holding,
    person_names,
    roles_of,
)
from index.lexical import TermMatch, term_of, term_set, tokenize, words_for

EXCERPT_MAX_CHARS = 300

_CLAUSE_BREAK = re.compile(r"(?<=[,;:–])\s+|\s+(?=(?:sowie|aber|jedoch|während|nachdem|als) )")
CUE_WEIGHT = 0.4  # it holds what the question asks for (a name, a date, an amount …)
CLAUSE_COVERAGE_WEIGHT = 0.1  # the clause repeats the question's terms
SECOND_MIN_CHARS = 35  # an excerpt adds a second sentence's part only in at least this much room
APPOSITION_WORDS = 3  # a clause of at most this many words goes on the one before it
SENTENCE_OPENING_WORDS = 5  # kept before "…" when an excerpt starts inside a long sentence
ANSWER_TAIL_CHARS = 30  # kept after what answers where a clause too long for the excerpt is cut
RUN_ON_PREFERENCE = 0.02  # above the left neighbour's 0.01: the clause an answer runs on into
COMPOUND_HEAD_MIN_LENGTH = 4  # "Räume" (raum) counts "Kellerräume"; "Au" counts nothing
NOT_ABOUT = 0.4  # the cue counts this much in a clause without the question's weightiest term


@dataclass(frozen=True)
class Excerpt:
    text: str
    highlights: tuple[str, ...]
    score: float


_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
)


def _within(text: str, budget: int) -> str:
    """The text cut at a word to at most budget characters."""
    if len(text) <= budget:
        return text
    return text[:budget].rsplit(" ", 1)[0] or text[:budget]


def best_excerpt(sentence: str, asked: Asked, max_chars: int = EXCERPT_MAX_CHARS) -> Excerpt:
    """The clause of a sentence that holds the question's terms and what the question asks for,
    grown by its neighbours up to max_chars, whole words only, with an ellipsis where cut. Of
    what is asked, besides its terms and kind: the role or office a "who" question asks who held
    or acted for, what a "how many" question counts and what a "which" question asks the name
    of."""
    terms, kind = asked.terms, asked.kind
    role, office, counted, named = asked.role, asked.office, asked.counted, asked.named
    clauses = _clauses(sentence)
    question = AskedTerms.of(terms)
    scores = [_clause_score(c, question, kind) for c in clauses]
    # "wer war für die staatsanwaltschaft da": the clause that names who acted for it, however
    # often the others name the town asked about too ("Amtsgericht Hamm", "JVA Hamm").
    acting = [i for i, c in enumerate(clauses) if names_acting_for(c, office)] if office else []
    # "wie viele fahrraddiebstähle": the clause that counts them ("rund 300 Diebstähle"), not
    # one that counts something else first ("im Alter zwischen 19 und 50 Jahren").
    counting = (
        [i for i, c in enumerate(clauses) if counts_what_is_counted(c, question.own, counted)]
        if counted
        else []
    )
    # "which hauptzollamt": the clause that names one ("vom Hauptzollamt Bielefeld …")
    naming = [i for i, c in enumerate(clauses) if names_one(c, named)] if named else []
    best = max(acting or counting or naming or range(len(clauses)), key=lambda i: (scores[i], -i))
    budget = max_chars - 4  # room for an ellipsis on either side
    first, last = best, best
    length = len(clauses[best])
    # What answers may run on into the next clause ("… stahlen … Bargeld, | eine EC-Karte wie
    # auch ein Laptop."): when the best clause ends with it, the next clause comes first.
    answer = _highlights(clauses[best], terms, kind, counted)
    runs_on = bool(answer) and clauses[best].rstrip(" ,;:–").endswith(answer[-1])
    while True:  # grow towards the side that adds more, while it fits
        options = []
        if first > 0 and length + 1 + len(clauses[first - 1]) <= budget:
            options.append((scores[first - 1] + 0.01, "left"))
        if last < len(clauses) - 1 and length + 1 + len(clauses[last + 1]) <= budget:
            run_on = RUN_ON_PREFERENCE if runs_on and last == best else 0.0
            options.append((scores[last + 1] + run_on, "right"))
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
    cut_start = False
    if len(text) > budget:  # one clause longer than the limit: cut at a word
        # where what answers lies beyond the limit, the cut ends a little after it instead
        end = text.find(answer[0]) + len(answer[0]) + ANSWER_TAIL_CHARS if answer else 0
        if end > budget:
            start = min(end, len(text)) - budget
            cut = text.index(" ", start) + 1 if " " in text[start:] else start
            # an article stays with its noun, "der 24-Jährige dem 19-Jährigen", where what answers
            # still fits beside it
            kept = text[:cut].rstrip()
            article = kept.rsplit(" ", 1)[-1]
            with_article = text[len(kept) - len(article) :]
            if article.lower() in _ARTICLES and answer[0] in _within(with_article, budget):
                cut = len(kept) - len(article)
            text = text[cut:]
            cut_start = True
        text = _within(text, budget)
        cut_end = cut_end or not clauses[last].endswith(text)
    tail = " …" if cut_end else ""
    if cut_start and first == 0:
        text = "… " + text
    elif first > 0:
        # Starting inside a long sentence, keep its opening words, which its last clause
        # completes ("An dem Austausch nahmen neben … Steven Schmidt und Adrian Dudziak teil.").
        opening = " ".join(clauses[0].split()[:SENTENCE_OPENING_WORDS])
        fits = len(opening) + 3 + len(text) + len(tail) <= max_chars
        text = (f"{opening} … " if fits else "… ") + text
    text += tail
    # A short clause after the best one is its apposition ("am Dienstag, 5. Oktober,"): what
    # answers may go on there.
    end = best + 1
    while end <= last and len(clauses[end].split()) <= APPOSITION_WORDS:
        end += 1
    if runs_on and last > best:
        end = max(end, best + 2)  # the answer's run-on clause is bold too
    # "which judge …": the person shown in that role ("Nina Schraml, Richtern am Amtsgericht");
    # "wer war vom amtsgericht da": who acted for it; "who is Nina Schraml": her role; the story
    # someone told; in the clauses shown.
    shown = " ".join(clauses[first : last + 1])
    if role:
        held = names_holding(shown, role)
    elif office:
        held = names_acting_for(shown, office)
    elif named:
        held = names_one(shown, named)
    elif asked.model:
        held = models_named(shown)
    elif kind == "identity":
        held = tuple(cue_matches(shown, {match.term for match in terms}, kind))
    elif kind == "ruse":  # the story runs on past a comma: "gab an, | dass er …"
        held = pretexts(shown)
    else:
        held = ()
    highlights = held or _highlights(" ".join(clauses[best:end]), terms, kind, counted)
    if not highlights:  # what is asked, in the shown clause nearest the one of the question's terms
        for number in sorted(range(first, last + 1), key=lambda n: abs(n - best)):
            highlights = _highlights(clauses[number], terms, kind, counted)
            if highlights:
                break
    return Excerpt(text, highlights, scores[best])


def joined_excerpt(
    sentences: list[tuple[int, str]], asked: Asked, lead: str | None = None
) -> Excerpt:
    """The first sentence's excerpt and, while the room it leaves holds at least SECOND_MIN_CHARS,
    the next ones', joined by ellipses in reading order. sentences: (position in the release,
    text), the best first. lead: shown before them all (a report's heading), whole."""
    (_, first), *others = sentences
    lead_room = len(lead) + 3 if lead else 0
    main = best_excerpt(first, asked, EXCERPT_MAX_CHARS - lead_room)
    pieces = [(sentences[0][0], main)]
    if lead:
        pieces.append((-1, Excerpt(lead, (), 0.0)))
    room = EXCERPT_MAX_CHARS - lead_room - len(main.text) - 3
    for position, text in others:
        if room < SECOND_MIN_CHARS:
            break
        piece = best_excerpt(text, asked, room)
        pieces.append((position, piece))
        room -= len(piece.text) + 3
    pieces.sort(key=lambda pair: pair[0])
    texts = [piece.text for _, piece in pieces]
    texts = [t.removesuffix(" …") for t in texts[:-1]] + texts[-1:]
    texts = texts[:1] + [t.removeprefix("… ") for t in texts[1:]]
    highlights = next((p.highlights for p in [main, *(p for _, p in pieces)] if p.highlights), ())
    return Excerpt(" … ".join(texts), highlights, main.score)


@dataclass(frozen=True)
class AskedTerms:
    """The question's terms with what scoring a clause needs of them, worked out once per
    question rather than once per clause."""

    terms: list[TermMatch]
    own: frozenset[str]  # the question's own terms
    total: float  # their summed weight
    idfs: tuple[float, ...]  # each one's weight
    key: int | None  # the weightiest (_key_term_number)
    found_as: dict[str, list[tuple[int, float]]]  # corpus term -> (question term, its weight)
    found_terms: frozenset[str]  # the corpus terms of found_as

    @classmethod
    def of(cls, terms: list[TermMatch]) -> AskedTerms:
        found_as: dict[str, list[tuple[int, float]]] = {}
        for number, match in enumerate(terms):
            for variant, weight in match.variants.items():
                found_as.setdefault(variant, []).append((number, weight))
        own = frozenset(match.term for match in terms)
        total = sum(match.idf for match in terms)
        idfs = tuple(match.idf for match in terms)
        key = _key_term_number(terms)
        return cls(terms, own, total, idfs, key, found_as, frozenset(found_as))


def sentence_fit(sentence: str, question: AskedTerms, kind: str) -> float:
    """How well the sentence's best clause answers: best_excerpt's score, without the excerpt."""
    return max(_clause_score(c, question, kind) for c in _clauses(sentence))


@lru_cache(maxsize=50_000)
def _clauses(sentence: str) -> tuple[str, ...]:
    return tuple(c for c in _CLAUSE_BREAK.split(sentence) if c) or (sentence,)


def _clause_score(clause: str, question: AskedTerms, kind: str) -> float:
    presence = [0.0] * len(question.terms)  # how well each question term is found in the clause
    found_terms = question.found_terms & term_set(clause)
    for term in found_terms:
        for number, weight in question.found_as[term]:
            presence[number] = max(presence[number], weight)
    total = question.total
    coverage = (
        sum(idf * p for idf, p in zip(question.idfs, presence, strict=True)) / total
        if total and found_terms
        else 0
    )
    found = cue_matches(clause, question.own, kind)
    # A person's name answers "who" better than a role ("Beamte des Hauptzollamts").
    has_cue = 1.0 if kind == "who" and person_names(clause) else 0.6 if found else 0.0
    if not has_cue:
        return CLAUSE_COVERAGE_WEIGHT * coverage
    # What the question asks for counts fully in the clause that names what it is about, its
    # weightiest term: "vom Hauptzollamt Bielefeld Steven Schmidt und Adrian Dudziak".
    key = question.key
    about = key is None or presence[key] > 0
    return CLAUSE_COVERAGE_WEIGHT * coverage + CUE_WEIGHT * has_cue * (1.0 if about else NOT_ABOUT)


# The question's words that name what it asks for, and so may answer it too.
_NAMING_THE_ASKED = {
    "why": frozenset(tokenize("Ursache Grund Auslöser")),
    "alcohol": frozenset(tokenize("Promille")),  # "über einem Promille" answers "wieviel promille"
    # "das Polizeirevier Ehingen" answers "welches polizeirevier ermittelt in ehingen"
    "station": frozenset(tokenize("Polizeirevier Polizeiposten Revier Dienststelle")),
    # "beschädigte … das Vordach" tells what "was wurde beschädigt" asks for
    "damaged": frozenset(tokenize("beschädigt beschädigte zerstört demoliert")),
    # "erbeuteten Diebe" tells what "was haben die einbrecher erbeutet" asks for
    "stolen": frozenset(
        tokenize("erbeutet erbeuteten gestohlen stahlen entwendet entwendeten mitgenommen Beute")
    ),
}


def cue_matches(clause: str, terms: set[str], kind: str) -> list[str]:
    """What the question asks for, found in the clause, but not just the question's own words
    (unless they name what is asked: "Ursache" answers "was war die ursache"); for who someone
    is, the role of the person the question names."""
    if kind == "identity":
        return [
            role
            for name in person_names(clause)
            if is_the_person_asked(name, terms)
            for role in roles_of(clause, name)
        ]
    found = _cue_found(clause, kind)
    if not found:
        return []
    terms = terms - _NAMING_THE_ASKED.get(kind, frozenset())
    return [match for match, words in found if not words <= terms or not words]


@lru_cache(maxsize=200_000)
def _cue_found(clause: str, kind: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """What a question of this kind asks for, in the clause, with its search terms."""
    cue = CUES.get(kind)
    if cue is None:
        return ()
    needed = CUE_NEEDS.get(kind)
    if kind == "why":
        clause = CHARGE.sub("", clause)  # "Verfahren wegen Straßenverkehrsgefährdung": no cause
    found = (
        [m.group(0) for m in cue.finditer(clause)]
        if needed is None or needed.search(clause)
        else []
    )
    if kind == "who":
        found += person_names(clause)
    # A count is a word of its own, though search leaves out one digit: "4 Rettungswagen"
    # answers "wie viele rettungswagen".
    return tuple((f, frozenset(tokenize(f)) | frozenset(re.findall(r"\d+", f))) for f in found)


# Kinds of question that ask for a measure: a release without one cannot answer them.
MEASURES = ("money", "age", "alcohol", "size", "speed", "duration", "how_many", "colour")
# Measures a release that answers always writes as such: a speed in km/h, a blood alcohol level
# (or "alkoholisiert"), a colour, a licence plate, a suspect's description or clothes, a drug by
# its name ("unter Drogeneinfluss" names none). The others may be told in words the cue does not
# know.
WRITTEN_MEASURES = (
    "alcohol",
    "speed",
    "colour",
    "plate",
    "phone",
    "description",
    "clothing",
    "way_in",
    "drug",
)


def measure_in(text: str, terms: list[TermMatch], kind: str) -> bool:
    """Does the text hold the measure a question of this kind asks for (an amount of money, an
    age, a blood alcohol level …), other than the question's own words?"""
    return bool(cue_matches(text, {t.term for t in terms}, kind))


# Where a second sentence starts in a clause of two shown together ("… geräumt. Auch eine …").
_SENTENCE_START = re.compile(r"(?<=[a-zäöüß]{2}[.!?])\s+(?=[A-ZÄÖÜ])")


def _with_next_word(clause: str, part: str) -> str:
    """The part of the clause with the word after it."""
    at = clause.find(part)
    following = clause[at + len(part) :].split(maxsplit=1)
    return f"{part} {following[0]}" if at >= 0 and following else part


def counts_what_is_counted(text: str, own: set[str], counted: TermMatch) -> bool:
    """Does the text give a count of what a "how many" question counts ("etwa 400 Fahrzeuge"
    for "wie viele autos"), not only a count of something else ("bis zu 500 Personen")?"""
    found = [m.strip() for m in cue_matches(text, own, "how_many")]
    return bool(_counts_of(text, found, counted))


# A thing and the name after it: "Hauptzollamt Bielefeld", "Linie U14", "Polizeirevier
# Mannheim-Neckarau".
_THING_AND_NAME = re.compile(r"\b([A-ZÄÖÜ][\w-]*)(?= ([A-ZÄÖÜ][\w-]*\w|[A-Z]{0,3}\d+[a-z]?)\b)")


def names_one(text: str, named: TermMatch) -> tuple[str, ...]:
    """The things of what a "which" question asks the name of, named in the text ("Hauptzollamt
    Bielefeld" for "which hauptzollamt"; bot.question.named_asked)."""
    return tuple(
        f"{found.group(1)} {found.group(2)}"
        for found in _THING_AND_NAME.finditer(text)
        if _is_the_thing(term_of(found.group(1)), named)
    )


def _is_the_thing(term: str | None, named: TermMatch) -> bool:
    """The thing asked, or the last part of its compound: "Linie 23" for "welche
    strassenbahnlinie"."""
    return term is not None and (term in named.variants or _heads(term, named))


def _heads(term: str, asked: TermMatch) -> bool:
    """Is the term the last part of the asked term's compound ("raum" of "kellerraum")?"""
    return len(term) >= COMPOUND_HEAD_MIN_LENGTH and asked.term.endswith(term)


_PEOPLE_ALONE = re.compile(PEOPLE_ALONE)  # "niemand" counts the people a question counts
_PEOPLE = frozenset(tokenize("Personen Menschen Leute Insassen Verletzte Beteiligte"))


def _counts_of(text: str, counts: list[str], counted: TermMatch) -> list[str]:
    """The counts of the text that count what is counted: the count and the word after it, or
    the head of the compound counted ("neun Räume" for "wie viele kellerräume")."""
    people = not _PEOPLE.isdisjoint(counted.variants)
    return [
        m
        for m in counts
        if _names_what_is_counted(term_set(_with_next_word(text, m)), counted)
        or (people and _PEOPLE_ALONE.fullmatch(m))
    ]


def _names_what_is_counted(terms: frozenset[str], counted: TermMatch) -> bool:
    return bool(terms & counted.variants.keys()) or any(_heads(term, counted) for term in terms)


def _highlights(
    clause: str, terms: list[TermMatch], kind: str, counted: TermMatch | None = None
) -> tuple[str, ...]:
    """What the question asks for within the clause; after the question's weightiest term when
    something follows it ("vom Hauptzollamt Bielefeld Steven Schmidt und Adrian Dudziak"); of
    counts, those of what the question counts ("neun Fahrzeuge", not "drei Unfälle", for "how
    many vehicles")."""
    if kind in ANSWER_FINDERS:
        return ANSWER_FINDERS[kind](clause)
    if kind in TELLING_CUES:
        return ()
    found = [m.strip() for m in cue_matches(clause, {t.term for t in terms}, kind)]
    found = [m for m in dict.fromkeys(found) if len(m) > 2]
    if counted is not None:  # the count and the word after it ("neun Fahrzeuge")
        found = _counts_of(clause, found, counted) or found
    if not found:
        return ()
    key_at = _key_term_position(clause, terms, kind)
    if key_at is None:
        return tuple(found)
    at = {m: clause.find(m) for m in found}
    # The sentence the key term stands in, where a clause runs over two sentences shown together.
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(clause)]
    start = max(s for s in starts if s <= key_at)
    end = min([s for s in starts if s > key_at], default=len(clause))
    in_sentence = [m for m in found if start <= at[m] < end]
    # "die Oberstaatsanwältin Bettina Werner für die Staatsanwaltschaft Dortmund, …, Nina
    # Schraml": who is named right before "für" the key term acts for it.
    acting_for = [
        m
        for m in in_sentence
        if kind == "who" and ACTS_FOR.fullmatch(clause[at[m] + len(m) : key_at])
    ]
    # "von Seiten der Bundespolizei … Rainer Hochkeppler und vom Hauptzollamt Bielefeld Steven
    # Schmidt": up to where the next office's people begin.
    next_office = NEXT_OFFICE.search(clause, key_at) if kind == "who" else None
    until = next_office.start() if next_office else end
    after_key = [m for m in in_sentence if key_at < at[m] < until]
    return tuple(acting_for or after_key or in_sentence or found)


def _key_term_number(terms: list[TermMatch]) -> int | None:
    """Which of the question's terms weighs most in the spellings the corpus has: what the
    question is about."""
    return next(iter(_by_weight(terms)), None)


def _by_weight(terms: list[TermMatch]) -> list[int]:
    """The numbers of the question's terms, the weightiest in the corpus's spellings first."""
    weights = [m.idf * max(m.variants.values(), default=0.0) for m in terms]
    return sorted(range(len(terms)), key=lambda number: -weights[number])


def _key_term_position(clause: str, terms: list[TermMatch], kind: str) -> int | None:
    """Where the question's weightiest term first stands in the clause; for "who", the
    weightiest one the clause holds ("who was at the Sicherheitskonferenz for the
    bundespolizei": the Bundespolizei, in a sentence that does not name the conference)."""
    ranked = _by_weight(terms)
    for number in ranked if kind == "who" else ranked[:1]:
        word = next(words_for(clause, terms[number]), None)
        if word is not None:
            return word.start()
    return None
