"""How the sync UI reaches the CMS: settings → :class:`NetworkConfig` → a client, and a connection test.

The client factory is injectable so tests run against ``MemoryCmsClient`` and never the network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from editor.sync.address import check_cms_address
from editor.sync.errors import AddressRefused, NetworkConfig
from editor.sync.settings import network_config, network_from_config, normalise_url
from editor.views.error_text import describe

__all__ = [
    "AddressRefused",
    "ClientFactory",
    "TotpClient",
    "address_problem",
    "check_cms_address",
    "check_connection",
    "http_client_factory",
    "network_config",
    "network_from_config",
    "normalise_url",
]

#: ``factory(cms_url, network_config) -> client`` (an ``HttpCmsClient`` or a fake with its methods).
ClientFactory = Callable[[str, NetworkConfig], Any]


def http_client_factory(cms_url: str, network: NetworkConfig) -> Any:
    """The real client: ``HttpCmsClient`` over a verified session (proxy and CA file applied)."""
    from editor.sync.cms_client import HttpCmsClient

    return HttpCmsClient(cms_url, network)


def address_problem(url: str) -> str | None:
    """Why the CMS address ``url`` is not used (plain http off this computer, credentials in it), or None.

    The reason is worded in the UI language (:func:`editor.views.error_text.describe`).
    """
    try:
        check_cms_address(url)
    except AddressRefused as exc:
        return describe(exc)
    return None


def check_connection(
    client: Any, region_slug: str, user: str, password: str | None, totp: str | None
) -> bool:
    """Reach the CMS (the region's public API), then log in when a user and password are given.

    Runs on the network pool. Returns True when it logged in, False when it only reached the CMS;
    raises the classified ``NetworkError`` (proxy refused, certificate not trusted, unreachable,
    login rejected, ...).
    """
    if region_slug:
        client.region(region_slug)
    if user and password:
        client.login(user, password, totp)
        return True
    return False


class TotpClient:
    """Passes this run's TOTP code to ``login`` (the service logs in with user and password only)."""

    def __init__(self, client: Any, totp: str) -> None:
        self._client, self._totp = client, totp

    def __getattr__(self, name: str) -> Any:
        """Everything else is the wrapped client's."""
        return getattr(self._client, name)

    def login(self, user: str, password: str, totp_secret_or_code: str | None = None) -> None:
        """Log in, answering the second factor with the remembered code."""
        self._client.login(user, password, totp_secret_or_code or self._totp)
