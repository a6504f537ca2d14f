"""Links in a page text: finding them, telling their kind, validating what needs no network (Qt-free).

:func:`extract_links` finds every ``<a href>`` of a translation's HTML (and Markdown ``[text](url)``
links when the text is Markdown) with its offsets; :func:`classify` says what kind of address it is;
:func:`offline_problem` validates ``mailto:`` and ``tel:`` targets and malformed web addresses;
:func:`replace_href` rewrites one address everywhere in a text (the "use the new address" action).
A problem's detail is a :class:`LinkDetail`: a code from :data:`MESSAGES` with its parameters, worded in
English here (the command line) and in the UI language by the views (ADR 0018).
Address patterns come from :mod:`editor.text.url_patterns`, shared with the spell checker's masking.
"""

from __future__ import annotations

import enum
import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from editor.text import coded
from editor.text.url_patterns import HOSTNAME_RE, MAILBOX_RE, TEL_RE

#: ``<a … href="…" …>``: the attribute value in group 2 (any quote style) with its offsets.
_A_HREF_RE = re.compile(
    r"""<[aA]\s[^>]{0,2000}?\b[hH][rR][eE][fF]\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))"""
)
_MD_LINK_RE = re.compile(r"(?<!!)\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"\n]*\")?\s*\)")
_TAG_TEXT_RE = re.compile(r"<a\b[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
_ANY_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"\s")


class LinkKind(enum.Enum):
    """What an address is, before it is resolved or fetched."""

    WEB = "web"
    MAILTO = "mailto"
    TEL = "tel"
    ANCHOR = "anchor"
    RELATIVE = "relative"
    OTHER = "other"


#: Every link-problem code and its English detail (``str.format`` with the detail's parameters).
MESSAGES: dict[str, str] = {
    "text": "{text}",
    "empty_address": "empty address",
    "unsafe_scheme": "a {scheme}: address does not work for readers",
    "mailto_empty": "mailto: without an e-mail address",
    "not_email": "{address!r} is not an e-mail address",
    "tel_empty": "tel: without a number",
    "not_phone": "{number!r} is not a phone number (digits, an optional leading +)",
    "too_many_digits": "{number!r} has {digits} digits; a phone number has at most 15",
    "space": "the address contains a space",
    "malformed": "malformed address ({reason})",
    "no_host": "the address has no host name",
    "not_host": "{host!r} is not a host name",
    "missing_page": "no page at {path} in the working copy",
    "archived": "the linked page is archived",
    "other_language": "links to the {language} version of {title!r}",
    "other_language_missing": (
        "links to the {language} version of {title!r}; the page has no {own} translation yet"
    ),
    "unpublished": "the linked page is not published in {language} ({status})",
    "moved": "the page has moved",
    "http": "HTTP {status}",
    "redirects_to": "redirects to {url}",
    "redirect_loop": "more than {limit} redirects (a loop?)",
    "network": "{text}",
}


