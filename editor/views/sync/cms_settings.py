"""The "CMS connection" section of the settings dialog, with a "Test connection" button.

It edits ``cms_url``, ``cms_user``, ``auto_push``, ``proxy_url``, ``proxy_user`` and ``ca_file``. There is
no CMS password field (passwords live only in the keyring or this run's memory, see :mod:`.login_dialog`);
the proxy password field writes to the keyring only (without a secure store: this run's memory). A CMS
address with ``http://`` to another computer or with a user name/password in it is flagged as typed and
refused by the test; credentials are never saved in the address. The test runs through
``TaskRunner.run_net`` and shows the classified network error in the section.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from editor.config import Config
from editor.sync import credentials as keyring_store
from editor.sync.errors import LoginRejected
from editor.sync.redact import has_userinfo, strip_userinfo
from editor.sync.settings import migrate_proxy_secret, save_proxy
from editor.tasks import TaskRunner
from editor.views.error_text import describe, needs_totp
from editor.views.sync.connection import (
    ClientFactory,
    address_problem,
    check_connection,
    network_config,
    normalise_url,
)
from editor.views.sync.login_dialog import SessionCredentials


class CmsSettingsSection(QGroupBox):
    """CMS address, user, automatic sending, proxy and CA file; saved when the dialog is accepted."""

    # -- signals ----------------------------------------------------------------------------------
    sig_settings_saved = Signal()
    """The section wrote its values to the settings."""

    sig_test_finished = Signal(bool)
    """A connection test finished (True when it succeeded)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(
        self,
        config: Config,
        runner: TaskRunner,
        credentials: SessionCredentials,
        client_factory: ClientFactory,
        region_slug: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("CMS connection"))
        self._config = config
        self._runner = runner
        self._credentials = credentials
        self._client_factory = client_factory
        self._region_slug = region_slug
        migrate_proxy_secret(config)  # an old settings.ini: the proxy password leaves the file first
        settings = config.settings
        self.url = QLineEdit(str(settings.get("cms_url")))
        self.url.setPlaceholderText("https://cms.integreat-app.de")
        self.address_note = QLabel()
        self.address_note.setWordWrap(True)
        self.address_note.setStyleSheet("color: #b71c1c;")
        self.url.textChanged.connect(self._on_url_text_changed)
        self.user = QLineEdit(str(settings.get("cms_user")))
        self.auto_push = QCheckBox(self.tr("Send changes automatically when online"))
        self.auto_push.setChecked(bool(settings.get("auto_push")))
        self.proxy = QLineEdit(str(settings.get("proxy_url")))
        self.proxy.setPlaceholderText(self.tr("empty: the system proxy (HTTPS_PROXY)"))
        self.proxy_user = QLineEdit(str(settings.get("proxy_user")))
        self.proxy_user.setPlaceholderText(self.tr("only if the proxy asks for a login"))
        self.proxy_password = QLineEdit()
        self.proxy_password.setEchoMode(QLineEdit.EchoMode.Password)
        secure = keyring_store.secure_store_available()
        self.proxy_password.setPlaceholderText(
            self.tr("kept in the system keyring; empty: unchanged")
            if secure
            else self.tr("no secure password store: kept for this session only")
        )
        if not secure and credentials.proxy_password:
            self.proxy_password.setText(credentials.proxy_password)
        self.ca_file = QLineEdit(str(settings.get("ca_file")))
        self.ca_file.setPlaceholderText(self.tr("empty: only the system's certificates"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._on_choose_clicked)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(choose)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Certificates are always verified. A custom CA file adds your office's "
                "certificate authority; it never switches verification off."
            )
        )
        note.setWordWrap(True)
        self.setMinimumWidth(520)  # wrapped notes need the width: a form row does not grow for them
        form = QFormLayout(self)
        form.addRow(self.tr("CMS address:"), self.url)
        form.addRow("", self.address_note)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow("", self.auto_push)
        form.addRow(self.tr("Proxy:"), self.proxy)
        form.addRow(self.tr("Proxy user:"), self.proxy_user)
        form.addRow(self.tr("Proxy password:"), self.proxy_password)
        form.addRow(self.tr("Extra CA file:"), ca_row)
        form.addRow("", note)
        form.addRow(self.test_button, self.result_label)
        self._on_url_text_changed(self.url.text())

    # -- public API -------------------------------------------------------------------------------
    def attach(self, dialog: QDialog) -> None:
        """Add the section to a :class:`SettingsDialog` (its ``extra`` layout); save on OK."""
        dialog.extra.addWidget(self)  # type: ignore[attr-defined]
        dialog.accepted.connect(self.save)

    def save(self) -> None:
        """Write the section's values to the settings; passwords go to the keyring only."""
        settings = self._config.settings
        settings.set("cms_url", normalise_url(self.url.text()))  # never with user:password@
        settings.set("cms_user", self.user.text().strip())
        settings.set("auto_push", self.auto_push.isChecked())
        settings.set("ca_file", self.ca_file.text().strip())
        password = self.proxy_password.text()
        problem = save_proxy(self._config, self.proxy.text(), self.proxy_user.text(), password)
        if problem:  # no secure store: this run's memory only, never the file
            self._credentials.proxy_password = password
            self.result_label.setStyleSheet("color: #b71c1c;")
            self.result_label.setText(
                self.tr("Proxy password kept for this session only: {0}").format(describe(problem))
            )
        elif password or not str(settings.get("proxy_user")):
            self._credentials.proxy_password = None  # the keyring has it now (or no proxy login)
        self.proxy.setText(str(settings.get("proxy_url")))
        self.proxy_user.setText(str(settings.get("proxy_user")))
        self.proxy_password.clear()
        self.sig_settings_saved.emit()

    def test_connection(self) -> None:
        """Reach the CMS with the values as typed (not yet saved), and log in when a user is set."""
        url, user = normalise_url(self.url.text()), self.user.text().strip()
        if not url:
            self._show(False, self.tr("Enter the CMS address first."))
            return
        problem = address_problem(self.url.text())
        if problem is not None:  # before a password is asked for, let alone sent
            self._show(False, problem)
            return
        ca_file = self.ca_file.text().strip()
        if ca_file and not Path(ca_file).is_file():
            self._show(False, self.tr("The CA file {0} does not exist.").format(ca_file))
            return
        password = self._credentials.obtain(url, user) if user else None
        if user and password is None:
            self._show(False, self.tr("Test cancelled: no password given."))
            return
        totp = self._credentials.totp(url, user) if user else None
        self._start_test(url, user, password, totp)

    # -- private slots ----------------------------------------------------------------------------
    def _on_url_text_changed(self, text: str) -> None:
        problem = address_problem(text) if text.strip() else None
        if problem is not None and has_userinfo(text):
            problem = self.tr("A user name or password in the address is never saved; it is removed.")
        elif problem is not None and normalise_url(text).startswith("http://"):
            problem = self.tr(
                "Plain http:// would send your password unencrypted: use https://. "
                "(http:// is accepted only for this computer: localhost, 127.0.0.1, ::1.)"
            )
        self.address_note.setText(problem or "")
        self.address_note.setVisible(problem is not None)
        self._fit_window()

    def _on_choose_clicked(self) -> None:
        start = self.ca_file.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate authority file"),
            start,
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)

    # -- helpers ----------------------------------------------------------------------------------
    def _start_test(self, url: str, user: str, password: str | None, totp: str | None) -> None:
        proxy, proxy_user = self.proxy.text().strip(), self.proxy_user.text().strip()
        proxy_password = self.proxy_password.text() or self._credentials.proxy_password
        if proxy and proxy_user and not proxy_password:
            proxy_password = keyring_store.get_proxy_password(strip_userinfo(proxy), proxy_user)
        network = network_config(proxy, self.ca_file.text(), proxy_user, proxy_password)
        factory, slug = self._client_factory, self._region_slug
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Testing…"))

        def job() -> bool:
            return check_connection(factory(url, network), slug, user, password, totp)

        def done(logged_in: bool) -> None:
            self.test_button.setEnabled(True)
            if logged_in:
                self._show(True, self.tr("Connected and logged in as {0}.").format(user))
            else:
                self._show(True, self.tr("The CMS is reachable."))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            if isinstance(exc, LoginRejected):
                request = self._credentials.after_rejection(
                    url, user, describe(exc), needs_code=needs_totp(exc)
                )
                if request.needs_totp and self._credentials.ask(request) is not None:
                    self.test_connection()
                    return
            self._show(False, describe(exc))

        self._runner.run_net(job, done, failed)

    def _show(self, ok: bool, text: str) -> None:
        colour = "#2e7d32" if ok else "#b71c1c"
        self.result_label.setStyleSheet(f"color: {colour};")
        self.result_label.setText(("✔ " if ok else "✘ ") + text)
        self._fit_window()
        self.sig_test_finished.emit(ok)

    def _fit_window(self) -> None:
        """Make the dialog taller when a message made the section need more lines: a window does not
        grow by itself for wrapped text, and the notes were cut off (the http:// warning too)."""
        window = self.window()
        layout = window.layout()
        if window is self or layout is None or not window.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else 0
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > window.height():
            window.resize(window.width(), needed)
