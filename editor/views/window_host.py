"""``WindowHost``: what the window's parts may use of the window that hosts them.

The main window hosts parts — sync, recovery, tree editing, the quality report — and each of them talks
to the window only through this interface (docs/decisions/0045): the working copy and settings, the
two panes, the status bar, "a store operation finished", opening a page and the few window-wide acts a
part starts (the settings, the tree read again, the central tabs). A part never reaches the window's
other parts or its widgets; what one part tells another goes through the window, which wires them.
Tests can host a part in a small window of their own that implements this.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from editor.config import Config
    from editor.models.changes import Changes
    from editor.models.errors import WorkingCopyLostError
    from editor.models.records import LanguageInfo
    from editor.models.store import Store
    from editor.tasks import TaskRunner
    from editor.views.pane_pair import PanePair

# (page id, language, title, HTML) of a text typed but not yet saved
Pending = tuple[int, str, str, str]


class WindowHost(Protocol):
    """The window as its parts see it."""

    @property
    def store(self) -> Store:
        """The open working copy."""
        ...

    @property
    def config(self) -> Config:
        """Settings, state and the data folder."""
        ...

    @property
    def runner(self) -> TaskRunner:
        """The one seam for background work."""
        ...

    @property
    def languages(self) -> list[LanguageInfo]:
        """The region's languages, the source language first."""
        ...

    def widget(self) -> QMainWindow:
        """The window itself: the parent of a part's dialogs and window-wide actions, nothing more."""
        ...

    @property
    def panes(self) -> PanePair:
        """The two editor panes: save what was typed, lock or freeze editing, the page shown."""
        ...

    def status(self, text: str, timeout_ms: int = 0) -> None:
        """Show ``text`` in the status bar (an empty text clears the message)."""
        ...

    def add_status_widget(self, widget: QWidget) -> None:
        """Put a part's widget at the right of the status bar."""
        ...

    def operation_done(self, changes: Changes) -> None:
        """A part changed the working copy: the tree, the counts and the other parts follow."""
        ...

    def on_operation_done(self, slot: Callable[[Changes], None]) -> None:
        """Call ``slot`` after every change of the working copy, whoever made it."""
        ...

    def open_page(self, page_id: int, language: str | None = None) -> None:
        """Show a page in both panes; with ``language``, the right pane shows that language (unless
        it is the left pane's)."""
        ...

    def reopen_if_changed(self, changes: Changes) -> None:
        """Read the page shown again when ``changes`` touched it (a pull, a restore, an import)."""
        ...

    def reload_tree(self) -> None:
        """Read the whole page tree again."""
        ...

    def open_settings(self) -> None:
        """Show the settings dialog."""
        ...

    def working_copy_lost(self, error: WorkingCopyLostError, pending: Pending | None = None) -> None:
        """The working copy was found lost: editing stops, what was typed is kept for later."""
        ...

    def show_part(self, part: QWidget, title: str, tooltip: str = "") -> None:
        """Show ``part`` in a tab beside the texts and bring it to the front."""
        ...

    def part_open(self, part: QWidget) -> bool:
        """True while ``part`` has a tab (in front or behind)."""
        ...

    def part_in_front(self, part: QWidget) -> bool:
        """True while ``part``'s tab is in front."""
        ...

    def show_texts(self) -> None:
        """Bring the pages and texts to the front."""
        ...

    def refresh_link_checks(self) -> None:
        """The link results changed (a link check ran): the panes' link marks follow."""
        ...
