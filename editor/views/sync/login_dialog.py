"""Asking for the CMS password, and where this run keeps it.

:class:`LoginDialog` asks for the password (and a TOTP code when the account needs one) and offers to
remember it in the system keyring; without a secure store that choice is disabled and the dialog says
why. :class:`SessionCredentials` is the window's memory of passwords for this run: its own cache first,
then the keyring (``editor.sync.credentials``), else it asks. A rejected login clears both and asks
again. Passwords never reach the config, the database or a log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor.sync import credentials
from editor.sync.redact import strip_userinfo
from editor.views import prompts
from editor.views.error_text import describe

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoginRequest:
    """What to ask for: the CMS, the user, why we ask (e.g. the server's rejection), TOTP or not."""

    cms_url: str
    user: str
    reason: str = ""
    needs_totp: bool = False
    password: str = field(default="", repr=False)
    """A password already known (asking only for the second factor); never shown in a repr."""


@dataclass(frozen=True)
class LoginAnswer:
    """What the user typed."""

    password: str
    totp: str | None
    remember: bool


def needs_totp(message: str) -> bool:
    """True when a login rejection says the account needs (another) TOTP code."""
    return "TOTP" in message


class LoginDialog(QDialog):
    """Password (and TOTP code) for one CMS account, with "Remember in the system keyring"."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, request: LoginRequest, secure_store: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in to the CMS"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr("Password of <b>{0}</b> at {1}:").format(
                _escape(request.user), _escape(strip_userinfo(request.cms_url))
            )
        )
        intro.setWordWrap(True)
        self.reason_label = QLabel(_escape(request.reason))
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet("color: #b71c1c;")
        self.reason_label.setVisible(bool(request.reason))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.totp = QLineEdit()
        self.totp.setPlaceholderText(self.tr("6-digit code from your authenticator app"))
        self.totp.setMaxLength(64)
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember.setChecked(secure_store)
        self.remember.setEnabled(secure_store)
        self.store_note = QLabel(
            self.tr("No secure password store on this computer: you will be asked once per session.")
        )
        self.store_note.setWordWrap(True)
        self.store_note.setVisible(not secure_store)
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        self.totp_label = QLabel(self.tr("Second factor (TOTP):"))
        form.addRow(self.totp_label, self.totp)
        self.totp.setVisible(request.needs_totp)
        self.totp_label.setVisible(request.needs_totp)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Log in"))
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.password.textChanged.connect(self._on_field_text_changed)
        self.totp.textChanged.connect(self._on_field_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason_label)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.store_note)
        layout.addWidget(buttons)
        self._needs_totp = request.needs_totp
        self.password.setText(request.password)
        (self.totp if request.needs_totp and request.password else self.password).setFocus()

    # -- public API -------------------------------------------------------------------------------
    def answer(self) -> LoginAnswer:
        """The typed password, TOTP code (None when not asked) and the remember choice."""
        code = self.totp.text().strip() if self._needs_totp else ""
        return LoginAnswer(
            self.password.text(),
            code or None,
            self.remember.isEnabled() and self.remember.isChecked(),
        )

    # -- private slots ----------------------------------------------------------------------------
    def _on_field_text_changed(self, _text: str) -> None:
        ready = bool(self.password.text()) and (not self._needs_totp or bool(self.totp.text().strip()))
        self.ok_button.setEnabled(ready)


Asker = Callable[[LoginRequest, bool], "LoginAnswer | None"]


class SessionCredentials:
    """Passwords for this run: memory first, then the keyring; asks (once per run) when neither has one.

    ``asker(request, secure_store)`` shows the dialog and returns the answer (None = cancelled); tests
    inject their own. The default shows :class:`LoginDialog` over ``parent``.
    """

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, parent: QWidget | None = None, asker: Asker | None = None) -> None:
        self._parent = parent
        self._asker = asker or self._ask_with_dialog
        self._passwords: dict[tuple[str, str], str] = {}
        self._totp: dict[tuple[str, str], str] = {}
        self.proxy_password: str | None = None
        """The proxy password typed in this run's settings when there is no secure store (memory only)."""

    # -- public API -------------------------------------------------------------------------------
    def known(self, cms_url: str, user: str) -> str | None:
        """The password for ``user`` at ``cms_url`` without asking (this run's, the env's, the keyring's)."""
        key = _key(cms_url, user)
        return self._passwords.get(key) or credentials.get_password(key[0], user)

    def remember(self, cms_url: str, user: str, password: str) -> None:
        """Keep ``password`` for this run (memory only): typed elsewhere in the app, e.g. in "Connect to
        a CMS…", so the first sync of the region pulled there does not ask again."""
        self._passwords[_key(cms_url, user)] = password

    def totp(self, cms_url: str, user: str) -> str | None:
        """The TOTP code typed in this run's last login dialog, if any."""
        return self._totp.get(_key(cms_url, user))

    def obtain(self, cms_url: str, user: str) -> str | None:
        """A known password, else ask; None when the user cancelled."""
        return self.known(cms_url, user) or self.ask(LoginRequest(cms_url, user))

    def ask(self, request: LoginRequest) -> str | None:
        """Show the login dialog; keep the answer for this run and, if chosen, in the keyring."""
        secure = credentials.secure_store_available()
        answer = self._asker(request, secure)
        if answer is None:
            return None
        key = _key(request.cms_url, request.user)
        self._passwords[key] = answer.password
        if answer.totp:
            self._totp[key] = answer.totp
        else:
            self._totp.pop(key, None)
        if answer.remember and secure:
            try:
                credentials.store(key[0], request.user, answer.password)
            except credentials.CredentialStoreError as exc:
                title = QCoreApplication.translate("SessionCredentials", "Password not remembered")
                prompts.warn(self._parent, title, describe(exc))
        return answer.password

    def reject(self, cms_url: str, user: str) -> None:
        """The CMS rejected the login: forget the password here and in the keyring."""
        key = _key(cms_url, user)
        self._passwords.pop(key, None)
        self._totp.pop(key, None)
        try:
            credentials.forget(key[0], user)
        except credentials.CredentialStoreError as exc:
            log.warning("could not remove the rejected password: %s", exc)

    def after_rejection(
        self, cms_url: str, user: str, message: str, *, needs_code: bool | None = None
    ) -> LoginRequest:
        """What to ask after the CMS rejected a login: a wrong password is forgotten (here and in the
        keyring); when only the second factor is missing, the password is kept and the code asked for.

        ``needs_code`` says whether the rejection asks for a second factor (default: read from ``message``).
        """
        if needs_totp(message) if needs_code is None else needs_code:
            return LoginRequest(cms_url, user, message, True, self.known(cms_url, user) or "")
        self.reject(cms_url, user)
        return LoginRequest(cms_url, user, message)

    # -- helpers ----------------------------------------------------------------------------------
    def _ask_with_dialog(self, request: LoginRequest, secure: bool) -> LoginAnswer | None:
        dialog = LoginDialog(request, secure, self._parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _key(cms_url: str, user: str) -> tuple[str, str]:
    return strip_userinfo(cms_url).rstrip("/"), user


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
