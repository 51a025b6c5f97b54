"""releasebot rebuild | ask | run | health | fetch: settings are read once here and passed on."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sqlite3
import sys
from dataclasses import asdict
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from bot.answer import Answer, answer_question
from bot.feedback import FeedbackStore
from bot.replies import declined_text, format_date, not_known_text
from bot.settings import Settings
from index.build import rebuild_index
from index.encoders import EncoderError, load_encoder
from index.feeds import FetchRunning, fetch_feeds
from index.search import Searcher
from index.store import IndexUnusable, load_index

EXIT_PROBLEMS = 1  # something was skipped or failed
EXIT_USAGE = 2  # the command cannot run as configured
EXIT_UNHEALTHY = 1  # releasebot health: what Docker's HEALTHCHECK reads as unhealthy

GERMANY = ZoneInfo("Europe/Berlin")
err = Console(stderr=True, highlight=False, soft_wrap=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("httpx").setLevel(
        logging.WARNING
    )  # it logs request URLs, which hold the token
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    settings = Settings()
    if getattr(args, "index", None):
        settings.index_dir = args.index
    if getattr(args, "corpus", None):
        settings.corpus_dir = args.corpus
    try:
        return args.command(settings, args)
    except (IndexUnusable, EncoderError) as error:
        err.print(str(error), style="red", markup=False)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="releasebot", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    rebuild = commands.add_parser(
        "rebuild", help="index the corpus folder and swap the new index in"
    )
    rebuild.add_argument("--corpus", type=Path, help="corpus folder (setting CORPUS_DIR)")
    rebuild.add_argument("--index", type=Path, help="index folder (setting INDEX_DIR)")
    rebuild.set_defaults(command=rebuild_command)

    ask = commands.add_parser("ask", help="answer questions from the index")
    ask.add_argument("--index", type=Path, help="index folder (setting INDEX_DIR)")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument(
        "question", nargs="+", help="the question, or - to read one per line from stdin"
    )
    ask.set_defaults(command=ask_command)

    run = commands.add_parser("run", help="run the Telegram bot (long polling or a webhook)")
    run.add_argument("--index", type=Path, help="index folder (setting INDEX_DIR)")
    run.add_argument(
        "--webhook",
        action="store_true",
        help="receive updates on a webhook (settings WEBHOOK_URL, WEBHOOK_LISTEN, WEBHOOK_SECRET)",
    )
    run.set_defaults(command=run_command)

    feedback = commands.add_parser("feedback", help="list the votes given to answers (👍/👎)")
    feedback.add_argument("--db", type=Path, help="votes file (setting FEEDBACK_DB)")
    feedback.add_argument("--limit", type=int, default=50, help="newest this many (default 50)")
    kind = feedback.add_mutually_exclusive_group()
    kind.add_argument("--down", action="store_const", const=-1, dest="only", help="only 👎")
    kind.add_argument("--up", action="store_const", const=1, dest="only", help="only 👍")
    feedback.add_argument("--json", action="store_true", help="one JSON object per vote")
    feedback.set_defaults(command=feedback_command)

    health = commands.add_parser("health", help="exit 0 when the index loads and answers")
    health.add_argument("--index", type=Path, help="index folder (setting INDEX_DIR)")
    health.set_defaults(command=health_command)

    fetch = commands.add_parser(
        "fetch",
        help="add new releases from RSS feeds to the corpus folder (exit 1: every feed failed)",
    )
    fetch.add_argument("--corpus", type=Path, help="corpus folder (setting CORPUS_DIR)")
    fetch.add_argument(
        "--feed",
        action="append",
        metavar="URL",
        help="an RSS feed, instead of the setting FEED_URLS (repeat for several)",
    )
    fetch.set_defaults(command=fetch_command)
    return parser


def rebuild_command(settings: Settings, args: argparse.Namespace) -> int:
    encoder = load_encoder(settings.embedding_model)
    columns = (
        TextColumn("encoding passages"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("encode", total=None)
        try:
            summary = rebuild_index(
                settings.corpus_dir,
                settings.index_dir,
                encoder,
                on_progress=lambda done, total: progress.update(task, completed=done, total=total),
                store=settings.store,
            )
        except Exception as error:  # a crash, a full disk, an encoder error: nothing was swapped in
            logging.getLogger(__name__).debug("rebuild failed", exc_info=True)
            message = f"rebuild failed, the previous index is unchanged: {error}"
            err.print(message, style="red", markup=False)
            return EXIT_PROBLEMS
    for problem in summary.problems:
        err.print(str(problem), style="yellow", markup=False)
    duplicates = (
        f", {len(summary.duplicates)} duplicate texts indexed once" if summary.duplicates else ""
    )
    err.print(
        f"indexed {summary.releases} releases, {summary.passages} passages "
        f"({summary.encoded} encoded, {summary.reused} from the cache){duplicates}; "
        f"{len(summary.problems)} skipped files; {summary.seconds:.1f} s → {settings.index_dir}",
        markup=False,
    )
    return EXIT_PROBLEMS if summary.problems else 0


def open_searcher(settings: Settings) -> Searcher:
    encoder = load_encoder(settings.embedding_model)
    return Searcher(load_index(settings.index_dir, encoder.name, settings.store), encoder)


def ask_command(settings: Settings, args: argparse.Namespace) -> int:
    searcher = open_searcher(settings)
    if args.question == ["-"]:
        questions = (line.strip() for line in sys.stdin)
    else:
        questions = iter([" ".join(args.question)])
    for question in questions:
        if not question:
            continue
        answer = answer_question(searcher, question, today=today_in_germany())
        print(
            json.dumps(answer_json(answer), ensure_ascii=False)
            if args.json
            else answer_text(answer),
            flush=True,
        )
    return 0


def run_command(settings: Settings, args: argparse.Namespace) -> int:
    if settings.telegram_token is None or not settings.telegram_token.get_secret_value():
        err.print("no Telegram token: set RELEASEBOT_TELEGRAM_TOKEN (from @BotFather)", style="red")
        return EXIT_USAGE
    from bot.live_index import LiveIndex
    from bot.telegram import run, webhook_options

    if args.webhook:
        try:
            webhook_options(settings)
        except ValueError as error:
            err.print(str(error), style="red", markup=False)
            return EXIT_USAGE
    encoder = load_encoder(settings.embedding_model)
    live = LiveIndex(
        settings.index_dir,
        load=lambda: Searcher(
            load_index(settings.index_dir, encoder.name, settings.store), encoder
        ),
        rebuild=lambda: rebuild_index(
            settings.corpus_dir, settings.index_dir, encoder, store=settings.store
        ),
    )
    from telegram.error import InvalidToken, TelegramError

    try:
        run(
            settings,
            lambda question, previous: answer_question(
                live.searcher, question, previous_release_id=previous, today=today_in_germany()
            ),
            live,
            webhook=args.webhook,
        )
    except InvalidToken as error:  # bot.telegram re-raises it with a message free of the token
        err.print(str(error), style="red", markup=False)
        return EXIT_USAGE
    except TelegramError as error:
        # The library's own message may quote the request URL, and with it the token.
        err.print(
            f"the Telegram Bot API could not be used ({type(error).__name__}): check "
            "RELEASEBOT_TELEGRAM_TOKEN and RELEASEBOT_TELEGRAM_BASE_URL",
            style="red",
            markup=False,
        )
        return EXIT_USAGE
    return 0


def feedback_command(settings: Settings, args: argparse.Namespace) -> int:
    """The votes of the bot's users, newest first, to review the answers they judged."""
    store = FeedbackStore(args.db or settings.feedback_db)
    try:
        votes = store.votes(limit=args.limit, only=args.only)
    except sqlite3.DatabaseError as error:
        err.print(f"{store.path}: not a readable votes file ({error})", style="red", markup=False)
        return EXIT_USAGE
    for vote in votes:
        if args.json:
            print(
                json.dumps(
                    {**asdict(vote), "voted_at": vote.voted_at.isoformat()}, ensure_ascii=False
                )
            )
            continue
        mark = "👍" if vote.vote > 0 else "👎"
        print(f"{vote.voted_at:%Y-%m-%d %H:%M} {mark} {vote.question}")
        print(f"    answer: {vote.answer}")
        print(f"    release: {vote.release_title or '–'} [{vote.release_id}]")
    if not args.json:
        up = sum(vote.vote > 0 for vote in votes)
        err.print(f"{len(votes)} votes shown ({up} 👍, {len(votes) - up} 👎) from {store.path}")
    return 0


