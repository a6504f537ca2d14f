"""``CheckServices``: what the checks of every pane share.

Kept apart from :mod:`editor.views.editor.checks` so that a window can be made (and painted) before
spelling and readability are loaded: the spelling service is made on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from editor.tasks import TaskRunner

if TYPE_CHECKING:
    from editor.models.store import Store
    from editor.text.spelling_service import SpellingService


class CheckServices:
    """The spelling service, the task runner and the readability threshold of a window's panes."""

    def __init__(
        self,
        spelling: Callable[[], SpellingService],
        runner: TaskRunner,
        mt_threshold: float = 15.0,
        store: Store | None = None,
    ) -> None:
        self._make_spelling = spelling
        self._spelling: SpellingService | None = None
        self.runner = runner
        self.mt_threshold = mt_threshold
        """Readability below this blocks machine translation (the panel marks it)."""
        self.store = store
        """The region's working copy: with it, each pane marks and lists its page's link problems."""

    @property
    def spelling(self) -> SpellingService:
        """The spelling service, made on first use (on the GUI thread)."""
        if self._spelling is None:
            self._spelling = self._make_spelling()
        return self._spelling
