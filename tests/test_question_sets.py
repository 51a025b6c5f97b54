"""The benchmark's in-domain question sets (bench/questions) are what bench.quality counts them
as: each question German or English, answerable ones naming their release and gold answers,
unanswerable ones neither; and, where ../shared/eval stands beside the checkout, every gold
answer stands word for word in its release, or no excerpt could ever contain it. Failures name
the set and the question's id only: some sets are held out, their questions not to be read."""

from __future__ import annotations

import json

import pytest

from bench.corpora import EVAL_DIR, REPO
from bench.quality import IN_DOMAIN


def questions(name: str) -> list[dict]:
    path = IN_DOMAIN[name][0]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", sorted(IN_DOMAIN))
def test_each_question_is_answerable_with_gold_answers_or_unanswerable_without(name):
    asked = questions(name)
    malformed = [
        q["id"]
        for q in asked
        if q["lang"] not in ("de", "en")
        or not q["question"].strip()
        or (q["release_id"] is None) != (q["kind"] == "unanswerable")
        or (q["release_id"] is None) == bool(q["answers"])
    ]
    assert asked and not malformed, f"{name}: {malformed}"
    assert len({q["id"] for q in asked}) == len(asked), f"{name}: an id stands twice"


@pytest.mark.skipif(not (EVAL_DIR / "releases").is_dir(), reason="needs ../shared/eval/releases")
@pytest.mark.parametrize("name", sorted(IN_DOMAIN))
def test_every_gold_answer_stands_word_for_word_in_its_release(name):
    texts = {
        path.stem: path.read_text(encoding="utf-8")
        for folder in (EVAL_DIR / "releases", REPO / "corpus")
        for path in folder.glob("*.txt")
    }
    missing = [
        q["id"]
        for q in questions(name)
        if q["release_id"] is not None
        and not all(answer in texts.get(q["release_id"], "") for answer in q["answers"])
    ]
    assert not missing, f"{name}: {missing}"
