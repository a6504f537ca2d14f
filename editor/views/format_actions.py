"""The formatting toolbar: headings, bold, italic, lists, link — applied to the focused pane."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QToolBar, QWidget

from editor.views.editor.markdown_edit import MarkdownEdit


class FormatToolBar(QToolBar):
    """Actions with shortcuts that act on whichever Markdown editor has (or last had) focus."""

    def __init__(self, current_editor: Callable[[], MarkdownEdit | None], parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("formatToolBar")
        self.setWindowTitle(self.tr("Formatting"))
        self._current = current_editor
        self.actions_by_name: dict[str, QAction] = {}
        self._add("h2", self.tr("Heading"), "Ctrl+2", lambda e: e.set_heading(2),
                  self.tr("Heading (level 2)"))  # fmt: skip
        self._add("h3", self.tr("Subheading"), "Ctrl+3", lambda e: e.set_heading(3),
                  self.tr("Subheading (level 3)"))  # fmt: skip
        self.addSeparator()
        self._add("bold", self.tr("Bold"), QKeySequence.StandardKey.Bold,
                  lambda e: e.toggle_inline("**"), self.tr("Bold"))  # fmt: skip
        self._add("italic", self.tr("Italic"), QKeySequence.StandardKey.Italic,
                  lambda e: e.toggle_inline("*"), self.tr("Italic"))  # fmt: skip
        self.addSeparator()
        self._add("bullets", self.tr("• List"), "Ctrl+Shift+8", lambda e: e.toggle_list(False),
                  self.tr("Bulleted list"))  # fmt: skip
        self._add("numbers", self.tr("1. List"), "Ctrl+Shift+7", lambda e: e.toggle_list(True),
                  self.tr("Numbered list"))  # fmt: skip
        self._add("link", self.tr("Link"), "Ctrl+K", self._insert_link, self.tr("Insert link"))

    def _add(
        self,
        name: str,
        text: str,
        shortcut: str | QKeySequence.StandardKey,
        apply: Callable[[MarkdownEdit], None],
        tip: str,
    ) -> None:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")

        def triggered() -> None:
            editor = self._current()
            if editor is not None and not editor.isReadOnly():
                apply(editor)
                editor.setFocus()

        action.triggered.connect(triggered)
        self.addAction(action)
        self.actions_by_name[name] = action

    def _insert_link(self, editor: MarkdownEdit) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Insert link"), self.tr("Address (URL):"),
                                       text="https://")  # fmt: skip
        if ok and url.strip():
            editor.insert_link(url.strip())
