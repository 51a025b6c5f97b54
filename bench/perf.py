"""Speed and memory at 1k, 10k and 100k releases, releasebot beside its peer — txtai's hybrid
search (dense + BM25) with the same encoder, USE multilingual v3 through txtai's external
transform — measured in the same run, for docs/performance.md.

    .venv/bin/python -m bench.perf --out docs/performance.md              # 1k, 10k and 100k
    .venv/bin/python -m bench.perf --sizes 1000,10000 --out /tmp/perf.md   # a shorter run

Needs ../shared/eval (not part of the repo) and txtai (`pip install -e '.[bench]'`).

Corpus: the shipped release, eval's releases, its 1,028 news articles and 240 XQuAD paragraphs
as records (1,306 distinct texts); larger sizes add perturbed copies of them: sentences shuffled
within each paragraph, place names swapped, digits permuted, new ids and dates.

Measured and derived: every figure comes from a fresh process (build, incremental add, serving).
Up to the 1,306 real documents everything is measured. Larger corpora would take hours to encode
here, so their full build is measured without encoding — the vector cache is filled beforehand
with the real vector of the same original sentence plus noise — and the encoding time is added
from the throughput measured on a sample of the corpus's own passages. Incremental adds encode
their new releases for real; above --incremental-max releases, releasebot's are derived (its
rebuild redoes everything but the encoding, which is measured) while txtai's are still measured.
Search latency, cold start and memory are measured on the full-size indexes.

Also the issue-4 "Done when" scenario, through the real command line: releasebot rebuild of the
real documents but one release, the release added and rebuilt, releasebot ask about it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bench.corpora import EVAL_DIR, REPO, write_indomain_corpus, xquad
from index.build import ENCODE_BATCH
from index.cache import VectorCache, cache_dir, passage_key
from index.encoders import DEFAULT_ENCODER, Encoder, load_encoder
from index.releases import Release, is_heading, read_corpus
from index.segment import Passage, passages_of, split_sentences

DEV_QUESTIONS = REPO / "bench" / "questions" / "releases_dev.jsonl"
SIZES = (1_000, 10_000, 100_000)
MISSING_RELEASE = "pp07"  # the done-when scenario leaves it out, then adds it
ADDED = (1, 100)  # releases added for the incremental figures
INCREMENTAL_MAX = 10_000  # releases; above, releasebot's adds are derived (txtai's are measured)
THREADS = 8
FIGURES_HEADING = "## Figures"  # --out keeps what is above it
SAMPLE = 2 * ENCODE_BATCH  # passages whose encoding is timed, where builds reuse cached vectors
NOISE = 0.02  # per dimension, on a copy's vector: cosine about 0.9 to its original's
PEER_TRAIN_MAX = 100_000  # vectors txtai's IVF trains on (its `sample`); all: ~16 min at 2M here
SEGMENT_ROWS = 200_000  # vectors per cache segment written beforehand
BUILD_BYTES_PER_PASSAGE = 6 * 2**10  # float32 vectors twice (array + cache), ANN, Python objects
TOWNS = (
    "Aalen", "Backnang", "Bielefeld", "Crailsheim", "Dortmund", "Ellwangen", "Esslingen",
    "Fellbach", "Friedrichshafen", "Göppingen", "Graz", "Hamm", "Heidenheim", "Heilbronn",
    "Innsbruck", "Karlsruhe", "Konstanz", "Linz", "Lippstadt", "Ludwigsburg", "Münster",
    "Offenburg", "Paderborn", "Pforzheim", "Ravensburg", "Reutlingen", "Salzburg",
    "Schorndorf", "Soest", "Tübingen", "Ulm", "Unna", "Waiblingen", "Werl", "Wien",
)  # fmt: skip
_ZEROS = str.maketrans("0123456789", "0" * 10)


# --- corpus growth (pure) -------------------------------------------------------------------


@dataclass(frozen=True)
class Original:
    """A real release, split once: each paragraph is a heading (str) or its sentences."""

    release: Release
    paragraphs: tuple[str | tuple[str, ...], ...]


def split_original(release: Release) -> Original:
    return Original(
        release,
        tuple(
            paragraph if is_heading(paragraph) else tuple(split_sentences(paragraph))
            for paragraph in release.text.split("\n")
        ),
    )


def town_pattern(releases: Iterable[Release]) -> re.Pattern:
    """The place names a copy swaps: the releases' own places and TOWNS."""
    places = {r.place for r in releases if r.place} | set(TOWNS)
    names = sorted((re.escape(p) for p in places), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(names)})\b")


def perturbed_copy(
    original: Original, number: int, rng: random.Random, towns: re.Pattern
) -> Release:
    """A new release made from a real one: sentences shuffled within each paragraph, each place
    name swapped for another town (the same one throughout), digits permuted, a new id and date."""
    lines = []
    for paragraph in original.paragraphs:
        if isinstance(paragraph, str):
            lines.append(paragraph)
        else:
            sentences = list(paragraph)
            rng.shuffle(sentences)
            lines.append(" ".join(sentences))
    swaps: dict[str, str] = {}
    digits = list("0123456789")
    rng.shuffle(digits)
    permute = str.maketrans("0123456789", "".join(digits))

    def changed(text: str) -> str:
        return towns.sub(lambda m: swaps.setdefault(m[0], rng.choice(TOWNS)), text).translate(
            permute
        )

    release = original.release
    return Release(
        release_id=f"{release.release_id}~{number}",
        text=changed("\n".join(lines)),
        title=changed(release.title) if release.title else None,
        date=dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650)),
        publisher=release.publisher,
        place=swaps.get(release.place, rng.choice(TOWNS)) if release.place else None,
    )


