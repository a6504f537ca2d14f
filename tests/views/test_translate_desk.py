"""The translator's desk in the window: aligned panes, gaps, navigation, scrolling together."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip
from pytestqt.qtbot import QtBot

from editor.models.records import TranslationData
from editor.views.editor.marks import layer
from editor.views.main_window import MainWindow

OpenWindow = Callable[[], MainWindow]
RESIDENCE = 9  # "Aufenthaltstitel verlängern": the English lacks a paragraph, a list and the Bürgergeld part
HEALTH_INSURANCE = 19  # "Krankenversicherung": the English is outdated, no earlier German is known


def _open(window: MainWindow, qtbot: QtBot, page: int, language: str = "en") -> None:
    box = window.target_pane.language_box
    box.setCurrentIndex(box.findText(f"({language})", Qt.MatchFlag.MatchContains))
    window.open_page(page)
    desk = window.desk.aligned
    qtbot.waitUntil(lambda: desk.page_id == page and not desk.pending and bool(desk.pairs))


def test_aligned_desk_shows_missing_blocks_as_gaps(open_window: OpenWindow, qtbot: QtBot) -> None:
    """The German blocks the English lacks are gaps: drawn in the target, marked in the source."""
    window = open_window()
    _open(window, qtbot, RESIDENCE)
    desk = window.desk.aligned
    missing = [p for p in desk.pairs if p.target is None]
    assert missing, "the demo's English lacks German blocks"
    assert desk.overlay.gaps
    assert sum(gap.count for gap in desk.overlay.gaps) == len(missing)
    assert len(layer(window.source_pane.editor, "gaps")) == len(missing)


def test_aligned_desk_next_key_goes_to_the_first_gap(open_window: OpenWindow, qtbot: QtBot) -> None:
    """F8 puts the source cursor on the first block the translation lacks and highlights it."""
    window = open_window()
    _open(window, qtbot, RESIDENCE)
    desk = window.desk.aligned
    first = next(n for n, p in enumerate(desk.pairs) if p.target is None)
    window.source_pane.editor.setFocus()
    window.desk.next_action.trigger()
    assert desk.pair_at(0, window.source_pane.editor.textCursor().position()) == first
    assert layer(window.source_pane.editor, "current")


def test_aligned_desk_cursor_highlights_the_partner_block(open_window: OpenWindow, qtbot: QtBot) -> None:
    """Moving the cursor into a target block highlights that block and its source block."""
    window = open_window()
    _open(window, qtbot, RESIDENCE)
    desk = window.desk.aligned
    number = next(
        n for n, p in enumerate(desk.pairs) if p.source is not None and p.target is not None and n > 0
    )
    pair = desk.pairs[number]
    assert desk.maps is not None
    target = window.target_pane.editor
    cursor = target.textCursor()
    cursor.setPosition(desk.maps[1].block(pair.target_index or 0).position())
    target.setTextCursor(cursor)
    marks = layer(window.source_pane.editor, "current")
    assert len(marks) == 1
    assert marks[0].cursor.block().blockNumber() == desk.maps[0].block(pair.source_index or 0).blockNumber()


def test_aligned_desk_scrolls_the_target_with_the_source(open_window: OpenWindow, qtbot: QtBot) -> None:
    """Scrolling the source to a paired block brings its target block to the top of the target pane."""
    window = open_window()
    window.resize(1200, 420)
    _open(window, qtbot, RESIDENCE)
    desk = window.desk.aligned
    assert desk.maps is not None
    pair = [p for p in desk.pairs if p.source is not None and p.target is not None][-1]
    source, target = window.source_pane.editor, window.target_pane.editor
    source_top = (
        source.document().documentLayout().blockBoundingRect(desk.maps[0].block(pair.source_index or 0)).top()
    )
    source.verticalScrollBar().setValue(int(source_top))
    target_block = desk.maps[1].block(pair.target_index or 0)
    target_top = target.document().documentLayout().blockBoundingRect(target_block).top()
    expected = min(int(target_top), target.verticalScrollBar().maximum())
    assert abs(target.verticalScrollBar().value() - expected) <= 2


def test_aligned_desk_inserts_the_missing_source_block(open_window: OpenWindow, qtbot: QtBot) -> None:
    """Ctrl+Alt+I fills the first gap with the source block; after saving, the gap is gone."""
    window = open_window()
    _open(window, qtbot, RESIDENCE)
    desk = window.desk.aligned
    before = sum(1 for p in desk.pairs if p.target is None)
    first = next(p for p in desk.pairs if p.target is None)
    assert first.source is not None
    window.source_pane.editor.setFocus()
    assert desk.insert_source_block()
    assert sum(1 for p in desk.pairs if p.target is None) == before - 1
    assert window.target_pane.flush()
    saved = window.store.translation(RESIDENCE, "en")
    assert saved is not None
    assert first.source.text.split()[0] in saved.content


def test_aligned_desk_insert_in_the_source_view_goes_into_what_is_saved(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """With the target's HTML source view open, inserting a source block first shows the surface again (it
    went into the hidden surface, and the source view's text was saved without it); once realigned, the
    block goes in and is saved."""
    window = open_window()
    _open(window, qtbot, RESIDENCE)
    desk = window.desk.aligned
    first = next(p for p in desk.pairs if p.target is None)
    assert first.source is not None
    window.target_pane.source_button.setChecked(True)
    assert not desk.insert_source_block()
    assert window.target_pane.stack.currentWidget() is window.target_pane.editor
    qtbot.waitUntil(lambda: bool(desk.pairs) and not desk.pending)
    assert desk.insert_source_block()
    assert window.target_pane.flush()
    saved = window.store.translation(RESIDENCE, "en")
    assert saved is not None
    assert first.source.text.split()[0] in saved.content


def test_source_changes_marks_words_changed_since_the_translation(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """A German edit after the English was brought up to date is marked in the source, listed with its old
    text."""
    window = open_window()
    window.store.confirm_current(RESIDENCE, ["en"])
    german = window.store.translation(RESIDENCE, "de")
    assert german is not None
    assert "rechtzeitig" in german.content
    window.store.save_translation(
        RESIDENCE, "de", title=german.title, content=german.content.replace("rechtzeitig", "sehr früh", 1)
    )
    _open(window, qtbot, RESIDENCE)
    changes = window.desk.changes
    qtbot.waitUntil(lambda: bool(changes.diff and changes.diff.changed))
    marks = layer(window.source_pane.editor, "diff")
    assert any(mark.cursor.selectedText() == "sehr früh" for mark in marks)
    rows = [changes.panel.list.item(i).text() for i in range(changes.panel.list.count())]
    assert any("rechtzeitig" in row and "sehr früh" in row for row in rows)
    changed = next(i for i, c in changes.diff.by_new_index().items() if c.op == "changed")
    assert window.desk.aligned.needs_work(window.desk.aligned.pair_number(0, changed) or 0)


def test_source_changes_nothing_marked_when_up_to_date(open_window: OpenWindow, qtbot: QtBot) -> None:
    """A translation up to date with the source: nothing is marked, and the panel says so."""
    window = open_window()
    window.store.confirm_current(RESIDENCE, ["en"])
    _open(window, qtbot, RESIDENCE)
    assert not layer(window.source_pane.editor, "diff")
    assert "is up to date" in window.desk.changes.panel.summary.text()


def test_source_changes_unknown_base_shows_the_whole_source_as_new(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """Outdated in the CMS with no older source known: every source block is new, and the panel says why."""
    window = open_window()
    _open(window, qtbot, HEALTH_INSURANCE)
    changes = window.desk.changes
    qtbot.waitUntil(lambda: bool(changes.diff and changes.diff.changed))
    assert changes.diff is not None
    assert all(block.op == "inserted" for block in changes.diff.blocks)
    assert "not known here" in changes.panel.summary.text()


def test_source_changes_marks_what_the_german_gained_since_the_english(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """The demo's outdated English: exactly the paragraph, the list and the Bürgergeld part are marked new."""
    window = open_window()
    _open(window, qtbot, RESIDENCE)
    changes = window.desk.changes
    qtbot.waitUntil(lambda: bool(changes.diff and changes.diff.changed))
    assert changes.diff is not None
    inserted = [c.new.text for c in changes.diff.blocks if c.op == "inserted" and c.new is not None]
    assert any("Serviceportal" in text for text in inserted)
    assert any("Bürgergeld" in text for text in inserted)
    assert "Diese Unterlagen brauchen Sie" not in inserted  # unchanged since the English
    assert "new and 0 changed words" in changes.panel.summary.text()


