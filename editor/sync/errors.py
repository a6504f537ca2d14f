"""Network settings and errors, importable without ``requests`` (the window starts faster).

:mod:`editor.sync.network` does the actual HTTP work and re-exports these names.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor import APP_NAME, __version__

USER_AGENT = f"{APP_NAME.replace(' ', '')}/{__version__} (+https://integreat-app.de)"


@dataclass(frozen=True, slots=True)
class NetworkConfig:
    """How to reach a CMS: TLS trust, proxy, timeouts and retries."""

    ca_file: str | None = None
    proxy: str | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    retries: int = 3
    backoff: float = 0.5
    user_agent: str = USER_AGENT


# --- errors ---------------------------------------------------------------------------------


class NetworkError(Exception):
    """Base of all network failures; ``str(err)`` is a message for the user."""


class ProxyError(NetworkError):
    """The proxy could not be reached or refused the connection."""

    def __init__(self, proxy: str) -> None:
        self.proxy = proxy
        super().__init__(f"proxy refused the connection: {proxy}")


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
