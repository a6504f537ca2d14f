"""Small dialogs: settings (the history dialog is editor.views.translate.history)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.config import Config


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
