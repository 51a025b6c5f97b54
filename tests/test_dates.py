"""Questions about a time: "gestern", "letzte Woche", "im Oktober 2021", "last week" are read as
days against a today the tests set, and answered from releases dated in them when one answers;
a follow-up release (Nachtrag) answers rather than the one it updates; a release taken out of
the corpus is gone from answers after the next rebuild."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import write_corpus

from bot.answer import answer_question, names_last_days
from bot.cli import answer_text
from bot.replies import answer_reply
from index import search
from index.build import rebuild_index
from index.dates import DateRange, date_range_of, split_time_words
from index.releases import Release
from index.search import Searcher, is_update, updates
from index.store import load_index

TODAY = dt.date(2026, 11, 26)  # a Thursday
D = dt.date


def days(question: str, today: dt.date = TODAY) -> tuple[dt.date, dt.date] | None:
    found = date_range_of(question, today)
    return (found.first, found.last) if found else None


# --- reading time words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, first, last",
    [
        ("was ist heute in hamm passiert", D(2026, 11, 26), D(2026, 11, 26)),
        ("what happened today", D(2026, 11, 26), D(2026, 11, 26)),
        ("heute morgen", D(2026, 11, 26), D(2026, 11, 26)),
        ("was ist gestern in hamm passiert", D(2026, 11, 25), D(2026, 11, 25)),
        ("Gestern Abend in Hamm?", D(2026, 11, 25), D(2026, 11, 25)),
        ("what happened in hamm yesterday", D(2026, 11, 25), D(2026, 11, 25)),
        ("vorgestern", D(2026, 11, 24), D(2026, 11, 24)),
        ("the day before yesterday", D(2026, 11, 24), D(2026, 11, 24)),
        ("letzte nacht", D(2026, 11, 25), D(2026, 11, 26)),
        ("last night", D(2026, 11, 25), D(2026, 11, 26)),
        ("diese woche", D(2026, 11, 23), D(2026, 11, 26)),
        ("this week", D(2026, 11, 23), D(2026, 11, 26)),
        ("was war letzte woche in soest", D(2026, 11, 16), D(2026, 11, 22)),
        ("in der vergangenen Woche", D(2026, 11, 16), D(2026, 11, 22)),
        ("what happened last week", D(2026, 11, 16), D(2026, 11, 22)),
        ("vorletzte woche", D(2026, 11, 9), D(2026, 11, 15)),
        ("letzten monat", D(2026, 10, 1), D(2026, 10, 31)),
        ("im vergangenen Monat", D(2026, 10, 1), D(2026, 10, 31)),
        ("last month", D(2026, 10, 1), D(2026, 10, 31)),
        ("diesen monat", D(2026, 11, 1), D(2026, 11, 30)),
        ("letztes jahr", D(2025, 1, 1), D(2025, 12, 31)),
        ("this year", D(2026, 1, 1), D(2026, 11, 26)),
        ("am wochenende", D(2026, 11, 21), D(2026, 11, 22)),
        ("übers Wochenende", D(2026, 11, 21), D(2026, 11, 22)),
        ("last weekend", D(2026, 11, 21), D(2026, 11, 22)),
        ("im Oktober 2021", D(2021, 10, 1), D(2021, 10, 31)),
        ("Oktober 2021", D(2021, 10, 1), D(2021, 10, 31)),
        ("in October 2021", D(2021, 10, 1), D(2021, 10, 31)),
        ("unfall im oktober", D(2026, 10, 1), D(2026, 10, 31)),
        ("im dezember", D(2025, 12, 1), D(2025, 12, 31)),  # the last December that has been
        ("einbruch im maerz 2020", D(2020, 3, 1), D(2020, 3, 31)),
        ("im marz", D(2026, 3, 1), D(2026, 3, 31)),
        ("in may", D(2026, 5, 1), D(2026, 5, 31)),
        ("im Jahr 2021", D(2021, 1, 1), D(2021, 12, 31)),
        ("einbruch 2021 in aalen", D(2021, 1, 1), D(2021, 12, 31)),
        ("1990", D(1990, 1, 1), D(1990, 12, 31)),
        ("am 05.10.2021", D(2021, 10, 5), D(2021, 10, 5)),
        ("5.10.2021", D(2021, 10, 5), D(2021, 10, 5)),
        ("am 5.10.21", D(2021, 10, 5), D(2021, 10, 5)),
        ("unfall am 25.11.", D(2026, 11, 25), D(2026, 11, 25)),
        ("am 5.10", D(2026, 10, 5), D(2026, 10, 5)),
        ("2021-10-05", D(2021, 10, 5), D(2021, 10, 5)),
        ("5. Oktober 2021", D(2021, 10, 5), D(2021, 10, 5)),
        ("am 5 oktober 2021", D(2021, 10, 5), D(2021, 10, 5)),
        ("am 5. Okt.", D(2026, 10, 5), D(2026, 10, 5)),
        ("October 5, 2021", D(2021, 10, 5), D(2021, 10, 5)),
        ("on the 5th of october 2021", D(2021, 10, 5), D(2021, 10, 5)),
        ("who was there on oct 5th", D(2026, 10, 5), D(2026, 10, 5)),
        ("am 24. dezember", D(2025, 12, 24), D(2025, 12, 24)),  # not yet this year
        ("am montag", D(2026, 11, 23), D(2026, 11, 23)),
        ("on Monday", D(2026, 11, 23), D(2026, 11, 23)),
        ("letzten Donnerstag", D(2026, 11, 19), D(2026, 11, 19)),  # today is Thursday
        ("seit montag", D(2026, 11, 23), D(2026, 11, 26)),
        ("since sunday", D(2026, 11, 22), D(2026, 11, 26)),
        ("seit gestern", D(2026, 11, 25), D(2026, 11, 26)),
        ("seit oktober", D(2026, 10, 1), D(2026, 11, 26)),
        ("am Montag letzte Woche", D(2026, 11, 16), D(2026, 11, 16)),
        ("last week on tuesday", D(2026, 11, 17), D(2026, 11, 17)),
        ("vor drei tagen", D(2026, 11, 23), D(2026, 11, 23)),
        ("3 days ago", D(2026, 11, 23), D(2026, 11, 23)),
        ("vor einer Woche", D(2026, 11, 16), D(2026, 11, 22)),
        ("two weeks ago", D(2026, 11, 9), D(2026, 11, 15)),
        ("vor 2 monaten", D(2026, 9, 1), D(2026, 9, 30)),
        ("in den letzten 3 tagen", D(2026, 11, 23), D(2026, 11, 26)),
        ("seit drei Tagen", D(2026, 11, 23), D(2026, 11, 26)),
        ("over the past 3 days", D(2026, 11, 23), D(2026, 11, 26)),
    ],
)
def test_time_words_are_read_as_days(question, first, last):
    assert days(question) == (first, last)


@pytest.mark.parametrize(
    "question",
    [
        "Wer vertrat das Hauptzollamt?",
        "wann war die sicherheitskonferenz in hamm",
        "seit wann gibt es die Ordnungspartnerschaft",
        "wann hat die post in heilbronn samstags offen",  # "samstags": every Saturday
        "was geschah am dienstagmorgen in aalen",  # the release's own words, not a date
        "wie wird das wetter morgen in stuttgart",  # tomorrow: no release yet
        "um 10.15 uhr",
        "12.000 zigaretten",
        "schaden von 2000 euro",
        "2000 people",
        "1989",  # before the earliest year
        "2027",  # after today
        "am 31.02.2021",  # no such day
        "may I ask who was there",
        "who is august",
        "the sun was shining",
        "when did the speed checks on the a96 bridge take place",
    ],
)
def test_words_that_only_look_like_time_are_not_read_as_days(question):
    assert days(question) is None


def test_a_weekday_means_the_last_one_before_today():
    monday = D(2026, 11, 23)
    assert days("am montag", today=monday) == (D(2026, 11, 16), D(2026, 11, 16))
    assert days("am sonntag", today=monday) == (D(2026, 11, 22), D(2026, 11, 22))


def test_the_weekend_asked_about_on_a_sunday_is_this_one_unless_it_is_the_last_one():
    sunday = D(2026, 11, 29)
    assert days("am wochenende", today=sunday) == (D(2026, 11, 28), D(2026, 11, 29))
    assert days("letztes wochenende", today=sunday) == (D(2026, 11, 21), D(2026, 11, 22))


def test_the_time_words_are_taken_out_of_the_question_with_their_preposition():
    dates, rest = split_time_words("was ist gestern in hamm passiert", TODAY)
    assert rest == "was ist in hamm passiert"
    assert dates == DateRange(D(2026, 11, 25), D(2026, 11, 25), "gestern")

    assert split_time_words("Unfall im Oktober 2021 in Hamm?", TODAY)[1] == "Unfall in Hamm?"
    assert split_time_words("wer vertrat das Hauptzollamt", TODAY) == (
        None,
        "wer vertrat das Hauptzollamt",
    )


def test_a_date_range_holds_its_days():
    october = date_range_of("im oktober 2021", TODAY)
    assert D(2021, 10, 5) in october
    assert D(2021, 11, 1) not in october
    assert None not in october


# --- answering from the days asked about -----------------------------------------------------


def record(release_id: str, date: str | None, place: str, title: str, text: str) -> str:
    fields = {"id": release_id, "title": title, "text": text, "place": place, "date": date}
    return json.dumps({k: v for k, v in fields.items() if v}, ensure_ascii=False) + "\n"


YESTERDAY_HAMM = "pol-ham-2026-11-25-unfall"
OCTOBER_HAMM = "pol-ham-2026-10-10-unfall"
DATED_CORPUS = {
    "hamm-november.jsonl": record(
        YESTERDAY_HAMM,
        "2026-11-25",
        "Hamm",
        "Unfall auf der Heessener Straße",
        "Bei einem Unfall auf der Heessener Straße in Hamm stießen am Mittwochnachmittag ein "
        "Auto und ein Lastwagen zusammen. Der 34-jährige Autofahrer wurde leicht verletzt. Es "
        "entstand ein Sachschaden von etwa 8.000 Euro.",
    ),
    "hamm-oktober.jsonl": record(
        OCTOBER_HAMM,
        "2026-10-10",
        "Hamm",
        "Unfall auf der Münsterstraße",
        "Bei einem Unfall auf der Münsterstraße in Hamm stießen am Samstagmorgen zwei Autos "
        "zusammen. Eine 61-jährige Fahrerin wurde schwer verletzt und in ein Krankenhaus "
        "gebracht. Der Schaden beträgt rund 15.000 Euro.",
    ),
    "soest.jsonl": record(
        "pol-so-2026-11-25-taschendiebstahl",
        "2026-11-25",
        "Soest",
        "Taschendiebe auf dem Wochenmarkt",
        "Auf dem Wochenmarkt in Soest stahlen Unbekannte einer 81-Jährigen die Geldbörse aus "
        "dem Einkaufskorb. Die Polizei rät, Wertsachen eng am Körper zu tragen.",
    ),
    "ahlen.jsonl": record(
        "stadt-ahlen-fahrraeder",
        None,
        "Ahlen",
        "Fahrraddiebe am Bahnhof",
        "Am Bahnhof in Ahlen haben Unbekannte drei hochwertige E-Bikes gestohlen. Die Räder "
        "waren mit Bügelschlössern gesichert.",
    ),
}


@pytest.fixture(scope="module")
def dated_searcher(tmp_path_factory, encoder) -> Searcher:
    root = tmp_path_factory.mktemp("dated")
    rebuild_index(write_corpus(root / "corpus", DATED_CORPUS), root / "index", encoder)
    return Searcher(load_index(root / "index", encoder.name), encoder)


def answered_from(answer) -> str | None:
    return answer.sources[0].release.release_id if not answer.declined else None


def test_yesterday_is_answered_from_yesterdays_release(dated_searcher):
    answer = answer_question(dated_searcher, "was ist gestern in hamm passiert", today=TODAY)

    assert answered_from(answer) == YESTERDAY_HAMM
    assert answer.dates is not None and answer.dates.words == "gestern"


def test_yesterday_asked_in_english(dated_searcher):
    answer = answer_question(dated_searcher, "what happened in hamm yesterday?", today=TODAY)

    assert answered_from(answer) == YESTERDAY_HAMM


def test_a_month_is_answered_from_that_months_release(dated_searcher):
    answer = answer_question(dated_searcher, "unfall im oktober", today=TODAY)

    assert answered_from(answer) == OCTOBER_HAMM
    assert answer.dates is not None


def test_how_badly_hurt_last_month(dated_searcher):
    answer = answer_question(
        dated_searcher, "wie schwer wurde die fahrerin letzten monat in hamm verletzt", today=TODAY
    )

    assert answered_from(answer) == OCTOBER_HAMM
    assert "schwer verletzt" in answer.excerpt


def test_days_holding_many_passages_are_searched_through_the_rankings(dated_searcher, monkeypatch):
    monkeypatch.setattr(search, "DATED_SCAN", 1)  # too many to score them all

    answer = answer_question(dated_searcher, "unfall im oktober", today=TODAY)

    assert answered_from(answer) == OCTOBER_HAMM
    assert answer.dates is not None


def test_search_puts_the_releases_of_the_days_first_and_marks_them(dated_searcher):
    dates, rest = split_time_words("unfall in hamm im oktober", TODAY)
    ranked = dated_searcher.search(dated_searcher.query(rest, dates))

    assert ranked[0].release.release_id == OCTOBER_HAMM and ranked[0].in_dates
    assert not any(r.in_dates for r in ranked[1:])
    assert YESTERDAY_HAMM in {r.release.release_id for r in ranked}  # still there, after it


def test_the_clock_decides_what_yesterday_is(dated_searcher):
    answer = answer_question(dated_searcher, "unfall in hamm gestern", today=D(2026, 10, 11))

    assert answered_from(answer) == OCTOBER_HAMM


def test_days_with_no_release_that_answers_fall_back_without_claiming_the_date(dated_searcher):
    answer = answer_question(
        dated_searcher, "unfall auf der münsterstraße im märz 2021", today=TODAY
    )

    assert answered_from(answer) == OCTOBER_HAMM
    assert answer.dates is None


def test_a_question_about_the_last_days_no_release_of_them_answers_is_declined_naming_them(
    dated_searcher,
):
    """ "was ist gestern passiert" is not answered by a release of October: it tells nothing of
    yesterday. The reply says which days the releases were searched for."""
    answer = answer_question(
        dated_searcher, "unfall auf der münsterstraße gestern", today=D(2026, 12, 3)
    )

    assert answer.declined and answer.dates == DateRange(D(2026, 12, 2), D(2026, 12, 2), "gestern")
    assert answer_reply(answer) == "Dazu steht nichts in den Pressemitteilungen vom 02.12.2026."
    assert answer_text(answer) == "Dazu steht nichts in den Pressemitteilungen vom 02.12.2026."
    english = answer_question(dated_searcher, "crash in hamm last night", today=D(2026, 12, 3))
    assert answer_text(english) == "The releases of 02.12.2026 – 03.12.2026 don't say."


@pytest.mark.parametrize(
    ("question", "last_days"),
    [
        ("was ist gestern passiert", True),
        ("unfall vorgestern b27", True),
        ("what happened last night", True),
        ("was war heute nacht los", True),
        ("noch heute sichtbar", False),  # "heute" alone is also "nowadays"
        ("visible even today", False),
        ("unfall letzte woche", False),  # older days fall back to any day
        ("unfall im oktober", False),
        ("einbruch am mittwoch in hamm", False),  # yesterday, but maybe a release's own words
    ],
)
def test_the_last_days_are_yesterday_and_the_night_not_nowadays(question, last_days):
    dates, _ = split_time_words(question, TODAY)

    assert names_last_days(dates) is last_days


def test_a_release_of_that_day_about_something_else_does_not_answer(dated_searcher):
    answer = answer_question(
        dated_searcher, "wer hat gestern bayern gegen dortmund gewonnen", today=TODAY
    )

    assert answer.declined


def test_a_release_without_a_date_still_answers_a_question_that_names_days(dated_searcher):
    answer = answer_question(
        dated_searcher, "wie viele e-bikes wurden letzte woche in ahlen gestohlen", today=TODAY
    )

    assert answered_from(answer) == "stadt-ahlen-fahrraeder"
    assert answer.dates is None


def test_without_time_words_the_ranking_is_as_before(dated_searcher):
    question = "Wie hoch war der Schaden auf der Münsterstraße?"
    answer = answer_question(dated_searcher, question, today=TODAY)

    assert answered_from(answer) == OCTOBER_HAMM
    assert answer.dates is None
    assert answer_question(dated_searcher, question) == answer


# --- follow-up releases -----------------------------------------------------------------------

ORIGINAL = "pol-ham-2026-10-06-radfahrerin"
NACHTRAG = "pol-ham-2026-10-08-nachtrag-radfahrerin"
FOLLOW_UP_CORPUS = {
    "original.jsonl": record(
        ORIGINAL,
        "2026-10-06",
        "Hamm",
        "POL-HAM: Radfahrerin bei Verkehrsunfall auf der Werler Straße schwer verletzt",
        "Bei einem Verkehrsunfall auf der Werler Straße wurde am Dienstagmorgen eine 52-jährige "
        "Radfahrerin schwer verletzt. Ein 67-jähriger Autofahrer aus Hamm hatte die Frau beim "
        "Abbiegen übersehen. Rettungskräfte brachten die Radfahrerin in ein Krankenhaus.",
    ),
    "nachtrag.jsonl": record(
        NACHTRAG,
        "2026-10-08",
        "Hamm",
        "POL-HAM: Nachtrag zum Verkehrsunfall auf der Werler Straße - Radfahrerin verstorben",
        "Die 52 Jahre alte Radfahrerin, die am Dienstag an der Werler Straße von einem "
        "abbiegenden Auto erfasst wurde, ist am Mittwochabend im Krankenhaus gestorben. Die "
        "Polizei sucht weiter Zeugen des Unfalls.",
    ),
    "other.jsonl": record(
        "pol-ham-2026-10-07-verkehrsunfall-ostring",
        "2026-10-07",
        "Hamm",
        "POL-HAM: Verkehrsunfall auf dem Ostring",
        "Auf dem Ostring stießen am Mittwoch zwei Autos zusammen. Verletzt wurde niemand.",
    ),
}


def release(release_id: str, title: str, text: str, date: str | None, place: str = "Hamm"):
    return Release(
        release_id, text, title, dt.date.fromisoformat(date) if date else None, None, place
    )


def follow_up_releases() -> dict[str, Release]:
    return {
        r["id"]: release(r["id"], r["title"], r["text"], r["date"], r["place"])
        for r in map(json.loads, FOLLOW_UP_CORPUS.values())
    }


def test_a_nachtrag_updates_the_release_it_is_about():
    releases = follow_up_releases()
    original, nachtrag = releases[ORIGINAL], releases[NACHTRAG]
    other = releases["pol-ham-2026-10-07-verkehrsunfall-ostring"]

    assert is_update(nachtrag) and not is_update(original)
    assert updates(nachtrag, original)
    assert not updates(original, nachtrag)  # the original calls itself no follow-up
    assert not updates(nachtrag, other)  # another accident of those days


@pytest.mark.parametrize(
    "title",
    [
        "Folgemeldung zu: Radfahrerin auf der Werler Straße schwer verletzt",
        "Korrekturmeldung: Radfahrerin auf der Werler Straße schwer verletzt",
        "Update: Radfahrerin auf der Werler Straße",
        "Radfahrerin auf der Werler Straße verletzt (Fortschreibung)",
    ],
)
def test_follow_ups_go_by_several_names(title):
    original = follow_up_releases()[ORIGINAL]
    follow_up = release("later", title, "Die Radfahrerin ist außer Lebensgefahr.", "2026-10-09")

    assert updates(follow_up, original)


def test_a_follow_up_of_another_place_or_dated_before_is_no_update():
    original = follow_up_releases()[ORIGINAL]
    title = "Nachtrag: Radfahrerin auf der Werler Straße"
    elsewhere = release("soest", title, "Die Radfahrerin ist wohlauf.", "2026-10-09", "Soest")
    earlier = release("earlier", title, "Die Radfahrerin ist wohlauf.", "2026-10-01")

    assert not updates(elsewhere, original)
    assert not updates(earlier, original)


@pytest.fixture(scope="module")
def follow_up_searcher(tmp_path_factory, encoder) -> Searcher:
    root = tmp_path_factory.mktemp("followups")
    rebuild_index(write_corpus(root / "corpus", FOLLOW_UP_CORPUS), root / "index", encoder)
    return Searcher(load_index(root / "index", encoder.name), encoder)


@pytest.mark.parametrize(
    "question, shown",
    [
        ("Was ist mit der Radfahrerin auf der Werler Straße passiert?", "gestorben"),
        ("What happened to the cyclist on Werler Straße?", "gestorben"),
        ("unfall radfahrerin werler straße", ""),
    ],
)
def test_the_nachtrag_answers_rather_than_the_release_it_updates(
    follow_up_searcher, question, shown
):
    answer = answer_question(follow_up_searcher, question, today=TODAY)

    assert answered_from(answer) == NACHTRAG
    assert shown in answer.excerpt


def test_a_detail_only_the_first_release_tells_is_answered_from_it(follow_up_searcher):
    answer = answer_question(follow_up_searcher, "wer hat die radfahrerin übersehen", today=TODAY)

    assert answered_from(answer) == ORIGINAL
    assert "67-jähriger Autofahrer" in answer.excerpt


# --- withdrawn releases -----------------------------------------------------------------------


def test_a_release_taken_out_of_the_corpus_is_gone_from_answers_after_the_rebuild(
    tmp_path: Path, encoder
):
    corpus_dir = write_corpus(tmp_path / "corpus", DATED_CORPUS)
    index_dir = tmp_path / "index"
    rebuild_index(corpus_dir, index_dir, encoder)
    question = "was ist gestern in hamm passiert"
    before = answer_question(
        Searcher(load_index(index_dir, encoder.name), encoder), question, today=TODAY
    )
    assert answered_from(before) == YESTERDAY_HAMM

    (corpus_dir / "hamm-november.jsonl").unlink()  # withdrawn
    rebuild_index(corpus_dir, index_dir, encoder)
    searcher = Searcher(load_index(index_dir, encoder.name), encoder)
    after = answer_question(searcher, question, today=TODAY)

    assert YESTERDAY_HAMM not in searcher.index.releases
    assert YESTERDAY_HAMM not in {s.release.release_id for s in after.sources}
    assert after.declined and not after.sources  # nothing of yesterday is left to answer from
