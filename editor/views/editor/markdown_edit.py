"""``MarkdownEdit``: the plain-text input of a pane, with Markdown formatting commands."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_LIST_PREFIX = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
_HEADING_PREFIX = re.compile(r"^#{1,6}\s+")


class MarkdownEdit(QPlainTextEdit):
    """Input only: text, direction and formatting commands; saving and checks live elsewhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(False)
        font = QFont(self.font())
        font.setPointSize(max(font.pointSize(), 11))
        self.setFont(font)

    # -- public API -------------------------------------------------------------------------------
    def set_right_to_left(self, rtl: bool) -> None:
        """Lay the text out right to left (Arabic, Farsi) or left to right."""
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        option = self.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.document().setDefaultTextOption(option)

    def toggle_inline(self, marker: str) -> None:
        """Wrap the selection (or the word at the cursor) in ``marker``, or unwrap it."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        selected = cursor.selectedText()
        n = len(marker)
        cursor.beginEditBlock()
        if len(selected) >= 2 * n and selected.startswith(marker) and selected.endswith(marker):
            cursor.insertText(selected[n:-n])
        elif selected:
            cursor.insertText(f"{marker}{selected}{marker}")
        else:
            cursor.insertText(marker * 2)
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=n)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def set_heading(self, level: int) -> None:
        """Make the current line(s) a heading of ``level`` (again: back to a paragraph)."""
        prefix = "#" * level + " "

        def change(line: str) -> str:
            bare = _HEADING_PREFIX.sub("", line)
            return bare if line.startswith(prefix) else prefix + bare

        self._change_lines(change)

    def toggle_list(self, ordered: bool) -> None:
        """Make the current line(s) a bulleted or numbered list, or plain lines again."""
        state = {"n": 0}

        def change(line: str) -> str:
            match = _LIST_PREFIX.match(line)
            if match:
                return line[match.end() :]
            state["n"] += 1
            return (f"{state['n']}. " if ordered else "- ") + line

        self._change_lines(change)

    def insert_link(self, url: str) -> None:
        """Turn the selection into a link to ``url`` (the URL is the text when nothing is selected)."""
        cursor = self.textCursor()
        label = cursor.selectedText() or url
        cursor.insertText(f"[{label}]({url})")
        self.setTextCursor(cursor)

    # -- helpers ----------------------------------------------------------------------------------
    def _change_lines(self, change: object) -> None:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        cursor.beginEditBlock()
        block = first
        while block.isValid():
            line_cursor = QTextCursor(block)
            line_cursor.select(QTextCursor.SelectionType.LineUnderCursor)
            line_cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            line_cursor.insertText(change(block.text()))  # type: ignore[operator]
            if block == last:
                break
            block = block.next()
        cursor.endEditBlock()
