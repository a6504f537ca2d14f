"""Finding a page of the demo region by the address an officer copies from the browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from editor.models.demo import ensure_demo
from editor.models.page_address import (
    PageAddress,
    PageAddressError,
    all_page_paths,
    find_page_by_path,
    page_paths,
    parse_page_address,
)
from editor.models.store import Store
from editor.sync.bundled_client import fill_demo

COURSE = "sprache-und-integrationskurse/integrationskurs"
COURSE_AR = "اللغة-ودورات-الاندماج/دورة-الاندماج"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The demo region's working copy (read only in these tests)."""
    store = ensure_demo(Path(tmp_path_factory.mktemp("demo")), fill_demo)
    yield store
    store.close()


def _page(store: Store, language: str, path: str) -> int:
    return page_paths(store, language)[path]


@pytest.mark.parametrize(
    "text",
    [
        f"https://cms.musterstadt.example/musterstadt/de/{COURSE}/",
        f"https://integreat.app/musterstadt/de/{COURSE}/?foo=1#top",
        f"musterstadt/de/{COURSE}",
        f"/musterstadt/de/{COURSE}/",
        f"integreat.app/musterstadt/de/{COURSE}",
        f"  MUSTERSTADT/de/{COURSE.upper()}/  ",
    ],
)
def test_find_page_by_path_accepts_every_address_form(demo: Store, text: str) -> None:
    """CMS address, app address, bare path, host without scheme and upper case all name the page."""
    match = find_page_by_path(demo, text)
    assert match.page_id == _page(demo, "de", COURSE)
    assert match.language == "de"


def test_find_page_by_path_reads_percent_encoded_arabic(demo: Store) -> None:
    """An Arabic address as a browser copies it (percent-encoded) names the same page in Arabic."""
    encoded = "https://integreat.app/musterstadt/ar/" + quote(COURSE_AR) + "/"
    assert "%D8" in encoded
    match = find_page_by_path(demo, encoded)
    assert match.language == "ar"
    assert match.page_id == _page(demo, "de", COURSE)


def test_find_page_by_path_maps_the_cms_edit_address(demo: Store) -> None:
    """The CMS's edit URL names the page by its CMS Page id."""
    page_id = demo._rows("SELECT id FROM page WHERE cms_page_id = 1301")[0][0]
    match = find_page_by_path(demo, "https://cms.musterstadt.example/musterstadt/pages/fa/1301/edit/")
    assert (match.page_id, match.language) == (page_id, "fa")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("https://cms.musterstadt.example/api/v3/musterstadt/fa/page/?id=1301", "fa"),
        ("https://cms.musterstadt.example/api/v3/musterstadt/de/children/?id=1301&depth=2", "de"),
        ("https://integreat.app/api/v3/musterstadt/ar/parents/?id=1301", "ar"),
    ],
)
def test_find_page_by_path_maps_the_cms_api_address_by_id(demo: Store, text: str, language: str) -> None:
    """The CMS's API address of one page (``page/``, ``children/``, ``parents/``) names it by its Page id."""
    page_id = demo._rows("SELECT id FROM page WHERE cms_page_id = 1301")[0][0]
    match = find_page_by_path(demo, text)
    assert (match.page_id, match.language) == (page_id, language)


def test_find_page_by_path_maps_the_cms_api_address_by_url(demo: Store) -> None:
    """``page/?url=`` with the page's path (percent-encoded Arabic too) or its own slug names the page."""
    encoded = quote(f"/musterstadt/ar/{COURSE_AR}/")
    match = find_page_by_path(
        demo, f"https://cms.musterstadt.example/api/v3/musterstadt/ar/page/?url={encoded}"
    )
    assert (match.page_id, match.language) == (_page(demo, "de", COURSE), "ar")
    match = find_page_by_path(
        demo, "https://cms.musterstadt.example/api/v3/musterstadt/de/page/?url=integrationskurs"
    )
    assert (match.page_id, match.language) == (_page(demo, "de", COURSE), "de")


def test_find_page_by_path_takes_a_unique_slug_when_the_page_moved(demo: Store) -> None:
    """A page moved since the address was copied is found by its own slug (unique per language)."""
    match = find_page_by_path(demo, "musterstadt/de/old-parent/integrationskurs")
    assert match.page_id == _page(demo, "de", COURSE)


def test_find_page_by_path_names_the_closest_matches(demo: Store) -> None:
    """A misspelt path raises an error naming the nearest real page paths."""
    with pytest.raises(PageAddressError) as caught:
        find_page_by_path(demo, "musterstadt/de/sprache-und-integrationskurse/integrationskur")
    assert f"musterstadt/de/{COURSE}" in caught.value.suggestions
    assert "no page at musterstadt/de/sprache-und-integrationskurse/integrationskur" in str(caught.value)
    assert "closest:" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("augsburg/de/willkommen", "the working copy holds musterstadt"),
        ("musterstadt/xx/willkommen", "has no language 'xx'"),
        ("musterstadt/de", "is not a page address"),
        ("", "is not a page address"),
        ("Muster Stadt/de/x", "is not a region slug"),
        ("musterstadt/pages/de/999999/edit/", "no page with CMS id 999999"),
        (
            "https://cms.musterstadt.example/s/p/456/",
            "is a short link of the CMS: it names no page by itself",
        ),
        ("https://cms.musterstadt.example/api/v3/musterstadt/de/pages/", "an API address names one page"),
        (
            "https://cms.musterstadt.example/api/v3/musterstadt/de/page/",
            "names its page with \\?id= or \\?url=",
        ),
    ],
)
def test_find_page_by_path_refuses_addresses_it_cannot_resolve(demo: Store, text: str, expected: str) -> None:
    """Another region, an unknown language, a too short or malformed address: a clear message."""
    with pytest.raises(PageAddressError, match=expected):
        find_page_by_path(demo, text)


def test_parse_page_address_splits_region_language_and_slugs() -> None:
    """The parsed address keeps region, language and the slug path (or the CMS id)."""
    assert parse_page_address("https://cms.example/augsburg/de/a/b/") == PageAddress(
        "augsburg", "de", ("a", "b")
    )
    assert parse_page_address("augsburg/pages/de/12/edit/side-by-side/") == PageAddress(
        "augsburg", "de", (), 12
    )


def test_page_paths_skips_pages_inside_a_parent_cycle(tmp_path: Path) -> None:
    """A page whose parent chain loops has no path, and the lookup still ends."""
    store = ensure_demo(tmp_path, fill_demo)
    with store.transaction() as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with store.transaction() as conn:
            conn.execute("UPDATE page SET parent_id = 2 WHERE id = 1")
        paths = page_paths(store, "de")
        assert COURSE not in paths
        assert "wohnen" in paths
    finally:
        store.close()


def test_all_page_paths_equals_page_paths_per_language(demo: Store) -> None:
    """The paths of every language read at once are those read one language at a time."""
    languages = [lang.code for lang in demo.languages()]
    together = all_page_paths(demo, languages)
    assert together == {code: page_paths(demo, code) for code in languages}
    assert together["ar"][COURSE_AR]
