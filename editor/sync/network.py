"""HTTP sessions for talking to an Integreat CMS, and the typed network errors users see.

:func:`make_session` builds a :class:`requests.Session` that

* verifies TLS always, against the operating system's trust store (``truststore``), plus an
  optional extra CA file; ``verify=False`` and ``REQUESTS_CA_BUNDLE`` are ignored;
* honours the system proxy settings and ``HTTPS_PROXY``/``NO_PROXY`` (``trust_env``), and an
  explicit proxy from the settings, which wins over the environment; the explicit proxy's user and
  password (from the keyring) go to that proxy only, as a ``Proxy-Authorization`` header, never in
  a URL;
* puts a timeout on every request and a User-Agent naming the app;
* retries idempotent GET/HEAD requests on 5xx answers, read timeouts and failed connections, a
  bounded number of times with exponential backoff.

:func:`classify` turns any exception from ``requests`` into a :class:`NetworkError` subclass with
a clear English message. Nothing here logs passwords, tokens or cookies; every address in a message
passes through :mod:`editor.sync.redact` (a proxy from ``HTTPS_PROXY=http://user:pw@host`` is shown
as ``http://host``).
"""

from __future__ import annotations

import errno
import logging
import re
import socket
import ssl
import urllib.request
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

import requests
import truststore
import urllib3
from requests.adapters import HTTPAdapter
from requests.auth import _basic_auth_str
from requests.utils import should_bypass_proxies
from urllib3.util.retry import Retry

from editor.sync.errors import (
    UNREACHABLE_REASONS,
    USER_AGENT,
    AddressRefused,
    CaFileError,
    CertificateError,
    ClientError,
    LoginRejected,
    NetworkConfig,
    NetworkError,
    ProxyError,
    ServerError,
    Timeout,
    Unreachable,
)
from editor.sync.redact import strip_userinfo

__all__ = [
    "USER_AGENT",
    "AddressRefused",
    "CaFileError",
    "CertificateError",
    "ClientError",
    "LoginRejected",
    "NetworkConfig",
    "NetworkError",
    "ProxyError",
    "ServerError",
    "Timeout",
    "Unreachable",
    "classify",
    "error_for_response",
    "make_session",
]

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({500, 502, 503, 504})


# --- session --------------------------------------------------------------------------------


