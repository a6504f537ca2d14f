"""Plain, frozen records the store hands out (safe to pass between threads)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
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


@dataclass(frozen=True)
class PageRow:
    """A page of the tree with its per-language summary."""

    id: int
    parent_id: int | None
    position: int
    archived: bool
    cms_page_id: int | None
    cells: dict[str, PageCell] = field(default_factory=dict)

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
