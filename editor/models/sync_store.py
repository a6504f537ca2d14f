"""Store-side sync API: apply pulled translations, record pushes, conflicts and failures.

Every write runs in one transaction and returns a :class:`~editor.models.changes.Changes` set.
Nothing here deletes a local text: a server-side change keeps the old local text in the local
history (reason ``"pull"``), a page dropped on the server is only marked, and a translation changed
on both sides becomes a conflict (see docs/decisions/0006-sync-engine.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from editor.models.changes import Changes
from editor.models.enums import Direction
from editor.models.errors import StoreError
from editor.models.store import Store, content_hash, utcnow
from editor.models.sync_reads import (
    ConflictData,
    LocalRow,
    OutboxEntry,
    RemoteText,
    TreeSeen,
    conflicts,
    local_rows,
    local_status,
    outbox_items,
    page_ids_by_cms_id,
    sync_meta,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = [
    "ConflictData", "LanguageSpec", "LocalRow", "OutboxEntry", "PageSpec", "RemoteText",
    "TreeSeen", "apply_server_text", "conflicts", "ensure_region", "local_rows", "local_status",
    "mark_dropped",
    "outbox_items", "page_ids_by_cms_id", "record_base", "record_conflict", "record_failure",
    "record_pushed", "record_seen", "resolve_conflict", "set_sync_meta", "sync_meta",
    "upsert_pages",
]  # fmt: skip


@dataclass(frozen=True)
class LanguageSpec:
    """A language of the region as the CMS lists it (source language first)."""

    code: str
    bcp47_tag: str
    native_name: str
    rtl: bool


@dataclass(frozen=True)
class PageSpec:
    """A page's place in the CMS tree (CMS Page ids; ``parent`` None for roots)."""

    cms_page_id: int
    parent: int | None
    position: int
    archived: bool = False


def ensure_region(
    store: Store, slug: str, name: str, cms_url: str, languages: Sequence[LanguageSpec]
) -> Changes:
    """Create the region (first pull) or update its name/URL; add languages that are new."""
    from editor.models.schema import Language, Region

    if not languages:
        raise StoreError(f"{store.path}: the region {slug} lists no languages")
    changed = False
    with store.sessions.begin() as s:
        region = s.query(Region).first()
        if region is None:
            s.add(Region(slug=slug, name=name, cms_url=cms_url))
            changed = True
        elif region.slug != slug:
            raise StoreError(f"{store.path}: this working copy holds region {region.slug}, not {slug}")
        elif (region.name, region.cms_url) != (name, cms_url):
            region.name, region.cms_url = name, cms_url
        known = {lang.code for lang in s.query(Language)}
        source = languages[0].code
        for position, lang in enumerate(languages):
            if lang.code in known:
                continue
            s.add(
                Language(
                    code=lang.code, bcp47_tag=lang.bcp47_tag, native_name=lang.native_name,
                    direction=Direction.RTL if lang.rtl else Direction.LTR,
                    parent_code=None if lang.code == source else source, position=position,
                )
            )  # fmt: skip
            s.flush()
            changed = True
    return Changes(tree=changed, languages=changed)


def upsert_pages(store: Store, pages: Sequence[PageSpec]) -> Changes:
    """Give every CMS page its local page with the server's parent and position (tree order)."""
    from editor.models.schema import Page

    touched: set[int] = set()
    with store.sessions.begin() as s:
        local = {p.cms_page_id: p for p in s.query(Page) if p.cms_page_id is not None}
        for spec in pages:
            parent = local.get(spec.parent) if spec.parent is not None else None
            parent_id = parent.id if parent is not None else None
            page = local.get(spec.cms_page_id)
            if page is None:
                page = Page(
                    parent_id=parent_id, position=spec.position, archived=spec.archived,
                    cms_page_id=spec.cms_page_id,
                )  # fmt: skip
                s.add(page)
                s.flush()
                local[spec.cms_page_id] = page
            elif (page.parent_id, page.position, page.archived) == (
                parent_id, spec.position, spec.archived,
            ):  # fmt: skip
                continue
            else:
                page.parent_id, page.position, page.archived = parent_id, spec.position, spec.archived
            touched.add(page.id)
    return Changes(pages=frozenset(touched), tree=bool(touched))


def _translation(s: Session, page_id: int, language: str) -> Any:
    from sqlalchemy import select

    from editor.models.schema import Translation

    return s.scalars(
        select(Translation).where(Translation.page_id == page_id, Translation.language_code == language)
    ).first()


def _state(s: Session, translation_id: int) -> Any:
    from editor.models.schema import SyncState

    state = s.get(SyncState, translation_id)
    if state is None:
        state = SyncState(translation_id=translation_id, dropped=False)
        s.add(state)
    return state


