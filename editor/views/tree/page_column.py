"""``PageColumn``: the window's left column — search, the translation filter and the page tree.

A part of the window (docs/decisions/0045): it reads the tree through the host's store, edits it through
:class:`TreeEditing`, reports a damaged tree once (:class:`TreeProblemReporter`) and tells the window
which page was chosen (``sig_page_chosen``, ``sig_search_hit``); the window opens it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QTreeView, QVBoxLayout, QWidget

from editor.models.errors import StoreError, WorkingCopyLostError
from editor.views.error_text import describe
from editor.views.search_panel import SearchPanel
from editor.views.translate.worklist_ui import TreeFilter
from editor.views.tree.columns import TreeColumns
from editor.views.tree.page_item_model import PageTreeItemModel
from editor.views.tree.problems import TreeProblemReporter
from editor.views.tree.tree_editing import TreeEditing, visible_rows

if TYPE_CHECKING:
    from editor.models.records import PageRow
    from editor.views.window_host import WindowHost


class PageColumn(QWidget):
    """Search, filter and page tree of one window."""

    # -- signals ----------------------------------------------------------------------------------
    sig_page_chosen = Signal(int)
    """A page was chosen in the tree (its id)."""

    sig_search_hit = Signal(int, str)
    """A search hit was opened (page id, language of the hit)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, host: WindowHost, pane_codes: Callable[[], list[str]]) -> None:
        super().__init__()
        self.host = host
        self.tree_model = PageTreeItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree_columns = TreeColumns(self.tree, pane_codes)
        self.tree_editing = TreeEditing(host, self.tree, self.tree_model)
        self.tree_problems = TreeProblemReporter(host)
        self.search = SearchPanel(host.store.search)
        self.search.sig_open_page_requested.connect(self.sig_search_hit)
        self.tree_filter = TreeFilter(self.tree, lambda: self.host.store.page_tree())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree_filter)
        layout.addWidget(self.tree, 1)

    # -- public API -------------------------------------------------------------------------------
    def reload(self) -> bool:
        """Read the whole tree again (archived pages only when asked for); a damaged tree is shown as
        far as it can be, and said once; an unreadable one leaves the tree empty and says why. False
        when reading found the working copy lost (the host was told; nothing more should be read)."""
        host = self.host
        try:
            rows, problems = host.store.checked_tree()
        except WorkingCopyLostError as exc:
            host.working_copy_lost(exc)
            return False
        except StoreError as exc:  # an empty tree: no page opens, so nothing can be typed
            rows, problems = [], []
            host.status(self.tr("The page tree cannot be read: {0}").format(describe(exc)))
        rows = visible_rows(rows, self.tree_editing.show_archived.isChecked())
        self.tree_model.set_pages(rows, host.languages)
        self.tree_filter.set_languages(host.languages)
        self.tree_filter.apply()
        self.tree_problems.report(rows, problems)
        self.tree_columns.apply([lang.code for lang in host.languages])
        self.tree.expandToDepth(0)
        return True

    def update_rows(self, rows: list[PageRow]) -> None:
        """Some pages changed (a save, a status): their rows follow, and the filter."""
        for row in rows:
            self.tree_model.update_page(row)
        self.tree_filter.refresh()

    def select(self, page_id: int) -> bool:
        """Make ``page_id`` the tree's current row; True when it was not (``sig_page_chosen`` follows)."""
        index = self.tree_model.index_of_page(page_id)
        if not index.isValid() or self.tree.currentIndex().internalPointer() is index.internalPointer():
            return False
        self.tree.setCurrentIndex(index)
        return True

    # -- private slots ----------------------------------------------------------------------------
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        page_id = self.tree_model.data(current, PageTreeItemModel.PAGE_ID_ROLE)
        if page_id is not None:
            self.sig_page_chosen.emit(int(page_id))
