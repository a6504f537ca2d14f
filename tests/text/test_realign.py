"""The desk's pure realignment: split once, shared by the aligned view and the diff, cached by text."""

from __future__ import annotations

import pytest

from editor.text.alignment import similarity
from editor.text.diff import diff_blocks, source_diff
from editor.text.qa import QaContext, check_pairs, check_translation
from editor.text.realign import block_numbers, clear_caches, realign, split_cached
from editor.text.segments import align, split_blocks
from tests.text.alignment_cases import edited, fewer, page_pairs
from tests.text.demo_pages import RESIDENCE_DE, RESIDENCE_EN, demo_html


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_realign_gives_what_split_align_and_diff_give(language: str) -> None:
    """For every demo page pair, the pairs and the diff are those of the separate calls."""
    for number, (_path, german, other) in enumerate(page_pairs(language)):
        base = edited(german, number)
        found = realign(german, other, base)
        source, target = split_blocks(german), split_blocks(other)
        assert found.source == source
        assert found.target == target
        assert found.pairs == align(source, target)
        assert found.diff == source_diff(base, german)


def test_realign_shares_the_source_blocks_between_the_view_and_the_diff() -> None:
    """The diff's new blocks are the aligned view's source blocks (one split), not equal copies."""
    german, english = demo_html("de", RESIDENCE_DE), demo_html("en", RESIDENCE_EN)
    found = realign(german, english, edited(german, 1))
    assert found.diff is not None
    for index, change in found.diff.by_new_index().items():
        assert change.new is found.source[index]
    for pair in found.pairs:
        if pair.source_index is not None:
            assert pair.source is found.source[pair.source_index]


def test_realign_typing_in_the_target_reuses_the_source_and_the_diff() -> None:
    """A new target text aligns afresh, while the source's blocks and the diff come from the cache."""
    german, english = demo_html("de", RESIDENCE_DE), demo_html("en", RESIDENCE_EN)
    base = edited(german, 2)
    first = realign(german, english, base)
    typed = english.replace("</p>", " more words</p>", 1)
    second = realign(german, typed, base)
    assert second.diff is first.diff
    assert all(a is b for a, b in zip(first.source, second.source, strict=True))
    assert second.target == split_blocks(typed)
    assert second.pairs == align(split_blocks(german), split_blocks(typed))


def test_realign_fewer_target_blocks_and_arabic() -> None:
    """A target with blocks dropped aligns as the direct call does, in Arabic too."""
    _path, german, arabic = page_pairs("ar")[3]
    shorter = fewer(arabic, 7)
    found = realign(german, shorter)
    assert found.diff is None
    assert found.pairs == align(split_blocks(german), split_blocks(shorter))
    assert any(pair.target is None for pair in found.pairs)


def test_realign_base_that_cannot_be_parsed_gives_no_diff_but_an_alignment() -> None:
    """A broken base only drops the comparison; the panes are still aligned."""
    german, english = demo_html("de", RESIDENCE_DE), demo_html("en", RESIDENCE_EN)
    found = realign(german, english, "<p>broken \x01 base</p>")
    assert found.diff is None
    assert found.pairs == align(split_blocks(german), split_blocks(english))


def test_split_cached_returns_a_fresh_list_each_time() -> None:
    """A caller changing its list does not change what the next caller gets."""
    html = demo_html("de", RESIDENCE_DE)
    mine = split_cached(html)
    mine.clear()
    assert split_cached(html) == split_blocks(html)


def test_realign_diff_equals_diff_blocks_of_the_shared_split() -> None:
    """The cached diff is exactly ``diff_blocks`` of the two splits."""
    german = demo_html("de", RESIDENCE_DE)
    base = edited(german, 4)
    found = realign(german, german, base)
    assert found.diff == diff_blocks(split_blocks(base), split_blocks(german))


