"""Recovery files: written whole, found again at the next start, restored through the normal save."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.models.demo import ensure_demo
from editor.models.errors import StoreError
from editor.models.recovery import (
    RecoveryEntry,
    find_recovery,
    load_recovery,
    restore_recovery,
    write_recovery,
)
from editor.models.store import Store
from editor.sync.bundled_client import fill_demo


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    """The demo working copy in a real file."""
    store = ensure_demo(tmp_path, fill_demo)
    yield store
    store.close()


def test_recovery_written_file_is_found_for_its_region_only(tmp_path: Path) -> None:
    """A recovery file lands in <data>/recovery, named after the region, and is found again."""
    entries = [RecoveryEntry(1, "de", "Titel", "<p>Text</p>"), RecoveryEntry(1, "de", "Neu", "<p>Neu</p>")]
    path = write_recovery(tmp_path, "musterstadt", entries)
    assert path.parent == tmp_path / "recovery"
    assert path.name.startswith("musterstadt-")
    (found,) = find_recovery(tmp_path, "musterstadt")
    assert found.entries == (RecoveryEntry(1, "de", "Neu", "<p>Neu</p>"),)  # the later text wins
    assert find_recovery(tmp_path, "other") == []


def test_recovery_unreadable_file_is_named_and_skipped(tmp_path: Path) -> None:
    """A damaged recovery file is reported by name when loaded and skipped when searching."""
    folder = tmp_path / "recovery"
    folder.mkdir()
    bad = folder / "musterstadt-20260101T000000Z.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match=r"musterstadt-20260101T000000Z\.json: not a readable recovery file"):
        load_recovery(bad)
    assert find_recovery(tmp_path, "musterstadt") == []


def test_recovery_restore_saves_with_history_and_outbox(demo: Store, tmp_path: Path) -> None:
    """Restoring saves each entry like an edit (history, outbox) and deletes the file."""
    page = demo.page_tree()[0].id
    before = demo.translation(page, "de")
    assert before is not None
    path = write_recovery(tmp_path, "musterstadt", [RecoveryEntry(page, "de", "Zurück", "<p>zurück</p>")])
    (file,) = find_recovery(tmp_path, "musterstadt")
    result = restore_recovery(demo, file)
    assert result.restored == 1
    assert result.failed == ()
    assert (page, "de") in result.changes.translations
    now = demo.translation(page, "de")
    assert now is not None
    assert (now.title, now.content) == ("Zurück", "<p>zurück</p>")
    assert demo.history(page, "de")[0].content == before.content
    assert demo.history(page, "de")[0].reason == "recovery"
    assert demo.outbox_count() == 1
    assert not path.exists()


def test_recovery_entry_that_cannot_be_restored_stays_in_the_file(demo: Store, tmp_path: Path) -> None:
    """An entry for a page that no longer exists is reported and kept; the others are restored."""
    page = demo.page_tree()[0].id
    path = write_recovery(
        tmp_path,
        "musterstadt",
        [RecoveryEntry(987654, "de", "Weg", "<p>weg</p>"), RecoveryEntry(page, "en", "Back", "<p>back</p>")],
    )
    (file,) = find_recovery(tmp_path, "musterstadt")
    result = restore_recovery(demo, file)
    assert result.restored == 1
    assert len(result.failed) == 1
    assert "987654" in result.failed[0]
    assert load_recovery(path).entries == (RecoveryEntry(987654, "de", "Weg", "<p>weg</p>"),)
