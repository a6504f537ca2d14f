"""Table cells holding paragraphs and lists: modelled as text (no chip), written back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.text.normal_form import first_difference, normalise_html
from editor.text.surface import ListBlock, ProtectedBlock, TableBlock, TextBlock, from_html, to_html
from tests.text.test_convert_properties import inline_html, list_html

#: Opening hours as the CMS's editor stores them: a list per day in a cell, a header with text-align.
HOURS_DE = (
    '<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n<tr>\n'
    '<th style="text-align: center;">Tag</th>\n<th style="text-align: center;">Öffnungszeiten</th>\n</tr>\n'
    "<tr>\n<td>Montag</td>\n<td>\n<ul>\n<li>9:00–12:00 Uhr</li>\n<li>14:00–16:00 Uhr "
    "(<strong>nur mit Termin</strong>)</li>\n</ul>\n</td>\n</tr>\n"
    '<tr>\n<td>Dienstag</td>\n<td style="text-align: right;">\n<p>geschlossen</p>\n'
    '<p>Termine unter <a href="tel:+49821123">0821 123</a></p>\n</td>\n</tr>\n</tbody>\n</table>'
)
#: A contact table of a right-to-left page: paragraphs, a heading and a loose list in the cells.
CONTACT_AR = (
    '<table dir="rtl"><tbody><tr><td style="text-align: justify;"><p dir="rtl">مكتب الاندماج</p>'
    '<p dir="rtl">شارع المدينة 1<br>86150 أوغسبورغ</p></td>'
    '<td><h3 dir="rtl">الهاتف</h3><ol dir="rtl"><li><p>0821 123</p><p>صباحاً</p></li>'
    "<li>مساءً<ul><li>بموعد</li></ul></li></ol></td></tr></tbody></table>"
)
PAGE = f'<div><p>Öffnungszeiten</p>\n{HOURS_DE}\n<p dir="rtl">{"نص"}</p>\n{CONTACT_AR}</div>'


def _tables(html: str) -> list[TableBlock]:
    return [block for block in from_html(html) if isinstance(block, TableBlock)]


def test_surface_table_cells_with_blocks_are_modelled_not_protected() -> None:
    """A cell of paragraphs, headings and lists is a cell of blocks; plain cells stay inline text."""
    blocks = from_html(PAGE)
    assert not any(isinstance(block, ProtectedBlock) for block in blocks)
    hours, contact = _tables(PAGE)
    monday, tuesday = hours.rows[1].cells[1], hours.rows[2].cells[1]
    assert [type(part) for part in monday.blocks] == [ListBlock]
    assert [type(part) for part in tuesday.blocks] == [TextBlock, TextBlock]
    assert tuesday.tag.get("style") == "text-align: right;"
    assert hours.rows[1].cells[0].blocks == []
    assert [run.text for run in hours.rows[1].cells[0].content] == ["Montag"]  # type: ignore[union-attr]
    address, phone = contact.rows[0].cells
    assert [part.tag.name for part in address.blocks] == ["p", "p"]  # type: ignore[union-attr]
    assert [part.tag.name for part in phone.blocks] == ["h3", "ol"]  # type: ignore[union-attr]
    loose = phone.blocks[1].items[0]  # type: ignore[union-attr]
    assert [p.content[0].text for p in loose.paragraphs] == ["0821 123", "صباحاً"]  # type: ignore[union-attr]


def test_surface_table_cells_with_blocks_round_trip_byte_for_byte() -> None:
    """Unchanged, the page is written back as stored; written canonically, it is the same HTML
    under the normal form."""
    blocks = from_html(PAGE)
    assert to_html(blocks, wrap=True) == PAGE
    for block in blocks:
        block.source = ""
    assert first_difference(PAGE, to_html(blocks)) is None


def test_surface_table_cell_edit_writes_the_item_and_keeps_the_rest() -> None:
    """Changing a list item's text in a cell writes that item; every other cell stays as it was."""
    hours = _tables(HOURS_DE)[0]
    item = hours.rows[1].cells[1].blocks[0].items[0]  # type: ignore[union-attr]
    item.content[0].text = "8:30–12:00 Uhr"  # type: ignore[union-attr]
    expected = HOURS_DE.replace("9:00–12:00", "8:30–12:00")
    assert to_html([hours]) != HOURS_DE
    assert normalise_html(to_html([hours])) == normalise_html(expected)


@pytest.mark.parametrize(
    "html",
    [
        "<table><tbody><tr><td>Text<p>und Absatz</p></td></tr></tbody></table>",
        "<table><tbody><tr><td><p>a</p>b</td></tr></tbody></table>",
        "<table><tbody><tr><td><blockquote><p>q</p></blockquote></td></tr></tbody></table>",
        "<table><tbody><tr><td><table><tbody><tr><td>x</td></tr></tbody></table></td></tr></tbody></table>",
        "<table><tbody><tr><td><p>a</p><!-- c --><p>b</p></td></tr></tbody></table>",
        "<table><tbody><tr><td><p>a</p><pre>b</pre></td></tr></tbody></table>",
        "<table><tbody><tr><td><ul><li>a<p>b</p></li></ul></td></tr></tbody></table>",
        '<table><tbody><tr><td><div data-contact-id="3"><p>Frau Muster</p></div></td></tr></tbody></table>',
    ],
)
def test_surface_table_cells_the_model_cannot_hold_keep_the_table_a_chip(html: str) -> None:
    """Text beside blocks, quotes, tables, comments, pre, mixed list items, cards in a cell: the whole
    table stays a protected block holding its exact HTML (nothing is lost)."""
    (block,) = from_html(html)
    assert isinstance(block, ProtectedBlock)
    assert to_html([block]) == html


_ALIGN = st.sampled_from(["", ' style="text-align: center;"', ' style="text-align:left"', ' dir="rtl"'])


@st.composite
def cell_html(draw: st.DrawFn) -> str:
    """A ``td``/``th`` of inline text, or of paragraphs, headings and lists (whitespace between them)."""
    name = draw(st.sampled_from(["td", "th"]))
    if draw(st.integers(0, 2)) == 0:
        return f"<{name}{draw(_ALIGN)}>{draw(inline_html())}</{name}>"
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.integers(0, 2))
        if kind == 0:
            parts.append(f"<p{draw(_ALIGN)}>{draw(inline_html())}</p>")
        elif kind == 1:
            parts.append(draw(list_html()))
        else:
            parts.append(f"<h4>{draw(inline_html())}</h4>")
    separator = draw(st.sampled_from(["", "\n"]))
    return f"<{name}{draw(_ALIGN)}>{separator}{separator.join(parts)}{separator}</{name}>"


@st.composite
def table_html(draw: st.DrawFn) -> str:
    """A table whose cells hold inline text or blocks, left to right or right to left."""
    rows = [
        "<tr>" + "".join(draw(cell_html()) for _ in range(draw(st.integers(1, 3)))) + "</tr>"
        for _ in range(draw(st.integers(1, 3)))
    ]
    direction = draw(st.sampled_from(["", ' dir="rtl"']))
    return f"<table{direction}><tbody>{''.join(rows)}</tbody></table>"


@settings(max_examples=40, deadline=None)
@given(html=table_html())
def test_surface_generated_tables_with_block_cells_round_trip(html: str) -> None:
    """Any table of inline or block cells is modelled (no chip) and written back losslessly, from its
    source and canonically."""
    blocks = from_html(html)
    assert [type(block) for block in blocks] == [TableBlock]
    assert to_html(blocks) == html
    blocks[0].source = ""
    assert first_difference(html, to_html(blocks)) is None
