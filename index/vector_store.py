"""Where passage vectors are searched: FAISS in the index folder (default), exact below a size and
approximate above it, or Qdrant (embedded, or a server shared by several bot replicas).

Both answer the two calls search needs, with FAISS's signatures: `search(queries, k)` -> (scores,
passage numbers) and `reconstruct_batch(passage numbers)` -> vectors."""

from __future__ import annotations

import atexit
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Protocol

import faiss
import numpy as np

from index.cache import KEY_BYTES

FAISS_FILE = "vectors.faiss"
QDRANT_FOLDER = "qdrant"  # an embedded Qdrant's storage, inside the build folder
COLLECTION_PREFIX = "releasebot-"
ANN_MIN_PASSAGES = 250_000  # exact search below: 512 MB of vectors, about 15 ms a question

# Above ANN_MIN_PASSAGES: an HNSW graph over 16-bit vectors (half of float32). At 1.95M passages
# (bench/scale.py recall, docs/scaling.md) 8-bit vectors with M 32 reached recall@10 0.945 against
# exact search (0.965 with efConstruction 200), 16-bit with M 32 0.974; 16-bit with M 48 0.997 at
# efSearch 6144, about 20 ms a question, 2.6 GiB. IVF needs half its lists probed for 0.98:
# questions lie far from the passages they match, in lists the question's centroids miss.
HNSW_TYPE = "hnsw_fp16"
HNSW_QUANTISER = faiss.ScalarQuantizer.QT_fp16
HNSW_LINKS = 48  # M: neighbours a node keeps (twice that on the ground layer)
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 6144  # candidates a search keeps
HNSW_TYPES = (HNSW_TYPE, "hnsw_sq8")  # hnsw_sq8: built before 16-bit graphs, still readable
ROW_KEYS_FILE = "vector_keys.bin"  # the passage key (sha256 of its text) of each row of the graph
PASSAGE_ROWS_FILE = "passage_rows.npy"  # the row of each passage


class VectorStore(Protocol):
    d: int  # dimension
    ntotal: int  # number of vectors

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """For each query row, the k best inner products and their passage numbers (-1: none)."""
        ...

    def reconstruct_batch(self, ids: np.ndarray) -> np.ndarray:
        """The stored vectors of these passage numbers, one row each."""
        ...


@dataclass(frozen=True)
class StoreSettings:
    """Which store a rebuild writes and where a Qdrant server is (from bot settings)."""

    kind: str = "faiss"  # "faiss" or "qdrant"
    ann_min_passages: int = ANN_MIN_PASSAGES  # FAISS: approximate from this many passages on
    qdrant_url: str | None = None  # None: Qdrant embedded in the index folder (one process only)


# --- FAISS ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GraphRows:
    """Where each passage's vector sits in an HNSW graph and which vector each row holds: what
    lets the next rebuild find the rows it can keep. `base` is the build whose graph is extended
    (None: the graph is built from scratch), `added` the passages whose vectors are new rows, in
    row order."""

    passage_rows: np.ndarray  # passage number -> row
    row_keys: list[bytes]  # row -> key of the passage text whose vector it holds
    added: np.ndarray  # passage numbers, in the order their rows follow the base's
    base: Path | None = None

    @classmethod
    def from_scratch(cls, keys: Sequence[bytes]) -> GraphRows:
        numbers = np.arange(len(keys), dtype=np.int64)
        return cls(numbers, list(keys), numbers)

    @property
    def stale(self) -> int:
        """Rows no passage uses any more."""
        return len(self.row_keys) - len(self.passage_rows)


def extended_rows(base: Path, base_keys: Sequence[bytes], keys: Sequence[bytes]) -> GraphRows:
    """Rows for passages with these keys in the graph of build `base`, whose rows hold
    base_keys: each passage takes a row holding its text's vector, as long as one is unused;
    every other passage gets a new row at the end."""
    unused = dict(zip(base_keys, range(len(base_keys)), strict=True))  # a text's last row
    more: dict[bytes, list[int]] = {}  # its other rows, for a text that occurs more than once
    if len(unused) < len(base_keys):
        last = np.fromiter(map(unused.__getitem__, base_keys), np.int64, count=len(base_keys))
        for row in np.flatnonzero(last != np.arange(len(base_keys))).tolist():
            more.setdefault(base_keys[row], []).append(row)
    # each passage takes its text's row (-1: none, or taken by an earlier passage of that text)
    passage_rows = np.fromiter(map(unused.pop, keys, repeat(-1)), np.int64, count=len(keys))
    row_keys = list(base_keys)
    added = []
    for number in np.flatnonzero(passage_rows < 0).tolist():
        rows = more.get(keys[number])
        if rows:
            passage_rows[number] = rows.pop()
        else:
            passage_rows[number] = len(row_keys)
            row_keys.append(keys[number])
            added.append(number)
    return GraphRows(passage_rows, row_keys, np.asarray(added, dtype=np.int64), base)


