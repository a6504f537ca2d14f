"""Example tests for HTML <-> Markdown conversion: one per construct the CMS stores or TinyMCE produces."""

from __future__ import annotations

import markdown
import pytest

from editor.text.convert import ContentError, html_to_markdown, markdown_to_html
from editor.text.normal_form import first_difference
from editor.text.surface import from_html, to_html


def convert(html: str) -> str:
    """Convert to Markdown, asserting the round trip is lossless and the conversion idempotent.

    Every example also goes through the editing surface's block model (HTML -> blocks -> HTML).
    """
    assert first_difference(html, to_html(from_html(html))) is None
    markdown = html_to_markdown(html)
    rendered = markdown_to_html(markdown)
    assert first_difference(html, rendered) is None, markdown
    assert html_to_markdown(rendered) == markdown
    return markdown


def test_convert_paragraphs() -> None:
    """Paragraphs (in the CMS's div wrapper) become plain Markdown paragraphs."""
    assert convert("<div><p>Erster Absatz.</p>\n<p>Zweiter Absatz.</p></div>") == (
        "Erster Absatz.\n\nZweiter Absatz.\n"
    )


@pytest.mark.parametrize("level", range(1, 7))
def test_convert_headings(level: int) -> None:
    """h1-h6 become # headings; h1 stays h1 even though the CMS would store it as h2."""
    assert convert(f"<h{level}>Titel</h{level}>") == "#" * level + " Titel\n"


def test_convert_bold_and_italic() -> None:
    """strong and em are ** and *; b and i are different tags and stay HTML tags."""
    assert convert("<p><strong>fett</strong> und <em>kursiv</em></p>") == "**fett** und *kursiv*\n"
    assert convert("<p><b>fett</b> und <i>kursiv</i></p>") == "<b>fett</b> und <i>kursiv</i>\n"


@pytest.mark.parametrize("tag", ["u", "s", "sup", "sub"])
def test_convert_other_inline_markup(tag: str) -> None:
    """u, s, sup and sub have no Markdown syntax and stay inline tags."""
    assert convert(f"<p>x<{tag}>2</{tag}> y</p>") == f"x<{tag}>2</{tag}> y\n"


def test_convert_nested_lists() -> None:
    """Nested ul/ol as TinyMCE writes them (newline before the nested list) read as Markdown."""
    html = "<ul>\n<li>eins</li>\n<li>zwei\n<ol>\n<li>drei</li>\n</ol>\n</li>\n</ul>"
    assert convert(html) == "- eins\n- zwei\n    1. drei\n"


def test_convert_ordered_list_with_start() -> None:
    """ol start="3" keeps its start number."""
    assert convert('<ol start="3"><li>drei</li><li>vier</li></ol>') == "3. drei\n4. vier\n"
    assert convert('<ol start="1"><li>eins</li></ol>') == '{: start="1" }\n\n1. eins\n'
    assert convert('<ol start="x"><li>a</li></ol>') == '{: start="x" }\n\n1. a\n'
    assert convert('<ul start="2"><li>a</li></ul>') == '{: start="2" }\n\n- a\n'


def test_convert_list_items_with_paragraphs() -> None:
    """li containing p becomes a loose list, with further paragraphs indented."""
    html = "<ul><li><p>a</p><p>b</p></li><li><p>c</p></li></ul>"
    assert convert(html) == "- a\n\n    b\n\n- c\n"


def test_convert_list_item_without_newline_before_nested_list_stays_html() -> None:
    """li text directly followed by a nested list has no exact Markdown form and stays HTML."""
    assert convert("<ul><li>a<ul><li>b</li></ul></li></ul>").startswith("<ul>\n<li>a<ul>")


def test_convert_adjacent_lists_stay_separate() -> None:
    """Two lists of the same kind in a row do not merge into one."""
    markdown = convert("<ul><li>a</li></ul><ul><li>b</li></ul>")
    assert markdown.startswith("- a\n\n<ul>")


def test_convert_links() -> None:
    """Plain and external links are Markdown links; the CMS's link-external class is an attr_list."""
    assert convert('<p><a href="/augsburg/de/wohnen/">Wohnen</a></p>') == "[Wohnen](/augsburg/de/wohnen/)\n"
    assert convert('<p><a class="link-external" href="https://example.org">Caritas</a></p>') == (
        "[Caritas](https://example.org){: .link-external }\n"
    )


