"""An editor pane on the surface: autosave only on real changes, the Source view, right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editor.models.enums import Direction, Status
from editor.models.records import LanguageInfo, TranslationData
from editor.views.editor.pane import EditorPane

ARABIC = LanguageInfo("ar", "ar", "العربية", Direction.RTL, "de")
GERMAN = LanguageInfo("de", "de", "Deutsch", Direction.LTR, None)
PAGE = '<div><p dir="rtl">مرحبا</p>\n<ul dir="rtl"><li>بند</li></ul></div>'


def _data(content: str, language: str = "ar") -> TranslationData:
    return TranslationData(
        1, 7, language, "عنوان", "slug", content, Status.PUBLIC, False, None, None, None, None, None, None
    )


@pytest.fixture
def saved() -> list[tuple[int, str, str, str]]:
    """What the pane handed to its saver."""
    return []


@pytest.fixture
def pane(qtbot: QtBot, saved: list[tuple[int, str, str, str]]) -> EditorPane:
    """An Arabic pane with a recording saver."""
    widget = EditorPane(lambda *args: saved.append(args), 10_000)
    qtbot.addWidget(widget)
    widget.set_languages([GERMAN, ARABIC], "ar")
    widget.load(7, _data(PAGE), "")
    widget.show()
    return widget


def test_surface_pane_unchanged_page_is_not_saved(pane: EditorPane, saved: list[object]) -> None:
    """Formatting on and off again leaves the HTML as loaded: nothing is saved."""
    pane.editor.moveCursor(QTextCursor.MoveOperation.Start)
    pane.editor.moveCursor(QTextCursor.MoveOperation.NextCharacter)  # inside the first word
    pane.editor.toggle_bold()
    pane.editor.toggle_bold()
    assert pane.dirty
    assert pane.flush()
    assert saved == []
    assert pane.current_html() == PAGE


def test_surface_pane_saves_the_edited_html(pane: EditorPane, saved: list[object], qtbot: QtBot) -> None:
    """Typing saves the new HTML; the untouched list keeps its stored form."""
    pane.editor.moveCursor(QTextCursor.MoveOperation.Start)
    pane.editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    qtbot.keyClicks(pane.editor, "!")
    assert pane.flush()
    html = '<div><p dir="rtl">مرحبا!</p>\n<ul dir="rtl"><li>بند</li></ul></div>'  # the CMS's wrapper kept
    assert saved == [(7, "ar", "عنوان", html)]


def test_surface_pane_lays_out_right_to_left(pane: EditorPane) -> None:
    """An Arabic pane and its blocks run right to left."""
    assert pane.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    block = pane.editor.document().firstBlock()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_surface_pane_source_view_edits_and_validates(pane: EditorPane, saved: list[object]) -> None:
    """The Source view shows the raw HTML; edits come back to the surface; broken HTML is refused."""
    pane.source_button.setChecked(True)
    assert pane.source.toPlainText() == PAGE
    pane.source.setPlainText('<p dir="rtl">جديد</p>')
    pane.source_button.setChecked(False)
    assert pane.editor.toPlainText() == "جديد"
    assert pane.flush()
    assert saved[-1][3] == '<p dir="rtl">جديد</p>'
    notices: list[str] = []
    pane.sig_notice.connect(notices.append)
    pane.source_button.setChecked(True)
    pane.source.setPlainText("<p>bad \x0b</p>")
    pane.source_button.setChecked(False)
    assert pane.source_button.isChecked()
    assert "U+000B" in notices[-1]


def test_surface_pane_source_view_html_is_cleaned_before_saving(
    pane: EditorPane, saved: list[object]
) -> None:
    """HTML typed in the Source view is saved without scripts, handlers or javascript: links."""
    pane.source_button.setChecked(True)
    pane.source.setPlainText(
        '<p dir="rtl" onclick="steal()">نص <a href="javascript:alert(1)">رابط</a></p><script>x()</script>'
    )
    assert pane.flush()
    html = saved[-1][3]
    assert "onclick" not in html
    assert "javascript:" not in html
    assert "<script" not in html
    assert "نص" in html


def test_surface_pane_link_picker_lists_pages_in_the_pane_language(tmp_path: object) -> None:
    """The link picker offers the region's pages with their CMS address in the pane's language."""
    from pathlib import Path

    from editor.models.demo import ensure_demo
    from editor.sync.bundled_client import fill_demo
    from editor.views.editor.surface.page_links import region_page_links

    store = ensure_demo(Path(str(tmp_path)), fill_demo)
    try:
        links = region_page_links(store, "ar")
        addresses = {link.address for link in links}
        demo = {data.page_id: data for data in store.iter_translations("ar")}
    finally:
        store.close()
    assert len(links) == len(demo)
    assert all("/musterstadt/ar/" in address for address in addresses)
    assert any("%D8%A7%D9%84%D9%84%D8%BA%D8%A9" in address for address in addresses)
