"""The store on damaged working copies: unreadable rows, parent cycles and orphans, a vanished -wal."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.models.demo import ensure_demo
from editor.models.errors import StoreError, WorkingCopyLostError
from editor.models.store import Store
from editor.models.tree_check import TreeProblemKind, find_problems
from editor.models.wal_guard import wal_path
from editor.sync.bundled_client import fill_demo


def _corrupt(store: Store, sql: str, params: tuple[object, ...] = ()) -> None:
    """Change the working copy behind the store's back, as another program would."""
    conn = sqlite3.connect(store.path)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def _page_with(store: Store, *languages: str) -> int:
    return next(row.id for row in store.page_tree() if all(lang in row.cells for lang in languages))


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    """The demo working copy in a real file."""
    store = ensure_demo(tmp_path, fill_demo)
    yield store
    store.close()


def test_store_translation_with_invalid_utf8_names_page_and_language(demo: Store) -> None:
    """Undecodable text raises a StoreError that names the page id and the language."""
    page = _page_with(demo, "de", "en")
    _corrupt(
        demo,
        "UPDATE translation SET content = CAST(x'c328' AS TEXT) WHERE page_id = ? AND language_code = 'en'",
        (page,),
    )
    with pytest.raises(StoreError, match=rf"page {page} \(en\) cannot be read: .*not valid UTF-8"):
        demo.translation(page, "en")
    assert demo.translation(page, "de") is not None


def test_store_translation_with_unknown_status_names_page_and_language(demo: Store) -> None:
    """An unknown status value is a StoreError naming page and language, not a KeyError."""
    page = _page_with(demo, "de", "en")
    _corrupt(
        demo, "UPDATE translation SET status = 'BOGUS' WHERE page_id = ? AND language_code = 'de'", (page,)
    )
    with pytest.raises(StoreError, match=rf"page {page} \(de\) cannot be read: unknown status 'BOGUS'"):
        demo.translation(page, "de")


def test_tree_check_finds_cycles_and_orphans_in_one_pass() -> None:
    """A self-loop, a three-page cycle with a child hanging off it, and an orphan are all found."""
    parents: dict[int, int | None] = {1: None, 2: 1, 3: 3, 4: 5, 5: 6, 6: 4, 7: 4, 8: 99, 9: 8}
    problems = find_problems(parents)
    kinds = {(p.kind, frozenset(p.page_ids)) for p in problems}
    assert kinds == {
        (TreeProblemKind.CYCLE, frozenset({3})),
        (TreeProblemKind.CYCLE, frozenset({4, 5, 6})),
        (TreeProblemKind.ORPHAN, frozenset({8})),
    }
    orphan = next(p for p in problems if p.kind is TreeProblemKind.ORPHAN)
    assert orphan.parent_id == 99


@pytest.mark.timeout(30)
def test_tree_check_is_linear_on_a_long_chain() -> None:
    """A 200,000-page chain (and the same chain closed into a cycle) is checked without re-walking."""
    chain: dict[int, int | None] = {i: (i - 1 if i else None) for i in range(200_000)}
    assert find_problems(chain) == []
    chain[0] = 199_999
    (problem,) = find_problems(chain)
    assert problem.kind is TreeProblemKind.CYCLE
    assert len(problem.page_ids) == 200_000


def test_store_checked_tree_moves_cycle_and_orphan_pages_to_the_top(demo: Store) -> None:
    """Pages in a parent cycle or under a missing parent are reported and become top-level pages."""
    rows = demo.page_tree()
    first, second = rows[0].id, rows[1].id
    orphan = rows[2].id
    _corrupt(demo, "PRAGMA foreign_keys = OFF")
    conn = sqlite3.connect(demo.path)
    conn.execute("UPDATE page SET parent_id = ? WHERE id = ?", (second, first))
    conn.execute("UPDATE page SET parent_id = ? WHERE id = ?", (first, second))
    conn.execute("UPDATE page SET parent_id = 999999 WHERE id = ?", (orphan,))
    conn.commit()
    conn.close()
    fixed, problems = demo.checked_tree()
    assert {(p.kind, frozenset(p.page_ids)) for p in problems} == {
        (TreeProblemKind.CYCLE, frozenset({first, second})),
        (TreeProblemKind.ORPHAN, frozenset({orphan})),
    }
    by_id = {row.id: row for row in fixed}
    assert by_id[first].parent_id is None
    assert by_id[second].parent_id is None
    assert by_id[orphan].parent_id is None
    assert len(fixed) == len(rows)


