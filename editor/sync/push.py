"""Sending the outbox: every operation in the safe order, each after its precondition.

The order and the preconditions are those of :mod:`editor.models.operations`. Structure operations
read the source language's tree once (again after each structure write) to check where the page is
now; a text's precondition is the edit form's stored text, which its push reads anyway (0006): the base,
or a text typed here since it that a push whose answer was lost stored (the pull's rule,
:func:`engine.sent_from_here`, 0040), taken as the base; anything else is a conflict.

Never a duplicate page: a create's CMS id is recorded as soon as the ``new/`` form answers, and
before any retry of a create (after a timeout or a lost reply, in this run or the next) the tree is
read and a page with the same title under the same parent is taken as the one created.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from functools import cache, partial
from typing import TYPE_CHECKING

from editor.models.changes import Changes
from editor.models.operations import CreatePage, MovePage, Operation, RefreshDate, push_order
from editor.models.sync_reads import (
    OutboxEntry,
    RemoteText,
    TreeSeen,
    outbox_items,
    page_ids_by_cms_id,
    typed_since_base,
)
from editor.sync import engine, issues
from editor.sync.cms_types import TreeRow
from editor.sync.errors import LoginRejected, NetworkError
from editor.sync.issues import Problem
from editor.sync.lost_creates import create_titles, created_by
from editor.sync.region_languages import GoneCheck, gone_problem
from editor.sync.report import RETRYABLE, Progress, SyncIssue, SyncReport

if TYPE_CHECKING:
    from editor.sync.service import SyncService

log = logging.getLogger(__name__)


class PushRun:
    """One push of the whole outbox (see the module docstring)."""

    def __init__(self, service: SyncService, report: SyncReport, minor_edit: bool | None) -> None:
        self.service, self.report, self.minor_override = service, report, minor_edit
        self.store, self.client, self.region = service.store, service.client, service.region_slug
        self.source = self.store.languages()[0].code
        self._tree: list[TreeRow] | None = None
        #: Creates whose attempt was counted when they were sent (record_sending).
        self._sent: set[int] = set()
        #: Languages the CMS refuses (deactivated, removed): their texts and new pages wait, named.
        self.gone = GoneCheck(self.store, self.client, self.region)

    def run(self, progress: Progress | None, cancel: threading.Event | None) -> None:
        """Send every operation (cancellable between operations)."""
        ops = self._restores_from_the_top(push_order(self.store.operations()))
        texts: dict[int, OutboxEntry] | None = None
        for done, op in enumerate(ops):
            if cancel is not None and cancel.is_set():
                self.report.cancelled = True
                return
            if progress is not None:
                progress(done, len(ops), self._describe(op))
            if op.conflict:
                self._issue(op, issues.problem("operation_in_conflict"), conflict=True)
                continue
            if isinstance(op, CreatePage | RefreshDate) and op.language in self.gone:
                self._fail(op, gone_problem(op.language), counted=True)  # not sent: not an attempt
                continue
            if isinstance(op, CreatePage):
                self._guard(op, partial(self._create, op))
            elif op.kind in ("move_page", "archive_page", "restore_page"):
                self._guard(op, partial(self._structure, op))
            elif isinstance(op, RefreshDate):
                self._guard(op, partial(self._refresh, op))
            else:
                if texts is None:  # after the creates: new pages have their CMS ids now
                    texts = {e.translation_id: e for e in outbox_items(self.store)}
                entry = texts.pop(getattr(op, "translation_id", -1), None)
                if entry is not None:
                    self._push_text(entry)
        if progress is not None:
            progress(len(ops), len(ops), "")

    def _restores_from_the_top(self, ops: list[Operation]) -> list[Operation]:
        """``ops`` with the restores ordered from the top of the tree down (a page restored under a
        parent restored too stays archived in the CMS until the parent is back)."""
        restores = [op for op in ops if op.kind == "restore_page"]
        if len(restores) < 2:
            return ops
        parents = {p.id: p.parent_id for p in self.store.page_tree()}

        def depth(page: int | None) -> int:
            steps = 0
            while page is not None and steps <= len(parents):
                page, steps = parents.get(page), steps + 1
            return steps

        ordered = iter(sorted(restores, key=lambda op: depth(op.page_id)))
        return [next(ordered) if op.kind == "restore_page" else op for op in ops]

    # --- structure ----------------------------------------------------------------------------------

    def _guard(self, op: Operation, call: Callable[[], None]) -> None:
        try:
            call()
        except _Conflict as exc:
            self._fail(op, exc.problem, conflict=True)
        except _NotYet as exc:
            self._fail(op, exc.problem)
        except LoginRejected:
            raise
        except NetworkError as exc:
            language = getattr(op, "language", "")
            if self.gone.refused(exc, language):
                self._fail(op, gone_problem(language), counted=True)
                return
            self._fail(op, issues.failure(exc))

    def _create(self, op: CreatePage) -> None:
        cms = {local: cms for cms, local in page_ids_by_cms_id(self.store).items()}
        parent = cms.get(op.parent_id) if op.parent_id is not None else None
        ref = cms.get(op.ref_page_id) if op.ref_page_id is not None else None
        if (op.parent_id is not None and parent is None) or (op.ref_page_id is not None and ref is None):
            raise _NotYet("parent_not_sent")
        text = self.store.translation(op.page_id, op.language)
        title, content = (text.title, text.content) if text is not None else (op.title, "")
        status = text.status.value if text is not None else "DRAFT"
        attempt = 0
        while True:
            if attempt or op.attempts:  # the last try may have created it: look before creating again
                found = self._created_before(parent, create_titles(self.store, op), set(cms.values()))
                if found is not None:  # what it holds is what an earlier try sent, not the text now
                    self._created(op, found, None, self._moved_from(found, parent))
                    return
            self._check_place(parent, ref, op.position)
            with self.store.unit() as unit:  # counted before it is sent: a crash meanwhile is a lost reply
                unit.record_sending(op.id)
            self._sent.add(op.id)
            try:
                new_id = self.client.create_page(
                    self.region, op.language, title, content, status, ref, op.position, op.slug, parent
                )
            except RETRYABLE as exc:
                attempt += 1
                self._tree = None
                if attempt >= self.service.retries:
                    raise
                log.info("create of %r failed (%s); looking before retrying", title, exc)
                self.service.sleep(self.service.retry_backoff.base * attempt)
                continue
            self._created(op, new_id, (title, content, status))
            return

    def _created(
        self, op: CreatePage, cms_id: int, sent: tuple[str, str, str] | None, moved_from: int | None = None
    ) -> None:
        """Record the new page's CMS id and read its text back. ``sent`` None: the page was found after a
        lost reply, and a text typed here since stays queued (it is not what the CMS holds)."""
        with self.store.unit() as unit:  # first: the id, so that no retry can make the page twice
            unit.record_created(op.id, cms_id, moved_from)
        self._tree = None
        self.report.changes |= unit.changes
        self.report.pushed += 1
        try:
            stored = self.client.stored_translation(self.region, op.language, cms_id)
        except NetworkError as exc:  # the text stays queued; its push finds it already stored
            log.info("read-back of the new page %s failed: %s", cms_id, exc)
            return
        text = self.store.translation(op.page_id, op.language)
        if text is None:
            return
        if sent is None:
            sent = (stored.title, stored.content, text.status.value)
        seen = TreeSeen("", None, sent[2], stored.title, "", None)
        with self.store.unit() as unit:
            unit.record_pushed(text.id, RemoteText(stored.title, stored.content, sent[2], seen), sent)
        self.report.changes |= unit.changes

    def _created_before(self, parent: int | None, titles: set[str], known: set[int]) -> int | None:
        """A page one of ``titles`` names that the working copy does not know (:func:`created_by`), in
        the tree, then among the archived pages (under a parent archived meanwhile)."""
        found = created_by(self._source_tree(), parent, titles, known)
        if found is None:
            found = created_by(self.client.archived(self.region, self.source), parent, titles, known)
        return found

    def _moved_from(self, found: int, parent: int | None) -> int | None:
        """The CMS parent (0: the root) of a page found after a lost reply when it is not ``parent``."""
        row = next((r for r in self._source_tree() if r.page_id == found), None)
        return None if row is None or row.parent_id == parent else row.parent_id or 0

    def _check_place(self, parent: int | None, ref: int | None, position: str) -> None:
        listed = {row.page_id: row.parent_id for row in self._source_tree()}
        for page in (parent, ref):
            if page is not None and page not in listed:
                raise _Conflict("place_gone")
        if ref is not None and position != "first-child" and listed[ref] != parent:
            raise _Conflict("place_moved")  # beside it would be under another parent than chosen here

    def _structure(self, op: Operation) -> None:
        cms = {local: cms for cms, local in page_ids_by_cms_id(self.store).items()}
        page = cms.get(op.page_id)
        if page is None:
            raise _NotYet("not_in_cms")
        row = next((r for r in self._source_tree() if r.page_id == page), None)
        if isinstance(op, MovePage):
            self._move(op, page, row, cms)
        elif op.kind == "archive_page" and row is not None:
            self.client.archive_page(self.region, self.source, page)
        elif op.kind == "restore_page" and row is None:
            self.client.restore_page(self.region, self.source, page)
            self._tree = None
            if all(r.page_id != page for r in self._source_tree()):  # still archived: a page above it is
                raise _NotYet("parent_archived")
        self._tree = None
        with self.store.unit() as unit:
            unit.operation_done(op.id)
        self.report.changes |= unit.changes | Changes(tree=True)
        self.report.pushed += 1

    def _move(self, op: MovePage, page: int, row: TreeRow | None, cms: dict[int, int]) -> None:
        ref = cms.get(op.ref_page_id)
        rows = {r.page_id: r for r in self._source_tree()}
        if row is None:
            raise _Conflict("moved_gone")
        if ref is None:  # a page made here whose create has not gone through yet: tried again later
            raise _NotYet("parent_not_sent")
        if ref not in rows:
            raise _Conflict("move_target_gone")
        target_parent = ref if op.position == "first-child" else rows[ref].parent_id
        if (row.parent_id or 0) != op.from_parent and row.parent_id != target_parent:
            raise _Conflict("moved_both")
        self.client.move_page(self.region, self.source, page, ref, op.position)

    def _refresh(self, op: RefreshDate) -> None:
        from editor.sync.push_confirm import ConfirmationOvertaken, NotInCms, send_refresh

        try:
            self.service.retry(lambda: send_refresh(self.store, self.client, self.region, op))
        except ConfirmationOvertaken as exc:
            raise _Conflict(exc.code) from exc
        except NotInCms as exc:
            raise _NotYet("not_in_cms") from exc
        with self.store.unit() as unit:
            unit.operation_done(op.id)
        self.report.changes |= unit.changes | Changes(tree=True)
        self.report.pushed += 1

    def _source_tree(self) -> list[TreeRow]:
        if self._tree is None:
            self._tree = self.client.tree(self.region, self.source)
        return self._tree

    # --- texts ---------------------------------------------------------------------------------------

    def _push_text(self, item: OutboxEntry) -> None:
        issue = SyncIssue(item.page_id, item.cms_page_id, item.language, item.title, "")
        if item.in_conflict:
            self.report.conflicts.append(_with(issue, issues.problem("in_conflict")))
            return
        if item.language in self.gone:  # kept here, named; sent once the language is active again
            self._fail_text(item, issue, gone_problem(item.language))
            return
        if item.cms_page_id is None:
            self._fail_text(item, issue, issues.problem("not_in_cms"))
            return
        minor = item.minor_edit if self.minor_override is None else self.minor_override
        try:
            stored = self.service.retry(lambda: self._post(item, minor))
        except PreconditionFailed as exc:
            theirs = RemoteText(exc.title, exc.content, "", TreeSeen("", None, "", exc.title, "", None))
            with self.store.unit() as unit:
                unit.record_conflict(item.translation_id, theirs)
            self.report.changes |= unit.changes
            self.report.conflicts.append(_with(issue, issues.problem("changed_on_server")))
            return
        except NetworkError as exc:
            if isinstance(exc, LoginRejected):
                raise
            refused = self.gone.refused(exc, item.language)
            self._fail_text(item, issue, gone_problem(item.language) if refused else issues.failure(exc))
            return
        with self.store.unit() as unit:
            unit.record_pushed(item.translation_id, stored, (item.title, item.content, item.status.value))
        self.report.changes |= unit.changes
        self.report.pushed += 1

    def _fail_text(self, item: OutboxEntry, issue: SyncIssue, problem: Problem) -> None:
        with self.store.unit() as unit:
            for op in self.store.operations():
                if getattr(op, "translation_id", None) == item.translation_id:
                    unit.record_failure(op.id, issues.stored(problem))
        self.report.changes |= unit.changes
        self.report.failed.append(_with(issue, problem))

    def _post(self, item: OutboxEntry, minor: bool) -> RemoteText:
        """GET the form, check it against the base, POST, and return what the server stored."""
        assert item.cms_page_id is not None
        status = item.status.value
        try:
            result = self.client.push(
                self.region, item.language, item.cms_page_id, item.title, item.content,
                status=status, minor_edit=minor, precondition=_precondition(item, self._typed(item)),
            )  # fmt: skip
        except AlreadyStored as exc:
            return RemoteText(exc.title, exc.content, status, TreeSeen("", None, status, exc.title, "", None))
        token = f"s{result.short_link_id}|{result.status}" if result.short_link_id else ""
        seen = TreeSeen(token, result.short_link_id, result.status, result.title, "", None)
        return RemoteText(result.title, result.content, result.status, seen)

    def _typed(self, item: OutboxEntry) -> Callable[[], frozenset[tuple[str, str]]]:
        """The texts typed here since ``item``'s base, read once and only when the server's text is not
        the base (:func:`~editor.models.sync_reads.typed_since_base`, as the pull reads them)."""
        base = (item.base_title, item.base_hash)
        return cache(partial(typed_since_base, self.store, item.translation_id, *base))

    # --- reporting -----------------------------------------------------------------------------------

    def _fail(self, op: Operation, problem: Problem, conflict: bool = False, counted: bool = False) -> None:
        with self.store.unit() as unit:
            counted = counted or op.id in self._sent
            unit.record_failure(op.id, issues.stored(problem), conflict=conflict, counted=counted)
        self.report.changes |= unit.changes
        self._issue(op, problem, conflict)

    def _issue(self, op: Operation, problem: Problem, conflict: bool) -> None:
        cms = {local: cms for cms, local in page_ids_by_cms_id(self.store).items()}
        issue = SyncIssue.of(
            op.page_id, cms.get(op.page_id), getattr(op, "language", ""), self._title(op), problem
        )
        (self.report.conflicts if conflict else self.report.failed).append(issue)

    def _title(self, op: Operation) -> str:
        if isinstance(op, CreatePage):
            return op.title
        rows = self.store.page_tree([op.page_id])
        return rows[0].title([lang.code for lang in self.store.languages()]) if rows else ""

    def _describe(self, op: Operation) -> str:
        return f"{op.kind.replace('_', ' ')}: {self._title(op)}"


class _Conflict(Exception):  # noqa: N818 - an outcome
    """A structure operation's precondition failed: the user decides."""

    def __init__(self, code: str) -> None:
        self.problem = issues.problem(code)
        super().__init__(self.problem.english)


