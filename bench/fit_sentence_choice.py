"""Fit the weights with which bot.sentence_choice picks the answering sentence of a release.

For every answerable question of the development set and of XQuAD (German and English), the
sentences of its gold release are described by bot.sentence_choice.sentence_features; the label
says whether the text the excerpt is cut from (the sentence, with the next one when both fit)
holds a gold answer. A conditional logit (a softmax over one release's sentences, L2-penalised)
learns which sentence to pick. Reported: how often the picked sentence holds the answer, with
the weights now in the code and with weights fitted in 5-fold cross-validation (folds by release
for the development set, by article for XQuAD, so no question is scored by weights fitted on
its own release's text); then the weights fitted on all questions, to paste into
bot/sentence_choice.py.

    .venv/bin/python -m bench.fit_sentence_choice --out docs/quality.md

Needs ../shared/eval (not part of the repo)."""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from bench.corpora import EVAL_DIR, write_indomain_corpus, write_xquad_corpus
from bench.quality import IN_DOMAIN
from bench.report import append_report, python_dict
from bot.asked import Asked
from bot.sentence_choice import WEIGHTS, excerpt_source, sentence_features
from index.build import rebuild_index
from index.encoders import DEFAULT_ENCODER, load_encoder
from index.search import Searcher
from index.store import load_index

FOLDS = 5
L2 = 0.001
DEV_WEIGHT = 3.0  # a development question counts this many XQuAD ones: it is the domain served


@dataclass(frozen=True)
class Example:
    """One question's choice: the features of its gold release's sentences, which would do."""

    question_set: str  # "dev" or "xquad"
    language: str
    group: str  # questions of one group are held out together
    names: tuple[str, ...]
    features: np.ndarray  # sentences × features
    answers: np.ndarray  # per sentence: its excerpt would hold a gold answer


def examples(searcher: Searcher, questions: list[dict], question_set: str) -> list[Example]:
    found = []
    for question in questions:
        release_id = question["release_id"]
        if release_id is None:
            continue
        query = searcher.query(question["question"])
        hits = searcher.release_passages(query, release_id)
        answers = np.array(
            [
                any(gold.lower() in excerpt_source(hits, i).lower() for gold in question["answers"])
                for i in range(len(hits))
            ]
        )
        if not answers.any():  # the answer spans sentences: no choice holds it
            continue
        rows = sentence_features(hits, Asked.of(question["question"], query.terms, query.language))
        names = tuple(rows[0])
        group = release_id if question_set == "dev" else release_id.rsplit("-", 1)[0]
        found.append(
            Example(
                question_set,
                question["lang"],
                group,
                names,
                np.array([[row[n] for n in names] for row in rows]),
                answers,
            )
        )
    return found


def fit(train: list[Example]) -> np.ndarray:
    """Weights maximising the probability the softmax over each release's sentences gives to
    the sentences that answer."""
    weights = np.array([DEV_WEIGHT if e.question_set == "dev" else 1.0 for e in train])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, gradient = 0.0, np.zeros_like(w)
        for example, weight in zip(train, weights, strict=True):
            scores = example.features @ w
            p = np.exp(scores - scores.max())
            p /= p.sum()
            answering = p * example.answers
            mass = answering.sum() + 1e-12
            total -= weight * np.log(mass)
            gradient -= weight * (answering @ example.features / mass - p @ example.features)
        n = weights.sum()
        return total / n + L2 * w @ w, gradient / n + 2 * L2 * w

    dimension = train[0].features.shape[1]
    return minimize(loss, np.zeros(dimension), jac=True, method="L-BFGS-B").x


def picks_answer(example: Example, w: np.ndarray) -> bool:
    return bool(example.answers[int(np.argmax(example.features @ w))])


def cross_validated(found: list[Example]) -> dict[int, bool]:
    groups = sorted({e.group for e in found})
    np.random.default_rng(0).shuffle(groups)
    fold_of = {group: number % FOLDS for number, group in enumerate(groups)}
    right = {}
    for fold in range(FOLDS):
        w = fit([e for e in found if fold_of[e.group] != fold])
        for number, example in enumerate(found):
            if fold_of[example.group] == fold:
                right[number] = picks_answer(example, w)
    return right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--out", type=Path, help="append a markdown report to this file")
    parser.add_argument(
        "--set",
        action="append",
        choices=list(IN_DOMAIN),
        help="in-domain question sets to fit on, repeatable (default: dev)",
    )
    args = parser.parse_args()
    in_domain = [
        json.loads(line) for name in args.set or ["dev"] for line in IN_DOMAIN[name][0].open()
    ]
    encoder = load_encoder(DEFAULT_ENCODER)
    found: list[Example] = []
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        dev_corpus = write_indomain_corpus(work / "dev", args.eval_dir, news=300)
        xquad_corpus, xquad_questions = write_xquad_corpus(work / "xquad", args.eval_dir)
        sets = [
            ("dev", dev_corpus, in_domain),
            ("xquad", xquad_corpus, xquad_questions),
        ]
        for name, corpus, questions in sets:
            rebuild_index(corpus, work / f"{name}-index", encoder)
            searcher = Searcher(load_index(work / f"{name}-index", encoder.name), encoder)
            found += examples(searcher, questions, name)
    names = found[0].names
    current = np.array([WEIGHTS.get(n, 0.0) for n in names])
    held_out = cross_validated(found)
    lines = [
        "| questions | with a one-sentence answer | picked sentence holds it: weights in the "
        "code | fitted, 5-fold cross-validated |",
        "|---|---|---|---|",
    ]
    for question_set in ("dev", "xquad"):
        for language in ("de", "en"):
            chosen = [
                n
                for n, e in enumerate(found)
                if e.question_set == question_set and e.language == language
            ]
            now = np.mean([picks_answer(found[n], current) for n in chosen])
            fitted = np.mean([held_out[n] for n in chosen])
            lines.append(
                f"| {question_set}, {language} | {len(chosen)} | {now:.3f} | {fitted:.3f} |"
            )
    weights = fit(found)
    pasted = python_dict("WEIGHTS", dict(zip(names, weights, strict=True)), 3)
    report = "\n".join(lines)
    print(report)
    print(pasted)
    if args.out:
        append_report(args.out, "bench.fit_sentence_choice", report)


if __name__ == "__main__":
    main()
