"""bench/perf.py at a tiny size, so that the benchmark behind docs/performance.md keeps running:
growing a corpus, filling the vector cache beforehand, and every measurement of both systems.
No figure is checked, only that each is there."""

from __future__ import annotations

import datetime as dt
import time

import numpy as np
import pytest

from bench import perf
from index.build import rebuild_index
from index.encoders import DEFAULT_ENCODER
from index.releases import Release, read_corpus
from index.segment import passages_of
from index.store import load_index

pytest.importorskip("txtai")

ORIGINALS = [
    Release(
        "werl",
        "Werl: Falscher Polizist\nIn Werl hat am Montag ein falscher Polizeibeamter eine "
        "79-jährige Frau um ihren Schmuck gebracht. Der Mann gab vor, Einbrecher seien unterwegs. "
        "Die echte Polizei holt niemals Wertsachen ab.",
        date=dt.date(2021, 3, 1),
        place="Werl",
    ),
    Release(
        "lippstadt",
        "In Lippstadt brannte am Samstag eine Scheune an der Erwitter Straße. Die Feuerwehr war "
        "mit 40 Einsatzkräften vor Ort. Der Schaden wird auf 120.000 Euro geschätzt.",
        place="Lippstadt",
    ),
    Release(
        "soest",
        "Auf dem Wochenmarkt in Soest stahlen Unbekannte einer 81-Jährigen die Geldbörse. Die "
        "Polizei rät, Wertsachen eng am Körper zu tragen. Hinweise an 02921 91000.",
        place="Soest",
    ),
]
QUESTIONS = ["Wer hat die Frau in Werl betrogen?", "How many firefighters came to the barn?"]


def test_copies_are_new_releases_made_of_the_originals_sentences():
    grown = list(perf.grown_corpus(ORIGINALS, 7))
    assert [r.release_id for r in grown[:3]] == ["werl", "lippstadt", "soest"]
    assert [r.release_id for r in grown[3:]] == ["werl~0", "lippstadt~1", "soest~2", "werl~3"]
    assert len({r.content_hash for r in grown}) == 7
    towns = perf.town_pattern(ORIGINALS)
    werl, copy = grown[0], grown[3]
    assert copy.text != werl.text and copy.place != "Werl" and copy.date != werl.date
    sentences = {perf.skeleton(p.text, towns) for p in passages_of(werl)}
    assert {perf.skeleton(p.text, towns) for p in passages_of(copy)} == sentences


def test_percentiles_are_nearest_rank_in_milliseconds():
    assert perf.percentiles([0.001 * n for n in range(1, 101)]) == {
        "p50": 50.0,
        "p95": 95.0,
        "p99": 99.0,
    }


@pytest.fixture(scope="module")
def tiny(tmp_path_factory, encoder):
    """Four times the three originals, indexed from a cache filled beforehand."""
    work = tmp_path_factory.mktemp("perf")
    perf.write_releases(work / "originals" / "o.jsonl", ORIGINALS)
    rebuild_index(work / "originals", work / "originals-index", encoder)
    stored = load_index(work / "originals-index", DEFAULT_ENCODER)
    vectors = perf.OriginalVectors.of(
        stored.passages,
        stored.vectors.reconstruct_n(0, stored.vectors.ntotal),
        perf.town_pattern(ORIGINALS),
    )
    corpus, index = work / "corpus", work / "index"
    perf.write_releases(corpus / "grown.jsonl", perf.grown_corpus(ORIGINALS, 12))
    filled = perf.prefill_cache(corpus, index, DEFAULT_ENCODER, vectors)
    return work, corpus, index, filled


def test_a_cache_filled_beforehand_leaves_a_rebuild_nothing_to_encode(tiny):
    work, corpus, index, filled = tiny
    built = perf.build_releasebot(str(corpus), str(index), DEFAULT_ENCODER)
    assert built["encoded"] == 0 and built["passages"] == filled.passages > 0
    assert filled.copied > 0 and filled.samples


def test_every_measurement_runs_for_both_systems(tiny):
    work, corpus, index, _ = tiny
    perf.build_releasebot(str(corpus), str(index), DEFAULT_ENCODER)
    peer = work / "txtai"
    built = perf.build_txtai(str(corpus), str(peer), DEFAULT_ENCODER, cached_from=str(index))
    result = perf.SizeResult(12, passages=built["passages"], real=False)
    result.builds = {
        "releasebot": perf.build_releasebot(str(corpus), str(index), DEFAULT_ENCODER),
        "txtai": built,
    }
    for system, path in (("releasebot", index), ("txtai", peer)):
        result.serving[system] = perf.serve(
            system, str(path), DEFAULT_ENCODER, QUESTIONS, threads=2, launched=time.time()
        )
    result.recall = perf.recall_at_10(str(index), str(peer), DEFAULT_ENCODER, QUESTIONS)
    added = work / "added"
    perf.write_releases(added / "a.jsonl", perf.grown_corpus(ORIGINALS[:1], 2, first_copy=99))
    result.adds = {
        "releasebot": {1: perf.build_releasebot(str(corpus), str(index), DEFAULT_ENCODER)},
        "txtai": {1: perf.upsert_txtai(str(added), str(peer), DEFAULT_ENCODER)},
    }
    result.full = {system: build["seconds"] for system, build in result.builds.items()}
    result.rates = {"releasebot": 100.0, "txtai": 100.0}
    result.disk_mb = result.memory_mb = {"releasebot": 1.0, "txtai": 1.0}

    assert len(read_corpus(added).releases) == 2  # the original and one copy
    assert result.recall["releasebot"] == 1.0  # exact search
    assert 0 <= result.recall["txtai"] <= 1
    assert all(np.isfinite(s["single"]["p99"]) for s in result.serving.values())
    result.adds["releasebot"][100] = {"seconds": 9.0, "encoded": 300, "derived": True}
    table = perf.size_table(result)
    assert "| full build, s |" in table and "| add 1 release" in table
    assert "releasebot derived" in table
