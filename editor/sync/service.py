"""``SyncService``: pull, push and sync one region's working copy with its Integreat CMS.

* :meth:`SyncService.pull`: region + languages (1 anonymous request), login (2), one tree per
  language, and one ``preview/`` per translation whose tree row says it may have changed
  (:func:`editor.sync.engine.needs_fetch`); then the decision table (:func:`engine.decide`).
  Nothing is written to the working copy before the login succeeded.
* :meth:`SyncService.push`: every outbox item through the edit form; right before the POST the
  form's stored text is compared with the base (no extra request). Server moved -> conflict,
  nothing written. 5xx and timeouts are retried with exponential backoff (bounded); a 4xx keeps
  the server's message on the item; one failing page never blocks the others.
* Progress ``progress(done, total, what)`` and cancellation (a ``threading.Event`` checked
  between items). :meth:`SyncService.probe` is one cheap anonymous request that never raises.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from editor.models.changes import Changes
from editor.models.store import Store
from editor.models.sync_store import (
    ConflictData,
    LanguageSpec,
    LocalRow,
    OutboxEntry,
    RemoteText,
    TreeSeen,
    ensure_region,
    local_rows,
    outbox_items,
    record_conflict,
    record_failure,
    record_pushed,
    set_sync_meta,
    upsert_pages,
)
from editor.sync import engine
from editor.sync.backoff import Backoff
from editor.sync.cms_types import MalformedResponse, Region
from editor.sync.errors import ClientError, LoginRejected, NetworkError, ServerError, Timeout, Unreachable
from editor.sync.login import PasswordSource, first_contact, login
from editor.sync.pull import Listing, by_key, known_in, stamps, with_public_ids
from editor.sync.redact import has_userinfo, strip_userinfo

__all__ = ["Backoff", "ConflictData", "SyncIssue", "SyncReport", "SyncService", "first_contact"]

log = logging.getLogger(__name__)
T = TypeVar("T")

#: ``progress(done, total, what)``
Progress = Callable[[int, int, str], None]
#: Failures worth another attempt; everything else is final for that item.
RETRYABLE = (ServerError, Timeout, Unreachable)


@dataclass(frozen=True)
class SyncIssue:
    """One (page, language) that failed or is in conflict, with the message for the user."""

    page_id: int | None
    cms_page_id: int | None
    language: str
    title: str
    message: str

    def as_json(self) -> dict[str, Any]:
        """The shape used in ``integreat-desk sync --json``."""
        return {
            "page": self.cms_page_id, "local_page": self.page_id, "language": self.language,
            "title": self.title, "message": self.message,
        }  # fmt: skip


@dataclass
class SyncReport:
    """What a pull / push / sync did."""

    pulled: dict[str, int] = field(default_factory=dict)
    pushed: int = 0
    conflicts: list[SyncIssue] = field(default_factory=list)
    failed: list[SyncIssue] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    requests: int = 0
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when nothing failed or is in conflict."""
        return not self.conflicts and not self.failed

    def merge(self, other: SyncReport) -> SyncReport:
        """Both reports in one (pull then push)."""
        pulled = dict(self.pulled)
        for lang, count in other.pulled.items():
            pulled[lang] = pulled.get(lang, 0) + count
        return SyncReport(
            pulled, self.pushed + other.pushed, self.conflicts + other.conflicts,
            self.failed + other.failed, self.changes | other.changes,
            self.requests + other.requests, self.cancelled or other.cancelled,
        )  # fmt: skip

    def as_json(self) -> dict[str, Any]:
        """``{"pulled": {LANG: pages}, "pushed": N, "conflicts": [...], "failed": [...]}``."""
        return {
            "pulled": dict(self.pulled), "pushed": self.pushed,
            "conflicts": [c.as_json() for c in self.conflicts],
            "failed": [f.as_json() for f in self.failed], "requests": self.requests,
        }  # fmt: skip


class PreconditionFailed(Exception):  # noqa: N818 - vdirsyncer's name
    """The server's stored text moved since the base: do not write."""

    def __init__(self, title: str, content: str) -> None:
        self.title, self.content = title, content
        super().__init__("the page was changed on the server since the last pull")


