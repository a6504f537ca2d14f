"""Tests for the normal form: what counts as a difference between two HTML fragments and what does not."""

from __future__ import annotations

import pytest

from editor.text.errors import ContentError
from editor.text.normal_form import first_difference, html_equivalent, normalise_html


def test_normal_form_ignores_attribute_order() -> None:
    """Attributes are compared as a set of name/value pairs, written sorted."""
    assert normalise_html('<p id="x" dir="rtl" class="a">t</p>') == ('<p class="a" dir="rtl" id="x">t</p>')
    assert html_equivalent('<img src="a.png" alt="A">', '<img alt="A" src="a.png">')


def test_normal_form_ignores_whitespace_between_blocks() -> None:
    """Whitespace-only text between block-level elements and around the fragment does not count."""
    assert html_equivalent("<ul><li>a</li><li>b</li></ul>", "\n  <ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    assert html_equivalent("<table><tr><td>x</td></tr></table>", "<table> <tr> <td>x</td> </tr> </table>")


def test_normal_form_keeps_whitespace_inside_text() -> None:
    """Whitespace that is part of text, or between inline elements, counts."""
    assert not html_equivalent("<p>a b</p>", "<p>a  b</p>")
    assert not html_equivalent("<p><b>a</b> <i>b</i></p>", "<p><b>a</b><i>b</i></p>")
    assert not html_equivalent("<p> a</p>", "<p>a</p>")
    assert not html_equivalent("<li>a\n<ul><li>b</li></ul></li>", "<li>a<ul><li>b</li></ul></li>")


def test_normal_form_keeps_whitespace_in_pre() -> None:
    """Inside pre nothing is dropped, not even whitespace next to block-level children."""
    assert not html_equivalent("<pre>\n<div>x</div></pre>", "<pre><div>x</div></pre>")


def test_normal_form_drops_the_cms_div_wrapper() -> None:
    """The CMS wraps several top-level nodes in one attribute-less div; that wrapper does not count."""
    assert html_equivalent("<p>a</p><p>b</p>", "<div><p>a</p><p>b</p></div>")
    assert html_equivalent("<p>a</p>", "<div><div>\n<p>a</p>\n</div></div>")
    assert not html_equivalent("<p>a</p>", '<div class="box"><p>a</p></div>')
    assert not html_equivalent("<p>a</p><p>b</p>", "<div><p>a</p></div><p>b</p>")


def test_normal_form_drops_the_cms_span_wrapper_around_inline_content() -> None:
    """A top-level attribute-less span around inline content is the CMS's wrapper too."""
    assert html_equivalent("foo <b>bar</b>", "<span>foo <b>bar</b></span>")
    assert not html_equivalent("foo", '<span dir="rtl">foo</span>')


def test_normal_form_treats_entity_spellings_as_the_same_character() -> None:
    """&amp; and &, &nbsp; and U+00A0, numeric references and literal characters are equal."""
    assert html_equivalent("<p>a &amp; b&nbsp;c &#233;</p>", "<p>a &#38; b\u00a0c é</p>")


def test_normal_form_keeps_nbsp_distinct_from_space() -> None:
    """A non-breaking space is not a space and is never stripped."""
    assert not html_equivalent("<p>a&nbsp;b</p>", "<p>a b</p>")
    assert not html_equivalent("<p>a&nbsp;</p>", "<p>a</p>")
    assert normalise_html("<p>&nbsp;</p>") == "<p>&nbsp;</p>"


def test_normal_form_compares_class_as_written() -> None:
    """Class order and spacing count: class is compared as a string."""
    assert not html_equivalent('<p class="a b">x</p>', '<p class="b a">x</p>')
    assert not html_equivalent('<p class="a b">x</p>', '<p class="a  b">x</p>')


def test_normal_form_counts_tags_attributes_dir_and_void_elements() -> None:
    """Tag names, attribute values, dir, and void elements all count."""
    assert not html_equivalent("<p><b>x</b></p>", "<p><strong>x</strong></p>")
    assert not html_equivalent('<p dir="rtl">x</p>', "<p>x</p>")
    assert not html_equivalent('<a href="/a">x</a>', '<a href="/b">x</a>')
    assert not html_equivalent("<p>a<br>b</p>", "<p>ab</p>")
    assert not html_equivalent("<h1>x</h1>", "<h2>x</h2>")


def test_normal_form_refuses_characters_lxml_would_alter() -> None:
    """NUL and other control characters raise ContentError with the offset instead of being altered."""
    with pytest.raises(ContentError, match=r"U\+0000 at character offset 4"):
        normalise_html("<p>a\x00b</p>")
    with pytest.raises(ContentError, match=r"U\+0001"):
        normalise_html("<p>\x01</p>")
    with pytest.raises(ContentError, match=r"U\+D800"):
        normalise_html("<p>\ud800</p>")


def test_normal_form_refuses_nesting_beyond_the_parser_limit() -> None:
    """More than 2,000 nested elements raise ContentError instead of silently losing content."""
    with pytest.raises(ContentError, match="Excessive depth in document"):
        normalise_html("<div>" * 3000 + "x" + "</div>" * 3000)


def test_normal_form_is_idempotent() -> None:
    """Normalising a normal form changes nothing."""
    once = normalise_html('<div><div> <p b="1" a="2">x&nbsp;&amp;</p> </div></div>')
    assert normalise_html(once) == once


def test_first_difference_names_path_and_text() -> None:
    """The difference helper points at the first differing node with a readable message."""
    assert first_difference("<p>x</p>", "<div><p>x</p></div>") is None
    assert first_difference("<p>a</p><p>Beratung</p>", "<p>a</p><p>Beratungen</p>") == (
        "at /p[2]/text()[1]: 'Beratung' vs 'Beratungen'"
    )
    assert first_difference('<p class="a">x</p>', "<p>x</p>") == 'at /p[1]: <p class="a"> vs <p>'
    assert first_difference("<p>a</p><hr>", "<p>a</p>") == "at /hr[1]: only the first has <hr>"


def test_normal_form_counts_comments() -> None:
    """Comments are part of the DOM and count; <?...?> is parsed as a comment too."""
    assert not html_equivalent("<p>a<!-- x -->b</p>", "<p>ab</p>")
    assert normalise_html("<p>a<?php x ?></p>") == "<p>a<!--?php x ?--></p>"
    assert first_difference("<p><!-- a --></p>", "<p><!-- b --></p>") == (
        "at /p[1]/comment()[1]: comment ' a ' vs comment ' b '"
    )


def test_normal_form_strips_whitespace_around_top_level_inline_content() -> None:
    """Leading and trailing whitespace of the fragment do not count, even next to inline content."""
    assert normalise_html("  <b>x</b> \n ") == "<b>x</b>"
    assert normalise_html("\n<b>x</b> y") == "<b>x</b> y"
