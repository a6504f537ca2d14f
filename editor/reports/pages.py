"""Page addresses and titles of a whole region, computed once per report (Qt-free)."""

from __future__ import annotations

import marshal
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from editor.models.page_address import paths_from_rows
from editor.models.quality_store import context_of, page_titles, tree_rows
from editor.models.store import Store


@dataclass
class PageIndex:
    """Every page's slug path per language, its archived flag and titles; built with a few queries."""

    region: str
    cms_url: str
    languages: list[str]
    #: language → {slug path → page id}
    paths: dict[str, dict[str, int]] = field(default_factory=dict)
    #: language → {page id → slug path}
    by_page: dict[str, dict[int, str]] = field(default_factory=dict)
    archived: set[int] = field(default_factory=set)
    #: (page id, language) → status name ("PUBLIC", "DRAFT", …)
    status: dict[tuple[int, str], str] = field(default_factory=dict)
    titles: dict[int, dict[str, str]] = field(default_factory=dict)
    #: (page id, language) → the percent-encoded ``region/lang/slugs/`` of :meth:`address`
    _encoded: dict[tuple[int, str], str] = field(default_factory=dict, repr=False, compare=False)
    #: The link context (``quality_store.link_context``) of what the index was built from.
    context: str = ""
    #: Where titles not read yet come from (an index of :meth:`for_pages`; None: every title is read).
    _store: Store | None = field(default=None, repr=False, compare=False)

    @classmethod
    def build(cls, store: Store, *, context: bool = True) -> PageIndex:
        """Read the region's pages, slugs, titles and statuses (and, unless ``context`` is False, the
        link context of the same rows: :attr:`context`; a link check alone does not need it)."""
        rows = tree_rows(store)
        index = cls._from_rows(store, rows)
        index._add_titles(rows.named)
        if context:
            index.context = context_of(rows)
        return index

    @classmethod
    def for_pages(
        cls, store: Store, context: str, pages: Collection[int], packed: bytes | None = None
    ) -> PageIndex:
        """The same index when its link ``context`` is known (the region's tree, slugs and statuses are
        unchanged since it was computed): paths, archived pages and statuses from ``packed`` (what
        :meth:`packed` gave for that context; read again when None or unreadable), the titles of
        ``pages`` now, those of other pages when :meth:`title` first asks for them."""
        index = cls._unpacked(store, packed) if packed else None
        if index is None:
            index = cls._from_rows(store, tree_rows(store, titles=False))
        index._add_titles(page_titles(store, pages))
        index.context, index._store = context, store
        return index

    def packed(self) -> bytes:
        """The paths, archived pages and statuses, for :meth:`for_pages` (``marshal``: read back by the
        same Python version only, which the kept report's key holds)."""
        return marshal.dumps((self.paths, self.archived, self.status))

    @classmethod
    def _unpacked(cls, store: Store, packed: bytes) -> PageIndex | None:
        try:
            paths, archived, status = marshal.loads(packed)
        except (EOFError, ValueError, TypeError):  # damaged: read the tables again
            return None
        if not (isinstance(paths, dict) and isinstance(archived, set) and isinstance(status, dict)):
            return None
        if not all(isinstance(found, dict) for found in paths.values()):
            return None
        region = store.region()
        languages = [lang.code for lang in store.languages()]
        index = cls(region.slug if region else "", region.cms_url if region else "", languages)
        index.paths, index.archived, index.status = paths, archived, status
        index.by_page = {code: {page: path for path, page in found.items()} for code, found in paths.items()}
        return index

    @classmethod
    def _from_rows(cls, store: Store, rows: Any) -> PageIndex:
        region = store.region()
        languages = [lang.code for lang in store.languages()]
        index = cls(region.slug if region else "", region.cms_url if region else "", languages)
        for code, paths in paths_from_rows(rows.pages, rows.slugs, languages).items():
            index.paths[code] = paths
            index.by_page[code] = {page: path for path, page in paths.items()}
        index.archived = {int(page) for page, _parent, archived in rows.pages if archived}
        for page, lang, _title, status in rows.named:
            index.status[(int(page), lang)] = status
        return index

    def _add_titles(self, named: Any) -> None:
        # titles as bytes: one undecodable title must not stop a whole report (shown with U+FFFD)
        for page, lang, title, _status in named:
            self.titles.setdefault(int(page), {})[lang] = bytes(title or b"").decode("utf-8", "replace")

    def title(self, page_id: int, language: str | None = None) -> str:
        """The page's title in ``language``, else in the first language that has one."""
        titles = self.titles.get(page_id)
        if titles is None:
            titles = {}
            if self._store is not None:  # an index of for_pages: this page's titles are read now
                self._add_titles(page_titles(self._store, [page_id]))
                titles = self.titles.setdefault(page_id, {})
        if language and titles.get(language):
            return titles[language]
        return next((titles[c] for c in self.languages if titles.get(c)), "")

    def path(self, page_id: int, language: str | None = None) -> str:
        """``region/lang/slug/…`` of the page (in ``language``, else the first language with a path)."""
        for code in [language] if language else self.languages:
            if code and page_id in self.by_page.get(code, {}):
                return f"{self.region}/{code}/{self.by_page[code][page_id]}"
        if language is not None:
            return self.path(page_id)
        return f"{self.region}/#{page_id}"

    def address(self, page_id: int, language: str, base: str) -> str | None:
        """The public address of the page in ``language`` on ``base`` (scheme://host), percent-encoded."""
        key = (page_id, language)
        encoded = self._encoded.get(key)
        if encoded is None:
            path = self.by_page.get(language, {}).get(page_id)
            if path is None:
                return None
            # "/" only separates the slugs (a slug never holds one), so one quote encodes them all
            encoded = self._encoded[key] = f"{quote(self.region)}/{quote(language)}/{quote(path, safe='/')}/"
        return f"{base.rstrip('/')}/{encoded}"
