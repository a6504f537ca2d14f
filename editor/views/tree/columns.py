"""``TreeColumns``: the page tree's column widths and which language columns are shown.

The title column keeps at least ``TITLE_MIN`` pixels; each language column is a narrow state column.
With many languages only the two pane languages' columns are shown unless the user asks for all
(header context menu "Show all languages").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeView

# The title column never gets narrower than this (pixels).
TITLE_MIN = 120
# Narrowest language state column (pixels): room for a glyph and a two-letter code. A column is as wide
# as a state glyph with the "changed locally" mark in the tree's font (:func:`state_width`), if wider.
STATE_WIDTH = 24
# What the widest state cell shows: a state glyph and the "changed locally" mark.
WIDEST_STATE = "●✎"
# Above this many languages only the pane languages' columns are shown by default.
MANY_LANGUAGES = 8


class TreeColumns(QObject):
    """Sizes the tree's columns and hides the language columns the panes do not show."""

    def __init__(self, tree: QTreeView, pane_codes: Callable[[], list[str]]) -> None:
        super().__init__(tree)
        self._tree = tree
        self._pane_codes = pane_codes
        self._codes: list[str] = []
        self.show_all = False
        header = tree.header()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)

    def apply(self, codes: list[str]) -> None:
        """Size the columns for the language ``codes`` (in column order after the title)."""
        self._codes = list(codes)
        header = self._tree.header()
        header.setStretchLastSection(False)
        width = self.state_width()
        header.setMinimumSectionSize(width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(codes) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.refresh()

    def state_width(self) -> int:
        """A language column's width: a state glyph with the "changed locally" mark, never elided."""
        return max(STATE_WIDTH, self._tree.fontMetrics().horizontalAdvance(WIDEST_STATE) + 10)

    def refresh(self) -> None:
        """Show or hide the language columns (after a pane changed its language)."""
        shown = set(self._codes) if self.show_all or not self.many() else set(self._pane_codes())
        for column, code in enumerate(self._codes, start=1):
            self._tree.setColumnHidden(column, code not in shown)
        visible = sum(1 for code in self._codes if code in shown)
        indent = self._tree.indentation() * 2  # the title column's first levels of indentation
        frame = self._tree.frameWidth() * 2 + self._tree.verticalScrollBar().sizeHint().width()
        self._tree.setMinimumWidth(TITLE_MIN + indent + visible * self.state_width() + frame)

    def many(self) -> bool:
        """True when the region has so many languages that some columns may be hidden."""
        return len(self._codes) > MANY_LANGUAGES

    def set_show_all(self, show_all: bool) -> None:
        """Show every language's column (True) or only the pane languages' (False)."""
        self.show_all = show_all
        self.refresh()

    def _on_header_menu(self, pos: QPoint) -> None:
        if not self.many():
            return
        menu = QMenu(self._tree)
        action = menu.addAction(self.tr("Show all languages"))
        action.setCheckable(True)
        action.setChecked(self.show_all)
        action.toggled.connect(self.set_show_all)
        menu.exec(self._tree.header().mapToGlobal(pos))
