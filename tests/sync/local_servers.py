"""Real HTTP servers on 127.0.0.1 for the credential tests: a recording proxy and a tiny CMS stand-in.

Both record every request they receive (method, target, headers, body), so a test can assert what
crossed the wire: which password reached which server, and that nothing was sent at all.
"""

from __future__ import annotations

import base64
import http.client
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Seen:
    """One request as a server received it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


class _RecordingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        #: A proxy's ``Proxy-Authorization`` it wants (else it answers 407), or None: no login.
        self.wants: str | None = None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.server_address[1]}"

    def wire(self) -> bytes:
        """Everything received, as one blob (for "the password never crossed" checks)."""
        parts = [f"{s.method} {s.target} {s.headers}".encode() + s.body for s in self.seen]
        return b"\n".join(parts)


class _Recording(BaseHTTPRequestHandler):
    server: _RecordingServer

    def _record(self) -> Seen:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        seen = Seen(self.command, self.path, dict(self.headers), body)
        with self.server.lock:
            self.server.seen.append(seen)
        return seen

    def _answer(self, status: int, body: bytes, content_type: str = "text/html", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _ProxyHandler(_Recording):
    """A forward proxy for plain http: records, then relays to the target; refuses CONNECT (502)."""

    def do_CONNECT(self) -> None:
        seen = self._record()
        if not self._logged_in(seen):
            return
        self._answer(502, b"no tunnels here")

    def _logged_in(self, seen: Seen) -> bool:
        """True when the proxy wants no login or got the right one; else answer 407."""
        if self.server.wants is None or seen.headers.get("Proxy-Authorization") == self.server.wants:
            return True
        self._answer(407, b"proxy login needed", Proxy_Authenticate='Basic realm="proxy"')
        return False

    def _relay(self) -> None:
        seen = self._record()
        if not self._logged_in(seen):
            return
        target = urlsplit(seen.target)
        if not target.hostname:
            self._answer(400, b"absolute URL expected")
            return
        headers = {k: v for k, v in seen.headers.items() if k.lower() not in ("proxy-authorization", "host")}
        conn = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=10)
        try:
            path = target.path + (f"?{target.query}" if target.query else "")
            conn.request(seen.method, path, body=seen.body or None, headers=headers)
            answer = conn.getresponse()
            body = answer.read()
        except OSError:
            self._answer(502, b"bad gateway")
            return
        finally:
            conn.close()
        self.send_response(answer.status)  # relayed as they came (a gzip body, every cookie of a login)
        for name, value in answer.getheaders():
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _relay


class _CmsHandler(_Recording):
    """Just enough of an Integreat CMS for a first pull: region, login form, empty page trees."""

    server: CmsServer

    def do_GET(self) -> None:
        seen = self._record()
        path = urlsplit(seen.target).path
        cms = self.server
        if path == f"/api/v3/regions/{cms.region}/" and cms.broken_region:
            self._answer(200, b'{"id": "one"}', "application/json")
        elif path == f"/api/v3/regions/{cms.region}/":
            region = {
                "id": 1, "path": cms.region, "name": "Neustadt", "live": True,
                "languages": [{
                    "id": 1, "code": "de", "bcp47_tag": "de-DE", "native_name": "Deutsch",
                    "dir": "LEFT_TO_RIGHT",
                }],
            }  # fmt: skip
            self._answer(200, json.dumps(region).encode(), "application/json")
        elif path == "/login/":
            form = (
                '<form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="t">'
                '<input name="username"><input name="password" type="password"></form>'
            )
            self._answer(200, form.encode())
        elif path.startswith(f"/{cms.region}/pages/") and cms.keep_session:
            self._answer(200, b"<table></table>")
        elif path.startswith(f"/{cms.region}/"):
            self._answer(302, b"", Location="/login/?next=" + path)
        else:
            self._answer(404, b'{"error": "not found"}', "application/json")

    def do_POST(self) -> None:
        seen = self._record()
        if urlsplit(seen.target).path != "/login/":
            self._answer(404, b"")
            return
        fields = parse_qs(seen.body.decode())
        if fields.get("password") == [self.server.password]:
            self._answer(302, b"", Location=f"/{self.server.region}/")
        else:
            self._answer(200, b"<p>Please enter a correct username and password.</p>")


class CmsServer(_RecordingServer):
    """The CMS stand-in; ``keep_session=False`` makes every logged-in page send us back to /login/."""

    def __init__(self, region: str, password: str) -> None:
        super().__init__(_CmsHandler)
        self.region, self.password, self.keep_session = region, password, True
        self.broken_region = False  # answer the region request with the wrong shape


@contextmanager
def _serving(server: _RecordingServer) -> Iterator[None]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def recording_proxy(user: str | None = None, password: str = "") -> Iterator[_RecordingServer]:
    """A forward proxy on 127.0.0.1 that records each request and relays plain-http ones; with ``user``
    it wants that Basic login (407 without it)."""
    server = _RecordingServer(_ProxyHandler)
    if user is not None:
        server.wants = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    with _serving(server):
        yield server


@contextmanager
def cms_server(region: str, password: str) -> Iterator[CmsServer]:
    """The CMS stand-in on 127.0.0.1 for ``region``, accepting ``password`` for any user."""
    server = CmsServer(region, password)
    with _serving(server):
        yield server
