"""``SurfaceEdit``: the formatted editing surface of a pane (a QTextEdit over the block model).

``load_html`` builds the document from CMS HTML; ``html`` reads it back (the loaded HTML itself when
nothing changed). Editing keys follow Word and TinyMCE: Enter a new paragraph or list item (Enter in an
empty list item leaves the list), Shift+Enter a line break, Ctrl+Shift+V plain text, Tab / Shift+Tab a
list level deeper / out (in a table the next / previous cell, elsewhere the next / previous control:
never a tab character); pasted HTML is cleaned to what the CMS accepts. Protected chips move and delete
as a whole.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QMimeData, QPoint, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextOption,
    QTextTable,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from editor.text.surface import from_html, to_html
from editor.text.surface.align import ALIGNMENTS
from editor.text.surface.from_html import attach_sources, wrapper_tags
from editor.text.surface.model import Block, new_table
from editor.text.surface.to_html import unchanged
from editor.views.editor.marks import clear_layers
from editor.views.editor.surface.builder import build_document
from editor.views.editor.surface.chips import ChipHandler, install_chips
from editor.views.editor.surface.clipboard import (
    insert_blocks,
    insert_data,
    insert_plain,
    selection_data,
)
from editor.views.editor.surface.commands import BOLD, ITALIC, SurfaceCommands
from editor.views.editor.surface.links import link_at
from editor.views.editor.surface.list_levels import ListLevels
from editor.views.editor.surface.placeholder import paint_placeholder
from editor.views.editor.surface.reader import read_document
from editor.views.editor.surface.records import OBJECT_CHAR, SideTable
from editor.views.editor.surface.table_order import reading_order
from editor.views.editor.surface.tables import TableCommands, add_table_actions, in_table

#: Latin families tried first (the first installed one is used).
LATIN_FAMILIES = ["Noto Sans", "Segoe UI", "DejaVu Sans", "Liberation Sans"]
#: Fallback chain with Arabic-script coverage in regular, bold and italic (DejaVu's oblique has none).
ARABIC_FAMILIES = ["Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Segoe UI", "Tahoma", "DejaVu Sans"]


def editor_font(base: QFont) -> QFont:
    """``base`` (at least 11 pt) in a Latin family, with the Arabic-script fallback chain."""
    installed = set(QFontDatabase.families())
    latin = next((family for family in LATIN_FAMILIES if family in installed), base.family())
    font = QFont(base)
    font.setPointSize(max(font.pointSize(), 11))
    font.setFamilies(
        [latin, *(family for family in ARABIC_FAMILIES if family in installed and family != latin)]
    )
    return font


_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class SurfaceEdit(QTextEdit):
    """Input only: the document, direction, editing keys and formatting commands."""

    # -- signals ----------------------------------------------------------------------------------
    sig_format_changed = Signal()
    """The formatting at the cursor may have changed (the toolbar updates its state)."""
    sig_document_replaced = Signal(object)
    """A page was loaded into a new QTextDocument (highlighters move to it)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(False)
        font = editor_font(self.font())
        self.setFont(font)
        self._font = font
        self.document().setDefaultFont(font)
        self._chips = ChipHandler(self)
        install_chips(self.document(), self._chips)
        self._table = SideTable()
        self._rtl = False
        self._placeholder = ""
        self._loaded_html = ""
        self._wrapper = ("", "")
        self._loaded_originals: list[str] = []
        self._unsourced: list[Block] | None = None
        self.commands = SurfaceCommands(self.document(), lambda: self._table, lambda: self._rtl)
        self.tables = TableCommands(lambda: self._table, lambda: self._rtl)
        self.list_levels = ListLevels(self.commands)
        self.cursorPositionChanged.connect(self.sig_format_changed)

    # -- properties -------------------------------------------------------------------------------
    @property
    def table(self) -> SideTable:
        """The side table of the loaded document."""
        return self._table

    @property
    def right_to_left(self) -> bool:
        """True when the pane's language is written right to left."""
        return self._rtl

    # -- public API -------------------------------------------------------------------------------
    def setPlaceholderText(self, text: str) -> None:
        """Show ``text`` while the document is empty, wrapped (Qt's own placeholder is one cut line)."""
        self._placeholder = text
        self.viewport().update()

    def placeholderText(self) -> str:
        """The text shown while the document is empty."""
        return self._placeholder

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_placeholder(self, self._placeholder, self._rtl)

    def set_right_to_left(self, rtl: bool) -> None:
        """Lay the text out right to left (Arabic, Farsi) or left to right."""
        self._rtl = rtl
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        self._apply_direction(self.document())

    def _apply_direction(self, document: QTextDocument) -> None:
        direction = Qt.LayoutDirection.RightToLeft if self._rtl else Qt.LayoutDirection.LeftToRight
        option = document.defaultTextOption()
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)

    def load_html(self, html: str) -> None:
        """Show ``html`` (raises ContentError for text HTML cannot hold; nothing changes then)."""
        blocks = from_html(html, sources=False)
        self._show_blocks(blocks)
        self._loaded_html = html
        self._unsourced = blocks  # their original HTML is looked up when the page is first read back
        self._loaded_originals = [block.original for block in blocks]

    def blocks(self) -> list[Block]:
        """The document as the block model."""
        if self._unsourced is not None:
            attach_sources(self._loaded_html, self._unsourced)
            self._wrapper = wrapper_tags(self._loaded_html)
            self._unsourced = None
        return read_document(self.document(), self._table)

    def html(self) -> str:
        """The document as HTML: exactly the loaded HTML when no block changed."""
        return self._writer(self.blocks())()

    def html_writer(self) -> Callable[[], str]:
        """Read the document now; the returned function writes what was read as :meth:`html` does.

        The function touches no Qt object, so it may run on another thread (the desk's realignment
        writes the HTML on the check pool); it writes once and then returns the same text. A document
        never edited since it was built (nothing to undo or redo, not modified) is the loaded HTML and
        is not read at all.
        """
        document = self.document()
        if not (document.isModified() or document.availableUndoSteps() or document.availableRedoSteps()):
            loaded = self._loaded_html
            return lambda: loaded
        return self._writer(self.blocks())

    def _writer(self, blocks: list[Block]) -> Callable[[], str]:
        originals, loaded, wrap = self._loaded_originals, self._loaded_html, self._wrapper

        @cache
        def write() -> str:
            if [block.original for block in blocks] == originals and all(map(unchanged, blocks)):
                return loaded
            return to_html(blocks, wrap=wrap)

        return write

    def _show_blocks(self, blocks: list[Block]) -> None:
        # Built detached (no layout, no editor reacting to each insert), then swapped in: ~8x faster.
        # A null page size keeps the layout created for the chips from laying the page out before the
        # editor sets its width (then it lays out only the first screen; the rest follows lazily).
        document = QTextDocument(self)
        self._table = build_document(document, blocks, self._rtl)
        document.setDefaultFont(self._font)
        self._apply_direction(document)
        document.setPageSize(QSizeF(0, 0))
        install_chips(document, self._chips)  # before the editor lays it out: chips need their size
        self.commands.document = document
        old = self.document()
        ours = old.parent() is self  # the editor deletes only the first one, which it made itself
        clear_layers(self)  # the marks belong to the old document, which is deleted below
        self.setDocument(document)
        if ours:
            old.deleteLater()
        self.sig_document_replaced.emit(document)

    def toggle_bold(self) -> None:
        """Bold on/off for the selection or the word at the cursor."""
        cursor = self.textCursor()
        self.commands.toggle_mark(cursor, "strong", BOLD)
        self.setTextCursor(cursor)  # without a selection: what is typed next takes the change
        self.sig_format_changed.emit()

    def toggle_italic(self) -> None:
        """Italic on/off for the selection or the word at the cursor."""
        cursor = self.textCursor()
        self.commands.toggle_mark(cursor, "em", ITALIC)
        self.setTextCursor(cursor)  # without a selection: what is typed next takes the change
        self.sig_format_changed.emit()

    def set_heading(self, level: int) -> None:
        """Heading of ``level`` for the current block(s); again: paragraph."""
        self.commands.set_heading(self.textCursor(), level)
        self.sig_format_changed.emit()

    def set_alignment(self, value: str | None) -> None:
        """Align the current paragraph(s) and heading(s) (``left``, ``center``, ``right``, ``justify``;
        None: as the text's direction has it)."""
        if not self.isReadOnly():
            self.commands.set_alignment(self.textCursor(), value)
        self.sig_format_changed.emit()

    def toggle_list(self, ordered: bool) -> None:
        """Bulleted or numbered list for the current block(s); again: paragraphs."""
        self.commands.toggle_list(self.textCursor(), ordered)
        self.sig_format_changed.emit()

    def change_list_level(self, step: int) -> bool:
        """Tab (``step`` +1): the selected list items become sub-items of the item before them;
        Shift+Tab (-1): one level out, at the top level a paragraph. One undo step; False when
        nothing changed (not in a list, the first item of a list, read-only)."""
        if self.isReadOnly():
            return False
        changed = self.list_levels.change(self.textCursor(), step)
        if changed:  # Qt repaints the changed blocks only, not the bullets of a right-to-left list
            self.viewport().update()
        self.sig_format_changed.emit()
        return changed

    def table_command(self, name: str, at: int | None = None) -> None:
        """Insert or delete a row or column (``name``: see ``TABLE_COMMANDS``) at the cursor or ``at``."""
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        if at is not None:
            cursor.setPosition(at)
        if self.tables.run(cursor, name):
            self.setTextCursor(cursor)
        self.sig_format_changed.emit()

    def insert_table(self, rows: int, columns: int, *, header: bool) -> bool:
        """Insert an empty table after the block (or the whole list) at the cursor and put the cursor
        in its first cell: one undo step. False in a table (no table in a table) or read-only."""
        cursor = self.textCursor()
        if self.isReadOnly() or cursor.currentTable() is not None:
            return False
        current = cursor.currentList()
        if current is not None:  # after the list, not between two of its items
            cursor.setPosition(current.item(current.count() - 1).position())
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        after = cursor.position()
        self.setTextCursor(cursor)
        insert_blocks(self, [new_table(rows, columns, header=header)])
        table = next(
            (f for f in self.document().rootFrame().childFrames() if f.firstPosition() > after), None
        )
        if isinstance(table, QTextTable):
            self.setTextCursor(reading_order(table)[0].firstCursorPosition())  # (Arabic: the right one)
        self.sig_format_changed.emit()
        return True

    def format_state(self) -> dict[str, bool]:
        """What the toolbar shows as on at the cursor."""
        cursor = self.textCursor()
        level = cursor.blockFormat().headingLevel()
        kind = self.commands.list_kind(cursor)
        align = self.commands.alignment(cursor)
        return {
            "bold": self.commands.has_mark(cursor, BOLD),
            "italic": self.commands.has_mark(cursor, ITALIC),
            "h2": level == 2,
            "h3": level == 3,
            "bullets": kind == "ul",
            "numbers": kind == "ol",
            "link": link_at(self.commands, cursor) is not None,
            "table": self.tables.available(cursor),
            "merged_table": cursor.currentTable() is not None and not self.tables.available(cursor),
            "list_deeper": self.list_levels.can_change(cursor, 1),
            "list_out": self.list_levels.can_change(cursor, -1),
            **{f"align_{value}": value == align for value in ALIGNMENTS},
        }

    # -- Qt overrides -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter/Shift+Enter as in Word; Tab/Shift+Tab as in TinyMCE; plain-text paste; typing never
        continues a chip."""
        if event.key() == Qt.Key.Key_V and event.modifiers() == _CTRL_SHIFT:
            self.paste_plain()
            return
        key = event.key()
        cursor = self.textCursor()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & _CTRL_ALT:
            self._tab(cursor, key == Qt.Key.Key_Backtab or bool(event.modifiers() & _SHIFT))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                cursor.insertText(
                    "\u2028", self.commands.typing_format(cursor, self.commands.marks_at(cursor))
                )
                return
            if cursor.block().textList() is not None and not cursor.block().text():
                self.commands.toggle_list(cursor, self.commands.list_kind(cursor) == "ol")
                return
            if cursor.blockFormat().headingLevel() and cursor.atBlockEnd():  # after a heading: text
                super().keyPressEvent(event)
                edit = self.textCursor()
                edit.joinPreviousEditBlock()
                self.commands.retag(edit.block(), "p")
                edit.endEditBlock()
                return
        if key == Qt.Key.Key_Backspace and not event.modifiers() and self._join_list_item(cursor):
            return
        if event.text() and event.text().isprintable():
            self.commands.clean_typing_format(cursor)
            self.setTextCursor(cursor)
        super().keyPressEvent(event)
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
            self.viewport().update()  # a list level undone: Qt leaves right-to-left bullets unpainted
            self.sig_format_changed.emit()  # the cursor may not move: the toolbar must still follow

    def _tab(self, cursor: QTextCursor, backwards: bool) -> None:
        """Tab (Shift+Tab) as in the CMS's editor: in a table the next (previous) cell, a new row after
        the last; in a list one list level deeper (out); elsewhere the next (previous) control of the
        window. Never a tab character, which HTML shows as a space."""
        if not self.isReadOnly():
            if self.tables.next_cell(cursor, backwards):  # a new row at the end
                self.setTextCursor(cursor)
                return
            if self.list_levels.in_list(cursor):  # the first item cannot go deeper: nothing happens
                self.change_list_level(-1 if backwards else 1)
                return
        QWidget.focusNextPrevChild(self, not backwards)  # QTextEdit's own refuses while editable

    def _join_list_item(self, cursor: QTextCursor) -> bool:
        """Backspace at the start of a list item after the first joins it to the item before, as the
        CMS's editor does (Qt would take it out of the list and split the list in two). One undo step."""
        if self.isReadOnly() or cursor.hasSelection() or not cursor.atBlockStart():
            return False
        items = cursor.block().textList()
        if items is None or items.itemNumber(cursor.block()) <= 0:
            return False
        cursor.deletePreviousChar()
        self.setTextCursor(cursor)
        return True

    def createStandardContextMenu(self, position: QPoint | None = None) -> QMenu:
        """Qt's menu, and in a table cell the row and column commands (as Word's and TinyMCE's). It
        is laid out as the user interface is, not mirrored as an Arabic page is."""
        menu = (
            super().createStandardContextMenu()
            if position is None
            else super().createStandardContextMenu(position)
        )
        menu.setLayoutDirection(QGuiApplication.layoutDirection())
        if position is None:
            return menu
        at = self.cursorForPosition(position).position()
        if (
            not self.isReadOnly()
            and in_table(self.document(), at)
            and self.tables.available(self.cursorForPosition(position))
        ):
            menu.addSeparator()
            add_table_actions(menu.addMenu(self.tr("Table")), lambda name: self.table_command(name, at))
        return menu

    def undo(self) -> None:
        """Undo, and let the toolbar show the formatting that is back."""
        super().undo()
        self.viewport().update()
        self.sig_format_changed.emit()

    def redo(self) -> None:
        """Redo, and let the toolbar show the formatting that is back."""
        super().redo()
        self.viewport().update()
        self.sig_format_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Block chips (cards, rules) follow the width: Qt caches an object's size until its block changes."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            document = self.document()
            block = document.firstBlock()
            while block.isValid():
                if block.text() == OBJECT_CHAR:
                    document.markContentsDirty(block.position(), 1)
                block = block.next()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Our own copies keep everything; pasted HTML is cleaned first; anything else is plain text."""
        insert_data(self, source)

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy (and drag) the selection as CMS HTML: chips, links and marks move whole, exactly."""
        return selection_data(self)

    # -- helpers ----------------------------------------------------------------------------------
    def paste_plain(self) -> None:
        """Paste the clipboard's text without any formatting (Ctrl+Shift+V)."""
        insert_plain(self, QGuiApplication.clipboard().text())
