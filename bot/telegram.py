"""The python-telegram-bot Application: thin handlers that read a message, ask, and reply.

Everything the bot says is built in bot.replies; the answering itself is the `ask` callable;
sending within Telegram's limits and retrying is bot.delivery; the index it answers from (and
picks up anew) is a ServedIndex, in the bot a bot.live_index.LiveIndex.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import re
import time
import urllib.parse
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from telegram import (
    BotCommand,
    CallbackQuery,
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatAction
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ExtBot,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.answer import Answer
from bot.catalog import Catalog
from bot.delivery import DEFAULT_PATIENCE, Patience, PatientRateLimiter
from bot.feedback import FeedbackStore, Vote
from bot.followup import RecentReleases
from bot.limits import QUESTION_MAX_CHARS, RateLimit
from bot.live_index import Knowledge
from bot.replies import (
    BUTTONS,
    COMMAND_DESCRIPTIONS,
    admins_only_reply,
    answer_gone_text,
    answer_reply,
    apology_reply,
    forgotten_reply,
    further_reply,
    help_reply,
    language_for,
    language_reply,
    latest_reply,
    privacy_reply,
    rebuild_failed_reply,
    rebuild_running_reply,
    rebuilt_reply,
    refusal_reply,
    refusal_text,
    release_gone_text,
    release_messages,
    search_reply,
    slow_down_reply,
    slow_down_text,
    sources_reply,
    stats_reply,
    text_only_reply,
    thanks_text,
    too_long_reply,
    unknown_command_reply,
    usage_reply,
    vote_failed_text,
)
from bot.settings import Settings
from bot.shown_answers import ShownAnswer, ShownAnswers
from index.build import BuildSummary
from index.cache import RebuildRunning
from index.feeds import FetchRunning, fetch_feeds
from index.language import detect_language

logger = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]  # not edits, not channel posts
COMMANDS = (
    *("start", "help", "ask", "latest", "search", "sources", "language"),
    *("privacy", "forget", "stats", "reindex"),
)
# The buttons under an answer send "<action>:<answer id>"; votes are +1 and -1.
SOURCE, MORE, UP, DOWN = "source", "more", "up", "down"
VOTES = {UP: 1, DOWN: -1}
TYPING_REFRESH_SECONDS = 4.5  # Telegram shows "typing…" for about five seconds
NO_LINK_PREVIEW = LinkPreviewOptions(is_disabled=True)
# Updates handled at once: asks are CPU work in the executor, so a few run side by side while
# quick replies (help, refusals, slow-downs) and Bot API retries do not queue behind them.
CONCURRENT_UPDATES = 16

# ask(question, previous_release_id): the answer, given the release of the chat's last answer.
Ask = Callable[[str, str | None], Answer]


class ServedIndex(Protocol):
    """The index side of the bot: what it holds, and how to pick up or make a new build.
    refresh and rebuild block, and are run in the executor."""

    def knowledge(self) -> Knowledge: ...

    def catalog(self) -> Catalog: ...

    def refresh(self) -> bool: ...

    def rebuild(self) -> BuildSummary: ...


@dataclass(frozen=True)
class FeedSource:
    """Where the feed job fetches from, and into which corpus folder."""

    urls: tuple[str, ...]
    corpus_dir: Path


class TokenlessReprBot(ExtBot):
    """python-telegram-bot's bot; its repr (so the Application's) shows the id, not the token."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}[id={self.token.split(':', 1)[0]}]"


