"""The index a running bot answers from, replaced by a newer build without a restart.

`releasebot rebuild` (or /reindex) writes a new build and swaps the INDEX_DIR link to it. The bot
polls the folder; when it names another build, the new index is loaded beside the old one and the
reference swapped, so a question in flight finishes on the index it started with.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.answer import answer_question
from bot.catalog import Catalog
from index.build import BuildSummary
from index.search import Searcher
from index.store import IndexUnusable, current_build

logger = logging.getLogger(__name__)

# Asked of every index before it serves: the first answer in a process loads what the answering
# code loads lazily (the first-name list, the encoder's first batch, the language model that
# reads a question without a question word), which takes seconds.
WARM_UP_QUESTIONS = ("Wer vertrat das Hauptzollamt?", "representatives of the hauptzollamt")


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


def loaded_build(searcher: Searcher) -> str:
    """The name of the build folder the searcher's index was loaded from."""
    return searcher.index.path.name


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
        self.searcher = self._warm(load())
        self._catalog = Catalog(self.searcher)
        self._knowledge: tuple[Searcher, Knowledge] | None = None
        self._build = loaded_build(self.searcher)
        self._failed_build: str | None = None

    def knowledge(self) -> Knowledge:
        """What the index in use holds; computed once per build (/help asks it on the event
        loop, and it looks at every release)."""
        searcher = self.searcher
        if self._knowledge is None or self._knowledge[0] is not searcher:
            self._knowledge = (searcher, knowledge_of(searcher))
        return self._knowledge[1]

    def catalog(self) -> Catalog:
        """The releases of the index in use, for lists and look-ups."""
        if self._catalog.searcher is not self.searcher:
            self._catalog = Catalog(self.searcher)
        self._knowledge: tuple[Searcher, Knowledge] | None = None
        return self._catalog

    def refresh(self) -> bool:
        """Load the folder's build if it is not the one in use; True when it was swapped in.

        A build that cannot be loaded is reported once and the current index kept."""
        with self._loading:
            current = current_build(self.index_dir)
            if current in (None, self._build, self._failed_build):
                return False
            try:
                searcher = self._warm(self._load())
            except IndexUnusable as error:
                self._failed_build = current
                logger.warning("new index not loaded, still answering from the old one: %s", error)
                return False
            self.searcher, self._build = searcher, loaded_build(searcher)
        knowledge = self.knowledge()
        logger.info(
            "index reloaded: %d releases, %d passages, built %s",
            knowledge.release_count,
            knowledge.passage_count,
            knowledge.built_at,
        )
        return True

    @staticmethod
    def _warm(searcher: Searcher) -> Searcher:
        for question in WARM_UP_QUESTIONS:
            answer_question(searcher, question)
        return searcher

    def rebuild(self) -> BuildSummary:
        """Index the corpus folder again and answer from the result; index.cache.RebuildRunning
        when another rebuild of the folder is under way (in this process or another)."""
        summary = self._rebuild()
        self.refresh()
        return summary
