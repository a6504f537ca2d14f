"""Context-menu actions for a misspelled word: suggestions, "Add to dictionary", "Ignore"."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from editor.views.editor.spell_highlighter import SpellHighlighter, TextEditor

MAX_SUGGESTIONS = 8


class SpellMenu(QObject):
    """Builds the spelling actions of a pane's context menu."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, editor: TextEditor, highlighter: SpellHighlighter) -> None:
        super().__init__(editor)
        self._editor = editor
        self._highlighter = highlighter

    # -- public API -------------------------------------------------------------------------------
    def actions_at(self, position: int, parent: QObject | None = None) -> list[QAction]:
        """Actions for the misspelling at document ``position``; empty when there is none."""
        speller = self._highlighter.speller
        found = self._highlighter.misspelling_at(position)
        if speller is None or found is None:
            return []
        start, end, word = found
        owner = parent or self
        actions: list[QAction] = []
        suggestions = speller.suggest(word, limit=MAX_SUGGESTIONS)
        for suggestion in suggestions:
            action = QAction(suggestion, owner)
            action.triggered.connect(lambda _=False, s=suggestion: self.replace_word(start, end, word, s))
            actions.append(action)
        if not suggestions:
            empty = QAction(self.tr("(no suggestions)"), owner)
            empty.setEnabled(False)
            actions.append(empty)
        separator = QAction(owner)
        separator.setSeparator(True)
        actions.append(separator)
        add = QAction(self.tr("Add to dictionary"), owner)
        add.triggered.connect(lambda _=False: self.add_to_dictionary(word))
        ignore = QAction(self.tr("Ignore"), owner)
        ignore.setToolTip(self.tr("Do not mark this word on this page"))
        ignore.triggered.connect(lambda _=False: self._highlighter.ignore_word(word))
        actions.extend([add, ignore])
        return actions

    def populate(self, menu: QMenu, position: int) -> bool:
        """Insert the spelling actions at the top of ``menu``; returns whether any were added."""
        actions = self.actions_at(position, menu)
        if not actions:
            return False
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, actions)  # type: ignore[arg-type]
        if first is not None:
            menu.insertSeparator(first)
        return True

    def replace_word(self, start: int, end: int, word: str, replacement: str) -> bool:
        """Replace ``word`` at ``start``–``end`` (document positions) as one undo step."""
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != word:
            return False  # the text changed since the menu opened
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        return True

    def add_to_dictionary(self, word: str) -> None:
        """Add ``word`` to the personal list of the pane's language and redraw."""
        speller = self._highlighter.speller
        if speller is not None:
            speller.add_to_personal(word)
        self._highlighter.refresh()
