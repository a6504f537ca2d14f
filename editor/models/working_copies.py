"""The working copies in a data folder, as the start screen lists them (Qt-free, read only).

Each ``regions/<slug>/working-copy.sqlite`` is read through a read-only ``sqlite3`` connection: listing
never creates, migrates or locks a working copy, and one that cannot be read is listed with the reason
instead of stopping the list.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from editor.models.store import WORKING_COPY_FILE


@dataclass(frozen=True)
class WorkingCopyInfo:
    """One working copy: its region, CMS, last pull, size and languages (or why it cannot be read)."""

    slug: str
    path: Path
    name: str = ""
    cms_url: str = ""
    last_pull: datetime | None = None
    user: str = ""
    pages: int = 0
    languages: tuple[str, ...] = ()
    problem: str = ""

    @property
    def label(self) -> str:
        """The region's name, else its slug."""
        return self.name or self.slug


def list_working_copies(data_dir: Path) -> list[WorkingCopyInfo]:
    """Every working copy in ``data_dir``, sorted by region name (unreadable ones included)."""
    root = Path(data_dir) / "regions"
    if not root.is_dir():
        return []
    found = [
        read_info(folder.name, folder / WORKING_COPY_FILE)
        for folder in root.iterdir()
        if (folder / WORKING_COPY_FILE).is_file()
    ]
    return sorted(found, key=lambda info: (info.label.casefold(), info.slug))


def region_slugs(data_dir: Path) -> list[str]:
    """The slugs of the working copies in ``data_dir`` (sorted)."""
    return sorted(info.slug for info in list_working_copies(data_dir))


def read_info(slug: str, path: Path) -> WorkingCopyInfo:
    """What the start screen shows about the working copy at ``path``."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error as exc:
        return WorkingCopyInfo(slug, path, problem=f"cannot be opened ({exc})")
    try:
        region = conn.execute("SELECT slug, name, cms_url FROM region LIMIT 1").fetchone()
        if region is None:
            return WorkingCopyInfo(slug, path, problem="empty (never pulled)")
        languages = tuple(
            code for (code,) in conn.execute("SELECT code FROM language ORDER BY position, code")
        )
        pages = int(conn.execute("SELECT count(*) FROM page WHERE NOT archived").fetchone()[0])
        meta = dict(_meta(conn))
    except sqlite3.Error as exc:
        return WorkingCopyInfo(slug, path, problem=f"not a readable working copy ({exc})")
    finally:
        conn.close()
    return WorkingCopyInfo(
        slug,
        path,
        name=str(region[1]),
        cms_url=str(region[2] or ""),
        last_pull=_time(meta.get("last_pull_at")),
        user=meta.get("user", ""),
        pages=pages,
        languages=languages,
    )


def _meta(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    try:
        return [(str(k), str(v)) for k, v in conn.execute("SELECT key, value FROM sync_meta")]
    except sqlite3.OperationalError:  # a working copy from before sync existed
        return []


def _time(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
