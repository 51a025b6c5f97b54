"""bench/quality.py's scoring, on the shipped release: what docs/quality.md reports is what the bot
answers, and every system is timed on the same question one after another."""

from __future__ import annotations

from bench.quality import Outcome, evaluate, releasebot

HAMM_ID = "polizei-hamm-2021-10-05-sicherheitskonferenz"
QUESTIONS = [
    {
        "question": "wer vertrat das hauptzollamt",
        "lang": "de",
        "release_id": HAMM_ID,
        "answers": ["Steven Schmidt"],
    },
    {
        "question": "who represented the Hauptzollamt",
        "lang": "en",
        "release_id": HAMM_ID,
        "answers": ["Adrian Dudziak"],
    },
    {"question": "wie hoch ist die zugspitze", "lang": "de", "release_id": None, "answers": []},
]


def test_the_bot_is_scored_by_the_answer_it_shows(shipped_searcher):
    (tallies,) = evaluate({"releasebot": releasebot(shipped_searcher)}, QUESTIONS).values()

    assert (tallies["de"].questions, tallies["de"].unanswerable, tallies["en"].questions) == (
        1,
        1,
        1,
    )
    for tally in tallies.values():
        assert (tally.at1, tally.contained, tally.in_bold, tally.declined) == (1, 1, 1, 0)
    assert tallies["de"].rejected == 1
    assert all(seconds > 0 for tally in tallies.values() for seconds in tally.seconds)


def test_each_question_is_asked_of_every_system_in_turn():
    asked = []

    def system(name: str):
        def ask(question: str) -> Outcome:
            asked.append((name, question))
            return Outcome([HAMM_ID], None, 0.001)

        return ask

    evaluate({"ours": system("ours"), "peer": system("peer")}, QUESTIONS)

    assert asked == [(name, q["question"]) for q in QUESTIONS for name in ("ours", "peer")]
