"""``AlignedDesk``: the source and target panes aligned block by block.

Both panes are split into segments (:func:`editor.text.segments.split_blocks`) and aligned
(:func:`editor.text.segments.align`); :class:`BlockMap` finds each segment in its surface. With that:

- scrolling one pane brings the aligned block of the other to the same height (the same fraction of
  the block at the top of the viewport);
- the block at the cursor and its partner are highlighted in both panes;
- F8 / Shift+F8 go to the next / previous block that needs work: missing in the translation, extra in
  the translation, or changed in the source since the translation's base (:class:`SourceChanges`);
- a source block the translation lacks is drawn as a gap in the target (:class:`GapOverlay`), and
  Ctrl+Alt+I inserts the source block (its structure, links, ``notranslate`` names and text to
  overwrite) at that place.

The alignment is recomputed shortly after an edit (debounced), never while typing, and off the GUI
thread (:class:`Realigner`, decision 0026); the desk applies only results that are still current:
it looks the blocks up in the documents, draws gaps and highlights here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QMimeData, QObject, QPoint, Signal
from PySide6.QtGui import QColor, QTextBlock, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from editor.tasks import TaskRunner
from editor.text.alignment import Pair
from editor.text.diff import SourceDiff
from editor.text.realign import Realigned
from editor.text.segments import HEADING, ITEM, Block
from editor.views.editor.marks import set_layer
from editor.views.editor.pane import EditorPane
from editor.views.editor.surface.clipboard import SURFACE_MIME
from editor.views.translate.block_map import BlockMap
from editor.views.translate.gap_overlay import Gap, GapOverlay
from editor.views.translate.realigner import Realigner, Snapshot

CURRENT_COLOUR = "#e8f0fe"
MISSING_COLOUR = "#fdebd3"
EXTRA_COLOUR = "#f3e5f5"


class AlignedDesk(QObject):
    """Aligns the two panes of the window and keeps them in step."""

    sig_aligned = Signal()
    """The panes were aligned again (pairs, maps and marks are current)."""
    sig_current_changed = Signal(object)
    """The pair at the cursor changed (its number, or None)."""

    def __init__(
        self,
        source: EditorPane,
        target: EditorPane,
        parent: QObject | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.source, self.target = source, target
        self.realigner = Realigner(source, target, runner, self)
        """Schedules the realignments, runs them off the GUI thread, drops stale results."""
        self.pairs: list[Pair] = []
        self.blocks: tuple[list[Block], list[Block]] = ([], [])
        """The source and target segments the pairs index."""
        self.diff: SourceDiff | None = None
        """The source against the realigner's ``base_html`` (None without a base)."""
        self.maps: tuple[BlockMap, BlockMap] | None = None
        self.flagged: Callable[[int], bool] = lambda _source_index: False
        """Source blocks that changed since the translation's base (set by the source changes)."""
        self._by_side: tuple[dict[int, int], dict[int, int]] = ({}, {})
        self._syncing = False
        self.current: int | None = None
        """The number of the pair at the cursor (highlighted)."""
        self.page_id: int | None = None
        """The page the panes were last aligned for."""
        self.html = ["", ""]
        """The source and target HTML the alignment was made from."""
        self.overlay = GapOverlay(target.editor)
        self.realigner.sig_realigned.connect(self._on_realigned)
        for side, pane in enumerate((source, target)):
            pane.editor.sig_document_replaced.connect(self._on_document_replaced)
            pane.editor.verticalScrollBar().valueChanged.connect(lambda _v, s=side: self._on_scrolled(s))
            pane.editor.cursorPositionChanged.connect(lambda s=side: self._on_cursor_moved(s))

    # -- public API -------------------------------------------------------------------------------
    @property
    def pending(self) -> bool:
        """True while a realignment waits (after a load or an edit) or runs."""
        return self.realigner.pending

    def realign(self, *, wait: bool = False) -> None:
        """Align both panes again (off the GUI thread when the desk has a task runner, unless ``wait``)."""
        self.realigner.start(wait=wait)

    def pair_at(self, side: int, position: int) -> int | None:
        """The number of the pair holding the block at ``position`` of pane ``side`` (0 source)."""
        if self.maps is None:
            return None
        index = self.maps[side].index_at(position)
        return self._by_side[side].get(index) if index is not None else None

    def pair_number(self, side: int, index: int) -> int | None:
        """The number of the pair holding block ``index`` of pane ``side``."""
        return self._by_side[side].get(index)

    def needs_work(self, number: int) -> bool:
        """True when pair ``number`` is a gap or its source block changed since the base."""
        pair = self.pairs[number]
        return pair.source is None or pair.target is None or self.flagged(pair.source_index or 0)

    def go_next(self, forward: bool = True) -> bool:
        """Move both cursors to the next (or previous) block that needs work; False when none."""
        if not self.pairs:
            return False
        current = self._current_pair()
        order = range(len(self.pairs))
        if current is not None:
            order = range(current + 1, len(self.pairs)) if forward else range(current - 1, -1, -1)
        elif not forward:
            order = range(len(self.pairs) - 1, -1, -1)
        for number in order:
            if self.needs_work(number):
                self.show_pair(number)
                return True
        return False

    def show_pair(self, number: int) -> None:
        """Put both cursors on pair ``number`` (a gap: the target's place for it) and show it."""
        assert self.maps is not None
        pair = self.pairs[number]
        self._syncing = True
        try:
            if pair.source_index is not None:
                _place(self.source.editor, self.maps[0].block(pair.source_index).position())
            target_index = pair.target_index if pair.target_index is not None else self._target_before(number)
            if target_index is not None:
                block = self.maps[1].block(target_index)
                at = (
                    block.position()
                    if pair.target_index is not None
                    else block.position() + block.length() - 1
                )
                _place(self.target.editor, at)
            elif pair.target is None:
                _place(self.target.editor, 0)
        finally:
            self._syncing = False
        self._highlight(number)
        self._on_scrolled(0)

    def insert_source_block(self) -> bool:
        """Insert the source block of the current gap (or the next one) into the target."""
        if not self.pairs or self.maps is None or self.target.editor.isReadOnly():
            return False
        current = self._current_pair() or 0
        number = next((n for n in range(current, len(self.pairs)) if self.pairs[n].target is None), None)
        if number is None:
            return False
        source = self.pairs[number].source
        assert source is not None
        return self.put_into_target(number, source.inline_html)

    def put_into_target(self, number: int, inline_html: str) -> bool:
        """Make ``inline_html`` the content of pair ``number``'s target block (a gap: a new block in
        the source block's structure, at its place)."""
        if self.maps is None or self.target.editor.isReadOnly() or not 0 <= number < len(self.pairs):
            return False
        if self.target.stack.currentWidget() is self.target.source:
            self.target.leave_source_view()  # the surface is shown and aligned again: then it can go in
            return False
        pair = self.pairs[number]
        editor = self.target.editor
        cursor = QTextCursor(editor.document())
        if pair.target_index is not None:
            block = self.maps[1].block(pair.target_index)
            cursor.setPosition(block.position())
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            html = f"<p>{inline_html}</p>"
        else:
            before = self._target_before(number)
            if before is None:
                cursor.setPosition(0)
                cursor.insertBlock()
                cursor.setPosition(0)
            else:
                block = self.maps[1].block(before)
                cursor.setPosition(block.position() + block.length() - 1)
                cursor.insertBlock()
            html = (
                block_html(pair.source, inline_html) if pair.source is not None else f"<p>{inline_html}</p>"
            )
        editor.setTextCursor(cursor)
        data = QMimeData()
        data.setData(SURFACE_MIME, QByteArray(html.encode("utf-8")))
        editor.insertFromMimeData(data)
        editor.setFocus()
        self.realign(wait=True)  # the blocks moved: the next insertion must see the new ones
        return True

    # -- private slots ----------------------------------------------------------------------------
    def _on_document_replaced(self, _document: object) -> None:
        # The replaced document is deleted: no block of it may stay in the maps or the gap lines until
        # the next realignment (the realigner has scheduled it).
        self.pairs, self.maps, self.current = [], None, None
        self._by_side = ({}, {})
        self.overlay.set_gaps([])

    def _on_realigned(self, snapshot: Snapshot | None, result: Realigned | None) -> None:
        """Show a current realignment in the panes (``result`` None: nothing is aligned)."""
        self.current = None
        self.page_id = self.source.page_id
        if snapshot is None or result is None:
            self.pairs, self.maps, self.blocks, self.diff = [], None, ([], []), None
            self._by_side = ({}, {})
            self.overlay.set_gaps([])
            for pane in (self.source, self.target):
                set_layer(pane.editor, "current", [])
            self.sig_aligned.emit()
            return
        self.html = [result.source_html, result.target_html]
        self.pairs, self.blocks, self.diff = result.pairs, (result.source, result.target), result.diff
        self.maps = (
            BlockMap(snapshot.documents[0], result.source, result.source_numbers),
            BlockMap(snapshot.documents[1], result.target, result.target_numbers),
        )
        self._by_side = (
            {p.source_index: n for n, p in enumerate(self.pairs) if p.source_index is not None},
            {p.target_index: n for n, p in enumerate(self.pairs) if p.target_index is not None},
        )
        self._show_gaps()
        self._on_cursor_moved(0)
        self.sig_aligned.emit()

    def _on_scrolled(self, side: int) -> None:
        if self._syncing or self.maps is None or not self.pairs:
            return
        editors = (self.source.editor, self.target.editor)
        here, there = editors[side], editors[1 - side]
        top = here.verticalScrollBar().value()
        number = self.pair_at(
            side, here.cursorForPosition(QPoint(here.viewport().width() // 2, 1)).position()
        )
        if number is None:
            return
        mine = self.pairs[number].source_index if side == 0 else self.pairs[number].target_index
        other_number = next(
            (
                n
                for n in range(number, -1, -1)
                if (self.pairs[n].target_index, self.pairs[n].source_index)[side] is not None
            ),
            None,
        )
        if mine is None or other_number is None:
            return
        other = (self.pairs[other_number].target_index, self.pairs[other_number].source_index)[side]
        assert other is not None
        layout_here, layout_there = here.document().documentLayout(), there.document().documentLayout()
        rect = layout_here.blockBoundingRect(self.maps[side].block(mine))
        fraction = (top - rect.top()) / rect.height() if rect.height() and other_number == number else 0.0
        if other_number != number:  # the partner is the block before a gap: keep it at the top
            fraction = 1.0
        target_rect = layout_there.blockBoundingRect(self.maps[1 - side].block(other))
        self._syncing = True
        try:
            there.verticalScrollBar().setValue(
                int(target_rect.top() + max(0.0, min(fraction, 1.0)) * target_rect.height())
            )
        finally:
            self._syncing = False

    def _on_cursor_moved(self, side: int) -> None:
        if self._syncing or self.maps is None:
            return
        editor = (self.source.editor, self.target.editor)[side]
        number = self.pair_at(side, editor.textCursor().position())
        self._highlight(number)

    # -- helpers ----------------------------------------------------------------------------------
    def _current_pair(self) -> int | None:
        target = self.target.editor
        if target.hasFocus():
            return self.pair_at(1, target.textCursor().position())
        return self.pair_at(0, self.source.editor.textCursor().position())

    def _target_before(self, number: int) -> int | None:
        return next(
            (
                self.pairs[n].target_index
                for n in range(number - 1, -1, -1)
                if self.pairs[n].target_index is not None
            ),
            None,
        )

    def _highlight(self, number: int | None) -> None:
        assert self.maps is not None
        if number != self.current:
            self.current = number
            self.sig_current_changed.emit(number)
        for side, pane in enumerate((self.source, self.target)):
            marks = []
            pair = self.pairs[number] if number is not None else None
            index = (pair.source_index, pair.target_index)[side] if pair is not None else None
            if index is not None:
                mark = QTextEdit.ExtraSelection()
                mark.cursor = QTextCursor(self.maps[side].block(index))
                mark.format.setBackground(QColor(CURRENT_COLOUR))
                mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                marks.append(mark)
            set_layer(pane.editor, "current", marks)

    def _show_gaps(self) -> None:
        assert self.maps is not None
        gaps: list[Gap] = []
        source_marks, target_marks = [], []
        run: list[Block] = []
        for number, pair in enumerate(self.pairs):
            if pair.source is None and pair.target_index is not None:  # only in the translation
                target_marks.append(_full_width(self.maps[1].block(pair.target_index), EXTRA_COLOUR))
            if pair.target is None and pair.source is not None:
                run.append(pair.source)
                source_marks.append(_full_width(self.maps[0].block(pair.source_index or 0), MISSING_COLOUR))
                nxt = self.pairs[number + 1] if number + 1 < len(self.pairs) else None
                if nxt is None or nxt.target is not None:
                    before = self._target_before(number)
                    anchor = self.maps[1].block(before) if before is not None else None
                    gaps.append(Gap(anchor, len(run), run[0].text))
                    run = []
        if all(pair.target is None for pair in self.pairs):
            gaps = []  # nothing translated yet: the pane's placeholder says so, a line would cover it
        self.overlay.set_gaps(gaps)
        set_layer(self.source.editor, "gaps", source_marks)
        set_layer(self.target.editor, "gaps", target_marks)


def _full_width(block: QTextBlock, colour: str) -> QTextEdit.ExtraSelection:
    mark = QTextEdit.ExtraSelection()
    mark.cursor = QTextCursor(block)
    mark.format.setBackground(QColor(colour))
    mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
    return mark


def block_html(block: Block, inner: str) -> str:
    """``inner`` in ``block``'s structure, as HTML that can stand on its own (a list item in its list)."""
    if block.kind == ITEM:
        kind = block.list_type or "ul"
        return f"<{kind}><li>{inner}</li></{kind}>"
    if block.kind == HEADING:
        return f"<h{block.level}>{inner}</h{block.level}>"
    return f"<p>{inner}</p>"


def _place(editor: QTextEdit, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(min(position, editor.document().characterCount() - 1))
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
