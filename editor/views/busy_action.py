"""``BusyAction``: a menu action whose work runs on the database thread while the window stays usable.

Used by the imports (glossary, XLIFF): the work goes through the window's task runner
(``TaskRunner.run_db``, as ``keep`` work: closing the window or switching the region lets it finish, so
nothing the user started is lost or half-written); meanwhile the action is disabled, so it cannot run
twice, and the status bar says what is being done (the window's usual place for such news, as the sync
does; the message comes back when a menu's hover tip or a shorter message cleared it). The work runs
with the cyclic garbage collector paused (:func:`editor.reports.gc_pause.gc_paused`: its full collections
would stall the GUI thread). The result or the error reaches the GUI thread; after the window closed,
nothing more is shown (the task runner delivers nothing after its shutdown).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from editor.reports.gc_pause import gc_paused
from editor.tasks import TaskRunner


class BusyAction(QObject):
    """Runs one action's work in the background, one run at a time."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, action: QAction, window: QMainWindow, runner: TaskRunner) -> None:
        super().__init__(action)
        self.action, self.window, self.runner = action, window, runner
        self._message: str | None = None
        # a menu's hover tip or another message clears the status bar's message: ours comes back
        window.statusBar().messageChanged.connect(self._on_status_message_changed)

    # -- properties -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True from :meth:`run` until its result or error was handed over."""
        return self._message is not None

    # -- public API -------------------------------------------------------------------------------
    def run(
        self,
        message: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> bool:
        """Run ``work`` on the database thread, showing ``message`` until it ends; then ``on_done(result)``
        or ``on_error(exc)`` on the GUI thread. False (nothing started) while a run is under way."""
        if self.running:
            return False
        self._message = message
        self.action.setEnabled(False)
        self.window.statusBar().showMessage(message)

        def done(result: Any) -> None:
            self._end()
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._end()
            on_error(exc)

        def paused() -> Any:
            with gc_paused():
                return work()

        self.runner.run_db(paused, done, failed, keep=True)
        return True

    # -- private slots ----------------------------------------------------------------------------
    def _on_status_message_changed(self, text: str) -> None:
        if not text and self._message is not None:
            self.window.statusBar().showMessage(self._message)

    # -- helpers ----------------------------------------------------------------------------------
    def _end(self) -> None:
        message, self._message = self._message, None
        status = self.window.statusBar()
        if status.currentMessage() == message:
            status.clearMessage()
        self.action.setEnabled(True)
