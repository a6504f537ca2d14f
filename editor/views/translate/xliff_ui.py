"""XLIFF from the window: File → Export XLIFF… and File → Import XLIFF… with a preview.

Export writes what ``integreat-desk xliff export`` writes (the CMS's layout and file names: one
``.xliff`` for one page, a ``.zip`` for several). Import reads ``.xliff``/``.xlf``/``.zip``, plans the
import (:func:`editor.models.xliff_exchange.plan_import`, nothing written) and shows every page with
its language, old and new title and the changed blocks; only "Import" writes
(:func:`apply_import`: local edits with history, waiting in the outbox). A file that cannot be read
or names an unknown page or language is refused with a message, before anything is written.

Reading and planning (:func:`preview_file`) and writing run on the database thread through
:class:`~editor.views.busy_action.BusyAction` (ADR 0039), and so does the export (ADR 0042: its file is
written whole or not at all); only the dialogs are on the GUI thread. While the import writes, the panes
take no typing (their pending edits are saved first). Closing the window waits for an import's writing
and for an export, not for the reading before the preview.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.models.changes import Changes
from editor.models.store import Store
from editor.tasks import TaskRunner
from editor.text.errors import ContentError
from editor.views import prompts
from editor.views.busy_action import BusyAction
from editor.views.error_text import describe

if TYPE_CHECKING:
    from editor.models.xliff_exchange import ImportChange

log = logging.getLogger(__name__)

MAX_FILE = 50 * 1024 * 1024


def plan_file(store: Store, path: Path) -> list[ImportChange]:
    """What importing ``path`` would change (nothing written). Raises XliffError or
    ExchangeError (both ValueErrors) with a clear message."""
    from editor.models.xliff_exchange import ExchangeError, plan_import
    from editor.text.xliff import read_xliff

    if not path.is_file() or path.stat().st_size > MAX_FILE:
        limit = MAX_FILE // 1024 // 1024
        raise ExchangeError(
            f"{path}: not a file, or larger than {limit} MB", "not_a_file", path=path, limit=limit
        )
    files: list[tuple[str, bytes]] = []
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as archive:
                files.extend(
                    (f"{path.name}:{info.filename}", archive.read(info))
                    for info in archive.infolist()
                    if info.filename.lower().endswith((".xliff", ".xlf")) and info.file_size <= MAX_FILE
                )
            if not files:
                raise ExchangeError(f"{path}: the zip holds no .xliff file", "zip_empty", path=path)
        else:
            files.append((path.name, path.read_bytes()))
        return [change for name, data in files for change in plan_import(store, read_xliff(data, name), name)]
    except (zipfile.BadZipFile, OSError) as exc:
        raise ExchangeError(f"{path}: {exc}", "unreadable", exc, path=path) from exc


@dataclass(frozen=True)
class ImportPreview:
    """What the preview shows: the plan, the pages' titles and, per changed translation (its index in
    the plan), how many blocks changed (0 when the texts cannot be compared, as before)."""

    plan: list[ImportChange]
    titles: dict[int, str]
    blocks: dict[int, int]


def preview_file(store: Store, path: Path) -> ImportPreview:
    """:func:`plan_file` and what the preview shows of it, all read off the GUI thread."""
    from editor.text.diff import UNCHANGED, source_diff

    plan = plan_file(store, path)
    codes = [lang.code for lang in store.languages()]
    titles = {row.id: row.title(codes) for row in store.page_tree({change.page_id for change in plan})}
    blocks = {}
    for number, change in enumerate(plan):
        if change.content_changed and not change.new:
            try:
                diff = source_diff(change.old_content, change.content)
                blocks[number] = sum(1 for block in diff.blocks if block.op != UNCHANGED)
            except ContentError:
                blocks[number] = 0
    return ImportPreview(plan, titles, blocks)


class XliffImportDialog(QDialog):
    """The preview of an import: one row per translation in the file, the changed blocks below."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import XLIFF: preview"))
        self.resize(980, 600)
        plan, titles = preview.plan, preview.titles
        self.plan, self._blocks = plan, preview.blocks
        changed = sum(1 for change in plan if change.changed)
        summary = QLabel(
            self.tr("%n translation(s) would change; nothing is written until you import.", "", changed)
        )
        self.table = QTableWidget(len(plan), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Page"),
                self.tr("Language"),
                self.tr("Old title"),
                self.tr("New title"),
                self.tr("Changes"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, change in enumerate(plan):
            cells = [titles.get(change.page_id, str(change.page_id)), change.language, change.old_title,
                     change.title, self._what(change, self._blocks.get(row, 0))]  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.details = QTextBrowser()
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(changed > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if plan:
            self.table.setCurrentCell(0, 0)

    def _what(self, change: ImportChange, count: int) -> str:
        if not change.changed:
            return self.tr("unchanged")
        parts = [self.tr("new translation")] if change.new else []
        if change.content_changed and not change.new:
            parts.append(self.tr("%n block(s) changed", "", count))
        if change.title_changed and not change.new:
            parts.append(self.tr("title changed"))
        if change.source_changed:
            parts.append(self.tr("note: the source text changed since the export"))
        return "; ".join(parts)

    def _show(self, row: int) -> None:
        from editor.text.diff import source_diff
        from editor.views.translate.history import diff_html

        if not 0 <= row < len(self.plan):
            self.details.clear()
            return
        change = self.plan[row]
        try:
            self.details.setHtml(diff_html(source_diff(change.old_content, change.content)))
        except ContentError as exc:
            self.details.setPlainText(describe(exc))


class XliffActions(QObject):
    """The File menu's XLIFF actions for one window."""

    def __init__(
        self,
        window: QMainWindow,
        store: Callable[[], Store],
        current_page: Callable[[], int | None],
        done: Callable[[Changes], None],
        runner: TaskRunner,
        lock: Callable[[bool], None] = lambda _locked: None,
        target_language: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self.window, self.store, self.current_page, self.done = window, store, current_page, done
        self.lock = lock
        #: The language the export offers first (the right pane's)
        self.target_language = target_language
        self.export_action = QAction(self.tr("Export &XLIFF…"), window)
        self.export_action.triggered.connect(self.export)
        self.exporting = BusyAction(self.export_action, window, runner)
        self.import_action = QAction(self.tr("&Import XLIFF…"), window)
        self.import_action.triggered.connect(lambda: self.import_file())
        self.importing = BusyAction(self.import_action, window, runner)
        self.preview: XliffImportDialog | None = None
        """The preview of the last file read (there once the reading ended)."""

    def export(self) -> bool:
        """Ask for a language, this page or all, and a folder; then :meth:`export_to`."""
        store = self.store()
        languages = [lang for lang in store.languages() if lang.parent_code]
        names = [f"{lang.native_name} ({lang.code})" for lang in languages]
        codes = [lang.code for lang in languages]
        wanted = self.target_language()
        first = codes.index(wanted) if wanted in codes else 0  # the right pane's language, when it is one
        name, ok = QInputDialog.getItem(
            self.window, self.tr("Export XLIFF"), self.tr("Translate into:"), names, first, False
        )
        if not ok or not languages:
            return False
        language = languages[names.index(name)].code
        scope = [self.tr("This page"), self.tr("All pages")]
        which, ok = QInputDialog.getItem(
            self.window, self.tr("Export XLIFF"), self.tr("Pages:"), scope, 0, False
        )
        if not ok:
            return False
        pages = None
        page = self.current_page()
        if which == scope[0] and page is not None:
            row = store.page_tree([page])
            pages = [row[0].cms_page_id or page] if row else None
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Export XLIFF into folder"))
        if not folder:
            return False
        return self.export_to(language, pages, Path(folder))

    def export_to(self, language: str, pages: list[int] | None, folder: Path) -> bool:
        """Start writing the XLIFF of ``pages`` (CMS page ids; None: all) in ``language`` into ``folder``
        in the background (:func:`export_xliff`); True when started. The result (or why nothing was
        written) is shown when the export ends."""
        from editor.models.xliff_exchange import export_xliff  # on demand: XML modules, not at start-up

        store = self.store()
        return self.exporting.run(
            self.tr("Exporting the XLIFF to the folder {0}…").format(folder.name or str(folder)),
            lambda: export_xliff(store, language, pages, folder),
            self._on_exported,
            lambda exc: self._on_failed(exc, self.tr("Not exported")),
        )

    def import_file(self, path: Path | None = None) -> bool:
        """Read ``path`` (asked for when None) in the background, then show the preview (:attr:`preview`);
        its Import writes, again in the background. True when the reading started."""
        if self.importing.running:
            return False
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.window, self.tr("Import XLIFF"), "", self.tr("XLIFF (*.xliff *.xlf *.zip)")
            )
            if not chosen:
                return False
            path = Path(chosen)
        store = self.store()
        self.preview = None
        return self.importing.run(
            self.tr("Reading {0}…").format(path.name),
            lambda: preview_file(store, path),
            self._on_read,
            self._on_failed,
            keep=False,  # only reads: closing the window need not wait for it
        )

    # -- private slots ----------------------------------------------------------------------------
    def _on_exported(self, written: tuple[Path, int]) -> None:
        target, count = written
        text = self.tr("%n page(s) written to {0}", "", count).format(target)
        prompts.inform(self.window, self.tr("XLIFF exported"), text)

    def _on_read(self, preview: ImportPreview) -> None:
        dialog = self.preview = XliffImportDialog(preview, self.window)
        dialog.accepted.connect(lambda: self._apply(preview.plan))
        dialog.open()

    def _apply(self, plan: list[ImportChange]) -> None:
        from editor.models.xliff_exchange import apply_import

        store = self.store()
        self.lock(True)

        def done(changes: Changes) -> None:
            self.lock(False)
            self.done(changes)

        def failed(exc: BaseException) -> None:
            self.lock(False)
            self._on_failed(exc)

        if not self.importing.run(
            self.tr("Importing the XLIFF translations…"), lambda: apply_import(store, plan), done, failed
        ):
            self.lock(False)

    def _on_failed(self, exc: BaseException, title: str = "") -> None:
        # XliffError and ExchangeError are ValueErrors, a file that cannot be written an OSError;
        # anything else is a bug
        if not isinstance(exc, (ValueError, OSError)):
            log.error("XLIFF import or export failed", exc_info=exc)
        prompts.error(self.window, title or self.tr("Not imported"), _error_text(exc))


def _error_text(exc: BaseException) -> str:
    """A failed export's or import's message in the UI language (loaded on demand, like the exchange)."""
    from editor.views.translate.xliff_text import xliff_error_text

    return xliff_error_text(exc)
