"""Sentences of German police releases: no break at dates, times, abbreviations or initials; a
break after every real sentence; and nothing of the text is ever lost."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.releases import Release
from index.segment import passages_of, report_heading, split_sentences

# Each paragraph is exactly two sentences: the first holds what must not end it.
NO_BREAK_INSIDE = {
    "date": (
        "Der Unfall ereignete sich am Dienstag, 5. Oktober, gegen Mittag in Aalen.",
        "Der Fahrer blieb unverletzt.",
    ),
    "time": (
        "Gegen 10.15 Uhr wurde die Polizei zur Bahnhofstraße gerufen.",
        "Dort lag ein Mann am Boden.",
    ),
    "ca.": (
        "Es entstand ein Sachschaden von ca. 5000 Euro.",
        "Zeugen melden sich bitte beim Revier.",
    ),
    "Nr.": (
        "Die Tat geschah vor dem Haus Nr. 12 in der Hauptstraße.",
        "Der Täter flüchtete zu Fuß.",
    ),
    "z. B.": (
        "Hinweise, z. B. zu verdächtigen Fahrzeugen, nimmt die Polizei entgegen.",
        "Jeder Hinweis kann helfen.",
    ),
    "Tel.:": (
        "Hinweise nimmt das Polizeirevier Aalen unter Tel.: 07361 5240 entgegen.",
        "Die Ermittlungen dauern an.",
    ),
    "u.a.": (
        "Entwendet wurden u.a. Schmuck und Bargeld.",
        "Die Kriminalpolizei ermittelt.",
    ),
    "Str.": (
        "Der Unfall geschah in der Karlsruher Str. 5 in Ellwangen.",
        "Niemand wurde verletzt.",
    ),
    "initial": (
        "Der 34-jährige Peter M. aus Aalen wurde vorläufig festgenommen.",
        "Er sitzt in Untersuchungshaft.",
    ),
    "two initials": (
        "Polizeisprecher H. J. Müller bestätigte den Einsatz.",
        "Weitere Angaben machte er nicht.",
    ),
    "Dr.": (
        "Der Notarzt Dr. Weber versorgte die Verletzten.",
        "Sie kamen ins Krankenhaus.",
    ),
}


@pytest.mark.parametrize("case", NO_BREAK_INSIDE, ids=list(NO_BREAK_INSIDE))
def test_no_sentence_break_inside(case):
    first, second = NO_BREAK_INSIDE[case]

    assert split_sentences(f"{first} {second}") == [first, second]


def test_no_sentence_break_after_a_street_name_abbreviated_with_str():
    first = "Der Unfall geschah in der Bahnhofstr. 12 in Aalen."
    second = "Niemand wurde verletzt."

    assert split_sentences(f"{first} {second}") == [first, second]


def test_breaks_after_a_normal_sentence():
    assert split_sentences(
        "Ein Radfahrer wurde leicht verletzt. Der Autofahrer fuhr weiter. Die Polizei ermittelt."
    ) == [
        "Ein Radfahrer wurde leicht verletzt.",
        "Der Autofahrer fuhr weiter.",
        "Die Polizei ermittelt.",
    ]


def test_breaks_after_exclamation_and_question_marks():
    assert split_sentences(
        "Halt, Polizei! Der Mann rannte weiter. Warum? Das ist noch unklar."
    ) == [
        "Halt, Polizei!",
        "Der Mann rannte weiter.",
        "Warum?",
        "Das ist noch unklar.",
    ]


def test_breaks_after_closing_quotes():
    paragraph = (
        "Er sagte: „Das war knapp.“ Danach ging er. "
        '"Wir sind zufrieden", betonte Thomas Kubera. "Nur gemeinsam geht es." '
        "Dann endete die Runde."
    )

    assert split_sentences(paragraph) == [
        "Er sagte: „Das war knapp.“",
        "Danach ging er.",
        '"Wir sind zufrieden", betonte Thomas Kubera.',
        '"Nur gemeinsam geht es."',
        "Dann endete die Runde.",
    ]


def test_breaks_after_a_year_and_a_full_date():
    assert split_sentences(
        "Die Kooperation wurde im Jahr 2020 eingerichtet. Sie tagt am 05.10.2021. Alle kamen."
    ) == [
        "Die Kooperation wurde im Jahr 2020 eingerichtet.",
        "Sie tagt am 05.10.2021.",
        "Alle kamen.",
    ]


def _squashed(text: str) -> str:
    return "".join(text.split())


# Text from police-release pieces, so that abbreviations, ordinals and quotes meet each other.
_PIECES = st.sampled_from(
    [
        "Der Täter floh.",
        " ",
        "\n",
        "z. B.",
        "ca.",
        "Nr. 5",
        "Dienstag, 5. Oktober",
        "10.15 Uhr",
        "Tel.: 07361",
        "Peter M.",
        "„Halt!“",
        '"Warum?"',
        "(ots)",
        "…",
        "!?",
        ".",
        "Str.",
        "a",
        "Ä",
        "3",
    ]
)


@given(st.one_of(st.text(), st.lists(_PIECES, max_size=30).map("".join)))
def test_split_sentences_never_raises_and_loses_no_character(paragraph):
    sentences = split_sentences(paragraph)

    assert _squashed("".join(sentences)) == _squashed(paragraph)
    assert all(s and s == s.strip() for s in sentences)


def test_a_report_heading_the_release_took_as_its_title_is_not_shown_again():
    release = Release(
        "r1",
        "Berglen: Brandursache unklar\nZur Ursache gibt es keine Hinweise.\n"
        "Fellbach - Auffahrunfall\nEin Opel fuhr auf.",
        title="Berglen: Brandursache unklar",
        place="Rems-Murr-Kreis",
    )
    first, second = passages_of(release)

    assert report_heading(release, first) is None
    assert report_heading(release, second) == "Fellbach - Auffahrunfall"
