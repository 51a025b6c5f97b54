"""The odd and hostile messages a public bot receives, each with what the bot should do: used by
tests/test_hostile_input.py (in process) and bench/load.py (against `releasebot run`), whose
results are listed in docs/reliability.md. Each comes from its own person and chat, so that the
per-person rate limit does not hide an outcome."""

from __future__ import annotations

from dataclasses import dataclass

from fake_bot_api import BOT_USERNAME, group_chat, message, private_chat, user

QUESTION = "Wer vertrat das Hauptzollamt?"
STICKER = {
    "file_id": "s1",
    "file_unique_id": "u1",
    "type": "regular",
    "width": 512,
    "height": 512,
    "is_animated": False,
    "is_video": False,
}

PHOTO = {"file_id": "p1", "file_unique_id": "u2", "width": 90, "height": 90}
VOICE = {"file_id": "v1", "file_unique_id": "u3", "duration": 3}
DOCUMENT = {"file_id": "d1", "file_unique_id": "u4", "file_name": "frage.pdf"}


@dataclass(frozen=True)
class HostileInput:
    label: str
    kind: str  # "text", "edited", "channel", "group", "no-sender", "sticker", …
    text: str | None = None
    content: dict | None = None  # a non-text message's content
    answered: bool = True  # whether the bot should reply (private chats and where it was asked)

    def update(self, number: int) -> dict:
        """The update Telegram would send, from person and chat 9000 + number."""
        person, chat = user(user_id=9000 + number), private_chat(9000 + number)
        if self.kind == "edited":
            return {"edited_message": message(self.text, chat=chat, sender=person, edit_date=1)}
        if self.kind == "channel":
            channel = {"id": -1009000 - number, "type": "channel", "title": "Kanal"}
            return {"channel_post": message(self.text, chat=channel)}
        if self.kind == "group":
            group = group_chat(-1008000 - number)
            return {"message": message(self.text, chat=group, sender=person)}
        if self.kind == "no-sender":
            return {"message": message(self.text, chat=group_chat(-1007000 - number))}
        return {"message": message(self.text, chat=chat, sender=person, **(self.content or {}))}


HOSTILE_INPUTS = [
    HostileInput("empty /ask", "text", "/ask"),
    HostileInput("/ask with only spaces", "text", "/ask      "),
    HostileInput("only whitespace and zero-width spaces", "text", " \u200b \u200b "),
    HostileInput(
        "a 4,096-character paste", "text", ("Polizei Hamm Sicherheitskonferenz " * 130)[:4096]
    ),
    HostileInput("one 4,096-character word", "text", "a" * 4096),
    HostileInput("2,048 emoji (4,096 UTF-16 units, as Telegram counts)", "text", "😀" * 2048),
    HostileInput("HTML tags", "text", "<b>Wer</b> vertrat </a> das <i>Hauptzollamt</i>?"),
    HostileInput(
        "a script tag and entities", "text", "<script>alert('x')</script> &amp; &lt; & Hauptzollamt"
    ),
    HostileInput(
        "an HTML link", "text", '<a href="javascript:alert(1)">Wer</a> vertrat das Hauptzollamt?'
    ),
    HostileInput(
        "Markdown syntax", "text", "**Wer** _vertrat_ `das` [Hauptzollamt](http://x.y) ~~?~~"
    ),
    HostileInput("emoji", "text", "👮‍♂️🚓 Wer vertrat das Hauptzollamt? 🤔🇩🇪"),
    HostileInput("right-to-left override", "text", "\u202eWer vertrat das Hauptzollamt?\u202c"),
    HostileInput("Arabic", "text", "من مثل مكتب الجمارك في هام؟"),
    HostileInput(
        "zero-width characters inside words",
        "text",
        "Wer\u200b vertrat\u200d das\ufeff Haupt\u200bzollamt?",
    ),
    HostileInput("combining accents", "text", "We\u0301r ve\u0301rtrat das Hauptzollamt?"),
    HostileInput("French", "text", "Qui représentait le bureau des douanes ?"),
    HostileInput("Russian", "text", "Кто представлял таможню?"),
    HostileInput("Chinese", "text", "谁代表了海关？"),
    HostileInput("only punctuation", "text", "?!?!… &&& <<<>>>"),
    HostileInput(
        "a NUL and control characters", "text", "Wer\x00 vertrat\x07 das\x1b[31m Hauptzollamt?"
    ),
    HostileInput("SQL and shell injection", "text", "'; DROP TABLE releases; -- $(rm -rf /) `id`"),
    HostileInput("format strings", "text", "%s %d {0} {question!r} ${HOME} Hauptzollamt"),
    HostileInput("only a number", "text", "110"),
    HostileInput("an unknown command", "text", "/foo bar"),
    HostileInput("/start with arguments", "text", "/start payload-123"),
    HostileInput("/help@another_bot in the private chat", "text", "/help@other_bot"),
    HostileInput(
        "/ask@another_bot in a group", "group", f"/ask@other_bot {QUESTION}", answered=False
    ),
    HostileInput("admin command from a non-admin", "text", "/reindex"),
    HostileInput("a sticker", "sticker", content={"sticker": STICKER}),
    HostileInput("a photo", "photo", content={"photo": [PHOTO]}),
    HostileInput(
        "a photo with a question as caption",
        "photo",
        content={"caption": QUESTION, "photo": [PHOTO]},
    ),
    HostileInput("a voice message", "voice", content={"voice": VOICE}),
    HostileInput("a document", "document", content={"document": DOCUMENT}),
    HostileInput(
        "a location", "location", content={"location": {"latitude": 51.68, "longitude": 7.82}}
    ),
    HostileInput("an edited message", "edited", QUESTION, answered=False),
    HostileInput("a channel post", "channel", f"/ask {QUESTION}", answered=False),
    HostileInput(
        "a group message without a mention", "group", f"<b>{QUESTION}</b> &", answered=False
    ),
    HostileInput(
        "a group message mentioning the bot, with HTML",
        "group",
        f"@{BOT_USERNAME} <b>{QUESTION}</b> &",
    ),
    HostileInput("a group /ask from no sender (anonymous admin)", "no-sender", f"/ask {QUESTION}"),
]
