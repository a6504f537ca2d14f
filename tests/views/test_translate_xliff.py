"""XLIFF from the window: export writes the CMS's layout; import previews, then writes only on Import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.models.xliff_exchange import export_xliff
from editor.text.xliff import read_xliff
from editor.views.main_window import MainWindow

OpenWindow = Callable[[], MainWindow]
RESIDENCE = 9


def _exported(window: MainWindow, tmp_path: Path) -> Path:
    row = window.store.page_tree([RESIDENCE])[0]
    target, count = export_xliff(window.store, "en", [row.cms_page_id or RESIDENCE], tmp_path)
    assert count == 1
    return target


def test_xliff_export_writes_one_page_in_the_cms_layout(open_window: OpenWindow, tmp_path: Path) -> None:
    """One page gives one .xliff named as the CMS names it, with the German source and English target."""
    window = open_window()
    target = _exported(window, tmp_path)
    assert target.suffix == ".xliff"
    pages = read_xliff(target.read_bytes())
    english = window.store.translation(RESIDENCE, "en")
    assert english is not None
    assert pages[0].target_title == english.title


def test_xliff_import_previews_and_writes_only_on_import(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """An edited target shows as a changed row; cancelling writes nothing, Import makes a local edit."""
    window = open_window()
    target = _exported(window, tmp_path)
    target.write_text(
        target.read_text(encoding="utf-8").replace("valid passport", "valid ID card"), encoding="utf-8"
    )
    assert window.desk.xliff.import_file(target)
    dialog = window.desk.xliff.preview  # the (inline) runner read the file at once
    assert dialog is not None
    assert dialog.table.rowCount() == 1
    assert "1 block" in dialog.table.item(0, 4).text()
    assert "valid passport ID card" in dialog.details.toPlainText()  # old words struck, new marked
    dialog.reject()
    english = window.store.translation(RESIDENCE, "en")
    assert english is not None
    assert "valid passport" in english.content
    assert window.desk.xliff.import_file(target)
    dialog = window.desk.xliff.preview
    assert dialog is not None
    dialog.accept()
    english = window.store.translation(RESIDENCE, "en")
    assert english is not None
    assert "valid ID card" in english.content
    assert english.changed_locally


def test_xliff_import_refuses_a_broken_file(
    open_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Broken XML is refused with a message naming the file; nothing is written."""
    window = open_window()
    broken = tmp_path / "broken.xliff"
    broken.write_text("<xliff", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr("editor.views.prompts.error", lambda _parent, _title, text: shown.append(text))
    before = window.store.outbox_count()
    assert window.desk.xliff.import_file(broken)
    assert window.desk.xliff.preview is None
    assert shown
    assert "broken.xliff" in shown[0]
    assert window.store.outbox_count() == before