def test_still_up_to_date_action_confirms_and_queues_the_refresh(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """Translate → Still up to date: the English is current in the tree and the desk, and waits to be sent."""
    from editor.models.operations import RefreshDate
    from editor.models.records import TranslationState

    window = open_window()
    _open(window, qtbot, RESIDENCE)
    assert window.store.page_tree([RESIDENCE])[0].cells["en"].state is TranslationState.OUTDATED
    before = window.store.outbox_count()
    window.desk.current_action.trigger()
    assert window.store.page_tree([RESIDENCE])[0].cells["en"].state is TranslationState.UP_TO_DATE
    model = window.tree_model
    column = 1 + [lang.code for lang in window.store.languages()].index("en")
    index = model.index_of_page(RESIDENCE)
    cell = model.index(index.row(), column, index.parent())
    assert "up to date" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    [op] = [op for op in window.store.operations() if isinstance(op, RefreshDate)]
    assert (op.page_id, op.language) == (RESIDENCE, "en")
    assert window.store.outbox_count() == before + 1
    changes = window.desk.changes
    qtbot.waitUntil(lambda: changes.diff is None and "is up to date" in changes.panel.summary.text())
    assert not layer(window.source_pane.editor, "diff")


def test_qa_panel_lists_warnings_and_jumps_to_the_block(open_window: OpenWindow, qtbot: QtBot) -> None:
    """A number dropped from the English is a QA warning in the QA tab; clicking it goes to the block."""
    window = open_window()
    english = window.store.translation(RESIDENCE, "en")
    assert english is not None
    assert "93" in english.content
    window.store.save_translation(
        RESIDENCE, "en", title=english.title, content=english.content.replace("93", "", 1)
    )
    _open(window, qtbot, RESIDENCE)
    qa = window.desk.qa
    assert qa.issues is not None
    numbers = [i for i in qa.issues if i.code == "number" and "93" in i.message]
    assert numbers
    row = next(n for n in range(qa.panel.list.count()) if "93" in qa.panel.list.item(n).text())
    qa.panel.list.itemClicked.emit(qa.panel.list.item(row))
    desk = window.desk.aligned
    position = window.target_pane.editor.textCursor().position()
    assert desk.maps is not None
    assert desk.maps[1].index_at(position) == numbers[0].target_index
    assert layer(window.target_pane.editor, "qa")


def _edit_without_93(window: MainWindow, language: str) -> TranslationData:
    """Save the residence page's ``language`` text without its "93" (a QA warning: a number missing)."""
    text = window.store.translation(RESIDENCE, language)
    assert text is not None
    window.store.save_translation(
        RESIDENCE, language, title=text.title, content=text.content.replace("93", "", 1)
    )
    return text


def test_sending_shows_qa_warnings_and_lets_the_user_decide(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A local edit with a QA warning is named before sending; No keeps it, Yes sends."""
    window = open_window()
    _edit_without_93(window, "en")
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not window.desk.confirm_sending()
    assert "93" in asked[0]
    assert window.desk.confirm_sending()


def test_sending_warnings_of_an_arabic_page_read_left_to_right(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A warning line starting with an Arabic title is laid out as the German (or English) sentence it
    is, not right to left with the words and the colon mirrored."""
    window = open_window()
    arabic = _edit_without_93(window, "ar")
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not window.desk.confirm_sending()
    [line] = [line for line in asked[0].splitlines() if "(ar)" in line]
    assert arabic.title in line
    document = QTextDocument()
    document.setPlainText(line)
    assert document.firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight


def test_aligned_desk_marks_blocks_only_in_the_translation(open_window: OpenWindow, qtbot: QtBot) -> None:
    """A paragraph the German lacks is marked in the translation as extra, and F8 stops there."""
    window = open_window()
    english = window.store.translation(RESIDENCE, "en")
    assert english is not None
    extra = "<p>Only in English: bring 3 photos.</p>"
    window.store.save_translation(RESIDENCE, "en", title=english.title, content=english.content + extra)
    _open(window, qtbot, RESIDENCE)
    desk = window.desk.aligned
    extras = [n for n, p in enumerate(desk.pairs) if p.source is None]
    assert extras
    marks = layer(window.target_pane.editor, "gaps")
    assert any("Only in English" in mark.cursor.block().text() for mark in marks)
    assert desk.needs_work(extras[-1])


def test_source_changes_tooltip_shows_the_old_text(open_window: OpenWindow, qtbot: QtBot) -> None:
    """Hovering a changed source block shows the block as it was at the translation's base."""
    window = open_window()
    window.store.confirm_current(RESIDENCE, ["en"])
    german = window.store.translation(RESIDENCE, "de")
    assert german is not None
    window.store.save_translation(
        RESIDENCE, "de", title=german.title, content=german.content.replace("rechtzeitig", "sehr früh", 1)
    )
    _open(window, qtbot, RESIDENCE)
    changes = window.desk.changes
    assert changes.diff is not None
    index = next(i for i, c in changes.diff.by_new_index().items() if c.op == "changed")
    desk = window.desk.aligned
    assert desk.maps is not None
    editor = window.source_pane.editor
    rect = editor.cursorRect(desk.maps[0].span_cursor(index, 0, 0))
    point = QPoint(rect.x() + 2, rect.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, point, editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(editor.viewport(), event)
    assert "rechtzeitig" in QToolTip.text()


def test_aligned_desk_keeps_no_block_of_a_replaced_page(open_window: OpenWindow, qtbot: QtBot) -> None:
    """Opening another page drops the old page's gap lines and block maps at once (its document is
    deleted), and the desk aligns the new page; painting in between draws nothing stale."""
    window = open_window()
    _open(window, qtbot, RESIDENCE)
    desk = window.desk.aligned
    assert desk.overlay.gaps
    window.target_pane.editor.load_html("<p>Neu</p>")
    assert desk.maps is None
    assert desk.overlay.gaps == []
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old document goes
    desk.overlay.repaint()
    qtbot.waitUntil(lambda: not desk.pending)


def test_gap_label_sits_where_the_lines_end_and_below_the_top(qtbot: QtBot) -> None:
    """A gap's label goes to the right of a left-to-right pane and to the left of a right-to-left one
    (where short Farsi lines leave room, instead of over their text), centred on the line."""
    from editor.views.editor.surface.surface_edit import SurfaceEdit
    from editor.views.translate.gap_overlay import GapOverlay

    boxes = {}
    for rtl in (False, True):
        edit = SurfaceEdit()
        qtbot.addWidget(edit)
        edit.resize(600, 300)
        edit.set_right_to_left(rtl)
        edit.load_html('<p dir="rtl">پاسپورت</p>' if rtl else "<p>Passport</p>")
        overlay = GapOverlay(edit)
        overlay.resize(500, 300)
        boxes[rtl] = overlay.label_box(50.0, 200, 20)
    assert boxes[False].right() == 496
    assert boxes[True].left() == 4
    assert boxes[False].top() == boxes[True].top() == 40
    # a gap before the first block (its line at y = 2) and one at the very bottom: the label stays whole
    assert overlay.label_box(2.0, 200, 20).top() == 0
    assert overlay.label_box(299.0, 200, 20).bottom() == 300


def test_block_map_span_past_the_text_ends_at_the_block(qtbot: QtBot) -> None:
    """A span reaching one past a block's text (a deletion marked at the end of the last block) selects
    up to the block's end, not past the document's end (Qt: "Position out of range")."""
    from editor.text.segments import split_blocks
    from editor.views.editor.surface.surface_edit import SurfaceEdit
    from editor.views.translate.block_map import BlockMap

    html = "<p>Eins</p><p>Zwei</p>"
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.load_html(html)
    block_map = BlockMap(edit.document(), split_blocks(html))
    cursor = block_map.span_cursor(1, 3, 5)
    assert cursor.selectedText() == "i"
    assert cursor.position() == edit.document().characterCount() - 1


def test_untranslated_page_draws_no_gap_line_over_the_placeholder(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """With nothing translated yet the target shows its "not translated" placeholder and no gap line over
    it; the source still marks every block as missing."""
    window = open_window()
    untranslated = next(row.id for row in window.store.page_tree() if "ar" not in row.cells)
    _open(window, qtbot, untranslated, "ar")
    desk = window.desk.aligned
    assert all(pair.target is None for pair in desk.pairs)
    assert desk.overlay.gaps == []
    assert len(layer(window.source_pane.editor, "gaps")) == len(desk.pairs)


def test_pane_state_is_cut_short_instead_of_widening_the_pane(qtbot: QtBot) -> None:
    """A long state text is elided to the label's width (whole in its tooltip) and asks for no width."""
    from editor.views.editor.elided_label import ElidedLabel

    label = ElidedLabel()
    qtbot.addWidget(label)
    label.show()
    label.resize(80, 20)
    text = "Entwurf · hier geändert, noch nicht gesendet"
    label.setText(text)
    assert label.full_text() == text
    assert label.text() != text
    assert label.text().endswith("…")
    assert label.toolTip() == text
    assert label.minimumSizeHint().width() == 0
    label.resize(2000, 20)
    assert label.text() == text
    assert label.toolTip() == ""
