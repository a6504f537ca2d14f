"""The translator's worklist (Page → Translator's worklist…) and the page tree's translation filter.

The worklist lists, for one target language, the pages missing, outdated or not reviewed there with
the words to translate, new and changed counted separately (:func:`editor.models.worklist.worklist`);
columns sort by a click on their header; a double click opens the page with that language in the
target pane. The tree filter ("Missing in فارسی", "Outdated in English", …) hides the tree rows that do
not match, keeping the parents of matching pages, without touching the tree's model.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor.models.records import LanguageInfo, PageRow, TranslationState
from editor.models.store import Store
from editor.models.worklist import MISSING, OUTDATED, UNREVIEWED, WorkItem, worklist
from editor.views.tree.page_item_model import PageTreeItemModel


class _Number(QTableWidgetItem):
    """A table cell that sorts by its number."""

    def __init__(self, value: int) -> None:
        super().__init__(str(value))
        self.setData(Qt.ItemDataRole.UserRole, value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.data(Qt.ItemDataRole.UserRole) or 0) < int(other.data(Qt.ItemDataRole.UserRole) or 0)


def state_names() -> dict[str, str]:
    """The worklist states as shown."""
    return {
        MISSING: QCoreApplication.translate("WorklistDialog", "missing"),
        OUTDATED: QCoreApplication.translate("WorklistDialog", "outdated"),
        UNREVIEWED: QCoreApplication.translate("WorklistDialog", "not reviewed"),
    }


class WorklistDialog(QDialog):
    """Per target language: the pages to translate, sortable."""

    sig_open_requested = Signal(int, str)
    """Open a page (id) with a language (code) in the target pane."""

    def __init__(self, store: Store, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Translator's worklist"))
        self.resize(720, 520)
        self.store = store
        self.items: list[WorkItem] = []
        self.language_box = QComboBox()
        for lang in store.languages():
            if lang.parent_code:
                self.language_box.addItem(f"{lang.native_name} ({lang.code})", lang.code)
        found = self.language_box.findData(language)
        self.language_box.setCurrentIndex(max(found, 0))
        self.language_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Page"), self.tr("State"), self.tr("New words"), self.tr("Changed words")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self._on_double_click)
        # tree order until a header is clicked (Qt would sort by the first column, Z to A)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language:")))
        row.addWidget(self.language_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Compute the list for the chosen language."""
        language = self.language_box.currentData()
        self.items = worklist(self.store, language) if language else []
        names = state_names()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            title = QTableWidgetItem(item.title)
            title.setData(Qt.ItemDataRole.UserRole, item.page_id)
            self.table.setItem(row, 0, title)
            self.table.setItem(row, 1, QTableWidgetItem(names[item.state]))
            self.table.setItem(row, 2, _Number(item.new_words))
            self.table.setItem(row, 3, _Number(item.changed_words))
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        new = sum(item.new_words for item in self.items)
        changed = sum(item.changed_words for item in self.items)
        self.summary.setText(
            self.tr("%n page(s) need work: {0} new and {1} changed words.", "", len(self.items)).format(
                new, changed
            )
        )

    def _on_double_click(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is None:
            return
        page = item.data(Qt.ItemDataRole.UserRole)
        self.sig_open_requested.emit(int(page), str(self.language_box.currentData()))


class TreeFilter(QComboBox):
    """ "All pages" or "Missing / Outdated / Not reviewed in <language>" for the page tree."""

    def __init__(
        self, tree: QTreeView, rows: Callable[[], list[PageRow]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tree, self.rows = tree, rows
        self._hiding = False
        self.setToolTip(self.tr("Show only the pages that need work in a language"))
        self.currentIndexChanged.connect(lambda _i: self.apply())

    def set_languages(self, languages: list[LanguageInfo]) -> None:
        """Offer the filters of every target language."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All pages"), None)
        for lang in languages:
            if lang.parent_code:
                name = lang.native_name
                self.addItem(self.tr("Missing in {0}").format(name), f"{MISSING}:{lang.code}")
                self.addItem(self.tr("Outdated in {0}").format(name), f"{OUTDATED}:{lang.code}")
                self.addItem(self.tr("Not reviewed in {0}").format(name), f"{UNREVIEWED}:{lang.code}")
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)

    def select(self, state: str, language: str) -> None:
        """Choose the filter ``state`` in ``language``."""
        self.setCurrentIndex(max(self.findData(f"{state}:{language}"), 0))

    def refresh(self) -> None:
        """Apply the chosen filter again (after a save or a sync changed states); nothing when off."""
        if self.currentIndex() > 0:
            self.apply()

    def apply(self) -> None:
        """Hide the rows that do not match (their parents stay when a child matches)."""
        data = self.currentData()
        wanted = tuple(data.split(":", 1)) if isinstance(data, str) else None
        if wanted is None and not self._hiding:
            return  # nothing hidden, nothing to show again (a reload builds every row visible)
        rows = {row.id: row for row in self.rows()} if wanted else {}
        self._walk(wanted, rows)
        self._hiding = wanted is not None

    def _walk(self, wanted: tuple[str, ...] | None, rows: dict[int, PageRow]) -> None:
        """Show or hide every row, children before parents, without recursion (trees can be deep)."""
        model = self.tree.model()
        order: list[tuple[QModelIndex, int, QModelIndex]] = []  # (parent, row, index), parents first
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for number in range(model.rowCount(parent)):
                index = model.index(number, 0, parent)
                order.append((parent, number, index))
                stack.append(index)
        shown_below: set[tuple[int, int]] = set()  # parents (by row, internal id) with a shown child
        for parent, number, index in reversed(order):
            page = model.data(index, PageTreeItemModel.PAGE_ID_ROLE)
            key = (index.row(), index.internalId())
            shown = wanted is None or key in shown_below or _matches(rows.get(page), wanted)
            self.tree.setRowHidden(number, parent, not shown)
            if shown and parent.isValid():
                shown_below.add((parent.row(), parent.internalId()))


def _matches(row: PageRow | None, wanted: tuple[str, ...]) -> bool:
    if row is None:
        return False
    state, language = wanted
    cell = row.cells.get(language)
    if state == MISSING:
        return cell is None and bool(row.cells)
    if cell is None:
        return False
    if state == OUTDATED:
        return cell.state is TranslationState.OUTDATED
    return cell.state in (TranslationState.DRAFT, TranslationState.REVIEW)
