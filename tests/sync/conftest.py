"""Fixtures the sync tests share (a test module's own fixture of the same name wins)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.models.store import Store, open_store
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.service import SyncService
from tests.sync.contract_backends import seed_memory


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty working copy of ``testhausen`` (the first pull fills it)."""
    s = open_store(tmp_path, "testhausen", create=True)
    yield s
    s.close()


@pytest.fixture
def memory(store: Store) -> tuple[MemoryCmsClient, SyncService, dict[str, int]]:
    """A working copy pulled from the fake CMS, the fake and its seeded page ids."""
    client = MemoryCmsClient(languages=(("de", False), ("en", False), ("ar", True), ("fa", True)))
    client.users = {"u": "pw"}
    ids = seed_memory(client)
    service = SyncService(store, client, "testhausen", "u", lambda _u: "pw", sleep=lambda _s: None)
    assert service.pull().ok
    return client, service, ids
