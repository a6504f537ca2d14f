"""Links on the surface: find the link at the cursor, set or change one (never nested), remove one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from editor.text.surface.model import Mark, Marks, Tag
from editor.views.editor.surface.commands import SurfaceCommands, fragments
from editor.views.editor.surface.records import P_MARKS


@dataclass(frozen=True)
class LinkSpan:
    """A link in the document: its mark and its extent (document positions)."""

    mark: Mark
    start: int
    end: int

    @property
    def href(self) -> str:
        """The stored address, exactly."""
        return self.mark.tag.get("href")


def _link_mark(marks: Marks) -> Mark | None:
    return next((mark for mark in reversed(marks) if mark.tag.name == "a"), None)


def link_at(commands: SurfaceCommands, cursor: QTextCursor) -> LinkSpan | None:
    """The link the cursor (or the selection's start) is in, with its whole extent."""
    document = commands.document
    position = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
    candidates = [position + 1, position] if cursor.hasSelection() else [position, position + 1]
    mark = None
    for probe_position in candidates:
        if 0 < probe_position < document.characterCount():
            probe = QTextCursor(document)
            probe.setPosition(probe_position)
            mark = _link_mark(commands.table.marks_of(probe.charFormat().property(P_MARKS)))
            if mark is not None:
                break
    if mark is None:
        return None
    block = document.findBlock(position)
    inside = [
        (a, b)
        for a, b, fmt in fragments(document, block.position(), block.position() + block.length() - 1)
        if any(m.key == mark.key for m in commands.table.marks_of(fmt.property(P_MARKS)))
    ]
    spans = _contiguous(inside, position)
    return LinkSpan(mark, spans[0], spans[1]) if spans else None


def _contiguous(pieces: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    """The run of touching pieces that contains ``position``."""
    runs: list[list[int]] = []
    for a, b in pieces:
        if runs and runs[-1][1] == a:
            runs[-1][1] = b
        else:
            runs.append([a, b])
    for a, b in runs:
        if a <= position <= b:
            return a, b
    return None


def _replace_mark(marks: Marks, old_key: int, new: Mark | None) -> Marks:
    out = []
    for mark in marks:
        if mark.key == old_key:
            if new is not None:
                out.append(new)
        else:
            out.append(mark)
    return tuple(out)


def set_link(commands: SurfaceCommands, cursor: QTextCursor, text: str, href: str) -> None:
    """Make the link at the cursor (or the selection) point to ``href`` and read ``text``; one undo step.

    An existing link keeps its other attributes; links inside the selection are replaced, never nested.
    """
    document: QTextDocument = commands.document
    existing = link_at(commands, cursor)
    edit = QTextCursor(document)
    edit.beginEditBlock()
    if existing is not None:
        mark = Mark(existing.mark.tag.with_attr("href", href))
        start, end = existing.start, existing.end
        edit.setPosition(start)
        edit.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        commands.set_marks(edit, lambda marks: _replace_mark(marks, existing.mark.key, mark))
    else:
        mark = Mark(Tag.of("a", {"href": href}))
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if start == end:
            fmt = commands.typing_format(cursor, (*_without_links(commands.marks_at(cursor)), mark))
            edit.setPosition(start)
            edit.insertText(text or href, fmt)
            end = start + len(text or href)
        else:
            edit.setPosition(start)
            edit.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            commands.set_marks(edit, lambda marks: (*_without_links(marks), mark))
    if text and _text_between(document, start, end) != text:
        _retext(commands, start, end, text)
    edit.endEditBlock()


def _without_links(marks: Marks) -> Marks:
    return tuple(mark for mark in marks if mark.tag.name != "a")


def _text_between(document: QTextDocument, start: int, end: int) -> str:
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def _retext(commands: SurfaceCommands, start: int, end: int, text: str) -> None:
    """Replace the text between ``start`` and ``end`` keeping the format of its first character."""
    cursor = QTextCursor(commands.document)
    cursor.setPosition(start + 1 if end > start else start)
    fmt = QTextCharFormat(cursor.charFormat())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text, fmt)


def remove_link(commands: SurfaceCommands, cursor: QTextCursor) -> bool:
    """Remove the link at the cursor; its text stays. False when there is none."""
    existing = link_at(commands, cursor)
    if existing is None:
        return False
    edit = QTextCursor(commands.document)
    edit.setPosition(existing.start)
    edit.setPosition(existing.end, QTextCursor.MoveMode.KeepAnchor)
    edit.beginEditBlock()
    commands.set_marks(edit, lambda marks: _replace_mark(marks, existing.mark.key, None))
    edit.endEditBlock()
    return True
