"""The python-telegram-bot Application: thin handlers that read a message, ask, and reply.

Everything the bot says is built in bot.replies; the answering itself is the `ask` callable.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

from telegram import BotCommand, Chat, LinkPreviewOptions, Message, MessageEntity, Update
from telegram.constants import ChatAction
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.answer import Answer
from bot.replies import (
    COMMAND_DESCRIPTIONS,
    answer_reply,
    apology_reply,
    help_reply,
    language_for,
    refusal_reply,
    text_only_reply,
    usage_reply,
)
from bot.settings import Settings

logger = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE]  # edits and channel posts are never asked for
COMMANDS = ("start", "help", "ask")
TYPING_REFRESH_SECONDS = 4.5  # Telegram shows "typing…" for about five seconds
NO_LINK_PREVIEW = LinkPreviewOptions(is_disabled=True)


class _MentionsThisBot(filters.MessageFilter):
    """Messages with an @mention of this bot."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        return mentions_bot(message, message.get_bot().username)


MENTIONS_THIS_BOT = _MentionsThisBot(name="MENTIONS_THIS_BOT")


@dataclass(frozen=True)
class Knowledge:
    """What the index holds, for /help."""

    release_count: int
    first_date: dt.date | None = None
    last_date: dt.date | None = None


def build_application(
    settings: Settings, ask: Callable[[str], Answer], knowledge: Knowledge
) -> Application:
    """The bot, answering with `ask` (blocking; run in an executor) from what `knowledge` says."""
    if settings.telegram_token is None:
        raise ValueError("RELEASEBOT_TELEGRAM_TOKEN is not set: the bot needs its token to run.")
    token = settings.telegram_token.get_secret_value()
    keep_token_out_of_logs(token)
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_base_url)
        .rate_limiter(AIORateLimiter())
        .post_init(publish_commands)
        .build()
    )
    handlers = ReleaseBotHandlers(ask, knowledge)
    new_message = filters.UpdateType.MESSAGE
    if settings.allowed_chat_ids:
        outside = new_message & ~filters.Chat(chat_id=settings.allowed_chat_ids)
        application.add_handler(MessageHandler(outside, handlers.refuse), group=-1)
    application.add_handlers(
        [
            CommandHandler(("start", "help"), handlers.help, filters=new_message),
            CommandHandler("ask", handlers.ask_command, filters=new_message),
            MessageHandler(
                new_message & filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND,
                handlers.question,
            ),
            MessageHandler(
                new_message & filters.ChatType.GROUPS & filters.TEXT & MENTIONS_THIS_BOT,
                handlers.question,
            ),
            MessageHandler(new_message & filters.ChatType.PRIVATE & ~filters.TEXT, handlers.hint),
        ]
    )
    application.add_error_handler(handlers.apologise)
    return application


def run_polling(settings: Settings, ask: Callable[[str], Answer], knowledge: Knowledge) -> None:
    """Run the bot until interrupted (Ctrl-C or SIGTERM)."""
    application = build_application(settings, ask, knowledge)
    try:
        application.run_polling(allowed_updates=ALLOWED_UPDATES)
    except InvalidToken:  # its message would show the token
        raise InvalidToken(
            "Telegram rejected the bot token: check RELEASEBOT_TELEGRAM_TOKEN."
        ) from None


def keep_token_out_of_logs(token: str) -> None:
    """Silence httpx's request lines and redact the token from python-telegram-bot's records."""
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # PTB logs its API URL at DEBUG, and a rejected token at ERROR, with the token in them.
    ptb_loggers = [name for name in logging.root.manager.loggerDict if name.startswith("telegram")]
    for name in ["httpx", __name__, *ptb_loggers]:
        named_logger = logging.getLogger(name)
        if not any(
            isinstance(existing, TokenRedaction) and existing.token == token
            for existing in named_logger.filters
        ):
            named_logger.addFilter(TokenRedaction(token))


