"""Release records and reading them from a corpus folder (.txt ots layout, .md, .jsonl, .json)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from index.lexical import without_invisible

SUFFIXES = (".txt", ".md", ".jsonl", ".json")


@dataclass(frozen=True)
class Release:
    """One press release: its body text (headings on lines of their own) and what is known of it."""

    release_id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    publisher: str | None = None
    place: str | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(" ".join(self.text.split()).encode()).hexdigest()


@dataclass(frozen=True)
class CorpusProblem:
    """A file (or one line of it) that could not be read; the rest of the corpus still is."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path} line {self.line}" if self.line else self.path
        return f"{where}: {self.reason} — skipped"


@dataclass
class Corpus:
    releases: list[Release] = field(default_factory=list)
    problems: list[CorpusProblem] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # release_ids whose text was already seen


class InvalidRelease(ValueError):
    """A record or file that is not a release; the message says why."""


# --- the presseportal "ots" layout ------------------------------------------------------------

_DATE_LINE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*[–-]\s*\d{1,2}:\d{2})?$")
_DATELINE = re.compile(r"^(?P<place>[^\n()]{1,80}?):?\s*\(ots\)\s*[-–:]?\s*(?P<rest>.*)$")
_CONTACT = re.compile(r"^\s*Rückfragen\s+(bitte\s+)?an\s*:?", re.IGNORECASE)
_ORIGIN = re.compile(r"^\s*Original-Content\s+von:\s*(?P<publisher>.+?),\s*übermittelt durch", re.I)
_SENTENCE_END = re.compile(r"[.!?:;\"“”'‘’)]\s*$")
# A place, then what happened, ending as a sentence would: "Künzelsau/Ingelfingen: Gefährlich
# überholt und geflüchtet - Zeugen gesucht!", "Esslingen - Unter Alkoholeinwirkung ein Fahrzeug
# gelenkt und im Anschluss Widerstand geleistet."
_PLACE_TITLE = re.compile(
    r"^[A-ZÄÖÜ][\w\-/]*(?: ?\([A-ZÄÖÜ]{1,3}\))?(?::\s+[^.!?]+!| - [^.!?]+[.!])$"
)
_TRAILING_NOTE = re.compile(r"\s*\((?!ots\))[^()]*\)\s*$")  # "(Zeugenaufruf)", "(ms)"
HEADING_MAX_CHARS = 100
# A bundled report's town and district on a line of their own, the report below them:
# "Esslingen (ES):", "Rottenburg (TÜ):" (not "Rückfragen bitte an:", "Hinweise:").
_PLACE_LINE = re.compile(
    r"^[A-ZÄÖÜ][\w.\-/]*(?: (?:[A-ZÄÖÜ][\w.\-/]*|am|an|im|in|ob|bei|i\.|a\.))* "
    r"\([A-ZÄÖÜ]{1,3}\):$"
)


