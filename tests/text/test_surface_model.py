"""The editing surface's Qt-free block model: what each construct becomes, and what comes back."""

from __future__ import annotations

import pytest

from editor.text.normal_form import first_difference
from editor.text.surface import (
    Atom,
    ListBlock,
    ProtectedBlock,
    Run,
    TableBlock,
    Tag,
    TextBlock,
    from_html,
    to_html,
)
from editor.text.surface.from_html import wrapper_tags
from editor.text.surface.model import new_table

PAGE = (
    "<div>\n<p>Willkommen <strong>in</strong>   Augsburg.</p>\n"
    '<h2 dir="rtl" class="x">Titel</h2>\n'
    '<ul><li>eins</li><li>zwei\n<ol start="3"><li>drei</li></ol></li></ul>\n'
    '<table style="width: 100%"><tbody><tr><td>Mo</td><td colspan="2">Di</td></tr></tbody></table>\n'
    '<div data-contact-id="12" data-contact-url="/augsburg/contact/12/"><p>Frau Muster</p></div>\n'
    "</div>"
)


def test_surface_from_html_models_each_construct() -> None:
    """Paragraphs, headings, lists, tables become editable blocks; a contact card a protected block."""
    blocks = from_html(PAGE)
    assert [type(block) for block in blocks] == [TextBlock, TextBlock, ListBlock, TableBlock, ProtectedBlock]
    heading = blocks[1]
    assert isinstance(heading, TextBlock)
    assert heading.heading_level == 2
    assert heading.tag is not None
    assert heading.tag.get("dir") == "rtl"
    items = blocks[2]
    assert isinstance(items, ListBlock)
    assert items.items[1].sublists[0].ordered
    card = blocks[4]
    assert isinstance(card, ProtectedBlock)
    assert card.kind == "contact"
    assert card.label == "Frau Muster"


def test_surface_from_html_keeps_inline_markup_as_marks_and_atoms() -> None:
    """Bold text is a run with a strong mark; notranslate spans, breaks and images are atoms."""
    html = (
        '<p><b>fett</b><span class="notranslate" dir="ltr" translate="no">Jobcenter</span>'
        '<br><img src="/media/a.png" alt="Karte"><a href="/x/">Link</a></p>'
    )
    (block,) = from_html(html)
    assert isinstance(block, TextBlock)
    kinds = [(type(item).__name__, getattr(item, "kind", None)) for item in block.content]
    assert kinds == [
        ("Run", None),
        ("Atom", "notranslate"),
        ("Atom", "break"),
        ("Atom", "image"),
        ("Run", None),
    ]
    bold, note = block.content[0], block.content[1]
    assert isinstance(bold, Run)
    assert bold.marks[0].tag.name == "b"
    assert isinstance(note, Atom)
    assert note.label == "Jobcenter"


def test_surface_to_html_unchanged_page_is_byte_identical_per_block() -> None:
    """Untouched blocks are written exactly as stored; an edited block is written canonically."""
    blocks = from_html(PAGE)
    first = blocks[0]
    assert isinstance(first, TextBlock)
    first.content.append(Run(" Neu"))
    html = to_html(blocks)
    assert html.startswith("<p>Willkommen <strong>in</strong>   Augsburg. Neu</p>")
    assert '<h2 dir="rtl" class="x">Titel</h2>' in html  # original attribute order kept
    assert '<td colspan="2">Di</td></tr></tbody></table>' in html


def test_surface_round_trip_keeps_unknown_blocks_and_attributes() -> None:
    """Unknown elements and attributes come back equal under the normal form."""
    html = (
        '<details data-x="1"><p>a</p></details><p class="intro  x" data-foo="bar">b<foo-bar>c</foo-bar>'
        "<!-- note --></p><ul><li><p>loose</p></li></ul><pre>\tcode\n</pre>"
    )
    blocks = from_html(html)
    assert first_difference(html, to_html(blocks)) is None
    assert isinstance(blocks[0], ProtectedBlock)
    assert blocks[0].label == "details"
    assert isinstance(blocks[2], ListBlock)  # a loose list item: its paragraphs are edited
    assert [p.tag for p in blocks[2].items[0].paragraphs] == [Tag("p")]
    assert isinstance(blocks[3], ProtectedBlock)  # pre stays protected


def test_surface_from_html_edits_text_inside_div_wrappers() -> None:
    """A div of inline text is a text block; a div or section of paragraphs is a container of them."""
    html = (
        '<div dir="rtl">نص <b>عريض</b></div><section class="s"><p>a</p><h3>b</h3></section>'
        "<div><p>c</p></div>"
    )
    blocks = from_html(html)
    assert [type(block).__name__ for block in blocks] == ["TextBlock", "QuoteBlock", "QuoteBlock"]
    assert first_difference(html, to_html(blocks)) is None


