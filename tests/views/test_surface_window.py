"""The editing surface in the main window: typing German and Arabic on a demo page saves exact HTML."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.text.normal_form import html_equivalent
from editor.views.main_window import MainWindow

OpenWindow = Callable[[], MainWindow]
TERMINE = 8  # the demo page with a table, a list, links, notranslate names and a contact card


def _type(widget: object, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))  # type: ignore[arg-type]


def test_surface_window_arabic_and_german_edits_save_exact_html(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """A new Arabic paragraph gets dir="rtl"; a German edit changes one block; the rest stays as stored."""
    window = open_window()
    window.target_pane.language_box.setCurrentIndex(
        window.target_pane.language_box.findText("(ar)", Qt.MatchFlag.MatchContains)
    )
    window.open_page(TERMINE)
    qtbot.waitUntil(lambda: window.target_pane.page_id == TERMINE)
    before_ar = window.store.translation(TERMINE, "ar")
    before_de = window.store.translation(TERMINE, "de")
    assert before_ar is not None
    assert before_de is not None
    arabic = window.target_pane.editor
    arabic.setFocus()
    cursor = arabic.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    arabic.setTextCursor(cursor)
    qtbot.keyClick(arabic, Qt.Key.Key_Return)
    _type(arabic, "فقرة جديدة")
    german = window.source_pane.editor
    german.setFocus()
    german.moveCursor(QTextCursor.MoveOperation.Start)
    german.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    _type(german, " Neu.")
    assert window.source_pane.flush()
    assert window.target_pane.flush()
    after_ar = window.store.translation(TERMINE, "ar")
    after_de = window.store.translation(TERMINE, "de")
    assert after_ar is not None
    assert after_de is not None
    first_ar = before_ar.content.split("\n")[0]  # "<div><p …>…</p>": the CMS's wrapper stays
    assert after_ar.content.startswith(first_ar + '\n<p dir="rtl">فقرة جديدة</p>\n')
    assert after_ar.content.endswith(before_ar.content[len(first_ar) + 1 :])
    first_de = before_de.content.split("\n")[0]
    edited = after_de.content[: len(after_de.content) - len(before_de.content) + len(first_de)]
    assert html_equivalent(edited, first_de.replace("</p>", " Neu.</p>") + "</div>")  # rewritten: canonical
    assert after_de.content.endswith(before_de.content[len(first_de) :])
    for notation in ("](", "{:", "%D8"):
        assert notation not in arabic.toPlainText()


def test_surface_window_table_toolbar_inserts_a_row_in_the_demo_table(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """The toolbar's Table menu is enabled in a table cell and inserts a row there; saved exactly."""
    window = open_window()
    window.open_page(TERMINE)
    qtbot.waitUntil(lambda: window.source_pane.page_id == TERMINE)
    german = window.source_pane.editor
    german.setFocus()
    window.format_bar.update_state()
    row_below = next(a for a in window.format_bar.table_menu.actions() if a.objectName() == "table_row_below")
    assert window.format_bar.table_action.isEnabled()  # a table can be inserted here
    assert not row_below.isEnabled()  # the cursor starts in the first paragraph
    assert window.format_bar.insert_table_action.isEnabled()
    block = german.document().firstBlock()
    while block.isValid() and QTextCursor(block).currentTable() is None:
        block = block.next()
    german.setTextCursor(QTextCursor(block))
    window.format_bar.update_state()
    assert row_below.isEnabled()
    assert not window.format_bar.insert_table_action.isEnabled()  # no table in a table
    before = window.store.translation(TERMINE, "de")
    assert before is not None
    rows = before.content.count("<tr")
    row_below.trigger()
    assert window.source_pane.flush()
    after = window.store.translation(TERMINE, "de")
    assert after is not None
    assert after.content.count("<tr") == rows + 1
    assert after.content.count("<thead") == before.content.count("<thead")


def test_surface_window_inserts_a_table_in_arabic_and_saves_it(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Table → Insert table… after the Arabic paragraph at the cursor: 3 × 2 with a header row, the
    cursor in the first cell, typed text saved in the header cell, the rest of the page unchanged; undo
    takes the whole table away again."""
    from editor.views.editor.surface import table_dialog

    monkeypatch.setattr(table_dialog, "ask_table_size", lambda _parent: (3, 2, True))
    window = open_window()
    box = window.target_pane.language_box
    box.setCurrentIndex(box.findText("(ar)", Qt.MatchFlag.MatchContains))
    window.open_page(TERMINE)
    qtbot.waitUntil(lambda: window.target_pane.page_id == TERMINE)
    arabic = window.target_pane.editor
    before = window.store.translation(TERMINE, "ar")
    assert before is not None
    arabic.setFocus()
    cursor = arabic.textCursor()
    cursor.setPosition(2)
    arabic.setTextCursor(cursor)
    window.format_bar.update_state()
    window.format_bar.insert_table_action.trigger()
    assert arabic.textCursor().currentTable() is not None
    _type(arabic, "الموعد")
    assert window.target_pane.flush()
    after = window.store.translation(TERMINE, "ar")
    assert after is not None
    table = (
        "<table><thead><tr><th>الموعد</th><th></th></tr></thead><tbody>" + "<tr><td></td><td></td></tr>" * 2
    )
    assert table + "</tbody></table>" in after.content
    assert after.content.count("<table") == before.content.count("<table") + 1
    first = before.content.split("\n")[0]
    assert after.content.startswith(first)  # the paragraph at the cursor stays whole, before the table
    arabic.undo()
    arabic.undo()
    assert window.target_pane.flush()
    restored = window.store.translation(TERMINE, "ar")
    assert restored is not None
    assert html_equivalent(restored.content, before.content)


def test_surface_window_tab_nests_a_list_item_and_leaves_the_text_elsewhere(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """In the demo's German page Tab in the second list item saves it as a sub-list inside the first
    item (as the CMS's editor writes it), the Format menu offering the same with its key; Tab in a
    paragraph gives the focus to the pane's sidebar (next in the window's reading order), Shift+Tab
    back to the text; no tab character anywhere."""
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page = window.source_pane.page_id
    german = window.source_pane.editor
    german.setFocus()
    qtbot.waitUntil(german.hasFocus, timeout=3000)
    cursor = german.document().find("Deutsch für den Beruf")
    cursor.clearSelection()
    german.setTextCursor(cursor)
    window.format_bar.update_state()
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    deeper = next(a for menu in menus for a in menu.actions() if a.objectName() == "list_deeper")
    assert deeper.isEnabled()
    assert deeper.shortcut().toString() == "Tab"
    qtbot.keyClick(german, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is german
    assert window.source_pane.flush()
    saved = window.store.translation(page, "de")
    assert saved is not None
    assert "Orientierung<ul><li><a " in saved.content
    assert "Deutsch für den Beruf</li></ul></li>" in saved.content
    assert "\t" not in saved.content
    german.load_html(saved.content)
    assert german.html() == saved.content
    german.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(german, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not german
    assert focused is not None
    assert window.source_pane.sidebar.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is german
    assert german.html() == saved.content
