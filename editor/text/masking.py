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

import bisect
import html.entities
import re
import unicodedata
from collections.abc import Callable, Iterator

from editor.text.url_patterns import DOMAIN_RE as _DOMAIN_RE
from editor.text.url_patterns import EMAIL_RE as _EMAIL_RE
from editor.text.url_patterns import HOST_RE as _HOST_RE
from editor.text.url_patterns import PHONE_RE as _PHONE_RE
from editor.text.url_patterns import URL_RE as _URL_RE

IGNORABLE = "\x00"
_INVISIBLE_IN_WORD = "\u00ad\u200b\u200e\u200f\u2060\ufeff\u061c"
_JOINERS = "\u200c\u200d"
_TO_IGNORABLE = str.maketrans(dict.fromkeys(_INVISIBLE_IN_WORD, IGNORABLE))

_TAG_RE = re.compile(
    r"""<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s+[^\s=/<>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>]+))?)*)\s*/?>""",
)
_COMMENT_RE = re.compile(r"<!--.*?(?:-->|\Z)|<![A-Za-z][^>]*>|<\?.*?\?>", re.DOTALL)
_RAW_ELEMENTS = ("script", "style", "code", "pre", "kbd", "samp", "var", "math", "svg")
_NOTRANSLATE_ATTR_RE = re.compile(
    r"""\bclass\s*=\s*(?:"[^"]*\bnotranslate\b[^"]*"|'[^']*\bnotranslate\b[^']*'|notranslate\b)"""
    r"""|\btranslate\s*=\s*(?:"no"|'no'|no\b)""",
    re.IGNORECASE,
)
_FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}+|~{3,}+)[^\n]*+\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S)
#: Code spans longer than this are not looked for (an unclosed backtick would otherwise be a scan to the end).
_MAX_CODE_SPAN = 4096
_CODE_SPAN_RE = re.compile(rf"(?<!`)(`+)(?!`).{{1,{_MAX_CODE_SPAN}}}?(?<!`)\1(?!`)", re.DOTALL)
_LINK_RE = re.compile(
    r"""(!?\[)((?:[^\[\]\n]|\[[^\[\]\n]*\])*)"""
    r"""(\]\(\s*(?:<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"""
    r"""(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\))"""
)
_REF_LINK_RE = re.compile(r"(\[)((?:[^\[\]\n]|\[[^\[\]\n]*\])+)(\]\[[^\]\n]*\])")
_REF_DEF_RE = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
_ATTR_LIST_RE = re.compile(r"\{[:#.][^{}\n]*\}")
_SHORTCODE_RE = re.compile(r"\[(?:contact|page)\b[^\[\]\n]*\]", re.IGNORECASE)
_QUOTED_RE = re.compile(r""""[^"\n]*"|“[^”\n]*”""")
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Words with a digit, superscript or subscript in them (``3b``, ``m²``, ``CO₂``).
_DIGIT_WORD_RE = re.compile(r"(?<![^\W_])[^\W_]*[\d\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089][^\W_]*")
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


