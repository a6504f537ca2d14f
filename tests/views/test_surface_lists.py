"""List items that hold paragraphs (``<li><p>…</p><p>…</p></li>``) are edited on the surface, losslessly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.views.editor.surface.records import OBJECT_CHAR
from editor.views.editor.surface.surface_edit import SurfaceEdit
from tests.views.surface_keys import cursor_after, shown_surface, type_text

LOOSE = '<ul class="steps"><li><p class="a">Eins</p><p>Zwei</p></li><li data-x="1"><p>Drei</p></li></ul>'
PAGE = f"<div><p>Vorher</p>\n{LOOSE}\n<p>Nachher</p></div>"


@pytest.fixture
def edit(qtbot: QtBot) -> SurfaceEdit:
    """A shown surface holding a loose list between two paragraphs."""
    return shown_surface(qtbot, PAGE)


at_end_of = cursor_after


def test_surface_list_loose_items_are_text_not_chips(edit: SurfaceEdit) -> None:
    """Each paragraph of a loose item is a line of editable text; only the item's first has a bullet."""
    document = edit.document()
    assert OBJECT_CHAR not in document.toPlainText()
    texts = []
    block = document.firstBlock()
    while block.isValid():
        texts.append((block.text(), block.textList() is not None))
        block = block.next()
    assert texts == [("Vorher", False), ("Eins", True), ("Zwei", False), ("Drei", True), ("Nachher", False)]
    assert edit.html() == PAGE


def test_surface_list_typing_in_a_second_paragraph_keeps_the_item(edit: SurfaceEdit) -> None:
    """Typing in an item's second paragraph rewrites that list only, with every attribute kept."""
    at_end_of(edit, "Zwei")
    type_text(edit, " und mehr")
    assert edit.html() == PAGE.replace("<p>Zwei</p>", "<p>Zwei und mehr</p>")


def test_surface_list_enter_in_a_further_paragraph_adds_one_to_the_item(
    edit: SurfaceEdit, qtbot: QtBot
) -> None:
    """Enter after an item's further paragraph starts another paragraph of the same item (no bullet)."""
    at_end_of(edit, "Zwei")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "Zwei b")
    assert edit.html() == PAGE.replace("<p>Zwei</p>", "<p>Zwei</p><p>Zwei b</p>")


def test_surface_list_enter_in_a_loose_item_adds_a_loose_item(edit: SurfaceEdit, qtbot: QtBot) -> None:
    """Enter at the end of a loose item's first paragraph makes a new item shaped like it (its attributes,
    as a split paragraph keeps its own); undo restores the page byte for byte."""
    at_end_of(edit, "Drei")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "Vier")
    assert '<li data-x="1"><p>Drei</p></li><li data-x="1"><p>Vier</p></li></ul>' in edit.html()
    for _ in range(3):
        edit.undo()
    assert edit.html() == PAGE


def test_surface_list_arabic_loose_items_keep_their_direction(qtbot: QtBot) -> None:
    """An Arabic loose list reads back byte for byte; a new paragraph in an item gets its siblings' dir."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.set_right_to_left(True)
    html = '<ul dir="rtl"><li><p dir="rtl">الأولى</p><p dir="rtl">الثانية</p></li></ul>'
    edit.load_html(html)
    assert edit.html() == html
    at_end_of(edit, "الثانية")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "ثالثة")
    assert edit.html() == html.replace("الثانية</p>", 'الثانية</p><p dir="rtl">ثالثة</p>')


def test_surface_list_heading_on_a_further_paragraph_takes_it_out_of_the_item(edit: SurfaceEdit) -> None:
    """Making an item's further paragraph a heading ends the list there (the heading is no list text)."""
    at_end_of(edit, "Zwei")
    edit.set_heading(2)
    html = edit.html()
    assert '<ul class="steps"><li><p class="a">Eins</p></li></ul>\n<h2>Zwei</h2>\n' in html
    assert '<ul class="steps"><li data-x="1"><p>Drei</p></li></ul>' in html


def test_surface_list_bullets_on_a_further_paragraph_make_it_an_item_of_that_list(edit: SurfaceEdit) -> None:
    """The bulleted-list button on an item's further paragraph (it has no bullet) makes it an item of the
    same list, as Word does, instead of splitting the list in three; undo restores the page exactly."""
    at_end_of(edit, "Zwei")
    edit.toggle_list(False)
    assert edit.html() == PAGE.replace(
        '<li><p class="a">Eins</p><p>Zwei</p></li>', '<li><p class="a">Eins</p></li><li><p>Zwei</p></li>'
    )
    edit.undo()
    assert edit.html() == PAGE


def test_surface_list_arabic_further_paragraph_made_an_item_keeps_its_direction(qtbot: QtBot) -> None:
    """In Arabic the further paragraph made an item keeps dir="rtl", in the one list."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.set_right_to_left(True)
    edit.load_html(
        '<ul dir="rtl"><li><p dir="rtl">الأولى</p><p dir="rtl">الثانية</p></li>'
        '<li><p dir="rtl">ب</p></li></ul>'
    )
    at_end_of(edit, "الثانية")
    edit.toggle_list(False)
    assert edit.html() == (
        '<ul dir="rtl"><li><p dir="rtl">الأولى</p></li><li><p dir="rtl">الثانية</p></li>'
        '<li><p dir="rtl">ب</p></li></ul>'
    )


@pytest.mark.parametrize(
    ("html", "before", "expected"),
    [
        (
            "<p>a</p><ul><li>Eins</li><li>Zwei</li><li>Drei</li></ul>",
            "Zwei",
            "<p>a</p>\n<ul><li>EinsZwei</li><li>Drei</li></ul>",
        ),
        ("<ol><li>Eins</li><li></li><li>Drei</li></ol>", "", "<ol><li>Eins</li><li>Drei</li></ol>"),
        ('<ul dir="rtl"><li>واحد</li><li>اثنان</li></ul>', "اثنان", '<ul dir="rtl"><li>واحداثنان</li></ul>'),
        (
            "<ul><li>Eins<ul><li>Innen</li></ul></li><li>Zwei</li></ul>",
            "Zwei",
            "<ul><li>Eins<ul><li>InnenZwei</li></ul></li></ul>",
        ),
    ],
)
def test_surface_list_backspace_at_an_item_start_joins_it_to_the_item_before(
    qtbot: QtBot, html: str, before: str, expected: str
) -> None:
    """Backspace at the start of a later item joins it to the item before, as the CMS's editor does: the
    list stays one list (Qt would split it in two). One undo brings the page back exactly."""
    edit = shown_surface(qtbot, html)
    block = edit.document().firstBlock()
    while block.isValid() and (block.textList() is None or block.textList().itemNumber(block) < 1):
        block = block.next()
    if before:
        block = edit.document().find(before, 0).block()
    cursor = edit.textCursor()
    cursor.setPosition(block.position())
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.html() == expected
    edit.undo()
    assert edit.html() == html


def test_surface_list_backspace_at_the_first_item_makes_it_a_paragraph(qtbot: QtBot) -> None:
    """At the first item Backspace takes it out of the list: a paragraph before the rest of the list."""
    edit = shown_surface(qtbot, "<ul><li>Eins</li><li>Zwei</li></ul>")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.html() == "<p>Eins</p>\n<ul><li>Zwei</li></ul>"
