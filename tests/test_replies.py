"""Replies as Telegram HTML: the excerpt with its highlights in bold, the source, supporting
passages, the bot's own words in German and English, everything escaped and under 4,096 chars."""

from __future__ import annotations

import datetime as dt
import html
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answer import Answer, Source
from bot.replies import (
    MESSAGE_MAX_CHARS,
    answer_reply,
    apology_reply,
    bold_highlights,
    clip,
    declined_reply,
    help_reply,
    language_for,
    refusal_reply,
    telegram_length,
    text_only_reply,
    usage_reply,
)
from index.releases import Release

HAMM = Release(
    release_id="polizei-hamm-2021-10-05-sicherheitskonferenz",
    text="…",
    title="Hammer Sicherheitskonferenz",
    date=dt.date(2021, 10, 5),
    publisher="Polizei Hamm",
    place="Hamm",
    url="https://www.presseportal.de/blaulicht/pm/65845/5037452",
)
EXCERPT = "vom Hauptzollamt Bielefeld Steven Schmidt und Adrian Dudziak teil."


def answer(
    excerpt: str | None = EXCERPT,
    highlights: tuple[str, ...] = ("Steven Schmidt und Adrian Dudziak",),
    sources: tuple[Source, ...] = (Source(HAMM, EXCERPT, 0.9),),
    language: str = "de",
) -> Answer:
    return Answer("Wer vertrat das Hauptzollamt?", language, excerpt, highlights, 0.8, sources)


class TelegramHtml(HTMLParser):
    """Checks that a reply is well-formed HTML of the tags Telegram takes; keeps its plain text."""

    ALLOWED_TAGS = {"b", "i", "a"}

    def __init__(self, reply: str) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text = ""
        self.feed(reply)
        self.close()
        assert not self.open, f"unclosed tags {self.open}"

    def handle_starttag(self, tag, attrs):
        assert tag in self.ALLOWED_TAGS, f"<{tag}> is not Telegram HTML"
        self.open.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes nothing"
        self.open.pop()

    def handle_data(self, data):
        self.text += data


# --- the answer --------------------------------------------------------------------------


def test_answer_starts_with_the_excerpt_and_bolds_the_highlights():
    reply = answer_reply(answer())

    assert reply.startswith(
        "vom Hauptzollamt Bielefeld <b>Steven Schmidt und Adrian Dudziak</b> teil."
    )


def test_source_names_title_publisher_date_and_place_and_links_the_release():
    reply = answer_reply(answer())

    assert '<a href="https://www.presseportal.de/blaulicht/pm/65845/5037452">' in reply
    assert "Hammer Sicherheitskonferenz</a>" in reply
    assert "Polizei Hamm · 05.10.2021 · Hamm" in reply
    assert reply.index(EXCERPT[:20]) < reply.index("Polizei Hamm")


def test_source_without_url_has_no_link_and_skips_unknown_details():
    release = Release("r1", "…", title="Einbruch in Waiblingen", publisher="Polizeipräsidium Aalen")

    reply = answer_reply(answer(sources=(Source(release, EXCERPT, 0.5),)))

    assert "<a " not in reply
    assert "Einbruch in Waiblingen" in reply
    assert "Polizeipräsidium Aalen" in reply
    assert "·" not in reply


def test_source_names_the_report_of_a_bundle_the_answer_comes_from():
    release = Release("r1", "…", title="Rems-Murr-Kreis: Verkehrsunfälle", place="Rems-Murr-Kreis")
    bundled = Source(release, EXCERPT, 0.5, report="Alfdorf: Auto übersehen")

    assert "— Rems-Murr-Kreis: Verkehrsunfälle › Alfdorf: Auto übersehen" in answer_reply(
        answer(sources=(bundled,))
    )
    assert "›" not in answer_reply(answer())


def test_only_web_addresses_become_links():
    release = Release("r1", "…", title="Titel", url="javascript:alert(1)")

    assert "<a " not in answer_reply(answer(sources=(Source(release, EXCERPT, 0.5),)))