class _MentionsThisBot(filters.MessageFilter):
    """Messages with an @mention of this bot."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        return mentions_bot(message, message.get_bot().username)


MENTIONS_THIS_BOT = _MentionsThisBot(name="MENTIONS_THIS_BOT")


def build_application(
    settings: Settings, ask: Ask, index: ServedIndex, patience: Patience = DEFAULT_PATIENCE
) -> Application:
    """The bot, answering with `ask` (blocking; run in an executor) from `index`, which it
    polls for a new build every settings.index_poll_seconds."""
    if settings.telegram_token is None:
        raise ValueError("RELEASEBOT_TELEGRAM_TOKEN is not set: the bot needs its token to run.")
    token = settings.telegram_token.get_secret_value()
    webhook_secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    keep_secrets_out_of_logs(token, webhook_secret)
    bot = TokenlessReprBot(
        token,
        base_url=settings.telegram_base_url,
        request=HTTPXRequest(connection_pool_size=256, read_timeout=patience.read_timeout),
        get_updates_request=HTTPXRequest(read_timeout=patience.read_timeout),
        rate_limiter=PatientRateLimiter(patience),
    )
    application = (
        ApplicationBuilder()
        .bot(bot)
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(publish_commands)
        .build()
    )
    handlers = ReleaseBotHandlers(
        ask,
        index,
        admin_user_ids=frozenset(settings.admin_user_ids),
        allowed_chat_ids=frozenset(settings.allowed_chat_ids),
        questions=RateLimit(settings.questions_per_minute),
        other_messages=RateLimit(settings.questions_per_minute),
        feedback=FeedbackStore(settings.feedback_db),
    )
    new_message = filters.UpdateType.MESSAGE
    if settings.allowed_chat_ids:
        outside = new_message & ~filters.Chat(chat_id=settings.allowed_chat_ids)
        if settings.admin_user_ids:  # admins are answered everywhere
            outside &= ~filters.User(user_id=settings.admin_user_ids)
        application.add_handler(MessageHandler(outside, handlers.refuse), group=-1)
    application.add_handlers(
        [
            CommandHandler(("start", "help"), handlers.help, filters=new_message),
            CommandHandler("ask", handlers.ask_command, filters=new_message),
            CommandHandler("latest", handlers.latest, filters=new_message),
            CommandHandler("search", handlers.search, filters=new_message),
            CommandHandler("sources", handlers.sources, filters=new_message),
            CommandHandler("language", handlers.language, filters=new_message),
            CommandHandler("privacy", handlers.privacy, filters=new_message),
            CommandHandler("forget", handlers.forget, filters=new_message),
            CommandHandler("stats", handlers.stats, filters=new_message),
            CommandHandler("reindex", handlers.reindex, filters=new_message),
            MessageHandler(
                new_message & filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND,
                handlers.question,
            ),
            MessageHandler(
                new_message & filters.ChatType.GROUPS & filters.TEXT & MENTIONS_THIS_BOT,
                handlers.question,
            ),
            MessageHandler(new_message & filters.ChatType.PRIVATE & ~filters.TEXT, handlers.hint),
            MessageHandler(
                new_message & filters.ChatType.PRIVATE & filters.COMMAND, handlers.unknown_command
            ),
            CallbackQueryHandler(handlers.button),
        ]
    )
    application.add_error_handler(handlers.apologise)
    if application.job_queue is not None and settings.feed_urls and settings.feed_refresh_minutes:
        application.job_queue.run_repeating(
            handlers.refresh_feeds,
            interval=settings.feed_refresh_minutes * 60,
            first=1,
            name="refresh feeds",
            data=FeedSource(tuple(settings.feed_urls), settings.corpus_dir),
        )
    if application.job_queue is not None and settings.index_poll_seconds > 0:
        logging.getLogger("apscheduler").setLevel(logging.WARNING)  # two lines a poll at INFO
        application.job_queue.run_repeating(
            handlers.refresh_index,
            interval=settings.index_poll_seconds,
            first=settings.index_poll_seconds,
            name="refresh index",
        )
    return application


def run(settings: Settings, ask: Ask, index: ServedIndex, *, webhook: bool = False) -> None:
    """Run the bot until interrupted (Ctrl-C or SIGTERM, after the answers in flight are sent):
    long polling, or a webhook server when `webhook`."""
    options = webhook_options(settings) if webhook else None  # complain before connecting
    application = build_application(settings, ask, index)
    try:
        if options is None:
            application.run_polling(allowed_updates=ALLOWED_UPDATES)
        else:
            application.run_webhook(**options)
    except InvalidToken:  # its message would show the token
        raise InvalidToken(
            "Telegram rejected the bot token: check RELEASEBOT_TELEGRAM_TOKEN."
        ) from None


def webhook_options(settings: Settings) -> dict:
    """Application.run_webhook's (and Updater.start_webhook's) arguments from the settings;
    ValueError with a sentence for the operator when they do not make a webhook."""
    if not settings.webhook_url:
        raise ValueError(
            "webhook mode needs RELEASEBOT_WEBHOOK_URL, e.g. https://bot.example.org/tg"
        )
    url = urllib.parse.urlsplit(settings.webhook_url)
    if url.scheme != "https" or not url.hostname:
        raise ValueError("RELEASEBOT_WEBHOOK_URL must be an https:// URL (Telegram requires it)")
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    if not re.fullmatch(r"[A-Za-z0-9_-]{16,256}", secret):
        raise ValueError(
            "webhook mode needs RELEASEBOT_WEBHOOK_SECRET: 16 to 256 characters of A-Z, a-z, "
            "0-9, _ and - (Telegram sends it with every update; requests without it are refused)"
        )
    host, _, port = settings.webhook_listen.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(
            f"RELEASEBOT_WEBHOOK_LISTEN is {settings.webhook_listen!r}, not host:port "
            "(e.g. 0.0.0.0:8443)"
        )
    return {
        "listen": host.strip("[]"),
        "port": int(port),
        "url_path": url.path.strip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": secret,
        "allowed_updates": ALLOWED_UPDATES,
    }


def keep_secrets_out_of_logs(*secrets: str) -> None:
    """Silence httpx's request lines and redact the secrets from python-telegram-bot's records."""
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # PTB logs its API URL and each call's parameters (setWebhook's secret_token) at DEBUG, and a
    # rejected token at ERROR.
    secrets = tuple(secret for secret in secrets if secret)
    ours = [n for n in logging.root.manager.loggerDict if n.startswith(("telegram", "bot."))]
    for name in ["httpx", __name__, *ours]:
        named_logger = logging.getLogger(name)
        if not any(
            isinstance(existing, SecretRedaction) and existing.secrets == secrets
            for existing in named_logger.filters
        ):
            named_logger.addFilter(SecretRedaction(secrets))


class SecretRedaction(logging.Filter):
    """Replaces the bot token (and the webhook secret) in a log record's message and traceback."""

    def __init__(self, secrets: tuple[str, ...]) -> None:
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            record.msg, record.args = self._redacted(message), ()
        if record.exc_info and not record.exc_text:
            traceback = logging.Formatter().formatException(record.exc_info)
            if any(secret in traceback for secret in self.secrets):
                record.exc_text = self._redacted(traceback)
        return True

    def _redacted(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<secret>")
        return text


async def publish_commands(application: Application) -> None:
    """The command menu in German and in English, each for users of that language, and German
    for everyone else."""
    for language_code in (None, *COMMAND_DESCRIPTIONS):
        commands = COMMAND_DESCRIPTIONS[language_code or "de"]
        await application.bot.set_my_commands(
            [BotCommand(command, description) for command, description in commands],
            language_code=language_code,
        )


class ReleaseBotHandlers:
    """The handlers, bound to the pipeline they ask, the index it answers from, and the limits
    and per-chat memory of the running bot."""

    def __init__(
        self,
        ask: Ask,
        index: ServedIndex,
        *,
        admin_user_ids: frozenset[int],
        allowed_chat_ids: frozenset[int] = frozenset(),
        questions: RateLimit,
        other_messages: RateLimit,
        feedback: FeedbackStore,
        recent: RecentReleases | None = None,
    ) -> None:
        self.ask, self.index = ask, index
        self.admin_user_ids, self.allowed_chat_ids = admin_user_ids, allowed_chat_ids
        self.questions, self.other_messages = questions, other_messages
        self.feedback = feedback
        self.recent = recent or RecentReleases()
        self.shown = ShownAnswers()
        self.languages: dict[int, str] = {}  # user id -> language chosen with /language
        self.answers_served = 0
        self.started_at = dt.datetime.now(dt.UTC)
        self._slowed: set[tuple[str, object]] = set()  # told to slow down, not yet let in again

    async def help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await self._within(self.other_messages, update):
            return
        knowledge = self.index.knowledge()
        reply = help_reply(
            self.language_of(update),
            release_count=knowledge.release_count,
            first_date=knowledge.first_date,
            last_date=knowledge.last_date,
            bot_username=context.bot.username,
        )
        await send_reply(update.message, reply)

    async def ask_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        question = question_after_command(update.message.text, context.bot.username)
        await self._question(update, question)

    async def question(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        question = question_without_mention(update.message.text, context.bot.username)
        await self._question(update, question)

    async def hint(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self._within(self.other_messages, update):
            await send_reply(update.message, text_only_reply(self.language_of(update)))

    async def privacy(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self._within(self.other_messages, update):
            await send_reply(update.message, privacy_reply(self.language_of(update)))

    async def forget(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Drop the chat's follow-up context. Rate-limit counts stay (else /forget would undo the
        limit) and run empty within a minute; log lines are the operator's, without question text.
        """
        self.recent.forget(update.message.chat_id)
        if await self._within(self.other_messages, update):
            await send_reply(update.message, forgotten_reply(self.language_of(update)))

    async def unknown_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self._within(self.other_messages, update):
            await send_reply(update.message, unknown_command_reply(self.language_of(update)))

    async def refuse(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Outside the allowed chats: a polite refusal when spoken to, and nothing else runs."""
        if is_addressed_to_bot(update.message, context.bot.username) and await self._within(
            self.other_messages, update
        ):
            await send_reply(update.message, refusal_reply(self.language_of(update)))
        raise ApplicationHandlerStop

    async def stats(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await self._admin(update):
            return
        knowledge = self.index.knowledge()
        reply = stats_reply(
            self.language_of(update),
            release_count=knowledge.release_count,
            passage_count=knowledge.passage_count,
            first_date=knowledge.first_date,
            last_date=knowledge.last_date,
            built_at=knowledge.built_at,
            encoder=knowledge.encoder,
            answers_served=self.answers_served,
            started_at=self.started_at,
        )
        await send_reply(update.message, reply)

    async def reindex(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Rebuild the index from the corpus folder (off the event loop) and answer from it."""
        if not await self._admin(update):
            return
        language = self.language_of(update)
        async with typing_in(update.message.chat):
            try:
                summary = await in_executor(self.index.rebuild)
            except RebuildRunning:
                reply = rebuild_running_reply(language)
            except Exception as error:  # the old index stays; the admin is told why
                logger.warning("/reindex failed, the previous index stays: %s", error)
                logger.debug("Traceback of the failed rebuild", exc_info=error)
                reply = rebuild_failed_reply(language, str(error))
            else:
                reply = rebuilt_reply(
                    language,
                    releases=summary.releases,
                    passages=summary.passages,
                    skipped=[str(problem) for problem in summary.problems],
                    seconds=summary.seconds,
                )
        await send_reply(update.message, reply)

    async def refresh_index(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The polling job: pick up a build that another process swapped into the folder."""
        try:
            await in_executor(self.index.refresh)
        except Exception as error:  # the current index stays; look again next time
            logger.warning("Could not look for a new index: %s: %s", type(error).__name__, error)

    async def refresh_feeds(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The feed job: fetch new releases into the corpus folder; when there are any, rebuild
        (incrementally) and answer from the new index."""
        source: FeedSource = context.job.data
        try:
            report = await in_executor(fetch_feeds, source.urls, source.corpus_dir)
        except FetchRunning:
            logger.info("feeds not fetched: another fetch into %s is running", source.corpus_dir)
            return
        for problem in report.problems:
            logger.warning("feed refresh: %s", problem)
        logger.info("feed refresh: %s", report.summary)
        if not report.added:
            return
        try:
            summary = await in_executor(self.index.rebuild)
        except RebuildRunning:  # that rebuild, or the next refresh, picks the new files up
            logger.info("new releases fetched; a rebuild is already running")
        except Exception as error:  # the old index stays; the next refresh tries again
            logger.warning("rebuild after the feed refresh failed, old index kept: %s", error)
        else:
            logger.info("rebuilt after the feed refresh: %d releases", summary.releases)

    async def apologise(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the error without secrets; apologise to the asker when there is one and the
        failure was ours, not Telegram's (then an apology would fail the same way)."""
        error = context.error
        update_id = update.update_id if isinstance(update, Update) else None
        logger.error("Could not handle update %s: %s: %s", update_id, type(error).__name__, error)
        logger.debug("Traceback of the error above", exc_info=error)
        if isinstance(update, Update) and update.message and not isinstance(error, TelegramError):
            with contextlib.suppress(TelegramError):
                await send_reply(update.message, apology_reply(self.language_of(update)))

    async def latest(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/latest [place]: the newest releases."""
        if not await self._within(self.other_messages, update):
            return
        place = " ".join(context.args or [])
        listing = await in_executor(self.index.catalog().latest, place)
        await send_reply(update.message, latest_reply(listing, place, self.language_of(update)))

    async def search(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/search <words>: the releases with these words, newest first."""
        if not await self._within(self.other_messages, update):
            return
        words = " ".join(context.args or [])
        listing = await in_executor(self.index.catalog().search, words)
        await send_reply(update.message, search_reply(listing, words, self.language_of(update)))

    async def sources(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/sources: each publisher with its number of releases and their dates."""
        if not await self._within(self.other_messages, update):
            return
        catalog = self.index.catalog()
        publishers = await in_executor(lambda: catalog.publishers)
        await send_reply(update.message, sources_reply(publishers, self.language_of(update)))

    async def language(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/language de|en: the language of the bot's own words for this user."""
        if not await self._within(self.other_messages, update):
            return
        chosen = (context.args or [""])[0].lower()[:2]
        user = update.effective_user
        if chosen in COMMAND_DESCRIPTIONS and user is not None:
            self.languages[user.id] = chosen
        await send_reply(
            update.message,
            language_reply(self.language_of(update), changed=chosen in COMMAND_DESCRIPTIONS),
        )

    async def button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A button under an answer: its source in full, more releases, or a vote."""
        query = update.callback_query
        action, _, answer_id = (query.data or "").partition(":")
        shown = self.shown.get(answer_id)
        language = self.language_of(update)
        if not self._may_press(update):
            await query.answer(refusal_text(language), show_alert=True)
            return
        # a message older than 48 hours comes back without its content: nothing to reply to
        if shown is None or action not in (SOURCE, MORE, *VOTES) or not query.message.is_accessible:
            await query.answer(answer_gone_text(language), show_alert=True)
            return
        if not self.other_messages.allow(sender_key(update)):
            await query.answer(slow_down_text(language, self.other_messages.per_minute))
            return
        if action in VOTES:
            await self._vote(query, shown, answer_id, VOTES[action])
        elif action == SOURCE:
            await self._show_source(query, shown)
        else:
            await self._show_more(query, shown)

    async def _show_source(self, query: CallbackQuery, shown: ShownAnswer) -> None:
        release_id = shown.answer.sources[0].release.release_id
        release = self.index.catalog().release(release_id)
        if release is None:  # withdrawn since the answer was given
            await query.answer(release_gone_text(shown.language), show_alert=True)
            return
        await query.answer()
        for text in release_messages(release, shown.language):
            await send_reply(query.message, text)

    async def _show_more(self, query: CallbackQuery, shown: ShownAnswer) -> None:
        await query.answer()
        shown_release = shown.answer.sources[0].release.release_id
        catalog = self.index.catalog()
        matches = await in_executor(catalog.further, shown.answer.question, shown_release)
        await send_reply(query.message, further_reply(matches, shown.language))

    async def _vote(
        self, query: CallbackQuery, shown: ShownAnswer, answer_id: str, vote: int
    ) -> None:
        answer, release = shown.answer, shown.answer.sources[0].release
        ballot = Vote(
            vote=vote,
            question=answer.question,
            answer=answer.excerpt or "",
            release_id=release.release_id,
            release_title=release.title,
            language=answer.language,
            voted_at=dt.datetime.now(dt.UTC),
        )
        try:
            await in_executor(self.feedback.record, ballot, answer_id, query.from_user.id)
        except Exception as error:  # a full disk or a broken file: the chat goes on
            logger.warning("Could not store a vote in %s: %s", self.feedback.path, error)
            await query.answer(vote_failed_text(shown.language), show_alert=True)
            return
        await query.answer(thanks_text(shown.language))
        with contextlib.suppress(TelegramError):  # the mark is a nicety
            await query.edit_message_reply_markup(
                answer_keyboard(answer_id, shown.language, voted=vote)
            )

    def _may_press(self, update: Update) -> bool:
        user, chat = update.effective_user, update.effective_chat
        return (
            not self.allowed_chat_ids
            or (chat is not None and chat.id in self.allowed_chat_ids)
            or (user is not None and user.id in self.admin_user_ids)
        )

    def language_of(self, update: Update, question: str | None = None) -> str:
        """The language of the bot's words for this sender: chosen with /language, else the
        question's, else Telegram's language_code."""
        user = update.effective_user
        if user is not None and user.id in self.languages:
            return self.languages[user.id]
        if question:
            return detect_language(question)
        return language_for(user.language_code if user else None)

    async def _question(self, update: Update, question: str) -> None:
        message, language = update.message, self.language_of(update, question)
        if not question:
            if await self._within(self.other_messages, update):
                await send_reply(message, usage_reply(language))
            return
        if not await self._within(self.questions, update):
            return
        if len(question) > QUESTION_MAX_CHARS:
            await send_reply(message, too_long_reply(language, len(question), QUESTION_MAX_CHARS))
            return
        started = time.perf_counter()
        previous_release_id = self.recent.recall(message.chat_id)
        async with typing_in(message.chat):
            answer = await in_executor(self.ask, question, previous_release_id)
        keyboard = None
        if not answer.declined:
            answer_id = self.shown.add(ShownAnswer(answer, language))
            keyboard = answer_keyboard(answer_id, language)
        await send_reply(message, answer_reply(answer, language), keyboard)
        self.answers_served += 1
        if answer.sources:
            self.recent.remember(message.chat_id, answer.sources[0].release.release_id)
        log_answer(message, answer, time.perf_counter() - started, previous_release_id)

    async def _within(self, limit: RateLimit, update: Update) -> bool:
        """Whether the sender may be answered now; tells them once to slow down when not."""
        sender = (id(limit), sender_key(update))
        if limit.allow(sender[1]):
            self._slowed.discard(sender)
            return True
        if sender not in self._slowed:
            self._slowed.add(sender)
            await send_reply(
                update.message, slow_down_reply(self.language_of(update), limit.per_minute)
            )
        return False

    async def _admin(self, update: Update) -> bool:
        """Whether the sender is an admin; a polite refusal when not."""
        user = update.effective_user
        if user is not None and user.id in self.admin_user_ids:
            return True
        if await self._within(self.other_messages, update):
            await send_reply(update.message, admins_only_reply(self.language_of(update)))
        return False


def answer_keyboard(
    answer_id: str, language: str, voted: int | None = None
) -> InlineKeyboardMarkup:
    """Under an answer: its source in full, more releases, and a vote (marked once given)."""
    labels = BUTTONS[language_for(language)]

    def button(action: str) -> InlineKeyboardButton:
        label = labels[action]
        if voted is not None and VOTES.get(action) == voted:
            label = f"{label} ✓"
        return InlineKeyboardButton(label, callback_data=f"{action}:{answer_id}")

    return InlineKeyboardMarkup([[button(SOURCE), button(MORE)], [button(UP), button(DOWN)]])


async def in_executor(function: Callable, *args: object):
    """Run blocking work (search, disk) off the event loop."""
    return await asyncio.get_running_loop().run_in_executor(None, function, *args)


def sender_key(update: Update) -> object:
    """Whom a rate limit counts: the user, or for anonymous senders the chat they speak as."""
    if update.effective_user is not None:
        return update.effective_user.id
    message = update.message
    return ("chat", message.sender_chat.id if message.sender_chat else message.chat_id)


def log_answer(
    message: Message, answer: Answer, seconds: float, previous_release_id: str | None
) -> None:
    """One line per answered question, for operators: no question text, no token."""
    record = {
        "chat": message.chat_id,
        "message": message.message_id,
        "latency_ms": round(seconds * 1000),
        "confidence": round(answer.confidence, 3),
        "declined": answer.declined,
        "releases": [source.release.release_id for source in answer.sources],
        "follow_up": previous_release_id is not None,
    }
    logger.info("answered %s", json.dumps(record, ensure_ascii=False))


async def send_reply(
    message: Message, html: str, keyboard: InlineKeyboardMarkup | None = None
) -> None:
    """One HTML message, as a reply to `message` (still sent if that was deleted meanwhile)."""
    await message.reply_html(
        html,
        do_quote=True,
        allow_sending_without_reply=True,
        link_preview_options=NO_LINK_PREVIEW,
        reply_markup=keyboard,
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
