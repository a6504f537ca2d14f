"""The readability masking as it was before ADR 0034 (a list of characters blanked in place): the
reference the string-based :func:`editor.text.readability.prose.mask_prose` is compared with."""

from __future__ import annotations

import html
import re

#: Marks a block boundary in the masked text: a sentence never spans it.
BREAK = "\x1e"
#: Filler inside a word (an entity's remaining characters); never counted as a letter.
SOFT = "\u00ad"

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_RAW_ELEMENT = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"</?([A-Za-z][\w:.-]*)(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SHORTCODE_PAGE = re.compile(r'\[page\s+\d+\s+"([^"\n]*)"\s*\]')
_SHORTCODE_CONTACT = re.compile(r"\[contact\s[^\]\n]*\]")
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\](?:\([^()\n]*\)|\[[^\[\]\n]*\])")
_URL = re.compile(
    r"(?:\b(?:https?|ftp|mailto|tel):|\bwww\.)[^\s<>\"'\]\[)(]*[^\s<>\"'\]\[)(.,;:!?]",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_MARKS = ("http:", "https:", "ftp:", "mailto:", "tel:", "www.")
_INLINE_MARKS = re.compile(r"[*`~]+|\\(?=[^\w\s])|_+")
#: Every match of _INLINE_MARKS starts with one of these.
_INLINE_MARK_CHARS = "*`~\\_"

_HEADING = re.compile(r"^ {0,3}#{1,6}(?=\s|$)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,9}[.)])(?=\s)")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
# Possessive ``\s*+``: a long run of blanks (deeply nested tags mask to one) must not be split every way.
_TABLE_SEPARATOR = re.compile(r"^\s*+\|?\s*+:?-{3,}:?\s*+(?:\|\s*+:?-{3,}:?\s*+)*\|?\s*+$")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
_HEADING_CLOSE = re.compile(r"\s#+\s*$")


def mask_prose(text: str) -> str:
    """Return ``text`` with everything but prose blanked, same length (see module docstring)."""
    buf = list(text)
    _mask_html(text, buf)
    _mask_lines("".join(buf), buf)
    _mask_inline("".join(buf), buf)
    return "".join(buf)


# -- HTML ---------------------------------------------------------------------------------------------
def _blank(buf: list[str], start: int, end: int, first: str = " ") -> None:
    if end <= start:
        return
    buf[start] = first
    for i in range(start + 1, end):
        buf[i] = " "


def _mask_html(text: str, buf: list[str]) -> None:
    if "<" in text:
        for match in _COMMENT.finditer(text):
            _blank(buf, match.start(), match.end())
        for match in _RAW_ELEMENT.finditer(text):
            _blank(buf, match.start(), match.end(), BREAK)
        current = "".join(buf)
        for match in _TAG.finditer(current):
            is_block = match.group(1).lower() in BLOCK_TAGS
            _blank(buf, match.start(), match.end(), BREAK if is_block else " ")
    if "&" in text:
        for match in _ENTITY.finditer(text):
            _mask_entity(match, buf)


def _mask_entity(match: re.Match[str], buf: list[str]) -> None:
    start, end = match.start(), match.end()
    decoded = html.unescape(match.group(0))
    if decoded == match.group(0) or len(decoded) != 1:
        _blank(buf, start, end)
        return
    char = decoded
    if char.isalpha():
        buf[start] = char
        for i in range(start + 1, end):
            buf[i] = SOFT
    elif char in {SOFT, "\u200c", "\u200d"}:
        for i in range(start, end):
            buf[i] = char
    elif char in ".!?…,;:–—":
        _blank(buf, start, end)
        buf[end - 1] = char
    else:
        _blank(buf, start, end)


# -- Markdown blocks ----------------------------------------------------------------------------------
def _mask_lines(text: str, buf: list[str]) -> None:
    """Blank block markers and decide for every newline whether it ends a block."""
    lines = text.split("\n")
    offset = 0
    prev_kind = "blank"
    prev_hard_end = False
    in_fence = False
    in_table = False
    for index, line in enumerate(lines):
        kind = _classify(line, lines[index + 1] if index + 1 < len(lines) else "", in_table)
        if kind == "fence":
            in_fence = not in_fence
        if in_fence or kind == "fence":
            _blank(buf, offset, offset + len(line))
            kind = "fence"
        else:
            _mask_marker(line, kind, offset, buf)
        in_table = kind in {"table", "table-sep"}
        if offset > 0:
            hard = (
                kind != "text"
                or prev_kind != "text"
                or prev_hard_end
                or (kind == "text" and prev_kind == "quote")
            )
            if kind == "quote" and prev_kind == "quote":
                hard = prev_hard_end
            buf[offset - 1] = BREAK if hard else " "
        prev_hard_end = line.endswith(("  ", "\\"))
        prev_kind = kind
        offset += len(line) + 1


def _classify(line: str, next_line: str, in_table: bool) -> str:
    if not line.strip():
        return "blank"
    if _FENCE.match(line):
        return "fence"
    if _HEADING.match(line):
        return "heading"
    if _RULE.match(line):
        return "rule"
    if _TABLE_SEPARATOR.match(line) and "-" in line and ("|" in line or in_table):
        return "table-sep"
    if "|" in line and (line.lstrip().startswith("|") or in_table or _TABLE_SEPARATOR.match(next_line)):
        return "table"
    if _LIST_ITEM.match(line):
        return "list"
    if _QUOTE.match(line):
        return "quote"
    if _LINK_DEFINITION.match(line):
        return "linkdef"
    return "text"


def _mask_marker(line: str, kind: str, offset: int, buf: list[str]) -> None:
    end_of_line = offset + len(line)
    if kind in {"rule", "table-sep", "linkdef"}:
        _blank(buf, offset, end_of_line)
    elif kind == "table":
        for i, char in enumerate(line):
            if char == "|" and (i == 0 or line[i - 1] != "\\"):
                buf[offset + i] = BREAK
    elif kind in {"heading", "list", "quote"}:
        pattern = {"heading": _HEADING, "list": _LIST_ITEM, "quote": _QUOTE}[kind]
        match = pattern.match(line)
        if match is not None:
            _blank(buf, offset, offset + match.end())
        if kind == "heading":
            close = _HEADING_CLOSE.search(line)
            if close is not None:
                _blank(buf, offset + close.start(), end_of_line)
    if line.endswith("\\"):
        buf[end_of_line - 1] = " "


# -- Markdown inline, shortcodes, URLs -----------------------------------------------------------------
def _mask_inline(text: str, buf: list[str]) -> None:
    for match in _SHORTCODE_CONTACT.finditer(text):
        _blank(buf, match.start(), match.end())
    for match in _SHORTCODE_PAGE.finditer(text):
        _blank(buf, match.start(), match.start(1))
        _blank(buf, match.end(1), match.end())
    if "[" in text:
        for match in _IMAGE.finditer(text):
            _blank(buf, match.start(), match.end())
        current = "".join(buf)
        for match in _LINK.finditer(current):
            _blank(buf, match.start(), match.start(1))
            _blank(buf, match.end(1), match.end())
    lowered = text.lower()
    if "@" in text or any(mark in lowered for mark in _URL_MARKS):
        current = "".join(buf)
        for pattern in (_URL, _EMAIL):
            for match in pattern.finditer(current):
                _blank(buf, match.start(), match.end())
    current = "".join(buf)
    # the pattern has no fixed first character, so a scan tries it at every position: look for its
    # characters first (most texts have none)
    if any(mark in current for mark in _INLINE_MARK_CHARS):
        for match in _INLINE_MARKS.finditer(current):
            start, end = match.start(), match.end()
            if current[start] == "_" and _inside_word(current, start, end):
                continue
            _blank(buf, start, end)
    if "\ufeff" in text:
        for i, char in enumerate(buf):
            if char == "\ufeff":
                buf[i] = " "


def _inside_word(text: str, start: int, end: int) -> bool:
    """True for underscores between two word characters (``snake_case``), which are no markup."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() and after.isalnum()
