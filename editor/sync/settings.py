"""The user's connection settings (settings.ini) as a :class:`NetworkConfig`; shared by app and CLI."""

from __future__ import annotations

from editor.config import Config
from editor.sync.errors import NetworkConfig


def normalise_url(url: str) -> str:
    """A CMS address as stored: trimmed, ``https://`` added when no scheme is given, no trailing slash."""
    url = url.strip().rstrip("/")
    if url and "://" not in url:
        url = "https://" + url
    return url


def network_config(proxy: str, ca_file: str) -> NetworkConfig:
    """The network settings for a proxy (empty: system / ``HTTPS_PROXY``) and an extra CA file."""
    return NetworkConfig(ca_file=ca_file.strip() or None, proxy=proxy.strip() or None)


def network_from_config(config: Config) -> NetworkConfig:
    """:func:`network_config` from the saved settings."""
    settings = config.settings
    return network_config(str(settings.get("proxy_url")), str(settings.get("ca_file")))
