"""Access control: webhook mode verifies Telegram's secret_token header and rejects requests
without it; the token and the webhook secret appear in no log, exception, reply or repr."""

from __future__ import annotations

import asyncio
import logging
import socket

import httpx
import pytest
from fake_bot_api import (
    TEST_PATIENCE,
    TOKEN,
    FakeBotApi,
    FixedIndex,
    converse,
    private_message,
    replies,
)
from pydantic import SecretStr
from test_telegram import QUESTION, FakeAsk, only_reply

from bot import cli
from bot.settings import Settings
from bot.telegram import build_application, webhook_options

SECRET = "s3cret-webhook-token_0123456789"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def webhook_settings(api: FakeBotApi, port: int) -> Settings:
    return Settings(
        telegram_token=SecretStr(api.token),
        telegram_base_url=api.base_url,
        webhook_url="https://releasebot.example.org/telegram/updates",
        webhook_listen=f"127.0.0.1:{port}",
        webhook_secret=SecretStr(SECRET),
        allowed_chat_ids=[],
        admin_user_ids=[],
    )


def test_webhook_accepts_only_requests_with_telegrams_secret_token(caplog):
    caplog.set_level(logging.DEBUG)
    api = FakeBotApi()
    api.start()
    port = free_port()
    settings = webhook_settings(api, port)
    ask = FakeAsk()
    update = private_message(QUESTION)

    async def post_updates() -> list[int]:
        application = build_application(settings, ask, FixedIndex(), TEST_PATIENCE)
        options = webhook_options(settings)
        await application.initialize()
        await application.start()
        await application.updater.start_webhook(**options)
        url = f"http://127.0.0.1:{port}/telegram/updates"
        statuses = []
        try:
            async with httpx.AsyncClient() as client:
                for headers in (
                    {},
                    {"X-Telegram-Bot-Api-Secret-Token": "guessed-wrong-secret-123"},
                    {"X-Telegram-Bot-Api-Secret-Token": SECRET},
                ):
                    response = await client.post(
                        url, json={**update, "update_id": 1}, headers=headers
                    )
                    statuses.append(response.status_code)
            await asyncio.wait_for(application.update_queue.join(), 30)
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()
            api.stop()
        return statuses

    statuses = asyncio.run(post_updates())

    assert statuses == [403, 403, 200]
    assert ask.questions == [QUESTION]  # only the signed request was answered
    assert only_reply(api.calls).reply_to_message_id == update["message"]["message_id"]
    (registration,) = api.calls_to("setWebhook")
    assert registration.parameters["url"] == "https://releasebot.example.org/telegram/updates"
    assert registration.parameters["secret_token"] == SECRET
    assert SECRET not in caplog.text
    assert TOKEN not in caplog.text


@pytest.mark.parametrize(
    ("changes", "complaint"),
    [
        ({"webhook_url": None}, "needs RELEASEBOT_WEBHOOK_URL"),
        ({"webhook_url": "http://plain.example.org/x"}, "must be an https:// URL"),
        ({"webhook_secret": None}, "needs RELEASEBOT_WEBHOOK_SECRET"),
        ({"webhook_secret": SecretStr("short")}, "needs RELEASEBOT_WEBHOOK_SECRET"),
        ({"webhook_secret": SecretStr("x" * 20 + "!")}, "needs RELEASEBOT_WEBHOOK_SECRET"),
        ({"webhook_listen": "8443"}, "not host:port"),
        ({"webhook_listen": "0.0.0.0:http"}, "not host:port"),
    ],
)
def test_webhook_settings_that_do_not_make_a_webhook_are_named(changes, complaint):
    api = FakeBotApi()  # not started: only its URL is used
    settings = webhook_settings(api, 8443).model_copy(update=changes)

    with pytest.raises(ValueError, match=complaint):
        webhook_options(settings)


def test_run_webhook_without_a_secret_stops_before_connecting(monkeypatch, capsys):
    monkeypatch.setenv("RELEASEBOT_TELEGRAM_TOKEN", TOKEN)
    monkeypatch.setenv("RELEASEBOT_WEBHOOK_URL", "https://releasebot.example.org/tg")
    monkeypatch.delenv("RELEASEBOT_WEBHOOK_SECRET", raising=False)

    assert cli.main(["run", "--webhook"]) == cli.EXIT_USAGE
    assert "RELEASEBOT_WEBHOOK_SECRET" in capsys.readouterr().err


def test_secrets_are_hidden_in_the_settings_repr():
    settings = Settings(telegram_token=SecretStr(TOKEN), webhook_secret=SecretStr(SECRET))

    for shown in (repr(settings), str(settings), repr(settings.model_dump())):
        assert TOKEN not in shown and TOKEN.split(":")[1] not in shown
        assert SECRET not in shown


def test_the_token_is_not_in_the_bots_repr_nor_in_any_reply():
    api = FakeBotApi()
    settings = Settings(telegram_token=SecretStr(TOKEN), telegram_base_url=api.base_url)
    application = build_application(settings, FakeAsk(), FixedIndex(), TEST_PATIENCE)

    assert TOKEN.split(":")[1] not in repr(application.bot)
    assert TOKEN.split(":")[1] not in repr(application)

    calls = converse(
        FakeAsk(),
        private_message("/stats"),
        private_message("/help"),
        private_message(QUESTION),
        admin_user_ids=[4242],
    )
    assert all(TOKEN.split(":")[1] not in reply.text for each in calls for reply in replies(each))
    assert "Statistik" in only_reply(calls[0]).text
