"""The releases of one index as a catalogue: the newest, those with given words, who published
what, one release by its id, and the further releases that match a question."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from index.lexical import tokenize
from index.releases import Release
from index.search import Searcher

LISTED = 10  # releases one list shows


@dataclass(frozen=True)
class PublisherCoverage:
    """What the corpus holds from one publisher."""

    publisher: str
    releases: int
    first_date: dt.date | None
    last_date: dt.date | None


@dataclass(frozen=True)
class Listing:
    """Some releases of a longer list, and how long the whole list is."""

    releases: tuple[Release, ...]
    total: int


@dataclass(frozen=True)
class Match:
    """A release that matches a question, with its best passage."""

    release: Release
    passage: str


class Catalog:
    """Lists and look-ups over the searcher's index; computed lists are kept, as the index does
    not change (a new build gets a new catalogue)."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher

    @property
    def releases(self) -> dict[str, Release]:
        return self.searcher.index.releases

    def release(self, release_id: str) -> Release | None:
        return self.releases.get(release_id)

    @cached_property
    def _newest_first(self) -> list[Release]:
        return sorted(self.releases.values(), key=newest_first)

    @cached_property
    def _where(self) -> dict[str, frozenset[str]]:
        """Per release, the search terms of its place, publisher and title."""
        return {
            release_id: frozenset(tokenize(" ".join(filter(None, (r.place, r.publisher, r.title)))))
            for release_id, r in self.releases.items()
        }

    def latest(self, place: str | None = None, limit: int = LISTED) -> Listing:
        """The newest releases; with a place, those whose place, publisher or title names it."""
        releases = self._newest_first
        wanted = set(tokenize(place or ""))
        if wanted:
            where = self._where
            releases = [release for release in releases if wanted <= where[release.release_id]]
        return Listing(tuple(releases[:limit]), len(releases))

    def search(self, words: str, limit: int = LISTED) -> Listing:
        """Releases that contain every word (or its inflections and near spellings) in their
        text, title, publisher or place, newest first."""
        lexical = self.searcher.index.lexical
        matches = lexical.match_terms(tokenize(words))
        if not matches:
            return Listing((), 0)
        passages = self.searcher.index.passages
        found: set[str] | None = None
        for match in matches:
            with_term = np.flatnonzero(lexical.scores([match]) > 0)
            release_ids = {passages[number].release_id for number in with_term}
            release_ids |= self._named_by(set(match.variants) | {match.term})
            found = release_ids if found is None else found & release_ids
            if not found:
                return Listing((), 0)
        releases = sorted((self.releases[release_id] for release_id in found), key=newest_first)
        return Listing(tuple(releases[:limit]), len(releases))

    def _named_by(self, terms: set[str]) -> set[str]:
        """Releases whose place, publisher or title has one of the terms."""
        return {release_id for release_id, named in self._where.items() if named & terms}

    @cached_property
    def publishers(self) -> list[PublisherCoverage]:
        """Each publisher with its number of releases and their dates, most releases first."""
        by_publisher: dict[str, list[Release]] = {}
        for release in self.releases.values():
            by_publisher.setdefault(release.publisher or "", []).append(release)
        coverage = []
        for publisher, releases in by_publisher.items():
            dates = [release.date for release in releases if release.date]
            coverage.append(
                PublisherCoverage(
                    publisher, len(releases), min(dates, default=None), max(dates, default=None)
                )
            )
        return sorted(coverage, key=lambda c: (-c.releases, c.publisher == "", c.publisher))

    def further(self, question: str, shown_release_id: str, limit: int = 5) -> list[Match]:
        """Releases that match the question after the one already shown, best first."""
        query = self.searcher.query(question)
        ranked = self.searcher.search(query, releases=limit + 1)
        return [
            Match(hit.release, hit.hits[0].passage.text)
            for hit in ranked
            if hit.release.release_id != shown_release_id and hit.hits
        ][:limit]


def newest_first(release: Release) -> tuple[int, str]:
    return (-(release.date.toordinal() if release.date else 0), release.release_id)
