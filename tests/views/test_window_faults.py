"""The window on damaged working copies: nothing shown or saved in the wrong page, nothing typed lost."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from editor.app import check_services
from editor.config import Config
from editor.models.demo import ensure_demo
from editor.models.enums import Direction
from editor.models.records import PageRow
from editor.models.recovery import RecoveryEntry, find_recovery, load_recovery, write_recovery
from editor.models.store import Store, open_store
from editor.models.wal_guard import wal_path
from editor.sync.bundled_client import fill_demo
from editor.tasks import TaskRunner
from editor.views import prompts
from editor.views.main_window import MainWindow
from editor.views.tree.page_item_model import PageTreeItemModel

OpenWindow = Callable[[], MainWindow]


def _corrupt(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Change the working copy with plain sqlite3, as another program (or a damaged disk) would."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        for sql, params in statements:
            conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def _two_pages_with(store: Store, *languages: str) -> tuple[int, int]:
    pages = [row.id for row in store.page_tree() if all(lang in row.cells for lang in languages)]
    return pages[0], pages[1]


@pytest.fixture
def no_blocking_prompts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Blocking prompts fail the test (a prompt on close would mean text about to be dropped)."""
    asked: list[str] = []

    def refuse(_parent: object, title: str, _text: str) -> bool:
        asked.append(title)
        return False

    monkeypatch.setattr(prompts, "ask", refuse)
    return asked


# -- defect 1: an edit lands in the wrong page ---------------------------------------------------
def test_window_unreadable_translation_never_leaves_the_previous_page(
    open_window: OpenWindow, qtbot: QtBot, no_blocking_prompts: list[str]
) -> None:
    """Opening a page whose English text cannot be read shows that page read-only in the English pane,
    names page and language, and typing there changes neither page."""
    window = open_window()
    first, second = _two_pages_with(window.store, "de", "en")
    window.open_page(first)
    first_en = window.store.translation(first, "en")
    _corrupt(
        window.store.path,
        ("UPDATE translation SET content = CAST(x'c328' AS TEXT) WHERE page_id = ? AND language_code = 'en'",
         (second,)),
    )  # fmt: skip
    window.open_page(second)
    target = window.target_pane
    assert window.source_pane.page_id == second
    assert target.page_id == second
    assert target.editor.toPlainText() == ""
    assert target.editor.isReadOnly()
    assert target.title_edit.isReadOnly()
    title = next(row for row in window.store.page_tree([second])).title(["de"])
    for text in (target.editor.placeholderText(), window.statusBar().currentMessage()):
        assert f"“{title}” (page {second}) in English cannot be read:" in text
        assert "not valid UTF-8" in text
    qtbot.keyClicks(target.editor, "typed into the broken pane")
    qtbot.keyClicks(target.title_edit, "x")
    assert target.flush()
    window.close()
    assert no_blocking_prompts == []
    assert window.store.translation(first, "en") == first_en
    assert window.store.outbox_count() == 0


def test_window_unknown_status_opens_read_only_with_a_message(open_window: OpenWindow) -> None:
    """An unknown status value in the source language is a read-only pane with a message, not a
    traceback; the other pane shows the same page."""
    window = open_window()
    first, second = _two_pages_with(window.store, "de", "en")
    window.open_page(first)
    _corrupt(
        window.store.path,
        ("UPDATE translation SET status = 'BOGUS' WHERE page_id = ? AND language_code = 'de'", (second,)),
    )
    window.open_page(second)
    assert window.source_pane.page_id == second
    assert window.source_pane.editor.isReadOnly()
    assert "in Deutsch cannot be read" in window.source_pane.editor.placeholderText()
    assert "BOGUS" in window.source_pane.editor.placeholderText()
    english = window.store.translation(second, "en")
    assert english is not None
    assert window.target_pane.page_id == second
    assert window.target_pane.title_edit.text() == english.title
    assert not window.target_pane.editor.isReadOnly()


# -- defect 2: a pane without a page takes typing and drops it -------------------------------------
def test_window_pane_without_page_refuses_typing(qtbot: QtBot, tmp_path: Path) -> None:
    """On a working copy without pages neither pane is editable, and each says why."""
    store = open_store(tmp_path, "leer", create=True)
    config = Config.load(tmp_path)
    runner = TaskRunner()
    runner.set_inline(True)
    window = MainWindow(store, config, check_services(config, runner))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        for pane in (window.source_pane, window.target_pane):
            assert pane.page_id is None
            assert pane.editor.isReadOnly()
            assert pane.title_edit.isReadOnly()
            assert "No page is open" in pane.editor.placeholderText()
            qtbot.keyClicks(pane.editor, "lost words")
            assert pane.editor.toPlainText() == ""
            assert not pane.dirty
    finally:
        window.close()
        store.close()


