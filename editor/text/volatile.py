"""Facts in a text that go out of date first: postal addresses, opening hours, phone numbers (Qt-free).

:func:`find_volatile` returns their spans in the text as given (HTML tags and entities are blanked to
spaces first, so offsets hold). The freshness report highlights them in stale pages as the likeliest
to be wrong. Phone numbers use the shared pattern of :mod:`editor.text.url_patterns`.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from editor.text.url_patterns import PHONE_RE


class FactKind(enum.Enum):
    """What kind of volatile fact a span is."""

    ADDRESS = "address"
    OPENING_HOURS = "opening_hours"
    PHONE = "phone"


@dataclass(frozen=True)
class Fact:
    """One span of a volatile fact."""

    kind: FactKind
    start: int
    end: int
    text: str


_TAG_RE = re.compile(r"<[^>]{0,2000}>|&[#A-Za-z0-9]{1,32};")
_STREET_SUFFIX = r"(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm|ufer|markt|steig|chaussee)"
_STREET = (
    rf"(?:[A-ZÄÖÜ][\wäöüß.-]{{0,40}}{_STREET_SUFFIX}"
    rf"|[A-ZÄÖÜ][\wäöüß.-]{{0,40}}[ -](?:Stra(?:ß|ss)e|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer))"
)
_ADDRESS_RE = re.compile(
    rf"{_STREET}\s{{1,3}}\d{{1,4}}\s?[a-z]?\b(?:,?\s{{1,3}}\d{{5}}\s{{1,3}}[A-ZÄÖÜ][\wäöüß-]{{1,40}})?"
    r"|\b\d{5}\s{1,3}[A-ZÄÖÜ][a-zäöüß]{2,40}(?:\s(?:am|an der|im)\s[A-ZÄÖÜ][\wäöüß]{1,30})?\b"
)
_TIME = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
_DAY = (
    r"(?:Mo(?:ntag)?|Di(?:enstag)?|Mi(?:ttwoch)?|Do(?:nnerstag)?|Fr(?:eitag)?|Sa(?:mstag)?|"
    r"So(?:nntag)?|Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|"
    r"Sat(?:urday)?|Sun(?:day)?)\.?"
)
_HOURS_RE = re.compile(
    rf"\b{_DAY}(?:\s?(?:-|–|bis|to|und|and|,)\s?{_DAY})*:?\s{{0,3}}{_TIME}\s?(?:-|–|bis|to)\s?{_TIME}"
    rf"(?:\s?(?:Uhr|h|am|pm))?"
    rf"|\b{_TIME}\s?(?:Uhr\s?)?(?:-|–|bis|to)\s?{_TIME}\s?(?:Uhr|h|am|pm)\b"
    rf"|\b(?:[01]?\d|2[0-3])[:.][0-5]\d\s?(?:-|–|bis|to)\s?(?:[01]?\d|2[0-3])[:.][0-5]\d\b"
)


def blank_markup(text: str) -> str:
    """``text`` with tags and entities replaced by spaces of the same length."""
    return _TAG_RE.sub(lambda m: " " * len(m.group()), text)


def find_volatile(text: str) -> list[Fact]:
    """Addresses, opening hours and phone numbers in ``text``, in text order, without overlaps."""
    plain = blank_markup(text)
    found: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in (
        (FactKind.OPENING_HOURS, _HOURS_RE),
        (FactKind.ADDRESS, _ADDRESS_RE),
        (FactKind.PHONE, PHONE_RE),
    ):
        for match in pattern.finditer(plain):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if kind is FactKind.PHONE and sum(ch.isdigit() for ch in match.group()) < 6:
                continue
            taken.append((start, end))
            found.append(Fact(kind, start, end, match.group()))
    return sorted(found, key=lambda f: f.start)
