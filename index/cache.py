"""Passage vectors kept between rebuilds, so that a rebuild encodes only passages it has not seen.

A vector is found by the encoder's name and the sha256 of the passage's search text. The cache
lives beside the index (`<parent>/.<index name>.cache/<encoder>/`), outside every build folder, as
segments: `<segment>.vectors.npy` (float32 rows) and `<segment>.keys` (32-byte digests, one per
row). Each file is written under a temporary name, flushed and renamed, keys last: a segment
without its keys file does not exist yet, so a rebuild killed at any point leaves a usable cache.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import secrets
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from pathlib import Path

import numpy as np

KEY_BYTES = 32
KEYS = ".keys"
VECTORS = ".vectors.npy"
MAX_SEGMENTS = 16  # more, and they are merged into one
MAX_UNUSED_SHARE = 0.5  # when more of the cache than this is unused by the current index


class RebuildRunning(RuntimeError):
    """Another process is rebuilding the same index; the message says which index."""


def passage_key(search_text: str) -> bytes:
    return hashlib.sha256(search_text.encode("utf-8")).digest()


def cache_dir(index_dir: Path) -> Path:
    index_dir = Path(os.path.abspath(index_dir))
    return index_dir.parent / f".{index_dir.name}.cache"


@contextmanager
def rebuild_lock(index_dir: Path) -> Iterator[None]:
    """Held for a whole rebuild: two rebuilds at once would merge and delete each other's
    segments."""
    folder = cache_dir(index_dir)
    folder.mkdir(parents=True, exist_ok=True)
    busy = RebuildRunning(
        f"another releasebot rebuild of {index_dir} is running: try again when it ends"
    )
    with exclusive_lock(folder / "lock", busy):
        yield


@contextmanager
def exclusive_lock(path: Path, busy: Exception) -> Iterator[None]:
    """Hold the lock file for the block, or raise `busy` when another process holds it. The lock
    is the kernel's, so a killed holder releases it."""
    with path.open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise busy from None
        yield


class VectorCache:
    """The cached vectors of one encoder; rows are read from memory-mapped segments on demand."""

    def __init__(self, folder: Path, encoder_name: str, dim: int) -> None:
        self.folder = folder / _slug(encoder_name)
        self.dim = dim
        self.folder.mkdir(parents=True, exist_ok=True)
        self._segments: list[tuple[str, np.ndarray]] = []  # (name, memory-mapped vectors)
        self._starts: list[int] = []  # each segment's first row, counting over all segments
        self._rows: dict[bytes, int] = {}  # key -> row, counting over all segments
        for keys_file in sorted(self.folder.glob(f"*{KEYS}")):
            self._open_segment(keys_file.name.removesuffix(KEYS))

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def segments(self) -> int:
        return len(self._segments)

    def fill(self, keys: Sequence[bytes], out: np.ndarray) -> np.ndarray:
        """Copy the cached vector of each key into its row of out; return which rows were filled."""
        rows = np.fromiter(map(self._rows.get, keys, repeat(-1)), dtype=np.int64, count=len(keys))
        found = rows >= 0
        targets = np.flatnonzero(found)
        segment_of = np.searchsorted(self._starts, rows[targets], side="right") - 1
        for segment in np.unique(segment_of):
            chosen = targets[segment_of == segment]
            local = rows[chosen] - self._starts[segment]
            order = np.argsort(local)  # read the memory map front to back
            out[chosen[order]] = self._segments[segment][1][local[order]]
        return found

    def add(self, keys: Sequence[bytes], vectors: np.ndarray) -> None:
        """Store new vectors as one more segment, durably, before they are used."""
        if len(keys) == 0:
            return
        if vectors.shape != (len(keys), self.dim):
            raise ValueError(f"{len(keys)} keys but vectors of shape {vectors.shape}")
        name = self._write_segment(keys, vectors)
        self._open_segment(name)

    def compact(self, keep: set[bytes]) -> None:
        """Merge into one segment holding only the keys in keep, when segments are many or mostly
        unused; the old segments are removed only after the merged one is complete."""
        unused = len(self._rows.keys() - keep)
        if self.segments <= MAX_SEGMENTS and unused <= MAX_UNUSED_SHARE * len(self._rows):
            self._remove_strays()
            return
        live = [key for key in self._rows if key in keep]
        vectors = np.empty((len(live), self.dim), dtype=np.float32)
        self.fill(live, vectors)
        old = [name for name, _ in self._segments]
        merged = self._write_segment(live, vectors) if live else None
        for name in old:
            (self.folder / f"{name}{KEYS}").unlink(missing_ok=True)
            (self.folder / f"{name}{VECTORS}").unlink(missing_ok=True)
        self._segments, self._starts, self._rows = [], [], {}
        if merged:
            self._open_segment(merged)
        self._remove_strays()

    # --- files ----------------------------------------------------------------------------------

    def _open_segment(self, name: str) -> None:
        keys_path, vectors_path = self.folder / f"{name}{KEYS}", self.folder / f"{name}{VECTORS}"
        try:
            keys = keys_path.read_bytes()
            vectors = np.load(vectors_path, mmap_mode="r", allow_pickle=False)
        except (OSError, ValueError):
            return  # half a segment: its rows are encoded again
        rows = len(keys) // KEY_BYTES
        if vectors.dtype != np.float32 or vectors.shape != (rows, self.dim):
            return
        start = self._starts[-1] + len(self._segments[-1][1]) if self._segments else 0
        self._segments.append((name, vectors))
        self._starts.append(start)
        split = (keys[i : i + KEY_BYTES] for i in range(0, rows * KEY_BYTES, KEY_BYTES))
        self._rows.update(zip(split, range(start, start + rows), strict=True))

    def _write_segment(self, keys: Sequence[bytes], vectors: np.ndarray) -> str:
        name = f"segment-{time.time_ns()}-{secrets.token_hex(4)}"  # sorts by age
        vectors_tmp = self.folder / f".{name}{VECTORS}.tmp"
        with vectors_tmp.open("wb") as file:
            np.save(file, np.ascontiguousarray(vectors, dtype=np.float32), allow_pickle=False)
            file.flush()
            os.fsync(file.fileno())
        os.replace(vectors_tmp, self.folder / f"{name}{VECTORS}")
        keys_tmp = self.folder / f".{name}{KEYS}.tmp"
        with keys_tmp.open("wb") as file:
            file.write(b"".join(keys))
            file.flush()
            os.fsync(file.fileno())
        os.replace(keys_tmp, self.folder / f"{name}{KEYS}")
        _fsync_folder(self.folder)
        return name

    def _remove_strays(self) -> None:
        """Temporary files and vectors without keys, left by a rebuild that was killed."""
        live = {name for name, _ in self._segments}
        for path in self.folder.iterdir():
            if path.name.endswith(".tmp") or (
                path.name.endswith(VECTORS) and path.name.removesuffix(VECTORS) not in live
            ):
                path.unlink(missing_ok=True)


def _slug(encoder_name: str) -> str:
    """A folder name for an encoder name, which may be a path or a hub id with slashes."""
    readable = re.sub(r"[^A-Za-z0-9._-]+", "-", encoder_name).strip("-.")[-60:]
    return f"{readable}-{hashlib.sha256(encoder_name.encode()).hexdigest()[:8]}"


def _fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