def test_block_numbers_pairs_segments_with_document_blocks_by_letters() -> None:
    """Chips (``notranslate`` texts) and punctuation do not matter; an unmatched segment takes the
    document block of the segment before it."""
    segments = split_blocks(
        '<p>Hallo, Welt!</p><p>Die <span class="notranslate">VHS</span> hilft.</p>'
        "<p>nicht im Dokument</p><p>Ende</p>"
    )
    documents = ["hallo welt", "Die \ufffc hilft", "Ende"]
    assert block_numbers(segments, documents) == [0, 1, 1, 2]
    found = realign("<p>a</p><p>b</p>", "<p>a</p>", None, (["a", "b"], ["a"]))
    assert (found.source_numbers, found.target_numbers) == ([0, 1], [0])


def test_check_pairs_equals_check_translation() -> None:
    """QA on the desk's blocks and pairs warns exactly as QA on the two texts."""
    german, english = demo_html("de", RESIDENCE_DE), demo_html("en", RESIDENCE_EN)
    english = english.replace("8", "9", 1)
    source, target = split_blocks(german), split_blocks(english)
    context = QaContext("de", "en")
    assert check_pairs(source, target, align(source, target), context) == check_translation(
        german, english, context
    )
    assert check_pairs(source, [], [], context) == check_translation(german, "", context)


def test_block_numbers_one_document_block_per_segment_and_cached_realign_agree() -> None:
    """The short cut for identical keys gives what the sequence match gives; a remembered match is
    the same as a fresh one."""
    german = demo_html("de", RESIDENCE_DE)
    segments = split_blocks(german)
    texts = [block.text for block in segments]
    assert block_numbers(segments, texts) == list(range(len(segments)))
    shifted = ["Vorspann", *texts]
    assert block_numbers(segments, shifted) == list(range(1, len(segments) + 1))
    first = realign(german, german, None, (texts, shifted))
    again = realign(german, german, None, (texts, shifted))
    assert first.source_numbers == again.source_numbers == list(range(len(segments)))
    assert first.target_numbers == again.target_numbers == list(range(1, len(segments) + 1))


def test_clear_caches_gives_the_same_results_computed_afresh() -> None:
    """After the caches are cleared the texts are split again (new block objects), with equal results."""
    german, english = demo_html("de", RESIDENCE_DE), demo_html("en", RESIDENCE_EN)
    before = realign(german, english, german)
    clear_caches()
    after = realign(german, english, german)
    assert after.source[0] is not before.source[0]
    assert (after.source, after.target, after.pairs, after.diff) == (
        before.source,
        before.target,
        before.pairs,
        before.diff,
    )


def test_similarity_of_two_empty_blocks_of_one_language() -> None:
    """Two empty paragraphs share no words: the word overlap counts as none, not as a division by zero."""
    empty = split_blocks("<p></p>")[0]
    assert similarity(empty, empty, same_language=True) == pytest.approx(2.5 - 3.5 + 3.0)


def test_block_numbers_gives_a_cell_of_paragraphs_its_first_document_block() -> None:
    """A table cell holding a list or paragraphs is one segment but several document blocks: it takes
    the first of them, and the segments after it stay with their own blocks."""
    segments = split_blocks(
        "<table><tbody><tr><td>Montag</td><td><ul><li>9–12 Uhr</li><li>14–16 Uhr</li></ul></td></tr>"
        "<tr><td>Dienstag</td><td><p>zu</p><p>Termine: 123</p></td></tr></tbody></table>"
        '<div data-contact-id="1"><p>Amt</p><p>Platz 1</p></div><p>Ende</p>'
    )
    documents = ["", "Montag", "9–12 Uhr", "14–16 Uhr", "Dienstag", "zu", "Termine: 123", "\ufffc", "Ende"]
    assert [segment.text for segment in segments][1::2] == [
        "9–12 Uhr 14–16 Uhr",
        "zu Termine: 123",
        "Platz 1",
    ]
    assert block_numbers(segments, documents) == [1, 2, 4, 5, 7, 7, 8]
