"""Shared fixtures: the real multilingual encoder, corpus folders written from a dict of texts, and
indexes built once per session from real files into a real FAISS index on disk."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

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
