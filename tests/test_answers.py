"""Answers on real releases: who represented the Hauptzollamt at the Hammer Sicherheitskonferenz,
asked in German and in English, alone and among releases that look alike; and the bot's own words
in the language of the question."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from conftest import write_corpus
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answer import Answer, answer_question
from bot.cli import answer_text
from bot.excerpt import EXCERPT_MAX_CHARS, best_excerpt
from index.build import rebuild_index
from index.search import Searcher
from index.store import load_index

HAMM_ID = "polizei-hamm-2021-10-05-sicherheitskonferenz"
SHIPPED_CORPUS = Path(__file__).parent.parent / "corpus"
GERMAN = "Wer vertrat das Hauptzollamt?"
ENGLISH = "Who represented the Hauptzollamt?"

# Other releases of the same weeks that share words, names or the question's shape with it.
DISTRACTORS = [
    {
        "id": "pol-do-2021-10-04-schlaegerei",
        "title": "Wer ist Täter, wer ist Opfer? Schlägerei in der Nordstadt",
        "date": "2021-10-04",
        "publisher": "Polizei Dortmund",
        "place": "Dortmund",
        "text": "Wer ist Täter, wer ist Opfer?\n"
        "Nach einer Schlägerei in der Dortmunder Nordstadt am Sonntagabend ermittelt die Polizei "
        "in alle Richtungen. Gegen 22.30 Uhr gerieten auf der Münsterstraße zwei Gruppen junger "
        "Männer aneinander. Ein 24-Jähriger und ein 31-Jähriger wurden leicht verletzt und zeigten "
        "sich gegenseitig an. Zeugen, die den Beginn der Auseinandersetzung beobachtet haben, "
        "melden sich bitte bei der Kriminalwache unter Tel. 0231 132-7441.",
    },
    {
        "id": "pol-ge-2021-09-20-benefizspiel",
        "title": "Polizeiauswahl gewinnt Benefizspiel",
        "date": "2021-09-20",
        "publisher": "Polizei Gelsenkirchen",
        "place": "Gelsenkirchen",
        "text": "Beim Benefizspiel gegen eine Auswahl der Stadtverwaltung gewann die "
        "Fußballmannschaft der Polizei Gelsenkirchen mit 3:1. Für die Polizei spielten im Tor "
        "Marcel Becker, in der Abwehr Jonas Wagner, Tim Hoffmann und Lukas Schäfer, im Mittelfeld "
        "Sebastian Koch und Julia Richter sowie im Sturm Daniel Wolf und Kevin Schröder. Die Tore "
        "erzielten Daniel Wolf (2) und Julia Richter. Der Erlös von 2.400 Euro geht an den Verein "
        "Kinderlachen.",
    },
    {
        "id": "pol-bo-2021-09-28-zollkontrolle",
        "title": "Gemeinsame Kontrolle von Polizei und Zoll auf der A 40",
        "date": "2021-09-28",
        "publisher": "Polizei Bochum",
        "place": "Bochum",
        "text": "Bei einer gemeinsamen Schwerpunktkontrolle auf dem Rastplatz Bochum-Wattenscheid "
        "überprüften Polizei und Beamte des Hauptzollamts Dortmund am Dienstag 46 Lastwagen und "
        "Transporter. Die Finanzkontrolle Schwarzarbeit stellte bei drei Fahrern Verstöße gegen "
        "das Mindestlohngesetz fest. In einem Transporter fanden die Zöllner 12.000 unversteuerte "
        "Zigaretten. Gegen den 38-jährigen Fahrer wurde ein Strafverfahren wegen Steuerhehlerei "
        "eingeleitet.",
    },
    {
        "id": "pol-un-2021-10-01-ordnungspartnerschaft",
        "title": "Ordnungspartnerschaft für die Innenstadt",
        "date": "2021-10-01",
        "publisher": "Kreispolizeibehörde Unna",
        "place": "Unna",
        "text": "Zur Unterzeichnung der Ordnungspartnerschaft für die Unnaer Innenstadt trafen "
        "sich am Freitag Vertreter der Stadt, der Polizei und des Einzelhandels im Rathaus. Die "
        "Stadt vertrat Bürgermeister Dirk Wigant, für die Kreispolizeibehörde unterschrieb Landrat "
        "Mario Löhr. Der Einzelhandelsverband war durch seine Vorsitzende Sabine Berger vertreten. "
        "Ziel ist es, Sachbeschädigungen und Diebstähle in der Fußgängerzone gemeinsam zu "
        "verringern.",
    },
    {
        "id": "pol-bi-2021-10-03-festnahme-hbf",
        "title": "Festnahme am Hauptbahnhof Bielefeld",
        "date": "2021-10-03",
        "publisher": "Polizei Bielefeld",
        "place": "Bielefeld",
        "text": "Am Samstagabend nahmen Polizeibeamte am Bielefelder Hauptbahnhof einen "
        "27-jährigen Mann fest, der zuvor einer Reisenden das Handy entrissen hatte. Eine Zeugin "
        "hatte die Tat beobachtet und die Beamten alarmiert. Der Mann war bereits wegen mehrerer "
        "Diebstähle polizeibekannt. Er wurde noch am Sonntag einem Haftrichter vorgeführt.",
    },
    {
        "id": "pol-ham-2021-10-06-verkehrsunfall",
        "title": "Radfahrerin bei Unfall schwer verletzt",
        "date": "2021-10-06",
        "publisher": "Polizei Hamm",
        "place": "Hamm",
        "text": "Bei einem Verkehrsunfall auf der Werler Straße wurde am Mittwochmorgen eine "
        "52-jährige Radfahrerin schwer verletzt. Ein 67-jähriger Autofahrer aus Hamm hatte die "
        "Frau beim Abbiegen übersehen. Rettungskräfte brachten die Radfahrerin in ein "
        "Krankenhaus. Der Sachschaden beträgt rund 3.500 Euro.",
    },
    {
        "id": "pol-ms-2021-09-30-schmuggel",
        "title": "Zöllner finden Kokain im Reisebus",
        "date": "2021-09-30",
        "publisher": "Polizei Münster",
        "place": "Münster",
        "text": "Bei der Kontrolle eines Reisebusses aus den Niederlanden entdeckten Zöllner am "
        "Donnerstag auf der A 1 bei Münster rund zwei Kilogramm Kokain. Das Rauschgift war in der "
        "Verkleidung einer Toilette versteckt. Die Zollfahndung Essen hat die Ermittlungen "
        "übernommen, der 45-jährige Busfahrer wurde festgenommen.",
    },
]


@pytest.fixture(scope="module")
def crowded_searcher(tmp_path_factory, encoder) -> Searcher:
    """The shipped release among seven others, indexed once for this module."""
    root = tmp_path_factory.mktemp("crowded")
    corpus_dir = root / "corpus"
    shutil.copytree(SHIPPED_CORPUS, corpus_dir)
    (corpus_dir / "distractors.jsonl").write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in DISTRACTORS),
        encoding="utf-8",
    )
    rebuild_index(corpus_dir, root / "index", encoder)
    return Searcher(load_index(root / "index", encoder.name), encoder)


def assert_names_the_customs_representatives(answer: Answer) -> None:
    assert answer.excerpt is not None, f"declined (confidence {answer.confidence:.2f})"
    assert "Steven Schmidt" in answer.excerpt
    assert "Adrian Dudziak" in answer.excerpt
    assert len(answer.excerpt) <= EXCERPT_MAX_CHARS
    first = answer.sources[0].release
    assert first.release_id == HAMM_ID
    assert first.publisher == "Polizei Hamm"
    assert first.date == dt.date(2021, 10, 5)


def test_answers_who_represented_the_hauptzollamt(shipped_searcher):
    assert_names_the_customs_representatives(answer_question(shipped_searcher, GERMAN))


def test_answers_who_represented_the_hauptzollamt_asked_in_english(shipped_searcher):
    assert_names_the_customs_representatives(answer_question(shipped_searcher, ENGLISH))


def test_answers_who_represented_the_hauptzollamt_among_similar_releases(crowded_searcher):
    assert_names_the_customs_representatives(answer_question(crowded_searcher, GERMAN))


def test_answers_who_represented_the_hauptzollamt_in_english_among_similar_releases(
    crowded_searcher,
):
    assert_names_the_customs_representatives(answer_question(crowded_searcher, ENGLISH))


def test_an_off_topic_question_among_similar_releases_is_declined(crowded_searcher):
    answer = answer_question(crowded_searcher, "Wie wird das Wetter morgen in Stuttgart?")

    assert answer.declined
    assert answer.sources == ()


# --- the bot's words in the language of the question -----------------------------------------


def test_a_german_question_gets_a_german_answer(shipped_searcher):
    answer = answer_question(shipped_searcher, GERMAN)

    assert answer.language == "de"
    assert "Quelle: " in answer_text(answer)
    assert "05.10.2021" in answer_text(answer)


def test_an_english_question_gets_an_english_answer(shipped_searcher):
    answer = answer_question(shipped_searcher, ENGLISH)

    assert answer.language == "en"
    assert "Source: " in answer_text(answer)


def test_a_declined_german_question_is_declined_in_german(shipped_searcher):
    answer = answer_question(shipped_searcher, "Wie wird das Wetter morgen in Stuttgart?")

    assert answer.declined and answer.language == "de"
    assert answer_text(answer) == "Dazu steht nichts in den Pressemitteilungen."


def test_a_declined_english_question_is_declined_in_english(shipped_searcher):
    answer = answer_question(
        shipped_searcher, "What will the weather be like in Stuttgart tomorrow?"
    )

    assert answer.declined and answer.language == "en"
    assert answer_text(answer) == "The releases don't say."


def test_a_follow_up_in_a_chat_is_understood_in_the_context_of_the_last_release(
    crowded_searcher,
):
    answer = answer_question(
        crowded_searcher, "und wer vertrat die Bundespolizei?", previous_release_id=HAMM_ID
    )
    assert answer.sources[0].release.release_id == HAMM_ID
    assert "Rainer Hochkeppler" in answer.excerpt


def test_a_follow_up_with_no_words_of_its_own_stays_on_the_last_release(crowded_searcher):
    answer = answer_question(crowded_searcher, "und wann war das?", previous_release_id=HAMM_ID)
    assert answer.sources[0].release.release_id == HAMM_ID
    assert "5. Oktober" in answer.excerpt


def test_a_new_question_in_the_same_chat_leaves_the_last_release(crowded_searcher):
    answer = answer_question(
        crowded_searcher,
        "Wie viele Zigaretten fanden die Zöllner auf dem Rastplatz?",
        previous_release_id=HAMM_ID,
    )
    assert answer.sources[0].release.release_id != HAMM_ID
    assert "12.000" in answer.excerpt


def test_when_two_releases_say_the_same_the_newest_answers(tmp_path, encoder):
    statement = (
        "Die Polizei Hamm sucht Zeugen eines Einbruchs in der Bahnhofstraße, bei dem Schmuck im "
        "Wert von 3.000 Euro gestohlen wurde."
    )
    corpus = write_corpus(
        tmp_path / "corpus",
        {
            "alt.jsonl": json.dumps({"id": "alt", "date": "2021-03-01", "text": statement}),
            "neu.jsonl": json.dumps(
                {"id": "neu", "date": "2021-03-04", "text": statement + " Hinweise an 02381 916-0."}
            ),
        },
    )
    rebuild_index(corpus, tmp_path / "index", encoder)
    searcher = Searcher(load_index(tmp_path / "index", encoder.name), encoder)
    answer = answer_question(searcher, "Wie viel Schmuck wurde in der Bahnhofstraße gestohlen?")
    assert answer.sources[0].release.release_id == "neu"
    assert answer.sources[0].release.date.isoformat() == "2021-03-04"


_PIECES = st.sampled_from(
    [
        "Polizei",
        "sowie",
        "und",
        ",",
        ";",
        ":",
        "–",
        ".",
        "Steven Schmidt",
        "http://x.example/" + "a" * 280,
        "Hauptzollamt",
        "teil",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=120).map(" ".join), st.sampled_from(["who", "when", "what"]))
def test_an_excerpt_is_never_longer_than_300_characters_nor_empty(sentence, kind):
    excerpt = best_excerpt(sentence, [], kind)
    assert len(excerpt.text) <= EXCERPT_MAX_CHARS
    if sentence.strip(" ,;:–."):
        assert excerpt.text.strip(" …")
