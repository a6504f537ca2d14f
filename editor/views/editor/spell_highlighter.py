"""Wavy red underlines for misspellings in a pane, in the pane's own content language.

``SpellHighlighter`` is a ``QSyntaxHighlighter`` that asks a :class:`~editor.text.spelling.Speller`
(pure Python, cached) for each block, keeps the result in ``BlockSpellData`` together with the block's
revision, converts Python offsets to Qt's UTF-16 positions, and leaves the word under the cursor alone
while the user is typing it. A Markdown formatting highlighter can subclass it and call
``highlight_spelling(text)`` after its own ``setFormat`` calls: the underline is merged into the
formats already set.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QSyntaxHighlighter, QTextBlockUserData, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from editor.text.masking import Utf16Map
from editor.text.spelling import Speller

_IN_FENCE = 1
#: The editors a highlighter works on: the formatted surface (QTextEdit) or plain text.
TextEditor = QTextEdit | QPlainTextEdit
#: Object replacement characters (protected chips) and line separators are not words.
_MASK = str.maketrans({"\ufffc": " ", "\u2028": " "})


class BlockSpellData(QTextBlockUserData):
    """Spelling result of one block: the checked text, its revision and the UTF-16 spans."""

    def __init__(self, revision: int, generation: int, text: str, spans: list[tuple[int, int, str]]):
        super().__init__()
        self.revision = revision
        self.generation = generation
        self.text = text
        self.spans = spans
        """``(start, end, word)`` in UTF-16 units relative to the block."""


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspellings using a speller; ``set_speller(None)`` switches it off."""

    # -- signals ----------------------------------------------------------------------------------
    sig_underlines_changed = Signal()
    """Underlines were redrawn without a text change (speller, ignored words, the typed word done)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, editor: TextEditor, speller: Speller | None = None) -> None:
        # owned by the editor, not the document: the surface swaps in a new document per page
        super().__init__(editor)
        self.setDocument(editor.document())
        self._editor = editor
        self._speller = speller
        self._ignored: set[str] = set()
        self._generation = 0
        self._typing = False
        self._skipped_block = -1
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(QColor(Qt.GlobalColor.red))
        editor.installEventFilter(self)
        editor.cursorPositionChanged.connect(self._on_editor_cursor_moved)
        if not editor.document().isEmpty():
            self.rehighlight()

    # -- properties -------------------------------------------------------------------------------
    @property
    def speller(self) -> Speller | None:
        """The speller in use (None: spell checking is off)."""
        return self._speller

    @property
    def ignored_words(self) -> frozenset[str]:
        """Words ignored on this page."""
        return frozenset(self._ignored)

    # -- public API -------------------------------------------------------------------------------
    def set_speller(self, speller: Speller | None) -> None:
        """Check with ``speller`` from now on (a pane's language changed) and redraw."""
        self._speller = speller
        self._refresh()

    def ignore_word(self, word: str) -> None:
        """Stop underlining ``word`` on this page."""
        self._ignored.add(word)
        self._refresh()

    def clear_ignored(self) -> None:
        """Forget the page's ignored words (another page was loaded)."""
        self._ignored.clear()
        self._refresh()

    def refresh(self) -> None:
        """Re-check every block (after the personal dictionary changed)."""
        self._refresh()

    def misspelling_at(self, position: int) -> tuple[int, int, str] | None:
        """The misspelling at document ``position`` as ``(start, end, word)`` document positions."""
        block = self.document().findBlock(position)
        data = block.userData()
        if not isinstance(data, BlockSpellData):
            return None
        offset = position - block.position()
        for start, end, word in data.spans:
            if start <= offset <= end:
                return block.position() + start, block.position() + end, word
        return None

    def misspellings(self) -> list[tuple[int, int, str, int]]:
        """Every underlined misspelling as ``(start, end, word, block number)`` in document positions.

        The same data the underlines are drawn from, so a list built from it always agrees with them
        (the word being typed, not underlined yet, is left out here too).
        """
        found: list[tuple[int, int, str, int]] = []
        block = self.document().firstBlock()
        skipped = self._skipped_block
        skip = self._cursor_position_if_typing() if skipped >= 0 else None
        while block.isValid():
            data = block.userData()
            if isinstance(data, BlockSpellData) and data.text == block.text():
                base = block.position()
                for start, end, word in data.spans:
                    if skip is not None and base + start <= skip <= base + end:
                        continue
                    found.append((base + start, base + end, word, block.blockNumber()))
            block = block.next()
        return found

    def highlight_spelling(self, text: str) -> None:
        """Check ``text`` (the current block) and merge the underline into its formats."""
        in_fence = self._track_fence(text) if isinstance(self._editor, QPlainTextEdit) else False
        block = self.currentBlock()
        spans = [] if in_fence else self._spans(text, block.revision())
        skip = self._cursor_offset_if_typing()
        for start, end, _word in spans:
            if skip is not None and start <= skip <= end:
                self._skipped_block = block.blockNumber()
                continue
            self._underline(start, end)

    def _underline(self, start: int, end: int) -> None:
        """Merge the underline into the formats already set, one run of equal format at a time."""
        run_start = start
        current = self.format(start)
        for index in range(start + 1, end + 1):
            following = self.format(index) if index < end else None
            if following is not None and following == current:
                continue
            merged = QTextCharFormat(current)
            merged.merge(self._format)
            self.setFormat(run_start, index - run_start, merged)
            if following is not None:
                run_start, current = index, following

    # -- Qt overrides -----------------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        """Underline the misspellings of one block."""
        self.highlight_spelling(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notice typing, so the word being typed is not underlined yet."""
        if watched is self._editor and event.type() == QEvent.Type.KeyPress:
            key_text = event.text() if isinstance(event, QKeyEvent) else ""
            self._typing = bool(key_text) and (key_text.isprintable() or key_text == "\b")
        return False

    # -- private slots ----------------------------------------------------------------------------
    def _on_editor_cursor_moved(self) -> None:
        if self._skipped_block < 0:
            return
        if not self._typing or self._editor.textCursor().blockNumber() != self._skipped_block:
            self._typing = False
            block = self.document().findBlockByNumber(self._skipped_block)
            self._skipped_block = -1
            if block.isValid():
                self.rehighlightBlock(block)
            self.sig_underlines_changed.emit()

    # -- helpers ----------------------------------------------------------------------------------
    def _refresh(self) -> None:
        self._generation += 1
        self.rehighlight()
        self.sig_underlines_changed.emit()

    def _cursor_position_if_typing(self) -> int | None:
        if not self._typing or not self._editor.hasFocus():
            return None
        return self._editor.textCursor().position()

    def _spans(self, text: str, revision: int) -> list[tuple[int, int, str]]:
        data = self.currentBlockUserData()
        if isinstance(data, BlockSpellData) and data.generation == self._generation and data.text == text:
            return data.spans
        spans: list[tuple[int, int, str]] = []
        if self._speller is not None and self._speller.available and text.strip():
            found = self._speller.check_text(text.translate(_MASK), ignored=self._ignored, names="cached")
            mapping = Utf16Map(text)
            converted = mapping.spans_to_utf16([(m.start, m.end) for m in found])
            spans = [(s, e, m.word) for (s, e), m in zip(converted, found, strict=True)]
        self.setCurrentBlockUserData(BlockSpellData(revision, self._generation, text, spans))
        return spans

    def _track_fence(self, text: str) -> bool:
        inside = self.previousBlockState() == _IN_FENCE
        if text.lstrip().startswith(("```", "~~~")):
            self.setCurrentBlockState(0 if inside else _IN_FENCE)
            return True
        self.setCurrentBlockState(_IN_FENCE if inside else 0)
        return inside

    def _cursor_offset_if_typing(self) -> int | None:
        if not self._typing or not self._editor.hasFocus():
            return None
        cursor = self._editor.textCursor()
        block = self.currentBlock()
        if cursor.block() != block:
            return None
        return cursor.position() - block.position()
