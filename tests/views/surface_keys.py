"""Driving a real editing surface from tests: a shown surface, the cursor after a text, keys and typing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.views.editor.surface.surface_edit import SurfaceEdit


def shown_surface(qtbot: QtBot, html: str | None = None) -> SurfaceEdit:
    """A shown surface with the focus, holding ``html`` when given."""
    widget = SurfaceEdit()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    if html is not None:
        widget.load_html(html)
    return widget


def cursor_after(edit: SurfaceEdit, text: str) -> None:
    """Put the cursor right after the first ``text`` of the document."""
    cursor = edit.document().find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull()
    cursor.clearSelection()
    edit.setTextCursor(cursor)


def press(
    edit: SurfaceEdit,
    key: Qt.Key,
    text: str = "",
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press and release ``key``."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(edit, QKeyEvent(kind, key, modifiers, text))


def type_text(edit: SurfaceEdit, text: str) -> None:
    """Type ``text`` key by key (any script: QTest only maps ASCII to keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def loaded_surface(qtbot: QtBot, html: str, rtl: bool) -> SurfaceEdit:
    """A surface (not shown) in the given direction holding ``html``."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.set_right_to_left(rtl)
    edit.load_html(html)
    return edit


def assert_reloads_and_undoes(qtbot: QtBot, edit: SurfaceEdit, done: int, original: str) -> None:
    """``edit``'s HTML holds no chip block and loads again unchanged; ``done`` undos give ``original``."""
    from editor.text.surface import from_html
    from editor.text.surface.model import ProtectedBlock

    html = edit.html()
    assert not any(isinstance(block, ProtectedBlock) for block in from_html(html))
    again = SurfaceEdit()
    qtbot.addWidget(again)
    again.load_html(html)
    assert again.html() == html
    for _ in range(done):
        edit.undo()
    assert edit.html() == original
