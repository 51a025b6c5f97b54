"""Scale measurements for docs/scaling.md: incremental rebuild time at a grown corpus, and the
approximate vector index (recall@10 against exact search, memory, build time) at up to 1.5M
passages.

    .venv/bin/python -m bench.scale corpus --releases 10000 --out /tmp/corpus-10k
    .venv/bin/python -m bench.scale incremental --corpus /tmp/corpus-10k --index /tmp/index-10k
    .venv/bin/python -m bench.scale incremental --corpus C --index I --keep-cache --added 1 100
    .venv/bin/python -m bench.scale ann --index /tmp/index-10k --passages 1500000
    .venv/bin/python -m bench.scale recall --index /tmp/index-100k
    .venv/bin/python -m bench.scale corpus --releases 100000 --out /tmp/corpus-100k
    .venv/bin/python -m bench.scale memory --corpus /tmp/corpus-100k --out /tmp/memory-100k
    .venv/bin/python -m bench.scale lexical --index /tmp/index-10k --passages 1950000

Needs ../shared/eval (not part of the repo). A corpus larger than the ~1,300 real documents
(releases, news articles, XQuAD paragraphs) is grown with perturbed copies: in every copy each
sentence has adjacent words swapped and digits changed, so that no passage repeats an earlier
one and every copy is encoded like a new release."""

from __future__ import annotations

import argparse
import cProfile
import functools
import itertools
import json
import pstats
import random
import shutil
import sys
import time
from pathlib import Path

from bench.corpora import EVAL_DIR, REPO, write_indomain_corpus, xquad

NEW_RELEASE = "polizei-bench-neu"
DEV_QUESTIONS = REPO / "bench" / "questions" / "releases_dev.jsonl"


def grow_corpus(target: Path, eval_dir: Path, releases: int, seed: int = 7) -> Path:
    """The shipped corpus, eval's releases, news and XQuAD paragraphs, and perturbed copies of
    them up to `releases` releases in all (copies in grown.jsonl)."""
    write_indomain_corpus(target, eval_dir, news=None)
    records, _ = xquad(eval_dir)
    _write_jsonl(target / "xquad.jsonl", records)
    from index.releases import read_corpus

    originals = read_corpus(target).releases
    rng = random.Random(seed)
    copies = []
    for number in range(max(0, releases - len(originals))):
        release = originals[number % len(originals)]
        copies.append(
            {
                "id": f"{release.release_id}~{number}",
                "title": release.title,
                "text": _perturbed(release.text, rng),
                "date": release.date.isoformat() if release.date else None,
                "publisher": release.publisher,
                "place": release.place,
            }
        )
    _write_jsonl(target / "grown.jsonl", copies)
    return target


def _perturbed(text: str, rng: random.Random) -> str:
    """Each sentence with two adjacent words swapped and its digits redrawn; a short one gets a
    file number too, so that it differs from every other copy's."""
    from index.segment import split_sentences

    lines = []
    for line in text.split("\n"):
        sentences = []
        for sentence in split_sentences(line):
            words = sentence.split(" ")
            if len(words) > 1:
                i = rng.randrange(len(words) - 1)
                words[i], words[i + 1] = words[i + 1], words[i]
            if len(words) < 8:
                words.append(f"(Az. {rng.randrange(10**6)})")
            sentence = " ".join(words)
            sentences.append(
                "".join(str(rng.randrange(10)) if c.isdigit() else c for c in sentence)
            )
        lines.append(" ".join(sentences))
    return "\n".join(lines)


def _write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as file:
        for record in records:
            file.write(json.dumps(record, ensure_ascii=False) + "\n")


