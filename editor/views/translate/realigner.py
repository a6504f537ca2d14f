"""``Realigner``: when the desk realigns, what it reads, and which results are still good.

A realignment starts at once after a load and 400 ms after the last edit. It reads both panes on the
GUI thread — their surface model (read again only when a document's revision moved) and the text of
each document block — and hands the pure work to the task runner's check pool (writing the HTML, then
:func:`editor.text.realign.realign`: split, align, source diff, block matching; decision 0026). The
result comes back on the GUI thread and is passed on (:attr:`Realigner.sig_realigned`) only when it is
still true: every edit, load and document swap raises :attr:`Realigner.generation`, and a result made
for an older generation, for other documents or for documents whose block texts differ from what was
read is dropped; the edit has already scheduled the next realignment (or one is scheduled now).
Nothing here writes to a document, so typing during a realignment cannot lose text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from editor.tasks import TaskRunner
from editor.text.errors import ContentError
from editor.text.realign import Realigned, realign
from editor.views.editor.pane import EditorPane
from editor.views.editor.surface.surface_edit import SurfaceEdit
from editor.views.translate.block_map import document_texts

REALIGN_MS = 400
JOB_KEY = "desk-align"
_UNREAD: tuple[QTextDocument | None, int, Callable[[], str]] = (None, -1, str)


@dataclass(frozen=True)
class Snapshot:
    """What a realignment was made from (GUI thread only: it holds the documents)."""

    generation: int
    page_id: int | None
    documents: tuple[QTextDocument, QTextDocument]
    html: tuple[Callable[[], str], Callable[[], str]]
    """Write each pane's HTML as read (pure: called on the check pool)."""
    texts: tuple[list[str], list[str]]


class Realigner(QObject):
    """Schedules the desk's realignments, runs them off the GUI thread and drops stale results."""

    sig_realigned = Signal(object, object)
    """A realignment is ready: its :class:`Snapshot` and :class:`Realigned` (both None: the panes have
    nothing to align; the result None: a text could not be parsed)."""

    def __init__(
        self, source: EditorPane, target: EditorPane, runner: TaskRunner | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.source, self.target = source, target
        self.runner = runner
        """Where the pure part runs (None: on the calling thread, at once)."""
        self.base_html: Callable[[], str | None] = lambda: None
        """The text to compare the source with (the translation's base; set by the source changes)."""
        self.generation = 0
        """Raised by every edit, load and document swap: a result made before is stale."""
        self.dropped = 0
        """How many finished realignments were dropped as stale."""
        self._job: Snapshot | None = None
        self._read: list[tuple[QTextDocument | None, int, Callable[[], str]]] = [_UNREAD, _UNREAD]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REALIGN_MS)
        self._timer.timeout.connect(self.start)
        self._load_timer = QTimer(self)  # after a load: once both panes have it, after the first paint
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(0)
        self._load_timer.timeout.connect(self.start)
        for pane in (source, target):
            pane.sig_loaded.connect(self._on_loaded)
            pane.editor.textChanged.connect(self._on_text_changed)
            pane.editor.sig_document_replaced.connect(lambda _doc: self._on_edited())

    # -- public API -------------------------------------------------------------------------------
    @property
    def pending(self) -> bool:
        """True while a realignment waits (after a load or an edit) or runs."""
        return self._load_timer.isActive() or self._timer.isActive() or self._job is not None

    def start(self, *, wait: bool = False) -> None:
        """Realign now: read both panes here, compute on the check pool (``wait``: here, at once, for
        an action that changed the blocks and must not leave them stale), report when done."""
        self._timer.stop()
        self._load_timer.stop()
        snapshot = self.snapshot()
        self._job = snapshot
        if snapshot is None:
            self.sig_realigned.emit(None, None)
            return
        base = self.base_html()
        html, texts = snapshot.html, snapshot.texts

        def job() -> Realigned | None:
            try:
                return realign(html[0](), html[1](), base, texts)
            except ContentError:
                return None

        if self.runner is None or wait:
            self._on_finished(snapshot, job())
        else:
            self.runner.run_check(JOB_KEY, job, lambda result: self._on_finished(snapshot, result))

    def snapshot(self) -> Snapshot | None:
        """Both panes' HTML and block texts (None: a pane has nothing to align)."""
        if self.source.page_id != self.target.page_id:
            return None
        html: list[Callable[[], str]] = []
        for side, pane in enumerate((self.source, self.target)):
            if pane.page_id is None or pane.language is None or pane.stack.currentWidget() is not pane.editor:
                return None
            read = self._html(side, pane)
            if read is None:
                return None
            html.append(read)
        documents = (self.source.editor.document(), self.target.editor.document())
        texts = (document_texts(documents[0]), document_texts(documents[1]))
        return Snapshot(self.generation, self.source.page_id, documents, (html[0], html[1]), texts)

    def is_current(self, snapshot: Snapshot) -> bool:
        """True when the panes still show what ``snapshot`` read."""
        documents = (self.source.editor.document(), self.target.editor.document())
        return (
            snapshot.generation == self.generation
            and documents[0] is snapshot.documents[0]
            and documents[1] is snapshot.documents[1]
            and self.source.page_id == snapshot.page_id == self.target.page_id
            and (document_texts(documents[0]), document_texts(documents[1])) == snapshot.texts
        )

    # -- private slots ----------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        editor = self.sender()
        if isinstance(editor, SurfaceEdit) and not editor.document().isModified():
            return  # a re-layout (spelling underlines), not an edit
        self._on_edited()

    def _on_edited(self) -> None:
        self.generation += 1
        self._timer.start()

    def _on_loaded(self) -> None:
        self.generation += 1
        self._load_timer.start()

    def _on_finished(self, snapshot: Snapshot, result: Realigned | None) -> None:
        if snapshot is not self._job:
            return  # a newer realignment was started
        self._job = None
        if not self.is_current(snapshot):
            self.dropped += 1
            if not self.pending:
                self._timer.start()
            return
        self.sig_realigned.emit(snapshot, result)

    # -- helpers ----------------------------------------------------------------------------------
    def _html(self, side: int, pane: EditorPane) -> Callable[[], str] | None:
        """The pane read into its HTML writer, read again only when its document changed since the
        last read (a document's revision rises with every change, undo and redo included)."""
        known, revision, writer = self._read[side]
        document = pane.editor.document()
        if known is document and document.isUndoRedoEnabled() and document.revision() == revision:
            return writer
        try:
            writer = pane.editor.html_writer()
        except ContentError:
            return None
        document = pane.editor.document()
        self._read[side] = (document, document.revision() if document.isUndoRedoEnabled() else -1, writer)
        return writer
