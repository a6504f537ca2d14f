"""The sync decision table: a PURE function from (local rows, remote listing, sync state) to actions.

Per (CMS page id, language) it compares each side with the base captured at the last pull, as in
house-style 3.6. "Changed on the server" means the tree row's token moved AND the stored text differs
from the base after normalisation (:func:`editor.models.store.content_hash`), so a re-save that
changed nothing is not an edit. Actions are small objects whose ``run(unit)`` writes through the working
copy's unit of work (in a savepoint: rolled back as a whole on failure) and returns :class:`Changes`.

Change detection without fetching every text (docs/decisions/0006-sync-engine.md): a translation's
text is fetched only when :func:`needs_fetch` says its tree row may hide a change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from editor.models.changes import Changes
from editor.models.operations import MovePage, Operation
from editor.models.store import content_hash
from editor.models.sync_reads import LocalRow, RemoteText, TreeSeen, local_status
from editor.models.unit import Unit
from editor.sync.cms_time import cms_date
from editor.sync.cms_types import StoredTranslation, TreeRow
from editor.sync.issues import Problem, problem, stored
from editor.text.errors import ContentError

Key = tuple[int, str]  # (CMS page id, language)


class RemoteEmpty(Exception):  # noqa: N818 - vdirsyncer's name
    """A language suddenly lists zero pages although the working copy holds some: stop, change nothing."""

    def __init__(self, language: str, known: int) -> None:
        self.language, self.known = language, known
        super().__init__(
            f"the CMS lists no pages in {language} although {known} were there at the last pull; "
            "nothing was changed (check the account's rights or the region)"
        )


def row_token(row: TreeRow) -> str:
    """The change-detection fingerprint of a tree row.

    With the short link (the latest translation row id, shown to expert users when the region has
    short URLs) every save moves it; the status is added because some status changes happen in
    place. Without it: status, title, slug and date.
    """
    if row.short_link_id is not None:
        return f"s{row.short_link_id}|{row.status}"
    date = row.date.isoformat() if row.date else "-"
    return f"d{date}|{row.status}|{row.slug}|{row.title}"


def seen_of(row: TreeRow) -> TreeSeen:
    """What the sync state remembers of a tree row."""
    return TreeSeen(row_token(row), row.short_link_id, row.status, row.title, row.slug, row.date)


def needs_fetch(local: LocalRow | None, row: TreeRow) -> bool:
    """Tell whether the stored text of ``row`` must be fetched to know if it changed.

    New translations and moved tokens always; with a row id (the short link, or for PUBLIC rows the
    id the public API names) nothing else. Without one, the tree shows only the date of the last
    save, so a row dated after the day its text was last compared is fetched. A second save on that
    same day is not seen until the row moves again: one request per recently edited draft on every
    pull would break the pull's request budget, and a push never overwrites it anyway — the check
    right before each push compares the server's text with the base and reports a conflict.
    """
    if local is None or local.base_hash is None or local.seen_token is None:
        return True
    if local.seen_token != row_token(row):
        return True
    if row.short_link_id is not None:
        return False
    if row.date is None or local.checked_at is None:
        return True
    return row.date > cms_date(local.checked_at)  # the tree's dates are the CMS's days (Berlin)


def text_hash(html: str) -> str:
    """:func:`content_hash`, or a hash of the raw text for input the normaliser refuses."""
    try:
        return content_hash(html)
    except ContentError:
        return hashlib.sha256(html.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RemoteItem:
    """A translation listed by the server: its tree row and, when fetched, its stored text."""

    row: TreeRow
    text: StoredTranslation | None = None
    stamp: dt.datetime | None = None

    def remote_text(self) -> RemoteText:
        """The fetched text as the store takes it."""
        if self.text is None:
            raise ValueError("the text was not fetched")
        return RemoteText(self.text.title, self.text.content, self.row.status, seen_of(self.row))


def sent_from_here(typed_since_base: frozenset[tuple[str, str]], title: str, content: str) -> bool:
    """True when the server's text (``title``, ``content``) is one typed here since the base
    (:func:`editor.models.sync_reads.typed_since_base`): a push whose answer was lost stored it (the app
    was killed, the connection dropped), so it is our own text, not another editor's change. The pull
    records it as the base (:class:`RecordBase`); the push takes it as its base and sends the newer text
    (:mod:`editor.sync.push`). A text from before the base is not among them: still a conflict."""
    return (title, text_hash(content)) in typed_since_base


def local_changed(local: LocalRow) -> bool:
    """True when the local text differs from the base (saved and not pushed)."""
    if not local.changed_locally:
        return False
    if local.base_hash is None:
        return True
    status_moved = local.base_status is not None and local.status != local_status(local.base_status)
    return status_moved or local.title != local.base_title or text_hash(local.content) != local.base_hash


def server_changed(local: LocalRow, remote: RemoteItem) -> bool:
    """True when the fetched server text differs from the base (token moved is implied)."""
    if remote.text is None:
        return False
    if local.base_hash is None:
        return True
    status_moved = local.base_status is not None and remote.row.status != local.base_status
    return (
        status_moved
        or remote.text.title != local.base_title
        or text_hash(remote.text.content) != local.base_hash
    )


# --- actions ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AddFromServer:
    """A page/translation new on the server (or a server-only change): take the server's text."""

    cms_page_id: int
    language: str
    remote: RemoteItem
    kind: str = "add"

    def run(self, unit: Unit) -> Changes:
        """Write the server's text into the working copy (old local text into history)."""
        return unit.take_server_text(
            self.cms_page_id, self.language, self.remote.remote_text(), self.remote.stamp
        )


