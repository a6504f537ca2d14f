"""``TreeEditing``: page structure edits on the tree — new page, move, archive/restore, status.

Every edit goes through the working copy's public API (``Store.create_page`` …) and is queued in the
outbox; the next sync sends it through the CMS's own forms (docs/sync.md "Operations"). The tree's
context menu and keys (only while the tree has the focus):

* New page after / before / as first subpage: Ctrl+N / Ctrl+Shift+N / Ctrl+Alt+N
* Cut / paste after / paste as first subpage: Ctrl+X / Ctrl+V / Ctrl+Shift+V; or drag and drop
  (the upper quarter of a row: before it, the lower quarter: after it, the middle: its first subpage)
* Archive / restore: Del / Shift+Del; *View archived pages* shows them (in italics)
* Status of each translation: draft / in review / published
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QTreeView,
)

from editor.models.changes import Changes
from editor.models.enums import Status
from editor.models.errors import StoreError, WorkingCopyLostError
from editor.models.records import PageRow
from editor.views import prompts
from editor.views.error_text import describe
from editor.views.tree.page_item_model import PageTreeItemModel

if TYPE_CHECKING:
    from editor.views.window_host import WindowHost

_T = TypeVar("_T")


def visible_rows(rows: list[PageRow], show_archived: bool) -> list[PageRow]:
    """The pages the tree shows: without archived pages (and what is under them) unless asked for."""
    if show_archived:
        return rows
    by_id = {row.id: row for row in rows}

    def hidden(row: PageRow) -> bool:
        seen: set[int] = set()
        node: PageRow | None = row
        while node is not None and node.id not in seen:
            if node.archived:
                return True
            seen.add(node.id)
            node = by_id.get(node.parent_id) if node.parent_id is not None else None
        return False

    return [row for row in rows if not hidden(row)]


class TreeEditing(QObject):
    """Tree actions, context menu, cut/paste and drag and drop for one window."""

    def __init__(self, host: WindowHost, tree: QTreeView, model: PageTreeItemModel) -> None:
        super().__init__(host.widget())
        self.host, self.tree, self.model = host, tree, model
        self.cut_page: int | None = None
        # asks for the new page's title (tests replace it)
        self.ask_title: Callable[[], str | None] = self._ask_title
        self.show_archived = QAction(self.tr("View &archived pages"), self)
        self.show_archived.setCheckable(True)
        self.show_archived.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.show_archived.toggled.connect(lambda _on: host.reload_tree())
        # new pages from anywhere in the window (the editors do not use these keys); cut, paste and
        # archive only while the tree has the focus (in an editor Ctrl+X, Ctrl+V and Del edit the text)
        window_wide = Qt.ShortcutContext.WindowShortcut
        self.new_after = self._action(
            self.tr("New page &after"), "Ctrl+N", lambda: self.new_page("right"), window_wide
        )
        self.new_before = self._action(
            self.tr("New page &before"), "Ctrl+Shift+N", lambda: self.new_page("left"), window_wide
        )
        self.new_child = self._action(
            self.tr("New &subpage"), "Ctrl+Alt+N", lambda: self.new_page("first-child"), window_wide
        )
        self.cut = self._action(self.tr("Cu&t page"), "Ctrl+X", self.cut_current)
        self.paste_after = self._action(self.tr("&Paste page after"), "Ctrl+V", lambda: self.paste("right"))
        self.paste_child = self._action(
            self.tr("Paste page as s&ubpage"), "Ctrl+Shift+V", lambda: self.paste("first-child")
        )
        self.archive = self._action(self.tr("Arc&hive page"), "Del", self.archive_current)
        self.restore = self._action(self.tr("&Restore page"), "Shift+Del", self.restore_current)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        tree.viewport().installEventFilter(self)

    def _action(
        self,
        text: str,
        keys: str,
        slot: Callable[[], Any],
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> QAction:
        action = QAction(text, self.tree)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: slot())
        self.tree.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        """The actions for the window's Page menu (in menu order; None-free)."""
        return [
            self.new_after, self.new_before, self.new_child, self.cut, self.paste_after, self.paste_child,
            self.archive, self.restore, self.show_archived,
        ]  # fmt: skip

    # -- edits ------------------------------------------------------------------------------------
    def current_page(self) -> int | None:
        """The page selected in the tree."""
        page = self.model.data(self.tree.currentIndex(), PageTreeItemModel.PAGE_ID_ROLE)
        return int(page) if page else None

    def new_page(self, position: str) -> int | None:
        """Ask for a title and create a page at ``position`` of the selected page (or a root page)."""
        title = self.ask_title()
        if not title or not title.strip():
            return None
        ref = self.current_page()
        language = self.host.languages[0].code
        created = self._apply(
            lambda: self.host.store.create_page(ref, position if ref else "first-child", language, title)
        )
        if created is None:
            return None
        page_id, changes = created
        self.host.operation_done(changes)
        self.host.open_page(page_id)
        return page_id

    def cut_current(self) -> None:
        """Remember the selected page for a paste."""
        self.cut_page = self.current_page()
        if self.cut_page is not None:
            self.host.status(self.tr("Page cut: select where it goes and paste it"), 10000)

    def paste(self, position: str) -> None:
        """Move the cut page next to (``right``) or under (``first-child``) the selected page."""
        target = self.current_page()
        if self.cut_page is None or target is None:
            return
        if self.move(self.cut_page, target, position):
            self.cut_page = None
            self.host.status("")  # "Page cut: … paste it" is done

    def move(self, page_id: int, target_id: int, position: str) -> bool:
        """Move a page (paste, drag and drop); False when the working copy refused it."""
        if page_id == target_id:
            return False
        if not self._change(lambda: self.host.store.move_page(page_id, target_id, position)):
            return False
        self.host.open_page(page_id)
        return True

    def archive_current(self) -> None:
        """Archive the selected page (its subpages go with it)."""
        page = self.current_page()
        if page is None:
            return
        current = self.tree.currentIndex()
        title = str(self.model.data(current.siblingAtColumn(0)) or "")
        after = self._neighbour(current)
        if not self._change(lambda: self.host.store.archive_page(page)):
            return
        if after is not None and not self.show_archived.isChecked():  # the page left the tree: the
            self.host.open_page(after)  # panes show the one in its place, not a page no longer listed
        self.host.status(  # no question was asked: say what happened and the way back
            self.tr("“{0}” archived, with its subpages. To bring it back: “{1}”, then “{2}”.").format(
                title, self.show_archived.text().replace("&", ""), self.restore.text().replace("&", "")
            ),
            30000,
        )

    def _neighbour(self, index: Any) -> int | None:
        """The page that takes ``index``'s place when it leaves the tree: the next sibling, else the one
        before, else the parent (None: the tree is left empty)."""
        parent = index.parent()
        for row in (index.row() + 1, index.row() - 1):
            if 0 <= row < self.model.rowCount(parent):
                page = self.model.data(self.model.index(row, 0, parent), PageTreeItemModel.PAGE_ID_ROLE)
                if page:
                    return int(page)
        page = self.model.data(parent, PageTreeItemModel.PAGE_ID_ROLE) if parent.isValid() else None
        return int(page) if page else None

    def restore_current(self) -> None:
        """Restore the selected archived page."""
        page = self.current_page()
        if page is not None:
            self._change(lambda: self.host.store.restore_page(page))

    def set_status(self, page_id: int, language: str, status: Status) -> None:
        """Set one translation's status (sent by the next sync)."""
        self._change(lambda: self.host.store.set_status(page_id, language, status))

    # -- menu, drag and drop ----------------------------------------------------------------------
    def _context_menu(self, point: QPoint) -> None:
        self.context_menu(self.tree.indexAt(point)).exec(self.tree.viewport().mapToGlobal(point))

    def context_menu(self, index: Any) -> QMenu:
        """The tree's context menu for the row at ``index``."""
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = QMenu(self.tree)
        menu.addActions([self.new_after, self.new_before, self.new_child])
        menu.addSeparator()
        menu.addActions([self.cut, self.paste_after, self.paste_child])
        menu.addSeparator()
        page = self.current_page()
        row = self.host.store.page_tree([page]) if page is not None else []
        archived = bool(row and row[0].archived)
        menu.addAction(self.restore if archived else self.archive)
        if row:
            self._status_menu(menu.addMenu(self.tr("&Status")), row[0])
        menu.addSeparator()
        menu.addAction(self.show_archived)
        for action in (self.cut, self.archive, self.restore, self.new_before, self.new_child):
            action.setEnabled(page is not None)
        self.paste_after.setEnabled(page is not None and self.cut_page is not None)
        self.paste_child.setEnabled(page is not None and self.cut_page is not None)
        return menu

    def _status_menu(self, menu: QMenu, row: PageRow) -> None:
        labels = {
            Status.DRAFT: self.tr("Draft"),
            Status.REVIEW: self.tr("In review"),
            Status.PUBLIC: self.tr("Published"),
        }
        for language in self.host.languages:
            text = self.host.store.translation(row.id, language.code)
            sub = menu.addMenu(f"{language.native_name} ({language.code})")
            sub.setEnabled(text is not None)
            group = QActionGroup(sub)
            for status in (Status.DRAFT, Status.REVIEW, Status.PUBLIC):
                action = sub.addAction(labels[status])
                action.setCheckable(True)
                action.setChecked(text is not None and text.status is status)
                group.addAction(action)
                action.triggered.connect(
                    lambda _c=False, p=row.id, c=language.code, s=status: self.set_status(p, c, s)
                )

    def eventFilter(self, watched: object, event: Any) -> bool:
        """Handle a drop on the tree as a move (the model itself never changes)."""
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Drop:
            source = self.current_page()
            point = event.position().toPoint()
            index = self.tree.indexAt(point)
            target = self.model.data(index, PageTreeItemModel.PAGE_ID_ROLE) if index.isValid() else None
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
            if source is not None and target:
                rect = self.tree.visualRect(index)
                self.move(source, int(target), drop_position(point.y() - rect.top(), rect.height()))
            return True
        return False

    # -- helpers ----------------------------------------------------------------------------------
    def _ask_title(self) -> str | None:
        dialog = QInputDialog(self.host.widget())
        dialog.setWindowTitle(self.tr("New page"))
        dialog.setLabelText(self.tr("Title of the new page:"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        for edit in dialog.findChildren(QLineEdit, options=Qt.FindChildOption.FindDirectChildrenOnly):
            edit.setMinimumWidth(360)  # a page title is a line of words: Qt showed about twelve letters
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        title = dialog.textValue()
        dialog.deleteLater()
        return title if ok else None

    def _apply(self, operation: Callable[[], _T]) -> _T | None:
        """``operation``'s result, or None when the working copy refused it (the user is told why)."""
        try:
            return operation()
        except WorkingCopyLostError as exc:  # not a refusal: editing stops, what was typed is kept
            self.host.working_copy_lost(exc)
            return None
        except StoreError as exc:
            self._refused(describe(exc))
            return None

    def _change(self, operation: Callable[[], Changes]) -> bool:
        """Run a store operation and tell the window what changed; False when it was refused."""
        changes = self._apply(operation)
        if changes is not None:
            self.host.operation_done(changes)
        return changes is not None

    def _refused(self, message: str) -> None:
        prompts.warn(self.host.widget(), self.tr("Page not changed"), message)


def drop_position(y: int, height: int) -> str:
    """Where a drop at ``y`` within a row of ``height`` puts the page: before, after or under it."""
    if y < height / 4:
        return "left"
    if y > height * 3 / 4:
        return "right"
    return "first-child"
