"""The first import writes what it wrote before the speed-ups of decision 0030, column for column.

``_files/import_golden.json`` was recorded from the code before the change by
``python -m tests.sync.import_cases``; see that module for the regions.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.sync.import_cases import GOLDEN, import_demo, import_soup, soup_region, table_digests


def test_demo_import_unchanged(tmp_path: Path) -> None:
    """The demo region as the app fills it: every table the pull writes is as recorded."""
    assert table_digests(import_demo(tmp_path)) == json.loads(GOLDEN.read_text("utf-8"))["demo"]


def test_soup_import_unchanged(tmp_path: Path) -> None:
    """A region of tag soup (shared, empty, outdated and missing texts): every table as recorded."""
    path = import_soup(tmp_path / "data", soup_region(tmp_path / "json"))
    assert table_digests(path) == json.loads(GOLDEN.read_text("utf-8"))["soup"]
