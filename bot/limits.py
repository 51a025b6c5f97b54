"""Abuse limits: how many questions one person may ask, and how long a question may be."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

QUESTION_MAX_CHARS = 500  # longer pastes are not questions the releases can answer
BUCKETS_KEPT = 10_000  # people whose allowance is full again are forgotten beyond this many


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimit:
    """A token bucket per key: `per_minute` at once, refilled at `per_minute` a minute.

    Whoever asks at most `per_minute` questions in any minute is never refused: a bucket of that
    size, refilled at that rate, admits every such sequence."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._buckets: dict[object, _Bucket] = {}

    def allow(self, key: object) -> bool:
        """Take one token for `key`; False when there is none left."""
        now = self._clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            self._forget_full_buckets(now)
            bucket = self._buckets[key] = _Bucket(float(self.per_minute), now)
        bucket.tokens = min(
            self.per_minute, bucket.tokens + (now - bucket.updated) * self.per_minute / 60
        )
        bucket.updated = now
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def _forget_full_buckets(self, now: float) -> None:
        if len(self._buckets) < BUCKETS_KEPT:
            return
        refill = 60 / self.per_minute
        for key, bucket in list(self._buckets.items()):
            if bucket.tokens + (now - bucket.updated) / refill >= self.per_minute:
                del self._buckets[key]
