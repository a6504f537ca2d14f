"""``GapOverlay``: draws where the translation lacks source blocks, over the target pane's text.

A dashed line at the place the missing blocks belong, with how many there are and the keys that go there
and fill them (the source pane marks the missing blocks themselves); the overlay lets every mouse event
through to the editor.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QTextBlock
from PySide6.QtWidgets import QTextEdit, QWidget

GAP_COLOUR = "#d9822b"


@dataclass(frozen=True)
class Gap:
    """Missing source blocks drawn below the target block ``after`` (None: at the top): how many, and
    the first one's text. The height is taken at painting time, so rewrapping moves the line along."""

    after: QTextBlock | None
    count: int
    text: str

    def y(self) -> float:
        """The line's height in document coordinates."""
        if self.after is None or not self.after.isValid():
            return 2.0
        return self.after.document().documentLayout().blockBoundingRect(self.after).bottom()


class GapOverlay(QWidget):
    """A transparent layer over ``editor``'s viewport."""

    def __init__(self, editor: QTextEdit) -> None:
        super().__init__(editor.viewport())
        self.editor = editor
        self.gaps: list[Gap] = []
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        editor.viewport().installEventFilter(self)
        editor.verticalScrollBar().valueChanged.connect(self.update)
        self.resize(editor.viewport().size())
        self.show()

    def set_gaps(self, gaps: list[Gap]) -> None:
        """Show ``gaps`` (document coordinates)."""
        self.gaps = gaps
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.resize(self.editor.viewport().size())
        return False

    def label_box(self, y: float, width: float, height: float) -> QRectF:
        """Where the label of a gap line at ``y`` (viewport coordinates) goes: at the side where the pane's
        lines end (the left in a right-to-left pane, so it covers no short Arabic or Farsi line)."""
        direction = self.editor.document().defaultTextOption().textDirection()
        x = 4 if direction == Qt.LayoutDirection.RightToLeft else self.width() - width - 4
        # centred on the line, but never cut off at the top (a gap before the first block) or the bottom
        top = max(0.0, min(y - height / 2, self.height() - height))
        return QRectF(x, top, width, height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.gaps:
            return
        painter = QPainter(self)
        colour = QColor(GAP_COLOUR)
        pen = QPen(colour, 2, Qt.PenStyle.DashLine)
        scroll = self.editor.verticalScrollBar().value()
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        for gap in self.gaps:
            y = gap.y() - scroll
            if y < -20 or y > self.height() + 20:
                continue
            painter.setPen(pen)
            painter.drawLine(4, int(y), self.width() - 4, int(y))
            label = self.tr("%n block(s) missing here (F8, Ctrl+Alt+I)", "", gap.count)
            metrics = painter.fontMetrics()
            width = min(metrics.horizontalAdvance(label) + 12, self.width() - 8)
            box = self.label_box(y, width, metrics.height())
            painter.fillRect(box, QColor(255, 244, 229, 235))
            painter.setPen(colour.darker(140))
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, int(width) - 8),
            )
        painter.end()
