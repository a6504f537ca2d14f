"""``PanePair``: the window's two editor panes, the source on the left and its translation on the right.

What concerns both panes at once lives here, so the window and its parts ask for it by name instead of
walking the panes: save everything typed (:meth:`flush_all`), lock or freeze editing, collect what was
typed for a recovery file, and show one page in both — both translations are read before either pane
changes, and one that cannot be read becomes a read-only pane saying so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from editor.models.errors import StoreError, WorkingCopyLostError
from editor.models.records import PageRow, TranslationData, TranslationState
from editor.views.editor.pane import EditorPane, Saver
from editor.views.tree.page_item_model import state_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from editor.models.records import LanguageInfo
    from editor.models.store import Store
    from editor.views.editor.surface.surface_edit import SurfaceEdit
    from editor.views.window_host import Pending


class PanePair(QObject):
    """The source and target panes of one window."""

    # -- signals ----------------------------------------------------------------------------------
    sig_notice = Signal(str, int)
    """A message for the status bar (text, milliseconds to show it; 0: until the next one)."""

    sig_lost = Signal(object)
    """Reading a page found the working copy lost (the :class:`WorkingCopyLostError`)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(
        self,
        store: Callable[[], Store],
        languages: Callable[[], list[LanguageInfo]],
        saver: Saver,
        autosave_ms: int,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._store, self._languages = store, languages
        self.source = EditorPane(saver, autosave_ms)
        self.target = EditorPane(saver, autosave_ms)
        for pane in self.both():
            pane.sig_notice.connect(lambda text: self.sig_notice.emit(text, 30000))

    # -- public API -------------------------------------------------------------------------------
    def both(self) -> tuple[EditorPane, EditorPane]:
        """The left (source) and right (target) pane."""
        return self.source, self.target

    def shown_page(self) -> int | None:
        """The page the panes show."""
        return self.source.page_id or self.target.page_id

    def codes(self) -> list[str]:
        """The languages the panes show (left first)."""
        return [pane.language.code for pane in self.both() if pane.language]

    def pane_of(self, editor: SurfaceEdit) -> EditorPane:
        """The pane ``editor`` belongs to."""
        return self.target if editor is self.target.editor else self.source

    def flush_all(self) -> bool:
        """Save what was typed in either pane; False when something could not be saved (it stays in
        its pane). Every pane is tried, not only up to the first failure."""
        flushed = [pane.flush() for pane in self.both()]  # each pane, not up to the first failure
        return all(flushed)

    def lock_editing(self, locked: bool) -> None:
        """No typing while a sync writes the working copy (or again after it)."""
        for pane in self.both():
            pane.set_editing_locked(locked)

    def freeze(self, reason: str) -> None:
        """Read-only for good (the working copy was lost), ``reason`` shown in each pane."""
        for pane in self.both():
            pane.freeze(reason)

    def pending_edits(self) -> list[Pending]:
        """What was typed and not yet saved, per pane."""
        return [edit for pane in self.both() if (edit := pane.pending_edit())]

    def show_language(self, language: str) -> bool:
        """The right pane shows ``language`` unless the left one does; False when the right pane's
        unsaved text could not be saved (it stays where it is)."""
        source = self.source.language
        if source is None or language == source.code:
            return True
        return self.target.set_languages(self._languages(), language)

    def load(self, page_id: int) -> None:
        """Show ``page_id`` in both panes, or in neither (unsaved text that cannot be saved stays)."""
        panes = [pane for pane in self.both() if pane.language is not None]
        flushed = [pane.flush() for pane in panes]
        if not all(flushed):
            return
        store = self._store()
        try:
            rows = store.page_tree([page_id])
        except StoreError:
            rows = []
        row = rows[0] if rows else None
        reads: list[tuple[EditorPane, TranslationData | StoreError | None]] = []
        for pane in panes:
            assert pane.language is not None
            try:
                reads.append((pane, store.translation(page_id, pane.language.code)))
            except WorkingCopyLostError as exc:
                self.sig_lost.emit(exc)
                return
            except StoreError as exc:
                reads.append((pane, exc))
        for pane, data in reads:
            if isinstance(data, StoreError):
                self._show_unreadable(pane, page_id, row, data)
            else:
                pane.load(page_id, data, self.state_text(pane, row))

    def show_states(self, rows: list[PageRow]) -> None:
        """The state line of a pane that shows one of ``rows`` follows it (a save, a sync)."""
        for row in rows:
            for pane in self.both():
                if pane.page_id == row.id:
                    pane.show_state(self.state_text(pane, row))

    def state_text(self, pane: EditorPane, row: PageRow | None) -> str:
        """The state line of ``pane`` for ``row``: the CMS state, and whether it changed here."""
        cell = row.cells.get(pane.language.code) if row and pane.language else None
        text = state_label(cell.state if cell else TranslationState.MISSING)
        if cell and cell.changed_locally:
            text += " · " + self.tr("changed locally, not yet sent")
        return text

    # -- helpers ----------------------------------------------------------------------------------
    def _show_unreadable(
        self, pane: EditorPane, page_id: int, row: PageRow | None, error: StoreError
    ) -> None:
        title = row.title([lang.code for lang in self._languages()]) if row else ""
        language = pane.language.native_name if pane.language else ""
        reason = str(error).split("cannot be read: ", 1)[-1]  # the store's message names file and page
        message = self.tr(
            "“{0}” (page {1}) in {2} cannot be read: {3}. It is shown read-only; nothing was changed."
        )
        message = message.format(title or self.tr("(untitled)"), page_id, language, reason)
        pane.show_unavailable(page_id, f"{message}\n\n{error}")
        self.sig_notice.emit(message, 30000)
