"""Translation memory suggestions and glossary terms for the block at the cursor.

The memory (:func:`editor.models.memory_source.load_memory`) is built in the background on the
database thread of :class:`editor.tasks.TaskRunner`, one target language at a time and only when a
pane first needs that language; it is built again after a sync or an import changed the working copy
(:meth:`MemoryController.invalidate`). For the source block at the cursor the "Suggestions" tab of the
target pane lists the memory's hits (score %, the translation, the page it comes from; the open
page's current text is left out) and the glossary's terms with their agreed translations;
"Insert" (or a double click) puts a suggestion into the aligned target block. Glossary terms are
marked in the source pane (a dotted underline; hovering shows the agreed translations).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from editor.models.errors import StoreError
from editor.models.store import Store
from editor.tasks import TaskRunner
from editor.views.editor.marks import set_layer
from editor.views.translate.desk import AlignedDesk

GLOSSARY_COLOUR = "#6a3fb5"


if TYPE_CHECKING:
    from editor.text.glossary import Glossary, TermMatch
    from editor.text.memory import Suggestion, TranslationMemory


class SuggestionsPanel(QWidget):
    """The "Suggestions" tab: memory hits and glossary terms of the current source block."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.terms.setTextFormat(Qt.TextFormat.PlainText)
        self.insert_button = QPushButton(self.tr("Insert into the translation"))
        self.insert_button.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.insert_button.setEnabled(row >= 0))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.insert_button)
        layout.addWidget(self.terms)

    def show_suggestions(self, suggestions: list[Suggestion], titles: dict[int, str]) -> None:
        """List ``suggestions`` (best first)."""
        self.list.clear()
        for suggestion in suggestions:
            entry = suggestion.entry
            item = QListWidgetItem(f"{suggestion.score} % — {entry.target}")
            item.setToolTip(
                self.tr("Source: {0}\nPage: {1}").format(
                    entry.source, titles.get(entry.page_id, entry.page_id)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.target_html)
            self.list.addItem(item)
        self.insert_button.setEnabled(False)


class MemoryController(QObject):
    """Builds the memory per language in the background and follows the cursor."""

    def __init__(self, desk: AlignedDesk, store: Callable[[], Store], runner: TaskRunner) -> None:
        super().__init__(desk)
        self.desk, self.store, self.runner = desk, store, runner
        self.memories: dict[str, TranslationMemory] = {}
        self._building: set[str] = set()
        self.glossary: Glossary | None = None
        self._glossary_stamp = 0
        self._terms: list[tuple[int, TermMatch]] = []
        self.panel = SuggestionsPanel()
        desk.target.add_sidebar_panel(self.panel, self.tr("Suggestions"))
        self.panel.insert_button.clicked.connect(self.insert_current)
        self.panel.list.itemDoubleClicked.connect(lambda _item: self.insert_current())
        desk.sig_current_changed.connect(self._on_current)
        desk.sig_aligned.connect(self._mark_terms)
        desk.source.editor.viewport().installEventFilter(self)

    def invalidate(self) -> None:
        """The working copy changed (sync, import): build the memories again when next needed."""
        self.memories.clear()
        self.glossary = None

    def insert_current(self) -> bool:
        """Put the chosen suggestion into the aligned target block."""
        item = self.panel.list.currentItem()
        if item is None or self.desk.current is None:
            return False
        return self.desk.put_into_target(self.desk.current, str(item.data(Qt.ItemDataRole.UserRole)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self._terms:
            editor = self.desk.source.editor
            position = editor.cursorForPosition(event.pos()).position()
            for index, match in self._terms:
                if self.desk.maps is None:
                    break
                cursor = self.desk.maps[0].span_cursor(index, match.start, match.end)
                if cursor.selectionStart() <= position <= cursor.selectionEnd():
                    QToolTip.showText(event.globalPos(), self._term_text(match), editor)
                    return True
        return False

    # -- helpers ----------------------------------------------------------------------------------
    def _language(self) -> str | None:
        language = self.desk.target.language
        return language.code if language is not None and language.parent_code else None

    def _on_current(self, number: int | None) -> None:
        language = self._language()
        pair = self.desk.pairs[number] if number is not None and number < len(self.desk.pairs) else None
        if language is None or pair is None or pair.source is None:
            self.panel.status.setText(self.tr("Put the cursor in a block to see suggestions."))
            self.panel.show_suggestions([], {})
            self.panel.terms.clear()
            return
        self._show_terms(pair.source.text)
        memory = self.memories.get(language)
        if memory is None:
            self.panel.status.setText(self.tr("Building the translation memory…"))
            self.panel.show_suggestions([], {})
            self._build(language)
            return
        page = self.desk.source.page_id
        found = [
            s for s in memory.lookup(pair.source.text, language, limit=8)
            if not (s.entry.page_id == page and s.entry.origin == "current")
        ][:5]  # fmt: skip
        self.panel.status.setText(
            self.tr("%n suggestion(s) from the region's translations.", "", len(found))
            if found
            else self.tr("No similar block has been translated in this region yet.")
        )
        rows = self.store().page_tree({s.entry.page_id for s in found}) if found else []
        codes = [language, *(lang.code for lang in self.store().languages())]
        self.panel.show_suggestions(found, {row.id: row.title(codes) for row in rows})

    def _build(self, language: str) -> None:
        if language in self._building:
            return
        self._building.add(language)
        store = self.store()

        def done(memory: TranslationMemory) -> None:
            self._building.discard(language)
            self.memories[language] = memory
            if self._language() == language:
                self._on_current(self.desk.current)

        def failed(exc: BaseException) -> None:
            self._building.discard(language)
            self.panel.status.setText(self.tr("The translation memory cannot be built: {0}").format(exc))

        from editor.models.memory_source import load_memory  # on first use: not at start-up

        self.runner.run_db(lambda: load_memory(store, [language]), done, failed)

    def _glossary(self) -> Glossary | None:
        """The region's glossary, read again when its file changed (an import from the command line)."""
        from editor.models.glossary_store import glossary_path, load_glossary

        path = glossary_path(self.store())
        stamp = path.stat().st_mtime_ns if path.exists() else 0
        if self.glossary is None or stamp != self._glossary_stamp:
            try:
                self.glossary = load_glossary(self.store())
            except StoreError:
                return None
            self._glossary_stamp = stamp
        return self.glossary

    def _show_terms(self, text: str) -> None:
        glossary = self._glossary()
        matches = glossary.find(text) if glossary is not None else []
        lines = [self._term_text(match) for match in matches]
        self.panel.terms.setText(self.tr("Glossary:") + "\n" + "\n".join(lines) if lines else "")

    def _term_text(self, match: TermMatch) -> str:
        term = match.term
        if term.do_not_translate:
            return self.tr("{0}: do not translate").format(term.term)
        language = self._language() or ""
        agreed = " | ".join(term.translations.get(language, ())) or self.tr("(no agreed translation)")
        return f"{term.term} → {agreed}" + (f" ({term.note})" if term.note else "")

    def _mark_terms(self) -> None:
        glossary = self._glossary()
        self._terms = []
        marks: list[QTextEdit.ExtraSelection] = []
        if glossary is not None and self.desk.maps is not None:
            source_map = self.desk.maps[0]
            for index, block in enumerate(source_map.segments):
                for match in glossary.find(block.text):
                    self._terms.append((index, match))
                    mark = QTextEdit.ExtraSelection()
                    mark.cursor = source_map.span_cursor(index, match.start, match.end)
                    mark.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                    mark.format.setUnderlineColor(QColor(GLOSSARY_COLOUR))
                    marks.append(mark)
        set_layer(self.desk.source.editor, "glossary", marks)