def _see(state: Any, seen: TreeSeen, outcome: str) -> None:
    state.token, state.short_link_id, state.status = seen.token, seen.short_link_id, seen.status
    state.title, state.slug, state.date = seen.title, seen.slug, seen.date
    state.dropped, state.seen_at, state.outcome, state.message = False, utcnow(), outcome, None


def _set_base(row: Any, state: Any, remote: RemoteText) -> None:
    row.base_token, row.base_hash = remote.seen.token, content_hash(remote.content)
    row.base_title, row.base_content = remote.title, remote.content
    state.base_status = remote.status


def _drop_outbox(s: Session, translation_id: int) -> None:
    from sqlalchemy import delete

    from editor.models.schema import OutboxItem

    s.execute(delete(OutboxItem).where(OutboxItem.translation_id == translation_id))


def _history(s: Session, row: Any, reason: str) -> None:
    from editor.models.schema import TranslationVersion

    s.add(
        TranslationVersion(
            translation_id=row.id, title=row.title, content=row.content, status=row.status,
            saved_at=utcnow(), reason=reason,
        )
    )  # fmt: skip


def _local_page(s: Session, cms_page_id: int) -> int:
    from sqlalchemy import select

    from editor.models.schema import Page

    found = s.scalars(select(Page.id).where(Page.cms_page_id == cms_page_id)).first()
    if found is None:
        raise StoreError(f"no local page for CMS page {cms_page_id}; pull the tree first")
    return int(found)


def apply_server_text(
    store: Store, cms_page_id: int, language: str, remote: RemoteText, stamp: Any = None
) -> Changes:
    """Take the server's text: a new translation, or a server-only change (old text to history).

    Only for translations without local changes (the engine decides); an outbox entry left over
    from a save that was reverted is removed.
    """
    from editor.models.schema import Translation
    from editor.models.store import _index

    with store.sessions.begin() as s:
        page_id = _local_page(s, cms_page_id)
        row = _translation(s, page_id, language)
        if row is None:
            row = Translation(
                page_id=page_id, language_code=language, title=remote.title,
                slug=remote.seen.slug, content=remote.content, status=local_status(remote.status),
                changed_locally=False, server_updated_at=stamp,
            )  # fmt: skip
            s.add(row)
            s.flush()
        elif row.changed_locally:
            # saved locally after the pull decided (e.g. autosave while texts were fetched):
            # never overwrite it, keep both sides for the user to decide
            _keep_theirs(s, row, remote, "edit")
            key = frozenset({(page_id, language)})
            return Changes(pages=frozenset({page_id}), translations=key, conflicts=key)
        else:
            if (row.title, row.content) != (remote.title, remote.content):
                _history(s, row, "pull")
            row.title, row.content = remote.title, remote.content
            row.slug, row.status = remote.seen.slug, local_status(remote.status)
            row.changed_locally = False
            row.server_updated_at = stamp or utcnow()
            _drop_outbox(s, row.id)
        state = _state(s, row.id)
        _set_base(row, state, remote)
        _see(state, remote.seen, "pulled")
        _index(s, row.id, row.title, row.content)
    return Changes(pages=frozenset({page_id}), translations=frozenset({(page_id, language)}), outbox=True)


def record_base(store: Store, translation_id: int, remote: RemoteText) -> Changes:
    """Both sides changed to the same text: the server's text becomes the base, nothing to push."""
    from editor.models.schema import Translation

    with store.sessions.begin() as s:
        row = s.get(Translation, translation_id)
        if row is None:
            raise StoreError(f"{store.path}: no translation {translation_id}")
        state = _state(s, row.id)
        _set_base(row, state, remote)
        _see(state, remote.seen, "same")
        same_text = (row.title, row.content) == (remote.title, remote.content)
        if same_text and row.status == local_status(remote.status):  # not typed on meanwhile
            row.changed_locally = False
            _drop_outbox(s, row.id)
        key = (row.page_id, row.language_code)
    return Changes(pages=frozenset({key[0]}), translations=frozenset({key}), outbox=True)


def record_seen(store: Store, translation_id: int, seen: TreeSeen) -> Changes:
    """The tree row moved but the text did not (a re-save): remember the row, nothing else."""
    with store.sessions.begin() as s:
        _see(_state(s, translation_id), seen, "unchanged")
    return Changes()


def record_conflict(
    store: Store, translation_id: int, remote: RemoteText | None, kind: str = "edit"
) -> Changes:
    """Keep "theirs" next to base and mine; nothing is written on either side."""
    from editor.models.schema import Translation

    with store.sessions.begin() as s:
        row = s.get(Translation, translation_id)
        if row is None:
            raise StoreError(f"{store.path}: no translation {translation_id}")
        _keep_theirs(s, row, remote, kind)
        key = (row.page_id, row.language_code)
    return Changes(pages=frozenset({key[0]}), translations=frozenset({key}), conflicts=frozenset({key}))


