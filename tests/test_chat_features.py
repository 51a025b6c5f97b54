"""What a user sees beyond the answer, through the real bot against the fake Bot API, answering
from a real index of four releases: the buttons under an answer (the whole source, more
releases, votes kept for review), /latest, /search, /sources, /language, and the menu."""

from __future__ import annotations

import asyncio
import html
import re
import shutil
from pathlib import Path

import pytest
from conftest import SHIPPED_CORPUS, THREE_RELEASES, write_corpus
from fake_bot_api import ApiCall, button_press, private_message, replies, running_bot
from telegram_html import html_problems

from bot.answer import answer_question
from bot.cli import main
from bot.feedback import FeedbackStore
from bot.live_index import LiveIndex
from index.build import rebuild_index
from index.encoders import Encoder
from index.search import Searcher
from index.store import load_index

HAMM_QUESTION = "Wer vertrat das Hauptzollamt?"


@pytest.fixture(scope="module")
def four_release_index(tmp_path_factory: pytest.TempPathFactory, encoder: Encoder) -> Path:
    """The three small releases (Aalen 2016, Soest 2022, Essingen 2023) and the shipped one
    (Hamm 2021)."""
    root = tmp_path_factory.mktemp("four")
    corpus = write_corpus(root / "corpus", THREE_RELEASES)
    for path in SHIPPED_CORPUS.glob("*.txt"):
        shutil.copy(path, corpus)
    rebuild_index(corpus, root / "index", encoder)
    return root / "index"


@pytest.fixture
def live(four_release_index: Path, encoder: Encoder) -> LiveIndex:
    def load() -> Searcher:
        return Searcher(load_index(four_release_index, encoder.name), encoder)

    return LiveIndex(four_release_index, load=load, rebuild=lambda: None)


def chat(live: LiveIndex, feedback_db: Path, *steps) -> list[list[ApiCall]]:
    """Run the bot over the live index; each step is an update, or a function of the calls so
    far that returns one (to press a button of an earlier reply)."""

    def ask(question: str, previous: str | None) -> object:
        return answer_question(live.searcher, question, previous_release_id=previous)

    async def conversation() -> list[list[ApiCall]]:
        done: list[list[ApiCall]] = []
        async with running_bot(ask, index=live, feedback_db=feedback_db) as bot:
            for step in steps:
                update = step(done) if callable(step) else step
                done.append(await bot.send(update))
        return done

    return asyncio.run(conversation())


def press(label: str, of_step: int = 0, **options):
    """A step: press the button `label` under the first reply of an earlier step."""
    return lambda done: button_press(replies(done[of_step])[0], label, **options)


def labels(reply: ApiCall) -> list[str]:
    keyboard = reply.parameters["reply_markup"]["inline_keyboard"]
    return [button["text"] for row in keyboard for button in row]


def plain(html_text: str) -> str:
    """A reply's text without its markup, as the user reads it."""
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


def callback_answers(calls: list[ApiCall]) -> list[dict]:
    return [call.parameters for call in calls if call.method == "answerCallbackQuery"]


def test_an_answer_carries_source_more_and_vote_buttons(live, tmp_path):
    (asked,) = chat(live, tmp_path / "votes.sqlite3", private_message(HAMM_QUESTION))

    (reply,) = replies(asked)
    assert "Steven Schmidt und Adrian Dudziak" in plain(reply.text)
    assert labels(reply) == ["Quelle", "Mehr", "👍", "👎"]


def test_a_declined_answer_has_no_buttons(live, tmp_path):
    (asked,) = chat(
        live, tmp_path / "votes.sqlite3", private_message("Wie hoch ist die Zugspitze?")
    )

    (reply,) = replies(asked)
    assert "Dazu steht nichts" in reply.text
    assert "reply_markup" not in reply.parameters


def test_the_source_button_sends_the_whole_release_as_a_reply_to_the_answer(live, tmp_path):
    asked, pressed = chat(
        live, tmp_path / "votes.sqlite3", private_message(HAMM_QUESTION), press("Quelle")
    )

    answer = replies(asked)[0]
    sent = replies(pressed)
    assert callback_answers(pressed), "the button press was acknowledged"
    whole = plain("\n".join(message.text for message in sent))
    release = next(SHIPPED_CORPUS.glob("*.txt")).read_text(encoding="utf-8")
    last_sentence = [line for line in release.splitlines() if line.strip()][-3]
    assert "Polizei Hamm · 05.10.2021 · Hamm" in whole
    assert " ".join(last_sentence.split()[:6]) in whole
    assert all(message.reply_to_message_id == answer.parameters["message_id"] for message in sent)
    assert all(html_problems(message.text) == [] for message in sent)


def test_the_more_button_lists_other_matching_releases(live, tmp_path):
    asked, pressed = chat(
        live,
        tmp_path / "votes.sqlite3",
        private_message("Einbruch in ein Gartenhaus in Aalen"),
        press("Mehr"),
    )

    assert "Wiesenstraße" in replies(asked)[0].text
    (more,) = replies(pressed)
    assert "Weitere passende Pressemitteilungen" in more.text
    assert "Gartenhaus" not in more.text  # the release already shown is not listed again
    assert "Auffahrunfall auf der B 29" in more.text or "Taschendiebe" in more.text


