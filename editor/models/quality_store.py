"""What the quality features keep in the working copy (plain SQL, Qt-free).

* ``link_check``: the last online check per distinct address (status, redirect target, error, time),
  so a re-check only fetches what is older than a chosen age;
* ``translation_confirmation``: when someone confirmed a translation is still valid ("Still valid";
  the translator's "still up to date" shares it);
* ``quality_cache``: a translation's report figures for the content hash they were computed from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from editor.models.changes import Changes

if TYPE_CHECKING:
    from editor.models.store import Store


@dataclass(frozen=True)
class LinkResult:
    """The outcome of fetching one address: HTTP status (None when no answer), redirect, error."""

    url: str
    status: int | None
    final_url: str | None
    error: str | None
    checked_at: datetime

    @property
    def broken(self) -> bool:
        """No answer, or an answer of 4xx/5xx."""
        return self.status is None or self.status >= 400

    @property
    def redirected(self) -> bool:
        """The address answers, but from another address."""
        return not self.broken and bool(self.final_url) and self.final_url != self.url


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _stamp(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


# -- link checks ------------------------------------------------------------------------------------
def link_results(store: Store) -> dict[str, LinkResult]:
    """Every stored link-check result by address."""
    found = store.query("SELECT url, status, final_url, error, checked_at FROM link_check")
    return {u: LinkResult(u, s, f, e, _time(c) or datetime.min) for u, s, f, e, c in found}


def save_link_results(store: Store, results: Iterable[LinkResult]) -> None:
    """Store (or replace) link-check results, in one transaction."""
    items = [(r.url, r.status, r.final_url, r.error, _stamp(r.checked_at)) for r in results]
    if not items:
        return
    with store.transaction() as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO link_check (url, status, final_url, error, checked_at) "
            "VALUES (?, ?, ?, ?, ?)",
            items,
        )


# -- confirmations ----------------------------------------------------------------------------------
def confirmations(store: Store) -> dict[tuple[int, str], datetime]:
    """When each confirmed translation was last confirmed, by (page id, language)."""
    found = store.query(
        "SELECT t.page_id, t.language_code, c.confirmed_at FROM translation_confirmation c "
        "JOIN translation t ON t.id = c.translation_id"
    )
    return {(int(p), lang): _time(at) or datetime.min for p, lang, at in found}


def confirm_still_valid(
    store: Store, page_id: int, languages: Iterable[str] | None = None, *, at: datetime | None = None
) -> Changes:
    """Confirm a page's translations (``languages``, or all it has) are still valid, now or ``at``.

    The same action as the translator's "Still up to date" (:meth:`Store.confirm_current`): the
    confirmation, the source base and the CMS's ``refresh/`` queued for the next push.
    """
    return store.confirm_current(page_id, None if languages is None else list(languages), at=at)


# -- report cache -----------------------------------------------------------------------------------
#: What a translation looked like when its figures were cached: the cache's version and the change stamps
#: of the text and of its source-language text (QA compares the two; every change of a text through the
#: store sets one: a save ``local_updated_at``, a pull ``server_updated_at``). Read from the covering
#: tree index, so no text is loaded (SQL).
FINGERPRINT_SQL = (
    "? || '|' || coalesce(t.local_updated_at, '') || '|' || coalesce(t.server_updated_at, '') || '|' || "
    "coalesce(s.local_updated_at, '') || '|' || coalesce(s.server_updated_at, '')"
)


class CachedQuality(NamedTuple):
    """A translation with what the report cache holds for it (None: never cached); a named tuple, as
    a report reads 40,000 of them."""

    translation_id: int
    page_id: int
    language: str
    fingerprint: str
    cached_fingerprint: str | None
    content_hash: str | None
    result: str | None
    links_context: str | None
    links: str | None
    #: The translation of the same page in the language's source language (None: none, or a root language).
    source_id: int | None = None
    source_language: str | None = None


def cached_quality(
    store: Store, version: str, wanted: Iterable[tuple[int, str]] | None = None
) -> list[CachedQuality]:
    """Every translation (or the ``wanted`` (page id, language) ones) with its cache row and the id of
    its source-language translation; reads no text (the tree's covering index has every column asked
    for). ``version`` is the cache's version, part of the fingerprint."""
    sql = (
        f"SELECT t.id, t.page_id, t.language_code, {FINGERPRINT_SQL}, q.fingerprint, q.content_hash, "
        "q.result, q.links_context, q.links, s.id, l.parent_code FROM translation t {index} "
        "LEFT JOIN language l ON l.code = t.language_code "
        "LEFT JOIN translation s ON s.page_id = t.page_id AND s.language_code = l.parent_code "
        "LEFT JOIN quality_cache q ON q.translation_id = t.id"
    )
    if wanted is None:
        found = store.query(sql.format(index="INDEXED BY ix_translation_tree"), (version,))
    else:
        found = []
        for page, language in wanted:
            found += store.query(
                sql.format(index="") + " WHERE t.page_id = ? AND t.language_code = ?",
                (version, page, language),
            )
    return [_cached(row) for row in found]


