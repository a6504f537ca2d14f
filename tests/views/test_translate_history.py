"""The history dialog compares any two versions block by word and restores only after asking."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from editor.views.main_window import MainWindow
from editor.views.translate.history import HistoryDialog, local_time

OpenWindow = Callable[[], MainWindow]
RESIDENCE = 9


def _edited(window: MainWindow) -> tuple[str, str]:
    german = window.store.translation(RESIDENCE, "de")
    assert german is not None
    changed = german.content.replace("rechtzeitig", "sehr früh", 1)
    window.store.save_translation(RESIDENCE, "de", title=german.title, content=changed)
    return german.content, changed


def test_history_dialog_compares_a_version_with_the_current_text(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """The earlier version against the current text shows the old words struck and the new ones marked."""
    window = open_window()
    _old, new = _edited(window)
    versions = window.store.history(RESIDENCE, "de")
    dialog = HistoryDialog(versions, "Aufenthaltstitel", new)
    qtbot.addWidget(dialog)
    html = dialog.text.toHtml()
    assert "rechtzeitig" in html
    assert "sehr früh" in html
    assert dialog.chosen == versions[0]
    assert local_time(versions[0].saved_at) in dialog.list.item(1).text()
    dialog.against.setCurrentIndex(1)  # the version against itself
    assert "No difference" in dialog.text.toPlainText()


def test_history_dialog_restore_asks_first(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answering No keeps the dialog open and nothing restored; Yes accepts with the chosen version."""
    window = open_window()
    _old, new = _edited(window)
    dialog = HistoryDialog(window.store.history(RESIDENCE, "de"), "Aufenthaltstitel", new)
    qtbot.addWidget(dialog)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    dialog.restore_button.click()
    assert dialog.result() == 0
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
