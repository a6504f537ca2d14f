"""Benchmarks for the translator's desk in the window (issue 14; targets, not unit tests).

Run standalone: ``.venv/bin/python benchmarks/bench_desk.py``. ``run()`` returns rows of
``(measure, value, unit, target)``: aligning a 5,000-word German | Arabic page pair in two panes (split,
align, locate every block in both documents, draw gaps; UI thread), and one step of scrolling together.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def run() -> list[tuple[str, float, str, str]]:
    """Align a page pair in two panes, then scroll the source step by step."""
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_surface import _AR, _DE, page
    from editor.models.enums import Direction, Status
    from editor.models.records import LanguageInfo, TranslationData
    from editor.views.editor.pane import EditorPane
    from editor.views.translate.desk import AlignedDesk

    app = QApplication.instance() or QApplication([])
    german, arabic = page(5_000, _DE, False), page(4_600, _AR, True, seed=7)
    panes = []
    for code, rtl, html in (("de", False, german), ("ar", True, arabic)):
        pane = EditorPane(lambda *_args: None, 60_000)
        language = LanguageInfo(
            code, code, code, Direction.RTL if rtl else Direction.LTR, None if code == "de" else "de"
        )
        pane.set_languages([language], code)
        data = TranslationData(
            1, 1, code, "T", "t", html, Status.PUBLIC, False, None, None, None, None, None, None
        )
        pane.resize(700, 800)
        pane.show()
        pane.load(1, data, "")
        panes.append(pane)
    desk = AlignedDesk(panes[0], panes[1])
    app.processEvents()
    aligns = []
    for _ in range(5):
        begin = time.perf_counter()
        desk.realign()
        aligns.append((time.perf_counter() - begin) * 1000)
    bar = panes[0].editor.verticalScrollBar()
    steps = []
    for value in range(0, bar.maximum(), max(bar.maximum() // 200, 1)):
        begin = time.perf_counter()
        bar.setValue(value)
        app.processEvents()
        steps.append((time.perf_counter() - begin) * 1000)
    return [
        ("desk: align a 5,000-word German | Arabic pair in two panes (UI thread, median of 5)",
         statistics.median(aligns), "ms", "< 100"),
        ("desk: one scroll step of the source, the target following and painting (p95)",
         statistics.quantiles(steps, n=20)[18], "ms", "< 16"),
    ]  # fmt: skip


if __name__ == "__main__":
    for name, value, unit, target in run():
        print(f"{name:80s} {value:>9.1f} {unit:3s} target {target}")
