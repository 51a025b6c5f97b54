"""A fake Telegram Bot API on 127.0.0.1, and a harness that runs the real bot against it.

The server answers getMe, deleteWebhook, setWebhook, getUpdates (long-polling the updates a test
pushes), sendMessage, sendChatAction, setMyCommands, answerCallbackQuery and
editMessageReplyMarkup, and records every call with its parameters.
It can fail calls the way the real one does — 429 with retry_after, 502, 503, a stalled answer, a
dropped connection — on demand (`fail_next`) or at random (`random_faults`); a failed call is
recorded with `delivered=False` and has no effect.

    async with running_bot(ask) as bot:            # inside a coroutine
        calls = await bot.send(private_message("Wer vertrat das Hauptzollamt?"))
        (reply,) = replies(calls)

    (calls,) = converse(ask, private_message("Wer vertrat das Hauptzollamt?"))   # in a sync test
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
import re
import sys
import threading
import time
import urllib.parse
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pydantic import SecretStr

from bot.delivery import Patience
from bot.live_index import Knowledge
from bot.settings import Settings
from bot.telegram import ALLOWED_UPDATES, Ask, ServedIndex, build_application

TOKEN = "123456789:fake-token-for-the-loopback-api"
BOT_USER = {
    "id": 123456789,
    "is_bot": True,
    "first_name": "Releasebot",
    "username": "releasebot_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
BOT_USERNAME = BOT_USER["username"]

PRIVATE_CHAT_ID = 1001
GROUP_CHAT_ID = -100200300
USER_ID = 4242

# Parameters the Bot API takes as plain strings; everything else arrives JSON-encoded.
_STRING_PARAMETERS = frozenset(
    {"text", "parse_mode", "action", "caption", "language_code", "callback_query_id"}
)


@dataclass(frozen=True)
class Fault:
    """How a Bot API call fails: an HTTP error answer, or no answer at all."""

    kind: str  # "429", "502", "503", "timeout" (stall, then drop) or "drop"
    retry_after: int = 1  # for 429
    stall_seconds: float = 1.0  # for "timeout": longer than the client's read timeout

    def response(self) -> tuple[int, dict] | None:
        """The error answer, or None when the connection is to be dropped without one."""
        if self.kind == "429":
            description = f"Too Many Requests: retry after {self.retry_after}"
            parameters = {"retry_after": self.retry_after}
            return 429, {
                "ok": False,
                "error_code": 429,
                "description": description,
                "parameters": parameters,
            }
        if self.kind in ("502", "503"):
            description = "Bad Gateway" if self.kind == "502" else "Service Unavailable"
            return int(self.kind), {
                "ok": False,
                "error_code": int(self.kind),
                "description": description,
            }
        return None


TOO_MANY_REQUESTS, BAD_GATEWAY, UNAVAILABLE = Fault("429"), Fault("502"), Fault("503")
DROPPED, STALLED = Fault("drop"), Fault("timeout")


@dataclass
class RandomFaults:
    """Each call to one of `methods` fails with probability `rate`, with one of `faults`."""

    rate: float
    faults: tuple[Fault, ...]
    methods: frozenset[str] = frozenset({"sendMessage", "getUpdates", "sendChatAction"})
    seed: int = 0

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def draw(self, method: str) -> Fault | None:
        if method not in self.methods or self._random.random() >= self.rate:
            return None
        return self._random.choice(self.faults)


@dataclass(frozen=True)
class ApiCall:
    method: str
    parameters: dict[str, Any]
    delivered: bool = True  # False: the call failed with an injected fault
    fault: Fault | None = None
    at: float = field(default_factory=time.monotonic, compare=False)  # when it arrived

    @property
    def text(self) -> str:
        return self.parameters.get("text", "")

    @property
    def reply_to_message_id(self) -> int | None:
        reply = self.parameters.get("reply_parameters") or {}
        return reply.get("message_id", self.parameters.get("reply_to_message_id"))


@dataclass
class FakeBotApi:
    """The Bot API's behaviour for one bot, served over loopback by a thread."""

    token: str = TOKEN
    calls: list[ApiCall] = field(default_factory=list)
    acknowledged_update_id: int = 0  # every update up to this one was fetched and confirmed
    random_faults: RandomFaults | None = None

    def __post_init__(self) -> None:
        self._pending: list[dict] = []
        self._chats: dict[int, dict] = {}
        self._message_ids = itertools.count(10_000)
        self._update_ids = itertools.count(1)
        self._changed = threading.Condition()
        self._closing = False
        self._planned_faults: dict[str, list[Fault]] = {}
        self._server = _LoopbackServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/bot"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        with self._changed:
            self._closing = True
            self._changed.notify_all()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def push_update(self, update: dict) -> int:
        """Queue an update (its update_id is assigned here) for the next getUpdates."""
        with self._changed:
            update = {**update, "update_id": next(self._update_ids)}
            message = next(
                (v for v in update.values() if isinstance(v, dict) and "chat" in v), None
            )
            if message:
                self._chats[message["chat"]["id"]] = message["chat"]
            self._pending.append(update)
            self._changed.notify_all()
            return update["update_id"]

    def calls_to(self, method: str) -> list[ApiCall]:
        with self._changed:
            return [call for call in self.calls if call.method == method]

    def delivered(self, method: str = "sendMessage") -> list[ApiCall]:
        """The calls to `method` that went through."""
        return [call for call in self.calls_to(method) if call.delivered]

    def fail_next(self, method: str, *faults: Fault) -> None:
        """The next calls to `method` fail with these faults, one each, in order."""
        with self._changed:
            self._planned_faults.setdefault(method, []).extend(faults)

    # --- the API methods, called from the server's threads --------------------------------

    def fault_for(self, method: str, parameters: dict[str, Any]) -> Fault | None:
        """The fault this call meets, if any; recorded as an undelivered call."""
        with self._changed:
            planned = self._planned_faults.get(method)
            fault = planned.pop(0) if planned else None
            if fault is None and self.random_faults is not None:
                fault = self.random_faults.draw(method)
            if fault is not None:
                self.calls.append(ApiCall(method, parameters, delivered=False, fault=fault))
            return fault

    def call(self, method: str, parameters: dict[str, Any]) -> tuple[int, dict]:
        if method == "sendMessage":
            sent = self._sent_message(parameters)
            with self._changed:  # recorded with the id Telegram gave the message
                self.calls.append(ApiCall(method, {**parameters, "message_id": sent["message_id"]}))
            return 200, {"ok": True, "result": sent}
        with self._changed:
            self.calls.append(ApiCall(method, parameters))
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(parameters)}
        if method == "getMe":
            return 200, {"ok": True, "result": BOT_USER}
        if method in (
            *("deleteWebhook", "setWebhook", "setMyCommands", "sendChatAction"),
            *("answerCallbackQuery", "editMessageReplyMarkup"),
        ):
            return 200, {"ok": True, "result": True}
        description = f"Not Found: the fake Bot API has no {method}"
        return 404, {"ok": False, "error_code": 404, "description": description}

    def _get_updates(self, parameters: dict[str, Any]) -> list[dict]:
        offset = int(parameters.get("offset") or 0)
        deadline = time.monotonic() + min(float(parameters.get("timeout") or 0), 1.0)
        with self._changed:
            if offset:
                self.acknowledged_update_id = max(self.acknowledged_update_id, offset - 1)
                self._pending = [u for u in self._pending if u["update_id"] >= offset]
                self._changed.notify_all()
            while not self._pending and not self._closing:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._changed.wait(remaining)
            return list(self._pending)

    def _sent_message(self, parameters: dict[str, Any]) -> dict:
        chat_id = int(parameters["chat_id"])
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chats.get(chat_id, {"id": chat_id, "type": "private"}),
            "from": BOT_USER,
            "text": parameters.get("text", ""),
        }


