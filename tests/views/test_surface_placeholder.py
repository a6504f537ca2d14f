"""The pane's placeholder wraps instead of being cut at the edge (Qt 6.11 draws its own on one line)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from editor.views.editor.surface.surface_edit import SurfaceEdit

TEXT = "Noch nicht übersetzt (Sprache: English): Einfach losschreiben, um die Übersetzung anzulegen."


def _placeholder_rows(edit: SurfaceEdit) -> list[int]:
    """The viewport rows that hold a drawn (not background) pixel."""
    image = edit.viewport().grab().toImage()
    background = QColor(image.pixel(image.width() - 1, image.height() - 1))
    rows = []
    for y in range(image.height()):
        for x in range(2, image.width() - 2):  # the cursor stands at the edge
            if abs(QColor(image.pixel(x, y)).lightness() - background.lightness()) > 40:
                rows.append(y)
                break
    return rows


def test_placeholder_wraps_in_a_narrow_pane_and_goes_with_the_first_letter(qtbot: QtBot) -> None:
    """The whole German placeholder is drawn over several lines; typing hides it; an RTL pane puts it
    on the right."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.resize(300, 200)
    edit.setPlaceholderText(TEXT)
    edit.show()
    qtbot.waitExposed(edit)
    assert edit.placeholderText() == TEXT
    rows = _placeholder_rows(edit)
    line = edit.fontMetrics().height()
    assert rows, "the placeholder is drawn"
    assert max(rows) - min(rows) > 2 * line, "three lines at 300 px, not one cut line"
    edit.insertPlainText("x")
    assert max(_placeholder_rows(edit), default=0) < min(rows) + line  # only the typed letter is left
    edit.clear()
    edit.set_right_to_left(True)
    image = edit.viewport().grab().toImage()
    right_half = [
        QColor(image.pixel(x, min(rows) + line // 2)) for x in range(image.width() // 2, image.width())
    ]
    background = QColor(image.pixel(image.width() - 1, image.height() - 1)).lightness()
    assert any(abs(p.lightness() - background) > 40 for p in right_half), "right-to-left: starts right"
