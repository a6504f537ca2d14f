"""First starts: several at once on a new data folder, and leftovers of an older version's race."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from editor.models.demo import DEMO_SLUG
from editor.models.store import working_copy_path
from tests.faults.harness import assert_bar, run


def test_faults_four_first_starts_at_once_all_open_the_demo(tmp_path: Path) -> None:
    """Four windows started at once on a new data folder all render the demo, and every later start
    works too (rounds repeated: the race was intermittent)."""
    for round_ in range(3):
        data = tmp_path / f"round{round_}"
        args = [sys.executable, "-m", "editor", "--demo", "--data", str(data), "--screenshot"]
        procs = [
            subprocess.Popen([*args, str(tmp_path / f"{round_}-{n}.png")], stderr=subprocess.PIPE, text=True)
            for n in range(4)
        ]
        errors = [proc.communicate(timeout=120)[1] for proc in procs]
        assert [proc.returncode for proc in procs] == [0] * 4, errors
        assert not any("Traceback" in error for error in errors), errors
        again = run("--demo", "--data", str(data), "--screenshot", str(tmp_path / f"{round_}-again.png"))
        assert_bar(again)
        assert again.returncode == 0, again.describe()


@pytest.mark.parametrize("leftover", ["empty", "old-partial"])
def test_faults_leftover_of_an_older_version_is_handled(tmp_path: Path, leftover: str) -> None:
    """A 0-byte working copy or an older version's ``.partial`` file does not stop the demo."""
    path = working_copy_path(tmp_path, DEMO_SLUG)
    path.parent.mkdir(parents=True)
    if leftover == "empty":
        path.write_bytes(b"")
    else:
        Path(f"{path}.partial").write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    result = run("--demo", "--data", str(tmp_path), "--screenshot", str(tmp_path / "shot.png"))
    assert_bar(result)
    assert result.returncode == 0, result.describe()
    assert path.stat().st_size > 0


def test_faults_region_reports_on_a_zero_byte_copy_name_it(tmp_path: Path) -> None:
    """A 0-byte working copy of a region is "no working copy", named, and not created or changed."""
    path = working_copy_path(tmp_path, "leerstadt")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    for args in (("spellcheck", "--lang", "de"), ("readability",)):
        result = run(*args, "--data", str(tmp_path), "--region", "leerstadt")
        assert_bar(result, (str(path),))
        assert result.returncode == 2, result.describe()
        assert path.read_bytes() == b""
