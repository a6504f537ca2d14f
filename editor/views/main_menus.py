"""``WindowMenus``: the main window's menu bar (File, Edit, Format, Page, Translate, Sync, Help).

A part the window hosts: it places the actions of the other parts (format bar, tree editing, the
translator's desk, sync) and its own, and asks the window for everything else through
:class:`MenuCommands`, a handful of callables. The strings keep the ``MainWindow`` translation
context they always had.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from editor.config import Config

if TYPE_CHECKING:
    from editor.views.editor.surface.surface_edit import SurfaceEdit
    from editor.views.sync.sync_controller import SyncController
    from editor.views.translate.host import TranslatorDesk


@dataclass(frozen=True)
class MenuCommands:
    """What the menus ask of the window."""

    open_region: Callable[[], object]
    open_settings: Callable[[], object]
    quit: Callable[[], object]
    editor: Callable[[], SurfaceEdit | None]
    """The editing surface that has, or last had, the focus (Undo, Redo)."""
    find: Callable[[], object]
    history: Callable[[], object]
    quality_report: Callable[[], object]
    worklist: Callable[[], object]
    outbox: Callable[[], object]


@dataclass(frozen=True)
class MenuParts:
    """The window's parts whose actions the menus place."""

    format_actions: list[QAction]
    tree_actions: list[QAction]
    desk: TranslatorDesk
    sync: SyncController


class WindowMenus:
    """Builds the menu bar and the Sync tool bar of ``window``; keeps the actions the window reads."""

    def __init__(self, window: QMainWindow, config: Config, commands: MenuCommands, parts: MenuParts) -> None:
        self.window, self.commands = window, commands
        bar = window.menuBar()
        self._file_menu(bar.addMenu(QCoreApplication.translate("MainWindow", "&File")), parts.desk)
        self._edit_menu(bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit")))
        bar.addMenu(QCoreApplication.translate("MainWindow", "F&ormat")).addActions(parts.format_actions)
        page_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Page"))
        self._page_menu(page_menu)
        parts.desk.fill_menu(bar.addMenu(QCoreApplication.translate("MainWindow", "&Translate")))
        self.minor_edit_action = page_menu.addAction(
            QCoreApplication.translate("MainWindow", "&Minor edit (other languages stay up to date)")
        )
        """Checked: a save of this page leaves the other languages' states as they are."""
        self.minor_edit_action.setCheckable(True)
        self.minor_edit_action.setShortcut(QKeySequence("Ctrl+M"))
        page_menu.addSeparator()
        page_menu.addActions(parts.tree_actions)
        sync_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Sync"))
        sync_menu.addActions(parts.sync.actions())
        outbox = sync_menu.addAction(QCoreApplication.translate("MainWindow", "&Waiting to be sent…"))
        outbox.setShortcut(QKeySequence("Ctrl+Shift+S"))
        outbox.triggered.connect(lambda: commands.outbox())
        window.addToolBar(QCoreApplication.translate("MainWindow", "Sync")).addAction(parts.sync.sync_action)
        from editor.views.help_menu import add_help_menu

        self.help_menu: QMenu = add_help_menu(window, config)

    # -- helpers ----------------------------------------------------------------------------------
    def _file_menu(self, menu: QMenu, desk: TranslatorDesk) -> None:
        commands = self.commands
        self.open_region_action = menu.addAction(QCoreApplication.translate("MainWindow", "&Open region…"))
        self.open_region_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_region_action.triggered.connect(lambda: commands.open_region())
        settings = menu.addAction(QCoreApplication.translate("MainWindow", "&Settings…"))
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(lambda: commands.open_settings())
        desk.fill_file_menu(menu, settings)
        menu.addSeparator()
        quit_action = menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(lambda: commands.quit())

    def _edit_menu(self, menu: QMenu) -> None:
        undo = QCoreApplication.translate("MainWindow", "&Undo")
        redo = QCoreApplication.translate("MainWindow", "&Redo")
        for text, key, slot in (
            (undo, QKeySequence.StandardKey.Undo, lambda e: e.undo()),
            (redo, QKeySequence.StandardKey.Redo, lambda e: e.redo()),
        ):
            action = QAction(text, self.window)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, s=slot: self._with_editor(s))
            menu.addAction(action)
        find = menu.addAction(QCoreApplication.translate("MainWindow", "&Find…"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.commands.find())

    def _page_menu(self, menu: QMenu) -> None:
        commands = self.commands
        history = menu.addAction(QCoreApplication.translate("MainWindow", "&History…"))
        history.setShortcut(QKeySequence("Ctrl+H"))
        history.triggered.connect(lambda: commands.history())
        quality = menu.addAction(QCoreApplication.translate("MainWindow", "&Quality report…"))
        quality.setShortcut(QKeySequence("Ctrl+Shift+R"))
        quality.triggered.connect(lambda: commands.quality_report())
        worklist = menu.addAction(QCoreApplication.translate("MainWindow", "Translator's &worklist…"))
        worklist.setShortcut(QKeySequence("Ctrl+Shift+W"))
        worklist.triggered.connect(lambda: commands.worklist())

    def _with_editor(self, apply: Callable[[SurfaceEdit], object]) -> None:
        editor = self.commands.editor()
        if editor is not None:
            apply(editor)
