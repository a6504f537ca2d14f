"""The one place that takes credentials out of addresses before they are shown, logged or stored.

Every URL that reaches a message, a log line, a setting or the working copy passes through
:func:`strip_userinfo` (one address) or :func:`redact` (free text that may hold addresses, such as an
exception's message from ``requests``/``urllib3``). Both drop the ``user:password@`` part; the host,
port and path stay, so messages still name the place. :func:`has_userinfo` tells whether an address
carries credentials at all (the CMS address is refused when it does).

Qt-free, no third-party imports: :mod:`editor.sync.errors` uses it for every network message.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

__all__ = ["has_userinfo", "redact", "strip_userinfo"]

# scheme://userinfo@ where userinfo holds no '/', '?', '#', whitespace or quote (RFC 3986 authority);
# greedy, so a stray '@' inside a password is removed with the rest of it.
_USERINFO = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<info>[^/?#\s'\"<>]*)@")
# urllib3's repr of a parsed URL: Url(scheme='http', auth='user:pw', host=...)
_AUTH_FIELD = re.compile(r"""(\bauth=)(['"])(?:(?!\2).)*\2""")


def has_userinfo(url: str) -> bool:
    """Tell whether ``url`` carries a user name or password (``https://user:pw@host/``)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "@" in url
    return "@" in parts.netloc


def strip_userinfo(url: str) -> str:
    """``url`` without ``user:password@``; anything unparsable is redacted as free text."""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return redact(text)
    if "@" not in parts.netloc:
        return text
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def redact(text: str) -> str:
    """``text`` with the credentials of every address in it removed (``scheme://host`` stays)."""
    text = _USERINFO.sub(lambda m: m.group("scheme"), text)
    return _AUTH_FIELD.sub(lambda m: f"{m.group(1)}{m.group(2)}***{m.group(2)}", text)
