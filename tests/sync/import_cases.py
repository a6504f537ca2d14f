"""First pulls through the bundled-JSON client, and what they write, as digests per table.

``tests/sync/_files/import_golden.json`` holds what the import wrote *before* the speed-ups of decision
0030 (written by ``python -m tests.sync.import_cases``); ``test_import_golden.py`` imports again and
compares, so a faster import that changes one column of one row fails. The regions: the demo region as
the app fills it (an earlier version first, so outdated translations get their source bases from the
history), and a synthetic region whose texts are the seeded tag soup of
:mod:`tests.text.normal_form_cases` (distinct, shared and empty texts; translations newer, as new and
older than their source, so the CMS states are up to date and outdated; pages missing in a language).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

GOLDEN = Path(__file__).resolve().parent / "_files" / "import_golden.json"

#: Every column a first pull writes, keyed by CMS page id and language (local ids and clock times are
#: left out: they are not the import's results).
_TABLES = {
    "translation": (
        "SELECT p.cms_page_id, t.language_code, t.title, t.slug, t.content, t.status, t.changed_locally, "
        "t.server_updated_at, t.base_token, t.base_hash, t.base_title, t.base_content, t.content_hash, "
        "t.source_hash, t.local_updated_at IS NULL FROM translation t JOIN page p ON p.id = t.page_id "
        "ORDER BY 1, 2"
    ),
    "sync_state": (
        "SELECT p.cms_page_id, t.language_code, s.token, s.short_link_id, s.status, s.title, s.slug, "
        "s.date, s.base_status, s.dropped, s.outcome, s.message, s.seen_at IS NOT NULL FROM sync_state s "
        "JOIN translation t ON t.id = s.translation_id JOIN page p ON p.id = t.page_id ORDER BY 1, 2"
    ),
    "search_index": (
        "SELECT p.cms_page_id, t.language_code, i.title, i.body FROM search_index i "
        "JOIN translation t ON t.id = i.rowid JOIN page p ON p.id = t.page_id ORDER BY 1, 2"
    ),
    "search_match": (
        "SELECT p.cms_page_id, t.language_code FROM search_index i JOIN translation t ON t.id = i.rowid "
        "JOIN page p ON p.id = t.page_id WHERE search_index MATCH 'Beratung OR Termin OR Text' ORDER BY 1, 2"
    ),
    "history": (
        "SELECT p.cms_page_id, t.language_code, v.title, v.content, v.status, v.reason "
        "FROM translation_version v JOIN translation t ON t.id = v.translation_id "
        "JOIN page p ON p.id = t.page_id ORDER BY 1, 2, v.id"
    ),
    "source_text": "SELECT hash, content FROM source_text ORDER BY 1",
    "pages": (
        "SELECT p.cms_page_id, q.cms_page_id, p.position, p.archived FROM page p "
        "LEFT JOIN page q ON q.id = p.parent_id ORDER BY 1"
    ),
    "languages": "SELECT code, bcp47_tag, native_name, direction, position, parent_code FROM language",
    "outbox": "SELECT kind, payload FROM operation ORDER BY id",
    "conflicts": "SELECT count(*) FROM conflict",
    "meta": "SELECT key FROM sync_meta ORDER BY 1",
}


def table_digests(path: Path) -> dict[str, str]:
    """A digest of every table's rows (see ``_TABLES``), and the row counts."""
    db = sqlite3.connect(path)
    try:
        out = {}
        for name, sql in _TABLES.items():
            rows = db.execute(sql).fetchall()
            out[name] = f"{len(rows)} rows " + hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()[:24]
        return out
    finally:
        db.close()


def soup_region(folder: Path, pages: int = 60, languages: int = 4) -> Path:
    """The synthetic region (see the module docstring) in ``folder``."""
    from benchmarks.synthetic import generate
    from tests.text.normal_form_cases import soup_texts

    generate(folder, pages=pages, languages=languages)
    texts = [t for t in soup_texts(600, seed=31) if "\x00" not in t and _clean(t)]
    files = sorted((folder / "pages").glob("*.json"))
    for li, path in enumerate(files):
        items: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))
        kept = []
        for p, item in enumerate(items):
            if li and p % 17 == 5:  # missing in this language
                continue
            item["content"] = "" if p % 23 == 3 else texts[(li * pages + p) % len(texts)]
            if p % 11 == 0:  # shared text
                item["content"] = texts[p % 7]
            if li and p % 5 == 1:
                item["last_updated"] = "2025-12-31T01:00:00+01:00"  # older than the source: outdated
            elif li and p % 5 == 2:
                item["last_updated"] = "2026-01-02T01:00:00+01:00"
            kept.append(item)
        path.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    return folder


def _clean(text: str) -> bool:
    return not any(ord(c) < 32 and c not in "\t\n\r" for c in text) and not any(
        0xD800 <= ord(c) <= 0xDFFF or ord(c) in (0xFFFE, 0xFFFF) for c in text
    )


def import_soup(data: Path, source: Path) -> Path:
    """Pull the synthetic region in ``source`` into a new working copy in ``data``; its path."""
    from editor.models.store import open_store
    from editor.sync.bundled_client import BundledCmsClient
    from editor.sync.service import SyncService

    store = open_store(data, "grossstadt", create=True)
    try:
        report = SyncService(store, BundledCmsClient(source), "grossstadt", "t", lambda _u: "x").pull()
        assert report.ok, report.failed
    finally:
        store.close()
    return store.path


def import_demo(data: Path) -> Path:
    """Fill a new demo working copy in ``data`` as the app does; its path."""
    from editor.models.demo import ensure_demo
    from editor.sync.bundled_client import fill_demo

    store = ensure_demo(data, fill_demo)
    store.close()
    return store.path


def cases() -> dict[str, dict[str, str]]:
    """The digests of both imports."""
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        demo = import_demo(tmp / "demo")
        soup = import_soup(tmp / "soup", soup_region(tmp / "soup-json"))
        return {"demo": table_digests(demo), "soup": table_digests(soup)}


if __name__ == "__main__":
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(json.dumps(cases(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
