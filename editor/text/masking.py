"""Prose extraction by masking in place, and UTF-16 offsets.

``mask_prose(text)`` returns a string of the *same length* as ``text`` in which everything that is
not prose is replaced by spaces: Markdown syntax (link targets, code, attribute lists), inline HTML
tags with their attributes, comments, ``<script>``/``<style>``/``<code>`` elements, elements marked
``notranslate``/``translate="no"``, HTML entities, URLs, e-mail addresses, phone numbers, numbers,
ALL-CAPS abbreviations and the CMS's ``[contact …]``/``[page …]`` shortcodes. Offsets into the
masked string are therefore offsets into the text as read.

Two characters have a special meaning in the result:

* ``IGNORABLE`` (NUL) stands for a character that is invisible *inside* a word: a soft hyphen, a
  zero-width space, a bidi mark, or the tail of an entity such as ``&uuml;`` whose first position
  holds the decoded letter. Word tokenisers treat it as part of the word and drop it when checking.
* Zero-width (non-)joiners are kept as they are: Farsi writes them inside words.
"""

from __future__ import annotations

import html.entities
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

IGNORABLE = "\x00"
_INVISIBLE_IN_WORD = "\u00ad\u200b\u200e\u200f\u2060\ufeff\u061c"
_JOINERS = "\u200c\u200d"
_TO_IGNORABLE = str.maketrans(dict.fromkeys(_INVISIBLE_IN_WORD, IGNORABLE))

_TAG_RE = re.compile(
    r"""<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*/?>""",
)
_COMMENT_RE = re.compile(r"<!--.*?(?:-->|\Z)|<![A-Za-z][^>]*>|<\?.*?\?>", re.DOTALL)
_RAW_ELEMENTS = ("script", "style", "code", "pre", "kbd", "samp", "var", "math", "svg")
_NOTRANSLATE_ATTR_RE = re.compile(
    r"""\bclass\s*=\s*(?:"[^"]*\bnotranslate\b[^"]*"|'[^']*\bnotranslate\b[^']*'|notranslate\b)"""
    r"""|\btranslate\s*=\s*(?:"no"|'no'|no\b)""",
    re.IGNORECASE,
)
_FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S)
_CODE_SPAN_RE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_LINK_RE = re.compile(
    r"""(!?\[)((?:[^\[\]\n]|\[[^\[\]\n]*\])*)"""
    r"""(\]\(\s*(?:<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"""
    r"""(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\))"""
)
_REF_LINK_RE = re.compile(r"(\[)((?:[^\[\]\n]|\[[^\[\]\n]*\])+)(\]\[[^\]\n]*\])")
_REF_DEF_RE = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
_ATTR_LIST_RE = re.compile(r"\{[:#.][^}\n]*\}")
_SHORTCODE_RE = re.compile(r"\[(?:contact|page)\b[^\]\n]*\]", re.IGNORECASE)
_QUOTED_RE = re.compile(r""""[^"\n]*"|“[^”\n]*”""")
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_URL_RE = re.compile(
    r"""(?:\b(?:https?|ftp|file)://|\bwww\.|\b(?:mailto|tel|fax|sms|geo):)[^\s<>"'`\]\[{}|\\^]*""",
    re.IGNORECASE,
)
_TLDS = (
    "de|com|org|net|info|eu|app|io|gov|edu|at|ch|uk|fr|nl|be|it|es|pl|tr|ru|ua|ir|biz|online|"
    "bayern|berlin|nrw|koeln|hamburg|ruhr|social|help|jobs|int|me|tv|co"
)
_DOMAIN_RE = re.compile(
    rf"""\b(?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?\.)+(?:{_TLDS})\b(?:/[^\s<>"'`]*)?"""
)
_EMAIL_RE = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"(?<![\w])(?:\+|00)?\(?\d[\d \u00a0\u202f/().\-–]{4,}\d(?![\w])")
_DIGIT_WORD_RE = re.compile(r"[^\W_]*\d[^\W_]*")
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
_TRAILING_PUNCT = ".,;:!?'\")»«”’>"


def _mark_ranges() -> str:
    ranges: list[str] = []
    start: int | None = None
    for code in range(0x300, 0x20000):
        is_mark = unicodedata.category(chr(code)) in {"Mn", "Mc", "Me"}
        if is_mark and start is None:
            start = code
        elif not is_mark and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return "".join(ranges)


#: A regex character class body matching combining marks (harakat, tanween, accents …).
MARKS = _mark_ranges()


# -- masking --------------------------------------------------------------------------------------
def mask_prose(text: str) -> str:
    """Return ``text`` with every non-prose character blanked; the result has the same length."""
    buf = list(text)
    if "<" in text:
        _mask_markup(text, buf)
    if any(marker in text for marker in "`[{~"):
        _mask_markdown(text, buf)
    if "&" in text:
        _mask_entities(text, buf)
    current = "".join(buf)
    for pattern in (_URL_RE, _EMAIL_RE, _DOMAIN_RE):
        changed = False
        for match in pattern.finditer(current):
            end = _trim_trailing(current, match.start(), match.end())
            _blank(buf, match.start(), end)
            changed = True
        if changed:
            current = "".join(buf)
    changed = False
    for pattern in (_PHONE_RE, _DIGIT_WORD_RE):
        for match in pattern.finditer(current):
            _blank(buf, match.start(), match.end())
            changed = True
    if changed:
        current = "".join(buf)
    _mask_all_caps(current, buf)
    return "".join(buf).translate(_TO_IGNORABLE)


