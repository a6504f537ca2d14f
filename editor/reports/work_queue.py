"""What a window's background work is doing, in the order it runs (Qt-free).

The imports and exports of a window (ADR 0039, 0042) run on the one database thread, one after
another in the order they were started. :class:`WorkQueue` keeps their descriptions in that order, so
the status bar can say what runs (the oldest that has not ended) and how many wait behind it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class QueueState:
    """What the status bar shows: the description of the work that runs, and how many wait."""

    running: str
    waiting: int


class WorkQueue:
    """Descriptions of started work in start order; work leaves it when it ended (in any order)."""

    def __init__(self) -> None:
        self._items: dict[int, str] = {}  # insertion order is start order
        self._tokens = itertools.count(1)

    def add(self, description: str) -> int:
        """Note started work; returns the token that :meth:`remove` takes when it ended."""
        token = next(self._tokens)
        self._items[token] = description
        return token

    def remove(self, token: int) -> None:
        """The work of ``token`` ended (an unknown or already removed token is ignored)."""
        self._items.pop(token, None)

    def state(self) -> QueueState | None:
        """The oldest work not ended and how many wait behind it; None when nothing is under way."""
        if not self._items:
            return None
        return QueueState(next(iter(self._items.values())), len(self._items) - 1)

    def __len__(self) -> int:
        return len(self._items)
