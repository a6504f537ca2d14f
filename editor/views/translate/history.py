"""``HistoryDialog``: the local history of one translation, any two versions compared block by block.

The list holds the current text and every earlier version (times in the user's local time zone).
Choosing a version compares it with the one chosen under "with" (the current text by default) the way
the source changes are shown: block-aligned, word by word (:func:`editor.text.diff.source_diff`) —
inserted words green, changed words orange with the old words struck through beside them, deleted
blocks struck through. "Restore this version" asks first; restoring keeps the current text in the
history, so it can be undone by restoring that.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.models.errors import StoreError, WorkingCopyLostError
from editor.models.records import VersionInfo
from editor.text.diff import CHANGED, DELETED, INSERTED, BlockChange, SourceDiff, source_diff
from editor.text.errors import ContentError
from editor.views import prompts
from editor.views.error_text import describe
from editor.views.translate.source_changes import CHANGED_COLOUR, DELETED_COLOUR, INSERTED_COLOUR

if TYPE_CHECKING:
    from editor.views.editor.pane import EditorPane
    from editor.views.window_host import WindowHost

_ROLE = 256


def restore_from_history(host: WindowHost, pane: EditorPane) -> None:
    """Show the local history of ``pane``'s translation; a version chosen is restored (an edit of its
    own, the current text kept in the history) and shown."""
    if pane.page_id is None or pane.language is None:
        return
    page_id, code = pane.page_id, pane.language.code
    pane.flush()
    store = host.store
    try:
        versions = store.history(page_id, code)
        current = store.translation(page_id, code)
    except WorkingCopyLostError as exc:
        host.working_copy_lost(exc)
        return
    except StoreError:  # the text cannot be read (the pane says why): an earlier version repairs it
        current = None
    text = current.content if current else ""
    dialog = HistoryDialog(versions, pane.title_edit.text(), text, host.widget())
    if not dialog.exec() or dialog.chosen is None:
        return
    try:
        host.operation_done(store.restore_version(dialog.chosen.id))
    except WorkingCopyLostError as exc:
        host.working_copy_lost(exc)
        return
    except StoreError as exc:
        prompts.error(
            host.widget(), QCoreApplication.translate("HistoryDialog", "Not restored"), describe(exc)
        )
        return
    host.open_page(page_id)


def local_time(stamp: datetime) -> str:
    """A stored (naive UTC) time in the user's time zone."""
    return stamp.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class HistoryDialog(QDialog):
    """Earlier local versions of one translation; compare any two, restore one."""

    def __init__(
        self, versions: list[VersionInfo], title: str, current: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of “{0}”").format(title))
        self.resize(960, 560)
        self.chosen: VersionInfo | None = None
        self._texts: list[tuple[str, str, VersionInfo | None]] = [(self.tr("Current text"), current, None)]
        for version in versions:
            self._texts.append(
                (f"{local_time(version.saved_at)} — {version.title}", version.content, version)
            )
        self.list = QListWidget()
        for number, (label, _html, _version) in enumerate(self._texts):
            item = QListWidgetItem(label)
            item.setData(_ROLE, number)
            self.list.addItem(item)
        self.against = QComboBox()
        for label, _html, _version in self._texts:
            self.against.addItem(label)
        self.text = QTextBrowser()
        self.list.currentItemChanged.connect(lambda _item: self._compare())
        self.against.currentIndexChanged.connect(lambda _index: self._compare())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Restore this version…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)
        compare_row = QHBoxLayout()
        compare_row.addWidget(QLabel(self.tr("Compare the chosen version with:")))
        compare_row.addWidget(self.against, 1)
        right = QVBoxLayout()
        right.addLayout(compare_row)
        right.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addLayout(right, 4)
        layout = QVBoxLayout(self)
        if not versions:
            layout.addWidget(QLabel(self.tr("No earlier versions yet: every save keeps one.")))
        layout.addLayout(row)
        layout.addWidget(buttons)
        if versions:
            self.list.setCurrentRow(1)

    def _compare(self) -> None:
        item = self.list.currentItem()
        number = item.data(_ROLE) if item else None
        self.chosen = self._texts[number][2] if number is not None else None
        self.restore_button.setEnabled(self.chosen is not None)
        if number is None:
            self.text.clear()
            return
        other = self.against.currentIndex()
        old, new = sorted((number, other), reverse=True)  # higher rows are older
        try:
            diff = source_diff(self._texts[old][1], self._texts[new][1])
        except ContentError as exc:
            self.text.setPlainText(str(exc))
            return
        head = self.tr("From “{0}” to “{1}”:").format(self._texts[old][0], self._texts[new][0])
        body = diff_html(diff)
        if not diff.changed:
            body = "<p><i>{}</i></p>".format(escape(self.tr("No difference in the text."))) + body
        self.text.setHtml(f"<p><b>{escape(head)}</b></p>{body}")

    def _restore(self) -> None:
        if self.chosen is None:
            return
        if prompts.ask(
            self,
            self.tr("Restore this version?"),
            self.tr(
                "The text of {0} replaces the current text. The current text stays in the history, so "
                "restoring it undoes this."
            ).format(local_time(self.chosen.saved_at)),
        ):
            self.accept()


def diff_html(diff: SourceDiff) -> str:
    """A block-aligned word diff as HTML for a QTextBrowser (the colours of the source changes)."""
    return "".join(_block_html(block) for block in diff.blocks)


def _block_html(block: BlockChange) -> str:
    if block.op == DELETED:
        return f"<p style='color:{DELETED_COLOUR}'><s>{escape(block.old_text)}</s></p>"
    text = block.new.text if block.new is not None else ""
    if block.op == INSERTED:
        return f"<p style='background:{INSERTED_COLOUR}'>{escape(text)}</p>"
    if block.op != CHANGED:
        return f"<p style='color:#555'>{escape(text)}</p>"
    out, at = [], 0
    for span in block.spans:
        out.append(escape(text[at : span.start]))
        if span.old:
            out.append(f"<s style='color:{DELETED_COLOUR}'>{escape(span.old)}</s> ")
        if span.end > span.start:
            colour = INSERTED_COLOUR if span.op == INSERTED else CHANGED_COLOUR
            out.append(f"<span style='background:{colour}'>{escape(text[span.start : span.end])}</span>")
        at = span.end
    out.append(escape(text[at:]))
    return f"<p>{''.join(out)}</p>"
