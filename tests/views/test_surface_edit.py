"""Typing, formatting, links, paste and undo on the editing surface, in German and Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.views.editor.surface.links import link_at, remove_link, set_link
from editor.views.editor.surface.surface_edit import SurfaceEdit
from tests.views.surface_keys import shown_surface, type_text

AR_HREF = "https://cms.example/stadt/ar/%D8%A7%D9%84%D9%84%D8%BA%D8%A9/"
AR_WORK = "https://integreat.app/ostwald/ar/%D8%A7%D9%84%D8%B9%D9%85%D9%84/"


@pytest.fixture
def edit(qtbot: QtBot) -> SurfaceEdit:
    """A shown surface with the focus."""
    return shown_surface(qtbot)


def load(edit: SurfaceEdit, html: str, rtl: bool = False) -> None:
    """Load ``html`` and put the cursor at the end of the text."""
    edit.set_right_to_left(rtl)
    edit.load_html(html)
    edit.moveCursor(QTextCursor.MoveOperation.End)


def select(edit: SurfaceEdit, start: int, end: int) -> None:
    """Select document positions ``start``..``end``."""
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def test_surface_edit_untouched_page_gives_back_the_loaded_html(edit: SurfaceEdit) -> None:
    """Opening a page and reading it back changes nothing, byte for byte (wrapper and spacing kept)."""
    link = f'<a href="{AR_HREF}">اللغة</a>'
    card = '<div data-contact-id="3" class="contact-card"><h4>Frau Muster</h4></div>'
    html = f'<div><p dir="rtl"  class="a">مرحبا {link}</p>\n\n<ul><li>x</li></ul>{card}<hr></div>'
    load(edit, html, rtl=True)
    assert edit.html() == html


def test_surface_edit_typing_changes_only_the_touched_block(edit: SurfaceEdit, qtbot: QtBot) -> None:
    """German typing at the end rewrites the last paragraph; the first stays exactly as stored."""
    load(edit, '<p id="a"  class="x">Eins &amp; zwei</p>\n<p>Drei</p>')
    qtbot.keyClicks(edit, " und vier")
    assert edit.html() == '<p id="a"  class="x">Eins &amp; zwei</p>\n<p>Drei und vier</p>'


def test_surface_edit_enter_in_arabic_makes_a_paragraph_with_dir_rtl(edit: SurfaceEdit, qtbot: QtBot) -> None:
    """Enter starts a new paragraph; typed Arabic gets dir="rtl" like its siblings."""
    load(edit, '<p dir="rtl">مرحبا</p>', rtl=True)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "سلام")
    assert edit.html() == '<p dir="rtl">مرحبا</p>\n<p dir="rtl">سلام</p>'


def test_surface_edit_shift_enter_is_a_line_break(edit: SurfaceEdit, qtbot: QtBot) -> None:
    """Shift+Enter inserts <br> inside the paragraph."""
    load(edit, "<p>Zeile</p>")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "zwei")
    assert edit.html() == "<p>Zeile<br>zwei</p>"


def test_surface_edit_enter_in_list_adds_item_and_empty_item_leaves(edit: SurfaceEdit, qtbot: QtBot) -> None:
    """Enter in a list item makes the next item; Enter on an empty item ends the list."""
    load(edit, "<ul><li>eins</li></ul>")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "zwei")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "danach")
    assert edit.html() == "<ul><li>eins</li><li>zwei</li></ul>\n<p>danach</p>"


def test_surface_edit_bold_italic_toggle_and_undo(edit: SurfaceEdit) -> None:
    """Bold and italic apply to the selection, show in the state, and undo step by step."""
    load(edit, "<p>ein Wort hier</p>")
    select(edit, 4, 8)
    edit.toggle_bold()
    assert edit.format_state()["bold"]
    edit.toggle_italic()
    assert edit.html() == "<p>ein <strong><em>Wort</em></strong> hier</p>"
    edit.toggle_bold()
    assert edit.html() == "<p>ein <em>Wort</em> hier</p>"
    edit.undo()
    edit.undo()
    assert edit.html() == "<p>ein <strong>Wort</strong> hier</p>"
    edit.undo()
    assert edit.html() == "<p>ein Wort hier</p>"


def test_surface_edit_heading_and_list_in_arabic(edit: SurfaceEdit) -> None:
    """H2 and a bulleted list made in an RTL pane carry the page's dir="rtl" convention."""
    load(edit, '<p dir="rtl">عنوان</p><p dir="rtl">بند</p>', rtl=True)
    edit.set_heading(2)
    assert edit.format_state()["h2"]
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    edit.toggle_list(False)
    assert edit.format_state()["bullets"]
    assert edit.html() == '<ul dir="rtl"><li>عنوان</li></ul>\n<h2 dir="rtl">بند</h2>'


