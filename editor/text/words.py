"""Split masked prose into checkable words (Qt-free, no dictionaries).

Works on the output of :func:`editor.text.masking.mask_prose`. A word is a run of letters and
combining marks (Arabic harakat and tanween stay inside the word), zero-width joiners (Farsi) and
the masking's ``IGNORABLE`` placeholder, joined by inner apostrophes or hyphens. German gender forms
such as ``Ärzt*innen`` or ``Lehrer:innen`` are one token with a ``gender`` suffix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from editor.text.masking import IGNORABLE, MARKS

_WORD_CHAR = rf"[^\W\d_]|[{MARKS}\u200c\u200d{IGNORABLE}]"
_APOSTROPHES = "'’ʼ"
_HYPHENS = "\\-‐‑"
#: Easy German's middle dot between a word's parts (``Job·center``); before a gender ending it is the
#: gender sign (``Lehrer·innen``).
MIDDLE_DOT = "·"
_GENDER = r"-?(?:innen|in|Innen|In)(?![^\W\d_])"
# A hyphen with white space (a masked number) before it belongs to the word: ``14-tägig``.
_TOKEN_RE = re.compile(
    rf"(?:(?<!\S)[{_HYPHENS}](?=[^\W\d_]))?"
    rf"(?:{_WORD_CHAR})+(?:(?:[{_APOSTROPHES}{_HYPHENS}]|{MIDDLE_DOT}(?!{_GENDER}))(?:{_WORD_CHAR})+)*"
    rf"(?P<gender>[*:_·/]{_GENDER})?"
)
_PART_SPLIT_RE = re.compile(rf"[{_HYPHENS}]")

_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x08A0, 0x08FF, "arabic"),
    (0x1200, 0x139F, "ethiopic"),
    (0x1E00, 0x1EFF, "latin"),
    (0x2D80, 0x2DDF, "ethiopic"),
    (0xAB00, 0xAB2F, "ethiopic"),
    (0xFB1D, 0xFB4F, "hebrew"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
)


@dataclass(frozen=True, slots=True)
class Part:
    """One hyphen-separated part of a token: its cleaned text and span in the original text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """A word candidate: ``text`` is cleaned (placeholders removed), spans index the original text.

    ``parts`` holds the hyphen-separated parts (one part for a simple word; a part may hold middle dots,
    and a token after a masked number starts with its hyphen: ``-tägig``); ``gender`` is the
    suffix of a German gender form (``innen``/``in``) or ``""``; ``trailing`` is the character after
    the token (to try ``z.B.``-style abbreviations and ``Bildungs-`` prefixes).
    """

    text: str
    start: int
    end: int
    parts: tuple[Part, ...]
    gender: str
    trailing: str
    sentence_start: bool


def clean_word(raw: str) -> str:
    """Drop masking placeholders from a raw token."""
    return raw.replace(IGNORABLE, "") if IGNORABLE in raw else raw


def script_of(word: str) -> str:
    """Return the script of the first letter of ``word`` (``latin``, ``arabic`` … or ``other``)."""
    for char in word:
        if not char.isalpha():
            continue
        code = ord(char)
        for low, high, script in _SCRIPT_RANGES:
            if low <= code <= high:
                return script
        return "other"
    return "other"


def has_inner_capital(word: str) -> bool:
    """True for ``WhatsApp``, ``eID``, ``BürgerInnen``: a capital inside a part."""
    return any(char.isupper() for part in _PART_SPLIT_RE.split(word) for char in part[1:])


def iter_tokens(masked: str) -> Iterator[Token]:
    """Yield the word tokens of a masked text, with spans into the original text."""
    for match in _TOKEN_RE.finditer(masked):
        token = token_at(masked, match)
        if token is not None:
            yield token


def iter_token_matches(masked: str) -> Iterator[re.Match[str]]:
    """The matches :func:`iter_tokens` makes its tokens of (see :func:`token_at`). A token's parts,
    gender and trailing character depend only on the match's text and the character after it."""
    return _TOKEN_RE.finditer(masked)


def token_at(masked: str, match: re.Match[str]) -> Token | None:
    """The token of one match of :func:`iter_token_matches` (None: only placeholders)."""
    start, end = _strip_placeholders(masked, match.start(), match.end())
    if start >= end:
        return None
    gender_text = match.group("gender") or ""
    body_end = match.start("gender") if gender_text else end
    body_end = _strip_placeholders(masked, start, body_end)[1]
    parts = tuple(_parts(masked, start, body_end))
    return Token(
        text=clean_word(masked[start:end]),
        start=start,
        end=end,
        parts=parts,
        gender=gender_text.lstrip("*:_·/-"),
        trailing=masked[end] if end < len(masked) else "",
        sentence_start=_is_sentence_start(masked, start),
    )


def _strip_placeholders(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] == IGNORABLE:
        start += 1
    while end > start and text[end - 1] == IGNORABLE:
        end -= 1
    return start, end


def _parts(masked: str, start: int, end: int) -> Iterator[Part]:
    body = masked[start:end]
    if not _PART_SPLIT_RE.search(body):
        yield Part(clean_word(body), start, end)
        return
    position = start
    for piece in _PART_SPLIT_RE.split(masked[start:end]):
        piece_start, piece_end = _strip_placeholders(masked, position, position + len(piece))
        if piece_end > piece_start:
            yield Part(clean_word(masked[piece_start:piece_end]), piece_start, piece_end)
        position += len(piece) + 1


def _is_sentence_start(masked: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and not masked[index].isalnum() and masked[index] not in ".!?:;\n•*#-|>":
        index -= 1
    if index < 0:
        return True
    char = masked[index]
    if char in ".!?:\n•#|>":
        return True
    return char in "*-" and (index == 0 or masked[index - 1] in " \t\n")
