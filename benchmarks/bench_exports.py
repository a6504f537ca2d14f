"""How long the GUI thread is blocked while the glossary or the XLIFF is exported from the window.

Run standalone: ``.venv/bin/python -m benchmarks.bench_exports [--terms 120000] [--rounds 3]``. A window on
the demo region (task runner threaded, as in the app) exports a generated glossary of ``terms`` terms as
TBX and as CSV, and the XLIFF of every demo page, through its actions; the longest gap between two ticks
of a 2 ms ``QTimer`` on the GUI thread is the time it was blocked. Reported per export: that gap, the
wall time until the result message and the process CPU time (every thread) meanwhile. Message boxes are
replaced by recorders. On code before ADR 0042 (synchronous exports) the same script measures the old
way: the export returns after writing, the XLIFF export is then ``export_xliff`` called on the GUI
thread as the old action did. Figures go into docs/benchmarks.md by hand; nothing here is a test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_imports import _measure, glossary_csv, table_rows


def run(terms: int = 120_000, rounds: int = 3) -> list[tuple[str, float, str, str]]:
    """Rows of (measure, value, unit, target): best of ``rounds`` for each export."""
    from PySide6.QtWidgets import QApplication

    from editor.app import check_services
    from editor.config import Config
    from editor.models.demo import ensure_demo
    from editor.models.glossary_store import import_glossary_file, load_glossary
    from editor.sync.bundled_client import fill_demo
    from editor.tasks import TaskRunner
    from editor.views import prompts
    from editor.views.main_window import MainWindow
    from editor.views.translate import xliff_ui

    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 (kept alive)
    shown: list[tuple[str, str]] = []
    prompts.inform = lambda _p, title, text: shown.append((title, text))  # type: ignore[assignment]
    prompts.error = lambda _p, title, text: shown.append((title, text))  # type: ignore[assignment]
    results: dict[str, list[tuple[float, float, float]]] = {"tbx": [], "csv": [], "xliff": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = ensure_demo(folder / "data", fill_demo)
        import_glossary_file(store, glossary_csv(folder / "terms.csv", terms))
        load_glossary(store).terms  # noqa: B018 - read once, as the desk has when the user exports
        config = Config.load(folder / "data")
        runner = TaskRunner()
        window = MainWindow(store, config, check_services(config, runner))
        window.show()
        glossary, xliff = window.desk.glossary, window.desk.xliff

        def idle() -> bool:
            return bool(shown) and not runner.busy

        def export_xliff(out: Path) -> None:
            if hasattr(xliff, "export_to"):  # since ADR 0042
                xliff.export_to("en", None, out)
                return
            target, count = xliff_ui.export_xliff(store, "en", None, out)  # the old action's call
            shown.append(("XLIFF exported", f"{count} {target}"))

        for number in range(rounds):
            out = folder / f"out-{number}"
            out.mkdir()
            for kind in ("tbx", "csv"):
                shown.clear()
                path = out / f"glossary.{kind}"
                results[kind].append(_measure(lambda path=path: glossary.export_file(path), idle))
                assert "exported" in shown[0][0], shown
            shown.clear()
            results["xliff"].append(_measure(lambda out=out: export_xliff(out), idle))
            assert "exported" in shown[0][0], shown
        window.close()
        runner.shutdown()
        store.close()
    labels = {
        "tbx": f"glossary as TBX, {terms:,} terms",
        "csv": f"glossary as CSV, {terms:,} terms",
        "xliff": "XLIFF zip, every demo page",
    }
    return table_rows(results, labels)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--terms", type=int, default=120_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"load: {os.getloadavg()}")
    for measure, value, unit, target in run(args.terms, args.rounds):
        print(f"| {measure} | {value:,.0f} {unit} | {target} |")


if __name__ == "__main__":
    main()
