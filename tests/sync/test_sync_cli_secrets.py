"""``integreat-desk sync`` and secrets: proxy and CMS passwords, plain http, CA file, failed first pulls.

Real servers on 127.0.0.1 only (``tests/sync/local_servers.py``): a recording proxy and a small CMS
stand-in. After each run the passwords are looked for in stdout, stderr, every log record and every
file of the data folder (settings.ini, the SQLite working copy and its WAL).
"""

from __future__ import annotations

import base64
import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from editor.cli import parse_args
from editor.models.store import open_store
from editor.sync import credentials
from tests.support import MemoryKeyring
from tests.sync.local_servers import CmsServer, cms_server, recording_proxy

REGION = "neustadt"
CMS_PASSWORD = "Cms-Pass-4711"
PROXY_PASSWORD = "Proxy-Pass-0815"


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """No proxy from the machine; every log record kept."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    caplog.set_level(logging.DEBUG)


@pytest.fixture
def cms() -> Iterator[CmsServer]:
    """The CMS stand-in, accepting CMS_PASSWORD."""
    with cms_server(REGION, CMS_PASSWORD) as server:
        yield server


def _run(*argv: str) -> int:
    args = parse_args(["sync", *argv])
    return int(args.func(args))


def _settings(data: Path, **values: str) -> Path:
    ini = data / "settings.ini"
    data.mkdir(parents=True, exist_ok=True)
    ini.write_text("[values]\n" + "".join(f"{k} = {v}\n" for k, v in values.items()), encoding="utf-8")
    return ini


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _leaks(secret: str, data: Path, out: str, err: str, caplog: pytest.LogCaptureFixture) -> list[str]:
    """Where ``secret`` shows up: output, log records, files under ``data``."""
    found = [name for name, text in (("stdout", out), ("stderr", err)) if secret in text]
    found += [f"log {r.name}" for r in caplog.records if secret in r.getMessage()]
    found += [str(f) for f in data.rglob("*") if f.is_file() and secret.encode() in f.read_bytes()]
    return found


def _first_pull(data: Path, cms_url: str) -> tuple[str, ...]:
    return ("--data", str(data), "--cms", cms_url, "--region", REGION, "--user", "anna")


def _nothing_left(data: Path) -> bool:
    return not (data / "regions").exists()


def test_sync_cli_wrong_password_leaves_no_working_copy(
    cms: CmsServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused login on the first pull: exit 3, one clear line, and no working copy (not even a folder)."""
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", "wrong-password")
    code = _run(*_first_pull(tmp_path, cms.url), "--pull-only")
    err = capsys.readouterr().err
    assert code == 3
    assert "rejected the login of anna" in err
    assert "Traceback" not in err
    assert _nothing_left(tmp_path)


