"""Sync records and the reads the sync engine needs from a working copy (plain SQL, no ORM).

The records are frozen dataclasses, safe to hand between threads. ``ConflictData`` is the shape the
conflict view uses (base, mine and theirs); the store hands it out (:meth:`Store.conflicts`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from editor.models.enums import Status

if TYPE_CHECKING:
    from editor.models.store import Store

#: Server statuses the working copy cannot hold map to the nearest local one.
_STATUS_MAP = {"PUBLIC": Status.PUBLIC, "DRAFT": Status.DRAFT, "REVIEW": Status.REVIEW}


def local_status(server_status: str | None) -> Status:
    """The local status for a CMS status (``AUTO_SAVE`` and unknown ones become DRAFT)."""
    return _STATUS_MAP.get(server_status or "", Status.DRAFT)


@dataclass(frozen=True)
class ConflictData:
    """A translation changed on both sides: the base of the last pull, mine and theirs."""

    page_id: int
    language: str
    base_title: str
    base_content: str
    mine_title: str
    mine_content: str
    theirs_title: str
    theirs_content: str


@dataclass(frozen=True)
class TreeSeen:
    """What a pull saw for one translation in the CMS's page tree (the ``sync_state`` row)."""

    token: str
    short_link_id: int | None
    status: str
    title: str
    slug: str
    date: dt.date | None


@dataclass(frozen=True)
class RemoteText:
    """The server's stored text of one translation, with the tree row it was seen in."""

    title: str
    content: str
    status: str
    seen: TreeSeen


@dataclass(frozen=True)
class LocalRow:
    """One translation of the working copy as the sync engine compares it."""

    translation_id: int
    page_id: int
    cms_page_id: int | None
    language: str
    title: str
    content: str
    status: Status
    changed_locally: bool
    base_token: str | None
    base_hash: str | None
    base_title: str | None
    base_content: str | None
    base_status: str | None
    seen_token: str | None
    seen_date: dt.date | None
    #: When a pull last compared this translation's stored text (UTC).
    checked_at: dt.datetime | None
    dropped: bool
    in_outbox: bool
    in_conflict: bool
    #: (title, content hash) of the texts replaced here since the base (:func:`typed_since_base`): a
    #: server text among them was sent from here (a push whose answer was lost, e.g. the app was killed).
    typed_since_base: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True)
class OutboxEntry:
    """A translation waiting to be pushed (its EditText and/or SetStatus operations, in one push)."""

    operation_id: int
    translation_id: int
    page_id: int
    cms_page_id: int | None
    language: str
    title: str
    content: str
    status: Status
    minor_edit: bool
    base_hash: str | None
    base_title: str | None
    attempts: int
    last_error: str | None
    in_conflict: bool
    #: Only a status change waits (no text edit): it is sent as a minor edit.
    status_only: bool = False


_LOCAL_SQL = (
    "SELECT t.id, t.page_id, p.cms_page_id, t.language_code, t.title, t.content, t.status, "
    "t.changed_locally, t.base_token, t.base_hash, t.base_title, t.base_content, s.base_status, "
    "s.token, s.date, s.seen_at, coalesce(s.dropped, 0), o.n IS NOT NULL, c.translation_id IS NOT NULL "
    "FROM translation t JOIN page p ON p.id = t.page_id "
    "LEFT JOIN sync_state s ON s.translation_id = t.id "
    "LEFT JOIN (SELECT translation_id, count(*) AS n FROM operation GROUP BY translation_id) o "
    "ON o.translation_id = t.id "
    "LEFT JOIN conflict c ON c.translation_id = t.id"
)


def local_rows(store: Store) -> list[LocalRow]:
    """Every translation with its base, what the last pull saw, and its outbox/conflict flags."""
    found = store.query(_LOCAL_SQL)
    rows = [
        LocalRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            Status[r[6]],
            bool(r[7]),
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            r[13],
            dt.date.fromisoformat(r[14]) if r[14] else None,
            dt.datetime.fromisoformat(r[15]) if r[15] else None,
            bool(r[16]),
            bool(r[17]),
            bool(r[18]),
        )
        for r in found
    ]
    return [
        replace(
            row, typed_since_base=typed_since_base(store, row.translation_id, row.base_title, row.base_hash)
        )
        if row.changed_locally
        else row
        for row in rows
    ]


def typed_since_base(
    store: Store, translation_id: int, base_title: str | None, base_hash: str | None
) -> frozenset[tuple[str, str]]:
    """(title, content hash) of the texts the local history holds since the base (title, hash): the
    texts typed here and replaced since the last sync, walked newest first down to the base. Empty when
    the base is not in the history (nothing is then known to be typed since it). A text in the CMS equal
    to one of them was sent from here by a push whose answer was lost
    (:func:`editor.sync.engine.sent_from_here`, the rule the pull and the push share)."""
    from editor.models.store import content_hash
    from editor.text.errors import ContentError

    typed: set[tuple[str, str]] = set()
    versions = store.query(
        "SELECT title, content FROM translation_version WHERE translation_id = ? ORDER BY id DESC",
        (translation_id,),
    )
    for title, content in versions:
        try:
            digest = content_hash(content)
        except ContentError:
            continue
        if (title, digest) == (base_title, base_hash):
            return frozenset(typed)
        typed.add((title, digest))
    return frozenset()


