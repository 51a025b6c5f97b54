"""Appending a benchmark's report to a markdown file, with the command, machine and date."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
from pathlib import Path


def append_report(path: Path, module: str, report: str) -> None:
    """Append report under the command line that made it (python -m module args), the machine
    and today's date."""
    command = f"python -m {module} " + " ".join(sys.argv[1:])
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    with path.open("a") as out:
        out.write(f"\n`{command}` — {machine}, {dt.date.today()}\n\n{report}\n")


def python_dict(name: str, values: dict[str, float], digits: int) -> str:
    """A dict literal to paste into the code: NAME = {"key": value, ...}."""
    lines = "".join(f'    "{key}": {value:.{digits}f},\n' for key, value in values.items())
    return f"{name} = {{\n{lines}}}"
