"""Telegram HTML for the bot's replies: escaping, bold highlights, length limits, both languages.

Pure functions from values to strings; every piece of corpus or user text goes through escape().
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable

from bot.answer import Answer, Source

MESSAGE_MAX_CHARS = 4096  # Telegram's limit for one message's text
LANGUAGES = ("de", "en")

EXAMPLE_QUESTIONS = {
    "de": ("Wer vertrat das Hauptzollamt?", "Wann war die Sicherheitskonferenz in Hamm?"),
    "en": ("Who represented the Hauptzollamt?", "When was the security conference in Hamm?"),
}

# (command, description) for the bot's command menu, per language.
COMMAND_DESCRIPTIONS = {
    "de": (
        ("ask", "Eine Frage zu den Pressemitteilungen stellen"),
        ("help", "Was ich weiß und wie man fragt"),
        ("privacy", "Was ich über dich speichere"),
        ("forget", "Vergiss, was du mich gefragt hast"),
    ),
    "en": (
        ("ask", "Ask a question about the press releases"),
        ("help", "What I know and how to ask"),
        ("privacy", "What I keep about you"),
        ("forget", "Forget what you asked me"),
    ),
}

_DECLINED = {
    "de": "Dazu steht nichts in den Pressemitteilungen.",
    "en": "The releases don't say.",
}
_USAGE = {
    "de": "Schreib deine Frage direkt hinter den Befehl, zum Beispiel:\n/ask {example}",
    "en": "Put your question right after the command, for example:\n/ask {example}",
}
_TEXT_ONLY = {
    "de": "Ich beantworte nur Fragen als Text. Schreib mir zum Beispiel: {example}",
    "en": "I can only answer questions sent as text. Try, for example: {example}",
}
_PRIVACY = {
    "de": (
        "<b>Was ich speichere</b>\n\n"
        "• Deine Fragen speichere ich nicht: ich beantworte sie und vergesse sie.\n"
        "• Für Nachfragen merke ich mir pro Chat, aus welcher Pressemitteilung die letzte Antwort "
        "kam – zehn Minuten lang, nur im Arbeitsspeicher.\n"
        "• Gegen Überlastung zähle ich, wie viele Fragen du in der letzten Minute gestellt hast – "
        "nur im Arbeitsspeicher; nach einer Minute ohne Frage steht der Zähler wieder auf null.\n"
        "• Das Betriebsprotokoll enthält pro Antwort die Chat-Nummer, die Nachrichten-Nummer, die "
        "Antwortzeit und die zitierten Pressemitteilungen, nicht den Text deiner Frage. Der "
        "Betreiber bewahrt es höchstens so lange auf, wie sein Hosting es vorsieht.\n\n"
        "/forget löscht sofort, aus welcher Pressemitteilung meine letzte Antwort hier kam."
    ),
    "en": (
        "<b>What I keep</b>\n\n"
        "• I don't store your questions: I answer them and forget them.\n"
        "• For follow-up questions I remember, per chat, which press release the last answer came "
        "from – for ten minutes, in memory only.\n"
        "• Against floods I count how many questions you asked in the last minute – in memory "
        "only; a minute without a question sets the count back to zero.\n"
        "• The operations log holds, per answer, the chat number, the message number, the time "
        "taken and the releases quoted, not the text of your question. The operator keeps it only "
        "as long as their hosting does.\n\n"
        "/forget deletes at once which press release my last answer here came from."
    ),
}
_FORGOTTEN = {
    "de": "Erledigt: ich habe vergessen, worüber wir gesprochen haben.",
    "en": "Done: I have forgotten what we talked about.",
}
_UNKNOWN_COMMAND = {
    "de": "Diesen Befehl kenne ich nicht. Schreib mir einfach deine Frage, zum Beispiel: "
    "{example} – oder /help.",
    "en": "I don't know that command. Just send me your question, for example: {example} "
    "– or /help.",
}
_REFUSAL = {
    "de": "Entschuldigung, in diesem Chat beantworte ich keine Fragen.",
    "en": "Sorry, I don't answer questions in this chat.",
}
_APOLOGY = {
    "de": "Entschuldigung, bei dieser Frage ist etwas schiefgegangen. "
    "Bitte versuch es gleich noch einmal.",
    "en": "Sorry, something went wrong with this question. Please try again in a moment.",
}
_SLOW_DOWN = {
    "de": "Nicht so schnell, bitte: höchstens {per_minute} Fragen pro Minute. "
    "In ein paar Sekunden beantworte ich wieder deine Fragen.",
    "en": "Please slow down: at most {per_minute} questions a minute. "
    "I'll answer your questions again in a few seconds.",
}
_TOO_LONG = {
    "de": "Deine Frage ist mit {length} Zeichen zu lang; höchstens {limit} Zeichen, bitte. "
    "Frag am besten nach einer Sache, zum Beispiel: {example}",
    "en": "Your question is too long ({length} characters); at most {limit}, please. "
    "Best ask about one thing, for example: {example}",
}
_ADMINS_ONLY = {
    "de": "Entschuldigung, diesen Befehl dürfen nur die Betreiber des Bots verwenden.",
    "en": "Sorry, only the bot's operators can use this command.",
}
_REBUILD_RUNNING = {
    "de": "Der Index wird gerade schon neu gebaut; die Antworten nutzen ihn, sobald er fertig ist.",
    "en": "The index is being rebuilt already; answers will use it as soon as it is done.",
}
_REBUILD_FAILED = {
    "de": "Neu indizieren fehlgeschlagen, der bisherige Index bleibt in Gebrauch: {error}",
    "en": "Reindexing failed; the previous index stays in use: {error}",
}
_UNTITLED = {"de": "Pressemitteilung", "en": "Press release"}
_SUPPORTING_HEADING = {"de": "Weitere Stellen:", "en": "Also in the releases:"}


def language_for(language_code: str | None) -> str:
    """The bot's language for a Telegram language_code: German unless the user's is another one."""
    if not language_code or language_code.lower().startswith("de"):
        return "de"
    return "en"


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def clip(text: str, max_chars: int) -> str:
    """The text, cut at a word boundary with an ellipsis when longer than max_chars."""
    text = text.strip()
    if len(text) <= max_chars:
        return text
    if max_chars <= 1:
        return "…"[:max_chars]
    cut = text[: max_chars - 1]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > max_chars // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def format_date(date: dt.date | None) -> str | None:
    return date.strftime("%d.%m.%Y") if date else None


def bold_highlights(text: str, highlights: Iterable[str]) -> str:
    """The text escaped, with every whole-word occurrence of a highlight in <b>."""
    spans: list[tuple[int, int]] = []
    for highlight in highlights:
        words = highlight.split()
        if not words:
            continue
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)"
        spans += [m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    parts, position = [], 0
    for start, end in merged:
        parts.append(escape(text[position:start]))
        parts.append(f"<b>{escape(text[start:end])}</b>")
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts)


# --- the answer ----------------------------------------------------------------------------

# Generous caps in characters of plain text; answer_reply shrinks them all until the reply fits.
_EXCERPT_CHARS = 1500
_TITLE_CHARS = 200
_META_CHARS = 120
_PASSAGE_CHARS = 240
_URL_CHARS = 1000
_SCALES = (1.0, 0.5, 0.25, 0.1, 0.05)
_Caps = Callable[[int], int]  # a plain-text cap, scaled down


def answer_reply(answer: Answer) -> str:
    """The excerpt with its highlights in bold, its source, and up to two supporting passages."""
    if answer.excerpt is None or not answer.excerpt.strip():  # Telegram refuses an empty text
        return declined_reply(answer.language)
    for scale in _SCALES:
        reply = _render_answer(answer, scale)
        if telegram_length(reply) <= MESSAGE_MAX_CHARS:
            return reply
    return escape(clip(answer.excerpt, 500))  # unreachable in practice: the smallest scale fits


def declined_text(language: str) -> str:
    """ "The releases don't say", in the question's language, as plain text."""
    return _in(language, _DECLINED)


