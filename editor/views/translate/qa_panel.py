"""``QaPanel``: the QA warnings of the open translation, in the target pane's "QA" tab.

After every alignment the translation is checked against the source pane's text
(:func:`editor.text.qa.check_pairs` on the desk's aligned blocks, with the region's page links and
glossary); each warning is a row (block number, message), the tab's title counts them, and the warned
target blocks get a dotted red underline. Clicking a row puts both cursors on the block. Warnings
never block anything: they are shown, the translator decides (a push asks first when the open
translation has warnings).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QTextEdit, QVBoxLayout, QWidget

from editor.models.errors import StoreError
from editor.models.glossary_store import load_glossary
from editor.models.link_targets import PageLinks
from editor.models.store import Store
from editor.tasks import TaskRunner
from editor.text.alignment import Pair
from editor.text.errors import ContentError
from editor.text.qa import QaContext, QaIssue, check_pairs
from editor.views.editor.marks import set_layer
from editor.views.translate.desk import AlignedDesk
from editor.views.translate.qa_text import qa_text

WARNING_COLOUR = "#c62828"


class QaPanel(QWidget):
    """The list of warnings (filled by :class:`QaController`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def show_issues(self, issues: list[QaIssue] | None) -> None:
        """Fill the list (None: nothing to check)."""
        self.list.clear()
        if issues is None:
            self.summary.setText(self.tr("Open a page with a translation to check it."))
            return
        self.summary.setText(
            self.tr("%n warning(s). They do not stop sending: check them and decide.", "", len(issues))
            if issues
            else self.tr("No warnings.")
        )
        for number, issue in enumerate(issues):
            block = issue.target_index if issue.target_index is not None else issue.source_index
            where = self.tr("block {0}").format(block + 1) if block is not None else self.tr("page")
            item = QListWidgetItem(f"{where}: {qa_text(issue.message)}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.list.addItem(item)


class QaController(QObject):
    """Checks the open translation after each alignment and shows the result."""

    def __init__(
        self, desk: AlignedDesk, store: Callable[[], Store], runner: TaskRunner | None = None
    ) -> None:
        super().__init__(desk)
        self.desk = desk
        self.store = store
        self.runner = runner
        """Where the checks run (the database thread: they read the region's page addresses); None:
        at once, here."""
        self.issues: list[QaIssue] | None = None
        self.panel = QaPanel()
        desk.target.add_sidebar_panel(self.panel, self.tr("QA"))
        self.panel.list.itemClicked.connect(self._on_item)
        self.panel.list.itemActivated.connect(self._on_item)
        desk.sig_aligned.connect(self.refresh)

    def refresh(self) -> None:
        """Check the translation in the panes (as the desk last aligned it) and show the result."""
        source, target = self.desk.source, self.desk.target
        if self.desk.maps is None or not source.language or not target.language:
            self._on_checked(self.desk.pairs, None)
            return
        store, codes = self.store(), (source.language.code, target.language.code)
        blocks, pairs = self.desk.blocks, self.desk.pairs

        def job() -> list[QaIssue] | None:
            try:
                return check_pairs(blocks[0], blocks[1], pairs, _context(store, *codes))
            except (StoreError, ContentError, OSError, ValueError):
                return None

        if self.runner is None:
            self._on_checked(pairs, job())
        else:
            self.runner.run_db(job, lambda issues: self._on_checked(pairs, issues))

    def _on_checked(self, pairs: list[Pair], issues: list[QaIssue] | None) -> None:
        if pairs is not self.desk.pairs:
            return  # checked an alignment the desk no longer shows
        self.issues = issues
        self.panel.show_issues(self.issues)
        title = self.tr("QA") if not self.issues else self.tr("QA (%n)", "", len(self.issues))
        self.desk.target.set_sidebar_title(self.panel, title)
        self._mark()

    def _on_item(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if self.issues is None or not isinstance(number, int):
            return
        issue = self.issues[number]
        side, index = (1, issue.target_index) if issue.target_index is not None else (0, issue.source_index)
        pair = self.desk.pair_number(side, index) if index is not None else None
        if pair is not None:
            self.desk.show_pair(pair)
            (self.desk.target if side else self.desk.source).editor.setFocus()

    def _mark(self) -> None:
        marks: list[QTextEdit.ExtraSelection] = []
        if self.issues and self.desk.maps is not None:
            block_map = self.desk.maps[1]
            for index in {issue.target_index for issue in self.issues if issue.target_index is not None}:
                if index >= len(block_map):
                    continue
                block = block_map.block(index)
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                mark = QTextEdit.ExtraSelection()
                mark.cursor = cursor
                mark.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                mark.format.setUnderlineColor(QColor(WARNING_COLOUR))
                mark.format.setToolTip(
                    "\n".join(qa_text(i.message) for i in self.issues if i.target_index == index)
                )
                marks.append(mark)
        set_layer(self.desk.target.editor, "qa", marks)


def _context(store: Store, source: str, target: str) -> QaContext:
    """What the checks need beyond the texts: the region's page links and glossary."""
    glossary = load_glossary(store)
    return QaContext(
        source, target, PageLinks(store).resolver(target), None, None, glossary.checker(source, target)
    )
