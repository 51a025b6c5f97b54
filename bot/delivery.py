"""Talking to the Bot API within Telegram's limits, and again after a fault.

python-telegram-bot's AIORateLimiter queues requests to stay under Telegram's limits (about 30
messages a second overall, 20 a minute per group) and waits out a 429's retry_after. Around it,
PatientRateLimiter keeps to one message a second per chat and tries a request again, with
exponential backoff, after a 5xx answer, a timeout or a dropped connection.

A request that timed out after Telegram received it is sent again too, so in that rare case an
answer may arrive twice: the Bot API has no idempotency key, and a lost answer is the worse fault.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter, BaseRateLimiter

logger = logging.getLogger(__name__)

# Best effort: a "typing…" is neither queued behind answers (it would use up a group's 20
# messages a minute) nor tried again when it fails.
BEST_EFFORT = frozenset({"sendChatAction"})
CHAT_LIMITED = frozenset({"sendMessage"})
CHAT_LIMITERS_KEPT = 1024  # idle per-chat limiters beyond this many are dropped


@dataclass(frozen=True)
class Patience:
    """How long to wait for the Bot API, how often and how long to try again, and how far apart
    to send messages to one chat."""

    read_timeout: float = 10.0
    retries: int = 8  # 0.5 + 1 + 2 + … + 30 s: about 90 s of an unreachable API
    first_backoff: float = 0.5
    max_backoff: float = 30.0
    chat_interval: float = 1.0  # Telegram: about one message a second per chat

    def backoff(self, attempt: int) -> float:
        return min(self.first_backoff * 2**attempt, self.max_backoff)


DEFAULT_PATIENCE = Patience()


class PatientRateLimiter(BaseRateLimiter[int]):
    """Telegram's rate limits (queued, never refused), and retries of failed requests."""

    def __init__(self, patience: Patience = DEFAULT_PATIENCE) -> None:
        self.patience = patience
        self._telegram_limits = AIORateLimiter(max_retries=patience.retries)
        self._chat_limiters: dict[object, AsyncLimiter] = {}

    async def initialize(self) -> None:
        await self._telegram_limits.initialize()

    async def shutdown(self) -> None:
        await self._telegram_limits.shutdown()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        if endpoint in BEST_EFFORT:
            return await callback(*args, **kwargs)
        chat_id = data.get("chat_id")
        per_chat = (
            self._chat_limiter(chat_id)
            if endpoint in CHAT_LIMITED and chat_id is not None and self.patience.chat_interval
            else contextlib.nullcontext()
        )
        retries = self.patience.retries
        async with per_chat:  # waits here until the chat's last message is a second old
            for attempt in range(retries + 1):
                try:
                    return await self._telegram_limits.process_request(
                        callback, args, kwargs, endpoint, data, rate_limit_args
                    )
                except NetworkError as error:  # 5xx, timeouts and dropped connections
                    if isinstance(error, BadRequest) or attempt == retries:
                        raise
                    delay = self.patience.backoff(attempt)
                    logger.warning(
                        "Bot API %s failed (%s); try %d of %d in %.1f s",
                        endpoint,
                        error,
                        attempt + 2,
                        retries + 1,
                        delay,
                    )
                    await asyncio.sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _chat_limiter(self, chat_id: object) -> AsyncLimiter:
        if len(self._chat_limiters) > CHAT_LIMITERS_KEPT:
            for key, limiter in list(self._chat_limiters.items()):
                if limiter.has_capacity():
                    del self._chat_limiters[key]
        return self._chat_limiters.setdefault(
            str(chat_id), AsyncLimiter(1, self.patience.chat_interval)
        )
