"""``PageTreeItemModel``: the region's page tree with each language's state at a glance."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from editor.models.records import LanguageInfo, PageRow, TranslationState
from editor.models.tree_check import check_tree

Index = QModelIndex | QPersistentModelIndex

#: Glyph and colour per state; a missing translation shows a hollow circle.
_GLYPHS: dict[TranslationState, tuple[str, str]] = {
    TranslationState.UP_TO_DATE: ("●", "#2e7d32"),
    TranslationState.OUTDATED: ("●", "#ef6c00"),
    TranslationState.DRAFT: ("◐", "#6d6d6d"),
    TranslationState.REVIEW: ("◑", "#1565c0"),
    TranslationState.MISSING: ("○", "#9e9e9e"),
}

#: A translation changed here and in the CMS since the last sync.
_CONFLICT_COLOUR = "#c62828"


def state_glyph(state: TranslationState) -> tuple[str, str]:
    """The mark and colour the tree shows for ``state``."""
    return _GLYPHS[state]


def state_label(state: TranslationState) -> str:
    """The translated name of a state (tooltips and legend)."""
    labels = {
        TranslationState.UP_TO_DATE: QCoreApplication.translate("PageTree", "up to date"),
        TranslationState.OUTDATED: QCoreApplication.translate("PageTree", "outdated"),
        TranslationState.DRAFT: QCoreApplication.translate("PageTree", "draft"),
        TranslationState.REVIEW: QCoreApplication.translate("PageTree", "in review"),
        TranslationState.MISSING: QCoreApplication.translate("PageTree", "missing"),
    }
    return labels[state]


@dataclass
class _Node:
    row: PageRow | None
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)
    index_in_parent: int = 0


class PageTreeItemModel(QAbstractItemModel):
    """Column 0: the page title (source language); one narrow column per language after it."""

    PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None)
        self._by_id: dict[int, _Node] = {}
        self._languages: list[LanguageInfo] = []
        self._conflicts: frozenset[tuple[int, str]] = frozenset()

    # -- public API -------------------------------------------------------------------------------
    def set_pages(self, rows: list[PageRow], languages: list[LanguageInfo]) -> None:
        """Replace the whole tree (pages in a parent cycle or under a missing parent go to the top:
        every node must reach the root, or Qt walks up ``parent()`` for ever)."""
        rows, _problems = check_tree(rows)
        self.beginResetModel()
        self._languages = languages
        self._root = _Node(None, None)
        self._by_id = {row.id: _Node(row, None) for row in rows}
        for row in sorted(rows, key=lambda r: (r.position, r.id)):
            node = self._by_id[row.id]
            parent = self._by_id.get(row.parent_id) if row.parent_id else None
            node.parent = parent or self._root
            node.index_in_parent = len(node.parent.children)
            node.parent.children.append(node)
        self.endResetModel()

    def update_page(self, row: PageRow) -> None:
        """Refresh one page's row in place (after a save)."""
        node = self._by_id.get(row.id)
        if node is None:
            return
        node.row = row
        left = self.createIndex(node.index_in_parent, 0, node)
        right = self.createIndex(node.index_in_parent, self.columnCount() - 1, node)
        self.dataChanged.emit(left, right)

    def set_conflicts(self, keys: set[tuple[int, str]]) -> None:
        """Mark the translations (page id, language) that are in a sync conflict."""
        changed = keys ^ self._conflicts
        self._conflicts = frozenset(keys)
        for page_id in {page for page, _language in changed}:
            node = self._by_id.get(page_id)
            if node is not None:
                left = self.createIndex(node.index_in_parent, 1, node)
                right = self.createIndex(node.index_in_parent, self.columnCount() - 1, node)
                self.dataChanged.emit(left, right)

    def index_of_page(self, page_id: int) -> QModelIndex:
        """The model index of a page (invalid when unknown)."""
        node = self._by_id.get(page_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.index_in_parent, 0, node)

    def page_count(self) -> int:
        """How many pages the tree holds."""
        return len(self._by_id)

    # -- Qt overrides -----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < self.columnCount():
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.index_in_parent, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1 + len(self._languages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: PageRow = index.internalPointer().row
        if role == self.PAGE_ID_ROLE:
            return row.id
        if index.column() == 0:
            return self._title_data(row, role)
        language = self._languages[index.column() - 1]
        cell = row.cells.get(language.code)
        state = cell.state if cell else TranslationState.MISSING
        glyph, colour = _GLYPHS[state]
        conflict = (row.id, language.code) in self._conflicts
        if role == Qt.ItemDataRole.DisplayRole:
            return ("⚠" if conflict else glyph) + ("✎" if cell and cell.changed_locally else "")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(_CONFLICT_COLOUR if conflict else colour)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{language.native_name}: {state_label(state)}"
            if cell and cell.changed_locally:
                tip += " · " + QCoreApplication.translate("PageTree", "changed locally")
            if conflict:
                tip += " · " + QCoreApplication.translate("PageTree", "conflict: changed here and in the CMS")
            return tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("PageTree", "Page")
            return self._languages[section - 1].code
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return self._languages[section - 1].native_name
        return None

    # -- helpers ----------------------------------------------------------------------------------
    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def _title_data(self, row: PageRow, role: int) -> Any:
        codes = [lang.code for lang in self._languages]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title(codes) or QCoreApplication.translate("PageTree", "(untitled)")
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.archived:
            return QCoreApplication.translate("PageTree", "archived")
        return None
