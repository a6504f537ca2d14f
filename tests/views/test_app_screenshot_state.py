"""A ``--screenshot`` run renders the window without touching the size of the user's window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor.config import Config


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor", *args], capture_output=True, text=True, timeout=120
    )


def test_app_screenshot_keeps_the_users_window_size(tmp_path: Path) -> None:
    """A rendering at another size (offscreen) leaves the saved window size and splitters as they were."""
    data = tmp_path / "data"
    assert _run("--demo", "--data", str(data), "--screenshot", str(tmp_path / "a.png")).returncode == 0
    config = Config.load(data)
    config.state.set("geometry", "AdnQywADAAAAAAAAAAAAAAAABVgAAAMY")  # the user's own window
    config.state.set("splitter", "AAAA/wAAAAEAAAACAAABSgAAA+gB/////wEAAAABAA==")
    result = _run(
        "--demo", "--data", str(data), "--geometry", "900x700", "--screenshot", str(tmp_path / "b.png")
    )
    assert result.returncode == 0, result.stderr
    after = Config.load(data).state
    assert after.get("geometry") == "AdnQywADAAAAAAAAAAAAAAAABVgAAAMY"
    assert after.get("splitter") == "AAAA/wAAAAEAAAACAAABSgAAA+gB/////wEAAAABAA=="