def test_convert_link_title_and_other_attributes() -> None:
    """Title and any other attribute survive; awkward URLs fall back to an HTML tag."""
    assert convert('<p><a href="/a" title="Mehr" data-x="1" class="link-external">x</a></p>') == (
        '[x](/a "Mehr"){: .link-external data-x="1" }\n'
    )
    assert convert('<p><a href="https://de.wikipedia.org/wiki/A_(B)">A</a></p>') == (
        '<a href="https://de.wikipedia.org/wiki/A_(B)">A</a>\n'
    )


def test_convert_images() -> None:
    """img keeps src, alt, width, height, style, class and any other attribute."""
    html = '<p><img src="/media/karte.png" alt="Karte" width="300" style="float: left;" class="x"></p>'
    assert convert(html) == '![Karte](/media/karte.png){: .x style="float: left;" width="300" }\n'
    assert convert('<p><img src="/static/svg/info.svg" data-icon="info"></p>') == (
        '<img data-icon="info" src="/static/svg/info.svg">\n'
    )


def test_convert_horizontal_rule() -> None:
    """hr is ---."""
    assert convert("<p>a</p><hr><p>b</p>") == "a\n\n---\n\nb\n"


def test_convert_line_breaks() -> None:
    """br stays a visible <br> tag, with the text after it unchanged."""
    assert convert("<p>Zeile 1<br>\nZeile 2<br>Zeile 3</p>") == "Zeile 1<br>\nZeile 2<br>Zeile 3\n"


def test_convert_notranslate_span() -> None:
    """The CMS's notranslate span stays an inline tag with Markdown inside."""
    html = '<p><span class="notranslate" translate="no" dir="ltr">Integreat <em>App</em></span></p>'
    assert convert(html) == ('<span class="notranslate" dir="ltr" translate="no">Integreat *App*</span>\n')


def test_convert_tables_stay_html_blocks() -> None:
    """Tables with attributes are HTML blocks, one element per line."""
    html = (
        '<table class="t"><thead><tr><th scope="col">Tag</th></tr></thead>'
        '<tbody><tr><td style="width: 50%;">Mo</td></tr></tbody></table>'
    )
    assert convert(html) == (
        '<table class="t">\n<thead>\n<tr>\n<th scope="col">Tag</th>\n</tr>\n</thead>\n'
        '<tbody>\n<tr>\n<td style="width: 50%;">Mo</td>\n</tr>\n</tbody>\n</table>\n'
    )


def test_convert_contact_cards_stay_html_blocks() -> None:
    """Contact-card divs survive with their data attributes between Markdown paragraphs."""
    html = (
        '<p>Kontakt:</p><div data-contact-id="12" data-contact-url="/augsburg/contact/12/?details=a,b">'
        "<p>Frau Muster</p></div><p>Ende</p>"
    )
    assert convert(html) == (
        "Kontakt:\n\n"
        '<div data-contact-id="12" data-contact-url="/augsburg/contact/12/?details=a,b">\n'
        "<p>Frau Muster</p>\n</div>\n\nEnde\n"
    )


def test_convert_dir_rtl_on_blocks_and_inline() -> None:
    """dir="rtl" survives on paragraphs, headings, spans and lists."""
    assert convert('<p dir="rtl">مرحبا</p>') == 'مرحبا\n{: dir="rtl" }\n'
    assert convert('<h2 dir="rtl">سلام</h2>') == '## سلام {: dir="rtl" }\n'
    assert convert('<p>a <span dir="rtl">שלום</span></p>') == 'a <span dir="rtl">שלום</span>\n'
    assert convert('<ul dir="rtl"><li>א</li><li>ב</li></ul>') == '{: dir="rtl" }\n\n- א\n- ב\n'
    assert convert('<ol dir="rtl" start="2"><li>א</li></ol>') == '{: dir="rtl" }\n\n2. א\n'


def test_convert_attribute_paragraph_before_list_is_not_text() -> None:
    """A literal "{: x }" paragraph before a list stays text; only the dialect's own line is syntax."""
    assert convert("<p>{: dir=rtl }</p><ul><li>a</li></ul>") == "\\{: dir=rtl \\}\n\n- a\n"
    assert markdown_to_html('{: dir="rtl" }\n\n- a') == '<ul dir="rtl">\n<li>a</li>\n</ul>'


