"""Sidebar section listing a page's link problems; clicking one selects the link on the surface."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

_INDEX_ROLE = Qt.ItemDataRole.UserRole


class LinkPanel(QWidget):
    """The page's links with a problem, a count, and "Use the new address" for the selected one."""

    # -- signals ----------------------------------------------------------------------------------
    sig_link_activated = Signal(int)
    """A listed link was clicked: its index in the list."""

    sig_use_address_requested = Signal(int)
    """The user wants the listed link (its index) to point to its suggested address."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = QLabel(self)
        self._count.setWordWrap(True)
        self._list = QListWidget(self)
        self._list.setWordWrap(True)
        self._list.itemActivated.connect(self._on_list_item_activated)
        self._list.itemClicked.connect(self._on_list_item_activated)
        self._list.currentItemChanged.connect(lambda *_: self._update_button())
        self.use_button = QPushButton(self.tr("Use the new address"), self)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._count)
        layout.addWidget(self._list)
        layout.addWidget(self.use_button)
        self._better: list[bool] = []
        self.show_links([], [])

    # -- properties -------------------------------------------------------------------------------
    @property
    def count(self) -> int:
        """Number of links listed."""
        return self._list.count()

    def item_text(self, row: int) -> str:
        """The text of the listed link ``row``."""
        item = self._list.item(row)
        return item.text() if item is not None else ""

    # -- public API -------------------------------------------------------------------------------
    def show_links(self, links: list[tuple[str, str]], better: list[bool]) -> None:
        """List ``(label, tooltip)`` per link; ``better[i]``: link ``i`` has an address to use instead."""
        self._list.clear()
        self._better = list(better)
        for index, (label, tooltip) in enumerate(links):
            item = QListWidgetItem(label)
            item.setToolTip(tooltip)
            item.setData(_INDEX_ROLE, index)
            self._list.addItem(item)
        if links:
            self._count.setText(self.tr("%n link(s) with a problem", "", len(links)))
        else:
            self._count.setText(self.tr("No link problems found."))
        self._update_button()

    def current_row(self) -> int:
        """The chosen link's row (-1: none)."""
        return self._list.currentRow()

    def select(self, row: int) -> None:
        """Make ``row`` the current link (as a click would, without moving the cursor)."""
        self._list.setCurrentRow(row)

    # -- private slots ----------------------------------------------------------------------------
    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.sig_link_activated.emit(int(item.data(_INDEX_ROLE)))

    def _on_use_button_clicked(self) -> None:
        row = self._list.currentRow()
        if 0 <= row < len(self._better) and self._better[row]:
            self.sig_use_address_requested.emit(row)

    # -- helpers ----------------------------------------------------------------------------------
    def _update_button(self) -> None:
        row = self._list.currentRow()
        self.use_button.setEnabled(0 <= row < len(self._better) and self._better[row])