#: A regex character class body matching combining marks (harakat, tanween, accents …): the ranges
#: of Unicode categories Mn/Mc/Me below U+20000, written out because computing them costs 0.1 s at
#: start-up (``_mark_ranges`` recomputes them; a test keeps the two equal).
MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf-\u05bf\u05c1-\u05c2\u05c4-\u05c5"
    "\u05c7-\u05c7\u0610-\u061a\u064b-\u065f\u0670-\u0670\u06d6-\u06dc\u06df-\u06e4"
    "\u06e7-\u06e8\u06ea-\u06ed\u0711-\u0711\u0730-\u074a\u07a6-\u07b0\u07eb-\u07f3"
    "\u07fd-\u07fd\u0816-\u0819\u081b-\u0823\u0825-\u0827\u0829-\u082d\u0859-\u085b"
    "\u0898-\u089f\u08ca-\u08e1\u08e3-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957"
    "\u0962-\u0963\u0981-\u0983\u09bc-\u09bc\u09be-\u09c4\u09c7-\u09c8\u09cb-\u09cd"
    "\u09d7-\u09d7\u09e2-\u09e3\u09fe-\u09fe\u0a01-\u0a03\u0a3c-\u0a3c\u0a3e-\u0a42"
    "\u0a47-\u0a48\u0a4b-\u0a4d\u0a51-\u0a51\u0a70-\u0a71\u0a75-\u0a75\u0a81-\u0a83"
    "\u0abc-\u0abc\u0abe-\u0ac5\u0ac7-\u0ac9\u0acb-\u0acd\u0ae2-\u0ae3\u0afa-\u0aff"
    "\u0b01-\u0b03\u0b3c-\u0b3c\u0b3e-\u0b44\u0b47-\u0b48\u0b4b-\u0b4d\u0b55-\u0b57"
    "\u0b62-\u0b63\u0b82-\u0b82\u0bbe-\u0bc2\u0bc6-\u0bc8\u0bca-\u0bcd\u0bd7-\u0bd7"
    "\u0c00-\u0c04\u0c3c-\u0c3c\u0c3e-\u0c44\u0c46-\u0c48\u0c4a-\u0c4d\u0c55-\u0c56"
    "\u0c62-\u0c63\u0c81-\u0c83\u0cbc-\u0cbc\u0cbe-\u0cc4\u0cc6-\u0cc8\u0cca-\u0ccd"
    "\u0cd5-\u0cd6\u0ce2-\u0ce3\u0d00-\u0d03\u0d3b-\u0d3c\u0d3e-\u0d44\u0d46-\u0d48"
    "\u0d4a-\u0d4d\u0d57-\u0d57\u0d62-\u0d63\u0d81-\u0d83\u0dca-\u0dca\u0dcf-\u0dd4"
    "\u0dd6-\u0dd6\u0dd8-\u0ddf\u0df2-\u0df3\u0e31-\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
    "\u0eb1-\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u0f18-\u0f19\u0f35-\u0f35\u0f37-\u0f37"
    "\u0f39-\u0f39\u0f3e-\u0f3f\u0f71-\u0f84\u0f86-\u0f87\u0f8d-\u0f97\u0f99-\u0fbc"
    "\u0fc6-\u0fc6\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d"
    "\u1071-\u1074\u1082-\u108d\u108f-\u108f\u109a-\u109d\u135d-\u135f\u1712-\u1715"
    "\u1732-\u1734\u1752-\u1753\u1772-\u1773\u17b4-\u17d3\u17dd-\u17dd\u180b-\u180d"
    "\u180f-\u180f\u1885-\u1886\u18a9-\u18a9\u1920-\u192b\u1930-\u193b\u1a17-\u1a1b"
    "\u1a55-\u1a5e\u1a60-\u1a7c\u1a7f-\u1a7f\u1ab0-\u1ace\u1b00-\u1b04\u1b34-\u1b44"
    "\u1b6b-\u1b73\u1b80-\u1b82\u1ba1-\u1bad\u1be6-\u1bf3\u1c24-\u1c37\u1cd0-\u1cd2"
    "\u1cd4-\u1ce8\u1ced-\u1ced\u1cf4-\u1cf4\u1cf7-\u1cf9\u1dc0-\u1dff\u20d0-\u20f0"
    "\u2cef-\u2cf1\u2d7f-\u2d7f\u2de0-\u2dff\u302a-\u302f\u3099-\u309a\ua66f-\ua672"
    "\ua674-\ua67d\ua69e-\ua69f\ua6f0-\ua6f1\ua802-\ua802\ua806-\ua806\ua80b-\ua80b"
    "\ua823-\ua827\ua82c-\ua82c\ua880-\ua881\ua8b4-\ua8c5\ua8e0-\ua8f1\ua8ff-\ua8ff"
    "\ua926-\ua92d\ua947-\ua953\ua980-\ua983\ua9b3-\ua9c0\ua9e5-\ua9e5\uaa29-\uaa36"
    "\uaa43-\uaa43\uaa4c-\uaa4d\uaa7b-\uaa7d\uaab0-\uaab0\uaab2-\uaab4\uaab7-\uaab8"
    "\uaabe-\uaabf\uaac1-\uaac1\uaaeb-\uaaef\uaaf5-\uaaf6\uabe3-\uabea\uabec-\uabed"
    "\ufb1e-\ufb1e\ufe00-\ufe0f\ufe20-\ufe2f\U000101fd-\U000101fd\U000102e0-\U000102e0"
    "\U00010376-\U0001037a\U00010a01-\U00010a03\U00010a05-\U00010a06\U00010a0c-\U00010a0f"
    "\U00010a38-\U00010a3a\U00010a3f-\U00010a3f\U00010ae5-\U00010ae6\U00010d24-\U00010d27"
    "\U00010eab-\U00010eac\U00010f46-\U00010f50\U00010f82-\U00010f85\U00011000-\U00011002"
    "\U00011038-\U00011046\U00011070-\U00011070\U00011073-\U00011074\U0001107f-\U00011082"
    "\U000110b0-\U000110ba\U000110c2-\U000110c2\U00011100-\U00011102\U00011127-\U00011134"
    "\U00011145-\U00011146\U00011173-\U00011173\U00011180-\U00011182\U000111b3-\U000111c0"
    "\U000111c9-\U000111cc\U000111ce-\U000111cf\U0001122c-\U00011237\U0001123e-\U0001123e"
    "\U000112df-\U000112ea\U00011300-\U00011303\U0001133b-\U0001133c\U0001133e-\U00011344"
    "\U00011347-\U00011348\U0001134b-\U0001134d\U00011357-\U00011357\U00011362-\U00011363"
    "\U00011366-\U0001136c\U00011370-\U00011374\U00011435-\U00011446\U0001145e-\U0001145e"
    "\U000114b0-\U000114c3\U000115af-\U000115b5\U000115b8-\U000115c0\U000115dc-\U000115dd"
    "\U00011630-\U00011640\U000116ab-\U000116b7\U0001171d-\U0001172b\U0001182c-\U0001183a"
    "\U00011930-\U00011935\U00011937-\U00011938\U0001193b-\U0001193e\U00011940-\U00011940"
    "\U00011942-\U00011943\U000119d1-\U000119d7\U000119da-\U000119e0\U000119e4-\U000119e4"
    "\U00011a01-\U00011a0a\U00011a33-\U00011a39\U00011a3b-\U00011a3e\U00011a47-\U00011a47"
    "\U00011a51-\U00011a5b\U00011a8a-\U00011a99\U00011c2f-\U00011c36\U00011c38-\U00011c3f"
    "\U00011c92-\U00011ca7\U00011ca9-\U00011cb6\U00011d31-\U00011d36\U00011d3a-\U00011d3a"
    "\U00011d3c-\U00011d3d\U00011d3f-\U00011d45\U00011d47-\U00011d47\U00011d8a-\U00011d8e"
    "\U00011d90-\U00011d91\U00011d93-\U00011d97\U00011ef3-\U00011ef6\U00016af0-\U00016af4"
    "\U00016b30-\U00016b36\U00016f4f-\U00016f4f\U00016f51-\U00016f87\U00016f8f-\U00016f92"
    "\U00016fe4-\U00016fe4\U00016ff0-\U00016ff1\U0001bc9d-\U0001bc9e\U0001cf00-\U0001cf2d"
    "\U0001cf30-\U0001cf46\U0001d165-\U0001d169\U0001d16d-\U0001d172\U0001d17b-\U0001d182"
    "\U0001d185-\U0001d18b\U0001d1aa-\U0001d1ad\U0001d242-\U0001d244\U0001da00-\U0001da36"
    "\U0001da3b-\U0001da6c\U0001da75-\U0001da75\U0001da84-\U0001da84\U0001da9b-\U0001da9f"
    "\U0001daa1-\U0001daaf\U0001e000-\U0001e006\U0001e008-\U0001e018\U0001e01b-\U0001e021"
    "\U0001e023-\U0001e024\U0001e026-\U0001e02a\U0001e130-\U0001e136\U0001e2ae-\U0001e2ae"
    "\U0001e2ec-\U0001e2ef\U0001e8d0-\U0001e8d6\U0001e944-\U0001e94a"
)


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
    # each pattern is scanned only where the text holds what every match of it holds (see _MAY_MATCH;
    # most prose has no address, number or abbreviation, and the scans cost more than the rest)
    for pattern in (_URL_RE, _EMAIL_RE, _DOMAIN_RE, _HOST_RE):
        changed = False
        for match in pattern.finditer(current) if _MAY_MATCH[pattern](current) else ():
            end = _trim_trailing(current, match.start(), match.end())
            _blank(buf, match.start(), end)
            changed = True
        if changed:
            current = "".join(buf)
    changed = False
    if _DIGIT_RE.search(current):  # a phone number and a word with a digit both hold one
        for pattern in (_PHONE_RE, _DIGIT_WORD_RE):
            for match in pattern.finditer(current):
                _blank(buf, match.start(), match.end())
                changed = True
    if changed:
        current = "".join(buf)
    if _CAPS_PAIR_RE.search(current):
        _mask_all_caps(current, buf)
    masked = "".join(buf)
    if any(char in masked for char in _INVISIBLE_IN_WORD):
        return masked.translate(_TO_IGNORABLE)
    return masked


