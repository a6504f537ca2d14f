"""Benchmarks for the translator's desk in the window (issue 14; targets, not unit tests).

Run standalone: ``.venv/bin/python benchmarks/bench_desk.py``. ``run()`` returns rows of
``(measure, value, unit, target)`` for a 5,000-word German | Arabic page pair in two real panes:

- a whole realignment done at once on the GUI thread (read both surfaces, split, align, locate every
  block in both documents, draw gaps), as the desk did before decision 0026;
- its parts as the desk now runs them: on the GUI thread, reading the panes (both after a load; only
  the edited one after typing) and applying a result (look the blocks up, draw gaps, highlight, the
  stale check included); on the check pool, the pure part (split, align, block matching);
- one step of scrolling together.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _median(runs: int, action: Callable[[], object]) -> float:
    samples = []
    for _ in range(runs):
        begin = time.process_time()
        action()
        samples.append((time.process_time() - begin) * 1000)
    return statistics.median(samples)


def run() -> list[tuple[str, float, str, str]]:
    """Align a page pair in two panes, then scroll the source step by step."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_surface import _AR, _DE, page
    from editor.models.enums import Direction, Status
    from editor.models.records import LanguageInfo, TranslationData
    from editor.text.realign import Realigned, clear_caches, realign
    from editor.views.editor.pane import EditorPane
    from editor.views.translate.desk import AlignedDesk
    from editor.views.translate.realigner import Snapshot

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
    desk = AlignedDesk(panes[0], panes[1])  # no runner: everything at once, on this thread
    realigner = desk.realigner
    app.processEvents()

    def forget() -> None:
        clear_caches()
        realigner._read = [(None, -1, str), (None, -1, str)]  # the first read after a load

    whole = _median(5, lambda: (forget(), desk.realign()))
    first_read = _median(5, lambda: (forget(), realigner.snapshot()))
    target = panes[1].editor
    reads: list[float] = []

    def type_and_read() -> Snapshot:
        cursor = QTextCursor(target.document().findBlockByNumber(3))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertText(" ن")
        begin = time.process_time()
        snapshot = realigner.snapshot()
        reads.append((time.process_time() - begin) * 1000)
        assert snapshot is not None
        return snapshot

    snapshots = [type_and_read() for _ in range(5)]
    last = snapshots[-1]
    source_html = last.html[0]()

    def pure(snapshot: Snapshot) -> Realigned:
        clear_caches()  # after typing in the target the source's blocks and their places are remembered:
        realign(source_html, source_html, None, (snapshot.texts[0], snapshot.texts[0]))
        begin = time.process_time()
        found = realign(source_html, snapshot.html[1](), None, snapshot.texts)
        pures.append((time.process_time() - begin) * 1000)
        return found

    pures: list[float] = []
    results = [pure(snapshot) for snapshot in snapshots]
    realigner.generation = last.generation

    def apply() -> None:
        realigner._job = last
        realigner._on_finished(last, results[-1])

    applied = _median(5, apply)
    assert realigner.dropped == 0
    assert desk.pairs == results[-1].pairs
    bar = panes[0].editor.verticalScrollBar()
    steps = []
    for value in range(0, bar.maximum(), max(bar.maximum() // 200, 1)):
        begin = time.process_time()
        bar.setValue(value)
        app.processEvents()
        steps.append((time.process_time() - begin) * 1000)
    read = statistics.median(reads)
    return [
        ("desk: realign a 5,000-word German | Arabic pair at once on one thread (before 0026; median of 5)",
         whole, "ms", "info"),
        ("desk, GUI thread: read both panes after a load (HTML and block texts)", first_read, "ms", "info"),
        ("desk, GUI thread: read the panes after typing in the target (the source's HTML kept)", read, "ms",
         "< 16"),
        ("desk, check pool: write the target's HTML, split, align, match blocks after typing",
         statistics.median(pures), "ms", "< 50"),
        ("desk, GUI thread: apply a result (stale check, locate blocks, gaps, highlight)", applied, "ms",
         "< 16"),
        ("desk, GUI thread per realignment after typing: read + apply", read + applied, "ms", "< 16"),
        ("desk: one scroll step of the source, the target following and painting (p95)",
         statistics.quantiles(steps, n=20)[18], "ms", "< 16"),
    ]  # fmt: skip


if __name__ == "__main__":
    for name, value, unit, target in run():
        print(f"{name:95s} {value:>9.1f} {unit:3s} target {target}")
