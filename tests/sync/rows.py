"""What a working copy holds, as comparable plain rows (for tests that compare two ways of writing it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def working_copy_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every translation with its sync base, sync state, history and search entry, keyed by CMS page id
    and language (local ids and clock times left out: they differ between two runs by design)."""
    db = sqlite3.connect(path)
    try:
        key = "p.cms_page_id, t.language_code"
        return {
            "translation": db.execute(
                f"SELECT {key}, t.title, t.slug, t.content, t.status, t.server_updated_at, t.base_token, "
                "t.base_hash, t.base_title, t.base_content, t.changed_locally "
                "FROM translation t JOIN page p ON p.id = t.page_id ORDER BY 1, 2"
            ).fetchall(),
            "sync_state": db.execute(
                f"SELECT {key}, s.token, s.short_link_id, s.status, s.title, s.slug, s.date, s.base_status, "
                "s.dropped, s.outcome, s.message FROM sync_state s JOIN translation t ON t.id = "
                "s.translation_id JOIN page p ON p.id = t.page_id ORDER BY 1, 2"
            ).fetchall(),
            "history": db.execute(
                f"SELECT {key}, v.title, v.content, v.status, v.reason FROM translation_version v "
                "JOIN translation t ON t.id = v.translation_id JOIN page p ON p.id = t.page_id ORDER BY 1, 2"
            ).fetchall(),
            "search_index": db.execute(
                f"SELECT {key}, i.title, i.body FROM search_index i JOIN translation t ON t.id = i.rowid "
                "JOIN page p ON p.id = t.page_id ORDER BY 1, 2"
            ).fetchall(),
            "pages": db.execute(
                "SELECT p.cms_page_id, q.cms_page_id, p.position, p.archived FROM page p "
                "LEFT JOIN page q ON q.id = p.parent_id ORDER BY 1"
            ).fetchall(),
            "outbox": db.execute("SELECT kind, payload FROM operation ORDER BY id").fetchall(),
        }
    finally:
        db.close()