def incremental(
    corpus: Path, index: Path, full: bool, keep_cache: bool, added: list[int], profile: Path | None
) -> None:
    """`releasebot rebuild` runs, each in a fresh process, timed (wall, and CPU of the process):
    a full build (from scratch: no previous build, and no cache unless keep_cache — with it, the
    build encodes nothing and measures everything else), then `added` releases added in turn
    (new perturbed texts, encoded for real), then all of them removed again. With profile, one
    more rebuild with nothing changed runs under cProfile: where an incremental rebuild's time
    goes that does not depend on what changed."""
    from index.build import rebuild_index
    from index.cache import cache_dir
    from index.encoders import load_encoder

    for stale in corpus.glob(f"{NEW_RELEASE}*"):
        stale.unlink()
    if full:
        index.unlink(missing_ok=True)
        shutil.rmtree(index.parent / f".{index.name}.builds", ignore_errors=True)
        if not keep_cache:
            shutil.rmtree(cache_dir(index), ignore_errors=True)
        _rebuild("full build", corpus, index)
    originals = sorted((EVAL_DIR / "releases").glob("*.txt"))
    rng = random.Random(time.time_ns())  # new texts on every run: none of them is cached yet
    for count in added:
        records = [
            {"id": f"{NEW_RELEASE}-{count}-{n}", "text": _perturbed(path.read_text("utf-8"), rng)}
            for n, path in zip(range(count), itertools.cycle(originals))
        ]
        _write_jsonl(corpus / f"{NEW_RELEASE}-{count}.jsonl", records)
        _rebuild(f"add {count} release{'s' * (count > 1)}", corpus, index)
    if added:
        for file in corpus.glob(f"{NEW_RELEASE}*"):
            file.unlink()
        _rebuild(f"remove the {sum(added)} added releases", corpus, index)
    if profile:
        encoder = load_encoder("use-multilingual-v3")
        profiler = cProfile.Profile()
        profiler.runcall(rebuild_index, corpus, index, encoder)
        stats = pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative")
        stats.print_stats(40)
        stats.dump_stats(profile)
        encoder.close()


def _rebuild(what: str, corpus: Path, index: Path) -> None:
    """`releasebot rebuild` in a fresh process: its summary, wall and CPU seconds, the load
    average around it, and how its vector index was made."""
    import os
    import subprocess

    environment = {k: v for k, v in os.environ.items() if not k.startswith("RELEASEBOT_")}
    command = [sys.executable, "-m", "bot.cli", "rebuild", "--corpus", str(corpus)]
    load = os.getloadavg()[0]
    done, wall, cpu = _timed(
        lambda: subprocess.run(
            [*command, "--index", str(index)], cwd=REPO, env=environment, capture_output=True
        )
    )
    summary = [line for line in done.stderr.decode().splitlines() if line.startswith("indexed")]
    if done.returncode != 0 or not summary:
        raise RuntimeError(f"{what}: releasebot rebuild failed: {done.stderr.decode()[-2000:]}")
    made = json.loads((index / "manifest.json").read_text())["vector_index"]
    print(
        f"{what}: {wall:.1f} s wall, {cpu:.1f} s CPU, load {load:.1f}–{os.getloadavg()[0]:.1f}"
        f"\n  {summary[-1]}\n  vector index: {made}",
        flush=True,
    )


def _timed(work):
    """The result of work(), its wall seconds and the CPU seconds of this process and its
    children (the encoder's worker processes count once they have ended)."""
    import os

    before, started = os.times(), time.perf_counter()
    result = work()
    after = os.times()
    cpu = sum(after[:4]) - sum(before[:4])
    return result, time.perf_counter() - started, cpu


