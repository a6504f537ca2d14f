"""Where a link to one of the region's pages points in another language (for QA and new translations).

A link inside a page is a page's public address (``https://cms.example/<region>/de/a/b/``). Its
translation should point to the same page in the translation's language
(``https://cms.example/<region>/en/a-en/b-en/``), not to the German one. :class:`PageLinks` resolves
that with :func:`editor.models.page_address.page_paths`, keeping the scheme and host of the link.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from editor.models.page_address import page_paths
from editor.models.store import Store


class PageLinks:
    """Resolves links to the region's pages between languages (paths are read once per language)."""

    def __init__(self, store: Store) -> None:
        region = store.region()
        self._store: Store | None = store
        self._region = region.slug if region else ""
        self._codes = {lang.code for lang in store.languages()}
        self._paths: dict[str, dict[str, int]] = {}
        self._by_page: dict[str, dict[int, str]] = {}
        self._addresses: dict[tuple[str, str], str | None] = {}
        self._pages: dict[str, tuple[int, str] | None] = {}

    @classmethod
    def from_paths(cls, region: str, paths: dict[str, dict[str, int]]) -> PageLinks:
        """Links resolved from page paths read before (``language → {slug path → page id}``, what
        :func:`page_paths` gives): plain data, so it can be sent to a worker process."""
        links = cls.__new__(cls)
        links._store, links._region, links._codes = None, region, set(paths)
        links._paths, links._by_page, links._addresses, links._pages = dict(paths), {}, {}, {}
        return links

    def page_of(self, href: str) -> tuple[int, str] | None:
        """``(local page id, language)`` of a link to one of the region's pages, else None (remembered:
        :meth:`address_in` asks it once per language)."""
        try:
            return self._pages[href]
        except KeyError:
            pass
        if len(self._pages) >= 20_000:
            self._pages.clear()
        found = self._pages[href] = self._page_of(href)
        return found

    def _page_of(self, href: str) -> tuple[int, str] | None:
        parts = urlsplit(href.strip())
        if parts.scheme not in ("http", "https", ""):
            return None
        segments = [unquote(s).lower() for s in parts.path.split("/") if s]
        if len(segments) < 3 or segments[0] != self._region or segments[1] not in self._codes:
            return None
        page = self._paths_in(segments[1]).get("/".join(segments[2:]))
        return (page, segments[1]) if page is not None else None

    def address_in(self, href: str, language: str) -> str | None:
        """``href`` pointed at the same page in ``language``, or None when ``href`` is no page link
        of the region or that page has no address in ``language`` (remembered: the paths are read
        once anyway, and the quality report asks for the same links once per translation)."""
        key = (href, language)
        if key in self._addresses:
            return self._addresses[key]
        if len(self._addresses) >= 20_000:
            self._addresses.clear()
        address = self._addresses[key] = self._address_in(href, language)
        return address

    def _address_in(self, href: str, language: str) -> str | None:
        found = self.page_of(href)
        if found is None or language not in self._codes:
            return None
        path = self._pages_in(language).get(found[0])
        if path is None:
            return None
        parts = urlsplit(href.strip())
        prefix = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
        return f"{prefix}/{self._region}/{language}/{path}/"

    def resolver(self, language: str) -> _Resolver:
        """A one-argument callable for :class:`editor.text.qa.QaContext`'s ``link_target``."""
        return _Resolver(self, language)

    def _paths_in(self, language: str) -> dict[str, int]:
        if language not in self._paths:
            self._paths[language] = page_paths(self._store, language) if self._store is not None else {}
        return self._paths[language]

    def _pages_in(self, language: str) -> dict[int, str]:
        if language not in self._by_page:
            self._by_page[language] = {page: path for path, page in self._paths_in(language).items()}
        return self._by_page[language]


class _Resolver:
    def __init__(self, links: PageLinks, language: str) -> None:
        self._links, self._language = links, language

    def __call__(self, href: str) -> str | None:
        return self._links.address_in(href, self._language)
