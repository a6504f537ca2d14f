"""Table structure on the surface: insert and delete rows and columns, as Word and TinyMCE do.

Every command is one undo step. A table with merged cells (``colspan``/``rowspan``) takes no command:
the surface shows its cells merged (``builder.table_layout``), but the commands would have to split
and re-span them to keep the table aligned, which they do not (its text is still edited as usual; Tab
still adds a row at the end). Qt gives inserted cells a copy of a neighbour's cell format; the
command then gives each new cell a record of its own (``td``/``th`` as its neighbour, no attributes,
the neighbour's row and section), so the reader writes the edited table with its ``thead``/``tbody``
and every existing cell's attributes kept. A table nobody restructured reads back byte-identical.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable, QTextTableCell
from PySide6.QtWidgets import QMenu

from editor.text.surface.model import Tag
from editor.views.editor.surface.builder import cell_block_format
from editor.views.editor.surface.records import (
    P_CELL,
    P_TABLE,
    BlockRecord,
    CellRecord,
    SectionRecord,
    SideTable,
)
from editor.views.editor.surface.table_order import reading_order

#: The commands, in menu order.
TABLE_COMMANDS = (
    "row_above",
    "row_below",
    "delete_row",
    "column_left",
    "column_right",
    "delete_column",
)


class TableCommands:
    """Row and column commands on the tables of one document."""

    def __init__(self, table: Callable[[], SideTable], rtl: Callable[[], bool]) -> None:
        self._table = table
        self._rtl = rtl

    # -- public API -------------------------------------------------------------------------------
    def available(self, cursor: QTextCursor) -> bool:
        """True when the commands apply at ``cursor``: in a table without merged cells."""
        qtable = cursor.currentTable()
        return qtable is not None and not self._merged(qtable)

    def run(self, cursor: QTextCursor, name: str) -> bool:
        """Apply command ``name`` (one of :data:`TABLE_COMMANDS`) at ``cursor``; False outside a table
        or in one with merged cells."""
        qtable = cursor.currentTable()
        if qtable is None or self._merged(qtable):
            return False
        cell = qtable.cellAt(cursor)
        cursor.beginEditBlock()
        if name in ("row_above", "row_below"):
            self.insert_row(qtable, cell.row(), below=name == "row_below")
        elif name in ("column_left", "column_right"):
            self.insert_column(qtable, cell.column(), after=self._after(qtable, name))
        elif name == "delete_row":
            self._delete(cursor, qtable, qtable.rows(), lambda: qtable.removeRows(cell.row(), 1))
        elif name == "delete_column":
            self._delete(cursor, qtable, qtable.columns(), lambda: qtable.removeColumns(cell.column(), 1))
        cursor.endEditBlock()
        return True

    def insert_row(self, qtable: QTextTable, row: int, *, below: bool) -> int:
        """A new row above or below ``row``, shaped like it; returns the new row's index."""
        new = row + 1 if below else row
        qtable.insertRows(new, 1)
        reference = row if below else row + 1
        for column in range(qtable.columns()):
            self._adopt(qtable, qtable.cellAt(new, column), qtable.cellAt(reference, column), row=None)
        return new

    def insert_column(self, qtable: QTextTable, column: int, *, after: bool) -> None:
        """A new column before or after ``column``; each new cell shaped like its neighbour in the row."""
        new = column + 1 if after else column
        qtable.insertColumns(new, 1)
        reference = column if after else column + 1
        for row in range(qtable.rows()):
            neighbour = qtable.cellAt(row, reference)
            self._adopt(qtable, qtable.cellAt(row, new), neighbour, row=self._row_tag(qtable, row))

    def next_cell(self, cursor: QTextCursor, backwards: bool = False) -> bool:
        """Tab: select the next cell's text (Shift+Tab: the previous one's); Tab in the last cell adds a row.

        False outside a table (or before the first cell), where the key does what it always does.
        """
        qtable = cursor.currentTable()
        if qtable is None:
            return False
        cells = reading_order(qtable)  # merged cells once; a right-to-left table from the right
        current = qtable.cellAt(cursor)
        here = next(i for i, cell in enumerate(cells) if cell.firstPosition() == current.firstPosition())
        index = here + (-1 if backwards else 1)
        if index < 0:
            return False
        if index >= len(cells):
            cursor.beginEditBlock()
            self.insert_row(qtable, qtable.rows() - 1, below=True)
            cursor.endEditBlock()
            cells = reading_order(qtable)
        target = cells[index]
        cursor.setPosition(target.firstPosition())
        cursor.setPosition(target.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        return True

    # -- helpers ----------------------------------------------------------------------------------
    def _after(self, qtable: QTextTable, name: str) -> bool:
        """ "Right" is after Qt's column: a right-to-left table's columns are kept as they are seen."""
        return name == "column_right"

    def _delete(
        self, cursor: QTextCursor, qtable: QTextTable, count: int, remove: Callable[[], None]
    ) -> None:
        """Remove a row or column; the last one takes the whole table with it (as in Word)."""
        if count > 1:
            remove()
            return
        cursor.setPosition(qtable.firstPosition() - 1)
        cursor.setPosition(qtable.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    def _merged(self, qtable: QTextTable) -> bool:
        """True when a cell of ``qtable`` spans rows or columns (as loaded: the records' tags)."""
        for row in range(qtable.rows()):
            for column in range(qtable.columns()):
                record = self._record(qtable.cellAt(row, column))
                if record is not None and any(
                    record.tag.get(name, "1").strip() not in ("", "1") for name in ("colspan", "rowspan")
                ):
                    return True
        return False

    def _record(self, cell: QTextTableCell) -> CellRecord | None:
        record = self._table().get(cell.format().property(P_CELL)) if cell.isValid() else None
        return record if isinstance(record, CellRecord) else None

    def _row_tag(self, qtable: QTextTable, row: int) -> Tag | None:
        for column in range(qtable.columns()):
            record = self._record(qtable.cellAt(row, column))
            if record is not None:
                return record.row
        return None

    def _adopt(
        self, qtable: QTextTable, cell: QTextTableCell, neighbour: QTextTableCell, row: Tag | None
    ) -> None:
        """Give a new ``cell`` a record of its own, shaped like ``neighbour`` (its kind, row, section)."""
        reference = self._record(neighbour) or self._any_record(qtable)
        name = reference.tag.name if reference is not None else "td"
        section = reference.section if reference is not None else None
        if section is None:
            section = SectionRecord(Tag("tbody"))
        record = CellRecord(Tag(name), row if row is not None else Tag("tr"), section)
        fmt = cell.format()
        fmt.setProperty(P_CELL, self._table().add(record))
        cell.setFormat(fmt)
        table_record = self._table().get(qtable.format().property(P_TABLE))
        table_tag = table_record.tag if isinstance(table_record, BlockRecord) and table_record.tag else None
        QTextCursor(cell.firstCursorPosition()).setBlockFormat(
            cell_block_format(Tag(name), table_tag or Tag("table"), self._rtl())
        )

    def _any_record(self, qtable: QTextTable) -> CellRecord | None:
        for row in range(qtable.rows()):
            for column in range(qtable.columns()):
                record = self._record(qtable.cellAt(row, column))
                if record is not None:
                    return record
        return None


def in_table(document: QTextDocument, position: int) -> bool:
    """True when ``position`` lies inside a table cell."""
    cursor = QTextCursor(document)
    cursor.setPosition(max(0, min(position, document.characterCount() - 1)))
    return cursor.currentTable() is not None


def add_table_actions(menu: QMenu, run: Callable[[str], None]) -> None:
    """The row and column commands as actions in ``menu``, each calling ``run(name)``."""
    labels = {
        "row_above": QCoreApplication.translate("SurfaceTable", "Insert row above"),
        "row_below": QCoreApplication.translate("SurfaceTable", "Insert row below"),
        "delete_row": QCoreApplication.translate("SurfaceTable", "Delete row"),
        "column_left": QCoreApplication.translate("SurfaceTable", "Insert column left"),
        "column_right": QCoreApplication.translate("SurfaceTable", "Insert column right"),
        "delete_column": QCoreApplication.translate("SurfaceTable", "Delete column"),
    }
    for name in TABLE_COMMANDS:
        if name == "column_left":
            menu.addSeparator()
        action = menu.addAction(labels[name])
        action.setObjectName(f"table_{name}")
        action.triggered.connect(lambda _checked=False, name=name: run(name))
