"""Page tree editing in the window: new pages, cut/paste and drop, archive with the archived view,
status per translation, the minor-edit switch, and the "Waiting to be sent" list."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from editor.models.enums import Status
from editor.models.operations import ArchivePage, CreatePage, EditText, MovePage, SetStatus
from editor.views.main_window import MainWindow
from editor.views.tree.page_item_model import PageTreeItemModel
from editor.views.tree.tree_editing import drop_position

Factory = Callable[[], MainWindow]


def _select(window: MainWindow, page_id: int) -> None:
    window.tree.setCurrentIndex(window.tree_model.index_of_page(page_id))


def _roots(window: MainWindow) -> list[int]:
    model = window.tree_model
    return [model.data(model.index(r, 0), PageTreeItemModel.PAGE_ID_ROLE) for r in range(model.rowCount())]


def test_tree_editing_new_subpage_is_shown_opened_and_queued(open_window: Factory) -> None:
    """New subpage (Ctrl+Alt+N) asks for a title, shows the page under the selected one, opens it, and
    queues one CreatePage."""
    window = open_window()
    parent = _roots(window)[0]
    _select(window, parent)
    window.tree_editing.ask_title = lambda: "Neue Seite"
    window.tree_editing.new_child.trigger()
    [op] = window.store.operations()
    assert isinstance(op, CreatePage)
    assert (op.parent_id, op.title) == (parent, "Neue Seite")
    index = window.tree_model.index_of_page(op.page_id)
    assert index.isValid()
    assert window.tree_model.data(index.parent(), PageTreeItemModel.PAGE_ID_ROLE) == parent
    assert index.row() == 0
    assert window.source_pane.page_id == op.page_id
    # the new page has a German title and no text yet; English is not there at all
    assert window.source_pane.editor.placeholderText() == "No text yet: start typing."
    assert window.target_pane.editor.placeholderText().startswith("Not translated into English yet")


def test_tree_editing_new_page_keys_work_from_the_editor(open_window: Factory, qtbot: QtBot) -> None:
    """Ctrl+N makes a new page after the open one also while the text has the focus (the menu shows
    the keys); Ctrl+X and Del there stay the editor's (cut text, delete a letter), not the tree's."""
    window = open_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = _roots(window)[0]
    _select(window, page)
    window.tree_editing.ask_title = lambda: "Neue Seite"
    editor = window.source_pane.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert not [op for op in window.store.operations() if not isinstance(op, EditText)]
    assert window.tree_editing.cut_page is None
    qtbot.keyClick(editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    created = [op for op in window.store.operations() if isinstance(op, CreatePage)]
    assert [(op.title, window.tree_model.index_of_page(op.page_id).row()) for op in created] == [
        ("Neue Seite", 1)
    ]


def test_tree_editing_new_page_dialog_has_room_for_a_title(
    open_window: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The title box is wide enough for a page title (Qt's own showed about twelve letters); OK gives
    the title typed, Cancel none."""
    window = open_window()
    widths: list[int] = []

    def answer(dialog: QInputDialog, accept: bool) -> int:
        dialog.show()
        QApplication.processEvents()
        widths.extend(edit.width() for edit in dialog.findChildren(QLineEdit) if edit.isVisible())
        dialog.setTextValue("Sprachcafé in der Stadtbibliothek")
        return (QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected).value

    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: answer(dialog, True))
    assert window.tree_editing.ask_title() == "Sprachcafé in der Stadtbibliothek"
    assert widths[0] >= 300
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: answer(dialog, False))
    assert window.tree_editing.ask_title() is None


def test_tree_editing_cut_paste_and_drop_move_pages(open_window: Factory) -> None:
    """Cut + paste after a page moves it there (and the "paste it" hint goes); a drop in a row's middle
    makes it the first subpage."""
    window = open_window()
    first, second, third = _roots(window)[:3]
    _select(window, first)
    window.tree_editing.cut.trigger()
    assert window.statusBar().currentMessage() == "Page cut: select where it goes and paste it"
    _select(window, third)
    window.tree_editing.paste_after.trigger()
    assert _roots(window)[:3] == [second, third, first]
    assert window.statusBar().currentMessage() == ""  # the paste is done: no "paste it" left standing
    assert window.tree_editing.move(second, third, drop_position(10, 20))
    assert window.tree_model.index_of_page(second).parent().row() == _roots(window).index(third)
    kinds = [type(op) for op in window.store.operations()]
    assert kinds == [MovePage, MovePage]
    assert (drop_position(2, 20), drop_position(18, 20)) == ("left", "right")


