"""The page tree's columns: a readable title column, compact language columns, many languages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pytestqt.qtbot import QtBot

from editor.views.main_window import MainWindow
from editor.views.tree.columns import STATE_WIDTH, TITLE_MIN

OpenWindow = Callable[[], MainWindow]


def _at_1366(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    window.splitter.setSizes([0, 10_000])  # the user drags the left side as narrow as it goes
    qtbot.wait(10)


def test_tree_columns_title_keeps_its_minimum_width(open_window: OpenWindow, qtbot: QtBot) -> None:
    """At 1366×768 the title column stays at least TITLE_MIN wide and state columns are compact."""
    window = open_window()
    _at_1366(window, qtbot)
    header = window.tree.header()
    assert header.sectionSize(0) >= TITLE_MIN
    width = window.tree_columns.state_width()
    assert STATE_WIDTH <= width <= 2 * STATE_WIDTH  # compact, and a changed cell's "●✎" fits
    assert all(header.sectionSize(column) == width for column in range(1, 6))
    assert window.splitter.sizes()[0] >= TITLE_MIN + 5 * width


def test_tree_columns_many_languages_show_pane_languages(open_window: OpenWindow, qtbot: QtBot) -> None:
    """With 20 languages only the panes' two columns show and the title keeps its width; the
    toggle shows all of them again."""
    window = open_window()
    base = window.languages[2]
    extra = [replace(base, code=f"x{n}", native_name=f"Lang {n}") for n in range(15)]
    window.languages = window.languages + extra
    window.reload_tree()
    _at_1366(window, qtbot)
    header = window.tree.header()
    shown = [c for c in range(1, 21) if not window.tree.isColumnHidden(c)]
    assert [window.tree_model.headerData(c, header.orientation(), 0) for c in shown] == ["de", "en"]
    assert header.sectionSize(0) >= TITLE_MIN
    window.tree_columns.set_show_all(True)
    assert all(not window.tree.isColumnHidden(c) for c in range(1, 21))
    qtbot.wait(10)
    assert header.sectionSize(0) >= TITLE_MIN
