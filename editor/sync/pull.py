"""Pull planning: the tree listing of every language, which texts to fetch, outdated time stamps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from editor.models.sync_store import LocalRow, PageSpec
from editor.sync.cms_types import TreeRow

#: Pages listed only in a non-source language are placed after every page of the source tree.
_FOREIGN_OFFSET = 1_000_000


@dataclass
class Listing:
    """Every language's tree rows, and the languages that could not be read completely."""

    source: str
    rows: dict[str, list[TreeRow]] = field(default_factory=dict)
    skipped: set[str] = field(default_factory=set)

    @property
    def complete(self) -> bool:
        """True when every language's tree was read."""
        return not self.skipped

    def pages(self) -> list[PageSpec]:
        """The page tree: structure from the source language, other pages appended."""
        specs: dict[int, PageSpec] = {}
        for row in self.rows.get(self.source, []):
            specs[row.page_id] = PageSpec(row.page_id, row.parent_id, row.position)
        for rows in self.rows.values():
            for row in rows:
                if row.page_id not in specs:
                    parent = row.parent_id if row.parent_id in specs else None
                    specs[row.page_id] = PageSpec(row.page_id, parent, _FOREIGN_OFFSET + row.position)
        return list(specs.values())

    def page_ids(self) -> frozenset[int]:
        """Every CMS page id listed in any language."""
        return frozenset(row.page_id for rows in self.rows.values() for row in rows)


def stamps(listing: Listing) -> dict[tuple[int, str], dt.datetime]:
    """Time stamps that reproduce the CMS's own "outdated" states in the page tree.

    The tree gives dates only, but the source language's row names the state of every other
    language: an OUTDATED translation is stamped just before its source, others not before it.
    """
    source_rows = {row.page_id: row for row in listing.rows.get(listing.source, [])}
    out: dict[tuple[int, str], dt.datetime] = {}
    for lang, rows in listing.rows.items():
        for row in rows:
            own = dt.datetime.combine(row.date or dt.date(1970, 1, 1), dt.time())
            source = source_rows.get(row.page_id)
            if lang == listing.source or source is None or source.date is None:
                out[(row.page_id, lang)] = own
                continue
            source_stamp = dt.datetime.combine(source.date, dt.time())
            if source.translation_states.get(lang) == "OUTDATED":
                out[(row.page_id, lang)] = min(own, source_stamp - dt.timedelta(seconds=1))
            else:
                out[(row.page_id, lang)] = max(own, source_stamp)
    return out


def known_in(local: Mapping[tuple[int, str], LocalRow], language: str) -> int:
    """How many translations of ``language`` the last pulls brought (they have a base)."""
    return sum(1 for (_, lang), row in local.items() if lang == language and row.base_hash)


def by_key(rows: Sequence[LocalRow]) -> dict[tuple[int, str], LocalRow]:
    """Local rows keyed by (CMS page id, language); pages the CMS does not know are left out."""
    return {(r.cms_page_id, r.language): r for r in rows if r.cms_page_id is not None}
