"""Property-based tests (hypothesis) on the edges where arbitrary text comes in: the ots parser,
the sentence splitter and the reply formatter never raise on any input, lose no text, and every
reply is HTML that Telegram accepts, within its 4,096 characters. And where a faster way of
scoring stands in for a plain one, both give the same figures for any question."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from telegram_html import html_problems

from bot.answer import Answer, Source
from bot.cues import CUE_NEEDS, CUES
from bot.replies import (
    answer_reply,
    help_reply,
    rebuild_failed_reply,
    rebuilt_reply,
    stats_reply,
    too_long_reply,
)
from index.lexical import LexicalIndex, TermMatch, TermPresence, term_set
from index.releases import InvalidRelease, Release, parse_ots
from index.search import Query
from index.segment import passages_of, split_sentences

# Characters that break naive code: markup, entities, quotes, RTL and zero-width marks, emoji
# (two UTF-16 units each), combining accents, line breaks and German text.
HOSTILE = st.sampled_from(
    ["<", ">", "&", '"', "'", "</a>", "<b>", "&amp;", "&#", "*", "_", "`", "[x](y)", "\u202e",
     "\u200b", "\u200d", "\ufeff", "😀", "👮🏽‍♀️", "e\u0301", "\n", "\r\n", "\t", " ", ".", "z. B.",
     "5. Oktober", "10.15 Uhr", "Tel.:", "Str.", "ß", "Ä", "(ots)", "Polizei", "Rückfragen an:"]
)  # fmt: skip
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=12)), max_size=40).map("".join)
LONG_TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=400)), max_size=30).map("".join)
SETTINGS = settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


@st.composite
def ots_releases(draw) -> str:
    """Text in (or near) presseportal's ots layout: header, dateline, body, contact, footer."""
    lines = []
    if draw(st.booleans()):
        lines.append(f"{draw(st.integers(0, 40))}.{draw(st.integers(0, 13))}.2021 – 10:15")
    lines += draw(st.lists(TEXT, max_size=3))
    lines.append(f"{draw(TEXT)} (ots) - {draw(TEXT)}")
    lines += draw(st.lists(LONG_TEXT, max_size=6))
    if draw(st.booleans()):
        lines += ["Rückfragen bitte an:", draw(TEXT)]
    if draw(st.booleans()):
        lines.append(f"Original-Content von: {draw(TEXT)}, übermittelt durch news aktuell")
    return "\n".join(lines)


@SETTINGS
@given(st.one_of(ots_releases(), LONG_TEXT))
def test_the_ots_parser_reads_any_text_or_says_why_not(text):
    try:
        release = parse_ots(text, "r1")
    except InvalidRelease as problem:  # a sentence for the rebuild's report, not a crash
        assert str(problem)
        return
    assert release.text.strip()
    assert release.release_id == "r1"
    for passage in passages_of(release):
        assert passage.text.strip()


@SETTINGS
@given(LONG_TEXT)
def test_the_sentence_splitter_loses_and_invents_no_text(paragraph):
    sentences = split_sentences(paragraph)

    assert all(sentence and sentence == sentence.strip() for sentence in sentences)
    assert "".join("".join(sentences).split()) == "".join(paragraph.split())


def releases() -> st.SearchStrategy[Release]:
    optional = st.none() | TEXT
    return st.builds(
        Release,
        release_id=TEXT,
        text=LONG_TEXT,
        title=optional | LONG_TEXT,
        date=st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
        publisher=optional,
        place=optional,
        url=st.none() | TEXT | TEXT.map(lambda t: "https://example.org/" + t) | LONG_TEXT,
    )


sources = st.builds(Source, release=releases(), text=LONG_TEXT, score=st.floats(0, 1))
answers = st.builds(
    Answer,
    question=TEXT,
    language=st.sampled_from(["de", "en", "fr", ""]),
    excerpt=st.none() | LONG_TEXT,
    highlights=st.lists(st.one_of(TEXT, HOSTILE), max_size=5).map(tuple),
    confidence=st.floats(0, 1),
    sources=st.lists(sources, max_size=4).map(tuple),
)


EMOJI_FLOOD = Release("r", "…", title="👮" * 3000, publisher="&" * 3000, place="<" * 3000,
                      url="https://example.org/" + "😀" * 3000)  # fmt: skip


@SETTINGS
@given(answers)
@example(Answer("?", "de", "😀" * 5000, ("😀",), 1.0, (Source(EMOJI_FLOOD, "<" * 5000, 1.0),) * 3))
def test_every_answer_reply_is_telegram_html_within_the_limit(answer):
    assert html_problems(answer_reply(answer)) == []


