"""``OutboxDialog``: the changes waiting to be sent, each one discardable.

Lists the outbox's typed operations in the order the next sync sends them (a new page before its
subpages, pages before texts). Discarding a text edit keeps the text here and only drops its sending;
discarding a new page removes it (it exists only here); a discarded move, archive or restore is undone
by the next pull.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.models.changes import Changes
from editor.models.errors import StoreError
from editor.models.operations import CreatePage, MovePage, Operation, SetStatus, push_order
from editor.models.store import Store
from editor.views.error_text import describe
from editor.views.sync.issue_text import stored_text


class OutboxDialog(QDialog):
    """The "Waiting to be sent" list (see the module docstring)."""

    sig_discarded = Signal(object)
    """An operation was discarded (its :class:`Changes`)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Waiting to be sent"))
        self.resize(720, 380)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Change"), self.tr("Page"), self.tr("Language"), self.tr("State")])
        self.list.itemSelectionChanged.connect(self._selection_changed)
        note = QLabel(
            self.tr(
                "Discarding a text edit keeps the text here and only stops sending it. Discarding a new "
                "page removes it (it exists only here). A discarded move, archive or restore is undone "
                "by the next sync."
            )
        )
        note.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.discard_button.setEnabled(False)
        self.discard_button.clicked.connect(self.discard_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the outbox again."""
        self.list.clear()
        languages = [lang.code for lang in self.store.languages()]
        rows = {row.id: row for row in self.store.page_tree()}
        for op in push_order(self.store.operations()):
            row = rows.get(op.page_id)
            title = op.title if isinstance(op, CreatePage) else (row.title(languages) if row else "")
            language = getattr(op, "language", "")
            item = QTreeWidgetItem([self.describe(op), title, language, self.state(op)])
            item.setData(0, Qt.ItemDataRole.UserRole, op.id)
            if op.last_error:
                item.setToolTip(3, stored_text(op.last_error))
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self._selection_changed()

    def describe(self, op: Operation) -> str:
        """What the operation does, in words."""
        if isinstance(op, SetStatus):
            names = {
                "DRAFT": self.tr("draft"),
                "REVIEW": self.tr("in review"),
                "PUBLIC": self.tr("published"),
            }
            return self.tr("Set status: {0}").format(names.get(op.status.value, op.status.value))
        if isinstance(op, MovePage):
            return self.tr("Move page")
        labels = {
            "edit_text": self.tr("Edited text"),
            "create_page": self.tr("New page"),
            "archive_page": self.tr("Archive page"),
            "restore_page": self.tr("Restore page"),
            "refresh_date": self.tr("Still up to date"),
        }
        text = labels.get(op.kind, op.kind)
        if getattr(op, "minor_edit", False):
            text += " " + self.tr("(minor edit)")
        return text

    def state(self, op: Operation) -> str:
        """Waiting, failed (with the server's message) or in conflict."""
        if op.conflict:
            return self.tr("Conflict: {0}").format(stored_text(op.last_error))
        if op.last_error:
            return self.tr("Failed: {0}").format(stored_text(op.last_error))
        return self.tr("Waiting")

    def selected_id(self) -> int | None:
        """The operation selected in the list."""
        items = self.list.selectedItems()
        return int(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def discard_selected(self) -> Changes | None:
        """Discard the selected operation (a new page only after a confirmation)."""
        op_id = self.selected_id()
        if op_id is None:
            return None
        op = next((o for o in self.store.operations() if o.id == op_id), None)
        if isinstance(op, CreatePage) and not self._confirm_remove(op.title):
            return None
        try:
            changes = self.store.discard_operation(op_id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not discarded"), describe(exc))
            return None
        self.sig_discarded.emit(changes)
        self.refresh()
        return changes

    def _confirm_remove(self, title: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove the new page?"),
            self.tr("The page “{0}” exists only here. Discarding it removes it with its texts.").format(
                title
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _selection_changed(self) -> None:
        self.discard_button.setEnabled(self.selected_id() is not None)