def grown_corpus(
    originals: Sequence[Release], size: int, seed: int = 7, first_copy: int = 0
) -> Iterable[Release]:
    """The first `size` originals, then perturbed copies of them in turn up to `size` releases,
    each text different from all before it (releasebot indexes identical texts once)."""
    yield from originals[:size]
    split = [split_original(r) for r in originals]
    towns = town_pattern(originals)
    rng = random.Random(seed)
    seen = {r.content_hash for r in originals}
    wanted = max(0, size - len(originals))
    for number in range(first_copy, first_copy + 10 * wanted + len(originals)):
        if wanted == 0:
            return
        copy = perturbed_copy(split[number % len(split)], number, rng, towns)
        # a text of one sentence without digits or places comes out as itself
        if copy.content_hash not in seen:
            seen.add(copy.content_hash)
            wanted -= 1
            yield copy
    raise ValueError(f"these originals do not vary enough for {size} distinct releases")


def skeleton(sentence: str, towns: re.Pattern) -> str:
    """A sentence with place names and digits blanked: the same for a copy and its original."""
    return towns.sub("§", sentence).translate(_ZEROS)


def percentiles(seconds: Sequence[float]) -> dict[str, float]:
    """p50, p95 and p99 in milliseconds (nearest rank)."""
    ordered = sorted(seconds)

    def rank(p: float) -> float:
        return 1000 * ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]

    return {"p50": rank(50), "p95": rank(95), "p99": rank(99)}


# --- writing corpora and vectors -------------------------------------------------------------


def release_record(release: Release) -> dict:
    return {
        "id": release.release_id,
        "title": release.title,
        "text": release.text,
        "date": release.date.isoformat() if release.date else None,
        "publisher": release.publisher,
        "place": release.place,
        "url": release.url,
    }