def today_in_germany() -> dt.date:
    """The date that "heute" and "gestern" mean to the releases' readers (the clock may be UTC)."""
    return dt.datetime.now(GERMANY).date()


def health_command(settings: Settings, args: argparse.Namespace) -> int:
    """For a container's HEALTHCHECK, which reads 0 as healthy and 1 as unhealthy (2 is reserved):
    the index loads, passes its checksums and answers a question."""
    try:
        searcher = open_searcher(settings)
        answer_question(searcher, "Polizei")
    except Exception as error:  # whatever it is, the bot could not answer
        err.print(f"unhealthy: {error}", style="red", markup=False)
        return EXIT_UNHEALTHY
    print(
        f"ok: {searcher.index.manifest.releases} releases, built {searcher.index.manifest.built_at}"
    )
    return 0


def fetch_command(settings: Settings, args: argparse.Namespace) -> int:
    """One line per added release and per problem, then a summary; exit 1 when no feed could be
    read (a scheduled job notices), 0 when at least one could, even if others failed."""
    feed_urls = args.feed or settings.feed_urls
    if not feed_urls:
        err.print(
            "no feeds to fetch: set RELEASEBOT_FEED_URLS (a JSON list of RSS feed URLs) "
            "or name them with --feed URL",
            style="red",
        )
        return EXIT_USAGE
    try:
        report = fetch_feeds(feed_urls, settings.corpus_dir)
    except FetchRunning as error:
        err.print(str(error), style="red", markup=False)
        return EXIT_PROBLEMS
    except OSError as error:
        message = f"cannot write into the corpus folder {settings.corpus_dir} ({error.strerror})"
        err.print(message, style="red", markup=False)
        return EXIT_PROBLEMS
    for added in report.added:
        print(f"added {added.path.name}  {added.title}", flush=True)
    for problem in report.problems:
        err.print(str(problem), style="yellow", markup=False)
    hint = "; run releasebot rebuild to answer from them" if report.added else ""
    err.print(f"{report.summary} → {settings.corpus_dir}{hint}", markup=False)
    return EXIT_PROBLEMS if report.every_feed_failed else 0


