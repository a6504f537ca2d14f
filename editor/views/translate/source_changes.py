"""``SourceChanges``: what changed in the source since the translation's base, marked in the source pane.

When an alignment starts, the target translation's recorded base is looked up
(:func:`editor.models.translation_base.source_base`); the desk compares it with the source text now
(:func:`editor.text.diff.source_diff`, off the GUI thread with the alignment) and, after every alignment
(:class:`AlignedDesk.sig_aligned`), this marks the result. Inserted words and blocks are marked green,
changed words orange, the place of deleted words with a red underline; the old text shows as a tooltip
over a changed block and in the "Changes" tab of the source pane, whose rows go to the block (and its
aligned target block) when clicked. F8 stops at these blocks too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from editor.models.errors import StoreError
from editor.models.store import Store
from editor.models.translation_base import RECONSTRUCTED, UNKNOWN, SourceBase, source_base
from editor.text.diff import CHANGED, DELETED, INSERTED, UNCHANGED, BlockChange, SourceDiff
from editor.text.errors import ContentError
from editor.views.editor.marks import set_layer
from editor.views.translate.desk import AlignedDesk

INSERTED_COLOUR = "#c9f0c9"
CHANGED_COLOUR = "#ffd9a8"
DELETED_COLOUR = "#d9363e"


class ChangesPanel(QWidget):
    """The "Changes" tab: legend, what the comparison is against, and one row per changed block."""

    sig_block_activated = Signal(int)
    """A row was clicked (the index of the block in the source now)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        legend = QLabel(
            self.tr(
                "<span style='background:{0}'>&nbsp;inserted&nbsp;</span> "
                "<span style='background:{1}'>&nbsp;changed&nbsp;</span> "
                "<span style='color:{2}; text-decoration:underline'>&nbsp;deleted here&nbsp;</span> "
                "— hover a block for its old text"
            ).format(INSERTED_COLOUR, CHANGED_COLOUR, DELETED_COLOUR)
        )
        legend.setWordWrap(True)  # a one-line legend would make the pane too wide for small screens
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._on_item)
        self.list.itemClicked.connect(self._on_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(legend)
        layout.addWidget(self.list, 1)

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for a 1024 px screen: the legend and the rows wrap instead of widening the pane."""
        return QSize(160, super().minimumSizeHint().height())

    def show_diff(self, base: SourceBase | None, diff: SourceDiff | None, language: str) -> None:
        """Fill the panel (``diff`` None: nothing to compare with)."""
        self.list.clear()
        if base is None:
            self.summary.setText(self.tr("No translation to compare with."))
            return
        stamp = base.translated_at
        when = stamp.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M") if stamp else "–"
        if diff is None or not diff.changed:
            if base.origin == RECONSTRUCTED:
                text = self.tr(
                    "The source has not changed here since the translation into {0} was last updated "
                    "({1}). Changes made on the CMS before the last pull are not in the local history."
                )
            else:
                text = self.tr(
                    "The translation into {0} is up to date: the source is the text it was last brought "
                    "up to date with ({1})."
                )
            self.summary.setText(text.format(language, when))
            return
        new, changed = diff.word_counts()
        if base.origin == UNKNOWN:
            text = self.tr(
                "The CMS marks the translation into {0} as outdated, but the source text it was "
                "translated from is not known here, so the whole source is shown as new ({2} words). "
                "When the translation is up to date, use Translate → Still up to date."
            )
        else:
            text = self.tr(
                "Compared with the source as it was when the translation into {0} was last brought up "
                "to date ({1}): {2} new and {3} changed words."
            )
        self.summary.setText(text.format(language, when, new, changed))
        following: int | None = None  # a deleted block goes to the block after its place
        for block in reversed(diff.blocks):
            following = block.new_index if block.new_index is not None else following
            if block.op != UNCHANGED:
                self.list.insertItem(0, self._item(block, following))

    def _item(self, block: BlockChange, following: int | None) -> QListWidgetItem:
        label = {
            INSERTED: self.tr("inserted"),
            DELETED: self.tr("deleted"),
            CHANGED: self.tr("changed"),
        }[block.op]
        now = block.new.text if block.new is not None else ""
        text = f"{label}: {now or block.old_text}"
        if block.op == CHANGED:
            text += "\n" + self.tr("before: {0}").format(block.old_text)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, following if following is not None else -1)
        if block.op == INSERTED:
            item.setBackground(QColor(INSERTED_COLOUR))
        elif block.op == CHANGED:
            item.setBackground(QColor(CHANGED_COLOUR))
        return item

    def _on_item(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int) and index >= 0:
            self.sig_block_activated.emit(index)


class SourceChanges(QObject):
    """Keeps the source pane's change marks and the Changes tab in step with the alignment."""

    def __init__(self, desk: AlignedDesk, store: Callable[[], Store]) -> None:
        super().__init__(desk)
        self.desk = desk
        self.store = store
        self.base: SourceBase | None = None
        self.diff: SourceDiff | None = None
        self._changes: dict[int, BlockChange] = {}
        self.panel = ChangesPanel()
        desk.source.add_sidebar_panel(self.panel, self.tr("Changes"))
        self.panel.sig_block_activated.connect(self._go_to)
        desk.sig_aligned.connect(self.refresh)
        desk.realigner.base_html = self.base_html
        desk.flagged = lambda index: index in self._changes
        desk.source.editor.viewport().installEventFilter(self)

    def base_html(self) -> str | None:
        """The target translation's base (looked up when a realignment starts; None: no base to
        compare with). The desk diffs the source against it off the GUI thread."""
        self.base = None
        source, target = self.desk.source, self.desk.target
        if source.language and target.language and source.page_id is not None:
            try:
                data = self.store().translation(source.page_id, target.language.code)
                self.base = source_base(self.store(), data, source.language.code) if data else None
            except (StoreError, ContentError):
                self.base = None
        return self.base.html if self.base is not None and self.base.outdated else None

    def refresh(self) -> None:
        """Mark what the desk's last realignment found changed in the source since the base."""
        target = self.desk.target
        self.diff, self._changes = None, {}
        if self.desk.maps is None:
            self.base = None
        elif self.base is not None and self.base.outdated:
            self.diff = self.desk.diff
        if self.diff is not None:
            self._changes = {i: c for i, c in self.diff.by_new_index().items() if c.op != UNCHANGED}
        self._mark()
        self.panel.show_diff(self.base, self.diff, target.language.native_name if target.language else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self._changes:
            editor = self.desk.source.editor
            position = editor.cursorForPosition(event.pos()).position()
            index = self.desk.maps[0].index_at(position) if self.desk.maps else None
            change = self._changes.get(index) if index is not None else None
            if change is not None:
                old = change.old_text if change.op == CHANGED else self.tr("(new block)")
                QToolTip.showText(event.globalPos(), self.tr("Before: {0}").format(old), editor)
                return True
        return False

    def _go_to(self, index: int) -> None:
        number = self.desk.pair_number(0, index)
        if number is not None:
            self.desk.show_pair(number)

    def _mark(self) -> None:
        marks: list[QTextEdit.ExtraSelection] = []
        block_map = self.desk.maps[0] if self.desk.maps else None
        for index, change in self._changes.items():
            if block_map is None or index >= len(block_map):
                continue
            if change.op == INSERTED:
                marks.append(_mark(QTextCursor(block_map.block(index)), INSERTED_COLOUR, full=True))
            for span in change.spans:
                if span.op == DELETED:
                    cursor = block_map.span_cursor(index, max(span.start - 1, 0), span.start + 1)
                    mark = _mark(cursor, "")
                    mark.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                    mark.format.setUnderlineColor(QColor(DELETED_COLOUR))
                    marks.append(mark)
                else:
                    colour = INSERTED_COLOUR if span.op == INSERTED else CHANGED_COLOUR
                    marks.append(_mark(block_map.span_cursor(index, span.start, span.end), colour))
        set_layer(self.desk.source.editor, "diff", marks)


def _mark(cursor: QTextCursor, colour: str, *, full: bool = False) -> QTextEdit.ExtraSelection:
    mark = QTextEdit.ExtraSelection()
    mark.cursor = cursor
    if colour:
        mark.format.setBackground(QColor(colour))
    if full:
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
    return mark
