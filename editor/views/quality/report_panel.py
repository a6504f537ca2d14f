"""``QualityReportPanel``: the region's quality report in the window.

The table fills in the background (``TaskRunner.run_db``) batch by batch, cached rows first; the
summary pictures, the exports, the online link check (``run_net``, with progress and cancel) and the
"Still valid" confirmation sit around it. Selecting a row lists that page's link problems; a
double-click asks the window to open the page side by side in that language.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.models.changes import Changes
from editor.models.errors import failure
from editor.models.store import Store
from editor.reports.links import LinkFinding
from editor.reports.quality import QualityReport, QualityRow
from editor.tasks import TaskRunner
from editor.views.error_text import describe
from editor.views.link_text import finding_text
from editor.views.quality.report_filter import QualityFilterModel
from editor.views.quality.report_model import QualityItemModel
from editor.views.quality.summary_chart import SummaryChart
from editor.views.store_text import cause_text

# Online results younger than this are not fetched again.
RECHECK_AGE = timedelta(days=7)


def _button(text: str, slot: Callable[[], Any]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    return button


class _Bridge(QObject):
    """Carries a background job's batches to the GUI thread (queued signals)."""

    sig_rows = Signal(int, object)
    sig_progress = Signal(int, int, int)


class QualityReportPanel(QWidget):
    """Table, pictures, exports, link check and freshness actions of the region's quality report."""

    # -- signals ----------------------------------------------------------------------------------
    sig_open_page_requested = Signal(int, str)
    """Open (page id, language) side by side."""

    sig_operation_done = Signal(object)
    """A change this panel made through the store (its :class:`Changes`)."""

    sig_links_checked = Signal()
    """New online link-check results are stored (the editor marks links again)."""

    sig_summary_toggled = Signal(bool)
    """The user showed (True) or folded away (False) the summary pictures."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(
        self,
        store: Store,
        data_dir: Path | None,
        runner: TaskRunner,
        network: Callable[[], Any] | None = None,
        parent: QWidget | None = None,
        *,
        summary_shown: bool = True,
        before_write: Callable[[], bool] = lambda: True,
    ) -> None:
        """``before_write`` runs before the panel changes a text ("Use the new address", "Still
        valid"): the window saves what was typed first; False (it could not) leaves the text alone."""
        super().__init__(parent)
        self._summary_shown = summary_shown
        self._before_write = before_write
        self.store, self.data_dir, self.runner = store, data_dir, runner
        self._network = network
        self.report: QualityReport | None = None
        self._generation = 0
        self._cancel: threading.Event | None = None
        self._bridge = _Bridge(self)
        self._bridge.sig_rows.connect(self._on_bridge_rows)
        self._bridge.sig_progress.connect(self._on_bridge_progress)
        self._build()

    def _build(self) -> None:
        self.model = QualityItemModel(self)
        self.proxy = QualityFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # one line of text per row (the style's default is taller): more rows on a short screen
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter by page or title"))
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("All languages"), "")
        for language in self.store.languages():
            self.language_box.addItem(language.code, language.code)
        self.findings_box = QCheckBox(self.tr("Only rows with findings"))
        self.findings_box.setChecked(True)
        for signal in (self.filter_edit.textChanged, self.language_box.currentIndexChanged,
                       self.findings_box.toggled):  # fmt: skip
            signal.connect(self._apply_filters)
        self.refresh_button = _button(self.tr("Refresh"), self.refresh)
        self.csv_button = _button(self.tr("Export CSV…"), self.export_csv)
        self.html_button = _button(self.tr("Export HTML…"), self.export_html)
        self.online_button = _button(self.tr("Check links online"), self.check_links_online)
        self.cancel_button = _button(self.tr("Cancel"), self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.status = QLabel()
        bar = QHBoxLayout()
        for widget in (self.refresh_button, self.filter_edit, self.language_box, self.findings_box,
                       self.csv_button, self.html_button, self.online_button, self.cancel_button,
                       self.progress):  # fmt: skip
            bar.addWidget(widget)
        self.chart = SummaryChart()
        self.links_list = QListWidget()
        self.links_list.setWordWrap(True)
        self.links_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.links_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.use_button = _button(self.tr("Use the new address"), self.use_new_address)
        self.valid_button = _button(self.tr("Still valid"), lambda: self.confirm(False))
        self.valid_all_button = _button(self.tr("Still valid (all languages)"), lambda: self.confirm(True))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Link problems of the selected page")))
        side_layout.addWidget(self.links_list, 1)
        for button in (self.use_button, self.valid_button, self.valid_all_button):
            side_layout.addWidget(button)
        side_area = QScrollArea()  # on a short screen the buttons scroll instead of making the window tall
        side_area.setWidget(side)
        side_area.setWidgetResizable(True)
        side_area.setFrameShape(QFrame.Shape.NoFrame)
        side_area.setMinimumHeight(60)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side_area)
        split.setStretchFactor(0, 3)
        pictures = QScrollArea()  # many languages make the pictures tall: they scroll, the window stays
        pictures.setWidget(self.chart)
        pictures.setWidgetResizable(True)
        pictures.setFrameShape(QFrame.Shape.NoFrame)
        pictures.setMinimumHeight(60)
        self.pictures = pictures
        # the summary folds away (one click, remembered by the window): the table gets the height
        self.summary_button = QToolButton()
        self.summary_button.setText(self.tr("Summary"))
        self.summary_button.setCheckable(True)
        self.summary_button.setAutoRaise(True)
        self.summary_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.summary_button.toggled.connect(self._on_summary_button_toggled)
        self.parts = QSplitter(Qt.Orientation.Vertical)  # the user shares the height out
        self.parts.addWidget(pictures)
        self.parts.addWidget(split)
        self.parts.setStretchFactor(1, 1)
        self._parts_shared = False  # the table gets two thirds until the user drags the splitter
        self.parts.splitterMoved.connect(lambda *_: setattr(self, "_parts_shared", True))
        self.parts.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary_button)
        layout.addWidget(self.parts, 1)
        layout.addWidget(self.status)
        shown = self._summary_shown
        self._show_summary(shown)
        self.summary_button.setChecked(shown)
        self._update_buttons()

    def _on_summary_button_toggled(self, shown: bool) -> None:
        if shown != self._summary_shown:
            self._show_summary(shown)
            self.sig_summary_toggled.emit(shown)

    def _show_summary(self, shown: bool) -> None:
        self._summary_shown = shown
        self.pictures.setVisible(shown)
        self.summary_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.summary_button.setToolTip(
            self.tr("Hide the summary pictures (more rows of the table)")
            if shown
            else self.tr("Show the summary pictures: translations per language, readability, broken links")
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._parts_shared:
            QTimer.singleShot(0, self._share_parts)  # after the splitter took its new height

    def _share_parts(self) -> None:
        total = sum(self.parts.sizes())
        if not self._parts_shared and total > 0:
            self.parts.setSizes([total // 3, total - total // 3])

    # -- public API -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the report again in the background (unchanged texts come from the cache)."""
        self.cancel()
        self._generation += 1
        generation, cancel = self._generation, threading.Event()
        self._cancel = cancel
        self.model.clear()
        self.links_list.clear()
        self._busy(True)
        bridge = self._bridge

        def job() -> QualityReport:
            from editor.reports.quality import build_report

            return build_report(
                self.store, self.data_dir, cancel=cancel,
                on_rows=lambda rows: bridge.sig_rows.emit(generation, rows),
                progress=lambda done, total: bridge.sig_progress.emit(generation, done, total),
            )  # fmt: skip

        self.runner.run_db(job, lambda report: self._on_report_done(generation, report), self._on_failed)

    def cancel(self) -> None:
        """Stop the running computation or link check (what is done so far stays)."""
        if self._cancel is not None:
            self._cancel.set()

    def check_links_online(self) -> None:
        """Fetch the external addresses not checked within :data:`RECHECK_AGE`, then refresh.

        The addresses are collected on the database thread, fetched on the network pool, and the
        results stored on the database thread again."""
        if self.report is None:
            return
        self._generation += 1
        generation, cancel = self._generation, threading.Event()
        self._cancel = cancel
        self._busy(True)
        store = self.store

        def collect() -> list[str]:
            from editor.models.quality_store import link_results
            from editor.reports.links import check_region
            from editor.sync.link_check import stale_addresses

            urls = check_region(store).web_addresses()
            return stale_addresses(urls, link_results(store), RECHECK_AGE)

        self.runner.run_db(collect, lambda todo: self._fetch(generation, cancel, todo), self._on_failed)

    def _fetch(self, generation: int, cancel: threading.Event, todo: list[str]) -> None:
        from editor.sync.link_check import LinkChecker

        if generation != self._generation:
            return
        self.status.setText(self.tr("Checking %n address(es) online…", "", len(todo)))
        bridge, network = self._bridge, self._network

        def fetch() -> list[Any]:
            checker = LinkChecker(network() if network else None)
            report = lambda done, total: bridge.sig_progress.emit(generation, done, total)  # noqa: E731
            return checker.check(todo, progress=report, cancel=cancel)

        self.runner.run_net(fetch, self._on_links_fetched, self._on_failed)

    def export_csv(self) -> None:
        """Save the report as CSV (German Excel conventions when the UI is German)."""
        self._export(self.tr("CSV files (*.csv)"), ".csv", lambda german: self._csv(german))

    def export_html(self) -> None:
        """Save the printable HTML report."""
        from editor.reports.export import to_html

        self._export(
            self.tr("HTML files (*.html)"), ".html", lambda german: to_html(self._report(), german=german)
        )

    def use_new_address(self) -> None:
        """Rewrite the selected link to its suggested address in that translation (one saved change)."""
        finding = self._selected_finding()
        if finding is None or not finding.suggestion or not self._before_write():
            return
        from editor.reports.links import use_new_address

        changes = use_new_address(
            self.store, finding.page_id, finding.language, finding.href, finding.suggestion
        )
        self._changed(changes)

    def confirm(self, all_languages: bool) -> None:
        """Mark the selected page (this language, or every language) as still valid."""
        row = self._selected_row()
        if row is None or (not all_languages and row.metrics is None) or not self._before_write():
            return
        from editor.models.quality_store import confirm_still_valid

        changes = confirm_still_valid(self.store, row.page_id, None if all_languages else [row.language])
        self._changed(changes)

    # -- private slots ----------------------------------------------------------------------------
    def _on_bridge_rows(self, generation: int, rows: list[QualityRow]) -> None:
        if generation == self._generation:
            self.model.add_rows(rows)

    def _on_bridge_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)

    def _on_report_done(self, generation: int, report: QualityReport) -> None:
        if generation != self._generation:
            return
        self.report = report
        self._busy(False)
        self.chart.set_report(report)
        self._apply_filters()
        header = self.table.horizontalHeader()
        self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        for column in (0, 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        self._update_buttons()
        self._show_count()

    def _on_links_fetched(self, results: list[Any]) -> None:
        from editor.models.quality_store import save_link_results

        def saved(_result: object) -> None:
            self.sig_links_checked.emit()
            self.refresh()

        self.runner.run_db(lambda: save_link_results(self.store, results), saved, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        self._busy(False)
        self.status.setText(self.tr("The report failed: {0}").format(describe(error)))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, QualityItemModel.ROW_ROLE)
        if row is not None:
            self.sig_open_page_requested.emit(row.page_id, row.language)

    def _on_table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.links_list.clear()
        row = self.proxy.data(current, QualityItemModel.ROW_ROLE) if current.isValid() else None
        if row is not None and self.report is not None:
            for finding in self.report.links:
                if (finding.page_id, finding.language) == (row.page_id, row.language) and finding.problem:
                    text = f"{finding.label or finding.href}: {finding_text(finding)}"
                    if finding.suggestion:
                        text += " → " + finding.suggestion
                    item = QListWidgetItem(text)
                    item.setToolTip(f"{text}\n{finding.href}")  # the list is narrow: the whole text
                    item.setData(Qt.ItemDataRole.UserRole, finding)
                    self.links_list.addItem(item)
        self._update_buttons()

    # -- helpers ----------------------------------------------------------------------------------
    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            self.filter_edit.text(), str(self.language_box.currentData() or ""), self.findings_box.isChecked()
        )
        self._show_count()

    def _show_count(self) -> None:
        """Rows (those the filters show, when they hide some), broken links, and whether cancelled."""
        report = self.report
        if report is None or self.cancel_button.isEnabled():
            return  # no report yet, or one being computed (its status comes when it is done)
        total, shown = len(report.rows), self.proxy.rowCount()
        rows = (
            self.tr("%n row(s)", "", total)
            if shown == total
            else self.tr("{0} of %n row(s)", "", total).format(shown)
        )
        broken = sum(r.broken_links for r in report.rows)
        self.status.setText(
            rows + " · " + self.tr("%n broken link(s)", "", broken)
            + ("" if report.complete else " · " + self.tr("cancelled"))
        )  # fmt: skip

    def _busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        self.refresh_button.setEnabled(not busy)
        self.online_button.setEnabled(not busy and self.report is not None)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _update_buttons(self) -> None:
        finding = self._selected_finding()
        self.use_button.setEnabled(bool(finding and finding.suggestion))
        row = self._selected_row()
        self.valid_button.setEnabled(row is not None and row.metrics is not None)
        self.valid_all_button.setEnabled(row is not None)
        self.csv_button.setEnabled(self.report is not None)
        self.html_button.setEnabled(self.report is not None)

    def _selected_row(self) -> QualityRow | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, QualityItemModel.ROW_ROLE) if index.isValid() else None

    def _selected_finding(self) -> LinkFinding | None:
        item = self.links_list.currentItem()
        found = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return found if isinstance(found, LinkFinding) else None

    def _changed(self, changes: Changes) -> None:
        """Tell the window (which calls :meth:`on_operation_done` back, as for every change)."""
        self.sig_operation_done.emit(changes)

    def on_operation_done(self, changes: Changes) -> None:
        """Follow a change of the working copy: the edited rows are brought up to date in the
        background; a changed tree or language list builds the report again (from the cache)."""
        if self.report is None or changes.empty:
            return
        if changes.tree or changes.languages or (changes.pages and not changes.translations):
            self.refresh()
            return
        report, keys = self.report, set(changes.translations)

        def job() -> list[QualityRow]:
            from editor.reports.quality import update_rows

            return update_rows(report, self.store, self.data_dir, keys)

        generation = self._generation
        self.runner.run_db(job, lambda rows: self._on_rows_updated(generation, rows), self._on_failed)

    def _on_rows_updated(self, generation: int, rows: list[QualityRow]) -> None:
        if generation != self._generation or self.report is None:
            return
        self.model.add_rows(rows)
        self.chart.set_report(self.report)
        self._on_table_row_changed(self.table.currentIndex(), self.table.currentIndex())

    def _report(self) -> QualityReport:
        assert self.report is not None
        return self.report

    def _csv(self, german: bool) -> str:
        from editor.reports.export import to_csv

        return to_csv(self._report(), german=german)

    def _export(self, kind: str, suffix: str, render: Callable[[bool], str]) -> None:
        if self.report is None:
            return
        region = self.store.region()
        suggested = self.tr("quality-report") + (f"-{region.slug}" if region else "") + suffix
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the quality report"), suggested, kind
        )
        if name:
            self.write_export(Path(name if name.endswith(suffix) else name + suffix), render)

    def write_export(self, path: Path, render: Callable[[bool], str]) -> None:
        """Write an export to ``path`` (German conventions when the UI language is German)."""
        # the UI's language as its translation says (German exports use German conventions)
        german = self.tr("en", "the code of the UI language: de in the German translation") == "de"
        try:
            path.write_text(render(german), encoding="utf-8", newline="")
        except OSError as exc:
            self.status.setText(self.tr("Not saved: {0}").format(cause_text(failure(exc))))
            return
        self.status.setText(self.tr("Saved {0}").format(path))
