"""Shared fixtures: the real multilingual encoder, corpus folders written from a dict of texts, and
indexes built once per session from real files into a real FAISS index on disk."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

from index.build import rebuild_index
from index.encoders import DEFAULT_ENCODER, Encoder, load_encoder
from index.search import Searcher
from index.store import load_index

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_CORPUS = ROOT / "corpus"

CorpusFiles = dict[str, str | bytes]

# A small corpus in each of the three layouts: releases aalen-gartenhaus, essingen-b29 and
# pol-so-2022-06-01-taschendiebstahl.
THREE_RELEASES = {
    "aalen-gartenhaus.txt": """24.02.2016 – 15:48

Polizeipräsidium Aalen

POL-AA: Aalen: Einbruch in Gartenhaus - Zeugen gesucht

Aalen (ots) - In der Nacht auf Dienstag brachen Unbekannte in ein Gartenhaus in der \
Wiesenstraße ein. Sie entwendeten einen Rasenmäher und eine Motorsäge im Wert von ca. 900 Euro.
Hinweise nimmt das Polizeirevier Aalen unter Tel.: 07361 5240 entgegen.

Original-Content von: Polizeipräsidium Aalen, übermittelt durch news aktuell
""",
    "essingen-b29.md": """---
title: Auffahrunfall auf der B 29
date: 2023-03-14
publisher: Polizeipräsidium Aalen
place: Essingen
---
Auf der B 29 bei Essingen kam es am Dienstagmorgen zu einem Auffahrunfall mit drei Fahrzeugen. \
Zwei Personen wurden leicht verletzt. Die Bundesstraße war bis 9 Uhr gesperrt.
""",
    "soest.jsonl": json.dumps(
        {
            "id": "pol-so-2022-06-01-taschendiebstahl",
            "title": "Taschendiebe auf dem Wochenmarkt",
            "text": "Auf dem Wochenmarkt in Soest stahlen Unbekannte einer 81-Jährigen die "
            "Geldbörse aus dem Einkaufskorb. Die Polizei rät, Wertsachen eng am Körper zu tragen.",
            "date": "2022-06-01",
            "publisher": "Polizei Soest",
            "place": "Soest",
        },
        ensure_ascii=False,
    )
    + "\n",
}


def write_corpus(folder: Path, files: CorpusFiles) -> Path:
    """A corpus folder holding the given files (name -> text, or bytes written as they are)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def encoder() -> Encoder:
    """The packaged multilingual Universal Sentence Encoder, the default setting."""
    return load_encoder(DEFAULT_ENCODER)


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[..., Path]:
    """Write a corpus folder under tmp_path: make_corpus({"a.txt": "..."}, name="corpus")."""

    def make(files: CorpusFiles, name: str = "corpus") -> Path:
        return write_corpus(tmp_path / name, files)

    return make


@pytest.fixture
def three_releases() -> CorpusFiles:
    return dict(THREE_RELEASES)


@pytest.fixture(scope="session")
def three_release_index(tmp_path_factory: pytest.TempPathFactory, encoder: Encoder):
    """(corpus folder, index) of the three releases, built once: tests must not change them."""
    root = tmp_path_factory.mktemp("three")
    corpus_dir = write_corpus(root / "corpus", THREE_RELEASES)
    rebuild_index(corpus_dir, root / "index", encoder)
    return corpus_dir, root / "index"


@pytest.fixture(scope="session")
def shipped_index(tmp_path_factory: pytest.TempPathFactory, encoder: Encoder) -> Path:
    """The corpus that ships with releasebot, indexed once for the whole session."""
    index_dir = tmp_path_factory.mktemp("shipped") / "index"
    rebuild_index(SHIPPED_CORPUS, index_dir, encoder)
    return index_dir


@pytest.fixture(scope="session")
def shipped_searcher(shipped_index: Path, encoder: Encoder) -> Searcher:
    return Searcher(load_index(shipped_index, encoder.name), encoder)


def shipped_among(root: Path, records: list[dict], encoder: Encoder) -> Searcher:
    """A searcher over the shipped corpus and these releases (JSONL records), indexed in root."""
    corpus_dir = root / "corpus"
    shutil.copytree(SHIPPED_CORPUS, corpus_dir)
    (corpus_dir / "releases.jsonl").write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    rebuild_index(corpus_dir, root / "index", encoder)
    return Searcher(load_index(root / "index", encoder.name), encoder)


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


class CountingEncoder:
    """The real encoder, counting the texts it is asked to encode."""

    def __init__(self, encoder: Encoder) -> None:
        self._encoder = encoder
        self.name = encoder.name
        self.dim = encoder.dim
        self.texts: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.texts.extend(texts)
        return self._encoder.encode(texts)

    @property
    def passages(self) -> list[str]:
        """The passages among the texts: the word bridge (index.word_bridge) encodes words."""
        return [text for text in self.texts if " " in text]

    @property
    def words(self) -> list[str]:
        return [text for text in self.texts if " " not in text]
