"""Every prompt the app shows goes through here, so tests patch one place."""

from __future__ import annotations

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