#: What the text must hold for an address pattern to match in it: a URL a ``:`` (``https://``,
#: ``mailto:``) or ``www.`` in any case; an e-mail address ``@``; a domain and a host name a dot
#: followed by a lower-case letter (their top-level domain).
_MAY_MATCH: dict[re.Pattern[str], Callable[[str], object]] = {
    _URL_RE: lambda text: ":" in text or "www." in text.lower(),
    _EMAIL_RE: lambda text: "@" in text,
    _DOMAIN_RE: re.compile(r"\.[a-z]").search,
    _HOST_RE: re.compile(r"\.[a-z]").search,
}
#: A character every phone number and every word of ``_DIGIT_WORD_RE`` holds.
_DIGIT_RE = re.compile(r"[\d\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]")
#: Two letters in a row of which neither is a lower-case letter of Latin-1: every word of two or more
#: letters that ``_mask_all_caps`` blanks (no lower-case letter in it) holds such a pair.
_CAPS_PAIR_RE = re.compile(r"[^\W\d_a-zß-öø-ÿ]{2}")


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
    closing = _closing_tags(tags)
    for index, tag in enumerate(tags):
        name = tag.group(2).lower()
        if tag.group(1) == "/" or tag.group(0).endswith("/>"):
            continue
        if name in _RAW_ELEMENTS or _NOTRANSLATE_ATTR_RE.search(tag.group(3)):
            end = closing.get(index)
            _blank(buf, tag.start(), tags[end].end() if end is not None else tag.end())
    for tag in tags:
        _blank(buf, tag.start(), tag.end())


