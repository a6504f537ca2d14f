"""What changed in the source since a base: block-aligned, word-level."""

from __future__ import annotations

from editor.text.diff import CHANGED, DELETED, INSERTED, UNCHANGED, source_diff, word_diff
from tests.text.demo_pages import RESIDENCE_DE, demo_html


def _old_residence_page() -> str:
    """The German page as it was before the new paragraph, the steps list and the Bürgergeld paragraph."""
    html = demo_html("de", RESIDENCE_DE)
    start = html.index("<p>Seit dem")
    html = html[:start] + html[html.index("<h2>Diese") :]
    start = html.index("<p>Wenn Sie Bürgergeld")
    html = html[:start] + html[html.index("<h2>Was passiert") :]
    return html.replace("zwischen 93 und 98 Euro", "zwischen 90 und 98 Euro")


def test_source_diff_marks_inserted_blocks_and_changed_words() -> None:
    """New blocks are inserted; the fee paragraph is changed at exactly the number."""
    new = demo_html("de", RESIDENCE_DE)
    diff = source_diff(_old_residence_page(), new)
    ops = [(b.op, b.new.text[:12] if b.new else b.old_text[:12]) for b in diff.blocks if b.op != UNCHANGED]
    assert ops == [
        (INSERTED, "Seit dem 1. "),
        (INSERTED, "So läuft es "),
        (INSERTED, "Sie stellen "),
        (INSERTED, "Beim Termin "),
        (INSERTED, "Der neue Auf"),
        (INSERTED, "Sie bekommen"),
        (CHANGED, "Die Gebühr b"),
        (INSERTED, "Wenn Sie Bür"),
    ]
    fee = next(b for b in diff.blocks if b.op == CHANGED)
    assert fee.new is not None
    (span,) = fee.spans
    assert (span.op, fee.new.text[span.start : span.end], span.old) == (CHANGED, "93", "90")
    assert "90 und 98" in fee.old_text
    new_words, changed_words = diff.word_counts()
    assert changed_words == 1
    assert new_words > 60


def test_source_diff_restored_base_is_unchanged() -> None:
    """The same text, written differently (attribute order, wrapper, whitespace), changes nothing."""
    base = '<div><p class="a" id="x">Hallo  Welt</p>\n<ul><li>Eins</li></ul></div>'
    same = '<p id="x" class="a">Hallo  Welt</p><ul>\n<li>Eins</li></ul>'
    assert not source_diff(base, same).changed


def test_source_diff_deleted_block_and_moved_markup() -> None:
    """A removed block is deleted; a block whose markup alone changed is changed without word spans."""
    diff = source_diff("<p>Eins</p><p>Zwei</p><p>Drei</p>", "<p>Eins</p><p><b>Drei</b></p>")
    assert [(b.op, b.old_text) for b in diff.blocks] == [
        (UNCHANGED, "Eins"),
        (DELETED, "Zwei"),
        (CHANGED, "Drei"),
    ]
    assert diff.blocks[2].spans == ()
    assert diff.by_new_index()[1].op == CHANGED


def test_word_diff_insert_delete_offsets_into_new_text() -> None:
    """Inserted words have their range in the new text; deleted words a point and their old text."""
    spans = word_diff("Bitte bringen Sie den Pass mit.", "Bitte bringen Sie unbedingt den Pass.")
    assert [(s.op, s.start, s.end, s.old) for s in spans] == [
        (INSERTED, 18, 27, ""),
        (DELETED, 36, 36, "mit"),
    ]