def _blank(buf: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        if buf[index] != "\n":
            buf[index] = " "


def _trim_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING_PUNCT:
        end -= 1
    if text[start:end].count("(") < text[start:end].count(")") and text[end - 1] == ")":
        end -= 1
    return end


def _mask_markup(text: str, buf: list[str]) -> None:
    for match in _COMMENT_RE.finditer(text):
        _blank(buf, match.start(), match.end())
    tags = [m for m in _TAG_RE.finditer(text) if buf[m.start()] == "<"]
    for index, tag in enumerate(tags):
        name = tag.group(2).lower()
        closing = tag.group(1) == "/"
        self_closing = tag.group(0).endswith("/>")
        if closing or self_closing:
            continue
        if name in _RAW_ELEMENTS or _NOTRANSLATE_ATTR_RE.search(tag.group(3)):
            end = _matching_close(tags, index, name)
            _blank(buf, tag.start(), end if end is not None else tag.end())
    for tag in tags:
        _blank(buf, tag.start(), tag.end())


def _matching_close(tags: list[re.Match[str]], index: int, name: str) -> int | None:
    depth = 0
    for tag in tags[index + 1 :]:
        if tag.group(2).lower() != name or tag.group(0).endswith("/>"):
            continue
        if tag.group(1) == "/":
            if depth == 0:
                return tag.end()
            depth -= 1
        else:
            depth += 1
    return None


def _mask_markdown(text: str, buf: list[str]) -> None:
    for pattern in (_FENCE_RE, _CODE_SPAN_RE, _REF_DEF_RE, _ATTR_LIST_RE):
        for match in pattern.finditer(text):
            _blank(buf, match.start(), match.end())
    for match in _SHORTCODE_RE.finditer(text):
        keep = [(q.start() + 1, q.end() - 1) for q in _QUOTED_RE.finditer(match.group(0))]
        _blank(buf, match.start(), match.end())
        for start, end in keep:
            for offset in range(start, end):
                buf[match.start() + offset] = text[match.start() + offset]
    for pattern in (_LINK_RE, _REF_LINK_RE):
        for match in pattern.finditer(text):
            _blank(buf, match.start(1), match.end(1))
            _blank(buf, match.start(3), match.end(3))


def _mask_entities(text: str, buf: list[str]) -> None:
    for match in _ENTITY_RE.finditer(text):
        if buf[match.start()] != "&":
            continue
        decoded = _decode_entity(match.group(0))
        start, end = match.start(), match.end()
        if len(decoded) == 1 and (decoded.isalpha() or decoded in _JOINERS or _is_mark(decoded)):
            buf[start] = decoded
            for index in range(start + 1, end):
                buf[index] = IGNORABLE
        elif decoded and all(char in _INVISIBLE_IN_WORD for char in decoded):
            for index in range(start, end):
                buf[index] = IGNORABLE
        else:
            _blank(buf, start, end)


def _decode_entity(entity: str) -> str:
    body = entity[1:-1]
    if body.startswith(("#x", "#X")):
        return _safe_chr(int(body[2:], 16))
    if body.startswith("#"):
        return _safe_chr(int(body[1:]))
    return html.entities.html5.get(body + ";", "")


def _safe_chr(code: int) -> str:
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else ""


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in {"Mn", "Mc", "Me"}


def _mask_all_caps(current: str, buf: list[str]) -> None:
    for match in _LETTER_RUN_RE.finditer(current):
        word = match.group(0)
        if len(word) >= 2 and word.isupper():
            _blank(buf, match.start(), match.end())


# -- UTF-16 offsets -------------------------------------------------------------------------------
def utf16_length(text: str) -> int:
    """Return the length of ``text`` in UTF-16 code units (what Qt counts)."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


@dataclass(frozen=True, slots=True)
class Utf16Map:
    """Converts Python ``str`` indices of one text to UTF-16 offsets (Qt positions) and back."""

    text: str

    def to_utf16(self, index: int) -> int:
        """UTF-16 offset of the Python index ``index``."""
        return index + sum(1 for char in self.text[:index] if ord(char) > 0xFFFF)

    def from_utf16(self, offset: int) -> int:
        """Python index of the UTF-16 offset ``offset`` (inside a surrogate pair: the character)."""
        units = 0
        for index, char in enumerate(self.text):
            if units >= offset:
                return index
            units += 2 if ord(char) > 0xFFFF else 1
        return len(self.text)

    def spans_to_utf16(self, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """Convert sorted ``(start, end)`` Python spans to UTF-16 spans in one pass."""
        if all(ord(char) <= 0xFFFF for char in self.text):
            yield from spans
            return
        prefix = [0]
        for char in self.text:
            prefix.append(prefix[-1] + (2 if ord(char) > 0xFFFF else 1))
        for start, end in spans:
            yield prefix[start], prefix[end]
