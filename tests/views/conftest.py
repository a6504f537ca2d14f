"""Window fixtures: a demo working copy in tmp_path and the main window on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.app import check_services
from editor.config import Config
from editor.models.demo import ensure_demo
from editor.sync.bundled_client import fill_demo
from editor.tasks import TaskRunner
from editor.views.main_window import MainWindow


@pytest.fixture
def open_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:
    """Open (and re-open) the main window on the demo region in ``tmp_path``."""
    opened: list[MainWindow] = []

    def factory() -> MainWindow:
        store = ensure_demo(tmp_path, fill_demo)
        config = Config.load(tmp_path)
        runner = TaskRunner()
        runner.set_inline(True)
        window = MainWindow(store, config, check_services(config, runner))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.source_pane.page_id is not None, timeout=5000)
        opened.append(window)
        return window

    yield factory
    for window in opened:
        window.store.close()
