"""Fixtures of the fault suite: one demo working copy built per session, copied for each case."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor.models.demo import DEMO_SLUG, ensure_demo
from editor.models.store import working_copy_path
from editor.sync.bundled_client import fill_demo
from tests.faults.harness import REGION


@pytest.fixture(scope="session")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo region's working copy, built once and closed (no write-ahead log left)."""
    data = tmp_path_factory.mktemp("pristine")
    ensure_demo(data, fill_demo).close()
    return working_copy_path(data, DEMO_SLUG)


@pytest.fixture
def data_dir(tmp_path: Path, pristine: Path) -> Path:
    """A data folder holding a fresh copy of the demo under the region slug ``faultstadt``."""
    data = tmp_path / "data"
    target = working_copy_path(data, REGION)
    target.parent.mkdir(parents=True)
    shutil.copyfile(pristine, target)
    return data
