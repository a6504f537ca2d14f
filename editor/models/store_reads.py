"""The working copy's larger reads behind :class:`~editor.models.store.Store`'s public methods: the page
tree in one query, the published texts and pages of a language, a translation's history and the
full-text search. Plain SQL through :meth:`Store.query`; the store's methods call these."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from editor.models.db import Undecodable, is_decode_error
from editor.models.enums import Status
from editor.models.errors import StoreError
from editor.models.reading import clean, time_of, unreadable, verify_text
from editor.models.records import PageRow, SearchHit, VersionInfo

if TYPE_CHECKING:
    from editor.models.store import Store


def page_tree(store: Store, page_ids: Collection[int] | None = None) -> list[PageRow]:
    """Every page (or those in ``page_ids``) with its per-language title and state.

    One row per page: SQLite packs the languages (from the covering index ``ix_translation_tree``)
    and :class:`PageRow` unpacks them only when asked.
    """
    parents = tuple((lang.code, lang.parent_code) for lang in store.languages())
    where = ""
    if page_ids is not None:
        where = "WHERE p.id IN ({})".format(",".join(str(int(i)) for i in page_ids) or "NULL")
    packed = (
        "(SELECT group_concat(t.language_code || char(31) || "
        "replace(replace(t.title, char(31), ' '), char(30), ' ') || char(31) || t.status "
        "|| char(31) || t.changed_locally || char(31) || max(coalesce(t.server_updated_at, ''), "
        "coalesce(t.local_updated_at, '')) || char(31) || coalesce(t.content_hash, '') || char(31) || "
        "coalesce(t.source_hash, '-'), char(30)) FROM translation t WHERE t.page_id = p.id)"
    )
    sql = "SELECT p.id, p.parent_id, p.position, p.archived, p.cms_page_id, {} FROM page p {} " + (
        "ORDER BY p.parent_id, p.position, p.id"
    )
    try:
        found = store.query(sql.format(packed, where))
    except StoreError as exc:
        if exc.__cause__ is None or not is_decode_error(exc.__cause__):
            raise
        # a title that is not UTF-8: the tree shows it with replacement characters; opening
        # that translation then says it cannot be read
        found = [
            (*row[:5], bytes(row[5]).decode("utf-8", "replace") if row[5] is not None else None)
            for row in store.query(sql.format(f"CAST({packed} AS BLOB)", where))
        ]
    return [PageRow(i, pa, po, bool(a), c, pk or "", parents) for i, pa, po, a, c, pk in found]


def published_texts(store: Store, language: str) -> list[str]:
    """The texts of every published page in ``language`` (the region's own vocabulary); a text that
    cannot be read is left out (the reports name it where they read it)."""
    found = store.query(
        "SELECT content FROM translation WHERE lower(language_code) = lower(?) AND status = ?",
        (language, "PUBLIC"),
        lenient=True,
    )
    return [str(row[0] or "") for row in found if not isinstance(row[0], Undecodable)]


def published_pages(store: Store, language: str) -> list[tuple[int, str]]:
    """``(page id, title and text)`` of every published page in ``language`` (the region's names); a
    page whose title or text cannot be read is left out."""
    found = store.query(
        "SELECT page_id, title, content FROM translation "
        "WHERE lower(language_code) = lower(?) AND status = ?",
        (language, "PUBLIC"),
        lenient=True,
    )
    readable = [row for row in found if not any(isinstance(value, Undecodable) for value in row[1:])]
    return [(int(row[0]), f"{row[1] or ''}\n{row[2] or ''}") for row in readable]


def history(store: Store, page_id: int, language: str) -> list[VersionInfo]:
    """Earlier local versions of a translation, newest first."""
    found = store.query(
        "SELECT v.id, v.title, v.content, v.status, v.saved_at, v.reason "
        "FROM translation_version v JOIN translation t ON t.id = v.translation_id "
        "WHERE t.page_id = ? AND t.language_code = ? ORDER BY v.id DESC",
        (page_id, language),
        lenient=True,
    )
    versions = []
    for vid, title, content, status, saved, why in found:
        try:
            verify_text(vid, title, content, why)
            versions.append(VersionInfo(vid, title, content, Status[status], time_of(saved), why))  # type: ignore[arg-type]
        except (KeyError, ValueError, TypeError) as exc:
            raise unreadable(store.path, page_id, language, title, exc, f"version {vid}") from None
    return versions


def search(store: Store, query: str, limit: int = 50) -> list[SearchHit]:
    """Full-text search over titles and texts (every word as a prefix, all words needed).

    Title matches come first (ranked); text matches follow in page order. Ranking every text
    match would cost a full scoring pass over thousands of pages for a common word.
    """
    match = _fts_query(query)
    if not match:
        return []
    select = (
        "SELECT t.page_id, t.language_code, t.title, "
        "snippet(search_index, {col}, '«', '»', '…', 12) "
        "FROM search_index JOIN translation t ON t.id = search_index.rowid "
        "WHERE search_index MATCH ? {order} LIMIT ?"
    )
    titles = select.format(col=0, order="ORDER BY rank")
    hits = store.query(titles, (f"title : ({match})", limit), lenient=True)
    seen = {(h[0], h[1]) for h in hits}
    if len(hits) < limit:
        more = store.query(select.format(col=1, order=""), (match, limit + len(hits)), lenient=True)
        hits += [h for h in more if (h[0], h[1]) not in seen][: limit - len(hits)]
    return [SearchHit(p, clean(lang), clean(title), clean(snip)) for p, lang, title, snip in hits]


def _fts_query(query: str) -> str:
    words = re.findall(r"\w+", query)
    return " ".join(f'"{w}"*' for w in words)
