"""Network settings and errors, importable without ``requests`` (the window starts faster).

:mod:`editor.sync.network` does the actual HTTP work and re-exports these names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor import APP_NAME, __version__
from editor.sync.redact import redact, strip_userinfo

USER_AGENT = f"{APP_NAME.replace(' ', '')}/{__version__} (+https://integreat-app.de)"


@dataclass(frozen=True, slots=True)
class NetworkConfig:
    """How to reach a CMS: TLS trust, proxy, timeouts and retries.

    ``proxy`` is an address without credentials; ``proxy_user``/``proxy_password`` (from the keyring)
    are sent to that proxy only, in a ``Proxy-Authorization`` header. The password never appears in a
    URL and is left out of the repr.
    """

    ca_file: str | None = None
    proxy: str | None = None
    proxy_user: str | None = None
    proxy_password: str | None = field(default=None, repr=False)
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    retries: int = 3
    backoff: float = 0.5
    user_agent: str = USER_AGENT


# --- errors ---------------------------------------------------------------------------------

#: The English reason of each :class:`Unreachable` reason code (for ``str()``, logs and the CLI).
UNREACHABLE_REASONS = {
    "dns": "host name not found",
    "refused": "connection refused",
    "reset": "connection reset",
    "no_route": "no route to the server (network or host unreachable)",
}


class NetworkError(Exception):
    """Base of all network failures; ``str(err)`` is an English message (logs, the command line).

    The message is passed through :func:`editor.sync.redact.redact`: whatever built it, no address in
    it carries a user name or password. Each subclass also keeps the fields a message needs, and a
    ``reason_code`` where the reasons form a fixed set, so the UI words it in its own language
    (``editor.views.error_text``).
    """

    def __init__(self, message: str = "") -> None:
        super().__init__(redact(message))


class AddressRefused(NetworkError):  # noqa: N818 - reads as an outcome
    """A CMS address we do not send requests to (plain http to another computer, credentials in it).

    ``reason_code``: ``empty``, ``credentials``, ``invalid``, ``scheme``, ``plain_http``, ``redirect`` (the
    CMS redirected to plain ``http://`` on another computer: not followed) or ``other``.
    """

    def __init__(self, url: str, reason: str, reason_code: str = "other") -> None:
        self.url, self.reason, self.reason_code = strip_userinfo(url), reason, reason_code
        super().__init__(f"{self.url}: {reason}" if self.url else reason)


class CaFileError(NetworkError):
    """The extra CA file from the settings is missing, unreadable or holds no certificate.

    ``reason_code``: ``missing``, ``folder``, ``permission``, ``no_pem`` or ``other``.
    """

    def __init__(self, path: str, reason: str, reason_code: str = "other") -> None:
        self.path, self.reason, self.reason_code = path, reason, reason_code
        super().__init__(f"the CA file {path} (setting ca_file) cannot be used: {reason}")


class ProxyError(NetworkError):
    """The proxy could not be reached or refused the connection (``reason_code`` ``refused``), it wants
    a login it did not get (``login``: HTTP 407, no or another proxy user name or password), or it is a
    SOCKS proxy, which we cannot use (``socks``)."""

    def __init__(self, proxy: str, reason_code: str = "refused") -> None:
        self.proxy, self.reason_code = strip_userinfo(proxy), reason_code
        if reason_code == "login":
            super().__init__(
                f"the proxy {self.proxy} wants a login (HTTP 407): check the proxy's user name and password"
            )
        elif reason_code == "socks":
            super().__init__(
                f"the proxy {self.proxy} is a SOCKS proxy, which Integreat Desk cannot use: "
                "set an http:// proxy"
            )
        else:
            super().__init__(f"proxy refused the connection: {self.proxy}")


class CertificateError(NetworkError):
    """The server's TLS certificate is not trusted.

    ``reason_code``: ``expired``, ``not_yet_valid``, ``self_signed``, ``unknown_issuer``, ``wrong_host``
    or ``other``
    (``reason`` is OpenSSL's English text).
    """

    def __init__(self, host: str, reason: str, issuer: str | None = None, reason_code: str = "other") -> None:
        self.host, self.reason, self.issuer, self.reason_code = host, reason, issuer, reason_code
        by = f" (issued by {issuer})" if issuer else ""
        super().__init__(f"the certificate of {host} is not trusted{by}: {reason}")


class Unreachable(NetworkError):  # noqa: N818 - names from the brief
    """The server could not be reached at all.

    ``reason_code``: ``dns`` (host name not found), ``refused``, ``reset``, ``no_route`` (network or
    host unreachable) or ``other``; ``reason`` is the English wording of it.
    """

    def __init__(self, host: str, reason: str, reason_code: str | None = None) -> None:
        code = reason_code or next((c for c, text in UNREACHABLE_REASONS.items() if text == reason), "other")
        self.host, self.reason, self.reason_code = host, reason, code
        super().__init__(f"cannot reach {host}: {reason}")


class Timeout(NetworkError):  # noqa: N818 - names from the brief
    """The server did not answer in time."""

    def __init__(self, host: str) -> None:
        self.host = host
        super().__init__(f"{host} did not answer in time")


class LoginRejected(NetworkError):  # noqa: N818 - names from the brief
    """The CMS refused the login (wrong user, password or second factor), or there was nothing to log in
    with (``no_user``, ``no_password``: nothing was sent, and the message says so).

    ``reason_code``: ``wrong_password``, ``no_user``, ``no_password``, ``extra_step``, ``totp_needed``,
    ``totp_rejected``, ``not_logged_in`` or ``other``; ``detail`` is a value for the message (the
    login step's path, the password store's problem), or "".
    """

    def __init__(
        self,
        user: str,
        message: str = "wrong user name or password",
        reason_code: str | None = None,
        detail: str = "",
    ) -> None:
        self.user, self.message, self.detail = user, message, detail
        self.reason_code = reason_code or (
            "wrong_password" if message == "wrong user name or password" else "other"
        )
        unsent = self.reason_code in ("no_user", "no_password")
        super().__init__(
            f"cannot log in as {user}: {message}"
            if unsent
            else f"the CMS rejected the login of {user}: {message}"
        )


class ServerError(NetworkError):
    """The CMS answered with a 5xx status."""

    def __init__(self, status: int, message: str) -> None:
        self.status, self.message = status, message
        super().__init__(f"the CMS failed with HTTP {status}: {message}")


class ClientError(NetworkError):
    """The CMS refused the request with a 4xx status."""

    def __init__(self, status: int, message: str) -> None:
        self.status, self.message = status, message
        super().__init__(f"the CMS refused the request with HTTP {status}: {message}")


class RegionUnknown(ClientError):  # noqa: N818 - reads as an outcome
    """The CMS has no region of that slug, or only an archived one (HTTP 404 on its public address).

    ``similar`` names the CMS's region slugs closest to ``slug`` (none when they were not read).
    """

    def __init__(self, slug: str, similar: tuple[str, ...] = ()) -> None:
        self.status, self.slug, self.similar = 404, slug, similar
        hint = f"; similar: {', '.join(similar)}" if similar else ""
        self.message = f"the CMS has no region {slug} (or it is archived){hint}"
        NetworkError.__init__(self, self.message)


class RegionForbidden(ClientError):  # noqa: N818 - reads as an outcome
    """The logged-in account may not open the region's pages (HTTP 403): it is not one of its regions."""

    def __init__(self, user: str, slug: str) -> None:
        self.status, self.user, self.slug = 403, user, slug
        self.message = (
            f"the account {user} may not edit the region {slug} (HTTP 403): "
            "ask the region's administrators for access, or choose another region"
        )
        NetworkError.__init__(self, self.message)