def outbox_items(store: Store) -> list[OutboxEntry]:
    """The translations waiting to be pushed, in queue order, with what a push needs."""
    found = store.query(
        "SELECT o.id, o.kind, o.payload, t.id, t.page_id, p.cms_page_id, t.language_code, t.title, "
        "t.content, t.status, t.base_hash, t.base_title, o.attempts, o.last_error, "
        "c.translation_id IS NOT NULL FROM operation o JOIN translation t ON t.id = o.translation_id "
        "JOIN page p ON p.id = t.page_id LEFT JOIN conflict c ON c.translation_id = t.id "
        "WHERE o.kind IN ('edit_text', 'set_status') ORDER BY o.queued_at, o.id"
    )
    entries: dict[int, OutboxEntry] = {}
    for (
        op_id,
        kind,
        raw,
        tid,
        page,
        cms,
        lang,
        title,
        content,
        status,
        bhash,
        btitle,
        tries,
        error,
        cf,
    ) in found:
        minor = bool(json.loads(raw or "{}").get("minor_edit")) if kind == "edit_text" else True
        before = entries.get(tid)
        if before is not None:  # a text edit and a status change of one translation: one push
            minor = minor and before.minor_edit
            status_only = before.status_only and kind == "set_status"
            entries[tid] = replace(before, minor_edit=minor, status_only=status_only)
            continue
        entries[tid] = OutboxEntry(
            op_id, tid, page, cms, lang, title, content, Status[status], minor, bhash, btitle, tries, error,
            bool(cf), kind == "set_status",
        )  # fmt: skip
    return list(entries.values())


#: The texts kept here whose language's texts the CMS deleted (removed from the region and added again,
#: docs/decisions/0043): no base, dropped, not changed here, not in conflict, on a page the CMS has.
#: Read from the sync states (``CROSS JOIN`` keeps that order): the window asks after every sync, and
#: a scan of the translations, with their texts, took 0.9 s on a 40,000-text region the first time.
KEPT_UNSENT_SQL = (
    "FROM sync_state s CROSS JOIN translation t ON t.id = s.translation_id JOIN page p ON p.id = t.page_id "
    "LEFT JOIN conflict c ON c.translation_id = t.id WHERE t.base_hash IS NULL AND NOT t.changed_locally "
    "AND s.dropped AND p.cms_page_id IS NOT NULL AND c.translation_id IS NULL"
)


def kept_unsent(store: Store) -> dict[str, int]:
    """How many texts per language are kept here that the CMS no longer holds (:data:`KEPT_UNSENT_SQL`);
    :meth:`editor.models.store.Store.send_kept_again` queues them."""
    found = store.query(f"SELECT t.language_code, count(*) {KEPT_UNSENT_SQL} GROUP BY t.language_code")
    return {str(language): int(count) for language, count in found}


def conflicts(store: Store) -> list[ConflictData]:
    """Every translation in conflict, in page order."""
    found = store.query(
        "SELECT t.page_id, t.language_code, coalesce(t.base_title, ''), "
        "coalesce(t.base_content, ''), t.title, t.content, c.theirs_title, c.theirs_content "
        "FROM conflict c JOIN translation t ON t.id = c.translation_id "
        "ORDER BY t.page_id, t.language_code"
    )
    return [ConflictData(*r) for r in found]


def sync_meta(store: Store) -> dict[str, str]:
    """Region-wide sync facts (``last_pull_at``, ``last_pull_date``, ``user``)."""
    return dict(store.query("SELECT key, value FROM sync_meta"))


def page_ids_by_cms_id(store: Store) -> dict[int, int]:
    """Map CMS Page ids to local page ids."""
    found = store.query("SELECT cms_page_id, id FROM page WHERE cms_page_id IS NOT NULL")
    return {int(c): int(i) for c, i in found}


def being_restored(store: Store) -> frozenset[int]:
    """Local ids of the pages a waiting restore brings back: the restored pages and their subtrees."""
    restored = {op.page_id for op in store.operations() if op.kind == "restore_page"}
    if not restored:
        return frozenset()
    children: dict[int | None, list[int]] = {}
    for page in store.page_tree():
        children.setdefault(page.parent_id, []).append(page.id)
    out, todo = set(), list(restored)
    while todo:
        page_id = todo.pop()
        if page_id not in out:
            out.add(page_id)
            todo.extend(children.get(page_id, []))
    return frozenset(out)
