"""Formatting commands on a surface document: marks, headings, lists, links — each one undo step.

Every command changes the ids in the formats (a new mark, a new block record) and restyles what it
touched from them, so what is shown and what is saved never drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from editor.text.surface.align import ALIGNABLE, aligned, alignment_of
from editor.text.surface.model import Mark, Marks, Tag
from editor.views.editor.surface.builder import list_style, list_tag
from editor.views.editor.surface.records import (
    P_ATOM,
    P_BLOCK,
    P_CELL,
    P_LIST,
    P_MARKS,
    P_NEWLINE,
    P_PARA,
    BlockRecord,
    SideTable,
)
from editor.views.editor.surface.styles import style_block, style_run

BOLD = frozenset(("strong", "b"))
ITALIC = frozenset(("em", "i"))


def heading_of(block: QTextBlock) -> int:
    """The heading level of a document block (0 for a paragraph)."""
    return block.blockFormat().headingLevel()


def fragments(document: QTextDocument, start: int, end: int) -> Iterator[tuple[int, int, QTextCharFormat]]:
    """``(start, end, format)`` of every piece of text between ``start`` and ``end``."""
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        for entry in block:  # type: ignore[attr-defined]
            fragment = entry.fragment()
            if not fragment.isValid():
                continue
            a = max(fragment.position(), start)
            b = min(fragment.position() + fragment.length(), end)
            if a < b:
                yield a, b, fragment.charFormat()
        block = block.next()


def selection_or_word(cursor: QTextCursor) -> QTextCursor:
    """The selection, or the word the cursor stands inside when nothing is selected.

    At a word's start or end (after typing it) there is no word, as in Word: Ctrl+B then switches
    the formatting of what is typed next instead of changing the word just typed.
    """
    position = cursor.position()
    cursor = QTextCursor(cursor)
    if not cursor.hasSelection():
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if not cursor.selectionStart() < position < cursor.selectionEnd():
            cursor.clearSelection()
    return cursor


class SurfaceCommands:
    """Commands on one document, with the side table its ids point into."""

    def __init__(
        self, document: QTextDocument, table: Callable[[], SideTable], rtl: Callable[[], bool]
    ) -> None:
        self.document = document
        self._table = table
        self._rtl = rtl

    @property
    def table(self) -> SideTable:
        """The current side table (a new one after each load)."""
        return self._table()

    # -- state ------------------------------------------------------------------------------------
    def marks_at(self, cursor: QTextCursor) -> Marks:
        """The marks typing at the cursor gets (those of the text before it, unless Ctrl+B or the like
        changed them there), or of the selection's start."""
        if not cursor.hasSelection():
            return self.table.marks_of(cursor.charFormat().property(P_MARKS))
        probe = QTextCursor(self.document)
        probe.setPosition(cursor.selectionStart() + 1)
        return self.table.marks_of(probe.charFormat().property(P_MARKS))

    def has_mark(self, cursor: QTextCursor, names: frozenset[str]) -> bool:
        """True when all text of the selection (or the cursor's word) sits in one of ``names``."""
        target = selection_or_word(cursor)
        if not target.hasSelection():
            return any(mark.tag.name in names for mark in self.marks_at(cursor))
        pieces = list(fragments(self.document, target.selectionStart(), target.selectionEnd()))
        return bool(pieces) and all(
            any(mark.tag.name in names for mark in self.table.marks_of(fmt.property(P_MARKS)))
            for _, _, fmt in pieces
        )

    # -- marks ------------------------------------------------------------------------------------
    def set_marks(self, cursor: QTextCursor, change: Callable[[Marks], Marks]) -> None:
        """Replace the marks of every fragment in the cursor's selection by ``change(marks)``."""
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        edit = QTextCursor(self.document)
        table = self.table
        for a, b, fmt in list(fragments(self.document, start, end)):
            marks = change(table.marks_of(fmt.property(P_MARKS)))
            edit.setPosition(a)
            edit.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            key = table.marks_key(marks)
            if fmt.objectType():  # a chip: only its marks change
                only = QTextCharFormat()
                only.setProperty(P_MARKS, key)
                edit.mergeCharFormat(only)
                continue
            new = QTextCharFormat(fmt)
            new.setProperty(P_MARKS, key)
            style_run(new, marks, heading_of(self.document.findBlock(a)))
            edit.setCharFormat(new)

    def toggle_mark(
        self, cursor: QTextCursor, name: str, family: frozenset[str], attrs: dict[str, str] | None = None
    ) -> None:
        """Add ``name`` to the selection (or word), or remove every mark of ``family`` from it."""
        target = selection_or_word(cursor)
        active = self.has_mark(cursor, family)
        mark = Mark(Tag.of(name, attrs))
        if not target.hasSelection():  # typing continues in (or out of) the mark
            marks = self.marks_at(cursor)
            marks = tuple(m for m in marks if m.tag.name not in family) if active else (*marks, mark)
            cursor.setCharFormat(self.typing_format(cursor, marks))
            return
        target.beginEditBlock()
        if active:
            self.set_marks(target, lambda marks: tuple(m for m in marks if m.tag.name not in family))
        else:
            self.set_marks(target, lambda marks: (*marks, mark))
        target.endEditBlock()

    def typing_format(self, cursor: QTextCursor, marks: Marks) -> QTextCharFormat:
        """The format text typed at ``cursor`` gets: ``marks``, styled; never an atom's or a newline's."""
        fmt = QTextCharFormat()
        key = self.table.marks_key(marks)
        if key:
            fmt.setProperty(P_MARKS, key)
        style_run(fmt, marks, heading_of(cursor.block()))
        return fmt

    def clean_typing_format(self, cursor: QTextCursor) -> None:
        """After a chip, a ``<br>`` or a newline-space, typing must get a plain text format."""
        fmt = cursor.charFormat()
        if fmt.property(P_ATOM) is not None or fmt.property(P_NEWLINE) or fmt.objectType():
            cursor.setCharFormat(self.typing_format(cursor, self.table.marks_of(fmt.property(P_MARKS))))

    # -- blocks -----------------------------------------------------------------------------------
    def blocks(self, cursor: QTextCursor) -> list[QTextBlock]:
        """The blocks the selection touches."""
        block = self.document.findBlock(cursor.selectionStart())
        last = self.document.findBlock(cursor.selectionEnd())
        out = [block]
        while block != last and block.isValid():
            block = block.next()
            out.append(block)
        return out

    def retag(self, block: QTextBlock, name: str) -> None:
        """Make ``block`` a ``name`` (p, h2, …) keeping its attributes and its origin; restyle it."""
        record = self.table.get(block.blockFormat().property(P_BLOCK))
        old = record.tag if isinstance(record, BlockRecord) and record.tag is not None else None
        attrs = (
            dict(old.attrs)
            if old is not None and old.name in ("p", "h1", "h2", "h3", "h4", "h5", "h6")
            else {}
        )
        if not attrs and self.table.dir_convention:
            attrs["dir"] = self.table.dir_convention
        origin = record.origin if isinstance(record, BlockRecord) else None
        tag = Tag.of(name, attrs)
        cursor = QTextCursor(block)
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.clearProperty(P_PARA)  # no longer a paragraph of a list item
        fmt.setProperty(P_BLOCK, self.table.add(BlockRecord(tag, origin)))
        style_block(fmt, tag, self._rtl())
        qlist = block.textList()
        if qlist is not None:
            qlist.remove(block)
            fmt.setObjectIndex(-1)
        fmt.setIndent(0)  # (a further paragraph of a list item was indented as the item's text)
        cursor.setBlockFormat(fmt)
        level = int(name[1]) if name.startswith("h") else 0
        for a, b, char_format in list(
            fragments(self.document, block.position(), block.position() + block.length() - 1)
        ):
            if char_format.objectType():
                continue
            edit = QTextCursor(self.document)
            edit.setPosition(a)
            edit.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            new = QTextCharFormat(char_format)
            style_run(new, self.table.marks_of(char_format.property(P_MARKS)), level)
            edit.setCharFormat(new)
        # The first block of a table cell: its char format is the cell's (its record, its spans), kept.
        cell = block.charFormat().hasProperty(P_CELL)
        empty = QTextCharFormat(block.charFormat()) if cell else QTextCharFormat()
        style_run(empty, (), level, fresh=not cell)
        cursor.setBlockCharFormat(empty)

    def set_heading(self, cursor: QTextCursor, level: int) -> None:
        """Make the selected blocks headings of ``level``, or paragraphs again if they already are."""
        blocks = self.blocks(cursor)
        again = all(heading_of(block) == level for block in blocks)
        cursor.beginEditBlock()
        for block in blocks:
            self.retag(block, "p" if again else f"h{level}")
        cursor.endEditBlock()

    def alignment(self, cursor: QTextCursor) -> str | None:
        """The ``text-align`` of the paragraph or heading at the cursor (None: none, or not one)."""
        tag = self._alignable_tag(cursor.block())
        return alignment_of(tag) if tag is not None else None

    def set_alignment(self, cursor: QTextCursor, value: str | None) -> bool:
        """Align the selected paragraphs and headings (``value``: one of ``ALIGNMENTS``; None: as the
        text's direction has it), written as the CMS's editor writes it (``text-align`` in the tag's
        ``style``). List items and plain table cells keep theirs. True when a block changed."""
        changed = False
        cursor.beginEditBlock()
        for block in self.blocks(cursor):
            tag = self._alignable_tag(block)
            if tag is None or alignment_of(tag) == value:
                continue
            record = self.table.get(block.blockFormat().property(P_BLOCK))
            origin = record.origin if isinstance(record, BlockRecord) else None
            tag = aligned(tag, value)
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setProperty(P_BLOCK, self.table.add(BlockRecord(tag, origin)))
            fmt.clearProperty(QTextFormat.Property.BlockAlignment)
            style_block(fmt, tag, self._rtl())
            QTextCursor(block).setBlockFormat(fmt)
            changed = True
        cursor.endEditBlock()
        return changed

    def _alignable_tag(self, block: QTextBlock) -> Tag | None:
        """The tag of a paragraph or heading block (a new block outside lists and tables: a ``p``),
        None for other blocks."""
        fmt = block.blockFormat()
        record = self.table.get(fmt.property(P_BLOCK))
        if isinstance(record, BlockRecord) and record.tag is not None:
            return record.tag if record.tag.name in ALIGNABLE else None
        if record is not None or block.textList() is not None or fmt.hasProperty(P_PARA):
            return None
        if QTextCursor(block).currentTable() is not None:
            return None
        return Tag.of("p", {"dir": self.table.dir_convention} if self.table.dir_convention else {})

    def list_kind(self, cursor: QTextCursor) -> str:
        """``ul``, ``ol`` or "" for the block at the cursor."""
        qlist = cursor.block().textList()
        if qlist is None:
            return ""
        return list_tag(qlist.format())

    def toggle_list(self, cursor: QTextCursor, ordered: bool) -> None:
        """Bulleted/numbered list on the selected blocks; again: back to paragraphs; other kind: switch."""
        name = "ol" if ordered else "ul"
        current = self.list_kind(cursor)
        cursor.beginEditBlock()
        if current == name:
            for block in self.blocks(cursor):
                if block.textList() is not None:
                    self.retag(block, "p")
        elif current:
            qlist = cursor.block().textList()
            fmt = qlist.format()
            fmt.setStyle(list_style(ordered, max(fmt.indent() - 1, 0)))
            record = self.table.get(fmt.property(P_LIST))
            attrs = dict(record.tag.attrs) if isinstance(record, BlockRecord) and record.tag else {}
            attrs.pop("start", None)
            fmt.setProperty(P_LIST, self.table.add(BlockRecord(Tag.of(name, attrs))))
            qlist.setFormat(fmt)
        elif (owner := self._owning_list(self.blocks(cursor), name)) is not None:
            for block in self.blocks(cursor):  # further paragraphs of its items: items of their own
                owner.add(block)
        else:
            for block in self.blocks(cursor):
                if heading_of(block):
                    self.retag(block, "p")
            fmt = QTextListFormat()
            fmt.setStyle(list_style(ordered, 0))
            fmt.setIndent(1)
            attrs = {"dir": self.table.dir_convention} if self.table.dir_convention else {}
            fmt.setProperty(P_LIST, self.table.add(BlockRecord(Tag.of(name, attrs))))
            blocks = self.blocks(cursor)
            qlist = QTextCursor(blocks[0]).createList(fmt)
            for block in blocks[1:]:
                qlist.add(block)
        cursor.endEditBlock()

    def _owning_list(self, blocks: list[QTextBlock], name: str) -> QTextList | None:
        """The ``name`` list whose items ``blocks`` all are further paragraphs of (no bullet, a ``p``
        record, indented as the item's text), or None."""
        owners = set()
        for block in blocks:
            indent = block.blockFormat().indent()
            if block.textList() is not None or self.table.get(block.blockFormat().property(P_PARA)) is None:
                return None
            before, owner = block.previous(), None
            while before.isValid() and owner is None:
                found = before.textList()
                if found is None and not before.blockFormat().hasProperty(P_PARA):
                    return None  # a plain block: not in an item
                if found is not None and found.format().indent() < indent:
                    return None
                if found is not None and found.format().indent() == indent:
                    owner = found
                before = before.previous()  # other further paragraphs, lists nested in the item
            if owner is None:
                return None
            owners.add(owner)
        if len(owners) != 1:
            return None
        owner = owners.pop()
        return owner if list_tag(owner.format()) == name else None