class _LoopbackServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a client that hung up is no error here
            super().handle_error(request, client_address)


def _handler_for(api: FakeBotApi) -> type[BaseHTTPRequestHandler]:
    class BotApiRequestHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as httpx expects

        def do_POST(self) -> None:  # noqa: N802 (the name http.server calls)
            prefix = f"/bot{api.token}/"
            if not self.path.startswith(prefix):
                self._respond(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                return
            method = self.path[len(prefix) :].split("?", 1)[0]
            parameters = self._parameters()
            fault = api.fault_for(method, parameters)
            if fault is None:
                self._respond(*api.call(method, parameters))
            elif fault.response() is not None:
                self._respond(*fault.response())
            else:  # no answer: stall if asked to, then close the connection
                time.sleep(fault.stall_seconds if fault.kind == "timeout" else 0)
                self.close_connection = True

        do_GET = do_POST  # noqa: N815

        def _parameters(self) -> dict[str, Any]:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else ""
            if self.headers.get("Content-Type", "").startswith("application/json"):
                return json.loads(body or "{}")
            query = urllib.parse.urlsplit(self.path).query
            pairs = urllib.parse.parse_qsl(query) + urllib.parse.parse_qsl(body)
            return {key: _decoded(key, value) for key, value in pairs}

        def _respond(self, status: int, body: dict) -> None:
            payload = json.dumps(body).encode()
            with contextlib.suppress(OSError):  # the bot may have given up on a long poll
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    return BotApiRequestHandler


def _decoded(key: str, value: str) -> Any:
    if key in _STRING_PARAMETERS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


# --- updates as Telegram sends them ------------------------------------------------------------

_message_ids = itertools.count(1)


def user(language_code: str | None = "de", user_id: int = USER_ID) -> dict:
    person = {"id": user_id, "is_bot": False, "first_name": "Erika"}
    return person if language_code is None else {**person, "language_code": language_code}


def private_chat(chat_id: int = PRIVATE_CHAT_ID) -> dict:
    return {"id": chat_id, "type": "private", "first_name": "Erika"}


def group_chat(chat_id: int = GROUP_CHAT_ID) -> dict:
    return {"id": chat_id, "type": "supergroup", "title": "Nachbarschaft"}


def message(
    text: str | None = None,
    *,
    chat: dict | None = None,
    sender: dict | None = None,
    **fields: Any,
) -> dict:
    """A message; commands and @mentions in `text` get their entities, as Telegram adds them."""
    body: dict[str, Any] = {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": chat or private_chat(),
        **fields,
    }
    if sender is not None:
        body["from"] = sender
    if text is not None:
        body["text"] = text
        entities = list(_entities(text))
        if entities:
            body["entities"] = entities
    return body


def private_message(text: str | None = None, *, language_code: str | None = "de", **fields) -> dict:
    """An update with a message from a user to the bot in their private chat."""
    return {"message": message(text, chat=private_chat(), sender=user(language_code), **fields)}


def group_message(
    text: str, *, chat_id: int = GROUP_CHAT_ID, language_code: str | None = "de"
) -> dict:
    return {"message": message(text, chat=group_chat(chat_id), sender=user(language_code))}


def button_press(reply: ApiCall, label: str, *, language_code: str | None = "de") -> dict:
    """An update: the user presses the button labelled `label` under the bot's message `reply`
    (a recorded sendMessage) in the private chat."""
    keyboard = reply.parameters["reply_markup"]["inline_keyboard"]
    data = next(b["callback_data"] for row in keyboard for b in row if b["text"] == label)
    sent = {
        "message_id": reply.parameters["message_id"],
        "date": int(time.time()),
        "chat": private_chat(int(reply.parameters["chat_id"])),
        "from": BOT_USER,
        "text": reply.text,
    }
    return {
        "callback_query": {
            "id": str(next(_message_ids)),
            "from": user(language_code),
            "chat_instance": "1",
            "message": sent,
            "data": data,
        }
    }


def _entities(text: str) -> Iterable[dict]:
    def utf16(position: int) -> int:
        return len(text[:position].encode("utf-16-le")) // 2

    for match in re.finditer(r"(?:^/[A-Za-z0-9_]+(?:@\w+)?)|(?<!\w)@\w{5,}", text):
        kind = "bot_command" if match[0].startswith("/") else "mention"
        offset = utf16(match.start())
        yield {"type": kind, "offset": offset, "length": utf16(match.end()) - offset}


def replies(calls: Iterable[ApiCall]) -> list[ApiCall]:
    """The messages the bot sent (and the API accepted)."""
    return [call for call in calls if call.method == "sendMessage" and call.delivered]


# --- the real Application against the fake API -------------------------------------------------


@dataclass
class RunningBot:
    api: FakeBotApi
    application: Any  # telegram.ext.Application

    async def send(self, update: dict, timeout: float = 60.0) -> list[ApiCall]:
        """Deliver an update and return the API calls the bot made while handling it.

        Returns once the Application has finished handling it (its update_queue has joined), so
        an empty list means the bot really did not answer."""
        first_call = len(self.api.calls)
        update_id = self.api.push_update(update)
        deadline = time.monotonic() + timeout
        # Once the bot confirms the update (next getUpdates offset), it is in the update queue.
        while self.api.acknowledged_update_id < update_id:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the bot did not fetch update {update_id} within {timeout}s")
            await asyncio.sleep(0.005)
        remaining = max(deadline - time.monotonic(), 0.01)
        await asyncio.wait_for(self.application.update_queue.join(), timeout=remaining)
        return [call for call in self.api.calls[first_call:] if call.method != "getUpdates"]

    async def send_all(self, updates: list[dict], timeout: float = 60.0) -> list[list[ApiCall]]:
        """Deliver the updates at once (handled concurrently, as a flood would be); per update,
        the messages the bot sent in reply to it."""
        first_call = len(self.api.calls)
        last = max(self.api.push_update(update) for update in updates)
        deadline = time.monotonic() + timeout
        while self.api.acknowledged_update_id < last:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the bot did not fetch update {last} within {timeout}s")
            await asyncio.sleep(0.005)
        remaining = max(deadline - time.monotonic(), 0.01)
        await asyncio.wait_for(self.application.update_queue.join(), timeout=remaining)
        sent = replies(self.api.calls[first_call:])
        return [
            [call for call in sent if call.reply_to_message_id == update["message"]["message_id"]]
            for update in updates
        ]


# Quick to notice a stalled call and quick to try again, so that fault tests take a second; no
# pause between messages to one chat (tests/test_delivery.py checks that pacing).
TEST_PATIENCE = Patience(read_timeout=0.5, first_backoff=0.05, max_backoff=0.2, chat_interval=0)


@dataclass
class FixedIndex:
    """An index that never changes: what /help tells, and no new build to pick up."""

    knowledge_of_it: Knowledge = field(default_factory=lambda: Knowledge(release_count=3))

    def knowledge(self) -> Knowledge:
        return self.knowledge_of_it

    def catalog(self):
        raise RuntimeError("a fixed index has no catalogue: use a LiveIndex over a real index")

    def refresh(self) -> bool:
        return False

    def rebuild(self):
        raise RuntimeError("a fixed index has no corpus to rebuild from")


@contextlib.asynccontextmanager
async def running_bot(
    ask: Ask,
    *,
    knowledge: Knowledge | None = None,
    index: ServedIndex | None = None,
    api: FakeBotApi | None = None,
    patience: Patience = TEST_PATIENCE,
    **settings: Any,
) -> AsyncIterator[RunningBot]:
    """The bot built by build_application, polling a fake Bot API (a fresh one unless a started
    one is given); both stopped afterwards. Other keyword arguments are settings
    (allowed_chat_ids, admin_user_ids, questions_per_minute, …)."""
    if api is None:
        api = FakeBotApi()
        api.start()
    configured = Settings(
        **{
            "telegram_token": SecretStr(api.token),
            "telegram_base_url": api.base_url,
            "allowed_chat_ids": [],
            "admin_user_ids": [],
            **settings,
        }
    )
    index = index or FixedIndex(knowledge or Knowledge(release_count=3))
    application = build_application(configured, ask, index, patience)
    try:
        await application.initialize()
        if application.post_init:
            await application.post_init(application)
        await application.start()
        await application.updater.start_polling(
            poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES
        )
        yield RunningBot(api, application)
    finally:
        if application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
        api.stop()


def converse_at_once(ask: Ask, *updates: dict, **options: Any) -> list[list[ApiCall]]:
    """Run the bot, deliver the updates all at once; the replies to each one."""

    async def conversation() -> list[list[ApiCall]]:
        async with running_bot(ask, **options) as bot:
            return await bot.send_all(list(updates))

    return asyncio.run(conversation())


def converse(ask: Ask, *updates: dict, **options: Any) -> list[list[ApiCall]]:
    """Run the bot, deliver the updates one after another; the API calls each one caused."""

    async def conversation() -> list[list[ApiCall]]:
        async with running_bot(ask, **options) as bot:
            return [await bot.send(update) for update in updates]

    return asyncio.run(conversation())
