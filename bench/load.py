"""Load, faults and hostile input against the real bot: `releasebot run` as its own process,
talking to a fake Telegram Bot API on loopback that answers some calls with 429 (retry_after)
and 502. Many chats ask questions at a steady pace; then every odd and hostile message of
tests/hostile_inputs.py is sent; then the bot is stopped with SIGTERM. Writes docs/reliability.md.

    .venv/bin/python -m bench.load                    # 50 chats, 500 questions, one per chat
                                                      # every 12 s, 5% faults: about 3 minutes
    .venv/bin/python -m bench.load --chats 5 --questions 20 --interval 2 --out /tmp/r.md

The index is built with `releasebot rebuild` from the shipped corpus plus, where ../shared/eval
is present, its 38 real releases and 300 news articles; the questions are those of
bench/questions/releases_dev.jsonl, in turn.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # the fake Bot API and the hostile inputs live there

from fake_bot_api import (  # noqa: E402
    TOKEN,
    ApiCall,
    FakeBotApi,
    Fault,
    RandomFaults,
    message,
    private_chat,
    user,
)
from hostile_inputs import HOSTILE_INPUTS  # noqa: E402
from telegram_html import html_problems  # noqa: E402

from bench.corpora import EVAL_DIR, write_indomain_corpus  # noqa: E402

QUESTIONS_FILE = REPO / "bench" / "questions" / "releases_dev.jsonl"
FAULTS = (Fault("429", retry_after=1), Fault("502"))
FAULTY_METHODS = frozenset({"sendMessage", "getUpdates", "sendChatAction"})
FIRST_CHAT = 50_000


@dataclass
class LoadResult:
    questions: int
    seconds: float
    latencies: list[float]
    lost: list[int]
    doubled: list[int]
    faults: Counter
    retries_logged: int
    waits_logged: int
    answered_log_lines: int
    handling: list[float]  # seconds from the handler's start to the reply sent, from the log


@dataclass
class HostileOutcome:
    label: str
    expected_reply: bool
    replies: list[str]
    problems: list[str] = field(default_factory=list)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--interval", type=float, default=12.0, help="seconds between a chat's")
    parser.add_argument("--fault-rate", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "reliability.md")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (index, log)")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="releasebot-load-"))
    try:
        corpus, corpus_note = write_corpus(work / "corpus")
        index = work / "index"
        build = run_cli("rebuild", "--corpus", str(corpus), "--index", str(index))
        print(build.stderr.strip().splitlines()[-1], file=sys.stderr)
        api = FakeBotApi(
            random_faults=RandomFaults(args.fault_rate, FAULTS, FAULTY_METHODS, args.seed)
        )
        api.start()
        log_file = work / "bot.log"
        bot = start_bot(api, index, log_file)
        try:
            wait_until(lambda: api.delivered("getUpdates"), bot, 120, "the bot did not start")
            load = run_load(api, bot, log_file, args)
            print(f"load: {summary_line(load)}", file=sys.stderr)
            hostile = run_hostile(api, bot)
            afterwards = ask_one(api, bot, "Wer vertrat das Hauptzollamt?", 99_999)
            bot.send_signal(signal.SIGTERM)
            exit_code = bot.wait(timeout=120)
        finally:
            if bot.poll() is None:
                bot.kill()
            api.stop()
        log = log_file.read_text()
        leaked = TOKEN.split(":")[1] in log
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            report(args, corpus_note, build.stderr, load, hostile, afterwards, exit_code, leaked)
        )
        print(f"wrote {args.out}", file=sys.stderr)
        ok = not load.lost and not load.doubled and exit_code == 0 and not leaked
        ok = ok and all(outcome_ok(o) for o in hostile)
        return 0 if ok else 1
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


# --- the bot and its index ---------------------------------------------------------------------


def write_corpus(target: Path) -> tuple[Path, str]:
    if (EVAL_DIR / "releases").is_dir():
        write_indomain_corpus(target, EVAL_DIR)
        return (
            target,
            "the shipped release, the 38 releases of ../shared/eval and 300 news articles",
        )
    shutil.copytree(REPO / "corpus", target)
    return target, "the shipped release only (../shared/eval is absent)"


def run_cli(*arguments: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", *arguments],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=1800,
    )
    if result.returncode not in (0, 1):  # 1: some corpus file skipped
        raise SystemExit(f"releasebot {arguments[0]} failed:\n{result.stderr}")
    return result


def start_bot(api: FakeBotApi, index: Path, log_file: Path) -> subprocess.Popen:
    environment = {
        **os.environ,
        "RELEASEBOT_TELEGRAM_TOKEN": TOKEN,
        "RELEASEBOT_TELEGRAM_BASE_URL": api.base_url,
        "RELEASEBOT_INDEX_DIR": str(index),
        "RELEASEBOT_ADMIN_USER_IDS": "[]",
        "RELEASEBOT_ALLOWED_CHAT_IDS": "[]",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=log_file.parent,
        env=environment,
        stdout=log_file.open("w"),
        stderr=subprocess.STDOUT,
    )


def wait_until(condition, bot: subprocess.Popen, seconds: float, failure: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if bot.poll() is not None:
            raise SystemExit(f"{failure}: the bot process ended with {bot.returncode}")
        if time.monotonic() > deadline:
            raise SystemExit(failure)
        time.sleep(0.05)


def replies_to(api: FakeBotApi) -> dict[int, list[ApiCall]]:
    answered: dict[int, list[ApiCall]] = {}
    for call in api.delivered("sendMessage"):
        answered.setdefault(call.reply_to_message_id, []).append(call)
    return answered


# --- load --------------------------------------------------------------------------------------


def run_load(
    api: FakeBotApi, bot: subprocess.Popen, log_file: Path, args: argparse.Namespace
) -> LoadResult:
    """Each chat asks one question every `interval` seconds, the chats' turns spread evenly."""
    pool = [json.loads(line)["question"] for line in QUESTIONS_FILE.open(encoding="utf-8")]
    schedule = sorted(
        ((n % args.chats) * args.interval / args.chats + (n // args.chats) * args.interval, n)
        for n in range(args.questions)
    )
    asked: dict[int, float] = {}  # message_id -> when it was pushed
    started = time.monotonic()
    for offset, number in schedule:
        chat = number % args.chats
        delay = started + offset - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        update = {
            "message": message(
                pool[number % len(pool)],
                chat=private_chat(FIRST_CHAT + chat),
                sender=user("de", user_id=FIRST_CHAT + chat),
            )
        }
        api.push_update(update)
        asked[update["message"]["message_id"]] = time.monotonic()
        if bot.poll() is not None:
            raise SystemExit(f"the bot process ended with {bot.returncode} under load")
    wait_until(
        lambda: asked.keys() <= replies_to(api).keys(), bot, 180, "not every question was answered"
    )
    time.sleep(3)  # a doubled answer would arrive now
    answered = replies_to(api)
    log = log_file.read_text()
    return LoadResult(
        questions=len(asked),
        seconds=time.monotonic() - started,
        latencies=sorted(
            answered[m][0].at - pushed for m, pushed in asked.items() if m in answered
        ),
        lost=[m for m in asked if m not in answered],
        doubled=[m for m in asked if len(answered.get(m, [])) > 1],
        faults=Counter(
            f"{call.fault.kind} on {call.method}" for call in api.calls if not call.delivered
        ),
        retries_logged=log.count("Bot API sendMessage failed"),
        waits_logged=log.count("Rate limit hit. Retrying"),
        answered_log_lines=log.count(" answered {"),
        handling=sorted(
            json.loads(line.split(" answered ", 1)[1])["latency_ms"] / 1000
            for line in log.splitlines()
            if " answered {" in line
        ),
    )


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def summary_line(load: LoadResult) -> str:
    p50, p95 = percentile(load.latencies, 0.5), percentile(load.latencies, 0.95)
    return (
        f"{load.questions} questions in {load.seconds:.0f} s; p50 {p50:.2f} s, p95 {p95:.2f} s, "
        f"max {max(load.latencies):.2f} s (in the bot: p50 {percentile(load.handling, 0.5):.2f} s, "
        f"p95 {percentile(load.handling, 0.95):.2f} s); "
        f"{len(load.lost)} lost, {len(load.doubled)} doubled; "
        f"{sum(load.faults.values())} faults injected"
    )


# --- hostile input -----------------------------------------------------------------------------


def run_hostile(api: FakeBotApi, bot: subprocess.Popen) -> list[HostileOutcome]:
    """Send each hostile input (from its own person and chat); then wait until a question sent
    after all of them is answered, and a little longer, so that a late reply would be seen."""
    sent = []
    for number, item in enumerate(HOSTILE_INPUTS):
        update = item.update(number)
        api.push_update(update)
        body = next(v for v in update.values() if isinstance(v, dict))
        sent.append((item, body["message_id"]))
    ask_one(api, bot, "Wer vertrat das Hauptzollamt?", 99_998)
    time.sleep(3)
    answered = replies_to(api)
    outcomes = []
    for item, message_id in sent:
        texts = [call.text for call in answered.get(message_id, [])]
        outcome = HostileOutcome(item.label, item.answered, texts)
        for text in texts:
            outcome.problems += html_problems(text)
        outcomes.append(outcome)
    return outcomes


def outcome_ok(outcome: HostileOutcome) -> bool:
    expected = 1 if outcome.expected_reply else 0
    return len(outcome.replies) == expected and not outcome.problems


def ask_one(api: FakeBotApi, bot: subprocess.Popen, question: str, chat: int) -> str:
    update = {"message": message(question, chat=private_chat(chat), sender=user(user_id=chat))}
    api.push_update(update)
    message_id = update["message"]["message_id"]
    wait_until(lambda: message_id in replies_to(api), bot, 120, f"no answer to {question!r}")
    return replies_to(api)[message_id][0].text


# --- the report --------------------------------------------------------------------------------


def report(
    args: argparse.Namespace,
    corpus_note: str,
    build_output: str,
    load: LoadResult,
    hostile: list[HostileOutcome],
    afterwards: str,
    exit_code: int,
    token_in_log: bool,
) -> str:
    p50, p95 = percentile(load.latencies, 0.5), percentile(load.latencies, 0.95)
    handling_p50, handling_p95 = percentile(load.handling, 0.5), percentile(load.handling, 0.95)
    indexed = build_output.strip().splitlines()[-1].split(" → ")[0] if build_output.strip() else "?"
    faults = ", ".join(f"{count} × {kind}" for kind, count in sorted(load.faults.items()))
    rows = "\n".join(
        f"| {o.label} | {'one reply' if o.expected_reply else 'no reply'} | "
        f"{describe(o)} | {'✓' if outcome_ok(o) else '✗'} |"
        for o in hostile
    )
    command = (
        f".venv/bin/python -m bench.load --chats {args.chats} --questions {args.questions} "
        f"--interval {args.interval:g} --fault-rate {args.fault_rate:g} --seed {args.seed}"
    )
    return f"""# Reliability

What keeps releasebot answering under load, Telegram faults and hostile input, and what was
measured. The figures and the input table below are written by `bench/load.py`
({dt.date.today().isoformat()}, {platform.machine()}, {os.cpu_count()} cores):

```sh
{command}
```

## Load with injected faults

The real `releasebot run`, as its own process, against a fake Bot API on loopback
(`tests/fake_bot_api.py`) that fails {args.fault_rate:.0%} of the calls to sendMessage,
getUpdates and sendChatAction with 429 (retry_after 1 s) or 502. {args.chats} chats ask
{args.questions} questions, each chat one every {args.interval:g} s (real time, not
compressed), the chats' turns spread evenly; the questions are the {QUESTIONS_FILE.name} set in
turn. Index: {corpus_note} ({indexed}).

| | |
| --- | --- |
| questions asked | {load.questions} |
| answered exactly once | {load.questions - len(load.lost) - len(load.doubled)} |
| lost | {len(load.lost)} |
| answered twice | {len(load.doubled)} |
| reply latency p50 | {p50:.2f} s |
| reply latency p95 | {p95:.2f} s (target ≤ 10 s) |
| reply latency max | {max(load.latencies):.2f} s |
| of which in the bot's handler, p50 / p95 | {handling_p50:.2f} s / {handling_p95:.2f} s |
| faults injected | {faults or "none"} |
| retries the bot logged (after 502s / after 429s) | {load.retries_logged} / {load.waits_logged} |
| "answered" log lines | {load.answered_log_lines} |
| exit code after SIGTERM | {exit_code} |
| token in the bot's log | {"yes ✗" if token_in_log else "no"} |

Latency is measured from the moment the update is queued at the fake API (as Telegram would hold
it for the bot) to the moment the answer reaches it, so it includes fetching the update, waiting
out 429s (which stop every request for retry_after + 0.1 s) and the backoff after 502s (0.5 s,
1 s, 2 s … up to 30 s); "in the bot's handler" is the bot's own `latency_ms` from its log.

## Hostile and odd input

Each sent to the same running bot, while the faults above were still injected, from its own
person and chat. "Reply" is the start of what the bot answered; every reply was checked for what
Telegram accepts: only its tags, balanced, every `<`, `>` and `&` escaped, at most 4,096
characters. Afterwards the bot answered "Wer vertrat das Hauptzollamt?" with
"{clip_text(afterwards, 90)}".

| input | expected | outcome | ok |
| --- | --- | --- | --- |
{rows}

## What makes it so, and the tests that show it

- **Telegram faults** (`bot/delivery.py`): every Bot API request goes through
  python-telegram-bot's `AIORateLimiter` (30 messages/s overall, 20/minute per group, queued,
  never refused; a 429 stops all requests for its retry_after) inside a limiter that keeps one
  message a second per chat and retries 5xx answers, timeouts and dropped connections with
  exponential backoff (0.5 s doubling to 30 s, 8 retries ≈ 90 s). Bad requests (400) and
  "blocked by the user" (403) are not retried. Fetching updates is retried by
  python-telegram-bot's polling loop, and an update is confirmed to Telegram only with the next
  fetch, so none is lost. Tests: `tests/test_telegram_faults.py`, `tests/test_delivery.py`
  (429, 502, 503, a stalled answer, a dropped connection; faults while fetching; a string of
  failures; 24 questions from 6 chats under 25% random faults, each answered exactly once).
  A timeout *after* Telegram accepted a message would make the retry send it twice: the Bot API
  has no idempotency key, and losing an answer is the worse fault.
- **One answer, one message, a reply**: each answer is one HTML message sent with
  `reply_parameters` naming the question, in private chats too, so a lost or doubled answer
  shows. Handlers run concurrently (16 updates at once); answering is CPU work in the executor.
- **Abuse limits** (`bot/limits.py`): a token bucket per person of 10 questions, refilled at 10
  a minute (`RELEASEBOT_QUESTIONS_PER_MINUTE`) — whoever asks at most 10 in any minute is never
  slowed; the 11th gets one friendly "slow down", and further messages are left unanswered until
  the bucket refills. Help, hints and refusals have a bucket of their own. Questions longer than
  500 characters get a hint instead of a search. Tests: `tests/test_limits.py`.
- **Access**: `RELEASEBOT_ALLOWED_CHAT_IDS` (other chats get a polite refusal when they address
  the bot, and nothing else), admin-only `/stats` and `/reindex` (`RELEASEBOT_ADMIN_USER_IDS`;
  admins are answered in any chat), webhook mode that rejects requests without Telegram's
  `X-Telegram-Bot-Api-Secret-Token` (403). The token and the webhook secret are redacted from
  every log record of httpx, python-telegram-bot and the bot, from exceptions, and from the
  bot's repr; pydantic `SecretStr` hides them in the settings. Tests: `tests/test_access.py`,
  `tests/test_telegram.py`.
- **Hostile input**: `tests/test_hostile_input.py` sends the table above through the in-process
  bot; `tests/test_properties.py` (hypothesis, 300 examples each) checks that the ots parser, the
  sentence splitter and every reply formatter never raise, lose no text, and produce HTML
  Telegram accepts within 4,096 characters. It found that an empty excerpt made an empty message
  (Telegram refuses those); such an answer is now a decline.
- **Data safety**: a rebuild writes a new build folder and swaps the `INDEX_DIR` link in one
  rename; a killed rebuild (SIGKILL) leaves the previous index loadable
  (`tests/test_incremental.py`); the manifest holds a checksum of every index file and loading
  verifies them, so a damaged file is one line naming it (`tests/test_store.py`). The index is
  loaded only from the configured folder.
- **Hot reload**: the bot looks for a new build every 10 s (`RELEASEBOT_INDEX_POLL_SECONDS`),
  loads it in the executor and swaps one reference, so a question in flight finishes on the index
  it started with; a build that fails its checks is reported once and the old index kept.
  `tests/test_end_to_end.py` runs `releasebot rebuild` in another process beside a running
  `releasebot run` and gets the new release's answer within 30 s.
- **Operations**: one log line per answered question (`answered {{"chat": …, "latency_ms": …,
  "confidence": …, "declined": …, "releases": [...], "follow_up": …}}`, no question text, no
  token); SIGTERM stops fetching, finishes the answers in flight (retries included) and exits 0
  (`tests/test_end_to_end.py`); `releasebot health` exits 0 when the index loads, passes its
  checksums and answers a question, and 1 otherwise (Docker's HEALTHCHECK reserves 2). It loads
  the index in its own process, so at large index sizes each check costs that memory and time.
- **Privacy**: no question text is stored or logged; per chat the release of the last answer is
  kept ten minutes in memory (`/forget` drops it), per person a minute's question count;
  `/privacy` says so. The log's retention is the deployment's.
"""


def describe(outcome: HostileOutcome) -> str:
    if not outcome.replies:
        return "no reply"
    shown = "; ".join(clip_text(text, 70) for text in outcome.replies)
    problems = f" — {', '.join(outcome.problems)}" if outcome.problems else ""
    return f"{len(outcome.replies)} reply: “{shown}”{problems}"


def clip_text(text: str, length: int) -> str:
    """What Telegram shows of an HTML reply, shortened, fit for a Markdown table cell."""
    visible = html.unescape(re.sub(r"<[^>]+>", "", text))
    flat = " ".join(visible.split())
    flat = flat if len(flat) <= length else flat[: length - 1] + "…"
    return html.escape(flat, quote=False).replace("|", "\\|")


if __name__ == "__main__":
    sys.exit(main())