def declined_reply(language: str) -> str:
    return escape(declined_text(language))


def _render_answer(answer: Answer, scale: float) -> str:
    def chars(limit: int) -> int:
        return max(int(limit * scale), 10)

    excerpt = clip(answer.excerpt or "", chars(_EXCERPT_CHARS))
    blocks = [bold_highlights(excerpt, answer.highlights)]
    if answer.sources:
        blocks.append(_source_block(answer.sources[0], answer.language, scale, chars))
    supporting = [
        source
        for source in answer.sources[1:3]
        if source.text.strip() and source.text != answer.sources[0].text
    ]
    if supporting:
        lines = [escape(_in(answer.language, _SUPPORTING_HEADING))]
        for source in supporting:
            passage = escape(clip(" ".join(source.text.split()), chars(_PASSAGE_CHARS)))
            lines.append(f"• {passage} — {_linked_title(source, answer.language, scale, chars)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _source_block(source: Source, language: str, scale: float, chars: _Caps) -> str:
    release = source.release
    details = [
        escape(clip(release.publisher, chars(_META_CHARS))) if release.publisher else None,
        format_date(release.date),
        escape(clip(release.place, chars(_META_CHARS))) if release.place else None,
    ]
    lines = [f"— {_linked_title(source, language, scale, chars, with_date=False)}"]
    details_line = " · ".join(detail for detail in details if detail)
    if details_line:
        lines.append(details_line)
    return "\n".join(lines)


def _linked_title(
    source: Source, language: str, scale: float, chars: _Caps, with_date: bool = True
) -> str:
    release = source.release
    title = escape(clip(release.title or _in(language, _UNTITLED), chars(_TITLE_CHARS)))
    url = release.url
    if url and url.startswith(("https://", "http://")) and len(url) <= _URL_CHARS * scale:
        title = f'<a href="{escape(url)}">{title}</a>'
    date = format_date(release.date) if with_date else None
    return f"{title}, {date}" if date else title


# --- the bot's own words -------------------------------------------------------------------


def help_reply(
    language: str,
    *,
    release_count: int,
    first_date: dt.date | None,
    last_date: dt.date | None,
    bot_username: str | None = None,
) -> str:
    """What the bot knows, how to ask it, and that it is no emergency channel."""
    de = language_for(language) == "de"
    examples = "\n".join(f"• {escape(q)}" for q in _in(language, EXAMPLE_QUESTIONS))
    mention = ""
    if bot_username:
        mention = f" {'oder erwähne' if de else 'or mention'} @{escape(bot_username)}"
    if de:
        return (
            "<b>Fragen an die Pressemitteilungen der Polizei</b>\n\n"
            f"{_what_i_know(language, release_count, first_date, last_date)} "
            "Ich antworte mit einem wörtlichen Auszug und nenne die Quelle; "
            "was nicht drinsteht, erfinde ich nicht.\n\n"
            f"Zum Beispiel:\n{examples}\n\n"
            "Im privaten Chat schreib mir einfach deine Frage. "
            f"In Gruppen: /ask &lt;Frage&gt;{mention}.\n\n"
            "<b>Dies ist kein offizieller Kanal der Polizei.</b> "
            "Im Notfall: 110 (Polizei) oder 112 (Feuerwehr und Rettungsdienst)."
        )
    return (
        "<b>Questions about German police press releases</b>\n\n"
        f"{_what_i_know(language, release_count, first_date, last_date)} "
        "I answer with a verbatim excerpt and name the source; "
        "what the releases don't say, I don't make up.\n\n"
        f"For example:\n{examples}\n\n"
        "In a private chat, just send me your question. "
        f"In groups: /ask &lt;question&gt;{mention}.\n\n"
        "<b>This is not an official police channel.</b> "
        "In an emergency call 110 (police) or 112 (fire and ambulance)."
    )


def usage_reply(language: str) -> str:
    return escape(_in(language, _USAGE).format(example=_in(language, EXAMPLE_QUESTIONS)[0]))


def text_only_reply(language: str) -> str:
    return escape(_in(language, _TEXT_ONLY).format(example=_in(language, EXAMPLE_QUESTIONS)[0]))


def privacy_reply(language: str) -> str:
    return _in(language, _PRIVACY)  # the bot's own HTML


def forgotten_reply(language: str) -> str:
    return escape(_in(language, _FORGOTTEN))


def unknown_command_reply(language: str) -> str:
    example = _in(language, EXAMPLE_QUESTIONS)[0]
    return escape(_in(language, _UNKNOWN_COMMAND).format(example=example))


def refusal_reply(language: str) -> str:
    return escape(_in(language, _REFUSAL))


def apology_reply(language: str) -> str:
    return escape(_in(language, _APOLOGY))


def slow_down_reply(language: str, per_minute: int) -> str:
    return escape(_in(language, _SLOW_DOWN).format(per_minute=per_minute))


def too_long_reply(language: str, length: int, limit: int) -> str:
    example = _in(language, EXAMPLE_QUESTIONS)[0]
    return escape(_in(language, _TOO_LONG).format(length=length, limit=limit, example=example))


def admins_only_reply(language: str) -> str:
    return escape(_in(language, _ADMINS_ONLY))


def rebuild_running_reply(language: str) -> str:
    return escape(_in(language, _REBUILD_RUNNING))


def rebuild_failed_reply(language: str, error: str) -> str:
    return escape(_in(language, _REBUILD_FAILED).format(error=clip(error, 1000)))


def rebuilt_reply(
    language: str, *, releases: int, passages: int, skipped: list[str], seconds: float
) -> str:
    """What /reindex did: counts, time, and each file it skipped with the reason."""
    de = language_for(language) == "de"
    took = f"{seconds:.1f}".replace(".", "," if de else ".")
    if de:
        lines = [
            f"<b>Neu indiziert</b>: {_number(releases, de)} Pressemitteilungen, "
            f"{_number(passages, de)} Passagen in {took} s."
        ]
    else:
        lines = [
            f"<b>Reindexed</b>: {_number(releases, de)} press releases, "
            f"{_number(passages, de)} passages in {took} s."
        ]
    if skipped:
        lines.append(
            f"{len(skipped)} Dateien übersprungen:" if de else f"{len(skipped)} files skipped:"
        )
        shown = [f"• {escape(clip(problem, 300))}" for problem in skipped[:10]]
        lines += shown + (["• …"] if len(skipped) > 10 else [])
    return "\n".join(lines)


def stats_reply(
    language: str,
    *,
    release_count: int,
    passage_count: int,
    first_date: dt.date | None,
    last_date: dt.date | None,
    built_at: str | None,
    encoder: str | None,
    answers_served: int,
    started_at: dt.datetime,
) -> str:
    """For admins: what the index holds, when it was built, and how many answers were given."""
    de = language_for(language) == "de"
    rows = [
        ("Pressemitteilungen" if de else "Releases", _number(release_count, de)),
        ("Passagen" if de else "Passages", _number(passage_count, de)),
        ("Zeitraum" if de else "Dates", _date_span(first_date, last_date)),
        ("Letzter Neubau" if de else "Last rebuild", _timestamp(built_at)),
        ("Encoder", escape(encoder) if encoder else "–"),
        (
            "Antworten seit dem Start" if de else "Answers since start",
            f"{_number(answers_served, de)} ({_timestamp(started_at.isoformat())})",
        ),
    ]
    title = "<b>Statistik</b>" if de else "<b>Statistics</b>"
    return "\n".join([title, *(f"{label}: {value}" for label, value in rows)])


def _number(count: int, de: bool) -> str:
    return f"{count:,}".replace(",", "." if de else ",")


def _date_span(first: dt.date | None, last: dt.date | None) -> str:
    shown = [format_date(date) for date in (first, last) if date]
    return " – ".join(dict.fromkeys(shown)) or "–"


def _timestamp(iso: str | None) -> str:
    if not iso:
        return "–"
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return escape(iso)
    return moment.strftime("%d.%m.%Y %H:%M %Z").strip()


def _what_i_know(
    language: str, release_count: int, first_date: dt.date | None, last_date: dt.date | None
) -> str:
    de = language_for(language) == "de"
    if release_count <= 0:
        return (
            "Ich kenne noch keine Pressemitteilungen." if de else "I don't know any releases yet."
        )
    count = f"{release_count:,}".replace(",", "." if de else ",")
    if de:
        noun = "Pressemitteilung" if release_count == 1 else "Pressemitteilungen"
    else:
        noun = "press release" if release_count == 1 else "press releases"
    first, last = format_date(first_date), format_date(last_date)
    if first and last and first != last:
        span = f" vom {first} bis {last}" if de else f" from {first} to {last}"
    elif first or last:
        span = f" vom {first or last}" if de else f" from {first or last}"
    else:
        span = ""
    return f"Ich kenne {count} {noun}{span}." if de else f"I know {count} {noun}{span}."


def _in(language: str, texts: dict):
    return texts[language_for(language)]
