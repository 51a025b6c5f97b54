"""Reading releases: presseportal's ots layout with or without header and footer, bundled reports,
Markdown with front matter, JSON Lines and JSON; ids, duplicates, and files that cannot be read
reported with a reason while the rest of the corpus is still read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from index.lexical import tokenize
from index.releases import parse_markdown, parse_ots, read_corpus, release_from_record
from index.segment import passages_of

AALEN_OTS = """24.02.2016 – 15:48

Polizeipräsidium Aalen

POL-AA: Ostalbkreis: Einbruch in Gartenhaus - Zeugen gesucht

Aalen (ots) - In der Nacht auf Dienstag brachen Unbekannte in ein Gartenhaus in der \
Wiesenstraße ein. Sie entwendeten einen Rasenmäher und eine Motorsäge im Wert von ca. 900 Euro.
Hinweise nimmt das Polizeirevier Aalen unter Tel.: 07361 5240 entgegen.

Rückfragen bitte an:

Polizeipräsidium Aalen
Pressestelle
Telefon: 07361 580-105
E-Mail: aalen.pp.pressestelle@polizei.bwl.de

Original-Content von: Polizeipräsidium Aalen, übermittelt durch news aktuell
"""

HAMM_BARE = """Hamm (ots)

Zur Hammer Sicherheitskonferenz kamen am Dienstag, 5. Oktober, im Polizeipräsidium Vertreter \
der Stadt, des Amtsgerichts und des Hauptzollamtes zusammen.
Vom Hauptzollamt Bielefeld nahmen Steven Schmidt und Adrian Dudziak teil.
"""

HAMM_INLINE = (
    "Hamm (ots) - Zur Hammer Sicherheitskonferenz kamen am Dienstag, 5. Oktober, Vertreter "
    "der Stadt und des Hauptzollamtes zusammen. Polizeipräsident Thomas Kubera begrüßte die Gäste."
)

AALEN_BUNDLE = """04.03.2023 – 11:20

Polizeipräsidium Aalen

POL-AA: Pressebericht vom Wochenende

Aalen (ots)

Aalen: Einbruch in Gartenhaus

In der Nacht auf Samstag brachen Unbekannte in ein Gartenhaus ein. Sie entwendeten einen \
Rasenmäher.

Schwäbisch Gmünd: Radfahrer leicht verletzt

Am Samstagmorgen kollidierte ein 45-jähriger Radfahrer mit einem Pkw. Er wurde leicht verletzt.

Ellwangen: Betrunken am Steuer

Eine Streife kontrollierte am Sonntag gegen 2.30 Uhr einen 23-Jährigen. Ein Test ergab 1,4 Promille.

Original-Content von: Polizeipräsidium Aalen, übermittelt durch news aktuell
"""

ESSINGEN_MD = """---
title: Auffahrunfall auf der B 29
date: 2023-03-14
publisher: Polizeipräsidium Aalen
place: Essingen
url: https://www.presseportal.de/blaulicht/pm/110969/5460000
---
# Auffahrunfall auf der B 29

