"""The write-ahead log and shared-memory files removed while a working copy is open (a cleanup tool, a
folder sync client): no save may report success while its text is gone."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from editor.models.errors import StoreError
from editor.models.store import Store


def _read_in_thread(store: Store, page: int, failures: list[str]) -> None:
    try:
        store.translation(page, "de")
    except StoreError as exc:
        failures.append(str(exc))


@pytest.mark.parametrize("removed", [("-wal",), ("-shm",), ("-wal", "-shm")])
def test_faults_wal_removed_while_open_no_silent_loss(
    pristine: Path, tmp_path: Path, removed: tuple[str, ...]
) -> None:
    """After the log files vanish, every save either raises StoreError naming the file, or its text
    is in the file when it is opened again; an earlier edit that went with the log is not lost
    silently (the store says so; the window keeps the text in a recovery file)."""
    path = tmp_path / "working-copy.sqlite"
    shutil.copyfile(pristine, path)
    store = Store(path)
    page = store.page_tree()[0].id
    saved: list[str] = []
    store.save_translation(page, "de", title="Erste", content="<p>vor dem Verlust</p>")
    for suffix in removed:
        Path(f"{path}{suffix}").unlink()
    failures: list[str] = []
    worker = threading.Thread(target=_read_in_thread, args=(store, page, failures))
    worker.start()  # the app's database worker opens its own connection: a new log file appears
    worker.join()
    for n in range(3):
        text = f"<p>nach dem Verlust {n}</p>"
        try:
            store.save_translation(page, "de", title="Danach", content=text)
            saved.append(text)
        except StoreError as exc:
            failures.append(str(exc))
    store.close()
    assert all(str(path) in message for message in failures), failures
    reopened = Store(path)
    try:
        current = reopened.translation(page, "de")
        history = {version.content for version in reopened.history(page, "de")}
    finally:
        reopened.close()
    assert current is not None
    kept = history | {current.content}
    lost = [text for text in saved if text not in kept]
    assert not lost, f"saves that returned normally but are gone: {lost}; errors: {failures}"
    if "<p>vor dem Verlust</p>" not in kept:
        assert failures, "the edit saved before the log vanished is gone, and nothing said so"
