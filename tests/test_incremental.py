"""Incremental rebuilds: passage vectors are cached beside the index by encoder and text, so a
rebuild encodes only new or changed passages, drops deleted releases, and a rebuild killed half way
leaves the previous index working and keeps what it had encoded."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from conftest import CountingEncoder

from index.build import rebuild_index
from index.cache import RebuildRunning, cache_dir, rebuild_lock
from index.encoders import DEFAULT_ENCODER, Encoder
from index.lexical import words_of
from index.releases import Release, read_corpus
from index.search import Searcher
from index.segment import passages_of
from index.store import MANIFEST, IndexUnusable, current_build, load_index
from index.vector_store import StoreSettings

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
    assert len(counting.passages) == first.passages == first.encoded and first.reused == 0
    assert len(counting.words) == first.words_encoded > 0

    (corpus_dir / "werl-trickbetrug.txt").write_text(WERL, encoding="utf-8")
    counting.texts.clear()
    second = rebuild_index(corpus_dir, index_dir, counting)

    new_passages = passage_count(corpus_dir, "werl-trickbetrug")
    assert len(counting.passages) == second.encoded == new_passages
    assert 0 < len(counting.words) == second.words_encoded
    assert set(counting.words) <= set(words_of(WERL))  # only words of the new release
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
    assert counting.passages == [
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
    assert keys.stat().st_size == 32 * (summary.passages + summary.words)
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

    assert len(counting.passages) == first.passages
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


def run_killed(script: str, corpus_dir: Path, index_dir: Path) -> subprocess.CompletedProcess:
    """Run a rebuild script that kills itself part-way, in a process of its own."""
    return subprocess.run(
        [sys.executable, "-c", script, str(corpus_dir), str(index_dir)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=120,
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

    killed = run_killed(KILLED_REBUILD, corpus_dir, index_dir)

    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    assert current_build(index_dir) == before
    assert "lippstadt-scheune" not in load_index(index_dir, DEFAULT_ENCODER).releases
    counting = CountingEncoder(encoder)
    summary = rebuild_index(corpus_dir, index_dir, counting)
    assert summary.encoded == len(counting.passages) == new_passages - 4
    assert top_release(index_dir, encoder, "Wie hoch ist der Schaden an der Scheune?") == (
        "lippstadt-scheune"
    )


# --- above ANN_MIN_PASSAGES: the HNSW graph is extended, not built again ----------------------

GRAPH = StoreSettings(ann_min_passages=10)  # an HNSW graph even for a handful of releases
WERL_QUESTION = "Wer hat die Frau in Werl betrogen?"


def graph_made(index_dir: Path) -> dict:
    return json.loads((index_dir / MANIFEST).read_text())["vector_index"]


def ranked(index_dir: Path, encoder: Encoder, question: str) -> list[tuple[str, int, float]]:
    """The releases found for a question, each with its best passage and score."""
    searcher = Searcher(load_index(index_dir, DEFAULT_ENCODER), encoder)
    found = searcher.search(searcher.query(question))
    return [(h.release.release_id, h.hits[0].passage.position, h.score) for h in found]


def assert_same_ranking(a: list, b: list) -> None:
    assert [(r, p) for r, p, _ in a] == [(r, p) for r, p, _ in b]
    # a graph stores 16-bit vectors: scores differ from the float ones in the third decimal
    np.testing.assert_allclose([s for *_, s in a], [s for *_, s in b], atol=0.05)


def test_a_rebuild_adds_the_new_release_to_the_previous_graph_and_answers_as_a_full_build(
    make_corpus, three_releases, tmp_path, encoder
):
    corpus_dir = make_corpus({**three_releases, "lippstadt-scheune.txt": LIPPSTADT})
    index_dir = tmp_path / "a" / "index"
    first = rebuild_index(corpus_dir, index_dir, encoder, store=GRAPH)
    assert graph_made(index_dir)["extended_from"] is None
    previous = current_build(index_dir)

    (corpus_dir / "werl-trickbetrug.txt").write_text(WERL, encoding="utf-8")
    second = rebuild_index(corpus_dir, index_dir, encoder, store=GRAPH)

    new_passages = passage_count(corpus_dir, "werl-trickbetrug")
    made = graph_made(index_dir)
    assert made["type"] == "hnsw_fp16"
    assert made["extended_from"] == previous
    assert (made["reused_rows"], made["added_rows"]) == (first.passages, new_passages)
    assert made["rows"] == second.passages and made["stale_rows"] == 0
    full = tmp_path / "b" / "index"
    rebuild_index(corpus_dir, full, encoder, store=GRAPH)
    assert graph_made(full)["extended_from"] is None
    assert (
        load_index(index_dir, DEFAULT_ENCODER).passages
        == load_index(full, DEFAULT_ENCODER).passages
    )
    assert_same_ranking(
        ranked(index_dir, encoder, WERL_QUESTION), ranked(full, encoder, WERL_QUESTION)
    )
    assert ranked(index_dir, encoder, WERL_QUESTION)[0][0] == "werl-trickbetrug"
    scheune = "Wie hoch ist der Schaden an der Scheune?"
    assert ranked(index_dir, encoder, scheune)[0][:2] == ranked(full, encoder, scheune)[0][:2]


def test_a_deleted_release_stays_in_the_graph_but_is_never_returned(
    make_corpus, three_releases, tmp_path, encoder, monkeypatch
):
    monkeypatch.setattr("index.store.MAX_STALE_SHARE", 0.5)
    corpus_dir = make_corpus(
        {**three_releases, "lippstadt-scheune.txt": LIPPSTADT, "werl-trickbetrug.txt": WERL}
    )
    index_dir = tmp_path / "a" / "index"
    rebuild_index(corpus_dir, index_dir, encoder, store=GRAPH)
    gone = passage_count(corpus_dir, "werl-trickbetrug")
    (corpus_dir / "werl-trickbetrug.txt").unlink()

    summary = rebuild_index(corpus_dir, index_dir, encoder, store=GRAPH)

    made = graph_made(index_dir)
    assert made["extended_from"] is not None
    assert (made["stale_rows"], made["added_rows"]) == (gone, 0)
    assert made["rows"] == summary.passages + gone
    stored = load_index(index_dir, DEFAULT_ENCODER)
    assert "werl-trickbetrug" not in stored.releases
    # the werl passages' own vectors as questions: every passage comes back once, none of theirs
    werl = encoder.encode([p.search_text for p in passages_of(Release("werl", WERL))])
    _, found = stored.vectors.search(werl, summary.passages + gone)
    for row in found:
        assert sorted(row[row >= 0]) == list(range(summary.passages))
    full = tmp_path / "b" / "index"
    rebuild_index(corpus_dir, full, encoder, store=GRAPH)
    assert_same_ranking(
        ranked(index_dir, encoder, WERL_QUESTION), ranked(full, encoder, WERL_QUESTION)
    )


def test_a_graph_with_too_many_rows_of_deleted_passages_is_built_afresh(
    make_corpus, three_releases, tmp_path, encoder
):
    corpus_dir = make_corpus(
        {**three_releases, "lippstadt-scheune.txt": LIPPSTADT, "werl-trickbetrug.txt": WERL}
    )
    index_dir = tmp_path / "index"
    rebuild_index(corpus_dir, index_dir, encoder, store=GRAPH)
    (corpus_dir / "lippstadt-scheune.txt").unlink()  # a third of the passages

    summary = rebuild_index(corpus_dir, index_dir, encoder, store=GRAPH)

    made = graph_made(index_dir)
    assert made["extended_from"] is None
    assert made["rows"] == made["added_rows"] == summary.passages and made["stale_rows"] == 0
    assert summary.encoded == 0  # the vectors come from the cache
    assert top_release(index_dir, encoder, "Wie hoch ist der Schaden an der Scheune?") != (
        "lippstadt-scheune"
    )


KILLED_WHILE_EXTENDING = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import faiss
    from index.build import rebuild_index
    from index.encoders import load_encoder
    from index.vector_store import StoreSettings

    write_index = faiss.write_index

    def write_half_and_die(graph, path):  # as a full disk and then kill -9 would leave it
        write_index(graph, path)
        os.truncate(path, os.path.getsize(path) // 2)
        os.kill(os.getpid(), signal.SIGKILL)

    faiss.write_index = write_half_and_die
    rebuild_index(
        Path(sys.argv[1]), Path(sys.argv[2]), load_encoder("use-multilingual-v3"),
        store=StoreSettings(ann_min_passages=10),
    )
    """
)


