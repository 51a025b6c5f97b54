"""New releases from presseportal RSS feeds into the corpus folder: each new item's page is
downloaded, its release body extracted and written as one .md file; what was fetched is
remembered in the corpus folder's .feeds.json, so that a second fetch adds nothing."""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import httpx
import lxml.html
import trafilatura
import yaml

from index.cache import exclusive_lock
from index.releases import InvalidRelease, parse_markdown, parse_ots, read_corpus

USER_AGENT = "releasebot/0.1 (fetches police press releases for a question-answering bot)"
TIMEOUT_SECONDS = 20.0
STATE_FILE = ".feeds.json"  # a dotfile: read_corpus does not take it for a release
LOCK_FILE = ".feeds.lock"
TEXT_FROM_PAGE = "page"
TEXT_FROM_SUMMARY = "feed summary"

log = logging.getLogger(__name__)


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed as the feed gives it: presseportal's carry only a teaser."""

    guid: str
    link: str
    title: str | None = None
    summary: str | None = None  # the teaser, as plain text
    date: dt.date | None = None
    author: str | None = None


@dataclass(frozen=True)
class Feed:
    url: str
    title: str | None
    items: tuple[FeedItem, ...]
    malformed: str | None = None  # why the parser stumbled, when it still found items


@dataclass(frozen=True)
class FetchedRelease:
    """A release ready to be written to the corpus: the front matter's fields and the body."""

    title: str
    text: str  # paragraphs, one a line
    date: dt.date | None
    publisher: str | None
    place: str | None
    url: str
    guid: str
    text_from: str  # TEXT_FROM_PAGE or TEXT_FROM_SUMMARY


@dataclass(frozen=True)
class AddedRelease:
    path: Path
    title: str
    text_from: str