def _cached(row: Any) -> CachedQuality:
    """A row of :func:`cached_quality`'s query."""
    tid, page, language, fingerprint, cached, content_hash, result, context, links, source, parent = row
    return CachedQuality(
        tid, page, language, fingerprint, cached, content_hash, result, context, links,
        source, parent if source is not None else None,
    )  # fmt: skip


def save_quality(store: Store, items: Iterable[tuple[int, str, str, str, str, str]]) -> None:
    """Store ``(translation id, content hash, fingerprint, result, links context, links)`` rows."""
    rows = list(items)
    if not rows:
        return
    with store.transaction() as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO quality_cache "
            "(translation_id, content_hash, fingerprint, result, links_context, links) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def cached_links(store: Store) -> list[tuple[int, str, str]]:
    """(page id, language, link problems as the cache keeps them) of every translation with a link
    problem."""
    found = store.query(
        "SELECT t.page_id, t.language_code, q.links FROM quality_cache q "
        "JOIN translation t ON t.id = q.translation_id WHERE q.links != '[]' "
        "ORDER BY t.page_id, t.language_code"
    )
    return [(int(page), language, links) for page, language, links in found]


def texts(store: Store, ids: list[int]) -> dict[int, tuple[str, str | None]]:
    """The content of the translations ``ids`` with the links the working copy keeps beside it
    (``translation_link.links``, ADR 0038; None where a translation has no such row)."""
    marks = ",".join("?" * len(ids))
    found = store.query(
        "SELECT t.id, t.content, l.links FROM translation t "
        f"LEFT JOIN translation_link l ON l.translation_id = t.id WHERE t.id IN ({marks})",
        ids,
    )
    return {int(t): (c or "", links) for t, c, links in found}


class TreeRows(NamedTuple):
    """What a link's verdict depends on besides the linking text, as read from the working copy (the
    report's page index is built from the same rows, so the region's slugs are read once)."""

    region: list[Any]
    #: (id, parent id, archived), by id
    pages: list[Any]
    #: (page id, language, slug), by translation id
    slugs: list[Any]
    #: (page id, language, title as bytes or None, status), by page and language
    named: list[Any]
    #: (count, latest check) of the stored online results
    checked: list[Any]


def tree_rows(store: Store, *, titles: bool = True) -> TreeRows:
    """Read :class:`TreeRows` (``titles`` False: without the titles, which the link context ignores)."""
    title = "CAST(title AS BLOB)" if titles else "NULL"
    return TreeRows(
        store.query("SELECT slug, cms_url FROM region"),
        store.query("SELECT id, parent_id, archived FROM page ORDER BY id"),
        store.query(  # from the tree index (the slug is its last column), not the table with its texts
            "SELECT page_id, language_code, slug FROM translation INDEXED BY ix_translation_tree "
            "ORDER BY page_id, language_code"
        ),
        store.query(
            f"SELECT page_id, language_code, {title}, status FROM translation INDEXED BY ix_translation_tree "
            "ORDER BY page_id, language_code"
        ),
        store.query("SELECT count(*), max(checked_at) FROM link_check"),
    )


def page_titles(store: Store, pages: Iterable[int]) -> list[Any]:
    """(page id, language, title as bytes or None, status) of the translations of ``pages``, as
    :attr:`TreeRows.named` has them."""
    marks = ",".join(str(int(p)) for p in pages) or "NULL"
    return store.query(
        "SELECT page_id, language_code, CAST(title AS BLOB), status FROM translation "
        f"WHERE page_id IN ({marks}) ORDER BY page_id, language_code"
    )


def context_of(rows: TreeRows) -> str:
    """The link context of :class:`TreeRows`: a hash of the region's address, the page tree, slugs,
    statuses, archived flags and the stored online results."""
    import hashlib

    digest = hashlib.sha1(usedforsecurity=False)
    statuses = [(page, language, status) for page, language, _title, status in rows.named]
    for part in (rows.region, rows.pages, rows.slugs, statuses, rows.checked):
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def link_context(store: Store) -> str:
    """A hash of everything a link's verdict depends on besides the linking text (:func:`context_of`)."""
    return context_of(tree_rows(store, titles=False))
