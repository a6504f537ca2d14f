"""What sync needs from an Integreat CMS: the client contract (house style 3.6).

Three parts, each a :class:`typing.Protocol`, matching how the real CMS is reached:

* :class:`PublicReads` — anonymous API v3 reads (region with its languages, a language's public pages);
* :class:`LoginSession` — logging in (CSRF form, optional TOTP) and who is logged in;
* :class:`PageForms` — what needs that session: the page tree per language, the archived pages, the raw
  stored text of one translation, and the writes through the CMS's own page forms (edit, ``new/``,
  ``move/``, ``archive/``, ``restore/``, ``refresh/``).

:class:`CmsClient` is all three. :class:`~editor.sync.cms_client.HttpCmsClient` (the real CMS, split
along these parts), :class:`~editor.sync.memory_client.MemoryCmsClient` (the in-memory fake) and
:class:`~editor.sync.bundled_client.BundledCmsClient` (the read-only demo region) implement it; the
contract suite (tests/sync/test_contract.py) runs the same tests against the fake and the real CMS.
Every implementation counts the requests it sends in ``request_count``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from editor.sync.api_json import ApiPage
from editor.sync.cms_types import Language, PushResult, Region, RegionChoice, StoredTranslation, TreeRow

#: Where a new or moved page goes relative to its reference page (the CMS's tree positions).
POSITIONS = ("first-child", "left", "right")

#: ``precondition(stored_title, stored_content)`` raises to stop a write (the edit form's values).
Precondition = Callable[[str, str], None]


@runtime_checkable
class PublicReads(Protocol):
    """Anonymous API v3 reads."""

    request_count: int

    def region(self, slug: str) -> Region:
        """The region with its languages (404 for unknown or archived regions)."""
        ...

    def public_pages(self, slug: str, lang: str) -> list[ApiPage]:
        """The public pages of one language, in tree order."""
        ...


@runtime_checkable
class LoginSession(Protocol):
    """The logged-in session the page forms need."""

    @property
    def logged_in_user(self) -> str | None:
        """The user of the last successful login, if any."""
        ...

    def login(self, user: str, password: str, totp_secret_or_code: str | None = None) -> None:
        """Log in; raises :class:`~editor.sync.errors.LoginRejected`."""
        ...

    def editable_regions(self) -> list[RegionChoice]:
        """The regions the logged-in account may edit."""
        ...


@runtime_checkable
class PageForms(Protocol):
    """Logged-in reads and the page forms (the only write paths the CMS has for editors)."""

    def tree(self, region: str, lang: str) -> list[TreeRow]:
        """Every non-archived page with a translation in ``lang``, with Page ids, in tree order."""
        ...

    def archived(self, region: str, lang: str) -> list[TreeRow]:
        """The archived pages."""
        ...

    def stored_translation(self, region: str, lang: str, page_id: int) -> StoredTranslation:
        """The raw stored title and content of the latest version (any status)."""
        ...

    def language_parents(
        self, region: str, lang: str, page_id: int, codes: list[str]
    ) -> dict[str, str | None] | None:
        """Each of ``codes`` mapped to its parent in the region's language tree (None for the root),
        as the edit form of page ``page_id`` in ``lang`` shows it; None when that is not unambiguous."""
        ...

    def translation_form(
        self, region: str, lang: str, page_id: int, codes: list[str]
    ) -> tuple[StoredTranslation, dict[str, str | None] | None]:
        """:meth:`stored_translation` and :meth:`language_parents` in one request (the translation's
        edit form): the latest version's stored title and content, and the language tree."""
        ...

    def push(
        self,
        region: str,
        lang: str,
        page_id: int,
        title: str,
        content: str,
        status: str = "PUBLIC",
        minor_edit: bool = False,
        extra: Callable[[list[tuple[str, str]]], list[tuple[str, str]]] | None = None,
        precondition: Precondition | None = None,
    ) -> PushResult:
        """Save one translation through the edit form (creates a missing translation)."""
        ...

    def create_page(
        self,
        region: str,
        lang: str,
        title: str,
        content: str,
        status: str,
        ref_page_id: int | None,
        position: str,
        slug: str = "",
        parent_id: int | None = None,
    ) -> int:
        """Create a page through ``new/`` next to or under ``ref_page_id`` (``parent_id`` is where that
        puts it); returns its Page id."""
        ...

    def move_page(self, region: str, lang: str, page_id: int, target_id: int, position: str) -> None:
        """Move a page through ``move/<target>/<position>/``."""
        ...

    def archive_page(self, region: str, lang: str, page_id: int) -> None:
        """Archive a page (and so its subtree)."""
        ...

    def restore_page(self, region: str, lang: str, page_id: int) -> None:
        """Restore an archived page."""
        ...

    def refresh_date(self, region: str, lang: str, page_id: int) -> None:
        """ "Mark this page as up-to-date" (``refresh/``): the translation in ``lang`` and those already
        up to date are saved again, so the CMS counts them as up to date with their source."""
        ...


@runtime_checkable
class CmsClient(PublicReads, LoginSession, PageForms, Protocol):
    """Everything the sync service uses."""


__all__ = ["POSITIONS", "CmsClient", "Language", "LoginSession", "PageForms", "Precondition", "PublicReads"]
