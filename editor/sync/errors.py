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


class NetworkError(Exception):
    """Base of all network failures; ``str(err)`` is a message for the user.

    The message is passed through :func:`editor.sync.redact.redact`: whatever built it, no address in
    it carries a user name or password.
    """

    def __init__(self, message: str = "") -> None:
        super().__init__(redact(message))


class AddressRefused(NetworkError):  # noqa: N818 - reads as an outcome
    """A CMS address we do not send requests to (plain http to another computer, credentials in it)."""

    def __init__(self, url: str, reason: str) -> None:
        self.url, self.reason = strip_userinfo(url), reason
        super().__init__(f"{self.url}: {reason}" if self.url else reason)


class CaFileError(NetworkError):
    """The extra CA file from the settings is missing, unreadable or holds no certificate."""

    def __init__(self, path: str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"the CA file {path} (setting ca_file) cannot be used: {reason}")


class ProxyError(NetworkError):
    """The proxy could not be reached or refused the connection."""

    def __init__(self, proxy: str) -> None:
        self.proxy = strip_userinfo(proxy)
        super().__init__(f"proxy refused the connection: {self.proxy}")


class CertificateError(NetworkError):
    """The server's TLS certificate is not trusted."""

    def __init__(self, host: str, reason: str, issuer: str | None = None) -> None:
        self.host, self.reason, self.issuer = host, reason, issuer
        by = f" (issued by {issuer})" if issuer else ""
        super().__init__(f"the certificate of {host} is not trusted{by}: {reason}")


class Unreachable(NetworkError):  # noqa: N818 - names from the brief
    """The server could not be reached at all."""

    def __init__(self, host: str, reason: str) -> None:
        self.host, self.reason = host, reason
        super().__init__(f"cannot reach {host}: {reason}")


class Timeout(NetworkError):  # noqa: N818 - names from the brief
    """The server did not answer in time."""

    def __init__(self, host: str) -> None:
        self.host = host
        super().__init__(f"{host} did not answer in time")


class LoginRejected(NetworkError):  # noqa: N818 - names from the brief
    """The CMS refused the login (wrong user, password or second factor)."""

    def __init__(self, user: str, message: str = "wrong user name or password") -> None:
        self.user = user
        super().__init__(f"the CMS rejected the login of {user}: {message}")


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
