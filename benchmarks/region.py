"""Large-region phases, each in its own process so peak memory is per phase.

``python -m benchmarks.region import SOURCE DATA`` and ``python -m benchmarks.region open DATA`` print
one JSON object with their figures.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    """User + system time of this process and of its children that ended (worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def do_import(source: Path, data: Path) -> dict[str, float]:
    """Read the API JSON and build the working copy (the first pull, through the bundled-JSON client)."""
    from editor.models.store import open_store
    from editor.sync.bundled_client import BundledCmsClient
    from editor.sync.service import SyncService

    start, cpu = time.perf_counter(), _cpu_seconds()
    client = BundledCmsClient(source)
    slug = json.loads((source / "region.json").read_text(encoding="utf-8"))["path"]
    store = open_store(data, slug, create=True)
    report = SyncService(store, client, slug, "bench", lambda _u: "x").pull()
    count = sum(report.pulled.values())
    store.close()
    seconds, cpu_seconds = time.perf_counter() - start, _cpu_seconds() - cpu
    return {
        "translations": count, "per_second": count / seconds, "per_cpu_second": count / cpu_seconds,
        "peak_mb": _peak_mb(),
    }  # fmt: skip


def do_open(data: Path) -> dict[str, float]:
    """Open the window on the large region, open pages side by side, search."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from editor.app import check_services
    from editor.config import Config
    from editor.models.store import open_store
    from editor.tasks import TaskRunner
    from editor.views.main_window import MainWindow

    class FirstPaint(QObject):
        """Notes when the tree is painted for the first time."""

        at: float | None = None

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.at is None:
                self.at = time.perf_counter()
            return False

    app = QApplication.instance() or QApplication([])
    config = Config.load(data)
    runner = TaskRunner()
    painted = FirstPaint()
    start = time.perf_counter()
    store = open_store(data, "grossstadt")
    window = MainWindow(store, config, check_services(config, runner), defer=True)
    window.tree.viewport().installEventFilter(painted)
    window.show()
    while painted.at is None:
        app.processEvents()
    tree_ms = (painted.at - start) * 1000
    window.finish_start()  # as the app does after the first paint
    while window.source_pane.page_id is None:  # the first page fills in right after
        app.processEvents()
    pages = [row.id for row in store.page_tree()][100:120]
    times = []
    for page in pages:
        start = time.perf_counter()
        window.open_page(page)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    searches = []
    for query in ("Anerkennung Bescheid", "Kita", "Öffnungs", "Seite 1999"):
        start = time.perf_counter()
        store.search(query)
        searches.append((time.perf_counter() - start) * 1000)
    while runner.busy:
        app.processEvents()
        time.sleep(0.01)
    window.close()
    runner.shutdown()
    store.close()
    return {
        "tree_ms": tree_ms,
        "page_ms": sorted(times)[len(times) // 2],
        "search_ms": max(searches),
        "peak_mb": _peak_mb(),
    }


if __name__ == "__main__":
    if sys.argv[1] == "import":
        print(json.dumps(do_import(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        print(json.dumps(do_open(Path(sys.argv[2]))))