def test_pane_without_page_ignores_text_set_by_code(open_window: OpenWindow) -> None:
    """Text set by code into a pane without a page never becomes a pending edit that "saves" nowhere."""
    window = open_window()
    pane = window.target_pane
    pane.load(None, None, "")
    pane.editor.setPlainText("nowhere to go")
    assert pane.editor.isReadOnly()
    assert pane.flush()  # a read-only pane without a page takes no edits: nothing pending
    assert not pane.dirty


# -- defect 3: "saved" edits lost when the -wal file disappears ------------------------------------
def test_window_wal_removed_stops_editing_and_writes_recovery(
    open_window: OpenWindow, qtbot: QtBot, no_blocking_prompts: list[str]
) -> None:
    """After the -wal file vanished, the next save is refused: editing stops, the user is told, and the
    saved-but-lost and the unsaved texts go to a recovery file."""
    window = open_window()
    page = window.source_pane.page_id
    assert page is not None
    qtbot.keyClicks(window.source_pane.title_edit, " gespeichert")
    assert window.source_pane.flush()
    saved_title = window.source_pane.title_edit.text()
    wal_path(window.store.path).unlink()
    qtbot.keyClicks(window.target_pane.title_edit, " typed after the loss")
    typed_title = window.target_pane.title_edit.text()
    assert not window.target_pane.flush()
    assert window.recovery.lost
    for pane in (window.source_pane, window.target_pane):
        assert pane.editor.isReadOnly()
        assert pane.title_edit.isReadOnly()
    assert not window.sync.sync_action.isEnabled()
    assert "edits can no longer be saved" in window.statusBar().currentMessage()
    assert window.recovery.box is not None
    assert "recovery" in window.recovery.box.text()
    assert window.recovery.lost_label.isVisible()
    (file,) = find_recovery(window.config.data_dir, "musterstadt")
    entries = {(e.page_id, e.language): e for e in file.entries}
    assert entries[(page, "de")].title == saved_title
    assert entries[(page, "de")].origin == "saved"
    assert entries[(page, "en")].title == typed_title
    assert entries[(page, "en")].origin == "unsaved"
    window.close()
    assert no_blocking_prompts == []  # no "close anyway and lose them?": nothing is lost