def test_a_rebuild_killed_while_extending_the_graph_leaves_the_previous_index_as_it_was(
    make_corpus, three_releases, index_dir, encoder
):
    corpus_dir = make_corpus({**three_releases, "lippstadt-scheune.txt": LIPPSTADT})
    rebuild_index(corpus_dir, index_dir, encoder, store=GRAPH)
    before = current_build(index_dir)
    files = {p.name: p.read_bytes() for p in index_dir.resolve().iterdir() if p.is_file()}
    (corpus_dir / "werl-trickbetrug.txt").write_text(WERL, encoding="utf-8")

    killed = run_killed(KILLED_WHILE_EXTENDING, corpus_dir, index_dir)

    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    assert current_build(index_dir) == before
    assert {p.name: p.read_bytes() for p in index_dir.resolve().iterdir() if p.is_file()} == files
    assert "werl-trickbetrug" not in load_index(index_dir, DEFAULT_ENCODER).releases
    rebuild_index(corpus_dir, index_dir, encoder, store=GRAPH)
    assert graph_made(index_dir)["extended_from"] == before
    assert top_release(index_dir, encoder, WERL_QUESTION) == "werl-trickbetrug"


def test_an_index_of_the_previous_format_asks_for_a_rebuild_which_extends_its_graph(
    make_corpus, three_releases, tmp_path, encoder
):
    corpus_dir = make_corpus({**three_releases, "lippstadt-scheune.txt": LIPPSTADT})
    index_dir = tmp_path / "index"
    rebuild_index(corpus_dir, index_dir, encoder, store=GRAPH)
    previous = current_build(index_dir)
    manifest = json.loads((index_dir / MANIFEST).read_text())
    (index_dir / MANIFEST).write_text(json.dumps({**manifest, "format_version": 1}))

    with pytest.raises(IndexUnusable, match="run releasebot rebuild"):
        load_index(index_dir, DEFAULT_ENCODER)
    rebuild_index(corpus_dir, index_dir, encoder, store=GRAPH)

    assert graph_made(index_dir)["extended_from"] == previous  # vectors unchanged by format 2
    assert ranked(index_dir, encoder, "Wie hoch ist der Schaden an der Scheune?")[0][0] == (
        "lippstadt-scheune"
    )


def test_a_rebuild_extends_the_word_bridge_with_the_words_of_a_new_release(
    make_corpus, three_releases, index_dir, encoder
):
    corpus_dir = make_corpus(three_releases)
    rebuild_index(corpus_dir, index_dir, encoder)
    before = load_index(index_dir, DEFAULT_ENCODER).bridge.terms
    (corpus_dir / "werl-trickbetrug.txt").write_text(WERL, encoding="utf-8")

    rebuild_index(corpus_dir, index_dir, encoder)

    stored = load_index(index_dir, DEFAULT_ENCODER)
    assert stored.bridge.terms[: len(before)] == before  # the graph was copied, not rebuilt
    searcher = Searcher(stored, encoder)
    (jewelry,) = [
        t for t in searcher.query("who took the jewelry in werl").terms if "jewel" in t.term
    ]
    assert "schmuck" in jewelry.variants  # found in the rows added for the new release
