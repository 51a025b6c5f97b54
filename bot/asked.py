"""What a question asks, worked out once per question, for choosing the sentence that answers
and the words of it to show (bot.sentence_choice, bot.excerpt)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answerable import asks_for_a_model
from bot.question import (
    asked_after_keywords,
    asks_doer,
    asks_road,
    asks_speeding,
    asks_victim,
    asks_where_or_how_found,
    asks_who_had_it,
    asks_witness,
    counted_asked,
    named_asked,
    office_asked,
    question_kind,
    role_asked,
    superlatives_asked,
)
from index.lexical import TermMatch, tokenize


@dataclass(frozen=True)
class Asked:
    """What a question asks, worked out once per question: its terms, its kind ("who", "when"
    …) and language, the office it asks who acted for, and the corpus terms of the superlatives
    it asks by, what a "how many" question counts, what a "which" question asks the name of,
    whether it asks where or how something turned up, whether it asks a vehicle's model and
    whether it counts those too fast (bot.question.office_asked, superlatives_asked,
    counted_asked, named_asked, asks_where_or_how_found, asks_who_had_it, asks_speeding,
    asks_victim, asks_witness;
    bot.answerable.asks_for_a_model)."""

    terms: list[TermMatch]
    kind: str
    language: str
    office: TermMatch | None = None
    role: TermMatch | None = None
    superlatives: frozenset[str] = frozenset()
    counted: TermMatch | None = None
    focus: tuple[TermMatch, ...] = ()
    doer: bool = False
    road: bool = False
    named: TermMatch | None = None
    found_at: bool = False
    model: bool = False
    speeding: bool = False
    victim: bool = False
    witness: bool = False

    @classmethod
    def of(cls, question: str, terms: list[TermMatch], language: str) -> Asked:
        kind = question_kind(question)
        office = office_asked(question, terms, kind)
        role = role_asked(question, terms) if kind == "who" else None
        counted = counted_asked(question, terms) if kind == "how_many" else None
        superlatives = superlatives_asked(question, terms)
        focus = focus_asked(question, terms)
        doer = kind == "who" and asks_doer(question)
        road = kind == "where" and asks_road(question)
        named = named_asked(question, terms) if kind == "which" else None
        found_at = (kind in ("where", "what") and asks_where_or_how_found(question)) or (
            kind == "who" and asks_who_had_it(question)
        )
        model = kind == "vehicle" and asks_for_a_model(question)
        speeding = kind == "how_many" and asks_speeding(question)
        victim = kind == "who" and asks_victim(question)
        witness = kind == "who" and asks_witness(question)
        return cls(
            terms,
            kind,
            language,
            office=office,
            role=role,
            superlatives=superlatives,
            counted=counted,
            focus=focus,
            doer=doer,
            road=road,
            named=named,
            found_at=found_at,
            model=model,
            speeding=speeding,
            victim=victim,
            witness=witness,
        )


# What something was about is asked, not what the rest of the question tells of it: "what was
# the discussion about before someone threw the beer bottle".
_ABOUT = re.compile(r"^what (?:was|were|is|are) (?:the |that |this )?(.+?) about\b", re.I)


def focus_asked(question: str, terms: list[TermMatch]) -> tuple[TermMatch, ...]:
    """The terms of what a question asks, when words that say which report it is about come
    before its question word (bot.question.asked_after_keywords); none otherwise."""
    asked = asked_after_keywords(question)
    if asked is None:
        return ()
    about = _ABOUT.match(asked)
    found = set(tokenize(about.group(1) if about else asked))
    return tuple(match for match in terms if match.term in found)
