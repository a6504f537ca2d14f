"""Edits saved while a pull is running are never overwritten by the pulled text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor.models.store import Store, open_store
from editor.models.sync_reads import outbox_items
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.service import SyncBusyError, SyncService
from tests.sync.contract_backends import seed_memory


class AutosaveDuringFetch:
    """Wraps the fake CMS: while the server text of one translation is fetched, the user's
    autosave writes a local edit of that same translation (as the GUI thread would)."""

    def __init__(self, client: MemoryCmsClient, store: Store, cms_page_id: int, language: str) -> None:
        self._client, self._store = client, store
        self._target = (cms_page_id, language)
        self.saved = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def stored_translation(self, region: str, language: str, page_id: int) -> Any:
        if (page_id, language) == self._target and not self.saved:
            local = next(p.id for p in self._store.page_tree() if p.cms_page_id == page_id)
            current = self._store.translation(local, language)
            assert current is not None
            self._store.save_translation(local, language, title=current.title, content="<p>MINE</p>")
            self.saved = True
        return self._client.stored_translation(region, language, page_id)


def test_sync_race_autosave_during_pull_becomes_a_conflict(store: Store) -> None:
    """A local save that lands after the pull decided 'take the server's text' is kept as mine."""
    client = MemoryCmsClient(languages=(("de", False), ("en", False), ("ar", True), ("fa", True)))
    client.users = {"desk-editor": "pw"}
    ids = seed_memory(client)
    SyncService(store, client, "testhausen", "desk-editor", lambda _u: "pw", sleep=lambda _s: None).pull()
    page = ids["welcome"]
    stored = client.stored_translation("testhausen", "de", page)
    client.edit(page, "de", stored.title, "<p>THEIRS</p>")
    racing = AutosaveDuringFetch(client, store, page, "de")
    service = SyncService(store, racing, "testhausen", "desk-editor", lambda _u: "pw", sleep=lambda _s: None)
    report = service.pull()
    assert racing.saved
    local = next(p.id for p in store.page_tree() if p.cms_page_id == page)
    current = store.translation(local, "de")
    assert current is not None
    assert current.content == "<p>MINE</p>"
    assert current.changed_locally
    assert [(c.page_id, c.language) for c in store.conflicts()] == [(local, "de")]
    assert store.conflicts()[0].theirs_content == "<p>THEIRS</p>"
    assert any(item.page_id == local for item in outbox_items(store))
    assert [c.language for c in report.conflicts] == ["de"]


class SecondSyncDuringCreate:
    """Wraps the fake CMS: while the ``new/`` form of the first push is on its way, a second push of
    the same working copy starts (a second window, or the ``sync`` command, on the same file)."""

    def __init__(self, client: MemoryCmsClient, second: SyncService) -> None:
        self._client, self._second = client, second
        self.second: Any = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def create_page(self, *args: Any, **kwargs: Any) -> int:
        if self.second is None:
            self.second = self._second.push
            try:
                self.second = self._second.push()
            except Exception as exc:
                self.second = exc
        return int(self._client.create_page(*args, **kwargs))


def test_sync_race_two_pushes_of_one_working_copy_make_no_second_page(store: Store, tmp_path: Path) -> None:
    """Two pushes of the same working copy at once (two windows or the app and the sync command): the
    second is refused with a clear message and the CMS gets the new page once (before: both created it)."""
    client = MemoryCmsClient(languages=(("de", False), ("en", False), ("ar", True), ("fa", True)))
    client.users = {"desk-editor": "pw"}
    ids = seed_memory(client)
    SyncService(store, client, "testhausen", "desk-editor", lambda _u: "pw", sleep=lambda _s: None).pull()
    welcome = next(p.id for p in store.page_tree() if p.cms_page_id == ids["welcome"])
    store.create_page(welcome, "first-child", "de", "Sprechstunde")
    other = open_store(tmp_path, "testhausen")
    try:
        second = SyncService(
            other, client, "testhausen", "desk-editor", lambda _u: "pw", sleep=lambda _s: None
        )
        racing = SecondSyncDuringCreate(client, second)
        report = SyncService(
            store, racing, "testhausen", "desk-editor", lambda _u: "pw", sleep=lambda _s: None
        ).push()
    finally:
        other.close()
    assert report.ok, report.as_json()
    assert isinstance(racing.second, SyncBusyError)
    assert "another sync of this working copy is running" in str(racing.second)
    titles = [client.latest(p, "de").title for p in client.children_of(ids["welcome"])]  # type: ignore[union-attr]
    assert titles.count("Sprechstunde") == 1
    assert store.operations() == []
