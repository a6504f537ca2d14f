"""Proxy credentials: the keyring entry, the settings.ini migration, and what the proxy receives."""

from __future__ import annotations

import base64
import socket
from pathlib import Path

import keyring
import pytest
import requests
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from editor.config import Config
from editor.sync import credentials
from editor.sync.network import NetworkConfig, ProxyError, classify, make_session
from editor.sync.settings import migrate_proxy_secret, network_from_config, save_proxy
from tests.support import MemoryKeyring
from tests.sync.local_servers import cms_server, recording_proxy

SECRET = "Pr0xy-S3cret"


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def _old_settings(data: Path, proxy_url: str) -> Path:
    data.mkdir(parents=True, exist_ok=True)
    ini = data / "settings.ini"
    ini.write_text(f"[values]\nproxy_url = {proxy_url}\ncms_user = anna\n", encoding="utf-8")
    return ini


def test_credentials_proxy_entry_is_separate_from_the_cms(memory_keyring: MemoryKeyring) -> None:
    """The proxy password lives under integreat-desk/proxy/<address>, apart from CMS passwords."""
    credentials.store_proxy("http://proxy.office:3128", "anna", SECRET)
    assert memory_keyring.store == {("integreat-desk/proxy/http://proxy.office:3128", "anna"): SECRET}
    assert credentials.get_proxy_password("http://proxy.office:3128", "anna") == SECRET
    assert credentials.get_password("http://proxy.office:3128", "anna") is None
    credentials.forget_proxy("http://proxy.office:3128", "anna")
    assert credentials.get_proxy_password("http://proxy.office:3128", "anna") is None