class AlreadyStored(Exception):  # noqa: N818 - an outcome
    """The server already holds exactly the local text (e.g. the reply to a save was lost)."""

    def __init__(self, title: str, content: str) -> None:
        self.title, self.content = title, content
        super().__init__("the server already has this text")


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class SyncService:
    """Synchronises one region's working copy with its CMS (see the module docstring).

    ``client`` is an :class:`~editor.sync.cms_client.HttpCmsClient` or a
    :class:`~editor.sync.memory_client.MemoryCmsClient`. ``password_source(user)`` gives the
    password (e.g. :func:`editor.sync.credentials.get_password` bound to the CMS URL).
    """

    def __init__(
        self,
        store: Store,
        client: Any,
        region_slug: str,
        user: str | None,
        password_source: PasswordSource | None = None,
        *,
        retries: int = 3,
        retry_backoff: Backoff | None = None,
        sleep: Callable[[float], None] = time.sleep,
        region: Region | None = None,
    ) -> None:
        self.store, self.client, self.region_slug = store, client, region_slug
        self._region = region  # already read by first_contact (used once, saves a request)
        self.user, self.password_source = user, password_source
        self.retries = retries
        self.retry_backoff = retry_backoff or Backoff(base=0.5, cap=8.0)
        self._sleep = sleep

    # --- public API -----------------------------------------------------------------------------

    def probe(self) -> bool:
        """One cheap anonymous request: is the CMS reachable? Never raises."""
        try:
            self.client.region(self.region_slug)
        except Exception:
            return False
        return True

    def sync(self, progress: Progress | None = None, cancel: threading.Event | None = None) -> SyncReport:
        """Pull, then push (unless the pull was cancelled)."""
        report = self.pull(progress, cancel)
        if report.cancelled:
            return report
        return report.merge(self.push(progress, cancel))

    def pull(self, progress: Progress | None = None, cancel: threading.Event | None = None) -> SyncReport:
        """Fetch what changed on the server into the working copy (local edits are never touched).

        Raises NetworkError (including LoginRejected) when the region, login or trees cannot be
        read at all; per-translation failures are reported in the result.
        """
        before = self.client.request_count
        report = SyncReport()
        # Incremental pulls take the languages from the working copy: the trees list every language
        # of the region, so the region is asked again only when one appears or disappears.
        specs = self._stored_specs()
        if specs is None:  # first pull: read and log in before the working copy gets anything
            region = self._read_region()
            self._ensure_login()
            specs = self._save_region(region, report)
        else:
            self._ensure_login()
        local = by_key(local_rows(self.store))
        listing = Listing(specs[0].code)
        if not self._read_trees(specs, listing, local, report, cancel):
            specs = self._region_specs(report)
            listing = Listing(specs[0].code)
            report.failed.clear()
            self._read_trees(specs, listing, local, report, cancel)
        report.pulled = {spec.code: 0 for spec in specs}
        if not report.cancelled:
            self._add_public_ids(listing)
        report.changes |= upsert_pages(self.store, listing.pages())
        self._apply(listing, local, report, progress, cancel)
        if not report.cancelled:
            set_sync_meta(self.store, last_pull_at=_utcnow().isoformat(), user=self.user or "")
        report.requests = self.client.request_count - before
        return report

    def _stored_specs(self) -> list[LanguageSpec] | None:
        """The region's languages as the last pull stored them (None before the first pull)."""
        if self.store.region() is None:
            return None
        languages = self.store.languages()
        specs = [LanguageSpec(lg.code, lg.bcp47_tag, lg.native_name, lg.rtl) for lg in languages] or None
        stored = self.store.region()
        if specs and stored is not None and has_userinfo(stored.cms_url):  # left by an older version
            ensure_region(self.store, stored.slug, stored.name, strip_userinfo(stored.cms_url), specs)
        return specs

    def _read_region(self) -> Region:
        """The region and its languages from the CMS (one anonymous request; nothing is written)."""
        region, self._region = self._region, None
        if region is None:
            region = self.client.region(self.region_slug)
        if not region.languages:
            raise engine.RemoteEmpty("any language", 0)
        return region

    def _save_region(self, region: Region, report: SyncReport) -> list[LanguageSpec]:
        """Store the region, its CMS address (without credentials) and its languages."""
        specs = [
            LanguageSpec(lg.code, lg.bcp47_tag, lg.native_name, lg.right_to_left) for lg in region.languages
        ]
        cms_url = strip_userinfo(str(getattr(self.client, "base_url", "") or self._stored_url()))
        report.changes |= ensure_region(self.store, self.region_slug, region.name, cms_url, specs)
        return specs

    def _region_specs(self, report: SyncReport) -> list[LanguageSpec]:
        """Ask the CMS for the region and its languages (one request) and store them."""
        return self._save_region(self._read_region(), report)

    def _read_trees(
        self,
        specs: list[LanguageSpec],
        listing: Listing,
        local: dict[tuple[int, str], LocalRow],
        report: SyncReport,
        cancel: threading.Event | None,
    ) -> bool:
        """Read every language's tree; False when the region's languages changed on the server."""
        for spec in specs:
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return True
            try:
                rows = self.client.tree(self.region_slug, spec.code)
            except ClientError:  # a language that is no longer active
                return False
            known = known_in(local, spec.code)
            if not rows and known:
                listing.skipped.add(spec.code)
                error = engine.RemoteEmpty(spec.code, known)
                report.failed.append(SyncIssue(None, None, spec.code, "", str(error)))
                continue
            listing.rows[spec.code] = rows
        listed = {code for rows in listing.rows.values() for row in rows for code in row.translation_states}
        return listed <= {spec.code for spec in specs}

    def _add_public_ids(self, listing: Listing) -> None:
        """One request for the source language's public pages makes PUBLIC rows exact (see pull.py)."""
        if all(row.short_link_id is not None for rows in listing.rows.values() for row in rows):
            return
        try:
            public = self.client.public_pages(self.region_slug, listing.source)
        except (NetworkError, MalformedResponse) as exc:
            log.info("public page list not read (%s); recently edited texts are compared", exc)
            return
        with_public_ids(listing, self.region_slug, public)

    def push(
        self,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        minor_edit: bool | None = None,
    ) -> SyncReport:
        """Push the outbox, each item after checking that the server still matches its base.

        ``minor_edit`` overrides every item's own flag when given.
        """
        before = self.client.request_count
        report = SyncReport()
        items = outbox_items(self.store)
        if items:
            self._ensure_login()
        for done, item in enumerate(items):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            if progress is not None:
                progress(done, len(items), f"{item.language}: {item.title}")
            self._push_one(item, report, item.minor_edit if minor_edit is None else minor_edit)
        if progress is not None and not report.cancelled:
            progress(len(items), len(items), "")
        report.requests = self.client.request_count - before
        return report

    # --- pull helpers ---------------------------------------------------------------------------

    def _apply(
        self,
        listing: Listing,
        local: dict[tuple[int, str], Any],
        report: SyncReport,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> None:
        """Fetch the texts that may have changed, decide, and run the actions."""
        times = stamps(listing)
        wanted = [
            row for rows in listing.rows.values() for row in rows
            if engine.needs_fetch(local.get((row.page_id, row.language)), row)
        ]  # fmt: skip
        remote: dict[tuple[int, str], engine.RemoteItem] = {}
        for rows in listing.rows.values():
            for row in rows:
                key = (row.page_id, row.language)
                remote[key] = engine.RemoteItem(row, None, times.get(key))
        for done, row in enumerate(wanted):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return
            if progress is not None:
                progress(done, len(wanted), f"{row.language}: {row.title}")
            key = (row.page_id, row.language)
            try:
                text = self._retry(_fetcher(self.client, self.region_slug, row))
            except NetworkError as exc:
                report.failed.append(SyncIssue(None, row.page_id, row.language, row.title, str(exc)))
                del remote[key]  # neither added nor marked dropped this time
                continue
            remote[key] = engine.RemoteItem(row, text, times.get(key))
        if progress is not None:
            progress(len(wanted), len(wanted), "")
        listed = frozenset(listing.rows) - listing.skipped
        pages = (
            listing.page_ids() if listing.complete else frozenset(k[0] for k in local) | listing.page_ids()
        )
        failed_keys = {(f.cms_page_id, f.language) for f in report.failed}
        local_view = {k: v for k, v in local.items() if k not in failed_keys}
        for action in engine.decide(local_view, remote, listed, pages):
            self._run(action, report)

    def _run(self, action: engine.Action, report: SyncReport) -> None:
        """Run one action; a failure is reported and does not stop the others."""
        try:
            changes = action.run(self.store)
        except Exception as exc:
            log.exception("sync action %s failed", action.kind)
            report.failed.append(self._issue_of(action, f"could not be applied: {exc}"))
            return
        report.changes |= changes
        if isinstance(action, engine.AddFromServer) and changes.conflicts:
            report.conflicts.append(self._issue_of(action, "changed here while the server's text arrived"))
        elif isinstance(action, engine.AddFromServer):
            report.pulled[action.language] = report.pulled.get(action.language, 0) + 1
        elif isinstance(action, engine.MarkConflict):
            message = (
                "changed here and on the server" if action.remote else "changed here, gone on the server"
            )
            report.conflicts.append(self._issue_of(action, message))

    def _issue_of(self, action: engine.Action, message: str) -> SyncIssue:
        row = getattr(action, "remote", None)
        tree_row = row.row if isinstance(row, engine.RemoteItem) else getattr(action, "row", None)
        cms_id = getattr(action, "cms_page_id", None) or (tree_row.page_id if tree_row else None)
        lang = getattr(action, "language", None) or (tree_row.language if tree_row else "")
        return SyncIssue(None, cms_id, lang, tree_row.title if tree_row else "", message)

    # --- push helpers ---------------------------------------------------------------------------

    def _push_one(self, item: OutboxEntry, report: SyncReport, minor: bool) -> None:
        """Push one outbox item; conflicts and failures go to the report."""
        issue = SyncIssue(item.page_id, item.cms_page_id, item.language, item.title, "")
        if item.in_conflict:
            report.conflicts.append(_with(issue, "in conflict: resolve it before pushing"))
            return
        if item.cms_page_id is None:
            message = "this page does not exist on the CMS; create it there first"
            report.failed.append(_with(issue, message))
            record_failure(self.store, item.translation_id, message)
            return
        try:
            stored = self._retry(lambda: self._post(item, minor))
        except PreconditionFailed as exc:
            theirs = RemoteText(exc.title, exc.content, "", TreeSeen("", None, "", exc.title, "", None))
            report.changes |= record_conflict(self.store, item.translation_id, theirs)
            report.conflicts.append(_with(issue, "changed on the server since the last pull"))
            return
        except NetworkError as exc:
            if isinstance(exc, LoginRejected):
                raise
            report.changes |= record_failure(self.store, item.translation_id, str(exc))
            report.failed.append(_with(issue, str(exc)))
            return
        report.changes |= record_pushed(self.store, item, stored, item.title, item.content)
        report.pushed += 1

    def _post(self, item: OutboxEntry, minor: bool) -> RemoteText:
        """GET the form, check it against the base, POST, and return what the server stored."""
        assert item.cms_page_id is not None
        status = item.status.value
        try:
            result = self.client.push(
                self.region_slug, item.language, item.cms_page_id, item.title, item.content,
                status=status, minor_edit=minor, precondition=_precondition(item),
            )  # fmt: skip
        except AlreadyStored as exc:
            return RemoteText(exc.title, exc.content, status, TreeSeen("", None, status, exc.title, "", None))
        token = f"s{result.short_link_id}|{result.status}" if result.short_link_id else ""
        seen = TreeSeen(token, result.short_link_id, result.status, result.title, "", None)
        return RemoteText(result.title, result.content, result.status, seen)

    # --- plumbing -------------------------------------------------------------------------------

    def _retry(self, call: Callable[[], T]) -> T:
        """Call ``call``; retry 5xx answers and timeouts with exponential backoff (bounded)."""
        backoff = Backoff(
            self.retry_backoff.base, self.retry_backoff.cap, self.retry_backoff.factor,
            self.retry_backoff.jitter, self.retry_backoff.rng,
        )  # fmt: skip
        attempt = 0
        while True:
            try:
                return call()
            except RETRYABLE as exc:
                attempt += 1
                if attempt >= self.retries:
                    raise
                delay = backoff.failure()
                log.info("retrying after %s (%.1f s)", exc, delay)
                self._sleep(delay)

    def _ensure_login(self) -> None:
        """Log in once per service (the client renews an expired session by itself)."""
        login(self.client, self.user, self.password_source)

    def _stored_url(self) -> str:
        region = self.store.region()
        return region.cms_url if region else ""


def _fetcher(client: Any, region: str, row: Any) -> Callable[[], Any]:
    """A call that fetches the stored text of one tree row."""
    return lambda: client.stored_translation(region, row.language, row.page_id)


def _with(issue: SyncIssue, message: str) -> SyncIssue:
    return SyncIssue(issue.page_id, issue.cms_page_id, issue.language, issue.title, message)


def _precondition(item: OutboxEntry) -> Callable[[str, str], None]:
    """The check run on the edit form's stored text right before the POST."""

    def check(stored_title: str, stored_content: str) -> None:
        stored_hash = engine.text_hash(stored_content)
        if stored_title == item.title and stored_hash == engine.text_hash(item.content):
            raise AlreadyStored(stored_title, stored_content)
        if item.base_hash is None:
            if stored_title.strip() or stored_content.strip():
                raise PreconditionFailed(stored_title, stored_content)
            return
        if stored_hash != item.base_hash or stored_title != item.base_title:
            raise PreconditionFailed(stored_title, stored_content)

    return check
