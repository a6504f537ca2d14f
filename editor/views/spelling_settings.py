"""The "Spelling" section of the settings: installed dictionaries and "Add dictionary…"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.text.language_sources import LanguageSource, sources
from editor.text.spelling_service import SpellingService
from editor.text.vocabulary import MIN_PAGES
from editor.views import prompts
from editor.views.error_text import describe


class SpellingSettingsSection(QGroupBox):
    """Lists the dictionaries enchant can use and adds a hunspell ``.dic``/``.aff`` pair."""

    def __init__(
        self,
        service: SpellingService,
        on_added: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Spelling"))
        self._service = service
        self._on_added = on_added
        self.languages = QListWidget()
        self.languages.setMaximumHeight(150)
        self.dictionaries = QListWidget()
        self.dictionaries.setMaximumHeight(110)
        add = QPushButton(self.tr("Add dictionary…"))
        add.clicked.connect(self.choose_dictionary)
        note = QLabel(
            self.tr(
                "Each pane is checked in its own language. Dictionaries are hunspell pairs "
                "(.dic and .aff, e.g. from LibreOffice extensions); added ones are kept in your data."
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.dictionaries, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Integreat languages and what they are checked against:")))
        layout.addWidget(self.languages)
        layout.addWidget(QLabel(self.tr("Installed dictionaries:")))
        layout.addLayout(row)
        layout.addWidget(note)
        self.refresh()

    def refresh(self) -> None:
        """Show each Integreat language's source and the dictionaries available now."""
        self.languages.clear()
        self.languages.addItems([self.describe(source) for source in sources(self._service)])
        self.dictionaries.clear()
        self.dictionaries.addItems(sorted(self._service.available_tags()))

    def describe(self, source: LanguageSource) -> str:
        """One line: the language code and its source (dictionary, region word list, none)."""
        if source.source == "dictionary":
            what = self.tr("dictionary {0}").format(source.detail)
            if source.bundled:
                what += " " + self.tr("(shipped with the app)")
        elif source.source == "region":
            words = int(source.detail) if source.detail.isdigit() else 0
            what = self.tr(
                "the region's own vocabulary: %n word(s) seen in at least {0} of {1} published pages",
                "",
                words,
            ).format(MIN_PAGES, source.pages)
        elif source.detail == "no_word_spellcheck":
            what = self.tr("no word spellcheck (written without spaces between words)")
        else:
            what = self.tr("not checked: no dictionary, and no published pages in this region yet")
        return f"{source.code} — {what}"

    def choose_dictionary(self) -> None:
        """Ask for the .dic file (and its .aff when it does not lie beside it), then add the pair."""
        dic, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add dictionary"), "", self.tr("Hunspell dictionaries (*.dic)")
        )
        if not dic:
            return
        aff = Path(dic).with_suffix(".aff")
        if not aff.is_file():
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Affix file for {0}").format(Path(dic).name), str(Path(dic).parent),
                self.tr("Hunspell affix files (*.aff)"),
            )  # fmt: skip
            if not chosen:
                return
            aff = Path(chosen)
        tag, ok = QInputDialog.getText(
            self, self.tr("Add dictionary"),
            self.tr("Language tag of this dictionary (e.g. tr_TR, so_SO):"), text=Path(dic).stem,
        )  # fmt: skip
        if ok and tag.strip():
            self.add(Path(dic), aff, tag.strip())

    def add(self, dic: Path, aff: Path, tag: str) -> bool:
        """Add the pair under ``tag``; a clear message when the files are not usable."""
        try:
            name = self._service.add_dictionary(dic, aff, tag)
        except (ValueError, OSError) as exc:
            prompts.warn(self, self.tr("Dictionary not added"), describe(exc))
            return False
        self.refresh()
        self._on_added(name)
        return True
