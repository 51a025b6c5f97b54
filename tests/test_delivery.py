"""Sending to the Bot API: which failures are tried again, and the pace per chat."""

from __future__ import annotations

import asyncio

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.delivery import Patience, PatientRateLimiter

QUICK = Patience(first_backoff=0.01, max_backoff=0.02, retries=3, chat_interval=0)


def failing(*errors: Exception):
    """A request that raises the given errors one after another, then succeeds."""
    attempts: list[int] = []

    async def request() -> dict:
        attempts.append(1)
        if len(attempts) <= len(errors):
            raise errors[len(attempts) - 1]
        return {"ok": True}

    return request, attempts


def send(limiter: PatientRateLimiter, request, endpoint: str = "sendMessage", chat_id=1):
    return limiter.process_request(request, (), {}, endpoint, {"chat_id": chat_id}, None)


@pytest.mark.parametrize(
    "error",
    [NetworkError("Bad Gateway"), TimedOut(), NetworkError("httpx.RemoteProtocolError")],
    ids=["5xx", "timeout", "dropped"],
)
def test_network_failures_are_tried_again(error):
    request, attempts = failing(error, error)

    assert asyncio.run(send(PatientRateLimiter(QUICK), request)) == {"ok": True}
    assert len(attempts) == 3


def test_429_is_waited_out_for_as_long_as_telegram_says():
    request, attempts = failing(RetryAfter(0))

    assert asyncio.run(send(PatientRateLimiter(QUICK), request)) == {"ok": True}
    assert len(attempts) == 2


@pytest.mark.parametrize(
    "error",
    [BadRequest("Can't parse entities"), Forbidden("bot was blocked by the user")],
    ids=["bad request", "forbidden"],
)
def test_requests_telegram_refused_are_not_sent_again(error):
    request, attempts = failing(error)

    with pytest.raises(type(error)):
        asyncio.run(send(PatientRateLimiter(QUICK), request))
    assert len(attempts) == 1


def test_retries_end_after_the_last_try():
    request, attempts = failing(*[NetworkError("Bad Gateway")] * 10)

    with pytest.raises(NetworkError):
        asyncio.run(send(PatientRateLimiter(QUICK), request))
    assert len(attempts) == QUICK.retries + 1


def test_a_typing_action_is_neither_queued_nor_tried_again():
    request, attempts = failing(NetworkError("Bad Gateway"))

    with pytest.raises(NetworkError):
        asyncio.run(send(PatientRateLimiter(QUICK), request, endpoint="sendChatAction"))
    assert len(attempts) == 1


def test_backoff_doubles_up_to_its_cap():
    patience = Patience(first_backoff=0.5, max_backoff=30.0)

    assert [patience.backoff(n) for n in range(8)] == [0.5, 1, 2, 4, 8, 16, 30, 30]


def test_messages_to_one_chat_keep_their_distance():
    limiter = PatientRateLimiter(Patience(chat_interval=0.2))
    sent: dict[int, list[float]] = {1: [], 2: []}

    async def flood() -> None:
        loop = asyncio.get_running_loop()

        def request_to(chat_id: int):
            async def request() -> bool:
                sent[chat_id].append(loop.time())
                return True

            return request

        await asyncio.gather(
            *(send(limiter, request_to(chat), chat_id=chat) for chat in (1, 1, 1, 2))
        )

    asyncio.run(flood())

    first, second, third = sent[1]
    assert second - first >= 0.18 and third - second >= 0.18  # a lower bound: never flaky
    assert len(sent[2]) == 1