@dataclass(frozen=True)
class RecordBase:
    """Both sides changed to the same text: record the new base; not a conflict."""

    translation_id: int
    remote: RemoteItem
    kind: str = "base"

    def run(self, unit: Unit) -> Changes:
        """Store the server's text as the base."""
        return unit.record_base(self.translation_id, self.remote.remote_text())


@dataclass(frozen=True)
class RecordSeen:
    """The tree row moved but the text did not: remember the row."""

    translation_id: int
    row: TreeRow
    kind: str = "seen"

    def run(self, unit: Unit) -> Changes:
        """Update the sync state only."""
        return unit.record_seen(self.translation_id, seen_of(self.row))


@dataclass(frozen=True)
class MarkConflict:
    """Changed on both sides (or dropped on the server while changed here): keep both."""

    translation_id: int
    cms_page_id: int
    language: str
    remote: RemoteItem | None
    kind: str = "conflict"

    def run(self, unit: Unit) -> Changes:
        """Store "theirs" next to base and mine."""
        theirs = self.remote.remote_text() if self.remote is not None else None
        return unit.record_conflict(self.translation_id, theirs, "edit" if theirs is not None else "dropped")


@dataclass(frozen=True)
class MarkDropped:
    """The server dropped an unchanged translation: mark it, keep the local text."""

    translation_id: int
    page_gone: bool
    kind: str = "dropped"

    def run(self, unit: Unit) -> Changes:
        """Flag it in the sync state (and the page as archived when it is gone)."""
        return unit.mark_dropped(self.translation_id, self.page_gone)


Action = AddFromServer | RecordBase | RecordSeen | MarkConflict | MarkDropped


def _decide_both(local: LocalRow, remote: RemoteItem) -> Action | None:
    """One row of the table for a translation present on both sides."""
    mine, theirs = local_changed(local), server_changed(local, remote)
    if not theirs:
        fetched_moved = remote.text is not None or local.dropped
        if fetched_moved or local.seen_token != row_token(remote.row):
            return RecordSeen(local.translation_id, remote.row)
        return None
    if not mine and not local.in_conflict:
        return AddFromServer(remote.row.page_id, local.language, remote, "update")
    assert remote.text is not None  # server_changed implies a fetched text
    same = remote.text.title == local.title and text_hash(remote.text.content) == text_hash(local.content)
    if same and not local.in_conflict:
        return RecordBase(local.translation_id, remote)
    ours = sent_from_here(local.typed_since_base, remote.text.title, remote.text.content)
    if ours and not local.in_conflict:
        return RecordBase(local.translation_id, remote)  # our own text, sent before a lost read-back
    return MarkConflict(local.translation_id, remote.row.page_id, local.language, remote)


