"""``SyncService``: pull, push and sync one region's working copy with its Integreat CMS.

The façade over the two runs:

* :meth:`SyncService.pull` (:class:`editor.sync.pull_run.PullRun`): region + languages (first pull
  only), login, one tree per language, the texts that may have changed; then the decision table
  (:func:`engine.decide`). Nothing is written to the working copy before the login succeeded.
* :meth:`SyncService.push` (:class:`editor.sync.push.PushRun`): every outbox operation in the safe
  order, each after its precondition against the server. Server moved -> conflict, nothing written
  (a text typed here since the base that a lost answer left in the CMS is ours, not a move: 0040).
  5xx and timeouts are retried with exponential backoff (bounded, :meth:`SyncService.retry`); a 4xx
  keeps the server's message on the item; one failing page never blocks the others.
* Progress ``progress(done, total, what)`` and cancellation (a ``threading.Event`` checked
  between items). :meth:`SyncService.probe` is one cheap anonymous request that never raises.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from editor.models.errors import StoreError
from editor.models.filelock import exclusive_lock
from editor.models.store import Store
from editor.models.sync_reads import ConflictData
from editor.sync.backoff import Backoff
from editor.sync.client import CmsClient
from editor.sync.cms_types import Region
from editor.sync.login import PasswordSource, first_contact, login
from editor.sync.lost_creates import without_lost_creates
from editor.sync.pull_run import PullRun
from editor.sync.push import AlreadyStored, PreconditionFailed, PushRun
from editor.sync.report import RETRYABLE, Progress, SyncIssue, SyncReport

__all__ = [
    "AlreadyStored", "Backoff", "ConflictData", "PreconditionFailed", "Progress", "SyncBusyError",
    "SyncIssue", "SyncReport", "SyncService", "first_contact",
]  # fmt: skip

log = logging.getLogger(__name__)
T = TypeVar("T")


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class SyncBusyError(StoreError):
    """Another pull or push of the same working copy is running (code ``sync_busy``)."""


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
        exclusive: bool = True,
    ) -> None:
        self.store, self.client, self.region_slug = store, client, region_slug
        self._region = region  # already read by first_contact (used once, saves a request)
        self.user, self.password_source = user, password_source
        self.retries = retries
        self.retry_backoff = retry_backoff or Backoff(base=0.5, cap=8.0)
        self.sleep = sleep
        #: Hold the working copy's sync lock (False only for a copy built in a temporary file).
        self.exclusive = exclusive

    # --- public API -----------------------------------------------------------------------------

    def probe(self) -> bool:
        """One cheap anonymous request: is the CMS reachable? Never raises."""
        try:
            self.client.region(self.region_slug)
        except Exception:
            return False
        return True

    @contextmanager
    def _alone(self) -> Iterator[None]:
        """Hold the working copy's sync lock: a second pull or push of the same file (another window,
        the ``sync`` command) is refused with :class:`SyncBusyError` instead of sending the outbox twice."""
        if not self.exclusive:
            yield
            return
        path = self.store.path
        busy = SyncBusyError(
            f"{path}: another sync of this working copy is running (another window or the sync command); "
            "nothing was done",
            "sync_busy",
            path=path,
        )
        # the lock file a first start builds the copy under (no sync runs before it exists)
        with exclusive_lock(path.with_name(path.name + ".lock"), timeout=0, busy=busy):
            yield

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
        with self._alone():
            return self._pull(progress, cancel)

    def _pull(self, progress: Progress | None, cancel: threading.Event | None) -> SyncReport:
        before = self.client.request_count
        report = SyncReport()
        run = PullRun(self, report, cancel)
        listing, local = run.read_listing()
        listing = without_lost_creates(self.store, listing)  # ours: the push takes them (never twice)
        run.apply(listing, local, progress)
        if not report.cancelled:  # the source bases the CMS's translation states imply (ADR 0021)
            with self.store.unit() as unit:
                report.changes |= unit.take_cms_states(run.states)
        if listing.complete and not report.cancelled:
            run.check_structure(listing)
        if not report.cancelled:
            with self.store.unit() as unit:
                unit.set_sync_meta(last_pull_at=_utcnow().isoformat(), user=self.user or "")
        report.requests = self.client.request_count - before
        return report

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
        before = self.client.request_count
        report = SyncReport()
        if self.store.outbox_count():
            self.ensure_login()
            with self._alone():
                PushRun(self, report, minor_edit).run(progress, cancel)
        report.requests = self.client.request_count - before
        return report

    # --- shared by the runs -----------------------------------------------------------------------

    def retry(self, call: Callable[[], T]) -> T:
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
                self.sleep(delay)

    def ensure_login(self) -> None:
        """Log in once per service (the client renews an expired session by itself)."""
        login(self.client, self.user, self.password_source)

    def take_first_contact_region(self) -> Region | None:
        """The region ``first_contact`` already read (once; later pulls ask the CMS)."""
        region, self._region = self._region, None
        return region
