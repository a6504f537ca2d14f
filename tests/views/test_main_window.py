"""The main window on the demo region: tree, side-by-side panes, autosave, search, history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.models.records import TranslationState
from editor.views.main_window import MainWindow
from editor.views.tree.page_item_model import PageTreeItemModel

OpenWindow = Callable[[], MainWindow]


def _page_with(window: MainWindow, language: str) -> int:
    return next(row.id for row in window.store.page_tree() if language in row.cells)


def test_window_shows_tree_with_states_and_two_panes(open_window: OpenWindow) -> None:
    """The demo region opens with its tree, German left and English right."""
    window = open_window()
    assert window.tree_model.page_count() >= 30
    assert window.tree_model.rowCount() >= 5
    assert window.source_pane.language is not None
    assert window.source_pane.language.code == "de"
    assert window.target_pane.language is not None
    assert window.target_pane.language.code == "en"
    assert window.source_pane.editor.toPlainText().strip()
    header = [window.tree_model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(6)]
    assert header[1:] == ["de", "en", "ar", "fa", "uk"]
    states = {cell.state for row in window.store.page_tree() for cell in row.cells.values()}
    assert TranslationState.OUTDATED in states


def test_window_edit_survives_close_and_reopen(open_window: OpenWindow, qtbot: QtBot) -> None:
    """An edit typed into the target pane is saved on close and is there after reopening."""
    window = open_window()
    page = _page_with(window, "en")
    window.open_page(page)
    editor = window.target_pane.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Added on the train.")
    assert window.target_pane.dirty
    window.close()
    again = open_window()
    saved = again.store.translation(page, "en")
    assert saved is not None
    assert "Added on the train." in saved.content
    assert saved.changed_locally
    assert again.store.outbox_count() == 1
    assert "Added on the train." in again.target_pane.editor.toPlainText()


def test_window_autosaves_after_a_pause(open_window: OpenWindow, qtbot: QtBot) -> None:
    """Typing and pausing saves without any explicit action."""
    window = open_window()
    page = window.source_pane.page_id
    assert page is not None
    window.source_pane._timer.setInterval(50)
    qtbot.keyClicks(window.source_pane.title_edit, " (neu)")
    qtbot.waitUntil(lambda: not window.source_pane.dirty, timeout=3000)
    saved = window.store.translation(page, "de")
    assert saved is not None
    assert saved.title.endswith("(neu)")
    assert window.outbox_label.text().startswith(f"{window.store.outbox_count()} ")
    assert window.store.outbox_count() == 1


def test_window_page_switch_saves_pending_edit(open_window: OpenWindow, qtbot: QtBot) -> None:
    """Switching to another page saves what was typed on the previous one first."""
    window = open_window()
    first = window.source_pane.page_id
    assert first is not None
    qtbot.keyClicks(window.source_pane.editor, "Zusatz ")
    other = next(row.id for row in window.store.page_tree() if row.id != first)
    window.open_page(other)
    saved = window.store.translation(first, "de")
    assert saved is not None
    assert "Zusatz" in saved.content
    assert window.source_pane.page_id == other


def test_window_formatting_bold_and_undo(open_window: OpenWindow, qtbot: QtBot) -> None:
    """Bold makes the word at the cursor bold (shown, checked, saved) and undo takes it back."""
    window = open_window()
    editor = window.source_pane.editor
    editor.setFocus()
    editor.setPlainText("Wort")
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Right)  # inside the word, as in Word: the word is made bold
    window.format_bar.actions_by_name["bold"].trigger()
    assert editor.toPlainText() == "Wort"
    assert editor.html() == "<div><p><strong>Wort</strong></p></div>"  # the page's CMS wrapper kept
    assert window.format_bar.actions_by_name["bold"].isChecked()
    editor.undo()
    assert editor.html() == "<div><p>Wort</p></div>"


def test_window_rtl_language_lays_out_right_to_left(open_window: OpenWindow) -> None:
    """Choosing Arabic for a pane switches its editor to right-to-left."""
    window = open_window()
    pane = window.target_pane
    pane.language_box.setCurrentIndex(pane.language_box.findText("ar", Qt.MatchFlag.MatchContains))
    assert pane.language is not None
    assert pane.language.code == "ar"
    assert pane.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_window_search_opens_the_hit(open_window: OpenWindow, qtbot: QtBot) -> None:
    """Typing a word in the search field lists matches; activating one opens that page."""
    window = open_window()
    window.search.field.setText("Integrationskurs")
    window.search.run_search()
    assert window.search.results.count() > 0
    item = window.search.results.item(0)
    window.search._on_results_item_activated(item)
    hit = item.data(257)
    assert window.source_pane.page_id == hit.page_id


def test_window_search_hit_selects_the_match(open_window: OpenWindow) -> None:
    """Activating a hit selects the first occurrence of the searched word (prefix, any case) in the
    pane of the hit's language and scrolls it into view."""
    window = open_window()
    window.resize(1366, 500)  # a short window: the match needs scrolling on long pages
    window.search.field.setText("migrationsberat")
    window.search.run_search()
    items = [window.search.results.item(i) for i in range(window.search.results.count())]
    hits = [item for item in items if item.data(257) is not None and item.data(257).language == "de"]
    assert hits
    window.search._on_results_item_activated(hits[-1])
    editor = window.source_pane.editor
    assert window.source_pane.page_id == hits[-1].data(257).page_id
    cursor = editor.textCursor()
    assert cursor.selectedText().lower().startswith("migrationsberat")
    assert "migrationsberat" not in editor.toPlainText()[: cursor.selectionStart()].lower()
    assert editor.viewport().rect().contains(editor.cursorRect().center())


