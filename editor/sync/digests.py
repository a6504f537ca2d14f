"""Digests of pulled texts computed ahead in a worker process (docs/decisions/0030-import-speed.md).

Every translation new to the working copy needs the normalised-content hash of its sync base, the
plain text of its search entry and its links (:func:`editor.models.unit_sync.text_digest`): with
distinct texts about a third of a first import's CPU time. While a pull writes one language and reads
the next, one worker process computes the digests of the language just read; the unit of work takes
them as given (the same function computed them) and computes any that are missing itself, so a worker
that fails or is slow changes nothing but the time.

Used only when there is something to gain: a pull that reads at least :data:`MIN_TEXTS` texts, on a
machine with a second core, outside a frozen build (where the interpreter cannot be started again the
same way; as :func:`editor.reports.metrics.default_processes`).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import threading
    from concurrent.futures import Future, ProcessPoolExecutor

    from editor.models.unit_sync import TextDigest

log = logging.getLogger(__name__)

#: Fewer texts to read: everything is computed in the pulling process.
MIN_TEXTS = 2000
#: Fewer distinct texts in a language: computed in the pulling process (a process round trip costs
#: more than a few hundred texts).
MIN_BATCH = 200

Digests = dict[str, "TextDigest"]


def digest_list(contents: Sequence[str]) -> list[TextDigest | None]:
    """:func:`~editor.models.unit_sync.text_digest` of each text (None where it fails: the unit of
    work computes that one again and reports the failure as it always did). Runs in the worker."""
    from editor.models.unit_sync import text_digest

    out: list[TextDigest | None] = []
    for content in contents:
        try:
            out.append(text_digest(content))
        except Exception:  # e.g. ContentError; the unit of work meets it again
            out.append(None)
    return out


def end_with_parent() -> None:
    """Worker initializer: end the worker as soon as the process that started it ends, however it ends
    (a pull's digest worker, the quality report's workers).

    A worker of a process that was killed would otherwise wait for work forever (it holds its own end
    of the work queue). ``parent_process().sentinel`` becomes ready when the parent is gone."""
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        wait([sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def _nothing() -> Digests:
    return {}


class DigestsAhead:
    """One worker process that digests a language's texts while the pull goes on (see the module)."""

    def __init__(self, texts_to_read: int) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._ending: threading.Thread | None = None
        if texts_to_read < MIN_TEXTS or (os.cpu_count() or 1) < 2 or getattr(sys, "frozen", False):
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        try:  # spawn: safe in a GUI process with threads (and the only way on Windows)
            self._pool = ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("spawn"), initializer=end_with_parent
            )
        except OSError as exc:
            log.info("no worker process for the digests (%s); computed here", exc)

    def submit(self, contents: Sequence[str]) -> Callable[[], Digests]:
        """Start digesting ``contents``; the returned call gives ``{content: digest}`` (waits for the
        worker; ``{}`` when there is no worker or it failed)."""
        distinct = list(dict.fromkeys(contents))
        if self._pool is None or len(distinct) < MIN_BATCH:
            return _nothing
        try:
            future = self._pool.submit(digest_list, distinct)
        except Exception as exc:  # a broken pool: no more submissions
            log.info("the digest worker is gone (%s); computed here", exc)
            self._pool = None
            return _nothing
        return lambda: _collect(future, distinct)

    def no_more(self) -> None:
        """Nothing more will be submitted: the worker ends once it has digested what it has, while the
        pull writes the last language (:meth:`close` then only waits for it to be gone)."""
        import threading

        if self._pool is not None:  # shutdown(wait=False) would leave the worker to nobody: a thread waits
            pool, self._pool = self._pool, None
            self._ending = threading.Thread(target=pool.shutdown, name="digests-ending", daemon=True)
            self._ending.start()

    def close(self) -> None:
        """Stop the worker (what it has not started is dropped) and wait until it is gone."""
        if self._ending is not None:
            self._ending.join()
            self._ending = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> DigestsAhead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _collect(future: Future[Any], distinct: list[str]) -> Digests:
    try:
        values = future.result()
    except Exception as exc:  # the worker died or was stopped: the unit of work computes them
        log.info("the digest worker failed (%s); computed here", exc)
        return {}
    return {content: value for content, value in zip(distinct, values, strict=True) if value is not None}