def make_ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    """Return a context that verifies against the OS trust store plus ``ca_file``.

    Raises :class:`CaFileError` naming the file when it is missing, unreadable or no certificate.
    """
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_file:
        try:
            ctx.load_verify_locations(cafile=ca_file)
        except FileNotFoundError:
            raise CaFileError(ca_file, "the file does not exist", "missing") from None
        except IsADirectoryError:
            raise CaFileError(ca_file, "this is a folder, not a file", "folder") from None
        except PermissionError:
            raise CaFileError(ca_file, "the file cannot be read (permission denied)", "permission") from None
        except (ssl.SSLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", None) or type(exc).__name__
            raise CaFileError(
                ca_file, f"no certificate in PEM format could be read ({reason})", "no_pem"
            ) from None
    return ctx


def check_ca_file(ca_file: str | None) -> None:
    """Raise :class:`CaFileError` when ``ca_file`` is set but cannot be used (nothing is sent)."""
    if ca_file:
        make_ssl_context(ca_file)


class _VerifiedAdapter(HTTPAdapter):
    """An adapter that always verifies with our context and always sets a timeout."""

    def __init__(
        self,
        ctx: ssl.SSLContext,
        timeout: tuple[float, float],
        retry: Retry,
        proxy_auth: tuple[str, str, str] | None = None,
    ) -> None:
        self._ctx = ctx
        self._timeout = timeout
        self._proxy_auth = proxy_auth  # (proxy address, user, password)
        super().__init__(max_retries=retry)

    def proxy_headers(self, proxy: str) -> dict[str, str]:
        """Add the configured proxy's credentials, for that proxy only."""
        headers: dict[str, str] = super().proxy_headers(proxy)
        if self._proxy_auth is not None and "Proxy-Authorization" not in headers:
            address, user, password = self._proxy_auth
            if _same_proxy(proxy, address):
                headers["Proxy-Authorization"] = _basic_auth_str(user, password)
        return headers

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Create the pool manager with our SSL context."""
        kwargs["ssl_context"] = self._ctx
        super().init_poolmanager(*args, **kwargs)

    def build_connection_pool_key_attributes(
        self, request: requests.PreparedRequest, verify: Any, cert: Any = None
    ) -> Any:
        """Key pools on our context, whatever ``verify`` says."""
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(request, True, cert)
        pool_kwargs.pop("ca_certs", None)
        pool_kwargs.pop("ca_cert_dir", None)
        pool_kwargs["cert_reqs"] = "CERT_REQUIRED"
        pool_kwargs["ssl_context"] = self._ctx
        return host_params, pool_kwargs

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        """Require verification, without loading requests' own CA bundle."""
        super().cert_verify(conn, url, True, cert)  # type: ignore[no-untyped-call]
        conn.cert_reqs = "CERT_REQUIRED"
        conn.ca_certs = None
        conn.ca_cert_dir = None

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        """Send with verification on and a default timeout."""
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self._timeout
        kwargs["verify"] = True
        if args:  # positional ``stream`` only; keep the rest keyword-based
            kwargs["stream"] = args[0]
        return super().send(request, **kwargs)


class _Session(requests.Session):
    """A session whose explicit proxy wins over the environment and which always verifies."""

    def __init__(self, proxy: str | None) -> None:
        super().__init__()
        self._proxy = proxy

    def merge_environment_settings(self, url: Any, proxies: Any, stream: Any, verify: Any, cert: Any) -> Any:
        """Merge as requests does, then apply the explicit proxy and force verification."""
        settings: Any = super().merge_environment_settings(url, proxies, stream, verify, cert)
        if self._proxy and not should_bypass_proxies(url, no_proxy=None):
            settings["proxies"] = {"http": self._proxy, "https": self._proxy}
        settings["verify"] = True
        return settings


#: A server that took the request and did not answer within the read timeout is asked once more, not
#: ``retries`` times: a silent CMS fails after about two read timeouts (was four, four minutes).
READ_RETRIES = 1


def make_retry(config: NetworkConfig) -> Retry:
    """Return the bounded retry policy: idempotent methods, 5xx, failed connects, one more try after
    a read timeout."""
    return Retry(
        total=config.retries,
        connect=config.retries,
        read=min(config.retries, READ_RETRIES),
        status=config.retries,
        other=0,
        allowed_methods=frozenset({"GET", "HEAD"}),
        status_forcelist=RETRY_STATUSES,
        backoff_factor=config.backoff,
        backoff_max=10.0,
        raise_on_status=False,
        respect_retry_after_header=True,
    )


def _same_proxy(a: str, b: str) -> bool:
    """True when two proxy addresses name the same scheme, host and port."""
    pa, pb = urlsplit(_with_scheme(a)), urlsplit(_with_scheme(b))
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)


def _with_scheme(proxy: str) -> str:
    return proxy if "://" in proxy else "http://" + proxy


def _proxy_auth(config: NetworkConfig, proxy: str | None) -> tuple[str, str, str] | None:
    """(proxy, user, password) for the explicit proxy: the configured user, else the address's own."""
    if proxy is None or config.proxy is None:
        return None
    if config.proxy_user:
        return proxy, config.proxy_user, config.proxy_password or ""
    parts = urlsplit(_with_scheme(config.proxy))
    if parts.username is None:
        return None
    return proxy, unquote(parts.username), unquote(parts.password or "")


def make_session(config: NetworkConfig) -> requests.Session:
    """Return a session configured as described in the module docstring.

    Raises :class:`CaFileError` when the extra CA file cannot be used.
    """
    proxy = _with_scheme(strip_userinfo(config.proxy)) if config.proxy else None
    session = _Session(proxy)
    session.trust_env = True
    session.headers["User-Agent"] = config.user_agent
    auth = _proxy_auth(config, proxy)
    adapter = _VerifiedAdapter(
        make_ssl_context(config.ca_file),
        (config.connect_timeout, config.read_timeout),
        make_retry(config),
        auth,
    )
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


