"""The quality report's worker processes never outlive the process that builds the report."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.sync.test_digests import _alive

_ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import os, time
from editor.reports.metrics import Computation
computation = Computation(None, processes=2, cancelled=lambda: False, qa=None)
computation._start(2)
assert computation._pool is not None
futures = [computation._pool.submit(time.sleep, 0.3) for _ in range(4)]
for future in futures:
    future.result()
print(" ".join(str(pid) for pid in computation._pool._processes), flush=True)
time.sleep(600)
"""


def test_report_workers_end_when_the_building_process_is_killed() -> None:
    """kill -9 of the process building a report (the app, the command): its workers end too instead of
    waiting for work forever."""
    if not sys.platform.startswith("linux"):
        return
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD], cwd=_ROOT, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(_ROOT)},
    )  # fmt: skip
    assert child.stdout is not None
    workers = [int(pid) for pid in child.stdout.readline().split()]
    assert workers
    assert all(_alive(pid) for pid in workers)
    child.send_signal(signal.SIGKILL)
    child.wait()
    for _ in range(300):  # they notice within milliseconds; allow a loaded machine 30 s
        if not any(_alive(pid) for pid in workers):
            break
        time.sleep(0.1)
    alive = [pid for pid in workers if _alive(pid)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert alive == []
