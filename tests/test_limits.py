"""Abuse limits: a person asking up to ten questions a minute is never slowed, a flood gets one
friendly "slow down", and an over-long question gets a hint instead of a search."""

from __future__ import annotations

import pytest
from fake_bot_api import (
    converse,
    converse_at_once,
    group_message,
    message,
    private_chat,
    private_message,
    user,
)
from test_telegram import QUESTION, FakeAsk, only_reply

from bot.limits import QUESTION_MAX_CHARS, RateLimit


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("spacing", [0.0, 1.0, 5.9, 6.0, 30.0])
def test_ten_questions_in_any_minute_are_never_refused(spacing):
    """Asked in bursts of ten, then a minute's pause, or evenly: never slowed."""
    clock = Clock()
    limit = RateLimit(10, clock)
    allowed = []
    for _ in range(5):  # five minutes' worth
        start = clock.now
        for n in range(10):
            clock.now = start + n * min(spacing, 6.0)
            allowed.append(limit.allow("erika"))
        clock.now = start + 60.0
    assert all(allowed)


def test_the_eleventh_question_within_a_minute_is_refused_until_time_refills():
    clock = Clock()
    limit = RateLimit(10, clock)

    assert all(limit.allow("erika") for _ in range(10))
    assert not limit.allow("erika")
    assert limit.allow("max")  # others are not affected
    clock.now = 6.0  # one question's worth
    assert limit.allow("erika")
    assert not limit.allow("erika")


def test_a_flood_gets_one_slow_down_and_the_first_ten_answers():
    ask = FakeAsk()
    updates = [private_message(f"{QUESTION} {n}") for n in range(14)]

    replies = converse_at_once(ask, *updates)

    assert all("Steven Schmidt" in only_reply(each).text for each in replies[:10])
    assert "Nicht so schnell" in only_reply(replies[10]).text
    assert "höchstens 10 Fragen pro Minute" in only_reply(replies[10]).text
    assert replies[11:] == [[], [], []]  # told once; further messages are left unanswered
    assert len(ask.questions) == 10


def test_slow_down_counts_per_person_not_per_chat():
    ask = FakeAsk()
    erika = [group_message(f"/ask {QUESTION}") for _ in range(11)]
    max_ = {
        "message": message(
            f"/ask {QUESTION}", chat=group_message("x")["message"]["chat"], sender=user(user_id=77)
        )
    }

    replies = converse_at_once(ask, *erika, max_)

    assert "Nicht so schnell" in only_reply(replies[10]).text
    assert "Steven Schmidt" in only_reply(replies[11]).text


def test_help_and_hints_do_not_use_up_the_questions():
    ask = FakeAsk()
    chatter = [private_message("/help") for _ in range(5)]
    questions = [private_message(QUESTION) for _ in range(10)]

    replies = converse_at_once(ask, *chatter, *questions)

    assert all("Steven Schmidt" in only_reply(each).text for each in replies[5:])


def test_an_over_long_question_gets_a_hint_and_is_not_searched():
    ask = FakeAsk()
    paste = "Wer vertrat das Hauptzollamt? " * 140  # about 4,000 characters

    (calls,) = converse(ask, private_message(paste[:4096]))

    reply = only_reply(calls)
    assert "zu lang" in reply.text and f"höchstens {QUESTION_MAX_CHARS} Zeichen" in reply.text
    assert ask.questions == []


def test_a_question_at_the_length_limit_is_answered():
    ask = FakeAsk()
    question = ("Wer vertrat das Hauptzollamt " * 40)[: QUESTION_MAX_CHARS - 1] + "?"

    (calls,) = converse(ask, {"message": message(question, chat=private_chat(), sender=user())})

    assert "Steven Schmidt" in only_reply(calls).text
    assert ask.questions == [question]
