"""The source text a translation was last brought up to date with (its *base*), for the source diff.

The working copy records it per translation (schema 0007, docs/decisions/0021-status-from-content.md):
``translation.source_hash`` names it, ``source_text`` holds its text, and the unit of work keeps both
(a major save, a minor edit of the source, a pull taking the CMS's states, "Still up to date"). Whether
the translation is outdated is :func:`editor.models.translation_status.is_outdated`, the same rule the
page tree, the worklist and the quality report read.

Two fallbacks:

* **unknown** — the CMS called the translation outdated and no older source text was known: the diff
  compares with an empty text, so the whole source shows as new (the desk says so);
* **reconstructed** — nothing recorded yet (a working copy migrated from schema 0006, until its next
  pull or save of the translation): decision 0019's reconstruction from the local history. The
  translation's *time* is the later of its server and local update times, and the base is the source
  text that was current then: the oldest history entry replaced after that time (history entries hold
  the text a save *replaced*), or the current source text when none was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from editor.models.records import TranslationData
from editor.models.store import Store
from editor.models.translation_status import UNKNOWN_BASE, is_outdated

#: Where a :class:`SourceBase` comes from.
RECORDED, UNKNOWN, RECONSTRUCTED = "recorded", "unknown", "reconstructed"


@dataclass(frozen=True)
class SourceBase:
    """The base of a translation: the source HTML then, and whether the source changed since."""

    html: str
    translated_at: datetime | None
    origin: str
    """:data:`RECORDED`, :data:`UNKNOWN` (``html`` is empty) or :data:`RECONSTRUCTED`."""
    outdated: bool
    """The source's normalised content differs from the base (there is something to show)."""
    version_id: int | None = None
    """Reconstructed: the history entry the base comes from (None: the current source text)."""


def translation_time(data: TranslationData) -> datetime | None:
    """When the translation was last brought up to date (server or local), or None."""
    stamps = [stamp for stamp in (data.server_updated_at, data.local_updated_at) if stamp is not None]
    return max(stamps) if stamps else None


def source_base(store: Store, target: TranslationData, source_language: str) -> SourceBase | None:
    """The source text ``target`` was last brought up to date with, or None when there is no source."""
    source = store.translation(target.page_id, source_language)
    if source is None:
        return None
    found = store.query(
        "SELECT t.source_hash, s.content, src.content_hash FROM translation t "
        "LEFT JOIN source_text s ON s.hash = t.source_hash "
        "LEFT JOIN translation src ON src.page_id = t.page_id AND src.language_code = ? "
        "WHERE t.id = ?",
        (source_language, target.id),
    )
    base_hash, text, now_hash = found[0] if found else (None, None, None)
    when = translation_time(target)
    if base_hash == UNKNOWN_BASE:
        return SourceBase("", when, UNKNOWN, True)
    if base_hash is not None and text is not None:
        if now_hash is None:
            from editor.models.unit_base import normal_hash

            now_hash = normal_hash(source.content)
        return SourceBase(str(text), when, RECORDED, is_outdated(base_hash, now_hash))
    return _reconstructed(store, target, source.content, source_language, when)


def _reconstructed(
    store: Store, target: TranslationData, source_html: str, source_language: str, when: datetime | None
) -> SourceBase | None:
    """Decision 0019's base from the local history (working copies from before schema 0007)."""
    if when is None:
        return None
    later = [v for v in store.history(target.page_id, source_language) if _naive(v.saved_at) > _naive(when)]
    if not later:
        return SourceBase(source_html, when, RECONSTRUCTED, False)
    oldest = min(later, key=lambda v: (_naive(v.saved_at), v.id))
    return SourceBase(oldest.content, when, RECONSTRUCTED, True, oldest.id)


def _naive(stamp: datetime) -> datetime:
    return stamp.replace(tzinfo=None)
