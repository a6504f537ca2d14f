"""``sync`` with secrets where they do not belong: run as a user would (a subprocess), each case ends
in time without a traceback, prints no password, and leaves no password and no half-made working copy
in the data folder. (The sync tests in tests/sync cover the same against real servers in-process.)"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.faults.harness import assert_bar, run

CMS_PASSWORD = "Cms-Pass-3141"
URL_PASSWORD = "Url-Pass-2718"
PROXY_PASSWORD = "Proxy-Pass-1618"
SECRETS = (CMS_PASSWORD, URL_PASSWORD, PROXY_PASSWORD)
#: No real keyring, no proxy from the machine: the run sees only what the case sets.
ENV = {
    "INTEGREAT_DESK_PASSWORD": CMS_PASSWORD,
    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    **dict.fromkeys(("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"), ""),
}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _settings(data: Path, **values: str) -> None:
    data.mkdir(parents=True, exist_ok=True)
    lines = "".join(f"{key} = {value}\n" for key, value in values.items())
    (data / "settings.ini").write_text(f"[values]\n{lines}", encoding="utf-8")


def _cases(port: int) -> dict[str, tuple[str, dict[str, str]]]:
    """name -> (CMS address, settings)."""
    loopback = f"https://127.0.0.1:{port}"
    return {
        "plain-http-off-loopback": ("http://cms.integreat.example", {}),
        "password-in-cms-address": (f"https://anna:{URL_PASSWORD}@127.0.0.1:{port}", {}),
        "password-in-proxy-address": (
            loopback,
            {"proxy_url": f"http://anna:{PROXY_PASSWORD}@127.0.0.1:{port}"},
        ),
        "missing-ca-file": (loopback, {"ca_file": "/nonexistent/integreat-ca.pem"}),
        "ca-file-is-a-folder": (loopback, {"ca_file": "/tmp"}),
        "unreachable-cms": (loopback, {}),
    }


@pytest.mark.parametrize("case", list(_cases(1)))
def test_faults_sync_secrets_never_printed_or_stored(case: str, tmp_path: Path) -> None:
    """A first pull that cannot or must not happen: a message, no password anywhere, no working copy."""
    data = tmp_path / "data"
    cms, settings = _cases(_closed_port())[case]
    _settings(data, **settings)
    result = run("sync", "--data", str(data), "--cms", cms, "--region", "neustadt", "--user", "anna",
                 "--pull-only", env=ENV)  # fmt: skip
    assert_bar(result)
    assert result.returncode != 0, result.describe()
    assert result.stderr.strip(), "no message"
    printed = [secret for secret in SECRETS if secret in result.stdout + result.stderr]
    assert not printed, result.describe()
    stored = [
        str(f) for f in data.rglob("*") if f.is_file() and any(s.encode() in f.read_bytes() for s in SECRETS)
    ]
    assert not stored, stored
    assert not (data / "regions" / "neustadt" / "working-copy.sqlite").exists()
    if case == "plain-http-off-loopback":
        assert "https" in result.stderr, result.describe()
    if case.startswith(("missing-ca", "ca-file")):
        assert "integreat-ca.pem" in result.stderr or "/tmp" in result.stderr, result.describe()
