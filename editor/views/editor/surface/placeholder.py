"""A pane's placeholder ("Not translated into English yet: start typing …"), drawn wrapped.

Qt 6.11's ``QTextEdit`` draws its placeholder on one line and cuts it at the edge, so in a narrow pane
the German "Noch nicht übersetzt (Sprache: English): Einfach losschreiben, …" lost its second half.
:class:`~editor.views.editor.surface.surface_edit.SurfaceEdit` keeps the text itself (Qt's stays empty)
and paints it with this function, wrapped at words, on the side where the pane's lines start, also
when the pane is read-only (its "No page is open" or "cannot be read" must be seen).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QTextEdit


def paint_placeholder(edit: QTextEdit, text: str, right_to_left: bool) -> None:
    """Draw ``text`` over ``edit``'s empty viewport, wrapped (call from ``paintEvent``)."""
    if not text or not edit.document().isEmpty():
        return
    viewport = edit.viewport()
    margin = int(edit.document().documentMargin())
    side = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
    painter = QPainter(viewport)
    painter.setFont(edit.font())
    painter.setPen(edit.palette().color(QPalette.ColorRole.PlaceholderText))
    flags = Qt.AlignmentFlag.AlignTop | side | Qt.TextFlag.TextWordWrap
    painter.drawText(viewport.rect().adjusted(margin, margin, -margin, -margin), flags, text)
    painter.end()
