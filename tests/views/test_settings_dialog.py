"""The settings dialog as a person sees it: nothing cut off, and it fits a 1366×768 laptop screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

import editor.views.dialogs as dialogs
from editor.views.main_window import MainWindow
from editor.views.sync.cms_settings import CmsSettingsSection


def _labels_shown_whole(dialog: QDialog) -> None:
    """Every wrapped text of ``dialog`` has the height its lines need (nothing cut off)."""
    for label in dialog.findChildren(QLabel):
        if label.wordWrap() and label.text() and label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_settings_dialog_fits_a_laptop_screen_without_cut_off_notes(
    open_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With spelling and CMS sections, the dialog fits 1366×768 and every wrapped note shows whole."""
    window = open_window()
    seen: list[dialogs.SettingsDialog] = []

    def show(dialog: dialogs.SettingsDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        seen.append(dialog)
        wanted = dialog.sizeHint()  # what a window system gives a dialog that fits the screen
        assert wanted.width() <= 1366
        assert wanted.height() <= 768 - 60  # a title bar and a task bar
        dialog.resize(wanted)
        QApplication.processEvents()
        _labels_shown_whole(dialog)
        return 0

    monkeypatch.setattr(dialogs.SettingsDialog, "exec", show)
    window.open_settings()
    assert seen


def test_settings_dialog_grows_for_the_address_warning_and_the_test_result(
    open_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain http:// address and a failed connection test add wrapped lines: the dialog grows so that
    they, and the notes below them, still show whole."""
    window = open_window()
    seen: list[dialogs.SettingsDialog] = []

    def show(dialog: dialogs.SettingsDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        dialog.resize(dialog.sizeHint().width(), dialog.minimumSizeHint().height())  # no room to spare
        QApplication.processEvents()
        section = dialog.findChild(CmsSettingsSection)
        assert section is not None
        section.url.setText("http://example.org")
        section._show(False, "foo ist nicht erreichbar: Der Rechnername wurde nicht gefunden. " * 2)
        QApplication.processEvents()
        seen.append(dialog)
        assert section.address_note.isVisible()
        _labels_shown_whole(dialog)
        return 0

    monkeypatch.setattr(dialogs.SettingsDialog, "exec", show)
    window.open_settings()
    assert seen