def parse_ots(text: str, release_id: str) -> Release:
    """Parse a release in presseportal's ots layout, with or without its header and footer."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    date, publisher, place, title = None, None, None, None

    header: list[str] = []
    body_start = 0
    for i, line in enumerate(lines):
        match = _DATELINE.match(line)
        if match:
            place = match["place"].strip().rstrip(":").strip()
            lines[i] = match["rest"]
            body_start = i
            break
        if line:
            header.append(line)
    else:
        header = []  # no dateline: the whole file is body
    for line in header:
        date_match = _DATE_LINE.match(line)
        if date_match:
            day, month, year = (int(g) for g in date_match.groups())
            try:
                date = dt.date(year, month, day)
            except ValueError as error:
                raise InvalidRelease(f"date line {line!r} is not a date ({error})") from None
        elif publisher is None:
            publisher = line
        else:
            title = line

    body: list[str] = []
    for offset, line in enumerate(lines[body_start:]):
        if _CONTACT.match(line) or _ORIGIN.match(line):
            for footer_line in lines[body_start + offset :]:
                origin = _ORIGIN.match(footer_line)
                if origin:
                    publisher = origin["publisher"].strip()
            break
        body.append(line)

    paragraphs = [" ".join(line.split()) for line in body if line.strip()]
    if not paragraphs:
        raise InvalidRelease("no release text")
    if title is None:
        title = _title_from(paragraphs)
    return Release(release_id, "\n".join(paragraphs), title, date, publisher, place)


def is_heading(line: str) -> bool:
    """A short line that does not end like a sentence, or a place and a colon: the heading of a
    bundled report. A note in brackets after words is not its end: "Esslingen (ES): Tankwart
    bestohlen (Zeugenaufruf)" is a heading, "… etwa 10.000 Euro. (ms)" a sentence, "Stuttgart-Bad
    Cannstatt (ots)" a dateline. Nor is an exclamation mark after a place and a colon, or a full
    stop after a place and a dash (_PLACE_TITLE)."""
    return len(line) <= HEADING_MAX_CHARS and (
        not _SENTENCE_END.search(_TRAILING_NOTE.sub("", line) or line)
        or bool(_PLACE_LINE.match(line.strip()) or _PLACE_TITLE.match(line.strip()))
    )


def _title_from(paragraphs: list[str]) -> str:
    if is_heading(paragraphs[0]):
        return paragraphs[0]
    first = paragraphs[0]
    return first if len(first) <= 90 else first[:90].rsplit(" ", 1)[0] + " …"


# --- markdown and JSON records ----------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n?(.*)\Z", re.DOTALL)


def parse_markdown(text: str, release_id: str) -> Release:
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    meta: object = {}
    body = text
    if match:
        try:
            meta = yaml.safe_load(match[1]) or {}
        except yaml.YAMLError as error:
            raise InvalidRelease(f"front matter is not valid YAML ({_first_line(error)})") from None
        if not isinstance(meta, dict):
            raise InvalidRelease("front matter is not a mapping of fields")
        body = match[2]
    paragraphs = [" ".join(line.lstrip("#").split()) for line in body.splitlines() if line.strip()]
    record = {**meta, "id": release_id, "text": "\n".join(paragraphs)}
    return release_from_record(record)


def release_from_record(record: object, default_id: str | None = None) -> Release:
    """A release from a JSON-like record {id, title?, text, date?, publisher?, place?, url?}."""
    if not isinstance(record, dict):
        raise InvalidRelease("record is not a JSON object")
    release_id = record.get("id", default_id)
    if release_id is None or str(release_id).strip() == "":
        raise InvalidRelease("record has no id")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InvalidRelease(f"record {release_id!r} has no text")
    paragraphs = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    title = _optional_str(record, "title") or _title_from(paragraphs)
    return Release(
        release_id=str(release_id),
        text="\n".join(paragraphs),
        title=title,
        date=_parse_date(record.get("date"), release_id),
        publisher=_optional_str(record, "publisher"),
        place=_optional_str(record, "place"),
        url=_optional_str(record, "url"),
    )


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    return None if value is None or str(value).strip() == "" else str(value).strip()


def _parse_date(value: object, release_id: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    german = _DATE_LINE.match(text)
    try:
        if german:
            day, month, year = (int(g) for g in german.groups())
            return dt.date(year, month, day)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise InvalidRelease(f"record {release_id!r}: date {text!r} is not a date") from None


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0]


# --- reading a corpus folder -------------------------------------------------------------------


def read_corpus(corpus_dir: Path) -> Corpus:
    """Every release under corpus_dir; unreadable files and lines become problems, not errors."""
    corpus = Corpus()
    seen_text: set[str] = set()
    seen_ids: set[str] = set()
    if not corpus_dir.is_dir():
        corpus.problems.append(CorpusProblem(str(corpus_dir), "corpus folder does not exist"))
        return corpus
    for path in sorted(p for p in corpus_dir.rglob("*") if p.is_file()):
        if path.suffix.lower() not in SUFFIXES or any(
            part.startswith(".") for part in path.relative_to(corpus_dir).parts
        ):
            continue
        shown = str(path)
        for item in read_file(path, corpus_dir):
            if isinstance(item, Release):
                item = _visible(item)
            if isinstance(item, CorpusProblem):
                corpus.problems.append(item)
            elif item.release_id in seen_ids:
                corpus.problems.append(
                    CorpusProblem(shown, f"release id {item.release_id!r} is used twice")
                )
            elif item.content_hash in seen_text:
                corpus.duplicates.append(item.release_id)
            else:
                seen_ids.add(item.release_id)
                seen_text.add(item.content_hash)
                corpus.releases.append(item)
    return corpus


def _visible(release: Release) -> Release:
    """The release without invisible format characters: a soft hyphen or a zero-width space, as
    web pages have them ("Polizei\u00adpräsidium"), would split a word in two for the search."""
    title = release.title and without_invisible(release.title)
    return replace(release, text=without_invisible(release.text), title=title)


def read_file(path: Path, corpus_dir: Path) -> Iterator[Release | CorpusProblem]:
    shown = str(path)
    file_id = path.relative_to(corpus_dir).with_suffix("").as_posix()
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        yield CorpusProblem(shown, f"not UTF-8 text (byte {error.start}: {error.reason})")
        return
    except OSError as error:
        yield CorpusProblem(shown, f"cannot be read ({error.strerror})")
        return
    if not text.strip():
        yield CorpusProblem(shown, "file is empty")
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(text, shown)
        return
    try:
        if suffix == ".txt":
            yield parse_ots(text, file_id)
        elif suffix == ".md":
            yield parse_markdown(text, file_id)
        else:
            yield from _read_json(text, shown, file_id)
    except InvalidRelease as error:
        yield CorpusProblem(shown, str(error))


def _read_json(text: str, shown: str, file_id: str) -> Iterable[Release | CorpusProblem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return [CorpusProblem(shown, f"not valid JSON ({error.msg})", error.lineno)]
    if isinstance(data, dict):
        return [release_from_record(data, default_id=file_id)]
    if not isinstance(data, list):
        return [CorpusProblem(shown, "JSON is neither a record nor an array of records")]
    items: list[Release | CorpusProblem] = []
    for number, record in enumerate(data, start=1):
        try:
            items.append(release_from_record(record))
        except InvalidRelease as error:
            items.append(CorpusProblem(shown, f"record {number}: {error}"))
    return items


def _read_jsonl(text: str, shown: str) -> Iterator[Release | CorpusProblem]:
    # Records end at "\n" only: JSON may hold U+2028 and other characters splitlines() breaks at.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield release_from_record(json.loads(line))
        except json.JSONDecodeError as error:
            yield CorpusProblem(shown, f"not valid JSON ({error.msg})", number)
        except InvalidRelease as error:
            yield CorpusProblem(shown, str(error), number)
