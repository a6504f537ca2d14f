"""``EditorPane``: one language of the open page — language selector, title, Markdown, preview.

The pane is a composition: ``MarkdownEdit`` takes input, the autosave timer decides when to save, the
preview renders, and sidebar panels (spelling, readability) plug in through ``add_sidebar_panel``.
Saving goes through the ``saver`` callable handed in by the window, so the pane never sees the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.models.errors import StoreError
from editor.models.records import LanguageInfo, TranslationData
from editor.text.convert import html_to_markdown, markdown_to_html
from editor.text.errors import ContentError
from editor.text.limits import MAX_EDITABLE_CHARS
from editor.views.editor.markdown_edit import MarkdownEdit
from editor.views.editor.safe_browser import SafeTextBrowser

log = logging.getLogger(__name__)

#: How much of an over-long page is shown.
PREVIEW_CHARS = 100_000

#: ``saver(page_id, language, title, html)`` stores a translation; raises on failure.
Saver = Callable[[int, str, str, str], None]


class EditorPane(QWidget):
    """One side of the side-by-side editor."""

    # -- signals ----------------------------------------------------------------------------------
    sig_language_changed = Signal(str)
    """The user picked another language for this pane (its code)."""
    sig_saved = Signal(int, str)
    """A translation was saved (page id, language code)."""
    sig_save_failed = Signal(str)
    """Saving failed; the text stays in the editor (the error message)."""
    sig_loaded = Signal()
    """A page (or an empty translation) was loaded into the pane."""
    sig_notice = Signal(str)
    """Something the user should know about the loaded text (shown in the status bar)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, saver: Saver, autosave_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saver = saver
        self._page_id: int | None = None
        self._language: LanguageInfo | None = None
        self._loaded: tuple[str, str] = ("", "")
        self._loaded_html: str | None = None
        self._read_only = True
        self._locked = False
        self._frozen = False
        self._loading = False
        self._dirty = False
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self.flush)
        self._apply_read_only()  # no page yet: nothing to type into
        self.editor.setPlaceholderText(self._no_page_text())

    def _build(self) -> None:
        self.language_box = QComboBox()
        self.language_box.setMinimumContentsLength(12)
        self.language_box.currentIndexChanged.connect(self._on_language_box_changed)
        self.state_label = QLabel()
        self.state_label.setObjectName("paneState")
        self.preview_button = QToolButton()
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self._on_preview_toggled)
        header = QHBoxLayout()
        header.addWidget(self.language_box)
        header.addWidget(self.state_label, 1)
        header.addWidget(self.preview_button)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.textEdited.connect(self._on_edited)
        self.editor = MarkdownEdit()
        self.editor.textChanged.connect(self._on_edited)
        self.preview = SafeTextBrowser()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.preview)
        self.sidebar = QTabWidget()
        self.sidebar.setDocumentMode(True)
        self.sidebar.hide()
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.addWidget(self.stack)
        self.body.addWidget(self.sidebar)
        self.body.setStretchFactor(0, 5)
        self.body.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.body, 1)

    # -- properties -------------------------------------------------------------------------------
    @property
    def language(self) -> LanguageInfo | None:
        """The pane's current language."""
        return self._language

    @property
    def page_id(self) -> int | None:
        """The open page."""
        return self._page_id

    @property
    def dirty(self) -> bool:
        """True while there are edits not yet saved."""
        return self._dirty

    # -- public API -------------------------------------------------------------------------------
    def set_languages(self, languages: list[LanguageInfo], current: str) -> bool:
        """Fill the language selector and select ``current``.

        Pending edits are saved first, in the language they were typed in; when that fails nothing
        changes and False is returned.
        """
        if not self.flush():
            return False
        self.language_box.blockSignals(True)
        self.language_box.clear()
        for lang in languages:
            self.language_box.addItem(f"{lang.native_name} ({lang.code})", lang)
            if lang.code == current:
                self.language_box.setCurrentIndex(self.language_box.count() - 1)
        self.language_box.blockSignals(False)
        self._set_language(self.language_box.currentData())
        return True

    def set_editing_locked(self, locked: bool) -> None:
        """Make the pane read-only while a sync writes the working copy (pending edits saved first)."""
        if locked:
            self.flush()
        self._locked = locked
        self._apply_read_only()

    def add_sidebar_panel(self, panel: QWidget, title: str) -> None:
        """Add a panel (spelling, readability) to this pane's sidebar."""
        self.sidebar.addTab(panel, title)
        self.sidebar.show()

    def load(self, page_id: int | None, data: TranslationData | None, state_text: str) -> bool:
        """Show a translation (``data`` None: not translated yet, typing creates it).

        Pending edits are saved first; when that fails the pane keeps them and returns False.
        """
        if not self.flush():
            return False
        self._page_id = page_id
        self._loading = True
        try:
            title = data.title if data else ""
            markdown, readonly = self._markdown_of(data)
            self.title_edit.setText(title)
            self.editor.setPlainText(markdown)
            self._read_only = readonly or page_id is None
            self._apply_read_only()
            self._loaded = (title, markdown)
            self._loaded_html = data.content if data and not readonly else None
            self._dirty = False
            self.state_label.setText(state_text)
            name = self._language.native_name if self._language else ""
            self.editor.setPlaceholderText(
                self.tr("Not translated into {0} yet: start typing to create it.").format(name)
                if page_id is not None
                else self._no_page_text()
            )
        finally:
            self._loading = False
        self.sig_loaded.emit()
        if self.preview_button.isChecked():
            self._render_preview()
        return True

    def flush(self) -> bool:
        """Save pending edits now (page switch, close, timer). False when saving failed."""
        self._timer.stop()
        if not self._dirty:
            return True
        if self._page_id is None or self._language is None or self._read_only or self._frozen:
            return False  # nowhere to save it to: the caller keeps it (or asks before dropping it)
        title, markdown = self.title_edit.text(), self.editor.toPlainText()
        if (title, markdown) == self._loaded:
            self._dirty = False
            return True
        try:
            # an unchanged body keeps the exact HTML it came with (a title edit rewrites nothing else)
            loaded_html = self._loaded_html
            unchanged = markdown == self._loaded[1] and loaded_html is not None
            html = loaded_html if unchanged and loaded_html is not None else markdown_to_html(markdown)
            self._saver(self._page_id, self._language.code, title, html)
        except Exception as exc:  # the text stays in the editor; the window reports it
            if isinstance(exc, StoreError):  # a known failure: its message says it all
                log.error("saving page %s (%s) failed: %s", self._page_id, self._language.code, exc)
            else:
                log.exception("saving page %s (%s) failed", self._page_id, self._language.code)
            self.sig_save_failed.emit(str(exc))
            return False
        self._loaded, self._loaded_html = (title, markdown), html
        self._dirty = False
        self.sig_saved.emit(self._page_id, self._language.code)
        return True

    # -- unavailable and frozen states (the window decides; the pane only shows them) --------------
    def show_unavailable(self, page_id: int, message: str) -> None:
        """Name ``page_id`` but show none of its text: it cannot be read. Read-only, ``message`` shown.

        The caller has saved pending edits first (:meth:`flush`).
        """
        self._timer.stop()
        self._page_id = page_id
        self._loading = True
        try:
            self.title_edit.clear()
            self.editor.clear()
            self.editor.setPlaceholderText(message)
            self.state_label.setText(self.tr("cannot be read"))
            self._read_only = True
            self._apply_read_only()
            self._loaded, self._loaded_html, self._dirty = ("", ""), None, False
        finally:
            self._loading = False
        self.sig_loaded.emit()
        if self.preview_button.isChecked():
            self._render_preview()

    def pending_edit(self) -> tuple[int, str, str, str] | None:
        """(page id, language, title, HTML) of text typed and not yet saved, or None."""
        title, markdown = self.title_edit.text(), self.editor.toPlainText()
        if (
            not self._dirty
            or self._page_id is None
            or self._language is None
            or (title, markdown) == self._loaded
        ):
            return None
        try:
            html = markdown_to_html(markdown)
        except ContentError:
            html = "<pre>" + escape(markdown) + "</pre>"
        return (self._page_id, self._language.code, title, html)

    def freeze(self, message: str) -> None:
        """Stop accepting edits for good (the working copy is lost); pending text is dropped, so the
        caller takes it with :meth:`pending_edit` first."""
        self._timer.stop()
        self._frozen, self._dirty = True, False
        self._apply_read_only()
        self.state_label.setText(message)

    # -- private slots ----------------------------------------------------------------------------
    def _on_edited(self) -> None:
        if self._loading or self._read_only or self._frozen:
            return
        self._dirty = True
        self._timer.start()

    def _on_language_box_changed(self, _index: int) -> None:
        if not self.flush():  # keep the unsaved text in the language it was typed in
            self.language_box.blockSignals(True)
            codes = [self.language_box.itemData(i).code for i in range(self.language_box.count())]
            if self._language is not None and self._language.code in codes:
                self.language_box.setCurrentIndex(codes.index(self._language.code))
            self.language_box.blockSignals(False)
            return
        self._set_language(self.language_box.currentData())

    def _on_preview_toggled(self, on: bool) -> None:
        if on:
            self._render_preview()
        self.stack.setCurrentWidget(self.preview if on else self.editor)

    # -- helpers ----------------------------------------------------------------------------------
    def _apply_read_only(self) -> None:
        read_only = self._read_only or self._locked or self._frozen
        self.editor.setReadOnly(read_only)
        self.title_edit.setReadOnly(read_only)

    def _set_language(self, language: LanguageInfo | None) -> None:
        """Switch the pane to ``language``; everything tied to it follows ``sig_language_changed``."""
        changed = language is not None and (self._language is None or self._language.code != language.code)
        self._language = language
        rtl = bool(language and language.rtl)
        self.editor.set_right_to_left(rtl)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.title_edit.setLayoutDirection(direction)
        self.preview.setLayoutDirection(direction)
        if changed and language is not None:
            self.sig_language_changed.emit(language.code)

    def _no_page_text(self) -> str:
        return self.tr("No page is open: choose one in the page tree.")

    def _markdown_of(self, data: TranslationData | None) -> tuple[str, bool]:
        if data is None:
            return "", False
        if len(data.content) > MAX_EDITABLE_CHARS:
            self.sig_notice.emit(
                self.tr(
                    "“{0}” is too large to edit here ({1:.1f} MB; the limit is {2} KB). It is shown "
                    "read-only and unchanged; edit it in the CMS or split it into smaller pages."
                ).format(data.title, len(data.content) / 1e6, MAX_EDITABLE_CHARS // 1000)
            )
            return data.content[:PREVIEW_CHARS] + "\n…", True
        try:
            return html_to_markdown(data.content), False
        except ContentError as exc:
            self.sig_notice.emit(
                self.tr("“{0}” cannot be edited as Markdown ({1}); it is shown read-only.").format(
                    data.title, str(exc)
                )
            )
            return data.content, True

    def _render_preview(self) -> None:
        try:
            html = markdown_to_html(self.editor.toPlainText())
        except ContentError as exc:
            html = f"<p><i>{exc}</i></p>"
        rtl = bool(self._language and self._language.rtl)
        body = f'<div dir="{"rtl" if rtl else "ltr"}">{html}</div>'
        self.preview.setHtml(f"<h2>{escape(self.title_edit.text())}</h2>{body}")
