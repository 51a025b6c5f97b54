"""The index a running bot answers from, replaced by a newer build without a restart.

`releasebot rebuild` (or /reindex) writes a new build and swaps the INDEX_DIR link to it. The bot
polls the folder; when it names another build, the new index is loaded beside the old one and the
reference swapped, so a question in flight finishes on the index it started with.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from index.build import BuildSummary
from index.search import Searcher
from index.store import IndexUnusable, read_manifest

logger = logging.getLogger(__name__)

INDEX_POLL_SECONDS = 10.0


@dataclass(frozen=True)
class Knowledge:
    """What the index holds, for /help and /stats."""

    release_count: int
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    passage_count: int = 0
    encoder: str | None = None
    built_at: str | None = None  # ISO 8601, UTC


def knowledge_of(searcher: Searcher) -> Knowledge:
    index = searcher.index
    dates = [release.date for release in index.releases.values() if release.date]
    return Knowledge(
        release_count=len(index.releases),
        first_date=min(dates, default=None),
        last_date=max(dates, default=None),
        passage_count=len(index.passages),
        encoder=index.manifest.encoder,
        built_at=index.manifest.built_at,
    )


class RebuildRunning(RuntimeError):
    """A rebuild was asked for while another one runs."""


def build_id(index_dir: Path) -> str:
    """Which build the index folder holds now: its link target and the time it was built."""
    return f"{os.path.realpath(index_dir)}@{read_manifest(index_dir).built_at}"


def loaded_build_id(searcher: Searcher) -> str:
    return f"{searcher.index.path}@{searcher.index.manifest.built_at}"


class LiveIndex:
    """The current searcher of an index folder. refresh() and rebuild() block: call them off
    the event loop. Readers take `searcher` once per question; swapping it is one assignment."""

    def __init__(
        self,
        index_dir: Path,
        load: Callable[[], Searcher],
        rebuild: Callable[[], BuildSummary],
    ) -> None:
        self.index_dir = index_dir
        self._load = load
        self._rebuild = rebuild
        self._loading = threading.Lock()
        self._rebuilding = threading.Lock()
        self.searcher = load()
        self._build_id = loaded_build_id(self.searcher)
        self._failed_build_id: str | None = None

    def knowledge(self) -> Knowledge:
        return knowledge_of(self.searcher)

    def refresh(self) -> bool:
        """Load the folder's build if it is not the one in use; True when it was swapped in.

        A build that cannot be loaded is reported once and the current index kept."""
        with self._loading:
            try:
                current = build_id(self.index_dir)
            except IndexUnusable as error:  # mid-swap or removed: look again next time
                logger.debug("index folder unreadable for now: %s", error)
                return False
            if current in (self._build_id, self._failed_build_id):
                return False
            try:
                searcher = self._load()
            except IndexUnusable as error:
                self._failed_build_id = current
                logger.warning("new index not loaded, still answering from the old one: %s", error)
                return False
            self.searcher, self._build_id = searcher, loaded_build_id(searcher)
        knowledge = self.knowledge()
        logger.info(
            "index reloaded: %d releases, %d passages, built %s",
            knowledge.release_count,
            knowledge.passage_count,
            knowledge.built_at,
        )
        return True

    def rebuild(self) -> BuildSummary:
        """Index the corpus folder again and answer from the result; RebuildRunning if one is
        already under way."""
        if not self._rebuilding.acquire(blocking=False):
            raise RebuildRunning("a rebuild is already running")
        try:
            summary = self._rebuild()
        finally:
            self._rebuilding.release()
        self.refresh()
        return summary
