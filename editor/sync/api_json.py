"""The one parser of the Integreat CMS API v3 JSON (regions, languages, pages).

The HTTP client, the in-memory fake and the bundled demo region all go through these parsers, so
malformed server data and broken demo files fail the same way: an :class:`ImportDataError` naming the
source, the item and the field. The models never see this JSON; they receive typed records. Every
shape is checked here, once: types (a list or a string where a number belongs, a non-numeric parent
id), language codes (:func:`editor.text.languages.is_language_code`: letters, digits and ``-``/``_``,
at most 35 characters, so a code is safe in a file name) and text: NUL and the other C0 control
characters except TAB, LF and CR are refused with their offset, because HTML cannot hold them and every
later step (conversion, reports, the search index) would fail on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from editor.models.errors import ImportDataError, Where, json_kind
from editor.sync.cms_types import Language, Region
from editor.text.languages import is_language_code


@dataclass(frozen=True)
class ApiPage:
    """An item of ``/api/v3/<region>/<lang>/pages/`` (``id`` is the translation row id)."""

    language: str
    id: int
    path: str
    title: str
    content: str
    last_updated: datetime | None
    parent_id: int
    parent_path: str | None
    order: int
    available: dict[str, int]

    @property
    def slug(self) -> str:
        """The last path segment."""
        return self.path.rstrip("/").rsplit("/", 1)[-1]


def _field(item: Any, key: str, kind: type | tuple[type, ...], where: Where | str) -> Any:
    if not isinstance(item, dict):
        got = type(item).__name__
        raise ImportDataError(where, f"expected an object, got {got}", "not_object", got=json_kind(item))
    if key not in item:
        raise ImportDataError(where, f"field {key!r} is missing", "missing", field=key)
    value = item[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        kinds = (kind,) if isinstance(kind, type) else kind
        expected = " or ".join(k.__name__ for k in kinds)
        raise ImportDataError(
            where,
            f"field {key!r} should be {expected}, got {type(value).__name__}",
            "wrong_type",
            field=key,
            expected=json_kind(kinds[0]()),
            got=json_kind(value),
        )
    return value


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _text(item: Any, key: str, where: Where | str, checked: bool = False) -> str:
    """A string field without control characters (TAB, LF and CR are allowed; ``checked``: the
    caller knows that no string of the document has one)."""
    value: str = _field(item, key, str, where)
    bad = None if checked else _CONTROL.search(value)
    if bad is not None:
        char = f"U+{ord(bad.group()):04X}"
        raise ImportDataError(
            where,
            f"field {key!r} contains the control character {char} at offset {bad.start()}",
            "control_character",
            field=key,
            character=char,
            offset=bad.start(),
        )
    return value


def _code(item: Any, key: str, where: Where | str) -> str:
    """A language code or BCP 47 tag."""
    value: str = _field(item, key, str, where)
    if not is_language_code(value):
        shown = value if len(value) <= 40 else value[:40] + "…"
        raise ImportDataError(
            where,
            f"field {key!r} is not a language code: {shown!r}",
            "not_language_code",
            field=key,
            value=shown,
        )
    return value


def _optional(item: dict[str, Any], key: str, kind: type, where: Where | str) -> Any:
    """A field that may be missing or null."""
    if item.get(key) is None:
        return None
    return _text(item, key, where) if kind is str else _field(item, key, kind, where)


def _list(data: Any, where: Where | str) -> list[Any]:
    if not isinstance(data, list):
        got = type(data).__name__
        raise ImportDataError(where, f"expected a list, got {got}", "not_list", got=json_kind(data))
    return data


def parse_region(data: Any, source: str, languages: list[Language] | None = None) -> Region:
    """Parse a region object (its ``languages`` list too, unless ``languages`` are given)."""
    slug = _text(data, "path", source).strip("/")
    if not _SLUG.fullmatch(slug):
        shown = slug if len(slug) <= 40 else slug[:40] + "…"
        message = f"field 'path' is not a region slug: {shown!r}"
        raise ImportDataError(source, message, "not_region", value=shown)
    if languages is None:
        listed = data.get("languages")
        languages = parse_languages(listed, source) if listed else []
    ident, live = data.get("id", 0), data.get("live", True)
    return Region(
        id=ident if isinstance(ident, int) and not isinstance(ident, bool) else 0,
        slug=slug,
        name=_text(data, "name", source),
        live=bool(live),
        languages=tuple(languages),
    )


#: A region slug names a file of the working copy: word characters, ``-`` and ``.``, not ``..``.
_SLUG = re.compile(r"(?!\.)[\w.-]{1,100}")


def parse_languages(data: Any, source: str, *, required: bool = True) -> list[Language]:
    """Parse a language list; the first language is the region's source language (``required``: an
    empty list is an error)."""
    result = []
    for index, item in enumerate(_list(data, source)):
        where = Where(source, "language", index + 1)
        direction = _field(item, "dir", str, where)
        if direction not in ("LEFT_TO_RIGHT", "RIGHT_TO_LEFT"):
            shown = direction[:40]
            raise ImportDataError(
                where, f"field 'dir' has unknown value {shown!r}", "unknown_value", field="dir", value=shown
            )
        ident = item.get("id", 0)
        result.append(Language(
            id=ident if isinstance(ident, int) and not isinstance(ident, bool) else 0,
            code=_code(item, "code", where),
            bcp47_tag=_code(item, "bcp47_tag", where),
            native_name=_text(item, "native_name", where),
            right_to_left=direction == "RIGHT_TO_LEFT",
        ))  # fmt: skip
    if not result and required:
        raise ImportDataError(source, "the region has no languages", "no_languages")
    return result


def parse_time(value: Any, where: Where | str) -> datetime | None:
    """Parse an ISO time with offset into naive UTC (None stays None)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ImportDataError(
            where,
            "'last_updated' should be a string",
            "wrong_type",
            field="last_updated",
            expected="string",
            got=json_kind(value),
        )
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        shown = value[:40]
        raise ImportDataError(
            where, f"'last_updated' is not a date: {shown!r}", "not_date", field="last_updated", value=shown
        ) from exc
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC).replace(tzinfo=None)
    return stamp


