"""The window first paints without the desk's sidebars and the checks; they come right after.

The app makes its window with ``defer=True`` and calls ``finish_start`` once the event loop turns
(docs/decisions/0020-start-up.md). Nothing the user does may notice the
difference: every tab, the alignment, the spelling and the readability are there afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from editor.app import Desk, check_services
from editor.cli import parse_args
from editor.config import Config
from editor.models.demo import ensure_demo
from editor.sync.bundled_client import fill_demo
from editor.tasks import TaskRunner
from editor.views.editor.pane import EditorPane
from editor.views.first_paint import after_first_paint
from editor.views.main_window import MainWindow

SOURCE_TABS = ["Readability", "Spelling", "Links", "Changes"]
TARGET_TABS = ["Readability", "Spelling", "Links", "QA", "Suggestions"]
RESIDENCE = 9  # "Aufenthaltstitel verlängern": the English lacks blocks of the German


def _tabs(pane: EditorPane) -> list[str]:
    """The sidebar's tab names, without the counts some of them show ("QA (2)")."""
    return [pane.sidebar.tabText(i).split(" (")[0] for i in range(pane.sidebar.count())]


def _window(qtbot: QtBot, tmp_path: Path, runner: TaskRunner) -> MainWindow:
    store = ensure_demo(tmp_path, fill_demo)
    config = Config.load(tmp_path)
    config.state.set("last_page", RESIDENCE)
    window = MainWindow(store, config, check_services(config, runner, store), defer=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.source_pane.page_id is not None, timeout=5000)
    return window


@pytest.fixture
def deferred(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window made as the app makes it (``defer=True``), shown, its first page loaded."""
    runner = TaskRunner()
    runner.set_inline(True)
    window = _window(qtbot, tmp_path, runner)
    yield window
    window.store.close()


def test_window_deferred_first_paint_has_no_sidebars(deferred: MainWindow) -> None:
    """Before ``finish_start`` the panes show the page but no sidebar, and nothing checks yet."""
    assert deferred.source_pane.editor.toPlainText().strip()
    assert _tabs(deferred.source_pane) == []
    assert _tabs(deferred.target_pane) == []
    assert deferred.checks == []
    assert not deferred.desk.built


def test_window_finish_start_builds_every_part_once(deferred: MainWindow, qtbot: QtBot) -> None:
    """``finish_start`` adds the same tabs in the same order as a window built at once, aligns the page
    already shown, and starts spelling and readability; a second call changes nothing."""
    deferred.finish_start()
    deferred.finish_start()
    assert _tabs(deferred.source_pane) == SOURCE_TABS
    assert _tabs(deferred.target_pane) == TARGET_TABS
    aligned = deferred.desk.aligned
    assert aligned.page_id == RESIDENCE
    assert aligned.pairs
    assert any(pair.target is None for pair in aligned.pairs), "the gaps of the page already shown"
    readability = deferred.checks[0].readability
    qtbot.waitUntil(lambda: readability.result is not None, timeout=5000)
    assert len(deferred.checks) == 2


def test_window_next_block_before_the_sidebars_builds_them(deferred: MainWindow) -> None:
    """F8 pressed before the sidebars exist builds them and goes to the first gap."""
    deferred.desk.next_action.trigger()
    assert deferred.desk.built
    current = deferred.desk.aligned.current
    assert current is not None
    assert deferred.desk.aligned.needs_work(current)


def test_window_next_block_before_the_sidebars_with_background_work(qtbot: QtBot, tmp_path: Path) -> None:
    """With the alignment off the GUI thread (as in the app), F8 before the build still finds the gap:
    the action aligns on the spot."""
    runner = TaskRunner()
    window = _window(qtbot, tmp_path, runner)
    try:
        assert window.desk.next_action.isEnabled()
        window.desk.next_action.trigger()
        current = window.desk.aligned.current
        assert current is not None
        assert window.desk.aligned.needs_work(current)
    finally:
        window.close()
        runner.shutdown()
        window.store.close()


def test_window_reload_tree_before_the_sidebars_is_harmless(deferred: MainWindow) -> None:
    """A pull or import may reload the tree before the sidebars exist (the memory is not built yet)."""
    deferred.reload_tree()
    assert not deferred.desk.built
    assert deferred.tree_model.page_count() > 0


def test_app_window_has_every_part_after_the_event_loop_turns(qtbot: QtBot, tmp_path: Path) -> None:
    """The app's window (demo region, no screenshot) has its sidebars and checks once the event loop
    has turned, without anything being done."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desk = Desk(app, parse_args(["--data", str(tmp_path), "--demo"]), Config.load(tmp_path))
    try:
        assert desk.start() is None
        assert desk.session is not None
        window = desk.session.window
        qtbot.waitUntil(lambda: window.desk.built and len(window.checks) == 2, timeout=5000)
        assert _tabs(window.source_pane) == SOURCE_TABS
        assert _tabs(window.target_pane) == TARGET_TABS
        qtbot.waitUntil(lambda: bool(window.desk.aligned.pairs), timeout=5000)
    finally:
        desk.shutdown()


def test_after_first_paint_waits_for_a_paint(qtbot: QtBot) -> None:
    """The call comes after the widget's first paint, not merely when the event loop turns; once."""
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[bool] = []
    after_first_paint(widget, lambda: calls.append(True), at_latest_ms=60_000)
    for _ in range(5):
        QApplication.processEvents()
    assert calls == []  # never shown, never painted
    widget.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)
    widget.update()
    qtbot.wait(50)
    assert calls == [True]


def test_after_first_paint_at_the_latest_without_a_paint(qtbot: QtBot) -> None:
    """A widget that is never painted (a minimised window) still gets the call, after the time given."""
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[bool] = []
    after_first_paint(widget, lambda: calls.append(True), at_latest_ms=50)
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)
