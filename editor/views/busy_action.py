"""``BusyAction``: a menu action whose work runs on the database thread while the window stays usable.

Used by the imports and exports (glossary, XLIFF): the work goes through the window's task runner
(``TaskRunner.run_db``); meanwhile the action is disabled, so it cannot run twice, and the status bar
says what is being done (the window's usual place for such news, as the sync does; the message comes
back when a menu's hover tip or a shorter message cleared it). Several imports and exports started
together run one after another (the one database thread): :class:`BusyStatus` names the one that runs
and how many wait behind it, and follows as they end. The work runs with the cyclic garbage
collector paused (:func:`editor.reports.gc_pause.gc_paused`: its full collections would stall the GUI
thread). The result or the error reaches the GUI thread; after the window closed, nothing more is shown
(the task runner delivers nothing after its shutdown).

Work that writes (``keep``, the default: an import, an export) is not lost when the window closes:
:func:`finish_before_closing` (the window's ``release``, before closing or switching the region) waits
for it with a note saying what still runs, shows its result as usual, and only then lets the window go
— or keeps the window open when the user says so (ADR 0042). The runner's ``keep`` is the safety net
beneath: such work still runs when the runner shuts down before it started. Work that only reads (the
XLIFF file before its preview) is not waited for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMainWindow, QProgressBar, QVBoxLayout

from editor.reports.gc_pause import gc_paused
from editor.reports.work_queue import WorkQueue
from editor.tasks import TaskRunner


class BusyAction(QObject):
    """Runs one action's work in the background, one run at a time."""

    # -- signals ----------------------------------------------------------------------------------
    sig_work_ended = Signal()
    """The work ended; its result or error is handed over right after."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, action: QAction, window: QMainWindow, runner: TaskRunner) -> None:
        super().__init__(action)
        self.action, self.window, self.runner = action, window, runner
        self._message: str | None = None
        self._keep = False
        self._token = 0
        self.status = BusyStatus.of(window)

    # -- properties -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True from :meth:`run` until its result or error was handed over."""
        return self._message is not None

    @property
    def message(self) -> str:
        """What the status bar says while the work runs ("" when none runs)."""
        return self._message or ""

    @property
    def must_finish(self) -> bool:
        """True while work runs that closing the window waits for (``keep``)."""
        return self.running and self._keep

    # -- public API -------------------------------------------------------------------------------
    def run(
        self,
        message: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        keep: bool = True,
    ) -> bool:
        """Run ``work`` on the database thread, showing ``message`` until it ends; then ``on_done(result)``
        or ``on_error(exc)`` on the GUI thread. False (nothing started) while a run is under way.
        ``keep``: the work writes; closing the window waits for it (False: it only reads)."""
        if self.running:
            return False
        self._message, self._keep = message, keep
        self.action.setEnabled(False)
        self._token = self.status.started(message)

        def done(result: Any) -> None:
            self._end()
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._end()
            on_error(exc)

        def paused() -> Any:
            with gc_paused():
                return work()

        self.runner.run_db(paused, done, failed, keep=keep)
        return True

    # -- helpers ----------------------------------------------------------------------------------
    def _end(self) -> None:
        self._message = None
        self.status.ended(self._token)
        self.action.setEnabled(True)
        self.sig_work_ended.emit()


class BusyStatus(QObject):
    """The status bar's line for a window's busy actions: what runs (the oldest started that has not
    ended: the database thread runs them in start order) and how many wait, e.g. "Exporting the XLIFF
    into folder… (2 more waiting)"; updated as each ends, cleared after the last."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.queue = WorkQueue()
        self._shown = ""
        # a menu's hover tip or another message clears the status bar's message: ours comes back
        window.statusBar().messageChanged.connect(self._on_status_message_changed)

    @staticmethod
    def of(window: QMainWindow) -> BusyStatus:
        """The window's one :class:`BusyStatus` (made on first use)."""
        found = window.findChild(BusyStatus, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, BusyStatus) else BusyStatus(window)

    # -- properties -------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """What the status bar says for the busy actions ("" when none runs)."""
        state = self.queue.state()
        if state is None:
            return ""
        if not state.waiting:
            return state.running
        return self.tr("{0} (%n more waiting)", "", state.waiting).format(state.running)

    # -- public API -------------------------------------------------------------------------------
    def started(self, message: str) -> int:
        """Work described by ``message`` was started; returns its token for :meth:`ended`."""
        token = self.queue.add(message)
        self._show()
        return token

    def ended(self, token: int) -> None:
        """The work of ``token`` ended: name the next, or clear our message after the last."""
        self.queue.remove(token)
        self._show()

    # -- private slots ----------------------------------------------------------------------------
    def _on_status_message_changed(self, text: str) -> None:
        if not text and self._shown:
            self.window.statusBar().showMessage(self._shown)

    # -- helpers ----------------------------------------------------------------------------------
    def _show(self) -> None:
        before, self._shown = self._shown, self.text
        status = self.window.statusBar()
        if self._shown:
            status.showMessage(self._shown)
        elif before and status.currentMessage() == before:
            status.clearMessage()


class FinishingDialog(QDialog):
    """The note while closing waits: what still runs, that the window closes when it is done, and a
    button to keep the window open instead. Accepted when the last of ``busy`` ended."""

    def __init__(self, busy: list[BusyAction], window: QMainWindow) -> None:
        super().__init__(window)
        self.busy = busy
        self.setWindowTitle(self.tr("Still working"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        lines = [action.message for action in busy]
        self.label = QLabel("\n".join([*lines, "", self.tr("The window closes as soon as this is done.")]))
        bar = QProgressBar()
        bar.setRange(0, 0)  # no figure to show: it moves while the work runs
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(
            self.tr("Keep the window open"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        layout.addWidget(buttons)
        for action in busy:
            action.sig_work_ended.connect(self._on_work_ended)

    # -- Qt overrides -----------------------------------------------------------------------------
    def done(self, result: int) -> None:
        busy, self.busy = self.busy, []
        for action in busy:
            action.sig_work_ended.disconnect(self._on_work_ended)
        super().done(result)

    # -- private slots ----------------------------------------------------------------------------
    def _on_work_ended(self) -> None:
        if not any(action.must_finish for action in self.busy):
            self.accept()  # the result message (shown next) still has the window


def finish_before_closing(window: QMainWindow) -> bool:
    """Before ``window`` closes or lets go of its region: wait for its busy actions' work that must not
    be lost (:attr:`BusyAction.must_finish`), showing :class:`FinishingDialog`; their results and errors
    are shown as usual meanwhile. False when the user keeps the window open (the work goes on)."""
    busy = [action for action in window.findChildren(BusyAction) if action.must_finish]
    if not busy:
        return True
    dialog = FinishingDialog(busy, window)
    finished = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return finished