def _closing_tags(tags: list[re.Match[str]]) -> dict[int, int]:
    """Index of the tag closing each opening tag (same name, nesting counted), in one pass."""
    open_by_name: dict[str, list[int]] = {}
    closing: dict[int, int] = {}
    for index, tag in enumerate(tags):
        if tag.group(0).endswith("/>"):
            continue
        stack = open_by_name.setdefault(tag.group(2).lower(), [])
        if tag.group(1) != "/":
            stack.append(index)
        elif stack:
            closing[stack.pop()] = index
    return closing


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
            if "](" in match.group(2):  # an image or link inside the link's text: [![](icon.svg) Flyer](…)
                for inner in _LINK_RE.finditer(text, match.start(2), match.end(2)):
                    _blank(buf, inner.start(1), inner.end(1))
                    _blank(buf, inner.start(3), inner.end(3))


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


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Converts Python ``str`` indices of one text to UTF-16 offsets (Qt positions) and back.

    The positions of characters outside the BMP are found once; every conversion is then a binary
    search, so highlighting a long block stays linear.
    """

    __slots__ = ("_astral", "_units", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 offset at which each astral character starts
        self._units = [index + n for n, index in enumerate(self._astral)]

    def to_utf16(self, index: int) -> int:
        """UTF-16 offset of the Python index ``index``."""
        return index + bisect.bisect_left(self._astral, index)

    def from_utf16(self, offset: int) -> int:
        """Python index of the UTF-16 offset ``offset`` (inside a surrogate pair: the character)."""
        before = bisect.bisect_left(self._units, offset)  # astral characters starting before
        index = offset - before
        if before and self._units[before - 1] + 1 == offset:  # the low half of a pair
            return self._astral[before - 1]
        return min(index, len(self.text))

    def spans_to_utf16(self, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """Convert sorted ``(start, end)`` Python spans to UTF-16 spans in one pass."""
        for start, end in spans:
            yield self.to_utf16(start), self.to_utf16(end)
