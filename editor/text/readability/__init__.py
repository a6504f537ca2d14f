"""Offline readability analysis (Qt-free): formulas, a HIX-like index and findings with spans.

Use :func:`analyse`; it returns a frozen :class:`ReadabilityResult`. See docs/readability.md.
"""

from __future__ import annotations

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
