"""``after_first_paint``: run something in the event-loop turn after a widget was first painted.

The window uses it for what the first picture does not need (decision 0020): the call waits for a
real paint, not just for the event loop, since a window's first paint can come after several turns.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Watches ``widget`` for its first paint, then lets go of it."""

    def __init__(self, widget: QWidget, slot: Callable[[], object]) -> None:
        super().__init__(widget)
        self._slot = slot
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched, self._slot)  # after the whole window is on the screen
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, slot: Callable[[], object], *, at_latest_ms: int = 1000) -> None:
    """Call ``slot`` in the event-loop turn after ``widget``'s first paint, or after ``at_latest_ms``
    when it is not painted by then (a minimised window); ``slot`` must be harmless to call twice."""
    _FirstPaint(widget, slot)
    QTimer.singleShot(at_latest_ms, widget, slot)
