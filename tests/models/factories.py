"""Small CMS API v3 data sets for store tests: written as a folder of API JSON and pulled in.

The models never parse CMS JSON (docs/decisions/0013): a working copy is filled through the same pull a
real CMS uses, against :class:`editor.sync.bundled_client.BundledCmsClient` serving the folder.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

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


def small_region_pages() -> dict[str, list[dict[str, Any]]]:
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
    return {"de": de, "en": en, "ar": ar}


def write_region(
    folder: Path, pages: dict[str, list[dict[str, Any]]], slug: str = "teststadt",
    languages: list[dict[str, Any]] | None = None,
) -> Path:  # fmt: skip
    """Write ``region.json``, ``languages.json`` and ``pages/<lang>.json`` into ``folder``."""
    (folder / "pages").mkdir(parents=True, exist_ok=True)
    region = {"id": 1, "path": slug, "name": f"Stadt {slug.title()}", "live": True}
    (folder / "region.json").write_text(json.dumps(region), encoding="utf-8")
    (folder / "languages.json").write_text(json.dumps(languages or LANGUAGES), encoding="utf-8")
    for lang, items in pages.items():
        (folder / "pages" / f"{lang}.json").write_text(
            json.dumps(items, ensure_ascii=False), encoding="utf-8"
        )
    return folder


def fill_small_region(store: Any) -> None:
    """Pull the small region into an empty working copy (through the bundled-JSON client)."""
    from editor.sync.bundled_client import demo_filler

    with tempfile.TemporaryDirectory() as tmp:
        folder = write_region(Path(tmp), small_region_pages())
        demo_filler(folder, "teststadt", "https://cms.example")(store)


def assert_links_kept(store: Any) -> None:
    """Every translation's kept links (``translation_link``, ADR 0038) are those of its current text:
    whatever wrote the text (an edit, a pull, a push's read-back, a resolution, a restore, an import),
    the unit of work wrote its links with it."""
    from editor.text.links import pack_links

    rows = store.query(
        "SELECT t.id, t.content, l.links FROM translation t "
        "LEFT JOIN translation_link l ON l.translation_id = t.id"
    )
    for tid, content, links in rows:
        assert links == pack_links(content), f"translation {tid}: kept links {links!r} are not its text's"
    orphans = store.query(
        "SELECT count(*) FROM translation_link WHERE translation_id NOT IN (SELECT id FROM translation)"
    )
    assert orphans[0][0] == 0
