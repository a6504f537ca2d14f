"""Run every benchmark and print a Markdown table: ``.venv/bin/python -m benchmarks [--quick]``.

Figures go into docs/benchmarks.md by hand; nothing here is a test.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Row = tuple[str, float, str, str]

BARE_WINDOW = (
    "import sys, time; t=time.perf_counter();"
    "from PySide6.QtWidgets import QApplication, QMainWindow; from PySide6.QtCore import QTimer;"
    "a=QApplication(sys.argv); w=QMainWindow(); w.resize(1480, 900); w.show();"
    "QTimer.singleShot(0, lambda: (w.grab().save(sys.argv[1]), a.quit())); a.exec()"
)


def _wall(cmd: list[str], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def _wall_each(cmd: Callable[[], list[str]], runs: int = 3) -> float:
    """Like :func:`_wall`, with a new command line for every run."""
    best = float("inf")
    for _ in range(runs):
        line = cmd()
        start = time.perf_counter()
        subprocess.run(line, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def bench_start(tmp: Path) -> list[Row]:
    """Cold start to a rendered first window on the demo region, against a bare PySide6 window."""
    exe = [sys.executable, "-m", "editor", "--demo", "--data", str(tmp / "start")]
    subprocess.run([*exe, "--screenshot", str(tmp / "warm.png")], check=True, capture_output=True)
    app_ms = _wall([*exe, "--screenshot", str(tmp / "app.png")])
    folders = (tmp / f"new{n}" for n in range(1000))  # a new data folder each run: the demo is made first
    new_ms = _wall_each(lambda: [*exe[:-1], str(next(folders)), "--screenshot", str(tmp / "new.png")])
    bare_ms = _wall([sys.executable, "-c", BARE_WINDOW, str(tmp / "bare.png")])
    return [
        ("first window, demo region (process start to rendered PNG)", app_ms, "ms", "< 1000"),
        ("the same with a new data folder", new_ms, "ms", "< 1000"),
        ("bare PySide6 window, same way", bare_ms, "ms", "(reference)"),
        ("ratio app / bare", app_ms / bare_ms, "x", "<= 3"),
        ("ratio app / bare, new data folder", new_ms / bare_ms, "x", "<= 3"),
    ]


def _phase(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.region", *args], check=True, capture_output=True, text=True
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def bench_region(tmp: Path, pages: int) -> list[Row]:
    """Import, tree, page open and search on the synthetic large region (each phase its own process)."""
    from benchmarks.synthetic import generate

    source, distinct = tmp / "large", tmp / "distinct"
    generate(source, pages=pages)  # 50 texts in turn, as the large-region figures always used
    count = generate(distinct, pages=pages, distinct=pages * 20)  # every translation its own text
    imported = _phase("import", str(source), str(tmp / "data"))
    unique = _phase("import", str(distinct), str(tmp / "data-distinct"))
    opened = _phase("open", str(tmp / "data"))
    n = int(imported["translations"])
    return [
        (f"import {n:,} translations", imported["per_second"], "translations/s", ">= 2000"),
        (
            f"import {n:,} translations, per CPU second",
            imported["per_cpu_second"],
            "translations/s",
            "(info)",
        ),
        (f"import {count:,} distinct texts", unique["per_second"], "translations/s", ">= 2000"),
        (
            f"import {count:,} distinct texts, per CPU second",
            unique["per_cpu_second"],
            "translations/s",
            "(info)",
        ),
        ("peak RSS while importing", imported["peak_mb"], "MB", "(info)"),
        ("open the large region (tree shown)", opened["tree_ms"], "ms", "< 300"),
        ("open one page side by side (median of 20)", opened["page_ms"], "ms", "< 50"),
        ("search (worst of 4 queries)", opened["search_ms"], "ms", "< 100"),
        ("peak RSS of the app on the large region", opened["peak_mb"], "MB", "< 400"),
    ]


def main() -> int:
    """Run and print."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--pages", type=int, default=2000, help="pages of the synthetic region")
    args = parser.parse_args()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        rows += bench_start(tmp)
        rows += bench_region(tmp, args.pages)
    names = ("bench_spelling", "bench_readability", "bench_surface", "bench_translation", "bench_quality")
    for name in (*names, "bench_desk", "bench_sync"):
        module = importlib.import_module(f"benchmarks.{name}")
        try:
            rows += module.run()
        except RuntimeError as exc:  # bench_sync without a running CMS peer
            print(f"skipped {name}: {exc}", file=sys.stderr)
    print(f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print()
    print("| measure | value | unit | target |")
    print("|---|---:|---|---|")
    for name, value, unit, target in rows:
        print(f"| {name} | {value:,.1f} | {unit} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
