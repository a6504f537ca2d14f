"""Model -> QTextDocument: the surface's blocks written with QTextCursor.

Headings are block formats with a heading level, lists are ``QTextList``s (nested by indent), tables
``QTextTable``s, marks char formats, atoms chips (U+FFFC) or line separators (``<br>``). Every block,
list, table and run carries ids into a :class:`SideTable`, so :mod:`reader` gives back the exact model.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextTableFormat,
)

from editor.text.surface.model import (
    Atom,
    Block,
    Inline,
    ListBlock,
    ProtectedBlock,
    QuoteBlock,
    Run,
    TableBlock,
    TableCell,
    Tag,
    TextBlock,
)
from editor.views.editor.surface.chips import CHIP_TYPE
from editor.views.editor.surface.records import (
    LINE_SEPARATOR,
    OBJECT_CHAR,
    P_ATOM,
    P_BLOCK,
    P_CELL,
    P_KIND,
    P_LABEL,
    P_LIST,
    P_MARKS,
    P_PARA,
    P_QUOTE,
    P_TABLE,
    BlockRecord,
    CellRecord,
    SectionRecord,
    SideTable,
)
from editor.views.editor.surface.styles import (
    direction_of,
    newline_format,
    run_format,
    style_block,
    text_align,
)
from editor.views.editor.surface.table_order import stored_column

#: Characters that cannot stand in a block's text as themselves (they are shown as a marked space).
SPECIAL = frozenset("\n\r\u2028\u2029\ufffc\ufdd0\ufdd1")
_HAS_SPECIAL = re.compile("[\n\r\u2028\u2029\ufffc\ufdd0\ufdd1]")  # a scan in C, not per character
_BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)


def chip_format(atom: Atom | ProtectedBlock, ident: int, marks_key: str = "") -> QTextCharFormat:
    """The char format of the object character standing for ``atom``."""
    fmt = QTextCharFormat()
    fmt.setObjectType(CHIP_TYPE)
    fmt.setProperty(P_ATOM, ident)
    kind = atom.kind if isinstance(atom, Atom) or atom.kind != "unknown" else "unknown-block"
    fmt.setProperty(P_KIND, kind)
    label = atom.label
    if isinstance(atom, ProtectedBlock) and atom.kind == "unknown" and atom.text:
        label = f"{atom.label}: {atom.text}"
    elif isinstance(atom, ProtectedBlock) and atom.kind == "contact" and atom.text:
        label = f"{atom.label}\n{atom.text}"
    fmt.setProperty(P_LABEL, label)
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
    if marks_key:
        fmt.setProperty(P_MARKS, marks_key)
    return fmt


def cell_direction(cell: Tag, table: Tag, rtl: bool) -> Qt.LayoutDirection:
    """The direction of a cell's text: the cell's ``dir``, else the table's, else the pane's."""
    return direction_of(cell if cell.get("dir") else table, rtl)


def cell_block_format(cell: Tag, table: Tag, rtl: bool) -> QTextBlockFormat:
    """The block format of a cell's inline text: its direction and the cell's ``text-align``."""
    fmt = QTextBlockFormat()
    fmt.setLayoutDirection(cell_direction(cell, table, rtl))
    align = text_align(cell)
    if align is not None:
        fmt.setAlignment(align)
    return fmt


def list_style(ordered: bool, depth: int) -> QTextListFormat.Style:
    """Decimal numbers, or disc/circle/square bullets by depth."""
    return QTextListFormat.Style.ListDecimal if ordered else _BULLETS[depth % 3]


def list_tag(fmt: QTextListFormat) -> str:
    """``ol`` for a list drawn with numbers, else ``ul`` (what :func:`list_style` drew)."""
    return "ol" if fmt.style() == QTextListFormat.Style.ListDecimal else "ul"


class SurfaceBuilder:
    """Writes blocks at the end of a document."""

    def __init__(self, document: QTextDocument, table: SideTable, rtl: bool) -> None:
        self.document = document
        self.table = table
        self.rtl = rtl
        self.cursor = QTextCursor(document)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.fresh = document.isEmpty()
        self._formats: dict[tuple[str, int, str], QTextCharFormat] = {}
        self._block_looks: dict[tuple[Any, ...], QTextBlockFormat] = {}
        self.cell_tag = ""
        """``td``/``th`` while the blocks of a cell are written (``th`` text is bold)."""
        self.align: Qt.AlignmentFlag | None = None
        """The ``text-align`` of the cell whose blocks are written (a block's own wins)."""

    # -- public API -------------------------------------------------------------------------------
    def build(self, blocks: Sequence[Block]) -> None:
        """Write ``blocks`` (top-level, each its own origin)."""
        for block in blocks:
            if isinstance(block, TextBlock):
                self.text_block(block, block)
            elif isinstance(block, ListBlock):
                self.list_block(block, block, 0)
            elif isinstance(block, TableBlock):
                self.table_block(block)
            elif isinstance(block, QuoteBlock):
                quote = self.table.add(BlockRecord(block.tag, block))
                for child in block.children:
                    self.text_block(child, None, quote)
            else:
                self.protected_block(block)

    def inline(self, content: Sequence[Inline], heading: int = 0, cell_tag: str = "") -> None:
        """Write runs and atoms at the cursor."""
        cursor, table = self.cursor, self.table
        cell_tag = cell_tag or self.cell_tag
        for item in content:
            key = table.marks_key(item.marks)
            if isinstance(item, Run):
                fmt = self._run_format(key, item, heading, cell_tag)
                if not _HAS_SPECIAL.search(item.text):
                    cursor.insertText(item.text, fmt)
                else:
                    self._special_text(item.text, fmt)
            elif item.kind == "break":
                fmt = run_format(key, item.marks, heading, cell_tag)
                fmt.setProperty(P_ATOM, table.add(item))
                cursor.insertText(LINE_SEPARATOR, fmt)
            else:
                cursor.insertText(OBJECT_CHAR, chip_format(item, table.add(item), key))

    def _run_format(self, key: str, item: Run, heading: int, cell_tag: str) -> QTextCharFormat:
        cache_key = (key, heading, cell_tag)
        fmt = self._formats.get(cache_key)
        if fmt is None:
            fmt = self._formats[cache_key] = run_format(key, item.marks, heading, cell_tag)
        return fmt

    # -- blocks -----------------------------------------------------------------------------------
    def begin_block(self, fmt: QTextBlockFormat, char_format: QTextCharFormat) -> None:
        """Start a new block (or use the empty one the cursor is in)."""
        if self.fresh:
            self.cursor.setBlockFormat(fmt)
            current = self.cursor.block().charFormat()
            if current.hasProperty(P_CELL):  # a table cell's first block: its char format is the cell's
                current.merge(char_format)
                char_format = current
            self.cursor.setBlockCharFormat(char_format)
            self.cursor.setCharFormat(char_format)
        else:
            self.cursor.insertBlock(fmt, char_format)
        self.fresh = False

    def block_format(self, record: BlockRecord, direction_tag: Tag | None = None) -> QTextBlockFormat:
        """A block format pointing to ``record``, styled for its tag."""
        look = (record.tag, direction_tag, self.rtl, self.align)
        base = self._block_looks.get(look)
        if base is None:
            base = self._block_looks[look] = QTextBlockFormat()
            style_block(base, record.tag, self.rtl)
            if direction_tag is not None:
                base.setLayoutDirection(direction_of(direction_tag, self.rtl))
            if self.align is not None and text_align(record.tag) is None:
                base.setAlignment(self.align)
        fmt = QTextBlockFormat(base)
        fmt.setProperty(P_BLOCK, self.table.add(record))
        return fmt

    def text_block(self, block: TextBlock, origin: Block | None, quote: int = 0) -> None:
        """A paragraph, heading or bare inline content."""
        fmt = self.block_format(BlockRecord(block.tag, origin))
        if quote:
            fmt.setProperty(P_QUOTE, quote)
            container = self.table.get(quote)
            if isinstance(container, BlockRecord) and container.tag and container.tag.name == "blockquote":
                fmt.setLeftMargin(18)
                fmt.setRightMargin(18)
        heading = block.heading_level
        self.begin_block(fmt, run_format("", (), heading))
        self.inline(block.content, heading)

    def list_block(self, block: ListBlock, origin: Block | None, depth: int) -> None:
        """A list and the lists nested in its items."""
        list_format = QTextListFormat()
        list_format.setStyle(list_style(block.ordered, depth))
        list_format.setIndent(depth + 1)
        list_format.setProperty(P_LIST, self.table.add(BlockRecord(block.tag, origin)))
        start = block.tag.get("start")
        if block.ordered and start.isdigit():
            list_format.setStart(int(start))
        qlist: QTextList | None = None
        for item in block.items:
            direction = item.tag if item.tag.get("dir") else block.tag
            first = item.paragraphs[0] if item.paragraphs else None
            more = item.paragraphs[1:]
            fmt = self.block_format(BlockRecord(item.tag), direction)
            if first is not None:  # a loose item: its first paragraph is the item's line
                fmt.setProperty(P_PARA, self.table.add(BlockRecord(first.tag)))
            self.begin_block(fmt, QTextCharFormat())
            if qlist is None:
                qlist = self.cursor.createList(list_format)
            else:
                qlist.add(self.cursor.block())
            self.inline(first.content if first is not None else item.content)
            for paragraph in more:  # further paragraphs: outside the list, indented as its text
                fmt = self.block_format(BlockRecord(item.tag), direction)
                fmt.setProperty(P_PARA, self.table.add(BlockRecord(paragraph.tag)))
                fmt.setIndent(depth + 1)
                self.begin_block(fmt, QTextCharFormat())
                self.inline(paragraph.content)
            for sub in item.sublists:
                self.list_block(sub, None, depth + 1)

    def table_block(self, block: TableBlock) -> None:
        """A table; each cell holds inline content or blocks, merged cells laid out as they span."""
        rows = block.rows
        places, columns = table_layout(block)
        fmt = QTextTableFormat()
        fmt.setBorder(1)
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        direction = direction_of(block.tag, self.rtl)
        fmt.setLayoutDirection(direction)
        fmt.setProperty(P_TABLE, self.table.add(BlockRecord(block.tag, block)))
        if not self.fresh:
            self.cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        qtable = self.cursor.insertTable(len(rows), columns, fmt)
        rtl = direction == Qt.LayoutDirection.RightToLeft  # columns kept mirrored (table_order)
        places = [
            [(stored_column(c, span, columns, rtl), row_span, span) for c, row_span, span in row_places]
            for row_places in places
        ]
        for r, row_places in enumerate(places):  # merged while empty: no covered cell's block moves in
            for c, row_span, column_span in row_places:
                if row_span > 1 or column_span > 1:
                    qtable.mergeCells(r, c, row_span, column_span)
        outer = self.cursor
        r = 0
        for section in block.sections:
            section_record = SectionRecord(section.tag)
            for row in section.rows:
                for (c, _, _), cell in zip(places[r], row.cells, strict=True):
                    self.cursor = qtable.cellAt(r, c).firstCursorPosition()
                    self.cell(cell, block.tag)
                    qcell = qtable.cellAt(r, c)  # after its text: the cell's format is its first block's
                    cell_format = qcell.format()  # char format, which a cell's paragraph would replace
                    record = CellRecord(cell.tag, row.tag, section_record)
                    cell_format.setProperty(P_CELL, self.table.add(record))
                    qcell.setFormat(cell_format)
                r += 1
        self.cursor = outer
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.fresh = True

    def cell(self, cell: TableCell, table: Tag) -> None:
        """A cell's content at the cursor (the start of its cell): one block of inline text, or its
        paragraphs and lists, laid out in the cell's direction and alignment."""
        if not cell.blocks:
            self.cursor.setBlockFormat(cell_block_format(cell.tag, table, self.rtl))
            self.inline(cell.content, 0, cell.tag.name)
            return
        outer = self.rtl
        self.rtl = cell_direction(cell.tag, table, outer) == Qt.LayoutDirection.RightToLeft
        self.cell_tag, self.align, self.fresh = cell.tag.name, text_align(cell.tag), True
        for part in cell.blocks:
            if isinstance(part, TextBlock):
                self.text_block(part, None)
            else:
                self.list_block(part, None, 0)
        self.rtl, self.cell_tag, self.align = outer, "", None

    def protected_block(self, block: ProtectedBlock) -> None:
        """A contact card, rule or unknown block: one chip filling its paragraph."""
        self.begin_block(self.block_format(BlockRecord(None, block)), QTextCharFormat())
        self.cursor.insertText(OBJECT_CHAR, chip_format(block, self.table.add(block)))

    # -- helpers ----------------------------------------------------------------------------------
    def _special_text(self, text: str, fmt: QTextCharFormat) -> None:
        start = 0
        for index, char in enumerate(text):
            if char in SPECIAL:
                if index > start:
                    self.cursor.insertText(text[start:index], fmt)
                self.cursor.insertText(" ", newline_format(fmt, char))
                start = index + 1
        if start < len(text):
            self.cursor.insertText(text[start:], fmt)


#: Spans are laid out while the cells they cover stay below this many (a hostile ``colspan="1000"`` in
#: every row would otherwise make a table of millions of cells); beyond it each cell takes one place.
MAX_SPANNED_CELLS = 20_000


def _span(tag: Tag, name: str) -> int:
    value = tag.get(name, "1").strip()
    return int(value) if value.isdigit() and len(value) < 7 else 1


def table_layout(block: TableBlock) -> tuple[list[list[tuple[int, int, int]]], int]:
    """Where each cell of ``block`` sits, as a browser lays it out: per row ``(column, rows spanned,
    columns spanned)`` of each cell, skipping the places earlier rows' ``rowspan`` cover; and the
    number of columns. A rowspan past the last row (or ``0``) ends there; spans are at least 1."""
    rows = block.rows
    taken: set[tuple[int, int]] = set()
    places: list[list[tuple[int, int, int]]] = []
    columns = 1
    for r, row in enumerate(rows):
        c = 0
        row_places: list[tuple[int, int, int]] = []
        for cell in row.cells:
            while (r, c) in taken:
                c += 1
            row_span = _span(cell.tag, "rowspan") or len(rows) - r
            row_span = max(1, min(row_span, len(rows) - r))
            column_span = max(1, _span(cell.tag, "colspan"))
            if len(taken) + row_span * column_span > MAX_SPANNED_CELLS:
                return _unspanned(block)
            taken.update((r + dr, c + dc) for dr in range(row_span) for dc in range(column_span))
            row_places.append((c, row_span, column_span))
            c += column_span
        places.append(row_places)
        columns = max(columns, c)
    return places, columns


def _unspanned(block: TableBlock) -> tuple[list[list[tuple[int, int, int]]], int]:
    places = [[(c, 1, 1) for c in range(len(row.cells))] for row in block.rows]
    return places, max(1, *(len(row.cells) for row in block.rows))


def direction_convention(blocks: Sequence[Block]) -> str:
    """The ``dir`` value most top-level text blocks carry ("" when most carry none)."""
    values = Counter(
        block.tag.get("dir") for block in blocks if isinstance(block, TextBlock | ListBlock) and block.tag
    )
    return values.most_common(1)[0][0] if values else ""


def build_document(document: QTextDocument, blocks: Sequence[Block], rtl: bool) -> SideTable:
    """Replace ``document``'s content with ``blocks``; returns the side table the reader needs."""
    table = SideTable()
    table.dir_convention = direction_convention(blocks)
    document.setUndoRedoEnabled(False)
    document.clear()
    batch = QTextCursor(document)
    batch.beginEditBlock()  # one change at the end instead of one per insert: ~10x fewer costs in Qt
    SurfaceBuilder(document, table, rtl).build(blocks)
    if not blocks:  # an empty page: what is typed first is a paragraph, spaced as a loaded one is
        empty = QTextBlockFormat()
        style_block(empty, None, rtl)
        batch.setBlockFormat(empty)
    batch.endEditBlock()
    document.setUndoRedoEnabled(True)
    document.setModified(False)
    return table
