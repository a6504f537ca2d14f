"""Prose extraction for readability: markup is masked in place, never stripped.

``mask_prose(text)`` returns a string of exactly ``len(text)`` characters in which HTML tags, comments,
entities, Markdown syntax, shortcodes, URLs and e-mail addresses are replaced by spaces, so every index
into the masked string is an index into the original. Block boundaries (paragraphs, headings, list items,
table cells, ``<br>``) become :data:`BREAK`, which ends a sentence. Entities that stand for a letter
become that letter followed by soft hyphens, which the tokeniser treats as part of the word.

This is deliberately self-contained (a shared ``editor/text/masking.py`` is written separately).
"""

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
#: A Markdown attribute list (``{: .link-external }`` after a link, ``{: dir="rtl" }`` under a paragraph,
#: ``{: width="300" }`` after an image), as ``integreat-desk convert`` writes them: markup, not prose.
_ATTR_LIST = re.compile(r"\{[:#.][^{}\n]*\}")
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
    # Each step makes the next string from the previous one's pieces (C slicing and joining), in the
    # order and from the strings the steps always read, so the result is the same as blanking a list
    # of characters in place (a test compares them on random texts).
    return _mask_inline(_mask_lines(_mask_html(text)))


def _blanks(length: int, first: str = " ") -> str:
    """What blanking ``length`` characters writes: ``first`` and spaces ("" for none)."""
    return first + " " * (length - 1) if length > 0 else ""


def _apply(current: str, edits: list[tuple[int, int, str]]) -> str:
    """``current`` with each ``(start, end, replacement)`` written (spans in order, apart; each
    replacement as long as its span)."""
    if not edits:
        return current
    pieces, position = [], 0
    for start, end, replacement in edits:
        pieces.append(current[position:start])
        pieces.append(replacement)
        position = end
    pieces.append(current[position:])
    return "".join(pieces)


def _spans_blanked(current: str, spans: list[tuple[int, int]]) -> str:
    """``current`` with each span blanked with spaces (in any order: blanking commutes)."""
    if not spans:
        return current
    spans.sort()
    merged: list[list[int]] = []
    for start, stop in spans:  # overlapping spans are merged: spaces either way
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], stop)
        else:
            merged.append([start, stop])
    return _apply(current, [(start, stop, " " * (stop - start)) for start, stop in merged])


# -- HTML ---------------------------------------------------------------------------------------------
def _mask_html(text: str) -> str:
    current = text
    if "<" in text:
        current = _COMMENT.sub(_blank_match, text)
        raw = [(m.start(), m.end(), _blanks(m.end() - m.start(), BREAK)) for m in _RAW_ELEMENT.finditer(text)]
        current = _TAG.sub(_tag_blanks, _apply(current, raw))
    if "&" in text:
        current = _apply(current, [(m.start(), m.end(), _entity(m)) for m in _ENTITY.finditer(text)])
    return current


def _blank_match(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def _tag_blanks(match: re.Match[str]) -> str:
    return _blanks(match.end() - match.start(), BREAK if match.group(1).lower() in BLOCK_TAGS else " ")


#: Characters that join the two parts of a word (docs/readability.md, "Word"); written as an entity they
#: are masked to the character and soft hyphens, as a letter is, so the word stays one word.
_WORD_JOINERS = frozenset("'’-‐·")


def _entity(match: re.Match[str]) -> str:
    """What an entity is masked to: a letter and soft hyphens, a joiner repeated, blanks ending in a
    punctuation mark, or blanks."""
    source = match.group(0)
    length = len(source)
    decoded = html.unescape(source)
    if decoded == source or len(decoded) != 1:
        return " " * length
    char = decoded
    if char.isalpha():
        return char + SOFT * (length - 1)
    if char in {SOFT, "\u200c", "\u200d"}:
        return char * length
    if char in _WORD_JOINERS:  # landlord&rsquo;s, E&#45;Mail: the joiner stays inside its word
        return char + SOFT * (length - 1)
    if char in ".!?…,;:–—":
        return " " * (length - 1) + char
    return " " * length


# -- Markdown blocks ----------------------------------------------------------------------------------
def _mask_lines(text: str) -> str:
    """Blank block markers and decide for every newline whether it ends a block."""
    lines = text.split("\n")
    pieces: list[str] = []
    prev_kind = "blank"
    prev_hard_end = False
    in_fence = False
    in_table = False
    for index, line in enumerate(lines):
        kind = _classify(line, lines[index + 1] if index + 1 < len(lines) else "", in_table)
        if kind == "fence":
            in_fence = not in_fence
        if in_fence or kind == "fence":
            masked = " " * len(line)
            kind = "fence"
        else:
            masked = _mask_line(line, kind)
        in_table = kind in {"table", "table-sep"}
        if index > 0:
            hard = (
                kind != "text"
                or prev_kind != "text"
                or prev_hard_end
                or (kind == "text" and prev_kind == "quote")
            )
            if kind == "quote" and prev_kind == "quote":
                hard = prev_hard_end
            pieces.append(BREAK if hard else " ")
        pieces.append(masked)
        prev_hard_end = line.endswith(("  ", "\\"))
        prev_kind = kind
    return "".join(pieces)


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


def _mask_line(line: str, kind: str) -> str:
    """One line (not in a fence) with its block marker blanked (see :func:`_mask_marker`)."""
    if kind == "fence":
        return " " * len(line)
    if kind in ("text", "blank") and not line.endswith("\\"):  # nothing to blank
        return line
    buf = list(line)
    _mask_marker(line, kind, 0, buf)
    return "".join(buf)


def _blank(buf: list[str], start: int, end: int, first: str = " ") -> None:
    if end > start:
        buf[start:end] = first + " " * (end - start - 1)


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
def _mask_inline(text: str) -> str:
    current = text
    if "[" in text:  # shortcodes, images and links all start with one
        spans = [(m.start(), m.end()) for m in _SHORTCODE_CONTACT.finditer(text)]
        for match in _SHORTCODE_PAGE.finditer(text):
            spans += [(match.start(), match.start(1)), (match.end(1), match.end())]
        spans += [(m.start(), m.end()) for m in _IMAGE.finditer(text)]
        current = _spans_blanked(text, spans)
        spans = []
        for match in _LINK.finditer(current):
            spans += [(match.start(), match.start(1)), (match.end(1), match.end())]
        current = _spans_blanked(current, spans)
    if "{" in text:
        current = _spans_blanked(current, [(m.start(), m.end()) for m in _ATTR_LIST.finditer(current)])
    lowered = text.lower()
    if "@" in text or any(mark in lowered for mark in _URL_MARKS):
        spans = [(m.start(), m.end()) for pattern in (_URL, _EMAIL) for m in pattern.finditer(current)]
        current = _spans_blanked(current, spans)
    # the pattern has no fixed first character, so a scan tries it at every position: look for its
    # characters first (most texts have none)
    if any(mark in current for mark in _INLINE_MARK_CHARS):
        spans = [
            (m.start(), m.end())
            for m in _INLINE_MARKS.finditer(current)
            if not (current[m.start()] == "_" and _inside_word(current, m.start(), m.end()))
        ]
        current = _spans_blanked(current, spans)
    if "\ufeff" in text:
        current = current.replace("\ufeff", " ")
    return current


def _inside_word(text: str, start: int, end: int) -> bool:
    """True for underscores between two word characters (``snake_case``), which are no markup."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() and after.isalnum()
