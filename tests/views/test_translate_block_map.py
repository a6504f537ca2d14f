"""The desk's map from segments to the blocks of a surface: table cells shown as several blocks."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editor.text.segments import split_blocks
from editor.views.translate.block_map import BlockMap
from tests.views.surface_keys import shown_surface

PAGE = (
    "<p>Öffnungszeiten</p>\n<table><tbody><tr><td>Montag</td><td><ul><li>9–12 Uhr</li><li>14–16 Uhr"
    "</li></ul></td></tr><tr><td>Dienstag</td><td><p>geschlossen</p><p>Termine unter 123</p></td></tr>"
    "</tbody></table>\n<p>Ende der Tabelle</p>"
)


def test_block_map_finds_text_in_every_block_of_a_cell(qtbot: QtBot) -> None:
    """A word in a cell's second paragraph or list item is selected where it is shown; the segments
    after the cell keep their own blocks."""
    edit = shown_surface(qtbot, PAGE)
    segments = split_blocks(PAGE)
    block_map = BlockMap(edit.document(), segments)
    texts = [segment.text for segment in segments]
    for index, word in (
        (texts.index("geschlossen Termine unter 123"), "Termine"),
        (2, "14–16"),
        (0, "zeiten"),
    ):
        start = texts[index].index(word)
        assert block_map.span_cursor(index, start, start + len(word)).selectedText() == word
    last = texts.index("Ende der Tabelle")
    assert block_map.block(last).text() == "Ende der Tabelle"
    assert block_map.span_cursor(last, 5, 8).selectedText() == "der"
