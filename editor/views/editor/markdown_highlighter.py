"""``MarkdownHighlighter``: Markdown formatting first (a rule table), then the spelling underline.

Headings, emphasis, list markers, link targets and inline HTML get quiet formats so that prose stands
out and URLs recede; the spelling underline from :class:`SpellHighlighter` is merged on top.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from editor.text.masking import Utf16Map
from editor.text.spelling import Speller
from editor.views.editor.spell_highlighter import SpellHighlighter


def _format(colour: str | None = None, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if colour:
        fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    return fmt


#: (pattern, group to format, format); applied in order, later rules win where they overlap.
_RULES: list[tuple[re.Pattern[str], int, QTextCharFormat]] = [
    (re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s"), 0, _format("#1565c0", bold=True)),
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), 0, _format(bold=True)),
    (re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)"), 0, _format(italic=True)),
    (re.compile(r"</?[A-Za-z][^>]*>"), 0, _format("#8d6e63")),
    (re.compile(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)"), 0, _format("#9e9e9e")),
    (re.compile(r"\{:?[^}\n]*\}"), 0, _format("#9e9e9e")),
    (re.compile(r"^\s*(?:---+|\*\*\*+)\s*$"), 0, _format("#9e9e9e")),
]
_HEADING = re.compile(r"^(#{1,6})\s")
_HEADING_FORMAT = _format("#0d47a1", bold=True)


class MarkdownHighlighter(SpellHighlighter):
    """Formats Markdown syntax, then underlines misspellings (see the module docstring)."""

    def __init__(self, editor: QPlainTextEdit, speller: Speller | None = None) -> None:
        super().__init__(editor, speller)

    def highlightBlock(self, text: str) -> None:
        """Format one block, then merge the spelling underline into it."""
        mapping = None if text.isascii() else Utf16Map(text)

        def apply(start: int, end: int, fmt: QTextCharFormat) -> None:
            if mapping is not None:
                start, end = mapping.to_utf16(start), mapping.to_utf16(end)
            self.setFormat(start, end - start, fmt)

        if _HEADING.match(text):
            apply(0, len(text), _HEADING_FORMAT)
        else:
            for pattern, group, fmt in _RULES:
                for match in pattern.finditer(text):
                    apply(match.start(group), match.end(group), fmt)
        self.highlight_spelling(text)
