"""Rebuilding the index from a corpus folder: read, segment, encode what is new, save."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.cache import VectorCache, cache_dir, passage_key, rebuild_lock
from index.encoders import Encoder, EncoderError
from index.lexical import LexicalIndex
from index.releases import CorpusProblem, read_corpus
from index.segment import Passage, passages_of
from index.store import DEFAULT_STORE, plan_graph, previous_bridge, save_index
from index.vector_store import StoreSettings
from index.word_bridge import MAX_BRIDGE_TERMS, WordBridge, usual_spellings

ENCODE_BATCH = 4096  # passages per encoder call: progress is reported after each
CACHE_SEGMENT = 8192  # at least this many new vectors are written to the cache at a time
MAX_NEW_SEGMENTS = 8  # a full build writes no more segments than this


@dataclass
class BuildSummary:
    releases: int = 0
    passages: int = 0
    encoded: int = 0  # passages whose vectors were computed now
    words: int = 0  # the corpus's words in the word bridge (index.word_bridge)
    words_encoded: int = 0  # of them, encoded now
    reused: int = 0  # passages whose vectors came from the cache (or an identical passage)
    duplicates: list[str] = field(default_factory=list)
    problems: list[CorpusProblem] = field(default_factory=list)
    seconds: float = 0.0


def rebuild_index(
    corpus_dir: Path,
    index_dir: Path,
    encoder: Encoder,
    on_progress: Callable[[int, int], None] = lambda done, total: None,
    store: StoreSettings = DEFAULT_STORE,
) -> BuildSummary:
    """Index every readable release of corpus_dir and swap the result in, encoding only passages
    whose vectors are not cached yet. Files that cannot be read are reported in the summary; if
    encoding or writing fails, nothing is swapped in (vectors already encoded stay cached)."""
    started = time.perf_counter()
    corpus = read_corpus(corpus_dir)
    if not corpus.releases:
        raise ValueError(f"no readable release in {corpus_dir}: the index was left as it was")
    passages = [p for release in corpus.releases for p in passages_of(release)]
    keys = [passage_key(p.search_text) for p in passages]
    with rebuild_lock(index_dir):
        # Above ANN_MIN_PASSAGES only passages new to the current build's graph need vectors
        rows = plan_graph(index_dir, encoder.name, keys, store)
        wanted = [keys[number] for number in rows.added.tolist()]
        cache = VectorCache(cache_dir(index_dir), encoder.name, encoder.dim)
        vectors = np.empty((len(wanted), encoder.dim), dtype=np.float32)
        found = cache.fill(wanted, vectors)
        missing: dict[bytes, int] = {}  # each new text once, at its first passage
        for row in np.flatnonzero(~found):
            missing.setdefault(wanted[row], int(rows.added[row]))
        lexical = LexicalIndex.build([p.parts for p in passages])
        words = usual_spellings(lexical)
        word_keys = [passage_key(word) for word in words.values()]
        try:
            _encode_into(encoder, cache, passages, missing, on_progress)
            word_vectors, words_encoded = _through_cache(encoder, cache, list(words.values()))
        finally:
            # the encoder's worker processes hold a model each: not kept for the next rebuild
            close = getattr(encoder, "close", None)
            if close is not None:
                close()
        new = np.flatnonzero(~found)
        vectors[new] = _cached(cache, [wanted[i] for i in new], encoder.dim)
        bridge = _bridge(previous_bridge(index_dir, encoder.name), list(words), word_vectors)
        save_index(
            index_dir,
            encoder.name,
            corpus.releases,
            passages,
            vectors,
            lexical,
            bridge,
            store,
            rows,
        )
        cache.compact(keep={*keys, *word_keys})
    return BuildSummary(
        releases=len(corpus.releases),
        passages=len(passages),
        encoded=len(missing),
        words=len(words),
        words_encoded=words_encoded,
        reused=len(passages) - len(missing),
        duplicates=corpus.duplicates,
        problems=corpus.problems,
        seconds=time.perf_counter() - started,
    )


def _encode_into(
    encoder: Encoder,
    cache: VectorCache,
    passages: list[Passage],
    missing: dict[bytes, int],
    on_progress: Callable[[int, int], None],
) -> None:
    """Encode the missing passages and cache their vectors a segment at a time, so that a rebuild
    that is killed keeps what it had encoded."""
    new_keys = list(missing)
    texts = [passages[missing[key]].search_text for key in new_keys]
    segment = max(CACHE_SEGMENT, -(-len(texts) // MAX_NEW_SEGMENTS))
    on_progress(0, len(texts))
    for start in range(0, len(texts), segment):
        chunk = texts[start : start + segment]
        batches = []
        for offset in range(0, len(chunk), ENCODE_BATCH):
            batch = chunk[offset : offset + ENCODE_BATCH]
            vectors = encoder.encode(batch)
            if vectors.shape != (len(batch), encoder.dim):
                raise EncoderError(
                    f"encoder {encoder.name} returned {vectors.shape[0]} vectors for "
                    f"{len(batch)} passages: the index was left as it was"
                )
            batches.append(vectors)
            on_progress(start + offset + len(batch), len(texts))
        cache.add(new_keys[start : start + segment], np.vstack(batches))


def _bridge(previous: WordBridge | None, terms: list[str], vectors: np.ndarray) -> WordBridge:
    """The previous build's word bridge with the terms it lacks, or a new one when there is none
    or it would grow beyond MAX_BRIDGE_TERMS."""
    if previous is not None and len(set(previous.terms) | set(terms)) <= MAX_BRIDGE_TERMS:
        return previous.extended(terms, vectors)
    return WordBridge.of_vectors(terms, vectors)


def _through_cache(
    encoder: Encoder, cache: VectorCache, texts: list[str]
) -> tuple[np.ndarray, int]:
    """The texts' vectors, encoding only those not cached yet (and caching them); and how many
    were encoded."""
    keys = [passage_key(text) for text in texts]
    vectors = np.empty((len(texts), encoder.dim), dtype=np.float32)
    missing = np.flatnonzero(~cache.fill(keys, vectors))
    if len(missing):
        vectors[missing] = encoder.encode([texts[i] for i in missing])
        cache.add([keys[i] for i in missing], vectors[missing])
    return vectors, len(missing)


def _cached(cache: VectorCache, keys: list[bytes], dim: int) -> np.ndarray:
    vectors = np.empty((len(keys), dim), dtype=np.float32)
    if not cache.fill(keys, vectors).all():
        raise RuntimeError("the vector cache lost vectors it had just stored: rebuild again")
    return vectors
