"""Table structure on the surface: rows and columns inserted and deleted, read back through the mapping."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.views.editor.surface.surface_edit import SurfaceEdit
from editor.views.editor.surface.table_order import row_in_reading_order
from editor.views.editor.surface.tables import TABLE_COMMANDS
from tests.views.surface_keys import assert_reloads_and_undoes, cursor_after, press, shown_surface

TABLE = (
    '<table class="t" dir="rtl"><thead><tr class="h"><th scope="col">Tag</th><th scope="col">Zeit</th></tr>'
    '</thead><tbody><tr><td style="width: 50%;">Mo</td><td>9–12</td></tr>'
    '<tr><td class="x">Di</td><td>14–16</td></tr></tbody></table>'
)
PAGE = f'<div><p class="intro">Öffnungszeiten</p>\n{TABLE}\n<p>Ende</p></div>'


@pytest.fixture
def edit(qtbot: QtBot) -> SurfaceEdit:
    """A shown surface holding a paragraph, a table with thead/tbody and attributes, a paragraph."""
    return shown_surface(qtbot, PAGE)


cell_cursor = cursor_after  # the cursor into the cell holding a text


def test_surface_table_untouched_table_is_byte_identical(edit: SurfaceEdit) -> None:
    """A page whose table nobody touched reads back as it was loaded, byte for byte."""
    assert edit.html() == PAGE


def test_surface_table_row_below_keeps_structure_and_attributes(edit: SurfaceEdit) -> None:
    """A row inserted below a body row is a plain tr of td cells; thead, tbody and every old cell stay."""
    cell_cursor(edit, "Mo")
    edit.table_command("row_below")
    cell_cursor(edit, "Di")  # the new row sits between Mo and Di: type into it from Di's row, one up
    cursor = edit.textCursor()
    table = cursor.currentTable()
    cursor.setPosition(row_in_reading_order(table, 2)[0].firstPosition())  # its first cell, from the right
    edit.setTextCursor(cursor)
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "Mi"))
    html = edit.html()
    assert (
        '<tbody><tr><td style="width: 50%;">Mo</td><td>9–12</td></tr><tr><td>Mi</td><td></td></tr>'
        '<tr><td class="x">Di</td><td>14–16</td></tr></tbody>'
    ) in html
    assert '<thead><tr class="h"><th scope="col">Tag</th><th scope="col">Zeit</th></tr></thead>' in html
    assert html.startswith('<div><p class="intro">Öffnungszeiten</p>\n<table class="t" dir="rtl">')
    assert html.endswith("\n<p>Ende</p></div>")


def test_surface_table_row_above_a_header_row_stays_in_the_header(edit: SurfaceEdit) -> None:
    """A row inserted above the header row belongs to thead and has th cells (its neighbour's kind)."""
    cell_cursor(edit, "Tag")
    edit.table_command("row_above")
    assert '<thead><tr><th></th><th></th></tr><tr class="h"><th scope="col">Tag</th>' in edit.html()


def test_surface_table_columns_inserted_left_and_right_by_what_is_seen(edit: SurfaceEdit) -> None:
    """In a right-to-left table "right" inserts before the cell (it is drawn to its right); each row
    gets a cell of its own kind, the existing cells keep their attributes."""
    cell_cursor(edit, "Mo")
    edit.table_command("column_right")
    html = edit.html()
    assert '<tr class="h"><th></th><th scope="col">Tag</th><th scope="col">Zeit</th></tr>' in html
    assert '<tr><td></td><td style="width: 50%;">Mo</td><td>9–12</td></tr>' in html
    assert '<tr><td></td><td class="x">Di</td><td>14–16</td></tr>' in html
    edit.undo()
    assert edit.html() == PAGE
    cell_cursor(edit, "Mo")
    edit.table_command("column_left")
    assert '<tr><td style="width: 50%;">Mo</td><td></td><td>9–12</td></tr>' in edit.html()


def test_surface_table_delete_row_and_column_then_undo(edit: SurfaceEdit) -> None:
    """Deleting a row and a column keeps the rest exact; undo brings back the page byte for byte."""
    cell_cursor(edit, "Mo")
    edit.table_command("delete_row")
    html = edit.html()
    assert '<tbody><tr><td class="x">Di</td><td>14–16</td></tr></tbody>' in html
    cell_cursor(edit, "Zeit")
    edit.table_command("delete_column")
    assert (
        '<table class="t" dir="rtl"><thead><tr class="h"><th scope="col">Tag</th></tr></thead>'
        '<tbody><tr><td class="x">Di</td></tr></tbody></table>'
    ) in edit.html()
    edit.undo()
    edit.undo()
    assert edit.html() == PAGE
    edit.redo()
    assert '<tbody><tr><td class="x">Di</td><td>14–16</td></tr></tbody>' in edit.html()


def test_surface_table_deleting_the_last_column_removes_the_table(qtbot: QtBot) -> None:
    """Deleting the only column takes the table away (as in Word); the paragraphs around it stay."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.load_html(
        "<p>Vor</p>\n<table><tbody><tr><td>A</td></tr><tr><td>B</td></tr></tbody></table>\n<p>Nach</p>"
    )
    cell_cursor(edit, "A")
    edit.table_command("delete_column")
    assert edit.html() == "<p>Vor</p>\n<p>Nach</p>"


def test_surface_table_tab_moves_through_cells_and_adds_a_row_at_the_end(edit: SurfaceEdit) -> None:
    """Tab selects the next cell, Shift+Tab the previous; Tab in the last cell adds a row to type in."""
    cell_cursor(edit, "Mo")
    press(edit, Qt.Key.Key_Tab, "\t")
    assert edit.textCursor().selectedText() == "9–12"
    press(edit, Qt.Key.Key_Backtab, "", Qt.KeyboardModifier.ShiftModifier)
    assert edit.textCursor().selectedText() == "Mo"
    cell_cursor(edit, "14–16")
    press(edit, Qt.Key.Key_Tab, "\t")
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "Sa"))
    assert '<tr><td class="x">Di</td><td>14–16</td></tr><tr><td>Sa</td><td></td></tr></tbody>' in edit.html()
    assert "\t" not in edit.html()


def test_surface_table_context_menu_offers_the_commands_in_a_cell(edit: SurfaceEdit) -> None:
    """The context menu of a table cell has the row and column commands; elsewhere it has none."""
    cell_cursor(edit, "Mo")
    rect = edit.cursorRect()
    menu = edit.createStandardContextMenu(rect.center())
    actions = {action.objectName(): action for action in menu.findChildren(QAction)}
    assert {"table_row_above", "table_delete_column"} <= actions.keys()
    action = actions["table_row_below"]
    action.trigger()
    assert "<tr><td></td><td></td></tr>" in edit.html()
    cell_cursor(edit, "Ende")
    outside = edit.createStandardContextMenu(edit.cursorRect().center())
    assert not any(a.objectName().startswith("table_") for a in outside.findChildren(QAction))


def test_surface_table_cursor_between_cells_does_not_change_the_text(edit: SurfaceEdit) -> None:
    """Moving with Tab through the table changes nothing: the page is still byte-identical."""
    cell_cursor(edit, "Tag")
    for _ in range(5):
        press(edit, Qt.Key.Key_Tab, "\t")
    edit.moveCursor(QTextCursor.MoveOperation.End)
    assert edit.html() == PAGE


def test_surface_table_read_only_page_takes_no_structure_change(edit: SurfaceEdit) -> None:
    """A read-only page gets no row from Tab in its last cell nor from a table command."""
    edit.setReadOnly(True)
    cell_cursor(edit, "14–16")
    press(edit, Qt.Key.Key_Tab, "\t")
    edit.table_command("row_below")
    assert edit.html() == PAGE


_COMMANDS = st.lists(
    st.tuples(st.sampled_from(TABLE_COMMANDS), st.integers(0, 20), st.integers(0, 20)), max_size=8
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(commands=_COMMANDS)
def test_surface_table_any_structure_edits_map_back_and_undo_exactly(qtbot: QtBot, commands: list) -> None:
    """Any sequence of row/column commands writes a table the surface models again exactly (no chip,
    the same HTML after a reload), and undoing them all gives back the page byte for byte."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.load_html(PAGE)
    done = 0
    for name, row, column in commands:
        cursor = edit.document().find("Öffnungszeiten", 0, QTextDocument.FindFlag.FindCaseSensitively)
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        table = cursor.currentTable()
        if table is None:
            break  # the last row or column went, and the table with it
        cell = table.cellAt(row % table.rows(), column % table.columns())
        edit.table_command(name, cell.firstPosition())
        done += 1
    assert_reloads_and_undoes(qtbot, edit, done, PAGE)


SPANNED = (
    '<table><tbody><tr><td colspan="2">AB</td><td>C</td></tr>'
    '<tr><td rowspan="2">D</td><td>E</td><td>F</td></tr><tr><td>H</td><td>I</td></tr></tbody></table>'
)


@pytest.mark.parametrize("name", TABLE_COMMANDS)
def test_surface_table_with_merged_cells_takes_no_structure_change(qtbot: QtBot, name: str) -> None:
    """A table with merged cells (colspan/rowspan) is not restructured: a row or column command would have
    to re-span the merged cells, or it writes a misaligned table or deletes other columns' cells.
    Its text can still be typed; the commands are not offered there."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.load_html(SPANNED)
    cell_cursor(edit, "E")
    edit.table_command(name)
    assert edit.html() == SPANNED
    assert not edit.format_state()["table"]
    assert edit.format_state()["merged_table"]  # the toolbar says why its Table menu is off
    menu = edit.createStandardContextMenu(edit.cursorRect().center())
    assert not any(a.objectName().startswith("table_") for a in menu.findChildren(QAction))
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "x"))
    assert edit.html() == SPANNED.replace(">E<", ">Ex<")


def test_surface_table_merged_cells_are_drawn_merged_where_a_browser_puts_them(qtbot: QtBot) -> None:
    """colspan and rowspan become merged cells at the places HTML's table model gives them (a cell
    takes the next free column of its row), so every cell is drawn under the right heading; typing in
    a merged cell changes only its text."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.load_html(SPANNED)
    cell_cursor(edit, "E")
    qtable = edit.textCursor().currentTable()
    assert qtable is not None
    assert (qtable.rows(), qtable.columns()) == (3, 3)
    spans = {
        edit.document().findBlock(qtable.cellAt(r, c).firstPosition()).text(): (
            qtable.cellAt(r, c).row(),
            qtable.cellAt(r, c).column(),
            qtable.cellAt(r, c).rowSpan(),
            qtable.cellAt(r, c).columnSpan(),
        )
        for r in range(3)
        for c in range(3)
    }
    assert spans == {
        "AB": (0, 0, 1, 2),
        "C": (0, 2, 1, 1),
        "D": (1, 0, 2, 1),
        "E": (1, 1, 1, 1),
        "F": (1, 2, 1, 1),
        "H": (2, 1, 1, 1),
        "I": (2, 2, 1, 1),
    }


