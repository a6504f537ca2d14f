"""Hosting the quality report in the main window: a dock made on first use (keeps the window small)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from editor.views.quality.report_panel import QualityReportPanel

#: Windows lower than this (1366×768 screens and smaller) give the report a larger share.
SHORT_WINDOW = 900


def _network(config: Any) -> Any:
    from editor.sync.settings import network_from_config

    return network_from_config(config)


def show_quality_report(window: QMainWindow) -> QualityReportPanel:
    """Show (and on first use create and fill) the quality report dock of ``window``.

    ``window`` is the :class:`~editor.views.main_window.MainWindow`: its store, config, task runner,
    ``sig_operation_done``, ``open_page`` and panes are used.
    """
    dock: QDockWidget | None = getattr(window, "_quality_dock", None)
    if dock is None:
        w: Any = window
        panel = QualityReportPanel(
            w.store, w.config.data_dir, w.services.runner, lambda: _network(w.config), window
        )
        panel.sig_open_page_requested.connect(lambda page, lang: _open(w, page, lang))
        panel.sig_operation_done.connect(lambda changes: _after_change(w, changes))
        panel.sig_links_checked.connect(lambda: [checks.refresh_links() for checks in w.checks])
        w.sig_operation_done.connect(panel.on_operation_done)
        dock = QDockWidget(QCoreApplication.translate("QualityReport", "Quality report"), window)
        dock.setObjectName("quality_report_dock")
        dock.setWidget(panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        # A third of the window (45 % on a short screen, so the table shows several rows): the
        # editors above stay usable, and the user drags the edge for more.
        share = 0.45 if window.height() < SHORT_WINDOW else 1 / 3
        window.resizeDocks([dock], [max(panel.minimumSizeHint().height(), int(window.height() * share))],
                           Qt.Orientation.Vertical)  # fmt: skip
        window._quality_dock = dock  # type: ignore[attr-defined]
        panel.refresh()
    dock.show()
    dock.raise_()
    return dock.widget()  # type: ignore[return-value]


def _open(window: Any, page_id: int, language: str) -> None:
    source = window.source_pane.language
    switch = source is not None and language != source.code
    if switch and not window.target_pane.set_languages(window.languages, language):
        return
    window.open_page(page_id)


def _after_change(window: Any, changes: Any) -> None:
    window.sig_operation_done.emit(changes)
    shown = window.source_pane.page_id or window.target_pane.page_id
    if shown is not None and shown in changes.pages:
        window.open_page(shown)
