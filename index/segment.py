"""German-aware sentence segmentation, and passages built from sentences with their context."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.releases import Release, is_heading

# Words that end in a period without ending a sentence, as they appear in police releases.
ABBREVIATIONS = frozenset(
    [
        "abs",
        "abt",
        "allg",
        "bzgl",
        "bzw",
        "ca",
        "chr",
        "co",
        "dipl",
        "dr",
        "evtl",
        "fa",
        "ff",
        "fr",
        "frl",
        "geb",
        "gem",
        "ggf",
        "ggü",
        "hbf",
        "hl",
        "hr",
        "hrsg",
        "inkl",
        "jh",
        "jhd",
        "jr",
        "kath",
        "kfz",
        "kl",
        "km",
        "kpl",
        "lfd",
        "lt",
        "max",
        "mind",
        "min",
        "mio",
        "mrd",
        "nr",
        "o.ä",
        "od",
        "pkt",
        "pol",
        "pp",
        "prof",
        "rd",
        "sog",
        "st",
        "std",
        "str",
        "tel",
        "tsd",
        "u.a",
        "u.ä",
        "u.u",
        "usw",
        "v.a",
        "vgl",
        "vs",
        "z.b",
        "z.t",
        "zb",
        "zt",
        "zw",
        "zzgl",
        "d.h",
        "i.d.r",
        "s.o",
        "s.u",
        "u.v.m",
        "ca",
        "bspw",
        "einschl",
        "erg",
        "gegr",
        "hdl",
        "jun",
        "kap",
        "kg",
        "ltd",
        "mwst",
        "nachf",
        "pl",
        "präs",
        "reg",
        "sen",
        "tägl",
        "urspr",
        "verh",
        "vorm",
    ]
)
# A candidate boundary: sentence punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"([.!?…]+[\"“”'‘’»«)\]]*)(\s+)(?=[\"„“'‘»«(\[]?[A-ZÄÖÜ0-9])")
_WORD_BEFORE = re.compile(r"(\S+)$")


@dataclass(frozen=True, slots=True)  # slots: an index at 100,000 releases holds two million
class Passage:
    """One sentence of a release, with the heading and sentence before it as context."""

    release_id: str
    position: int  # the sentence's place in its release, 0-based
    text: str  # the sentence itself: what an answer quotes
    heading: str | None = None
    previous: str | None = None

    @property
    def parts(self) -> tuple[str, ...]:
        """The heading, the sentence before and the sentence, those there are."""
        return tuple(part for part in (self.heading, self.previous, self.text) if part)

    @property
    def search_text(self) -> str:
        """What is embedded and indexed: the sentence in its context."""
        return " ".join(self.parts)


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences without breaking at German abbreviations or ordinals."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end(1)
        if match.group(1).startswith(".") and not _ends_sentence(paragraph[start : match.start(1)]):
            continue
        sentences.append(paragraph[start:end].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


def _ends_sentence(before: str) -> bool:
    # only the end of the text can hold the word (a longer word is no abbreviation either):
    # searching it all made splitting a paragraph quadratic in its length
    word_match = _WORD_BEFORE.search(before, max(0, len(before) - 100))
    if not word_match:
        return True
    word = word_match.group(1).lstrip("(\"„“'‘»«[").lower()
    if word in ABBREVIATIONS or word.replace(".", "") in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():  # initials and the pieces of "z. B.", "u. a."
        return False
    if word.endswith("str"):  # street names: "Bahnhofstr. 12"
        return False
    # "Dienstag, 5. Oktober", "am 3. Advent": a number of one or two digits is an ordinal.
    return not re.fullmatch(r"\d{1,2}", word)


def _lead_context(release: Release) -> str | None:
    """The release's own title (not one taken from its first words) and its dateline place."""
    title = release.title
    if title and release.text.startswith(title.rstrip("… ").strip()):
        title = None
    return " · ".join(part for part in (title, release.place) if part) or None


def report_heading(release: Release, passage: Passage) -> str | None:
    """The heading of the bundled report the passage stands under ("Alfdorf: Auto übersehen");
    None under the release's own title and place, and for the report whose heading the release
    took as its title (shown once, not twice)."""
    if passage.heading is None or passage.heading == _lead_context(release):
        return None
    heading = passage.heading.rstrip(": ")
    return None if heading == (release.title or "").rstrip(": ") else heading


def passages_of(release: Release) -> list[Passage]:
    """The release's sentences as passages; a bundled report's heading stays with its sentences.
    Sentences before any heading have the release's title and dateline place as theirs: "Einbruch
    in Einfamilienhaus · Angelbachtal" is what "einbruch in angelbachtal" asks about, though the
    text never names the town again."""
    passages: list[Passage] = []
    heading = _lead_context(release)
    previous: str | None = None
    for paragraph in release.text.split("\n"):
        if is_heading(paragraph):
            heading, previous = paragraph, None
            continue
        for sentence in split_sentences(paragraph):
            passages.append(Passage(release.release_id, len(passages), sentence, heading, previous))
            previous = sentence
    if not passages and release.text.strip():  # a release that is nothing but a heading
        passages.append(Passage(release.release_id, 0, release.text.strip()))
    return passages