def test_votes_are_stored_and_a_changed_mind_replaces_the_vote(live, tmp_path, capsys):
    votes_file = tmp_path / "votes.sqlite3"
    _, up, down = chat(live, votes_file, private_message(HAMM_QUESTION), press("👍"), press("👎"))

    assert callback_answers(up)[0]["text"] == "Danke für deine Bewertung!"
    (marked,) = [call for call in up if call.method == "editMessageReplyMarkup"]
    assert "👍 ✓" in str(marked.parameters["reply_markup"])
    assert callback_answers(down)
    (vote,) = FeedbackStore(votes_file).votes()
    assert vote.vote == -1
    assert vote.question == HAMM_QUESTION
    assert "Steven Schmidt und Adrian Dudziak" in vote.answer
    assert vote.release_id == "polizei-hamm-2021-10-05-sicherheitskonferenz"

    assert main(["feedback", "--db", str(votes_file)]) == 0
    listed = capsys.readouterr().out
    assert f"👎 {HAMM_QUESTION}" in listed
    assert "polizei-hamm-2021-10-05-sicherheitskonferenz" in listed


def test_releasebot_feedback_names_a_file_that_is_not_a_votes_file(tmp_path, capsys):
    broken = tmp_path / "votes.sqlite3"
    broken.write_text("not a database")

    assert main(["feedback", "--db", str(broken)]) == 2
    assert f"{broken}: not a readable votes file" in capsys.readouterr().err


def test_buttons_of_an_answer_the_bot_no_longer_knows_ask_to_ask_again(live, tmp_path):
    async def press_after_restart() -> list[ApiCall]:
        async with running_bot(lambda q, p: None, index=live) as bot:
            stale = {
                "callback_query": {
                    "id": "7",
                    "from": {"id": 4242, "is_bot": False, "first_name": "E", "language_code": "en"},
                    "chat_instance": "1",
                    "message": {"message_id": 5, "date": 0, "chat": {"id": 1, "type": "private"}},
                    "data": "source:gone-since-restart",
                }
            }
            return await bot.send(stale)

    calls = asyncio.run(press_after_restart())

    (acknowledged,) = callback_answers(calls)
    assert acknowledged["text"] == "This answer is too old for its buttons – please ask again."
    assert replies(calls) == []


def test_latest_lists_the_newest_releases_and_those_of_a_place(live, tmp_path):
    everything, soest, nowhere = chat(
        live,
        tmp_path / "votes.sqlite3",
        private_message("/latest"),
        private_message("/latest soest"),
        private_message("/latest Berlin"),
    )

    text = plain(replies(everything)[0].text)
    order = ["14.03.2023", "01.06.2022", "05.10.2021", "24.02.2016"]
    assert [text.index(date) for date in order] == sorted(text.index(date) for date in order)
    assert "Auffahrunfall auf der B 29" in text
    assert "Taschendiebe auf dem Wochenmarkt" in replies(soest)[0].text
    assert "B 29" not in replies(soest)[0].text
    assert replies(nowhere)[0].text == "Ich kenne keine Pressemitteilung zu Berlin."


def test_search_lists_the_releases_with_the_words_newest_first(live, tmp_path):
    found, typo, none, bare = chat(
        live,
        tmp_path / "votes.sqlite3",
        private_message("/search Polizeipräsidium Aalen"),
        private_message("/search hauptzolamt"),
        private_message("/search Zugspitze"),
        private_message("/search"),
    )

    text = plain(replies(found)[0].text)
    assert text.index("Auffahrunfall auf der B 29") < text.index("Einbruch in Gartenhaus")
    assert "Taschendiebe" not in text
    assert "Sicherheitskonferenz" in replies(typo)[0].text
    assert replies(none)[0].text == "Keine Pressemitteilung enthält „Zugspitze“."
    assert "/search Hauptzollamt" in replies(bare)[0].text


def test_sources_lists_each_publisher_with_its_count_and_dates(live, tmp_path):
    (asked,) = chat(live, tmp_path / "votes.sqlite3", private_message("/sources"))

    text = plain(replies(asked)[0].text)
    assert "Ich kenne 4 Pressemitteilungen von 3 Herausgebern" in text
    assert "• Polizeipräsidium Aalen: 2 (24.02.2016 – 14.03.2023)" in text
    assert "• Polizei Hamm: 1 (05.10.2021)" in text


def test_the_bots_words_follow_language_then_question_then_telegram(live, tmp_path):
    english_user_german_question, switched, help_after, answer_after = chat(
        live,
        tmp_path / "votes.sqlite3",
        private_message(HAMM_QUESTION, language_code="en"),
        private_message("/language en", language_code="de"),
        private_message("/help", language_code="de"),
        private_message(HAMM_QUESTION, language_code="de"),
    )

    assert labels(replies(english_user_german_question)[0])[:2] == ["Quelle", "Mehr"]
    assert plain(replies(switched)[0].text) == "OK, I'll reply in English from now on."
    assert "Questions about German police press releases" in replies(help_after)[0].text
    answer = replies(answer_after)[0]
    assert labels(answer)[:2] == ["Source", "More"]
    assert "Steven Schmidt und Adrian Dudziak" in plain(
        answer.text
    )  # the release's words stay German


def test_language_without_a_choice_says_how_to_choose(live, tmp_path):
    (asked,) = chat(live, tmp_path / "votes.sqlite3", private_message("/language"))

    assert "/language en" in replies(asked)[0].text


def test_a_vote_that_cannot_be_stored_is_admitted_and_the_bot_answers_on(live, tmp_path):
    not_a_file = tmp_path / "votes"
    not_a_file.mkdir()  # SQLite cannot open a folder

    _, pressed, asked_again = chat(
        live,
        not_a_file,
        private_message(HAMM_QUESTION),
        press("👎"),
        private_message(HAMM_QUESTION),
    )

    assert (
        callback_answers(pressed)[0]["text"] == "Deine Bewertung konnte ich gerade nicht speichern."
    )
    assert "Steven Schmidt und Adrian Dudziak" in plain(replies(asked_again)[0].text)