def write_releases(path: Path, releases: Iterable[Release]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as file:
        for release in releases:
            file.write(json.dumps(release_record(release), ensure_ascii=False) + "\n")
            count += 1
    return count


def original_releases(eval_dir: Path, folder: Path) -> list[Release]:
    """The real documents, in order: the shipped release and eval's releases, then the XQuAD
    paragraphs, then the news articles (identical texts once)."""
    write_indomain_corpus(folder, eval_dir, news=None)
    write_releases(
        folder / "xquad.jsonl",
        (Release(r["id"], r["text"], title=r["title"]) for r in xquad(eval_dir)[0]),
    )
    releases = read_corpus(folder).releases
    group = {"xquad": 1, "news": 2}
    return sorted(releases, key=lambda r: group.get(r.release_id.split("-")[0], 0))


@dataclass
class OriginalVectors:
    """Real vectors of the original passages, to derive the vectors of copies from."""

    vectors: np.ndarray
    by_passage: dict[tuple[str, int], int]  # (release_id, position) -> row
    by_sentence: dict[str, int]  # skeleton of the sentence -> row
    by_release: dict[str, np.ndarray]  # release_id -> its normalised mean vector
    texts: frozenset[str]  # the original sentences
    towns: re.Pattern

    @classmethod
    def of(cls, passages: Sequence[Passage], vectors: np.ndarray, towns: re.Pattern):
        by_passage, by_sentence, rows = {}, {}, {}
        for row, passage in enumerate(passages):
            by_passage[(passage.release_id, passage.position)] = row
            by_sentence.setdefault(skeleton(passage.text, towns), row)
            rows.setdefault(passage.release_id, []).append(row)
        by_release = {r: _unit(vectors[numbers].mean(axis=0)) for r, numbers in rows.items()}
        texts = frozenset(p.text for p in passages)
        return cls(vectors, by_passage, by_sentence, by_release, texts, towns)

    def vector_for(self, passage: Passage, rng: np.random.Generator) -> np.ndarray:
        """An original's own vector; for a copy, its original sentence's vector plus noise."""
        row = self.by_passage.get((passage.release_id, passage.position))
        if "~" not in passage.release_id and row is not None:
            return self.vectors[row]
        row = self.by_sentence.get(skeleton(passage.text, self.towns))
        base = (
            self.vectors[row]
            if row is not None
            else self.by_release[passage.release_id.split("~")[0]]
        )
        return _unit(base + rng.normal(scale=NOISE, size=base.shape).astype(np.float32))


def _unit(vector: np.ndarray) -> np.ndarray:
    return (vector / max(float(np.linalg.norm(vector)), 1e-12)).astype(np.float32)


@dataclass
class Prefilled:
    passages: int = 0
    unique: int = 0  # distinct passage texts: what a full build encodes
    copied: int = 0  # passages of perturbed copies
    verbatim: int = 0  # of those, passages whose sentence is an original's word for word
    samples: list[Passage] = field(default_factory=list)  # for timing the encoder


def prefill_cache(
    corpus_dir: Path, index_dir: Path, encoder_name: str, originals: OriginalVectors, seed: int = 7
) -> Prefilled:
    """Fill the vector cache of index_dir with a vector for every passage of the corpus, so that
    a rebuild encodes nothing and measures everything else."""
    rng, pick = np.random.default_rng(seed), random.Random(seed)
    cache = VectorCache(cache_dir(index_dir), encoder_name, originals.vectors.shape[1])
    keys: list[bytes] = []
    rows: list[np.ndarray] = []
    seen: set[bytes] = set()
    done = Prefilled()
    for release in read_corpus(corpus_dir).releases:
        for passage in passages_of(release):
            key = passage_key(passage.search_text)
            done.passages += 1
            if "~" in release.release_id:
                done.copied += 1
                done.verbatim += passage.text in originals.texts
            if len(done.samples) < SAMPLE + ENCODE_BATCH // 2:  # reservoir sampling
                done.samples.append(passage)
            elif (slot := pick.randrange(done.passages)) < len(done.samples):
                done.samples[slot] = passage
            if key in seen:
                continue
            seen.add(key)
            keys.append(key)
            rows.append(originals.vector_for(passage, rng))
            if len(keys) == SEGMENT_ROWS:
                cache.add(keys, np.vstack(rows))
                keys, rows = [], []
    if keys:
        cache.add(keys, np.vstack(rows))
    done.unique = len(seen)
    return done


# --- measurements, each run in a fresh process ----------------------------------------------


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def _rss_now_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def build_releasebot(corpus: str, index: str, encoder: str) -> dict:
    """releasebot's rebuild_index as `releasebot rebuild` runs it: wall seconds, of which
    encoding, and peak memory of this process and of the encoder's worker processes."""
    from index.build import rebuild_index

    model = load_encoder(encoder)
    marks: list[float] = []
    started = time.perf_counter()
    summary = rebuild_index(
        Path(corpus), Path(index), model, on_progress=lambda d, t: marks.append(time.perf_counter())
    )
    seconds = time.perf_counter() - started
    getattr(model, "close", lambda: None)()
    return {
        "seconds": seconds,
        "encode_seconds": marks[-1] - marks[0] if summary.encoded else 0.0,
        "releases": summary.releases,
        "passages": summary.passages,
        "encoded": summary.encoded,
        "peak_rss_mb": _peak_rss_mb(),
        "workers_peak_rss_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN),
    }


def _txtai(transform: Callable, passages: int):
    """txtai's hybrid index as bench.quality's peer builds it, encoding in batches as large as
    releasebot's (so that both use the encoder's worker processes)."""
    from txtai import Embeddings

    config: dict = {
        "method": "external",
        "transform": transform,
        "hybrid": True,
        "content": True,
        "batch": ENCODE_BATCH,
    }
    if passages > PEER_TRAIN_MAX:
        config["faiss"] = {"sample": PEER_TRAIN_MAX / passages}
    return Embeddings(**config)


def _timed_transform(encode: Callable[[list[str]], np.ndarray], spent: list[float]) -> Callable:
    def transform(texts):
        started = time.perf_counter()
        vectors = encode(list(texts))
        spent.append(time.perf_counter() - started)
        return vectors

    return transform


def _cached_encode(index: Path, model: Encoder, passages: Sequence[Passage]) -> Callable:
    """Texts to vectors from releasebot's cache (the vectors releasebot indexes), the rest
    encoded: txtai gets the same vectors without encoding millions of passages again."""
    cache = VectorCache(cache_dir(index), model.name, model.dim)
    key_of: dict[str, bytes] = {}
    for passage in passages:
        key_of.setdefault(passage.text, passage_key(passage.search_text))

    def encode(texts: list[str]) -> np.ndarray:
        vectors = np.empty((len(texts), model.dim), dtype=np.float32)
        keys = [key_of.get(text, b"") for text in texts]
        found = cache.fill(keys, vectors)
        if not found.all():
            missing = np.flatnonzero(~found)
            vectors[missing] = model.encode([texts[i] for i in missing])
        return vectors

    return encode


def build_txtai(corpus: str, path: str, encoder: str, cached_from: str | None) -> dict:
    """txtai's index over releasebot's passages (read and segmented by releasebot's code, as
    txtai has no reader for the ots layout), saved to path."""
    started = time.perf_counter()
    passages = [p for r in read_corpus(Path(corpus)).releases for p in passages_of(r)]
    model = load_encoder(encoder)
    encode = _cached_encode(Path(cached_from), model, passages) if cached_from else model.encode
    spent: list[float] = []
    embeddings = _txtai(_timed_transform(encode, spent), len(passages))
    embeddings.index((str(i), p.text, None) for i, p in enumerate(passages))
    embeddings.save(path)
    seconds = time.perf_counter() - started
    getattr(model, "close", lambda: None)()
    return {
        "seconds": seconds,
        "encode_seconds": sum(spent),
        "passages": len(passages),
        "encoded": 0 if cached_from else len(passages),
        "index": _components(embeddings),
        "peak_rss_mb": _peak_rss_mb(),
        "workers_peak_rss_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN),
    }


def _components(embeddings) -> str:
    """txtai's faiss index as it chose it, e.g. IVF1265,Flat with the nprobe it searches with."""
    components = embeddings.config.get("build", {}).get("settings", {}).get("components", "?")
    if "IVF" in components:
        return f"{components}, nprobe {embeddings.ann.nprobe()}"
    return components


def upsert_txtai(added: str, path: str, encoder: str) -> dict:
    """txtai's incremental path: load the saved index, upsert the new releases' passages, save."""
    from txtai import Embeddings

    model = load_encoder(encoder)
    started = time.perf_counter()
    passages = [p for r in read_corpus(Path(added)).releases for p in passages_of(r)]
    spent: list[float] = []
    embeddings = Embeddings()
    embeddings.load(path, config={"transform": _timed_transform(model.encode, spent)})
    offset = embeddings.count()
    embeddings.upsert((str(offset + i), p.text, None) for i, p in enumerate(passages))
    embeddings.save(path)
    seconds = time.perf_counter() - started
    getattr(model, "close", lambda: None)()
    return {
        "seconds": seconds,
        "encode_seconds": sum(spent),
        "encoded": len(passages),
        "peak_rss_mb": _peak_rss_mb(),
    }


def _asker(system: str, index: str, encoder: str) -> tuple[Callable[[str], object], Callable]:
    """Load a system's index: its ask(question) and a close() for what it holds open."""
    model = load_encoder(encoder)
    if system == "releasebot":
        from bot.answer import answer_question
        from index.search import Searcher
        from index.store import load_index

        searcher = Searcher(load_index(Path(index), model.name), model)
        return (lambda question: answer_question(searcher, question)), lambda: None
    from txtai import Embeddings

    embeddings = Embeddings()
    embeddings.load(index, config={"transform": lambda texts: model.encode(list(texts))})
    # One search at a time, as txtai's own Application does (txtai/app/base.py): its content
    # database shares one SQLite cursor, and concurrent searches fail ("Recursive use of cursors
    # not allowed") or crash the process.
    lock = threading.Lock()

    def ask(question: str) -> object:
        with lock:
            return embeddings.search(question, 50)  # the top 50, as bench.quality's peer asks

    return ask, embeddings.close


def serve(
    system: str, index: str, encoder: str, questions: list[str], threads: int, launched: float
) -> dict:
    """Cold start (process start → index loaded → first answer, counted from the moment the
    parent launched this process), then warm answers one at a time and from `threads` askers."""
    ask, close = _asker(system, index, encoder)
    loaded = time.time() - launched
    resident = _rss_now_mb()
    ask(questions[0])
    first = time.time() - launched

    def timed(question: str) -> float:
        started = time.perf_counter()
        ask(question)
        return time.perf_counter() - started

    single = [timed(q) for q in questions]
    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        concurrent = list(pool.map(timed, questions))
    wall = time.perf_counter() - started
    close()
    return {
        "loaded": loaded,
        "first_answer": first,
        "resident_after_load_mb": resident,
        "single": percentiles(single),
        "concurrent": percentiles(concurrent),
        "answers_per_second": len(questions) / wall,
        "peak_rss_mb": _peak_rss_mb(),
    }


def recall_at_10(index: str, peer: str, encoder: str, questions: list[str]) -> dict:
    """Recall@10 of each system's vector search against exact search over the same float
    vectors, for the questions: releasebot's (exact or HNSW) against its cached vectors,
    txtai's (IVF) against the vectors it stores."""
    from txtai import Embeddings

    from index.store import MANIFEST, PASSAGES
    from index.vector_store import read_faiss

    model = load_encoder(encoder)
    queries = model.encode(questions)
    build = Path(index).resolve()
    manifest = json.loads((build / MANIFEST).read_text())
    cache = VectorCache(cache_dir(Path(index)), model.name, model.dim)
    with (build / PASSAGES).open(encoding="utf-8") as file:
        keys = [passage_key(Passage(**json.loads(line)).search_text) for line in file]

    def ours(ids: np.ndarray) -> np.ndarray:
        return _filled(cache, [keys[i] for i in ids], model.dim)

    tenth = _exact_tenth(queries, len(keys), lambda start, end: ours(np.arange(start, end)))
    _, found = read_faiss(build, manifest["vector_index"]).search(queries, 10)
    recall = {"releasebot": _recall(queries, found, tenth, ours)}

    embeddings = Embeddings()
    embeddings.load(peer, config={"transform": lambda texts: model.encode(list(texts))})
    stored = _stored_vectors(embeddings.ann.backend)

    def theirs(ids: np.ndarray) -> np.ndarray:
        return np.vstack([stored.reconstruct(int(i)) for i in ids])

    tenth = _exact_tenth(
        queries, embeddings.ann.count(), lambda start, end: stored.reconstruct_n(start, end - start)
    )
    found = np.array([[i for i, _ in row] for row in embeddings.ann.search(queries, 10)])
    recall["txtai"] = _recall(queries, found, tenth, theirs)
    recall["txtai_index"] = _components(embeddings)
    embeddings.close()
    return recall | {"releasebot_index": manifest.get("vector_index", {})}


def _stored_vectors(backend):
    """The faiss index under txtai's that holds the float vectors by row number: IVF-Flat, or
    for a small index the flat index under an id map."""
    import faiss

    try:
        inner = faiss.extract_index_ivf(backend)
        inner.make_direct_map()
    except RuntimeError:
        inner = faiss.downcast_index(backend.index)
    return inner


def _filled(cache: VectorCache, keys: list[bytes], dim: int) -> np.ndarray:
    vectors = np.empty((len(keys), dim), dtype=np.float32)
    cache.fill(keys, vectors)
    return vectors


def _exact_tenth(queries: np.ndarray, count: int, rows: Callable) -> np.ndarray:
    """For each query, the 10th best inner product over all vectors (rows(start, end))."""
    best = np.full((len(queries), 0), -np.inf, dtype=np.float32)
    for start in range(0, count, SEGMENT_ROWS):
        scores = queries @ rows(start, min(count, start + SEGMENT_ROWS)).T
        best = -np.sort(-np.hstack([best, scores]), axis=1)[:, :10]
    return best[:, -1]


def _recall(queries: np.ndarray, found: np.ndarray, tenth: np.ndarray, vectors: Callable) -> float:
    """Share of the exact top 10 that was found; a passage that ties with the 10th counts, as
    copies of a text have the same vector and exact search may return either."""
    shares = []
    for query, ids, bar in zip(queries, found, tenth, strict=True):
        ids = ids[ids >= 0]
        scores = vectors(ids) @ query
        shares.append(min(10, int(np.sum(scores >= bar - 1e-5))) / 10)
    return float(np.mean(shares))


def with_preamble(out: Path, report: str) -> str:
    """The report under what out already holds above its figures (a hand-written summary)."""
    before = out.read_text(encoding="utf-8") if out.exists() else ""
    preamble, marker, _ = before.partition(FIGURES_HEADING)
    return (preamble if marker else "") + report


CHILDREN = {
    "build-releasebot": build_releasebot,
    "build-txtai": build_txtai,
    "upsert-txtai": upsert_txtai,
    "serve": serve,
    "recall": recall_at_10,
}


def in_child(name: str, **arguments) -> dict:
    """Run one measurement in a fresh Python process; its result is its last line of output."""
    if name == "serve":
        arguments["launched"] = time.time()
    command = [sys.executable, "-m", "bench.perf", "child", name, json.dumps(arguments)]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the done-when scenario, through the command line ----------------------------------------


def releasebot_command(
    *arguments: str, stdin: str | None = None
) -> tuple[float, subprocess.CompletedProcess]:
    script = Path(sys.executable).with_name("releasebot")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("RELEASEBOT_")}
    started = time.perf_counter()
    done = subprocess.run(
        [*command, *arguments], cwd=REPO, env=env, input=stdin, capture_output=True, text=True
    )
    return time.perf_counter() - started, done


