"""The pure part of aligning the translator's desk: split, align, source diff, block keys (Qt-free).

The desk (``editor/views/translate/desk.py``) reads both panes on the GUI thread and hands the texts
to :func:`realign` on the task runner's check pool (decision 0026). :func:`realign` splits the source
*once* and shares the blocks between the aligned view and the source diff, and remembers its last
results keyed by the texts: while a translator types in the target, the source and the base do not
change, so their blocks and the diff are taken from the cache and only the target is split and
aligned again. The caches are small (a few pages) and safe to use from several threads.

It also matches the segments to the blocks of the panes' documents by their letters
(:func:`block_numbers`, the pure half of the desk's ``BlockMap``), so that the GUI thread only has to
look the document blocks up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from editor.text.alignment import Pair, align
from editor.text.diff import SourceDiff, diff_blocks
from editor.text.errors import ContentError
from editor.text.segments import Block, split_blocks

_NOT_ALNUM = re.compile(r"[\W_]+")
#: How many texts, alignments and diffs are remembered (the two panes and a base, a few pages back).
CACHED = 8


@dataclass(frozen=True, slots=True)
class Realigned:
    """What :func:`realign` found: both texts' blocks, their alignment, the source diff against the
    base (None without a base), when document texts were given, where each segment sits among the
    document's blocks (``None`` otherwise; see :func:`block_numbers`), and the two texts."""

    source: list[Block]
    target: list[Block]
    pairs: list[Pair]
    diff: SourceDiff | None
    source_numbers: list[int] | None = None
    target_numbers: list[int] | None = None
    source_html: str = ""
    target_html: str = ""


def realign(
    source_html: str,
    target_html: str,
    base_html: str | None = None,
    documents: tuple[Sequence[str], Sequence[str]] | None = None,
) -> Realigned:
    """Split both texts, align them, diff the source against ``base_html`` (when given) and match the
    segments to the ``documents``' block texts (when given). Raises ``ContentError`` when the source
    or the target cannot be parsed (a base that cannot be parsed gives no diff)."""
    source, target = list(_split(source_html)), list(_split(target_html))
    pairs = list(_align(source_html, target_html))
    diff = None
    if base_html is not None:
        try:
            diff = _diff(base_html, source_html)
        except ContentError:  # a base that cannot be parsed: nothing to compare with, still aligned
            diff = None
    numbers: tuple[list[int] | None, list[int] | None] = (None, None)
    if documents is not None:
        numbers = (
            list(_numbers(source_html, tuple(documents[0]))),
            list(_numbers(target_html, tuple(documents[1]))),
        )
    return Realigned(source, target, pairs, diff, *numbers, source_html, target_html)


def clear_caches() -> None:
    """Forget every remembered split, alignment and diff (benchmarks measure the first time)."""
    for cached in (_split, _align, _diff, _numbers):
        cached.cache_clear()


def split_cached(html: str) -> list[Block]:
    """:func:`editor.text.segments.split_blocks`, remembered for the last few texts."""
    return list(_split(html))


@lru_cache(maxsize=CACHED)
def _split(html: str) -> tuple[Block, ...]:
    return tuple(split_blocks(html))


@lru_cache(maxsize=CACHED)
def _align(source_html: str, target_html: str) -> tuple[Pair, ...]:
    return tuple(align(_split(source_html), _split(target_html)))


@lru_cache(maxsize=CACHED)
def _diff(base_html: str, source_html: str) -> SourceDiff:
    return diff_blocks(list(_split(base_html)), list(_split(source_html)))


@lru_cache(maxsize=CACHED)
def _numbers(html: str, document_texts: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(block_numbers(_split(html), document_texts))


def letters_key(text: str) -> str:
    """A text's letters and digits, case-folded: what a segment and a document block share."""
    return _NOT_ALNUM.sub("", text.casefold())


def segment_key(block: Block) -> str:
    """:func:`letters_key` of a segment without its ``notranslate`` texts (the surface shows a chip)."""
    text = block.text
    for name in block.notranslate:
        text = text.replace(name, " ", 1)
    return letters_key(text)


def block_numbers(segments: Sequence[Block], document_texts: Sequence[str]) -> list[int]:
    """For each segment, the number of the document block showing it.

    Segments and document blocks come in the same order; they are paired by their letters with a
    sequence match, and a segment that matches nothing takes the document block of the segment before
    it (0 at the start). A segment shown as several document blocks in a row (a table cell holding
    paragraphs or a list) takes the first of them.
    """
    seg_keys = [segment_key(b) for b in segments]
    doc_keys = [letters_key(text) for text in document_texts]
    if seg_keys == doc_keys:  # the usual case: one document block per segment
        return list(range(len(seg_keys)))
    found: list[int | None] = [None] * len(seg_keys)
    matcher = SequenceMatcher(None, seg_keys, doc_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for offset in range(i2 - i1):
                found[i1 + offset] = j1 + offset
        elif tag == "replace":
            _pair_replaced(seg_keys, doc_keys, (i1, i2, j1, j2), found)
    numbers: list[int] = []
    last = 0
    for number in found:
        last = number if number is not None else last
        numbers.append(last)
    return numbers


def _pair_replaced(
    seg_keys: Sequence[str],
    doc_keys: Sequence[str],
    ranges: tuple[int, int, int, int],
    found: list[int | None],
) -> None:
    """Pair the segments ``i1:i2`` with the document blocks ``j1:j2`` in order: a segment whose letters
    are those of several blocks in a row takes the first of them; any other one the next block."""
    i, i2, j, j2 = ranges
    while i < i2 and j < j2:
        found[i] = j
        end, joined = j, ""
        while end < j2 and len(joined) < len(seg_keys[i]) and seg_keys[i].startswith(joined + doc_keys[end]):
            joined += doc_keys[end]
            end += 1
        several = end - j > 1 and joined == seg_keys[i]
        i, j = i + 1, (end if several else j + 1)
