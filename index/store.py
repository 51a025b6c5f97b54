"""The index on disk: a folder with a manifest, written aside and swapped in atomically, loaded
only after its manifest and checksums agree with what the settings expect."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from index.cache import passage_key
from index.lexical import LexicalIndex
from index.releases import Release
from index.segment import Passage
from index.vector_store import (
    FAISS_FILE,
    QDRANT_FOLDER,
    ROW_KEYS_FILE,
    GraphRows,
    StoreSettings,
    VectorStore,
    close_embedded,
    delete_qdrant,
    extended_rows,
    hnsw_params,
    read_faiss,
    read_qdrant,
    read_row_keys,
    write_faiss,
    write_qdrant,
)
from index.word_bridge import BRIDGE_FILES, WordBridge

# 2: road names ("B 27") are one search term; 3: English stop words, and the word bridge; 4: each
# word's other forms (index.lexical.LEMMA_FORMS_FILE)
FORMAT_VERSION = 4
# Formats whose HNSW graph the next build may extend: 2 to 4 changed the BM25 words and added
# files, not the passages' vectors.
GRAPH_FORMATS = (1, 2, 3, 4)
MANIFEST = "manifest.json"
VECTORS = FAISS_FILE
DEFAULT_STORE = StoreSettings()
PASSAGES = "passages.jsonl"
RELEASES = "releases.jsonl"
BM25_DIR = "bm25"
BRIDGE_DIR = "bridge"
# A rebuild adds new passages to a copy of the current HNSW graph instead of building it again
# (8 minutes at 2M passages). A graph cannot forget a vector: rows of passages that are gone stay
# in it, never returned, until they are more than this share of its rows and it is built afresh.
MAX_STALE_SHARE = 0.1


class IndexUnusable(RuntimeError):
    """The index cannot be used; the message is one sentence that says why and what to do."""


@dataclass(frozen=True)
class Manifest:
    format_version: int
    encoder: str
    dim: int
    corpus_fingerprint: str
    releases: int
    passages: int
    built_at: str
    files: dict[str, str]  # relative path -> sha256
    # How vectors are searched: {"type": "flat"}, {"type": "hnsw_fp16", "links": …, "ef_search": …}
    # or {"type": "qdrant", "collection": …}. Absent in indexes built before there was a choice.
    # An HNSW graph also says how it was made: "extended_from" (the build whose graph was copied,
    # None: built from scratch), "reused_rows", "added_rows", and "stale_rows" (passages gone).
    vector_index: dict = field(default_factory=lambda: {"type": "flat"})


@dataclass
class StoredIndex:
    """Everything search needs, in memory."""

    manifest: Manifest
    releases: dict[str, Release]
    passages: list[Passage]
    vectors: VectorStore
    lexical: LexicalIndex
    bridge: WordBridge
    path: Path


def corpus_fingerprint(releases: list[Release]) -> str:
    digest = hashlib.sha256()
    for release in sorted(releases, key=lambda r: r.release_id):
        digest.update(json.dumps(_release_record(release), sort_keys=True).encode())
    return digest.hexdigest()


def save_index(
    index_dir: Path,
    encoder_name: str,
    releases: list[Release],
    passages: list[Passage],
    vectors: np.ndarray,
    lexical: LexicalIndex,
    bridge: WordBridge,
    store: StoreSettings = DEFAULT_STORE,
    rows: GraphRows | None = None,
) -> Path:
    """Write a complete index beside index_dir and swap it in with one atomic rename.

    index_dir is a symbolic link to a build folder; readers resolve it once, so a rebuild never
    changes files under a running reader, and a failure before the rename leaves the old index.
    Vectors go to FAISS in the build folder (exact, or approximate from store.ann_min_passages
    on) or to a Qdrant collection named after the build. vectors are those of every passage, or
    with rows (from plan_graph) those of rows.added only: the rest are in the graph it extends."""
    index_dir = Path(os.path.abspath(index_dir))
    if rows is None:
        rows = GraphRows.from_scratch([passage_key(p.search_text) for p in passages])
    builds = _builds_dir(index_dir)
    builds.mkdir(parents=True, exist_ok=True)
    build = Path(tempfile.mkdtemp(prefix=dt.datetime.now().strftime("%Y%m%d-%H%M%S-"), dir=builds))
    try:
        if store.kind == "qdrant":
            vector_index = write_qdrant(vectors, store, build)
        else:
            vector_index = write_faiss(build, vectors, rows, store.ann_min_passages)
        lexical.save(build / BM25_DIR)
        bridge.save(build / BRIDGE_DIR)
        _write_jsonl(build / PASSAGES, map(passage_record, passages))
        _write_jsonl(build / RELEASES, (_release_record(r) for r in releases))
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            encoder=encoder_name,
            dim=int(vectors.shape[1]),
            corpus_fingerprint=corpus_fingerprint(releases),
            releases=len(releases),
            passages=len(passages),
            built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            files={name: _sha256(build / name) for name in _index_files(build)},
            vector_index=vector_index,
        )
        (build / MANIFEST).write_text(json.dumps(asdict(manifest), indent=2) + "\n")
        _fsync_tree(build)
        _swap_link(index_dir, build)
    except BaseException:
        _remove_build(build, store)
        raise
    _remove_old_builds(builds, keep={build.name, *_previous_target_names(index_dir)}, store=store)
    return build


def plan_graph(
    index_dir: Path, encoder_name: str, keys: list[bytes], store: StoreSettings = DEFAULT_STORE
) -> GraphRows:
    """Where the passages with these keys go in the next build's HNSW graph: into a copy of the
    current build's graph, which keeps every row whose passage text is still there, when that
    graph can be extended (same encoder and graph parameters, its files intact, at most
    MAX_STALE_SHARE of its rows left to passages that are gone); otherwise a graph from scratch.
    Only the passages in the result's `added` need vectors."""
    fresh = GraphRows.from_scratch(keys)
    if store.kind != "faiss" or len(keys) < max(store.ann_min_passages, 2):
        return fresh
    current = _reusable_build(index_dir, encoder_name, GRAPH_FORMATS, [FAISS_FILE, ROW_KEYS_FILE])
    if current is None:
        return fresh
    base, manifest = current
    same_graph = all(  # efSearch is how a graph is searched, not how it is built
        manifest.vector_index.get(k) == v for k, v in hnsw_params().items() if k != "ef_search"
    )
    if not same_graph:
        return fresh
    rows = extended_rows(base, read_row_keys(base), keys)
    return fresh if rows.stale > MAX_STALE_SHARE * len(rows.row_keys) else rows