def done_when(work: Path, eval_dir: Path, missing: str, questions: list[dict]) -> dict:
    """Issue 4: the real documents but one release, rebuilt; the release added and rebuilt
    (target: at most 10% of the full build); then `releasebot ask` about it."""
    corpus, index = work / "done-when" / "corpus", work / "done-when" / "index"
    write_indomain_corpus(corpus, eval_dir, news=None, skip_releases=(missing,))
    write_releases(
        corpus / "xquad.jsonl",
        (Release(r["id"], r["text"], title=r["title"]) for r in xquad(eval_dir)[0]),
    )
    rebuild = ("rebuild", "--corpus", str(corpus), "--index", str(index))
    full_seconds, full = releasebot_command(*rebuild)
    shutil.copy(eval_dir / "releases" / f"{missing}.txt", corpus / f"{missing}.txt")
    add_seconds, add = releasebot_command(*rebuild)
    about = [q for q in questions if q["release_id"] == missing]
    german = next(q for q in about if q["lang"] == "de")
    ask_seconds, one = releasebot_command("ask", "--index", str(index), german["question"])
    _, every = releasebot_command(
        "ask", "--index", str(index), "--json", "-", stdin="\n".join(q["question"] for q in about)
    )
    asked = []
    for question, line in zip(about, every.stdout.splitlines(), strict=True):
        reply = json.loads(line)
        excerpt = (reply["answer"] or "").lower()
        asked.append(
            {
                "question": question["question"],
                "answer": reply["answer"],
                "from": reply["sources"][0]["release_id"] if reply["sources"] else None,
                "contains_gold": any(a.lower() in excerpt for a in question["answers"]),
            }
        )
    return {
        "missing": missing,
        "full_seconds": full_seconds,
        "full_summary": _summary_line(full),
        "add_seconds": add_seconds,
        "add_summary": _summary_line(add),
        "ratio": add_seconds / full_seconds,
        "asked": asked,
        "first_question": german["question"],
        "first_reply": one.stdout.strip(),
        "ask_seconds": ask_seconds,
        "index": str(index),
        "command": " ".join(rebuild),
    }


