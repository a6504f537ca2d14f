"""Quality checks of a translation against its source, at the aligned block (Qt-free).

:func:`check_translation` splits both texts into blocks, aligns them (:mod:`editor.text.segments`)
and reports, per aligned pair: links not carried over (or pointing to the source-language page where
the target-language page exists), numbers, e-mail addresses, phone numbers, dates and times missing,
``notranslate`` texts changed, empty blocks, text left in the source language; per page: headings,
list items and table cells that differ in count. Warnings only: the user decides.

What the checks need from outside comes in as plain callables (:class:`QaContext`): where a linked
page lives in the target language (``editor.models.link_targets``), and which words the source and
the target language know (``Speller.in_own_dictionary``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import unquote

from editor.text.languages import base_language, script_of_language
from editor.text.segments import CELL, HEADING, ITEM, OTHER, Block, align, split_blocks
from editor.text.url_patterns import EMAIL_RE
from editor.text.worded import Worded
from editor.text.words import script_of

if TYPE_CHECKING:
    from editor.text.alignment import Pair

#: Issue codes.
LINK, SOURCE_LINK, NUMBER, EMAIL, PHONE, DATE, TIME = (
    "link",
    "source-link",
    "number",
    "email",
    "phone",
    "date",
    "time",
)
NOTRANSLATE, EMPTY, STRUCTURE, UNTRANSLATED, GLOSSARY = (
    "notranslate",
    "empty",
    "structure",
    "untranslated",
    "glossary",
)

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# The e-mail pattern is the shared one (editor/text/url_patterns.py). The phone pattern is stricter
# than the shared one on purpose: no en dash (a range "400–500" is no phone number) and at least six
# digits (see _keep).
_EMAIL = EMAIL_RE
_PHONE = re.compile(r"(?<![\w.:,])(?:\+|00)?\(?\d[\d \u00a0\u202f/()\-]{5,}\d(?!\d)")
_DATE = re.compile(
    r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"
)
_TIME = re.compile(
    r"(?<![\d.:])([01]?\d|2[0-3])(?::([0-5]\d)(?!\d)(?:\s*(?:Uhr|h)\b)?|\.([0-5]\d)\s*(?:Uhr|h)\b)"
    r"(?:\s*([ap])\.?\s?m\b\.?)?|(?<![\d.:])(1[0-2]|0?\d)\s*([ap])\.?\s?m\b\.?",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d{1,3}(?:[.,\u066c\u00a0\u202f\u2009 ]\d{3})+(?!\d)|\d+(?:[.,\u066b]\d+)?")
_HAS_DIGIT = re.compile(r"\d").search
_HAS_AT = re.compile("@").search
_HAS_EASTERN_DIGIT = re.compile("[۰-۹٠-٩]").search
_ORDINAL = re.compile(r"\b\d{1,3}\.(?=\s+\w)")
#: Small whole numbers are often written as words in the translation ("2" → "second", "zwei").
SPELLED_OUT = 12
_LETTERS = re.compile(r"[^\W\d_]{3,}")
#: Share of a block's words that must be source-language words to call it untranslated.
SOURCE_SHARE = 0.6
MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class QaIssue:
    """One warning: ``code`` (see the module constants), a message for people, and where it is.

    ``source_index``/``target_index`` index ``split_blocks`` of the source and the target (None when
    that side has no block there); ``source_path``/``target_path`` are the blocks' element paths.
    """

    code: str
    message: str
    source_index: int | None = None
    target_index: int | None = None
    source_path: str = ""
    target_path: str = ""


@dataclass(frozen=True)
class QaContext:
    """What the checks need to know beyond the two texts.

    ``link_target(href)`` gives the address of the linked page in the target language (None when the
    link is not to a page of the region, or that page has no target-language version); the two word
    predicates say whether a word belongs to the source or the target language's own dictionary.
    ``glossary(source_text, target_text)`` returns glossary warnings for one block pair.
    """

    source_language: str = "de"
    target_language: str = "en"
    link_target: Callable[[str], str | None] = field(default=lambda href: None)
    is_source_word: Callable[[str], bool] | None = None
    is_target_word: Callable[[str], bool] | None = None
    glossary: Callable[[str, str], Sequence[str]] | None = None


def check_translation(source_html: str, target_html: str, context: QaContext | None = None) -> list[QaIssue]:
    """Every QA warning of ``target_html`` as a translation of ``source_html`` (see the module)."""
    source, target = split_blocks(source_html), split_blocks(target_html)
    return check_pairs(source, target, align(source, target) if target else [], context)


def check_pairs(
    source: Sequence[Block], target: Sequence[Block], pairs: Sequence[Pair], context: QaContext | None = None
) -> list[QaIssue]:
    """:func:`check_translation` on blocks already split and aligned (``pairs`` from
    :func:`editor.text.segments.align` of ``source`` and ``target``), as the desk has them."""
    context = context or QaContext()
    issues = _structure(source, target)
    if not target:
        return issues
    for pair in pairs:
        if pair.target is not None and pair.source is None:
            left = _untranslated(None, pair.target, context)
            if left:
                issues.append(QaIssue(UNTRANSLATED, left, None, pair.target_index, "", pair.target.path))
        if pair.source is None or pair.target is None:
            continue
        where = (pair.source_index, pair.target_index, pair.source.path, pair.target.path)
        for code, message in check_block(pair.source, pair.target, context):
            issues.append(QaIssue(code, message, *where))
    return issues


def check_block(source: Block, target: Block, context: QaContext) -> list[tuple[str, str]]:
    """The warnings of one aligned block pair as ``(code, message)``."""
    if source.text and not target.text:
        return [(EMPTY, Worded("the translation of this block is empty", "empty"))]
    found = _links(source, target, context)
    found += _carried(source.text, target.text)
    for text in source.notranslate:
        if text not in target.notranslate:
            message = f"“{text}” is marked not to be translated but is missing or changed"
            found.append((NOTRANSLATE, Worded(message, "notranslate", text=text)))
    untranslated = _untranslated(source, target, context)
    if untranslated:
        found.append((UNTRANSLATED, untranslated))
    if context.glossary is not None:
        found += [(GLOSSARY, message) for message in context.glossary(source.text, target.text)]
    return found


def _structure(source: Sequence[Block], target: Sequence[Block]) -> list[QaIssue]:
    issues = []
    for kind, name in ((HEADING, "headings"), (ITEM, "list items"), (CELL, "table cells")):
        key = f"structure_{kind}"
        mine = sum(1 for b in source if b.kind == kind)
        theirs = sum(1 for b in target if b.kind == kind)
        if mine != theirs:
            message = f"{name}: {mine} in the source, {theirs} in the translation"
            issues.append(QaIssue(STRUCTURE, Worded(message, key, mine=mine, theirs=theirs)))
    return issues


def _links(source: Block, target: Block, context: QaContext) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    theirs = {_href(link) for link in target.links}
    for link in dict.fromkeys(source.links):
        translated = context.link_target(link)
        if translated is not None and _href(translated) in theirs:
            continue
        if translated is not None and _href(link) in theirs:
            message = (
                f"links to the {context.source_language} page {link}; "
                f"the {context.target_language} page is {translated}"
            )
            found.append((SOURCE_LINK, Worded(
                message, "source_link", source=context.source_language, link=link,
                target=context.target_language, translated=translated,
            )))  # fmt: skip
        elif _href(link) not in theirs and translated is None:
            found.append((LINK, Worded(f"the link to {link} is missing", "link_missing", link=link)))
        elif translated is not None:
            found.append(
                (LINK, Worded(f"the link to {translated} is missing", "link_missing", link=translated))
            )
    return found


#: :func:`_href` per link (a region's pages link to the same pages again and again).
_HREFS: dict[str, str] = {}


def _href(link: str) -> str:
    found = _HREFS.get(link)
    if found is None:
        if len(_HREFS) >= 4096:
            _HREFS.clear()
        found = _HREFS[link] = unicodedata.normalize("NFC", unquote(link.strip())).rstrip("/").lower()
    return found


def _carried(source: str, target: str) -> list[tuple[str, str]]:
    """E-mail addresses, phone numbers, dates, times and other numbers of ``source`` not in ``target``."""
    wanted = _source_side(source)
    if wanted is None:
        return []
    found: list[tuple[str, str]] = []
    right = _western(target)
    for (code, name, pattern, key), mine in zip(_CARRIED, wanted[0], strict=True):
        right, right_found = _take(pattern, right, code)
        if not mine:
            continue
        theirs = {k for m in right_found for k in key(m)}
        found += [
            (code, Worded(f"{name} {text} is missing", f"missing_{code}", text=text))
            for k, text in mine.items()
            if k not in theirs
        ]
    numbers = wanted[1]
    if numbers is None:
        return found
    theirs_numbers = {_number_key(n) for n in _NUMBER.findall(right)}
    for number in numbers:
        if number not in theirs_numbers and not (number.isdigit() and int(number) <= SPELLED_OUT):
            found.append((NUMBER, Worded(f"number {number} is missing", "missing_number", text=number)))
    return found


#: The source side of :func:`_carried` per source block text (a page's source serves all its
#: translations): per pattern {key: text found}, and the numbers' keys (None: no digit left).
_SOURCE_SIDES: dict[str, tuple[list[dict[str, str]], list[str] | None] | None] = {}


def _source_side(source: str) -> tuple[list[dict[str, str]], list[str] | None] | None:
    """What ``source`` holds that a translation must carry over (None: nothing, so no warning)."""
    try:  # first: a source block's text is checked for each of its translations
        return _SOURCE_SIDES[source]
    except KeyError:
        pass
    side = None
    if "@" in source or _HAS_DIGIT(source):  # \d also matches Arabic-Indic and Persian digits
        left = _western(source)
        wanted: list[dict[str, str]] = []
        for code, _name, pattern, key in _CARRIED:
            left, left_found = _take(pattern, left, code)
            wanted.append({next(iter(key(m))): m.group().strip() for m in left_found if _keep(code, m)})
        numbers = None
        if _HAS_DIGIT(left):
            left = _ORDINAL.sub(" ", left)
            numbers = list(dict.fromkeys(_number_key(n) for n in _NUMBER.findall(left)))
        side = (wanted, numbers) if any(wanted) or numbers else None
    if len(_SOURCE_SIDES) >= 4096:
        _SOURCE_SIDES.clear()
    _SOURCE_SIDES[source] = side
    return side


def _western(text: str) -> str:
    """``text`` with Arabic-Indic and Persian digits as 0-9 (only translated when it has any)."""
    return text.translate(_DIGITS) if _HAS_EASTERN_DIGIT(text) else text


def _take(pattern: re.Pattern[str], text: str, code: str) -> tuple[str, list[re.Match[str]]]:
    """``pattern``'s matches in ``text`` and the text with each replaced by a space (what
    ``pattern.sub(" ", text)`` gives), scanning once; a text that cannot match is not scanned."""
    if not (_HAS_AT(text) if code == EMAIL else _HAS_DIGIT(text)):
        return text, []
    matches = list(pattern.finditer(text))
    if not matches:
        return text, matches
    parts, last = [], 0
    for match in matches:
        parts += [text[last : match.start()], " "]
        last = match.end()
    parts.append(text[last:])
    return "".join(parts), matches


def _keep(code: str, match: re.Match[str]) -> bool:
    """Phone numbers need 6 digits (``93 98`` is no phone number)."""
    return code != PHONE or sum(c.isdigit() for c in match.group()) >= 6


def _lower(match: re.Match[str]) -> tuple[str, ...]:
    return (match.group().lower(),)


def _digits_only(match: re.Match[str]) -> tuple[str, ...]:
    digits = re.sub(r"\D", "", match.group())
    return (digits[2:] if digits.startswith("00") else digits,)


def _date_key(match: re.Match[str]) -> tuple[str, ...]:
    d, m, y, iso_y, iso_m, iso_d = match.groups()
    if iso_y:
        return (f"{int(iso_d)}.{int(iso_m)}.{iso_y}",)
    return (f"{int(d)}.{int(m)}.{y or ''}",)


def _time_key(match: re.Match[str]) -> tuple[str, ...]:
    """``14:00`` for 14:00, 14.00 Uhr, 2 pm, 2:00 p.m.; a bare ``2:00`` may be 2:00 or 14:00."""
    hour_text, minutes, dotted, half, short_hour, short_half = match.groups()
    hour = int(hour_text or short_hour)
    minute = minutes or dotted or "00"
    marker = (half or short_half or "").lower()
    if marker:
        hour = hour % 12 + (12 if marker == "p" else 0)
        return (f"{hour}:{minute}",)
    if hour < 12:
        return (f"{hour}:{minute}", f"{hour + 12}:{minute}")
    return (f"{hour}:{minute}",)


def _number_key(text: str) -> str:
    if re.fullmatch(r"\d{1,3}(?:[.,\u066c\u00a0\u202f\u2009 ]\d{3})+", text):
        return re.sub(r"\D", "", text)  # 1.000, 1,000 and 1 000 are one thousand
    return text.replace(",", ".").replace("\u066b", ".")


#: What :func:`_carried` looks for, in this order (each pattern's matches are blanked for the next).
_CARRIED: tuple[tuple[str, str, re.Pattern[str], Callable[[re.Match[str]], tuple[str, ...]]], ...] = (
    (EMAIL, "e-mail address", _EMAIL, _lower),
    (PHONE, "phone number", _PHONE, _digits_only),
    (DATE, "date", _DATE, _date_key),
    (TIME, "time", _TIME, _time_key),
)


def _words(text: str) -> list[str]:
    r"""``_LETTERS.findall(text)``: the runs of three or more letters. Whitespace ends a run, so a
    whitespace-separated token made only of letters (``str.isalpha``: every such character is in
    ``[^\W\d_]``) is a whole run; the pattern looks only into the other tokens."""
    found: list[str] = []
    for token in text.split():
        if token.isalpha():
            if len(token) >= 3:
                found.append(token)
        else:
            found += _LETTERS.findall(token)
    return found


def _untranslated(source: Block | None, target: Block, context: QaContext) -> str:
    """Why ``target`` looks like text left in the source language ("" when it does not)."""
    words = _words(target.text)
    if target.notranslate:
        kept = set(" ".join(target.notranslate).split())
        words = [w for w in words if w not in kept]
    if len(words) < MIN_WORDS and len(target.text) < 20:
        return ""
    if source is not None and target.text == source.text and words and source.kind != OTHER:
        return Worded("the block is the same as the source", "same_as_source")
    if context.is_source_word is None or len(words) < MIN_WORDS:
        return ""
    is_target, is_source = context.is_target_word, context.is_source_word
    if is_target is None:  # no dictionary of the target language: every source word is foreign
        foreign = list(filter(is_source, words))
        own = len(words) - len(foreign)
    else:
        script = script_of_language(base_language(context.target_language))
        foreign = []
        own = 0
        for word in words:
            in_source = is_source(word)
            in_target = in_source and script_of(word) == script and is_target(word)
            if in_source and not in_target:
                foreign.append(word)
            elif not in_source:
                own += 1  # a target word, or one neither knows (a name, a typo); words of both are neutral
    if len(foreign) >= 2 and len(foreign) / (len(foreign) + own) >= SOURCE_SHARE:
        words_shown = ", ".join(foreign[:5])
        message = f"the block looks like {context.source_language}: {words_shown}"
        return Worded(message, "looks_like", language=context.source_language, words=words_shown)
    return ""