def test_surface_from_html_finds_sources_around_bare_inline_content() -> None:
    """Blocks around inline elements straight at the top level still find their exact source slices."""
    html = '<p  class="a">Eins</p><b>fett</b> <br> <i>x</i><b></b> lose<!-- c --><p>Zwei</p>'
    blocks = from_html(html)
    assert [block.source for block in blocks] == ['<p  class="a">Eins</p>', "", "<p>Zwei</p>"]


@pytest.mark.parametrize(
    ("rows", "columns", "header", "html"),
    [
        (1, 1, False, "<table><tbody><tr><td></td></tr></tbody></table>"),
        (1, 2, True, "<table><thead><tr><th></th><th></th></tr></thead></table>"),
        (
            3,
            2,
            True,
            "<table><thead><tr><th></th><th></th></tr></thead>"
            "<tbody><tr><td></td><td></td></tr><tr><td></td><td></td></tr></tbody></table>",
        ),
    ],
)
def test_new_table_writes_the_cms_editors_shape(rows: int, columns: int, header: bool, html: str) -> None:
    """An inserted table is rows in a tbody, the header row in a thead of th cells; it reads back the same."""
    written = to_html([new_table(rows, columns, header=header)])
    assert written == html
    assert to_html(from_html(written)) == html


@pytest.mark.parametrize(("rows", "columns"), [(0, 2), (2, 0)])
def test_new_table_needs_a_cell(rows: int, columns: int) -> None:
    """No table without a row or a column."""
    with pytest.raises(ValueError, match="at least one row and one column"):
        new_table(rows, columns, header=False)


# As the CMS stores a right-to-left page written in its editor: one <div dir="rtl"> around a heading,
# paragraphs, a nested list, a notranslate span and links with percent-encoded Arabic.
RTL_PAGE = (
    '<div dir="rtl"><h2 dir="rtl">تسجيل السكن</h2><p dir="rtl">سجّلوا خلال أسبوعين في '
    '<span class="notranslate" translate="no" dir="ltr">Bürgerbüro Ostwald</span>.</p>'
    '<ul dir="rtl"><li>جواز السفر</li><li>تأكيد المؤجر<ul><li>موقّع</li></ul></li></ul>'
    '<p dir="rtl">اقرأ: <a href="https://integreat.app/ostwald/ar/%D8%A7%D9%84%D8%B9%D9%85%D9%84/" '
    'class="link-external">العمل</a>.</p></div>'
)


def test_surface_from_html_shows_an_attributed_page_wrapper_by_its_content() -> None:
    """A page inside one <div dir="rtl"> holding a list is edited block by block, not kept as one chip."""
    blocks = from_html(RTL_PAGE)
    assert [type(block).__name__ for block in blocks] == ["TextBlock", "TextBlock", "ListBlock", "TextBlock"]
    assert [block.source != "" for block in blocks] == [True, True, True, True]
    assert to_html(blocks, wrap=wrapper_tags(RTL_PAGE)) == RTL_PAGE.replace("</p><ul", "</p>\n<ul").replace(
        "</h2><p", "</h2>\n<p"
    ).replace("</ul><p", "</ul>\n<p")
    first = blocks[1]
    assert isinstance(first, TextBlock)
    first.content.append(Run(" جديد"))
    edited = to_html(blocks, wrap=wrapper_tags(RTL_PAGE))
    assert edited.startswith('<div dir="rtl"><h2 dir="rtl">تسجيل السكن</h2>\n<p dir="rtl">')
    assert edited.endswith("</p></div>")
    assert " جديد</p>" in edited


def test_surface_wrapper_tags_name_what_the_surface_writes_around_its_blocks() -> None:
    """The CMS's own <div>, an attributed page wrapper, both, or nothing (a wrapper the model holds)."""
    assert wrapper_tags("<div><p>a</p><p>b</p></div>") == ("<div>", "</div>")
    assert wrapper_tags(RTL_PAGE) == ('<div dir="rtl">', "</div>")
    assert wrapper_tags(f"<div>{RTL_PAGE}</div>") == ('<div><div dir="rtl">', "</div></div>")
    assert wrapper_tags('<div dir="rtl"><p>a</p></div>') == ("", "")  # a container of paragraphs
    assert wrapper_tags("<p>a</p>") == ("", "")