def _summary_line(done: subprocess.CompletedProcess) -> str:
    lines = [line for line in done.stderr.splitlines() if line.startswith("indexed")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"releasebot rebuild failed: {done.stderr.strip()[-2000:]}")
    return lines[-1]


# --- one corpus size --------------------------------------------------------------------------


@dataclass
class SizeResult:
    size: int
    passages: int = 0
    real: bool = True  # full builds encoded for real
    copies: int = 0  # perturbed copies among the releases
    distinct: int = 0  # distinct passage texts, where the cache was filled beforehand
    builds: dict[str, dict] = field(default_factory=dict)  # system -> build figures
    full: dict[str, float] = field(default_factory=dict)  # system -> full build seconds
    rates: dict[str, float] = field(default_factory=dict)  # system -> passages/s, sampled
    adds: dict[str, dict[int, dict]] = field(default_factory=dict)  # system -> count -> figures
    serving: dict[str, dict] = field(default_factory=dict)
    recall: dict = field(default_factory=dict)
    disk_mb: dict[str, float] = field(default_factory=dict)
    memory_mb: dict[str, float] = field(default_factory=dict)  # vectors + lexical index files
    verbatim_share: float = 0.0
    load: list[float] = field(default_factory=list)  # load averages seen while measuring
    minutes: float = 0.0


