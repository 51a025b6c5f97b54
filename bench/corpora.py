"""Evaluation corpora from ../shared/eval (not part of the repo), as releasebot corpus folders."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EVAL_DIR = REPO.parent / "shared" / "eval"


def news_records(eval_dir: Path, limit: int | None = None) -> list[dict]:
    """German news articles (10kGNAD test split, `label;'text'`) as release records."""
    with (eval_dir / "news" / "10kgnad_test.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file, delimiter=";", quotechar="'"))
    return [
        {"id": f"news-{number:04d}", "text": text, "publisher": f"10kGNAD ({label})"}
        for number, (label, text) in enumerate(rows[:limit], start=1)
    ]


def xquad(eval_dir: Path) -> tuple[list[dict], list[dict]]:
    """XQuAD: German paragraphs as records; questions {id, lang, question, release_id, answers}."""
    records, questions = [], []
    by_language = {
        lang: json.loads((eval_dir / "xquad" / f"xquad.{lang}.json").read_text())["data"]
        for lang in ("de", "en")
    }
    english = {
        qa["id"]: qa
        for article in by_language["en"]
        for paragraph in article["paragraphs"]
        for qa in paragraph["qas"]
    }
    for article in by_language["de"]:
        for number, paragraph in enumerate(article["paragraphs"]):
            release_id = f"xquad-{article['title']}-{number}".replace(" ", "_")
            records.append(
                {"id": release_id, "title": article["title"], "text": paragraph["context"]}
            )
            for qa in paragraph["qas"]:
                answers = [a["text"] for a in qa["answers"]]  # German text: answers are German
                questions.append(_question(qa["id"], "de", qa["question"], release_id, answers))
                questions.append(
                    _question(qa["id"], "en", english[qa["id"]]["question"], release_id, answers)
                )
    return records, questions


def _question(qid: str, lang: str, text: str, release_id: str, answers: list[str]) -> dict:
    return {
        "id": f"{qid}-{lang}",
        "lang": lang,
        "question": text,
        "release_id": release_id,
        "answers": answers,
    }


def write_indomain_corpus(
    target: Path, eval_dir: Path, news: int = 300, skip_releases: tuple[str, ...] = ()
) -> Path:
    """The shipped corpus, every real release of eval/releases, and `news` articles as JSONL."""
    target.mkdir(parents=True, exist_ok=True)
    for path in (REPO / "corpus").glob("*"):
        shutil.copy(path, target / path.name)
    for path in sorted((eval_dir / "releases").glob("*.txt")):
        if path.stem not in skip_releases:
            shutil.copy(path, target / path.name)
    write_jsonl(target / "news.jsonl", news_records(eval_dir, news))
    return target


def write_xquad_corpus(target: Path, eval_dir: Path) -> tuple[Path, list[dict]]:
    records, questions = xquad(eval_dir)
    target.mkdir(parents=True, exist_ok=True)
    write_jsonl(target / "xquad.jsonl", records)
    return target, questions


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as file:
        for record in records:
            file.write(json.dumps(record, ensure_ascii=False) + "\n")
