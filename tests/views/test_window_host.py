"""The window's parts need nothing of the window but :class:`WindowHost`: each is hosted here by a small
window of the test's own, on a real demo working copy (ADR 0045)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from editor.config import Config
from editor.models.changes import Changes
from editor.models.demo import ensure_demo
from editor.models.enums import Status
from editor.models.errors import WorkingCopyLostError
from editor.models.records import LanguageInfo
from editor.models.store import Store
from editor.sync.bundled_client import fill_demo
from editor.tasks import TaskRunner
from editor.views.pane_pair import PanePair
from editor.views.recovery_controller import RecoveryController
from editor.views.tree.page_item_model import PageTreeItemModel
from editor.views.tree.tree_editing import TreeEditing
from editor.views.window_host import Pending, WindowHost


class SmallHost(QMainWindow):
    """A window that hosts parts through the interface only, and records what they asked of it."""

    def __init__(self, store: Store, config: Config) -> None:
        super().__init__()
        self.store, self.config, self.runner = store, config, TaskRunner()
        self.runner.set_inline(True)
        self.languages: list[LanguageInfo] = store.languages()
        self.panes = PanePair(lambda: store, lambda: self.languages, self._save, 10_000, self)
        for pane, code in zip(self.panes.both(), ("de", "ar"), strict=True):
            pane.set_languages(self.languages, code)
        self.done: list[Changes] = []
        self.opened: list[tuple[int, str | None]] = []
        self.messages: list[str] = []
        self.lost: list[WorkingCopyLostError] = []
        self.slots: list[Callable[[Changes], None]] = []

    def _save(self, page_id: int, language: str, title: str, html: str) -> None:
        self.operation_done(self.store.save_translation(page_id, language, title=title, content=html))

    def widget(self) -> QMainWindow:
        return self

    def status(self, text: str, timeout_ms: int = 0) -> None:
        self.messages.append(text)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def operation_done(self, changes: Changes) -> None:
        self.done.append(changes)
        for slot in self.slots:
            slot(changes)

    def on_operation_done(self, slot: Callable[[Changes], None]) -> None:
        self.slots.append(slot)

    def open_page(self, page_id: int, language: str | None = None) -> None:
        self.opened.append((page_id, language))
        self.panes.load(page_id)

    def reopen_if_changed(self, changes: Changes) -> None:
        page = self.panes.shown_page()
        if page is not None and page in changes.pages:
            self.open_page(page)

    def reload_tree(self) -> None:
        self.messages.append("tree read again")

    def open_settings(self) -> None:
        self.messages.append("settings")

    def working_copy_lost(self, error: WorkingCopyLostError, pending: Pending | None = None) -> None:
        self.lost.append(error)

    def show_part(self, part: QWidget, title: str, tooltip: str = "") -> None:
        self.setCentralWidget(part)

    def part_open(self, part: QWidget) -> bool:
        return self.centralWidget() is part

    def part_in_front(self, part: QWidget) -> bool:
        return self.centralWidget() is part

    def show_texts(self) -> None:
        pass

    def refresh_link_checks(self) -> None:
        pass


@pytest.fixture
def host(qtbot: QtBot, tmp_path: Path) -> Iterator[SmallHost]:
    store = ensure_demo(tmp_path, fill_demo)
    window = SmallHost(store, Config.load(tmp_path))
    qtbot.addWidget(window)
    yield window
    store.close()


def test_tree_editing_needs_only_the_host(host: SmallHost) -> None:
    """New page, move, status and archive through a hosted TreeEditing: the working copy changes, the
    host is told, and the new page is opened in both panes."""
    checked: WindowHost = host  # the test's window is a host as far as the type checker knows, too
    tree, model = QTreeView(), PageTreeItemModel()
    tree.setModel(model)
    model.set_pages(host.store.page_tree(), host.languages)
    editing = TreeEditing(checked, tree, model)
    first = int(model.data(model.index(0, 0), PageTreeItemModel.PAGE_ID_ROLE))
    tree.setCurrentIndex(model.index_of_page(first))
    editing.ask_title = lambda: "Sprachcafé"
    page = editing.new_page("first-child")
    assert page is not None
    row = host.store.page_tree([page])[0]
    assert row.parent_id == first
    assert row.title(["de"]) == "Sprachcafé"
    assert host.opened[-1] == (page, None)
    assert host.panes.source.page_id == page
    assert host.done
    assert page in host.done[-1].pages
    editing.set_status(page, "de", Status.REVIEW)
    translation = host.store.translation(page, "de")
    assert translation is not None
    assert translation.status is Status.REVIEW
    tree.setCurrentIndex(model.index_of_page(first))
    editing.cut_current()
    assert "Page cut" in host.messages[-1]


def test_recovery_needs_only_the_host(host: SmallHost, tmp_path: Path) -> None:
    """A lost working copy freezes the host's panes, keeps what was typed in a recovery file and says
    so in the host's status bar; the part's signal tells whoever the host wired to it."""
    recovery = RecoveryController(host)
    told: list[bool] = []
    recovery.sig_lost.connect(lambda: told.append(True))
    page = int(host.store.page_tree()[0].id)
    host.panes.load(page)
    host.panes.source.editor.insertPlainText("Neuer Satz. ")
    recovery.working_copy_lost(WorkingCopyLostError(host.store.path, "test"))
    assert told == [True]
    assert recovery.recovery_file is not None
    assert recovery.recovery_file.exists()
    assert "Neuer Satz." in recovery.recovery_file.read_text(encoding="utf-8")
    assert host.panes.source.editor.isReadOnly()
    assert host.panes.target.editor.isReadOnly()
    assert host.messages[-1] == recovery.lost_message
    assert recovery.box is not None
    recovery.box.close()
