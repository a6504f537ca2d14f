"""Window fixtures: a demo working copy in tmp_path and the main window on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.config import Config
from editor.models.demo import ensure_demo
from editor.views.main_window import MainWindow


@pytest.fixture
def open_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:
    """Open (and re-open) the main window on the demo region in ``tmp_path``."""
    opened: list[MainWindow] = []

    def factory() -> MainWindow:
        store = ensure_demo(tmp_path)
        window = MainWindow(store, Config.load(tmp_path))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield factory
    for window in opened:
        window.store.close()
