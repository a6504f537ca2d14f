"""Search over titles and texts (SQLite FTS5) with a result list that opens pages."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QTextEdit, QVBoxLayout, QWidget

from editor.models.records import SearchHit

_HIT_ROLE = 257


def select_first_match(editor: QTextEdit, query: str) -> bool:
    """Select the first word in ``editor`` that a word of ``query`` begins (as the search matches:
    any word, by prefix, case-insensitive) and scroll it into view; False when the text has none
    (the match was in the title)."""
    words = re.findall(r"\w+", query)
    if not words:
        return False
    pattern = QRegularExpression(
        r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\w*",
        QRegularExpression.PatternOption.CaseInsensitiveOption
        | QRegularExpression.PatternOption.UseUnicodePropertiesOption,
    )
    cursor = editor.document().find(pattern)
    if cursor.isNull():
        return False
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    return True


class SearchPanel(QWidget):
    """A search field; results replace nothing, they list under it while a query is typed."""

    sig_open_page_requested = Signal(int, str)
    """The user picked a result (page id, language code)."""

    def __init__(self, search: Callable[[str], list[SearchHit]], parent: QWidget | None = None):
        super().__init__(parent)
        self._search = search
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search titles and text…"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self.run_search)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.results.itemClicked.connect(self._on_results_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.results)

    def run_search(self) -> None:
        """Search now for the field's text."""
        self._timer.stop()
        query = self.field.text().strip()
        self.results.clear()
        if not query:
            self.results.hide()
            return
        hits = self._search(query)
        for hit in hits:
            item = QListWidgetItem(f"{hit.title} [{hit.language}]\n{hit.snippet}")
            item.setData(_HIT_ROLE, hit)
            self.results.addItem(item)
        if not hits:
            self.results.addItem(self.tr("No matches for “{0}”.").format(query))
        self.results.show()

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        hit = item.data(_HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.sig_open_page_requested.emit(hit.page_id, hit.language)
