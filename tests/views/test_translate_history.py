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


def test_history_of_a_translation_that_cannot_be_read_opens(open_window: OpenWindow) -> None:
    """Edit → History in a pane whose text cannot be read (not UTF-8, written by another program) shows
    the earlier versions to compare, with an empty current text, instead of a traceback; nothing is
    changed by looking."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.views.test_window_faults import _corrupt

    window = open_window()
    english = window.store.translation(RESIDENCE, "en")
    assert english is not None
    edited = english.content + "<p>neu</p>"
    window.store.save_translation(RESIDENCE, "en", title=english.title, content=edited)
    _corrupt(
        window.store.path,
        ("UPDATE translation SET content = CAST(x'c328' AS TEXT) WHERE page_id = ? AND language_code = 'en'",
         (RESIDENCE,)),
    )  # fmt: skip
    window.open_page(RESIDENCE)
    assert window.target_pane.editor.isReadOnly()
    window.target_pane.editor.setFocus()
    window._last_editor = window.target_pane.editor
    shown: list[tuple[int, str]] = []

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HistoryDialog)
        shown.append((dialog.list.count(), dialog._texts[0][1]))
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    window.open_history()
    assert shown
    assert shown[0][0] >= 2  # the current text and at least the version before the edit
    assert shown[0][1] == ""
    assert window.store.history(RESIDENCE, "en")[0].content == english.content
