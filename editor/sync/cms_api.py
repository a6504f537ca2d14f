"""Anonymous API v3 reads of :class:`~editor.sync.cms_client.HttpCmsClient` (region, languages, pages).

The JSON is parsed by :mod:`editor.sync.api_json`, the one parser every client shares; malformed
answers become :class:`~editor.sync.cms_types.MalformedResponse` naming the URL and the field.
"""

from __future__ import annotations

import difflib
from typing import Any

from editor.models.errors import ImportDataError
from editor.sync.api_json import ApiPage, parse_languages, parse_pages, parse_region
from editor.sync.cms_session import CmsSession
from editor.sync.cms_types import Language, MalformedResponse, Region, as_list
from editor.sync.errors import ClientError, NetworkError, RegionUnknown


class PublicApi(CmsSession):
    """API v3 reads (no login needed)."""

    def _parsed(self, path: str, parse: Any) -> Any:
        url = self.url(path)
        try:
            return parse(self._json(path), url)
        except ImportDataError as exc:
            raise MalformedResponse(url, "(body)", str(exc)) from exc

    def region(self, slug: str) -> Region:
        """Return the region ``slug`` with its languages.

        Raises :class:`RegionUnknown` (a 404) for an unknown or archived region, naming the CMS's
        closest region slugs (one more request, on this failure only).
        """
        try:
            return self._parsed(f"/api/v3/regions/{slug}/", parse_region)  # type: ignore[no-any-return]
        except ClientError as exc:
            if exc.status != 404:
                raise
            raise RegionUnknown(slug, self._similar_regions(slug)) from None

    def _similar_regions(self, slug: str) -> tuple[str, ...]:
        """The CMS's region slugs closest to ``slug`` (none when the list cannot be read)."""
        try:
            slugs = [region.slug for region in self.regions()]
        except (NetworkError, MalformedResponse):
            return ()
        return tuple(difflib.get_close_matches(slug, slugs, n=3, cutoff=0.6))

    def languages(self, slug: str) -> list[Language]:
        """Return the visible languages of region ``slug``."""
        return self._parsed(  # type: ignore[no-any-return]
            f"/api/v3/{slug}/languages/", lambda data, url: parse_languages(data, url, required=False)
        )

    def pages(self, slug: str, lang: str) -> list[ApiPage]:
        """Return the public pages of region ``slug`` in ``lang``, in tree order."""
        return self._parsed(  # type: ignore[no-any-return]
            f"/api/v3/{slug}/{lang}/pages/", lambda data, url: parse_pages(data, lang, url)
        )

    def regions(self) -> list[Region]:
        """Every region of the CMS that is not archived (``/api/v3/regions/``)."""
        path = "/api/v3/regions/"
        url = self.url(path)
        items = as_list(url, self._json(path))
        try:
            return [parse_region(item, f"{url}, region {n + 1}") for n, item in enumerate(items)]
        except ImportDataError as exc:
            raise MalformedResponse(url, "(body)", str(exc)) from exc

    def public_pages(self, slug: str, lang: str) -> list[ApiPage]:
        """:meth:`pages` (the name the sync service uses for every client)."""
        return self.pages(slug, lang)
