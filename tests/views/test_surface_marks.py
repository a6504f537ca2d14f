"""Mark layers (QA, links, the current block…) across a page load: the old page's marks go with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from editor.views.editor.marks import layer, set_layer
from editor.views.editor.surface.surface_edit import SurfaceEdit
from tests.views.surface_keys import shown_surface


def _block_mark(edit: SurfaceEdit, number: int, colour: str) -> QTextEdit.ExtraSelection:
    """A mark selecting the text of block ``number`` (a range, as the QA and link marks are)."""
    cursor = QTextCursor(edit.document().findBlockByNumber(number))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    mark = QTextEdit.ExtraSelection()
    mark.cursor = cursor
    mark.format.setBackground(QColor(colour))
    return mark


def test_marks_of_the_previous_page_are_dropped_when_the_next_page_loads(qtbot: QtBot) -> None:
    """Marks set on one page, then the next page loaded and the first page's document deleted: setting
    a layer again works (it crashed the app while Qt still held the first page's marks) and the old
    marks are gone."""
    edit = shown_surface(qtbot, "<p>Eins zwei</p><p>Drei vier</p><p>Fünf sechs</p>")
    set_layer(edit, "qa", [_block_mark(edit, 1, "#ffcc80")])
    set_layer(edit, "links", [_block_mark(edit, 2, "#ef9a9a")])
    assert len(edit.extraSelections()) == 2
    edit.load_html("<p>مرحبا</p><p>سلام عليكم</p>")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the first page's document
    assert layer(edit, "qa") == []
    assert layer(edit, "links") == []
    assert edit.extraSelections() == []
    set_layer(edit, "current", [_block_mark(edit, 1, "#e3f2fd")])
    shown = edit.extraSelections()
    assert [(mark.cursor.anchor(), mark.cursor.position()) for mark in shown] == [(6, 16)]
