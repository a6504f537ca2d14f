"""Validated records of the Integreat CMS API v3 JSON (regions, languages, pages).

The demo region and a real pull both go through these parsers, so malformed server data and broken demo
files fail the same way: an :class:`ImportDataError` naming the source, the item and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from editor.models.errors import ImportDataError


@dataclass(frozen=True)
class ApiRegion:
    """``/api/v3/regions/<slug>/``."""

    slug: str
    name: str


@dataclass(frozen=True)
class ApiLanguage:
    """An item of ``/api/v3/<region>/languages/``."""

    code: str
    bcp47_tag: str
    native_name: str
    rtl: bool


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


def _field(item: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(item, dict):
        raise ImportDataError(f"{where}: expected an object, got {type(item).__name__}")
    if key not in item:
        raise ImportDataError(f"{where}: field {key!r} is missing")
    value = item[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        expected = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ImportDataError(f"{where}: field {key!r} should be {expected}, got {type(value).__name__}")
    return value


def _list(data: Any, where: str) -> list[Any]:
    if not isinstance(data, list):
        raise ImportDataError(f"{where}: expected a list, got {type(data).__name__}")
    return data


def parse_region(data: Any, source: str) -> ApiRegion:
    """Parse a region object."""
    return ApiRegion(
        slug=_field(data, "path", str, source).strip("/"),
        name=_field(data, "name", str, source),
    )


def parse_languages(data: Any, source: str) -> list[ApiLanguage]:
    """Parse a language list; the first language is the region's source language."""
    result = []
    for index, item in enumerate(_list(data, source)):
        where = f"{source}, language {index + 1}"
        direction = _field(item, "dir", str, where)
        if direction not in ("LEFT_TO_RIGHT", "RIGHT_TO_LEFT"):
            raise ImportDataError(f"{where}: field 'dir' has unknown value {direction!r}")
        result.append(ApiLanguage(
            code=_field(item, "code", str, where),
            bcp47_tag=_field(item, "bcp47_tag", str, where),
            native_name=_field(item, "native_name", str, where),
            rtl=direction == "RIGHT_TO_LEFT",
        ))  # fmt: skip
    if not result:
        raise ImportDataError(f"{source}: the region has no languages")
    return result


def parse_time(value: Any, where: str) -> datetime | None:
    """Parse an ISO time with offset into naive UTC (None stays None)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ImportDataError(f"{where}: 'last_updated' should be a string")
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ImportDataError(f"{where}: 'last_updated' is not a date: {value!r}") from exc
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC).replace(tzinfo=None)
    return stamp


def parse_pages(data: Any, language: str, source: str) -> list[ApiPage]:
    """Parse a page list of one language."""
    pages = []
    for index, item in enumerate(_list(data, source)):
        where = f"{source}, page {index + 1}"
        parent = _field(item, "parent", (dict, type(None)), where) or {}
        available = _field(item, "available_languages", (dict, list), where) or {}
        links: dict[str, int] = {}
        for code, link in dict(available).items():
            links[code] = _field(link, "id", int, f"{where}, available_languages.{code}")
        title = _field(item, "title", str, where)
        pages.append(ApiPage(
            language=language,
            id=_field(item, "id", int, where),
            path=_field(item, "path", str, where),
            title=title,
            content=_field(item, "content", str, where),
            last_updated=parse_time(item.get("last_updated"), f"{where} ({title})"),
            parent_id=int(parent.get("id") or 0),
            parent_path=parent.get("path") or None,
            order=_field(item, "order", int, where),
            available=links,
        ))  # fmt: skip
    return pages
