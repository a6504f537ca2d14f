"""Resolving sync conflicts: base, mine and theirs side by side, paragraph by paragraph.

For each conflicted translation the title and every paragraph (block of the HTML, shown as Markdown)
get a row: the base of the last pull, my version, the server's version, a choice between mine and theirs
and an editable result. The default takes the side that changed (mine when both did; those rows are
highlighted). "Use this version" hands the merged title and HTML to ``resolve(page_id, language, title,
content)`` (the store's ``resolve_conflict``): the result becomes my local text, stays queued for the
next sync and keeps its status, so resolving never publishes anything.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor.models.changes import Changes
from editor.models.sync_reads import ConflictData
from editor.text.convert import ContentError, html_to_markdown, markdown_to_html
from editor.views import prompts
from editor.views.error_text import describe
from editor.views.sync.paragraphs import ParagraphRow, Side, align

Resolve = Callable[[int, str, str, str], Changes]
_CONFLICT_STYLE = "background: #fff3e0;"


def _markdown(blocks: tuple[str, ...]) -> str:
    """Readable Markdown of some blocks (raw HTML if it cannot be converted)."""
    html = "\n".join(blocks)
    try:
        return html_to_markdown(html).strip("\n")
    except ContentError:
        return html


def _text_label(text: str, rtl: bool, placeholder: str = "") -> QLabel:
    label = QLabel(text or placeholder)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    if not text:
        label.setEnabled(False)
    return label


class _Choice:
    """One row's widgets: a mine/theirs choice and the editable result."""

    def __init__(self, mine_text: str, theirs_text: str, default: Side, editor: QWidget) -> None:
        self.texts = {Side.MINE: mine_text, Side.THEIRS: theirs_text}
        self.editor = editor
        self.mine = QRadioButton()
        self.theirs = QRadioButton()
        self.group = QButtonGroup(editor)
        self.group.addButton(self.mine)
        self.group.addButton(self.theirs)
        self.mine.toggled.connect(self._on_mine_toggled)
        self.theirs.toggled.connect(self._on_theirs_toggled)
        self.choose(default)

    @property
    def side(self) -> Side:
        """The chosen side."""
        return Side.MINE if self.mine.isChecked() else Side.THEIRS

    def choose(self, side: Side) -> None:
        """Take ``side`` (its text replaces the result)."""
        button = self.mine if side is Side.MINE else self.theirs
        if button.isChecked():
            self._take(side)
        button.setChecked(True)

    def result_text(self) -> str:
        """The result as typed (a line for titles, Markdown for paragraphs)."""
        editor = self.editor
        return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()  # type: ignore[attr-defined]

    def edited(self) -> bool:
        """True when the result differs from the chosen side's text."""
        return self.result_text() != self.texts[self.side]

    def _on_mine_toggled(self, on: bool) -> None:
        if on:
            self._take(Side.MINE)

    def _on_theirs_toggled(self, on: bool) -> None:
        if on:
            self._take(Side.THEIRS)

    def _take(self, side: Side) -> None:
        text = self.texts[side]
        if isinstance(self.editor, QLineEdit):
            self.editor.setText(text)
        else:
            self.editor.setPlainText(text)  # type: ignore[attr-defined]


