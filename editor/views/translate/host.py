"""``TranslatorDesk``: everything of the translator's desk a window hosts, behind one object.

The main window creates it with its panes and store and fills its menus from it (the actions and
XLIFF exist at once); the sidebars (alignment, source changes, QA, suggestions) are built by
:meth:`TranslatorDesk.build`, which the window calls after its first paint (start-up time), or on the
first use of an action that needs them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMainWindow, QMenu

from editor.models.changes import Changes
from editor.models.errors import StoreError
from editor.models.store import Store
from editor.tasks import TaskRunner
from editor.text.errors import ContentError
from editor.text.skeleton import skeleton_html
from editor.views import prompts
from editor.views.editor.pane import EditorPane
from editor.views.editor.surface.clipboard import SURFACE_MIME
from editor.views.error_text import describe
from editor.views.translate.glossary_ui import GlossaryActions
from editor.views.translate.qa_text import qa_text
from editor.views.translate.worklist_ui import WorklistDialog
from editor.views.translate.xliff_ui import XliffActions

if TYPE_CHECKING:
    from editor.views.translate.desk import AlignedDesk
    from editor.views.translate.memory_panel import MemoryController
    from editor.views.translate.qa_panel import QaController
    from editor.views.translate.source_changes import SourceChanges


class TranslatorDesk(QObject):
    """Hosts the desk's parts for one window."""

    aligned: AlignedDesk
    changes: SourceChanges
    qa: QaController
    memory: MemoryController
    """The sidebars' parts: there once :meth:`build` ran (:attr:`built`)."""

    def __init__(
        self,
        window: QMainWindow,
        source: EditorPane,
        target: EditorPane,
        store: Callable[[], Store],
        done: Callable[[Changes], None],
        runner: TaskRunner,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.source, self.target = source, target
        self.runner = runner
        self.built = False
        self.xliff = XliffActions(
            window, store, lambda: source.page_id, done, runner, self._lock_panes, self._target_code
        )
        self.glossary = GlossaryActions(window, store, self._glossary_changed, runner)
        self.next_action = self._action(
            self.tr("&Next block to translate"), "F8", lambda: self.build(wait=True).aligned.go_next(True)
        )
        self.previous_action = self._action(
            self.tr("&Previous block to translate"),
            "Shift+F8",
            lambda: self.build(wait=True).aligned.go_next(False),
        )
        self.insert_action = self._action(
            self.tr("&Insert the source block here"),
            "Ctrl+Alt+I",
            lambda: self.build(wait=True).aligned.insert_source_block(),
        )
        self.new_translation_action = self._action(
            self.tr("New translation from the &source"), "", self.new_translation
        )
        self.current_action = self._action(
            self.tr("Still &up to date"), "", lambda: self.still_up_to_date(False)
        )
        self.current_all_action = self._action(
            self.tr("Still up to date in &all languages"), "", lambda: self.still_up_to_date(True)
        )
        self.current_action.setToolTip(
            self.tr(
                "The translation needs no change for the source as it is now: it counts as up to date "
                "(and still valid), here and, after the next sync, in the CMS"
            )
        )
        self.done = done
        target.context_actions.extend([self.insert_action, self.new_translation_action])
        self.insert_action.setToolTip(
            self.tr(
                "Insert the missing source block (structure, links, protected names and text to overwrite)"
            )
        )

    def build(self, *, wait: bool = False) -> TranslatorDesk:
        """Build the sidebars' parts (once) and align the page the panes show (``wait``: on this thread,
        for an action that needs the alignment now); returns self."""
        if self.built:
            return self
        from editor.views.translate.desk import AlignedDesk
        from editor.views.translate.memory_panel import MemoryController
        from editor.views.translate.qa_panel import QaController
        from editor.views.translate.source_changes import SourceChanges

        self.built = True
        self.aligned = AlignedDesk(self.source, self.target, self, self.runner)
        self.changes = SourceChanges(self.aligned, self.store)
        self.qa = QaController(self.aligned, self.store, self.runner)
        self.memory = MemoryController(self.aligned, self.store, self.runner)
        if self.source.page_id is not None:  # loaded before the parts were there
            self.aligned.realign(wait=wait)
        return self

    def invalidate_memory(self) -> None:
        """The working copy changed (sync, import): the memories are built again when next needed."""
        if self.built:
            self.memory.invalidate()

    def new_translation(self) -> bool:
        """Fill an empty target with the source's structure (headings, lists, links, protected names)."""
        source, target = self.source, self.target
        if source.page_id is None or source.language is None or target.editor.isReadOnly():
            return False
        if not (source.leave_source_view() and target.leave_source_view()):
            return False  # the HTML typed in a source view cannot be used: the pane says why
        if target.editor.toPlainText().strip() and not prompts.ask(
            self.window,
            self.tr("Replace the translation?"),
            self.tr("The translation has text. Replace it with the source's structure? (Ctrl+Z undoes it.)"),
        ):
            return False
        try:
            html = skeleton_html(source.editor.html())
        except ContentError as exc:
            prompts.error(self.window, self.tr("No structure to copy"), describe(exc))
            return False
        editor = target.editor
        cursor = editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        editor.setTextCursor(cursor)
        data = QMimeData()
        data.setData(SURFACE_MIME, QByteArray(html.encode("utf-8")))
        editor.insertFromMimeData(data)
        editor.moveCursor(QTextCursor.MoveOperation.Start)
        editor.setFocus()
        return True

    def still_up_to_date(self, all_languages: bool) -> Changes | None:
        """ "Still up to date" for the target language (or every language) of the open page, in one
        action shared with the quality report's "Still valid": recorded here and sent by the next push."""
        page, target = self.source.page_id, self.target.language
        if page is None or (target is None and not all_languages):
            return None
        if not (self.source.flush() and self.target.flush()):
            return None  # the pane reports the failed save
        languages = None if all_languages or target is None else [target.code]
        try:
            changes = self.store().confirm_current(page, languages)
        except StoreError as exc:
            prompts.error(self.window, self.tr("Not confirmed"), describe(exc))
            return None
        self.done(changes)
        return changes

    def confirm_sending(self) -> bool:
        """Before a sync the user started: show the QA warnings of the translations waiting to be sent
        and let the user decide (True: send)."""
        store = self.store()
        try:
            waiting = {(page, language) for page, language, _title, _html in store.local_edits()}
            from editor.models.qa_report import region_qa  # on use: not at start-up

            report = region_qa(
                store,
                sorted({language for _page, language in waiting}),
                page_ids={page for page, _ in waiting},
            )
        except (StoreError, ContentError, KeyError):
            return True  # the QA cannot run: sending is not held up by it
        found = [qa for qa in report if (qa.page_id, qa.language) in waiting and qa.issues]
        if not found:
            return True
        # LRM: a line is laid out left to right although it starts with an Arabic title; the title is
        # isolated (FSI…PDI) so that "(ar):" stays after it (the lines were mirrored word by word)
        lines = [
            f"\u200e• \u2068{qa.title}\u2069 ({qa.language}): {qa_text(issue.message)}"
            for qa in found
            for issue in qa.issues
        ]
        count = len(lines)
        shown = "\n".join(lines[:12]) + ("\n…" if count > 12 else "")
        return prompts.ask(
            self.window,
            self.tr("Send with QA warnings?"),
            self.tr("%n QA warning(s) in the translations waiting to be sent:", "", count)
            + "\n\n"
            + shown
            + "\n\n"
            + self.tr("Send anyway? (No: nothing is sent; the QA tab lists the warnings of the open page.)"),
        )

    def open_worklist(self, language: str, open_page: Callable[[int, str], None]) -> WorklistDialog:
        """Show the worklist for ``language``; a double click opens the page."""
        dialog = WorklistDialog(self.store(), language, self.window)
        dialog.sig_open_requested.connect(open_page)
        dialog.show()
        return dialog

    def _action(self, text: str, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def fill_file_menu(self, menu: QMenu, before: QAction) -> None:
        """Add the XLIFF actions to the window's File menu, before ``before``."""
        menu.insertActions(before, [self.xliff.export_action, self.xliff.import_action])
        menu.insertSeparator(before)

    def fill_menu(self, menu: QMenu) -> None:
        """Add the desk's actions to ``menu`` (the window's Translate menu)."""
        menu.addActions([self.next_action, self.previous_action, self.insert_action])
        menu.addSeparator()
        menu.addAction(self.new_translation_action)
        menu.addSeparator()
        menu.addActions([self.current_action, self.current_all_action])
        menu.addSeparator()
        menu.addActions([self.glossary.import_action, self.glossary.export_action])

    def _target_code(self) -> str | None:
        """The right pane's language (what an XLIFF export offers first)."""
        language = self.target.language
        return language.code if language is not None else None

    def _lock_panes(self, locked: bool) -> None:
        """An import writes translations: no typing meanwhile (pending edits are saved first)."""
        for pane in (self.source, self.target):
            pane.set_editing_locked(locked)

    def _glossary_changed(self) -> None:
        """The glossary was imported: the open page's term marks and QA follow."""
        if self.built and self.source.page_id is not None:
            self.aligned.realign()