def read_row_keys(build: Path) -> list[bytes]:
    data = (build / ROW_KEYS_FILE).read_bytes()
    return [data[i : i + KEY_BYTES] for i in range(0, len(data), KEY_BYTES)]


def hnsw_params() -> dict:
    """The graph's parameters as the manifest records them."""
    return {
        "type": HNSW_TYPE,
        "links": HNSW_LINKS,
        "ef_construction": HNSW_EF_CONSTRUCTION,
        "ef_search": HNSW_EF_SEARCH,
    }


def build_faiss(vectors: np.ndarray, ann_min_passages: int) -> tuple[faiss.Index, dict]:
    """An exact index below ann_min_passages, otherwise HNSW over 16-bit vectors; with the
    parameters."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    count, dim = vectors.shape
    if count < ann_min_passages or count < 2:
        index = faiss.IndexFlatIP(dim)
        index.add(vectors)
        return index, {"type": "flat"}
    index = faiss.IndexHNSWSQ(dim, HNSW_QUANTISER, HNSW_LINKS, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    index.train(vectors)  # nothing to learn for 16 bits; 8 bits would learn each dimension's range
    index.add(vectors)
    index.hnsw.efSearch = HNSW_EF_SEARCH
    return index, hnsw_params()


def write_faiss(build: Path, vectors: np.ndarray, rows: GraphRows, ann_min_passages: int) -> dict:
    """Write the build's FAISS index and return its parameters for the manifest. vectors are
    those of rows.added: with rows.base they are added to a copy of that build's graph (the base
    build is only read), otherwise the index is built from them."""
    if rows.base is not None:
        index = faiss.read_index(str(rows.base / FAISS_FILE))
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        params = hnsw_params()
    else:
        index, params = build_faiss(vectors, ann_min_passages)
    faiss.write_index(index, str(build / FAISS_FILE))
    if params["type"] == "flat":
        return params
    if index.ntotal != len(rows.row_keys):
        raise ValueError(f"{index.ntotal} vectors in the graph for {len(rows.row_keys)} rows")
    np.save(build / PASSAGE_ROWS_FILE, rows.passage_rows, allow_pickle=False)
    (build / ROW_KEYS_FILE).write_bytes(b"".join(rows.row_keys))
    return params | {
        "rows": index.ntotal,
        "stale_rows": rows.stale,
        "extended_from": rows.base.name if rows.base else None,
        "reused_rows": index.ntotal - len(rows.added),
        "added_rows": len(rows.added),
    }


def read_faiss(build: Path, params: dict) -> VectorStore:
    index = faiss.read_index(str(build / FAISS_FILE))
    if params.get("type") not in HNSW_TYPES:
        return index
    index.hnsw.efSearch = int(params["ef_search"])
    rows_file = build / PASSAGE_ROWS_FILE
    if not rows_file.is_file():  # built before graphs were extended: rows are passage numbers
        return RowMappedIndex(index, np.arange(index.ntotal, dtype=np.int64))
    return RowMappedIndex(index, np.load(rows_file, allow_pickle=False))


class RowMappedIndex:
    """An HNSW graph seen by passage number: a passage's vector may sit in any row, and rows of
    passages that are gone (stale) are walked through but never returned."""

    def __init__(self, index: faiss.Index, passage_rows: np.ndarray) -> None:
        if len(passage_rows) and not 0 <= passage_rows.min() <= passage_rows.max() < index.ntotal:
            raise ValueError("passage rows outside the graph")
        self.index = index
        self.d = index.d
        self.ntotal = len(passage_rows)
        self._rows = passage_rows.astype(np.int64)
        self._passages = np.full(index.ntotal + 1, -1, dtype=np.int64)  # [-1]: FAISS's "none"
        self._passages[self._rows] = np.arange(len(passage_rows))
        self._params = faiss.SearchParametersHNSW()
        self._params.efSearch = index.hnsw.efSearch
        live = self._passages[:-1] >= 0
        if not live.all():
            self._bitmap = np.packbits(live, bitorder="little")  # kept alive for the selector
            self._selector = faiss.IDSelectorBitmap(len(live), faiss.swig_ptr(self._bitmap))
            self._params.sel = self._selector

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        scores, rows = self.index.search(queries, k, params=self._params)
        return scores, self._passages[rows]

    def reconstruct_batch(self, ids: np.ndarray) -> np.ndarray:
        return self.index.reconstruct_batch(self._rows[np.asarray(ids, dtype=np.int64)])

    def reconstruct_n(self, start: int, count: int) -> np.ndarray:
        return self.reconstruct_batch(np.arange(start, start + count))


# --- Qdrant -----------------------------------------------------------------------------------

_embedded_clients: dict[Path, object] = {}  # embedded Qdrant allows one client per folder


def qdrant_client(settings: StoreSettings, build: Path):
    from qdrant_client import QdrantClient

    if settings.qdrant_url:
        return QdrantClient(url=settings.qdrant_url)
    folder = (build / QDRANT_FOLDER).resolve()
    if folder not in _embedded_clients:
        if not _embedded_clients:  # closed before shutdown: its own __del__ comes too late
            atexit.register(_close_all_embedded)
        _embedded_clients[folder] = QdrantClient(path=str(folder))
    return _embedded_clients[folder]


def _close_all_embedded() -> None:
    while _embedded_clients:
        _embedded_clients.popitem()[1].close()


def close_embedded(build: Path) -> None:
    """Let go of an embedded Qdrant before its build folder is removed."""
    client = _embedded_clients.pop((build / QDRANT_FOLDER).resolve(), None)
    if client is not None:
        client.close()


def collection_name(build: Path) -> str:
    return f"{COLLECTION_PREFIX}{build.parent.name.strip('.')}-{build.name}"


def write_qdrant(vectors: np.ndarray, settings: StoreSettings, build: Path) -> dict:
    """A collection for this build, the point id being the passage number."""
    from qdrant_client import models

    client = qdrant_client(settings, build)
    name = collection_name(build)
    # A graph over 8-bit vectors (Qdrant's scalar quantisation) held in memory; the float vectors
    # stay on disk and rescore the candidates. (Embedded Qdrant scans every vector, ignoring this.)
    client.create_collection(
        name,
        vectors_config=models.VectorParams(
            size=vectors.shape[1], distance=models.Distance.DOT, on_disk=True
        ),
        hnsw_config=models.HnswConfigDiff(m=HNSW_LINKS, ef_construct=HNSW_EF_CONSTRUCTION),
        quantization_config=models.ScalarQuantization(
            scalar=models.ScalarQuantizationConfig(type=models.ScalarType.INT8, always_ram=True)
        ),
    )
    client.upload_collection(
        name, vectors=np.ascontiguousarray(vectors, dtype=np.float32), ids=range(len(vectors))
    )
    return {"type": "qdrant", "collection": name}


def delete_qdrant(settings: StoreSettings, build: Path) -> None:
    """The collection of a build that is being removed (a server's; an embedded one goes with the
    folder)."""
    if settings.kind == "qdrant" and settings.qdrant_url:
        qdrant_client(settings, build).delete_collection(collection_name(build))


def _search_params():
    from qdrant_client import models

    return models.SearchParams(
        hnsw_ef=HNSW_EF_SEARCH, quantization=models.QuantizationSearchParams(rescore=True)
    )


class QdrantVectors:
    """A build's vectors in a Qdrant collection, seen through the calls search makes."""

    def __init__(self, client, collection: str, dim: int, count: int, server: bool) -> None:
        self._client = client
        self._collection = collection
        self._search_params = _search_params() if server else None  # embedded: always exact
        self.d = dim
        self.ntotal = count

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        scores = np.full((len(queries), k), -np.inf, dtype=np.float32)
        ids = np.full((len(queries), k), -1, dtype=np.int64)
        for row, query in enumerate(queries):
            points = self._client.query_points(
                self._collection,
                query=query.tolist(),
                limit=k,
                with_payload=False,
                search_params=self._search_params,
            ).points
            for column, point in enumerate(points):
                scores[row, column], ids[row, column] = point.score, point.id
        return scores, ids

    def reconstruct_batch(self, ids: np.ndarray) -> np.ndarray:
        wanted = [int(i) for i in ids]
        points = self._client.retrieve(
            self._collection, ids=wanted, with_vectors=True, with_payload=False
        )
        by_id = {point.id: point.vector for point in points}
        return np.asarray([by_id[i] for i in wanted], dtype=np.float32).reshape(len(wanted), self.d)


def read_qdrant(settings: StoreSettings, build: Path, params: dict, dim: int, count: int):
    client = qdrant_client(settings, build)
    found = client.count(params["collection"], exact=True).count
    return QdrantVectors(client, params["collection"], dim, found, bool(settings.qdrant_url))
