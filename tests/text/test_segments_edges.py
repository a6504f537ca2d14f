"""Edge cases of blocks, alignment and diff: markup the demo pages do not have."""

from __future__ import annotations

import pytest

from editor.text.alignment import Pair, align
from editor.text.diff import INSERTED, source_diff
from editor.text.segments import CELL, ITEM, OTHER, PARAGRAPH, TEXT, plain_text, same_markup, split_blocks
from editor.text.xliff import XliffError, XliffPage, read_xliff, write_xliff


def test_split_blocks_containers_stray_items_and_captions() -> None:
    """Sections are walked into, a stray li is an item, a caption a paragraph, br runs are split."""
    html = (
        "<section><p>A</p>x<br>y<!-- c --><br></section><li>lost</li><hr>"
        "<table><caption>Cap</caption><tr><td>1</td></tr><tfoot><tr><th>2</th></tr><b>no</b></tfoot></table>"
        "<ul><li>one</li><p>odd</p></ul><pre>code</pre><img src='a.png'>"
    )
    blocks = split_blocks(html)
    assert [(b.kind, b.text) for b in blocks] == [
        (PARAGRAPH, "A"),
        (TEXT, "x y"),
        (ITEM, "lost"),
        (PARAGRAPH, "Cap"),
        (CELL, "1"),
        (CELL, "2"),
        (ITEM, "one"),
        (PARAGRAPH, "odd"),
        (OTHER, "code"),
    ]
    assert blocks[1].html == blocks[1].inline_html == "x<br>y<!-- c --><br>"
    assert plain_text("<h2>T</h2><p>a  b</p>") == "T\na b"


def test_block_html_and_inline_html() -> None:
    """A block writes its element and its own content in normal form; a nested list is not own content."""
    item, nested = split_blocks('<ul><li id="x"><b>a</b><ul><li>b</li></ul></li></ul>')
    assert item.html == '<li id="x"><b>a</b><ul><li>b</li></ul></li>'
    assert item.inline_html == "<b>a</b>"
    assert nested.inline_html == "b"
    assert split_blocks("<p>a &amp; b</p>")[0].inline_html == "a &amp; b"


def test_same_markup_compares_tags_attributes_and_text() -> None:
    """Same text, different markup: not the same; same markup: the same."""
    one, two, three, four = split_blocks("<p><b>a</b></p><p><i>a</i></p><p><b>a</b></p><p><b>a</b>c</p>")
    assert same_markup(one, three)
    assert not same_markup(one, two)
    assert not same_markup(one, four)
    item, _nested = split_blocks("<ul><li>a<ul><li>b</li></ul></li></ul>")
    lone = split_blocks("<ul><li>a</li></ul>")[0]
    assert not same_markup(item, lone)
    with_text = split_blocks("<ul><li>x<ul><li>b</li></ul></li></ul>")[0]
    assert not same_markup(item, with_text)


def test_align_empty_sides_and_pair_gaps() -> None:
    """With nothing on one side every block is a gap; Pair.is_gap says so."""
    blocks = split_blocks("<p>a</p><p>b</p>")
    pairs = align(blocks, [])
    assert [p.is_gap for p in pairs] == [True, True]
    assert align([], []) == []
    assert not Pair(blocks[0], blocks[1], 0, 1).is_gap


def test_align_long_unanchored_stretch_is_banded() -> None:
    """A long page without anchors is still aligned in order (the banded alignment)."""
    source = split_blocks("".join(f"<p>Absatz {'x' * (n % 7)}</p>" for n in range(260)))
    target = split_blocks("".join(f"<p>Paragraph {'y' * (n % 7)}</p>" for n in range(250)))
    pairs = align(source, target)
    assert [p.source_index for p in pairs if p.source_index is not None] == list(range(260))
    assert [p.target_index for p in pairs if p.target_index is not None] == list(range(250))


def test_align_anchor_chain_skips_crossing_anchors() -> None:
    """Anchors that cross (moved blocks) are dropped from the chain, the rest stays in order."""
    source = split_blocks("<p>1 a</p><p>2 b</p><p>3 c</p><p>4 d</p>")
    target = split_blocks("<p>1 A</p><p>3 C</p><p>2 B</p><p>4 D</p>")
    pairs = [(p.source_index, p.target_index) for p in align(source, target) if not p.is_gap]
    assert (0, 0) in pairs
    assert (3, 3) in pairs


def test_source_diff_inserted_words_count_as_new() -> None:
    """Words inserted into a block count as new words."""
    diff = source_diff("<p>Bitte kommen Sie.</p>", "<p>Bitte kommen Sie pünktlich und allein.</p>")
    assert diff.word_counts() == (3, 0)
    assert diff.blocks[0].spans[0].op == INSERTED


@pytest.mark.parametrize(
    ("pages", "version", "message"),
    [([], "1.2", "no pages"), ([XliffPage("1", "de", "en", "", "", "", "")], "3.0", "version '3.0'")],
)
def test_write_xliff_refuses(pages: list[XliffPage], version: str, message: str) -> None:
    """No pages or an unknown version: XliffError."""
    with pytest.raises(XliffError, match=message):
        write_xliff(pages, version)


def test_read_xliff_file_without_units_and_external_file() -> None:
    """A <file> without title or content is refused; an external-file href is kept."""
    with pytest.raises(XliffError, match="no title or content unit"):
        read_xliff(b'<xliff version="2.0" srcLang="de" trgLang="en"><file original="1"/></xliff>')
    data = (
        b'<xliff version="1.2"><file original="x" source-language="de" target-language="en">'
        b'<header><external-file href="https://cms/r/de/a/"/></header><body>'
        b'<trans-unit id="title"><source>A</source><target>B</target></trans-unit></body></file></xliff>'
    )
    (page,) = read_xliff(data)
    assert (page.page_id, page.external_href, page.target_title) == (None, "https://cms/r/de/a/", "B")
