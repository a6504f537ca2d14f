"""Report the installed size and the start-up time of the installed app against the venv.

    python installers/linux/measure.py INSTALLED_EXE VENV_PYTHON DEB TARBALL

Start-up is the wall-clock time of ``--demo --screenshot`` (start, open the demo region, render the
window, exit), the median of three runs each, on a demo working copy created beforehand. Prints a
Markdown table for docs/benchmarks.md. The size target is 150 MB installed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET_MB = 150
RUNS = 3


def _size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def _start_up(command: list[str], data: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for run in range(RUNS + 1):
        shot = data / f"shot-{run}.png"
        began = time.perf_counter()
        subprocess.run([*command, "--demo", "--data", str(data), "--screenshot", str(shot)],
                       env=env, cwd=ROOT, check=True, capture_output=True, timeout=120)  # fmt: skip
        if run:  # the first run creates the demo working copy and warms the file cache
            times.append(time.perf_counter() - began)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    """Measure and print; exit 0 (the figures are a report, not a gate)."""
    installed, python, deb, tarball = argv
    bundle = Path(os.path.realpath(installed)).parent
    size = _size_mb(bundle)
    with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
        frozen = _start_up([installed], Path(one))
        venv = _start_up([python, "-m", "editor"], Path(two))
    verdict = "within" if size < TARGET_MB else "OVER"
    print(f"| installed size ({bundle}) | {size:.0f} MB ({verdict} the {TARGET_MB} MB target) |")
    print(f"| .deb download | {_size_mb(Path(deb)):.0f} MB |")
    print(f"| tarball download | {_size_mb(Path(tarball)):.0f} MB |")
    print(f"| start-up, installed (--demo --screenshot, median of {RUNS}) | {frozen:.2f} s |")
    print(f"| start-up, venv (same) | {venv:.2f} s |")
    print(f"| installed / venv | {frozen / venv:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