def test_settings_proxy_password_moves_from_ini_to_keyring(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """Old settings.ini with user:password in the proxy URL: the password moves to the keyring."""
    ini = _old_settings(tmp_path, f"http://anna:{SECRET.replace('S', '%53')}@proxy.office:3128")
    config = Config.load(tmp_path)
    message = migrate_proxy_secret(config)
    assert message is not None
    assert "moved to the system keyring" in message
    assert str(ini) in message
    assert SECRET not in message
    text = ini.read_text(encoding="utf-8")
    assert SECRET not in text
    assert "%53" not in text
    assert "proxy_url = http://proxy.office:3128" in text
    assert "proxy_user = anna" in text
    assert memory_keyring.store[("integreat-desk/proxy/http://proxy.office:3128", "anna")] == SECRET
    assert migrate_proxy_secret(Config.load(tmp_path)) is None  # once is enough
    network = network_from_config(Config.load(tmp_path))
    assert (network.proxy, network.proxy_user, network.proxy_password) == (
        "http://proxy.office:3128", "anna", SECRET,
    )  # fmt: skip
    assert SECRET not in repr(network)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_settings_proxy_password_dropped_without_secure_store(
    tmp_path: Path, backend: KeyringBackend
) -> None:
    """No secure store (headless Linux without D-Bus): the password leaves the file anyway, with a message."""
    ini = _old_settings(tmp_path, f"http://anna:{SECRET}@proxy.office:3128")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        message = migrate_proxy_secret(Config.load(tmp_path))
    finally:
        keyring.set_keyring(previous)
    assert message is not None
    assert "no secure password store" in message
    assert credentials.PROXY_PASSWORD_ENV_VAR in message
    assert SECRET not in message
    assert SECRET not in ini.read_text(encoding="utf-8")


def test_settings_save_proxy_keeps_the_password_out_of_the_file(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """Saving address, user and password: address and user in settings.ini, password in the keyring."""
    config = Config.load(tmp_path)
    assert save_proxy(config, "http://proxy.office:3128", "anna", SECRET) is None
    assert SECRET not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert credentials.get_proxy_password("http://proxy.office:3128", "anna") == SECRET
    assert save_proxy(config, f"http://bob:{SECRET}@proxy.office:3128", "", "") is None
    assert SECRET not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert config.settings.get("proxy_user") == "bob"
    assert credentials.get_proxy_password("http://proxy.office:3128", "anna") is None  # old entry removed


def test_settings_save_proxy_without_secure_store_says_so(tmp_path: Path) -> None:
    """Without a secure store the typed proxy password is not saved anywhere, and the caller is told."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        message = save_proxy(Config.load(tmp_path), "http://proxy.office:3128", "anna", SECRET)
    finally:
        keyring.set_keyring(previous)
    assert message is not None
    assert message.reason_code == "no_store"
    assert "no secure password store" in str(message)
    assert SECRET not in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_network_proxy_gets_credentials_in_a_header_only() -> None:
    """The proxy gets Proxy-Authorization; the request target and the CMS never see the password."""
    with cms_server("x", "pw") as cms, recording_proxy() as proxy:
        config = NetworkConfig(proxy=proxy.url, proxy_user="anna", proxy_password=SECRET, retries=0)
        assert make_session(config).get(cms.url + "/api/v3/regions/x/").status_code == 200
    token = base64.b64encode(f"anna:{SECRET}".encode()).decode()
    assert [s.headers.get("Proxy-Authorization") for s in proxy.seen] == [f"Basic {token}"]
    assert SECRET not in proxy.seen[0].target
    assert SECRET.encode() not in cms.wire()
    assert "Proxy-Authorization" not in cms.seen[0].headers


def test_network_proxy_error_never_names_the_password() -> None:
    """A refusing proxy configured as http://user:pw@host: the message shows http://host:port only."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proxy = f"http://anna:{SECRET}@127.0.0.1:{port}"
    with pytest.raises(requests.exceptions.ProxyError) as info:
        make_session(NetworkConfig(proxy=proxy, retries=0, connect_timeout=2)).get(
            "http://cms.example.invalid/"
        )
    error = classify(info.value, proxy=proxy)
    assert isinstance(error, ProxyError)
    assert str(error) == f"proxy refused the connection: http://127.0.0.1:{port}"
    assert SECRET not in error.proxy


def test_credentials_broken_keyring_is_no_secure_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """A keyring that cannot even pick a backend (broken D-Bus, bad config) counts as none; nothing raises."""

    def broken() -> KeyringBackend:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert credentials.secure_store_available() is False
    assert credentials.get_password("https://cms.example", "anna") is None
    problem = credentials.store_problem()
    assert problem is not None
    assert "no secure password store" in problem
    with pytest.raises(credentials.CredentialStoreError):
        credentials.store("https://cms.example", "anna", "pw")


def test_sync_old_cms_address_with_password_is_cleaned_on_the_next_pull(tmp_path: Path) -> None:
    """A working copy whose stored CMS address holds a password (older version) loses it at the next pull."""
    from editor.models.store import open_store
    from editor.models.unit_sync import LanguageSpec
    from editor.sync.memory_client import MemoryCmsClient
    from editor.sync.service import SyncService

    client = MemoryCmsClient(region="x", languages=(("de", False),))
    client.add_page({"de": ("Start", "<p>Hallo</p>")})
    store = open_store(tmp_path, "x", create=True)
    try:
        SyncService(store, client, "x", "editor", lambda _user: "secret").pull()
        region = store.region()
        assert region is not None
        specs = [LanguageSpec("de", "de-DE", "Deutsch", False)]
        with store.unit() as unit:
            unit.ensure_region("x", region.name, f"https://anna:{SECRET}@cms.example", specs)
        SyncService(store, client, "x", "editor", lambda _user: "secret").pull()
        cleaned = store.region()
    finally:
        store.close()
    assert cleaned is not None
    assert cleaned.cms_url == "https://cms.example"


class _RaisingKeyring(MemoryKeyring):
    """A backend that looks secure but fails on every call (a locked or vanished Secret Service)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.NoReply")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.NoReply")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.NoReply")


def test_credentials_failing_backend_gives_messages_not_tracebacks() -> None:
    """A backend raising its own errors: reads give None, writes and deletes raise CredentialStoreError."""
    previous = keyring.get_keyring()
    keyring.set_keyring(_RaisingKeyring())
    try:
        assert credentials.get_proxy_password("http://proxy:3128", "anna") is None
        with pytest.raises(credentials.CredentialStoreError, match="refused to save"):
            credentials.store_proxy("http://proxy:3128", "anna", SECRET)
        with pytest.raises(credentials.CredentialStoreError, match="refused to remove"):
            credentials.forget_proxy("http://proxy:3128", "anna")
    finally:
        keyring.set_keyring(previous)


def test_settings_migration_that_cannot_rewrite_the_file_says_so(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """settings.ini cannot be rewritten: the message says to remove the password, without showing it."""
    _old_settings(tmp_path, f"http://anna:{SECRET}@proxy.office:3128")
    (tmp_path / "settings.tmp").mkdir()  # the atomic save's temporary file cannot be created
    message = migrate_proxy_secret(Config.load(tmp_path))
    assert message is not None
    assert "cannot be rewritten" in message
    assert SECRET not in message


def test_sync_login_without_user_is_refused() -> None:
    """No user name: a LoginRejected that says a user is needed (no request sent)."""
    from editor.sync.errors import LoginRejected
    from editor.sync.login import login

    with pytest.raises(LoginRejected, match="a user name is needed"):
        login(object(), None, None)


def test_config_never_writes_credentials_in_an_address(tmp_path: Path) -> None:
    """Whoever sets an address with user:password@, settings.ini gets the address without it."""
    config = Config.load(tmp_path)
    config.settings.set("cms_url", f"https://anna:{SECRET}@cms.example.org")
    config.settings.set("proxy_url", f"http://anna:{SECRET}@proxy.office:3128")
    text = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert SECRET not in text
    assert "cms_url = https://cms.example.org" in text
