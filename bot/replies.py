"""Telegram HTML for the bot's replies: escaping, bold highlights, length limits, both languages.

Pure functions from values to strings; every piece of corpus or user text goes through escape().
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable

from bot.answer import Answer, Source
from bot.catalog import Listing, Match, PublisherCoverage
from index.dates import DateRange
from index.releases import Release

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
        ("latest", "Die neuesten Pressemitteilungen, auch für einen Ort: /latest Hamm"),
        ("search", "Pressemitteilungen mit bestimmten Wörtern, neueste zuerst"),
        ("sources", "Welche Herausgeber und Zeiträume ich kenne"),
        ("language", "Sprache meiner Antworten: /language de oder /language en"),
        ("help", "Was ich weiß und wie man fragt"),
        ("privacy", "Was ich über dich speichere"),
        ("forget", "Vergiss, was du mich gefragt hast"),
    ),
    "en": (
        ("ask", "Ask a question about the press releases"),
        ("latest", "The newest press releases, also for a place: /latest Hamm"),
        ("search", "Press releases with given words, newest first"),
        ("sources", "Which publishers and dates I know"),
        ("language", "Language of my replies: /language en or /language de"),
        ("help", "What I know and how to ask"),
        ("privacy", "What I keep about you"),
        ("forget", "Forget what you asked me"),
    ),
}
BUTTONS = {
    "de": {"source": "Quelle", "more": "Mehr", "up": "👍", "down": "👎"},
    "en": {"source": "Source", "more": "More", "up": "👍", "down": "👎"},
}

_DECLINED = {
    "de": "Dazu steht nichts in den Pressemitteilungen.",
    "en": "The releases don't say.",
}
_DECLINED_ON = {
    "de": "Dazu steht nichts in den Pressemitteilungen vom {days}.",
    "en": "The releases of {days} don't say.",
}
_NOT_KNOWN = {
    "de": "Das ist laut der Pressemitteilung noch nicht bekannt:",
    "en": "The release says this is not known yet:",
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
        "Betreiber bewahrt es höchstens so lange auf, wie sein Hosting es vorsieht.\n"
        "• Wenn du eine Antwort mit 👍 oder 👎 bewertest, speichere ich die Frage, die Antwort, "
        "ihre Pressemitteilung und deine Bewertung, damit die Antworten besser werden – aber "
        "nicht, wer bewertet hat.\n"
        "• Die mit /language gewählte Sprache merke ich mir im Arbeitsspeicher, bis der Bot neu "
        "startet.\n\n"
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
        "as long as their hosting does.\n"
        "• When you rate an answer with 👍 or 👎, I store the question, the answer, its press "
        "release and your rating, so that answers can be improved – but not who rated it.\n"
        "• The language you choose with /language is kept in memory until the bot restarts.\n\n"
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


def answer_reply(answer: Answer, language: str | None = None) -> str:
    """The excerpt with its highlights in bold, its source, and up to two supporting passages;
    the bot's own words in `language` (default: the question's)."""
    language = language or answer.language
    if answer.not_known and answer.sources:
        return _not_known_reply(answer, language)
    if answer.excerpt is None or not answer.excerpt.strip():  # Telegram refuses an empty text
        return declined_reply(language, answer.dates)
    for scale in _SCALES:
        reply = _render_answer(answer, language, scale)
        if telegram_length(reply) <= MESSAGE_MAX_CHARS:
            return reply
    return escape(clip(answer.excerpt, 500))  # unreachable in practice: the smallest scale fits


def declined_text(language: str, days: DateRange | None = None) -> str:
    """ "The releases don't say", in the question's language, as plain text; of the days asked
    about, when a question about the last days is declined ("gestern")."""
    if days is None:
        return _in(language, _DECLINED)
    return _in(language, _DECLINED_ON).format(days=_date_span(days.first, days.last))


def not_known_text(language: str) -> str:
    """ "The release says this is not known yet", as plain text."""
    return _in(language, _NOT_KNOWN)


def declined_reply(language: str, days: DateRange | None = None) -> str:
    return escape(declined_text(language, days))


def _not_known_reply(answer: Answer, language: str) -> str:
    """The release's own sentence saying that what is asked is not known yet, with its source."""
    quote = escape(clip(answer.not_known or "", _EXCERPT_CHARS))
    source = _source_block(answer.sources[0], language, 1.0, lambda limit: limit)
    return f"{escape(not_known_text(language))}\n«{quote}»\n\n{source}"


