"""Fixtures the sync tests share (a test module's own fixture of the same name wins)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.models.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty working copy of ``testhausen`` (the first pull fills it)."""
    s = open_store(tmp_path, "testhausen", create=True)
    yield s
    s.close()
