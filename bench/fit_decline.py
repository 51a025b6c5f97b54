"""Fit the calibration with which releasebot declines a question the corpus cannot answer.

Answerable examples: every question of the development set and of XQuAD (German and English)
asked of the full corpus. Unanswerable examples: the development set's 28 written ones, and —
many more, and hard ones — every question asked of a corpus that lacks its release (the releases,
or XQuAD's paragraphs, are split in two halves; each half is left out once), so that its place,
event and neighbours are there but not the answer. For each, bot.answer.evidence_of describes the
best candidate; a logistic regression on that evidence gives the confidence, and the threshold is
the highest one that declines at most 5% of answerable questions (MAX_ANSWERABLE_DECLINED; the
trade-off table shows what other shares would decline of the unanswerable ones).

Reported from 5-fold cross-validation (folds by release for the development set, by article for
XQuAD; a question's answerable and unanswerable versions are held out together): the share of
answerable questions declined and of unanswerable ones declined, per set and language. Then the
coefficients and threshold fitted on all examples, to paste into bot/answer.py.

    .venv/bin/python -m bench.fit_decline --out docs/quality.md

Needs ../shared/eval (not part of the repo)."""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from bench.corpora import EVAL_DIR, write_indomain_corpus, write_jsonl, xquad
from bench.quality import IN_DOMAIN
from bench.report import append_report, python_dict
from bot.answer import ANSWER_THRESHOLD, CALIBRATION, confidence_of, evidence_of, rank_candidates
from index.build import rebuild_index
from index.encoders import DEFAULT_ENCODER, Encoder, load_encoder
from index.search import Searcher
from index.store import load_index

FOLDS = 5
MAX_ANSWERABLE_DECLINED = 0.05


@dataclass(frozen=True)
class Example:
    question_set: str  # "dev" or "xquad"
    language: str
    group: str  # held out together
    kind: str  # "answerable", "written" (unanswerable as written), "left out" (release absent)
    evidence: dict[str, float]

    @property
    def answerable(self) -> bool:
        return self.kind == "answerable"


def examples(
    searcher: Searcher, questions: list[dict], question_set: str, complete: bool
) -> list[Example]:
    """complete: the corpus holds every release; else questions of absent releases are asked."""
    found = []
    for question in questions:
        release_id = question["release_id"]
        present = release_id in searcher.index.releases
        if complete:
            kind = "answerable" if release_id else "written"
        elif release_id and not present:
            kind = "left out"
        else:
            continue
        query = searcher.query(question["question"])
        candidates = rank_candidates(searcher, query)
        if not candidates:
            continue
        group = str(release_id or question["id"])
        if question_set == "xquad":
            group = group.rsplit("-", 1)[0]
        evidence = evidence_of(searcher, query, candidates)
        found.append(Example(question_set, question["lang"], group, kind, evidence))
    return found


def searcher_for(corpus: Path, index: Path, encoder: Encoder) -> Searcher:
    rebuild_index(corpus, index, encoder)
    return Searcher(load_index(index, encoder.name), encoder)


def collect(eval_dir: Path, work: Path, encoder: Encoder, sets: list[str]) -> list[Example]:
    """sets: the in-domain question sets (bench.quality.IN_DOMAIN) asked besides XQuAD."""
    found: list[Example] = []
    dev_questions = [json.loads(line) for name in sets for line in IN_DOMAIN[name][0].open()]
    stems = sorted(path.stem for path in (eval_dir / "releases").glob("*.txt"))
    dev_corpora = [("full", ())] + [(f"half{h}", tuple(stems[h::2])) for h in (0, 1)]
    for name, skipped in dev_corpora:
        corpus = write_indomain_corpus(work / f"dev-{name}", eval_dir, 300, skipped)
        searcher = searcher_for(corpus, work / f"dev-{name}-index", encoder)
        found += examples(searcher, dev_questions, "dev", complete=not skipped)
    records, xquad_questions = xquad(eval_dir)
    for name, kept in [("full", records), ("half0", records[0::2]), ("half1", records[1::2])]:
        corpus = work / f"xquad-{name}"
        corpus.mkdir()
        write_jsonl(corpus / "xquad.jsonl", kept)
        searcher = searcher_for(corpus, work / f"xquad-{name}-index", encoder)
        found += examples(searcher, xquad_questions, "xquad", complete=name == "full")
    return found


@dataclass(frozen=True)
class Calibration:
    coefficients: dict[str, float]  # with "bias"
    threshold: float


