"""``ConnectDialog``: log in to a CMS, choose one of the account's regions, pull it with progress.

Three steps in one dialog: the account (address, user, password, and the TOTP code when the account
has a second factor), the regions the account may edit, then the pull (progress and cancel). Login
and the region list run on the network pool, the pull on the database thread (``TaskRunner``); the
pull itself is :func:`editor.sync.regions.pull_region`, the same sync service as "Sync now". The
password goes to the system keyring only when the user asks for it, under its own entry per CMS
address and user (:mod:`editor.sync.credentials`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor.sync import credentials
from editor.sync.cms_types import RegionChoice
from editor.sync.errors import NetworkError
from editor.sync.regions import login_and_list, pull_region
from editor.sync.settings import normalise_url
from editor.tasks import TaskRunner
from editor.views.error_text import describe, needs_totp

log = logging.getLogger(__name__)

# ``factory(cms_url) -> client`` with the user's proxy and CA settings applied.
ClientFactory = Callable[[str], Any]


class _ProgressRelay(QObject):
    """Carries ``progress(done, total, what)`` from the database thread to the GUI thread."""

    sig_progress = Signal(int, int, str)


class ConnectDialog(QDialog):
    """Connect to a CMS account and pull one of its regions into the data folder."""

    # -- signals ----------------------------------------------------------------------------------
    sig_region_pulled = Signal(str)
    """A region (slug) is now in the data folder, pulled or already there."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(
        self,
        data_dir: Path,
        runner: TaskRunner,
        client_factory: ClientFactory,
        *,
        cms_url: str = "",
        user: str = "",
        existing: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir, self.runner, self.client_factory = Path(data_dir), runner, client_factory
        self.existing = existing
        self.pulled: str | None = None
        self._client: Any = None
        self._cancel: threading.Event | None = None
        self._relay = _ProgressRelay(self)
        self._relay.sig_progress.connect(self._on_relay_progress)
        self.setWindowTitle(self.tr("Connect to a CMS"))
        self.setMinimumWidth(480)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._account_page(cms_url, user))
        self.pages.addWidget(self._regions_page())
        self.pages.addWidget(self._progress_page())
        # Enter means the page's main action (never Cancel): one default button per page
        self._defaults = {0: self.login_button, 1: self.pull_button}
        self.pages.currentChanged.connect(self._on_page_changed)
        self._on_page_changed(0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        (self.user if cms_url else self.address).setFocus()

    def _account_page(self, cms_url: str, user: str) -> QWidget:
        page = QWidget()
        self.address = QLineEdit(cms_url)
        self.address.setPlaceholderText("https://cms.integreat-app.de")
        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.totp = QLineEdit()
        self.totp.setPlaceholderText(self.tr("6-digit code from your authenticator app"))
        self.totp_label = QLabel(self.tr("Second factor (TOTP):"))
        secure = credentials.secure_store_available()
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setChecked(secure)
        self.remember.setEnabled(secure)
        self.store_note = QLabel(
            self.tr("No secure password store on this computer: the app asks for the password once per run.")
        )
        self.store_note.setWordWrap(True)
        self.store_note.setVisible(not secure)
        form = QFormLayout()
        form.addRow(self.tr("CMS address:"), self.address)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.totp_label, self.totp)
        self._show_totp(False)
        self.login_button = QPushButton(self.tr("&Log in"))
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self._on_login_clicked)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Log in with your Integreat CMS account.")))
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.store_note)
        layout.addStretch(1)
        layout.addLayout(_buttons(cancel, self.login_button))
        return page

    def _regions_page(self) -> QWidget:
        page = QWidget()
        self.regions_label = QLabel()
        self.regions_label.setWordWrap(True)
        self.region_list = QListWidget()
        self.region_list.itemDoubleClicked.connect(lambda _item: self._on_pull_clicked())
        self.pull_button = QPushButton(self.tr("&Pull region"))
        self.pull_button.setDefault(True)
        self.pull_button.clicked.connect(self._on_pull_clicked)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        layout = QVBoxLayout(page)
        layout.addWidget(self.regions_label)
        layout.addWidget(self.region_list, 1)
        layout.addLayout(_buttons(back, self.pull_button))
        return page

    def _progress_page(self) -> QWidget:
        page = QWidget()
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addStretch(1)
        layout.addLayout(_buttons(self.cancel_button))
        return page

    # -- public API -------------------------------------------------------------------------------
    def log_in(self) -> None:
        """Log in with the typed account and list its regions (in the background)."""
        url, user, password = self._account()
        if not url or not user or not password:
            self._say(self.tr("Enter the CMS address, your user name and your password."))
            return
        self._say("")
        self._set_busy(True, self.tr("Logging in…"))
        totp = self.totp.text().strip() if self._totp_shown else ""
        try:
            client = self.client_factory(url)
        except (NetworkError, ValueError) as exc:
            self._on_login_failed(exc)
            return
        self._client = client
        self.runner.run_net(
            lambda: login_and_list(client, user, password, totp), self._on_listed, self._on_login_failed
        )

    def pull(self, slug: str) -> None:
        """Pull the region ``slug`` (in the background), or take it when it is already here."""
        if slug in self.existing:
            self._finish(slug)
            return
        self._cancel = threading.Event()
        self.pages.setCurrentIndex(2)
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Pulling {0}…").format(slug))
        user, password, cancel = self.user.text().strip(), self.password.text(), self._cancel
        client, relay = self._client, self._relay.sig_progress.emit
        self.runner.run_db(
            lambda: pull_region(self.data_dir, client, slug, user, password, relay, cancel),
            lambda report: self._on_pulled(slug, report),
            self._on_pull_failed,
        )

    # -- Qt overrides -----------------------------------------------------------------------------
    def reject(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        super().reject()

    # -- private slots ----------------------------------------------------------------------------
    def _on_login_clicked(self) -> None:
        self.log_in()

    def _on_pull_clicked(self) -> None:
        item = self.region_list.currentItem()
        if item is not None:
            self.pull(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_cancel_clicked(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def _on_relay_progress(self, done: int, total: int, what: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        self.progress_label.setText(what)

    def _on_listed(self, regions: list[RegionChoice]) -> None:
        self._set_busy(False, "")
        self._say("")
        self._remember()
        self.region_list.clear()
        for region in regions:
            text = f"{region.name} ({region.slug})"
            if region.slug in self.existing:
                text += " — " + self.tr("already in this data folder")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, region.slug)
            self.region_list.addItem(item)
        if regions:
            self.region_list.setCurrentRow(0)
        self.regions_label.setText(
            self.tr("Regions {0} may edit at {1}:").format(self.user.text().strip(), self.address.text())
            if regions
            else self.tr("This account may edit no region.")
        )
        self.pull_button.setEnabled(bool(regions))
        self.pages.setCurrentIndex(1)

    def _on_login_failed(self, exc: BaseException) -> None:
        self._set_busy(False, "")
        if needs_totp(exc):
            first = not self._totp_shown
            self._show_totp(True)
            self.totp.setFocus()
            self._say(
                self.tr("This account has a second factor: enter the code from your authenticator app.")
                if first
                else describe(exc)
            )
            return
        if not isinstance(exc, NetworkError):
            log.error("connecting failed", exc_info=exc)
        self._say(describe(exc))

    def _on_pulled(self, slug: str, report: Any) -> None:
        if report.cancelled:
            self.pages.setCurrentIndex(1)
            self._say(self.tr("The pull was cancelled; the region was not added."))
            return
        self._finish(slug)

    def _on_pull_failed(self, exc: BaseException) -> None:
        self._cancel = None
        self.cancel_button.setEnabled(True)
        self.pages.setCurrentIndex(1)
        if not isinstance(exc, NetworkError):
            log.error("pulling a region failed", exc_info=exc)
        self._say(self.tr("The region could not be pulled: {0}").format(describe(exc)))

    # -- helpers ----------------------------------------------------------------------------------
    def _finish(self, slug: str) -> None:
        self.pulled = slug
        self.sig_region_pulled.emit(slug)
        self.accept()

    def _remember(self) -> None:
        if not (self.remember.isEnabled() and self.remember.isChecked()):
            return
        try:
            credentials.store(*self._account())
        except credentials.CredentialStoreError as exc:
            self._say(describe(exc))

    def account(self) -> tuple[str, str, str]:
        """(CMS address, user, password) as typed: the app keeps the password for this run only."""
        return self._account()

    def _account(self) -> tuple[str, str, str]:
        return normalise_url(self.address.text()), self.user.text().strip(), self.password.text()

    def _show_totp(self, visible: bool) -> None:
        self._totp_shown = visible
        self.totp.setVisible(visible)
        self.totp_label.setVisible(visible)

    def _set_busy(self, busy: bool, text: str) -> None:
        for widget in (self.address, self.user, self.password, self.totp, self.login_button):
            widget.setEnabled(not busy)
        if text:
            self._say(text, error=False)

    def _on_page_changed(self, index: int) -> None:
        for page, button in self._defaults.items():
            button.setDefault(page == index)

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b71c1c;" if error else "")
        self.message.setText(text)


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    return row