@dataclass(frozen=True)
class FetchProblem:
    """Something a fetch could not do; where is the feed URL (or the state file) it concerns."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class FetchReport:
    feeds: tuple[str, ...]
    added: tuple[AddedRelease, ...] = ()
    problems: tuple[FetchProblem, ...] = ()
    failed_feeds: tuple[str, ...] = ()  # feeds that could not be read at all
    known: int = 0  # items fetched before (same guid or url)
    duplicates: int = 0  # new items whose text the corpus already holds

    @property
    def every_feed_failed(self) -> bool:
        return bool(self.feeds) and len(self.failed_feeds) == len(self.feeds)

    @property
    def summary(self) -> str:
        failed = f"; {len(self.failed_feeds)} of {_count(len(self.feeds), 'feed')} failed"
        return (
            f"added {_count(len(self.added), 'release')} from {_count(len(self.feeds), 'feed')}; "
            f"{self.known} already fetched, {self.duplicates} duplicate texts skipped"
            + (failed if self.failed_feeds else "")
        )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


class FeedError(Exception):
    """A feed or page that could not be downloaded or read; the message says why."""

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient  # worth trying again later: a timeout, a 5xx, a dropped line


class FetchRunning(RuntimeError):
    """Another fetch into the same corpus folder holds the lock."""


@dataclass
class FetchState:
    """What earlier fetches saw: item guids and links, and the hashes of the texts written."""

    seen: set[str] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)

    def knows(self, item: FeedItem) -> bool:
        return item.guid in self.seen or item.link in self.seen

    def remember(self, item: FeedItem, text_hash: str | None = None) -> None:
        self.seen.update((item.guid, item.link))
        if text_hash:
            self.texts.add(text_hash)

    def to_json(self) -> str:
        return json.dumps(
            {"format": 1, "seen": sorted(self.seen), "texts": sorted(self.texts)}, indent=1
        )


# --- reading feeds and pages (pure) -----------------------------------------------------------


def parse_feed(content: bytes, url: str, content_type: str | None = None) -> Feed:
    """The items of an RSS or Atom feed; FeedError when it is not one that holds any."""
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(content, response_headers=headers)
    problem = _parser_error(parsed.get("bozo_exception")) if parsed.bozo else None
    if not parsed.entries and (problem or not parsed.version):
        raise FeedError(f"not a readable RSS or Atom feed ({problem or 'no feed in the response'})")
    items = tuple(item for entry in parsed.entries if (item := _item(entry, url)) is not None)
    return Feed(url, _clean(parsed.feed.get("title")), items, malformed=problem)


def _parser_error(error: object) -> str:
    """'<unknown>:12:0: no element found' → 'line 12: no element found'."""
    return re.sub(r"^<unknown>:(\d+):\d+:\s*", r"line \1: ", _first_line(error))


def _item(entry: dict, feed_url: str) -> FeedItem | None:
    link = _clean(entry.get("link"))
    guid = _clean(entry.get("id")) or link
    if not link and guid and guid.startswith(("http://", "https://")):
        link = guid  # an RSS guid that is a permalink
    if not link or not guid:
        return None
    summary = entry.get("summary") or entry.get("description")
    return FeedItem(
        guid=guid,
        link=urljoin(feed_url, link),
        title=_clean(entry.get("title")),
        summary=html_to_text(summary) if summary else None,
        date=_item_date(entry),
        author=_clean(entry.get("author")),
    )


def _item_date(entry: dict) -> dt.date | None:
    """The publisher's own calendar day: read from the raw date, which keeps its UTC offset."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return email.utils.parsedate_to_datetime(raw).date()
        except (TypeError, ValueError):
            pass
        try:
            return dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment, a paragraph a line (a feed's teaser may be HTML)."""
    if "<" not in markup:
        return html.unescape(markup).strip()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml's parser errors: keep the markup's words rather than nothing
        return re.sub(r"<[^>]*>", " ", markup).strip()
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content().strip()


def extract_page_text(page: bytes, url: str) -> str | None:
    """The release's text on its web page — navigation, header, aside and footer left out."""
    try:
        return trafilatura.extract(
            page, url=url, include_comments=False, include_tables=True, favor_precision=True
        )
    except Exception:  # the extractor's parser on a page it cannot handle: fall back to the teaser
        log.debug("extracting %s failed", url, exc_info=True)
        return None


_ORIGIN = re.compile(r"Original-Content\s+von:\s*(?P<publisher>.+?),\s*übermittelt durch", re.I)
_SITE_NAME = re.compile(r"presseportal|news aktuell|\bots\b", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+[-–|:]\s+|:\s+")


def release_from_text(
    text: str, item: FeedItem, feed_title: str | None, text_from: str
) -> FetchedRelease | None:
    """The release in a page's (or teaser's) text in the ots layout: the dateline gives the place,
    the "Original-Content von" footer the publisher; the header and contact block are left out."""
    try:
        parsed = parse_ots(text, item.guid)
    except InvalidRelease:
        return None
    paragraphs = parsed.text.split("\n")
    if item.title and paragraphs[0] == " ".join(item.title.split()) and len(paragraphs) > 1:
        paragraphs = paragraphs[1:]  # a page without a dateline starts with its heading
    origin = _ORIGIN.search(text)
    publisher = (
        (origin["publisher"].strip() if origin else None)
        or item.author
        or publisher_from_feed_title(feed_title)
    )
    return FetchedRelease(
        title=item.title or parsed.title or paragraphs[0],
        text="\n".join(paragraphs),
        date=item.date or parsed.date,
        publisher=publisher,
        place=parsed.place,
        url=item.link,
        guid=item.guid,
        text_from=text_from,
    )


def publisher_from_feed_title(title: str | None) -> str | None:
    """'Presseportal.de - Polizeipräsidium Aalen' → 'Polizeipräsidium Aalen'."""
    if not title:
        return None
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    named = [p for p in parts if not _SITE_NAME.search(p) and p.lower() != "blaulicht"]
    return named[0] if named else None


# --- corpus files (pure) ----------------------------------------------------------------------


def file_name(release: FetchedRelease, today: dt.date) -> str:
    """'2024-03-14-pol-ham-fahrraddiebe-auf-frischer-tat-festgenommen-3f9a1c2e.md': the date,
    the title, and a hash of the guid that keeps two releases of one title apart."""
    day = (release.date or today).isoformat()
    digest = hashlib.sha256(release.guid.encode()).hexdigest()[:8]
    return f"{day}-{slug(release.title)}-{digest}.md"


_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def slug(title: str, max_chars: int = 60) -> str:
    ascii_title = unicodedata.normalize("NFKD", title.lower().translate(_TRANSLITERATION))
    words = re.findall(r"[a-z0-9]+", ascii_title.encode("ascii", "ignore").decode())
    text = "-".join(words)
    if len(text) > max_chars:
        text = text[: max_chars + 1].rsplit("-", 1)[0]
    return text or "release"


def markdown(release: FetchedRelease, fetched: dt.date) -> str:
    """The corpus file: YAML front matter that index.releases reads, then a paragraph a line."""
    meta = {
        "title": release.title,
        "date": release.date,
        "publisher": release.publisher,
        "place": release.place,
        "url": release.url,
        "guid": release.guid,
        "fetched": fetched,
        "text_from": release.text_from,
    }
    front = yaml.safe_dump(
        {k: v for k, v in meta.items() if v is not None},
        allow_unicode=True,
        sort_keys=False,
        width=1000,
    )
    return f"---\n{front}---\n" + "\n\n".join(release.text.split("\n")) + "\n"


def content_hash(file_text: str) -> str:
    """The hash read_corpus will give this file's release: duplicates are found by text."""
    return parse_markdown(file_text, "fetched").content_hash


# --- the fetch (I/O) --------------------------------------------------------------------------


def fetch_feeds(
    feed_urls: Sequence[str],
    corpus_dir: Path,
    client: httpx.Client | None = None,
    today: dt.date | None = None,
) -> FetchReport:
    """Fetch every feed and write its new releases into corpus_dir; blocking (the bot runs it in an
    executor). A feed that fails is named in the report and the others are still fetched; the
    state is saved after each feed. Raises FetchRunning while another fetch of corpus_dir runs."""
    today = today or dt.date.today()
    feed_urls = tuple(dict.fromkeys(u.strip() for u in feed_urls if u.strip()))
    corpus_dir.mkdir(parents=True, exist_ok=True)
    with _fetch_lock(corpus_dir), _client(client) as http:
        state_path = corpus_dir / STATE_FILE
        state, problems = load_state(state_path)
        tally = _Tally(problems=problems)
        known_texts, known_urls = _corpus_knowledge(corpus_dir)
        for feed_url in feed_urls:
            try:
                feed = _download_feed(http, feed_url)
            except FeedError as error:
                tally.problems.append(FetchProblem(feed_url, str(error)))
                tally.failed.append(feed_url)
                continue
            if feed.malformed:
                reason = f"malformed feed ({feed.malformed}); read its {len(feed.items)} items"
                tally.problems.append(FetchProblem(feed_url, reason))
            try:
                for item in feed.items:
                    if state.knows(item) or item.link in known_urls:
                        state.remember(item)
                        tally.known += 1
                    else:
                        _fetch_item(http, item, feed, corpus_dir, state, known_texts, today, tally)
            finally:
                _save_state(state_path, state, tally.problems)
    return FetchReport(
        feeds=feed_urls,
        added=tuple(tally.added),
        problems=tuple(tally.problems),
        failed_feeds=tuple(tally.failed),
        known=tally.known,
        duplicates=tally.duplicates,
    )


@dataclass
class _Tally:
    """What one fetch did so far, becoming its FetchReport."""

    added: list[AddedRelease] = field(default_factory=list)
    problems: list[FetchProblem] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    known: int = 0
    duplicates: int = 0


def _fetch_item(
    http: httpx.Client,
    item: FeedItem,
    feed: Feed,
    corpus_dir: Path,
    state: FetchState,
    known_texts: set[str],
    today: dt.date,
    tally: _Tally,
) -> None:
    """One new item into the corpus: its page's text, else the feed's teaser (and a note why)."""
    release, why_not_page = None, None
    try:
        page = _download(http, item.link)
    except FeedError as error:
        if error.transient:  # a timeout, a 5xx: the page is likely there tomorrow
            reason = f"item {item.link}: {error} — will try again at the next fetch"
            tally.problems.append(FetchProblem(feed.url, reason))
            return
        why_not_page = f"its page could not be read ({error})"
    else:
        text = extract_page_text(page.content, item.link)
        release = release_from_text(text, item, feed.title, TEXT_FROM_PAGE) if text else None
        why_not_page = None if release else "no release text found on its page"
    if release is None and item.summary:
        release = release_from_text(item.summary, item, feed.title, TEXT_FROM_SUMMARY)
    if release is None:
        state.remember(item)  # neither page nor teaser has text: not worth asking again
        reason = f"item {item.link}: {why_not_page}, and the feed has no teaser — skipped"
        tally.problems.append(FetchProblem(feed.url, reason))
        return

    file_text = markdown(release, today)
    text_hash = content_hash(file_text)
    if text_hash in state.texts or text_hash in known_texts:
        state.remember(item)
        tally.duplicates += 1
        return
    path = corpus_dir / file_name(release, today)
    try:
        _write_atomically(path, file_text)
    except OSError as error:
        reason = f"item {item.link}: cannot write {path} ({error.strerror})"
        tally.problems.append(FetchProblem(feed.url, reason))
        return
    state.remember(item, text_hash)
    known_texts.add(text_hash)
    tally.added.append(AddedRelease(path, release.title, release.text_from))
    if why_not_page:
        reason = f"item {item.link}: {why_not_page} — kept the feed's teaser instead"
        tally.problems.append(FetchProblem(feed.url, reason))


def _download_feed(http: httpx.Client, url: str) -> Feed:
    response = _download(http, url)
    return parse_feed(response.content, url, response.headers.get("content-type"))


def _download(http: httpx.Client, url: str) -> httpx.Response:
    try:
        response = http.get(url, follow_redirects=True)
        response.raise_for_status()
    except httpx.TimeoutException:
        raise FeedError(f"no answer within {TIMEOUT_SECONDS:.0f} s", transient=True) from None
    except httpx.HTTPStatusError as error:
        status = error.response.status_code
        raise FeedError(
            f"the server answered HTTP {status} {error.response.reason_phrase}".rstrip(),
            transient=status >= 500 or status == 429,
        ) from None
    except httpx.UnsupportedProtocol as error:
        raise FeedError(f"not an http(s) URL ({error})") from None
    except httpx.InvalidURL as error:
        raise FeedError(f"not a valid URL ({error})") from None
    except httpx.ConnectError as error:
        raise FeedError(f"cannot connect ({_first_line(error)})", transient=True) from None
    except httpx.TransportError as error:
        reason = _first_line(error) or type(error).__name__
        raise FeedError(f"network error ({reason})", transient=True) from None
    except httpx.RequestError as error:  # too many redirects, a body that cannot be decoded
        raise FeedError(f"request failed ({_first_line(error) or type(error).__name__})") from None
    return response


def load_state(path: Path) -> tuple[FetchState, list[FetchProblem]]:
    """The state earlier fetches left; a broken file is named and fetching starts afresh (the
    corpus files' links and texts still keep their releases from being fetched twice)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return FetchState(set(data["seen"]), set(data["texts"])), []
    except FileNotFoundError:
        return FetchState(), []
    except (OSError, ValueError, KeyError, TypeError) as error:
        reason = f"unreadable fetch state ({_first_line(error)}); started afresh from the corpus"
        return FetchState(), [FetchProblem(str(path), reason)]


def _save_state(path: Path, state: FetchState, problems: list[FetchProblem]) -> None:
    try:
        _write_atomically(path, state.to_json())
    except OSError as error:
        problems.append(FetchProblem(str(path), f"cannot save the fetch state ({error.strerror})"))


def _corpus_knowledge(corpus_dir: Path) -> tuple[set[str], set[str]]:
    """Text hashes and links of the releases already in the corpus folder, however they came."""
    releases = read_corpus(corpus_dir).releases
    return {r.content_hash for r in releases}, {r.url for r in releases if r.url}


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # a dotfile: never a release
    try:
        with temporary.open("w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _fetch_lock(corpus_dir: Path) -> AbstractContextManager[None]:
    """Two fetches at once would write the same releases twice."""
    busy = FetchRunning(
        f"another releasebot fetch into {corpus_dir} is running: try again when it ends"
    )
    return exclusive_lock(corpus_dir / LOCK_FILE, busy)


@contextmanager
def _client(client: httpx.Client | None) -> Iterator[httpx.Client]:
    if client is not None:
        yield client
        return
    with httpx.Client(
        headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT_SECONDS, follow_redirects=True
    ) as own:
        yield own


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _first_line(error: object) -> str:
    lines = str(error).strip().splitlines() if error is not None else []
    return lines[0] if lines else ""
