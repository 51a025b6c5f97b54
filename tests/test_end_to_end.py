"""The real `releasebot rebuild` and `releasebot run`, as processes, against a fake Bot API on
loopback: what a user sees in Telegram for the customer's standard questions."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fake_bot_api import BAD_GATEWAY, TOKEN, FakeBotApi, message, private_chat, replies, user
from test_access import SECRET, free_port
from test_hot_reload import NEW_ANSWER, NEW_QUESTION, NEW_RELEASE

REPO = Path(__file__).resolve().parent.parent


def private_question(text: str, chat_id: int, language_code: str) -> dict:
    return {"message": message(text, chat=private_chat(chat_id), sender=user(language_code))}


def rebuild(corpus: Path, index: Path) -> subprocess.CompletedProcess:
    """`releasebot rebuild`, as its own process."""
    command = [sys.executable, "-m", "bot.cli", "rebuild", "--corpus", str(corpus)]
    result = subprocess.run(
        [*command, "--index", str(index)], capture_output=True, text=True, cwd=REPO, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("e2e") / "index"
    assert "indexed 1 releases" in rebuild(REPO / "corpus", index).stderr
    return index


def start_bot(
    api: FakeBotApi, index: Path, log_file: Path, *options: str, **env: str
) -> subprocess.Popen:
    """`releasebot run [options]` against the fake Bot API, its log going to log_file."""
    environment = {
        **os.environ,
        "RELEASEBOT_TELEGRAM_TOKEN": TOKEN,
        "RELEASEBOT_TELEGRAM_BASE_URL": api.base_url,
        "RELEASEBOT_INDEX_DIR": str(index),
        **env,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run", *options],
        cwd=log_file.parent,
        env=environment,
        stdout=log_file.open("w"),
        stderr=subprocess.STDOUT,
    )


def wait_for_replies(api: FakeBotApi, count: int, process: subprocess.Popen, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        sent = api.delivered("sendMessage")
        if len(sent) >= count:
            return sent
        assert process.poll() is None, "the bot process ended"
        time.sleep(0.1)
    raise AssertionError(f"only {len(api.delivered())} of {count} replies arrived")


def test_bot_process_answers_both_hauptzollamt_questions_in_private_chats(index_dir, tmp_path):
    api = FakeBotApi()
    api.start()
    process = start_bot(api, index_dir, tmp_path / "bot.log")
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
    assert TOKEN.split(":")[1] not in (tmp_path / "bot.log").read_text()


def test_a_running_bot_answers_about_a_release_another_process_indexed_within_30_seconds(
    tmp_path,
):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(REPO / "corpus", corpus)
    rebuild(corpus, index)
    api = FakeBotApi()
    api.start()
    # Polling every 10 s, the default; the test asks again every second until the answer
    # changes, more often than the per-person limit allows a person to.
    process = start_bot(api, index, tmp_path / "bot.log", RELEASEBOT_QUESTIONS_PER_MINUTE="1000")
    try:
        api.push_update(private_question(NEW_QUESTION, 601, "de"))
        (before,) = wait_for_replies(api, 1, process, seconds=120)
        (corpus / "heessen-scheunenbrand.txt").write_text(
            NEW_RELEASE["heessen-scheunenbrand.txt"], encoding="utf-8"
        )
        rebuild(corpus, index)
        rebuilt_at = time.monotonic()
        answered_at = None
        while answered_at is None and time.monotonic() - rebuilt_at < 30:
            count = len(api.delivered())
            api.push_update(private_question(NEW_QUESTION, 601, "de"))
            reply = wait_for_replies(api, count + 1, process, seconds=30)[-1]
            if NEW_ANSWER in reply.text:
                answered_at = time.monotonic()
            else:
                time.sleep(1)
    finally:
        process.terminate()
        process.wait(timeout=30)
        api.stop()
    assert NEW_ANSWER not in before.text
    assert answered_at is not None, "no answer about the new release within 30 s of the rebuild"
    assert "index reloaded: 2 releases" in (tmp_path / "bot.log").read_text()


def test_sigterm_lets_the_answer_in_flight_arrive_before_the_bot_exits(index_dir, tmp_path):
    api = FakeBotApi()
    api.start()
    api.fail_next("sendMessage", BAD_GATEWAY, BAD_GATEWAY, BAD_GATEWAY)  # 0.5 + 1 + 2 s of retries
    log = tmp_path / "bot.log"
    process = start_bot(api, index_dir, log)
    try:
        question = private_question("Wer vertrat das Hauptzollamt?", 701, "de")
        api.push_update(question)
        deadline = time.monotonic() + 120
        while not api.calls_to("sendMessage"):  # the first try failed: the answer is in flight
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)
        exit_code = process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
        api.stop()
    (reply,) = replies(api.calls)
    assert reply.reply_to_message_id == question["message"]["message_id"]
    assert "Steven Schmidt" in reply.text
    assert exit_code == 0
    # the update was confirmed to Telegram, so a restarted bot would not answer it again
    assert api.acknowledged_update_id >= 1
    answered = [line for line in log.read_text().splitlines() if " answered {" in line]
    assert len(answered) == 1
    record = json.loads(answered[0].split(" answered ", 1)[1])
    assert record["chat"] == 701 and record["releases"]
    assert set(record) >= {"latency_ms", "confidence", "declined"}
    assert TOKEN.split(":")[1] not in log.read_text()


def test_run_webhook_answers_telegram_and_refuses_requests_without_the_secret(index_dir, tmp_path):
    api = FakeBotApi()
    api.start()
    port = free_port()
    log = tmp_path / "bot.log"
    process = start_bot(
        api,
        index_dir,
        log,
        "--webhook",
        RELEASEBOT_WEBHOOK_URL="https://releasebot.example.org/hook",
        RELEASEBOT_WEBHOOK_LISTEN=f"127.0.0.1:{port}",
        RELEASEBOT_WEBHOOK_SECRET=SECRET,
    )
    question = private_question("Wer vertrat das Hauptzollamt?", 801, "de")
    try:
        deadline = time.monotonic() + 120
        while not api.delivered("setWebhook"):  # registered: the server is about to listen
            assert time.monotonic() < deadline and process.poll() is None, log.read_text()
            time.sleep(0.1)
        url = f"http://127.0.0.1:{port}/hook"
        statuses = []
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong-secret-0123456789"}):
            statuses.append(post_when_listening(url, {**question, "update_id": 1}, headers))
        signed = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        statuses.append(post_when_listening(url, {**question, "update_id": 2}, signed))
        (reply,) = wait_for_replies(api, 1, process, seconds=60)
    finally:
        process.terminate()
        process.wait(timeout=30)
        api.stop()
    assert statuses == [403, 403, 200]
    assert reply.reply_to_message_id == question["message"]["message_id"]
    assert "Steven Schmidt" in reply.text
    assert api.calls_to("getUpdates") == []
    (registration,) = api.delivered("setWebhook")
    assert registration.parameters["secret_token"] == SECRET
    text = log.read_text()
    assert SECRET not in text and TOKEN.split(":")[1] not in text


def post_when_listening(url: str, update: dict, headers: dict) -> int:
    deadline = time.monotonic() + 30
    while True:
        try:
            return httpx.post(url, json=update, headers=headers, timeout=10).status_code
        except httpx.ConnectError:
            assert time.monotonic() < deadline, "the webhook server did not start"
            time.sleep(0.1)