def _render_answer(answer: Answer, language: str, scale: float) -> str:
    def chars(limit: int) -> int:
        return max(int(limit * scale), 10)

    excerpt = clip(answer.excerpt or "", chars(_EXCERPT_CHARS))
    blocks = [bold_highlights(excerpt, answer.highlights)]
    if answer.sources:
        blocks.append(_source_block(answer.sources[0], language, scale, chars))
    supporting = [
        source
        for source in answer.sources[1:3]
        if source.text.strip() and source.text != answer.sources[0].text
    ]
    if supporting:
        lines = [escape(_in(language, _SUPPORTING_HEADING))]
        for source in supporting:
            passage = escape(clip(" ".join(source.text.split()), chars(_PASSAGE_CHARS)))
            lines.append(f"• {passage} — {_linked_title(source, language, scale, chars)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _source_block(source: Source, language: str, scale: float, chars: _Caps) -> str:
    title = _linked_title(source, language, scale, chars, with_date=False)
    if source.report:  # which report of a bundle: "Alfdorf: Auto übersehen"
        title += f" › {escape(clip(source.report, chars(_TITLE_CHARS)))}"
    lines = [f"— {title}"]
    details_line = _details_line(source.release, chars(_META_CHARS))
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


# --- the full release, lists of releases ----------------------------------------------------

_NOTHING_FURTHER = {
    "de": "Keine weiteren passenden Pressemitteilungen.",
    "en": "No further matching press releases.",
}
_FURTHER_HEADING = {"de": "Weitere passende Pressemitteilungen:", "en": "More matching releases:"}
_ANSWER_GONE = {
    "de": "Diese Antwort ist zu alt für die Knöpfe – bitte stell die Frage noch einmal.",
    "en": "This answer is too old for its buttons – please ask again.",
}
_RELEASE_GONE = {
    "de": "Diese Pressemitteilung ist nicht mehr im Bestand.",
    "en": "This press release is no longer in the corpus.",
}
_THANKS = {"de": "Danke für deine Bewertung!", "en": "Thanks for your rating!"}
_VOTE_FAILED = {
    "de": "Deine Bewertung konnte ich gerade nicht speichern.",
    "en": "I could not save your rating just now.",
}
_LATEST_HEADING = {
    "de": ("Die neuesten Pressemitteilungen", "Die neuesten Pressemitteilungen zu {place}"),
    "en": ("The newest press releases", "The newest press releases for {place}"),
}
_LATEST_NONE = {
    "de": (
        "Ich kenne noch keine Pressemitteilungen.",
        "Ich kenne keine Pressemitteilung zu {place}.",
    ),
    "en": ("I don't know any press releases yet.", "I know no press release for {place}."),
}
_SEARCH_HEADING = {
    "de": "Pressemitteilungen mit „{words}“, neueste zuerst",
    "en": "Press releases with “{words}”, newest first",
}
_SEARCH_NONE = {
    "de": "Keine Pressemitteilung enthält „{words}“.",
    "en": "No press release contains “{words}”.",
}
_SEARCH_USAGE = {
    "de": "Schreib die gesuchten Wörter hinter den Befehl, zum Beispiel: /search Hauptzollamt",
    "en": "Put the words to look for after the command, for example: /search Hauptzollamt",
}
_LANGUAGE_SET = {
    "de": "Gut, ich antworte dir ab jetzt auf Deutsch.",
    "en": "OK, I'll reply in English from now on.",
}
_LANGUAGE_USAGE = {
    "de": "Ich antworte gerade auf Deutsch. Ändern mit /language en (Englisch) oder /language de.",
    "en": "I'm replying in English. Change it with /language de (German) or /language en.",
}
_MORE_LISTED = {"de": "… und {count} weitere.", "en": "… and {count} more."}
_UNKNOWN_PUBLISHER = {"de": "ohne Herausgeber", "en": "no publisher given"}


def release_messages(release: Release, language: str) -> list[str]:
    """The whole release, as messages within Telegram's limit: title, source line and link in
    the first, the text after it, split between paragraphs (or words) where it must be."""
    title = escape(clip(release.title or _in(language, _UNTITLED), _TITLE_CHARS))
    head = [f"<b>{title}</b>"]
    details = _details_line(release)
    if details:
        head.append(details)
    if release.url and release.url.startswith(("https://", "http://")):
        head.append(escape(clip(release.url, _URL_CHARS)))
    paragraphs = [p.strip() for p in release.text.split("\n") if p.strip()]
    return split_messages(["\n".join(head), *map(escape, paragraphs)])


def split_messages(blocks: list[str], limit: int = MESSAGE_MAX_CHARS) -> list[str]:
    """HTML blocks (each balanced on its own) joined by blank lines into as few messages within
    the limit as keep blocks whole; a block too long for one message is cut between words."""
    pieces = [piece for block in blocks for piece in _cut_block(block, limit)]
    messages: list[str] = []
    for piece in pieces:
        joined = f"{messages[-1]}\n\n{piece}" if messages else piece
        if messages and telegram_length(joined) <= limit:
            messages[-1] = joined
        else:
            messages.append(piece)
    return messages


def _cut_block(block: str, limit: int) -> list[str]:
    if telegram_length(block) <= limit:
        return [block]
    words = html.unescape(block).split(" ")  # only plain escaped text is this long
    pieces, current = [], ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if current and telegram_length(escape(candidate)) > limit:
            pieces.append(escape(current))
            current = word
        else:
            current = candidate
    return pieces + [escape(current)] if current else pieces


def further_reply(matches: list[Match], language: str) -> str:
    """The other releases that match a question, each with its best passage."""
    if not matches:
        return escape(_in(language, _NOTHING_FURTHER))
    lines = [f"<b>{escape(_in(language, _FURTHER_HEADING))}</b>"]
    for match in matches:
        passage = escape(clip(" ".join(match.passage.split()), _PASSAGE_CHARS))
        lines.append(f"• {_release_line(match.release, language)}\n  {passage}")
    return split_messages(["\n".join(lines)])[0]


def latest_reply(listing: Listing, place: str | None, language: str) -> str:
    """/latest: the newest releases, for a place when one was named."""
    place = " ".join((place or "").split())
    if not listing.releases:
        none = _in(language, _LATEST_NONE)[1 if place else 0]
        return escape(none.format(place=place))
    heading = _in(language, _LATEST_HEADING)[1 if place else 0].format(place=clip(place, 60))
    return _release_list(escape(heading), listing, language)


def search_reply(listing: Listing, words: str, language: str) -> str:
    """/search: the releases with the words, newest first."""
    words = clip(" ".join(words.split()), 80)
    if not words:
        return escape(_in(language, _SEARCH_USAGE))
    if not listing.releases:
        return escape(_in(language, _SEARCH_NONE).format(words=words))
    heading = escape(_in(language, _SEARCH_HEADING).format(words=words))
    return _release_list(heading, listing, language)


def sources_reply(publishers: list[PublisherCoverage], language: str) -> str:
    """/sources: each publisher with its number of releases and their dates."""
    de = language_for(language) == "de"
    total = sum(p.releases for p in publishers)
    if not total:
        return escape(_in(language, _LATEST_NONE)[0])
    count = _number(total, de)
    if de:
        heading = f"<b>Ich kenne {count} Pressemitteilungen von {len(publishers)} Herausgebern</b>"
    else:
        heading = f"<b>I know {count} press releases from {len(publishers)} publishers</b>"
    lines = []
    for coverage in publishers:
        name = (
            escape(clip(coverage.publisher, _META_CHARS))
            or f"<i>{_in(language, _UNKNOWN_PUBLISHER)}</i>"
        )
        dates = _date_span(coverage.first_date, coverage.last_date)
        lines.append(f"• {name}: {_number(coverage.releases, de)} ({dates})")
    return _fitted(heading, lines, len(publishers), language)


def language_reply(language: str, changed: bool) -> str:
    """The answer to /language: what was set, or how to set it."""
    return escape(_in(language, _LANGUAGE_SET if changed else _LANGUAGE_USAGE))


def answer_gone_text(language: str) -> str:
    return _in(language, _ANSWER_GONE)


def release_gone_text(language: str) -> str:
    return _in(language, _RELEASE_GONE)


def thanks_text(language: str) -> str:
    return _in(language, _THANKS)


def vote_failed_text(language: str) -> str:
    return _in(language, _VOTE_FAILED)


def _release_list(heading: str, listing: Listing, language: str) -> str:
    lines = [f"• {_release_line(release, language)}" for release in listing.releases]
    return _fitted(f"<b>{heading}</b>", lines, listing.total, language)


def _fitted(heading: str, lines: list[str], total: int, language: str) -> str:
    """The heading and as many lines as fit in one message, saying how many were left out."""
    for shown in range(len(lines), -1, -1):
        rest = total - shown
        tail = [escape(_in(language, _MORE_LISTED).format(count=rest))] if rest > 0 else []
        reply = "\n".join([heading, *lines[:shown], *tail])
        if telegram_length(reply) <= MESSAGE_MAX_CHARS:
            return reply
    return heading


def _release_line(release: Release, language: str) -> str:
    """Date — linked title (publisher, place)."""
    title = escape(clip(release.title or _in(language, _UNTITLED), _TITLE_CHARS))
    if release.url and release.url.startswith(("https://", "http://")):
        title = f'<a href="{escape(clip(release.url, _URL_CHARS))}">{title}</a>'
    where = ", ".join(
        escape(clip(value, _META_CHARS)) for value in (release.publisher, release.place) if value
    )
    date = format_date(release.date)
    return (f"{date} — " if date else "") + title + (f" ({where})" if where else "")


def _details_line(release: Release, max_chars: int = _META_CHARS) -> str:
    """publisher · date · place, as far as they are known."""
    details = [
        escape(clip(release.publisher, max_chars)) if release.publisher else None,
        format_date(release.date),
        escape(clip(release.place, max_chars)) if release.place else None,
    ]
    return " · ".join(detail for detail in details if detail)


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
            f"In Gruppen: /ask &lt;Frage&gt;{mention}.\n"
            "Unter jeder Antwort: <i>Quelle</i> zeigt die ganze Pressemitteilung, <i>Mehr</i> "
            "weitere Treffer, 👍/👎 hilft, die Antworten zu verbessern.\n\n"
            "/latest – die neuesten (auch: /latest Hamm)\n"
            "/search &lt;Wörter&gt; – Pressemitteilungen mit diesen Wörtern\n"
            "/sources – welche Herausgeber ich kenne\n"
            "/language en – switch to English\n\n"
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
        f"In groups: /ask &lt;question&gt;{mention}.\n"
        "Under each answer: <i>Source</i> shows the whole press release, <i>More</i> further "
        "matches, 👍/👎 helps to improve the answers.\n\n"
        "/latest – the newest (also: /latest Hamm)\n"
        "/search &lt;words&gt; – press releases with these words\n"
        "/sources – which publishers I know\n"
        "/language de – auf Deutsch wechseln\n\n"
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
    return escape(refusal_text(language))


def refusal_text(language: str) -> str:
    return _in(language, _REFUSAL)


def apology_reply(language: str) -> str:
    return escape(_in(language, _APOLOGY))


def slow_down_reply(language: str, per_minute: int) -> str:
    return escape(slow_down_text(language, per_minute))


def slow_down_text(language: str, per_minute: int) -> str:
    return _in(language, _SLOW_DOWN).format(per_minute=per_minute)


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
