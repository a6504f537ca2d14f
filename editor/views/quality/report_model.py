"""``QualityItemModel``: the quality report's rows as a Qt table (sorting through a proxy)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from editor.reports.quality import QualityRow
from editor.views.tree.page_item_model import state_label

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("QualityReport", "Page"),
        QCoreApplication.translate("QualityReport", "Title"),
        QCoreApplication.translate("QualityReport", "Language"),
        QCoreApplication.translate("QualityReport", "State"),
        QCoreApplication.translate("QualityReport", "Words"),
        QCoreApplication.translate("QualityReport", "Readability"),
        QCoreApplication.translate("QualityReport", "Spelling"),
        QCoreApplication.translate("QualityReport", "Broken links"),
        QCoreApplication.translate("QualityReport", "Link problems"),
        QCoreApplication.translate("QualityReport", "QA warnings"),
        QCoreApplication.translate("QualityReport", "Last changed or confirmed"),
        QCoreApplication.translate("QualityReport", "Age (days)"),
    ]


# Column numbers.
PAGE, TITLE, LANGUAGE, STATE, WORDS, READABILITY, SPELLING, BROKEN, PROBLEMS, QA, CHANGED, AGE = range(12)
_MEASURES = {"hix": "HIX", "flesch": "Flesch", "lix": "LIX"}


class QualityItemModel(QAbstractTableModel):
    """Rows of a :class:`~editor.reports.quality.QualityReport`, appended as they arrive."""

    # The row's :class:`QualityRow`.
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    # The value a column sorts by (numbers as numbers, "none" last).
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[QualityRow] = []
        self._where: dict[tuple[int, str], int] = {}
        self._headers = _headers()

    # -- public API -------------------------------------------------------------------------------
    def clear(self) -> None:
        """Remove every row."""
        self.beginResetModel()
        self._rows = []
        self._where = {}
        self.endResetModel()

    def add_rows(self, rows: list[QualityRow]) -> None:
        """Append a batch of rows; a row whose page and language are shown already replaces it."""
        new = []
        for row in rows:
            at = self._where.get(row.key)
            if at is None:
                new.append(row)
                continue
            self._rows[at] = row
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(self._headers) - 1))
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(_NO_INDEX, first, first + len(new) - 1)
        for offset, row in enumerate(new):
            self._where[row.key] = first + offset
        self._rows.extend(new)
        self.endInsertRows()

    def row_at(self, row: int) -> QualityRow:
        """The report row shown in ``row``."""
        return self._rows[row]

    # -- Qt overrides -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return row
        if role == self.SORT_ROLE:
            return _sort_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _colour(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= WORDS and column != CHANGED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == CHANGED and row.stale:
            return QCoreApplication.translate("QualityReport", "Not changed or confirmed for a long time")
        return None


def _display(row: QualityRow, column: int) -> str:
    values: dict[int, Any] = {
        PAGE: row.path,
        TITLE: row.title,
        LANGUAGE: row.language,
        STATE: state_label(row.state),
        WORDS: row.words,
        READABILITY: "…"
        if row.pending
        else None
        if row.readability is None
        else f"{QLocale().toString(row.readability, 'f', 1)} {_MEASURES.get(row.measure, row.measure)}",
        SPELLING: row.spelling,
        BROKEN: row.broken_links or None,
        PROBLEMS: row.link_problems or None,
        QA: row.qa_warnings,
        CHANGED: row.last_changed.strftime("%Y-%m-%d") if row.last_changed else None,
        AGE: row.age_days,
    }
    value = values[column]
    return "" if value is None else str(value)


def _sort_value(row: QualityRow, column: int) -> Any:
    numeric: dict[int, Any] = {
        WORDS: row.words,
        READABILITY: row.readability,
        SPELLING: row.spelling,
        BROKEN: row.broken_links,
        PROBLEMS: row.link_problems,
        QA: row.qa_warnings,
        AGE: row.age_days,
    }
    if column == CHANGED:
        return row.last_changed.isoformat() if row.last_changed else ""
    if column in numeric:
        value = numeric[column]
        return -1.0 if value is None else float(value)
    return _display(row, column).casefold()


def _colour(row: QualityRow, column: int) -> QBrush | None:
    red, amber = QColor("#c62828"), QColor("#b26a00")
    if column in (BROKEN, PROBLEMS) and row.broken_links:
        return QBrush(red)
    if column == STATE and row.state.value in ("missing", "outdated"):
        return QBrush(amber)
    if column in (CHANGED, AGE) and row.stale:
        return QBrush(amber)
    if (column == SPELLING and row.spelling) or (column == QA and row.qa_warnings):
        return QBrush(amber)
    return None
