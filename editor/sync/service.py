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
from editor.models.sync_reads import ConflictData, LocalRow, local_rows, page_ids_by_cms_id
from editor.models.unit_sync import LanguageSpec
from editor.sync import engine, issues
from editor.sync.backoff import Backoff
from editor.sync.client import CmsClient
from editor.sync.cms_types import MalformedResponse, Region, StoredTranslation, TreeRow
from editor.sync.errors import ClientError, NetworkError, ServerError, Timeout, Unreachable
from editor.sync.issues import Problem
from editor.sync.login import PasswordSource, first_contact, login
from editor.sync.pull import Listing, by_key, known_in, stamps, with_public_ids
from editor.sync.push import AlreadyStored, PreconditionFailed
from editor.sync.redact import has_userinfo, strip_userinfo

__all__ = [
    "AlreadyStored", "Backoff", "ConflictData", "PreconditionFailed", "SyncIssue", "SyncReport",
    "SyncService", "first_contact",
]  # fmt: skip

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
    #: the message as a code with parameters, for the UI language (editor.sync.issues)
    problem: Problem | None = field(default=None, compare=False)

    @classmethod
    def of(
        cls, page_id: int | None, cms_page_id: int | None, language: str, title: str, problem: Problem
    ) -> SyncIssue:
        """An issue whose English message is the problem's."""
        return cls(page_id, cms_page_id, language, title, problem.english, problem)

    def as_json(self) -> dict[str, Any]:
        """The shape used in ``integreat-desk sync --json``."""
        code = self.problem.code if self.problem is not None else "text"
        return {
            "page": self.cms_page_id, "local_page": self.page_id, "language": self.language,
            "title": self.title, "message": self.message, "code": code,
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
        seen = {(c.cms_page_id, c.language) for c in self.conflicts}
        later = [c for c in other.conflicts if (c.cms_page_id, c.language) not in seen]
        return SyncReport(
            pulled, self.pushed + other.pushed, self.conflicts + later,
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


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class SyncService:
    """Synchronises one region's working copy with its CMS (see the module docstring).

    ``client`` is any :class:`~editor.sync.client.CmsClient` (the real CMS, the in-memory fake, the
    bundled demo region). ``password_source(user)`` gives the
    password (e.g. :func:`editor.sync.credentials.get_password` bound to the CMS URL).
    """

    def __init__(
        self,
        store: Store,
        client: CmsClient,
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
        fresh = specs is None
        if specs is None:  # first pull: read and log in before the working copy gets anything
            region = self._read_region()
            self._ensure_login()
            specs = self._save_region(region, report)
        else:
            self._ensure_login()
        local = by_key(local_rows(self.store))
        listing = Listing(specs[0].code)
        outcome = self._read_trees(specs, listing, local, report, cancel)
        if outcome == "unknown-languages" and not fresh:  # a new language, or one that is not visible
            known = {spec.code for spec in specs}
            specs = self._region_specs(report)
            outcome = "ok" if {spec.code for spec in specs} == known else "language-gone"
        if outcome == "language-gone":
            specs = self._region_specs(report)
            listing = Listing(specs[0].code)
            report.failed.clear()
            self._read_trees(specs, listing, local, report, cancel)
        self._remember_tree_only(listing, specs)
        report.pulled = {spec.code: 0 for spec in specs}
        if not report.cancelled:
            self._add_public_ids(listing)
        with self.store.unit() as unit:
            report.changes |= unit.upsert_pages(listing.pages())
        self._apply(listing, local, report, progress, cancel)
        if listing.complete and not report.cancelled:
            self._check_structure(listing, report)
        if not report.cancelled:
            with self.store.unit() as unit:
                unit.set_sync_meta(last_pull_at=_utcnow().isoformat(), user=self.user or "")
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
            with self.store.unit() as unit:
                unit.ensure_region(stored.slug, stored.name, strip_userinfo(stored.cms_url), specs)
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
        with self.store.unit() as unit:
            report.changes |= unit.ensure_region(self.region_slug, region.name, cms_url, specs)
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
    ) -> str:
        """Read every language's tree: ``"ok"``; ``"language-gone"`` when one is no longer active;
        ``"unknown-languages"`` when the trees name a language that is neither the region's nor one
        already known to be active but not visible (the region is then asked again, once)."""
        for spec in specs:
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return "ok"
            try:
                rows = self.client.tree(self.region_slug, spec.code)
            except ClientError:  # a language that is no longer active
                return "language-gone"
            known = known_in(local, spec.code)
            if not rows and known:
                listing.skipped.add(spec.code)
                empty = issues.problem("remote_empty", language=spec.code, known=known)
                report.failed.append(SyncIssue.of(None, None, spec.code, "", empty))
                continue
            listing.rows[spec.code] = rows
        listed = {code for rows in listing.rows.values() for row in rows for code in row.translation_states}
        return "ok" if listed <= {spec.code for spec in specs} | self._tree_only() else "unknown-languages"

    def _tree_only(self) -> set[str]:
        """Languages the trees name that the region does not list (active, but not visible)."""
        return {code for code in self.store.sync_meta().get("tree_only_languages", "").split(",") if code}

    def _remember_tree_only(self, listing: Listing, specs: list[LanguageSpec]) -> None:
        """Remember the trees' languages the region does not list, so later pulls do not ask again."""
        listed = {code for rows in listing.rows.values() for row in rows for code in row.translation_states}
        extra = ",".join(sorted(listed - {spec.code for spec in specs}))
        if extra != self.store.sync_meta().get("tree_only_languages", ""):
            with self.store.unit() as unit:
                unit.set_sync_meta(tree_only_languages=extra)

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
        """Send the outbox in the safe order (editor.models.operations.push_order), each operation
        after checking its precondition against the server.

        ``minor_edit`` overrides every text's own flag when given.
        """
        from editor.sync.push import PushRun

        before = self.client.request_count
        report = SyncReport()
        if self.store.outbox_count():
            self._ensure_login()
            PushRun(self, report, minor_edit).run(progress, cancel)
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
        """Per language: fetch the texts that may have changed, decide, run the actions in one unit of
        work (each action in its own savepoint). One language's texts are in memory at a time."""
        times = stamps(listing)
        wanted = [
            row for rows in listing.rows.values() for row in rows
            if engine.needs_fetch(local.get((row.page_id, row.language)), row)
        ]  # fmt: skip
        listed = frozenset(listing.rows) - listing.skipped
        pages = (
            listing.page_ids() if listing.complete else frozenset(k[0] for k in local) | listing.page_ids()
        )
        done = 0
        for language, rows in listing.rows.items():
            mine = [row for row in wanted if row.language == language]
            texts = self._fetch(mine, report, progress, cancel, (done, len(wanted)))
            asked = {row.page_id for row in mine}
            done += len(mine)
            if report.cancelled:
                return
            remote = {
                (row.page_id, language): engine.RemoteItem(
                    row, texts.get(row.page_id), times.get((row.page_id, language))
                )
                for row in rows
                if row.page_id in texts or row.page_id not in asked
            }
            failed_keys = {(f.cms_page_id, f.language) for f in report.failed}
            local_view = {k: v for k, v in local.items() if k[1] == language and k not in failed_keys}
            actions = engine.decide(local_view, remote, listed & {language}, pages)
            new = [a for a in actions if isinstance(a, engine.AddFromServer) and a.kind == "add"]
            with self.store.unit() as unit:
                batched = {id(a) for a in new} if self._run_new(unit, new, report) else set()
                for action in actions:  # one by one (all of them when the batch failed)
                    if id(action) not in batched:
                        self._run(unit, action, report)
        for language in listed - set(listing.rows):  # read, but nothing listed: drops only
            local_view = {k: v for k, v in local.items() if k[1] == language}
            with self.store.unit() as unit:
                for action in engine.decide(local_view, {}, frozenset({language}), pages):
                    self._run(unit, action, report)
        if progress is not None:
            progress(len(wanted), len(wanted), "")

    def _fetch(
        self,
        rows: list[TreeRow],
        report: SyncReport,
        progress: Progress | None,
        cancel: threading.Event | None,
        counts: tuple[int, int],
    ) -> dict[int, StoredTranslation]:
        """The stored texts of ``rows``, read over a small bounded pool (``parallel_reads`` of the
        client, at most 4 connections); a failed read is reported and left out."""
        from concurrent.futures import ThreadPoolExecutor

        texts: dict[int, StoredTranslation] = {}
        workers = max(1, min(4, int(getattr(self.client, "parallel_reads", 1))))
        done, total = counts

        def read(row: TreeRow) -> StoredTranslation | NetworkError:
            if cancel is not None and cancel.is_set():
                raise _CancelledError
            try:
                text: StoredTranslation = self._retry(_fetcher(self.client, self.region_slug, row))
            except NetworkError as exc:
                return exc
            return text

        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = pool.map(read, rows) if workers > 1 else map(read, rows)
            try:
                for row, result in zip(rows, results, strict=True):
                    if progress is not None:
                        progress(done, total, f"{row.language}: {row.title}")
                    done += 1
                    if isinstance(result, NetworkError):
                        issue = SyncIssue.of(
                            None, row.page_id, row.language, row.title, issues.failure(result)
                        )
                        report.failed.append(issue)
                    else:
                        texts[row.page_id] = result
            except _CancelledError:
                report.cancelled = True
        if cancel is not None and cancel.is_set():
            report.cancelled = True
        return texts

    def _check_structure(self, listing: Listing, report: SyncReport) -> None:
        """The decision table's rows for waiting structure operations (engine.decide_structure)."""
        operations = self.store.operations()
        if not operations:
            return
        cms_ids = {local: cms for cms, local in page_ids_by_cms_id(self.store).items()}
        listed: dict[int, int] = {}
        for language in [listing.source, *listing.rows]:
            for row in listing.rows.get(language, []):
                listed.setdefault(row.page_id, row.parent_id or 0)
        titles = {
            p.id: p.title([lang.code for lang in self.store.languages()]) for p in self.store.page_tree()
        }
        by_id = {op.id: op for op in operations}
        with self.store.unit() as unit:
            for action in engine.decide_structure(operations, cms_ids, listed):
                self._run(unit, action, report)
                if isinstance(action, engine.OperationConflict):
                    page = by_id[action.operation_id].page_id
                    issue = SyncIssue.of(page, cms_ids.get(page), "", titles.get(page, ""), action.problem)
                    report.conflicts.append(issue)

    def _run_new(self, unit: Any, new: list[engine.AddFromServer], report: SyncReport) -> bool:
        """Translations new here, in one go (a first pull); False when that failed as a whole."""
        if len(new) < 2:
            return not new
        items = [(a.cms_page_id, a.language, a.remote.remote_text(), a.remote.stamp) for a in new]
        try:
            with unit.savepoint():
                report.changes |= unit.add_server_texts(items)
        except Exception:
            log.info("adding %d new translations at once failed; adding them one by one", len(new))
            return False
        for action in new:
            report.pulled[action.language] = report.pulled.get(action.language, 0) + 1
        return True

    def _run(
        self,
        unit: Any,
        action: engine.Action | engine.OperationConflict | engine.OperationDone,
        report: SyncReport,
    ) -> None:
        """Run one action in its own savepoint; a failure is reported and does not stop the others."""
        try:
            with unit.savepoint():
                changes = action.run(unit)
        except Exception as exc:
            log.exception("sync action %s failed", action.kind)
            report.failed.append(self._issue_of(action, issues.failure(exc, "apply_failed")))
            return
        report.changes |= changes
        if isinstance(action, engine.AddFromServer) and changes.conflicts:
            report.conflicts.append(self._issue_of(action, issues.problem("changed_while_arriving")))
        elif isinstance(action, engine.AddFromServer):
            report.pulled[action.language] = report.pulled.get(action.language, 0) + 1
        elif isinstance(action, engine.MarkConflict):
            code = "changed_both" if action.remote else "gone_on_server"
            report.conflicts.append(self._issue_of(action, issues.problem(code)))

    def _issue_of(self, action: Any, problem: Problem) -> SyncIssue:
        row = getattr(action, "remote", None)
        tree_row = row.row if isinstance(row, engine.RemoteItem) else getattr(action, "row", None)
        cms_id = getattr(action, "cms_page_id", None) or (tree_row.page_id if tree_row else None)
        lang = getattr(action, "language", None) or (tree_row.language if tree_row else "")
        return SyncIssue.of(None, cms_id, lang, tree_row.title if tree_row else "", problem)

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


def _fetcher(client: CmsClient, region: str, row: TreeRow) -> Callable[[], StoredTranslation]:
    """A call that fetches the stored text of one tree row."""
    return lambda: client.stored_translation(region, row.language, row.page_id)


class _CancelledError(Exception):
    """Raised inside the read pool once the user cancelled."""
