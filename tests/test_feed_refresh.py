"""The running bot keeps its corpus fresh by itself: its job fetches presseportal feeds (on
loopback, one of them broken), rebuilds incrementally and answers from the new releases without
a restart — /latest, /search, /sources and a question about a fetched release show them."""

from __future__ import annotations

import asyncio
import html
import re
import shutil
import time

from conftest import SHIPPED_CORPUS
from fake_bot_api import private_message, replies, running_bot
from fake_presseportal import AALEN_FEED, BROKEN_FEED, HAMM_FEED, SCHOCKANRUF, Presseportal

from bot.answer import answer_question
from bot.live_index import LiveIndex
from index.build import rebuild_index
from index.search import Searcher
from index.store import load_index


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def test_the_bot_fetches_feeds_on_schedule_and_answers_from_them_without_restart(
    tmp_path, encoder, caplog
):
    corpus, index = tmp_path / "corpus", tmp_path / "var" / "index"
    corpus.mkdir()
    for path in SHIPPED_CORPUS.glob("*.txt"):
        shutil.copy(path, corpus)
    rebuild_index(corpus, index, encoder)
    live = LiveIndex(
        index,
        load=lambda: Searcher(load_index(index, encoder.name), encoder),
        rebuild=lambda: rebuild_index(corpus, index, encoder),
    )
    site = Presseportal()

    def ask(question: str, previous: str | None):
        return answer_question(live.searcher, question, previous_release_id=previous)

    async def conversation():
        async with running_bot(
            ask,
            index=live,
            corpus_dir=corpus,
            feed_urls=[site.url(HAMM_FEED), site.url(BROKEN_FEED), site.url(AALEN_FEED)],
            feed_refresh_minutes=60,
            feedback_db=tmp_path / "votes.sqlite3",
        ) as bot:
            deadline = time.monotonic() + 120
            while live.knowledge().release_count < 6:
                assert time.monotonic() < deadline, "the fetched releases never became answerable"
                await asyncio.sleep(0.2)
            return [
                await bot.send(private_message(text))
                for text in (
                    "/latest",
                    "/search goldmuenzen",
                    "/sources",
                    "Wie viel waren die Goldmünzen wert, die die Seniorin übergeben hat?",
                )
            ]

    try:
        latest, search, sources, question = asyncio.run(conversation())
    finally:
        site.stop()

    newest = plain(replies(latest)[0].text)
    assert "Schockanrufen" in newest and "Katalysatoren" in newest
    assert "Sicherheitskonferenz" in newest  # the release that was there before
    found = replies(search)[0].text
    assert "Schockanrufen" in plain(found) and f'href="{site.url(SCHOCKANRUF)}"' in found
    assert "Katalysatoren" not in found
    listed = plain(replies(sources)[0].text)
    assert "Ich kenne 6 Pressemitteilungen" in listed
    assert "Polizeipräsidium Aalen: 2" in listed
    answer = replies(question)[0].text
    assert "40.000 Euro" in plain(answer)
    assert f'href="{site.url(SCHOCKANRUF)}"' in answer
    assert f"{site.url(BROKEN_FEED)}: not a readable RSS or Atom feed" in caplog.text
