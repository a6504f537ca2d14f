"""``RecoveryController``: what the window does when its working copy is lost, and at the next start.

When a save finds the working copy's write-ahead log removed (:class:`WorkingCopyLostError`), the window
stops accepting edits: every pane turns read-only, the sync action is disabled, a dialog says so once
and the status bar keeps saying it. Everything the app still holds — the text of the failed save, the
unsaved text of each pane and the edits saved since the last sync (still readable through the open
connections) — goes to a recovery file in the data folder. At the next start the controller finds the
region's recovery files and offers to restore them (each text saved as an ordinary edit) or to keep
them for later. See docs/decisions/0007-working-copy-loss.md.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox

from editor.models.changes import Changes
from editor.models.errors import StoreError, WorkingCopyLostError
from editor.models.recovery import (
    RecoveryEntry,
    RecoveryFile,
    find_recovery,
    restore_recovery,
    write_recovery,
)
from editor.views import prompts
from editor.views.error_text import describe

if TYPE_CHECKING:
    from pathlib import Path

    from editor.views.window_host import Pending, WindowHost

log = logging.getLogger(__name__)


class RecoveryController(QObject):
    """Working-copy loss and recovery files, for one window."""

    # -- signals ----------------------------------------------------------------------------------
    sig_lost = Signal()
    """The working copy was found lost (once): whatever writes to it stops."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.lost_message: str | None = None
        self.recovery_file: Path | None = None
        self.box: QMessageBox | None = None
        self.lost_label = QLabel()
        self.lost_label.setStyleSheet("color: #c62828; font-weight: bold")
        self.lost_label.hide()

    # -- properties -------------------------------------------------------------------------------
    @property
    def lost(self) -> bool:
        """True once the working copy was found lost: nothing is saved any more."""
        return self.lost_message is not None

    # -- public API -------------------------------------------------------------------------------
    def working_copy_lost(self, error: WorkingCopyLostError, pending: Pending | None = None) -> None:
        """Stop editing, keep what is in memory in a recovery file, tell the user (once)."""
        if self.lost:
            return
        log.error("working copy lost: %s", error)
        self.recovery_file = self._write_recovery(pending)
        self.host.panes.freeze(self.tr("read-only: the working copy was lost"))
        kept = (
            self.tr("Your texts were written to {0}; the next start offers to restore them.").format(
                self.recovery_file
            )
            if self.recovery_file is not None
            else self.tr("They could not be written to a recovery file: copy what you need now.")
        )
        self.lost_message = self.tr(
            "The working copy {0} was changed by another program (its journal file was removed), so "
            "edits can no longer be saved to it. Editing is switched off. {1} Close the app and start "
            "it again."
        ).format(error.path, kept)
        self.lost_label.setText(self.tr("Working copy lost: editing switched off"))
        self.lost_label.setToolTip(self.lost_message)
        self.lost_label.show()
        self.host.status(self.lost_message)
        self.box = prompts.notify(self.host.widget(), self.tr("Working copy lost"), self.lost_message)
        self.sig_lost.emit()

    def flush_for_closing(self) -> bool:
        """Save both panes before the working copy is let go. True when nothing typed is lost (saved,
        or — once the working copy is lost — in the recovery file, which the user is told about)."""
        if self.lost:
            return True
        saved = self.host.panes.flush_all()
        if self.lost_message is not None:  # found out just now: the dialog would close with the window
            prompts.warn(self.host.widget(), self.tr("Working copy lost"), self.lost_message)
            return True
        return saved

    def offer_restore(self) -> None:
        """Offer to restore the region's recovery files (does nothing when there are none)."""
        region = self.host.store.region()
        if region is None or self.lost:
            return
        files = find_recovery(self.host.config.data_dir, region.slug)
        count = sum(len(file.entries) for file in files)
        if not count:
            return
        text = self.tr(
            "%n text(s) of {0} could not be saved in an earlier session and were kept in a recovery "
            "file. Restore them now (each is saved as an edit, with the current text kept in the "
            "page's history), or keep them for later?",
            "",
            count,
        ).format(region.name)
        self.box = prompts.offer(
            self.host.widget(),
            self.tr("Restore unsaved texts?"),
            text,
            self.tr("Restore"),
            self.tr("Keep for later"),
            lambda yes: self._restore(files) if yes else None,
        )

    # -- helpers ----------------------------------------------------------------------------------
    def _write_recovery(self, pending: Pending | None) -> Path | None:
        store = self.host.store
        entries = [RecoveryEntry(*edit, origin="saved") for edit in store.local_edits()]
        typed = [pending] if pending else []
        typed += self.host.panes.pending_edits()
        entries += [RecoveryEntry(*edit, origin="unsaved") for edit in typed]
        if not entries:
            return None
        region = store.region()
        slug = region.slug if region else store.path.parent.name
        try:
            return write_recovery(self.host.config.data_dir, slug, entries)
        except OSError:
            log.exception("writing the recovery file failed")
            return None

    def _restore(self, files: list[RecoveryFile]) -> None:
        host = self.host
        if not host.panes.flush_all():
            return
        changes, restored, failed = Changes(), 0, []
        for file in files:
            try:
                result = restore_recovery(host.store, file)
            except (StoreError, OSError) as exc:
                failed.append(describe(exc))
                continue
            changes, restored = changes | result.changes, restored + result.restored
            failed += result.failed
        if not changes.empty:
            host.operation_done(changes)
            host.reopen_if_changed(changes)
        host.status(self.tr("%n text(s) restored.", "", restored), 15000)
        if failed:
            prompts.warn(
                host.widget(),
                self.tr("Some texts were not restored"),
                self.tr("These stay in the recovery file for later:") + "\n" + "\n".join(failed),
            )
