"""Hosting the quality report in the main window: a tab beside the pages and texts (ADR 0044).

The report is made on first use (it keeps the window small and quick to start). It opens as a second
tab of the window's central area, so at 1366×768 it has the whole window below the toolbar; the tab
"Pages and texts" (always visible while the report is open) leads back to the editors, as do
Ctrl+Shift+R (it switches between the two) and a double-click on a row (it opens that page there).
Closing the tab keeps the report: opened again, it shows the same rows at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from editor.views.quality.report_panel import QualityReportPanel

# Windows lower than this (1366×768 screens and smaller) start with the report's summary folded
# away, so the table shows more rows; the user's own choice is remembered (state ``quality_summary``).
SHORT_WINDOW = 900


def _network(config: Any) -> Any:
    from editor.sync.settings import network_from_config

    return network_from_config(config)


def quality_panel(window: QMainWindow) -> QualityReportPanel | None:
    """The window's quality report, if it was opened (its tab may be closed)."""
    panel = getattr(window, "_quality_panel", None)
    return panel if isinstance(panel, QualityReportPanel) else None


def show_quality_report(window: QMainWindow) -> QualityReportPanel:
    """Show (and on first use create and fill) the quality report tab of ``window``.

    ``window`` is the :class:`~editor.views.main_window.MainWindow`: its store, config, task runner,
    ``views`` (the central tabs), ``sig_operation_done``, ``open_page`` and panes are used.
    """
    w: Any = window
    panel = quality_panel(window)
    if panel is None:
        chosen = str(w.config.state.get("quality_summary"))
        summary = chosen == "shown" if chosen else window.height() >= SHORT_WINDOW
        panel = QualityReportPanel(
            w.store, w.config.data_dir, w.services.runner, lambda: _network(w.config), window,
            summary_shown=summary,
        )  # fmt: skip
        panel.sig_open_page_requested.connect(lambda page, lang: _open(w, page, lang))
        panel.sig_operation_done.connect(lambda changes: _after_change(w, changes))
        panel.sig_links_checked.connect(lambda: [checks.refresh_links() for checks in w.checks])
        panel.sig_summary_toggled.connect(
            lambda shown: w.config.state.set("quality_summary", "shown" if shown else "hidden")
        )
        w.sig_operation_done.connect(panel.on_operation_done)
        w._quality_panel = panel
        panel.refresh()
    w.views.show_part(
        panel,
        QCoreApplication.translate("QualityReport", "Quality report"),
        QCoreApplication.translate(
            "QualityReport", "Ctrl+Shift+R switches between the report and the texts; × closes it"
        ),
    )
    return panel


def _open(window: Any, page_id: int, language: str) -> None:
    source = window.source_pane.language
    switch = source is not None and language != source.code
    if switch and not window.target_pane.set_languages(window.languages, language):
        return
    window.show_texts()
    window.open_page(page_id)


def _after_change(window: Any, changes: Any) -> None:
    window.sig_operation_done.emit(changes)
    shown = window.source_pane.page_id or window.target_pane.page_id
    if shown is not None and shown in changes.pages:
        window.open_page(shown)
