"""Find a working-copy page by the address people copy from a browser (Qt-free).

Accepted forms (see docs/decisions/0005-page-identity.md for how the CMS builds page paths):

* a page's public address: ``https://cms.example/augsburg/de/willkommen/``,
  ``https://integreat.app/augsburg/de/willkommen/`` or just ``augsburg/de/willkommen`` — region slug,
  language code, then the slugs of the page's ancestors and the page itself in that language;
  percent-encoded (``%D8%A7…``) or not;
* the CMS's edit address of a page: ``https://cms.example/augsburg/pages/de/123/edit/`` (also
  ``…/edit/side-by-side/``), which names the CMS Page id;
* the CMS's API address of one page: ``…/api/v3/augsburg/de/page/?id=123`` (the Page id) or
  ``…?url=/augsburg/de/willkommen/`` (also ``children/``, ``parents/``).

A short link of the CMS (``…/s/p/456/``) names a page version only the CMS can resolve: it is refused
with a message saying so (``short_link``).

Query strings (but an API address's) and fragments are ignored; slugs are compared in lower case (the
CMS stores them so).
Slugs are unique per region and language in the CMS, so when the full path does not match (the page
was moved since the last pull) a unique match on the page's own slug is taken.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote, urlsplit

if TYPE_CHECKING:
    from editor.models.store import Store

_REGION = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$")
#: How many close matches an error names.
SUGGESTIONS = 3


class PageAddressError(ValueError):
    """An address that is not a page address, or names no page of the working copy.

    ``suggestions`` holds the closest page paths (``region/lang/slug/…``) when there are any.
    """

    def __init__(
        self, message: str, suggestions: tuple[str, ...] = (), *, code: str = "", **params: str
    ) -> None:
        self.suggestions = suggestions
        #: what went wrong, for the UI language (``editor.views.error_text``), with its parameters
        self.code, self.params = code, params
        if suggestions:
            message += "; closest: " + ", ".join(suggestions)
        super().__init__(message)


@dataclass(frozen=True)
class PageAddress:
    """A parsed page address: region, language and either the slug path or the CMS Page id."""

    region: str
    language: str
    slugs: tuple[str, ...] = ()
    cms_page_id: int | None = None

    @property
    def path(self) -> str:
        """``region/lang/slug/…`` as the error messages name it."""
        if self.cms_page_id is not None:
            return f"{self.region}/pages/{self.language}/{self.cms_page_id}"
        return "/".join((self.region, self.language, *self.slugs))


@dataclass(frozen=True)
class PageMatch:
    """The local page an address names, and the language it was given in."""

    page_id: int
    language: str


def parse_page_address(text: str) -> PageAddress:
    """Parse a page address or path (see the module docstring); raises :class:`PageAddressError`."""
    raw = text.strip()
    path = urlsplit(raw).path if "://" in raw else re.split(r"[?#]", raw, maxsplit=1)[0]
    if path.isascii() and "%" not in path:  # the common case: nothing to decode or normalise
        segments = [s.strip() for s in path.lower().split("/") if s.strip()]
    else:
        segments = [_segment(s) for s in path.split("/") if s.strip()]
    if segments and "." in segments[0]:
        segments = segments[1:]  # a host name without a scheme ("integreat.app/augsburg/de/…")
    if len(segments) in (2, 3) and segments[0] == "s" and segments[-1].isdigit():
        raise PageAddressError(
            f"{raw!r} is a short link of the CMS: it names no page by itself; open it in the browser and "
            "give the address it leads to (REGION/LANGUAGE/PAGE-SLUG…)",
            code="short_link", text=raw,
        )  # fmt: skip
    if segments[:2] == ["api", "v3"]:
        if len(segments) == 5 and segments[4] in _API_PAGE_VIEWS:
            return _api_address(text, segments[2], segments[3])
        raise PageAddressError(
            f"{raw!r} is not a page address (an API address names one page as …/page/?id=PAGE-ID)",
            code="not_address", text=raw, example="augsburg/de/willkommen",
        )  # fmt: skip
    if len(segments) >= 4 and segments[1] == "pages" and segments[3].isdigit():
        region, language = segments[0], segments[2]
        _check(text, region, language)
        return PageAddress(region, language, cms_page_id=int(segments[3]))
    if len(segments) < 3:
        raise PageAddressError(
            f"{text.strip()!r} is not a page address (expected REGION/LANGUAGE/PAGE-SLUG…, "
            "e.g. augsburg/de/willkommen)",
            code="not_address", text=text.strip(), example="augsburg/de/willkommen",
        )  # fmt: skip
    _check(text, segments[0], segments[1])
    return PageAddress(segments[0], segments[1], tuple(segments[2:]))


#: The CMS's API v3 views that name one page by ``?id=`` (its Page id) or ``?url=`` (its path).
_API_PAGE_VIEWS = ("page", "post", "children", "parents")


def _api_address(text: str, region: str, language: str) -> PageAddress:
    """``/api/v3/REGION/LANGUAGE/page/?id=N`` (the CMS's Page id) or ``…?url=/REGION/LANGUAGE/SLUG/…``."""
    _check(text, region, language)
    query = parse_qs(urlsplit(text.strip()).query)
    page_id = (query.get("id") or [""])[0].strip()
    if page_id.isdigit():
        return PageAddress(region, language, cms_page_id=int(page_id))
    path = (query.get("url") or [""])[0].strip()
    segments = [_segment(s) for s in path.split("/") if s.strip()]
    if len(segments) >= 3 and segments[:2] == [region, language]:
        return PageAddress(region, language, tuple(segments[2:]))
    if len(segments) == 1:  # the API takes the page's own slug too
        return PageAddress(region, language, tuple(segments))
    raise PageAddressError(
        f"{text.strip()!r} is not a page address (an API address names its page with ?id= or ?url=)",
        code="not_address", text=text.strip(), example="augsburg/de/willkommen",
    )  # fmt: skip


def find_page(store: Store, address: PageAddress) -> PageMatch:
    """The local page ``address`` names; raises :class:`PageAddressError` (with the closest matches)."""
    region = store.region()
    if region is None or region.slug != address.region:
        held = region.slug if region else "no region yet"
        raise PageAddressError(
            f"{address.path}: the address is in region {address.region}, the working copy holds {held}",
            code="other_region", path=address.path, region=address.region, held=region.slug if region else "",
        )  # fmt: skip
    codes = [lang.code for lang in store.languages()]
    if address.language not in codes:
        raise PageAddressError(
            f"{address.path}: region {region.slug} has no language {address.language!r} "
            f"(it has {', '.join(codes)})",
            code="no_language", path=address.path, region=region.slug, language=address.language,
            codes=", ".join(codes),
        )  # fmt: skip
    if address.cms_page_id is not None:
        found = store.query("SELECT id FROM page WHERE cms_page_id = ?", (address.cms_page_id,))
        if not found:
            raise PageAddressError(
                f"{address.path}: no page with CMS id {address.cms_page_id} here",
                code="no_cms_id", path=address.path, id=str(address.cms_page_id),
            )  # fmt: skip
        return PageMatch(int(found[0][0]), address.language)
    paths = page_paths(store, address.language)
    wanted = "/".join(address.slugs)
    if wanted in paths:
        return PageMatch(paths[wanted], address.language)
    by_slug = [page for path, page in paths.items() if path.rsplit("/", 1)[-1] == address.slugs[-1]]
    if len(by_slug) == 1:
        return PageMatch(by_slug[0], address.language)
    closest = closest_paths(store, address)
    raise PageAddressError(f"no page at {address.path}", closest, code="no_page", path=address.path)


def find_page_by_path(store: Store, text: str) -> PageMatch:
    """:func:`parse_page_address` then :func:`find_page`."""
    return find_page(store, parse_page_address(text))


def page_paths(store: Store, language: str) -> dict[str, int]:
    """``slug/…/slug`` (ancestors first) → local page id, for every page with a path in ``language``.

    A page has a path only when it and all its ancestors have a slug in that language.
    """
    found = store.query(
        "SELECT p.id, p.parent_id, t.slug FROM page p "
        "LEFT JOIN translation t ON t.page_id = p.id AND t.language_code = ?",
        (language,),
    )
    parents = {int(i): (int(pa) if pa is not None else None) for i, pa, _s in found}
    slugs = {int(i): _segment(s or "") for i, _pa, s in found}
    return _paths(parents, slugs)


def all_page_paths(store: Store, languages: list[str]) -> dict[str, dict[str, int]]:
    """:func:`page_paths` of every language in ``languages``, with two queries for all of them."""
    pages = store.query("SELECT id, parent_id FROM page")
    return paths_from_rows(
        pages, store.query("SELECT page_id, language_code, slug FROM translation"), languages
    )


def paths_from_rows(
    pages: Iterable[Sequence[Any]], translations: Iterable[Sequence[Any]], languages: list[str]
) -> dict[str, dict[str, int]]:
    """:func:`all_page_paths` from the rows ``(page id, parent id, …)`` and ``(page id, language,
    slug)``."""
    parents = {int(row[0]): (int(row[1]) if row[1] is not None else None) for row in pages}
    slugs: dict[str, dict[int, str]] = {code: dict.fromkeys(parents, "") for code in languages}
    for page, language, slug in translations:
        if language in slugs and int(page) in parents:
            slugs[language][int(page)] = _segment(slug or "")
    return {code: _paths(parents, slugs[code]) for code in languages}


def _paths(parents: dict[int, int | None], slugs: dict[int, str]) -> dict[str, int]:
    """Each page's ``slug/…/slug`` from its parents and its slug ("": none) in one language."""
    memo: dict[int, str | None] = {}

    def path_of(page: int) -> str | None:
        chain: list[int] = []
        node: int | None = page
        while node is not None and node not in memo:
            if node in chain or node not in slugs:
                break  # a cycle or a dangling parent: no path
            chain.append(node)
            node = parents.get(node)
        above = memo.get(node) if node is not None else ""
        for item in reversed(chain):
            slug = slugs[item]
            above = f"{above}/{slug}".lstrip("/") if above is not None and slug else None
            memo[item] = above
        return memo.get(page)

    return {path: page for page in slugs if (path := path_of(page)) is not None}


def closest_paths(store: Store, address: PageAddress, count: int = SUGGESTIONS) -> tuple[str, ...]:
    """The page paths (``region/lang/slug/…``, every language) closest to ``address`` (difflib)."""
    candidates = [
        f"{address.region}/{lang.code}/{path}"
        for lang in store.languages()
        for path in page_paths(store, lang.code)
    ]
    return tuple(difflib.get_close_matches(address.path, candidates, n=count, cutoff=0.4))


def _segment(text: str) -> str:
    return unicodedata.normalize("NFC", unquote(text.strip())).lower()


def _check(text: str, region: str, language: str) -> None:
    if not _REGION.match(region):
        raise PageAddressError(
            f"{text.strip()!r}: {region!r} is not a region slug",
            code="bad_region",
            text=text.strip(),
            region=region,
        )
    if not _LANGUAGE.match(language):
        raise PageAddressError(
            f"{text.strip()!r}: {language!r} is not a language code",
            code="bad_language", text=text.strip(), language=language,
        )  # fmt: skip