def test_up_to_two_supporting_passages_follow_the_source_shortened():
    other = Release("r2", "…", title="Unfall in Rheinau", date=dt.date(2024, 4, 25))
    sources = (
        Source(HAMM, EXCERPT, 0.9),
        Source(other, "Fünf Personen wurden verletzt. " * 40, 0.5),
        Source(HAMM, "Die Sicherheitskooperation Ruhr wurde 2020 eingerichtet.", 0.4),
        Source(other, "Ein dritter Beleg, der nicht mehr gezeigt wird.", 0.3),
    )

    reply = answer_reply(answer(sources=sources))

    assert "Weitere Stellen:" in reply
    assert "• Fünf Personen wurden verletzt." in reply
    assert reply.count("Fünf Personen") < 40
    assert "Unfall in Rheinau, 25.04.2024" in reply
    assert "Die Sicherheitskooperation Ruhr wurde 2020 eingerichtet." in reply
    assert "dritter Beleg" not in reply
    assert reply.index("Polizei Hamm · 05.10.2021") < reply.index("Weitere Stellen:")


def test_english_answer_labels_supporting_passages_in_english():
    sources = (Source(HAMM, EXCERPT, 0.9), Source(HAMM, "Ein weiterer Beleg.", 0.5))

    assert "Also in the releases:" in answer_reply(answer(sources=sources, language="en"))


def test_declined_answer_says_the_releases_do_not_say_in_the_answers_language():
    german = answer_reply(answer(excerpt=None, highlights=(), sources=()))
    english = answer_reply(answer(excerpt=None, highlights=(), sources=(), language="en"))

    assert german == "Dazu steht nichts in den Pressemitteilungen."
    assert english == html.escape("The releases don't say.")
    assert TelegramHtml(english).text == "The releases don't say."


def test_declined_answer_shows_no_sources_even_when_it_has_some():
    reply = answer_reply(answer(excerpt=None, highlights=()))

    assert reply == declined_reply("de")
    assert "Hamm" not in reply


def test_corpus_text_with_markup_ampersands_and_quotes_is_escaped():
    release = Release(
        "r1",
        "…",
        title='<script>alert("x")</script> & Co',
        date=dt.date(2024, 1, 2),
        publisher="Polizei <b>Hamm</b>",
        place="Ort 'A' & \"B\"",
        url='https://example.org/?a=1&b="2"',
    )
    excerpt = 'Er rief "<script>alert(1)</script>" & ging.'
    sources = (Source(release, excerpt, 0.9), Source(release, "<i>Stütze</i> & 'mehr'", 0.5))

    reply = answer_reply(answer(excerpt, highlights=("ging",), sources=sources))
    parsed = TelegramHtml(reply)

    assert "<script>" not in reply
    assert "&lt;script&gt;" in reply
    assert "&amp; <b>ging</b>." in reply
    assert 'Er rief "<script>alert(1)</script>" & ging.' in parsed.text
    assert '<script>alert("x")</script> & Co' in parsed.text
    assert "Polizei <b>Hamm</b>" in parsed.text
    assert "<i>Stütze</i> & 'mehr'" in parsed.text
    assert ("a", {"href": 'https://example.org/?a=1&b="2"'}) in parsed.tags


def test_highlights_are_bolded_as_whole_words_and_escaped():
    assert bold_highlights("Amt und Hauptzollamt", ["amt"]) == "<b>Amt</b> und Hauptzollamt"
    assert bold_highlights("Müller & Söhne kamen", ["Müller & Söhne"]) == (
        "<b>Müller &amp; Söhne</b> kamen"
    )
    assert bold_highlights("Steven Schmidt und\nAdrian Dudziak", ["Schmidt und Adrian"]) == (
        "Steven <b>Schmidt und\nAdrian</b> Dudziak"
    )


def test_overlapping_and_repeated_highlights_make_one_bold_span_each():
    reply = bold_highlights("rund 5000 Euro, 5000 Euro", ["5000 Euro", "rund 5000", "", "  "])

    assert reply == "<b>rund 5000 Euro</b>, <b>5000 Euro</b>"


