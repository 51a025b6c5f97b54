"""Votes on answers (👍/👎) in a small SQLite file, kept for reviewing answer quality later.

A vote stores the question, the answer shown and its release; not who voted. A person who changes
their mind replaces their vote: the row is keyed by a hash of the answer and the voter.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS votes (
    ballot TEXT PRIMARY KEY,      -- sha256 of answer id and voter: one vote each, replaceable
    voted_at TEXT NOT NULL,       -- ISO 8601, UTC
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    release_id TEXT,
    release_title TEXT,
    language TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Vote:
    vote: int  # +1 or -1
    question: str
    answer: str  # the excerpt shown
    release_id: str | None
    release_title: str | None
    language: str
    voted_at: dt.datetime


class FeedbackStore:
    """The votes file; each call opens it briefly, so the bot and `releasebot feedback` can use
    it at the same time."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def record(self, vote: Vote, answer_id: str, voter: int) -> None:
        ballot = hashlib.sha256(f"{answer_id}:{voter}".encode()).hexdigest()
        with self._connection() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO votes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    ballot,
                    vote.voted_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
                    vote.vote,
                    vote.question,
                    vote.answer,
                    vote.release_id,
                    vote.release_title,
                    vote.language,
                ),
            )

    def votes(self, limit: int | None = None, only: int | None = None) -> list[Vote]:
        """The newest votes first; `only` +1 or -1 for one kind."""
        if not self.path.exists():
            return []
        where = "WHERE vote = ?" if only else ""
        query = (
            "SELECT vote, question, answer, release_id, release_title, language, voted_at "
            f"FROM votes {where} ORDER BY voted_at DESC, rowid DESC LIMIT ?"
        )
        parameters = ([only] if only else []) + [limit if limit is not None else -1]
        with self._connection() as connection:
            rows = connection.execute(query, parameters).fetchall()
        return [
            Vote(*row[:6], voted_at=dt.datetime.fromisoformat(row[6]))  # type: ignore[arg-type]
            for row in rows
        ]

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10)
        try:
            with connection:  # commits, or rolls back on an error
                connection.execute(_SCHEMA)
                yield connection
        finally:
            connection.close()
