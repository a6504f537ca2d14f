"""Errors from the lower layers are shown in the UI language: German words, no English leftovers."""

from __future__ import annotations

import re
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from editor.models.errors import UnreadableError, WorkingCopyLostError
from editor.models.page_address import PageAddressError, parse_page_address
from editor.sync.cms_client import PushRejected, SessionExpired
from editor.sync.cms_types import MalformedResponse
from editor.sync.credentials import CredentialStoreError
from editor.sync.errors import (
    AddressRefused,
    CaFileError,
    CertificateError,
    ClientError,
    LoginRejected,
    NetworkError,
    ProxyError,
    RegionForbidden,
    RegionUnknown,
    ServerError,
    Timeout,
    Unreachable,
)
from editor.views.dialogs import SettingsDialog
from editor.views.error_text import describe, needs_totp
from editor.views.main_window import MainWindow
from editor.views.sync.connection import http_client_factory
from tests.views.test_sync_ui import cms, sync_window  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "integreat_desk_de.ts"
BIN = ROOT / ".venv" / "bin"

#: English words that German text may contain too (product names, protocols, borrowed words).
SHARED = {"proxy", "code", "totp", "http", "https", "localhost", "status", "format", "journal"}

HOST = "cms.example.org"

ERRORS: list[BaseException] = [
    *(Unreachable(HOST, reason, code) for code, reason in (
        ("dns", "host name not found"),
        ("refused", "connection refused"),
        ("reset", "connection reset"),
        ("no_route", "no route to the server (network or host unreachable)"),
        ("other", "something odd happened"),
    )),
    Timeout(HOST),
    ProxyError("http://proxy.office:3128"),
    ProxyError("http://proxy.office:3128", "login"),
    ProxyError("socks5://proxy.office:1080", "socks"),
    *(CertificateError(HOST, "certificate verify failed", None, code) for code in (
        "expired", "not_yet_valid", "self_signed", "unknown_issuer", "wrong_host", "other",
    )),
    CertificateError(HOST, "unable to get local issuer certificate", "CN=Office CA", "unknown_issuer"),
    *(CaFileError("/etc/office-ca.pem", reason, code) for code, reason in (
        ("missing", "the file does not exist"),
        ("folder", "this is a folder, not a file"),
        ("permission", "the file cannot be read (permission denied)"),
        ("no_pem", "no certificate in PEM format could be read (NO_START_LINE)"),
        ("other", "something odd happened"),
    )),
    *(AddressRefused("https://cms.example.org", reason, code) for code, reason in (
        ("empty", "no CMS address is set"),
        ("credentials", "the address must not contain a user name or password"),
        ("invalid", "this is not a valid web address"),
        ("scheme", "the address must start with https://"),
        ("plain_http", "plain http:// would send your password unencrypted; use https://"),
        ("redirect", "the CMS redirected there, which is not followed: plain http:// would send …"),
        ("other", "refused for another reason"),
    )),
    LoginRejected("editor"),
    LoginRejected("(nobody)", "a user name is needed to read drafts and to push", "no_user"),
    LoginRejected("editor", "no password known: set INTEGREAT_DESK_PASSWORD or save it in the system keyring",
                  "no_password", "INTEGREAT_DESK_PASSWORD"),
    LoginRejected("editor", "the CMS requires another login step (/login/x/)", "extra_step", "/login/x/"),
    LoginRejected("editor", "the account needs a TOTP code (second factor)", "totp_needed"),
    LoginRejected("editor", "the TOTP code was not accepted", "totp_rejected"),
    LoginRejected("(nobody)", "log in first", "not_logged_in"),
    LoginRejected("editor", "the account is locked"),
    ServerError(502, "Bad Gateway"),
    ClientError(404, "Nicht gefunden"),
    RegionUnknown("waldkirch", ("waldkirchen",)),
    RegionUnknown("zzz"),
    RegionForbidden("editor", "waldkirchen"),
    SessionExpired(),
    PushRejected("Arzt (de)", ["Dieses Feld ist zwingend erforderlich."]),
    PushRejected("Arzt (de)", []),
    NetworkError("network failure: ChunkedEncodingError"),
    MalformedResponse("https://cms.example.org/api/v3/augsburg/de/pages/", "title", "is missing"),
    CredentialStoreError("no secure password store is available; not saved", "no_store", "editor"),
    CredentialStoreError("the password store refused to save it for editor: X", "save_refused", "editor"),
    WorkingCopyLostError("/data/augsburg.sqlite", "augsburg.sqlite-wal"),
    UnreadableError("/data/augsburg.sqlite: page 3 (en) cannot be read: not UTF-8", 3, "en", "Doctor"),
]  # fmt: skip


@pytest.fixture
def german(tmp_path: Path, qapp: QCoreApplication) -> Iterator[None]:
    """The compiled German catalogue, installed for the test."""
    qm = tmp_path / "de.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(CATALOGUE), "-qm", str(qm)], check=True, timeout=60
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


#: Fields that hold values (addresses, names, the server's own text), not English wording.
VALUE_FIELDS = (
    "host",
    "url",
    "path",
    "user",
    "proxy",
    "issuer",
    "page",
    "detail",
    "field",
    "language",
    "title",
    "slug",
    "similar",
)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


def _english_words(exc: BaseException) -> set[str]:
    """The words (4+ letters) of ``str(exc)`` that are English wording, not values or shared words."""
    values = [str(getattr(exc, name, "")) for name in VALUE_FIELDS]
    if isinstance(exc, ServerError | ClientError):
        values.append(exc.message)
    values += getattr(exc, "messages", [])
    camel = set(re.findall(r"[A-Z][a-z]+[A-Z][A-Za-z]+", str(exc)))  # a type name in a message
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", str(exc)) if w not in camel}
    return words - _words(" ".join(values)) - SHARED