# --- classification -------------------------------------------------------------------------


def _host_of(exc: requests.RequestException) -> str:
    """Return ``host[:port]`` of the request that failed, or a placeholder."""
    url = getattr(exc.request, "url", None) or ""
    return _netloc(str(url)) or "the server"


def _netloc(url: str) -> str:
    """``host[:port]`` of ``url``, never with its user name or password."""
    return urlsplit(strip_userinfo(url)).netloc


def _root_cause(exc: BaseException) -> BaseException:
    """Follow ``reason``/``args``/``__context__`` links down to the innermost exception."""
    seen: set[int] = set()
    current: BaseException = exc
    while id(current) not in seen:
        seen.add(id(current))
        inner = getattr(current, "reason", None)
        if not isinstance(inner, BaseException):  # urllib3's ProtocolError: ("Connection aborted.", exc)
            inner = next((arg for arg in current.args if isinstance(arg, BaseException)), None)
        if not isinstance(inner, BaseException):
            inner = current.__cause__ or current.__context__
        if not isinstance(inner, BaseException):
            break
        current = inner
    return current


def _timed_out(exc: BaseException) -> bool:
    """Tell whether a timeout is anywhere in the chain of ``exc`` (urllib3 wraps read timeouts)."""
    current: Any = exc
    for _ in range(8):
        if isinstance(current, urllib3.exceptions.NewConnectionError):
            return False  # a subclass of ConnectTimeoutError, but a refused/failed connect
        if isinstance(current, urllib3.exceptions.TimeoutError | TimeoutError):
            return True
        nxt = getattr(current, "reason", None)
        if not isinstance(nxt, BaseException) and getattr(current, "args", None):
            nxt = current.args[0]
        if not isinstance(nxt, BaseException):
            return False
        current = nxt
    return False


def _proxy_of(exc: requests.RequestException, fallback: str | None) -> str:
    """Return the proxy URL involved in ``exc``."""
    inner = exc.args[0] if exc.args else None
    pool = getattr(inner, "pool", None)
    proxy = getattr(pool, "proxy", None)
    if proxy is not None:
        return strip_userinfo(str(proxy))
    return strip_userinfo(fallback) if fallback else "the configured proxy"


def _reason_code(cause: BaseException) -> str:
    """Return the code of a connection failure: ``dns``, ``refused``, ``reset``, ``no_route``, ``other``."""
    if isinstance(cause, ConnectionRefusedError):
        return "refused"
    if isinstance(cause, socket.gaierror) or "NameResolution" in type(cause).__name__:
        return "dns"
    if isinstance(cause, ConnectionResetError):
        return "reset"
    if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return "no_route"
    text = str(cause)
    if "Name or service not known" in text or "getaddrinfo failed" in text or "nodename nor" in text:
        return "dns"
    if "Connection refused" in text or "actively refused" in text:
        return "refused"
    if "Network is unreachable" in text or "No route to host" in text:
        return "no_route"
    return "other"


def _reason(cause: BaseException) -> tuple[str, str]:
    """Return the code and a short English reason for a connection failure."""
    code = _reason_code(cause)
    text = UNREACHABLE_REASONS.get(code) or str(cause).split(": ")[-1][:200] or type(cause).__name__
    return text, code


def read_certificate_issuer(host: str, port: int = 443, timeout: float = 3.0) -> str | None:
    """Read the issuer of the certificate ``host`` presents, for error messages only.

    The handshake is not verified and no data is sent; returns None when it cannot be read.
    """
    try:
        from cryptography import x509  # optional: present with keyring's SecretStorage
    except ImportError:  # pragma: no cover - platform dependent
        return None
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            ctx.wrap_socket(raw, server_hostname=host) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError):
        return None
    if not der:
        return None
    return x509.load_der_x509_certificate(der).issuer.rfc4514_string()


#: OpenSSL's X509_V_ERR_* codes (``SSLCertVerificationError.verify_code``) → our reason codes.
_CERT_CODES = {
    10: "expired",
    9: "not_yet_valid",
    18: "self_signed",
    19: "self_signed",
    2: "unknown_issuer",
    20: "unknown_issuer",
    21: "unknown_issuer",
    62: "wrong_host",
    64: "wrong_host",
}


