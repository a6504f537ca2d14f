"""The Qt-free half of ``--self-test`` against real folders, a real HTTP server and real dictionaries."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.config import Config
from editor.models.demo import ensure_demo
from editor.selftest import MESSAGES, check_cms, check_data_dir, check_network, failed, redact, run_checks
from editor.sync.bundled_client import fill_demo


@pytest.fixture
def server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 that answers every GET with 200."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *_args: object) -> None:
            return

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_selftest_fresh_install_has_no_failures(tmp_path: Path) -> None:
    """On this machine (all dictionaries installed) nothing fails; every message has a template."""
    findings = run_checks(Config.load(tmp_path / "data"))
    assert failed(findings) == []
    assert all(f.english() for f in findings)
    assert {f.area for f in findings} >= {"data", "spelling", "keyring", "network", "cms"}
    spelling = [f for f in findings if f.key.startswith("spelling.")]
    assert len(spelling) == 29


def test_selftest_region_vocabulary_from_last_working_copy(tmp_path: Path) -> None:
    """With a working copy open last, its published pages feed the region word lists."""
    ensure_demo(tmp_path, fill_demo).close()
    config = Config.load(tmp_path)
    config.state.set("region", "musterstadt")
    findings = run_checks(config)
    assert not failed(findings)
    assert any(f.key in ("spelling.region", "spelling.region_pending") for f in findings)


def test_selftest_data_dir_not_writable_fails_with_reason(tmp_path: Path) -> None:
    """A data folder that cannot be created is a failure naming the folder and the reason."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    (finding,) = check_data_dir(blocker / "data")
    assert finding.status == "failed"
    assert str(blocker / "data") in finding.english()


def test_selftest_broken_ca_file_fails(tmp_path: Path) -> None:
    """An extra CA file that does not exist makes the check fail and names it."""
    config = Config.load(tmp_path)
    config.settings.set("ca_file", str(tmp_path / "missing.pem"))
    bad = failed(check_network(config))
    assert [f.key for f in bad] == ["network.ca_broken"]
    assert "missing.pem" in bad[0].english()


def test_selftest_proxy_shown_without_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The proxy in effect is reported, its password never."""
    monkeypatch.setenv("HTTPS_PROXY", "http://alice:s3cret@proxy.example:3128")
    text = " ".join(f.english() for f in check_network(Config.load(tmp_path)))
    assert "proxy.example:3128" in text
    assert "s3cret" not in text
    assert redact("http://u:p@h:1/x") == "http://h:1/x"


def test_selftest_cms_reachable_and_unreachable(tmp_path: Path, server: str) -> None:
    """A configured CMS that answers is OK; one on a closed port fails within the bound."""
    config = Config.load(tmp_path)
    config.settings.set("cms_url", server)
    (ok,) = check_cms(config, timeout=2)
    assert (ok.status, ok.key) == ("ok", "cms.ok")
    config.settings.set("cms_url", f"http://127.0.0.1:{_closed_port()}")
    (bad,) = check_cms(config, timeout=2)
    assert (bad.status, bad.key) == ("failed", "cms.unreachable")


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_selftest_proxy_that_wants_a_login_is_named(tmp_path: Path, server: str, scheme: str) -> None:
    """A proxy that answers 407 (a relayed plain-http request, or a refused https tunnel) is reported as
    wanting a login, naming the proxy without its password; a SOCKS proxy as one the app cannot use."""
    from tests.sync.local_servers import recording_proxy

    config = Config.load(tmp_path)
    config.settings.set("cms_url", server.replace("http://", f"{scheme}://"))
    with recording_proxy(user="alice", password="right") as proxy:
        config.settings.set("proxy_url", proxy.url.replace("://", "://alice:wrong@"))
        (finding,) = check_cms(config, timeout=2)
    assert (finding.status, finding.key) == ("failed", "cms.proxy_login")
    assert "wrong" not in finding.english()
    assert proxy.url.split("://")[1].rstrip("/") in finding.english()
    config.settings.set("proxy_url", "socks5://127.0.0.1:1080")
    (finding,) = check_cms(config, timeout=2)
    assert (finding.status, finding.key) == ("failed", "cms.proxy_socks")


def test_selftest_no_cms_configured_is_a_note(tmp_path: Path) -> None:
    """Without a CMS account the check says so and does not fail."""
    (finding,) = check_cms(Config.load(tmp_path))
    assert (finding.status, finding.key) == ("info", "cms.none")
    assert "cms.none" in MESSAGES