def ann(index: Path, passages: int, questions: Path, ef_searches: list[int], noise: float) -> None:
    """Recall@10 of the approximate index (HNSW-SQ8) against exact search for the dev questions,
    over the real passage vectors of an index, grown to `passages` with noisy copies of them;
    with the time a question takes and the index's size."""
    import faiss
    import numpy as np

    from index.encoders import load_encoder
    from index.store import load_index
    from index.vector_store import build_faiss

    stored = load_index(index, "use-multilingual-v3")
    real = stored.vectors.reconstruct_n(0, stored.vectors.ntotal)
    rng = np.random.default_rng(0)
    vectors = np.empty((passages, real.shape[1]), dtype=np.float32)
    vectors[: min(passages, len(real))] = real[:passages]
    for start in range(len(real), passages, len(real)):
        end = min(passages, start + len(real))
        copy = real[: end - start] + rng.normal(scale=noise, size=(end - start, real.shape[1]))
        vectors[start:end] = copy / np.linalg.norm(copy, axis=1, keepdims=True)
    texts = [json.loads(line)["question"] for line in questions.open(encoding="utf-8")]
    queries = load_encoder("use-multilingual-v3").encode(texts)
    print(
        f"{passages} passages ({min(passages, len(real))} real), {len(queries)} questions, "
        f"noise {noise} per dimension"
    )

    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    started = time.perf_counter()
    _, truth = flat.search(queries, 10)
    exact_ms = (time.perf_counter() - started) / len(queries) * 1000
    print(f"exact: {vectors.nbytes / 2**20:.0f} MiB, {exact_ms:.1f} ms a question", flush=True)
    del flat

    started = time.perf_counter()
    approximate, params = build_faiss(vectors, ann_min_passages=0)
    built = time.perf_counter() - started
    size = faiss.serialize_index(approximate).nbytes
    print(f"{params}: built in {built:.0f} s, {size / 2**20:.0f} MiB", flush=True)

    def recall(found) -> float:
        return float(
            np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth, strict=True)])
        )

    for ef in ef_searches:
        approximate.hnsw.efSearch = ef
        started = time.perf_counter()
        _, found = approximate.search(queries, 10)
        ms = (time.perf_counter() - started) / len(queries) * 1000
        # as search.py uses it: 200 candidates, scored by their stored (8-bit) vectors
        _, candidates = approximate.search(queries, 200)
        rescored = []
        for ids, query in zip(candidates, queries, strict=True):
            ids = ids[ids >= 0]
            rescored.append(ids[np.argsort(-(approximate.reconstruct_batch(ids) @ query))[:10]])
        print(
            f"  ef_search {ef}: recall@10 {recall(found):.4f} ({ms:.2f} ms a question); "
            f"top 10 of 200 candidates rescored {recall(rescored):.4f}",
            flush=True,
        )


def recall_at_ten(scores, tenth, found) -> float:
    """How much of the exact top 10 each question's found ids hold (-1: none), ties with the
    tenth exact score (tenth) counted as held; scores: every passage's exact score per question."""
    import numpy as np

    shares = []
    for row, ids, bar in zip(scores, found, tenth, strict=True):
        ids = ids[ids >= 0]
        shares.append(min(10, int(np.sum(row[ids] >= bar - 1e-5))) / 10)
    return float(np.mean(shares))


def graph_recall(index: Path, questions: Path, candidates: list[int]) -> None:
    """Recall@10 of a built index's graph against exact search over its passages' float vectors
    (from the vector cache), for the dev questions: its top 10; how much of the exact top 10 its
    top-k candidates hold, rescored by their 8-bit vectors (as search.py scores them) or by the
    float ones; and a scan of all vectors in 8 bits and in 16, the quantisation alone. A passage
    that ties with the exact 10th counts as found (copies share vectors)."""
    import faiss
    import numpy as np

    from index.cache import VectorCache, cache_dir, passage_key
    from index.encoders import load_encoder
    from index.store import load_index

    stored = load_index(index, "use-multilingual-v3")
    encoder = load_encoder("use-multilingual-v3")
    vectors = np.empty((len(stored.passages), encoder.dim), dtype=np.float32)
    keys = [passage_key(p.search_text) for p in stored.passages]
    if not VectorCache(cache_dir(index), encoder.name, encoder.dim).fill(keys, vectors).all():
        raise SystemExit("the vector cache lacks vectors of this index: rebuild it first")
    texts = [json.loads(line)["question"] for line in questions.open(encoding="utf-8")]
    queries = encoder.encode(texts)
    scores = queries @ vectors.T
    best = -np.sort(-np.partition(scores, -11, axis=1)[:, -11:], axis=1)
    tenth = best[:, 9]
    print(
        f"{len(keys)} passages, {len(texts)} questions; exact scores, median gap 1st-10th "
        f"{np.median(best[:, 0] - tenth):.4f}, 10th-11th {np.median(tenth - best[:, 10]):.5f}"
    )

    recall = functools.partial(recall_at_ten, scores, tenth)

    def top_ten(found, vectors_of) -> list:
        return [
            ids[np.argsort(-(vectors_of(ids) @ query))[:10]]
            for ids, query in zip((f[f >= 0] for f in found), queries, strict=True)
        ]

    graph = stored.vectors
    started = time.perf_counter()
    _, found = graph.search(queries, 10)
    ms = (time.perf_counter() - started) / len(queries) * 1000
    print(f"{stored.manifest.vector_index}\n  top 10: recall@10 {recall(found):.4f}, {ms:.1f} ms")
    for k in candidates:
        _, found = graph.search(queries, k)
        print(
            f"  top {k}: hold {recall(found):.4f} of the exact top 10; rescored by their 8-bit "
            f"vectors {recall(top_ten(found, graph.reconstruct_batch)):.4f}, by float vectors "
            f"{recall(top_ten(found, lambda ids: vectors[ids])):.4f}",
            flush=True,
        )
    for name, kind in (
        ("8-bit", faiss.ScalarQuantizer.QT_8bit),
        ("16-bit", faiss.ScalarQuantizer.QT_fp16),
    ):
        scan = faiss.IndexScalarQuantizer(encoder.dim, kind, faiss.METRIC_INNER_PRODUCT)
        scan.train(vectors)
        scan.add(vectors)
        print(f"  scan of all {name} vectors: recall@10 {recall(scan.search(queries, 10)[1]):.4f}")
        del scan


