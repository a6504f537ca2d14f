"""``MainWindow``: page tree and search on the left, two editor panes side by side.

The window hosts parts and wires them: the page column (search, filter, tree and its editing), the two
panes (:class:`PanePair`), the menus (:mod:`editor.views.main_menus`), the translator's desk, sync,
recovery and the quality report. The parts see the window only as a
:class:`~editor.views.window_host.WindowHost` (ADR 0045). What the first paint does not need — the
desk's sidebars and the checks (spelling, readability) — is built by :meth:`MainWindow.finish_start`:
at once for a window made with ``defer=False``, else by the app right after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QWidget,
)

from editor.config import Config
from editor.models.changes import Changes
from editor.models.errors import WorkingCopyLostError
from editor.models.records import LanguageInfo
from editor.models.store import Store
from editor.tasks import TaskRunner
from editor.views import prompts
from editor.views.busy_action import finish_before_closing
from editor.views.central_tabs import CentralTabs
from editor.views.editor.surface.page_links import region_page_links
from editor.views.editor.surface.surface_edit import SurfaceEdit
from editor.views.focus_order import order_focus
from editor.views.format_actions import FormatToolBar
from editor.views.main_menus import MenuCommands, MenuParts, WindowMenus
from editor.views.pane_pair import PanePair
from editor.views.quality.report_tab import ReportTab
from editor.views.recovery_controller import RecoveryController
from editor.views.search_panel import select_first_match
from editor.views.sync.sync_controller import SyncController
from editor.views.translate.host import TranslatorDesk
from editor.views.tree.page_column import PageColumn
from editor.views.window_state import restore_window_state, save_window_state

if TYPE_CHECKING:
    from editor.views.editor.check_services import CheckServices
    from editor.views.editor.checks import PaneChecks
    from editor.views.sync.outbox_dialog import OutboxDialog
    from editor.views.window_host import Pending


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
        self._build()
        self.recovery = RecoveryController(self)
        self.sync = SyncController(
            self, services.runner, confirm_sending=self.desk.confirm_sending,
            mark_conflicts=self.tree_model.set_conflicts,
        )  # fmt: skip
        self.recovery.sig_lost.connect(self.sync.on_working_copy_lost)
        self.report = ReportTab(self)
        self.add_status_widget(self.outbox_label)
        self.add_status_widget(self.recovery.lost_label)
        self.menus = self._build_menus()
        self.sig_operation_done.connect(self._on_operation_done)
        self.reload_tree()
        restore_window_state(self)
        QTimer.singleShot(0, self.recovery.offer_restore)
        if not defer:
            self.finish_start()

    def _build(self) -> None:
        delay = int(self.config.settings.get("autosave_delay_ms"))
        self.panes = PanePair(lambda: self.store, lambda: self.languages, self._save, delay, self)
        self.panes.sig_notice.connect(self.status)
        self.panes.sig_lost.connect(self.working_copy_lost)
        self.source_pane, self.target_pane = self.panes.both()
        self.checks: list[PaneChecks] = []
        for pane in self.panes.both():
            pane.sig_language_changed.connect(self._on_pane_language_changed)
            pane.sig_save_failed.connect(self._on_pane_save_failed)
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
        for pane in self.panes.both():
            pane.editor.sig_format_changed.connect(self._on_editor_format_changed)
        self.addToolBar(self.format_bar)
        self.region_label = QLabel()
        self.outbox_label = QLabel()
        self.statusBar().addWidget(self.region_label)

    def _build_sides(self) -> QSplitter:
        """The page tree and search on the left, the two panes on the right."""
        self.column = PageColumn(self, self.panes.codes)
        self.column.sig_page_chosen.connect(self.open_page)
        self.column.sig_search_hit.connect(self._on_search_hit_activated)
        column = self.column  # (the window's own shortcuts to the column's parts)
        self.tree, self.tree_model, self.tree_filter = column.tree, column.tree_model, column.tree_filter
        self.tree_columns, self.tree_editing, self.search = (
            column.tree_columns,
            column.tree_editing,
            column.search,
        )
        pane_splitter = QSplitter(Qt.Orientation.Horizontal)
        pane_splitter.addWidget(self.source_pane)
        pane_splitter.addWidget(self.target_pane)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(column)
        self.splitter.addWidget(pane_splitter)
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
            quality_report=self.report.toggle,
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

        self.checks = [PaneChecks(pane, self.services) for pane in self.panes.both()]
        for checks in self.checks:
            checks.spell_panel.sig_add_dictionary_requested.connect(lambda _code: self.open_settings())
        self.desk.build()
        # the sidebars made just now came last in the focus chain: Tab in reading order again
        order_focus(self, [self.search, self.tree_filter, self.tree, self.source_pane, self.target_pane])
        if self.config.keep_window_geometry:  # (not in a screenshot: it shows the texts)
            self.report.restore(str(self.config.state.get("quality_report")))

    def reload_tree(self) -> None:
        """Read the whole tree again (after an import or a pull)."""
        self.desk.invalidate_memory()
        if not self.column.reload():
            return  # the working copy was found lost: the recovery says so; nothing more is read
        self._update_status()

    def open_page(self, page_id: int, language: str | None = None) -> None:
        """Show a page in both panes (pending edits are saved first); another page than the one shown
        brings the texts to the front (not the first page opened after the start). With ``language``
        other than the left pane's, the right pane shows that language."""
        if language is not None and not self.panes.show_language(language):
            return  # the pane's unsaved text could not be saved: stay where it is
        for pane in self.panes.both():
            if not pane.flush():
                return
        shown = self.source_pane.page_id
        if page_id != shown:
            self.menus.minor_edit_action.setChecked(False)  # the switch is for the page it was set on
        if shown is not None and page_id != shown:
            self.show_texts()  # another page (the worklist, a new page…): in view, not behind the report
        if self.column.select(page_id):
            return  # the tree's current row changed: sig_page_chosen comes back here
        self.panes.load(page_id)

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
        self.desk.open_worklist(language, self.open_page)

    def open_history(self) -> None:
        """Show the local history of the focused pane's translation, and restore a version."""
        from editor.views.translate.history import restore_from_history  # on demand: not at start-up

        editor = self._last_editor or self.source_pane.editor
        restore_from_history(self, self.panes.pane_of(editor))

    # -- the host of the window's parts (WindowHost) ----------------------------------------------
    @property
    def runner(self) -> TaskRunner:
        """The one seam for background work."""
        return self.services.runner

    def widget(self) -> QMainWindow:
        """The window: the parent of the parts' dialogs and window-wide actions."""
        return self

    def status(self, text: str, timeout_ms: int = 0) -> None:
        """A message in the status bar; an empty text clears it."""
        if text:
            self.statusBar().showMessage(text, timeout_ms)
        else:
            self.statusBar().clearMessage()

    def add_status_widget(self, widget: QWidget) -> None:
        """A part's widget at the right of the status bar."""
        self.statusBar().addPermanentWidget(widget)

    def operation_done(self, changes: Changes) -> None:
        """A part changed the working copy: everything shown follows."""
        self.sig_operation_done.emit(changes)

    def on_operation_done(self, slot: Callable[[Changes], None]) -> None:
        """``slot`` is called after every change of the working copy."""
        self.sig_operation_done.connect(slot)

    def reopen_if_changed(self, changes: Changes) -> None:
        """Read the page shown again when ``changes`` touched it."""
        page = self.panes.shown_page()
        if page is not None and (page in changes.pages or changes.tree or changes.languages):
            self.open_page(page)

    def working_copy_lost(self, error: WorkingCopyLostError, pending: Pending | None = None) -> None:
        """Editing stops; what was typed is kept in a recovery file (:class:`RecoveryController`)."""
        self.recovery.working_copy_lost(error, pending)

    def show_part(self, part: QWidget, title: str, tooltip: str = "") -> None:
        """``part`` in a tab beside the texts, in front."""
        self.views.show_part(part, title, tooltip)

    def part_open(self, part: QWidget) -> bool:
        """True while ``part`` has a tab."""
        return self.views.has_part(part)

    def part_in_front(self, part: QWidget) -> bool:
        """True while ``part``'s tab is in front."""
        return self.views.in_front(part)

    def refresh_link_checks(self) -> None:
        """The link results changed: the panes' link marks follow."""
        for checks in self.checks:
            checks.refresh_links()

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

    def _on_search_hit_activated(self, page_id: int, language: str) -> None:
        self.open_page(page_id, language)
        for pane in self.panes.both():
            if pane.page_id == page_id and pane.language is not None and pane.language.code == language:
                if select_first_match(pane.editor, self.search.field.text()):
                    pane.editor.setFocus()
                return

    def _on_pane_language_changed(self, _code: str) -> None:
        self.tree_columns.refresh()
        page_id = self.panes.shown_page()
        if page_id is not None:
            self.panes.load(page_id)

    def _on_dictionary_added(self, _tag: str) -> None:
        for checks in self.checks:
            checks.reload_speller()

    def _on_pane_save_failed(self, message: str) -> None:
        if self.recovery.lost_message is not None:  # that says more than "not saved"
            self.status(self.recovery.lost_message)
            return
        self.status(self.tr("Not saved: {0}").format(message), 15000)

    def _on_operation_done(self, changes: Changes) -> None:
        if changes.languages:  # added or removed in the CMS: the panes' lists and the tree follow
            self.languages = self.store.languages()
            codes = [lang.code for lang in self.languages]
            for pane in self.panes.both():
                if pane.language is not None and pane.language.code in codes:  # each keeps its language
                    pane.set_languages(self.languages, pane.language.code)
        if changes.tree or changes.languages:
            self.reload_tree()
            return
        if changes.pages:
            rows = self.store.page_tree(changes.pages)
            self.column.update_rows(rows)
            self.panes.show_states(rows)
        if changes.outbox:
            self._update_status()

    # -- helpers ----------------------------------------------------------------------------------
    def _desk_done(self, changes: Changes) -> None:
        """The desk changed translations (an XLIFF import): update the tree and reload the page."""
        self.operation_done(changes)
        self.reopen_if_changed(changes)

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

    def _language_of_editor(self, editor: SurfaceEdit) -> str:
        language = self.panes.pane_of(editor).language
        return language.code if language is not None else ""

    def _on_editor_format_changed(self) -> None:
        if self.sender() is self.current_editor():
            self.format_bar.update_state()

    def _update_status(self) -> None:
        region = self.store.region()
        pages = self.tree_model.page_count()
        self.region_label.setText(self.tr("{0}: %n page(s)", "", pages).format(region.name if region else ""))
        waiting = self.store.outbox_count()
        self.outbox_label.setText(self.tr("%n local change(s) waiting to be sent", "", waiting))
