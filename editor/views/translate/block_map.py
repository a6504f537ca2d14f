"""Where the blocks of :func:`editor.text.segments.split_blocks` sit in a surface's QTextDocument.

The segments and the surface parse the same normal form, so their blocks come in the same order; the
surface shows a ``notranslate`` text as one chip character, may keep a construct it does not edit
(a list item mixing text and paragraphs, a contact card) as one protected block, and shows a table
cell holding paragraphs or a list (one segment) as several blocks. The map therefore pairs blocks
by their letters (chips and ``notranslate`` texts left out) with a sequence match, gives a segment
shown as several blocks the first of them, and gives blocks it cannot match the document block after
the last matched one. Offsets into ``Block.text`` map to
document positions the same way, character by character.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from editor.text.realign import block_numbers, letters_key, segment_key
from editor.text.segments import Block


def document_blocks(document: QTextDocument) -> list[QTextBlock]:
    """The blocks of ``document`` in order."""
    found: list[QTextBlock] = []
    block = document.firstBlock()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def document_texts(document: QTextDocument) -> list[str]:
    """The text of each block of ``document`` (what :func:`block_numbers` matches segments with)."""
    return [block.text() for block in document_blocks(document)]


class BlockMap:
    """Segment index ↔ document block of one document (built once per text; cheap to rebuild).

    ``numbers`` (from :func:`editor.text.realign.block_numbers` on the document's block texts, computed
    off the GUI thread) saves the matching; without it the map matches here.
    """

    def __init__(
        self, document: QTextDocument, segments: list[Block], numbers: list[int] | None = None
    ) -> None:
        self.document = document
        self.segments = segments
        self._doc_blocks = document_blocks(document)
        if numbers is None:
            numbers = block_numbers(segments, [b.text() for b in self._doc_blocks])
        self._numbers = numbers

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
        """A cursor selecting ``Block.text[start:end]`` of segment ``index`` in the document (across
        the blocks showing it: a table cell's paragraphs and list items)."""
        blocks = self._shown_in(index)
        text = self.segments[index].text
        shown = "\u2029".join(block.text() for block in blocks)
        cursor = QTextCursor(self.document)
        lo = _position(blocks, _offset(text, shown, start))
        hi = _position(blocks, _offset(text, shown, end))
        cursor.setPosition(lo)
        cursor.setPosition(max(hi, lo), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _shown_in(self, index: int) -> list[QTextBlock]:
        """The document blocks showing segment ``index``: its own, and while its letters go on, the
        next ones before the next segment's (a cell of paragraphs or list items)."""
        if not self._doc_blocks:
            return [QTextBlock()]
        number = self._numbers[index]
        following = next((n for n in self._numbers[index + 1 :] if n > number), number + 1)
        blocks = [self._doc_blocks[number]]
        letters, shown = len(segment_key(self.segments[index])), len(letters_key(blocks[0].text()))
        for block in self._doc_blocks[number + 1 : following]:
            if shown >= letters:
                break
            blocks.append(block)
            shown += len(letters_key(block.text()))
        return blocks


def _position(blocks: list[QTextBlock], at: int) -> int:
    """The document position of offset ``at`` into the texts of ``blocks`` joined by one separator."""
    for block in blocks:
        if at <= len(block.text()):
            return block.position() + at
        at -= len(block.text()) + 1
    return blocks[-1].position() + len(blocks[-1].text())


def _offset(text: str, shown: str, at: int) -> int:
    """Where offset ``at`` of the plain ``text`` falls in the block's ``shown`` text."""
    if text == shown:
        return min(at, len(shown))
    matcher = SequenceMatcher(None, text, shown, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        if a <= at < a + size or (size == 0 and a <= at):
            return min(b + (at - a), len(shown))
        if at < a:
            return min(b, len(shown))
    return len(shown)
