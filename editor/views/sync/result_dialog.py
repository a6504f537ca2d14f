"""What a sync did: a one-line summary and every failed or conflicted item with the server's message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.sync.service import SyncIssue, SyncReport
from editor.views.sync.issue_text import issue_text


def unique_conflicts(report: SyncReport) -> list[SyncIssue]:
    """The report's conflicts, each translation once (pull and push may both report one)."""
    seen: set[tuple[int | None, str]] = set()
    found: list[SyncIssue] = []
    for issue in report.conflicts:
        key = (issue.cms_page_id if issue.cms_page_id is not None else issue.page_id, issue.language)
        if key not in seen:
            seen.add(key)
            found.append(issue)
    return found


def summary(report: SyncReport) -> str:
    """One line: pages pulled per language, changes sent, conflicts and failures."""
    pulled = ", ".join(f"{code} {n}" for code, n in sorted(report.pulled.items()) if n) or "0"
    text = QCoreApplication.translate("SyncResult", "Received: {0} · sent: {1}").format(pulled, report.pushed)
    conflicts = unique_conflicts(report)
    if conflicts:
        text += " · " + QCoreApplication.translate("SyncResult", "conflicts: {0}").format(len(conflicts))
    if report.failed:
        text += " · " + QCoreApplication.translate("SyncResult", "failed: {0}").format(len(report.failed))
    if report.cancelled:
        text += " · " + QCoreApplication.translate("SyncResult", "cancelled")
    return text


class SyncResultDialog(QDialog):
    """The items of a sync that failed (with the server's message) or are in conflict."""

    # -- signals ----------------------------------------------------------------------------------
    sig_resolve_requested = Signal()
    """The user wants to resolve the conflicts now."""
    sig_send_kept_requested = Signal()
    """The user wants to send again the texts kept here that the CMS no longer holds (0043)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, report: SyncReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync result"))
        self.resize(760, 380)
        self.items = QTreeWidget()
        self.items.setHeaderLabels([self.tr("Page"), self.tr("Language"), self.tr("What happened")])
        self.items.setRootIsDecorated(False)
        self.items.setWordWrap(True)
        for issue in report.failed:
            text = issue_text(issue)
            if issue.page_id is not None or issue.cms_page_id is not None:  # else: a language's pull
                text = self.tr("Not sent: {0}").format(text)
            self._add(issue.title, issue.language, text)
        for issue in unique_conflicts(report):
            self._add(issue.title, issue.language, self.tr("Conflict: {0}").format(issue_text(issue)))
        self.items.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.resolve_button = buttons.addButton(
            self.tr("Resolve conflicts…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.resolve_button.setVisible(bool(report.conflicts))
        self.resolve_button.clicked.connect(self._on_resolve_button_clicked)
        self.send_kept_button = buttons.addButton(
            self.tr("Send kept texts again…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        emptied = any(i.problem is not None and i.problem.code == "language_emptied" for i in report.failed)
        self.send_kept_button.setVisible(emptied)
        self.send_kept_button.clicked.connect(self._on_send_kept_button_clicked)
        note = QLabel(self.tr("Items that failed stay in the outbox and are sent again by the next sync."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary(report)))
        layout.addWidget(self.items, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    # -- public API -------------------------------------------------------------------------------
    def messages(self) -> list[str]:
        """The "what happened" column, top to bottom (for tests and copying)."""
        items = (self.items.topLevelItem(i) for i in range(self.items.topLevelItemCount()))
        return [item.text(2) for item in items if item is not None]

    # -- private slots ----------------------------------------------------------------------------
    def _on_resolve_button_clicked(self) -> None:
        self.accept()
        self.sig_resolve_requested.emit()

    def _on_send_kept_button_clicked(self) -> None:
        self.accept()
        self.sig_send_kept_requested.emit()

    # -- helpers ----------------------------------------------------------------------------------
    def _add(self, title: str, language: str, message: str) -> None:
        item = QTreeWidgetItem([title, language, message])
        item.setToolTip(2, message)
        self.items.addTopLevelItem(item)
