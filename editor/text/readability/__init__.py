"""Offline readability analysis (Qt-free): formulas, a HIX-like index and findings with spans.

Use :func:`analyse`; it returns a frozen :class:`ReadabilityResult`. See docs/readability.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.text.readability.analysis import analyse, normalise_language, profile_for
from editor.text.readability.model import (
    DEFAULT_MT_THRESHOLD,
    MIN_WORDS,
    Band,
    Category,
    Counts,
    Finding,
    Parameters,
    Profile,
    ReadabilityResult,
    Status,
    score_band,
)

__all__ = [
    "DEFAULT_MT_THRESHOLD",
    "MIN_WORDS",
    "Band",
    "Category",
    "Counts",
    "Finding",
    "Parameters",
    "Profile",
    "ReadabilityResult",
    "Status",
    "analyse",
    "normalise_language",
    "profile_for",
    "score_band",
]

_LAZY = frozenset({"analyse", "normalise_language", "profile_for"})


def __getattr__(name: str) -> Any:
    """The analysis loads on first use: the window shows its panels before any text is analysed."""
    if name in _LAZY:
        from editor.text.readability import analysis

        return getattr(analysis, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
