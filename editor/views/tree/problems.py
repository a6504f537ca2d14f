"""Messages about a damaged page tree (parent cycles, missing parents), naming the pages."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor.models.records import PageRow
from editor.models.tree_check import TreeProblem, TreeProblemKind
from editor.views import prompts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from editor.views.window_host import WindowHost

log = logging.getLogger(__name__)

#: At most this many problems are listed one by one; the rest are counted.
MAX_LISTED = 20
#: At most this many pages of one cycle are named.
MAX_NAMED = 10


class TreeProblemMessages(QObject):
    """The texts (a QObject for ``tr``: the messages get their own translation context)."""

    def summary(self, problems: list[TreeProblem]) -> str:
        """One line for the status bar."""
        pages = sum(len(problem.page_ids) for problem in problems)
        return self.tr(
            "Damaged page tree: %n page(s) with a parent cycle or a missing parent shown at the top level.",
            "",
            pages,
        )

    def details(self, rows: list[PageRow], problems: list[TreeProblem], languages: list[str]) -> str:
        """The message listing each problem and the pages concerned."""
        wanted = {page for problem in problems for page in problem.page_ids}
        titles = {row.id: row.title(languages) for row in rows if row.id in wanted}
        lines = []
        for problem in problems[:MAX_LISTED]:
            names = ", ".join(self._name(page, titles) for page in problem.page_ids[:MAX_NAMED])
            if len(problem.page_ids) > MAX_NAMED:
                names += " …"
            if problem.kind is TreeProblemKind.CYCLE:
                lines.append("• " + self.tr("{0}: their parent links form a cycle").format(names))
            else:
                orphan = self.tr("{0}: its parent (page {1}) does not exist")
                lines.append("• " + orphan.format(names, problem.parent_id))
        if len(problems) > MAX_LISTED:
            lines.append(self.tr("… and %n more problem(s).", "", len(problems) - MAX_LISTED))
        head = self.tr(
            "The page tree of this working copy is damaged. These pages are shown at the top level; "
            "nothing in the working copy was changed."
        )
        return head + "\n\n" + "\n".join(lines)

    def _name(self, page_id: int, titles: dict[int, str]) -> str:
        title = titles.get(page_id) or self.tr("(untitled)")
        return self.tr("“{0}” (page {1})").format(title, page_id)


class TreeProblemReporter(QObject):
    """Tells the user once about each problem of the window's page tree (not at every reload)."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.shown: set[TreeProblem] = set()
        self.box: QMessageBox | None = None
        """The last message shown (tests look at it)."""

    def report(self, rows: list[PageRow], problems: list[TreeProblem]) -> None:
        """Name the problems not reported yet: in the status bar, the log and a message."""
        new = [problem for problem in problems if problem not in self.shown]
        if not new:
            return
        self.shown.update(new)
        messages = TreeProblemMessages(self)
        text = messages.details(rows, new, [lang.code for lang in self.host.languages])
        log.warning("%s: %s", self.host.store.path, "; ".join(line for line in text.splitlines()[2:]))
        self.host.status(messages.summary(new), 60000)
        self.box = prompts.notify(self.host.widget(), self.tr("Damaged page tree"), text)
