"""What the first window loads: the modules only a later action needs stay out of the start-up (the
start is measured against a bare PySide6 window, docs/benchmarks.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: Loaded on first use: exports, link checks, diffs and alignments, the report.
LATER = (
    "editor.models.xliff_exchange",
    "editor.text.xliff",
    "xml.dom.minidom",
    "editor.text.links",
    "editor.text.diff",
    "editor.text.alignment",
    "editor.reports.quality",
    "editor.reports.metrics",
)

_PROBE = """
import os, sys, runpy
def report(code):
    print("\\n".join(sorted(sys.modules)), flush=True)
    os.__dict__["_real_exit"](code)
os._real_exit, os._exit = os._exit, report
sys.argv = ["integreat-desk", "--demo", "--data", sys.argv[1], "--screenshot", sys.argv[2]]
runpy.run_module("editor", run_name="__main__")
"""


def test_first_window_leaves_later_modules_unloaded(tmp_path: Path) -> None:
    """The demo's first window is drawn without the modules of actions the user has not taken yet."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path / "data"), str(tmp_path / "window.png")],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    loaded = set(done.stdout.split())
    assert "editor.views.main_window" in loaded  # the window was built
    assert (tmp_path / "window.png").stat().st_size > 0
    assert sorted(set(LATER) & loaded) == []