def graph_variants(
    index: Path, questions: Path, specs: list[str], ef_searches: list[int], save: Path | None
) -> None:
    """HNSW graphs built anew, one after another, over the float vectors (from the vector cache)
    of an index's passages, each SPEC `sq8|fp16:M:efConstruction`: build seconds, size, and
    recall@10 against exact search (tie-aware, as `recall`) with the time a question takes, in a
    batch of all questions and one question at a time, for each efSearch. With save, each graph
    is written to that folder."""
    import os

    import faiss
    import numpy as np

    from index.cache import VectorCache, cache_dir
    from index.encoders import load_encoder
    from index.vector_store import PASSAGE_ROWS_FILE, read_row_keys

    faiss.omp_set_num_threads(2)
    build = index.resolve()
    row_keys = read_row_keys(build)
    rows = np.load(build / PASSAGE_ROWS_FILE, allow_pickle=False)
    keys = [row_keys[row] for row in rows.tolist()]
    del row_keys
    encoder = load_encoder("use-multilingual-v3")
    vectors = np.empty((len(keys), encoder.dim), dtype=np.float32)
    if not VectorCache(cache_dir(index), encoder.name, encoder.dim).fill(keys, vectors).all():
        raise SystemExit("the vector cache lacks vectors of this index: rebuild it first")
    texts = [json.loads(line)["question"] for line in questions.open(encoding="utf-8")]
    queries = encoder.encode(texts)
    encoder.close()
    scores = queries @ vectors.T
    tenth = -np.sort(-np.partition(scores, -10, axis=1)[:, -10:], axis=1)[:, 9]
    print(f"{len(keys)} passages, {len(texts)} questions", flush=True)

    recall = functools.partial(recall_at_ten, scores, tenth)

    kinds = {"sq8": faiss.ScalarQuantizer.QT_8bit, "fp16": faiss.ScalarQuantizer.QT_fp16}
    for spec in specs:
        kind, links, ef_construction = spec.split(":")
        graph = faiss.IndexHNSWSQ(encoder.dim, kinds[kind], int(links), faiss.METRIC_INNER_PRODUCT)
        graph.hnsw.efConstruction = int(ef_construction)
        load = os.getloadavg()[0]
        before, started = os.times(), time.perf_counter()
        graph.train(vectors)
        graph.add(vectors)
        wall, cpu = time.perf_counter() - started, sum(os.times()[:2]) - sum(before[:2])
        if save:
            save.mkdir(parents=True, exist_ok=True)
            faiss.write_index(graph, str(save / f"{kind}-M{links}-efc{ef_construction}.faiss"))
        size = faiss.serialize_index(graph).nbytes
        print(
            f"{kind} M={links} efConstruction={ef_construction}: built in {wall:.0f} s wall, "
            f"{cpu:.0f} s CPU, load {load:.1f}-{os.getloadavg()[0]:.1f}; {size / 2**20:.0f} MiB",
            flush=True,
        )
        for ef in ef_searches:
            graph.hnsw.efSearch = ef
            started = time.perf_counter()
            _, found = graph.search(queries, 10)
            batch_ms = (time.perf_counter() - started) / len(queries) * 1000
            started = time.perf_counter()
            for query in queries:
                graph.search(query[None, :], 10)
            single_ms = (time.perf_counter() - started) / len(queries) * 1000
            print(
                f"  efSearch {ef}: recall@10 {recall(found):.4f}, {batch_ms:.1f} ms a question "
                f"in a batch, {single_ms:.1f} ms one at a time",
                flush=True,
            )
        graph = None  # let it go before the next one is built


