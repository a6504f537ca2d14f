"""``SyncController``: "Sync now" with progress and cancel, the online probe, auto-push and conflicts.

Owned by the main window. The flow follows Anki's ``aqt/sync.py`` (house style 3.6): a quiet background
probe that never raises, an explicit cancellable sync, and a rejected login that clears the stored
password and asks again. A sync writes the working copy, so it runs through ``TaskRunner.run_db``; the
probe only talks to the CMS and runs through ``run_net`` on a single-shot ``QTimer`` whose interval comes
from :class:`~editor.sync.backoff.Backoff` (never a tight loop).
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QToolButton

from editor.models.changes import Changes
from editor.models.demo import DEMO_SLUG
from editor.models.errors import StoreError, WorkingCopyLostError
from editor.models.sync_reads import kept_unsent
from editor.sync.backoff import Backoff
from editor.sync.errors import LoginRejected, NetworkError, ProxyError, Timeout, Unreachable
from editor.tasks import TaskRunner
from editor.views import prompts
from editor.views.error_text import describe, needs_totp
from editor.views.sync.connection import (
    ClientFactory,
    TotpClient,
    address_problem,
    http_client_factory,
    network_from_config,
    normalise_url,
)
from editor.views.sync.login_dialog import LoginRequest, SessionCredentials

if TYPE_CHECKING:
    from editor.sync.service import SyncReport, SyncService
    from editor.views.sync.cms_settings import CmsSettingsSection
    from editor.views.sync.conflict_dialog import ConflictDialog
    from editor.views.sync.result_dialog import SyncResultDialog
    from editor.views.window_host import WindowHost

log = logging.getLogger(__name__)

#: Seconds between probes while online (offline: the backoff's delays).
ONLINE_PROBE_S = 120.0
_OFFLINE_ERRORS = (Unreachable, Timeout, ProxyError)


def _new_service(*args: Any, **kwargs: Any) -> SyncService:
    """The real sync service (its modules load on the first sync, not at start-up)."""
    from editor.sync.service import SyncService

    return SyncService(*args, **kwargs)


class NetState(enum.Enum):
    """What the status bar's network label shows."""

    UNCONFIGURED = "unconfigured"
    CHECKING = "checking"
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"


class _ProgressRelay(QObject):
    """Carries ``progress(done, total, what)`` from the database thread to the GUI thread."""

    sig_progress = Signal(int, int, str)