def _keep_theirs(s: Session, row: Any, remote: RemoteText | None, kind: str) -> None:
    """Store the server's side of a conflict next to base and mine, in the caller's transaction."""
    from editor.models.schema import Conflict

    conflict = s.get(Conflict, row.id) or Conflict(translation_id=row.id)
    conflict.kind, conflict.detected_at = kind, utcnow()
    conflict.theirs_title = remote.title if remote else ""
    conflict.theirs_content = remote.content if remote else ""
    conflict.theirs_token = remote.seen.token if remote else None
    conflict.theirs_status = (remote.status or None) if remote else None
    s.add(conflict)
    state = _state(s, row.id)
    if remote is not None and remote.seen.token:
        _see(state, remote.seen, "conflict")
    state.dropped = remote is None
    state.outcome = "conflict"


def mark_dropped(store: Store, translation_id: int, page_gone: bool) -> Changes:
    """The server no longer lists this translation: mark it (and the page when it is gone)."""
    from editor.models.schema import Page, Translation

    with store.sessions.begin() as s:
        row = s.get(Translation, translation_id)
        if row is None:
            raise StoreError(f"{store.path}: no translation {translation_id}")
        state = _state(s, translation_id)
        state.dropped, state.outcome = True, "dropped"
        page = s.get(Page, row.page_id)
        if page_gone and page is not None:
            page.archived = True
        page_id = row.page_id
    return Changes(pages=frozenset({page_id}), tree=page_gone)


def record_pushed(
    store: Store, entry: OutboxEntry, stored: RemoteText, pushed_title: str, pushed_content: str
) -> Changes:
    """The server stored ``stored`` for a push of ``entry``: it becomes the base.

    When the user did not type since the push started, the local text becomes the server's
    normalised text and the outbox entry goes; otherwise the newer local text stays queued.
    """
    from editor.models.schema import Conflict, Translation
    from editor.models.store import _index

    with store.sessions.begin() as s:
        row = s.get(Translation, entry.translation_id)
        if row is None:
            raise StoreError(f"{store.path}: no translation {entry.translation_id}")
        state = _state(s, row.id)
        _set_base(row, state, stored)
        _see(state, stored.seen, "pushed")
        if (row.title, row.content, row.status) == (pushed_title, pushed_content, entry.status):
            row.title, row.content = stored.title, stored.content
            row.slug = stored.seen.slug or row.slug
            row.changed_locally = False
            _drop_outbox(s, row.id)
            _index(s, row.id, row.title, row.content)
        row.server_updated_at = utcnow()
        conflict = s.get(Conflict, row.id)
        if conflict is not None:
            s.delete(conflict)
        key = (row.page_id, row.language_code)
    return Changes(pages=frozenset({key[0]}), translations=frozenset({key}), outbox=True)


def record_failure(store: Store, translation_id: int, message: str) -> Changes:
    """A push failed: keep the server's message on the outbox item and count the attempt."""
    from sqlalchemy import select

    from editor.models.schema import OutboxItem

    with store.sessions.begin() as s:
        item = s.scalars(select(OutboxItem).where(OutboxItem.translation_id == translation_id)).first()
        if item is not None:
            item.attempts, item.last_error = item.attempts + 1, message
        state = _state(s, translation_id)
        state.outcome, state.message = "failed", message
    return Changes(outbox=True)


def resolve_conflict(store: Store, page_id: int, language: str, title: str, content: str) -> Changes:
    """Resolve a conflict: the merged text becomes "mine", theirs becomes the new base.

    The translation stays (or is put) in the outbox with its status unchanged, so resolving never
    publishes anything by itself; the next push sends the merged text.
    """
    from editor.models.schema import Conflict
    from editor.models.store import _enqueue, _index

    now = utcnow()
    with store.sessions.begin() as s:
        row = _translation(s, page_id, language)
        conflict = s.get(Conflict, row.id) if row is not None else None
        if row is None or conflict is None:
            raise StoreError(f"{store.path}: page {page_id} ({language}) is not in conflict")
        if (row.title, row.content) != (title, content):
            _history(s, row, "resolve")
        row.title, row.content = title, content
        row.changed_locally, row.local_updated_at = True, now
        state = _state(s, row.id)
        if conflict.kind == "edit":
            row.base_token, row.base_hash = conflict.theirs_token, content_hash(conflict.theirs_content)
            row.base_title, row.base_content = conflict.theirs_title, conflict.theirs_content
            state.base_status = conflict.theirs_status
        state.outcome = "resolved"
        s.delete(conflict)
        _index(s, row.id, title, content)
        _enqueue(s, row.id, now, False)
    return Changes(pages=frozenset({page_id}), translations=frozenset({(page_id, language)}), outbox=True)


def set_sync_meta(store: Store, **values: str) -> Changes:
    """Store region-wide sync facts (e.g. ``last_pull_at``)."""
    from editor.models.schema import SyncMeta

    with store.sessions.begin() as s:
        for key, value in values.items():
            s.merge(SyncMeta(key=key, value=value))
    return Changes()
