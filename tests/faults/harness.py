"""Running the app and its commands as a user would, in a subprocess bounded in time, and the bar
every fault case must clear (see docs/reliability.md)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

#: Every run must end within this many seconds (a hang fails the case instead of the suite).
TIMEOUT_S = 20.0
REGION = "faultstadt"


@dataclass(frozen=True)
class Run:
    """What one run left behind."""

    args: tuple[str, ...]
    returncode: int | None  # None: killed at the time limit
    stdout: str
    stderr: str
    seconds: float

    def describe(self) -> str:
        """The run for an assertion message."""
        return f"{' '.join(self.args)} -> {self.returncode} in {self.seconds:.1f}s\n{self.stderr[-3000:]}"


def run(
    *args: str,
    timeout: float = TIMEOUT_S,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    python_module: bool = True,
) -> Run:
    """Run ``python -m editor ARGS`` (``python ARGS`` without ``python_module``) from the worktree,
    offscreen, killed after ``timeout`` seconds."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", **(env or {})}
    start = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, *(("-m", "editor") if python_module else ()), *args],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=full_env,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        code = None
    return Run(
        args, code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), time.monotonic() - start
    )


def window(data: Path, shot: Path, region: str = REGION) -> Run:
    """The window on a working copy, rendered offscreen once."""
    return run("--data", str(data), "--region", region, "--screenshot", str(shot))


def spellcheck_report(data: Path, region: str = REGION) -> Run:
    """The region's spelling report (German only: the corrupt rows are German, and it is quicker)."""
    return run("spellcheck", "--data", str(data), "--region", region, "--lang", "de")


def readability_report(data: Path, region: str = REGION) -> Run:
    """The region's readability report as CSV."""
    return run("readability", "--data", str(data), "--region", region, "--csv")


def digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes (None when it does not exist)."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def assert_bar(result: Run, names: tuple[str, ...] = ()) -> None:
    """The bar: ended in time, no Python traceback; a failure says which file or page (one of
    ``names``)."""
    assert result.returncode is not None, f"no end within {TIMEOUT_S:.0f}s: {result.describe()}"
    assert "Traceback (most recent call last)" not in result.stderr, result.describe()
    if result.returncode != 0 and names:
        assert any(name in result.stderr for name in names), f"no message naming {names}: {result.describe()}"