# --- output -----------------------------------------------------------------------------------


def answer_json(answer: Answer) -> dict:
    return {
        "question": answer.question,
        "answer": answer.excerpt,
        "not_known": answer.not_known,
        "confidence": round(answer.confidence, 4),
        "sources": [
            {
                "release_id": s.release.release_id,
                "title": s.release.title,
                "publisher": s.release.publisher,
                "date": s.release.date.isoformat() if s.release.date else None,
                "place": s.release.place,
                "url": s.release.url,
                "report": s.report,
                "text": s.text,
                "score": round(s.score, 4),
            }
            for s in answer.sources
        ],
    }


def answer_text(answer: Answer) -> str:
    """The answer for a person on a terminal: the excerpt, then its source."""
    if answer.not_known:
        lines = [not_known_text(answer.language), f"«{answer.not_known}»", ""]
    elif answer.declined:
        return declined_text(answer.language, answer.dates)
    else:
        lines = [answer.excerpt, ""]
    for number, source in enumerate(answer.sources):
        release = source.release
        facts = [release.publisher, format_date(release.date), release.place]
        label = "Quelle" if answer.language == "de" else "Source"
        if number == 0:
            report = f" › {source.report}" if source.report else ""
            lines.append(f"{label}: {release.title or release.release_id}{report}")
            lines.append("  " + " · ".join(f for f in facts if f) + f"  [{release.release_id}]")
            if release.url:
                lines.append("  " + release.url)
        else:
            lines.append(f"  + {source.text}  [{release.release_id}]")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
