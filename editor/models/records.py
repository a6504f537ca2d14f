"""Plain, frozen records the store hands out (safe to pass between threads)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import NamedTuple

from editor.models.enums import Direction, Status


class TranslationState(enum.Enum):
    """How a translation stands against its source, shown per language in the page tree."""

    MISSING = "missing"
    UP_TO_DATE = "up_to_date"
    OUTDATED = "outdated"
    DRAFT = "draft"
    REVIEW = "review"


@dataclass(frozen=True)
class RegionInfo:
    """The region of a working copy."""

    slug: str
    name: str
    cms_url: str


@dataclass(frozen=True)
class LanguageInfo:
    """A content language of the region."""

    code: str
    bcp47_tag: str
    native_name: str
    direction: Direction
    parent_code: str | None

    @property
    def rtl(self) -> bool:
        """True for right-to-left scripts."""
        return self.direction is Direction.RTL


class PageCell(NamedTuple):
    """One language of one page, as the tree shows it (a tuple: the tree builds tens of thousands)."""

    title: str
    state: TranslationState
    changed_locally: bool


#: Separators of the packed per-language summary the store hands to :class:`PageRow`.
FIELD_SEP, ITEM_SEP = "\x1f", "\x1e"
_STATUSES = frozenset(status.name for status in Status)
#: Lone surrogates: the bytes of stored text that was not valid UTF-8 (read leniently).
_UNDECODED = re.compile("[\udc80-\udcff]")


def _fields(packed: str) -> list[list[str]]:
    """The seven fields of each language in ``packed``, without the ones that cannot be read."""
    if not packed:
        return []
    exact = type(packed) is str  # the store hands a str subclass when some bytes were not UTF-8
    found = []
    for item in packed.split(ITEM_SEP):
        fields = item.split(FIELD_SEP)
        if len(fields) == 7 and (exact or not _UNDECODED.search(item)):
            found.append(fields)
    return found


#: How the packed summary writes a source base that was never recorded (NULL).
NO_BASE = "-"


@dataclass(frozen=True)
class PageRow:
    """A page of the tree with its per-language summary.

    ``packed`` holds every language's title, status, local-change flag and time stamp as SQLite's
    ``group_concat`` made them; ``cells`` unpacks them on first use. The tree only ever unpacks the
    rows it paints, so a region of 40,000 translations opens without building 40,000 objects.
    """

    id: int
    parent_id: int | None
    position: int
    archived: bool
    cms_page_id: int | None
    packed: str = ""
    parents: tuple[tuple[str, str | None], ...] = ()

    @cached_property
    def cells(self) -> dict[str, PageCell]:
        """Title and state per language code (the state by :mod:`editor.models.translation_status`).

        A language whose summary cannot be read (an unknown status, text that is not valid UTF-8) is
        left out: the tree shows it as missing, and opening it says what is wrong.
        """
        from editor.models.translation_status import is_outdated, translation_state

        items = [fields for fields in _fields(self.packed) if fields[2] in _STATUSES]
        own = {fields[0]: fields for fields in items}
        parents = dict(self.parents)
        cells = {}
        for code, title, status, changed, stamp, _hash, base in items:
            source = own.get(parents.get(code) or "")
            outdated = source is not None and is_outdated(
                None if base == NO_BASE else base, source[5] or None, stamp, source[4]
            )
            cells[code] = PageCell(title, translation_state(status, outdated), changed == "1")
        return cells

    def title(self, languages: list[str]) -> str:
        """The first title found in ``languages`` order (the source language first)."""
        for code in languages:
            cell = self.cells.get(code)
            if cell is not None and cell.title:
                return cell.title
        return ""


@dataclass(frozen=True)
class TranslationData:
    """One page in one language, with everything the editor and sync need."""

    id: int
    page_id: int
    language: str
    title: str
    slug: str
    content: str
    status: Status
    changed_locally: bool
    server_updated_at: datetime | None
    local_updated_at: datetime | None
    base_token: str | None
    base_hash: str | None
    base_title: str | None
    base_content: str | None

    @property
    def markdown(self) -> str:
        """The content as the editor shows it (Markdown)."""
        from editor.text.convert import html_to_markdown

        return html_to_markdown(self.content)


@dataclass(frozen=True)
class VersionInfo:
    """An earlier local version of a translation."""

    id: int
    title: str
    content: str
    status: Status
    saved_at: datetime
    reason: str


@dataclass(frozen=True)
class SearchHit:
    """A search result: the page, the language and a snippet with the match."""

    page_id: int
    language: str
    title: str
    snippet: str
