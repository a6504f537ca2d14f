"""``PaneChecks``: spelling, readability and links for one pane — highlighter, context menu, sidebar panels.

Dictionaries load off the GUI thread when a pane's language is set; until then the pane simply has no
underline. Everything is keyed to the pane's content language, never the system's.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor

from editor.text.spelling import Speller
from editor.views.editor.check_services import CheckServices
from editor.views.editor.pane import EditorPane
from editor.views.editor.readability_controller import ReadabilityController
from editor.views.editor.spell_highlighter import SpellHighlighter
from editor.views.editor.spell_menu import SpellMenu
from editor.views.editor.spell_panel import SpellPanel

if TYPE_CHECKING:
    from editor.views.editor.link_marks import LinkMarks

_ids = itertools.count(1)
SPELL_PANEL_DELAY_MS = 700


class PaneChecks(QObject):
    """Attaches spelling and readability to an :class:`EditorPane`."""

    def __init__(self, pane: EditorPane, services: CheckServices, *, active: bool = True) -> None:
        super().__init__(pane)
        self.pane = pane
        self.services = services
        self._active = active
        self._key = f"speller:{next(_ids)}"
        self._speller: Speller | None = None
        editor = pane.editor
        self.highlighter = SpellHighlighter(editor)
        editor.sig_document_replaced.connect(self.highlighter.setDocument)
        self.menu = SpellMenu(editor, self.highlighter)
        self.spell_panel = SpellPanel()
        self.readability = ReadabilityController(editor, "de", services.runner, parent=self)
        self.readability.panel.set_threshold(services.mt_threshold)
        pane.add_sidebar_panel(self.readability.panel, self.tr("Readability"))
        pane.add_sidebar_panel(self.spell_panel, self.tr("Spelling"))
        self.links: LinkMarks | None = None
        if services.store is not None:
            from editor.views.editor.link_marks import LinkMarks

            store = services.store
            self.links = LinkMarks(pane, services.runner, lambda: store)
            pane.sig_saved.connect(lambda _page, _language: self._refresh_links())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SPELL_PANEL_DELAY_MS)
        self._timer.timeout.connect(self._check_page)
        editor.textChanged.connect(self._timer.start)
        self.highlighter.sig_underlines_changed.connect(self._timer.start)
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._on_editor_context_menu)
        self.spell_panel.sig_issue_activated.connect(self._select)
        pane.sig_language_changed.connect(self._on_pane_language_changed)
        pane.sig_loaded.connect(self._on_pane_loaded)
        if not active:
            self.readability.panel.set_pending()
        elif pane.language is not None:
            self._on_pane_language_changed(pane.language.code)
        self._refresh_links()  # checks may be made after the page is shown (after the first paint)

    # -- public API -------------------------------------------------------------------------------
    def start(self) -> None:
        """Begin checking (for checks created inactive, e.g. for a one-shot screenshot)."""
        if self._active:
            return
        self._active = True
        if self.pane.language is not None:
            self._on_pane_language_changed(self.pane.language.code)
        self._refresh_links()

    def refresh_links(self) -> None:
        """Check the page's links again (after an online link check stored new results)."""
        self._refresh_links()

    def reload_speller(self) -> None:
        """Ask for the pane's speller again (after a dictionary was added)."""
        if self.pane.language is not None:
            self._on_pane_language_changed(self.pane.language.code)

    # -- private slots ----------------------------------------------------------------------------
    def _on_pane_language_changed(self, code: str) -> None:
        if not self._active:
            return
        self._speller = None
        self.highlighter.set_speller(None)
        self.readability.set_language(code)
        spelling = self.services.spelling

        def load() -> Speller | None:
            try:
                return spelling.speller(code).prepare()  # the region's names read here, on the pool
            except ValueError:  # a code no dictionary can be mapped to
                return None

        self.services.runner.run_check(self._key, load, self._on_speller)

    def _on_speller(self, speller: Speller | None) -> None:
        self._speller = speller
        if speller is None:
            language = self.pane.language
            self.spell_panel.show_no_dictionary(language.native_name if language else "")
        self.highlighter.set_speller(speller if speller is not None and speller.available else None)
        self._check_page()

    def _on_pane_loaded(self) -> None:
        self.highlighter.clear_ignored()
        if not self._active:
            return
        self.readability.refresh()
        self._timer.start()
        self._refresh_links()

    def _on_editor_context_menu(self, point: QPoint) -> None:
        editor = self.pane.editor
        menu = editor.createStandardContextMenu(point)
        position = editor.cursorForPosition(point).position()
        self.menu.populate(menu, position)
        if self.pane.context_actions:
            menu.addSeparator()
            menu.addActions(self.pane.context_actions)
        menu.exec(editor.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _select(self, start: int, end: int) -> None:
        editor = self.pane.editor
        cursor = editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.setFocus()

    # -- helpers ----------------------------------------------------------------------------------
    def _refresh_links(self) -> None:
        if self._active and self.links is not None:
            self.links.refresh()

    def _check_page(self) -> None:
        """List what the underlines show: the panel and the text always agree."""
        if self._speller is None:  # None while the dictionary loads
            return
        if not self._speller.available:
            self.spell_panel.show_no_dictionary(self._speller.language)
            return
        found = self.highlighter.misspellings()
        self.spell_panel.show_found(found)
        self._judge_names(self._speller, [word for _start, _end, word, _block in found])

    def _judge_names(self, speller: Speller, words: list[str]) -> None:
        """Decide off the UI thread whether underlined capitalised words are names, as the command line
        does (ADR 0003); the underlines are redrawn when one is. Each word is judged once per speller."""
        unjudged = speller.unjudged_names(words)
        if not unjudged:
            return

        def done(named: bool) -> None:
            if named and self.highlighter.speller is speller:
                self.highlighter.refresh()  # redraws; the panel follows through sig_underlines_changed

        self.services.runner.run_check(f"{self._key}:names", lambda: speller.judge_names(unjudged), done)