def previous_bridge(index_dir: Path, encoder_name: str) -> WordBridge | None:
    """The current build's word bridge, for the next build to extend: None when there is no
    index, or it is of another format or encoder, or the bridge's files are damaged."""
    files = [f"{BRIDGE_DIR}/{name}" for name in BRIDGE_FILES]
    current = _reusable_build(index_dir, encoder_name, (FORMAT_VERSION,), files)
    return None if current is None else WordBridge.load(current[0] / BRIDGE_DIR)


def _reusable_build(
    index_dir: Path, encoder_name: str, formats: tuple[int, ...], files: list[str]
) -> tuple[Path, Manifest] | None:
    """The current build's folder and manifest, when the next build may reuse these of its
    files: it is of one of these formats, made with this encoder, and the files are intact."""
    try:
        manifest = read_manifest(index_dir)
    except IndexUnusable:
        return None
    base = index_dir.resolve()
    if (
        manifest.format_version not in formats
        or manifest.encoder != encoder_name
        or not _intact(base, manifest, files)
    ):
        return None
    return base, manifest


def load_index(
    index_dir: Path, expected_encoder: str, store: StoreSettings = DEFAULT_STORE
) -> StoredIndex:
    """Load and verify the index; raise IndexUnusable with a one-line reason if it is unusable.
    store says where a Qdrant server is, when the index keeps its vectors in one."""
    if not (index_dir / MANIFEST).is_file():
        raise IndexUnusable(f"no index at {index_dir}: run releasebot rebuild")
    path = index_dir.resolve()
    manifest = read_manifest(index_dir)
    if manifest.format_version != FORMAT_VERSION:
        raise IndexUnusable(
            f"index at {index_dir} has format {manifest.format_version}, this releasebot reads "
            f"{FORMAT_VERSION}: run releasebot rebuild"
        )
    if manifest.encoder != expected_encoder:
        raise IndexUnusable(
            f"index built with {manifest.encoder}, settings say {expected_encoder}: "
            "run releasebot rebuild"
        )
    for name in manifest.files:
        if not _intact(path, manifest, [name]):
            raise IndexUnusable(
                f"index file {path / name} is missing or damaged (checksum differs): "
                "run releasebot rebuild"
            )
    if manifest.vector_index.get("type") == "qdrant":
        vectors = _open_qdrant(index_dir, path, manifest, store)
    else:
        vectors = read_faiss(path, manifest.vector_index)
    if vectors.d != manifest.dim or vectors.ntotal != manifest.passages:
        raise IndexUnusable(
            f"index at {index_dir} does not match its manifest: run releasebot rebuild"
        )
    releases = [_release_from_record(r) for r in _each_jsonl(path / RELEASES)]
    passages = _read_passages(path / PASSAGES)
    return StoredIndex(
        manifest=manifest,
        releases={r.release_id: r for r in releases},
        passages=passages,
        vectors=vectors,
        lexical=LexicalIndex.load(path / BM25_DIR),
        bridge=WordBridge.load(path / BRIDGE_DIR),
        path=path,
    )


def current_build(index_dir: Path) -> str | None:
    """The name of the build folder index_dir points at, or None when there is no index: one
    readlink, cheap enough to poll every few seconds. A new name means a rebuild swapped a new
    index in; load_index then reads it."""
    try:
        return Path(os.readlink(index_dir)).name
    except OSError:
        return None