def test_surface_table_merged_cells_are_laid_out_as_they_span(qtbot: QtBot) -> None:
    """colspan/rowspan are shown as merged cells (no empty cells beside them, each text in its column),
    the table reads back byte for byte, and text typed into a merged cell lands in it."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.load_html(SPANNED)
    cell_cursor(edit, "AB")
    table = edit.textCursor().currentTable()
    assert (table.rows(), table.columns()) == (3, 3)
    texts = {}
    for r in range(3):
        for c in range(3):
            cell = table.cellAt(r, c)
            start, end = cell.firstCursorPosition().position(), cell.lastCursorPosition().position()
            texts[r, c] = (cell.row(), cell.column(), edit.toPlainText()[start:end])
    assert texts[0, 0] == texts[0, 1] == (0, 0, "AB")  # colspan=2
    assert texts[0, 2] == (0, 2, "C")
    assert texts[1, 0] == texts[2, 0] == (1, 0, "D")  # rowspan=2
    assert [texts[1, 1][2], texts[1, 2][2], texts[2, 1][2], texts[2, 2][2]] == ["E", "F", "H", "I"]
    assert edit.html() == SPANNED
    cell_cursor(edit, "D")
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "x"))
    assert edit.html() == SPANNED.replace(">D<", ">Dx<")


@pytest.mark.parametrize(
    "html",
    [
        '<table><tbody><tr><td colspan="99999">a</td></tr><tr><td>b</td></tr></tbody></table>',
        '<table><tbody><tr><td colspan="abc" rowspan="-3">a</td><td>b</td></tr></tbody></table>',
        '<table><thead><tr><th rowspan="9">x</th><th>y</th></tr></thead>'
        "<tbody><tr><td>1</td></tr></tbody></table>",
    ],
)
def test_surface_table_odd_spans_load_and_read_back_exactly(qtbot: QtBot, html: str) -> None:
    """Huge, non-numeric and negative spans and a row span past its section load (drawn as a browser
    would, a huge span kept drawable) and read back byte for byte."""
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.load_html(html)
    assert edit.html() == html
    qtable = QTextCursor(edit.document().findBlockByNumber(1)).currentTable()
    assert qtable is not None
    assert qtable.columns() <= 100


def test_surface_table_hostile_spans_stay_bounded(qtbot: QtBot) -> None:
    """A colspan of a million and a rowspan past the table's end neither hang nor lose text."""
    wide = '<tr><td colspan="1000000">A</td><td rowspan="99">B</td></tr><tr><td>C</td></tr>'
    many = "".join(f'<tr><td colspan="999">{n}</td></tr>' for n in range(200))
    for html in (f"<table><tbody>{wide}</tbody></table>", f"<table><tbody>{many}</tbody></table>"):
        edit = SurfaceEdit()
        qtbot.addWidget(edit)
        edit.load_html(html)
        assert edit.html() == html
        cell_cursor(edit, "A" if "A" in html else "199")
        table = edit.textCursor().currentTable()
        assert table.rows() * table.columns() <= 20_000


