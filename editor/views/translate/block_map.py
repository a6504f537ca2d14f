"""Where the blocks of :func:`editor.text.segments.split_blocks` sit in a surface's QTextDocument.

The segments and the surface parse the same normal form, so their blocks come in the same order; the
surface shows a ``notranslate`` text as one chip character and may keep a construct it does not edit
(a loose list item, a cell holding paragraphs) as one protected block. The map therefore pairs blocks
by their letters (chips and ``notranslate`` texts left out) with a sequence match, and gives blocks
it cannot match the document block after the last matched one. Offsets into ``Block.text`` map to
document positions the same way, character by character.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from editor.text.segments import Block

_CHIP = "\ufffc"


_NOT_ALNUM = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _NOT_ALNUM.sub("", text.casefold())


def _segment_key(block: Block) -> str:
    text = block.text
    for name in block.notranslate:
        text = text.replace(name, " ", 1)
    return _key(text)


class BlockMap:
    """Segment index ↔ document block of one document (built once per text; cheap to rebuild)."""

    def __init__(self, document: QTextDocument, segments: list[Block]) -> None:
        self.document = document
        self.segments = segments
        doc_blocks: list[QTextBlock] = []
        block = document.firstBlock()
        while block.isValid():
            doc_blocks.append(block)
            block = block.next()
        self._doc_blocks = doc_blocks
        self._numbers = self._match([_segment_key(b) for b in segments], [_key(b.text()) for b in doc_blocks])

    @staticmethod
    def _match(seg_keys: list[str], doc_keys: list[str]) -> list[int]:
        found: list[int | None] = [None] * len(seg_keys)
        matcher = SequenceMatcher(None, seg_keys, doc_keys, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag in ("equal", "replace"):
                for offset in range(min(i2 - i1, j2 - j1)):
                    found[i1 + offset] = j1 + offset
        numbers: list[int] = []
        last = 0
        for number in found:
            last = number if number is not None else last
            numbers.append(last)
        return numbers

    def __len__(self) -> int:
        return len(self.segments)

    def block(self, index: int) -> QTextBlock:
        """The document block showing segment ``index``."""
        return self._doc_blocks[self._numbers[index]] if self._doc_blocks else QTextBlock()

    def index_at(self, position: int) -> int | None:
        """The segment shown at document ``position`` (the nearest one before it), or None."""
        number = self.document.findBlock(position).blockNumber()
        best = None
        for index, mapped in enumerate(self._numbers):
            if mapped <= number:
                best = index
            else:
                break
        return best

    def span_cursor(self, index: int, start: int, end: int) -> QTextCursor:
        """A cursor selecting ``Block.text[start:end]`` of segment ``index`` in the document."""
        block = self.block(index)
        text = self.segments[index].text
        shown = block.text()
        cursor = QTextCursor(self.document)
        lo = block.position() + _offset(text, shown, start)
        hi = block.position() + _offset(text, shown, end)
        cursor.setPosition(lo)
        cursor.setPosition(max(hi, lo), QTextCursor.MoveMode.KeepAnchor)
        return cursor


def _offset(text: str, shown: str, at: int) -> int:
    """Where offset ``at`` of the plain ``text`` falls in the block's ``shown`` text."""
    if text == shown:
        return at
    matcher = SequenceMatcher(None, text, shown, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        if a <= at < a + size or (size == 0 and a <= at):
            return min(b + (at - a), len(shown))
        if at < a:
            return min(b, len(shown))
    return len(shown)
