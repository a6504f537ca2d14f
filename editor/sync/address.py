"""Which CMS addresses we talk to: ``https://`` always, plain ``http://`` only on this computer.

The login sends the password in the body of a form, so a CMS address with ``http://`` would carry it
across the network in clear text. :func:`check_cms_address` refuses such an address before any
request is made, except for loopback hosts (``localhost``, ``127.0.0.0/8``, ``::1``), where a local
test CMS runs. An address with ``user:password@`` in it is refused too: the password belongs in the
keyring, and the address is stored in the working copy and shown in messages. The command line, the
settings dialog, the sync controller and :class:`~editor.sync.cms_client.HttpCmsClient` (the last
line) all call it.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from editor.sync.errors import AddressRefused
from editor.sync.redact import has_userinfo, strip_userinfo

__all__ = ["AddressRefused", "check_cms_address", "is_loopback", "normalise_url"]


def normalise_url(url: str) -> str:
    """A CMS address as stored: trimmed, ``https://`` added when no scheme is given, no trailing
    slash, and never a ``user:password@`` part."""
    url = strip_userinfo(url.strip()).rstrip("/")
    if url and "://" not in url:
        url = "https://" + url
    return url


def is_loopback(host: str) -> bool:
    """True for ``localhost`` (and ``*.localhost``), ``127.0.0.0/8`` and ``::1``."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_cms_address(url: str) -> str:
    """Return the normalised address, or raise :class:`AddressRefused` saying why it is not used.

    Refused: no address, a scheme other than http(s), credentials in the address, and ``http://``
    to a host that is not this computer.
    """
    raw = url.strip()
    if not raw:
        raise AddressRefused("", "no CMS address is set", "empty")
    shown = normalise_url(raw)
    if has_userinfo(raw):
        raise AddressRefused(
            shown,
            "the address must not contain a user name or password; give the user separately "
            "(the password is kept in the system keyring)",
            "credentials",
        )
    try:
        parts = urlsplit(shown)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise AddressRefused(shown, "this is not a valid web address", "invalid") from None
    if parts.scheme not in ("http", "https") or not host:
        raise AddressRefused(shown, "the address must start with https://", "scheme")
    if parts.scheme == "http" and not is_loopback(host):
        raise AddressRefused(
            shown,
            "plain http:// would send your password unencrypted; use https:// "
            "(http:// only for this computer: localhost, 127.0.0.1, ::1)",
            "plain_http",
        )
    return shown
