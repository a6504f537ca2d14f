"""Tests for editor.sync.network: TLS trust, proxies, timeouts, retries and error classes."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests
import responses
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from editor.sync import network
from editor.sync.cms_client import HttpCmsClient
from editor.sync.cms_types import MalformedResponse
from editor.sync.network import NetworkConfig, classify, make_session

FAST = NetworkConfig(connect_timeout=2, read_timeout=2, retries=0)


class _Handler(BaseHTTPRequestHandler):
    """Answers from a script on the server: a list of (status, body, delay)."""

    def do_GET(self) -> None:
        server = self.server
        server.seen.append(dict(self.headers))  # type: ignore[attr-defined]
        status, body, delay = server.script.pop(0) if server.script else (200, b"{}", 0)  # type: ignore[attr-defined]
        time.sleep(delay)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    """A local HTTP server on 127.0.0.1 with a scripted list of answers."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.script = []  # type: ignore[attr-defined]
    httpd.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _url(httpd: ThreadingHTTPServer, scheme: str = "http", host: str = "127.0.0.1") -> str:
    return f"{scheme}://{host}:{httpd.server_address[1]}/"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _cert(
    subject: str,
    issuer_key: ec.EllipticCurvePrivateKey | None = None,
    issuer: x509.Name | None = None,
    ca: bool = False,
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer or name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False
        )
    return builder.sign(issuer_key or key, hashes.SHA256()), key


@pytest.fixture
def tls_server(server: ThreadingHTTPServer, tmp_path: Path) -> tuple[str, Path]:
    """The local server behind TLS with a certificate from a CA made in this test."""
    ca_cert, ca_key = _cert("Desk Test CA", ca=True)
    leaf, leaf_key = _cert("localhost", ca_key, ca_cert.subject)
    (tmp_path / "ca.pem").write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "leaf.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "leaf.key").write_bytes(
        leaf_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(tmp_path / "leaf.pem", tmp_path / "leaf.key")
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    return _url(server, "https", "localhost"), tmp_path / "ca.pem"


def test_network_untrusted_certificate_names_issuer(tls_server: tuple[str, Path]) -> None:
    """A certificate from an unknown CA fails verification, and the error names the issuer."""
    url, _ca = tls_server
    with pytest.raises(requests.exceptions.SSLError) as info:
        make_session(FAST).get(url)
    error = classify(info.value)
    assert isinstance(error, network.CertificateError)
    assert "Desk Test CA" in str(error)
    assert "not trusted" in str(error)
    assert error.reason_code == "unknown_issuer"


def test_network_custom_ca_file_is_trusted(tls_server: tuple[str, Path]) -> None:
    """With the CA file configured the same server verifies and answers."""
    url, ca = tls_server
    session = make_session(NetworkConfig(ca_file=str(ca), retries=0))
    assert session.get(url).status_code == 200


def test_network_verify_false_is_ignored(tls_server: tuple[str, Path]) -> None:
    """Even verify=False from a caller cannot switch verification off."""
    url, _ca = tls_server
    with pytest.raises(requests.exceptions.SSLError):
        make_session(FAST).get(url, verify=False)


def test_network_proxy_refusal_names_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """An explicit proxy on a closed port gives ProxyError naming that proxy."""
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    proxy = f"http://127.0.0.1:{_free_port()}"
    config = NetworkConfig(proxy=proxy, retries=0, connect_timeout=2)
    with pytest.raises(requests.exceptions.ProxyError) as info:
        make_session(config).get("http://cms.example.invalid/api/v3/regions/")
    error = classify(info.value, proxy=proxy)
    assert isinstance(error, network.ProxyError)
    assert str(error) == f"proxy refused the connection: {proxy}"


def test_network_env_proxy_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    """HTTP(S)_PROXY from the environment is used (trust_env)."""
    proxy = f"http://127.0.0.1:{_free_port()}"
    monkeypatch.setenv("HTTP_PROXY", proxy)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with pytest.raises(requests.exceptions.ProxyError):
        make_session(FAST).get("http://cms.example.invalid/")