@dataclass(frozen=True)
class LinkDetail:
    """What exactly is wrong with a link: a code, its parameters and, for a network failure, the error
    (``{"type": …, "fields": …, "text": …}`` as :func:`editor.sync.issues.failure` keeps it)."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)
    error: Mapping[str, Any] | None = None

    @property
    def english(self) -> str:
        """The English sentence (the command line, the JSON output)."""
        return coded.english(MESSAGES, self.code, self.params)

    def stored(self) -> str:
        """The detail as JSON text (a link-check result's ``error``, the quality cache)."""
        return coded.to_json(self.code, self.params, self.error)

    @classmethod
    def read(cls, text: str | None) -> LinkDetail | None:
        """What :meth:`stored` wrote (None for nothing; older plain text as code ``text``)."""
        found = coded.from_json(text, MESSAGES)
        return None if found is None else cls(*found)


def detail(code: str, **params: object) -> LinkDetail:
    """A detail of ``code``; every parameter is kept as text."""
    if code not in MESSAGES:
        raise ValueError(f"unknown link problem code {code!r}")
    return LinkDetail(code, {key: str(value) for key, value in params.items()})


@dataclass(frozen=True)
class Link:
    """One link of a text: the address as written (entities decoded), its offsets and its label."""

    href: str
    start: int
    end: int
    label: str = ""

    @property
    def kind(self) -> LinkKind:
        """The kind of address (see :func:`classify`)."""
        return classify(self.href)


def extract_links(text: str, *, labels: bool = True) -> list[Link]:
    """Every link target in ``text`` (HTML ``<a href>``, else Markdown links), in text order.

    ``start``/``end`` are the offsets of the address as written inside the text; ``labels=False``
    leaves the visible labels out (faster; :func:`link_label` finds one later).
    """
    found = [Link(href, start, end) for href, start, end in link_spans(text)]
    if labels and "<" in text:
        return [Link(link.href, link.start, link.end, link_label(text, link)) for link in found]
    return found


def link_spans(text: str) -> list[tuple[str, int, int]]:
    """``(address, start, end)`` of every link target in ``text``, as :func:`extract_links` finds them
    (plain tuples: the region-wide link check reads 160,000 of them)."""
    found: list[tuple[str, int, int]] = []
    if "<" in text:
        for match in _A_HREF_RE.finditer(text):
            group = 1 if match.group(1) is not None else 2 if match.group(2) is not None else 3
            raw = match.group(group)
            href = html.unescape(raw).strip() if "&" in raw else raw.strip()
            found.append((href, match.start(group), match.end(group)))
    if not found and "](" in text:
        found = [(m.group(1), m.start(1), m.end(1)) for m in _MD_LINK_RE.finditer(text)]
    return found


#: A text's links as the working copy keeps them, flat: ``[address, start, end, label, address, …]``
#: in text order (four items a link: one list per text is cheaper to read than a list per link).
FlatLinks = list[Any]


_TYPED_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_TYPED_HOST = re.compile(r"[^\s/:@]+\.[A-Za-z]{2,}(:\d+)?([/?#]\S*)?")


def complete_address(typed: str) -> str | None:
    """The address a person meant: as typed with a scheme (``https:``, ``mailto:``, ``tel:``) or as a
    path of the CMS (``/…``, ``#…``); ``https://`` before a bare host (``www.stadt.de/amt``) and
    ``mailto:`` before an e-mail address, which would otherwise be broken links relative to the page.
    None: it is no address at all (words, ``foo bar``)."""
    typed = typed.strip()
    if not typed or _TYPED_SCHEME.match(typed) or typed.startswith(("/", "#", "?")):
        return typed
    if MAILBOX_RE.match(typed):  # what the link check accepts as a mailto: target
        return "mailto:" + typed
    if _TYPED_HOST.fullmatch(typed):
        return "https://" + typed
    return None


def pack_links(text: str) -> str:
    """Every link of ``text`` with its label, packed for the working copy's ``translation_link`` table
    (a compact JSON :data:`FlatLinks`; "" when the text has none): a region-wide link check reads these
    instead of every text (docs/decisions/0038)."""
    found = link_spans(text)
    if not found:
        return ""
    flat: FlatLinks = []
    for href, start, end in found:
        flat += (href, start, end, link_label(text, Link(href, start, end)))
    return json.dumps(flat, ensure_ascii=False, separators=(",", ":"))


def flat_links(packed: str | None) -> FlatLinks:
    """What :func:`pack_links` packed (``[]`` for "" or None)."""
    return json.loads(packed) if packed else []


def unpack_links(packed: str | None) -> list[Link]:
    """What :func:`pack_links` packed, as :class:`Link` s with their labels."""
    flat = flat_links(packed)
    return [Link(*flat[i : i + 4]) for i in range(0, len(flat), 4)]


def link_label(text: str, link: Link) -> str:
    """The visible text of the HTML link whose address sits at ``link.start`` ("" when none)."""
    opening = text.rfind("<", 0, link.start)
    closing = _TAG_TEXT_RE.match(text, opening) if opening >= 0 else None
    if closing is None:
        return ""
    return " ".join(html.unescape(_ANY_TAG_RE.sub("", closing.group(1))).split())


def classify(href: str) -> LinkKind:
    """The kind of ``href``: web (http/https or ``//host``), mailto, tel, ``#anchor``, relative, other."""
    value = href.strip()
    lowered = value.lower()
    if not value or value.startswith("#"):
        return LinkKind.ANCHOR
    if lowered.startswith(("http://", "https://", "//")):
        return LinkKind.WEB
    if lowered.startswith("mailto:"):
        return LinkKind.MAILTO
    if lowered.startswith("tel:"):
        return LinkKind.TEL
    if re.match(r"^[a-z][a-z0-9+.-]*:", lowered):
        return LinkKind.OTHER
    return LinkKind.RELATIVE


def offline_problem(href: str) -> str | None:
    """What is wrong with ``href`` without asking the network (English), or None."""
    found = offline_detail(href)
    return found.english if found is not None else None


def offline_detail(href: str) -> LinkDetail | None:
    """What is wrong with ``href`` without asking the network, or None.

    ``mailto:`` needs one or more well-formed addresses; ``tel:`` digits (an optional ``+`` and
    separators); a web address a host name; a text with spaces or an unknown scheme is named.
    """
    kind = classify(href)
    value = href.strip()
    if kind is LinkKind.MAILTO:
        return _mailto_problem(value)
    if kind is LinkKind.TEL:
        return _tel_problem(value)
    if kind is LinkKind.WEB:
        return _web_problem(value)
    if kind is LinkKind.ANCHOR and not value:
        return detail("empty_address")
    if kind is LinkKind.OTHER and value.lower().split(":", 1)[0] in ("javascript", "data", "file"):
        return detail("unsafe_scheme", scheme=value.split(":", 1)[0].lower())
    return None


def _mailto_problem(value: str) -> LinkDetail | None:
    addresses = unquote(value[len("mailto:") :].split("?", 1)[0]).strip()
    if not addresses:
        return detail("mailto_empty")
    for address in addresses.split(","):
        if not MAILBOX_RE.match(address.strip()):
            return detail("not_email", address=address.strip())
    return None


def _tel_problem(value: str) -> LinkDetail | None:
    number = unquote(value[len("tel:") :]).split(";", 1)[0].strip()
    if not number:
        return detail("tel_empty")
    if not TEL_RE.match(number):
        return detail("not_phone", number=number)
    digits = sum(ch.isdigit() for ch in number)
    if digits > 15:
        return detail("too_many_digits", number=number, digits=digits)
    return None


def _web_problem(value: str) -> LinkDetail | None:
    if _SPACE_RE.search(value):
        return detail("space")
    try:
        parts = urlsplit(value if not value.startswith("//") else "https:" + value)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        return detail("malformed", reason=exc)
    if not host:
        return detail("no_host")
    if not HOSTNAME_RE.match(host):
        return detail("not_host", host=host)
    return None


def host_of(href: str) -> str:
    """The lower-case host of a web address ("" when there is none)."""
    try:
        return (urlsplit(href.strip()).hostname or "").lower()
    except ValueError:
        return ""


def replace_href(text: str, old: str, new: str) -> tuple[str, int]:
    """``text`` with every link to ``old`` pointing to ``new``; returns (text, how many replaced).

    Only link targets change (``href`` values or Markdown link targets), never the visible text.
    """
    links = [link for link in extract_links(text) if link.href == old]
    escaped = html.escape(new, quote=True) if "<a" in text.lower() else new
    for link in reversed(links):
        text = text[: link.start] + escaped + text[link.end :]
    return text, len(links)
