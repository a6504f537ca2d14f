"""The region's glossary from the window: Translate → Import glossary… and Export glossary….

Import reads a TBX or CSV file (the layouts of ``integreat-desk glossary``, docs/translation.md) and
adds its terms to the region's glossary (a term already there takes the file's entry; nothing else is
dropped). The desk's term marks and the QA read the glossary again when its file changes. A file that
is not a glossary the region can take is refused with a message in the UI language before anything
is written (:func:`editor.models.glossary_store.import_glossary_file`).

The import (reading, parsing, merging, the one atomic write of the glossary file) and the export
(reading the glossary, writing the TBX or CSV whole or not at all) run on the database thread through
:class:`~editor.views.busy_action.BusyAction` (ADRs 0039, 0042): the window keeps painting, the status
bar says what is read or written, the action is disabled until the result is shown. Imports and exports
run there one after the other in the order they were started, so an export writes the glossary as it
was when the export started. Closing the window waits for them (ADR 0042).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow

from editor.models.errors import StoreError
from editor.models.store import Store
from editor.tasks import TaskRunner
from editor.views import prompts
from editor.views.busy_action import BusyAction
from editor.views.error_text import describe

log = logging.getLogger(__name__)


class GlossaryActions(QObject):
    """The Translate menu's glossary actions for one window."""

    def __init__(
        self, window: QMainWindow, store: Callable[[], Store], changed: Callable[[], None], runner: TaskRunner
    ) -> None:
        super().__init__(window)
        self.window, self.store, self.changed = window, store, changed
        self.import_action = QAction(self.tr("Import &glossary…"), window)
        self.import_action.triggered.connect(lambda: self.import_file())
        self.importing = BusyAction(self.import_action, window, runner)
        self.export_action = QAction(self.tr("Export g&lossary…"), window)
        self.export_action.triggered.connect(lambda: self.export_file())
        self.exporting = BusyAction(self.export_action, window, runner)

    def import_file(self, path: Path | None = None) -> bool:
        """Start adding the terms of ``path`` (asked for when None) in the background; True when started.
        The result (or why nothing was imported) is shown when the import ends."""
        from editor.models.glossary_store import import_glossary_file, load_glossary

        if self.importing.running:
            return False
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.window, self.tr("Import glossary"), "", self.tr("Glossaries (*.tbx *.csv)")
            )
            if not chosen:
                return False
            path = Path(chosen)
        store, name = self.store(), path.name

        def work() -> tuple[int, int]:
            counts = import_glossary_file(store, path)
            # read back here, with its term index, so the desk's marks and QA find it made (the GUI
            # thread's first read of 120,000 terms took seconds)
            load_glossary(store).find("")
            return counts

        return self.importing.run(
            self.tr("Importing the glossary from {0}…").format(name),
            work,
            lambda counts: self._on_imported(name, *counts),
            lambda exc: self._on_failed(exc, self.tr("Glossary not imported")),
        )

    def export_file(self, path: Path | None = None) -> bool:
        """Start writing the glossary to ``path`` (asked for when None) as TBX or CSV in the background;
        True when started. The file is written whole or not at all; the result (or why nothing was
        written) is shown when the export ends."""
        from editor.models.glossary_store import export_glossary_file

        if self.exporting.running:
            return False
        store = self.store()
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window, self.tr("Export glossary"), "glossary.tbx", self.tr("TBX (*.tbx);;CSV (*.csv)")
            )
            if not chosen:
                return False
            path = Path(chosen)
        region = store.region()
        title = self.tr("Glossary of {0}").format(region.name if region else "")
        target = path
        return self.exporting.run(
            self.tr("Exporting the glossary to {0}…").format(path.name),
            lambda: export_glossary_file(store, target, title),
            lambda count: self._on_exported(target, count),
            lambda exc: self._on_failed(exc, self.tr("Glossary not exported")),
        )

    # -- private slots ----------------------------------------------------------------------------
    def _on_imported(self, name: str, found: int, total: int) -> None:
        self.changed()
        prompts.inform(
            self.window,
            self.tr("Glossary imported"),
            self.tr("%n term(s) taken from {0}.", "", found).format(name)
            + " "
            + self.tr("The glossary now has %n term(s).", "", total),
        )

    def _on_exported(self, path: Path, count: int) -> None:
        prompts.inform(
            self.window,
            self.tr("Glossary exported"),
            self.tr("%n term(s) written to {0}.", "", count).format(path),
        )

    def _on_failed(self, exc: BaseException, title: str) -> None:
        from editor.text.glossary import GlossaryError

        if not isinstance(exc, (GlossaryError, StoreError)):
            log.error("glossary import or export failed", exc_info=exc)
        prompts.error(self.window, title, describe(exc))