ARABIC_TABLE = (
    '<table><tbody><tr><td>الأول</td><td colspan="2">الثاني</td><td>الثالث</td></tr>'
    "<tr><td>١</td><td>٢</td><td>٣</td><td>٤</td></tr></tbody></table>\n<p>نص</p>"
)


def _x_of(edit: SurfaceEdit, text: str) -> int:
    """Where on the screen the cell holding ``text`` is drawn (its text's first position)."""
    cursor = edit.document().find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart())
    return edit.cursorRect(cursor).x()


def test_surface_table_right_to_left_reads_from_the_right(qtbot: QtBot) -> None:
    """In an Arabic pane a table's first column is drawn on the right and the last on the left, a merged
    cell spans the columns between them; Tab goes from the right to the left; it reads back exactly."""
    edit = shown_surface(qtbot)
    edit.resize(600, 300)
    edit.set_right_to_left(True)
    edit.load_html(ARABIC_TABLE)
    qtbot.waitExposed(edit)
    assert _x_of(edit, "الأول") > _x_of(edit, "الثاني") > _x_of(edit, "الثالث")
    assert _x_of(edit, "١") > _x_of(edit, "٢") > _x_of(edit, "٣") > _x_of(edit, "٤")
    assert _x_of(edit, "١") > _x_of(edit, "الثاني") > _x_of(edit, "٣")  # over the two middle columns
    assert edit.html() == ARABIC_TABLE
    cell_cursor(edit, "الأول")
    for expected in ("الثاني", "الثالث", "١", "٢"):
        press(edit, Qt.Key.Key_Tab, "\t")
        assert edit.textCursor().selectedText() == expected
    cell_cursor(edit, "الثالث")
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "ـ"))
    assert edit.html() == ARABIC_TABLE.replace("الثالث", "الثالثـ")  # an edit stays in its column