def _certificate_error(exc: requests.RequestException, read_issuer: bool) -> CertificateError:
    """Build a CertificateError for an SSL failure."""
    cause = _root_cause(exc)
    reason = getattr(cause, "verify_message", None) or str(cause).split("] ")[-1][:200]
    verify_code = getattr(cause, "verify_code", None)
    code = _CERT_CODES.get(verify_code, "other") if isinstance(verify_code, int) else "other"
    if code == "other" and "hostname mismatch" in str(cause).lower():
        code = "wrong_host"
    url = str(getattr(exc.request, "url", "") or "")
    parts = urlsplit(url)
    host = parts.hostname or "the server"
    issuer = read_certificate_issuer(host, parts.port or 443) if read_issuer else None
    return CertificateError(_netloc(url) or host, reason, issuer, code)


def server_message(response: requests.Response) -> str:
    """Return the server's own error text: JSON ``error``/``status``/``detail`` or the body."""
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, Mapping):
        for key in ("error", "detail", "message", "status"):
            if isinstance(data.get(key), str):
                return str(data[key])
    text = " ".join(response.text.split())
    if text.startswith("<"):  # an HTML error page: its headings (or title) say what went wrong
        text = _page_headings(response.text) or text
    return text[:200] or (response.reason or "no message")


def _page_headings(page: str) -> str:
    """:func:`editor.sync.cms_html.page_headings` of an HTML page, "" when it cannot be parsed."""
    from lxml import etree

    from editor.sync import cms_html

    try:
        return cms_html.page_headings(cms_html.parse(page))
    except (etree.ParserError, ValueError):
        return ""


def error_for_response(response: requests.Response) -> NetworkError | None:
    """Return the error a 4xx/5xx response stands for, or None for success."""
    status = response.status_code
    if status == 407:  # from the proxy, not the CMS (a plain-http request relayed by it)
        pool = getattr(response.raw, "_pool", None)
        return ProxyError(str(getattr(pool, "proxy", None) or "the proxy"), "login")
    if status >= 500:
        return ServerError(status, server_message(response))
    if status >= 400:
        return ClientError(status, server_message(response))
    return None


#: How http.client words a tunnel (``CONNECT``) the proxy refused for want of its login.
_TUNNEL_LOGIN = re.compile(r"Tunnel connection failed: 407\b")


def classify(exc: BaseException, *, proxy: str | None = None, read_issuer: bool = True) -> NetworkError:
    """Map an exception from ``requests`` (or a NetworkError) to a :class:`NetworkError`.

    ``proxy`` names the configured proxy for messages; ``read_issuer`` allows one short
    unverified handshake to name the issuer of an untrusted certificate.
    """
    if isinstance(exc, NetworkError):
        return exc
    if not isinstance(exc, requests.RequestException):
        return NetworkError(f"network failure: {type(exc).__name__}: {exc}")
    if isinstance(exc, requests.exceptions.ProxyError):
        login = _TUNNEL_LOGIN.match(str(_root_cause(exc))) is not None
        return ProxyError(_proxy_of(exc, proxy), "login" if login else "refused")
    if isinstance(exc, requests.exceptions.InvalidSchema) and "SOCKS" in str(exc):
        socks = (p for p in urllib.request.getproxies().values() if p.lower().startswith("socks"))
        return ProxyError(proxy or next(socks, "the configured proxy"), "socks")
    if isinstance(exc, requests.exceptions.SSLError):
        return _certificate_error(exc, read_issuer)
    if isinstance(exc, requests.exceptions.Timeout):
        return Timeout(_host_of(exc))
    if isinstance(exc, requests.exceptions.ConnectionError):
        cause = _root_cause(exc)
        if _timed_out(exc):
            return Timeout(_host_of(exc))
        return Unreachable(_host_of(exc), *_reason(cause))
    if isinstance(exc, requests.exceptions.HTTPError) and exc.response is not None:
        error = error_for_response(exc.response)
        if error is not None:
            return error
    return NetworkError(f"network failure: {type(exc).__name__}")