def measure_size(
    size: int,
    originals: list[Release],
    vectors: OriginalVectors,
    work: Path,
    questions: list[str],
    encoder: Encoder,
    incremental_max: int,
    say: Callable[[str], None],
) -> SizeResult:
    started = time.perf_counter()
    result = SizeResult(size, real=size <= len(originals), copies=max(0, size - len(originals)))
    folder = work / f"size-{size}"
    corpus, index, peer = folder / "corpus", folder / "index", folder / "txtai"
    write_releases(corpus / "releases.jsonl", grown_corpus(originals, size))
    result.load.append(os.getloadavg()[0])
    if not result.real:
        say(f"{size}: vectors for the cache")
        filled = prefill_cache(corpus, index, encoder.name, vectors)
        result.verbatim_share = filled.verbatim / max(1, filled.copied)
        result.distinct = filled.unique
        _check_memory(size, filled.passages)
        result.rates = sampled_rates(encoder, filled.samples)
    say(f"{size}: releasebot build")
    result.builds["releasebot"] = in_child(
        "build-releasebot", corpus=str(corpus), index=str(index), encoder=encoder.name
    )
    result.passages = result.builds["releasebot"]["passages"]
    say(f"{size}: txtai build")
    result.builds["txtai"] = in_child(
        "build-txtai",
        corpus=str(corpus),
        path=str(peer),
        encoder=encoder.name,
        cached_from=None if result.real else str(index),
    )
    result.load.append(os.getloadavg()[0])
    for system, build in result.builds.items():
        if result.real:
            result.full[system] = build["seconds"]
            result.rates[system] = build["encoded"] / max(build["encode_seconds"], 1e-9)
        else:  # every passage encoded at the sampled rate, as a corpus of distinct texts needs
            without = build["seconds"] - build["encode_seconds"]
            result.full[system] = without + build["passages"] / result.rates[system]
    result.disk_mb = {"releasebot": _mb(index.resolve()), "txtai": _mb(peer)}
    result.memory_mb = {
        "releasebot": _mb(index.resolve() / "vectors.faiss") + _mb(index.resolve() / "bm25"),
        "txtai": _mb(peer / "embeddings") + _mb(peer / "scoring"),
    }
    for system, path in (("releasebot", index), ("txtai", peer)):
        say(f"{size}: {system} serving")
        result.serving[system] = in_child(
            "serve",
            system=system,
            index=str(path),
            encoder=encoder.name,
            questions=questions,
            threads=THREADS,
        )
    result.load.append(os.getloadavg()[0])
    say(f"{size}: recall@10")
    result.recall = in_child(
        "recall", index=str(index), peer=str(peer), encoder=encoder.name, questions=questions
    )
    result.adds = {"releasebot": {}, "txtai": {}}
    police = [r for r in originals if not r.release_id.startswith(("news-", "xquad-"))]
    build, rate = result.builds["releasebot"], result.rates["releasebot"]
    for count in ADDED:
        added = folder / f"added-{count}"
        new = list(grown_corpus(police, len(police) + count, seed=count, first_copy=10**7))
        write_releases(added / "added.jsonl", new[len(police) :])
        say(f"{size}: add {count}")
        if size <= incremental_max:
            shutil.copy(added / "added.jsonl", corpus / f"added-{count}.jsonl")
            result.adds["releasebot"][count] = in_child(
                "build-releasebot", corpus=str(corpus), index=str(index), encoder=encoder.name
            )
        else:  # a rebuild redoes everything but the encoding, as measured above
            passages = sum(len(passages_of(r)) for r in new[len(police) :])
            result.adds["releasebot"][count] = {
                "seconds": build["seconds"] - build["encode_seconds"] + passages / rate,
                "encoded": passages,
                "derived": True,
            }
        result.adds["txtai"][count] = in_child(
            "upsert-txtai", added=str(added), path=str(peer), encoder=encoder.name
        )
    result.load.append(os.getloadavg()[0])
    result.minutes = (time.perf_counter() - started) / 60
    return result


class NotEnoughMemory(RuntimeError):
    """A build would need more memory than the machine has free; the message says how much."""


def _check_memory(size: int, passages: int) -> None:
    """Stop before a build that would drive a shared machine out of memory."""
    needed = passages * BUILD_BYTES_PER_PASSAGE + 2**30
    available = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            available = int(line.split()[1]) * 1024
    if available < needed:
        raise NotEnoughMemory(
            f"{size:,} releases: building {passages:,} passages needs about "
            f"{needed / 2**30:.0f} GB of free memory, {available / 2**30:.0f} GB are available"
        )