def test_convert_style_attribute() -> None:
    """style on a paragraph is kept."""
    assert convert('<p style="text-align: center;">Mitte</p>') == (
        'Mitte\n{: style="text-align: center;" }\n'
    )


def test_convert_entities() -> None:
    """Entities are characters: &amp; is plain &, &nbsp; is written &nbsp; so it stays visible."""
    assert convert("<p>A &amp; B&nbsp;C &copy; &#233;</p>") == "A & B&nbsp;C © é\n"


def test_convert_rtl_text() -> None:
    """Arabic, Farsi and Hebrew text passes through unchanged."""
    assert convert("<p>مرحبا بكم - خوش آمدید - ברוכים הבאים</p>") == (
        "مرحبا بكم - خوش آمدید - ברוכים הבאים\n"
    )


def test_convert_emoji_and_non_bmp() -> None:
    """Emoji (including ZWJ sequences) and other non-BMP characters pass through."""
    assert convert("<p>👩‍👧 𝄞 😀</p>") == "👩‍👧 𝄞 😀\n"


def test_convert_escapes_markdown_syntax_in_text() -> None:
    """Text that looks like Markdown is escaped so it stays literal."""
    assert convert("<p>*a* _b_ `c` [x](y) a < b & \\ {z}</p>") == (
        "\\*a\\* \\_b\\_ \\`c\\` \\[x\\](y) a < b & \\\\ \\{z\\}\n"
    )
    assert convert("<p>&lt;b&gt; &amp;amp;</p>") == "&lt;b> &amp;amp;\n"


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("# kein Titel", "\\# kein Titel"),
        ("1. keine Liste", "1\\. keine Liste"),
        ("- kein Punkt", "\\- kein Punkt"),
        ("+ kein Punkt", "\\+ kein Punkt"),
        ("> kein Zitat", "\\> kein Zitat"),
        ("=====", "&#61;===="),
        ("    nicht eingerückt", "&#32;&#32;&#32;&#32;nicht eingerückt"),
    ],
)
def test_convert_escapes_block_syntax_at_line_start(text: str, markdown: str) -> None:
    """Line-start syntax (#, 1., -, +, >, setext underline, indentation) is escaped."""
    assert convert(f"<p>{text}</p>") == markdown + "\n"


def test_convert_keeps_spaces_inside_inline_elements() -> None:
    """Leading/trailing spaces inside emphasis survive as character references."""
    assert convert("<p>a<strong> fett </strong>b</p>") == "a**&#32;fett&#32;**b\n"


def test_convert_keeps_newlines_and_tabs_in_text() -> None:
    """A newline in text stays a newline; tabs and blank lines are references."""
    assert convert("<p>a\nb</p>") == "a\nb\n"
    assert convert("<p>a\n\nb\tc</p>") == "a\n&#10;b&#9;c\n"


def test_convert_bare_inline_content_becomes_one_html_block() -> None:
    """Top-level inline content becomes one div block the normal form drops; the CMS's span wrapper
    around it is kept inside that block, so the round trip gives the span back, not a div in its place
    (the acceptance's normal form drops only the div wrapper)."""
    assert convert("<span>foo <b>bar</b></span>") == "<div><span>foo <b>bar</b></span></div>\n"
    back = markdown_to_html(convert("<span>foo <b>bar</b></span>"))
    assert back == "<div><span>foo <b>bar</b></span></div>"
    assert convert("<div><span>x</span></div>") == "<div><span>x</span></div>\n"
    assert convert("foo <b>bar</b>") == "<div>foo <b>bar</b></div>\n"
    assert convert("<span>a</span><span>b</span>") == "<div><span>a</span><span>b</span></div>\n"


def test_convert_empty_content() -> None:
    """Empty or whitespace-only HTML gives empty Markdown."""
    assert html_to_markdown("") == ""
    assert html_to_markdown("  \n") == ""


def test_convert_rejects_control_characters() -> None:
    """Control characters lxml cannot hold raise ContentError in both directions."""
    with pytest.raises(ContentError):
        html_to_markdown("<p>a\x00b</p>")
    with pytest.raises(ContentError):
        markdown_to_html("a\x01b")


def test_convert_deep_nesting_does_not_crash() -> None:
    """Deeply nested lists and inline markup convert (as HTML) without recursion errors."""
    convert("<ul><li>" * 300 + "x" + "</li></ul>" * 300)
    convert("<p>" + "<b>" * 1000 + "x" + "</b>" * 1000 + "</p>")
    convert("<blockquote>" * 100 + "<p>x</p>" + "</blockquote>" * 100)


