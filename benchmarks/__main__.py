"""Run every benchmark and print a Markdown table: ``.venv/bin/python -m benchmarks [--quick]``.

Figures go into docs/benchmarks.md by hand; nothing here is a test.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Row = tuple[str, float, str, str]

BARE_WINDOW = (
    "import sys, time; t=time.perf_counter();"
    "from PySide6.QtWidgets import QApplication, QMainWindow; from PySide6.QtCore import QTimer;"
    "a=QApplication(sys.argv); w=QMainWindow(); w.resize(1480, 900); w.show();"
    "QTimer.singleShot(0, lambda: (w.grab().save(sys.argv[1]), a.quit())); a.exec()"
)


def _seconds(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def bench_start(tmp: Path, rounds: int = 7) -> list[Row]:
    """Cold start to a rendered first window on the demo region (and with a new data folder), against a
    bare PySide6 window: interleaved rounds, medians (a burst of other work then skews one round, not
    one kind of start)."""
    exe = [sys.executable, "-m", "editor", "--demo", "--data"]
    _seconds([*exe, str(tmp / "start"), "--screenshot", str(tmp / "warm.png")])  # the demo made once
    times: dict[str, list[float]] = {"app": [], "new": [], "bare": []}
    for n in range(rounds):
        times["bare"].append(_seconds([sys.executable, "-c", BARE_WINDOW, str(tmp / "bare.png")]))
        times["app"].append(_seconds([*exe, str(tmp / "start"), "--screenshot", str(tmp / "app.png")]))
        times["new"].append(_seconds([*exe, str(tmp / f"new{n}"), "--screenshot", str(tmp / "new.png")]))
    app, new, bare = (statistics.median(times[k]) * 1000 for k in ("app", "new", "bare"))
    ratio = statistics.median(a / b for a, b in zip(times["app"], times["bare"], strict=True))
    new_ratio = statistics.median(a / b for a, b in zip(times["new"], times["bare"], strict=True))
    return [
        (f"first window, demo region (start to rendered PNG, median of {rounds})", app, "ms", "< 1000"),
        ("the same with a new data folder (the demo working copy made first)", new, "ms", "< 1000"),
        ("bare PySide6 window, same way", bare, "ms", "(reference)"),
        ("ratio app / bare (median of the rounds' ratios)", ratio, "x", "<= 3"),
        ("ratio app / bare, new data folder", new_ratio, "x", "<= 3"),
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