class TokenRedaction(logging.Filter):
    """Replaces the bot token in a log record's message and traceback."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "<token>"), ()
        if record.exc_info and not record.exc_text:
            traceback = logging.Formatter().formatException(record.exc_info)
            if self.token in traceback:
                record.exc_text = traceback.replace(self.token, "<token>")
        return True


async def publish_commands(application: Application) -> None:
    """The command menu, in German and for English-speaking users."""
    for language, commands in COMMAND_DESCRIPTIONS.items():
        await application.bot.set_my_commands(
            [BotCommand(command, description) for command, description in commands],
            language_code=None if language == "de" else language,
        )


@dataclass(frozen=True)
class ReleaseBotHandlers:
    """The handlers, bound to the pipeline they ask and what it knows."""

    ask: Callable[[str], Answer]
    knowledge: Knowledge

    async def help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        reply = help_reply(
            language_of(update),
            release_count=self.knowledge.release_count,
            first_date=self.knowledge.first_date,
            last_date=self.knowledge.last_date,
            bot_username=context.bot.username,
        )
        await send_reply(update.message, reply)

    async def ask_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        question = question_after_command(update.message.text, context.bot.username)
        if not question:
            await send_reply(update.message, usage_reply(language_of(update)))
            return
        await self.answer(update.message, question)

    async def question(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        question = question_without_mention(update.message.text, context.bot.username)
        if not question:
            await send_reply(update.message, usage_reply(language_of(update)))
            return
        await self.answer(update.message, question)

    async def hint(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await send_reply(update.message, text_only_reply(language_of(update)))

    async def refuse(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Outside the allowed chats: a polite refusal when spoken to, and nothing else runs."""
        if is_addressed_to_bot(update.message, context.bot.username):
            await send_reply(update.message, refusal_reply(language_of(update)))
        raise ApplicationHandlerStop

    async def apologise(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the error without secrets, apologise to the asker when there is one."""
        error = context.error
        update_id = update.update_id if isinstance(update, Update) else None
        logger.error("Could not handle update %s: %s: %s", update_id, type(error).__name__, error)
        logger.debug("Traceback of the error above", exc_info=error)
        if isinstance(update, Update) and update.message:
            with contextlib.suppress(TelegramError):
                await send_reply(update.message, apology_reply(language_of(update)))

    async def answer(self, message: Message, question: str) -> None:
        async with typing_in(message.chat):
            loop = asyncio.get_running_loop()
            answer = await loop.run_in_executor(None, self.ask, question)
        await send_reply(message, answer_reply(answer))


async def send_reply(message: Message, html: str) -> None:
    """One HTML message, as a reply to `message` (still sent if that was deleted meanwhile)."""
    await message.reply_html(
        html,
        do_quote=True,
        allow_sending_without_reply=True,
        link_preview_options=NO_LINK_PREVIEW,
    )


@contextlib.asynccontextmanager
async def typing_in(chat: Chat) -> AsyncIterator[None]:
    """Show "typing…" in the chat until the block is done; a failed chat action is no error."""

    async def keep_typing() -> None:
        while True:
            await asyncio.sleep(TYPING_REFRESH_SECONDS)
            with contextlib.suppress(TelegramError):
                await chat.send_action(ChatAction.TYPING)

    with contextlib.suppress(TelegramError):
        await chat.send_action(ChatAction.TYPING)
    refresher = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        refresher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await refresher


def language_of(update: Update) -> str:
    user = update.effective_user
    return language_for(user.language_code if user else None)


def question_after_command(text: str, bot_username: str) -> str:
    """'/ask@bot  Wer …?' → 'Wer …?'"""
    return question_without_mention(re.sub(r"^/\S*", "", text, count=1), bot_username)


def question_without_mention(text: str, bot_username: str) -> str:
    """The question with '@bot' taken out, and the punctuation that addressed it."""
    without = re.sub(rf"@{re.escape(bot_username)}\b", " ", text, flags=re.IGNORECASE)
    return " ".join(without.split()).strip(" ,:;")


def mentions_bot(message: Message, bot_username: str) -> bool:
    mentions = message.parse_entities([MessageEntity.MENTION]).values()
    return any(mention.lower() == f"@{bot_username.lower()}" for mention in mentions)


def is_command_for_bot(message: Message, bot_username: str) -> bool:
    """/start, /help or /ask, bare or addressed to this bot (not /ask@some_other_bot)."""
    match = re.match(r"/([A-Za-z0-9_]+)(?:@(\w+))?(?:\s|$)", message.text or "")
    if not match or match[1].lower() not in COMMANDS:
        return False
    return match[2] is None or match[2].lower() == bot_username.lower()


def is_addressed_to_bot(message: Message, bot_username: str) -> bool:
    return (
        message.chat.type == Chat.PRIVATE
        or is_command_for_bot(message, bot_username)
        or mentions_bot(message, bot_username)
    )