def test_convert_blockquote() -> None:
    """blockquote is > with its blocks inside."""
    assert convert("<blockquote><p>a</p><p>b</p></blockquote>") == "> a\n>\n> b\n"


def test_markdown_to_html_renders_the_dialect() -> None:
    """Editors' Markdown renders to the HTML the CMS expects."""
    html = markdown_to_html("# T\n\n[x](https://e.org){: .link-external }\n\n3. a\n4. b\n")
    assert html == (
        '<h1>T</h1>\n<p><a class="link-external" href="https://e.org">x</a></p>\n'
        '<ol start="3">\n<li>a</li>\n<li>b</li>\n</ol>'
    )


@pytest.mark.parametrize(
    "text",
    [
        "<table>\n<tr>\n<td>a</td>\n</tr>\n</table>\n\nText\n",
        "<div>x</div> tail\n\n<div><div>nested</div>\n</div>\nafter\n",
        "para\n\n<div>a\n\nb</div>\n<p>c</p>\n\n- item\n",
        "<div>unclosed\n\ntext\n",
        "<div>a</span>b</div>\n\ntext\n",
        "<div><p>a</div>\n\nx\n",
    ],
)
def test_markdown_to_html_raw_blocks_match_python_markdown(text: str) -> None:
    """The linear raw-HTML extractor gives exactly what stock python-markdown gives."""
    stock = markdown.markdown(text, extensions=["attr_list", "sane_lists"], output_format="html")
    assert markdown_to_html(text) == stock


@pytest.mark.parametrize(
    "html",
    [
        "<h2></h2>",
        '<h2 title="a &amp; b">x</h2>',
        '<p title="a &amp; b">x</p>',
        '<hr class="dots">',
        '<ul><li class="x">a</li></ul>',
        "<ul><li><p>a</p></li><li>b</li></ul>",
        "<ul><li><p>a</p></li></ul>",
        "<ul><li><p>a</p><ul><li>b</li></ul><ul><li>c</li></ul></li><li><p>d</p></li></ul>",
        "<ul><li><p>a</p><table><tr><td>t</td></tr></table></li><li><p>d</p></li></ul>",
        "<ul><li>a\n<ul><li>b</li></ul>tail</li></ul>",
        "<ul><li>a\n<ul><li>b</li></ul><ul><li>c</li></ul></li></ul>",
        "<ul><li><ul><li>b</li></ul></li></ul>",
        "<ul><li>a<div>x</div></li></ul>",
        '<ul><li>a <video src="v.mp4"></video></li></ul>',
        "<ul><li></li></ul>",
        '<ul><li>a\n<ul class="x"><li>b</li></ul></li></ul>',
        "<blockquote>text</blockquote>",
        '<blockquote class="q"><p>x</p></blockquote>',
        "<blockquote><table><tr><td>t</td></tr></table></blockquote>",
        "<p>a <!-- two\nlines --> b</p>",
    ],
)
def test_convert_constructs_without_exact_markdown_stay_html(html: str) -> None:
    """Blocks Markdown cannot write exactly become HTML blocks instead of losing anything."""
    assert convert(html).startswith("<")


def test_convert_comments_inside_paragraphs() -> None:
    """A one-line comment inside text stays an inline comment."""
    assert convert("<p>a <!-- Notiz --> b</p>") == "a <!-- Notiz --> b\n"


def test_convert_tight_item_ending_in_markup_before_nested_list() -> None:
    """The newline before a nested list may follow inline markup."""
    assert convert("<ul><li><strong>a</strong>\n<ul><li>b</li></ul></li></ul>") == ("- **a**\n    - b\n")


def test_convert_pre_keeps_tabs_and_blank_lines() -> None:
    """pre content survives python-markdown's tab expansion and blank-line trimming."""
    assert convert("<pre>a\tb\n   \nc</pre>") == "<pre>a&#9;b\n&#32;&#32;&#32;\nc</pre>\n"


def test_convert_style_with_tabs_is_refused() -> None:
    """python-markdown expands tabs in raw text it cannot escape: ContentError, never a silent change."""
    with pytest.raises(ContentError, match="cannot be represented"):
        html_to_markdown('<div class="x"><style>\tp {}</style></div><p>x</p>')
