"""The formatting toolbar: headings, bold, italic, lists, link, alignment, tables — applied to the
focused pane.

The actions are checkable and show the formatting at the cursor of the focused surface
(``update_state``); triggering one toggles that formatting, as in Word and TinyMCE.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from editor.views.editor.surface.link_dialog import LinkDialog, PageLink
from editor.views.editor.surface.links import link_at, remove_link, set_link
from editor.views.editor.surface.surface_edit import SurfaceEdit
from editor.views.editor.surface.tables import add_table_actions

#: ``pages(language_code)``: the region's pages as (title, address) in that language, for the link picker.
PagesProvider = Callable[[str], list[PageLink]]


class FormatToolBar(QToolBar):
    """Actions with shortcuts that act on whichever surface has (or last had) focus."""

    def __init__(
        self,
        current_editor: Callable[[], SurfaceEdit | None],
        parent: QWidget | None,
        pages: PagesProvider | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("formatToolBar")
        self.setWindowTitle(self.tr("Formatting"))
        self._current = current_editor
        self._pages = pages
        self.language_of: Callable[[SurfaceEdit], str] = lambda _editor: ""
        self.actions_by_name: dict[str, QAction] = {}
        self._add("h2", self.tr("Heading"), "Ctrl+2", lambda e: e.set_heading(2),
                  self.tr("Heading (level 2)"))  # fmt: skip
        self._add("h3", self.tr("Subheading"), "Ctrl+3", lambda e: e.set_heading(3),
                  self.tr("Subheading (level 3)"))  # fmt: skip
        self.addSeparator()
        self._add("bold", self.tr("Bold"), QKeySequence.StandardKey.Bold,
                  lambda e: e.toggle_bold(), self.tr("Bold"))  # fmt: skip
        self._add("italic", self.tr("Italic"), QKeySequence.StandardKey.Italic,
                  lambda e: e.toggle_italic(), self.tr("Italic"))  # fmt: skip
        self.addSeparator()
        self._add("bullets", self.tr("• List"), "Ctrl+Shift+8", lambda e: e.toggle_list(False),
                  self.tr("Bulleted list"))  # fmt: skip
        self._add("numbers", self.tr("1. List"), "Ctrl+Shift+7", lambda e: e.toggle_list(True),
                  self.tr("Numbered list"))  # fmt: skip
        self.list_level_actions = {
            1: self._add_list_level(
                1, self.tr("Increase list level"), self.tr("Indent"), "Tab",
                self.tr("Make the list item a sub-item of the item before it"),
            ),
            -1: self._add_list_level(
                -1, self.tr("Decrease list level"), self.tr("Outdent"), "Shift+Tab",
                self.tr("Take the list item out one level (at the top level: a paragraph)"),
            ),
        }  # fmt: skip
        self._add("link", self.tr("Link"), "Ctrl+K", self.edit_link, self.tr("Insert or edit link"))
        self.addSeparator()
        self._add_alignment_menu()
        self.table_menu = QMenu(self.tr("Table"), self)
        self.insert_table_action = self.table_menu.addAction(self.tr("Insert table…"))
        self.insert_table_action.triggered.connect(self.insert_table)
        self.table_menu.addSeparator()
        add_table_actions(self.table_menu, self._run_table)
        self.table_menu.aboutToShow.connect(self._enable_table_commands)
        self.table_action = self.table_menu.menuAction()
        self._table_tip = self.tr(
            "Insert a table, or insert and delete rows and columns of the table at the cursor"
        )
        self._merged_tip = self.tr(
            "This table has merged cells: change its rows and columns in the Source view"
        )
        self.table_action.setToolTip(self._table_tip)
        self.addAction(self.table_action)
        button = self.widgetForAction(self.table_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def _add(
        self,
        name: str,
        text: str,
        shortcut: str | QKeySequence.StandardKey,
        apply: Callable[[SurfaceEdit], None],
        tip: str,
    ) -> None:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
        action.setCheckable(True)

        def triggered() -> None:
            editor = self._current()
            if editor is not None and not editor.isReadOnly():
                apply(editor)
                editor.setFocus()
            self.update_state()

        action.triggered.connect(triggered)
        self.addAction(action)
        self.actions_by_name[name] = action

    def _add_list_level(self, step: int, text: str, short: str, key: str, tip: str) -> QAction:
        """Increase (``step`` 1) or decrease (-1) the list level, enabled in a list item. The menu and
        the tooltip show its key; the key itself is the surface's own (Tab moves the focus anywhere
        else), so the shortcut only counts while the action's own widget has the focus."""
        action = QAction(text, self)
        action.setIconText(short)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(f"{text}: {tip} ({QKeySequence(key).toString()})")
        action.setObjectName("list_deeper" if step > 0 else "list_out")

        def triggered() -> None:
            editor = self._current()
            if editor is not None and not editor.isReadOnly():
                editor.change_list_level(step)
                editor.setFocus()
            self.update_state()

        action.triggered.connect(triggered)
        self.addAction(action)
        return action

    def _add_alignment_menu(self) -> None:
        """Left, centred, right, justified: a drop-down of checkable actions (again: as the text's
        direction has it), as the CMS's editor sets them."""
        self.align_menu = QMenu(self.tr("Alignment"), self)
        names = {
            "left": (self.tr("Align &left"), "Ctrl+L"),
            "center": (self.tr("&Centre"), "Ctrl+E"),
            "right": (self.tr("Align &right"), "Ctrl+R"),
            "justify": (self.tr("&Justify"), "Ctrl+J"),
        }
        self.align_actions: dict[str, QAction] = {}
        for value, (text, shortcut) in names.items():
            action = self.align_menu.addAction(text)
            action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, value=value: self._align(value))
            self.align_actions[value] = action
        self.align_action = self.align_menu.menuAction()
        self.align_action.setToolTip(self.tr("Align the paragraph or heading (again: as its text direction)"))
        self.addAction(self.align_action)
        button = self.widgetForAction(self.align_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def _align(self, value: str) -> None:
        editor = self._current()
        if editor is not None and not editor.isReadOnly():
            on = editor.format_state().get(f"align_{value}")
            editor.set_alignment(None if on else value)
            editor.setFocus()
        self.update_state()

    # -- public API -------------------------------------------------------------------------------
    def update_state(self) -> None:
        """Check the actions that are on at the focused surface's cursor."""
        editor = self._current()
        state = editor.format_state() if editor is not None else {}
        for name, action in self.actions_by_name.items():
            action.setChecked(bool(state.get(name)))
        for value, action in self.align_actions.items():
            action.setChecked(bool(state.get(f"align_{value}")))
        self.align_action.setEnabled(editor is not None and not editor.isReadOnly())
        for action in self.list_level_actions.values():
            name = action.objectName()
            action.setEnabled(editor is not None and not editor.isReadOnly() and bool(state.get(name)))
        self.table_action.setEnabled(editor is not None and not editor.isReadOnly())
        self.table_action.setToolTip(self._merged_tip if state.get("merged_table") else self._table_tip)
        self._enable_table_commands(state)

    def _enable_table_commands(self, state: dict[str, bool] | None = None) -> None:
        """In a table: its row and column commands (none with merged cells); elsewhere: insert a table."""
        editor = self._current()
        if state is None:
            state = editor.format_state() if editor is not None else {}
        in_table = bool(state.get("table")) or bool(state.get("merged_table"))
        self.insert_table_action.setEnabled(editor is not None and not in_table)
        for action in self.table_menu.actions():
            if action.objectName().startswith("table_"):
                action.setEnabled(bool(state.get("table")))

    def insert_table(self) -> None:
        """Ask for the size and insert an empty table after the block at the cursor."""
        from editor.views.editor.surface.table_dialog import ask_table_size

        editor = self._current()
        if editor is None or editor.isReadOnly():
            return
        size = ask_table_size(self)
        if size is not None:
            rows, columns, header = size
            editor.insert_table(rows, columns, header=header)
            editor.setFocus()
        self.update_state()

    def _run_table(self, name: str) -> None:
        editor = self._current()
        if editor is not None and not editor.isReadOnly():
            editor.table_command(name)
            editor.setFocus()
        self.update_state()

    def edit_link(self, editor: SurfaceEdit) -> None:
        """Ctrl+K: edit the link at the cursor, or make the selection a link (never a link in a link)."""
        cursor = editor.textCursor()
        existing = link_at(editor.commands, cursor)
        if existing is not None:
            probe = editor.textCursor()
            probe.setPosition(existing.start)
            probe.setPosition(existing.end, probe.MoveMode.KeepAnchor)
            text, href = probe.selectedText(), existing.href
        else:
            text, href = cursor.selectedText(), ""
        language = self.language_of(editor)
        pages = self._pages(language) if self._pages is not None and language else []
        dialog = LinkDialog(text, href, pages, existing is not None, self)
        if not dialog.exec():
            return
        if dialog.removed:
            remove_link(editor.commands, cursor)
        elif dialog.address():
            set_link(editor.commands, cursor, dialog.text(), dialog.address())