def fit(train: list[Example], names: list[str]) -> Calibration:
    """Answerable against not; dev and XQuAD weigh alike in all (XQuAD has 12 times the
    questions), and the threshold declines at most MAX_ANSWERABLE_DECLINED of the answerable."""
    features = np.array([[e.evidence[n] for n in names] for e in train])
    labels = np.array([e.answerable for e in train])
    per_set = {s: sum(e.question_set == s for e in train) for s in ("dev", "xquad")}
    weights = np.array([len(train) / (2 * per_set[e.question_set]) for e in train])
    model = LogisticRegression(C=10.0, max_iter=1000).fit(features, labels, sample_weight=weights)
    coefficients = {"bias": float(model.intercept_[0])}
    coefficients.update(zip(names, map(float, model.coef_[0]), strict=True))
    answerable = sorted(confidence_of(e.evidence, coefficients) for e in train if e.answerable)
    threshold = answerable[int(MAX_ANSWERABLE_DECLINED * len(answerable))]
    return Calibration(coefficients, threshold)


def declined(example: Example, calibration: Calibration) -> bool:
    return confidence_of(example.evidence, calibration.coefficients) < calibration.threshold


def cross_validated(found: list[Example], names: list[str]) -> list[bool]:
    groups = sorted({e.group for e in found})
    np.random.default_rng(0).shuffle(groups)
    fold_of = {group: number % FOLDS for number, group in enumerate(groups)}
    held_out = [False] * len(found)
    for fold in range(FOLDS):
        calibration = fit([e for e in found if fold_of[e.group] != fold], names)
        for number, example in enumerate(found):
            if fold_of[example.group] == fold:
                held_out[number] = declined(example, calibration)
    return held_out


def report(found: list[Example], now: list[bool], held_out: list[bool]) -> str:
    lines = [
        "| questions | kind | n | declined: calibration in the code | fitted, cross-validated |",
        "|---|---|---|---|---|",
    ]
    for question_set in ("dev", "xquad"):
        for language in ("de", "en"):
            for kind in ("answerable", "written", "left out"):
                chosen = [
                    n
                    for n, e in enumerate(found)
                    if (e.question_set, e.language, e.kind) == (question_set, language, kind)
                ]
                if chosen:
                    lines.append(
                        f"| {question_set}, {language} | {kind} | {len(chosen)} "
                        f"| {np.mean([now[n] for n in chosen]):.2f} "
                        f"| {np.mean([held_out[n] for n in chosen]):.2f} |"
                    )
    return "\n".join(lines)


def trade_off(found: list[Example], calibration: Calibration) -> str:
    """With the calibration fitted on all examples: thresholds that decline a given share of
    each set's answerable questions, and the share of its unanswerable ones they decline."""
    shares = (0.05, 0.10, 0.15, 0.20, 0.30)
    lines = [
        "| unanswerable declined, when of the answerable ones are declined: | "
        + " | ".join(f"{s:.0%}" for s in shares)
        + " |",
        "|---|" + "---|" * len(shares),
    ]
    for question_set in ("dev", "xquad"):
        for language in ("de", "en"):
            chosen = [e for e in found if (e.question_set, e.language) == (question_set, language)]
            confidence = {
                id(e): confidence_of(e.evidence, calibration.coefficients) for e in chosen
            }
            answerable = [confidence[id(e)] for e in chosen if e.answerable]
            unanswerable = [confidence[id(e)] for e in chosen if not e.answerable]
            cells = [
                f"{np.mean(np.array(unanswerable) < np.quantile(answerable, s)):.2f}"
                for s in shares
            ]
            lines.append(f"| {question_set}, {language} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--out", type=Path, help="append a markdown report to this file")
    parser.add_argument(
        "--examples", type=Path, help="keep the collected examples in this file, or reuse them"
    )
    parser.add_argument(
        "--set",
        action="append",
        choices=list(IN_DOMAIN),
        help="in-domain question sets to fit on, repeatable (default: dev)",
    )
    args = parser.parse_args()
    if args.examples and args.examples.exists():
        found = [Example(**e) for e in json.loads(args.examples.read_text())]
    else:
        with tempfile.TemporaryDirectory() as work:
            found = collect(
                args.eval_dir, Path(work), load_encoder(DEFAULT_ENCODER), args.set or ["dev"]
            )
        if args.examples:
            args.examples.write_text(json.dumps([asdict(e) for e in found]))
    names = list(found[0].evidence)
    current = Calibration(CALIBRATION, ANSWER_THRESHOLD)
    table = report(found, [declined(e, current) for e in found], cross_validated(found, names))
    calibration = fit(found, names)
    table += "\n\n" + trade_off(found, calibration)
    pasted = (
        python_dict("CALIBRATION", calibration.coefficients, 2)
        + f"\nANSWER_THRESHOLD = {calibration.threshold:.2f}"
    )
    print(table)
    print(pasted)
    if args.out:
        append_report(args.out, "bench.fit_decline", table)


if __name__ == "__main__":
    main()
