"""Sidebar section listing a page's spelling issues; clicking one jumps to it.

The whole-page pass runs through ``TaskRunner.run_check`` when a runner is given (house style 3.4), so
the name heuristic (which asks enchant for suggestions) never blocks typing. A language without a
dictionary shows "No spellcheck dictionary for …" and how to add one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from editor.tasks import TaskRunner
from editor.text.masking import Utf16Map
from editor.text.spelling import Misspelling, Speller
from editor.text.vocabulary import MIN_PAGES

_SPAN_ROLE = Qt.ItemDataRole.UserRole


class SpellPanel(QWidget):
    """A list of misspellings with a count, or a "no dictionary" notice."""

    # -- signals ----------------------------------------------------------------------------------
    sig_issue_activated = Signal(int, int)
    """An issue was clicked: ``(start, end)`` as document (UTF-16) positions in the pane."""

    sig_add_dictionary_requested = Signal(str)
    """The user wants to add a dictionary for the given language code."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = f"spelling-{id(self)}"
        self._language = ""
        self._region_note = ""
        self._count = QLabel(self)
        self._notice = QLabel(self)
        self._notice.setWordWrap(True)
        self._notice.setTextFormat(Qt.TextFormat.RichText)
        self._notice.linkActivated.connect(self._on_notice_link_activated)
        self._notice.hide()
        self._list = QListWidget(self)
        self._list.itemActivated.connect(self._on_list_item_activated)
        self._list.itemClicked.connect(self._on_list_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._count)
        layout.addWidget(self._notice)
        layout.addWidget(self._list)
        self.show_issues("", [])

    # -- properties -------------------------------------------------------------------------------
    @property
    def count(self) -> int:
        """Number of issues listed."""
        return self._list.count()

    # -- public API -------------------------------------------------------------------------------
    def check(self, text: str, speller: Speller, runner: TaskRunner | None = None) -> None:
        """Check the whole pane text (off-thread with ``runner``) and list the result."""
        self._language = speller.language
        if getattr(speller, "reason", "") == "no_word_spellcheck":
            self.show_no_word_spellcheck(speller.language)
            return
        if not speller.available:
            self.show_no_dictionary(speller.language)
            return
        self._source_note(speller)
        if runner is None:
            self.show_issues(text, speller.check_text(text))
            return
        runner.run_check(
            self._key,
            lambda: speller.check_text(text),
            lambda found: self.show_issues(text, found),
        )

    def show_issues(self, text: str, found: list[Misspelling]) -> None:
        """List ``found`` (Python offsets into ``text``)."""
        self._notice.setVisible(bool(self._region_note))
        self._notice.setText(self._region_note)
        self._list.show()
        self._list.clear()
        mapping = Utf16Map(text)
        spans = mapping.spans_to_utf16([(m.start, m.end) for m in found])
        for item, (start, end) in zip(found, spans, strict=True):
            line = text.count("\n", 0, item.start) + 1
            entry = QListWidgetItem(self.tr("{word} (line {line})").format(word=item.word, line=line))
            entry.setData(_SPAN_ROLE, (start, end))
            self._list.addItem(entry)
        self._count.setText(self.tr("Spelling: %n issue(s)", "", len(found)))

    def show_found(self, found: list[tuple[int, int, str, int]]) -> None:
        """List misspellings given as ``(start, end, word, paragraph index)`` document positions."""
        self._notice.hide()
        self._list.show()
        self._list.clear()
        for start, end, word, paragraph in found:
            entry = QListWidgetItem(self.tr("{word} (paragraph {n})").format(word=word, n=paragraph + 1))
            entry.setData(_SPAN_ROLE, (start, end))
            self._list.addItem(entry)
        self._count.setText(self.tr("Spelling: %n issue(s)", "", len(found)))

    def show_no_dictionary(self, language: str) -> None:
        """Say that ``language`` has no dictionary and how to add one."""
        self._language = language
        self._region_note = ""
        self._list.clear()
        self._list.hide()
        self._count.setText(self.tr("Spelling: not checked"))
        self._notice.setText(
            self.tr(
                "No spellcheck dictionary for {language}: "
                '<a href="add">how to add one</a> (Settings → Spelling → Add dictionary…).'
            ).format(language=language)
        )
        self._notice.show()

    def show_no_word_spellcheck(self, language: str) -> None:
        """Say plainly that ``language`` (Chinese) has no word spellcheck."""
        self._language = language
        self._region_note = ""
        self._list.clear()
        self._list.hide()
        self._count.setText(self.tr("Spelling: not checked"))
        self._notice.setText(
            self.tr(
                "{language} is written without spaces between words: there is no word spellcheck for it."
            ).format(language=language)
        )
        self._notice.show()

    # -- private slots ----------------------------------------------------------------------------
    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        start, end = item.data(_SPAN_ROLE)
        self.sig_issue_activated.emit(start, end)

    def _on_notice_link_activated(self, _link: str) -> None:
        self.sig_add_dictionary_requested.emit(self._language)

    # -- helpers ----------------------------------------------------------------------------------
    def _source_note(self, speller: Speller) -> None:
        self._region_note = ""
        if speller.source == "region":
            self._region_note = self.tr(
                "No dictionary exists for {language}: it is checked against the region's own vocabulary "
                "(words seen in at least {pages} published pages count as known)."
            ).format(language=speller.language, pages=MIN_PAGES)