def test_surface_edit_link_set_edit_and_remove(edit: SurfaceEdit) -> None:
    """A selection becomes a link; Ctrl+K inside it edits that link (no nesting); removing keeps text."""
    load(edit, '<p dir="rtl">اقرأ اللغة هنا</p>', rtl=True)
    select(edit, 5, 10)
    set_link(edit.commands, edit.textCursor(), "اللغة", AR_HREF)
    assert edit.html() == f'<p dir="rtl">اقرأ <a href="{AR_HREF}">اللغة</a> هنا</p>'
    select(edit, 7, 7)
    found = link_at(edit.commands, edit.textCursor())
    assert found is not None
    assert found.href == AR_HREF
    set_link(edit.commands, edit.textCursor(), "اللغة", "https://example.org/")
    assert edit.html() == '<p dir="rtl">اقرأ <a href="https://example.org/">اللغة</a> هنا</p>'
    assert remove_link(edit.commands, edit.textCursor())
    assert edit.html() == '<p dir="rtl">اقرأ اللغة هنا</p>'


def test_surface_edit_link_tooltip_shows_the_decoded_address(edit: SurfaceEdit) -> None:
    """The address is stored percent-encoded but shown decoded (tooltip)."""
    load(edit, f'<p><a href="{AR_HREF}">x</a></p>')
    cursor = QTextCursor(edit.document())
    cursor.setPosition(1)
    assert cursor.charFormat().toolTip() == "https://cms.example/stadt/ar/اللغة/"
    assert cursor.charFormat().anchorHref() == AR_HREF


def test_surface_edit_paste_from_word_is_cleaned(edit: SurfaceEdit) -> None:
    """Pasted HTML loses styles, classes, Office tags and scripts; formatting the CMS accepts stays."""
    load(edit, "<p>Anfang </p>")
    data = QMimeData()
    data.setHtml(
        '<meta charset="utf-8"><p class="MsoNormal" style="margin:0"><b>fett</b> '
        '<span style="color:red">rot</span><o:p></o:p><script>x()</script></p>'
    )
    edit.insertFromMimeData(data)
    assert edit.html() == "<p>Anfang <b>fett</b> rot</p>"


def test_surface_edit_plain_paste(edit: SurfaceEdit, qtbot: QtBot) -> None:
    """Ctrl+Shift+V pastes text only, lines as paragraphs."""
    load(edit, "<p><strong>fett</strong></p>")
    edit.moveCursor(QTextCursor.MoveOperation.End)
    QGuiApplication.clipboard().setText(" eins\nzwei")
    qtbot.keyClick(
        edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert edit.html() == "<p><strong>fett eins</strong></p>\n<p><strong>zwei</strong></p>"


def test_surface_edit_chip_is_deleted_whole_and_typing_after_it_is_text(
    edit: SurfaceEdit, qtbot: QtBot
) -> None:
    """A notranslate chip is one character: typing after it is plain text, Backspace removes it whole."""
    load(edit, '<p>Im <span class="notranslate" translate="no" dir="ltr">Jobcenter</span></p>')
    qtbot.keyClicks(edit, " heute")
    assert edit.html() == (
        '<p>Im <span class="notranslate" dir="ltr" translate="no">Jobcenter</span> heute</p>'
    )
    for _ in range(len(" heute") + 1):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.html() == "<p>Im </p>"


@pytest.mark.parametrize("language", ["de", "ar", "fa", "en", "uk"])
def test_surface_edit_every_demo_page_comes_back_byte_identical(edit: SurfaceEdit, language: str) -> None:
    """Every page of the demo region (CMS-shaped HTML) reads back exactly as stored when untouched."""
    import json

    from editor.resources import resources_dir

    pages = json.loads((resources_dir() / "demo" / "pages" / f"{language}.json").read_text(encoding="utf-8"))
    for page in pages:
        load(edit, page["content"], rtl=language in ("ar", "fa"))
        assert edit.html() == page["content"], page["path"]


def test_surface_edit_contact_card_is_drawn_as_a_card(edit: SurfaceEdit) -> None:
    """A contact card is one protected character laid out with its card's size (name and details)."""
    load(edit, '<p>Kontakt</p><div data-contact-id="3"><h4>Frau Muster</h4><ul><li>Tel. 123</li></ul></div>')
    block = edit.document().lastBlock()
    assert block.text() == "\ufffc"
    rect = edit.document().documentLayout().blockBoundingRect(block)
    assert rect.height() > 2 * edit.fontMetrics().height()
    assert edit.html() == (
        '<p>Kontakt</p><div data-contact-id="3"><h4>Frau Muster</h4><ul><li>Tel. 123</li></ul></div>'
    )


def test_surface_edit_enter_after_a_heading_starts_a_paragraph(edit: SurfaceEdit, qtbot: QtBot) -> None:
    """Enter at the end of a heading continues with a normal paragraph (same dir), one undo step."""
    load(edit, '<h2 dir="rtl">عنوان</h2>', rtl=True)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "نص")
    assert edit.html() == '<h2 dir="rtl">عنوان</h2>\n<p dir="rtl">نص</p>'
    assert not edit.format_state()["h2"]