class SyncController(QObject):
    """The window's sync actions, status label, progress, probe and conflict resolution."""

    # -- signals ----------------------------------------------------------------------------------
    sig_progress = Signal(int, int, str)
    """Progress of the running sync (done, total, what), on the GUI thread."""

    sig_sync_finished = Signal(object)
    """A sync or automatic push finished (its :class:`SyncReport`)."""

    sig_state_changed = Signal(object)
    """The network state changed (a :class:`NetState`)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(
        self,
        host: WindowHost,
        runner: TaskRunner,
        *,
        confirm_sending: Callable[[], bool],
        mark_conflicts: Callable[[set[tuple[int, str]]], None],
    ) -> None:
        """``confirm_sending`` asks the user about what would be sent (the translator's QA warnings);
        ``mark_conflicts`` shows the texts in conflict (the page tree)."""
        super().__init__(host.widget())
        self.host, self.store, self.config, self.runner = host, host.store, host.config, runner
        self._confirm_sending, self._mark_conflicts = confirm_sending, mark_conflicts
        self._lost = False
        self.client_factory: ClientFactory = http_client_factory
        self.service_factory: Callable[..., SyncService] = _new_service
        self.credentials = SessionCredentials(host.widget())
        self.backoff = Backoff(base=10.0, cap=300.0)
        self.state = NetState.UNCONFIGURED
        self.result_dialog: SyncResultDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self._cancel: threading.Event | None = None
        self._probing = False
        self._relay = _ProgressRelay(self)
        self._relay.sig_progress.connect(self._on_relay_progress)
        self._build_actions()
        self._build_status()
        self.probe_timer = QTimer(self)
        self.probe_timer.setSingleShot(True)
        self.probe_timer.timeout.connect(self.probe_now)
        self._migrate_proxy_secret()
        self.refresh()

    def _build_actions(self) -> None:
        self.sync_action = QAction(self.tr("&Sync now"), self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.setToolTip(self.tr("Receive changes from the CMS and send yours (F5)"))
        self.sync_action.triggered.connect(self._on_sync_triggered)
        self.cancel_action = QAction(self.tr("&Cancel sync"), self)
        self.cancel_action.setEnabled(False)
        self.cancel_action.triggered.connect(self.cancel)
        self.conflicts_action = QAction(self.tr("Resolve &conflicts…"), self)
        self.conflicts_action.triggered.connect(self.resolve_conflicts)
        self.send_kept_action = QAction(self.tr("Send &kept texts again…"), self)
        self.send_kept_action.triggered.connect(self.send_kept_again)
        self.settings_action = QAction(self.tr("CMS c&onnection…"), self)
        self.settings_action.triggered.connect(self.host.open_settings)

    def _build_status(self) -> None:
        self.network_label = QLabel(self.tr("Offline: no CMS connected"))
        self.host.add_status_widget(self.network_label)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.host.add_status_widget(self.progress_bar)
        self.host.add_status_widget(self.cancel_button)
        self.progress_bar.hide()
        self.cancel_button.hide()

    # -- properties -------------------------------------------------------------------------------
    @property
    def syncing(self) -> bool:
        """True while a sync or push runs."""
        return self._cancel is not None

    # -- public API -------------------------------------------------------------------------------
    def actions(self) -> list[QAction]:
        """The actions for the window's "Sync" menu, in order."""
        return [
            self.sync_action, self.cancel_action, self.conflicts_action, self.send_kept_action,
            self.settings_action,
        ]  # fmt: skip

    def add_settings_section(self, dialog: QDialog) -> CmsSettingsSection:
        """Put the "CMS connection" section into the settings dialog; saving re-checks the connection."""
        from editor.views.sync.cms_settings import CmsSettingsSection

        region = self.store.region()
        section = CmsSettingsSection(
            self.config, self.runner, self.credentials, self.client_factory, region.slug if region else ""
        )
        section.attach(dialog)
        section.sig_settings_saved.connect(self.refresh)
        return section

    def target(self) -> tuple[str, str, str] | None:
        """(CMS address, user, region slug), or None when no CMS is configured."""
        region = self.store.region()
        if region is None:
            return None
        url = normalise_url(str(self.config.settings.get("cms_url")))
        if not url and region.slug != DEMO_SLUG:
            url = normalise_url(region.cms_url)
        return (url, str(self.config.settings.get("cms_user")), region.slug) if url else None

    def refresh(self) -> None:
        """Settings changed (or start-up): show the state and probe soon."""
        self.update_conflicts()
        if self.target() is None:
            self.probe_timer.stop()
            self._set_state(NetState.UNCONFIGURED)
            return
        if not self.syncing:
            self._set_state(NetState.CHECKING)
        self.backoff.reset()
        self.probe_timer.start(0)

    def sync_now(self) -> bool:
        """Pull, then push, asking for the password if needed; True when a sync started."""
        return self._start(push_only=False, interactive=True)

    def _on_sync_triggered(self) -> None:
        # the user asked: QA warnings of what would be sent are shown first, the user decides (without
        # a CMS nothing can be sent: Sync now opens the settings at once)
        if self.target() is None or self._confirm_sending():
            self.sync_now()

    def push_now(self) -> bool:
        """Send the outbox without asking anything (auto-push); True when it started."""
        return self._start(push_only=True, interactive=False)

    def cancel(self) -> None:
        """Ask the running sync to stop after the current item."""
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.host.status(self.tr("Cancelling the sync…"))

    def on_working_copy_lost(self) -> None:
        """The working copy is gone: nothing more is synced with it."""
        self._lost = True
        self.sync_action.setEnabled(False)

    def stop(self) -> None:
        """The window closes: stop probing and cancel a running sync."""
        self.probe_timer.stop()
        self.cancel()

    def probe_now(self) -> None:
        """Check in the background whether the CMS is reachable (never raises)."""
        target = self.target()
        if target is None or self._probing or self.syncing:
            return
        url, _user, slug = target
        service = self.service_factory(self.store, self._client(url, probe=True), slug, None, None)
        self._probing = True
        self.runner.run_net(service.probe, self._on_probe_done, lambda _exc: self._on_probe_done(False))

    def update_conflicts(self) -> int:
        """Enable "Resolve conflicts…" when there are any, mark them in the tree, show "Send kept texts
        again…" when there are such texts; returns how many conflicts."""
        found = self.store.conflicts()
        self.conflicts_action.setEnabled(bool(found))
        self.conflicts_action.setText(
            self.tr("Resolve &conflicts ({0})…").format(len(found))
            if found
            else self.tr("Resolve &conflicts…")
        )
        self._mark_conflicts({(c.page_id, c.language) for c in found})
        try:  # shown only when needed (0043)
            kept = bool(kept_unsent(self.store))
        except StoreError:  # a damaged working copy: the window says why elsewhere
            kept = False
        self.send_kept_action.setVisible(kept)
        return len(found)

    def send_kept_again(self) -> None:
        """Texts kept here whose language's texts the CMS deleted: asked, queued, then a sync (0043)."""
        from editor.views.sync.kept_texts import ask_and_queue

        changes = ask_and_queue(self.host.widget(), self.store)
        if changes is None:
            return
        self.host.operation_done(changes)
        self.update_conflicts()
        self._on_sync_triggered()

    def resolve_conflicts(self) -> ConflictDialog | None:
        """Open the conflict dialog over every conflict of the working copy."""
        found = self.store.conflicts()
        if not found:
            self.host.status(self.tr("No conflicts."), 5000)
            self.update_conflicts()
            return None
        rtl = {language.code for language in self.store.languages() if language.rtl}
        from editor.views.sync.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(found, self._resolve, rtl, self.host.widget())
        dialog.sig_conflict_resolved.connect(self._on_conflict_resolved)
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    # -- private slots ----------------------------------------------------------------------------
    @Slot(int, int, str)
    def _on_relay_progress(self, done: int, total: int, what: str) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        self.progress_bar.setFormat(f"{done}/{total}")
        self.progress_bar.setToolTip(what)
        self.host.status(what)
        self.sig_progress.emit(done, total, what)

    def _on_probe_done(self, online: bool) -> None:
        self._probing = False
        if self.target() is None:
            return
        was = self.state
        if online:
            self.backoff.reset()
            delay = ONLINE_PROBE_S
        else:
            delay = self.backoff.failure()
        if not self.syncing:
            self._set_state(NetState.ONLINE if online else NetState.OFFLINE)
            self.probe_timer.start(int(delay * 1000))
        wants_push = bool(self.config.settings.get("auto_push")) and self.store.outbox_count() > 0
        if online and was is not NetState.ONLINE and wants_push:
            self.push_now()

    def _on_conflict_resolved(self, changes: Changes) -> None:
        self.host.operation_done(changes)
        self.host.reopen_if_changed(changes)
        self.update_conflicts()

    # -- helpers ----------------------------------------------------------------------------------
    def _migrate_proxy_secret(self) -> None:
        """A proxy password left in settings.ini by an older version goes to the keyring (or is dropped)."""
        from editor.sync.settings import migrate_proxy_secret

        message = migrate_proxy_secret(self.config)
        if message:
            log.warning("%s", message)
            self.host.status(message, 30000)

    def _client(self, url: str, user: str = "", *, probe: bool = False) -> Any:
        network = network_from_config(self.config, self.credentials.proxy_password)
        if probe:  # one quick try: the timer and its backoff do the retrying
            network = dataclasses.replace(network, retries=0, connect_timeout=5.0, read_timeout=10.0)
        client = self.client_factory(url, network)
        totp = self.credentials.totp(url, user) if user else None
        return TotpClient(client, totp) if totp else client

    def _start(self, *, push_only: bool, interactive: bool) -> bool:
        if self.syncing:
            return False
        target = self.target()
        if target is None:
            self._set_state(NetState.UNCONFIGURED)
            if interactive:
                self.host.open_settings()
            return False
        url, user, slug = target
        problem = address_problem(url)
        if problem is not None:  # refused before a password is asked for or sent
            self._refuse_address(problem, interactive)
            return False
        if not user:
            self.host.status(self.tr("Enter your CMS user name in the settings."), 15000)
            if interactive:
                self.host.open_settings()
            return False
        known = self.credentials.known(url, user)
        password = known if known or not interactive else self.credentials.ask(LoginRequest(url, user))
        if password is None:
            if not interactive:
                self.host.status(self.tr("Changes not sent automatically: use Sync now to log in."), 15000)
            return False
        self.host.panes.flush_all()
        service = self.service_factory(self.store, self._client(url, user), slug, user, lambda _u: password)
        cancel = self._cancel = threading.Event()
        self._show_progress(True)
        relay = self._relay.sig_progress.emit

        def job() -> SyncReport:
            if push_only:
                return service.push(relay, cancel)
            return service.sync(relay, cancel)

        def failed(exc: BaseException) -> None:
            self._on_sync_failed(exc, url, user, push_only=push_only, interactive=interactive)

        self.runner.run_db(job, lambda report: self._on_sync_done(report, interactive), failed)
        return True

    def _refuse_address(self, problem: str, interactive: bool) -> None:
        self._set_state(NetState.OFFLINE)
        text = self.tr("Not connecting: {0}").format(problem)
        if interactive:
            prompts.error(self.host.widget(), self.tr("Sync refused"), text)
        else:
            self.host.status(text, 15000)

    def _on_sync_done(self, report: SyncReport, interactive: bool) -> None:
        self._show_progress(False)
        changes = report.changes
        if not changes.empty:  # (new or removed languages: the window reads them again)
            self.host.operation_done(changes)
            self.host.reopen_if_changed(changes)
        self.update_conflicts()
        self.backoff.reset()
        self._set_state(NetState.ONLINE)
        self.probe_timer.start(int(ONLINE_PROBE_S * 1000))
        from editor.views.sync.result_dialog import SyncResultDialog, summary

        self.host.status(summary(report), 15000)
        if report.failed or report.conflicts:
            dialog = SyncResultDialog(report, self.host.widget())
            dialog.sig_resolve_requested.connect(self.resolve_conflicts)
            dialog.sig_send_kept_requested.connect(self.send_kept_again)
            self.result_dialog = dialog
            if interactive or report.failed:
                dialog.open()
        self.sig_sync_finished.emit(report)

    def _on_sync_failed(
        self, exc: BaseException, url: str, user: str, *, push_only: bool, interactive: bool
    ) -> None:
        self._show_progress(False)
        if isinstance(exc, WorkingCopyLostError):  # not a sync problem: editing stops, texts are kept
            self.host.working_copy_lost(exc)
            return
        offline = isinstance(exc, _OFFLINE_ERRORS)
        self._set_state(NetState.OFFLINE if offline else NetState.ONLINE)
        self.probe_timer.start(int((self.backoff.failure() if offline else ONLINE_PROBE_S) * 1000))
        if isinstance(exc, LoginRejected) and user:
            request = self.credentials.after_rejection(url, user, describe(exc), needs_code=needs_totp(exc))
            if interactive:
                if self.credentials.ask(request) is not None:
                    self._start(push_only=push_only, interactive=True)
                return
        if not isinstance(exc, NetworkError):
            log.error("sync failed", exc_info=exc)
        message = describe(exc)
        if interactive:
            prompts.error(self.host.widget(), self.tr("Sync failed"), message)
        else:
            self.host.status(self.tr("Sync failed: {0}").format(message), 15000)

    def _resolve(self, page_id: int, language: str, title: str, content: str) -> Changes:
        self.host.panes.flush_all()
        return self.store.resolve_conflict(page_id, language, title, content)

    def _show_progress(self, running: bool) -> None:
        # While a sync writes the working copy nobody types: an edit made meanwhile could be
        # overwritten by the pulled text, or pushed over a colleague's change on the next sync.
        self.host.panes.lock_editing(running)
        if not running:
            self._cancel = None
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.cancel_action.setEnabled(running)
        self.sync_action.setEnabled(not running and not self._lost)
        if running:
            self.progress_bar.setRange(0, 0)
            self._set_state(NetState.SYNCING)
        else:
            self.host.status("")

    def _set_state(self, state: NetState) -> None:
        texts = {
            NetState.UNCONFIGURED: self.tr("No CMS configured"),
            NetState.CHECKING: self.tr("Checking connection…"),
            NetState.ONLINE: self.tr("Online"),
            NetState.OFFLINE: self.tr("Offline"),
            NetState.SYNCING: self.tr("Syncing…"),
        }
        target = self.target()
        self.network_label.setText(texts[state])
        self.network_label.setToolTip(target[0] if target else self.tr("Set the CMS address in the settings"))
        changed = state is not self.state
        self.state = state
        if changed:
            self.sig_state_changed.emit(state)