def test_tree_editing_archive_hides_page_until_archived_view(open_window: Factory) -> None:
    """Archive (Del) takes the page out of the tree, shows the page in its place and says how to bring it
    back; "View archived pages" shows it again; restore cancels the archive (nothing is left to send)."""
    window = open_window()
    page = _roots(window)[1]
    _select(window, page)
    title = window.tree_model.data(window.tree_model.index_of_page(page))
    window.tree_editing.archive.trigger()
    assert not window.tree_model.index_of_page(page).isValid()
    assert [type(op) for op in window.store.operations()] == [ArchivePage]
    said = window.statusBar().currentMessage()  # nothing was asked: the status bar names the way back
    assert f"“{title}” archived" in said
    assert "“View archived pages”, then “Restore page”" in said
    following = _roots(window)[1]  # the page after it took its place: selected and shown
    assert window.tree_editing.current_page() == following
    assert window.source_pane.page_id == window.target_pane.page_id == following
    window.tree_editing.show_archived.setChecked(True)
    assert window.tree_model.index_of_page(page).isValid()
    _select(window, page)
    window.tree_editing.restore.trigger()
    assert window.store.operations() == []


def test_tree_editing_status_menu_sets_one_translation(open_window: Factory) -> None:
    """The context menu's status entry sets the status of one translation and queues it."""
    window = open_window()
    page = _roots(window)[0]
    menu = window.tree_editing.context_menu(window.tree_model.index_of_page(page))
    status_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    english = next(a.menu() for a in status_menu.actions() if "(en)" in a.text())
    draft = english.actions()[0]
    assert not draft.isChecked()
    draft.trigger()
    assert window.store.translation(page, "en").status is Status.DRAFT  # type: ignore[union-attr]
    [op] = window.store.operations()
    assert isinstance(op, SetStatus)


def test_tree_editing_status_and_first_words_show_in_the_pane_header(open_window: Factory) -> None:
    """The pane showing a translation says its new state at once: "draft" after the tree's status menu
    (not "up to date" until the page is opened again), and "draft" instead of "missing" once the first
    words of a new translation are saved."""
    window = open_window()
    window.target_pane.set_languages(window.languages, "en")
    page = window.source_pane.page_id
    assert page is not None
    assert window.target_pane.state_label.text().startswith("up to date")
    window.tree_editing.set_status(page, "en", Status.DRAFT)
    assert window.target_pane.state_label.text().startswith("draft")
    missing = next(p for p in _all_pages(window) if window.store.translation(p, "en") is None)
    window.open_page(missing)
    assert window.target_pane.state_label.text() == "missing"
    window.target_pane.title_edit.setText("First words")
    window.target_pane.title_edit.textEdited.emit("First words")
    assert window.target_pane.flush()
    assert window.target_pane.state_label.text().startswith("draft")


def _all_pages(window: MainWindow) -> list[int]:
    return [row.id for row in window.store.page_tree()]


def test_tree_editing_minor_edit_switch_marks_the_save(open_window: Factory) -> None:
    """With "Minor edit" checked the next save is queued as a minor edit; opening another page turns
    the switch off."""
    window = open_window()
    page = window.source_pane.page_id
    assert page is not None
    window.menus.minor_edit_action.setChecked(True)
    window.source_pane.editor.setPlainText("Tippfehler korrigiert.")
    assert window.source_pane.flush()
    [op] = window.store.operations()
    assert isinstance(op, EditText)
    assert op.minor_edit
    window.open_page(_roots(window)[2])
    assert not window.menus.minor_edit_action.isChecked()


def test_tree_editing_waiting_list_discards_item_by_item(
    open_window: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The "Waiting to be sent" list shows each operation; discarding a text edit keeps the text,
    discarding a new page (after confirming) removes it."""
    window = open_window()
    page = window.source_pane.page_id
    assert page is not None
    window.store.save_translation(page, "de", title="Neu", content="<p>Lokal geändert.</p>")
    new_page, _ = window.store.create_page(None, "first-child", "de", "Ganz neu")
    dialog = window.open_outbox()
    assert dialog.list.topLevelItemCount() == 2
    assert dialog.list.topLevelItem(0).text(1) == "Ganz neu"  # a page before its texts
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    dialog.discard_selected()
    assert window.store.translation(page, "de").content == "<p>Lokal geändert.</p>"  # type: ignore[union-attr]
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    dialog.discard_selected()
    assert window.store.operations() == []
    assert new_page not in {row.id for row in window.store.page_tree()}
    dialog.close()
