"""Glue between an editor pane and its readability sidebar: debounce, analyse off-thread, show.

Typing only restarts a timer. When typing has stopped for :data:`DEBOUNCE_MS`, the text is
snapshotted and analysed through ``TaskRunner.run_check``; only the newest job's result is shown.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.tasks import TaskRunner
from editor.text.readability import ReadabilityResult
from editor.text.readability.prose import BREAK
from editor.views.editor.marks import layer, set_layer
from editor.views.editor.readability_panel import ReadabilityPanel
from editor.views.editor.spell_highlighter import TextEditor

DEBOUNCE_MS = 500
#: Background of a finding clicked in the panel.
FINDING_COLOUR = "#ffe28a"
#: Chips (U+FFFC) are not words; every block boundary (a list item, a cell, a heading) and line break
#: ends a sentence, as the block tags of the page's HTML do. Same length: offsets stay document positions.
_MASK = str.maketrans({"\ufffc": " ", "\u2028": BREAK, "\n": BREAK})


def surface_text(text: str) -> str:
    """The text readability reads: the surface's plain text with protected chips blanked."""
    return text.translate(_MASK)


_ids = itertools.count(1)


class ReadabilityController(QObject):
    """Keeps one pane's :class:`ReadabilityPanel` up to date with its text."""

    # -- signals ----------------------------------------------------------------------------------
    sig_result_ready = Signal(object)
    """A new :class:`ReadabilityResult` was shown."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(
        self,
        editor: TextEditor,
        language: str,
        runner: TaskRunner,
        panel: ReadabilityPanel | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else editor)
        self.editor = editor
        self.runner = runner
        self.panel = panel if panel is not None else ReadabilityPanel()
        self._language = language
        self._key = f"readability:{next(_ids)}"
        self._last_text: str | None = None
        self.result: ReadabilityResult | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        editor.textChanged.connect(self._on_editor_text_changed)
        self.panel.sig_span_activated.connect(self._on_panel_span_activated)

    # -- properties -------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The pane's content language (a CMS code)."""
        return self._language

    # -- public API -------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switch the pane's language and re-analyse."""
        self._language = language
        self.refresh()

    def refresh(self) -> None:
        """Analyse now (no debounce), e.g. after a page was loaded."""
        self.timer.stop()
        self._last_text = None
        self._start_job()

    # -- private slots ----------------------------------------------------------------------------
    @Slot()
    def _on_editor_text_changed(self) -> None:
        if layer(self.editor, "finding"):
            set_layer(self.editor, "finding", [])
        self.timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._start_job()

    @Slot(int, int)
    def _on_panel_span_activated(self, start: int, end: int) -> None:
        """Select the finding's words on the surface, scroll to them and mark them until the next edit."""
        text = self.editor.toPlainText()
        cursor = self.editor.textCursor()
        cursor.setPosition(_utf16_offset(text, start))
        cursor.setPosition(_utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(cursor)
        mark.format.setBackground(QColor(FINDING_COLOUR))
        set_layer(self.editor, "finding", [mark])
        self.editor.setFocus()

    # -- helpers ----------------------------------------------------------------------------------
    def _start_job(self) -> None:
        text = surface_text(self.editor.toPlainText())
        if text == self._last_text:
            return
        self._last_text = text
        language = self._language
        self.panel.set_pending()
        from editor.text.readability import analyse  # loads the analysis on first use (start-up)

        self.runner.run_check(self._key, lambda: analyse(text, language), self._on_done)

    def _on_done(self, result: ReadabilityResult) -> None:
        self.result = result
        self.panel.set_result(result)
        self.sig_result_ready.emit(result)


def _utf16_offset(text: str, index: int) -> int:
    """Qt positions count UTF-16 code units; Python indices count code points."""
    prefix = text[:index]
    if prefix.isascii():
        return index
    return len(prefix.encode("utf-16-le")) // 2
