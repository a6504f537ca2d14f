"""A first pull writes nothing to the working copy before the login succeeded."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.models.store import open_store
from editor.sync.errors import LoginRejected
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.service import SyncService, first_contact


def _client() -> MemoryCmsClient:
    client = MemoryCmsClient(region="x", languages=(("de", False),))
    client.add_page({"de": ("Start", "<p>Hallo</p>")})
    return client


def test_service_first_pull_with_wrong_password_writes_nothing(tmp_path: Path) -> None:
    """A rejected login on the first pull leaves the new working copy empty: no region row, no languages."""
    store = open_store(tmp_path, "x", create=True)
    try:
        with pytest.raises(LoginRejected):
            SyncService(store, _client(), "x", "editor", lambda _user: "wrong").pull()
        assert store.region() is None
        assert store.languages() == []
    finally:
        store.close()


def _pull_cost(folder: Path, client: MemoryCmsClient, **kwargs: object) -> int:
    store = open_store(folder, "x", create=True)
    try:
        before = client.request_count
        report = SyncService(store, client, "x", "editor", lambda _user: "secret", **kwargs).pull()  # type: ignore[arg-type]
    finally:
        store.close()
    assert report.pulled == {"de": 1}
    return client.request_count - before


def test_service_first_contact_reads_and_logs_in_once(tmp_path: Path) -> None:
    """first_contact reads the region and logs in; the pull reuses both (neither is repeated)."""
    client = _client()
    region = first_contact(client, "x", "editor", lambda _user: "secret")
    after_contact = _pull_cost(tmp_path / "a", client, region=region)
    plain = _pull_cost(tmp_path / "b", _client())
    assert after_contact == plain - 3  # region (1) and login (2)
