"""Tab goes through the window in reading order: the left column (search, filter, page tree), then the
left pane (its controls, the editor, its sidebar), then the right pane the same way, and round again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from editor.app import check_services
from editor.config import Config
from editor.models.demo import ensure_demo
from editor.sync.bundled_client import fill_demo
from editor.tasks import TaskRunner
from editor.views.main_window import MainWindow


@pytest.fixture
def started(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The demo window made as the app makes it: shown first, the sidebars built after the paint."""
    store = ensure_demo(tmp_path, fill_demo)
    config = Config.load(tmp_path)
    runner = TaskRunner()
    runner.set_inline(True)
    window = MainWindow(store, config, check_services(config, runner), defer=True)
    qtbot.addWidget(window)
    window.resize(1366, 690)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.source_pane.page_id is not None, timeout=5000)
    window.finish_start()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=5000)
    yield window
    store.close()


def _part(window: MainWindow, widget: QWidget) -> str:
    """Which part of the window ``widget`` is in: left column, left pane (editor or sidebar), right."""
    for name, pane in (("left", window.source_pane), ("right", window.target_pane)):
        if pane.isAncestorOf(widget):
            sidebar = pane.sidebar.isAncestorOf(widget) or widget is pane.sidebar
            return f"{name} sidebar" if sidebar else f"{name} pane"
    left_column = (window.search, window.tree_filter, window.tree)
    if any(part is widget or part.isAncestorOf(widget) for part in left_column):
        return "tree"
    return "other"


def _walk(window: MainWindow, qtbot: QtBot, forward: bool = True) -> list[QWidget]:
    """The widgets Tab (Shift+Tab) gives the focus to, from the search field once round the window."""
    window.search.field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.field, timeout=3000)
    visited: list[QWidget] = []
    for _ in range(200):
        if forward:
            window.focusNextChild()
        else:
            window.focusPreviousChild()
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget is window.search.field:
            return visited
        visited.append(widget)
    raise AssertionError("Tab never came back to the search field")


def _runs(parts: list[str]) -> list[str]:
    """``parts`` with repeats collapsed: the order in which Tab visits the parts."""
    return [part for i, part in enumerate(parts) if i == 0 or parts[i - 1] != part]


@pytest.mark.parametrize("right", ["en", "ar"])
def test_tab_goes_through_the_window_in_reading_order(started: MainWindow, qtbot: QtBot, right: str) -> None:
    """With English or Arabic on the right, Tab goes tree → left pane → its sidebar → right pane → its
    sidebar, each part once, and back to the search field; Shift+Tab the same way backwards."""
    window = started
    assert window.target_pane.set_languages(window.languages, right)
    order = ["tree", "left pane", "left sidebar", "right pane", "right sidebar"]
    forward = _walk(window, qtbot)
    assert _runs(["tree", *[_part(window, widget) for widget in forward]]) == order
    assert window.source_pane.editor in forward
    assert forward.index(window.source_pane.editor) < forward.index(window.target_pane.editor)
    # the first stop in each pane is its language box, the last before the sidebar its editor
    panes = [w for w in forward if _part(window, w) == "left pane"]
    assert (panes[0], panes[-1]) == (window.source_pane.language_box, window.source_pane.editor)
    backward = _walk(window, qtbot, forward=False)
    assert backward == list(reversed(forward))


def test_tab_key_from_the_tree_goes_to_the_left_pane(started: MainWindow, qtbot: QtBot) -> None:
    """A real Tab key press in the page tree puts the focus on the left pane's language box, and one on
    the left pane's sidebar tabs goes into that sidebar (not to the right pane)."""
    window = started
    window.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tree, timeout=3000)
    qtbot.keyClick(window.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.source_pane.language_box
    tabs = window.source_pane.sidebar.tabBar()
    tabs.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tabs, timeout=3000)
    qtbot.keyClick(tabs, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert _part(window, focused) == "left sidebar"


def test_tab_goes_round_with_the_quality_report_open(started: MainWindow, qtbot: QtBot) -> None:
    """With the report open beside the texts (its tab bar showing), Tab in the texts still goes round
    in reading order, the tab bar one stop of its own; in the report it stays in the report."""

    window = started
    panel = window.report.show()
    window.show_texts()
    forward = _walk(window, qtbot)
    parts = [_part(window, widget) for widget in forward]
    assert window.views.tabBar() in forward
    assert _runs(["tree", *[part for part in parts if part != "other"]]) == [
        "tree", "left pane", "left sidebar", "right pane", "right sidebar"
    ]  # fmt: skip
    window.views.setCurrentWidget(panel)
    panel.filter_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.filter_edit, timeout=3000)
    for _ in range(30):
        window.focusNextChild()
        widget = QApplication.focusWidget()
        assert widget is not None
        assert widget is window.views.tabBar() or panel.isAncestorOf(widget)
