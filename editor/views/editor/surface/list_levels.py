"""List levels on a surface document: Tab nests list items, Shift+Tab takes them out, as TinyMCE's
lists plugin (the CMS's editor) does — each change one undo step.

Lists are ``QTextList``s nested by their format's indent (level 1: a list of the page or of a table
cell; level 2: a list in an item of it, …); a further paragraph of a loose item (``P_PARA``, no bullet)
is indented as its item's text. A change works on the *lines* of each top-level list the selection
touches (as TinyMCE works on every list root of the selection) — its items, their further paragraphs
and every list nested in them — in three steps: the new level of each line, a check
that the result is a list HTML can hold (no item deeper than one level below the item before it), then
the lines are put back into lists from their levels: the items that follow one another at one level
under one item are one ``QTextList`` (an existing one where it can be kept, so its record and its
original HTML stay), level 0 a paragraph.

- Increase: the selected items (and everything nested in them) go one level deeper, under the item
  before them; they join that item's sub-list if it has one (and take its kind), else they become a
  new one of their own kind. The first item of a list has no item before it: nothing happens.
- Decrease: one level out; the items after it that were its siblings become its sub-items. At the top
  level an item becomes a paragraph (its sub-items a list after it), as TinyMCE does.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextList, QTextListFormat

from editor.text.surface.model import Tag
from editor.views.editor.surface.builder import list_style, list_tag
from editor.views.editor.surface.commands import SurfaceCommands
from editor.views.editor.surface.records import P_BLOCK, P_LIST, P_PARA, BlockRecord


@dataclass(slots=True)
class _Line:
    """One block of a list: an item (with its bullet) or a further paragraph of one."""

    block: QTextBlock
    item: bool
    level: int
    new: int = 0
    moved: bool = False


def _container(block: QTextBlock) -> tuple[int, int, int] | None:
    """The table cell ``block`` is in (its table, row and column), None outside tables."""
    cursor = QTextCursor(block)
    table = cursor.currentTable()
    if table is None:
        return None
    cell = table.cellAt(cursor)
    return table.objectIndex(), cell.row(), cell.column()


def _level(block: QTextBlock) -> tuple[bool, int] | None:
    """(is an item, level) of a list line, None for a block that is not in a list."""
    qlist = block.textList()
    if qlist is not None:
        return True, max(qlist.format().indent(), 1)
    fmt = block.blockFormat()
    if fmt.hasProperty(P_PARA) and fmt.indent() > 0:
        return False, fmt.indent()
    return None


def _ordered(qlist: QTextList) -> bool:
    return list_tag(qlist.format()) == "ol"


class ListLevels:
    """Increase and decrease the list level of the selected items of a surface document."""

    def __init__(self, commands: SurfaceCommands) -> None:
        self.commands = commands

    # -- state ------------------------------------------------------------------------------------
    def in_list(self, cursor: QTextCursor) -> bool:
        """True when the cursor (or a block of the selection) is in a list item or a further paragraph."""
        return self._first_line(cursor) is not None

    def _first_line(self, cursor: QTextCursor) -> QTextBlock | None:
        """The first block of the selection that is in a list."""
        return next((block for block in self.commands.blocks(cursor) if _level(block) is not None), None)

    def can_change(self, cursor: QTextCursor, step: int) -> bool:
        """True when :meth:`change` would change something (``step``: +1 deeper, -1 out)."""
        return bool(self._plans(cursor, step))

    # -- commands ---------------------------------------------------------------------------------
    def change(self, cursor: QTextCursor, step: int) -> bool:
        """Move the selected items ``step`` (+1 or -1) levels, in every list the selection touches;
        one undo step. False when nothing can change (not in a list; the first item of a list cannot
        go deeper)."""
        plans = self._plans(cursor, step)
        if not plans:
            return False
        cursor.beginEditBlock()
        for lines in plans:  # the lists are apart: changing one leaves the others' blocks as they are
            self._apply(lines)
        cursor.endEditBlock()
        return True

    # -- planning ---------------------------------------------------------------------------------
    def _plans(self, cursor: QTextCursor, step: int) -> list[list[_Line]]:
        """The planned lines of each top-level list the selection touches that can change."""
        document = self.commands.document
        last = document.findBlock(cursor.selectionEnd())
        plans: list[list[_Line]] = []
        first = self._first_line(cursor)
        while first is not None:
            found = self._region(first, last)
            if found is not None:
                lines = self._plan(*found, step)
                if lines is not None:
                    plans.append(lines)
            block = found[0][-1].block.next() if found is not None else first.next()
            first = None
            while block.isValid() and block.position() <= last.position():  # the next list's first line
                if _level(block) is not None:
                    first = block
                    break
                block = block.next()
        return plans

    def _region(self, first: QTextBlock, last: QTextBlock) -> tuple[list[_Line], int, int] | None:
        """The lines of the top-level list ``first`` (a list line) is in, and the index of ``first``
        and of the last line up to ``last`` (within that list)."""
        where = _container(first)
        root: int | None = None  # the top-level list (its object index)
        start: QTextBlock | None = None
        block = first
        while True:  # back to the first item of the top-level list
            qlist = block.textList()
            if qlist is not None and _level(block) == (True, 1):
                if root is None:
                    root = qlist.objectIndex()
                if qlist.objectIndex() != root:
                    break
                start = block
            before = block.previous()
            if not before.isValid() or _level(before) is None or _container(before) != where:
                break
            block = before
        if start is None:
            return None
        lines: list[_Line] = []
        block = start
        while block.isValid() and _container(block) == where:
            info = _level(block)
            if info is None:
                break
            qlist = block.textList()
            if info == (True, 1) and qlist is not None and qlist.objectIndex() != root:
                break  # the next top-level list
            lines.append(_Line(block, info[0], info[1]))
            block = block.next()
        positions = [line.block.position() for line in lines]
        first_index = positions.index(first.position())
        last_index = first_index
        for index in range(first_index, len(lines)):
            if lines[index].block.position() <= last.position():
                last_index = index
        return lines, first_index, last_index

    def _plan(self, lines: list[_Line], first: int, last: int, step: int) -> list[_Line] | None:
        """The lines of one list with their new levels (the selection from line ``first`` to ``last``),
        or None when nothing changes or the result is no list."""
        # the items the selection touches: a further paragraph stands for its item
        chosen: set[int] = set()
        for index in range(first, last + 1):
            owner = index
            if not lines[index].item:
                level = lines[index].level
                owner = next(
                    (j for j in range(index - 1, -1, -1) if lines[j].item and lines[j].level == level), -1
                )
            if owner >= 0:
                chosen.add(owner)
        if not chosen:
            return None
        # each chosen item moves with everything nested in it (and its further paragraphs)
        moving: set[int] = set()
        for index in sorted(chosen):
            moving.add(index)
            after = index + 1
            while after < len(lines) and (
                lines[after].level > lines[index].level
                or (not lines[after].item and lines[after].level == lines[index].level)
            ):
                moving.add(after)
                after += 1
        owner_level: dict[int, int] = {}  # level of the item each further paragraph belongs to
        for index, line in enumerate(lines):
            line.moved = index in moving
            line.new = line.level + step if line.moved else line.level
            if line.item:
                owner_level[line.level] = line.new
            else:
                line.new = owner_level.get(line.level, line.new)
        return lines if self._valid(lines) else None

    @staticmethod
    def _valid(lines: list[_Line]) -> bool:
        """True when the new levels make a list: its first item at level 1 (or a paragraph), every
        item at most one level below the one before it (a paragraph counts as level 0)."""
        previous = 0
        first = True
        for line in lines:
            if not line.item:
                continue
            if line.new < 0 or line.new > previous + 1 or (first and line.new > 1):
                return False
            previous, first = line.new, False
        return True

    # -- applying ---------------------------------------------------------------------------------
    def _apply(self, lines: list[_Line]) -> None:
        """Put every line into the list of its new level (see the module's description)."""
        commands = self.commands
        stack: list[tuple[int, QTextList]] = []
        used: set[int] = set()
        for line in lines:
            block = line.block
            if line.new == 0:  # out of the list: a paragraph; what follows starts a new list
                fmt = block.blockFormat()
                paragraph = commands.table.get(fmt.property(P_PARA))
                if isinstance(paragraph, BlockRecord) and paragraph.tag is not None:  # <li><p class>
                    fmt.setProperty(P_BLOCK, commands.table.add(BlockRecord(paragraph.tag)))
                    QTextCursor(block).setBlockFormat(fmt)
                commands.retag(block, "p")
                stack.clear()
                continue
            if not line.item:
                while stack and stack[-1][0] > line.new:
                    stack.pop()
                if block.blockFormat().indent() != line.new:
                    fmt = block.blockFormat()
                    fmt.setIndent(line.new)
                    QTextCursor(block).setBlockFormat(fmt)
                continue
            while stack and stack[-1][0] > line.new:
                stack.pop()
            current = block.textList()
            if stack and stack[-1][0] == line.new:
                top = stack[-1][1]
                same = top.objectIndex() == current.objectIndex()
                if line.moved or same or _ordered(top) == _ordered(current):
                    if not same:
                        top.add(block)
                    continue
                stack.pop()  # a list of the other kind at the same level: kept apart
            stack.append((line.new, self._list_for(block, current, line.new, used)))

    def _list_for(self, block: QTextBlock, current: QTextList, level: int, used: set[int]) -> QTextList:
        """The list at ``level`` that starts with ``block``: its own (moved to that level) while no
        earlier line took it, else a new one like it (no ``start``, no ``id``)."""
        ordered = _ordered(current)
        fmt = QTextListFormat(current.format())
        if current.objectIndex() not in used:
            used.add(current.objectIndex())
            if fmt.indent() != level or fmt.style() != list_style(ordered, level - 1):
                fmt.setIndent(level)
                fmt.setStyle(list_style(ordered, level - 1))
                current.setFormat(fmt)
            return current
        fmt.setIndent(level)
        fmt.setStyle(list_style(ordered, level - 1))
        fmt.setStart(1)  # a new list counts from 1 (without the property Qt counts from 0)
        record = self.commands.table.get(fmt.property(P_LIST))
        name = list_tag(fmt)
        if isinstance(record, BlockRecord) and record.tag is not None and record.tag.name == name:
            attrs = {k: v for k, v in record.tag.attrs if k not in ("start", "id")}
        else:
            convention = self.commands.table.dir_convention
            attrs = {"dir": convention} if convention else {}
        fmt.setProperty(P_LIST, self.commands.table.add(BlockRecord(Tag.of(name, attrs))))
        qlist = QTextCursor(block).createList(fmt)
        used.add(qlist.objectIndex())
        return qlist
