"""``EditorPane``: one language of the open page — language selector, title, the formatted surface.

The pane is a composition: ``SurfaceEdit`` shows the page formatted and takes input, the autosave timer
decides when to save, a per-pane view switch shows the raw HTML (editable, for experts) or the Markdown
(read-only), and sidebar panels (spelling, readability) plug in through ``add_sidebar_panel``. Saving
goes through the ``saver`` callable handed in by the window, so the pane never sees the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.models.errors import StoreError
from editor.models.records import LanguageInfo, TranslationData
from editor.text.errors import ContentError
from editor.text.limits import MAX_EDITABLE_CHARS
from editor.text.normal_form import parse_fragment
from editor.text.sanitize import sanitize_html
from editor.views.editor.elided_label import ElidedLabel
from editor.views.editor.surface.surface_edit import SurfaceEdit, editor_font
from editor.views.error_text import describe

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
        self._read_only = True
        self._locked = False
        self._locks = 0  # writers holding the lock (a sync, an import)
        self._frozen = False
        self._unreadable = False  # the state label says why the page is not shown
        self._loading = False
        self._dirty = False
        self.context_actions: list[QAction] = []
        """Actions other parts add to the editor's context menu (the translator's desk)."""
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
        self.state_label = ElidedLabel()
        self.state_label.setObjectName("paneState")
        self.source_button = QToolButton()
        self.source_button.setText(self.tr("Source"))
        self.source_button.setToolTip(self.tr("Show and edit the page's HTML"))
        self.source_button.setCheckable(True)
        self.source_button.toggled.connect(self._on_source_toggled)
        self.markdown_button = QToolButton()
        self.markdown_button.setText(self.tr("Markdown"))
        self.markdown_button.setToolTip(self.tr("Show the page as Markdown (read-only)"))
        self.markdown_button.setCheckable(True)
        self.markdown_button.toggled.connect(self._on_markdown_toggled)
        header = QHBoxLayout()
        header.addWidget(self.language_box)
        header.addWidget(self.state_label, 1)
        header.addWidget(self.source_button)
        header.addWidget(self.markdown_button)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.setFont(editor_font(self.title_edit.font()))
        self.title_edit.textEdited.connect(self._on_edited)
        self.editor = SurfaceEdit()
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.source = QPlainTextEdit()
        self.source.setObjectName("paneSource")
        self.source.textChanged.connect(self._on_source_edited)
        self.markdown_view = QPlainTextEdit()
        self.markdown_view.setReadOnly(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.source)
        self.stack.addWidget(self.markdown_view)
        self.sidebar = QTabWidget()
        self.sidebar.setDocumentMode(True)
        self.sidebar.setUsesScrollButtons(True)  # many tabs must not widen the pane (1024 px screens)
        self.sidebar.hide()
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.addWidget(self.stack)
        self.body.addWidget(self.sidebar)
        self.body.setStretchFactor(0, 5)
        self.body.setStretchFactor(1, 2)
        self.body.setChildrenCollapsible(False)  # a short pane keeps the sidebar's tabs in sight
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
        """Make the pane read-only while a sync or an import writes the working copy (pending edits saved
        first). Each lock is undone by its own unlock: the pane stays locked until the last writer ends."""
        if locked:
            self.flush()
        self._locks = self._locks + 1 if locked else max(self._locks - 1, 0)
        self._locked = self._locks > 0
        self._apply_read_only()

    def add_sidebar_panel(self, panel: QWidget, title: str) -> None:
        """Add a panel (spelling, readability) to this pane's sidebar. It scrolls when the pane is short
        (a 768-pixel screen with the quality report open), so the editor above keeps its room."""
        area = QScrollArea()
        area.setWidget(panel)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.addTab(area, title)
        self.sidebar.show()

    def set_sidebar_title(self, panel: QWidget, title: str) -> None:
        """Name the tab of ``panel`` (added with :meth:`add_sidebar_panel`) ``title``."""
        for index in range(self.sidebar.count()):
            area = self.sidebar.widget(index)
            if isinstance(area, QScrollArea) and area.widget() is panel:
                self.sidebar.setTabText(index, title)

    def load(self, page_id: int | None, data: TranslationData | None, state_text: str) -> bool:
        """Show a translation (``data`` None: not translated yet, typing creates it).

        Pending edits are saved first; when that fails the pane keeps them and returns False.
        """
        if not self.flush():
            return False
        self._page_id = page_id
        self._loading = True
        try:
            self._show_surface()
            title = data.title if data else ""
            self.title_edit.setText(title)
            readonly = self._show_content(data)
            self._read_only = readonly or page_id is None
            self._apply_read_only()
            self._loaded = (title, data.content if data else "")
            self._dirty = False
            self._unreadable = False
            self.state_label.setText(state_text)
            name = self._language.native_name if self._language else ""
            if page_id is None:
                placeholder = self._no_page_text()
            elif data is None:
                placeholder = self.tr("Not translated into {0} yet: start typing to create it.").format(name)
            else:  # a page made here, or a translation without text: it exists, it is empty
                placeholder = self.tr("No text yet: start typing.")
            self.editor.setPlaceholderText(placeholder)
        finally:
            self._loading = False
        self.sig_loaded.emit()
        return True

    def current_html(self) -> str:
        """The page's HTML as it is now (the loaded HTML, byte for byte, when nothing changed).

        Raises ContentError when the Source view holds HTML that cannot be stored.
        """
        if self.stack.currentWidget() is self.source:
            text = self.source.toPlainText()
            parse_fragment(text)
            return sanitize_html(text)  # what the CMS editor allows: no scripts, handlers, unsafe links
        return self.editor.html()

    def flush(self) -> bool:
        """Save pending edits now (page switch, close, timer). False when saving failed."""
        self._timer.stop()
        if not self._dirty:
            return True
        if self._page_id is None or self._language is None or self._read_only or self._frozen:
            return False  # nowhere to save it to: the caller keeps it (or asks before dropping it)
        title = self.title_edit.text()
        try:
            html = self.current_html()
            if (title, html) != self._loaded:
                self._saver(self._page_id, self._language.code, title, html)
        except Exception as exc:  # the text stays in the editor; the window reports it
            if isinstance(exc, StoreError):  # a known failure: its message says it all
                log.error("saving page %s (%s) failed: %s", self._page_id, self._language.code, exc)
            else:
                log.exception("saving page %s (%s) failed", self._page_id, self._language.code)
            self.sig_save_failed.emit(describe(exc))
            return False
        changed = (title, html) != self._loaded
        self._loaded = (title, html)
        self._dirty = False
        if changed:
            self.sig_saved.emit(self._page_id, self._language.code)
        return True

    # -- unavailable and frozen states (the window decides; the pane only shows them) --------------
    def show_state(self, state_text: str) -> None:
        """Show the translation's state anew (it changed while shown: a status set in the tree, the
        first words typed); a pane that cannot show its page keeps saying why."""
        if not (self._frozen or self._unreadable):
            self.state_label.setText(state_text)

    def show_unavailable(self, page_id: int, message: str) -> None:
        """Name ``page_id`` but show none of its text: it cannot be read. Read-only, ``message`` shown.

        The caller has saved pending edits first (:meth:`flush`).
        """
        self._timer.stop()
        self._page_id = page_id
        self._loading = True
        try:
            self._show_surface()
            self.title_edit.clear()
            self.editor.load_html("")
            self.editor.setPlaceholderText(message)
            self.state_label.setText(self.tr("cannot be read"))
            self._unreadable = True
            self._read_only = True
            self._apply_read_only()
            self._loaded, self._dirty = ("", ""), False
        finally:
            self._loading = False
        self.sig_loaded.emit()

    def leave_source_view(self) -> bool:
        """Show the surface again before a change made on it (the HTML typed in the source view taken
        over first): in the source view, its text is what is saved. False when that HTML cannot be used
        (the pane says why) and the source view stays."""
        if self.stack.currentWidget() is self.source:
            self.source_button.setChecked(False)
        return self.stack.currentWidget() is not self.source

    def pending_edit(self) -> tuple[int, str, str, str] | None:
        """(page id, language, title, HTML) of text typed and not yet saved, or None."""
        if not self._dirty or self._page_id is None or self._language is None:
            return None
        title = self.title_edit.text()
        try:
            html = self.current_html()
        except ContentError:  # the Source view holds HTML that cannot be stored: keep it as text
            html = "<pre>" + escape(self.source.toPlainText()) + "</pre>"
        if (title, html) == self._loaded:
            return None
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
        if self._loading or self._read_only or self._locked or self._frozen:
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

    def _on_editor_text_changed(self) -> None:
        # spelling underlines re-layout the text and emit textChanged too; only real edits count
        if self.editor.document().isModified():
            self._on_edited()

    def _on_source_edited(self) -> None:
        if self.stack.currentWidget() is self.source:
            self._on_edited()

    def _on_source_toggled(self, on: bool) -> None:
        if on:
            self.markdown_button.setChecked(False)
            self._loading = True
            try:
                self.source.setPlainText(self._surface_html_or_loaded())
            finally:
                self._loading = False
            self.stack.setCurrentWidget(self.source)
            return
        if self.stack.currentWidget() is not self.source:
            return
        text = self.source.toPlainText()
        self._loading = True
        try:
            self.editor.load_html(sanitize_html(text))
        except ContentError as exc:  # stay in the source view: the HTML cannot be stored
            self.sig_notice.emit(self.tr("The HTML cannot be used: {0}").format(describe(exc)))
            self.source_button.blockSignals(True)
            self.source_button.setChecked(True)
            self.source_button.blockSignals(False)
            return
        finally:
            self._loading = False
        self.stack.setCurrentWidget(self.editor)

    def _on_markdown_toggled(self, on: bool) -> None:
        if on:
            self.source_button.setChecked(False)
            try:
                from editor.text.convert import html_to_markdown  # python-markdown: not at start-up

                text = html_to_markdown(self._surface_html_or_loaded())
            except ContentError as exc:
                text = describe(exc)
            self.markdown_view.setPlainText(text)
            self.stack.setCurrentWidget(self.markdown_view)
        elif self.stack.currentWidget() is self.markdown_view:
            self.stack.setCurrentWidget(self.editor)

    # -- helpers ----------------------------------------------------------------------------------
    def _apply_read_only(self) -> None:
        read_only = self._read_only or self._locked or self._frozen
        self.editor.setReadOnly(read_only)
        self.source.setReadOnly(read_only)
        self.title_edit.setReadOnly(read_only)

    def _set_language(self, language: LanguageInfo | None) -> None:
        """Switch the pane to ``language``; everything tied to it follows ``sig_language_changed``."""
        changed = language is not None and (self._language is None or self._language.code != language.code)
        self._language = language
        rtl = bool(language and language.rtl)
        self.editor.set_right_to_left(rtl)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.title_edit.setLayoutDirection(direction)
        self.source.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if changed and language is not None:
            self.sig_language_changed.emit(language.code)

    def _no_page_text(self) -> str:
        return self.tr("No page is open: choose one in the page tree.")

    def _show_surface(self) -> None:
        for button in (self.source_button, self.markdown_button):
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self.stack.setCurrentWidget(self.editor)

    def _surface_html_or_loaded(self) -> str:
        return self.editor.html() if not self._read_only else self._loaded[1]

    def _show_content(self, data: TranslationData | None) -> bool:
        """Put ``data`` on the surface; True when it can only be shown read-only (in the Source view)."""
        html = data.content if data else ""
        if data is not None and len(html) > MAX_EDITABLE_CHARS:
            self.sig_notice.emit(
                self.tr(
                    "“{0}” is too large to edit here ({1:.1f} MB; the limit is {2} KB). It is shown "
                    "read-only and unchanged; edit it in the CMS or split it into smaller pages."
                ).format(data.title, len(html) / 1e6, MAX_EDITABLE_CHARS // 1000)
            )
            self._show_raw(html[:PREVIEW_CHARS] + "\n…")
            return True
        try:
            self.editor.load_html(html)
        except ContentError as exc:
            self.sig_notice.emit(
                self.tr("“{0}” cannot be edited ({1}); it is shown read-only.").format(
                    data.title if data else "", describe(exc)
                )
            )
            self._show_raw(html)
            return True
        return False

    def _show_raw(self, text: str) -> None:
        self.editor.load_html("")
        self.source.setPlainText(text)
        self.source_button.blockSignals(True)
        self.source_button.setChecked(True)
        self.source_button.blockSignals(False)
        self.stack.setCurrentWidget(self.source)
