"""The app as a user starts it: the demo window rendered to a PNG, and bad working copies."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage

from editor.models.demo import ensure_demo
from editor.sync.bundled_client import fill_demo
from editor.views.main_window import MainWindow
from tests.support import unwritable


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor", *args], capture_output=True, text=True, timeout=120
    )


def test_app_demo_screenshot_renders_the_window(tmp_path: Path) -> None:
    """--demo --screenshot creates the demo working copy and writes a full-size PNG."""
    shot = tmp_path / "window.png"
    result = _run("--demo", "--data", str(tmp_path / "data"), "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1480, 900)
    assert (tmp_path / "data" / "regions" / "musterstadt" / "working-copy.sqlite").exists()
    colours = {image.pixel(x, y) for x in range(0, 1480, 37) for y in range(0, 900, 23)}
    assert len(colours) > 20  # a real window, not a blank frame


def test_app_refuses_a_foreign_file_with_a_message(tmp_path: Path) -> None:
    """A working copy that is not one gives a one-line message naming it, exit 2, file untouched."""
    path = tmp_path / "regions" / "fremd" / "working-copy.sqlite"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not sqlite at all" * 50)
    result = _run("--data", str(tmp_path), "--region", "fremd", "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "working-copy.sqlite" in result.stderr
    assert "not a readable working copy" in result.stderr
    assert path.read_bytes() == b"not sqlite at all" * 50
    assert not (tmp_path / "x.png").exists()


def test_app_screenshot_wait_includes_the_checks(tmp_path: Path) -> None:
    """With --screenshot-wait the picture is taken after spelling and readability reported."""
    plain, waited = tmp_path / "plain.png", tmp_path / "waited.png"
    data = str(tmp_path / "data")
    assert _run("--demo", "--data", data, "--screenshot", str(plain)).returncode == 0
    result = _run("--demo", "--data", data, "--screenshot", str(waited), "--screenshot-wait", "10")
    assert result.returncode == 0, result.stderr
    assert QImage(str(plain)) != QImage(str(waited))  # the sidebars are filled in


def test_app_read_only_copy_locks_editing_and_says_so_once(
    open_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    """On a working copy that cannot be written both panes are read-only, sync is off, and one
    status-bar message names the file; closing saves nothing and does not fail."""
    from argparse import Namespace

    from PySide6.QtWidgets import QApplication, QLabel

    from editor import app
    from editor.models.demo import DEMO_SLUG
    from editor.models.store import working_copy_path

    ensure_demo(tmp_path, fill_demo).close()
    path = working_copy_path(tmp_path, DEMO_SLUG)
    with unwritable(path):
        window = open_window()
        assert window.store.read_only
        app._lock_read_only(QApplication.instance(), window, window.store, Namespace(screenshot=None))  # type: ignore[arg-type]
        assert window.source_pane.editor.isReadOnly()
        assert window.target_pane.editor.isReadOnly()
        assert not window.sync.sync_action.isEnabled()
        notes = [
            label.text() for label in window.statusBar().findChildren(QLabel) if "Read-only" in label.text()
        ]
        assert notes == [f"Read-only: {path} cannot be changed; you can read and search."]
        window.close()
        window.store.close()
