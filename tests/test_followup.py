"""Follow-up questions: per chat, the release of the last answer is remembered for ten minutes
and passed on with the chat's next question."""

from __future__ import annotations

from fake_bot_api import converse, group_message, private_message
from test_telegram import HAMM, QUESTION, FakeAsk

from bot.followup import FOLLOW_UP_SECONDS, RecentReleases


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_last_answers_release_is_recalled_for_ten_minutes():
    clock = Clock()
    recent = RecentReleases(clock=clock)

    recent.remember(1001, "hamm")
    clock.now += FOLLOW_UP_SECONDS - 1

    assert recent.recall(1001) == "hamm"
    assert recent.recall(1002) is None
    clock.now += 1
    assert recent.recall(1001) is None


def test_a_newer_answer_replaces_the_remembered_release():
    recent = RecentReleases()

    recent.remember(1001, "hamm")
    recent.remember(1001, "soest")

    assert recent.recall(1001) == "soest"


def test_the_next_question_in_the_same_chat_gets_the_last_answers_release():
    ask = FakeAsk()

    converse(
        ask,
        private_message(QUESTION),
        private_message("Und wann war das?"),
        group_message(f"/ask {QUESTION}"),
    )

    assert ask.previous_release_ids == [None, HAMM.release_id, None]


def test_a_declined_answer_keeps_the_release_before_it():
    answering, declining = FakeAsk(), FakeAsk(excerpt=None)

    def ask(question: str, previous_release_id: str | None):
        chosen = declining if "Maibaum" in question else answering
        return chosen(question, previous_release_id)

    converse(
        ask,
        private_message(QUESTION),
        private_message("Wer hat den Maibaum geklaut?"),
        private_message("Und wer noch?"),
    )

    assert answering.previous_release_ids == [None, HAMM.release_id]
    assert declining.previous_release_ids == [HAMM.release_id]


def test_forget_drops_the_chats_follow_up_context():
    ask = FakeAsk()

    _, forgotten, _ = converse(
        ask, private_message(QUESTION), private_message("/forget"), private_message("Und wann?")
    )

    assert "vergessen" in forgotten[-1].text
    assert ask.previous_release_ids == [None, None]


def test_privacy_says_what_is_kept_and_for_how_long():
    (german,) = converse(FakeAsk(), private_message("/privacy"))
    (english,) = converse(FakeAsk(), private_message("/privacy", language_code="en"))

    assert "speichere ich nicht" in german[-1].text and "zehn Minuten" in german[-1].text
    assert "don't store your questions" in english[-1].text
