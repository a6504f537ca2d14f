"""A first pull writes its new translations in one batch, with exactly the rows the one-by-one path writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.models.demo import DEMO_SLUG, demo_source
from editor.models.store import open_store
from editor.sync.bundled_client import BundledCmsClient
from editor.sync.pull_run import PullRun
from editor.sync.service import SyncService
from tests.sync.rows import working_copy_rows
from tests.sync.test_public_texts import _region


def _pull_demo(folder: Path) -> Path:
    store = open_store(folder, DEMO_SLUG, create=True)
    try:
        report = SyncService(store, BundledCmsClient(demo_source()), DEMO_SLUG, "demo", lambda _u: "x").pull()
        assert report.ok
        assert sum(report.pulled.values()) > 100
    finally:
        store.close()
    return store.path


def _pull_memory(folder: Path) -> Path:
    client, _ = _region()
    client.users = {"editor": "secret"}
    store = open_store(folder, "testhausen", create=True)
    try:
        assert SyncService(store, client, "testhausen", "editor", lambda _u: "secret").pull().ok
    finally:
        store.close()
    return store.path


@pytest.mark.parametrize("pull", [_pull_demo, _pull_memory])
def test_bulk_pull_writes_the_same_rows_as_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pull: object
) -> None:
    """Text, sync base (token, normalised hash, title, content), sync state, search index, history and
    outbox are the same whether a first pull adds its translations in one batch or one by one."""
    assert callable(pull)
    bulk = working_copy_rows(pull(tmp_path / "bulk"))
    monkeypatch.setattr(PullRun, "_run_new", lambda _self, _unit, new, *_digests: not new)
    one_by_one = working_copy_rows(pull(tmp_path / "single"))
    assert bulk == one_by_one
    assert bulk["translation"]
    assert bulk["search_index"]
    assert bulk["sync_state"]
