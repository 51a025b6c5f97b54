"""Where vectors are searched: exact FAISS for small corpora, approximate FAISS (HNSW) above a
size, recorded in the manifest, and Qdrant (embedded here) as the scale-out store, all answering
the same questions the same way."""

from __future__ import annotations

import json

import faiss
import numpy as np
import pytest

from index.build import rebuild_index
from index.encoders import DEFAULT_ENCODER
from index.search import Searcher
from index.store import MANIFEST, IndexUnusable, load_index
from index.vector_store import StoreSettings, build_faiss, extended_rows

LIPPSTADT = """Lippstadt (ots) - Am Samstagabend brannte in Lippstadt eine Scheune an der \
Erwitter Straße. Die Feuerwehr war mit 40 Einsatzkräften vor Ort. Verletzt wurde niemand. \
Der Schaden wird auf 120.000 Euro geschätzt. Die Kriminalpolizei ermittelt zur Brandursache.
"""

QUESTIONS = [
    "Was wurde aus dem Gartenhaus gestohlen?",
    "Wie viele Fahrzeuge waren am Unfall auf der B 29 beteiligt?",
    "What was stolen at the market in Soest?",
    "Wie hoch ist der Schaden an der Scheune?",
    "Wer hat das Hauptzollamt vertreten?",
]


def answers(searcher: Searcher) -> list[list[tuple[str, int, float]]]:
    """For each question, the ranked releases with their best passage and its score."""
    found = []
    for question in QUESTIONS:
        hits = searcher.search(searcher.query(question))
        found.append([(h.release.release_id, h.hits[0].passage.position, h.score) for h in hits])
    return found


def assert_same_answers(a: list, b: list, tolerance: float) -> None:
    for ranked_a, ranked_b in zip(a, b, strict=True):
        assert [(r, p) for r, p, _ in ranked_a] == [(r, p) for r, p, _ in ranked_b]
        np.testing.assert_allclose(
            [s for *_, s in ranked_a], [s for *_, s in ranked_b], atol=tolerance
        )


@pytest.fixture
def corpus_dir(make_corpus, three_releases):
    return make_corpus({**three_releases, "lippstadt-scheune.txt": LIPPSTADT})


@pytest.fixture
def exact(corpus_dir, tmp_path, encoder) -> Searcher:
    index_dir = tmp_path / "exact" / "index"
    rebuild_index(corpus_dir, index_dir, encoder)
    return Searcher(load_index(index_dir, DEFAULT_ENCODER), encoder)


def test_a_small_corpus_is_searched_exactly(exact):
    assert exact.index.manifest.vector_index == {"type": "flat"}
    assert isinstance(exact.index.vectors, faiss.IndexFlatIP)


def test_above_the_threshold_the_index_is_approximate_and_answers_as_the_exact_one(
    corpus_dir, tmp_path, encoder, exact
):
    index_dir = tmp_path / "ann" / "index"
    rebuild_index(corpus_dir, index_dir, encoder, store=StoreSettings(ann_min_passages=10))

    manifest = json.loads((index_dir / MANIFEST).read_text())
    assert manifest["vector_index"]["type"] == "hnsw_fp16"
    approximate = Searcher(load_index(index_dir, DEFAULT_ENCODER), encoder)
    graph = approximate.index.vectors.index  # seen by passage number through RowMappedIndex
    assert isinstance(graph, faiss.IndexHNSWSQ)
    assert graph.hnsw.efSearch == manifest["vector_index"]["ef_search"]
    assert manifest["vector_index"]["extended_from"] is None
    # 16-bit vectors: scores move in the third decimal, the ranking does not
    assert_same_answers(answers(approximate), answers(exact), tolerance=0.02)


def test_the_approximate_index_finds_the_exact_top_ten(tmp_path):
    """The graph search against a full scan of the same 16-bit vectors, on clustered unit vectors
    with the default parameters; the 16-bit vectors against the originals. (On real passages and
    questions, docs/scaling.md: recall@10 against exact float search, from bench/scale.py ann.)"""
    rng = np.random.default_rng(1)
    centres = rng.normal(size=(200, 64)).astype(np.float32)
    points = centres[rng.integers(0, 200, 10_000)] + 0.6 * rng.normal(size=(10_000, 64))
    points = (points / np.linalg.norm(points, axis=1, keepdims=True)).astype(np.float32)
    queries = points[rng.choice(10_000, 200, replace=False)] + 0.3 * rng.normal(size=(200, 64))
    queries = (queries / np.linalg.norm(queries, axis=1, keepdims=True)).astype(np.float32)

    approximate, params = build_faiss(points, ann_min_passages=1_000)

    assert params["type"] == "hnsw_fp16"
    stored = approximate.reconstruct_n(0, len(points))
    np.testing.assert_allclose(stored, points, atol=0.02)
    scan = faiss.IndexFlatIP(64)
    scan.add(stored)
    _, truth = scan.search(queries, 10)
    _, found = approximate.search(queries, 10)
    recall = np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth, strict=True)])
    assert recall >= 0.98


def test_qdrant_answers_the_same_questions_as_faiss(corpus_dir, tmp_path, encoder, exact):
    index_dir = tmp_path / "qdrant" / "index"
    store = StoreSettings(kind="qdrant")

    summary = rebuild_index(corpus_dir, index_dir, encoder, store=store)

    stored = load_index(index_dir, DEFAULT_ENCODER, store)
    assert stored.manifest.vector_index["type"] == "qdrant"
    assert stored.vectors.ntotal == summary.passages
    assert_same_answers(answers(Searcher(stored, encoder)), answers(exact), tolerance=1e-5)


def test_a_qdrant_server_that_is_away_is_named_in_one_line(corpus_dir, tmp_path, encoder):
    index_dir = tmp_path / "qdrant" / "index"
    rebuild_index(corpus_dir, index_dir, encoder, store=StoreSettings(kind="qdrant"))
    manifest = json.loads((index_dir / MANIFEST).read_text())
    manifest["vector_index"]["collection"] = "releasebot-gone"
    (index_dir / MANIFEST).write_text(json.dumps(manifest))

    with pytest.raises(IndexUnusable, match=r"^the vectors of the index at .* are in Qdrant"):
        load_index(index_dir, DEFAULT_ENCODER)


def test_an_extended_graph_keeps_a_row_for_each_passage_still_there_and_adds_the_new_ones(tmp_path):
    a, b, c, d = (bytes([n]) * 32 for n in range(4))
    # rows of the previous graph: a, b, a (a passage text that occurs twice), c

    rows = extended_rows(tmp_path, [a, b, a, c], [c, a, d, a, a])

    assert rows.base == tmp_path
    assert rows.passage_rows[0] == 3 and sorted(rows.passage_rows[[1, 3]]) == [0, 2]
    assert list(rows.passage_rows[[2, 4]]) == [4, 5]  # d and the third a: new rows at the end
    assert list(rows.added) == [2, 4]
    assert rows.row_keys == [a, b, a, c, d, a]
    assert rows.stale == 1  # b's row: its passage is gone
