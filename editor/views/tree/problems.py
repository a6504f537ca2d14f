"""Messages about a damaged page tree (parent cycles, missing parents), naming the pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.models.records import PageRow
from editor.models.tree_check import TreeProblem, TreeProblemKind

#: At most this many problems are listed one by one; the rest are counted.
MAX_LISTED = 20


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TreeProblems", text, None, n)


def _name(page_id: int, titles: dict[int, str]) -> str:
    title = titles.get(page_id) or _tr("(untitled)")
    return _tr("“{0}” (page {1})").format(title, page_id)


def tree_problems_summary(problems: list[TreeProblem]) -> str:
    """One line for the status bar."""
    pages = sum(len(problem.page_ids) for problem in problems)
    return _tr(
        "Damaged page tree: %n page(s) with a parent cycle or a missing parent are shown at the top level.",
        pages,
    )


def tree_problems_text(rows: list[PageRow], problems: list[TreeProblem], languages: list[str]) -> str:
    """The message listing each problem and the pages concerned."""
    wanted = {page for problem in problems for page in problem.page_ids}
    titles = {row.id: row.title(languages) for row in rows if row.id in wanted}
    lines = []
    for problem in problems[:MAX_LISTED]:
        names = ", ".join(_name(page, titles) for page in problem.page_ids[:10])
        if len(problem.page_ids) > 10:
            names += " …"
        if problem.kind is TreeProblemKind.CYCLE:
            lines.append("• " + _tr("{0}: their parent links form a cycle").format(names))
        else:
            lines.append(
                "• " + _tr("{0}: its parent (page {1}) does not exist").format(names, problem.parent_id)
            )
    if len(problems) > MAX_LISTED:
        lines.append(_tr("… and %n more problem(s).", len(problems) - MAX_LISTED))
    head = _tr(
        "The page tree of this working copy is damaged. These pages are shown at the top level; "
        "nothing in the working copy was changed."
    )
    return head + "\n\n" + "\n".join(lines)
