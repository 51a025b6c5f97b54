"""The bot's lists and the whole release as Telegram HTML: long releases split between
paragraphs within the limit with nothing lost, long lists say how much was left out."""

from __future__ import annotations

import datetime as dt
import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from telegram_html import html_problems

from bot.catalog import Listing, PublisherCoverage
from bot.replies import (
    MESSAGE_MAX_CHARS,
    latest_reply,
    release_messages,
    search_reply,
    sources_reply,
    telegram_length,
)
from index.releases import Release


def release(text: str, **fields) -> Release:
    return Release(release_id="r", text=text, **fields)


def plain(messages: list[str]) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", " ".join(messages)))


def test_a_long_release_is_split_between_paragraphs_and_keeps_every_word():
    paragraphs = [
        f"Absatz {n}: " + "Die Polizei <ermittelt> & sucht Zeugen. " * 40 for n in range(12)
    ]
    long = release(
        "\n".join(paragraphs),
        title="Lange Meldung",
        publisher="Polizei Hamm",
        date=dt.date(2026, 11, 25),
        place="Hamm",
        url="https://www.presseportal.de/blaulicht/pm/65845/1",
    )

    messages = release_messages(long, "de")

    assert len(messages) > 1
    assert all(html_problems(message) == [] for message in messages)
    assert messages[0].startswith(
        "<b>Lange Meldung</b>\nPolizei Hamm · 25.11.2026 · Hamm\nhttps://"
    )
    assert (
        plain(messages).split()
        == plain(
            [
                "Lange Meldung Polizei Hamm · 25.11.2026 · Hamm",
                long.url,
                *map(html.escape, paragraphs),
            ]
        ).split()
    )
    for message in messages:  # cut between paragraphs, not inside one
        assert message.rstrip().endswith(
            ("Zeugen.", "https://www.presseportal.de/blaulicht/pm/65845/1")
        )


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=6000), min_size=1, max_size=4))
def test_any_release_text_becomes_valid_messages_within_the_limit(paragraphs):
    messages = release_messages(release("\n".join(paragraphs)), "en")

    assert all(html_problems(message) == [] for message in messages)
    assert (
        plain(messages).split()
        == plain(["Press release", *map(html.escape, "\n".join(paragraphs).split("\n"))]).split()
    )


def test_a_list_longer_than_a_message_says_how_many_were_left_out():
    releases = tuple(
        release("…", title=f"Meldung {n} " + "x" * 150, date=dt.date(2026, 1, 1)) for n in range(60)
    )

    reply = search_reply(Listing(releases, total=250), "Unfall", "de")

    assert telegram_length(reply) <= MESSAGE_MAX_CHARS
    shown = reply.count("• ")
    assert 0 < shown < 60
    assert reply.endswith(f"… und {250 - shown} weitere.")


def test_latest_without_releases_and_with_a_place():
    assert latest_reply(Listing((), 0), "", "en") == "I don&#x27;t know any press releases yet."
    reply = latest_reply(Listing((release("…", title="A <b>", place="Hamm"),), 1), "Hamm", "de")
    assert reply.startswith("<b>Die neuesten Pressemitteilungen zu Hamm</b>")
    assert "A &lt;b&gt; (Hamm)" in reply


def test_sources_name_releases_without_a_publisher():
    reply = sources_reply(
        [
            PublisherCoverage("Polizei Hamm", 3, dt.date(2021, 10, 5), dt.date(2026, 11, 25)),
            PublisherCoverage("", 1, None, None),
        ],
        "en",
    )

    assert "I know 4 press releases from 2 publishers" in reply
    assert "• Polizei Hamm: 3 (05.10.2021 – 25.11.2026)" in reply
    assert "• <i>no publisher given</i>: 1 (–)" in reply
