"""Small dialogs: settings and a translation's local history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.config import Config
from editor.models.records import VersionInfo
from editor.text.plain import html_to_plain


class SettingsDialog(QDialog):
    """User settings: UI language, autosave pause, machine-translation threshold."""

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._config = config
        self.ui_language = QComboBox()
        for label, code in ((self.tr("System language"), "system"), ("Deutsch", "de"),
                            ("English", "en")):  # fmt: skip
            self.ui_language.addItem(label, code)
        self.ui_language.setCurrentIndex(
            max(0, self.ui_language.findData(config.settings.get("ui_language")))
        )
        self.autosave = QSpinBox()
        self.autosave.setRange(300, 10000)
        self.autosave.setSingleStep(100)
        self.autosave.setSuffix(" ms")
        self.autosave.setValue(config.settings.get("autosave_delay_ms"))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 20.0)
        self.threshold.setSingleStep(0.5)
        self.threshold.setValue(config.settings.get("mt_threshold"))
        form = QFormLayout()
        form.addRow(self.tr("User interface language:"), self.ui_language)
        form.addRow(self.tr("Autosave after a pause of:"), self.autosave)
        form.addRow(self.tr("Readability needed for machine translation:"), self.threshold)
        self.extra = QHBoxLayout()  # sections side by side: the dialog must fit a 1366×768 screen
        note = QLabel(self.tr("A new interface language takes effect when the app starts again."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.extra)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Store the chosen values."""
        self._config.settings.set("ui_language", self.ui_language.currentData())
        self._config.settings.set("autosave_delay_ms", self.autosave.value())
        self._config.settings.set("mt_threshold", self.threshold.value())
        super().accept()


class HistoryDialog(QDialog):
    """Earlier local versions of one translation; the chosen one can be restored."""

    def __init__(self, versions: list[VersionInfo], title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of “{0}”").format(title))
        self.resize(720, 420)
        self.chosen: VersionInfo | None = None
        self.list = QListWidget()
        for version in versions:
            stamp = version.saved_at.strftime("%Y-%m-%d %H:%M:%S")
            item = QListWidgetItem(f"{stamp} UTC — {version.title}")
            item.setData(256, version)
            self.list.addItem(item)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Restore this version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addWidget(self.text, 3)
        layout = QVBoxLayout(self)
        if not versions:
            layout.addWidget(QLabel(self.tr("No earlier versions yet: every save keeps one.")))
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _on_list_current_item_changed(self, item: QListWidgetItem | None) -> None:
        self.chosen = item.data(256) if item else None
        self.restore_button.setEnabled(self.chosen is not None)
        self.text.setPlainText(html_to_plain(self.chosen.content) if self.chosen else "")
