"""Link problems marked on the editing surface at the link and listed in the pane's sidebar."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import check_services
from editor.config import Config
from editor.models.demo import ensure_demo
from editor.models.page_address import find_page_by_path
from editor.models.quality_store import LinkResult, save_link_results
from editor.sync.bundled_client import fill_demo
from editor.tasks import TaskRunner
from editor.views.editor.link_marks import BETTER_COLOUR, BROKEN_COLOUR, LinkMarks
from editor.views.editor.marks import layer
from editor.views.main_window import MainWindow

#: The demo's Farsi page of the foreigners' authority: its "naturalisation" link goes to the German page.
FA_PAGE = "musterstadt/fa/اداره-اتباع-خارجی"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on the demo region, with link marks (the store is given to the checks)."""
    store = ensure_demo(tmp_path, fill_demo)
    config = Config.load(tmp_path)
    runner = TaskRunner()
    runner.set_inline(True)
    main = MainWindow(store, config, check_services(config, runner, store))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.source_pane.page_id is not None, timeout=5000)
    yield main
    store.close()


def _open_farsi(window: MainWindow, qtbot: QtBot) -> int:
    page = find_page_by_path(window.store, FA_PAGE).page_id
    box = window.target_pane.language_box
    box.setCurrentIndex(box.findText("(fa)", Qt.MatchFlag.MatchContains))
    window.open_page(page)
    qtbot.waitUntil(lambda: window.target_pane.page_id == page)
    return page


def _marked_text(window: MainWindow) -> list[tuple[str, str]]:
    """(text, underline colour) of each link mark in the target pane."""
    found = []
    for selection in layer(window.target_pane.editor, "links"):
        assert selection.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        found.append((selection.cursor.selectedText(), selection.format.underlineColor().name()))
    return found


def test_link_marks_underline_other_language_link_and_list_it(window: MainWindow, qtbot: QtBot) -> None:
    """The Farsi page's link to the German "Einbürgerung" page is underlined at its text, with a tooltip
    that says so, and listed in the pane's Links panel; clicking the entry selects the link."""
    _open_farsi(window, qtbot)
    links = window.checks[1].links
    assert links is not None
    qtbot.waitUntil(lambda: bool(links.marked), timeout=5000)
    marked = _marked_text(window)
    assert ("تابعیت", BETTER_COLOUR) in marked
    mark = next(m for m in links.marked if "einbuergerung" in m.finding.href)
    assert "einbuergerung" in links.describe(mark.finding)
    assert links.panel.count == len(links.marked)
    row = links.marked.index(mark)
    assert "تابعیت" in links.panel.item_text(row)
    links.panel.sig_link_activated.emit(row)
    cursor = window.target_pane.editor.textCursor()
    assert cursor.selectedText() == "تابعیت"
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (mark.start, mark.end)


def test_link_marks_show_online_results_broken_and_moved(window: MainWindow, qtbot: QtBot) -> None:
    """After an online check stored a 404 and a redirect, the links are marked red and amber, and "Use
    the new address" points the moved link at its new address on the surface (saved like any edit)."""
    page = _open_farsi(window, qtbot)
    current = window.store.translation(page, "fa")
    assert current is not None
    content = current.content.replace(
        "</p>", ' <a href="https://gone.example/x">رفته</a> <a href="https://old.example/a">قدیمی</a></p>', 1
    )
    window.store.save_translation(page, "fa", title=current.title, content=content)
    now = datetime(2026, 12, 1, 12, 0)
    save_link_results(window.store, [
        LinkResult("https://gone.example/x", 404, None, None, now),
        LinkResult("https://old.example/a", 200, "https://new.example/a", None, now),
    ])  # fmt: skip
    window.open_page(page)
    links = window.checks[1].links
    assert links is not None
    qtbot.waitUntil(lambda: any("gone" in m.finding.href for m in links.marked), timeout=5000)
    marked = _marked_text(window)
    assert ("رفته", BROKEN_COLOUR) in marked
    assert ("قدیمی", BETTER_COLOUR) in marked
    gone = next(m for m in links.marked if "gone" in m.finding.href)
    assert "404" in links.describe(gone.finding)
    moved = links.marked.index(next(m for m in links.marked if "old.example" in m.finding.href))
    assert "https://new.example/a" in links.describe(links.marked[moved].finding)
    links.panel.select(moved)
    assert links.panel.use_button.isEnabled()
    links.panel.use_button.click()
    assert window.target_pane.flush()
    saved = window.store.translation(page, "fa")
    assert saved is not None
    assert 'href="https://new.example/a">قدیمی</a>' in saved.content
    assert "https://old.example/a" not in saved.content
    qtbot.waitUntil(lambda: not any("old.example" in m.finding.href for m in links.marked), timeout=5000)


