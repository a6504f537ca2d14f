"""The digest worker of a large pull (decision 0030): what it computes, and that it never outlives the
pulling process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from editor.sync import digests

_ROOT = Path(__file__).resolve().parents[2]


def test_worker_digests_are_the_unit_of_works() -> None:
    """The worker computes exactly what the unit of work computes itself (and None where it fails)."""
    from editor.models.unit_sync import text_digest

    texts = ["<p>a</p>", "<div><p>b</p>\n</div>", "", "<p>c\x00</p>", "<p>a</p>"]
    with digests.DigestsAhead(digests.MIN_TEXTS) as ahead:
        many = [f"{text}<!-- {n} -->" for n in range(digests.MIN_BATCH) for text in texts]
        got = ahead.submit(many)()
    assert len(got) == 3 * digests.MIN_BATCH  # distinct, without the refused one
    assert got == {text: text_digest(text) for text in many if "\x00" not in text}


_CHILD = """
import sys, time
from editor.sync import digests
ahead = digests.DigestsAhead(digests.MIN_TEXTS)
result = ahead.submit([f"<p>{n}</p>" for n in range(digests.MIN_BATCH)])
result()
(pid,) = ahead._pool._processes
print(pid, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:  # a zombie waits for its parent only
        return stat.read().split(")")[-1].split()[0] != "Z"


def test_worker_ends_when_the_pulling_process_is_killed() -> None:
    """kill -9 of the pulling process: its worker ends too instead of waiting for work forever."""
    if not sys.platform.startswith("linux"):
        return
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD], cwd=_ROOT, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(_ROOT)},
    )  # fmt: skip
    assert child.stdout is not None
    worker = int(child.stdout.readline())
    assert _alive(worker)
    child.send_signal(signal.SIGKILL)
    child.wait()
    for _ in range(300):  # the worker notices within milliseconds; allow a loaded machine 30 s
        if not _alive(worker):
            break
        time.sleep(0.1)
    alive = _alive(worker)
    if alive:
        os.kill(worker, signal.SIGKILL)
    assert not alive