def test_surface_edit_cut_and_paste_moves_chips_links_and_marks_whole(edit: SurfaceEdit) -> None:
    """Cutting a passage with a chip, a link and bold text and pasting it elsewhere keeps all of it."""
    load(
        edit,
        '<p>A <b>fett</b> <a href="/x/" class="k">L</a> <span class="notranslate">VHS</span>.</p><p>Ende</p>',
    )
    select(edit, 2, 11)  # "fett L ￼."
    data = edit.createMimeDataFromSelection()
    assert data.text() == "fett L ."
    edit.textCursor().removeSelectedText()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    edit.insertFromMimeData(data)
    moved = '<b>fett</b> <a class="k" href="/x/">L</a> <span class="notranslate">VHS</span>.'
    assert edit.html() == f"<p>A </p>\n<p>Ende{moved}</p>"


def test_surface_edit_long_page_opens_whole(edit: SurfaceEdit, qtbot: QtBot) -> None:
    """A long page is whole as soon as it is loaded; typing at once edits it; old documents are freed."""
    html = "<div>" + "\n".join(f"<p>Absatz {n}</p>" for n in range(100)) + "</div>"
    edit.load_html(html)
    assert edit.document().blockCount() == 100
    assert edit.html() == html
    first = edit.document()
    edit.load_html(html)
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    edit.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    qtbot.keyClicks(edit, "!")
    assert edit.html() == html.replace("Absatz 0<", "Absatz 0!<")
    destroyed: list[bool] = []
    first.destroyed.connect(lambda: destroyed.append(True))
    qtbot.waitUntil(lambda: bool(destroyed))  # the replaced page's document does not stay in memory


def test_surface_edit_text_typed_after_a_contact_card_stays_after_it(edit: SurfaceEdit) -> None:
    """Typing at the very end of a page that ends with a contact card saves the text after the card."""
    card = '<div data-contact-id="3"><h4>Frau Muster</h4></div>'
    load(edit, f'<p dir="rtl">تماس</p>{card}', rtl=True)
    type_text(edit, "سلام")
    assert edit.html() == f'<p dir="rtl">تماس</p>\n{card}\n<p dir="rtl">سلام</p>'


def test_surface_edit_text_typed_before_a_contact_card_stays_before_it(edit: SurfaceEdit) -> None:
    """Typing in the card's line before the card saves the text before the card, the card unchanged."""
    card = '<div data-contact-id="3"><h4>Frau Muster</h4></div>'
    load(edit, f"<p>Kontakt</p>{card}")
    edit.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    type_text(edit, "Hallo")
    assert edit.html() == f"<p>Kontakt</p>\n<p>Hallo</p>\n{card}"