def test_link_marks_follow_the_online_check_of_the_report(window: MainWindow, qtbot: QtBot) -> None:
    """The quality report's online check (a real server on 127.0.0.1) marks the broken and the moved
    link in the open page without reopening it."""
    from tests.sync.link_server import link_server

    page = _open_farsi(window, qtbot)
    with link_server() as server:
        current = window.store.translation(page, "fa")
        assert current is not None
        links_html = (
            f' <a href="{server.url("/missing")}">گمشده</a> <a href="{server.url("/moved")}">منتقل</a></p>'
        )
        window.store.save_translation(
            page, "fa", title=current.title, content=current.content.replace("</p>", links_html, 1)
        )
        window.open_page(page)
        links = window.checks[1].links
        assert links is not None
        qtbot.waitUntil(lambda: bool(links.marked), timeout=5000)
        assert not any("127.0.0.1" in m.finding.href for m in links.marked)
        panel = window.report.show()
        qtbot.waitUntil(lambda: panel.report is not None, timeout=60000)
        panel.check_links_online()
        qtbot.waitUntil(lambda: any("/missing" in m.finding.href for m in links.marked), timeout=30000)
    marked = dict(_marked_text(window))
    assert marked["گمشده"] == BROKEN_COLOUR
    assert marked["منتقل"] == BETTER_COLOUR
    moved = next(m for m in links.marked if m.finding.href.endswith("/moved"))
    assert server.url("/ok") in links.describe(moved.finding)


def test_link_marks_checks_made_after_the_page_is_shown(window: MainWindow, qtbot: QtBot) -> None:
    """Checks built after the first paint (the page already shown) mark the page's links at once."""
    from editor.views.editor.checks import PaneChecks

    _open_farsi(window, qtbot)
    late = PaneChecks(window.target_pane, window.services)
    assert late.links is not None
    links = late.links
    qtbot.waitUntil(lambda: bool(links.marked), timeout=5000)
    assert any("einbuergerung" in m.finding.href for m in links.marked)


def _with_moved_link(window: MainWindow, qtbot: QtBot) -> tuple[int, str, LinkMarks]:
    """The Farsi page with a sound link right before a moved one; the moved one marked. Returns the page,
    its stored HTML and the pane's link marks."""
    page = _open_farsi(window, qtbot)
    current = window.store.translation(page, "fa")
    assert current is not None
    content = current.content.replace(
        "</p>",
        ' <a href="https://other.example/b">دیگری</a> <a href="https://old.example/a">قدیمی</a></p>',
        1,
    )
    window.store.save_translation(page, "fa", title=current.title, content=content)
    save_link_results(
        window.store,
        [LinkResult("https://old.example/a", 200, "https://new.example/a", None, datetime(2026, 12, 1))],
    )
    window.open_page(page)
    links = window.checks[1].links
    assert links is not None
    qtbot.waitUntil(lambda: any("old.example" in m.finding.href for m in links.marked), timeout=5000)
    return page, content, links


def _use_new_address(links: LinkMarks) -> None:
    moved = links.marked.index(next(m for m in links.marked if "old.example" in m.finding.href))
    links.panel.select(moved)
    links.panel.use_button.click()


def test_link_marks_use_new_address_after_typing_changes_that_link(window: MainWindow, qtbot: QtBot) -> None:
    """Text typed before a moved link (not yet saved) does not send "Use the new address" to another link:
    the moved link gets the new address, its neighbour keeps its own."""
    page, _content, links = _with_moved_link(window, qtbot)
    editor = window.target_pane.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    for char in "سلا":  # as many characters as lie between the two links' starts, less the space
        QApplication.sendEvent(
            editor, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )
    _use_new_address(links)
    assert window.target_pane.flush()
    saved = window.store.translation(page, "fa")
    assert saved is not None
    assert (
        '<a href="https://other.example/b">دیگری</a> <a href="https://new.example/a">قدیمی</a>'
        in saved.content
    )
    assert saved.content.startswith('<div><p dir="rtl">سلا')


def test_link_marks_undo_of_use_new_address_marks_the_link_again(window: MainWindow, qtbot: QtBot) -> None:
    """Undoing "Use the new address" brings back the old address, stored as it was, and its mark."""
    page, content, links = _with_moved_link(window, qtbot)
    _use_new_address(links)
    assert not any("old.example" in m.finding.href for m in links.marked)
    window.target_pane.editor.undo()
    assert window.target_pane.flush()
    saved = window.store.translation(page, "fa")
    assert saved is not None
    assert saved.content == content
    qtbot.waitUntil(lambda: any("old.example" in m.finding.href for m in links.marked), timeout=5000)


