"""CPU per text of one worker of the complete quality report (ADR 0031, 0033).

``python -m benchmarks.bench_worker [--pages N] [--rounds R] [--profile]`` builds a region of ``N``
pages × 20 languages (every translation its own text, as in :mod:`benchmarks.bench_quality`), records
the texts the complete report hands to its workers (page by page, as they get them), then computes them
with one :class:`editor.reports.metrics.MetricsComputer` in this process, as a worker does: best CPU
per text of ``R`` rounds (a fresh computer each round), or a cProfile of one round.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def record(data: Path) -> tuple[list[Any], Any]:
    """The items and QA inputs the complete report of the region in ``data`` computes."""
    from editor.models.store import open_store
    from editor.reports import metrics, quality

    items: list[Any] = []
    inputs: list[Any] = []
    original = metrics.Computation.add

    def add(self: metrics.Computation, batch: Any) -> None:
        batch = list(batch)
        items.extend(batch)
        inputs.append(self._qa)
        original(self, batch)

    metrics.Computation.add = add  # type: ignore[method-assign]
    try:
        store = open_store(data, "grossstadt")
        with store.transaction() as conn:  # a region built before: compute everything again
            conn.execute("DELETE FROM quality_cache")
        quality.build_report(store, data, processes=0)
        store.close()
    finally:
        metrics.Computation.add = original  # type: ignore[method-assign]
    return items, inputs[0]


def _cpu() -> float:
    return time.process_time()


def measure(items: list[Any], inputs: Any, data: Path, rounds: int) -> float:
    """Best CPU seconds per item over ``rounds`` rounds, each with a new computer (cold memos)."""
    from editor.reports.gc_pause import gc_paused
    from editor.reports.metrics import MetricsComputer

    best = float("inf")
    for _ in range(rounds):
        computer = MetricsComputer(data, inputs)
        computer.run(items[0])  # dictionaries and modules loaded, as in a worker after its first text
        start = _cpu()
        with gc_paused():
            for item in items:
                computer.run(item)
        best = min(best, (_cpu() - start) / len(items))
    return best


def profile(items: list[Any], inputs: Any, data: Path) -> None:
    """A cProfile of one round, the 40 largest cumulative entries."""
    import cProfile
    import pstats

    from editor.reports.metrics import MetricsComputer

    computer = MetricsComputer(data, inputs)
    computer.run(items[0])
    profiler = cProfile.Profile()
    profiler.runcall(lambda: [computer.run(item) for item in items])
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(40)


def main() -> int:
    """Build, record, measure (or profile)."""
    from benchmarks.bench_quality import _prepare

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_worker")
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--data", metavar="DIR", help="a region built before by this command (kept)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(args.data) / "data" if args.data else None
        if data is None or not data.exists():
            data = _prepare(Path(args.data or folder), args.pages)
        items, inputs = record(data)
        if args.profile:
            profile(items, inputs, data)
        else:
            per_text = measure(items, inputs, data, args.rounds)
            print(f"{len(items):,} texts: {per_text * 1000:.3f} ms CPU per text (best of {args.rounds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