def test_window_offers_recovery_at_start_and_restores_through_save(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """At the next start the window offers the region's recovery file; Restore saves each text as an
    edit (history, outbox) and removes the file."""
    store = ensure_demo(tmp_path, fill_demo)
    page = store.page_tree()[0].id
    before = store.translation(page, "de")
    store.close()
    assert before is not None
    path = write_recovery(tmp_path, "musterstadt", [RecoveryEntry(page, "de", "Wieder da", "<p>wieder</p>")])
    window = open_window()
    qtbot.waitUntil(lambda: window.recovery.box is not None, timeout=3000)
    box = window.recovery.box
    assert box is not None
    assert "1 text" in box.text()
    restore = next(b for b in box.buttons() if b.text() == "Restore")
    restore.click()
    saved = window.store.translation(page, "de")
    assert saved is not None
    assert (saved.title, saved.content) == ("Wieder da", "<p>wieder</p>")
    assert window.store.history(page, "de")[0].content == before.content
    assert window.store.outbox_count() == 1
    assert not path.exists()


def test_window_recovery_kept_for_later_stays(open_window: OpenWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """Keep for later changes nothing; the file is offered again next time."""
    ensure_demo(tmp_path, fill_demo).close()
    path = write_recovery(tmp_path, "musterstadt", [RecoveryEntry(1, "de", "Später", "<p>später</p>")])
    window = open_window()
    qtbot.waitUntil(lambda: window.recovery.box is not None, timeout=3000)
    box = window.recovery.box
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Keep for later").click()
    assert load_recovery(path).entries[0].title == "Später"
    assert window.store.outbox_count() == 0


# -- defect 4: a page-parent cycle hangs the window ------------------------------------------------
def _cycle_demo(tmp_path: Path) -> tuple[int, int, int]:
    """The demo with two pages in a parent cycle (the last page one of them) and one orphan."""
    store = ensure_demo(tmp_path, fill_demo)
    rows = store.page_tree()
    store.close()
    child = next(row for row in rows if row.parent_id is not None)
    parent, orphan = (
        child.parent_id,
        next(row.id for row in rows if row.id not in (child.id, child.parent_id)),
    )
    assert parent is not None
    _corrupt(
        store.path,
        ("UPDATE page SET parent_id = ? WHERE id = ?", (child.id, parent)),
        ("UPDATE page SET parent_id = 424242 WHERE id = ?", (orphan,)),
    )
    config = Config.load(tmp_path)
    config.state.set("last_page", child.id)
    return child.id, parent, orphan


@pytest.mark.timeout(60, method="thread")
def test_window_page_cycle_opens_with_pages_under_the_root(open_window: OpenWindow, tmp_path: Path) -> None:
    """A parent cycle through the remembered page and an orphan: the window opens, shows those pages at
    the top level, and names them once."""
    child, parent, orphan = _cycle_demo(tmp_path)
    window = open_window()
    for page in (child, parent, orphan):
        index = window.tree_model.index_of_page(page)
        assert index.isValid()
        assert not index.parent().isValid()
    assert window.source_pane.page_id == child
    box = window.column.tree_problems.box
    assert box is not None
    text = box.text()
    assert f"(page {child})" in text
    assert f"(page {parent})" in text
    assert f"(page {orphan})" in text
    assert "page 424242" in text
    window.reload_tree()
    assert window.column.tree_problems.box is box  # shown once, not at every reload


def test_page_tree_model_cycle_rows_reach_the_root() -> None:
    """Rows handed in with a cycle still give every node a finite way up to the root."""
    from editor.models.records import LanguageInfo

    rows = [PageRow(1, 2, 0, False, None), PageRow(2, 1, 1, False, None), PageRow(3, 1, 2, False, None)]
    model = PageTreeItemModel()
    model.set_pages(rows, [LanguageInfo("de", "de-DE", "Deutsch", Direction.LTR, None)])
    for page in (1, 2, 3):
        index = model.index_of_page(page)
        for _step in range(5):
            if not index.isValid():
                break
            index = model.parent(index)
        assert index == QModelIndex()
    assert model.rowCount() == 2


def test_window_sync_failing_on_lost_working_copy_stops_editing(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync that finds the working copy lost is not reported as a sync error: editing stops instead."""
    from editor.models.errors import WorkingCopyLostError

    window = open_window()
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, title, _text: errors.append(title))
    lost = WorkingCopyLostError(window.store.path, "working-copy.sqlite-wal deleted")
    window.sync._on_sync_failed(lost, "https://cms.example", "editor", push_only=False, interactive=True)
    assert errors == []
    assert window.recovery.lost
    assert window.source_pane.editor.isReadOnly()
    assert not window.sync.sync_action.isEnabled()


def test_window_tree_read_finding_the_copy_lost_reads_nothing_more(
    open_window: OpenWindow, no_blocking_prompts: list[str]
) -> None:
    """Reading the tree again (after a pull, "View archived pages") when the journal is gone and the file
    no longer reads (here: its tables renamed by another program, as a damaged disk reads) stops editing
    with the recovery's message, and reads nothing more: no traceback from the page count after it."""
    window = open_window()
    count = window.region_label.text()
    _corrupt(
        window.store.path,
        ("ALTER TABLE page RENAME TO page_gone", ()),
        ("ALTER TABLE operation RENAME TO operation_gone", ()),
    )
    wal_path(window.store.path).unlink()
    window.reload_tree()
    assert window.recovery.lost
    assert window.source_pane.editor.isReadOnly()
    assert not window.sync.sync_action.isEnabled()
    assert "edits can no longer be saved" in window.statusBar().currentMessage()
    assert window.region_label.text() == count
    window.close()
    assert no_blocking_prompts == []


def test_window_wal_removed_found_on_close_keeps_the_text(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, no_blocking_prompts: list[str]
) -> None:
    """Text typed before the -wal vanished and saved only at close goes to the recovery file, and the
    user is told where, instead of being asked to throw it away."""
    window = open_window()
    page = window.target_pane.page_id
    warned: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _parent, _title, text: warned.append(text))
    qtbot.keyClicks(window.target_pane.title_edit, " typed before closing")
    typed = window.target_pane.title_edit.text()
    wal_path(window.store.path).unlink()
    window.close()
    assert no_blocking_prompts == []
    assert len(warned) == 1
    assert "recovery" in warned[0]
    (file,) = find_recovery(window.config.data_dir, "musterstadt")
    assert any(e.page_id == page and e.language == "en" and e.title == typed for e in file.entries)


def test_window_opens_with_an_undecodable_title(open_window: OpenWindow, tmp_path: Path) -> None:
    """A title that is not UTF-8 does not stop the window: the tree shows the page, and its pane says
    the translation cannot be read."""
    store = ensure_demo(tmp_path, fill_demo)
    page = store.page_tree()[0].id
    store.close()
    _corrupt(
        store.path,
        ("UPDATE translation SET title = CAST(x'4f6bc328' AS TEXT) WHERE page_id = ? AND language_code = ?",
         (page, "en")),
    )  # fmt: skip
    Config.load(tmp_path).state.set("last_page", page)
    window = open_window()
    assert window.tree_model.index_of_page(page).isValid()
    assert window.target_pane.page_id == page
    assert window.target_pane.editor.isReadOnly()
    message = window.statusBar().currentMessage()
    assert "in English cannot be read:" in message
    assert "not valid UTF-8" in message


def test_window_with_unreadable_tree_opens_empty_and_read_only(qtbot: QtBot, tmp_path: Path) -> None:
    """A tree that cannot be read at all opens an empty window that says why and takes no typing."""
    store = ensure_demo(tmp_path, fill_demo)
    store.close()
    # the table is there (opening checks that), but not the columns the tree reads
    _corrupt(store.path, ("ALTER TABLE page RENAME TO old_page", ()), ("CREATE TABLE page (id INTEGER)", ()))
    store = open_store(tmp_path, "musterstadt")
    config = Config.load(tmp_path)
    runner = TaskRunner()
    runner.set_inline(True)
    window = MainWindow(store, config, check_services(config, runner))
    qtbot.addWidget(window)
    try:
        assert window.tree_model.page_count() == 0
        assert "The page tree cannot be read" in window.statusBar().currentMessage()
        assert "no such column" in window.statusBar().currentMessage()
        for pane in (window.source_pane, window.target_pane):
            assert pane.page_id is None
            assert pane.editor.isReadOnly()
    finally:
        window.close()
        store.close()


@pytest.mark.timeout(60, method="thread")
def test_window_start_message_hides_the_page_count(open_window: OpenWindow, tmp_path: Path) -> None:
    """The damaged-tree message is shown while the window is built, before it is on screen: the status
    bar's page count is hidden behind it (not drawn over it), and comes back when the message goes."""
    _cycle_demo(tmp_path)
    window = open_window()
    bar = window.statusBar()
    assert "parent" in bar.currentMessage()
    assert not window.region_label.isVisible()
    bar.clearMessage()
    assert window.region_label.isVisible()


def test_window_tree_edit_finding_the_copy_lost_stops_editing(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, no_blocking_prompts: list[str]
) -> None:
    """A new page made after the working copy's journal was removed is not "refused": editing stops
    with the recovery's message, as for a text; nothing is written."""
    window = open_window()
    warned: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _parent, title, _text: warned.append(title))
    pages = len(window.store.page_tree())
    wal_path(window.store.path).unlink()
    window.tree_editing.ask_title = lambda: "Sprachcafé"
    assert window.tree_editing.new_page("right") is None
    assert warned == []  # not "Page not changed"
    assert window.recovery.lost
    assert window.source_pane.editor.isReadOnly()
    assert not window.sync.sync_action.isEnabled()
    window.close()
    again = open_store(window.store.path.parents[2], "musterstadt")
    try:
        assert len(again.page_tree()) == pages
    finally:
        again.close()


def test_window_tree_edit_refused_says_why(open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """A move the working copy refuses (a page under its own subpage) is named in a message; the tree
    stays as it was."""
    window = open_window()
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "warn", lambda _parent, title, text: warned.append((title, text)))
    row = next(row for row in window.store.page_tree() if row.parent_id is not None)
    assert not window.tree_editing.move(int(row.parent_id), row.id, "first-child")
    assert [title for title, _text in warned] == ["Page not changed"]
    assert window.store.page_tree([row.id])[0].parent_id == row.parent_id
