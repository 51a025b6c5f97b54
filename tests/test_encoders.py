"""The packaged encoder spreads large inputs over worker processes and returns the same vectors,
in the same order, as when it encodes them itself."""

from __future__ import annotations

import numpy as np

from index.encoders import UniversalSentenceEncoder

SENTENCES = [
    f"Am {day}. März stahlen Unbekannte in {place} ein Fahrrad im Wert von {euro} Euro."
    for day, place, euro in zip(
        range(1, 41), ["Aalen", "Soest", "Werl", "Hamm"] * 10, range(100, 140), strict=True
    )
]


def test_worker_processes_encode_like_the_calling_process(encoder):
    parallel = UniversalSentenceEncoder(processes=2, batch_size=8, parallel_min_texts=16)
    try:
        spread = parallel.encode(SENTENCES)
    finally:
        parallel.close()

    assert spread.shape == (len(SENTENCES), 512)
    np.testing.assert_allclose(spread, encoder.encode(SENTENCES), atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(spread, axis=1), 1, atol=1e-5)
