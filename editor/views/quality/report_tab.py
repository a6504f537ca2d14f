"""``ReportTab``: the quality report as a part of the window, a tab beside the texts (ADR 0044).

The report is made on first use (it keeps the window small and quick to start: its modules load only
then). It opens as a second tab of the window's central area, so at 1366×768 it has the whole window
below the toolbar; the tab "Pages and texts" (always visible while the report is open) leads back to
the editors, as do Ctrl+Shift+R (it switches between the two) and a double-click on a row (it opens
that page there). Closing the tab keeps the report: opened again, it shows the same rows at once.
Whether the report was open, and in front, is remembered for the next start (state
``quality_report``: ``front``, ``open`` or empty); it is then opened right after the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from editor.models.changes import Changes
    from editor.sync.errors import NetworkConfig
    from editor.views.quality.report_panel import QualityReportPanel
    from editor.views.window_host import WindowHost

# Windows lower than this (1366×768 screens and smaller) start with the report's summary folded
# away, so the table shows more rows; the user's own choice is remembered (state ``quality_summary``).
SHORT_WINDOW = 900


class ReportTab(QObject):
    """The window's quality report: made on first use, shown in a tab, remembered between starts."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self._panel: QualityReportPanel | None = None

    # -- properties -------------------------------------------------------------------------------
    @property
    def panel(self) -> QualityReportPanel | None:
        """The report, once it was opened (its tab may be closed since)."""
        return self._panel

    def in_front(self) -> bool:
        """True while the report's tab is in front."""
        return self._panel is not None and self.host.part_in_front(self._panel)

    # -- public API -------------------------------------------------------------------------------
    def show(self) -> QualityReportPanel:
        """Show the report's tab in front (made and filled on first use)."""
        panel = self._panel or self._make()
        self.host.show_part(
            panel,
            QCoreApplication.translate("QualityReport", "Quality report"),
            QCoreApplication.translate(
                "QualityReport", "Ctrl+Shift+R switches between the report and the texts; × closes it"
            ),
        )
        return panel

    def toggle(self) -> None:
        """Ctrl+Shift+R: the report in front, or, when it already is, the texts."""
        if self.in_front():
            self.host.show_texts()
        else:
            self.show()

    def open_state(self) -> str:
        """What to remember: ``front`` (its tab in front), ``open`` (a tab behind the texts) or ``""``."""
        if self._panel is None or not self.host.part_open(self._panel):  # never made, or closed
            return ""
        return "front" if self.in_front() else "open"

    def restore(self, state: str) -> None:
        """Open the report again as it was at the last close (``state`` from :meth:`open_state`)."""
        if state not in ("front", "open"):
            return
        self.show()
        if state == "open":
            self.host.show_texts()

    # -- helpers ----------------------------------------------------------------------------------
    def _make(self) -> QualityReportPanel:
        from editor.views.quality.report_panel import QualityReportPanel

        host, state = self.host, self.host.config.state
        chosen = str(state.get("quality_summary"))
        summary = chosen == "shown" if chosen else host.widget().height() >= SHORT_WINDOW
        panel = QualityReportPanel(
            host.store, host.config.data_dir, host.runner, self._network, host.widget(),
            summary_shown=summary, before_write=host.panes.flush_all,
        )  # fmt: skip
        panel.sig_open_page_requested.connect(self._open)
        panel.sig_operation_done.connect(self._after_change)
        panel.sig_links_checked.connect(host.refresh_link_checks)
        panel.sig_summary_toggled.connect(
            lambda shown: state.set("quality_summary", "shown" if shown else "hidden")
        )
        host.on_operation_done(panel.on_operation_done)
        self._panel = panel
        panel.refresh()
        return panel

    def _network(self) -> NetworkConfig:
        from editor.sync.settings import network_from_config

        return network_from_config(self.host.config)

    def _open(self, page_id: int, language: str) -> None:
        if not self.host.panes.show_language(language):
            return  # the right pane's unsaved text could not be saved: the report stays in front
        self.host.show_texts()
        self.host.open_page(page_id)

    def _after_change(self, changes: Changes) -> None:
        self.host.operation_done(changes)
        self.host.reopen_if_changed(changes)