Auf der B 29 bei Essingen kam es am Dienstagmorgen zu einem Auffahrunfall. Zwei Personen wurden \
leicht verletzt, der Sachschaden beträgt rund 15.000 Euro.
"""

SOEST_RECORD = {
    "id": "pol-so-2022-06-01-taschendiebstahl",
    "title": "Taschendiebe auf dem Wochenmarkt",
    "text": "Auf dem Wochenmarkt in Soest stahlen Unbekannte einer 81-Jährigen die Geldbörse. "
    "Die Polizei rät, Wertsachen eng am Körper zu tragen.",
    "date": "2022-06-01",
    "publisher": "Polizei Soest",
    "place": "Soest",
    "url": "https://www.presseportal.de/blaulicht/pm/65855/5237000",
}
UNNA_RECORD = {
    "id": "pol-un-2022-06-02-trickbetrug",
    "text": "Ein falscher Polizeibeamter erbeutete in Unna Schmuck einer 79-Jährigen. "
    "Die echte Polizei ruft niemals an, um Wertsachen abzuholen.",
    "date": "02.06.2022",
    "publisher": "Kreispolizeibehörde Unna",
}


def problems_of(folder: Path) -> dict[str, str]:
    """Each problem of the corpus as 'file name (line n)' -> its full sentence."""
    return {
        Path(p.path).name + (f" {p.line}" if p.line else ""): str(p)
        for p in read_corpus(folder).problems
    }


# --- the ots layout ---------------------------------------------------------------------------


def test_ots_header_gives_date_publisher_title_and_place():
    release = parse_ots(AALEN_OTS, "aalen")

    assert release.date == dt.date(2016, 2, 24)
    assert release.publisher == "Polizeipräsidium Aalen"
    assert release.title == "POL-AA: Ostalbkreis: Einbruch in Gartenhaus - Zeugen gesucht"
    assert release.place == "Aalen"


def test_ots_text_starts_after_the_dateline_and_leaves_out_the_contact_block():
    release = parse_ots(AALEN_OTS, "aalen")

    assert release.text.startswith("In der Nacht auf Dienstag brachen Unbekannte")
    assert "Tel.: 07361 5240 entgegen." in release.text
    for footer in ("Rückfragen", "Pressestelle", "580-105", "E-Mail", "Original-Content", "(ots)"):
        assert footer not in release.text


def test_ots_footer_names_the_publisher_when_the_header_is_missing():
    text = HAMM_BARE + "\nOriginal-Content von: Polizei Hamm, übermittelt durch news aktuell\n"

    release = parse_ots(text, "hamm")

    assert release.publisher == "Polizei Hamm"
    assert "news aktuell" not in release.text


def test_ots_without_header_or_footer_is_the_text_after_the_dateline():
    release = parse_ots(HAMM_BARE, "hamm")

    assert release.place == "Hamm"
    assert release.date is None and release.publisher is None
    assert release.text.startswith("Zur Hammer Sicherheitskonferenz kamen am Dienstag")
    assert release.text.endswith("Steven Schmidt und Adrian Dudziak teil.")


def test_ots_text_on_the_dateline_itself_is_kept():
    release = parse_ots(HAMM_INLINE, "hamm")

    assert release.place == "Hamm"
    assert release.text.startswith("Zur Hammer Sicherheitskonferenz kamen")
    assert release.text.endswith("begrüßte die Gäste.")


def test_bundled_release_keeps_each_heading_with_its_report():
    release = parse_ots(AALEN_BUNDLE, "aalen-wochenende")

    passages = passages_of(release)

    heading_of = {p.text: p.heading for p in passages}
    assert heading_of["Sie entwendeten einen Rasenmäher."] == "Aalen: Einbruch in Gartenhaus"
    assert heading_of["Er wurde leicht verletzt."] == "Schwäbisch Gmünd: Radfahrer leicht verletzt"
    assert heading_of["Ein Test ergab 1,4 Promille."] == "Ellwangen: Betrunken am Steuer"
    assert {p.release_id for p in passages} == {"aalen-wochenende"}
    assert [p.position for p in passages] == list(range(len(passages)))
    # The heading is searched with the sentence, but never quoted as a sentence of its own.
    assert "Ellwangen: Betrunken am Steuer" in passages[-1].search_text
    assert all(p.heading != p.text for p in passages)


def test_a_town_and_district_on_a_line_of_their_own_head_the_report_below():
    release = parse_ots(
        "Reutlingen (ots) - Nach dem Spiel feierten in Reutlingen zahlreiche Fans.\n"
        "Esslingen (ES): \n"
        "Ein Autokorso mit etwa 50 Fahrzeugen verlief ohne Vorkommnisse.\n"
        "Rottenburg (TÜ):\n"
        "Ein Korso mit etwa 70 Fahrzeugen bildete sich.\n"
        "Rückfragen bitte an:\n"
        "Polizeipräsidium Reutlingen",
        "reutlingen-em",
    )

    heading_of = {p.text: p.heading for p in passages_of(release)}

    assert heading_of == {
        "Nach dem Spiel feierten in Reutlingen zahlreiche Fans.": "Reutlingen",
        "Ein Autokorso mit etwa 50 Fahrzeugen verlief ohne Vorkommnisse.": "Esslingen (ES):",
        "Ein Korso mit etwa 70 Fahrzeugen bildete sich.": "Rottenburg (TÜ):",
    }


def test_a_heading_with_a_note_in_brackets_heads_its_report():
    """ "(Zeugenaufruf)" ends many headings; "(ms)", the writer's initials, ends a report's last
    sentence, which stays with its report."""
    release = parse_ots(
        "Esslingen (ots) - An dem Bus beläuft er sich jedoch auf etwa 10.000 Euro. (ms)\n"
        "Esslingen (ES): Tankwart bestohlen (Zeugenaufruf)\n"
        "Einem hilfsbereiten Tankwart sind am Dienstagabend mehrere Hundert Euro gestohlen "
        "worden.\n",
        "esslingen",
    )

    heading_of = {p.text: p.heading for p in passages_of(release)}

    assert heading_of == {
        "An dem Bus beläuft er sich jedoch auf etwa 10.000 Euro. (ms)": "Esslingen",
        "Einem hilfsbereiten Tankwart sind am Dienstagabend mehrere Hundert Euro gestohlen "
        "worden.": "Esslingen (ES): Tankwart bestohlen (Zeugenaufruf)",
    }


def test_a_heading_may_end_as_a_sentence_after_a_place_and_a_colon_or_dash():
    release = parse_ots(
        "Öhringen (ots) - Der Biker hatte Glück und wurde nicht verletzt.\n"
        "Künzelsau/Ingelfingen: Gefährlich überholt und geflüchtet - Zeugen gesucht!\n"
        "Dabei erlitt sie leichte Verletzungen.\n"
        "Bitte melden Sie sich!\n"
        "Esslingen - Unter Alkoholeinwirkung ein Fahrzeug gelenkt und Widerstand geleistet.\n"
        "Ein 26-Jähriger wurde kontrolliert.\n",
        "oehringen",
    )

    heading_of = {p.text: p.heading for p in passages_of(release)}

    assert heading_of["Dabei erlitt sie leichte Verletzungen."] == (
        "Künzelsau/Ingelfingen: Gefährlich überholt und geflüchtet - Zeugen gesucht!"
    )
    assert "Bitte melden Sie sich!" in heading_of  # a sentence, not a heading
    assert heading_of["Ein 26-Jähriger wurde kontrolliert."] == (
        "Esslingen - Unter Alkoholeinwirkung ein Fahrzeug gelenkt und Widerstand geleistet."
    )


def test_bundled_release_title_comes_from_the_header():
    release = parse_ots(AALEN_BUNDLE, "aalen-wochenende")

    assert release.title == "POL-AA: Pressebericht vom Wochenende"
    assert release.date == dt.date(2023, 3, 4)


# --- Markdown and JSON records ----------------------------------------------------------------


def test_markdown_front_matter_gives_title_date_publisher_place_and_url():
    release = parse_markdown(ESSINGEN_MD, "essingen")

    assert release.title == "Auffahrunfall auf der B 29"
    assert release.date == dt.date(2023, 3, 14)
    assert release.publisher == "Polizeipräsidium Aalen"
    assert release.place == "Essingen"
    assert release.url == "https://www.presseportal.de/blaulicht/pm/110969/5460000"
    assert "---" not in release.text and "title:" not in release.text
    assert "Zwei Personen wurden leicht verletzt" in release.text


def test_json_record_gives_every_field_and_german_dates_are_read():
    assert release_from_record(SOEST_RECORD).date == dt.date(2022, 6, 1)
    assert release_from_record(UNNA_RECORD).date == dt.date(2022, 6, 2)
    soest = release_from_record(SOEST_RECORD)
    assert (soest.release_id, soest.title, soest.publisher, soest.place) == (
        "pol-so-2022-06-01-taschendiebstahl",
        "Taschendiebe auf dem Wochenmarkt",
        "Polizei Soest",
        "Soest",
    )
    assert soest.url == SOEST_RECORD["url"]


def test_corpus_reads_txt_md_jsonl_and_json_array_and_single_record(make_corpus):
    corpus_dir = make_corpus(
        {
            "aalen.txt": AALEN_OTS,
            "essingen.md": ESSINGEN_MD,
            "meldungen.jsonl": json.dumps(SOEST_RECORD, ensure_ascii=False) + "\n",
            "array.json": json.dumps([UNNA_RECORD], ensure_ascii=False),
            "einzeln.json": json.dumps({"text": HAMM_INLINE, "publisher": "Polizei Hamm"}),
        }
    )

    corpus = read_corpus(corpus_dir)

    assert corpus.problems == []
    by_id = {r.release_id: r for r in corpus.releases}
    assert set(by_id) == {
        "aalen",
        "essingen",
        "pol-so-2022-06-01-taschendiebstahl",
        "pol-un-2022-06-02-trickbetrug",
        "einzeln",  # a single record without an id is named after its file
    }
    assert by_id["essingen"].place == "Essingen"
    assert by_id["pol-so-2022-06-01-taschendiebstahl"].publisher == "Polizei Soest"
    assert by_id["einzeln"].publisher == "Polizei Hamm"


def test_release_id_is_the_path_in_the_corpus_without_extension(make_corpus):
    corpus_dir = make_corpus({"2016/02/aalen-einbruch.txt": AALEN_OTS, "hamm.txt": HAMM_BARE})

    ids = {r.release_id for r in read_corpus(corpus_dir).releases}

    assert ids == {"2016/02/aalen-einbruch", "hamm"}


def test_single_json_record_keeps_its_own_id(make_corpus):
    corpus_dir = make_corpus({"soest.json": json.dumps(SOEST_RECORD)})

    (release,) = read_corpus(corpus_dir).releases

    assert release.release_id == "pol-so-2022-06-01-taschendiebstahl"


def test_invisible_characters_of_web_pages_do_not_split_words(make_corpus):
    """A soft hyphen or a zero-width space, as web pages carry them, would make two search
    terms of "Polizeipräsidium" and show up in excerpts."""
    record = {
        "id": "hamm",
        "title": "Sicherheits\u00adkonferenz",
        "text": "Zur Konferenz kamen im Polizei\u00adpräsidium\u200b Vertreter zusammen.",
    }
    corpus_dir = make_corpus({"hamm.jsonl": json.dumps(record)})

    (release,) = read_corpus(corpus_dir).releases

    assert release.title == "Sicherheitskonferenz"
    assert release.text == "Zur Konferenz kamen im Polizeipräsidium Vertreter zusammen."
    assert "polizeiprasidium" in tokenize(passages_of(release)[0].text)


def test_identical_texts_are_indexed_once_and_reported_as_duplicates(make_corpus):
    reformatted = HAMM_INLINE.replace(" - ", " -\n   ").replace("Vertreter ", "Vertreter\n")
    corpus_dir = make_corpus(
        {
            "a-hamm.txt": HAMM_INLINE,
            "b-hamm-kopie.txt": reformatted,  # the same words, wrapped differently
            "c-aalen.txt": AALEN_OTS,
        }
    )

    corpus = read_corpus(corpus_dir)

    assert [r.release_id for r in corpus.releases] == ["a-hamm", "c-aalen"]
    assert corpus.duplicates == ["b-hamm-kopie"]
    assert corpus.problems == []


# --- files that cannot be read ----------------------------------------------------------------


def test_a_file_of_invalid_bytes_is_a_problem_and_the_rest_is_read(make_corpus):
    corpus_dir = make_corpus(
        {
            "aalen.txt": AALEN_OTS,
            "latin1.txt": HAMM_BARE.encode("latin-1"),  # "Präsidium" in Latin-1, not UTF-8
        }
    )

    corpus = read_corpus(corpus_dir)

    assert [r.release_id for r in corpus.releases] == ["aalen"]
    (problem,) = corpus.problems
    assert problem.path.endswith("latin1.txt")
    assert "not UTF-8" in str(problem) and str(problem).endswith("skipped")


def test_a_broken_jsonl_line_names_file_and_line_and_the_other_lines_are_read(make_corpus):
    lines = [
        json.dumps(SOEST_RECORD, ensure_ascii=False),
        '{"id": "pol-do-1", "text": "Einbruch in Dortmund", ',  # cut off mid-record
        json.dumps(UNNA_RECORD, ensure_ascii=False),
    ]
    corpus_dir = make_corpus({"meldungen.jsonl": "\n".join(lines) + "\n"})

    corpus = read_corpus(corpus_dir)

    assert {r.release_id for r in corpus.releases} == {
        "pol-so-2022-06-01-taschendiebstahl",
        "pol-un-2022-06-02-trickbetrug",
    }
    (problem,) = corpus.problems
    assert problem.line == 2
    message = str(problem)
    assert "meldungen.jsonl line 2" in message
    assert "not valid JSON" in message


def test_an_empty_file_is_a_problem(make_corpus):
    corpus_dir = make_corpus({"aalen.txt": AALEN_OTS, "leer.md": "\n  \n"})

    assert problems_of(corpus_dir) == {
        "leer.md": f"{corpus_dir / 'leer.md'}: file is empty — skipped"
    }
    assert [r.release_id for r in read_corpus(corpus_dir).releases] == ["aalen"]


def test_a_record_without_text_is_a_problem_that_names_it(make_corpus):
    no_text = {"id": "pol-ham-ohne-text", "title": "Verkehrsunfall in Hamm"}
    corpus_dir = make_corpus(
        {
            "ohne-text.json": json.dumps(no_text),
            "meldungen.jsonl": json.dumps(SOEST_RECORD) + "\n" + json.dumps(no_text) + "\n",
        }
    )

    corpus = read_corpus(corpus_dir)

    assert [r.release_id for r in corpus.releases] == ["pol-so-2022-06-01-taschendiebstahl"]
    problems = problems_of(corpus_dir)
    assert set(problems) == {"ohne-text.json", "meldungen.jsonl 2"}
    assert all("'pol-ham-ohne-text' has no text" in reason for reason in problems.values())


def test_a_missing_corpus_folder_is_a_problem_not_a_crash():
    corpus = read_corpus(Path("/nonexistent/corpus"))

    (problem,) = corpus.problems
    assert str(problem) == "/nonexistent/corpus: corpus folder does not exist — skipped"
