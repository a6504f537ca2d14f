"""What changed in a text since a base: block-aligned, word-level (Qt-free).

:func:`source_diff` splits the base and the new HTML into blocks (:mod:`editor.text.segments`),
aligns them as two versions of one language, and diffs the words of every paired block. The result
lists every block of both versions in order with what happened to it; spans carry offsets into the
new block's plain text (``Block.text``), so the source pane can mark them, and the old text of a
changed block is kept for "show the old text".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from editor.text.alignment import align
from editor.text.segments import Block, same_markup, split_blocks

#: Block and span operations.
UNCHANGED, CHANGED, INSERTED, DELETED = "unchanged", "changed", "inserted", "deleted"
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Span:
    """A run of words that changed inside a block.

    ``op`` is ``inserted`` (new words), ``deleted`` (words gone: ``start == end`` is where they were)
    or ``changed`` (new words replacing ``old``); ``start``/``end`` are offsets into the new block's
    ``text``; ``old`` is the text that was there before ("" for an insertion).
    """

    op: str
    start: int
    end: int
    old: str


@dataclass(frozen=True, slots=True)
class BlockChange:
    """One block of the comparison: ``op`` is ``unchanged``, ``changed``, ``inserted`` (only in the
    new text) or ``deleted`` (only in the base); ``old``/``new`` are the block in the base and the new
    text; ``spans`` are the word changes of a ``changed`` block."""

    op: str
    old: Block | None
    new: Block | None
    old_index: int | None
    new_index: int | None
    spans: tuple[Span, ...] = ()

    @property
    def old_text(self) -> str:
        """The block's text in the base ("" for an inserted block)."""
        return self.old.text if self.old is not None else ""


@dataclass(frozen=True, slots=True)
class SourceDiff:
    """The comparison of a base and a new text, block by block."""

    blocks: tuple[BlockChange, ...]

    @property
    def changed(self) -> bool:
        """True when anything but markup-neutral whitespace changed."""
        return any(block.op != UNCHANGED for block in self.blocks)

    def by_new_index(self) -> dict[int, BlockChange]:
        """The change of each block of the new text, by its index in ``split_blocks(new)``."""
        return {b.new_index: b for b in self.blocks if b.new_index is not None}

    def word_counts(self) -> tuple[int, int]:
        """(new words, changed words): words of inserted blocks and inserted spans, and words of
        changed spans (what a translator must translate again)."""
        new = changed = 0
        for block in self.blocks:
            if block.op == INSERTED and block.new is not None:
                new += block.new.words
            for span in block.spans:
                words = len(_words(block.new.text[span.start : span.end])) if block.new else 0
                if span.op == INSERTED:
                    new += words
                elif span.op == CHANGED:
                    changed += words
        return new, changed


def source_diff(base_html: str, new_html: str) -> SourceDiff:
    """Compare ``base_html`` and ``new_html`` (see the module docstring)."""
    return diff_blocks(split_blocks(base_html), split_blocks(new_html))


def diff_blocks(old: list[Block], new: list[Block]) -> SourceDiff:
    """Compare two block lists of the same language."""
    out: list[BlockChange] = []
    for pair in align(old, new, same_language=True):
        if pair.target is None:
            out.append(BlockChange(DELETED, pair.source, None, pair.source_index, None))
        elif pair.source is None:
            out.append(BlockChange(INSERTED, None, pair.target, None, pair.target_index))
        elif pair.source.text == pair.target.text and same_markup(pair.source, pair.target):
            out.append(BlockChange(UNCHANGED, pair.source, pair.target, pair.source_index, pair.target_index))
        else:
            spans = word_diff(pair.source.text, pair.target.text)
            out.append(
                BlockChange(CHANGED, pair.source, pair.target, pair.source_index, pair.target_index, spans)
            )
    return SourceDiff(tuple(out))


def word_diff(old: str, new: str) -> tuple[Span, ...]:
    """Word-level spans turning ``old`` into ``new`` (offsets into ``new``).

    Only markup changed (same words): no spans; the block is still ``changed``.
    """
    old_tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(old)]
    new_tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(new)]
    matcher = SequenceMatcher(None, [t[0] for t in old_tokens], [t[0] for t in new_tokens], autojunk=False)
    spans: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        start = new_tokens[j1][1] if j1 < len(new_tokens) else len(new)
        end = new_tokens[j2 - 1][2] if j2 > j1 else start
        was = old[old_tokens[i1][1] : old_tokens[i2 - 1][2]] if i2 > i1 else ""
        op = {"insert": INSERTED, "delete": DELETED}.get(tag, CHANGED)
        spans.append(Span(op, start, end, was))
    return tuple(spans)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)
