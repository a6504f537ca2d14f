"""The one place that says what an address looks like in text (Qt-free).

Both the spell checker's masking (:mod:`editor.text.masking`, which blanks addresses so they are never
flagged) and the link check (:mod:`editor.text.links`, which finds and validates them) use these
patterns, so "is this an address?" has one answer in the whole app.
"""

from __future__ import annotations

import re

#: Schemes the link check and the masking know.
WEB_SCHEMES = ("http", "https")
#: A URL with a scheme the masking skips (``https://…``, ``www.…``, ``mailto:…``, ``tel:…``).
URL_RE = re.compile(
    r"""(?:\b(?:https?|ftp|file)://|\bwww\.|\b(?:mailto|tel|fax|sms|geo):)[^\s<>"'`\]\[{}|\\^]*""",
    re.IGNORECASE,
)
#: Labels of a host name that are looked at (``a.b.c.d.de``): bounded, so a long ``a.a.a.…`` is linear.
MAX_LABELS = 10
TLDS = (
    "de|com|org|net|info|eu|app|io|gov|edu|at|ch|uk|fr|nl|be|it|es|pl|tr|ru|ua|ir|biz|online|"
    "bayern|berlin|nrw|koeln|hamburg|ruhr|social|help|jobs|int|me|tv|co"
)
#: A bare domain with a well-known top-level domain (``jobcenter-musterstadt.de/termine``).
DOMAIN_RE = re.compile(
    rf"""\b(?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?\.){{1,{MAX_LABELS}}}(?:{TLDS})\b(?:/[^\s<>"'`]*)?"""
)
#: Lower-case host names with any top-level domain (``termine.musterstadt.example``, ``www.vhs.berlin``).
HOST_RE = re.compile(
    rf"\b(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.){{1,{MAX_LABELS}}}[a-z]{{2,24}}\b(?:/[^\s<>\"'`]*)?"
)
#: An e-mail address in running text (not starting inside a longer run, so scanning stays linear).
EMAIL_RE = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
#: A phone number in running text (``+49 89 12345-6``, ``0821 / 324 0``, ``(089) 123 456``).
PHONE_RE = re.compile(r"(?<![\w])(?:\+|00)?\(?\d[\d \u00a0\u202f/().\-–]{4,}\d(?![\w])")

#: A whole e-mail address as a ``mailto:`` target must be (one address, a dotted domain).
MAILBOX_RE = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\u00a0-\uffff-]+@(?:[\w-]+\.)+[\w-]{2,}$")
#: A ``tel:`` target: an optional ``+``, digits and visual separators (RFC 3966, loosely).
TEL_RE = re.compile(r"^\+?[0-9][0-9 ().\-/]*[0-9]$|^[0-9]$")
#: A host name (IDNA letters allowed) with at least one dot, or ``localhost``, or an IPv4 address.
HOSTNAME_RE = re.compile(
    r"^(?:localhost|(?:[\w](?:[\w-]{0,61}[\w])?\.)+[\w-]{2,63}|\d{1,3}(?:\.\d{1,3}){3})$"
)
