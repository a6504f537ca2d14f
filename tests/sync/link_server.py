"""A real HTTP server on 127.0.0.1 with the answers a link check meets (tests only)."""

from __future__ import annotations

import datetime as dt
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

#: path → (status, Location); ``/slow`` sleeps, ``/nohead`` refuses HEAD.
ROUTES: dict[str, tuple[int, str | None]] = {
    "/ok": (200, None),
    "/moved": (301, "/moved-again"),
    "/moved-again": (308, "/ok"),
    "/gone-after-move": (301, "/missing"),
    "/missing": (404, None),
    "/gone": (410, None),
    "/error": (500, None),
    "/loop": (302, "/loop"),
}


class LinkServer(ThreadingHTTPServer):
    """Records the requests (method, path) it receives."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.seen: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self.delay = 0.0

    def url(self, path: str, scheme: str = "http", host: str = "127.0.0.1") -> str:
        """An address on this server."""
        return f"{scheme}://{host}:{self.server_address[1]}{path}"


class _Handler(BaseHTTPRequestHandler):
    server: LinkServer

    def _answer(self) -> None:
        server = self.server
        with server.lock:
            server.seen.append((self.command, self.path))
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
        try:
            if server.delay:
                time.sleep(server.delay)
            if self.path == "/slow":
                time.sleep(2.0)
            status, location = ROUTES.get(self.path.split("?", 1)[0], (404, None))
            if self.path == "/nohead":
                status = 405 if self.command == "HEAD" else 200
            self.send_response(status)
            if location:
                self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()
        finally:
            with server.lock:
                server.in_flight -= 1

    do_GET = do_HEAD = _answer

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def link_server(tls_folder: Path | None = None) -> Iterator[LinkServer]:
    """The server, behind TLS with a self-signed (untrusted) certificate when ``tls_folder`` is given."""
    server = LinkServer()
    if tls_folder is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*_self_signed(tls_folder))
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Untrusted Link Test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path
