"""Hot reload and the admin commands: a running bot picks up an index that a rebuild swapped into
its folder, without a restart and without failing a question in flight; admins can rebuild from
the chat (/reindex) and see what the bot serves (/stats); others are politely refused."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from pathlib import Path

import pytest
from conftest import THREE_RELEASES, write_corpus
from fake_bot_api import USER_ID, converse, private_message, replies, running_bot
from test_telegram import only_reply

from bot.answer import answer_question
from bot.live_index import LiveIndex
from index.build import rebuild_index
from index.cache import rebuild_lock
from index.search import Searcher
from index.store import load_index

NEW_RELEASE = {
    "heessen-scheunenbrand.txt": """Polizei Hamm

Hamm (ots) - In der Nacht zu Samstag brannte in Heessen eine Scheune an der Dolberger Straße \
vollständig nieder. Verletzt wurde niemand. Den Schaden schätzt die Polizei auf 80.000 Euro. \
Die Brandursache ist noch unklar.
""",
}
NEW_QUESTION = "Wie hoch war der Schaden beim Scheunenbrand in Heessen?"
NEW_ANSWER = "80.000 Euro"


@pytest.fixture
def served(tmp_path: Path, encoder) -> LiveIndex:
    """A LiveIndex over a three-release index whose corpus folder a test may add to."""
    corpus_dir = write_corpus(tmp_path / "corpus", THREE_RELEASES)
    index_dir = tmp_path / "index"
    rebuild_index(corpus_dir, index_dir, encoder)
    return LiveIndex(
        index_dir,
        load=lambda: Searcher(load_index(index_dir, encoder.name), encoder),
        rebuild=lambda: rebuild_index(corpus_dir, index_dir, encoder),
    )


def ask_from(live: LiveIndex):
    return lambda question, previous: answer_question(
        live.searcher, question, previous_release_id=previous
    )


def corpus_of(live: LiveIndex) -> Path:
    return live.index_dir.parent / "corpus"


def test_refresh_leaves_the_index_alone_while_the_folder_holds_the_same_build(served):
    searcher = served.searcher

    assert served.refresh() is False
    assert served.searcher is searcher


def test_refresh_swaps_in_a_build_made_by_another_rebuild(served, encoder):
    old = served.searcher
    write_corpus(corpus_of(served), NEW_RELEASE)
    rebuild_index(corpus_of(served), served.index_dir, encoder)

    assert served.refresh() is True

    assert served.knowledge().release_count == 4
    assert NEW_ANSWER in (answer_question(served.searcher, NEW_QUESTION).excerpt or "")
    # a question that started on the old index finishes on it
    assert len(old.index.releases) == 3
    (top, *_) = old.search(old.query("Rasenmäher aus dem Gartenhaus in Aalen"))
    assert top.release.release_id == "aalen-gartenhaus"


def test_a_damaged_new_build_is_reported_once_and_the_old_index_kept(served, encoder, caplog):
    write_corpus(corpus_of(served), NEW_RELEASE)
    rebuild_index(corpus_of(served), served.index_dir, encoder)
    releases_file = served.index_dir.resolve() / "releases.jsonl"
    releases_file.write_text(releases_file.read_text()[:-20])  # a disk that filled up
    caplog.set_level(logging.WARNING)

    assert served.refresh() is False
    assert served.refresh() is False

    assert served.knowledge().release_count == 3
    warnings = [r.getMessage() for r in caplog.records if "new index not loaded" in r.message]
    assert len(warnings) == 1 and "damaged" in warnings[0]


def test_the_running_bot_answers_from_a_build_swapped_in_by_another_thread(served, encoder):
    write_corpus(corpus_of(served), NEW_RELEASE)

    async def conversation() -> str:
        async with running_bot(ask_from(served), index=served, index_poll_seconds=0.2) as bot:
            before = only_reply(await bot.send(private_message(NEW_QUESTION))).text
            rebuild = threading.Thread(
                target=rebuild_index, args=(corpus_of(served), served.index_dir, encoder)
            )
            rebuild.start()
            await asyncio.get_running_loop().run_in_executor(None, rebuild.join)
            deadline = time.monotonic() + 30
            while served.knowledge().release_count < 4:
                assert time.monotonic() < deadline, "the bot did not pick up the new index"
                await asyncio.sleep(0.1)
            after = only_reply(await bot.send(private_message(NEW_QUESTION))).text
            return before, after

    before, after = asyncio.run(conversation())

    assert NEW_ANSWER not in before
    assert NEW_ANSWER in after


def test_an_admin_reindexes_from_the_chat_and_the_next_answer_uses_the_new_release(served):
    write_corpus(corpus_of(served), NEW_RELEASE)

    reindex, answer = converse(
        ask_from(served),
        private_message("/reindex"),
        private_message(NEW_QUESTION),
        index=served,
        admin_user_ids=[USER_ID],
    )

    assert "Neu indiziert</b>: 4 Pressemitteilungen" in only_reply(reindex).text
    assert NEW_ANSWER in only_reply(answer).text


def test_a_failed_reindex_tells_the_admin_and_keeps_the_old_index(served):
    for file in corpus_of(served).iterdir():
        file.unlink()  # nothing left to index

    (calls,) = converse(
        ask_from(served), private_message("/reindex"), index=served, admin_user_ids=[USER_ID]
    )

    assert "fehlgeschlagen, der bisherige Index bleibt in Gebrauch" in only_reply(calls).text
    assert served.knowledge().release_count == 3


def test_reindex_while_another_rebuild_runs_says_so_and_waits_for_it(served):
    with rebuild_lock(served.index_dir):  # `releasebot rebuild` in another process
        (calls,) = converse(
            ask_from(served), private_message("/reindex"), index=served, admin_user_ids=[USER_ID]
        )

    assert "wird gerade schon neu gebaut" in only_reply(calls).text


def test_stats_tell_an_admin_releases_passages_rebuild_encoder_and_answers_served(served):
    knowledge = served.knowledge()

    *_, stats = converse(
        ask_from(served),
        private_message("Was wurde aus dem Gartenhaus gestohlen?"),
        private_message("/stats", language_code="en"),
        index=served,
        admin_user_ids=[USER_ID],
    )

    text = only_reply(stats).text
    assert "Releases: 3" in text
    assert f"Passages: {knowledge.passage_count}" in text
    assert "Encoder: use-multilingual-v3" in text
    assert "Last rebuild: " in text and knowledge.built_at[:4] in text
    assert "Answers since start: 1" in text


@pytest.mark.parametrize("command", ["/stats", "/reindex"])
def test_admin_commands_are_politely_refused_to_everyone_else(served, command):
    before = served.searcher

    (calls,) = converse(
        ask_from(served), private_message(command), index=served, admin_user_ids=[999]
    )

    assert "nur die Betreiber des Bots" in only_reply(calls).text
    assert served.searcher is before


def test_admins_are_answered_outside_the_allowed_chats(served):
    (calls,) = converse(
        ask_from(served),
        private_message("/stats"),
        index=served,
        admin_user_ids=[USER_ID],
        allowed_chat_ids=[-100999],
    )

    assert "Statistik" in only_reply(calls).text
    assert len(replies(calls)) == 1
