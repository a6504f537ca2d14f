"""The first import writes what it wrote before the speed-ups of decision 0030, column for column.

``_files/import_golden.json`` was recorded from the code before the change by
``python -m tests.sync.import_cases``; see that module for the regions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.sync import digests
from tests.sync.import_cases import GOLDEN, import_demo, import_soup, soup_region, table_digests


def test_demo_import_unchanged(tmp_path: Path) -> None:
    """The demo region as the app fills it: every table the pull writes is as recorded."""
    assert table_digests(import_demo(tmp_path)) == json.loads(GOLDEN.read_text("utf-8"))["demo"]


@pytest.mark.parametrize("worker", [False, True], ids=["here", "worker"])
def test_soup_import_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, worker: bool) -> None:
    """A region of tag soup (shared, empty, outdated and missing texts): every table as recorded,
    whether the texts are digested in the pulling process or ahead in the worker process."""
    if worker:  # the region is small: let the worker take it anyway
        monkeypatch.setattr(digests, "MIN_TEXTS", 1)
        monkeypatch.setattr(digests, "MIN_BATCH", 1)
        used: list[int] = []
        submit = digests.DigestsAhead.submit
        monkeypatch.setattr(
            digests.DigestsAhead,
            "submit",
            lambda self, contents: used.append(len(contents)) or submit(self, contents),
        )
    path = import_soup(tmp_path / "data", soup_region(tmp_path / "json"))
    assert table_digests(path) == json.loads(GOLDEN.read_text("utf-8"))["soup"]
    if worker:
        assert len(used) == 4