def read_manifest(index_dir: Path) -> Manifest:
    try:
        return Manifest(**json.loads((index_dir / MANIFEST).read_text()))
    except (OSError, ValueError, TypeError) as error:
        raise IndexUnusable(
            f"manifest of the index at {index_dir} cannot be read ({error}): run releasebot rebuild"
        ) from None


# --- helpers --------------------------------------------------------------------------------


def _builds_dir(index_dir: Path) -> Path:
    return index_dir.parent / f".{index_dir.name}.builds"


def _swap_link(index_dir: Path, build: Path) -> None:
    if index_dir.exists() and not index_dir.is_symlink():
        raise IndexUnusable(
            f"{index_dir} is a folder, not an index link made by releasebot: "
            "move it away and rebuild"
        )
    link = index_dir.parent / f".{index_dir.name}.link-{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(build, index_dir.parent))
    previous = index_dir.resolve() if index_dir.is_symlink() else None
    os.replace(link, index_dir)
    if previous is not None:
        (_builds_dir(index_dir) / ".previous").write_text(previous.name)


def _previous_target_names(index_dir: Path) -> set[str]:
    marker = _builds_dir(index_dir) / ".previous"
    return {marker.read_text().strip()} if marker.is_file() else set()


def _remove_old_builds(builds: Path, keep: set[str], store: StoreSettings) -> None:
    """Keep the current build and the one before it (a reader may still be loading it)."""
    for build in builds.iterdir():
        if build.is_dir() and build.name not in keep:
            _remove_build(build, store)


def _remove_build(build: Path, store: StoreSettings) -> None:
    close_embedded(build)
    try:
        delete_qdrant(store, build)
    except Exception:  # a server that is away: its collection stays, the folder still goes
        logging.getLogger(__name__).warning("could not delete the Qdrant collection of %s", build)
    shutil.rmtree(build, ignore_errors=True)


def _open_qdrant(
    index_dir: Path, path: Path, manifest: Manifest, store: StoreSettings
) -> VectorStore:
    try:
        return read_qdrant(store, path, manifest.vector_index, manifest.dim, manifest.passages)
    except Exception as error:  # connection refused, a missing collection, a locked folder …
        where = store.qdrant_url or f"{path / QDRANT_FOLDER}"
        raise IndexUnusable(
            f"the vectors of the index at {index_dir} are in Qdrant at {where}, which cannot be "
            f"read ({_first_line(error)}): check the Qdrant setting or run releasebot rebuild"
        ) from None


def _index_files(build: Path) -> list[str]:
    """The files a checksum vouches for: not the manifest, nor an embedded Qdrant's storage,
    which Qdrant itself writes to whenever it opens it."""
    return sorted(
        p.relative_to(build).as_posix()
        for p in build.rglob("*")
        if p.is_file() and p.name != MANIFEST and p.relative_to(build).parts[0] != QDRANT_FOLDER
    )


def _intact(build: Path, manifest: Manifest, names: list[str]) -> bool:
    """Whether these files of a build are there with the checksums its manifest gives."""
    return all(
        (build / name).is_file() and _sha256(build / name) == manifest.files.get(name)
        for name in names
    )


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as file:
                os.fsync(file.fileno())


def passage_record(passage: Passage) -> dict:
    """The passage as a JSON object (asdict does the same, four times slower)."""
    return {
        "release_id": passage.release_id,
        "position": passage.position,
        "text": passage.text,
        "heading": passage.heading,
        "previous": passage.previous,
    }


def _read_passages(path: Path) -> list[Passage]:
    """The passages, each string held once: a sentence is also the next passage's `previous`, a
    heading recurs in its report's passages, a release id in its release's (at 2 million
    passages this takes the memory they need from 2.1 GB to 0.6 GB)."""
    passages: list[Passage] = []
    release_ids: dict[str, str] = {}
    before: Passage | None = None
    for record in _each_jsonl(path):
        release_id = release_ids.setdefault(record["release_id"], record["release_id"])
        heading, previous = record.get("heading"), record.get("previous")
        if before is not None and before.release_id is release_id:
            if previous is not None and previous == before.text:
                previous = before.text
            if heading is not None and heading == before.heading:
                heading = before.heading
        before = Passage(release_id, record["position"], record["text"], heading, previous)
        passages.append(before)
    return passages


def _release_record(release: Release) -> dict:
    record = dict(vars(release))  # asdict deep-copies: slow, and the fields are plain values
    record["date"] = release.date.isoformat() if release.date else None
    return record


def _release_from_record(record: dict) -> Release:
    date = dt.date.fromisoformat(record["date"]) if record.get("date") else None
    return Release(**{**record, "date": date})


def _write_jsonl(path: Path, records) -> None:
    encode = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps makes one per call
    with path.open("w", encoding="utf-8") as file:
        file.writelines(encode(record) + "\n" for record in records)


def _each_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as file:
        for line in file:
            yield json.loads(line)