@SETTINGS
@given(
    language=st.sampled_from(["de", "en", None]),
    count=st.integers(0, 10**9),
    dates=st.lists(st.none() | st.dates(), min_size=2, max_size=2),
    name=st.none() | TEXT,
    skipped=st.lists(LONG_TEXT, max_size=30),
    error=LONG_TEXT,
)
def test_the_bots_own_messages_are_telegram_html_within_the_limit(
    language, count, dates, name, skipped, error
):
    first, last = dates
    replies = [
        help_reply(
            language, release_count=count, first_date=first, last_date=last, bot_username=name
        ),
        stats_reply(
            language,
            release_count=count,
            passage_count=count,
            first_date=first,
            last_date=last,
            built_at=name,
            encoder=name,
            answers_served=count,
            started_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        ),
        rebuilt_reply(language, releases=count, passages=count, skipped=skipped, seconds=1.5),
        rebuild_failed_reply(language, error),
        too_long_reply(language, count, 500),
    ]
    for reply in replies:
        assert html_problems(reply) == []


SENTENCES = [
    "Vom Hauptzollamt Bielefeld kamen Steven Schmidt und Adrian Dudziak.",
    "Die Polizei kontrollierte den Lkw auf der A2.",
    "Zur Sicherheitskonferenz kamen Vertreter der Bundespolizei.",
    "Der Fahrer des Lkw war betrunken.",
    "Die Bundespolizei fand nichts.",
]
LEXICAL = LexicalIndex.build([[sentence] for sentence in SENTENCES])
TERMS = sorted(term_set(" ".join(SENTENCES)))


@SETTINGS
@given(
    terms=st.lists(
        st.tuples(
            st.floats(0.1, 9.0),
            st.dictionaries(st.sampled_from(TERMS), st.floats(0.0, 1.0), min_size=1, max_size=6),
        ),
        max_size=5,
    ),
    lookups=st.lists(st.lists(st.integers(0, len(SENTENCES) - 1), max_size=8), max_size=4),
)
def test_a_questions_terms_looked_up_once_per_passage_weigh_as_looked_up_each_time(terms, lookups):
    """A question's TermPresence, which looks each passage up once, gives the figures
    LexicalIndex.term_presence gives each time, in any order of lookups, repeated passages
    included — both what the passages' own words say: the same coverage, the same ranking."""
    matches = [TermMatch(f"q{n}", idf, variants) for n, (idf, variants) in enumerate(terms)]
    query = Query(
        text="",
        language="de",
        terms=matches,
        vector=np.zeros(1, dtype=np.float32),
        bm25=np.zeros(len(SENTENCES), dtype=np.float32),
        nearest=np.zeros(0, dtype=np.int64),
        presence=TermPresence(LEXICAL, matches),
    )

    for passages in lookups:
        ids = np.array(passages, dtype=np.int64)
        # what each passage's own words say: the weightiest variant it holds, times the idf
        held = [
            [
                max((w for t, w in m.variants.items() if t in term_set(SENTENCES[p])), default=0)
                for p in passages
            ]
            for m in matches
        ]
        idfs = np.array([m.idf for m in matches], dtype=np.float32).reshape(-1, 1)
        expected = np.array(held, dtype=np.float32).reshape(len(matches), len(passages)) * idfs
        assert np.array_equal(LEXICAL.term_presence(matches, ids), expected)
        assert np.array_equal(query.presence.of(ids), expected)
        assert np.array_equal(query.coverage(ids), LEXICAL.coverage(matches, ids))


@SETTINGS
@given(
    terms=st.lists(
        st.dictionaries(st.sampled_from(TERMS), st.floats(0.0, 1.0), min_size=1, max_size=6),
        max_size=5,
    )
)
def test_bm25_scores_read_from_the_matrix_are_those_bm25s_computes(terms):
    """LexicalIndex.scores adds each term's scores where it occurs, from bm25s's score matrix;
    bm25s's own get_scores gives the same ranking figures, bit for bit."""
    matches = [TermMatch(f"q{n}", 1.0, variants) for n, variants in enumerate(terms)]
    expected = np.zeros(len(SENTENCES), dtype=np.float32)
    for match in matches:
        for term, weight in match.variants.items():
            expected += weight * LEXICAL._bm25.get_scores([term])

    assert np.array_equal(LEXICAL.scores(matches), expected)


DESCRIBING = st.sampled_from(
    ["eine", "dunkle", "Regenjacke", "Jeans", "Kapuzenpulli", "trug", "schmale Statur", "blonde",
     "Haare", "180 cm groß", "20 bis 30 Jahre alt", "dunkel gekleidet", "Brille", "Sturmhaube",
     "schwarzen", "Schuhe", "ca.", "Jacke", "Handschuhen", "hellblaue", "Jahre"]
)  # fmt: skip


@SETTINGS
@given(st.lists(st.one_of(DESCRIBING, HOSTILE, st.text(max_size=8)), max_size=30).map(" ".join))
@example("Er hatte eine schmale Statur.")
@example("Der Mann war dunkel gekleidet und hatte blonde Haare.")
@example("Sie trug eine Brille und eine hellblaue Regenjacke.")
def test_a_cue_finds_nothing_where_what_it_needs_is_absent(text):
    """_cue_found skips the slow cues of clothing and description where CUE_NEEDS finds nothing:
    that must never hide something the cue itself would find."""
    for kind, needed in CUE_NEEDS.items():
        if CUES[kind].search(text):
            assert needed.search(text), (kind, text)