def test_surface_edit_ctrl_b_while_typing_switches_bold_on_and_off(edit: SurfaceEdit, qtbot: QtBot) -> None:
    """As in Word: Ctrl+B, type, Ctrl+B, type gives one bold word; the toolbar state follows each switch."""
    load(edit, "<p>Eins</p>")
    qtbot.keyClicks(edit, " normal ")
    edit.toggle_bold()
    assert edit.format_state()["bold"]
    qtbot.keyClicks(edit, "fett")
    edit.toggle_bold()
    assert not edit.format_state()["bold"]
    qtbot.keyClicks(edit, " weiter")
    assert edit.html() == "<p>Eins normal <strong>fett</strong> weiter</p>"


def test_surface_edit_ctrl_b_inside_a_word_bolds_that_word(edit: SurfaceEdit) -> None:
    """With the cursor inside a word and nothing selected, Ctrl+B makes the whole word bold (again: off)."""
    load(edit, "<p>Eins zwei drei</p>")
    cursor = edit.textCursor()
    cursor.setPosition(7)  # zw|ei
    edit.setTextCursor(cursor)
    edit.toggle_bold()
    assert edit.html() == "<p>Eins <strong>zwei</strong> drei</p>"
    edit.toggle_bold()
    assert edit.html() == "<p>Eins zwei drei</p>"


def test_surface_edit_page_with_bare_inline_content_keeps_untouched_blocks_exact(edit: SurfaceEdit) -> None:
    """Inline elements straight at the top level do not cost the other blocks their exact source."""
    load(edit, '<p  class="a">Eins</p><b>fett</b> lose<p>Zwei</p>')
    type_text(edit, "!")
    assert edit.html() == '<p  class="a">Eins</p><b>fett</b> lose<p>Zwei!</p>'


def test_surface_edit_rtl_page_wrapper_is_edited_as_text(edit: SurfaceEdit, qtbot: QtBot) -> None:
    """A CMS page inside <div dir="rtl"> with a list shows its text (no chip naming the div), comes back
    byte for byte, and an edit keeps the wrapper and every other block."""
    html = (
        '<div dir="rtl"><h2 dir="rtl">تسجيل السكن</h2><p dir="rtl">سجّلوا '
        f'<a href="{AR_WORK}" class="link-external">العمل</a>'
        '.</p><ul dir="rtl"><li>جواز السفر</li><li>تأكيد المؤجر</li></ul></div>'
    )
    load(edit, html, rtl=True)
    assert "div:" not in edit.toPlainText()
    assert "تسجيل السكن" in edit.toPlainText()
    assert "جواز السفر" in edit.toPlainText()
    assert edit.html() == html
    type_text(edit, " جديد")
    assert edit.html() == (
        '<div dir="rtl"><h2 dir="rtl">تسجيل السكن</h2>\n<p dir="rtl">سجّلوا '
        f'<a href="{AR_WORK}" class="link-external">العمل</a>'
        '.</p>\n<ul dir="rtl"><li>جواز السفر</li><li>تأكيد المؤجر جديد</li></ul></div>'
    )


def test_surface_edit_context_menu_of_an_arabic_page_is_laid_out_as_the_interface(edit: SurfaceEdit) -> None:
    """The Arabic page is right to left; its context menu (German or English words) is not mirrored."""
    load(edit, '<p dir="rtl">مرحبا بكم</p>', rtl=True)
    assert edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    menu = edit.createStandardContextMenu(edit.cursorRect().center())
    menu.popup(edit.mapToGlobal(edit.cursorRect().center()))  # a menu shown takes its widget's direction
    QApplication.processEvents()
    assert menu.layoutDirection() == QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert menu.actions()
    menu.close()
    menu.deleteLater()


def test_surface_edit_paragraphs_typed_on_an_empty_page_are_spaced_as_loaded_ones(
    edit: SurfaceEdit, qtbot: QtBot
) -> None:
    """A new page: the paragraphs typed have the space between them that they have once saved and
    opened again (they were drawn as lines without spacing until then); the HTML is the same."""
    load(edit, "")
    type_text(edit, "Eins")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "Zwei")
    assert edit.html() == "<p>Eins</p>\n<p>Zwei</p>"
    typed = [edit.document().findBlockByNumber(n).blockFormat() for n in (0, 1)]
    load(edit, edit.html())
    loaded = [edit.document().findBlockByNumber(n).blockFormat() for n in (0, 1)]
    assert [(f.topMargin(), f.bottomMargin()) for f in typed] == [
        (f.topMargin(), f.bottomMargin()) for f in loaded
    ]
    assert loaded[0].bottomMargin() > 0
