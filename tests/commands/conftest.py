"""Fixtures: the demo region as a real working copy in a temporary data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.__main__ import main
from editor.models.demo import ensure_demo
from editor.models.page_address import find_page_by_path
from editor.sync.bundled_client import fill_demo

RESIDENCE = "musterstadt/de/auslaenderbehoerde/aufenthaltstitel-verlaengern"
#: The CMS page id the tests give the residence page (the demo has none: its API shows no page ids).
RESIDENCE_CMS_ID = 2293


@pytest.fixture
def demo_data(tmp_path: Path) -> Path:
    """A data folder with the demo working copy; the residence page gets CMS id 2293."""
    data = tmp_path / "data"
    store = ensure_demo(data, fill_demo)
    page = find_page_by_path(store, RESIDENCE).page_id
    with store.transaction() as conn:
        conn.execute("UPDATE page SET cms_page_id = ? WHERE id = ?", (RESIDENCE_CMS_ID, page))
    store.close()
    return data


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the command line in-process; returns (exit code, stdout, stderr)."""
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err
