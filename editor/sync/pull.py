"""Pull planning: the tree listing of every language, which texts to fetch, outdated time stamps."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from editor.models.sync_reads import LocalRow
from editor.models.unit_sync import PageSpec
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


def cms_states(listing: Listing) -> dict[tuple[int, str], str]:
    """The CMS's translation state of every (Page id, language) the trees name: from the source
    language's rows first (they name every language), then from the other languages' rows."""
    out: dict[tuple[int, str], str] = {}
    for language in [listing.source, *listing.rows]:
        for row in listing.rows.get(language, []):
            for code, state in row.translation_states.items():
                out.setdefault((row.page_id, code), state)
    return out


def known_in(local: Mapping[tuple[int, str], LocalRow], language: str) -> int:
    """How many translations of ``language`` the last pulls brought (they have a base)."""
    return sum(1 for (_, lang), row in local.items() if lang == language and row.base_hash)


def by_key(rows: Sequence[LocalRow]) -> dict[tuple[int, str], LocalRow]:
    """Local rows keyed by (CMS page id, language); pages the CMS does not know are left out."""
    return {(r.cms_page_id, r.language): r for r in rows if r.cms_page_id is not None}


def tree_paths(region: str, language: str, rows: list[TreeRow]) -> dict[str, int]:
    """The API path (``/<region>/<lang>/<ancestor slugs>/<slug>/``) of each page in one language's tree."""
    return {path: page_id for page_id, path in row_paths(region, language, rows).items()}


def row_paths(region: str, language: str, rows: list[TreeRow]) -> dict[int, str]:
    """Each page's API path in one language's tree (pages whose ancestors are not all listed have none)."""
    by_id = {row.page_id: row for row in rows}
    paths: dict[int, str] = {}
    for row in rows:
        slugs: list[str] = []
        node: TreeRow | None = row
        seen: set[int] = set()
        complete = False
        while node is not None and node.page_id not in seen:
            seen.add(node.page_id)
            slugs.append(node.slug)
            if node.parent_id is None:
                complete = True  # a root: the path is known
                break
            node = by_id.get(node.parent_id)
        if complete:
            paths[row.page_id] = "/" + "/".join([region, language, *reversed(slugs)]) + "/"
    return paths


def with_public_ids(listing: Listing, region: str, public: list[Any]) -> Listing:
    """Give PUBLIC tree rows without a short link the translation row id the public API names.

    A PUBLIC row's latest version is the public one, so its API ``id`` (and the ids other languages'
    objects give it in ``available_languages``) is exactly what the short link would show: every
    save moves it. The source language's page list names them all in one request.
    """
    source_rows = listing.rows.get(listing.source, [])
    paths = tree_paths(region, listing.source, source_rows)
    # second way to find a page: its parent's Page id and its title (a public row shows the public title)
    by_parent_title = {(row.parent_id or 0, row.title): row.page_id for row in source_rows}
    ids: dict[tuple[int, str], int] = {}
    for page in public:
        page_id = paths.get(page.path) or by_parent_title.get((page.parent_id, page.title))
        if page_id is None:
            continue
        ids[(page_id, listing.source)] = page.id
        for language, translation_id in page.available.items():
            ids[(page_id, language)] = translation_id
    for language, rows in listing.rows.items():
        listing.rows[language] = [
            dataclasses.replace(row, short_link_id=ids[(row.page_id, language)])
            if row.short_link_id is None and row.status == "PUBLIC" and (row.page_id, language) in ids
            else row
            for row in rows
        ]
    return listing
