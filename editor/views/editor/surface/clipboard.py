"""The surface's clipboard: a copy carries its CMS HTML exactly, a paste is cleaned to what the CMS keeps.

A copy (or drag) from a surface puts three formats on the clipboard: its CMS HTML under
:data:`SURFACE_MIME` (pasted into a surface again without cleaning: chips, links and marks move whole),
the same HTML as ``text/html`` and the plain text. HTML from elsewhere is cleaned first
(:func:`~editor.text.surface.paste.clean_pasted_html`); anything else, and Ctrl+Shift+V, inserts plain
text in the format typed at the cursor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QTextCursor, QTextDocument

from editor.text.errors import ContentError
from editor.text.surface import from_html, to_html
from editor.text.surface.model import Block, TextBlock
from editor.text.surface.paste import clean_own_html, clean_pasted_html
from editor.views.editor.surface.builder import SurfaceBuilder
from editor.views.editor.surface.reader import read_document

if TYPE_CHECKING:
    from editor.views.editor.surface.surface_edit import SurfaceEdit

#: Clipboard format of a copy from a surface: its CMS HTML, pasted without cleaning.
SURFACE_MIME = "application/x-integreat-desk-html"


def selection_data(edit: SurfaceEdit) -> QMimeData:
    """The selection of ``edit`` as CMS HTML, HTML and plain text."""
    data = QMimeData()
    cursor = edit.textCursor()
    scratch = QTextDocument()
    QTextCursor(scratch).insertFragment(cursor.selection())
    blocks = read_document(scratch, edit.table)
    for block in blocks:  # a copy is new content wherever it lands
        block.source = block.original = ""
    html = to_html(blocks)
    data.setData(SURFACE_MIME, QByteArray(html.encode("utf-8")))
    data.setHtml(html)
    data.setText(cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n").replace("\ufffc", ""))
    return data


def insert_data(edit: SurfaceEdit, source: QMimeData) -> None:
    """Paste ``source`` at the cursor: our own copies keep everything, other HTML is cleaned first,
    anything else is plain text."""
    own = bytes(source.data(SURFACE_MIME).data()).decode("utf-8") if source.hasFormat(SURFACE_MIME) else ""
    if own or source.hasHtml():
        try:
            blocks = from_html(clean_own_html(own) if own else clean_pasted_html(source.html()))
        except (ContentError, ValueError):
            blocks = []
        if blocks:
            insert_blocks(edit, blocks)
            return
    if source.hasText():
        insert_plain(edit, source.text())


def insert_plain(edit: SurfaceEdit, text: str) -> None:
    """``text`` at the cursor, a paragraph per line, in the format typed there."""
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    fmt = edit.commands.typing_format(cursor, edit.commands.marks_at(cursor))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for index, line in enumerate(lines):
        if index:
            cursor.insertBlock()
        clean = line.replace("\ufffc", "").replace("\u2028", " ").replace("\u2029", " ")
        cursor.insertText(clean, fmt)
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


def insert_blocks(edit: SurfaceEdit, blocks: list[Block]) -> None:
    """``blocks`` at the cursor (replacing a selection); a first paragraph continues the one there."""
    for block in blocks:  # pasted blocks are new: they have no original HTML to keep
        block.source = block.original = ""
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    if cursor.hasSelection():
        cursor.removeSelectedText()
    builder = SurfaceBuilder(edit.document(), edit.table, edit.right_to_left)
    builder.cursor = cursor
    builder.fresh = not cursor.block().text()
    first = blocks[0]
    if isinstance(first, TextBlock) and not builder.fresh:
        builder.inline(first.content, cursor.blockFormat().headingLevel())
        blocks = blocks[1:]
    builder.build(blocks)
    cursor.endEditBlock()
    edit.setTextCursor(builder.cursor)
