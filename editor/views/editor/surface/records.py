"""The side table behind a surface document: what the ids in its formats' user properties point to.

Qt formats hold only small ids (``QTextFormat.UserProperty + n``); the ids point into a
:class:`SideTable` of plain objects: the original model block a document block came from, the tag of a
list or list item, a mark (inline element instance) or an atom.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QTextFormat

from editor.text.surface.model import Block, Mark, Marks, Tag

P_BLOCK = QTextFormat.Property.UserProperty + 1
"""Block format: id of the :class:`BlockRecord` the block was built from."""
P_MARKS = QTextFormat.Property.UserProperty + 2
"""Char format: the mark keys of the run, outermost first, as ``"3.17"``."""
P_ATOM = QTextFormat.Property.UserProperty + 3
"""Char format: id of the atom (or protected block) an object character stands for."""
P_NEWLINE = QTextFormat.Property.UserProperty + 4
"""Char format: this space stands for a newline in the stored text (shown as a space)."""
P_LABEL = QTextFormat.Property.UserProperty + 5
"""Char format of a chip: the text it shows."""
P_KIND = QTextFormat.Property.UserProperty + 6
"""Char format of a chip: ``notranslate``, ``image``, ``unknown``, ``contact``, ``rule``."""
P_LIST = QTextFormat.Property.UserProperty + 7
"""List format: id of the :class:`BlockRecord` of the ``ul``/``ol``."""
P_QUOTE = QTextFormat.Property.UserProperty + 8
"""Block format: id of the :class:`BlockRecord` of the ``blockquote`` the block sits in."""
P_TABLE = QTextFormat.Property.UserProperty + 9
"""Table format: id of the :class:`BlockRecord` of the table."""

P_CELL = QTextFormat.Property.UserProperty + 10
"""Table cell format: id of the :class:`CellRecord` of the ``td``/``th``."""
P_PARA = QTextFormat.Property.UserProperty + 11
"""Block format: id of the :class:`BlockRecord` of a ``p`` inside an ``li`` (a loose list item). On a list
item's block it is the item's first paragraph; on a block outside the list, a further paragraph of the
list item before it (indented as the item's text)."""

OBJECT_CHAR = "\ufffc"
LINE_SEPARATOR = "\u2028"


@dataclass(slots=True)
class BlockRecord:
    """What a document block (or list, quote, table) was built from."""

    tag: Tag | None
    origin: Block | None = None
    """The top-level model block (for its original HTML), None for parts of one and for new blocks."""


@dataclass(eq=False, slots=True)
class SectionRecord:
    """A table's ``thead``/``tbody``/``tfoot`` (``tag`` None: rows straight in the table); one per section."""

    tag: Tag | None


@dataclass(slots=True)
class CellRecord:
    """A table cell's ``td``/``th``, the ``tr`` it sits in and the section of that row.

    Kept in the cell's own format, so Qt carries it along when rows and columns are inserted, removed,
    undone and redone; the reader rebuilds the table's structure from the cells it finds.
    """

    tag: Tag
    row: Tag
    section: SectionRecord


class SideTable:
    """Ids to records, marks and atoms for one document."""

    def __init__(self) -> None:
        self._items: dict[int, Any] = {}
        self._marks: dict[int, Mark] = {}
        self._next = 1
        self.dir_convention = ""
        """The ``dir`` the page's blocks carry (given to new blocks, as their siblings have it)."""

    def add(self, item: Any) -> int:
        """Store ``item``; returns its id (never 0)."""
        ident = self._next
        self._next += 1
        self._items[ident] = item
        return ident

    def get(self, ident: Any) -> Any:
        """The item stored under ``ident`` (None for 0, None or an unknown id)."""
        return self._items.get(ident) if isinstance(ident, int) else None

    def marks_key(self, marks: Marks) -> str:
        """Register ``marks``; the string stored in a char format."""
        for mark in marks:
            self._marks[mark.key] = mark
        return ".".join(str(mark.key) for mark in marks)

    def marks_of(self, key: Any) -> Marks:
        """The marks a char format's ``P_MARKS`` string stands for."""
        if not key or not isinstance(key, str):
            return ()
        return tuple(self._marks[int(part)] for part in key.split(".") if int(part) in self._marks)