def test_sync_cli_without_a_password_says_none_is_known_not_that_the_cms_refused(
    cms: CmsServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No password in the environment or the keyring: the line says so; no login was sent to the CMS."""
    code = _run(*_first_pull(tmp_path, cms.url), "--pull-only")
    err = capsys.readouterr().err
    assert code == 3
    assert "cannot log in as anna: no password known: set INTEGREAT_DESK_PASSWORD" in err
    assert "rejected" not in err
    assert not [seen for seen in cms.seen if seen.method == "POST"]
    assert _nothing_left(tmp_path)


def test_sync_cli_failure_after_login_removes_the_new_working_copy(
    cms: CmsServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CMS drops the session right after the login: the working copy this run made is removed."""
    cms.keep_session = False
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", CMS_PASSWORD)
    code = _run(*_first_pull(tmp_path, cms.url), "--pull-only")
    assert code == 3
    assert "session has expired" in capsys.readouterr().err
    assert _nothing_left(tmp_path)


def test_sync_cli_malformed_region_is_a_message_and_leaves_nothing(
    cms: CmsServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A region answer of the wrong shape on the first pull: exit 3 naming the URL, nothing left."""
    cms.broken_region = True
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", CMS_PASSWORD)
    code = _run(*_first_pull(tmp_path, cms.url))
    err = capsys.readouterr().err
    assert code == 3
    assert "/api/v3/regions/neustadt/" in err
    assert _nothing_left(tmp_path)


def test_sync_cli_failure_keeps_a_working_copy_it_did_not_create(
    cms: CmsServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a file this run created is removed: a later failing sync leaves the existing copy alone."""
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", CMS_PASSWORD)
    base = ("--data", str(tmp_path), "--region", REGION, "--user", "anna", "--pull-only")
    assert _run(*base, "--cms", cms.url) == 0
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", "wrong-password")
    assert _run(*base) == 3
    assert (tmp_path / "regions" / REGION / "working-copy.sqlite").exists()


def test_sync_cli_proxy_password_from_old_settings_goes_to_keyring_and_nowhere_else(
    cms: CmsServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    """An old settings.ini with the password in the proxy URL: moved to the keyring, sent to the proxy only.

    The first pull goes through the proxy, creates the working copy, and neither password is in
    stdout, stderr, a log record, settings.ini or the SQLite files.
    """
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", CMS_PASSWORD)
    with recording_proxy() as proxy:
        address = proxy.url.replace("http://", f"http://anna:{PROXY_PASSWORD}@")
        ini = _settings(tmp_path, proxy_url=address)
        code = _run("--data", str(tmp_path), "--cms", cms.url, "--region", REGION, "--user", "anna", "--json")
    out, err = capsys.readouterr()
    assert code == 0, err
    token = base64.b64encode(f"anna:{PROXY_PASSWORD}".encode()).decode()
    assert proxy.seen, "the proxy was not used"
    assert all(s.headers.get("Proxy-Authorization") == f"Basic {token}" for s in proxy.seen)
    assert all(PROXY_PASSWORD not in s.target for s in proxy.seen)
    assert PROXY_PASSWORD.encode() not in cms.wire()  # the proxy password never reaches the CMS
    assert memory_keyring.store[(f"integreat-desk/proxy/{proxy.url}", "anna")] == PROXY_PASSWORD
    assert f"proxy_url = {proxy.url}" in ini.read_text(encoding="utf-8")
    assert "moved to the system keyring" in err
    store = open_store(tmp_path, REGION)
    region = store.region()
    store.close()
    assert region is not None
    assert region.cms_url == cms.url
    for secret in (PROXY_PASSWORD, CMS_PASSWORD):
        assert _leaks(secret, tmp_path, out, err, caplog) == []


def test_sync_cli_refuses_plain_http_before_any_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """http:// to another computer: exit 2 with the reason, and not one request leaves (proxy sees none)."""
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", CMS_PASSWORD)
    with recording_proxy() as proxy:
        _settings(tmp_path, proxy_url=proxy.url)
        code = _run(
            "--data", str(tmp_path), "--cms", "http://cms.example.org", "--region", REGION, "--user", "anna"
        )
    err = capsys.readouterr().err
    assert code == 2
    assert "http://cms.example.org" in err
    assert "unencrypted" in err
    assert proxy.seen == []
    assert _nothing_left(tmp_path)


def test_sync_cli_cms_address_with_password_is_refused_and_not_echoed(
    cms: CmsServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``--cms http://anna:pw@host`` is refused: nothing sent, nothing stored, the password not echoed."""
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", CMS_PASSWORD)
    with_password = cms.url.replace("http://", f"http://anna:{CMS_PASSWORD}@")
    code = _run("--data", str(tmp_path), "--cms", with_password, "--region", REGION, "--user", "anna")
    out, err = capsys.readouterr()
    assert code == 2
    assert "must not contain a user name or password" in err
    assert cms.url in err
    assert cms.seen == []
    assert _nothing_left(tmp_path)
    assert _leaks(CMS_PASSWORD, tmp_path, out, err, caplog) == []


def test_sync_cli_env_proxy_password_is_never_echoed(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """HTTPS_PROXY=http://user:pw@host that refuses: the message names the proxy without its password."""
    port = _free_port()
    monkeypatch.setenv("HTTPS_PROXY", f"http://anna:{PROXY_PASSWORD}@127.0.0.1:{port}")
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", CMS_PASSWORD)
    code = _run(
        "--data", str(tmp_path), "--cms", "https://cms.example.invalid", "--region", REGION, "--user", "anna"
    )
    out, err = capsys.readouterr()
    assert code == 3
    assert f"proxy refused the connection: http://127.0.0.1:{port}" in err
    assert _leaks(PROXY_PASSWORD, tmp_path, out, err, caplog) == []
    assert _nothing_left(tmp_path)


@pytest.mark.parametrize("cms_kind", ["plain http on this computer", "https"])
def test_sync_cli_proxy_wanting_another_login_says_so_without_the_password(
    cms_kind: str,
    cms: CmsServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A proxy that answers 407 to the user and password in its address (a request relayed, or the tunnel
    of an https CMS): the line names the proxy and its login, not the CMS, and never the password."""
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", CMS_PASSWORD)
    with recording_proxy("anna", "the-right-one") as proxy:
        address = proxy.url.replace("http://", f"http://anna:{PROXY_PASSWORD}@")
        monkeypatch.setenv("HTTP_PROXY", address)
        monkeypatch.setenv("HTTPS_PROXY", address)
        cms_url = cms.url if cms_kind.startswith("plain") else "https://cms.example.invalid"
        code = _run(*_first_pull(tmp_path, cms_url), "--pull-only")
    out, err = capsys.readouterr()
    assert code == 3
    assert f"the proxy {proxy.url} wants a login (HTTP 407): check the proxy's user name and password" in err
    assert "CMS refused" not in err
    assert proxy.seen, "the proxy was not asked"
    assert _leaks(PROXY_PASSWORD, tmp_path, out, err, caplog) == []
    assert _nothing_left(tmp_path)


def test_sync_cli_socks_proxy_is_named_as_unsupported_without_the_password(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ALL_PROXY=socks5://user:pw@host: one line saying a SOCKS proxy cannot be used, not "InvalidSchema"."""
    monkeypatch.setenv("ALL_PROXY", f"socks5://anna:{PROXY_PASSWORD}@127.0.0.1:{_free_port()}")
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", CMS_PASSWORD)
    code = _run(*_first_pull(tmp_path, "https://cms.example.invalid"), "--pull-only")
    out, err = capsys.readouterr()
    assert code == 3
    assert "is a SOCKS proxy, which Integreat Desk cannot use: set an http:// proxy" in err
    assert "InvalidSchema" not in err
    assert _leaks(PROXY_PASSWORD, tmp_path, out, err, caplog) == []
    assert _nothing_left(tmp_path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [(None, "does not exist"), (b"not a certificate\n", "no certificate"), ("folder", "folder")],
)
def test_sync_cli_bad_ca_file_is_one_clear_line(
    content: bytes | str | None,
    reason: str,
    cms: CmsServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A missing, unreadable or wrong ca_file: exit 2 naming the file and setting, nothing sent or left."""
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", CMS_PASSWORD)
    ca = tmp_path / "office-ca.pem"
    if content == "folder":
        ca.mkdir()
    elif isinstance(content, bytes):
        ca.write_bytes(content)
    data = tmp_path / "data"
    _settings(data, ca_file=str(ca))
    code = _run("--data", str(data), "--cms", cms.url, "--region", REGION, "--user", "anna")
    err = capsys.readouterr().err
    assert code == 2
    assert str(ca) in err
    assert "ca_file" in err
    assert reason in err
    assert "Traceback" not in err
    assert cms.seen == []
    assert _nothing_left(data)


def test_sync_cli_without_secure_store_says_so(
    cms: CmsServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Headless Linux without D-Bus (keyring's fail backend) and no password variable: a sentence, no file."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code = _run("--data", str(tmp_path), "--cms", cms.url, "--region", REGION, "--user", "anna")
    finally:
        keyring.set_keyring(previous)
    err = capsys.readouterr().err
    assert code == 3
    assert "no secure password store" in err
    assert credentials.PASSWORD_ENV_VAR in err
    assert "Traceback" not in err
    assert _nothing_left(tmp_path)