def decide(
    local: Mapping[Key, LocalRow],
    remote: Mapping[Key, RemoteItem],
    listed_languages: frozenset[str],
    listed_pages: frozenset[int],
) -> list[Action]:
    """Return the actions for one pull, following the decision table (house-style 3.6).

    ``listed_languages`` are the languages whose tree was read completely this time; local rows
    of other languages are left alone. ``listed_pages`` are the CMS page ids seen in any tree.
    """
    actions: list[Action] = []
    for key, item in remote.items():
        row = local.get(key)
        if row is None:
            if item.text is not None:
                actions.append(AddFromServer(key[0], key[1], item))
            continue
        action = _decide_both(row, item)
        if action is not None:
            actions.append(action)
    for key, row in local.items():
        if key in remote or key[1] not in listed_languages or row.base_hash is None:
            continue  # listed, language not read, or a local translation never pushed
        if row.dropped and not local_changed(row):
            continue
        if local_changed(row):
            if not row.in_conflict:
                actions.append(MarkConflict(row.translation_id, key[0], key[1], None))
        else:
            actions.append(MarkDropped(row.translation_id, key[0] not in listed_pages))
    return actions


# --- structure operations: one row of the table per operation kind ------------------------------


@dataclass(frozen=True)
class OperationConflict:
    """A waiting structure operation the server overtook: kept, marked, shown to the user."""

    operation_id: int
    problem: Problem
    kind: str = "operation-conflict"

    @property
    def message(self) -> str:
        """The English message."""
        return self.problem.english

    def run(self, unit: Unit) -> Changes:
        """Mark the operation as a conflict (nothing is written on either side)."""
        return unit.record_failure(self.operation_id, stored(self.problem), conflict=True)


@dataclass(frozen=True)
class OperationDone:
    """The server already is as the waiting operation wants it (e.g. archived there too)."""

    operation_id: int
    kind: str = "operation-done"

    def run(self, unit: Unit) -> Changes:
        """Drop the operation."""
        return unit.operation_done(self.operation_id)


def decide_structure(
    operations: list[Operation], cms_ids: Mapping[int, int], listed: Mapping[int, int]
) -> list[OperationConflict | OperationDone]:
    """The decision table for waiting structure operations after a complete pull.

    ``cms_ids`` maps local page ids to CMS ids; ``listed`` maps every CMS page id the trees list to
    its parent's CMS id (0 for roots). Per operation kind:

    =========  ===================================  ================================
    operation  server now                           action
    =========  ===================================  ================================
    create     (not there yet)                      keep: the push creates it
    move       under the parent the pull saw        keep: the push moves it
    move       under the parent it is moved to      keep: moved there on both sides, the push
                                                    puts it at the place chosen here
    move       under another parent                 conflict: moved on both sides
    move       not listed (archived or deleted)     conflict: moved here, gone there
    archive    listed                               keep: the push archives it
    archive    not listed                           done: archived there too
    restore    not listed                           keep: the push restores it
    restore    listed                               done: restored there too
    =========  ===================================  ================================
    """
    out: list[OperationConflict | OperationDone] = []
    for op in operations:
        page = cms_ids.get(op.page_id)
        if page is None or op.conflict or op.kind in ("create_page", "edit_text", "set_status"):
            continue
        if isinstance(op, MovePage):
            if page not in listed:
                out.append(OperationConflict(op.id, problem("moved_gone")))
            elif listed[page] not in (op.from_parent, _target_parent(op, cms_ids, listed)):
                out.append(OperationConflict(op.id, problem("moved_both")))
        elif (op.kind == "archive_page") == (page not in listed) and op.kind in (
            "archive_page",
            "restore_page",
        ):
            out.append(OperationDone(op.id))
    return out


def _target_parent(op: MovePage, cms_ids: Mapping[int, int], listed: Mapping[int, int]) -> int | None:
    """The CMS parent (0: the root) a waiting move puts its page under, None when its target is unknown."""
    ref = cms_ids.get(op.ref_page_id)
    if ref is None:
        return None
    return ref if op.position == "first-child" else listed.get(ref)
