"""Table cells holding paragraphs and lists on the surface: shown as text, edited, written back exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from editor.text.normal_form import first_difference
from editor.text.surface import to_html
from editor.views.editor.surface.records import OBJECT_CHAR
from editor.views.editor.surface.surface_edit import SurfaceEdit
from editor.views.editor.surface.tables import TABLE_COMMANDS
from tests.text.test_surface_table_cells import CONTACT_AR, HOURS_DE, table_html
from tests.views.surface_keys import (
    assert_reloads_and_undoes,
    cursor_after,
    loaded_surface,
    shown_surface,
    type_text,
)

#: Written in the canonical form (attributes sorted, no whitespace between elements), so an edited
#: table is expected as this string with the edit.
TABLE = (
    '<table class="zeiten"><tbody><tr><th style="text-align: center;">Tag</th>'
    "<th>Zeiten</th></tr><tr><td>Montag</td><td><ul><li>9–12 Uhr</li><li>14–16 Uhr</li></ul></td></tr>"
    '<tr><td>Dienstag</td><td style="text-align: right;"><p id="z">geschlossen</p><p>Termin: 123</p></td>'
    "</tr></tbody></table>"
)
PAGE = f"<div><p>Öffnungszeiten</p>\n{TABLE}\n<p>Ende</p></div>"


def _blocks(edit: SurfaceEdit) -> list[QTextBlock]:
    out, block = [], edit.document().firstBlock()
    while block.isValid():
        out.append(block)
        block = block.next()
    return out


def _block_of(edit: SurfaceEdit, text: str) -> QTextBlock:
    return next(block for block in _blocks(edit) if block.text() == text)


def test_surface_table_block_cells_are_text_not_a_chip(qtbot: QtBot) -> None:
    """Each paragraph and list item of a cell is a line of text in its cell (list items with bullets);
    the untouched page reads back byte for byte."""
    edit = shown_surface(qtbot, PAGE)
    assert OBJECT_CHAR not in edit.toPlainText()
    texts = [(block.text(), block.textList() is not None) for block in _blocks(edit)]
    assert ("9–12 Uhr", True) in texts
    assert ("14–16 Uhr", True) in texts
    assert ("geschlossen", False) in texts
    first, second = _block_of(edit, "geschlossen"), _block_of(edit, "Termin: 123")
    table = edit.textCursor().document().rootFrame().childFrames()[0]
    assert table.firstPosition() < first.position() < second.position() < table.lastPosition()
    assert edit.html() == PAGE


def test_surface_table_block_cells_show_text_align(qtbot: QtBot) -> None:
    """text-align on a cell aligns its text and the paragraphs in it; left/right stay where they are in
    a right-to-left table."""
    edit = shown_surface(qtbot, PAGE)
    align = Qt.AlignmentFlag
    assert _block_of(edit, "Tag").blockFormat().alignment() == align.AlignHCenter
    assert _block_of(edit, "Termin: 123").blockFormat().alignment() == align.AlignRight | align.AlignAbsolute
    assert _block_of(edit, "Zeiten").blockFormat().alignment() == align.AlignLeft  # Qt's default
    edit.set_right_to_left(True)
    edit.load_html(CONTACT_AR)
    address = _block_of(edit, "مكتب الاندماج")
    assert address.blockFormat().alignment() == align.AlignJustify
    assert address.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _block_of(edit, "بموعد").textList() is not None
    assert edit.html() == CONTACT_AR


def test_surface_table_typing_in_a_cells_list_item_writes_that_item(qtbot: QtBot) -> None:
    """Typing in a list item of a cell changes that item; the table keeps every attribute."""
    edit = shown_surface(qtbot, PAGE)
    cursor_after(edit, "14–16 Uhr")
    type_text(edit, " (Termin)")
    assert edit.html() == PAGE.replace("14–16 Uhr", "14–16 Uhr (Termin)")


def test_surface_table_enter_in_a_cells_paragraph_and_list(qtbot: QtBot) -> None:
    """Enter after a cell's paragraph starts a paragraph in the same cell (without the first one's id);
    Enter after a cell's list item starts an item; undo restores the page byte for byte."""
    edit = shown_surface(qtbot, PAGE)
    cursor_after(edit, "geschlossen")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "auch mittwochs")
    cursor_after(edit, "14–16 Uhr")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "18–20 Uhr")
    expected = PAGE.replace(
        '<p id="z">geschlossen</p>', '<p id="z">geschlossen</p><p>auch mittwochs</p>'
    ).replace("<li>14–16 Uhr</li>", "<li>14–16 Uhr</li><li>18–20 Uhr</li>")
    assert edit.html() == expected
    while edit.document().isUndoAvailable():
        edit.undo()
    assert edit.html() == PAGE


def test_surface_table_list_made_in_a_text_cell_writes_a_list(qtbot: QtBot) -> None:
    """A bulleted list made in a cell of plain text writes the cell as a list; Arabic typed into a
    cell paragraph of a right-to-left table lands in that paragraph."""
    edit = shown_surface(qtbot, PAGE)
    cursor_after(edit, "Montag")
    edit.toggle_list(ordered=False)
    assert "<tr><td><ul><li>Montag</li></ul></td><td><ul><li>9–12 Uhr" in edit.html()
    edit.set_right_to_left(True)
    edit.load_html(CONTACT_AR)
    cursor_after(edit, "صباحاً")
    type_text(edit, " فقط")
    assert first_difference(edit.html(), CONTACT_AR.replace("صباحاً", "صباحاً فقط")) is None


