"""Pages a create made in the CMS although its answer never arrived (a timeout, a lost reply).

Such a page is ours: the next push takes it as the page it created (:func:`created_by`, before it
would create again), and until then a pull leaves it out (:func:`without_lost_creates`), so the
working copy never holds it twice, once as the page made here and once as a page new on the server
(issue 13: never a duplicate page after a retry). House style 3.6; docs/sync.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from editor.models.operations import CreatePage
from editor.models.sync_reads import page_ids_by_cms_id
from editor.sync.pull import Listing

if TYPE_CHECKING:
    from editor.models.store import Store
    from editor.sync.cms_types import TreeRow


def created_by(rows: Iterable[TreeRow], parent: int | None, titles: set[str], known: set[int]) -> int | None:
    """The CMS id of a page one of ``titles`` names that the working copy does not know (``known``):
    under ``parent`` first, else anywhere (the reference page may have moved meanwhile)."""
    found = [row for row in rows if row.title in titles and row.page_id not in known]
    if not found:
        return None
    return next((row for row in found if row.parent_id == parent), found[0]).page_id


def create_titles(store: Store, op: CreatePage) -> set[str]:
    """The titles a create of ``op`` may have sent: the page's title now and when it was made."""
    text = store.translation(op.page_id, op.language)
    return {op.title} | ({text.title} if text is not None else set())


def without_lost_creates(store: Store, listing: Listing) -> Listing:
    """``listing`` without the pages that creates sent before (and not confirmed) may have made."""
    tried = [op for op in store.operations() if isinstance(op, CreatePage) and op.attempts]
    if not tried:
        return listing
    cms = {local: cms for cms, local in page_ids_by_cms_id(store).items()}
    known = set(cms.values())
    claimed: set[int] = set()
    for op in tried:
        parent = cms.get(op.parent_id) if op.parent_id is not None else None
        candidates = [*listing.rows.get(op.language, []), *listing.rows.get(listing.source, [])]
        found = created_by(candidates, parent, create_titles(store, op), known | claimed)
        if found is not None:
            claimed.add(found)
    if not claimed:
        return listing
    rows = {
        lang: [row for row in listed if row.page_id not in claimed] for lang, listed in listing.rows.items()
    }
    return Listing(listing.source, rows, set(listing.skipped))
