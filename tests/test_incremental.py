"""Incremental rebuilds: passage vectors are cached beside the index by encoder and text, so a
rebuild encodes only new or changed passages, drops deleted releases, and a rebuild killed half way
leaves the previous index working and keeps what it had encoded."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from index.build import rebuild_index
from index.cache import RebuildRunning, cache_dir, rebuild_lock
from index.encoders import DEFAULT_ENCODER, Encoder
from index.releases import read_corpus
from index.search import Searcher
from index.segment import passages_of
from index.store import current_build, load_index

ROOT = Path(__file__).resolve().parent.parent

WERL = """Werl (ots) - Ein falscher Polizeibeamter hat am Montag in Werl eine 79-jährige Frau um \
ihren Schmuck gebracht. Der Mann gab am Telefon vor, Einbrecher seien in der Nachbarschaft \
unterwegs. Die echte Polizei holt niemals Wertsachen ab.
"""

LIPPSTADT = """Lippstadt (ots) - Am Samstagabend brannte in Lippstadt eine Scheune an der \
Erwitter Straße. Die Feuerwehr war mit 40 Einsatzkräften vor Ort. Verletzt wurde niemand. \
Der Schaden wird auf 120.000 Euro geschätzt. Die Kriminalpolizei ermittelt zur Brandursache. \
Zeugen, die verdächtige Personen gesehen haben, melden sich bitte unter 02941 91000. \
Ein Brandstifter wird nicht ausgeschlossen. Die Straße war drei Stunden gesperrt.
"""


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


def passage_count(corpus_dir: Path, release_id: str) -> int:
    (release,) = [r for r in read_corpus(corpus_dir).releases if r.release_id == release_id]
    return len(passages_of(release))


def top_release(index_dir: Path, encoder: Encoder, question: str) -> str:
    searcher = Searcher(load_index(index_dir, DEFAULT_ENCODER), encoder)
    return searcher.search(searcher.query(question))[0].release.release_id


@pytest.fixture
def index_dir(tmp_path) -> Path:
    return tmp_path / "var" / "index"


def test_a_rebuild_encodes_only_the_passages_of_a_new_release(
    make_corpus, three_releases, index_dir, encoder
):
    corpus_dir = make_corpus(three_releases)
    counting = CountingEncoder(encoder)
    first = rebuild_index(corpus_dir, index_dir, counting)
    assert len(counting.texts) == first.passages == first.encoded and first.reused == 0

    (corpus_dir / "werl-trickbetrug.txt").write_text(WERL, encoding="utf-8")
    counting.texts.clear()
    second = rebuild_index(corpus_dir, index_dir, counting)

    new_passages = passage_count(corpus_dir, "werl-trickbetrug")
    assert len(counting.texts) == second.encoded == new_passages
    assert second.reused == first.passages
    assert top_release(index_dir, encoder, "Wer hat die Frau in Werl betrogen?") == (
        "werl-trickbetrug"
    )


def test_an_incremental_rebuild_gives_the_same_index_as_a_full_one(
    make_corpus, three_releases, tmp_path, encoder
):
    corpus_dir = make_corpus(three_releases)
    incremental = tmp_path / "a" / "index"
    rebuild_index(corpus_dir, incremental, encoder)
    (corpus_dir / "werl-trickbetrug.txt").write_text(WERL, encoding="utf-8")
    rebuild_index(corpus_dir, incremental, encoder)
    full = tmp_path / "b" / "index"
    rebuild_index(corpus_dir, full, encoder)

    a, b = load_index(incremental, DEFAULT_ENCODER), load_index(full, DEFAULT_ENCODER)
    assert a.passages == b.passages
    ids = np.arange(len(a.passages))
    # equal up to float rounding: the encoder's sums run in another order in another batch
    np.testing.assert_allclose(
        a.vectors.reconstruct_batch(ids), b.vectors.reconstruct_batch(ids), atol=1e-5
    )


def test_a_changed_release_is_encoded_again_and_a_deleted_one_disappears(
    make_corpus, three_releases, index_dir, encoder
):
    corpus_dir = make_corpus({**three_releases, "werl-trickbetrug.txt": WERL})
    rebuild_index(corpus_dir, index_dir, encoder)
    (corpus_dir / "werl-trickbetrug.txt").unlink()
    changed = WERL.replace("Schmuck", "Goldschmuck")
    (corpus_dir / "werl-2.txt").write_text(changed, encoding="utf-8")
    counting = CountingEncoder(encoder)

    summary = rebuild_index(corpus_dir, index_dir, counting)

    stored = load_index(index_dir, DEFAULT_ENCODER)
    assert "werl-trickbetrug" not in stored.releases
    assert {p.release_id for p in stored.passages} == set(stored.releases)
    # only the sentence that changed and the one after it (whose context it is) are new
    assert counting.texts == [
        p.search_text
        for p in passages_of(stored.releases["werl-2"])
        if "Goldschmuck" in p.search_text
    ]
    assert summary.encoded == 2


def test_the_cache_forgets_most_of_a_corpus_that_was_deleted(
    make_corpus, three_releases, index_dir, encoder
):
    rebuild_index(make_corpus({**three_releases, "lippstadt.txt": LIPPSTADT}), index_dir, encoder)
    cache_files = list(cache_dir(index_dir).rglob("*.keys"))
    assert sum(f.stat().st_size for f in cache_files) > 0

    summary = rebuild_index(make_corpus({"werl.txt": WERL}, name="werl"), index_dir, encoder)

    (keys,) = cache_dir(index_dir).rglob("*.keys")  # merged into one segment
    assert keys.stat().st_size == 32 * summary.passages
    assert top_release(index_dir, encoder, "Wer hat die Frau in Werl betrogen?") == "werl"


def test_each_build_has_a_new_name_to_poll_for(make_corpus, three_releases, index_dir, encoder):
    assert current_build(index_dir) is None
    corpus_dir = make_corpus(three_releases)
    rebuild_index(corpus_dir, index_dir, encoder)
    first = current_build(index_dir)

    rebuild_index(corpus_dir, index_dir, encoder)

    assert first is not None and current_build(index_dir) not in (None, first)
    assert current_build(index_dir) == index_dir.resolve().name


def test_a_second_rebuild_of_the_same_index_at_once_is_refused(
    make_corpus, three_releases, index_dir, encoder
):
    with rebuild_lock(index_dir), pytest.raises(RebuildRunning, match="another releasebot rebuild"):
        rebuild_index(make_corpus(three_releases), index_dir, encoder)


def test_a_damaged_cache_is_encoded_again_not_trusted(
    make_corpus, three_releases, index_dir, encoder
):
    corpus_dir = make_corpus(three_releases)
    first = rebuild_index(corpus_dir, index_dir, encoder)
    for vectors in cache_dir(index_dir).rglob("*.vectors.npy"):
        vectors.write_bytes(vectors.read_bytes()[:200])  # a disk that filled up
    counting = CountingEncoder(encoder)

    rebuild_index(corpus_dir, index_dir, counting)

    assert len(counting.texts) == first.passages
    assert top_release(index_dir, encoder, "Was wurde aus dem Gartenhaus gestohlen?") == (
        "aalen-gartenhaus"
    )


KILLED_REBUILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import index.build
    from index.build import rebuild_index
    from index.encoders import load_encoder

    index.build.CACHE_SEGMENT = index.build.ENCODE_BATCH = 4  # a cache segment every 4 passages
    encoder = load_encoder("use-multilingual-v3")

    class DyingEncoder:
        name, dim, calls = encoder.name, encoder.dim, 0

        def encode(self, texts):
            DyingEncoder.calls += 1
            if DyingEncoder.calls == 2:  # the first segment is written: die as `kill -9` does
                os.kill(os.getpid(), signal.SIGKILL)
            return encoder.encode(texts)

    rebuild_index(Path(sys.argv[1]), Path(sys.argv[2]), DyingEncoder())
    """
)


def test_a_killed_rebuild_leaves_the_previous_index_and_keeps_what_it_encoded(
    make_corpus, three_releases, index_dir, encoder
):
    corpus_dir = make_corpus(three_releases)
    rebuild_index(corpus_dir, index_dir, encoder)
    before = current_build(index_dir)
    (corpus_dir / "lippstadt-scheune.txt").write_text(LIPPSTADT, encoding="utf-8")
    new_passages = passage_count(corpus_dir, "lippstadt-scheune")
    assert new_passages > 4

    killed = subprocess.run(
        [sys.executable, "-c", KILLED_REBUILD, str(corpus_dir), str(index_dir)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=120,
    )

    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    assert current_build(index_dir) == before
    assert "lippstadt-scheune" not in load_index(index_dir, DEFAULT_ENCODER).releases
    counting = CountingEncoder(encoder)
    summary = rebuild_index(corpus_dir, index_dir, counting)
    assert summary.encoded == len(counting.texts) == new_passages - 4
    assert top_release(index_dir, encoder, "Wie hoch ist der Schaden an der Scheune?") == (
        "lippstadt-scheune"
    )
