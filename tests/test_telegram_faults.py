"""Telegram faults: 429 with retry_after, 502/503, stalled answers and dropped connections from a
fake Bot API on loopback. The bot tries again with backoff, answers every question exactly once
as a reply to it, and carries on when the API comes back."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from fake_bot_api import (
    BAD_GATEWAY,
    DROPPED,
    STALLED,
    TOO_MANY_REQUESTS,
    UNAVAILABLE,
    FakeBotApi,
    Fault,
    RandomFaults,
    message,
    private_chat,
    private_message,
    replies,
    running_bot,
    user,
)
from test_telegram import QUESTION, FakeAsk, only_reply


def test_every_answer_is_one_message_sent_as_a_reply_with_reply_parameters():
    update = private_message(QUESTION)

    async def conversation():
        async with running_bot(FakeAsk()) as bot:
            return await bot.send(update)

    reply = only_reply(asyncio.run(conversation()))

    assert reply.parameters["reply_parameters"]["message_id"] == update["message"]["message_id"]
    assert "reply_to_message_id" not in reply.parameters


@pytest.mark.parametrize(
    "fault",
    [TOO_MANY_REQUESTS, BAD_GATEWAY, UNAVAILABLE, STALLED, DROPPED],
    ids=["429 retry_after", "502", "503", "timeout", "dropped connection"],
)
def test_a_failed_send_is_tried_again_and_the_answer_arrives_once(fault):
    api = FakeBotApi()
    api.start()
    api.fail_next("sendMessage", fault)
    update = private_message(QUESTION)

    async def conversation():
        async with running_bot(FakeAsk(), api=api) as bot:
            return await bot.send(update)

    calls = asyncio.run(conversation())

    failed = [call for call in calls if call.method == "sendMessage" and not call.delivered]
    assert [call.fault for call in failed] == [fault]
    reply = only_reply(calls)
    assert reply.reply_to_message_id == update["message"]["message_id"]


def test_faults_while_fetching_updates_lose_no_question_and_double_none():
    api = FakeBotApi()
    api.start()
    api.fail_next("getUpdates", BAD_GATEWAY, DROPPED)
    ask = FakeAsk()

    async def conversation():
        async with running_bot(ask, api=api) as bot:
            return await bot.send(private_message(QUESTION))

    calls = asyncio.run(conversation())

    assert only_reply(calls)
    assert ask.questions == [QUESTION]
    assert [call.fault for call in api.calls_to("getUpdates") if not call.delivered] == [
        BAD_GATEWAY,
        DROPPED,
    ]


def test_the_bot_recovers_when_the_api_comes_back_after_a_string_of_failures():
    api = FakeBotApi()
    api.start()
    outage = [BAD_GATEWAY, UNAVAILABLE, DROPPED, BAD_GATEWAY, UNAVAILABLE, DROPPED]
    api.fail_next("sendMessage", *outage)
    first, second = private_message(QUESTION), private_message(QUESTION)

    async def conversation():
        async with running_bot(FakeAsk(), api=api) as bot:
            return [await bot.send(first), await bot.send(second)]

    during, after = asyncio.run(conversation())

    assert only_reply(during).reply_to_message_id == first["message"]["message_id"]
    assert only_reply(after).reply_to_message_id == second["message"]["message_id"]
    assert len([call for call in during if not call.delivered]) == len(outage)


def test_a_chat_action_that_fails_does_not_delay_or_stop_the_answer():
    api = FakeBotApi()
    api.start()
    api.fail_next("sendChatAction", BAD_GATEWAY)

    async def conversation():
        async with running_bot(FakeAsk(), api=api) as bot:
            return await bot.send(private_message(QUESTION))

    calls = asyncio.run(conversation())

    assert [call.method for call in calls if call.method == "sendChatAction"] == [
        "sendChatAction"
    ]  # not tried again
    assert only_reply(calls)


def test_under_random_faults_every_question_from_many_chats_is_answered_exactly_once():
    api = FakeBotApi(
        random_faults=RandomFaults(
            rate=0.25,
            faults=(TOO_MANY_REQUESTS, BAD_GATEWAY, UNAVAILABLE, DROPPED, Fault("timeout")),
            seed=7,
        )
    )
    api.start()
    questions = [
        {"message": message(f"{QUESTION} ({n})", chat=private_chat(700 + n % 6), sender=user())}
        for n in range(24)
    ]
    ask = FakeAsk()

    async def conversation():
        async with running_bot(ask, api=api, questions_per_minute=100) as bot:
            await bot.send_all(questions)

    asyncio.run(conversation())

    answered = Counter(call.reply_to_message_id for call in replies(api.calls))
    assert answered == Counter(update["message"]["message_id"] for update in questions)
    assert Counter(ask.questions) == Counter(u["message"]["text"] for u in questions)
    assert any(not call.delivered for call in api.calls)  # faults did happen
