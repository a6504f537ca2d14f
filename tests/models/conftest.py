"""Fixtures: a real SQLite working copy filled with a small region."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.models.store import Store, open_store
from tests.models.factories import fill_small_region


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A working copy of the small test region in a real SQLite file."""
    s = open_store(tmp_path, "teststadt", create=True)
    fill_small_region(s)
    yield s
    s.close()