def test_window_tree_row_changes_after_save(open_window: OpenWindow) -> None:
    """A saved edit marks the page's language cell as changed locally in the tree."""
    window = open_window()
    page = window.source_pane.page_id
    assert page is not None
    window.source_pane.editor.setPlainText("Neuer Text")
    window.source_pane.flush()
    index = window.tree_model.index_of_page(page)
    cell = window.tree_model.index(index.row(), 1, index.parent())
    shown = window.tree_model.data(cell)
    assert "✎" in shown
    assert window.tree_model.data(index, PageTreeItemModel.PAGE_ID_ROLE) == page
    tree = window.tree
    width = tree.columnWidth(1)  # the mark is read, not elided to "…"
    assert tree.fontMetrics().horizontalAdvance(shown) + 8 <= width
    assert tree.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, width - 8) == shown


def test_window_unconvertible_page_is_read_only_and_unchanged(open_window: OpenWindow, qtbot: QtBot) -> None:
    """HTML that cannot be edited opens read-only with a message; nothing stored changes."""
    window = open_window()
    page = _page_with(window, "en")
    window.store.save_translation(page, "en", title="Broken", content="<p>bad \x0b byte</p>")
    before = window.store.translation(page, "en")
    window.open_page(page)
    assert window.target_pane.editor.isReadOnly()
    assert "cannot be edited" in window.statusBar().currentMessage()
    assert "U+000B" in window.statusBar().currentMessage()
    qtbot.keyClicks(window.target_pane.editor, "typing is refused")
    window.close()
    assert window.store.translation(page, "en") == before


def test_window_huge_page_opens_read_only_quickly(open_window: OpenWindow) -> None:
    """A 5 MB page is shown read-only with a clear message instead of stalling the window."""
    window = open_window()
    page = _page_with(window, "de")
    huge = "<div>" + "<p>Ein langer Absatz über Wohnungen und Termine.</p>" * 100_000 + "</div>"
    window.store.save_translation(page, "de", title="Riesig", content=huge)
    window.open_page(page)
    assert window.source_pane.editor.isReadOnly()
    assert "too large to edit here (5.2 MB" in window.statusBar().currentMessage()
    assert len(window.source_pane.editor.toPlainText()) < 200_000
    window.close()
    stored = window.store.translation(page, "de")
    assert stored is not None
    assert stored.content == huge


def test_window_checks_follow_each_pane_language_from_the_start(open_window: OpenWindow) -> None:
    """Without any user action, the right pane's spelling and readability use its own language."""
    window = open_window()
    source, target = window.checks
    assert source.readability.language == "de"
    assert target.readability.language == "en"
    assert target.highlighter.speller is not None
    assert target.highlighter.speller.language == "en"
    assert source.highlighter.speller is not None
    assert source.highlighter.speller.language == "de"


def test_window_search_hit_in_another_language_saves_in_the_typed_language(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """Text typed into the English pane stays English when a search hit switches it to Arabic."""
    window = open_window()
    page = _page_with(window, "en")
    window.open_page(page)
    editor = window.target_pane.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " typed in English")
    arabic_before = window.store.translation(page, "ar")
    window.open_page(page, "ar")
    english = window.store.translation(page, "en")
    assert english is not None
    assert "typed in English" in english.content
    assert window.store.translation(page, "ar") == arabic_before
    assert window.target_pane.language is not None
    assert window.target_pane.language.code == "ar"


def test_window_language_without_any_dictionary_says_so(open_window: OpenWindow) -> None:
    """A content language no dictionary maps to shows the 'no dictionary' notice; editing goes on."""
    from editor.models.enums import Direction
    from editor.models.records import LanguageInfo

    window = open_window()
    odd = LanguageInfo("l01", "l01", "Lingua 01", Direction.LTR, "de")
    assert window.target_pane.set_languages([*window.languages, odd], "l01")
    checks = window.checks[1]
    assert checks.highlighter.speller is None
    assert "No spellcheck dictionary for Lingua 01" in checks.spell_panel._notice.text()
    assert not window.target_pane.editor.isReadOnly() or window.target_pane.page_id is None


def test_window_menu_keys_are_set_and_each_names_one_action(open_window: OpenWindow) -> None:
    """The windows and lists people open every day have keys (report, worklist, waiting list,
    settings), and no key sequence belongs to two of the window's actions."""
    from PySide6.QtGui import QAction

    window = open_window()
    actions = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    keys = {a.text().replace("&", ""): a.shortcut().toString() for a in actions}
    assert keys["Quality report…"] == "Ctrl+Shift+R"
    assert keys["Translator's worklist…"] == "Ctrl+Shift+W"
    assert keys["Waiting to be sent…"] == "Ctrl+Shift+S"
    assert keys["Settings…"] == "Ctrl+,"
    seen: dict[str, str] = {}
    for action in actions:
        key = action.shortcut().toString()
        assert key not in seen, f"{action.text()} and {seen[key]} share {key}"
        seen[key] = action.text()
