"""Plain text of CMS HTML, for the full-text index and previews."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

_SPACE = re.compile(r"\s+")
_BLOCK_BREAKS = re.compile(r"(</(?:p|h[1-6]|li|td|th|div|tr)>|<br\s*/?>)", re.IGNORECASE)


def html_to_plain(html: str) -> str:
    """Return the text of ``html`` with tags removed and whitespace collapsed ('' for no text)."""
    if not html or not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(_BLOCK_BREAKS.sub(r"\1 ", html), create_parent="div")
    except (etree.ParserError, ValueError):
        return _SPACE.sub(" ", re.sub(r"<[^>]*>", " ", html)).strip()
    return _SPACE.sub(" ", root.text_content()).strip()
