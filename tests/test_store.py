"""The index on disk: what is saved loads back the same, with a manifest that says how it was
built; an index that does not fit the settings or is damaged is refused with one sentence; and a
rebuild either swaps a complete new index in at once or leaves the previous one as it was."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from index.build import rebuild_index
from index.encoders import DEFAULT_ENCODER, Encoder, EncoderError
from index.releases import read_corpus
from index.search import Searcher
from index.segment import passages_of
from index.store import FORMAT_VERSION, MANIFEST, IndexUnusable, load_index

FIRST_IDS = {  # the releases of the three_releases fixture
    "aalen-gartenhaus",
    "essingen-b29",
    "pol-so-2022-06-01-taschendiebstahl",
}

ANOTHER_RELEASE = {
    "werl-trickbetrug.txt": """Werl (ots) - Ein falscher Polizeibeamter hat am Montag in Werl \
eine 79-jährige Frau um ihren Schmuck gebracht. Der Mann gab am Telefon vor, Einbrecher seien \
in der Nachbarschaft unterwegs. Die echte Polizei holt niemals Wertsachen ab.
""",
}


class FailingEncoder:
    """An encoder that fails on its input, as a model can (out of memory, a broken file)."""

    name = DEFAULT_ENCODER
    dim = 512

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        raise EncoderError("use-multilingual-v3 failed on its input: out of memory")


class DroppingEncoder:
    """An encoder that silently returns one vector too few."""

    name = DEFAULT_ENCODER
    dim = 512

    def __init__(self, encoder: Encoder) -> None:
        self._encoder = encoder

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self._encoder.encode(texts)[:-1]


def build_folders(index_dir: Path) -> set[str]:
    """The build folders beside the index link, and any half-made link."""
    parent = index_dir.parent
    builds = parent / f".{index_dir.name}.builds"
    stray_links = {p.name for p in parent.iterdir() if ".link-" in p.name}
    return {p.name for p in builds.iterdir() if p.is_dir()} | stray_links


def release_ids(index_dir: Path) -> set[str]:
    return set(load_index(index_dir, DEFAULT_ENCODER).releases)


@pytest.fixture
def fresh_index(make_corpus, three_releases, tmp_path, encoder) -> Path:
    """An index of the three releases that a test may rebuild or damage."""
    index_dir = tmp_path / "var" / "index"
    rebuild_index(make_corpus(three_releases), index_dir, encoder)
    return index_dir


# --- saving and loading -----------------------------------------------------------------------


def test_index_loads_back_the_releases_and_passages_it_was_built_from(three_release_index):
    corpus_dir, index_dir = three_release_index
    releases = read_corpus(corpus_dir).releases

    stored = load_index(index_dir, DEFAULT_ENCODER)

    assert stored.releases == {r.release_id: r for r in releases}
    assert stored.passages == [p for r in releases for p in passages_of(r)]
    assert stored.vectors.ntotal == len(stored.passages)
    assert stored.vectors.d == 512


def test_manifest_says_how_the_index_was_built_and_checksums_every_file(three_release_index):
    _, index_dir = three_release_index

    manifest = json.loads((index_dir / MANIFEST).read_text())

    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["encoder"] == "use-multilingual-v3"
    assert manifest["dim"] == 512
    assert len(manifest["corpus_fingerprint"]) == 64
    assert manifest["releases"] == 3
    assert manifest["passages"] == len(load_index(index_dir, DEFAULT_ENCODER).passages)
    assert manifest["built_at"].startswith("20")
    assert {"vectors.faiss", "passages.jsonl", "releases.jsonl"} <= set(manifest["files"])
    assert any(name.startswith("bm25/") for name in manifest["files"])
    for name, checksum in manifest["files"].items():
        assert hashlib.sha256((index_dir / name).read_bytes()).hexdigest() == checksum


def test_index_built_with_another_encoder_is_refused_with_what_to_do(three_release_index):
    _, index_dir = three_release_index

    with pytest.raises(IndexUnusable) as refused:
        load_index(index_dir, "sentence-transformers/all-MiniLM-L6-v2")

    assert str(refused.value) == (
        "index built with use-multilingual-v3, settings say "
        "sentence-transformers/all-MiniLM-L6-v2: run releasebot rebuild"
    )


def test_missing_index_is_refused_with_what_to_do(tmp_path):
    with pytest.raises(IndexUnusable, match=r"^no index at .*: run releasebot rebuild$"):
        load_index(tmp_path / "index", DEFAULT_ENCODER)


@pytest.mark.parametrize("damaged", ["vectors.faiss", "passages.jsonl", "releases.jsonl", "bm25"])
def test_a_damaged_index_file_is_named_in_one_line(fresh_index, damaged):
    manifest = json.loads((fresh_index / MANIFEST).read_text())
    name = next(n for n in sorted(manifest["files"]) if n.startswith(damaged))
    file = fresh_index / name
    file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])  # a disk that filled up

    with pytest.raises(IndexUnusable) as refused:
        load_index(fresh_index, DEFAULT_ENCODER)

    message = str(refused.value)
    assert "\n" not in message
    assert name in message
    assert message.endswith("run releasebot rebuild")


def test_a_truncated_manifest_is_refused_in_one_line(fresh_index):
    manifest = fresh_index / MANIFEST
    manifest.write_text(manifest.read_text()[:40])

    with pytest.raises(IndexUnusable) as refused:
        load_index(fresh_index, DEFAULT_ENCODER)

    message = str(refused.value)
    assert "\n" not in message
    assert "manifest" in message and str(fresh_index) in message
    assert message.endswith("run releasebot rebuild")


# --- rebuilding -------------------------------------------------------------------------------


def test_a_rebuild_swaps_the_index_link_to_a_new_build(fresh_index, make_corpus, encoder):
    before = fresh_index.resolve()
    assert fresh_index.is_symlink()

    rebuild_index(make_corpus(ANOTHER_RELEASE, name="corpus2"), fresh_index, encoder)

    assert fresh_index.is_symlink()
    assert fresh_index.resolve() != before
    assert release_ids(fresh_index) == {"werl-trickbetrug"}


def test_a_searcher_loaded_before_a_rebuild_keeps_answering_from_the_old_build(
    fresh_index, make_corpus, encoder
):
    searcher = Searcher(load_index(fresh_index, DEFAULT_ENCODER), encoder)

    rebuild_index(make_corpus(ANOTHER_RELEASE, name="corpus2"), fresh_index, encoder)
    rebuild_index(make_corpus(ANOTHER_RELEASE, name="corpus3"), fresh_index, encoder)

    (top, *_) = searcher.search(searcher.query("Wer stahl den Rasenmäher aus dem Gartenhaus?"))
    assert top.release.release_id == "aalen-gartenhaus"
    assert set(searcher.index.releases) == FIRST_IDS


def test_a_rebuild_keeps_only_the_current_and_the_previous_build(fresh_index, make_corpus, encoder):
    first = fresh_index.resolve().name
    for number in range(3):
        rebuild_index(make_corpus(ANOTHER_RELEASE, name=f"corpus{number}"), fresh_index, encoder)

    builds = build_folders(fresh_index)
    assert len(builds) == 2
    assert fresh_index.resolve().name in builds
    assert first not in builds


def test_a_failing_encoder_leaves_the_previous_index_and_no_stray_build(fresh_index, make_corpus):
    before = build_folders(fresh_index)
    target = fresh_index.resolve()

    with pytest.raises(EncoderError):
        rebuild_index(make_corpus(ANOTHER_RELEASE, name="corpus2"), fresh_index, FailingEncoder())

    assert fresh_index.resolve() == target
    assert release_ids(fresh_index) == FIRST_IDS
    assert build_folders(fresh_index) == before


def test_an_encoder_returning_too_few_vectors_leaves_the_previous_index(
    fresh_index, make_corpus, encoder
):
    with pytest.raises((ValueError, RuntimeError)):  # whichever error says so, but an error
        rebuild_index(
            make_corpus(ANOTHER_RELEASE, name="corpus2"), fresh_index, DroppingEncoder(encoder)
        )

    assert release_ids(fresh_index) == FIRST_IDS


def test_a_corpus_without_a_readable_release_raises_and_leaves_the_old_index(
    fresh_index, make_corpus, encoder
):
    target = fresh_index.resolve()
    unreadable = make_corpus(
        {"leer.txt": "", "latin1.txt": "Werl (ots) - Die Straße war gesperrt.".encode("latin-1")},
        name="kaputt",
    )

    with pytest.raises(ValueError, match="no readable release"):
        rebuild_index(unreadable, fresh_index, encoder)

    assert fresh_index.resolve() == target
    assert release_ids(fresh_index) == FIRST_IDS
