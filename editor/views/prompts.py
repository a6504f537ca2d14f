"""Every prompt the app shows goes through here, so tests patch one place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def error(parent: QWidget | None, title: str, text: str) -> None:
    """Show an error message."""
    QMessageBox.critical(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Show a warning."""
    QMessageBox.warning(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True for yes."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def notify(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Show a warning without blocking (the window keeps painting; a screenshot run is not held up)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def offer(
    parent: QWidget | None, title: str, text: str, accept: str, reject: str, on_answer: Callable[[bool], None]
) -> QMessageBox:
    """Ask without blocking: ``on_answer(True)`` for ``accept``, ``on_answer(False)`` otherwise."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: on_answer(box.clickedButton() is yes))
    box.open()
    return box


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Show an information message."""
    QMessageBox.information(parent, title, text)
