"""Hostile and odd input, sent to the bot (answering from the shipped index) through the fake Bot
API: each gets exactly one reply Telegram accepts where the bot was spoken to, none elsewhere, and
the bot answers normally afterwards."""

from __future__ import annotations

import asyncio

import pytest
from fake_bot_api import private_message, replies, running_bot
from hostile_inputs import HOSTILE_INPUTS, QUESTION
from telegram_html import html_problems

from bot.answer import answer_question


@pytest.fixture(scope="module")
def outcomes(shipped_searcher):
    """Every hostile input delivered to one running bot, then a plain question."""

    def ask(question: str, previous_release_id: str | None):
        return answer_question(shipped_searcher, question, previous_release_id=previous_release_id)

    updates = [item.update(number) for number, item in enumerate(HOSTILE_INPUTS)]

    async def conversation():
        async with running_bot(ask, admin_user_ids=[1]) as bot:
            sent = [await bot.send(update) for update in updates]
            afterwards = await bot.send(private_message(QUESTION))
            return sent, afterwards

    return asyncio.run(conversation())


@pytest.mark.parametrize(
    "number", range(len(HOSTILE_INPUTS)), ids=[h.label for h in HOSTILE_INPUTS]
)
def test_hostile_input_gets_one_valid_reply_where_the_bot_was_spoken_to(outcomes, number):
    sent, _ = outcomes
    item = HOSTILE_INPUTS[number]

    sent_messages = replies(sent[number])

    if not item.answered:
        assert sent_messages == []
        return
    (reply,) = sent_messages
    assert html_problems(reply.text) == []
    assert reply.parameters["reply_parameters"]["message_id"] is not None


def test_the_bot_answers_normally_after_all_of_them(outcomes):
    _, afterwards = outcomes

    (reply,) = replies(afterwards)
    assert "Steven Schmidt" in reply.text and "Adrian Dudziak" in reply.text


def test_markup_in_a_question_never_reaches_the_reply_unescaped(outcomes):
    sent, _ = outcomes
    texts = [reply.text for each in sent for reply in replies(each)]

    assert not any("<script" in text or "javascript:" in text for text in texts)