def test_surface_table_left_to_right_in_an_arabic_pane_stays_left_to_right(qtbot: QtBot) -> None:
    """A table marked dir="ltr" reads from the left even in an Arabic pane; a German pane's table too."""
    html = '<table dir="ltr"><tbody><tr><td>A1</td><td>B2</td></tr></tbody></table>'
    for rtl in (True, False):
        edit = shown_surface(qtbot)
        edit.set_right_to_left(rtl)
        edit.load_html(html if rtl else html.replace(' dir="ltr"', ""))
        assert _x_of(edit, "A1") < _x_of(edit, "B2")


def test_surface_table_inserted_in_an_arabic_pane_starts_on_the_right(qtbot: QtBot) -> None:
    """A new table in an Arabic pane puts the cursor into its first cell, the one on the right; what is
    typed there is the first cell of the HTML."""
    edit = shown_surface(qtbot, "<p>نص</p>")
    edit.set_right_to_left(True)
    edit.load_html("<p>نص</p>")
    assert edit.insert_table(2, 3, header=False)
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "أ"))
    assert "<tbody><tr><td>أ</td><td></td><td></td></tr>" in edit.html()
    edit.table_command("column_right")  # to the right on the screen: before it in the HTML
    assert "<tr><td></td><td>أ</td><td></td><td></td></tr>" in edit.html()
