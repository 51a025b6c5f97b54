"""Rebuilding the index from a corpus folder: read, segment, encode, save."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.encoders import Encoder, EncoderError
from index.releases import CorpusProblem, read_corpus
from index.segment import passages_of
from index.store import save_index

ENCODE_BATCH = 256


@dataclass
class BuildSummary:
    releases: int = 0
    passages: int = 0
    duplicates: list[str] = field(default_factory=list)
    problems: list[CorpusProblem] = field(default_factory=list)
    seconds: float = 0.0


def rebuild_index(
    corpus_dir: Path,
    index_dir: Path,
    encoder: Encoder,
    on_progress: Callable[[int, int], None] = lambda done, total: None,
) -> BuildSummary:
    """Index every readable release of corpus_dir and swap the result in. Files that cannot be read
    are reported in the summary; if encoding or writing fails, nothing is swapped in."""
    started = time.perf_counter()
    corpus = read_corpus(corpus_dir)
    if not corpus.releases:
        raise ValueError(f"no readable release in {corpus_dir}: the index was left as it was")
    passages = [p for release in corpus.releases for p in passages_of(release)]
    texts = [p.search_text for p in passages]
    batches = []
    for start in range(0, len(texts), ENCODE_BATCH):
        batches.append(encoder.encode(texts[start : start + ENCODE_BATCH]))
        on_progress(min(start + ENCODE_BATCH, len(texts)), len(texts))
    vectors = np.vstack(batches)
    if vectors.shape[0] != len(passages):
        raise EncoderError(
            f"encoder {encoder.name} returned {vectors.shape[0]} vectors for {len(passages)} "
            "passages: the index was left as it was"
        )
    save_index(index_dir, encoder.name, corpus.releases, passages, vectors)
    return BuildSummary(
        releases=len(corpus.releases),
        passages=len(passages),
        duplicates=corpus.duplicates,
        problems=corpus.problems,
        seconds=time.perf_counter() - started,
    )
