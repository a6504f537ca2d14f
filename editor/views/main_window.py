"""``MainWindow``: page tree and search on the left, two editor panes side by side.

The window hosts parts: the menus (:mod:`editor.views.main_menus`), the translator's desk, sync,
recovery, tree editing. What the first paint does not need — the desk's sidebars and the checks
(spelling, readability) — is built by :meth:`MainWindow.finish_start`: at once for a window made with
``defer=False``, else by the app right after the first paint (start-up time).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor.config import Config
from editor.models.changes import Changes
from editor.models.errors import StoreError, WorkingCopyLostError
from editor.models.records import LanguageInfo, PageRow, TranslationData, TranslationState
from editor.models.store import Store
from editor.models.tree_check import TreeProblem
from editor.views import prompts
from editor.views.busy_action import finish_before_closing
from editor.views.central_tabs import CentralTabs
from editor.views.editor.pane import EditorPane
from editor.views.editor.surface.page_links import region_page_links
from editor.views.editor.surface.surface_edit import SurfaceEdit
from editor.views.error_text import describe
from editor.views.focus_order import order_focus
from editor.views.format_actions import FormatToolBar
from editor.views.main_menus import MenuCommands, MenuParts, WindowMenus
from editor.views.recovery_controller import RecoveryController
from editor.views.search_panel import SearchPanel, select_first_match
from editor.views.sync.sync_controller import SyncController
from editor.views.translate.host import TranslatorDesk
from editor.views.tree.columns import TreeColumns
from editor.views.tree.page_item_model import PageTreeItemModel, state_label
from editor.views.tree.problems import TreeProblemMessages
from editor.views.tree.tree_editing import TreeEditing, visible_rows
from editor.views.window_state import restore_window_state, save_window_state

if TYPE_CHECKING:
    from editor.views.editor.check_services import CheckServices
    from editor.views.editor.checks import PaneChecks
    from editor.views.sync.outbox_dialog import OutboxDialog

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The editorial workstation's one window."""

    # -- signals ----------------------------------------------------------------------------------
    sig_operation_done = Signal(object)
    """A store operation finished (its :class:`Changes`)."""

    sig_open_region_requested = Signal()
    """File → Open region…: the region session shows the start screen and may switch regions."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, store: Store, config: Config, services: CheckServices, *, defer: bool = False) -> None:
        super().__init__()
        self.store = store
        self.config = config
        self.services = services
        region = store.region()
        self.setWindowTitle(f"{region.name if region else ''} — Integreat Desk")
        self.languages: list[LanguageInfo] = store.languages()
        self._last_editor: SurfaceEdit | None = None
        self._tree_problems_shown: set[TreeProblem] = set()
        self.tree_problems_box: QMessageBox | None = None
        self._build()
        self.recovery = RecoveryController(self)
        self.statusBar().addPermanentWidget(self.recovery.lost_label)
        self.sync = SyncController(self, services.runner)
        self.menus = self._build_menus()
        self.sig_operation_done.connect(self._on_operation_done)
        self.reload_tree()
        restore_window_state(self)
        QTimer.singleShot(0, self.recovery.offer_restore)
        if not defer:
            self.finish_start()

    def _build(self) -> None:
        delay = int(self.config.settings.get("autosave_delay_ms"))
        self.source_pane = EditorPane(self._save, delay)
        self.target_pane = EditorPane(self._save, delay)
        self.checks: list[PaneChecks] = []
        for pane in (self.source_pane, self.target_pane):
            pane.sig_language_changed.connect(self._on_pane_language_changed)
            pane.sig_save_failed.connect(self._on_pane_save_failed)
            pane.sig_notice.connect(lambda text: self.statusBar().showMessage(text, 30000))
            pane.editor.installEventFilter(self)
        self.desk = TranslatorDesk(
            self,
            self.source_pane,
            self.target_pane,
            lambda: self.store,
            self._desk_done,
            self.services.runner,
        )
        self.views = CentralTabs(self._build_sides(), self.tr("Pages and texts"))
        self.views.sig_texts_in_front.connect(self._on_texts_in_front)
        self.views.sig_part_closed.connect(self._focus_editor)
        self.setCentralWidget(self.views)
        self.format_bar = FormatToolBar(
            self.current_editor, self, lambda code: region_page_links(self.store, code)
        )
        self.format_bar.language_of = self._language_of_editor
        for pane in (self.source_pane, self.target_pane):
            pane.editor.sig_format_changed.connect(self._on_editor_format_changed)
        self.addToolBar(self.format_bar)
        self.region_label = QLabel()
        self.network_label = QLabel(self.tr("Offline: no CMS connected"))
        self.outbox_label = QLabel()
        self.statusBar().addWidget(self.region_label)
        self.statusBar().addPermanentWidget(self.network_label)
        self.statusBar().addPermanentWidget(self.outbox_label)

    def _build_sides(self) -> QSplitter:
        """The page tree and search on the left, the two panes on the right."""
        self.tree_model = PageTreeItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree_columns = TreeColumns(self.tree, self._pane_codes)
        self.tree_editing = TreeEditing(self, self.tree, self.tree_model)
        self.search = SearchPanel(self.store.search)
        self.search.sig_open_page_requested.connect(self._on_search_hit_activated)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 4)
        left_layout.addWidget(self.search)
        self.tree_filter = self.desk.make_tree_filter(self.tree)
        left_layout.addWidget(self.tree_filter)
        left_layout.addWidget(self.tree, 1)
        self.panes = QSplitter(Qt.Orientation.Horizontal)
        self.panes.addWidget(self.source_pane)
        self.panes.addWidget(self.target_pane)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panes)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)  # the tree keeps its minimum width
        self.splitter.setSizes([420, 946])  # ~30 %: titles stay readable at 1366 px
        return self.splitter

    def _build_menus(self) -> WindowMenus:
        commands = MenuCommands(
            open_region=self.sig_open_region_requested.emit,
            open_settings=self.open_settings,
            quit=self.close,
            editor=self.current_editor,
            find=self._on_find_requested,
            history=self.open_history,
            quality_report=self.show_quality_report,
            worklist=self.open_worklist,
            outbox=self.open_outbox,
        )
        parts = MenuParts(self.format_bar.actions(), self.tree_editing.actions(), self.desk, self.sync)
        return WindowMenus(self, self.config, commands, parts)

    def showEvent(self, event: QShowEvent) -> None:
        """A status message shown while the window was built (a damaged tree) hid nothing then: QStatusBar
        hides its normal widgets only when they are visible. Hide the page count now, as QStatusBar does
        (not explicitly, so it comes back when the message goes), or both are drawn over each other."""
        super().showEvent(event)
        if self.statusBar().currentMessage() and self.region_label.isVisible():
            self.region_label.hide()
            self.region_label.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)

    # -- public API -------------------------------------------------------------------------------
    def current_editor(self) -> SurfaceEdit | None:
        """The editing surface that has, or last had, the focus (None while another tab, the quality
        report, hides the texts: the formatting keys do not change a text one cannot see)."""
        if not self.views.texts_in_front():
            return None
        return self._last_editor or self.source_pane.editor

    def show_texts(self) -> None:
        """Bring the pages and texts tab to the front (the editor last used gets the focus)."""
        if self.views.show_texts():
            self._focus_editor()

    def finish_start(self) -> None:
        """Build what the first paint does not need: the checks (spelling, readability, started at
        once) and the translator's sidebars, and put Tab in reading order (the left column, the left
        pane with its sidebar, the right pane with its sidebar). Does nothing the second time."""
        if self.checks:
            return
        from editor.views.editor.checks import PaneChecks

        self.checks = [PaneChecks(pane, self.services) for pane in (self.source_pane, self.target_pane)]
        for checks in self.checks:
            checks.spell_panel.sig_add_dictionary_requested.connect(lambda _code: self.open_settings())
        self.desk.build()
        # the sidebars made just now came last in the focus chain: Tab in reading order again
        order_focus(self, [self.search, self.tree_filter, self.tree, self.source_pane, self.target_pane])

    def reload_tree(self) -> None:
        """Read the whole tree again (after an import or a pull)."""
        self.desk.invalidate_memory()
        try:
            rows, problems = self.store.checked_tree()
        except WorkingCopyLostError as exc:
            self.recovery.working_copy_lost(exc)
            return
        except StoreError as exc:  # an empty tree: no page opens, so nothing can be typed
            rows, problems = [], []
            self.statusBar().showMessage(self.tr("The page tree cannot be read: {0}").format(describe(exc)))
        rows = visible_rows(rows, self.tree_editing.show_archived.isChecked())
        self.tree_model.set_pages(rows, self.languages)
        self.tree_filter.set_languages(self.languages)
        self.tree_filter.apply()
        self._report_tree_problems(rows, problems)
        self.tree_columns.apply([lang.code for lang in self.languages])
        self.tree.expandToDepth(0)
        self._update_status()

    def open_page(self, page_id: int) -> None:
        """Show a page in both panes (pending edits are saved first); another page than the one shown
        brings the texts to the front (not the first page opened after the start)."""
        for pane in (self.source_pane, self.target_pane):
            if not pane.flush():
                return
        shown = self.source_pane.page_id
        if page_id != shown:
            self.menus.minor_edit_action.setChecked(False)  # the switch is for the page it was set on
        if shown is not None and page_id != shown:
            self.show_texts()  # another page (the worklist, a new page…): in view, not behind the report
        index = self.tree_model.index_of_page(page_id)
        if index.isValid() and self.tree.currentIndex().internalPointer() is not index.internalPointer():
            self.tree.setCurrentIndex(index)
            return  # currentChanged comes back here
        self._load_panes(page_id)

    def open_outbox(self) -> OutboxDialog:
        """Show the changes waiting to be sent (each can be discarded)."""
        from editor.views.sync.outbox_dialog import OutboxDialog

        dialog = OutboxDialog(self.store, self)
        dialog.sig_discarded.connect(self.sig_operation_done.emit)
        dialog.show()
        return dialog

    def open_settings(self) -> None:
        """Show the settings dialog."""
        from editor.views.dialogs import SettingsDialog
        from editor.views.spelling_settings import SpellingSettingsSection

        dialog = SettingsDialog(self.config, self)
        dialog.extra.addWidget(SpellingSettingsSection(self.services.spelling, self._on_dictionary_added))
        self.sync.add_settings_section(dialog)
        dialog.exec()

    def open_worklist(self) -> None:
        """Show the pages to translate into the target pane's language."""
        language = self.target_pane.language.code if self.target_pane.language else ""
        self.desk.open_worklist(language, self._on_search_open_page_requested)

    def open_history(self) -> None:
        """Show the local history of the focused pane's translation, and restore a version."""
        pane = self.target_pane if self._last_editor is self.target_pane.editor else self.source_pane
        if pane.page_id is None or pane.language is None:
            return
        pane.flush()
        versions = self.store.history(pane.page_id, pane.language.code)
        current = self.store.translation(pane.page_id, pane.language.code)
        from editor.views.translate.history import HistoryDialog  # on demand: not at start-up

        dialog = HistoryDialog(versions, pane.title_edit.text(), current.content if current else "", self)
        if dialog.exec() and dialog.chosen is not None:
            try:
                self.sig_operation_done.emit(self.store.restore_version(dialog.chosen.id))
            except WorkingCopyLostError as exc:
                self.recovery.working_copy_lost(exc)
                return
            except StoreError as exc:
                prompts.error(self, self.tr("Not restored"), describe(exc))
                return
            self._load_panes(pane.page_id)

    def show_quality_report(self) -> None:
        """Show the region's quality report in a tab beside the texts (editor/views/quality); when it
        is already in front, go back to the texts (Ctrl+Shift+R switches between the two)."""
        from editor.views.quality.report_tab import quality_panel, show_quality_report

        panel = quality_panel(self)
        if panel is not None and self.views.in_front(panel):
            self.show_texts()
            return
        show_quality_report(self)

    def release(self) -> bool:
        """Let go of the working copy (closing, or switching regions): a running import or export is
        waited for (its result shown), pending edits are saved, the sync stops and the window state is
        saved. False when the user keeps the window (rather than wait, or when an edit could not be
        saved); after True, closing the window does nothing more."""
        if getattr(self, "_released", False):
            return True
        if not finish_before_closing(self):  # an import or export still writing: the user keeps it
            return False
        saved = self.recovery.flush_for_closing()
        if not saved and not prompts.ask(
            self,
            self.tr("Close anyway?"),
            self.tr("Some edits could not be saved. Close anyway and lose them?"),
        ):
            return False
        self.sync.stop()
        save_window_state(self)
        self._released = True
        return True

    # -- Qt overrides -----------------------------------------------------------------------------
    def eventFilter(self, watched: object, event: object) -> bool:
        if isinstance(watched, SurfaceEdit) and getattr(event, "type", lambda: None)() == 8:
            self._last_editor = watched  # 8 = QEvent.FocusIn
            self.format_bar.update_state()
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.release():
            event.accept()
        else:
            event.ignore()

    # -- private slots ----------------------------------------------------------------------------
    def _on_find_requested(self) -> None:
        self.show_texts()
        self.search.field.setFocus()

    def _focus_editor(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.setFocus()

    def _on_texts_in_front(self, shown: bool) -> None:
        self.format_bar.setEnabled(shown)
        self.format_bar.update_state()

    def _on_tree_current_changed(self, current: object, _previous: object) -> None:
        page_id = self.tree_model.data(current, PageTreeItemModel.PAGE_ID_ROLE)  # type: ignore[arg-type]
        if page_id is not None:
            self.open_page(page_id)

    def _on_search_open_page_requested(self, page_id: int, language: str) -> None:
        source = self.source_pane.language
        switch = source is not None and language != source.code
        if switch and not self.target_pane.set_languages(self.languages, language):
            return  # the pane's unsaved text could not be saved: stay where it is
        self.open_page(page_id)

    def _on_search_hit_activated(self, page_id: int, language: str) -> None:
        self._on_search_open_page_requested(page_id, language)
        for pane in (self.source_pane, self.target_pane):
            if pane.page_id == page_id and pane.language is not None and pane.language.code == language:
                if select_first_match(pane.editor, self.search.field.text()):
                    pane.editor.setFocus()
                return

    def _pane_codes(self) -> list[str]:
        return [pane.language.code for pane in (self.source_pane, self.target_pane) if pane.language]

    def _on_pane_language_changed(self, _code: str) -> None:
        self.tree_columns.refresh()
        page_id = self.source_pane.page_id or self.target_pane.page_id
        if page_id is not None:
            self._load_panes(page_id)

    def _on_dictionary_added(self, _tag: str) -> None:
        for checks in self.checks:
            checks.reload_speller()

    def _on_pane_save_failed(self, message: str) -> None:
        if self.recovery.lost_message is not None:  # that says more than "not saved"
            self.statusBar().showMessage(self.recovery.lost_message)
            return
        self.statusBar().showMessage(self.tr("Not saved: {0}").format(message), 15000)

    def _on_operation_done(self, changes: Changes) -> None:
        if changes.tree:
            self.reload_tree()
            return
        if changes.pages:
            for row in self.store.page_tree(changes.pages):
                self.tree_model.update_page(row)
                for pane in (self.source_pane, self.target_pane):
                    if pane.page_id == row.id:
                        pane.show_state(self._state_text(pane, row))
            self.tree_filter.refresh()
        if changes.outbox:
            self._update_status()

    # -- helpers ----------------------------------------------------------------------------------
    def _desk_done(self, changes: Changes) -> None:
        """The desk changed translations (an XLIFF import): update the tree and reload the page."""
        self.sig_operation_done.emit(changes)
        page = self.source_pane.page_id
        if page is not None and page in changes.pages:
            self._load_panes(page)

    def _save(self, page_id: int, language: str, title: str, html: str) -> None:
        try:
            minor = self.menus.minor_edit_action.isChecked()
            changes = self.store.save_translation(
                page_id, language, title=title, content=html, minor_edit=minor
            )
        except WorkingCopyLostError as exc:
            self.recovery.working_copy_lost(exc, (page_id, language, title, html))
            raise
        self.sig_operation_done.emit(changes)

    def _load_panes(self, page_id: int) -> None:
        """Show ``page_id`` in both panes, or in neither: both translations are read before any pane
        changes, and one that cannot be read becomes a read-only pane saying so."""
        panes = [pane for pane in (self.source_pane, self.target_pane) if pane.language is not None]
        flushed = [pane.flush() for pane in panes]  # every pane, not only up to the first failure
        if not all(flushed):
            return  # unsaved text could not be saved; it stays in the pane it was typed in
        try:
            rows = self.store.page_tree([page_id])
        except StoreError:
            rows = []
        row = rows[0] if rows else None
        reads: list[tuple[EditorPane, TranslationData | StoreError | None]] = []
        for pane in panes:
            assert pane.language is not None
            try:
                reads.append((pane, self.store.translation(page_id, pane.language.code)))
            except WorkingCopyLostError as exc:
                self.recovery.working_copy_lost(exc)
                return
            except StoreError as exc:
                reads.append((pane, exc))
        for pane, data in reads:
            if isinstance(data, StoreError):
                self._show_unreadable(pane, page_id, row, data)
            else:
                pane.load(page_id, data, self._state_text(pane, row))

    def _state_text(self, pane: EditorPane, row: PageRow | None) -> str:
        cell = row.cells.get(pane.language.code) if row and pane.language else None
        text = state_label(cell.state if cell else TranslationState.MISSING)
        if cell and cell.changed_locally:
            text += " · " + self.tr("changed locally, not yet sent")
        return text

    def _show_unreadable(
        self, pane: EditorPane, page_id: int, row: PageRow | None, error: StoreError
    ) -> None:
        title = row.title([lang.code for lang in self.languages]) if row else ""
        language = pane.language.native_name if pane.language else ""
        reason = str(error).split("cannot be read: ", 1)[-1]  # the store's message names file and page
        message = self.tr(
            "“{0}” (page {1}) in {2} cannot be read: {3}. It is shown read-only; nothing was changed."
        )
        message = message.format(title or self.tr("(untitled)"), page_id, language, reason)
        pane.show_unavailable(page_id, f"{message}\n\n{error}")
        self.statusBar().showMessage(message, 30000)

    def _report_tree_problems(self, rows: list[PageRow], problems: list[TreeProblem]) -> None:
        new = [problem for problem in problems if problem not in self._tree_problems_shown]
        if not new:
            return
        self._tree_problems_shown.update(new)
        messages = TreeProblemMessages(self)
        text = messages.details(rows, new, [lang.code for lang in self.languages])
        log.warning("%s: %s", self.store.path, "; ".join(line for line in text.splitlines()[2:]))
        self.statusBar().showMessage(messages.summary(new), 60000)
        self.tree_problems_box = prompts.notify(self, self.tr("Damaged page tree"), text)

    def _language_of_editor(self, editor: SurfaceEdit) -> str:
        pane = self.target_pane if editor is self.target_pane.editor else self.source_pane
        return pane.language.code if pane.language is not None else ""

    def _on_editor_format_changed(self) -> None:
        if self.sender() is self.current_editor():
            self.format_bar.update_state()

    def _update_status(self) -> None:
        region = self.store.region()
        pages = self.tree_model.page_count()
        self.region_label.setText(self.tr("{0}: %n page(s)", "", pages).format(region.name if region else ""))
        waiting = self.store.outbox_count()
        self.outbox_label.setText(self.tr("%n local change(s) waiting to be sent", "", waiting))
