"""Per chat, the release the last answer came from, so that a follow-up question stays on it."""

from __future__ import annotations

import time
from collections.abc import Callable

FOLLOW_UP_SECONDS = 600.0  # after ten minutes a question starts afresh
CHATS_KEPT = 10_000  # expired chats are dropped beyond this many


class RecentReleases:
    def __init__(
        self, seconds: float = FOLLOW_UP_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.seconds = seconds
        self._clock = clock
        self._last: dict[int, tuple[str, float]] = {}

    def remember(self, chat_id: int, release_id: str) -> None:
        now = self._clock()
        if len(self._last) >= CHATS_KEPT:
            self._last = {
                chat: entry for chat, entry in self._last.items() if now - entry[1] < self.seconds
            }
        self._last[chat_id] = (release_id, now)

    def recall(self, chat_id: int) -> str | None:
        """The release of the chat's last answer, if it came less than `seconds` ago."""
        entry = self._last.get(chat_id)
        if entry is None or self._clock() - entry[1] >= self.seconds:
            return None
        return entry[0]

    def forget(self, chat_id: int) -> None:
        self._last.pop(chat_id, None)
