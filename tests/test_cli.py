"""The command line, run in-process as a user would call it, with settings from the environment:
rebuild reports what it indexed and what it skipped, ask answers in text or one JSON line per
question, and every command that cannot run says why and what to do, with exit code 2."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from pathlib import Path

import pytest

from bot.cli import main

SOURCE_KEYS = {
    "release_id",
    "title",
    "publisher",
    "date",
    "place",
    "url",
    "report",
    "text",
    "score",
}
TOKEN = "7345601289:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
OFF_TOPIC = "Wie wird das Wetter morgen in Stuttgart?"

UNNA_RECORD = {
    "id": "pol-un-2022-06-02-trickbetrug",
    "title": "Falscher Polizeibeamter erbeutet Schmuck",
    "text": "Ein falscher Polizeibeamter erbeutete am Donnerstag in Unna den Schmuck einer "
    "79-jährigen Frau. Der Betrüger hatte sie zuvor angerufen und vor Einbrechern gewarnt.",
    "date": "2022-06-02",
    "publisher": "Kreispolizeibehörde Unna",
    "place": "Unna",
}


class Cli:
    """releasebot, run in a folder of its own with RELEASEBOT_* settings from the environment."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
        self._capsys = capsys
        self._monkeypatch = monkeypatch

    def setting(self, name: str, value: str | Path) -> None:
        self._monkeypatch.setenv(f"RELEASEBOT_{name}", str(value))

    def __call__(self, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
        """Exit code, stdout and stderr of `releasebot ARGS`."""
        if stdin is not None:
            self._monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        self._capsys.readouterr()
        code = main(list(args))
        out, err = self._capsys.readouterr()
        return code, out, err


@pytest.fixture
def releasebot(tmp_path, monkeypatch, capsys) -> Cli:
    """The CLI in tmp_path (so that no .env is read), corpus/ and var/index/ beside it."""
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_TOKEN", "EMBEDDING_MODEL", "CORPUS_DIR", "INDEX_DIR"):
        monkeypatch.delenv(f"RELEASEBOT_{name}", raising=False)
    cli = Cli(capsys, monkeypatch)
    cli.setting("CORPUS_DIR", "corpus")
    cli.setting("INDEX_DIR", "var/index")
    return cli


@pytest.fixture
def shipped(releasebot, shipped_index) -> Cli:
    """The CLI reading the index of the shipped corpus."""
    releasebot.setting("INDEX_DIR", shipped_index)
    return releasebot


def one_line(text: str) -> str:
    return " ".join(text.split())


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


# --- rebuild ----------------------------------------------------------------------------------


def test_rebuild_prints_a_summary_and_exits_0(releasebot, make_corpus, three_releases):
    make_corpus(
        {**three_releases, "kopie/aalen-gartenhaus.txt": three_releases["aalen-gartenhaus.txt"]}
    )

    code, out, err = releasebot("rebuild")

    assert code == 0
    summary = one_line(out + err)
    assert "indexed 3 releases" in summary
    passages = json.loads(Path("var/index/manifest.json").read_text())["passages"]
    assert f"{passages} passages" in summary
    assert "1 duplicate texts indexed once" in summary
    assert "0 skipped files" in summary
    assert re.search(r"; \d+\.\d s\b", summary)  # the seconds it took


def test_rebuild_names_each_broken_file_and_line_and_ask_still_answers(
    releasebot, make_corpus, three_releases
):
    corpus_dir = make_corpus(three_releases)
    assert releasebot("rebuild")[0] == 0  # an existing index is rebuilt
    (corpus_dir / "latin1.txt").write_bytes(
        "Werl (ots) - Die Straße war wegen eines Unfalls gesperrt.".encode("latin-1")
    )
    (corpus_dir / "kaputt.jsonl").write_text(
        json.dumps(UNNA_RECORD, ensure_ascii=False) + '\n{"id": "pol-un-2", "text": "Einbruch\n'
    )

    code, out, err = releasebot("rebuild")

    assert code == 1
    output = one_line(out + err)
    assert "corpus/latin1.txt: not UTF-8 text" in output
    assert "corpus/kaputt.jsonl line 2: not valid JSON" in output
    assert "indexed 4 releases" in output and "2 skipped files" in output

    code, out, _ = releasebot("ask", "--json", "Wer hat in Unna den Schmuck erbeutet?")
    assert code == 0
    (answer,) = json_lines(out)
    assert answer["answer"] is not None
    assert answer["sources"][0]["release_id"] == "pol-un-2022-06-02-trickbetrug"


def test_rebuild_names_a_broken_file_with_brackets_in_its_name_exactly(releasebot, make_corpus):
    make_corpus(
        {
            "werl.txt": "Werl (ots) - Die Bundesstraße war wegen eines Unfalls gesperrt.",
            "[entwurf] unfall.txt": "Werl (ots) - Die Straße war gesperrt.".encode("latin-1"),
        }
    )

    code, out, err = releasebot("rebuild")

    assert code == 1
    assert "corpus/[entwurf] unfall.txt: not UTF-8 text" in one_line(out + err)


def test_rebuild_of_a_corpus_with_nothing_readable_keeps_the_index(
    releasebot, make_corpus, three_releases
):
    corpus_dir = make_corpus(three_releases)
    releasebot("rebuild")
    for file in corpus_dir.iterdir():
        file.write_text("")

    code, out, err = releasebot("rebuild")

    assert code == 1
    assert "previous index is unchanged" in one_line(out + err)
    assert releasebot("health")[0] == 0


# --- ask --------------------------------------------------------------------------------------


def test_ask_json_is_one_object_with_the_answer_and_its_sources(shipped):
    code, out, err = shipped("ask", "--json", "Wer vertrat das Hauptzollamt?")

    assert code == 0
    (answer,) = json_lines(out)
    assert set(answer) == {"question", "answer", "not_known", "confidence", "sources"}
    assert answer["not_known"] is None
    assert answer["question"] == "Wer vertrat das Hauptzollamt?"
    assert 0 < len(answer["answer"]) <= 300
    assert "Steven Schmidt" in answer["answer"]
    assert 0.0 <= answer["confidence"] <= 1.0
    assert answer["sources"]
    for source in answer["sources"]:
        assert set(source) == SOURCE_KEYS
        assert source["date"] is None or dt.date.fromisoformat(source["date"])
        assert source["text"]
    first = answer["sources"][0]
    assert first["date"] == "2021-10-05"
    assert first["publisher"] == "Polizei Hamm"
    assert first["release_id"] == "polizei-hamm-2021-10-05-sicherheitskonferenz"


def test_ask_json_reads_questions_from_stdin_and_writes_one_line_each(shipped):
    questions = ["Wer vertrat das Hauptzollamt?", "Who represented the Hauptzollamt?", OFF_TOPIC]

    code, out, _ = shipped(
        "ask", "--json", "-", stdin="\n".join(questions[:2]) + "\n\n" + OFF_TOPIC
    )

    assert code == 0
    answers = json_lines(out)
    assert [a["question"] for a in answers] == questions
    for answer in answers:
        assert answer["answer"] is None or len(answer["answer"]) <= 300
        assert 0.0 <= answer["confidence"] <= 1.0


def test_ask_declines_an_off_topic_question(shipped):
    code, out, _ = shipped("ask", "--json", OFF_TOPIC)

    assert code == 0
    (answer,) = json_lines(out)
    assert answer["answer"] is None
    assert answer["sources"] == []


def test_ask_in_text_quotes_the_excerpt_and_names_the_source(shipped):
    code, out, _ = shipped("ask", "Wer", "vertrat", "das", "Hauptzollamt?")

    assert code == 0
    assert "Steven Schmidt und Adrian Dudziak" in out
    assert "Quelle:" in out
    assert "Polizei Hamm · 05.10.2021 · Hamm" in out


def test_ask_without_an_index_says_to_run_rebuild_and_exits_2(releasebot):
    code, out, err = releasebot("ask", "Wer vertrat das Hauptzollamt?")

    assert code == 2
    message = one_line(out + err)
    assert "no index at var/index" in message
    assert "run releasebot rebuild" in message
    assert "Traceback" not in message


def test_ask_with_an_index_of_another_encoder_says_to_rebuild(releasebot, shipped_index, tmp_path):
    # The index names the encoder it was built with; here the settings name a different one.
    manifest = json.loads((shipped_index / "manifest.json").read_text())
    copy = tmp_path / "index"
    copy.mkdir()
    (copy / "manifest.json").write_text(json.dumps({**manifest, "encoder": "other-model"}))
    releasebot.setting("INDEX_DIR", copy)

    code, out, err = releasebot("ask", "Wer vertrat das Hauptzollamt?")

    assert code == 2
    assert (
        "index built with other-model, settings say use-multilingual-v3: run releasebot rebuild"
        in (one_line(out + err))
    )


# --- run and health ---------------------------------------------------------------------------


def test_run_without_a_token_says_which_setting_and_exits_2(shipped):
    code, out, err = shipped("run")

    assert code == 2
    assert "no Telegram token: set RELEASEBOT_TELEGRAM_TOKEN" in one_line(out + err)


def test_run_with_an_empty_token_says_which_setting_and_exits_2(shipped):
    shipped.setting("TELEGRAM_TOKEN", "")

    code, out, err = shipped("run")

    assert code == 2
    assert "RELEASEBOT_TELEGRAM_TOKEN" in out + err


def test_run_that_cannot_start_never_prints_the_token(releasebot, caplog):
    releasebot.setting("TELEGRAM_TOKEN", TOKEN)  # but there is no index

    code, out, err = releasebot("run")

    assert code == 2
    assert "run releasebot rebuild" in one_line(err)
    secret = TOKEN.split(":")[1]
    assert secret not in out + err + caplog.text


def test_health_exits_0_on_a_good_index(shipped):
    code, out, _ = shipped("health")

    assert code == 0
    assert out.startswith("ok: 1 releases")


def test_health_fails_without_an_index(releasebot):
    code, out, err = releasebot("health")

    assert code == 1  # unhealthy; Docker's HEALTHCHECK reserves 2
    assert "unhealthy: no index at" in one_line(out + err)
    assert "run releasebot rebuild" in one_line(out + err)
