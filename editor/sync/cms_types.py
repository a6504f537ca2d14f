"""Typed results of the Integreat CMS client and the validation of API v3 JSON.

Everything here is plain data: frozen dataclasses safe to hand across threads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class MalformedResponse(Exception):  # noqa: N818 - name from the brief
    """The CMS answered with something that does not have the expected shape."""

    def __init__(self, url: str, field: str, problem: str) -> None:
        self.url, self.field, self.problem = url, field, problem
        super().__init__(f"unexpected answer from {url}: field {field!r} {problem}")


@dataclass(frozen=True, slots=True)
class Language:
    """A language of a region (API v3 ``languages/``)."""

    id: int
    code: str
    bcp47_tag: str
    native_name: str
    right_to_left: bool


@dataclass(frozen=True, slots=True)
class Region:
    """A region (API v3 ``regions/<slug>/``)."""

    id: int
    slug: str
    name: str
    live: bool
    languages: tuple[Language, ...]


@dataclass(frozen=True, slots=True)
class RegionChoice:
    """A region a logged-in account may edit (its slug and the name the CMS shows)."""

    slug: str
    name: str


@dataclass(frozen=True, slots=True)
class TreeRow:
    """One row of the logged-in page tree: a Page id with its state in one language.

    ``parent_id`` is None when it cannot be told from this language's rows (untranslated
    ancestors); take the structure from the default language. ``short_link_id`` is the id in
    the short link ``/s/p/<id>/`` (latest saved translation row) when the CMS shows it.
    ``live_content`` is True when the row carries a tag such as "Live content" (the page mirrors
    another page's text, so the public API's ``content`` is not this translation's own), False when
    it carries none, and None when the tree does not say (archived rows, an unknown tree layout).
    """

    page_id: int
    language: str
    depth: int
    parent_id: int | None
    position: int
    title: str
    slug: str
    status: str
    date: dt.date | None
    translation_states: Mapping[str, str]
    short_link_id: int | None
    archived: bool = False
    live_content: bool | None = None


@dataclass(frozen=True, slots=True)
class StoredTranslation:
    """The raw stored title and content of the latest version of one translation."""

    page_id: int
    language: str
    title: str
    content: str
    right_to_left: bool


@dataclass(frozen=True, slots=True)
class PushResult:
    """What the CMS stores after a push: take it as the new base."""

    page_id: int
    language: str
    title: str
    content: str
    status: str
    version: int | None
    #: The latest translation row id from the form's short link, when the CMS shows it.
    short_link_id: int | None = None


# --- validation helpers -------------------------------------------------------------------


def _get(url: str, data: Mapping[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    """Return ``data[key]`` if it exists and is an instance of ``kind``."""
    if key not in data:
        raise MalformedResponse(url, key, "is missing")
    value = data[key]
    if isinstance(value, bool) and kind is int:
        raise MalformedResponse(url, key, "is not a number")
    if not isinstance(value, kind):
        raise MalformedResponse(url, key, f"has type {type(value).__name__}")
    return value


def as_mapping(url: str, data: Any, field: str = "(root)") -> Mapping[str, Any]:
    """Return ``data`` if it is a JSON object."""
    if not isinstance(data, Mapping):
        raise MalformedResponse(url, field, "is not a JSON object")
    return data


def as_list(url: str, data: Any, field: str = "(root)") -> list[Any]:
    """Return ``data`` if it is a JSON list."""
    if not isinstance(data, list):
        raise MalformedResponse(url, field, "is not a JSON list")
    return data
