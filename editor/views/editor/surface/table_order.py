"""Column order of the surface's tables: a right-to-left table reads from the right.

Qt lays out a ``QTextTable``'s columns from left to right whatever the table's layout direction, so an
Arabic table showed its first cell on the left. The surface therefore keeps the columns of a
right-to-left table mirrored in the ``QTextTable`` (the HTML's first column is Qt's last), which shows
them as they read; the builder mirrors when it lays a table out, the reader when it reads it back, and
Tab follows the reading order. Row and column commands work on what is seen ("insert column right" is
to the right on the screen).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable, QTextTableCell


def stored_column(column: int, span: int, columns: int, rtl: bool) -> int:
    """Qt's column of the cell at HTML column ``column`` spanning ``span`` of ``columns``."""
    return columns - column - span if rtl else column


def right_to_left(qtable: QTextTable) -> bool:
    """True when ``qtable`` reads from the right (its columns are kept mirrored)."""
    return qtable.format().layoutDirection() == Qt.LayoutDirection.RightToLeft


def row_in_reading_order(qtable: QTextTable, row: int) -> list[QTextTableCell]:
    """The cells that start in ``row``, in reading order (a merged cell once, where it starts)."""
    columns = range(qtable.columns())
    cells = []
    for column in reversed(columns) if right_to_left(qtable) else columns:
        cell = qtable.cellAt(row, column)
        if cell.row() == row and cell.column() == column:
            cells.append(cell)
    return cells


def reading_order(qtable: QTextTable) -> list[QTextTableCell]:
    """Every cell of ``qtable`` once, row by row in reading order."""
    return [cell for row in range(qtable.rows()) for cell in row_in_reading_order(qtable, row)]
