"""Answer quality benchmark: release recall@1/@5, answer containment, declines and latency, per
language, on the in-domain development set and on XQuAD (German paragraphs).

    .venv/bin/python -m bench.quality --set dev --set xquad --out docs/quality.md

Needs ../shared/eval (not part of the repo)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.corpora import EVAL_DIR, REPO, write_indomain_corpus, write_xquad_corpus
from bot.answer import answer_question
from index.build import rebuild_index
from index.encoders import DEFAULT_ENCODER, load_encoder
from index.search import Searcher
from index.store import load_index

DEV_QUESTIONS = REPO / "bench" / "questions" / "releases_dev.jsonl"


@dataclass
class Tally:
    questions: int = 0
    at1: int = 0
    at5: int = 0
    contained: int = 0
    declined: int = 0
    unanswerable: int = 0
    rejected: int = 0  # unanswerable questions that were declined
    seconds: list[float] = field(default_factory=list)

    def row(self, name: str) -> str:
        n = max(self.questions, 1)
        p50 = statistics.median(self.seconds) * 1000 if self.seconds else 0
        p95 = (
            sorted(self.seconds)[int(0.95 * (len(self.seconds) - 1))] * 1000 if self.seconds else 0
        )
        rejected = f"{self.rejected}/{self.unanswerable}" if self.unanswerable else "–"
        return (
            f"| {name} | {self.questions} | {self.at1 / n:.2f} | {self.at5 / n:.2f} | "
            f"{self.contained / n:.2f} | {self.declined / n:.2f} | {rejected} | "
            f"{p50:.0f} / {p95:.0f} |"
        )


HEADER = (
    "| set | questions | release recall@1 | recall@5 | answer in excerpt | declined | "
    "unanswerable declined | latency p50 / p95 ms |\n|---|---|---|---|---|---|---|---|"
)


def evaluate(searcher: Searcher, questions: list[dict]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for question in questions:
        tally = tallies.setdefault(question["lang"], Tally())
        started = time.perf_counter()
        answer = answer_question(searcher, question["question"])
        tally.seconds.append(time.perf_counter() - started)
        if question["release_id"] is None:
            tally.unanswerable += 1
            tally.rejected += answer.declined
            continue
        tally.questions += 1
        tally.declined += answer.declined
        ranked = release_ranking(searcher, question["question"])
        tally.at1 += ranked[:1] == [question["release_id"]]
        tally.at5 += question["release_id"] in ranked[:5]
        tally.contained += bool(answer.excerpt) and any(
            gold.lower() in answer.excerpt.lower() for gold in question["answers"]
        )
    return tallies


def release_ranking(searcher: Searcher, question: str) -> list[str]:
    return [hit.release.release_id for hit in searcher.search(searcher.query(question))]


def build(corpus: Path, index_dir: Path, encoder) -> Searcher:
    summary = rebuild_index(corpus, index_dir, encoder)
    print(
        f"built {corpus.name}: {summary.releases} releases, {summary.passages} passages, "
        f"{summary.seconds:.0f} s",
        file=sys.stderr,
    )
    return Searcher(load_index(index_dir, encoder.name), encoder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", action="append", choices=["dev", "xquad"], default=[])
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--encoder", default=DEFAULT_ENCODER)
    parser.add_argument("--news", type=int, default=300, help="news articles beside the releases")
    parser.add_argument("--out", type=Path, help="write a markdown report here")
    args = parser.parse_args()
    encoder = load_encoder(args.encoder)
    rows = []
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        if "dev" in (args.set or ["dev"]):
            corpus = write_indomain_corpus(work / "dev", args.eval_dir, news=args.news)
            searcher = build(corpus, work / "dev-index", encoder)
            questions = [json.loads(line) for line in DEV_QUESTIONS.open()]
            for lang, tally in sorted(evaluate(searcher, questions).items()):
                rows.append(tally.row(f"releases + {args.news} news, {lang} questions"))
        if "xquad" in args.set:
            corpus, questions = write_xquad_corpus(work / "xquad", args.eval_dir)
            searcher = build(corpus, work / "xquad-index", encoder)
            for lang, tally in sorted(evaluate(searcher, questions).items()):
                rows.append(tally.row(f"XQuAD de paragraphs, {lang} questions"))
    report = "\n".join([HEADER, *rows])
    print(report)
    if args.out:
        command = "python -m bench.quality " + " ".join(sys.argv[1:])
        machine = (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        )
        with args.out.open("a") as out:
            out.write(f"\n## {args.encoder}\n\n`{command}` — {machine}, {dt.date.today()}\n\n")
            out.write(report + "\n")


if __name__ == "__main__":
    main()