def parse_pages(data: Any, language: str, source: str, *, no_controls: bool = False) -> list[ApiPage]:
    """Parse a page list of one language (``no_controls``: the caller knows that no string in
    ``data`` holds a control character, see :func:`has_no_controls`)."""
    return [
        _parse_page(item, language, Where(source, "page", index + 1), no_controls)
        for index, item in enumerate(_list(data, source))
    ]


def parse_page_texts(data: Any, source: str, *, no_controls: bool = False) -> dict[int, tuple[str, str]]:
    """Only the title and content of each item of a page list, by ``id`` (for a list whose shape was
    checked already by :func:`parse_pages`; the text fields are checked again)."""
    texts: dict[int, tuple[str, str]] = {}
    for index, item in enumerate(_list(data, source)):
        where = Where(source, "page", index + 1)
        texts[_field(item, "id", int, where)] = (
            _text(item, "title", where, no_controls),
            _text(item, "content", where, no_controls),
        )
    return texts


#: The JSON escapes that decode to a control character :func:`_text` refuses (a raw control character
#: inside a JSON string is a syntax error already). A match may be harmless (``\\b``); no match is proof.
_CONTROL_ESCAPE = re.compile(rb"\\(?:[bf]|u00[01][0-9a-fA-F])")


def has_no_controls(raw: bytes) -> bool:
    """True when no string of the JSON document ``raw`` can hold a control character (one search of
    the bytes instead of one per text field)."""
    return _CONTROL_ESCAPE.search(raw) is None


def _parse_page(item: Any, language: str, where: Where, no_controls: bool = False) -> ApiPage:
    path = _text(item, "path", where, no_controls)
    where = Where(where.source, where.item, where.number, path[:80])  # as replace(), a tenth of its time
    in_parent = Where(where.source, where.item, where.number, where.path, "parent")
    parent = _field(item, "parent", (dict, type(None)), where) or {}
    title = _text(item, "title", where, no_controls)
    return ApiPage(
        language=language,
        id=_field(item, "id", int, where),
        path=path,
        title=title,
        content=_text(item, "content", where, no_controls),
        last_updated=parse_time(item.get("last_updated"), where),
        parent_id=_optional(parent, "id", int, in_parent) or 0,
        parent_path=_optional(parent, "path", str, in_parent) or None,
        order=_field(item, "order", int, where),
        available=_available(item, where),
    )


def _available(item: Any, where: Where) -> dict[str, int]:
    """``available_languages``: an object ``{code: {"id": …}}`` (an empty list counts as empty)."""
    available = _field(item, "available_languages", (dict, list), where)
    if isinstance(available, list):
        if available:
            raise ImportDataError(
                where,
                "field 'available_languages' should be an object, got a list",
                "wrong_type",
                field="available_languages",
                expected="object",
                got="list",
            )
        return {}
    links: dict[str, int] = {}
    for code, link in available.items():
        ident = link.get("id") if type(link) is dict else None
        if type(ident) is int and code in _CHECKED_CODES:  # the usual case, checked without a message
            links[code] = ident
            continue
        if not is_language_code(code):
            shown = code if len(code) <= 40 else code[:40] + "…"
            raise ImportDataError(
                where,
                f"available_languages has a key that is not a language code: {shown!r}",
                "not_language_code",
                field="available_languages",
                value=shown,
            )
        links[code] = _field(link, "id", int, replace(where, field=f"available_languages.{code}"))
        if len(_CHECKED_CODES) < 1000:
            _CHECKED_CODES.add(code)
    return links


#: Keys of ``available_languages`` found to be language codes (every page names the same few).
_CHECKED_CODES: set[str] = set()
