"""Text alignment on the surface: set as the CMS's editor writes it (``text-align`` in the tag's
``style``), shown as the text is read, one undo step, and nothing else of the page changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editor.text.surface.align import aligned, alignment_of
from editor.text.surface.model import Tag
from editor.views.editor.surface.surface_edit import SurfaceEdit
from editor.views.format_actions import FormatToolBar
from tests.views.surface_keys import (
    assert_reloads_and_undoes,
    cursor_after,
    loaded_surface,
    press,
    shown_surface,
    type_text,
)

PAGE = (
    '<div><p class="intro" style="color: #333;">Öffnungszeiten</p>\n<h2>Termine</h2>\n'
    "<ul><li>Montag</li></ul>\n<p>Ende</p></div>"
)


def _select_all(edit: SurfaceEdit) -> None:
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    edit.setTextCursor(cursor)


def test_alignment_style_keeps_other_declarations() -> None:
    """The ``text-align`` declaration is replaced or removed; the rest of the ``style`` stays."""
    tag = Tag.of("p", {"style": "margin:0;TEXT-ALIGN:justify;color:red", "dir": "rtl"})
    assert aligned(tag, "center") == Tag.of(
        "p", {"style": "margin:0;color:red; text-align: center;", "dir": "rtl"}
    )
    assert aligned(tag, None) == Tag.of("p", {"style": "margin:0;color:red;", "dir": "rtl"})
    assert aligned(Tag.of("h2"), "right") == Tag.of("h2", {"style": "text-align: right;"})
    assert aligned(aligned(Tag.of("p"), "right"), None) == Tag.of("p")
    assert alignment_of(tag) == "justify"


def test_alignment_centres_paragraphs_and_headings_not_list_items(qtbot: QtBot) -> None:
    """Centre on a selection of a paragraph, a heading, a list and a paragraph: the paragraphs and the
    heading get ``text-align: center`` (their other attributes kept), the list item keeps its own;
    the blocks are drawn centred; one undo gives the page back byte for byte."""
    edit = shown_surface(qtbot, PAGE)
    _select_all(edit)
    edit.set_alignment("center")
    assert edit.html() == (
        '<div><p class="intro" style="color: #333; text-align: center;">Öffnungszeiten</p>\n'
        '<h2 style="text-align: center;">Termine</h2>\n<ul><li>Montag</li></ul>\n'
        '<p style="text-align: center;">Ende</p></div>'
    )
    block = edit.document().findBlockByNumber(0)
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    cursor_after(edit, "Termine")
    assert edit.format_state()["align_center"]
    assert_reloads_and_undoes(qtbot, edit, 1, PAGE)


def test_alignment_again_returns_to_the_text_direction(qtbot: QtBot) -> None:
    """Right, then back to none: the tag is as it was, the block drawn as its direction has it."""
    edit = shown_surface(qtbot, PAGE)
    cursor_after(edit, "Ende")
    edit.set_alignment("right")
    assert '<p style="text-align: right;">Ende</p>' in edit.html()
    edit.set_alignment(None)
    assert edit.html() == PAGE
    assert not edit.format_state()["align_right"]


def test_alignment_in_an_arabic_pane_left_is_on_the_left(qtbot: QtBot) -> None:
    """In a right-to-left paragraph "left" is written as CSS means it and drawn at the left edge."""
    html = '<div dir="rtl"><p dir="rtl">مكتب الأجانب</p></div>'
    edit = loaded_surface(qtbot, html, rtl=True)
    cursor_after(edit, "الأجانب")
    edit.set_alignment("left")
    assert '<p dir="rtl" style="text-align: left;">مكتب الأجانب</p>' in edit.html()
    fmt = edit.textCursor().block().blockFormat()
    assert fmt.alignment() & Qt.AlignmentFlag.AlignAbsolute
    assert fmt.alignment() & Qt.AlignmentFlag.AlignLeft


def test_alignment_of_a_new_paragraph_typed_here(qtbot: QtBot) -> None:
    """A paragraph typed after the last one can be justified; it is written as a ``p`` with the style."""
    edit = shown_surface(qtbot, "<p>Eins</p>")
    cursor_after(edit, "Eins")
    press(edit, Qt.Key.Key_Return, "\r")
    type_text(edit, "Zwei")
    edit.set_alignment("justify")
    assert edit.html() == '<p>Eins</p>\n<p style="text-align: justify;">Zwei</p>'


def test_alignment_from_the_toolbar_toggles_and_shows_the_state(qtbot: QtBot) -> None:
    """The toolbar's Alignment menu: Ctrl+E centres, its action shows checked at the cursor, and
    choosing it again removes the alignment."""
    edit = shown_surface(qtbot, PAGE)
    bar = FormatToolBar(lambda: edit, None)
    qtbot.addWidget(bar)
    cursor_after(edit, "Termine")
    centre = bar.align_actions["center"]
    assert centre.shortcut().toString() == "Ctrl+E"
    centre.trigger()
    assert '<h2 style="text-align: center;">Termine</h2>' in edit.html()
    assert centre.isChecked()
    centre.trigger()
    assert edit.html() == PAGE
    assert not centre.isChecked()
