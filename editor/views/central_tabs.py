"""``CentralTabs``: the window's central area, the pages and texts and the parts opened beside them.

A part (the quality report) opens in a tab beside the texts; the tab bar shows only while one is open.
The texts cannot be closed; a closed part stays with its owner and comes back as it was when shown
again (docs/decisions/0044).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


class CentralTabs(QTabWidget):
    """The pages and texts in the first tab, parts in the others."""

    # -- signals ----------------------------------------------------------------------------------
    sig_texts_in_front = Signal(bool)
    """The texts came to the front (True) or a part hid them (False)."""
    sig_part_closed = Signal()
    """The user closed a part's tab (the texts are in front again)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, texts: QWidget, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setTabBarAutoHide(True)
        self.setTabsClosable(True)
        # the tab bar is a tab stop of its own while it shows; the hidden bar as the tab widget's focus
        # proxy would stop Tab at the end of the chain (focus given to it goes nowhere)
        self.setFocusProxy(None)  # type: ignore[arg-type]  # Qt takes nullptr: no proxy
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addTab(texts, title)
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            self.tabBar().setTabButton(0, side, None)  # the texts cannot be closed
        self.tabCloseRequested.connect(self._on_tab_close_requested)
        self.currentChanged.connect(lambda index: self.sig_texts_in_front.emit(index == 0))

    # -- public API -------------------------------------------------------------------------------
    def texts_in_front(self) -> bool:
        """True while the pages and texts are shown (no part in front of them)."""
        return self.currentIndex() == 0

    def show_texts(self) -> bool:
        """Bring the pages and texts to the front; True when a part was in front of them."""
        if self.texts_in_front():
            return False
        self.setCurrentIndex(0)
        return True

    def show_part(self, part: QWidget, title: str, tooltip: str = "") -> None:
        """Show ``part`` in its tab (added again when it was closed) and bring it to the front."""
        index = self.indexOf(part)
        if index < 0:
            index = self.addTab(part, title)
            self.setTabToolTip(index, tooltip)
        self.setCurrentIndex(index)

    def has_part(self, part: QWidget) -> bool:
        """True while ``part`` has a tab."""
        return self.indexOf(part) > 0

    def in_front(self, part: QWidget) -> bool:
        """True while ``part`` is the tab in front."""
        return self.currentWidget() is part

    # -- private slots ----------------------------------------------------------------------------
    def _on_tab_close_requested(self, index: int) -> None:
        if index > 0:  # the part is kept by its owner: shown again, it is there at once
            self.removeTab(index)
            self.setCurrentIndex(0)
            self.sig_part_closed.emit()
