"""Checking the page tree's parent links: cycles and orphans, found in linear time.

A working copy damaged by another program, or a bug, can hold a page whose parent chain loops back to
itself, or a parent id that names no page. Every walk up the parent chain would then loop forever or
stop short. :func:`check_tree` finds both kinds in one pass over the pages (each page is visited once)
and cuts the broken links, so the tree shows those pages at the top level and every later walk ends.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar


class TreeProblemKind(enum.Enum):
    """What is wrong with a page's place in the tree."""

    CYCLE = "cycle"
    """The page's parent chain leads back to the page itself."""
    ORPHAN = "orphan"
    """The page's parent id names no page."""


@dataclass(frozen=True)
class TreeProblem:
    """A page shown at the top level because its parent link is broken.

    ``page_ids`` are the pages concerned (every page of a cycle, in chain order; the orphan alone);
    ``parent_id`` is the missing parent of an orphan.
    """

    kind: TreeProblemKind
    page_ids: tuple[int, ...]
    parent_id: int | None = None


class _Linked(Protocol):
    @property
    def id(self) -> int: ...  # pragma: no cover - protocol

    @property
    def parent_id(self) -> int | None: ...  # pragma: no cover - protocol


RowT = TypeVar("RowT", bound=_Linked)

_UNSEEN, _ON_PATH, _DONE = 0, 1, 2


def find_problems(parents: dict[int, int | None]) -> list[TreeProblem]:
    """Cycles and orphans in ``parents`` (page id -> parent id), each page visited once."""
    state = dict.fromkeys(parents, _UNSEEN)
    problems: list[TreeProblem] = []
    for start in parents:
        if state[start] != _UNSEEN:
            continue
        path: list[int] = []
        node: int | None = start
        while node is not None and state.get(node) == _UNSEEN:
            state[node] = _ON_PATH
            path.append(node)
            parent = parents[node]
            if parent is not None and parent not in parents:
                problems.append(TreeProblem(TreeProblemKind.ORPHAN, (node,), parent))
                parent = None
            node = parent
        if node is not None and state.get(node) == _ON_PATH:
            cycle = path[path.index(node) :]
            problems.append(TreeProblem(TreeProblemKind.CYCLE, tuple(cycle)))
        for visited in path:
            state[visited] = _DONE
    return problems


def check_tree(rows: Sequence[RowT]) -> tuple[list[RowT], list[TreeProblem]]:
    """The rows with broken parent links cut (cycle members and orphans become top-level pages),
    and the problems found. Rows without problems are returned unchanged, in the same order."""
    problems = find_problems({row.id: row.parent_id for row in rows})
    if not problems:
        return list(rows), []
    cut = {page for problem in problems for page in problem.page_ids}
    fixed = [dataclasses.replace(row, parent_id=None) if row.id in cut else row for row in rows]  # type: ignore[type-var]
    return fixed, problems
