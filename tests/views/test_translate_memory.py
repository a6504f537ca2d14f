"""Translation memory suggestions for the block at the cursor, glossary terms marked in the source."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.models.glossary_store import save_glossary
from editor.text.glossary import Glossary, Term
from editor.views.editor.marks import layer
from editor.views.main_window import MainWindow

OpenWindow = Callable[[], MainWindow]
LANGUAGE_COURSE = 5  # its "So melden Sie sich an" is translated on page 3 as "How to register"
RESIDENCE = 9


def _open(window: MainWindow, qtbot: QtBot, page: int) -> None:
    box = window.target_pane.language_box
    box.setCurrentIndex(box.findText("(en)", Qt.MatchFlag.MatchContains))
    window.open_page(page)
    desk = window.desk.aligned
    qtbot.waitUntil(lambda: desk.page_id == page and not desk.pending and bool(desk.pairs))


def _cursor_on_source_block(window: MainWindow, index: int) -> None:
    desk = window.desk.aligned
    assert desk.maps is not None
    editor = window.source_pane.editor
    cursor = editor.textCursor()
    cursor.setPosition(desk.maps[0].block(index).position())
    editor.setTextCursor(cursor)


def test_memory_suggests_and_inserts_an_earlier_translation(open_window: OpenWindow, qtbot: QtBot) -> None:
    """The block translated on another page is offered at 100 % and inserted into the target."""
    window = open_window()
    _open(window, qtbot, LANGUAGE_COURSE)
    desk = window.desk.aligned
    index = next(n for n, b in enumerate(desk.maps[0].segments) if b.text == "So melden Sie sich an")  # type: ignore[union-attr]
    _cursor_on_source_block(window, index)
    panel = window.desk.memory.panel
    qtbot.waitUntil(lambda: panel.list.count() > 0)
    assert panel.list.item(0).text() == "100 % — How to register"
    panel.list.setCurrentRow(0)
    _cursor_on_source_block(window, index)  # the click in the list keeps the pair
    assert window.desk.memory.insert_current()
    assert window.target_pane.flush()
    english = window.store.translation(LANGUAGE_COURSE, "en")
    assert english is not None
    assert "How to register" in english.content


def test_glossary_terms_are_marked_in_the_source(open_window: OpenWindow, qtbot: QtBot) -> None:
    """A glossary term is underlined in the source and its agreed translation listed for the block."""
    window = open_window()
    save_glossary(window.store, Glossary("de", (Term("Aufenthaltstitel", {"en": ("residence permit",)}),)))
    _open(window, qtbot, RESIDENCE)
    marks = layer(window.source_pane.editor, "glossary")
    assert any(mark.cursor.selectedText() == "Aufenthaltstitel" for mark in marks)
    _cursor_on_source_block(window, 0)
    assert "Aufenthaltstitel → residence permit" in window.desk.memory.panel.terms.text()