@pytest.mark.parametrize("exc", ERRORS, ids=lambda e: f"{type(e).__name__}-{getattr(e, 'reason_code', '')}")
def test_describe_network_and_store_errors_in_german(german: None, exc: BaseException) -> None:
    """Each known error type (and each reason code) is described in German with none of its English words."""
    text = describe(exc)
    assert text
    assert text != str(exc)
    leftovers = _english_words(exc) & _words(text)
    assert leftovers == set(), (text, leftovers)
    for phrase in ("cannot reach", "did not answer", "host name not found", "not trusted", "rejected"):
        assert phrase not in text.lower()


def test_describe_region_unknown_and_forbidden_in_german(german: None) -> None:
    """An unknown region names the close ones; an account without rights names itself and the region."""
    assert describe(RegionUnknown("waldkirch", ("waldkirchen", "waldheim"))) == (
        "Das CMS hat keine Region waldkirch (oder sie ist archiviert). "
        "Ähnliche Regionen: waldkirchen, waldheim."
    )
    assert describe(RegionForbidden("anna", "waldkirchen")) == (
        "Das Konto anna darf die Region waldkirchen nicht bearbeiten: Bitten Sie die Verwaltung der Region "
        "um Zugang, oder wählen Sie eine andere Region."
    )


def test_describe_short_link_in_german(german: None) -> None:
    """A CMS short link given as a page address says what it is and what to give instead."""
    with pytest.raises(PageAddressError) as caught:
        parse_page_address("https://cms.example.org/s/p/78/")
    assert describe(caught.value) == (
        "https://cms.example.org/s/p/78/ ist ein Kurzlink des CMS und bezeichnet selbst keine Seite: "
        "Öffnen Sie ihn im Browser und geben Sie die Adresse an, zu der er führt."
    )


def test_describe_unreachable_dns_in_german(german: None) -> None:
    """The message from issue 16 reads in German: host name not found, with the host named."""
    text = describe(Unreachable(HOST, "host name not found", "dns"))
    assert text.startswith(f"{HOST} ist nicht erreichbar: Der Rechnername wurde nicht gefunden.")


def test_describe_proxy_login_in_german(german: None) -> None:
    """A proxy that wants its login (HTTP 407) says so, naming the proxy, not that it refused to connect."""
    text = describe(ProxyError("http://proxy.office:3128", "login"))
    assert text == (
        "Der Proxy http://proxy.office:3128 verlangt eine Anmeldung: Prüfen Sie Benutzernamen und Passwort "
        "des Proxys in den Netzwerkeinstellungen."
    )


def test_describe_socks_proxy_in_german(german: None) -> None:
    """A SOCKS proxy is named as one that cannot be used, with what to do instead."""
    text = describe(ProxyError("socks5://proxy.office:1080", "socks"))
    assert text == (
        "Der Proxy socks5://proxy.office:1080 ist ein SOCKS-Proxy, der nicht genutzt werden kann: Geben Sie "
        "in den Einstellungen einen HTTP-Proxy an."
    )


def test_describe_keeps_english_without_a_translator() -> None:
    """Without a translator the UI reads English (the source strings); unknown types show their own text."""
    assert describe(Timeout(HOST)) == f"{HOST} did not answer in time. Try again later."
    assert describe(RuntimeError("disk on fire")) == "RuntimeError: disk on fire"


def test_describe_needs_totp_reads_the_code_not_the_words() -> None:
    """A second factor is asked for on the reason code, whatever language the message is in."""
    assert needs_totp(LoginRejected("editor", "the account needs a TOTP code (second factor)", "totp_needed"))
    assert not needs_totp(LoginRejected("editor"))
    assert not needs_totp(Timeout(HOST))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_describe_connection_test_against_a_closed_port_shows_german(
    german: None,
    sync_window: MainWindow,  # noqa: F811
    qtbot: QtBot,
) -> None:
    """Test connection in the CMS settings, against a port nobody listens on, says so in German."""
    sync_window.sync.client_factory = http_client_factory
    dialog = SettingsDialog(sync_window.config, sync_window)
    qtbot.addWidget(dialog)
    section = sync_window.sync.add_settings_section(dialog)
    port = _free_port()
    section.url.setText(f"http://127.0.0.1:{port}")
    section.user.setText("")
    with qtbot.waitSignal(section.sig_test_finished, timeout=30000) as blocker:
        section.test_connection()
    assert blocker.args == [False]
    text = section.result_label.text()
    assert f"127.0.0.1:{port} ist nicht erreichbar: Die Verbindung wurde abgewiesen." in text
    assert "cannot reach" not in text.lower()
    assert "refused" not in text.lower()


def test_describe_counts_in_the_status_bar_use_german_plural_forms(
    german: None,
    sync_window: MainWindow,  # noqa: F811
) -> None:
    """Counts shown in the window take the German singular or plural ("1 Seite", "3 Seiten")."""
    sync_window._update_status()
    assert sync_window.region_label.text().endswith(": 3 Seiten")
    translate = QCoreApplication.translate
    assert translate("MainWindow", "{0}: %n page(s)", "", 1) == "{0}: 1 Seite"
    waiting = "%n local change(s) waiting to be sent"
    assert translate("MainWindow", waiting, "", 1) == "1 lokale Änderung wartet auf das Senden"
    assert translate("MainWindow", waiting, "", 3) == "3 lokale Änderungen warten auf das Senden"
