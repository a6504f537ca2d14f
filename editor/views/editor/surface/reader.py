"""QTextDocument -> model: the exact inverse of :mod:`builder`.

Blocks are read in document order. The ids in their formats lead back to the records they were built
from; the first document block to claim a top-level origin inherits its original HTML (so an untouched
block is written back byte for byte), later ones (a paragraph split with Enter) are new blocks with the
same tag. Blocks without a record (typed into a new list, after a table) get the page's ``dir``
convention, as their siblings have it.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextList, QTextTable

from editor.text.surface.from_html import EDITABLE_TEXT_TAGS
from editor.text.surface.model import (
    Atom,
    Block,
    Inline,
    ListBlock,
    ListItem,
    ProtectedBlock,
    QuoteBlock,
    Run,
    TableBlock,
    TableCell,
    TableRow,
    TableSection,
    Tag,
    TextBlock,
)
from editor.views.editor.surface.builder import list_tag
from editor.views.editor.surface.records import (
    LINE_SEPARATOR,
    OBJECT_CHAR,
    P_ATOM,
    P_BLOCK,
    P_CELL,
    P_LIST,
    P_MARKS,
    P_NEWLINE,
    P_PARA,
    P_QUOTE,
    P_TABLE,
    BlockRecord,
    CellRecord,
    SectionRecord,
    SideTable,
)
from editor.views.editor.surface.table_order import row_in_reading_order

_SPECIAL = re.compile(f"[{LINE_SEPARATOR}{OBJECT_CHAR}]")
_ListFrame = tuple[int, int, ListBlock]


class SurfaceReader:
    """Reads one document back into blocks."""

    def __init__(self, document: QTextDocument, table: SideTable) -> None:
        self.document = document
        self.table = table
        self.used: set[int] = set()
        self.used_protected: set[int] = set()
        self.used_records: set[Any] = set()
        self.last_dir = table.dir_convention
        self.out: list[Block] = []
        self.lists: list[_ListFrame] = []
        self.quote: tuple[int, QuoteBlock] | None = None

    # -- public API -------------------------------------------------------------------------------
    def read(self) -> list[Block]:
        """All blocks of the document."""
        block = self.document.firstBlock()
        while block.isValid():
            qtable = QTextCursor(block).currentTable()
            if qtable is not None:
                self.lists.clear()
                self.quote = None
                self.out.append(self.read_table(qtable))
                last = qtable.lastPosition()
                while block.isValid() and block.position() <= last:
                    block = block.next()
                continue
            qlist = block.textList()
            if qlist is not None:
                self.quote = None
                self._list_item(block, qlist)
            elif self._continues_item(block):
                self.quote = None
            else:
                self.lists.clear()
                self._text(block)
            block = block.next()
        return self.out

    def inline(self, block: QTextBlock) -> list[Inline | ProtectedBlock]:
        """The runs and atoms of one document block (protected blocks included, to be split off)."""
        out: list[Inline | ProtectedBlock] = []
        table = self.table
        for entry in block:  # type: ignore[attr-defined]
            fragment = entry.fragment()
            if not fragment.isValid():
                continue
            text = fragment.text()
            fmt = fragment.charFormat()
            marks = table.marks_of(fmt.property(P_MARKS))
            atom = table.get(fmt.property(P_ATOM))
            newline = fmt.property(P_NEWLINE)
            if atom is None and not newline and not _SPECIAL.search(text):
                out.append(Run(text, marks))
                continue
            _split_fragment(text, atom, newline, marks, out)
        return out

    # -- blocks -----------------------------------------------------------------------------------
    def _record(self, ident: Any) -> BlockRecord | None:
        record = self.table.get(ident)
        return record if isinstance(record, BlockRecord) else None

    def _origin(self, record: BlockRecord | None) -> Block | None:
        if record is None or record.origin is None or id(record.origin) in self.used:
            return None
        self.used.add(id(record.origin))
        return record.origin

    def _new_tag(self, name: str) -> Tag:
        return Tag.of(name, {"dir": self.last_dir} if self.last_dir else {})

    def _text(self, block: QTextBlock) -> None:
        fmt = block.blockFormat()
        record = self._record(fmt.property(P_BLOCK))
        # Text and protected blocks in document order: text typed after a contact card in the card's
        # own line is a paragraph after the card, not before it.
        current: list[Inline] = []
        segments: list[list[Inline] | ProtectedBlock] = [current]
        for item in self.inline(block):
            if isinstance(item, ProtectedBlock):
                current = []
                segments += [item, current]
            else:
                current.append(item)
        texts = [index for index, part in enumerate(segments) if isinstance(part, list) and part]
        main = texts[0] if texts else 0
        origin = self._origin(record)
        if record is not None and record.tag is not None and record.tag.name in EDITABLE_TEXT_TAGS:
            tag: Tag | None = record.tag if origin is not None else record.tag.without("id")
        elif record is not None and record.tag is None and record.origin is not None:
            tag = None if origin is not None and isinstance(origin, TextBlock) else self._new_tag("p")
        else:
            tag = self._new_tag("p")
        if tag is not None and tag.get("dir"):
            self.last_dir = tag.get("dir")
        quote_id = fmt.property(P_QUOTE)
        has_pieces = len(segments) > 1
        for index, part in enumerate(segments):
            if isinstance(part, ProtectedBlock):
                self.quote = None
                self.out.append(_protected_copy(part, self.used_protected))
            elif index == main and (part or (isinstance(origin, TextBlock) and not has_pieces)):
                text = TextBlock(tag, part)
                if isinstance(origin, TextBlock):
                    text.source, text.original = origin.source, origin.original
                self._add_text(text, quote_id)
            elif part:
                self._add_text(TextBlock(tag.without("id") if tag is not None else None, part), quote_id)

    def _add_text(self, text: TextBlock, quote_id: Any) -> None:
        record = self._record(quote_id)
        if record is None or record.tag is None:
            self.quote = None
            self.out.append(text)
            return
        if self.quote is None or self.quote[0] != quote_id:
            quote = QuoteBlock(record.tag)
            origin = self._origin(record)
            if isinstance(origin, QuoteBlock):
                quote.source, quote.original = origin.source, origin.original
            self.quote = (quote_id, quote)
            self.out.append(quote)
        text.source = text.original = ""
        self.quote[1].children.append(text)

    def _list_item(self, block: QTextBlock, qlist: QTextList) -> None:
        list_format = qlist.format()
        index, indent = qlist.objectIndex(), list_format.indent()
        while self.lists and self.lists[-1][0] != index and self.lists[-1][1] >= indent:
            self.lists.pop()
        if not self.lists or self.lists[-1][0] != index:
            record = self._record(list_format.property(P_LIST))
            name = list_tag(list_format)
            if record is not None and record.tag is not None and record.tag.name == name:
                model = ListBlock(record.tag)
            else:
                model = ListBlock(self._new_tag(name))
            origin = self._origin(record)
            if isinstance(origin, ListBlock):
                model.source, model.original = origin.source, origin.original
            if self.lists and self.lists[-1][2].items:
                self.lists[-1][2].items[-1].sublists.append(model)
            else:
                self.out.append(model)
            self.lists.append((index, indent, model))
        record = self._record(block.blockFormat().property(P_BLOCK))
        tag = (
            record.tag if record is not None and record.tag is not None and record.tag.name == "li" else None
        )
        content = [item for item in self.inline(block) if not isinstance(item, ProtectedBlock)]
        paragraph = self._record(block.blockFormat().property(P_PARA))
        if paragraph is not None and paragraph.tag is not None:  # a loose item: <li><p>…</p></li>
            loose = ListItem(tag or Tag("li"), paragraphs=[TextBlock(paragraph.tag, content)])
            self.lists[-1][2].items.append(loose)
        else:
            self.lists[-1][2].items.append(ListItem(tag or Tag("li"), content))

    def _continues_item(self, block: QTextBlock) -> bool:
        """A further paragraph of the list item before it (a block outside the list, with a ``p`` record)."""
        fmt = block.blockFormat()
        paragraph = self._record(fmt.property(P_PARA))
        if paragraph is None or paragraph.tag is None:
            return False
        while self.lists and self.lists[-1][1] > fmt.indent():
            self.lists.pop()
        if not self.lists or self.lists[-1][1] != fmt.indent() or not self.lists[-1][2].items:
            return False
        item = self.lists[-1][2].items[-1]
        if not item.paragraphs:  # the item it follows was a line of text: now it is a paragraph too
            item.paragraphs, item.content = [TextBlock(Tag("p"), item.content)], []
        content = [part for part in self.inline(block) if not isinstance(part, ProtectedBlock)]
        item.paragraphs.append(TextBlock(paragraph.tag, content))
        return True

    def read_table(self, qtable: QTextTable) -> TableBlock:
        """A table: rows in document order, each cell, row and section from the records in its cells.

        A cell without a record is the padding of a row shorter than the table: left out while empty,
        a new ``td`` once something is typed into it.
        """
        record = self._record(qtable.format().property(P_TABLE))
        model = TableBlock(record.tag if record is not None and record.tag is not None else Tag("table"))
        origin = self._origin(record)
        if isinstance(origin, TableBlock):
            model.source, model.original = origin.source, origin.original
        current: SectionRecord | None = None
        for r in range(qtable.rows()):
            cells: list[TableCell] = []
            row_tag: Tag | None = None
            section: SectionRecord | None = None
            for qcell in row_in_reading_order(qtable, r):  # (a right-to-left table's kept mirrored)
                cell = self.table.get(qcell.format().property(P_CELL))
                entry = self._cell(qtable, r, qcell.column())
                if isinstance(cell, CellRecord):
                    entry.tag = cell.tag
                    cells.append(entry)
                    row_tag, section = row_tag or cell.row, section or cell.section
                elif entry.content or entry.blocks:
                    cells.append(entry)
            if not cells:
                continue
            if section is None:
                section = current or SectionRecord(Tag("tbody"))
            if section is not current or not model.sections:
                model.sections.append(TableSection(section.tag))
                current = section
            model.sections[-1].rows.append(TableRow(row_tag or Tag("tr"), cells))
        return model

    def _cell(self, qtable: QTextTable, row: int, column: int) -> TableCell:
        """A cell's content (its tag is set by the caller): its lines of inline text joined by ``<br>``
        (Enter in a cell of text), or — when a paragraph, heading or list record is in it — its blocks."""
        cell = qtable.cellAt(row, column)
        blocks: list[QTextBlock] = []
        block = self.document.findBlock(cell.firstPosition())
        while block.isValid() and block.position() <= cell.lastPosition():
            blocks.append(block)
            block = block.next()
        if any(self._structured(block) for block in blocks):
            return TableCell(Tag("td"), blocks=self._cell_blocks(blocks))
        content: list[Inline] = []
        for index, block in enumerate(blocks):
            if index:
                content.append(Atom("break", "<br>", ""))
            content.extend(item for item in self.inline(block) if not isinstance(item, ProtectedBlock))
        return TableCell(Tag("td"), content)

    def _structured(self, block: QTextBlock) -> bool:
        """True for a block built from (or made into) a paragraph, heading or list item."""
        fmt = block.blockFormat()
        record = self._record(fmt.property(P_BLOCK))
        return (
            block.textList() is not None
            or (record is not None and record.tag is not None)
            or self._record(fmt.property(P_PARA)) is not None
        )

    def _cell_blocks(self, blocks: list[QTextBlock]) -> list[TextBlock | ListBlock]:
        """A cell's paragraphs, headings and lists, read as the page's are (lists by their records)."""
        outer = self.out, self.lists, self.quote
        self.out, self.lists, self.quote = [], [], None
        for block in blocks:
            qlist = block.textList()
            if qlist is not None:
                self._list_item(block, qlist)
            elif not self._continues_item(block):
                self.lists.clear()
                self.out.append(self._cell_text(block))
        parts = [part for part in self.out if isinstance(part, TextBlock | ListBlock)]
        self.out, self.lists, self.quote = outer
        return parts

    def _cell_text(self, block: QTextBlock) -> TextBlock:
        """A paragraph or heading in a cell: its record's tag (the ``id`` only on the first block
        claiming the record: Enter copies it), a plain ``p`` for a block without one."""
        ident = block.blockFormat().property(P_BLOCK)
        record = self._record(ident)
        tag = Tag("p")
        if record is not None and record.tag is not None and record.tag.name in EDITABLE_TEXT_TAGS:
            tag = record.tag if ident not in self.used_records else record.tag.without("id")
            self.used_records.add(ident)
        content = [item for item in self.inline(block) if not isinstance(item, ProtectedBlock)]
        return TextBlock(tag, content)


def _split_fragment(
    text: str, atom: Any, newline: Any, marks: tuple[Any, ...], out: list[Inline | ProtectedBlock]
) -> None:
    """A fragment holding atoms, line separators or marked spaces, character by character."""
    plain: list[str] = []
    for char in text:
        item: Inline | ProtectedBlock | None = None
        if char == OBJECT_CHAR:
            if isinstance(atom, ProtectedBlock):
                item = atom
            elif isinstance(atom, Atom):
                item = Atom(atom.kind, atom.html, atom.label, marks)
            else:
                continue  # an object without a record (pasted image data): dropped
        elif char == LINE_SEPARATOR:
            html = atom.html if isinstance(atom, Atom) and atom.kind == "break" else "<br>"
            item = Atom("break", html, "", marks)
        elif char == " " and isinstance(newline, str) and newline:
            plain.append(newline)
            continue
        else:
            plain.append(char)
            continue
        if plain:
            out.append(Run("".join(plain), marks))
            plain = []
        out.append(item)
    if plain:
        out.append(Run("".join(plain), marks))


def _protected_copy(block: ProtectedBlock, used: set[int]) -> ProtectedBlock:
    """The protected block once with its original (the first time), a plain copy after that."""
    copy = ProtectedBlock(block.kind, block.html, block.label, block.text)
    if id(block) not in used:
        used.add(id(block))
        copy.source, copy.original = block.source, block.original
    return copy


def read_document(document: QTextDocument, table: SideTable) -> list[Block]:
    """The model of ``document`` (built by :func:`~builder.build_document` and edited since)."""
    return SurfaceReader(document, table).read()
