"""Damaged working copies against the window and the region reports: bounded, no traceback, a message
naming the file or page, and the file's bytes unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.models.store import working_copy_path
from tests.faults.corruptions import CORRUPTIONS, Corruption
from tests.faults.harness import (
    REGION,
    Run,
    assert_bar,
    digest,
    readability_report,
    spellcheck_report,
    window,
)
from tests.support import unwritable

TARGETS = {"window": window, "spellcheck": spellcheck_report, "readability": readability_report}
CASES = [
    pytest.param(corruption, target, id=f"{corruption.name}-{target}")
    for corruption in CORRUPTIONS
    for target in TARGETS
    if corruption.window or target != "window"
]


def _run(target: str, data: Path, tmp_path: Path) -> Run:
    if target == "window":
        return window(data, tmp_path / "shot.png")
    return TARGETS[target](data)


@pytest.mark.parametrize(("corruption", "target"), CASES)
def test_faults_damaged_copy_is_reported_and_left_unchanged(
    corruption: Corruption, target: str, data_dir: Path, tmp_path: Path
) -> None:
    """A damaged working copy: the run ends in time without a traceback, says which file (or, for a
    damaged row, which page) when it fails, names the page of a damaged row in a report, and leaves
    the file's bytes as they were."""
    path = working_copy_path(data_dir, REGION)
    page = corruption.apply(path)
    if page is not None:  # the window opens the damaged page first, as after a session that ended there
        (data_dir / "state.ini").write_text(f"[values]\nlast_page = {page}\n", encoding="utf-8")
    before = digest(path)
    result = _run(target, data_dir, tmp_path)
    names = (str(path),) + ((f"page {page}",) if page is not None else ())
    assert_bar(result, names)
    if corruption.in_row and target != "window":
        assert f"page {page} (de)" in result.stderr, result.describe()
    assert digest(path) == before, f"{path} changed: {result.describe()}"


@pytest.mark.parametrize("target", list(TARGETS))
def test_faults_newer_schema_says_so(target: str, data_dir: Path, tmp_path: Path) -> None:
    """A working copy from a newer version is refused with a message that says so."""
    path = working_copy_path(data_dir, REGION)
    next(c for c in CORRUPTIONS if c.name == "newer-schema").apply(path)
    result = _run(target, data_dir, tmp_path)
    assert_bar(result, (str(path),))
    assert result.returncode != 0
    assert "made by a newer version of Integreat Desk" in result.stderr, result.describe()


@pytest.mark.parametrize("target", list(TARGETS))
@pytest.mark.parametrize("what", ["file", "folder"])
def test_faults_read_only_copy_opens_read_only(
    what: str, target: str, data_dir: Path, tmp_path: Path
) -> None:
    """A working copy that cannot be written opens for reading, says so once, and ends cleanly."""
    path = working_copy_path(data_dir, REGION)
    before = digest(path)
    with unwritable(path if what == "file" else path.parent):
        result = _run(target, data_dir, tmp_path)
    assert_bar(result, (str(path),))
    assert result.returncode == 0, result.describe()
    assert result.stderr.count("read-only") == 1, result.describe()
    assert digest(path) == before
