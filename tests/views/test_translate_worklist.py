"""The translator's worklist, the tree filter and "New translation from the source"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from editor.models.worklist import MISSING, OUTDATED
from editor.text.segments import split_blocks
from editor.views.main_window import MainWindow
from editor.views.translate.worklist_ui import WorklistDialog

OpenWindow = Callable[[], MainWindow]
RESIDENCE = 9
FIKTION = 10  # only in German, under RESIDENCE
TERMINE = 8


def _visible_pages(window: MainWindow, parent: QModelIndex = QModelIndex()) -> set[int]:  # noqa: B008
    model, found = window.tree_model, set()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if not window.tree.isRowHidden(row, parent):
            found.add(model.data(index, model.PAGE_ID_ROLE))
            found |= _visible_pages(window, index)
    return found


def test_worklist_lists_pages_with_words_and_sorts(open_window: OpenWindow, qtbot: QtBot) -> None:
    """English: the missing Fiktionsbescheinigung and the outdated Aufenthaltstitel with word counts;
    sorting by new words puts the largest first."""
    window = open_window()
    dialog = WorklistDialog(window.store, "en", window)
    qtbot.addWidget(dialog)
    states = {item.page_id: item for item in dialog.items}
    assert states[FIKTION].state == MISSING
    german = window.store.translation(FIKTION, "de")
    assert german is not None
    assert states[FIKTION].new_words == sum(b.words for b in split_blocks(german.content))
    assert states[RESIDENCE].state == OUTDATED
    assert states[RESIDENCE].new_words > 0
    dialog.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    counts = [int(dialog.table.item(row, 2).text()) for row in range(dialog.table.rowCount())]
    assert counts == sorted(counts, reverse=True)
    opened: list[tuple[int, str]] = []
    dialog.sig_open_requested.connect(lambda page, lang: opened.append((page, lang)))
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).data(256) == FIKTION)
    dialog.table.cellDoubleClicked.emit(row, 0)
    assert opened == [(FIKTION, "en")]


def test_worklist_opens_in_tree_order(open_window: OpenWindow, qtbot: QtBot) -> None:
    """Until a header is clicked the pages come in the page tree's order (not sorted by title, Z to A),
    also after choosing another language; a click on the title header sorts A to Z."""
    window = open_window()
    dialog = WorklistDialog(window.store, "ar", window)
    qtbot.addWidget(dialog)

    def shown() -> list[int]:
        return [dialog.table.item(row, 0).data(256) for row in range(dialog.table.rowCount())]

    assert len(dialog.items) > 2
    assert shown() == [item.page_id for item in dialog.items]
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert shown() == [item.page_id for item in dialog.items]
    dialog.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert titles == sorted(titles)


def test_tree_filter_shows_only_pages_missing_in_a_language(open_window: OpenWindow) -> None:
    """ "Missing in English" hides the pages that have an English text and keeps their parents."""
    window = open_window()
    window.tree_filter.select(MISSING, "en")
    shown = _visible_pages(window)
    assert FIKTION in shown
    assert RESIDENCE in shown  # the parent of Fiktionsbescheinigung
    assert TERMINE not in shown  # has English, no child without
    window.tree_filter.setCurrentIndex(0)
    assert TERMINE in _visible_pages(window)


def test_new_translation_copies_the_source_structure(open_window: OpenWindow, qtbot: QtBot) -> None:
    """On a page without English, the new translation has the German's headings and lists, no words."""
    window = open_window()
    box = window.target_pane.language_box
    box.setCurrentIndex(box.findText("(en)", Qt.MatchFlag.MatchContains))
    window.open_page(FIKTION)
    qtbot.waitUntil(lambda: window.target_pane.page_id == FIKTION)
    assert window.desk.new_translation()
    window.target_pane.title_edit.setText("Fictional certificate")
    window.target_pane.title_edit.textEdited.emit("Fictional certificate")
    assert window.target_pane.flush()
    english = window.store.translation(FIKTION, "en")
    german = window.store.translation(FIKTION, "de")
    assert english is not None
    assert german is not None
    kinds = [b.kind for b in split_blocks(german.content)]
    assert [b.kind for b in split_blocks(english.content)] == kinds
    assert not any(b.text for b in split_blocks(english.content) if not b.links and not b.notranslate)


def test_new_translation_in_the_source_view_is_saved(open_window: OpenWindow, qtbot: QtBot) -> None:
    """With the target pane's HTML source view open, the new translation is still what gets saved (it was
    put on the hidden surface while the source view's empty text was saved)."""
    window = open_window()
    box = window.target_pane.language_box
    box.setCurrentIndex(box.findText("(en)", Qt.MatchFlag.MatchContains))
    window.open_page(FIKTION)
    qtbot.waitUntil(lambda: window.target_pane.page_id == FIKTION)
    window.target_pane.source_button.setChecked(True)
    assert window.desk.new_translation()
    window.target_pane.title_edit.setText("Fictional certificate")
    window.target_pane.title_edit.textEdited.emit("Fictional certificate")
    assert window.target_pane.flush()
    english = window.store.translation(FIKTION, "en")
    german = window.store.translation(FIKTION, "de")
    assert english is not None
    assert german is not None
    assert [b.kind for b in split_blocks(english.content)] == [b.kind for b in split_blocks(german.content)]