class ConflictView(QWidget):
    """One conflicted translation: title and paragraphs in rows of base / mine / theirs / result."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, conflict: ConflictData, rtl: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self._rtl = rtl
        self.paragraphs: list[ParagraphRow] = align(
            conflict.base_content, conflict.mine_content, conflict.theirs_content
        )
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 2)
        for column in (1, 2, 3):
            self._grid.setColumnStretch(column, 3)
        for column, text in enumerate(
            (self.tr("Last synced (base)"), self.tr("Mine"), self.tr("Theirs (CMS)"), self.tr("Result"))
        ):
            header = QLabel(f"<b>{text}</b>")
            self._grid.addWidget(header, 0, column)
        self.title_choice = self._add_title_row()
        self.rows: list[_Choice] = [
            self._add_paragraph_row(index + 2, row) for index, row in enumerate(self.paragraphs)
        ]
        self._grid.setRowStretch(len(self.rows) + 2, 1)
        inner = QWidget()
        inner.setLayout(self._grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- public API -------------------------------------------------------------------------------
    def choose_all(self, side: Side) -> None:
        """Take ``side`` for the title and every paragraph where the sides differ."""
        self.title_choice.choose(side)
        for row, choice in zip(self.paragraphs, self.rows, strict=True):
            if not row.agreed:
                choice.choose(side)

    def result(self) -> tuple[str, str]:
        """The merged title and HTML; unedited rows keep the chosen side's HTML exactly.

        Raises :class:`ContentError` when an edited paragraph cannot become HTML.
        """
        parts: list[str] = []
        for row, choice in zip(self.paragraphs, self.rows, strict=True):
            if choice.edited():
                text = choice.result_text().strip()
                if text:
                    parts.append(markdown_to_html(text).strip())
            else:
                parts.extend(row.side(choice.side))
        return self.title_choice.result_text().strip(), "\n".join(parts)

    # -- helpers ----------------------------------------------------------------------------------
    def _add_title_row(self) -> _Choice:
        c = self.conflict
        editor = QLineEdit()
        editor.setLayoutDirection(self._direction())
        choice = _Choice(c.mine_title, c.theirs_title, _default_side(c), editor)
        self._add_row(1, (c.base_title,), (c.mine_title,), (c.theirs_title,), choice, titles=True)
        return choice

    def _add_paragraph_row(self, grid_row: int, row: ParagraphRow) -> _Choice:
        editor = QPlainTextEdit()
        editor.setLayoutDirection(self._direction())
        mine, theirs = _markdown(row.mine), _markdown(row.theirs)
        lines = max(mine.count("\n"), theirs.count("\n"), max(len(mine), len(theirs)) // 50) + 2
        editor.setFixedHeight(min(220, editor.fontMetrics().lineSpacing() * lines + 12))
        choice = _Choice(mine, theirs, row.default_side, editor)
        self._add_row(grid_row, row.base, row.mine, row.theirs, choice, titles=False)
        if row.both_changed:
            for column in range(4):
                item = self._grid.itemAtPosition(grid_row, column)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setStyleSheet(_CONFLICT_STYLE)
        if row.agreed:
            choice.mine.setVisible(False)
            choice.theirs.setVisible(False)
        return choice

    def _add_row(
        self,
        grid_row: int,
        base: Collection[str],
        mine: Collection[str],
        theirs: Collection[str],
        choice: _Choice,
        *,
        titles: bool,
    ) -> None:

        def show(parts: Collection[str]) -> str:
            return next(iter(parts), "") if titles else _markdown(tuple(parts))

        removed = self.tr("(not there)")
        self._grid.addWidget(_text_label(show(base), self._rtl, removed), grid_row, 0)
        for column, (button, parts, label) in enumerate(
            ((choice.mine, mine, self.tr("Mine")), (choice.theirs, theirs, self.tr("Theirs"))), start=1
        ):
            button.setText(label)
            cell = QFrame()
            box = QVBoxLayout(cell)
            box.setContentsMargins(2, 2, 2, 2)
            box.addWidget(button)
            box.addWidget(_text_label(show(parts), self._rtl, removed), 1)
            self._grid.addWidget(cell, grid_row, column)
        self._grid.addWidget(choice.editor, grid_row, 3, Qt.AlignmentFlag.AlignTop)

    def _direction(self) -> Qt.LayoutDirection:
        return Qt.LayoutDirection.RightToLeft if self._rtl else Qt.LayoutDirection.LeftToRight


def _default_side(c: ConflictData) -> Side:
    if c.mine_title != c.theirs_title and c.mine_title == c.base_title:
        return Side.THEIRS
    return Side.MINE


class ConflictDialog(QDialog):
    """Every conflict of the working copy; each resolved one leaves the list."""

    # -- signals ----------------------------------------------------------------------------------
    sig_conflict_resolved = Signal(object)
    """A conflict was resolved (the store's :class:`Changes`)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(
        self,
        conflicts: list[ConflictData],
        resolve: Resolve,
        rtl_languages: Collection[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve conflicts"))
        self.resize(1280, 760)
        self._resolve = resolve
        self.list = QListWidget()
        self.stack = QStackedWidget()
        for conflict in conflicts:
            item = QListWidgetItem(f"{conflict.mine_title or conflict.theirs_title} ({conflict.language})")
            self.list.addItem(item)
            self.stack.addWidget(ConflictView(conflict, conflict.language in rtl_languages))
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        note = QLabel(
            self.tr(
                "These pages were changed here and in the CMS since the last sync. Choose mine or "
                "theirs per paragraph, or edit the result. Resolving never publishes: the result is "
                "saved as your local version with its status unchanged and sent by the next sync."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.all_mine_button = buttons.addButton(
            self.tr("Keep all mine"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.all_theirs_button = buttons.addButton(
            self.tr("Take all theirs"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.use_button = buttons.addButton(
            self.tr("Use this version"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.all_mine_button.clicked.connect(lambda: self._current_view_choose(Side.MINE))
        self.all_theirs_button.clicked.connect(lambda: self._current_view_choose(Side.THEIRS))
        self.use_button.clicked.connect(self.use_current)
        buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.stack)
        splitter.setSizes([220, 1060])
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addWidget(buttons)
        layout.addLayout(row)
        self.list.setCurrentRow(0)

    # -- public API -------------------------------------------------------------------------------
    def current_view(self) -> ConflictView | None:
        """The conflict shown now."""
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ConflictView) else None

    def use_current(self) -> bool:
        """Resolve the shown conflict with the merged result; True when it was stored."""
        view = self.current_view()
        if view is None:
            return False
        try:
            title, content = view.result()
        except ContentError as exc:
            prompts.error(self, self.tr("Cannot use this version"), describe(exc))
            return False
        if not title:
            prompts.warn(self, self.tr("Cannot use this version"), self.tr("The title must not be empty."))
            return False
        c = view.conflict
        changes = self._resolve(c.page_id, c.language, title, content)
        self.sig_conflict_resolved.emit(changes)
        index = self.stack.indexOf(view)
        self.stack.removeWidget(view)
        view.deleteLater()
        self.list.takeItem(index)
        if self.list.count() == 0:
            self.accept()
        return True

    # -- helpers ----------------------------------------------------------------------------------
    def _current_view_choose(self, side: Side) -> None:
        view = self.current_view()
        if view is not None:
            view.choose_all(side)
