"""Escaping for the Markdown side: text that must stay literal, attributes, link targets.

Text is escaped so python-markdown renders it back to exactly the same characters:

- always: ``\\ ` * _ [ ] { }`` get a backslash; ``<`` before anything but a space or ``=`` becomes
  ``&lt;``; ``&`` that would read as an entity becomes ``&amp;``; tab, CR, other control characters,
  U+00A0 (``&nbsp;``) and every Unicode space except the plain space become character references
  (python-markdown expands tabs and strips Unicode spaces at line ends);
- at the start of a line: ``# > + -`` get a backslash, ``=`` becomes ``&#61;``, the dot of ``12.``
  gets a backslash, leading spaces become ``&#32;``;
- in headings every ``#`` is escaped and a newline is ``&#10;``;
- spaces before a line end, at either end of a block, or just inside ``*``/``**`` become ``&#32;``.
"""

from __future__ import annotations

import re

_BACKSLASHED = "\\`*_[]{}"
_MD_TABLE: dict[int, str] = {ord(char): "\\" + char for char in _BACKSLASHED}
_MD_TABLE.update(
    {
        code: f"&#{code};"
        for code in range(0x3001)  # U+3000 is the last space
        if chr(code).isspace() and chr(code) not in " \n" and not 0x80 <= code <= 0x9F
    }
)
_MD_TABLE.update({code: f"&#{code};" for code in [*range(0x01, 0x20), 0x7F] if code != 0x0A})
_MD_TABLE[0xA0] = "&nbsp;"
_ENTITY_LIKE = re.compile(r"&(?=#|[A-Za-z0-9]+;)")
_TAG_LIKE = re.compile(r"<(?![ =])")
_LINE_START = re.compile(r"[#>+\-]|=|[0-9]+\.")
_LEADING_SPACES = re.compile(r"^ +")
_TRAILING_SPACES = re.compile(r" +$")


def _spaces(match: re.Match[str]) -> str:
    return "&#32;" * len(match.group())


def escape_segment(
    text: str, *, line_start: bool, heading: bool, space_before: bool, space_after: bool
) -> str:
    """Escape one line of text (no newline in it) for Markdown.

    ``line_start``: the text begins a Markdown line; ``space_before``/``space_after``: leading or
    trailing spaces must be written as ``&#32;`` (line or block edges, inside emphasis).
    """
    escaped = _TAG_LIKE.sub("&lt;", _ENTITY_LIKE.sub("&amp;", text)).translate(_MD_TABLE)
    if heading:
        escaped = escaped.replace("#", "\\#")
    if space_before or line_start:
        escaped = _LEADING_SPACES.sub(_spaces, escaped)
    if line_start and escaped:
        match = _LINE_START.match(escaped)
        if match is not None:
            marker = match.group()
            if marker == "=":
                escaped = "&#61;" + escaped[1:]
            elif marker.endswith("."):
                escaped = marker[:-1] + "\\." + escaped[len(marker) :]
            else:
                escaped = "\\" + escaped
    if space_after:
        escaped = _TRAILING_SPACES.sub(_spaces, escaped)
    return escaped


# Attribute values inside inline HTML tags: python-markdown runs backtick, backslash and link
# patterns before it recognises the tag, so those characters must not appear literally.
_INLINE_ATTR_TABLE: dict[int, str] = {
    ord("&"): "&amp;",
    ord('"'): "&quot;",
    ord("<"): "&lt;",
    ord(">"): "&gt;",
    ord("\\"): "&#92;",
    ord("`"): "&#96;",
    ord("["): "&#91;",
    ord("]"): "&#93;",
    0xA0: "&nbsp;",
}
_INLINE_ATTR_TABLE.update({code: f"&#{code};" for code in [*range(0x01, 0x20), 0x7F]})


def escape_inline_attribute(value: str) -> str:
    """Escape an attribute value of an HTML tag written inside Markdown text."""
    return value.translate(_INLINE_ATTR_TABLE)


_ATTR_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_:.\-]*")
_ATTR_VALUE = re.compile(r"[A-Za-z0-9 \-.,:;/#%=?+@!~()'|^$\u00c0-\uffff]*")
_CLASS_NAMES = re.compile(r"-?[A-Za-z_][A-Za-z0-9_\-]*(?: -?[A-Za-z_][A-Za-z0-9_\-]*)*")


def attribute_list(attributes: dict[str, str]) -> str | None:
    """``{: .class key="value" }`` for ``attr_list``, or None if a value needs characters it mangles."""
    parts: list[str] = []
    for name in sorted(attributes):
        value = attributes[name]
        if name == "class" and _CLASS_NAMES.fullmatch(value):
            parts.extend("." + token for token in value.split(" "))
        elif _ATTR_NAME.fullmatch(name) and _ATTR_VALUE.fullmatch(value):
            parts.append(f'{name}="{value}"')
        else:
            return None
    return "{: " + " ".join(parts) + " }"


_URL = re.compile(r"[^\s<>\"'`\\()\[\]{}\x00-\x1f\x7f\u00a0]+")
_TITLE = re.compile(r"[^\"\\`<>&\[\]\x00-\x1f\x7f]*")


def plain_url(url: str) -> bool:
    """True if ``url`` can be written bare inside ``[text](url)``."""
    return bool(_URL.fullmatch(url)) and not _ENTITY_LIKE.search(url)


def plain_title(title: str) -> bool:
    """True if ``title`` can be written as ``"title"`` after a link or image target."""
    return bool(_TITLE.fullmatch(title)) and title.strip() == title


def escape_alt(alt: str) -> str | None:
    """Escape image alt text for ``![alt](src)``, or None if it cannot be written there."""
    if "\n" in alt or _ENTITY_LIKE.search(alt) or alt.strip() != alt:
        return None
    return alt.translate({ord(char): "\\" + char for char in _BACKSLASHED})