def sampled_rates(encoder: Encoder, samples: list[Passage]) -> dict[str, float]:
    """Passages a second, as each system encodes them (releasebot: the sentence in its context;
    txtai: the sentence), in batches of ENCODE_BATCH as their builds do, taking turns so that
    both see the same load; after a warm-up that starts the encoder's workers."""
    warm, timed = samples[: ENCODE_BATCH // 2], samples[ENCODE_BATCH // 2 :]
    encoder.encode([p.search_text for p in warm])
    spent = {"releasebot": 0.0, "txtai": 0.0}
    for start in range(0, len(timed), ENCODE_BATCH):
        batch = timed[start : start + ENCODE_BATCH]
        for system, texts in (
            ("releasebot", [p.search_text for p in batch]),
            ("txtai", [p.text for p in batch]),
        ):
            started = time.perf_counter()
            encoder.encode(texts)
            spent[system] += time.perf_counter() - started
    return {system: len(timed) / seconds for system, seconds in spent.items()}


def _mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


# --- the report (pure) ------------------------------------------------------------------------


def _ratio(ours: float | None, theirs: float | None) -> str:
    if ours is None or theirs is None or theirs == 0:
        return "–"
    return f"{ours / theirs:.2f}"


def _n(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def size_table(result: SizeResult) -> str:
    """One table per size: each figure for both systems, their ratio, and how it was obtained."""
    lines = [
        f"### {result.size:,} releases — {result.passages:,} passages",
        "",
        "| figure | releasebot | txtai | releasebot ÷ txtai | how |",
        "|---|---:|---:|---:|---|",
    ]

    def row(label: str, ours, theirs, how: str = "", digits: int = 0) -> None:
        lines.append(
            f"| {label} | {_n(ours, digits)} | {_n(theirs, digits)} | {_ratio(ours, theirs)} "
            f"| {how} |"
        )

    bot, peer, full, rates = (
        result.builds["releasebot"],
        result.builds["txtai"],
        result.full,
        result.rates,
    )
    how = "measured"
    if not result.real:
        without = _n(bot["seconds"] - bot["encode_seconds"])
        how = (
            f"derived: build without encoding, measured ({without} s / "
            f"{_n(peer['seconds'] - peer['encode_seconds'])} s), + encoding at the rate "
            "measured on a sample"
        )
    row("full build, s", full["releasebot"], full["txtai"], how)
    row(
        "full build, passages/s",
        result.passages / full["releasebot"],
        peer["passages"] / full["txtai"],
        "passages ÷ full build",
    )
    row(
        "encoding, passages/s",
        rates["releasebot"],
        rates["txtai"],
        "in the build" if result.real else f"sample of {SAMPLE:,} passages",
    )
    for count in ADDED:
        ours, theirs = result.adds["releasebot"].get(count), result.adds["txtai"].get(count)
        how = "measured: releasebot rebuild; txtai load, upsert, save"
        if ours and ours.get("derived"):
            how = (
                "releasebot derived: its build without encoding + the new passages at the "
                "sampled rate; txtai measured"
            )
        label = f"add {count} release{'s' if count > 1 else ''}"
        encoded = f"{ours['encoded']:,} passages" if ours else ""
        row(
            f"{label} ({encoded}), s",
            ours and ours["seconds"],
            theirs and theirs["seconds"],
            how,
            1,
        )
        row(
            f"{label}, % of full build",
            ours and 100 * ours["seconds"] / full["releasebot"],
            theirs and 100 * theirs["seconds"] / full["txtai"],
            "",
            1,
        )
    ours, theirs = result.serving["releasebot"], result.serving["txtai"]
    row(
        "cold start: process start → index loaded, s",
        ours["loaded"],
        theirs["loaded"],
        "measured",
        1,
    )
    row(
        "cold start: process start → first answer, s",
        ours["first_answer"],
        theirs["first_answer"],
        "measured",
        1,
    )
    for mode, askers in (("single", "1 asker"), ("concurrent", f"{THREADS} askers")):
        for p in ("p50", "p95", "p99"):
            row(f"warm answer, {askers}, {p}, ms", ours[mode][p], theirs[mode][p])
    row(
        f"{THREADS} askers: answers/s",
        ours["answers_per_second"],
        theirs["answers_per_second"],
        "",
        1,
    )
    row(
        "peak memory serving (RSS), MB",
        ours["peak_rss_mb"],
        theirs["peak_rss_mb"],
        "whole process, encoder included",
    )
    row(
        "memory after loading (RSS), MB",
        ours["resident_after_load_mb"],
        theirs["resident_after_load_mb"],
    )
    row(
        "peak memory building (RSS), MB",
        bot["peak_rss_mb"],
        peer["peak_rss_mb"],
        "main process"
        + (
            f"; each encoder worker at most {_n(bot['workers_peak_rss_mb'])} / "
            f"{_n(peer['workers_peak_rss_mb'])} MB"
            if result.real
            else ""
        ),
    )
    row(
        "vectors + lexical index, MB",
        result.memory_mb["releasebot"],
        result.memory_mb["txtai"],
        "their files' sizes",
    )
    row("index on disk, MB", result.disk_mb["releasebot"], result.disk_mb["txtai"])
    recall = result.recall
    row(
        "dense recall@10 against exact search",
        recall["releasebot"],
        recall["txtai"],
        f"releasebot: {_index_name(recall['releasebot_index'])}; txtai: {recall['txtai_index']}",
        3,
    )
    return "\n".join(lines)


def _index_name(vector_index: dict) -> str:
    kind = {"hnsw_sq8": "HNSW-SQ8", "hnsw_fp16": "HNSW-fp16"}.get(vector_index.get("type", ""))
    if kind:
        return f"{kind}, M {vector_index['links']}, efSearch {vector_index['ef_search']}"
    return "exact (flat)"


def done_when_section(result: dict) -> str:
    asked = result["asked"]
    answered = sum(a["from"] == result["missing"] and a["answer"] is not None for a in asked)
    gold = sum(a["contains_gold"] for a in asked)
    lines = [
        f"- full build: **{result['full_seconds']:.1f} s** wall (`{result['full_summary']}`)",
        f"- `{result['missing']}.txt` added, rebuilt: **{result['add_seconds']:.1f} s** wall "
        f"(`{result['add_summary']}`) — **{100 * result['ratio']:.1f}%** of the full build "
        "(target ≤ 10%)",
        f'- `releasebot ask --index {result["index"]} "{result["first_question"]}"` '
        f"({result['ask_seconds']:.1f} s from process start to answer):",
        "",
        "  ```",
        *("  " + line for line in result["first_reply"].splitlines()),
        "  ```",
        f"- every development question about it (`releasebot ask --json -`): {answered} of "
        f"{len(asked)} answered from `{result['missing']}`, {gold} with the expected answer in "
        "the excerpt:",
        "",
        "| question | answered from | excerpt |",
        "|---|---|---|",
    ]
    for a in asked:
        excerpt = (a["answer"] or "(declined)").replace("|", "\\|")
        lines.append(f"| {a['question']} | {a['from']} | {excerpt} |")
    return "\n".join(lines)


# --- command line -----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["child"]:
        print(json.dumps(CHILDREN[argv[1]](**json.loads(argv[2]))), flush=True)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="releases, e.g. 1000")
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    parser.add_argument("--questions", type=int, default=201, help="dev questions asked")
    parser.add_argument("--incremental-max", type=int, default=INCREMENTAL_MAX)
    parser.add_argument("--out", type=Path, help="write the markdown report here")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    began, started, version = dt.datetime.now(), time.perf_counter(), code_version()

    def say(message: str) -> None:
        print(f"[{(time.perf_counter() - started) / 60:5.1f} min] {message}", file=sys.stderr)

    work = args.work or Path(tempfile.mkdtemp(prefix="releasebot-perf-"))
    dev = [json.loads(line) for line in DEV_QUESTIONS.open(encoding="utf-8")]
    questions = [q["question"] for q in dev][: args.questions]
    say(f"working in {work}; done-when scenario")
    scenario = done_when(work, args.eval_dir, MISSING_RELEASE, dev)
    encoder = load_encoder(DEFAULT_ENCODER)
    originals = original_releases(args.eval_dir, work / "originals")
    vectors = _vectors_of(Path(scenario["index"]), encoder, originals)
    results, stopped = [], None
    for size in sizes:
        try:
            results.append(
                measure_size(
                    size, originals, vectors, work, questions, encoder, args.incremental_max, say
                )
            )
        except NotEnoughMemory as error:
            stopped = f"Not measured: {error}."
            say(stopped)
            break
        (work / "results.json").write_text(json.dumps([vars(r) for r in results], default=str))
    getattr(encoder, "close", lambda: None)()
    report = render(argv, began, version, time.perf_counter() - started, scenario, results, stopped)
    print(report)
    if args.out:
        args.out.write_text(with_preamble(args.out, report))
    say(f"done; figures in {work / 'results.json'}")
    return 0


def _vectors_of(index: Path, encoder: Encoder, originals: list[Release]) -> OriginalVectors:
    from index.store import load_index

    stored = load_index(index, encoder.name)
    vectors = stored.vectors.reconstruct_n(0, stored.vectors.ntotal)
    return OriginalVectors.of(stored.passages, vectors, town_pattern(originals))


def code_version() -> str:
    """The commit measured, and whether index/ or bot/ differed from it."""

    def git(*arguments: str) -> str:
        done = subprocess.run(["git", *arguments], cwd=REPO, capture_output=True, text=True)
        return done.stdout.strip()

    changed = git("status", "--porcelain", "--", "index", "bot")
    return f"commit {git('rev-parse', '--short', 'HEAD')}" + (
        " with uncommitted changes in index/ and bot/" if changed else ""
    )


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GB RAM, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def render(
    argv: list[str],
    began: dt.datetime,
    version: str,
    seconds: float,
    scenario: dict,
    results: list[SizeResult],
    stopped: str | None,
) -> str:
    loads = [load for r in results for load in r.load]
    lines = [
        FIGURES_HEADING,
        "",
        f"`.venv/bin/python -m bench.perf {' '.join(argv)}` — {machine()}; "
        f"{began:%Y-%m-%d %H:%M}; {version}; {seconds / 60:.0f} minutes wall. "
        f"Load average seen during the run: {min(loads, default=0):.1f}–"
        f"{max(loads, default=0):.1f} on {os.cpu_count()} cores (the machine is shared).",
        "",
        "### Done when: the real documents but one release, then that release added",
        "",
        f"`releasebot {scenario['command']}`, twice:",
        "",
        done_when_section(scenario),
        "",
    ]
    for result in results:
        lines += [size_table(result), ""]
        notes = [f"{result.minutes:.1f} minutes to measure"]
        if not result.real:
            bot = result.builds["releasebot"]
            only_distinct = (
                bot["seconds"]
                - bot["encode_seconds"]
                + result.distinct / result.rates["releasebot"]
            )
            notes.append(
                f"{result.copies:,} perturbed copies beside {result.size - result.copies:,} real "
                f"documents; {100 * result.verbatim_share:.0f}% of the copies' passages quote an "
                f"original sentence word for word, and {result.distinct:,} of the "
                f"{result.passages:,} passages are distinct texts with their context — releasebot "
                "encodes each distinct text once, so on this corpus its full build would take "
                f"{only_distinct:,.0f} s; the table counts every passage, as a corpus of "
                "distinct texts needs"
            )
        lines += ["; ".join(notes) + ".", ""]
    if stopped:
        lines += [stopped, ""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
