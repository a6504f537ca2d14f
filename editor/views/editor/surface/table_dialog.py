"""*Table → Insert table…*: how many rows and columns, and whether the first row is a header row."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget


class TableDialog(QDialog):
    """Rows (1–100), columns (1–12) and a header row; 3 × 2 with a header row to start with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert table"))
        self.rows = QSpinBox(self)
        self.rows.setRange(1, 100)
        self.rows.setValue(3)
        self.columns = QSpinBox(self)
        self.columns.setRange(1, 12)
        self.columns.setValue(2)
        self.header = QCheckBox(self.tr("First row is a header row"), self)
        self.header.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Insert"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Rows:"), self.rows)
        form.addRow(self.tr("Columns:"), self.columns)
        form.addRow(self.header)
        form.addRow(buttons)


def ask_table_size(parent: QWidget | None) -> tuple[int, int, bool] | None:
    """Ask for (rows, columns, header row); None when cancelled."""
    dialog = TableDialog(parent)
    if not dialog.exec():
        return None
    return dialog.rows.value(), dialog.columns.value(), dialog.header.isChecked()
