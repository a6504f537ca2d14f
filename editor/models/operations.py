"""The outbox's typed operations: what was changed here and waits to be sent to the CMS.

Each operation is a small frozen dataclass, stored as one ``operation`` row (``kind`` + JSON
``payload``), and names the precondition the push checks against the server right before it writes
(house style 3.6 extended to the page structure; docs/sync.md "Operations"):

======================  =====================================================================
operation               precondition at push time
======================  =====================================================================
:class:`CreatePage`     the parent (and the reference page) exist on the server and are not
                        archived; no page with this title already sits under the parent (a
                        create whose reply was lost is adopted, never made twice)
:class:`MovePage`       the page is still where the last pull saw it (not moved or archived on
                        the server meanwhile), and the target exists
:class:`ArchivePage`    the page still exists on the server (already archived: done)
:class:`RestorePage`    the page is archived on the server (already restored: done)
:class:`EditText`       the server's stored title and text equal the base of the last pull, or
                        a text typed here since it (a push whose answer was lost stored it: the
                        push takes it as its base, docs/decisions/0040)
:class:`SetStatus`      as :class:`EditText` (the status travels through the same edit form)
:class:`RefreshDate`    the server's stored text of the translation equals its base of the last
                        pull (nothing unseen is confirmed), and the server's source text is the
                        one the translation's recorded base names (docs/decisions/0021)
======================  =====================================================================

Safe order (:func:`push_order`): creates first, in queue order (a parent is always queued before
its children), then moves, archives and restores, then texts and statuses, then "still up to date"
confirmations (after the texts they confirm, in queue order: source languages first).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from editor.models.enums import Status


@dataclass(frozen=True)
class _Base:
    id: int
    page_id: int
    queued_at: datetime
    attempts: int
    last_error: str | None
    conflict: bool


@dataclass(frozen=True)
class EditText(_Base):
    """Send a translation's title and text (``minor_edit``: the other languages stay up to date)."""

    translation_id: int
    language: str
    minor_edit: bool = False
    kind: str = "edit_text"


@dataclass(frozen=True)
class SetStatus(_Base):
    """Set a translation's status (draft / review / published)."""

    translation_id: int
    language: str
    status: Status = Status.DRAFT
    kind: str = "set_status"


@dataclass(frozen=True)
class CreatePage(_Base):
    """Create a page: placed at ``position`` (``first-child``, ``left``, ``right``) of ``ref_page_id``
    (local ids; None: a new root page), with its first translation in ``language``."""

    parent_id: int | None
    ref_page_id: int | None
    position: str
    title: str
    slug: str
    language: str
    kind: str = "create_page"


@dataclass(frozen=True)
class MovePage(_Base):
    """Move a page to ``position`` of ``ref_page_id``; ``from_parent`` is the CMS parent id the last
    pull saw (0 for a root), the precondition."""

    ref_page_id: int
    position: str
    from_parent: int
    kind: str = "move_page"


@dataclass(frozen=True)
class ArchivePage(_Base):
    """Archive a page (its subtree goes with it)."""

    kind: str = "archive_page"


@dataclass(frozen=True)
class RestorePage(_Base):
    """Restore an archived page."""

    kind: str = "restore_page"


@dataclass(frozen=True)
class RefreshDate(_Base):
    """ "Still up to date": the CMS's ``refresh/`` page action for one translation (the CMS then
    counts it, and the translations already up to date, as up to date with their source)."""

    translation_id: int
    language: str
    kind: str = "refresh_date"


Operation = EditText | SetStatus | CreatePage | MovePage | ArchivePage | RestorePage | RefreshDate

_STRUCTURE = ("create_page", "move_page", "archive_page", "restore_page")
_RANK = {
    "create_page": 0,
    "move_page": 1,
    "archive_page": 1,
    "restore_page": 1,
    "edit_text": 2,
    "set_status": 2,
    "refresh_date": 3,
}


def is_structure(kind: str) -> bool:
    """True for operations on the page tree (not on a translation's text)."""
    return kind in _STRUCTURE


def payload(**fields: Any) -> str:
    """The JSON stored in ``operation.payload``."""
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


def from_row(row: tuple[Any, ...], language: str | None) -> Operation:
    """Build the operation from ``(id, kind, page_id, translation_id, payload, queued_at, attempts,
    last_error, conflict)`` and the translation's language."""
    ident, kind, page_id, translation_id, raw, queued, attempts, error, conflict = row
    data = json.loads(raw or "{}")
    stamp = queued if isinstance(queued, datetime) else datetime.fromisoformat(str(queued))
    base = (int(ident), int(page_id), stamp, int(attempts), error, bool(conflict))
    if kind == "edit_text":
        return EditText(*base, int(translation_id), language or "", bool(data.get("minor_edit")))
    if kind == "set_status":
        return SetStatus(*base, int(translation_id), language or "", Status[data.get("status", "DRAFT")])
    if kind == "create_page":
        return CreatePage(
            *base, data.get("parent"), data.get("ref"), data.get("position", "first-child"),
            data.get("title", ""), data.get("slug", ""), data.get("language", ""),
        )  # fmt: skip
    if kind == "move_page":
        return MovePage(*base, int(data["ref"]), data["position"], int(data.get("from_parent", 0)))
    if kind == "refresh_date":
        return RefreshDate(*base, int(translation_id), language or "")
    if kind == "archive_page":
        return ArchivePage(*base)
    if kind == "restore_page":
        return RestorePage(*base)
    raise ValueError(f"unknown operation kind {kind!r}")


def push_order(operations: list[Operation]) -> list[Operation]:
    """The safe order: creates (queue order), then moves/archives/restores, then texts and statuses,
    then confirmations. A create waits for the creates of the pages it goes under or next to (a page
    made here and then placed under, or beside, a page made here later)."""
    ordered = sorted(operations, key=lambda op: (_RANK[op.kind], op.queued_at, op.id))
    creates = [op for op in ordered if isinstance(op, CreatePage)]
    waiting = list(creates)
    out: list[Operation] = []
    while waiting:
        pending = {op.page_id for op in waiting}
        ready = next(
            (op for op in waiting if not {op.parent_id, op.ref_page_id} & (pending - {op.page_id})),
            waiting[0],  # a cycle cannot happen in a tree; should it, queue order decides
        )
        waiting.remove(ready)
        out.append(ready)
    return out + ordered[len(creates) :]
