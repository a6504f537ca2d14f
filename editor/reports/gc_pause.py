"""Pausing the cyclic garbage collector during a region-wide pass (Qt-free).

A report over 40,000 translations creates a few hundred thousand small objects that live until the
report is done; the collector then scans them again and again (a third of the link check's time on
the large benchmark region). Reference counting still frees everything that is not in a cycle, and
the collector runs as usual once the last pass ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (nested and concurrent passes share one pause)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