class _NotYet(Exception):  # noqa: N818 - an outcome
    """A structure operation cannot be sent yet (what it depends on is not in the CMS); tried again later."""

    def __init__(self, code: str) -> None:
        self.problem = issues.problem(code)
        super().__init__(self.problem.english)


class PreconditionFailed(Exception):  # noqa: N818 - an outcome
    """The server's stored text moved since the base: do not write."""

    def __init__(self, title: str, content: str) -> None:
        self.title, self.content = title, content
        super().__init__("the page was changed on the server since the last pull")


class AlreadyStored(Exception):  # noqa: N818 - an outcome
    """The server already holds exactly the local text (e.g. the reply to a save was lost)."""

    def __init__(self, title: str, content: str) -> None:
        self.title, self.content = title, content
        super().__init__("the server already has this text")


def _with(issue: SyncIssue, problem: Problem) -> SyncIssue:
    return replace(issue, message=problem.english, problem=problem)


def _precondition(
    item: OutboxEntry, typed: Callable[[], frozenset[tuple[str, str]]]
) -> Callable[[str, str], None]:
    """The check run on the edit form's stored text right before the POST.

    The server's text is the base, or one typed here since the base (``typed()``) that a push whose
    answer was lost stored (:func:`engine.sent_from_here`, the pull's rule): the push takes it as its
    base and sends the newer text. Anything else moved on the server: a conflict."""

    def check(stored_title: str, stored_content: str) -> None:
        stored_hash = engine.text_hash(stored_content)
        same = stored_title == item.title and stored_hash == engine.text_hash(item.content)
        if same and not item.status_only:  # a status change must still be sent
            raise AlreadyStored(stored_title, stored_content)
        if item.base_hash is None:
            if stored_title.strip() or stored_content.strip():
                raise PreconditionFailed(stored_title, stored_content)
            return
        moved = stored_hash != item.base_hash or stored_title != item.base_title
        if moved and not engine.sent_from_here(typed(), stored_title, stored_content):
            raise PreconditionFailed(stored_title, stored_content)

    return check
