"""The source text a translation was last brought up to date with (its *base*), from public reads.

The working copy does not record that base yet (issue 14 asks for it; the store is being reworked on
another branch, so no schema change here). Until it does, the base is reconstructed from the local
history: the translation's *time* is the later of its server and local update times, and the base is
the source text that was current at that time. A history entry holds the text a save *replaced*, with
the time it was replaced (``saved_at``); so the source text current at time T is the oldest history
entry replaced after T, or the current source text when none was (then the source has not changed
locally since, and there is nothing to show).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from editor.models.records import TranslationData
from editor.models.store import Store


@dataclass(frozen=True)
class SourceBase:
    """The base of a translation: the source HTML then, and when the translation was last updated."""

    html: str
    translated_at: datetime
    version_id: int | None
    """The history entry the base comes from (None: the current source text)."""


def translation_time(data: TranslationData) -> datetime | None:
    """When the translation was last brought up to date (server or local), or None."""
    stamps = [stamp for stamp in (data.server_updated_at, data.local_updated_at) if stamp is not None]
    return max(stamps) if stamps else None


def source_base(store: Store, target: TranslationData, source_language: str) -> SourceBase | None:
    """The source text ``target`` was last brought up to date with, or None when unknown."""
    when = translation_time(target)
    source = store.translation(target.page_id, source_language)
    if when is None or source is None:
        return None
    later = [v for v in store.history(target.page_id, source_language) if _naive(v.saved_at) > _naive(when)]
    if not later:
        return SourceBase(source.content, when, None)
    oldest = min(later, key=lambda v: (_naive(v.saved_at), v.id))
    return SourceBase(oldest.content, when, oldest.id)


def _naive(stamp: datetime) -> datetime:
    return stamp.replace(tzinfo=None)
