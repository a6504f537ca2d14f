"""Tab and Shift+Tab on the editing surface, as in the CMS's editor (TinyMCE's lists plugin): in a list
item one level deeper or out, written as TinyMCE writes nested lists; in a table the next cell;
anywhere else the focus moves on. Never a tab character."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextListFormat
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from editor.views.editor.surface.surface_edit import SurfaceEdit
from editor.views.format_actions import FormatToolBar
from tests.views.surface_keys import assert_reloads_and_undoes, cursor_after, press, shown_surface, type_text

SHIFT = Qt.KeyboardModifier.ShiftModifier


def tab(edit: SurfaceEdit) -> None:
    """A real Tab key press (through the widget's event handling, as Qt delivers it)."""
    press(edit, Qt.Key.Key_Tab, "\t")


def backtab(edit: SurfaceEdit) -> None:
    """A real Shift+Tab key press (Qt delivers it as Backtab with Shift)."""
    press(edit, Qt.Key.Key_Backtab, "", SHIFT)


def select(edit: SurfaceEdit, first: str, last: str) -> None:
    """Select from the start of ``first`` to the end of ``last``."""
    document = edit.document()
    cursor = edit.textCursor()
    cursor.setPosition(document.find(first).selectionStart())
    cursor.setPosition(document.find(last).selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def reloads(qtbot: QtBot, html: str, rtl: bool = False) -> str:
    """``html`` loaded into a new surface, read back after an edit of nothing else (a typed and deleted
    letter at its end), so the reader and builder make the round trip."""
    again = shown_surface(qtbot)
    again.set_right_to_left(rtl)
    again.load_html(html)
    again.moveCursor(QTextCursor.MoveOperation.End)
    type_text(again, "x")
    press(again, Qt.Key.Key_Backspace)
    return again.html()


def list_at(edit: SurfaceEdit, text: str) -> QTextListFormat:
    """The list format of the item holding ``text``."""
    qlist = edit.document().find(text).block().textList()
    assert qlist is not None
    return qlist.format()


def test_tab_nests_a_bulleted_item_under_the_item_before(qtbot: QtBot) -> None:
    """Tab in "Zwei" makes it a sub-item of "Eins", written inside Eins's li as TinyMCE writes it,
    drawn one level in with the second level's bullet; the page reloads the same and one undo
    takes the nesting back."""
    original = "<ul><li>Eins</li><li>Zwei</li><li>Drei</li></ul>"
    edit = shown_surface(qtbot, original)
    cursor_after(edit, "Zwei")
    tab(edit)
    nested = "<ul><li>Eins<ul><li>Zwei</li></ul></li><li>Drei</li></ul>"
    assert edit.html() == nested
    assert list_at(edit, "Zwei").indent() == 2
    assert list_at(edit, "Zwei").style() == QTextListFormat.Style.ListCircle
    assert list_at(edit, "Drei").indent() == 1
    assert "\t" not in edit.toPlainText()
    assert reloads(qtbot, nested) == nested
    edit.undo()
    assert edit.html() == original
    assert edit.document().availableUndoSteps() == 0


def test_tab_nests_a_numbered_item_in_a_numbered_sub_list(qtbot: QtBot) -> None:
    """In a numbered list the sub-list is numbered too (the CMS's ``ol`` in the ``li``)."""
    edit = shown_surface(qtbot, '<ol start="3"><li>Antrag</li><li>Termin</li></ol>')
    cursor_after(edit, "Termin")
    tab(edit)
    nested = '<ol start="3"><li>Antrag<ol><li>Termin</li></ol></li></ol>'
    assert edit.html() == nested
    assert list_at(edit, "Termin").style() == QTextListFormat.Style.ListDecimal
    block = edit.document().findBlock(edit.document().find("Termin").position())
    assert block.textList().itemText(block) == "1."  # a new list counts from 1, not from the 3 above
    assert reloads(qtbot, nested) == nested


def test_tab_nests_every_selected_item_in_one_sub_list(qtbot: QtBot) -> None:
    """A selection over two items nests both in one sub-list; Shift+Tab takes both out again, giving
    the page back byte for byte."""
    original = '<ul class="steps"><li>A</li><li>B</li><li>C</li><li>D</li></ul>'
    edit = shown_surface(qtbot, original)
    select(edit, "B", "C")
    tab(edit)
    nested = '<ul class="steps"><li>A<ul class="steps"><li>B</li><li>C</li></ul></li><li>D</li></ul>'
    assert edit.html() == nested
    assert reloads(qtbot, nested) == nested
    backtab(edit)
    assert edit.html() == original


def test_tab_moves_an_item_with_its_sub_items(qtbot: QtBot) -> None:
    """An item with sub-items takes them along one level deeper, and joins the sub-list the item
    before it already has."""
    edit = shown_surface(qtbot, "<ul><li>A<ul><li>a1</li></ul></li><li>B<ul><li>b1</li></ul></li></ul>")
    cursor_after(edit, "B")
    tab(edit)
    nested = "<ul><li>A<ul><li>a1</li><li>B<ul><li>b1</li></ul></li></ul></li></ul>"
    assert edit.html() == nested
    assert list_at(edit, "b1").indent() == 3
    assert list_at(edit, "b1").style() == QTextListFormat.Style.ListSquare
    assert reloads(qtbot, nested) == nested


def test_shift_tab_takes_an_item_out_and_its_later_siblings_go_under_it(qtbot: QtBot) -> None:
    """Shift+Tab in the middle of a sub-list: the item goes one level out, after its parent; the items
    after it in the sub-list become its own sub-items (as TinyMCE does). One undo takes it back."""
    original = "<ol><li>A<ol><li>x</li><li>y</li><li>z</li></ol></li><li>B</li></ol>"
    edit = shown_surface(qtbot, original)
    cursor_after(edit, "y")
    backtab(edit)
    out = "<ol><li>A<ol><li>x</li></ol></li><li>y<ol><li>z</li></ol></li><li>B</li></ol>"
    assert edit.html() == out
    assert reloads(qtbot, out) == out
    edit.undo()
    assert edit.html() == original


def test_shift_tab_at_the_top_level_makes_a_paragraph(qtbot: QtBot) -> None:
    """At the top level Shift+Tab turns the item into a paragraph (TinyMCE does the same): the list is
    split around it, its sub-items become a list of their own after it."""
    edit = shown_surface(qtbot, "<p>Vorher</p>\n<ul><li>A</li><li>B<ul><li>b1</li></ul></li><li>C</li></ul>")
    cursor_after(edit, "B")
    backtab(edit)
    assert edit.html() == "<p>Vorher</p>\n<ul><li>A</li></ul>\n<p>B</p>\n<ul><li>b1</li><li>C</li></ul>"
    assert edit.document().find("B").block().textList() is None


def test_shift_tab_on_a_loose_item_keeps_its_paragraphs(qtbot: QtBot) -> None:
    """An item made of paragraphs (``<li><p>…</p><p>…</p></li>``) taken out of the list gives those
    paragraphs, with their attributes; Tab from its second paragraph nests the whole item."""
    page = '<ul><li><p>Eins</p></li><li><p class="a">Zwei</p><p>Zwei b</p></li></ul>'
    edit = shown_surface(qtbot, page)
    cursor_after(edit, "Zwei b")
    tab(edit)
    nested = '<ul><li><p>Eins</p><ul><li><p class="a">Zwei</p><p>Zwei b</p></li></ul></li></ul>'
    assert edit.html() == nested
    assert reloads(qtbot, nested) == nested
    backtab(edit)
    assert edit.html() == page
    backtab(edit)
    assert edit.html() == '<ul><li><p>Eins</p></li></ul>\n<p class="a">Zwei</p>\n<p>Zwei b</p>'


def test_typing_in_a_nested_item_and_enter_make_a_sibling(qtbot: QtBot) -> None:
    """After Tab, typing goes on in the sub-item and Enter makes the next sub-item; Shift+Tab on it
    brings it back to the top level."""
    edit = shown_surface(qtbot, "<ul><li>Eins</li></ul>")
    cursor_after(edit, "Eins")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    tab(edit)
    type_text(edit, "Unter")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "Auch")
    assert edit.html() == "<ul><li>Eins<ul><li>Unter</li><li>Auch</li></ul></li></ul>"
    backtab(edit)
    assert edit.html() == "<ul><li>Eins<ul><li>Unter</li></ul></li><li>Auch</li></ul>"


def test_arabic_list_nests_and_comes_out_the_same_way(qtbot: QtBot) -> None:
    """An Arabic list (right to left) nests with Tab and comes out with Shift+Tab just the same; the
    sub-list keeps the list's ``dir`` and its items are laid out right to left."""
    original = '<ul dir="rtl"><li>الأول</li><li>الثاني</li><li>الثالث</li></ul>'
    edit = shown_surface(qtbot)
    edit.set_right_to_left(True)
    edit.load_html(original)
    cursor_after(edit, "الثاني")
    tab(edit)
    nested = '<ul dir="rtl"><li>الأول<ul dir="rtl"><li>الثاني</li></ul></li><li>الثالث</li></ul>'
    assert edit.html() == nested
    block = edit.document().find("الثاني").block()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert list_at(edit, "الثاني").indent() == 2
    assert reloads(qtbot, nested, rtl=True) == nested
    cursor_after(edit, "الثالث")
    tab(edit)
    assert edit.html() == (
        '<ul dir="rtl"><li>الأول<ul dir="rtl"><li>الثاني</li><li>الثالث</li></ul></li></ul>'
    )
    backtab(edit)
    cursor_after(edit, "الثاني")
    backtab(edit)
    assert edit.html() == original


def test_tab_in_a_table_cell_still_goes_to_the_next_cell(qtbot: QtBot) -> None:
    """In a table Tab keeps going to the next cell, even from a list in a cell; the list level of a
    cell's list changes through the command (the toolbar), inside its cell only."""
    page = (
        "<table><tbody><tr><td><ul><li>a</li><li>b</li></ul></td><td>x</td></tr>"
        "<tr><td><ul><li>c</li></ul></td><td>y</td></tr></tbody></table>"
    )
    edit = shown_surface(qtbot, page)
    cursor_after(edit, "b")
    tab(edit)
    assert edit.textCursor().selectedText() == "x"
    assert edit.html() == page
    cursor_after(edit, "b")
    assert edit.change_list_level(1)
    nested = page.replace("<li>a</li><li>b</li>", "<li>a<ul><li>b</li></ul></li>")
    assert edit.html() == nested
    assert reloads(qtbot, nested) == nested
    cursor_after(edit, "c")
    assert not edit.change_list_level(1)  # the first item of its cell's list
    assert edit.html() == nested


@pytest.fixture
def form(qtbot: QtBot) -> tuple[QWidget, QLineEdit, SurfaceEdit, QLineEdit]:
    """A window with a field, a surface and another field, active, the surface focused."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before, edit, after = QLineEdit(), SurfaceEdit(), QLineEdit()
    for widget in (before, edit, after):
        layout.addWidget(widget)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=3000)
    return window, before, edit, after


def test_tab_on_the_first_item_changes_nothing(
    form: tuple[QWidget, QLineEdit, SurfaceEdit, QLineEdit], qtbot: QtBot
) -> None:
    """The first item of a list has no item to go under: Tab changes nothing, types nothing and the
    focus stays in the text; the toolbar's Increase is off there, Decrease on."""
    edit = form[2]
    original = "<ul><li>Eins<ul><li>Sub</li></ul></li><li>Zwei</li></ul>"
    edit.load_html(original)
    for text in ("Eins", "Sub"):
        cursor_after(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert edit.html() == original
        assert edit.document().availableUndoSteps() == 0
        assert QApplication.focusWidget() is edit
        state = edit.format_state()
        assert (state["list_deeper"], state["list_out"]) == (False, True)


def test_tab_outside_lists_and_tables_moves_the_focus(
    form: tuple[QWidget, QLineEdit, SurfaceEdit, QLineEdit], qtbot: QtBot
) -> None:
    """In a paragraph Tab gives the focus to the next control, Shift+Tab to the one before; no tab
    character is typed. Ctrl+Tab types none either."""
    _window, before, edit, after = form
    page = "<p>Hallo Welt</p>"
    edit.load_html(page)
    cursor_after(edit, "Hallo")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=3000)
    qtbot.keyClick(edit, Qt.Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is before
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert edit.html() == page
    assert "\t" not in edit.toPlainText()


def test_tab_in_a_read_only_list_moves_the_focus(
    form: tuple[QWidget, QLineEdit, SurfaceEdit, QLineEdit], qtbot: QtBot
) -> None:
    """A read-only page (the source pane of a translator) does not change: Tab moves on."""
    _window, _before, edit, after = form
    page = "<ul><li>Eins</li><li>Zwei</li></ul>"
    edit.load_html(page)
    edit.setReadOnly(True)
    cursor_after(edit, "Zwei")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    assert not edit.change_list_level(1)
    assert edit.html() == page


def test_toolbar_list_level_actions_show_their_keys_and_act_in_lists_only(
    form: tuple[QWidget, QLineEdit, SurfaceEdit, QLineEdit], qtbot: QtBot
) -> None:
    """The Format menu's Increase / Decrease list level show Tab / Shift+Tab, are enabled in a list
    item only (Increase not on a first item) and nest as the keys do. Their keys do not take Tab
    from other controls: Tab in a field still moves the focus."""
    window, before, edit, after = form
    bar = FormatToolBar(lambda: edit, window)
    deeper, out = bar.list_level_actions[1], bar.list_level_actions[-1]
    assert (deeper.text(), deeper.shortcut().toString()) == ("Increase list level", "Tab")
    assert (out.text(), out.shortcut().toString()) == ("Decrease list level", "Shift+Tab")
    edit.load_html("<p>Text</p>\n<ul><li>Eins</li><li>Zwei</li></ul>")
    cursor_after(edit, "Text")
    bar.update_state()
    assert not deeper.isEnabled()
    assert not out.isEnabled()
    cursor_after(edit, "Eins")
    bar.update_state()
    assert not deeper.isEnabled()
    assert out.isEnabled()
    cursor_after(edit, "Zwei")
    bar.update_state()
    assert deeper.isEnabled()
    assert out.isEnabled()
    deeper.trigger()
    assert edit.html() == "<p>Text</p>\n<ul><li>Eins<ul><li>Zwei</li></ul></li></ul>"
    assert not deeper.isEnabled()  # Zwei is now the first item of its sub-list
    out.trigger()
    assert edit.html() == "<p>Text</p>\n<ul><li>Eins</li><li>Zwei</li></ul>"
    before.setFocus()
    qtbot.waitUntil(before.hasFocus, timeout=3000)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is edit
    assert edit.html() == "<p>Text</p>\n<ul><li>Eins</li><li>Zwei</li></ul>"
    edit.setReadOnly(True)
    bar.update_state()
    assert not deeper.isEnabled()
    assert not out.isEnabled()
    del after


def test_tab_with_a_selection_from_a_paragraph_into_a_list_nests_the_items(qtbot: QtBot) -> None:
    """A selection from the paragraph before a list into its items nests the selected items that can
    go deeper (the first one cannot: nothing changes) and leaves the focus where it is."""
    edit = shown_surface(qtbot, "<p>Vorher</p>\n<ul><li>A</li><li>B</li></ul>")
    select(edit, "Vorher", "B")
    assert edit.format_state()["list_out"]
    assert not edit.change_list_level(1)  # A is the list's first item
    select(edit, "B", "B")
    assert edit.change_list_level(1)
    assert edit.html() == "<p>Vorher</p>\n<ul><li>A<ul><li>B</li></ul></li></ul>"


def test_shift_tab_with_a_selection_over_two_lists_takes_out_the_items_of_both(qtbot: QtBot) -> None:
    """A selection from a sub-item of one list over a paragraph into another list acts on the
    selected items of each list, as TinyMCE does on every list of the selection: one undo step, read
    back as written."""
    first = "<ul><li>A<ul><li>B</li></ul></li></ul>"
    second = "<ol><li>C<ol><li>D</li></ol></li><li>E</li></ol>"
    page = f"{first}\n<p>Mitte</p>\n{second}"
    edit = shown_surface(qtbot, page)
    select(edit, "B", "D")
    assert edit.format_state()["list_out"]
    backtab(edit)
    out = "<ul><li>A</li><li>B</li></ul>\n<p>Mitte</p>\n<p>C</p>\n<ol><li>D</li><li>E</li></ol>"
    assert edit.html() == out
    assert reloads(qtbot, out) == out
    edit.undo()
    assert edit.html() == page


def _depths(html: str) -> dict[str, int]:
    """The list depth of every item's text in ``html`` as the CMS's HTML is read (0: a paragraph)."""
    from editor.text.surface import from_html
    from editor.text.surface.model import ListBlock, Run, TextBlock

    out: dict[str, int] = {}

    def text(content: list) -> str:
        return "".join(part.text for part in content if isinstance(part, Run))

    def walk(block: ListBlock, depth: int) -> None:
        for item in block.items:
            content = item.paragraphs[0].content if item.paragraphs else item.content
            out[text(content)] = depth
            for sub in item.sublists:
                walk(sub, depth + 1)

    for block in from_html(html):
        if isinstance(block, ListBlock):
            walk(block, 1)
        elif isinstance(block, TextBlock):
            out[text(block.content)] = 0
    return out


def _tree(draw: st.DrawFn, depth: int, names: list[str]) -> str:
    """A random ``ul``/``ol`` with 1–3 items, each with a sub-list now and then (up to three levels)."""
    kind = draw(st.sampled_from(["ul", "ol"]))
    items = []
    for _ in range(draw(st.integers(1, 3))):
        name = f"Punkt-{len(names)}-"
        names.append(name)
        sub = _tree(draw, depth + 1, names) if depth < 3 and draw(st.booleans()) else ""
        items.append(f"<li>{name}{sub}</li>")
    return f"<{kind}>{''.join(items)}</{kind}>"


@st.composite
def _pages(draw: st.DrawFn) -> tuple[str, list[str], list[tuple[int, int]]]:
    names: list[str] = []
    page = "<p>Vorher</p>\n" + _tree(draw, 1, names) + "\n<p>Nachher</p>"
    steps = draw(st.lists(st.tuples(st.integers(0, 30), st.sampled_from([1, -1])), max_size=6))
    return page, names, steps


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=_pages())
def test_any_tabs_and_shift_tabs_write_lists_that_read_back_and_undo_exactly(
    qtbot: QtBot, case: tuple[str, list[str], list[tuple[int, int]]]
) -> None:
    """Any sequence of Tab / Shift+Tab on any items of a nested list moves exactly that item one level
    (or changes nothing), keeps the text in its order, writes HTML the surface reads back exactly,
    and undoing every change gives back the page byte for byte."""
    page, names, steps = case
    edit = SurfaceEdit()
    qtbot.addWidget(edit)
    edit.load_html(page)
    text = edit.toPlainText()
    done = 0
    for index, step in steps:
        name = names[index % len(names)]
        before = _depths(edit.html())
        cursor_after(edit, name)
        changed = edit.change_list_level(step)
        after = _depths(edit.html())
        if changed:
            done += 1
            assert after[name] == before[name] + step
        else:
            assert after == before
            assert step == 1 or before[name] == 0  # a first item cannot go deeper; a paragraph stays
        assert edit.toPlainText() == text
    assert_reloads_and_undoes(qtbot, edit, done, page)