def test_network_no_proxy_bypasses_proxy(
    server: ThreadingHTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NO_PROXY hosts are reached directly even with an explicit proxy configured."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    config = NetworkConfig(proxy=f"http://127.0.0.1:{_free_port()}", retries=0)
    assert make_session(config).get(_url(server)).status_code == 200


def test_network_unreachable_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """A closed port is Unreachable with the host and 'connection refused'."""
    port = _free_port()
    with pytest.raises(requests.exceptions.ConnectionError) as info:
        make_session(FAST).get(f"http://127.0.0.1:{port}/")
    error = classify(info.value)
    assert isinstance(error, network.Unreachable)
    assert str(error) == f"cannot reach 127.0.0.1:{port}: connection refused"
    assert error.reason_code == "refused"


def test_network_unknown_host_has_the_dns_reason_code() -> None:
    """A host name that does not resolve (the reserved .invalid domain) is Unreachable with code "dns"."""
    with pytest.raises(requests.exceptions.ConnectionError) as info:
        make_session(FAST).get("https://no-such-host.invalid/")
    error = classify(info.value)
    assert isinstance(error, network.Unreachable)
    assert error.reason_code == "dns"
    assert str(error) == "cannot reach no-such-host.invalid: host name not found"


def test_network_missing_ca_file_has_a_reason_code(tmp_path: Path) -> None:
    """A CA file that does not exist, or a folder given as one, carries a code for the UI's wording."""
    with pytest.raises(network.CaFileError) as missing:
        make_session(NetworkConfig(ca_file=str(tmp_path / "none.pem")))
    assert missing.value.reason_code == "missing"
    with pytest.raises(network.CaFileError) as folder:
        make_session(NetworkConfig(ca_file=str(tmp_path)))
    assert folder.value.reason_code == "folder"


def test_network_read_timeout_is_timeout(server: ThreadingHTTPServer) -> None:
    """A server slower than the read timeout gives Timeout."""
    server.script.append((200, b"{}", 1.5))  # type: ignore[attr-defined]
    config = NetworkConfig(read_timeout=0.3, retries=0)
    with pytest.raises(requests.RequestException) as info:
        make_session(config).get(_url(server))
    assert isinstance(classify(info.value), network.Timeout)
    server.script.append((200, b"{}", 1.5))  # type: ignore[attr-defined]
    with pytest.raises(network.Timeout):
        HttpCmsClient(_url(server), config).languages("x")


def test_network_silent_server_is_asked_twice_not_four_times(server: ThreadingHTTPServer) -> None:
    """A server that does not answer within the read timeout is asked once more (a slow moment passes),
    not as often as a failed connect: a silent CMS must not hold a sync for four read timeouts."""
    server.script.extend([(200, b"{}", 1.0)] * 4)  # type: ignore[attr-defined]
    config = NetworkConfig(read_timeout=0.3, retries=3, backoff=0.01)
    with pytest.raises(network.Timeout):
        HttpCmsClient(_url(server), config).languages("x")
    assert len(server.seen) == 2  # type: ignore[attr-defined]
    server.script.clear()  # type: ignore[attr-defined]
    server.script.extend([(200, b"[]", 1.0), (200, b"[]", 0)])  # type: ignore[attr-defined]
    assert HttpCmsClient(_url(server), config).languages("x") == []  # the second try answers


def test_network_retries_5xx_for_get(server: ThreadingHTTPServer) -> None:
    """Two 503 answers are retried with backoff; the third answer is returned."""
    server.script.extend([(503, b"{}", 0), (503, b"{}", 0), (200, b'{"ok": 1}', 0)])  # type: ignore[attr-defined]
    config = NetworkConfig(retries=3, backoff=0.01)
    response = make_session(config).get(_url(server))
    assert response.json() == {"ok": 1}
    assert len(server.seen) == 3  # type: ignore[attr-defined]


def test_network_retries_are_bounded(server: ThreadingHTTPServer) -> None:
    """After the retry budget the last 5xx answer comes back as ServerError."""
    server.script.extend([(502, b'{"error": "bad gateway"}', 0)] * 5)  # type: ignore[attr-defined]
    client = HttpCmsClient(_url(server), NetworkConfig(retries=2, backoff=0.01))
    with pytest.raises(network.ServerError) as info:
        client.region("x")
    assert info.value.status == 502
    assert len(server.seen) == 3  # type: ignore[attr-defined]


def test_network_html_error_page_is_named_by_its_headings(server: ThreadingHTTPServer) -> None:
    """An HTML error page (the CMS's "CSRF Fehler" page) is reported by its headings, not its markup."""
    page = (
        b'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8" /><title>Integreat Redaktionssystem'
        b"</title><style>h1 { color: red }</style></head><body><nav><a href='/'>Start</a></nav>"
        b"<h1>CSRF Fehler</h1><h2>Fehler 403</h2><p>Bitte versuchen Sie, die Seite neu zu laden.</p>"
        b"</body></html>"
    )
    server.script.append((403, page, 0))  # type: ignore[attr-defined]
    with pytest.raises(network.ClientError) as info:
        HttpCmsClient(_url(server), FAST).languages("x")
    assert info.value.message == "CSRF Fehler · Fehler 403"
    assert str(info.value) == "the CMS refused the request with HTTP 403: CSRF Fehler · Fehler 403"


def test_network_user_agent_and_timeout_defaults(server: ThreadingHTTPServer) -> None:
    """Every request carries the app's User-Agent."""
    make_session(FAST).get(_url(server))
    assert server.seen[0]["User-Agent"].startswith("IntegreatDesk/")  # type: ignore[attr-defined]


@responses.activate
def test_network_connect_timeout_classified() -> None:
    """A connect timeout raised below requests is reported as Timeout."""
    responses.get("https://cms.example/api/v3/regions/x/", body=requests.exceptions.ConnectTimeout())
    with pytest.raises(network.Timeout):
        HttpCmsClient("https://cms.example").region("x")


@responses.activate
@pytest.mark.parametrize(
    ("status", "body", "kind", "message"),
    [
        (401, '{"error": "auth"}', network.ClientError, "auth"),
        (403, '{"status": "denied"}', network.ClientError, "denied"),
        (404, '{"error": "No language matches the given query."}', network.ClientError, "No language"),
        (500, "<h1>Server Error (500)</h1>", network.ServerError, "Server Error (500)"),
    ],
)
def test_network_http_errors_classified(status: int, body: str, kind: type, message: str) -> None:
    """4xx/5xx answers become ClientError/ServerError carrying status and server message."""
    responses.get("https://cms.example/api/v3/x/languages/", body=body, status=status)
    with pytest.raises(kind) as info:
        HttpCmsClient("https://cms.example").languages("x")
    assert info.value.status == status
    assert message in info.value.message


@responses.activate
def test_network_malformed_json_names_url() -> None:
    """Invalid JSON raises MalformedResponse naming the URL."""
    responses.get("https://cms.example/api/v3/x/languages/", body="not json{")
    with pytest.raises(MalformedResponse) as info:
        HttpCmsClient("https://cms.example").languages("x")
    assert "https://cms.example/api/v3/x/languages/" in str(info.value)


@responses.activate
def test_network_wrong_shape_names_field() -> None:
    """A page without a title raises MalformedResponse naming the field."""
    page = {
        "id": 1,
        "path": "/x/de/a/",
        "content": "",
        "last_updated": "",
        "parent": {"id": 0},
        "order": 1,
        "available_languages": {},
    }
    responses.get("https://cms.example/api/v3/x/de/pages/", json=[page])
    with pytest.raises(MalformedResponse) as info:
        HttpCmsClient("https://cms.example").pages("x", "de")
    assert "field 'title' is missing" in str(info.value)
    assert info.value.url == "https://cms.example/api/v3/x/de/pages/"


@responses.activate
def test_network_request_counter() -> None:
    """The client counts each HTTP request."""
    responses.get("https://cms.example/api/v3/x/languages/", json=[])
    client = HttpCmsClient("https://cms.example")
    client.languages("x")
    client.languages("x")
    assert client.request_count == 2


class _Redirecting(BaseHTTPRequestHandler):
    """Answers every GET with a redirect to ``server.target`` (plain http on another computer)."""

    def do_GET(self) -> None:
        self.server.seen.append(self.path)  # type: ignore[attr-defined]
        self.send_response(302)
        self.send_header("Location", self.server.target + self.path)  # type: ignore[attr-defined]
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_network_redirect_to_plain_http_on_another_computer_is_not_followed() -> None:
    """A local CMS that redirects to plain http:// on another computer: the redirect is refused, named,
    before any connection there (192.0.2.1 is TEST-NET: following it would end in a connect timeout)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Redirecting)
    httpd.seen = []  # type: ignore[attr-defined]
    httpd.target = "http://192.0.2.1:8916"  # type: ignore[attr-defined]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        started = time.monotonic()
        with pytest.raises(network.AddressRefused) as info:
            HttpCmsClient(_url(httpd), FAST).region("neustadt")
        assert time.monotonic() - started < 1.5
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert info.value.reason_code == "redirect"
    assert info.value.url == "http://192.0.2.1:8916/api/v3/regions/neustadt"
    assert "redirected there, which is not followed" in str(info.value)
    assert httpd.seen == ["/api/v3/regions/neustadt/"]  # type: ignore[attr-defined]


def test_network_redirect_on_this_computer_is_followed(server: ThreadingHTTPServer) -> None:
    """A redirect that stays on this computer (plain http to 127.0.0.1) is followed as before."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Redirecting)
    httpd.seen = []  # type: ignore[attr-defined]
    httpd.target = _url(server).rstrip("/")  # type: ignore[attr-defined]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    german = b'[{"id": 1, "code": "de", "bcp47_tag": "de-DE", "native_name": "D", "dir": "LEFT_TO_RIGHT"}]'
    server.script.append((200, german, 0))  # type: ignore[attr-defined]
    try:
        languages = HttpCmsClient(_url(httpd), FAST).languages("neustadt")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert [language.code for language in languages] == ["de"]


def test_network_connection_closed_without_an_answer_is_a_reset() -> None:
    """A server that closes the connection without answering is "connection reset", not the repr of
    urllib3's ("Connection aborted.", RemoteDisconnected(...)) tuple."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        port = listener.getsockname()[1]

        def close_all() -> None:
            for _ in range(4):
                try:
                    conn, _addr = listener.accept()
                except OSError:
                    return
                conn.recv(65536)
                conn.close()

        threading.Thread(target=close_all, daemon=True).start()
        with pytest.raises(network.Unreachable) as info:
            HttpCmsClient(f"http://127.0.0.1:{port}", FAST).region("neustadt")
    assert info.value.reason_code == "reset"
    assert str(info.value) == f"cannot reach 127.0.0.1:{port}: connection reset"
