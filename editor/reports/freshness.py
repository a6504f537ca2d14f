"""Freshness (Qt-free): when each translation was last changed or confirmed, and which pages are stale.

A translation's date is the latest of its server change (``server_updated_at``), its local save
(``local_updated_at``) and its "Still valid" confirmation (:func:`editor.models.quality_store
.confirm_still_valid`). A translation is stale when that date is older than the chosen period
(default 12 months); stale pages are listed oldest first, with the addresses, opening hours and phone
numbers in them (:mod:`editor.text.volatile`) as the likeliest to be wrong.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from editor.models.quality_store import confirmations
from editor.models.store import Store, utcnow

if TYPE_CHECKING:  # the report's dates need no patterns: they are compiled for the stale list only
    from editor.text.volatile import Fact

#: The default period after which an unchanged, unconfirmed translation is stale.
DEFAULT_PERIOD = timedelta(days=365)


@dataclass(frozen=True)
class Freshness:
    """One translation's dates."""

    page_id: int
    language: str
    changed_at: datetime | None
    confirmed_at: datetime | None

    @property
    def last(self) -> datetime | None:
        """The latest of the change and the confirmation."""
        stamps = [s for s in (self.changed_at, self.confirmed_at) if s is not None]
        return max(stamps) if stamps else None

    def age_days(self, now: datetime) -> int | None:
        """Whole days since :attr:`last` (None when the translation has no date at all)."""
        return None if self.last is None else max(0, (now - self.last).days)


@dataclass(frozen=True)
class StaleTranslation:
    """A stale translation with the facts in it most likely to be out of date."""

    freshness: Freshness
    title: str
    facts: tuple[Fact, ...] = field(default=())


def _time(value: object) -> datetime | None:
    """A stored time stamp; a damaged one (not an ISO date) counts as unknown, so one bad row does not
    stop a region's report (the row shows no date and counts as stale)."""
    if not value or not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def freshness_of(store: Store, pages: Collection[int] | None = None) -> dict[tuple[int, str], Freshness]:
    """The dates of every translation (or of the translations of ``pages``), by (page id, language)."""
    confirmed = confirmations(store)
    sql = "SELECT page_id, language_code, server_updated_at, local_updated_at FROM translation"
    if pages is not None:
        sql += " WHERE page_id IN ({})".format(",".join(str(int(p)) for p in pages) or "NULL")
    found = store.query(sql)
    result = {}
    for page, lang, server, local in found:
        stamps = [s for s in (_time(server), _time(local)) if s is not None]
        key = (int(page), lang)
        result[key] = Freshness(key[0], lang, max(stamps) if stamps else None, confirmed.get(key))
    return result


def stale_translations(
    store: Store,
    period: timedelta = DEFAULT_PERIOD,
    *,
    now: datetime | None = None,
    language: str | None = None,
) -> list[StaleTranslation]:
    """Translations not changed or confirmed within ``period``, oldest first (undated ones first)."""
    limit = (now or utcnow()) - period
    dates = freshness_of(store)
    stale = [
        f for f in dates.values()
        if (f.last is None or f.last < limit) and (language is None or f.language == language)
    ]  # fmt: skip
    stale.sort(key=lambda f: (f.last or datetime.min, f.page_id, f.language))
    from editor.text.volatile import find_volatile

    result = []
    for item in stale:
        translation = store.translation(item.page_id, item.language)
        if translation is None:
            continue
        facts = tuple(find_volatile(translation.content))
        result.append(StaleTranslation(item, translation.title, facts))
    return result
