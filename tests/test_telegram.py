"""The Telegram bot, run for real against a fake Bot API on loopback: who gets an answer, how it
is sent, and that nothing a user sends (or an error) stops it from answering the next question."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading
from dataclasses import replace

import pytest
from fake_bot_api import (
    BOT_USERNAME,
    GROUP_CHAT_ID,
    PRIVATE_CHAT_ID,
    TOKEN,
    ApiCall,
    FakeBotApi,
    FixedIndex,
    converse,
    group_chat,
    group_message,
    message,
    private_message,
    replies,
    running_bot,
)
from pydantic import SecretStr
from telegram.error import InvalidToken

from bot.answer import Answer, Source
from bot.settings import Settings
from bot.telegram import (
    Knowledge,
    question_after_command,
    question_without_mention,
    run,
)
from index.releases import Release

HAMM = Release(
    release_id="polizei-hamm-2021-10-05-sicherheitskonferenz",
    text="…",
    title="Hammer Sicherheitskonferenz",
    date=dt.date(2021, 10, 5),
    publisher="Polizei Hamm",
    place="Hamm",
    url="https://www.presseportal.de/blaulicht/pm/65845/5037452",
)
EXCERPT = "vom Hauptzollamt Bielefeld Steven Schmidt und Adrian Dudziak teil."
QUESTION = "Wer vertrat das Hauptzollamt?"


class FakeAsk:
    """Stands in for the search pipeline: records the questions, returns a fixed answer."""

    def __init__(self, excerpt: str | None = EXCERPT, release: Release = HAMM, fail: bool = False):
        self.excerpt, self.release, self.fail = excerpt, release, fail
        self.questions: list[str] = []
        self.previous_release_ids: list[str | None] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, question: str, previous_release_id: str | None = None) -> Answer:
        self.questions.append(question)
        self.previous_release_ids.append(previous_release_id)
        self.threads.append(threading.current_thread())
        if self.fail:
            self.fail = False  # only the first question fails
            raise RuntimeError("the index fell over")
        highlights = ("Steven Schmidt und Adrian Dudziak",) if self.excerpt else ()
        language = "en" if question.startswith(("Who", "What")) else "de"
        sources = (Source(self.release, self.excerpt, 0.9),) if self.excerpt else ()
        return Answer(question, language, self.excerpt, highlights, 0.8, sources)


def only_reply(calls: list[ApiCall]) -> ApiCall:
    sent = replies(calls)
    assert len(sent) == 1, f"expected one reply, got {[call.text for call in sent]}"
    return sent[0]


def test_private_question_gets_one_html_reply_to_it_with_the_excerpt_in_bold():
    ask = FakeAsk()
    update = private_message(QUESTION)

    (calls,) = converse(ask, update)

    reply = only_reply(calls)
    assert ask.questions == [QUESTION]
    assert reply.parameters["chat_id"] == PRIVATE_CHAT_ID
    assert reply.reply_to_message_id == update["message"]["message_id"]
    assert reply.parameters["parse_mode"] == "HTML"
    assert "<b>Steven Schmidt und Adrian Dudziak</b>" in reply.text
    assert "Polizei Hamm · 05.10.2021 · Hamm" in reply.text
    assert len(reply.text) <= 4096


def test_bot_shows_typing_before_answering():
    (calls,) = converse(FakeAsk(), private_message(QUESTION))

    methods = [call.method for call in calls]
    assert methods == ["sendChatAction", "sendMessage"]
    assert calls[0].parameters == {"chat_id": PRIVATE_CHAT_ID, "action": "typing"}


def test_questions_are_answered_off_the_event_loop():
    ask = FakeAsk()

    converse(ask, private_message(QUESTION))

    assert ask.threads and ask.threads[0] is not threading.main_thread()


def test_declined_answer_says_the_releases_do_not_say():
    german, english = converse(
        FakeAsk(excerpt=None),
        private_message("Wer hat den Maibaum geklaut?"),
        private_message("Who stole the maypole?", language_code="en"),
    )

    assert only_reply(german).text == "Dazu steht nichts in den Pressemitteilungen."
    assert only_reply(english).text == "The releases don&#x27;t say."


def test_what_the_release_says_is_not_known_is_quoted_and_the_chat_stays_on_that_release():
    said = "Im Zusammenhang mit dem Brand gibt es noch keine Hinweise auf die Ursache."
    previous_release_ids: list[str | None] = []

    def ask(question: str, previous_release_id: str | None = None) -> Answer:
        previous_release_ids.append(previous_release_id)
        declined = Answer(question, "de", None, (), 0.9, (Source(HAMM, said, 0.9),))
        return replace(declined, not_known=said)

    first, _ = converse(
        ask, private_message("warum hat es gebrannt"), private_message("und wann war das?")
    )

    reply = only_reply(first)
    assert reply.text.startswith("Das ist laut der Pressemitteilung noch nicht bekannt:")
    assert f"«{said}»" in reply.text
    assert "Hammer Sicherheitskonferenz" in reply.text
    assert "reply_markup" not in reply.parameters  # no buttons under a declined answer
    assert previous_release_ids == [None, HAMM.release_id]


@pytest.mark.parametrize("command", ["/start", "/help"])
def test_start_and_help_tell_what_the_bot_knows_and_the_emergency_numbers(command):
    knowledge = Knowledge(release_count=1234, first_date=dt.date(2021, 10, 5), last_date=None)
    ask = FakeAsk()

    german, english = converse(
        ask,
        private_message(command),
        private_message(command, language_code="en-GB"),
        knowledge=knowledge,
    )

    assert "1.234 Pressemitteilungen" in only_reply(german).text
    assert "110" in only_reply(german).text and "112" in only_reply(german).text
    assert "kein offizieller Kanal der Polizei" in only_reply(german).text
    assert "1,234 press releases" in only_reply(english).text
    assert "not an official police channel" in only_reply(english).text
    assert ask.questions == []


def test_help_defaults_to_german_without_a_language_code():
    (calls,) = converse(FakeAsk(), private_message("/help", language_code=None))

    assert "kein offizieller Kanal der Polizei" in only_reply(calls).text


def test_group_message_without_mention_gets_no_reply():
    ask = FakeAsk()

    (calls,) = converse(ask, group_message(QUESTION))

    assert calls == []
    assert ask.questions == []


def test_group_message_mentioning_the_bot_is_answered_without_the_mention():
    ask = FakeAsk()
    update = group_message(f"@{BOT_USERNAME} {QUESTION}")

    (calls,) = converse(ask, update)

    reply = only_reply(calls)
    assert reply.parameters["chat_id"] == GROUP_CHAT_ID
    assert reply.reply_to_message_id == update["message"]["message_id"]
    assert ask.questions == [QUESTION]


def test_group_message_mentioning_someone_else_gets_no_reply():
    ask = FakeAsk()

    (calls,) = converse(ask, group_message(f"@somebody_else {QUESTION}"))

    assert calls == []
    assert ask.questions == []


def test_ask_command_in_a_group_is_answered():
    ask = FakeAsk()
    update = group_message(f"/ask@{BOT_USERNAME} {QUESTION}")

    (calls,) = converse(ask, update)

    assert only_reply(calls).reply_to_message_id == update["message"]["message_id"]
    assert ask.questions == [QUESTION]


def test_ask_command_for_another_bot_is_left_alone():
    ask = FakeAsk()

    (calls,) = converse(ask, group_message(f"/ask@other_bot {QUESTION}"))

    assert calls == []


def test_empty_ask_gets_a_usage_hint():
    ask = FakeAsk()

    (calls,) = converse(ask, group_message("/ask"))

    assert "/ask Wer vertrat das Hauptzollamt?" in only_reply(calls).text
    assert ask.questions == []


@pytest.mark.parametrize(
    "content",
    [
        {
            "sticker": {
                "file_id": "s1",
                "file_unique_id": "u1",
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
            }
        },
        {"photo": [{"file_id": "p1", "file_unique_id": "u2", "width": 90, "height": 90}]},
        {"voice": {"file_id": "v1", "file_unique_id": "u3", "duration": 3}},
        {"document": {"file_id": "d1", "file_unique_id": "u4", "file_name": "frage.pdf"}},
    ],
    ids=["sticker", "photo", "voice", "document"],
)
def test_non_text_message_in_private_gets_a_hint_to_send_text(content):
    ask = FakeAsk()
    update = private_message(**content)

    (calls,) = converse(ask, update)

    reply = only_reply(calls)
    assert "nur Fragen als Text" in reply.text
    assert reply.reply_to_message_id == update["message"]["message_id"]
    assert ask.questions == []


def test_sticker_in_a_group_is_ignored():
    sticker = {
        "file_id": "s1",
        "file_unique_id": "u1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }

    (calls,) = converse(FakeAsk(), {"message": message(chat=group_chat(), sticker=sticker)})

    assert calls == []


def test_edited_messages_and_channel_posts_are_ignored_and_the_bot_carries_on():
    ask = FakeAsk()
    edited = private_message(QUESTION)["message"] | {"edit_date": 1_700_000_000}
    channel = {"id": -100777, "type": "channel", "title": "Kanal"}

    edit, post, question = converse(
        ask,
        {"edited_message": edited},
        {"channel_post": message(f"/ask {QUESTION}", chat=channel)},
        private_message(QUESTION),
    )

    assert edit == [] and post == []
    assert only_reply(question)
    assert ask.questions == [QUESTION]


def test_message_without_sender_is_answered_in_german():
    ask = FakeAsk(excerpt=None)

    (calls,) = converse(ask, {"message": message(f"/ask {QUESTION}", chat=group_chat())})

    assert only_reply(calls).text == "Dazu steht nichts in den Pressemitteilungen."


def test_chat_outside_the_allowed_chats_is_refused_and_never_asked():
    ask = FakeAsk()

    private, group_ask, group_chatter, allowed = converse(
        ask,
        private_message(QUESTION),
        group_message(f"/ask {QUESTION}"),
        group_message("Hallo zusammen"),
        group_message(f"/ask {QUESTION}", chat_id=-100999),
        allowed_chat_ids=[-100999],
    )

    assert "in diesem Chat beantworte ich keine Fragen" in only_reply(private).text
    assert "in diesem Chat beantworte ich keine Fragen" in only_reply(group_ask).text
    assert group_chatter == []
    assert "<b>Steven Schmidt und Adrian Dudziak</b>" in only_reply(allowed).text
    assert ask.questions == [QUESTION]


def test_failing_ask_gets_an_apology_and_the_next_question_an_answer():
    ask = FakeAsk(fail=True)
    first, second = private_message(QUESTION), private_message(QUESTION)

    failed, answered = converse(ask, first, second)

    apology = only_reply(failed)
    assert "etwas schiefgegangen" in apology.text
    assert apology.reply_to_message_id == first["message"]["message_id"]
    assert "<b>Steven Schmidt und Adrian Dudziak</b>" in only_reply(answered).text


def test_corpus_text_is_escaped_in_the_reply():
    release = Release(
        "r1", "…", title='<script>alert("x")</script>', publisher="Polizei & Co", place="'Ort'"
    )
    ask = FakeAsk(excerpt='Er rief "<script>" & ging.', release=release)

    (calls,) = converse(ask, private_message(QUESTION))

    text = only_reply(calls).text
    assert "<script>" not in text
    assert "Er rief &quot;&lt;script&gt;&quot; &amp; ging." in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    assert "Polizei &amp; Co · &#x27;Ort&#x27;" in text


def test_command_menu_is_published_in_german_and_english():
    async def started_bot_calls():
        async with running_bot(FakeAsk()) as bot:
            return bot.api.calls_to("setMyCommands")

    calls = asyncio.run(started_bot_calls())

    menus = {call.parameters.get("language_code"): call.parameters["commands"] for call in calls}
    assert list(menus) == [None, "de", "en"]
    assert menus[None] == menus["de"]
    for language, ask_text in (("de", "Eine Frage"), ("en", "Ask a question")):
        commands = {entry["command"]: entry["description"] for entry in menus[language]}
        assert {"ask", "latest", "search", "sources", "language", "help"} <= set(commands)
        assert commands["ask"].startswith(ask_text)


def test_the_token_never_reaches_the_log(caplog):
    caplog.set_level(logging.DEBUG)

    converse(FakeAsk(fail=True), private_message(QUESTION), private_message("/help"))

    assert "Could not handle update" in caplog.text
    assert TOKEN not in caplog.text
    assert TOKEN.split(":")[1] not in caplog.text


def test_question_is_what_follows_the_command_or_the_mention():
    assert question_after_command(f"/ask@{BOT_USERNAME}   {QUESTION}", BOT_USERNAME) == QUESTION
    assert question_after_command(f"/ask\n{QUESTION}", BOT_USERNAME) == QUESTION
    assert question_after_command("/ask", BOT_USERNAME) == ""
    assert question_without_mention(f"@{BOT_USERNAME}, {QUESTION}", BOT_USERNAME) == QUESTION
    assert question_without_mention(f"Sag mal @{BOT_USERNAME.upper()} ", BOT_USERNAME) == "Sag mal"


def test_a_rejected_token_is_reported_without_the_token(caplog):
    caplog.set_level(logging.DEBUG)
    api = FakeBotApi()  # answers 401 to any token but its own
    api.start()
    wrong_token = "987654321:not-the-right-token"
    settings = Settings(
        telegram_token=SecretStr(wrong_token),
        telegram_base_url=api.base_url,
        allowed_chat_ids=[],
        admin_user_ids=[],
    )
    try:
        with pytest.raises(InvalidToken) as rejected:
            run(settings, FakeAsk(), FixedIndex(Knowledge(release_count=1)))
    finally:
        api.stop()

    assert "RELEASEBOT_TELEGRAM_TOKEN" in str(rejected.value)
    assert wrong_token not in str(rejected.value)
    assert "Invalid token" in caplog.text
    assert wrong_token not in caplog.text