def lexical(index: Path, questions: Path, passages: int, looked_up: int, seed: int = 7) -> None:
    """The lexical steps of answering at `passages` passages, two ways each: BM25 scores of every
    passage by bm25s's get_scores per variant (the code before 26c7269) or by adding each
    variant's scores where it occurs (since); the terms' presence in the candidate releases'
    passages looked up anew by each of an answer's five lookups (before c6006c7) or once per
    passage a question (TermPresence, since). The questions are the development set's, their
    terms as a real index finds them; each variant occurs in the same share of the passages as
    there, at random places."""
    import bm25s
    import numpy as np

    from index.encoders import DEFAULT_ENCODER, load_encoder
    from index.lexical import LexicalIndex, TermPresence
    from index.search import Searcher
    from index.store import load_index

    encoder = load_encoder(DEFAULT_ENCODER)
    searcher = Searcher(load_index(index, encoder.name), encoder)
    real = searcher.index.lexical
    rng = np.random.default_rng(seed)
    asked = [searcher.query(json.loads(line)["question"]).terms for line in questions.open()]
    variants = sorted({near for terms in asked for match in terms for near in match.variants})
    shares = {
        near: real._doc_freq[real._vocab[near]] / len(searcher.index.passages) for near in variants
    }
    docs = [
        np.sort(rng.choice(passages, max(1, round(shares[near] * passages)), replace=False))
        for near in variants
    ]
    bm25 = bm25s.BM25()
    bm25.scores = {
        "data": rng.random(sum(map(len, docs))).astype(np.float32),
        "indices": np.concatenate(docs).astype(np.int32),
        "indptr": np.r_[0, np.cumsum([len(d) for d in docs])],
        "num_docs": passages,
    }
    bm25.vocab_dict = {near: number for number, near in enumerate(variants)}
    bm25.nonoccurrence_array = None  # as for the Lucene variant releasebot builds
    synthetic = LexicalIndex(bm25, np.zeros(len(variants), dtype=np.float32), {})
    lookups = [np.sort(rng.choice(passages, looked_up, replace=False)) for _ in asked]

    def scores_before(terms) -> None:
        total = np.zeros(passages, dtype=np.float32)
        for match in terms:
            for near, weight in match.variants.items():
                total += weight * np.asarray(bm25.get_scores([near]), dtype=np.float32)

    def presence_before(terms, ids) -> None:
        for share in (ids, ids[: len(ids) // 4], ids[:40], ids[40:80], ids[:40]):
            synthetic.term_presence(terms, share)  # as often as one answer looks passages up

    def presence_now(terms, ids) -> None:
        presence = TermPresence(synthetic, terms)
        for share in (ids, ids[: len(ids) // 4], ids[:40], ids[40:80], ids[:40]):
            presence.of(share)

    steps = {
        "BM25 scores, get_scores per variant": lambda n: scores_before(asked[n]),
        "BM25 scores, added where each variant occurs": lambda n: synthetic.scores(asked[n]),
        "term presence, looked up anew each time": lambda n: presence_before(asked[n], lookups[n]),
        "term presence, each passage once a question": lambda n: presence_now(asked[n], lookups[n]),
    }
    print(f"{passages:,} passages, {len(asked)} questions, {looked_up:,} passages looked up")
    for name, step in steps.items():
        started = time.perf_counter()
        for number in range(len(asked)):
            step(number)
        print(f"{name}: {(time.perf_counter() - started) / len(asked) * 1000:.1f} ms a question")


def memory(corpus: Path, out: Path) -> None:
    """What a serving process holds for a corpus besides its vectors: BM25 (with the noun
    shares), passages and releases, written as save_index writes them and loaded in a fresh
    process, whose resident memory is measured before and after each part."""
    import subprocess

    from index.lexical import LexicalIndex
    from index.releases import read_corpus
    from index.segment import passages_of
    from index.store import (
        BM25_DIR,
        PASSAGES,
        RELEASES,
        _release_record,
        _write_jsonl,
        passage_record,
    )

    started = time.perf_counter()
    releases = read_corpus(corpus).releases
    passages = [p for release in releases for p in passages_of(release)]
    print(
        f"{len(releases)} releases, {len(passages)} passages: read and segmented in "
        f"{time.perf_counter() - started:.0f} s",
        flush=True,
    )
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    LexicalIndex.build([p.parts for p in passages]).save(out / BM25_DIR)
    print(f"BM25 built and saved in {time.perf_counter() - started:.0f} s", flush=True)
    _write_jsonl(out / PASSAGES, map(passage_record, passages))
    _write_jsonl(out / RELEASES, (_release_record(r) for r in releases))
    for name in (BM25_DIR, PASSAGES, RELEASES):
        size = sum(f.stat().st_size for f in [out / name, *(out / name).rglob("*")] if f.is_file())
        print(f"  {name}: {size / 2**20:.0f} MiB on disk")
    del passages, releases
    subprocess.run([sys.executable, "-c", _MEASURE_LOAD, str(out)], check=True)


_MEASURE_LOAD = """
import sys
from pathlib import Path

def rss():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20

import index.store as store
from index.lexical import LexicalIndex
folder = Path(sys.argv[1])
base = rss()
lexical = LexicalIndex.load(folder / store.BM25_DIR)
after_bm25 = rss()
passages = store._read_passages(folder / store.PASSAGES)
after_passages = rss()
releases = [store._release_from_record(r) for r in store._each_jsonl(folder / store.RELEASES)]
after_releases = rss()
print(f"resident: BM25 {after_bm25 - base:.0f} MiB, "
      f"passages {after_passages - after_bm25:.0f} MiB, "
      f"releases {after_releases - after_passages:.0f} MiB (process {after_releases:.0f} MiB)")
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    grow = commands.add_parser("corpus")
    grow.add_argument("--releases", type=int, default=10_000)
    grow.add_argument("--out", type=Path, required=True)
    inc = commands.add_parser("incremental")
    inc.add_argument("--corpus", type=Path, required=True)
    inc.add_argument("--index", type=Path, required=True)
    inc.add_argument("--no-full", dest="full", action="store_false", help="keep the index")
    inc.add_argument("--keep-cache", action="store_true", help="full build from the cache")
    inc.add_argument("--added", type=int, nargs="*", default=[1], help="releases added in turn")
    inc.add_argument("--profile", type=Path)
    approximate = commands.add_parser("ann")
    approximate.add_argument("--index", type=Path, required=True, help="an index of real vectors")
    approximate.add_argument("--passages", type=int, default=1_500_000)
    approximate.add_argument("--questions", type=Path, default=DEV_QUESTIONS)
    approximate.add_argument("--ef-search", type=int, nargs="+", default=[256, 512, 1024])
    approximate.add_argument("--noise", type=float, default=0.02, help="per dimension")
    graph = commands.add_parser("recall")
    graph.add_argument("--index", type=Path, required=True, help="an index above ANN_MIN_PASSAGES")
    graph.add_argument("--questions", type=Path, default=DEV_QUESTIONS)
    graph.add_argument("--candidates", type=int, nargs="+", default=[200, 1000])
    graph.add_argument(
        "--build",
        nargs="+",
        metavar="SPEC",
        help="instead: build graphs over the cached vectors, sq8|fp16:M:efConstruction each",
    )
    graph.add_argument("--ef-search", type=int, nargs="+", default=[3072])
    graph.add_argument("--save", type=Path, help="with --build: write each graph here")
    terms = commands.add_parser("lexical")
    terms.add_argument("--index", type=Path, required=True, help="a real index, for the terms")
    terms.add_argument("--questions", type=Path, default=DEV_QUESTIONS)
    terms.add_argument("--passages", type=int, default=1_950_000)
    terms.add_argument("--looked-up", type=int, default=3_000, help="candidate releases' passages")
    held = commands.add_parser("memory")
    held.add_argument("--corpus", type=Path, required=True)
    held.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "corpus":
        grow_corpus(args.out, EVAL_DIR, args.releases)
    elif args.command == "incremental":
        incremental(args.corpus, args.index, args.full, args.keep_cache, args.added, args.profile)
    elif args.command == "memory":
        memory(args.corpus, args.out)
    elif args.command == "lexical":
        lexical(args.index, args.questions, args.passages, args.looked_up)
    elif args.command == "recall" and args.build:
        graph_variants(args.index, args.questions, args.build, args.ef_search, args.save)
    elif args.command == "recall":
        graph_recall(args.index, args.questions, args.candidates)
    elif args.command == "ann":
        ann(args.index, args.passages, args.questions, args.ef_search, args.noise)
    return 0


if __name__ == "__main__":
    sys.exit(main())