def test_surface_table_rows_added_to_a_table_of_block_cells(qtbot: QtBot) -> None:
    """Row commands work on a table whose cells hold blocks: the new row is plain text cells, the
    block cells stay as they were."""
    edit = shown_surface(qtbot, PAGE)
    cursor_after(edit, "9–12 Uhr")
    edit.table_command("row_below")
    assert "</ul></td></tr><tr><td></td><td></td></tr><tr><td>Dienstag</td>" in edit.html()


def test_surface_table_arabic_page_with_block_cells_round_trips(qtbot: QtBot) -> None:
    """The German opening hours (whitespace between the tags, as the CMS's editor writes them) and the
    Arabic contact table load as text in a right-to-left pane and read back byte for byte."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.set_right_to_left(True)
    page = f'<div dir="rtl"><h2 dir="rtl">اتصال</h2>\n{CONTACT_AR}\n{HOURS_DE}</div>'
    edit.load_html(page)
    assert OBJECT_CHAR not in edit.toPlainText()
    assert edit.html() == page


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(html=table_html())
def test_surface_generated_block_cell_tables_survive_the_document(qtbot: QtBot, html: str) -> None:
    """Generated tables of inline and block cells come back from the document exactly, in a
    left-to-right and a right-to-left pane."""
    for rtl in (False, True):
        edit = loaded_surface(qtbot, html, rtl)
        assert edit.html() == html
        blocks = edit.blocks()
        for block in blocks:  # written from the document's model, not from the source
            block.source = ""
        assert first_difference(html, to_html(blocks)) is None


def test_surface_table_heading_made_in_a_cell_keeps_the_cell(qtbot: QtBot) -> None:
    """A heading made from a cell's first paragraph keeps the cell's attributes and span (the first
    block's char format is the cell's own format, where its record lives)."""
    html = (
        '<table><tbody><tr><td class="a" colspan="2">A</td></tr>'
        "<tr><td>B</td><td><p>C</p></td></tr></tbody></table>"
    )
    edit = shown_surface(qtbot, html)
    cursor_after(edit, "A")
    edit.set_heading(2)
    cursor_after(edit, "C")
    edit.set_heading(3)
    assert edit.html() == html.replace(">A<", "><h2>A</h2><").replace("<p>C</p>", "<h3>C</h3>")


def test_surface_table_paste_of_a_list_into_cells(qtbot: QtBot) -> None:
    """A pasted paragraph and list land in the cell as blocks: into an empty cell, and after a cell's
    text (which becomes the cell's first paragraph); the cells keep their attributes."""
    html = '<table><tbody><tr><td class="a">A</td><td class="b"></td></tr></tbody></table>'
    edit = shown_surface(qtbot, html)
    pasted = "<p>x</p><ul><li>eins</li><li>zwei</li></ul>"
    cursor = edit.textCursor()
    cursor.setPosition(edit.document().rootFrame().childFrames()[0].cellAt(0, 1).firstPosition())
    edit.setTextCursor(cursor)
    data = QMimeData()
    data.setHtml(pasted)
    edit.insertFromMimeData(data)
    assert edit.html() == html.replace('"b"></td>', f'"b">{pasted}</td>')
    edit.load_html(html)
    cursor_after(edit, "A")
    edit.insertFromMimeData(data)
    assert edit.html() == html.replace(">A<", "><p>Ax</p><ul><li>eins</li><li>zwei</li></ul><")


@pytest.mark.parametrize(
    "html",
    [
        "<table><tbody><tr><td><p></p></td><td><ul><li></li></ul></td></tr></tbody></table>",
        '<table><tbody><tr><th rowspan="2"><h4>Zeit</h4><ol start="3"><li>a</li></ol></th>'
        '<td colspan="2"><div class="x">d</div><p>e</p></td></tr>'
        "<tr><td>f</td><td>g</td></tr></tbody></table>",
        '<table><tbody><tr><td dir="ltr"><p>Integreat <span class="notranslate" translate="no">App</span>'
        "</p><ul><li><p>x</p></li></ul></td><td>a<br>b</td></tr></tbody></table>",
    ],
)
def test_surface_table_block_cell_edge_cases_read_back_exactly(qtbot: QtBot, html: str) -> None:
    """Empty paragraphs and items, headings, divs, merged cells holding blocks, chips inside a cell
    paragraph: shown as text in both directions, read back byte for byte and canonically."""
    for rtl in (False, True):
        edit = loaded_surface(qtbot, html, rtl)
        assert edit.html() == html
        blocks = edit.blocks()
        blocks[0].source = ""
        assert to_html(blocks) == html


_COMMANDS = st.lists(
    st.tuples(st.sampled_from(TABLE_COMMANDS), st.integers(0, 20), st.integers(0, 20)), max_size=6
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(commands=_COMMANDS)
def test_surface_table_structure_edits_keep_block_cells(qtbot: QtBot, commands: list) -> None:
    """Row and column commands on a table of block cells write a table the surface models again (no
    chip, the same HTML after a reload); undoing them all gives back the page byte for byte."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.load_html(PAGE)
    done = 0
    for name, row, column in commands:
        frames = edit.document().rootFrame().childFrames()
        if not frames:
            break  # the last row or column went, and the table with it
        table = frames[0]
        cell = table.cellAt(row % table.rows(), column % table.columns())
        edit.table_command(name, cell.firstPosition())
        done += 1
    assert_reloads_and_undoes(qtbot, edit, done, PAGE)
