"""The packaged encoder spreads large inputs over worker processes and returns the same vectors,
in the same order, as when it encodes them itself; the workers end with the process that
started them, even when it is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

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


ENCODING_PROCESS = textwrap.dedent(
    """
    import time
    from index.encoders import UniversalSentenceEncoder

    encoder = UniversalSentenceEncoder(processes=2, batch_size=1, parallel_min_texts=2)
    encoder.encode(["Ein Fahrrad wurde gestohlen.", "Die Polizei sucht Zeugen."])
    print(*encoder._pool._processes, flush=True)
    time.sleep(60)
    """
)


def test_worker_processes_end_when_their_process_is_killed():
    root = Path(__file__).resolve().parent.parent
    process = subprocess.Popen(
        [sys.executable, "-c", ENCODING_PROCESS],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        stdout=subprocess.PIPE,
        text=True,
    )
    workers = [int(pid) for pid in process.stdout.readline().split()]
    assert len(workers) == 2

    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)

    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    for pid in left:  # do not leave them running when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left
