"""The real `releasebot rebuild` and `releasebot run`, as processes, against a fake Bot API on
loopback: what a user sees in Telegram for the customer's standard questions."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fake_bot_api import TOKEN, FakeBotApi, message, private_chat, user

REPO = Path(__file__).resolve().parent.parent


def private_question(text: str, chat_id: int, language_code: str) -> dict:
    return {"message": message(text, chat=private_chat(chat_id), sender=user(language_code))}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("e2e") / "index"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "rebuild",
            "--corpus",
            str(REPO / "corpus"),
            "--index",
            str(index),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "indexed 1 releases" in result.stderr
    return index


def wait_for_replies(api: FakeBotApi, count: int, process: subprocess.Popen, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        sent = api.calls_to("sendMessage")
        if len(sent) >= count:
            return sent
        assert process.poll() is None, "the bot process ended"
        time.sleep(0.1)
    raise AssertionError(f"only {len(api.calls_to('sendMessage'))} of {count} replies arrived")


def test_bot_process_answers_both_hauptzollamt_questions_in_private_chats(index_dir, tmp_path):
    api = FakeBotApi()
    api.start()
    env = {
        **os.environ,
        "RELEASEBOT_TELEGRAM_TOKEN": TOKEN,
        "RELEASEBOT_TELEGRAM_BASE_URL": api.base_url,
        "RELEASEBOT_INDEX_DIR": str(index_dir),
    }
    log = (tmp_path / "bot.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        german = api.push_update(private_question("Wer vertrat das Hauptzollamt?", 501, "de"))
        english = api.push_update(private_question("Who represented the Hauptzollamt?", 502, "en"))
        sent = wait_for_replies(api, 2, process, seconds=120)
    finally:
        process.terminate()
        process.wait(timeout=30)
        api.stop()
    by_chat = {int(call.parameters["chat_id"]): call for call in sent}
    assert set(by_chat) == {501, 502}
    for chat_id in (501, 502):
        reply = by_chat[chat_id]
        assert "Steven Schmidt" in reply.text and "Adrian Dudziak" in reply.text
        assert "Polizei Hamm" in reply.text and "05.10.2021" in reply.text
        assert reply.parameters.get("parse_mode") == "HTML"
        assert reply.reply_to_message_id is not None
    assert german != english
    log.seek(0)
    assert TOKEN.split(":")[1] not in log.read()
