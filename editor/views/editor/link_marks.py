"""``LinkMarks``: a pane's link problems marked at the links and listed in the pane's sidebar.

Which links of the page's text have a problem is decided below the views
(:class:`editor.reports.links.PageLinkCheck`, the same check as the quality report and ``links
--page``): offline verdicts on the region's own pages, ``mailto:``/``tel:``, and the stored results of
the last online check. Here the verdicts are found again on the surface by their address: every
piece of text inside an ``<a>`` whose ``href`` has a problem gets a wavy underline (red when the link
is broken, amber when a better address exists) and a tooltip; the sidebar's "Links" list names them,
and clicking one selects the link. "Use the new address" changes the selected link's address on the
surface (an ordinary, undoable edit that the autosave stores).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip

from editor.models.store import Store
from editor.reports.links import LinkFinding, LinkProblem, PageLinkCheck
from editor.tasks import TaskRunner
from editor.views.editor.link_panel import LinkPanel
from editor.views.editor.marks import set_layer
from editor.views.editor.pane import EditorPane
from editor.views.editor.surface.commands import fragments
from editor.views.editor.surface.links import link_at, set_link
from editor.views.editor.surface.records import P_MARKS
from editor.views.link_text import finding_text

_ids = itertools.count(1)
_AGAIN_MS = 400
BROKEN_COLOUR, BETTER_COLOUR = "#c62828", "#b26a00"
# A light tint behind the link, so the mark is seen at a glance (the wave alone is thin).
_TINTS = {BROKEN_COLOUR: "#fde0e0", BETTER_COLOUR: "#fff0d0"}


@dataclass(frozen=True)
class MarkedLink:
    """A link with a problem on the surface: its document positions and the verdict."""

    start: int
    end: int
    finding: LinkFinding


class LinkMarks(QObject):
    """Marks and lists the link problems of the page shown in one pane."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, pane: EditorPane, runner: TaskRunner, store: Callable[[], Store]) -> None:
        super().__init__(pane)
        self.pane, self.runner, self._store = pane, runner, store
        self._check: PageLinkCheck | None = None
        self._generation = itertools.count(1)
        self._current = 0
        self._findings: list[LinkFinding] = []
        self.marked: list[MarkedLink] = []
        self.panel = LinkPanel()
        pane.add_sidebar_panel(self.panel, self.tr("Links"))
        self.panel.sig_link_activated.connect(self._on_panel_link_activated)
        self.panel.sig_use_address_requested.connect(self._on_panel_use_address_requested)
        pane.editor.sig_document_replaced.connect(lambda _document: self._apply())
        # Edits move the links (and undo brings old addresses back): marked again after a pause.
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(_AGAIN_MS)
        self._again.timeout.connect(self._apply)
        pane.editor.textChanged.connect(self._on_editor_text_changed)
        pane.editor.viewport().installEventFilter(self)

    # -- public API -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Check the pane's page again in the background (its stored text, the stored online results)."""
        page, language = self.pane.page_id, self.pane.language
        generation = self._current = next(self._generation)
        if page is None or language is None:
            self._show([])
            return
        store, code = self._store(), language.code
        if self._check is None or self._check.store is not store:
            self._check = PageLinkCheck(store)
        check = self._check
        self.runner.run_db(
            lambda: check.problems(page, code),
            lambda found: self._on_checked(generation, page, code, found),
            lambda _error: None,  # a page that cannot be read is named by the pane itself
        )

    # -- Qt overrides -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Show the verdict as the tooltip of a marked link."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.marked:
            position = self.pane.editor.cursorForPosition(event.pos()).position()
            mark = next((m for m in self.marked if m.start <= position <= m.end), None)
            if mark is not None:
                QToolTip.showText(event.globalPos(), self.describe(mark.finding), self.pane.editor)
                return True
        return super().eventFilter(watched, event)

    # -- private slots ----------------------------------------------------------------------------
    def _on_checked(self, generation: int, page: int, language: str, found: list[LinkFinding]) -> None:
        shown = self.pane.language
        if (
            generation != self._current
            or self.pane.page_id != page
            or shown is None
            or shown.code != language
        ):
            return
        self._show(found)

    def _on_editor_text_changed(self) -> None:
        if self._findings:
            self._again.start()

    def _on_panel_link_activated(self, index: int) -> None:
        mark = self._mark_now(index)
        if mark is not None:
            editor = self.pane.editor
            cursor = editor.textCursor()
            cursor.setPosition(mark.start)
            cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            editor.setFocus()

    def _on_panel_use_address_requested(self, index: int) -> None:
        """Point the link (every piece of it) at the suggested address: one undoable edit. In the HTML
        source view the change is made on the surface (what is typed there taken over first), and the
        source view shows the result: the source view's text is what is saved."""
        if self.pane.editor.isReadOnly():
            return
        in_source = self.pane.source_button.isChecked()
        if not self.pane.leave_source_view():
            return  # the HTML typed there cannot be used: the pane says why
        self._use_address(index)
        if in_source:
            self.pane.source_button.setChecked(True)

    def _use_address(self, index: int) -> None:
        mark = self._mark_now(index)
        if mark is None or not mark.finding.suggestion:
            return
        editor = self.pane.editor
        cursor = QTextCursor(editor.document())
        cursor.setPosition(mark.start)
        span = link_at(editor.commands, cursor)
        if span is None:
            return
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        set_link(editor.commands, cursor, cursor.selectedText(), mark.finding.suggestion)
        self._apply()  # the link has its new address: no longer marked (an undo marks it again)

    # -- helpers ----------------------------------------------------------------------------------
    def _show(self, found: list[LinkFinding]) -> None:
        self._findings = found
        self._apply()

    def _mark_now(self, index: int) -> MarkedLink | None:
        """The listed link ``index`` where it is now: text typed since it was listed moved it."""
        if not 0 <= index < len(self.marked):
            return None
        finding = self.marked[index].finding
        ordinal = sum(1 for mark in self.marked[:index] if mark.finding is finding)
        now = [mark for mark in self._find() if mark.finding is finding]
        return now[ordinal] if ordinal < len(now) else None

    def _apply(self) -> None:
        """Find the problem links on the surface and mark them; list them in the panel."""
        self._again.stop()
        editor = self.pane.editor
        marked = self._find()
        row = self.panel.current_row()
        self.marked = marked
        set_layer(editor, "links", [self._selection(mark) for mark in marked])
        self.panel.show_links([(self._label(mark), self.describe(mark.finding)) for mark in marked],
                              [bool(mark.finding.suggestion) for mark in marked])  # fmt: skip
        if 0 <= row < len(marked):
            self.panel.select(row)  # marked again after an edit: the chosen link stays chosen
        title = self.tr("Links ({0})").format(len(marked)) if marked else self.tr("Links")
        self.pane.set_sidebar_title(self.panel, title)

    def _find(self) -> list[MarkedLink]:
        """The links of the surface whose address has a problem, where they are now."""
        editor = self.pane.editor
        by_href = {f.href: f for f in self._findings}
        marked: list[MarkedLink] = []
        if by_href:
            document, table = editor.document(), editor.table
            for start, end, fmt in fragments(document, 0, document.characterCount() - 1):
                href = _href_of(table.marks_of(fmt.property(P_MARKS)))
                finding = by_href.get(href) if href is not None else None
                if finding is None:
                    continue
                if marked and marked[-1].end == start and marked[-1].finding is finding:
                    marked[-1] = MarkedLink(marked[-1].start, end, finding)
                else:
                    marked.append(MarkedLink(start, end, finding))
        return marked

    def _selection(self, mark: MarkedLink) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.pane.editor.document())
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        colour = BROKEN_COLOUR if mark.finding.broken else BETTER_COLOUR
        fmt.setUnderlineColor(QColor(colour))
        fmt.setBackground(QColor(_TINTS[colour]))
        fmt.setToolTip(self.describe(mark.finding))
        selection.format = fmt
        return selection

    def _label(self, mark: MarkedLink) -> str:
        cursor = QTextCursor(self.pane.editor.document())
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        text = " ".join(cursor.selectedText().replace("\ufffc", "").split())
        label = f"{self.problem_name(mark.finding.problem)}: {text or mark.finding.href}"
        detail = finding_text(mark.finding)
        return f"{label}\n{detail}" if detail else label

    def problem_name(self, problem: LinkProblem | None) -> str:
        """What is wrong, in the UI's language."""
        names = {
            LinkProblem.BROKEN: self.tr("Broken link"),
            LinkProblem.MISSING_PAGE: self.tr("Page not found"),
            LinkProblem.ARCHIVED_PAGE: self.tr("Archived page"),
            LinkProblem.UNPUBLISHED_PAGE: self.tr("Unpublished page"),
            LinkProblem.INVALID: self.tr("Invalid address"),
            LinkProblem.OTHER_LANGUAGE: self.tr("Page in another language"),
            LinkProblem.REDIRECT: self.tr("Moved"),
        }
        return names.get(problem, self.tr("Link")) if problem is not None else self.tr("Link")

    def describe(self, finding: LinkFinding) -> str:
        """The tooltip: what is wrong, the status or reason, and the address to use instead."""
        lines = [self.problem_name(finding.problem), finding.href]
        if finding.status is not None:
            lines.append(self.tr("HTTP status {0}").format(finding.status))
        detail = finding_text(finding)
        if detail and not (finding.status is not None and finding.detail and finding.detail.code == "http"):
            lines.append(detail)
        if finding.suggestion and finding.problem is LinkProblem.OTHER_LANGUAGE:
            lines.append(self.tr("This language's address: {0}").format(finding.suggestion))
        elif finding.suggestion:
            lines.append(self.tr("Use the new address: {0}").format(finding.suggestion))
        return "\n".join(lines)


def _href_of(marks: tuple[object, ...]) -> str | None:
    for mark in reversed(marks):
        tag = getattr(mark, "tag", None)
        if tag is not None and tag.name == "a":
            return str(tag.get("href") or "").strip()
    return None
