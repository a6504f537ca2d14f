"""Shared test set-up: offscreen Qt, user data redirected to tmp_path, an in-memory keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import pytest

from tests.support import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real per-user data folder."""
    monkeypatch.setenv("INTEGREAT_DESK_DATA", str(tmp_path_factory.mktemp("user-data")))


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test gets a fresh in-memory keyring; the password variable is cleared."""
    monkeypatch.delenv("INTEGREAT_DESK_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