def test_link_marks_use_new_address_leaves_the_other_link_to_the_same_address(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Two links to the same moved address: "Use the new address" on the second changes only it; the
    first keeps its address and its mark."""
    page = _open_farsi(window, qtbot)
    current = window.store.translation(page, "fa")
    assert current is not None
    old = "https://old.example/a"
    content = current.content.replace(
        "</p>", f' <a href="{old}">یک</a> و <a href="{old}"><strong>دو</strong> سه</a></p>', 1
    )
    window.store.save_translation(page, "fa", title=current.title, content=content)
    save_link_results(
        window.store, [LinkResult(old, 200, "https://new.example/a", None, datetime(2026, 12, 1))]
    )
    window.open_page(page)
    links = window.checks[1].links
    assert links is not None
    qtbot.waitUntil(lambda: sum(m.finding.href == old for m in links.marked) == 2, timeout=5000)
    second = [n for n, mark in enumerate(links.marked) if mark.finding.href == old][1]
    links.panel.select(second)
    links.panel.use_button.click()
    assert [_text for _text, _colour in _marked_text(window) if _text == "یک"] == ["یک"]
    assert window.target_pane.flush()
    saved = window.store.translation(page, "fa")
    assert saved is not None
    assert (
        f'<a href="{old}">یک</a> و <a href="https://new.example/a"><strong>دو</strong> سه</a>'
        in saved.content
    )


def test_link_marks_use_new_address_in_the_source_view_loses_no_html_edit(
    window: MainWindow, qtbot: QtBot
) -> None:
    """With the pane's HTML source view open, "Use the new address" changes the link in the HTML being
    edited there (it is what is saved), together with what was typed in it (not only on the hidden
    surface, where the click changed nothing that is saved)."""
    page, _content, links = _with_moved_link(window, qtbot)
    pane = window.target_pane
    pane.source_button.setChecked(True)
    cursor = pane.source.document().find("</div>", 0)
    while not (found := pane.source.document().find("</div>", cursor)).isNull():
        cursor = found  # the CMS's wrapper ends with the last one
    cursor.setPosition(cursor.selectionStart())
    pane.source.setTextCursor(cursor)
    pane.source.insertPlainText('\n<p dir="rtl">نوشته در منبع</p>')
    _use_new_address(links)
    assert pane.flush()
    saved = window.store.translation(page, "fa")
    assert saved is not None
    assert "نوشته در منبع" in saved.content
    assert '<a href="https://new.example/a">قدیمی</a>' in saved.content
    assert "https://old.example/a" not in saved.content


def test_pane_checks_leave_names_unmarked_as_the_command_line_does(window: MainWindow, qtbot: QtBot) -> None:
    """A capitalised word with no close dictionary spelling (a place) loses its underline once judged in
    the background; a typo keeps it, and the Spelling panel lists only the typo."""
    checks = window.checks[1]
    editor = window.target_pane.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" Haunstetten and Lechhausen; please recieve it.")
    qtbot.waitUntil(lambda: checks.spell_panel.count > 0, timeout=5000)
    words = lambda: [word for _s, _e, word, _n in checks.highlighter.misspellings()]  # noqa: E731
    qtbot.waitUntil(lambda: "Haunstetten" not in words(), timeout=5000)
    assert "recieve" in words()
    assert "Lechhausen" not in words()
    qtbot.waitUntil(lambda: checks.spell_panel.count == len(words()), timeout=5000)


def test_report_use_new_address_keeps_what_was_typed_in_the_pane(window: MainWindow, qtbot: QtBot) -> None:
    """ "Use the new address" in the quality report, while the pane holds text not yet saved for that
    translation: the typed text is saved first, then the link is changed; neither is lost."""
    from editor.views.quality.report_model import PAGE, QualityItemModel

    page, _content, _links = _with_moved_link(window, qtbot)
    editor = window.target_pane.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    for char in "سلا":
        QApplication.sendEvent(
            editor, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )
    panel = window.report.show()
    qtbot.waitUntil(lambda: panel.report is not None, timeout=60000)
    panel.findings_box.setChecked(False)
    rows = [panel.proxy.index(i, PAGE) for i in range(panel.proxy.rowCount())]
    index = next(
        i
        for i in rows
        if (row := panel.proxy.data(i, QualityItemModel.ROW_ROLE)).page_id == page and row.language == "fa"
    )
    panel.table.setCurrentIndex(index)
    found = [panel.links_list.item(i) for i in range(panel.links_list.count())]
    moved = next(item for item in found if "old.example" in item.data(Qt.ItemDataRole.UserRole).href)
    panel.links_list.setCurrentItem(moved)
    panel.use_new_address()
    assert window.target_pane.flush()
    saved = window.store.translation(page, "fa")
    assert saved is not None
    assert saved.content.startswith('<div><p dir="rtl">سلا')
    assert 'href="https://new.example/a">قدیمی</a>' in saved.content
