"""Small CMS API v3 data sets for store and importer tests."""

from __future__ import annotations

from typing import Any

from editor.models.api_shapes import ApiRegion, parse_languages, parse_pages
from editor.models.importer import RegionData

LANGUAGES: list[dict[str, Any]] = [
    {"id": 1, "code": "de", "bcp47_tag": "de-DE", "native_name": "Deutsch",
     "dir": "LEFT_TO_RIGHT"},
    {"id": 2, "code": "en", "bcp47_tag": "en-US", "native_name": "English",
     "dir": "LEFT_TO_RIGHT"},
    {"id": 3, "code": "ar", "bcp47_tag": "ar-arb", "native_name": "العربية",
     "dir": "RIGHT_TO_LEFT"},
]  # fmt: skip

ROOT = {"id": 0, "url": None, "path": None}


def page(tid: int, path: str, title: str, content: str, *, parent: dict[str, Any] = ROOT,
         order: int = 1, updated: str = "2026-01-10T10:00:00+01:00",
         available: dict[str, int] | None = None) -> dict[str, Any]:  # fmt: skip
    """A page object as ``/api/v3/<region>/<lang>/pages/`` returns it."""
    return {
        "id": tid, "url": "https://cms.example" + path, "path": path, "title": title,
        "modified_gmt": "2026-01-10T09:00:00Z", "last_updated": updated, "excerpt": "",
        "content": content, "parent": parent, "order": order,
        "available_languages": {k: {"id": v, "url": "", "path": ""}
                                for k, v in (available or {}).items()},
        "thumbnail": None, "organization": None, "hash": None, "embedded_offers": [],
        "slug_history": [],
    }  # fmt: skip


def parent_ref(page_id: int, path: str) -> dict[str, Any]:
    """``parent`` of a child page."""
    return {"id": page_id, "url": "https://cms.example" + path, "path": path}


def small_region() -> RegionData:
    """Three German pages (one child), two English (one older than its source), one Arabic."""
    de = [
        page(11, "/t/de/wohnen/", "Wohnen", "<p>Eine Wohnung finden in Teststadt.</p>",
             available={"en": 21, "ar": 31}),
        page(12, "/t/de/wohnen/miete/", "Miete", "<p>Die Miete zahlen Sie monatlich.</p>",
             parent=parent_ref(501, "/t/de/wohnen/"), order=2, available={"en": 22}),
        page(13, "/t/de/arbeit/", "Arbeit", "<p>Das Jobcenter hilft.</p>", order=5),
    ]  # fmt: skip
    en = [
        page(21, "/t/en/housing/", "Housing", "<p>Finding a flat in Teststadt.</p>",
             available={"de": 11, "ar": 31}),
        page(22, "/t/en/housing/rent/", "Rent", "<p>You pay the rent monthly.</p>",
             parent=parent_ref(501, "/t/en/housing/"), order=2,
             updated="2025-12-01T10:00:00+01:00", available={"de": 12}),
    ]  # fmt: skip
    ar = [
        page(31, "/t/ar/سكن/", "السكن", '<p dir="rtl">العثور على شقة.</p>',
             available={"de": 11, "en": 21}),
    ]  # fmt: skip
    languages = parse_languages(LANGUAGES, "languages.json")
    pages = {
        "de": parse_pages(de, "de", "de.json"),
        "en": parse_pages(en, "en", "en.json"),
        "ar": parse_pages(ar, "ar", "ar.json"),
    }
    return RegionData(ApiRegion("teststadt", "Stadt Teststadt"), "https://cms.example",
                      languages, pages)  # fmt: skip