def test_store_save_after_wal_removed_raises_working_copy_lost(demo: Store) -> None:
    """Deleting the -wal file while the store is open makes the next save fail loudly, not silently."""
    page = _page_with(demo, "de")
    demo.save_translation(page, "de", title="Eins", content="<p>eins</p>")
    wal = wal_path(demo.path)
    assert wal.exists()
    wal.unlink()
    with pytest.raises(WorkingCopyLostError, match=r"working-copy\.sqlite.*-wal deleted"):
        demo.save_translation(page, "de", title="Zwei", content="<p>zwei</p>")
    assert demo.lost
    with pytest.raises(WorkingCopyLostError):  # and every later write too
        demo.save_translation(page, "de", title="Drei", content="<p>drei</p>")
    with pytest.raises(WorkingCopyLostError), demo.transaction() as conn:
        conn.execute("UPDATE page SET position = position")


def test_store_wal_removed_during_other_connection_is_reported(demo: Store) -> None:
    """The defect as found: after the -wal vanished, a save that 'succeeded' left the edit nowhere."""
    page = _page_with(demo, "de")
    demo.save_translation(page, "de", title="Eins", content="<p>eins</p>")
    wal_path(demo.path).unlink()
    errors: list[BaseException] = []
    try:
        demo.save_translation(page, "de", title="Zwei", content="<p>zwei</p>")
    except WorkingCopyLostError as exc:
        errors.append(exc)

    def other() -> None:  # a later reader (another thread, the next start) sees a broken file
        conn = sqlite3.connect(demo.path)
        try:
            conn.execute("SELECT count(*) FROM translation").fetchone()
        except sqlite3.DatabaseError as exc:
            errors.append(exc)
        finally:
            conn.close()

    thread = threading.Thread(target=other)
    thread.start()
    thread.join()
    assert errors
    assert isinstance(errors[0], WorkingCopyLostError)


def test_store_replaced_wal_is_detected(demo: Store) -> None:
    """A -wal file swapped for another file (same name, new inode) counts as lost too."""
    page = _page_with(demo, "de")
    demo.save_translation(page, "de", title="Eins", content="<p>eins</p>")
    wal = wal_path(demo.path)
    copy = wal.with_name("copy")
    copy.write_bytes(wal.read_bytes())
    wal.unlink()
    copy.rename(wal)
    with pytest.raises(WorkingCopyLostError, match="replaced"):
        demo.save_translation(page, "de", title="Zwei", content="<p>zwei</p>")


def test_store_local_edits_still_readable_after_wal_loss(demo: Store) -> None:
    """What was saved before the loss is still readable through the open connections (for rescue)."""
    page = _page_with(demo, "de")
    demo.save_translation(page, "de", title="Gerettet", content="<p>gerettet</p>")
    wal_path(demo.path).unlink()
    with pytest.raises(WorkingCopyLostError):
        demo.save_translation(page, "de", title="Zwei", content="<p>zwei</p>")
    assert (page, "de", "Gerettet", "<p>gerettet</p>") in demo.local_edits()


def test_store_close_after_wal_loss_raises_nothing(demo: Store) -> None:
    """Closing a lost working copy does not fail (the window closes after telling the user)."""
    page = _page_with(demo, "de")
    demo.save_translation(page, "de", title="Eins", content="<p>eins</p>")
    wal_path(demo.path).unlink()
    with pytest.raises(WorkingCopyLostError):
        demo.save_translation(page, "de", title="Zwei", content="<p>zwei</p>")
    sqlite3.connect(demo.path).close()  # another program touches the file meanwhile
    demo.close()


def test_store_shm_removed_while_open_is_detected(demo: Store) -> None:
    """Removing the -shm index while the store is open is refused like a removed -wal: a second index
    of the same log would let writers overwrite each other."""
    page = _page_with(demo, "de")
    demo.save_translation(page, "de", title="Eins", content="<p>eins</p>")
    Path(f"{demo.path}-shm").unlink()
    with pytest.raises(WorkingCopyLostError, match=r"-shm deleted"):
        demo.save_translation(page, "de", title="Zwei", content="<p>zwei</p>")
