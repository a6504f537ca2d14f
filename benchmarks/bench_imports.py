"""How long the GUI thread is blocked while a glossary or an XLIFF file is imported from the window.

Run standalone: ``.venv/bin/python -m benchmarks.bench_imports [--terms 120000] [--rounds 3]``. A window on
the demo region (with the task runner threaded, as in the app, and the translator's desk built on an open
page) imports a generated glossary CSV and the XLIFF of every page through its actions; a 2 ms ``QTimer``
records when the GUI thread processes events. Reported per import: the longest gap between two ticks
(the GUI thread blocked: no repaint, no input), the wall time until the result message and the process
CPU time (every thread) meanwhile. Message boxes are replaced by recorders; the XLIFF preview is accepted
as soon as it opens. Figures go into docs/benchmarks.md by hand; nothing here is a test.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RESIDENCE = 9  # "Aufenthaltstitel verlängern": a demo page with an English translation


def glossary_csv(path: Path, terms: int, seed: int = 7) -> Path:
    """A German glossary CSV of ``terms`` distinct compound terms with English and Arabic entries."""
    rng = random.Random(seed)
    parts = (
        "Amt Antrag Bescheid Schule Kita Wohn Arbeit Geld Kranken Beratung Stelle Kasse Zentrum Hilfe "
        "Kurs Schein Karte Recht Termin Platz"
    ).split()
    lines = ["de,en,ar,do_not_translate,note"]
    seen: set[str] = set()
    while len(lines) <= terms:
        word = "".join(rng.choice(parts) for _ in range(3)).capitalize() + str(rng.randrange(10_000))
        if word in seen:
            continue
        seen.add(word)
        lines.append(f"{word},{word.lower()} office | {word.lower()} desk,مكتب {len(seen)},,note {len(seen)}")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _measure(start: Callable[[], object], finished: Callable[[], bool]) -> tuple[float, float, float]:
    """(longest GUI-thread gap, wall, CPU) in seconds from ``start()`` until ``finished()``."""
    from PySide6.QtCore import QCoreApplication, QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    for _ in range(20):
        QCoreApplication.processEvents()
        time.sleep(0.002)
    cpu0, wall0 = _cpu(), time.perf_counter()
    ticks.append(wall0)
    start()
    while not finished():
        QCoreApplication.processEvents()
        time.sleep(0.001)
    wall, cpu = time.perf_counter() - wall0, _cpu() - cpu0
    ticks.append(time.perf_counter())
    timer.stop()
    tail = [t for t in ticks if t >= wall0]
    gap = max(b - a for a, b in itertools.pairwise(tail))
    return gap, wall, cpu


def run(terms: int = 120_000, rounds: int = 3, desk: bool = False) -> list[tuple[str, float, str, str]]:
    """Rows of (measure, value, unit, target): best of ``rounds`` for each import. ``desk``: with the
    translator's desk built on an open page, so its term marks and QA follow the new glossary."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QDialog

    from editor.app import check_services
    from editor.config import Config
    from editor.models.demo import ensure_demo
    from editor.models.glossary_store import glossary_path
    from editor.sync.bundled_client import fill_demo
    from editor.tasks import TaskRunner
    from editor.views import prompts
    from editor.views.main_window import MainWindow
    from editor.views.translate import xliff_ui

    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 (kept alive)
    shown: list[tuple[str, str]] = []
    prompts.inform = lambda _p, title, text: shown.append((title, text))  # type: ignore[assignment]
    prompts.error = lambda _p, title, text: shown.append((title, text))  # type: ignore[assignment]
    results: dict[str, list[tuple[float, float, float]]] = {"glossary": [], "again": [], "xliff": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv = glossary_csv(folder / "terms.csv", terms)
        other = glossary_csv(folder / "other.csv", terms, seed=8)
        store = ensure_demo(folder / "data", fill_demo)
        config = Config.load(folder / "data")
        runner = TaskRunner()
        window = MainWindow(store, config, check_services(config, runner), defer=not desk)
        window.show()
        box = window.target_pane.language_box
        box.setCurrentIndex(box.findText("(en)", Qt.MatchFlag.MatchContains))
        window.open_page(RESIDENCE)
        while runner.busy or (
            desk and (window.desk.aligned.pending or window.desk.aligned.page_id != RESIDENCE)
        ):
            QCoreApplication.processEvents()
        export = folder / "out"
        export.mkdir()
        archive, _count = xliff_ui.export_xliff(store, "en", None, export)
        for number in range(rounds):  # each round's file changes every English text again
            edited = folder / f"edited-{number}.zip"
            with zipfile.ZipFile(archive) as old, zipfile.ZipFile(edited, "w") as new:
                for info in old.infolist():
                    text = old.read(info).decode("utf-8")
                    new.writestr(info, text.replace("</target>", f" (neu {number})</target>"))
            glossary_path(store).unlink(missing_ok=True)
            shown.clear()

            def idle() -> bool:
                return bool(shown) and not runner.busy

            results["glossary"].append(_measure(lambda: window.desk.glossary.import_file(csv), idle))
            assert "Glossar" in shown[0][0] or "lossary" in shown[0][0], shown
            shown.clear()
            results["again"].append(_measure(lambda: window.desk.glossary.import_file(other), idle))
            shown.clear()
            xliff = window.desk.xliff
            marker = f"(neu {number})"

            def start(edited: Path = edited, xliff: Any = xliff) -> None:
                opened = xliff.import_file(edited)  # before ADR 0039: the preview, at once
                if isinstance(opened, QDialog):
                    opened.accept()

            def applied(marker: str = marker, xliff: Any = xliff) -> bool:
                preview = getattr(xliff, "preview", None)  # since ADR 0039: there once the file was read
                if preview is not None and preview.isVisible():
                    preview.accept()
                english = window.store.translation(RESIDENCE, "en")
                return english is not None and marker in english.content and not runner.busy

            results["xliff"].append(_measure(start, applied))
        window.close()
        runner.shutdown()
        store.close()
    labels = {
        "glossary": f"glossary CSV, {terms:,} terms, into an empty glossary",
        "again": f"glossary CSV, {terms:,} other terms, into the {terms:,}",
        "xliff": "XLIFF zip, every demo page",
    }
    return table_rows(results, labels)


def table_rows(
    results: dict[str, list[tuple[float, float, float]]], labels: dict[str, str]
) -> list[tuple[str, float, str, str]]:
    """The rows of each measured action (best of its rounds): the GUI thread's longest gap, the wall time
    until the result and the CPU time of every thread, in milliseconds."""
    rows = []
    for name, label in labels.items():
        gap, wall, cpu = (min(v[i] for v in results[name]) for i in range(3))
        rows += [
            (f"{label}: GUI thread blocked (longest gap)", gap * 1000, "ms", "< 100 ms"),
            (f"{label}: until the result (wall)", wall * 1000, "ms", "–"),
            (f"{label}: CPU, all threads", cpu * 1000, "ms", "–"),
        ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--terms", type=int, default=120_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--desk", action="store_true", help="with the desk built on an open page")
    args = parser.parse_args()
    print(f"load: {os.getloadavg()}")
    for measure, value, unit, target in run(args.terms, args.rounds, args.desk):
        print(f"| {measure} | {value:,.0f} {unit} | {target} |")


if __name__ == "__main__":
    main()
