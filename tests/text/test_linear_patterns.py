"""The linear link, image, code-span and start-tag scans give exactly python-markdown's own results."""

from __future__ import annotations

import markdown
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.htmlparser import htmlparser
from markdown.inlinepatterns import BacktickInlineProcessor, LinkInlineProcessor

from editor.text.convert.linear_patterns import _Backtick, _Link
from editor.text.convert.render import new_markdown

# Characters that make brackets, links, images, code spans and raw HTML, plus ordinary text.
_MARKDOWN_ALPHABET = st.sampled_from(list("[]()!`<>/=\"' \nab:#*-"))
_MARKDOWN = st.lists(_MARKDOWN_ALPHABET, max_size=60).map("".join)


def _stock() -> markdown.Markdown:
    """python-markdown with the same extensions but its own (quadratic) patterns."""
    return markdown.Markdown(extensions=[AttrListExtension(), SaneListExtension()], output_format="html")


@settings(max_examples=400, deadline=None)
@given(_MARKDOWN)
@example('[]("(')  # python-markdown ends a link target at a quote even with no ")" after it
def test_linear_patterns_render_like_python_markdown(text: str) -> None:
    """Random Markdown made of brackets, backticks and tags renders as stock python-markdown renders it."""
    ours, stock = new_markdown(), _stock()
    for md in (ours, stock):
        md.treeprocessors.deregister("desk_nested_list_newline", strict=False)
        md.treeprocessors.deregister("desk_list_attributes", strict=False)
    assert ours.convert(text) == stock.convert(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("`a ")), min_size=1, max_size=40).map("".join), st.data())
def test_linear_code_spans_match_find_code_spans(text: str, data: st.DataObject) -> None:
    """For every backtick, the run table answers what ``find_code_spans`` computes by scanning."""
    positions = [index for index, char in enumerate(text) if char == "`"]
    if not positions:
        return
    start = data.draw(st.sampled_from(positions))
    stock = BacktickInlineProcessor(r"`")
    assert _Backtick(r"`").find_code_spans(start, text) == stock.find_code_spans(start, text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("[]a!(")), min_size=1, max_size=40).map("".join), st.data())
def test_linear_brackets_match_get_text(text: str, data: st.DataObject) -> None:
    """For every ``[``, the bracket table answers what ``getText`` computes by scanning."""
    positions = [index + 1 for index, char in enumerate(text) if char == "["]
    if not positions:
        return
    index = data.draw(st.sampled_from(positions))
    md = markdown.Markdown()
    ours, stock = _Link(r"\[", md).getText(text, index), LinkInlineProcessor(r"\[", md).getText(text, index)
    assert ours[2] == stock[2]
    if stock[2]:
        assert ours == stock


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(list("ab'\"=/ \n\t-:<")), max_size=16).map("".join))
def test_start_tag_without_closing_bracket_is_never_complete(rest: str) -> None:
    """The shortcut in ``check_for_whole_start_tag``: with no ``>`` after a ``<`` the answer is -1."""
    parser = htmlparser.HTMLParser()
    parser.rawdata = "<a" + rest
    assert parser.check_for_whole_start_tag(0) == -1
