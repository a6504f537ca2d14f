"""The single seam for background work (house style 3.4).

``TaskRunner`` offers three entry points:

* ``run_db(fn, on_done, on_error, keep=False)`` — one worker thread, so every long database operation is
  serialised; a ``keep`` job (an import the user started) still runs when the runner shuts down before it
  began, the others waiting then are dropped;
* ``run_net(fn, on_done, on_error)`` — a small pool for HTTP work that does not touch the database;
* ``run_check(key, fn, on_done)`` — short CPU jobs tied to the editor (spelling, readability). Only the
  newest job per ``key`` delivers its result; older ones are discarded when they finish.

Results are delivered on the GUI thread through a queued signal, never after :meth:`TaskRunner.shutdown`
(the window they were for is closed). Tests call ``set_inline(True)`` to run everything synchronously.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


def _nothing() -> None:
    """A job that only makes its pool start a thread."""


class TaskRunner(QObject):
    """Runs work off the GUI thread and hands results back to it."""

    # -- signals ----------------------------------------------------------------------------------
    _sig_finished = Signal(object)
    """Internal: a finished job's closure, delivered on the GUI thread."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._net = ThreadPoolExecutor(max_workers=4, thread_name_prefix="net")
        # several check threads: dictionary loading (enchant, C code) runs beside Python work
        self._check = ThreadPoolExecutor(max_workers=4, thread_name_prefix="check")
        self._latest: dict[str, int] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._inline = False
        self._closed = False
        self._pending = 0
        self._waiting: dict[Future[Any], bool] = {}  # submitted, not finished: keep at shutdown?
        self._sig_finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        # Start the worker threads now, while nothing else runs: starting a thread later waits for
        # the new thread to get the interpreter lock, which a busy worker may hold for a while.
        for pool, count in ((self._db, 1), (self._check, 4)):
            for _ in range(count):
                pool.submit(_nothing)

    # -- public API -------------------------------------------------------------------------------
    def set_inline(self, inline: bool) -> None:
        """Run every job synchronously on the calling thread (tests)."""
        self._inline = inline

    def run_db(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        keep: bool = False,
    ) -> None:
        """Run ``fn`` on the single database thread; ``keep``: run it even when :meth:`shutdown` comes
        before it started (work the user asked for and must not lose, such as an import)."""
        self._submit(self._db, fn, on_done, on_error, keep=keep)

    def run_net(
        self, fn: Callable[[], Any], on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None:
        """Run ``fn`` on the network pool (must not touch the database)."""
        self._submit(self._net, fn, on_done, on_error)

    def run_check(self, key: str, fn: Callable[[], Any], on_done: OnDone) -> int:
        """Run a short CPU job; only the newest job for ``key`` reports back. Returns the job id."""
        with self._lock:
            job_id = next(self._ids)
            self._latest[key] = job_id

        def deliver(result: Any) -> None:
            if self._latest.get(key) == job_id:
                on_done(result)

        def report(exc: BaseException) -> None:
            log.exception("check job %s failed", key, exc_info=exc)

        self._submit(self._check, fn, deliver, report)
        return job_id

    @property
    def busy(self) -> bool:
        """True while any job runs or waits to hand its result to the GUI thread."""
        return self._pending > 0

    def shutdown(self) -> None:
        """Wait for running jobs and stop the pools (app close, test teardown). Jobs not started yet are
        dropped, except ``keep`` ones, which run first; no result is delivered any more."""
        self._closed = True
        with self._lock:
            dropped = [future for future, keep in self._waiting.items() if not keep]
        for future in dropped:
            future.cancel()  # only one that has not started yet
        for pool in (self._check, self._net, self._db):
            pool.shutdown(wait=True)

    # -- helpers ----------------------------------------------------------------------------------
    def _submit(
        self,
        pool: ThreadPoolExecutor,
        fn: Callable[[], Any],
        on_done: OnDone | None,
        on_error: OnError | None,
        *,
        keep: bool = False,
    ) -> None:
        if self._inline:
            try:
                result = fn()
            except Exception as exc:
                self._report(on_error, exc)
                return
            if on_done is not None:
                on_done(result)
            return
        if self._closed:
            return
        with self._lock:
            self._pending += 1
            future = pool.submit(fn)
            self._waiting[future] = keep

        def finished(done: Future[Any]) -> None:
            with self._lock:
                self._waiting.pop(done, None)
            if done.cancelled():
                self._sig_finished.emit(lambda: None)
                return
            exc = done.exception()
            if exc is not None:
                self._sig_finished.emit(lambda: self._report(on_error, exc))
            elif on_done is not None:
                result = done.result()
                self._sig_finished.emit(lambda: on_done(result))
            else:
                self._sig_finished.emit(lambda: None)

        future.add_done_callback(finished)

    @staticmethod
    def _report(on_error: OnError | None, exc: BaseException) -> None:
        if on_error is None:
            log.error("background job failed", exc_info=exc)
        else:
            on_error(exc)

    @Slot(object)
    def _on_finished(self, closure: Callable[[], None]) -> None:
        with self._lock:
            self._pending -= 1
        if not self._closed:
            closure()