def test_huge_excerpt_and_sources_still_fit_in_one_message():
    nasty = "<&\"'> 🚓 " * 3000
    release = Release(
        "r1", "…", title=nasty, publisher=nasty, place=nasty, url="https://x.org/" + "&" * 5000
    )
    sources = tuple(Source(release, nasty, 0.5) for _ in range(5))

    reply = answer_reply(answer(nasty, highlights=("🚓", "&", "<"), sources=sources))

    assert telegram_length(reply) <= MESSAGE_MAX_CHARS
    assert TelegramHtml(reply).text.startswith("<&\"'> 🚓")


def test_an_ordinary_answer_is_not_shortened():
    excerpt = "Steven Schmidt " * 20  # 300 characters, the pipeline's longest excerpt
    sources = (Source(HAMM, excerpt, 0.9), Source(HAMM, "Zweiter Beleg " * 17, 0.5))

    reply = answer_reply(answer(excerpt.strip(), highlights=(), sources=sources))

    assert excerpt.strip() in reply
    assert HAMM.url in reply


@settings(max_examples=60, deadline=None)
@given(
    excerpt=st.text(max_size=6000),
    highlights=st.lists(st.text(max_size=20), max_size=4),
    title=st.text(max_size=3000),
    place=st.text(max_size=3000),
    passages=st.lists(st.text(max_size=6000), max_size=4),
)
def test_any_answer_is_well_formed_telegram_html_within_the_limit(
    excerpt, highlights, title, place, passages
):
    release = Release("r1", "…", title=title or None, place=place or None, url="https://x.org/a")
    sources = tuple(Source(release, text, 0.5) for text in [excerpt, *passages])

    reply = answer_reply(answer(excerpt, tuple(highlights), sources))

    assert telegram_length(reply) <= MESSAGE_MAX_CHARS
    TelegramHtml(reply)


def test_clip_cuts_at_a_word_with_an_ellipsis():
    assert clip("kurz", 10) == "kurz"
    assert clip("Wer vertrat das Hauptzollamt bei der Konferenz", 20) == "Wer vertrat das…"
    assert len(clip("x" * 50, 20)) == 20


# --- the bot's own words -------------------------------------------------------------------


def test_help_says_what_the_bot_knows_and_that_it_is_no_emergency_channel():
    reply = help_reply(
        "de",
        release_count=1234,
        first_date=dt.date(2021, 10, 5),
        last_date=dt.date(2024, 4, 25),
        bot_username="releasebot",
    )

    assert "1.234 Pressemitteilungen vom 05.10.2021 bis 25.04.2024" in reply
    assert "Wer vertrat das Hauptzollamt?" in reply
    assert "kein offizieller Kanal der Polizei" in reply
    assert "110" in reply and "112" in reply
    assert "@releasebot" in reply
    TelegramHtml(reply)


def test_help_in_english():
    reply = help_reply("en", release_count=1, first_date=None, last_date=None)

    assert "I know 1 press release." in reply
    assert "not an official police channel" in reply
    assert "110" in reply and "112" in reply
    TelegramHtml(reply)


def test_help_with_an_empty_index_says_so():
    reply = help_reply("de", release_count=0, first_date=None, last_date=None)

    assert "Ich kenne noch keine Pressemitteilungen." in reply


def test_short_replies_exist_in_both_languages_and_are_escaped_html():
    for make_reply in (usage_reply, text_only_reply, refusal_reply, apology_reply):
        german, english = make_reply("de"), make_reply("en")
        assert german != english
        TelegramHtml(german)
        TelegramHtml(english)
    assert "/ask Wer vertrat das Hauptzollamt?" in usage_reply("de")
    assert "I don&#x27;t answer questions in this chat." in refusal_reply("en")


def test_language_follows_the_telegram_language_code_defaulting_to_german():
    assert language_for(None) == "de"
    assert language_for("") == "de"
    assert language_for("de") == "de"
    assert language_for("de-AT") == "de"
    assert language_for("en") == "en"
    assert language_for("en-GB") == "en"
    assert language_for("fr") == "en"
